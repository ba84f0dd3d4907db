"""Round 20 (E20): entity forms for places and people never seen, each tested on sentences written for the test."""
from __future__ import annotations

from _loader_helpers import graph, has_edge, mentions


def _person_starts(text: str) -> list[int]:
    from loaders import entities
    return sorted(m.start for m in entities.extract(text, "青山县", "县") if m.label == "Person")


def test_a_name_read_with_its_title_is_read_again_without_it():
    text = "县防汛抗旱指挥部由副县长贺明远任指挥长。汛前，贺明远带领县水利局、县应急管理局检查了青石水库。"
    assert len(_person_starts(text)) == 2
    kg = graph(text)
    assert has_edge(kg, "INSPECTED", ("Person", "贺明远"), ("Reservoir", "青石水库"))


def test_names_listed_bare_and_a_name_before_its_title_are_read_again():
    text = ("副县长邝文斌、副县长蒋立新分管应急工作。汛前，邝文斌、蒋立新先后带队检查。"
            "会后，由蒋立新督导整改，邝文斌县长强调…")
    found = _person_starts(text)
    assert len(found) == 6, found
    # a two-char name running into a verb (王强 + 调度 reads 强调), 巴特 inside 巴特尔: no bare repeat
    text = "副县长王强主持会议。会议强调，王强调度了物资；副旗长巴特出席，苏和巴特尔发言。汛前，王强带队。"
    found = _person_starts(text)
    assert len(found) == 3, found


def test_zongzhihui_is_a_title_before_a_name():
    found = mentions("县长、县三防指挥部总指挥程远航坐镇指挥，副总指挥鲁一鸣带队巡查。")
    assert {("Person", "程远航"), ("Person", "鲁一鸣")} <= set(found)


def test_a_name_before_baobao_is_read():
    found = mentions("青石水库由副县长贺明远包保，县水利局负责技术指导。")
    assert ("Person", "贺明远") in found


def test_a_name_with_an_ethnic_note_or_before_yuyi_is_read():
    from loaders import normalise
    found = mentions(normalise.normalise("对县林草局副局长乌日娜（蒙古族）等5名同志予以表扬。").text)
    assert ("Person", "乌日娜") in found
    found = mentions("对县综合应急救援队队长次旺多吉予以通报表扬。")
    assert ("Person", "次旺多吉") in found


def test_a_geohazard_site_named_by_a_place_word():
    found = mentions("位于青石镇的老鹰岩滑坡体、白马乡境内的野猪垭崩塌点均落实了专人监测，对该滑坡体设立警示牌。")
    assert {("Facility", "老鹰岩滑坡体"), ("Facility", "野猪垭崩塌点")} <= set(found)
    assert not any(s.endswith("该滑坡体") for _, s in found)
