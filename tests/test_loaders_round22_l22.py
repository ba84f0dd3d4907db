"""Round 22 (task L22, relations side): barred drill rows with labelled role cells, and places that do not
carry over to a listed thing that has a place of its own. Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
ROWS = (HEAD + "三、应急演练\n"
        " · 5月20日｜东关镇中心小学｜地震应急疏散演练｜组织：县教育局；参加：县消防救援大队、东关镇\n"
        " · 7月2日｜青山化工产业园｜危险化学品泄漏事故应急演练｜主办单位：县应急管理局；参演单位：县消防救援大队、华丰化工有限公司\n")


def test_a_barred_drill_row_gives_site_organiser_and_participants():
    kg = graph(ROWS)
    drill = ("Drill", "地震应急疏散演练")
    assert has_edge(kg, "HELD_AT", drill, ("Facility", "中心小学"))
    assert has_edge(kg, "ORGANIZED", ("Department", "县教育局"), drill)
    # `参加：` opens a sentence of its own (the row splits at `;`): its bodies take part in the row's drill
    assert has_edge(kg, "PARTICIPATED_IN", ("Department", "县消防救援大队"), drill)
    assert has_edge(kg, "PARTICIPATED_IN", ("Jurisdiction", "东关镇"), drill)
    # the township prefixing the site cell organises nothing
    assert not has_edge(kg, "ORGANIZED", ("Jurisdiction", "东关镇"), drill)


def test_role_cells_named_with_unit_and_a_firm_taking_part():
    kg = graph(ROWS)
    drill = ("Drill", "危险化学品泄漏事故应急演练")
    assert has_edge(kg, "HELD_AT", drill, ("Facility", "青山化工产业园"))
    assert has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), drill)
    assert has_edge(kg, "PARTICIPATED_IN", ("Enterprise", "华丰化工有限公司"), drill)
    # a row's participants belong to its own drill only
    assert not has_edge(kg, "PARTICIPATED_IN", ("Enterprise", "华丰化工有限公司"), ("Drill", "地震应急疏散演练"))


def test_a_place_before_a_list_does_not_reach_an_item_with_its_own_place():
    kg = graph(HEAD + "副县长带队检查了东关镇团结泵站和南坪镇境内的青龙水库。\n")
    assert has_edge(kg, "LOCATED_IN", ("Reservoir", "青龙水库"), ("Jurisdiction", "南坪镇"))
    assert not has_edge(kg, "LOCATED_IN", ("Reservoir", "青龙水库"), ("Jurisdiction", "东关镇"))
    kg = graph(HEAD + "县住建局先后检查了顺达燃气有限公司、东关镇团结泵站和位于南坪镇的城北燃气调压站。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "城北燃气调压站"), ("Jurisdiction", "南坪镇"))
    assert not has_edge(kg, "LOCATED_IN", ("Facility", "城北燃气调压站"), ("Jurisdiction", "东关镇"))
    # a plain list after one place still lies in it
    kg = graph(HEAD + "县应急管理局检查了东关镇的青龙水库、白马水库和红旗水库。\n")
    assert has_edge(kg, "LOCATED_IN", ("Reservoir", "红旗水库"), ("Jurisdiction", "东关镇"))


def test_a_listed_site_opening_its_own_contents_is_not_in_the_place_before():
    kg = graph(HEAD + "县交通运输局对东湖街道境内的青山液体化工码头和青山港区内的华港石化码头有限公司开展联合检查。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "青山液体化工码头"), ("Jurisdiction", "东湖街道"))
    assert has_edge(kg, "LOCATED_IN", ("Enterprise", "华港石化码头有限公司"), ("Facility", "青山港区"))
    assert not has_edge(kg, "LOCATED_IN", ("Facility", "青山港区"), ("Jurisdiction", "东湖街道"))
