"""Entity mentions by form: 《titles》, lexicon bodies, suffixes with a left boundary, titles + names,
drills and sectors. Works on the normalised text; returns `Mention`s with normalised offsets.

A name found only by its suffix (水库, 有限公司, 镇, 指挥部 …) starts where the left boundary is: a
non-Chinese character, a function word or verb from `stopwords.tsv`, a date, or the end of a name
already found (so `X镇Y水库` gives X镇 and Y水库).
"""
from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.lexicon import Lexicon, alternation, load
from loaders.words import PLACE_STOP_TAGS, STOP_TAGS, jieba_words, name_start, tags_place, word_freq, word_tag

NAME_CHAR = re.compile(r"[\u4e00-\u9fff*]")
ACRONYM_AT_END = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,4}$")  # LNG, CNG, XX (a mask) inside a name
BODY_SUFFIX = ("局", "委员会", "办公室", "部门", "大队", "指挥部", "厅", "办", "委", "部", "队", "队伍", "站", "政府", "会", "组")
LEVELS = "省市区县旗盟州"  # level chars of bodies (旗: a county of Inner Mongolia; 盟, 州: prefectures)
LEVEL_NAME = {"省": "province", "市": "city", "区": "county", "县": "county", "旗": "county", "盟": "city", "州": "city",
              "地区": "city"}


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
def vertical_forms() -> tuple[str, ...]:
    """Vertical bodies (bodies.tsv parent `national`) whose name is also a suffix of suffixes.tsv: 海事处 is a
    body as written, X海事处 a body named by its place."""
    lex = load()
    suffixes = {suf for suf, _, _ in lex.suffixes}
    return tuple(f for f, b in lex.bodies.items() if b.parent == "national" and f in suffixes)


def _bare_vertical_bodies(text: str, lex: Lexicon, taken: bytearray) -> list[Mention]:
    """`会同海事处、海警工作站`: a vertical body written with no place and no level char, where no name read
    before covers it (a place-named one, 鳌礁海事处, was read by its suffix)."""
    out = []
    for form in vertical_forms():
        i = text.find(form)
        while i >= 0:
            if not _any(taken, i, i + len(form)):
                out.append(_body(lex, form, None, i, i + len(form), form, ""))
            i = text.find(form, i + len(form))
    return out


@lru_cache(maxsize=8)
def _zone_body_re(own_word: str) -> re.Pattern:
    """A zone's own body (`zonebody` in stopwords.tsv) written with the zone's kind word, or bare where a name
    may open: the text's start, after a list or clause mark, or after a word joining bodies (会同建设局)."""
    forms = alternation(load().stopwords.get("zonebody", ()))
    return re.compile(rf"(?:(?P<own>{re.escape(own_word)})|(?<![^\s。、，,；;：:（(与和及对由是])|(?<=会同|联合|配合|协同))"
                      rf"(?P<form>{forms})")


def _zone_bodies(text: str, lex: Lexicon, own_word: str, doc_level: str) -> list[Mention]:
    """`应急管理局、建设局、经济发展局为成员单位` in a 经开区's report: the zone's own bodies that no lexicon body
    names (written bare they are too generic elsewhere: 城乡建设局) are the zone's, named with its kind word."""
    if not lex.stopwords.get("zonebody") or not any(f in text for f in ("局", "工委")):
        return []
    out = []
    for m in _zone_body_re(own_word).finditer(text):
        form = m.group("form")
        out.append(Mention("Department", m.group(0), m.start(), m.end(), canonical=own_word + form,
                           level=doc_level, key=form))
    return out


@lru_cache(maxsize=1)
def _patterns():
    lex = load()
    # a vertical body that is also a suffix name (海事处) needs its level char here: written bare it may end a
    # place-named one (鳌礁海事处, read by its suffix), so the bare form is read after the suffixes
    strong = [f for f, b in lex.bodies.items() if (_strong(f) or b.parent == "national") and f not in vertical_forms()]
    weak = [f for f in lex.bodies if f not in strong]
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
                   if l.strip() and not l.startswith("#") and ":" not in l)  # (`compound:` lists are read apart)


def _strong(form: str) -> bool:
    """A written form that names a body on its own (ends like a body), not a bare stem such as 应急."""
    return len(form) >= 3 and form.endswith(BODY_SUFFIX) and form not in ("人民政府",)


PLAN_RE = re.compile(r"《([^《》\n]{2,90})》")
DOCNO_RE = re.compile(r"[(（]?([\u4e00-\u9fff*]{1,8}〔\d{4}〕\d+号)[)）]?")
ENUM_RE = re.compile(r"([\u4e00-\u9fff、]{2,60}?)等?(?:部门|单位)")
# `市局`/`省局` wherever written (this pattern once began with a look-behind made optional by a `?`, which
# never applied: dropping it keeps every match and lets the engine scan for the two chars)
HIGHER_BUREAU_RE = re.compile(r"[市省]局")
ENUM_RUN = re.compile(r"[\u4e00-\u9fff、]+")   # an enumeration lies inside one run of these chars


def _enumerations(text: str):
    """ENUM_RE's matches, read only in the runs of Chinese chars that hold 部门 or 单位 (the lazy list
    pattern is costly where it is tried at every char)."""
    for run in ENUM_RUN.finditer(text):
        words = run.group(0)
        if "部门" in words or "单位" in words:
            yield from ENUM_RE.finditer(text, run.start(), run.end())
DATE_RE = re.compile(r"([\d*X]{1,2})月([\d*X]{1,2})日")
# a drill's name may open with its year (开展2022年防汛抢险综合应急演练)
DRILL_RE = re.compile(r"(?:开展了?|举办了?|组织了?|举行了?|进行了?|指挥了?|观摩了?|参加了?|[主承协]办的|[”\"])(?:\d+[次场])?"
                      r"((?:\d{4}年度?)?[\u4e00-\u9fff、]{4,24}?(?:演练|拉练))")
# a drill named as the subject of its clause (…，防汛抢险应急演练在X水库举行 / X演练由Y组织): the name opens the clause
# (the clause may open after a list mark, `(2)X演练由…`, `• X演练(5月):由…`, the name then followed by its month in
# brackets)
# (`- X演练:6月7日,Y街道…`, `★X演练:…`: a list item headed by the drill's name, then its date)
# (`4月15日|X港|Y演练|组织:…`: a drill filling one cell of a row whose cells are split by bars)
DRILL_SUBJECT_RE = re.compile(r"(?:^|(?<=[,;。:\n)•·★●▲◆■|-])|(?<=[•·★●▲◆■|-] ))((?:\d{4}年度?)?[\u4e00-\u9fff*]{4,24}?(?:演练|拉练))"
                              r"(?=在|由|于|\([^()]{1,8}\)[:,]|:\s?[\dX*]{1,2}月|\s?\|)")
# a drill named in the first cell of a table row, after the row's number and date (`3 6月9日 X演练 Y村 …`; the
# normalised text joins the cells)
# a row of a flattened drill table opens with its number and date (`3 6月9日 …`)
DRILL_ROW_LEAD = re.compile(r"\|?\s*\d{1,2}[\s|]+(?:[\dX*]{1,2}月(?:[\dX*]{1,2}日)?)?[\s|]*")
DRILL_CELL_RE = re.compile(r"(?m)^" + DRILL_ROW_LEAD.pattern + r"((?:\d{4}年度?)?[\u4e00-\u9fff]{4,24}?(?:演练|拉练))")
# a drill named as a list item of its own, the details after it (`(3)X演练。地点:…`, `●X演练:9月5日,…`,
# `●X演练(11月,Y景区):…`, `(2)X演练11月9日在Y举行`): the list mark opens the name; a heading (`(三)强化应急
# 演练。`, `四、应急预案和演练`) ends its line there
DRILL_ITEM_RE = re.compile(r"(?m)^[ \t]*(?:\([一二三四五六七八九十\d]{1,3}\)|[●•·★▲◆■]\s?|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)"
                           r"((?:\d{4}年度?)?[\u4e00-\u9fff]{4,24}?(?:演练|拉练))(?=[。:;,(][^\n]|[\dX*]{1,2}月)")
YEAR_PREFIX = re.compile(r"^\d{4}年度?")
# the last verb inside a matched name opens the drill's own name (由A指挥部主办、B承办的X演练: X演练)
DRILL_INNER_VERB = re.compile(r"开展了?|举办了?|组织了?|举行了?|进行了?|指挥了?|观摩了?|参加了?|[主承协]办的")
# a title without 《》 right after a verb that issues or follows it (印发X方案, 对照X工作要点)
UNMARKED_PLAN_RE = re.compile(r"(?:印发了?|制定了?|出台了?|编制了?|下发了?|对照|按照|依据|根据)"
                              r"([\u4e00-\u9fff“”\"()0-9]{6,40}?(?:方案|预案|制度|清单|要点|办法|规划))(?=[及和与,,。;、])")
# a traffic police unit is numbered or named by its place (交警二大队, 交警榕湾大队); a city district's is a 支队 (X分局交警支队)
POLICE_UNIT_RE = re.compile(r"(?:交警|交巡警)(?:[一二三四五六七八九十\d]*|[\u4e00-\u9fff]{2})[大支]队")
SUBUNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:大队|中队|总队|支队|站|所|中心|科|股)")
UNIT_KIND = re.compile(r"(?:大队|中队|总队|支队|站|派出所|所|中心|科|股)$")  # (海防派出所: the stem is 海防)
WHOLE_AREA = re.compile(r"^全|各|所属")  # 全县, 各乡镇, 所属: the clause goes on, no unit name
MASK_CLAUSE_CHARS = frozenset("在为任对于被因由和与及等到是向将把从同率带已也还就都要会")  # chars opening a clause
MASK_WORD_FREQ = 50  # a two-char word this common after a mask (进行, 强调) opens the predicate
MASKED_NAME = re.compile(r"[\u4e00-\u9fff](?:\*{1,2}|X{1,2}|某{1,2})(?![\u4e00-\u9fff]{0,1}[*X])")
COMMITTEE_POSTS = ("总指挥", "指挥长", "组长", "主任", "队长")  # posts of a committee or group (局长任副总指挥)
RANKED_POSTS = COMMITTEE_POSTS + tuple(r + p for r in ("副", "常务副") for p in COMMITTEE_POSTS)  # 主任, 副主任 …
POST_VERB = set("任为")  # verbs that put a person in a post: X任主任
TITLE_FOLLOW = set("在为任、,分先亲同等率带到和与及也对于作主出召强深参检调指督讲看慰走一被")
GENERIC_BUREAU = re.compile(r"(?<![全我本各该])([省市区县旗盟州])([\u4e00-\u9fff]{2,8}?)局")


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
    own_word = place_level_word(doc_place)
    zone = _zone_bodies(text, lex, own_word, doc_level) if own_word else []
    for m in zone:
        take(m)
    zone_taken = bytearray(taken) if zone else plan_taken
    for m in _bodies(text, lex, doc_level, own_word):
        if not _any(zone_taken, m.start, m.end):  # a unit and its parent body (X局安监站) nest
            take(m)
    if "）办" in text or ")办" in text:
        for m in _bracketed_offices(text, found):
            take(m)
    if "部办公室" in text or "会办公室" in text:
        for m in _offices_referring_back(text, found, taken):
            take(m)
    if "油站" in text or "气站" in text:  # (a cheap gate: most sentences name no fuel station)
        for m in _branded_stations(text, taken):
            take(m)
    # a county or city named with the level char of its body (嵘城市应急管理局): the place is the stem
    for m in _body_places(text, lex, found, taken, doc_place):
        take(m)
    # place prefixes of bodies: a jurisdiction name just before a body
    places = _places(text, lex, doc_place, taken, found, bare)
    for m in places:
        take(m)
    cities = {m.end: m.surface for m in found if m.label == "Jurisdiction" and m.surface[-1:] == "市"}
    if cities:
        _branches_with_city(found, cities)
    for m in _township_governments(text, places, taken):
        take(m)
    if "号线" in text:  # (a cheap gate: most sentences name no rail line)
        for m in _line_stations(text, lex, taken):
            take(m)
    for m in _by_suffix(text, lex, taken, found):
        take(m)
    for m in _bare_vertical_bodies(text, lex, taken):
        take(m)
    if "项目" in text:  # (a cheap gate: most sentences name no building project)
        found = _projects(text, lex, taken, found)
    found = [m for m in found if not m.props.get("in_firm")]
    if "下设" in text:
        for m in _set_up_groups(text, taken, found):
            take(m)
    ports = {m.end: m for m in found if m.label == "Facility" and m.props.get("kind") == "port"}
    if ports:
        found = _bodies_of_ports(found, ports)
    for m in _persons(text, lex, taken, found, doc_level):
        take(m)
    before_drills = bytearray(taken)
    # (X露天煤矿边坡坍塌事故应急演练, X圩内涝转移演练: a firm's or a work's drill is named with it, as with a place)
    drills = _drills(text, taken, {m.start: m for m in found if m.label in ("Jurisdiction", "Enterprise", "Facility")})
    for m in drills:
        take(m)
    drill_starts = [d.start for d in drills]  # in text order, never overlapping
    # a sector named inside a drill's name is a sector mention too (山洪灾害防御…演练)
    for m in _sectors(text, lex, before_drills):
        i = bisect.bisect_right(drill_starts, m.start) - 1
        if not _any(taken, m.start, m.end) or (i >= 0 and m.end <= drills[i].end):
            found.append(m)
    if "场）" in text or "场)" in text:  # (a cheap gate: few reports count farms among their townships)
        _farms_as_townships(text, found)
    found.sort(key=lambda m: (m.start, -m.end, m.label))
    return found


# 8个镇（林场）, 各乡镇（场）: a report that counts its forest or state farms among its townships treats each farm
# it names as a township-level unit (a Jurisdiction), not a works
TOWNSHIP_FARMS = re.compile(r"[镇乡][（(](?:国有|国营)?[林农牧]?场[）)]")
FARM_KINDS = frozenset({"forest_farm"})


def _farms_as_townships(text: str, found: list[Mention]) -> None:
    if not TOWNSHIP_FARMS.search(text):
        return
    for m in found:
        if m.label == "Facility" and m.props.get("kind") in FARM_KINDS:
            m.label, m.props = "Jurisdiction", {"level": "township"}


BRACKET_OFFICE = re.compile(r"[)）](办公室|办)")
PROJECT_TAIL = re.compile(r"(?:[一二三四五六七八九十0-9]+期)?项目(?![部办组])")  # (项目部, 项目办: a firm's site office)


@lru_cache(maxsize=1)
def _project_kind_re() -> re.Pattern:
    """What a building project builds (stopwords.tsv `projectkind`), ending where its (N期)项目 opens."""
    return re.compile(f"(?:{alternation(_stopword_kind('projectkind'))})$")


def _projects(text: str, lex: Lexicon, taken: bytearray, found: list[Mention]) -> list[Mention]:
    """Building projects (X安置房项目, X科创中心二期项目, X新城三期项目): a Facility named by what it builds.

    A project whose own words say only what it builds (安置房项目) is named by the place written
    just before it (Y社区安置房项目); a works found before (X安置小区) is the project's first part."""
    kind_re = _project_kind_re()
    facility_at_end = {m.end: m for m in found if m.label == "Facility"}
    place_at_end = {m.end: m for m in found if m.label == "Jurisdiction"}
    generic = _generic_stems()
    for pm in PROJECT_TAIL.finditer(text):
        s, e = pm.start(), pm.end()
        if _any(taken, s, e):
            continue
        works = facility_at_end.get(s)
        if works is not None and kind_re.search(works.surface):
            start = works.start  # 嘉苑安置小区 + 三期项目
            found = [m for m in found if m is not works]
        else:
            km = kind_re.search(text, max(0, s - 4), s)
            if km is None:
                continue
            start = _left_edge(text, km.start(), lex, taken, 8)
            stem = text[start:km.start()]
            if not stem or all(w in generic for w in jieba_words(stem)):
                place = place_at_end.get(start)
                if place is None or place.props.get("level") not in ("township", "village"):
                    continue  # 推进安置房项目: a class of projects, no place names it
                start = place.start  # 杏林社区 + 安置房项目: the place names the project
            elif not _ok_stem(stem, lex, 2):
                continue
        name = text[start:e]
        found.append(Mention("Facility", name, start, e, canonical=name, props={"kind": "project"}))
        _mark(taken, start, e)
    return found


def _bracketed_offices(text: str, found: list[Mention]) -> list[Mention]:
    """`区消防安全委员会（区消安委）办公室`: a committee, its short name in brackets, then 办公室 is the
    committee's office (written with the short name: 区消安委办公室)."""
    out = []
    committees = {m.start: m for m in found if m.label == "Committee"}
    for c in committees.values():
        short = committees.get(c.end + 1) if text[c.end:c.end + 1] in "(（" else None
        om = BRACKET_OFFICE.match(text, short.end) if short is not None and short.canonical == c.canonical else None
        if om:
            out.append(Mention("Department", short.surface + om.group(1), short.start, om.end(),
                               canonical=c.canonical + "办公室", level=c.level, key=c.key + "办公室",
                               props={"parent": c.canonical}))
    return out


BARE_OFFICE = re.compile(r"(?<![\u4e00-\u9fff])(指挥部|委员会)办公室")


def _offices_referring_back(text: str, found: list[Mention], taken: bytearray) -> list[Mention]:
    """`X指挥部由A任指挥长，指挥部办公室设在B局`: a bare `指挥部办公室` after a clause boundary is the office of
    the committee of that kind named before it in the same sentence."""
    out = []
    for om in BARE_OFFICE.finditer(text):
        if _any(taken, om.start(), om.end()):
            continue
        sentence_start = max(text.rfind(c, 0, om.start()) for c in "。\n;；") + 1
        owner = max((m for m in found if m.label == "Committee" and sentence_start <= m.start and m.end <= om.start()
                     and m.canonical.endswith(om.group(1))), key=lambda m: m.start, default=None)
        if owner is not None:
            out.append(Mention("Department", om.group(0), om.start(), om.end(), canonical=owner.canonical + "办公室",
                               level=owner.level, key=owner.key + "办公室", props={"parent": owner.canonical}))
    return out


def _bodies_of_ports(found: list[Mention], ports: dict[int, Mention]) -> list[Mention]:
    """X港消防救援大队: a listed body written with no level char right after a port's name is the port's
    body (named with it), not the county's; the port is then no facility of its own there."""
    used = set()
    for m in found:
        port = ports.get(m.start)
        if port is not None and m.label in ("Department", "RescueTeam") and m.key and m.surface == m.key \
                and not m.props.get("parent"):
            m.start, m.surface = port.start, port.surface + m.surface
            m.canonical = m.key = m.surface
            m.level = ""
            used.add(id(port))
    return [m for m in found if id(m) not in used] if used else found


def _branches_with_city(found: list[Mention], cities: dict[int, str]) -> None:
    """东溟市公安局X分局 (and its units): a city bureau's branch written after its city shares the city's
    level char (the place mention ends where the body starts); the branch is named with the whole city
    name, as its units' parent."""
    for m in found:
        city = cities.get(m.start) if m.label == "Department" and m.surface[:1] == "市" else None
        if city and "分局" in m.canonical and m.canonical[:1] == "市":
            m.canonical = city + m.canonical[1:]
            m.key = m.canonical
            parent = m.props.get("parent", "")
            if "分局" in parent and parent[:1] == "市":
                m.props["parent"] = city + parent[1:]


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
@lru_cache(maxsize=1)
def level_words() -> tuple[str, ...]:
    """Kinds of county-level area whose own bodies are written with the whole kind word (林区应急管理局,
    开发区管委会), longest first (`levelword` in stopwords.tsv)."""
    from loaders.lexicon import _rows
    words = [w for r in _rows("stopwords.tsv") if r[0] == "levelword" for w in r[1].split("|") if w]
    return tuple(sorted(words, key=len, reverse=True))


def place_level_word(place: str | None) -> str:
    """The kind word a report's own bodies carry when its area is a 林区/开发区/… ("" for a 区/县);
    the shortest one its name ends with (a 经济技术开发区 writes its bodies 开发区X局)."""
    return next((w for w in reversed(level_words()) if place and place.endswith(w) and len(place) > len(w)), "")


def _body(lex: Lexicon, form: str, lvl: str | None, start: int, end: int, surface: str, doc_level: str) -> Mention:
    body = lex.bodies[form]
    if body.parent == "national":
        return Mention(body.label, surface, start, end, canonical=body.canonical, level="", key=body.canonical)
    level = lvl or doc_level
    return Mention(body.label, surface, start, end, canonical=level + body.canonical, level=level, key=body.canonical)


def _bodies(text: str, lex: Lexicon, doc_level: str, own_word: str = "") -> list[Mention]:
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
        branch = _branch_before_re().search(text[max(0, m.start() - 16):m.start()])
        if branch and _branch_place(branch.group(3)):
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
    # enumerations `县应急、住建、交通、林业等部门`: every item is a body
    for m in _enumerations(text):
        items = m.group(1).split("、")
        if len(items) < 2:
            continue
        pos = m.start(1)
        for k, item in enumerate(items):
            core = item
            if k == 0:  # the first item runs into the words before the list: take its longest body tail
                for cut in range(len(item) - 1):
                    head = item[:cut]
                    if enum_item.match(item[cut:]) and (not head or head.endswith(tuple(_left_stop_set(lex)))):
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
            team = _patterns()[3].match(text, m.end()) if rx is body_weak else None
            if team and _suffix_labels().get(team.group(0)) == "RescueTeam":
                continue  # 区应急救援中队: a stem (应急) that opens a team's name is no body of its own
            if rx is body_weak and _opens_facility(text, m.end()):
                continue  # 县应急物资储备库: the stem opens the name of a facility written on after it
            if lvl == "市" and text[m.start() - 1:m.start()] in ("城", "超", "都"):
                continue
            if lvl == "区" and text[m.start() - 1:m.start()] == "地" and (rx is body_strong or len(form) >= 3) \
                    and text[m.start() - 2:m.start() - 1] not in tuple("本该全各我此其外等") \
                    and not _any(spans, m.start() - 1, m.end()):  # (本地区, 各地区: 地区 is a common noun)
                # 阿里地区应急管理局: a prefecture (地区) writes its bodies with both chars; its level is a city's
                mention = _body(lex, form, PREFECTURE, m.start() - 1, m.end(), "地" + m.group(0), doc_level)
                mention.canonical = "地区" + mention.canonical[1:]
                add(mention)
                continue
            # 林区应急管理局 in a 林区's report: the area's kind word (a common noun elsewhere) is the level
            own = len(own_word) > 1 and lvl == own_word[-1] and m.start() >= len(own_word) - 1 \
                and text.startswith(own_word, m.start() - len(own_word) + 1) \
                and not _any(spans, m.start() - len(own_word) + 1, m.start())
            if lvl and not own and text[m.start() - 1:m.start() + 1] in lex.bad_words \
                    and text[m.start() - 1] not in "全本城市县":
                continue  # 社区应急避难场所, 景区应急…: the char ends a place noun (社区, 景区), not a body's level
            start = m.start()
            end = m.end()
            if not lvl and text[start - 1:start] == "、":
                # 市防指办公室、森防指办公室: an item listed after a higher body shares its level
                prev = next((x for x in reversed(out) if x.end == start - 1), None)
                if prev is not None and prev.level in ("省", "市") and prev.surface[:1] == prev.level:
                    lvl = prev.level
            if lvl and lex.bodies[form].canonical == "管理委员会" and NAME_CHAR.match(text[start - 3:start - 2] or ",") \
                    and text[start - 3:start - 2] not in "全本该各我":
                continue  # 青山经济开发区管委会: a named park's administration is read with its name (by suffix)
            joined = JOINED_FIELD.match(text, end) if lvl and not form.endswith(BODY_SUFFIX) else None
            if joined and lex.bodies[form].label == "Department" and _merged_stem(joined.group(1), lex, "ns") \
                    and joined.group(1) not in lex.bodies and not _any(spans, start, joined.end()):
                # 市水利和湖泊局: a bureau's field stem joined by 和 to another field names a bureau of its own
                # (县水利和交通局, the second a known bureau's stem, lists two bureaus)
                name = text[start:joined.end()]
                add(Mention("Department", name, start, joined.end(), canonical=name, level=lvl,
                            key=name[1:]))
                continue
            mention = _body(lex, form, lvl, start, end, m.group(0), doc_level)
            merged = None
            if not lvl and mention.label == "Department" and form.endswith("局"):
                merged = MERGED_BUREAU.search(text, max(0, start - 8), start) or _merged_after_stop(text, start, lex)
            if merged and not _any(spans, merged.start(), start) and _merged_stem(merged.group(2), lex, "j"):
                # 开发区建设交通局, 区文化旅游体育局: a bureau that joins a known one (交通局) to another field
                # is a body of its own, named with its level and both fields (an abbreviated field too: 县农牧水利局)
                a = merged.start()
                if merged.group(1) == "区" and text[a - 2:a] in PARK_LEVEL:
                    a -= 2
                name = text[a:end]
                add(Mention("Department", name, a, end, canonical=name, level=merged.group(1),
                            key=merged.group(2) + m.group(0)))
                continue
            if lvl == "区" and text[start - 1:start] == "新" and not _any(spans, start - 1, start) \
                    and text[start - 2:start] not in PARK_LEVEL:  # (高新区管委会: the park's, read below)
                # 新区应急管理局: a 新区 (new area) writes its bodies with both chars; the name keeps them
                mention.start, mention.surface = start - 1, "新" + mention.surface
            elif own:
                extra = own_word[:-1]
                mention.start, mention.surface = start - len(extra), extra + mention.surface
                mention.canonical = extra + mention.canonical
            elif lvl == "区" and text[start - 2:start] in PARK_LEVEL and not _any(spans, start - 2, start):
                # 开发区安全生产监督管理局: a park's own bureau, a body of its own (not the district's 区X局)
                park = text[start - 2:start]
                mention.start, mention.surface = start - 2, park + mention.surface
                mention.canonical = park + mention.canonical
            stem = text[max(0, start - 2):start]
            if not lvl and mention.label == "Department" and form.endswith("局") and len(stem) == 2 \
                    and (not NAME_CHAR.match(text[start - 3:start - 2] or ",") or _stop_before(text, start - 2, lex)) \
                    and not _any(spans, start - 2, start) \
                    and all(tags_place(w) or not word_tag(w) for w in jieba_words(stem)) and _place_stem(stem):
                # 青峰林业局 (after a comma, 、 or a clause word: 联合齐滨海事局莱渤海事处): a bureau named by a
                # place with no level char is not the county's own bureau (that one is written 县林业局), a body
                # of its own
                mention.start, mention.surface = start - 2, stem + mention.surface
                mention.canonical = mention.key = mention.surface
            topic = _topic(text, start, lex, spans) if not lvl and lex.bodies[form].parent \
                and mention.label == "Committee" else ""
            if topic:
                # 城市运行安全专业委员会: a sub-committee is named by its topic (still part of its parent)
                mention.start, mention.surface = start - len(topic), topic + m.group(0)
                mention.canonical = mention.surface
                add(mention)
                continue
            office = _office_re(form).match(text[end:end + 8]) \
                if mention.label == "Department" and form.endswith("局") and len(form) >= 3 else None
            if office and _place_stem(office.group(1)) and not _any(spans, mention.start, end + office.end()):
                # X海事局Y海事处, X税务局Y税务所: a bureau's office in a place, named by the place and the
                # bureau's own stem, is a body of its own (part of the bureau), also written with the bureau
                e2 = end + office.end()
                out.append(mention)
                out.append(Mention("Department", text[mention.start:e2], mention.start, e2,
                                   canonical=office.group(0), key=office.group(0), props={"parent": mention.canonical}))
                _mark(spans, mention.start, e2)
                continue
            branch = BRANCH_RE.match(text, end)
            if branch and mention.label == "Department" and form.endswith("局") and lvl in ("市", "省") \
                    and not _any(spans, start, branch.end()) and _branch_place(branch.group(1)):
                # 市公安局沙汀分局: a city bureau's branch in the district, a body of its own (part of the bureau)
                name = text[start:branch.end()]
                out.append(mention)
                # (no level of its own: written after its city, 朔川市生态环境局X分局, it is named with the city)
                out.append(Mention("Department", name, start, branch.end(), canonical=name, level="",
                                   key=name, props={"parent": mention.canonical}))
                _mark(spans, start, branch.end())
                continue
            team = next((f for f in _team_forms() if text.startswith(f, end)), None) \
                if mention.label == "Department" and text.startswith(_team_forms(), end) else None
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
    for m in _overlapping(GENERIC_BUREAU, text):  # 县政府将县数据局: the match may start at a later level char
        stem = m.group(2)
        if m.group(0).endswith(lex.not_bureau):
            continue
        cut = name_start(stem, False) if len(jieba_words(stem)) > 1 else 0  # 统计局: one word, a verb
        if cut or _any(spans, m.start(), m.end()) or not _ok_stem(stem, lex, 2, place=False):
            continue
        lvl = m.group(1)
        a = m.start() - 1 if lvl == "区" and text[m.start() - 1:m.start()] == "新" else m.start()  # 新区X局
        canonical = m.group(0)
        if lvl == "区" and text[m.start() - 2:m.start()] in PARK_LEVEL:  # 开发区X局: the park's own bureau
            a = m.start() - 2
            canonical = text[a:m.end()]
        bureau = Mention("Department", text[a:m.end()], a, m.end(), canonical=canonical, level=lvl, key=stem + "局")
        branch = BRANCH_RE.match(text, m.end()) if lvl in ("市", "省") else None
        if branch and _branch_place(branch.group(1)) and not _any(spans, a, branch.end()):
            # 市港口管理局X港分局: as for a listed bureau, the city bureau's branch is a body of its own
            name = text[a:branch.end()]
            out.append(bureau)
            out.append(Mention("Department", name, a, branch.end(), canonical=name, level="", key=name,
                               props={"parent": canonical}))
            _mark(spans, a, branch.end())
            continue
        add(bureau)
    # 县粮食和物资储备中心, 区排水管理所, 县国资办: a unit of no listed kind is a body when it is listed with
    # bodies (`县数据局、县国资办`) or acts with one (`X中心联合县应急管理局`)
    units = []
    for m in LISTED_UNIT.finditer(text):
        a, e = m.start(), m.end()
        stem = m.group(2)
        if _any(spans, a, e) or not _ok_stem(stem, lex, 2, place=False) or any(
                word_tag(w) in ("p", "c", "u", "uj", "r", "t", "d", "m", "q") and w != "和" for w in jieba_words(stem)) \
                or any(len(w) >= 2 and w in stem for w in lex.left_stops):
            continue  # (a unit's name may hold verbal nouns, 排水管理, and 和, 粮食和物资储备; no clause words)
        units.append(Mention("Department", m.group(0), a, e, canonical=m.group(0), level=m.group(1),
                             key=stem + m.group(3)))
    added = True
    while added:  # a unit listed next to a unit found listed with a body (县数据局、县国资办、县X中心)
        added = False
        starts = {b.start for b in out}
        ends = {b.end for b in out}
        for u in units:
            a, e = u.start, u.end
            if (text[a - 1:a] == "、" and a - 1 in ends) or (text[e:e + 1] == "、" and e + 1 in starts) \
                    or (text[e:e + 2] in ("联合", "会同") and e + 2 in starts) \
                    or (u.surface.endswith("中心") and text.startswith(HEAD_TITLES, e)) \
                    or ((a == 0 or text[a - 1] in CLAUSE_OPENERS) and text.startswith(_unit_acts(), e)):
                # (X中心主任A: its head; 县X中心出动…, ，县X中心配合: a unit opening a clause and acting)
                if not _any(spans, a, e):
                    add(u)
                    added = True
    # `市局` in a report: the city body of the same kind as the reporting bureau (resolved later)
    for m in HIGHER_BUREAU_RE.finditer(text):
        if text[m.start() - 1:m.start()] not in ("区", "县") and not _any(spans, m.start(), m.end()):
            add(Mention("Department", m.group(0), m.start(), m.end(), canonical=m.group(0), level=m.group(0)[0],
                        key="*reporting*"))
    # `我局`/`我委`/`我办`: the reporting body itself, at the report's own level (resolved later)
    for m in re.finditer(r"(?<!自)我[局委办](?!公)", text):
        if not _any(spans, m.start(), m.end()):
            add(Mention("Department", m.group(0), m.start(), m.end(), canonical=m.group(0), level=doc_level,
                        key="*reporting*"))
    return out


# a second field joined to a bureau's field stem (市水利 + 和湖泊局)
JOINED_FIELD = re.compile(r"[和与]([\u4e00-\u9fff]{2,4}?)局")
# a level char and one or two field words right before a known bureau's name (区建设 + 交通局)
# (the level char opens the name, or ends a park's 开发区/高新区/经开区)
MERGED_BUREAU = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=开发|高新|经开))([省市区县旗盟州])([\u4e00-\u9fff]{2,4})$")
MERGED_LEVELS = frozenset("省市区县旗盟州")
MERGED_AT = re.compile(r"([省市区县旗盟州])([\u4e00-\u9fff]{2,4})$")


def _merged_after_stop(text: str, start: int, lex: Lexicon) -> re.Match | None:
    """由区规划自然资源局, 会同县规划自然资源局: the merged bureau's level char after a clause word (由, 会同)
    rather than a boundary; the longest field run that opens after such a word."""
    for n in (4, 3, 2):
        a = start - n - 1
        if a > 0 and text[a] in MERGED_LEVELS and _stop_before(text, a, lex):
            return MERGED_AT.match(text, a, start)
    return None


def _merged_stem(stem: str, lex: Lexicon, also: str = "") -> bool:
    """Field nouns only (建设, 文化旅游): no function word, pronoun, number, verb or place among them
    (`also`: one more tag allowed; after 和 a field may be a landform jieba tags as a place, 湖泊)."""
    if stem.startswith(lex.bad_start) or stem in lex.bad_words:
        return False
    return all(word_tag(w) in ("n", "vn", "nz", also) and len(w) >= 2 for w in jieba_words(stem))


@lru_cache(maxsize=1)
def _branch_before_re() -> re.Pattern:
    """A city or province bureau's branch ending the text (市公安局X分局), read before a traffic police unit."""
    lex = load()
    return re.compile(rf"(?P<lvl>[省市])(?P<form>{alternation(f for f in lex.bodies if f.endswith('局'))})"
                      r"([\u4e00-\u9fff]{2,3}?)分局$")


@lru_cache(maxsize=512)
def _office_re(form: str) -> re.Pattern:
    """A bureau's office in a place, named by the place and the bureau's stem (X海事局Y海事处)."""
    return re.compile(rf"([\u4e00-\u9fff]{{2,3}}?){re.escape(form[:-1])}[处所]")


def _opens_facility(text: str, end: int) -> bool:
    """A facility's kind follows within a few noun chars (物资 + 储备库): what ends at `end` opens its name."""
    suffix_re = _patterns()[3]
    for k in range(1, 5):
        sm = suffix_re.match(text, end + k)
        if sm is None:
            continue
        between = text[end:end + k]
        return _suffix_labels().get(sm.group(0)) == "Facility" and NAME_CHAR.fullmatch(between[:1]) is not None \
            and all(NAME_CHAR.match(c) for c in between) \
            and all(word_tag(w) in ("n", "vn", "nz") for w in jieba_words(between))
    return False


BRANCH_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)分局")
CLAUSE_OPENERS = frozenset("，,。；;：:\n")  # marks after which a clause (and its subject) opens
HEAD_TITLES = ("主任", "副主任")  # the head of a unit named X中心
LISTED_UNIT = re.compile(r"(?<![\u4e00-\u9fff])([省市区县旗])([\u4e00-\u9fff]{2,10}?)(中心|管理所|办公室|办)")
PREFECTURE = "盟"  # the level char a 地区 (prefecture) body is scoped by: a city's, as 盟 and 州
PARK_LEVEL = ("开发", "高新", "经开")  # 开发区X局, 高新区X局: bodies of a park, written with its 区


def _overlapping(rx: re.Pattern, text: str):
    """Matches of rx from every start position, left to right, each not overlapping the last one yielded
    (finditer would skip a match that starts inside a failed longer candidate)."""
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return
        inner = rx.search(text, m.start() + 1, m.end())  # a shorter match starting inside this one
        yield m
        if inner is not None and inner.start() < m.end():
            pos = m.start() + 1
        else:
            pos = m.end()


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
    stem = UNIT_KIND.sub("", unit)
    if stem[:1] in LEVELS and stem[1:2] != "场":
        return False  # 区商务委|区消防救援支队 (table cells run together): a body of its own level, no unit (市场科 is one)
    if unit[-1] in "站所":
        # 安监站; 畜牧兽医站 (nouns only: 县应急局检查加油站 is a verb and its object)
        return len(unit) <= 3 or (len(unit) <= 5 and not stem.startswith(tuple(load().left_stops))
                                  and all(word_tag(w).startswith("n") for w in jieba_words(stem)))
    # a unit's name may be a verbal noun (执法, 监察), so the guard is the clause-opening words of
    # stopwords.tsv (牵头, 组织, 会同 …) and quantifiers, not jieba's verb tag
    left = load().left_stops
    return 2 <= len(stem) <= 6 and not stem.startswith(tuple(w for w in left if len(w) == 1)) and not any(
        w in stem for w in left if len(w) >= 2) and not WHOLE_AREA.search(stem)


# -- places --------------------------------------------------------------------------------
def _left_edge(text: str, s: int, lex: Lexicon, taken: list[bool], max_len: int) -> int:
    """Start of the name whose suffix starts at s: walk left to the nearest boundary."""
    left_stops, stop_last = _left_stop_set(lex), _stop_last_chars(lex)   # (read once, not at every step)
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
            acronym = ACRONYM_AT_END.search(text, max(0, i - 5), i) if "A" <= c <= "Z" else None
            if acronym and s - i < max_len - 2:
                # 高崖乡LNG储配站, CNG加气站, X港XX储运有限公司: a capital-letter acronym (or an XX mask) is
                # part of the name, so the walk goes on past it to the place or boundary before
                i = acronym.start()
                continue
            break
        if c in "年月日号" and i >= 2 and text[i - 2].isdigit():
            break
        if i >= 2 and c in left_stops and (i == s or i == 2 or taken[i - 3] or not NAME_CHAR.match(text[i - 3])
                                                    or _stop_before(text, i - 2, lex)) \
                and word_tag(text[i - 2:i]) in ("nr", "nrfg", "ns", "nz") \
                and len(jieba_words(text[i - 2:i])) == 1 and not taken[i - 2]:
            # 祥和 + 液化气站, 太和 + 水库: a function char that ends a two-char proper word ends no name; so too
            # inside a name opening right after a place, a boundary or a clause word (X镇永和|花炮有限公司,
            # 对颐和|嘉园小区)
            i -= 2
            continue
        if c in stop_last and any(text[i - n:i] in words for n, words in _stops_by_length(lex)):
            # a one-char function word that starts a name right after another name (X镇向阳水库):
            # the name would be a single char otherwise, so the char is part of it when the two chars
            # are one dictionary word (向阳, not 对非 of 对非煤矿山)
            if s - i == 1 and c in left_stops and i >= 2 and len(jieba_words(text[i - 1:s])) == 1 \
                    and word_tag(text[i - 1:s]) and (
                    taken[i - 2] or not NAME_CHAR.match(text[i - 2]) or text[i - 2] in left_stops):
                i -= 1
            break
        i -= 1
    return i


# a firm's trade name may be a rare two-char word whose last char is a one-char stop (汇成, 天成, 永和); common
# words (存在, 作为, 针对, 现在) and function words before a firm open the clause instead
TRADE_WORD_MAX_FREQ = 1000
ORDINAL_CHARS = frozenset("一二三四五六七八九十第")
TRADE_WORD_BAD_TAGS = frozenset({"p", "c", "d", "t", "r", "m", "q", "f", "u", "ad", "vd"})


def _trade_word_before(text: str, i: int, lex: Lexicon, taken) -> bool:
    """Does a firm's walk stop at i on a one-char stop that closes a rare two-char word opening after a
    boundary (，汇成新材料科技有限公司: 成 of 汇成 is no clause word)?"""
    w = text[i - 2:i]
    if text[i - 1] not in _left_stop_set(lex) or taken[i - 2] or taken[i - 1] or not NAME_CHAR.match(w[0]):
        return False
    if w[0] in ORDINAL_CHARS or (i > 2 and not (taken[i - 3] or not NAME_CHAR.match(text[i - 3])
                                               or text[i - 3] in _left_stop_set(lex))):
        return False  # (一是X公司: a count opens the clause; 督导组对X公司: 组对 is no word after a boundary)
    return (w not in _left_stop_set(lex) and len(jieba_words(w)) == 1 and word_tag(w) not in TRADE_WORD_BAD_TAGS
            and word_freq(w) < TRADE_WORD_MAX_FREQ)


def _words_ending_at(stem: str, at: int) -> tuple[str, ...]:
    """The jieba word of the stem that ends at offset at (none if a word spans it)."""
    pos = 0
    for w in jieba_words(stem):
        pos += len(w)
        if pos == at:
            return (w,)
        if pos > at:
            break
    return ()


def _verb_char_then_place_word(stem: str) -> bool:
    """Is the stem a one-char verb and then a place word, nothing more (托|溪河 of 托溪河大桥)?"""
    words = jieba_words(stem)
    return len(words) == 2 and len(words[0]) == 1 and len(words[1]) >= 2 and word_tag(words[0]) == "v" \
        and word_tag(words[1]) == "ns"


def _rare_char_pair(stem: str) -> bool:
    """Does the stem open with a one-char verb and then a lone char jieba reads as a bound morpheme or knows not
    (拉岜, 者卡: minority place names written in rare chars)?"""
    words = jieba_words(stem)
    return len(words) >= 2 and len(words[0]) == 1 and len(words[1]) == 1 and word_tag(words[0]) == "v" \
        and word_tag(words[1]) in ("g", "")


def _stop_before(text: str, i: int, lex: Lexicon) -> bool:
    """A left stop word ends right before position i."""
    return text[i - 1:i] in _stop_last_chars(lex) and any(text[i - n:i] in words for n, words in _stops_by_length(lex))


def _left_stop_set(lex: Lexicon) -> frozenset[str]:
    """The left stop words as a set (a char is tested against them at every step of a walk)."""
    cached = lex.__dict__.get("_left_stop_set")
    if cached is None:
        cached = lex.__dict__["_left_stop_set"] = frozenset(lex.left_stops)
    return cached


def _stop_last_chars(lex: Lexicon) -> frozenset[str]:
    """The chars a left stop word ends with: most chars end none, and need no look-up by length."""
    cached = lex.__dict__.get("_stop_last_chars")
    if cached is None:
        cached = lex.__dict__["_stop_last_chars"] = frozenset(w[-1] for w in lex.left_stops if w)
    return cached


def _stops_by_length(lex: Lexicon) -> tuple[tuple[int, frozenset[str]], ...]:
    """Left stop words grouped by length, so a boundary test is a few set lookups."""
    cached = lex.__dict__.get("_stops_by_length")
    if cached is None:
        by: dict[int, set[str]] = {}
        for w in lex.left_stops:
            by.setdefault(len(w), set()).add(w)
        cached = lex.__dict__["_stops_by_length"] = tuple((n, frozenset(ws)) for n, ws in sorted(by.items()))
    return cached


def _bad_word_re(lex: Lexicon) -> re.Pattern:
    """Any bad word (stopwords.tsv `badword`) written inside a stem."""
    cached = lex.__dict__.get("_bad_word_re")
    if cached is None:
        cached = lex.__dict__["_bad_word_re"] = re.compile(alternation(lex.bad_words) if lex.bad_words else r"(?!x)x")
    return cached


def _ok_stem(stem: str, lex: Lexicon, min_len: int = 2, place: bool = True) -> bool:
    if len(stem.replace("*", "x")) < min_len and stem != "*":
        return False
    if stem.startswith(lex.bad_start) or (place and stem[:1] in LEVELS):
        return False
    if place and _bad_word_re(lex).search(stem):
        return False
    if place and any(c in "各每个全本该我这那其此()" for c in stem):
        return False  # quantifiers and brackets never sit inside a place name (各乡, 每个村, (镇)街道)
    if any(map(str.isdigit, stem)):
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


COUNT_UNIT = re.compile(r"[个支座家处所条名户项]")  # a count's unit after its number (14支, 3个)
COUNT_DIGITS = frozenset("0123456789一二三四五六七八九十两几多")  # what a count opens with (COUNT_AFTER too)
# one-char words that end many place names (白沙铺, 茶园铺, 李家店, 王集, 张营, 刘屯, 高家堡, 石岗): jieba reads most
# as verbs, which would end the name before them
SETTLEMENT_CHARS = frozenset("铺店集营屯堡岗坳埠")
SLOGAN_NAME = re.compile(r"^[一两][\u4e00-\u9fff][一两][\u4e00-\u9fff]$")  # 一园一港, 一企一档, 两区一港
WATERWORKS_CHARS = "堰渠"  # a weir or canal whose head works (渠首) are named after it


def _places(text, lex, doc_place, taken, found, doc_bare=None) -> list[Mention]:
    """Jurisdictions: townships and villages by suffix; counties/cities when the form is confirmed
    (the document's own place, a name just before a body or another place, or after a city)."""
    out: list[Mention] = []
    mark = bytearray(taken)
    confirmed = {doc_place} if doc_place else set()
    candidates = []
    for sm in _place_suffix_re().finditer(text):
        s, e = sm.start(), sm.end()
        if _any(taken, s, e):
            continue  # (自治州应急管理局: the level char is the body's)
        suffix = sm.group(0)
        start = _left_edge(text, s, lex, mark, 5)
        if text[start:s] != doc_place and text[start:s] + suffix != doc_place:
            cut = name_start(text[start:s], True)
            whole = cut == s - start == 2 and (_hard_left(text, start, lex) or (start and mark[start - 1]))
            if cut == s - start >= 3 and text[s - 1] in SETTLEMENT_CHARS:
                cut = name_start(text[start:s - 1], True)  # 白沙|铺 + 镇: a settlement char is no verb ending the name
                cut = cut if s - 1 - (start + cut) >= 2 else s - start
            if not (whole and (word_tag(text[start:s]) == "t" or all(len(w) == 1 for w in jieba_words(text[start:s])))):
                start += cut  # (夏日镇: a time word that is the whole stem after a boundary is the name;
                # 色吾乡, 坪坝镇硐口村: two chars jieba reads as two one-char words, after a boundary or a place)
        if COUNT_UNIT.match(text, start) and start and text[start - 1] in COUNT_DIGITS:
            start += 1  # 14支乡镇应急救援队, 3个村: a count's unit opens no place name
        stem = text[start:s]
        name = stem + suffix
        if not (_ok_stem(stem, lex, 1 if stem == "*" else 2) or _proper_despite_start(stem, lex)) \
                or name in lex.bad_words or stem in lex.bad_words:
            continue
        ends_bad = len(suffix) == 1 and text[s - 1:e] in lex.bad_words
        if not ends_bad and name not in confirmed and any(
                name[-k:] in lex.bad_words for k in range(3, len(name))):
            continue  # 工业功能区, 安全示范区: a name ending in a place noun (功能区, 示范区) is that noun, no place
        if ends_bad and name not in confirmed and not _settlement_before_noun(stem) \
                and not (_proper_before_noun(stem) and (word_tag(stem[0])[:1] in ("", "n") or word_tag(stem[0]) == "zg")):
            # (柳集镇 is a name; 包乡镇, 47座农村, 超大城市 are not: 包 is a verb, 座 a measure, 大 an adjective)
            continue  # (柳集镇: a 集镇 after a name char of one unknown word with it is a place's name)
        # the suffix must not be the first char of a longer word (市场, 区域, 县级, 乡镇, 村民)
        nxt = text[e:e + 1]
        if nxt and nxt in "场民域级镇委政长内属直组干" and suffix in "市区县旗乡村镇" and text[e:e + 2] != "组织" \
                and not (nxt == "干" and text[e:e + 2] != "干部"):  # (白岩镇干河村: 干 opens 干部 only)
            if not (nxt in "委政长内" and suffix in "区县市旗") and text[e:e + 2] != "政府" \
                    and not (text.startswith(suffix + "长", e) and _title_then_name(text, e + 2, lex)) \
                    and not (nxt == "长" and not _title_then_name(text, e + 1, lex)):  # X镇政府, X镇长塘水库
                continue
        if suffix == "村" and text.startswith("街道", e):
            continue  # 工人村街道: a street office named after an old settlement (X村) is one name, no village
        if suffix == "村" and text.startswith("小区", e):
            continue  # 芦湾新村小区: a residential compound's name, no village
        if nxt == "长" and stem.endswith(("副", "常务")):
            continue  # 陈**副县长: the suffix closes a deputy's title (副县长), no place
        if suffix in "省县乡" and text[e:e + 1] == "道" and text[e:e + 2] != "道路":
            continue  # S2*省道, X县道: a provincial or county road, no place
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


def _proper_before_noun(stem: str) -> bool:
    """柳集 of 柳集镇: a two-char stem whose last char opens a common noun with the suffix (集镇) is still a
    name when the stem is one word jieba does not know as anything but a name."""
    words = jieba_words(stem)
    return len(stem) == 2 and len(words) == 1 and word_tag(stem) in ("", "ns", "nr", "nz")


def _settlement_before_noun(stem: str) -> bool:
    """三河集 of 三河集镇: a place word (a name to jieba, or a word it does not know) and a settlement char
    (集, 店, 铺) before the suffix name a market town, though the settlement char and the suffix make a
    common noun (集镇); a common noun before them (农村集镇, 城乡集镇) names none."""
    return len(stem) == 3 and stem[-1] in SETTLEMENT_CHARS and jieba_words(stem[:2]) == (stem[:2],) \
        and word_tag(stem[:2]) in ("", "ns", "nr", "nz")


def _proper_despite_start(stem: str, lex: Lexicon) -> bool:
    """那木 of 那木乡: a stem that opens with a char that usually opens no name (那, 两, 同) is a name when it
    is one two-char word jieba knows only as a name or not at all (那些, 同期 are words of other kinds)."""
    # (两岔河, 两河坝: a three-char stem jieba reads as one word known only as a place or not at all, or as
    # the opening char and a place word, too)
    whole = _proper_before_noun(stem) or (len(stem) == 3 and (
        (len(jieba_words(stem)) == 1 and word_tag(stem) in ("", "ns")) or word_tag(stem[1:]) == "ns"))
    return whole and stem[0] not in "我各本该每这其此个全" \
        and (stem[0] != "多" or word_tag(stem) == "") and not any(
        w in stem for w in lex.bad_words) and not any(ch.isdigit() for ch in stem)


def _hard_left(text: str, a: int, lex: Lexicon) -> bool:
    """Does a name starting at a stand after punctuation or a clause word (深入, 在, 对 …)?"""
    return a == 0 or not NAME_CHAR.match(text[a - 1]) or _stop_before(text, a, lex)


def _title_then_name(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a title (镇长, 乡长) ending at pos go on like one: a surname, a predicate word or punctuation?"""
    nxt = text[pos:pos + 1]
    return not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in _patterns()[-1] \
        or text.startswith(lex.person_follow, pos)


def _body_places(text, lex, found, taken, doc_place) -> list[Mention]:
    """`嵘城市应急管理局`, `X县人民政府`: the level char that opens a body also ends the place's name. The
    place's mention spans only its stem (the body keeps its level char), so it ends where the body starts,
    as any place written before a body does; its name is stem + level char."""
    out = []
    seen = set()
    for b in found:
        lvl = b.surface[:1]
        if b.surface.startswith("地区") and b.level == PREFECTURE:
            lvl = "地区"  # 阿里地区应急管理局: the prefecture's two chars open its body
        elif b.label not in ("Department", "Committee", "RescueTeam") or lvl not in "市区县旗盟州" or lvl != b.level:
            continue
        if b.start in seen or b.start == 0:
            continue
        seen.add(b.start)
        s = b.start
        auto = "自治" if text[s - 2:s] == "自治" and lvl in "州县旗" else ""  # X自治州应急管理局
        s -= len(auto)
        a = _left_edge(text, s, lex, taken, 5)
        if text[a:s] + lvl != doc_place:
            a += name_start(text[a:s], True)
        last = jieba_words(text[max(0, s - 6):s])[-1] if s - a < 6 else ""
        b = s - len(last)
        unlisted = len(last) > s - a and _unlisted_place(last) and not _any(taken, b, s) \
            and not last.startswith(tuple(lex.left_stops)) \
            and (b == 0 or not NAME_CHAR.match(text[b - 1]) or _stop_before(text, b, lex))
        if not unlisted:
            # 宝日浩特旗人民政府 (a title line): a stem holding a transliteration morpheme after a hard boundary
            run = HAN_RUN_AT_EDGE.search(text, max(0, s - 7), s)
            if run and any(p in run.group(1) for p in _place_parts()) and not _any(taken, run.start(1), s):
                b, unlisted = run.start(1), True
        if unlisted:
            # 在呼和锡勒盟: a char of the function-word list (和) inside an unlisted name that opens after a
            # boundary is part of the name
            a = b
        cut = max(text.rfind("省", a, s), text.rfind("市", a, s))
        if cut > a:  # X市Y区人民政府: the city is a place of its own (found by its suffix)
            a = cut + 1
        stem = text[a:s]
        name = stem + auto + lvl
        if not (_ok_stem(stem, lex, 1 if stem == "*" else 2) or _proper_despite_start(stem, lex)) \
                or name in lex.bad_words or stem in lex.bad_words:
            continue
        if name != doc_place and not (_place_stem(stem) or unlisted) and not auto and lvl != "地区":
            continue
        out.append(Mention("Jurisdiction", name, a, s + len(auto), canonical=name,
                           props={"level": LEVEL_NAME[lvl]}))
    return out


HAN_RUN_AT_EDGE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff*]))([\u4e00-\u9fff]{3,6})$", re.M)


@lru_cache(maxsize=1)
def _place_parts() -> tuple[str, ...]:
    """Morphemes of transliterated place names (stopwords.tsv `placepart`)."""
    from loaders.lexicon import HERE
    for line in (HERE / "stopwords.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("placepart\t"):
            return tuple(line.split("\t", 1)[1].split("|"))
    return ()


def _unlisted_place(stem: str) -> bool:
    """呼和锡勒 + 盟安委办: a long stem of words no dictionary knows (a transliterated name) before a body's
    level char is a place's name."""
    return 3 <= len(stem) <= 6 and all(len(w) >= 2 and not word_tag(w) for w in jieba_words(stem))


def _place_stem(stem: str) -> bool:
    """Is a stem written before a level char a place name? jieba knows it as one, or it is two
    characters that make no dictionary word of another kind (以来区委: 以来 is a word, not a place)."""
    words = jieba_words(stem)
    if all(tags_place(w) for w in words):
        return True
    return len(stem) == 2 and (len(words) > 1 or word_tag(stem) in ("", "ns", "nr", "nz", "x"))


PLACE_KIND_CHARS = "港湾岛"  # one-char kinds of area a city bureau's branch may be named by (X港分局)


def _branch_place(stem: str) -> bool:
    """The place a branch is named by: a place stem, or a two-char place and a port/bay/island kind (溟川港)."""
    return _place_stem(stem) or (len(stem) == 3 and stem[-1] in PLACE_KIND_CHARS and _place_stem(stem[:2]))


def city_before_body(text: str) -> str | None:
    """The first city named with a city body (X市应急管理局, X市人民政府): the report's parent city."""
    lex = load()
    body_strong, body_weak = _patterns()[:2]
    # both kinds of body in text order, merged as read (the first city found ends the search)
    for m in heapq.merge(body_strong.finditer(text), body_weak.finditer(text), key=lambda m: m.start()):
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
def _township_at(place_at_end: dict, end: int) -> bool:
    """Does a township's name end at `end`?"""
    place = place_at_end.get(end)
    return place is not None and place.props.get("level") == "township"


HEADING_NUMERAL = re.compile(r"\([一二三四五六七八九十\d]+\)")
COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十两几多]+余?[座个处口家所条]")  # 水库86座, 山塘4300余口
CLAUSE_HAS = re.compile(r"有[^,;。:\n有]*$")  # 全市有A、B…: the clause says what a place has


def _counts_holdings(text: str, s: int) -> bool:
    """Does the clause before s say what a place has (全市有…, 共有…)?"""
    return CLAUSE_HAS.search(text, max(0, s - 30), s) is not None


CLAUSE_ENDS = frozenset("，,。；;")  # marks that close the clause naming a work built
ONE_BUILT = re.compile(r"[1一][座个处所](?![\d\u4e00-\u9fff])|[1一][座个处所][,;。，；]")  # 建成X1座: one work
BUILT_BEFORE = re.compile(r"(?<!各)(?:建成|新建|建设了?|设立|改建|扩建)$")
BUILT_LEAD = re.compile(r"(?:建成|新建|设立|改建|扩建)")


def _one_built(text: str, start: int, stem: str, place_at_end: dict) -> int | None:
    """Where the name of the one work built at a named place opens (`在X镇建成` + the stem), when the stem says
    only what kind of work it is (旗级, 应急, 物资); None otherwise (`X局建成市级…1座`: no site, a call the golds
    leave out)."""
    lead = BUILT_LEAD.match(stem)
    if lead:
        verb, start, stem = start, start + lead.end(), stem[lead.end():]
    else:
        verb_m = BUILT_BEFORE.search(text, max(0, start - 3), start)
        if not verb_m:
            return None
        verb = verb_m.start()
    site = place_at_end.get(verb)
    # 在X镇建成…, or the township as the clause's subject with the kind alone (，X街道新建应急避难场所1处; a level
    # word, X街道建成区级…, says whose work it is, not where: no name)
    if site is None or not (text[site.start - 1:site.start] == "在" or (not stem and (
            site.start == 0 or not NAME_CHAR.match(text[site.start - 1])))):
        return None
    generic = _generic_stems()
    if stem and not all(w in generic for w in jieba_words(stem)):
        return None
    if not stem and site.props.get("level") != "township":
        return None  # the kind alone names a township's one work (X街道新建应急避难场所1处), not a village's
    return start
NUMBER_BEFORE = re.compile(r"(?<![\d.月])\d{1,3}$")  # the Arabic number of a numbered works (8号检查站), not a date
PHASE_AFTER = re.compile(r"[一二三四五六七八九十\d]期")  # 二期工地, 三期工程: a phase of a works


def _by_suffix(text, lex, taken, found) -> list[Mention]:
    out = []
    kinds = _suffix_kinds()
    suffix_re = _patterns()[3]
    mark = bytearray(taken)
    place_at_end = {f.end: f for f in found if f.label == "Jurisdiction"}
    place_ends = set(place_at_end)
    # X县Y有限公司: a county or city written straight before a firm is the first part of its registered name
    county_at_end = {f.end: f for f in found if f.label == "Jurisdiction" and f.props.get("level") in ("county", "city")}
    firm_at_end: dict[int, Mention] = {}  # the first firm found ending at a position
    park_at_end: dict[int, Mention] = {}  # parks (开发区, 工业园区 …) by their end
    body_at_end = {f.end: f for f in found if f.label == "Department"}  # 县水利局|防汛抢险队: a bureau's team
    branch_owner: dict[int, int] = {}  # a branch's end -> where its company's name starts
    admin_at_start = {f.start: f for f in found if f.label == "Department" and f.surface in PARK_ADMINS}
    for sm in suffix_re.finditer(text):
        s, e = sm.start(), sm.end()
        for i in range(s + 1, e):  # 柞溪河堤防: a longer suffix overlapping this one (河堤 / 堤防) names the thing
            longer = suffix_re.match(text, i)
            if longer and longer.end() > e:
                sm, s, e = longer, longer.start(), longer.end()
                break
        label, kind = kinds[sm.group(0)]
        if label == "Jurisdiction" or _any(mark, s, e):
            continue
        if label in ("Facility", "Reservoir") and text[e:e + 1] in COUNT_DIGITS and COUNT_AFTER.match(text, e) \
                and _counts_holdings(text, s):
            # 全市有中小型水库86座、小型水电站23座: a kind counted right after it in a clause of what a place has is
            # a class, no one work (建成应急避难场所6处 names what was built: it stays)
            continue
        if text[e:e + 1] == "伍" and label == "RescueTeam":
            continue  # X救援队伍: a collective description, not a named team
        phase = PHASE_AFTER.match(text, e) if label in ("Facility", "Enterprise") else None
        if phase and (after := suffix_re.match(text, phase.end())) and kinds[after.group(0)][0] == "Facility":
            continue  # X厂二期工地: a phase of a named works is a site named with the works
        nxt = suffix_re.match(text, e)
        if nxt and label == "Facility" and (kinds[nxt.group(0)][0] in ("Facility", "Reservoir", "RescueTeam") or (
                kinds[nxt.group(0)][0] == "Enterprise" and nxt.group(0).endswith("公司"))):
            # (X码头有限公司, X客运站有限公司: the kind is inside the firm's registered name)
            continue  # X公园应急避难场所: the place names the longer facility written on after it
            # (a reservoir's works written after it, X水库大坝, are the reservoir's: it stays; a port's or
            # park's fire station, X港消防站, is the team named with it)
        branch = BRANCH_AFTER.match(text, e) if label == "Enterprise" else None
        if branch:
            # X公司Y分公司, X集团Y分公司: a branch is named with its company, read at the branch's end
            # (the company's left edge is read here: 有 of 有限公司 is a clause word to the walk from the branch)
            fs = _left_edge(text, s, lex, mark, 16)
            branch_owner[branch.end()] = fs + name_start(text[fs:s], False, True)
            continue
        if e in branch_owner and label == "Enterprise" and sm.group(0).endswith("公司"):
            fs = branch_owner.pop(e)
            if fs < s and not _any(mark, fs, e):
                out.append(Mention(label, text[fs:e], fs, e, canonical=text[fs:e]))
                _mark(mark, fs, e)
                continue
        after_group = FIRM_AFTER_GROUP.match(text, e) if sm.group(0) in GROUP_FIRM else None
        if after_group:
            # X集团Y有限公司: the group names the firm's parent, the firm is named after it; a branch
            # (X集团Y分公司) is named with its group
            if not after_group.group(0).endswith("分公司"):
                _mark(mark, s, e)
            continue
        if len(sm.group(0)) == 1 and label != "Enterprise" and FIRM_AFTER_GROUP.match(text, e):
            continue  # *港兴物流有限公司, 榕湾港安燃气有限公司: the char is inside a firm's name written on after it
        if len(sm.group(0)) == 1 and kind == "port" and word_tag(text[s - 1:s]) == "v":
            continue  # 渔船回港, 进港避风: a one-char kind after a one-char verb is where something goes, no name
        if (len(sm.group(0)) == 1 and e < len(text) and word_tag(text[s:e + 1])) or (
                nxt and kinds[nxt.group(0)][0] == label == "Enterprise"
                and not (len(nxt.group(0)) == 1 and word_tag(text[e:e + 2]))):
            # a one-char suffix that opens a longer word (厂房, 矿山) or a firm's suffix (X集团有限公司) ends no name
            # (X有限公司矿井透水演练: a one-char kind opening a word after the firm, 矿井, is no longer firm)
            continue
        if len(sm.group(0)) == 1 and text[s - 1:s] in _works_verbs():
            continue  # 巡堤查险, 加固堤身: a one-char verb before a one-char kind says what is done to works
        start = _left_edge(text, s, lex, mark, 16 if label in ("Enterprise", "Committee", "RescueTeam") else 6)
        if label == "Enterprise" and len(sm.group(0)) > 1 and start >= 2 and _trade_word_before(text, start, lex, mark):
            start -= 2  # ，汇成|新材料科技有限公司: a one-char stop (成) closing a rare word is the trade name's
        edge = start  # (before a verb is cut off: 县林业局|扑火抢险队)
        if label in ("Facility", "Reservoir") and s - start == 6:
            # 钢城路下穿立交桥: a longer name is read when its left edge is a real boundary (a place found
            # before it, punctuation or a clause word), not where the walk ran out
            longer = _left_edge(text, s, lex, mark, 10)
            if s - longer > 6 and (longer == 0 or mark[longer - 1] or not NAME_CHAR.match(text[longer - 1])
                                   or _stop_before(text, longer, lex)):
                start = longer
        if 0 < start < s and mark[start - 1] and text[start] in "内里旁":
            start += 1  # X园内Y公司: a locative after a name found before is not part of the next name
        if text[start:start + 1] == "线" and ROAD_NUMBER.search(text, max(0, start - 6), start + 1):
            start += 1  # 国道318线X垭口: the road's number ends at 线, the name opens after it
        if label == "Facility" and text[start - 1:start] == "号" and (num := NUMBER_BEFORE.search(text, 0, start - 1)) \
                and all(w in _generic_stems() for w in jieba_words(text[start:s])):
            # 8号防火检查站, 2号泵站: a works numbered in Arabic digits is named by its number (and its use)
            out.append(Mention(label, text[num.start():e], num.start(), e, canonical=text[num.start():e],
                               props={"kind": kind} if kind else {}))
            _mark(mark, num.start(), e)
            continue
        # a firm's left edge is a hard boundary (对, 督促, punctuation) when the walk stopped before 16 chars
        # (a firm's name after a one-char suffix (X砖厂, X煤矿) takes no verb: 聚焦煤矿 is no firm)
        firm = label == "Enterprise" and len(sm.group(0)) > 1 and s - start < 16 and (
            start == 0 or not NAME_CHAR.match(text[start - 1]) or _stop_before(text, start, lex)
            or start in place_ends)
        # (a masked name starts at its mask: `督促新设立*X有限公司`, so there verbs end the name as usual)
        # a facility's use may be a verbal noun (防汛物资储备仓库) in a stem long enough to name it
        if text[start:start + 1] == "(" and HEADING_NUMERAL.match(text, start):
            continue  # (一)煤矿安全: a heading's bracketed numeral opens no name (so no firm after it)
        stem0 = text[start:s]
        traded = kind in TRADED_KINDS  # (a station's trade name may be an adjective, as a firm's: 祥和液化气站)
        cut = name_start(stem0, label in ("Facility", "Reservoir") and not traded, firm and "*" not in stem0,
                         label == "Facility" and s - start >= 4 and not traded, label in ("Facility", "Reservoir"))
        if cut and kind == "park" and _hard_left(text, start, lex) and word_tag(jieba_words(stem0)[0]) in ("", "ns") \
                and len(jieba_words(stem0)[0]) >= 2:
            cut = 0  # 北坪精细化工园区, 锻桥装备制造产业园: a park is named by its place and its trade (精细, 制造 are no verbs here)
        if cut and kind in PLACE_NAMED_KINDS and all(w in _generic_stems() for w in jieba_words(stem0)):
            cut = 0  # 崩塌 + 隐患点: the hazard a point is named by is no verb ending the name (its village names it)
        elif cut and kind in PLACE_NAMED_KINDS:
            # 大湾崩塌隐患点: the hazard word (a verb to jieba) after the place that names the point is no verb
            # ending the name; the name opens where the words before the hazard say no verb
            words = list(jieba_words(stem0))
            k = len(stem0)
            while words and words[-1] in _generic_stems():
                k -= len(words.pop())
            if 0 < k < len(stem0) and cut >= k:
                head = name_start(stem0[:k], True, False, False, True)
                if k - head >= 2:
                    cut = head
        if cut >= 4 and label == "Facility" and kind not in PLACE_NAMED_KINDS:
            # 锦绣安置房项目工地, 嘉禾安置小区: a kind word jieba reads as a verb (安置 of 安置房) ends no name when
            # a name of two chars or more comes before it
            verb = next((w for w in _words_ending_at(stem0, cut) if w in _generic_stems()), None)
            if verb:
                head = name_start(stem0[:cut - len(verb)], True, False, True, True)
                if cut - len(verb) - head >= 2:
                    cut = head
        if kind == "canal" and stem0[-1:] in WATERWORKS_CHARS and len(stem0) - cut <= 1 and len(stem0) >= 3 \
                and len(jieba_words(stem0[:-1])) == 1 and _hard_left(text, start, lex):
            cut = 0  # 团结堰渠首, 胜利渠渠首: a weir or canal is named by a slogan word (a verb to jieba) after a boundary
        if cut == 1 and label in ("Facility", "Reservoir") and (
                _rare_char_pair(stem0) or _verb_char_then_place_word(stem0)) and (
                start in place_ends or _hard_left(text, start, lex)):
            # 对拉岜大桥: a one-char verb (拉) before a char jieba knows no word with is a place name's first char;
            # 对托溪河大桥: so too before a place word that is all the rest of the stem (托 is no verb here)
            cut = 0
        if cut and label in ("Facility", "Reservoir") and stem0[:cut] in _slogans() and (
                start in place_ends or _hard_left(text, start, lex)):
            cut = 0  # X乡前进淤地坝: a slogan word (a verb to jieba) alone after a place or a boundary is the name
        if label == "Facility" and stem0.startswith(_road_kinds(), cut) and (cut or start >= 2):
            # 建设大道隧道, 胜利路下穿通道: the word before a road's kind is the road's name, not a verb (or a
            # stop word) ending the work's name, when a place or a punctuation mark comes before it (督促落实大道: no)
            a = start + cut
            w = jieba_words(text[max(0, a - 6):a])[-1] if a else ""
            b = a - len(w)
            if len(w) >= 2 and (b in place_ends or b == 0 or not NAME_CHAR.match(text[b - 1])) and not _any(mark, b, a):
                if b < start:
                    start, stem0 = b, text[b:s]
                cut = b - start
        mask = stem0.rfind("*", 0, cut + 1) if "*" in stem0[:cut] else -1
        if mask >= 0:  # a name never starts after its own mask (约谈了*通物流有限公司: 通 is no verb here)
            while mask > 0 and stem0[mask - 1] == "*":
                mask -= 1
            cut = mask
        if firm and 2 <= cut <= 6 and word_tag(stem0[cut - 2:cut]) == "q" and stem0[cut - 2] not in COUNT_DIGITS \
                and jieba_words(stem0[cut - 2:cut]) == (stem0[cut - 2:cut],) \
                and all(word_tag(w) in ("ns", "nr", "nz", "n", "q", "") for w in jieba_words(stem0[:cut])):
            cut = 0  # 天元燃气有限公司, X县天元…: a trade word jieba reads as a measure (元 a currency) after no numeral
        if cut == 1 and label == "Enterprise" and (text[start - 1:start] == "、" or word_tag(stem0[:1]) == "q"):
            cut = 0  # 、泓泰新材料…有限公司, 、安*化工有限公司: a list item's first char is its name's (泓 is no measure here)
        # 渡口经营单位X有限公司, 园区内X有限公司: a class noun or a locative before a firm is not part of its name
        if label == "Enterprise":
            for w in _firm_class():
                k = stem0.rfind(w, cut)
                if k >= 0 and k + len(w) <= len(stem0) - 4:  # (宏达企业管理有限公司: 企业 is in the name)
                    cut = k + len(w)
            if 0 < cut <= 2 and stem0[:cut].strip("某") == "" and s - start - cut >= 2:
                cut = 0  # 某某仓储有限公司: a masked firm keeps its mask (某 opens no clause here)
        start += cut
        if label == "Enterprise" and s - start >= 6:
            w = next((w for w in _works_locatives() if text.startswith(w, start)), "")
            if w and jieba_words(text[start:s])[0] == w:
                start += len(w)  # 县城X有限公司: the part of the county a firm is in is no part of its name
        if label in ("Facility", "Reservoir"):
            for w in _works_locatives():
                if text.startswith(w, start) and s - start - len(w) >= 2:
                    start += len(w)  # 对城区沙河泵站: the part of the county a work is in is no part of its name
                    break
        park = park_at_end.get(s)
        if start == s and park and label == "Department":
            # 经济开发区管委会: a park's administration is named with the park (which stays a mention)
            name = park.surface + sm.group(0)
            out.append(Mention(label, name, park.start, e, canonical=name))
            _mark(mark, s, e)
            continue
        owner = firm_at_end.get(s)
        if start == s and owner and label in ("Facility", "Reservoir", "RescueTeam") and kind not in FIRM_PARTS:
            # a company's own facility (X有限公司尾矿库) or team (X有限公司专职消防队): named with the company
            out.append(Mention(label, owner.surface + sm.group(0), owner.start, e,
                               canonical=owner.surface + sm.group(0), props={"kind": kind} if kind and label == "Facility" else {}))
            _mark(mark, s, e)
            continue
        if re.search(r"[一二三四五六七八九十两几多\d]+(?:个|支|座|家|处|所|条)$", text[start:s]) and \
                not re.fullmatch(r"[一二三四五六七八九十两几多\d*X]+(?:个|支|座|家|处|所|条)", text[start:s]):
            continue  # 东湖、西湖、南湖三座水库: a counted kind after names is a class, not a name
        count = re.match(r"[一二三四五六七八九十两\d*X]+(?:个|支|座|家|处|所|条)", text[start:s])
        counted = bool(count)
        if count:  # 十二个专项工作组: a count is not part of the name
            start += count.end()
        elif start < s and text[start] in "个支座家处所条" and text[start - 1:start].isdigit():
            start += 1  # 3所中小学: the count's unit after its digits
            counted = True
        stem = text[start:s]
        town = place_at_end.get(s) if label == "RescueTeam" and start == s and len(sm.group(0)) >= 3 else None
        if town is not None and town.props.get("level") in ("township", "village"):
            # X镇应急分队: a team's whole name written straight after a township is that township's team
            # (the place stays a mention of its own; resolve names the team with it)
            out.append(Mention(label, sm.group(0), s, e, canonical=sm.group(0)))
            _mark(mark, s, e)
            continue
        # (a bureau's crew named by its whole kind, 区城管局排水队, follows the bureau with no stem between)
        body = body_at_end.get(edge) if label == "RescueTeam" and (edge < s or len(sm.group(0)) >= 3) else None
        if body is not None and body.surface.endswith(BODY_SUFFIX) and len(body.surface) >= 3:  # (县应急|救援队: no)
            # 县水利局防汛抢险队: a team written straight after its bureau is the bureau's, named with it
            team = text[edge:e]
            out.append(Mention(label, body.surface + team, body.start, e, canonical=body.canonical + team,
                               level=body.level, key=body.key + team, props={"parent": body.canonical}))
            _mark(mark, start, e)
            continue
        if kind in ("township_unit", "township_post_unit"):
            # X街道应急管理办公室, X镇水利站: a township's own office, named with the township written just before
            # it (the place stays a mention of its own; resolve names the body with it)
            # (加强A镇、B乡应急管理站建设: listed townships sharing the kind speak of such offices in general;
            # 副大队长X、B镇应急管理办公室主任Y: after a 、 that follows no township, the office is B's own)
            place = place_at_end.get(s)
            listed = text[place.start - 1:place.start] == "、" and _township_at(place_at_end, place.start - 1) \
                if place is not None else False
            # (X镇党委书记Y: a township's party committee is read only as the body of a post a named person holds;
            # 约谈X镇党委、政府, 约谈X镇党委书记、镇长 speak of the township's leadership, which the golds leave out)
            if place is not None and place.props.get("level") == "township" and not listed \
                    and (kind == "township_unit" or _post_then_name(text, e)):
                out.append(Mention(label, sm.group(0), s, e, canonical=sm.group(0), key="township_unit"))
                _mark(mark, s, e)
            continue
        if kind == "group":
            group = _group(text, s, sm.group(0), found)
            if group is not None:
                m = Mention(label, group[1], group[0], e, canonical=group[1], props=group[2])
                out.append(m)
                _mark(mark, group[0], e)
            continue
        place = place_at_end.get(start)
        if not stem and place is not None and label == "Facility" and (len(sm.group(0)) >= 3 or (
                kind in TOWNSHIP_OWNED_KINDS and place.props.get("level") == "township")):
            # X镇加油站 (X镇粮站: a township's own store is named by the township, even with a two-char kind): a facility named by its place and its kind (the place stays a mention of its own)
            name = place.surface + sm.group(0)
            out.append(Mention(label, sm.group(0), s, e, canonical=name, props={"kind": kind} if kind else {}))
            _mark(mark, s, e)
            continue
        if not stem and label == "Facility" and text[s - 1:s] == "的" and len(sm.group(0)) >= 3:
            # 位于X镇的再生水厂: a bare kind after 的 with its township or village just before is that place's
            # own, named with the place (as X镇再生水厂 is)
            dplace = place_at_end.get(s - 1)
            if dplace is not None and dplace.props.get("level") in ("township", "village"):
                out.append(Mention(label, sm.group(0), s, e, canonical=dplace.surface + sm.group(0),
                                   props={"kind": kind} if kind else {}))
                _mark(mark, s, e)
                continue
        bare = not stem and len(sm.group(0)) >= 3 and label == "Facility" and \
            re.search(r"(?:在|到|至|搬迁|迁入)$", text[max(0, s - 2):s]) is not None  # 在体育场, 搬迁高新区
        # 对高新区内的A、B: the place's one park (高新区, 开发区, 经开区), written bare before a locative, is where
        # the firms are (化工园区内企业 is a class of firms)
        bare = bare or (not stem and sm.group(0)[:2] in PARK_LEVEL and text[e:e + 1] == "内"
                        and _hard_left(text, s, lex))
        # 县中医院, 县第一中学, 区人民医院: the county's own facility, named by its level char and a short qualifier
        # (全县医院 / 各区学校 / 区级避难场所 are classes of things)
        # (a longer qualifier may say the facility's use with verbal nouns: 县应急物资储备库)
        own = label == "Facility" and 2 <= len(stem) <= 6 and stem[0] in "县区市旗" and stem[1] != "级" and \
            text[start - 1:start] not in ("全", "本", "该", "各", "我", "每", "市", "省") and \
            (all(word_tag(w)[:1] != "v" for w in jieba_words(stem[1:])) if len(stem) <= 4 else
             all(word_tag(w) in ("n", "vn") for w in jieba_words(stem[1:]))
             and any(word_tag(w) == "vn" for w in jieba_words(stem[1:])))
        # 在县实验小学, 、区人民医院: the level char alone before a kind of three chars or more, after a boundary
        own = own or (label == "Facility" and len(stem) == 1 and stem in "县区市旗" and len(sm.group(0)) >= 3
                       and (start == 0 or not NAME_CHAR.match(text[start - 1]) or _stop_before(text, start, lex)
                            or word_tag(text[start - 1]) in ("p", "v", "c") or start in place_ends))
        # (芦荡街道区实验小学: the county's school written after the township it stands in)
        # 县精细化工产业园, 市化工产业园: the county's park, named by its level char and its trade (adjectives too)
        own = own or (kind == "park" and 3 <= len(stem) <= 8 and stem[0] in "县区市旗" and stem[1] != "级"
                      and text[start - 1:start] not in ("全", "本", "该", "各", "我", "每", "市", "省")
                      and all(word_tag(w) in ("n", "vn", "a", "j", "nz", "") for w in jieba_words(stem[1:])))
        if label == "Facility" and (stem or len(sm.group(0)) >= 4) and (ONE_BUILT.match(text, e) or (
                text[e:e + 1] in CLAUSE_ENDS and BUILT_BEFORE.search(text, max(0, start - 3), start))):
            # (在X镇设立应急物资储备点。: one work set up at a place, uncounted, as 1处)
            built = _one_built(text, start, stem, place_at_end)
            if built is not None:
                # 在X镇建成旗级应急物资储备库1座, 新建应急物资储备点1处: the one work built is named by its kind
                # (各建成…1个 builds one in each place: a class)
                out.append(Mention(label, text[built:e], built, e, canonical=text[built:e],
                                   props={"kind": kind} if kind else {}))
                _mark(mark, built, e)
                continue
        masked = label == "Enterprise" and stem.startswith("某") and len(stem.lstrip("某")) >= 2  # 某某仓储有限公司
        if not bare and not own and not masked and not _ok_stem(stem, lex, 2, place=label in ("Facility", "Reservoir")):
            continue
        after_place = start > 0 and start in place_ends
        if stem in kinds and kinds[stem][1] == "park" and label in ("Department", "RescueTeam") and not after_place \
                and _hard_left(text, start, lex):
            # 高新区管委会, 化工园区专职消防队: the administration or fire team of the one park of the place
            out.append(Mention(label, stem + sm.group(0), start, e, canonical=stem + sm.group(0)))
            _mark(mark, start, e)
            continue
        if (stem in kinds and not own and not (kind in PLACE_NAMED_KINDS and stem in _generic_stems())) \
                or stem.endswith(_reservoir_suffixes()):
            # (加塘村滑坡隐患点: the hazard word, a kind of its own (X滑坡), before a point's kind says which hazard)
            continue  # 学校医院, 水库堤防: a kind before a kind is a class of things (or the reservoir's own works)
        generic = _generic_stems()
        if (stem in generic or (stem and all(w in generic for w in jieba_words(stem)))
                or (len(sm.group(0)) == 1 and any(len(w) >= 2 and w in stem and w not in lex.sector_of
                                                  for w in generic))) \
                and not (after_place and stem == "应急" and label in ("RescueTeam", "Committee")) \
                and not (counted and label == "RescueTeam" and stem.startswith("乡镇")):
            # (14支乡镇应急救援队: the counted teams of the townships are one collective team)
            vplace = place_at_end.get(start) if after_place and "*" not in stem else None
            if vplace is not None and label == "Facility" and not BUILT_LEAD.match(stem) and (
                    kind in PLACE_NAMED_KINDS or kind in PLACE_OWNED_STATIONS or (
                    kind in TOWNSHIP_OWNED_KINDS and vplace.props.get("level") == "township")) \
                    and vplace.props.get("level") in ("township", "village"):
                # (X镇应急物资储备库: the township's own store, named by what it stores, as the county's)
                # 加塘村滑坡隐患点, X村砂石料场: a hazard or site of a kind is named by the village it is in
                name = vplace.surface + stem + sm.group(0)
                out.append(Mention(label, stem + sm.group(0), start, e, canonical=name, props={"kind": kind}))
                _mark(mark, start, e)
            continue  # …but X镇应急救援队 is that township's team (named with its place)
        acronym = ACRONYM_AT_END.search(stem) if stem[-1:].isascii() else None
        if acronym and all(w in generic for w in jieba_words(stem[:acronym.start()])):
            # LNG储配站, 新建CNG加气站: an acronym (after generic words) says what a station handles, not which
            # one; written after its township or village, the place names it (X乡LNG储配站), as a generic stem above
            vplace = place_at_end.get(start) if after_place else None
            if vplace is not None and label == "Facility" and vplace.props.get("level") in ("township", "village"):
                out.append(Mention(label, stem + sm.group(0), start, e, canonical=vplace.surface + stem + sm.group(0),
                                   props={"kind": kind}))
                _mark(mark, start, e)
            continue
        if kind == "park" and word_freq(stem) >= COMMON_WORD and not after_place and _hard_left(text, start, lex):
            continue  # 部署化工园区: a word as common as 部署 (a noun to jieba) says what is done, no park's name
        if kind == "park" and word_tag(stem) not in ("", "ns", "n", "nr", "nt") and not after_place \
                and not (word_tag(stem) == "j" and (not stem.endswith("化") or stem == "石化")):
            continue  # 申报化工园区, 深化化工园区: one dictionary word that is no noun says what is done
            # (an abbreviation names the park's trade: 光电产业园, 石化产业园; jieba tags verbs in 化 as
            # abbreviations too: 深化, 强化, 优化)
        if kind in PLACE_NAMED_KINDS and word_tag(text[e - 1:e + 1]):
            continue  # 整治隐患点位63处: the kind's last char opens a longer word (点位), no point is named
        if kind in PLACE_NAMED_KINDS and ("*" in stem or sum(len(w) for w in jieba_words(stem) if w not in generic) < 2):
            continue  # 滑坡隐患点, *组滑坡隐患点: a hazard point is named by a place of its own (日阿沟泥石流隐患点)
        place = county_at_end.get(start) if label == "Enterprise" and sm.group(0).endswith("公司") else None
        if place is not None and len(stem) >= 2:
            start, stem = place.start, place.surface + stem
            place.props["in_firm"] = True   # dropped by extract: the place is part of the name
        name = stem + sm.group(0)
        if SLOGAN_NAME.match(name):
            continue  # “一园一港”, 一企一策: a slogan that counts kinds one by one names no one thing
        words = jieba_words(stem) if kind in TRADED_KINDS and stem else ()
        if kind in TRADED_KINDS and stem and not LOCATIVE_STEM.match(stem) and not (
                words[0] in _generic_stems() and all(word_tag(w) in ("n", "vn") for w in words)):
            # (瓶装液化石油气供应站: a generic word, then nouns of what a station handles, are no trade name: it stays
            # a facility; 东风砂石料场, 利民路加油站 are firms)
            label = "Enterprise"  # 金桥加油站: a station with a trade name of its own is the firm that runs it
        seg = LEVEE_SEGMENT.match(text, e) if kind == "levee" else None
        if seg and seg.group(0)[0] not in "等和及与的在" and not _any(mark, e, seg.end()) and all(word_tag(w)[:1] in ("", "n", "z") and w not in lex.bad_words
                                                        for w in jieba_words(seg.group(0)[:-1])):
            # 长江干堤洑溪段, X大圩Y段: a named stretch of a levee is the thing checked (the levee stays a name)
            name, e = name + seg.group(0), seg.end()
        props = {"kind": kind} if kind and label == "Facility" else {}
        if after_place and label in ("Facility", "Reservoir"):
            props["_alias"] = place_at_end[start].surface + name  # X镇中心小学 is also written with its place
        m = Mention(label, name, start, e, canonical=name, props=props)
        out.append(m)
        if label in ("Facility", "Reservoir") and text[start - 1:start] == "、" and len(sm.group(0)) >= 2 \
                and not any(word_tag(w) in PLACE_STOP_TAGS for w in jieba_words(stem)):  # (、已建水库: no name)
            out += _shared_suffix(text, start - 1, sm.group(0), label, props, lex, mark, kinds)
        if label == "Enterprise":
            firm_at_end.setdefault(e, m)
        if kind == "park" or (kind == "wharf" and name.endswith("港区")):
            # (屿北港区管委会: a port area has its administration as a park has)
            park_at_end.setdefault(e, m)
            admin = admin_at_start.get(e)
            if admin is not None:
                # 锻桥装备制造产业园管委会: the bare 管委会 read from the lexicon is the park's administration
                admin.props["in_firm"] = True  # (dropped by extract, as a place inside a firm's name)
                out.append(Mention("Department", name + admin.surface, start, admin.end, canonical=name + admin.surface))
        _mark(mark, start, e)
    return out


# 轨道交通6号线X站, 9号线二期工程X站: a station named after its numbered line (the line is no part of its name);
# stations listed on after it (X站、Y站和Z站) are the line's too
LINE_STATION = re.compile(r"号线(?:[一二三四五六七八九十\d]+期(?:工程)?)?([\u4e00-\u9fff]{2,5}?站)(?![长点台务])")
NEXT_STATION = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,5}?站)(?![\u4e00-\u9fff])|[、和及与]([\u4e00-\u9fff]{2,5}?站)(?=[、和及与])")


def _line_stations(text: str, lex: Lexicon, taken: bytearray) -> list[Mention]:
    out = []
    for lm in LINE_STATION.finditer(text):
        s, e = lm.span(1)
        while True:
            stem = text[s:e - 1]
            if _any(taken, s, e) or not _ok_stem(stem, lex, 2, place=True):
                break
            out.append(Mention("Facility", text[s:e], s, e, canonical=text[s:e], props={"kind": "station"}))
            nxt = NEXT_STATION.match(text, e)
            if not nxt:
                break
            s, e = nxt.span(1) if nxt.group(1) else nxt.span(2)
    return out


PARK_ADMINS = ("管委会", "管理委员会")  # a park's administration, written bare after the park's name
ROAD_NUMBER = re.compile(r"[\dX*GSXY]{1,4}线$")  # 国道2XX线, G318线: a numbered road before a name on it
LEVEE_SEGMENT = re.compile(r"[\u4e00-\u9fff]{2,3}?段(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2}段")  # 长江干堤X段: a stretch

COMMON_WORD = 3000  # a word as common as 情况, 企业, 单位 (jieba dictionary frequency) names no work or place
SHARED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}$")


def _shared_suffix(text, sep, suffix, label, props, lex, mark, kinds) -> list[Mention]:
    """黄龙、青石水库: names listed before a named work share its kind (黄龙水库); the items are the bare
    names between 、 back to a boundary, each a name by the same tests as one written with its kind."""
    items = []
    pos = sep
    while text[pos:pos + 1] == "、":
        im = SHARED_ITEM.search(text, max(0, pos - 4), pos)
        if im is None:
            return []
        lo = im.start()
        while lo < pos and _any(mark, lo, pos):
            lo += 1  # (泵站和金山、银山隧道: a name found before ends the window)
        a = lo + name_start(text[lo:pos], True)
        cut = a - im.start()  # > 0: a name or a clause word stands before the item
        stem = text[a:pos]
        if len(stem) < 2 or not _ok_stem(stem, lex, 2) or stem in kinds or stem in _generic_stems() \
                or any(word_tag(w) in PLACE_STOP_TAGS or word_tag(w) == "b" or word_freq(w) >= COMMON_WORD
                       for w in jieba_words(stem)) \
                or any(stem.endswith(k) for k in kinds):
            return []
        items.append((a, pos, stem))
        pos = a - 1
        if cut:
            break  # a verb or clause word before the item opens the list (检查了金山、银山隧道)
    # the first item must open the list (a boundary before it), or the list is something else
    if not items or not (cut or _hard_left(text, items[-1][0], lex)):
        return []
    out = []
    for a, b, stem in items:
        out.append(Mention(label, stem, a, b, canonical=stem + suffix, props=dict(props)))
        _mark(mark, a, b)
    return out


# kinds of station that a firm runs under its own trade name (金桥加油站 is a firm; 白石镇加油站, named by its
# place only, is the place's facility)
TRADED_KINDS = {"fuel_station", "quarry"}  # (聚鑫砂石料场: a yard with a trade name is a firm, as 采石场)
# kinds of site named by the village they are in and what they are (加塘村滑坡隐患点, X村砂石料场)
PLACE_NAMED_KINDS = {"hazard_point", "quarry"}
TOWNSHIP_OWNED_KINDS = {"depot"}  # stores a township keeps as its own (X镇粮站, X镇应急物资储备库)
# gas stations named by what they hold are named by the township or village they serve (X镇液化气供应站,
# X社区液化石油气储配站), as a hazard point is
PLACE_OWNED_STATIONS = {"fuel_station", "tank_farm"}
# kinds that are a part of the firm written before them (X有限公司储罐区), not a facility of their own
FIRM_PARTS = {"tank_farm"}
# a stem that only says where in town a thing is (城东, 东关, 南郊) names it by place, not by a trade name
LOCATIVE_STEM = re.compile(r"^(?:[东西南北中][城关郊门街]|[城关郊][东西南北中])$")
GROUP_FIRM = ("集团",)
BRANCH_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}?分公司")
FIRM_AFTER_GROUP = re.compile(r"(?!有限|股份|公司)[\u4e00-\u9fff*]{2,14}?(?:有限责任公司|有限公司|公司)")


@lru_cache(maxsize=1)
def _suffix_labels() -> dict[str, str]:
    return {suf: label for suf, label, _ in load().suffixes}


def sector_words_re() -> re.Pattern:
    """Every sector word of the lexicon (sectors.tsv, names and aliases), longest first."""
    return _patterns()[5]


@lru_cache(maxsize=1)
def _suffix_kinds() -> dict[str, tuple[str, str]]:
    """suffixes.tsv as suffix -> (label, kind)."""
    return {s: (label, kind) for s, label, kind in load().suffixes}


@lru_cache(maxsize=1)
def _reservoir_suffixes() -> tuple[str, ...]:
    return tuple(s for s, (label, _) in _suffix_kinds().items() if label == "Reservoir")


def _stopword_kind(kind: str) -> tuple[str, ...]:
    """The words of one kind of stopwords.tsv (its first column), as the lexicon read them."""
    return tuple(load().stopwords.get(kind, ()))


@lru_cache(maxsize=1)
def _firm_class() -> tuple[str, ...]:
    """Class nouns and locatives written before a firm's own name (stopwords.tsv `firmclass`), longest first."""
    return tuple(sorted(_stopword_kind("firmclass"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _works_locatives() -> tuple[str, ...]:
    """Parts of a county written before a work's own name (stopwords.tsv `worksplace`: 城区X泵站), longest first."""
    return tuple(sorted(_stopword_kind("worksplace"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    """Words that say what kind of facility or firm a thing is, not which one (stopwords.tsv `generic`)."""
    return frozenset(_stopword_kind("generic"))


@lru_cache(maxsize=1)
def _works_verbs() -> frozenset[str]:
    """One-char verbs written before a one-char kind of works, 巡堤, 修堤 (stopwords.tsv `worksverb`)."""
    return frozenset(_stopword_kind("worksverb"))


@lru_cache(maxsize=1)
def _road_kinds() -> tuple[str, ...]:
    """Kinds of road a work is named after (stopwords.tsv `roadkind`), longest first."""
    return tuple(sorted(_stopword_kind("roadkind"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _unit_acts() -> tuple[str, ...]:
    """Words that open what a unit does after its name at a clause start (stopwords.tsv `unitacts`)."""
    return _stopword_kind("unitacts")


@lru_cache(maxsize=1)
def _slogans() -> frozenset[str]:
    """Slogan words that name works and villages though jieba reads them as verbs (stopwords.tsv `slogan`)."""
    return frozenset(_stopword_kind("slogan"))


GROUP_FORMED = re.compile(r"组成的?(?:[\d*X一二三四五六七八九十两]+个)?([\u4e00-\u9fff]{2,12})$")
GROUP_NUMBERED = re.compile(r"第[一二三四五六七八九十\d]+$")


def _group(text, s, suffix, found) -> tuple[int, str, dict] | None:
    """A task force or inspection group is a body when bodies form it (`由A、B组成的X专班`,
    `A、B组成4个联合检查组`: two bodies or more in the clause before `组成`) or when a named committee
    numbers it (`市安委会第三督查组`, `州应急管理局第二督导组`, part of that committee or bureau). A bare `成立检查组` names no body."""
    window = text[max(0, s - 24):s]
    nm = GROUP_NUMBERED.search(window)
    if nm is None:
        # 市安委会冶金专项督导组: a committee's group named by its topic (a few nouns, no verb) is part of it
        parent = next((f for f in found if f.label == "Committee" and s - 8 <= f.end < s - 1), None)
        topic = text[parent.end:s] if parent is not None else ""
        if topic and all(NAME_CHAR.match(c) for c in topic) and not any(
                word_tag(w) in STOP_TAGS for w in jieba_words(topic)):
            return parent.start, text[parent.start:s] + suffix, {"parent": parent.canonical}
    if nm:
        a = s - len(nm.group(0))
        # (a bureau numbers its groups too: 州应急管理局第二督导组)
        parent = next((f for f in found if f.end == a and f.label in ("Committee", "Department")), None)
        if parent is not None:
            return parent.start, text[parent.start:s] + suffix, {"parent": parent.canonical}
        return None
    fm = GROUP_FORMED.search(window)
    if not fm or GROUP_FORMED.search(fm.group(1)):
        return None
    stem = fm.group(1)
    if stem.startswith(load().bad_start) or not _ok_stem(stem, load(), 2, place=False):
        return None
    if stem[-1] in "和及与":
        return None  # 组成联合检查和督导组: two kinds of group joined (检查组 and 督导组), no one group's name
    formed_at = s - len(fm.group(0))
    clause = max(text.rfind(c, 0, formed_at) for c in ",;。:\n") + 1
    members = [f for f in found if f.label in ("Department", "Committee", "RescueTeam") and clause <= f.start
               and f.end <= formed_at]
    if len({f.start for f in members}) < 2:
        return None
    return s - len(stem), stem + suffix, {}


STATION_KINDS = "加油加气站|加油站|加气站"  # kinds of station a fuel chain runs under its brand


@lru_cache(maxsize=1)
def _branded_station_re() -> re.Pattern:
    brands = alternation(_stopword_kind("fuelbrand"))
    return re.compile(rf"(?:{brands})(?:(?![和及与等])[\u4e00-\u9fff*]){{1,14}}?(?:{STATION_KINDS})")


def _branded_stations(text: str, taken: bytearray) -> list[Mention]:
    """中石化X加油站, 中石油X旗Y加油站: a chain's brand before a station's place names the firm running it, whole
    (the place inside is part of the name, and the brand no body's prefix)."""
    out = []
    for m in _branded_station_re().finditer(text):
        if not _any(taken, m.start(), m.end()):
            out.append(Mention("Enterprise", m.group(0), m.start(), m.end(), canonical=m.group(0),
                               props={"kind": "fuel_station"}))
    return out


# `区防指下设城市排涝组、地下空间组和交通保障组`: the groups a committee sets up, listed after 下设
GROUP_ITEM_CHARS = r"(?:(?![和及])[\u4e00-\u9fff]){2,8}?组"
SET_UP_GROUPS = re.compile(rf"下设((?:{GROUP_ITEM_CHARS}[、和及])*{GROUP_ITEM_CHARS})(?![\u4e00-\u9fff])")
GROUP_ITEM = re.compile(rf"({GROUP_ITEM_CHARS})(?:[、和及]|$)")


def _set_up_groups(text, taken, found) -> list[Mention]:
    """Groups listed after `下设` whose committee is named right before it in the clause: each is a
    Committee part of it (a bare `下设X组` with no committee before it names no body)."""
    out = []
    for sm in SET_UP_GROUPS.finditer(text):
        at = sm.start()
        parent = next((f for f in reversed(found) if f.label == "Committee" and at - 2 <= f.end <= at), None)
        if parent is None:
            continue
        for gm in GROUP_ITEM.finditer(sm.group(1)):
            a, b = sm.start(1) + gm.start(1), sm.start(1) + gm.end(1)
            name = gm.group(1)
            if name[:-1].endswith(("小", "领导")):
                continue  # (a 领导小组 is a committee of its own, found by its suffix)
            if _any(taken, a, b):  # 后勤保障组: found by its suffix already, it is still the committee's part
                same = next((f for f in found if f.start == a and f.end == b and f.label == "Committee"), None)
                if same is not None:
                    same.props.setdefault("parent", parent.canonical)
                continue
            out.append(Mention("Committee", name, a, b, canonical=name, props={"parent": parent.canonical}))
    return out


# -- people --------------------------------------------------------------------------------
# `，李明任指挥长` / `，拉巴*任副主任`: a name (or a masked one) opening its clause before a post verb
CLAUSE_NAME_POST = re.compile(r"(?:^|(?<=[,;。:\n、，；]))([\u4e00-\u9fff]{2,3}?|[\u4e00-\u9fff]{1,3}\*{1,2})(?:同志)?(?:担任|兼任|任)")


def _persons(text, lex, taken, found, doc_level) -> list[Mention]:
    *_, title_re, _, surnames = _patterns()
    plain_titles = tuple(t for t, _ in lex.titles if "{L}" not in t)
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
        # 区长欧阳志远任…: a two-char surname makes a four-char name
        for n in ((4, 3, 2) if text[e:e + 2] in _compound_surnames() else (3, 2)):
            cand = text[e:e + n]
            if len(cand) == n and all("\u4e00" <= c <= "\u9fff" for c in cand) and cand[0] in surnames \
                    and _follows_name(text, e + n, lex) and not any(taken[e:e + n]) \
                    and not any(text.startswith(plain_titles, e + k) for k in range(1, n)):
                # 由副区长任主任: a title starts inside the candidate, so it is a post, not a name
                if n == 3 and cand[2] in TITLE_FOLLOW and not _follows_name(text, e + 3, lex, strict=True):
                    continue
                # 县长杨帆强调 / 县长王强调研: the third char opens a predicate word, so the name has two chars;
                # 副县长李华等出席: 等 closes a list, it never ends a name
                if n == 3 and (cand[2] in NAME_NEVER_ENDS or text.startswith(_long_person_follow(), e + 2)):
                    continue
                # 区长任第一主任: a post verb, not a surname, when a title follows within a few chars
                if cand[0] in POST_VERB and any(text.startswith(t, k) for k in range(e + 1, e + 5)
                                                for t in (*plain_titles, *COMMITTEE_POSTS)):
                    continue
                # 王明任主任 / 王明为组长 / 王明兼任…: a post verb then a title, so the name has two characters
                if n == 3 and (text.startswith("兼任", e + 2) or (
                        cand[2] in POST_VERB and text.startswith(plain_titles, e + 3))):
                    continue
                if "某" in cand and not re.fullmatch(r".某{1,2}", cand):
                    continue  # 郭某担任: a masked name is X某 or X某某
                name = cand
                break
        mm = MASKED_NAME.match(text, e)
        # 副县长王*, 局长张XX: a masked name keeps its surname (盘某某, 副乡长次*: any first char before 某 or *)
        if name is None and mm and (text[e] in surnames or "某" in mm.group(0) or "*" in mm.group(0)) \
                and not any(taken[e:mm.end()]):
            name = _masked_name(text, mm)
        if name is None:
            name = _unlisted_name(text, e, lex, taken)  # 副旗长巴特尔带队, 副县长阿不都·买买提
        if name is None:
            before = _name_before(text, chain[0][0], lex, taken, surnames)  # 李明副县长带队: the name before the title
            if before is not None:
                out.append(Mention("Person", before, chain[0][0] - len(before), chain[0][0], canonical=before,
                                   props={"_titles": [text[a:b] for a, b in chain], "_title_start": chain[0][0]}))
                continue
        if name:
            titles = [text[a:b] for a, b in chain]
            out.append(Mention("Person", name, e, e + len(name), canonical=name,
                               props={"_titles": titles, "_title_start": chain[0][0]}))
            # 副局长曾刚、潘明参加 / 副县长李华和王强: names listed after a titled one share its title
            pos = e + len(name)
            while text[pos:pos + 1] in ("、", "和", "及") and text[pos:pos + 1]:
                nxt = _listed_name(text, pos + 1, lex, taken, surnames)
                if nxt is None:
                    break
                out.append(Mention("Person", nxt, pos + 1, pos + 1 + len(nxt), canonical=nxt,
                                   props={"_titles": titles, "_title_start": pos + 1}))
                pos += 1 + len(nxt)
    # `王小明同志任…`: a name with no title before it, said by the address after it
    found_at = {m.start for m in out}
    # `，李明任指挥长，王立军任副指挥长`: a name with no title opening its clause, then a post verb and a post
    posts = tuple(plain_titles) + COMMITTEE_POSTS
    for sm in CLAUSE_NAME_POST.finditer(text):
        a, cand = sm.start(1), sm.group(1)
        clause = re.match(r"[^,;。\n]{0,14}", text[sm.end():]).group(0)
        masked = "*" in cand  # 拉巴*任副主任: a masked name needs no listed surname
        if a in found_at or (cand[0] not in surnames and not masked) or any(taken[a:sm.end(1)]) \
                or not any(t in clause for t in posts):
            continue
        if (not masked and word_tag(cand) not in NAME_WORD_TAGS) or any(c in "的了在为与及等对到是各全本该由" for c in cand):
            continue  # 会议任…, 由其任…: a word or a clause word, not a name
        out.append(Mention("Person", cand, a, sm.end(1), canonical=cand, props={"_titles": [], "_title_start": a}))
        found_at.add(a)
    for sm in re.finditer(r"同志(?!们)", text):
        s = sm.start()
        for n in (4, 3, 2):
            a = s - n
            cand = text[a:s]
            if a < 0 or a in found_at or any(taken[a:s]) or not all("\u4e00" <= c <= "\u9fff" for c in cand):
                continue
            before = text[a - 1:a] if a else ""
            if any(len(w) >= 2 and word_tag(w) not in NAME_WORD_TAGS for w in jieba_words(cand)):
                continue  # 全体同志, 各位同志: a common word, not a name
            if cand[0] not in surnames and cand[:2] not in _compound_surnames():
                # 索朗次仁同志任…: a name of no listed surname only opens its clause and holds no common word
                if (before and NAME_CHAR.match(before)) or any(
                        len(w) >= 2 and word_tag(w) not in NAME_WORD_TAGS for w in jieba_words(cand)) \
                        or any(c in "的了在为与及等对到是各全本该由和" for c in cand):
                    continue
            elif n == 4 and cand[:2] not in _compound_surnames():
                continue
            if before and "\u4e00" <= before <= "\u9fff" and not _stop_before(text, a, lex):
                continue
            out.append(Mention("Person", cand, a, s, canonical=cand, props={"_titles": [], "_title_start": a}))
            found_at.add(a)
            break
    if out:
        out += _bare_repeats(text, lex, taken, out)
    return out


REPEAT_LEFT = frozenset("由和与及同对向请经在")  # clause words a known name may follow (由王明带队, 和李华)


def _title_ends(text: str, at: int) -> bool:
    """Does a title (副县长, 局长 …) end right before position at?"""
    title_re = _patterns()[4]
    return any(title_re.fullmatch(text, at - k, at) for k in range(2, 7) if at >= k)


def _bare_repeats(text, lex, taken, persons) -> list[Mention]:
    """`汛前，王明带领A、B检查了…`: a name read elsewhere in the text (with its title) written without it.
    Only whole words: it opens a clause, follows a clause word or a title, and the text goes on with a
    function char or a predicate word (after a two-char name, a lone function char: not `王强` in `王强调度`),
    and `巴特` is not read in `苏和巴特尔`."""
    spans = bytearray(len(text) + 1)
    names = set()
    for p in persons:
        _mark(spans, p.start, p.end)
        if len(p.canonical) >= 2 and p.canonical == text[p.start:p.end]:
            names.add(p.canonical)
    out = []
    for name in sorted(names, key=len, reverse=True):  # (a longer name first: 王建国 before 王建)
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            prev = text[at - 1:at]
            if not (any(taken[at:end]) or any(spans[at:end])) and (
                    _follows_name(text, end, lex, strict=len(name) == 2) or title_at(text, end)) and (
                    not prev or not NAME_CHAR.match(prev) or prev in REPEAT_LEFT
                    or _stop_before(text, at, lex) or _title_ends(text, at)):
                out.append(Mention("Person", name, at, end, canonical=name, props={"_titles": [], "_title_start": at}))
                _mark(spans, at, end)
            at = text.find(name, end)
    return out


# a transliterated name (Mongolian, Tibetan, Uyghur …) has no Han surname; its parts join with a dot
POST_AFTER_BODY = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:委员会|指挥部|小组|委|会)(?:常务)?副?(?:主任|总指挥|指挥长|组长)")
TRANSLIT_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})?")
NAME_WORD_TAGS = {"nr", "nrt", "nrfg", "ns", "nz", ""}
ETHNIC_NOTE = re.compile(r"[(（][\u4e00-\u9fff]{1,5}族[)）]")  # 那日苏(蒙古族): the person's nationality


def _unlisted_name(text: str, e: int, lex: Lexicon, taken) -> str | None:
    """A name right after a title that starts with no listed surname: a dotted transliteration
    (`阿不都热合曼·买买提`), or two to four characters closed by punctuation or a predicate word
    (`副旗长巴特尔带队`, `副县长格桑、…`) that hold no common word (`队长带领队员，` is no name)."""
    tm = TRANSLIT_NAME.match(text, e)
    if tm and not any(taken[e:tm.end()]):
        dot = max(tm.group(0).rfind(c) for c in "·•・")
        for end in range(e + dot + 2, tm.end() + 1):  # the last part ends where the predicate starts
            if end == tm.end() or text.startswith(lex.person_follow, end) or text[end] in TITLE_FOLLOW:
                return text[e:end]
    if text.startswith(lex.person_follow, e) or text.startswith(tuple(lex.left_stops), e) or text[e:e + 1] in TITLE_FOLLOW:
        return None
    for n in (2, 3, 4, 5, 6):  # 县长阿旺次成尼玛任主任: Tibetan names run to six chars
        cand = text[e:e + n]
        if len(cand) < n or not all("\u4e00" <= c <= "\u9fff" for c in cand) or any(taken[e:e + n]):
            return None
        nxt = text[e + n:e + n + 1]
        if nxt in NAME_NEVER_ENDS:
            nxt = ","  # 股长索朗旺姆等5名个人: 等 closes a list of names
        # X任主任 / X为组长: a post verb and a post close the name too
        # 旗长X任旗安委会主任: the post may be written after the body it belongs to
        post_next = nxt in POST_VERB and (_post_at(text, e + n + 1, lex) or bool(POST_AFTER_BODY.match(text, e + n + 1)))
        if post_next:
            nxt = ","
        elif nxt and "\u4e00" <= nxt <= "\u9fff" and not text.startswith(lex.person_follow, e + n):
            continue
        elif n > 4 and not cand.endswith(_name_openers()):
            # five or six chars only before a post verb and its post, or when a known name part ends them
            # (副局长敖登格日勒带队: a Mongolian name of two parts)
            continue
        if nxt in ("、", ",", "，", "(", "（") or not nxt or text.startswith(lex.person_follow, e + n) or nxt in "。;；:：":
            # 局长次仁某某带队: a masked name keeps its unmasked part, which is read as the name
            words = jieba_words(cand.rstrip("某") if len(cand.rstrip("某")) >= 2 else cand)
            # 大队长格桑旺堆、: a name opening known to Tibetan/Mongolian names holds no common word, whatever jieba says
            # 副局长那日苏(蒙古族): a name the text gives an ethnic note is a name, whatever jieba says
            if not cand.startswith(_name_openers()) and not ETHNIC_NOTE.match(text, e + n) \
                    and any(len(w) >= 2 and word_tag(w) not in NAME_WORD_TAGS for w in words):
                return None
            if any(c in "的了在为任与及等对到是各全本该" for c in cand):  # (和 ends Mongolian names: 孟和)
                return None
            return cand
    return None


def _post_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Does a title or a committee post (副主任, 总指挥) start at pos?"""
    return title_at(text, pos) or text.startswith(RANKED_POSTS, pos)


NAME_NEVER_ENDS = set("等们")  # chars that close a list of names (李华等), never the last char of a name


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    """Two-char surnames (欧阳, 司马 …) from surnames.txt's `compound:` line."""
    return frozenset(_surname_list("compound:"))


@lru_cache(maxsize=1)
def _name_openers() -> tuple[str, ...]:
    """Common openings of Tibetan and Mongolian names (格桑, 其木格 …) from surnames.txt's `nameopen:` line."""
    return tuple(_surname_list("nameopen:"))


def _surname_list(head: str) -> list[str]:
    from loaders.lexicon import HERE
    for line in (HERE / "surnames.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(head):
            return line[len(head):].split("|")
    return []


def _listed_name(text: str, e: int, lex: Lexicon, taken, surnames) -> str | None:
    """A name listed right after a titled person's (`副局长曾刚、潘明`, `副县长A、古丽米拉·吐尔逊`): a name by
    the same tests as one after a title, that is no common word and does not open a title of its own."""
    if any(taken[e:e + 2]) or title_at(text, e):
        return None
    for n in (4, 3, 2):
        cand = text[e:e + n]
        if len(cand) < n or not all("\u4e00" <= c <= "\u9fff" for c in cand) or any(taken[e:e + n]):
            continue
        listed = cand[0] in surnames if n < 4 else cand[:2] in _compound_surnames()
        if not listed or not _follows_name(text, e + n, lex) or title_at(text, e + n - 1) \
                or (n == 3 and (cand[2] in NAME_NEVER_ENDS or cand[2] in TITLE_FOLLOW)):
            continue
        if any(len(w) >= 2 and word_tag(w) not in NAME_WORD_TAGS for w in jieba_words(cand)) \
                or any(c in "的了在为与及等对到是各全本该由" for c in cand[1:]):
            return None
        return cand
    mm = MASKED_NAME.match(text, e)
    if mm and not any(taken[e:mm.end()]):
        return _masked_name(text, mm)
    return _unlisted_name(text, e, lex, taken)


@lru_cache(maxsize=1)
def _long_person_follow() -> tuple[str, ...]:
    """The person-follow words of two chars or more (stopwords.tsv `personfollow`): one startswith over them all."""
    return tuple(w for w in load().person_follow if len(w) >= 2)


def _masked_name(text: str, mm: re.Match) -> str:
    """A masked name may keep its last given char (`书记吴*强等12人`): one char after a single mask is the
    name's when the name closes right after it (punctuation, a char closing a list: 等, 和, 及, or a
    predicate word of two chars or more: `监测员杨*芬发现…`); `副县长李*强调` keeps 李* (强调 is a word)."""
    end = mm.end()
    if mm.group(0).endswith("*") and not mm.group(0).endswith("**") and end + 1 <= len(text) \
            and "\u4e00" <= text[end:end + 1] <= "\u9fff" and text[end] not in POST_VERB:
        nxt = text[end + 1:end + 2]
        if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt in "等和及" \
                or text.startswith(_long_person_follow(), end + 1):
            return text[mm.start():end + 1]
        # `副乡长周*安诫勉谈话`, `副大队长许*明因…`: the char after the mask is the name's last one when it is
        # no clause char and opens no dictionary word (`郑*进行…`, `李*强调…` keep the bare masked name)
        if text[end] not in MASK_CLAUSE_CHARS and word_freq(text[end:end + 2]) < MASK_WORD_FREQ:
            return text[mm.start():end + 1]
    return mm.group(0)


def _post_then_name(text: str, pos: int) -> bool:
    """A title starts at pos and a name is written right after it (书记王明, not 书记、镇长)."""
    m = _patterns()[4].match(text, pos)
    return m is not None and NAME_CHAR.match(text[m.end():m.end() + 1] or "，") is not None


def title_at(text: str, pos: int) -> bool:
    """Does a title (副县长, 局长 …) start at pos?"""
    return _patterns()[4].match(text, pos) is not None


def _name_before(text: str, t: int, lex: Lexicon, taken, surnames) -> str | None:
    """`李明副县长带队`, `会议由王建国局长主持`: a name written right before its title, opening the clause
    (after punctuation or a clause word) and starting with a listed surname."""
    for n in (4, 3, 2):
        a = t - n
        cand = text[a:t]
        if a < 0 or any(taken[a:t]) or not all("\u4e00" <= c <= "\u9fff" or (k and c == "*")
                                                for k, c in enumerate(cand)):
            continue  # (吴*勇常务副县长: a masked name keeps its surname)
        # 县委王建国书记, 县委永平书记: a name between its body and its title (a given name alone is said so too)
        after_body = a > 0 and bool(taken[a - 1]) and n <= 3
        if cand[0] not in surnames and not (after_body and n == 2):
            continue
        if n == 4 and cand[:2] not in _compound_surnames():
            continue  # 欧阳明辉副县长: four chars only with a two-char surname
        if n == 3 and cand[2] in POST_VERB:
            continue  # 李明任指挥长: a post verb before the title, the name is the two chars before it
        if cand.endswith("副") or (cand[0] in POST_VERB and text[a - 1:a] == "*"):
            continue  # 局长杨*任副指挥长: a post verb and the rank of the post, no name
        prev = text[a - 1:a]
        if prev and "\u4e00" <= prev <= "\u9fff" and not _stop_before(text, a, lex) and not after_body:
            continue
        if after_body and any(c in "的了在为与及等对到是各全本该由和主副" for c in cand):
            continue
        if any(len(w) >= 2 and word_tag(w) not in NAME_WORD_TAGS for w in jieba_words(cand)):
            continue  # 加强安全 …: common words, not a name
        return cand
    return None


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
# a verb inside a drill subject's words: DRILL_RE reads that drill
DRILL_NAME_VERB = re.compile(r"开展|举办|组织|举行|进行|参加|参与|的")
# … and what else makes a list item a clause, not a drill's name (在, 由, 和, 强化 …)
DRILL_ITEM_VERB = re.compile(DRILL_NAME_VERB.pattern + r"|在|由|和|与|及|强化|加强")
GENERIC_DRILL = ("应急", "安全", "培训", "实战", "应急预案", "综合性应急", "应急培训", "抢险培训")


def _drills(text, taken, places=None) -> list[Mention]:
    """Drills by the verbs that open them or the names that stand as subjects (`places`: the places found,
    by start: a drill's name may hold its place after its year)."""
    out = []
    places = places or {}
    subjects = [m for m in DRILL_SUBJECT_RE.finditer(text)
                if not DRILL_NAME_VERB.search(m.group(1))]   # (those are DRILL_RE's)
    named = "演练" in text or "拉练" in text
    cells = DRILL_CELL_RE.finditer(text) if named else ()
    items = [m for m in DRILL_ITEM_RE.finditer(text) if not DRILL_ITEM_VERB.search(m.group(1))] if named else []
    seen = {m.span(1) for m in subjects}
    items = [m for m in items if m.span(1) not in seen]
    for m in [*DRILL_RE.finditer(text), *subjects, *cells, *items]:
        name = m.group(1)
        # 组织X队在Y举行Z演练: the name starts after the last verb that opens a drill
        verb = None
        for verb in DRILL_INNER_VERB.finditer(name[:-2]):
            pass
        if verb is not None:
            name = name[verb.end():]
        changed = True
        while changed:  # the leftmost verb of `组织开展…演练` is not part of the name
            changed = False
            # (在Y水库举行的X演练: the 的 that closes the verb's clause opens no name)
            for lead in ("开展", "举办", "组织", "举行", "进行", "系列", "一次", "一场", "多次", "了", "好", "的"):
                if name.startswith(lead):
                    name, changed = name[len(lead):], True
        stem = YEAR_PREFIX.sub("", name[:-2])
        if stem.startswith(("全区", "全县", "全市", "系列")):
            stem2 = stem[2:]
        else:
            stem2 = stem
        a = m.end(1) - len(name)
        place = places.get(a + len(name) - len(stem) - 2)  # 2024年鲸湾区海上搜救演练: the year, the place, the drill
        site = places.get(place.end) if place is not None and place.label == "Jurisdiction" else place
        if site is not None and site.label != "Jurisdiction" and site.end - a < len(name) - 5 \
                and not any(taken[site.end:m.end(1)]):
            # X镇Y有限公司矿井透水事故应急演练, Y圩内涝转移演练: the firm or work whose drill it is (and its place)
            # stays a mention of its own; the drill is named by what is drilled
            name, a = text[site.end:m.end(1)], site.end
            stem = stem2 = name[:-2]
        elif place is not None and place.end - place.start < len(stem) - 3 and not any(taken[place.end:m.end(1)]):
            stem2 = stem[place.end - place.start:]  # (the place stays a mention of its own inside the name)
        elif any(taken[a:m.end(1)]):
            continue
        if stem2 in GENERIC_DRILL or len(stem2) < 3:
            continue
        props = {"kind": stem2.replace("应急", "") or stem2}
        out.append(Mention("Drill", name, a, m.end(1), canonical=name, props=props))
    return out


# -- sectors -------------------------------------------------------------------------------
# (一是X领域。, 二是Y领域: an enumerating 是 opens a head as a numeral does)
HEADING_SECTOR = re.compile(r"(?:^|\n)(?:[一二三四五六七八九十]+[、.是]|\(\w{1,3}\)|\d+[、.])?"
                            r"([\u4e00-\u9fff、和及与()]{2,20}?)(?:领域|行业领域)(?=[::。.])")


# (二)非煤矿山和尾矿库。, 三是危化品运输和道路运输。: a numbered head listing fields; one part a known sector makes
# the other parts sectors too (a head names fields of one kind), unless one ends in a work word (防汛和应急准备)
HEADING_LIST = re.compile(r"(?:^|\n)(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]+[、.是]|\d{1,2}[.、]|★)"
                          r"([\u4e00-\u9fff]{2,10}(?:[和及与、][\u4e00-\u9fff]{2,10})+)(?=[。.:]|\n|$)")
HEAD_PART = re.compile(r"[和及与、]")
COUNTED = re.compile(r"[\d*X一二三四五六七八九十两几多]+[家个座处所]$")
NOT_SECTOR_AFTER = re.compile(r"通道|设施|器材|车辆|车|栓|水源|装备|物资|站|台|队|救援|部门|员|局|服务")


def _sectors(text, lex, taken) -> list[Mention]:
    out = []
    sector_re = sector_words_re()
    general = _stopword_kind("generalfield")
    for hm in HEADING_SECTOR.finditer(text):
        pos = hm.start(1)
        for part in re.split(r"(和|、|及|与)", hm.group(1)):
            if part and part not in ("和", "、", "及", "与") and len(part) >= 2:
                whole, part = part, _specific_field(part, general)
                if not part:
                    pos += len(whole)
                    continue  # 其他领域, 其他行业领域: fields in general, no one field
                canon = lex.sector_of.get(part, part)
                if not any(taken[pos:pos + len(part)]):
                    out.append(Mention("Sector", part, pos, pos + len(part), canonical=canon))
                    for k in range(pos, pos + len(part)):
                        taken[k] = True
                part = whole
            pos += len(part)
    for hm in HEADING_LIST.finditer(text):
        out += _listed_head_sectors(hm, lex, taken)
    for m in sector_re.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        if NOT_SECTOR_AFTER.match(text, m.end()):
            continue  # 消防通道, 地震台: the word is part of a thing's name, not a sector
        if COUNTED.search(text, max(0, m.start() - 6), m.start()):
            continue  # 对*家加油站: counted units are things checked, not a sector
        if text[m.end():m.end() + 1] in COUNT_DIGITS and COUNT_AFTER.match(text, m.end()):
            continue  # 小型水电站23座: sites counted after their kind, not a sector
        out.append(Mention("Sector", m.group(0), m.start(), m.end(), canonical=lex.sector_of[m.group(0)]))
    return out


def _specific_field(part: str, general: tuple[str, ...]) -> str:
    """The one field a head's part names: `消防等其他` keeps 消防; `其他`, `其他行业` (a general word first) name none."""
    head, _, rest = part.partition("等")
    if rest and rest.startswith(general):
        part = head
    return "" if len(part) < 2 or part.startswith(general) else part


def _listed_head_sectors(hm: re.Match, lex, taken) -> list[Mention]:
    """The unlisted parts of a numbered head that lists a known sector, as sectors (safety tail dropped: 船舶安全)."""
    parts, pos = [], hm.start(1)
    for part in HEAD_PART.split(hm.group(1)):
        parts.append((part, pos))
        pos += len(part) + 1
    known = [p for p, _ in parts if p in lex.sector_of or p.removesuffix("安全") in lex.sector_of]
    if not known:
        return []
    work_tails = _stopword_kind("notfield")
    kinds = _suffix_labels()
    out = []
    for i, (part, at) in enumerate(parts):
        if part in known or part.endswith(work_tails) or any(taken[at:at + len(part)]):
            continue
        field = part.removesuffix("安全") if len(part) > 3 else part
        if field != part and kinds.get(field) in ("Facility", "Reservoir"):
            continue  # 防汛和水库安全: the safety of a kind of works, filed under the head's field
        if sector_words_re().search(part):
            continue  # 水库山塘防汛: a part holding a known field word is read by that word
        if i + 1 < len(parts) and len(part) == 2 and part + parts[-1][0][-2:] in lex.sector_of:
            field = lex.sector_of[part + parts[-1][0][-2:]]  # 水上和道路交通: the head word is shared (水上交通)
        out.append(Mention("Sector", part, at, at + len(part), canonical=field))
        _mark(taken, at, at + len(part))
    return out
