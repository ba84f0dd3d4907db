"""Round 31 (task L31): places of things built, visited and looked at, in forms first seen in fresh sets.
- `X镇新建Y1处` / `A镇、B乡建成Y`: townships opening a clause with a verb of setting up (no 在) are where the
  facility built lies;
- `A带队深入X林场、Y林场检查…，实地查看了Z塔`: the places of a visit with its own check are only where the
  leader went when a later clause looks closely at named things;
- a forest farm hosts the facility written right after it, with or without 的 (`X林场三号供热站`,
  `X林场的Y瞭望塔`): it lies there, and the farm is not itself checked; after `位于X镇的A和` such a farm opens
  a place of its own (not in X镇).
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"
SHELTER = ("Facility", "青龙山应急避难场所")


def test_township_opening_a_clause_builds_there():
    kg = graph(HEAD + "年内，白石镇新建青龙山应急避难场所，县应急管理局组织培训。\n")
    assert has_edge(kg, "LOCATED_IN", SHELTER, ("Jurisdiction", "白石镇"))
    # a township inside another clause's object is not where its thing is built
    kg = graph(HEAD + "县应急管理局对白石镇新建青龙山应急避难场所开展验收。\n")
    assert not has_edge(kg, "LOCATED_IN", SHELTER, ("Jurisdiction", "白石镇"))


def test_listed_townships_opening_a_clause_build_there():
    kg = graph(HEAD + "白石镇、黄沙乡新建青龙山应急避难场所。\n")
    for place in ("白石镇", "黄沙乡"):
        assert has_edge(kg, "LOCATED_IN", SHELTER, ("Jurisdiction", place))


def test_visited_farms_before_a_close_look_are_not_inspected():
    kg = graph(HEAD + "9月，副县长王明带队深入青松林场、白桦林场检查秋季防火准备工作，"
                      "实地查看了白桦林场的青龙瞭望塔和黑石瞭望塔。\n")
    for tower in ("青龙瞭望塔", "黑石瞭望塔"):
        assert has_edge(kg, "INSPECTED", ("Person", "王明"), ("Facility", tower))
    for farm in ("青松林场", "白桦林场"):
        assert not has_edge(kg, "INSPECTED", ("Person", "王明"), ("Facility", farm))
    assert has_edge(kg, "LOCATED_IN", ("Facility", "青龙瞭望塔"), ("Facility", "白桦林场"))
    # a visit looked at in its own clause keeps its places
    kg = graph(HEAD + "副县长王明带队深入黑石水库、龙口水库实地查看防汛准备情况。\n")
    for dam in ("黑石水库", "龙口水库"):
        assert has_edge(kg, "INSPECTED", ("Person", "王明"), ("Reservoir", dam))


def test_facility_right_after_a_forest_farm_lies_in_it_and_is_what_is_checked():
    kg = graph(HEAD + "县住建局对白桦林场三号供热站开展检查。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县住房和城乡建设局"), ("Facility", "三号供热站"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县住房和城乡建设局"), ("Facility", "白桦林场"))
    assert has_edge(kg, "LOCATED_IN", ("Facility", "三号供热站"), ("Facility", "白桦林场"))


def test_later_item_with_a_host_of_its_own_is_not_in_the_first_place():
    kg = graph(HEAD + "县住建局对位于白石镇的东区锅炉厂和白桦林场三号供热站开展检查。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "三号供热站"), ("Facility", "白桦林场"))
    assert not has_edge(kg, "LOCATED_IN", ("Facility", "白桦林场"), ("Jurisdiction", "白石镇"))
