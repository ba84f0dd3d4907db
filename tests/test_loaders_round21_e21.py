"""Round 21 (E21): facility kinds and drill heads by form, each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import canonicals, graph, mentions, names


def _canon(text: str, label: str = "Facility") -> set[str]:
    return canonicals(text, label)


def test_landslide_and_rockfall_sites_are_named_by_their_place():
    found = mentions("县自然资源局排查了白石街道狮子岭滑坡和位于溪口镇的老鹰嘴危岩带。")
    assert {("Facility", "狮子岭滑坡"), ("Facility", "老鹰嘴危岩带")} <= set(found), found
    # a class of slides (its size, 山体) names no site; a hazard point keeps its village
    assert not [m for m in mentions("要应对大面积山体滑坡，其中中型以上滑坡3处。") if m[0] == "Facility"]
    assert "水口村滑坡隐患点" in _canon("溪口镇水口村滑坡隐患点完成治理。")


def test_stations_named_after_a_numbered_line():
    found = mentions("区交通局检查了轨道交通3号线青松站、白沙站和江口站，9号线二期工程槐荫站施工现场。")
    assert {("Facility", n) for n in ("青松站", "白沙站", "江口站", "槐荫站")} <= set(found), found
    assert not [m for m in mentions("督促地铁2号线沿线站点落实防汛措施。") if m[0] == "Facility"]


def test_markets_streets_care_homes_parks_and_water_works():
    found = set(mentions("检查了东门夜市、西街美食街、南湖步行街、福寿养老照料中心、月湖湿地公园、城北污水处理厂和河西再生水厂。"))
    want = {"东门夜市", "西街美食街", "南湖步行街", "福寿养老照料中心", "月湖湿地公园", "城北污水处理厂", "河西再生水厂"}
    assert {("Facility", n) for n in want} <= found, found


def test_a_townships_own_store_is_named_with_the_township():
    found = _canon("县发改委抽查了县中心粮库、石门镇粮站和石门镇应急物资储备库。")
    assert {"石门镇粮站", "石门镇应急物资储备库"} <= found, found
    assert not _canon("各乡镇应急物资储备库已补充。")


def test_a_one_char_levee_after_its_name_but_not_after_a_verb():
    assert ("Facility", "柳北堤") in mentions("检查了青石镇柳北堤。")
    assert not [m for m in mentions("组织干部拉网式巡堤查险，24小时巡堤，修堤筑坝。") if m[0] == "Facility"]


def test_a_supply_station_named_by_what_it_handles_is_a_facility():
    found = mentions("检查了白石街道的瓶装液化石油气供应站、鑫源燃气供应站及利民路加油站。")
    assert ("Facility", "瓶装液化石油气供应站") in found, found
    assert ("Enterprise", "鑫源燃气供应站") in found and ("Enterprise", "利民路加油站") in found, found


def test_a_drill_heading_a_list_item_with_its_date():
    kg = graph("三、应急演练\n- 危化品泄漏事故应急演练：6月7日，青石街道，区应急管理局指导。\n"
               "★森林火灾扑救演练：3月5日，在青龙山举行。\n全区开展演练：6月共计12场。\n")
    assert {"危化品泄漏事故应急演练", "森林火灾扑救演练"} <= names(kg, "Drill"), names(kg, "Drill")


def test_a_drill_filling_a_cell_of_a_barred_row():
    kg = graph("三、应急演练\n · 5月12日｜青石镇中心渔港｜渔船消防及水上救援联合演练｜组织：市应急管理局；参加：青石镇\n"
               " · 6月1日 | 白沙街道 | 高层建筑火灾疏散演练 | 组织：白沙街道\n")
    assert {"渔船消防及水上救援联合演练", "高层建筑火灾疏散演练"} <= names(kg, "Drill"), names(kg, "Drill")


def test_a_check_verb_before_a_work_ends_its_name_on_the_left():
    found = mentions("副县长王明带队夜查青龙水库，市应急管理局暗访白沙码头。")
    assert ("Reservoir", "青龙水库") in found and ("Facility", "白沙码头") in found, found
