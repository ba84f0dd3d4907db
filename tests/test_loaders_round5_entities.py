"""Round 5: entity forms from reports of new places, each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, mentions, names, node

from loaders import entities
from loaders.normalise import normalise

HEAD = "青山县2023年应急管理工作总结\n"


# -- a county or city named with its body's level char ------------------------------------------
def test_a_city_named_before_its_body_is_a_place_and_the_parent_city():
    kg = graph(HEAD + "2023年，县应急管理局在县委、县政府的领导下，在云岭市应急管理局的业务指导下扎实工作。\n")
    assert "云岭市" in names(kg, "Jurisdiction")
    city = node(kg, "Jurisdiction", "云岭市")
    bureau = node(kg, "Department", "市应急管理局")
    assert kg.g.nodes[bureau]["jurisdiction"] == city
    assert "云岭市应急管理局" in names(kg, "Department")
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))


def test_a_stem_that_is_a_word_of_another_kind_is_no_place():
    # 以来区委: 以来 is a word, not a place; 副县长X任县…: a person, not a place
    found = mentions("换届以来区委多次研究安全生产。副县长李明任县安委会副主任。", "青山区", "区")
    assert not [s for label, s in found if label == "Jurisdiction"]
    assert ("Person", "李明") in found


def test_a_city_written_with_its_district_stays_two_places():
    found = mentions("云岭市青山区人民政府印发通知。", "青山区", "区")
    assert ("Jurisdiction", "云岭市") in found and ("Jurisdiction", "青山区") in found


# -- task forces, inspection groups, sub-committees --------------------------------------------
def test_a_task_force_formed_by_bodies_is_a_committee():
    kg = graph(HEAD + "县政府成立由县应急管理局、县林业局、县公安局组成的野外火源管控专班，开展联合巡查。\n")
    assert "野外火源管控专班" in names(kg, "Committee")


def test_a_counted_group_formed_by_bodies_is_a_committee_but_a_bare_one_is_not():
    found = mentions("县安委办组织县住建局、县商务局组成3个联合督查组，分片督查。")
    assert ("Committee", "联合督查组") in found
    # one body forming a group, or a group with no members named, is an activity, not a body
    assert not [s for label, s in mentions("县安委办组成专项检查组进行暗查暗访。成立5个工作检查专班。")
                if label == "Committee"]


def test_a_numbered_group_of_a_committee_is_part_of_it():
    kg = graph(HEAD + "5月，市安委会第二督查组进驻我县开展安全生产督查。\n")
    edge(kg, "PART_OF", ("Committee", "市安委会第二督查组"), ("Committee", "市安委会"))


def test_a_sub_committee_is_named_by_its_topic():
    kg = graph(HEAD + "县安委会增设交通运输安全专业委员会，由县交通运输局牵头。\n")
    assert "交通运输安全专业委员会" in names(kg, "Committee")
    assert "县专业委员会" not in names(kg, "Committee")
    edge(kg, "PART_OF", ("Committee", "交通运输安全专业委员会"), ("Committee", "县安委会"))


def test_bodies_found_by_suffix_belong_to_their_report():
    a = graph("青山县2023年应急管理工作总结\n县政府成立由县应急管理局、县公安局组成的矿山整治专班。\n", "a.txt")
    b = graph("石门县2023年应急管理工作总结\n县政府成立由县应急管理局、县公安局组成的矿山整治专班。\n", "b.txt")
    assert node(a, "Committee", "矿山整治专班") != node(b, "Committee", "矿山整治专班")


# -- bodies -------------------------------------------------------------------------------------
def test_a_city_bureaus_branch_and_its_unit():
    kg = graph("青山区2023年应急管理工作总结\n市公安局青山分局交警大队查处超载车辆。市公安局青山分局开展消防检查。\n")
    edge(kg, "PART_OF", ("Department", "市公安局青山分局"), ("Department", "市公安局"))
    edge(kg, "PART_OF", ("Department", "市公安局青山分局交警大队"), ("Department", "市公安局青山分局"))


def test_an_item_listed_after_a_higher_body_shares_its_level():
    found = entities.extract("按照市安委会办公室、减灾委办公室的要求开展工作。", "青山区", "区")
    assert {m.canonical for m in found if m.label == "Department"} == {"市安全生产委员会办公室", "市减灾委员会办公室"}


def test_a_parks_administration_is_named_with_the_park():
    found = mentions("县应急管理局与青山经济开发区管委会联合检查。")
    assert ("Department", "青山经济开发区管委会") in found


# -- facilities ---------------------------------------------------------------------------------
def test_facilities_by_new_suffixes_and_by_place_and_kind():
    kg = graph(HEAD + "县应急管理局对城关镇加油站、城关镇金桥商业广场和滨河河堤开展检查。"
               "在城关镇设立救灾物资储备仓库1处。\n")
    facilities = names(kg, "Facility")
    assert {"城关镇加油站", "金桥商业广场", "滨河河堤", "救灾物资储备仓库"} <= facilities
    edge(kg, "LOCATED_IN", ("Facility", "城关镇加油站"), ("Jurisdiction", "城关镇"))
    assert "加油站" not in names(kg, "Enterprise")


def test_counted_units_are_not_a_sector():
    found = mentions("县市场监管局对*家加油站开展检查。")
    assert ("Sector", "加油站") not in found and not [s for label, s in found if label == "Facility"]


def test_a_hazard_zone_is_no_place():
    assert not [s for label, s in mentions("乡政府提前转移石坪村山洪危险区群众。") if s.endswith("危险区")]


# -- jurisdictions of new shapes ---------------------------------------------------------------
def test_banners_sumu_and_gacha():
    kg = graph("白音旗2023年应急管理工作总结\n在旗委、旗政府的领导下，旗应急管理局扎实工作。"
               "7月，旗防指在宝力根苏木白音嘎查组织防汛抢险演练。\n")
    assert {"宝力根苏木", "白音嘎查"} <= names(kg, "Jurisdiction")
    edge(kg, "LEADS", ("Department", "旗委"), ("Department", "旗应急管理局"))
    edge(kg, "HELD_AT", ("Drill", "防汛抢险演练"), ("Jurisdiction", "白音嘎查"))
    edge(kg, "LOCATED_IN", ("Jurisdiction", "白音嘎查"), ("Jurisdiction", "宝力根苏木"))


def test_a_village_before_a_verb_starting_with_its_next_char():
    # 村组 is a word, but 村组织 is a village then a verb
    assert ("Jurisdiction", "岩头村") in mentions("县减灾委在石坪乡岩头村组织避险转移演练。")


# -- persons ------------------------------------------------------------------------------------
def test_masked_names_keep_their_surname():
    kg = graph(HEAD + "副县长王*任县安委会副主任。县应急管理局局长张XX主持会议。\n")
    assert {"王*", "张XX"} <= names(kg, "Person")
    edge(kg, "HOLDS_POST", ("Person", "张XX"), ("Department", "县应急管理局"))


def test_a_post_verb_before_an_ordinal_title_is_no_surname():
    found = mentions("成立以县长任第一主任的安委会。副县长任建国主持会议。")
    persons = {s for label, s in found if label == "Person"}
    assert persons == {"任建国"}


# -- normalisation: lines that are complete, lines that are broken ------------------------------
def test_a_title_line_and_a_portal_bar_do_not_join_the_next_line():
    text = ("青山县人民政府网 | 首页 > 信息公开 > 计划总结 | 无障碍 | 关怀版 | 长者模式\n"
            "青山县应急管理局关于二〇二三年度安全生产和防灾减灾工作情况的报告\n"
            "云岭市人民政府：\n现将有关情况报告如下。\n")
    lines = normalise(text).text.split("\n")
    assert lines[1].endswith("报告") and lines[2].startswith("云岭市")
    assert lines[0].endswith("长者模式")


def test_a_name_or_title_broken_by_a_page_break_is_joined():
    text = HEAD + "(三)地质灾害防治。县自然资\n\n源局对隐患点开展巡查。\n修订完善《青山县突发事件总体应急\n预案》。\n"
    kg = graph(text)
    assert "县自然资源局" in names(kg, "Department")
    assert "青山县突发事件总体应急预案" in names(kg, "Plan")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "地质灾害"))


def test_newly_set_up_is_not_part_of_a_firms_name():
    found = mentions("县应急管理局督促新设立长风化工有限公司完善制度。县应急管理局对创新科技有限公司开展检查。")
    firms = {s for label, s in found if label == "Enterprise"}
    assert firms == {"长风化工有限公司", "创新科技有限公司"}
