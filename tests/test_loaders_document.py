"""What a report says about itself (`loaders.document`), on texts written for the tests."""
from __future__ import annotations

from kg.model import KnowledgeGraph
from loaders import document, normalise
from loaders.pipeline import extract
from loaders.source import Source

BODY = "一、工作开展情况\n全县应急管理工作稳步推进。\n"


def _info(text: str) -> document.DocInfo:
    return document.read(normalise.normalise(text).text)


def _title(kg: KnowledgeGraph) -> str:
    return next(d["properties"]["title"] for _, d in kg.nodes("Document"))


def test_a_plain_first_line_is_the_title():
    info = _info("青禾县应急管理局2023年工作总结\n" + BODY)
    assert info.title == "青禾县应急管理局2023年工作总结"
    assert (info.place, info.level_char, info.year) == ("青禾县", "县", 2023)


def test_the_title_comes_after_a_portal_breadcrumb():
    text = "当前位置：首页 > 信息公开 > 政府文件\n\n青禾县人民政府关于2023年度应急管理工作情况的报告\n" + BODY
    info = _info(text)
    assert info.title == "青禾县人民政府关于2023年度应急管理工作情况的报告"
    assert (info.place, info.level_char) == ("青禾县", "县")
    assert _title(extract(Source("r.txt", text))) == info.title


def test_the_title_comes_after_a_portal_name_bar():
    # the bar holds a title word (总结) and must still not be read as the title
    info = _info("柘川市人民政府门户网站｜政务公开｜计划总结\n柘川市2024年上半年应急管理工作总结\n" + BODY)
    assert info.title == "柘川市2024年上半年应急管理工作总结"
    assert (info.place, info.level_char, info.period) == ("柘川市", "市", "2024上半年")


def test_a_report_of_portal_lines_only_keeps_its_first_line():
    assert _info("索引号：001-2023-0042\n").title is None
