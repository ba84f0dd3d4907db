"""Linked data: the graph as RDF (ontology/emkg.ttl, shapes in ontology/shapes.ttl) and SPARQL over it.

    from kg.rdf import export_rdf, sparql
    summary = export_rdf("kg-data", "graph.ttl", fmt="turtle")
    columns, rows = sparql("SELECT ?s WHERE { ?s a emkg:Sector }", "kg-data")
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

from kg.rdf.build import ExportSummary, triples
from kg.rdf.export import ENGINES, FORMATS, check_format, write
from kg.rdf.namespaces import DEFAULT_BASE, PREFIXES, check_base


def store_triples(store, base: str = DEFAULT_BASE, summary: ExportSummary | None = None):
    """The triples of a store (a path or an EmbeddedStore)."""
    from kg.api import open_store

    st = open_store(store)
    return triples(st.graph, st.text, check_base(base), summary)


def export_rdf(store, out: str | os.PathLike[str], fmt: str = "turtle", *, base: str = DEFAULT_BASE,
               engine: str = "oxigraph", progress: Callable[[int], None] | None = None) -> ExportSummary:
    """Write the store's graph as RDF to `out`; returns what was written (counts, codes found).
    `progress(triples_so_far)` is called now and then (a large store takes minutes)."""
    check_format(fmt, engine)
    summary = ExportSummary()
    if progress is not None:
        progress(0)  # before the graph is read, which is most of the wait on a large store
    stream = store_triples(store, base, summary)
    if progress is not None:
        stream = _reporting(stream, progress)
    write(stream, out, fmt, engine=engine, base=check_base(base))
    return summary


def _reporting(triples: Iterator[Any], progress: Callable[[int], None], every: int = 20_000) -> Iterator[Any]:
    n = 0
    for n, t in enumerate(triples, 1):
        if n % every == 0:
            progress(n)
        yield t
    progress(n)


def sparql(query: str, store, *, base: str = DEFAULT_BASE, params: dict[str, Any] | None = None):
    """Run SPARQL over the store's export; see kg.rdf.sparql_engine.run."""
    from kg.rdf.sparql_engine import run

    return run(query, store_triples(store, base), params=params, base=base)


__all__ = ["export_rdf", "sparql", "store_triples", "triples", "ExportSummary", "FORMATS", "ENGINES",
           "DEFAULT_BASE", "PREFIXES"]
