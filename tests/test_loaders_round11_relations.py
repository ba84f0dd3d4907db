"""Round 11 (relations): document shapes and phrasings first met in new reports (a flattened duty table,
`…以及各乡镇等N个单位为成员单位`, a name written before its title, `A同志同时任…`, a drill's place in a clause
of its own, a check named by a supervision word taken passively, `暗查`). Every sentence is written for the
test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


# -- RESPONSIBLE_FOR: a flattened duty table -------------------------------------------------------------------
def test_every_body_on_a_duty_table_row_answers_for_its_sector():
    kg = graph(HEAD + "县安委办明确重点领域分工如下：\n序号 领域 牵头部门 配合部门\n"
               "1 煤矿 县能源局 县应急管理局、县自然资源局\n2 建筑施工 县住建局 县水务局、县交通运输局\n")
    for who in ("县能源局", "县应急管理局", "县自然资源局"):
        edge(kg, "RESPONSIBLE_FOR", ("Department", who), ("Sector", "煤矿"))
    for who in ("县住房和城乡建设局", "县水务局", "县交通运输局"):
        edge(kg, "RESPONSIBLE_FOR", ("Department", who), ("Sector", "建筑施工"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县能源局"), ("Sector", "建筑施工"))


def test_a_table_row_with_bars_and_a_collective_cell():
    kg = graph(HEAD + "领域 | 牵头 | 配合\n城镇燃气 | 县住建局 | 县市场监管局、各乡镇\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "城镇燃气"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县市场监督管理局"), ("Sector", "城镇燃气"))


def test_a_line_with_a_verb_is_no_table_row():
    kg = graph(HEAD + "建筑施工县住建局约谈了县水务局。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水务局"), ("Sector", "建筑施工"))


# -- MEMBER_OF ---------------------------------------------------------------------------------------------------
def test_yi_ji_inside_a_member_list_does_not_cut_it():
    kg = graph(HEAD + "年初，县政府对县安全生产委员会组成人员进行调整，县长王明任主任，县发改局、县公安局、"
               "县消防救援大队以及各乡镇等30个单位为成员单位。\n")
    for who in ("县发展和改革委员会", "县公安局", "县消防救援大队"):
        edge(kg, "MEMBER_OF", ("Department", who), ("Committee", "县安全生产委员会"))


# -- HOLDS_POST --------------------------------------------------------------------------------------------------
def test_a_name_written_before_its_title_takes_the_post():
    kg = graph(HEAD + "王丽华县长任县安委会主任，副县长李梅任副主任。\n")
    edge(kg, "HOLDS_POST", ("Person", "王丽华"), ("Committee", "县安全生产委员会"))


def test_tong_zhi_tong_shi_ren_takes_a_further_post():
    kg = graph(HEAD + "常务副县长陈志明任县安委会常务副主任；陈志明同志同时任县防汛抗旱指挥部（县防指）总指挥。\n")
    edge(kg, "HOLDS_POST", ("Person", "陈志明"), ("Committee", "县防汛抗旱指挥部"))


# -- drills ------------------------------------------------------------------------------------------------------
def test_a_drill_run_by_a_firm_and_a_township_held_in_a_later_clause():
    kg = graph(HEAD + "燃气泄漏应急演练由恒达燃气有限公司与东城街道共同组织，11月21日在水口社区举行。\n")
    edge(kg, "ORGANIZED", ("Jurisdiction", "东城街道"), ("Drill", "燃气泄漏应急演练"))
    edge(kg, "PARTICIPATED_IN", ("Enterprise", "恒达燃气有限公司"), ("Drill", "燃气泄漏应急演练"))
    edge(kg, "HELD_AT", ("Drill", "燃气泄漏应急演练"), ("Jurisdiction", "水口社区"))


# -- SUPERVISES / INSPECTED --------------------------------------------------------------------------------------
def test_a_supervision_check_taken_passively_supervises():
    kg = graph(HEAD + "园区内的瑞丰气体有限公司、新华热电有限公司接受了市应急管理局的专项督查。\n")
    for firm in ("瑞丰气体有限公司", "新华热电有限公司"):
        edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Enterprise", firm))
        assert not has_edge(kg, "INSPECTED", ("Department", "市应急管理局"), ("Enterprise", firm))


def test_du_dao_jian_cha_taken_passively_is_a_check():
    kg = graph(HEAD + "华兴化工仓储有限公司接受了市应急管理局的重大危险源专项督导检查。\n")
    edge(kg, "INSPECTED", ("Department", "市应急管理局"), ("Enterprise", "华兴化工仓储有限公司"))


def test_an_cha_is_a_check():
    kg = graph(HEAD + "县应急管理局对红星化工有限公司开展暗查。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))


def test_long_table_rows_are_not_joined_as_a_wrapped_sentence():
    kg = graph(HEAD + "序号 领域 牵头部门 配合部门\n"
               "1 危险化学品 县应急管理局 县工业和信息化局、县市场监管局、县交通运输局\n"
               "2 道路交通 县公安局交警大队 县交通运输局、县应急管理局、县教育局\n")
    for who in ("县应急管理局", "县工业和信息化局", "县市场监督管理局", "县交通运输局"):
        edge(kg, "RESPONSIBLE_FOR", ("Department", who), ("Sector", "危险化学品"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局交警大队"), ("Sector", "道路交通"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "道路交通"))
    # a parent named inside a unit's name is not on the row
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "道路交通"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "危险化学品"))


def test_the_level_of_a_title_after_its_rank_words():
    # a district's report: 副市长 is a post in the city's government, not the district's
    kg = graph("青山区应急管理局2023年工作总结\n副市长向春林分管应急管理工作，兼任区森林防灭火指挥部指挥长。\n")
    edge(kg, "HOLDS_POST", ("Person", "向春林"), ("Department", "市人民政府"))
    assert not has_edge(kg, "HOLDS_POST", ("Person", "向春林"), ("Department", "区人民政府"))


def test_firms_checked_passively_after_a_leader_s_visit_are_the_leader_s():
    kg = graph(HEAD + "市应急管理局副局长吴明带队对我县危化品企业开展暗访，红星化工有限公司、宏发纺织有限公司被抽查。\n")
    edge(kg, "INSPECTED", ("Person", "吴明"), ("Enterprise", "红星化工有限公司"))
    edge(kg, "INSPECTED", ("Person", "吴明"), ("Enterprise", "宏发纺织有限公司"))


def test_the_body_running_a_committee_s_daily_work_answers_for_its_sector():
    kg = graph(HEAD + "县森林防灭火指挥部由副县长张明任总指挥，日常工作由县林业局牵头负责。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县林业局"), ("Sector", "森林防灭火"))


def test_a_drill_held_at_a_firm_and_a_guided_firm_takes_part():
    kg = graph(HEAD + "县应急管理局指导红星化工有限公司于9月18日开展危化品泄漏处置演练。\n"
               "粉尘爆炸事故应急演练于6月2日在宏发木业有限公司举行，演练由县应急管理局主办。\n")
    edge(kg, "PARTICIPATED_IN", ("Enterprise", "红星化工有限公司"), ("Drill", "危化品泄漏处置演练"))
    edge(kg, "HELD_AT", ("Drill", "粉尘爆炸事故应急演练"), ("Enterprise", "宏发木业有限公司"))


def test_an_outside_body_s_unannounced_visit_to_our_district_supervises_it():
    kg = graph("青山区应急管理局2023年工作总结\n市安委会第一督导组对我区开展安全生产暗访。\n"
               "市应急管理局对我区冶金企业开展了执法检查。\n")
    edge(kg, "SUPERVISES", ("Committee", "市安委会第一督导组"), ("Jurisdiction", "青山区"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Jurisdiction", "青山区"))


def test_a_site_table_row_places_the_thing_in_the_cell_after_it():
    kg = graph(HEAD + "县林业局在主要路口设立防火检查站2处，具体如下：\n序号 检查站 所在位置 启用时间\n"
               "1 柳河检查站 柳河林场 3月15日\n2 杨树检查站 松源镇杨树村 4月1日\n")
    edge(kg, "LOCATED_IN", ("Facility", "柳河检查站"), ("Facility", "柳河林场"))
    edge(kg, "LOCATED_IN", ("Facility", "杨树检查站"), ("Jurisdiction", "杨树村"))


def test_a_site_row_without_a_where_header_places_nothing():
    kg = graph(HEAD + "序号 检查站 检查人员 检查时间\n1 柳河检查站 柳河林场 3月15日\n")
    assert not has_edge(kg, "LOCATED_IN", ("Facility", "柳河检查站"), ("Facility", "柳河林场"))


def test_members_named_for_the_committee_s_kind_and_posts_taken_with_dan_ren():
    kg = graph(HEAD + "3月，县政府对县森林防灭火指挥部（县森防指）组成人员进行调整，县长王志远担任总指挥，"
               "副县长孟淑芬（满族）和县应急管理局局长陈日明担任副总指挥，县应急管理局、县公安局、青石镇等"
               "19个单位为指挥部成员单位。\n")
    for who in ("王志远", "孟淑芬", "陈日明"):
        edge(kg, "HOLDS_POST", ("Person", who), ("Committee", "县森林防灭火指挥部"))
    edge(kg, "MEMBER_OF", ("Department", "县公安局"), ("Committee", "县森林防灭火指挥部"))
    edge(kg, "MEMBER_OF", ("Jurisdiction", "青石镇"), ("Committee", "县森林防灭火指挥部"))


def test_a_sentence_opening_with_where_its_drill_is_held():
    kg = graph(HEAD + "在白龙水库，县水利局会同县应急管理局于6月12日举办防汛抢险应急演练。\n")
    edge(kg, "HELD_AT", ("Drill", "防汛抢险应急演练"), ("Reservoir", "白龙水库"))


def test_a_tong_bao_of_praise_supervises_nobody():
    kg = graph(HEAD + "县委、县政府对在抢险中表现突出的县消防救援大队、岔河乡人民政府予以通报表扬。\n"
               "县安委办对排名靠后的白石镇予以通报。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Department", "县消防救援大队"))
    edge(kg, "SUPERVISES", ("Department", "县安全生产委员会办公室"), ("Jurisdiction", "白石镇"))


def test_a_township_and_the_place_it_joins_both_run_a_drill():
    kg = graph(HEAD + "6月8日，港城街道联合盐田社区开展台风防御转移避险演练。\n")
    edge(kg, "ORGANIZED", ("Jurisdiction", "港城街道"), ("Drill", "台风防御转移避险演练"))
    edge(kg, "ORGANIZED", ("Jurisdiction", "盐田社区"), ("Drill", "台风防御转移避险演练"))
