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


def test_a_hedged_number_meets_only_round_values_close_to_it():
    """"over 15 years" is not about the 19 of "COVID-19": rounded to one digit both are ~20, but rounding moves 15
    by a third; "nearly 2,000" still meets 1,901 (5%) and "more than 3 million" 3.4 million (12%)."""
    from alignment.engine.match import _approximations

    assert "~20" not in _approximations(15)
    assert "~2000" in _approximations(1901) and "~3000000" in _approximations(3.4e6)
    seg = _claim("The agenda includes the response to COVID-19 and the climate crisis.",
                 "So the plan includes taxes over 15 years to pay for spending.")
    assert seg.status == "added", (seg.status, seg.reason)
