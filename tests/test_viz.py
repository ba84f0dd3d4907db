"""kg viz: what the view selects and the page it writes (the browser check is in test_viz_browser.py)."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from kg import viz
from kg.errors import QueryError
from kg.model import KnowledgeGraph, document_id
from kg.store import EmbeddedStore

# An invented report (no seed text): a city, three counties (two with a 区应急管理局),
# a reservoir in a town, a drill, a person.
DEMO_NAME = "demo-report.txt"
DEMO_TEXT = (
    "在甲市应急管理局的指导下，乙区安委会牵头抓总。\n"
    "乙区应急管理局负责危险化学品领域监管，检查了乙区化工园。\n"
    "乙区消防救援大队参加了在戊镇丙水库开展的防汛应急演练。\n"
    "丁县应急管理局负责道路交通安全工作。\n"
    "己区应急管理局负责道路交通秩序整治。\n"
    "张三（乙区区长）出席演练。\n"
)


def _span(doc: str, phrase: str) -> tuple[str, int, int]:
    """Evidence for the line of DEMO_TEXT holding `phrase`."""
    i = DEMO_TEXT.index(phrase)
    start = DEMO_TEXT.rfind("\n", 0, i) + 1
    end = DEMO_TEXT.index("\n", i)
    return (doc, start, end)


def build_demo_store(path) -> EmbeddedStore:
    doc = document_id(DEMO_NAME)
    g = KnowledgeGraph()
    ev = lambda phrase: [_span(doc, phrase)]  # noqa: E731
    g.add_node("Document", DEMO_NAME, id=doc, evidence=ev("甲市"))
    city = g.add_node("Jurisdiction", "甲市", properties={"level": "city"}, evidence=ev("甲市"))
    district = g.add_node("Jurisdiction", "乙区", properties={"level": "county"}, evidence=ev("乙区安委会"))
    county = g.add_node("Jurisdiction", "丁县", properties={"level": "county"}, evidence=ev("丁县"))
    town = g.add_node("Jurisdiction", "戊镇", properties={"level": "township"}, evidence=ev("戊镇"))
    city_bureau = g.add_node("Department", "市应急管理局", scope=city, aliases=["甲市应急管理局"],
                             evidence=ev("甲市应急管理局"))
    committee = g.add_node("Committee", "区安全生产委员会", scope=district, aliases=["区安委会"],
                           evidence=ev("乙区安委会"))
    bureau = g.add_node("Department", "区应急管理局", scope=district, evidence=ev("危险化学品"))
    county_bureau = g.add_node("Department", "县应急管理局", scope=county, evidence=ev("丁县"))
    other = g.add_node("Jurisdiction", "己区", properties={"level": "county"}, evidence=ev("己区"))
    other_bureau = g.add_node("Department", "区应急管理局", scope=other, evidence=ev("己区"))
    fire = g.add_node("RescueTeam", "区消防救援大队", scope=district, evidence=ev("消防救援大队"))
    hazchem = g.add_node("Sector", "危险化学品", evidence=ev("危险化学品"))
    traffic = g.add_node("Sector", "道路交通", evidence=ev("道路交通"))
    flood = g.add_node("Sector", "防汛抗旱", evidence=ev("防汛"))
    park = g.add_node("Facility", "化工园", scope=district, evidence=ev("化工园"))
    reservoir = g.add_node("Reservoir", "丙水库", scope=town, evidence=ev("丙水库"))
    drill = g.add_node("Drill", "防汛应急演练", scope=district, properties={"kind": "flood"}, evidence=ev("演练"))
    person = g.add_node("Person", "张三", scope=district, evidence=ev("张三"))
    for s, t, k, phrase in [
        (city_bureau, committee, "GUIDES", "指导"), (bureau, hazchem, "RESPONSIBLE_FOR", "危险化学品"),
        (bureau, park, "INSPECTED", "检查"), (fire, drill, "PARTICIPATED_IN", "参加"),
        (drill, reservoir, "HELD_AT", "丙水库"), (drill, flood, "COVERS", "防汛"),
        (reservoir, town, "LOCATED_IN", "戊镇丙水库"), (town, district, "LOCATED_IN", "戊镇"),
        (district, city, "LOCATED_IN", "乙区"), (county, city, "LOCATED_IN", "丁县"),
        (county_bureau, traffic, "RESPONSIBLE_FOR", "道路交通"), (other_bureau, traffic, "RESPONSIBLE_FOR", "秩序"),
        (other, city, "LOCATED_IN", "己区"),
    ]:
        g.add_edge(s, k, t, evidence=ev(phrase))
    g.add_edge(person, "HOLDS_POST", committee, properties={"title": "区长"}, evidence=ev("张三"))
    g.add_mentions(doc)
    st = EmbeddedStore(path)
    st.put(g, doc, DEMO_NAME, DEMO_TEXT)
    st.save()
    return EmbeddedStore(path, create=False)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> EmbeddedStore:
    return build_demo_store(tmp_path_factory.mktemp("viz-demo"))


def names(view) -> set[str]:
    return {n["name"] for n in view["nodes"]}


# -- selection ---------------------------------------------------------------------------
def test_default_view_drops_documents_and_mentions(demo_store):
    view = viz.graph_view(demo_store)
    g = demo_store.graph
    assert len(view["nodes"]) == len(g) - 1
    assert {n["label"] for n in view["nodes"]} >= {"Jurisdiction", "Department", "Reservoir", "Sector", "Person"}
    assert "Document" not in {n["label"] for n in view["nodes"]}
    assert view["edges"] and all(e["type"] != "MENTIONS" for e in view["edges"])
    non_mentions = sum(1 for *_, k, _ in g.edges() if k != "MENTIONS")
    assert len(view["edges"]) == non_mentions


def test_jurisdiction_view_keeps_its_nodes_and_neighbours(demo_store):
    view = viz.graph_view(demo_store, jurisdiction="乙区")
    got = names(view)
    # scoped to it, and located in a town located in it
    assert {"乙区", "区应急管理局", "区安全生产委员会", "区消防救援大队", "戊镇", "丙水库", "张三"} <= got
    # neighbours: the sector it answers for, the city bureau that guides it, the city it lies in
    assert {"危险化学品", "防汛抗旱", "市应急管理局", "甲市"} <= got
    # another county's own nodes stay out
    assert "县应急管理局" not in got and "道路交通" not in got
    kept = {n["id"] for n in view["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in view["edges"])


def test_unknown_jurisdiction_is_a_query_error(demo_store):
    with pytest.raises(QueryError, match="乙区"):  # the message lists the known ones
        viz.graph_view(demo_store, jurisdiction="不存在区")


def test_rows_select_by_id_or_name(demo_store):
    g = demo_store.graph
    ours, theirs = sorted(g.find("区应急管理局"), key=lambda n: g.node(g.node(n)["jurisdiction"])["name"] != "乙区")
    hazchem = g.find("危险化学品")[0]
    # ids are taken as they are; a name the row's id already covers adds nothing
    assert viz.select_rows(g, [{"body_id": ours, "body": "区应急管理局", "sector": "危险化学品"}]) == {ours, hazchem}
    # an ambiguous name is narrowed by the jurisdiction the same row names ...
    assert viz.select_rows(g, [{"jurisdiction": "己区", "body": "区应急管理局"}]) == {theirs, g.find("己区")[0]}
    # ... and stands for every node of that name when the row names none
    assert viz.select_rows(g, [("区应急管理局", ["丙水库"])]) == {ours, theirs, g.find("丙水库")[0]}
    # evidence sentences and other free text name nothing
    assert viz.select_rows(g, [{"evidence": [{"text": "某句话。"}], "n": 3}]) == set()


def test_node_records_carry_evidence_and_chinese_labels(demo_store):
    view = viz.graph_view(demo_store)
    res = next(n for n in view["nodes"] if n["name"] == "丙水库")
    assert res["labels"] == ["Reservoir", "Facility"] and res["label_zh"] == "水库"
    assert res["jurisdiction"] == "戊镇"
    assert res["evidence"][0]["doc"] == DEMO_NAME and "丙水库" in res["evidence"][0]["text"]
    post = next(e for e in view["edges"] if e["type"] == "HOLDS_POST")
    assert post["type_zh"] == "任职" and post["properties"] == {"title": "区长"}
    colours = {item["label"]: item["color"] for item in view["legend"]}
    assert len(set(colours.values())) == len(colours)  # one colour per label
    assert sum(item["count"] for item in view["legend"]) == len(view["nodes"])


# -- the page ----------------------------------------------------------------------------
def test_page_is_self_contained(demo_store, tmp_path):
    out = tmp_path / "g.html"
    page = viz.render_html(demo_store, out=out)
    assert out.read_text(encoding="utf-8") == page
    assert "vis-network" in page and "new vis.Network" in page
    # no external resource: nothing loaded from a URL
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)[1])
    assert names(data) == names(viz.graph_view(demo_store))


def test_page_data_cannot_close_its_script(tmp_path):
    view = {"title": "t", "nodes": [{"name": "</script><script>alert(1)</script>"}], "edges": [], "legend": []}
    page = viz.to_html(view)
    assert page.count("</script>") == 3  # data, library, app: the name's tags are escaped
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S)[1])
    assert data["nodes"][0]["name"] == view["nodes"][0]["name"]


def test_cli_writes_the_page(demo_store, tmp_path):
    out = tmp_path / "cli.html"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "viz", "--store", str(demo_store.path),
                        "--jurisdiction", "丁县", "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    view = viz.graph_view(demo_store, jurisdiction="丁县")
    assert r.stdout.strip() == f"{len(view['nodes'])} nodes, {len(view['edges'])} relationships -> {out}"
    assert "县应急管理局" in out.read_text(encoding="utf-8")


def test_cli_errors_are_one_line(demo_store, tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "viz", "--store", str(demo_store.path),
                        "--jurisdiction", "不存在区", "--out", str(tmp_path / "x.html")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and r.stderr.startswith("error: no jurisdiction named") and r.stderr.count("\n") == 1
    r = subprocess.run([sys.executable, "-m", "kg.cli", "viz", "--store", str(demo_store.path), "--query", "x",
                        "--param", "novalue", "--out", str(tmp_path / "x.html")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "KEY=VALUE" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kg.cli", "viz", "--store", str(tmp_path / "nothing"),
                        "--out", str(tmp_path / "x.html")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and r.stderr.startswith("error: no store at")
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "nothing").exists()


def _queries_run():
    queries = pytest.importorskip("queries")
    if not hasattr(queries, "run"):
        pytest.skip("queries.run is not there yet")
    return queries.run


def test_query_mode_draws_what_the_rows_name(demo_store):
    run = _queries_run()
    rows = run("shared-responsibility", {"sector": "道路交通"}, store=demo_store)
    view = viz.graph_view(demo_store, query="shared-responsibility", params={"sector": "道路交通"})
    assert {n["id"] for n in view["nodes"]} == viz.select_rows(demo_store.graph, rows)
    got = {(n["name"], n["jurisdiction"]) for n in view["nodes"]}
    assert {("县应急管理局", "丁县"), ("区应急管理局", "己区"), ("道路交通", None)} <= got
    assert ("区应急管理局", "乙区") not in got  # that one answers for another sector
    assert sum(e["type"] == "RESPONSIBLE_FOR" for e in view["edges"]) == 2


def test_cli_query_mode(demo_store, tmp_path):
    _queries_run()
    out = tmp_path / "q.html"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "viz", "--store", str(demo_store.path),
                        "--query", "shared-responsibility", "--param", "sector=危险化学品", "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    view = viz.graph_view(demo_store, query="shared-responsibility", params={"sector": "危险化学品"})
    assert r.stdout.startswith(f"{len(view['nodes'])} nodes, ")
    assert {"区应急管理局", "危险化学品"} <= names(view)
