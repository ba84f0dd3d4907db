"""Round 22 (RESPONSIBLE_FOR): a bare word of a field (cue list `duty_field`: 燃气) is the field when it stands in a
body's duty clause (`A负责X燃气使用安全`, `B负责Y和燃气管线巡查`), and only there; a longer word holding it that
names a thing (`可燃气体`, cue list `duty_field_not`) names no field. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_bare_field_word_in_a_duty_clause_is_the_field_of_that_body():
    kg = graph(HEAD + "农贸市场安全监管，县商务局负责统筹，县市场监管局负责餐馆燃气使用安全，县城管局负责摊点和燃气管线巡查。\n")
    for body in ("县市场监督管理局", "县城市管理局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "燃气")), body
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "城镇燃气")), body
    # the body whose duty clause names no such word does not share it
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县商务局"), ("Sector", "燃气"))


def test_a_longer_word_naming_a_thing_is_no_field():
    kg = graph(HEAD + "县住建局负责督促商户安装可燃气体报警装置，县城管局负责燃气管线巡查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县城市管理局"), ("Sector", "燃气"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "燃气"))
