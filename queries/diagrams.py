"""accountability-chain rows as a diagram: Mermaid or Graphviz DOT text.

Every step of every path becomes one arrow in its true direction (source -> target),
labelled with the relationship type; a step shared by several paths is drawn once.
"""
from __future__ import annotations

from typing import Any


def _edges(rows: list[dict[str, Any]]) -> tuple[list[str], list[tuple[str, str, str]]]:
    nodes: list[str] = []
    edges: list[tuple[str, str, str]] = []
    for row in rows:
        for s in row["steps"]:
            for name in (s["source"], s["target"]):
                if name not in nodes:
                    nodes.append(name)
            edge = (s["source"], s["type"], s["target"])
            if edge not in edges:
                edges.append(edge)
    return nodes, edges


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def mermaid(rows: list[dict[str, Any]]) -> str:
    nodes, edges = _edges(rows)
    ids = {n: f"n{i}" for i, n in enumerate(nodes)}
    lines = ["flowchart TD"]
    lines += [f'    {ids[n]}["{n.replace(chr(34), "#quot;")}"]' for n in nodes]
    lines += [f"    {ids[s]} -->|{t}| {ids[o]}" for s, t, o in edges]
    return "\n".join(lines) + "\n"


def dot(rows: list[dict[str, Any]]) -> str:
    nodes, edges = _edges(rows)
    lines = ["digraph accountability {", "    rankdir=TB;", '    node [shape=box, fontname="sans-serif"];']
    lines += [f'    "{_quote(n)}";' for n in nodes]
    lines += [f'    "{_quote(s)}" -> "{_quote(o)}" [label="{t}"];' for s, t, o in edges]
    lines.append("}")
    return "\n".join(lines) + "\n"


FORMATS = {"mermaid": mermaid, "dot": dot}
