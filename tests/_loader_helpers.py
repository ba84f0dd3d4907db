"""Helpers for the loader tests: build a Source from text and look nodes/edges up by name."""
from __future__ import annotations

from loaders import Source, entities, extract


def graph(text: str, name: str = "test.txt"):
    return extract(Source(name, text))


def names(kg, label: str) -> set[str]:
    out = set()
    for _, d in kg.nodes(label):
        out.add(d["name"])
        out.update(d["aliases"])
    return out


def node(kg, label: str, name: str) -> str:
    ids = kg.find(name, label=label)
    assert ids, f"no {label} named {name}; have {sorted(names(kg, label))}"
    return ids[0]


def edge(kg, type_: str, source: tuple[str, str], target: tuple[str, str]):
    s, t = node(kg, *source), node(kg, *target)
    assert kg.g.has_edge(s, t, key=type_), f"missing {source} -{type_}-> {target}"
    return kg.g.edges[s, t, type_]


def has_edge(kg, type_: str, source: tuple[str, str], target: tuple[str, str]) -> bool:
    s, t = kg.find(source[1], label=source[0]), kg.find(target[1], label=target[0])
    return bool(s and t and kg.g.has_edge(s[0], t[0], key=type_))


def mentions(text: str, place: str = "青山县", level: str = "县") -> list[tuple[str, str]]:
    """(label, surface) of each mention the entity step finds in text (a report of `place`)."""
    return [(m.label, m.surface) for m in entities.extract(text, place, level)]


def surfaces(found: list[tuple[str, str]], label: str) -> set[str]:
    """The surfaces of `mentions`' output that carry the label."""
    return {s for lb, s in found if lb == label}


def canonicals(text: str, label: str, place: str = "青山县", level: str = "县") -> set[str]:
    """Canonical names of the `label` mentions the entity step finds in text (a report of `place`)."""
    return {m.canonical for m in entities.extract(text, place, level) if m.label == label}
