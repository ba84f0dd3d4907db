"""Round 20 (task L20, relations side): SUPERVISES forms generalised from dev16/dev17 misses.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"


def test_a_compound_check_name_with_a_supervision_word_supervises_the_own_place():
    # 暗访督查: the first check word (暗访) is no supervision word, the last (督查) is
    kg = graph(HEAD + "6月3日，东湖市消防救援支队对我县高层建筑消防安全开展暗访督查，县住建局有关负责同志陪同。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "市消防救援支队"), ("Jurisdiction", "青山县"))


def test_a_leaders_body_supervises_the_own_place_it_checks():
    kg = graph(HEAD + "东湖市应急管理局副局长张明带队对我县危险化学品安全开展督导，县委统战部负责同志陪同。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "市应急管理局"), ("Jurisdiction", "青山县"))
    # the reporting body did not go: it supervises nothing here
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "青山县"))


def test_an_object_topicalised_in_a_later_clause_is_supervised_by_the_body_after_it():
    kg = graph(HEAD + "县安委会第一督查组对东关镇、西关镇开展燃气安全专项督查，对整改不力的东关镇，"
               "县安委会约谈了镇政府主要负责人。\n")
    assert has_edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Jurisdiction", "东关镇"))
    assert not has_edge(kg, "SUPERVISES", ("Committee", "县安全生产委员会"), ("Jurisdiction", "西关镇"))


def test_a_check_clause_is_no_topic():
    # `对B开展督查，` is a check of its own: the talk after it names its own object, not B
    kg = graph(HEAD + "县安委会督查组对东关镇开展燃气安全专项督查，县应急管理局约谈了红星化工有限公司负责人。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Jurisdiction", "东关镇"))


def test_an_order_on_a_topicalised_object_is_the_body_after_it():
    kg = graph(HEAD + "县消防救援大队联合县民宗局对全县宾馆开展消防安全检查，对问题突出的红星化工有限公司，"
               "县应急管理局下达了责令限期改正通知书。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "红星化工有限公司"))
    assert not has_edge(kg, "SUPERVISES", ("Department", "县消防救援大队"), ("Enterprise", "红星化工有限公司"))


def test_places_named_again_by_count_and_kind_are_supervised():
    kg = graph(HEAD + "县安委办对东关镇石桥村、西关镇河口村的瓶装液化气使用开展暗查，督促两镇落实属地监管责任。\n")
    for town in ("东关镇", "西关镇"):
        assert has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", town)), town
    # a count that does not match the places written names others: none
    kg = graph(HEAD + "县安委办对东关镇石桥村的瓶装液化气使用开展暗查，督促两镇落实属地监管责任。\n")
    assert not has_edge(kg, "SUPERVISES", ("Department", "县安委办"), ("Jurisdiction", "东关镇"))
