"""Round 30 (task P30): posts, drills and plans in forms first seen in fresh sets.
- `X办公室设在Y局，局长A…` / `设在Y局，A局长…`: the title with no body of its own is held in the body the office
  sits in, when it is that body's own title (局长 of a 局);
- a barred drill row whose FIRST cell is the drill (`● X演练|日期|地点|主办:A|参演:B、C`): roles by their labels;
- `X演练(日期,地点):A、B联合开展，C派员参加`: bodies running a drill together, written after it;
- `A起草并由B印发《P》`: the drafting body issues the plan too (我局: the reporting body);
- a body written as the first part of its unit's name (`县公安局交巡警大队参与`) takes no role of its own.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"
OWN_HEAD = "青山县应急管理局2023年工作总结\n"


def test_title_before_name_is_held_in_the_body_an_office_sits_in():
    kg = graph(HEAD + "县防汛抗旱指挥部办公室设在县水利局，局长王建国兼任办公室主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "王建国"), ("Department", "县水利局"))


def test_title_after_name_is_held_in_the_body_an_office_sits_in():
    kg = graph(HEAD + "县减灾委办公室设在县民政局，李*明局长兼任办公室主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "李*明"), ("Department", "县民政局"))


def test_title_after_by_is_held_in_the_body_an_office_sits_in():
    kg = graph(HEAD + "县防汛抗旱指挥部办公室设在县水利局，由局长付春生兼任办公室主任。\n")
    assert has_edge(kg, "HOLDS_POST", ("Person", "付春生"), ("Department", "县水利局"))


def test_a_title_not_of_the_body_is_not_held_in_it():
    kg = graph(HEAD + "县防汛抗旱指挥部办公室设在县水利局，副县长王建国兼任办公室主任。\n")
    assert not has_edge(kg, "HOLDS_POST", ("Person", "王建国"), ("Department", "县水利局"))


ROW = "城镇燃气泄漏事故应急演练|4月26日|青山燃气有限公司|主办:县住房和城乡建设局|参演:县消防救援大队、白石镇\n"


def test_a_row_opening_with_its_drill_reads_its_labelled_cells():
    kg = graph(HEAD + ROW)
    drill = ("Drill", "城镇燃气泄漏事故应急演练")
    assert has_edge(kg, "ORGANIZED", ("Department", "县住房和城乡建设局"), drill)
    assert has_edge(kg, "PARTICIPATED_IN", ("Department", "县消防救援大队"), drill)
    assert not has_edge(kg, "ORGANIZED", ("Department", "县消防救援大队"), drill)


def test_bodies_running_a_drill_together_written_after_it():
    kg = graph(HEAD + "● 水上搜救演练(5月30日,青山码头):县农业农村局、县交通运输局联合开展，白石镇派员参加。\n")
    drill = ("Drill", "水上搜救演练")
    assert has_edge(kg, "ORGANIZED", ("Department", "县交通运输局"), drill)
    assert has_edge(kg, "ORGANIZED", ("Department", "县农业农村局"), drill)


def test_the_drafting_body_issues_the_plan_too():
    kg = graph(HEAD + "县应急管理局起草并由县政府印发《青山县安全生产责任清单》。\n")
    plan = ("Plan", "青山县安全生产责任清单")
    assert has_edge(kg, "ISSUED", ("Department", "县应急管理局"), plan)
    assert has_edge(kg, "ISSUED", ("Department", "县人民政府"), plan)


def test_we_drafted_is_the_reporting_body():
    kg = graph(OWN_HEAD + "我局起草并由县政府印发《青山县自然灾害防治责任清单》。\n")
    assert has_edge(kg, "ISSUED", ("Department", "县应急管理局"), ("Plan", "青山县自然灾害防治责任清单"))


def test_a_parent_written_in_its_units_name_takes_no_part():
    kg = graph(HEAD + "6月18日，隧道火灾事故应急演练在青山隧道举行，由县交通运输局主办，县消防救援大队、县公安局交巡警大队参与。\n")
    drill = ("Drill", "隧道火灾事故应急演练")
    assert has_edge(kg, "PARTICIPATED_IN", ("Department", "县公安局交巡警大队"), drill)
    assert not has_edge(kg, "PARTICIPATED_IN", ("Department", "县公安局"), drill)
