"""Canned queries over the knowledge graph, on the embedded store or on Neo4j/FalkorDB.

    import queries
    queries.list_queries()                      # [{name, description, params, columns}]
    queries.run("drills", {"jurisdiction": "某某区", "from": "2020-05"}, store="kg-data")
    queries.run("profile", {"name": "区应急管理局"}, neo4j=driver_or_graph_or_uri)

Each query is a `queries/<name>.cypher` file (header: name, description, typed
parameters, columns) with an embedded twin in `queries/embedded.py`; the rows are
shaped by the same code (`queries/answers.py`) on both stores, so they are equal.
"""
from __future__ import annotations

import os
from typing import Any

from kg.errors import QueryError
from queries.answers import ANSWERS, Context, lexicon
from queries.registry import Query, get, registry

DEFAULT_STORE = "kg-data"


def list_queries() -> list[dict[str, Any]]:
    """Every query with its description, parameters and columns (what `kg query list` shows)."""
    return [{"name": q.name, "description": q.description,
             "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                         "help": p.help} for p in q.params],
             "columns": list(q.columns)} for q in registry().values()]


def run(name: str, params: dict[str, Any] | None = None, *, store: Any = None, neo4j: Any = None,
        database: str | None = None, evidence: bool = True, evidence_limit: int | None = None,
        limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Rows of one query (plain dicts with the query's columns), in the query's order (docs/queries.md).

    `store`: a store folder, an EmbeddedStore or a KnowledgeGraph (default ./kg-data).
    `neo4j`: a kg.neo4j_store.Neo4jGraph, an open neo4j.Driver, a bolt URI, or True for the
    NEO4J_* environment; `database` picks the database. Parameter values are checked
    against the query's header and passed to Cypher as parameters, never into the text.
    `evidence=False` leaves the evidence column out; each row shows at most
    `evidence_limit` sentences (default from lexicon.json).
    `limit`/`offset`: rows offset .. offset+limit-1 of the answer; limit None (the default):
    every row from offset (nothing is ever cut off unless asked). `page` also gives the total.
    """
    return page(name, params, store=store, neo4j=neo4j, database=database, evidence=evidence,
                evidence_limit=evidence_limit, limit=limit, offset=offset)["rows"]


def page(name: str, params: dict[str, Any] | None = None, *, limit: int | None = None, offset: int = 0,
         store: Any = None, neo4j: Any = None, database: str | None = None, evidence: bool = True,
         evidence_limit: int | None = None) -> dict[str, Any]:
    """One page of a query's answer: {"rows", "total", "offset", "next_offset"}.

    `rows` are rows offset .. offset+limit-1 of the ordered answer (limit None: all from offset),
    `total` the answer's row count, `next_offset` where the next page starts (None after the
    last). A big answer's page is computed without computing the whole answer where the query
    allows it (shared-responsibility, compare-jurisdictions, key-bodies; docs/queries.md), and
    evidence is read for the page's rows only. Other arguments as for `run`.
    """
    query = get(name)
    bound = query.bind(params or {})
    limit, offset = check_page(limit, offset)
    if store is not None and neo4j is not None:
        raise QueryError("give either store= or neo4j=, not both")
    backend = _backend(store, neo4j, database)
    per_row = lexicon()["evidence_limit"] if evidence_limit is None else evidence_limit
    try:
        ctx = Context(backend, name, evidence, per_row or None, offset=offset, rows=limit)
        rows, total = ctx.page(ANSWERS[name](ctx, bound))
        ctx.resolve(rows)  # the page's evidence, looked up in one batch
    finally:
        backend.close()
    end = offset + len(rows)
    return {"rows": rows, "total": total, "offset": offset, "next_offset": end if rows and end < total else None}


def count(name: str, params: dict[str, Any] | None = None, **where: Any) -> int:
    """How many rows the query's answer has (a page of no rows; `where`: store=, neo4j=, database=)."""
    return page(name, params, limit=0, evidence=False, **where)["total"]


def check_page(limit: Any, offset: Any) -> tuple[int | None, int]:
    """limit (None or an int >= 0) and offset (an int >= 0), or a one-line QueryError."""
    for what, value in (("limit", limit), ("offset", offset)):
        if value is None and what == "limit":
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise QueryError(f"{what} must be a whole number >= 0, got {value!r}")
    return limit, offset


def _backend(store: Any, neo4j: Any, database: str | None):
    from queries.backends import EmbeddedBackend, Neo4jBackend

    if neo4j is not None and neo4j is not False:
        return Neo4jBackend(neo4j, database)
    from kg.model import KnowledgeGraph

    if isinstance(store, KnowledgeGraph):
        return EmbeddedBackend(store)
    from kg.api import open_store

    return EmbeddedBackend(open_store(store if store is not None else os.environ.get("KG_STORE", DEFAULT_STORE)))


def columns(name: str, evidence: bool = True) -> list[str]:
    cols = list(get(name).columns)
    return cols if evidence else [c for c in cols if c != "evidence"]


__all__ = ["run", "page", "count", "list_queries", "columns", "get", "Query", "QueryError"]
