"""Golden cases on the sample pair, kept as data (tests/golden/sample_pair.json).

Every golden case is a case of the project's gold (data/gold_sample_pair.json), copied with the same label and
content, and it is judged by the evaluator (``alignment.evaluate``), so the golden test accepts exactly what the
gold accepts: never an answer the gold marks wrong. The golden file holds the gold cases a careful reader finds
unambiguous and the engine gets right; gold cases the engine gets wrong are strict expected failures in
tests/known_misses.json (tests/test_known_misses.py), not loosened here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alignment.evaluate import evaluate, evaluation_text, parse_gold

ROOT = Path(__file__).resolve().parents[1]
CASES = json.loads((Path(__file__).parent / "golden" / "sample_pair.json").read_text(encoding="utf-8"))
GOLD = ROOT / "data" / "gold_sample_pair.json"
KNOWN_MISSES = Path(__file__).parent / "known_misses.json"


def _without_comment(case: dict) -> dict:
    return {k: v for k, v in case.items() if k != "comment"}


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_golden(sample_report, case):
    ev = evaluate(sample_report, [case])
    assert not ev.misses, evaluation_text(ev)
    if case["kind"] == "quote" and case.get("expect", "present") == "present":
        # stricter than the evaluator (which takes the quote overlapping the phrase most): the same quoted words
        matches = [q for q in sample_report.quotes if q.text == case["text"]]
        assert len(matches) == 1, [q.text for q in sample_report.quotes]


def test_golden_cases_are_the_gold_cases():
    """Each golden case is the gold case of the same label (comments aside): it accepts no answer the gold
    rejects, and none the gold would accept that the golden file does not."""
    gold = {c["label"]: c for c in json.loads(GOLD.read_text(encoding="utf-8"))["cases"]}
    labels = [c["label"] for c in CASES]
    assert len(set(labels)) == len(labels)
    for case in CASES:
        assert case["label"] in gold, f"golden case {case['label']!r} is not in {GOLD.name}"
        assert _without_comment(case) == _without_comment(gold[case["label"]]), (
            f"golden case {case['label']!r} differs from {GOLD.name}: make them agree")


def test_no_golden_case_is_a_known_miss():
    pairs = json.loads(KNOWN_MISSES.read_text(encoding="utf-8"))["pairs"]
    known = {c["label"] for p in pairs if p["name"] == "sample" for c in p["cases"]}
    assert not known & {c["label"] for c in CASES}


def test_the_golden_file_is_valid_gold():
    assert len(parse_gold(CASES).cases) == len(CASES)


def test_all_seven_quotes_found(sample_report):
    assert len(sample_report.quotes) == 7
    assert not sample_report.warnings
