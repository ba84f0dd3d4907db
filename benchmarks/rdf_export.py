"""How fast the RDF export is, with each engine, on a synthetic graph of about a million triples.

    python -m benchmarks.rdf_export            # ~1,000,000 triples, both engines (a few minutes)
    python -m benchmarks.rdf_export --quick    # ~60,000 triples, under 20 s
    python -m benchmarks.rdf_export --json

The graph is made with KnowledgeGraph: many fictional counties, each with a committee,
departments, a rescue team, enterprises, a reservoir, a plan, a drill, an official and
relationships of every kind, each with an evidence sentence in the county's own text.
Figures: seconds and triples/s to build the triples, to write them with pyoxigraph and
with rdflib (building its in-memory graph included), and the ratio of the two engines.
"""
from __future__ import annotations

import argparse
import io
import json
import time

from kg.model import KnowledgeGraph, document_id
from kg.rdf import ExportSummary, triples
from kg.rdf.export import write
from kg.rdf.namespaces import DEFAULT_BASE

SECTORS = ["危险化学品", "道路交通", "消防", "建筑施工", "防汛抗旱", "森林防灭火"]


def synthetic(counties: int) -> tuple[KnowledgeGraph, dict[str, str]]:
    """A graph of `counties` fictional counties (县1, 县2, ...) and each one's text."""
    kg, texts = KnowledgeGraph(), {}
    sectors = [kg.add_node("Sector", s) for s in SECTORS]
    for i in range(counties):
        name = f"测试{i}县"
        doc = document_id(f"{i}.txt")
        sentence = f"{name}应急管理局会同各成员单位开展安全生产检查和应急演练。"
        text = sentence * 40
        texts[doc] = text
        n = len(sentence)

        def ev(k: int) -> list[tuple[str, int, int]]:
            return [(doc, (k % 40) * n, (k % 40) * n + n)]  # noqa: B023

        kg.add_node("Document", f"{i}.txt", id=doc, properties={"title": f"{name}工作总结"}, evidence=ev(0))
        j = kg.add_node("Jurisdiction", name, properties={"level": "county"}, evidence=ev(1))
        committee = kg.add_node("Committee", "县安委会", scope=j, aliases=["县安全生产委员会"], evidence=ev(2))
        depts = [kg.add_node("Department", f"县{d}局", scope=j, evidence=ev(3 + k))
                 for k, d in enumerate(["应急管理", "住建", "交通运输", "市场监管", "水利"])]
        team = kg.add_node("RescueTeam", "县综合应急救援大队", scope=j, evidence=ev(9))
        firms = [kg.add_node("Enterprise", f"测试{i}化工{k}有限公司", scope=j, evidence=ev(10 + k)) for k in range(4)]
        res = kg.add_node("Reservoir", f"测试{i}水库", scope=j, evidence=ev(15))
        plan = kg.add_node("Plan", f"{name}防汛抗旱应急预案", scope=j, properties={"kind": "emergency_plan"},
                           evidence=ev(16))
        drill = kg.add_node("Drill", "防汛应急演练", scope=j, properties={"date": "5月13日"}, evidence=ev(17))
        person = kg.add_node("Person", f"测试{i}", scope=j, evidence=ev(18))
        k = 20
        for d, s in zip(depts, sectors):
            kg.add_edge(d, "RESPONSIBLE_FOR", s, evidence=ev(k)); k += 1
            kg.add_edge(d, "MEMBER_OF", committee, evidence=ev(k)); k += 1
            kg.add_edge(committee, "LEADS", d, evidence=ev(k)); k += 1
            kg.add_edge(d, "LOCATED_IN", j, evidence=ev(k)); k += 1
        for f in firms:
            kg.add_edge(depts[0], "SUPERVISES", f, evidence=ev(k)); k += 1
            kg.add_edge(depts[0], "INSPECTED", f, properties={"date": "6月"}, evidence=ev(k)); k += 1
            kg.add_edge(f, "PARTICIPATED_IN", drill, evidence=ev(k)); k += 1
        kg.add_edge(team, "RESPONSIBLE_FOR", sectors[5], evidence=ev(k))
        kg.add_edge(team, "PART_OF", depts[0], evidence=ev(k + 1))
        kg.add_edge(person, "HOLDS_POST", committee, properties={"title": "主任"}, evidence=ev(k + 2))
        kg.add_edge(depts[0], "ISSUED", plan, properties={"action": "印发"}, evidence=ev(k + 3))
        kg.add_edge(depts[0], "ORGANIZED", drill, evidence=ev(k + 4))
        kg.add_edge(drill, "HELD_AT", res, evidence=ev(k + 5))
        kg.add_edge(res, "LOCATED_IN", j, evidence=ev(k + 6))
        kg.add_edge(plan, "COVERS", sectors[4], evidence=ev(k + 7))
        kg.add_mentions(doc)
    return kg, texts


def measure(counties: int) -> dict:
    t0 = time.perf_counter()
    kg, texts = synthetic(counties)
    t_graph = time.perf_counter() - t0

    summary = ExportSummary()
    t0 = time.perf_counter()
    ts = list(triples(kg, texts.__getitem__, DEFAULT_BASE, summary))
    t_build = time.perf_counter() - t0
    n = len(ts)
    out: dict = {"counties": counties, "nodes": summary.nodes, "relationships": summary.relationships,
                 "triples": n, "graph_s": round(t_graph, 2), "build_triples_s": round(t_build, 2),
                 "build_triples_per_s": round(n / t_build)}
    for engine in ("oxigraph", "rdflib"):
        for fmt in ("nt", "turtle"):
            buf = io.BytesIO()
            t0 = time.perf_counter()
            write(ts, buf, fmt, engine=engine, base=DEFAULT_BASE)
            secs = time.perf_counter() - t0
            out[f"{engine}_{fmt}_s"] = round(secs, 2)
            out[f"{engine}_{fmt}_triples_per_s"] = round(n / secs)
            out[f"{engine}_{fmt}_mb"] = round(len(buf.getvalue()) / 1e6, 1)
    for fmt in ("nt", "turtle"):
        out[f"ratio_{fmt}"] = round(out[f"rdflib_{fmt}_s"] / out[f"oxigraph_{fmt}_s"], 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="about 60,000 triples, under 20 s")
    ap.add_argument("--counties", type=int, help="how many synthetic counties (about 1,285 triples each)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    counties = args.counties or (50 if args.quick else 780)
    r = measure(counties)
    if args.json:
        print(json.dumps(r, indent=2))
        return
    print(f"{r['counties']} counties: {r['nodes']} nodes, {r['relationships']} relationships, "
          f"{r['triples']} triples (graph built in {r['graph_s']} s)")
    print(f"build triples      {r['build_triples_s']:>7} s  {r['build_triples_per_s']:>10,} triples/s")
    for engine in ("oxigraph", "rdflib"):
        for fmt in ("nt", "turtle"):
            print(f"{engine:<8} {fmt:<8}  {r[f'{engine}_{fmt}_s']:>7} s  {r[f'{engine}_{fmt}_triples_per_s']:>10,}"
                  f" triples/s  {r[f'{engine}_{fmt}_mb']} MB")
    print(f"rdflib / oxigraph time: N-Triples {r['ratio_nt']}x, Turtle {r['ratio_turtle']}x")


if __name__ == "__main__":
    main()
