"""Round 10 (relations): forms of varied phrasing (a leader who `率` bodies on a check, `核查` as a check, a
clause that only gives bodies a role in the task the next clause names). Every sentence is written for the
test (no report text)."""
from __future__ import annotations

from _loader_helpers import edge, graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


# -- INSPECTED -------------------------------------------------------------------------------------------------
def test_a_leader_who_lu_bodies_checks_with_them():
    kg = graph(HEAD + "6月，副县长李明率县自然资源局、县水利局实地核查了石门村滑坡隐患点和龙潭沟泥石流隐患点。\n")
    for who in (("Person", "李明"), ("Department", "县自然资源局"), ("Department", "县水利局")):
        edge(kg, "INSPECTED", who, ("Facility", "石门村滑坡隐患点"))
        edge(kg, "INSPECTED", who, ("Facility", "龙潭沟泥石流隐患点"))


def test_lu_xian_is_no_leader_and_he_cha_is_a_check():
    kg = graph(HEAD + "县应急管理局率先在全市核查了红星化工有限公司的重大危险源。\n")
    edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))


# -- RESPONSIBLE_FOR -------------------------------------------------------------------------------------------
def test_a_lead_clause_goes_on_with_the_task_of_the_next_clause():
    kg = graph(HEAD + "县民政局牵头，县住建局、县消防救援大队配合，对全县12个养老机构开展消防和燃气安全排查。\n")
    for who in ("县民政局", "县住房和城乡建设局", "县消防救援大队"):
        edge(kg, "RESPONSIBLE_FOR", ("Department", who), ("Sector", "消防"))


def test_a_lead_worded_fu_ze_qian_tou_goes_on_too():
    kg = graph(HEAD + "县民政局负责牵头，县应急管理局具体配合，对全县5家养老机构开展消防安全检查。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县民政局"), ("Sector", "消防"))
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县应急管理局"), ("Sector", "消防"))


def test_clauses_with_their_own_task_keep_their_own_sectors():
    kg = graph(HEAD + "县民政局负责消防安全，县住建局负责燃气安全。\n")
    edge(kg, "RESPONSIBLE_FOR", ("Department", "县民政局"), ("Sector", "消防"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县民政局"), ("Sector", "城镇燃气"))


# -- SUPERVISES ------------------------------------------------------------------------------------------------
def test_an_order_on_a_leaders_visit_is_not_the_led_bodies():
    kg = graph(HEAD + "6月，副县长李明率县应急管理局和县水利局负责人检查了白石水库、龙潭水库，"
               "现场责令白石水库管理单位限期整改溢洪道问题。\n")
    edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "白石水库"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Reservoir", "白石水库"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县水利局"), ("Reservoir", "白石水库"))


def test_a_led_body_named_again_gives_its_own_order():
    kg = graph(HEAD + "副县长李明带领县水利局检查红星化工有限公司，县水利局当场责令红星化工有限公司停产整改。\n")
    edge(kg, "SUPERVISES", ("Department", "县水利局"), ("Enterprise", "红星化工有限公司"))
