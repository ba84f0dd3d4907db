"""Round 22 (E22): merged bureaus after a clause word, a place's facility after 的, a proper word ending in a
function char after a clause word; each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import canonicals as _canon


def test_a_merged_bureau_after_a_clause_word_keeps_its_full_name():
    assert "县规划自然资源局" in _canon("矿山地质环境治理由县规划自然资源局负责。", "Department")
    assert "县规划自然资源局" in _canon("县应急管理局会同县规划自然资源局开展联合执法。", "Department")
    assert "县建设交通局" in _canon("县应急管理局和县建设交通局开展检查。", "Department")
    # a known bureau written plainly after the same words stays that bureau
    assert _canon("由县自然资源局负责。", "Department") == {"县自然资源局"}


def test_a_bare_kind_after_de_is_named_by_the_township_before_it():
    assert "白沙镇污水处理厂" in _canon("县住建局对位于白沙镇的污水处理厂开展检查。", "Facility")
    assert "溪口村自来水厂" in _canon("检查了溪口村的自来水厂。", "Facility")
    # no place right before 的: no name is made up
    assert not _canon("全县各乡镇的污水处理厂运行正常。", "Facility")


def test_a_proper_word_ending_in_a_function_char_after_a_clause_word_stays_in_the_name():
    assert "祥和雅苑小区" in _canon("对祥和雅苑小区开展燃气安全排查。", "Facility")
    assert "永和新村小区" in _canon("在永和新村小区开展疏散演练。", "Facility")


def test_an_abbreviated_field_joined_to_a_known_bureau_names_a_bureau_of_its_own():
    assert "县农牧水利局" in _canon("县应急管理局会同县农牧水利局开展检查。", "Department")


def test_a_township_party_committee_and_town_office_are_named_with_the_township():
    import sys
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from _loader_helpers import graph, names
    kg = graph("青山县2024年应急管理工作总结\n白沙镇党委书记王明带队检查。溪口街道城市管理办公室主任李华参加。")
    found = names(kg, "Department")
    assert {"白沙镇党委", "溪口街道城市管理办公室"} <= found, found
    # the township's leadership summoned as a whole (no named holder) is no body of the graph
    kg = graph("青山县2024年应急管理工作总结\n县安委会约谈白沙镇党委书记、镇长。")
    assert "白沙镇党委" not in names(kg, "Department")
