"""Relationships by cue, each with its evidence sentence."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge

TEXT = ("青山区应急管理局2021年工作总结\n"
        "今年以来，在区委、区政府的正确领导和市应急管理局的精心指导下，青山区应急管理局认真履职。\n"
        "成立了以区长王建国任主任，区应急管理局局长李华为副主任，区公安局、区交通运输局、区教育局等单位为成员的青山区道路安全保障组。\n"
        "道路交通领域：交警三大队查处违法行为500起。\n"
        "瓶装液化气领域：区工信局联合区市监局、区消防对充装单位进行了抽查。\n"
        "区安委会印发了《青山区安全生产专项整治工作方案》。\n"
        "区安委办牵头抓总，统筹各专业委员会工作。\n"
        "对发现的问题及时上报市住建局质监站。\n"
        "6月3日白沙镇在石门水库开展了防洪抢险应急演练，区应急管理局参加演练。\n"
        "副区长赵刚先后来到白沙镇石门水库、龙泉乡青峰水库实地查看防汛工作。\n"
        "区应急管理局对华达化工有限公司约谈并责令整改。\n"
        "修订了《青山区防汛抗旱应急预案》。\n")


def test_leads_and_guides_from_the_opening_clause():
    kg = graph(TEXT)
    edge(kg, "LEADS", ("Department", "区委"), ("Department", "区应急管理局"))
    edge(kg, "LEADS", ("Department", "区政府"), ("Department", "区应急管理局"))
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "区应急管理局"))
    assert not has_edge(kg, "GUIDES", ("Department", "区委"), ("Department", "区应急管理局"))


def test_holds_post_and_member_of():
    kg = graph(TEXT)
    e = edge(kg, "HOLDS_POST", ("Person", "李华"), ("Department", "区应急管理局"))
    assert e["properties"]["title"] == "局长"
    edge(kg, "HOLDS_POST", ("Person", "赵刚"), ("Department", "区政府"))
    for member in ("区公安局", "区交通运输局", "区教育局"):
        edge(kg, "MEMBER_OF", ("Department", member), ("Committee", "青山区道路安全保障组"))


def test_responsible_for_by_heading_and_by_joint_action():
    kg = graph(TEXT)
    edge(kg, "RESPONSIBLE_FOR", ("Department", "交警三大队"), ("Sector", "道路交通"))
    for body in ("区工信局", "区市监局", "区消防"):
        edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "瓶装液化气"))


def test_issued_part_of_and_inferred_subject():
    kg = graph(TEXT)
    e = edge(kg, "ISSUED", ("Committee", "区安委会"), ("Plan", "青山区安全生产专项整治工作方案"))
    assert e["properties"]["action"] == "印发"
    edge(kg, "PART_OF", ("Department", "区安委办"), ("Committee", "区安委会"))
    edge(kg, "PART_OF", ("Department", "市住建局质监站"), ("Department", "市住建局"))
    # no subject written: the bureau whose report this is, marked inferred
    e = edge(kg, "ISSUED", ("Department", "区应急管理局"), ("Plan", "青山区防汛抗旱应急预案"))
    assert e["properties"]["inferred"] is True
    edge(kg, "COVERS", ("Plan", "青山区防汛抗旱应急预案"), ("Sector", "防汛抗旱"))


def test_drill_relations():
    kg = graph(TEXT)
    e = edge(kg, "ORGANIZED", ("Jurisdiction", "白沙镇"), ("Drill", "防洪抢险应急演练"))
    assert e["properties"]["role"] == "开展"
    edge(kg, "HELD_AT", ("Drill", "防洪抢险应急演练"), ("Reservoir", "石门水库"))
    edge(kg, "PARTICIPATED_IN", ("Department", "区应急管理局"), ("Drill", "防洪抢险应急演练"))


def test_inspected_located_in_and_supervises():
    kg = graph(TEXT)
    edge(kg, "INSPECTED", ("Person", "赵刚"), ("Reservoir", "石门水库"))
    edge(kg, "INSPECTED", ("Person", "赵刚"), ("Reservoir", "青峰水库"))
    edge(kg, "LOCATED_IN", ("Reservoir", "青峰水库"), ("Jurisdiction", "龙泉乡"))
    edge(kg, "SUPERVISES", ("Department", "区应急管理局"), ("Enterprise", "华达化工有限公司"))


def test_every_edge_has_sentence_evidence():
    kg = graph(TEXT)
    for s, t, k, d in kg.edges():
        assert d["evidence"], (s, k, t)
        for doc, a, b in d["evidence"]:
            sentence = TEXT[a:b]
            assert sentence and "\n" not in sentence.strip("\n") or k == "MENTIONS"


def test_enumerated_bodies_after_a_verb_and_our_bureau_reports():
    text = ("白河县2022年应急管理工作总结\n"
            "2022年，我局在县委、县政府的正确领导下认真履职。\n"
            "森林防灭火工作：县森林防灭火指挥部组织林业、公安等部门开展联合检查。\n"
            "印发了《白河县地震应急预案》。\n")
    kg = graph(text)
    for body in ("县林业局", "县公安局"):
        edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "森林防灭火"))
    e = edge(kg, "ISSUED", ("Department", "县应急管理局"), ("Plan", "白河县地震应急预案"))
    assert e["properties"] == {"action": "印发", "inferred": True}


def test_supervises_without_dui():
    kg = graph("白河县2022年工作总结\n危险化学品领域：县应急管理局开展专项检查，约谈宏达化工有限公司负责人。\n")
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "宏达化工有限公司"))
