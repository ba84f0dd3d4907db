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
    """word -> tag of jieba's dictionary. Its lines are `word freq tag`: one split of the whole file
    reads them faster than jieba.posseg does line by line (0.8 s a process), and skips importing its
    tagger; a file with any other line shape is left to jieba.posseg."""
    with jieba.dt.get_dict_file() as f:
        data = f.read().decode("utf-8")
    fields = data.split()
    if len(fields) == 3 * (data.count("\n") + (not data.endswith("\n"))):
        return dict(zip(fields[0::3], fields[2::3]))
    import jieba.posseg as pseg

    pseg.dt.tokenizer.check_initialized()
    return pseg.dt.word_tag_tab


FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "uv"}
# a firm's name often says its trade with a verb (船舶修造, 机械制造, 房地产开发): verbs stay inside
# and its trade name may be a state word (鼎盛, 兴旺: tag z)
FIRM_STOP_TAGS = STOP_TAGS - {"v", "vd", "vg", "z"}


@lru_cache(maxsize=20000)
def name_start(stem: str, place: bool, firm: bool = False, facility: bool = False, works: bool = False) -> int:
    """Offset in `stem` where the name begins: after the last word that cannot be part of a name.
    (facility: a place-like name that may say its use with a verbal noun, 防汛物资储备仓库; works: the
    name of a reservoir or facility, not of a jurisdiction.)"""
    if not stem:
        return 0
    tags = _tags()
    stops = STOP_TAGS if facility else PLACE_STOP_TAGS if place else FIRM_STOP_TAGS if firm else STOP_TAGS
    words = jieba_words(stem)
    pos = len(stem)
    for k, w in enumerate(reversed(words)):
        tag = tags.get(w, "")
        if k == 0 and len(w) == 1 and len(words) > 1 and (tag in FUNCTION_TAGS or (facility and w == "段")):
            # 宝力|根 + 苏木: a lone function char right before the suffix is the name's last char;
            # 长江X段 + 江堤: the segment of a river or road a work lies on
            pos -= 1
            continue
        if place and len(w) == 1 and tag == "v" and k + 1 < len(words) and len(words) > 1 \
                and _name_part(words[-k - 2], works) and (k == 0 or tags.get(words[-k], "") in ("n", "ns")):
            # 冷水|冲 + 水库, 者|冲 + 瀑布景区: a one-char verb inside a run of nouns is a place-name char
            # (冲, a valley), not a verb ending the name
            pos -= 1
            continue
        # adjectives end a place name (重大尾矿库) but firms like them (宏远矿业有限公司)
        if tag in stops or (place and tag == "a" and len(w) >= 2):
            break
        pos -= len(w)
    if firm and len(words) > 2 and len(words[0]) == 1 and tags.get(words[0], "") in ("a", "d") \
            and tags.get(words[1], "") in ("v", "vd", "vg"):
        # 新设立X公司, 已关闭Y矿业: `newly set up` opens the clause; the trade verbs a firm keeps follow a noun
        pos = max(pos, len(words[0]) + len(words[1]))
    return pos


@lru_cache(maxsize=4096)
def _name_part(word: str, works: bool) -> bool:
    """A word that may open a place name before a one-char verb: a lone char jieba knows no word with
    (者 of 者冲) or, in the name of a work, a noun less common than 企业, 群众 (冷水 of 冷水冲水库; a
    village is no work: 乡干部包村 is a clause)."""
    tag = _tags().get(word, "")
    if len(word) == 1:
        return tag in ("k", "ng", "")
    return works and tag in ("n", "ns", "nr", "nz", "") and word_freq(word) < 3000


def word_tag(word: str) -> str:
    """jieba's dictionary tag of `word` ("" when it is not a dictionary word)."""
    return _tags().get(word, "")


@lru_cache(maxsize=1)
def _freqs() -> dict[str, int]:
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def word_freq(word: str) -> int:
    """How common `word` is in jieba's dictionary (0 when it is not a dictionary word)."""
    return _freqs().get(word, 0) or 0


def tags_place(word: str) -> bool:
    """jieba's dictionary knows `word` as a place name (tag ns)."""
    return _tags().get(word) == "ns"


@lru_cache(maxsize=20000)
def jieba_words(text: str) -> tuple[str, ...]:
    return tuple(jieba.lcut(text))
