"""Round 30 (task L30): places and checks in forms first seen in fresh sets.
- `对A公司、B公司等企业开展“回头看”`: named firms re-checked by a body are inspected (a re-check of a firm's
  rectification, `对A整改情况开展“回头看”`, is not);
- `A驻守X镇` / `A现有队员N人，常年驻防于X镇`: a team stationed with the place written after the verb lies there.
Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县2023年安全生产工作总结\n"


def test_named_firms_recheck_is_an_inspection():
    kg = graph(HEAD + "县应急管理局会同县工信局对远航面粉有限公司、位于白石镇的森茂木业有限公司等企业开展“回头看”。\n")
    for firm in ("远航面粉有限公司", "森茂木业有限公司"):
        assert has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", firm))


def test_recheck_of_a_firms_rectification_is_no_inspection():
    kg = graph(HEAD + "县应急管理局对远航矿业有限公司整改情况开展“回头看”。\n")
    assert not has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "远航矿业有限公司"))


def test_team_stationed_before_the_place():
    kg = graph(HEAD + "县森林消防大队驻守白石镇，全年出动巡护200余次。\n")
    assert has_edge(kg, "LOCATED_IN", ("RescueTeam", "县森林消防大队"), ("Jurisdiction", "白石镇"))


def test_team_stationed_in_a_later_clause():
    kg = graph(HEAD + "县森林消防专业队现有队员40人，常年驻防于黄沙乡；县应急管理局与县林业局签订协议。\n")
    assert has_edge(kg, "LOCATED_IN", ("RescueTeam", "县森林消防专业队"), ("Jurisdiction", "黄沙乡"))
    assert not has_edge(kg, "LOCATED_IN", ("Department", "县应急管理局"), ("Jurisdiction", "黄沙乡"))
