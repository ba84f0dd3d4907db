"""General forms of administrative prose, each on a sentence written for the test (no seed or sample text).

Each test names the form it checks; the rule behind it works by form, so the names here are invented.
"""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, names

HEAD = "临河区应急管理局2022年工作总结\n"


def test_portal_chrome_lines_do_not_join_the_first_sentence():
    kg = graph("临河区应急管理局2022年工作总结\n"
               "来源：临河区人民政府网站　　发布日期：2023-01-05　　浏览次数：　　【我要纠错】\n"
               "2022年，在区委、区政府的正确领导下，在市应急管理局的指导下，我局扎实推进各项工作。\n")
    edge(kg, "LEADS", ("Department", "区委"), ("Department", "区应急管理局"))
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "区应急管理局"))
    assert not has_edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "区政府"))


def test_unit_named_with_its_branch_bureau():
    kg = graph(HEAD + "区公安分局交巡警一大队开展夜查行动，查处酒驾*起。\n")
    assert "区公安分局" in names(kg, "Department")
    assert "区公安局" not in names(kg, "Department")
    edge(kg, "PART_OF", ("Department", "区公安分局交巡警一大队"), ("Department", "区公安分局"))


def test_person_name_followed_by_a_predicate_word():
    kg = graph(HEAD + "区长周海峰多次带队检查，副区长罗建业现场调度，由常务副区长任组长。\n")
    people = names(kg, "Person")
    assert {"周海峰", "罗建业"} <= people
    assert not any(p.startswith("任") for p in people)  # 任组长 is a post, not a name
    edge(kg, "HOLDS_POST", ("Person", "周海峰"), ("Department", "区人民政府"))


def test_objects_between_dui_and_the_check():
    kg = graph(HEAD + "区应急管理局会同区消防救援大队对东坡工业园内长丰纸业有限公司、"
                      "富民化工有限公司开展了夜间突击检查，当场责令停产整改。\n")
    for body in ("区应急管理局", "区消防救援大队"):
        for firm in ("长丰纸业有限公司", "富民化工有限公司"):
            edge(kg, "INSPECTED", ("Department", body), ("Enterprise", firm))
        edge(kg, "SUPERVISES", ("Department", body), ("Enterprise", "长丰纸业有限公司"))
    assert "长丰纸业有限公司" in names(kg, "Enterprise")  # not 内长丰纸业有限公司
    assert not has_edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Facility", "东坡工业园"))


def test_a_companys_own_facility_is_named_with_the_company():
    kg = graph(HEAD + "区应急管理局组织对金石矿业有限公司尾矿库和桃源镇石桥水库开展汛前排查。\n")
    assert "金石矿业有限公司尾矿库" in names(kg, "Facility")
    edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Facility", "金石矿业有限公司尾矿库"))
    edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Reservoir", "石桥水库"))
    assert not has_edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Enterprise", "金石矿业有限公司"))


def test_roles_told_after_the_drill():
    kg = graph(HEAD + "9月3日，在桃源镇石桥水库开展山洪转移应急演练，演练由区防指主办，"
                      "区消防救援大队、桃源镇参加，副区长罗建业现场指挥。\n")
    drill = ("Drill", "山洪转移应急演练")
    e = edge(kg, "ORGANIZED", ("Committee", "区防汛抗旱指挥部"), drill)
    assert e["properties"]["role"] == "主办"
    assert edge(kg, "ORGANIZED", ("Person", "罗建业"), drill)["properties"]["role"] == "指挥"
    edge(kg, "PARTICIPATED_IN", ("Department", "区消防救援大队"), drill)
    edge(kg, "PARTICIPATED_IN", ("Jurisdiction", "桃源镇"), drill)
    # the organiser is told, so the reporting bureau is not inferred, and it did not take part
    assert not has_edge(kg, "ORGANIZED", ("Department", "区应急管理局"), drill)
    assert not has_edge(kg, "PARTICIPATED_IN", ("Committee", "区防汛抗旱指挥部"), drill)


def test_supervisory_papers_sent_to_places():
    kg = graph(HEAD + "区安委办对区水利局开展专项督查，并向桃源镇、柳溪乡发出整改通知书*份。\n"
                      "区安委会与桃源镇、柳溪街道等8个镇（街道）签订了年度安全生产责任书。\n")
    for place in ("桃源镇", "柳溪乡"):
        edge(kg, "SUPERVISES", ("Department", "区安委办"), ("Jurisdiction", place))
    assert not has_edge(kg, "SUPERVISES", ("Department", "区水利局"), ("Jurisdiction", "桃源镇"))
    edge(kg, "SUPERVISES", ("Committee", "区安委会"), ("Jurisdiction", "柳溪街道"))


def test_urging_a_named_firm_is_supervision():
    kg = graph(HEAD + "区住建局督促富民燃气有限公司更换老旧管线。\n")
    edge(kg, "SUPERVISES", ("Department", "区住建局"), ("Enterprise", "富民燃气有限公司"))


def test_bracketed_seat_of_an_office_does_not_act():
    kg = graph(HEAD + "区安委办（设在区应急管理局）对区交通运输局开展了专项督查。\n")
    edge(kg, "SUPERVISES", ("Department", "区安委办"), ("Department", "区交通运输局"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "区应急管理局"), ("Department", "区交通运输局"))


def test_bodies_made_members_of_a_committee():
    kg = graph(HEAD + "今年将区商务局、区文旅局调整为区减灾委成员单位。\n")
    for body in ("区商务局", "区文旅局"):
        edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "区减灾委"))


def test_firm_located_by_weiyu():
    kg = graph(HEAD + "区应急管理局对位于柳溪街道的华光烟花有限公司进行了抽查。\n")
    edge(kg, "LOCATED_IN", ("Enterprise", "华光烟花有限公司"), ("Jurisdiction", "柳溪街道"))
    edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Enterprise", "华光烟花有限公司"))


def test_government_issues_a_plan():
    kg = graph(HEAD + "区政府印发了《临河区地震应急预案》。\n")
    edge(kg, "ISSUED", ("Department", "区政府"), ("Plan", "临河区地震应急预案"))
    assert not has_edge(kg, "ISSUED", ("Department", "区应急管理局"), ("Plan", "临河区地震应急预案"))


def test_office_names_its_committee():
    kg = graph(HEAD + "区减灾委办公室会同区财政局下拨救灾资金*万元。\n")
    assert "区减灾委" in names(kg, "Committee")
    edge(kg, "PART_OF", ("Department", "区减灾委办公室"), ("Committee", "区减灾委"))


def test_every_scope_is_a_jurisdiction_of_the_fragment():
    # a city body in a report that names no city; a masked district; a township
    for text in (HEAD + "在市应急管理局的指导下，桃源镇完成预案修订。省应急管理厅来我区督导。\n",
                 "*区应急管理局2022年工作总结\n市应急管理局、省应急管理厅先后来*区检查。\n"):
        kg = graph(text)
        for nid, d in kg.nodes():
            scope = d["jurisdiction"]
            if scope is not None:
                assert scope in kg, f"{d['name']} scoped to a node missing from the fragment"
                assert kg.g.nodes[scope]["label"] == "Jurisdiction", d["name"]


def test_visit_names_the_places_then_the_check():
    kg = graph(HEAD + "副区长罗建业先后到桃源镇石桥水库、长丰纸业有限公司检查安全生产工作。\n")
    edge(kg, "INSPECTED", ("Person", "罗建业"), ("Reservoir", "石桥水库"))
    edge(kg, "INSPECTED", ("Person", "罗建业"), ("Enterprise", "长丰纸业有限公司"))


def test_interview_with_le_and_a_listed_membership():
    kg = graph(HEAD + "区应急管理局约谈了富民化工有限公司主要负责人。\n"
                      "区森防指成员单位包括区林业局、区公安分局、区气象局等。\n")
    edge(kg, "SUPERVISES", ("Department", "区应急管理局"), ("Enterprise", "富民化工有限公司"))
    for body in ("区林业局", "区公安分局", "区气象局"):
        edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "区森林防灭火指挥部"))


def test_a_bureaus_own_unit():
    kg = graph(HEAD + "区应急管理局执法大队对辖区*家企业开展执法检查，区住建局牵头中心城区燃气整治。\n")
    edge(kg, "PART_OF", ("Department", "区应急管理局执法大队"), ("Department", "区应急管理局"))
    assert not any(n.startswith("区住建局牵头") for n in names(kg, "Department"))


def test_more_facility_and_team_forms():
    kg = graph(HEAD + "在柳溪乡白滩码头开展水上搜救演练，区消防救援大队组建了东山扑火队。\n")
    assert "白滩码头" in names(kg, "Facility")
    assert "东山扑火队" in names(kg, "RescueTeam")
    edge(kg, "HELD_AT", ("Drill", "水上搜救演练"), ("Facility", "白滩码头"))


def test_drill_name_starts_after_the_last_verb_and_cues_inside_names_are_not_verbs():
    kg = graph(HEAD + "区森林防灭火指挥部组织区专业扑火队在北岭林场举行森林火灾扑救演练。\n")
    drill = ("Drill", "森林火灾扑救演练")
    e = edge(kg, "ORGANIZED", ("Committee", "区森林防灭火指挥部"), drill)
    assert e["properties"]["role"] == "组织"
    edge(kg, "HELD_AT", drill, ("Facility", "北岭林场"))
    assert not has_edge(kg, "ORGANIZED", ("RescueTeam", "区专业扑火队"), drill)


def test_a_name_may_start_with_a_function_char():
    kg = graph(HEAD + "副区长罗建业实地察看了柳溪乡向阳水库，6月在向阳水库举办防汛抢险演练。\n")
    edge(kg, "LOCATED_IN", ("Reservoir", "向阳水库"), ("Jurisdiction", "柳溪乡"))
    edge(kg, "HELD_AT", ("Drill", "防汛抢险演练"), ("Reservoir", "向阳水库"))


def test_township_team_named_with_its_place():
    kg = graph(HEAD + "桃源镇应急救援队开展培训*次。\n")
    assert any(n.endswith("桃源镇应急救援队") for n in names(kg, "RescueTeam"))


def test_check_then_order_to_another_object():
    kg = graph(HEAD + "区市监局对辖区液化气站开展联合检查，对富民燃气有限公司下达整改指令书。\n")
    edge(kg, "SUPERVISES", ("Department", "区市监局"), ("Enterprise", "富民燃气有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "区市监局"), ("Enterprise", "富民燃气有限公司"))


def test_posts_in_a_committee_named_before_and_in_a_title_list():
    kg = graph(HEAD + "调整区防汛抗旱指挥部，由副区长郑建华任指挥长。\n"
                      "区森防指指挥长、副区长郑建华到北岭林场检查森林防火工作。\n")
    e = edge(kg, "HOLDS_POST", ("Person", "郑建华"), ("Committee", "区防汛抗旱指挥部"))
    assert e["properties"]["title"] == "指挥长"
    edge(kg, "HOLDS_POST", ("Person", "郑建华"), ("Committee", "区森林防灭火指挥部"))
    edge(kg, "HOLDS_POST", ("Person", "郑建华"), ("Department", "区人民政府"))


def test_members_added_after_the_committee_and_place_prefixes_do_not_take_part():
    kg = graph(HEAD + "区减灾委成员单位增加区民政局、区自然资源局。\n"
                      "8月，在桃源镇开展地震应急疏散演练，区教育局、桃源镇中心小学参与演练。\n")
    for body in ("区民政局", "区自然资源局"):
        edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "区减灾委"))
    edge(kg, "PARTICIPATED_IN", ("Department", "区教育局"), ("Drill", "地震应急疏散演练"))
    assert not has_edge(kg, "PARTICIPATED_IN", ("Jurisdiction", "桃源镇"), ("Drill", "地震应急疏散演练"))


def test_a_firm_name_may_say_its_trade_with_a_verb():
    kg = graph(HEAD + "4月，区应急管理局对江顺船舶修造有限公司开展执法检查，责令其限期整改。\n"
                      "督促新设立*恒远材料有限公司完善手续。\n")
    edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Enterprise", "江顺船舶修造有限公司"))
    edge(kg, "SUPERVISES", ("Department", "区应急管理局"), ("Enterprise", "江顺船舶修造有限公司"))
    assert "*恒远材料有限公司" in names(kg, "Enterprise")  # the clause verb before a mask stays out


def test_a_plan_title_without_brackets_after_a_following_verb():
    kg = graph(HEAD + "对照柳州市2022年安全生产工作要点，逐项抓好落实。\n")
    assert "柳州市2022年安全生产工作要点" in names(kg, "Plan")


def test_numbered_item_titled_by_a_sector_and_clause_owned_sectors():
    kg = graph(HEAD + "一、行业领域监管\n"
                      "（二）道路交通安全。区交通运输局、区公安分局交巡警一大队联合开展货车超载治理。\n"
                      "区水利局负责水库安全度汛，区自然资源局负责地质灾害防治。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "区交通运输局"), ("Sector", "道路交通"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "区自然资源局"), ("Sector", "地质灾害"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "区水利局"), ("Sector", "地质灾害"))


def test_firms_named_by_their_works():
    kg = graph(HEAD + "区应急管理局对青岗采石场、东兴水泥厂开展了专项检查，全区非煤矿山安全形势平稳。\n")
    assert {"青岗采石场", "东兴水泥厂"} <= names(kg, "Enterprise")
    assert not any("煤矿" in n for n in names(kg, "Enterprise"))
    edge(kg, "INSPECTED", ("Department", "区应急管理局"), ("Enterprise", "东兴水泥厂"))


def test_party_group_title_before_the_post():
    kg = graph(HEAD + "区应急管理局党组书记、局长张海涛带队检查了宏达化工有限公司。\n")
    edge(kg, "HOLDS_POST", ("Person", "张海涛"), ("Department", "区应急管理局"))
    assert not has_edge(kg, "HOLDS_POST", ("Person", "张海涛"), ("Department", "区党委"))
