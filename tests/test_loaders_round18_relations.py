"""Round 18 (relations): forms first met in dev15 (a members' list opening its clause after the committee was
set out: `X由…任主任；成员单位调整为A、B`). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_members_list_opening_the_clause_after_the_committee():
    kg = graph(HEAD + "县减灾委由县长李某任主任，副县长张某任副主任；成员单位调整为县民政局、县气象局、县水利局等20家。\n")
    for body in ("县民政局", "县气象局", "县水利局"):
        assert has_edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "县减灾委员会")), body


def test_a_members_list_after_a_comma_in_the_committees_sentence():
    kg = graph(HEAD + "县减灾委由县长李某任主任，成员单位包括县民政局、县气象局。\n")
    for body in ("县民政局", "县气象局"):
        assert has_edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "县减灾委员会")), body


def test_bodies_joining_a_group_led_by_another_are_its_members():
    kg = graph(HEAD + "县政府成立由县水利局牵头，县交通运输局、县公安局参加的河道采砂整治工作专班。\n")
    for body in ("县交通运输局", "县公安局"):
        assert has_edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "河道采砂整治工作专班")), body
