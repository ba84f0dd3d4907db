"""Fuzzing the reader and the extraction: random Unicode, broken punctuation, markdown and
page-break noise, random bytes. Never an unhandled exception; every evidence offset is
valid and its text is the slice of the decoded document it names."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import loaders
from kg.errors import InputError
from kg.model import KnowledgeGraph
from kg.store import EmbeddedStore
from loaders.source import Source

# Pieces that look like the reports without being taken from them.
WORDS = ["区应急管理局", "区安委会", "防汛抗旱指挥部", "某某镇", "某某水库", "化工有限公司", "应急演练",
         "《防汛抗旱应急预案》", "安全生产", "副区长", "检查企业", "12次", "2023年", "一、", "（二）", "3.",
         "牵头", "督查", "约谈", "责令整改", "危险物品领域：", "消防", "森林防灭火", "地质灾害"]
PUNCT = list("。，、；：？！…—（）()《》〈〉“”‘’「」【】·-,.;:!?\"'/\\|~`*_#[]{}<>")
NOISE = ["\n", "\r\n", "\r", "\n\n", "\f", "\t", "\u3000", "\xa0", "\ufeff", "\u200b", "# ", "## ", "**", "- ",
         "* ", "1. ", "> ", "---\n", "```\n", "| a | b |\n|---|---|\n", "- 12 -", "第 3 页 共 9 页",
         "<br>", "<p>", "</p>", "&nbsp;", "\x0c\n— 5 —\n"]

pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.sampled_from(NOISE),
                   st.text(max_size=8))
documents = st.lists(pieces, max_size=80).map("".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"])
suffixes = st.sampled_from([".txt", ".md", ".html", ".htm"])


def _check(path: Path, store_dir: Path) -> None:
    """Read and extract one file: an InputError or a fragment whose evidence is sound."""
    try:
        source = loaders.read_document(path)
    except InputError as exc:
        assert str(path) in str(exc)
        return
    text = source.text
    fragment = loaders.extract(source)
    evidence = [e for _, d in fragment.nodes() for e in d["evidence"]]
    evidence += [e for _, _, _, d in fragment.edges() for e in d["evidence"]]
    for doc, start, end in evidence:
        assert doc == source.doc_id
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start <= end <= len(text), (start, end, len(text))
    # the store keeps the decoded text: the evidence it gives back is that slice
    store = EmbeddedStore(store_dir)
    store.put(fragment, source.doc_id, source.name, text, path=str(path))
    store.save()
    reopened = EmbeddedStore(store_dir, create=False)
    assert reopened.text(source.doc_id) == text
    assert reopened.graph.to_data() == fragment.to_data()
    for ev in evidence:
        assert reopened.evidence(ev)["text"] == text[ev[1]:ev[2]]


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(text=documents, encoding=encodings, suffix=suffixes)
def test_random_reports_in_any_encoding(text, encoding, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"report{suffix}"
        path.write_bytes(text.encode(encoding))
        _check(path, Path(tmp) / "store")


@FUZZ
@given(data=st.binary(max_size=600), suffix=suffixes)
def test_random_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"noise{suffix}"
        path.write_bytes(data)
        _check(path, Path(tmp) / "store")


@FUZZ
@given(text=documents, data=st.binary(max_size=40), at=st.floats(0, 1))
def test_reports_with_a_spliced_in_byte_run(text, data, at):
    """A good report damaged in the middle (a bad sector, a bad copy)."""
    raw = text.encode("utf-8")
    cut = int(len(raw) * at)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "damaged.txt"
        path.write_bytes(raw[:cut] + data + raw[cut:])
        _check(path, Path(tmp) / "store")


xml_safe = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(st.one_of(st.sampled_from(WORDS), xml_safe), max_size=10),
       cells=st.lists(xml_safe, max_size=4))
def test_random_word_files(paragraphs, cells):
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if cells:
        table = d.add_table(rows=1, cols=len(cells))
        for cell, value in zip(table.rows[0].cells, cells):
            cell.text = value
    buf = io.BytesIO()
    d.save(buf)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.docx"
        path.write_bytes(buf.getvalue())
        _check(path, Path(tmp) / "store")
        if any(p.strip() for p in paragraphs + cells):
            text = loaders.read_document(path).text
            for p in paragraphs + cells:
                assert p.strip() in text


@FUZZ
@given(text=documents)
@example(text="")  # read_document refuses blank files, but extract() is public API too
@example(text=" \n")
def test_extract_straight_from_text(text):
    source = Source(name="report.txt", text=text)
    fragment = loaders.extract(source)
    for _, d in fragment.nodes():
        for doc, start, end in d["evidence"]:
            assert doc == source.doc_id
            assert 0 <= start <= end <= len(text), (d["label"], d["name"], start, end, len(text))
    for s, t, k, d in fragment.edges():
        for doc, start, end in d["evidence"]:
            assert doc == source.doc_id
            assert 0 <= start <= end <= len(text), (k, start, end, len(text))


def test_fragment_from_an_empty_graph_is_fine(tmp_path):
    # the store accepts a fragment with nothing in it (a report where nothing was found)
    store = EmbeddedStore(tmp_path / "s")
    assert store.put(KnowledgeGraph(), "doc-x", "x.txt", "文本") == "added"
    store.save()
    assert EmbeddedStore(tmp_path / "s", create=False).text("doc-x") == "文本"
