"""Seed-level checks: every label and relationship type appears, evidence offsets are exact,
extraction is deterministic and order-independent, and the dev gold scores hold."""
from __future__ import annotations

import json
import time
import unicodedata

import pytest

from kg.model import KnowledgeGraph, node_id
from loaders import extract, read_document
from ontology.vocab import LABELS, REL_TYPES, labels_of


@pytest.fixture(scope="module")
def sources(seeds_dir):
    return [read_document(p) for p in sorted(seeds_dir.glob("*.txt"))]


@pytest.fixture(scope="module")
def fragments(sources):
    return [extract(s) for s in sources]


def test_every_label_and_type_appears(fragments):
    merged = KnowledgeGraph()
    for f in fragments:
        merged.merge(f)
    labels = {d["label"] for _, d in merged.nodes()}
    types = {k for *_, k, _ in merged.edges()}
    assert set(LABELS) - labels == set()
    assert set(REL_TYPES) - types == set()


def test_every_evidence_is_exact(sources, fragments):
    for src, frag in zip(sources, fragments):
        for _, d in frag.nodes():
            for doc, a, b in d["evidence"]:
                assert doc == src.doc_id and 0 <= a < b <= len(src.text)
        for *_, d in frag.edges():
            for doc, a, b in d["evidence"]:
                assert doc == src.doc_id and 0 <= a < b <= len(src.text)
                assert src.text[a:b].strip(), "evidence must be a sentence"


def test_store_evidence_text_matches_document(seed_store):
    graph = seed_store.graph
    n = 0
    for _, d in graph.nodes():
        for ev in d["evidence"]:
            rec = seed_store.evidence(ev)
            assert seed_store.text(rec["doc"])[rec["start"]:rec["end"]] == rec["text"]
            n += 1
    assert n > 500


def test_deterministic_and_order_independent(sources, fragments):
    again = [extract(s) for s in sources]
    dump = lambda kg: json.dumps(kg.to_data(), ensure_ascii=False, sort_keys=True)  # noqa: E731
    assert [dump(f) for f in fragments] == [dump(f) for f in again]
    a, b = KnowledgeGraph(), KnowledgeGraph()
    for f in fragments:
        a.merge(f)
    for f in reversed(again):
        b.merge(f)
        b.merge(f)
    assert dump(a) == dump(b)


def test_districts_keep_their_own_bureaus(fragments):
    merged = KnowledgeGraph()
    for f in fragments:
        merged.merge(f)
    bureaus = merged.find("区应急管理局", label="Department")
    assert len(bureaus) == len({merged.node(b)["jurisdiction"] for b in bureaus}) >= 4


def test_masked_report_keeps_masks(sources, fragments):
    for src, frag in zip(sources, fragments):
        doc = frag.node(src.doc_id)
        juris = frag.node(doc["properties"]["jurisdiction"])
        if "*" in juris["name"]:
            assert juris["properties"].get("masked") is True
            # its id is keyed to the document, so it never merges with another report's *区; the exported
            # scope stays empty, since a scope must name a Jurisdiction
            assert doc["properties"]["jurisdiction"] == node_id("Jurisdiction", juris["name"], src.doc_id)
            assert juris["jurisdiction"] is None


def _norm(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace()).replace("《", "").replace("》", "")


def test_dev_gold_scores(gold_dir, seeds_dir):
    """Entities P/R >= 0.92 and relationships P >= 0.85, R >= 0.80 on the dev gold (certain items)."""
    ent = [0, 0, 0, 0]
    rel = [0, 0, 0, 0]
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        kg = extract(read_document(seeds_dir / gold["doc"]))
        names = lambda d: {_norm(x) for x in d["aliases"] | {d["name"]}}  # noqa: E731
        ents = [e for e in gold["entities"] if not e.get("uncertain")]
        unsure = [e for e in gold["entities"] if e.get("uncertain")]
        hit = lambda d, e: e["label"] in labels_of(d["label"]) and names(d) & {_norm(x) for x in e["names"]}  # noqa: E731
        nodes = [d for _, d in kg.nodes() if d["label"] != "Document"]
        for d in nodes:
            ok = any(hit(d, e) for e in ents)
            if not ok and any(hit(d, e) for e in unsure):
                continue
            ent[0] += ok
            ent[1] += 1
        for e in ents:
            ent[2] += any(hit(d, e) for d in nodes)
            ent[3] += 1

        def end_names(end):
            for e in gold["entities"]:
                if e["label"] == end["label"] and _norm(end["name"]) in {_norm(x) for x in e["names"]}:
                    return {_norm(x) for x in e["names"]}
            return {_norm(end["name"])}

        def rhit(s, t, k, r):
            ds, dt = kg.node(s), kg.node(t)
            return (k == r["type"] and r["source"]["label"] in labels_of(ds["label"]) and names(ds) & end_names(r["source"])
                    and r["target"]["label"] in labels_of(dt["label"]) and names(dt) & end_names(r["target"]))

        rels = [r for r in gold["relations"] if not r.get("uncertain")]
        unsure_r = [r for r in gold["relations"] if r.get("uncertain")]
        edges = [(s, t, k) for s, t, k, _ in kg.edges() if k != "MENTIONS"]
        for s, t, k in edges:
            ok = any(rhit(s, t, k, r) for r in rels)
            if not ok and any(rhit(s, t, k, r) for r in unsure_r):
                continue
            rel[0] += ok
            rel[1] += 1
        for r in rels:
            rel[2] += any(rhit(s, t, k, r) for s, t, k in edges)
            rel[3] += 1
    assert ent[0] / ent[1] >= 0.92 and ent[2] / ent[3] >= 0.92, ent
    assert rel[0] / rel[1] >= 0.85 and rel[2] / rel[3] >= 0.80, rel


def test_extract_costs_at_most_three_jieba_passes(sources):
    import jieba

    jieba.setLogLevel(60)
    jieba.lcut("预热")
    extract(sources[0])
    best_j = best_e = float("inf")
    for _ in range(3):  # best of three: the machine is shared
        t = time.perf_counter()
        for s in sources:
            jieba.lcut(s.text)
        best_j = min(best_j, time.perf_counter() - t)
        t = time.perf_counter()
        for s in sources:
            extract(s)
        best_e = min(best_e, time.perf_counter() - t)
    assert best_e <= 3 * best_j, (best_e, best_j)
