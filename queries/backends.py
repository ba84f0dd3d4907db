"""Where a query's statements run: the embedded store (SQLite or networkx) or a Bolt database.

Both backends offer the same three things, so the shaping in `queries/answers.py`
never knows which store it reads:

- `statement(query, name, params)`: the raw rows of one statement;
- `evidence_many(requests, limit)`: per row, its evidence references -> [{doc, text}],
  sorted by document id and offset, at most `limit` items (None: all), for all the
  rows of an answer at once (`evidence(refs, limit)` for one);
- `close()`.

Evidence references are opaque to the shaping: (doc id, start, end) tuples on
a networkx graph, owner keys (node id or edge key) on SQLite, (doc id, start,
text) tuples from the database. Only the few
a row shows are turned into sentences.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.errors import QueryError
from kg.model import KnowledgeGraph
from kg.store import EmbeddedStore
from queries import embedded
from queries.readers import pick, reader_for
from queries.registry import get, shared_statements

Ref = tuple[str, int, Any]
ID_CHUNK = 40  # ids per statement on servers with a statement size limit (~30 bytes an id)


class EmbeddedBackend:
    """Statements answered by `queries/embedded.py` through a reader (`queries/readers.py`): the
    store's SQLite database when it has one, else its (or a bare graph's) networkx graph."""

    def __init__(self, source: EmbeddedStore | KnowledgeGraph, reader: Any = None) -> None:
        self.reader = reader if reader is not None else reader_for(source)

    def statement(self, query: str, name: str, params: dict[str, Any]) -> Any:
        fn = embedded.STATEMENTS.get(f"{query}:{name}")
        if fn is None:
            raise QueryError(f"query {query} has no embedded implementation of statement {name!r}")
        return fn(self.reader, params)

    def evidence_many(self, requests: list[Iterable[Ref]], limit: int | None) -> list[list[dict[str, Any]]]:
        return self.reader.evidence(requests, limit)

    def evidence(self, refs: Iterable[Ref], limit: int | None) -> list[dict[str, Any]]:
        return self.evidence_many([refs], limit)[0]

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
        limits a statement's size (FalkorDB: about 4 KB). Statements taking `ids`, `frontier` or
        `jids` (a page's jurisdictions) give rows per id, so the parts' rows together are the
        whole answer (`unplaced`, the rows of no jurisdiction, asked in the first part only)."""
        limit = getattr(self.graph, "statement_limit", lambda: None)()
        key = next((k for k in ("ids", "frontier", "jids") if isinstance(params.get(k), list)), None)
        if not limit or key is None or len(params[key]) <= ID_CHUNK:
            return [params]
        ids = params[key]
        return [{**params, key: ids[i:i + ID_CHUNK], **({"unplaced": False} if i and "unplaced" in params else {})}
                for i in range(0, len(ids), ID_CHUNK)]

    def doc_name(self, doc: str) -> str:
        return self._doc_names.get(doc, doc)

    def evidence_many(self, requests: list[Iterable[Ref]], limit: int | None) -> list[list[dict[str, Any]]]:
        """The text comes with the rows; the documents' names in one statement for the whole answer."""
        picked = [pick(refs, limit) for refs in requests]
        missing = sorted({r[0] for refs in picked for r in refs} - set(self._doc_names))
        if missing:
            for row in self.statement("_common", "documents", {"ids": missing}):
                self._doc_names[row["id"]] = row["name"]
        return [[{"doc": self.doc_name(doc), "text": text} for doc, _, text in refs] for refs in picked]

    def evidence(self, refs: Iterable[Ref], limit: int | None) -> list[dict[str, Any]]:
        return self.evidence_many([refs], limit)[0]

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
