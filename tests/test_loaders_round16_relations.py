"""Round 16 (relations): forms first met in dev13 (heads marked `★X` / `【X】`, fields of pastoral and port
places, a reminder talk, helpers that check but order nothing, `对…逐一检查`, `责令其` after a talk, a passive
order after a check, a heading that names no field). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, names

HEAD = "青山县应急管理局2023年工作总结\n"


# -- RESPONSIBLE_FOR: heads marked by a symbol or brackets -------------------------------------------------------
def test_a_star_head_gives_its_sector_to_the_bodies_of_a_duty_colon():
    kg = graph(HEAD + "★危险化学品\n县工信局、县消防救援大队负责：对宏达化工有限公司开展检查。\n"
                      "★综合保障\n县财政局负责：落实专项经费。\n")
    for body in ("县工业和信息化局", "县消防救援大队"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "危险化学品")), body
    # the head holds up to the next marked line
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县财政局"), ("Sector", "危险化学品"))


def test_a_bracketed_head_alone_on_its_line():
    kg = graph(HEAD + "【危险化学品】\n县工信局负责：对宏达化工有限公司开展检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县工业和信息化局"), ("Sector", "危险化学品"))


def test_fields_of_grassland_fire_large_events_and_port_loading():
    kg = graph(HEAD + "★草原防火\n按照“三管三必须”，县林草局负责草原防火日常监管，县应急管理局负责指导协调扑救。\n"
                      "★大型活动\n7月，青山文化节在红桥镇体育场举办，县文旅局牵头负责安保，县公安局配合。\n"
                      "县交通运输局负责港口装卸作业安全监管。煤炭运输方面，县交通运输局对运煤通道开展治超治限。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "草原防火"))
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "大型活动"))
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "港口装卸"))
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "煤炭运输"))
    assert "港口" not in names(kg, "Sector")   # 港口装卸作业 is one field, not 港口


def test_a_heading_of_key_fields_names_no_sector():
    kg = graph(HEAD + "二、抓实重点领域\n县应急管理局对宏达化工有限公司开展检查。\n")
    assert not any(n.startswith("抓实") or n == "重点" for n in names(kg, "Sector"))


# -- SUPERVISES ---------------------------------------------------------------------------------------------------
def test_a_reminder_talk_supervises_the_township():
    kg = graph(HEAD + "县防指办对石门乡主要负责人进行了提醒谈话。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县防汛抗旱指挥部办公室"), ("Jurisdiction", "石门乡"))


def test_helping_bodies_check_but_do_not_order():
    kg = graph(HEAD + "县应急管理局牵头，县工信局、县消防救援大队配合，对宏达化工有限公司、长兴化工有限公司开展检查，"
                      "对宏达化工有限公司实施挂牌督办。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "宏达化工有限公司"))
    assert has_edge(kg, "INSPECTED", ("Department", "县消防救援大队"), ("Enterprise", "宏达化工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县消防救援大队"), ("Enterprise", "宏达化工有限公司"))


def test_an_order_on_it_after_a_talk_goes_to_the_firm_talked_to():
    kg = graph(HEAD + "县交通运输局牵头，对石门港区、北堤作业区的12个危险货物堆场逐一开展执法检查，"
                      "约谈了通达物流有限公司主要负责人，责令其限期整改。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县交通运输局"), ("Enterprise", "通达物流有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县交通运输局"), ("Facility", "石门港区"))


def test_a_passive_order_after_a_check_is_the_checkers():
    kg = graph(HEAD + "县自然资源局牵头，县应急管理局配合，对全县26座加油站开展检查，红桥镇宝泉加油站、石门乡东方加油站"
                      "因油气回收装置故障被责令限期整改。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县自然资源局"), ("Enterprise", "东方加油站"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "东方加油站"))


# -- INSPECTED ----------------------------------------------------------------------------------------------------
def test_a_check_one_by_one_without_kaizhan():
    kg = graph(HEAD + "3月下旬起，县防指组成5个检查组，对红桥镇境内的长河干堤、石门乡永丰泵站等重点工程逐一检查。\n")
    assert has_edge(kg, "INSPECTED", ("Committee", "县防汛抗旱指挥部"), ("Facility", "永丰泵站"))
    assert has_edge(kg, "INSPECTED", ("Committee", "县防汛抗旱指挥部"), ("Facility", "长河干堤"))
