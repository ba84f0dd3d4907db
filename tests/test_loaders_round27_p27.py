"""Round 27 (task P27, relations side): drill heads that only name who took part (`由A主办、B承办，C、D参加的…演练`)
and labelled cells after a drill (`主办单位:A`). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2024年应急管理工作总结\n一、工作开展\n"


def test_a_head_naming_participants_leaves_the_hosts_to_the_clause_before():
    kg = graph(HEAD + "9月20日，由县抗震救灾指挥部主办、县应急管理局承办，县教育局和石门乡参加的地震应急疏散演练在县第二中学举行。\n")
    drill = ("Drill", "地震应急疏散演练")
    assert has_edge(kg, "ORGANIZED", ("Committee", "县抗震救灾指挥部"), drill)
    assert has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), drill)
    assert has_edge(kg, "PARTICIPATED_IN", ("Department", "县教育局"), drill)
    assert not has_edge(kg, "ORGANIZED", ("Department", "县教育局"), drill)


def test_a_labelled_host_cell_after_a_drill_names_its_organiser():
    kg = graph(HEAD + "燃气泄漏应急演练(6月2日):主办单位：县防汛抗旱指挥部；参加单位：县水利局。\n")
    assert has_edge(kg, "ORGANIZED", ("Committee", "县防汛抗旱指挥部"), ("Drill", "燃气泄漏应急演练"))


def test_an_opening_before_our_county_leads_the_county_when_the_reporting_body_is_unknown():
    kg = graph("青山县2024年应急管理工作总结\n2024年，在市委、市政府有力领导下，在市应急管理局具体指导下，我县守牢底线，全县未发生较大事故。\n")
    assert has_edge(kg, "LEADS", ("Department", "市委"), ("Jurisdiction", "青山县"))
    assert has_edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Jurisdiction", "青山县"))
