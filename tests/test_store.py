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
