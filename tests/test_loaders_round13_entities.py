"""Round 13: entity forms first met in dev9/dev10 (section heads' titles, long transliterated and masked names,
a municipality district's 委 bodies, units and teams written after their bureau, park administrations,
two-char township names jieba splits, branches of a company, named stretches of levees), each tested on
sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, mentions, names, surfaces


def test_a_section_head_after_the_section_is_a_person():
    found = mentions("县林业局防火股股长邓文涛带队检查，县财政局副科长钟*参加。")
    assert {"邓文涛", "钟*"} <= surfaces(found, "Person")


def test_a_masked_name_of_an_unlisted_surname_after_a_title():
    found = mentions("甘坪乡副乡长旺*带队巡查。")
    assert "旺*" in surfaces(found, "Person")


def test_a_long_transliterated_name_before_a_post_verb_and_a_masked_one_opening_its_clause():
    found = mentions("县减灾委由县长次仁多吉扎西任主任，平措*任副主任。")
    persons = surfaces(found, "Person")
    assert "次仁多吉扎西" in persons
    assert "平措*" in persons


def test_an_unlisted_name_closed_by_deng():
    found = mentions("对县水利局工程股股长达瓦卓玛等3名个人予以通报表扬。")
    assert "达瓦卓玛" in surfaces(found, "Person")


def test_a_municipality_districts_commissions_are_their_own_bodies():
    found = mentions("新增区经信委、区住房城乡建委、区交通委为区安委会成员单位。", "青山区", "区")
    deps = surfaces(found, "Department")
    assert {"区经信委", "区住房城乡建委", "区交通委"} <= deps
    assert not any(d.endswith("局") for d in deps)


def test_the_fire_safety_committee_and_its_groups():
    found = mentions("区消安委第二督查组对柳岸街道开展暗访，区消安委办公室设在区消防救援支队。", "青山区", "区")
    assert "区消安委第二督查组" in surfaces(found, "Committee")
    assert "区消安委办公室" in surfaces(found, "Department")


def test_units_named_zongdui_and_zhidui_after_their_bureau():
    found = mentions("市应急管理局执法总队、区公安分局交巡警支队和县应急管理局安全生产执法大队参加。")
    deps = surfaces(found, "Department")
    assert {"市应急管理局执法总队", "区公安分局交巡警支队", "县应急管理局安全生产执法大队"} <= deps


def test_a_body_glued_to_the_next_cell_is_no_unit():
    found = mentions("3 燃气 区商务委区消防救援支队、区市场监管局", "青山区", "区")
    deps = surfaces(found, "Department")
    assert "区商务委" in deps and "区消防救援支队" in deps
    assert not any(len(d) > 8 and d.startswith("区商务") for d in deps)


def test_a_bureaus_team_and_township_levee_teams():
    kg = graph("青山县2023年应急管理工作总结\n县林业局扑火抢险队、柳溪镇巡堤查险队和县人武部民兵应急排参加演练。\n")
    teams = names(kg, "RescueTeam")
    assert {"县林业局扑火抢险队", "柳溪镇巡堤查险队", "县人武部民兵应急排"} <= teams
    assert has_edge(kg, "PART_OF", ("RescueTeam", "县林业局扑火抢险队"), ("Department", "县林业局"))


def test_a_team_after_a_weak_body_stem_takes_no_parent():
    found = mentions("县应急救援志愿者服务队随时待命。")
    assert not any(s.startswith("县应急救援") for s in surfaces(found, "RescueTeam"))


def test_two_char_township_names_jieba_splits_and_a_village_after_them():
    found = mentions("县政府与色果乡、多玛镇签订责任书，演练在色果乡松多村举行，巡查白石镇干沟村。")
    places = surfaces(found, "Jurisdiction")
    assert {"色果乡", "多玛镇", "松多村", "白石镇", "干沟村"} <= places
    assert not any(len(p) > 4 for p in places)
    # 多 still opens no place name when it counts (多镇受灾)
    assert not surfaces(mentions("多镇受灾，镇干部到岗。"), "Jurisdiction")


def test_park_names_with_their_trade_and_their_administrations():
    found = mentions("岚坪精细化工园区管委会、柳岸装备制造产业园管委会为成员单位，对岚坪精细化工园区开展检查。",
                     "青山区", "区")
    assert {"岚坪精细化工园区管委会", "柳岸装备制造产业园管委会"} <= surfaces(found, "Department")
    assert "岚坪精细化工园区" in surfaces(found, "Facility")
    assert "管委会" not in surfaces(found, "Department")


def test_a_branch_of_a_limited_company_is_named_with_it():
    found = mentions("对青峰建材有限公司柳溪分公司实施挂牌督办。")
    assert "青峰建材有限公司柳溪分公司" in surfaces(found, "Enterprise")


def test_a_named_stretch_of_a_levee_and_a_road_numbered_before_a_pass():
    found = mentions("检查了淮河干堤柳溪段、白沙大圩和国道3XX线青石山垭口，巡查白沙大圩东埂段。")
    fac = surfaces(found, "Facility")
    assert {"淮河干堤柳溪段", "白沙大圩", "青石山垭口", "白沙大圩东埂段"} <= fac
    # 等险段 is no stretch's name
    assert not any("等" in f for f in surfaces(mentions("在淮河干堤、白沙大圩等险段开展拉练。"), "Facility"))


def test_temples_and_a_village_named_compound():
    found = mentions("对青云寺、柳溪镇白塔寺和桃园新村小区开展消防安全检查。")
    fac = surfaces(found, "Facility")
    assert {"青云寺", "白塔寺", "桃园新村小区"} <= fac
    assert "桃园新村" not in surfaces(found, "Jurisdiction")


def test_a_committees_office_after_its_short_name_in_brackets():
    kg = graph("青山区2024年上半年应急管理工作总结\n区消防安全委员会（区消安委）办公室设在区消防救援支队。\n")
    assert "区消安委办公室" in names(kg, "Department")
    assert has_edge(kg, "PART_OF", ("Department", "区消安委办公室"), ("Committee", "区消安委"))


def test_a_grain_bureau_a_wharf_firm_and_a_named_square():
    found = mentions("县粮食和物资储备局对柳溪港作业区的青江码头有限公司开展检查，巡查柳溪镇的柳溪万达广场。")
    assert "县粮食和物资储备局" in surfaces(found, "Department")
    assert "青江码头有限公司" in surfaces(found, "Enterprise")
    assert "青江码头" not in surfaces(found, "Facility")
    assert "柳溪万达广场" in surfaces(found, "Facility")


def test_a_rank_after_a_post_verb_is_no_name_and_a_name_before_bei():
    persons = surfaces(mentions("县林业局局长邱*任副指挥长，县水利局局长禄明辉被评为先进个人。"), "Person")
    assert "邱*" in persons and "禄明辉" in persons
    assert "任副" not in persons


def test_a_bare_headquarters_office_is_the_office_of_the_one_named_before():
    kg = graph("青山县2023年应急管理工作总结\n县抗震救灾指挥部由副县长李明任指挥长，指挥部办公室设在县应急管理局。\n")
    offices = names(kg, "Department")
    assert "县抗震救灾指挥部办公室" in offices
    assert has_edge(kg, "PART_OF", ("Department", "县抗震救灾指挥部办公室"), ("Committee", "县抗震救灾指挥部"))
    # no committee of that kind before it in the sentence: no office
    assert not any(o.endswith("指挥部办公室") for o in surfaces(mentions("指挥部办公室设在县应急管理局。"), "Department"))


def test_a_centre_with_its_head_after_it_is_a_body():
    found = mentions("县公路养护中心主任韩立带队巡查。")
    assert "县公路养护中心" in surfaces(found, "Department")
    assert "韩立" in surfaces(found, "Person")
