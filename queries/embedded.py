"""The query statements on the embedded store, read through `queries/readers.py`.

Each function here answers one statement of one `.cypher` file (same name, same
parameters) and returns the same raw rows the Cypher returns, so the shaping in
`queries/answers.py` is shared by both stores. A row's `ev` is a lazy evidence
reference of the reader; the backend turns only the few items an answer shows
into sentences.

The statements read only through the reader's calls, which take many ids at once,
so on SQLite each statement is a handful of SQL statements whatever the answer's size.
Whole-graph tables (committees, coverage, degrees) are the reader's, built once per
store version (aggregated in SQL on SQLite).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

# How a value looks once pushed to the database, so both stores give equal rows.
from kg.neo4j_store import EDGE_KEYS, NODE_KEYS, _flat_properties, _value
from ontology.vocab import BODY_LABELS, REL_TYPES, labels_of
from queries.readers import GraphReader, SqlReader

Reader = GraphReader | SqlReader
Row = dict[str, Any]
STATEMENTS: dict[str, Callable[[Reader, dict[str, Any]], Any]] = {}


def statement(name: str):
    def deco(fn):
        STATEMENTS[name] = fn
        return fn
    return deco


# -- _common ---------------------------------------------------------------------------
@statement("_common:find")
def find(r: Reader, p: dict[str, Any]) -> list[Row]:
    return [{"id": nid, "jid": jid} for nid, jid in r.find(p["names"], p["label"])]


@statement("_common:sub_jurisdictions")
def sub_jurisdictions(r: Reader, p: dict[str, Any]) -> list[Row]:
    return [{"id": c} for c in r.sub_jurisdictions(p["ids"])]


@statement("_common:nodes")
def nodes(r: Reader, p: dict[str, Any]) -> list[Row]:
    info = r.info(p["ids"])
    return [{"id": n, "name": i.name, "label": i.label, "jurisdiction": i.jname}
            for n in dict.fromkeys(p["ids"]) if (i := info.get(n))]


@statement("_common:names")
def names(r: Reader, p: dict[str, Any]) -> list[Row]:
    return [{"name": n} for n in r.names(p["label"], 20)]


@statement("_common:documents")
def documents(r: Reader, p: dict[str, Any]) -> list[Row]:
    info = r.info(p["ids"])
    return [{"id": d, "name": info[d].name} for d in dict.fromkeys(p["ids"]) if d in info]


# -- shared-responsibility, compare-jurisdictions, responsibility-overlap -------------------
def _responsibility(r: Reader, sector_ids: list[str] | None, jids: list[str] | None) -> list[Row]:
    """RESPONSIBLE_FOR facts (b)-[:RESPONSIBLE_FOR]->(s:Sector) of the sectors / jurisdictions (None: all)."""
    return [{"body_id": b, "body": n.name, "label": n.label, "jid": n.jid, "jurisdiction": n.jname, "sector": sector,
             "ev": ev} for b, n, sector, ev in r.responsible(sector_ids, jids)]


@statement("shared-responsibility:main")
def shared_responsibility(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _responsibility(r, p["sector_ids"], p["jurisdiction_ids"])


def _groups(r: Reader, sector_ids: list[str], jids: list[str] | None, counted: bool = True) -> list[Row]:
    return [{"jid": j, "jurisdiction": name, "bodies": n}
            for j, name, n in r.responsible_groups(sector_ids, jids, counted)]


@statement("shared-responsibility:groups")
def shared_groups(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _groups(r, p["sector_ids"], p["jurisdiction_ids"])


@statement("shared-responsibility:page")
@statement("compare-jurisdictions:page")
def responsible_page(r: Reader, p: dict[str, Any]) -> list[Row]:
    """The facts of the bodies of the page's jurisdictions (`unplaced`: and of those of none)."""
    return _responsibility(r, p["sector_ids"], [*p["jids"], *([None] if p["unplaced"] else [])])


@statement("compare-jurisdictions:groups")
def compare_groups(r: Reader, p: dict[str, Any]) -> list[Row]:
    # which jurisdictions, not how many bodies (compare-jurisdictions pages by jurisdiction)
    return _groups(r, p["sector_ids"], None, counted=False)


@statement("responsibility-overlap:facts")
def overlap_facts(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _responsibility(r, None, p["jurisdiction_ids"])


@statement("responsibility-overlap:coverage")
def overlap_coverage(r: Reader, p: dict[str, Any]):
    """The coverage table itself (see answers.responsibility_overlap): built once per store version."""
    return r.coverage(p["examples"])


@statement("compare-jurisdictions:responsible")
def compare_responsible(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _responsibility(r, p["sector_ids"], None)


@statement("compare-jurisdictions:committees")
def compare_committees(r: Reader, p: dict[str, Any]) -> list[Row]:
    # the same list object until the store changes: answers.py builds its table from it once
    return r.cached("committee-rows", lambda: [{"jid": j, "jurisdiction": n, "committee": c}
                                               for j, n, c in r.committees()])


# -- accountability-chain ------------------------------------------------------------------
@statement("accountability-chain:step")
def chain_step(r: Reader, p: dict[str, Any]) -> list[Row]:
    frontier = p["frontier"]
    found = [(s, t, k, ev, s) for s, t, k, ev in r.edges(frontier, p["out_types"], "out")]
    found += [(s, t, k, ev, t) for s, t, k, ev in r.edges(frontier, p["in_types"], "in")]
    info = r.info({x for s, t, *_ in found for x in (s, t)})
    rows = []
    for s, t, k, ev, from_id in found:
        other = t if from_id == s else s
        o = info[other]
        rows.append({"from_id": from_id, "node_id": other, "node": o.name, "label": o.label,
                     "jurisdiction": o.jname, "type": k, "source": s, "target": t, "ev": ev})
    return rows


# -- drills, facilities, plans ----------------------------------------------------------------
def _main_rows(r: Reader, ids: list[str], keys: tuple[str, ...], label: str | None = None) -> list[Row]:
    """{id, name, label, jurisdiction, <keys>, ev} of the ids (of exactly `label` when given)."""
    info = r.info(ids)
    ids = [n for n in dict.fromkeys(ids) if n in info and (label is None or info[n].label == label)]
    props = r.properties(ids, keys)
    return [{"id": n, "name": info[n].name, "label": info[n].label, "jurisdiction": info[n].jname,
             **{k: _value(props[n].get(k)) for k in keys}, "ev": r.node_evidence(n)} for n in ids]


@statement("drills:main")
def drills_main(r: Reader, p: dict[str, Any]) -> list[Row]:
    lo, hi = p["date_from"], p["date_to"]
    rows = []
    for row in _main_rows(r, r.nodes_in("Drill", p["jurisdiction_ids"]), ("date", "kind")):
        date = row["date"]
        if lo is not None and (not isinstance(date, str) or date < lo):
            continue
        if hi is not None and (not isinstance(date, str) or date[:len(hi)] > hi):
            continue
        del row["label"]
        rows.append(row)
    return rows


def _links(r: Reader, ids: list[str], types: tuple[str, ...], edge_keys: tuple[str, ...],
           other_keys: tuple[str, ...] = (), aliases: bool = False) -> list[Row]:
    """Each id's relationships of the types, both directions, with the other end's name and label,
    the relationship's `edge_keys` properties and the other end's `other_keys` ones (as other_<key>)."""
    found = [(s, t, k, ev, s) for s, t, k, ev in r.edges(ids, types, "out")]
    found += [(s, t, k, ev, t) for s, t, k, ev in r.edges(ids, types, "in")]
    others = {t if n == s else s for s, t, _, _, n in found}
    info = r.info(others)
    edge_props = r.properties([(s, t, k) for s, t, k, _, _ in found], edge_keys) if edge_keys else {}
    other_props = r.properties(others, other_keys) if other_keys else {}
    alias_of = r.aliases(others) if aliases else {}
    rows = []
    for s, t, k, ev, n in found:
        other = t if n == s else s
        row = {"id": n, "type": k, "other": info[other].name, "label": info[other].label}
        if aliases:
            row["aliases"] = alias_of.get(other, [])
        for key in edge_keys:
            row[key] = _value(edge_props[s, t, k].get(key))
        for key in other_keys:
            row[f"other_{key}"] = _value(other_props[other].get(key))
        row["ev"] = ev
        rows.append(row)
    return rows


@statement("drills:links")
def drills_links(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _links(r, p["ids"], ("ORGANIZED", "PARTICIPATED_IN", "HELD_AT", "COVERS"), ("role",), aliases=True)


@statement("facilities:main")
def facilities_main(r: Reader, p: dict[str, Any]) -> list[Row]:
    jids = p["jurisdiction_ids"]
    candidates = r.nodes_in("Facility", jids)
    if jids is not None:  # in one of the jurisdictions by scope or by a LOCATED_IN relationship
        located = [s for s, _, _, _ in r.edges(jids, ("LOCATED_IN",), "in")]
        info = r.info(located)
        candidates += [s for s in located if "Facility" in labels_of(info[s].label)]
    return _main_rows(r, candidates, ("kind",))


@statement("facilities:links")
def facilities_links(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _links(r, p["ids"], ("LOCATED_IN", "INSPECTED", "HELD_AT"), ("date",), ("date",))


@statement("plans:main")
def plans_main(r: Reader, p: dict[str, Any]) -> list[Row]:
    jids = p["jurisdiction_ids"]
    candidates = r.nodes_in("Plan", jids)
    if jids is not None:  # and the plans the jurisdictions' bodies issued
        issuers = [n for label in BODY_LABELS + ("Jurisdiction",) for n in r.nodes_in(label, jids)]
        candidates += [t for _, t, _, _ in r.edges(issuers, ("ISSUED",), "out")]
    rows = _main_rows(r, candidates, ("kind",), label="Plan")
    for row in rows:
        del row["label"]
    return rows


@statement("plans:links")
def plans_links(r: Reader, p: dict[str, Any]) -> list[Row]:
    return _links(r, p["ids"], ("ISSUED", "COVERS"), ("action",), aliases=True)


# -- profile --------------------------------------------------------------------------------
@statement("profile:node")
def profile_node(r: Reader, p: dict[str, Any]) -> list[Row]:
    ids = p["ids"]
    info, aliases, props = r.info(ids), r.aliases(ids), r.properties(ids)
    return [{"id": n, "name": info[n].name, "label": info[n].label, "aliases": aliases.get(n, []),
             "jurisdiction": info[n].jname, "props": _flat_properties(props[n], NODE_KEYS),
             "ev": r.node_evidence(n)} for n in ids]


@statement("profile:edges")
def profile_edges(r: Reader, p: dict[str, Any]) -> list[Row]:
    ids = p["ids"]
    types = [t for t in REL_TYPES if t != "MENTIONS"]  # every relationship but the documents'
    found = [("out", s, t, k, ev, s) for s, t, k, ev in r.edges(ids, types, "out")]
    found += [("in", s, t, k, ev, t) for s, t, k, ev in r.edges(ids, types, "in")]
    info = r.info({x for _, s, t, *_ in found for x in (s, t)})
    props = r.properties([(s, t, k) for _, s, t, k, _, _ in found])
    return [{"id": n, "direction": direction, "type": k, "other": info[t if direction == "out" else s].name,
             "label": info[t if direction == "out" else s].label,
             "props": _flat_properties(props[s, t, k], EDGE_KEYS), "ev": ev}
            for direction, s, t, k, ev, n in found]


# -- key-bodies -------------------------------------------------------------------------------
@statement("key-bodies:degrees")
def key_degrees(r: Reader, p: dict[str, Any]):
    """The degree table itself (see answers.key_bodies) of the jurisdictions' bodies (None: all)."""
    return r.degrees(tuple(p["types"]), BODY_LABELS, p.get("jurisdiction_ids"))


@statement("key-bodies:evidence")
def key_evidence(r: Reader, p: dict[str, Any]) -> list[Row]:
    types = tuple(p["types"])
    return [{"body_id": b, "ev": ev} for direction in ("out", "in")
            for s, t, _, ev in r.edges(p["ids"], types, direction) for b in ((s if direction == "out" else t),)]

