"""Round 23 (task L23, relations side): a part written right after its port or park, and a facility built in a
site. Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_parts_listed_after_a_port_lie_in_the_port():
    kg = graph(HEAD + "县交通运输局检查了青山港北岸作业区、南岸作业区。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "北岸作业区"), ("Facility", "青山港"))
    assert has_edge(kg, "LOCATED_IN", ("Facility", "南岸作业区"), ("Facility", "青山港"))


def test_a_park_written_before_a_smaller_park_holds_it():
    kg = graph(HEAD + "县应急管理局检查了青山高新区电子产业园。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "电子产业园"), ("Facility", "青山高新区"))
    # the park itself is not part of what follows it
    assert not has_edge(kg, "LOCATED_IN", ("Facility", "青山高新区"), ("Facility", "电子产业园"))


def test_a_facility_built_in_a_site_lies_in_the_site():
    kg = graph(HEAD + "今年在城北体育场建成无人机应急起降点2处。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "无人机应急起降点"), ("Facility", "城北体育场"))


def test_an_owner_word_between_the_place_and_the_name_keeps_the_place():
    kg = graph(HEAD + "县林业局检查了南坪乡境内的国有青松林场。\n")
    assert has_edge(kg, "LOCATED_IN", ("Facility", "青松林场"), ("Jurisdiction", "南坪乡"))


def test_a_zone_named_after_a_port_is_not_inside_it():
    kg = graph(HEAD + "县应急管理局检查了青山港经济技术开发区。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Facility", "经济技术开发区"))
    assert not has_edge(kg, "LOCATED_IN", ("Facility", "经济技术开发区"), ("Facility", "青山港"))
