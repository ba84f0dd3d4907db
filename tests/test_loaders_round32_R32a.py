"""Round 32 (task R32a): RESPONSIBLE_FOR from duty lists opened by the verb that sets the duties.
- `明确A负责X，B负责Y，C负责Z`: the first body (after 明确/规定/确定) opens its own duty clause, so it answers for
  its own clause's fields only, not for those of the clauses after it;
- a later duty clause whose body was not read as a name (`，D科负责W`) still ends the clause before it.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"
RF = "RESPONSIBLE_FOR"


def test_first_body_after_the_setting_verb_keeps_its_own_fields():
    kg = graph(HEAD + "按照职责分工，明确县应急管理局负责危险化学品安全监管，县住建局负责建筑施工，"
               "县消防救援大队负责消防安全，县市场监管局负责特种设备。\n")
    assert has_edge(kg, RF, ("Department", "县应急管理局"), ("Sector", "危险化学品"))
    assert has_edge(kg, RF, ("Department", "县住房和城乡建设局"), ("Sector", "建筑施工"))
    assert has_edge(kg, RF, ("Department", "县市场监督管理局"), ("Sector", "特种设备"))
    for other in ("建筑施工", "消防", "特种设备"):
        assert not has_edge(kg, RF, ("Department", "县应急管理局"), ("Sector", other))


def test_unread_duty_clause_ends_the_clause_before_it():
    kg = graph(HEAD + "会议规定县应急管理局负责危险化学品安全监管，县交通局负责道路交通，"
               "质安站负责建筑施工，县消防救援大队负责消防安全。\n")
    assert has_edge(kg, RF, ("Department", "县交通运输局"), ("Sector", "道路交通"))
    assert not has_edge(kg, RF, ("Department", "县交通运输局"), ("Sector", "建筑施工"))
    assert not has_edge(kg, RF, ("Department", "县应急管理局"), ("Sector", "道路交通"))
