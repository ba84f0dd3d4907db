"""Round 17 (relations): forms first met in dev14 (`逐库检查`, a place written before its firm with 的 in an
object, a last clause of a role only, a head joining a sector with a kind of facility, `新建了`, `设在`,
`对其…检查` of the sentence's topic, the 防汛防风 field). Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, names

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_check_one_by_one_with_any_measure_word():
    kg = graph(HEAD + "汛前，县水利局对白杨水库、红石水库等12座水库逐库检查。\n")
    for r in ("白杨水库", "红石水库"):
        assert has_edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", r)), r


def test_a_place_written_with_de_before_the_firm_ordered_is_not_ordered():
    kg = graph(HEAD + "对城关街道的顺达液化气供应站超量储存问题，县住建局责令整改并挂牌督办。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县住房和城乡建设局"), ("Jurisdiction", "城关街道"))


def test_a_last_clause_of_a_role_only_helps_with_the_task_before():
    kg = graph(HEAD + "县林业局负责森林防火巡查，县公安局配合。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县公安局"), ("Sector", "森林防灭火"))


def test_an_inline_head_joining_a_sector_and_a_kind_of_facility():
    kg = graph(HEAD + "**（二）非煤矿山和尾矿库。** 由县应急管理局负责，县自然资源局协同。\n")
    for body in ("县应急管理局", "县自然资源局"):
        assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", body), ("Sector", "非煤矿山")), body


def test_a_facility_built_or_set_in_a_place():
    kg = graph(HEAD + "县水利局在红桥镇新建了红桥水库。县应急物资储备库设在城关街道。\n")
    assert has_edge(kg, "LOCATED_IN", ("Reservoir", "红桥水库"), ("Jurisdiction", "红桥镇"))
    assert has_edge(kg, "LOCATED_IN", ("Facility", "县应急物资储备库"), ("Jurisdiction", "城关街道"))


def test_a_check_of_its_parts_checks_the_thing_the_sentence_opens_with():
    kg = graph(HEAD + "位于红桥镇的黑沟尾矿库为三等库，县应急管理局联合县自然资源局在汛前对其坝体、排洪设施开展了专项检查。\n")
    for body in ("县应急管理局", "县自然资源局"):
        assert has_edge(kg, "INSPECTED", ("Department", body), ("Facility", "黑沟尾矿库")), body


def test_flood_and_wind_prevention_is_the_flood_field():
    kg = graph(HEAD + "四、防汛防风\n县水务局负责堤防巡查。\n")
    assert has_edge(kg, "RESPONSIBLE_FOR", ("Department", "县水利局"), ("Sector", "防汛防风"))
    assert "防汛防风" in names(kg, "Sector")


def test_a_visit_by_supervision_groups_sent_out_supervises_the_places():
    kg = graph(HEAD + "县森林防灭火指挥部派出4个督查组，深入红桥镇、李家乡等重点林区巡查。县林业局深入白石镇巡查。\n")
    for place in ("红桥镇", "李家乡"):
        assert has_edge(kg, "SUPERVISES", ("Committee", "县森林防灭火指挥部"), ("Jurisdiction", place)), place
    # a body's own patrol is no supervision
    assert not has_edge(kg, "SUPERVISES", ("Department", "县林业局"), ("Jurisdiction", "白石镇"))
