"""Round 5: relation rules by form, each tested on sentences written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge, names

HEAD = "青山县2023年应急管理工作总结\n"
CITY = "柳河市青山县应急管理局2023年工作总结\n"


def test_openings_in_several_wordings_give_leads_and_guides():
    kg = graph(HEAD + "今年，县应急管理局在县委、县政府统一部署下，扎实推进各项工作。\n")
    edge(kg, "LEADS", ("Department", "县委"), ("Department", "县应急管理局"))
    edge(kg, "LEADS", ("Department", "县政府"), ("Department", "县应急管理局"))
    kg = graph(CITY + "全年，在县委的坚强领导和柳河市应急管理局的精心业务指导下，县应急管理局圆满完成任务。\n")
    edge(kg, "LEADS", ("Department", "县委"), ("Department", "县应急管理局"))
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
    kg = graph(CITY + "全年，县应急管理局在柳河市应急管理局的关心支持下，完成了各项任务。\n")
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
    kg = graph(HEAD + "全年，县应急管理局在县政府的关心支持下，完成了各项任务。\n")
    edge(kg, "LEADS", ("Department", "县政府"), ("Department", "县应急管理局"))


def test_a_bracketed_aside_before_an_opening_is_not_its_subject():
    kg = graph(CITY + "全年，县应急管理局（与县地震局合署办公）在县委的坚强领导下，"
               "在柳河市应急管理局的业务指导下，做好各项工作。\n")
    edge(kg, "LEADS", ("Department", "县委"), ("Department", "县应急管理局"))
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))
    assert not has_edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县地震局"))
    assert not has_edge(kg, "LEADS", ("Department", "县委"), ("Department", "县地震局"))


def test_a_clause_after_a_semicolon_goes_on_with_the_subject_not_the_objects():
    kg = graph(HEAD + "按照工作要求，县安委会印发《青山县安全生产职责清单》，明确县住建局、县林业局等部门的职责；"
               "对履职不力的县农业农村局下发提示函。\n")
    edge(kg, "SUPERVISES", ("Committee", "县安委会"), ("Department", "县农业农村局"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Department", "县农业农村局"))
    kg = graph(HEAD + "县城管局牵头，县住建局、县市场监管局配合，对餐馆开展燃气检查；对长青燃气有限公司开展专项督查。\n")
    edge(kg, "SUPERVISES", ("Department", "县城管局"), ("Enterprise", "长青燃气有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Enterprise", "长青燃气有限公司"))


def test_supervision_objects_after_a_modifier_and_behind_a_place_prefix():
    kg = graph(HEAD + "8月，县安委办约谈管理混乱的长河物流有限公司、石桥镇金山石材有限公司负责人。\n")
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Enterprise", "长河物流有限公司"))
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Enterprise", "金山石材有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "石桥镇"))


def test_a_place_inside_an_object_phrase_is_not_supervised():
    kg = graph(HEAD + "县住建局对宏图建工有限公司承建的石桥镇安置房项目下发停工整改通知。\n")
    edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Enterprise", "宏图建工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Jurisdiction", "石桥镇"))


def test_an_order_to_it_goes_to_the_object_checked_before():
    kg = graph(HEAD + "县应急管理局对金港化工储运有限公司重大危险源实施在线监测，督促其完成改造。\n")
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "金港化工储运有限公司"))


def test_bodies_that_form_a_task_force_are_its_members():
    kg = graph(HEAD + "县政府成立由县应急管理局、县公安局、县自然资源局组成的县矿山整治工作专班，挂牌督办隐患。\n")
    for body in ("县应急管理局", "县公安局", "县自然资源局"):
        edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "县矿山整治工作专班"))
    kg = graph(HEAD + "县安委办组织县住建局、县商务局组成3个县燃气安全工作专班，分片检查。\n")
    edge(kg, "MEMBER_OF", ("Department", "县住建局"), ("Committee", "县燃气安全工作专班"))
    edge(kg, "MEMBER_OF", ("Department", "县商务局"), ("Committee", "县燃气安全工作专班"))
    assert not has_edge(kg, "MEMBER_OF", ("Department", "县安委办"), ("Committee", "县燃气安全工作专班"))


def test_townships_listed_as_member_units_and_a_list_of_persons_sharing_a_post():
    kg = graph(HEAD + "县安委会以县长李明为主任，副县长王强、副县长赵丽为副主任，"
               "县应急管理局、县公安局等20个部门和石桥镇、东河乡为成员单位。\n")
    edge(kg, "MEMBER_OF", ("Department", "县公安局"), ("Committee", "县安委会"))
    edge(kg, "MEMBER_OF", ("Jurisdiction", "石桥镇"), ("Committee", "县安委会"))
    edge(kg, "MEMBER_OF", ("Jurisdiction", "东河乡"), ("Committee", "县安委会"))
    kg2 = graph(HEAD + "县安委会成员单位包括县应急管理局、县公安局和石桥镇。\n")
    edge(kg2, "MEMBER_OF", ("Jurisdiction", "石桥镇"), ("Committee", "县安委会"))
    for person in ("王强", "赵丽"):
        assert edge(kg, "HOLDS_POST", ("Person", person), ("Committee", "县安委会"))["properties"]["title"] == "副主任"


def test_sector_headings_in_other_forms():
    # a sentence (or a clause after `:`) that opens with a sector and a comma
    kg = graph(HEAD + "各领域整治情况：矿山，县自然资源局检查露天矿山*座；危险化学品，县应急管理局会同县公安局检查企业*家。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "矿山"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "危险化学品"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "危险化学品"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "危险化学品"))
    kg = graph(HEAD + "全年排查隐患*处。在道路交通安全方面，县公安局完成临崖路段护栏安装。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "道路交通"))
    # a bare numbered heading on its own line, for the lines under it (bodies acting with a duty cue)
    kg = graph(HEAD + "**（一）防汛抗旱**\n县水务局对全县水库逐库落实责任人。\n二、其他\n县教育局落实校车管理。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县水务局"), ("Sector", "防汛抗旱"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "防汛抗旱"))
    # a bare numbered heading inline: its own line only; a two-sector heading gives the sector spoken of
    kg = graph(HEAD + "（二）森林防灭火。县林业局组建扑火队14支。\n县交通运输局完成道路整治。\n"
               "（三）地质灾害和地震。县自然资源局排查地质灾害隐患点*处；县地震局修订《青山县地震应急预案》。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县林业局"), ("Sector", "森林防灭火"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "森林防灭火"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "地质灾害"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县自然资源局"), ("Sector", "防震减灾"))


def test_a_team_in_a_drill_does_not_answer_for_the_drills_sector():
    kg = graph(HEAD + "6月5日，县消防救援大队在长风化工有限公司开展危险化学品泄漏处置演练，县应急救援大队协同处置。\n")
    edge(kg, "PARTICIPATED_IN", ("RescueTeam", "县应急救援大队"), ("Drill", "危险化学品泄漏处置演练"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("RescueTeam", "县应急救援大队"), ("Sector", "危险化学品"))


def test_stationed_and_sent_in():
    kg = graph(HEAD + "汛期，县专业森林消防大队在石桥镇驻防。\n")
    edge(kg, "LOCATED_IN", ("RescueTeam", "县专业森林消防大队"), ("Jurisdiction", "石桥镇"))
    kg = graph(CITY + "3月，柳河市应急管理局进驻我县开展安全生产明查暗访。\n")
    edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Jurisdiction", "青山县"))


def test_a_plan_made_in_a_later_clause_is_issued_by_the_sentences_subject():
    kg = graph("青山县人民政府2023年安全生产工作情况报告\n"
               "县安委会与石桥镇、东河乡签订安全生产责任状，制定《青山县安全生产考核细则》。\n")
    edge(kg, "ISSUED", ("Committee", "县安委会"), ("Plan", "青山县安全生产考核细则"))
    assert not has_edge(kg, "ISSUED", ("Department", "县人民政府"), ("Plan", "青山县安全生产考核细则"))


def test_a_place_never_supervises():
    # a report whose author is not named: a subjectless order has no known sender (not the county itself)
    kg = graph(HEAD + "对整改滞后的石桥镇下发督办函。\n")
    assert not [e for e in kg.to_data()["edges"] if e["type"] == "SUPERVISES"]


def test_a_committee_named_after_a_sector_answers_for_that_one_only():
    kg = graph(HEAD + "县防指修订了《青山县防汛抗旱应急预案》，落实山洪灾害危险区转移责任人*名。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Committee", "县防汛抗旱指挥部"), ("Sector", "防汛抗旱"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县防汛抗旱指挥部"), ("Sector", "山洪灾害"))


def test_members_of_a_group_and_a_parent_written_before_its_unit_do_not_act():
    kg = graph(HEAD + "县政府成立由县应急管理局、县公安局组成的县矿山整治工作专班，负责非煤矿山整治。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "矿山"))
    edge(kg, "RESPONSIBLE_FOR", ("Committee", "县矿山整治工作专班"), ("Sector", "矿山"))


def test_a_firm_a_few_words_after_the_order_is_its_object():
    # (a masked firm, so that the words before it are not read as part of its name)
    kg = graph(HEAD + "县应急管理局督促新设立*长风化工有限公司、*金鹰物流有限公司完善风险分析。\n")
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "*长风化工有限公司"))
    edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "*金鹰物流有限公司"))


def test_a_committee_made_up_of_bodies():
    kg = graph(HEAD + "县减灾委由县应急管理局、县民政局、县水利局等部门组成。"
               "县安委会成员单位由县公安局、县住建局等25个部门组成。\n")
    for body in ("县应急管理局", "县民政局", "县水利局"):
        edge(kg, "MEMBER_OF", ("Department", body), ("Committee", "县减灾委"))
    edge(kg, "MEMBER_OF", ("Department", "县住建局"), ("Committee", "县安委会"))


def test_more_wordings_of_leadership_and_supervision():
    kg = graph(HEAD + "在县委、县政府的高度重视下，县应急管理局扎实推进各项工作。"
               "县安委会对事故多发的石桥镇进行通报批评。\n")
    edge(kg, "LEADS", ("Department", "县委"), ("Department", "县应急管理局"))
    edge(kg, "SUPERVISES", ("Committee", "县安委会"), ("Jurisdiction", "石桥镇"))


def test_a_supervisory_check_is_not_an_inspection():
    kg = graph(HEAD + "县城管局对长青燃气有限公司开展专项督查。\n")
    edge(kg, "SUPERVISES", ("Department", "县城管局"), ("Enterprise", "长青燃气有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县城管局"), ("Enterprise", "长青燃气有限公司"))


def test_the_subject_of_a_check_is_the_nearest_clause_with_bodies():
    kg = graph(HEAD + "县安委会召开全体会议3次，县安委办对各乡镇开展年度考核，对排名末位的石桥镇进行了约谈。\n")
    edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "石桥镇"))
    assert not has_edge(kg, "SUPERVISES", ("Committee", "县安委会"), ("Jurisdiction", "石桥镇"))
    # bodies that only help go with the lead body before them
    kg = graph(HEAD + "县城管局牵头，县住建局配合，对长青燃气有限公司进行了约谈。\n")
    edge(kg, "SUPERVISES", ("Department", "县城管局"), ("Enterprise", "长青燃气有限公司"))
    edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Enterprise", "长青燃气有限公司"))


def test_bodies_forming_a_team_themselves_are_not_listed_members():
    kg = graph(HEAD + "县住建局、县商务局组成3个县燃气安全工作专班，开展巡查。\n")
    assert "县燃气安全工作专班" in names(kg, "Committee")
    assert not has_edge(kg, "MEMBER_OF", ("Department", "县商务局"), ("Committee", "县燃气安全工作专班"))
    kg = graph(HEAD + "县安委办抽调县住建局、县商务局组成3个县燃气安全工作专班，开展巡查。\n")
    edge(kg, "MEMBER_OF", ("Department", "县商务局"), ("Committee", "县燃气安全工作专班"))


def test_the_body_set_to_lead_a_sector_committee_answers_for_its_sector():
    kg = graph(HEAD + "调整县安委会组成人员，增设县道路交通安全专业委员会，由县公安局牵头。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "道路交通"))


def test_a_facility_set_up_in_a_place_lies_in_it():
    kg = graph(HEAD + "县防指在东河街道设立防汛物资储备仓库1处。\n")
    edge(kg, "LOCATED_IN", ("Facility", "防汛物资储备仓库"), ("Jurisdiction", "东河街道"))
