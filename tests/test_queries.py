"""The canned queries on the embedded store: answers on a hand-made graph and on the seeds,
parameter checking, evidence, the CLI."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import queries
from kg.cli import app
from kg.errors import QueryError
from kg.model import KnowledgeGraph, document_id
from queries_fixture import DOC, READERS, build, reading


@pytest.fixture(scope="module", params=READERS)
def tiny(request, tmp_path_factory):
    """The hand-made store, queried through each embedded reader (networkx graph, SQLite) in turn."""
    store = build(tmp_path_factory.mktemp("tiny"))
    mp = reading(store, request.param)
    yield store
    mp.undo()


def by(rows, key):
    return {r[key]: r for r in rows}


# -- answers on the hand-made graph ---------------------------------------------------------
def test_list_queries_describes_every_query():
    names = {q["name"] for q in queries.list_queries()}
    assert names == {"shared-responsibility", "responsibility-overlap", "accountability-chain", "drills",
                     "facilities", "plans", "profile", "compare-jurisdictions", "key-bodies"}
    for q in queries.list_queries():
        assert q["description"] and q["columns"][-1] == "evidence"
        for p in q["params"]:
            assert p["type"] in ("string", "int", "date", "bool")


def test_shared_responsibility_matches_sector_aliases(tiny):
    for sector in ("消防", "消防安全"):  # name and alias
        rows = queries.run("shared-responsibility", {"sector": sector}, store=tiny)
        assert {(r["jurisdiction"], r["body"]) for r in rows} == {("甲区", "区应急管理局"), ("甲区", "区消防救援大队")}
    rows = queries.run("shared-responsibility", {"sector": "危化品", "jurisdiction": "乙区"}, store=tiny)
    assert rows == []
    (row,) = queries.run("shared-responsibility", {"sector": "建筑施工"}, store=tiny)
    assert row["jurisdiction"] == "乙区" and row["body"] == "区住建局"
    assert row["evidence"] == [{"doc": DOC, "text": "乙区住建局负责建筑施工安全。"}]


def test_unknown_sector_or_jurisdiction_names_the_known_ones(tiny):
    with pytest.raises(QueryError, match="no sector named '水电'.*消防"):
        queries.run("shared-responsibility", {"sector": "水电"}, store=tiny)
    with pytest.raises(QueryError, match="no jurisdiction named '丙区'.*甲区"):
        queries.run("drills", {"jurisdiction": "丙区"}, store=tiny)


def test_overlap_pairs_and_gaps(tiny):
    rows = queries.run("responsibility-overlap", {}, store=tiny)
    overlaps = [r for r in rows if r["kind"] == "overlap"]
    assert [(r["body_a"], r["body_b"], r["sectors"]) for r in overlaps] == [
        ("区应急管理局", "区消防救援大队", ["危险化学品", "消防"])]
    gaps = {(r["jurisdiction"], r["sectors"][0]): (r["other_jurisdictions"], r["count"])
            for r in rows if r["kind"] == "gap"}
    assert gaps == {("乙区", "消防"): (["甲区"], 1), ("乙区", "危险化学品"): (["甲区"], 1), ("甲区", "建筑施工"): (["乙区"], 1)}
    assert queries.run("responsibility-overlap", {"min-shared": 3, "jurisdiction": "甲区"}, store=tiny) == [
        r for r in rows if r["kind"] == "gap" and r["jurisdiction"] == "甲区"]


def test_accountability_chain_up_and_down_with_steps(tiny):
    rows = queries.run("accountability-chain", {"body": "区应急局", "jurisdiction": "甲区"}, store=tiny)
    up = {r["node"]: r for r in rows if r["direction"] == "up"}
    assert {"区委", "区政府", "市应急管理局"} <= set(up)
    assert up["市应急管理局"]["path"] == "区应急管理局 <-[GUIDES]- 市应急管理局"
    assert up["区委"]["steps"][0]["type"] == "LEADS"
    assert "正确领导" in up["区委"]["steps"][0]["evidence"][0]["text"]
    assert up["张三"]["depth"] == 2  # the deputy head of 区政府, which leads the bureau
    down = {r["node"]: r for r in rows if r["direction"] == "down"}
    assert down["宏达化工有限公司"]["path"] == "区应急管理局 -[SUPERVISES]-> 宏达化工有限公司"
    council = queries.run("accountability-chain", {"body": "区安全生产委员会", "jurisdiction": "甲区"}, store=tiny)
    assert {(r["direction"], r["node"]) for r in council} >= {("up", "区政府"), ("down", "区安委办")}


def test_accountability_chain_ambiguous_name_gives_each_start(tiny):
    rows = queries.run("accountability-chain", {"body": "区安委会"}, store=tiny)
    assert {r["start"] for r in rows} == {"区安委会 (甲区)"}  # 乙区's has no links: no rows
    with pytest.raises(QueryError, match="no node named '区安委会' in 城东街道"):
        queries.run("accountability-chain", {"body": "区安委会", "jurisdiction": "城东街道"}, store=tiny)


def test_drills_by_date_and_place(tiny):
    rows = queries.run("drills", {"jurisdiction": "甲区"}, store=tiny)
    assert [(r["drill"], r["date"], r["places"]) for r in rows] == [
        ("防汛应急演练", "2020-05-13", ["青山水库"]), ("地震应急演练", "2020-06-20", ["城东街道"])]
    may = queries.run("drills", {"from": "2020-05", "to": "2020-05"}, store=tiny)
    assert [r["drill"] for r in may] == ["防汛应急演练"]
    assert may[0]["organisers"] == ["区应急管理局"] and may[0]["leaders"] == ["张三"]
    assert may[0]["sectors"] == ["防汛抗旱"]
    assert [r["drill"] for r in queries.run("drills", {"from": "2020-06-01"}, store=tiny)] == ["地震应急演练"]
    assert [r["drill"] for r in queries.run("drills", {"place": "水库"}, store=tiny)] == ["防汛应急演练"]
    assert queries.run("drills", {"to": "2020-04"}, store=tiny) == []


def test_facilities_with_inspections_and_drills(tiny):
    (row,) = queries.run("facilities", {"kind": "水库", "jurisdiction": "甲区"}, store=tiny)
    assert row["facility"] == "青山水库" and row["label"] == "Reservoir"
    assert row["inspections"] == ["区应急管理局 (2020-04-02)"]
    assert row["drills"] == ["防汛应急演练 (2020-05-13)"]
    assert row["located_in"] == ["甲区"]
    assert queries.run("facilities", {"jurisdiction": "乙区"}, store=tiny) == []


def test_plans_filtered_by_sector_and_body(tiny):
    (row,) = queries.run("plans", {"sector": "防汛抗旱", "body": "区应急局"}, store=tiny)
    assert row == {**row, "plan": "甲区防汛抗旱应急预案", "kind": "emergency_plan", "issuers": ["区应急管理局"],
                   "actions": ["修订"], "sectors": ["防汛抗旱"]}
    assert queries.run("plans", {"body": "区消防救援大队"}, store=tiny) == []


def test_profile_groups_by_relationship(tiny):
    rows = queries.run("profile", {"name": "区应急管理局", "jurisdiction": "甲区"}, store=tiny)
    assert rows[0]["relationship"] is None and "区应急局" in rows[0]["properties"]["aliases"]
    types = [r["relationship"] for r in rows[1:]]
    assert types == sorted(types)
    assert {"GUIDES", "LEADS", "ISSUED", "INSPECTED", "SUPERVISES", "RESPONSIBLE_FOR", "ORGANIZED"} <= set(types)
    inspected = next(r for r in rows if r["relationship"] == "INSPECTED")
    assert inspected["properties"] == {"date": "2020-04-02"} and inspected["direction"] == "out"


def test_compare_jurisdictions_side_by_side(tiny):
    rows = by(queries.run("compare-jurisdictions", {"sector": "消防"}, store=tiny), "jurisdiction")
    assert rows["甲区"]["bodies"] == ["区应急管理局", "区消防救援大队"] and rows["甲区"]["committees"] == ["区安委会"]
    assert rows["乙区"]["bodies"] == [] and rows["乙区"]["committees"] == ["区安委会"]


def test_key_bodies_ranked_by_degree(tiny):
    rows = queries.run("key-bodies", {"top": 3}, store=tiny)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert rows[0]["body"] == "区应急管理局" and rows[0]["sectors"] == 2 and rows[0]["supervises"] == 1
    assert rows[0]["degree"] >= rows[1]["degree"] >= rows[2]["degree"]
    assert 0 < rows[0]["centrality"] <= 1
    only_b = queries.run("key-bodies", {"jurisdiction": "乙区"}, store=tiny)
    assert [r["body"] for r in only_b] == ["区住建局"]


# -- parameters and evidence ------------------------------------------------------------------
@pytest.mark.parametrize("name,params,message", [
    ("no-such-query", {}, "no query named 'no-such-query'; valid: accountability-chain"),
    ("drills", {"color": "red"}, "no parameter 'color'; valid: jurisdiction \\(string\\), from \\(date\\)"),
    ("drills", {"from": "May 2020"}, "parameter from must be a date"),
    ("key-bodies", {"top": "ten"}, "parameter top must be a int"),
    ("key-bodies", {"top": 0}, "top must be at least 1"),
    ("profile", {}, "needs parameter 'name'"),
    ("shared-responsibility", {"sector": 3}, "parameter sector must be a string"),
])
def test_bad_parameters_are_query_errors(tiny, name, params, message):
    with pytest.raises(QueryError, match=message):
        queries.run(name, params, store=tiny)


def test_hostile_values_are_just_names(tiny):
    evil = "'}) DETACH DELETE n //"
    with pytest.raises(QueryError, match="no node named"):
        queries.run("profile", {"name": evil}, store=tiny)
    assert queries.run("drills", {"place": evil}, store=tiny) == []
    assert len(tiny.graph) == 24


def test_no_evidence_and_evidence_limit(tiny):
    rows = queries.run("profile", {"name": "区应急管理局"}, store=tiny, evidence=False)
    assert rows and all("evidence" not in r for r in rows)
    full = queries.run("key-bodies", {"top": 1}, store=tiny, evidence_limit=0)[0]["evidence"]
    one = queries.run("key-bodies", {"top": 1}, store=tiny, evidence_limit=1)[0]["evidence"]
    assert len(full) > 1 and one == full[:1]
    assert all(e["doc"] == DOC and e["text"] for e in full)


def test_answers_follow_changes_to_the_graph(tmp_path):
    store = build(tmp_path / "s")
    assert queries.run("drills", {"place": "水库"}, store=store)
    kg = KnowledgeGraph()
    doc = document_id("more.txt")
    text = "丙水库演练。"
    kg.add_node("Document", "more.txt", id=doc, evidence=[(doc, 0, 6)])
    a = store.graph.find("甲区", label="Jurisdiction")[0]
    d = kg.add_node("Drill", "丙演练", scope=a, properties={"date": "2021-01-02"}, evidence=[(doc, 0, 6)])
    r = kg.add_node("Reservoir", "丙水库", scope=a, evidence=[(doc, 0, 3)])
    kg.add_edge(d, "HELD_AT", r, evidence=[(doc, 0, 6)])
    store.put(kg, doc, "more.txt", text)
    rows = queries.run("drills", {"place": "水库"}, store=store)
    assert [x["drill"] for x in rows] == ["防汛应急演练", "丙演练"]


# -- the command line -----------------------------------------------------------------------
runner = CliRunner()


def test_cli_list_and_formats(tiny):
    out = runner.invoke(app, ["query", "list", "--format", "json"])
    assert out.exit_code == 0 and len(json.loads(out.stdout)) == 9
    args = ["query", "drills", "-s", str(tiny.path), "-p", "jurisdiction=甲区", "-p", "from=2020-05"]
    js = runner.invoke(app, [*args, "--format", "json"])
    assert js.exit_code == 0, js.output
    assert [r["drill"] for r in json.loads(js.stdout)] == ["防汛应急演练", "地震应急演练"]
    csv_out = runner.invoke(app, [*args, "--format", "csv", "--no-evidence"])
    assert csv_out.stdout.splitlines()[0] == "drill,date,kind,jurisdiction,places,organisers,leaders,participants,sectors"
    table = runner.invoke(app, [*args], env={"COLUMNS": "400"})
    assert table.exit_code == 0 and "青山水库" in table.stdout


def test_cli_diagrams(tiny):
    base = ["query", "accountability-chain", "-s", str(tiny.path), "-p", "body=区应急管理局"]
    mer = runner.invoke(app, [*base, "--format", "mermaid"])
    assert mer.exit_code == 0 and mer.stdout.startswith("flowchart TD")
    assert "-->|GUIDES|" in mer.stdout and '["市应急管理局"]' in mer.stdout
    dot = runner.invoke(app, [*base, "--format", "dot"])
    assert '"市应急管理局" -> "区应急管理局" [label="GUIDES"];' in dot.stdout
    bad = runner.invoke(app, ["query", "drills", "-s", str(tiny.path), "--format", "dot"])
    assert bad.exit_code != 0


def test_cli_errors_are_one_line(tiny, tmp_path):
    import subprocess
    import sys

    for args, text in ((["query", "nope"], "no query named 'nope'"),
                       (["query", "key-bodies", "-s", str(tiny.path), "-p", "top=x"], "must be a int"),
                       (["query", "key-bodies", "-s", str(tiny.path), "-p", "top"], "KEY=VALUE")):
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 1 and proc.stderr.strip().count("\n") == 0 and text in proc.stderr, proc.stderr


# -- the seeds: answers the reports state (depend on extraction) ------------------------------
def known_as(store, names):
    """Every name and alias of the nodes with these names (rows show canonical names only)."""
    g = store.graph
    return {a for n in names for nid in g.find(n) for a in g.node(nid)["aliases"] | {g.node(nid)["name"]}}


def test_seed_bodies_acting_in_gas_kilns(seed_store):
    """昌江区: 区工信局 with 区市监局, the emergency bureau and the fire brigade check the gas shuttle kilns."""
    rows = queries.run("shared-responsibility", {"sector": "燃气梭式窑", "jurisdiction": "昌江区"}, store=seed_store)
    bodies = known_as(seed_store, {r["body"] for r in rows})
    assert {"区工信局", "区应急管理局"} <= bodies, bodies
    assert all(r["evidence"] and "梭式窑" in " ".join(e["text"] for e in r["evidence"]) for r in rows)


def test_seed_drills_of_may_and_june_2020(seed_store):
    rows = queries.run("drills", {"jurisdiction": "昌江区", "from": "2020-05", "to": "2020-06"}, store=seed_store)
    dated = {r["date"]: r for r in rows}
    assert {"2020-05-13", "2020-05-14", "2020-06-03"} <= set(dated), sorted(dated)
    assert any("山田水库" in p or "月亮湖" in p for p in dated["2020-05-13"]["places"])
    assert any("郭璞峰水库" in p for p in dated["2020-06-03"]["places"])


def test_seed_chain_from_the_emergency_bureau(seed_store):
    rows = queries.run("accountability-chain", {"body": "区应急管理局", "jurisdiction": "昌江区"}, store=seed_store)
    up = known_as(seed_store, {r["node"] for r in rows if r["direction"] == "up" and r["depth"] == 1})
    assert {"区委", "区政府", "市应急管理局"} <= up, up
    guides = next(r for r in rows if r["direction"] == "up" and r["steps"][0]["type"] == "GUIDES")
    assert "精心指导" in guides["steps"][0]["evidence"][0]["text"]
