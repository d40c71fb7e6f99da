"""Golden cases on the sample pair, kept as data (tests/golden/sample_pair.json).

Each case locates what it checks by an exact phrase of the text, so it survives changes in
segmentation. Only what a careful reader finds unambiguous is here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = json.loads((Path(__file__).parent / "golden" / "sample_pair.json").read_text(encoding="utf-8"))


def _segment_with(side, phrase):
    start = side.text.find(phrase)
    assert start >= 0, f"phrase not in text: {phrase!r}"
    for seg in side.segments:
        if seg.start <= start < seg.end:
            return seg
    raise AssertionError(f"no segment holds {phrase!r}")


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_golden(sample_report, case):
    r = sample_report
    kind = case["kind"]
    if kind == "quote":
        matches = [q for q in r.quotes if q.text == case["text"]]
        assert len(matches) == 1, [q.text for q in r.quotes]
        q = matches[0]
        assert str(q.status) == case["status"]
        assert q.scare_quote == case["scare_quote"]
        if "source_contains" in case:
            assert case["source_contains"].lower() in q.source_text.lower(), q.source_text
    elif kind in ("source_status", "derivative_status"):
        side = r.source if kind == "source_status" else r.derivative
        seg = _segment_with(side, case["phrase"])
        assert seg.status in case["status"], (seg.id, seg.text)
    elif kind == "detail":
        details = [d.text for s in r.derivative.segments for d in s.unsupported_details]
        assert any(case["phrase"] in d for d in details), details
    elif kind == "alignment":
        d = _segment_with(r.derivative, case["derivative_phrase"])
        s = _segment_with(r.source, case["source_phrase"])
        assert any(a.source_id == s.id and a.derivative_id == d.id for a in r.alignments), (d.id, s.id)
    else:
        raise AssertionError(kind)


def test_all_seven_quotes_found(sample_report):
    assert len(sample_report.quotes) == 7
    assert not sample_report.warnings
