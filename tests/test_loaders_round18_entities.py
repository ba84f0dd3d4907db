"""Round 18: entity forms first met in dev15 (a township's team written as the team's whole kind after the
township, a bureau's drainage crew, a market town named 〈place〉集镇, a street office named after an old
village), each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, mentions, names, surfaces

HEAD = "青山县2024年应急管理工作总结\n"


def test_a_team_kind_written_straight_after_a_township_is_its_team():
    kg = graph(HEAD + "县应急救援大队、石岭镇应急分队和东坡街道应急分队参加了防汛抢险演练。\n")
    assert {"石岭镇应急分队", "东坡街道应急分队"} <= names(kg, "RescueTeam")
    assert {"石岭镇", "东坡街道"} <= names(kg, "Jurisdiction")   # the township stays a node of its own
    # a county's bare 应急 is still its bureau, no team
    assert "县应急分队" not in surfaces(mentions("县应急分队伍建设不断加强。"), "RescueTeam")


def test_a_bureaus_drainage_crew_is_a_team_of_that_bureau():
    kg = graph(HEAD + "县应急救援大队、县城管局排水队和县水务局排涝队共80人参加演练。\n")
    teams = names(kg, "RescueTeam")
    assert any(t.endswith("城管局排水队") or t.endswith("城市管理局排水队") for t in teams)
    assert any(t.endswith("排涝队") for t in teams)
    assert not surfaces(mentions("组织排水队清淤，全县排涝队伍不断壮大。"), "RescueTeam")


def test_a_market_town_named_place_and_ji():
    found = mentions("县安委办对白河集镇、孙岗乡开展安全检查，抽查白河集镇沿湖排涝站。")
    assert {"白河集镇", "孙岗乡"} <= surfaces(found, "Jurisdiction")
    assert "沿湖排涝站" in surfaces(found, "Facility")
    # a common noun before 集镇 names no town
    assert not surfaces(mentions("加强农村集镇和城乡集镇规划建设。"), "Jurisdiction")


def test_a_street_office_named_after_an_old_village_is_one_place():
    found = mentions("上半年完成工人村街道松园小区、红旗街道福民社区燃气管道改造。")
    assert "工人村街道" in surfaces(found, "Jurisdiction")
    assert "工人村" not in surfaces(found, "Jurisdiction")
    assert "松园小区" in surfaces(found, "Facility")
