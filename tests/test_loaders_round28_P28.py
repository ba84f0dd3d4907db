"""Round 28 (task P28, relations side): a committee listing its members in one clause (`Y由A、B等为成员单位`)
and a drill whose organiser and site are given in the sentence after it (`…演练。地点：X；组织单位：A`).
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2024年应急管理工作总结\n一、工作开展\n"


def test_a_committee_made_of_listed_bodies_has_them_as_members():
    kg = graph(HEAD + "县减灾委员会由县民政局、县水利局、县气象局等12个部门为成员单位。\n")
    committee = ("Committee", "县减灾委员会")
    assert has_edge(kg, "MEMBER_OF", ("Department", "县民政局"), committee)
    assert has_edge(kg, "MEMBER_OF", ("Department", "县气象局"), committee)


def test_a_drill_item_with_its_site_and_hosts_in_the_next_sentence():
    kg = graph(HEAD + "6月5日，县应急管理局开展燃气泄漏应急演练。地点：石门乡大桥村；组织单位：县住房城乡建设局、县消防救援大队。\n")
    drill = ("Drill", "燃气泄漏应急演练")
    assert has_edge(kg, "ORGANIZED", ("Department", "县住房城乡建设局"), drill)
    assert has_edge(kg, "ORGANIZED", ("Department", "县消防救援大队"), drill)
    assert has_edge(kg, "HELD_AT", drill, ("Jurisdiction", "大桥村"))
