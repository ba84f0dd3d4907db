"""Round 16: entity forms first met in dev13 (a municipality's districts' 委 bodies, a grassland fire
headquarters, Tibetan and Mongolian names after titles, seawalls, polders, gas regulating stations, fuel and
gas stations, sand yards with a trade name, open-pit coal mines and their drills, a township's office after
a listed person, the discipline commission), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, mentions, surfaces


def test_a_districts_city_management_and_housing_committees_are_departments():
    found = mentions("区城市管理委会同区住房建设委对燃气企业开展检查。", "青澜区", "区")
    assert {"区城市管理委", "区住房建设委"} <= surfaces(found, "Department")


def test_a_grassland_and_forest_fire_headquarters_keeps_its_level_and_name():
    found = mentions("旗草原森林防灭火指挥部组织开展草原火灾扑救演练。", "青草旗", "旗")
    assert "旗草原森林防灭火指挥部" in surfaces(found, "Committee")
    assert not any(n.startswith("区") for n in surfaces(found, "Committee"))


def test_tibetan_and_mongolian_names_after_titles():
    found = mentions("县消防救援大队大队长达瓦顿珠、副大队长其木格等同志予以通报表扬。")
    assert {"达瓦顿珠", "其木格"} <= surfaces(found, "Person")
    found = mentions("旗长苏和巴图尔任旗安全生产委员会主任。", "青草旗", "旗")
    assert "苏和巴图尔" in surfaces(found, "Person")
    found = mentions("县纪委监委对县林业局副局长格桑给予诫勉谈话。")
    assert "格桑" in surfaces(found, "Person")
    assert "县纪委监委" in surfaces(found, "Department")
    # a post verb then a body and no post: no five-char name is read
    assert not surfaces(mentions("旗长苏和巴图尔任旗安全生产委员会成员。", "青草旗", "旗"), "Person")


def test_seawalls_polders_and_gas_regulating_stations():
    found = mentions("县防指对石滩镇境内的鸭嘴滩海挡、柳洲乡青塘圩和城南街道东湖燃气调压站开展检查。")
    assert {"鸭嘴滩海挡", "青塘圩", "东湖燃气调压站"} <= surfaces(found, "Facility")
    assert not surfaces(mentions("加强圩区排涝，全县圩区内涝得到缓解。"), "Facility")


def test_fuel_and_gas_stations_and_sand_yards_with_trade_names_are_firms():
    found = mentions("县应急管理局对石滩镇东环路加油加气站、柳洲乡青塘村的宏达砂石料场开展检查。")
    assert {"东环路加油加气站", "宏达砂石料场"} <= surfaces(found, "Enterprise")
    assert not surfaces(mentions("对青塘村砂石料场开展检查。"), "Enterprise")


def test_an_open_pit_coal_mine_and_a_drill_named_with_it():
    found = mentions("县能源局先后检查了白音敖包露天煤矿、红沟煤矿。")
    assert "白音敖包露天煤矿" in surfaces(found, "Enterprise")
    kg = graph("6月9日，白音敖包露天煤矿边坡坍塌应急演练由县能源局主办。\n")
    # (round 17: the drill is named by what is drilled, after the mine whose drill it is; the golds give that name)
    assert has_edge(kg, "ORGANIZED", ("Department", "县能源局"), ("Drill", "边坡坍塌应急演练"))


def test_a_townships_office_after_a_listed_person_is_its_own():
    found = mentions("对县消防救援大队副大队长李强、石滩镇应急管理办公室主任赵*予以通报表扬。")
    kg = graph("对县消防救援大队副大队长李强、石滩镇应急管理办公室主任赵*予以通报表扬。\n")
    assert "应急管理办公室" in surfaces(found, "Department")
    assert has_edge(kg, "LOCATED_IN", ("Department", "石滩镇应急管理办公室"), ("Jurisdiction", "石滩镇"))
    # listed townships sharing the kind still name no office
    assert not surfaces(mentions("加强石滩镇、柳洲乡应急管理站建设。"), "Department")


def test_a_drill_named_with_the_polder_it_is_held_for():
    kg = graph("青塘圩内涝群众转移演练由柳洲乡组织，6月在联丰村举行。\n")
    assert kg.find("青塘圩", label="Facility")  # the polder stays a facility of its own inside the drill's name
    # (round 17: the drill is named by what is drilled, after the polder; the golds give that name)
    assert has_edge(kg, "ORGANIZED", ("Jurisdiction", "柳洲乡"), ("Drill", "内涝群众转移演练"))


def test_a_district_branchs_traffic_police_detachment_is_part_of_the_branch():
    found = mentions("市公安局青澜分局交警支队查处违法行为。", "青澜区", "区")
    assert "市公安局青澜分局交警支队" in surfaces(found, "Department")
    kg = graph("市公安局青澜分局交警支队查处违法行为。\n", "qinglan-district.txt")
    assert has_edge(kg, "PART_OF", ("Department", "市公安局青澜分局交警支队"), ("Department", "市公安局青澜分局"))


def test_a_transliterated_banner_and_league_in_a_report_title():
    found = mentions("查干敖包旗人民政府\n关于工作的报告\n乌兰诺尔盟行政公署：\n", "查干敖包旗", "旗")
    assert {"查干敖包旗", "乌兰诺尔盟"} <= surfaces(found, "Jurisdiction")
    assert "盟行政公署" in surfaces(found, "Department")
    # a stem of no such morpheme stays no place
    assert not surfaces(mentions("，工作推进旗应急管理局", "青草旗", "旗"), "Jurisdiction")
