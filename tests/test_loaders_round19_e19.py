"""Round 19 (E19): entity forms generalised from misses across the development sets, each tested on
sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, mentions, names, surfaces


def test_an_acronym_after_a_township_is_named_with_its_place():
    kg = graph("县住建局对石门乡LNG储配站开展冬季供气安全检查，青石镇CNG加气站接受了检查。")
    assert {"石门乡LNG储配站", "青石镇CNG加气站"} <= names(kg, "Facility")


def test_an_acronym_inside_a_trade_name_is_part_of_it_but_alone_names_no_station():
    found = mentions("县应急管理局对青石镇宏达CNG加气站开展检查。")
    assert "宏达CNG加气站" in surfaces(found, "Enterprise")
    found = mentions("全县新建CNG加气站2座，LNG加气站运行平稳。")
    assert not surfaces(found, "Facility") and not surfaces(found, "Enterprise")


def test_a_work_named_after_a_road_whose_name_reads_as_a_verb():
    found = mentions("区住建局对青石街道建设大道隧道、东湖路下穿通道开展检查。")
    assert {"建设大道隧道", "东湖路下穿通道"} <= surfaces(found, "Facility")
    # a verb after a clause word, not after a place or a mark, stays a verb
    assert "落实大道隧道" not in surfaces(mentions("督促落实大道隧道排水。"), "Facility")


def test_a_head_enumerated_with_shi_names_its_sector_alone():
    found = mentions("一是烟花爆竹领域。\n二是粮食仓储领域。")
    assert {"烟花爆竹", "粮食仓储"} <= surfaces(found, "Sector")
    assert not {"一是烟花爆竹", "二是粮食仓储"} & surfaces(found, "Sector")


def test_a_county_unit_opening_a_clause_and_acting_is_a_body():
    found = mentions("县交通运输局牵头，县道路养护中心配合。县广播电视中心全程跟踪报道。")
    assert {"县道路养护中心", "县广播电视中心"} <= surfaces(found, "Department")
    assert "县道路养护中心" not in surfaces(mentions("对县道路养护中心开展检查。"), "Department")
