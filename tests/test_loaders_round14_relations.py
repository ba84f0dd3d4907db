"""Round 14 (relations): forms first met in dev11 (a firm's drill held on its own premises, an outside body's
"回头看" of the report's own place, the bodies a sector committee sets to its work, salt chemicals as a field
head). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


# -- HELD_AT: the firm's own premises ----------------------------------------------------------------------------
def test_a_drill_held_on_the_firms_own_premises():
    kg = graph(HEAD + "8月2X日，红桥镇联合青山宏远化工有限公司在公司罐区开展液氨泄漏处置演练，县消防救援大队参加。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "液氨泄漏处置演练"), ("Enterprise", "青山宏远化工有限公司"))


def test_a_firm_with_a_body_drilling_in_its_own_plant():
    kg = graph(HEAD + "10月9日，青山金石建材有限公司会同县应急管理局在本厂开展粉尘爆炸应急演练。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "粉尘爆炸应急演练"), ("Enterprise", "青山金石建材有限公司"))


# -- SUPERVISES: an outside body's re-check of the report's own place --------------------------------------------
def test_an_outside_bodys_huitoukan_of_our_county_supervises_it():
    kg = graph(HEAD + "市应急管理局对我县重大危险源企业开展“回头看”，抽查了青山宏远化工有限公司。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Jurisdiction", "青山县"))
    assert has_edge(kg, "INSPECTED", ("Department", "市应急管理局"), ("Enterprise", "青山宏远化工有限公司"))


# -- RESPONSIBLE_FOR: bodies a sector committee sets to its work -------------------------------------------------
def test_bodies_a_sector_committee_organises_take_its_field():
    kg = graph(HEAD + "春季防火期，县森防指组织县林业局、县应急管理局组成3个督查组，对各乡镇野外用火进行暗访。\n")
    for body in ("县林业局", "县应急管理局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "森林防灭火")), body


# -- RESPONSIBLE_FOR: fields written as section heads ------------------------------------------------------------
def test_a_numbered_head_of_salt_chemicals():
    kg = graph(HEAD + "(三)盐化工。县工业和信息化局对青山盐业有限公司开展安全检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县工业和信息化局"), ("Sector", "盐化工"))


# -- LOCATED_IN: `园区内` after a park named by another kind, earlier in the same sentence -----------------------
def test_firms_in_the_park_named_earlier_in_the_sentence():
    kg = graph(HEAD + "县应急管理局会同县化工产业园管委会，对园区内青山宏远化工有限公司、青山瑞丰化学有限公司开展检查。\n")
    for firm in ("青山宏远化工有限公司", "青山瑞丰化学有限公司"):
        assert has_edge(kg, "LOCATED_IN", ("Enterprise", firm), ("Facility", "县化工产业园")), firm
