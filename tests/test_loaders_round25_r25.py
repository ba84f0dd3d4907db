"""Round 25, R25 (RESPONSIBLE_FOR): a higher level's numbered group sent to check (市安委会第二督导组) answers for no
field it checks (cue list `sent_group`); a committee named only as the owner of its members (`X成员单位…`) answers
for none; duty clauses joined by `、` or opened after `:` (`明确：A负责X、B负责Y`) each give their own field.
Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_numbered_supervision_group_answers_for_no_field_it_checks():
    kg = graph(HEAD + "5月，丰原市安委会第三督导组对我县烟花爆竹和危险化学品安全开展专项督导，反馈问题8项。\n")
    group = ("Committee", "丰原市安委会第三督导组")
    assert not has_edge(kg, "RESPONSIBLE_FOR", group, ("Sector", "烟花爆竹"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", group, ("Sector", "危险化学品"))


def test_a_committee_named_as_owner_of_its_members_answers_for_none():
    kg = graph(HEAD + "县安委会成员单位全年开展特种设备安全检查86次，县市场监管局查处隐患120处。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县市场监管局"), ("Sector", "特种设备"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县安委会"), ("Sector", "特种设备"))


def test_duty_clauses_joined_by_a_list_mark_each_keep_their_field():
    kg = graph(HEAD + "县政府明确分工，县能源局负责煤矿、县应急管理局负责非煤矿山的安全监管。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县能源局"), ("Sector", "煤矿"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县能源局"), ("Sector", "非煤矿山"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "煤矿"))
