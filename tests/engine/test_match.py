"""Matching (alignment/engine/match.py): quantities written in different ways are the same words."""

from __future__ import annotations

import pytest

from alignment import compare


def _claim(source: str, derivative: str):
    (seg,) = [s for s in compare(source, derivative).derivative.segments if s.is_claim]
    return seg


@pytest.mark.parametrize(("source", "derivative"), [
    ("The company raised $1.5 billion from investors on Monday.", "The company raised 1.5bn dollars from investors."),
    ("The bank raised the federal funds rate by 25 basis points on Tuesday.",
     "The bank raised the federal funds rate by a quarter point."),
    ("In all, 1,901 women completed the trial last year.", "Nearly 2,000 women completed the trial."),
    ("Sales reached 3.4 million units in the quarter.", "Sales reached more than 3 million units."),
])
def test_the_same_quantity_written_another_way_is_found(source, derivative):
    seg = _claim(source, derivative)
    assert seg.status == "supported", (seg.status, seg.score, seg.reason)
    assert not any(ch.isdigit() for d in seg.unsupported_details for ch in d.text), seg.unsupported_details


def test_an_exact_number_is_not_an_approximate_one():
    """Without a hedge, 2,000 is not 1,901: the sentences disagree on the number (no support from rounding)."""
    seg = _claim("In all, 1,901 women completed the trial last year.", "In all, 2,000 women completed the trial.")
    assert seg.status != "supported"
