"""Round 23 (RESPONSIBLE_FOR): a committee named after a sector answers for it only where it is at work, not where
it is only named: a leader or guide of the opening (`在市防指的指导下，`), the addressee of a report (`上报市防指`),
the body of a post a person holds (`兼任市森防指指挥长`). Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
FLOOD = ("Sector", "防汛抗旱")
FOREST = ("Sector", "森林防灭火")


def test_a_committee_leading_or_guiding_the_opening_answers_for_nothing():
    kg = graph(HEAD + "在县委的坚强领导下，在市防汛抗旱指挥部的精心指导下，县水利局完成堤防加固3处。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "市防汛抗旱指挥部"), FLOOD)


def test_a_committee_a_report_goes_to_answers_for_nothing():
    kg = graph(HEAD + "汛期共发现险情12处，其中上报市防汛抗旱指挥部的较大险情4处，均已处置。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "市防汛抗旱指挥部"), FLOOD)


def test_a_committee_named_in_a_persons_post_answers_for_nothing():
    kg = graph(HEAD + "副市长李建国分管林业工作，兼任市森林防灭火指挥部指挥长。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "市森林防灭火指挥部"), FOREST)


def test_a_committee_at_work_or_led_by_a_person_still_answers_for_its_sector():
    kg = graph(HEAD + "县防汛抗旱指挥部由县长王明任指挥长。\n县森林防灭火指挥部修订了《青山县森林火灾应急预案》。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县防汛抗旱指挥部"), FLOOD)
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县森林防灭火指挥部"), FOREST)


def test_a_higher_committee_named_as_the_owner_of_its_checking_group_answers_for_nothing():
    kg = graph(HEAD + "5月，市防汛抗旱指挥部第二督查组对我县防汛准备工作进行督查，反馈问题5个。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "市防汛抗旱指挥部"), FLOOD)
    # the group at work still answers for the field it checks
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "市防汛抗旱指挥部第二督查组"), FLOOD)
