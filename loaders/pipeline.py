"""The extraction pipeline: a document's text in, its graph fragment out.

normalise (offset map) → sentences → entities → aliases/identity → relations → fragment.
Each step is a module of its own; this one only wires them and turns normalised spans into
evidence offsets of the original text.
"""
from __future__ import annotations

import bisect
import itertools
import re

from kg.model import KnowledgeGraph
from loaders import document, entities, normalise, relations, sentences
from loaders.resolve import BODIES, Resolver
from loaders.source import Source


# normalised chars read at a time: names and sentences never cross a line, so a report is read in blocks
# of whole lines and only the block's mentions and sentences are held, never the whole document's
BLOCK = 1 << 14
# the line breaks of str.splitlines
NON_SPACE = re.compile(r"\S")
# a sentence that opens with a check or an order and names nobody doing it goes on with the bodies the
# sentence before opened with (in the same paragraph)
GOES_ON = re.compile(r"(?:先后|随后|同时|并|还|现场)?(?:检查|抽查|排查|督查|巡查|查看|暗访|约谈|责令)")
LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def extract(source: Source) -> KnowledgeGraph:
    doc = source.doc_id
    norm = normalise.normalise(source.text)
    text = norm.text
    info = document.read(text)
    bare = entities.bare_places(text)
    # the reporting body is named in the title or the opening (the first 600 chars): read whole lines past it
    lead = NON_SPACE.search(text)
    nl = text.find("\n", (lead.start() if lead else 0) + 700)
    opening_end = len(text) if nl < 0 else nl
    blocks = _blocks(text)
    first = next(blocks, None)
    first_mentions = _mentions(first, info, bare) if first else []
    if first and opening_end <= len(first[1]):
        # names never cross a line, so the opening's mentions are those of the first block that end in it
        opening = [m for m in first_mentions if m.end <= opening_end]
    else:
        opening = _mentions((0, text[:opening_end]), info, bare)
    reporting_key = _reporting_key(text, info, opening)
    resolver = Resolver(doc, info, reporting_key)
    reporting = None
    if reporting_key:
        reporting = resolver.body_by_canonical("Department", reporting_key, info.level_char).id
    evidence: dict[str, set] = {}
    edges: dict[tuple[str, str, str], tuple[list[dict], set]] = {}
    by_canonical: dict[str, str] = {}   # the document's first node of each body name (PART_OF targets)
    # units (a body that may be part of another), related once every body of the report is known:
    # (what the rule reads of the unit, its node) -> (a mention of it, the sentences naming it)
    units: dict[tuple, tuple[entities.Mention, list]] = {}
    named = _named_before(text, "领域")
    # the report's jurisdiction lies in its parent city (X市Y区): evidence where both are written
    city_at = text.find(info.city + info.place) if info.city and info.place else -1
    city_edge = None
    section = sentences.Section()
    # a bare numbered heading in force: (sector ids, alone on its line, its line), and the line last read
    bare_head, bare_para = None, -1
    spans: dict[int, tuple] = {}         # one evidence tuple per sentence, shared by every fact it supports

    ends: dict[int, int] = {}            # a sentence often starts where the one before ends: one int object

    def span(s: sentences.Sentence) -> tuple[str, int, int]:
        out = spans.get(s.start)
        if out is None:
            a, b = norm.span(s.start, s.end)
            a = ends.pop(a, a)
            ends[b] = b
            out = spans[s.start] = (doc, a, b)
        return out

    def keep(found: list[relations.Edge]) -> None:
        for e in found:
            keep_spans(e.source, e.type, e.target, e.props, [span(e.sentence)])

    def keep_spans(source_id: str, type_: str, target: str, props: dict, found: list[tuple]) -> None:
        for end in (source_id, target):
            evidence.setdefault(end, set()).update(found)
        known, ev = edges.setdefault((source_id, type_, target), ([], set()))
        if props not in known:
            known.append(props)
        ev.update(found)

    # the bodies of the sentence an enumeration (一是…二是…) follows, for items with no body of their own; it may
    # run over lines, so over blocks
    enum_run: list = []
    item_para = -1
    for offset, block in itertools.chain([first] if first else [], blocks):
        spans.clear()
        ends.clear()
        sents = sentences.split(block, offset, section)
        resolved = _resolve(first_mentions if offset == 0 else _mentions((offset, block), info, bare), resolver)
        for m, nid in resolved:
            if m.label in BODIES:
                by_canonical.setdefault(m.canonical, nid)
        starts = [s.start for s in sents]
        by_sentence: dict[int, list] = {}
        for m, nid in resolved:
            i = bisect.bisect_right(starts, m.start) - 1
            if i < 0 or not sents[i].start <= m.start < max(sents[i].end, m.start + 1):
                continue
            by_sentence.setdefault(i, []).append((m, nid))
            evidence.setdefault(nid, set()).add(span(sents[i]))
        carried: list = []
        for i, s in enumerate(sents):
            if s.para != bare_para:
                bare_para, bare_head = s.para, _bare_heading(text, s, bare_head, resolver)
            ctx = relations.Ctx(s, by_sentence.get(i, []), text, reporting, info.year, resolver,
                                body_by_canonical=by_canonical, heading_named=named.__contains__,
                                bare_heading=bare_head[0] if bare_head and (bare_head[1] or bare_head[2] == s.para)
                                else [],
                                bare_inline=bool(bare_head) and not bare_head[1] and bare_head[2] == s.para)
            if i and sents[i - 1].para == s.para and sents[i - 1].text.endswith(";"):
                ctx.carried = carried
                ctx.carried_committees = [(m, n) for m, n in by_sentence.get(i - 1, []) if m.label == "Committee"]
            elif i and sents[i - 1].para == s.para and GOES_ON.match(s.text):
                ctx.carried = carried   # `A会同B对…开展执法。先后检查了X、Y，…`: the check goes on with A and B
            item = relations.ENUM_ITEM.match(s.text)
            if item and not ctx.carried and enum_run:
                ctx.carried = enum_run   # `A抓好三项工作。一是对X…；二是…`: the items go on with A
            carried = relations.subject_run(ctx)
            if item:
                item_para = s.para
            elif s.para != item_para:
                # a sentence after an item on the item's line goes on with that item, it opens nothing
                enum_run = carried
            # a relationship joins things named in the sentence or carried into it: a sentence that names
            # nothing, carries nothing and has no heading or sector word (the rules note a sector's written
            # forms) has none to give; that is a fifth of a report
            if ctx.mentions or ctx.carried or s.heading or relations.names_sector(s.text):
                for rule in relations.RULES:
                    if rule is not relations.part_of:
                        found = rule(ctx)
                        if found:   # (most rules find nothing in a sentence: no call to keep nothing)
                            keep(found)
            for m, nid in ctx.of(*BODIES):
                key = relations.unit_key(m)
                if key is not None:
                    units.setdefault((key, nid), (m, []))[1].append(span(s))
            if city_edge is None and s.start <= city_at < s.end:
                city_edge = relations.Edge(resolver.juris_id, "LOCATED_IN", resolver.city_id, s)
        # drill dates found by the relation step live on the mention
        for m, nid in resolved:
            if m.label == "Drill":
                for k in ("date", "date_text"):
                    if k in m.props:
                        resolver.nodes[nid].properties.setdefault(k, m.props[k])
    # a unit's parent may be named anywhere in the report: PART_OF once every body is known
    for (_, nid), (m, unit_spans) in units.items():
        target = relations.part_of_target(m, nid, by_canonical, resolver)
        if target:
            keep_spans(nid, "PART_OF", target, {}, unit_spans)
    if city_edge is not None and resolver.city_id in resolver.nodes:
        keep([city_edge])
    kg = KnowledgeGraph()
    for nid in sorted(resolver.nodes):
        spec = resolver.nodes[nid]
        ev = evidence.pop(nid, None)  # handed over to the graph: the large sets are never held twice
        if not ev:
            continue
        kg.add_node(spec.label, spec.name, scope=_scope(spec, resolver), aliases=sorted(spec.aliases),
                    properties=dict(sorted(spec.properties.items())), evidence=ev, id=nid, source_doc=doc)
    while edges:
        (source_id, type_, target), (props, ev) = edges.popitem()
        if source_id == target or source_id not in kg or target not in kg:
            continue
        for p in props:
            kg.add_edge(source_id, type_, target, properties=p, evidence=ev, source_doc=doc)
    _document_node(kg, source, norm, info, resolver)
    _add_scope_places(kg, resolver)
    kg.add_mentions(doc)
    return kg


def _bare_heading(text: str, s: sentences.Sentence, before, resolver):
    """The bare numbered heading in force on the line of `s`: its own, else one alone on a line above, up
    to the next numbered or headed line."""
    a = text.rfind("\n", 0, s.start) + 1
    b = text.find("\n", s.start)
    line = text[a:b if b >= 0 else len(text)].strip()
    found = relations.bare_heading(line, resolver)
    if found:
        return (*found, s.para, relations.numbering_level(line))
    level = relations.numbering_level(line)
    if before and before[1] and level is not None and before[3] is not None and level > before[3]:
        return before   # `(二)防汛抗旱` alone on its line, then `1.汛前准备。…`: a sub-item stays under it
    if s.heading_para == s.para or level is not None or sentences.NUMBERED.match(line.lstrip("*")):
        return None
    return before if before and before[1] else None


def _blocks(text: str):
    """(offset, block) of whole lines of about BLOCK chars; the newline between two blocks belongs to neither."""
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos + BLOCK)
        end = n if nl < 0 else nl
        yield pos, text[pos:end]
        pos = end + 1


def _mentions(block: tuple[int, str], info: document.DocInfo, bare: list[str]) -> list[entities.Mention]:
    """The block's mentions, with offsets into the whole normalised text."""
    offset, text = block
    out = entities.extract(text, info.place, info.level_char, bare)
    if offset:
        for m in out:
            m.start += offset
            m.end += offset
            if "_title_start" in m.props:
                m.props["_title_start"] += offset
    return out


def _resolve(mentions: list[entities.Mention], resolver: Resolver) -> list[tuple[entities.Mention, str]]:
    # place written before a body (X区应急管理局): the body takes the place's level and scope
    place_at_end = {m.end: m for m in mentions if m.label == "Jurisdiction"}
    resolved = []
    for m in mentions:
        spec = resolver.resolve(m, place_at_end.get(m.start) if m.label in BODIES else None)
        if spec is not None:
            resolved.append((m, spec.id))
    return resolved


def _named_before(text: str, word: str, longest: int = 20) -> set[str]:
    """Every string of up to `longest` chars written right before `word` (is `X领域` in the text?)."""
    out: set[str] = set()
    at = text.find(word)
    while at >= 0:
        for k in range(1, min(longest, at) + 1):
            out.add(text[at - k:at])
        at = text.find(word, at + 1)
    return out


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
    # the first line of the stripped text, without copying or splitting the whole text
    lead = NON_SPACE.search(text)
    if lead is None:
        first = source.name
    else:
        br = LINE_BREAK.search(text, lead.start())
        first = text[lead.start():br.start()] if br else text[lead.start():].rstrip()
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
