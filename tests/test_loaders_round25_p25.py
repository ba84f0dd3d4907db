"""Round 25 (task P25, relations side): a committee adjusted in the sentence before (`对X委员会组成人员进行调整。
调整后，A任主任…；B、C为成员单位`) holds the posts and members of the next sentence; `A同志任副主任`.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
ADJUSTED = ("根据工作需要，对县安全生产委员会组成人员进行调整。调整后，县长张建国任主任，副县长李明华任副主任；"
            "县教育局、县交通运输局为成员单位。\n")


def test_posts_after_an_adjustment_are_in_the_committee_adjusted():
    kg = graph(HEAD + ADJUSTED)
    assert has_edge(kg, "HOLDS_POST", ("Person", "张建国"), ("Committee", "县安全生产委员会"))
    assert has_edge(kg, "HOLDS_POST", ("Person", "李明华"), ("Committee", "县安全生产委员会"))


def test_members_after_an_adjustment_join_the_committee_adjusted():
    kg = graph(HEAD + ADJUSTED)
    assert has_edge(kg, "MEMBER_OF", ("Department", "县教育局"), ("Committee", "县安全生产委员会"))
    assert has_edge(kg, "MEMBER_OF", ("Department", "县交通运输局"), ("Committee", "县安全生产委员会"))


def test_without_the_adjustment_opening_nothing_is_carried():
    kg = graph(HEAD + "县安全生产委员会召开全体会议。会上，县教育局、县交通运输局为成员单位作了发言。\n")
    assert not has_edge(kg, "MEMBER_OF", ("Department", "县教育局"), ("Committee", "县安全生产委员会"))


def test_a_post_taken_after_the_word_comrade():
    kg = graph(HEAD + "县长张建国同志任县安全生产委员会主任，副县长李明华同志任常务副主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "李明华"), ("Committee", "县安全生产委员会"))


def test_a_bodys_title_written_after_the_name():
    kg = graph(HEAD + "县海上搜救中心由副县长李明华任总指挥，县交通运输局王志强局长任常务副总指挥。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "王志强"), ("Committee", "县海上搜救中心"))
    assert has_edge(kg, "HOLDS_POST", ("Person", "王志强"), ("Department", "县交通运输局"))
    assert not has_edge(kg, "HOLDS_POST", ("Person", "王志强"), ("Department", "县应急管理局"))
