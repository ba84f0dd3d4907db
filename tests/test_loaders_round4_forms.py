"""Round 4: more rules by form, each tested on sentences written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, names, node

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
    kg = graph(HEAD + "县安委办组织联合检查组对白石镇、东城街道开展夜查。\n")
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "白石镇"))
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "东城街道"))
    # round 6: townships written before what is checked (`…的商场和宾馆`) only say where it is
    kg = graph(HEAD + "县安委办组织联合检查组对白石镇、东城街道的商场和宾馆开展夜查。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "白石镇"))
    kg = graph(HEAD + "县应急管理局对白石镇北山矿区开展执法检查。\n")
    sup = [e for e in kg.to_data()["edges"] if e["type"] == "SUPERVISES"]
    assert not sup


def test_a_team_written_straight_after_its_parent_body():
    kg = graph(HEAD + "7月，县防指在红岩水库组织开展防汛抢险应急演练，县应急管理局、县人武部民兵应急连参加。\n")
    assert "县人武部民兵应急连" in names(kg, "RescueTeam")
    edge(kg, "PART_OF", ("RescueTeam", "县人武部民兵应急连"), ("Department", "县人武部"))
    edge(kg, "PARTICIPATED_IN", ("RescueTeam", "县人武部民兵应急连"), ("Drill", "防汛抢险应急演练"))


def test_an_added_post_in_the_office_or_committee_named_with_it():
    kg = graph(HEAD + "县安委会的日常工作由县安委会办公室承担，县应急管理局局长刘洋兼任该办公室主任。\n")
    e = edge(kg, "HOLDS_POST", ("Person", "刘洋"), ("Department", "县安委办"))
    assert e["properties"]["title"] == "主任"
    kg = graph(HEAD + "县长李强任县安委会主任，副县长张伟任常务副主任并兼任县防指指挥长。\n")
    assert edge(kg, "HOLDS_POST", ("Person", "张伟"), ("Committee", "县安委会"))["properties"]["title"] == "常务副主任"
    assert edge(kg, "HOLDS_POST", ("Person", "张伟"), ("Committee", "县防指"))["properties"]["title"] == "指挥长"


def _typed(kg, type_):
    d = kg.to_data()
    name = {n["id"]: n["name"] for n in d["nodes"]}
    return {(name[e["source"]], name[e["target"]]) for e in d["edges"] if e["type"] == type_}


def test_a_lead_body_and_its_helpers_all_act():
    kg = graph(HEAD + "由县林业局牵头，县应急管理局、县公安局配合，对红岩林场开展森林防火检查。\n")
    for body in ("县林业局", "县应急管理局", "县公安局"):
        edge(kg, "INSPECTED", ("Department", body), ("Facility", "红岩林场"))
        edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "森林防灭火"))


def test_bodies_checking_together_each_inspect():
    kg = graph(HEAD + "县应急管理局、县住建局等部门联合对金鹰物流有限公司开展消防安全检查。\n")
    for body in ("县应急管理局", "县住建局"):
        edge(kg, "INSPECTED", ("Department", body), ("Enterprise", "金鹰物流有限公司"))


def test_a_check_on_listed_bodies_supervises_them_but_not_a_body_named_in_a_longer_object():
    kg = graph(HEAD + "县防指对县水利局、县气象局等成员单位进行督导检查。\n")
    assert {("县防汛抗旱指挥部", "县水利局"), ("县防汛抗旱指挥部", "县气象局")} <= _typed(kg, "SUPERVISES")
    kg = graph(HEAD + "县应急管理局对县交通运输局所属的3个客运站开展安全检查。\n")
    assert not _typed(kg, "SUPERVISES")


def test_urging_a_township_to_act_supervises_it():
    kg = graph(HEAD + "县应急管理局督促东城街道落实防汛责任。\n")
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "东城街道"))


def test_a_body_guiding_another_to_act_guides_it():
    kg = graph(HEAD + "县应急管理局指导县教育局、县卫健局开展应急疏散演练。\n")
    assert {("县应急管理局", "县教育局"), ("县应急管理局", "县卫生健康委员会")} <= _typed(kg, "GUIDES")
    kg = graph(HEAD + "县应急管理局指导全县各类企业开展自查，县教育局也开展了检查。\n")
    assert not _typed(kg, "GUIDES")


def test_a_numbered_item_titled_by_a_sectors_prevention_is_a_heading():
    kg = graph(HEAD + "(三)地质灾害防治。县自然资源局对全县12处隐患点开展汛前排查。\n")
    assert ("县自然资源局", "地质灾害") in _typed(kg, "RESPONSIBLE_FOR")
    # a numbered item with no such word is not a sector heading
    kg = graph(HEAD + "(三)防汛抗旱。\n7月，县防指在红岩水库组织开展防汛抢险应急演练，县人武部参加。\n")
    assert ("县人民武装部", "防汛抗旱") not in _typed(kg, "RESPONSIBLE_FOR")


def test_accepting_guidance_is_said_of_the_sentences_subject():
    kg = graph(HEAD + "县应急管理局坚决贯彻县委、县政府决策部署，主动接受云州市应急管理局的业务指导。\n")
    assert _typed(kg, "GUIDES") == {("市应急管理局", "县应急管理局")}
    kg = graph(HEAD + "县政府在市委、市政府的领导下，自觉接受市安委会、市减灾委的督促指导。\n")
    assert {("市安全生产委员会", "县人民政府"), ("市减灾委员会", "县人民政府")} <= _typed(kg, "GUIDES")
