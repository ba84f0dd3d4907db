"""Normalisation keeps an offset map: every evidence span is the sentence as written in the original."""
from __future__ import annotations

from _loader_helpers import graph, names
from loaders.normalise import normalise
from loaders.sentences import split


def test_full_width_forms_are_folded_and_mapped_back():
    text = "青山区应急管理局（试点）：２０２１年开展检查。"
    n = normalise(text)
    assert "(试点):2021年" in n.text
    i = n.text.index("2021")
    a, b = n.span(i, i + 4)
    assert text[a:b] == "２０２１"


def test_page_break_inside_a_word_is_joined():
    text = ("青山区2021年工作总结\n"
            "今年以来，区应急管理局联合区住建局对辖区内建筑工地和白沙镇石门\n\n"
            "水库开展了安全检查，发现隐患12处。\n")
    kg = graph(text)
    assert "石门水库" in names(kg, "Reservoir")
    n = normalise(text)
    assert "石门水库" in n.text


def test_evidence_is_the_original_sentence_including_the_break():
    text = ("青山区2021年工作总结\n"
            "今年以来，区应急管理局联合区住建局对辖区内建筑工地和白沙镇石门\n\n"
            "水库开展了安全检查，发现隐患12处。\n")
    kg = graph(text)
    for _, d in kg.nodes():
        for doc, a, b in d["evidence"]:
            assert 0 <= a < b <= len(text)
    rid = kg.find("石门水库", label="Reservoir")[0]
    (doc, a, b), = kg.node(rid)["evidence"]
    assert "石门\n\n水库" in text[a:b]


def test_short_heading_lines_are_not_joined():
    n = normalise("一、总体情况\n全区形势平稳。\n")
    assert n.text.split("\n")[0] == "一、总体情况"


def test_markdown_and_boilerplate_are_dropped():
    text = ("下面是小编为大家整理的工作总结，供大家参考。\n"
            "# 青山区2021年应急管理工作总结\n"
            "**一、工作开展情况**\n"
            "区应急管理局印发了《青山区森林火灾应急预案》。\n"
            "第 3 页 共 5 页\n")
    n = normalise(text)
    assert "小编" not in n.text and "#" not in n.text and "**" not in n.text and "页" not in n.text
    kg = graph(text)
    assert "青山区森林火灾应急预案" in names(kg, "Plan")


def test_site_footers_and_contact_lines_are_dropped_but_a_drill_line_of_organisers_stays():
    text = ("青川县应急管理局2023年工作总结\n"
            "5月10日，县应急管理局在白鹭镇开展防汛应急演练。\n"
            "主办单位：县应急管理局；承办单位：白鹭镇人民政府\n"
            "（联系人：县应急管理局办公室　　联系电话：0000-*******）\n"
            "主办：青川县人民政府办公室　　联系电话：0000-XXXXXXX\n"
            "皖ICP备*号　　主办：青川县人民政府办公室\n"
            "版权所有：青川县人民政府　　网站标识码：34XXXXXXXX\n"
            "技术支持：***网络科技有限公司\n")
    kept = normalise(text).text
    assert "承办单位:白鹭镇人民政府" in kept   # (full-width punctuation folded)
    for gone in ("联系人", "联系电话", "ICP", "版权所有", "技术支持", "县人民政府办公室"):
        assert gone not in kept


def test_spaces_between_chinese_and_digits_are_layout():
    n = normalise("2020 年,共组建 25 支队伍。")
    assert n.text == "2020年,共组建25支队伍。"


def test_sentences_split_and_keep_the_sector_heading():
    text = normalise("危险化学品领域：区应急管理局检查企业5家。发现隐患3处。\n一是加强值班。\n").text
    sents = split(text)
    assert [s.heading for s in sents[:2]] == ["危险化学品", "危险化学品"]
    assert sents[2].heading is None
