"""Known misses, kept as data (tests/known_misses.json): real cases the engine gets wrong today.

Each case is a gold case (``pressalign-gold/1``) on one pair, judged by the evaluator (``alignment.evaluate``)
on that pair's report, and marked ``xfail(strict=True)`` with the case's comment (what the engine gets, what
the right answer is) as the reason:

* a case still wrong is an expected failure (x);
* a change that fixes one makes it XPASS, which strict turns into a failure: move the case out of
  known_misses.json (a sample-pair case into tests/golden/sample_pair.json) so it is guarded from then on;
* a broken case (a phrase not in the text, a malformed case) raises ``InputError``, not ``AssertionError``,
  and so fails instead of passing as expected.

The sample pair's known misses are exactly the misses of its gold (data/gold_sample_pair.json): a gold case the
engine newly gets wrong fails ``test_every_gold_miss_is_a_known_miss``. Corpus pairs are read from
../shared/corpus/real-pairs (third-party text, never copied here) and skipped when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alignment import compare_files
from alignment.evaluate import evaluate, evaluation_text, load_gold, parse_gold

from tests.conftest import REAL_PAIRS, ROOT, benchmark_module

DATA = json.loads((Path(__file__).parent / "known_misses.json").read_text(encoding="utf-8"))
PAIRS = {p["name"]: p for p in DATA["pairs"]}
#: a corpus case stores only what locates it: a phrase of at most this many characters
MAX_CORPUS_PHRASE = 60
_PHRASE_KEYS = ("phrase", "text", "source_phrase", "derivative_phrase")


#: the fresh sets whose texts sit outside the repository, each in its own folder ($PRESSALIGN_FRESH4 or
#: ../fresh4-texts, ...): benchmarks/real_pairs.py's OUTSIDE_SPLITS, the held-out one left out (never a known miss)
OUTSIDE = {name: split for name, split in benchmark_module("real_pairs").OUTSIDE_SPLITS.items() if not split.held_out}


def _folder(pair: dict) -> Path:
    """Where a corpus pair's source.txt and derivative.txt are: ../shared/corpus/real-pairs, or for a fresh set whose
    texts sit outside the repository (fresh4 …) that set's folder."""
    split = OUTSIDE.get(pair.get("corpus"))
    return (split.folder() if split else REAL_PAIRS) / pair["name"]


def _without_comment(case: dict) -> dict:
    return {k: v for k, v in case.items() if k != "comment"}


def _params() -> list:
    out = []
    for pair in DATA["pairs"]:
        marks = []
        if "corpus" in pair:
            present = all((_folder(pair) / f"{side}.txt").is_file() for side in ("source", "derivative"))
            marks.append(pytest.mark.skipif(not present, reason=f"{_folder(pair)}'s texts are absent"))
        for case in pair["cases"]:
            xfail = pytest.mark.xfail(strict=True, raises=AssertionError, reason=case["comment"])
            out.append(pytest.param(pair["name"], case, marks=[*marks, xfail], id=f"{pair['name']}:{case['label']}"))
        for case in pair.get("fixed", ()):  # once known misses, now right: guarded as ordinary tests
            out.append(pytest.param(pair["name"], case, marks=marks, id=f"{pair['name']}:fixed:{case['label']}"))
    return out


@pytest.fixture(scope="module")
def reports(request):
    """The report of a pair by name, computed once (the sample pair's is the session's ``sample_report``)."""
    cache: dict = {}

    def get(name: str):
        if name not in cache:
            if name == "sample":
                cache[name] = request.getfixturevalue("sample_report")
            else:
                folder = _folder(PAIRS[name])
                cache[name] = compare_files(folder / "source.txt", folder / "derivative.txt")
        return cache[name]

    return get


@pytest.mark.parametrize(("pair", "case"), _params())
def test_known_miss(reports, pair, case):
    ev = evaluate(reports(pair), [case])
    assert not ev.misses, evaluation_text(ev)


# ---------------------------------------------------------------------------- the file itself
def test_the_file_is_well_formed():
    assert DATA["schema"] == "pressalign-known-misses/1"
    names = [p["name"] for p in DATA["pairs"]]
    assert len(set(names)) == len(names)
    for pair in DATA["pairs"]:
        assert ("corpus" in pair) != ("source" in pair), pair["name"]
        cases = [*pair["cases"], *pair.get("fixed", ())]
        assert cases, pair["name"]
        parse_gold(cases)  # the gold case format, labels unique within the pair
        for case in cases:
            assert case.get("comment", "").strip(), f"{pair['name']}:{case['label']}: say why it is wrong"
        if "source" in pair:
            assert (ROOT / pair["source"]).is_file() and (ROOT / pair["derivative"]).is_file()


def test_corpus_cases_store_only_short_phrases():
    """Third-party text stays out of the repository: a corpus case holds a short locating phrase, no more."""
    for pair in DATA["pairs"]:
        if "corpus" not in pair:
            continue
        for case in [*pair["cases"], *pair.get("fixed", ())]:
            for key in _PHRASE_KEYS:
                if key in case:
                    assert len(case[key]) <= MAX_CORPUS_PHRASE, f"{pair['name']}:{case['label']}: {key} too long"


def test_every_gold_miss_is_a_known_miss(sample_report):
    """The sample's known misses are the gold's misses, case for case (the xfails above catch the ones fixed)."""
    pair = PAIRS["sample"]
    gold = load_gold(ROOT / pair["gold"])
    known = {c["label"]: c for c in pair["cases"]}
    gold_raw = {c["label"]: c for c in json.loads((ROOT / pair["gold"]).read_text(encoding="utf-8"))["cases"]}
    for label, case in known.items():
        assert label in gold_raw, f"known miss {label!r} is not a case of {pair['gold']}"
        assert _without_comment(case) == _without_comment(gold_raw[label]), \
            f"known miss {label!r} differs from {pair['gold']}"
    missed = [m for m in evaluate(sample_report, gold).misses if m.label not in known]
    assert not missed, "gold cases the engine now gets wrong (fix them, or add them to tests/known_misses.json):\n" + \
        "\n".join(f"  {m.label}: expected {m.expected}, got {m.got} at {m.where}" for m in missed)
