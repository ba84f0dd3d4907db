"""Round 24, R24 (RESPONSIBLE_FOR): a rescue team named after the rescue it gives (矿山救护队, 专职消防队, 微型消防站)
answers for no field by its name (cue list `team_trade`); a team named after a field (森林消防大队) keeps it.
Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_mine_rescue_team_answers_for_no_field_by_its_name():
    kg = graph(HEAD + "9月，县能源局在石岭煤业有限公司组织开展井下火灾应急救援演练，县矿山救护队参加演练。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("RescueTeam", "县矿山救护队"), ("Sector", "矿山"))


def test_a_firms_own_fire_brigade_answers_for_no_field_by_its_name():
    kg = graph(HEAD + "县应急救援大队与青禾化工有限公司专职消防队签订联训联演协议。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("RescueTeam", "青禾化工有限公司专职消防队"), ("Sector", "消防"))


def test_a_team_named_after_a_field_keeps_it():
    kg = graph(HEAD + "县专业森林消防大队在林区开展防火巡护120次。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("RescueTeam", "县专业森林消防大队"), ("Sector", "森林防灭火"))


def test_a_head_worded_as_work_on_the_hazard_gives_its_sector():
    kg = graph(HEAD + "★防治城市内涝。县城管局负责城区排水管网疏浚，县水务局负责泵站运行调度。\n")
    flood = ("Sector", "城市内涝")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县城管局"), flood)
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水务局"), flood)
