"""Round 25 (task L25, relations side): things checked written before `由X带队检查`; a check named 诊断; a drill's
site in a clause of its own (`地点在X`, `…在X展开`); the report's own park written with its kind word
(`我县化工集中区`). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_things_checked_before_by_whom_are_checked_by_the_leader():
    kg = graph(HEAD + "县能源局对东坪煤矿开展检查。"
               "西岭煤业有限公司和北山煤业有限公司等2座矿井由县能源局局长张建国带队检查。\n")
    assert has_edge(kg, "INSPECTED", ("Person", "张建国"), ("Enterprise", "西岭煤业有限公司"))
    assert has_edge(kg, "INSPECTED", ("Person", "张建国"), ("Enterprise", "北山煤业有限公司"))
    # the body only names the leader's post (as in the active `X局局长Y带队检查了A`)
    assert not has_edge(kg, "INSPECTED", ("Department", "县能源局"), ("Enterprise", "北山煤业有限公司"))


def test_by_whom_a_body_checks_the_thing_before():
    kg = graph(HEAD + "西岭煤业有限公司由县能源局负责检查。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县能源局"), ("Enterprise", "西岭煤业有限公司"))


def test_a_lead_named_by_you_before_an_active_check_checks_nothing_before_it():
    kg = graph(HEAD + "西岭煤业有限公司停产期间，由县能源局牵头对北山煤业有限公司开展检查。\n")
    assert not has_edge(kg, "INSPECTED", ("Department", "县能源局"), ("Enterprise", "西岭煤业有限公司"))


def test_a_safety_diagnosis_is_a_check():
    kg = graph(HEAD + "5月，县应急管理局聘请专家对宏远化工有限公司、明达化工有限公司等8家企业开展安全诊断。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "宏远化工有限公司"))
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "明达化工有限公司"))


def test_a_drill_site_named_in_a_clause_of_its_own():
    kg = graph(HEAD + "6月，南坪镇组织开展地震应急疏散演练，地点在南坪镇中心小学。\n"
               "9月，县防汛抗旱指挥部办公室组织防汛抢险综合演练，地点为北河乡红星水库，县水利局参加。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "地震应急疏散演练"), ("Facility", "中心小学"))
    assert has_edge(kg, "HELD_AT", ("Drill", "防汛抢险综合演练"), ("Reservoir", "红星水库"))


def test_a_drill_unfolding_at_a_site():
    kg = graph(HEAD + "6月12日，森林火灾扑救演练在北河乡红星林场展开。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "森林火灾扑救演练"), ("Facility", "红星林场"))


def test_the_own_park_written_with_its_kind_word():
    kg = graph(HEAD + "今年，青山县建成青山化工集中区。\n白河市安委会第三督导组对我县化工集中区开展专项督导。\n")
    assert has_edge(kg, "SUPERVISES", ("Committee", "白河市安委会第三督导组"), ("Facility", "青山化工集中区"))
    assert not has_edge(kg, "SUPERVISES", ("Committee", "白河市安委会第三督导组"), ("Jurisdiction", "青山县"))


def test_a_township_where_accidents_happened_is_criticised():
    kg = graph(HEAD + "县安委办对南坪镇开展巡查，对北河乡年内发生2起道路交通亡人事故予以通报批评。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县安全生产委员会办公室"), ("Jurisdiction", "北河乡"))
