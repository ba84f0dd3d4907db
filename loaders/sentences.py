"""Sentences and paragraphs of the normalised text, with the heading each paragraph sits under.

A sentence ends at 。！？； or at a line end (after normalisation a line end is a paragraph end).
A paragraph opened by a heading such as `道路交通领域：` or `防汛抗旱工作：` gives that heading as
context to its sentences and to the lines that follow it, up to the next heading or numbered item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

END = re.compile(r"[。!?;]+|\n")
# `X领域:` / `X领域。` / `X工作:` / `X行业:` at the start of a line (the heading's name is group 1)
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\(\w{1,3}\)|\d+[、.])?\s*"
                     r"([\u4e00-\u9fff()、和及与]{2,20}?)(?:领域|行业|工作|方面)(?:[::。.]|$)"
                     # a numbered item titled by a sector (its safety, prevention): `(二)道路交通安全。` `(三)地质灾害防治。` (kept only when the
                     # relation step knows the name as a sector)
                     r"|^(?:[一二三四五六七八九十]+[、.]|\(\w{1,3}\)|\d+[、.])\s*"
                     r"([\u4e00-\u9fff、和及与]{2,12}?)(?:安全监管|安全生产|安全|防治|防御|防范)(?:[::。.]|$)")
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\(\w{1,3}\)|\d+[、.]|第[一二三四五六七八九十]+)")


@dataclass
class Sentence:
    start: int          # normalised offsets
    end: int
    text: str
    para: int           # paragraph (line) index
    heading: str | None  # heading text of the section it belongs to (e.g. 道路交通)
    heading_para: int | None


@dataclass
class Section:
    """Where a split has got to: the next paragraph's index and the heading in force. Passing it from one
    block of lines to the next splits a long text block by block exactly as in one go."""
    para: int = 0
    heading: str | None = None
    heading_para: int | None = None


def split(text: str, offset: int = 0, at: Section | None = None) -> list[Sentence]:
    """Sentences of text (whole lines); offsets are shifted by `offset`, and `at` carries on from the
    block before."""
    at = at if at is not None else Section()
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        m = HEADING.match(line)
        if m:
            at.heading, at.heading_para = m.group(1) or m.group(2), at.para
        elif NUMBERED.match(line) or re.match(r"[一二三四五六七八九十]+是", line):
            at.heading, at.heading_para = None, None
        start = pos
        for em in END.finditer(line + "\n"):
            a, b = start, pos + em.end()
            seg = text[a:min(b, pos + len(line))]
            lead = len(seg) - len(seg.lstrip())
            seg_s = seg.strip()
            if seg_s:
                out.append(Sentence(offset + a + lead, offset + a + lead + len(seg_s), seg_s, at.para,
                                    at.heading, at.heading_para))
            start = b
        pos += len(line) + 1
        at.para += 1
    return out
