"""A small hand-made graph for the query tests: two districts of one city, with the facts the queries read.

The names are invented (甲区, 乙区 ...) so the tests do not depend on extraction.
"""
from __future__ import annotations

from kg.model import KnowledgeGraph, document_id
from kg.store import EmbeddedStore

TEXT = """甲区工作总结
在区委、区政府的正确领导和市应急管理局的精心指导下，甲区应急管理局认真履职。
区安委办是区安委会的办事机构。
消防安全领域：区消防救援大队和区应急管理局开展消防检查。
危险化学品领域：区应急管理局和区消防救援大队开展危化品检查。
区应急管理局对宏达化工有限公司进行执法检查。
5月13日，区应急管理局在青山水库组织开展防汛应急演练，副区长张三现场指挥。
6月20日，在城东街道开展地震应急演练。
区应急管理局修订了《甲区防汛抗旱应急预案》。
区应急管理局于4月2日检查青山水库。
乙区住建局负责建筑施工安全。
乙区设有安委会。
"""
DOC = "tiny-甲区.txt"


def build(path) -> EmbeddedStore:
    kg = KnowledgeGraph()
    doc = document_id(DOC)

    def ev(snippet: str):
        start = TEXT.index(snippet)
        return [(doc, start, start + len(snippet))]

    def sentence(snippet: str):
        start = TEXT.rfind("\n", 0, TEXT.index(snippet)) + 1
        end = TEXT.index("\n", start)
        return [(doc, start, end)]

    kg.add_node("Document", DOC, id=doc, evidence=ev("甲区工作总结"))
    city = kg.add_node("Jurisdiction", "某市", properties={"level": "city"}, evidence=ev("市应急管理局"))
    a = kg.add_node("Jurisdiction", "甲区", scope=city, properties={"level": "county"}, evidence=ev("甲区应急管理局"))
    b = kg.add_node("Jurisdiction", "乙区", scope=city, properties={"level": "county"}, evidence=ev("乙区住建局"))
    town = kg.add_node("Jurisdiction", "城东街道", scope=a, properties={"level": "township"}, evidence=ev("城东街道"))
    kg.add_edge(town, "LOCATED_IN", a, evidence=ev("城东街道"))

    def body(label, name, scope, snippet, aliases=()):
        return kg.add_node(label, name, scope=scope, aliases=aliases, evidence=ev(snippet))

    committee_party = body("Department", "区委", a, "区委")
    gov = body("Department", "区政府", a, "区政府")
    city_bureau = body("Department", "市应急管理局", city, "市应急管理局", aliases=["市应急局"])
    bureau = body("Department", "区应急管理局", a, "甲区应急管理局", aliases=["甲区应急管理局", "区应急局"])
    office = body("Department", "区安委办", a, "区安委办", aliases=["安委办"])
    council = body("Committee", "区安委会", a, "区安委会", aliases=["区安全生产委员会"])
    fire = body("Department", "区消防救援大队", a, "区消防救援大队")
    b_housing = body("Department", "区住建局", b, "乙区住建局", aliases=["乙区住建局"])
    b_council = body("Committee", "区安委会", b, "乙区设有安委会")
    firm = kg.add_node("Enterprise", "宏达化工有限公司", scope=a, evidence=ev("宏达化工有限公司"))
    sector_fire = kg.add_node("Sector", "消防", aliases=["消防安全"], evidence=ev("消防安全"))
    sector_chem = kg.add_node("Sector", "危险化学品", aliases=["危化品"], evidence=ev("危险化学品"))
    sector_build = kg.add_node("Sector", "建筑施工", evidence=ev("建筑施工"))
    sector_flood = kg.add_node("Sector", "防汛抗旱", evidence=ev("防汛"))
    reservoir = kg.add_node("Reservoir", "青山水库", scope=a, evidence=ev("青山水库"))
    person = kg.add_node("Person", "张三", scope=a, evidence=ev("张三"))
    drill1 = kg.add_node("Drill", "防汛应急演练", scope=a, properties={"date": "2020-05-13", "kind": "防汛"},
                         evidence=sentence("防汛应急演练"))
    drill2 = kg.add_node("Drill", "地震应急演练", scope=a, properties={"date": "2020-06-20"},
                         evidence=sentence("地震应急演练"))
    plan = kg.add_node("Plan", "甲区防汛抗旱应急预案", scope=a, properties={"kind": "emergency_plan"},
                       evidence=ev("《甲区防汛抗旱应急预案》"))

    lead = sentence("正确领导")
    kg.add_edge(committee_party, "LEADS", bureau, evidence=lead)
    kg.add_edge(gov, "LEADS", bureau, evidence=lead)
    kg.add_edge(city_bureau, "GUIDES", bureau, evidence=lead)
    kg.add_edge(office, "PART_OF", council, evidence=sentence("办事机构"))
    kg.add_edge(gov, "LEADS", council, evidence=sentence("办事机构"))
    for s, sec, snip in ((fire, sector_fire, "消防安全领域"), (bureau, sector_fire, "消防安全领域"),
                         (bureau, sector_chem, "危险化学品领域"), (fire, sector_chem, "危险化学品领域"),
                         (b_housing, sector_build, "建筑施工安全")):
        kg.add_edge(s, "RESPONSIBLE_FOR", sec, evidence=sentence(snip))
    kg.add_edge(bureau, "SUPERVISES", firm, evidence=sentence("执法检查"))
    kg.add_edge(bureau, "ORGANIZED", drill1, properties={"role": "组织"}, evidence=sentence("防汛应急演练"))
    kg.add_edge(person, "ORGANIZED", drill1, properties={"role": "指挥"}, evidence=sentence("防汛应急演练"))
    kg.add_edge(drill1, "HELD_AT", reservoir, evidence=sentence("防汛应急演练"))
    kg.add_edge(drill1, "COVERS", sector_flood, evidence=sentence("防汛应急演练"))
    kg.add_edge(drill2, "HELD_AT", town, evidence=sentence("地震应急演练"))
    kg.add_edge(bureau, "ISSUED", plan, properties={"action": "修订"}, evidence=sentence("修订了"))
    kg.add_edge(plan, "COVERS", sector_flood, evidence=sentence("修订了"))
    kg.add_edge(bureau, "INSPECTED", reservoir, properties={"date": "2020-04-02"}, evidence=sentence("4月2日"))
    kg.add_edge(reservoir, "LOCATED_IN", a, evidence=ev("青山水库"))
    kg.add_edge(person, "HOLDS_POST", gov, properties={"title": "副区长"}, evidence=sentence("副区长张三"))
    _ = b_council
    kg.add_mentions(doc)
    store = EmbeddedStore(path)
    store.put(kg, doc, DOC, TEXT)
    store.save()
    return store


# Parameters per query: values that hit something in the hand-made graph (parity tests).
TINY_PARAMS = {
    "shared-responsibility": [{"sector": "消防"}, {"sector": "危化品", "jurisdiction": "甲区"}],
    "responsibility-overlap": [{}, {"jurisdiction": "甲区", "min-shared": 1}],
    "accountability-chain": [{"body": "区应急管理局"}, {"body": "区安委会", "jurisdiction": "甲区"}],
    "drills": [{}, {"jurisdiction": "甲区", "from": "2020-05", "to": "2020-05"}, {"place": "水库"}],
    "facilities": [{}, {"kind": "水库", "jurisdiction": "甲区"}],
    "plans": [{}, {"sector": "防汛抗旱", "body": "区应急管理局"}],
    "profile": [{"name": "区应急管理局"}, {"name": "青山水库"}],
    "compare-jurisdictions": [{"sector": "消防安全"}],
    "key-bodies": [{}, {"jurisdiction": "甲区", "top": 2}],
}

READERS = ("graph", "sqlite")  # the embedded store's two query paths (queries/readers.py)


def with_sqlite(store: EmbeddedStore) -> EmbeddedStore:
    """The store, checked to have its SQLite database open (kg-store/2) for the SQLite reader."""
    assert getattr(store, "db", None) is not None, "the store has no SQLite database"
    return store


def reading(store: EmbeddedStore, reader: str):
    """A context in which queries on `store` go through the given reader ('graph' or 'sqlite')."""
    import pytest

    mp = pytest.MonkeyPatch()
    if reader == "sqlite":
        with_sqlite(store)
        mp.delenv("KG_QUERY_READER", raising=False)
    else:
        mp.setenv("KG_QUERY_READER", "graph")
    return mp


# -- pages ---------------------------------------------------------------------------------------
PAGE_SIZES = (1, 2, 3, 7, 100)


def pages_of(name, params, size, **where):
    """Every page of the answer, following next_offset (each page's total checked); `where`:
    store= or neo4j=, and run's other arguments."""
    import queries

    rows, offset, total = [], 0, None
    while offset is not None:
        page = queries.page(name, params, limit=size, offset=offset, **where)
        assert total is None or page["total"] == total
        assert len(page["rows"]) <= size and page["offset"] == offset
        total = page["total"]
        rows += page["rows"]
        offset = page["next_offset"]
    return rows, total


def check_pages(store, cases, sizes=PAGE_SIZES):
    """On both embedded readers: the pages of every answer, end to end, are the whole answer
    (and count() its length); the whole answers are the same rows in the same order."""
    import json

    import queries

    answers = {}
    for reader in READERS:
        mp = reading(store, reader)
        try:
            for name, variants in cases.items():
                for params in variants:
                    full = queries.run(name, params, store=store)
                    assert queries.count(name, params, store=store) == len(full)
                    for size in sizes:
                        rows, total = pages_of(name, params, size, store=store)
                        assert (rows, total) == (full, len(full)), (reader, name, params, size)
                    answers[reader, name, json.dumps(params)] = full
        finally:
            mp.undo()
    for (reader, name, params), rows in answers.items():  # the same order on both readers
        assert rows == answers["sqlite", name, params], (name, params)
