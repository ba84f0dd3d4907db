"""Round 8 (relations): grammatical forms of government prose the rules had not met (passives, objects listed
before a verb of listing, duties over named things, posts after 任, lists sharing a body, places in brackets,
clauses after `;`). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge

HEAD = "青山县2023年应急管理工作总结\n"
BUREAU = ("Department", "县应急管理局")
FIRM = ("Enterprise", "红星化工有限公司")


# -- SUPERVISES ------------------------------------------------------------------------------------------------
def test_a_passive_supervision_names_its_agent_after_bei():
    kg = graph(HEAD + "红星化工有限公司主要负责人被县应急管理局约谈。\n"
               "白石镇因工作不力被县安委会通报批评。\n")
    edge(kg, "SUPERVISES", BUREAU, FIRM)
    edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Jurisdiction", "白石镇"))


def test_a_passive_with_no_agent_names_nobody():
    kg = graph(HEAD + "红星化工有限公司因违规动火作业被立案处罚。\n")
    assert not has_edge(kg, "SUPERVISES", BUREAU, FIRM)


def test_enforcement_verbs_supervise_what_they_act_on():
    kg = graph(HEAD + "县应急管理局对红星化工有限公司处以罚款5万元，依法关闭蓝天煤矿。\n")
    edge(kg, "SUPERVISES", BUREAU, FIRM)
    edge(kg, "SUPERVISES", BUREAU, ("Enterprise", "蓝天煤矿"))


def test_objects_listed_before_a_verb_of_listing_are_supervised():
    kg = graph(HEAD + "县政府将红星化工有限公司、蓝天矿业有限公司列为县级重大隐患挂牌督办单位。\n")
    edge(kg, "SUPERVISES", ("Department", "县人民政府"), FIRM)
    edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Enterprise", "蓝天矿业有限公司"))


def test_a_duty_over_a_named_thing_supervises_it_not_the_place_it_lies_in():
    kg = graph(HEAD + "县应急管理局牵头负责全县危险化学品安全监管，县交通运输局负责位于白石镇的青山化工园区日常监管。\n")
    edge(kg, "SUPERVISES", ("Department", "县交通运输局"), ("Facility", "青山化工园区"))
    assert not has_edge(kg, "SUPERVISES", BUREAU, ("Facility", "青山化工园区"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县交通运输局"), ("Jurisdiction", "白石镇"))


def test_a_talk_with_a_firms_head_after_yu():
    kg = graph(HEAD + "县应急管理局与红星化工有限公司主要负责人进行约谈。\n")
    edge(kg, "SUPERVISES", BUREAU, FIRM)


def test_townships_as_objects_of_a_censure_or_of_a_check_of_their_work():
    kg = graph(HEAD + "县安委办对排名靠后的白石镇、青河乡予以通报批评。\n"
               "县防指对柳林镇、东坝乡汛前准备工作开展暗访。\n")
    office = ("Department", "县安全生产委员会办公室")
    edge(kg, "SUPERVISES", office, ("Jurisdiction", "白石镇"))
    edge(kg, "SUPERVISES", office, ("Jurisdiction", "青河乡"))
    edge(kg, "SUPERVISES", ("Committee", "县防汛抗旱指挥部"), ("Jurisdiction", "柳林镇"))
    edge(kg, "SUPERVISES", ("Committee", "县防汛抗旱指挥部"), ("Jurisdiction", "东坝乡"))


def test_a_superior_check_of_our_county_supervises_the_reports_place():
    kg = graph(HEAD + "市应急管理局对我县安全生产大检查工作开展督导。\n")
    edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Jurisdiction", "青山县"))


# -- HOLDS_POST ------------------------------------------------------------------------------------------------
def test_a_post_after_ren_and_a_body_is_any_title():
    kg = graph(HEAD + "张华同志任县应急管理局局长。\n")
    edge(kg, "HOLDS_POST", ("Person", "张华"), BUREAU)


def test_a_list_of_persons_shares_the_body_of_the_first_title():
    kg = graph(HEAD + "县应急管理局局长张华、副局长赵刚带队检查。\n")
    edge(kg, "HOLDS_POST", ("Person", "赵刚"), BUREAU)


def test_a_post_named_after_a_bracketed_short_name():
    kg = graph(HEAD + "县防汛抗旱指挥部（县防指）指挥长由县长王立军担任。\n")
    edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Committee", "县防汛抗旱指挥部"))


def test_the_head_of_an_office_named_only_as_office_heads_the_committees_office():
    kg = graph(HEAD + "县安委会下设办公室，办公室设在县应急管理局，由县应急管理局局长王立军兼任办公室主任。\n")
    edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Department", "县安全生产委员会办公室"))


# -- MEMBER_OF across `;` ------------------------------------------------------------------------------------------
def test_member_units_after_a_semicolon_join_the_committee_of_the_clause_before():
    kg = graph(HEAD + "调整县安委会组成人员：县长李明任主任；县应急管理局、县公安局等27个部门为成员单位。\n")
    edge(kg, "MEMBER_OF", BUREAU, ("Committee", "县安全生产委员会"))
    edge(kg, "MEMBER_OF", ("Department", "县公安局"), ("Committee", "县安全生产委员会"))


# -- LOCATED_IN ----------------------------------------------------------------------------------------------------
def test_a_firm_written_after_its_township_and_de_lies_in_it():
    kg = graph(HEAD + "县应急管理局检查了白石镇的红星化工有限公司。\n")
    edge(kg, "LOCATED_IN", FIRM, ("Jurisdiction", "白石镇"))
    # after a list of places, which firm lies where is not said
    kg = graph(HEAD + "县应急管理局对白石镇、青河乡的红星化工有限公司开展检查。\n")
    assert not has_edge(kg, "LOCATED_IN", FIRM, ("Jurisdiction", "青河乡"))


def test_a_township_in_brackets_after_a_name_is_where_it_lies():
    kg = graph(HEAD + "县应急管理局对红星化工有限公司（白石镇）开展检查。\n")
    edge(kg, "LOCATED_IN", FIRM, ("Jurisdiction", "白石镇"))


def test_a_township_named_with_its_leadership_is_supervised():
    kg = graph(HEAD + "县安委会对白石镇党委、政府主要负责人进行约谈。\n")
    edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Jurisdiction", "白石镇"))


def test_a_firm_opening_the_sentence_with_a_cause_then_a_passive():
    kg = graph(HEAD + "红星化工有限公司因未设置泄爆装置，被县应急管理局约谈法定代表人。\n")
    edge(kg, "SUPERVISES", BUREAU, FIRM)


def test_a_topicalised_object_with_dui_then_the_subject_and_qi():
    kg = graph(HEAD + "对违规充装的红星化工有限公司，县市场监管局依法吊销其充装许可。\n")
    edge(kg, "SUPERVISES", ("Department", "县市场监督管理局"), FIRM)


def test_our_county_checked_by_a_supervision_word_only():
    kg = graph(HEAD + "市应急管理局对我县冶金企业开展执法检查。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Jurisdiction", "青山县"))


# -- INSPECTED -------------------------------------------------------------------------------------------------
def test_a_verb_first_check_ends_where_a_name_opens_its_own_clause():
    kg = graph(HEAD + "县应急管理局检查企业23家，红星化工有限公司完成整改。\n"
               "县水利局实地查看了青峰水库，白河水库和东湖水库。\n")
    assert not has_edge(kg, "INSPECTED", BUREAU, FIRM)
    for name in ("青峰水库", "白河水库", "东湖水库"):
        edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", name))


def test_every_check_of_a_sentence_has_its_objects():
    kg = graph(HEAD + "县应急管理局会同县林业局对全县43家木材加工企业开展专项检查，检查了红星木业有限公司、蓝天板材厂。\n")
    edge(kg, "INSPECTED", BUREAU, ("Enterprise", "红星木业有限公司"))
    edge(kg, "INSPECTED", ("Department", "县林业局"), ("Enterprise", "蓝天板材厂"))


def test_firms_that_accept_the_check_of_the_clause_before():
    kg = graph(HEAD + "市应急管理局对我县冶金企业开展了执法检查，红星特钢有限公司、蓝天炉料有限公司接受检查。\n")
    edge(kg, "INSPECTED", ("Department", "市应急管理局"), ("Enterprise", "红星特钢有限公司"))
    edge(kg, "INSPECTED", ("Department", "市应急管理局"), ("Enterprise", "蓝天炉料有限公司"))


def test_the_bodies_forming_a_group_check_not_the_group():
    kg = graph(HEAD + "县应急管理局牵头，会同县公安局组成3个联合检查组，对全县烟花爆竹经营单位开展检查，"
               "先后检查了红星烟花有限公司、蓝天烟花有限公司。\n")
    edge(kg, "INSPECTED", ("Department", "县公安局"), ("Enterprise", "红星烟花有限公司"))
    edge(kg, "INSPECTED", BUREAU, ("Enterprise", "蓝天烟花有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Committee", "联合检查组"), ("Enterprise", "红星烟花有限公司"))


def test_an_undercover_visit_is_a_check():
    kg = graph(HEAD + "县应急管理局采取“四不两直”方式暗访了红星化工有限公司。\n")
    edge(kg, "INSPECTED", BUREAU, FIRM)


# -- RESPONSIBLE_FOR -------------------------------------------------------------------------------------------
def test_a_sector_named_by_the_things_counted():
    kg = graph(HEAD + "县应急管理局对全县8座非煤矿山开展执法检查。\n县自然资源局对全县56处地质灾害隐患点开展巡查。\n")
    edge(kg, "RESPONSIBLE_FOR", BUREAU, ("Sector", "非煤矿山"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "地质灾害"))
    # counted sites are the things checked, not a sector
    kg = graph(HEAD + "县商务局对全县12座加油站开展检查。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县商务局"), ("Sector", "加油站"))


def test_sub_committees_led_respectively_by_bodies():
    kg = graph(HEAD + "县安委会下设消防、城镇燃气、建筑施工等10个专业委员会，分别由县消防救援大队、县城管局、县住建局等牵头。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县城市管理局"), ("Sector", "城镇燃气"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "建筑施工"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "城镇燃气"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县安全生产委员会"), ("Sector", "消防"))


# -- drills ----------------------------------------------------------------------------------------------------
def test_a_drill_hosted_in_one_clause_and_run_in_the_next():
    kg = graph(HEAD + "6月8日，由县安委会主办，县应急管理局、白石镇人民政府承办的危化品泄漏综合应急演练在青山化工园区举行。\n")
    drill = ("Drill", "危化品泄漏综合应急演练")
    edge(kg, "ORGANIZED", ("Committee", "县安全生产委员会"), drill)
    edge(kg, "ORGANIZED", BUREAU, drill)


def test_a_township_opening_a_joint_drill_organises_it():
    kg = graph(HEAD + "5月12日，城中街道联合县消防救援大队在滨河社区举办高层住宅火灾疏散演练。\n")
    edge(kg, "ORGANIZED", ("Jurisdiction", "城中街道"), ("Drill", "高层住宅火灾疏散演练"))


# -- HOLDS_POST, more forms ------------------------------------------------------------------------------------
def test_further_posts_after_jian_a_bracket_a_comma_or_a_list():
    kg = graph(HEAD + "县水利局局长吴建军任副指挥长兼县防指办主任。\n副县长蓝秀英（畲族）任县安委会副主任。\n"
               "陶静雯同志任县应急管理局局长、县安委办主任。\n副县长王立军分管应急管理工作，兼任县防汛抗旱指挥部指挥长。\n")
    edge(kg, "HOLDS_POST", ("Person", "吴建军"), ("Department", "县防汛抗旱指挥部办公室"))
    edge(kg, "HOLDS_POST", ("Person", "蓝秀英"), ("Committee", "县安全生产委员会"))
    edge(kg, "HOLDS_POST", ("Person", "陶静雯"), ("Department", "县安全生产委员会办公室"))
    edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Committee", "县防汛抗旱指挥部"))


# -- RESPONSIBLE_FOR from headings and task lists ----------------------------------------------------------------
def test_a_heading_alone_joining_a_sector_with_other_work_gives_its_sector():
    kg = graph(HEAD + "三、防汛和应急保障\n\n汛前，副县长马文亮带领县水利局、县应急管理局负责同志到青峰水库实地查看。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "防汛抗旱"))
    edge(kg, "RESPONSIBLE_FOR", BUREAU, ("Sector", "防汛抗旱"))


def test_a_numbered_heading_of_a_sector_and_a_verdict_gives_its_sector():
    kg = graph(HEAD + "（三）森林防火有力有序。县林业局、县应急管理局组成3个联合督查组开展巡查。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县林业局"), ("Sector", "森林防灭火"))
    # a heading of no sector gives none
    kg = graph(HEAD + "（三）应急保障有力有序。县林业局开展巡查。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县林业局"), ("Sector", "森林防灭火"))


def test_a_list_of_tasks_gives_each_clause_its_sectors_and_the_issuer_none():
    kg = graph(HEAD + "县安委办印发《青山县工贸行业专项整治实施方案》，明确各部门牵头任务：冶金和粉尘涉爆由县应急管理局牵头负责，"
               "特种设备由县市场监管局负责。\n")
    edge(kg, "RESPONSIBLE_FOR", BUREAU, ("Sector", "冶金"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县市场监督管理局"), ("Sector", "特种设备"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", BUREAU, ("Sector", "特种设备"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县安全生产委员会办公室"), ("Sector", "冶金"))


def test_sectors_of_the_lexicon_added_this_round():
    kg = graph(HEAD + "县公安局交警大队联合县教育局开展校车安全专项整治。县水利局对全县47座农村水电站开展排查。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "校车"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "水电站"))


# -- more forms ----------------------------------------------------------------------------------------------------
def test_a_committee_adding_member_units():
    kg = graph(HEAD + "县安委会增补县数据局、县商务局为成员单位。\n")
    edge(kg, "MEMBER_OF", ("Department", "县商务局"), ("Committee", "县安全生产委员会"))


def test_a_township_guided_by_a_body_runs_the_drill():
    kg = graph(HEAD + "6月16日，县应急管理局指导白石镇在红星化工有限公司组织有限空间作业事故应急救援演练。\n")
    drill = ("Drill", "有限空间作业事故应急救援演练")
    edge(kg, "ORGANIZED", ("Jurisdiction", "白石镇"), drill)
    edge(kg, "ORGANIZED", BUREAU, drill)


def test_things_named_alone_before_the_clause_that_checks_them():
    kg = graph(HEAD + "青峰水库、白河水库，县水利局组织开展了汛前安全检查。\n")
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "青峰水库"))
    kg = graph(HEAD + "青峰水库、白河水库完成除险加固，县水利局开展检查。\n")
    assert not has_edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "青峰水库"))


def test_a_facility_after_its_village_and_de():
    kg = graph(HEAD + "县水利局检查了坑口村的坑口一级水电站。\n")
    edge(kg, "LOCATED_IN", ("Facility", "坑口一级水电站"), ("Jurisdiction", "坑口村"))


def test_posts_in_two_bodies_joined_by_he_and_a_censure_by_tongbao():
    kg = graph(HEAD + "李明任县安委会主任和县森林防灭火指挥部指挥长。\n"
               "县水利局对巡查日志缺失的大洋村进行了通报，依法查处红星化工有限公司。\n")
    edge(kg, "HOLDS_POST", ("Person", "李明"), ("Committee", "县森林防灭火指挥部"))
    edge(kg, "SUPERVISES", ("Department", "县水利局"), ("Jurisdiction", "大洋村"))
    edge(kg, "SUPERVISES", ("Department", "县水利局"), FIRM)


def test_an_object_opening_the_sentence_with_zhendui_then_the_supervisor():
    kg = graph(HEAD + "针对红星化工有限公司存在的重大隐患，县安委会实施挂牌督办。\n")
    edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), FIRM)
    # a clause naming its own object keeps it
    kg = graph(HEAD + "对白石镇发生的事故，县安委会约谈了青河乡主要负责人。\n")
    assert not has_edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Jurisdiction", "白石镇"))


def test_a_check_in_a_time_clause_is_made_by_the_subject_after_it():
    kg = graph(HEAD + "在青峰水库检查时，副县长李明要求落实防汛责任。\n在检查红星化工有限公司时，县应急管理局发现隐患5处。\n")
    edge(kg, "INSPECTED", ("Person", "李明"), ("Reservoir", "青峰水库"))
    edge(kg, "INSPECTED", BUREAU, FIRM)


def test_things_said_to_be_within_a_place_with_you():
    kg = graph(HEAD + "白石镇境内有青峰水库、白河水库等3座小型水库。\n")
    edge(kg, "LOCATED_IN", ("Reservoir", "青峰水库"), ("Jurisdiction", "白石镇"))
    edge(kg, "LOCATED_IN", ("Reservoir", "白河水库"), ("Jurisdiction", "白石镇"))


def test_posts_held_respectively_by_a_list_of_persons():
    kg = graph(HEAD + "县委书记李明、县长王立军分别担任县防汛抗旱指挥部政委和指挥长。\n")
    edge(kg, "HOLDS_POST", ("Person", "李明"), ("Committee", "县防汛抗旱指挥部"))
    assert edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Committee", "县防汛抗旱指挥部"))["properties"]["title"] == "指挥长"
