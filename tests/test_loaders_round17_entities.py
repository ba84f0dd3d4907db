"""Round 17: entity forms first met in dev14 (check dams and cold stores, vehicle dealers, mine rescue
brigades, a firm named with a proper word ending in a function char, slogan-named works, gathering shelters,
counted kinds, a firm's drill named after the firm), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import mentions, surfaces


def test_check_dams_cold_stores_and_shelters_after_a_township():
    found = mentions("县水务局先后检查了石门乡柳湾淤地坝、青石镇的北岭集中安置点和城关镇鑫源冷库。")
    assert {"柳湾淤地坝", "北岭集中安置点", "鑫源冷库"} <= surfaces(found, "Facility")
    assert not surfaces(mentions("实施淤地坝除险加固，全县冷库安全得到加强。"), "Facility")


def test_a_slogan_word_alone_after_a_township_names_the_work():
    found = mentions("县水务局检查了石门乡胜利淤地坝和青石镇团结水库。")
    assert "胜利淤地坝" in surfaces(found, "Facility")
    assert "团结水库" in surfaces(found, "Reservoir")


def test_vehicle_dealers_are_firms_and_mine_rescue_brigades_are_teams():
    found = mentions("县市场监管局抽查城关镇飞腾车行，县矿山救护大队参加演练。")
    assert "飞腾车行" in surfaces(found, "Enterprise")
    assert "县矿山救护大队" in surfaces(found, "RescueTeam")


def test_a_firm_whose_proper_word_ends_in_a_function_char_after_a_township():
    found = mentions("县应急管理局对青石镇永和花炮有限公司开展检查。")
    assert "永和花炮有限公司" in surfaces(found, "Enterprise")
    # a conjunction between two bodies stays one
    found = mentions("县应急管理局和华星燃气有限公司签订责任书。")
    assert "华星燃气有限公司" in surfaces(found, "Enterprise")


def test_kinds_counted_right_after_them_are_classes():
    found = mentions("全县有中小型水库46座、小型水电站12座。")
    assert not surfaces(found, "Reservoir") and not surfaces(found, "Facility")
    assert not surfaces(found, "Sector")
    # a work built and then counted is named (the clause says what was built, not what a place has)
    assert "北坪应急避难场所" in surfaces(mentions("青石镇建成北坪应急避难场所1处。"), "Facility")


def test_a_firms_drill_is_named_after_the_firm():
    found = mentions("7月2日,青石镇*远煤业有限公司矿井透水事故应急演练在该矿举行。")
    assert "矿井透水事故应急演练" in surfaces(found, "Drill")
    assert "*远煤业有限公司" in surfaces(found, "Enterprise")


def test_an_industrial_zone_after_a_township_is_a_park_not_a_place():
    found = mentions("县应急管理局对青石镇北港工业区内的恒昌化工有限公司开展检查。")
    assert "北港工业区" in surfaces(found, "Facility")
    assert "北港工业区" not in surfaces(found, "Jurisdiction")
    assert "青石镇" in surfaces(found, "Jurisdiction")



def test_a_drill_hosted_by_one_body_and_run_by_another_is_named_after_the_last_verb():
    found = mentions("5月9日,由县防汛抗旱指挥部主办、青石镇承办的山洪灾害群众转移演练在柳湾村举行。")
    assert "山洪灾害群众转移演练" in surfaces(found, "Drill")


def test_a_headings_bracketed_numeral_opens_no_firm():
    found = mentions("(二)煤矿安全。")
    assert not surfaces(found, "Enterprise")
    assert "星辉(南方)建材有限公司" in surfaces(mentions("对星辉(南方)建材有限公司开展检查。"), "Enterprise")

