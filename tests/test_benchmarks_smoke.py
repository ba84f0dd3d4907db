"""The benchmark tools: the synthetic corpus is realistic and deterministic, and
`benchmarks.run --quick` runs and prints every figure (no timing is asserted)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks/ is a folder of the checkout, not an installed package

from benchmarks.generate import generate, make_report  # noqa: E402


def test_generator_is_deterministic_by_seed(tmp_path):
    a = [p.read_text(encoding="utf-8") for p in generate(5, tmp_path / "a", seed=3)]
    b = [p.read_text(encoding="utf-8") for p in generate(5, tmp_path / "b", seed=3)]
    c = [p.read_text(encoding="utf-8") for p in generate(5, tmp_path / "c", seed=4)]
    assert a == b
    assert a != c
    # document i depends on (seed, i) only: a bigger corpus starts with the smaller one
    assert make_report(3, 4)[1] == a[4]


def test_reports_look_like_the_genre(tmp_path):
    paths = generate(60, tmp_path, seed=11)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    sizes = [p.stat().st_size for p in paths]
    assert 3_000 <= min(sizes) and max(sizes) <= 16_000
    assert all(re.search(r"20\d\d年.*(总结|报告)", t.splitlines()[0]) for t in texts)
    joined = "\n".join(texts)
    for form in ("领域：", "安委会", "有限公司", "水库", "演练", "《", "指导下"):
        assert form in joined, form
    # the damage of real files shows up somewhere in the corpus
    assert re.search(r"[*X]{1,4}(条|处|家|人|月|日)", joined)      # masked figures
    assert re.search(r"[\u4e00-\u9fff][,:;(]", joined)             # half-width punctuation
    assert re.search(r"^(# |## |\*\*)", joined, re.M)             # markdown remnants
    assert re.search(r"\n(- \d -|第\d页|\f)\n?", joined)            # page breaks
    # several reports per district, so ingest has to merge across documents
    districts = [p.name.split("_")[1] for p in paths]
    assert len(set(districts)) < len(districts)


def test_no_sentence_of_the_seeds_is_reused(tmp_path, seeds_dir):
    generated = "".join(p.read_text(encoding="utf-8") for p in generate(40, tmp_path, seed=5))
    for seed in sorted(seeds_dir.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for sentence in re.split(r"[。；;\n]", text):
            sentence = sentence.strip()
            if len(sentence) >= 25:
                assert sentence not in generated, sentence


def test_quick_run_prints_every_figure():
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--quick", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)
    assert out["machine"]["cpus"] >= 1 and out["machine"]["command"].endswith("--quick")
    names = {f["name"]: f for f in out["figures"]}
    wanted = [
        "ingest 200 docs --jobs 1: throughput", "ingest 200 docs --jobs 1: documents/s",
        "ingest 200 docs --jobs 1: peak memory per 1,000 docs", "bare jieba.lcut 200 docs: throughput",
        "ingest / bare jieba throughput (1 core)", "ingest --jobs 2 speed-up over --jobs 1",
        "ingest --jobs 2 output identical to --jobs 1", "store open 200 docs", "store save 200 docs",
        "push 200 docs", "RDF export 200 docs",
    ]
    for name in wanted:
        assert name in names, f"missing figure {name!r}; have {sorted(names)}"
        assert names[name]["value"] is not None
    # the two ingests must agree whatever the speed
    assert names["ingest --jobs 2 output identical to --jobs 1"]["value"] == "yes"
    from queries.registry import registry

    for query in registry():
        assert f"query {query} 200 docs p95" in names, f"no latency for query {query}"
    # every figure with a target says whether it met it
    assert all(f["passed"] in (True, False) for f in out["figures"] if f["target"])


@pytest.fixture(autouse=True)
def _no_writes_into_the_repo():
    """The default outputs of the tools must not appear in the checkout (other files may change:
    other work goes on in the same folder)."""
    defaults = [ROOT / "kg-data", ROOT / "graph.json", ROOT / "benchmarks" / "kg-data"]
    before = {p for p in defaults if p.exists()}
    yield
    assert {p for p in defaults if p.exists()} == before, "the benchmark wrote into the repository"


# -- the store at scale: removing or replacing a document reads few other fragments --------------
def test_subtracting_a_document_equals_rebuilding_it(tmp_path):
    import kg
    from kg.model import KnowledgeGraph

    corpus = tmp_path / "corpus"
    generate(9, corpus, seed=2)  # three districts, three reports each: shared bodies, sectors, cities
    kg.ingest([corpus], store=tmp_path / "s")
    st = kg.open_store(tmp_path / "s")
    for doc in sorted(st.documents):
        others = [st.fragment(d) for d in sorted(st.documents) if d != doc]
        rebuilt = KnowledgeGraph.from_data(st.graph.to_data())
        rebuilt.remove_document(doc, others)
        subtracted = KnowledgeGraph.from_data(st.graph.to_data())
        read = []
        assert subtracted.subtract_document(doc, st.fragment(doc), lambda d: read.append(d) or st.fragment(d))
        assert subtracted.to_data() == rebuilt.to_data()
        assert len(read) < len(others)  # the point: not every other document is read


def test_replacing_a_document_gives_the_graph_of_a_fresh_ingest(tmp_path):
    import kg

    corpus = tmp_path / "corpus"
    paths = generate(6, corpus, seed=8)
    kg.ingest([corpus], store=tmp_path / "s")
    text = paths[1].read_text(encoding="utf-8")
    paths[1].write_text(text.replace("有限公司", "股份有限公司", 1).replace("演练", "实战演练"), encoding="utf-8")
    report = kg.ingest([corpus], store=tmp_path / "s")
    assert report.replaced == [paths[1].name]
    kg.ingest([corpus], store=tmp_path / "fresh")
    assert kg.export_json(store=tmp_path / "s") == kg.export_json(store=tmp_path / "fresh")
