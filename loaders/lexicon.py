"""The loader's domain knowledge, read once per process from the plain files in `lexicons/`.

Everything is built lazily on first use and cached, so each worker process of a parallel
ingest builds its own copy (nothing is shared or mutated after construction).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent / "lexicons"


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.rstrip("\n").split("\t"))
    return out


def _split(col: str) -> list[str]:
    return [w for w in col.split("|") if w]


def alternation(words) -> str:
    """A regex matching the longest of `words` first (then the shorter ones, on backtracking).

    The words are written as a trie (`应急(?:管理局|局)`, not `应急管理局|应急局`): at each char the
    engine tries the one branch that char opens instead of every word of the list, which is what a
    list of hundreds of bodies or suffixes costs at each position of a text. Only one branch can
    match at a node, and a longer word is tried before the word that ends there, so the matches
    are those of the list sorted longest first."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = None   # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:%s)" % "|".join(branches)
    # a word ending at this node: the longer words through it are tried first (a greedy `?`)
    return "(?:%s)?" % body if "" in node else body


@dataclass(frozen=True)
class Body:
    label: str
    canonical: str          # without level prefix, e.g. 应急管理局
    forms: tuple[str, ...]  # every written form without level prefix (canonical first)
    parent: str | None      # canonical of the parent body (PART_OF), same level


@dataclass
class Lexicon:
    sector_of: dict[str, str] = field(default_factory=dict)        # alias -> canonical sector
    bodies: dict[str, Body] = field(default_factory=dict)          # written form -> Body
    suffixes: list[tuple[str, str, str]] = field(default_factory=list)  # (suffix, label, level/kind)
    titles: list[tuple[str, str]] = field(default_factory=list)    # (title, body template)
    cues: dict[str, list[str]] = field(default_factory=dict)
    plan_kinds: list[tuple[str, str]] = field(default_factory=list)
    boilerplate: list[re.Pattern] = field(default_factory=list)
    left_stops: list[str] = field(default_factory=list)
    bad_start: tuple[str, ...] = ()
    bad_words: frozenset[str] = frozenset()
    not_bureau: tuple[str, ...] = ()
    person_follow: tuple[str, ...] = ()
    stopwords: dict[str, list[str]] = field(default_factory=dict)   # kind -> its words (stopwords.tsv)
    object_fields: dict[str, str] = field(default_factory=dict)   # object word -> field it implies (object_fields.tsv)
    # family -> its pattern, compiled on first use (the rules ask for their cues once per sentence)
    _cue_patterns: dict[str, re.Pattern] = field(default_factory=dict, repr=False, compare=False)
    _cue_templates: dict[tuple[str, str], re.Pattern] = field(default_factory=dict, repr=False, compare=False)

    def cue_re(self, family: str) -> re.Pattern:
        """The cue words of `family` as one pattern, longest first."""
        rx = self._cue_patterns.get(family)
        if rx is None:
            words = sorted(self.cues.get(family, []), key=lambda w: (-len(w), w))
            rx = self._cue_patterns[family] = re.compile("|".join(words) if words else r"(?!x)x")
        return rx

    def cue_in(self, template: str, family: str) -> re.Pattern:
        """`template` with the family's cue pattern put in for `%s` (`(?:%s)$`: a cue ending the text),
        compiled once."""
        rx = self._cue_templates.get((template, family))
        if rx is None:
            rx = self._cue_templates[(template, family)] = re.compile(template % self.cue_re(family).pattern)
        return rx

    def plan_kind(self, title: str) -> str | None:
        title = re.sub(r"[(（][^()（）]*[)）]$", "", title.strip())  # …办法(试行)
        for suffix, kind in self.plan_kinds:
            if title.endswith(suffix):
                return kind
        return None


@lru_cache(maxsize=1)
def load() -> Lexicon:
    lex = Lexicon()
    for row in _rows("sectors.tsv"):
        canon = row[0]
        lex.sector_of[canon] = canon
        for alias in _split(row[1] if len(row) > 1 else ""):
            lex.sector_of.setdefault(alias, canon)
    for row in _rows("bodies.tsv"):
        label, canon = row[0], row[1]
        forms = (canon, *_split(row[2] if len(row) > 2 else ""))
        parent = row[3] if len(row) > 3 and row[3] else None
        body = Body(label, canon, forms, parent)
        for form in forms:
            lex.bodies.setdefault(form, body)
    lex.suffixes = sorted(((r[0], r[1], r[2] if len(r) > 2 else "") for r in _rows("suffixes.tsv")),
                          key=lambda s: -len(s[0]))
    lex.titles = sorted(((r[0], r[1] if len(r) > 1 else "") for r in _rows("titles.tsv")),
                        key=lambda t: -len(t[0]))
    lex.cues = {r[0]: _split(r[1]) for r in _rows("cues.tsv")}
    lex.object_fields = {r[0]: r[1] for r in _rows("object_fields.tsv")}
    lex.plan_kinds = sorted(((r[0], r[1]) for r in _rows("plan_kinds.tsv")), key=lambda p: -len(p[0]))
    lex.boilerplate = [re.compile(line.strip()) for line in
                       (HERE / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#")]
    stops = lex.stopwords = {r[0]: _split(r[1]) for r in _rows("stopwords.tsv")}
    lex.left_stops = sorted(stops.get("left", []), key=lambda w: -len(w))
    lex.bad_start = tuple(stops.get("badstart", []))
    lex.bad_words = frozenset(stops.get("badword", []))
    lex.not_bureau = tuple(stops.get("notbureau", []))
    lex.person_follow = tuple(sorted(stops.get("personfollow", []), key=lambda w: -len(w)))
    return lex
