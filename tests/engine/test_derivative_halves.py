"""A derivative sentence cut in two (alignment/api.py, alignment/engine/statuses.py ``judge_derivative_half``, issue
15, session 18): a reader, like the gold, judges the sentence, so a part with no counterpart of its own whose other
part restates the source is the sentence reported in part (``partial``), not a sentence of the article's own.
Sentences written for these tests, on the shape of a wire story's lead on a central bank's decision."""

from __future__ import annotations

from alignment import compare

SOURCE = ("The Swiss National Bank today discontinued the minimum exchange rate of 1.20 francs per euro. The bank "
          "also lowered the interest rate on sight deposit account balances to minus 0.75 percent.")


def _statuses(derivative: str) -> list[tuple[str, str]]:
    return [(s.status, s.reason) for s in compare(SOURCE, derivative).derivative.segments]


def test_the_added_half_of_a_sentence_whose_other_half_restates_the_source_is_partial():
    statuses = _statuses("The Swiss National Bank on Thursday discontinued its minimum exchange rate of 1.20 francs "
                         "per euro that it had defended for years, sending the currency soaring and stock markets "
                         "into a tailspin within minutes.")
    assert [s for s, _ in statuses] == ["supported", "partial"]
    assert statuses[1][1].endswith("part of a sentence cut in two whose other part D1 is linked)")


def test_a_sentence_of_its_own_after_a_restatement_stays_added():
    statuses = _statuses("The Swiss National Bank on Thursday discontinued its minimum exchange rate of 1.20 francs "
                         "per euro that it had defended for years. Stock markets across Europe went into a tailspin "
                         "within minutes.")
    assert [s for s, _ in statuses] == ["supported", "added"]
    # a second part that opens a clause of its own with a conjunction is a sentence of its own too
    statuses = _statuses("The Swiss National Bank on Thursday discontinued its minimum exchange rate of 1.20 francs "
                         "per euro that it had defended for years, and stock markets across Europe went into a "
                         "tailspin within minutes.")
    assert [s for s, _ in statuses] == ["supported", "added"]
