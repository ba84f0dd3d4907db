"""Round 6: relation forms of places never seen, each tested on sentences written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge

HEAD = "青山县2023年应急管理工作总结\n"
CITY = "柳河市青山县应急管理局2023年工作总结\n"


# -- INSPECTED -------------------------------------------------------------------------------------------
def test_a_passive_check_names_the_checked_first():
    kg = graph(HEAD + "5月，红星化工有限公司接受了县应急管理局的安全检查。\n"
               "蓝天烟花爆竹有限公司、白河加油站被县市场监管局抽查。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))
    edge(kg, "INSPECTED", ("Department", "县市场监管局"), ("Enterprise", "蓝天烟花爆竹有限公司"))
    edge(kg, "INSPECTED", ("Department", "县市场监管局"), ("Enterprise", "白河加油站"))
    assert not has_edge(kg, "INSPECTED", ("Enterprise", "红星化工有限公司"), ("Department", "县应急管理局"))


def test_visits_named_after_the_places_visited():
    kg = graph(HEAD + "县应急管理局到红星化工有限公司调研安全生产工作。\n"
               "县水利局先后走访了青峰水库、白石水库。\n"
               "县住建局在新城购物中心检查时发现隐患3处。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "青峰水库"))
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "白石水库"))
    edge(kg, "INSPECTED", ("Department", "县住建局"), ("Facility", "新城购物中心"))
    # 存在 is no visit: a firm said to have hazards was not checked there
    kg = graph(HEAD + "县应急管理局通报，红星化工有限公司存在隐患未检查整改。\n")
    assert not has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))


def test_a_leader_inspects_with_a_supervision_word_and_a_body_supervises():
    kg = graph(HEAD + "5月12日，副县长王立军带队到青峰水库、白石水库督导检查防汛工作。\n")
    edge(kg, "INSPECTED", ("Person", "王立军"), ("Reservoir", "青峰水库"))
    edge(kg, "INSPECTED", ("Person", "王立军"), ("Reservoir", "白石水库"))
    kg = graph(HEAD + "县应急管理局对红星化工有限公司开展督导检查。\n")
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))


def test_the_items_of_an_enumeration_go_on_with_the_body_that_opens_it():
    kg = graph(HEAD + "县应急管理局围绕危化品领域重点抓好三项工作。一是对红星化工有限公司开展检查；"
               "二是对蓝天烟花爆竹有限公司开展抽查。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "蓝天烟花爆竹有限公司"))
    # items on lines of their own
    kg = graph(HEAD + "县水利局扎实开展汛前准备。\n一是对青峰水库开展安全检查。\n二是对白石水库开展隐患排查。\n")
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "青峰水库"))
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "白石水库"))
    # a sentence closing an item on the item's line opens nothing for the next item
    kg = graph(HEAD + "一是开展宣传。县教育局组织学生观看专题片。\n二是对青峰水库开展安全检查。\n")
    assert not has_edge(kg, "INSPECTED", ("Department", "县教育局"), ("Reservoir", "青峰水库"))


# -- SUPERVISES ------------------------------------------------------------------------------------------
def test_a_cue_inside_a_body_name_is_no_supervision():
    kg = graph(HEAD + "县应急管理局会同县市场监管局对红星化工有限公司进行检查。\n")
    edge(kg, "INSPECTED", ("Department", "县市场监管局"), ("Enterprise", "红星化工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县市场监管局"), ("Enterprise", "红星化工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))


def test_a_visit_named_by_a_supervision_word_supervises_the_places_visited():
    kg = graph(HEAD + "汛期，县应急管理局深入石桥镇、东河乡督导防汛工作。\n")
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "石桥镇"))
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "东河乡"))
    kg = graph(HEAD + "县安委办督导石桥镇开展隐患排查整治。\n")
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "石桥镇"))
    # an ordinary visit is no supervision of the place
    kg = graph(HEAD + "县应急管理局深入石桥镇开展宣传。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "石桥镇"))


def test_places_listed_before_a_noun_only_say_where_it_is():
    kg = graph(HEAD + "县安委办加强对石桥镇、东河乡化工企业的监管。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "石桥镇"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "东河乡"))
    # the places themselves, listed as the objects
    kg = graph(HEAD + "县安委办加强对石桥镇、东河乡的监管。\n")
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "石桥镇"))
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "东河乡"))


# -- LEADS / GUIDES --------------------------------------------------------------------------------------
def test_each_cue_of_an_opening_types_the_givers_written_before_it():
    kg = graph(CITY + "全年，在柳河市应急管理局的悉心指导和县委、县政府的坚强领导下，县应急管理局工作取得成效。\n")
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
    edge(kg, "LEADS", ("Department", "县委"), ("Department", "县应急管理局"))
    assert not has_edge(kg, "LEADS", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
    # an opening ending with words of no cue (`…领导和全体干部的共同努力下`) still names its leader
    kg = graph(HEAD + "在县委的坚强领导和全体干部职工的共同努力下，县应急管理局完成了任务。\n")
    edge(kg, "LEADS", ("Department", "县委"), ("Department", "县应急管理局"))


# -- LOCATED_IN ------------------------------------------------------------------------------------------
def test_a_place_or_firm_said_to_lie_in_a_place():
    kg = graph(HEAD + "青峰水库位于石桥镇，蓝天烟花爆竹有限公司坐落于东河乡。\n"
               "白石水库（位于柳林乡）完成除险加固。\n"
               "东河乡辖区内的红星化工有限公司完成整改。\n")
    edge(kg, "LOCATED_IN", ("Reservoir", "青峰水库"), ("Jurisdiction", "石桥镇"))
    edge(kg, "LOCATED_IN", ("Enterprise", "蓝天烟花爆竹有限公司"), ("Jurisdiction", "东河乡"))
    edge(kg, "LOCATED_IN", ("Reservoir", "白石水库"), ("Jurisdiction", "柳林乡"))
    edge(kg, "LOCATED_IN", ("Enterprise", "红星化工有限公司"), ("Jurisdiction", "东河乡"))
    assert not has_edge(kg, "LOCATED_IN", ("Reservoir", "青峰水库"), ("Jurisdiction", "东河乡"))


# -- HOLDS_POST ------------------------------------------------------------------------------------------
def test_a_party_post_of_a_body_or_of_a_township():
    kg = graph(HEAD + "县应急管理局党委书记、局长王刚出席会议。\n")
    assert edge(kg, "HOLDS_POST", ("Person", "王刚"), ("Department", "县应急管理局"))
    assert not has_edge(kg, "HOLDS_POST", ("Person", "王刚"), ("Department", "县委"))
    kg = graph(HEAD + "石桥镇党委书记刘洋参加会议。\n")
    assert not has_edge(kg, "HOLDS_POST", ("Person", "刘洋"), ("Department", "县委"))


# -- RESPONSIBLE_FOR -------------------------------------------------------------------------------------
def test_an_enumeration_item_naming_a_sector_heads_its_sentence():
    kg = graph(HEAD + "一是道路交通安全。县公安局开展酒驾醉驾整治。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "道路交通"))


def test_joint_campaigns_and_activities_of_a_sector():
    kg = graph(HEAD + "县林业局、县应急管理局联合开展森林防火宣传。\n"
               "县应急管理局、县公安局等部门开展烟花爆竹打非治违。\n"
               "县地震局联合县教育局开展“防震减灾进校园”活动。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县林业局"), ("Sector", "森林防灭火"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "森林防灭火"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "烟花爆竹"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "防震减灾"))


def test_a_verb_first_check_ends_where_a_supervision_begins():
    kg = graph(HEAD + "县应急管理局检查了红星化工有限公司，责令整改隐患5项，并约谈蓝天烟花爆竹有限公司主要负责人。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "蓝天烟花爆竹有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "蓝天烟花爆竹有限公司"))


def test_bodies_brought_along_inspect_with_the_lead():
    kg = graph(HEAD + "副县长王立军带领县水利局、县自然资源局先后到青峰水库、白石水库检查安全度汛工作。\n")
    for who in (("Person", "王立军"), ("Department", "县水利局"), ("Department", "县自然资源局")):
        edge(kg, "INSPECTED", who, ("Reservoir", "青峰水库"))
        edge(kg, "INSPECTED", who, ("Reservoir", "白石水库"))
    kg = graph(HEAD + "县住建局牵头，会同县市场监管局检查了红星燃气有限公司。\n")
    edge(kg, "INSPECTED", ("Department", "县住建局"), ("Enterprise", "红星燃气有限公司"))
    edge(kg, "INSPECTED", ("Department", "县市场监管局"), ("Enterprise", "红星燃气有限公司"))


def test_a_visit_whose_check_opens_the_next_clause():
    kg = graph(HEAD + "县森防指派出6个督查组，深入青沟林场、白石林场和石桥镇、东河乡，督导检查野外火源管控。\n")
    edge(kg, "INSPECTED", ("Committee", "县森防指"), ("Facility", "青沟林场"))
    edge(kg, "INSPECTED", ("Committee", "县森防指"), ("Facility", "白石林场"))
    edge(kg, "SUPERVISES", ("Committee", "县森防指"), ("Jurisdiction", "石桥镇"))
    edge(kg, "SUPERVISES", ("Committee", "县森防指"), ("Jurisdiction", "东河乡"))
    assert not has_edge(kg, "SUPERVISES", ("Committee", "县森防指"), ("Facility", "青沟林场"))


def test_a_thing_the_sentence_opens_with_is_supervised_by_the_body_after_you():
    kg = graph(HEAD + "青峰尾矿库被列为重大隐患，由县安委会挂牌督办。\n")
    edge(kg, "SUPERVISES", ("Committee", "县安委会"), ("Facility", "青峰尾矿库"))


def test_posts_named_before_the_person_who_holds_them():
    kg = graph(HEAD + "县安委会主任由县长李明同志担任。县政府调整县减灾委员会，主任由副县长王立军担任。\n"
               "县安委办设在县应急管理局，由县应急管理局局长赵刚兼任办公室主任。\n")
    assert edge(kg, "HOLDS_POST", ("Person", "李明"), ("Committee", "县安委会"))["properties"]["title"] == "主任"
    edge(kg, "HOLDS_POST", ("Person", "王立军"), ("Committee", "县减灾委员会"))
    edge(kg, "HOLDS_POST", ("Person", "赵刚"), ("Department", "县安委办"))
    kg = graph(HEAD + "全年，县应急管理局局长赵刚任县安委办主任。\n")
    edge(kg, "HOLDS_POST", ("Person", "赵刚"), ("Department", "县安委办"))


def test_members_listed_do_not_act_and_a_member_clause_later_in_the_sentence():
    kg = graph(HEAD + "（二）森林防灭火\n县政府调整县森林防灭火指挥部，县应急管理局、县公安局等21个单位为成员单位。\n")
    edge(kg, "MEMBER_OF", ("Department", "县公安局"), ("Committee", "县森林防灭火指挥部"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "森林防灭火"))
    kg = graph(HEAD + "县安委会由县长李明任主任，成员单位由县应急管理局、县公安局组成。\n")
    edge(kg, "MEMBER_OF", ("Department", "县应急管理局"), ("Committee", "县安委会"))
    edge(kg, "MEMBER_OF", ("Department", "县公安局"), ("Committee", "县安委会"))


def test_drills_placed_in_a_clause_of_their_own_and_a_firms_own_drill():
    kg = graph(HEAD + "县应急管理局联合县消防救援大队，在青峰水库开展防汛抢险应急演练。\n")
    edge(kg, "ORGANIZED", ("Department", "县应急管理局"), ("Drill", "防汛抢险应急演练"))
    edge(kg, "ORGANIZED", ("Department", "县消防救援大队"), ("Drill", "防汛抢险应急演练"))
    kg = graph(CITY + "红星化工有限公司在厂区开展危化品泄漏处置演练，县消防救援大队到场参与。\n")
    edge(kg, "PARTICIPATED_IN", ("Enterprise", "红星化工有限公司"), ("Drill", "危化品泄漏处置演练"))
    assert not has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), ("Drill", "危化品泄漏处置演练"))
    # a body taking part answers for no sector by doing so
    kg = graph(HEAD + "一、防汛抗旱\n县防指在青峰水库举行防汛应急演练，县公安局参加，演练由县应急管理局负责具体组织。\n")
    edge(kg, "PARTICIPATED_IN", ("Department", "县公安局"), ("Drill", "防汛应急演练"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "防汛抗旱"))


def test_headings_worded_as_tasks_and_sub_items_under_a_heading():
    kg = graph(HEAD + "（三）扎实做好防汛抗旱工作\n县水利局组织开展水库巡查。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "防汛抗旱"))
    kg = graph(HEAD + "三、抓好危化品安全监管\n县应急管理局组织开展专项检查。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "危险化学品"))
    kg = graph(HEAD + "（二）防汛抗旱\n1.汛前准备。县水利局组织开展水库巡查。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "防汛抗旱"))
    # a line of the same depth ends the heading
    kg = graph(HEAD + "（二）防汛抗旱\n（三）宣传教育。县教育局组织开展隐患排查。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "防汛抗旱"))


def test_a_two_sector_heading_narrowed_by_what_the_sentence_speaks_of():
    kg = graph(HEAD + "三、防汛抗旱和地质灾害防治\n汛期，县防指启动应急响应3次。"
               "县自然资源局对全县31处地质灾害隐患点落实监测责任人。县防指组织转移群众2140人。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "地质灾害"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "防汛抗旱"))
    # a committee named after one of the sectors answers for its own
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县防指"), ("Sector", "地质灾害"))


def test_a_drill_placed_after_its_name_and_a_firm_holding_it_with_a_body():
    kg = graph(HEAD + "6月8日，由县防指主办、石桥镇人民政府承办的山洪灾害转移避险演练在石桥镇响水村举行，县水利局参加演练。\n")
    edge(kg, "HELD_AT", ("Drill", "山洪灾害转移避险演练"), ("Jurisdiction", "响水村"))
    edge(kg, "ORGANIZED", ("Committee", "县防指"), ("Drill", "山洪灾害转移避险演练"))
    kg = graph(HEAD + "县应急管理局联合红星化工有限公司在该公司厂区举行危化品泄漏应急救援演练。\n")
    edge(kg, "ORGANIZED", ("Department", "县应急管理局"), ("Drill", "危化品泄漏应急救援演练"))
    edge(kg, "PARTICIPATED_IN", ("Enterprise", "红星化工有限公司"), ("Drill", "危化品泄漏应急救援演练"))


def test_the_seat_of_an_office_does_not_act():
    kg = graph(HEAD + "（二）森林防灭火\n县政府调整县森林防灭火指挥部，指挥部办公室设在县应急管理局，负责日常工作。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "森林防灭火"))


def test_guidance_taken_or_given_in_other_wordings():
    kg = graph(CITY + "县应急管理局得到了柳河市应急管理局的大力支持和精心指导。\n")
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
    kg = graph(CITY + "柳河市应急管理局对县应急管理局的工作给予了充分肯定和指导。\n")
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
