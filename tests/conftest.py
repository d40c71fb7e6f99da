"""Shared fixtures: the sample pair, its report (computed once), and the spaCy pipeline; under
``PRESSALIGN_REQUIRE_EXTRAS=1``, a test skipped for a missing extra fails instead (see tests/extras.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Generator
from pathlib import Path
from types import ModuleType

import pytest

from tests import extras

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SOURCE = DATA / "000_2f40eeff8674d118.txt"
DERIVATIVE = DATA / "001_e1c859cf1781b1d1.txt"
REAL_PAIRS = ROOT.parent / "shared" / "corpus" / "real-pairs"


def benchmark_module(stem: str, name: str | None = None) -> ModuleType:
    """``benchmarks/<stem>.py`` as a module, registered under ``name`` (default: the stem) unless one is already."""
    spec = importlib.util.spec_from_file_location(name or stem, ROOT / "benchmarks" / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name or stem, module)
    spec.loader.exec_module(module)
    return module


#: shared sentences around a discrepancy case, so that the pair aligns as in a real document
DISCREPANCY_PAD = " Officials will meet again in the spring. The talks covered energy, climate and migration."


def found_discrepancies(source: str, derivative: str, pad: bool = True) -> list[tuple[str, str, str]]:
    """The discrepancies ``compare`` finds between two texts (each followed by :data:`DISCREPANCY_PAD` unless ``pad``
    is false), as (kind, article text, source text); the pair must be checked, and every offset must slice back."""
    from alignment import compare

    tail = DISCREPANCY_PAD if pad else ""
    report = compare(source + tail, derivative + tail)
    assert report.alignments  # the pair was checked, not skipped
    der, src = report.derivative, report.source
    for x in report.discrepancies:  # (offsets slice back)
        assert der.text[x.start:x.end] == x.text and src.text[x.source_start:x.source_end] == x.source_text
    return [(str(x.kind), x.text, x.source_text) for x in report.discrepancies]


@pytest.fixture(scope="session")
def nlp():
    from alignment.config import Config
    from alignment.text.nlp import load_pipeline

    return load_pipeline(Config().model)


@pytest.fixture(scope="session")
def sample_report():
    from alignment import compare_files

    return compare_files(SOURCE, DERIVATIVE)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Under ``PRESSALIGN_REQUIRE_EXTRAS=1``, a skip whose reason names an extra (``pytest.importorskip`` of one
    of its modules, a ``skipif`` mark on one) is a failure: CI installs every extra, so such a skip means a
    test that never ran. Other skips (no ../shared, no browser, another platform) stay skips."""
    report = yield
    if report.skipped and extras.required() and not hasattr(report, "wasxfail"):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        if extras.names_an_extra(reason):
            report.outcome = "failed"
            report.longrepr = f"PRESSALIGN_REQUIRE_EXTRAS=1 but this test skipped: {reason}"
    return report


def real_pairs() -> list[Path]:
    """The real press-release pairs in ../shared, or [] when that folder is absent."""
    if not REAL_PAIRS.is_dir():
        return []
    return sorted(p for p in REAL_PAIRS.iterdir() if (p / "source.txt").is_file() and (p / "derivative.txt").is_file())
