"""Check the unseen gold: every cue is an exact substring of its document, every label and
relationship type is a contract term (shared/design/ontology.md) with allowed end labels,
and every relation end names an annotated entity.

    python samples/unseen/check_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
LABELS = {"Jurisdiction", "Committee", "Department", "RescueTeam", "Enterprise", "Facility",
          "Reservoir", "Plan", "Drill", "Person", "Sector", "Document"}
BODY = {"Department", "Committee", "RescueTeam"}
PLACE = {"Facility", "Reservoir", "Jurisdiction"}
# (source labels, target labels) per type, read from the contract's table; Person as an
# actor of INSPECTED/ORGANIZED and Jurisdiction as a member or organiser follow the dev gold.
ENDS = {
    "RESPONSIBLE_FOR": (BODY, {"Sector"}),
    "SUPERVISES": ({"Department", "Committee"}, {"Department", "Enterprise", "Facility", "Reservoir", "Jurisdiction"}),
    "GUIDES": (BODY, BODY),
    "LEADS": (BODY, BODY),
    "MEMBER_OF": (BODY | {"Jurisdiction", "Enterprise"}, {"Committee"}),
    "PART_OF": (BODY, BODY),
    "HOLDS_POST": ({"Person"}, BODY),
    "ISSUED": (BODY, {"Plan"}),
    "ORGANIZED": (BODY | {"Person", "Jurisdiction"}, {"Drill"}),
    "PARTICIPATED_IN": (BODY | {"Person", "Jurisdiction", "Enterprise"}, {"Drill"}),
    "HELD_AT": ({"Drill"}, PLACE),
    "INSPECTED": (BODY | {"Person"}, PLACE | {"Enterprise"}),
    "LOCATED_IN": (PLACE | {"Enterprise"} | BODY, {"Jurisdiction", "Facility"}),
    "COVERS": ({"Plan", "Drill"}, {"Sector"}),
    "MENTIONS": ({"Document"}, LABELS),
}


def check(gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (HERE / "corpus" / gold["doc"]).read_text(encoding="utf-8")
    problems = []
    known = set()
    for e in gold["entities"]:
        if e["label"] not in LABELS:
            problems.append(f"label {e['label']!r}")
        if e["cue"] not in text:
            problems.append(f"entity cue not in text: {e['cue']!r}")
        known.update((e["label"], n) for n in e["names"])
    for r in gold["relations"]:
        if r["type"] not in ENDS:
            problems.append(f"type {r['type']!r}")
            continue
        if r["cue"] not in text:
            problems.append(f"relation cue not in text: {r['cue']!r}")
        sources, targets = ENDS[r["type"]]
        for end, allowed in (("source", sources), ("target", targets)):
            ref = r[end]
            if ref["label"] not in allowed:
                problems.append(f"{r['type']} {end} label {ref['label']}")
            if (ref["label"], ref["name"]) not in known:
                problems.append(f"{r['type']} {end} {ref['name']!r} is not an annotated entity")
    return problems


def main() -> int:
    bad = 0
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        problems = check(path)
        bad += len(problems)
        print(f"{path.name}: {len(gold['entities'])} entities, {len(gold['relations'])} relations, "
              f"{len(problems)} problems")
        for p in problems:
            print("  ", p)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
