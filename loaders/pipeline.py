"""The extraction pipeline: a document's text in, its graph fragment out.

normalise (offset map) → sentences → entities → aliases/identity → relations → fragment.
Each step is a module of its own; this one only wires them and turns normalised spans into
evidence offsets of the original text.
"""
from __future__ import annotations

import bisect
import re

from kg.model import KnowledgeGraph
from loaders import document, entities, normalise, relations, sentences
from loaders.resolve import BODIES, Resolver
from loaders.source import Source


def extract(source: Source) -> KnowledgeGraph:
    doc = source.doc_id
    norm = normalise.normalise(source.text)
    text = norm.text
    info = document.read(text)
    sents = sentences.split(text)
    mentions = entities.extract(text, info.place, info.level_char)
    reporting_key = _reporting_key(text, info, mentions)
    resolver = Resolver(doc, info, reporting_key)

    # place written before a body (X区应急管理局): the body takes the place's level and scope
    place_at_end = {m.end: m for m in mentions if m.label == "Jurisdiction"}
    resolved: list[tuple[entities.Mention, str]] = []
    for m in mentions:
        spec = resolver.resolve(m, place_at_end.get(m.start) if m.label in BODIES else None)
        if spec is not None:
            resolved.append((m, spec.id))
    reporting = None
    if reporting_key:
        spec = resolver.body_by_canonical("Department", reporting_key, info.level_char)
        reporting = spec.id
    evidence: dict[str, set] = {}
    starts = [s.start for s in sents]

    def sentence_of(m) -> sentences.Sentence | None:
        i = bisect.bisect_right(starts, m.start) - 1
        return sents[i] if i >= 0 and sents[i].start <= m.start < max(sents[i].end, m.start + 1) else None

    def span(s: sentences.Sentence) -> tuple[str, int, int]:
        a, b = norm.span(s.start, s.end)
        return (doc, a, b)

    by_sentence: dict[int, list] = {}
    for m, nid in resolved:
        s = sentence_of(m)
        if s is None:
            continue
        by_sentence.setdefault(id(s), []).append((m, nid))
        evidence.setdefault(nid, set()).add(span(s))
    all_bodies = [(m, n) for m, n in resolved if m.label in BODIES]
    edges = []
    for s in sents:
        ctx = relations.Ctx(s, by_sentence.get(id(s), []), text, reporting, info.year, resolver)
        ctx.all_bodies = all_bodies
        for rule in relations.RULES:
            edges.extend(rule(ctx))

    # the report's jurisdiction lies in its parent city (X市Y区): evidence where both are written
    if info.city and info.place and resolver.city_id in resolver.nodes:
        at = text.find(info.city + info.place)
        for s in sents:
            if at >= 0 and s.start <= at < s.end:
                edges.append(relations.Edge(resolver.juris_id, "LOCATED_IN", resolver.city_id, s))
                break
    kg = KnowledgeGraph()
    for e in edges:
        for end in (e.source, e.target):
            evidence.setdefault(end, set()).add(span(e.sentence))
    # drill dates found by the relation step live on the mention
    for m, nid in resolved:
        if m.label == "Drill":
            for k in ("date", "date_text"):
                if k in m.props:
                    resolver.nodes[nid].properties.setdefault(k, m.props[k])
    for nid in sorted(resolver.nodes):
        spec = resolver.nodes[nid]
        ev = evidence.get(nid)
        if not ev:
            continue
        kg.add_node(spec.label, spec.name, scope=_scope(spec, resolver), aliases=sorted(spec.aliases),
                    properties=dict(sorted(spec.properties.items())), evidence=ev, id=nid, source_doc=doc)
    for e in edges:
        if e.source == e.target or e.source not in kg or e.target not in kg:
            continue
        kg.add_edge(e.source, e.type, e.target, properties=e.props, evidence=[span(e.sentence)], source_doc=doc)
    _document_node(kg, source, norm, info, resolver)
    _add_scope_places(kg, resolver)
    kg.add_mentions(doc)
    return kg


def _scope(spec, resolver: Resolver) -> str | None:
    """The jurisdiction a node belongs to. A masked or unnamed place is scoped to its document only to
    keep its id apart from other reports' places; that scope is not a jurisdiction, so it is not exported."""
    scope = spec.scope
    return scope if scope in resolver.nodes and resolver.nodes[scope].label == "Jurisdiction" else None


def _add_scope_places(kg: KnowledgeGraph, resolver: Resolver) -> None:
    """Every scope a node carries names a Jurisdiction of the same fragment: a parent city or the
    placeholder province of a body (市应急管理局 in an unnamed city) joins the fragment with the
    evidence of the nodes that lie in it."""
    pending = True
    while pending:
        pending = False
        for nid, data in list(kg.nodes()):
            scope = data.get("jurisdiction")
            if scope is None or scope in kg:
                continue
            spec = resolver.nodes[scope]
            kg.add_node(spec.label, spec.name, scope=_scope(spec, resolver), aliases=sorted(spec.aliases),
                        properties=dict(sorted(spec.properties.items())), evidence=sorted(data["evidence"]),
                        id=spec.id, source_doc=resolver.doc_id)
            pending = True


def _reporting_key(text: str, info: document.DocInfo, mentions) -> str | None:
    """The body whose report this is: named in the title, or the subject of the opening sentence."""
    title_end = len(info.title) if info.title and text.lstrip().startswith(info.title) else 0
    lead = text.lstrip()
    offset = len(text) - len(lead)
    for m in mentions:
        if m.label == "Department" and m.start < offset + title_end and m.key and m.key != "*reporting*":
            return m.key
    first = text[:text.find("。") + 1 if "。" in text[:600] else 600]
    # `我局` in the opening of an emergency-management report: the report is that bureau's own
    if "我局" in first and "应急管理" in (info.title or "") + first:
        return "应急管理局"
    openings = list(re.finditer(r"(?:领导|指导|关心|支持)下[,,]", first))
    if openings:
        end = openings[-1].end()
        for m in mentions:
            if m.label == "Department" and 0 <= m.start - end <= 12 and m.key not in ("党委", "人民政府", "*reporting*"):
                return m.key
    return None


def _document_node(kg: KnowledgeGraph, source: Source, norm, info, resolver) -> None:
    doc = source.doc_id
    text = source.text
    stripped = text.strip()
    first = stripped.splitlines()[0] if stripped else source.name
    start = text.find(first)
    # a blank text has no title line: its evidence is the empty span at 0, never past the text's end
    head = (doc, start, start + len(first)) if start >= 0 else (doc, 0, 0)
    props = {"sha256": source.sha256, "title": info.title or first.strip(),
             "jurisdiction": resolver.juris_id}
    if info.period:
        props["period"] = info.period
    if info.date:
        props["date"] = info.date
    if resolver.juris_id not in kg:
        spec = resolver.nodes[resolver.juris_id]
        kg.add_node(spec.label, spec.name, scope=_scope(spec, resolver), aliases=sorted(spec.aliases),
                    properties=dict(spec.properties), id=spec.id,
                    evidence=[head], source_doc=doc)
    kg.add_node("Document", source.name, id=doc, properties=props,
                evidence=[head], source_doc=doc)
