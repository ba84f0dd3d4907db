"""What a report says about itself: title, jurisdiction (by form), parent city, period, date, year,
the level character its local bodies carry (区/县/市) and the body whose report it is."""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.normalise import HAN

TITLE_WORDS = re.compile(r"总结|汇报|报告|计划|打算|情况|要点")
TITLE_PLACE = re.compile(r"(?:^|^关于|^\d{4}年度?|^\d{4}年(?:上|下)半年)(?:(?P<prov>[\u4e00-\u9fff]{2,3}省))?(?:(?P<city>[\u4e00-\u9fff*]{2,4}?市)(?=[\u4e00-\u9fff*]{1,5}?[区县]))?"
                         r"(?P<place>[\u4e00-\u9fff*]{1,5}?(?:区|县|旗|市))(?=\d|\s|应急|安全|人民政府|[上下]半年|关于|年|\d)")
PLAN_PLACE = re.compile(r"《(?:(?P<city>[\u4e00-\u9fff]{2,4}市))?(?P<place>\*[区县]|[\u4e00-\u9fff]{2,4}[区县])"
                        r"(?=[\u4e00-\u9fff\d*]*(?:应急|安全|防汛|突发|地质|气象|专项|森林))")
PERIOD = re.compile(r"(\d{4})\s*年(?:度)?\s*(上半年|下半年|第[一二三四]季度|1-\d+月)?")
FIRST_LINE = re.compile(r"[^\n]*\S[^\n]*")
# what a portal prints above a report: a navigation bar (`首页>信息公开>…`, `X门户网站|政务公开|计划总结`),
# the site's name, an index number
PORTAL_LINE = re.compile(r"[|>»].*[|>»]|门户网站|索引号|^\s*(?:当前位置|您的位置|你的位置|您现在的位置)")
PORTAL_LINES_READ = 5   # a report's own first line comes within the first few lines
DATE = re.compile(r"[(（]\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*[)）]")


@dataclass
class DocInfo:
    title: str | None
    place: str | None        # the jurisdiction's name as written (may be masked, e.g. *区)
    city: str | None         # the parent city when the report names it
    level_char: str          # 区 / 县 / 市: the prefix of the report's own local bodies
    period: str | None
    date: str | None
    year: int | None


def _first_line(text: str) -> str | None:
    """The report's first line: the first line with any text after the portal's lines above it (not a
    split of the whole text)."""
    first = None
    for k, m in enumerate(FIRST_LINE.finditer(text)):
        line = m.group(0).strip()
        if first is None:
            first = line
        if k >= PORTAL_LINES_READ:
            break
        if not PORTAL_LINE.search(line):
            return line
    return first


def _city_before(text: str, place: str) -> str | None:
    """The first `X市` written right before the place (X市Y区), X of 2-4 Chinese chars, as the search
    `[\u4e00-\u9fff]{2,4}市<place>` finds it: read at each `市<place>` found, not tried at every char."""
    target = "市" + place
    best: tuple[int, int] | None = None   # (start, -end): the leftmost start, then the longest name
    q = text.find(target)
    while q >= 0 and (best is None or q - 4 <= best[0]):
        k = 0
        while k < 4 and q - k - 1 >= 0 and HAN.match(text, q - k - 1):
            k += 1
        if k >= 2 and (best is None or (q - k, -(q + 1)) < best):
            best = (q - k, -(q + 1))
        q = text.find(target, q + 1)
    return text[best[0]:-best[1]] if best else None


def read(text: str) -> DocInfo:
    first = _first_line(text)
    title = first if first and TITLE_WORDS.search(first) and len(first) <= 80 else None
    place = city = None
    if title:
        m = TITLE_PLACE.match(re.sub(r"^(?:关于|对)", "", title))
        if m:
            place, city = m.group("place"), m.group("city")
    if not place:
        counts: dict[str, int] = {}
        cities: dict[str, str] = {}
        for m in PLAN_PLACE.finditer(text):
            counts[m.group("place")] = counts.get(m.group("place"), 0) + 1
            if m.group("city"):
                cities[m.group("place")] = m.group("city")
        if counts:
            place = sorted(counts, key=lambda p: (-counts[p], p))[0]
            city = cities.get(place)
    if place and not city:
        city = _city_before(text, place)
    if place and not city:
        # a report that names its city only with a city body (在X市应急管理局的指导下)
        from loaders.entities import city_before_body
        city = city_before_body(text)
        if city == place:
            city = None
    if place:
        level_char = place[-1] if place[-1] in "区县旗市" else "区"
    else:
        level_char = "县" if text.count("全县") > text.count("全区") else "区"
    period = year = None
    head = title or text[:200]
    pm = PERIOD.search(head)
    if pm:
        year = int(pm.group(1))
        period = pm.group(1) + (pm.group(2) or "年度")
    date = None
    dm = DATE.search(text[:300])
    if dm:
        y, mo, d = dm.group(1), int(dm.group(2)), dm.group(3)
        date = f"{y}-{mo:02d}" + (f"-{int(d):02d}" if d else "")
        year = year or int(y)
    return DocInfo(title, place, city, level_char, period, date, year)
