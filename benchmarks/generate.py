"""Synthetic emergency-management work summaries for fictional districts, for load tests.

    python -m benchmarks.generate 1000 /tmp/corpus --seed 7

Each report is composed from the sentence templates in `data/templates.json` and
fictional names built from the syllable tables in `data/names.json`, then lightly
damaged the way real files are (masked numbers, page breaks inside words, mixed
full/half-width punctuation, markdown remnants). Document i depends only on
(seed, i), so the first 1,000 documents of a 10,000 run are the 1,000 run.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("data")
NAMES = json.loads((DATA / "names.json").read_text(encoding="utf-8"))
TEMPLATES = json.loads((DATA / "templates.json").read_text(encoding="utf-8"))

CN_NUMERALS = "一二三四五六七八九十"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
MIN_CHARS, MAX_CHARS = 1100, 4800  # UTF-8 Chinese is ~3 bytes a character: about 3-15 KB a report
FRESH_EACH_TIME = {"n", "m", "day"}  # figures and dates differ even within one sentence
HALF_WIDTH = {"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"}


def _place(rng: random.Random) -> str:
    return rng.choice(NAMES["place_first"]) + rng.choice(NAMES["place_second"])


def _person(rng: random.Random) -> str:
    given = rng.choice(NAMES["given"]) + (rng.choice(NAMES["given"]) if rng.random() < 0.7 else "")
    return rng.choice(NAMES["surnames"]) + given


@dataclass
class District:
    """The fixed facts of one fictional district: everything a report repeats."""

    name: str        # 青溪区
    suffix: str      # 区 / 县 / 市 : what "全区", "区委" are built from
    city: str        # 云峰市
    towns: list[str]
    people: list[str]
    enterprises: list[str]
    reservoirs: list[str]

    @classmethod
    def make(cls, rng: random.Random) -> District:
        suffix = rng.choice(NAMES["county_suffix"])
        name = _place(rng) + suffix
        city = _place(rng) + NAMES["city_suffix"]
        towns = sorted({_place(rng) + rng.choice(NAMES["township_suffix"]) for _ in range(rng.randint(4, 9))})
        people = sorted({_person(rng) for _ in range(rng.randint(5, 10))})
        enterprises = sorted({
            rng.choice(NAMES["brand"]) + rng.choice(NAMES["brand"]) + rng.choice(NAMES["industry"]) + "有限公司"
            for _ in range(rng.randint(4, 10))})
        reservoirs = sorted({
            rng.choice(towns) + rng.choice(NAMES["place_first"]) + rng.choice(NAMES["reservoir_core"]) + "水库"
            for _ in range(rng.randint(2, 5))})
        return cls(name, suffix, city, towns, people, enterprises, reservoirs)


class Report:
    """Fills templates for one report of one district."""

    def __init__(self, district: District, year: int, rng: random.Random) -> None:
        self.d, self.year, self.rng = district, year, rng
        self.mask = rng.choice(["", "", "*", "X"])  # some published reports mask every figure

    def value(self, key: str) -> str:
        rng, d, t = self.rng, self.d, TEMPLATES
        s = d.suffix
        simple = {
            "D": lambda: d.name, "d": lambda: s, "C": lambda: d.city,
            "dshort": lambda: d.name[0],
            "Y": lambda: str(self.year), "Y1": lambda: str(self.year + 1),
            "m": lambda: self._number(str(rng.randint(1, 12))),
            "day": lambda: self._number(str(rng.randint(1, 28))),
            "n": lambda: self._number(str(rng.choice([rng.randint(2, 30), rng.randint(30, 3000)]))),
            "dept_ema": lambda: s + "应急管理局" if rng.random() < 0.6 else d.name + "应急管理局",
            "sector": lambda: rng.choice(t["sectors"]), "sector2": lambda: rng.choice(t["sectors"]),
            "ent": lambda: self._enterprise(), "ent2": lambda: self._enterprise(),
            "res": lambda: rng.choice(d.reservoirs),
            "town": lambda: rng.choice(d.towns), "town2": lambda: rng.choice(d.towns),
            "village": lambda: _place(rng) + rng.choice(NAMES["village_suffix"]),
            "venue": lambda: rng.choice(NAMES["venue"]),
            "leader": lambda: rng.choice(d.people), "leader2": lambda: rng.choice(d.people),
            "leader3": lambda: rng.choice(d.people), "officer": lambda: _person(rng),
            "leader_title": lambda: rng.choice(t["leader_titles"]).replace("{d}", s),
            "drill": lambda: rng.choice(t["drill_kinds"]),
            "plan": lambda: rng.choice(t["plan_topics"]), "plan2": lambda: rng.choice(t["plan_topics"]),
            "issue": lambda: rng.choice(t["issue_verbs"]),
        }
        if key in simple:
            return simple[key]()
        if key.startswith("dept"):
            if rng.random() < 0.15:
                return d.name + rng.choice(t["department_long"])
            return s + rng.choice(t["departments"])
        raise KeyError(f"template placeholder {{{key}}} has no filler")

    def _number(self, digits: str) -> str:
        return self.mask * len(digits) if self.mask and self.rng.random() < 0.8 else digits

    def _enterprise(self) -> str:
        name = self.rng.choice(self.d.enterprises)
        return ("*" + name[1:]) if self.mask and self.rng.random() < 0.2 else name

    def fill(self, template: str, **fixed: str) -> str:
        """One sentence: a name repeated in it ({sector} twice) is the same; {dept}, {dept2} differ."""
        chosen: dict[str, str] = dict(fixed)

        def one(m: re.Match) -> str:
            key = m.group(1)
            if key in FRESH_EACH_TIME:
                return self.value(key)
            if key not in chosen:
                value = self.value(key)
                for _ in range(3):
                    if value not in chosen.values():
                        break
                    value = self.value(key)
                chosen[key] = value
            return chosen[key]

        return PLACEHOLDER.sub(one, template)

    def pick(self, kind: str, **fixed: str) -> str:
        return self.fill(self.rng.choice(TEMPLATES[kind]), **fixed)

    def paragraph(self, kinds: list[str], sentences: tuple[int, int]) -> str:
        return "".join(self.pick(self.rng.choice(kinds)) for _ in range(self.rng.randint(*sentences)))

    def compose(self) -> str:
        rng = self.rng
        lines = [self.pick("titles"), self.pick("subtitles"), self.pick("openings")]
        target = rng.randint(MIN_CHARS, MAX_CHARS)
        body_kinds = ["committee", "sector_para", "inspection", "drill", "plan", "capacity"]
        section, sub = 0, 0
        lines.append(self.fill(TEMPLATES["section_heads"][3], cn=CN_NUMERALS[section]))
        lines.append(self.pick("overview"))
        section += 1
        lines.append(self.fill(TEMPLATES["section_heads"][0], cn=CN_NUMERALS[section]))
        while sum(map(len, lines)) < target:
            if rng.random() < 0.25 and sub < 9:
                lines.append(self.fill(rng.choice(TEMPLATES["sub_heads"]), cnn=CN_NUMERALS[sub]))
                sub += 1
            if rng.random() < 0.3:  # a sector paragraph is one sector's block, headed `XX领域：`
                lines.append(self.pick("sector_para"))
            else:
                lines.append(self.paragraph(body_kinds, (1, 4)))
        for kind, head in (("problems", 1), ("plans_next", 2)):
            section += 1
            lines.append(self.fill(TEMPLATES["section_heads"][head], cn=CN_NUMERALS[section]))
            lines.append("".join(self.fill(t) for t in TEMPLATES[kind][: rng.randint(2, len(TEMPLATES[kind]))]))
        return self.damage("\n".join(lines) + "\n")

    def damage(self, text: str) -> str:
        """The noise of real files: markdown remnants, half-width punctuation, page breaks."""
        rng = self.rng
        if rng.random() < 0.25:
            lines = text.split("\n")
            lines[0] = "# " + lines[0]
            text = "\n".join(("## " + x) if re.match(r"^[一二三四五六七八九十]、", x) else
                             ("**" + x + "**") if x.startswith("（") and len(x) < 30 else x for x in lines)
        if rng.random() < 0.3:
            share = rng.uniform(0.1, 0.6)
            text = "".join(HALF_WIDTH[c] if c in HALF_WIDTH and rng.random() < share else c for c in text)
        for _ in range(rng.randint(0, 3)):  # a page footer lands wherever the page ended, even inside a word
            at = rng.randrange(len(text) // 4, len(text))
            text = text[:at] + rng.choice(["\n- {} -\n", "\n\f", "\n第{}页\n", "\n{}\n"]).format(rng.randint(2, 9)) + text[at:]
        return text


def make_report(seed: int, index: int) -> tuple[str, str]:
    """(file name, text) of document `index`; districts repeat so several reports share one."""
    district_no = index // 3  # about three reports (years / half-years) per district
    district = District.make(random.Random(f"district-{seed}-{district_no}"))
    rng = random.Random(f"report-{seed}-{index}")
    year = 2019 + index % 3 + rng.randint(0, 1)
    text = Report(district, year, rng).compose()
    return f"{index:06d}_{district.name}_{year}.txt", text


def generate(n: int, out: str | Path, *, seed: int = 0, start: int = 0) -> list[Path]:
    """Write documents start..start+n-1 into `out`; returns their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        name, text = make_report(seed, i)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of reports")
    ap.add_argument("out", help="folder to write them to")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, seed=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} reports, {size / 1e6:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
