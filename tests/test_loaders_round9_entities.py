"""Round 9: entity forms of reports from places never seen (coastal works and bodies, offices of a
bureau, a bureau's numbered groups, place-name chars jieba reads as verbs, trade names ending in a
function char, the county's own depots, fire stations of a port, drills named with their place, roads),
each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import edge, graph, mentions, names, surfaces


HEAD = "青山县2023年应急管理工作总结\n"
DISTRICT = "海门区2024年上半年应急管理工作总结\n"


# -- facilities ------------------------------------------------------------------------------------
def test_coastal_works_and_shelters_are_facilities():
    found = mentions("对石港镇的青鱼湾避风港、西堤海塘和南口防波堤开展汛前检查。")
    assert {"青鱼湾避风港", "西堤海塘", "南口防波堤"} <= surfaces(found, "Facility")


def test_a_place_name_char_jieba_reads_as_a_verb_stays_in_the_name():
    # 冲 (a valley) after a rare noun or a lone char is part of the name, not a verb ending it
    found = mentions("检查了石门乡杉木冲水库，走访了者冲村和者冲瀑布景区。")
    assert "杉木冲水库" in surfaces(found, "Reservoir")
    assert "者冲瀑布景区" in surfaces(found, "Facility")
    assert "者冲村" in surfaces(found, "Jurisdiction")
    # …but a clause with a common noun before the verb is no name (乡干部包村), nor a one-char kind
    # after a one-char verb (渔船回港: where boats go)
    assert not surfaces(mentions("实行县领导包乡、乡干部包村的网格化管理。"), "Jurisdiction")
    kg = graph(HEAD + "县应急管理局督促石港镇落实渔船进港避风措施。6月2日，石港镇组织开展防台风渔船回港避风和人员转移演练。\n")
    assert not names(kg, "Facility")


def test_the_countys_own_depot_named_with_its_use_is_a_facility_not_the_bureau():
    found = mentions("县应急物资储备库完成扩建，县城区中小学校开展疏散演练。")
    assert "县应急物资储备库" in surfaces(found, "Facility")
    assert not surfaces(found, "Department")
    assert "县城区中小学校" not in surfaces(found, "Facility")


def test_a_gas_storage_station_is_a_facility_and_a_firms_is_part_of_the_firm():
    found = mentions("对青山顺达燃气有限公司储配站开展检查。")
    assert surfaces(found, "Enterprise") == {"青山顺达燃气有限公司"}
    assert not surfaces(found, "Facility")
    # …and one named by its place is a facility of that place
    kg = graph(HEAD + "县住建局对白沙镇储配站开展冬季供气安全检查。\n")
    assert "白沙镇储配站" in names(kg, "Facility")


# -- firms ---------------------------------------------------------------------------------------------
def test_a_trade_name_ending_in_a_function_char_names_the_station():
    found = mentions("走访了白沙镇永和液化气站，检查下属瓶装气供应站。")
    assert surfaces(found, "Enterprise") == {"永和液化气站"}


# -- teams -----------------------------------------------------------------------------------------------
def test_a_ports_fire_station_and_a_mine_rescue_team_are_teams():
    found = mentions("县矿山救护队、青鱼港消防站和县应急救援大队参加演练。")
    assert {"县矿山救护队", "青鱼港消防站"} <= surfaces(found, "RescueTeam")
    assert "青鱼港" not in surfaces(found, "Facility")


# -- bodies ----------------------------------------------------------------------------------------------
def test_a_bureaus_office_in_a_place_is_a_body_of_its_own_part_of_the_bureau():
    kg = graph(DISTRICT + "东江海事局石港海事处对渔船开展检查，东江海事局给予指导。\n")
    assert {"东江海事局", "石港海事处"} <= names(kg, "Department")
    edge(kg, "PART_OF", ("Department", "石港海事处"), ("Department", "东江海事局"))


def test_search_and_rescue_centres_and_the_three_defence_office_are_named_bodies():
    kg = graph(DISTRICT + "区交通运输局、区应急管理局等为区海上搜救分中心成员单位。"
               "区三防办现场指导，演练由东江市海上搜救中心指导。\n")
    assert {"区海上搜救分中心", "市海上搜救中心"} <= names(kg, "Committee")
    assert "区防汛防旱防风指挥部办公室" in names(kg, "Department")


def test_a_bureaus_numbered_group_is_a_body_part_of_the_bureau():
    found = mentions("州应急管理局第三督查组对我县防汛工作进行了督查。")
    assert "州应急管理局第三督查组" in surfaces(found, "Committee")


def test_a_city_bureaus_branch_is_named_with_its_city():
    kg = graph(HEAD + "县消防救援大队、南川市生态环境局青山分局参加演练。\n")
    assert "南川市生态环境局青山分局" in names(kg, "Department")


# -- places and drills -----------------------------------------------------------------------------------
def test_a_provincial_road_is_no_province():
    found = mentions("县公安局交警大队对S3*省道和县道开展夜查行动。")
    assert not surfaces(found, "Jurisdiction")


def test_a_drill_named_with_its_year_and_place():
    kg = graph(DISTRICT + "5月20日，2024年海门区海上搜救综合演练在北港码头附近海域举行。\n")
    assert "2024年海门区海上搜救综合演练" in names(kg, "Drill")
    assert "海门区" in names(kg, "Jurisdiction")


def test_a_hazard_point_named_by_a_hazard_verb_keeps_its_village():
    kg = graph(HEAD + "县自然资源局查看了石门乡杉坪村崩塌隐患点。\n")
    assert "杉坪村崩塌隐患点" in names(kg, "Facility")

