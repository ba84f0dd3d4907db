"""Round 31 (task R31a): RESPONSIBLE_FOR from duty tables, duty lists and openings first seen in fresh sets.
- rows of a duty table with a work cell (`领域 牵头部门 配合部门 工作情况`), run together once the cell gaps are
  dropped: each row's bodies answer for that row's fields only;
- `X县安委会各成员单位紧盯A、B等领域`: the members act, the committee answers for none of the fields;
- `我们将/我局将…持续抓好A、B`: the writer's future work gives no field;
- a duty list (`A负责X巡护，B负责综合协调，C负责违规用火查处`): the clauses share the paragraph's field (a committee named after it opens the paragraph);
- 供热/供暖 is the field 冬季供暖.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"
RF = "RESPONSIBLE_FOR"


def test_rows_with_a_work_cell_keep_their_own_fields():
    kg = graph(HEAD + "各领域工作情况如下：\n"
               "行业领域　牵头部门　配合部门　工作情况\n"
               "危险化学品　县应急管理局　县工信局、县市场监管局　检查企业12家次，整改隐患30项\n"
               "建筑施工　县住建局　县交通局　检查在建工地40个，停工整改2个\n")
    assert has_edge(kg, RF, ("Department", "县应急管理局"), ("Sector", "危险化学品"))
    assert has_edge(kg, RF, ("Department", "县市场监督管理局"), ("Sector", "危险化学品"))
    assert has_edge(kg, RF, ("Department", "县住房和城乡建设局"), ("Sector", "建筑施工"))
    assert has_edge(kg, RF, ("Department", "县交通运输局"), ("Sector", "建筑施工"))
    assert not has_edge(kg, RF, ("Department", "县住房和城乡建设局"), ("Sector", "危险化学品"))
    assert not has_edge(kg, RF, ("Department", "县工业和信息化局"), ("Sector", "建筑施工"))


def test_members_of_a_committee_act_not_the_committee():
    kg = graph(HEAD + "2023年，在县委、县政府的正确领导下，县安委会各成员单位认真落实“一岗双责”要求，紧盯道路交通、"
                      "建筑施工等重点领域，全年未发生较大事故。\n")
    assert not has_edge(kg, RF, ("Committee", "县安全生产委员会"), ("Sector", "道路交通"))
    assert not has_edge(kg, RF, ("Committee", "县安全生产委员会"), ("Sector", "建筑施工"))


def test_future_work_of_the_writer_gives_no_field():
    kg = graph("青山县应急管理局2023年工作总结\n2024年，我局将持续抓好非煤矿山、地质灾害等重点领域安全监管。\n")
    assert not has_edge(kg, RF, ("Department", "县应急管理局"), ("Sector", "非煤矿山"))


def test_duty_list_shares_its_one_field():
    kg = graph(HEAD + "县森林防灭火指挥部由县长任总指挥。县林业局牵头负责林区防火巡护，县应急管理局负责综合协调和扑救指挥，"
                      "县公安局负责野外违规用火查处。\n")
    for body in ("县林业局", "县应急管理局", "县公安局"):
        assert has_edge(kg, RF, ("Department", body), ("Sector", "森林防灭火"))


def test_heating_is_a_field():
    kg = graph(HEAD + "县住建局负责全县供热行业监管，全年检查换热站20座。\n")
    assert has_edge(kg, RF, ("Department", "县住房和城乡建设局"), ("Sector", "冬季供暖"))
