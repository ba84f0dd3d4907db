"""Relationships by cue words and structure, one sentence at a time.

Each rule reads a sentence's mentions (in order, with their resolved node ids) and its text, and
yields `Edge`s whose evidence is that sentence. Cue words come from `lexicons/cues.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.entities import DATE_RE, Mention, _bodies
from loaders.lexicon import load
from loaders.sentences import Sentence

BODIES = ("Department", "Committee", "RescueTeam")
PLACES = ("Facility", "Reservoir")
LEADER_KEYS = ("党委", "人民政府")
# the wordings of an opening clause come from cues.tsv (`leads`, `guides`, `supports`)
# 主动接受/自觉接受X的(业务|督促)指导: X guides the subject of the sentence
ACCEPTS_GUIDANCE = re.compile(r"接受([^,。;]{2,40}?)的?(?:业务|督促|工作)?指导")
HEADING_SPLIT = re.compile(r"和|、|及|与")
LEVEL_CHARS = "省市区县旗"   # the level character of a body or title (旗: a county of Inner Mongolia)


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
    body_by_canonical: dict = field(default_factory=dict)  # the document's first node of each body name
    heading_named: object = None       # is `X领域` written in the document? (a predicate over X)
    # bodies acting in the clause before, when it ended with `;` in the same paragraph: `A局检查了…;对B公司…`
    # goes on with A's actions
    carried: list = field(default_factory=list)
    # sector ids of a bare numbered heading in force (`(二)森林防灭火。…` on its line, `**(一)防汛抗旱**` for
    # the lines under it): they go to bodies acting with a duty cue only
    bare_heading: list = field(default_factory=list)
    bare_inline: bool = False          # the bare heading is on the sentence's own line (no cue needed)

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


@lru_cache(maxsize=1)
def _opening_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """`在X的(正确领导|统一部署)下/和`, `(在)X的(精心|业务)指导下`, `在X的关心支持下`: group 1 names X."""
    lex = load()
    lead = re.compile(r"在([^,。]*?)的?(?:%s)(?:下|和)" % lex.cue_re("leads").pattern)
    guide = re.compile(r"([^,。在]*?)的?(?:%s)下" % lex.cue_re("guides").pattern)
    support = re.compile(r"在?([^,。在]*?)的?(?:%s)下" % lex.cue_re("supports").pattern)
    return lead, guide, support


def openings(s: str) -> list[tuple[re.Match, str | None]]:
    """The opening clauses of a sentence with the type they give (None: support, typed by who gives it):
    the first `在X的领导下/和`, then the first guidance and the first support written after it."""
    lead_rx, guide_rx, support_rx = _opening_res()
    lead = lead_rx.search(s)
    out = [(lead, "LEADS")] if lead else []
    start = lead.end() if lead else 0
    for rx, type_ in ((guide_rx, "GUIDES"), (support_rx, None)):
        m = rx.search(s, start)
        if m and not any(o.start() < m.end() and m.start() < o.end() for o, _ in out):
            out.append((m, type_))
    return out


def _in_brackets(s: str, r: int) -> bool:
    return s.rfind("(", 0, r) > s.rfind(")", 0, r)


def _acting_bodies(ctx: Ctx, before: int | None = None, leaders: bool = False) -> list[tuple[Mention, str]]:
    """Bodies that act in the sentence: not the leaders/guides of an opening clause, not 党委/政府
    (unless `leaders`: a government issues its own plans)."""
    skip_until = ctx.__dict__.get("_skip_until")
    if skip_until is None:
        skip_until = max((m.end() for m, _ in openings(ctx.s())), default=0)
        ctx.__dict__["_skip_until"] = skip_until
    title_starts = {p.props.get("_title_start") for p, _ in ctx.of("Person")}
    out = []
    s = ctx.s()
    for m, n in ctx.of(*BODIES):
        r = ctx.rel(m)
        if r < skip_until or (before is not None and r >= before):
            continue
        if (m.key in LEADER_KEYS and not leaders) or m.end in title_starts:
            continue
        if any(p.props.get("_title_start", 0) <= m.start < p.start for p, _ in ctx.of("Person")):
            continue  # part of a person's titles (区委常委武装部长X)
        if re.search(r"(?:按|按照|根据|向|上报|报送|报告|各)$", s[max(0, r - 2):r]):
            continue  # a body written as the target or the authority, not the actor
        if any(x is not m and x.start <= m.start and m.end <= x.end and x.end - x.start > m.end - m.start
               for x, _ in ctx.of(*BODIES)) or any(x.start == m.end for x, _ in ctx.of(*BODIES)):
            continue  # the parent named inside or right before a unit's name (X分局交警大队): the unit acts
        if any(a <= r < b for a, b in _formed_spans(s)):
            continue  # 由A、B组成的X专班: A and B are members of what acts
        if _in_brackets(s, r):
            continue  # a bracketed aside (设在X局) names where a body sits, not who acts
        out.append((m, n))
    if not out and not leaders:
        return list(ctx.carried)
    return out




def nearest_subjects(ctx: Ctx, before: int) -> list[tuple[Mention, str]]:
    """The acting bodies of the nearest clause before `before` that has any (`A召开会议，B对X巡查`: B), with
    those of earlier clauses when it only helps (`A牵头，B配合，对X检查`: A and B)."""
    acting = _acting_bodies(ctx, before)
    if not acting or ctx.rel(acting[0][0]) < 0:
        return acting   # carried from the clause before the `;`
    s = ctx.s()
    out: list = []
    end = before
    while end > 0:
        start = s.rfind(",", 0, end) + 1
        mine = [(m, n) for m, n in acting if start <= ctx.rel(m) < end]
        if mine:
            out = mine + out
            last = mine[-1][0]
            # a clause whose bodies only help (`B、C配合`) goes on with those of the clause before (`A牵头`)
            tail = s[ctx.rel(last) + len(last.surface):end].rstrip(",")
            if not re.search("(?:%s)$" % load().cue_re("helping").pattern, tail):
                break
        end = start - 1
    return out or acting


def _formed_spans(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"由[^,;。由]*?组成的", s)]


def subject_run(ctx: Ctx) -> list[tuple[Mention, str]]:
    """The bodies a sentence opens with (`A、B会同C检查…`, `A牵头，…`): who a following clause after `;`
    goes on with. Bodies named later (`明确A、B的职责`) are objects, not subjects."""
    acting = _acting_bodies(ctx)
    if not acting or (ctx.carried and acting[0][0] is ctx.carried[0][0]):
        return list(acting)  # no body of its own: the clause before goes on
    s = ctx.s()
    first = acting[0][0]
    # what is written before it in its clause (按照…要求，A印发…: the clause of A)
    lead = s[max(ctx.__dict__.get("_skip_until", 0), s.rfind(",", 0, ctx.rel(first)) + 1):ctx.rel(first)]
    if len(re.sub(r"[\W\d]", "", lead)) > 8 or load().cue_re("before_object").search(lead):
        return []
    out, at = [], ctx.rel(first)
    for m, n in acting:
        if ctx.rel(m) != at:
            break
        out.append((m, n))
        at = ctx.rel(m) + len(m.surface)
        sep = re.match(r"[、和及与]|会同|联合|以及", s[at:])
        if not sep:
            break
        at += sep.end()
    return out


# -- rules -----------------------------------------------------------------------------------
def leads_guides(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out: list[Edge] = []
    found = openings(s)
    if not found:
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
    end = max(x.end() for x, _ in found)
    after = [(m, n) for m, n in ctx.of(*BODIES) if ctx.rel(m) >= end]
    start = min(x.start() for x, _ in found)
    # the subject written before the opening; a bracketed aside (与X合署办公) is not it
    before = [(m, n) for m, n in ctx.of(*BODIES) if ctx.rel(m) + len(m.surface) <= start
              and not _in_brackets(s, ctx.rel(m))]
    subject = before[-1][1] if before else (after[0][1] if after and ctx.rel(after[0][0]) - end <= 2 else None)
    inferred = False
    if subject is None and ctx.reporting:
        subject, inferred = ctx.reporting, True
    if subject is None:
        return out
    props = {"inferred": True} if inferred else {}
    for rx, type_ in found:
        a, b = rx.span(1)
        for m, n in ctx.of(*BODIES, "Jurisdiction"):
            if a <= ctx.rel(m) < b and n != subject and not _place_prefix(ctx, m):
                # support (关心支持) from a party committee or government is leadership, from a superior body guidance
                t = type_ or ("LEADS" if m.key in LEADER_KEYS else "GUIDES")
                out.append(Edge(n, t, subject, ctx.sentence, dict(props)))
    return out


def accepts_guidance(ctx: Ctx) -> list[Edge]:
    """`A主动接受B、C的业务指导`: B and C guide A (the body before the cue, else the reporting body)."""
    out: list[Edge] = []
    # the sentence's subject: its first body outside a `在X的领导下` clause (later bodies before the cue are
    # often authorities: `A贯彻B、C决策部署，主动接受D的指导`)
    led = [m.span() for m, _ in openings(ctx.s())]
    for gm in ACCEPTS_GUIDANCE.finditer(ctx.s()):
        before = [n for m, n in ctx.of(*BODIES) if ctx.rel(m) + len(m.surface) <= gm.start()
                  and not any(a <= ctx.rel(m) < b for a, b in led)]
        subject, props = (before[0], {}) if before else (ctx.reporting, {"inferred": True})
        if subject is None:
            continue
        a, b = gm.span(1)
        for m, n in ctx.of(*BODIES):
            if a <= ctx.rel(m) < b and n != subject:
                out.append(Edge(n, "GUIDES", subject, ctx.sentence, dict(props)))
    return out


GUIDES_TO_ACT = re.compile(r"(?:业务)?指导(?:督促)?")
TO_ACT = re.compile(r"开展|做好|落实|完成|推进|加强|组织|制定|修订|编制")


def guides_to_act(ctx: Ctx) -> list[Edge]:
    """`A指导B(、C)开展…`: A guides the bodies named between the cue and what they do."""
    s = ctx.s()
    out: list[Edge] = []
    for gm in GUIDES_TO_ACT.finditer(s):
        end = re.search(r"[,;。]|$", s[gm.end():]).start() + gm.end()
        act = TO_ACT.search(s, gm.end(), end)
        if not act:
            continue
        objs = [(m, n) for m, n in ctx.of(*BODIES) if gm.end() <= ctx.rel(m) < act.start()]
        # only a list of bodies may sit between (指导县教育局开展…, not 指导全县…工作中的县教育局)
        rest = s[gm.end():act.start()]
        for m, _ in objs:
            rest = rest.replace(m.surface, "", 1)
        if not objs or re.sub(r"[、和及与等]", "", rest):
            continue
        for a in dict.fromkeys(n for m, n in _acting_bodies(ctx, gm.start())):
            out += [Edge(a, "GUIDES", n, ctx.sentence) for m, n in objs if n != a]
    return out


def part_of(ctx: Ctx) -> list[Edge]:
    out = []
    for m, n in ctx.of(*BODIES):
        target = part_of_target(m, n, ctx.body_by_canonical, ctx.resolver)
        if target:
            out.append(Edge(n, "PART_OF", target, ctx.sentence))
    return out


def part_of_target(m: Mention, n: str, by_canonical: dict[str, str], resolver) -> str | None:
    """The body a unit is part of (`by_canonical`: the document's first node of each body name)."""
    lex = load()
    parent = m.props.get("parent")
    if parent and parent in by_canonical:
        return by_canonical[parent]
    body = lex.bodies.get(m.key)
    if body and body.parent and body.parent != "national":
        target = m.level + body.parent
        if target in by_canonical and by_canonical[target] != n:
            return by_canonical[target]
        # the parent written inside the unit's own name (区减灾委办公室): it is named, so it is a node
        parent = lex.bodies.get(body.parent)
        form = next((f for f in parent.forms if len(f) >= 2 and f in m.surface), None) if parent else None
        # only for the report's own level, written out (区减灾委办公室): a bare or higher-level office
        # (市安委会办公室) is often named as an authority whose committee the report never speaks of
        if form and m.level and m.surface[0] == m.level == resolver.info.level_char:
            return resolver.body_by_canonical(parent.label, parent.canonical, m.level, alias=m.level + form).id
    return None


def unit_key(m: Mention) -> tuple | None:
    """What `part_of_target` reads of a mention, or None when the mention cannot be part of another body."""
    body = load().bodies.get(m.key)
    if m.props.get("parent") or (body and body.parent and body.parent != "national"):
        return (m.props.get("parent"), m.key, m.level, m.surface)
    return None


def holds_post(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    templates = dict(lex.titles)
    for m, n in ctx.of("Person"):
        titles = m.props.get("_titles", [])
        tstart = m.props.get("_title_start", m.start)
        prev = [xn for x, xn in ctx.of(*BODIES) if x.end == tstart]
        for i, title in enumerate(titles):
            target = None
            if i == 0 and prev:
                target = prev[0]
            if target is None and prev and not templates.get(title):
                # X局党组书记、局长Y: a later title with no body of its own is held in the body before the chain
                target = prev[0]
            if target is None:
                level = title[0] if title[0] in LEVEL_CHARS else ctx.resolver.info.level_char
                tpl = None
                for t, body in lex.titles:
                    if re.fullmatch(t.replace("{L}", "[%s]" % LEVEL_CHARS), title):
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
        after = ctx.rel(m) + len(m.surface)
        # `副区长A、副区长B为副主任`: a list of persons shares the post named after the last one
        post_at = _end_of_person_list(ctx, after)
        pm = re.match(r"[为任]((?:常务|第一)?(?:副|总)?(?:组长|主任|指挥长|总指挥|队长))", ctx.s()[post_at:])
        # X任Y委员会主任: the post is in the committee named between
        named = [(x, xn) for x, xn in ctx.of("Committee") if ctx.rel(x) == after + 1]
        if named and not pm:
            tm = re.match(r"((?:常务|第一)?(?:副|总)?(?:组长|主任|指挥长|总指挥|队长))",
                          ctx.s()[ctx.rel(named[0][0]) + len(named[0][0].surface):])
            if ctx.s()[after:after + 1] in "为任" and tm:
                out.append(Edge(n, "HOLDS_POST", named[0][1], ctx.sentence, {"title": tm.group(1)}))
        also = ADDED_POST.match(ctx.s(), post_at + pm.end()) if pm else None
        if pm:
            later = [(x, xn) for x, xn in ctx.of("Committee") if x.start > m.end]
            # 调整X指挥部，由副县长Y任指挥长: no committee set up after, so the one named before
            earlier = [(x, xn) for x, xn in ctx.of("Committee") if x.end <= tstart]
            if also:  # Y任常务副主任并兼任Z指挥长: the later committee is Z's, the first post is in the one before
                later = []
            target = later[-1][1] if later else (earlier[-1][1] if earlier else None)
            if target:
                out.append(Edge(n, "HOLDS_POST", target, ctx.sentence, {"title": pm.group(1)}))
        out += _added_posts(ctx, m, n, after)
    return out


def _end_of_person_list(ctx: Ctx, after: int) -> int:
    """Where a list of persons (`A、副区长B和C`) that goes on at `after` (relative) ends."""
    starts = {p.props.get("_title_start", p.start) - ctx.sentence.start: p for p, _ in ctx.of("Person")}
    while True:
        sep = re.match(r"[、和]", ctx.s()[after:])
        nxt = starts.get(after + sep.end()) if sep else None
        if nxt is None:
            return after
        after = ctx.rel(nxt) + len(nxt.surface)


POST_TITLE = r"((?:常务|第一)?(?:副|总)?(?:组长|主任|指挥长|总指挥|队长))"
ADDED_POST = re.compile(r"(?:并|同时|还)?兼任")


def _added_posts(ctx: Ctx, person: Mention, n: str, after: int) -> list[Edge]:
    """`Y兼任Z指挥长` / `Y兼任该办公室主任` (the body of that kind named before in the sentence)."""
    s = ctx.s()
    end = re.search(r"[,;。]|$", s[after:]).start() + after
    out = []
    for am in ADDED_POST.finditer(s, after, end):
        named = [(x, xn) for x, xn in ctx.of(*BODIES) if ctx.rel(x) == am.end()]
        if named:
            tm = re.match(POST_TITLE, s[am.end() + len(named[0][0].surface):])
            if tm:
                out.append(Edge(n, "HOLDS_POST", named[0][1], ctx.sentence, {"title": tm.group(1)}))
            continue
        dm = re.match(r"该([\u4e00-\u9fff]{1,4}?)" + POST_TITLE, s[am.end():])
        if dm:  # 该办公室主任: the last body before whose name ends with that kind
            kind = dm.group(1)
            before = [(x, xn) for x, xn in ctx.of(*BODIES) if ctx.rel(x) < ctx.rel(person) and
                      (x.surface.endswith(kind) or x.canonical.endswith(kind))]
            if before:
                out.append(Edge(n, "HOLDS_POST", before[-1][1], ctx.sentence, {"title": dm.group(2)}))
    return out


def member_of(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    for cm in re.finditer(load().cue_re("member"), s):
        committees = [(m, n) for m, n in ctx.of("Committee") if ctx.rel(m) >= cm.end()]
        seg_start = max(s.rfind(",", 0, cm.start()), s.rfind("以", 0, cm.start())) + 1
        if not committees and cm.group(0).endswith("成员单位"):
            # Y由…任主任，A、B为成员单位: the committee is the one the sentence set out with
            committees = [(m, n) for m, n in ctx.of("Committee") if ctx.rel(m) < seg_start][:1]
        if not committees:
            continue
        target = committees[0][1]
        for m, n in _member_units(ctx, seg_start, cm.start(), target):
            out.append(Edge(n, "MEMBER_OF", target, ctx.sentence))
    # Y的成员单位(包括|有)A、B: the bodies listed after
    for c, cn in ctx.of("Committee"):
        r = ctx.rel(c) + len(c.surface)
        lm = re.match(r"的?成员单位(?:包括|包含|涵盖|有|为|增加|新增|增补|增加了|新增了)[:]?", s[r:])
        if lm:
            end = re.search(r"[;。]|$", s[r + lm.end():]).start() + r + lm.end()
            for m, n in _member_units(ctx, r + lm.end(), end, cn):
                out.append(Edge(n, "MEMBER_OF", cn, ctx.sentence))
    out += _formed_of(ctx)
    # 将A、B(新增|调整|纳入)为Y成员单位: the bodies of the clause join committee Y
    for c, cn in ctx.of("Committee"):
        r = ctx.rel(c)
        if not re.match(r"成员(?:单位)?", s[r + len(c.surface):]) or not re.search(r"(?:为|纳入|入)$", s[:r]):
            continue
        seg_start = max(s.rfind(",", 0, r), s.rfind("将", 0, r)) + 1
        for m, n in _member_units(ctx, seg_start, r, cn):
            out.append(Edge(n, "MEMBER_OF", cn, ctx.sentence))
    return out


def _member_units(ctx: Ctx, a: int, b: int, target: str) -> list[tuple[Mention, str]]:
    """The bodies, and the townships standing as units, named between a and b (relative)."""
    return [(m, n) for m, n in ctx.of(*BODIES, "Jurisdiction") if a <= ctx.rel(m) < b and n != target
            and (m.label != "Jurisdiction" or (m.props.get("level") == "township" and not _place_prefix(ctx, m)))]


FORMED = re.compile(r"(?:共同|联合)?组成(?:了)?(?:的)?(?:[\d*一二三四五六七八九十]+个)?")


def _formed_of(ctx: Ctx) -> list[Edge]:
    """`由A、B、C组成的X专班`, `组织A、B、C组成N个X组`: the bodies listed are members of the group formed."""
    s = ctx.s()
    out = []
    starts = {ctx.rel(m): n for m, n in ctx.of("Committee")}
    for fm in FORMED.finditer(s):
        target = starts.get(fm.end())
        if target is None:
            continue
        # the members follow 由/组织/抽调 in the clause (`A、B组成联合督查组，…`: A and B act, they are not listed)
        clause = s.rfind(",", 0, fm.start()) + 1
        opener = max((s.rfind(w, clause, fm.start()) + len(w) for w in ("由", "组织", "抽调", "从")
                      if s.rfind(w, clause, fm.start()) >= 0), default=-1)
        if opener < 0:
            continue
        out += [Edge(n, "MEMBER_OF", target, ctx.sentence) for m, n in _member_units(ctx, opener, fm.start(), target)]
    # X(成员单位)由A、B等部门组成: the committee written first
    for c, cn in ctx.of("Committee"):
        r = ctx.rel(c) + len(c.surface)
        bm = re.match(r"(?:的)?(?:成员单位)?由([^;。由]*?)组成", s[r:])
        if bm:
            out += [Edge(n, "MEMBER_OF", cn, ctx.sentence)
                    for m, n in _member_units(ctx, r + bm.start(1), r + bm.end(1), cn)]
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
                subj = [(b, bn) for b, bn in _acting_bodies(ctx, cues[-1].start(), leaders=True)
                        if ctx.rel(b) >= clause_start]
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
        if not issuers and cues:
            # A与B签订…，制定《…》: the body the sentence opens with
            issuers = [n for b, n in subject_run(ctx) if 0 <= ctx.rel(b) < cues[0].start()][:1]
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
        # a cue inside a name (森林防灭火指挥部) is not a verb
        named = [(ctx.rel(x) - clause_start, ctx.rel(x) - clause_start + len(x.surface)) for x, _ in ctx.mentions]
        cues = [c for c in org_cue.finditer(clause) if not any(a <= c.start() < b for a, b in named)]
        role = cues[0].group(0) if cues else None
        # the organiser is written before the place (X在Y组织…) or before the verb (X组织Y在Z举行…)
        ends = [e for e in (at if at >= 0 else None, cues[0].start() if cues else None) if e is not None]
        head_end = clause_start + (min(ends) if ends else len(clause))
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
        later_org, later_part = _after_drill(ctx, m)
        if later_org and props.get("inferred"):
            organizers, props = [], {}
        edges = [(o, dict(props)) for o in organizers] + later_org
        for o, oprops in {o: p for o, p in reversed(edges)}.items():
            out.append(Edge(o, "ORGANIZED", n, ctx.sentence, oprops))
        for w in dict.fromkeys(later_part):
            out.append(Edge(w, "PARTICIPATED_IN", n, ctx.sentence))
        for pm in part_cue.finditer(s, clause_start, r):
            who = [xn for x, xn in ctx.of(*BODIES, "Enterprise", "Jurisdiction")
                   if clause_start <= ctx.rel(x) < pm.start() and not _place_prefix(ctx, x)]
            pprops = {}
            if not who and ctx.reporting:  # 组织各乡镇街道…参与…演练: the reporting body's side took part
                who, pprops = [ctx.reporting], {"inferred": True}
            for w in dict.fromkeys(who):
                out.append(Edge(w, "PARTICIPATED_IN", n, ctx.sentence, dict(pprops)))
        if at >= 0:
            seg = [(x, xn) for x, xn in ctx.mentions if clause_start + at < ctx.rel(x) < r]
            places = [xn for x, xn in seg if x.label in PLACES] or \
                     [xn for x, xn in seg if x.label == "Jurisdiction"][-1:]
            for p in places:
                out.append(Edge(n, "HELD_AT", p, ctx.sentence))
    return out


INSPECTABLE = ("Facility", "Reservoir", "Enterprise")


AFTER_DRILL_ROLE = re.compile(r"(组织|指挥|指导|主办|承办)了?[。!?]?$")


def _after_drill(ctx: Ctx, drill: Mention) -> tuple[list[tuple[str, dict]], list[str]]:
    """Roles told in the clauses after a drill, up to the next drill: `…演练，(由)X组织，Y、Z参加，
    副区长W现场指挥`. Returns (organisers with props, participants)."""
    s = ctx.s()
    a = ctx.rel(drill) + len(drill.surface)
    nxt = [ctx.rel(x) for x, _ in ctx.of("Drill") if ctx.rel(x) >= a]
    b = min(nxt) if nxt else len(s)
    part_cue = load().cue_re("participated")
    org, part = [], []
    for cm in re.finditer(r"[^,;]+", s[a:b]):
        c0, clause = a + cm.start(), cm.group(0)
        inside = [(x, xn) for x, xn in ctx.mentions if c0 <= ctx.rel(x) < c0 + len(clause)]
        role = AFTER_DRILL_ROLE.search(clause)
        pm = part_cue.search(clause)
        if role:
            people = [xn for x, xn in inside if x.label == "Person"]
            bodies = [xn for x, xn in inside if x.label in BODIES and x.key not in LEADER_KEYS]
            org += [(w, {"role": role.group(1)}) for w in people or bodies]
        elif pm:
            part += [xn for x, xn in inside if x.label in (*BODIES, "Enterprise", "Jurisdiction")
                     and ctx.rel(x) < c0 + pm.start() and not _place_prefix(ctx, x)]
    return org, part


def _place_prefix(ctx: Ctx, x: Mention) -> bool:
    """A place written as the first part of another name (城关镇 in 城关镇中心小学)."""
    return x.label == "Jurisdiction" and any(y.start == x.end for y, _ in ctx.mentions)


def inspected(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    found: list[tuple[int, list]] = []   # (where the subject ends, targets)
    # a check named by a supervision word (督查, 督导) supervises; it is not an inspection of a place
    supervisory = load().cue_re("supervisory_checks")
    cm = load().cue_re("inspected").search(s)
    if cm and supervisory.fullmatch(cm.group(0)):
        cm = None
    if cm:  # 检查了A、B / 实地查看A
        # up to a later object clause (…检查，对X下达指令书): X is the object of another verb
        stop = OBJECT_MARK.search(s, cm.end())
        stop = stop.start() if stop and stop.group(0) == "对" else len(s)
        found.append((cm.start(), [(m, n) for m, n in ctx.of(*INSPECTABLE) if cm.start() < ctx.rel(m) < stop]))
    # 对A、B开展/进行(了)…抽查: the objects sit between 对 and the check
    after = load().cue_re("inspected_after")
    # 到/赴/深入A、B检查: the visit names the places, the check follows them
    for dm in re.finditer(r"(?<![针应面绝相])对|(?<![达收])到(?!位|期|底|了|达)|赴|深入|前往", s):
        clause_end = re.search(r"[,;。]|$", s[dm.end():]).start() + dm.end()
        am = after.search(s, dm.end(), clause_end)
        if not am or supervisory.fullmatch(am.group(0)) or \
                (dm.group(0) == "对" and not re.search(r"开展|进行|实施|组织", s[dm.end():am.start()])):
            continue
        found.append((dm.start(), [(m, n) for m, n in ctx.of(*INSPECTABLE)
                                   if dm.end() <= ctx.rel(m) < am.start()
                                   and not re.match(r"内|里|中|周边", s[ctx.rel(m) + len(m.surface):])]))
    for before, targets in found:
        # a name nested in another target (the company in 某公司尾矿库) is not checked on its own
        targets = [(m, n) for m, n in targets
                   if not any(x is not m and x.start <= m.start and m.end <= x.end for x, _ in targets)]
        if not targets:
            continue
        people = [n for m, n in ctx.of("Person") if ctx.rel(m) < before]
        subjects = people or [n for m, n in nearest_subjects(ctx, before)]
        props = _date(ctx, before)
        props.pop("date_text", None)
        for sub in dict.fromkeys(subjects):
            for m, n in targets:
                out.append(Edge(sub, "INSPECTED", n, ctx.sentence, dict(props)))
    return out


SUPERVISABLE = ("Enterprise", "Facility", "Reservoir", "Jurisdiction", "Department")
# what may follow a place that is itself the object (对B镇、C街道的…/对B镇进行…), not a prefix of a longer name
PLACE_ENDS = re.compile(r"[、和及与的,;。]|等|开展|进行|实施|组织|下发|下达|发出|$")


def object_list(ctx: Ctx, at: int, labels=SUPERVISABLE) -> list[str]:
    """The objects listed from `at` (relative): `A、B和C`, after an optional `了` and an optional modifier
    ending in 的 (`约谈安全管理混乱的A、B负责人`). A place written before another name (X镇Y公司) stands
    for that name."""
    s = ctx.s()
    starts = {ctx.rel(m): (m, n) for m, n in reversed(ctx.mentions)}
    if s.startswith("了", at):
        at += 1
    if at not in starts:
        # a modifier ending in 的 (管理混乱的A), or a few words before a firm (督促新设立的A / 督促新设立A)
        dm = re.match(r"[^,;。、]{1,12}?的", s[at:])
        if dm and at + dm.end() in starts:
            at += dm.end()
        else:
            gap = next((k for k in range(1, 5) if at + k in starts), None)
            if gap is None or not re.fullmatch(r"[\u4e00-\u9fff]+", s[at:at + gap]) or \
                    starts[at + gap][0].label not in ("Enterprise", "Facility", "Reservoir"):
                return []
            at += gap
    out = []
    while at in starts:
        m, n = starts[at]
        if m.label == "Jurisdiction" and ctx.rel(m) + len(m.surface) in starts:
            m, n = starts[ctx.rel(m) + len(m.surface)]   # X镇Y公司: the firm
        if m.label not in labels:
            break
        out.append(n)
        at = ctx.rel(m) + len(m.surface)
        sep = re.match(r"[、和及与]|以及", s[at:])
        if not sep:
            break
        at += sep.end()
    return out


def _whole_object(ctx: Ctx, m: Mention, verb_at: int) -> bool:
    """A place is an object only where it ends the object's name (对X公司承建的Y街道安置房项目: not Y街道)."""
    if m.label != "Jurisdiction":
        return True
    end = ctx.rel(m) + len(m.surface)
    return not _place_prefix(ctx, m) and (end == verb_at or bool(PLACE_ENDS.match(ctx.s(), end)))


def supervises(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    cm = load().cue_re("supervises").search(s)
    if not cm:
        return out
    dui = s.rfind("对", 0, cm.start())
    if dui >= 0 and re.search(r"[,;]", s[dui:cm.start()]):
        dui = -1   # the 对 belongs to an earlier clause
    if dui >= 0:   # A对B约谈/责令…
        subjects = [n for m, n in nearest_subjects(ctx, dui)]
        # a place counts only where it ends the object's name (对X公司承建的Y街道安置房项目: not Y街道)
        targets = [n for m, n in ctx.of(*SUPERVISABLE) if dui < ctx.rel(m) < cm.start()
                   and _whole_object(ctx, m, cm.start())]
    else:          # A责令B… / 约谈了X公司 / 约谈…的A、B负责人
        subjects = [n for m, n in _acting_bodies(ctx, cm.start())]
        targets = object_list(ctx, cm.end())
    if not targets and dui < 0 and (cm.group(0).startswith("责令") or s.startswith("其", cm.end())):
        # A对B进行了抽查，…，当场责令整改 / 对B…，督促其…: the order goes to what was checked earlier
        last = s.rfind("对", 0, cm.start())
        if last >= 0:
            end = re.search(r"[,;]|$", s[last:]).start() + last
            targets = [n for m, n in ctx.of("Enterprise", "Facility", "Reservoir") if last < ctx.rel(m) < end]
            subjects = [n for m, n in _acting_bodies(ctx, last)]
    return out + _supervision_edges(ctx, subjects, targets)


def place_checks(ctx: Ctx) -> list[Edge]:
    """`A对B镇、C街道(的…)开展夜查/督查`: a check whose objects are townships or bodies supervises them. When a
    firm or facility is named among the objects, the place only says where it is (INSPECTED does those)."""
    s = ctx.s()
    after = load().cue_re("inspected_after")
    out = []
    for dm in re.finditer(r"(?<![针应面绝相])对", s):
        clause_end = re.search(r"[,;。]|$", s[dm.end():]).start() + dm.end()
        am = after.search(s, dm.end(), clause_end)
        if not am or not re.search(r"开展|进行|实施|组织", s[dm.end():am.start()]):
            continue
        inside = [(m, n) for m, n in ctx.mentions if dm.end() <= ctx.rel(m) < am.start()]
        if any(m.label in INSPECTABLE for m, _ in inside):
            continue
        # the township must end its noun phrase (`B镇、C街道的…`); `B镇石灰岩矿区` names a spot inside it
        targets = [n for m, n in inside if m.label == "Jurisdiction" and m.props.get("level") == "township"
                   and not _place_prefix(ctx, m)
                   and re.match(r"[、和及与的]|开展|进行|实施|组织|等", s[ctx.rel(m) + len(m.surface):])]
        # 对县水利局、县气象局进行督导检查: the bodies checked (each body's own name, not a parent in a unit's)
        bodies = [(m, n) for m, n in inside if m.label == "Department" and not any(
            x is not m and x.start <= m.start and m.end <= x.end for x, _ in inside)]
        verb = re.search(r"开展|进行|实施|组织", s[dm.end():am.start()])
        rest = s[dm.end():dm.end() + verb.start()]
        for m, _ in bodies:
            rest = rest.replace(m.surface, "", 1)
        if re.fullmatch(r"[、和及与等]*(?:[\d一二三四五六七八九十]+个)?(?:成员)?(?:部门|单位)?", rest):
            targets += [n for m, n in bodies]   # only when the objects are just a list of bodies
        if targets:
            out += _supervision_edges(ctx, [n for m, n in nearest_subjects(ctx, dm.start())], targets)
    return out


OBJECT_MARK = re.compile(r"(?<![针应面绝相])对(?![照于接])|向")
SENT_TO = re.compile(r"(?:向|与|对)([^,;。]{1,40}?)(?:下发|下达|签订|签署|印发|发出|送达)了?[^,;。]{0,16}?")


def _supervision_edges(ctx: Ctx, subjects: list[str], targets: list[str]) -> list[Edge]:
    props = {}
    if targets and not subjects and ctx.reporting:
        # the reporting body, in its own report; a place never supervises (the contract's sources are bodies)
        subjects, props = [ctx.reporting], {"inferred": True}
    return [Edge(a, "SUPERVISES", b, ctx.sentence, dict(props))
            for a in dict.fromkeys(subjects) for b in dict.fromkeys(targets) if a != b]


def supervision_papers(ctx: Ctx) -> list[Edge]:
    """`向A下发督办函` / `与A、B等签订…责任书`: the sender supervises the places or bodies named."""
    s = ctx.s()
    out = []
    paper = load().cue_re("supervises_doc")
    for m in SENT_TO.finditer(s):
        if not paper.match(s, m.end()) and not paper.search(s, m.end(), m.end() + 16):
            continue
        a, b = m.span(1)
        targets = [n for x, n in ctx.of(*SUPERVISABLE) if a <= ctx.rel(x) < b and _whole_object(ctx, x, b)]
        # the sender is written before any object of the sentence (A对B督查，并向C下发督办函: A, not B)
        obj = OBJECT_MARK.search(s, 0, m.start())
        out += _supervision_edges(ctx, [n for x, n in _acting_bodies(ctx, obj.start() if obj else m.start())],
                                  targets)
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
            if b.start == a.end and (b.label in ("Jurisdiction", "Facility", "Reservoir", "Enterprise")
                                     or b.key == "township_government"):
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
        located = ctx.text[max(0, a.start - 2):a.start] == "位于"  # 位于X的Y公司: a firm is placed too
        if dm and a.props.get("level") in ("county", "township"):
            pos = a.end + dm.end()
            for b, bn in ms:
                if b.start == pos and (b.label in PLACES or (located and b.label == "Enterprise")):
                    out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
                    sep = re.match(r"[、和及与]", ctx.text[b.end:b.end + 1])
                    if not sep:
                        break
                    pos = b.end + 1
    return out


def built_in(ctx: Ctx) -> list[Edge]:
    """`在X街道设立/建成Y(仓库、避难场所…)`: a facility set up in a place lies in it."""
    s = ctx.s()
    out = []
    built = load().cue_re("built")
    for m, n in ctx.of("Jurisdiction"):
        r = ctx.rel(m)
        if s[r - 1:r] != "在" or _place_prefix(ctx, m):
            continue
        bm = built.match(s, r + len(m.surface))
        if not bm:
            continue
        out += [Edge(fn, "LOCATED_IN", n, ctx.sentence) for f, fn in ctx.of(*PLACES) if ctx.rel(f) == bm.end()]
    return out


def stationed(ctx: Ctx) -> list[Edge]:
    """`A在X镇驻防/驻扎`: a body or team stationed in a place lies in it."""
    s = ctx.s()
    out = []
    for cm in load().cue_re("stationed").finditer(s):
        place = next(((m, n) for m, n in ctx.of("Jurisdiction") if ctx.rel(m) + len(m.surface) == cm.start()
                      and s[ctx.rel(m) - 1:ctx.rel(m)] == "在"), None)
        if place is None:
            continue
        at = ctx.rel(place[0]) - 1
        clause = s.rfind(",", 0, at)   # the subject of this clause, not of an earlier one
        out += [Edge(n, "LOCATED_IN", place[1], ctx.sentence) for m, n in _acting_bodies(ctx, at)
                if ctx.rel(m) > clause]
    return out


def sent_in(ctx: Ctx) -> list[Edge]:
    """`A进驻我区/X镇开展…督查`: a team sent in to check supervises the place (我区/我县: the report's own)."""
    s = ctx.s()
    out = []
    after = load().cue_re("inspected_after")
    for cm in re.finditer("(?:%s)(我[%s])?" % (load().cue_re("sent_in").pattern, LEVEL_CHARS), s):
        end = re.search(r"[,;。]|$", s[cm.end():]).start() + cm.end()
        if not after.search(s, cm.end(), end):
            continue
        if cm.group(1):
            places = [ctx.resolver.juris_id]
        else:
            places = [n for m, n in ctx.of("Jurisdiction") if ctx.rel(m) == cm.end()]
        subjects = [n for m, n in _acting_bodies(ctx, cm.start()) if s.rfind(",", 0, cm.start()) < ctx.rel(m)]
        out += [Edge(a, "SUPERVISES", p, ctx.sentence) for a in dict.fromkeys(subjects) for p in places if a != p]
    return out


def _clause_sectors(ctx: Ctx, bodies) -> dict[int, list[str]]:
    """`A负责X，B负责Y`: when several clauses of a sentence each open with their own bodies, each
    clause's bodies answer for the sectors of that clause only. Keyed by id(mention)."""
    s = ctx.s()
    opens = [m for m, _ in bodies if ctx.rel(m) == 0 or (ctx.rel(m) > 0 and s[ctx.rel(m) - 1] in ",;")]
    if len(opens) < 2:
        return {}
    bounds = [ctx.rel(m) for m in opens] + [len(s)]
    out = {}
    for i, a in enumerate(bounds[:-1]):
        b = bounds[i + 1]
        secs = [n for x, n in ctx.of("Sector") if a <= ctx.rel(x) < b]
        for m, _ in bodies:
            if a <= ctx.rel(m) < b:
                out[id(m)] = secs
    return out


# a numbered heading that is only sector names: `(二)森林防灭火。` / `**(一)防汛抗旱**` / `三、地质灾害和地震`
BARE_HEADING = re.compile(r"^\**\s*(?:\(\w{1,3}\)|[一二三四五六七八九十]+[、.]|\d+[、.])\s*"
                          r"([\u4e00-\u9fff、和及与]{2,16}?)\s*(?:\**\s*$|[。.:]\**)")
# a sentence or a clause after `:` that opens with sectors and a comma: `矿山，专班对…；危险化学品，A会同B…`,
# `在道路交通安全方面，A…`, `危险化学品和烟花爆竹领域，A…`
SECTOR_OPENS = re.compile(r"(?:^|[:])在?([\u4e00-\u9fff、和及与]{2,16}?)(?:安全)?(?:领域|方面|行业)?[,:]")


def bare_heading(line: str, resolver) -> tuple[list[str], bool] | None:
    """(sector ids, alone on its line) of a bare numbered heading, or None when the line is not one."""
    m = BARE_HEADING.match(line)
    if not m:
        return None
    lex = load()
    parts = [p for p in HEADING_SPLIT.split(m.group(1)) if p]
    if not parts or any(p not in lex.sector_of for p in parts):
        return None
    ids = [resolver._node("Sector", lex.sector_of[p], None).id for p in parts]
    return ids, not line[m.end():].strip()


def _opening_sectors(ctx: Ctx) -> list[str]:
    lex = load()
    out = []
    for m in SECTOR_OPENS.finditer(ctx.s()):
        parts = [p for p in HEADING_SPLIT.split(m.group(1)) if p]
        if parts and all(p in lex.sector_of for p in parts):
            out += [ctx.resolver._node("Sector", lex.sector_of[p], None).id for p in parts]
    return out


def _cue_outside_names(ctx: Ctx, rx: re.Pattern):
    """The first cue that is not part of a name (整治 in 非煤矿山整治工作专班 is not an action)."""
    spans = [(ctx.rel(m), ctx.rel(m) + len(m.surface)) for m, _ in ctx.mentions if m.label != "Sector"]
    return next((c for c in rx.finditer(ctx.s()) if not any(a <= c.start() < b for a, b in spans)), None)


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
                if canon or ctx.heading_named(part):
                    head_sectors.append(ctx.resolver._node("Sector", canon or part, None).id)
    if head_sectors and ctx.sentence.para != ctx.sentence.heading_para and \
            any(n not in head_sectors for n in sectors):
        head_sectors = []  # a later line of the section that speaks of another sector
    cue = _cue_outside_names(ctx, lex.cue_re("responsible"))
    drill = bool(ctx.of("Drill"))
    head_sectors += _opening_sectors(ctx)
    if (cue or ctx.bare_inline) and not drill and not head_sectors:
        head_sectors = list(ctx.bare_heading)
    if len(head_sectors) > 1 and any(n in head_sectors for n in sectors):
        # `(三)地质灾害和地震。A排查地质灾害隐患…`: the heading's sector the sentence speaks of
        head_sectors = [n for n in head_sectors if n in sectors]
    bodies = _acting_bodies(ctx)
    owned = _clause_sectors(ctx, bodies)
    for m, n in bodies:
        targets = list(head_sectors)
        # a team answers for the sectors of its own work, not for those of a drill it takes part in; a
        # committee named after a sector answers for that one (its own rule below), not for others it meets
        if (cue or (m.label == "RescueTeam" and not drill)) and not _own_sector(m):
            targets += owned.get(id(m), sectors)
        for t in dict.fromkeys(targets):
            out.append(Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence))
    # a committee or team named after its sector answers for it (防汛抗旱指挥部, 森林防火救援大队), and so does
    # the body set to lead it (增设X专业委员会，由A牵头)
    for m, n in ctx.of("Committee", "RescueTeam"):
        own = _own_sector(m)
        if own:
            sid = ctx.resolver._node("Sector", own, None).id
            out.append(Edge(n, "RESPONSIBLE_FOR", sid, ctx.sentence))
            lm = re.match(r",?由([^,;。]{2,40}?)牵头", ctx.s()[ctx.rel(m) + len(m.surface):])
            if lm:
                a, b = (ctx.rel(m) + len(m.surface) + x for x in lm.span(1))
                out += [Edge(xn, "RESPONSIBLE_FOR", sid, ctx.sentence) for x, xn in ctx.of(*BODIES)
                        if a <= ctx.rel(x) < b]
    return out


def _own_sector(m: Mention) -> str | None:
    """The sector a committee or team is named after (防汛抗旱指挥部: 防汛抗旱), if any."""
    if m.label not in ("Committee", "RescueTeam"):
        return None
    lex = load()
    for alias in sorted(lex.sector_of, key=len, reverse=True):
        if alias in m.canonical or alias in m.surface:
            return lex.sector_of[alias]
    return None


def covers(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    # emergency plans (应急预案) and drills whose name names a hazard; other plan kinds (工作要点,
    # 实施方案 …) are about work, not a hazard
    for m, n in ctx.of("Plan", "Drill"):
        if m.label == "Plan" and m.props.get("kind") != "emergency_plan":
            continue
        for alias in sorted(lex.sector_of, key=len, reverse=True):
            if alias in m.surface:
                sid = ctx.resolver._node("Sector", lex.sector_of[alias], None).id
                out.append(Edge(n, "COVERS", sid, ctx.sentence))
                break
    return out


RULES = (leads_guides, accepts_guidance, guides_to_act, part_of, holds_post, member_of, issued, drills, inspected, supervises,
         place_checks, supervision_papers,
         located_in, built_in, stationed, sent_in, responsible_for, covers)
