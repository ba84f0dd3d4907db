"""Round 15: entity forms first met in dev12 (township names opening with 两, hazard points named by a place and
a hazard word, state forest farms and canal head works, drills after `举行的`, numbered inspection groups,
a township's own offices, a port area's administration, verbs jieba reads as nouns before a park kind, slogans
that count kinds), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, mentions, surfaces


def test_a_township_name_opening_with_liang_and_the_village_after_it():
    found = mentions("县自然资源局对位于两河坝乡石门村的隐患点开展排查。")
    assert {"两河坝乡", "石门村"} <= surfaces(found, "Jurisdiction")
    assert not surfaces(mentions("两个乡镇开展了演练。"), "Jurisdiction")


def test_a_hazard_point_named_by_its_place_and_a_hazard_word():
    found = mentions("副县长对青龙乡境内的大湾崩塌隐患点开展检查。")
    assert "大湾崩塌隐患点" in surfaces(found, "Facility")
    assert not surfaces(mentions("各乡镇加强崩塌隐患点监测。"), "Facility")


def test_state_forest_farms_and_the_head_works_of_a_weir():
    found = mentions("对石桥镇辖区内的青峰国有林场、柳湾镇的胜利堰渠首开展检查。")
    assert {"青峰国有林场", "胜利堰渠首"} <= surfaces(found, "Facility")
    assert not surfaces(mentions("对全县国有林场开展检查。"), "Facility")


def test_a_drill_named_after_a_held_at_clause_does_not_open_with_de():
    found = mentions("在龙潭水库举行的防汛抢险演练由县防汛抗旱指挥部组织。")
    drills = surfaces(found, "Drill")
    assert "防汛抢险演练" in drills
    assert not any(d.startswith("的") for d in drills)


def test_a_numbered_inspection_group_of_a_committee_and_no_group_from_two_joined_kinds():
    found = mentions("省安委会第三巡查组于10月对我县开展巡查。")
    assert "省安委会第三巡查组" in surfaces(found, "Committee")
    joined = mentions("县应急局、县林业局组成联合检查和巡查组，分片开展督查。")
    assert not any(c.endswith("巡查组") for c in surfaces(joined, "Committee"))


def test_a_townships_own_office_is_a_body_located_in_the_township():
    found = mentions("柳溪镇水利站站长李某参加，江滨街道应急管理办公室受到表扬。")
    assert {"水利站", "应急管理办公室"} <= surfaces(found, "Department")
    kg = graph("柳溪镇水利站站长李某参加会议。")
    assert has_edge(kg, "LOCATED_IN", ("Department", "柳溪镇水利站"), ("Jurisdiction", "柳溪镇"))
    assert not surfaces(mentions("加强石门镇、青山乡应急管理站规范化建设。"), "Department")


def test_a_title_followed_by_a_name_with_a_less_common_surname():
    # (立新, 明远 are dictionary words: only the surname before them says a name opens there)
    found = mentions("杭立新同志任县应急管理局局长，郁明远同志任县水利局局长。")
    assert {"杭立新", "郁明远"} <= surfaces(found, "Person")


def test_a_port_areas_administration_and_no_park_or_facility_from_a_verb():
    found = mentions("区政府主办、东湾港区管委会承办的演练在东湾港区举行。", "青山区", "区")
    assert "东湾港区管委会" in surfaces(found, "Department")
    assert "主办" not in surfaces(found, "Facility")
    assert not surfaces(mentions("区长主持召开会议，部署化工园区工作。", "青山区", "区"), "Facility")


def test_a_slogan_counting_kinds_is_no_facility():
    found = mentions("围绕“一园一港”（青山化工园区、东湾港区）开展整治。", "青山区", "区")
    assert "一园一港" not in surfaces(found, "Facility")
    assert "东湾港区" in surfaces(found, "Facility")


def test_a_hazard_kind_whose_last_char_opens_a_longer_word_names_no_point():
    found = mentions("县交通运输局整治隐患点位41处，排查崖口滑坡隐患点。")
    facilities = surfaces(found, "Facility")
    assert not any(f.endswith("隐患点") and f.startswith("整治") for f in facilities)
    assert "崖口滑坡隐患点" in facilities
