"""The fourth fresh held-out set (benchmarks/gold/fresh4-pairs): an official White House text and one news article
per pair, the texts kept outside the repository ($PRESSALIGN_FRESH4 or ../fresh4-texts). Every gold file parses and
holds offsets only; members.json names each text's origin and SHA-256; the split's loader resolves the texts, or
skips with one line when they are absent or differ; where the texts are present, every offset falls on them. Only
loaders run here: no comparison is made on these texts (the set is held out)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import urlparse

import pytest

from alignment.evaluate import load_gold
from alignment.text.reading import read_document

from tests.conftest import ROOT
from tests.evaluate.test_tarball_pairs import NAMED_TEXT, check_offsets, real_pairs_module

GOLD = ROOT / "benchmarks" / "gold"
FOLDER = GOLD / "fresh4-pairs"
GOLD_FILES = sorted(p for p in FOLDER.glob("*.json") if p.name != "members.json")


def _manifest() -> dict[str, dict]:
    return json.loads((FOLDER / "members.json").read_text(encoding="utf-8"))["pairs"]


def test_every_gold_file_has_its_members_entry_and_back() -> None:
    manifest = _manifest()
    assert len(GOLD_FILES) == 16  # pairs 01-16
    assert sorted(manifest) == [p.stem for p in GOLD_FILES]
    for name, entry in manifest.items():
        source, derivative = entry["source"], entry["derivative"]
        assert set(source) == {"tarball", "member", "path", "sha256"}
        assert source["tarball"] == "official-texts.tar.xz" and source["member"].startswith("official-texts/")
        assert set(derivative) == {"url", "outlet", "stored", "edited", "path", "sha256"}
        assert urlparse(derivative["url"]).scheme == "https" and derivative["outlet"]
        assert derivative["stored"].startswith(("whole", "cut off"))
        for side, item in (("source", source), ("derivative", derivative)):
            assert item["path"] == f"{name}/{side}.txt"
            assert len(item["sha256"]) == 64
        assert entry["why"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_parses_and_holds_offsets_only(path: Path) -> None:
    gold = load_gold(path)
    assert gold.source is None and gold.derivative is None  # the texts are outside the repository
    raw = json.loads(path.read_text(encoding="utf-8"))
    kinds = {c["kind"] for c in raw["cases"]}
    assert {"source_status", "derivative_status", "quote", "detail", "alignment", "discrepancy"} <= kinds
    for case in raw["cases"]:
        assert not NAMED_TEXT & set(case), case["label"]


def test_fresh4_texts_are_in_no_other_gold() -> None:
    """Its official texts were used by no earlier gold, and the discovery gold names them only in its fresh4/
    queries, one per pair, with the article outside the repository as the query."""
    texts = {e["source"]["member"] for e in _manifest().values()}
    for folder in ("fresh-pairs", "tune-pairs", "fresh2-pairs", "fresh3-pairs"):
        other = json.loads((GOLD / folder / "members.json").read_text(encoding="utf-8"))["pairs"].values()
        assert not texts & {e[side]["member"] for e in other for side in ("source", "derivative")}, folder
    discovery = json.loads((GOLD / "discovery-pairs.json").read_text(encoding="utf-8"))["pairs"]
    others = {m for name, pair in discovery.items() if not name.startswith("fresh4/")
              for m in (pair["derivative"], *pair["sources"])}
    assert not texts & others
    own = {name: pair for name, pair in discovery.items() if name.startswith("fresh4/")}
    assert sorted(own) == [f"fresh4/{name}" for name in sorted(_manifest())]
    for name, entry in _manifest().items():
        pair = own[f"fresh4/{name}"]
        assert pair["split"] == "fresh4"
        assert pair["derivative"] == f"fresh4-texts/{entry['derivative']['path']}"
        assert pair["sources"] == [entry["source"]["member"]]


def test_the_split_is_skipped_with_one_line_when_its_texts_are_absent_or_differ(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    benchmark = real_pairs_module()
    assert "fresh4" not in benchmark.TARBALL_SPLITS  # read from outside the repository, not from ../shared
    monkeypatch.setenv(benchmark.FRESH4_ENV, str(tmp_path))
    assert benchmark.fresh4_folder() == tmp_path
    texts, problem = benchmark.fresh4_texts()
    assert texts == {} and "is absent" in problem and "\n" not in problem
    assert benchmark.split_pairs("fresh4") == []
    assert capsys.readouterr().out.startswith("skipped fresh4: ")
    for entry in _manifest().values():  # every text there, but not the ones the gold was written on
        for side in ("source", "derivative"):
            path = tmp_path / entry[side]["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("Another text.\n", encoding="utf-8")
    texts, problem = benchmark.fresh4_texts()
    assert texts == {} and "is not the text the gold was written on" in problem


@pytest.fixture(scope="module")
def fresh4_texts() -> dict[str, tuple[Path, Path]]:
    texts, problem = real_pairs_module().fresh4_texts()
    if problem:
        pytest.skip(f"the fresh4 texts are absent: {problem}")
    return texts


def test_the_texts_resolve_to_their_members(fresh4_texts: dict[str, tuple[Path, Path]]) -> None:
    manifest = _manifest()
    assert sorted(fresh4_texts) == sorted(manifest)
    for name, paths in fresh4_texts.items():
        for side, path in zip(("source", "derivative"), paths, strict=True):
            assert hashlib.sha256(path.read_bytes()).hexdigest() == manifest[name][side]["sha256"]
            assert read_document(path).text.split("\n", 1)[0].strip(), "a title first"


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_offsets_fall_on_the_texts(path: Path, fresh4_texts: dict[str, tuple[Path, Path]]) -> None:
    source, derivative = (read_document(p).text for p in fresh4_texts[path.stem])
    check_offsets(path, source, derivative)
