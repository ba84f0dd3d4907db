"""Round 25 (E25): people named after staff posts, predicate words and two-part names; gas stations named by the
township or village they serve. Sentences written for the test."""
from __future__ import annotations

from _loader_helpers import canonicals as _canon


def test_a_staff_post_before_a_name_makes_a_person():
    found = _canon("技术责任人为县水利站工程师郑立华，巡查责任人为石门村护库员石老根。", "Person")
    assert {"郑立华", "石老根"} <= found
    assert "吕*" in _canon("对县消防救援大队防火监督员吕*予以通报表扬。", "Person")


def test_a_predicate_word_closes_a_name():
    assert "符德明" in _canon("7月2日，县长符德明冒雨察看白石镇堤防。", "Person")
    # a masked name keeps its last char when a predicate word follows it
    assert "胡*兰" in _canon("石门村地灾监测员胡*兰发现坡体开裂，组织群众转移。", "Person")
    # …and a word that opens at that char is still no part of the name
    assert "李*" in _canon("副县长李*强调要落实责任。", "Person")


def test_rarer_surname_and_a_two_part_mongolian_name():
    assert "粟明远" in _canon("白石镇应急办主任粟明远被评为先进个人。", "Person")
    assert "宝音格日勒" in _canon("县应急管理局副局长宝音格日勒带队检查。", "Person")


def test_a_gas_station_named_by_what_it_holds_takes_its_place_name():
    found = _canon("县住建局对白石镇液化气供应站、青湾社区液化石油气储配站开展检查。", "Facility")
    assert {"白石镇液化气供应站", "青湾社区液化石油气储配站"} <= found

