"""Round 15 (relations): forms first met in dev12 (headings numbered `第二，` and worded as a task, a duty-table
row ending in a list of collectives, a drill placed after its date, a township joined to a body in a drill's
head, a second duty clause under one field, `在X镇境内`, a site called by its kind alone, port and hydropower
fields). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


# -- RESPONSIBLE_FOR: headings -----------------------------------------------------------------------------------
def test_a_heading_numbered_di_and_worded_as_a_task_gives_its_sector_to_helping_bodies():
    kg = graph(HEAD + "第三，抓实地质灾害防治\n全县共有隐患点80处。县自然资源局牵头，县应急管理局、县住建局配合，"
                      "落实汛期巡查制度。\n")
    for body in ("县自然资源局", "县应急管理局", "县住建局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "地质灾害")), body


def test_a_task_heading_with_an_adverb():
    kg = graph(HEAD + "（三）全力做好防汛抗旱\n县水利局对全县小型水库开展汛前检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "防汛抗旱"))


def test_a_second_duty_clause_under_a_one_field_heading_shares_the_field():
    kg = graph(HEAD + "第四，森林防灭火\n县林业局负责森林防火日常监管，县应急管理局负责综合协调。\n"
                      "三、防汛\n县防指启动防汛Ⅳ级应急响应，县排水管理所连夜抢排。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "森林防灭火"))
    # a clause giving no duty (`B连夜抢排`) takes nothing from the heading
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县排水管理所"), ("Sector", "防汛抗旱"))


def test_a_duty_table_row_ending_with_collectives():
    kg = graph(HEAD + "序号 领域 牵头部门 配合部门\n1 消防 县消防救援大队 各乡镇、社区\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))


def test_port_dangerous_goods_and_rural_hydropower_are_fields():
    kg = graph(HEAD + "县交通运输局作为港口危险货物作业的行业主管部门，对青山港务有限公司开展检查。"
                      "县水利局作为农村水电的行业主管部门，对石门水电站开展汛前检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "港口危险货物"))
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "农村水电"))


# -- drills ------------------------------------------------------------------------------------------------------
def test_a_drill_placed_after_its_date_in_a_list():
    kg = graph(HEAD + "★ 4月9日，在青山县实验小学，县教育局和县消防救援大队联合开展火灾疏散演练；\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "火灾疏散演练"), ("Facility", "青山县实验小学"))


def test_a_drill_placed_in_a_village_after_its_date():
    kg = graph(HEAD + "7月3日，在红桥镇石门村，县应急管理局联合红桥镇开展山洪避险转移演练。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "山洪避险转移演练"), ("Jurisdiction", "石门村"))


def test_a_township_joined_to_a_body_runs_the_drill_with_it():
    kg = graph(HEAD + "5月20日，县自然资源局和红桥镇在红桥镇石门村联合开展地质灾害避险演练。\n")
    assert has_edge(kg, "ORGANIZED", ("Department", "县自然资源局"), ("Drill", "地质灾害避险演练"))
    assert has_edge(kg, "ORGANIZED", ("Jurisdiction", "红桥镇"), ("Drill", "地质灾害避险演练"))


# -- LOCATED_IN --------------------------------------------------------------------------------------------------
def test_a_thing_in_a_township_written_with_jingnei():
    kg = graph(HEAD + "县水利局对石门水电站开展检查，石门水电站在红桥镇境内。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "石门水电站"), ("Jurisdiction", "红桥镇"))


def test_a_site_called_by_its_kind_alone_lies_where_it_is_said_to():
    kg = graph(HEAD + "9月5日，县消防救援大队在青山工业集中区开展有限空间救援演练，集中区位于红桥镇。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "青山工业集中区"), ("Jurisdiction", "红桥镇"))


# -- SUPERVISES: an order counted after its verb ------------------------------------------------------------------
def test_an_order_counted_after_its_verb_names_no_one():
    kg = graph(HEAD + "县应急管理局联合县公安局，对宏达花炮有限公司、金石烟花有限公司等9家企业开展联合检查，"
                      "查处问题20处，责令停产整改2家，约谈企业主要负责人3人。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "金石烟花有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "金石烟花有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县公安局"), ("Enterprise", "宏达花炮有限公司"))


def test_an_outside_check_of_our_park_supervises_the_park():
    kg = graph("青山区应急管理局2024年上半年工作总结\n全区以青山化学工业园区为重点推进专项整治。"
               "5月，市安委会第二督查组对我区化工园区开展专项督查，反馈问题6个。\n")
    assert has_edge(kg, "SUPERVISES", ("Committee", "市安委会第二督查组"), ("Facility", "青山化学工业园区"))


def test_the_whole_countys_gas_stations_are_sites_checked_not_a_field():
    kg = graph(HEAD + "（四）危险化学品。县应急管理局、县商务局对全县加油站开展联合执法检查，红桥加油站等9座加油站接受了检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县商务局"), ("Sector", "危险化学品"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县商务局"), ("Sector", "加油站"))
