"""Shared fixtures: the sample pair, its report (computed once), and the spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SOURCE = DATA / "000_2f40eeff8674d118.txt"
DERIVATIVE = DATA / "001_e1c859cf1781b1d1.txt"
REAL_PAIRS = ROOT.parent / "shared" / "corpus" / "real-pairs"


@pytest.fixture(scope="session")
def nlp():
    from alignment.config import Config
    from alignment.text.nlp import load_pipeline

    return load_pipeline(Config().model)


@pytest.fixture(scope="session")
def sample_report():
    from alignment import compare_files

    return compare_files(SOURCE, DERIVATIVE)


def real_pairs() -> list[Path]:
    """The real press-release pairs in ../shared, or [] when that folder is absent."""
    if not REAL_PAIRS.is_dir():
        return []
    return sorted(p for p in REAL_PAIRS.iterdir() if (p / "source.txt").is_file() and (p / "derivative.txt").is_file())
