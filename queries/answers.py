"""The queries' answers: each function runs its query's statements on a backend and shapes the rows.

This code is shared by both stores, so the same raw rows give the same answer
rows. Rows are plain dicts with the columns the `.cypher` header lists.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from ontology.vocab import BODY_LABELS, labels_of
from queries.readers import DegreeTable, SectorCoverage, degree_rows

Row = dict[str, Any]
ANSWERS: dict[str, Callable[[Context, dict[str, Any]], list[Row]]] = {}
NODE_KEYS = ("id", "name", "label", "aliases", "jurisdiction")  # how neo4j_store keeps a node's own fields
GAP_EXAMPLES = 10  # a gap row names this many of the other jurisdictions (`count` says how many there are)


@cache
def lexicon() -> dict[str, Any]:
    return json.loads((Path(__file__).parent / "lexicon.json").read_text(encoding="utf-8"))


def answer(name: str):
    def deco(fn):
        ANSWERS[name] = fn
        return fn
    return deco


class Context:
    """One run of one query: the backend, how much evidence rows carry, and which page of the
    answer is wanted (rows offset .. offset+limit-1; limit None: all of them).

    An answer function returns its rows in the answer's order. A function that computes only
    part of the answer (a page, see `page_of_groups`) says where its rows start and how many
    rows the whole answer has (`first`, `total`); otherwise its rows are the whole answer."""

    def __init__(self, backend: Any, query: str, evidence: bool, limit: int | None,
                 offset: int = 0, rows: int | None = None) -> None:
        self.backend, self.query, self.with_evidence, self.limit = backend, query, evidence, limit
        self.offset, self.rows = offset, rows  # the page: `rows` rows from `offset` (rows None: all)
        self.first, self.total = 0, None  # set by an answer that computed only part of the answer
        self._pending: list[tuple[list, Any]] = []  # (a row's evidence list, its references)

    @property
    def paged(self) -> bool:
        return self.rows is not None

    def page(self, rows: list[Row]) -> tuple[list[Row], int]:
        """The wanted page of the answer's rows, and the answer's row count."""
        total = len(rows) if self.total is None else self.total
        start = self.offset - self.first
        end = None if self.rows is None else start + self.rows
        return rows[max(start, 0):end] if start >= 0 else [], total

    def run(self, statement: str, **params: Any) -> list[Row]:
        return self.backend.statement(self.query, statement, params)

    def common(self, statement: str, **params: Any) -> list[Row]:
        return self.backend.statement("_common", statement, params)

    def evidence(self, refs: Iterable[Any]) -> list[dict[str, Any]]:
        """The row's evidence list, filled by `resolve` once the answer is shaped: the backend
        then looks up the sentences of every row at once (one batch, not one per row)."""
        out: list[dict[str, Any]] = []
        if self.with_evidence:
            self._pending.append((out, refs if isinstance(refs, (list, tuple, set, frozenset)) else list(refs)))
        return out

    def resolve(self, rows: list[Row] | None = None) -> None:
        """Fill the evidence lists of `rows` (None: of every row shaped): the page's rows only,
        so a page of a big answer reads the sentences of its own rows."""
        pending, self._pending = self._pending, []
        if rows is not None:
            shown = {id(ev) for row in rows for ev in _evidence_lists(row)}
            pending = [item for item in pending if id(item[0]) in shown]
        if pending:
            found = self.backend.evidence_many([refs for _, refs in pending], self.limit)
            for (out, _), items in zip(pending, found):
                out.extend(items)

    # -- resolving names -------------------------------------------------------------
    def find(self, label: str | None, names: Iterable[str]) -> list[Row]:
        return sorted(self.common("find", label=label, names=sorted(set(names))), key=lambda r: r["id"])

    def known(self, label: str) -> str:
        return ", ".join(r["name"] for r in self.common("names", label=label)) or "none"

    def jurisdictions(self, name: str | None) -> list[str] | None:
        """The ids of the named jurisdiction and of those within it (3 levels down); None for all."""
        if name is None:
            return None
        found = {r["id"] for r in self.find("Jurisdiction", [name])}
        if not found:
            raise QueryError(f"no jurisdiction named {name!r}; known: {self.known('Jurisdiction')}")
        frontier = found
        for _ in range(3):
            frontier = {r["id"] for r in self.common("sub_jurisdictions", ids=sorted(frontier))} - found
            if not frontier:
                break
            found |= frontier
        return sorted(found)

    def sectors(self, name: str) -> list[str]:
        ids = [r["id"] for r in self.find("Sector", sector_names(name))]
        if not ids:
            raise QueryError(f"no sector named {name!r}; known: {self.known('Sector')}")
        return ids

    def nodes(self, name: str, jurisdiction: str | None, labels: tuple[str, ...] | None = None) -> list[Row]:
        """Nodes with this name or alias (in this jurisdiction), as {id, name, label, jurisdiction}."""
        jids = self.jurisdictions(jurisdiction)
        ids = [r["id"] for r in self.find(None, [name]) if jids is None or r["jid"] in jids or r["id"] in jids]
        found = sorted(self.common("nodes", ids=ids), key=lambda r: r["id"])
        preferred = [r for r in found if labels is None or r["label"] in labels]
        if not (preferred or found):
            where = f" in {jurisdiction}" if jurisdiction else ""
            raise QueryError(f"no node named {name!r}{where} (try `kg show` or `kg query profile`)")
        return preferred or found


def sector_names(name: str) -> set[str]:
    """The name as given, with and without the usual suffixes (消防 <-> 消防安全, 燃气领域 -> 燃气)."""
    out = {name}
    for suffix in lexicon()["sector_suffixes"]:
        out.add(name + suffix)
        if name.endswith(suffix) and len(name) > len(suffix):
            out.add(name[: -len(suffix)])
    return out


_MEMO: dict[tuple[int, Callable], tuple[list[Row], Any]] = {}
MEMO_SIZE = 64  # tables kept per kind


def _memo(raw: list[Row], build: Callable[[list[Row]], Any]) -> Any:
    """build(raw), remembered while `raw` is the same list object. The embedded store hands out
    its cached committee rows as the same list until the store changes, so their table is built
    once; rows from a database are new lists each time. (Coverage and degrees come from the
    embedded store as ready tables, `SectorCoverage` and `DegreeTable`, aggregated there.)"""
    key = (id(raw), build)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is raw:
        return hit[1]
    value = build(raw)
    mine = [k for k in _MEMO if k[1] is build]
    for k in mine[: max(0, len(mine) - MEMO_SIZE + 1)]:  # oldest first: dicts keep insertion order
        del _MEMO[k]
    _MEMO[key] = (raw, value)
    return value


def _evidence_lists(row: Row) -> Iterable[list]:
    """The evidence lists of a row: its own and its steps' (accountability-chain)."""
    if "evidence" in row:
        yield row["evidence"]
    for value in row.values():
        if isinstance(value, list) and value and isinstance(value[0], dict) and "evidence" in value[0]:
            yield from (item["evidence"] for item in value)


def page_of_groups(ctx: Context, sizes: list[tuple[Any, int]]) -> list[Any]:
    """The groups a page of the answer falls in, when the answer's rows come group after group
    (`sizes`: each group's key and row count, in the answer's order); sets ctx.first (the
    index of the first chosen group's first row) and ctx.total. A group is read whole."""
    chosen, start = [], 0
    end = None if ctx.rows is None else ctx.offset + ctx.rows
    ctx.first = None
    for key, n in sizes:
        if n and start + n > ctx.offset and (end is None or start < end):
            if ctx.first is None:
                ctx.first = start
            chosen.append(key)
        start += n
    ctx.total = start
    if ctx.first is None:
        ctx.first = start
    return chosen


def _with_evidence(ctx: Context, row: Row, refs: Iterable[Any]) -> Row:
    if ctx.with_evidence:
        row["evidence"] = ctx.evidence(refs)
    return row


def _rest(row: Row) -> str:
    """The row's columns but its evidence, as text: the last sort key, so rows that tie on the
    named keys still come in one order on every store (pages depend on it)."""
    return json.dumps({k: v for k, v in row.items() if k != "evidence"}, ensure_ascii=False, sort_keys=True,
                      default=str)


def _names(values: Iterable[Any]) -> list[Any]:
    return sorted({v for v in values if v is not None}, key=str)


# -- 1 shared-responsibility ------------------------------------------------------------------
@answer("shared-responsibility")
def shared_responsibility(ctx: Context, p: dict[str, Any]) -> list[Row]:
    """Order: jurisdiction name (none first), body name, label, body id. A page reads the bodies
    of the jurisdictions it falls in only (the `groups` statement counts each one's bodies)."""
    sector_ids, jids = ctx.sectors(p["sector"]), ctx.jurisdictions(p["jurisdiction"])
    if ctx.paged:
        raw = _page_of_jurisdictions(ctx, sector_ids, jids)
    else:
        raw = ctx.run("main", sector_ids=sector_ids, jurisdiction_ids=jids)
    by_body: dict[str, list[Row]] = defaultdict(list)
    for r in raw:
        by_body[r["body_id"]].append(r)
    keyed = []
    for body_id, facts in by_body.items():
        f = facts[0]
        if len(facts) == 1:  # the usual case (one sector asked): nothing to merge
            sectors, refs = _names((f["sector"],)), f["ev"]
        else:
            sectors, refs = _names(x["sector"] for x in facts), [e for x in facts for e in x["ev"]]
        row = _with_evidence(ctx, {"jurisdiction": f["jurisdiction"], "body": f["body"], "label": f["label"],
                                   "sectors": sectors}, refs)
        keyed.append(((row["jurisdiction"] or "", row["body"], row["label"], body_id), row))
    keyed.sort(key=lambda kr: kr[0])
    return [row for _, row in keyed]


def _page_of_jurisdictions(ctx: Context, sector_ids: list[str], jids: list[str] | None) -> list[Row]:
    """The facts of the page's bodies: bodies come jurisdiction name after jurisdiction name, so
    the page is that of the names it falls in (all the jurisdictions of one name read together)."""
    by_name: dict[str, list[str | None]] = defaultdict(list)
    sizes: dict[str, int] = defaultdict(int)
    for g in ctx.run("groups", sector_ids=sector_ids, jurisdiction_ids=jids):
        key = g["jurisdiction"] or ""
        by_name[key].append(g["jid"])
        sizes[key] += g["bodies"]
    wanted = [j for name in page_of_groups(ctx, sorted(sizes.items())) for j in by_name[name]]
    return _facts_in(ctx, sector_ids, wanted)


def _facts_in(ctx: Context, sector_ids: list[str], jids: list[str | None]) -> list[Row]:
    """The sectors' RESPONSIBLE_FOR facts of the bodies of these jurisdictions (None: of no jurisdiction)."""
    if not jids:
        return []
    return ctx.run("page", sector_ids=sector_ids, jids=sorted(j for j in jids if j is not None),
                   unplaced=None in jids)


# -- 2 responsibility-overlap -----------------------------------------------------------------
@answer("responsibility-overlap")
def responsibility_overlap(ctx: Context, p: dict[str, Any]) -> list[Row]:
    jids = ctx.jurisdictions(p["jurisdiction"])
    if p["min-shared"] < 1:
        raise QueryError("query responsibility-overlap: min-shared must be at least 1")
    # body -> sector -> evidence, per jurisdiction
    bodies: dict[str | None, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    names: dict[str, str] = {}
    jnames: dict[str | None, str | None] = {}
    for r in ctx.run("facts", jurisdiction_ids=jids):
        bodies[r["jid"]][r["body_id"]][r["sector"]].extend(r["ev"])
        names[r["body_id"]], jnames[r["jid"]] = r["body"], r["jurisdiction"]
    rows = []
    for jid, by_body in bodies.items():
        ids = sorted(by_body, key=lambda b: (names[b], b))
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                shared = sorted(set(by_body[a]) & set(by_body[b]))
                if len(shared) >= p["min-shared"]:
                    refs = [e for s in shared for e in (*by_body[a][s], *by_body[b][s])]
                    rows.append(_with_evidence(ctx, {
                        "kind": "overlap", "jurisdiction": jnames[jid], "body_a": names[a], "body_b": names[b],
                        "sectors": shared, "count": len(shared), "other_jurisdictions": []}, refs))
    # gaps: a sector some jurisdiction's bodies answer for, that none of this jurisdiction's bodies does
    covered: dict[str, set[str]] = defaultdict(set)  # jid -> its sectors (from the facts: the same relationships)
    for jid, by_body in bodies.items():
        if jid is not None:
            covered[jid] = {s for sectors in by_body.values() for s in sectors}
    coverage = ctx.run("coverage", examples=GAP_EXAMPLES + 1)
    if not isinstance(coverage, SectorCoverage):  # a database's rows; the embedded store gives its table
        coverage = _coverage_table(coverage)
    for jid in sorted(covered):
        name = jnames[jid]
        for sector in sorted(set(coverage.by_sector) - covered[jid]):
            count, examples = coverage.by_sector[sector]
            rows.append(_with_evidence(ctx, {
                "kind": "gap", "jurisdiction": name, "body_a": None, "body_b": None,
                "sectors": [sector], "count": count,
                "other_jurisdictions": [n for n in examples if n != name][:GAP_EXAMPLES]}, []))
    return sorted(rows, key=lambda r: (r["kind"] != "overlap", r["jurisdiction"] or "", -r["count"],
                                       r["body_a"] or "", r["body_b"] or "", r["sectors"], _rest(r)))


def _coverage_table(raw: list[Row]) -> SectorCoverage:
    """Per sector, the jurisdictions whose bodies answer for it, from the coverage statement's rows."""
    return SectorCoverage.from_rows(((r["jid"], r["jurisdiction"], r["sector"]) for r in raw), GAP_EXAMPLES + 1)


# -- 3 accountability-chain -------------------------------------------------------------------
@answer("accountability-chain")
def accountability_chain(ctx: Context, p: dict[str, Any]) -> list[Row]:
    spec = lexicon()["chain"]
    rows = []
    for start in ctx.nodes(p["body"], p["jurisdiction"], BODY_LABELS + ("Jurisdiction",)):
        label = f"{start['name']} ({start['jurisdiction']})" if start["jurisdiction"] else start["name"]
        for direction in ("up", "down"):
            rows.extend(_walk(ctx, start, label, direction, spec[direction], spec["max_depth"]))
    return rows


def _walk(ctx: Context, start: Row, start_label: str, direction: str, types: dict[str, list[str]],
          max_depth: int) -> list[Row]:
    """Breadth first, one statement per level; each body reached keeps the first path found
    (paths and steps compared in a fixed order, so both stores pick the same one)."""
    paths: dict[str, list[Row]] = {start["id"]: []}
    names = {start["id"]: start["name"]}
    frontier = [start["id"]]
    rows = []
    for depth in range(1, max_depth + 1):
        if not frontier:
            break
        raw = ctx.run("step", frontier=sorted(frontier), out_types=types["out"], in_types=types["in"])
        raw.sort(key=lambda r: ([(s["type"], s["to"]) for s in paths[r["from_id"]]], r["from_id"],
                                r["type"], r["node"], r["node_id"], r["source"], r["target"]))
        new = []
        for r in raw:
            if r["node_id"] in paths:
                continue
            names[r["node_id"]] = r["node"]
            step = {"source": names[r["source"]], "type": r["type"], "target": names[r["target"]],
                    "to": r["node_id"], "forward": r["source"] == r["from_id"], "refs": r["ev"]}
            paths[r["node_id"]] = paths[r["from_id"]] + [step]
            new.append(r)
        for r in new:
            steps = paths[r["node_id"]]
            path = start["name"] + "".join(
                f" -[{s['type']}]-> {s['target']}" if s["forward"] else f" <-[{s['type']}]- {s['source']}"
                for s in steps)
            row = {"start": start_label, "direction": direction, "depth": depth, "node": r["node"],
                   "label": r["label"], "jurisdiction": r["jurisdiction"], "path": path,
                   "steps": [_with_evidence(ctx, {"source": s["source"], "type": s["type"], "target": s["target"]},
                                            s["refs"]) for s in steps]}
            rows.append(_with_evidence(ctx, row, steps[-1]["refs"]))
        frontier = [r["node_id"] for r in new]
    return rows


# -- 4 drills ------------------------------------------------------------------------------
@answer("drills")
def drills(ctx: Context, p: dict[str, Any]) -> list[Row]:
    main = ctx.run("main", jurisdiction_ids=ctx.jurisdictions(p["jurisdiction"]),
                   date_from=p["from"], date_to=p["to"])
    links = _group(ctx.run("links", ids=sorted(r["id"] for r in main)) if main else [])
    rows = []
    for d in main:
        ls = links.get(d["id"], [])
        places = _names(x["other"] for x in ls if x["type"] == "HELD_AT")
        if p["place"] and not any(p["place"] in n for x in ls if x["type"] == "HELD_AT"
                                  for n in [x["other"], *(x["aliases"] or [])]):
            continue
        organized = [x for x in ls if x["type"] == "ORGANIZED"]
        row = {"drill": d["name"], "date": d["date"], "kind": d["kind"], "jurisdiction": d["jurisdiction"],
               "places": places,
               "organisers": _names(x["other"] for x in organized if x["label"] != "Person"),
               "leaders": _names(x["other"] for x in organized if x["label"] == "Person"),
               "participants": _names(x["other"] for x in ls if x["type"] == "PARTICIPATED_IN"),
               "sectors": _names(x["other"] for x in ls if x["type"] == "COVERS")}
        rows.append(_with_evidence(ctx, row, [*d["ev"], *(e for x in ls for e in x["ev"])]))
    return sorted(rows, key=lambda r: (str(r["date"] or "~"), r["drill"], r["jurisdiction"] or "", _rest(r)))


def _group(rows: list[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        out[r["id"]].append(r)
    return out


# -- 5 facilities --------------------------------------------------------------------------
@answer("facilities")
def facilities(ctx: Context, p: dict[str, Any]) -> list[Row]:
    main = ctx.run("main", jurisdiction_ids=ctx.jurisdictions(p["jurisdiction"]))
    kind = p["kind"]
    if kind:
        label = lexicon()["facility_kinds"].get(kind.lower()) or (kind if kind in ("Reservoir", "Facility") else None)
        main = [f for f in main if (label and label in labels_of(f["label"]))
                or kind in str(f["kind"] or "") or kind in f["name"]]
    links = _group(ctx.run("links", ids=sorted(f["id"] for f in main)) if main else [])
    rows = []
    for f in main:
        ls = links.get(f["id"], [])
        row = {"facility": f["name"], "label": f["label"], "kind": f["kind"], "jurisdiction": f["jurisdiction"],
               "located_in": _names(x["other"] for x in ls if x["type"] == "LOCATED_IN"),
               "inspections": _names(_dated(x["other"], x["date"]) for x in ls if x["type"] == "INSPECTED"),
               "drills": _names(_dated(x["other"], x["other_date"]) for x in ls if x["type"] == "HELD_AT")}
        rows.append(_with_evidence(ctx, row, [*f["ev"], *(e for x in ls for e in x["ev"])]))
    return sorted(rows, key=lambda r: (r["jurisdiction"] or "", r["facility"], r["label"], _rest(r)))


def _dated(name: str, date: Any) -> str:
    return f"{name} ({date})" if date else name


# -- 6 plans -------------------------------------------------------------------------------
@answer("plans")
def plans(ctx: Context, p: dict[str, Any]) -> list[Row]:
    main = ctx.run("main", jurisdiction_ids=ctx.jurisdictions(p["jurisdiction"]))
    links = _group(ctx.run("links", ids=sorted(r["id"] for r in main)) if main else [])
    wanted_sectors = sector_names(p["sector"]) if p["sector"] else None
    rows = []
    for plan in main:
        ls = links.get(plan["id"], [])
        issued = [x for x in ls if x["type"] == "ISSUED"]
        covers = [x for x in ls if x["type"] == "COVERS"]
        if wanted_sectors and not any(wanted_sectors & {x["other"], *(x["aliases"] or [])} for x in covers):
            continue
        if p["body"] and not any(p["body"] in {x["other"], *(x["aliases"] or [])} for x in issued):
            continue
        row = {"plan": plan["name"], "kind": plan["kind"], "jurisdiction": plan["jurisdiction"],
               "issuers": _names(x["other"] for x in issued), "actions": _names(x["action"] for x in issued),
               "sectors": _names(x["other"] for x in covers)}
        rows.append(_with_evidence(ctx, row, [*plan["ev"], *(e for x in ls for e in x["ev"])]))
    return sorted(rows, key=lambda r: (r["jurisdiction"] or "", r["plan"], _rest(r)))


# -- 7 profile -----------------------------------------------------------------------------
@answer("profile")
def profile(ctx: Context, p: dict[str, Any]) -> list[Row]:
    found = ctx.nodes(p["name"], p["jurisdiction"])
    ids = [n["id"] for n in found]
    nodes = {r["id"]: r for r in ctx.run("node", ids=ids)}
    edges = _group(ctx.run("edges", ids=ids))
    rows = []
    for nid in ids:
        n = nodes[nid]
        head = {"node": n["name"], "label": n["label"], "jurisdiction": n["jurisdiction"]}
        rows.append(_with_evidence(ctx, {**head, "relationship": None, "direction": None, "other": None,
                                         "other_label": None,
                                         "properties": {"aliases": sorted(n["aliases"] or []),
                                                        **_contract_properties(n["props"], NODE_KEYS)}}, n["ev"]))
        rels = [_with_evidence(ctx, {**head, "relationship": e["type"], "direction": e["direction"],
                                     "other": e["other"], "other_label": e["label"],
                                     "properties": _contract_properties(e["props"], ())}, e["ev"])
                for e in edges.get(nid, [])]
        rows.extend(sorted(rels, key=lambda r: (r["relationship"], r["direction"], r["other"], r["other_label"],
                                                _rest(r))))
    return rows


def _contract_properties(props: dict[str, Any] | None, reserved: tuple[str, ...]) -> dict[str, Any]:
    """A database property map back to the contract's properties: without the node's own
    fields and the evidence lists, `prop_x` renamed back to `x` (see kg/neo4j_store.py)."""
    out = {}
    for k, v in (props or {}).items():
        if k in reserved or k.startswith("ev_"):
            continue
        if k.startswith("prop_") and (k[5:] in reserved or k[5:].startswith("ev_")):
            k = k[5:]
        out[k] = v
    return dict(sorted(out.items()))


# -- 8 compare-jurisdictions -----------------------------------------------------------------
@answer("compare-jurisdictions")
def compare_jurisdictions(ctx: Context, p: dict[str, Any]) -> list[Row]:
    """Order: jurisdictions by name (unnamed last), then id. Rows: the sector's jurisdictions and
    those with committees; a page reads the bodies of its own jurisdictions only."""
    sector_ids = ctx.sectors(p["sector"])
    committees = _memo(ctx.run("committees"), _committees_table)
    names: dict[str | None, str | None] = {jid: name for jid, (name, _) in committees.items()}
    if ctx.paged:
        with_bodies = {g["jid"]: g["jurisdiction"] for g in ctx.run("groups", sector_ids=sector_ids)}
        names.update(with_bodies)
        order = sorted(names, key=lambda j: (names[j] is None, names[j] or "", j or ""))
        facts = _facts_in(ctx, sector_ids, [j for j in page_of_groups(ctx, [(j, 1) for j in order]) if j in with_bodies])
    else:
        facts = ctx.run("responsible", sector_ids=sector_ids)
    # jid -> [bodies, refs]
    table: dict[str | None, list] = {}
    for r in facts:
        e = table.get(r["jid"])
        if e is None:
            e = table[r["jid"]] = [set(), []]
            names[r["jid"]] = r["jurisdiction"]
        e[0].add(r["body"])
        e[1].extend(r["ev"])
    if ctx.paged:
        order = order[ctx.first:ctx.first + (ctx.rows or 0)]
    else:
        order = sorted(names, key=lambda j: (names[j] is None, names[j] or "", j or ""))
    none: tuple[str, ...] = ()
    rows = []
    for jid in order:
        bodies, refs = table.get(jid, ((), ()))
        row = {"jurisdiction": names[jid], "bodies": _names(bodies),
               "committees": list(committees.get(jid, (None, none))[1])}
        if ctx.with_evidence:  # most jurisdictions have committees but no body for the sector: no evidence to read
            row["evidence"] = ctx.evidence(refs) if refs else []
        rows.append(row)
    return rows


def _committees_table(raw: list[Row]) -> dict[str | None, tuple[str | None, list[str]]]:
    """jid -> (jurisdiction name, its committees' names sorted), built once per graph version."""
    found: dict[str | None, tuple[str | None, set[str]]] = {}
    for r in raw:
        found.setdefault(r["jid"], (r["jurisdiction"], set()))[1].add(r["committee"])
    return {jid: (name, _names(names)) for jid, (name, names) in found.items()}


# -- 9 key-bodies ----------------------------------------------------------------------------
@answer("key-bodies")
def key_bodies(ctx: Context, p: dict[str, Any]) -> list[Row]:
    if p["top"] < 1:
        raise QueryError("query key-bodies: top must be at least 1")
    jids = ctx.jurisdictions(p["jurisdiction"])
    types = lexicon()["key_bodies"]["types"]
    table = ctx.run("degrees", types=types, jurisdiction_ids=jids)
    if not isinstance(table, DegreeTable):  # a database's rows; the embedded store gives its table
        table = DegreeTable(*degree_rows((r["body_id"], r["jid"], r["type"], r["direction"], r["others"])
                                         for r in table))
    n = table.size
    ranked = list(enumerate(table.top(p["top"], jids), 1))
    if ctx.paged:  # names and evidence of the page's bodies only
        ranked = page_of_groups(ctx, [(r, 1) for r in ranked])
    top = [b for _, (b, *_) in ranked]
    info = {r["id"]: r for r in ctx.common("nodes", ids=top)}
    refs: dict[str, list] = defaultdict(list)
    if ctx.with_evidence and top:
        for r in ctx.run("evidence", ids=top, types=types):
            refs[r["body_id"]].extend(r["ev"])
    rows = []
    for rank, (b, degree, sectors, supervises) in ranked:
        rows.append(_with_evidence(ctx, {
            "rank": rank, "body": info[b]["name"], "label": info[b]["label"], "jurisdiction": info[b]["jurisdiction"],
            "degree": degree, "centrality": round(degree / (n - 1), 4) if n > 1 else 0.0,
            "sectors": sectors, "supervises": supervises}, refs[b]))
    return rows
