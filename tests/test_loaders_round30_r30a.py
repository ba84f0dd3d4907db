"""Round 30 (task R30a, RESPONSIBLE_FOR): an enumeration item written as a sentence of its own inside a line
(`…。一是道路交通。A、B联合开展…。二是消防安全。C对…`) gives its sectors to the bodies of the sentences after it, up to
the next item. Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
LINE = ("（三）统筹其他方面，守牢安全底线。一是道路交通。县公安局交警大队、县交通运输局联合开展春运专项整治行动。"
        "二是消防安全。县消防救援大队对全县宾馆开展检查。三是建筑施工领域。县住建局对全县在建工地开展安全检查。\n")


def test_each_inline_item_gives_its_sector_to_the_bodies_after_it():
    kg = graph(HEAD + LINE)
    for body in ("县公安局交警大队", "县交通运输局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "道路交通"))
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "建筑施工"))


def test_an_item_ends_where_the_next_begins_on_a_line_opened_by_an_item():
    kg = graph(HEAD + "（二）行业监管\n一是道路交通。县交通运输局开展春运专项整治行动。二是消防安全。县消防救援大队对全县宾馆开展检查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "消防"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "道路交通"))



def test_each_enumerated_duty_clause_keeps_its_own_field():
    kg = graph(HEAD + "下半年重点抓好：一是推进三年行动；二是县住建局、县应急管理局共同负责城镇燃气安全整治，"
                      "县消防救援大队负责电动自行车消防安全；三是加强队伍建设。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "城镇燃气"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "消防"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县消防救援大队"), ("Sector", "城镇燃气"))


def test_a_head_of_other_fields_is_no_field():
    kg = graph(HEAD + "**（五）其他行业领域。**县交通运输局开展农村道路交通安全专项行动；县教育局对全县中小学校开展安全隐患排查。\n")
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "其他行业"))
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县教育局"), ("Sector", "其他行业"))
