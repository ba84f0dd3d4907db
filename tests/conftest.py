"""Shared fixtures: the seed corpus, a store built from it, and the Bolt test server."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("KG_SEEDS", ROOT.parent / "shared" / "corpus" / "seeds"))
GOLD = Path(os.environ.get("KG_GOLD", ROOT.parent / "shared" / "gold" / "dev"))
SAMPLES = ROOT / "samples" / "corpus"

from bolt import bolt_server, bolt_driver  # noqa: E402,F401  (fixtures: the FalkorDB Bolt server)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (set KG_SEEDS)")
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"gold annotations not found at {GOLD} (set KG_GOLD)")
    return GOLD


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seeds_dir):
    """An embedded store holding the five seeds, built once per test session. Do not modify it."""
    import kg

    path = tmp_path_factory.mktemp("seed-store")
    kg.ingest([seeds_dir], store=path)
    return kg.open_store(path)
