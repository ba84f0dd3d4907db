"""Round 20 (RESPONSIBLE_FOR): a field known by its position — the field column of a flattened duty table holding
words the sector lexicon lacks, a row holding a body's name the entity step did not read, and an enumerated head
whose words are a field the lexicon lacks. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
TABLE = "序号 领域 牵头部门 配合部门\n"


def test_a_field_cell_the_lexicon_lacks_gives_every_body_of_the_row_its_field():
    kg = graph(HEAD + TABLE + "1 城镇燃气 县住建局 县市场监管局\n2 电梯困人救援 县市场监管局 县消防救援大队、各乡镇\n"
               "3 高层住宅消防安全 县消防救援大队 县住建局\n")
    for body in ("县市场监督管理局", "县消防救援大队"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "电梯困人救援")), body
    # the trailing 安全 is no part of the field's name; a sector word inside it does not stand for it
    for body in ("县消防救援大队", "县住房和城乡建设局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "高层住宅消防")), body
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县住房和城乡建设局"), ("Sector", "电梯困人救援"))
    # the same line under a header with no field column, or as a line of prose, gives no field
    kg = graph(HEAD + "序号 事项 完成时间\n1 电梯困人救援 县市场监管局 县消防救援大队\n")
    assert not kg.find("电梯困人救援", label="Sector")
    kg = graph(HEAD + TABLE + "1 城镇燃气 县住建局 县市场监管局\n今年以来 县市场监管局 县消防救援大队开展检查\n")
    assert not kg.find("今年以来", label="Sector")


def test_a_row_with_a_body_name_no_mention_covers_keeps_its_other_bodies():
    kg = graph(HEAD + TABLE + "1 危险化学品 县应急管理局 港区管理委员会、县交通运输局\n")
    for body in ("县应急管理局", "县交通运输局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "危险化学品")), body


def test_a_place_named_inside_a_body_of_the_row_does_not_make_it_prose():
    kg = graph(HEAD + TABLE + "1 危险化学品 县应急管理局 青山经济开发区管委会、县交通运输局\n")
    for body in ("县应急管理局", "县交通运输局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "危险化学品")), body


def test_an_enumerated_head_naming_a_qualified_field_gives_it_to_the_bodies_after_it():
    kg = graph(HEAD + "二、重点领域\n第三，景区索道消防安全。县消防救援大队联合县文旅局对全县5处景区开展联合检查。\n")
    for body in ("县消防救援大队", "县文化和旅游局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "景区索道消防")), body


def test_an_enumerated_head_worded_as_a_task_is_no_field():
    kg = graph(HEAD + "二、重点领域\n第三，守牢森林防火。县林业局对全县12个检查站开展巡查。\n")
    assert not kg.find("守牢森林防火", label="Sector")


def test_a_sector_word_with_a_generic_tail_in_its_cell_is_that_sector():
    kg = graph(HEAD + TABLE + "1 有限空间作业 县应急管理局 县住建局、县水务局\n")
    for body in ("县应急管理局", "县住房和城乡建设局", "县水务局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "有限空间")), body


def test_the_safety_of_fields_the_lexicon_lacks_given_by_you():
    kg = graph(HEAD + "塘坝、小型水闸安全由县水利局负责；城乡客运和危险货物运输安全由县交通运输局、县公安局交警大队共同负责。\n")
    for field in ("塘坝", "小型水闸"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", field)), field
    for body in ("县交通运输局", "县公安局交警大队"):
        for field in ("城乡客运", "危险货物运输"):
            assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", field)), (body, field)
    assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "城乡客运"))
