"""Round 9 (relations): forms met in a new set of reports (member lists after `调整为`, posts in the clause after
the person, a bureau's own titles, a government acting, a place named instead of `我县`, objects named with where
they lie, a park named by its kind alone, portal breadcrumbs before the title). Every sentence is written for the
test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, names

HEAD = "青山县应急管理局2023年工作总结\n"
BUREAU = ("Department", "县应急管理局")
SAFETY = ("Committee", "县安全生产委员会")


# -- the reporting body ----------------------------------------------------------------------------------------
def test_a_breadcrumb_line_before_the_title_is_page_chrome():
    kg = graph("青山县人民政府网 >> 部门信息公开 >> 县应急管理局 >> 工作总结\n"
               "青山县应急管理局2023年工作总结和2024年工作计划\n"
               "2023年，我局在县委、县政府的正确领导下，扎实推进各项工作。\n"
               "我局对红星化工有限公司开展执法检查。\n")
    edge(kg, "LEADS", ("Department", "县人民政府"), BUREAU)
    edge(kg, "INSPECTED", BUREAU, ("Enterprise", "红星化工有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县人民政府"), ("Enterprise", "红星化工有限公司"))


def test_a_site_footer_names_no_body():
    kg = graph(HEAD + "县应急管理局开展专项检查。\n主办单位：青山县人民政府办公室  技术支持：*网络科技有限公司\n")
    assert "县人民政府办公室" not in names(kg, "Department")
    assert not names(kg, "Enterprise")


def test_wo_ju_is_the_reporting_bureau_as_subject_and_agent():
    kg = graph(HEAD + "我局修订了《青山县地震应急预案》。县市场监管局、我局联合抽查了白石镇金桥加油站。"
               "龙潭景区和石林景区接受了市文化旅游局和我局的联合检查。\n")
    edge(kg, "ISSUED", BUREAU, ("Plan", "青山县地震应急预案"))
    edge(kg, "INSPECTED", BUREAU, ("Enterprise", "金桥加油站"))
    edge(kg, "INSPECTED", BUREAU, ("Facility", "龙潭景区"))
    edge(kg, "INSPECTED", ("Department", "市文化旅游局"), ("Facility", "石林景区"))


# -- MEMBER_OF -------------------------------------------------------------------------------------------------
def test_members_listed_after_a_verb_of_adjusting():
    kg = graph(HEAD + "县安委会成员单位调整为县发改局、县公安局、县交通运输局、县消防救援大队等28个部门和单位。\n")
    for body in ("县发展和改革局", "县公安局", "县交通运输局", "县消防救援大队"):
        edge(kg, "MEMBER_OF", ("Department", body), SAFETY)


def test_members_listed_after_other_verbs_of_change():
    kg = graph(HEAD + "县减灾委成员单位增至县水利局、县气象局等20个。\n")
    edge(kg, "MEMBER_OF", ("Department", "县气象局"), ("Committee", "县减灾委员会"))


# -- HOLDS_POST ------------------------------------------------------------------------------------------------
def test_posts_in_the_clause_after_the_person():
    kg = graph(HEAD + "县委常委、副县长张明（苗族）分管应急管理工作，任县减灾委主任、县防汛抗旱指挥部指挥长。\n")
    edge(kg, "HOLDS_POST", ("Person", "张明"), ("Committee", "县减灾委员会"))
    edge(kg, "HOLDS_POST", ("Person", "张明"), ("Committee", "县防汛抗旱指挥部"))


def test_no_post_in_the_next_clause_when_another_person_is_named_between():
    kg = graph(HEAD + "副县长张明分管应急管理工作，王刚任县减灾委主任。\n")
    assert not has_edge(kg, "HOLDS_POST", ("Person", "张明"), ("Committee", "县减灾委员会"))
    edge(kg, "HOLDS_POST", ("Person", "王刚"), ("Committee", "县减灾委员会"))


def test_a_post_held_by_a_person_named_with_their_own_body():
    kg = graph(HEAD + "县防指副指挥长由县水务局局长李强担任。\n")
    edge(kg, "HOLDS_POST", ("Person", "李强"), ("Committee", "县防汛抗旱指挥部"))
    edge(kg, "HOLDS_POST", ("Person", "李强"), ("Department", "县水利局"))


def test_a_short_name_in_brackets_between_body_and_title():
    kg = graph(HEAD + "副县长刘军兼任县防汛防旱防风指挥部（县三防指挥部）总指挥。\n")
    edge(kg, "HOLDS_POST", ("Person", "刘军"), ("Committee", "县防汛防旱防风指挥部"))


def test_a_bureaus_titles_with_no_body_are_its_own_in_its_own_report():
    kg = graph(HEAD + "局领导班子成员：局长王刚，副局长赵*、陈某。\n")
    for person in ("王刚", "赵*", "陈某"):
        edge(kg, "HOLDS_POST", ("Person", person), BUREAU)


def test_a_bare_bureau_title_in_a_governments_report_is_nobodys():
    kg = graph("青山县人民政府2023年工作总结\n局领导班子成员：局长王刚，副局长赵*。\n")
    assert not has_edge(kg, "HOLDS_POST", ("Person", "王刚"), BUREAU)


# -- SUPERVISES ------------------------------------------------------------------------------------------------
def test_a_government_opening_a_check_of_townships_acts():
    kg = graph(HEAD + "县政府对白石镇、东湖街道开展安全生产巡查。\n")
    edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", "白石镇"))
    edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", "东湖街道"))


def test_a_government_under_whose_leadership_others_act_does_not():
    kg = graph(HEAD + "在县委、县政府的领导下，县安委办对白石镇开展安全生产巡查。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", "白石镇"))
    edge(kg, "SUPERVISES", ("Department", "县安全生产委员会办公室"), ("Jurisdiction", "白石镇"))


def test_a_superior_checks_the_reports_place_named_by_its_name():
    kg = graph(HEAD + "市交通运输局对青山县港航安全工作进行督导。\n")
    edge(kg, "SUPERVISES", ("Department", "市交通运输局"), ("Jurisdiction", "青山县"))


def test_townships_checked_through_their_management():
    kg = graph(HEAD + "县安委办对白石镇、东湖乡渔船安全管理开展暗访。\n")
    edge(kg, "SUPERVISES", ("Department", "县安全生产委员会办公室"), ("Jurisdiction", "东湖乡"))


def test_heads_led_to_a_site_are_no_duty_over_it():
    kg = graph(HEAD + "6月，县委书记王文海率县水务局、县应急管理局负责人深入青湾避风港、东围海塘督导防风准备工作。\n")
    edge(kg, "INSPECTED", ("Person", "王文海"), ("Facility", "东围海塘"))
    assert not has_edge(kg, "SUPERVISES", BUREAU, ("Facility", "东围海塘"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县水利局"), ("Facility", "青湾避风港"))


# -- INSPECTED / LOCATED_IN ------------------------------------------------------------------------------------
def test_objects_named_with_where_they_lie_before_the_check():
    kg = graph(HEAD + "东湖街道辖区内的青湾渔港、位于白石镇的石角避风港，县海洋渔业局组织开展了伏季休渔前安全检查。\n")
    edge(kg, "INSPECTED", ("Department", "县海洋渔业局"), ("Facility", "青湾渔港"))
    edge(kg, "INSPECTED", ("Department", "县海洋渔业局"), ("Facility", "石角避风港"))
    edge(kg, "LOCATED_IN", ("Facility", "石角避风港"), ("Jurisdiction", "白石镇"))


def test_a_park_named_by_its_kind_is_the_park_named_before():
    kg = graph(HEAD + "三是危险化学品。榆林煤化工园区位于高崖乡，园区现有危化品企业17家。"
               "7月，县应急管理局对园区内的华盛甲醇有限公司、兴源焦化有限公司开展专家会诊式检查。\n")
    park = ("Facility", "榆林煤化工园区")
    edge(kg, "LOCATED_IN", ("Enterprise", "华盛甲醇有限公司"), park)
    edge(kg, "LOCATED_IN", ("Enterprise", "兴源焦化有限公司"), park)


def test_a_park_by_its_kind_with_none_named_before_places_nothing():
    kg = graph(HEAD + "县应急管理局对园区内的华盛甲醇有限公司开展检查。\n")
    assert not [e for e in kg.edges("LOCATED_IN")]


# -- RESPONSIBLE_FOR -------------------------------------------------------------------------------------------
def test_a_headings_sectors_go_to_the_clause_that_names_each():
    kg = graph(HEAD + "二是危险化学品和煤化工。县应急管理局负责危险化学品生产企业的安全监管，"
               "县工信局负责煤化工产业的行业安全管理。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县工业和信息化局"), ("Sector", "煤化工"))
    edge(kg, "RESPONSIBLE_FOR", BUREAU, ("Sector", "危险化学品"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县工业和信息化局"), ("Sector", "危险化学品"))


def test_new_domain_nouns_name_sectors():
    kg = graph(HEAD + "城镇燃气、农村煤改气工程由县住建局负责。县水务局负责海塘、水闸等水利工程的安全运行。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "煤改气"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "海塘"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "水利工程"))
