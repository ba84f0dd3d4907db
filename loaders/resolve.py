"""Aliases and identity: which node each mention is, scoped by jurisdiction.

- the report's own jurisdiction is a node (scoped to its parent city when named); a report that names
  none, or only a masked `*区`, gets a Jurisdiction scoped to the document, so its bodies never merge
  with another district's;
- local bodies (level char of the report, or no level) are scoped to the report's jurisdiction; city
  bodies to the parent city (or a placeholder city scoped to the report's jurisdiction); central
  bodies are unscoped; sectors are global;
- a body's canonical name is the full lexicon form with its level prefix (区应急管理局); every surface
  form, with and without the place written before it, is kept in `aliases`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import node_id
from loaders.document import DocInfo
from loaders.entities import Mention, level_words
from loaders.entities import place_level_word
from loaders.lexicon import load

BODIES = ("Department", "Committee", "RescueTeam")
LEVEL_OF_CHAR = {"省": "province", "市": "city", "区": "county", "县": "county", "旗": "county", "盟": "city",
                 "州": "city"}


@lru_cache(maxsize=1)
def _title_area() -> re.Pattern:
    # a report issued by an area's body and titled with the area's full name (X经济技术开发区管理委员会关于…)
    return re.compile(r"^(?:关于)?([\u4e00-\u9fff]{2,12}?(?:" + "|".join(map(re.escape, level_words())) + "))")


def own_level_word(info: DocInfo) -> str:
    """The kind word the report's own bodies carry (林区, 开发区; "" for a 区/县): from its place, or the
    area named at the head of its title when the title names no county."""
    name = info.place or ""
    if not name and info.title:
        m = _title_area().match(info.title)
        name = m.group(1) if m else ""
    return place_level_word(name)


@dataclass
class NodeSpec:
    id: str
    label: str
    name: str
    scope: str | None
    aliases: set[str] = field(default_factory=set)
    properties: dict = field(default_factory=dict)


class Resolver:
    def __init__(self, doc_id: str, info: DocInfo, reporting_key: str | None = None):
        self.doc_id = doc_id
        self.info = info
        self.nodes: dict[str, NodeSpec] = {}
        self.reporting_key = reporting_key
        lvl = info.level_char
        # 林区/开发区: the report's own bodies are written with the area's kind word, not its level char
        self.level_word = own_level_word(info) if lvl == "区" else ""
        place = info.place
        if not place and self.level_word and info.title:
            place = _title_area().match(info.title).group(1)
        # the report's jurisdiction and its parents
        self.city_id = None
        if info.city:
            self.city_id = self._node("Jurisdiction", info.city, None, {"level": "city"}).id
        if place and "*" not in place:
            j = self._node("Jurisdiction", place, self.city_id, {"level": LEVEL_OF_CHAR.get(lvl, "county")},
                           alias=self.level_word or None)
        elif place:
            j = self._node("Jurisdiction", place, doc_id, {"level": "county", "masked": True})
        else:
            j = self._node("Jurisdiction", lvl, doc_id, {"level": LEVEL_OF_CHAR.get(lvl, "county"), "unnamed": True})
        self.juris_id = j.id
        self.juris_name = j.name
        if self.city_id is None:
            self.city_id = node_id("Jurisdiction", "市", self.juris_id)
            self._placeholder_city = True
        else:
            self._placeholder_city = False
        self.province_id = node_id("Jurisdiction", "省", self.juris_id)

    def _node(self, label, name, scope, props=None, alias=None) -> NodeSpec:
        nid = node_id(label, name, scope)
        spec = self.nodes.get(nid)
        if spec is None:
            spec = self.nodes[nid] = NodeSpec(nid, label, name, scope, {name})
        if alias:
            spec.aliases.add(alias)
        for k, v in (props or {}).items():
            spec.properties.setdefault(k, v)
        return spec

    def _own(self, canonical: str, level: str) -> str:
        """区应急管理局 -> 林区应急管理局 in a 林区's report: its own bodies carry the area's kind word."""
        if self.level_word and level == self.info.level_char and canonical[:1] == level \
                and not canonical.startswith(self.level_word):
            return self.level_word + canonical[1:]
        return canonical

    def _area_tail(self, name: str) -> str:
        """The end of the report's own area name that `name` opens with (经济技术开发区 of X经济技术开发区),
        when the area is a 林区/开发区 and the name goes on after it."""
        if not self.level_word or not self.juris_name:
            return ""
        for k in range(len(self.juris_name), len(self.level_word) - 1, -1):
            tail = self.juris_name[-k:]
            if name.startswith(tail) and len(name) > k and tail.endswith(self.level_word):
                return tail
        return ""

    def ensure_placeholder(self, nid: str) -> None:
        """Placeholder parents (an unnamed city/province) become nodes only when a body uses them."""
        if nid == self.city_id and self._placeholder_city and nid not in self.nodes:
            self.nodes[nid] = NodeSpec(nid, "Jurisdiction", "市", self.juris_id, {"市"},
                                       {"level": "city", "unnamed": True})
        if nid == self.province_id and nid not in self.nodes:
            self.nodes[nid] = NodeSpec(nid, "Jurisdiction", "省", self.juris_id, {"省"},
                                       {"level": "province", "unnamed": True})

    def scope_for_level(self, level: str) -> str | None:
        if level == "":
            return None
        if level == self.info.level_char or level in "区县镇乡":
            return self.juris_id
        if level in "市盟州":  # 盟, 州: prefectures, the level of a city
            self.ensure_placeholder(self.city_id)
            return self.city_id
        if level == "省":
            self.ensure_placeholder(self.province_id)
            return self.province_id
        return self.juris_id

    def resolve(self, m: Mention, place: Mention | None = None) -> NodeSpec | None:
        """The node of a mention (None when it cannot be resolved, e.g. 市局 with no reporting body)."""
        props = {k: v for k, v in m.props.items() if not k.startswith("_") and k != "parent"}
        if m.masked:
            props["masked"] = True
        if m.label == "Jurisdiction":
            return self._jurisdiction(m.surface, props)
        if m.label in BODIES:
            canonical, level = m.canonical, m.level
            if m.key == "*reporting*":
                if not self.reporting_key:
                    return None
                canonical = level + self.reporting_key
            if place is None or place.surface == self.juris_name:
                canonical = self._own(canonical, level)
            tail = self._area_tail(canonical) if not level else ""
            if tail:
                # 经济技术开发区管理委员会 in the zone's own report: its body, named with the kind word
                spec = self._node(m.label, self.level_word + canonical[len(tail):], self.juris_id, props,
                                  alias=m.surface)
                spec.aliases.add(self.juris_name + canonical[len(tail):])
                return spec
            if place is not None and level and canonical.startswith(level):
                level = place.surface[-1] if place.surface[-1] in LEVEL_OF_CHAR else level
                canonical = level + canonical[1:]
                scope = self._jurisdiction(place.surface, {}).id if place.surface != self.juris_name else self.juris_id
                spec = self._node(m.label, canonical, scope, props, alias=m.surface)
                # 嵘城市 + 市应急管理局: the place's level char is the body's own (嵘城市应急管理局)
                shared = m.surface[:1] == place.surface[-1:] == level
                spec.aliases.add(place.surface + (m.surface[1:] if shared else m.surface))
                return spec
            if place is not None and m.key == "township_government":
                # X镇人民政府 / X乡政府: a township's government acts as the township itself (it signs,
                # hosts and takes part for it), so it is the township's node, written with its place
                spec = self._jurisdiction(place.surface, dict(place.props))
                spec.aliases.add(place.surface + m.surface)
                return spec
            if place is not None and not level:
                # a name found by its suffix, written after its place (X区新型肺炎疫情应急物资保障组); a
                # name that opens with the place's level char shares it (X市 + 市安委会第二督导组)
                shared = m.surface[:1] == place.surface[-1:] and m.surface[:1] in LEVEL_OF_CHAR
                if place.surface.endswith("地区") and m.surface.startswith("地区") and canonical.startswith("地区"):
                    # 北岚地区 + 地区森防指第二督查组: a prefecture's two chars open its group's name
                    full = place.surface + m.surface[2:]
                    spec = self._node(m.label, place.surface + canonical[2:], self.juris_id, props, alias=m.surface)
                    spec.aliases.add(full)
                    return spec
                full = place.surface + (m.surface[1:] if shared else m.surface)
                name = place.surface + (canonical[1:] if shared and canonical[:1] == m.surface[:1] else canonical)
                if canonical.startswith(place.surface):
                    name = canonical  # already named with its place (东江市公安局X港分局, entities)
                spec = self._node(m.label, name, self.juris_id, props, alias=m.surface)
                spec.aliases.add(full)
                return spec
            if place is not None and place.surface.endswith("地区") and m.surface.startswith("地区"):
                # 阿里地区 + 地区应急管理局: a prefecture's body, scoped by its city level, also named with its place
                spec = self._node(m.label, canonical, self.scope_for_level(level), props, alias=m.surface)
                spec.aliases.add(place.surface + m.surface[2:])
                return spec
            lex = load()
            body = lex.bodies.get(m.key) if m.key in lex.bodies else None
            # a body named by its suffix (X专班, X管委会) has no level char: it is the report's own, so two
            # reports' task forces of the same name stay apart; central bodies (国务院办公厅) are unscoped
            national = body is not None and body.parent == "national"
            scope = self.scope_for_level(level) if level or national else self.juris_id
            spec = self._node(m.label, canonical, scope, props, alias=m.surface)
            if body and level:
                for form in body.forms:
                    if len(form) >= 2 and form != body.canonical and (form[-1] in "局委办部队" or form.endswith("办公室")):
                        spec.aliases.add(self._own(level + form, level))
            return spec
        if m.label == "Sector":
            return self._node("Sector", m.canonical, None, props, alias=m.surface)
        if m.label == "Plan":
            spec = self._node("Plan", m.canonical, self.juris_id, props, alias=m.surface)
            if "doc_number" in props:
                spec.aliases.add(props["doc_number"])
            return spec
        if m.label in ("Enterprise", "Person", "Facility", "Reservoir", "Drill"):
            spec = self._node(m.label, m.canonical, self.juris_id, props, alias=m.surface)
            if m.props.get("_alias"):
                spec.aliases.add(m.props["_alias"])  # a facility written with its place (X镇Y小学)
            return spec
        return None

    def _jurisdiction(self, name: str, props: dict) -> NodeSpec:
        if name == self.juris_name:
            spec = self.nodes[self.juris_id]
            return spec
        if self.info.city and name == self.info.city:
            return self.nodes[self.city_id]
        level = props.get("level") or LEVEL_OF_CHAR.get(name[-1], "township")
        props = dict(props, level=level)
        if level in ("township", "village"):
            return self._node("Jurisdiction", name, self.juris_id, props)
        return self._node("Jurisdiction", name, None if "*" not in name else self.doc_id, props)

    def body_by_canonical(self, label: str, canonical_no_level: str, level: str, alias: str | None = None) -> NodeSpec:
        lex = load()
        body = lex.bodies.get(canonical_no_level)
        label = body.label if body else label
        canon = body.canonical if body else canonical_no_level
        return self._node(label, self._own(level + canon, level), self.scope_for_level(level), None, alias=alias)
