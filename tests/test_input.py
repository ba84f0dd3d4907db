"""Reading input: encodings, formats, bad files, and a mixed folder through the CLI."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

import kg
from kg.errors import InputError
from loaders import collect_files, read_document
from loaders.source import decode_bytes, html_to_text

REPORT = "某某区应急管理局2023年工作总结\n一、安全生产形势总体稳定。\n全年开展应急演练12次，检查企业305家。\n"


def _cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=Path(__file__).resolve().parent.parent)


# -- encodings -----------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32"])
def test_encodings_decode_to_the_same_text(tmp_path, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode(encoding))
    source = read_document(path)
    assert source.text == REPORT  # no BOM left in the text, nothing lost
    assert source.name == "report.txt"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_seed_reports_survive_reencoding(tmp_path, seeds_dir, encoding):
    for seed in sorted(seeds_dir.glob("*.txt")):
        original = read_document(seed).text
        path = tmp_path / seed.name
        path.write_bytes(original.encode(encoding))
        assert read_document(path).text == original, (seed.name, encoding)


@pytest.mark.parametrize("text", ["应急", "中", "防汛抗旱", "安全生产月活动", "区应急局：", "演练 3 次。"])
@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_short_chinese_texts_are_not_misdetected(text, encoding):
    # statistical detectors guess wrong on a few bytes; strict decoders come first
    assert decode_bytes(text.encode(encoding))[0] == text


TRADITIONAL = ("某某縣應急管理局二〇二三年工作總結\n全縣應急管理工作在縣委、縣政府的堅強領導下，圍繞安全生產和防災減災救災，"
               "開展了危險化學品、煙花爆竹、道路交通等重點行業領域專項整治，組織防汛搶險演練三次。\n")


def test_big5_without_declaration_is_read_as_big5(tmp_path):
    # Big5 bytes also decode as GB18030, to rare characters and symbols: the everyday-character test tells them apart
    path = tmp_path / "traditional.txt"
    path.write_bytes(TRADITIONAL.replace("〇", "○").encode("big5"))
    source = read_document(path)
    assert source.encoding == "big5"
    assert source.text == TRADITIONAL.replace("〇", "○")


def test_gbk_report_with_rare_place_characters_stays_gbk(tmp_path):
    # uncommon characters in names (GB2312 level 2) must not tip a simplified report over to Big5
    text = REPORT + "鲇鱼山镇汪家坞水库、磡头村、濉溪河、邛崃山、婺源县、郯城县、亳州市、涪陵区、泸溪县开展汛前检查。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    source = read_document(path)
    assert source.encoding == "gb18030"
    assert source.text == text


def test_windows_line_endings_are_kept_as_decoded(tmp_path):
    # offsets refer to the decoded text: no newline normalisation may shift them
    path = tmp_path / "crlf.txt"
    path.write_bytes(REPORT.replace("\n", "\r\n").encode("gbk"))
    assert read_document(path).text == REPORT.replace("\n", "\r\n")


def test_utf16_cut_short_by_one_byte_still_reads(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(REPORT.encode("utf-16")[:-1])
    assert read_document(path).text.startswith(REPORT[:-1])


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\t\r\n ", "empty"),
    ("nul.txt", bytes(range(256)) * 8, "binary"),
    ("elf.txt", b"\x7fELF\x02\x01\x01" + bytes(500), "binary"),
    ("garbage.txt", b"\x80\x81\xff\xfe\xfd" * 40, "decode"),
    ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 30, "binary"),
    ("report.pdf", b"%PDF-1.4\n", "unsupported"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
    ("text-as.docx", REPORT.encode("utf-8"), "docx"),
    ("empty.html", b"<html><head><title>x</title><script>var a=1;</script></head><body> </body></html>",
     "no text"),
])
def test_bad_files_are_refused_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(path) in str(err.value)
    assert reason in str(err.value)


def test_unreadable_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_document(tmp_path / "missing.txt")


# -- formats -------------------------------------------------------------------------
PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>网站标题</title>
<style>p {{ color: red; }}</style><script>var menu = "导航脚本";</script></head>
<body>
<header><a href="/">首页</a> | 政务公开</header>
<nav><ul><li>栏目一</li><li>栏目二</li></ul></nav>
<div class="content">
  <h1>某某区应急管理局2023年工作总结</h1>
  <p>一、安全生产形势总体稳定。全年开展应急演练<b>12</b>次，
  检查企业305家。</p>
  <p>二、防汛抗旱&nbsp;工作扎实&lt;有效&gt;。<br>三、下一步计划。</p>
  <table><tr><td>单位</td><td>负责人</td></tr></table>
  <!-- 注释 -->
</div>
<noscript>请启用脚本</noscript>
<footer>版权所有 某某区人民政府</footer>
<script>track("统计代码");</script>
</body></html>
"""


@pytest.mark.parametrize("charset,suffix", [("utf-8", ".html"), ("gbk", ".htm")])
def test_html_keeps_text_and_paragraphs_only(tmp_path, charset, suffix):
    path = tmp_path / f"page{suffix}"
    path.write_bytes(PAGE.format(charset=charset).encode(charset))
    text = read_document(path).text
    assert text.splitlines() == [
        "某某区应急管理局2023年工作总结",
        "一、安全生产形势总体稳定。全年开展应急演练12次，检查企业305家。",
        "二、防汛抗旱\xa0工作扎实<有效>。",
        "三、下一步计划。",
        "单位",
        "负责人",
    ]
    for noise in ("导航", "栏目", "首页", "版权", "统计", "color", "注释", "网站标题", "请启用"):
        assert noise not in text


def test_html_declared_charset_is_used_when_utf8_fails(tmp_path):
    # Big5 bytes also decode as GB18030 (to nonsense): the page's own declaration comes first
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>' \
           "<body><p>某某區應急管理局工作總結</p><p>全年開展應急演練12次。</p></body></html>"
    path = tmp_path / "big5.html"
    path.write_bytes(page.encode("big5"))
    source = read_document(path)
    assert source.encoding == "big5"
    assert source.text == "某某區應急管理局工作總結\n全年開展應急演練12次。"


def test_html_deeply_nested_does_not_recurse(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 20000 + "深处的文字" + "</div>" * 20000, encoding="utf-8")
    assert read_document(path).text == "深处的文字"


def _docx_bytes() -> bytes:
    d = docx.Document()
    d.add_paragraph("某某区应急管理局2023年工作总结")
    d.add_paragraph("一、安全生产形势总体稳定。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "单位"
    table.cell(0, 1).text = "负责人"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "合并单元格的内容"
    d.add_paragraph("")
    d.add_paragraph("二、下一步计划。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_table_cells_in_order(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(_docx_bytes())
    assert read_document(path).text.splitlines() == [
        "某某区应急管理局2023年工作总结", "一、安全生产形势总体稳定。", "单位", "负责人", "合并单元格的内容",
        "二、下一步计划。"]


def test_collect_files_keeps_supported_and_lists_the_rest(tmp_path):
    for name in ("a.txt", "b.MD", "c.html", "d.htm", "e.docx", "f.pdf", "g", "sub/h.txt", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    files, skipped = collect_files([str(tmp_path), str(tmp_path / "nope")])
    assert [Path(f).name for f in files] == ["a.txt", "b.MD", "c.html", "d.htm", "e.docx", "h.txt"]
    assert sorted((Path(p).name, r) for p, r in skipped) == [
        ("f.pdf", "unsupported file type .pdf"), ("g", "unsupported file type (none)"),
        ("nope", "no such file or folder")]


# -- evidence offsets refer to the decoded text ----------------------------------------
def test_store_keeps_the_decoded_text_and_evidence_points_into_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gbk.txt").write_bytes(REPORT.encode("gbk"))
    (folder / "u16.txt").write_bytes(REPORT.replace("某某区", "另一区").encode("utf-16"))
    (folder / "page.html").write_bytes(PAGE.format(charset="gbk").encode("gbk"))
    (folder / "report.docx").write_bytes(_docx_bytes())
    report = kg.ingest([folder], store=tmp_path / "s")
    assert sorted(report.added) == ["gbk.txt", "page.html", "report.docx", "u16.txt"]
    st = kg.open_store(tmp_path / "s")
    for doc_id, info in st.documents.items():
        assert st.text(doc_id) == read_document(folder / info["name"]).text
    records = kg.export_json(store=st)
    evidence = [ev for rec in records["nodes"] + records["edges"] for ev in rec["evidence"]]
    assert evidence
    for ev in evidence:
        text = st.text(ev["doc"])
        assert 0 <= ev["start"] <= ev["end"] <= len(text)
        assert ev["text"] == text[ev["start"]:ev["end"]]


# -- the mixed folder, through the CLI -----------------------------------------------
def _mixed_folder(root: Path) -> tuple[list[str], dict[str, str]]:
    """Good files (name list) and bad files (name -> expected reason) in one folder."""
    root.mkdir()
    good = {
        "utf8.txt": REPORT.encode("utf-8"),
        "bom.txt": REPORT.encode("utf-8-sig"),
        "gbk.txt": REPORT.encode("gbk"),
        "utf16.md": REPORT.encode("utf-16"),
        "utf16le-nobom.txt": REPORT.encode("utf-16-le"),
        "page.html": PAGE.format(charset="utf-8").encode("utf-8"),
        "report.docx": _docx_bytes(),
    }
    bad = {
        "empty.txt": (b"", "empty file"),
        "binary.txt": (os.urandom(64) + bytes(4096), "binary file"),
        "scan.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "unsupported file type .pdf"),
        "undecodable.txt": (b"\x80\x81\xff\xfe\xfd" * 40, "cannot decode"),
        "broken.docx": (b"PK\x03\x04garbage", "not a readable .docx"),
    }
    for name, data in good.items():
        (root / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (root / name).write_bytes(data)
    return sorted(good), {name: reason for name, (_, reason) in bad.items()}


def test_mixed_folder_ingests_good_files_and_reports_bad_ones(tmp_path):
    good, bad = _mixed_folder(tmp_path / "in")
    store = tmp_path / "store"
    done = _cli("ingest", str(tmp_path / "in"), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert f"{len(good)} added, 0 replaced, 0 unchanged, {len(bad)} skipped -> {store}" in done.stdout
    warnings = [line for line in done.stderr.splitlines() if line.startswith("skipped ")]
    assert len(warnings) == len(bad)
    for name, reason in bad.items():
        line = next(w for w in warnings if w.startswith(f"skipped {tmp_path / 'in' / name}:"))
        assert line.startswith(f"skipped {tmp_path / 'in' / name}: {reason}"), line
        assert line.count(name) == 1, line  # the file is named once, not twice
    assert sorted(i["name"] for i in kg.open_store(store).documents.values()) == good

    again = _cli("ingest", str(tmp_path / "in"), "--store", str(store))
    assert f"0 added, 0 replaced, {len(good)} unchanged, {len(bad)} skipped" in again.stdout


def test_strict_makes_a_bad_file_an_error_and_changes_nothing(tmp_path):
    _mixed_folder(tmp_path / "in")
    store = tmp_path / "store"
    kg.ingest([tmp_path / "in" / "utf8.txt"], store=store)
    before = kg.export_json(store=store)
    done = _cli("ingest", str(tmp_path / "in"), "--store", str(store), "--strict")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(tmp_path / "in") in lines[0]
    assert "Traceback" not in done.stderr
    assert kg.export_json(store=store) == before


def test_strict_fails_on_an_undecodable_file_among_supported_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(REPORT.encode("utf-8"))
    (folder / "z.txt").write_bytes(b"\x80\x81\xff\xfe\xfd" * 40)
    with pytest.raises(InputError, match="z.txt"):
        kg.ingest([folder], store=tmp_path / "s", strict=True)
    assert not kg.open_store(tmp_path / "s").documents


def test_parallel_ingest_of_the_mixed_folder_gives_the_same_store(tmp_path):
    _mixed_folder(tmp_path / "in")
    one = kg.ingest([tmp_path / "in"], store=tmp_path / "s1")
    two = kg.ingest([tmp_path / "in"], store=tmp_path / "s2", jobs=2)
    assert sorted(one.added) == sorted(two.added)
    assert sorted(one.skipped) == sorted(two.skipped)
    assert kg.export_json(store=tmp_path / "s1") == kg.export_json(store=tmp_path / "s2")


def test_a_crash_in_extraction_skips_that_file_only(tmp_path, monkeypatch):
    import loaders

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(REPORT.replace("某某区", name[0] + "区"), encoding="utf-8")
    real_extract = loaders.extract

    def extract(source):
        if source.name == "b.txt":
            raise IndexError("list index out of range")
        return real_extract(source)

    monkeypatch.setattr(loaders, "extract", extract)
    report = kg.ingest([folder], store=tmp_path / "s")
    assert sorted(report.added) == ["a.txt", "c.txt"]
    assert report.skipped == [(str(folder / "b.txt"),
                               "extraction failed (IndexError: list index out of range); please report this file")]
    with pytest.raises(InputError, match="b.txt: extraction failed"):
        kg.ingest([folder], store=tmp_path / "s2", strict=True)


def test_a_fifo_is_skipped_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    files, skipped = collect_files([str(fifo), str(tmp_path)])
    assert files == []
    assert (str(fifo), "not a regular file") in skipped


def test_too_large_files_are_refused_before_reading(tmp_path, monkeypatch):
    from loaders import source

    path = tmp_path / "big.txt"
    path.write_bytes(REPORT.encode("utf-8") * 100)
    monkeypatch.setattr(source, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError, match=r"big.txt: too large .*limit"):
        read_document(path)


def test_a_docx_zip_bomb_is_refused_before_parsing(tmp_path):
    import zipfile

    buf = io.BytesIO(_docx_bytes())
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/padding.xml", b"\0" * (300 * 2**20))  # compresses to a few hundred kB
    path = tmp_path / "bomb.docx"
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(InputError, match=r"bomb.docx: .docx unpacks to 30\d MB \(the limit is 256 MB\)"):
        read_document(path)


def test_the_api_takes_one_path_as_well_as_a_list(tmp_path):
    # a str is a sequence too: ingest("dir") once read each character as a path
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("2023年某某区应急管理局工作总结\n区应急管理局牵头开展燃气安全检查。\n", encoding="utf-8")
    for i, path in enumerate((str(folder), folder, [folder])):
        report = kg.ingest(path, store=tmp_path / f"s{i}")
        assert report.added == ["a.txt"] and report.skipped == []
