"""Round 13 (relations): forms first met in dev9/dev10 (a government signing papers with townships, a check of
townships' problems, a committee supervising passively, the people named by their bodies in a 问责, a person-led
visit's order, the subject of a 督促 in a comma chain). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


# -- SUPERVISES -------------------------------------------------------------------------------------------------
def test_a_government_signing_papers_with_townships_supervises_them():
    kg = graph(HEAD + "县政府与红桥镇、白沙乡、柳湾镇等12个乡镇签订年度安全生产目标责任书。\n")
    for town in ("红桥镇", "白沙乡", "柳湾镇"):
        assert has_edge(kg, "SUPERVISES", ("Jurisdiction", "县人民政府"), ("Jurisdiction", town)) or \
            has_edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", town)), town
        assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", town))


def test_a_counted_kind_signed_with_names_no_body():
    kg = graph(HEAD + "县政府与4个乡镇、2个园区管委会签订责任书。\n")
    assert not any(k == "SUPERVISES" for _, _, k in kg.g.edges(keys=True))


def test_townships_checked_for_their_problems_are_supervised():
    kg = graph(HEAD + "县安委会第一督查组对红桥街道、白沙街道高层住宅消防通道堵塞问题进行暗访。\n")
    for town in ("红桥街道", "白沙街道"):
        assert has_edge(kg, "SUPERVISES", ("Committee", "县安委会第一督查组"), ("Jurisdiction", town)), town


def test_the_bodies_people_are_named_by_are_not_held_to_account():
    kg = graph(HEAD + "对红桥镇副镇长王某、县应急管理局危化股股长罗*在危化品监管中履职不力问题予以问责。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Department", "县应急管理局危化股"))


def test_a_person_led_visit_orders_nothing_for_the_reporting_body():
    kg = graph(HEAD + "6月，副县长谭*带队检查了红桥镇花溪泵站，督促红桥镇落实汛期值守。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "红桥镇"))


def test_an_urging_clause_goes_with_the_nearest_subject():
    kg = graph(HEAD + "县政府与12个乡镇签订责任书，县安委办对东门镇开展巡查，督促西门镇落实巡查制度。\n")
    office = ("Department", "县安全生产委员会办公室")
    assert has_edge(kg, "SUPERVISES", office, ("Jurisdiction", "西门镇"))
    assert not has_edge(kg, "SUPERVISES", ("Jurisdiction", "县人民政府"), ("Jurisdiction", "西门镇"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", "西门镇"))
    kg = graph(HEAD + "县交通运输局对客运企业开展检查，县安委办对东门镇开展巡查，督促西门镇落实巡查制度。\n")
    assert has_edge(kg, "SUPERVISES", office, ("Jurisdiction", "西门镇"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县交通运输局"), ("Jurisdiction", "西门镇"))


# -- RESPONSIBLE_FOR --------------------------------------------------------------------------------------------
def test_a_committee_supervising_passively_takes_no_sector():
    kg = graph(HEAD + "县应急管理局对危险化学品企业开展检查，青石化工有限公司因违规被责令停产整改，并由县安委会挂牌督办。\n"
               "位于红桥镇的青石矿业有限公司排土场边坡隐患被县安委会挂牌督办，矿山安全隐患已整改。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "危险化学品"))
    for sector in ("危险化学品", "矿山"):
        assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县安全生产委员会"), ("Sector", sector)), sector


def test_a_department_checking_passively_keeps_its_sector():
    kg = graph(HEAD + "白沙镇的顺达化工有限公司接受了县应急管理局的危险化学品专项检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "危险化学品"))


def test_a_forest_and_grassland_fire_team_answers_for_fire_fighting():
    kg = graph(HEAD + "县森林草原消防专业队全年出动12次，扑灭草原火情2起。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("RescueTeam", "县森林草原消防专业队"), ("Sector", "森林防灭火"))


# -- drills -----------------------------------------------------------------------------------------------------
def test_bodies_guiding_a_sites_own_drill_run_it():
    kg = graph(HEAD + "（3）6月12日，金桥购物中心在县商务局、县消防救援大队指导下开展人员疏散演练。\n")
    drill = ("Drill", "人员疏散演练")
    for body in ("县商务局", "县消防救援大队"):
        assert has_edge(kg, "ORGANIZED", ("Department", body), drill), body
        assert not has_edge(kg, "GUIDES", ("Department", body), ("Department", "县应急管理局")), body
    assert not has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), drill)


# -- HOLDS_POST -------------------------------------------------------------------------------------------------
def test_an_office_head_taking_the_office_post_with_ren():
    kg = graph(HEAD + "县安委会办公室设在县应急管理局，局长韩立新任办公室主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "韩立新"), ("Department", "县安全生产委员会办公室"))


def test_a_bare_deputy_post_after_an_office_is_the_offices():
    kg = graph(HEAD + "县防指办设在县应急管理局，局长胡晓峰兼任办公室主任，县水利局副局长许*兼任副主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "许*"), ("Department", "县防汛抗旱指挥部办公室"))
    assert has_edge(kg, "HOLDS_POST", ("Person", "许*"), ("Department", "县水利局"))


def test_a_person_after_two_titles_in_a_list_shares_the_post():
    kg = graph(HEAD + "县防汛抗旱指挥部由县长梅东任指挥长，常务副县长方红、副县长汪*和县委常委、县人武部部长程群任副指挥长。\n")
    for person in ("方红", "汪*", "程群"):
        assert has_edge(kg, "HOLDS_POST", ("Person", person), ("Committee", "县防汛抗旱指挥部")), person


def test_names_written_before_their_titles_in_a_list_share_the_post():
    kg = graph(HEAD + "县安委会由县长李明担任主任，欧阳静常务副县长、谭*副县长担任副主任。\n")
    for person in ("欧阳静", "谭*"):
        assert has_edge(kg, "HOLDS_POST", ("Person", person), ("Committee", "县安全生产委员会")), person


def test_a_name_listed_after_a_titled_one_shares_the_title():
    kg = graph(HEAD + "县安委会由县长王强任主任，副县长张立(回族)、李*任副主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "李*"), ("Department", "县人民政府"))
    assert has_edge(kg, "HOLDS_POST", ("Person", "李*"), ("Committee", "县安全生产委员会"))


def test_farm_machinery_is_a_field():
    kg = graph(HEAD + "县农业农村局对全县拖拉机开展农机安全检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县农业农村局"), ("Sector", "农业机械"))


def test_the_place_a_firm_lies_in_is_not_supervised_passively():
    for text in ("位于红桥镇的青石矿业有限公司排土场边坡隐患被县安委会挂牌督办。\n",
                 "红桥镇的青石矿业有限公司被县应急管理局约谈。\n"):
        kg = graph(HEAD + text)
        assert not any(k == "SUPERVISES" and kg.g.nodes[b]["name"] == "红桥镇" for _, b, k in kg.g.edges(keys=True))
        assert any(k == "SUPERVISES" and kg.g.nodes[b]["name"] == "青石矿业有限公司"
                   for _, b, k in kg.g.edges(keys=True))


# -- LEADS ------------------------------------------------------------------------------------------------------
def test_a_body_leading_a_committee_named_right_before():
    kg = graph(HEAD + "县安委会下设9个专业安全委员会，其中工业专委会由县工信局牵头，交通专委会由县交通运输局牵头。\n")
    assert has_edge(kg, "LEADS", ("Department", "县工业和信息化局"), ("Committee", "工业专委会"))
    assert has_edge(kg, "LEADS", ("Department", "县交通运输局"), ("Committee", "交通专委会"))
    assert not has_edge(kg, "LEADS", ("Department", "县工业和信息化局"), ("Committee", "交通专委会"))
