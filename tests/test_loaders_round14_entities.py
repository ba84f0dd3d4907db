"""Round 14: entity forms first met in dev11 (township names ending in a settlement char jieba reads as a
verb, counted per-township teams, a county facility after its township, coastal flood walls, bureaus and
units of coastal cities, a park's administration and team written with the bare park kind, maritime
offices named by their place alone, parks named by an abbreviated trade), each tested on sentences
written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, mentions, surfaces


def test_a_township_name_ending_in_a_settlement_char_splits_the_firm_and_reservoir_after_it():
    found = mentions("县应急管理局对石门铺镇永兴花炮有限公司、王家店乡鹰嘴岩水库开展检查。")
    assert {"石门铺镇", "王家店乡"} <= surfaces(found, "Jurisdiction")
    assert "永兴花炮有限公司" in surfaces(found, "Enterprise")
    assert "鹰嘴岩水库" in surfaces(found, "Reservoir")
    kg = graph("县应急管理局对石门铺镇永兴花炮有限公司开展检查。")
    assert has_edge(kg, "LOCATED_IN", ("Enterprise", "永兴花炮有限公司"), ("Jurisdiction", "石门铺镇"))


def test_counted_township_teams_are_one_collective_team_and_no_place():
    found = mentions("全县整合9支乡镇应急救援队，新建3支乡镇半专业扑火队。")
    assert not surfaces(found, "Jurisdiction")
    assert {"乡镇应急救援队", "乡镇半专业扑火队"} <= surfaces(found, "RescueTeam")


def test_a_county_school_written_after_its_township():
    found = mentions("在柳溪街道县实验小学组织开展地震应急疏散演练。", "青山县", "县")
    assert "柳溪街道" in surfaces(found, "Jurisdiction")
    assert "县实验小学" in surfaces(found, "Facility")


def test_coastal_flood_walls_are_facilities():
    found = mentions("在沙湾街道东港防潮堤举行演练，检查了南岸防洪堤。")
    assert {"东港防潮堤", "南岸防洪堤"} <= surfaces(found, "Facility")


def test_a_coastal_fisheries_bureau_and_a_police_station_of_a_bureau():
    found = mentions("市海洋发展和渔业局牵头，市公安局边防派出所配合。", "青山市", "市")
    deps = surfaces(found, "Department")
    assert {"市海洋发展和渔业局", "市公安局边防派出所"} <= deps


def test_a_parks_administration_and_team_written_with_the_bare_park_kind():
    found = mentions("区应急管理局与高新区管委会签订协议，建成化工园区专职消防队1支。", "青山区", "区")
    assert "高新区管委会" in surfaces(found, "Department")
    assert "化工园区专职消防队" in surfaces(found, "RescueTeam")
    listed = mentions("区公安分局、高新区管委会等20个单位为成员单位。", "青山区", "区")
    assert "高新区管委会" in surfaces(listed, "Department")
    assert "新区管委会" not in surfaces(listed, "Department")


def test_a_maritime_bureau_named_by_its_city_after_a_clause_word_and_offices_named_by_place():
    found = mentions("市港航中心联合齐岳海事局东湾海事处开展检查，西澳海事处、西澳海警工作站配合。", "青山市", "市")
    deps = surfaces(found, "Department")
    assert {"齐岳海事局", "西澳海事处", "西澳海警工作站"} <= deps
    assert "海事局" not in deps
    kg = graph("市港航中心联合齐岳海事局东湾海事处开展检查。")
    assert has_edge(kg, "PART_OF", ("Department", "东湾海事处"), ("Department", "齐岳海事局"))


def test_a_park_named_by_an_abbreviated_trade():
    found = mentions("检查了滨江街道的石化产业园和光电产业园。")
    assert {"石化产业园", "光电产业园"} <= surfaces(found, "Facility")


def test_the_places_one_park_written_bare_before_a_locative():
    found = mentions("区应急管理局对高新区内的恒远气体有限公司开展检查。", "青山区", "区")
    assert "高新区" in surfaces(found, "Facility")
    assert not surfaces(mentions("推动化工园区内企业搬迁。"), "Facility")  # a class of firms, no park


def test_a_county_park_named_by_its_level_char_and_trade_and_its_administration():
    found = mentions("县政府与县精细化工产业园管委会签订责任书。")
    assert "县精细化工产业园管委会" in surfaces(found, "Department")
    assert "县精细化工产业园" in surfaces(found, "Facility")
