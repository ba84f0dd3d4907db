"""Round 28, R28 (RESPONSIBLE_FOR): snow-melt flooding as a field of its own (sectors.tsv), and the bodies listed
under a side role's label in a drill's item line (`参演：A、B`) answering for no field. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_snow_melt_flooding_under_a_numbered_head_is_the_field_of_a_joint_check():
    kg = graph(HEAD + "一、自然灾害防治\n3.融雪性洪水防御。4月初，县防汛抗旱指挥部统筹，县水利局、县自然资源局组成联合"
               "检查组，对白杨河堤防逐段进行排查。\n")
    for label, body in (("Committee", "县防汛抗旱指挥部"), ("Department", "县水利局"), ("Department", "县自然资源局")):
        assert has_edge(kg, "RESPONSIBLE_FOR", (label, body), ("Sector", "融雪性洪水"))


def test_bodies_under_a_side_label_of_a_drill_item_answer_for_no_field():
    kg = graph(HEAD + "一、自然灾害防治\n2.融雪性洪水防御。县水利局对白杨河堤防开展了巡查。全年组织演练如下：\n"
               "- 融雪性洪水应急演练：时间3月20日；地点：白杨河下游；组织：县水利局；参演：县消防救援大队、县交通运输局。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "融雪性洪水"))
    for body in ("县消防救援大队", "县交通运输局"):
        assert not has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "融雪性洪水"))
