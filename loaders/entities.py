"""Entity mentions by form: 《titles》, lexicon bodies, suffixes with a left boundary, titles + names,
drills and sectors. Works on the normalised text; returns `Mention`s with normalised offsets.

A name found only by its suffix (水库, 有限公司, 镇, 指挥部 …) starts where the left boundary is: a
non-Chinese character, a function word or verb from `stopwords.tsv`, a date, or the end of a name
already found (so `X镇Y水库` gives X镇 and Y水库).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.lexicon import Lexicon, alternation, load
from loaders.words import STOP_TAGS, jieba_words, name_start, tags_place, word_tag

NAME_CHAR = re.compile(r"[\u4e00-\u9fff*]")
BODY_SUFFIX = ("局", "委员会", "办公室", "部门", "大队", "指挥部", "厅", "办", "委", "部", "队", "队伍", "站", "政府", "会", "组")
LEVELS = "省市区县旗"  # level chars of bodies (旗: a county of Inner Mongolia)
LEVEL_NAME = {"省": "province", "市": "city", "区": "county", "县": "county", "旗": "county"}


@dataclass
class Mention:
    label: str
    surface: str
    start: int
    end: int
    canonical: str = ""                 # canonical name (bodies: with level char)
    level: str = ""                     # level char of a body (省/市/区/县) or Jurisdiction level
    props: dict = field(default_factory=dict)
    key: str = ""                       # lexicon canonical of a body without level (for parents)

    @property
    def masked(self) -> bool:
        return "*" in self.surface or "X" in self.surface


@lru_cache(maxsize=1)
def _patterns():
    lex = load()
    strong = [f for f, b in lex.bodies.items() if _strong(f) or b.parent == "national"]
    weak = [f for f, b in lex.bodies.items() if not (_strong(f) or b.parent == "national")]
    body_strong = re.compile(rf"(?P<lvl>[{LEVELS}])?(?P<form>{alternation(strong)})")
    body_weak = re.compile(rf"(?P<lvl>[{LEVELS}])(?P<form>{alternation(weak)})")
    enum_item = re.compile(rf"^(?P<lvl>[{LEVELS}])?(?P<form>{alternation(lex.bodies)})$")
    suffix_re = re.compile(alternation(s for s, _, _ in lex.suffixes))
    titles = []
    for title, body in lex.titles:
        titles.append(title.replace("{L}", f"[{LEVELS}]"))
    title_re = re.compile(rf"(?:{'|'.join(sorted(titles, key=len, reverse=True))})")
    sector_re = re.compile(alternation(lex.sector_of))
    surnames = set((lex_path("surnames.txt")))
    return body_strong, body_weak, enum_item, suffix_re, title_re, sector_re, surnames


@lru_cache(maxsize=1)
def _team_forms() -> tuple[str, ...]:
    """Lexicon team names, longest first (a team may be written right after its parent body)."""
    return tuple(sorted((f for f, b in load().bodies.items() if b.label == "RescueTeam" and len(f) >= 3),
                        key=len, reverse=True))


def lex_path(name: str) -> str:
    from loaders.lexicon import HERE
    return "".join(l.strip() for l in (HERE / name).read_text(encoding="utf-8").splitlines()
                   if l.strip() and not l.startswith("#"))


def _strong(form: str) -> bool:
    """A written form that names a body on its own (ends like a body), not a bare stem such as 应急."""
    return len(form) >= 3 and form.endswith(BODY_SUFFIX) and form not in ("人民政府",)


PLAN_RE = re.compile(r"《([^《》\n]{2,90})》")
DOCNO_RE = re.compile(r"[(（]?([\u4e00-\u9fff*]{1,8}〔\d{4}〕\d+号)[)）]?")
ENUM_RE = re.compile(r"([\u4e00-\u9fff、]{2,60}?)等?(?:部门|单位)")
DATE_RE = re.compile(r"([\d*X]{1,2})月([\d*X]{1,2})日")
# a drill's name may open with its year (开展2022年防汛抢险综合应急演练)
DRILL_RE = re.compile(r"(?:开展了?|举办了?|组织了?|举行了?|进行了?|[”\"])(?:\d+[次场])?"
                      r"((?:\d{4}年度?)?[\u4e00-\u9fff、]{4,24}?(?:演练|拉练))")
YEAR_PREFIX = re.compile(r"^\d{4}年度?")
# a title without 《》 right after a verb that issues or follows it (印发X方案, 对照X工作要点)
UNMARKED_PLAN_RE = re.compile(r"(?:印发了?|制定了?|出台了?|编制了?|下发了?|对照|按照|依据|根据)"
                              r"([\u4e00-\u9fff“”\"()0-9]{6,40}?(?:方案|预案|制度|清单|要点|办法|规划))(?=[及和与,,。;、])")
POLICE_UNIT_RE = re.compile(r"(?:交警|交巡警)[一二三四五六七八九十\d]*大队")
SUBUNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:大队|中队|站|所|中心|科|股)")
MASKED_NAME = re.compile(r"[\u4e00-\u9fff](?:\*{1,2}|X{1,2}|某{1,2})(?![\u4e00-\u9fff]{0,1}[*X])")
POST_VERB = set("任为")  # verbs that put a person in a post: X任主任
TITLE_FOLLOW = set("在为任、,分先亲同等率带到和与及也对于作主出召强深参检调指督讲看慰走一")
GENERIC_BUREAU = re.compile(r"(?<![全我本各该])([省市区县旗])([\u4e00-\u9fff]{2,8}?)局")


def extract(text: str, doc_place: str | None, doc_level: str, bare: list[str] | None = None) -> list[Mention]:
    """All mentions of the text, overlap resolved (a place prefix inside a body name is kept).

    Names never run across a line, so a long text may be read in blocks of whole lines; `bare` then
    gives the bare township names of the whole document (`bare_places`), which split village names."""
    lex = load()
    found: list[Mention] = []
    # one byte per character (not a Python object per character): memory stays linear and small
    taken = bytearray(len(text) + 1)

    def take(m: Mention) -> None:
        found.append(m)
        _mark(taken, m.start, m.end)

    for m in _plans(text, lex):
        take(m)
    plan_taken = bytearray(taken)
    for m in _bodies(text, lex, doc_level):
        if not _any(plan_taken, m.start, m.end):  # a unit and its parent body (X局安监站) nest
            take(m)
    # a county or city named with the level char of its body (嵘城市应急管理局): the place is the stem
    for m in _body_places(text, lex, found, taken, doc_place):
        take(m)
    # place prefixes of bodies: a jurisdiction name just before a body
    places = _places(text, lex, doc_place, taken, found, bare)
    for m in places:
        take(m)
    for m in _township_governments(text, places, taken):
        take(m)
    for m in _by_suffix(text, lex, taken, found):
        take(m)
    found = [m for m in found if not m.props.get("in_firm")]
    for m in _persons(text, lex, taken, found, doc_level):
        take(m)
    before_drills = bytearray(taken)
    drills = _drills(text, taken)
    for m in drills:
        take(m)
    drill_starts = [d.start for d in drills]  # in text order, never overlapping
    # a sector named inside a drill's name is a sector mention too (山洪灾害防御…演练)
    for m in _sectors(text, lex, before_drills):
        i = bisect.bisect_right(drill_starts, m.start) - 1
        if not _any(taken, m.start, m.end) or (i >= 0 and m.end <= drills[i].end):
            found.append(m)
    found.sort(key=lambda m: (m.start, -m.end, m.label))
    return found


def _mark(flags: bytearray, a: int, b: int) -> None:
    if b > a:
        flags[a:b] = b"\x01" * (b - a)


def _any(flags: bytearray, a: int, b: int) -> bool:
    """Is any position of [a, b) marked?"""
    return flags.find(1, a, b) >= 0


# -- plans -------------------------------------------------------------------------------
def _plans(text: str, lex: Lexicon) -> list[Mention]:
    out = []
    for m in PLAN_RE.finditer(text):
        title = m.group(1).strip()
        kind = lex.plan_kind(title)
        if kind is None:
            continue  # a book, a TV programme, a slogan: not a plan, regulation or notice
        props = {"kind": kind}
        after = DOCNO_RE.match(text, m.end())
        mention = Mention("Plan", title, m.start(), m.end(), canonical=title, props=props)
        if after:
            mention.props["doc_number"] = after.group(1)
        out.append(mention)
    titled = bytearray(len(text) + 1)
    for p in out:
        _mark(titled, p.start, p.end)
    for m in UNMARKED_PLAN_RE.finditer(text):
        title = m.group(1)
        if _any(titled, m.start(1), m.end(1)):
            continue
        if "的" in title or not re.match(r"(?:[\u4e00-\u9fff]{1,6}?[省市区县]|全[区县市省]|关于)", title):
            continue
        out.append(Mention("Plan", title, m.start(1), m.end(1), canonical=title,
                           props={k: v for k, v in {"kind": lex.plan_kind(title)}.items() if v}))
        _mark(titled, m.start(1), m.end(1))
    return out


# -- bodies from the lexicon ---------------------------------------------------------------
def _body(lex: Lexicon, form: str, lvl: str | None, start: int, end: int, surface: str, doc_level: str) -> Mention:
    body = lex.bodies[form]
    if body.parent == "national":
        return Mention(body.label, surface, start, end, canonical=body.canonical, level="", key=body.canonical)
    level = lvl or doc_level
    return Mention(body.label, surface, start, end, canonical=level + body.canonical, level=level, key=body.canonical)


def _bodies(text: str, lex: Lexicon, doc_level: str) -> list[Mention]:
    body_strong, body_weak, enum_item, *_ = _patterns()
    out: list[Mention] = []
    spans = bytearray(len(text) + 1)  # positions covered by a body found so far

    def add(m: Mention) -> None:
        if not _any(spans, m.start, m.end):
            out.append(m)
            _mark(spans, m.start, m.end)

    for m in POLICE_UNIT_RE.finditer(text):
        # a traffic police unit belongs to the bureau written just before it (X公安分局交警大队),
        # else to the public security bureau of its level
        owner = None
        branch = re.search(rf"(?P<lvl>[省市])(?P<form>{alternation(f for f in lex.bodies if f.endswith('局'))})"
                           r"([\u4e00-\u9fff]{2,3}?)分局$", text[max(0, m.start() - 16):m.start()])
        if branch and _place_stem(branch.group(3)):
            # 市公安局沙汀分局交警大队: the unit of the branch (the branch itself is read below)
            a = m.start() - len(branch.group(0))
            parent = _body(lex, branch.group("form"), branch.group("lvl"), a, a + len(branch.group(1) or "")
                           + len(branch.group("form")), branch.group(0), doc_level)
            name = branch.group(0)
            out.append(Mention(parent.label, text[a:a + 1 + len(branch.group("form"))], a,
                               a + 1 + len(branch.group("form")), canonical=parent.canonical, level=parent.level,
                               key=parent.key))
            out.append(Mention("Department", name, a, m.start(), canonical=name, level=doc_level, key=name,
                               props={"parent": parent.canonical}))
            out.append(Mention("Department", name + m.group(0), a, m.end(), canonical=name + m.group(0),
                               level=doc_level, key=name + m.group(0), props={"parent": name}))
            _mark(spans, a, m.end())
            continue
        for om in body_strong.finditer(text, max(0, m.start() - 12), m.start()):
            if om.end() == m.start() and lex.bodies[om.group("form")].label == "Department":
                owner = om
                break
        if owner is None:
            add(Mention("Department", m.group(0), m.start(), m.end(), canonical=m.group(0), level=doc_level,
                        props={"parent": doc_level + "公安局"}))
            continue
        parent = _body(lex, owner.group("form"), owner.group("lvl"), owner.start(), owner.end(), owner.group(0),
                       doc_level)
        out.append(parent)
        out.append(Mention("Department", text[owner.start():m.end()], owner.start(), m.end(),
                           canonical=parent.canonical + m.group(0), level=parent.level,
                           key=parent.key + m.group(0), props={"parent": parent.canonical}))
        _mark(spans, owner.start(), m.end())
    # enumerations `区应急、工信、市监、园区办、消防等部门`: every item is a body
    for m in ENUM_RE.finditer(text):
        items = m.group(1).split("、")
        if len(items) < 2:
            continue
        pos = m.start(1)
        for k, item in enumerate(items):
            core = item
            if k == 0:  # the first item runs into the words before the list: take its longest body tail
                for cut in range(len(item) - 1):
                    head = item[:cut]
                    if enum_item.match(item[cut:]) and (not head or any(head.endswith(w) for w in lex.left_stops)):
                        core = item[cut:]
                        break
            im = enum_item.match(core)
            if im:
                a = pos + len(item) - len(core)
                add(_body(lex, im.group("form"), im.group("lvl"), a, a + len(core), core, doc_level))
            pos += len(item) + 1
    for rx in (body_strong, body_weak):
        for m in rx.finditer(text):
            form, lvl = m.group("form"), m.group("lvl")
            # 区委 / 区政府 / 市局: the bare single-word forms need their level char
            if len(form) == 1 and not lvl:
                continue
            if lvl == "市" and text[m.start() - 1:m.start()] in ("城", "超", "都"):
                continue
            start = m.start()
            end = m.end()
            if not lvl and text[start - 1:start] == "、":
                # 市安委会办公室、减灾委办公室: an item listed after a higher body shares its level
                prev = next((x for x in reversed(out) if x.end == start - 1), None)
                if prev is not None and prev.level in ("省", "市") and prev.surface[:1] == prev.level:
                    lvl = prev.level
            mention = _body(lex, form, lvl, start, end, m.group(0), doc_level)
            topic = _topic(text, start, lex, spans) if not lvl and lex.bodies[form].parent \
                and mention.label == "Committee" else ""
            if topic:
                # 城市运行安全专业委员会: a sub-committee is named by its topic (still part of its parent)
                mention.start, mention.surface = start - len(topic), topic + m.group(0)
                mention.canonical = mention.surface
                add(mention)
                continue
            branch = BRANCH_RE.match(text, end)
            if branch and mention.label == "Department" and form.endswith("局") and lvl in ("市", "省") \
                    and not _any(spans, start, branch.end()) and _place_stem(branch.group(1)):
                # 市公安局沙汀分局: a city bureau's branch in the district, a body of its own (part of the bureau)
                name = text[start:branch.end()]
                out.append(mention)
                out.append(Mention("Department", name, start, branch.end(), canonical=name, level=doc_level,
                                   key=name, props={"parent": mention.canonical}))
                _mark(spans, start, branch.end())
                continue
            team = next((f for f in _team_forms() if text.startswith(f, end)), None) \
                if mention.label == "Department" else None
            if team and not _any(spans, start, end + len(team)):
                # a team written straight after its parent body (X县人武部民兵应急连) is that body's team
                out.append(mention)
                out.append(Mention("RescueTeam", text[start:end + len(team)], start, end + len(team),
                                   canonical=mention.canonical + team, level=mention.level,
                                   key=mention.key + team, props={"parent": mention.canonical}))
                _mark(spans, start, end + len(team))
                continue
            sub = SUBUNIT_RE.match(text, end)
            if sub and mention.label == "Department" and form[-1] in "局委办队部厅" and _unit_ok(sub.group(0)):
                # a unit hangs off a named bureau (X局安监站, X局执法大队), not off 应急
                if _any(spans, start, sub.end()):
                    continue
                unit = m.group(0) + sub.group(0)
                # the unit and its parent body are both mentions (the parent's span nests inside)
                out.append(mention)
                out.append(Mention("Department", unit, start, sub.end(), canonical=mention.canonical + sub.group(0),
                                   level=mention.level, key=mention.key + sub.group(0),
                                   props={"parent": mention.canonical}))
                _mark(spans, start, sub.end())
                continue
            add(mention)
    # a bureau the lexicon does not know: level char + name + 局 (区统计局, 县司法局)
    for m in GENERIC_BUREAU.finditer(text):
        stem = m.group(2)
        if m.group(0).endswith(lex.not_bureau):
            continue
        cut = name_start(stem, False) if len(jieba_words(stem)) > 1 else 0  # 统计局: one word, a verb
        if cut or _any(spans, m.start(), m.end()) or not _ok_stem(stem, lex, 2, place=False):
            continue
        lvl = m.group(1)
        add(Mention("Department", m.group(0), m.start(), m.end(), canonical=m.group(0), level=lvl, key=stem + "局"))
    # `市局` in a report: the city body of the same kind as the reporting bureau (resolved later)
    for m in re.finditer(r"(?<![\u4e00-\u9fff])?[市省]局", text):
        if text[m.start() - 1:m.start()] not in ("区", "县") and not _any(spans, m.start(), m.end()):
            add(Mention("Department", m.group(0), m.start(), m.end(), canonical=m.group(0), level=m.group(0)[0],
                        key="*reporting*"))
    return out


BRANCH_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)分局")


def _topic(text: str, start: int, lex: Lexicon, spans: bytearray) -> str:
    """The topic written before a sub-committee's kind (城市运行 of 城市运行安全专业委员会), or ""."""
    a = _left_edge(text, start, lex, spans, 8)
    words = list(jieba_words(text[a:start]))
    while words and word_tag(words[0]) in STOP_TAGS:  # 增设城市运行…: the verb before the topic (运行 stays)
        a += len(words.pop(0))
    topic = text[a:start]
    if len(topic) < 2 or re.search(r"[\d*X一二三四五六七八九十两几多]个|[个等的]", topic) \
            or not _ok_stem(topic, lex, 2, place=False):
        return ""
    return topic


def _unit_ok(unit: str) -> bool:
    """A unit name after a bureau: 安监站, 执法大队, 指挥中心; no verb inside (X局牵头中心城区…)."""
    stem = re.sub(r"(?:大队|中队|站|所|中心|科|股)$", "", unit)
    if unit[-1] in "站所":
        return len(unit) <= 3
    # a unit's name may be a verbal noun (执法, 监察), so the guard is the clause-opening words of
    # stopwords.tsv (牵头, 组织, 会同 …) and quantifiers, not jieba's verb tag
    left = load().left_stops
    return 2 <= len(stem) <= 6 and not stem.startswith(tuple(w for w in left if len(w) == 1)) and not any(
        w in stem for w in (*(w for w in left if len(w) >= 2), "所属", "各", "全"))


# -- places --------------------------------------------------------------------------------
def _left_edge(text: str, s: int, lex: Lexicon, taken: list[bool], max_len: int) -> int:
    """Start of the name whose suffix starts at s: walk left to the nearest boundary."""
    i = s
    while i > 0 and s - i < max_len:
        c = text[i - 1]
        if taken[i - 1]:
            break
        if c in "()":  # a bracketed part inside a company name: X(城市)Y有限公司
            if c == ")":
                j = text.rfind("(", max(0, i - 8), i - 1)
                if j >= 0 and not any(taken[j:i]):
                    i = j
                    continue
            break
        if not NAME_CHAR.match(c):
            break
        if c in "年月日号" and i >= 2 and text[i - 2].isdigit():
            break
        if any(text[i - n:i] in words for n, words in _stops_by_length(lex)):
            # a one-char function word that starts a name right after another name (X镇向阳水库):
            # the name would be a single char otherwise, so the char is part of it when the two chars
            # are one dictionary word (向阳, not 对非 of 对非煤矿山)
            if s - i == 1 and c in lex.left_stops and i >= 2 and len(jieba_words(text[i - 1:s])) == 1 and (
                    taken[i - 2] or not NAME_CHAR.match(text[i - 2]) or text[i - 2] in lex.left_stops):
                i -= 1
            break
        i -= 1
    return i


def _stop_before(text: str, i: int, lex: Lexicon) -> bool:
    """A left stop word ends right before position i."""
    return any(text[i - n:i] in words for n, words in _stops_by_length(lex))


def _stops_by_length(lex: Lexicon) -> tuple[tuple[int, frozenset[str]], ...]:
    """Left stop words grouped by length, so a boundary test is a few set lookups."""
    cached = lex.__dict__.get("_stops_by_length")
    if cached is None:
        by: dict[int, set[str]] = {}
        for w in lex.left_stops:
            by.setdefault(len(w), set()).add(w)
        cached = lex.__dict__["_stops_by_length"] = tuple((n, frozenset(ws)) for n, ws in sorted(by.items()))
    return cached


def _ok_stem(stem: str, lex: Lexicon, min_len: int = 2, place: bool = True) -> bool:
    if len(stem.replace("*", "x")) < min_len and stem != "*":
        return False
    if stem.startswith(lex.bad_start) or (place and stem[:1] in LEVELS):
        return False
    if place and any(w in stem for w in lex.bad_words):
        return False
    if place and any(c in "各每个全本该我这那其此()" for c in stem):
        return False  # quantifiers and brackets never sit inside a place name (各乡, 每个村, (镇)街道)
    if any(ch.isdigit() for ch in stem):
        return False
    return True


BARE_PLACES_RE = re.compile(r"(?:在|到|赴)([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)[一二三四五六七八九十两几多等]+地")


def bare_places(text: str) -> list[str]:
    """Township names listed without their suffix (在A、B、C三地), in document order."""
    lex = load()
    out: dict[str, None] = {}
    for em in BARE_PLACES_RE.finditer(text):
        for item in em.group(1).split("、"):
            if _ok_stem(item, lex):
                out.setdefault(item)
    return list(out)


def stem_of(name: str) -> str:
    return name[:-1] if name[-1:] in LEVELS else name


@lru_cache(maxsize=1)
def _place_levels() -> dict[str, str]:
    """Jurisdiction suffix -> level (suffixes.tsv: 镇 township, 嘎查 village, 旗 county …)."""
    return {suf: kind for suf, label, kind in load().suffixes if label == "Jurisdiction"}


@lru_cache(maxsize=1)
def _place_suffix_re() -> re.Pattern:
    return re.compile(alternation(_place_levels()))


def _places(text, lex, doc_place, taken, found, doc_bare=None) -> list[Mention]:
    """Jurisdictions: townships and villages by suffix; counties/cities when the form is confirmed
    (the document's own place, a name just before a body or another place, or after a city)."""
    out: list[Mention] = []
    mark = bytearray(taken)
    confirmed = {doc_place} if doc_place else set()
    candidates = []
    for sm in _place_suffix_re().finditer(text):
        s, e = sm.start(), sm.end()
        if taken[s]:
            continue
        suffix = sm.group(0)
        start = _left_edge(text, s, lex, mark, 5)
        if text[start:s] != doc_place and text[start:s] + suffix != doc_place:
            start += name_start(text[start:s], True)
        stem = text[start:s]
        name = stem + suffix
        if not _ok_stem(stem, lex, 1 if stem == "*" else 2) or name in lex.bad_words or stem in lex.bad_words:
            continue
        if len(suffix) == 1 and text[s - 1:e] in lex.bad_words and name not in confirmed:
            continue
        # the suffix must not be the first char of a longer word (市场, 区域, 县级, 乡镇, 村民)
        nxt = text[e:e + 1]
        if nxt and nxt in "场民域级镇委政长内属直组干" and suffix in "市区县旗乡村镇" and text[e:e + 2] != "组织":
            if not (nxt in "委政长内" and suffix in "区县市旗") and text[e:e + 2] != "政府":  # X镇政府
                continue
        candidates.append((start, e, name, suffix))
        _mark(mark, start, e)
    # places listed without their suffix before a count of places: 在A、B、C三地 (townships)
    bare: dict[str, int] = {}
    for em in BARE_PLACES_RE.finditer(text):
        pos = em.start(1)
        for item in em.group(1).split("、"):
            if _ok_stem(item, lex) and not _any(taken, pos, pos + len(item)):
                bare.setdefault(item, pos)
                candidates.append((pos, pos + len(item), item, ""))
            pos += len(item) + 1
    # a village written after a bare township name found above: 甲乙丙丁村 -> 甲乙 + 丙丁村
    split = []
    for i, (start, e, name, suffix) in enumerate(candidates):
        for b in (bare if doc_bare is None else doc_bare):
            if suffix and name.startswith(b) and len(name) - len(b) - len(suffix) >= 2:
                split.append((start, start + len(b), b, ""))
                candidates[i] = (start + len(b), e, name[len(b):], suffix)
    candidates = sorted(candidates + split)
    cand_starts = {c[0] for c in candidates}
    cand_ends = {c[1] for c in candidates}
    for start, e, name, suffix in candidates:
        level = _place_levels().get(suffix, "township")
        if level in ("county", "city", "province"):
            nxt_taken = e < len(text) and taken[e]
            after_place = start in cand_ends
            before_place = e in cand_starts
            proper = tags_place(stem_of(name))  # jieba knows the stem as a place name (X市)
            if not (name in confirmed or nxt_taken or after_place or before_place or "*" in name or proper):
                continue
        if out and out[-1].end > start:  # sorted and never overlapping: only the last can overlap
            continue
        out.append(Mention("Jurisdiction", name, start, e, canonical=name, props={"level": level}))
    return out


def _body_places(text, lex, found, taken, doc_place) -> list[Mention]:
    """`嵘城市应急管理局`, `X县人民政府`: the level char that opens a body also ends the place's name. The
    place's mention spans only its stem (the body keeps its level char), so it ends where the body starts,
    as any place written before a body does; its name is stem + level char."""
    out = []
    seen = set()
    for b in found:
        lvl = b.surface[:1]
        if b.label not in ("Department", "Committee", "RescueTeam") or lvl not in "市区县旗" or lvl != b.level \
                or b.start in seen or b.start == 0:
            continue
        seen.add(b.start)
        s = b.start
        a = _left_edge(text, s, lex, taken, 5)
        if text[a:s] + lvl != doc_place:
            a += name_start(text[a:s], True)
        cut = max(text.rfind("省", a, s), text.rfind("市", a, s))
        if cut > a:  # X市Y区人民政府: the city is a place of its own (found by its suffix)
            a = cut + 1
        stem = text[a:s]
        name = stem + lvl
        if not _ok_stem(stem, lex, 1 if stem == "*" else 2) or name in lex.bad_words or stem in lex.bad_words:
            continue
        if name != doc_place and not _place_stem(stem):
            continue
        out.append(Mention("Jurisdiction", name, a, s, canonical=name,
                           props={"level": LEVEL_NAME[lvl]}))
    return out


def _place_stem(stem: str) -> bool:
    """Is a stem written before a level char a place name? jieba knows it as one, or it is two
    characters that make no dictionary word of another kind (以来区委: 以来 is a word, not a place)."""
    words = jieba_words(stem)
    if all(tags_place(w) for w in words):
        return True
    return len(stem) == 2 and (len(words) > 1 or word_tag(stem) in ("", "ns", "nr", "nz", "x"))


def city_before_body(text: str) -> str | None:
    """The first city named with a city body (X市应急管理局, X市人民政府): the report's parent city."""
    lex = load()
    body_strong, body_weak = _patterns()[:2]
    for m in sorted((*body_strong.finditer(text), *body_weak.finditer(text)), key=lambda m: m.start()):
        if m.group("lvl") != "市" or m.start() < 2:
            continue
        window = text[max(0, m.start() - 8):m.start()]  # the place is read from a few chars only
        a = _left_edge(window, len(window), lex, bytearray(len(window) + 1), 5)
        a += name_start(window[a:], True)
        stem = window[a:]
        if _ok_stem(stem, lex, 2) and "*" not in stem and stem + "市" not in lex.bad_words and _place_stem(stem):
            return stem + "市"
    return None


TOWNSHIP_GOVERNMENT = re.compile(r"人民政府|政府")


def _township_governments(text, places, taken) -> list[Mention]:
    """`X镇政府`, `X街道人民政府`: a township's government is a body of its own, named with its place
    (the place is a separate mention written just before it)."""
    out = []
    for p in places:
        if p.props.get("level") != "township":
            continue
        gm = TOWNSHIP_GOVERNMENT.match(text, p.end)
        if gm and not _any(taken, gm.start(), gm.end()):
            out.append(Mention("Department", gm.group(0), gm.start(), gm.end(), canonical=gm.group(0),
                               key="township_government"))
    return out


# -- facilities, reservoirs, enterprises, generic committees and teams ------------------------
def _by_suffix(text, lex, taken, found) -> list[Mention]:
    out = []
    kinds = {s: (label, kind) for s, label, kind in lex.suffixes}
    suffix_re = _patterns()[3]
    mark = bytearray(taken)
    place_at_end = {f.end: f for f in found if f.label == "Jurisdiction"}
    place_ends = set(place_at_end)
    # X县Y有限公司: a county or city written straight before a firm is the first part of its registered name
    county_at_end = {f.end: f for f in found if f.label == "Jurisdiction" and f.props.get("level") in ("county", "city")}
    firm_at_end: dict[int, Mention] = {}  # the first firm found ending at a position
    park_at_end: dict[int, Mention] = {}  # parks (开发区, 工业园区 …) by their end
    for sm in suffix_re.finditer(text):
        s, e = sm.start(), sm.end()
        label, kind = kinds[sm.group(0)]
        if label == "Jurisdiction" or _any(mark, s, e):
            continue
        if text[e:e + 1] == "伍" and label == "RescueTeam":
            continue  # X救援队伍: a collective description, not a named team
        nxt = suffix_re.match(text, e)
        if nxt and label in ("Facility", "Reservoir") and kinds[nxt.group(0)][0] in ("Facility", "Reservoir"):
            continue  # X公园应急避难场所: the place names the longer facility written on after it
        start = _left_edge(text, s, lex, mark, 16 if label in ("Enterprise", "Committee", "RescueTeam") else 6)
        if 0 < start < s and mark[start - 1] and text[start] in "内里旁":
            start += 1  # X园内Y公司: a locative after a name found before is not part of the next name
        # a firm's left edge is a hard boundary (对, 督促, punctuation) when the walk stopped before 16 chars
        firm = label == "Enterprise" and s - start < 16 and (start == 0 or not NAME_CHAR.match(text[start - 1])
                                                             or _stop_before(text, start, lex)
                                                             or start in county_at_end)
        # (a masked name starts at its mask: `督促新设立*X有限公司`, so there verbs end the name as usual)
        # a facility's use may be a verbal noun (防汛物资储备仓库) in a stem long enough to name it
        start += name_start(text[start:s], label in ("Facility", "Reservoir"), firm and "*" not in text[start:s],
                            label == "Facility" and s - start >= 4)
        park = park_at_end.get(s)
        if start == s and park and label == "Department":
            # 经济开发区管委会: a park's administration is named with the park (which stays a mention)
            name = park.surface + sm.group(0)
            out.append(Mention(label, name, park.start, e, canonical=name))
            _mark(mark, s, e)
            continue
        owner = firm_at_end.get(s)
        if start == s and owner and label in ("Facility", "Reservoir"):
            # a company's own facility (X有限公司尾矿库): named with the company, nesting it
            out.append(Mention(label, owner.surface + sm.group(0), owner.start, e,
                               canonical=owner.surface + sm.group(0), props={"kind": kind} if kind and label == "Facility" else {}))
            _mark(mark, s, e)
            continue
        count = re.match(r"[一二三四五六七八九十两\d*X]+(?:个|支|座|家|处)", text[start:s])
        if count:  # 十五个专项领导小组: a count is not part of the name
            start += count.end()
        stem = text[start:s]
        if kind == "group":
            group = _group(text, s, sm.group(0), found)
            if group is not None:
                m = Mention(label, group[1], group[0], e, canonical=group[1], props=group[2])
                out.append(m)
                _mark(mark, group[0], e)
            continue
        place = place_at_end.get(start)
        if not stem and place is not None and label == "Facility" and len(sm.group(0)) >= 3:
            # X镇加油站: a facility named by its place and its kind (the place stays a mention of its own)
            name = place.surface + sm.group(0)
            out.append(Mention(label, sm.group(0), s, e, canonical=name, props={"kind": kind} if kind else {}))
            _mark(mark, s, e)
            continue
        bare = not stem and len(sm.group(0)) >= 3 and label == "Facility" and \
            re.search(r"(?:在|到|至|搬迁|迁入)$", text[max(0, s - 2):s]) is not None  # 在体育场, 搬迁高新区
        if not bare and not _ok_stem(stem, lex, 2, place=label in ("Facility", "Reservoir")):
            continue
        after_place = start > 0 and start in place_ends
        if stem in ("小型", "中型", "大型", "大中小型", "病险", "重点", "各类", "全部", "部分", "山塘", "一般", "应急", "该", "本") \
                and not (after_place and stem == "应急" and label in ("RescueTeam", "Committee")):
            continue  # …but X镇应急救援队 is that township's team (named with its place)
        place = county_at_end.get(start) if label == "Enterprise" and sm.group(0).endswith("公司") else None
        if place is not None and len(stem) >= 2:
            start, stem = place.start, place.surface + stem
            place.props["in_firm"] = True   # dropped by extract: the place is part of the name
        name = stem + sm.group(0)
        props = {"kind": kind} if kind and label == "Facility" else {}
        m = Mention(label, name, start, e, canonical=name, props=props)
        out.append(m)
        if label == "Enterprise":
            firm_at_end.setdefault(e, m)
        if kind == "park":
            park_at_end.setdefault(e, m)
        _mark(mark, start, e)
    return out


GROUP_FORMED = re.compile(r"组成的?(?:[\d*X一二三四五六七八九十两]+个)?([\u4e00-\u9fff]{2,12})$")
GROUP_NUMBERED = re.compile(r"第[一二三四五六七八九十\d]+$")


def _group(text, s, suffix, found) -> tuple[int, str, dict] | None:
    """A task force or inspection group is a body when bodies form it (`由A、B组成的X专班`,
    `A、B组成4个联合检查组`: two bodies or more in the clause before `组成`) or when a named committee
    numbers it (`市安委会第三督查组`, part of that committee). A bare `成立检查组` names no body."""
    window = text[max(0, s - 24):s]
    nm = GROUP_NUMBERED.search(window)
    if nm:
        a = s - len(nm.group(0))
        parent = next((f for f in found if f.end == a and f.label == "Committee"), None)
        if parent is not None:
            return parent.start, text[parent.start:s] + suffix, {"parent": parent.canonical}
        return None
    fm = GROUP_FORMED.search(window)
    if not fm or GROUP_FORMED.search(fm.group(1)):
        return None
    stem = fm.group(1)
    if stem.startswith(load().bad_start) or not _ok_stem(stem, load(), 2, place=False):
        return None
    formed_at = s - len(fm.group(0))
    clause = max(text.rfind(c, 0, formed_at) for c in ",;。:\n") + 1
    members = [f for f in found if f.label in ("Department", "Committee", "RescueTeam") and clause <= f.start
               and f.end <= formed_at]
    if len({f.start for f in members}) < 2:
        return None
    return s - len(stem), stem + suffix, {}


# -- people --------------------------------------------------------------------------------
def _persons(text, lex, taken, found, doc_level) -> list[Mention]:
    *_, title_re, _, surnames = _patterns()
    plain_titles = [t for t, _ in lex.titles if "{L}" not in t]
    out = []
    for tm in title_re.finditer(text):
        e = tm.end()
        chain = [(tm.start(), tm.end())]
        while True:  # a chain of titles: 区委常委武装部长X, 县森防指指挥长、副县长X
            nm = title_re.match(text, e) or (text[e:e + 1] == "、" and title_re.match(text, e + 1))
            if not nm or nm.end() == e:
                break
            chain.append((nm.start(), nm.end()))
            e = nm.end()
        name = None
        for n in (3, 2):
            cand = text[e:e + n]
            if len(cand) == n and all("\u4e00" <= c <= "\u9fff" for c in cand) and cand[0] in surnames \
                    and _follows_name(text, e + n, lex) and not any(taken[e:e + n]) \
                    and not any(text.startswith(t, e + k) for k in range(1, n) for t in plain_titles):
                # 由副区长任主任: a title starts inside the candidate, so it is a post, not a name
                if n == 3 and cand[2] in TITLE_FOLLOW and not _follows_name(text, e + 3, lex, strict=True):
                    continue
                # 区长任第一主任: a post verb, not a surname, when a title follows within a few chars
                if cand[0] in POST_VERB and any(text.startswith(t, k) for k in range(e + 1, e + 5)
                                                for t in plain_titles):
                    continue
                # 王明任主任 / 王明为组长 / 王明兼任…: a post verb then a title, so the name has two characters
                if n == 3 and (text.startswith("兼任", e + 2) or (
                        cand[2] in POST_VERB and any(text.startswith(t, e + 3) for t in plain_titles))):
                    continue
                name = cand
                break
        mm = MASKED_NAME.match(text, e)
        if name is None and mm and text[e] in surnames and not any(taken[e:mm.end()]):
            name = mm.group(0)  # 副县长王*, 局长张XX: a masked name keeps its surname
        if name:
            out.append(Mention("Person", name, e, e + len(name), canonical=name,
                               props={"_titles": [text[a:b] for a, b in chain], "_title_start": chain[0][0]}))
    return out


def _follows_name(text: str, pos: int, lex: Lexicon, strict: bool = False) -> bool:
    """Can a person's name end at pos: the text goes on with a function char or a predicate word?
    (strict: the function char must itself be followed by a name boundary, as 任 in 王建国任主任.)"""
    nxt = text[pos:pos + 1]
    if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or text.startswith(lex.person_follow, pos):
        return True
    if strict:
        after = text[pos + 1:pos + 2]
        return nxt in TITLE_FOLLOW and (after in TITLE_FOLLOW or not ("\u4e00" <= after <= "\u9fff"))
    return nxt in TITLE_FOLLOW


# -- drills --------------------------------------------------------------------------------
GENERIC_DRILL = ("应急", "安全", "培训", "实战", "应急预案", "综合性应急", "应急培训", "抢险培训")


def _drills(text, taken) -> list[Mention]:
    out = []
    for m in DRILL_RE.finditer(text):
        name = m.group(1)
        # 组织X队在Y举行Z演练: the name starts after the last verb that opens a drill
        verb = None
        for verb in re.finditer(r"开展了?|举办了?|组织了?|举行了?|进行了?", name[:-2]):
            pass
        if verb is not None:
            name = name[verb.end():]
        changed = True
        while changed:  # the leftmost verb of `组织开展…演练` is not part of the name
            changed = False
            for lead in ("开展", "举办", "组织", "举行", "进行", "系列", "一次", "多次", "了", "好"):
                if name.startswith(lead):
                    name, changed = name[len(lead):], True
        stem = YEAR_PREFIX.sub("", name[:-2])
        if stem.startswith(("全区", "全县", "全市", "系列")):
            stem2 = stem[2:]
        else:
            stem2 = stem
        if stem2 in GENERIC_DRILL or len(stem2) < 3 or any(taken[m.end(1) - len(name):m.end(1)]):
            continue
        props = {"kind": stem2.replace("应急", "") or stem2}
        a = m.end(1) - len(name)
        out.append(Mention("Drill", name, a, m.end(1), canonical=name, props=props))
    return out


# -- sectors -------------------------------------------------------------------------------
HEADING_SECTOR = re.compile(r"(?:^|\n)(?:[一二三四五六七八九十]+[、.]|\(\w{1,3}\)|\d+[、.])?"
                            r"([\u4e00-\u9fff、和及与()]{2,20}?)(?:领域|行业领域)(?=[::。.])")


COUNTED = re.compile(r"[\d*X一二三四五六七八九十两几多]+[家个座处所]$")
NOT_SECTOR_AFTER = re.compile(r"通道|设施|器材|车辆|车|栓|水源|装备|物资|站|台|队|救援|部门|员|局|服务")


def _sectors(text, lex, taken) -> list[Mention]:
    out = []
    sector_re = _patterns()[5]
    for hm in HEADING_SECTOR.finditer(text):
        pos = hm.start(1)
        for part in re.split(r"(和|、|及|与)", hm.group(1)):
            if part and part not in ("和", "、", "及", "与") and len(part) >= 2:
                canon = lex.sector_of.get(part, part)
                if not any(taken[pos:pos + len(part)]):
                    out.append(Mention("Sector", part, pos, pos + len(part), canonical=canon))
                    for k in range(pos, pos + len(part)):
                        taken[k] = True
            pos += len(part)
    for m in sector_re.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        if NOT_SECTOR_AFTER.match(text, m.end()):
            continue  # 消防通道, 地震台: the word is part of a thing's name, not a sector
        if COUNTED.search(text, max(0, m.start() - 6), m.start()):
            continue  # 对*家加油站: counted units are things checked, not a sector
        out.append(Mention("Sector", m.group(0), m.start(), m.end(), canonical=lex.sector_of[m.group(0)]))
    return out
