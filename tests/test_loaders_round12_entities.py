"""Round 12: entity forms first met in dev8 (names written before a deputy's title, masked or after a body,
four-char names of a two-char surname, drills named as the subject after a list mark, bureaus of two
fields joined by 与), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, mentions, names, surfaces


def test_masked_names_before_a_deputys_title_are_persons_not_places():
    found = mentions("县减灾委由赵*明常务副县长任主任，孙**副县长任副主任。")
    persons = surfaces(found, "Person")
    assert {"赵*明", "孙**"} <= persons
    # 副县长: the 县 closes a title, no place named 赵*明常务副县 / 孙**副县
    assert not any("副" in s for s in surfaces(found, "Jurisdiction"))
    assert not any(len(p) == 2 and p.startswith(("长", "任")) for p in persons)


def test_a_name_between_its_body_and_its_title():
    found = mentions("县海洋与渔业局郑国栋局长任副总指挥。")
    assert "县海洋与渔业局" in surfaces(found, "Department")
    assert "郑国栋" in surfaces(found, "Person")


def test_a_bureau_of_two_fields_joined_by_yu():
    found = mentions("县水利与湖泊局负责河湖巡查。")
    assert "县水利与湖泊局" in surfaces(found, "Department")


def test_a_four_char_name_of_a_two_char_surname_after_a_title():
    found = mentions("县森林防灭火指挥部由县长司马文博任总指挥，常务副县长阙*任副总指挥。")
    persons = surfaces(found, "Person")
    assert "司马文博" in persons
    assert "阙*" in persons


def test_a_drill_named_as_subject_after_a_list_mark():
    kg = graph("青山县2023年应急管理工作总结\n全年组织演练3场：\n"
               "（1）山洪转移避险演练由县防指主办，于6月2日在柳林镇举行；\n"
               "• 危化品泄漏处置演练（8月）：由县应急管理局主办，在化工园区举行。\n")
    drills = names(kg, "Drill")
    assert "山洪转移避险演练" in drills
    assert "危化品泄漏处置演练" in drills


def test_groups_a_committee_sets_up_are_its_parts():
    kg = graph("青山县2023年防汛工作总结\n县防指下设抢险救援组、后勤保障组和转移安置组，负责汛期各项工作。"
               "公司下设安全组。\n")
    groups = names(kg, "Committee")
    assert {"抢险救援组", "后勤保障组", "转移安置组"} <= groups
    assert "安全组" not in groups  # no committee before 下设: no body
    assert has_edge(kg, "PART_OF", ("Committee", "后勤保障组"), ("Committee", "县防汛抗旱指挥部"))


def test_a_masked_name_keeps_its_last_given_char():
    found = mentions("表彰柳林村党支部书记韩*峰等8名个人。副县长马*强调，要压实责任。")
    persons = surfaces(found, "Person")
    assert "韩*峰" in persons
    assert "马*" in persons  # 强调 is a word, not the name's
