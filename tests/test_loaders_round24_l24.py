"""Round 24 (task L24, relations side): a port or park written before the thing checked is not checked itself;
a higher level's committee office is no part of its committee in a county's report; a township's 党委 is placed
nowhere. Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
CITY_HEAD = "青山县应急管理局2023年工作总结\n今年，青山县在白河市应急管理局的指导下开展工作。\n"


def test_a_port_before_its_part_is_not_what_is_checked():
    kg = graph(HEAD + "县交通运输局对青山港北岸作业区开展执法检查。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县交通运输局"), ("Facility", "北岸作业区"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县交通运输局"), ("Facility", "青山港"))


def test_a_park_before_the_firms_in_it_is_not_checked_in_a_passive_check():
    kg = graph(HEAD + "青山工业园区内的宏远化工有限公司、明达物流有限公司接受了县应急管理局的专项检查。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "宏远化工有限公司"))
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "明达物流有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Facility", "青山工业园区"))


def test_a_park_named_alone_is_still_checked():
    kg = graph(HEAD + "县应急管理局对青山工业园区开展专项检查。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Facility", "青山工业园区"))


def test_a_higher_levels_committee_office_is_no_part_of_it_in_a_county_report():
    kg = graph(CITY_HEAD + "县安委办在白河市安委办的指导下开展工作。\n"
               "白河市安委会第一督导组对我县开展督导。\n"
               "县安委办设在县应急管理局。县安委会统筹全县安全生产工作。\n")
    assert not has_edge(kg, "PART_OF", ("Department", "市安全生产委员会办公室"), ("Committee", "市安全生产委员会"))
    assert has_edge(kg, "PART_OF", ("Department", "县安全生产委员会办公室"), ("Committee", "县安全生产委员会"))


def test_a_township_party_committee_is_placed_nowhere():
    kg = graph(HEAD + "县委对表现突出的南坪镇党委书记李建国予以通报表扬。\n")
    assert not has_edge(kg, "LOCATED_IN", ("Department", "南坪镇党委"), ("Jurisdiction", "南坪镇"))
    kg = graph(HEAD + "南坪镇应急管理办公室组织开展了防汛演练。\n")
    assert has_edge(kg, "LOCATED_IN", ("Department", "南坪镇应急管理办公室"), ("Jurisdiction", "南坪镇"))
