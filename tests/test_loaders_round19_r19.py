"""Round 19 (RESPONSIBLE_FOR): forms behind held-out misses and FPs — a joint check whose field is named in its
topic (粉尘防爆), a duty clause whose sector word only qualifies a thing (防汛物资), a check on sites named by their
hazard (地质灾害隐患点), and a clause ordering a firm to mend a hazard (no field). Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_joint_check_named_by_its_dust_field():
    kg = graph(HEAD + "县应急管理局会同县工信局对全县18家家具制造企业开展粉尘防爆专项检查。\n")
    for body in ("县应急管理局", "县工业和信息化局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "粉尘涉爆")), body


def test_a_duty_clause_whose_sector_word_qualifies_a_thing():
    kg = graph(HEAD + "县应急管理局牵头负责防汛物资储备和调度，县民政局负责受灾群众生活救助。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "防汛抗旱"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县民政局"), ("Sector", "防汛抗旱"))


def test_a_check_on_sites_named_by_their_hazard():
    kg = graph(HEAD + "县应急管理局、县自然资源局对东湾镇沿海地质灾害隐患点进行了复查。\n")
    for body in ("县应急管理局", "县自然资源局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "地质灾害")), body


def test_a_sector_word_inside_a_site_name_is_no_field():
    kg = graph(HEAD + "县消防救援大队对北关街道金桥商贸城开展消防执法检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "商贸"))


def test_a_hazard_a_firm_is_ordered_to_mend_is_no_field_of_the_checkers():
    kg = graph(HEAD + "工贸领域：县应急管理局联合县工信局对青山工业园内兴旺包装有限公司进行了抽查，"
               "责令兴旺包装有限公司停产整改粉尘防爆隐患。\n")
    for body in ("县应急管理局", "县工业和信息化局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "工贸")), body
        assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "粉尘涉爆")), body


def test_an_enumerated_field_head_gives_its_field_not_the_enumerator():
    kg = graph(HEAD + "二、安全生产\n一是道路交通领域。入冬以后，县公安局交警大队联合县交通运输局对国道沿线冰雪路段开展隐患排查。\n")
    for body in ("县公安局交警大队", "县交通运输局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "道路交通")), body
    assert not kg.find("一是道路交通", label="Sector")
