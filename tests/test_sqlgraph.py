"""The SQLite graph: reads by index agree with the materialised graph, MENTIONS is derived."""
from __future__ import annotations

import random
import sqlite3
from collections import Counter

import pytest

from kg import sqlgraph
from kg.model import KnowledgeGraph

NAMES = [("Department", "区应急管理局"), ("Department", "区水利局"), ("Committee", "区安委会"),
         ("Reservoir", "某某水库"), ("Sector", "消防"), ("Jurisdiction", "某某区")]
TYPES = ["RESPONSIBLE_FOR", "SUPERVISES", "MEMBER_OF", "LOCATED_IN"]


def _db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", isolation_level=None)
    sqlgraph.create(db)
    return db


def _fragment(doc: str, rng: random.Random) -> KnowledgeGraph:
    g = KnowledgeGraph()
    g.add_node("Document", doc, id=doc, evidence=[(doc, 0, 2)], properties={"title": doc})
    ids = []
    for label, name in rng.sample(NAMES, rng.randint(1, len(NAMES))):
        start = rng.randint(0, 30)
        props = {"level": rng.randint(0, 2)} if rng.random() < 0.5 else {}
        ids.append(g.add_node(label, name, scope="jurisdiction-1" if label == "Department" else None,
                              aliases=rng.sample(["简称甲", "简称乙"], rng.randint(0, 1)), properties=props,
                              evidence=[(doc, start, start + 4)] if rng.random() < 0.9 else []))
    for _ in range(rng.randint(0, 6)):
        s, t = rng.choice(ids), rng.choice(ids)
        if s != t:
            g.add_edge(s, rng.choice(TYPES), t, properties={"w": rng.randint(0, 1)},
                       evidence=[(doc, 3, rng.randint(5, 9))])
    g.add_mentions(doc)
    return g


def _merged(frags: dict[str, KnowledgeGraph]) -> KnowledgeGraph:
    g = KnowledgeGraph()
    for f in frags.values():
        g.merge(f)
    return g


@pytest.mark.parametrize("seed", range(25))
def test_random_puts_and_removes_equal_merging_the_remaining_fragments(seed):
    rng = random.Random(seed)
    db, current = _db(), {}
    for _ in range(12):
        doc = rng.choice(["doc-a", "doc-b", "doc-c", "doc-d"])
        if doc in current:
            sqlgraph.remove_rows(db, doc)
            del current[doc]
        if rng.random() < 0.7:
            current[doc] = _fragment(doc, rng)
            sqlgraph.put_fragment(db, current[doc], doc)
    assert sqlgraph.to_knowledge_graph(db).to_data() == _merged(current).to_data()
    _assert_edges_carry_their_source_jurisdiction(db)
    labels, types, per_doc = sqlgraph.counts_from_evidence(db)
    assert sqlgraph.counts(db) == (labels, types)
    assert sqlgraph.counts_by_document(db) == {d: c for d, c in per_doc.items() if c != (Counter(), Counter())}
    for doc, frag in current.items():
        assert sqlgraph.document_graph(db, doc).to_data() == frag.to_data()


@pytest.mark.parametrize("seed", range(10))
def test_indexed_reads_agree_with_the_materialised_graph(seed):
    rng = random.Random(100 + seed)
    db = _db()
    for doc in ("doc-a", "doc-b", "doc-c"):
        sqlgraph.put_fragment(db, _fragment(doc, rng), doc)
    g = sqlgraph.to_knowledge_graph(db)
    labels, types = sqlgraph.counts(db)
    assert labels == Counter(d["label"] for _, d in g.nodes())
    assert types == Counter(k for _, _, k, _ in g.edges())
    per_doc = sqlgraph.counts_by_document(db)
    for doc in ("doc-a", "doc-b", "doc-c"):
        want_labels = Counter(d["label"] for _, d in g.nodes() if any(e[0] == doc for e in d["evidence"]))
        want_types = Counter(k for *_, k, d in g.edges() if any(e[0] == doc for e in d["evidence"]))
        assert per_doc.get(doc, (Counter(), Counter())) == (want_labels, want_types)
    for nid, d in g.nodes():
        assert sqlgraph.node(db, nid) == d
        for direction, edges in (("out", g.g.out_edges(nid, keys=True, data=True)),
                                 ("in", g.g.in_edges(nid, keys=True, data=True))):
            assert sqlgraph.edges_of(db, nid, direction) == sorted(edges, key=lambda e: e[:3])
        for alias in d["aliases"]:
            for label in (None, "Facility", "Department"):
                for scope in (None, "jurisdiction-1"):
                    assert sqlgraph.find(db, alias, label=label, jurisdiction=scope) == g.find(
                        alias, label=label, jurisdiction=scope)


def test_mentions_are_derived_not_stored():
    db = _db()
    g = KnowledgeGraph()
    g.add_node("Document", "d.txt", id="doc-d", evidence=[("doc-d", 0, 1)])
    dept = g.add_node("Department", "区应急管理局", evidence=[("doc-d", 2, 8), ("doc-d", 10, 16)])
    quiet = g.add_node("Sector", "消防")  # no evidence in the document: not mentioned
    g.add_edge(dept, "RESPONSIBLE_FOR", quiet)
    g.add_mentions("doc-d")
    sqlgraph.put_fragment(db, g, "doc-d")
    assert db.execute("SELECT count(*) FROM edges WHERE type = 'MENTIONS'").fetchone() == (0,)
    mentions = [e for e in sqlgraph.edges_of(db, "doc-d", "out") if e[2] == "MENTIONS"]
    assert mentions == [("doc-d", dept, "MENTIONS", {"type": "MENTIONS", "properties": {}, "prop_src": {},
                                                    "evidence": {("doc-d", 2, 8), ("doc-d", 10, 16)}})]
    assert sqlgraph.counts(db)[1] == Counter({"MENTIONS": 1, "RESPONSIBLE_FOR": 1})
    sqlgraph.remove_rows(db, "doc-d")
    assert sqlgraph.counts(db) == (Counter(), Counter())


def test_a_property_falls_back_to_the_next_documents_value():
    db = _db()
    for doc, level in (("doc-b", 2), ("doc-a", 1), ("doc-c", 3)):
        g = KnowledgeGraph()
        g.add_node("Department", "区应急管理局", properties={"level": level}, evidence=[(doc, 0, 6)])
        sqlgraph.put_fragment(db, g, doc)
    (nid,) = sqlgraph.find(db, "区应急管理局")
    assert sqlgraph.node(db, nid)["properties"] == {"level": 1}  # the document id that sorts first
    sqlgraph.remove_rows(db, "doc-a")
    assert sqlgraph.node(db, nid)["properties"] == {"level": 2}
    assert sqlgraph.node(db, nid)["prop_src"] == {"level": "doc-b"}


def _assert_edges_carry_their_source_jurisdiction(db: sqlite3.Connection) -> None:
    stale = db.execute("SELECT e.source, e.source_jurisdiction, n.jurisdiction FROM edges e JOIN nodes n "
                       "ON n.id = e.source WHERE e.source_jurisdiction IS NOT n.jurisdiction").fetchall()
    assert stale == []


def as_format_2(db: sqlite3.Connection) -> None:
    """Make a kg-store/3 database what kg-store/2 wrote: no source_jurisdiction on the edges
    (test_store uses it too)."""
    db.execute("DROP INDEX edges_by_scope")
    db.execute("ALTER TABLE edges DROP COLUMN source_jurisdiction")
    db.execute("UPDATE meta SET value = 'kg-store/2' WHERE key = 'format'")


def test_a_format_2_database_is_upgraded_in_place_to_the_same_rows():
    rng = random.Random(7)
    frags = {f"doc-{i}": _fragment(f"doc-{i}", rng) for i in range(8)}
    current, old = _db(), _db()
    for doc, frag in frags.items():
        sqlgraph.put_fragment(current, frag, doc)
        sqlgraph.put_fragment(old, frag, doc)
    assert current.execute("SELECT count(*) FROM edges WHERE source_jurisdiction IS NOT NULL").fetchone()[0] > 0
    as_format_2(old)
    assert "unknown format 'kg-store/2'" in sqlgraph.problem(old)
    assert sqlgraph.format_of(old) in sqlgraph.UPGRADABLE
    assert sqlgraph.upgrade(old) is True
    assert sqlgraph.problem(old) is None
    assert _rows(old) == _rows(current)
    index = " ".join(old.execute("SELECT sql FROM sqlite_master WHERE name = 'edges_by_scope'").fetchone()[0].split())
    assert index in sqlgraph.INDEXES
    assert sqlgraph.upgrade(old) is False  # already current: nothing to do


def test_a_database_without_the_schema_is_named_as_such():
    db = sqlite3.connect(":memory:")
    assert "no 'meta' table" in sqlgraph.problem(db)
    db = _db()
    db.execute("DROP TABLE props")
    assert sqlgraph.problem(db) == "table 'props' is missing"


def _rows(db: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall())
            for t in ("nodes", "edges", "support", "aliases", "props", "evidence", "doc_counts")}


@pytest.mark.parametrize("seed", range(10))
def test_rows_held_for_many_documents_are_written_as_one_by_one(seed):
    # sorted by key and written at once, the rows of many documents (sharing nodes and
    # edges) give the same tables as each document's rows written as it comes
    rng = random.Random(300 + seed)
    frags = {f"doc-{i}": _fragment(f"doc-{i}", rng) for i in range(6)}
    one_by_one, held = _db(), _db()
    buffer = sqlgraph.RowBuffer()
    for doc, frag in frags.items():
        sqlgraph.put_fragment(one_by_one, frag, doc)
        buffer.add(frag, doc)
    assert buffer.documents == 6
    buffer.flush(held)
    assert buffer.documents == 0 and not any(buffer.rows.values())
    assert _rows(held) == _rows(one_by_one)
    assert sqlgraph.to_knowledge_graph(held).to_data() == _merged(frags).to_data()


def test_dropped_indexes_are_made_again_as_the_schema_has_them():
    db = _db()
    schema = sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    assert len(schema) == len(sqlgraph.index_names()) > 0
    sqlgraph.drop_indexes(db)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchone() == (0,)
    sqlgraph.create_indexes(db)
    sqlgraph.create_indexes(db)  # (again: no error)
    normalised = sorted((n, " ".join(s.split())) for n, s in
                        db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    assert normalised == [(n, " ".join(s.split())) for n, s in schema]
