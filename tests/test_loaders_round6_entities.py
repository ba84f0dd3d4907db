"""Round 6: entity forms of reports from places never seen (facility kinds, firm boundaries, names
without a listed surname, prefecture levels, new areas), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, mentions, names, node

from loaders.normalise import normalise

HEAD = "青山县2023年应急管理工作总结\n"


# -- facilities -------------------------------------------------------------------------------
def test_flood_works_with_a_township_prefix_are_facilities_located_in_it():
    kg = graph(HEAD + "县水利局对白石镇红旗泵站、东河水闸和城南堤防开展汛前检查。\n")
    assert {"红旗泵站", "东河水闸", "城南堤防"} <= names(kg, "Facility")
    edge(kg, "LOCATED_IN", ("Facility", "红旗泵站"), ("Jurisdiction", "白石镇"))
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Facility", "城南堤防"))


def test_crowded_places_sites_and_stations_are_facilities():
    found = mentions("县应急管理局检查了金谷商场、龙山景区和滨江路建筑工地，对东关液化气站、青云桥开展专项检查。")
    for name in ("金谷商场", "龙山景区", "滨江路建筑工地", "东关液化气站", "青云桥"):
        assert ("Facility", name) in found


def test_a_kind_before_a_kind_or_a_generic_word_is_no_name():
    found = mentions("排查学校医院消防隐患，检查建筑施工工地和小型水库堤防，排查梅岭隧道、城南堤防和桥梁。")
    facilities = [s for label, s in found if label == "Facility"]
    assert facilities == ["梅岭隧道", "城南堤防"]


def test_a_facility_after_its_township_is_also_named_with_it():
    kg = graph(HEAD + "白石镇中心小学开展疏散演练。\n")
    assert "白石镇中心小学" in names(kg, "Facility")
    edge(kg, "LOCATED_IN", ("Facility", "中心小学"), ("Jurisdiction", "白石镇"))


def test_a_place_noun_before_a_body_stem_is_no_level_char():
    # 社区应急避难场所: 区 ends 社区, it is not the level char of a 区应急管理局
    kg = graph("青山区2023年应急管理工作总结\n在东风社区应急避难场所开展疏散演练。\n")
    assert "东风社区应急避难场所" in names(kg, "Facility")
    assert not names(kg, "Department")


def test_a_township_before_a_reservoir_is_no_township_head():
    kg = graph(HEAD + "县自然资源局到枫木镇长塘水库检查安全度汛工作。\n")
    edge(kg, "LOCATED_IN", ("Reservoir", "长塘水库"), ("Jurisdiction", "枫木镇"))


def test_a_counted_unit_is_not_part_of_a_facility_name():
    found = mentions("对3所中小学、东湖排涝站开展检查。")
    assert [s for label, s in found if label == "Facility"] == ["东湖排涝站"]


def test_a_flood_storage_area_is_a_facility():
    assert ("Facility", "白沙湖蓄滞洪区") in mentions("在白沙湖蓄滞洪区举行群众转移演练。")


# -- enterprises ------------------------------------------------------------------------------
def test_a_masked_firm_keeps_its_mask_and_bold_marks_go():
    assert normalise("约谈**公司、**物流公司负责人。").text == "约谈**公司、**物流公司负责人。"
    assert normalise("**（一）完善预案**").text == "(一)完善预案"
    found = mentions("约谈**公司主要负责人。对**化工有限公司下达整改指令书。约谈了*通物流有限公司等3家企业。")
    for name in ("**公司", "**化工有限公司", "*通物流有限公司"):
        assert ("Enterprise", name) in found


def test_a_firm_starts_after_an_enforcement_verb_or_a_place_noun():
    found = mentions("依法关停东风矿业有限公司。对辖区宏远建材有限公司开展检查。责令鼎盛物流有限责任公司停产整顿。"
                      "南庄乡鑫达矿业有限公司被列为重大隐患。")
    firms = {s for label, s in found if label == "Enterprise"}
    assert firms == {"东风矿业有限公司", "宏远建材有限公司", "鼎盛物流有限责任公司", "鑫达矿业有限公司"}


def test_works_and_mines_are_firms_but_a_verb_and_a_sector_word_are_not():
    found = mentions("包括兴旺煤矿、永安石料厂。依法关闭取缔青石镇永发砖厂。聚焦煤矿、非煤矿山和厂房安全。")
    firms = {s for label, s in found if label == "Enterprise"}
    assert firms == {"兴旺煤矿", "永安石料厂", "永发砖厂"}


# -- persons ----------------------------------------------------------------------------------
def test_a_name_without_a_listed_surname_after_a_title():
    found = mentions("副旗长巴特尔带队检查。副县长巴图孟和、副县长格桑参加。副县长阿不都热合曼·买买提主持会议。", "青山旗", "旗")
    persons = {s for label, s in found if label == "Person"}
    assert persons == {"巴特尔", "巴图孟和", "格桑", "阿不都热合曼·买买提"}


def test_words_after_a_title_are_no_name():
    found = mentions("队长带领队员，开展巡查。副县长负责现场指挥。局长主持召开专题会议。副县长格桑出席。")
    assert [s for label, s in found if label == "Person"] == ["格桑"]


def test_a_name_said_by_comrade_and_masked_names_of_any_surname():
    found = mentions("王小明同志任县应急管理局局长。常务副县长盘某某任常务副主任。副市长郭某担任组长。")
    persons = {s for label, s in found if label == "Person"}
    assert persons == {"王小明", "盘某某", "郭某"}


# -- levels: prefectures, autonomous prefectures, new areas, sub-district offices ---------------
def test_a_league_bureau_is_a_prefecture_body_scoped_to_its_league():
    kg = graph("青山旗2023年应急管理工作总结\n锡林郭勒盟应急管理局副局长张海到我旗调研。\n")
    bureau = node(kg, "Department", "盟应急管理局")
    assert kg.g.nodes[bureau]["jurisdiction"] == node(kg, "Jurisdiction", "锡林郭勒盟")
    assert "锡林郭勒盟应急管理局" in names(kg, "Department")
    edge(kg, "HOLDS_POST", ("Person", "张海"), ("Department", "盟应急管理局"))


def test_an_autonomous_prefecture_before_its_body():
    kg = graph(HEAD + "伊犁哈萨克自治州应急管理局指导我县开展演练。\n")
    assert "伊犁哈萨克自治州" in names(kg, "Jurisdiction")
    assert "伊犁哈萨克自治州应急管理局" in names(kg, "Department")


def test_a_new_area_writes_its_bodies_with_both_chars():
    kg = graph("渚阳新区2024年上半年应急管理工作总结\n成员单位由新区应急管理局、新区经济发展局以及柳湾办事处组成。\n")
    assert {"新区应急管理局", "新区经济发展局"} <= names(kg, "Department")
    assert "柳湾办事处" in names(kg, "Jurisdiction")


def test_a_traffic_police_unit_named_by_its_place():
    assert ("Department", "交警榕湾大队") in mentions("区交通运输局、交警榕湾大队对重点运输企业开展隐患排查。", "榕湾区", "区")


def test_a_drill_hosted_by_a_body():
    kg = graph(HEAD + "由县防指主办、白石镇人民政府承办的山洪灾害转移避险演练在白石镇举行。\n")
    assert "山洪灾害转移避险演练" in names(kg, "Drill")
    assert not has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), ("Drill", "山洪灾害转移避险演练"))


def test_a_name_written_before_its_title():
    found = mentions("李明副县长带队检查。会议由王建国局长主持。强化区长负责制。")
    assert {s for label, s in found if label == "Person"} == {"李明", "王建国"}


def test_the_longer_of_two_overlapping_suffixes_names_the_facility():
    found = mentions("县水务局对柞溪河堤防和老虎沟水库开展凌汛巡查。对沙汀河堤开展检查。")
    assert [s for label, s in found if label == "Facility"] == ["柞溪河堤防", "沙汀河堤"]


def test_forest_fire_bodies_and_cooperatives():
    found = mentions("县森防办修订预案。县森林消防大队驻防备勤。对光明养殖专业合作社开展检查。在东风社区新建应急避难场所1处。")
    assert ("Department", "县森防办") in found and ("RescueTeam", "县森林消防大队") in found
    assert ("Enterprise", "光明养殖专业合作社") in found
    assert not [s for label, s in found if label == "Facility"]  # 新建: a verb, not a shelter's name
