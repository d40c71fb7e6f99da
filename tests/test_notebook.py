"""The notebooks in notebooks/ run top to bottom on a fresh kernel, and write nothing into the repository;
the report's DataFrames (what the notebook explores) have sensible dtypes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "pressalign-tests"


def _tree(folder: Path) -> dict[str, int]:
    """The files the notebook could have written: in the repository, outside caches and VCS folders."""
    skip = {".git", "__pycache__", ".hypothesis", ".pytest_cache", ".ipynb_checkpoints"}
    out = {}
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if path.is_file() and not (set(rel.parts) & skip) and not rel.parts[0].endswith(".egg-info"):
            out[str(rel)] = path.stat().st_mtime_ns
    return out


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec that runs this very interpreter (so the kernel sees the installed package)."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "pressalign tests", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return KERNEL


def test_there_is_a_notebook():
    assert [p.name for p in NOTEBOOKS] == ["exploration.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path, kernel, tmp_path):
    before = _tree(ROOT)
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    work = tmp_path / "cwd"  # the kernel's working directory: not the repository
    work.mkdir()
    client = NotebookClient(nb, timeout=600, kernel_name=kernel, allow_errors=False,
                            resources={"metadata": {"path": str(work)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code" and c.source.strip())
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3, "the coverage, score and verdict plots"
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="pa pa-compact"' in h for h in html), "the report renders itself"
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "quotes.csv" in text and "report.html" in text
    after = _tree(ROOT)
    assert sorted(set(after) - set(before)) == [], "the notebook wrote into the repository"
    assert {k: v for k, v in after.items() if k.startswith("notebooks")} == {
        k: v for k, v in before.items() if k.startswith("notebooks")}, "the notebook changed notebooks/"


def test_frames_have_sensible_dtypes(sample_report):
    import pandas as pd

    segments = sample_report.segments_frame()
    assert len(segments) == len(sample_report.source.segments) + len(sample_report.derivative.segments)
    for col in ("side", "kind", "status"):
        assert isinstance(segments[col].dtype, pd.CategoricalDtype), col
    for col in ("start", "end"):
        assert segments[col].dtype == "int64", col
    assert segments["score"].dtype == "float64"
    assert pd.api.types.is_string_dtype(segments["text"]) and pd.api.types.is_string_dtype(segments["id"])

    alignments = sample_report.alignments_frame()
    assert len(alignments) == len(sample_report.alignments)
    assert isinstance(alignments["label"].dtype, pd.CategoricalDtype)
    for col in ("score", "support", "coverage", "fuzzy"):
        assert alignments[col].dtype == "float64", col

    quotes = sample_report.quotes_frame()
    assert len(quotes) == len(sample_report.quotes)
    assert isinstance(quotes["status"].dtype, pd.CategoricalDtype)
    for col in ("start", "end", "source_start", "source_end"):
        assert quotes[col].dtype == "int64", col
    assert quotes["score"].dtype == "float64"
    assert quotes["scare_quote"].dtype == bool and quotes["closed"].dtype == bool
