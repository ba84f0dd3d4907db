"""What the embedded statements read, behind one small interface with two implementations.

- `GraphReader` reads a networkx `KnowledgeGraph` (a bare graph, or a store's `.graph`);
- `SqlReader` reads the SQLite schema of the embedded store (`store.db`, kg-store/2)
  directly, so a query never loads the whole graph.

Both answer the same calls, each taking many ids at once so the SQLite reader runs one
statement per call, not one per id:

    info(ids)                 id -> Node(name, label, jid, jname)   (jname: its Jurisdiction's name)
    aliases(ids)              id -> sorted aliases (the name included)
    properties(owners, keys)  owner -> {key: value}  (owner: node id or (source, target, type))
    edges(ids, types, direction)   [(source, target, type, ev)] out of / into the ids
    nodes_in(label, jids)     ids carrying the label (sub-labels too), in those jurisdictions
    find(names, label)        [(id, jid)] by name or alias
    sub_jurisdictions(ids), names(label, n), node_evidence(id)
    responsible(sector_ids, jids)   the RESPONSIBLE_FOR facts (the three responsibility queries)
    responsible_groups(sector_ids, jids)   how many bodies those facts have per jurisdiction (pages)
    committees(), coverage(n), degrees(types, labels, jids)   tables over the whole graph, kept
                              until the store changes (on SQLite: aggregated in SQL)
    evidence(requests, limit) per row, its lazy evidence references -> [{doc, text}]

`reader_for` picks the reader: SQLite when the store has an open `db`, unless the
environment sets KG_QUERY_READER=graph (to compare the two paths).

Evidence is lazy: a row's `ev` is a reference (the graph's evidence set; on SQLite the
owner's key), turned into sentences only for the few items an answer shows, in one
batch per answer (`evidence`).
"""
from __future__ import annotations

import json
import os
import sqlite3
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from kg.model import KnowledgeGraph, edge_key
from ontology.vocab import LABELS, labels_of

Ref = Any


class Node(NamedTuple):
    name: str
    label: str
    jid: str | None
    jname: str | None  # the name of the node's jurisdiction, when that is a Jurisdiction node


def carrying(label: str) -> list[str]:
    """The stored labels whose nodes carry `label` (Facility -> Facility, Reservoir)."""
    return sorted(stored for stored in LABELS if label in labels_of(stored))


def pick(refs: Iterable[tuple[str, int, Any]], limit: int | None) -> list[tuple[str, int, Any]]:
    """Distinct references in (document id, offset) order, at most `limit`."""
    if not isinstance(refs, (list, tuple)):
        refs = list(refs)
    if len(refs) < 2:  # most rows have one sentence: nothing to sort
        return list(refs[:limit])
    out: list = []
    last = None
    for ref in sorted(set(refs)):
        if (ref[0], ref[1]) != last:
            out.append(ref)
            last = (ref[0], ref[1])
            if limit is not None and len(out) == limit:
                break
    return out


def degree_rows(groups: Iterable[tuple[str, str | None, str, str, Iterable[str]]]):
    """(body, jid, type, direction, others) groups -> ({body: (jid, degree, sectors, supervises)}, size)."""
    bodies: dict[str, list] = {}
    everyone: set[str] = set()
    for b, jid, type_, direction, others in groups:
        e = bodies.setdefault(b, [jid, set(), set(), set()])
        e[1].update(others)
        everyone.update(others)
        if direction == "out" and type_ == "RESPONSIBLE_FOR":
            e[2].update(others)
        if direction == "out" and type_ == "SUPERVISES":
            e[3].update(others)
    everyone.update(bodies)
    return {b: (e[0], len(e[1]), len(e[2]), len(e[3])) for b, e in bodies.items()}, len(everyone)


def _groups(facts: Iterable[tuple[str, str | None, str | None]]) -> list[tuple[str | None, str | None, int]]:
    """(body, jid, jurisdiction name) facts -> (jid, name, distinct bodies) per jid, by jid."""
    bodies: dict[str | None, set[str]] = defaultdict(set)
    names: dict[str | None, str | None] = {}
    for b, jid, name in facts:
        bodies[jid].add(b)
        names[jid] = name
    return [(j, names[j], len(bodies[j])) for j in sorted(bodies, key=lambda j: j or "")]


class DegreeTable:
    """Per body: its jurisdiction and (degree, sectors, supervised) counts; ranked by degree."""

    def __init__(self, bodies: dict[str, tuple[str | None, int, int, int]], size: int) -> None:
        self.bodies, self.size = bodies, size
        self.ranked = sorted(bodies, key=lambda b: (-bodies[b][1], b))
        self.by_jid: dict[str | None, list[str]] = defaultdict(list)
        for b in self.ranked:
            self.by_jid[bodies[b][0]].append(b)

    def top(self, n: int, jids: list[str] | None) -> list[tuple[str, int, int, int]]:
        if jids is None:
            ids = self.ranked[:n]
        else:
            ids = sorted((b for j in jids for b in self.by_jid.get(j, ())),
                         key=lambda b: (-self.bodies[b][1], b))[:n]
        return [(b, *self.bodies[b][1:]) for b in ids]


class SectorCoverage:
    """Per sector: how many jurisdictions' bodies answer for it (by jurisdiction name) and the
    first names in name order (enough for a gap row's examples)."""

    def __init__(self, by_sector: dict[str, tuple[int, list[str]]]) -> None:
        self.by_sector = by_sector

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str | None, str | None, str]], examples: int) -> SectorCoverage:
        """From distinct (jid, jurisdiction name, sector) rows."""
        names: dict[str, set[str]] = defaultdict(set)
        for jid, name, sector in rows:
            names[sector].add(name or jid)
        return cls({s: (len(ns), sorted(ns, key=str)[:examples]) for s, ns in names.items()})


# -- networkx -----------------------------------------------------------------------------
class GraphReader:
    """Reads a KnowledgeGraph. Look-up tables are built on first use, once per graph version."""

    def __init__(self, kg: KnowledgeGraph, texts: Any = None) -> None:
        self.kg = weakref.proxy(kg)  # a cached reader must not keep a dropped graph alive
        self.g = kg.g
        # networkx's own adjacency dicts ({neighbour: {type: data}}): read directly, several
        # times faster than the edge views on nodes with thousands of MENTIONS
        self.succ, self.pred = kg.g._succ, kg.g._pred
        kg.find("")  # builds the graph's name index; watched to know when the graph changed
        self.token = kg._by_name
        self.store = texts  # an EmbeddedStore for document names and texts, or None
        self._cache: dict[str, Any] = {}

    def valid(self) -> bool:
        return self.token is not None and self.kg._by_name is self.token

    def reads(self, target: Any) -> bool:
        return isinstance(target, KnowledgeGraph) and target.g is self.g

    def cached(self, key: str, build):
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def _labels(self):
        def build():
            by_label: dict[str, list[str]] = defaultdict(list)
            by_label_jid: dict[tuple[str, str | None], list[str]] = defaultdict(list)
            by_jid: dict[str | None, list[str]] = defaultdict(list)
            for nid, d in self.g.nodes(data=True):
                by_jid[d.get("jurisdiction")].append(nid)
                for label in labels_of(d["label"]):
                    by_label[label].append(nid)
                    by_label_jid[label, d.get("jurisdiction")].append(nid)
            return by_label, by_label_jid, by_jid
        return self.cached("labels", build)

    def _jname(self, jid: str | None) -> str | None:
        if jid is None or jid not in self.g:
            return None
        d = self.g.nodes[jid]
        return d["name"] if d["label"] == "Jurisdiction" else None

    # -- nodes ---------------------------------------------------------------------------
    def info(self, ids: Iterable[str]) -> dict[str, Node]:
        out = {}
        for n in ids:
            d = self.g.nodes.get(n)
            if d is not None:
                out[n] = Node(d["name"], d["label"], d.get("jurisdiction"), self._jname(d.get("jurisdiction")))
        return out

    def aliases(self, ids: Iterable[str]) -> dict[str, list[str]]:
        return {n: sorted(self.g.nodes[n]["aliases"]) for n in ids if n in self.g}

    def properties(self, owners: Iterable[Any], keys: Sequence[str] | None = None) -> dict[Any, dict[str, Any]]:
        """Owner: a node id or a (source, target, type) triple."""
        out = {}
        for o in owners:
            d = self.g.edges[o] if isinstance(o, tuple) else self.g.nodes[o]
            p = d["properties"]
            out[o] = dict(p) if keys is None else {k: p[k] for k in keys if k in p}
        return out

    def nodes_in(self, label: str, jids: list[str] | None) -> list[str]:
        by_label, by_label_jid, _ = self._labels()
        if jids is None:
            return list(by_label.get(label, ()))
        return [n for j in dict.fromkeys(jids) for n in by_label_jid.get((label, j), ())]

    def by_jurisdiction(self, jids: list[str]) -> list[str]:
        by_jid = self._labels()[2]
        return [n for j in dict.fromkeys(jids) for n in by_jid.get(j, ())]

    def find(self, names: Iterable[str], label: str | None) -> list[tuple[str, str | None]]:
        ids = {nid for name in names for nid in self.kg.find(name, label=label)}
        return [(n, self.g.nodes[n].get("jurisdiction")) for n in ids]

    def sub_jurisdictions(self, ids: Iterable[str]) -> set[str]:
        def build():
            children: dict[str, set[str]] = defaultdict(set)
            for nid in self._labels()[0].get("Jurisdiction", ()):
                d = self.g.nodes[nid]
                if d["label"] != "Jurisdiction":
                    continue
                if d.get("jurisdiction"):
                    children[d["jurisdiction"]].add(nid)
                for t, keyed in self.succ[nid].items():
                    if "LOCATED_IN" in keyed and self.g.nodes[t]["label"] == "Jurisdiction":
                        children[t].add(nid)
            return children
        children = self.cached("children", build)
        return {c for j in ids for c in children.get(j, ())}

    def names(self, label: str, n: int) -> list[str]:
        return sorted(self.g.nodes[x]["name"] for x in self._labels()[0].get(label, ()))[:n]

    # -- relationships -------------------------------------------------------------------
    def edges(self, ids: Iterable[str], types: Iterable[str], direction: str) -> list[tuple[str, str, str, Ref]]:
        """(source, target, type, ev) of the ids' relationships of these types ('out' or 'in')."""
        types = set(types)
        out = []
        adj = self.succ if direction == "out" else self.pred
        for n in ids:
            if n not in adj:
                continue
            for other, keyed in adj[n].items():
                for k, d in keyed.items():
                    if k in types:
                        out.append((n, other, k, d["evidence"]) if direction == "out" else (other, n, k, d["evidence"]))
        return out

    def edges_of_type(self, type_: str, targets: Iterable[str]) -> list[tuple[str, str, Ref]]:
        return [(s, t, d["evidence"]) for t in targets if t in self.pred
                for s, keyed in self.pred[t].items() for k, d in keyed.items() if k == type_]

    def node_evidence(self, nid: str) -> Ref:
        return self.g.nodes[nid]["evidence"]

    # -- whole-graph tables ----------------------------------------------------------------
    def committees(self) -> list[tuple[str, str | None, str]]:
        """(jid, jurisdiction name, committee name) of every Committee with a jurisdiction."""
        def build():
            return [(d["jurisdiction"], self._jname(d["jurisdiction"]), d["name"])
                    for c in self._labels()[0].get("Committee", ())
                    for d in (self.g.nodes[c],) if d.get("jurisdiction") is not None]
        return self.cached("committees", build)

    def coverage(self, examples: int) -> SectorCoverage:
        """Which jurisdictions' bodies (with a jurisdiction) answer for each sector."""
        def build():
            seen = set()
            for s in self._labels()[0].get("Sector", ()):
                sd = self.g.nodes[s]
                if sd["label"] != "Sector":
                    continue
                for b, keyed in self.pred[s].items():
                    jid = self.g.nodes[b].get("jurisdiction")
                    if "RESPONSIBLE_FOR" in keyed and jid is not None:
                        seen.add((jid, self._jname(jid), sd["name"]))
            return SectorCoverage.from_rows(seen, examples)
        return self.cached(f"coverage:{examples}", build)

    def responsible(self, sector_ids: list[str] | None, jids: list[str] | None) -> list[tuple]:
        """(body, Node of the body, sector name, ev) of (b)-[:RESPONSIBLE_FOR]->(s:Sector), of the
        sectors given (None: all) and of the bodies in the jurisdictions given (None: anywhere)."""
        if jids is not None:
            facts = [(s, t, ev) for s, t, _, ev in self.edges(self.by_jurisdiction(jids), ("RESPONSIBLE_FOR",), "out")]
            if sector_ids is not None:
                wanted = set(sector_ids)
                facts = [f for f in facts if f[1] in wanted]
        else:
            if sector_ids is None:
                sector_ids = self.nodes_in("Sector", None)
            facts = self.edges_of_type("RESPONSIBLE_FOR", sector_ids)
        info = self.info({x for s, t, _ in facts for x in (s, t)})
        return [(b, info[b], info[s].name, ev) for b, s, ev in facts if info[s].label == "Sector"]

    def responsible_groups(self, sector_ids: list[str], jids: list[str] | None, counted: bool = True) -> list[tuple]:
        """(jid, jurisdiction name, how many bodies) of the facts `responsible` gives, per jurisdiction
        (always counted: in memory the count costs nothing over the list)."""
        return _groups((b, n.jid, n.jname) for b, n, _, _ in self.responsible(sector_ids, jids))

    def degrees(self, types: Sequence[str], labels: Sequence[str], jids: list[str] | None = None) -> DegreeTable:
        def build():
            types_ = set(types)
            groups = []
            for b in dict.fromkeys(n for label in labels for n in self._labels()[0].get(label, ())):
                jid = self.g.nodes[b].get("jurisdiction")
                by: dict[tuple[str, str], set[str]] = defaultdict(set)
                for t, keyed in self.succ[b].items():
                    for k in keyed:
                        if k in types_:
                            by[k, "out"].add(t)
                for s, keyed in self.pred[b].items():
                    for k in keyed:
                        if k in types_:
                            by[k, "in"].add(s)
                groups.extend((b, jid, k, direction, others) for (k, direction), others in by.items())
            return DegreeTable(*degree_rows(groups))
        return self.cached(f"degrees:{tuple(types)}:{tuple(labels)}", build)

    # -- evidence ----------------------------------------------------------------------------
    def evidence(self, requests: list[list[Ref]], limit: int | None) -> list[list[dict[str, Any]]]:
        """Each request (the (doc, start, end) items of one row) -> its sentences."""
        store = self.store
        documents = store.documents if store is not None else {}
        out = []
        for refs in requests:
            items = []
            for doc, start, end in pick(refs, limit):
                info = documents.get(doc)
                if info is not None:
                    items.append({"doc": info["name"], "text": store.text(doc)[start:end]})
                else:  # a bare graph, or evidence in a document the store does not hold
                    items.append({"doc": self.g.nodes[doc]["name"] if doc in self.g else doc, "text": None})
            out.append(items)
        return out


# -- SQLite -----------------------------------------------------------------------------------
def _ids(values: Iterable[Any]) -> str:
    """A list parameter, passed as one JSON text and read with json_each (no limit on its length)."""
    return json.dumps(list(values), ensure_ascii=False)


_NODE = ("SELECT n.id, n.name, n.label, n.jurisdiction, j.name FROM nodes n "
         "LEFT JOIN nodes j ON j.id = n.jurisdiction AND j.label = 'Jurisdiction' ")
_IN = "IN (SELECT value FROM json_each(?))"


def _named(jids: Iterable[str | None]) -> list[str]:
    """The jurisdiction ids given, once each, in order, without None (the bodies of no
    jurisdiction are read by a statement of their own)."""
    return [j for j in dict.fromkeys(jids) if j is not None]


def _node(row) -> Node:
    return Node(row[1], row[2], row[3], row[4])


def _prop_winner(rows: Iterable[tuple[Any, str, str, str]]) -> dict[Any, dict[str, Any]]:
    """(owner, key, src, JSON value) rows -> owner -> {key: value}: per (owner, key) the value of the
    row with the smallest (src, repr(value)), as kg.model._merge_property_maps merges them."""
    best: dict[tuple[Any, str], tuple[str, str, Any]] = {}
    for owner, key, src, raw in rows:
        value = json.loads(raw)
        rank = (src or "", repr(value))
        old = best.get((owner, key))
        if old is None or rank < old[:2]:
            best[owner, key] = (*rank, value)
    out: dict[Any, dict[str, Any]] = defaultdict(dict)
    for (owner, key), (_, _, value) in best.items():
        out[owner][key] = value
    return out


class SqlReader:
    """Reads the kg-store/2 SQLite schema (see kg/store.py) through an open connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.token = self._version()
        self._cache: dict[str, Any] = {}

    def _version(self) -> tuple[int, int]:
        # data_version changes when another connection commits, total_changes when this one writes
        return self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes

    def reads(self, target: Any) -> bool:
        return target is self.db

    def valid(self) -> bool:
        try:
            return self._version() == self.token
        except sqlite3.ProgrammingError:  # the connection was closed
            return False

    def cached(self, key: str, build):
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def _q(self, sql: str, *params: Any) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    # -- nodes ---------------------------------------------------------------------------
    def info(self, ids: Iterable[str]) -> dict[str, Node]:
        return {r[0]: _node(r) for r in self._q(_NODE + f"WHERE n.id {_IN}", _ids(ids))}

    def aliases(self, ids: Iterable[str]) -> dict[str, list[str]]:
        # A node has a row per (alias, document): a sector named in 10,000 reports has 10,000 rows of
        # the same two aliases. Skip from each alias to the next one by the primary key (node, alias,
        # doc) instead of reading them all (47-73 ms -> a few ms for a page's nodes).
        out: dict[str, list[str]] = defaultdict(list)
        for node, alias in self._q(
                "WITH RECURSIVE next(node, alias) AS ("
                "SELECT w.value, (SELECT min(a.alias) FROM aliases a WHERE a.node = w.value) FROM json_each(?) w "
                "UNION ALL SELECT node, (SELECT min(a.alias) FROM aliases a WHERE a.node = next.node "
                "AND a.alias > next.alias) FROM next WHERE alias IS NOT NULL) "
                "SELECT DISTINCT node, alias FROM next WHERE alias IS NOT NULL ORDER BY node, alias", _ids(ids)):
            out[node].append(alias)
        return out

    def properties(self, owners: Iterable[Any], keys: Sequence[str] | None = None) -> dict[Any, dict[str, Any]]:
        """Owner: a node id or a (source, target, type) triple."""
        owners = list(owners)
        keyed = {(o if isinstance(o, str) else edge_key(o[0], o[2], o[1])): o for o in owners}
        sql = f"SELECT owner, key, src, value FROM props WHERE owner {_IN}"
        params: list[Any] = [_ids(keyed)]
        if keys is not None:
            sql += f" AND key {_IN}"
            params.append(_ids(keys))
        found = _prop_winner(self._q(sql, *params))
        return {keyed[k]: found.get(k, {}) for k in keyed}

    def nodes_in(self, label: str, jids: list[str] | None) -> list[str]:
        labels = carrying(label)
        if jids is None:
            return [r[0] for r in self._q(f"SELECT id FROM nodes WHERE label {_IN}", _ids(labels))]
        return [r[0] for r in self._q(f"SELECT id FROM nodes WHERE label {_IN} AND jurisdiction {_IN}",
                                      _ids(labels), _ids(jids))]

    def find(self, names: Iterable[str], label: str | None) -> list[tuple[str, str | None]]:
        rows = self._q(f"SELECT DISTINCT n.id, n.jurisdiction, n.label FROM aliases a JOIN nodes n ON n.id = a.node "
                       f"WHERE a.alias {_IN}", _ids(names))
        return [(i, j) for i, j, lab in rows if label is None or label in labels_of(lab)]

    def sub_jurisdictions(self, ids: Iterable[str]) -> set[str]:
        ids = _ids(ids)
        return {r[0] for r in self._q(
            f"SELECT id FROM nodes WHERE label = 'Jurisdiction' AND jurisdiction {_IN} "
            # CROSS JOIN: from the ids given (the planner would walk every Jurisdiction first)
            f"UNION SELECT e.source FROM json_each(?) w CROSS JOIN nodes p ON p.id = w.value "
            f"AND p.label = 'Jurisdiction' CROSS JOIN edges e ON e.target = p.id AND e.type = 'LOCATED_IN' "
            f"CROSS JOIN nodes c ON c.id = e.source AND c.label = 'Jurisdiction'", ids, ids)}

    def names(self, label: str, n: int) -> list[str]:
        return [r[0] for r in self._q(f"SELECT name FROM nodes WHERE label {_IN} ORDER BY name LIMIT ?",
                                      _ids(carrying(label)), n)]

    # -- relationships -------------------------------------------------------------------
    def edges(self, ids: Iterable[str], types: Iterable[str], direction: str) -> list[tuple[str, str, str, Ref]]:
        end = "source" if direction == "out" else "target"
        rows = self._q(f"SELECT source, target, type FROM edges WHERE {end} {_IN} AND type {_IN}",
                       _ids(ids), _ids(types))
        return [(s, t, k, (edge_key(s, k, t),)) for s, t, k in rows]

    def node_evidence(self, nid: str) -> Ref:
        return (nid,)

    def responsible(self, sector_ids: list[str] | None, jids: list[str] | None) -> list[tuple]:
        """(body, Node of the body, sector name, ev) of (b)-[:RESPONSIBLE_FOR]->(s:Sector), of the
        sectors given (None: all) and of the bodies in the jurisdictions given (None: anywhere;
        None among them: the bodies of no jurisdiction): the sectors first (a few), then one
        statement from the edges_by_scope index, the jurisdictions' nodes or the sectors' relationships."""
        sql = "SELECT id, name FROM nodes WHERE label = 'Sector'"
        sectors = dict(self._q(sql) if sector_ids is None else self._q(f"{sql} AND id {_IN}", _ids(sector_ids)))
        # CROSS JOIN: joined in the order written (SQLite's planner, without statistics, would
        # start from every RESPONSIBLE_FOR relationship)
        head = "SELECT b.id, b.name, b.label, b.jurisdiction, e.target FROM json_each(?) w CROSS JOIN "
        if jids is not None and sector_ids is not None:
            # the sectors' relationships of bodies in those jurisdictions: an edges_by_scope index range
            # per (sector, jurisdiction), whatever the jurisdictions' other nodes
            rows = self._q("SELECT b.id, b.name, b.label, b.jurisdiction, e.target FROM json_each(?) s "
                           "CROSS JOIN json_each(?) w CROSS JOIN edges e ON e.target = s.value "
                           "AND e.type = 'RESPONSIBLE_FOR' AND e.source_jurisdiction = w.value "
                           "CROSS JOIN nodes b ON b.id = e.source", _ids(sectors), _ids(_named(jids)))
            if None in jids:  # the bodies of no jurisdiction (a page of answers may hold them)
                rows += self._q(head + "edges e ON e.target = w.value AND e.type = 'RESPONSIBLE_FOR' "
                                "AND e.source_jurisdiction IS NULL CROSS JOIN nodes b ON b.id = e.source",
                                _ids(sectors))
        elif jids is not None:  # every sector: the jurisdictions' bodies, then their relationships
            rows = self._q(head + "nodes b ON b.jurisdiction = w.value CROSS JOIN edges e ON e.source = b.id "
                           "AND e.type = 'RESPONSIBLE_FOR'", _ids(_named(jids)))
            if None in jids:
                rows += self._q("SELECT b.id, b.name, b.label, b.jurisdiction, e.target FROM nodes b CROSS JOIN "
                                "edges e ON e.source = b.id AND e.type = 'RESPONSIBLE_FOR' "
                                "WHERE b.jurisdiction IS NULL")
        else:
            rows = self._q(head + "edges e ON e.target = w.value AND e.type = 'RESPONSIBLE_FOR' "
                           "CROSS JOIN nodes b ON b.id = e.source", _ids(sectors))
        # the jurisdictions' names apart: thousands of facts share a few hundred jurisdictions
        jnames = self.jurisdiction_names({r[3] for r in rows})
        return [(b, Node(name, label, jid, jnames.get(jid)), sectors[t], (edge_key(b, "RESPONSIBLE_FOR", t),))
                for b, name, label, jid, t in rows if t in sectors]

    def responsible_groups(self, sector_ids: list[str], jids: list[str] | None, counted: bool = True) -> list[tuple]:
        """(jid, jurisdiction name, how many bodies) of the facts `responsible` gives, per jurisdiction,
        read from the edges_by_scope index alone (the bodies' jurisdiction is on their relationships:
        see kg/sqlgraph.py); `counted=False`: which jurisdictions only (None for the counts, a third
        faster). Kept until the store changes when not limited to some jurisdictions."""
        def build():
            sectors = _ids(r[0] for r in self._q(f"SELECT id FROM nodes WHERE label = 'Sector' AND id {_IN}",
                                                 _ids(sector_ids)))
            what = "e.source_jurisdiction, COUNT(DISTINCT e.source)" if counted else "DISTINCT e.source_jurisdiction, NULL"
            rows_of = (f"SELECT {what} FROM json_each(?) s CROSS JOIN edges e "
                       "ON e.target = s.value AND e.type = 'RESPONSIBLE_FOR'")
            grouped = " GROUP BY e.source_jurisdiction" if counted else ""
            if jids is None:
                rows = self._q(rows_of + grouped, sectors)
            else:
                rows = self._q(rows_of + f" AND e.source_jurisdiction {_IN}" + grouped,
                               sectors, _ids(_named(jids)))
            names = self.jurisdiction_names(j for j, _ in rows)
            return [(j, names.get(j), n) for j, n in sorted(rows, key=lambda r: r[0] or "")]
        if jids is None:
            return self.cached(f"groups:{counted}:{sorted(sector_ids)}", build)
        return build()

    def jurisdiction_names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """id -> name of the Jurisdictions among `ids`. Names read are kept until the store
        changes: a sector's page names its 3-4,000 jurisdictions, mostly the ones the last
        sector's page named (a lookup each: 10-50 ms at 10,000 documents)."""
        known: dict[str, str | None] = self.cached("jurisdiction-names", dict)
        wanted = sorted({i for i in ids if i is not None})
        missing = [i for i in wanted if i not in known]
        if missing:
            # CROSS JOIN: by id (the planner would otherwise walk every Jurisdiction of the label index)
            found = dict(self._q("SELECT n.id, n.name FROM json_each(?) w CROSS JOIN nodes n ON n.id = w.value "
                                 "WHERE n.label = 'Jurisdiction'", _ids(missing)))
            known.update({i: found.get(i) for i in missing})  # None: no Jurisdiction (not asked again)
        return {i: known[i] for i in wanted if known[i] is not None}

    # -- whole-graph tables: aggregated in SQL ----------------------------------------------
    def committees(self) -> list[tuple[str, str | None, str]]:
        return self.cached("committees", lambda: self._q(
            "SELECT c.jurisdiction, j.name, c.name FROM nodes c "
            "LEFT JOIN nodes j ON j.id = c.jurisdiction AND j.label = 'Jurisdiction' "
            "WHERE c.label = 'Committee' AND c.jurisdiction IS NOT NULL"))

    def coverage(self, examples: int) -> SectorCoverage:
        """Per sector, the distinct names of the jurisdictions whose bodies answer for it: counted,
        and the first `examples` in name order, in one statement."""
        def build():
            rows = self._q(
                "WITH cov AS (SELECT DISTINCT b.jurisdiction AS jid, s.name AS sector FROM nodes s "
                "JOIN edges e ON e.target = s.id AND e.type = 'RESPONSIBLE_FOR' JOIN nodes b ON b.id = e.source "
                "WHERE s.label = 'Sector' AND b.jurisdiction IS NOT NULL), "
                "named AS (SELECT DISTINCT sector, coalesce(j.name, cov.jid) AS name FROM cov "
                "LEFT JOIN nodes j ON j.id = cov.jid AND j.label = 'Jurisdiction') "
                "SELECT sector, name, n FROM (SELECT sector, name, count(*) OVER (PARTITION BY sector) AS n, "
                "row_number() OVER (PARTITION BY sector ORDER BY name) AS k FROM named) WHERE k <= ? "
                "ORDER BY sector, name", examples)
            by_sector: dict[str, tuple[int, list[str]]] = {}
            for sector, name, n in rows:
                by_sector.setdefault(sector, (n, []))[1].append(name)
            return SectorCoverage(by_sector)
        return self.cached(f"coverage:{examples}", build)

    def degrees(self, types: Sequence[str], labels: Sequence[str], jids: list[str] | None = None) -> DegreeTable:
        """The degree table of the bodies in the jurisdictions (None: all, kept for reuse). The
        graph's size (the denominator of centrality) is one aggregate, kept until the store changes."""
        stored = _ids(sorted({x for label in labels for x in carrying(label)}))
        t = _ids(types)
        if jids is None:
            body = f"SELECT id, jurisdiction FROM nodes WHERE label {_IN}"
            params: tuple = (stored,)
        else:
            body = f"SELECT n.id, n.jurisdiction FROM json_each(?) w CROSS JOIN nodes n ON n.jurisdiction = w.value " \
                   f"WHERE n.label {_IN}"
            params = (_ids(dict.fromkeys(jids)), stored)
        # each body's relationships of the types, both directions: (body, other, type, out)
        links = (f"WITH body(id, jurisdiction) AS MATERIALIZED ({body}), "
                 f"link AS (SELECT b.id AS b, e.target AS o, e.type AS t, 1 AS out FROM body b "
                 f"CROSS JOIN edges e ON e.source = b.id WHERE e.type {_IN} "
                 f"UNION ALL SELECT b.id, e.source, e.type, 0 FROM body b "
                 f"CROSS JOIN edges e ON e.target = b.id WHERE e.type {_IN}) ")

        def table():
            rows = self._q(links + "SELECT link.b, body.jurisdiction, COUNT(DISTINCT o), "
                           "COUNT(DISTINCT CASE WHEN out AND t = 'RESPONSIBLE_FOR' THEN o END), "
                           "COUNT(DISTINCT CASE WHEN out AND t = 'SUPERVISES' THEN o END) "
                           "FROM link CROSS JOIN body ON body.id = link.b GROUP BY link.b", *params, t, t)
            return {b: (j, d, s, v) for b, j, d, s, v in rows}

        def size():  # the nodes of the relationships of the types with a body at one end (or both)
            return self._q(f"WITH body(id) AS MATERIALIZED (SELECT id FROM nodes WHERE label {_IN}), "
                           f"link AS MATERIALIZED (SELECT source, target FROM edges WHERE type {_IN} "
                           f"AND (source IN body OR target IN body)) "
                           f"SELECT COUNT(*) FROM (SELECT source FROM link UNION SELECT target FROM link)",
                           stored, t)[0][0]

        n = self.cached(f"size:{tuple(types)}:{tuple(labels)}", size)
        if jids is None:
            return self.cached(f"degrees:{tuple(types)}:{tuple(labels)}", lambda: DegreeTable(table(), n))
        return DegreeTable(table(), n)

    # -- evidence ----------------------------------------------------------------------------
    def evidence(self, requests: list[list[Ref]], limit: int | None) -> list[list[dict[str, Any]]]:
        """Each request (the owner keys of one row) -> its sentences: one statement for the
        evidence rows of every owner, one for the picked sentences (cut out by substr)."""
        owners = {o for refs in requests for o in refs}
        if not owners:
            return [[] for _ in requests]
        found: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for owner, doc, start, end in self._q(  # owners in key order: the index is read front to back
                'SELECT e.owner, e.doc, e.start, e."end" FROM json_each(?) w CROSS JOIN evidence e ON e.owner = w.value',
                _ids(sorted(owners))):
            found[owner].append((doc, start, end))
        picked = [pick([e for o in refs for e in found.get(o, ())], limit) for refs in requests]
        sentences = self.sentences({e for items in picked for e in items})
        return [[sentences[e] for e in items] for items in picked]

    def sentences(self, wanted: Iterable[tuple[str, int, int]]) -> dict[tuple[str, int, int], dict[str, Any]]:
        """(doc, start, end) -> {doc: its name, text}: one statement for all, each document's text
        read once and cut in Python (cutting each sentence out with SQL substr read a text per
        sentence); a document the store does not hold gives its node's name and no text."""
        spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for e in wanted:
            spans[e[0]].append(e)
        out = {}
        for doc, name, text in self._q(
                "SELECT w.value, coalesce(d.name, n.name, w.value), t.text FROM json_each(?) w "
                "LEFT JOIN documents d ON d.id = w.value LEFT JOIN texts t ON t.sha256 = d.sha256 "
                "LEFT JOIN nodes n ON n.id = w.value", _ids(spans)):
            for e in spans[doc]:
                out[e] = {"doc": name, "text": None if text is None else text[e[1]:e[2]]}
        return out


# -- which reader -------------------------------------------------------------------------------
_READERS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def reader_for(source: Any) -> GraphReader | SqlReader:
    """The reader of a store (SQLite when it has an open `.db`, else its graph) or of a bare
    KnowledgeGraph; reused while what it reads is unchanged."""
    from kg.store import EmbeddedStore

    if isinstance(source, EmbeddedStore):
        db = getattr(source, "db", None)  # kg-store/2 has one: the one line that picks SQLite
        if os.environ.get("KG_QUERY_READER") == "graph":  # read the networkx graph anyway (comparisons)
            db = None
        target = db if db is not None else source.graph
    else:
        target = source
    r = _READERS.get(source)
    if r is not None and r.valid() and r.reads(target):
        return r
    if isinstance(target, sqlite3.Connection):
        r = SqlReader(target)
    else:
        r = GraphReader(target, source if isinstance(source, EmbeddedStore) else None)
    _READERS[source] = r
    return r
