"""Round 26, P26: drill roles written in their own clauses (invented sentences)."""
from loaders.pipeline import extract
from loaders.source import Source


def _edges(text: str, kind: str) -> set[tuple[str, str]]:
    g = extract(Source(name="t", text=text))
    names = {n.get("id"): n.get("name") for n in g.node_records()}
    return {(names.get(r.get("source")), names.get(r.get("target")))
            for r in g.edge_records() if r.get("type") == kind}


def test_lead_clause_before_the_drill_names_its_organiser():
    # `由A牵头，<date>在X举行…演练`: A runs the drill, not the reporting body
    text = "2024年县应急管理局工作总结。\n· 由县林业局牵头，3月9日在青冈镇举行森林火灾扑救演练。"
    org = _edges(text, "ORGANIZED")
    assert any(a == "县林业局" and b.endswith("森林火灾扑救演练") for a, b in org)
    assert not any(a == "县应急管理局" for a, _ in org)


def test_township_with_its_own_role_word_runs_the_drill_beside_the_body():
    # `演练由A局指导、B街道主办`: both the body and the township run it
    text = ("2024年区应急管理局工作总结。\n"
            "5月8日，地震疏散演练在石桥街道举行，演练由区教育局指导、石桥街道主办，区卫健局参与。")
    org = {a for a, b in _edges(text, "ORGANIZED") if b.endswith("地震疏散演练")}
    assert {"区教育局", "石桥街道"} <= org


def test_bracketed_aside_after_the_last_name_of_a_list_keeps_the_shared_post():
    # `A和副县长B(满族)任副主任`: the aside after B does not end the list, so A holds the post too
    text = ("2024年县应急管理局工作总结。\n对县安全生产委员会组成人员进行调整。"
            "调整后，常务副县长周建国和副县长吴丽(满族)任副主任。")
    posts = {(a, b) for a, b in _edges(text, "HOLDS_POST")}
    assert ("周建国", "县安全生产委员会") in posts
    assert ("吴丽", "县安全生产委员会") in posts
