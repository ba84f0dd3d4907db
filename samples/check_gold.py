"""Check a sample set's gold (`samples/<set>/gold` against `samples/<set>/corpus`): every cue is an exact substring of its document, every label and
relationship type is a contract term (ontology/vocab.py) used with allowed end labels, every
relation end is an annotated entity, and no entity or relation is annotated twice.

    python samples/check_gold.py samples/blind samples/dev2
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project root, for ontology.vocab

from ontology.vocab import JURISDICTION_LEVELS, LABELS, PLAN_KINDS, REL_TYPES, labels_of  # noqa: E402

# End labels the dev gold (shared/gold/dev) uses beyond vocab.REL_TYPES: an enterprise or a
# facility located in a park (a Facility), a township standing for its government as a member.
EXTRA_ENDS = {
    ("LOCATED_IN", "target"): {"Facility"},
    ("MEMBER_OF", "source"): {"Jurisdiction"},
}
# Plan kinds the dev gold uses for forms and registers (marked uncertain there and here).
EXTRA_PLAN_KINDS = {"form", "manual"}


def allowed(rel_type: str, end: str, label: str) -> bool:
    _, _, sources, targets = REL_TYPES[rel_type]
    ok = set(sources if end == "source" else targets) | EXTRA_ENDS.get((rel_type, end), set())
    return any(lab in ok for lab in labels_of(label))  # a Reservoir is also a Facility


def check(gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    problems = []
    doc = gold_path.parent.parent / "corpus" / gold["doc"]
    if doc.stem != gold_path.stem:
        problems.append(f"doc {gold['doc']!r} does not match the gold file name")
    text = doc.read_text(encoding="utf-8")
    known: dict[tuple[str, str], int] = {}
    for i, e in enumerate(gold["entities"]):
        label = e["label"]
        if label not in LABELS:
            problems.append(f"label {label!r}")
            continue
        if e["cue"] not in text:
            problems.append(f"entity cue not in text: {e['cue']!r}")
        if not isinstance(e.get("masked"), bool):
            problems.append(f"entity {e['names'][0]!r} has no boolean 'masked'")
        props = e.get("properties", {})
        if label == "Jurisdiction" and props.get("level") not in JURISDICTION_LEVELS:
            problems.append(f"jurisdiction {e['names'][0]!r} level {props.get('level')!r}")
        if label == "Plan" and props.get("kind") not in set(PLAN_KINDS) | EXTRA_PLAN_KINDS:
            problems.append(f"plan {e['names'][0]!r} kind {props.get('kind')!r}")
        for name in e["names"]:
            if (label, name) in known and known[(label, name)] != i:
                problems.append(f"{label} name {name!r} annotated twice")
            known[(label, name)] = i
    seen = set()
    for r in gold["relations"]:
        if r["type"] not in REL_TYPES:
            problems.append(f"type {r['type']!r}")
            continue
        if r["cue"] not in text:
            problems.append(f"relation cue not in text: {r['cue']!r}")
        for end in ("source", "target"):
            ref = r[end]
            if ref["label"] not in LABELS or not allowed(r["type"], end, ref["label"]):
                problems.append(f"{r['type']} {end} label {ref['label']}")
            if (ref["label"], ref["name"]) not in known:
                problems.append(f"{r['type']} {end} {ref['name']!r} is not an annotated entity")
        key = (r["type"], r["source"]["label"], r["source"]["name"], r["target"]["label"], r["target"]["name"])
        if key in seen:
            problems.append(f"relation annotated twice: {key}")
        seen.add(key)
    return problems


def main(sets: list[str]) -> int:
    if not sets:
        print("usage: python samples/check_gold.py SET_FOLDER [SET_FOLDER ...]", file=sys.stderr)
        return 2
    bad = 0
    for path in sorted(p for folder in sets for p in (Path(folder) / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        problems = check(path)
        bad += len(problems)
        print(f"{path.name}: {len(gold['entities'])} entities, {len(gold['relations'])} relations, "
              f"{len(problems)} problems")
        for p in problems:
            print("  ", p)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
