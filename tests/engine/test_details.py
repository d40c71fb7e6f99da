"""Unsupported details (alignment/engine/details.py): their kinds."""

from __future__ import annotations

from alignment import compare


def _details(source: str, derivative: str) -> dict[str, str]:
    report = compare(source, derivative)
    return {d.text: d.kind for s in report.derivative.segments for d in s.unsupported_details}


def test_may_the_verb_is_not_a_date_and_may_the_month_is():
    source = "The ministry will publish the budget. Officials expect the budget to pass."
    verb = _details(source, "The ministry will publish the budget, which officials say may raise taxes sharply.")
    assert verb and all(kind != "date" for kind in verb.values()), verb
    month = _details(source, "The ministry will publish the budget in May, officials said.")
    assert month.get("in May") == "date", month
