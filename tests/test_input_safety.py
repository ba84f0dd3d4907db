"""Credentials never reach the terminal: not from the environment, not from a URL given as input."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kg
from loaders import collect_files

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret-Pa55-word"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, **(env or {})})


def test_a_url_with_credentials_is_skipped_without_showing_them(tmp_path):
    url = f"https://admin:{SECRET}@example.org/reports/2023.html"
    files, skipped = collect_files([url])
    assert files == []
    assert skipped == [("https://***@example.org/reports/2023.html",
                        "a URL, not a file (save the page and ingest the file)")]
    done = _cli("ingest", url, "--store", str(tmp_path / "s"))
    assert done.returncode == 0
    assert "0 added, 0 replaced, 0 unchanged, 1 skipped" in done.stdout
    assert "***@example.org" in done.stderr
    assert SECRET not in done.stdout + done.stderr
    strict = _cli("ingest", url, "--store", str(tmp_path / "s"), "--strict")
    assert strict.returncode == 1 and SECRET not in strict.stdout + strict.stderr


def test_a_local_file_whose_name_looks_like_a_url_is_still_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "http:").mkdir()
    (tmp_path / "http:" / "r.txt").write_text("区应急管理局工作总结。\n", encoding="utf-8")
    files, skipped = collect_files(["http:/r.txt"])
    assert files == ["http:/r.txt"] and skipped == []


def test_errors_do_not_show_secrets_from_the_environment(tmp_path):
    env = {"NEO4J_PASSWORD": SECRET, "NEO4J_URI": f"bolt://neo4j:{SECRET}@localhost:1"}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x80\x81\xff\xfe\xfd" * 40)
    (folder / "ok.txt").write_text("区应急管理局工作总结。\n", encoding="utf-8")
    store = tmp_path / "s"
    outputs = [_cli("ingest", str(folder), "--store", str(store), env=env),
               _cli("ingest", str(folder), "--store", str(store), "--strict", env=env),
               _cli("remove", "nope.txt", "--store", str(store), env=env)]
    (store / "graph.sqlite").write_bytes(b"{")
    outputs.append(_cli("stats", "--store", str(store), env=env))
    assert [o.returncode for o in outputs] == [0, 1, 1, 1]
    for done in outputs:
        assert SECRET not in done.stdout + done.stderr


def test_the_ingest_report_holds_no_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    (tmp_path / "r.txt").write_text("区应急管理局工作总结。\n", encoding="utf-8")
    report = kg.ingest([tmp_path / "r.txt"], store=tmp_path / "s")
    assert SECRET not in repr(report.as_dict())
    assert SECRET.encode() not in (tmp_path / "s" / "graph.sqlite").read_bytes()
