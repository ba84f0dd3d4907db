"""The model's merge rules and the embedded store's persistence."""
from kg.model import KnowledgeGraph, node_id
from kg.store import EmbeddedStore


def _frag(doc, name, prop):
    g = KnowledgeGraph()
    g.add_node("Document", doc, id=doc, evidence=[(doc, 0, 1)])
    a = g.add_node("Department", name, scope="j1", properties={"x": prop}, evidence=[(doc, 0, 3)])
    b = g.add_node("Sector", "消防", evidence=[(doc, 0, 3)])
    g.add_edge(a, "RESPONSIBLE_FOR", b, evidence=[(doc, 0, 3)])
    return g


def test_ids_are_scoped_by_jurisdiction():
    assert node_id("Department", "区应急管理局", "a") != node_id("Department", "区应急管理局", "b")
    assert node_id("Department", "区应急管理局", "a") == node_id("Department", "区应急管理局", "a")


def test_merge_is_order_independent():
    f1, f2 = _frag("d1", "区应急管理局", 1), _frag("d2", "区应急管理局", 2)
    g12, g21 = KnowledgeGraph(), KnowledgeGraph()
    g12.merge(f1); g12.merge(f2); g12.merge(f1)
    g21.merge(f2); g21.merge(f1)
    assert g12.to_data() == g21.to_data()
    dept = g12.find("区应急管理局")[0]
    assert g12.node(dept)["properties"]["x"] == 1  # the first document's value wins


def test_store_roundtrip_replace_and_remove(tmp_path):
    st = EmbeddedStore(tmp_path / "s")
    assert st.put(_frag("d1", "区应急管理局", 1), "d1", "d1.txt", "abc") == "added"
    assert st.put(_frag("d2", "区应急管理局", 2), "d2", "d2.txt", "xyz") == "added"
    st.save()
    st2 = EmbeddedStore(tmp_path / "s", create=False)
    assert st2.graph.to_data() == st.graph.to_data()
    assert st2.evidence(("d2", 0, 2))["text"] == "xy"
    assert st2.put(_frag("d2", "区应急管理局", 2), "d2", "d2.txt", "xyz") == "unchanged"
    st2.remove("d1.txt")
    dept = st2.graph.find("区应急管理局")[0]
    assert st2.graph.node(dept)["properties"]["x"] == 2  # falls back to the remaining document
    assert all(e[0] == "d2" for e in st2.graph.node(dept)["evidence"])
    st2.save()
    # the removed document's text is no longer kept
    texts = EmbeddedStore(tmp_path / "s", create=False).db.execute("SELECT sha256 FROM texts").fetchall()
    assert texts == [(__import__("hashlib").sha256(b"xyz").hexdigest(),)]


def _indexes(st):
    return sorted(r[0] for r in st.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


def test_held_rows_are_read_before_save_and_a_bulk_load_keeps_its_indexes(tmp_path, monkeypatch):
    import kg.store
    monkeypatch.setattr(kg.store, "FLUSH_DOCUMENTS", 2)
    st = EmbeddedStore(tmp_path / "s")
    indexes = _indexes(st)
    st.bulk_load(5)  # more documents than the store holds: indexes dropped for the batch
    for i in range(3):
        st.put(_frag(f"d{i}", f"区应急管理局{i}", i), f"d{i}", f"d{i}.txt", f"text {i}")
    # the third document's rows are still held: a read writes them first
    assert len(st.read(lambda db: db.execute("SELECT * FROM nodes WHERE label = 'Department'").fetchall())) == 3
    assert _indexes(st) == indexes  # ... and makes the indexes again for the read
    st.put(_frag("d1", "区应急管理局1", 9), "d1", "d1.txt", "changed")  # a replace: rows out and in
    st.put(_frag("d3", "区应急管理局3", 3), "d3", "d3.txt", "text 3")
    st.save()
    again = EmbeddedStore(tmp_path / "s", create=False)
    assert _indexes(again) == indexes
    assert sorted(again.documents) == ["d0", "d1", "d2", "d3"]
    dept = again.read(lambda db: db.execute("SELECT id FROM nodes WHERE name = '区应急管理局1'").fetchone())[0]
    assert again.graph.node(dept)["properties"]["x"] == 9
    assert again.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_rollback_drops_the_held_rows_and_keeps_the_indexes(tmp_path):
    st = EmbeddedStore(tmp_path / "s")
    indexes = _indexes(st)
    st.bulk_load(10)
    st.put(_frag("d0", "区应急管理局", 1), "d0", "d0.txt", "text")
    st.rollback()
    st.put(_frag("d1", "区水利局", 1), "d1", "d1.txt", "text 1")
    st.save()
    again = EmbeddedStore(tmp_path / "s", create=False)
    assert sorted(again.documents) == ["d1"] and _indexes(again) == indexes
    assert again.read(lambda db: db.execute("SELECT count(*) FROM nodes WHERE name = '区应急管理局'").fetchone()) == (0,)


def test_a_format_2_store_is_upgraded_when_opened_and_answers_the_same(tmp_path, capsys):
    import sqlite3

    import queries
    from test_sqlgraph import as_format_2

    st = EmbeddedStore(tmp_path / "s")
    st.put(_frag("d1", "区应急管理局", 1), "d1", "d1.txt", "abc")
    st.save()
    before = queries.run("compare-jurisdictions", {"sector": "消防"}, store=st)
    assert before[0]["bodies"] == ["区应急管理局"]
    st.close()
    db = sqlite3.connect(tmp_path / "s" / "graph.sqlite", isolation_level=None)
    as_format_2(db)
    db.close()
    upgraded = EmbeddedStore(tmp_path / "s", create=False)
    assert "upgrading store" in capsys.readouterr().err
    assert upgraded.db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0] == "kg-store/3"
    assert upgraded.db.execute("SELECT DISTINCT source_jurisdiction FROM edges").fetchall() == [("j1",)]
    assert queries.run("compare-jurisdictions", {"sector": "消防"}, store=upgraded) == before
    EmbeddedStore(tmp_path / "s", create=False)
    assert "upgrading" not in capsys.readouterr().err  # once
