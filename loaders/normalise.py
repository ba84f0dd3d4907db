"""Normalisation with an offset map back to the original text.

The text the rules read is the original with: full-width forms folded (NFKC, so `（` is `(` and
`，` is `,`), white space next to Chinese characters removed (`2020 年`), line breaks that split a
sentence removed (page breaks, blank lines in mid-sentence), markdown remnants (`**`, leading `#`),
`[bookmark: …]` anchors and template-site boilerplate lines removed. `Normalised.orig[i]` is the
index in the original text of normalised character i, so any span found in the normalised text
maps back to a span of the original (`span()`), which is what evidence offsets point into.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from loaders.lexicon import load

SENTENCE_END = set("。!?;！？；:：")
HEADING_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+)")
NOISE = re.compile(r"\[bookmark:[^\]]*\]|\*\*|__")
HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_JOIN_LINE = 30  # a line shorter than this that ends without punctuation is a heading, not a broken sentence


@dataclass
class Normalised:
    text: str
    orig: list[int]  # normalised index -> original index; one extra entry for the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if end <= start:
            o = self.orig[start]
            return o, o
        return self.orig[start], self.orig[end - 1] + 1


_FOLD: dict[str, str] = {}


def _fold(ch: str) -> str:
    out = _FOLD.get(ch)
    if out is None:
        out = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
        if ch == "　":
            out = " "
        _FOLD[ch] = out
    return out


def _keep_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the lines that are report text (boilerplate lines dropped)."""
    lex = load()
    out, pos = [], 0
    for line in text.split("\n"):
        if not any(p.search(line) for p in lex.boilerplate):
            out.append((pos, line))
        pos += len(line) + 1
    return out


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    orig: list[int] = []
    lines = _keep_lines(text)
    for i, (offset, line) in enumerate(lines):
        body = line.rstrip("\r")
        # markdown heading marks and list bullets at the start of a line
        m = re.match(r"\s*(?:#+\s*|[-*]\s+)?", body)
        lead = m.end() if m else 0
        skip = set()
        for nm in NOISE.finditer(body):
            skip.update(range(nm.start(), nm.end()))
        for j in range(lead, len(body)):
            if j in skip:
                continue
            out = _fold(body[j])
            for c in out:
                chars.append(c)
                orig.append(offset + j)
        if i + 1 < len(lines):
            if not _joins(body, lines, i):
                chars.append("\n")
                orig.append(offset + len(line))
    text_n = "".join(chars)
    # white space next to a Chinese character or digit is layout, not content
    keep = [True] * len(text_n)
    for m in re.finditer(r"[ \t\u00a0]+", text_n):
        a, b = m.start(), m.end()
        left = text_n[a - 1] if a else ""
        right = text_n[b] if b < len(text_n) else ""
        if HAN.match(left) or HAN.match(right) or not left or not right or left in ",.;:()" or right in ",.;:()":
            for k in range(a, b):
                keep[k] = False
    if not all(keep):
        text_n = "".join(c for c, k in zip(text_n, keep) if k)
        orig = [o for o, k in zip(orig, keep) if k]
    orig.append(len(text))
    return Normalised(text_n, orig)


def _joins(line: str, lines: list[tuple[int, str]], i: int) -> bool:
    """Does line i continue on the next non-blank line (a sentence broken by a page/line break)?"""
    stripped = NOISE.sub("", line).strip()
    if not stripped:
        # a blank line joins only when it sits inside a broken sentence
        prev = next((NOISE.sub("", l).strip() for _, l in reversed(lines[:i]) if l.strip()), "")
        return bool(prev) and _open(prev) and _continues(lines, i)
    return _open(stripped) and _continues(lines, i)


def _open(stripped: str) -> bool:
    last = unicodedata.normalize("NFKC", stripped[-1])
    return len(stripped) >= MIN_JOIN_LINE and last not in SENTENCE_END and last not in ")）"


def _continues(lines: list[tuple[int, str]], i: int) -> bool:
    nxt = next((l for _, l in lines[i + 1:] if l.strip()), "")
    return bool(nxt) and not HEADING_START.match(nxt) and not nxt.lstrip().startswith("#")
