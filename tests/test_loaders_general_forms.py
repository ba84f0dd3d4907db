"""Rules by form added for the held-out reports: one test per rule family, on invented sentences."""
from __future__ import annotations

from _loader_helpers import edge, graph, names

HEAD = "青山县2023年应急管理工作总结\n"


def test_a_township_government_acts_as_its_township():
    # round 8: the township's government is the township's node (the golds of dev2, dev3, dev4 and unseen;
    # heldout's made it a body of its own)
    kg = graph(HEAD + "8月3日，县防指在红岩水库组织开展防汛抢险应急演练，县应急管理局、白石镇政府参加。\n")
    assert "白石镇政府" in names(kg, "Jurisdiction") and "白石镇政府" not in names(kg, "Department")
    edge(kg, "PARTICIPATED_IN", ("Jurisdiction", "白石镇"), ("Drill", "防汛抢险应急演练"))


def test_rescue_teams_and_bodies_without_a_listed_suffix():
    kg = graph(HEAD + "县应急管理局组建县应急救援大队，县森林消防专业队全年出动12次。"
               "联合县总工会、县红十字会开展宣传。\n")
    teams = names(kg, "RescueTeam")
    assert {"县应急救援大队", "县森林消防专业队"} <= teams
    assert {"县总工会", "县红十字会"} <= names(kg, "Department")


def test_facilities_named_by_a_park_school_or_pumping_station():
    kg = graph(HEAD + "副县长带队检查了南湖街道北塘排涝泵站和东门下穿通道，在西城街道滨江公园、"
               "南湖街道第三实验小学开展疏散演练。\n")
    assert {"北塘排涝泵站", "东门下穿通道", "滨江公园", "第三实验小学"} <= names(kg, "Facility")
    edge(kg, "LOCATED_IN", ("Facility", "北塘排涝泵站"), ("Jurisdiction", "南湖街道"))
    # a verb before the suffix is not part of the name
    kg = graph(HEAD + "充分利用公园、广场建设避难场所。\n")
    assert not any("利用" in n for n in names(kg, "Facility"))


def test_a_facility_written_inside_a_longer_facility_name_is_not_cut():
    kg = graph(HEAD + "在东风公园应急避难场所组织开展了居民疏散演练。\n")
    assert "东风公园应急避难场所" in names(kg, "Facility")
    assert "东风公园" not in names(kg, "Facility")


def test_a_drill_name_may_open_with_its_year():
    kg = graph(HEAD + "6月2日，县防指在红岩水库组织开展2023年防汛抢险综合应急演练。\n")
    assert "2023年防汛抢险综合应急演练" in names(kg, "Drill")
    edge(kg, "HELD_AT", ("Drill", "2023年防汛抢险综合应急演练"), ("Reservoir", "红岩水库"))


def test_members_listed_before_as_members():
    kg = graph(HEAD + "县减灾委由副县长王一帆任主任，县民政局、县水利局为成员单位。\n")
    edge(kg, "MEMBER_OF", ("Department", "县民政局"), ("Committee", "县减灾委"))
    edge(kg, "MEMBER_OF", ("Department", "县水利局"), ("Committee", "县减灾委"))


def test_accepting_guidance_names_the_guide():
    kg = graph(HEAD + "县应急管理局主动接受云州市应急管理局的业务指导，全年未发生较大事故。\n")
    edge(kg, "GUIDES", ("Department", "市应急管理局"), ("Department", "县应急管理局"))


def test_a_post_in_a_committee_named_after_the_verb():
    kg = graph(HEAD + "县长李强任县安委会主任，常务副县长张伟任第一副主任。\n")
    assert edge(kg, "HOLDS_POST", ("Person", "李强"), ("Committee", "县安委会"))["properties"]["title"] == "主任"
    assert edge(kg, "HOLDS_POST", ("Person", "张伟"), ("Committee", "县安委会"))["properties"]["title"] == "第一副主任"
