"""The verbatim shortcut of quote verification (alignment.engine.verify._verbatim) gives what the alignment gives."""

from __future__ import annotations

import pytest

from alignment.engine import verify
from alignment.engine.quotes import QuoteSpan
from alignment.engine.verify import SourceIndex, verify_quote

SOURCE = ("The cat sat on the mat. The cat sat on a mat, the Cat sat. The dog ran to the mat and sat. "
          "Officials said the talks were “constructive” and would resume on Monday. The cat sat on the mat.")


def _span(quote: str) -> QuoteSpan:
    return QuoteSpan(0, len(quote), 0, len(quote), quote, True)


@pytest.mark.parametrize("quote", [
    "the cat sat on the mat",  # three places: the first is kept
    "The cat sat",
    "a mat, the cat sat",  # inner punctuation differs from nothing: still the same words
    "constructive",
    "the talks were constructive and would resume on Monday",
    "mat",
    "the mat and sat",
    "cat sat on the dog",  # not verbatim anywhere: aligned
    "The cat [sat] on the mat",  # editorial words: aligned
    "The cat ... on the mat",  # an ellipsis: aligned
])
def test_verbatim_quotes_get_the_verdict_the_alignment_gives(quote, monkeypatch):
    index = SourceIndex(SOURCE)
    fast = verify_quote(quote, _span(quote), index)
    monkeypatch.setattr(verify, "_verbatim", lambda *args: None)
    assert verify_quote(quote, _span(quote), index) == fast


def test_verbatim_finds_the_first_run_of_the_first_window_holding_one():
    index = SourceIndex("a b c a b c")
    quote = verify.words("b c")
    assert verify._verbatim(quote, index.surfaces, [(0, 2), (2, 6), (0, 6)]) == (2, 4)
    assert verify._verbatim(quote, index.surfaces, [(0, 6)]) == (0, 1)
    assert verify._verbatim(verify.words("c a b"), index.surfaces, [(0, 6)]) == (0, 2)
    assert verify._verbatim(verify.words("c c"), index.surfaces, [(0, 6)]) is None


def test_a_verbatim_run_with_the_quotes_punctuation_wins_over_an_earlier_one_without():
    """The same words in a row twice, the first time with other punctuation between them: the quote is the second,
    exact (found by the property test comparing a text with itself: '0"0:0')."""
    source = "The first leg ended 2, 1 after extra time. The second ended 2-1 at half time."
    quote = "2-1 at half time"
    verdict = verify_quote(quote, _span(quote), SourceIndex(source))
    assert str(verdict.status) == "exact"
    assert source[verdict.source_start:verdict.source_end] == quote
    index = SourceIndex("0\"0:0")
    assert verify._verbatim(verify.words("0:0"), index.surfaces, [(0, 3)]) == (0, 0)  # without the test: the first
