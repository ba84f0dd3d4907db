"""Round 26 (task L26, relations side): a thing named again by its kind word (`对市场内…挂牌督办`, `对该矿…`,
`对该企业…`, `演练在该矿举行`); a list of checked firms going on after a comma (`A、B，以及C等N家企业接受了…检查`).
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_market_named_again_by_its_kind_inside_is_supervised():
    kg = graph(HEAD + "县消防救援大队检查了位于东坪镇的青禾农贸市场，对市场内电动自行车违规充电问题挂牌督办。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县消防救援大队"), ("Facility", "青禾农贸市场"))


def test_a_mine_named_again_as_this_mine_is_supervised():
    kg = graph(HEAD + "县应急管理局检查了石门镇鑫源煤矿，对该矿3处隐患责令限期整改。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "鑫源煤矿"))


def test_this_enterprise_stands_for_the_firm_named_before():
    kg = graph(HEAD + "县应急管理局检查了华兴化工有限公司，对该企业负责人进行约谈。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "华兴化工有限公司"))


def test_a_kind_word_no_name_ends_with_names_nothing():
    kg = graph(HEAD + "县应急管理局检查了华兴化工有限公司，对该矿3处隐患责令限期整改。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "华兴化工有限公司"))


def test_a_drill_held_at_this_mine_is_held_at_the_mine_named_before():
    kg = graph(HEAD + "6月12日，由县应急管理局指导鑫源煤矿开展的井下透水事故应急演练在该矿举行。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "井下透水事故应急演练"), ("Enterprise", "鑫源煤矿"))


def test_a_list_of_checked_firms_goes_on_after_a_comma():
    kg = graph(HEAD + "位于西林街道的明远化工有限公司、华兴新材料股份有限公司，以及宏达气体有限公司等6家企业"
               "接受了县应急管理局危化品专家组的复核检查，发现隐患4项。\n")
    for firm in ("明远化工有限公司", "华兴新材料股份有限公司", "宏达气体有限公司"):
        assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", firm))


def test_firms_inside_a_park_called_by_its_purpose_and_kind_lie_in_the_park_named_before():
    kg = graph(HEAD + "位于汊口镇的青山化工集中区现有化工生产企业5家。"
               "县应急管理局聘请专家对化工集中区内的明远化学有限公司、华兴精细化工有限公司等12家企业开展安全诊断。\n")
    for firm in ("明远化学有限公司", "华兴精细化工有限公司"):
        assert has_edge(kg, "LOCATED_IN", ("Enterprise", firm), ("Facility", "青山化工集中区"))
