"""A sentence that opens with a check or an order and names nobody doing it goes on with the bodies the
sentence before opened with, in the same paragraph (loaders.pipeline.GOES_ON)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青川县应急管理局2023年工作总结\n"


def test_a_check_opening_the_next_sentence_is_the_bodies_of_the_sentence_before():
    kg = graph(HEAD + "县应急管理局会同县市场监管局对城区燃气企业开展联合执法。先后检查了白云燃气有限公司、"
                      "青川港华燃气有限公司，对白云燃气有限公司下达整改通知书。\n")
    for body in ("县应急管理局", "县市场监管局"):
        assert has_edge(kg, "INSPECTED", ("Department", body), ("Enterprise", "白云燃气有限公司"))
        assert has_edge(kg, "INSPECTED", ("Department", body), ("Enterprise", "青川港华燃气有限公司"))


def test_a_check_in_the_next_paragraph_is_not_carried():
    kg = graph(HEAD + "县应急管理局会同县市场监管局对城区燃气企业开展联合执法。\n"
                      "先后检查了白云燃气有限公司、青川港华燃气有限公司。\n")
    assert not has_edge(kg, "INSPECTED", ("Department", "县市场监管局"), ("Enterprise", "白云燃气有限公司"))
