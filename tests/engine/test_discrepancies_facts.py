"""A segment's dates and amounts (``discrepancies._facts``) are read at its numbers and its names of days, months and
fractions of a point alone (``_fact_words``): reading every word finds the same. The sentences are our own."""

from __future__ import annotations

TEXT = (
    "On Monday, March 3, 2025, the board cut its rate by a quarter point to 4-1/4 percent, the lowest since 1994. "
    "Prices rose 2.5% in the 12 months to June, and nine and a half million people, about 700 thousand of them "
    "children, were hit. The memo of 2/15/23 put the cost at $3.5M, or 25 basis points of the budget. "
    "Twenty-five officials met on 10-11 September 2024 and again in May. "
    "Between 2 and 3 percent of the 1,200 claims, 40 in all, were paid within 60 days. "
    "The 2028 Summer Olympics will be held in the city, one of seven hundred thousand visitors said. "
    "Nothing here is a number or a date. "
    "Grants of $15 bln went to 120 firms, up from 90 in 2023, the agency said on Tuesday."
)


def test_facts_read_at_the_fact_words_are_those_of_every_word(analyze):
    from alignment.engine.discrepancies import _dates, _fact_words, _facts, _quantities

    doc = analyze(TEXT, "D")
    read = 0
    for ws in doc.words:
        every = range(len(ws))  # (the loops visiting every word: what they did before the fact words)
        dates = _dates(doc.text, ws, every)
        amounts = _quantities(doc.text, ws, {k for d in dates for k in range(d.i, d.j)}, every)
        assert _facts(doc.text, ws) == (dates, amounts)
        assert _dates(doc.text, ws) == dates
        read += bool(dates or amounts)
        if not _fact_words(ws):
            assert (dates, amounts) == ([], [])
    assert read >= 6  # (the sentences with figures and dates: not all read as none)
