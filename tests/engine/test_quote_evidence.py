"""The quote check as evidence for the claims (alignment/engine/evidence.py): an ``altered`` quotation's runs of words
found word for word link its sentences to the source's, as a faithful quotation's words do; a word or two found in
its changed part do not.

The sentences are written for these tests, in the shape of the fresh3 and fresh14 pairs the rule was read in.
"""

from __future__ import annotations

from types import SimpleNamespace

from alignment.engine.evidence import quote_evidence
from alignment.model import Quote, QuoteStatus, WordDiff
from alignment.text.normalize import words

SOURCE = ("I was deeply saddened to hear of the death of Mayor Anne Cole. "
          "She served the city with honour and distinction for ten years.")
ARTICLE = ("“I was deeply saddened to hear of the death of Mayor Anne Cole. "
           "Her work for the city and her dedication will long be remembered,” the premier said.")


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    at = text.index(part, after)
    return at, at + len(part)


def _step(op: str, quoted: str, sourced: str, after: tuple[int, int] = (0, 0)) -> WordDiff:
    qs, qe = _span(ARTICLE, quoted, after[0]) if quoted else (-1, -1)
    ss, se = _span(SOURCE, sourced, after[1]) if sourced else (-1, -1)
    return WordDiff(op, quoted, qs, qe, sourced, ss, se)


def _segments(text: str) -> list[SimpleNamespace]:
    cut = text.index(". ") + 1
    return [SimpleNamespace(start=0, end=cut, is_claim=True), SimpleNamespace(start=cut + 1, end=len(text),
                                                                               is_claim=True)]


def _profiles(text: str) -> list[SimpleNamespace]:
    cut = text.index(". ") + 1
    return [SimpleNamespace(words=tuple(SimpleNamespace(word=w) for w in words(text) if w.content and lo <= w.start
                                        and w.end <= hi)) for lo, hi in ((0, cut), (cut + 1, len(text)))]


def _evidence(status: QuoteStatus) -> dict[tuple[int, int], tuple[frozenset[int], frozenset[int]]]:
    first = "I was deeply saddened to hear of the death of Mayor Anne Cole"
    diff = (_step("equal", first, first),
            _step("replace", "Her work for", "She served"),
            _step("equal", "the city", "the city", (60, 60)),
            _step("replace", "and her dedication will long be remembered", "with honour and distinction for ten years"))
    end = ARTICLE.index("”")
    quote = Quote("Q1", ARTICLE[1:end], 1, end, 0, end + 1, "D1", status, 0.6, 0, len(SOURCE), SOURCE, "S1", False,
                  True, diff)
    return quote_evidence([quote], _segments(ARTICLE), _segments(SOURCE), SOURCE, _profiles(ARTICLE),
                          _profiles(SOURCE))


def test_an_altered_quotations_run_of_words_links_its_sentence_and_a_stray_pair_does_not():
    evidence = _evidence(QuoteStatus.ALTERED)
    # the first sentence quoted word for word links the first sentences; "the city", found in the changed second
    # sentence, links nothing
    assert set(evidence) == {(0, 0)}
    assert len(evidence[0, 0][0]) == len(evidence[0, 0][1]) >= 5


def test_a_faithful_quotations_every_word_found_is_evidence():
    assert set(_evidence(QuoteStatus.NEAR)) == {(0, 0), (1, 1)}
    assert _evidence(QuoteStatus.UNSUPPORTED) == {}
