"""The fresh sets whose texts live outside the repository (benchmarks/real_pairs.py's OUTSIDE_SPLITS: fresh4 … fresh18,
tuning data now, and fresh19, the held-out set): an official text and one news article written from it per pair
(fresh6's and fresh7's 01-08 a White House text, 09-16 a FakeHealth press release and its news story; fresh8's,
fresh9's and fresh10's 01-08 a White House text, 09-16 another official source's text; fresh11's 01-04 a White House
text, 05-08 a US agency's, state's or city's text, 09-17 a non-US official source's text; fresh12's 01-06 a UK or
Irish official text, 07-12 an EU, international, Australian or Indian one, 13-18 a US agency's, state's, city's or
university's; fresh13's 01-06 a Canadian, New Zealand, South African or Asian official text, 07-12 a European or
international body's, 13-18 a US agency's, governor's, city's or university's; fresh14's 01-06 an Asian, Middle
Eastern, African or Latin American official text, 07-12 a European body's or an international organisation's, 13-18 a
US regulator's, agency's, state's or city's; fresh15's 01-06 an Asian, Pacific, Middle Eastern or African official
text, 07-12 a European central bank's or an international organisation's, 13-18 a US regulator's, agency's, state's or
city's; fresh16's 01-06 an Asian, African or Caribbean official text, 07-11 a European regulator's or central bank's,
13-18 a US regulator's, agency's, state's or city's; fresh17's 01-06 an official text from outside Europe and the US,
07-12 a European government's, regulator's or international organisation's, 13-18 a US federal agency's, state's or
city's; fresh18's and fresh19's likewise), the texts in $PRESSALIGN_FRESH4 … $PRESSALIGN_FRESH19 or ../<split>-texts.
Every gold file parses and holds offsets only; members.json names each text's origin (a tarball member, or a web page;
for fresh8 … fresh19 also a file of a public repository, either side), its SHA-256 and, once recorded, the recipe that
rebuilds it from a raw capture; the split's loader resolves the texts, or skips with one line when they are absent or
differ; where the texts are present, every offset falls on them. Only loaders run here: no comparison is made on these
texts (fresh19 is held out)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from alignment.evaluate import load_gold
from alignment.text.reading import read_document

from tests.conftest import ROOT, benchmark_module
from tests.evaluate.test_tarball_pairs import NAMED_TEXT, check_offsets, real_pairs_module

GOLD = ROOT / "benchmarks" / "gold"
#: split -> the fewest pairs its gold holds (fresh11: 01-17; 18, meant for one more non-US issuer, was not found;
#: fresh13: 18, built in session 17; fresh14: 18, built in session 18; fresh15: 18, built in session 19;
#: fresh16: 17, built in session 20 (12, meant for one more European issuer, was not found); fresh17: 18, built in
#: session 21; fresh18: 18, built in session 22; fresh19: 18, built in session 23)
SPLITS = {"fresh4": 16, "fresh5": 16, "fresh6": 16, "fresh7": 16, "fresh8": 16, "fresh9": 16, "fresh10": 16,
          "fresh11": 17, "fresh12": 18, "fresh13": 18, "fresh14": 18,
          "fresh15": 18, "fresh16": 17, "fresh17": 18, "fresh18": 18,
          "fresh19": 18}
#: the splits whose sides may also be a web page or a file of a public repository (not only the article)
ANY_ORIGIN = ("fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
              "fresh17", "fresh18", "fresh19")
#: a pair's gold file is named <two digits>_<pair>.json (members.json and any other file beside it is not one)
GOLD_FILES = [p for split in SPLITS for p in sorted((GOLD / f"{split}-pairs").glob("[0-9][0-9]_*.json"))]
IDS = [f"{p.parent.name}/{p.stem}" for p in GOLD_FILES]
#: the tarball splits' gold, whose texts no outside split may reuse
TARBALL_FOLDERS = ("fresh-pairs", "tune-pairs", "fresh2-pairs", "fresh3-pairs")
#: the tarballs of ../shared/corpus a side may be a member of, and the folder its members are under
TARBALLS = {"official-texts.tar.xz": "official-texts/", "fakehealth.tar.xz": "fakehealth/"}


def _manifest(split: str) -> dict[str, dict]:
    return json.loads((GOLD / f"{split}-pairs" / "members.json").read_text(encoding="utf-8"))["pairs"]


def test_the_table_names_these_splits() -> None:
    benchmark = real_pairs_module()
    assert sorted(benchmark.OUTSIDE_SPLITS) == sorted(SPLITS)
    for name, split in benchmark.OUTSIDE_SPLITS.items():
        assert split.gold == GOLD / f"{name}-pairs" and split.env == f"PRESSALIGN_{name.upper()}"
        assert name not in benchmark.TARBALL_SPLITS  # read from outside the repository, not from ../shared
    assert [n for n, s in benchmark.OUTSIDE_SPLITS.items() if s.held_out] == ["fresh19"]


def _check_member(item: dict, optional: frozenset[str] | set[str] = frozenset()) -> None:
    """A side that is a member of one of ../shared/corpus's tarballs: which, where in it, where copied out, SHA-256
    (and, for an article, any of ``optional``: its outlet, whether whole, what was removed)."""
    assert {"tarball", "member", "path", "sha256"} <= set(item) <= {"tarball", "member", "path", "sha256", *optional}
    assert item["tarball"] in TARBALLS and item["member"].startswith(TARBALLS[item["tarball"]])


#: what an article's side may say besides where it is from
ARTICLE = frozenset({"outlet", "stored", "edited"})
#: what a source that is no tarball member may also say: its issuer, the page a repository's copy was taken from
#: (any scheme: an old site's address), whether it is whole, and what was removed
SOURCE_PAGE = frozenset({"publisher", "original_url", "stored", "edited"})


def _check_recipe(recipe: dict) -> None:
    """A text's recipe (benchmarks/outside_texts.py): the raw capture's SHA-256, the look-up that found it, and the
    edits [start, end, inserted text] on the capture, in order and not overlapping."""
    assert set(recipe) == {"capture_sha256", "lookup", "ops"} and len(recipe["capture_sha256"]) == 64
    assert recipe["lookup"].startswith(("search pages: ", "read_file "))
    end = 0
    for start, stop, inserted in recipe["ops"]:
        assert isinstance(inserted, str) and end <= start <= stop
        end = stop


def _check_web_or_file(item: dict, optional: frozenset[str] | set[str] = frozenset()) -> None:
    """A side that is a web page (``url``, https) or a file of a public repository (``github``: its ``repo``
    owner/name, ``path`` in it and 40-hex ``commit``; a ``url`` beside it is the page the file's text was taken
    from), with where it was copied to and its SHA-256 (and any of ``optional``), and how to rebuild it from a raw
    capture (``recipe``: :func:`_check_recipe`), once it has one."""
    assert {"path", "sha256"} <= set(item) and ("url" in item or "github" in item)
    assert set(item) <= {"url", "github", "path", "sha256", "recipe", *optional}
    if "recipe" in item:
        _check_recipe(item["recipe"])
    if "url" in item:
        assert urlparse(item["url"]).scheme == "https" and urlparse(item["url"]).netloc
    if "github" in item:
        repo = item["github"]
        assert set(repo) == {"repo", "path", "commit"} and repo["repo"].count("/") == 1 and repo["path"]
        assert len(repo["commit"]) == 40 and int(repo["commit"], 16) >= 0
    assert len(item["sha256"]) == 64


def _check_side(split: str, side: str, item: dict) -> None:
    """A pair's side as members.json may give it: a tarball member (an article also with its outlet …), an
    article's web page, and for fresh8 … fresh19 (:data:`ANY_ORIGIN`) either side a web page or a repository's
    file."""
    optional = ARTICLE if side == "derivative" else frozenset()
    if "tarball" in item:
        _check_member(item, optional)
    elif split in ANY_ORIGIN:
        _check_web_or_file(item, optional | (SOURCE_PAGE if side == "source" else set()))
        if side == "derivative":
            assert item["outlet"]
    else:  # an article's web page, how to rebuild it from a raw capture once it has one, and where the search
        # tool now stores the page when that is another address than the one the annotator named
        assert side == "derivative" and set(item) - {"recipe", "stored_url"} == {"url", *ARTICLE, "path", "sha256"}
        assert urlparse(item["url"]).scheme == "https" and item["outlet"]
        if "recipe" in item:
            _check_recipe(item["recipe"])
        if "stored_url" in item:
            assert urlparse(item["stored_url"]).scheme == "https" and item["stored_url"] != item["url"]


def test_a_side_of_the_held_out_set_may_be_a_web_page_or_a_repository_file() -> None:
    sha = "0" * 64
    page = {"url": "https://example.org/news/a", "path": "09_x/source.txt", "sha256": sha, "publisher": "A"}
    github = {"github": {"repo": "owner/news-data", "path": "data/a.json", "commit": "a" * 40},
              "url": "https://example.org/b", "outlet": "B", "stored": "whole", "edited": "-",
              "path": "09_x/derivative.txt", "sha256": sha}
    recipe = {"capture_sha256": sha, "lookup": "search pages: a", "ops": [[0, 0, "Headline\n\n"], [40, 41, "\n\n"]]}
    for split in ANY_ORIGIN:
        _check_side(split, "source", page)
        _check_side(split, "source", {**page, "recipe": recipe})
        _check_side(split, "derivative", github)
    _check_side("fresh8", "source", {"tarball": "official-texts.tar.xz", "member": "official-texts/a.txt",
                                     "path": "01_x/source.txt", "sha256": sha})
    with pytest.raises(AssertionError):  # an earlier split's source is a tarball member
        _check_side("fresh7", "source", page)
    for wrong in ({**page, "url": "http://example.org/a"}, {**page, "sha256": "0"},
                  {"path": "09_x/source.txt", "sha256": sha},
                  {**github, "github": {"repo": "news-data", "path": "a", "commit": "a" * 40}},
                  {**github, "github": {"repo": "o/n", "path": "a", "commit": "abc"}},
                  {**page, "extra": 1}, {**page, "recipe": {"lookup": "", "ops": []}},
                  {**page, "recipe": {"capture_sha256": sha, "lookup": "", "ops": [[5, 9, ""], [2, 3, "x"]]}}):
        with pytest.raises((AssertionError, ValueError)):
            _check_side("fresh8", "source", wrong)


def test_a_side_is_a_member_of_a_known_tarball_or_a_web_page() -> None:
    _check_member({"tarball": "fakehealth.tar.xz", "member": "fakehealth/HealthStory/story_reviews_1.txt",
                   "path": "09_x/derivative.txt", "sha256": "0" * 64, "outlet": "A", "stored": "whole"},
                  {"outlet", "stored", "edited"})
    for wrong in ({"tarball": "other.tar.xz", "member": "other/a.txt", "path": "p", "sha256": "0" * 64},
                  {"tarball": "fakehealth.tar.xz", "member": "official-texts/a.txt", "path": "p", "sha256": "0" * 64},
                  {"tarball": "official-texts.tar.xz", "member": "official-texts/a.txt", "path": "p"}):
        with pytest.raises(AssertionError):
            _check_member(wrong)


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_every_gold_file_has_its_members_entry_and_back(split: str) -> None:
    manifest = _manifest(split)
    files = [p for p in GOLD_FILES if p.parent.name == f"{split}-pairs"]
    assert len(files) >= SPLITS[split]
    assert sorted(manifest) == [p.stem for p in files]
    for name, entry in manifest.items():
        source, derivative = entry["source"], entry["derivative"]
        _check_side(split, "source", source)
        _check_side(split, "derivative", derivative)
        assert str(derivative.get("stored", entry.get("stored", ""))).startswith(("whole", "cut off"))
        for side, item in (("source", source), ("derivative", derivative)):
            assert item["path"] == f"{name}/{side}.txt"
            assert len(item["sha256"]) == 64
        assert entry["why"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_gold_parses_and_holds_offsets_only(path: Path) -> None:
    gold = load_gold(path)
    assert gold.source is None and gold.derivative is None  # the texts are outside the repository
    raw = json.loads(path.read_text(encoding="utf-8"))
    kinds = {c["kind"] for c in raw["cases"]}
    assert {"source_status", "derivative_status", "quote", "detail", "alignment", "discrepancy"} <= kinds
    for case in raw["cases"]:
        assert not NAMED_TEXT & set(case), case["label"]


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_the_texts_are_in_no_other_gold(split: str) -> None:
    """Its official texts and articles were used by no other gold, and the discovery gold names them only in its
    own queries (``<split>/<pair>``), one per pair, with the article outside the repository as the query."""
    texts = {e[side]["member"] for e in _manifest(split).values() for side in ("source", "derivative")
             if "member" in e[side]}
    urls = {e[side]["url"] for e in _manifest(split).values() for side in ("source", "derivative")
            if "url" in e[side]}
    files = {json.dumps(e[side]["github"], sort_keys=True) for e in _manifest(split).values()
             for side in ("source", "derivative") if "github" in e[side]}
    for folder in TARBALL_FOLDERS:
        other = json.loads((GOLD / folder / "members.json").read_text(encoding="utf-8"))["pairs"].values()
        assert not texts & {e[side]["member"] for e in other for side in ("source", "derivative")}, folder
    for other_split in SPLITS:
        if other_split != split:
            other = _manifest(other_split).values()
            assert not texts & {e[side].get("member") for e in other for side in ("source", "derivative")}, other_split
            assert not urls & {e[side].get("url") for e in other for side in ("source", "derivative")}, other_split
            assert not files & {json.dumps(e[side]["github"], sort_keys=True) for e in other
                                for side in ("source", "derivative") if "github" in e[side]}, other_split
    discovery = json.loads((GOLD / "discovery-pairs.json").read_text(encoding="utf-8"))["pairs"]
    others = {m for name, pair in discovery.items() if not name.startswith(f"{split}/")
              for m in (pair["derivative"], *pair["sources"])}
    assert not texts & others
    own = {name: pair for name, pair in discovery.items() if name.startswith(f"{split}/")}
    assert sorted(own) == [f"{split}/{name}" for name in sorted(_manifest(split))]
    for name, entry in _manifest(split).items():
        pair = own[f"{split}/{name}"]
        assert pair["split"] == split
        assert pair["derivative"] == f"{split}-texts/{entry['derivative']['path']}"
        if "member" not in entry["source"]:  # a web page or a repository's file: the copy outside the repository
            assert pair["sources"] == [f"{split}-texts/{entry['source']['path']}"]
            continue
        member = entry["source"]["member"]  # discovery.py names a FakeHealth release by its path under fakehealth/
        assert pair["sources"] in ([member], [member.removeprefix("fakehealth/")])


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_the_split_is_skipped_with_one_line_when_its_texts_are_absent_or_differ(
        split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    benchmark = real_pairs_module()
    monkeypatch.setenv(benchmark.OUTSIDE_SPLITS[split].env, str(tmp_path))
    assert benchmark.OUTSIDE_SPLITS[split].folder() == tmp_path
    texts, problem = benchmark.outside_texts(split)
    assert texts == {} and ("is absent" if _manifest(split) else "names no pair") in problem and "\n" not in problem
    assert benchmark.split_pairs(split) == []
    assert capsys.readouterr().out.startswith(f"skipped {split}: ")
    if not _manifest(split):
        return
    for entry in _manifest(split).values():  # every text there, but not the ones the gold was written on
        for side in ("source", "derivative"):
            path = tmp_path / entry[side]["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("Another text.\n", encoding="utf-8")
    texts, problem = benchmark.outside_texts(split)
    assert texts == {} and "is not the text the gold was written on" in problem


def test_a_tuning_split_runs_on_the_pairs_present_and_the_held_out_split_only_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """On a machine where only some of a tuning split's texts could be restored (benchmarks/outside_texts.py), the
    split runs on the pairs whose both texts are present and right, and says how many were left out; the held-out
    split runs whole or not at all; a text that differs still skips the split."""
    benchmark = real_pairs_module()
    split = "fresh4"
    monkeypatch.setenv(benchmark.OUTSIDE_SPLITS[split].env, str(tmp_path))
    manifest = _manifest(split)
    first, second = sorted(manifest)[:2]
    for side in ("source", "derivative"):  # one pair whole, as a fake whose SHA-256 the manifest is made to hold
        path = tmp_path / manifest[first][side]["path"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"The {side}.\n", encoding="utf-8")
    fake = {name: {**entry, **{side: {**entry[side], "sha256": hashlib.sha256(f"The {side}.\n".encode()).hexdigest()}
                               for side in ("source", "derivative")}} if name == first else entry
            for name, entry in manifest.items()}
    monkeypatch.setattr(benchmark, "tarball_manifest", lambda folder: fake)
    texts, problem = benchmark.outside_texts(split, partial=True)
    assert list(texts) == [first] and problem.startswith(f"1 of {len(manifest)} pairs: {len(manifest) - 1} with")
    assert benchmark.outside_texts(split) == ({}, benchmark.outside_texts(split)[1])
    assert [name for name, *_ in benchmark.split_pairs(split)] == [first]
    assert capsys.readouterr().out.startswith(f"partial {split}: 1 of ")
    other = tmp_path / manifest[second]["source"]["path"]
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_text("Another text.\n", encoding="utf-8")
    assert benchmark.outside_texts(split, partial=True)[0] == {}  # a text that differs: never partial


def test_the_discrepancy_benchmark_takes_every_outside_split_and_skips_it_without_its_texts(tmp_path: Path) -> None:
    """benchmarks/discrepancies.py reads its --split choices from OUTSIDE_SPLITS: the held-out split is one, and with
    its texts absent (an empty folder) the script prints one line and exits 0, comparing nothing."""
    held_out = [n for n, s in real_pairs_module().OUTSIDE_SPLITS.items() if s.held_out]
    assert held_out == ["fresh19"]
    env = {**os.environ, "PRESSALIGN_FRESH19": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "discrepancies.py"), "--split", "fresh19"],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("(skipped fresh19: ")
    if _manifest("fresh19"):
        assert lines[0].startswith(f"(skipped fresh19: {tmp_path}/") and "is absent" in lines[0]
    else:
        assert "names no pair" in lines[0]


def test_the_default_folder_is_beside_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    benchmark = real_pairs_module()
    for name, split in benchmark.OUTSIDE_SPLITS.items():
        monkeypatch.delenv(split.env, raising=False)
        assert split.folder() == ROOT.parent / f"{name}-texts"
    assert benchmark.fresh4_folder() == ROOT.parent / "fresh4-texts"


@pytest.fixture(scope="module")
def outside_texts() -> dict[Path, tuple[Path, Path]]:
    """Gold file -> its texts, for every split whose texts are present (a split whose texts are absent is left out;
    none present: skipped)."""
    out: dict[Path, tuple[Path, Path]] = {}
    for split in SPLITS:
        texts, _ = real_pairs_module().outside_texts(split)
        out.update({GOLD / f"{split}-pairs" / f"{name}.json": paths for name, paths in texts.items()})
    if not out:
        pytest.skip("the texts of the outside splits are absent")
    return out


@pytest.mark.parametrize("split", sorted(SPLITS))
def test_the_texts_resolve_to_their_members(split: str, outside_texts: dict[Path, tuple[Path, Path]]) -> None:
    manifest = _manifest(split)
    mine = {p.stem: paths for p, paths in outside_texts.items() if p.parent.name == f"{split}-pairs"}
    if not mine:
        pytest.skip(f"the {split} texts are absent")
    assert sorted(mine) == sorted(manifest)
    for name, paths in mine.items():
        for side, path in zip(("source", "derivative"), paths, strict=True):
            assert hashlib.sha256(path.read_bytes()).hexdigest() == manifest[name][side]["sha256"]
            assert read_document(path).text.split("\n", 1)[0].strip(), "a title first"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_offsets_fall_on_the_texts(path: Path, outside_texts: dict[Path, tuple[Path, Path]]) -> None:
    if path not in outside_texts:
        pytest.skip(f"the {path.parent.name} texts are absent")
    source, derivative = (read_document(p).text for p in outside_texts[path])
    check_offsets(path, source, derivative)


def test_fresh10_and_fresh11_are_told_apart_from_fresh1_and_the_other_splits_everywhere_a_split_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"fresh1" is a prefix of "fresh10" and "fresh11": every place a split is read from a name matches the whole
    split name (a discovery query's split, a text's folder, the discrepancy benchmark's held-out names), so fresh10's
    and fresh11's texts are their own split's and no other's, and only the held-out split's (fresh19's) queries are
    left out of discovery."""
    benchmark = real_pairs_module()
    assert "fresh1" not in benchmark.OUTSIDE_SPLITS
    assert "fresh10" in benchmark.OUTSIDE_SPLITS and "fresh11" in benchmark.OUTSIDE_SPLITS
    monkeypatch.setenv("PRESSALIGN_FRESH10", str(tmp_path / "ten"))
    monkeypatch.setenv("PRESSALIGN_FRESH11", str(tmp_path / "eleven"))
    assert benchmark.OUTSIDE_SPLITS["fresh10"].folder() == tmp_path / "ten"
    assert benchmark.OUTSIDE_SPLITS["fresh11"].folder() == tmp_path / "eleven"
    assert benchmark.OUTSIDE_SPLITS["fresh9"].folder() not in (tmp_path / "ten", tmp_path / "eleven")
    discovery = benchmark_module("discovery", "discovery_benchmark")
    assert discovery.LEFT_OUT == {"fresh19"}
    for split, folder in (("fresh10", "ten"), ("fresh11", "eleven")):
        got = discovery.member_path(tmp_path / "official-texts", f"{split}-texts/01_a-b_c/derivative.txt")
        assert got == tmp_path / folder / "01_a-b_c" / "derivative.txt"
        own = [name for name, s in discovery.SPLITS.items() if s == split]
        assert all(name.startswith(f"{split}/") for name in own)
        assert not [name for name, s in discovery.SPLITS.items() if name.startswith(f"{split}/") and s != split]
    assert discovery.member_path(tmp_path / "wh", "fresh9-texts/01_a/source.txt").parent.parent not in (
        tmp_path / "ten", tmp_path / "eleven")
    discrepancies = benchmark_module("discrepancies", "discrepancies_benchmark")
    assert {"fresh10", "fresh11"} <= set(discrepancies.HELD_OUT_PREFIXES)
    assert "fresh1" not in discrepancies.HELD_OUT_PREFIXES  # matched whole: "fresh1…" would take fresh1x's names
    # the part of a name before its first "/" is matched whole, as wh_texts does
    assert [n for n in ("fresh10/01_x", "fresh11/01_y", "fresh1x/01", "wh/01") if n.split("/", 1)[0] in
            discrepancies.HELD_OUT_PREFIXES] == ["fresh10/01_x", "fresh11/01_y"]
