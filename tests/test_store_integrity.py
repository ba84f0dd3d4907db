"""The store loses nothing: updates replace and remove exactly one document's facts,
damage is detected with a clear error, and a crash during a save leaves the previous
store intact."""
from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg import sqlgraph
from kg.errors import StoreError
from kg.model import KnowledgeGraph, document_id
from kg.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def _report(i: int, extra: str = "") -> str:
    return (f"第{i}号区应急管理局2023年工作总结\n一、全年开展应急演练{i}次，检查企业{i * 7}家。\n"
            f"二、区防汛抗旱指挥部组织编制《防汛抗旱应急预案》。{extra}\n")


def _folder(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"r{i:04d}.txt").write_text(_report(i), encoding="utf-8")
    return root


# -- fragments built by hand -----------------------------------------------------------
NAMES = [("Department", "区应急管理局"), ("Department", "区水利局"), ("Committee", "区安委会"),
         ("Sector", "消防"), ("Sector", "防汛抗旱"), ("Enterprise", "某某化工有限公司")]
TYPES = ["RESPONSIBLE_FOR", "SUPERVISES", "MEMBER_OF"]


@st.composite
def fragments(draw, doc: str) -> KnowledgeGraph:
    """One document's fragment: some of a small pool of nodes, with properties and edges."""
    g = KnowledgeGraph()
    g.add_node("Document", doc, id=doc, evidence=[(doc, 0, 1)])
    ids = []
    for label, name in draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True)):
        props = draw(st.dictionaries(st.sampled_from(["level", "count"]), st.integers(0, 3), max_size=2))
        start = draw(st.integers(0, 20))
        aliases = draw(st.lists(st.sampled_from(["别名甲", "别名乙"]), max_size=1))
        ids.append(g.add_node(label, name, properties=props, aliases=aliases,
                              evidence=[(doc, start, start + 3)]))
    for s, t, k in draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids), st.sampled_from(TYPES)),
                                 max_size=4)):
        if s != t:
            g.add_edge(s, k, t, properties={"weight": draw(st.integers(0, 2))},
                       evidence=[(doc, 1, draw(st.integers(2, 9)))])
    g.add_mentions(doc)
    return g


def _fresh(frags: dict[str, KnowledgeGraph]) -> dict:
    g = KnowledgeGraph()
    for doc in sorted(frags):
        g.merge(frags[doc])
    return g.to_data()


DOCS = ["doc-a", "doc-b", "doc-c"]
operations = st.lists(st.tuples(st.sampled_from(["put", "remove"]), st.sampled_from(DOCS),
                                st.data()), min_size=1, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_any_sequence_of_puts_and_removes_equals_a_fresh_build(tmp_path_factory, ops):
    """Replacing or removing a document leaves exactly the graph its remaining fragments give."""
    path = tmp_path_factory.mktemp("s")
    store = EmbeddedStore(path)
    current: dict[str, KnowledgeGraph] = {}
    for op, doc, data in ops:
        if op == "put":
            frag = data.draw(fragments(doc))
            store.put(frag, doc, f"{doc}.txt", f"text of {doc} " * 3)
            current[doc] = frag
        elif doc in current:
            store.remove(f"{doc}.txt")
            del current[doc]
        else:
            with pytest.raises(StoreError, match="no document"):
                store.remove(f"{doc}.txt")
        assert store.graph.to_data() == _fresh(current)
    store.save()
    reopened = EmbeddedStore(path, create=False)
    assert reopened.graph.to_data() == _fresh(current)
    assert sorted(reopened.documents) == sorted(current)


def test_remove_keeps_what_other_documents_support(tmp_path):
    a, b = KnowledgeGraph(), KnowledgeGraph()
    for g, doc in ((a, "doc-a"), (b, "doc-b")):
        g.add_node("Document", doc, id=doc, evidence=[(doc, 0, 1)])
    shared_a = a.add_node("Department", "区应急管理局", properties={"level": 1}, evidence=[("doc-a", 0, 6)])
    only_a = a.add_node("Sector", "消防", evidence=[("doc-a", 7, 9)])
    a.add_edge(shared_a, "RESPONSIBLE_FOR", only_a, evidence=[("doc-a", 0, 9)])
    shared_b = b.add_node("Department", "区应急管理局", properties={"level": 2}, evidence=[("doc-b", 3, 9)])
    only_b = b.add_node("Sector", "防汛抗旱", evidence=[("doc-b", 10, 14)])
    b.add_edge(shared_b, "RESPONSIBLE_FOR", only_b, evidence=[("doc-b", 3, 14)])
    for g, doc in ((a, "doc-a"), (b, "doc-b")):
        g.add_mentions(doc)
    store = EmbeddedStore(tmp_path / "s")
    store.put(a, "doc-a", "a.txt", "a" * 20)
    store.put(b, "doc-b", "b.txt", "b" * 20)
    assert store.graph.node(shared_a)["properties"] == {"level": 1}
    assert store.remove("a.txt") == "doc-a"
    g = store.graph
    assert only_a not in g and "doc-a" not in g
    assert g.node(shared_a)["properties"] == {"level": 2}
    assert g.node(shared_a)["evidence"] == {("doc-b", 3, 9)}
    assert {(s, t, k) for s, t, k, _ in g.edges()} == {
        (shared_b, only_b, "RESPONSIBLE_FOR"), ("doc-b", shared_b, "MENTIONS"), ("doc-b", only_b, "MENTIONS")}


# -- real ingests: replace and remove, through the API and the CLI ------------------------
def test_reingesting_a_modified_file_replaces_its_facts(tmp_path):
    folder = _folder(tmp_path / "in", 3)
    store = tmp_path / "s"
    kg.ingest([folder], store=store)
    (folder / "r0001.txt").write_text(_report(1, "三、新增的一段话。"), encoding="utf-8")
    done = _cli("ingest", str(folder), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert "0 added, 1 replaced, 2 unchanged, 0 skipped" in done.stdout
    kg.ingest([folder], store=tmp_path / "fresh")
    assert kg.export_json(store=store) == kg.export_json(store=tmp_path / "fresh")
    st_ = kg.open_store(store)
    assert st_.text(document_id("r0001.txt")).endswith("三、新增的一段话。\n")
    # the replaced text is no longer kept
    assert st_.db.execute("SELECT count(*) FROM texts").fetchone() == (3,)


def test_seed_reports_replace_and_remove(tmp_path, seeds_dir):
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    store = tmp_path / "s"
    kg.ingest([folder], store=store)
    seeds = sorted(p.name for p in folder.iterdir())
    # modify one report: keep its first half only
    victim = folder / seeds[1]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text[: len(text) // 2], encoding="utf-8")
    assert kg.ingest([folder], store=store).replaced == [seeds[1]]
    kg.ingest([folder], store=tmp_path / "fresh1")
    assert kg.export_json(store=store) == kg.export_json(store=tmp_path / "fresh1")
    # remove another one through the CLI
    done = _cli("remove", seeds[3], "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert f"removed {seeds[3]}" in done.stdout
    (folder / seeds[3]).unlink()
    kg.ingest([folder], store=tmp_path / "fresh2")
    assert kg.export_json(store=store) == kg.export_json(store=tmp_path / "fresh2")
    exported = kg.export_json(store=store)
    removed_id = document_id(seeds[3])
    assert all(ev["doc"] != removed_id for rec in exported["nodes"] + exported["edges"] for ev in rec["evidence"])
    # putting it back gives the store of the whole folder again
    shutil.copy(seeds_dir / seeds[3], folder / seeds[3])
    assert kg.ingest([folder], store=store).added == [seeds[3]]
    assert kg.export_json(store=store) == kg.export_json(store=tmp_path / "fresh1")


def test_remove_of_an_unknown_document_is_a_clear_error(tmp_path):
    store = tmp_path / "s"
    kg.ingest([_folder(tmp_path / "in", 2)], store=store)
    done = _cli("remove", "nope.txt", "--store", str(store))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: no document 'nope.txt' in store {store}; documents: r0000.txt, r0001.txt"]
    missing = _cli("remove", "r0000.txt", "--store", str(tmp_path / "none"))
    assert missing.returncode == 1 and "no store at" in missing.stderr


def test_remove_by_path_and_by_id(tmp_path):
    folder = _folder(tmp_path / "in", 3)
    store = tmp_path / "s"
    kg.ingest([folder], store=store)
    assert kg.remove(str(folder / "r0000.txt"), store=store) == document_id("r0000.txt")
    assert kg.remove(document_id("r0001.txt"), store=store) == document_id("r0001.txt")
    assert [i["name"] for i in kg.open_store(store).documents.values()] == ["r0002.txt"]


# -- damage is detected --------------------------------------------------------------
def _sql(store: Path, statement: str) -> None:
    db = sqlite3.connect(store / "graph.sqlite", isolation_level=None)
    db.execute(statement)
    db.close()


def _zero_root_page(store: Path, table: str) -> None:
    """Overwrite the first page of a table's b-tree with zeros (a damaged disk page)."""
    db = sqlite3.connect(store / "graph.sqlite")
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    (page_size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    with open(store / "graph.sqlite", "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\0" * page_size)


def _db_bytes(store: Path) -> bytes:
    return (store / "graph.sqlite").read_bytes()


DAMAGES = {
    "not a database": (lambda s: (s / "graph.sqlite").write_bytes(b"not a database at all " * 200),
                       "graph.sqlite is not a SQLite database"),
    "truncated": (lambda s: (s / "graph.sqlite").write_bytes(_db_bytes(s)[: len(_db_bytes(s)) // 2]),
                  "graph.sqlite is truncated"),
    "empty file": (lambda s: (s / "graph.sqlite").write_bytes(b""), "no 'meta' table"),
    "missing table": (lambda s: _sql(s, "DROP TABLE edges"), "table 'edges' is missing"),
    "another format": (lambda s: _sql(s, "UPDATE meta SET value = 'other/9' WHERE key = 'format'"),
                       "unknown format 'other/9'"),
    "no format entry": (lambda s: _sql(s, "DELETE FROM meta"), "no format entry"),
    "a damaged page": (lambda s: _zero_root_page(s, "documents"), "malformed"),
    "the old format": (lambda s: ((s / "graph.sqlite").unlink(), (s / "manifest.json").write_bytes(b"{}")),
                       "old format kg-store/1"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
@pytest.mark.parametrize("command", [["stats"], ["export", "json", "--out", "{tmp}/out.json"],
                                     ["show", "区应急管理局"]])
def test_a_damaged_store_is_a_clear_error_through_the_cli(tmp_path, damage, command):
    store = tmp_path / "s"
    kg.ingest([_folder(tmp_path / "in", 3)], store=store)
    do, message = DAMAGES[damage]
    do(store)
    done = _cli(*[c.format(tmp=tmp_path) for c in command], "--store", str(store))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error: store {store}")
    assert message in lines[0]


def test_a_damaged_or_missing_document_text_is_detected(tmp_path):
    store = tmp_path / "s"
    kg.ingest([_folder(tmp_path / "in", 3)], store=store)
    sha = kg.open_store(store).documents[document_id("r0001.txt")]["sha256"]
    _sql(store, f"UPDATE texts SET text = 'changed' WHERE sha256 = '{sha}'")
    with pytest.raises(StoreError, match=r"damaged: checksum of the text of r0001.txt does not match"):
        kg.export_json(store=store)
    _sql(store, f"DELETE FROM texts WHERE sha256 = '{sha}'")
    with pytest.raises(StoreError, match=r"damaged: the text of r0001.txt is missing"):
        kg.export_json(store=store)


def test_reingesting_repairs_a_damaged_document_text(tmp_path):
    folder = _folder(tmp_path / "in", 3)
    store = tmp_path / "s"
    kg.ingest([folder], store=store)
    sha = kg.open_store(store).documents[document_id("r0001.txt")]["sha256"]
    _sql(store, f"UPDATE texts SET text = 'changed' WHERE sha256 = '{sha}'")
    report = kg.ingest([folder], store=store)
    assert report.replaced == ["r0001.txt"] and sorted(report.unchanged) == ["r0000.txt", "r0002.txt"]
    kg.ingest([folder], store=tmp_path / "fresh")
    assert kg.export_json(store=store) == kg.export_json(store=tmp_path / "fresh")


def test_rows_naming_a_missing_relationship_are_damage(tmp_path):
    store = tmp_path / "s"
    kg.ingest([_folder(tmp_path / "in", 1)], store=store)
    _sql(store, "INSERT INTO evidence VALUES ('department-x|SUPERVISES|sector-y', 'doc', 0, 1)")
    with pytest.raises(StoreError, match="damaged: graph.sqlite: a row names a missing"):
        kg.export_json(store=store)


def test_removing_a_document_drops_the_aliases_only_it_gave(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    for doc, aliases in (("doc-a", ["区应急局", "应急局"]), ("doc-b", ["应急局"])):
        g = KnowledgeGraph()
        g.add_node("Document", doc, id=doc, evidence=[(doc, 0, 1)])
        g.add_node("Department", "区应急管理局", aliases=aliases, evidence=[(doc, 0, 6)])
        g.add_mentions(doc)
        store.put(g, doc, f"{doc}.txt", f"{doc} text")
    store.save()
    kg.remove("doc-a.txt", store=tmp_path / "s")
    st_ = EmbeddedStore(tmp_path / "s", create=False)
    (dept,) = st_.graph.find("区应急管理局")
    assert st_.graph.node(dept)["aliases"] == {"区应急管理局", "应急局"}
    assert kg.show("应急局", store=st_)[0]["aliases"] == ["区应急管理局", "应急局"]
    with pytest.raises(kg.KGError, match="no node named '区应急局'"):
        kg.show("区应急局", store=st_)


def test_a_store_path_that_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x")
    done = _cli("stats", "--store", str(tmp_path / "f"))
    assert done.returncode == 1 and "is a file, not a folder" in done.stderr


# -- a crash during a save leaves the previous store ------------------------------------
def test_a_failure_at_any_document_during_ingest_keeps_the_previous_store(tmp_path, monkeypatch):
    folder = _folder(tmp_path / "in", 4)
    store = tmp_path / "s"
    kg.ingest([folder / "r0000.txt", folder / "r0001.txt"], store=store)
    before = kg.export_json(store=store)
    (folder / "r0001.txt").write_text(_report(1, "修改过。"), encoding="utf-8")
    real_put = sqlgraph.RowBuffer.add  # where a put document's rows go
    failures = 0
    for n in range(1, 10):
        calls = 0

        def failing_put(*args, _n=n):
            nonlocal calls
            calls += 1
            if calls == _n:
                raise OSError("simulated failure")
            return real_put(*args)

        monkeypatch.setattr(sqlgraph.RowBuffer, "add", failing_put)
        try:
            kg.ingest([folder], store=store)
        except OSError:
            failures += 1
        finally:
            monkeypatch.setattr(sqlgraph.RowBuffer, "add", real_put)
        if calls < n:  # the whole ingest needed fewer puts: it completed
            break
        assert kg.export_json(store=store) == before, f"a failure at put {n} changed the store"
    assert failures == 3  # r0001 replaced, r0002 and r0003 added
    kg.ingest([folder], store=tmp_path / "fresh")
    assert kg.export_json(store=store) == kg.export_json(store=tmp_path / "fresh")


def _before_and_after(tmp_path: Path, n_files: int) -> tuple[Path, Path, Path, dict, dict]:
    """A folder, a store holding two of its files (one since modified), a pristine copy of
    that store, and the exports before and after ingesting the whole folder."""
    folder = _folder(tmp_path / "in", n_files)
    store = tmp_path / "s"
    kg.ingest([folder / "r0000.txt", folder / "r0001.txt"], store=store)
    (folder / "r0001.txt").write_text(_report(1, "修改过。"), encoding="utf-8")
    pristine = tmp_path / "pristine"
    shutil.copytree(store, pristine)
    before = kg.export_json(store=store)
    kg.ingest([folder], store=tmp_path / "after")
    return folder, store, pristine, before, kg.export_json(store=tmp_path / "after")


def _restore(store: Path, pristine: Path) -> None:
    shutil.rmtree(store)
    shutil.copytree(pristine, store)


def test_sigkill_during_ingest_keeps_a_complete_store(tmp_path):
    """A subprocess ingesting a folder is killed at several moments; the store is
    always either the one before or the one after, openable, with that export."""
    folder, store, pristine, before, after = _before_and_after(tmp_path, 150)
    cmd = [sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store)]
    t0 = time.monotonic()
    subprocess.run(cmd, capture_output=True, timeout=300, cwd=ROOT, check=True)
    full = time.monotonic() - t0
    seen = []
    for fraction in (0.1, 0.5, 0.8, 0.9, 0.95, 0.99):
        _restore(store, pristine)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        try:
            proc.wait(timeout=full * fraction)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        exported = kg.export_json(store=store)
        assert exported in (before, after), f"killed at {fraction:.0%} of {full:.1f}s: a mixed store"
        seen.append("before" if exported == before else "after")
    print(f"ingest of 150 files took {full:.1f}s; kills saw {seen}")
    assert seen[0] == "before"
    # the store still takes the next ingest and ends up right
    kg.ingest([folder], store=store)
    assert kg.export_json(store=store) == after


# Runs in a subprocess: the process SIGKILLs itself at the Nth step of the ingest (each
# document's rows, then the commit, then after it), with no cleanup and no finally blocks run.
KILL_AT_STEP = """
import os, signal, sys
import kg
from kg import sqlgraph, store

n, calls = int(sys.argv[1]), [0]
def step():
    calls[0] += 1
    if calls[0] == n:
        os.kill(os.getpid(), signal.SIGKILL)
real_put, real_flush, real_save = sqlgraph.RowBuffer.add, sqlgraph.RowBuffer.flush, store.EmbeddedStore.save
def put(*args):
    step()
    return real_put(*args)
def flush(*args):
    step()
    return real_flush(*args)
def save(self):
    step()
    real_save(self)
    step()
sqlgraph.RowBuffer.add, sqlgraph.RowBuffer.flush, store.EmbeddedStore.save = put, flush, save
kg.ingest([sys.argv[2]], store=sys.argv[3])
"""


def test_sigkill_at_each_step_of_an_ingest_keeps_a_complete_store(tmp_path):
    folder, store, pristine, before, after = _before_and_after(tmp_path, 3)
    outcomes = []
    for n in range(1, 40):
        _restore(store, pristine)
        done = subprocess.run([sys.executable, "-c", KILL_AT_STEP, str(n), str(folder), str(store)],
                              capture_output=True, timeout=120, cwd=ROOT)
        exported = kg.export_json(store=store)
        assert exported in (before, after), f"killed at step {n}: a mixed store"
        outcomes.append("before" if exported == before else "after")
        if done.returncode == 0:  # fewer steps than n: the ingest completed
            break
        assert done.returncode == -signal.SIGKILL, done.stderr
    # every step before the commit (each document's rows held, each write of held rows,
    # the save) leaves the old store, the one after it the new one
    assert outcomes == ["before"] * (len(outcomes) - 2) + ["after", "after"], outcomes
    assert len(outcomes) >= 6, outcomes  # two documents' rows, a write of them, the save


# -- two writers -----------------------------------------------------------------------
def test_a_store_opened_before_another_process_saved_does_not_lose_its_documents(tmp_path):
    folder = _folder(tmp_path / "in", 3)
    path = tmp_path / "s"
    kg.ingest([folder / "r0000.txt"], store=path)
    early = kg.open_store(path)  # read the manifest now ...
    kg.ingest([folder / "r0001.txt"], store=path)  # ... another writer saves ...
    kg.ingest([folder / "r0002.txt"], store=early)  # ... then this one ingests
    names = sorted(i["name"] for i in kg.open_store(path).documents.values())
    assert names == ["r0000.txt", "r0001.txt", "r0002.txt"]
    kg.ingest([folder], store=tmp_path / "fresh")
    assert kg.export_json(store=path) == kg.export_json(store=tmp_path / "fresh")


def test_a_writer_outside_the_lock_makes_the_next_one_wait_and_both_are_kept(tmp_path):
    folder = _folder(tmp_path / "in", 2)
    path = tmp_path / "s"
    kg.ingest([folder / "r0000.txt"], store=path)
    early = EmbeddedStore(path, create=False)
    g = KnowledgeGraph()
    g.add_node("Document", "x.txt", id="doc-x", evidence=[("doc-x", 0, 1)])
    early.put(g, "doc-x", "x.txt", "x text")  # a change without the lock: its transaction is open ...
    other = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(folder / "r0001.txt"),
                              "--store", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    time.sleep(3)
    assert other.poll() is None  # ... so another writer waits for it ...
    early.save()
    _, err = other.communicate(timeout=120)  # ... and goes on once it is committed
    assert other.returncode == 0, err
    names = sorted(i["name"] for i in kg.open_store(path).documents.values())
    assert names == ["r0000.txt", "r0001.txt", "x.txt"]


def test_two_concurrent_ingests_keep_both_sets_of_documents(tmp_path):
    a = _folder(tmp_path / "a", 60)
    b = tmp_path / "b"
    b.mkdir()
    for i in range(60):
        (b / f"b{i:04d}.txt").write_text(_report(1000 + i), encoding="utf-8")
    path = tmp_path / "s"
    procs = [subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) for folder in (a, b)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    assert len(kg.open_store(path).documents) == 120
    kg.ingest([a, b], store=tmp_path / "fresh")
    assert kg.export_json(store=path) == kg.export_json(store=tmp_path / "fresh")
