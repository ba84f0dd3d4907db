"""Round 21 (task L21, relations side): drill and supervision forms generalised from dev18/dev19 misses.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_drill_with_its_organiser_and_site_in_the_clause_after_it():
    # …演练由A于DATE在X举行: the organiser and the site follow the drill in one clause
    kg = graph(HEAD + "- 有限空间作业事故救援演练由县水务局于10月12日在东关镇污水泵站举行。\n")
    assert has_edge(kg, "ORGANIZED", ("Department", "县水利局"), ("Drill", "有限空间作业事故救援演练"))
    assert has_edge(kg, "HELD_AT", ("Drill", "有限空间作业事故救援演练"), ("Facility", "污水泵站"))
    # the reporting body did not run it
    assert not has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), ("Drill", "有限空间作业事故救援演练"))


def test_a_drill_held_under_the_guidance_of_bodies_written_after_it():
    kg = graph(HEAD + "一是5月12日，县第一中学地震应急疏散演练在县应急管理局、县教育局的指导下举行，全校师生参加；\n")
    assert has_edge(kg, "ORGANIZED", ("Department", "县教育局"), ("Drill", "地震应急疏散演练"))
    assert has_edge(kg, "ORGANIZED", ("Department", "县应急管理局"), ("Drill", "地震应急疏散演练"))
    # the school written right before its drill holds it
    assert has_edge(kg, "HELD_AT", ("Drill", "地震应急疏散演练"), ("Facility", "县第一中学"))


def test_a_site_a_body_guides_holds_its_own_drill():
    kg = graph(HEAD + "11月9日，县教育局指导县第一中学开展地震应急疏散演练。\n")
    assert has_edge(kg, "ORGANIZED", ("Department", "县教育局"), ("Drill", "地震应急疏散演练"))
    assert has_edge(kg, "HELD_AT", ("Drill", "地震应急疏散演练"), ("Facility", "县第一中学"))
    # … with its township written before it
    kg = graph(HEAD + "11月9日，县教育局指导东关镇中心小学开展地震应急疏散演练。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "地震应急疏散演练"), ("Facility", "中心小学"))
    # a site named inside the clause, neither opening it nor guided, holds nothing
    kg = graph(HEAD + "5月12日，县教育局为县第一中学师生讲授地震应急疏散演练要点。\n")
    assert not has_edge(kg, "HELD_AT", ("Drill", "地震应急疏散演练"), ("Facility", "县第一中学"))


def test_a_paper_signed_is_sent_by_the_body_of_its_own_clause():
    # A下设B，县政府与C、D签订…责任书: the government signs; the committee and its sub-committees do not
    kg = graph(HEAD + "县安委会下设道路交通、消防安全等6个专业委员会，县政府与东关镇、西关镇等8个镇签订了年度安全生产责任书。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", "东关镇"))
    assert not has_edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Jurisdiction", "东关镇"))
    assert not has_edge(kg, "SUPERVISES", ("Committee", "县专业委员会"), ("Jurisdiction", "西关镇"))


def test_a_drill_heading_a_list_item_is_held_at_the_place_its_own_clause_names():
    # X演练：DATE，PLACE，A指导…: the clause naming only a place says where
    kg = graph(HEAD + "★防汛应急演练：6月7日，东关镇东湖水库，县水利局组织，县应急管理局参加。\n")
    assert has_edge(kg, "HELD_AT", ("Drill", "防汛应急演练"), ("Reservoir", "东湖水库"))
    assert has_edge(kg, "ORGANIZED", ("Department", "县水利局"), ("Drill", "防汛应急演练"))
    # a clause naming a body is no place
    kg = graph(HEAD + "★防汛应急演练：6月7日，县水利局组织，东关镇参加。\n")
    assert not has_edge(kg, "HELD_AT", ("Drill", "防汛应急演练"), ("Jurisdiction", "东关镇"))
