"""Where a query's statements run: the embedded store (networkx) or a Bolt database.

Both backends offer the same three things, so the shaping in `queries/answers.py`
never knows which store it reads:

- `statement(query, name, params)`: the raw rows of one statement;
- `evidence(refs, limit)`: evidence references -> [{doc, text}], sorted by
  document id and offset, at most `limit` items (None: all);
- `close()`.

Evidence references are opaque to the shaping: (doc id, start, end) tuples on
the embedded store, (doc id, start, text) tuples from the database. Only the few
a row shows are turned into sentences.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.errors import QueryError
from kg.model import KnowledgeGraph
from kg.store import EmbeddedStore
from queries import embedded
from queries.registry import get, shared_statements

Ref = tuple[str, int, Any]
ID_CHUNK = 40  # ids per statement on servers with a statement size limit (~30 bytes an id)


def _pick(refs: Iterable[Ref], limit: int | None) -> list[Ref]:
    """Distinct references in (document id, offset) order, at most `limit`.
    Plain tuple sorting: rows of a large answer each pick from many references."""
    if not isinstance(refs, (list, tuple)):
        refs = list(refs)
    if len(refs) < 2:  # most rows have one sentence: nothing to sort
        return list(refs[:limit])
    out: list[Ref] = []
    last = None
    for ref in sorted(set(refs)):
        if (ref[0], ref[1]) != last:
            out.append(ref)
            last = (ref[0], ref[1])
            if limit is not None and len(out) == limit:
                break
    return out


class EmbeddedBackend:
    """Statements answered by `queries/embedded.py` over a store's (or a bare graph's) networkx graph."""

    def __init__(self, source: EmbeddedStore | KnowledgeGraph) -> None:
        self.store = source if isinstance(source, EmbeddedStore) else None
        self.kg = source.graph if isinstance(source, EmbeddedStore) else source
        self._documents = self.store.documents if self.store else {}  # doc id -> {name, text, ...}

    def statement(self, query: str, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        fn = embedded.STATEMENTS.get(f"{query}:{name}")
        if fn is None:
            raise QueryError(f"query {query} has no embedded implementation of statement {name!r}")
        return fn(embedded.index_for(self.kg), params)

    def doc_name(self, doc: str) -> str:
        if doc in self._documents:
            return self._documents[doc]["name"]
        return self.kg.node(doc)["name"] if doc in self.kg else doc

    def evidence(self, refs: Iterable[Ref], limit: int | None) -> list[dict[str, Any]]:
        out = []
        documents = self._documents  # locals: this runs once per row, thousands of times per answer
        for doc, start, end in _pick(refs, limit):
            info = documents.get(doc)
            if info is not None:
                out.append({"doc": info["name"], "text": self.store.text(doc)[start:end]})
            else:  # a bare graph, or evidence in a document the store does not hold
                out.append({"doc": self.doc_name(doc), "text": None})
        return out

    def close(self) -> None:
        pass


class Neo4jBackend:
    """Statements run as Cypher in read transactions, through kg.neo4j_store.Neo4jGraph."""

    def __init__(self, target: Any, database: str | None = None) -> None:
        from kg.neo4j_store import Neo4jGraph, connect

        if isinstance(target, Neo4jGraph):
            self.graph, self._owns = target, False
        elif isinstance(target, str):  # a URI; the rest from NEO4J_* variables
            self.graph, self._owns = connect(target, database=database), True
        elif target is True or target is None:
            self.graph, self._owns = connect(database=database), True
        else:  # an open neo4j.Driver
            self.graph, self._owns = Neo4jGraph(driver=target, database=database), False
        self._doc_names: dict[str, str] = {}

    def statement(self, query: str, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        cypher = shared_statements()[name] if query == "_common" else get(query).statements[name]
        rows = []
        for part in self._parts(params):
            rows.extend(self.graph.run_read(cypher, part))
        for row in rows:
            if "ev" in row:
                row["ev"] = _refs(row["ev"])
        return rows

    def _parts(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """The parameters, with a long id list split over several statements when the server
        limits a statement's size (FalkorDB: about 4 KB). Statements taking `ids` or `frontier`
        give rows per id, so the parts' rows together are the whole answer."""
        limit = getattr(self.graph, "statement_limit", lambda: None)()
        key = next((k for k in ("ids", "frontier") if isinstance(params.get(k), list)), None)
        if not limit or key is None or len(params[key]) <= ID_CHUNK:
            return [params]
        ids = params[key]
        return [{**params, key: ids[i:i + ID_CHUNK]} for i in range(0, len(ids), ID_CHUNK)]

    def doc_name(self, doc: str) -> str:
        return self._doc_names.get(doc, doc)

    def evidence(self, refs: Iterable[Ref], limit: int | None) -> list[dict[str, Any]]:
        refs = list(refs)
        missing = sorted({r[0] for r in refs} - set(self._doc_names))
        if missing:
            for row in self.statement("_common", "documents", {"ids": missing}):
                self._doc_names[row["id"]] = row["name"]
        return [{"doc": self.doc_name(doc), "text": text} for doc, _, text in _pick(refs, limit)]

    def close(self) -> None:
        if self._owns:
            self.graph.close()


def _refs(value: Any) -> list[Ref]:
    """{doc: [...], start: [...], text: [...]} (or a list of them) -> [(doc, start, text)]."""
    if value is None:
        return []
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    docs, starts, texts = value.get("doc") or [], value.get("start") or [], value.get("text") or []
    return [(d, s, t) for d, s, t in zip(docs, starts, texts)]
