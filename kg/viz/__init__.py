"""See the graph: one self-contained HTML file with an interactive network.

    import kg.viz
    kg.viz.render_html("kg-data", out="graph.html")                      # whole graph
    kg.viz.render_html("kg-data", jurisdiction="某某区", out="district.html")
    kg.viz.render_html("kg-data", query="responsible", params={"sector": "消防"}, out="q.html")

`graph_view` picks the nodes and relationships to draw and returns them as plain
data; `to_html` turns that data into the page. The page inlines vis-network's
JavaScript from the pyvis package's folder, so it opens without a network.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KGError, QueryError
from kg.model import KnowledgeGraph
from kg.store import DEFAULT_STORE, EmbeddedStore
from ontology.vocab import LABELS, REL_TYPES, labels_of

StoreLike = str | os.PathLike[str] | EmbeddedStore

# Too many to draw and say little on their own: every node has a MENTIONS edge from its Document.
HIDDEN_LABELS = ("Document",)
HIDDEN_TYPES = ("MENTIONS",)


# -- choosing what to draw -------------------------------------------------------------
def select_all(g: KnowledgeGraph) -> set[str]:
    return {nid for nid, d in g.nodes() if d["label"] not in HIDDEN_LABELS}


def select_jurisdiction(g: KnowledgeGraph, jurisdiction: str) -> set[str]:
    """A jurisdiction (by name, alias or id), the nodes scoped to it or located in it (transitively),
    and their neighbours. A name two jurisdictions share draws both."""
    if jurisdiction in g and g.node(jurisdiction)["label"] == "Jurisdiction":
        found = [jurisdiction]
    else:
        found = g.find(jurisdiction, label="Jurisdiction")
    if not found:
        known = sorted(d["name"] for _, d in g.nodes("Jurisdiction"))
        hint = f"; jurisdictions in the store: {', '.join(known[:20])}" if known else " (the store has none)"
        raise QueryError(f"no jurisdiction named {jurisdiction!r}{hint}")
    core = set(found)
    frontier = list(found)
    while frontier:  # places located in it, places located in those, ...
        place = frontier.pop()
        for s, _, k in g.g.in_edges(place, keys=True):
            if k == "LOCATED_IN" and s not in core:
                core.add(s)
                frontier.append(s)
    core |= {nid for nid, d in g.nodes() if d.get("jurisdiction") in core}
    around = set(core)
    for nid in core:
        for _, t, k in g.g.out_edges(nid, keys=True):
            if k not in HIDDEN_TYPES:
                around.add(t)
        for s, _, k in g.g.in_edges(nid, keys=True):
            if k not in HIDDEN_TYPES:
                around.add(s)
    return {n for n in around if g.node(n)["label"] not in HIDDEN_LABELS}


def select_rows(g: KnowledgeGraph, rows: Iterable[Any]) -> set[str]:
    """The nodes a query's rows name, row by row: values that are node ids, and names or aliases.

    A name already covered by an id in the same row adds nothing. A name several nodes share
    (every district has a 区应急管理局) is narrowed to the nodes whose jurisdiction the row
    also names; when the row names none of theirs, all of them are drawn.
    """
    keep: set[str] = set()
    for row in rows:
        values = {v for v in _leaves(row) if isinstance(v, str) and v}
        ids = {v for v in values if v in g}
        covered = {a for nid in ids for a in g.node(nid)["aliases"] | {g.node(nid)["name"]}}
        for name in values - ids - covered:
            found = g.find(name)
            if len(found) > 1:
                here = [n for n in found if _jurisdiction_names(g, n) & values]
                found = here or found
            keep.update(found)
        keep |= ids
    return {n for n in keep if g.node(n)["label"] not in HIDDEN_LABELS}


def _jurisdiction_names(g: KnowledgeGraph, nid: str) -> set[str]:
    j = g.node(nid).get("jurisdiction")
    if not j or j not in g:
        return set()
    return set(g.node(j)["aliases"]) | {g.node(j)["name"]}


def _leaves(value: Any) -> Iterable[Any]:
    if isinstance(value, Mapping):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, (list, tuple, set)):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


def run_query(store: EmbeddedStore, name: str, params: Mapping[str, Any] | None) -> list[Any]:
    try:
        import queries
    except ImportError as exc:
        raise QueryError("canned queries are not available in this installation") from exc
    run = getattr(queries, "run", None)
    if run is None:
        raise QueryError("canned queries are not available in this installation (queries.run is missing)")
    return list(run(name, dict(params or {}), store=store))


# -- the view as plain data ------------------------------------------------------------
def graph_view(
    store: StoreLike = DEFAULT_STORE,
    *,
    jurisdiction: str | None = None,
    query: str | None = None,
    params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Nodes and relationships to draw, with colours, Chinese names and evidence sentences.

    Default: the whole graph without Document nodes and MENTIONS edges. `jurisdiction`
    keeps one jurisdiction's nodes and their neighbours; `query` keeps the nodes a
    canned query's rows name. Relationships are those between the kept nodes.
    """
    if jurisdiction and query:
        raise QueryError("give either a jurisdiction or a query, not both")
    st = _open(store)
    g = st.graph
    if query:
        keep = select_rows(g, run_query(st, query, params))
        title = f"查询 {query}"
    elif jurisdiction:
        keep = select_jurisdiction(g, jurisdiction)
        title = f"{jurisdiction} 及其关联"
    else:
        keep = select_all(g)
        title = "应急管理知识图谱"
    palette = _palette()
    names = {nid: d["name"] for nid, d in g.nodes()}
    nodes = []
    for nid in sorted(keep):
        d = g.node(nid)
        nodes.append({
            "id": nid, "name": d["name"], "label": d["label"], "labels": labels_of(d["label"]),
            "label_zh": LABELS[d["label"]][0], "color": palette.get(d["label"], palette["default"]),
            "aliases": sorted(a for a in d["aliases"] if a != d["name"]),
            "jurisdiction": names.get(d.get("jurisdiction")) or d.get("jurisdiction"),
            "properties": d["properties"], "evidence": _evidence(st, d["evidence"]),
        })
    edges = []
    for s, t, k in sorted(g.g.edges(keys=True)):
        if k in HIDDEN_TYPES or s not in keep or t not in keep:
            continue
        d = g.g.edges[s, t, k]
        edges.append({"source": s, "target": t, "type": k, "type_zh": REL_TYPES[k][0],
                      "properties": d["properties"], "evidence": _evidence(st, d["evidence"])})
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["label"]] = counts.get(n["label"], 0) + 1
    legend = [{"label": label, "label_zh": LABELS[label][0], "color": palette.get(label, palette["default"]),
               "count": counts[label]} for label in LABELS if label in counts]
    return {"title": title, "nodes": nodes, "edges": edges, "legend": legend}


def _open(store: StoreLike) -> EmbeddedStore:
    from kg.api import open_store

    return open_store(store)


def _evidence(st: EmbeddedStore, evidence: Iterable[tuple[str, int, int]]) -> list[dict[str, Any]]:
    out = []
    for ev in sorted(evidence):
        item = st.evidence(ev)
        info = st.documents.get(ev[0])
        out.append({"doc": info["name"] if info else ev[0], "start": ev[1], "end": ev[2],
                    "text": item["text"].strip()})
    return out


# -- the page --------------------------------------------------------------------------
def to_html(view: Mapping[str, Any]) -> str:
    """One self-contained page: the view's data and vis-network's JavaScript inlined."""
    # "</script" or "<!--" inside a <script> would end or confuse it: write every "<" as \u003c,
    # which means the same in JSON.
    data = json.dumps(view, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    title = _html_escape(view.get("title", "knowledge graph"))
    page = _template()
    # Data and library go in last, so placeholders never get searched for inside them.
    page = page.replace("__KG_TITLE__", title)
    head, _, tail = page.partition("__KG_DATA__")
    tail_head, _, tail_tail = tail.partition("__KG_VIS_JS__")
    return head + data + tail_head + _vis_js() + tail_tail


def render_html(
    store: StoreLike = DEFAULT_STORE,
    *,
    jurisdiction: str | None = None,
    query: str | None = None,
    params: Mapping[str, Any] | None = None,
    out: str | os.PathLike[str] | None = None,
) -> str:
    """The interactive page for the whole graph, one jurisdiction, or a query's answer.
    Written to `out` when given; returned either way."""
    page = to_html(graph_view(store, jurisdiction=jurisdiction, query=query, params=params))
    if out is not None:
        Path(out).write_text(page, encoding="utf-8")
    return page


def _html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@cache
def _template() -> str:
    return resources.files(__package__).joinpath("template.html").read_text(encoding="utf-8")


@cache
def _palette() -> dict[str, str]:
    data = json.loads(resources.files(__package__).joinpath("palette.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def _vis_js() -> str:
    """vis-network's standalone build as shipped inside the pyvis package (no CDN at view time)."""
    try:
        import pyvis
    except ImportError as exc:
        raise KGError("the HTML view needs the pyvis package (pip install pyvis)") from exc
    lib = Path(pyvis.__file__).parent / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"), key=lambda p: _version(p.parent.name))
    if not found:
        raise KGError(f"vis-network.min.js not found under {lib}")
    js = found[-1].read_text(encoding="utf-8")
    if "</script" in js.lower():
        raise KGError(f"{found[-1]} cannot be inlined: it contains a closing script tag")
    return js


def _version(folder: str) -> tuple[int, ...]:
    return tuple(int(p) for p in folder.removeprefix("vis-").split(".") if p.isdigit())


__all__ = ["render_html", "graph_view", "to_html", "select_all", "select_jurisdiction", "select_rows"]
