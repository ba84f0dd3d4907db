"""Large input: a 50 MB report is read and ingested with memory bounded by a small
multiple of its size. Each measurement runs in a fresh subprocess, which reports its
own peak RSS (VmHWM, reset after imports) and its RSS after imports, so other tests do not count.

KG_LARGE_MB sets the size (default 50)."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIZE_MB = float(os.environ.get("KG_LARGE_MB", "50"))

# Runs in the subprocess: baseline RSS after imports and a warm-up, then the work, then the peak.
PROBE = """
import json, resource, sys, time
import kg, loaders

# warm up: lexicons and patterns load on first use, a fixed cost that is not the file's
loaders.extract(loaders.Source(name="warm-up.txt", text="区应急管理局牵头开展防汛应急演练。"))

def status_mb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024

base = status_mb("VmRSS")
try:  # reset the peak, so what the imports allocated and freed does not count
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
t0 = time.monotonic()
what, path, store = sys.argv[1:4]
if what == "read":
    n = len(loaders.read_document(path).text)
else:
    report = kg.ingest([path], store=store)
    assert report.added, report.skipped
    n = len(kg.open_store(store).text(next(iter(kg.open_store(store).documents))))
peak = status_mb("VmHWM")
print(json.dumps({"chars": n, "base_mb": base, "peak_mb": peak, "seconds": time.monotonic() - t0}))
"""


def _big_report(path: Path, size_mb: float, encoding: str) -> int:
    """A long report made of varied sentences of the usual forms; returns its size in bytes."""
    lines = []
    i = 0
    size = 0
    target = int(size_mb * 2**20)
    while size < target:
        line = (f"{i % 50 + 1}、某某镇应急办组织开展防汛抗旱应急演练{i % 97}次，检查企业{i % 313}家，"
                f"排查整改隐患{i % 71}处。区应急管理局牵头对第{i % 200}号水库开展督查。\n")
        lines.append(line)
        size += len(line.encode(encoding))
        i += 1
    path.write_bytes("".join(lines).encode(encoding))
    return path.stat().st_size


def _probe(what: str, path: Path, store: Path, timeout: float) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, what, str(path), str(store)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.timeout(900)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_reading_a_50mb_report_stays_within_a_small_multiple_of_its_size(tmp_path, encoding):
    path = tmp_path / "big.txt"
    size_mb = _big_report(path, SIZE_MB, encoding) / 2**20
    m = _probe("read", path, tmp_path / "unused", timeout=600)
    grew = m["peak_mb"] - m["base_mb"]
    print(f"read {size_mb:.0f} MB ({encoding}): {m['chars']} chars, peak +{grew:.0f} MB "
          f"({grew / size_mb:.1f}x), {m['seconds']:.1f}s")
    # the bytes, the decoded str (2 bytes per CJK char) and the decoder's transient 4-byte buffer
    assert grew < 4 * size_mb


INGEST_SECONDS = 600  # 50 MB of text at 100 kB/s; a quadratic step blows through it


def _timed_ingests(tmp_path: Path, sizes: tuple[float, float]) -> dict[float, dict]:
    runs = {}
    for mb in sizes:
        path = tmp_path / f"r{mb}.txt"
        _big_report(path, mb, "utf-8")
        runs[mb] = _probe("ingest", path, tmp_path / f"s{mb}", timeout=500)
    return runs


@pytest.mark.timeout(INGEST_SECONDS + 300)
def test_ingesting_a_50mb_report_stays_within_a_small_multiple_of_its_size(tmp_path):
    # fail fast: project the time from two small runs before spending minutes on the big one
    runs = _timed_ingests(tmp_path, (0.2, 0.8))
    growth = math.log(max(runs[0.8]["seconds"], 0.05) / max(runs[0.2]["seconds"], 0.05), 4)
    projected = runs[0.8]["seconds"] * (SIZE_MB / 0.8) ** max(growth, 1.0)
    assert projected < 2 * INGEST_SECONDS, (
        f"{SIZE_MB:.0f} MB would take about {projected:.0f}s (time grows as size^{growth:.1f}); "
        "see test_extraction_time_and_memory_grow_linearly")
    path = tmp_path / "big.txt"
    size_mb = _big_report(path, SIZE_MB, "utf-8") / 2**20
    try:
        m = _probe("ingest", path, tmp_path / "store", timeout=INGEST_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ingesting {size_mb:.0f} MB did not finish in {INGEST_SECONDS}s")
    grew = m["peak_mb"] - m["base_mb"]
    print(f"ingest {size_mb:.0f} MB: peak +{grew:.0f} MB ({grew / size_mb:.1f}x), {m['seconds']:.1f}s")
    assert grew < 10 * size_mb


@pytest.mark.timeout(600)
def test_extraction_time_and_memory_grow_linearly(tmp_path):
    """Two small sizes, 4x apart: a linear pipeline takes about 4x the time and adds
    memory in proportion; a quadratic one takes 16x. (The probe warms the pipeline up first.)"""
    small, large = 0.2, 0.8
    runs = _timed_ingests(tmp_path, (small, large))
    ratio = runs[large]["seconds"] / max(runs[small]["seconds"], 0.05)
    per_mb = (runs[large]["peak_mb"] - runs[small]["peak_mb"]) / (large - small)
    print(f"ingest {small} MB: {runs[small]['seconds']:.1f}s, {large} MB: {runs[large]['seconds']:.1f}s "
          f"(x{ratio:.1f}); memory {per_mb:.0f} MB per MB of text")
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time: something in the pipeline is quadratic"
    assert per_mb < 10, f"{per_mb:.0f} MB of memory per MB of text"
