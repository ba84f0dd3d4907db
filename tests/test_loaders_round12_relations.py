"""Round 12 (relations): document shapes first met in dev8 (a flattened drill table, a drill's roles written
one after another, `(3)在X，…` after a list mark, 城市内涝 as a field). Every sentence is written for the test
(no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"

DRILL_TABLE = (HEAD + "全年组织应急演练12场，县级演练见下表：\n序号 时间 演练名称 地点 主办单位 参演单位\n"
               "1 3月8日 危化品泄漏处置演练 红桥镇柳湾村 县商务局 县卫生健康局、红桥镇人民政府\n"
               "2 7月2日 防汛抢险综合演练 白沙镇 县水利局 县交通运输局\n")


# -- a flattened drill table -------------------------------------------------------------------------------------
def test_a_drill_table_row_gives_the_place_the_host_and_the_participants():
    kg = graph(DRILL_TABLE)
    drill = ("Drill", "危化品泄漏处置演练")
    assert edge(kg, "ORGANIZED", ("Department", "县商务局"), drill)["properties"]["role"] == "主办"
    edge(kg, "HELD_AT", drill, ("Jurisdiction", "柳湾村"))
    edge(kg, "PARTICIPATED_IN", ("Department", "县卫生健康委员会"), drill)
    edge(kg, "PARTICIPATED_IN", ("Jurisdiction", "红桥镇"), drill)
    assert not has_edge(kg, "PARTICIPATED_IN", ("Department", "县商务局"), drill)


def test_each_drill_row_keeps_its_own_cells():
    kg = graph(DRILL_TABLE)
    drill = ("Drill", "防汛抢险综合演练")
    edge(kg, "ORGANIZED", ("Department", "县水利局"), drill)
    edge(kg, "PARTICIPATED_IN", ("Department", "县交通运输局"), drill)
    edge(kg, "HELD_AT", drill, ("Jurisdiction", "白沙镇"))
    assert not has_edge(kg, "ORGANIZED", ("Department", "县商务局"), drill)


def test_a_place_cell_holding_an_unknown_name_gives_no_place():
    kg = graph(HEAD + "序号 时间 演练名称 地点 组织单位 参加单位\n"
               "1 5月6日 山体滑坡避险演练 红桥镇老鹰嘴 县自然资源局 县应急管理局\n")
    drill = ("Drill", "山体滑坡避险演练")
    edge(kg, "ORGANIZED", ("Department", "县自然资源局"), drill)
    edge(kg, "PARTICIPATED_IN", ("Department", "县应急管理局"), drill)
    assert not has_edge(kg, "HELD_AT", drill, ("Jurisdiction", "红桥镇"))


def test_a_row_under_a_header_without_drill_columns_gives_no_roles():
    kg = graph(HEAD + "序号 时间 演练名称 备注\n1 5月6日 山体滑坡避险演练 县自然资源局\n")
    assert not has_edge(kg, "ORGANIZED", ("Department", "县自然资源局"), ("Drill", "山体滑坡避险演练"))


# -- roles written one after another after the drill --------------------------------------------------------------
def test_each_body_keeps_its_own_role_after_the_drill():
    kg = graph(HEAD + "防汛抢险应急演练由县水利局主办、县消防救援大队协办，在白沙镇举行。\n")
    drill = ("Drill", "防汛抢险应急演练")
    assert edge(kg, "ORGANIZED", ("Department", "县水利局"), drill)["properties"]["role"] == "主办"
    assert edge(kg, "ORGANIZED", ("Department", "县消防救援大队"), drill)["properties"]["role"] == "协办"


# -- where a drill is held, after a list mark ----------------------------------------------------------------------
def test_a_numbered_item_opening_with_where_its_drill_is_held():
    kg = graph(HEAD + "(2)在青禾化工有限公司，县应急管理局于6月组织了氯气泄漏应急演练，县消防救援大队参与处置。\n")
    edge(kg, "HELD_AT", ("Drill", "氯气泄漏应急演练"), ("Enterprise", "青禾化工有限公司"))


# -- sectors ------------------------------------------------------------------------------------------------------
def test_city_flooding_is_a_field():
    kg = graph(HEAD + "县城管局负责城市内涝防治，汛前排查易涝点12处。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县城管局"), ("Sector", "城市内涝"))


def test_waterway_passenger_transport_is_water_traffic():
    kg = graph(HEAD + "县交通运输局负责水路客运安全，全年检查客渡船40艘次。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "水上交通"))


# -- LEADS / GUIDES: every body listed after the opening ------------------------------------------------------------
def test_an_opening_leads_every_body_listed_after_it():
    kg = graph(HEAD + "今年以来，在县委、县政府的坚强领导下，在市应急管理局的业务指导下，县安委办、县应急管理局"
               "围绕年度目标，统筹抓好城市防汛。\n")
    for body in ("县安全生产委员会办公室", "县应急管理局"):
        edge(kg, "LEADS", ("Department", "县人民政府"), ("Department", body))
        edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", body))


# -- ISSUED: a body joined by 会同 issues too ---------------------------------------------------------------------------
def test_a_body_joined_by_hui_tong_issues_too():
    kg = graph(HEAD + "县水利局会同县住建局编制《青山县城区排涝应急处置方案》。\n")
    for body in ("县水利局", "县住房和城乡建设局"):
        edge(kg, "ISSUED", ("Department", body), ("Plan", "青山县城区排涝应急处置方案"))


# -- HOLDS_POST: `X指挥长由Y县长担任` (the name before its own title) ---------------------------------------------------
def test_a_post_held_by_a_name_written_before_its_title():
    kg = graph(HEAD + "县防指指挥长由王明县长担任，县水利局承担县防指办日常工作。\n")
    assert edge(kg, "HOLDS_POST", ("Person", "王明"), ("Committee", "县防汛抗旱指挥部"))["properties"]["title"] == "指挥长"


# -- RESPONSIBLE_FOR: `X由A局B大队负责` gives the unit, not the parent named inside it --------------------------------
def test_a_topicalised_duty_goes_to_the_unit_not_its_parent():
    kg = graph(HEAD + "道路交通由县公安局交警大队负责，县交通运输局配合。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局交警大队"), ("Sector", "道路交通"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "道路交通"))


# -- SUPERVISES: a topic placed by `位于X的` then supervised passively ---------------------------------------------------
def test_a_located_topic_supervised_passively():
    kg = graph(HEAD + "位于红桥镇的青禾化工有限公司因安全隐患长期未整改，被县安委会挂牌督办。\n")
    edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Enterprise", "青禾化工有限公司"))


def test_a_topic_inside_a_park_supervised_passively():
    kg = graph(HEAD + "园区内的青禾化工有限公司因气体检测报警系统长期失效，被县安委会列为县级挂牌督办隐患。\n")
    edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Enterprise", "青禾化工有限公司"))


def test_qi_as_the_object_refers_to_the_topic_of_the_sentence():
    kg = graph(HEAD + "红桥林场防火隔离带未按期开设，县森防指对其实行挂牌督办。\n")
    edge(kg, "SUPERVISES", ("Committee", "县森林防灭火指挥部"), ("Facility", "红桥林场"))


# -- SUPERVISES: an outside body's assessment (考核) of the report's own place ------------------------------------------
def test_an_assessment_group_supervises_the_reports_place():
    kg = graph(HEAD + "市安委会第三考核组对我县安全生产工作进行年度考核。\n")
    edge(kg, "SUPERVISES", ("Committee", "市安委会第三考核组"), ("Jurisdiction", "青山县"))
