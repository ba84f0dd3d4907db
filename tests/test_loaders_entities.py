"""Entities by form: suffixes, 《titles》, document numbers, titles + names, drills, sectors, masks."""
from __future__ import annotations

from _loader_helpers import graph, names

DOC = ("青山区2021年应急管理工作总结\n"
       "今年以来，在区委、区政府的坚强领导下，区应急管理局认真履职。\n"
       "区应急局联合区市监局对白沙镇石门水库和龙泉乡红旗村进行了检查，深入华达化工有限公司、"
       "*金海新能源科技有限公司开展安全检查。\n"
       "区安委会印发了《青山区安委会关于开展安全生产大检查的通知》（青安委字〔2021〕3号）。\n"
       "5月12日副区长张明远在白沙镇石门水库指挥开展防汛抢险应急演练。\n"
       "截至目前排查隐患*条，整改到位X条。\n")


def test_jurisdictions_by_place_suffix_with_level():
    kg = graph(DOC)
    juris = {d["name"]: d["properties"].get("level") for _, d in kg.nodes("Jurisdiction")}
    assert juris["青山区"] == "county"
    assert juris["白沙镇"] == "township"
    assert juris["龙泉乡"] == "township"
    assert juris["红旗村"] == "village"
    assert "全区" not in juris


def test_bodies_facilities_enterprises_plans():
    kg = graph(DOC)
    assert {"区应急管理局", "区应急局", "区市场监督管理局", "区市监局"} <= names(kg, "Department")
    assert "区安全生产委员会" in names(kg, "Committee")
    assert "石门水库" in names(kg, "Reservoir")
    assert "石门水库" in names(kg, "Facility")  # a Reservoir is a Facility
    assert {"华达化工有限公司", "*金海新能源科技有限公司"} <= names(kg, "Enterprise")
    plans = {d["name"]: d for _, d in kg.nodes("Plan")}
    plan = plans["青山区安委会关于开展安全生产大检查的通知"]
    assert plan["properties"]["kind"] == "notice"
    assert "青安委字〔2021〕3号" in plan["aliases"]


def test_masked_names_stay_masked():
    kg = graph(DOC)
    ent = [d for _, d in kg.nodes("Enterprise") if d["name"].startswith("*")]
    assert ent and ent[0]["properties"]["masked"] is True
    assert ent[0]["name"] == "*金海新能源科技有限公司"


def test_person_after_title_and_drill_with_date():
    kg = graph(DOC)
    assert "张明远" in names(kg, "Person")
    drills = {d["name"]: d["properties"] for _, d in kg.nodes("Drill")}
    props = drills["防汛抢险应急演练"]
    assert props["date"] == "2021-05-12"
    assert props["date_text"] == "5月12日"


def test_sector_heading_and_lexicon_aliases():
    kg = graph("青山区2021年工作总结\n"
               "烟花爆竹和危化品领域：区应急管理局检查经营户20家。\n"
               "煤气罐领域：区市监局检查门店8家。\n")
    sectors = names(kg, "Sector")
    assert {"烟花爆竹", "危险化学品", "危化品", "煤气罐"} <= sectors


def test_plan_kinds_by_suffix():
    kg = graph("青山区2021年工作总结\n区政府修订了《青山区地震应急预案》，制定了《青山区安全生产巡查办法》。\n")
    kinds = {d["name"]: d["properties"].get("kind") for _, d in kg.nodes("Plan")}
    assert kinds == {"青山区地震应急预案": "emergency_plan", "青山区安全生产巡查办法": "regulation"}


def test_words_left_of_a_suffix_that_cannot_be_in_a_name():
    kg = graph("青山区2021年工作总结\n"
               "汛期水库安全度汛压力大，杂草丛生影响水库运行，重大尾矿库全部销号。\n"
               "督促除宏远矿业有限公司外的企业整改。\n")
    assert names(kg, "Reservoir") == set()
    assert not any(n.endswith("尾矿库") for n in names(kg, "Facility"))
    assert "宏远矿业有限公司" in names(kg, "Enterprise")


def test_places_listed_without_suffix_and_generic_area_words():
    kg = graph("青山区2021年工作总结\n"
               "在石岭、柏溪、马坊三地设立中队。柏溪新塘村和全区城区、库区、园区均已覆盖。\n")
    juris = names(kg, "Jurisdiction")
    assert {"石岭", "柏溪", "马坊", "新塘村"} <= juris
    assert not juris & {"城区", "库区", "园区", "全区"}


def test_bureau_not_in_the_lexicon_and_words_ending_in_ju():
    kg = graph("青山区2021年工作总结\n区统计局开展安全生产统计调查，构建应急管理新格局。\n")
    deps = names(kg, "Department")
    assert "区统计局" in deps
    assert not any("格局" in d for d in deps)


def test_title_with_guanyu_and_a_county_level_report():
    kg = graph("关于白河县2022年度应急管理工作情况的报告\n县应急管理局认真履职。\n")
    doc = [d for _, d in kg.nodes("Document")][0]
    assert kg.node(doc["properties"]["jurisdiction"])["name"] == "白河县"
    assert doc["properties"]["period"] == "2022年度"


def test_masked_drill_date_is_null():
    kg = graph("*区2021年工作总结\n*月*日，区应急管理局在*镇开展了山洪灾害避险转移演练。\n")
    drill = [d for _, d in kg.nodes("Drill")][0]
    assert drill["properties"]["date"] is None
    assert drill["properties"]["date_text"] == "*月*日"
