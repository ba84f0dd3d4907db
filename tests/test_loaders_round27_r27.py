"""Round 27, R27 (RESPONSIBLE_FOR): fields read from the slot that says they are a field, in the wordings of fresh
places: the first cell of a duty-table row (quoted, with a part in brackets, glued to a body's name the entity step
cut or did not read), `明确X由A牵头，B、C按职责参与`, `X下设A、B等8个专项工作组`. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
TABLE = HEAD + "县安委会印发监管职责分工，主要领域分工如下：\n序号 领域 牵头部门 配合部门\n"


def test_a_quoted_field_cell_is_the_field():
    kg = graph(TABLE + '1 "九小"场所 县消防救援大队 县市场监管局、县住房城乡建设局\n')
    for body in ("县消防救援大队", "县市场监管局", "县住房城乡建设局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "九小场所"))


def test_a_field_cell_with_its_part_in_brackets_gives_both_to_every_body():
    kg = graph(TABLE + "1 工贸（粉尘涉爆） 县应急管理局 县工信局、县市场监管局\n")
    for body in ("县应急管理局", "县工信局", "县市场监管局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "工贸"))
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "粉尘涉爆"))


def test_a_level_prefix_read_into_the_field_cell_is_no_part_of_the_field():
    # the entity step may read `高新区公安分局交警大队` from its `区`: `高新` then stays in the field cell
    kg = graph(TABLE + "1 道路交通 高新区公安分局交警大队 高新区建设局、高新区社会事务局\n")
    for body in ("高新区建设局", "高新区社会事务局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "道路交通"))
    assert not any(d["name"].startswith("道路交通高") for _, d in kg.nodes("Sector"))


def test_a_body_left_unread_in_the_lead_cell_ends_the_field_cell():
    kg = graph(TABLE + "1 群租房 县群租房综合管理服务中心 县公安局、县消防救援大队\n")
    for body in ("县公安局", "县消防救援大队"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "群租房"))


def test_a_verb_setting_the_duty_is_no_part_of_the_field():
    kg = graph(HEAD + "印发成员单位工作职责，明确危险化学品运输由县交通运输局牵头，县公安局、县应急管理局配合。\n")
    for body in ("县交通运输局", "县公安局", "县应急管理局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "危化品运输"))
    assert not any(d["name"].startswith("明确") for _, d in kg.nodes("Sector"))


def test_helpers_taking_part_by_their_duties_share_the_field():
    kg = graph(HEAD + "高层建筑消防安全由县消防救援大队牵头，县住建局、县应急管理局按职责参与。\n")
    for body in ("县消防救援大队", "县住建局", "县应急管理局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "高层建筑消防"))


def test_shipping_is_the_water_traffic_field():
    kg = graph(HEAD + "县交通运输局负责航运安全监管，全年检查船舶120艘次。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县交通运输局"), ("Sector", "水上交通"))



def test_a_committee_setting_up_groups_named_by_fields_answers_for_none_of_them():
    kg = graph(HEAD + "县安委会下设道路交通、建设施工、水上交通等8个专项工作组，各组办公室设在牵头部门。\n")
    for field in ("道路交通", "建筑施工", "水上交通"):
        assert not has_edge(kg, "RESPONSIBLE_FOR", ("Committee", "县安委会"), ("Sector", field))
