"""kg eval: exact scores on small hand-made graphs, the report on the seeds, and the sample gold's integrity."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.errors import InputError
from kg.evaluate import evaluate, normalize_name
from kg.model import KnowledgeGraph, document_id
from kg.store import EmbeddedStore
from ontology.vocab import LABELS, REL_TYPES, labels_of

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "samples" / "corpus"
SAMPLE_GOLD = ROOT / "samples" / "gold"

TEXT_A = "区应急局检查某某有限公司，区工信局印发乙预案。甲水库、丁水库。张三。消防。"
TEXT_B = "区应急局与区安委会。"


def _fragment(doc_name: str, text: str, nodes, edges) -> KnowledgeGraph:
    """A document's fragment: nodes are (label, name, aliases), edges (source name, type, target name)."""
    doc = document_id(doc_name)
    ev = [(doc, 0, len(text))]
    g = KnowledgeGraph()
    g.add_node("Document", doc_name, id=doc, evidence=ev)
    ids = {name: g.add_node(label, name, aliases=aliases, evidence=ev) for label, name, aliases in nodes}
    for s, type_, t in edges:
        g.add_edge(ids[s], type_, ids[t], evidence=ev)
    g.add_mentions(doc)
    return g


@pytest.fixture()
def small_store(tmp_path) -> EmbeddedStore:
    st = EmbeddedStore(tmp_path / "store")
    a = _fragment("a.txt", TEXT_A, [
        ("Department", "区应急局", ["区应急管理局"]),
        ("Enterprise", "某某 有限公司", []),          # white space: normalised away
        ("Reservoir", "甲水库", []),                  # gold says Facility: a Reservoir is one
        ("Facility", "丁水库", []),                   # gold says Reservoir: a Facility is not one
        ("Plan", "乙预案", []),                       # gold writes 《乙预案》
        ("Department", "区工信局", []),               # not in the gold: a false positive
        ("Sector", "消防", []),                       # gold marks it uncertain
    ], [
        ("区应急局", "INSPECTED", "某某 有限公司"),    # gold names the target by another of its names
        ("区工信局", "ISSUED", "乙预案"),              # gold has another issuer
        ("区应急局", "RESPONSIBLE_FOR", "消防"),       # uncertain in the gold
    ])
    b = _fragment("b.txt", TEXT_B, [
        ("Department", "区应急局", []),               # the same node as in a.txt, with evidence in b.txt too
        ("Committee", "区安委会", []),                # gold has only the long name: no match
    ], [])
    st.put(a, document_id("a.txt"), "a.txt", TEXT_A)
    st.put(b, document_id("b.txt"), "b.txt", TEXT_B)
    st.save()
    return st


def _entity(label, names, uncertain=False):
    e = {"label": label, "names": names, "cue": names[0], "masked": False}
    if uncertain:
        e["uncertain"] = True
    return e


def _relation(type_, source, target, uncertain=False):
    r = {"type": type_, "source": {"label": source[0], "name": source[1]},
         "target": {"label": target[0], "name": target[1]}, "cue": "x", "properties": {}}
    if uncertain:
        r["uncertain"] = True
    return r


@pytest.fixture()
def small_gold(tmp_path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": [
        _entity("Department", ["区应急管理局"]),
        _entity("Enterprise", ["某某有限公司", "某某公司"]),
        _entity("Facility", ["甲水库"]),
        _entity("Reservoir", ["丁水库"]),
        _entity("Plan", ["《乙预案》"]),
        _entity("Person", ["张三"]),
        _entity("Sector", ["消防"], uncertain=True),
    ], "relations": [
        _relation("INSPECTED", ("Department", "区应急管理局"), ("Enterprise", "某某公司")),
        _relation("ISSUED", ("Department", "区应急管理局"), ("Plan", "乙预案")),
        _relation("RESPONSIBLE_FOR", ("Department", "区应急管理局"), ("Sector", "消防"), uncertain=True),
    ]}, ensure_ascii=False), encoding="utf-8")
    (gold / "b.json").write_text(json.dumps({"doc": "b.txt", "entities": [
        _entity("Department", ["区应急管理局", "区应急局"]),
        _entity("Committee", ["区安全生产委员会"]),
    ], "relations": []}, ensure_ascii=False), encoding="utf-8")
    return gold


def _prc(score):
    return score["precision"], score["recall"], score["matched_system"], score["system"], score["matched_gold"], \
        score["gold"]


def test_normalize_name():
    assert normalize_name("《 安全\n生产\u3000预案 》") == "安全生产预案"
    assert normalize_name("ＡＢ１（试行）") == "AB1(试行)"


def test_scores_per_label_and_type(small_store, small_gold):
    r = evaluate(small_gold, small_store)
    a = r["documents"]["a.txt"]
    # (precision, recall, matched system, system, matched gold, gold)
    assert _prc(a["labels"]["Department"]) == (0.5, 1.0, 1, 2, 1, 1)
    assert _prc(a["labels"]["Enterprise"]) == (1.0, 1.0, 1, 1, 1, 1)
    assert _prc(a["labels"]["Reservoir"]) == (1.0, 0.0, 1, 1, 0, 1)
    assert _prc(a["labels"]["Facility"]) == (0.0, 1.0, 0, 1, 1, 1)
    assert _prc(a["labels"]["Plan"]) == (1.0, 1.0, 1, 1, 1, 1)
    assert _prc(a["labels"]["Person"]) == (None, 0.0, 0, 0, 0, 1)
    assert _prc(a["labels"]["Sector"]) == (None, None, 0, 0, 0, 0)
    assert a["labels"]["Sector"]["ignored"] == 1
    assert "Document" not in a["labels"]
    assert _prc(a["overall"]["entities"]) == (4 / 6, 4 / 6, 4, 6, 4, 6)

    assert _prc(a["types"]["INSPECTED"]) == (1.0, 1.0, 1, 1, 1, 1)
    assert _prc(a["types"]["ISSUED"]) == (0.0, 0.0, 0, 1, 0, 1)
    assert a["types"]["RESPONSIBLE_FOR"]["ignored"] == 1
    assert "MENTIONS" not in a["types"]
    assert _prc(a["overall"]["relations"]) == (0.5, 0.5, 1, 2, 1, 2)
    assert a["overall"]["relations"]["f1"] == pytest.approx(0.5)

    b = r["documents"]["b.txt"]
    assert _prc(b["overall"]["entities"]) == (0.5, 0.5, 1, 2, 1, 2)
    assert b["overall"]["relations"]["system"] == 0 and b["overall"]["relations"]["gold"] == 0

    # micro-averaged over documents: counts are summed first
    assert _prc(r["overall"]["entities"]) == (5 / 8, 5 / 8, 5, 8, 5, 8)
    assert _prc(r["labels"]["Department"]) == (2 / 3, 1.0, 2, 3, 2, 2)
    assert r["overall"]["entities"]["f1"] == pytest.approx(5 / 8)


def test_include_uncertain(small_store, small_gold):
    r = evaluate(small_gold, small_store, include_uncertain=True)
    a = r["documents"]["a.txt"]
    assert _prc(a["labels"]["Sector"]) == (1.0, 1.0, 1, 1, 1, 1)
    assert _prc(a["overall"]["entities"]) == (5 / 7, 5 / 7, 5, 7, 5, 7)
    assert _prc(a["overall"]["relations"]) == (2 / 3, 2 / 3, 2, 3, 2, 3)


def test_errors_list_false_positives_and_misses(small_store, small_gold):
    errors = evaluate(small_gold, small_store)["documents"]["a.txt"]["errors"]
    fp, miss = errors["false_positives"], errors["misses"]
    assert sorted((e["label"], e["name"]) for e in fp["entities"]) == [("Department", "区工信局"), ("Facility", "丁水库")]
    assert all(e["text"] == TEXT_A for e in fp["entities"])
    assert sorted((e["label"], e["name"]) for e in miss["entities"]) == [("Person", "张三"), ("Reservoir", "丁水库")]
    assert [(x["type"], x["source"]["name"], x["target"]["name"]) for x in fp["relations"]] == \
        [("ISSUED", "区工信局", "乙预案")]
    assert [(x["type"], x["source"]["name"]) for x in miss["relations"]] == [("ISSUED", "区应急管理局")]


def test_gold_document_missing_from_store(small_store, small_gold):
    (small_gold / "c.json").write_text(json.dumps({"doc": "c.txt", "entities": [], "relations": []}))
    with pytest.raises(InputError, match="c.txt"):
        evaluate(small_gold, small_store)


def test_bad_gold_is_an_input_error(small_store, tmp_path):
    gold = tmp_path / "bad"
    gold.mkdir()
    (gold / "x.json").write_text(json.dumps({"doc": "a.txt", "entities": [{"label": "Agency", "names": ["x"]}]}))
    with pytest.raises(InputError, match="unknown label"):
        evaluate(gold, small_store)
    with pytest.raises(InputError, match="does not exist"):
        evaluate(tmp_path / "nowhere", small_store)


def test_cli_json_and_errors(small_store, small_gold):
    from kg.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["eval", "--gold", str(small_gold), "--store", str(small_store.path), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["overall"]["entities"]["matched_system"] == 5
    assert "errors" not in data["documents"]["a.txt"]
    res = runner.invoke(app, ["eval", "--gold", str(small_gold), "--store", str(small_store.path), "--errors"])
    assert res.exit_code == 0, res.output
    assert "区工信局" in res.output and "张三" in res.output and "entities by label" in res.output


def test_cli_missing_document_exits_1(small_store, small_gold):
    (small_gold / "c.json").write_text(json.dumps({"doc": "c.txt", "entities": [], "relations": []}))
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "eval", "--gold", str(small_gold),
                           "--store", str(small_store.path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "c.txt" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


SCORE_KEYS = {"precision", "recall", "f1", "matched_system", "system", "ignored", "matched_gold", "gold"}


def test_report_on_the_seeds(seed_store, gold_dir):
    r = evaluate(gold_dir, seed_store)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    assert set(r["documents"]) == {g["doc"] for g in golds}
    assert set(r["overall"]) == {"entities", "relations"}
    for scores in [r["overall"]["entities"], r["overall"]["relations"], *r["labels"].values(), *r["types"].values()]:
        assert set(scores) == SCORE_KEYS
        for k in ("precision", "recall", "f1"):
            assert scores[k] is None or 0.0 <= scores[k] <= 1.0
    assert set(r["labels"]) <= set(LABELS) - {"Document"}
    assert set(r["types"]) <= set(REL_TYPES) - {"MENTIONS"}
    # gold counts do not depend on the extraction: certain items only, by default
    assert r["overall"]["entities"]["gold"] == sum(not e.get("uncertain") for g in golds for e in g["entities"])
    assert r["overall"]["relations"]["gold"] == sum(not x.get("uncertain") for g in golds for x in g["relations"])
    for doc in r["documents"].values():
        assert set(doc) == {"overall", "labels", "types", "errors"}
        assert set(doc["errors"]) == {"false_positives", "misses"}
        assert len(doc["errors"]["misses"]["entities"]) == \
            doc["overall"]["entities"]["gold"] - doc["overall"]["entities"]["matched_gold"]
        assert len(doc["errors"]["false_positives"]["relations"]) == \
            doc["overall"]["relations"]["system"] - doc["overall"]["relations"]["matched_system"]
    with_uncertain = evaluate(gold_dir, seed_store, include_uncertain=True)
    assert with_uncertain["overall"]["entities"]["gold"] == sum(len(g["entities"]) for g in golds)


# -- the sample corpus and its gold ---------------------------------------------------
def _sample_golds():
    return sorted(SAMPLE_GOLD.glob("*.json"))


def test_sample_gold_covers_the_corpus():
    corpus = sorted(p.name for p in SAMPLE_CORPUS.glob("*.txt"))
    assert len(corpus) >= 3
    assert sorted(json.loads(p.read_text(encoding="utf-8"))["doc"] for p in _sample_golds()) == corpus


@pytest.mark.parametrize("gold_path", _sample_golds(), ids=lambda p: p.name)
def test_sample_gold_cues_and_terms(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (SAMPLE_CORPUS / gold["doc"]).read_text(encoding="utf-8")
    for e in gold["entities"]:
        assert e["label"] in LABELS and e["label"] != "Document", e
        assert e["names"] and all(isinstance(n, str) and n for n in e["names"]), e
        assert isinstance(e["masked"], bool), e
        assert e["cue"] in text, f"entity cue not in {gold['doc']}: {e['cue']!r}"
    entity_keys = {(e["label"], normalize_name(n)) for e in gold["entities"] for n in e["names"]}
    for r in gold["relations"]:
        assert r["type"] in REL_TYPES and r["type"] != "MENTIONS", r
        assert r["cue"] in text, f"relation cue not in {gold['doc']}: {r['cue']!r}"
        for end in (r["source"], r["target"]):
            assert end["label"] in LABELS, r
            assert (end["label"], normalize_name(end["name"])) in entity_keys, f"relation end not an entity: {end}"
        _, _, sources, targets = REL_TYPES[r["type"]]
        assert set(labels_of(r["source"]["label"])) & set(sources), f"source label not allowed for {r['type']}: {r}"
        assert set(labels_of(r["target"]["label"])) & set(targets), f"target label not allowed for {r['type']}: {r}"


def test_sample_gold_covers_every_term():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in _sample_golds()]
    labels = {e["label"] for g in golds for e in g["entities"]}
    types = {r["type"] for g in golds for r in g["relations"]}
    assert labels == set(LABELS) - {"Document"}
    assert types == set(REL_TYPES) - {"MENTIONS"}


# -- round trip: a graph built from the gold itself scores 1.0 ----------------------------
def _graph_from_gold(gold: dict, text: str) -> KnowledgeGraph:
    """The annotations as a system would give them: one node per entity, one edge per relation,
    evidence at the cue. Relation ends are found by label and name, as a reader of the gold would."""
    doc = document_id(gold["doc"])
    g = KnowledgeGraph()
    g.add_node("Document", gold["doc"], id=doc, evidence=[(doc, 0, 1)])
    by_name = {}
    for i, e in enumerate(gold["entities"]):
        start = text.index(e["cue"])
        nid = g.add_node(e["label"], e["names"][0], aliases=e["names"], id=f"{gold['doc']}#{i}",
                         evidence=[(doc, start, start + len(e["cue"]))])
        for n in e["names"]:
            by_name.setdefault((e["label"], normalize_name(n)), nid)
    for r in gold["relations"]:
        ends = [by_name[(x["label"], normalize_name(x["name"]))] for x in (r["source"], r["target"])]
        start = text.index(r["cue"])
        g.add_edge(ends[0], r["type"], ends[1], evidence=[(doc, start, start + len(r["cue"]))])
    g.add_mentions(doc)
    return g


def _round_trip(gold_folder: Path, corpus: Path, tmp_path: Path):
    st = EmbeddedStore(tmp_path / "gold-store")
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_folder.glob("*.json"))]
    for gold in golds:
        text = (corpus / gold["doc"]).read_text(encoding="utf-8")
        st.put(_graph_from_gold(gold, text), document_id(gold["doc"]), gold["doc"], text)
    st.save()
    for include in (False, True):
        r = evaluate(gold_folder, st, include_uncertain=include)
        for kind in ("entities", "relations"):
            assert r["overall"][kind]["precision"] == 1.0 and r["overall"][kind]["recall"] == 1.0, (include, kind)
    uncertain = sum(bool(e.get("uncertain")) for g in golds for e in g["entities"])
    assert evaluate(gold_folder, st)["overall"]["entities"]["ignored"] == uncertain


def test_round_trip_dev_gold(seeds_dir, gold_dir, tmp_path):
    _round_trip(gold_dir, seeds_dir, tmp_path)


def test_round_trip_sample_gold(tmp_path):
    _round_trip(SAMPLE_GOLD, SAMPLE_CORPUS, tmp_path)


def test_every_sample_set_gold_passes_its_checker():
    # cues exact, contract labels/types/ends, no duplicates (samples/check_gold.py, shared by the sets
    # written after the first three: blind*, dev2 and on)
    root = Path(__file__).resolve().parent.parent
    sets = sorted(p.parent for p in (root / "samples").glob("*/gold")
                  if p.parent.name.startswith(("blind", "dev")))
    golds = sum(len(list((s / "gold").glob("*.json"))) for s in sets)
    assert len(sets) >= 15 and golds >= 45
    done = subprocess.run([sys.executable, "samples/check_gold.py", *map(str, sets)],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert done.stdout.count(" 0 problems") == golds
