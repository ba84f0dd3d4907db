"""The OWL ontology (ontology/emkg.ttl) as Python data: classes, properties and their alignments.

The exporter writes, for every class and property of ours, the standard super-classes and
super-properties the ontology names, so consumers can query by org:, schema:, prov: terms
without a reasoner. Reading them from the Turtle keeps the alignment in one place.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.rdf.namespaces import EMKG, OWL, RDFS


def ontology_path(name: str = "emkg.ttl"):
    return resources.files("ontology").joinpath(name)


@lru_cache(maxsize=None)
def ontology_graph(name: str = "emkg.ttl"):
    import rdflib

    g = rdflib.Graph()
    g.parse(data=ontology_path(name).read_text(encoding="utf-8"), format="turtle")
    return g


def _closure(relation: str) -> dict[str, tuple[str, ...]]:
    """term -> all its named super-terms under `relation` (transitive, itself excluded)."""
    import rdflib

    g = ontology_graph()
    direct: dict[str, set[str]] = {}
    for s, o in g.subject_objects(rdflib.URIRef(relation)):
        if isinstance(s, rdflib.URIRef) and isinstance(o, rdflib.URIRef):
            direct.setdefault(str(s), set()).add(str(o))
    out = {}
    for term in direct:
        seen, todo = set(), list(direct[term])
        while todo:
            t = todo.pop()
            if t not in seen:
                seen.add(t)
                todo.extend(direct.get(t, ()))
        out[term] = tuple(sorted(seen))
    return out


@lru_cache(maxsize=None)
def super_classes() -> dict[str, tuple[str, ...]]:
    return _closure(RDFS + "subClassOf")


@lru_cache(maxsize=None)
def super_properties() -> dict[str, tuple[str, ...]]:
    return _closure(RDFS + "subPropertyOf")


def declared(kind: str) -> set[str]:
    """IRIs of our namespace declared as owl:Class / owl:ObjectProperty / owl:DatatypeProperty."""
    import rdflib

    g = ontology_graph()
    return {str(s) for s in g.subjects(rdflib.RDF.type, rdflib.URIRef(OWL + kind))
            if str(s).startswith(EMKG)}

