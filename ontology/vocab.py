"""The ontology's terms as Python data: the single source for labels, types and their names.

Everything that needs the contract (model, loaders, stores, RDF export, evaluation)
imports it from here, so a label is spelled in one place.
"""
from __future__ import annotations

# label -> (中文, English, parent labels). A node carries its label and every parent.
LABELS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Jurisdiction": ("行政区划", "Jurisdiction", ()),
    "Committee": ("议事协调机构", "Committee", ()),
    "Department": ("政府部门及其内设/派出机构", "Department", ()),
    "RescueTeam": ("救援队伍", "Rescue team", ()),
    "Enterprise": ("企业", "Enterprise", ()),
    "Facility": ("设施/场所", "Facility", ()),
    "Reservoir": ("水库", "Reservoir", ("Facility",)),
    "Plan": ("预案/方案/规划/制度/通知", "Plan", ()),
    "Drill": ("演练", "Drill", ()),
    "Person": ("人员", "Person", ()),
    "Sector": ("行业领域/灾种", "Sector", ()),
    "Document": ("来源文本", "Document", ()),
}

# Labels that act as bodies (can be responsible, supervise, organise ...).
BODY_LABELS = ("Committee", "Department", "RescueTeam")

# type -> (中文, English, source labels, target labels)
REL_TYPES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "RESPONSIBLE_FOR": ("负责", "responsible for", BODY_LABELS, ("Sector",)),
    "SUPERVISES": ("监管", "supervises", ("Department", "Committee", "Jurisdiction"),
                   ("Department", "Committee", "Enterprise", "Facility", "Reservoir", "Jurisdiction", "RescueTeam")),
    "GUIDES": ("指导", "guides", BODY_LABELS, BODY_LABELS + ("Jurisdiction",)),
    "LEADS": ("领导", "leads", BODY_LABELS, BODY_LABELS + ("Jurisdiction",)),
    "MEMBER_OF": ("成员", "member of", BODY_LABELS, ("Committee",)),
    "PART_OF": ("隶属", "part of", BODY_LABELS, BODY_LABELS),
    "HOLDS_POST": ("任职", "holds post", ("Person",), BODY_LABELS),
    "ISSUED": ("印发", "issued", BODY_LABELS + ("Jurisdiction",), ("Plan",)),
    "ORGANIZED": ("组织", "organized", BODY_LABELS + ("Person", "Jurisdiction"), ("Drill",)),
    "PARTICIPATED_IN": ("参加", "participated in", BODY_LABELS + ("Enterprise", "Jurisdiction"), ("Drill",)),
    "HELD_AT": ("举办地点", "held at", ("Drill",), ("Facility", "Reservoir", "Jurisdiction", "Enterprise")),
    "INSPECTED": ("检查", "inspected", BODY_LABELS + ("Person",), ("Facility", "Reservoir", "Enterprise")),
    "LOCATED_IN": ("位于", "located in",
                   ("Facility", "Reservoir", "Enterprise", "Jurisdiction") + BODY_LABELS,
                   # a site inside a park or a larger site (the dev gold: a firm in a 高新区, a helipad in a stadium)
                   ("Jurisdiction", "Facility")),
    "COVERS": ("涉及领域", "covers", ("Plan", "Drill"), ("Sector",)),
    "MENTIONS": ("提及", "mentions", ("Document",), tuple(LABELS)),
}

JURISDICTION_LEVELS = ("province", "city", "county", "township", "village")
PLAN_KINDS = ("emergency_plan", "work_plan", "program", "regulation", "notice", "law")


def labels_of(label: str) -> list[str]:
    """All labels a node of `label` carries, most specific first (Reservoir -> Reservoir, Facility)."""
    out = [label]
    for parent in LABELS[label][2]:
        out.extend(labels_of(parent))
    return out


def has_label(label: str, wanted: str) -> bool:
    return wanted in labels_of(label)
