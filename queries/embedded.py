"""The query statements over the embedded store's networkx graph.

Each function here answers one statement of one `.cypher` file (same name, same
parameters) and returns the same raw rows the Cypher returns, so the shaping in
`queries/answers.py` is shared by both stores. Evidence is returned as the
graph's (doc, start, end) tuples; the backend looks the sentences up only for
the few items a row shows.

`Index` holds what the statements look up often (nodes by label and
jurisdiction, sub-jurisdictions, per-body degrees). It is built lazily, once per
graph version, so a query never scans the whole graph.
"""
from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import Any

from kg.model import KnowledgeGraph
# How a value looks once pushed to the database, so both stores give equal rows.
from kg.neo4j_store import EDGE_KEYS, NODE_KEYS, _flat_properties, _value
from ontology.vocab import BODY_LABELS, labels_of

Row = dict[str, Any]
STATEMENTS: dict[str, Callable[[Index, dict[str, Any]], list[Row]]] = {}


def statement(name: str):
    def deco(fn):
        STATEMENTS[name] = fn
        return fn
    return deco


class Index:
    """Look-up tables over one KnowledgeGraph, valid while the graph is unchanged.

    Each table is built on first use, so a query pays only for the tables it reads."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = weakref.proxy(kg)  # the index must not keep a dropped graph alive
        self.g = kg.g
        # networkx's own adjacency dicts ({neighbour: {type: data}}): read directly, they are
        # several times faster than the edge views on nodes with thousands of MENTIONS
        self.succ, self.pred = kg.g._succ, kg.g._pred
        kg.find("")  # builds the graph's own name index; we watch it to know when the graph changed
        self.token = kg._by_name
        self._cache: dict[str, Any] = {}

    @cached_property
    def by_label(self) -> dict[str, list[str]]:
        return self._label_tables()[0]

    @cached_property
    def by_label_jid(self) -> dict[tuple[str, str | None], list[str]]:
        return self._label_tables()[1]

    def _label_tables(self):
        def build():
            by_label: dict[str, list[str]] = defaultdict(list)
            by_label_jid: dict[tuple[str, str | None], list[str]] = defaultdict(list)
            for nid, d in self.g.nodes(data=True):
                for label in labels_of(d["label"]):
                    by_label[label].append(nid)
                    by_label_jid[label, d.get("jurisdiction")].append(nid)
            return by_label, by_label_jid
        return self.cached("labels", build)

    @cached_property
    def children(self) -> dict[str, set[str]]:
        """Jurisdiction id -> the jurisdictions within it (by scope or LOCATED_IN)."""
        children: dict[str, set[str]] = defaultdict(set)
        for nid in self.by_label.get("Jurisdiction", ()):
            d = self.g.nodes[nid]
            if d["label"] != "Jurisdiction":
                continue
            if d.get("jurisdiction"):
                children[d["jurisdiction"]].add(nid)
            for t, keyed in self.succ[nid].items():
                if "LOCATED_IN" in keyed:
                    children[t].add(nid)
        return children

    @cached_property
    def sector_facts(self) -> dict[str, list[Row]]:
        """Sector id -> its RESPONSIBLE_FOR rows, for every sector at once: there are few
        sectors, each with thousands of bodies, and a table per sector made the first
        question about each one slow."""
        facts: dict[str, list[Row]] = {}
        bodies: dict[str, tuple] = {}
        for s in self.by_label.get("Sector", ()):
            sd = self.g.nodes[s]
            if sd["label"] != "Sector":
                continue
            rows = facts[s] = []
            for b, keyed in self.pred[s].items():
                d = keyed.get("RESPONSIBLE_FOR")
                if d is None:
                    continue
                info = bodies.get(b)
                if info is None:
                    bd = self.g.nodes[b]
                    info = bodies[b] = (bd["name"], bd["label"], bd.get("jurisdiction"), self.jname(bd.get("jurisdiction")))
                rows.append({"body_id": b, "body": info[0], "label": info[1], "jid": info[2],
                             "jurisdiction": info[3], "sector": sd["name"], "ev": d["evidence"]})
        return facts

    def valid(self) -> bool:
        return self.token is not None and self.kg._by_name is self.token

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    # -- small helpers ---------------------------------------------------------------
    def node(self, nid: str) -> dict[str, Any]:
        return self.g.nodes[nid]

    def labels(self, nid: str) -> list[str]:
        return labels_of(self.g.nodes[nid]["label"])

    def jname(self, jid: str | None) -> str | None:
        if jid is None or jid not in self.g:
            return None
        d = self.g.nodes[jid]
        return d["name"] if d["label"] == "Jurisdiction" else None

    def nodes_in(self, label: str, jids: list[str] | None) -> list[str]:
        if jids is None:
            return self.by_label.get(label, [])
        return [n for j in jids for n in self.by_label_jid.get((label, j), ())]

    def out_edges(self, nid: str, types) -> list[tuple[str, str, str, dict]]:
        """(source, target, type, data) in the order of g.out_edges(nid, keys=True, data=True)."""
        return [(nid, t, k, d) for t, keyed in self.succ[nid].items() for k, d in keyed.items() if k in types]

    def in_edges(self, nid: str, types) -> list[tuple[str, str, str, dict]]:
        """(source, target, type, data) in the order of g.in_edges(nid, keys=True, data=True)."""
        return [(s, nid, k, d) for s, keyed in self.pred[nid].items() for k, d in keyed.items() if k in types]


_INDEXES: weakref.WeakKeyDictionary[KnowledgeGraph, Index] = weakref.WeakKeyDictionary()


def index_for(kg: KnowledgeGraph) -> Index:
    """The graph's Index, rebuilt when the graph changed since it was built."""
    ix = _INDEXES.get(kg)
    if ix is None or not ix.valid():
        ix = Index(kg)
        _INDEXES[kg] = ix
    return ix


def _prop(d: dict[str, Any], key: str) -> Any:
    return _value(d["properties"].get(key))


# -- _common ---------------------------------------------------------------------------
@statement("_common:find")
def find(ix: Index, p: dict[str, Any]) -> list[Row]:
    ids = {nid for name in p["names"] for nid in ix.kg.find(name, label=p["label"])}
    return [{"id": nid, "jid": ix.node(nid).get("jurisdiction")} for nid in ids]


@statement("_common:sub_jurisdictions")
def sub_jurisdictions(ix: Index, p: dict[str, Any]) -> list[Row]:
    return [{"id": c} for c in {c for j in p["ids"] for c in ix.children.get(j, ())}]


@statement("_common:nodes")
def nodes(ix: Index, p: dict[str, Any]) -> list[Row]:
    return [{"id": n, "name": ix.node(n)["name"], "label": ix.node(n)["label"],
             "jurisdiction": ix.jname(ix.node(n).get("jurisdiction"))} for n in p["ids"] if n in ix.g]


@statement("_common:names")
def names(ix: Index, p: dict[str, Any]) -> list[Row]:
    return [{"name": n} for n in sorted(ix.node(n)["name"] for n in ix.by_label.get(p["label"], []))[:20]]


@statement("_common:documents")
def documents(ix: Index, p: dict[str, Any]) -> list[Row]:
    return [{"id": d, "name": ix.node(d)["name"]} for d in p["ids"] if d in ix.g]


# -- shared-responsibility, compare-jurisdictions, responsibility-overlap -------------------
def _responsibility(ix: Index, sector_ids: list[str] | None, jids: list[str] | None) -> list[Row]:
    """RESPONSIBLE_FOR facts: from the bodies of the jurisdictions when given (few), else from
    the per-sector table (a sector of every district has thousands)."""
    if jids is not None:
        wanted = None if sector_ids is None else set(sector_ids)
        return [_resp_row(ix, b, s, d) for label in BODY_LABELS for b in ix.nodes_in(label, jids)
                for _, s, _, d in ix.out_edges(b, ("RESPONSIBLE_FOR",))
                if (wanted is None or s in wanted) and ix.node(s)["label"] == "Sector"]
    if sector_ids is None:
        return ix.cached("responsible", lambda: [r for rows in ix.sector_facts.values() for r in rows])
    if len(sector_ids) == 1:  # the table's own list: answers.py memoizes what it builds from it
        return ix.sector_facts.get(sector_ids[0], [])
    return [row for s in sector_ids for row in ix.sector_facts.get(s, ())]


def _resp_row(ix: Index, b: str, s: str, d: dict) -> Row:
    bd = ix.node(b)
    return {"body_id": b, "body": bd["name"], "label": bd["label"], "jid": bd.get("jurisdiction"),
            "jurisdiction": ix.jname(bd.get("jurisdiction")), "sector": ix.node(s)["name"], "ev": d["evidence"]}


@statement("shared-responsibility:main")
def shared_responsibility(ix: Index, p: dict[str, Any]) -> list[Row]:
    return _responsibility(ix, p["sector_ids"], p["jurisdiction_ids"])


@statement("responsibility-overlap:facts")
def overlap_facts(ix: Index, p: dict[str, Any]) -> list[Row]:
    return _responsibility(ix, None, p["jurisdiction_ids"])


@statement("responsibility-overlap:coverage")
def overlap_coverage(ix: Index, p: dict[str, Any]) -> list[Row]:
    def build():
        seen = {(r["jid"], r["jurisdiction"], r["sector"]) for rows in ix.sector_facts.values() for r in rows
                if r["jid"] is not None}
        return [{"jid": j, "jurisdiction": n, "sector": s} for j, n, s in sorted(seen, key=str)]
    return ix.cached("coverage", build)


@statement("compare-jurisdictions:responsible")
def compare_responsible(ix: Index, p: dict[str, Any]) -> list[Row]:
    return _responsibility(ix, p["sector_ids"], None)


@statement("compare-jurisdictions:committees")
def compare_committees(ix: Index, p: dict[str, Any]) -> list[Row]:
    def build():
        return [{"jid": ix.node(c)["jurisdiction"], "jurisdiction": ix.jname(ix.node(c)["jurisdiction"]),
                 "committee": ix.node(c)["name"]}
                for c in ix.by_label.get("Committee", []) if ix.node(c).get("jurisdiction") is not None]
    return ix.cached("committees", build)


# -- accountability-chain ------------------------------------------------------------------
@statement("accountability-chain:step")
def chain_step(ix: Index, p: dict[str, Any]) -> list[Row]:
    rows = []
    for n in p["frontier"]:
        if n not in ix.g:
            continue
        for s, t, k, d in ix.out_edges(n, p["out_types"]):
            rows.append(_step_row(ix, n, t, k, s, t, d))
        for s, t, k, d in ix.in_edges(n, p["in_types"]):
            rows.append(_step_row(ix, n, s, k, s, t, d))
    return rows


def _step_row(ix: Index, from_id, other, type_, source, target, d) -> Row:
    od = ix.node(other)
    return {"from_id": from_id, "node_id": other, "node": od["name"], "label": ix.node(other)["label"],
            "jurisdiction": ix.jname(od.get("jurisdiction")), "type": type_, "source": source,
            "target": target, "ev": d["evidence"]}


# -- drills, facilities, plans ----------------------------------------------------------------
def _in_place(ix: Index, nid: str, jids: list[str] | None) -> bool:
    """In one of the jurisdictions by scope or by a LOCATED_IN relationship."""
    if jids is None or ix.node(nid).get("jurisdiction") in jids:
        return True
    return any(t in jids for _, t, _, _ in ix.out_edges(nid, ("LOCATED_IN",)))


@statement("drills:main")
def drills_main(ix: Index, p: dict[str, Any]) -> list[Row]:
    rows = []
    lo, hi = p["date_from"], p["date_to"]
    for nid in ix.nodes_in("Drill", p["jurisdiction_ids"]):
        d = ix.node(nid)
        date = _prop(d, "date")
        if lo is not None and (not isinstance(date, str) or date < lo):
            continue
        if hi is not None and (not isinstance(date, str) or date[:len(hi)] > hi):
            continue
        rows.append({"id": nid, "name": d["name"], "date": date, "kind": _prop(d, "kind"),
                     "jurisdiction": ix.jname(d.get("jurisdiction")), "ev": d["evidence"]})
    return rows


def _links(ix: Index, ids: list[str], types: tuple[str, ...], extra: Callable[[str, dict, dict], Row]):
    rows = []
    for nid in ids:
        for s, t, k, d in [*ix.out_edges(nid, types), *ix.in_edges(nid, types)]:
            other = t if s == nid else s
            od = ix.node(other)
            rows.append({"id": nid, "type": k, "other": od["name"], "label": ix.node(other)["label"],
                         **extra(other, od, d), "ev": d["evidence"]})
    return rows


@statement("drills:links")
def drills_links(ix: Index, p: dict[str, Any]) -> list[Row]:
    return _links(ix, p["ids"], ("ORGANIZED", "PARTICIPATED_IN", "HELD_AT", "COVERS"),
                  lambda o, od, d: {"aliases": sorted(od["aliases"]), "role": _prop(d, "role")})


@statement("facilities:main")
def facilities_main(ix: Index, p: dict[str, Any]) -> list[Row]:
    jids = p["jurisdiction_ids"]
    if jids is None:
        candidates = ix.by_label.get("Facility", [])
    else:
        candidates = set(ix.nodes_in("Facility", jids)) | {
            s for j in jids for s, _, _, _ in ix.in_edges(j, ("LOCATED_IN",)) if "Facility" in ix.labels(s)}
    rows = []
    for nid in candidates:
        if not _in_place(ix, nid, jids):
            continue
        d = ix.node(nid)
        rows.append({"id": nid, "name": d["name"], "label": ix.node(nid)["label"], "kind": _prop(d, "kind"),
                     "jurisdiction": ix.jname(d.get("jurisdiction")), "ev": d["evidence"]})
    return rows


@statement("facilities:links")
def facilities_links(ix: Index, p: dict[str, Any]) -> list[Row]:
    return _links(ix, p["ids"], ("LOCATED_IN", "INSPECTED", "HELD_AT"),
                  lambda o, od, d: {"date": _prop(d, "date"), "other_date": _prop(od, "date")})


@statement("plans:main")
def plans_main(ix: Index, p: dict[str, Any]) -> list[Row]:
    jids = p["jurisdiction_ids"]
    if jids is None:
        candidates = ix.by_label.get("Plan", [])
    else:
        candidates = set(ix.nodes_in("Plan", jids)) | {
            t for label in BODY_LABELS + ("Jurisdiction",) for b in ix.nodes_in(label, jids)
            for _, t, _, _ in ix.out_edges(b, ("ISSUED",))}
    rows = []
    for nid in candidates:
        d = ix.node(nid)
        if d["label"] != "Plan":
            continue
        rows.append({"id": nid, "name": d["name"], "kind": _prop(d, "kind"),
                     "jurisdiction": ix.jname(d.get("jurisdiction")), "ev": d["evidence"]})
    return rows


@statement("plans:links")
def plans_links(ix: Index, p: dict[str, Any]) -> list[Row]:
    return _links(ix, p["ids"], ("ISSUED", "COVERS"),
                  lambda o, od, d: {"aliases": sorted(od["aliases"]), "action": _prop(d, "action")})


# -- profile --------------------------------------------------------------------------------
@statement("profile:node")
def profile_node(ix: Index, p: dict[str, Any]) -> list[Row]:
    rows = []
    for nid in p["ids"]:
        d = ix.node(nid)
        rows.append({"id": nid, "name": d["name"], "label": ix.node(nid)["label"], "aliases": sorted(d["aliases"]),
                     "jurisdiction": ix.jname(d.get("jurisdiction")), "props": _flat_properties(d["properties"], NODE_KEYS),
                     "ev": d["evidence"]})
    return rows


@statement("profile:edges")
def profile_edges(ix: Index, p: dict[str, Any]) -> list[Row]:
    rows = []
    for nid in p["ids"]:
        for direction, edges in (("out", ix.g.out_edges(nid, keys=True, data=True)),
                                 ("in", ix.g.in_edges(nid, keys=True, data=True))):
            for s, t, k, d in edges:
                if k == "MENTIONS":
                    continue
                other = t if direction == "out" else s
                rows.append({"id": nid, "direction": direction, "type": k, "other": ix.node(other)["name"],
                             "label": ix.node(other)["label"], "props": _flat_properties(d["properties"], EDGE_KEYS), "ev": d["evidence"]})
    return rows


# -- key-bodies -------------------------------------------------------------------------------
@statement("key-bodies:degrees")
def key_degrees(ix: Index, p: dict[str, Any]) -> list[Row]:
    types = tuple(p["types"])

    def build():
        rows = []
        for label in BODY_LABELS:
            for b in ix.by_label.get(label, []):
                jid = ix.node(b).get("jurisdiction")
                groups: dict[tuple[str, str], set[str]] = defaultdict(set)
                for _, t, k, _ in ix.out_edges(b, types):
                    groups[k, "out"].add(t)
                for s, _, k, _ in ix.in_edges(b, types):
                    groups[k, "in"].add(s)
                rows.extend({"body_id": b, "jid": jid, "type": k, "direction": direction, "others": sorted(o)}
                            for (k, direction), o in groups.items())
        return rows
    return ix.cached(f"degrees:{types}", build)


@statement("key-bodies:evidence")
def key_evidence(ix: Index, p: dict[str, Any]) -> list[Row]:
    types = tuple(p["types"])
    return [{"body_id": b, "ev": d["evidence"]} for b in p["ids"]
            for _, _, _, d in [*ix.out_edges(b, types), *ix.in_edges(b, types)]]
