"""Round 4: more rules by form, each tested on sentences written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, names, node

HEAD = "青山县2023年应急管理工作总结\n"


def test_a_drill_whose_name_names_a_hazard_covers_that_sector():
    kg = graph(HEAD + "6月5日，县防指在红岩水库组织开展防汛抢险应急演练。"
               "10月，县林业局组织森林火灾扑救实战演练。\n")
    edge(kg, "COVERS", ("Drill", "防汛抢险应急演练"), ("Sector", "防汛抗旱"))
    edge(kg, "COVERS", ("Drill", "森林火灾扑救实战演练"), ("Sector", "森林防灭火"))


def test_a_work_plan_still_covers_nothing():
    kg = graph(HEAD + "县应急管理局印发《青山县防汛抗旱工作要点》。\n")
    assert not [e for e in kg.to_data()["edges"] if e["type"] == "COVERS"]


def test_a_firm_registered_with_its_county_keeps_the_county_in_its_name():
    kg = graph(HEAD + "县应急管理局对青山县长风化工有限公司、金鹰物流有限公司进行了抽查。\n")
    assert {"青山县长风化工有限公司", "金鹰物流有限公司"} <= names(kg, "Enterprise")
    assert "长风化工有限公司" not in names(kg, "Enterprise")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "青山县长风化工有限公司"))


def test_a_two_character_name_before_a_post_verb_and_a_title():
    kg = graph(HEAD + "县减灾委调整了组成人员，由副县长王明任主任，县应急管理局局长刘洋为副主任。\n")
    persons = names(kg, "Person")
    assert {"王明", "刘洋"} <= persons
    assert not persons & {"王明任", "刘洋为"}
    # a three-character name is kept when no title follows the 任
    kg = graph(HEAD + "副县长赵立平任务繁重时仍坚持一线指挥。\n")
    assert "赵立平" in names(kg, "Person")


def test_orders_to_stop_work_are_supervision_not_inspection():
    kg = graph(HEAD + "县住建局开展建筑施工专项检查，对宏远建工有限公司承建的东环路项目实施停工整改。"
               "县应急管理局、县自然资源局对金石采石有限公司下达停产整改指令。\n")
    edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Enterprise", "宏远建工有限公司"))
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "金石采石有限公司"))
    edge(kg, "SUPERVISES", ("Department", "县自然资源局"), ("Enterprise", "金石采石有限公司"))


def test_a_pledge_signed_with_a_list_ending_in_a_count():
    kg = graph(HEAD + "县安委会与白石镇、红岩镇、东城街道等9个乡镇(街道)签订年度安全生产责任状。\n")
    for place in ("白石镇", "红岩镇", "东城街道"):
        edge(kg, "SUPERVISES", ("Committee", "县安委会"), ("Jurisdiction", place))


def test_a_clause_after_a_semicolon_goes_on_with_the_bodies_before():
    kg = graph(HEAD + "县应急管理局会同县公安局对烟花爆竹零售网点开展检查;"
               "对金鹰物流有限公司等3家企业开展专项检查，下达整改指令书2份。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "金鹰物流有限公司"))
    edge(kg, "INSPECTED", ("Department", "县公安局"), ("Enterprise", "金鹰物流有限公司"))
    # a new paragraph does not carry the bodies on
    kg = graph(HEAD + "县应急管理局开展检查;\n对金鹰物流有限公司开展专项检查。\n")
    assert not kg.g.has_edge(node(kg, "Department", "县应急管理局"), node(kg, "Enterprise", "金鹰物流有限公司"),
                             key="INSPECTED")


def test_a_check_on_townships_supervises_them_but_not_a_spot_inside_one():
    kg = graph(HEAD + "县安委办组织联合检查组对白石镇、东城街道的商场和宾馆开展夜查。\n")
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "白石镇"))
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "东城街道"))
    kg = graph(HEAD + "县应急管理局对白石镇北山矿区开展执法检查。\n")
    sup = [e for e in kg.to_data()["edges"] if e["type"] == "SUPERVISES"]
    assert not sup


def test_a_team_written_straight_after_its_parent_body():
    kg = graph(HEAD + "7月，县防指在红岩水库组织开展防汛抢险应急演练，县应急管理局、县人武部民兵应急连参加。\n")
    assert "县人武部民兵应急连" in names(kg, "RescueTeam")
    edge(kg, "PART_OF", ("RescueTeam", "县人武部民兵应急连"), ("Department", "县人武部"))
    edge(kg, "PARTICIPATED_IN", ("RescueTeam", "县人武部民兵应急连"), ("Drill", "防汛抢险应急演练"))
