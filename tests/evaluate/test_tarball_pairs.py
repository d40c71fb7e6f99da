"""The gold whose texts come from ../shared/corpus's tarballs: the fresh pairs (benchmarks/gold/fresh-pairs), the
White House tuning pairs (benchmarks/gold/tune-pairs), the second fresh set (benchmarks/gold/fresh2-pairs) and the
third, the held-out news pairs (benchmarks/gold/fresh3-pairs). In each folder every
file parses, names no text (offsets only), has its members.json entry; and, where ../shared/corpus is present, the
texts extracted from its tarballs are the ones the gold was written on (SHA-256) and every offset falls on them."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from alignment.evaluate import load_gold
from alignment.text.reading import read_document

from tests.conftest import ROOT, benchmark_module

GOLD = ROOT / "benchmarks" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"
#: gold folder -> the fewest pairs it holds
FOLDERS = {"fresh-pairs": 6, "tune-pairs": 4, "fresh2-pairs": 6, "fresh3-pairs": 6}
GOLD_FILES = [p for folder in FOLDERS for p in sorted((GOLD / folder).glob("*.json")) if p.name != "members.json"]
IDS = [f"{p.parent.name}/{p.stem}" for p in GOLD_FILES]
NAMED_TEXT = {"phrase", "text", "source_phrase", "derivative_phrase", "source_contains"}


def real_pairs_module() -> ModuleType:
    """benchmarks/real_pairs.py as a module (the outside splits' test uses it too)."""
    return benchmark_module("real_pairs")


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


def _members(folder: str) -> set[str]:
    """Every text (tarball member) a folder's pairs use."""
    return {e[side]["member"] for e in json.loads((GOLD / folder / "members.json").read_text(encoding="utf-8"))[
        "pairs"].values() for side in ("source", "derivative")}


def test_the_folders_hold_different_pairs() -> None:
    """A pair is tuned on or held out, never both; no two folders share a pair."""
    members = [{(e["source"]["member"], e["derivative"]["member"]) for e in json.loads(
        (GOLD / folder / "members.json").read_text(encoding="utf-8"))["pairs"].values()} for folder in FOLDERS]
    for i, one in enumerate(members):
        for other in members[i + 1:]:
            assert not one & other


@pytest.mark.parametrize("split", ["fresh2", "fresh3"])
def test_a_fresh_sets_texts_are_in_no_other_gold(split: str) -> None:
    """The second and third fresh sets were drawn from texts no earlier gold used: no text of another folder, and
    none of the discovery gold's pairs but the set's own (``fresh2/``, ``fresh3/``)."""
    texts = _members(f"{split}-pairs")
    for folder in FOLDERS:
        if folder != f"{split}-pairs":
            assert not texts & _members(folder), folder
    discovery = json.loads((GOLD / "discovery-pairs.json").read_text(encoding="utf-8"))["pairs"]
    others = {m for name, pair in discovery.items() if not name.startswith(f"{split}/")
              for m in (pair["derivative"], *pair["sources"])}
    assert not texts & others
    own = {name: pair for name, pair in discovery.items() if name.startswith(f"{split}/")}
    assert all(pair.get("split") == split for pair in own.values())
    manifest = json.loads((GOLD / f"{split}-pairs" / "members.json").read_text(encoding="utf-8"))["pairs"]
    for entry in manifest.values():  # each annotated derivative is a discovery query with its source
        assert any(pair["derivative"] == entry["derivative"]["member"] and entry["source"]["member"] in pair["sources"]
                   for pair in own.values()), entry["derivative"]["member"]


def test_the_discovery_gold_gives_a_share_per_source() -> None:
    """Every query names its sources with the share of each one's word 8-grams found in it, in order; a query with no
    source in the corpus (some fresh3 ones) names none and no share. A share may be 0: an article can restate its
    source without one run of eight of its words (fresh5's 16, a tribute retold)."""
    discovery = json.loads((GOLD / "discovery-pairs.json").read_text(encoding="utf-8"))["pairs"]
    for name, pair in discovery.items():
        assert len(pair["sources"]) == len(pair["source_share"]), name
        assert pair["sources"] or pair.get("split") == "fresh3", name
        assert all(0 <= share <= 1 for share in pair["source_share"]), name


def test_the_tune_wh_and_fresh_splits_are_in_neither_tune_nor_all() -> None:
    benchmark = real_pairs_module()
    assert benchmark.TARBALL_SPLITS == {"fresh": GOLD / "fresh-pairs", "tune-wh": GOLD / "tune-pairs",
                                        "fresh2": GOLD / "fresh2-pairs", "fresh3": GOLD / "fresh3-pairs"}
    assert benchmark.default_cache(GOLD / "tune-pairs").name == "tune-pairs"
    assert benchmark.default_cache(GOLD / "fresh2-pairs").name == "fresh2-pairs"
    assert benchmark.default_cache(GOLD / "fresh3-pairs").name == "fresh3-pairs"
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
        texts = real_pairs_module().tarball_texts(tmp_path_factory.mktemp(folder), CORPUS, GOLD / folder)
        if texts is None:
            pytest.skip("a tarball of ../shared/corpus is absent")
        out.update({GOLD / folder / f"{name}.json": paths for name, paths in texts.items()})
    return out


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_offsets_fall_on_the_texts(path: Path, tarball_texts: dict[Path, tuple[Path, Path]]) -> None:
    source, derivative = (read_document(p).text for p in tarball_texts[path])
    check_offsets(path, source, derivative)


def check_offsets(path: Path, source: str, derivative: str) -> None:
    """Every span of the gold file at ``path`` slices its text: inside it, never blank at an edge, never
    across a paragraph (the outside splits' test uses it too)."""
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
