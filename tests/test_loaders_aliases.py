"""Aliases resolve within a jurisdiction; bodies of two districts never merge; sectors are global."""
from __future__ import annotations

from _loader_helpers import graph, names
from kg.model import KnowledgeGraph

A = ("青山区2021年应急管理工作总结\n"
     "区安委会召开全体会议。区安全生产委员会办公室（区安委办）组织检查。安委会部署工作。\n"
     "区防指、区森防指分别召开会议。区市监局、区应急局联合检查。\n")
B = ("白河县2021年应急管理工作总结\n"
     "县安委会召开全体会议。县应急管理局开展执法检查。\n")


def test_abbreviations_are_one_node_with_every_form():
    kg = graph(A)
    committees = [d for _, d in kg.nodes("Committee") if "区安全生产委员会" == d["name"]]
    assert len(committees) == 1
    assert {"区安委会", "安委会"} <= committees[0]["aliases"]
    assert "区防汛抗旱指挥部" in names(kg, "Committee") and "区防指" in names(kg, "Committee")
    assert "区森林防灭火指挥部" in names(kg, "Committee")
    office = [d for _, d in kg.nodes("Department") if d["name"] == "区安全生产委员会办公室"]
    assert len(office) == 1 and "区安委办" in office[0]["aliases"]


def test_bodies_are_scoped_by_jurisdiction():
    a, b = graph(A, "a.txt"), graph(B, "b.txt")
    merged = KnowledgeGraph()
    merged.merge(a)
    merged.merge(b)
    bureaus = [nid for nid, d in merged.nodes("Department") if d["name"].endswith("应急管理局")]
    assert len(bureaus) == 2
    scopes = {merged.node(n)["jurisdiction"] for n in bureaus}
    assert len(scopes) == 2
    assert merged.find("县安全生产委员会", label="Committee")


def test_unnamed_districts_never_merge():
    text = "今年以来，全区认真落实安全生产责任。区应急管理局开展执法检查。\n"
    a, b = graph(text, "one.txt"), graph(text, "two.txt")
    ida = a.find("区应急管理局", label="Department")[0]
    idb = b.find("区应急管理局", label="Department")[0]
    assert ida != idb


def test_sectors_are_global():
    a, b = graph(A + "消防安全领域：区应急局检查单位。\n", "a.txt"), graph(B + "消防领域：县应急管理局检查单位。\n", "b.txt")
    sa = a.find("消防", label="Sector")
    sb = b.find("消防", label="Sector")
    assert sa and sa == sb


def test_city_bureau_abbreviation_in_a_bureau_report():
    text = ("青山区应急管理局2021年工作总结\n"
            "在区委、区政府的坚强领导下，在市局的悉心指导下，区应急管理局扎实工作。\n")
    kg = graph(text)
    city = [d for _, d in kg.nodes("Department") if d["name"] == "市应急管理局"]
    assert city and "市局" in city[0]["aliases"]
    # a city body is scoped to the (here unnamed) parent city, not to the district
    district = kg.find("青山区", label="Jurisdiction")[0]
    assert city[0]["jurisdiction"] != district
