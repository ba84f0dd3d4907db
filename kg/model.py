"""The graph as plain data: typed nodes and relationships with evidence, over networkx.

A `KnowledgeGraph` is both what a loader returns for one document (a *fragment*)
and what the store keeps for the whole corpus: merging fragments is how the corpus
graph is built. Merging is commutative and idempotent, so loading documents twice
or in another order gives the same graph:

- aliases and evidence are sets (kept sorted);
- a property given differently by two documents keeps the value of the document
  whose id sorts first (each property remembers which document gave it).

Evidence is `(doc_id, start, end)`: character offsets into the decoded document
text. The sentence itself is looked up in the document text by the store, so it
is kept once per document and not once per fact.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import networkx as nx

from ontology.vocab import LABELS, REL_TYPES, labels_of

Evidence = tuple[str, int, int]


@lru_cache(maxsize=1 << 16)   # the loaders ask for the same few hundred ids of a report again and again
def node_id(label: str, name: str, scope: str | None = None) -> str:
    """Stable id from the label, the canonical name and the scope (a Jurisdiction id or None).

    ASCII and short, so it serves as a Neo4j key and as the tail of an IRI.
    """
    key = f"{label}|{scope or ''}|{name}".encode("utf-8")
    return f"{label.lower()}-{hashlib.sha1(key).hexdigest()[:16]}"


def document_id(name: str) -> str:
    """A Document's id depends on the file's base name only: re-ingesting a file replaces it."""
    return node_id("Document", name)


def edge_key(source: str, type_: str, target: str) -> str:
    return f"{source}|{type_}|{target}"


class KnowledgeGraph:
    """Nodes and relationships of the contract, with merge semantics (see module doc)."""

    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()
        self._by_name: dict[str, set[str]] | None = None  # name/alias -> ids, built lazily

    # -- building ------------------------------------------------------------------
    def add_node(
        self,
        label: str,
        name: str,
        *,
        scope: str | None = None,
        aliases: Iterable[str] = (),
        properties: dict[str, Any] | None = None,
        evidence: Iterable[Evidence] = (),
        id: str | None = None,
        source_doc: str | None = None,
    ) -> str:
        """Add or merge a node; returns its id. `scope` is the jurisdiction id it belongs to."""
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}; known: {', '.join(LABELS)}")
        nid = id or node_id(label, name, scope)
        evidence = {tuple(e) for e in evidence}
        doc = source_doc or _first_doc(evidence)
        props = dict(properties or {})
        if nid in self.g:
            data = self.g.nodes[nid]
            data["aliases"].update(aliases)
            data["aliases"].add(name)
            data["evidence"].update(evidence)
            _merge_properties(data, props, doc)
        else:
            self.g.add_node(
                nid,
                label=label,
                name=name,
                aliases=set(aliases) | {name},
                jurisdiction=scope,
                properties=props,
                prop_src={k: doc for k in props},
                evidence=evidence,   # the fresh set built above: no second copy
            )
        self._by_name = None
        return nid

    def add_edge(
        self,
        source: str,
        type_: str,
        target: str,
        *,
        properties: dict[str, Any] | None = None,
        evidence: Iterable[Evidence] = (),
        source_doc: str | None = None,
    ) -> None:
        if type_ not in REL_TYPES:
            raise ValueError(f"unknown relationship type {type_!r}; known: {', '.join(REL_TYPES)}")
        if source not in self.g or target not in self.g:
            raise KeyError(f"both ends must be nodes of the graph: {source} -> {target}")
        evidence = {tuple(e) for e in evidence}
        doc = source_doc or _first_doc(evidence)
        props = dict(properties or {})
        if self.g.has_edge(source, target, key=type_):
            data = self.g.edges[source, target, type_]
            data["evidence"].update(evidence)
            _merge_properties(data, props, doc)
        else:
            self.g.add_edge(source, target, key=type_, type=type_, properties=props,
                            prop_src={k: doc for k in props}, evidence=evidence)  # a fresh set

    def merge(self, other: KnowledgeGraph) -> None:
        """Merge another graph (typically one document's fragment) into this one."""
        for nid, d in other.g.nodes(data=True):
            if nid in self.g:
                data = self.g.nodes[nid]
                data["aliases"].update(d["aliases"])
                data["evidence"].update(d["evidence"])
                _merge_property_maps(data, d)
            else:
                self.g.add_node(nid, **_copy_record(d))
        for s, t, k, d in other.g.edges(keys=True, data=True):
            if self.g.has_edge(s, t, key=k):
                data = self.g.edges[s, t, k]
                data["evidence"].update(d["evidence"])
                _merge_property_maps(data, d)
            else:
                self.g.add_edge(s, t, key=k, **_copy_record(d))
        self._by_name = None

    def add_mentions(self, doc_id: str) -> None:
        """A MENTIONS edge from the Document to every node with evidence in it."""
        for nid, d in list(self.g.nodes(data=True)):
            if nid == doc_id:
                continue
            ev = {e for e in d["evidence"] if e[0] == doc_id}
            if ev:
                self.add_edge(doc_id, "MENTIONS", nid, evidence=ev, source_doc=doc_id)  # (every e[0] is doc_id)

    # -- removing ------------------------------------------------------------------
    def remove_document(self, doc_id: str, others: Iterable[KnowledgeGraph] = ()) -> None:
        """Drop the facts only `doc_id` supported; rebuild the shared ones from `others`.

        `others` are the fragments of the documents that share a node or edge with
        it: their records are merged again so that a property the removed document
        had won falls back to the next document's value.
        """
        touched_nodes = [n for n, d in self.g.nodes(data=True) if any(e[0] == doc_id for e in d["evidence"])]
        touched_edges = [(s, t, k) for s, t, k, d in self.g.edges(keys=True, data=True)
                         if any(e[0] == doc_id for e in d["evidence"])]
        # removing a node drops every edge at it, also edges only other documents gave: rebuild those too
        at_touched = {(s, t, k) for n in touched_nodes
                      for s, t, k in [*self.g.in_edges(n, keys=True), *self.g.out_edges(n, keys=True)]}
        others = list(others)
        for s, t, k in touched_edges:
            self.g.remove_edge(s, t, key=k)
        for n in touched_nodes:
            self.g.remove_node(n)
        if doc_id in self.g:
            self.g.remove_node(doc_id)
        wanted_nodes, wanted_edges = set(touched_nodes), set(touched_edges) | at_touched
        for frag in others:
            part = KnowledgeGraph()
            for n in wanted_nodes & set(frag.g.nodes):
                part.g.add_node(n, **_copy_record(frag.g.nodes[n]))
            for s, t, k, d in frag.g.edges(keys=True, data=True):
                if (s, t, k) in wanted_edges:
                    for end in (s, t):
                        if end not in part.g:
                            part.g.add_node(end, **_copy_record(frag.g.nodes[end]))
                    part.g.add_edge(s, t, key=k, **_copy_record(d))
            self.merge(part)
        self._by_name = None

    def subtract_document(self, doc_id: str, contributed: KnowledgeGraph,
                          fragment_of: Callable[[str], KnowledgeGraph]) -> bool:
        """Like `remove_document`, with the same result, but reading few other fragments.

        `contributed` is what `doc_id` merged in (its fragment). Its evidence is taken
        off every node and edge it touched; what no other document supports goes.
        Other documents' fragments (`fragment_of(doc)`) are read only for an alias or a
        property the removed document gave, in document order and only until each is
        settled: a hub such as a sector is shared by every document, and rebuilding it
        from all their fragments made each replace cost as much as the corpus.
        Returns False, changing nothing, when the graph and the fragment do not agree;
        the caller then uses `remove_document`.
        """
        g, f = self.g, contributed.g

        def rest(ev: set) -> set:
            return {e for e in ev if e[0] != doc_id}

        if any(n not in g for n in f.nodes) or any(not g.has_edge(s, t, k) for s, t, k in f.edges(keys=True)):
            return False
        gone_edges = {(s, t, k) for s, t, k in f.edges(keys=True) if not rest(g.edges[s, t, k]["evidence"])}
        gone_nodes = {n for n in f.nodes if not rest(g.nodes[n]["evidence"])}
        for n in gone_nodes:  # an edge others gave at a node only this document named: rebuild instead
            if any(e not in gone_edges for e in [*g.in_edges(n, keys=True), *g.out_edges(n, keys=True)]):
                return False
        fragments: dict[str, KnowledgeGraph] = {}

        def record(doc: str, key: Any) -> dict[str, Any] | None:
            if doc not in fragments:
                fragments[doc] = fragment_of(doc)
            fg = fragments[doc].g
            if isinstance(key, tuple):
                return fg.edges[key] if fg.has_edge(*key) else None
            return fg.nodes[key] if key in fg else None

        updates = []
        for key, data, mine in [*((n, g.nodes[n], f.nodes[n]) for n in f.nodes if n not in gone_nodes),
                                *((e, g.edges[e], f.edges[e]) for e in f.edges(keys=True) if e not in gone_edges)]:
            evidence = rest(data["evidence"])
            lost_aliases = set(mine.get("aliases", ())) - {data.get("name")} if "aliases" in data else set()
            lost_props = {k for k, src in data["prop_src"].items() if src == doc_id}
            props = {k: v for k, v in data["properties"].items() if k not in lost_props}
            src = {k: v for k, v in data["prop_src"].items() if k not in lost_props}
            found: set[str] = set()
            for doc in sorted({e[0] for e in evidence}):
                if found >= lost_aliases and all(k in src and src[k] <= doc for k in lost_props):
                    break  # settled: later documents sort after every winner found
                other = record(doc, key)
                if other is None:
                    return False
                found |= lost_aliases & other.get("aliases", set())
                _merge_property_maps({"properties": props, "prop_src": src},
                                     {"properties": {k: other["properties"][k] for k in lost_props
                                                     if k in other["properties"]},
                                      "prop_src": other["prop_src"]})
            updates.append((data, evidence, lost_aliases - found, props, src))
        for data, evidence, dropped, props, src in updates:
            data["evidence"] = evidence
            if dropped:
                data["aliases"] = data["aliases"] - dropped
            data["properties"], data["prop_src"] = props, src
        g.remove_edges_from(gone_edges)
        g.remove_nodes_from(gone_nodes)
        self._by_name = None
        return True

    # -- reading -------------------------------------------------------------------
    def __contains__(self, nid: str) -> bool:
        return nid in self.g

    def __len__(self) -> int:
        return self.g.number_of_nodes()

    def node(self, nid: str) -> dict[str, Any]:
        return self.g.nodes[nid]

    def nodes(self, label: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for nid, d in self.g.nodes(data=True):
            if label is None or label in labels_of(d["label"]):
                yield nid, d

    def edges(self, type_: str | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for s, t, k, d in self.g.edges(keys=True, data=True):
            if type_ is None or k == type_:
                yield s, t, k, d

    def find(self, name: str, *, label: str | None = None, jurisdiction: str | None = None) -> list[str]:
        """Ids of nodes whose name or alias is `name` (optionally of a label / jurisdiction id)."""
        if self._by_name is None:
            index: dict[str, set[str]] = {}
            for nid, d in self.g.nodes(data=True):
                for alias in d["aliases"] | {d["name"]}:
                    index.setdefault(alias, set()).add(nid)
            self._by_name = index
        out = []
        for nid in sorted(self._by_name.get(name, ())):
            d = self.g.nodes[nid]
            if label and label not in labels_of(d["label"]):
                continue
            if jurisdiction and d.get("jurisdiction") != jurisdiction and nid != jurisdiction:
                continue
            out.append(nid)
        return out

    def documents(self) -> list[str]:
        return sorted(n for n, d in self.g.nodes(data=True) if d["label"] == "Document")

    # -- plain data ----------------------------------------------------------------
    def to_data(self) -> dict[str, list]:
        """Plain, deterministic data (sorted), for the store file and for fragments."""
        return {"nodes": list(self.node_records()), "edges": list(self.edge_records())}

    def node_records(self) -> Iterator[dict[str, Any]]:
        """The nodes of `to_data`, one at a time (the store streams a large graph to its file)."""
        for nid in sorted(self.g.nodes):
            d = self.g.nodes[nid]
            yield {
                "id": nid, "label": d["label"], "name": d["name"], "aliases": sorted(d["aliases"]),
                "jurisdiction": d["jurisdiction"], "properties": d["properties"],
                "prop_src": d["prop_src"], "evidence": sorted(d["evidence"]),
            }

    def edge_records(self) -> Iterator[dict[str, Any]]:
        """The relationships of `to_data`, one at a time."""
        for s, t, k in sorted(self.g.edges(keys=True)):
            d = self.g.edges[s, t, k]
            yield {"source": s, "target": t, "type": k, "properties": d["properties"],
                   "prop_src": d["prop_src"], "evidence": sorted(d["evidence"])}

    @classmethod
    def from_data(cls, data: dict[str, list]) -> KnowledgeGraph:
        kg = cls()
        g = kg.g
        for n in data["nodes"]:
            g.add_node(n["id"], label=n["label"], name=n["name"], aliases=set(n["aliases"]),
                       jurisdiction=n["jurisdiction"], properties=n["properties"],
                       prop_src=n["prop_src"], evidence={tuple(e) for e in n["evidence"]})
        for e in data["edges"]:
            g.add_edge(e["source"], e["target"], key=e["type"], type=e["type"], properties=e["properties"],
                       prop_src=e["prop_src"], evidence={tuple(x) for x in e["evidence"]})
        return kg


def _first_doc(evidence: set[Evidence]) -> str:
    return min((e[0] for e in evidence), default="")


def _merge_properties(data: dict[str, Any], props: dict[str, Any], doc: str) -> None:
    _merge_property_maps(data, {"properties": props, "prop_src": {k: doc for k in props}})


def _merge_property_maps(data: dict[str, Any], other: dict[str, Any]) -> None:
    """Per property, the value from the document whose id sorts first wins (commutative)."""
    mine, src = data["properties"], data["prop_src"]
    for k, v in other["properties"].items():
        o_doc = other["prop_src"].get(k, "")
        if k not in mine or (o_doc, _sort_key(v)) < (src.get(k, ""), _sort_key(mine[k])):
            mine[k] = v
            src[k] = o_doc


def _sort_key(v: Any) -> str:
    return repr(v)


def _copy_record(d: dict[str, Any]) -> dict[str, Any]:
    out = dict(d)
    for k in ("aliases", "evidence"):
        if k in out:
            out[k] = set(out[k])
    for k in ("properties", "prop_src"):
        if k in out:
            out[k] = dict(out[k])
    return out
