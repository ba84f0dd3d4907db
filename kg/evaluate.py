"""Scoring a store against hand annotations (the format and matching rules of shared/gold/README.md).

    from kg.evaluate import evaluate
    report = evaluate("gold/dev", "kg-data")
    report["overall"]["entities"]["f1"]

The rules, as implemented here:

- A graph node counts for a document when one of its evidence items has that document;
  a relationship likewise. Document nodes and MENTIONS edges are never scored, nor
  placeholder places (`properties.unnamed`), which name nothing a gold file could list.
- Names are compared after NFKC, removal of white space (line breaks too) and of 《》.
- A node matches a gold entity when the gold label is one of the node's labels
  (`labels_of`: a Reservoir node matches a gold Facility) and the node's name or an
  alias equals one of the gold names.
- A relationship matches a gold relation when the type agrees and both ends match the
  gold ends; a gold end `{label, name}` stands for the document's gold entity with that
  label and name, so any of that entity's names will do.
- Precision per label = matched nodes / nodes of that label (the node's most specific
  label); recall = matched gold items / gold items. Overall figures are micro-averaged
  over documents (counts are summed, then divided).
- Gold items marked `uncertain` are left out unless `include_uncertain`; a system item
  that matches only such an item is `ignored`: neither a true nor a false positive.
"""
from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from kg.api import StoreLike, open_store
from kg.errors import InputError
from kg.store import EmbeddedStore
from ontology.vocab import LABELS, REL_TYPES, labels_of

NOT_SCORED_LABELS = ("Document",)
NOT_SCORED_TYPES = ("MENTIONS",)
_DROPPED_CHARS = dict.fromkeys(map(ord, "《》"))


def normalize_name(name: str) -> str:
    """The form names are compared in: NFKC, no white space of any kind, no 《》."""
    text = unicodedata.normalize("NFKC", name).translate(_DROPPED_CHARS)
    return "".join(ch for ch in text if not ch.isspace())


# -- gold ----------------------------------------------------------------------------
def load_gold(gold_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Every `*.json` annotation file of a folder, checked against the contract's terms."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"gold folder {folder} does not exist")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(f"no gold annotations (*.json) in {folder}")
    return [_read_gold_file(p) for p in files]


def _read_gold_file(path: Path) -> dict[str, Any]:
    try:
        data = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str):
        raise InputError(f"{path}: a gold file needs a 'doc' (the document's base name)")
    for ent in data.setdefault("entities", []):
        if ent.get("label") not in LABELS or not ent.get("names"):
            raise InputError(f"{path}: entity with unknown label or no names: {ent!r:.120}")
    for rel in data.setdefault("relations", []):
        ends = (rel.get("source") or {}, rel.get("target") or {})
        if rel.get("type") not in REL_TYPES or any(e.get("label") not in LABELS or not e.get("name") for e in ends):
            raise InputError(f"{path}: relation with unknown type, label or no end name: {rel!r:.120}")
    return data


# -- matching ------------------------------------------------------------------------
class _GoldDocument:
    """One document's gold items with normalised names, ready to match against nodes."""

    def __init__(self, data: dict[str, Any], include_uncertain: bool) -> None:
        self.entities = [dict(e, _names=_names(e["names"])) for e in data["entities"]]
        self.relations = []
        for rel in data["relations"]:
            ends = [dict(end, _names=self._end_names(end)) for end in (rel["source"], rel["target"])]
            self.relations.append(dict(rel, _source=ends[0], _target=ends[1]))
        self.include_uncertain = include_uncertain

    def _end_names(self, end: dict[str, Any]) -> frozenset[str]:
        """A relation end stands for the gold entity of that label and name: all its names count."""
        name = normalize_name(end["name"])
        names = {name}
        for ent in self.entities:
            if ent["label"] == end["label"] and name in ent["_names"]:
                names |= ent["_names"]
        return frozenset(names)

    def scored(self, item: dict[str, Any]) -> bool:
        return self.include_uncertain or not item.get("uncertain")


def _names(names: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_name(n) for n in names)


def _node_matches(node: dict[str, Any], gold_label: str, gold_names: frozenset[str]) -> bool:
    return gold_label in labels_of(node["label"]) and not node["_names"].isdisjoint(gold_names)


def _edge_matches(edge: dict[str, Any], rel: dict[str, Any]) -> bool:
    return (edge["type"] == rel["type"]
            and _node_matches(edge["_source"], rel["_source"]["label"], rel["_source"]["_names"])
            and _node_matches(edge["_target"], rel["_target"]["label"], rel["_target"]["_names"]))


class _Tally:
    """Counts for one label or type: system items matched/counted/ignored, gold items matched/counted."""

    def __init__(self) -> None:
        self.matched_system = self.system = self.ignored = self.matched_gold = self.gold = 0

    def add(self, other: _Tally) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def as_dict(self) -> dict[str, Any]:
        p = self.matched_system / self.system if self.system else None
        r = self.matched_gold / self.gold if self.gold else None
        if p is None and r is None:
            f1 = None
        elif p is None or r is None:  # items on one side only: nothing found, or only false positives
            f1 = 0.0
        else:
            f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f1, "matched_system": self.matched_system,
                "system": self.system, "ignored": self.ignored, "matched_gold": self.matched_gold,
                "gold": self.gold}


def _score(system: list[dict[str, Any]], gold: list[dict[str, Any]], gdoc: _GoldDocument, matches,
           key_of_system, key_of_gold) -> tuple[dict[str, _Tally], list[dict[str, Any]], list[dict[str, Any]]]:
    """Tallies by key (label or type), the false positives and the misses of one kind of item."""
    tallies: dict[str, _Tally] = {}
    false_positives, misses = [], []
    for item in system:
        t = tallies.setdefault(key_of_system(item), _Tally())
        hits = [g for g in gold if matches(item, g)]
        if any(gdoc.scored(g) for g in hits):
            t.system += 1
            t.matched_system += 1
        elif hits:  # matches only items left out of scoring
            t.ignored += 1
        else:
            t.system += 1
            false_positives.append(item)
    for g in gold:
        if not gdoc.scored(g):
            continue
        t = tallies.setdefault(key_of_gold(g), _Tally())
        t.gold += 1
        if any(matches(item, g) for item in system):
            t.matched_gold += 1
        else:
            misses.append(g)
    return tallies, false_positives, misses


# -- the report ----------------------------------------------------------------------
def evaluate(gold_dir: str | os.PathLike[str], store: StoreLike, *,
             include_uncertain: bool = False) -> dict[str, Any]:
    """Score the store against every gold file of `gold_dir`. Returns plain data:

    `overall` ({entities, relations}), `labels` and `types` (micro-averaged over documents)
    and `documents` (the same per document, with `errors`: false positives and misses).
    Each score is {precision, recall, f1, matched_system, system, ignored, matched_gold, gold};
    a ratio with nothing to divide by is None.
    """
    golds = load_gold(gold_dir)
    st = open_store(store)
    by_name = {info["name"]: doc_id for doc_id, info in st.documents.items()}
    missing = sorted(g["doc"] for g in golds if g["doc"] not in by_name)
    if missing:
        raise InputError(f"gold documents not in store {st.path}: {', '.join(missing)}")

    labels: dict[str, _Tally] = {}
    types: dict[str, _Tally] = {}
    documents = {}
    for data in golds:
        doc_report, doc_labels, doc_types = _evaluate_document(st, by_name[data["doc"]], data, include_uncertain)
        documents[data["doc"]] = doc_report
        _accumulate(labels, doc_labels)
        _accumulate(types, doc_types)
    return {
        "gold": str(gold_dir), "store": str(st.path), "include_uncertain": include_uncertain,
        "overall": {"entities": _total(labels.values()).as_dict(), "relations": _total(types.values()).as_dict()},
        "labels": {k: t.as_dict() for k, t in sorted(labels.items())},
        "types": {k: t.as_dict() for k, t in sorted(types.items())},
        "documents": documents,
    }


def _evaluate_document(st: EmbeddedStore, doc_id: str, data: dict[str, Any], include_uncertain: bool):
    g = st.graph
    gdoc = _GoldDocument(data, include_uncertain)
    nodes = {}
    for nid, d in g.nodes():
        if d["label"] in NOT_SCORED_LABELS or not _in_document(d, doc_id):
            continue
        if d.get("properties", {}).get("unnamed"):
            continue  # a placeholder place (the unnamed parent city of 市局): the text names nothing to annotate
        nodes[nid] = {"id": nid, "label": d["label"], "name": d["name"], "aliases": sorted(d["aliases"]),
                      "_names": _names(d["aliases"] | {d["name"]}), "_evidence": _first_evidence(d, doc_id)}
    edges = []
    for s, t, k, d in g.edges():
        if k in NOT_SCORED_TYPES or not _in_document(d, doc_id):
            continue
        ends = []
        for nid in (s, t):
            n = g.node(nid)
            ends.append(nodes.get(nid) or {"id": nid, "label": n["label"], "name": n["name"],
                                            "_names": _names(n["aliases"] | {n["name"]})})
        if any(e["label"] in NOT_SCORED_LABELS for e in ends):
            continue
        edges.append({"type": k, "_source": ends[0], "_target": ends[1], "_evidence": _first_evidence(d, doc_id)})

    node_list = sorted(nodes.values(), key=lambda n: (n["label"], n["name"], n["id"]))
    label_tallies, node_fp, node_miss = _score(
        node_list, gdoc.entities, gdoc, lambda n, e: _node_matches(n, e["label"], e["_names"]),
        lambda n: n["label"], lambda e: e["label"])
    edges.sort(key=lambda e: (e["type"], e["_source"]["name"], e["_target"]["name"]))
    type_tallies, edge_fp, edge_miss = _score(
        edges, gdoc.relations, gdoc, _edge_matches, lambda e: e["type"], lambda r: r["type"])

    report = {
        "overall": {"entities": _total(label_tallies.values()).as_dict(),
                    "relations": _total(type_tallies.values()).as_dict()},
        "labels": {k: t.as_dict() for k, t in sorted(label_tallies.items())},
        "types": {k: t.as_dict() for k, t in sorted(type_tallies.items())},
        "errors": {
            "false_positives": {
                "entities": [{"label": n["label"], "name": n["name"], "aliases": n["aliases"],
                              "text": _sentence(st, n["_evidence"])} for n in node_fp],
                "relations": [_edge_record(e, _sentence(st, e["_evidence"])) for e in edge_fp],
            },
            "misses": {
                "entities": [{"label": e["label"], "name": e["names"][0], "names": e["names"],
                              "cue": e.get("cue", "")} for e in node_miss],
                "relations": [{"type": r["type"], "source": _end(r["source"]), "target": _end(r["target"]),
                               "cue": r.get("cue", "")} for r in edge_miss],
            },
        },
    }
    return report, label_tallies, type_tallies


def _in_document(record: dict[str, Any], doc_id: str) -> bool:
    return any(e[0] == doc_id for e in record["evidence"])


def _first_evidence(record: dict[str, Any], doc_id: str):
    return min(e for e in record["evidence"] if e[0] == doc_id)


def _sentence(st: EmbeddedStore, ev) -> str:
    return st.evidence(ev)["text"]


def _end(end: dict[str, Any]) -> dict[str, str]:
    return {"label": end["label"], "name": end["name"]}


def _edge_record(edge: dict[str, Any], text: str) -> dict[str, Any]:
    return {"type": edge["type"], "source": _end(edge["_source"]), "target": _end(edge["_target"]), "text": text}


def _accumulate(into: dict[str, _Tally], tallies: dict[str, _Tally]) -> None:
    for k, t in tallies.items():
        into.setdefault(k, _Tally()).add(t)


def _total(tallies: Iterable[_Tally]) -> _Tally:
    total = _Tally()
    for t in tallies:
        total.add(t)
    return total
