"""The quote check as evidence for the claims: a quotation verified against a source passage links the sentence that
holds it to the sentences of that passage, word by word."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from alignment.engine.match import Profile
from alignment.model import Quote, QuoteStatus, Segment, WordDiff
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


def _step_parts(step: WordDiff, deriv: Sequence[Segment], d_starts: Sequence[int], source: Sequence[Segment],
                s_starts: Sequence[int], source_text: str,
                ) -> list[tuple[int, int, tuple[int, int], tuple[int, int]]]:
    """The parts of a word-for-word step of a quotation that lie in one claim on each side: (derivative claim,
    source claim, quote span, source span). A step runs over as many sentences as the quotation matches without a
    change ("... will be brought to justice as the JCF has demonstrated time and again. It is certain."): each source
    sentence it runs over is quoted, not only the one where it starts. The step's words pair up in order (an
    ``equal`` or ``variant`` step has as many words on each side, a hyphenated compound aside: then by position)."""
    d0, s0 = _holder(deriv, d_starts, step.quote_start), _holder(source, s_starts, step.source_start)
    if (d0 is not None and s0 is not None and step.quote_end <= deriv[d0].end
            and step.source_end <= source[s0].end):
        return [(d0, s0, (step.quote_start, step.quote_end), (step.source_start, step.source_end))]
    q_words = [(step.quote_start + w.start, step.quote_start + w.end) for w in words(step.quote_text)]
    s_words = words(source_text, step.source_start, step.source_end)
    if not q_words or not s_words:
        return []
    spans: dict[tuple[int, int], list[int]] = {}
    for k, w in enumerate(s_words):
        q_start, q_end = q_words[k * len(q_words) // len(s_words)]
        d, s = _holder(deriv, d_starts, q_start), _holder(source, s_starts, w.start)
        if d is None or s is None:
            continue
        span = spans.setdefault((d, s), [q_start, q_end, w.start, w.end])
        span[0], span[1] = min(span[0], q_start), max(span[1], q_end)
        span[2], span[3] = min(span[2], w.start), max(span[3], w.end)
    return [(d, s, (a, b), (c, e)) for (d, s), (a, b, c, e) in spans.items()]


def quote_evidence(
    quotes: Sequence[Quote], deriv: Sequence[Segment], source: Sequence[Segment], source_text: str,
    deriv_prof: Sequence[Profile], source_prof: Sequence[Profile],
) -> dict[tuple[int, int], tuple[frozenset[int], frozenset[int]]]:
    """For each (derivative, source) pair of claims that a faithful quotation joins (``exact`` or ``near``), the
    content words of each side that the quotation's word-for-word steps match; of an ``altered`` quotation, its steps
    of :data:`_ALTERED_RUN_WORDS` words or more (:data:`_SHORT_ALTERED_RUN` in a short one). A quotation of one or two
    words counts only where its passage occurs once in the source (a common word quoted could come from anywhere)."""
    evidence: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
    d_starts, s_starts = [seg.start for seg in deriv], [seg.start for seg in source]
    for q in quotes:
        if (q.status not in _FAITHFUL and q.status is not QuoteStatus.ALTERED) or q.source_start < 0:
            continue
        altered = q.status is QuoteStatus.ALTERED
        n_words = len(words(q.text))
        short = q.scare_quote or n_words <= _SHORT_WORDS  # a scare quote, or a word someone is quoted
        if short and source_text.casefold().count(q.source_text.casefold()) != 1:  # with: "called it “historic”"
            continue
        min_run = (_SHORT_ALTERED_RUN if n_words <= _SHORT_ALTERED_WORDS else _ALTERED_RUN_WORDS) if altered else 0
        for step in q.diff:
            if step.op not in ("equal", "variant") or step.quote_start < 0 or step.source_start < 0:
                continue
            if min_run and len(words(step.quote_text)) < min_run:
                continue
            for d, s, (q_lo, q_hi), (s_lo, s_hi) in _step_parts(step, deriv, d_starts, source, s_starts, source_text):
                d_words = _inside(deriv_prof[d], q_lo, q_hi)
                s_words = _inside(source_prof[s], s_lo, s_hi)
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
