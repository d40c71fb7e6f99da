"""The quote check as evidence for the claims: a quotation verified against a source passage links the sentence that
holds it to the sentences of that passage, word by word."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from alignment.engine.match import Profile
from alignment.model import Quote, QuoteStatus, Segment
from alignment.text.normalize import words

__all__ = ["foreign_quotations", "quote_evidence"]

#: the verdicts that say the quoted words are the source's own
_FAITHFUL = frozenset({QuoteStatus.EXACT, QuoteStatus.NEAR})
#: in an ``altered`` quotation, a run of at least this many words found word for word is the speaker's own (a
#: sentence quoted whole before a sentence of the writer's paraphrase); a word or two found in its changed part
#: ("the province", "and") meet the source by chance
_ALTERED_RUN_WORDS = 3
#: in an ``altered`` quotation of at most this many words, a run of ``_SHORT_ALTERED_RUN`` words found word for word
#: is enough: the quotation is a phrase with one word put in other words ("withdrawn its request" for "has withdrawn
#: its application"), whose words found are most of it, not a chance meeting in a long changed stretch
_SHORT_ALTERED_WORDS = 6
_SHORT_ALTERED_RUN = 2
#: a quotation of at most this many words is short: a common word quoted could come from anywhere
_SHORT_WORDS = 2


def _holder(segments: Sequence[Segment], starts: Sequence[int], offset: int) -> int | None:
    """The index of the claim holding ``offset`` (``starts``: the segments' starts, in order), else None."""
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < segments[i].end and segments[i].is_claim else None


def _inside(profile: Profile, start: int, end: int) -> frozenset[int]:
    return frozenset(i for i, t in enumerate(profile.words) if start <= t.word.start and t.word.end <= end)


def quote_evidence(
    quotes: Sequence[Quote], deriv: Sequence[Segment], source: Sequence[Segment], source_text: str,
    deriv_prof: Sequence[Profile], source_prof: Sequence[Profile],
) -> dict[tuple[int, int], tuple[frozenset[int], frozenset[int]]]:
    """For each (derivative, source) pair of claims that a faithful quotation joins (``exact`` or ``near``), the
    content words of each side that the quotation's word-for-word steps match; of an ``altered`` quotation, its steps
    of :data:`_ALTERED_RUN_WORDS` words or more (:data:`_SHORT_ALTERED_RUN` in a short one). A quotation of one or two
    words
    counts only where its passage occurs once in the source (a common word quoted could come from anywhere)."""
    evidence: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
    d_starts, s_starts = [seg.start for seg in deriv], [seg.start for seg in source]
    for q in quotes:
        if (q.status not in _FAITHFUL and q.status is not QuoteStatus.ALTERED) or q.source_start < 0:
            continue
        altered = q.status is QuoteStatus.ALTERED
        short = q.scare_quote or len(words(q.text)) <= _SHORT_WORDS  # a scare quote, or a word someone is quoted
        if short and source_text.casefold().count(q.source_text.casefold()) != 1:  # with: "called it “historic”"
            continue
        for step in q.diff:
            if step.op not in ("equal", "variant") or step.quote_start < 0 or step.source_start < 0:
                continue
            if altered and len(words(step.quote_text)) < (
                    _SHORT_ALTERED_RUN if len(words(q.text)) <= _SHORT_ALTERED_WORDS else _ALTERED_RUN_WORDS):
                continue
            d, s = _holder(deriv, d_starts, step.quote_start), _holder(source, s_starts, step.source_start)
            if d is None or s is None:
                continue
            d_words = _inside(deriv_prof[d], step.quote_start, step.quote_end)
            s_words = _inside(source_prof[s], step.source_start, step.source_end)
            if d_words and s_words:
                found = evidence.setdefault((d, s), (set(), set()))
                found[0].update(d_words)
                found[1].update(s_words)
    return {p: (frozenset(a), frozenset(b)) for p, (a, b) in evidence.items()}


def foreign_quotations(quotes: Sequence[Quote], deriv: Sequence[Segment], deriv_prof: Sequence[Profile],
                       ) -> dict[int, frozenset[int]]:
    """For each derivative claim, the content words inside its quotations that the source does not hold (verdict
    ``unsupported``; a quotation of more than two words, no scare quote): someone's words the source never gives
    ("The Saudi government's readout of the call said the kingdom intends “to broaden its investments and trade
    with the United States over the next four years ...”"). The quote check looked for them in the whole source and
    found no passage: those words met in the source's sentences, one here, one there, met them by chance, and they
    support nothing of the claim."""
    out: dict[int, set[int]] = {}
    d_starts = [seg.start for seg in deriv]
    for q in quotes:
        if q.status is not QuoteStatus.UNSUPPORTED or q.scare_quote or len(words(q.text)) <= _SHORT_WORDS:
            continue
        d = _holder(deriv, d_starts, q.start)
        if d is not None:
            out.setdefault(d, set()).update(_inside(deriv_prof[d], q.start, q.end))
    return {d: frozenset(ws) for d, ws in out.items() if ws}
