"""Round 28 (task L28, relations side): a supervision of `该镇/该乡/该街道/该村`, the township or village named
just before (in the sentence or earlier in the paragraph). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
BOARD = ("Committee", "县安全生产委员会")


def test_this_township_is_the_one_named_before_in_the_sentence():
    kg = graph(HEAD + "白杨镇发生一起一般生产安全事故后，县安委会对该镇镇长赵某进行了约谈。\n")
    assert has_edge(kg, "SUPERVISES", BOARD, ("Jurisdiction", "白杨镇"))


def test_this_street_office_named_in_the_sentence_before():
    kg = graph(HEAD + "东湖街道发生一起较大火灾事故。县安委会对该街道予以通报批评。\n")
    assert has_edge(kg, "SUPERVISES", BOARD, ("Jurisdiction", "东湖街道"))


def test_the_nearest_township_of_that_kind_is_meant():
    kg = graph(HEAD + "白杨镇按期完成整改，石桥乡整改滞后，县安委会对该乡进行了约谈。\n")
    assert has_edge(kg, "SUPERVISES", BOARD, ("Jurisdiction", "石桥乡"))
    assert not has_edge(kg, "SUPERVISES", BOARD, ("Jurisdiction", "白杨镇"))


def test_a_township_of_another_paragraph_is_not_pointed_at():
    kg = graph(HEAD + "白杨镇完成了年度目标。\n县安委会对该镇进行了约谈。\n")
    assert not has_edge(kg, "SUPERVISES", BOARD, ("Jurisdiction", "白杨镇"))


def test_this_township_right_after_the_cue():
    kg = graph(HEAD + "石桥乡发生一起较大事故，县应急管理局约谈了该乡主要负责人。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "石桥乡"))
