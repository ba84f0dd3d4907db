"""SPARQL over the export, in pyoxigraph's in-memory store (no file written, no server).

Queries may use the prefixes of kg.rdf.namespaces.PREFIXES (and `id:` for the data base)
without declaring them. Parameters are bound with SPARQL substitutions (SEP-0007), never
spliced into the text.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES


@dataclass
class SparqlResult:
    kind: str  # "select", "ask" or "construct"
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]


def canned_queries() -> dict[str, str]:
    """name -> text of the SPARQL files shipped in kg/rdf/queries."""
    folder = resources.files("kg.rdf").joinpath("queries")
    return {p.name.removesuffix(".rq"): p.read_text(encoding="utf-8")
            for p in folder.iterdir() if p.name.endswith(".rq")}


def resolve_query(query_or_file: str) -> str:
    """A query's text from the text itself, a file path or the name of a canned query."""
    canned = canned_queries()
    if query_or_file in canned:
        return canned[query_or_file]
    path = Path(query_or_file)
    if len(query_or_file) < 4096 and "\n" not in query_or_file and path.is_file():
        return path.read_text(encoding="utf-8")
    return query_or_file


def load(triples: Iterable[ox.Triple]) -> ox.Store:
    store = ox.Store()  # in memory
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return store


def _term(value: Any) -> ox.NamedNode | ox.Literal:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(PREFIXES["xsd"] + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
    text = str(value)
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    return ox.Literal(text)


def plain(term: Any) -> Any:
    """A result term as plain Python: IRIs and literals as their string value, unbound as None."""
    if term is None:
        return None
    return term.value


def run(query: str, triples: Iterable[ox.Triple] | ox.Store, *, params: dict[str, Any] | None = None,
        base: str | None = None) -> SparqlResult:
    store = triples if isinstance(triples, ox.Store) else load(triples)
    prefixes = dict(PREFIXES, id=base) if base else dict(PREFIXES)
    subs = {ox.Variable(k): _term(v) for k, v in (params or {}).items()}
    try:
        result = store.query(resolve_query(query), prefixes=prefixes, substitutions=subs)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except RuntimeError as exc:  # e.g. a parameter the query does not select (substitution needs it)
        raise QueryError(f"SPARQL query failed: {exc}") from exc
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [[plain(sol[c]) for c in columns] for sol in result]
        return SparqlResult("select", columns=columns, rows=rows)
    return SparqlResult("construct", triples=list(result))
