"""The embedded store's two query paths give the same answers: every query, with its parameter
variants, through the networkx reader over `store.graph` and the SQLite reader over `store.db`.
Also: on SQLite an answer's evidence is looked up in one batch, whatever its number of rows."""
from __future__ import annotations

import pytest

import queries
from queries.readers import GraphReader, SqlReader, reader_for
from queries_fixture import READERS, TINY_PARAMS, build, check_pages, reading, with_sqlite

# Parameter variants for the seeds: names the seeds hold, with and without a jurisdiction.
SEED_PARAMS = {
    "shared-responsibility": [{"sector": "消防"}, {"sector": "危险化学品"}, {"sector": "消防", "jurisdiction": "昌江区"}],
    "responsibility-overlap": [{}, {"jurisdiction": "昌江区", "min-shared": 1}],
    "accountability-chain": [{"body": "区应急管理局"}, {"body": "区应急管理局", "jurisdiction": "昌江区"}],
    "drills": [{}, {"jurisdiction": "昌江区", "from": "2020-05", "to": "2020-06"}, {"place": "水库"}],
    "facilities": [{}, {"kind": "水库"}, {"jurisdiction": "昌江区"}],
    "plans": [{}, {"jurisdiction": "昌江区"}, {"sector": "防汛"}],
    "profile": [{"name": "区应急管理局"}, {"name": "消防"}],
    "compare-jurisdictions": [{"sector": "消防"}, {"sector": "防汛抗旱"}],
    "key-bodies": [{"top": 20}, {"jurisdiction": "昌江区", "top": 5}],
}
LIMITS = (None, 0, 1)  # default (lexicon), all, one


def _answer(store, reader, name, params, limit):
    mp = reading(store, reader)
    try:
        return queries.run(name, params, store=store, evidence_limit=limit)
    except queries.QueryError as exc:
        return ("error", str(exc))
    finally:
        mp.undo()


def _same_on_both(store, cases):
    for name, variants in cases.items():
        for params in variants:
            for limit in LIMITS:
                graph, sql = (_answer(store, r, name, params, limit) for r in READERS)
                assert graph == sql, (name, params, limit)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return with_sqlite(build(tmp_path_factory.mktemp("tiny")))


def test_readers_picked_by_store(tiny):
    mp = reading(tiny, "graph")
    assert isinstance(reader_for(tiny), GraphReader)
    mp.undo()
    assert isinstance(reader_for(tiny), SqlReader) and reader_for(tiny) is reader_for(tiny)
    assert isinstance(reader_for(tiny.graph), GraphReader)


def test_same_answers_on_hand_made_store(tiny):
    assert set(TINY_PARAMS) == {q["name"] for q in queries.list_queries()}
    _same_on_both(tiny, TINY_PARAMS)


def test_same_answers_on_seeds(seed_store):
    assert set(SEED_PARAMS) == {q["name"] for q in queries.list_queries()}
    _same_on_both(with_sqlite(seed_store), SEED_PARAMS)


def test_pages_make_the_answer_on_seeds(seed_store):
    """Pages of 1 and 7 rows, end to end, are every seed answer, in the same order on both readers."""
    check_pages(with_sqlite(seed_store), SEED_PARAMS, sizes=(1, 7))


def test_errors_are_the_same(tiny):
    for name, params in (("shared-responsibility", {"sector": "水电"}), ("drills", {"jurisdiction": "丙区"}),
                         ("profile", {"name": "无此机构"})):
        graph, sql = (_answer(tiny, r, name, params, None) for r in READERS)
        assert graph == sql and graph[0] == "error", (name, graph, sql)


def test_evidence_is_one_batch_per_answer(seed_store):
    """The number of SQL statements an answer runs does not grow with its rows."""
    store = with_sqlite(seed_store)
    counts = {}
    for params in ({"sector": "消防"}, {"sector": "危险化学品"}, {"sector": "防汛抗旱"}):
        seen: list[str] = []
        store.db.set_trace_callback(seen.append)
        try:
            rows = queries.run("shared-responsibility", params, store=store)
        finally:
            store.db.set_trace_callback(None)
        assert all(r["evidence"] and r["evidence"][0]["text"] for r in rows)
        counts[len(rows)] = sum(1 for s in seen if "evidence" in s.lower() and "select" in s.lower())
    assert len(counts) >= 2 and set(counts.values()) == {1}, counts  # answers of different sizes


def test_sqlite_answers_follow_the_database(tiny, tmp_path):
    """A reader is reused only while the database is unchanged."""
    store = with_sqlite(build(tmp_path / "s"))
    before = queries.run("drills", {"place": "水库"}, store=store)
    store.db.execute("UPDATE nodes SET name = '改名演练' WHERE label = 'Drill' AND name = '防汛应急演练'")
    store.db.commit()
    after = queries.run("drills", {"place": "水库"}, store=store)
    assert [r["drill"] for r in before] == ["防汛应急演练"] and [r["drill"] for r in after] == ["改名演练"]
