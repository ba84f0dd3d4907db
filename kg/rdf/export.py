"""Writing the triples in a format, with one of two engines behind the same call.

pyoxigraph (Rust) is the default: it streams the triples to the file. rdflib builds a
graph in memory first and serialises in Python; it stays available (`engine="rdflib"`) as
the reference engine and for comparison (benchmarks/rdf_export.py measures both).
"""
from __future__ import annotations

import io
import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdf.namespaces import PREFIXES

# format name -> (pyoxigraph format, rdflib format name, file suffix)
FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "turtle", ".ttl"),
    "nt": (ox.RdfFormat.N_TRIPLES, "nt", ".nt"),
    "jsonld": (ox.RdfFormat.JSON_LD, "json-ld", ".jsonld"),
    "xml": (ox.RdfFormat.RDF_XML, "xml", ".rdf"),
}
ENGINES = ("oxigraph", "rdflib")


def check_format(fmt: str, engine: str = "oxigraph") -> None:
    if fmt not in FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")


def write(triples: Iterable[ox.Triple], out: str | os.PathLike[str] | io.BufferedIOBase, fmt: str,
          engine: str = "oxigraph", base: str | None = None) -> None:
    """Serialise `triples` to a path or binary file object."""
    check_format(fmt, engine)
    ox_format, rdflib_format, _ = FORMATS[fmt]
    prefixes = dict(PREFIXES, id=base) if base else dict(PREFIXES)
    if engine == "oxigraph":
        target = str(out) if isinstance(out, (str, Path)) else out
        # JSON-LD from pyoxigraph takes no prefixes (it writes full IRIs).
        kwargs = {"prefixes": prefixes} if fmt in ("turtle", "xml") else {}
        ox.serialize(triples, target, ox_format, **kwargs)
        return
    g = to_rdflib(triples)
    for p, ns in prefixes.items():
        g.bind(p, ns, override=True)
    data = g.serialize(format=rdflib_format, encoding="utf-8")
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def to_rdflib(triples: Iterable[ox.Triple]):
    """An rdflib Graph of pyoxigraph triples (IRIs and literals only: the export has no blank nodes)."""
    import rdflib

    uris: dict[str, rdflib.URIRef] = {}

    def term(x):
        if isinstance(x, ox.NamedNode):
            u = uris.get(x.value)
            if u is None:
                u = uris[x.value] = rdflib.URIRef(x.value)
            return u
        if x.language:
            return rdflib.Literal(x.value, lang=x.language)
        dt = x.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(x.value)
        return rdflib.Literal(x.value, datatype=term(x.datatype))

    g = rdflib.Graph()
    add = g.add
    for t in triples:
        add((term(t.subject), term(t.predicate), term(t.object)))
    return g
