"""Faster forms of a pattern must find what the plain pattern finds (issue 7's speed work).

Each test compares the fast form with the plain one on random texts over a small alphabet that
holds the characters the pattern cares about, so the corner cases come up thousands of times.
"""
from __future__ import annotations

import random
import re

from loaders.document import _city_before
from loaders.entities import ENUM_RE, _enumerations
from loaders.lexicon import alternation
from loaders.relations import _clause_end


def _texts(alphabet: str, n: int, longest: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def test_a_trie_alternation_matches_the_list_longest_first():
    words = ["ab", "abc", "abcde", "b", "bc", "应急局", "应急管理局", "x.y"]
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))
    trie = re.compile(alternation(words))
    # also inside a larger pattern that backtracks into the words (a look-ahead after them)
    plain_la = re.compile("(?:%s)(?=d)" % plain.pattern)
    trie_la = re.compile("(?:%s)(?=d)" % trie.pattern)
    for t in _texts("abcdex.y应急管理局", 20000, 14, 1):
        assert [m.span() for m in trie.finditer(t)] == [m.span() for m in plain.finditer(t)], t
        assert [m.span() for m in trie_la.finditer(t)] == [m.span() for m in plain_la.finditer(t)], t


def test_an_empty_word_list_gives_the_plain_empty_alternation():
    assert alternation([]) == ""


def test_clause_end_is_the_slice_search():
    for t in _texts("ab,;。\n", 3000, 8, 2):
        for at in range(-3, len(t) + 3):
            assert _clause_end(t, at) == re.search(r"[,;。]|$", t[at:]).start() + at, (t, at)


def test_the_city_before_a_place_is_the_regex_search():
    for t in _texts("甲乙丙市区县,。 ", 50000, 14, 3):
        for place in ("乙区", "市区", "区"):
            m = re.search("(?P<city>[\u4e00-\u9fff]{2,4}市)%s" % re.escape(place), t)
            assert _city_before(t, place) == (m.group("city") if m else None), (t, place)


def test_enumerations_read_in_runs_are_the_whole_text_scan():
    for t in _texts("部门单位等甲乙、,。 ", 30000, 30, 4):
        assert [(m.span(), m.group(1)) for m in _enumerations(t)] == \
            [(m.span(), m.group(1)) for m in ENUM_RE.finditer(t)], t


def test_the_tag_table_is_jieba_posseg_s():
    import jieba.posseg as pseg

    from loaders.words import _tags

    pseg.dt.tokenizer.check_initialized()
    assert _tags() == pseg.dt.word_tag_tab and len(_tags()) > 300_000
