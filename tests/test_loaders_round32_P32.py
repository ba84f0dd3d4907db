"""Round 32 (task P32): supervision and drill roles pointed back at a thing named before.
- `A对B公司开展抽查，对其…责令整改`: 其 is the firm the clause before acts on;
- `A对B公司开展执法检查，对发现的隐患挂牌督办`: what the check found is the checked firm's;
- `…对X公司开展检查…；C约谈了该公司总经理`: 该公司 in a later sentence of the paragraph is that firm;
- `对X项目施工单位Y公司下达停工整改通知书`: the firm is supervised, not the work naming whose unit it is;
- `A在X公司组织开展Y演练，该公司承办`: the firm takes part in the drill.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"


def test_qi_after_a_check_is_the_checked_firm():
    kg = graph(HEAD + "县交通运输局对白石危险货物运输有限公司开展动态监控抽查，对其车辆超速问题责令限期整改。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县交通运输局"), ("Enterprise", "白石危险货物运输有限公司"))


def test_what_a_check_found_belongs_to_the_checked_firm():
    kg = graph(HEAD + "市应急管理局对白石化工有限公司开展执法检查，对发现的2项重大隐患挂牌督办。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Enterprise", "白石化工有限公司"))


def test_a_check_led_by_a_person_gives_no_supervision_of_what_was_found():
    kg = graph(HEAD + "县应急管理局副局长王明带队，先后检查了白石化工有限公司，对发现的3处隐患当场下达整改通知。\n")
    assert not has_edge(kg, "SUPERVISES", ("Person", "王明"), ("Enterprise", "白石化工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "白石化工有限公司"))


def test_this_firm_in_a_later_sentence_of_the_paragraph():
    kg = graph(HEAD + "9月，市应急管理局对白石化工有限公司开展执法检查；县安委办约谈了该公司总经理王某。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Enterprise", "白石化工有限公司"))


def test_the_unit_of_a_work_is_supervised_not_the_work():
    kg = graph(HEAD + "县住建局开展起重机械专项检查，对城西安置房项目施工单位白石建工集团有限公司下达停工整改通知书。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Enterprise", "白石建工集团有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县住建局"), ("Facility", "城西安置房项目"))


def test_this_firm_hosting_a_drill_takes_part():
    kg = graph(HEAD + "7月20日，县应急管理局在白石化工有限公司组织开展危险化学品泄漏处置演练，该公司承办，"
                      "县消防救援大队参加。\n")
    assert has_edge(kg, "PARTICIPATED_IN", ("Enterprise", "白石化工有限公司"), ("Drill", "危险化学品泄漏处置演练"))
