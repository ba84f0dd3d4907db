"""Relationships by cue words and structure, one sentence at a time.

Each rule reads a sentence's mentions (in order, with their resolved node ids) and its text, and
yields `Edge`s whose evidence is that sentence. Cue words come from `lexicons/cues.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from loaders.entities import DATE_RE, DRILL_ROW_LEAD, Mention, _bodies, _suffix_labels, sector_words_re
from loaders.lexicon import alternation, load
from loaders.sentences import Sentence

BODIES = ("Department", "Committee", "RescueTeam")
PLACES = ("Facility", "Reservoir")
LEADER_KEYS = ("党委", "人民政府")
# the wordings of an opening clause come from cues.tsv (`leads`, `guides`, `supports`)
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
    # committees of the clause before, when it ended with `;` in the same paragraph: `调整X委员会，…；A、B为成员单位`
    carried_committees: list = field(default_factory=list)
    _of: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # labels -> mentions (`of`)
    _acting: list | None = field(default=None, init=False, repr=False, compare=False)  # `_acting_candidates`
    _name_spans: list | None = field(default=None, init=False, repr=False, compare=False)  # `_cue_outside_names`

    def rel(self, m: Mention) -> int:
        return m.start - self.sentence.start

    def s(self) -> str:
        return self.sentence.text

    def of(self, *labels) -> tuple[tuple[Mention, str], ...]:
        # every rule asks, for each sentence, for the same few label sets: filtered once (a sentence's
        # mentions never change), handed out as a tuple that no caller can change for the next
        found = self._of.get(labels)
        if found is None:
            found = self._of[labels] = tuple([(m, n) for m, n in self.mentions if m.label in labels])
        return found


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
def _opening_cues() -> tuple[re.Pattern, dict[str, str | None]]:
    """The wordings of an opening (`leads`, `guides`, `supports` in cues.tsv) and the type each gives."""
    lex = load()
    kind: dict[str, str | None] = {}
    for family, type_ in (("supports", None), ("guides", "GUIDES"), ("leads", "LEADS")):
        for w in lex.cues.get(family, []):
            kind[w] = type_
    return re.compile("的?(%s)" % "|".join(sorted(map(re.escape, kind), key=lambda w: (-len(w), w)))), kind


@dataclass
class Opening:
    """One giver of an opening clause: `start`/`end` span the whole clause, `span(1)` the giver's words."""
    a: int
    b: int
    first: int
    last: int

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last

    def span(self, group: int = 0) -> tuple[int, int]:
        return (self.a, self.b) if group == 1 else (self.first, self.last)


@lru_cache(maxsize=64)   # several rules ask for the openings of the same sentence
def openings(s: str) -> tuple[tuple[Opening, str | None], ...]:
    """The opening clauses of a sentence with the type each giver gets (None: support, typed by who gives it).
    An opening is a run `(在)X的CUE(和|及|与|、)Y的CUE…下`: each cue types the words written before it, back to
    the cue before it (`在市局的悉心指导和县委的坚强领导下`: 市局 guides, 县委 leads). A run opening with
    a leadership cue needs its `在` (`贯彻县委决策部署下` is no opening)."""
    cue_rx, kind = _opening_cues()
    cues = list(cue_rx.finditer(s))
    out: list[tuple[Opening, str | None]] = []
    i = 0
    while i < len(cues):
        # the run of cues joined by a connector (`领导和市局的指导`), ended by 下 or by a connector before words of
        # no cue (`在县委的领导和全体干部的共同努力下`)
        j = i
        while j + 1 < len(cues) and re.fullmatch(r"[和及与、][^,;。下]*", s[cues[j].end():cues[j + 1].start()]):
            j += 1
        tail = s[cues[j].end():]
        ended = re.match(r"下|[和及与][^,;。]*?下", tail)
        if not ended:
            i = j + 1
            continue
        run = cues[i:j + 1]
        clause = max(s.rfind(c, 0, run[0].start()) for c in ",;。") + 1
        at = s.rfind("在", clause, run[0].start())
        if at < 0 and kind[run[0].group(1)] == "LEADS":
            i = j + 1
            continue
        first, last = (at if at >= 0 else clause), run[-1].end() + ended.end()
        a = first + 1 if at >= 0 else first
        for c in run:
            out.append((Opening(a, c.start(), first, last), kind[c.group(1)]))
            a = c.end() + 1
        i = j + 1
    return tuple(out)


CLAUSE_END = re.compile(r"[,;。]|$")


def _clause_end(s: str, at: int) -> int:
    """Where the clause going on at `at` ends: its next `,;。`, else the sentence's end."""
    if 0 <= at <= len(s):
        return CLAUSE_END.search(s, at).start()
    return CLAUSE_END.search(s[at:]).start() + at   # (as a slice reads an offset out of range)


def _in_brackets(s: str, r: int) -> bool:
    return s.rfind("(", 0, r) > s.rfind(")", 0, r)


def _acting_bodies(ctx: Ctx, before: int | None = None, leaders: bool = False) -> list[tuple[Mention, str]]:
    """Bodies that act in the sentence (before `before`): not the leaders/guides of an opening clause, not
    党委/政府 (unless `leaders`: a government issues its own plans)."""
    if ctx._acting is None:
        ctx._acting = _acting_candidates(ctx)
    out = [(m, n) for m, n, r, leader in ctx._acting
           if (before is None or r < before) and (leaders or not leader)]
    if not out and not leaders:
        return list(ctx.carried)
    return out


@lru_cache(maxsize=64)   # subject_run and _acting_candidates ask for the same sentence
def _openings_end(s: str) -> int:
    """Where the sentence's opening clauses (`在X的领导下，`) end; 0 when it has none."""
    return max((m.end() for m, _ in openings(s)), default=0)


def _acting_candidates(ctx: Ctx) -> list[tuple[Mention, str, int, bool]]:
    """(mention, node, offset in the sentence, is a leader that does not act itself) of every body that may
    act in the sentence. Read once per sentence: many rules ask, each with its own `before`."""
    skip_until = _openings_end(ctx.s())
    persons = ctx.of("Person")
    title_starts = {p.props.get("_title_start") for p, _ in persons}
    s = ctx.s()
    bodies = ctx.of(*BODIES)
    body_starts = {x.start for x, _ in bodies}
    listed = None   # the spans of member lists and `由…组成的`, read when a body may act
    out = []
    for m, n in bodies:
        r = ctx.rel(m)
        if r < skip_until or m.end in title_starts:
            continue
        if any(p.props.get("_title_start", 0) <= m.start < p.start for p, _ in persons):
            continue  # part of a person's titles (区委常委武装部长X)
        if m.label == "Committee" and COMMITTEE_POST_AFTER.match(s, r + len(m.surface)):
            continue  # 县防指总指挥X带领…: the committee names the post of the one who acts (even a name not read)
        if TARGET_BEFORE.search(s[max(0, r - 2):r]):
            continue  # a body written as the target, the authority or the seat of an office, not the actor
        if m.end in body_starts or any(x is not m and x.start <= m.start and m.end <= x.end and
                                       x.end - x.start > m.end - m.start for x, _ in bodies):
            continue  # the parent named inside or right before a unit's name (X分局交警大队): the unit acts
        if listed is None:
            listed = _formed_spans(s) + _member_spans(s)
        if any(a <= r < b for a, b in listed):
            continue  # 由A、B组成的X专班 / A、B等为成员单位: A and B are members of what acts
        if _in_brackets(s, r):
            continue  # a bracketed aside (设在X局) names where a body sits, not who acts
        if m.label == "Committee" and _formed_at_end().search(s[max(0, r - 12):r]) and any(
                ctx.rel(x) < r for x, _ in bodies if x is not m):
            continue  # A会同B、C组成3个联合检查组，对X…: the bodies forming the group act, not the group
        leader = m.key in LEADER_KEYS and not _government_acts(s, r, m)
        out.append((m, n, r, leader))
    return out


# a body written as the target, the authority or the seat of an office when these end the text before it
TARGET_BEFORE = re.compile(r"(?:按|按照|根据|向|上报|报送|报告|各|设在|设于|挂靠)$")


@lru_cache(maxsize=1)
def _formed_at_end() -> re.Pattern:
    """FORMED ending the text (FORMED is defined further down the module)."""
    return re.compile(FORMED.pattern + "$")


# a committee's post right after it, then a name (县防指总指挥王某, 县减灾委副主任李某): the committee is a title
COMMITTEE_POST_AFTER = re.compile(r"(?:常务|第一|执行)?副?(?:总指挥|指挥长|主任|组长)(?!会议|办公|单位|成员|委员)[\u4e00-\u9fff*]")


def _government_acts(s: str, r: int, m: Mention) -> bool:
    """A government opening a clause and setting about a task itself (`区政府对A镇开展巡查`, `县政府组织…`) acts;
    elsewhere 党委/政府 lead or guide (`在县委、县政府的领导下`) and are no actor."""
    return m.key == "人民政府" and (r == 0 or s[r - 1] in ",;:") and \
        GOVERNMENT_ACTS.match(s, r + len(m.surface)) is not None


# a government setting about a task itself; `与A、B签订…` signs a paper with them (县政府与A镇、B乡签订责任书)
GOVERNMENT_ACTS = re.compile(r"(?:先后|还|再次)?(?:对|组织|联合|会同|与(?=[^,;。]{1,40}?签[订署]))")


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
            # … and so does one whose bodies are only brought along (`A牵头，会同B检查了X`)
            lead = s[start:ctx.rel(mine[0][0])]
            if not load().cue_in("(?:%s)$", "helping").search(tail) and \
                    not load().cue_in("(?:%s)", "together").fullmatch(lead):
                break
        end = start - 1
    return out or acting


def _formed_spans(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"由[^,;。由]*?组成的", s)] if "组成" in s else []


# the members listed after the words `成员单位`: `成员单位包括A、B`, `成员单位调整为A、B`, `成员单位增至A、B等N个`
MEMBERS_LISTED = re.compile(r"成员单位(?:(?:调整|扩大|扩充|增加|增补|新增|增至|明确|确定|更新|变更|充实)了?[为至到]?|包括|包含|涵盖|"
                            r"共有|有|为|是)[:]?")


# the same list opening a clause, its committee written before or in the clause before `;`
MEMBERS_AT_CLAUSE = re.compile(r"(?:^|(?<=[,;]))" + MEMBERS_LISTED.pattern)


@lru_cache(maxsize=1)
def _members_need_chengyuan() -> bool:
    """Is every member cue written with 成员 (as MEMBERS_LISTED is)? Then a sentence without it lists none."""
    return all("成员" in w for w in load().cues.get("member", []))


def _member_spans(s: str) -> list[tuple[int, int]]:
    """The lists of member units: `A、B等21个单位为成员单位`, `成员单位包括A、B`."""
    if _members_need_chengyuan() and "成员" not in s:
        return []
    out = [(max(s.rfind(",", 0, m.start()), s.rfind(";", 0, m.start())) + 1, m.start())
           for m in load().cue_re("member").finditer(s)]
    for m in re.finditer(MEMBERS_LISTED, s):
        out.append((m.end(), re.search(r"[;。]|$", s[m.end():]).start() + m.end()))
    return out


NOT_WORD_CHARS = re.compile(r"[\W\d]")
# what joins the bodies of a subject run (`A、B会同C`)
RUN_SEPARATOR = re.compile(r"[、和及与]|会同|联合|以及")


def subject_run(ctx: Ctx) -> list[tuple[Mention, str]]:
    """The bodies a sentence opens with (`A、B会同C检查…`, `A牵头，…`): who a following clause after `;`
    goes on with. Bodies named later (`明确A、B的职责`) are objects, not subjects."""
    acting = _acting_bodies(ctx)
    if not acting or (ctx.carried and acting[0][0] is ctx.carried[0][0]):
        return list(acting)  # no body of its own: the clause before goes on
    s = ctx.s()
    first = acting[0][0]
    # what is written before it in its clause (按照…要求，A印发…: the clause of A)
    lead = s[max(_openings_end(s), s.rfind(",", 0, ctx.rel(first)) + 1):ctx.rel(first)]
    if len(NOT_WORD_CHARS.sub("", lead)) > 8 or load().cue_re("before_object").search(lead):
        return []
    out, at = [], ctx.rel(first)
    for m, n in acting:
        if ctx.rel(m) != at:
            break
        out.append((m, n))
        at = ctx.rel(m) + len(m.surface)
        sep = RUN_SEPARATOR.match(s[at:])
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
        cm = load().cue_re("lead_all").search(s)
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
    # `在…指导下，A、B围绕…`: every body of the list after the opening is led
    subjects = [subject] + ([] if before or subject is None else _listed_after(ctx, after))
    inferred = False
    # X中心在A指导下开展…: a site or firm written right before the opening is the one guided, not the reporting body
    site_first = any(ctx.rel(m) + len(m.surface) == start for m, _ in ctx.of("Facility", "Enterprise", "Reservoir"))
    if subject is None and ctx.reporting and not site_first:
        subject, inferred = ctx.reporting, True
        subjects = [subject]
    elif subject is None and not ctx.reporting and ctx.resolver and not site_first and OWN_PLACE.search(s):
        # `在市委…领导下，我县…` in a report whose own body is not known: 我县 names the county itself
        subject, inferred = ctx.resolver.juris_id, True
        subjects = [subject]
    if subject is None:
        return out
    props = {"inferred": True} if inferred else {}
    for rx, type_ in found:
        a, b = rx.span(1)
        for m, n in ctx.of(*BODIES, "Jurisdiction"):
            if a <= ctx.rel(m) < b and n not in subjects and not _place_prefix(ctx, m):
                # support (关心支持) from a party committee or government is leadership, from a superior body guidance
                t = type_ or ("LEADS" if m.key in LEADER_KEYS else "GUIDES")
                out += [Edge(n, t, sj, ctx.sentence, dict(props)) for sj in dict.fromkeys(subjects)]
    return out


LIST_MARK = re.compile(r"[、和及与]")
# the report's own place named by the writer (`我县`, `我区`, `我市`, `我旗`)
OWN_PLACE = re.compile(r"我(?:县|区|市|旗)")


def _listed_after(ctx: Ctx, bodies: list) -> list[str]:
    """The bodies listed right after the first of `bodies` (`A、B和C`), each joined to the one before by a list mark."""
    s, out = ctx.s(), []
    end = ctx.rel(bodies[0][0]) + len(bodies[0][0].surface)
    for m, n in bodies[1:]:
        if not LIST_MARK.fullmatch(s[end:ctx.rel(m)]):
            break
        out.append(n)
        end = ctx.rel(m) + len(m.surface)
    return out


@lru_cache(maxsize=1)
def _given_guidance_re() -> re.Pattern:
    """`对X给予(了)…指导/支持`: the cue words of an opening (without the `的?(…)` around them)."""
    return re.compile(r"对([^,。;]{2,30}?)给予了?[^,。;]{0,12}?(?:%s)" % _opening_cues()[0].pattern[3:-1])


def accepts_guidance(ctx: Ctx) -> list[Edge]:
    """`A主动接受B、C的业务指导`: B and C guide A (the body before the cue, else the reporting body)."""
    out: list[Edge] = []
    # the sentence's subject: its first body outside a `在X的领导下` clause (later bodies before the cue are
    # often authorities: `A贯彻B、C决策部署，主动接受D的指导`)
    led = None
    for gm in _accepts_re().finditer(ctx.s()):
        if led is None:
            led = [m.span() for m, _ in openings(ctx.s())]
        before = [n for m, n in ctx.of(*BODIES) if ctx.rel(m) + len(m.surface) <= gm.start()
                  and not any(a <= ctx.rel(m) < b for a, b in led)]
        subject, props = (before[0], {}) if before else (ctx.reporting, {"inferred": True})
        if subject is None:
            continue
        a, b = gm.span(1)
        for m, n in ctx.of(*BODIES):
            if a <= ctx.rel(m) < b and n != subject:
                out.append(Edge(n, "GUIDES", subject, ctx.sentence, dict(props)))
    # A对B(的工作)给予(了)…指导/支持: A guides B
    for gm in _given_guidance_re().finditer(ctx.s()):
        a, b = gm.span(1)
        givers = [n for m, n in _acting_bodies(ctx, gm.start()) if m.key not in LEADER_KEYS]
        out += [Edge(g, "GUIDES", n, ctx.sentence) for g in givers for m, n in ctx.of(*BODIES)
                if a <= ctx.rel(m) < b and n != g]
    return out


@lru_cache(maxsize=1)
def _accepts_re() -> re.Pattern:
    """`(主动)接受/得到/争取X的(业务|督促)指导/支持`: X guides the subject of the sentence (cue list `accepts`)."""
    guidance = "|".join(map(re.escape, sorted(set(load().cues.get("guides", []) + load().cues.get("supports", [])),
                                              key=lambda w: (-len(w), w))))
    return re.compile(r"(?:%s)了?([^,。;]{2,40}?)的?(?:业务|督促|工作)?(?:%s)" % (load().cue_re("accepts").pattern, guidance))


GUIDES_TO_ACT = re.compile(r"(?:业务)?指导(?:督促)?")
TO_ACT = re.compile(r"开展|做好|落实|完成|推进|加强|组织|制定|修订|编制")


def guides_to_act(ctx: Ctx) -> list[Edge]:
    """`A指导B(、C)开展…`: A guides the bodies named between the cue and what they do."""
    s = ctx.s()
    out: list[Edge] = []
    for gm in GUIDES_TO_ACT.finditer(s):
        end = _clause_end(s, gm.end())
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


# the copula between a body and the body it is an outpost of (A系B派出机构 / A是B的直属机构 / A作为B的派出机构)
BRANCH_COPULA = re.compile(r"(?:系|是|为|属|属于|作为)$")


def branch_of(ctx: Ctx) -> list[Edge]:
    """`A系B派出机构` / `A是B的直属单位`: a body said to be another body's outpost is part of it (the
    `branch_of` cue words end the clause's second body, with or without 的)."""
    s = ctx.s()
    if "机构" not in s and "属单位" not in s:
        return []   # (cheap gate: every branch_of cue holds one of these)
    bodies = ctx.of(*BODIES)
    if len(bodies) < 2:
        return []
    out = []
    for cm in load().cue_re("branch_of").finditer(s):
        end = cm.start() - (s[cm.start() - 1:cm.start()] == "的")
        parent = next(((m, n) for m, n in bodies if ctx.rel(m) + len(m.surface) == end), None)
        if parent is None:
            continue
        copula = BRANCH_COPULA.search(s, 0, ctx.rel(parent[0]))
        if copula is None:
            continue
        out += [Edge(n, "PART_OF", parent[1], ctx.sentence) for m, n in bodies
                if ctx.rel(m) + len(m.surface) == copula.start() and n != parent[1]]
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
        if _higher_office(m, lex.bodies.get(body.parent), resolver):
            return None
        if _government_unit_elsewhere(m, lex.bodies.get(body.parent), resolver):
            return None
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


def _higher_office(m: Mention, parent, resolver) -> bool:
    """A higher level's committee office (`市安委办` in a county's report) is named as an authority
    (`在市安委办的指导下`): the golds give it no PART_OF; a report of its own level does."""
    own = resolver.info.level_char if resolver.info.place else None   # no place read: the level is a guess
    return bool(parent and parent.label == "Committee" and own and m.level and m.level != own
                and m.level not in "镇乡")


def _government_unit_elsewhere(m: Mention, parent, resolver) -> bool:
    """An office of a government (a unit whose parent is a Department: 县政府办公室) is part of it only when
    written short at the report's own level (`县政府办公室印发…`); the full name (`发布机构：X县人民政府办公室`,
    a footer's or masthead's) and a higher level's office get no PART_OF in the golds."""
    own = resolver.info.level_char if resolver.info.place else None
    return bool(parent and parent.label == "Department"
                and not (own and m.level == own and m.surface[:1] == m.level and parent.canonical not in m.surface))


def unit_key(m: Mention) -> tuple | None:
    """What `part_of_target` reads of a mention, or None when the mention cannot be part of another body."""
    body = load().bodies.get(m.key)
    if m.props.get("parent") or (body and body.parent and body.parent != "national"):
        return (m.props.get("parent"), m.key, m.level, m.surface)
    return None


@lru_cache(maxsize=1)
def _title_templates() -> dict[str, str]:
    """titles.tsv as title -> the body it is held in."""
    return dict(load().titles)


def holds_post(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    templates = _title_templates()
    # the body each person's first title was held in (`X局局长A、副局长B`: B's title is in X局 too)
    held_in: dict[int, str] = {}
    first_post: dict[int, tuple[str, str]] = {}   # a person's end -> (body, title) of the first post
    for m, n in ctx.of("Person"):
        titles = m.props.get("_titles", [])
        tstart = m.props.get("_title_start", m.start)
        prev = [xn for x, xn in ctx.of(*BODIES) if x.end == tstart]
        if not prev and titles and titles[0].startswith("队"):
            # X大队(副)大队长A, X支队支队长A: the rank before 队长 repeats the unit's own head word
            prev, titles = _unit_rank_post(ctx, tstart, titles, held_in)
        if not prev and titles and tstart == m.end:   # X局王某局长: a title after the name is the body's before it
            prev = [xn for x, xn in ctx.of(*BODIES) if x.end == m.start]
        if not prev and titles and not templates.get(titles[0]) and titles[0][0] not in LEVEL_CHARS \
                and ctx.text[tstart - 1:tstart] in ("、", "和"):
            prev = [held_in[tstart - 1]] if tstart - 1 in held_in else []
        if prev:
            held_in[m.end] = prev[0]
        # X局党委书记 / X镇党委书记: the party organ of the body or place written before the title
        party = lex.cue_re("party_unit").search(ctx.text, max(0, tstart - 3), tstart)
        party = party if party and party.end() == tstart else None
        before = party.start() if party else tstart
        if party and not prev:
            prev = [xn for x, xn in ctx.of(*BODIES) if x.end == before]
        # a township's or village's post (X镇党委书记, X镇镇长) is not one of the report's own bodies
        if any(x.end == before and x.props.get("level") in ("township", "village") for x, _ in ctx.of("Jurisdiction")):
            titles = []
        for i, title in enumerate(titles):
            target = None
            if i == 0 and prev:
                target = prev[0]
                if party and not title.startswith(party.group(0)):
                    title = party.group(0) + title
            if target is None and prev and not templates.get(title):
                # X局党组书记、局长Y: a later title with no body of its own is held in the body before the chain
                target = prev[0]
            if target is None:
                # the level written in the title (县委书记, 常务副市长: after 常务副), else the report's own
                lm = TITLE_LEVEL.match(title)
                level = lm.group(1) if lm else ctx.resolver.info.level_char
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
            if target is None and ctx.reporting and re.fullmatch(r"(?:常务)?副?局长|党组(?:副)?书记", title) and \
                    ctx.resolver.nodes[ctx.reporting].name.endswith("局"):
                # `局领导班子：局长A，副局长B` in a bureau's own report: a bureau's title with no body is its own
                target = ctx.reporting
            if target:
                out.append(Edge(n, "HOLDS_POST", target, ctx.sentence, {"title": title}))
                first_post.setdefault(m.end, (target, title))
        if not titles and m.props.get("_title_start", m.start) == m.start:
            # `副县长A(藏族)、B任副主任`: a name with no title of its own, listed right after a titled one, shares it
            pm_ = SHARED_TITLE.search(ctx.text, max(0, m.start - 12), m.start)
            if pm_ and pm_.start() in first_post:
                target, title = first_post[pm_.start()]
                out.append(Edge(n, "HOLDS_POST", target, ctx.sentence, {"title": title}))
        # `以副区长X为组长…为成员的Y组`: the post in the committee set up in the sentence
        after = ctx.rel(m) + len(m.surface)
        aside = re.match(r"\([^()]{1,8}\)", ctx.s()[after:])
        if aside:   # 副市长A(畲族)任副主任: a bracketed aside after the name
            after += aside.end()
        # `副区长A、副区长B为副主任`: a list of persons shares the post named after the last one
        post_at = _end_of_person_list(ctx, after)
        pm = POST_TAKEN.match(ctx.s()[post_at:])
        # X任Y委员会主任 / X任Y办主任: the post is in the body named between
        # X(同志)任/担任Y局局长: any post title after the body (a committee's or a bureau's)
        vm = TAKES_POST.match(ctx.s(), after)
        if not vm and (tm := TITLE_AFTER_NAME.match(ctx.s(), after)):
            # 何某区长任Y委主任: the person's own title written after the name
            vm = TAKES_POST.match(ctx.s(), tm.end())
            if vm:
                post_at, pm = tm.end(), POST_TAKEN.match(ctx.s()[tm.end():])
            own = [xn for x, xn in ctx.of(*BODIES) if x.end == m.start] if tm.group(1) and not titles else []
            if own:
                out.append(Edge(n, "HOLDS_POST", own[0], ctx.sentence, {"title": tm.group(0)}))
        if vm:
            vm = _At(vm.end() - after)   # offsets below are from the end of the name
        if not vm:
            # 副县长A分管X工作，任Y委主任: the post in the next clause, when no other person is named between
            vm = _post_in_next_clause(ctx, after)
        named = [(x, xn) for x, xn in ctx.of(*BODIES) if vm and ctx.rel(x) == after + vm.end()]
        if named and not pm:
            at = ctx.rel(named[0][0]) + len(named[0][0].surface)
            at += _short_name_len(ctx.s(), at)
            tm = re.match(ANY_POST, ctx.s()[at:])
            while tm:
                out.append(Edge(n, "HOLDS_POST", named[0][1], ctx.sentence, {"title": tm.group(1)}))
                # 任A局局长、B办主任: a further body and title after 、
                at += tm.end() + 1
                named = [(x, xn) for x, xn in ctx.of(*BODIES) if ctx.rel(x) == at and ctx.s()[at - 1] in "、和"]
                tm = re.match(ANY_POST, ctx.s()[at + len(named[0][0].surface):]) if named else None
                at += len(named[0][0].surface) if named else 0
        also = ADDED_POST.match(ctx.s(), post_at + pm.end()) if pm else None
        if pm:
            # (not one a later clause sets up under another: `A任主任，X委员会下设N个专业委员会`)
            later = [(x, xn) for x, xn in ctx.of("Committee") if x.start > m.end
                     and not UNDER_ANOTHER.search(ctx.s(), max(ctx.s().rfind(",", 0, ctx.rel(x)), 0), ctx.rel(x))]
            # 调整X指挥部，由副县长Y任指挥长: no committee set up after, so the one named before
            earlier = [(x, xn) for x, xn in ctx.of("Committee") if x.end <= tstart]
            if also:  # Y任常务副主任并兼任Z指挥长: the later committee is Z's, the first post is in the one before
                later = []
            target = later[-1][1] if later else (earlier[-1][1] if earlier else None)
            if target is None:   # 调整后，A任主任: the committee the sentence before adjusted
                target = next((cn for _, cn in _adjusted_committee(ctx)), None)
            if target:
                out.append(Edge(n, "HOLDS_POST", target, ctx.sentence, {"title": pm.group(1)}))
        out += _added_posts(ctx, m, n, after)
        out += _posts_respectively(ctx, m, n, after)
        # Y主任由区长X担任: the post named before 由 is held by the person named after it
        # (the person's own title may follow the name: `指挥长由王某县长担任`)
        named_title = TITLE_AFTER_NAME.match(ctx.s(), after)
        if re.match(r"(?:同志)?(?:担任|兼任)", ctx.s()[named_title.end() if named_title else after:]):
            # Y副指挥长由A局局长B担任: the person's own body and title stand between 由 and the name
            own = [x.start for x, _ in ctx.of(*BODIES) if x.end == tstart]
            head = ctx.s()[:(own[0] if own else min(tstart, m.start)) - ctx.sentence.start]
            bm = re.search(r"的?" + POST_TITLE + r"由$", head)
            if bm:
                # X指挥部(县防指)指挥长由…担任: the body's short name in brackets between
                named = [xn for x, xn in ctx.of(*BODIES) if ctx.rel(x) + len(x.surface) == bm.start() or
                         re.fullmatch(r"\([^()]{1,12}\)", head[ctx.rel(x) + len(x.surface):bm.start()])]
                if not named and (bm.start() == 0 or head[bm.start() - 1] in ",;:"):
                    # 调整X委员会，主任由副市长Y担任: the committee the sentence named before
                    named = [xn for x, xn in ctx.of("Committee") if ctx.rel(x) < bm.start()][-1:]
                if named:
                    out.append(Edge(n, "HOLDS_POST", named[0], ctx.sentence, {"title": bm.group(1)}))
    if "设在" in ctx.s():
        out += _post_in_body_set_at(ctx)
    return out


SET_AT_BODY = re.compile(r"设在$")   # `X办公室设在Y局，局长A`: what stands before the body a post is held in
TITLE_RANK = re.compile(r"^(?:常务)?副?")


# a committee set up under another (X委员会下设A、B等N个专业委员会): nobody's post of the sentence is in it
UNDER_ANOTHER = re.compile(r"下设")


def _post_in_body_set_at(ctx: Ctx) -> list[Edge]:
    """`X办公室设在Y局，局长A(兼任X办主任)` / `设在Y局，A局长`: a title with no body of its own, right after the
    clause naming where an office sits, is held in that body when the title is the body's own (局长 of a 局)."""
    out = []
    for m, n in ctx.of("Person"):
        titles = m.props.get("_titles", [])
        if not titles:
            continue
        tstart = m.props.get("_title_start", m.start)
        first = min(tstart, m.start)
        first -= ctx.text[first - 1:first] == "由"   # `设在Y局，由局长A兼任…`
        if ctx.text[first - 1:first] not in ("，", ","):
            continue
        body = [(x, xn) for x, xn in ctx.of(*BODIES) if x.end == first - 1 and
                SET_AT_BODY.search(ctx.text, max(0, x.start - 2), x.start)]
        if not body:
            continue
        head = TITLE_RANK.sub("", titles[0])
        if head.endswith("长") and body[0][0].surface.endswith(head[:-1]) or \
                head == "主任" and body[0][0].surface[-1] in "办室委":
            out.append(Edge(n, "HOLDS_POST", body[0][1], ctx.sentence, {"title": titles[0]}))
    return out


SHARED_TITLE = re.compile(r"(?:\([^()]{1,8}\))?、$")   # what stands between two names sharing a title
UNIT_RANK = re.compile(r"副?([大中支])$")   # the rank written before 队长 (大队长, 副支队长)


def _unit_rank_post(ctx: Ctx, tstart: int, titles: list[str], held_in: dict[int, str]) -> tuple[list[str], list[str]]:
    """The unit a `X大队大队长` title is held in (`X大队大队长A、副大队长B`: B's too), and the titles with the
    rank put back on the first one."""
    rank = UNIT_RANK.search(ctx.text, max(0, tstart - 2), tstart)
    if not rank:
        return [], titles
    units = [xn for x, xn in ctx.of(*BODIES) if x.end == rank.start() and x.surface.endswith(rank.group(1) + "队")]
    if not units and ctx.text[rank.start() - 1:rank.start()] == "、" and rank.start() - 1 in held_in:
        units = [held_in[rank.start() - 1]]
    if not units:
        return [], titles
    return units[:1], [rank.group(0) + titles[0], *titles[1:]]


def _short_name_len(s: str, at: int) -> int:
    """The length of a bracketed short name written at `at` after a body (`X指挥部(区三防指挥部)总指挥`), else 0."""
    bm = re.match(r"\([^()]{1,12}\)", s[at:])
    return bm.end() if bm else 0


class _At:
    """A match-like offset: `end()` is where the body after a verb of holding a post is expected."""
    def __init__(self, end: int):
        self._end = end

    def end(self) -> int:
        return self._end


def _post_in_next_clause(ctx: Ctx, after: int) -> _At | None:
    """`A分管X工作，任Y委主任、Z指挥部指挥长`: the verb opening the clause after the person's, relative to `after`
    (None when another person is named before it)."""
    s = ctx.s()
    end = _clause_end(s, after)
    vm = re.match(r",(?:现|并|同时|还)?(?:担任|兼任|任)", s[end:])
    if not vm or any(after <= ctx.rel(p) < end for p, _ in ctx.of("Person")):
        return None
    return _At(end + vm.end() - after)


def _end_of_person_list(ctx: Ctx, after: int) -> int:
    """Where a list of persons (`A、副区长B和C`) that goes on at `after` (relative) ends."""
    starts = {p.props.get("_title_start", p.start) - ctx.sentence.start: p for p, _ in ctx.of("Person")}
    # `副县长A、县水利局局长B任…`: a person in the list may be written after the body of their title
    by_title = {p.props.get("_title_start", p.start): p for p, _ in ctx.of("Person")}
    for p, _ in ctx.of("Person"):
        if p.props.get("_title_start") == p.end:   # `A常务副区长`: the title written after the name
            starts.setdefault(p.start - ctx.sentence.start, p)
    for x, _ in ctx.of(*BODIES):
        if x.end in by_title:
            starts.setdefault(ctx.rel(x), by_title[x.end])
    while True:
        # `A和副县长B(回族)任副主任`: a bracketed aside after a later name of the list
        aside = ASIDE.match(ctx.s(), after)
        if aside:
            after = aside.end()
        # `A常务副区长、B副区长担任…`: a person's own title written after the name
        own = NAME_THEN_TITLE.match(ctx.s(), after)
        if own:
            after = own.end()
        sep = re.match(r"[、和]", ctx.s()[after:])
        nxt = starts.get(after + sep.end()) if sep else None
        if nxt is None and sep:
            # `…和县委常委、县人武部部长C任…`: a person written after another title of theirs
            tm = TITLES_BEFORE.match(ctx.s(), after + sep.end())
            nxt = starts.get(tm.end()) if tm else None
        if nxt is None:
            return after
        after = ctx.rel(nxt) + len(nxt.surface)


ASIDE = re.compile(r"\([^()]{1,8}\)")   # `(回族)` after a name
NAME_THEN_TITLE = re.compile(r"(?:常务|第一)?副?[省市区县旗州盟镇乡]长(?=[、和]|(?:同志)?(?:担任|兼任|任|为))")
# one or two titles listed before the one a person's name follows (`县委常委、县人武部部长C`)
TITLES_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?(?:常委|委员|书记|长|主任)、){1,2}")


POST_TITLE = r"((?:常务|第一)?(?:副|总)?(?:组长|主任|指挥长|总指挥|队长))"
# a post taken in the committee of the sentence: `A任/为/担任副总指挥`
POST_TAKEN = re.compile(r"(?:同志)?(?:担任|为|任)" + POST_TITLE)
# the level character of a title, after its rank words (`常务副市长`: 市)
TITLE_LEVEL = re.compile(r"(?:常务|第一|执行)?副?([%s])" % LEVEL_CHARS)
# a verb of taking a post after a person's name: `A任/担任/为Y主任`, `A同志同时任/兼任Y总指挥`
TAKES_POST = re.compile(r"(?:同志)?(?:同时|还|并)?(?:担任|兼任|为|任)")
# a person's own title written after the name (`何某区长任…`, `李某副县长担任…`)
# (`X局蔡某局长任…`: a body's title, held in the body written right before the name)
TITLE_AFTER_NAME = re.compile(r"(?:常务|第一)?副?(?:[省市区县旗州盟镇乡]长|(局长|主任|队长|站长|所长|书记))"
                              r"(?=同志|担任|兼任|任)")
# any post title written after its body (局长, 党组书记, 副主任, 政委 …), ended by punctuation or a conjunction
ANY_POST = re.compile(r"((?:常务|第一)?[\u4e00-\u9fff]{0,3}?(?:长|主任|书记|政委|总指挥))(?=[,;。、和及并(]|兼|同时|$)")
# … also `任` when the post is an office's (`X办公室设在A局，局长B任办公室主任`)
ADDED_POST = re.compile(r"(?:并|同时|还)?兼(?:任)?|任(?=该?办公室(?:常务)?副?主任)")
BARE_DEPUTY = re.compile(r"((?:常务)?副主任)(?=[,;。、]|$)")


def _posts_respectively(ctx: Ctx, person: Mention, n: str, after: int) -> list[Edge]:
    """`A、B分别(担)任X指挥部政委和指挥长`: the persons of the list hold the posts named after `分别任` in the body
    written there (else the committee named before), the i-th person the i-th post."""
    s = ctx.s()
    end = _end_of_person_list(ctx, after)
    rm = re.match(r"分别(?:担任|兼任|任)", s[end:])
    if not rm:
        return []
    at = end + rm.end()
    body = next(((x, xn) for x, xn in ctx.of(*BODIES) if ctx.rel(x) == at), None)
    if body:
        at += len(body[0].surface)
    else:
        body = ([(x, xn) for x, xn in ctx.of("Committee") if ctx.rel(x) < ctx.rel(person)][-1:] or [None])[0]
    posts = re.match(r"((?:[\u4e00-\u9fff]{0,4}?(?:长|主任|书记|政委|总指挥))(?:[、和及](?=[\u4e00-\u9fff]))?)+", s[at:])
    if not body or not posts:
        return []
    titles = [t for t in re.split(r"[、和及]", posts.group(0)) if t]
    # the persons of the list, in order (this one is one of them)
    persons = [(p, pn) for p, pn in ctx.of("Person") if ctx.rel(p) < end and
               _end_of_person_list(ctx, ctx.rel(p) + len(p.surface)) == end]
    rank = [pn for _, pn in persons].index(n) if n in [pn for _, pn in persons] else -1
    if 0 <= rank < len(titles) and len(titles) == len(persons):
        return [Edge(n, "HOLDS_POST", body[1], ctx.sentence, {"title": titles[rank]})]
    return []


def _added_posts(ctx: Ctx, person: Mention, n: str, after: int) -> list[Edge]:
    """`Y兼任Z指挥长` / `Y兼任该办公室主任` (the body of that kind named before in the sentence)."""
    s = ctx.s()
    # up to the end of the clause, or of the sentence when no other person is named before (A任X，兼任Y指挥长)
    end = _clause_end(s, after)
    nxt = min([ctx.rel(p) for p, _ in ctx.of("Person") if ctx.rel(p) >= after] + [len(s)])
    if re.match(r",(?:并|同时)?兼", s[end:]):
        end = min(re.search(r"[;。]|$", s[end + 1:]).start() + end + 1, nxt)
    out = []
    for am in ADDED_POST.finditer(s, after, end):
        named = [(x, xn) for x, xn in ctx.of(*BODIES) if ctx.rel(x) == am.end()]
        if named:
            at = am.end() + len(named[0][0].surface)
            tm = re.match(POST_TITLE, s[at + _short_name_len(s, at):])
            if tm:
                out.append(Edge(n, "HOLDS_POST", named[0][1], ctx.sentence, {"title": tm.group(1)}))
            continue
        bm = BARE_DEPUTY.match(s, am.end())
        if bm:  # X办公室设在A局，局长B兼任主任，C局副局长D兼任副主任: the office named before
            offices = [xn for x, xn in ctx.of("Department") if ctx.rel(x) < ctx.rel(person)
                       and x.canonical.endswith("办公室")]
            if offices:
                out.append(Edge(n, "HOLDS_POST", offices[-1], ctx.sentence, {"title": bm.group(1)}))
            continue
        dm = re.match(r"该?([\u4e00-\u9fff]{1,4}?)" + POST_TITLE, s[am.end():])
        if dm:  # (该)办公室主任: the last body before whose name ends with that kind
            kind = dm.group(1)
            before = [(x, xn) for x, xn in ctx.of(*BODIES) if ctx.rel(x) < ctx.rel(person) and
                      (x.surface.endswith(kind) or x.canonical.endswith(kind))]
            if before:
                out.append(Edge(n, "HOLDS_POST", before[-1][1], ctx.sentence, {"title": dm.group(2)}))
                continue
            # X委员会下设办公室，…，由A兼任办公室主任: the office of the committee named before
            office = _office_of(ctx, [x for x, _ in ctx.of("Committee") if ctx.rel(x) < ctx.rel(person)][-1:], kind)
            if office:
                out.append(Edge(n, "HOLDS_POST", office, ctx.sentence, {"title": dm.group(2)}))
    return out


def _office_of(ctx: Ctx, committees: list[Mention], kind: str) -> str | None:
    """The node of a committee's office: the body of bodies.tsv whose parent is the committee and whose name
    ends with `kind` (办公室), at the committee's level."""
    if not committees or not committees[0].level:
        return None
    c = committees[0]
    for key, body in load().bodies.items():   # keyed by every written form: take each body once, by its canonical
        if body.parent == c.key and body.canonical.endswith(kind) and key == body.canonical:
            return ctx.resolver.body_by_canonical(body.label, body.canonical, c.level).id
    return None


# `以A、B为成员单位`: 以 opens the list; 以及 (`A、B以及各乡镇等N个单位为成员单位`) and 以上/以下 are inside it
MEMBERS_OPENER = re.compile(r"以(?![及上下来后前内外便])")


@lru_cache(maxsize=1)
def _committee_forms() -> re.Pattern:
    """Every written form of a committee in bodies.tsv after its level character, longest first."""
    forms = sorted((k for k, b in load().bodies.items() if b.label == "Committee"), key=lambda k: (-len(k), k))
    return re.compile("([%s])(%s)" % (LEVEL_CHARS, "|".join(map(re.escape, forms))))


ADJUSTED_LOOK_BACK = 300   # characters: the sentence naming the committee and the adjusted one's opening clauses


def _adjusted_committee(ctx: Ctx) -> list[tuple[None, str]]:
    """`对X委员会组成人员进行调整。调整后，A任主任…；B、C为成员单位`: a sentence naming no committee that opens with
    the adjustment goes on with the last committee the sentence before (on its line) names."""
    if ctx.carried_committees or ctx.of("Committee"):
        return []
    # the sentence up to `。` this one is part of (a clause ended by `;` is a sentence of its own here)
    start = ctx.sentence.start
    # the cue opens this sentence or a `;` clause shortly before it (a bounded look back: every sentence asks)
    window = max(0, start - ADJUSTED_LOOK_BACK)
    cue = load().cue_re("adjusted")
    if not cue.search(ctx.text, window, start + 8):
        return []
    line = ctx.text.rfind("\n", window, start) + 1 or window
    opening = max(line, ctx.text.rfind("。", line, start) + 1)
    if not cue.match(ctx.text, opening):
        return []
    before = max(line, ctx.text.rfind("。", line, max(line, opening - 1)) + 1)
    found = list(_committee_forms().finditer(ctx.text, before, opening))
    if not found:
        return []
    level, form = found[-1].groups()
    return [(None, ctx.resolver.body_by_canonical("Committee", load().bodies[form].canonical, level).id)]


def member_of(ctx: Ctx) -> list[Edge]:
    # every form below makes members of a committee named in the sentence or carried into it
    carried = ctx.carried_committees or _adjusted_committee(ctx)
    if not carried and not ctx.of("Committee"):
        return []
    s = ctx.s()
    out = []
    for cm in re.finditer(load().cue_re("member"), s):
        # a committee after the cue in its own clause (`…为成员单位的X`), not one a later clause sets up
        # (`A、B为成员单位，下设N个专业委员会`)
        committees = [(m, n) for m, n in ctx.of("Committee") if ctx.rel(m) >= cm.end()
                      and not re.search(r"[,;]", s[cm.end():ctx.rel(m)])]
        yi = [x.start() for x in MEMBERS_OPENER.finditer(s, 0, cm.start())]
        seg_start = max(s.rfind(",", 0, cm.start()), yi[-1] if yi else -1) + 1
        if not committees and cm.group(0).endswith("成员单位"):
            # Y由…任主任，A、B为成员单位: the committee is the one the sentence set out with (or the clause before `;`);
            # Y增补/新增A、B为成员单位: the committee opening the clause with a verb of adding;
            # Y由A、B等N个部门为成员单位: the committee made of the bodies the same clause lists
            committees = [(m, n) for m, n in ctx.of("Committee") if ctx.rel(m) < seg_start][:1] or \
                [(m, n) for m, n in ctx.of("Committee") if seg_start <= ctx.rel(m) < cm.start() and
                 re.match(r"(?:增补|新增|增加|吸收|吸纳)了?|由", s[ctx.rel(m) + len(m.surface):])][:1] or \
                carried[:1]
        if not committees:
            continue
        target = committees[0][1]
        for m, n in _member_units(ctx, seg_start, cm.start(), target):
            out.append(Edge(n, "MEMBER_OF", target, ctx.sentence))
    # Y的成员单位(包括|有)A、B: the bodies listed after
    for c, cn in ctx.of("Committee"):
        r = ctx.rel(c) + len(c.surface)
        lm = re.match("的?" + MEMBERS_LISTED.pattern, s[r:])
        if lm:
            end = re.search(r"[;。]|$", s[r + lm.end():]).start() + r + lm.end()
            for m, n in _member_units(ctx, r + lm.end(), end, cn):
                out.append(Edge(n, "MEMBER_OF", cn, ctx.sentence))
    # (Y由…任主任;)成员单位调整为A、B / ,成员单位包括A、B: a list opening its clause names members of the
    # committee the sentence set out with, else of the clause before `;`
    if "成员单位" in s:
        for lm in MEMBERS_AT_CLAUSE.finditer(s):
            committees = [(m, n) for m, n in ctx.of("Committee") if ctx.rel(m) < lm.start()][:1] or \
                carried[:1]
            if not committees:
                continue
            end = re.search(r"[;。]|$", s[lm.end():]).start() + lm.end()
            for m, n in _member_units(ctx, lm.end(), end, committees[0][1]):
                out.append(Edge(n, "MEMBER_OF", committees[0][1], ctx.sentence))
    out += _formed_of(ctx) + _joined_of(ctx)
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
    if "组成" not in s:
        return out   # every form below is written with 组成
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
    # X由…任主任，…，成员单位由A、B组成: the committee the sentence opens with
    first = ctx.of("Committee")[:1]
    for bm in re.finditer(r"(?:^|[,;])成员单位由([^;。由]*?)组成", s):
        out += [Edge(n, "MEMBER_OF", first[0][1], ctx.sentence)
                for m, n in _member_units(ctx, bm.start(1), bm.end(1), first[0][1])] if first else []
    return out


# `由A牵头，B、C参加的X专班`: the bodies of the clause before `参加的` join the group named right after
JOINED = re.compile(r"(?:参加|参与|加入)的")


def _joined_of(ctx: Ctx) -> list[Edge]:
    """`成立由A牵头，B、C参加的X专班`: B and C are members of X (the lead A is left to the golds' judgement)."""
    s = ctx.s()
    out = []
    for jm in JOINED.finditer(s):
        target = next((n for m, n in ctx.of("Committee") if ctx.rel(m) == jm.end()), None)
        if target is None:
            continue
        clause = max(s.rfind(",", 0, jm.start()), s.rfind(";", 0, jm.start()), s.rfind("由", 0, jm.start())) + 1
        out += [Edge(n, "MEMBER_OF", target, ctx.sentence) for m, n in _member_units(ctx, clause, jm.start(), target)]
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
                    # A会同B编制《…》: the body B was joined by issues it too
                    for (b, bn), (b2, _) in zip(reversed(subj[:-1]), reversed(subj)):
                        if not JOINED_ISSUER.fullmatch(s, ctx.rel(b) + len(b.surface), ctx.rel(b2)):
                            break
                        issuers.append(bn)
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
        if "起草" in s or "草拟" in s:
            issuers += _drafters(ctx, r)
        for i in dict.fromkeys(issuers):
            out.append(Edge(i, "ISSUED", n, ctx.sentence, dict(props)))
    return out


# bodies issuing together: `A会同B` / `A联合B` / `A、B`
JOINED_ISSUER = re.compile(r"[、和与]|会同|联合")
# `A起草并由B印发《…》` / `A牵头草拟、经B印发《…》`: the body drafting a plan another issues issues it too
DRAFTED_THEN_ISSUED = re.compile(r"(?:牵头)?(?:起草|草拟)(?:并|后|、)?(?:由|经|报请?)")
OWN_BODY = re.compile(r"(?:我|本)[局委办队]$")   # the reporting body writing of itself


def _drafters(ctx: Ctx, plan_at: int) -> list[str]:
    """The bodies written right before `起草并由…印发` in the plan's clause (我局: the reporting body)."""
    s = ctx.s()
    out = []
    for dm in DRAFTED_THEN_ISSUED.finditer(s, 0, plan_at):
        if re.search(r"[,;。《]", s[dm.end():plan_at]):
            continue
        out += [xn for x, xn in ctx.of(*BODIES) if ctx.rel(x) + len(x.surface) == dm.start()]
        if not out and ctx.reporting and OWN_BODY.search(s, 0, dm.start()):
            out.append(ctx.reporting)
    return out


def drills(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    out = []
    org_cue = load().cue_re("organized")
    part_cue = load().cue_re("participated")
    barred = "|" in s
    for m, n in ctx.of("Drill"):
        r = ctx.rel(m)
        if barred and _cell_of(s, r, r + len(m.surface)):
            continue   # a drill filling a cell of a barred row: `labelled_drill_row` reads its row
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
        # A局指导B镇在X组织…演练: the township written right before 在 runs the drill the body guides
        guided = [(x, xn) for x, xn in ctx.of("Jurisdiction") if not _place_prefix(ctx, x) and at >= 0
                  and ctx.rel(x) + len(x.surface) == clause_start + at and xn not in organizers
                  and re.search(r"(?:指导|协助|督促)$", s[clause_start:ctx.rel(x)])]
        if guided and organizers:
            out += [Edge(o, "ORGANIZED", n, ctx.sentence, {"role": role} if role else {}) for o in organizers]
            organizers, role = [xn for x, xn in guided], "组织"
        # A镇联合B在X举办…演练: a township opening the head with 联合/会同 organises with B
        organizers += [xn for x, xn in in_head if x.label == "Jurisdiction" and not _place_prefix(ctx, x)
                       and ctx.rel(x) == clause_start and re.match(r"联合|会同|携手", s[ctx.rel(x) + len(x.surface):])
                       and xn not in organizers]
        # …and the place it joins (`A街道联合B社区开展…演练`): both run it
        organizers += [xn for x, xn in in_head if x.label == "Jurisdiction" and not _place_prefix(ctx, x)
                       and xn not in organizers and organizers
                       and JOINED_BY.search(s, clause_start, ctx.rel(x))]
        # A局和B乡在X村联合开展…演练: the township joined to the body by 和/与 runs the drill with it
        if at >= 0 and JOINT_DRILL.match(s, clause_start + at + 1, r) and organizers:
            organizers += [xn for x, xn in in_head if x.label == "Jurisdiction" and not _place_prefix(ctx, x)
                           and xn not in organizers and ctx.rel(x) > clause_start
                           and s[ctx.rel(x) - 1] in "和与、" and ctx.rel(x) + len(x.surface) == clause_start + at]
        props = {"role": role} if role else {}
        # 由A主办，B、C承办的…演练: the host of the clause before, with its own role
        hm = re.search(r"由([^,;。由]{2,30}?)(主办|组织|牵头)$", s[:max(clause_start - 1, 0)])
        if hm and clause_start and re.search(r"(?:承办|协办|组织)的[^,。]{0,12}$", clause):
            out += [Edge(xn, "ORGANIZED", n, ctx.sentence, {"role": hm.group(2)}) for x, xn in ctx.of(*BODIES)
                    if hm.start(1) <= ctx.rel(x) < hm.end(1)]
        # 由A主办、B承办的…演练 in one clause: each host before the drill, with its own role word
        if "办的" in clause or "牵头的" in clause:
            out += _hosts_before_drill(ctx, clause_start, r, n, organizers)
        # 由A主办、B承办，C、D参加的…演练: the head only names who took part (the participation loop below
        # links them); the clause before names the hosts, each with its own role word
        if clause_start and PARTICIPANTS_HEAD.search(clause):
            organizers, role = [], None
            if hm2 := HOSTS_CLAUSE.search(s, 0, clause_start - 1):
                inside = [(x, xn) for x, xn in ctx.mentions if hm2.start(1) <= ctx.rel(x) < hm2.end(1)
                          and (x.label in BODIES or x.label == "Jurisdiction" and not _place_prefix(ctx, x))]
                words = [(w.start(), w.group(0)) for w in DRILL_ROLE_WORD.finditer(s, hm2.start(1), hm2.end())]
                words = [(i - hm2.start(1), w) for i, w in words]
                out += [Edge(xn, "ORGANIZED", n, ctx.sentence,
                             {"role": _own_role(ctx, xn, inside, hm2.start(1), words) or hm2.group(2)})
                        for x, xn in inside if x.key not in LEADER_KEYS]
        date = _date(ctx, r)
        if date:
            m.props.update(date)
        if not organizers and role and not clause[:max(at, 0)].strip():
            # A联合B，在X开展…演练: the clause only places the drill; its organisers open the sentence
            organizers = [xn for x, xn in nearest_subjects(ctx, clause_start) if ctx.rel(x) < clause_start]
        # a firm holding a drill, alone (X公司在厂区开展…演练) or with a body (A联合X公司…举行…演练), takes part in
        # it; a firm's own drill is not the reporting body's
        firms = [xn for x, xn in in_head if x.label == "Enterprise" and not _place_prefix(ctx, x)]
        # A局指导X公司(于…在厂区)开展…演练: the firm the body guides runs the drill, so takes part in it
        firms += [xn for x, xn in ctx.of("Enterprise") if clause_start <= ctx.rel(x) < r and xn not in firms
                  and GUIDING_END.search(s, clause_start, ctx.rel(x))]
        for f in firms:
            out.append(Edge(f, "PARTICIPATED_IN", n, ctx.sentence))
        # X购物中心在A、B指导下开展…演练: a site holding its own drill under the bodies' guidance; they run it
        gm = None if organizers else _guided_drill_re().search(s, clause_start, r)
        if gm:
            organizers = [xn for x, xn in ctx.of(*BODIES) if gm.start(1) <= ctx.rel(x) < gm.end(1)]
            props = {"role": "指导"} if organizers else props
        if not organizers and role and not firms and ctx.reporting and not re.search(r"[\u4e00-\u9fff]{2,}(?:镇|乡|街道|企业|单位)", clause[:max(at, 0)]):
            organizers = [ctx.reporting]
            props["inferred"] = True
        # `…演练由A于9月在X举行` / `…演练在A、B的指导下举行`: the organisers written right after the drill
        after = r + len(m.surface)
        by = HELD_BY.match(s, after)
        guided_after = None if by else _guided_drill_re().match(s, after)
        for g in (by, guided_after):
            by_bodies = [xn for x, xn in ctx.of(*BODIES) if g and g.start(1) <= ctx.rel(x) < g.end(1)
                         and x.key not in LEADER_KEYS]
            if by_bodies and (not organizers or props.get("inferred")):
                organizers, props = by_bodies, ({"role": "指导"} if g is guided_after else {})
        # `由A牵头，7月16日在X举行…演练`: a clause of its own before the drill's names who runs it
        prev = max(s.rfind(c, 0, max(clause_start - 1, 0)) for c in ",;:。") + 1
        lm = None if organizers and not props.get("inferred") or not clause_start else \
            LEAD_CLAUSE.match(s, prev, clause_start)
        if lm and lm.end() == clause_start - 1:
            led = [xn for x, xn in ctx.of(*BODIES) if lm.start(1) <= ctx.rel(x) < lm.end(1) and x.key not in LEADER_KEYS]
            if led:
                organizers, props = led, {"role": lm.group(2)}
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
        # …演练在X镇Y村举行: the place written after the drill, or in a later clause of its own
        # (`…演练由X组织，11月21日在Y社区举行`)
        hm = None if guided_after else HELD_AFTER.match(s, by.end() if by else after)
        if not hm:
            nxt = min([ctx.rel(x) for x, _ in ctx.of("Drill") if ctx.rel(x) > r] + [len(s)])
            hm = next((c for c in HELD_CLAUSE.finditer(s, after, nxt)), None) or \
                ("地点" in s and next((c for c in SITE_CLAUSE.finditer(s, after, nxt)), None)) or None
        if hm:
            a, b = hm.span(1)
            seg = [(x, xn) for x, xn in ctx.mentions if a <= ctx.rel(x) < b]
            places = [xn for x, xn in seg if x.label in DRILL_SITES and not _place_prefix(ctx, x)] or \
                [xn for x, xn in seg if x.label == "Jurisdiction"][-1:]
            if not places and s.startswith(("该", "此"), a):
                # A煤矿…演练在该矿举行: the firm or site named before by its kind word
                places = _named_by_kind(ctx, a)
            out += [Edge(n, "HELD_AT", p, ctx.sentence) for p in places]
        if at >= 0:
            seg = [(x, xn) for x, xn in ctx.mentions if clause_start + at < ctx.rel(x) < r]
            places = [xn for x, xn in seg if x.label in DRILL_SITES and not _place_prefix(ctx, x)] or \
                     [xn for x, xn in seg if x.label == "Jurisdiction"][-1:]
            if not places and firms and OWN_PREMISES.match(s, clause_start + at + 1):
                # X公司(会同A)在公司罐区/在本厂/在厂区开展…演练: the firm's own premises
                places = firms[:1]
            for p in places:
                out.append(Edge(n, "HELD_AT", p, ctx.sentence))
        elif not hm and (wm := WHERE_OPENS.match(s)) and wm.end() <= clause_start and len(ctx.of("Drill")) == 1:
            # 在X小学，A会同B举办…演练: the sentence opens with where its one drill is held
            # the place named whole (not `在X港Y作业区`, a site inside what is named)
            # (`6月8日，在X镇Y村，A联合X镇开展…演练`: a village or township named whole is the place too)
            out += [Edge(n, "HELD_AT", xn, ctx.sentence) for x, xn in ctx.mentions
                    if x.label in (*DRILL_SITES, "Jurisdiction") and ctx.rel(x) + len(x.surface) == wm.end(1)][:1]
        elif not hm and s.startswith(":", after) and (site := _site_clause(ctx, after + 1)):
            # `X演练：6月7日，Y街道，A指导…`: a list head, then a clause that only names where
            out.append(Edge(n, "HELD_AT", site, ctx.sentence))
        elif not hm:
            # `X小学地震疏散演练…` / `X小学开展…演练` / `A局指导X小学开展…演练`: a site opening the drill's clause,
            # or the one a body guides, holds its own drill
            out += [Edge(n, "HELD_AT", xn, ctx.sentence) for x, xn in ctx.of(*PLACES)
                    if clause_start <= ctx.rel(x) < r and SITE_RUNS_DRILL.fullmatch(s, ctx.rel(x) + len(x.surface), r)
                    and (not s[clause_start:_prefixed_start(ctx, x)].strip(" -•·★")
                         or GUIDING_END.search(s, clause_start, _prefixed_start(ctx, x)))][:1]
    return out


# a clause that is only a date (`6月7日`, `6月上旬`)
DATE_CLAUSE = re.compile(r"\s*[\d*X]{1,2}月(?:[\d*X]{1,2}日|[上中下]旬)?(?:上午|下午|晚)?\s*")
CLAUSE = re.compile(r"[^,;:。]+")


def _site_clause(ctx: Ctx, at: int) -> str | None:
    """The place named alone by the first clause from `at` that is no date (`6月7日，Y镇Z小区，…`), if any."""
    s = ctx.s()
    for cm in CLAUSE.finditer(s, at):
        if DATE_CLAUSE.fullmatch(cm.group(0)):
            continue
        a, b = cm.span()
        inside = [(x, xn) for x, xn in ctx.mentions if a <= ctx.rel(x) and ctx.rel(x) + len(x.surface) <= b]
        if not inside or s[a:ctx.rel(inside[0][0])].strip() or s[max(ctx.rel(x) + len(x.surface) for x, _ in inside):b].strip():
            return None
        sites = [xn for x, xn in inside if x.label in DRILL_SITES and not _place_prefix(ctx, x)] or \
            [xn for x, xn in inside if x.label == "Jurisdiction"][-1:]
        # every name of the clause is a place (not `A局指导`)
        return sites[0] if sites and all(x.label in (*DRILL_SITES, "Jurisdiction") for x, _ in inside) else None
    return None


def _prefixed_start(ctx: Ctx, x: Mention) -> int:
    """Where a name starts with the place written as its prefix (the 东关镇 of 东关镇中心小学)."""
    return min([ctx.rel(y) for y, _ in ctx.of("Jurisdiction") if y.end == x.start] + [ctx.rel(x)])


@lru_cache(maxsize=1)
def _guided_drill_re() -> re.Pattern:
    """`在A、B(的)指导下` inside a drill's clause (`X中心在A、B指导下开展…演练`)."""
    return re.compile(r"在([^,;。在]{2,40}?)的?(?:%s)下" % load().cue_re("guides").pattern)


# a sentence opening with where it happens: `在X小学，…`
# (after a list mark and a date: `★ 5月10日，在X小学，…`)
WHERE_OPENS = re.compile(r"(?:\(\w{1,3}\)|\d{1,2}[、.]|[•·★▲■●◆\-])?\s*(?:[\d*X]{1,2}月(?:[\d*X]{1,2}日|[上中下]旬)?,)?"
                         r"在([^,;。]{2,30}?),")


INSPECTABLE = ("Facility", "Reservoir", "Enterprise")
# where a drill is held: a facility, a reservoir or a firm's site (`在X公司举行`); else the place named last
DRILL_SITES = (*PLACES, "Enterprise")
# a place joining the one before in a drill (`A街道联合B社区…`)
JOINED_BY = re.compile(r"(?:联合|会同|携手)$")
# the rest of a drill's head after 在: the place, then a joint verb (`在X村联合开展`, `在X村共同举办`)
JOINT_DRILL = re.compile(r"[^,;。]{2,30}?(?:联合|共同)")
# a body guiding or helping the one named next (`A局指导X公司…开展…演练`)
GUIDING_END = re.compile(r"(?:指导|协助|督促|帮助)$")
# where a drill was held, written right after it (`…演练于9月在X镇举行`) or as a clause of its own after it
HELD_AFTER = re.compile(r"(?:于|在)([^,;。]{2,30}?)(?:举行|举办|开展|展开|进行|组织)")
# a clause only naming who leads (`由A牵头` / `由A、B组织`), before the drill's own clause
LEAD_CLAUSE = re.compile(r"(?:^|(?<=[,;:。]))[\s·•\-■●◆★▲]*由([^,;。由]{2,30}?)(牵头|组织|主办)(?=,)")
# `…演练由A于9月在X举行` / `…演练由A在X举行`: the organiser, then where, in the clause right after the drill
HELD_BY = re.compile(r"由([^,;。由于在]{2,30}?)(?=于|在)")
# what stands between a site and the drill it holds (`X小学开展…演练`, `X小学地震疏散演练`)
SITE_RUNS_DRILL = re.compile(r"(?:(?:开展|组织|举行|举办|进行)了?)?")
HELD_CLAUSE = re.compile(r"(?<=[,;])(?:[\d*X]{1,2}月(?:[\d*X]{1,2}日)?|当日|当天|同日)?(?:于|在)([^,;。]{2,30}?)(?:举行|举办|展开|进行)(?=[,;。]|$)")
# `…演练，地点在X小学` / `地点为X泵站` / `演练地点：X`: the site named in a clause of its own after the drill
SITE_CLAUSE = re.compile(r"(?<=[,;])(?:演练)?地点(?:设在|在|为|是|:)([^,;。]{2,30})(?=[,;。]|$)")


# `在公司罐区` / `在本厂` / `在该企业` / `在厂区`: the premises of the firm holding the drill
OWN_PREMISES = re.compile(r"(?:本|该)(?:公司|企业|厂|矿)|公司|企业|工厂|厂区|矿区|罐区|库区")
# (`…演练(日期,地点):A、B联合开展`: bodies running it together, written after it)
AFTER_DRILL_ROLE = re.compile(r"((?:联合|共同)(?:开展|举办)|组织|指挥|指导|主办|承办|协办)了?[。!?]?$")
# a drill's head naming only who took part (`C、D参加的…演练`)
PARTICIPANTS_HEAD = re.compile(r"(?:参加|参与|参演)的[^,;。]{0,12}$")
# the clause before it naming the hosts (`由A主办、B承办`), searched up to the comma before the head
HOSTS_CLAUSE = re.compile(r"由([^,;。由]{2,40}?)(主办|组织|牵头|承办|协办|指导)$")
# a labelled cell after a drill (`组织单位:A、B` / `主办:A` / `参演:A、B`)
LABELLED_ROLE = re.compile(r"(?<![\u4e00-\u9fff])(主办|承办|协办|组织|指导|牵头)(?:单位)?:")
LABELLED_PART = re.compile(r"(?<![\u4e00-\u9fff])(?:参演|参加|参与|参训)(?:单位|力量)?:")
# each body's own role in a clause of several (`由A主办、B协办`)
DRILL_ROLE_WORD = re.compile(r"组织|指挥|指导|主办|承办|协办")
# a drill's hosts written before it in its own clause (`由A主办、B镇承办的…演练`)
# (由 may be left out when the hosts open the clause: `6月13日,A主办、B承办的…演练`)
HOSTS_BEFORE_DRILL = re.compile(r"(?:由|^|(?<=[,;:。]))[^,;:。由]{2,40}?(?:主办|承办|协办|牵头)"
                                r"(?:,[^,;。由]{2,40}?(?:承办|协办))?的[^,;。]{0,12}$")
HOST_ROLE = re.compile(r"主办|承办|协办|牵头|组织")


def _hosts_before_drill(ctx: Ctx, clause_start: int, r: int, n: str, organizers: list[str]) -> list[Edge]:
    """Each body or township among the hosts before a drill (after 由 or at the clause start) that its own role
    word follows (a government hosting a drill runs it too, so no leader is left out here); `organizers`
    already has its edges."""
    s = ctx.s()
    # the hosts may open the clause before (`由A主办,B镇承办的…演练`)
    hm = HOSTS_BEFORE_DRILL.search(s[:r], max(s.rfind(",", 0, max(clause_start - 1, 0)) + 1, 0))
    if not hm:
        return []
    out = []
    for x, xn in ctx.mentions:
        a = ctx.rel(x)
        if not hm.start() <= a < r or xn in organizers or xn == n:
            continue
        if not (x.label in BODIES or x.label == "Jurisdiction" and not _place_prefix(ctx, x)):
            continue
        # its role: the first role word after it, with only names and 、/和 between
        rm = HOST_ROLE.search(s, a + len(x.surface), r)
        if rm and re.fullmatch(r"[^,;。的]*", s[a + len(x.surface):rm.start()]):
            out.append(Edge(xn, "ORGANIZED", n, ctx.sentence, {"role": rm.group(0)}))
    return out


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
        # a body written as the first part of its unit's name (县公安局 in 县公安局交警大队) is not named on its own
        inside = [(x, xn) for x, xn in ctx.mentions if c0 <= ctx.rel(x) < c0 + len(clause)
                  and not (x.label in BODIES and _inside_another(ctx, x))]
        role = AFTER_DRILL_ROLE.search(clause)
        pm = part_cue.search(clause)
        # a labelled cell (`组织单位:A、B` / `参演:A、B`): the names after the label hold its role
        lm = LABELLED_ROLE.search(clause) or LABELLED_PART.search(clause) if ":" in clause else None
        if lm:
            named = [xn for x, xn in inside if ctx.rel(x) >= c0 + lm.end() and not _place_prefix(ctx, x)
                     and (x.label in (*BODIES, "Jurisdiction", "Enterprise", "Person") and x.key not in LEADER_KEYS)]
            if lm.re is LABELLED_ROLE:
                org += [(xn, {"role": lm.group(1)}) for xn in named]
            else:
                part += named
            continue
        if role:
            people = [xn for x, xn in inside if x.label == "Person"]
            bodies = [xn for x, xn in inside if x.label in BODIES and x.key not in LEADER_KEYS]
            # a township with its own role word (`由A局指导、B街道主办`) runs it beside the body
            bodies += [xn for x, xn in inside if x.label == "Jurisdiction" and not _place_prefix(ctx, x)
                       and (not bodies or DRILL_ROLE_WORD.match(s, ctx.rel(x) + len(x.surface)))]
            words = [(w.start(), w.group(0)) for w in DRILL_ROLE_WORD.finditer(clause)]
            org += [(w, {"role": _own_role(ctx, w, inside, c0, words) or role.group(1)}) for w in people or bodies]
            # `…演练由X公司与Y街道共同组织`: a firm running a drill with a body takes part in it
            part += [xn for x, xn in inside if x.label == "Enterprise" and not _place_prefix(ctx, x)]
            if not inside and THIS_FIRM.match(clause):
                part += _named_by_kind(ctx, c0)   # `…在A公司组织开展X演练，该公司承办`: A
        elif pm:
            part += [xn for x, xn in inside if x.label in (*BODIES, "Enterprise", "Jurisdiction")
                     and ctx.rel(x) < c0 + pm.start() and not _place_prefix(ctx, x)]
    return org, part


def _own_role(ctx: Ctx, node: str, inside: list, c0: int, words: list[tuple[int, str]]) -> str | None:
    """The first role word written after the node's name in its clause (`由A主办、B协办`: B's is 协办)."""
    at = next((ctx.rel(x) - c0 for x, xn in inside if xn == node), None)
    return next((w for i, w in words if at is not None and i >= at), None)


def _place_prefix(ctx: Ctx, x: Mention) -> bool:
    """A place written as the first part of another name (城关镇 in 城关镇中心小学; a sector after it, 白石镇渔船安全,
    is the place's work, not a name)."""
    return x.label == "Jurisdiction" and any(y.start == x.end and y.label != "Sector" for y, _ in ctx.mentions)


# where a visit names the places visited before the check (到/赴/深入/前往A、B检查, 在A检查时); 对 only with
# a verb of doing (对A开展/进行…检查)
VISIT_MARKS = re.compile(r"(?<![针应面绝相])对|(?<![达收])到(?!位|期|底|了|达)|赴|深入|前往|(?<![存正现所实内自])在")


# `对A、B等重点工程逐一检查`: an adverb of going through the objects one by one makes the check verb the
# predicate without 开展/进行; 逐 before any measure word of the objects (逐库, 逐坝, 逐站, 逐村, 逐企) is that adverb
CHECK_ADVERB = re.compile(r"(?:逐[\u4e00-\u9fff]|分别|依次)$")
# what may stand between a place after 在 and a verb of setting up (在X站内设立…, 在X路口临时设置…)
# between the last firm named and a re-check (`A、B等5家企业开展“回头看”`): a count and a kind, nothing of its own
RECHECK_GAP = re.compile(r"(?:等[\u4e00-\u9fff\d*]{0,10})?(?:开展|进行|实施|组织)了?[“\"']?")
SEAT_VERB_GAP = re.compile(r"(?:内|口|旁|附近|周边)?(?:临时|专门|增设|分别|共|联合)?")


def inspected(ctx: Ctx) -> list[Edge]:
    if not ctx.of(*INSPECTABLE):
        return []   # every form below checks a firm, facility or reservoir named in the sentence
    s = ctx.s()
    out = []
    lex = load()
    # (where the subject ends, targets, named by a supervision word)
    found: list[tuple[int, list, bool]] = []
    # a check named by a supervision word (督查, 督导) by a body supervises (SUPERVISES); only a person (who
    # never supervises in the contract) inspects with it
    supervisory = lex.cue_re("supervisory_checks")
    names = _name_spans(ctx)
    for cm in lex.cue_re("inspected").finditer(s):  # 检查了A、B / 实地查看A (each check of the sentence)
        if any(a <= cm.start() < b for a, b in names):
            continue   # 检查 in 联合检查组 is a name, not a check
        # up to a later object clause (…检查，对X下达指令书) or a clause of supervision (…，约谈X负责人): X is
        # the object of another verb
        stop = OBJECT_MARK.search(s, cm.end())
        stop = stop.start() if stop and stop.group(0) == "对" else len(s)
        order = _cue_outside_names(ctx, lex.cue_re("supervises"), cm.end())
        if order and order.start() < stop:
            stop = max(s.rfind(",", cm.end(), order.start()), s.rfind(";", cm.end(), order.start()), order.start())
        stop = min(stop, _list_clauses_end(ctx, cm.end()))
        found.append((cm.start(), [(m, n) for m, n in ctx.of(*INSPECTABLE) if cm.start() < ctx.rel(m) < stop
                                   and not re.match(r"内|里|中|周边", s[ctx.rel(m) + len(m.surface):])],
                      bool(supervisory.fullmatch(cm.group(0)))))
    # 对A、B开展/进行(了)…抽查 / 到A、B调研: the objects sit between the mark and the check or visit
    after = _visit_or_check()
    for dm in VISIT_MARKS.finditer(s):
        clause_end = _clause_end(s, dm.end())
        am = after.search(s, dm.end(), clause_end)
        while am and (any(a <= am.start() < b for a, b in names) or s.startswith(("站", "点"), am.end())):
            am = after.search(s, am.end(), clause_end)   # 检查 in X防火检查站 / 检查点 names a place, not the check
        am = am or _check_opening_next(s, clause_end, after)
        if not am or (dm.group(0) == "对" and not re.search(r"开展|进行|实施|组织", s[dm.end():am.start()])
                      and not CHECK_ADVERB.search(s, dm.end(), am.start())):
            continue
        # a visit (到/深入A督导) is an inspection whatever it is called; 对A开展督查 by a body supervises A
        targets = [(m, n) for m, n in ctx.of(*INSPECTABLE) if dm.end() <= ctx.rel(m) < am.start()
                   and not re.match(r"内|里|中|周边", s[ctx.rel(m) + len(m.surface):])]
        if not targets and s.startswith("对其", dm.start()):
            # 位于X镇的A尾矿库为三等库，B局在汛前对其坝体开展了检查: 其 is the thing the sentence opens with
            targets = _topic(ctx, INSPECTABLE)
        if dm.group(0) == "在" and targets and lex.cue_re("built").match(
                s, SEAT_VERB_GAP.match(s, ctx.rel(targets[-1][0]) + len(targets[-1][0].surface)).end()):
            continue   # 在X停车场设立检查点，检查过往车辆: X is where the checkpoint is set up, not what is checked
        by_supervision = dm.group(0) == "对" and bool(supervisory.fullmatch(am.group(0)))
        if by_supervision and targets and am.group(0) == "回头看" and RECHECK_GAP.fullmatch(
                s, ctx.rel(targets[-1][0]) + len(targets[-1][0].surface), am.start()):
            # 对A公司、B公司等企业开展“回头看”: named firms re-checked are inspected (not `对A整改情况开展回头看`)
            by_supervision = False
        found.append((dm.start(), targets, by_supervision))
    found += _topicalised_objects(ctx)
    visited = _visited_before_close_look(ctx)
    for before, targets, by_supervision in found:
        if visited:
            targets = [(m, n) for m, n in targets if m.start not in visited]
        # a name nested in another target (the company in 某公司尾矿库) is not checked on its own
        targets = [(m, n) for m, n in targets
                   if not any(x is not m and x.start <= m.start and m.end <= x.end for x, _ in targets)]
        targets = _without_hosts(ctx, targets)
        if not targets:
            continue
        people = [(m, n) for m, n in ctx.of("Person") if ctx.rel(m) < before]
        if by_supervision and not people:
            continue
        # 副县长A带领B局、C局到X检查: the bodies the leader brings inspect with the leader
        subjects = [n for m, n in people] + [n for m, n in _led_bodies(ctx, people, before)] if people \
            else [n for m, n in nearest_subjects(ctx, before)]
        wm = re.match(r"[^,;。]*?时,", s) if not subjects else None
        if wm and before < wm.end():
            # 在X检查时，副县长A要求… / 在检查X时，A局发现…: the subject of the clause after the time clause
            end = _clause_end(s, wm.end())
            subjects = [n for m, n in ctx.of("Person") if wm.end() <= ctx.rel(m) < end] or \
                [n for m, n in _acting_bodies(ctx, end) if ctx.rel(m) >= wm.end()]
        props = _date(ctx, before)
        props.pop("date_text", None)
        for sub in dict.fromkeys(subjects):
            for m, n in targets:
                out.append(Edge(sub, "INSPECTED", n, ctx.sentence, dict(props)))
    return out + _inspected_passive(ctx)


# a clause opening with a close look (`，实地查看了A站`); `实地查看` alone is also a visit word, so it must open the clause
CLOSE_LOOK_GATE = re.compile(r"[,;](?:并|还|先后|随后|重点)?(?:实地|现场)?(?:查看|察看|检查)")


def _visited_before_close_look(ctx: Ctx) -> set[int]:
    """`副区长A带队深入X林场、Y林场检查…，实地查看了Y林场的Z站`: when a visit clause with a check of its own is
    followed by a clause looking closely at named things, the places of the visit are only where the leader
    went; what is looked at is inspected. Starts (absolute) of the visited things."""
    s = ctx.s()
    lex = load()
    for gm in CLOSE_LOOK_GATE.finditer(s):
        lm = lex.cue_re("close_look").search(s, gm.start() + 1, gm.end())
        if not lm:
            continue
        end = _clause_end(s, lm.end())
        if not any(lm.end() <= ctx.rel(m) < end for m, _ in ctx.of(*INSPECTABLE)):
            continue
        start = max(s.rfind(",", 0, gm.start()), s.rfind(";", 0, gm.start())) + 1
        vm = lex.cue_re("sent_to").search(s, start, gm.start())
        if not vm:
            continue
        things = [m for m, _ in ctx.of(*INSPECTABLE) if vm.end() <= ctx.rel(m) < gm.start()]
        if things and lex.cue_re("inspected_after").search(s, ctx.rel(things[-1]) + len(things[-1].surface),
                                                           gm.start()):
            return {m.start for m in things}
    return set()


HOST_GAP = re.compile(r"(?:(?:境|辖区|区域)?内)?的?")   # between a port or park and a thing in it (X园区内的A公司)


def _without_hosts(ctx: Ctx, targets: list) -> list:
    """`对X港Y作业区开展检查` / `X园区内的A公司、B公司接受了检查`: a port or park (a name ending in a `host_site`
    kind) written right before another checked thing only says where that thing lies; the thing is checked."""
    host_end = load().cue_in(r"(?:%s)$", "host_site")
    hosts = [m for m, _ in targets if host_end.search(m.surface)]
    if not hosts:
        return targets
    starts = {m.start for m, _ in ctx.of(*INSPECTABLE)}   # the thing may itself be left out (X园区Y产业园内的A公司)
    return [(m, n) for m, n in targets
            if m not in hosts or HOST_GAP.match(ctx.text, m.end).end() not in starts]


def _topicalised_objects(ctx: Ctx) -> list[tuple[int, list, bool]]:
    """`A站、B站施工工地，区建交委组织开展了汛前安全检查`: things named alone in the sentence's first clause (no
    verb, at most a short noun after them) are the objects of the check of the next clause when it names none."""
    s = ctx.s()
    first = re.search(r"[,;。]|$", s).start()
    if s[first:first + 1] != ",":
        return []
    objs = [(m, n) for m, n in ctx.of(*INSPECTABLE) if ctx.rel(m) < first]
    # an object may be named with where it lies (`X街道辖区内的A渔港、位于Y镇的B避风港，…`)
    places = [m for m, _ in ctx.of("Jurisdiction") if ctx.rel(m) < first]
    rest = s[:first]
    for m in [m for m, _ in objs] + places:
        rest = rest.replace(m.surface, "", 1)
    if places:
        rest = re.sub(r"位于|(?:辖区|境)?内?的", "", rest)
    if not objs or min(ctx.rel(m) for m in [objs[0][0]] + places) != 0 or \
            not re.fullmatch(r"(?:[、和及与]|等)*(?:[\d*]+[家座处个所])?(?:[\u4e00-\u9fff]{0,4}(?:工地|企业|单位|场所|项目|站点|设施))?",
                            rest) or \
            any(ctx.rel(m) < first for m, _ in ctx.of(*BODIES, "Person")):
        return []
    end = _clause_end(s, first + 1)
    cm = load().cue_re("inspected_after").search(s, first + 1, end)
    if not cm or any(first < ctx.rel(m) < end for m, _ in ctx.of(*INSPECTABLE)) or \
            not any(first < ctx.rel(m) < cm.start() for m, _ in ctx.of(*BODIES, "Person")):
        return []
    return [(cm.start(), objs, False)]


def _list_clauses_end(ctx: Ctx, at: int) -> int:
    """Where the objects of a verb at `at` end: the end of its clause, and of the clauses after it that are only a
    list of names (`实地查看了A水库，B水库和C闸`); a clause whose name is followed by its own verb
    (`检查企业5家，A公司完成改造`) says something else of it."""
    s = ctx.s()
    spans = sorted((ctx.rel(m), ctx.rel(m) + len(m.surface)) for m, _ in ctx.mentions)
    end = _clause_end(s, at)
    while s[end:end + 1] == ",":
        nxt = _clause_end(s, end + 1)
        rest, k = s[end + 1:nxt], end + 1
        for a, b in spans:
            if a >= k and b <= nxt:
                rest = rest.replace(s[a:b], "", 1)
        if re.sub(r"[、和及与等]|以及", "", rest).strip() or rest == s[end + 1:nxt]:
            break
        end = nxt
    return end


def _check_opening_next(s: str, clause_end: int, rx: re.Pattern):
    """`深入A、B，督导检查…`: the check that opens the clause after a visit's places."""
    if s[clause_end:clause_end + 1] != ",":
        return None
    m = re.match(r"(?:先后|实地|现场|逐一|并)*", s[clause_end + 1:])
    return rx.match(s, clause_end + 1 + m.end())


@lru_cache(maxsize=1)
def _leads_along_near() -> re.Pattern:
    """`带领` a few chars after the leader's name (`副县长A同志带领…`)."""
    return re.compile(r"[^,;。]{0,4}?(?:%s)" % load().cue_re("leads_along").pattern)


def _led_bodies(ctx: Ctx, people: list, before: int) -> list[tuple[Mention, str]]:
    """The bodies listed right after a person's `带领/率领` (`A带领B局、C局负责同志…`), before `before`."""
    s = ctx.s()
    out = []
    for m, _ in people:
        lm = load().cue_re("leads_along").match(s, ctx.rel(m) + len(m.surface))
        if not lm:
            lm = _leads_along_near().match(s, ctx.rel(m) + len(m.surface))
        if lm:
            out += [(x, xn) for x, xn in _listed(ctx, lm.end(), BODIES) if ctx.rel(x) < before]
    return out


def _listed(ctx: Ctx, at: int, labels) -> list[tuple[Mention, str]]:
    """The mentions of `labels` listed from `at` (relative): `A、B和C`."""
    s = ctx.s()
    starts = {ctx.rel(m): (m, n) for m, n in ctx.mentions if m.label in labels}
    out = []
    while at in starts:
        m, n = starts[at]
        out.append((m, n))
        at = ctx.rel(m) + len(m.surface)
        sep = re.match(r"[、和及与]|以及", s[at:])
        if not sep:
            break
        at += sep.end()
    return out


# a clause going on with the list of the clause before (`A、B，以及C等…`)
LIST_GOES_ON = re.compile(r"以及|及(?![时早])|和|还有")   # (not 及时/及早: an adverb opening a clause)


def _inspected_passive(ctx: Ctx) -> list[Edge]:
    """`A公司接受了B局的安全检查` / `A公司被B局抽查`: the firm or facility opening the clause is checked by the
    bodies named between the passive word and the check."""
    s = ctx.s()
    lex = load()
    out = []
    passive = list(lex.cue_re("inspected_passive").finditer(s))
    if "由" in s:   # A、B等3座矿井由X局局长Y带队检查: 由 names who checked the things opening the clause
        passive = sorted(passive + list(lex.cue_re("inspected_by").finditer(s)), key=lambda m: m.start())
    for pm in passive:
        clause_start = max(s.rfind(",", 0, pm.start()), s.rfind(";", 0, pm.start())) + 1
        clause_end = _clause_end(s, pm.end())
        # the check word outside names: 督导 in `接受了市安委会督导组的暗访检查` is the group's name, not its check
        am = _cue_outside_names(ctx, lex.cue_re("inspected_after"), pm.end())
        if not am or am.start() >= clause_end:
            continue
        if clause_start and LIST_GOES_ON.match(s, clause_start):
            # A公司、B公司，以及C公司等N家企业接受了…检查: the list opened in the clause before goes on
            clause_start = max(s.rfind(",", 0, clause_start - 1), s.rfind(";", 0, clause_start - 1)) + 1
        by = lex.cue_re("inspected_by").fullmatch(pm.group(0))
        if by and "对" in s[pm.end():am.start()]:
            continue   # 由A局牵头对X检查: 由 names the lead of an active check, not who checked the things before
        objects = [n for m, n in _without_hosts(ctx, [(m, n) for m, n in ctx.of(*INSPECTABLE)
                                                      if clause_start <= ctx.rel(m) < pm.start()])]
        # each checker's own name, not a parent written inside a group's (市安委会 in 市安委会督导组)
        checkers = [n for m, n in ctx.of(*BODIES, "Person") if pm.end() <= ctx.rel(m) < am.start()
                    and not _inside_another(ctx, m)]
        if by:   # 由县能源局局长Y带队检查: the leader checks; the body only names the leader's post
            title_starts = {p.props.get("_title_start") for p, _ in ctx.of("Person")}
            checkers = [n for m, n in ctx.of(*BODIES, "Person") if pm.end() <= ctx.rel(m) < am.start()
                        and m.end not in title_starts]
            if not checkers:
                continue
        if not checkers and clause_start and re.fullmatch(r"了?[\u4e00-\u9fff]{0,4}", s[pm.end():am.start()]):
            # A局对X开展检查，B公司、C公司接受检查: the check of the clause before, by its bodies; by the leader
            # when a person led it (副局长A带队对…开展暗访，B公司被抽查) and the bodies the leader brought
            people = [(m, n) for m, n in ctx.of("Person") if ctx.rel(m) < clause_start]
            checkers = [n for m, n in people] + [n for m, n in _led_bodies(ctx, people, clause_start)] if people \
                else [n for m, n in nearest_subjects(ctx, clause_start - 1)]
        if lex.cue_re("supervisory_checks").fullmatch(am.group(0)) and \
                not lex.cue_re("inspected_after").match(s, am.end()):
            # A公司接受了B局的专项督查: a body's check named by a supervision word supervises (督导检查 is a check);
            # a person inspects
            people = {n for m, n in ctx.of("Person")}
            bodies = [a for a in checkers if a not in people]
            if bodies:
                out += _supervision_edges(ctx, bodies, objects)
            checkers = [a for a in checkers if a in people]
        out += [Edge(a, "INSPECTED", b, ctx.sentence) for a in dict.fromkeys(checkers) for b in dict.fromkeys(objects)]
    return out


SUPERVISABLE = ("Enterprise", "Facility", "Reservoir", "Jurisdiction", "Department")
# what may follow a place that is itself the object (对B镇、C街道的…/对B镇进行…), not a prefix of a longer name
PLACE_ENDS = re.compile(r"[、和及与的,;。]|等|开展|进行|实施|组织|下发|下达|发出|予以|给予|作出|实行|$"
                        r"|党委|党政|人民政府|政府|主要负责人|负责人"   # 约谈A镇党委、政府主要负责人: the township
                        r"|[^,;。的]{0,10}?工作(?:开展|进行|实施|予以|给予)"   # 对A街道安全生产工作进行约谈: its own work
                        r"|(?:年内|今年|全年|上半年|下半年|先后|接连|连续)?(?:发生|出现)")   # 对A乡年内发生2起事故予以通报批评
# a count closing a list of places (与A镇、B乡2个乡镇签订…, 对A街道、B街道两个街道…); after one place alone it
# counts that place's parts (A镇3个村), so it closes only a list
LIST_COUNT = re.compile(r"[\d一二三四五六七八九十两]+个")


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
    if load().cue_in("(?:%s)$", "located").search(ctx.s()[max(0, ctx.rel(m) - 4):ctx.rel(m)]):
        return False   # 位于X镇的Y: where the object lies
    end = ctx.rel(m) + len(m.surface)
    ends_list = ctx.rel(m) > 0 and ctx.s()[ctx.rel(m) - 1] in "、和及与" and LIST_COUNT.match(ctx.s(), end)
    if _place_prefix(ctx, m) or not (end == verb_at or PLACE_ENDS.match(ctx.s(), end) or ends_list):
        return False
    if ctx.s().startswith("的", end) and any(ctx.rel(x) == end + 1 for x, _ in ctx.of(*INSPECTABLE)):
        return False   # 对X街道的Y站…问题，责令…: X says where Y lies; Y is the object
    # a list of places shares its end (对A镇、B镇化工企业的督导: both name where the firms are)
    nxt = next((x for x, _ in ctx.of("Jurisdiction") if ctx.rel(x) == end + 1), None)
    return nxt is None or ctx.s()[end] not in "、和及与" or _whole_object(ctx, nxt, verb_at)


def supervises(ctx: Ctx) -> list[Edge]:
    """Every supervision cue of the sentence that is not part of a name (监管 in 市场监管局 is not an action):
    `检查了A，责令整改…，并约谈B负责人` supervises B (the first cue has no object of its own)."""
    if not load().cue_re("supervises").search(ctx.s()):
        return []   # the active and the passive forms both need a supervision cue
    out: list[Edge] = _supervised_passive(ctx)
    at = 0
    while True:
        cm = _cue_outside_names(ctx, load().cue_re("supervises"), at)
        if not cm:
            return out
        out += _supervision_at(ctx, cm)
        at = cm.end()


# what may stand before a sentence's topic: where it lies (`位于X镇的A公司因…`)
TOPIC_LEAD = re.compile(r"(?:(?:(?:位于|地处|坐落于)[^,;。]{1,20}|[^,;。]{1,12}(?:内|境内|辖区内))的)?")   # (…园区内的A公司)


def _topic(ctx: Ctx, labels) -> list[tuple[Mention, str]]:
    """The thing the sentence opens with, in its first clause (`X林场…，A对其…`, `位于Y镇的X库为…，A对其…`)."""
    s = ctx.s()
    first = re.search(r"[,;]|$", s).start()
    return [(m, n) for m, n in ctx.of(*labels)
            if ctx.rel(m) < first and TOPIC_LEAD.fullmatch(s, 0, ctx.rel(m)) and not _place_prefix(ctx, m)][:1]


def _supervised_passive(ctx: Ctx) -> list[Edge]:
    """`A公司被B局约谈` / `A镇被县安委会通报批评` / `A公司被县安委会列为挂牌督办单位`: what opens the clause is
    supervised by the bodies named between 被 and the cue; a passive naming no agent gives nothing."""
    s = ctx.s()
    out: list[Edge] = []
    for pm in re.finditer(r"被", s):
        clause_start = max(s.rfind(",", 0, pm.start()), s.rfind(";", 0, pm.start())) + 1
        clause_end = _clause_end(s, pm.end())
        cm = _cue_outside_names(ctx, load().cue_re("supervises"), pm.end())
        if not cm or cm.start() >= clause_end:
            continue
        # a place only saying where the object lies (位于X镇的A公司…被B挂牌督办) is not supervised
        objects = [n for m, n in ctx.of(*SUPERVISABLE) if clause_start <= ctx.rel(m) < pm.start()
                   and not _place_prefix(ctx, m) and _whole_object(ctx, m, pm.start())
                   and not (m.label == "Jurisdiction" and _before_a_thing(ctx, m))
                   and not any(x is not m and x.start <= m.start and m.end <= x.end for x, _ in ctx.mentions)]
        if not objects:
            # A公司因…，被B局约谈 / A公司未按规定…，被B局挂牌督办 / X镇A站超范围…，被…: the sentence's topic (after
            # the place it lies in, if written first), when the rest of its clause names nothing else (the cause)
            objects = [n for m, n in ctx.of("Enterprise", "Facility", "Reservoir", "Jurisdiction")
                       if _opens_sentence(ctx, m) and not _place_prefix(ctx, m)
                       and "," not in s[ctx.rel(m) + len(m.surface):clause_start - 1]
                       and (re.match(r"因|由于", s[ctx.rel(m) + len(m.surface):]) or (
                           CAUSE_AFTER_TOPIC.match(s, ctx.rel(m) + len(m.surface)) and not any(
                               ctx.rel(m) < ctx.rel(x) < clause_start for x, _ in ctx.mentions)))]
        checkers = [n for m, n in ctx.of(*BODIES) if pm.end() <= ctx.rel(m) < cm.start()]
        if not checkers and objects and clause_start > 0 and _visit_or_check().search(s, 0, clause_start):
            # A局对全县加油站开展检查，B站、C站因…被责令限期整改: the passive goes on with the check before it
            checkers = _not_only_helping(ctx, [n for m, n in nearest_subjects(ctx, clause_start)], clause_start)
        if checkers:   # a passive with no agent (X因…被立案处罚) names nobody, not the reporting body
            out += _supervision_edges(ctx, checkers, objects)
    return out


# what the topic did wrong, written right after it (A公司未按规定…, A站超范围…, A矿存在…, A厂违规…, A公司擅自…)
CAUSE_AFTER_TOPIC = re.compile(r"未|存在|违规|违法|超范围|超量|超员|擅自|无证|涉嫌|拒不|拒绝|长期|多次|屡次")


def _opens_sentence(ctx: Ctx, m: Mention) -> bool:
    """Does `m` open the sentence (after `位于X镇的`, or after the place or park it lies in: `X镇A公司`)?"""
    s = ctx.s()
    if TOPIC_LEAD.fullmatch(s, 0, ctx.rel(m)):
        return True
    # … or after the place it lies in and 的 (`X镇的A公司因…，被B列入挂牌督办`)
    return any(x.label in ("Jurisdiction", "Facility") and TOPIC_LEAD.fullmatch(s, 0, ctx.rel(x))
               and (x.end == m.start or (x.label == "Jurisdiction" and x.end + 1 == m.start
                                         and s.startswith("的", ctx.rel(x) + len(x.surface))))
               for x, _ in ctx.mentions)


def _before_a_thing(ctx: Ctx, m: Mention) -> bool:
    """`X镇的A公司`: a place written before the firm or facility it holds (it only says where that is)."""
    end = ctx.rel(m) + len(m.surface)
    if not ctx.s().startswith("的", end):
        return False
    return any(ctx.rel(x) == end + 1 for x, _ in ctx.of("Enterprise", "Facility", "Reservoir"))


def _supervision_at(ctx: Ctx, cm: re.Match) -> list[Edge]:
    s = ctx.s()
    out: list[Edge] = []
    dui = s.rfind("对", 0, cm.start())
    if dui >= 0 and re.search(r"[,;]", s[dui:cm.start()]):
        dui = -1   # the 对 belongs to an earlier clause
    if dui < 0:    # A与X负责人(进行)约谈: 与 marks the object when the talk is with its head
        dui = next((w.start() for w in re.finditer(r"与[^,;。与]{2,40}?负责人[^,;。]{0,6}$", s[:cm.start()])), -1)
    if dui >= 0:   # A对B约谈/责令…
        subjects = [n for m, n in nearest_subjects(ctx, dui)]
        # a place counts only where it ends the object's name (对X公司承建的Y街道安置房项目: not Y街道)
        # … not the body a person is named by (对A镇副镇长王某、B局C股股长李某…予以问责: the people are the objects)
        title_starts = {p.props.get("_title_start") for p, _ in ctx.of("Person")}
        targets = [n for m, n in ctx.of(*SUPERVISABLE) if dui < ctx.rel(m) < cm.start()
                   and _whole_object(ctx, m, cm.start()) and m.end not in title_starts
                   and not _unit_of_named(ctx, m, cm.start())]
        # 对X堤防巡查不到位的A街道进行通报: names inside a modifier ending in 的 (a word, not a name, before 的)
        # say why; A is the object
        de = s.rfind("的", dui, cm.start())
        after_de = [n for m, n in ctx.of(*SUPERVISABLE) if de >= 0 and de < ctx.rel(m) < cm.start()
                    and n in targets]
        if after_de and not any(ctx.rel(m) + len(m.surface) == de for m, _ in ctx.mentions):
            targets = after_de   # (not X镇的A公司、Y镇的B公司: there 的 follows a name and says where)
    else:          # A责令B… / 约谈了X公司 / 约谈…的A、B负责人
        # the bodies of the nearest clause that has any (A与B签订…，C对D巡查，督促E…: C)
        subjects = [n for m, n in nearest_subjects(ctx, cm.start())]
        targets = object_list(ctx, cm.end()) or _counted_places(ctx, cm) \
            or _place_named_before(ctx, cm.end() + s.startswith("了", cm.end())) \
            or _firm_named_before(ctx, cm.end() + s.startswith("了", cm.end()))   # 督促该乡… / 约谈了该公司…
    if not targets and dui >= 0 and s.startswith("其", dui + 1):
        # X林场防火隔离带未按期开设，A对其实行挂牌督办: 其 is the thing the sentence opens with
        targets = [n for m, n in _topic(ctx, ("Enterprise", "Facility", "Reservoir", "Jurisdiction"))] \
            or _object_of_clause_before(ctx, dui)
    if not targets and dui >= 0 and FOUND_IN_CHECK.match(s, dui + 1):
        # A对B公司开展执法检查，对发现的N项隐患挂牌督办: what was found is the checked firm's
        targets = _object_of_clause_before(ctx, dui)
    if not targets and dui >= 0:
        # 检查了A市场，对市场内…挂牌督办 / …A煤矿…，对该矿…责令: the thing named before by its kind word
        targets = _named_by_kind(ctx, dui + 1) or _place_named_before(ctx, dui + 1)
    if not targets and dui < 0 and (cm.group(0).startswith("责令") or s.startswith("其", cm.end())
                                    or re.match(r"了?其", s[cm.end():])) and not COUNTED_AFTER.match(s, cm.end()):
        # A对B进行了抽查，…，当场责令整改 / 对B…，督促其…: the order goes to what was checked earlier
        last = s.rfind("对", 0, cm.start())
        if last >= 0:
            end = re.search(r"[,;]|$", s[last:]).start() + last
            targets = [n for m, n in ctx.of("Enterprise", "Facility", "Reservoir") if last < ctx.rel(m) < end]
            if cm.group(0).startswith("责令") and re.match(r"了?其", s[cm.end():]):
                # 对X港区的N个堆场开展检查，约谈了A公司负责人，责令其…: 其 is the one named between, not the places
                # of the check
                nearer = [n for m, n in ctx.of("Enterprise", "Facility", "Reservoir") if end < ctx.rel(m) < cm.start()]
                targets = nearer or targets
            # 对…的X，A依法吊销其许可: a topicalised object, the subject written after it
            later = [n for m, n in _acting_bodies(ctx, cm.start()) if ctx.rel(m) > end]
            topic = s.startswith(",", end) and any(ctx.rel(m) + len(m.surface) == end for m, _ in ctx.mentions) \
                and not DOING.search(s, last, end)
            # … a body named after that topic acts on it (`A检查了…，对问题突出的X，B下达了责令…`), not A
            subjects = (topic and later) or [n for m, n in _acting_bodies(ctx, last)] or later
        elif re.match(r"了?其", s[cm.end():]):
            # X位于Y乡，因…，A责令其停产整改: no object written before, so 其 is the thing the sentence opens with
            targets = [n for m, n in _topic(ctx, ("Enterprise", "Facility", "Reservoir"))]
    if not targets and dui < 0:
        # 将A、B列为/列入/纳入(挂牌督办|重点监管)…: the objects listed before the verb of listing;
        # A负责X(的日常)监管: the objects of the duty
        clause = max(s.rfind(",", 0, cm.start()), s.rfind(";", 0, cm.start())) + 1
        lm = re.search(r"将([^,;。将]{2,40}?)(?:列为|列入|纳入)[^,;。]{0,16}$", s[clause:cm.start()]) or \
            re.search(r"负责(?!人)(?:对)?([^,;。]{2,40}?)(?:的)?(?:日常|安全|综合|行业)?$", s[clause:cm.start()])
        if lm:
            a, b = clause + lm.start(1), clause + lm.end(1)
            targets = [n for m, n in ctx.of(*SUPERVISABLE) if a <= ctx.rel(m) < b and _whole_object(ctx, m, b)
                       and not any(x is not m and x.start <= m.start and m.end <= x.end for x, _ in ctx.mentions)]
            # the clause's own subject, a government too (区政府将X列为…挂牌督办), else the nearest clause's
            subjects = [n for m, n in ctx.of(*BODIES) if clause <= ctx.rel(m) < clause + lm.start()] or \
                [n for m, n in nearest_subjects(ctx, clause + lm.start())]
    if not targets and dui < 0:
        # 针对/对X(存在的…)，A实施挂牌督办: the object opens the sentence in a clause of its own, the subject follows
        clause = max(s.rfind(",", 0, cm.start()), s.rfind(";", 0, cm.start())) + 1
        tm = re.match(r"(?:针对|对)([^,;。]{2,40}),", s)
        if not tm and clause > 1:
            # … also after a clause of the sentence (`A对B、C督查，对整改不力的B，D约谈了…`), when that clause
            # is the object alone: it ends with the name (`对B开展督查，` is a check of its own, not a topic)
            tm = TOPIC_CLAUSE.search(s, 0, clause)
            if tm and not any(ctx.rel(m) + len(m.surface) == tm.end(1) for m, _ in ctx.mentions):
                tm = None
        if tm and clause == tm.end() and not re.search(r"[,;]", s[tm.end():cm.start()]):
            targets = [n for m, n in ctx.of(*SUPERVISABLE) if tm.start(1) <= ctx.rel(m) < tm.end(1)
                       and _whole_object(ctx, m, tm.end(1)) and m.label != "Department"
                       and not any(x is not m and x.start <= m.start and m.end <= x.end for x, _ in ctx.mentions)]
            subjects = [n for m, n in _acting_bodies(ctx, cm.start()) if ctx.rel(m) >= clause]
    if not targets:
        # X尾矿库被列为重大隐患，由A挂牌督办: the thing the sentence opens with, supervised by the body after 由
        bm = re.search(r"由([^,;。由]{2,30}?)(?:挂牌|跟踪|依法)?$", s[:cm.start()])
        if bm:
            subjects = [n for m, n in ctx.of(*BODIES) if bm.start(1) <= ctx.rel(m) < bm.end(1)]
            first = re.search(r"[,;]|$", s).start()
            topic = [m for m, n in ctx.of("Enterprise", "Facility", "Reservoir") if ctx.rel(m) < min(first, bm.start())]
            # X公司Y尾矿库: the facility, not the firm written as its first part
            targets = [n for m, n in ctx.of("Enterprise", "Facility", "Reservoir") if m in topic
                       and not any(x.start <= m.end <= x.start + 1 and x is not m for x in topic)]
    if dui >= 0 and len(subjects) > 1 and _visit_or_check().search(s, 0, dui):
        # (only when the helpers' task was a check before the order: `A牵头，B配合，对X进行了约谈` is theirs too)
        subjects = _not_only_helping(ctx, subjects, dui)
    acting = _not_only_led(ctx, subjects, cm.start())
    if subjects and not acting:
        return out   # the leader's order: not the reporting body's either
    if not subjects and targets and _led_by_person(ctx, cm.start()):
        return out   # 副县长A带队检查了X，督促B镇…: the leader's order, no body's
    return out + _supervision_edges(ctx, acting, targets)


def _named_by_kind(ctx: Ctx, start: int) -> list[str]:
    """`该矿` / `市场内` at `start` (relative): a firm, facility or reservoir named before it in the sentence whose
    name ends with that kind word (the nearest one); nothing when no name ends so."""
    s = ctx.s()
    this = s.startswith(("该", "此"), start)
    at = start + this
    for k in (2, 1):
        word = s[at:at + k]
        if len(word) < k or NOT_WORD_CHARS.search(word):
            continue
        if not this and not s.startswith(KIND_INSIDE, at + k):
            continue   # without 该 the kind word is a back reference only when followed by 内 (市场内)
        # 该企业 / 该公司: any firm (a trade name need not end with the word)
        any_firm = this and load().cue_re("firm_kind").fullmatch(word)
        named = [(ctx.rel(m), n) for m, n in ctx.of(*INSPECTABLE)
                 if ctx.rel(m) + len(m.surface) < start and len(m.surface) > k
                 and (m.surface.endswith(word) or (any_firm and m.label == "Enterprise"))]
        if named:
            return [max(named)[1]]
    return []


KIND_INSIDE = ("内", "区内")   # 对市场内…, 对矿区内…


def _object_of_clause_before(ctx: Ctx, dui: int) -> list[str]:
    """`A对B公司开展抽查，对其…责令整改`: 其 (at `dui` + 1, relative) is the firm, facility or reservoir that the
    clause right before acts on (after its own 对), when the sentence does not open with it."""
    s = ctx.s()
    end = max(s.rfind(",", 0, dui), s.rfind(";", 0, dui))
    if end < 0:
        return []
    start = max(s.rfind(",", 0, end), s.rfind(";", 0, end)) + 1
    last = s.rfind("对", start, end)
    if last < 0:
        return []
    return [n for m, n in ctx.of("Enterprise", "Facility", "Reservoir") if last < ctx.rel(m) < end
            and not _place_prefix(ctx, m)]


# a firm named by its part in a work (`X项目施工单位Y公司`): the work only says whose unit the firm is
UNIT_OF_WORK = re.compile(r"(?:施工|建设|监理|运营|经营|业主|设计|承建)单位")


def _unit_of_named(ctx: Ctx, m: Mention, before: int) -> bool:
    """Is `m` the work whose unit is named right after it (`对X项目施工单位Y公司下达…`: Y, not X)?"""
    end = ctx.rel(m) + len(m.surface)
    um = UNIT_OF_WORK.match(ctx.s(), end)
    return bool(um) and any(ctx.rel(x) == um.end() and ctx.rel(x) < before for x, _ in ctx.of("Enterprise"))


# what a check found (`对发现的问题…`, `对检查出的隐患…`): the problems of the thing checked just before
FOUND_IN_CHECK = re.compile(r"(?:检查|排查|督查)?(?:发现|查出|发现出)的")

# `该公司` / `该企业`: a firm pointed back at by its kind word from a later sentence of the paragraph
THIS_FIRM = re.compile(r"[该此](?:公司|企业)")


def _firm_named_before(ctx: Ctx, start: int) -> list[str]:
    """`该公司` at `start` (relative) with no firm named before it in the sentence: the firm named last before it in
    the paragraph (`A局对X公司开展执法检查…；B约谈了该公司总经理`); nothing when none is."""
    if not THIS_FIRM.match(ctx.s(), start) or any(ctx.rel(m) < start for m, _ in ctx.of("Enterprise")):
        return []   # (a firm of the same sentence is `_named_by_kind`'s)
    end = ctx.sentence.start + start
    para = ctx.text.rfind("\n", 0, end) + 1
    best, at = None, -1
    for nid, spec in ctx.resolver.nodes.items():
        if spec.label == "Enterprise":
            pos = max(ctx.text.rfind(a, para, end) for a in {spec.name, *spec.aliases})
            if pos > at:
                best, at = nid, pos
    return [best] if best else []

# 对该镇/该乡/该街道/该村…: a township or village pointed back at by its kind word (the level each kind names)
THIS_PLACE = re.compile(r"[该此](街道|镇|乡|村)")
PLACE_KIND_LEVEL = {"街道": "township", "镇": "township", "乡": "township", "村": "village"}


def _place_named_before(ctx: Ctx, start: int) -> list[str]:
    """`该镇` at `start` (relative): the township (or village, `该村`) of that kind named last before it, in the
    sentence or earlier in the same paragraph (`X镇发生一起事故后，A对该镇镇长…进行了约谈`); nothing when none is."""
    pm = THIS_PLACE.match(ctx.s(), start)
    if not pm:
        return []
    kind, end = pm.group(1), ctx.sentence.start + start
    para = ctx.text.rfind("\n", 0, end) + 1
    best, at = None, -1
    for nid, spec in ctx.resolver.nodes.items():
        if spec.label == "Jurisdiction" and spec.name.endswith(kind) and len(spec.name) > len(kind) \
                and spec.properties.get("level") == PLACE_KIND_LEVEL[kind]:
            pos = max(ctx.text.rfind(a, para, end) for a in {spec.name, *spec.aliases})
            if pos > at:
                best, at = nid, pos
    return [best] if best else []


# places named again by their count and kind (`督促两街道…`, `要求上述3个乡镇…`)
COUNTED_PLACES = re.compile(r"了?(?:上述|这)?([两二三四五六七八九\d])个?(街道|乡镇|镇|乡)")
COUNT_VALUE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _counted_places(ctx: Ctx, cm: re.Match) -> list[str]:
    """`对A街道X社区、B街道Y社区…开展暗查，督促两街道…`: the places of that kind named before the cue, when there
    are exactly as many as counted (else the count names places not written)."""
    pm = COUNTED_PLACES.match(ctx.s(), cm.end())
    if not pm:
        return []
    count = COUNT_VALUE.get(pm.group(1)) or int(pm.group(1))
    kinds = ("镇", "乡") if pm.group(2) == "乡镇" else (pm.group(2),)
    named = list(dict.fromkeys(n for m, n in ctx.of("Jurisdiction") if ctx.rel(m) < cm.start()
                               and m.props.get("level") == "township" and m.surface.endswith(kinds)))
    return named if len(named) == count else []


# an object opening a later clause of its own (`，对整改不力的B，`); the clause after it acts on it
TOPIC_CLAUSE = re.compile(r"(?<=[,;])(?:针对|对)([^,;。]{2,40}),$")


# an order counted after its verb (`…联合检查，责令停产整改2家`): some of the things checked, not named, so none
COUNTED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?[\d*X一二三四五六七八九十两几]+[家个处座所人]")


def _not_only_helping(ctx: Ctx, subjects: list[str], before: int) -> list[str]:
    """`A牵头，B、C配合，对X检查，对Y挂牌督办`: the order after the check is the lead's; bodies whose own clause only
    says they help (B、C配合) check with it but supervise nothing. Kept whole when no lead is left."""
    s = ctx.s()
    helping = load().cue_in("[、和及与]*(?:%s)", "helping")
    helpers = set()
    for m, n in ctx.of(*BODIES):
        r = ctx.rel(m)
        if not 0 <= r < before or n not in subjects:
            continue
        a, b = max(s.rfind(",", 0, r), s.rfind(";", 0, r)) + 1, _clause_end(s, r)
        inside = [x for x, _ in ctx.of(*BODIES) if a <= ctx.rel(x) < b]
        if helping.fullmatch(_without_names(ctx, inside, s[a:b], a)):
            helpers.add(n)
    return [n for n in subjects if n not in helpers] or subjects


def _led_by_person(ctx: Ctx, before: int) -> bool:
    """A person leading the sentence's visit before `before` (`副县长A带队/带领…`)."""
    s = ctx.s()
    return any(_leads_along_near().match(s, ctx.rel(m) + len(m.surface))
               for m, _ in ctx.of("Person") if ctx.rel(m) < before)


def _not_only_led(ctx: Ctx, subjects: list[str], before: int) -> list[str]:
    """`副县长A率B局检查X，现场责令X整改`: the order on a leader's visit is the leader's (who supervises nothing in
    the contract), not that of the bodies only brought along; a body named again on its own still acts."""
    people = [(m, n) for m, n in ctx.of("Person") if ctx.rel(m) < before]
    if not people:
        return subjects
    led = {id(m) for m, _ in _led_bodies(ctx, people, before)}
    if not led:
        return subjects
    return [n for n in subjects if any(xn == n and id(x) not in led and ctx.rel(x) < before
                                       for x, xn in ctx.of(*BODIES))]


DOING = re.compile(r"开展|进行|实施|组织")
OWN_PLACE = re.compile(r"我[%s]" % LEVEL_CHARS)   # 我县/我区: the report's own place
# the place itself checked (`对我区开展暗访`, `对我县X工作进行检查`), not things in it (`对我区冶金企业开展检查`)
OWN_PLACE_CHECKED = re.compile(r"我[%s](?:[\u4e00-\u9fff]{0,8}?工作)?(?:开展|进行|实施|组织)" % LEVEL_CHARS)


# what follows the townships checked: their own work or problems (`对B镇、C街道消防通道堵塞问题进行暗访`), then the verb
PLACE_TASK_CHECKED = re.compile(r"(?:[^,;。的]{0,12}?(?:工作|情况|管理|监管|责任|准备|问题))?(?:开展|进行|实施|组织)|等")


# the report's own park or port area written after 我区/我县 (`对我区化工园区开展专项督查`)
# (a kind word may come first: 我市化工集中区 is the park of kind 集中区)
OWN_PARK = re.compile(r"我[%s](?:化工|工业|物流)?(园区|港区|开发区|高新区|集中区|工业园|产业园)" % LEVEL_CHARS)


def place_checks(ctx: Ctx) -> list[Edge]:
    """`A对B镇、C街道(的…)开展夜查/督查`: a check whose objects are townships or bodies supervises them. When a
    firm or facility is named among the objects, the place only says where it is (INSPECTED does those)."""
    s = ctx.s()
    if "对" not in s:
        return []
    after = load().cue_re("inspected_after")
    out = []
    for dm in re.finditer(r"(?<![针应面绝相])对", s):
        clause_end = _clause_end(s, dm.end())
        # the check named after the verb (对我县大检查工作开展督导: 督导, not the 检查 in the object)
        vm = DOING.search(s, dm.end(), clause_end)
        am = after.search(s, vm.end(), clause_end) if vm else None
        if not am:
            continue
        # the check's whole name (暗访督查, 明查暗访): a supervision word anywhere in it names a supervision
        check_end = am.end()
        while (nm := after.match(s, check_end)):
            check_end = nm.end()
        inside = [(m, n) for m, n in ctx.mentions if dm.end() <= ctx.rel(m) < am.start()]
        if any(m.label in INSPECTABLE for m, _ in inside):
            continue
        # the townships are the objects (`对B镇、C街道开展…`, also their work: `对B镇、C镇汛前准备工作开展暗访`), not
        # where they are (`B镇、C街道的网点`, `B镇石灰岩矿区`)
        targets = [n for m, n in inside if m.label == "Jurisdiction" and m.props.get("level") == "township"
                   and not _place_prefix(ctx, m)
                   and PLACE_TASK_CHECKED.match(s, _list_end(ctx, m))]
        # 市督导组对我县…开展督导: the report's own place (我县/我区)
        # … also when the place is written by its name (市交通运输局对X县港航安全工作进行督导)
        own = [m for m, n in inside if n == ctx.resolver.juris_id and ctx.rel(m) == dm.end()]
        # … and by any check of an outside body (市安委会督导组对我区开展暗访): a place is never INSPECTED
        if (OWN_PLACE.match(s, dm.end()) or own) and \
                not [m for m, _ in inside if m.label != "Sector" and m not in own] \
                and (load().cue_re("supervisory_checks").search(s, am.start(), check_end) or
                     (OWN_PLACE_CHECKED.match(s, dm.end()) and
                      any(n != ctx.reporting for _, n in nearest_subjects(ctx, dm.start())))):
            # 市督查组对我区化工园区开展督查: the place's own park, named earlier in the report
            pm = OWN_PARK.match(s, dm.end())
            park = pm and _last_named(ctx, "园区" if pm.group(1).endswith("园区") else pm.group(1), 4000)
            targets.append(park or ctx.resolver.juris_id)
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
            # 市A局副局长X带队对我县…督导: the leader's body checks the place (no other body acts before)
            subjects = [n for m, n in nearest_subjects(ctx, dm.start())] or _leaders_bodies(ctx, dm.start())
            out += _supervision_edges(ctx, subjects, targets)
    return out


def _leaders_bodies(ctx: Ctx, before: int) -> list[str]:
    """The bodies naming the post of a person who leads a visit before `before` (`市A局副局长X带队…`)."""
    s = ctx.s()
    out = []
    for p, _ in ctx.of("Person"):
        if ctx.rel(p) < before and _leads_along_near().match(s, ctx.rel(p) + len(p.surface)):
            out += [n for m, n in ctx.of("Department", "Committee") if m.end == p.props.get("_title_start")]
    return out


def _list_end(ctx: Ctx, m: Mention) -> int:
    """Where the list of places that `m` opens or belongs to ends (relative): `A镇、B镇` ends after B镇."""
    s = ctx.s()
    starts = {ctx.rel(x): x for x, _ in ctx.of("Jurisdiction")}
    end = ctx.rel(m) + len(m.surface)
    while True:
        sep = re.match(r"[、和及与]|以及", s[end:])
        nxt = starts.get(end + sep.end()) if sep else None
        if nxt is None:
            return end
        end = ctx.rel(nxt) + len(nxt.surface)


OBJECT_MARK = re.compile(r"(?<![针应面绝相])对(?![照于接])|向")
COUNT_BEFORE = re.compile(r"[\d*X一二三四五六七八九十两几多]+个$")
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
        # a counted kind (与4个街道、2个园区管委会签订) names no one body
        targets = [n for x, n in ctx.of(*SUPERVISABLE) if a <= ctx.rel(x) < b and _whole_object(ctx, x, b)
                   and not COUNT_BEFORE.search(s, max(0, ctx.rel(x) - 4), ctx.rel(x))
                   and not _unit_of_named(ctx, x, b)]
        # the sender is written before any object of the sentence (A对B督查，并向C下发督办函: A, not B)
        obj = OBJECT_MARK.search(s, 0, m.start())
        # … and acts in the clause of the paper (A下设B，县政府与C签订…: 县政府, not A or B)
        at = obj.start() if obj else m.start()
        subjects = [n for x, n in nearest_subjects(ctx, at)]
        if len(subjects) > 1 and _visit_or_check().search(s, 0, at):
            # A牵头，B、C配合，开展检查…，对X下达整改指令书: the paper after the check is the lead's
            subjects = _not_only_helping(ctx, subjects, at)
        out += _supervision_edges(ctx, subjects, targets)
    return out


def located_in(ctx: Ctx) -> list[Edge]:
    out = []
    lex = load()
    ms = ctx.mentions
    for (a, an) in ms:
        if a.label != "Jurisdiction":
            continue
        for (b, bn) in ms:
            if b is a:
                continue
            # (a township's 党委 is read only as the body of a post, `X镇党委书记Y`: the golds place it nowhere)
            if b.start == a.end and (b.label in ("Jurisdiction", "Facility", "Reservoir", "Enterprise")
                                     or (b.key in ("township_government", "township_unit")
                                         and not b.surface.endswith("党委"))):
                out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
            # X镇某湖(Y水库): the bracketed name follows a local name of the same thing
            elif b.label in PLACES and ctx.text[b.start - 1:b.start] == "(" and ctx.text[b.end:b.end + 1] == ")":
                alias = ctx.text[a.end:b.start - 1]
                if 1 <= len(alias) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", alias):
                    out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
                    ctx.resolver.nodes[bn].aliases.add(alias)
        # 在X区…的F1、F2和F3: facilities listed after the place in the same clause
        rest = ctx.text[a.end:ctx.sentence.end]
        dm = re.match(r"[^,。;的]{0,15}的", rest)
        if dm and dm.end() > 1 and any(a.end < x.start < a.end + dm.end() for x, _ in ctx.of("Jurisdiction")):
            # `X镇A站和Y乡境内的B水库` / `X镇A站和位于Y镇的B站`: the thing after 的 has a place of its own
            dm = None
        # 位于X的Y公司 / X镇境内的Y公司: a firm is placed too
        located = bool(lex.cue_in("(?:%s)$", "located").search(ctx.text[max(0, a.start - 4):a.start])) \
            or bool(dm and lex.cue_re("within").fullmatch(dm.group(0)[:-1]))
        # X镇境内(共)有A水库、B水库: what is said to be within the place
        hm = lex.cue_in(r"(?:%s)(?:共|还)?(?:建有|分布有|有)", "within").match(rest)
        if hm and a.props.get("level") in ("county", "township", "village"):
            out += [Edge(bn, "LOCATED_IN", an, ctx.sentence) for b, bn in _listed(ctx, ctx.rel(a) + len(a.surface)
                                                                                    + hm.end(), INSPECTABLE)]
        # X镇的A公司: a firm written right after its one place and 的 (not after a list of places, 对A镇、B镇的C公司)
        listed = ctx.text[a.start - 1:a.start] in ("、", "和", "及", "与") and \
            any(x.end == a.start - 1 for x, _ in ctx.of("Jurisdiction"))
        located = located or (bool(dm) and dm.group(0) == "的" and not listed)
        if dm and a.props.get("level") in ("county", "township", "village"):
            pos = a.end + dm.end()
            # `X乡境内的国有Y林场`: an owner word before a name that does not hold it
            om = lex.cue_in("(?:%s)", "owner").match(ctx.text, pos)
            if om and not any(b.start == pos for b, _ in ms):
                pos = om.end()
            first = pos
            for b, bn in ms:
                if b.start == pos and (b.label in PLACES or (located and b.label == "Enterprise")):
                    if pos != first and (WITHIN_AFTER_ITEM.match(ctx.text, b.end)
                                         or any(x.start == b.end for x, _ in ctx.of(*PLACES))):
                        # `X街道境内的A码头和B港区内的C公司` / `位于X镇的A厂和B林场C站`: a later item opening
                        # a site of its own
                        break
                    out.append(Edge(bn, "LOCATED_IN", an, ctx.sentence))
                    sep = re.match(r"[、和及与]", ctx.text[b.end:b.end + 1])
                    if not sep:
                        break
                    pos = b.end + 1
    return out


# a listed item followed by a word of inside opens a site of its own (`…和B港区内的C公司`)
WITHIN_AFTER_ITEM = re.compile(r"(?:境内|辖区内|区域内|范围内|内)的?")


def located_in_brackets(ctx: Ctx) -> list[Edge]:
    """`A水库(白石镇)` / `A公司(青河乡)`: a township or village alone in brackets right after a name is where it lies."""
    out = []
    for m, n in ctx.of("Jurisdiction"):
        if m.props.get("level") not in ("township", "village") or ctx.text[m.start - 1:m.start] != "(" \
                or ctx.text[m.end:m.end + 1] != ")":
            continue
        out += [Edge(xn, "LOCATED_IN", n, ctx.sentence) for x, xn in ctx.of(*INSPECTABLE) if x.end == m.start - 1]
    return out


def located_by_verb(ctx: Ctx) -> list[Edge]:
    """`A水库位于X镇` / `A公司（地处X乡）`: the place or firm written right before the verb lies in the place
    written right after it."""
    s = ctx.s()
    out = []
    for cm in load().cue_re("located").finditer(s):
        place = next((n for m, n in ctx.of("Jurisdiction", "Facility") if ctx.rel(m) == cm.end()), None)
        # a site written after its place (`位于X县工业园区`): the site, not the place that prefixes it
        site = next((n for m, n in ctx.of("Facility") for p, _ in ctx.of("Jurisdiction")
                     if ctx.rel(p) == cm.end() and m.start == p.end), None)
        place = site or place
        if place is None:
            continue
        lead = cm.start() - (1 if s[cm.start() - 1:cm.start()] in ("(", "均") else 0)
        things = [n for m, n in ctx.of(*INSPECTABLE) if ctx.rel(m) + len(m.surface) == lead]
        if not things and (km := BARE_SITE_BEFORE.search(s, 0, lead)):
            # `…在X工业集中区举行，集中区位于Y镇`: a site called by its kind alone is the last one named
            site = _last_named(ctx, km.group(1), 400, ctx.sentence.start + km.end())
            things = [site] if site and site != place else []
        out += [Edge(n, "LOCATED_IN", place, ctx.sentence) for n in things]
    if "境内" in s or "辖区" in s:
        # `A水电站在X镇境内`: the thing written right before 在 lies in the place
        for m, n in ctx.of("Jurisdiction"):
            r = ctx.rel(m)
            if r > 0 and s[r - 1] == "在" and IN_PLACE_END.match(s, r + len(m.surface)):
                out += [Edge(xn, "LOCATED_IN", n, ctx.sentence) for x, xn in ctx.of(*INSPECTABLE)
                        if ctx.rel(x) + len(x.surface) == r - 1]
    return out


def site_part(ctx: Ctx) -> list[Edge]:
    """`X港Y作业区、Z作业区` / `X高新区Y产业园`: a facility written right after a port or park (a Facility whose
    name ends in a `host_site` kind) is part of it and lies in it; a list of such parts goes on with `、`. A firm
    there is left alone (`X港Y储运公司`: a trade name often opens with its port), and so is a zone (`X港经济技术
    开发区`: a zone named after the port, not inside it)."""
    lex = load()
    host_end = lex.cue_in(r"(?:%s)$", "host_site")
    sites = [(x, xn) for x, xn in ctx.of("Facility") if host_end.search(x.surface)]
    if not sites:
        return []   # the host must be a named port or park
    zone_end = lex.cue_in(r"(?:%s)$", "zone")
    out = []
    for x, xn in sites:
        pos = x.end + (ctx.text[x.end:x.end + 1] == "的")   # `X林场的Y检查站`: 的 may join the host and its part
        for y, yn in sorted(ctx.of("Facility"), key=lambda t: t[0].start):
            if y.start != pos or yn == xn:
                continue
            if zone_end.search(y.surface):
                break
            out.append(Edge(yn, "LOCATED_IN", xn, ctx.sentence))
            if ctx.text[y.end:y.end + 1] != "、":
                break
            pos = y.end + 1
    return out


# a site called by its kind alone, opening a clause (`，集中区位于…`); `在X镇境内` / `在X镇辖区内` after a thing
BARE_SITE_BEFORE = re.compile(r"(?:^|(?<=[,;:]))(园区|工业园|产业园|开发区|集中区|港区|工业区)$")
IN_PLACE_END = re.compile(r"境内|辖区内?")


def within_site(ctx: Ctx) -> list[Edge]:
    """`X园区内的A公司、B公司` / `X化工园区内A公司`: firms and facilities written after a site and a word of
    inside lie in that site (a park is a Facility; places are done by `located_in`)."""
    if not ctx.of(*INSPECTABLE):
        return []   # what lies in the site is a firm, facility or reservoir named in the sentence
    s = ctx.s()
    out = []
    lex = load()
    for x, xn in ctx.of("Facility"):
        wm = lex.cue_in(r"(?:%s)的?", "within").match(s[ctx.rel(x) + len(x.surface):])
        if not wm:
            continue
        out += [Edge(n, "LOCATED_IN", xn, ctx.sentence)
                for m, n in _listed(ctx, ctx.rel(x) + len(x.surface) + wm.end(), INSPECTABLE) if n != xn]
    # `园区内的A、B`: a site named by its kind alone is the last site of that kind named shortly before
    # (`港区内的A、B`: a port area, `集中区内`: an industrial cluster zone, alike)
    # (`对化工集中区内的A`: the kind may carry what the park is for; the park named must then carry it too)
    for km in lex.cue_in(r"(?:(?<=[对在了,;:])|^)((?:化工|工业|物流)?(?:园区|工业园|开发区|产业园|港区|集中区))(?:%s)的?",
                         "within").finditer(s):
        # (`A会同X化工产业园管委会，对园区内B公司…`: the park named earlier in the sentence counts too)
        site = _last_named(ctx, km.group(1), 400, ctx.sentence.start + km.start())
        if site:
            out += [Edge(n, "LOCATED_IN", site, ctx.sentence) for m, n in _listed(ctx, km.end(), INSPECTABLE)]
    return out


# a park called by the bare `园区` may be named by any kind of park (`X化工产业园`, `X经济开发区`)
PARK_KINDS = ("园区", "工业园", "产业园", "开发区", "高新区", "经开区", "工业区")


def _last_named(ctx: Ctx, kind: str, window: int, end: int | None = None) -> str | None:
    """The Facility node whose name ends with `kind` written last within `window` chars before the sentence
    (before `end`, absolute, when given)."""
    end = ctx.sentence.start if end is None else end
    head = ctx.text[max(0, end - window):end]
    kinds = PARK_KINDS if kind == "园区" else (kind,)
    best, at = None, -1
    for nid, spec in ctx.resolver.nodes.items():
        if spec.label == "Facility" and spec.name.endswith(kinds) and len(spec.name) > len(kind):
            pos = max(head.rfind(a) for a in {spec.name, *spec.aliases})
            if pos > at:
                best, at = nid, pos
    return best


def built_in(ctx: Ctx) -> list[Edge]:
    """`在X街道设立/建成Y(仓库、避难场所…)`: a facility set up in a place lies in it; `在X体育场建成Y起降点`:
    a facility set up in a site lies in the site."""
    s = ctx.s()
    out = []
    built = load().cue_re("built")
    for m, n in ctx.of("Jurisdiction", "Facility"):
        r = ctx.rel(m)
        if _place_prefix(ctx, m):
            continue
        bm = built.match(s, r + len(m.surface))
        if not bm:
            continue
        # `X街道新建Y1处` / `A镇、B镇新建Y`: places opening the clause with no 在 are where their clause builds
        places = [n] if s[r - 1:r] == "在" else _places_opening_clause(ctx, m)
        if not places:
            continue
        end = bm.end() + s.startswith("了", bm.end())   # 在X镇新建了Y消防站
        out += [Edge(fn, "LOCATED_IN", pn, ctx.sentence) for f, fn in ctx.of(*PLACES) if ctx.rel(f) == end
                for pn in places]
    return out


def _places_opening_clause(ctx: Ctx, m: Mention) -> list[str]:
    """The townships or villages listed from the clause's start up to `m` (`A镇、B镇`); none when `m` is
    not a township or village or something else opens the clause."""
    s = ctx.s()
    ends = {ctx.rel(x) + len(x.surface): (x, xn) for x, xn in ctx.of("Jurisdiction")}
    at = ctx.rel(m) + len(m.surface)
    out = []
    while at in ends:
        x, xn = ends[at]
        if x.props.get("level") not in ("township", "village"):
            return []
        out.insert(0, xn)
        r = ctx.rel(x)
        if r == 0 or s[r - 1] in ",;:":
            return out
        if s[r - 1] not in "、和及与":
            return []
        at = r - 1
    return []


def stationed(ctx: Ctx) -> list[Edge]:
    """`A在X镇驻防/驻扎`: a body or team stationed in a place lies in it."""
    s = ctx.s()
    out = []
    for cm in load().cue_re("stationed").finditer(s):
        place = next(((m, n) for m, n in ctx.of("Jurisdiction") if ctx.rel(m) + len(m.surface) == cm.start()
                      and s[ctx.rel(m) - 1:ctx.rel(m)] == "在"), None)
        if place is None:
            out += _stationed_before(ctx, cm)
            continue
        at = ctx.rel(place[0]) - 1
        clause = s.rfind(",", 0, at)   # the subject of this clause, not of an earlier one
        out += [Edge(n, "LOCATED_IN", place[1], ctx.sentence) for m, n in _acting_bodies(ctx, at)
                if ctx.rel(m) > clause]
    return out


def _stationed_before(ctx: Ctx, cm: re.Match) -> list[Edge]:
    """`A驻守X镇` / `A现有队员N人，常年驻防于X镇`: the place written right after the verb; the body is the subject
    of the clause, or of the `;` part when the clause has none."""
    s = ctx.s()
    at = cm.end() + (s[cm.end():cm.end() + 1] in ("于", "在"))
    place = next((n for m, n in ctx.of("Jurisdiction") if ctx.rel(m) == at), None)
    if place is None:
        return []
    part = max(s.rfind(";", 0, cm.start()), s.rfind("。", 0, cm.start()))
    clause = s.rfind(",", 0, cm.start())
    bodies = [(m, n) for m, n in _acting_bodies(ctx, cm.start()) if ctx.rel(m) > part]
    own = [n for m, n in bodies if ctx.rel(m) > clause]
    if not own:
        first = s.find(",", part + 1, cm.start())
        own = [n for m, n in bodies if first < 0 or ctx.rel(m) < first]
    return [Edge(n, "LOCATED_IN", place, ctx.sentence) for n in own]


# supervision groups sent out or formed before a visit (`派出4个督查组，`, `抽调人员组成督导组`)
SENT_GROUPS = re.compile(r"(?:派出|派驻|组成|成立|抽调)[^,;。]{0,12}?(?:督查|督导|暗访|巡查)组,?$")


@lru_cache(maxsize=1)
def _sent_in_re() -> re.Pattern:
    """A team sent in (`sent_in`, then maybe 我区/我县) or a visit (`sent_to`, group `visit`)."""
    lex = load()
    marks = "(?:%s)|(?P<visit>%s)" % (lex.cue_re("sent_in").pattern, lex.cue_re("sent_to").pattern)
    return re.compile("(?:%s)(?P<own>我[%s])?" % (marks, LEVEL_CHARS))


def sent_in(ctx: Ctx) -> list[Edge]:
    """`A进驻我区/X镇开展…督查`: a team sent in to check supervises the place (我区/我县: the report's own);
    `A到/深入X镇、Y乡督查/督导`: a visit named by a supervision word supervises the places visited."""
    s = ctx.s()
    out = []
    lex = load()
    after = lex.cue_re("inspected_after")
    supervisory = lex.cue_re("supervisory_checks")
    for cm in _sent_in_re().finditer(s):
        end = _clause_end(s, cm.end())
        # a visit by supervision groups sent out (`A派出4个督查组，深入X镇、Y乡巡查`) supervises whatever it is called
        check = supervisory if cm.group("visit") and not SENT_GROUPS.search(s, 0, cm.start()) else after
        if not (check.search(s, cm.end(), end) or (cm.group("visit") and _check_opening_next(s, end, check))):
            continue
        if cm.group("own"):
            places = [ctx.resolver.juris_id]
        elif cm.group("visit"):
            # the places or bodies visited (a firm or facility visited is inspected: `inspected`)
            places = [n for m, n in _listed(ctx, cm.end(), ("Jurisdiction", "Department", *INSPECTABLE))
                      if m.label in ("Jurisdiction", "Department") and not _place_prefix(ctx, m)]
        else:
            places = [n for m, n in ctx.of("Jurisdiction") if ctx.rel(m) == cm.end()]
        if cm.group("visit"):   # A、B组成督导组，深入X镇…督导: the bodies of the nearest clause
            subjects = [n for m, n in nearest_subjects(ctx, cm.start())]
        else:
            subjects = [n for m, n in _acting_bodies(ctx, cm.start()) if s.rfind(",", 0, cm.start()) < ctx.rel(m)]
        out += [Edge(a, "SUPERVISES", p, ctx.sentence) for a in dict.fromkeys(subjects) for p in places if a != p]
    return out


def _clause_sectors(ctx: Ctx, bodies) -> dict[int, list[str]]:
    """`A负责X，B负责Y`: when several clauses of a sentence each open with their own bodies, each
    clause's bodies answer for the sectors of that clause only. Keyed by id(mention)."""
    s = ctx.s()
    # (also a duty clause after `:` or `、`: `明确：A负责X、B负责Y的安全监管`)
    # (and a clause opened by an enumerator before its bodies: `…：一是A、B共同负责X，C负责Y；`)
    # (and the first duty clause after the verb setting the duties: `明确A负责X，B负责Y`, cue list `duty_set_verb`)
    set_verb = load().cue_in(r"(?:%s)$", "duty_set_verb")
    opens = [m for m, _ in bodies if ctx.rel(m) == 0 or (0 < ctx.rel(m) <= len(s) and (
        s[ctx.rel(m) - 1] in ",;" or (s[ctx.rel(m) - 1] in ":、" and DUTY_AFTER.match(s, ctx.rel(m) + len(m.surface)))
        or (s[ctx.rel(m) - 1] == "是" and CLAUSE_ENUMERATOR.search(s, max(0, ctx.rel(m) - 5), ctx.rel(m)))
        or (set_verb.search(s, max(0, ctx.rel(m) - 4), ctx.rel(m)) and DUTY_AFTER.match(s, ctx.rel(m) + len(m.surface)))))]
    if len(opens) < 2:
        return {}
    bounds = [ctx.rel(m) for m in opens] + [len(s)]
    # a duty clause whose body was not read (`，C局负责Y`) still ends the clause before it
    bounds = sorted(set(bounds) | {d.start() + 1 for d in UNREAD_DUTY.finditer(s, bounds[0])})
    out = {}
    waiting: list = []   # bodies of clauses that only name a role (`A牵头，B、C配合，对X开展检查`)
    before: list[str] = []   # the sectors of the clause before
    for i, a in enumerate(bounds[:-1]):
        b = bounds[i + 1]
        secs = [n for x, n in ctx.of("Sector") if a <= ctx.rel(x) < b]
        mine = [m for m, _ in bodies if a <= ctx.rel(m) < b]
        if not secs and ROLE_ONLY.fullmatch(_without_names(ctx, mine, s[a:b], a).rstrip("。;!")):
            if b < len(s):
                waiting += mine   # the role clause goes on with the task of the next clause
                continue
            secs = before   # `A牵头负责X，B配合。`: a last clause of a role only helps with the task before
        for m in waiting + mine:
            out[id(m)] = secs
        waiting = []
        before = secs
    return out


CLAUSE_ENUMERATOR = re.compile(r"(?:^|[,;:])[一二三四五六七八九十]+是$")   # `；二是` before a clause's first body
UNREAD_DUTY = re.compile(r"[,;][\u4e00-\u9fff]{2,10}?(?:局|委|办|队|中心|站|所|科|股)(?:牵头|具体|主要)?负责")   # `，B局负责Y`


# a clause that only gives bodies a role in the task the next clause names (`A牵头、` / `B、C配合，`)
ROLE_ONLY = re.compile(r"[、和及与]*(?:负责|具体)?(?:牵头|主抓|负责|配合|协助|协同|参与|参加|共同)(?:负责)?[,;、]?")


def _sector_id(resolver, word: str) -> str:
    """The Sector node a word of the sector lexicon names, with the word kept as an alias."""
    return resolver._node("Sector", load().sector_of[word], None, alias=word).id


def _without_names(ctx: Ctx, mentions: list, text: str, at: int) -> str:
    """`text` (starting at relative `at`) with the names of `mentions` taken out."""
    for m in sorted(mentions, key=lambda m: -ctx.rel(m)):
        a = ctx.rel(m) - at
        text = text[:a] + text[a + len(m.surface):]
    return text


# a numbered heading that is only sector names: `(二)森林防灭火。` / `**(一)防汛抗旱**` / `三、地质灾害和地震` /
# `一是道路交通安全。` (an enumeration whose item is a sector); a head marked by a symbol or brackets instead of a
# number: `★非煤矿山`, `◆消防`, `【道路交通】A…`
HEAD_MARKS = r"[★☆▲■◆●]|【"
BARE_HEADING = re.compile(r"^\**\s*(?:\(\w{1,3}\)|[一二三四五六七八九十]+[、.是]|\d+[、.]|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[,、]|"
                          + HEAD_MARKS + r")\s*([\u4e00-\u9fff、和及与]{2,16}?)\s*(?:\**\s*$|[。.:】]\**)")
# an item of an enumeration across sentences or lines: `一是…；二是…`, `其一，…`
ENUM_ITEM = re.compile(r"^\**\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十][,、]?)")
# a sentence or a clause after `:` that opens with sectors and a comma: `矿山，专班对…；危险化学品，A会同B…`,
# `在道路交通安全方面，A…`, `危险化学品和烟花爆竹领域，A…`, `X场所安全监管，A负责…` (the places of a field, the work on it)
SECTOR_OPENS = re.compile(r"(?:^|[:])在?([\u4e00-\u9fff、和及与]{2,16}?)(?:场所|行业|企业)?(?:安全)?(?:监管|管理)?(?:领域|方面|行业)?[,:]")


# how deep a numbered line sits: `一、` < `(一)` < `1.` < `(1)` < `一是`
NUMBERING_LEVELS = (r"[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+[,、]|" + HEAD_MARKS, r"\([一二三四五六七八九十]+\)", r"\d+[、.]", r"\(\d+\)",
                    r"[一二三四五六七八九十]+是|其[一二三四五六七八九十]")

NUMBERING_LEVEL_RES = tuple(map(re.compile, NUMBERING_LEVELS))


def numbering_level(line: str) -> int | None:
    """The depth of a numbered line (see NUMBERING_LEVELS), None when it is not numbered."""
    line = line.lstrip("* ")
    return next((i for i, rx in enumerate(NUMBERING_LEVEL_RES) if rx.match(line)), None)


# a heading part worded as a task on one sector (`抓实地质灾害防治`, `(三)全力做好防汛抗旱`): the verb before the sector word, and what
# may follow it (a sector after a qualifier, `高层建筑消防`, `水库山塘防汛`, is left: golds differ on it); also a verb
# naming the work on the hazard itself (`★防治城市内涝。`, `(二)整治X`, `防范X`); also `扎实开展X工作`, `深化X安全专项整治`
TASK_BEFORE_SECTOR = re.compile(r"(?:全力|切实|扎实|持续|着力|全面|认真|从严|深入)?"
                                r"(?:抓实|抓好|抓牢|做好|做实|强化|加强|深化|狠抓|夯实|推进|统筹|防治|整治|防范|防御|开展)")
SECTOR_TASK_END = re.compile(r"(?:安全)?(?:专项)?(?:防治|工作|安全|治理|整治)?")


def bare_heading(line: str, resolver) -> tuple[list[str], bool] | None:
    """(sector ids, alone on its line) of a bare numbered heading, or None when the line is not one."""
    m = BARE_HEADING.match(line)
    if not m:
        return None
    lex = load()
    parts = [p for p in HEADING_SPLIT.split(m.group(1)) if p]
    alone = not line[m.end():].strip()
    # a heading alone on its line may join a sector with other work (`三、防汛和应急保障`): its sectors
    known = [p for p in parts if p in lex.sector_of]
    if len(known) < len(parts):
        # a part worded as a task on a sector (`第二，抓实地质灾害防治`): its sector
        for i, p in enumerate(parts):
            sm = None if p in lex.sector_of else sector_words_re().search(p)
            if sm and TASK_BEFORE_SECTOR.fullmatch(p[:sm.start()]) and SECTOR_TASK_END.fullmatch(p[sm.end():]):
                parts[i] = sm.group(0)
        known = [p for p in parts if p in lex.sector_of]
    if not known and len(parts) == 1:
        # a heading opening with a sector and a short verdict on it (`(三)防汛抗旱有力有序。`)
        sm = sector_words_re().match(parts[0])
        if sm and re.fullmatch(r"(?:安全|工作)?[\u4e00-\u9fff]{2,6}", parts[0][sm.end():]):
            known = parts = [sm.group(0)]
        elif not alone:
            field = _qualified_field(parts[0])
            if field:
                return [resolver._node("Sector", field, None, alias=parts[0]).id], alone
    if not known or (len(known) < len(parts) and not alone
                     and not all(p in lex.sector_of or _suffix_labels().get(p) == "Facility" for p in parts)):
        # (a kind of facility beside the sectors, `(二)非煤矿山和尾矿库。A负责…`, leaves the sectors the head's;
        # other words beside them: `_mixed_head_sectors`)
        return None
    ids = [_sector_id(resolver, p) for p in known]
    return ids, alone


def _mixed_head_sectors(ctx: Ctx) -> tuple[list[str], int]:
    """`3.工贸和仓储。A牵头，B、C配合，检查了…`: a numbered head just before the sentence on its line that joins known
    sectors with other words (bare_heading leaves such a head: the golds differ on the other words) gives its known
    sectors to the bodies of the sentence's first clause (with the helpers named in role clauses), when that clause
    names neither another sector nor the head's other words. (sector ids, end of that clause) or ([], 0)."""
    start, text = ctx.sentence.start, ctx.text
    if start < 3 or text[start - 1] not in "。.:】":   # (cheap gate: the sentence follows a head's end mark)
        return [], 0
    head = text[text.rfind("\n", 0, start) + 1:start]
    hm = BARE_HEADING.match(head)
    if not hm or hm.end() != len(head):
        return [], 0
    lex = load()
    parts = [p for p in HEADING_SPLIT.split(hm.group(1)) if p]
    known = [p for p in parts if p in lex.sector_of]
    others = [p for p in parts if p not in lex.sector_of]
    if not known or not others:
        return [], 0
    s = ctx.s()
    end = _clause_end(s, 0)
    # (`A牵头，B、C配合，对X…`: the role clauses go on with the task of the next one)
    while end < len(s) and ROLE_ONLY.fullmatch(_without_names(
            ctx, [x for x, _ in ctx.mentions if ctx.rel(x) < end], s[:end], 0).split(",")[-1]):
        end = _clause_end(s, end + 1)
    end = _helping_clause_end(ctx, end)
    clause = s[:end]
    canon = {lex.sector_of[p] for p in known}
    if any(p in clause for p in others) or any(lex.sector_of[w] not in canon for w in sector_words_re().findall(clause)):
        return [], 0
    return [_sector_id(ctx.resolver, p) for p in known], end


def _qualified_field(words: str) -> str | None:
    """The name of a field an enumerated head gives inline (`第四，寺庙消防安全。A…`) when its words are a sector word
    after a qualifier, not a task on it (`三是整治燃气安全。`: cue list `task_head`): the words without 安全."""
    lex = load()
    for sm in sector_words_re().finditer(words):
        if words[sm.end():] in ("", "安全") and sm.start() > 0:
            q = words[:sm.start()]
            if lex.cue_re("task_head").match(q) or q.endswith("的"):
                return None
            return FIELD_TAIL.sub("", words)
    return None


def _opening_sectors(ctx: Ctx) -> list[str]:
    lex = load()
    out = []
    for m in SECTOR_OPENS.finditer(ctx.s()):
        parts = [p for p in HEADING_SPLIT.split(m.group(1)) if p]
        if parts and all(p in lex.sector_of for p in parts):
            out += [ctx.resolver._node("Sector", lex.sector_of[p], None).id for p in parts]
    return out


@lru_cache(maxsize=1)
def _visit_or_check() -> re.Pattern:
    """A visit (`visits`) or a check named after its objects (`inspected_after`)."""
    lex = load()
    return re.compile("%s|%s" % (lex.cue_re("visits").pattern, lex.cue_re("inspected_after").pattern))


def _cue_outside_names(ctx: Ctx, rx: re.Pattern, start: int = 0):
    """The first cue from `start` that is not part of a name (整治 in 非煤矿山整治工作专班 is not an action)."""
    spans = _name_spans(ctx)
    return next((c for c in rx.finditer(ctx.s(), start) if not any(a <= c.start() < b for a, b in spans)), None)


def _name_spans(ctx: Ctx) -> list[tuple[int, int]]:
    """Where the sentence's names other than sectors stand (a cue inside one is part of the name)."""
    if ctx._name_spans is None:
        ctx._name_spans = [(ctx.rel(m), ctx.rel(m) + len(m.surface)) for m, _ in ctx.mentions if m.label != "Sector"]
    return ctx._name_spans


# a count before a word (`对全县17座非煤矿山`, `12家危险化学品企业`): the entity step reads counted words as things
COUNTED = re.compile(r"[\d*X一二三四五六七八九十两几多]+[家个座处所]$")


def _counted_sectors(ctx: Ctx) -> list[str]:
    """Sectors named by the things a body acts on, counted (`对全县17座非煤矿山开展检查`): the sector of those
    things, unless the word names sites rather than a sector (cue list `counted_sites`: 5座加油站)."""
    lex = load()
    s = ctx.s()
    sites = set(lex.cues.get("counted_sites", []))
    taken = [(ctx.rel(m), ctx.rel(m) + len(m.surface)) for m, _ in ctx.mentions]
    out = []
    for w in sector_words_re().finditer(s):
        if w.group(0) in sites or lex.sector_of[w.group(0)] in sites or not COUNTED.search(s, max(0, w.start() - 6), w.start()):
            continue
        if any(a < w.end() and w.start() < b for a, b in taken):
            continue
        out.append(_sector_id(ctx.resolver, w.group(0)))
    return out


# the things a check is made on (`对A镇沿海地质灾害隐患点进行了复查`, `对B乡森林防火重点区域开展巡查`)
CHECKED_OBJECT = re.compile(r"(?<![针应面绝相])对([^,;。对]{2,40}?)(?:开展|进行|组织|实施)")
HAZARD_SITE = re.compile(r"隐患|风险")   # what follows the sector word of a site named by its hazard


def _object_sectors(ctx: Ctx) -> list[str]:
    """Sectors named by a word that only qualifies the things checked (地质灾害 in 地质灾害隐患点), which the entity
    step reads as no sector: the checking bodies answer for it."""
    s = ctx.s()
    if "对" not in s:
        return []
    lex = load()
    # a sector word inside a name is the name's, not a field (东沃中心渔港, 金桥商贸城), but for a site named by its
    # hazard (地质灾害隐患点, 城市内涝风险点)
    taken = [(ctx.rel(m), ctx.rel(m) + len(m.surface)) for m, _ in ctx.mentions]
    sites = set(lex.cues.get("counted_sites", ()))   # (对加油站开展检查: the sites checked, no field)
    out = []
    for om in CHECKED_OBJECT.finditer(s):
        for w in sector_words_re().finditer(s, om.start(1), om.end(1)):
            if w.group(0) in sites or (HAZARD_SITE.match(s, w.end()) is None
                                       and any(a < w.end() and w.start() < b for a, b in taken)):
                continue
            out.append(_sector_id(ctx.resolver, w.group(0)))
    return out


SUB_COMMITTEES = re.compile(r"下设([^,;。]{2,60}?)等?[\d一二三四五六七八九十两]+个")
SUB_GROUP = re.compile(r"(?:专项|专业|安全)*(?:工作组|委员会|专委会|工作专班|专班|小组)")


def _sub_committees(ctx: Ctx) -> list[Edge] | None:
    """`X下设A、B、C等N个专业委员会(，分别由D、E、F牵头)`: the bodies after 分别由 answer for the sector of the
    same rank; X itself answers for none of them. None when the sentence is not of that form."""
    s = ctx.s()
    dm = SUB_COMMITTEES.search(s)
    subs = [n for m, n in ctx.of("Committee") if dm and dm.end() <= ctx.rel(m) <= dm.end() + 8]
    if not subs and not (dm and SUB_GROUP.match(s, dm.end())):   # (`等8个专项工作组`: groups no mention names)
        return None
    sectors = {ctx.rel(m): n for m, n in ctx.of("Sector")}
    items, at = [], dm.start(1)
    for part in re.split(r"(、|和|及)", dm.group(1)):
        if part not in ("、", "和", "及"):
            items.append(sectors.get(at))
        at += len(part)
    # the collective sub-committee node is left without sectors: the samples and dev2 golds give it none
    out: list[Edge] = []
    fm = re.search(r"分别由([^;。]{2,80}?)(?:牵头|负责)", s)
    if fm:
        bodies = [n for m, n in ctx.of(*BODIES) if fm.start(1) <= ctx.rel(m) < fm.end(1)]
        out += [Edge(b, "RESPONSIBLE_FOR", t, ctx.sentence) for b, t in zip(bodies, items) if t]
    return out


# (also a marked head giving its field before a colon: `★轨道交通：由A牵头负责，B配合，对…`)
LED_BY = re.compile(r"(?:^[★☆▲■◆●]?|(?<=[,;:]))([^,;:。由★☆▲■◆●]{2,24}?):?由([^,;:。由]{2,40}?)(?:共同|统一)?(?:牵头)?(?:负责|牵头)")


def _sectors_led_by(ctx: Ctx) -> tuple[list[Edge], int, list[tuple[int, int]]]:
    """`冶金和粉尘涉爆由A局牵头负责，特种设备由B局负责`: each clause gives its own sectors to the bodies after 由.
    Returns the edges, how many clauses gave any (a list of tasks when two or more), and the spans of fields read
    whole (`高层建筑消防安全由A…`: the sector word 消防 inside is no field of its own)."""
    out: list[Edge] = []
    clauses = 0
    whole: list[tuple[int, int]] = []
    for cm in LED_BY.finditer(ctx.s()) if "由" in ctx.s() else ():   # (LED_BY needs its 由: a cheap gate)
        a, b = cm.span(1)
        vm = load().cue_re("duty_set_verb").match(ctx.s(), a, b)
        if vm and b - vm.end() >= 2:
            a = vm.end()   # `明确危险化学品运输由A牵头`: the field starts after the verb setting the duty
        secs = _qualified_led_field(ctx, a, b)
        if secs:
            whole.append((a, b))
        secs = secs or [n for m, n in ctx.of("Sector") if a <= ctx.rel(m) < b] or \
            [_sector_id(ctx.resolver, w.group(0)) for w in sector_words_re().finditer(ctx.s(), a, b)] or \
            _fields_of_safety(ctx, a, b)
        # each body's own name, not a parent named inside a unit's (县公安局 in 县公安局交警大队); the bodies of a
        # clause right after that only gives a role (`X由A牵头负责，B、C配合`) share the field
        # (a helper named after its own sector, `X防指办配合`, keeps to that one)
        end = _helping_clause_end(ctx, cm.end())
        bodies = [n for m, n in ctx.of(*BODIES)
                  if (cm.start(2) <= ctx.rel(m) < cm.end(2) or (cm.end() < ctx.rel(m) < end and not _sector_body(m)))
                  and not any(y is not m and y.start <= m.start and m.end <= y.end for y, _ in ctx.mentions)]
        out += [Edge(x, "RESPONSIBLE_FOR", t, ctx.sentence) for x in bodies for t in dict.fromkeys(secs)]
        clauses += bool(bodies and secs)
    return out, clauses, whole


# what a field given by 由 may end with that names the work on it, not the field (`轨道交通运营安全由A牵头`,
# `地下空间防汛由B负责`): cue list `field_work_tail`
@lru_cache(maxsize=1)
def _field_work_tail() -> re.Pattern:
    return re.compile("(?:%s)+$" % load().cue_re("field_work_tail").pattern)


LED_FIELD_WORDS = re.compile(r"[\u4e00-\u9fff]{2,14}")   # a qualified field with its tail (`商业综合体消防安全`)
LIST_JOINER = re.compile(r"[和及与]")   # several fields (`城乡客运和危险货物运输安全`): each its own (_fields_of_safety)


def _qualified_led_field(ctx: Ctx, a: int, b: int) -> list[str]:
    """`高层建筑消防安全由A牵头负责`, `轨道交通运营安全由A牵头`, `地下空间防汛由A负责`: one field of words the sector
    lexicon lacks (a known sector word after a qualifier, or none), its work words taken off its end. Empty when the
    field is a known sector with work words only, several fields, or holds a name other than a sector."""
    s = ctx.s()
    words = s[a:b]
    if not LED_FIELD_WORDS.fullmatch(words) or words[0] in NOT_FIELD_OPENING or LIST_JOINER.search(words) or \
            any(a <= ctx.rel(x) < b and x.label != "Sector" for x, _ in ctx.mentions):
        return []
    lex = load()
    field = _field_work_tail().sub("", words)
    if len(field) < 2 or field in lex.sector_of or lex.cue_re("task_head").match(field):
        return []   # a known sector (`危险化学品安全监管`): the sector mention stands
    sm = sector_words_re().search(field)
    if sm and sm.start() == 0:
        return []   # a sector word then more words (`消防车通道`): not a qualified field
    tail = words[len(field):]
    # a field is known by a sector word in it, by the safety or the sector work its tail names, or by a marked head
    # (`★X：由A…`); other words before 由 name a task (`日常工作由A负责`)
    if not (sm or "安全" in tail or sector_words_re().search(tail) or s.startswith(":", b)):
        return []
    return [ctx.resolver._node("Sector", field, None, alias=words).id]


COMMITTEE_WORDS = re.compile(r"指挥部|领导小组|委员会")


def _sector_body(m: Mention) -> bool:
    """Is `m` a committee named after a sector, or its office (防汛抗旱指挥部办公室)?"""
    return bool(_own_sector(m) or (COMMITTEE_WORDS.search(m.canonical or m.surface)
                                   and _sector_named_in(m.canonical or "", m.surface)))


# a clause that only gives more bodies a helping role (`，B、C配合`), names taken out
HELPING_ONLY = re.compile(r"[,]?[、和及与等()]*(?:各[\u4e00-\u9fff]{1,4}[、和及与()]*)*(?:按职责|按照职责|依职责|依据职责)?(?:配合|协助|协同|参与)")


def _helping_clause_end(ctx: Ctx, at: int) -> int:
    """Where the clause after `at` ends when it only names bodies that help (`，B、C配合`); `at` otherwise."""
    s = ctx.s()
    if not s.startswith(",", at):
        return at
    end = _clause_end(s, at + 1)
    mine = [x for x, _ in ctx.mentions if at < ctx.rel(x) < end]
    return end if mine and HELPING_ONLY.fullmatch(_without_names(ctx, mine, s[at:end], at)) else at


# the words before 由 naming the safety of fields the lexicon lacks (`山塘、小型水库安全由A负责`)
SAFETY_OF = re.compile(r"([\u4e00-\u9fff、和及与]{2,20}?)安全(?:监管)?")
FIELD_WORDS = re.compile(r"[\u4e00-\u9fff]{2,8}")
NOT_FIELD_OPENING = "该本此其各全我"   # 该项目安全由…: a thing pointed at, not a field


def _fields_of_safety(ctx: Ctx, a: int, b: int) -> list[str]:
    """`山塘、小型水库安全由A负责`, `道路运输和危险货物运输安全由A、B共同负责`: the things whose safety a body is
    given by 由 are its fields, also where the sector lexicon lacks them; a name (a place, a firm) there is no field."""
    m = SAFETY_OF.fullmatch(ctx.s(), a, b)
    if not m or any(a <= ctx.rel(x) < b for x, _ in ctx.mentions):
        return []
    lex = load()
    parts = [p for p in HEADING_SPLIT.split(m.group(1)) if p]
    if not parts or not all(FIELD_WORDS.fullmatch(p) and p[0] not in NOT_FIELD_OPENING
                            and not lex.cue_re("task_head").match(p) for p in parts):
        return []
    return [ctx.resolver._node("Sector", lex.sector_of.get(p, p), None, alias=p).id for p in parts]


# a heading naming fields in general, not one (`二、抓实重点领域`, `其他领域：`)
NO_FIELD = re.compile(r"(?:重点|其他|其它|相关|主要|关键|各)(?:行业|领域|方面)?$")   # (also `其他行业领域`)
# an enumeration item written as a sentence of its own on a line (`一是道路交通。`, `二是消防安全领域。`): its words;
# the last item opened before a sentence is the one it belongs to
INLINE_ITEM = re.compile(r"(?:^|(?<=[。;:]))\**\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十][,、]?)([^。;:]{0,40}?)。")
ITEM_FIELD_TAIL = re.compile(r"(?:安全)?(?:领域|方面|工作)?$")


def _inline_item_sectors(ctx: Ctx) -> list[str] | None:
    """The sectors of the last enumeration item opened on the sentence's line before it (`一是道路交通。A…`), None
    when no item opens there or the last one names more than sectors."""
    text, start = ctx.text, ctx.sentence.start
    a = text.rfind("\n", 0, start) + 1
    if start - a < 4 or "是" not in text[a:start] and "其" not in text[a:start]:
        return None   # (cheap gate: no enumerator on the line before the sentence)
    last = None
    for last in INLINE_ITEM.finditer(text, a, start):
        pass
    if last is None:
        return None
    lex = load()
    parts = [p for p in HEADING_SPLIT.split(ITEM_FIELD_TAIL.sub("", last.group(1), count=1)) if p]
    if not parts or not all(p in lex.sector_of for p in parts):
        return None   # (an item worded as a task, `一是落实…。`, leaves the fields in force as they were)
    return [_sector_id(ctx.resolver, p) for p in parts]
# what makes a site word the things checked: the whole place's or a count of them
SITES_BEFORE = re.compile(r"(?:全[省市区县旗镇乡]|辖区内?|各|[\d*X一二三四五六七八九十两几多]+[家个座处所])$")


def responsible_for(ctx: Ctx) -> list[Edge]:
    lex = load()
    # a plan for a later period (`下半年，A将…开展煤矿…整治`, cue row `future_plan`) says what a body will do, not
    # which field it answers for: no gold gives one
    if "将" in ctx.s() and (lex.cue_in(r"(?:%s)[，,]", "future_plan").match(ctx.s()) or lex.cue_re("future_self").search(ctx.s())):
        return []
    out = _sub_committees(ctx)
    if out is not None:
        return out
    out = _work_table_rows(ctx)
    if out is not None:
        return out
    led, clauses, whole = _sectors_led_by(ctx)
    if clauses >= 2:
        return led   # a list of tasks: the other bodies of the sentence (its issuer) answer for none of them
    out = led
    # a site word written as the things checked (`对全县加油站开展检查`, `对5座加油站…`: cue list `counted_sites`)
    # is no field of the bodies
    sites = lex.cues.get("counted_sites", ())
    # (a site word with a field of its own in `object_fields.tsv`, 加油站, is never the field: that one is, below)
    sectors = [n for m, n in ctx.of("Sector") if not (m.surface in sites and (m.surface in lex.object_fields or SITES_BEFORE.search(
        ctx.s(), max(0, ctx.rel(m) - 6), ctx.rel(m)))) and not _in_order_clause(ctx, m)
        and not any(a <= ctx.rel(m) < b for a, b in whole)]
    cue = _cue_outside_names(ctx, lex.cue_re("responsible"))
    if cue:
        sectors += [n for n in _counted_sectors(ctx) + _object_sectors(ctx) if n not in sectors]
    # (an enumerated head, `一是道路交通领域。`, keeps its enumerator in the heading: the field is what follows it)
    heading = ENUM_ITEM.sub("", ctx.sentence.heading or "", count=1)
    head_sectors = []
    if heading:
        for part in HEADING_SPLIT.split(heading):
            if part and (part in lex.sector_of or ctx.sentence.heading_para is not None):
                canon = lex.sector_of.get(part)
                if canon or (ctx.heading_named(part) and not NO_FIELD.search(part)):
                    head_sectors.append(ctx.resolver._node("Sector", canon or part, None).id)
                else:
                    # a heading worded as a task (`(三)扎实做好防汛抗旱工作`, `三、抓好危化品安全监管`): its sectors
                    head_sectors += [_sector_id(ctx.resolver, w) for w in sector_words_re().findall(part)]
    if head_sectors and ctx.sentence.para != ctx.sentence.heading_para and \
            any(n not in head_sectors for n in sectors):
        head_sectors = []  # a later line of the section that speaks of another sector
    if whole:
        head_sectors = []   # the sentence names its own field (`X消防安全由A负责`, `★X：由A负责`)
    drill = bool(ctx.of("Drill"))
    head_sectors += _opening_sectors(ctx)
    item = _inline_item_sectors(ctx) if not (drill or whole) else None
    if item is not None:
        # `…。一是道路交通。A、B联合开展…。二是消防安全。C对…`: the nearest item head of the line before the sentence
        # gives its fields (a line-opening item's fields end where the next item begins)
        head_sectors = item
    elif (cue or ctx.bare_inline) and not drill and not head_sectors:
        head_sectors = list(ctx.bare_heading)
    # a head joining sectors with other words, just before the sentence: its sectors for the first clause's bodies
    mixed, mixed_end = _mixed_head_sectors(ctx) if not (head_sectors or drill or ctx.bare_heading) else ([], 0)
    # the sectors the sentence speaks of, also where the word only qualifies a thing (地质灾害隐患点)
    # (a sector word inside a body's name, 消防 in 消防救援支队, is not spoken of; in a work's, 水电站, it is)
    body_spans = [(ctx.rel(x), ctx.rel(x) + len(x.surface)) for x, _ in ctx.of(*BODIES)]
    spoken = set(sectors) | {ctx.resolver._node("Sector", lex.sector_of[w.group(0)], None).id
                             for w in sector_words_re().finditer(ctx.s())
                             if not any(a <= w.start() < b for a, b in body_spans)}
    one_head = len(head_sectors) == 1
    if len(head_sectors) > 1 and any(n in head_sectors for n in spoken):
        # `(三)地质灾害和地震。A排查地质灾害隐患…`: the heading's sector the sentence speaks of
        head_sectors = [n for n in head_sectors if n in spoken]
    elif len(head_sectors) > 1 and sectors and _later_in_head_line(ctx):
        # `6.建筑施工、消防等领域。A…；B对工贸企业开展有限空间检查`: a later sentence of the head's line naming fields
        # of its own, none of the heading's several, speaks of those (the first one goes with the head)
        head_sectors = []
    bodies = _acting_bodies(ctx)
    if drill:
        # a body taking part in a drill (`…演练，A、B参加`) answers for nothing by doing so
        part = load().cue_re("participated")
        bodies = [(m, n) for m, n in bodies
                  if not part.search(ctx.s(), ctx.rel(m), re.search(r"[,;。]|$", ctx.s()[ctx.rel(m):]).start() + ctx.rel(m))]
    # a committee supervising passively (`X被A挂牌督办`, `并由A挂牌督办`, `X接受了A的检查`) acts on the thing named, as
    # the top of the chain; the sector of the sentence is the departments' (a department's passive check still
    # gives it its sector: the dev2-dev4 golds)
    bodies = [(m, n) for m, n in bodies if not (m.label == "Committee" and _passive_agent(ctx, m))]
    if "请" in ctx.s():
        # a higher body the report asks to act (`提请市X局挂牌督办`, cue row `asked_to_act`) answers for no field
        asked = lex.cue_in(r"(?:%s)$", "asked_to_act")
        bodies = [(m, n) for m, n in bodies if not asked.search(ctx.s(), max(0, ctx.rel(m) - 3), ctx.rel(m))]
    if "：" in ctx.s() or ":" in ctx.s():
        # a drill's item line lists its sides by role labels (`…演练：地点：X；参演：A、B`): a body under a side
        # role's label takes part and answers for no field (the section's head field stays the organiser's)
        bodies = [(m, n) for m, n in bodies if not _under_side_label(ctx, m)]
    # a higher level's numbered group sent to check (`市安委会第二督导组对我区危化品…开展督导`) answers for no field it
    # checks, and a committee named only as the owner of its members (`县安委会成员单位各司其职：A负责X…`) for none
    bodies = [(m, n) for m, n in bodies
              if not _sent_group(m) and not ctx.s().startswith(MEMBERS_WORD, ctx.rel(m) + len(m.surface))]
    owned = _clause_sectors(ctx, bodies)
    # the heading's sectors that one clause of the sentence names (`A负责X，B负责Y` under `X和Y`) go to that
    # clause's bodies only
    clause_named = {t for secs in owned.values() for t in secs}
    objects = None   # the fields the things acted on imply, by body (made on first need)
    for m, n in bodies:
        # (under a heading of one sector, `A负责X日常监管，B负责综合协调`: a duty clause of B naming no other
        # sector shares the heading's one)
        targets = [t for t in head_sectors if id(m) not in owned or t not in clause_named or t in owned[id(m)]
                   or (one_head and not owned[id(m)] and ctx.s().startswith("负责", ctx.rel(m) + len(m.surface)))]
        # a team answers for the sectors of its own work, not for those of a drill it takes part in; a
        # committee named after a sector answers for that one (its own rule below), not for others it meets
        if (cue or (m.label == "RescueTeam" and not drill)) and not _own_sector(m):
            targets += owned.get(id(m), sectors)
        # (also beside a head's field when the body's own duty clause names a sector as a qualifier only:
        # `X场所安全监管，A负责统筹，B负责燃气使用检查`)
        if cue and not _own_sector(m) and (not targets or (id(m) in owned and not owned[id(m)])):
            targets += _duty_sectors(ctx, m)
        if mixed and ctx.rel(m) < mixed_end and not _own_sector(m):
            targets += mixed
        if cue and not drill and not _own_sector(m) and (not targets or len(set(targets)) > 1) and \
                _object_words().search(ctx.s()):
            # no field named and no head above: the field the things acted on imply (object_fields.tsv); under a head
            # of several (`6.建筑施工、消防等领域。A检查在建项目，B检查社会单位`), a field another clause's things imply
            # is that clause's
            if objects is None:
                objects = _object_fields(ctx, bodies)
            implied = objects.get(id(m), [])
            elsewhere = {t for k, ts in objects.items() if k != id(m) for t in ts}
            targets = [t for t in targets if t in implied or t not in elsewhere] if targets else implied
        own = _own_sector(m)
        if own and len(targets) > 1 and lex.sector_of.get(own, own) in [ctx.resolver.nodes[t].name for t in targets]:
            # a committee named after a sector, under a heading of several, answers for its own one (below)
            targets = []
        for t in dict.fromkeys(targets):
            out.append(Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence))
    if cue:
        out += _shared_duty_field(ctx, bodies, out)
    # a committee or team named after its sector answers for it (防汛抗旱指挥部, 森林防火救援大队), and so does
    # the body set to lead it (增设X专业委员会，由A牵头)
    for m, n in ctx.of("Committee", "RescueTeam"):
        own = _own_sector(m)
        # (a team named after the rescue it gives, 矿山救护队 / 专职消防队: cue list `team_trade`, answers for no field)
        if own and not (m.label == "Committee" and _committee_only_named(ctx, m)) and \
                not (m.label == "RescueTeam" and own in lex.cues.get("team_trade", ())) and \
                not (drill and _drill_side_role(ctx, m)):
            sid = ctx.resolver._node("Sector", own, None).id
            out.append(Edge(n, "RESPONSIBLE_FOR", sid, ctx.sentence))
            r = ctx.rel(m) + len(m.surface)
            om = m.label == "Committee" and COMMITTEE_ORGANISES.match(ctx.s(), r)
            if om:
                # 县森防指组织A、B组成督查组…: the bodies the committee sets to its work answer for its field
                out += [Edge(xn, "RESPONSIBLE_FOR", sid, ctx.sentence)
                        for x, xn in _listed(ctx, om.end(), BODIES) if x.label == "Department"]
            lm = re.match(r",?由([^,;。]{2,40}?)牵头", ctx.s()[r:])
            if lm:
                lm = _Span(r + lm.start(1), r + lm.end(1))
            else:
                # X指挥部由副县长A任总指挥，日常工作由B局牵头负责: B runs the committee's work
                lm = DAILY_WORK.search(ctx.s(), r)
                nxt = [ctx.rel(x) for x, _ in ctx.of("Committee") if r <= ctx.rel(x)]
                lm = _Span(*lm.span(1)) if lm and not (nxt and min(nxt) < lm.start()) else None
            if lm:
                a, b = lm.a, lm.b
                out += [Edge(xn, "RESPONSIBLE_FOR", sid, ctx.sentence) for x, xn in ctx.of(*BODIES)
                        if a <= ctx.rel(x) < b]
    return out


@lru_cache(maxsize=1)
def _object_words() -> re.Pattern:
    """The object words of `object_fields.tsv`, longest first (a cheap gate and the finder)."""
    return re.compile(alternation(load().object_fields) or "(?!)")


HEAD_LINE_END = re.compile(r"[。:：]")


def _later_in_head_line(ctx: Ctx) -> bool:
    """Does another sentence stand between the head opening the sentence's line and the sentence?"""
    text, start = ctx.text, ctx.sentence.start
    a = text.rfind("\n", 0, start) + 1
    hm = HEAD_LINE_END.search(text, a, start)
    return bool(hm) and bool(text[hm.end():start].strip())


def _all_of_kind(ctx: Ctx, w: re.Match, fields: dict[str, str]) -> bool:
    """Are all the things named in the clause of `w` of the field its word implies (`对中石化X加油站和Y镇加油站开展检查`)?
    A list of sites of several kinds (`对X市场、Y小学、Z加油站等场所开展防火检查`) is checked for another field."""
    s = ctx.s()
    a = max(s.rfind(c, 0, w.start()) for c in CLAUSE_MARKS) + 1
    b = CLAUSE_END.search(s, w.end()).start()
    field = fields[w.group(0)]
    for x, _ in ctx.of(*INSPECTABLE):
        r = ctx.rel(x)
        if a <= r < b and not any(fields[v.group(0)] == field for v in _object_words().finditer(x.surface)):
            return False
    return True


# a size word before a works' kind is no name: `23座小水电站` names the kind, `X水电站` one works
KIND_SIZE = re.compile(r"(?:小型|中型|大型|小|大)?")


def _kind_only(surface: str, word: str) -> bool:
    """Is a facility mention only the object word's kind, with at most a size word before it (小水电站)?"""
    return surface.endswith(word) and KIND_SIZE.fullmatch(surface, 0, len(surface) - len(word)) is not None


def _object_fields(ctx: Ctx, bodies: list) -> dict[int, list[str]]:
    """When a sentence names no field for a body, the fields implied by the things its clause acts on
    (`A对全县14座水库进行检查` -> 防汛抗旱; lexicon `object_fields.tsv`), by id of the body's mention. A body opening
    a clause after one that already named its objects starts a clause of its own (`A检查在建项目，B检查社会单位`);
    bodies of a role clause share the next clause's objects (`A牵头，B配合，对X…`). An object word inside a name is
    no object (水库管理局; a named reservoir or work checked, `X水库`: the golds give it no field) but inside a firm's
    (a named gas station is a firm of its trade: `对X加油站开展检查` -> 危险化学品)."""
    s = ctx.s()
    fields = load().object_fields
    found = []
    for w in _object_words().finditer(s):
        host = next((x for x, _ in ctx.mentions if ctx.rel(x) <= w.start() < ctx.rel(x) + len(x.surface)), None)
        if host is None or host.label == "Sector" or (host.label == "Enterprise" and _all_of_kind(ctx, w, fields)) \
                or (host.label == "Facility" and _kind_only(host.surface, w.group(0))):
            found.append(w)
    if not found:
        return {}
    out: dict[int, list[str]] = {}
    order = sorted(bodies, key=lambda b: ctx.rel(b[0]))
    groups: list[list] = []
    starts: list[int] = []
    for m, _ in order:
        r = ctx.rel(m)
        # a body carried in from the sentence before (`…。检查加油站3座。`) stands before it: it opens no clause here
        opens = r == 0 or (0 < r <= len(s) and s[r - 1] in CLAUSE_MARKS)
        if not groups or (opens and any(starts[-1] <= w.start() < r for w in found)):
            groups.append([])
            starts.append(r)
        groups[-1].append(m)
    for i, group in enumerate(groups):
        end = starts[i + 1] if i + 1 < len(starts) else len(s)
        ids = list(dict.fromkeys(_sector_id(ctx.resolver, fields[w.group(0)]) for w in found
                                 if starts[i] <= w.start() < end))
        for m in group:
            out[id(m)] = ids
    return out


DRILL_CLAUSE_END = re.compile(r"[,;。，；]|$")
CLAUSE_MARKS = ",;。，；"


def _under_side_label(ctx: Ctx, m: Mention) -> bool:
    """Is `m` listed after a side role's label opening its clause (`参演：A、B`, `参加单位：A`, `配合单位:A`; cue
    row `drill_side_role`, up to 4 characters before the colon)?"""
    s, at = ctx.s(), ctx.rel(m)
    start = max(s.rfind(c, 0, at) for c in CLAUSE_MARKS) + 1
    return bool(load().cue_in(r"\s*(?:%s)[^,;。，；：:]{0,4}[：:]", "drill_side_role").match(s, start, at))


def _drill_side_role(ctx: Ctx, m: Mention) -> bool:
    """In a drill's sentence, is the first role word after `m` in its clause one of taking part, hosting for another
    or guiding (`A指导、B主办，C、D参演`; cue rows `drill_side_role` / `drill_lead_role`)? Such a body answers for
    no field by its name there; the one that organises the drill (主办/组织/牵头) still does."""
    s, lex = ctx.s(), load()
    r = ctx.rel(m) + len(m.surface)
    end = DRILL_CLAUSE_END.search(s, r).start()
    side = lex.cue_re("drill_side_role").search(s, r, end)
    lead = lex.cue_re("drill_lead_role").search(s, r, end)
    return bool(side) and not (lead and lead.start() < side.start())


MEMBERS_WORD = ("成员单位", "各成员单位")   # (`县安委会各成员单位紧盯A、B等领域`: the members act, not the committee)
SENT_GROUP = r"第[一二三四五六七八九十\d]+(?:%s)$"   # (cue list `sent_group`)


def _sent_group(m: Mention) -> bool:
    """Is `m` a higher level's numbered group sent to check (市安委会第二督导组, 市能源局第三督查组)?"""
    if "组" not in m.surface:
        return False
    rx = load().cue_in(SENT_GROUP, "sent_group")
    return bool(rx.search(m.surface) or rx.search(m.canonical or ""))


# a clause ordering a firm to mend what a check found (`…，责令X停产整改粉尘防爆隐患`): a sector word there names the
# hazard found, not the field of the bodies that checked
ORDER_CUE = re.compile(r"责令|限期")


def _in_order_clause(ctx: Ctx, m: Mention) -> bool:
    """Is `m` written after 责令/限期 in its own clause?"""
    s, r = ctx.s(), ctx.rel(m)
    if "责令" not in s and "限期" not in s:
        return False   # (no ORDER_CUE in the sentence: a cheap gate)
    start = max(s.rfind(c, 0, r) for c in ",;。") + 1
    return ORDER_CUE.search(s, start, r) is not None


# a body's duty clause (`A牵头负责防汛物资储备和调度`, `B主要负责地质灾害隐患点巡查`)
DUTY_AFTER = re.compile(r"(?:牵头|具体|主要)?负责")


FIELD_COMMITTEE = r"(?:指挥部|委员会|专委会|领导小组)"   # a committee named after a field (`森林防灭火指挥部`)


def _shared_duty_field(ctx: Ctx, bodies: list, made: list[Edge]) -> list[Edge]:
    """A list of duties (`A牵头负责林区防火巡护，B负责综合协调和扑救指挥，C负责野外违规用火查处`): the clauses share
    one field; a duty body whose own clause names none takes the one field the other duty clauses were given."""
    s = ctx.s()
    duty = [(m, n) for m, n in bodies if DUTY_AFTER.match(s, ctx.rel(m) + len(m.surface))]
    if len(duty) < 2:
        return []
    given = {e.source for e in made}
    fields = {e.target for e in made if any(e.source == n for _, n in duty)}
    if len(fields) != 1:
        return []
    t = fields.pop()
    # (only the paragraph's field: one a committee named after it opens the paragraph with; a field word of one
    # clause that only qualifies a thing, `负责防汛物资储备`, is that clause's alone)
    line_start = ctx.text.rfind("\n", 0, ctx.sentence.start) + 1
    if not re.search(re.escape(ctx.resolver.nodes[t].name) + FIELD_COMMITTEE, ctx.text[line_start:ctx.sentence.start]):
        return []
    return [Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence) for n in dict.fromkeys(n for _, n in duty if n not in given)]


def _duty_sectors(ctx: Ctx, m: Mention) -> list[str]:
    """The sectors of the words written in the duty clause right after a body (`A负责X…`), also where the word
    only qualifies a thing (防汛物资): the entity step reads no sector there."""
    s = ctx.s()
    dm = DUTY_AFTER.match(s, ctx.rel(m) + len(m.surface))
    if not dm:
        return []
    lex = load()
    spans = _name_spans(ctx)
    end = _clause_end(s, dm.end())
    out = [_sector_id(ctx.resolver, w.group(0))
           for w in sector_words_re().finditer(s, dm.end(), end)
           if not any(a <= w.start() < b for a, b in spans)]
    # a bare word of a field, read as the field only here (cue list `duty_field`: 燃气 in `B负责燃气管网巡查`)
    field = lex.cue_re("duty_field")
    if field.search(s, dm.end(), end):
        things = [t.span() for t in lex.cue_re("duty_field_not").finditer(s, max(0, dm.end() - 4), end + 4)]
        out += [ctx.resolver._node("Sector", _duty_field_sector(w.group(0)), None, alias=w.group(0)).id
                for w in field.finditer(s, dm.end(), end)
                if not any(a <= w.start() < b for a, b in spans + things)]
    return out


@lru_cache(maxsize=None)
def _duty_field_sector(word: str) -> str:
    """The sector a bare field word stands for: its own, else the one whose name ends with it (燃气: 城镇燃气)."""
    sector_of = load().sector_of
    if word in sector_of:
        return sector_of[word]
    return next((c for c in sorted(set(sector_of.values())) if c.endswith(word)), word)


PASSIVE_BY = re.compile(r"(?:被|接受了?|迎接了?)$")
BY_SUPERVISOR = re.compile(r"由$")


def _passive_agent(ctx: Ctx, m: Mention) -> bool:
    """`被A…` / `接受了A的…` / `由A挂牌督办`: the body is the agent of a passive check or supervision."""
    s, r = ctx.s(), ctx.rel(m)
    if r <= 0:
        return False
    if PASSIVE_BY.search(s, max(0, r - 3), r):
        return True
    if BY_SUPERVISOR.search(s, r - 1, r):
        end = _clause_end(s, r)
        return load().cue_re("supervises").search(s, r + len(m.surface), end) is not None
    return False


# a row of a flattened table of duties (`序号 领域 牵头部门 配合部门` / `1 煤矿 县能源局 县应急管理局、县自然资源局`;
# normalising drops the spaces between cells): an optional row number, the sector cell, then cells of bodies
ROW_NUMBER = re.compile(r"\|?\s*(?:\d{1,2}[.、]?)?[\s|]*")
# what may remain of a row once its names are taken out: separators and `各乡镇`-like collectives (`各街道、社区`)
COLLECTIVE_PLACES = ("社区", "村", "村居", "村(社区)", "乡镇", "街道", "园区", "企业")
ROW_REST = re.compile(r"(?:[\s|、,和及与]|各[\u4e00-\u9fff]{1,4}(?:[、和及与](?:%s))*|等)*" % "|".join(map(re.escape, COLLECTIVE_PLACES)))


# the header of a duty table whose rows carry a cell of work after the bodies (`行业领域 牵头部门 配合部门 工作情况`):
# normalising drops the cell gaps and, the work cell holding commas, joins the rows into one sentence
WORK_TABLE_HEADER = re.compile(r"(?:领域|行业|类别|专项)[\s|]*(?:牵头|主责|责任|主管)(?:部门|单位)")
ROW_FIELD_JOIN = re.compile(r"[、和及与]")   # between two fields of one cell (`冶金、工贸`)
ROW_BODY_JOIN = re.compile(r"[、和及与]?")   # between two bodies of the lead and helping cells


def _duty_header(ctx: Ctx) -> bool:
    """Is the sentence under the header line of a duty table (looked for up to 2000 chars back)?"""
    line_start = ctx.text.rfind("\n", 0, ctx.sentence.start) + 1
    head_at = ctx.text.rfind("牵头", max(0, line_start - 2000), line_start)
    if head_at < 0:
        return False
    a = ctx.text.rfind("\n", 0, head_at) + 1
    b = ctx.text.find("\n", head_at)
    return WORK_TABLE_HEADER.search(ctx.text, a, b if b >= 0 else len(ctx.text)) is not None


def _work_table_rows(ctx: Ctx) -> list[Edge] | None:
    """Rows of a duty table with a work cell, run together (`危险化学品区应急管理局区工信局、区市场监管局检查…
    冶金、工贸区应急管理局区工信局对…`): a row opens where field words are written right against a body; the bodies
    right after them (lead cell, helping cell) answer for that row's fields, and for no field of another row or of
    the work cells. None when the sentence is no such run of rows."""
    ms = ctx.mentions
    # (cheap gate: a body written right against a field or another body, no mark between: cells run together)
    if not any(b.label in BODIES and a.end == b.start and (a.label in BODIES or a.label == "Sector")
               for (a, _), (b, _) in pairwise(ms)) or not _duty_header(ctx):
        return None
    s = ctx.s()
    if ms[0][0].label != "Sector" or ctx.rel(ms[0][0]) != ROW_NUMBER.match(s).end():
        return None   # the first row's field cell opens the line with a field word (else the field-cell rows read it)
    out: list[Edge] = []
    i = 0
    while i < len(ms):
        if ms[i][0].label != "Sector" or (ctx.rel(ms[i][0]) and s[ctx.rel(ms[i][0]) - 1] in "、和及与"):
            i += 1
            continue
        j, fields = i, [ms[i][1]]
        while j + 1 < len(ms) and ms[j + 1][0].label == "Sector" and \
                ROW_FIELD_JOIN.fullmatch(s[ctx.rel(ms[j][0]) + len(ms[j][0].surface):ctx.rel(ms[j + 1][0])]):
            j += 1
            fields.append(ms[j][1])
        k, bodies = j + 1, []
        while k < len(ms) and ms[k][0].label in BODIES and \
                ROW_BODY_JOIN.fullmatch(s[ctx.rel(ms[k - 1][0]) + len(ms[k - 1][0].surface):ctx.rel(ms[k][0])]):
            if not _inside_another(ctx, ms[k][0]):
                bodies.append(ms[k][1])
            k += 1
        if bodies and ms[j + 1][0].start == ms[j][0].end:
            out += [Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence) for n in dict.fromkeys(bodies) for t in dict.fromkeys(fields)]
        i = max(k, i + 1)
    return out or None


def _inside_another(ctx: Ctx, x: Mention) -> bool:
    """Is `x` written inside another mention of the sentence (县公安局 in 县公安局交警大队)?"""
    return any(y is not x and y.start <= x.start and x.end <= y.end for y, _ in ctx.mentions)


def table_row(ctx: Ctx) -> list[Edge]:
    """Every body on a row of a duty table answers for the row's sector (the lead cell and the helping cells
    alike): a line of a sector cell then cells of bodies, with no other word."""
    s = ctx.s()
    if s[-1] in "。!?;:" or not ctx.mentions:
        return []   # a row ends with no stop
    at = ROW_NUMBER.match(s).end()
    if ctx.mentions[0][0].label in INSPECTABLE:
        return _site_row(ctx, at)
    # each body's own name, not a parent named inside a unit's (县公安局 in 县公安局交警大队)
    bodies = [(x, n) for x, n in ctx.of(*BODIES)
              if not _inside_another(ctx, x)]
    if not bodies:
        return []
    first_body = ctx.rel(bodies[0][0])
    if ctx.mentions[0][0].label != "Sector" or ctx.rel(ctx.mentions[0][0]) != at:
        return _field_cell_row(ctx, at, bodies)   # a field the lexicon lacks, known by its column
    secs = [(x, n) for x, n in ctx.of("Sector") if ctx.rel(x) < first_body]
    cell_end = _field_cell_end(ctx, at, bodies)
    # (a field's part in brackets is a field too: `工贸(粉尘涉爆)`)
    if not ROW_REST.fullmatch(_without_names(ctx, [x for x, _ in secs], s[at:cell_end], at).replace("(", "").replace(")", "")):
        return _field_cell_row(ctx, at, bodies)   # a sector word with more words in its cell (`有限空间作业`)
    if any(x.label not in BODIES and x.label != "Sector" and not _inside_another(ctx, x) for x, _ in ctx.mentions) or \
            not _only_names_left(ctx, _without_names(ctx, [x for x, _ in bodies], s[first_body:], first_body)):
        return []   # words other than names: a sentence, not a row (the field cell was read above)
    return [Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence) for _, n in bodies for t in dict.fromkeys(n for _, n in secs)]


# a body's name the entity step did not read (`化工园区管委会`): under a duty header, one more cell of bodies
UNREAD_BODY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:管委会|管理委员会|委员会|局|委|办|中心|大队|支队)(?=[\s|、,]|$)")


def _only_names_left(ctx: Ctx, rest: str) -> bool:
    """Is what is left of a row, its names taken out, only separators and collectives? Under a header of a
    duty table (FIELD_HEADER) a cell holding a body's name no mention covers is let through too."""
    if ROW_REST.fullmatch(rest):
        return True
    if not UNREAD_BODY.search(rest) or not ROW_REST.fullmatch(UNREAD_BODY.sub("", rest)):
        return False
    header = _table_header(ctx)
    return bool(header and FIELD_HEADER.match(header))


# the first cell of a duty-table row, before its first body: a field's words (`高层建筑消防`, `电动自行车`)
FIELD_CELL = re.compile(r"[\u4e00-\u9fff]{2,10}")
# a header whose column after the number is the field (`序号 领域 牵头部门 配合部门`, `序号|行业|牵头单位|配合单位`,
# `序号 行业领域 责任单位 协同单位`, `序号 重点领域 主管部门`)
FIELD_HEADER = re.compile(r"\|?\s*序号[\s|]*(?:重点|行业|专项)?(?:领域|行业|类别|专项)[\s|]*(?:牵头|主责|责任|主管)")
# header words (a header cell is no field) and words of prose (a line of prose is no row)
NOT_A_FIELD = re.compile(r"序号|领域|行业|类别|部门|单位|牵头|配合|负责|开展|进行|组织|已|了")
FIELD_TAIL = re.compile(r"(?:安全|领域|工作)$")
GENERIC_TAIL = re.compile(r"作业|行业|领域|安全|工作")   # 有限空间作业 is the field 有限空间


QUOTES = re.compile(r"[\"“”'‘’]")
# the level prefix a row's bodies open with (`区`, `县`, `经开区`): what of it is written before the first body read
LEVEL_PREFIX = re.compile(r"[\u4e00-\u9fff]{0,3}?[县区市旗州盟]")


def _field_cell_end(ctx: Ctx, at: int, bodies: list) -> int:
    """Where the field cell of a row ends: before the first body read, or earlier where the first body's name
    begins before what was read (`道路交通|经开区公安分局…` read as `区公安分局…`) or a body the entity step did not
    read opens the lead cell (`出租屋|区出租屋管理服务中心|区公安分局…`); the other bodies of the row give the prefix."""
    s = ctx.s()
    first_body = ctx.rel(bodies[0][0])
    prefixes = {pm.group(0) for x, _ in bodies[1:] if (pm := LEVEL_PREFIX.match(x.surface))}
    for p in sorted(prefixes, key=len, reverse=True):
        j = s.find(p, at + 2, first_body + len(p) - 1)   # (a field of two chars at least before it)
        while j != -1 and j < first_body:
            if first_body < j + len(p) or UNREAD_BODY.fullmatch(s, j, first_body):
                return j   # the prefix runs into the first body read, or a whole body's name left unread
            j = s.find(p, j + 1, first_body + len(p) - 1)
    return first_body


def _field_cell_row(ctx: Ctx, at: int, bodies: list) -> list[Edge]:
    """`2 高层建筑消防 区消防救援大队 区住建局、各街道` under a header naming a field column: the words before the
    first body are the row's field even when the sector lexicon lacks them (or only knows a word inside them);
    every body of the row answers for it."""
    s = ctx.s()
    first_body = ctx.rel(bodies[0][0])
    cell = QUOTES.sub("", s[at:_field_cell_end(ctx, at, bodies)].strip(" |"))   # `"三小"场所` is the field 三小场所
    if not FIELD_CELL.fullmatch(cell) or NOT_A_FIELD.search(cell) or \
            any(x.label not in BODIES and x.label != "Sector" and not _inside_another(ctx, x) for x, _ in ctx.mentions) or \
            any(x.label == "Sector" and ctx.rel(x) >= first_body for x, _ in ctx.mentions):
        return []
    if not _only_names_left(ctx, _without_names(ctx, [x for x, _ in bodies], s[first_body:], first_body)):
        return []   # words other than names after the field: a sentence, not a row
    header = _table_header(ctx)
    if not header or not FIELD_HEADER.match(header):
        return []
    lex = load()
    canon = lex.sector_of.get(cell) or FIELD_TAIL.sub("", cell)
    sm = sector_words_re().match(cell)
    if sm and GENERIC_TAIL.fullmatch(cell[sm.end():]):
        canon = lex.sector_of[sm.group(0)]   # the field's own name with a word saying what kind of thing it is
    t = ctx.resolver._node("Sector", canon, None, alias=cell).id
    return [Edge(n, "RESPONSIBLE_FOR", t, ctx.sentence) for _, n in bodies]


# a table whose header names a column of where things are (`序号 检查站 所在位置 启用时间`)
WHERE_HEADER = re.compile(r"\|?\s*序号.*(?:位置|地点|地址|所在)")
# what may remain of a site row once its names are taken out: separators, dates and counts
SITE_ROW_REST = re.compile(r"[\s|、,\d*X年月日.\-/至]*")


def _site_row(ctx: Ctx, at: int) -> list[Edge]:
    """`1 X检查站 Y林场 3月15日` under a header naming where each thing is: the thing lies in the place of the
    cell after it (the last place named there: `松源镇杨树林村` is the village)."""
    thing, n = ctx.mentions[0]
    if ctx.rel(thing) != at or len(ctx.mentions) < 2:
        return []
    cell = []
    end = thing.end
    for x, xn in ctx.mentions[1:]:
        if x.start != end or x.label not in ("Jurisdiction", "Facility"):
            break
        cell.append((x, xn))
        end = x.end
    if not cell or not SITE_ROW_REST.fullmatch(ctx.s()[end - ctx.sentence.start:]):
        return []
    header = _table_header(ctx)
    if header is None or not WHERE_HEADER.match(header):
        return []
    return [Edge(n, "LOCATED_IN", cell[-1][1], ctx.sentence)]


# a drill table's header names its columns (`序号 时间 演练名称 地点 主办单位 参演单位`): where it was held, who ran
# it (the word is the role) and who took part, in the order written
DRILL_COLUMNS = re.compile(r"(地点|位置|地址|场地)|(主办|承办|协办|组织|牵头)|(参演|参加|参与|配合)")
CELL_JOIN = re.compile(r"[\s|]*[、,和及与][\s|]*")   # names in one cell: a list
CELL_GAP = re.compile(r"[\s|]*")                  # the gap between two cells


def drill_row(ctx: Ctx) -> list[Edge]:
    """A row of a drill table under a header naming its columns (`序号 时间 演练名称 地点 主办单位 参演单位` /
    `1 4月2日 X演练 Y镇Z村 A局 B局、C镇人民政府`): HELD_AT the place cell, ORGANIZED by the running cell (role: the
    header's word), PARTICIPATED_IN by the taking-part cell."""
    found = ctx.of("Drill")
    if len(found) != 1:
        return []
    drill, dn = found[0]
    s = ctx.s()
    if s[-1] in "。!?;:" or not DRILL_ROW_LEAD.fullmatch(s, 0, ctx.rel(drill)):
        return []
    header = _table_header(ctx)
    if header is None or "演练" not in header and "名称" not in header:
        return []
    roles = [(m.lastindex, m.group(m.lastindex)) for m in DRILL_COLUMNS.finditer(header)]
    cells = _row_cells(ctx, drill)
    if not roles or len(cells) < len(roles):
        return []
    # more cells than columns: a cell holds a name not found (`Y乡凉风垭崩塌点`); the first column takes the rest
    cells = [sum(cells[:len(cells) - len(roles) + 1], [])] + cells[len(cells) - len(roles) + 1:]
    out = []
    for (kind, word), cell in zip(roles, cells):
        named = [(x, xn) for x, xn in cell if x is not None]
        if kind == 1:
            if len(named) < len(cell):
                continue   # part of the place is no name: the place is not known
            sites = [xn for x, xn in named if x.label in DRILL_SITES] or \
                [xn for x, xn in named if x.label == "Jurisdiction"][-1:]
            out += [Edge(dn, "HELD_AT", p, ctx.sentence) for p in sites]
            continue
        who = [xn for x, xn in named if x.label in (*BODIES, "Enterprise", "Person", "Jurisdiction")
               and not _place_prefix(ctx, x)]
        for w in dict.fromkeys(who):
            if kind == 2:
                out.append(Edge(w, "ORGANIZED", dn, ctx.sentence, {"role": word}))
            else:
                out.append(Edge(w, "PARTICIPATED_IN", dn, ctx.sentence))
    return out


# a role cell of a barred drill row, headed by its role word (`组织:A`, `参加:B、C`, `主办单位:A`); the row splits
# into sentences at `;`, so a role cell may open a sentence of its own
@lru_cache(maxsize=1)
def _row_role_re() -> re.Pattern:
    lex = load()
    return re.compile(r"(?:^|(?<=[|;,]))\s*(?:(%s)|(%s))(?:单位|方)?:" % (
        lex.cue_re("row_organizer").pattern, lex.cue_re("row_participant").pattern))


def _cell_of(s: str, a: int, b: int) -> bool:
    """Does s[a:b] fill one barred cell (`|X演练|`, or the row's last cell)?"""
    left = s.rfind("|", 0, a)
    # the row's first cell opens the sentence, after a bullet at most (`● X演练|4月26日|…`)
    opens = not s[left + 1:a].strip() if left >= 0 else not ROW_BULLET.sub("", s[:a])
    return opens and "|" in s[b:] and s[b:].lstrip()[:1] in ("|", ";", "") or \
        left >= 0 and not s[left + 1:a].strip() and s[b:].lstrip()[:1] in ("|", ";", "")


ROW_BULLET = re.compile(r"[\s·•●○◆■▪\-—]+")   # the marks that may open a row before its first cell


def labelled_drill_row(ctx: Ctx) -> list[Edge]:
    """A barred row of drills with labelled role cells (`· 4月15日|Y港|X演练|组织:A;参加:B、C`): HELD_AT the cell
    that only names places, ORGANIZED by the bodies of an organising cell (role: its word), PARTICIPATED_IN by
    those of a taking-part cell (a firm organising its drill takes part in it, as in `drills`)."""
    s = ctx.s()
    roles = _row_role_re()
    if "|" in s:
        found = [(m, n) for m, n in ctx.of("Drill") if _cell_of(s, ctx.rel(m), ctx.rel(m) + len(m.surface))]
        if len(found) != 1:
            return []
        drill, dn = found[0]
        out = _row_site(ctx, drill, dn)
    else:
        # `参加:B、C` after `…|X演练|组织:A;`: the row's drill is in the sentence before, on the same line;
        # `(3)X演练。地点:Y;组织单位:A`: the drill is the whole item line before, its cells follow
        site = SITE_CELL.match(s)
        if not (site or roles.match(s)):
            return []
        line_start = ctx.text.rfind("\n", 0, ctx.sentence.start) + 1
        before = ctx.text[line_start:ctx.sentence.start]
        first = before.split("。")[0].strip()
        if "|" in before:
            cells = {c.strip() for c in before.split("|")}
            dn = next((nid for nid, spec in ctx.resolver.nodes.items() if spec.label == "Drill" and spec.aliases & cells),
                      None) if ctx.resolver is not None else None
        else:   # the line's first sentence ends with the drill
            dn = next((nid for nid, spec in ctx.resolver.nodes.items() if spec.label == "Drill" and first != before
                       and any(first.endswith(a) for a in spec.aliases)), None) if ctx.resolver is not None else None
        if dn is None:
            return []
        out = []
        if site:
            end = CELL_END.search(s, site.end()).start()
            inside = [(x, xn) for x, xn in ctx.mentions if site.end() <= ctx.rel(x) < end]
            places = [xn for x, xn in inside if x.label in DRILL_SITES and not _place_prefix(ctx, x)] or \
                [xn for x, xn in inside if x.label == "Jurisdiction"][-1:]
            out += [Edge(dn, "HELD_AT", p, ctx.sentence) for p in places[:1]]
    for rm in roles.finditer(s):
        end = CELL_END.search(s, rm.end()).start()
        who = [(x, xn) for x, xn in ctx.of(*BODIES, "Enterprise", "Person", "Jurisdiction")
               if rm.end() <= ctx.rel(x) < end and not _place_prefix(ctx, x) and x.key not in LEADER_KEYS]
        for x, xn in who:
            if rm.group(1) and x.label != "Enterprise":
                out.append(Edge(xn, "ORGANIZED", dn, ctx.sentence, {"role": rm.group(1)}))
            else:
                out.append(Edge(xn, "PARTICIPATED_IN", dn, ctx.sentence))
    return out


# where a role cell ends: the next cell, the next role, or the sentence's end
CELL_END = re.compile(r"[|;。]|$")
# a labelled site cell opening a sentence (`地点:Y;…`)
SITE_CELL = re.compile(r"\s*(?:地点|地址|场地|演练地点)\s*:")


def _row_site(ctx: Ctx, drill: Mention, dn: str) -> list[Edge]:
    """HELD_AT the first other cell of the drill's row that only names places (`|Y镇Z小区|`)."""
    s = ctx.s()
    date = _date(ctx, ctx.rel(drill))
    if date:
        drill.props.update(date)
    a = 0
    for cell in s.split("|"):
        b = a + len(cell)
        inside = [(x, xn) for x, xn in ctx.mentions if a <= ctx.rel(x) and ctx.rel(x) + len(x.surface) <= b]
        if inside and inside[0][0] is not drill and all(x.label in (*DRILL_SITES, "Jurisdiction") for x, _ in inside) \
                and not s[a:ctx.rel(inside[0][0])].strip(" ·•-") \
                and not s[max(ctx.rel(x) + len(x.surface) for x, _ in inside):b].strip():
            sites = [xn for x, xn in inside if x.label in DRILL_SITES and not _place_prefix(ctx, x)] or \
                [xn for x, xn in inside if x.label == "Jurisdiction"][-1:]
            return [Edge(dn, "HELD_AT", p, ctx.sentence) for p in sites[:1]]
        a = b + 1
    return []


def _table_header(ctx: Ctx) -> str | None:
    """The header line (`序号 …`) of the table the sentence is a row of, looked for up to 2000 chars back."""
    line_start = ctx.text.rfind("\n", 0, ctx.sentence.start) + 1
    head_at = ctx.text.rfind("序号", max(0, line_start - 2000), line_start)
    if head_at < 0:
        return None
    head_end = ctx.text.find("\n", head_at)
    return ctx.text[ctx.text.rfind("\n", 0, head_at) + 1:head_end if head_end >= 0 else len(ctx.text)]


def _row_cells(ctx: Ctx, drill: Mention) -> list[list[tuple]]:
    """The cells after a row's drill, each a list of (mention, node id); text no name covers is a cell of its own
    holding (None, None). The text joins cells, so a name opens a new cell unless a list mark (、和) comes
    before it or it goes on with a place (Y镇Z村, Y镇人民政府: no level char of its own)."""
    s = ctx.s()
    own = [(x, xn) for x, xn in ctx.mentions if x.start >= drill.end and x.label != "Sector"
           and not _inside_another(ctx, x)]
    cells, end, prev = [], ctx.rel(drill) + len(drill.surface), None
    for x, xn in own:
        gap = s[end:ctx.rel(x)]
        if prev is not None and CELL_JOIN.fullmatch(gap):
            cells[-1].append((x, xn))
        elif prev is not None and not gap and prev.label == "Jurisdiction" and x.surface[0] not in LEVEL_CHARS:
            cells[-1].append((x, xn))
        else:
            if not CELL_GAP.fullmatch(gap):
                cells.append([(None, None)])
            cells.append([(x, xn)])
        end, prev = ctx.rel(x) + len(x.surface), x
    if not CELL_GAP.fullmatch(s[end:]):
        cells.append([(None, None)])
    return cells


# the body running a committee's daily work, later in the sentence (`…，日常工作由B局牵头负责`)
DAILY_WORK = re.compile(r"日常工作由([^,;。由]{2,40}?)(?:牵头)?(?:负责|承担)")


@dataclass
class _Span:
    a: int
    b: int




def names_sector(text: str) -> bool:
    """Is a sector word of the lexicon written in `text`?"""
    return sector_words_re().search(text) is not None


# what stands right before a committee that is only named, not at work: a report sent to it (报送县森防指), a post a
# person holds in it (兼任X指挥部总指挥)
COMMITTEE_NAMED_BEFORE = re.compile(r"(?:上报|报送|报告|报请|报|向|兼任|担任|出任|任)$")
# the reporting county itself (对我县…开展督查): the group at work there is sent from a higher level
OUR_COUNTY = re.compile(r"我(?:县|区|旗|市)")


def _committee_only_named(ctx: Ctx, m: Mention) -> bool:
    """Is committee `m` only named in the sentence: a leader or guide of its opening (`在市防指的指导下，`), the
    addressee of a report, the body of a post a person holds, or a higher level's committee named as the owner of
    the group it sent to check us (`市防指第二督查组对我县…`: the group works here, not the committee)? Then it answers
    for nothing here."""
    r = ctx.rel(m)
    if r < _openings_end(ctx.s()) or COMMITTEE_NAMED_BEFORE.search(ctx.s(), max(0, r - 2), r) is not None:
        return True
    return OUR_COUNTY.search(ctx.s()) is not None and any(
        x is not m and (x.start == m.end or (x.start <= m.start and m.end <= x.end and x.end - x.start > m.end - m.start))
        for x, _ in ctx.of("Committee"))


def _own_sector(m: Mention) -> str | None:
    """The sector a committee or team is named after (防汛抗旱指挥部: 防汛抗旱), if any."""
    if m.label not in ("Committee", "RescueTeam"):
        return None
    return _sector_named_in(m.canonical, m.surface)


@lru_cache(maxsize=4096)
def _sector_named_in(*names: str) -> str | None:
    """The sector of the longest sector word written in any of `names`."""
    sector_of = load().sector_of
    for alias in _sector_words_longest_first():
        if any(alias in name for name in names):
            return sector_of[alias]
    return None


@lru_cache(maxsize=1)
def _sector_words_longest_first() -> tuple[str, ...]:
    return tuple(sorted(load().sector_of, key=len, reverse=True))


def covers(ctx: Ctx) -> list[Edge]:
    out = []
    # emergency plans (应急预案) and drills whose name names a hazard; other plan kinds (工作要点,
    # 实施方案 …) are about work, not a hazard
    for m, n in ctx.of("Plan", "Drill"):
        if m.label == "Plan" and m.props.get("kind") != "emergency_plan":
            continue
        sector = _sector_named_in(m.surface)
        if sector:
            out.append(Edge(n, "COVERS", ctx.resolver._node("Sector", sector, None).id, ctx.sentence))
    return out


# `X专委会由A局牵头`: the body leading a committee named right before (no comma between; `增设X，由A牵头` gives
# the body X's field only, the unseen gold)
# a committee setting bodies to its work (`县森防指组织A、B组成4个督查组`, `X指挥部统筹调度A、B`)
COMMITTEE_ORGANISES = re.compile(r"(?:牵头)?(?:组织|统筹|调度|统筹调度|召集)(?:了)?")
COMMITTEE_LED_BY = re.compile(r"由([^,;。由]{2,30}?)牵头")


def committee_led_by(ctx: Ctx) -> list[Edge]:
    s = ctx.s()
    if "牵头" not in s:
        return []
    out = []
    for m, n in ctx.of("Committee"):
        lm = COMMITTEE_LED_BY.match(s, ctx.rel(m) + len(m.surface))
        if lm:
            out += [Edge(xn, "LEADS", n, ctx.sentence) for x, xn in ctx.of("Department")
                    if lm.start(1) <= ctx.rel(x) < lm.end(1)]
    return out


RULES = (leads_guides, accepts_guidance, guides_to_act, committee_led_by, part_of, branch_of, holds_post, member_of, issued, drills, inspected, supervises,
         place_checks, supervision_papers,
         located_in, located_in_brackets, located_by_verb, within_site, site_part, built_in, stationed, sent_in, responsible_for, table_row, drill_row,
         labelled_drill_row,
         covers)
