"""The gold whose texts come from ../shared/corpus's tarballs: the fresh held-out pairs
(benchmarks/gold/fresh-pairs) and the White House tuning pairs (benchmarks/gold/tune-pairs). In each folder every
file parses, names no text (offsets only), has its members.json entry; and, where ../shared/corpus is present, the
texts extracted from its tarballs are the ones the gold was written on (SHA-256) and every offset falls on them."""

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

GOLD = ROOT / "benchmarks" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"
#: gold folder -> the fewest pairs it holds
FOLDERS = {"fresh-pairs": 6, "tune-pairs": 4}
GOLD_FILES = [p for folder in FOLDERS for p in sorted((GOLD / folder).glob("*.json")) if p.name != "members.json"]
IDS = [f"{p.parent.name}/{p.stem}" for p in GOLD_FILES]
NAMED_TEXT = {"phrase", "text", "source_phrase", "derivative_phrase", "source_contains"}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_pairs", ROOT / "benchmarks" / "real_pairs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("real_pairs", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", sorted(FOLDERS))
def test_every_gold_file_has_its_members_and_back(folder: str) -> None:
    manifest = json.loads((GOLD / folder / "members.json").read_text(encoding="utf-8"))["pairs"]
    files = [p for p in GOLD_FILES if p.parent.name == folder]
    assert len(files) >= FOLDERS[folder]
    assert sorted(manifest) == [p.stem for p in files]
    for entry in manifest.values():
        for side in ("source", "derivative"):
            item = entry[side]
            assert set(item) == {"tarball", "member", "sha256"}
            assert len(item["sha256"]) == 64
            assert not Path(item["member"]).is_absolute() and ".." not in Path(item["member"]).parts
        assert entry["why"]


def test_the_folders_hold_different_pairs() -> None:
    """A pair is tuned on or held out, never both."""
    members = [{(e["source"]["member"], e["derivative"]["member"]) for e in json.loads(
        (GOLD / folder / "members.json").read_text(encoding="utf-8"))["pairs"].values()} for folder in FOLDERS]
    assert not set.intersection(*members)


def test_the_tune_wh_split_is_in_neither_tune_nor_all() -> None:
    benchmark = _benchmark()
    assert benchmark.TARBALL_SPLITS == {"fresh": GOLD / "fresh-pairs", "tune-wh": GOLD / "tune-pairs"}
    assert benchmark.default_cache(GOLD / "tune-pairs").name == "tune-pairs"
    assert benchmark.default_cache().name == "fresh-pairs"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_gold_parses_and_holds_offsets_only(path: Path) -> None:
    gold = load_gold(path)
    assert gold.source is None and gold.derivative is None  # the texts come from the tarballs
    raw = json.loads(path.read_text(encoding="utf-8"))
    kinds = {c["kind"] for c in raw["cases"]}
    assert {"source_status", "derivative_status", "quote", "detail", "alignment"} <= kinds
    for case in raw["cases"]:
        assert not NAMED_TEXT & set(case), case["label"]


@pytest.fixture(scope="module")
def tarball_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, tuple[Path, Path]]:
    """Gold file -> (source path, derivative path), every folder's texts extracted from the tarballs."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    out: dict[Path, tuple[Path, Path]] = {}
    for folder in FOLDERS:
        texts = _benchmark().tarball_texts(tmp_path_factory.mktemp(folder), CORPUS, GOLD / folder)
        if texts is None:
            pytest.skip("a tarball of ../shared/corpus is absent")
        out.update({GOLD / folder / f"{name}.json": paths for name, paths in texts.items()})
    return out


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_offsets_fall_on_the_texts(path: Path, tarball_texts: dict[Path, tuple[Path, Path]]) -> None:
    source, derivative = (read_document(p).text for p in tarball_texts[path])
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
