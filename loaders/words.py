"""Word boundaries for names found by their suffix, from jieba's dictionary.

Only the few characters left of a suffix (a 水库, 有限公司, 镇 …) are segmented, never the whole
text, so the cost stays far below one jieba pass per document. A word tagged in jieba's dictionary
as a verb, preposition, conjunction, time word, idiom … ends the name on its left
(`影响水库`, `除X矿有限公司`, `贯彻落实*省`). Place names take no verbs at all; organisation names
may contain verbal nouns (运输, 应急, 防疫).
"""
from __future__ import annotations

from functools import lru_cache

import jieba

jieba.setLogLevel(60)

# jieba POS tags that never sit inside a name
STOP_TAGS = {"v", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "r", "t", "q", "i", "y", "e", "o", "z", "ad", "vg"}
PLACE_STOP_TAGS = STOP_TAGS | {"vn"}


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    import jieba.posseg as pseg  # the tag table of jieba's dictionary (loaded with jieba's dictionary)

    pseg.dt.tokenizer.check_initialized()
    return pseg.dt.word_tag_tab


# a firm's name often says its trade with a verb (船舶修造, 机械制造, 房地产开发): verbs stay inside
FIRM_STOP_TAGS = STOP_TAGS - {"v", "vd", "vg"}


@lru_cache(maxsize=20000)
def name_start(stem: str, place: bool, firm: bool = False) -> int:
    """Offset in `stem` where the name begins: after the last word that cannot be part of a name."""
    if not stem:
        return 0
    tags = _tags()
    stops = PLACE_STOP_TAGS if place else FIRM_STOP_TAGS if firm else STOP_TAGS
    words = jieba_words(stem)
    pos = len(stem)
    for w in reversed(words):
        tag = tags.get(w, "")
        # adjectives end a place name (重大尾矿库) but firms like them (宏远矿业有限公司)
        if tag in stops or (place and tag == "a" and len(w) >= 2):
            break
        pos -= len(w)
    return pos


def tags_place(word: str) -> bool:
    """jieba's dictionary knows `word` as a place name (tag ns)."""
    return _tags().get(word) == "ns"


@lru_cache(maxsize=20000)
def jieba_words(text: str) -> tuple[str, ...]:
    return tuple(jieba.lcut(text))
