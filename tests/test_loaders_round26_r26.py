"""Round 26, R26 (RESPONSIBLE_FOR): fields named in the wordings of fresh places: `火灾防控` (fire prevention and
control) is the fire field 消防, `白灾` (a pastoral county's snow disaster) is 雪灾 (sectors.tsv aliases).
Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_fire_prevention_and_control_is_the_fire_field():
    kg = graph(HEAD + "县消防救援大队负责火灾防控，全年检查单位320家。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))


def test_white_disaster_is_the_snow_disaster_field():
    kg = graph(HEAD + "白灾防御由县农牧局负责，储备饲草料1.2万吨。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县农牧局"), ("Sector", "雪灾"))


def test_a_plan_for_a_later_period_gives_no_field():
    kg = graph(HEAD + "下半年，县应急管理局将持续开展烟花爆竹、危险化学品等重点领域隐患排查整治。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "烟花爆竹"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "危险化学品"))
    kg = graph(HEAD + "上半年，县应急管理局持续开展烟花爆竹、危险化学品等重点领域隐患排查整治。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "烟花爆竹"))


def test_a_team_taking_part_in_a_drill_answers_for_no_field_by_its_name():
    kg = graph(HEAD + "6月3日，县防汛抗旱指挥部在河口镇组织防汛抢险综合演练，县水利局和河口镇防汛抢险队参加。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县防汛抗旱指挥部"), ("Sector", "防汛抗旱"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("RescueTeam", "河口镇防汛抢险队"), ("Sector", "防汛抗旱"))


def test_a_committee_guiding_a_drill_answers_for_no_field_by_its_name():
    kg = graph(HEAD + "8月2日，水上搜救综合演练在青山港区举行，由市海上搜救中心指导、县政府主办，县海事处参演。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "市海上搜救中心"), ("Sector", "海上搜救"))
