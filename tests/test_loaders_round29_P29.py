"""Round 29 (task P29, relations side): a unit's head written with the rank of the unit before 队长
(`X大队大队长A`, `X支队副支队长A`, and `、副大队长B` listed after). Every sentence is written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2024年应急管理工作总结\n一、工作开展\n"


def test_a_brigade_head_holds_a_post_in_the_brigade():
    kg = graph(HEAD + "会议由县应急管理局执法大队副大队长周立新主持。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "周立新"), ("Department", "县应急管理局执法大队"))


def test_a_deputy_listed_after_the_head_holds_a_post_in_the_same_unit():
    kg = graph(HEAD + "县消防救援大队大队长周立新、副大队长李明参加检查。\n")
    unit = ("Department", "县消防救援大队")
    assert has_edge(kg, "HOLDS_POST", ("Person", "周立新"), unit)
    assert has_edge(kg, "HOLDS_POST", ("Person", "李明"), unit)


def test_a_rank_that_is_not_the_units_own_gives_no_post():
    # 中队长 after a 大队: the post is in a squad the sentence does not name
    kg = graph(HEAD + "县消防救援大队中队长周立新参加检查。\n")
    assert not has_edge(kg, "HOLDS_POST", ("Person", "周立新"), ("Department", "县消防救援大队"))


def test_a_government_hosting_a_drill_before_its_name_organises_it():
    kg = graph(HEAD + "由县政府主办、县住房城乡建设局承办的燃气泄漏应急演练在城南片区举行。\n")
    drill = ("Drill", "燃气泄漏应急演练")
    assert has_edge(kg, "ORGANIZED", ("Department", "县人民政府"), drill)
    assert has_edge(kg, "ORGANIZED", ("Department", "县住房城乡建设局"), drill)


def test_a_township_hosting_a_drill_after_the_lead_host_organises_it():
    kg = graph(HEAD + "由县应急管理局主办，县水利局、石门镇承办的防汛避险转移演练在大桥村举行。\n")
    drill = ("Drill", "防汛避险转移演练")
    assert has_edge(kg, "ORGANIZED", ("Jurisdiction", "石门镇"), drill)
    assert has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), drill)


def test_hosts_opening_the_clause_without_by_organise_the_drill():
    kg = graph(HEAD + "5月9日，县政府主办、县交通运输局承办的道路交通事故应急演练在城西收费站举行。\n")
    assert has_edge(kg, "ORGANIZED", ("Department", "县人民政府"), ("Drill", "道路交通事故应急演练"))
