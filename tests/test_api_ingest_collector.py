"""An ingest collects cyclic garbage less often while it runs (kg.api.INGEST_GC_THRESHOLD), and leaves the
collector as it found it, also when the batch fails."""
from __future__ import annotations

import gc

import pytest

import kg.api as api
import loaders


def _report(folder):
    folder.mkdir()
    (folder / "a.txt").write_text("县应急管理局2023年工作总结\n县应急管理局牵头开展危险化学品安全检查。\n", encoding="utf-8")
    return folder


def test_the_threshold_is_raised_while_extracting_and_restored_after(tmp_path, monkeypatch):
    seen = []
    extract = loaders.extract

    def spy(source):
        seen.append(gc.get_threshold())
        return extract(source)

    monkeypatch.setattr(loaders, "extract", spy)
    before = gc.get_threshold()
    report = api.ingest(_report(tmp_path / "in"), tmp_path / "store")
    assert report.added == ["a.txt"]
    assert seen and seen[0][0] == max(before[0], api.INGEST_GC_THRESHOLD) and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_failed_batch_restores_the_threshold(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    before = gc.get_threshold()
    monkeypatch.setattr(api.EmbeddedStore, "put", broken)
    with pytest.raises(KeyboardInterrupt):
        api.ingest(_report(tmp_path / "in"), tmp_path / "store")
    assert gc.get_threshold() == before
