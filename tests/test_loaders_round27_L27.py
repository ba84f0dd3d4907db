"""Round 27 (task L27, relations side): a check accepted from a group whose name holds a check word
(`A、B接受了市安委会第三督导组的暗访检查`): the check word is read outside names, and the checker is the group,
not the committee written inside its name. Every sentence is written for the test (no report text)."""
from __future__ import annotations

from _loader_helpers import graph, has_edge

HEAD = "青山县应急管理局2023年工作总结\n"
FIRMS = ("华兴化工有限公司", "明远塑胶制品有限公司")


def test_a_check_accepted_from_a_supervision_group_is_an_inspection():
    kg = graph(HEAD + "东坪工业园内的华兴化工有限公司、明远塑胶制品有限公司接受了市安委会第三督导组的暗访检查。\n")
    for firm in FIRMS:
        assert has_edge(kg, "INSPECTED", ("Committee", "市安委会第三督导组"), ("Enterprise", firm))
        assert not has_edge(kg, "SUPERVISES", ("Committee", "市安委会第三督导组"), ("Enterprise", firm))


def test_the_committee_inside_the_groups_name_checks_nothing():
    kg = graph(HEAD + "华兴化工有限公司、明远塑胶制品有限公司接受了市安委会第三督导组的复核检查。\n")
    for firm in FIRMS:
        assert not has_edge(kg, "INSPECTED", ("Committee", "市安全生产委员会"), ("Enterprise", firm))
        assert not has_edge(kg, "SUPERVISES", ("Committee", "市安全生产委员会"), ("Enterprise", firm))


def test_a_supervision_named_outside_names_still_supervises():
    kg = graph(HEAD + "华兴化工有限公司接受了县应急管理局的专项督查。\n")
    assert has_edge(kg, "SUPERVISES", ("Department", "县应急管理局"), ("Enterprise", "华兴化工有限公司"))
    assert not has_edge(kg, "INSPECTED", ("Department", "县应急管理局"), ("Enterprise", "华兴化工有限公司"))
