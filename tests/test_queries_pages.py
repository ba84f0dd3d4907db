"""Pages of answers: `queries.page` / `run(limit=, offset=)` and `kg query --limit/--offset`.

Pages laid end to end are the whole answer, in the same order on both embedded readers;
a store with more than a page of bodies checks the CLI's default page and its note.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import queries
from kg.cli import app
from kg.model import KnowledgeGraph, document_id
from kg.store import EmbeddedStore
from queries_fixture import TINY_PARAMS, build, check_pages, reading

BODIES = 130  # more than the CLI's default page


def build_many(path) -> EmbeddedStore:
    """Bodies in jurisdictions of the same name (two 丙镇), one body of no jurisdiction, bodies
    answering for two sectors of one name (消防, 消防安全), committees in jurisdictions with no body."""
    lines = [f"第{i}队负责消防。" for i in range(BODIES)] + ["丁委员会成立。"]
    text = "\n".join(lines) + "\n"
    kg = KnowledgeGraph()
    doc = document_id("many.txt")

    def ev(i: int):
        start = sum(len(x) + 1 for x in lines[:i])
        return [(doc, start, start + len(lines[i]))]

    kg.add_node("Document", "many.txt", id=doc, evidence=ev(0))
    city = kg.add_node("Jurisdiction", "某市", evidence=ev(0))
    other_city = kg.add_node("Jurisdiction", "他市", evidence=ev(0))
    places = [kg.add_node("Jurisdiction", "丙镇", scope=city, evidence=ev(0)),
              kg.add_node("Jurisdiction", "丙镇", scope=other_city, evidence=ev(0)),
              kg.add_node("Jurisdiction", "甲镇", scope=city, evidence=ev(0)),
              kg.add_node("Jurisdiction", "乙镇", scope=city, evidence=ev(0)), None]
    fire = kg.add_node("Sector", "消防", evidence=ev(0))
    fire_safety = kg.add_node("Sector", "消防安全", evidence=ev(0))
    for i in range(BODIES):
        # names repeat within and across jurisdictions, so ties are broken by label and id
        body = kg.add_node("RescueTeam" if i % 5 == 0 else "Department", f"第{i % 40}队",
                           scope=places[(i // 40 + i) % len(places)], evidence=ev(i))  # (name, place): unique
        kg.add_edge(body, "RESPONSIBLE_FOR", fire, evidence=ev(i))
        if i % 3 == 0:
            kg.add_edge(body, "RESPONSIBLE_FOR", fire_safety, evidence=ev(i))
    for i, place in enumerate([city, other_city, *places[:3]]):
        kg.add_node("Committee", f"丁委员会{i}", scope=place, evidence=ev(BODIES))
    kg.add_mentions(doc)
    store = EmbeddedStore(path)
    store.put(kg, doc, "many.txt", text)
    store.save()
    return store


MANY_PARAMS = {
    "shared-responsibility": [{"sector": "消防"}, {"sector": "消防", "jurisdiction": "某市"}],
    "compare-jurisdictions": [{"sector": "消防"}],
    "key-bodies": [{"top": 50}],
    "responsibility-overlap": [{"min-shared": 2}],
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    return build_many(tmp_path_factory.mktemp("many"))


def test_pages_make_the_answer_on_hand_made_store(tiny):
    check_pages(tiny, TINY_PARAMS)


def test_pages_make_the_answer_with_ties_and_unplaced_bodies(many):
    check_pages(many, MANY_PARAMS, sizes=(7, 100))
    rows = queries.run("shared-responsibility", {"sector": "消防"}, store=many)
    assert len(rows) == BODIES and rows[0]["jurisdiction"] is None  # no jurisdiction sorts first
    both = [r for r in rows if r["sectors"] == ["消防", "消防安全"]]
    assert len(both) == len(range(0, BODIES, 3))
    compare = queries.run("compare-jurisdictions", {"sector": "消防"}, store=many)
    assert [r["jurisdiction"] for r in compare] == ["丙镇", "丙镇", "乙镇", "他市", "某市", "甲镇", None]


def test_run_never_cuts_unless_asked(many):
    assert len(queries.run("shared-responsibility", {"sector": "消防"}, store=many)) == BODIES
    page = queries.page("shared-responsibility", {"sector": "消防"}, store=many, limit=10, offset=125)
    assert len(page["rows"]) == 5 and page["total"] == BODIES and page["next_offset"] is None
    past = queries.page("shared-responsibility", {"sector": "消防"}, store=many, limit=10, offset=500)
    assert past["rows"] == [] and past["next_offset"] is None
    assert queries.run("key-bodies", {"top": 3}, store=many, limit=2, offset=1)[0]["rank"] == 2


def test_a_page_reads_the_evidence_of_its_rows_only(many):
    seen = []
    mp = reading(many, "sqlite")
    many.db.set_trace_callback(seen.append)
    try:
        queries.page("shared-responsibility", {"sector": "消防"}, store=many, limit=3)
    finally:
        many.db.set_trace_callback(None)
        mp.undo()
    owners = [s for s in seen if "FROM json_each" in s and "evidence e" in s]
    assert len(owners) == 1 and owners[0].count("RESPONSIBLE_FOR") == 3


@pytest.mark.parametrize("limit, offset", [(-1, 0), (1.5, 0), ("2", 0), (None, -3), (True, 0), (5, None)])
def test_bad_limit_or_offset_is_a_query_error(tiny, limit, offset):
    with pytest.raises(queries.QueryError, match="must be a whole number"):
        queries.page("drills", {}, store=tiny, limit=limit, offset=offset)


# -- the command line -----------------------------------------------------------------------
runner = CliRunner()


def test_cli_default_page_and_note(many):
    args = ["query", "shared-responsibility", "-s", str(many.path), "-p", "sector=消防", "--format"]
    for fmt in ("json", "csv"):
        out = runner.invoke(app, [*args, fmt, "--no-evidence"])
        assert out.exit_code == 0, out.output
        shown = json.loads(out.stdout) if fmt == "json" else out.stdout.splitlines()[1:]
        assert len(shown) == 100
        assert out.stderr.strip() == f"rows 1-100 of {BODIES}; --offset 100 for the next page; --limit 0 for all"
        assert "rows 1-100" not in out.stdout
    rest = runner.invoke(app, [*args, "json", "--offset", "100"])
    assert len(json.loads(rest.stdout)) == BODIES - 100 and f"rows 101-{BODIES} of {BODIES}" in rest.stderr
    everything = runner.invoke(app, [*args, "json", "--limit", "0"])
    assert len(json.loads(everything.stdout)) == BODIES and everything.stderr == ""
    table = runner.invoke(app, [*args, "table", "-n", "5"], env={"COLUMNS": "400"})
    assert f"5 of {BODIES} rows" in table.stdout and "--offset 5 for the next page" in table.stderr


def test_cli_bad_limit_or_offset_is_one_line(tiny):
    base = [sys.executable, "-m", "kg.cli", "query", "drills", "-s", str(tiny.path)]
    for extra in (["--limit", "-1"], ["--limit=x"], ["--offset", "1.5"], ["--offset=-2"]):
        proc = subprocess.run([*base, *extra], capture_output=True, text=True, timeout=60)
        assert proc.returncode != 0 and proc.stderr.strip().count("\n") == 0, proc.stderr
        assert "must be a whole number >= 0" in proc.stderr, proc.stderr
