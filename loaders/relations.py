"""Relationships by cue words and structure, one sentence at a time.

Each rule reads a sentence's mentions (in order, with their resolved node ids) and its text, and
yields `Edge`s whose evidence is that sentence. Cue words come from `lexicons/cues.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.entities import DATE_RE, Mention, _bodies
from loaders.lexicon import load
from loaders.sentences import Sentence

BODIES = ("Department", "Committee", "RescueTeam")
PLACES = ("Facility", "Reservoir")
LEADER_KEYS = ("党委", "人民政府")
OPENING = re.compile(r"在([^,。]*?)的?(?:正确|坚强|统一|有力)?领导(?:下|和)")
GUIDING = re.compile(r"([^,。在]*?)的?(?:精心|悉心|支持|关心|大力|具体)?指导下")
HEADING_SPLIT = re.compile(r"和|、|及|与")


@dataclass
class Edge:
    source: str
    type: str
    target: str
    sentence: Sentence
    props: dict = field(default_factory=dict)


@dataclass
class Ctx:
    sentence: Sentence
    mentions: list[tuple[Mention, str]]   # (mention, node id) in text order
    text: str                             # the whole normalised text
    reporting: str | None                 # node id of the body whose report this is
    year: int | None
    resolver: object = None

    def rel(self, m: Mention) -> int:
        return m.start - self.sentence.start

    def s(self) -> str:
        return self.sentence.text

    def of(self, *labels) -> list[tuple[Mention, str]]:
        return [(m, n) for m, n in self.mentions if m.label in labels]


def _date(ctx: Ctx, before: int) -> dict:
    m = None
    for dm in DATE_RE.finditer(ctx.s(), 0, max(0, before)):
        m = dm
    if not m:
        return {}
    out = {"date_text": m.group(0)}
    if not (m.group(1).isdigit() and m.group(2).isdigit()):
        out["date"] = None  # a masked date stays unknown, never a guess
    elif ctx.year:
        out["date"] = f"{ctx.year}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return out


def _acting_bodies(ctx: Ctx, before: int | None = None) -> list[tuple[Mention, str]]:
    """Bodies that act in the sentence: not the leaders/guides of an opening clause, not 党委/政府."""
    skip_until = ctx.__dict__.get("_skip_until")
    if skip_until is None:
        skip_until = 0
        for rx in (OPENING, GUIDING):
            for m in rx.finditer(ctx.s()):
                skip_until = max(skip_until, m.end())
        ctx.__dict__["_skip_until"] = skip_until
    title_starts = {p.props.get("_title_start") for p, _ in ctx.of("Person")}
    out = []
    s = ctx.s()
    for m, n in ctx.of(*BODIES):
        r = ctx.rel(m)
        if r < skip_until or (before is not None and r >= before):
            continue
        if m.key in LEADER_KEYS or m.end in title_starts:
            continue
        if any(p.props.get("_title_start", 0) <= m.start < p.start for p, _ in ctx.of("Person")):
            continue  # part of a person's titles (区委常委武装部长X)
        if re.search(r"(?:按|按照|根据|向|上报|报送|报告|各)$", s[max(0, r - 2):r]):
            continue  # a body written as the target or the authority, not the actor
        out.append((m, n))
    return out


# -- rules -----------------------------------------------------------------------------------
def leads_guides(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out: list[Edge] = []
    lead = OPENING.search(s)
    guide = GUIDING.search(s, lead.end() if lead else 0)
    if not lead and not guide:
        # `A牵头抓总，B…`: A leads the other committees of the sentence
        cm = re.search(load().cue_re("lead_all"), s)
        if cm:
            bodies = ctx.of("Committee", "Department")
            heads = [(m, n) for m, n in bodies if ctx.rel(m) < cm.start()]
            if heads:
                head = heads[-1][1]
                for m, n in ctx.of("Committee"):
                    if ctx.rel(m) > cm.start() and n != head:
                        out.append(Edge(head, "LEADS", n, ctx.sentence))
        return out
    end = max(x.end() for x in (lead, guide) if x)
    after = [(m, n) for m, n in ctx.of(*BODIES) if ctx.rel(m) >= end]
    start = min(x.start() for x in (lead, guide) if x)
    before = [(m, n) for m, n in ctx.of(*BODIES) if ctx.rel(m) + len(m.surface) <= start]
    subject = before[-1][1] if before else (after[0][1] if after and ctx.rel(after[0][0]) - end <= 2 else None)
    inferred = False
    if subject is None and ctx.reporting:
        subject, inferred = ctx.reporting, True
    if subject is None:
        return out
    props = {"inferred": True} if inferred else {}
    for rx, type_ in ((lead, "LEADS"), (guide, "GUIDES")):
        if not rx:
            continue
        a, b = rx.span(1)
        for m, n in ctx.of(*BODIES, "Jurisdiction"):
            if a <= ctx.rel(m) < b and n != subject:
                out.append(Edge(n, type_, subject, ctx.sentence, dict(props)))
    return out


def part_of(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    by_canonical = {}
    for m, n in ctx.all_bodies:
        by_canonical.setdefault(m.canonical, n)
    for m, n in ctx.of(*BODIES):
        parent = m.props.get("parent")
        if parent and parent in by_canonical:
            out.append(Edge(n, "PART_OF", by_canonical[parent], ctx.sentence))
            continue
        body = lex.bodies.get(m.key)
        if body and body.parent and body.parent != "national":
            target = m.level + body.parent
            if target in by_canonical and by_canonical[target] != n:
                out.append(Edge(n, "PART_OF", by_canonical[target], ctx.sentence))
    return out


def holds_post(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    templates = dict(lex.titles)
    for m, n in ctx.of("Person"):
        titles = m.props.get("_titles", [])
        tstart = m.props.get("_title_start", m.start)
        for i, title in enumerate(titles):
            target = None
            if i == 0:
                prev = [(x, xn) for x, xn in ctx.of(*BODIES) if x.end == tstart]
                if prev:
                    target = prev[0][1]
            if target is None:
                level = title[0] if title[0] in "省市区县" else ctx.resolver.info.level_char
                tpl = None
                for t, body in lex.titles:
                    if re.fullmatch(t.replace("{L}", "[省市区县]"), title):
                        tpl = body
                        break
                if tpl:
                    key = tpl.replace("{L}", "")
                    if key in lex.bodies:
                        spec = ctx.resolver.body_by_canonical("Department", key, level)
                        target = spec.id
            if target:
                out.append(Edge(n, "HOLDS_POST", target, ctx.sentence, {"title": title}))
        # `以副区长X为组长…为成员的Y组`: the post in the committee set up in the sentence
        pm = re.match(r"[为任]((?:常务)?(?:副|总|第一)?(?:组长|主任|指挥长|总指挥|队长))", ctx.s()[ctx.rel(m) + len(m.surface):])
        if pm:
            later = [(x, xn) for x, xn in ctx.of("Committee") if x.start > m.end]
            if later:
                out.append(Edge(n, "HOLDS_POST", later[-1][1], ctx.sentence, {"title": pm.group(1)}))
    return out


def member_of(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    for cm in re.finditer(load().cue_re("member"), s):
        committees = [(m, n) for m, n in ctx.of("Committee") if ctx.rel(m) >= cm.end()]
        if not committees:
            continue
        target = committees[0][1]
        seg_start = max(s.rfind(",", 0, cm.start()), s.rfind("以", 0, cm.start())) + 1
        for m, n in ctx.of(*BODIES):
            if seg_start <= ctx.rel(m) < cm.start() and n != target:
                out.append(Edge(n, "MEMBER_OF", target, ctx.sentence))
    return out


def issued(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    cue = load().cue_re("issued")
    for m, n in ctx.of("Plan"):
        r = ctx.rel(m)
        issuers: list[str] = []
        action = None
        # bodies written just before the title: 中办、国办《…》
        adj = [(b, bn) for b, bn in ctx.of(*BODIES) if b.end <= m.start]
        chain_end = m.start
        for b, bn in reversed(adj):
            if b.end == chain_end or ctx.text[b.end:chain_end] in ("、", "和"):
                issuers.append(bn)
                chain_end = b.start
        cues = list(cue.finditer(s, 0, r))
        if cues and re.search(r"[,;]|结合|按照|根据|依据|学习|贯彻|落实|对照|执行", s[cues[-1].end():r]):
            cues = []  # the verb belongs to another title: 出台《A》,结合《B》
        after = cue.match(s, r + len(m.surface) + 2)
        if not cues and after:
            action = after.group(0)
        if cues:
            action = cues[-1].group(0)
            if not issuers:
                clause_start = max(s.rfind(",", 0, cues[-1].start()), s.rfind("。", 0, cues[-1].start())) + 1
                subj = [(b, bn) for b, bn in _acting_bodies(ctx, cues[-1].start()) if ctx.rel(b) >= clause_start]
                if subj:
                    issuers.append(subj[-1][1])
        # issuers named in the title itself: 《X区安委会 X区减灾委关于…的通知》
        if not issuers and "关于" in m.surface:
            head = m.surface[:m.surface.index("关于")]
            for b in _bodies(head, load(), ctx.resolver.info.level_char):
                spec = ctx.resolver.resolve(b)
                if spec:
                    issuers.append(spec.id)
            if issuers and not action:
                action = "印发"
        props = {"action": action} if action else {}
        if not issuers and action and ctx.reporting:
            issuers.append(ctx.reporting)
            props["inferred"] = True
        for i in dict.fromkeys(issuers):
            out.append(Edge(i, "ISSUED", n, ctx.sentence, dict(props)))
    return out


def drills(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    org_cue = load().cue_re("organized")
    part_cue = load().cue_re("participated")
    for m, n in ctx.of("Drill"):
        r = ctx.rel(m)
        clause_start = max(s.rfind(",", 0, r), s.rfind("。", 0, r)) + 1
        clause = s[clause_start:r]
        at = clause.rfind("在")
        cues = list(org_cue.finditer(clause))
        role = cues[0].group(0) if cues else None
        head_end = clause_start + (at if at >= 0 else (cues[0].start() if cues else len(clause)))
        in_head = [(x, xn) for x, xn in ctx.mentions if clause_start <= ctx.rel(x) < head_end]
        organizers = [xn for x, xn in in_head if x.label == "Person"] or \
                     [xn for x, xn in in_head if x.label in BODIES and x.key not in LEADER_KEYS] or \
                     [xn for x, xn in in_head if x.label == "Jurisdiction"][:1]
        # `X组织的…演练`: the body written just before 组织的
        om = re.search(r"(组织|主办|举办)的[^,。]{0,12}$", clause)
        if om:
            near = [xn for x, xn in in_head + [(x, xn) for x, xn in ctx.mentions]
                    if x.label in BODIES and x.end == ctx.sentence.start + clause_start + om.start()]
            if near:
                organizers, role = near[:1], om.group(1)
        props = {"role": role} if role else {}
        date = _date(ctx, r)
        if date:
            m.props.update(date)
        if not organizers and role and ctx.reporting and not re.search(r"[\u4e00-\u9fff]{2,}(?:镇|乡|街道|企业|单位)", clause[:max(at, 0)]):
            organizers = [ctx.reporting]
            props["inferred"] = True
        for o in dict.fromkeys(organizers):
            out.append(Edge(o, "ORGANIZED", n, ctx.sentence, dict(props)))
        for pm in part_cue.finditer(s, r + len(m.surface)):  # …演练，X参加演练
            who = [xn for x, xn in ctx.of(*BODIES, "Enterprise", "Jurisdiction")
                   if r + len(m.surface) <= ctx.rel(x) < pm.start()]
            for w in dict.fromkeys(who):
                out.append(Edge(w, "PARTICIPATED_IN", n, ctx.sentence))
        for pm in part_cue.finditer(s, clause_start, r):
            who = [xn for x, xn in ctx.of(*BODIES, "Enterprise", "Jurisdiction")
                   if clause_start <= ctx.rel(x) < pm.start()]
            pprops = {}
            if not who:  # 组织各乡镇街道…参与…演练: the report's own side took part
                who, pprops = [ctx.reporting or ctx.resolver.juris_id], {"inferred": True}
            for w in dict.fromkeys(who):
                out.append(Edge(w, "PARTICIPATED_IN", n, ctx.sentence, dict(pprops)))
        if at >= 0:
            seg = [(x, xn) for x, xn in ctx.mentions if clause_start + at < ctx.rel(x) < r]
            places = [xn for x, xn in seg if x.label in PLACES] or \
                     [xn for x, xn in seg if x.label == "Jurisdiction"][-1:]
            for p in places:
                out.append(Edge(n, "HELD_AT", p, ctx.sentence))
    return out


def inspected(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    cm = load().cue_re("inspected").search(s)
    if not cm:
        return out
    targets = [(m, n) for m, n in ctx.of("Facility", "Reservoir", "Enterprise") if ctx.rel(m) > cm.start()]
    if not targets:
        return out
    people = [n for m, n in ctx.of("Person") if ctx.rel(m) < cm.start()]
    subjects = people or [n for m, n in _acting_bodies(ctx, cm.start())]
    props = _date(ctx, cm.start())
    props.pop("date_text", None)
    for sub in dict.fromkeys(subjects):
        for m, n in targets:
            out.append(Edge(sub, "INSPECTED", n, ctx.sentence, dict(props)))
    return out


def supervises(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    cm = load().cue_re("supervises").search(s)
    if not cm:
        return out
    target_labels = ("Enterprise", "Facility", "Reservoir", "Jurisdiction", "Department")
    dui = s.rfind("对", 0, cm.start())
    if dui >= 0 and re.search(r"[,;]", s[dui:cm.start()]):
        dui = -1   # the 对 belongs to an earlier clause
    if dui >= 0:   # A对B约谈/责令…
        subjects = [n for m, n in _acting_bodies(ctx, dui)]
        targets = [n for m, n in ctx.of(*target_labels) if dui < ctx.rel(m) < cm.start()
                   and not (m.label == "Jurisdiction" and any(x.start == m.end for x, _ in ctx.mentions))]
    else:          # A责令B…
        subjects = [n for m, n in _acting_bodies(ctx, cm.start())]
        targets = [n for m, n in ctx.of(*target_labels) if ctx.rel(m) == cm.end()]
    props = {}
    if targets and not subjects:
        subjects, props = [ctx.reporting or ctx.resolver.juris_id], {"inferred": True}
    for a in dict.fromkeys(subjects):
        for b in dict.fromkeys(targets):
            if a != b:
                out.append(Edge(a, "SUPERVISES", b, ctx.sentence, dict(props)))
    return out


def located_in(ctx: Ctx) -> list[Edge]:
    out = []
    ms = ctx.mentions
    for (a, an) in ms:
        if a.label != "Jurisdiction":
            continue
        for (b, bn) in ms:
            if b is a:
                continue
            if b.label in ("Jurisdiction", "Facility", "Reservoir", "Enterprise") and b.start == a.end:
                out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
            # X镇月亮湖(Y水库): the bracketed name follows a local name of the same thing
            elif b.label in PLACES and ctx.text[b.start - 1:b.start] == "(" and ctx.text[b.end:b.end + 1] == ")":
                alias = ctx.text[a.end:b.start - 1]
                if 1 <= len(alias) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", alias):
                    out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
                    ctx.resolver.nodes[bn].aliases.add(alias)
        # 在X区…的F1、F2和F3: facilities listed after the place in the same clause
        rest = ctx.text[a.end:ctx.sentence.end]
        dm = re.match(r"[^,。;的]{0,15}的", rest)
        if dm and a.props.get("level") in ("county", "township"):
            pos = a.end + dm.end()
            for b, bn in ms:
                if b.start == pos and b.label in PLACES:
                    out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
                    sep = re.match(r"[、和及与]", ctx.text[b.end:b.end + 1])
                    if not sep:
                        break
                    pos = b.end + 1
    return out


def responsible_for(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    sectors = [n for m, n in ctx.of("Sector")]
    heading = ctx.sentence.heading
    head_sectors = []
    if heading:
        for part in HEADING_SPLIT.split(heading):
            if part and (part in lex.sector_of or ctx.sentence.heading_para is not None):
                canon = lex.sector_of.get(part)
                if canon or (part + "领域") in ctx.text:
                    head_sectors.append(ctx.resolver._node("Sector", canon or part, None).id)
    if head_sectors and ctx.sentence.para != ctx.sentence.heading_para and \
            any(n not in head_sectors for n in sectors):
        head_sectors = []  # a later line of the section that speaks of another sector
    bodies = _acting_bodies(ctx)
    cue = lex.cue_re("responsible").search(ctx.s())
    for m, n in bodies:
        targets = list(head_sectors)
        if cue or m.label == "RescueTeam":
            targets += sectors
        for t in dict.fromkeys(targets):
            out.append(Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence))
    # a committee or team named after its sector answers for it (防汛抗旱指挥部, 森林防火救援大队)
    for m, n in ctx.of("Committee", "RescueTeam"):
        for alias in sorted(lex.sector_of, key=len, reverse=True):
            if alias in m.canonical or alias in m.surface:
                sid = ctx.resolver._node("Sector", lex.sector_of[alias], None).id
                out.append(Edge(n, "RESPONSIBLE_FOR", sid, ctx.sentence))
                break
    return out


def covers(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    # only plans whose kind says what hazard they are for (应急预案); a drill's subject is too loose
    for m, n in ctx.of("Plan"):
        if m.props.get("kind") != "emergency_plan":
            continue
        for alias in sorted(lex.sector_of, key=len, reverse=True):
            if alias in m.surface:
                sid = ctx.resolver._node("Sector", lex.sector_of[alias], None).id
                out.append(Edge(n, "COVERS", sid, ctx.sentence))
                break
    return out


RULES = (leads_guides, part_of, holds_post, member_of, issued, drills, inspected, supervises,
         located_in, responsible_for, covers)
