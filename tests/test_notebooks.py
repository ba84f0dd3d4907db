"""The notebooks run top to bottom on the seed corpus, and are stored without outputs."""
from __future__ import annotations

import importlib
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 300  # seconds for one cell; the slowest (ingest of the seeds) takes a few


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 3, NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path):
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} have outputs; clear them before committing"


def missing_api(nb) -> list[str]:
    """Requirements `module:attribute` (metadata kg.requires) that this installation does not have yet."""
    missing = []
    for req in nb.metadata.get("kg", {}).get("requires", []):
        module, _, attr = req.partition(":")
        try:
            mod = importlib.import_module(module)
        except ImportError:
            missing.append(req)
            continue
        if attr and not hasattr(mod, attr):
            missing.append(req)
    return missing


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_top_to_bottom(path, seeds_dir, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(path, as_version=4)
    missing = missing_api(nb)
    if missing:
        pytest.skip(f"{path.name} needs {', '.join(missing)}, which is not there yet")
    # The kernel inherits the environment: the notebook reads the seeds and writes its store here.
    monkeypatch.setenv("KG_SEEDS", str(seeds_dir))
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, startup_timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError with the cell and its traceback on failure
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    # every code cell ran, and the store the notebook filled is there
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
    assert (tmp_path / "store" / "graph.sqlite").exists()
