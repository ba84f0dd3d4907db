"""The RDF export: ontology vs vocab.py, two parsers, SHACL, nothing lost, SPARQL = store, adcodes, CLI."""
from __future__ import annotations

import io
import json
from collections import Counter

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS
from typer.testing import CliRunner

from kg import rdf
from kg.cli import app
from kg.errors import InputError
from kg.model import KnowledgeGraph, document_id
from kg.rdf.adcodes import match_jurisdictions
from kg.rdf.namespaces import DCTERMS, EMKG, OA, camel
from kg.rdf.ontology import ontology_graph, ontology_path
from kg.rdf.sparql_engine import load
from kg.rdf.sparql_engine import run as run_sparql
from kg.rdf.shapes import shapes_path, updated
from kg.store import EmbeddedStore
from ontology.vocab import LABELS, REL_TYPES, labels_of

E = rdflib.Namespace(EMKG)

# -- a small store with every label and every relationship type (fictional bodies) ----------------------
TEXT = ("江南市鼓楼区应急管理工作总结。在区委、区政府的领导下，区安委会牵头抓总。区应急管理局是区安委会成员单位。"
        "安委办设在区应急管理局。张三任区长、区安委会主任。区应急管理局负责危险化学品安全监管，区消防救援大队负责消防安全。"
        "区应急管理局检查了某某化工有限公司。印发《鼓楼区防汛抗旱应急预案》。5月13日在青山水库开展防汛演练，某某化工有限公司参加。"
        "市应急管理局指导区应急管理局。朝阳区与东西湖区派员观摩。*区未具名。")


def _span(text: str, doc: str, part: str) -> tuple[str, int, int]:
    start = text.index(part)
    return (doc, start, start + len(part))


def build_rich() -> tuple[KnowledgeGraph, str, str]:
    name = "rich.txt"
    doc = document_id(name)
    kg = KnowledgeGraph()
    ev = lambda part: [_span(TEXT, doc, part)]  # noqa: E731
    kg.add_node("Document", name, id=doc, properties={"title": "江南市鼓楼区应急管理工作总结", "sha256": "0" * 64},
                evidence=ev("江南市鼓楼区应急管理工作总结"))
    city = kg.add_node("Jurisdiction", "福州市", properties={"level": "city"}, evidence=ev("江南市"))
    county = kg.add_node("Jurisdiction", "鼓楼区", properties={"level": "county"}, evidence=ev("鼓楼区"))
    chaoyang = kg.add_node("Jurisdiction", "朝阳区", evidence=ev("朝阳区"))
    dxh = kg.add_node("Jurisdiction", "东西湖区", evidence=ev("东西湖区"))
    masked = kg.add_node("Jurisdiction", "*区", properties={"masked": True}, evidence=ev("*区"))
    given = kg.add_node("Jurisdiction", "某新区", properties={"adcode": "999999"}, evidence=ev("区委"))
    gov = kg.add_node("Committee", "区委、区政府", scope=county, evidence=ev("区委、区政府"))
    sac = kg.add_node("Committee", "区安委会", scope=county, aliases=["区安全生产委员会"], evidence=ev("区安委会"))
    office = kg.add_node("Department", "安委办", scope=county, evidence=ev("安委办"))
    bureau = kg.add_node("Department", "区应急管理局", scope=county, aliases=["区应急局"], evidence=ev("区应急管理局"))
    city_bureau = kg.add_node("Department", "市应急管理局", scope=city, evidence=ev("市应急管理局"))
    team = kg.add_node("RescueTeam", "区消防救援大队", scope=county, evidence=ev("区消防救援大队"))
    firm = kg.add_node("Enterprise", "某某化工有限公司", scope=county, evidence=ev("某某化工有限公司"))
    res = kg.add_node("Reservoir", "青山水库", scope=county, evidence=ev("青山水库"))
    park = kg.add_node("Facility", "化工园区", scope=county, evidence=ev("化工"))
    plan = kg.add_node("Plan", "鼓楼区防汛抗旱应急预案", scope=county, properties={"kind": "emergency_plan"},
                       evidence=ev("《鼓楼区防汛抗旱应急预案》"))
    drill = kg.add_node("Drill", "防汛演练", scope=county, properties={"date": "5月13日", "kind": "防汛"},
                        evidence=ev("5月13日在青山水库开展防汛演练"))
    person = kg.add_node("Person", "张三", scope=county, evidence=ev("张三"))
    chem = kg.add_node("Sector", "危险化学品", aliases=["危化品"], evidence=ev("危险化学品"))
    fire = kg.add_node("Sector", "消防", aliases=["消防安全"], evidence=ev("消防安全"))
    flood = kg.add_node("Sector", "防汛抗旱", evidence=ev("防汛抗旱"))
    edges = [
        (gov, "LEADS", sac, "在区委、区政府的领导下", {}), (bureau, "MEMBER_OF", sac, "区应急管理局是区安委会成员单位", {}),
        (office, "PART_OF", sac, "安委办设在区应急管理局", {}), (person, "HOLDS_POST", sac, "张三任区长、区安委会主任",
                                                                 {"title": "主任"}),
        (bureau, "RESPONSIBLE_FOR", chem, "区应急管理局负责危险化学品安全监管", {}),
        (team, "RESPONSIBLE_FOR", fire, "区消防救援大队负责消防安全", {}),
        (bureau, "SUPERVISES", firm, "区应急管理局检查了某某化工有限公司", {}),
        (city_bureau, "GUIDES", bureau, "市应急管理局指导区应急管理局", {}),
        (bureau, "ISSUED", plan, "印发《鼓楼区防汛抗旱应急预案》", {"action": "印发"}),
        (bureau, "ORGANIZED", drill, "5月13日在青山水库开展防汛演练", {"role": "开展"}),
        (firm, "PARTICIPATED_IN", drill, "某某化工有限公司参加", {}),
        (drill, "HELD_AT", res, "在青山水库开展防汛演练", {}),
        (bureau, "INSPECTED", firm, "区应急管理局检查了某某化工有限公司", {"date": "5月"}),
        (bureau, "SUPERVISES", park, "区应急管理局检查了某某化工", {}),
        (res, "LOCATED_IN", county, "在青山水库", {}), (county, "LOCATED_IN", city, "江南市鼓楼区", {}),
        (plan, "COVERS", flood, "《鼓楼区防汛抗旱应急预案》", {}), (drill, "COVERS", flood, "防汛演练", {}),
    ]
    for s, k, t, part, props in edges:
        kg.add_edge(s, k, t, properties=props, evidence=ev(part))
    kg.add_mentions(doc)
    assert {k for _, _, k, _ in kg.edges()} == set(REL_TYPES), "the fixture covers every relationship type"
    assert {d["label"] for _, d in kg.nodes()} == set(LABELS), "the fixture covers every label"
    del chaoyang, dxh, masked, given
    return kg, doc, name


@pytest.fixture(scope="module")
def rich_store(tmp_path_factory) -> EmbeddedStore:
    kg, doc, name = build_rich()
    st = EmbeddedStore(tmp_path_factory.mktemp("rich-store"))
    st.put(kg, doc, name, TEXT)
    st.save()
    return EmbeddedStore(st.path, create=False)


@pytest.fixture(params=["rich", "seed"])
def any_store(request, rich_store):
    return rich_store if request.param == "rich" else request.getfixturevalue("seed_store")


def _export(store, fmt="nt", **kw) -> tuple[bytes, rdf.ExportSummary]:
    buf = io.BytesIO()
    summary = rdf.ExportSummary()
    rdf.write(rdf.store_triples(store, kw.get("base", rdf.DEFAULT_BASE), summary), buf, fmt,
              engine=kw.get("engine", "oxigraph"), base=kw.get("base", rdf.DEFAULT_BASE))
    return buf.getvalue(), summary


def _rdflib(data: bytes, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=data, format={"nt": "nt", "turtle": "turtle", "xml": "xml",
                                                   "jsonld": "json-ld"}[fmt])


# -- the ontology ------------------------------------------------------------------------------------------
def test_ontology_has_a_class_per_label_and_a_property_per_type():
    g = ontology_graph()
    for label, (zh, en, parents) in LABELS.items():
        c = E[label]
        assert (c, RDF.type, OWL.Class) in g, label
        assert rdflib.Literal(zh, lang="zh") in set(g.objects(c, RDFS.label)), label
        assert rdflib.Literal(en, lang="en") in set(g.objects(c, RDFS.label)), label
        for parent in parents:
            assert (c, RDFS.subClassOf, E[parent]) in g
    for type_, (zh, en, _, _) in REL_TYPES.items():
        p = E[camel(type_)]
        assert (p, RDF.type, OWL.ObjectProperty) in g, type_
        assert rdflib.Literal(zh, lang="zh") in set(g.objects(p, RDFS.label)), type_
        assert rdflib.Literal(en, lang="en") in set(g.objects(p, RDFS.label)), type_


def test_every_ontology_term_has_labels_in_both_languages_and_a_comment():
    g = ontology_graph()
    terms = {s for s in g.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef) and str(s).startswith(EMKG)}
    assert len(terms) > len(LABELS) + len(REL_TYPES)
    for t in terms:
        langs = {lit.language for lit in g.objects(t, RDFS.label)}
        assert {"zh", "en"} <= langs, t
        assert any(True for _ in g.objects(t, RDFS.comment)), t
    # our namespace only where no standard term fits: every class has a standard super-class
    for label in LABELS:
        supers = [str(o) for o in g.objects(E[label], RDFS.subClassOf)]
        assert any(not s.startswith(EMKG) for s in supers) or LABELS[label][2], label


def test_shapes_file_is_generated_from_vocab():
    text = shapes_path().read_text(encoding="utf-8")
    assert text == updated(text), "run `python -m kg.rdf.shapes`"
    rdflib.Graph().parse(data=text, format="turtle")
    assert ontology_path("shapes.ttl").is_file()


# -- parsing, counting, comparing with the store -------------------------------------------------------
@pytest.mark.parametrize("fmt", ["turtle", "nt", "xml", "jsonld"])
def test_both_parsers_read_every_format(rich_store, fmt):
    data, summary = _export(rich_store, fmt)
    g = _rdflib(data, fmt)
    ox_format = rdf.FORMATS[fmt][0]
    ox_triples = list(ox.parse(data, ox_format))
    assert len(g) == len(ox_triples) == summary.triples > 300
    nt = _rdflib(ox.serialize(ox_triples, format=ox.RdfFormat.N_TRIPLES), "nt")
    assert nt.isomorphic(g)


def test_rdflib_engine_writes_the_same_graph(rich_store):
    for fmt in ("turtle", "nt"):
        a = _rdflib(_export(rich_store, fmt, engine="rdflib")[0], fmt)
        b = _rdflib(_export(rich_store, fmt)[0], fmt)
        assert a.isomorphic(b)


def test_no_node_relationship_or_evidence_lost(any_store):
    data, summary = _export(any_store, "nt")
    g = _rdflib(data, "nt")
    kg = any_store.graph
    assert summary.nodes == len(kg) and summary.relationships == kg.g.number_of_edges()
    ids = {str(o): s for s, o in g.subject_objects(rdflib.URIRef(DCTERMS + "identifier"))}
    assert set(ids) == set(kg.g.nodes)
    labels = Counter(str(o) for o in g.objects(None, E.label))
    assert labels == Counter(d["label"] for _, d in kg.nodes())
    for nid, d in kg.nodes():
        for lab in labels_of(d["label"]):
            assert (ids[nid], RDF.type, E[lab]) in g
        names = {str(o) for o in g.objects(ids[nid], rdflib.URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
        assert names | {d["name"]} == d["aliases"] | {d["name"]}
    statements = Counter(str(o) for o in g.objects(None, E.relationshipType))
    assert statements == Counter(k for _, _, k, _ in kg.edges())
    for s, t, k, d in kg.edges():
        assert (ids[s], E[camel(k)], ids[t]) in g, (s, k, t)
    # every evidence item: an annotation whose quote is the store's sentence and whose positions match
    q = """SELECT ?doc ?start ?end ?exact WHERE {
             ?a a oa:Annotation ; oa:hasTarget ?t . ?t oa:hasSource ?d ; oa:hasSelector ?q, ?p .
             ?d dcterms:identifier ?doc . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }"""
    found = {(str(r.doc), int(r.start), int(r.end)): str(r.exact)
             for r in g.query(q, initNs={"oa": OA, "dcterms": DCTERMS})}
    wanted = {e for _, d in kg.nodes() for e in d["evidence"]} | {e for *_, d in kg.edges() for e in d["evidence"]}
    assert set(found) == wanted
    for ev, exact in found.items():
        assert exact == any_store.evidence(ev)["text"]


def test_iris_are_ascii_under_the_chosen_base(rich_store):
    base = "http://data.example.net/kg/"
    data, _ = _export(rich_store, "nt", base=base)
    g = _rdflib(data, "nt")
    ours = {str(n) for t in g for n in t if isinstance(n, rdflib.URIRef) and str(n).startswith(base)}
    assert len(ours) > 30 and all(n.isascii() for n in ours)
    assert not any(str(n).startswith(rdf.DEFAULT_BASE) for t in g for n in t)
    zh = [o for o in g.objects(None, RDFS.label) if getattr(o, "language", None) == "zh"]
    assert any("区应急管理局" == str(o) for o in zh)
    with pytest.raises(InputError):
        _export(rich_store, "nt", base="not an iri")


# -- SHACL ------------------------------------------------------------------------------------------------
def _validate(data_graph: rdflib.Graph):
    import pyshacl

    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, report, text = pyshacl.validate(data_graph, shacl_graph=shapes, ont_graph=ontology_graph(),
                                              inference="none", advanced=True, allow_warnings=True)
    violations = list(report.subjects(RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#ValidationResult")))
    severe = [v for v in violations if (v, rdflib.URIRef("http://www.w3.org/ns/shacl#resultSeverity"),
                                        rdflib.URIRef("http://www.w3.org/ns/shacl#Violation")) in report]
    return conforms, severe, text


def test_export_validates_against_the_shapes(any_store):
    conforms, severe, text = _validate(_rdflib(_export(any_store, "nt")[0], "nt"))
    assert not severe, text
    assert conforms, text


def test_shapes_catch_a_relationship_with_a_wrong_end(rich_store):
    g = _rdflib(_export(rich_store, "nt")[0], "nt")
    bureau = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == "区应急管理局")
    person = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == "张三")
    g.add((bureau, E.responsibleFor, person))  # a body answering for a person, not a sector
    conforms, severe, text = _validate(g)
    assert not conforms and severe
    assert "RESPONSIBLE_FOR" in text


# -- adcodes ----------------------------------------------------------------------------------------------
def test_adcodes_are_matched_conservatively():
    kg, _, _ = build_rich()
    codes = {kg.node(n)["name"]: (m.adcode, m.how) for n, m in match_jurisdictions(kg).items()}
    assert codes["东西湖区"] == ("420112", "unique")
    assert codes["福州市"] == ("350100", "unique")
    assert codes["鼓楼区"] == ("350102", "unique in parent")  # four 鼓楼区; LOCATED_IN 福州市 picks one
    assert codes["某新区"] == ("999999", "given")
    assert "朝阳区" not in codes  # in Beijing and in Changchun, no parent known
    assert "*区" not in codes


def test_export_writes_one_adcode_triple_per_code(rich_store):
    data, summary = _export(rich_store, "nt")
    g = _rdflib(data, "nt")
    assert {str(o) for o in g.objects(None, E.adcode)} == {m.adcode for m in summary.adcodes.values()}
    assert len(list(g.triples((None, E.adcode, None)))) == len(summary.adcodes) == 4


def test_seed_county_names_resolve_to_their_codes():
    kg = KnowledgeGraph()
    for name in ("昌江区", "赣县区", "东西湖区"):
        kg.add_node("Jurisdiction", name)
    codes = {kg.node(n)["name"]: m.adcode for n, m in match_jurisdictions(kg).items()}
    assert codes == {"昌江区": "360202", "赣县区": "360704", "东西湖区": "420112"}


# -- SPARQL: the canned queries give the store's answers ---------------------------------------------------
def _responsible_from_store(kg: KnowledgeGraph, sector_name: str) -> set[tuple[str, str]]:
    out = set()
    for b, s, _, _ in kg.edges("RESPONSIBLE_FOR"):
        sd = kg.node(s)
        if sector_name in sd["aliases"] | {sd["name"]}:
            out.add((b, s))
    return out


def _upward_from_store(kg: KnowledgeGraph, start: str) -> set[tuple[str, str, str]]:
    steps, seen, todo = set(), {start}, [start]
    while todo:
        n = todo.pop()
        ups = [(n, k, t) for _, t, k in kg.g.out_edges(n, keys=True) if k in ("PART_OF", "MEMBER_OF")]
        ups += [(n, k, s) for s, _, k in kg.g.in_edges(n, keys=True) if k in ("LEADS", "GUIDES", "HOLDS_POST")]
        for lower, k, upper in ups:
            steps.add((lower, k, upper))
            if upper not in seen:
                seen.add(upper)
                todo.append(upper)
    return steps


def test_shared_responsibility_in_sparql_matches_the_store(any_store):
    kg = any_store.graph
    ox_store = load(rdf.store_triples(any_store))
    names = {n for _, d in kg.nodes("Sector") for n in d["aliases"] | {d["name"]}} | {"消防安全", "道路交通"}
    for name in sorted(names):
        res = run_sparql("shared-responsibility", ox_store, params={"sector": name})
        got = {(r["body"].removeprefix(rdf.DEFAULT_BASE), r["sector_iri"].removeprefix(rdf.DEFAULT_BASE))
               for r in res.records()}
        assert got == _responsible_from_store(kg, name), name
    if kg.find("鼓楼区", label="Jurisdiction"):  # the fictional fixture
        res = run_sparql("shared-responsibility", ox_store, params={"sector": "消防安全", "jurisdiction": "鼓楼区"})
        assert [r["body_name"] for r in res.records()] == ["区消防救援大队"]
        assert "区消防救援大队负责消防安全" in res.records()[0]["evidence"]
        assert not run_sparql("shared-responsibility", ox_store,
                              params={"sector": "消防安全", "jurisdiction": "朝阳区"}).rows


def test_accountability_chain_in_sparql_matches_the_store(any_store):
    kg = any_store.graph
    ox_store = load(rdf.store_triples(any_store))
    bodies = [(n, d) for lab in ("Committee", "Department", "RescueTeam") for n, d in kg.nodes(lab)]
    for nid, d in bodies:
        res = run_sparql("accountability-chain", ox_store, params={"body": d["name"]})
        got = {(r["lower"], r["relationship"], r["upper"]) for r in res.records()
               if r["start"] == rdf.DEFAULT_BASE + nid}
        want = {(rdf.DEFAULT_BASE + a, k, rdf.DEFAULT_BASE + b) for a, k, b in _upward_from_store(kg, nid)}
        assert got == want, d["name"]
    if kg.find("鼓楼区", label="Jurisdiction"):  # the fictional fixture
        rows = run_sparql("accountability-chain", ox_store, params={"body": "安委办"}).records()
        assert {(r["lower_name"], r["relationship"], r["upper_name"]) for r in rows} == {
            ("安委办", "PART_OF", "区安委会"), ("区安委会", "LEADS", "区委、区政府"),  # lower, step, upper
            ("区安委会", "HOLDS_POST", "张三")}


def test_parameters_are_bound_not_spliced(rich_store):
    hostile = '危险化学品") } DELETE WHERE { ?s ?p ?o } #'
    res = rdf.sparql("shared-responsibility", rich_store, params={"sector": hostile})
    assert res.rows == []
    assert rdf.sparql("ASK { ?s a emkg:Sector }", rich_store).boolean is True


# -- the command line -------------------------------------------------------------------------------------
def test_cli_export_and_sparql(rich_store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "g.ttl"
    r = runner.invoke(app, ["export", "rdf", "--store", str(rich_store.path), "--out", str(out),
                            "--base", "https://example.com/x/"])
    assert r.exit_code == 0, r.output
    assert "4 of 6 jurisdictions linked to GB/T 2260" in r.output
    assert len(rdflib.Graph().parse(out, format="turtle")) > 300
    r = runner.invoke(app, ["sparql", "shared-responsibility", "--store", str(rich_store.path),
                            "--param", "sector=危化品", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [row["body_name"] for row in json.loads(r.output)] == ["区应急管理局"]
    r = runner.invoke(app, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a emkg:Drill }", "--store",
                            str(rich_store.path), "--format", "csv"])
    assert r.output.splitlines() == ["n", "1"]
    r = runner.invoke(app, ["sparql", "SELEC nonsense", "--store", str(rich_store.path)])
    assert r.exit_code != 0


# -- the same answers as the canned queries of queries/ (kg query) -------------------------------------------
def test_sparql_twins_answer_like_kg_query(rich_store):
    queries = pytest.importorskip("queries")
    if not hasattr(queries, "run"):
        pytest.skip("queries.run not available")
    kg = rich_store.graph
    for _, d in kg.nodes("Sector"):
        for name in sorted(d["aliases"]):
            want = {(r["jurisdiction"], r["body"]) for r in queries.run("shared-responsibility", {"sector": name},
                                                                        store=rich_store)}
            got = {(r["jurisdiction_name"], r["body_name"]) for r in
                   rdf.sparql("shared-responsibility", rich_store, params={"sector": name}).records()}
            assert got == want, name
    for lab in ("Committee", "Department", "RescueTeam"):
        for _, d in kg.nodes(lab):
            rows = queries.run("accountability-chain", {"body": d["name"]}, store=rich_store)
            want = {(s["source"], s["type"], s["target"]) for r in rows if r["direction"] == "up" for s in r["steps"]}
            got = set()
            for r in rdf.sparql("accountability-chain", rich_store, params={"body": d["name"]}).records():
                lower, upper = r["lower_name"], r["upper_name"]
                source, target = (lower, upper) if r["relationship"] in ("PART_OF", "MEMBER_OF") else (upper, lower)
                got.add((source, r["relationship"], target))
            assert got == want, d["name"]
