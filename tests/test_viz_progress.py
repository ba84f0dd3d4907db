"""Progress bars: drawn on a terminal (stderr), silent when piped, never mixed into stdout."""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time

import pytest

TIMEOUT = 120  # seconds for one `kg ingest` of a few small files


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Twelve small invented reports, enough for the bar to advance."""
    folder = tmp_path_factory.mktemp("progress-reports")
    for i in range(12):
        (folder / f"report-{i:02d}.txt").write_text(
            f"第{i}号工作总结\n区应急管理局组织开展安全生产检查{i}次。\n", encoding="utf-8")
    return folder


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE")}
    e.update(TERM="xterm-256color", COLUMNS="100")
    return e


def kg_with_tty_stderr(args: list[str], stdout_path) -> tuple[int, bytes]:
    """Run `kg ARGS` with stderr on a pseudo-terminal and stdout to a file; returns (exit code, tty bytes)."""
    master, slave = os.openpty()
    with open(stdout_path, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args], stdin=subprocess.DEVNULL,
                                stdout=out, stderr=slave, env=env())
    os.close(slave)
    seen = bytearray()
    deadline = time.monotonic() + TIMEOUT
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed its end of the terminal
                    break
                if not chunk:
                    break
                seen += chunk
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
            pytest.fail(f"kg {args[0]} did not finish in {TIMEOUT} s")
        return proc.wait(timeout=30), bytes(seen)
    finally:
        os.close(master)


def test_bar_on_a_terminal(reports, tmp_path):
    code, tty = kg_with_tty_stderr(["ingest", str(reports), "--store", str(tmp_path / "store")], tmp_path / "out.txt")
    assert code == 0
    text = tty.decode("utf-8", "replace")
    assert "ingest" in text and "━" in text  # rich's bar, labelled
    assert "\x1b[2K" in text  # redrawn in place, then cleared (transient)
    out = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert out == f"12 added, 0 replaced, 0 unchanged, 0 skipped -> {tmp_path / 'store'}\n"


def test_json_on_stdout_stays_clean_with_a_bar_on_the_terminal(reports, tmp_path):
    code, tty = kg_with_tty_stderr(["ingest", str(reports), "--store", str(tmp_path / "store"), "--json"],
                                       tmp_path / "out.json")
    assert code == 0 and "━" in tty.decode("utf-8", "replace")
    raw = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert raw.startswith("{") and len(json.loads(raw)["added"]) == 12


def test_silent_when_piped(reports, tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(reports), "--store", str(tmp_path / "store")],
                       capture_output=True, text=True, timeout=TIMEOUT, env=env(), stdin=subprocess.DEVNULL)
    assert r.returncode == 0
    assert r.stderr == ""
    assert r.stdout == f"12 added, 0 replaced, 0 unchanged, 0 skipped -> {tmp_path / 'store'}\n"


def test_rdf_export_bar_on_a_terminal(reports, tmp_path):
    store = tmp_path / "store"
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(reports), "--store", str(store)],
                   capture_output=True, timeout=TIMEOUT, check=True, stdin=subprocess.DEVNULL)
    out = tmp_path / "graph.nt"
    code, tty = kg_with_tty_stderr(["export", "rdf", "--store", str(store), "--format", "nt", "--out", str(out)],
                                   tmp_path / "out.txt")
    assert code == 0
    assert "export rdf" in tty.decode("utf-8", "replace")
    said = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert f"triples -> {out}" in said  # the summary stays on stdout
    assert out.read_bytes().count(b"\n") > 100


def test_rdf_export_reports_progress_up_to_the_triple_count(reports, tmp_path):
    import kg
    from kg import rdf

    kg.ingest([reports], store=tmp_path / "store")
    seen: list[int] = []
    summary = rdf.export_rdf(tmp_path / "store", tmp_path / "g.nt", "nt", progress=seen.append)
    assert seen[0] == 0 and seen == sorted(seen)
    assert seen[-1] == summary.triples > 0
