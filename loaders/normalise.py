"""Normalisation with an offset map back to the original text.

The text the rules read is the original with: full-width forms folded (NFKC, so `（` is `(` and
`，` is `,`), white space next to Chinese characters removed (`2020 年`), line breaks that split a
sentence removed (page breaks, blank lines in mid-sentence), markdown remnants (`**`, leading `#`),
`[bookmark: …]` anchors and template-site boilerplate lines removed. `Normalised.orig[i]` is the
index in the original text of normalised character i, so any span found in the normalised text
maps back to a span of the original (`span()`), which is what evidence offsets point into.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from dataclasses import dataclass

from loaders.lexicon import load

SENTENCE_END = set("。!?;！？；:：")
HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+)")
# `**` is markdown bold, except a mask inside a name: `对**化工有限公司`, `约谈**公司`, `、**物流公司`
# (written between a character or list mark and the name's next character)
NOISE = re.compile(r"\[bookmark:[^\]]*\]|(?<![\u4e00-\u9fff、,，])\*\*|\*\*(?![\u4e00-\u9fff])|__")
HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_JOIN_LINE = 30  # a line shorter than this that ends without punctuation is a heading, not a broken sentence


class OffsetMap:
    """normalised index -> original index, as runs: normalised chars [at[k], at[k+1]) come from the original
    chars starting at orig[k], one for one. A few integers per run instead of one Python int per character,
    so the map of a 50 MB report stays small. A char that folds to several (㈠ -> (一)) gives one run per
    output char, all at the same original index."""

    def __init__(self) -> None:
        self.at = array("q")
        self.orig = array("q")
        self.length = 0           # normalised chars mapped so far
        self.end = 0              # the original length: where the one-past-the-end index maps

    def add(self, orig: int, n: int = 1) -> None:
        """The next n normalised chars come from original chars orig, orig+1, …"""
        if n <= 0:
            return
        if not self.at or self.orig[-1] + (self.length - self.at[-1]) != orig:
            self.at.append(self.length)
            self.orig.append(orig)
        self.length += n

    def add_same(self, orig: int, n: int) -> None:
        """The next n normalised chars all come from the one original char orig."""
        for _ in range(n):
            self.at.append(self.length)
            self.orig.append(orig)
            self.length += 1

    def copy_range(self, other: "OffsetMap", a: int, b: int) -> None:
        """Append other's map of normalised chars [a, b)."""
        k = max(0, bisect.bisect_right(other.at, a) - 1)
        while a < b:
            run_end = other.at[k + 1] if k + 1 < len(other.at) else other.length
            upto = min(b, run_end)
            if upto > a:
                o = other.orig[k] + (a - other.at[k])
                if run_end - other.at[k] == 1 and k + 1 < len(other.at) and other.orig[k + 1] == other.orig[k]:
                    self.add_same(o, upto - a)
                else:
                    self.add(o, upto - a)
                a = upto
            k += 1

    def __getitem__(self, i: int) -> int:
        if i >= self.length:
            return self.end
        k = bisect.bisect_right(self.at, i) - 1
        return self.orig[k] + (i - self.at[k])


@dataclass
class Normalised:
    text: str
    orig: OffsetMap  # normalised index -> original index; index len(text) maps to the original's end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if end <= start:
            o = self.orig[start]
            return o, o
        return self.orig[start], self.orig[end - 1] + 1


class _FoldTable(dict):
    """str.translate table: a char's NFKC form (full-width forms folded), computed on first sight.
    `uneven`: the chars seen so far that fold to more or fewer than one char."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = unicodedata.normalize("NFKC", ch) if code > 0x7F else ch
        if ch == "\u3000":
            out = " "
        self[code] = out
        if len(out) != 1:
            self.uneven.add(ch)
        return out


_FOLD = _FoldTable()


def _line_spans(text: str):
    """(start, end) of each line of text, without building the list of lines."""
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            yield pos, len(text)
            return
        yield pos, nl
        pos = nl + 1


def _keep_lines(text: str) -> tuple[array, array]:
    """Starts and ends of the lines that are report text (boilerplate lines dropped)."""
    # each pattern on its own: most are literals the engine finds fast, which one alternation of them
    # all is not (measured: twice as slow)
    boilerplate = load().boilerplate
    starts, ends = array("q"), array("q")
    for a, b in _line_spans(text):
        line = text[a:b]
        if not any(p.search(line) for p in boilerplate):
            starts.append(a)
            ends.append(b)
    return starts, ends


def _emit(chars: list[str], omap: OffsetMap, piece: str, orig: int) -> None:
    """Fold piece (original chars from orig on) and append it with its offsets."""
    folded = piece.translate(_FOLD)  # (looks every char up: `uneven` then knows them all)
    if _FOLD.uneven.isdisjoint(piece):
        chars.append(folded)
        omap.add(orig, len(folded))
        return
    for j, ch in enumerate(piece):  # a char folds to several or to none: map each on its own
        out = _FOLD[ord(ch)]
        chars.append(out)
        omap.add_same(orig + j, len(out))


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    omap = OffsetMap()
    starts, ends = _keep_lines(text)
    lines = _Lines(text, starts, ends)
    for i in range(len(starts)):
        offset = starts[i]
        line = text[offset:ends[i]]
        body = line.rstrip("\r")
        # markdown heading marks and list bullets at the start of a line
        m = re.match(r"\s*(?:#+\s*|[-*]\s+)?", body)
        lead = m.end() if m else 0
        pos = lead
        for nm in NOISE.finditer(body):
            if nm.start() > pos:
                _emit(chars, omap, body[pos:nm.start()], offset + pos)
            pos = max(pos, nm.end())
        _emit(chars, omap, body[pos:], offset + pos)
        if i + 1 < len(starts):
            if not _joins(body, lines, i):
                chars.append("\n")
                omap.add(offset + len(line))
    text_n = "".join(chars)
    del chars
    omap.end = len(text)
    # white space next to a Chinese character or digit is layout, not content
    drop = []
    for m in re.finditer(r"[ \t\u00a0]+", text_n):
        a, b = m.start(), m.end()
        left = text_n[a - 1] if a else ""
        right = text_n[b] if b < len(text_n) else ""
        if HAN.match(left) or HAN.match(right) or not left or not right or left in ",.;:()" or right in ",.;:()":
            drop.append((a, b))
    if drop:
        kept, kept_map, pos = [], OffsetMap(), 0
        for a, b in drop + [(len(text_n), len(text_n))]:
            kept.append(text_n[pos:a])
            kept_map.copy_range(omap, pos, a)
            pos = b
        text_n, omap = "".join(kept), kept_map
        omap.end = len(text)
    return Normalised(text_n, omap)


class _Lines:
    """The kept lines by index, read from the text on demand (no list of every line)."""

    def __init__(self, text: str, starts: array, ends: array) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]


def _joins(line: str, lines: _Lines, i: int) -> bool:
    """Does line i continue on the next non-blank line (a sentence broken by a page/line break)?"""
    stripped = NOISE.sub("", line).strip()
    if not stripped:
        # a blank line joins only when it sits inside a broken sentence
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        prev = NOISE.sub("", lines[k]).strip() if k >= 0 else ""
        return bool(prev) and _open(prev) and _continues(lines, i)
    return _open(stripped) and _continues(lines, i) and not _table_row(stripped)


# a row of a flattened table (`1 煤矿 县能源局 县应急管理局、县自然资源局`): cells of words apart by white space,
# no clause mark; it ends on its line whatever its length
CELL_GAP = re.compile(r"[\u4e00-\u9fff\d)）][ \t\u3000]+(?=[\u4e00-\u9fff])")


def _table_row(stripped: str) -> bool:
    return "，" not in stripped and "。" not in stripped and "," not in stripped and \
        len(CELL_GAP.findall(stripped)) >= 2


# a line that ends like a report's title (…工作总结, …情况的报告) or is a portal's navigation bar
# (`X人民政府网 | 首页 > 信息公开 > …`) is complete however long it is
TITLE_END = re.compile(r"(?:总结|报告|汇报)$")
NAV_BAR = re.compile(r"[|｜].*[|｜]|[>＞»].*[>＞»]")


def _open(stripped: str) -> bool:
    last = unicodedata.normalize("NFKC", stripped[-1])
    if stripped.count("《") > stripped.count("》"):
        return True  # a title broken inside its 《》 (a page break in 《X应急\n预案》) goes on, however short
    if re.search(r"[。!?;！？；][\u4e00-\u9fff]+$", stripped) and last not in SENTENCE_END:
        return True  # `(三)X防治。区自然资`: a short line whose last sentence has begun and not ended
    return len(stripped) >= MIN_JOIN_LINE and last not in SENTENCE_END and last not in ")）" \
        and not TITLE_END.search(stripped) and not NAV_BAR.search(stripped)


def _continues(lines: _Lines, i: int) -> bool:
    k = i + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    nxt = lines[k] if k < len(lines) else ""
    return bool(nxt) and not HEADING_START.match(nxt) and not nxt.lstrip().startswith("#")
