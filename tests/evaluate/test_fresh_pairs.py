"""The fresh held-out gold (benchmarks/gold/fresh-pairs): every file parses, names no text (offsets only), has
its members.json entry; and, where ../shared/corpus is present, the texts extracted from its tarballs are the
ones the gold was written on (SHA-256) and every offset falls on them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from alignment.evaluate import load_gold
from alignment.text.reading import read_document

from tests.conftest import ROOT

FRESH = ROOT / "benchmarks" / "gold" / "fresh-pairs"
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD_FILES = sorted(p for p in FRESH.glob("*.json") if p.name != "members.json")
NAMED_TEXT = {"phrase", "text", "source_phrase", "derivative_phrase", "source_contains"}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_pairs", ROOT / "benchmarks" / "real_pairs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("real_pairs", module)
    spec.loader.exec_module(module)
    return module


def test_every_gold_file_has_its_members_and_back() -> None:
    manifest = json.loads((FRESH / "members.json").read_text(encoding="utf-8"))["pairs"]
    assert len(GOLD_FILES) >= 6
    assert sorted(manifest) == [p.stem for p in GOLD_FILES]
    for entry in manifest.values():
        for side in ("source", "derivative"):
            item = entry[side]
            assert set(item) == {"tarball", "member", "sha256"}
            assert len(item["sha256"]) == 64
            assert not Path(item["member"]).is_absolute() and ".." not in Path(item["member"]).parts
        assert entry["why"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_parses_and_holds_offsets_only(path: Path) -> None:
    gold = load_gold(path)
    assert gold.source is None and gold.derivative is None  # the texts come from the tarballs
    raw = json.loads(path.read_text(encoding="utf-8"))
    kinds = {c["kind"] for c in raw["cases"]}
    assert {"source_status", "derivative_status", "quote", "detail", "alignment"} <= kinds
    for case in raw["cases"]:
        assert not NAMED_TEXT & set(case), case["label"]


@pytest.fixture(scope="module")
def fresh_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    texts = _benchmark().fresh_texts(tmp_path_factory.mktemp("fresh-pairs"), CORPUS)
    if texts is None:
        pytest.skip("a tarball of ../shared/corpus is absent")
    return texts


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_offsets_fall_on_the_texts(path: Path, fresh_texts: dict[str, tuple[Path, Path]]) -> None:
    source, derivative = (read_document(p).text for p in fresh_texts[path.stem])
    for case in load_gold(path).cases:
        spans = ([("source", case.source, source), ("derivative", case.derivative, derivative)]
                 if case.kind == "alignment" else
                 [("source" if case.kind == "source_status" else "derivative", case.where,
                   source if case.kind == "source_status" else derivative)])
        for side, where, text in spans:
            start, end = where.resolve(text, case.label, side)
            piece = text[start:end]
            assert 0 <= start < end <= len(text), case.label
            assert piece.strip() == piece and piece, f"{case.label}: the span starts or ends in blank"
            assert "\n\n" not in piece, f"{case.label}: the span crosses a paragraph"
