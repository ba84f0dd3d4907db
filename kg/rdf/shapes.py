"""The generated part of ontology/shapes.ttl: labels and the ends of each relationship type.

Run `python -m kg.rdf.shapes` after changing ontology/vocab.py; tests/test_rdf.py fails
while the file is out of date.
"""
from __future__ import annotations

from pathlib import Path

from kg.rdf.namespaces import camel
from ontology.vocab import LABELS, REL_TYPES

BEGIN, END = "# BEGIN GENERATED\n", "# END GENERATED\n"


def _or_classes(labels: tuple[str, ...]) -> str:
    if len(labels) == 1:
        return f"sh:class emkg:{labels[0]}"
    return "sh:or ( " + " ".join(f"[ sh:class emkg:{lab} ]" for lab in labels) + " )"


def generated() -> str:
    labels = " ".join(f'"{lab}"' for lab in LABELS)
    types = " ".join(f'"{t}"' for t in REL_TYPES)
    out = [BEGIN,
           "emkgsh:LabelShape a sh:NodeShape ;\n    sh:targetSubjectsOf emkg:label ;\n"
           f"    sh:property [ sh:path emkg:label ; sh:in ( {labels} ) ] .\n\n",
           "emkgsh:RelationshipTypeShape a sh:NodeShape ;\n    sh:targetClass emkg:Relationship ;\n"
           f"    sh:property [ sh:path emkg:relationshipType ; sh:in ( {types} ) ] ;\n"
           f"    sh:property [ sh:path rdf:predicate ; sh:in ( {' '.join('emkg:' + camel(t) for t in REL_TYPES)} ) ] .\n\n"]
    for type_, (_, _, sources, targets) in REL_TYPES.items():
        prop = camel(type_)
        shape = type_.title().replace("_", "")
        out.append(f"emkgsh:{shape}SourceShape a sh:NodeShape ;\n    sh:targetSubjectsOf emkg:{prop} ;\n"
                   f"    sh:message \"the source of {type_} must be one of {', '.join(sources)}\" ;\n"
                   f"    {_or_classes(sources)} .\n")
        out.append(f"emkgsh:{shape}TargetShape a sh:NodeShape ;\n    sh:targetObjectsOf emkg:{prop} ;\n"
                   f"    sh:message \"the target of {type_} must be one of {', '.join(targets)}\" ;\n"
                   f"    {_or_classes(targets)} .\n\n")
    out.append(END)
    return "".join(out)


def shapes_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "ontology" / "shapes.ttl"


def updated(text: str) -> str:
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return head + generated() + tail


if __name__ == "__main__":
    path = shapes_path()
    path.write_text(updated(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {path}")
