"""Round 32 (task L32): a body said to be another body's outpost.
- `A系B派出机构` / `A是B的直属机构`: A is PART_OF B (the `branch_of` cue words of cues.tsv);
- a denied or distant copula (`A是X部门，不是B的派出机构`) gives nothing.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"


def test_outpost_written_with_xi():
    kg = graph(HEAD + "县市场监管局系市市场监督管理局派出机构，负责全县特种设备监管。\n")
    assert has_edge(kg, "PART_OF", ("Department", "县市场监督管理局"), ("Department", "市市场监督管理局"))


def test_outpost_written_with_shi_de():
    kg = graph(HEAD + "县气象局是市气象局的直属机构，承担全县气象灾害预警。\n")
    assert has_edge(kg, "PART_OF", ("Department", "县气象局"), ("Department", "市气象局"))


def test_denied_outpost_is_no_part():
    kg = graph(HEAD + "县应急管理局是县政府的工作部门，不是市应急管理局的派出机构。\n")
    assert not has_edge(kg, "PART_OF", ("Department", "县应急管理局"), ("Department", "市应急管理局"))
