"""Check the held-out gold files against their texts and the ontology contract.

Run from the repository root:  python samples/heldout/check_gold.py
Fails (exit 1) when a cue is not an exact substring of its document, a label or
relationship type is not a contract term, a relation's end is not an annotated
entity, or a relation's ends do not fit the type's source/target labels.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ontology.vocab import JURISDICTION_LEVELS, LABELS, PLAN_KINDS, REL_TYPES, labels_of

HERE = Path(__file__).resolve().parent
# Plan kinds beyond the vocabulary that the dev gold also uses (forms and registers, marked uncertain).
EXTRA_PLAN_KINDS = {"form"}


def check(gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (HERE / "corpus" / gold["doc"]).read_text(encoding="utf-8")
    problems = []
    names = {}  # (label, canonical name) -> entity
    for e in gold["entities"]:
        where = f"{gold_path.name}: entity {e['label']}:{e['names'][0]}"
        if e["label"] not in LABELS:
            problems.append(f"{where}: label not in contract")
        if e["cue"] not in text:
            problems.append(f"{where}: cue not in text: {e['cue']!r}")
        if (e["label"], e["names"][0]) in names:
            problems.append(f"{where}: annotated twice")
        names[(e["label"], e["names"][0])] = e
        props = e.get("properties", {})
        if e["label"] == "Jurisdiction" and props.get("level") not in JURISDICTION_LEVELS:
            problems.append(f"{where}: bad level {props.get('level')!r}")
        if e["label"] == "Plan" and props.get("kind") not in set(PLAN_KINDS) | EXTRA_PLAN_KINDS:
            problems.append(f"{where}: bad plan kind {props.get('kind')!r}")
    for r in gold["relations"]:
        where = f"{gold_path.name}: {r['type']} {r['source']['name']} -> {r['target']['name']}"
        if r["type"] not in REL_TYPES:
            problems.append(f"{where}: type not in contract")
            continue
        if r["cue"] not in text:
            problems.append(f"{where}: cue not in text: {r['cue']!r}")
        _, _, sources, targets = REL_TYPES[r["type"]]
        for end, allowed in ((r["source"], sources), (r["target"], targets)):
            entity = names.get((end["label"], end["name"])) or (
                names.get(("Reservoir", end["name"])) if end["label"] == "Facility" else None)
            if entity is None:
                problems.append(f"{where}: end {end['label']}:{end['name']} is not an annotated entity")
            elif not set(labels_of(entity["label"])) & set(allowed):
                problems.append(f"{where}: {entity['label']} not allowed at this end")
    return problems


def main() -> int:
    problems = []
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found = check(path)
        problems += found
        print(f"{path.name}: {len(gold['entities'])} entities, {len(gold['relations'])} relations, "
              f"{sum(1 for x in gold['entities'] + gold['relations'] if x.get('uncertain'))} uncertain, "
              f"{len(found)} problems")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
