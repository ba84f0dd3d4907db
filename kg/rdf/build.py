"""The graph as RDF triples (pyoxigraph terms), following ontology/emkg.ttl.

For each node <base><id>:
    rdf:type emkg:<Label> for each of its labels, plus the standard super-classes the ontology names;
    emkg:label, rdfs:label and skos:prefLabel (name @zh), skos:altLabel (other aliases @zh),
    dcterms:identifier (the id), emkg:jurisdiction, its properties (emkg:<key>), prov:wasDerivedFrom
    each Document it has evidence in, emkg:adcode for Jurisdictions whose code is known.
For each relationship:
    a direct triple <source> emkg:<type in camelCase> <target> (plus its standard super-properties);
    a statement node <base>relationship-<hash> (emkg:Relationship, an rdf:Statement) with
    rdf:subject/predicate/object, emkg:relationshipType, its properties and prov:wasDerivedFrom;
    MEMBER_OF statements are also org:Membership (org:member, org:organization),
    HOLDS_POST statements are also org:Post (org:heldBy, org:postIn, title as skos:prefLabel).
For each evidence item (doc, start, end), one oa:Annotation <base>evidence-<doc>-<start>-<end>
    whose oa:hasBody are the nodes and statements it supports and whose target selects the
    sentence in the Document by oa:TextQuoteSelector (exact) and oa:TextPositionSelector.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from pyoxigraph import Literal, NamedNode, Triple

from kg.model import KnowledgeGraph, edge_key
from kg.rdf.adcodes import CodeMatch, match_jurisdictions
from kg.rdf.namespaces import DCTERMS, EMKG, OA, ORG, PROV, RDF, RDFS, SKOS, XSD, camel
from kg.rdf.ontology import super_classes, super_properties
from ontology.vocab import labels_of

_N = NamedNode
TYPE = _N(RDF + "type")
XSD_INT = _N(XSD + "integer")
XSD_NNI = _N(XSD + "nonNegativeInteger")
XSD_BOOL = _N(XSD + "boolean")
XSD_DOUBLE = _N(XSD + "double")


def _p(ns: str, local: str) -> NamedNode:
    return _N(ns + local)


P = {name: _p(ns, local) for name, (ns, local) in {
    "label": (RDFS, "label"), "prefLabel": (SKOS, "prefLabel"), "altLabel": (SKOS, "altLabel"),
    "inScheme": (SKOS, "inScheme"), "identifier": (DCTERMS, "identifier"),
    "emkgLabel": (EMKG, "label"), "jurisdiction": (EMKG, "jurisdiction"), "adcode": (EMKG, "adcode"),
    "relType": (EMKG, "relationshipType"), "derived": (PROV, "wasDerivedFrom"),
    "subject": (RDF, "subject"), "predicate": (RDF, "predicate"), "object": (RDF, "object"),
    "member": (ORG, "member"), "organization": (ORG, "organization"),
    "heldBy": (ORG, "heldBy"), "postIn": (ORG, "postIn"),
    "hasBody": (OA, "hasBody"), "hasTarget": (OA, "hasTarget"), "hasSource": (OA, "hasSource"),
    "hasSelector": (OA, "hasSelector"), "exact": (OA, "exact"), "start": (OA, "start"), "end": (OA, "end"),
    "motivatedBy": (OA, "motivatedBy"),
}.items()}
C = {name: _p(ns, local) for name, (ns, local) in {
    "Relationship": (EMKG, "Relationship"), "Statement": (RDF, "Statement"), "Entity": (PROV, "Entity"),
    "Membership": (ORG, "Membership"), "Post": (ORG, "Post"), "Scheme": (SKOS, "ConceptScheme"),
    "Annotation": (OA, "Annotation"), "SpecificResource": (OA, "SpecificResource"),
    "Quote": (OA, "TextQuoteSelector"), "Position": (OA, "TextPositionSelector"), "describing": (OA, "describing"),
}.items()}


@dataclass
class ExportSummary:
    """What an export wrote, for the command's summary line and the tests."""

    nodes: int = 0
    relationships: int = 0
    evidence: int = 0
    triples: int = 0
    jurisdictions: int = 0
    adcodes: dict[str, CodeMatch] = field(default_factory=dict)  # Jurisdiction id -> code


class _Terms:
    """NamedNodes made once per IRI: the same class/property IRIs recur millions of times."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._cache: dict[str, NamedNode] = {}
        self._sc, self._sp = super_classes(), super_properties()
        self.class_types: dict[str, list[NamedNode]] = {}  # label -> our classes and their standard supers
        self.rel_props: dict[str, list[NamedNode]] = {}  # type -> our property and its standard supers
        self.prop_preds: dict[str, list[NamedNode]] = {}  # property key -> the same for node properties

    def iri(self, local: str) -> NamedNode:
        n = self._cache.get(local)
        if n is None:
            n = self._cache[local] = _N(self.base + local)
        return n

    def types(self, label: str) -> list[NamedNode]:
        if label not in self.class_types:
            iris: list[str] = []
            for lab in labels_of(label):
                for iri in (EMKG + lab, *self._sc.get(EMKG + lab, ())):
                    if iri not in iris:
                        iris.append(iri)
            self.class_types[label] = [_N(i) for i in iris]
        return self.class_types[label]

    def rel(self, type_: str) -> list[NamedNode]:
        if type_ not in self.rel_props:
            iri = EMKG + camel(type_)
            self.rel_props[type_] = [_N(i) for i in (iri, *self._sp.get(iri, ()))]
        return self.rel_props[type_]

    def prop(self, key: str) -> list[NamedNode]:
        if key not in self.prop_preds:
            local = "".join(c if c.isascii() and (c.isalnum() or c in "_-") else "_" for c in key) or "_"
            iri = EMKG + local
            self.prop_preds[key] = [_N(i) for i in (iri, *self._sp.get(iri, ()))]
        return self.prop_preds[key]


def _literals(value: Any) -> list[Literal]:
    """A property value as literals: lists give one literal per item, None gives none."""
    if value is None:
        return []
    if isinstance(value, bool):
        return [Literal("true" if value else "false", datatype=XSD_BOOL)]
    if isinstance(value, int):
        return [Literal(str(value), datatype=XSD_INT)]
    if isinstance(value, float):
        return [Literal(repr(value), datatype=XSD_DOUBLE)]
    if isinstance(value, (list, tuple, set)):
        return [lit for v in value for lit in _literals(v)]
    if isinstance(value, dict):
        return [Literal(orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode())]
    return [Literal(str(value))]


_NODE_ID = re.compile(r"^[a-z]+-[0-9a-f]{16}$")


def _values(value: Any, t: _Terms) -> list[Literal | NamedNode]:
    """A property value as RDF terms: a node id (e.g. a Document's `jurisdiction`) is a link, not text."""
    if isinstance(value, str) and _NODE_ID.match(value):
        return [t.iri(value)]
    return _literals(value)


def statement_local(source: str, type_: str, target: str) -> str:
    return "relationship-" + hashlib.sha1(edge_key(source, type_, target).encode()).hexdigest()[:16]


def evidence_local(doc: str, start: int, end: int) -> str:
    return f"evidence-{doc}-{start}-{end}"


def triples(kg: KnowledgeGraph, text_of: Callable[[str], str], base: str,
            summary: ExportSummary | None = None) -> Iterator[Triple]:
    """All triples of the export, in a stable order (nodes, relationships, evidence by id)."""
    summary = summary if summary is not None else ExportSummary()
    t = _Terms(base)
    g = kg.g
    codes = match_jurisdictions(kg)
    summary.adcodes = codes
    bodies: dict[tuple[str, int, int], list[NamedNode]] = {}  # evidence -> what it supports
    sector_scheme = t.iri("sectors")
    n_triples = 0

    def emit(s, p, o):
        nonlocal n_triples
        n_triples += 1
        return Triple(s, p, o)

    # The sector scheme: SKOS concepts need a scheme to belong to.
    yield emit(sector_scheme, TYPE, C["Scheme"])
    yield emit(sector_scheme, P["label"], Literal("行业领域与灾种", language="zh"))
    yield emit(sector_scheme, P["label"], Literal("Sectors and hazards", language="en"))

    for nid in sorted(g.nodes):
        d = g.nodes[nid]
        s = t.iri(nid)
        summary.nodes += 1
        summary.jurisdictions += d["label"] == "Jurisdiction"
        for c in t.types(d["label"]):
            yield emit(s, TYPE, c)
        name = Literal(d["name"], language="zh")
        yield emit(s, P["emkgLabel"], Literal(d["label"]))
        yield emit(s, P["label"], name)
        yield emit(s, P["prefLabel"], name)
        for alias in sorted(d["aliases"]):
            if alias != d["name"]:
                yield emit(s, P["altLabel"], Literal(alias, language="zh"))
        yield emit(s, P["identifier"], Literal(nid))
        if d.get("jurisdiction"):
            yield emit(s, P["jurisdiction"], t.iri(d["jurisdiction"]))
        for key, value in sorted(d["properties"].items()):
            if key == "adcode":
                continue  # written once below, from the code match (which keeps a given code)
            for pred in t.prop(key):
                for obj in _values(value, t):
                    yield emit(s, pred, obj)
        if nid in codes:
            yield emit(s, P["adcode"], Literal(codes[nid].adcode))
        if d["label"] == "Sector":
            yield emit(s, P["inScheme"], sector_scheme)
        for doc in sorted({e[0] for e in d["evidence"]} - {nid}):
            yield emit(s, P["derived"], t.iri(doc))
        for ev in d["evidence"]:
            bodies.setdefault(ev, []).append(s)

    for src, tgt, type_ in sorted(g.edges(keys=True)):
        d = g.edges[src, tgt, type_]
        summary.relationships += 1
        s, o = t.iri(src), t.iri(tgt)
        props = t.rel(type_)
        for pred in props:
            yield emit(s, pred, o)
        st = t.iri(statement_local(src, type_, tgt))
        yield emit(st, TYPE, C["Relationship"])
        yield emit(st, TYPE, C["Statement"])
        yield emit(st, TYPE, C["Entity"])
        yield emit(st, P["subject"], s)
        yield emit(st, P["predicate"], props[0])
        yield emit(st, P["object"], o)
        yield emit(st, P["relType"], Literal(type_))
        if type_ == "MEMBER_OF":
            yield emit(st, TYPE, C["Membership"])
            yield emit(st, P["member"], s)
            yield emit(st, P["organization"], o)
        elif type_ == "HOLDS_POST":
            yield emit(st, TYPE, C["Post"])
            yield emit(st, P["heldBy"], s)
            yield emit(st, P["postIn"], o)
            if d["properties"].get("title"):
                yield emit(st, P["prefLabel"], Literal(str(d["properties"]["title"]), language="zh"))
        for key, value in sorted(d["properties"].items()):
            for pred in t.prop(key):
                for obj in _values(value, t):
                    yield emit(st, pred, obj)
        for doc in sorted({e[0] for e in d["evidence"]}):
            yield emit(st, P["derived"], t.iri(doc))
        for ev in d["evidence"]:
            bodies.setdefault(ev, []).append(st)

    for ev in sorted(bodies):
        doc, start, end = ev
        summary.evidence += 1
        a = t.iri(evidence_local(doc, start, end))
        target, quote, pos = (_N(a.value + suffix) for suffix in ("-target", "-quote", "-position"))
        yield emit(a, TYPE, C["Annotation"])
        yield emit(a, P["motivatedBy"], C["describing"])
        for b in bodies[ev]:
            yield emit(a, P["hasBody"], b)
        yield emit(a, P["hasTarget"], target)
        yield emit(target, TYPE, C["SpecificResource"])
        yield emit(target, P["hasSource"], t.iri(doc))
        yield emit(target, P["hasSelector"], quote)
        yield emit(target, P["hasSelector"], pos)
        yield emit(quote, TYPE, C["Quote"])
        yield emit(quote, P["exact"], Literal(text_of(doc)[start:end]))
        yield emit(pos, TYPE, C["Position"])
        yield emit(pos, P["start"], Literal(str(start), datatype=XSD_NNI))
        yield emit(pos, P["end"], Literal(str(end), datatype=XSD_NNI))
    summary.triples = n_triples
