"""Every query gives the same rows on the embedded store (through both its readers) and on the
Bolt test server (FalkorDB).

The store's graph is pushed with kg.neo4j_store.push, then each query runs on both;
rows are compared after sorting (the order of rows is not part of the contract).
"""
from __future__ import annotations

import json

import pytest

import queries
from kg.neo4j_store import Neo4jGraph, push
from queries_fixture import READERS, TINY_PARAMS, build, pages_of, reading

# Parameters per query: values that hit something in the seeds (TINY_PARAMS: in the hand-made graph).
SEED_PARAMS = {
    "shared-responsibility": [{"sector": "消防"}, {"sector": "危险化学品"}],
    "responsibility-overlap": [{}],
    "accountability-chain": [{"body": "区应急管理局"}],
    "drills": [{}],
    "facilities": [{}],
    "plans": [{}],  # 42 plans on the seeds: more than ID_CHUNK ids, so FalkorDB gets them in parts
    "profile": [{"name": "区应急管理局"}],
    "compare-jurisdictions": [{"sector": "消防"}],
    "key-bodies": [{"top": 20}],
}


def _canon(rows):
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


def _both(store, graph, name, params):
    """Rows from the database and from the embedded store (the same through both its readers,
    networkx and SQLite), or the same error from all."""
    results = []
    for reader in (*READERS, None):
        mp = reading(store, reader) if reader else None
        try:
            kw = {"store": store} if reader else {"neo4j": graph}
            results.append(_canon(queries.run(name, params, evidence_limit=0, **kw)))
        except queries.QueryError as exc:
            results.append(("error", type(exc).__name__))
        finally:
            if mp:
                mp.undo()
    assert results[0] == results[1], (name, params, "the embedded readers differ")
    return results[1:]


class Server:
    """The Bolt test server holding one store's graph at a time. FalkorDB's Bolt layer sends
    every explicit transaction to the same graph whatever the database name, so the stores
    take turns: `holding(store)` pushes it unless it is what the server holds already."""

    def __init__(self, driver) -> None:
        self.graph = Neo4jGraph(driver=driver, database="kgqueries")
        self.current = None

    def holding(self, store):
        if self.current is not store:
            push(store, graph=self.graph)
            self.current = store
        return self.graph


@pytest.fixture(scope="module")
def server(bolt_driver):
    return Server(bolt_driver)


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("tiny"))


@pytest.fixture
def tiny(server, tiny_store):
    return tiny_store, server.holding(tiny_store)


@pytest.fixture
def seeds(server, seed_store):
    return seed_store, server.holding(seed_store)


@pytest.mark.parametrize("name", sorted(TINY_PARAMS))
def test_same_rows_on_hand_made_graph(tiny, name):
    store, graph = tiny
    assert set(TINY_PARAMS) == {q["name"] for q in queries.list_queries()}
    for params in TINY_PARAMS[name]:
        embedded, bolt = _both(store, graph, name, params)
        assert embedded == bolt, (name, params)
        assert embedded and embedded[0] != "error", (name, params)


@pytest.mark.parametrize("name", sorted(SEED_PARAMS))
def test_same_rows_on_seeds(seeds, name):
    store, graph = seeds
    for params in SEED_PARAMS[name]:
        embedded, bolt = _both(store, graph, name, params)
        assert embedded == bolt, (name, params)


@pytest.mark.parametrize("size", [1, 7])
def test_same_pages_on_both(server, tiny_store, seed_store, size):
    """Page by page, the database gives the rows the embedded store gives, in the same order."""
    for store, cases in ((tiny_store, TINY_PARAMS), (seed_store, SEED_PARAMS)):
        graph = server.holding(store)
        for name, variants in cases.items():
            for params in variants:
                embedded = pages_of(name, params, size, store=store, evidence_limit=0)
                bolt = pages_of(name, params, size, neo4j=graph, evidence_limit=0)
                assert embedded == bolt, (name, params, size)


def test_evidence_is_the_same_sentences(tiny):
    store, graph = tiny
    params = {"sector": "消防"}
    a = queries.run("shared-responsibility", params, store=store, evidence_limit=None)
    b = queries.run("shared-responsibility", params, neo4j=graph, evidence_limit=None)
    assert _canon(a) == _canon(b)
    assert all(r["evidence"] and r["evidence"][0]["doc"] == "tiny-甲区.txt" for r in a)


def test_parameters_are_not_cypher_text(tiny):
    """A value that would end the pattern and delete everything, if spliced into the text."""
    store, graph = tiny
    evil = "'}) DETACH DELETE n //"
    before = graph.run_read("MATCH (n) RETURN count(n) AS c")[0]["c"]
    for name, key in (("profile", "name"), ("shared-responsibility", "sector"), ("drills", "place"),
                      ("plans", "body"), ("facilities", "kind")):
        try:
            rows = queries.run(name, {key: evil}, neo4j=graph)
        except queries.QueryError as exc:
            assert "no " in str(exc)  # "no node named ...", not a syntax error
        else:
            assert rows == []
    assert graph.run_read("MATCH (n) RETURN count(n) AS c")[0]["c"] == before
