"""Round 19 (task L19, relations side): LOCATED_IN / INSPECTED / SUPERVISES forms found across the dev sets.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_recheck_named_after_its_objects_inspects_them():
    kg = graph(HEAD + "台风过后，县水利局、县自然资源局对东堤海堤和河口排涝泵站进行了复查。\n")
    for body in ("县水利局", "县自然资源局"):
        for site in ("东堤海堤", "河口排涝泵站"):
            assert has_edge(kg, "INSPECTED", ("Department", body), ("Facility", site)), (body, site)


def test_a_recheck_before_its_objects_inspects_them():
    kg = graph(HEAD + "汛后，县水利局复检了红星水库和东风泵站。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县水利局"), ("Reservoir", "红星水库"))
    assert has_edge(kg, "INSPECTED", ("Department", "县水利局"), ("Facility", "东风泵站"))


def test_a_count_closing_a_list_of_places_keeps_them_objects():
    kg = graph(HEAD + "县政府与石桥镇、河口镇、东风乡和红旗乡4个乡镇签订目标责任书。\n")
    for place in ("石桥镇", "河口镇", "东风乡", "红旗乡"):
        assert has_edge(kg, "SUPERVISES", ("Department", "县人民政府"), ("Jurisdiction", place)), place
    # after one place alone a count counts its parts (石桥镇3个村): the town is no object
    kg = graph(HEAD + "县安委办对石桥镇3个村开展安全生产督查。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "石桥镇"))


def test_a_checkpoint_set_up_at_a_place_does_not_inspect_the_place():
    kg = graph(HEAD + "县应急管理局联合县公安局在石桥镇危化品车辆专用停车场设立联合检查点，检查危化品运输车辆1200辆次。\n")
    for body in ("县应急管理局", "县公安局"):
        assert not has_edge(kg, "INSPECTED", ("Department", body), ("Facility", "危化品车辆专用停车场")), body


def test_a_committee_naming_a_leaders_post_does_not_inspect():
    kg = graph(HEAD + "汛前，县防指总指挥李明带领县水利局、县住建局，检查了滨河路下穿隧道和河口排涝泵站。\n")
    assert not has_edge(kg, "INSPECTED", ("Committee", "县防汛抗旱指挥部"), ("Facility", "河口排涝泵站"))
    assert has_edge(kg, "INSPECTED", ("Department", "县水利局"), ("Facility", "河口排涝泵站"))


def test_a_recheck_called_fuhe_inspects_its_objects():
    kg = graph(HEAD + "县自然资源局会同县应急管理局开展隐患排查，对石桥镇河口村老寨滑坡隐患点、东风镇红岩村崩塌隐患点进行了复核。\n")
    for body in ("县自然资源局", "县应急管理局"):
        assert has_edge(kg, "INSPECTED", ("Department", body), ("Facility", "老寨滑坡隐患点")), body


def test_a_passive_order_after_a_cause_clause_supervises_the_topic():
    kg = graph(HEAD + "红星水电开发有限公司未按规定开展大坝安全鉴定，被县安委会挂牌督办。\n")
    assert has_edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Enterprise", "红星水电开发有限公司"))
    kg = graph(HEAD + "石桥镇东风化工经营部因违规储存危险化学品，被县应急管理局挂牌督办。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "东风化工经营部"))


def test_an_order_to_it_with_no_object_before_goes_to_the_topic():
    kg = graph(HEAD + "东风砂石料场位于石桥乡，因边坡超高存在滑塌隐患，县自然资源局责令其停产整改。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县自然资源局"), ("Enterprise", "东风砂石料场"))


def test_a_checkpoint_named_in_the_objects_is_not_the_check():
    kg = graph(HEAD + "防火期内，县林草局对石桥乡境内的东风林场和设在河口镇的河口森林防火检查站开展了检查。\n")
    assert has_edge(kg, "INSPECTED", ("Department", "县林业局"), ("Facility", "东风林场"))
