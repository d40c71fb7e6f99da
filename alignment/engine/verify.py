"""Quote verification: the best source passage for a quote, its word-level differences, and a verdict.

The quote's words are aligned to the source's words with a semi-global dynamic programme (the whole
quote against any stretch of the source), run only in windows of the source where the quote's words
occur. Word pairs agree at two levels: ``equal`` (same surface: case, typography and apostrophes
folded) and ``variant`` (same spelling-folded form, or one stem and an inflection of one word: not a word
made from another, "investigation" for "investigators"; or one word hyphenated or split in two on one
side). The verdict ladder:

``exact``
    every word equal, in order, nothing added or dropped, and the punctuation between words the same
    (punctuation at the quote's edges, and dashes that set words off, do not count);
``near``
    faithful but not identical: variants, different inner punctuation, a word that only adds left out, at most
    two articles put in, left out or swapped, the source's bracketed editorial words left out, a function word the
    quote has again put in by a slip, the rest of a source sentence left out where a sentence of the quote ends;
``altered``
    the passage is identifiable (at least ``altered_min_words`` content words and ``altered_min_share``
    of the quote's content words found, close together) but words were added, dropped or changed
    without marking; never given to a scare quote;
``unsupported``
    nothing in the source the quote could come from.

>>> index = SourceIndex("They vowed coordinated actions with international partners.")
>>> def check(quote):
...     return verify_quote(quote, QuoteSpan(0, len(quote), 0, len(quote), quote, True), index)
>>> v = check("coordinated action"); (v.status.value, v.source_text, v.scare_quote)
('near', 'coordinated actions', True)
>>> v = check("vowed coordinated actions with partners"); (v.status.value, [d.op for d in v.diff])
('altered', ['equal', 'delete', 'equal'])
>>> check("Vowed coordinated actions with international partners.").status.value
'exact'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from alignment.engine.quotes import QuoteSpan, named_term, reported_speech
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import QuoteStatus, WordDiff
from alignment.text.normalize import HYPHENS, Word, fold_surface, fold_word, region_named, words

if TYPE_CHECKING:  # numpy is imported where it is used: ``import alignment`` stays light
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["QuoteMemo", "SourceIndex", "Verdict", "over_lines", "skipping_lines", "verify_quote"]

# Scores of one step of the alignment (content words; function words count half), in tenths: every step, and so
# every score and bound, is a whole number, exact in floating point, so that two equal scores compare equal (a
# window whose bound only ties the best so far is skipped, as a tie keeps the first).
_EQUAL, _VARIANT, _MISMATCH, _GAP = 20.0, 16.0, -10.0, -10.0
_MAX_WINDOWS = 24  # candidate stretches of the source tried per quote
# Occurrences of one word that anchor candidate stretches: past this, a word says little about where a quote
# comes from, and without a cap every quote of it costs as many steps as the word occurs (10,000 one-word
# quotes of a word the source repeats 10,000 times took five minutes).
_MAX_ANCHORS_PER_WORD = 2_000
_ELISION_REACH = 250  # source words one ellipsis in a quote may stand for
_CUT_REACH = 60  # source words the end of a sentence of a quote may stand for (the rest of the source's sentence)
_SENTENCE_END = re.compile(r"[.!?]")
#: a quote with fewer than ``altered_min_share`` of its content words in a passage is still that passage altered
#: when that share of all its words is found in order there, with this many in a row (a quotation translated back)
_ALTERED_MIN_RUN = 3
#: from this many source words in a stretch, :func:`_align` computes its rows with numpy, not cell by cell
_ARRAY_ROWS = 64
#: up to this many anchors (occurrences of a quote's words in the source), a quote's windows are grouped in a
#: plain loop rather than with numpy (:meth:`SourceIndex.windows`): the same windows, found sooner
_FEW_ANCHORS = 1_000
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_BRACKETS = re.compile(r"\[[^\]]*\]")
_QUOTE_CHARS = re.compile("[\"'“”„‟«»‘’‚‛‹›`´\\[\\]]|\\s")  # and an editor's square brackets
_DASHES = re.compile("-+")  # after folding, "--", "—" and "–" are one dash
#: a dash that sets words off (spaced on either side, an em dash, a double hyphen), not one that joins them
#: ("people-to-people"): typography a copy often loses or adds, so no difference between words
_PAUSE_DASH = re.compile(r"\s[-‐‑‒–]+|[-‐‑‒–]+\s|[—―]|-{2,}")


def _quote_variants(text: str, ws: list[Word]) -> list[Word]:
    """``ws`` with the abbreviation of a region after a place and its comma read as the region's name ("Uvalde, TX",
    "Uvalde, Tex.", "Albany, N.Y." for "Uvalde, Texas", "Albany, New York"): the same place, which a quotation
    writes out or abbreviates, a variant and no word changed (:func:`alignment.text.normalize.region_named`, which
    discovery's query reads too). And a single digit written with a leading zero, as a date's day often is
    ("January 05"), is that digit: the same number, which a quotation writes without it ("January 5"). Read so in
    quotations and the source they are checked against only: a claim's share and its details weigh the words as
    before.

    >>> [w.norm for w in _quote_variants("in Uvalde, TX at", words("in Uvalde, TX at"))]
    ['in', 'uvalde', 'texas', 'at']
    >>> text = "Albany, N.Y. and Dallas, Tex. and WE ARE IN, OK"
    >>> [w.norm for w in _quote_variants(text, words(text))]
    ['albany', 'newyork', 'and', 'dallas', 'texas', 'and', 'we', 'are', 'in', 'ok']
    >>> text = "on January 05, 2018, at 0.5 and 007"
    >>> [w.norm for w in _quote_variants(text, words(text))]
    ['on', 'january', '5', '2018', 'at', '0.5', 'and', '007']
    """
    out = ws
    for i in range(len(ws)):
        w = ws[i]
        if w.kind == "number" and len(w.norm) == 2 and w.norm[0] == "0" and w.norm[1].isdigit():
            if out is ws:
                out = list(ws)
            out[i] = replace(w, norm=w.norm[1], key=w.norm[1])
            continue
        region = region_named(text, ws, i)
        if region:
            name = fold_word(region.replace(" ", ""))
            if out is ws:
                out = list(ws)
            out[i] = replace(w, norm=name, key=name, stop=False, kind="acronym", content=True)
    return out


class SourceIndex:
    """The source's words, and where each stem occurs, built once and reused for every quote."""

    def __init__(self, text: str, text_words: Sequence[Word] | None = None) -> None:
        """``text_words`` are the words of ``text`` when the caller has them already (the segmenter's, which
        never join two paragraphs' words into one name); by default they are read from ``text``."""
        self.text = text
        self.words: list[Word] = _quote_variants(text, list(text_words) if text_words is not None else words(text))
        self.positions: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self.words):
            self.positions[w.key].append(i)
            if w.norm != w.key:
                self.positions[w.norm].append(i)
        self._arrays: dict[str, NDArray[np.int64]] = {}  # key -> its positions as an array, made when first asked
        #: each word's surface, in order: where a quote stands word for word (:func:`_verbatim`)
        self.surfaces: list[str] = [w.surface for w in self.words]
        self._starts: set[int] | None = None
        self._sentences: list[tuple[int, int, frozenset[str]]] | None = None

    def sentence_starts(self) -> set[int]:
        """The words that begin a sentence (a full stop, question or exclamation mark between the word before and
        them), found once, when first asked."""
        if self._starts is None:
            self._starts = {k for k in range(1, len(self.words))
                            if _SENTENCE_END.search(self.text, self.words[k - 1].end, self.words[k].start)}
        return self._starts

    def sentences(self) -> list[tuple[int, int, frozenset[str]]]:
        """Each sentence's first word, its end word and the keys and folded forms of its words: a sentence ends at a
        stop or a line break (a heading is no part of the sentence under it). Found once, when first asked."""
        if self._sentences is None:
            ws = self.words
            starts = sorted(self.sentence_starts() | {0} | {
                k for k in range(1, len(ws)) if "\n" in self.text[ws[k - 1].end:ws[k].start]})
            self._sentences = [(lo, hi, frozenset(w.key for w in ws[lo:hi]) | {w.norm for w in ws[lo:hi]})
                               for lo, hi in itertools.pairwise([*starts, len(ws)]) if lo < hi]
        return self._sentences

    def windows(self, quote: list[Word], reach: int = 0) -> list[tuple[int, int]]:
        """Stretches ``[lo, hi)`` of source words worth aligning the quote to, most promising first.

        ``reach`` is how many source words an elision in the quote may skip.

        Every occurrence of a quote word in the source is an anchor: the quote start it implies. Anchors that
        lie close together form a group, ranked by the number of distinct quote words it explains. A quote's
        words can occur thousands of times in a long source, so the anchors are grouped and counted as arrays
        (numpy, imported here: ``import alignment`` stays light), not one by one in Python: the cost per quote
        that grows with the source's length is a sort, not a loop.
        """
        m = len(quote)
        pad = m // 2 + 3
        # A group wider than this is a chain of separate places (common words recur all through a long
        # source), not one passage: it starts a new group, so no window grows with the source's length.
        span_cap = m + 2 * pad + reach
        content = [i for i, w in enumerate(quote) if w.content] or list(range(m))
        lookups = [(qi, key) for qi in content for key in {quote[qi].key, quote[qi].norm, *_joined_keys(quote, qi)}]
        if sum(len(self.positions.get(key, ())) for _, key in lookups) <= _FEW_ANCHORS:
            return self._few_windows(lookups, m, pad, span_cap, reach)
        import numpy as np

        starts_parts, words_parts = [], []
        for qi, key in lookups:
            at = self._array(key)
            if len(at):
                starts_parts.append(at - qi)
                words_parts.append(np.full(len(at), qi, dtype=np.int64))
        if not starts_parts:
            return []
        starts, qis = np.concatenate(starts_parts), np.concatenate(words_parts)
        unique = _distinct(starts)
        # Group the distinct starts, in order: a start joins the group before it when it lies at most
        # ``pad + reach`` after that group's last start and at most ``span_cap`` after its first. A gap wider
        # than ``pad + reach`` always ends a group (it splits the starts into runs); inside a run, only the span
        # cap does, so only a run wider than the cap is walked, a group at a time.
        runs = np.flatnonzero(np.diff(unique) > pad + reach) + 1
        run_lo = np.concatenate(([0], runs))
        run_hi = np.concatenate((runs, [len(unique)]))
        wide = unique[run_hi - 1] - unique[run_lo] > span_cap
        first = run_lo[~wide].tolist()
        if wide.any():
            ordered = unique.tolist()
            for a, b in zip(run_lo[wide].tolist(), run_hi[wide].tolist(), strict=True):
                while a < b:
                    first.append(a)
                    a = bisect.bisect_right(ordered, ordered[a] + span_cap, a, b)
            first.sort()
        group_first = np.asarray(first, dtype=np.int64)
        group_last = np.append(group_first[1:], len(unique)) - 1
        mark = np.zeros(len(unique), dtype=np.int64)
        mark[group_first] = 1
        group_of = np.cumsum(mark) - 1  # by distinct start
        # the distinct quote words each group explains: distinct (group, quote word) pairs, counted by group
        pairs = _distinct(group_of[np.searchsorted(unique, starts)] * m + qis)
        hits = np.bincount(pairs // m, minlength=len(group_first))
        lo, hi = unique[group_first], unique[group_last]
        ranked = np.lexsort((lo, -hits))[:_MAX_WINDOWS]
        n = len(self.words)
        return [(max(0, int(lo[g]) - pad), min(n, int(hi[g]) + m + pad)) for g in ranked.tolist()]

    def _few_windows(self, lookups: list[tuple[int, str]], m: int, pad: int, span_cap: int,
                     reach: int) -> list[tuple[int, int]]:
        """:meth:`windows` one anchor at a time, the same groups ranked the same way: for a quote whose words
        occur a few hundred times at most (most quotes of most sources), the loop costs less than numpy's
        fixed cost per call. ``lookups``: (quote word, key) pairs to anchor on."""
        anchors: dict[int, set[int]] = {}  # the quote start an anchor implies -> the quote words implying it
        for qi, key in lookups:
            for at in self.positions.get(key, ())[:_MAX_ANCHORS_PER_WORD]:
                anchors.setdefault(at - qi, set()).add(qi)
        if not anchors:
            return []
        unique = sorted(anchors)
        groups: list[tuple[int, int, int]] = []  # (-distinct quote words, first start, last start)
        first = 0
        for k in range(1, len(unique) + 1):
            if k == len(unique) or unique[k] - unique[k - 1] > pad + reach or unique[k] - unique[first] > span_cap:
                explained = set().union(*(anchors[unique[j]] for j in range(first, k)))
                groups.append((-len(explained), unique[first], unique[k - 1]))
                first = k
        groups.sort()  # most quote words explained first, then the earliest (no two groups start alike)
        n = len(self.words)
        return [(max(0, lo - pad), min(n, hi + m + pad)) for _, lo, hi in groups[:_MAX_WINDOWS]]

    def _array(self, key: str) -> NDArray[np.int64]:
        """Where ``key`` occurs (its first ``_MAX_ANCHORS_PER_WORD`` places), as an array, made once per key."""
        at = self._arrays.get(key)
        if at is None:
            import numpy as np

            at = self._arrays[key] = np.asarray(self.positions.get(key, ())[:_MAX_ANCHORS_PER_WORD], dtype=np.int64)
        return at


def _distinct(values: NDArray[np.int64]) -> NDArray[np.int64]:
    """The distinct values, in increasing order (``np.unique`` without its overhead for small arrays)."""
    import numpy as np

    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _verbatim(quote: list[Word], surfaces: list[str], windows: Sequence[tuple[int, int]],
              same_gaps: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """The first of ``windows`` that holds the quote word for word (the same surfaces, in a row), and the first
    such run in it: (the window's first word, the run's first word), or None when no window holds one.

    That run is what :func:`_align` finds in that window, and what :func:`verify_quote`'s search settles on, for
    a quote without an ellipsis: every word ``equal`` is the only path that reaches the ceiling (a gap, an
    inserted word, a variant or a compound scores less, and a replaced word less still), a window without the
    run scores less than the ceiling, and of equal scores the alignment keeps the earliest end. So no alignment
    is computed for a quote found verbatim (most quotes). With ``same_gaps`` (whether the run starting at a word
    has the quote's punctuation between its words too) the first run that has it wins, else the first run: "2-1"
    is found where the source writes "2-1", not at an earlier "2, 1".

    >>> ws = [w.surface for w in words("a b c a b c")]
    >>> _verbatim(words("b c"), ws, [(2, 6), (0, 6)]), _verbatim(words("c b"), ws, [(0, 6)])
    ((2, 4), None)
    """
    wanted = [w.surface for w in quote]
    m, first = len(wanted), wanted[0]
    found = None
    for lo, hi in windows:
        j = lo
        while j <= hi - m:
            try:
                j = surfaces.index(first, j, hi - m + 1)
            except ValueError:
                break
            if surfaces[j:j + m] == wanted:
                if same_gaps is None or same_gaps(j):
                    return lo, j
                found = found or (lo, j)
            j += 1
    return found


def _joined_keys(quote: list[Word], i: int) -> list[str]:
    """The quote word joined with its neighbour, for a source that writes the compound as one word."""
    out = []
    if i + 1 < len(quote):
        out.append(quote[i].norm + quote[i + 1].norm)
    return out


@functools.lru_cache(maxsize=4096)
def _inflected(a: str, b: str) -> bool:
    """Whether two folded words with one stem are forms of one word: what follows their common start is an ending
    that inflects a word on each side (the language's ``inflection_endings``: "bid"/"bidding", "policy"/"policies",
    "conserve"/"conserving"), not one that makes another word of it ("investigators" for "investigation", "national"
    for "nation"): a variant, where the other is a word changed.

    >>> _inflected("bidding", "bid"), _inflected("policies", "policy"), _inflected("investigation", "investigators")
    (True, True, False)
    """
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    ends = [a[k:], b[k:]]
    for n, end in enumerate(ends):
        if k and end[:1] == a[k - 1] and end[1:] in _LANG.inflection_endings:  # a doubled consonant: bid-ding
            ends[n] = end[1:]
    return all(end in _LANG.inflection_endings for end in ends)


@dataclass(frozen=True, slots=True)
class Verdict:
    status: QuoteStatus
    score: float
    source_start: int
    source_end: int
    source_text: str
    diff: tuple[WordDiff, ...]
    scare_quote: bool


@dataclass(frozen=True, slots=True)
class _Step:
    op: str  # equal, variant, replace, insert, delete, elided, editorial, cut (the rest of a source sentence)
    q: tuple[int, int]  # quote word range [a, b)
    s: tuple[int, int]  # source word range [a, b)


_EQUAL_STEP, _VARIANT_STEP, _DELETE_STEP = ("equal", 1, 1), ("variant", 1, 1), ("delete", 0, 1)
_JOINED_QUOTE_STEP, _JOINED_SOURCE_STEP = ("variant", 2, 1), ("variant", 1, 2)


def _weight(w: Word) -> float:
    return 1.0 if w.content else 0.5


def _positions(forms: Sequence[str | None]) -> dict[str | None, list[int]]:
    """Where each form occurs in ``forms``."""
    out: dict[str | None, list[int]] = defaultdict(list)
    for j, f in enumerate(forms):
        out[f].append(j)
    return out


@dataclass(frozen=True, slots=True)
class _Forms:
    """Where each form occurs in a stretch of source words: what :func:`_align` and :func:`_chain_bound` look
    quote words up in."""

    surface: dict[str | None, list[int]]
    norm: dict[str | None, list[int]]
    key: dict[str | None, list[int]]  # stems, of words only (they are compared between words only)
    joined: dict[str | None, list[int]]  # src[j] + src[j + 1], by j

    @classmethod
    def of(cls, src: list[Word]) -> _Forms:
        return cls(_positions([w.surface for w in src]), _positions([w.norm for w in src]),
                   _positions([w.key if w.kind == "word" else None for w in src]),
                   _positions([a.norm + b.norm for a, b in itertools.pairwise(src)]))


#: a chain bound not worked out yet (:class:`_Stretch`; None is a bound too costly to work out)
_UNKNOWN = float("nan")


@dataclass(slots=True)
class _Stretch:
    """What :func:`_verdict` worked out of one quote against one stretch of source words: the quote words'
    ceilings there, the stretch's forms, its chain bound, and its alignment (``aligned``) or the lowest floor it was
    found to score no more than (``no_better``: :class:`_NoBetter`)."""

    ceilings: list[float]
    forms: _Forms | None = None
    bound: float | None = _UNKNOWN
    aligned: tuple[float, list[_Step]] | None = None
    no_better: float | None = None


@dataclass(slots=True)
class QuoteMemo:
    """What :func:`verify_quote` works out for one quotation, kept for the next reading of the same quotation against
    another index of the same source words (:func:`over_lines`: the source read again without its lines of
    furniture): the quote's words, and each stretch of source words it was aligned to (:class:`_Stretch`), by the
    stretch's words themselves. A stretch away from the lines holds the same words in both indexes, so it is aligned
    once; one a line was taken out of holds other words and is aligned again."""

    quote: list[Word] | None = None
    stretches: dict[tuple[object, ...], _Stretch] = field(default_factory=dict)


class _NoBetter(Exception):
    """:func:`_align` stopped: the stretch cannot score more than its ``floor``."""


def _align(quote: list[Word], editorial: list[bool], elide_after: set[int], src: list[Word],
           forms: _Forms | None = None, floor: float | None = None,
           ceilings: Sequence[float] | None = None,
           cuts: tuple[set[int], set[int]] | None = None) -> tuple[float, list[_Step]]:
    """Semi-global alignment of the whole quote against any stretch of ``src``.

    Two words are ``equal`` (the same surface), a ``variant`` (the same folded form, or two words with the
    same stem) or a ``replace``. This is where a comparison spends most of its time outside spaCy, so each
    row is computed a list at a time: each column's gain on the diagonal (its few equal and variant places
    found by look-up), the insert move with ``map``, the compounds at the places they apply, then one pass
    along the row that takes the best of those and of skipping a source word (``delete``); from
    :data:`_ARRAY_ROWS` source words on, the row is computed as numpy arrays, that pass as a running maximum (the
    same values: every score is a whole number). Only the scores
    are kept; the path is traced back by asking each cell on it which move gave its score, in the order a
    cell-by-cell programme tries them (so that ties go the same way).

    With ``floor`` (and ``ceilings``: :func:`_ceilings` of ``src``), raises :class:`_NoBetter` as soon as the
    rows computed show that no path can score more than ``floor``: a path reaches row ``i`` or row ``i - 1``
    (a move consumes one quote word or, a compound, two), and from there each quote word left gains at most its
    ceiling (a source word dropped or elided gains nothing), so the best of row ``i`` plus the ceilings of the
    words after it bounds every path through row ``i``. Every score is a whole number: the bound is exact.

    With ``cuts`` (rows, columns): after each of those rows (a sentence of the quote ends there) the rest of a source
    sentence may be skipped for free, from any column inside it to a column of ``columns`` (where a source sentence
    ends): a ``cut``.
    """
    m, n = len(quote), len(src)
    s_gap = [_GAP * _weight(w) for w in src]
    forms = forms or _Forms.of(src)
    by_surface, by_norm, by_key, by_joined = forms.surface, forms.norm, forms.key, forms.joined
    score = [[0.0] * (n + 1)]
    cum = None  # the source gaps summed up to each column, for rows computed as arrays (long stretches only)
    if n >= _ARRAY_ROWS:
        import numpy as np

        cum = np.concatenate(([0.0], np.cumsum(s_gap)))
        prev_arr = np.zeros(n + 1)
    before_elision: dict[int, list[float]] = {}  # row -> its scores before an ellipsis let source words go
    elided: dict[int, dict[int, int]] = {}  # row -> {column: the column its score was carried from}
    cut_from: dict[int, dict[int, int]] = {}  # the same for the rest of a source sentence cut (``cuts``)
    if floor is not None and ceilings is not None:
        rest = [0.0] * (m + 1)  # rest[i]: the most the quote words after row i can add
        for k in range(m - 1, -1, -1):
            rest[k] = rest[k + 1] + ceilings[k]
        reach = rest[0]  # the most a path through the row before can score (row 0: all zeros)
    else:
        floor = None
    for i in range(1, m + 1):
        qw = quote[i - 1]
        prev = score[i - 1]
        ins, equal_gain, variant_gain, miss_gain = _row_gains(quote, editorial, i)
        if cum is not None:
            # the same row as arrays: each column's gain on the diagonal, the insert move and the compounds,
            # a cell's best move from the row above (or the row's start), then the run of deletes along the row as
            # a running maximum of (best - the gaps up to it), plus those gaps: whole numbers all, so the same
            # values to the last bit whatever the order of the sums
            gains_arr = np.full(n, miss_gain)
            for at, gain in ((by_norm.get(qw.norm), variant_gain),
                             (_same_word(qw, src, by_key) if qw.kind == "word" else None, variant_gain),
                             (by_surface.get(qw.surface), equal_gain)):
                if at:
                    gains_arr[at] = gain
            above_arr = prev_arr[1:] + ins
            if i >= 2:
                prev2 = score[i - 2]
                joined_gain = _VARIANT * (_weight(quote[i - 1]) + _weight(quote[i - 2]))
                for j in by_norm.get(quote[i - 2].norm + qw.norm, ()):
                    above_arr[j] = max(above_arr[j], prev2[j] + joined_gain)
            for j in by_joined.get(qw.norm, ()):
                above_arr[j + 1] = max(above_arr[j + 1], prev[j] + variant_gain)
            best = np.empty(n + 1)
            best[0] = prev[0] + ins
            np.maximum(above_arr, prev_arr[:-1] + gains_arr, out=best[1:])
            prev_arr = np.maximum.accumulate(best - cum) + cum
            row = prev_arr.tolist()
            if i in elide_after:
                _elide(i, row, before_elision, elided)
                prev_arr = np.array(row)
            elif cuts is not None and i in cuts[0]:
                _cut(i, row, cuts[1], before_elision, cut_from)
                prev_arr = np.array(row)
            score.append(row)
            if floor is not None:
                top = float(prev_arr.max()) + rest[i]
                if top <= floor and reach <= floor:
                    raise _NoBetter
                reach = top
            continue
        gains = [miss_gain] * n
        for j in by_norm.get(qw.norm, ()):
            gains[j] = variant_gain
        if qw.kind == "word":
            for j in _same_word(qw, src, by_key):
                gains[j] = variant_gain
        for j in by_surface.get(qw.surface, ()):
            gains[j] = equal_gain
        # the moves from the row above other than the diagonal, by column 1..n: inserting the quote word, or
        # (at the few places where they apply) a compound on either side
        above = list(map(ins.__add__, prev[1:]))
        if i >= 2:
            prev2 = score[i - 2]
            joined_gain = _VARIANT * (_weight(quote[i - 1]) + _weight(quote[i - 2]))
            for j in by_norm.get(quote[i - 2].norm + qw.norm, ()):  # two quote words, one source word
                above[j] = max(above[j], prev2[j] + joined_gain)
        for j in by_joined.get(qw.norm, ()):  # one quote word, two source words
            above[j + 1] = max(above[j + 1], prev[j] + variant_gain)
        run = prev[0] + ins
        row = [run]
        for up, diagonal, gain, gap in zip(above, prev, gains, s_gap, strict=False):
            run += gap
            if up > run:
                run = up
            diagonal += gain
            if diagonal > run:
                run = diagonal
            row.append(run)
        if i in elide_after:
            _elide(i, row, before_elision, elided)
        elif cuts is not None and i in cuts[0]:
            _cut(i, row, cuts[1], before_elision, cut_from)
        score.append(row)
        if floor is not None:
            top = max(row) + rest[i]
            if top <= floor and reach <= floor:
                raise _NoBetter
            reach = top
    end = max(range(n + 1), key=lambda j: (score[m][j], -j))
    total = score[m][end]
    steps: list[_Step] = []
    i, j = m, end
    while i > 0:
        if j in elided.get(i, ()):
            op, di, dj = "elided", 0, j - elided[i][j]
        elif j in cut_from.get(i, ()):
            op, di, dj = "cut", 0, j - cut_from[i][j]
        else:
            op, di, dj = _move(quote, editorial, src, score, before_elision.get(i, score[i]), i, j)
        steps.append(_Step(op, (i - di, i), (j - dj, j)))
        i, j = i - di, j - dj
    steps.reverse()
    return total, steps


def _same_word(qw: Word, src: list[Word], by_key: dict[str | None, list[int]]) -> list[int]:
    """Where in ``src`` a word has the quote word's stem and is a form of the same word (:func:`_inflected`)."""
    return [j for j in by_key.get(qw.key, ()) if _inflected(qw.norm, src[j].norm)]


def _elide(i: int, row: list[float], before_elision: dict[int, list[float]], elided: dict[int, dict[int, int]]) -> None:
    """An ellipsis after quote word ``i``: any number of source words may be skipped for free. ``row`` (row ``i``
    of :func:`_align`) takes the best score to its left where that is higher; its scores before that, and the
    column each changed cell's score was carried from, are kept for the trace back."""
    before_elision[i] = row[:]
    carried: dict[int, int] = {}
    top, top_j = float("-inf"), 0
    for j in range(len(row)):
        if row[j] >= top:
            top, top_j = row[j], j
        elif j > top_j:
            row[j] = top
            carried[j] = top_j
    elided[i] = carried


def _cut(i: int, row: list[float], landings: set[int], before_elision: dict[int, list[float]],
         cut_from: dict[int, dict[int, int]]) -> None:
    """A sentence of the quote ends after quote word ``i``: the rest of a source sentence may be skipped for free,
    from a column inside it (not its first) to the column where it ends (one of ``landings``). ``row`` takes the
    best such score where that is higher; its scores before, and the column each changed cell's score was carried
    from, are kept for the trace back (as :func:`_elide` keeps them)."""
    before = before_elision[i] = row[:]
    carried: dict[int, int] = {}
    top, top_j = float("-inf"), -1
    for j in range(1, len(row)):
        if j in landings:
            if top > before[j]:
                row[j] = top
                carried[j] = top_j
            top, top_j = float("-inf"), -1  # a new sentence starts after this column
        elif before[j] > top:
            top, top_j = before[j], j
    cut_from[i] = carried


def _row_gains(quote: list[Word], editorial: list[bool], i: int) -> tuple[float, float, float, float]:
    """Row ``i``'s scores for quote word ``i - 1``: inserted, equal, a variant, replaced."""
    weight = _weight(quote[i - 1])
    if editorial[i - 1]:
        return 0.0, _EQUAL * weight, _VARIANT * weight, 0.0
    return _GAP * weight, _EQUAL * weight, _VARIANT * weight, _MISMATCH * weight


def _move(quote: list[Word], editorial: list[bool], src: list[Word], score: list[list[float]], row: list[float],
          i: int, j: int) -> tuple[str, int, int]:
    """The move that gave cell (``i``, ``j``) its score (``row``: row ``i`` before any elision), the first
    of equally good moves in the order insert, diagonal, delete, compound in the quote, compound in the
    source."""
    qw = quote[i - 1]
    prev = score[i - 1]
    ins, equal_gain, variant_gain, miss_gain = _row_gains(quote, editorial, i)
    best, step = prev[j] + ins, ("editorial" if editorial[i - 1] else "insert", 1, 0)
    if j == 0:
        return step
    sw = src[j - 1]
    if qw.surface == sw.surface:
        cand, cand_step = prev[j - 1] + equal_gain, _EQUAL_STEP
    elif qw.norm == sw.norm or (qw.kind == "word" and sw.kind == "word" and qw.key == sw.key
                                and _inflected(qw.norm, sw.norm)):
        cand, cand_step = prev[j - 1] + variant_gain, _VARIANT_STEP
    else:
        cand, cand_step = prev[j - 1] + miss_gain, ("editorial", 1, 1) if editorial[i - 1] else ("replace", 1, 1)
    if cand > best:
        best, step = cand, cand_step
    cand = row[j - 1] + _GAP * _weight(sw)
    if cand > best:
        best, step = cand, _DELETE_STEP
    if i >= 2 and quote[i - 2].norm + qw.norm == sw.norm:
        cand = score[i - 2][j - 1] + _VARIANT * (_weight(qw) + _weight(quote[i - 2]))
        if cand > best:
            best, step = cand, _JOINED_QUOTE_STEP
    if j >= 2 and src[j - 2].norm + sw.norm == qw.norm:
        cand = prev[j - 2] + variant_gain
        if cand > best:
            best, step = cand, _JOINED_SOURCE_STEP
    return step


def _ceiling(quote: list[Word], editorial: list[bool], src: list[Word]) -> float:
    """The most :func:`_align` can score for ``quote`` against ``src``: the sum of :func:`_ceilings`."""
    return sum(_ceilings(quote, editorial, src))


def _ceilings(quote: list[Word], editorial: list[bool], src: list[Word]) -> list[float]:
    """The most each quote word can add to :func:`_align`'s score against ``src``: a word that has a possible
    partner there (the same surface, folded form or stem, or a compound written as one word on one side)
    counted as equal; every other word can only be inserted or replaced, which costs the same (nothing for
    an editorial word)."""
    surfaces = {w.surface for w in src}
    norms = {w.norm for w in src}
    keys = {w.key for w in src if w.kind == "word"}
    joined = {a.norm + b.norm for a, b in itertools.pairwise(src)}
    out = []
    for i, w in enumerate(quote):
        if (w.surface in surfaces or w.norm in norms or (w.kind == "word" and w.key in keys) or w.norm in joined
                or (i + 1 < len(quote) and w.norm + quote[i + 1].norm in norms)
                or (i > 0 and quote[i - 1].norm + w.norm in norms)):
            out.append(_EQUAL * _weight(w))
        else:
            out.append(0.0 if editorial[i] else max(_GAP, _MISMATCH) * _weight(w))
    return out


def _chain_bound(quote: list[Word], editorial: list[bool], elide_after: set[int], forms: _Forms,
                 limit: int) -> float | None:
    """A tighter bound than :func:`_ceiling` on what :func:`_align` can score against the stretch ``forms``
    describes, or None when it would cost more than ``limit`` steps (then the stretch is simply aligned).

    Every quote word costs what inserting it costs, except where the path matches it: each equal, variant or
    compound match, in increasing order on both sides, adds what it gains over inserting its quote words.
    Between two matches, source words beyond the quote words left there can only be dropped, at no less than
    half a gap each, unless an ellipsis lies between them. The bound is the best such chain of matches,
    taken over every match the stretch offers: no path of the alignment can score more."""
    weights = [_weight(w) for w in quote]
    base = [0.0 if editorial[i] else _GAP * weights[i] for i in range(len(quote))]
    items: list[tuple[int, int, int, int, float]] = []  # (first and last quote word, first and last source word, gain)
    for i, qw in enumerate(quote):
        equal = forms.surface.get(qw.surface, ())
        variant = set(forms.norm.get(qw.norm, ()))
        if qw.kind == "word":
            variant.update(forms.key.get(qw.key, ()))
        items.extend((i, i, j, j, _EQUAL * weights[i] - base[i]) for j in equal)
        items.extend((i, i, j, j, _VARIANT * weights[i] - base[i]) for j in variant.difference(equal))
        items.extend((i, i, j, j + 1, _VARIANT * weights[i] - base[i]) for j in forms.joined.get(qw.norm, ()))
        if i + 1 < len(quote):
            gain = _VARIANT * (weights[i] + weights[i + 1]) - base[i] - base[i + 1]
            items.extend((i, i + 1, j, j, gain) for j in forms.norm.get(qw.norm + quote[i + 1].norm, ()))
    if len(items) ** 2 > limit:
        return None
    items.sort()
    elisions = [0] * (len(quote) + 1)  # elisions[k]: how many ellipses stand after at most k quote words
    for k in range(1, len(quote) + 1):
        elisions[k] = elisions[k - 1] + (k in elide_after)
    best: list[float] = []
    for i0, _, j0, _, gain in items:
        top = 0.0
        for (_, c_i1, _, c_j1, _), value in zip(items, best, strict=False):  # the first a: best has a values
            if c_i1 < i0 and c_j1 < j0:
                if elisions[i0] == elisions[c_i1]:  # the source words beyond the quote words between are dropped
                    value += 0.5 * _GAP * max(0, (j0 - c_j1) - (i0 - c_i1))
                if value > top:
                    top = value
        best.append(top + gain)
    return sum(base) + max(best, default=0.0)


def _trim_edges(steps: list[_Step]) -> list[_Step]:
    """Changed words at the passage's edges are the quote's own words, not a changed source passage."""
    anchored = [k for k, st in enumerate(steps) if st.op in ("equal", "variant")]
    if not anchored:
        return steps
    first, last = anchored[0], anchored[-1]
    out = []
    for k, st in enumerate(steps):
        if (k < first or k > last) and st.op in ("replace", "delete", "elided"):
            if st.q[1] > st.q[0]:
                out.append(_Step("insert", st.q, (st.s[0], st.s[0])))
            continue
        out.append(st)
    return out


def _merge(steps: list[_Step]) -> list[_Step]:
    """Runs of the same change become one step, so the diff reads as phrases."""
    out: list[_Step] = []
    for st in steps:
        if out and st.op == out[-1].op and st.op in ("equal", "insert", "delete", "elided", "editorial", "replace"):
            prev = out[-1]
            out[-1] = _Step(st.op, (prev.q[0], st.q[1]), (prev.s[0], st.s[1]))
        else:
            out.append(st)
    return out


def _gaps_differ(doc: str, quote: list[Word], src_text: str, src: list[Word], steps: list[_Step]) -> bool:
    """Whether punctuation between two consecutive words differs between quote and source."""
    pairs: list[tuple[int, int]] = []
    for st in steps:
        if st.op == "equal":
            pairs.extend(zip(range(*st.q), range(*st.s), strict=False))
    for (qa, sa), (qb, sb) in itertools.pairwise(pairs):
        if qb == qa + 1 and sb == sa + 1:
            q_gap = _gap(doc[quote[qa].end:quote[qb].start])
            s_gap = _gap(src_text[src[sa].end:src[sb].start])
            if q_gap != s_gap:
                return True
    return False


def _optional_of(steps: list[_Step], src: list[Word]) -> list[_Step]:
    """``steps`` where a source "of" the quote leaves out, where English reads the same without it ("all [of] the
    types"), is a variant of the word before it ("all" for "all of") instead of a dropped word."""
    before, after = _LANG.optional_of
    out: list[_Step] = []
    for st in steps:
        a, b = st.s
        prev = out[-1] if out else None
        if (st.op == "delete" and b == a + 1 and b < len(src) and src[a].norm == "of" and src[b].norm in after
                and prev is not None and prev.op in ("equal", "variant") and prev.s[1] == a
                and src[a - 1].norm in before):
            out[-1] = _Step("variant", prev.q, (prev.s[0], b))
            continue
        out.append(st)
    return out


def _bracketed_letters(steps: list[_Step], quote: list[Word], src: list[Word], doc: str) -> list[_Step]:
    """``steps`` where a word of the quote whose first or last letters an editor put in square brackets (`[T]he`,
    `[w]e`: a capital changed where the quotation begins mid-sentence; `reaffirm[ed]`) reads as the source's word:
    equal, not a compound."""
    out = []
    for st in steps:
        a, b = st.q
        if st.op == "variant" and b == a + 2 and st.s[1] == st.s[0] + 1:
            first, rest = quote[a], quote[a + 1]
            between = doc[first.end:rest.start]
            marked = ((between == "]" and doc[first.start - 1:first.start] == "[")  # [T]he
                      or (between == "[" and doc[rest.end:rest.end + 1] == "]"))  # reaffirm[ed]
            if marked and fold_surface(first.surface + rest.surface) == src[st.s[0]].surface:
                st = _Step("equal", st.q, st.s)
        out.append(st)
    return out


_PERCENT_SIGN = re.compile(r"\s?%")


def _percent_signs(steps: list[_Step], quote: list[Word], src: list[Word], doc: str, src_text: str) -> list[_Step]:
    """``steps`` where a number written with a percent sign on one side and with the word on the other ("4.5%" for
    "4.5 percent", "12 per cent" for "12%": the language's ``percent_words``, or two words joined to one of them) is
    one variant: the sign is no word, so the word would read as dropped or put in."""
    out: list[_Step] = []
    k = 0
    while k < len(steps):
        taken = _percent_word(steps, k, out[-1] if out else None, quote, src, doc, src_text)
        if taken:
            out[-1] = taken[0]
            k += taken[1]
        else:
            out.append(steps[k])
            k += 1
    return out


def _percent_word(steps: list[_Step], k: int, prev: _Step | None, quote: list[Word], src: list[Word], doc: str,
                  src_text: str) -> tuple[_Step, int] | None:
    """The number step ``prev`` widened to the percent word that steps ``k`` (one, or two for "per cent") drop or put
    in, and how many steps that is, when the number's partner is followed by a percent sign; else None."""
    st = steps[k]
    if st.op not in ("delete", "insert") or prev is None or prev.op not in ("equal", "variant"):
        return None
    dropped = st.op == "delete"  # the word stands in the source (dropped) or in the quote (put in)
    ws, other, other_text = (src, quote, doc) if dropped else (quote, src, src_text)
    last = prev.s[1] - 1 if dropped else prev.q[1] - 1  # the number before the word, on its side ...
    mate = prev.q[1] - 1 if dropped else prev.s[1] - 1  # ... and its partner, which the sign must follow
    if not (0 <= last and 0 <= mate and ws[last].kind == "number" and other[mate].kind == "number"
            and _PERCENT_SIGN.match(other_text, other[mate].end)):
        return None
    for n in (1, 2):
        run = steps[k:k + n]
        if len(run) < n or any(r.op != st.op for r in run):
            return None
        lo, hi = (run[0].s[0], run[-1].s[1]) if dropped else (run[0].q[0], run[-1].q[1])
        if lo == last + 1 and "".join(w.norm for w in ws[lo:hi]) in _LANG.percent_words:
            if dropped:
                return _Step("variant", prev.q, (prev.s[0], hi)), n
            return _Step("variant", (prev.q[0], hi), prev.s), n
    return None


def _gap(between: str) -> str:
    """The punctuation between two words, with whitespace, quote marks, dash forms and dashes that set words off
    folded away (``" – "`` is no punctuation, ``"-"`` joining two words is)."""
    return _DASHES.sub("-", _QUOTE_CHARS.sub("", fold_surface(_PAUSE_DASH.sub(" ", between))))


_ROUND_BRACKETS = re.compile(r"\([^()]*\)")


def _editor_note(gloss: str) -> bool:
    """Does a bracketed gloss sign itself as the editor's ("(of missing children Editor’s Note)", "(the tweet -
    ed.)")? Lang ``editor_notes``, at its end or its start."""
    inner = gloss.strip("() \t").lower()
    # (a note at the end stands after a space or a dash, not as a word's own ending: "approved." is no "ed.")
    return any((inner.endswith(note) and not inner[:-len(note)][-1:].isalnum()) or inner.startswith(note + " ")
               for note in _LANG.editor_notes)


def _marked(doc: str, quote: list[Word], span: QuoteSpan) -> tuple[list[bool], set[int]]:
    """Which quote words sit in square brackets (or in round ones that the editor signs: :func:`_editor_note`), and
    after which word counts an ellipsis stands."""
    brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(doc, span.start, span.end)]
    brackets += [(m.start(), m.end()) for m in _ROUND_BRACKETS.finditer(doc, span.start, span.end)
                 if _editor_note(m.group())]
    editorial = [any(a <= w.start < b for a, b in brackets) for w in quote]
    elide_after = set()
    for m in _ELLIPSIS.finditer(doc, span.start, span.end):
        before = sum(1 for w in quote if w.end <= m.start())
        if 0 < before < len(quote):
            elide_after.add(before)
    return editorial, elide_after


def quote_words(doc: str, span: QuoteSpan, blocks: Sequence[tuple[int, int]] | None = None) -> list[Word]:
    """The words of a quoted span. With ``blocks`` (the (start, end) of each structural block of ``doc``, in
    order) they are read block by block, as the segmenter reads a text and so as the source's words are
    indexed: a list marker or a heading's ``#`` between two blocks is not a word of the quote, and no name is
    joined across a block boundary."""
    if not blocks:
        return _quote_variants(doc, words(doc, span.start, span.end))
    out: list[Word] = []
    k = max(bisect.bisect_right(blocks, (span.start, len(doc) + 1)) - 1, 0)
    for start, end in blocks[k:]:
        if start >= span.end:
            break
        lo, hi = max(start, span.start), min(end, span.end)
        if lo < hi:
            out.extend(words(doc, lo, hi))
    return _quote_variants(doc, out)


def verify_quote(
    doc: str,
    span: QuoteSpan,
    index: SourceIndex,
    *,
    blocks: Sequence[tuple[int, int]] | None = None,
    altered_min_share: float = 0.5,
    altered_min_words: int = 2,
    scare_max_words: int = 2,
    quoted_elsewhere: bool = False,
    reported: bool | None = None,
    named: bool | None = None,
    memo: QuoteMemo | None = None,
    credited: Sequence[str] = (),
) -> Verdict:
    """The verdict on one quoted span of ``doc`` against the source held by ``index``; ``blocks`` are
    ``doc``'s structural blocks (see :func:`quote_words`); ``quoted_elsewhere``: the text quotes the same words
    elsewhere as someone's (:func:`alignment.engine.quotes.quoted_again`), so they are no scare quote. ``reported``,
    ``named``: whether the span is reported speech and whether a noun names it as a term, where the caller read them
    already (:func:`alignment.engine.quotes.quote_readings`); None: read here, when asked. ``memo``: what an earlier
    reading of the same span against another index worked out (:class:`QuoteMemo`, for :func:`over_lines`).
    ``credited``: the folded words of the name the writer credits the quotation to
    (:func:`alignment.engine.quotes.credited_names`), for :func:`_translated`."""
    if memo is None:
        quote = quote_words(doc, span, blocks)
    else:
        if memo.quote is None:
            memo.quote = quote_words(doc, span, blocks)
        quote = memo.quote
    # one or two words not given as anyone's, or a term a noun names ("the definition of who is “engaged in the
    # business”"): a scare quote; not a phrase that ends on a function word, which leads into the writer's words
    # ("will be completed “long before” the term ends"): a piece of someone's sentence, not a term
    term = named_term(doc, span, len(quote), named)
    scare = (0 < len(quote) <= scare_max_words and not quoted_elsewhere
             and not (reported_speech(doc, span) if reported is None else reported)
             and not _fragment(quote)) or term
    none = Verdict(QuoteStatus.UNSUPPORTED, 0.0, -1, -1, "", (), scare)
    if not quote:
        return none
    editorial, elide_after = _marked(doc, quote, span)
    judge = (altered_min_share, altered_min_words)
    stretches = memo.stretches if memo is not None else None
    verdict = _verdict(doc, span, quote, index, editorial, elide_after, set(), scare, term, judge, stretches)
    if verdict.status == QuoteStatus.ALTERED:
        # a full stop in the quote may stand for the rest of the source's sentence ("… sanctions against Russia.
        # These sanctions …" for "… against Russia for its war …. These sanctions …"): read again so, the quote is
        # near when that cut is all that was altered
        cuts = _sentence_ends(doc, quote) - elide_after
        if cuts:
            cut = _verdict(doc, span, quote, index, editorial, elide_after, cuts, scare, term, judge, stretches)
            if cut.status == QuoteStatus.NEAR:
                return cut
    if verdict.status == QuoteStatus.UNSUPPORTED and not scare and len(quote) <= _REORDER_MAX_WORDS:
        verdict = _reordered(doc, span, quote, index, editorial, elide_after, term, judge, stretches) or verdict
    if verdict.status == QuoteStatus.UNSUPPORTED and not scare and credited:
        return _translated(quote, editorial, index, credited) or verdict
    return verdict


#: a quotation the writer credits to a name the source holds, and reworded word by word (translated again from the
#: speaker's language), is that source sentence altered when the sentence holds this many of its distinct content
#: words at least, and this share of them, every number of it among them; the quotation has this many words at least
_TRANSLATED_MIN_WORDS = 6
_TRANSLATED_MIN_SHARE = 0.4
_TRANSLATED_MIN_QUOTE = 12
_TRANSLATED_PARTICULAR = 2


def _translated(quote: list[Word], editorial: list[bool], index: SourceIndex,
                credited: Sequence[str]) -> Verdict | None:
    """A quotation of the source's speaker in another translation of their words ("Yesterday's action by a
    representative of the executive branch to attempt to influence the manner in which I carry out my duties in such
    an unprecedented fashion compels me …" for the statement's "after yesterday's unprecedented attempt by a member
    of the executive to interfere, in an unheard-of manner, with the performance of my duties, I feel obliged …"):
    too few of its words are found in order for the search to see a passage, but one sentence of the source holds
    many of its content words (:data:`_TRANSLATED_MIN_WORDS`, :data:`_TRANSLATED_MIN_SHARE`) and all its numbers,
    and the writer credits the quotation to a name the source writes (``credited``: "…,” Stournaras said.", where the
    source's heading names Governor Yannis Stournaras): the same speaker's sentence, reworded, so ``altered``, its
    passage that sentence. A quotation credited to no one, to a pronoun, or to someone the source never names (an
    interview's, another official's words on the same subject) stays unsupported."""
    own = [w for w, mark in zip(quote, editorial, strict=True) if not mark]
    if len(own) < _TRANSLATED_MIN_QUOTE or not any(
            w.text[:1].isupper() for n in credited for k in index.positions.get(n, ()) for w in [index.words[k]]):
        return None
    # each distinct content word's key and folded form: a sentence holds the word when it holds either
    content = {w.key: frozenset({w.key, w.norm}) for w in own if w.content}
    numbers = {w.key for w in own if w.kind == "number"}
    sentences = index.sentences()
    best: tuple[int, int, int, frozenset[str]] | None = None  # (content words found, first word, end word, held)
    for lo, hi, held in sentences:
        found = sum(1 for forms in content.values() if not forms.isdisjoint(held))
        if numbers <= held and (best is None or found > best[0]):
            best = (found, lo, hi, held)
    if best is None or best[0] < _TRANSLATED_MIN_WORDS or best[0] < _TRANSLATED_MIN_SHARE * len(content):
        return None
    found, lo, hi, held = best
    # the words found are that sentence's own, not the source's subject, which a quotation of the same speaker on
    # another day shares with every sentence ("capital", "add-on", "risk" in a regulator's release on a bank's
    # capital add-on): half of them in at most _TRANSLATED_PARTICULAR of the source's sentences
    particular = sum(1 for forms in content.values() if not forms.isdisjoint(held) and sum(
        1 for _, _, other in sentences if not forms.isdisjoint(other)) <= _TRANSLATED_PARTICULAR)
    if 2 * particular < found:
        return None
    start, end = index.words[lo].start, index.words[hi - 1].end
    return Verdict(QuoteStatus.ALTERED, round(min(found / len(content), 0.99), 4), start, end, index.text[start:end],
                   (), False)


#: words each part of a quotation read in two parts has at least, and source words at most between their passages
_PART_MIN_WORDS = 4
_REORDER_GAP = 12
#: split points tried in one quotation (each a sentence end, comma, semicolon or clause conjunction between two of its
#: words)
_MAX_SPLITS = 3
#: the longest quotation read in two parts: two clauses given in the other order are a sentence or two; a longer
#: unsupported span is a run of text between stray marks, each of whose two-part readings searches the whole source
#: again (a 234-word one cost 0.8 s against a source of 600 sentences, most of a comparison's quote check)
_REORDER_MAX_WORDS = 100
#: the marks between two words that a split point may stand at
_CLAUSE_MARK = re.compile(r"[,;]")


def _reordered(doc: str, span: QuoteSpan, quote: list[Word], index: SourceIndex, editorial: list[bool],
               elide_after: set[int], term: bool, judge: tuple[float, int],
               stretches: dict[tuple[object, ...], _Stretch] | None = None) -> Verdict | None:
    """A quotation whose two clauses the source gives in the other order ("We will take all possible measures to
    protect Japanese nationals abroad and continue to make all necessary diplomatic efforts to prevent …" for the
    source's "… to continue to make all necessary diplomatic efforts in order to prevent …, while taking all possible
    measures to protect Japanese nationals …"): the search, which reads the quote in order, finds one clause and
    calls it unsupported. Split at the end of one of its sentences (tried first: a statement quoted whole, its last
    sentence put first) or at a comma, a semicolon or a clause conjunction (lang ``clause_conjunctions``), each
    part found at least ``altered`` on its own, the second's passage before the first's and no more than
    :data:`_REORDER_GAP` source words from it: the passage altered (its order changed without marking), spanning
    both."""
    inner = range(_PART_MIN_WORDS, len(quote) - _PART_MIN_WORDS + 1)
    # (the ends of the quotation's sentences first: sentences given in another order are the commonest reordering,
    # of a statement quoted whole as of its translation; then its clauses)
    ends = _sentence_ends(doc, quote)
    splits = [k for k in inner if k in ends] + [
        k for k in inner if k not in ends and (quote[k].norm in _LANG.clause_conjunctions
                                               or _CLAUSE_MARK.search(doc, quote[k - 1].end, quote[k].start))]
    def part(lo: int, hi: int) -> Verdict:
        elide = {i - lo for i in elide_after if lo < i < hi}
        return _verdict(doc, span, quote[lo:hi], index, editorial[lo:hi], elide, set(), False, term, judge,
                        stretches)

    for k in splits[:_MAX_SPLITS]:
        # (the second part first: where it is not found, the first is not read)
        second = part(k, len(quote))
        if second.status == QuoteStatus.UNSUPPORTED:
            continue
        first = part(0, k)
        if first.status == QuoteStatus.UNSUPPORTED:
            continue
        if second.source_end > first.source_start:
            continue  # in the source's order: the search in order would have found the two
        gap = sum(1 for w in index.words if second.source_end <= w.start and w.end <= first.source_start)
        if gap > _REORDER_GAP:
            continue
        n1, n2 = k, len(quote) - k
        score = min((first.score * n1 + second.score * n2) / (n1 + n2), 0.99)
        start, end = second.source_start, first.source_end
        return Verdict(QuoteStatus.ALTERED, round(score, 4), start, end, index.text[start:end],
                       first.diff + second.diff, False)
    return None


#: how good a verdict is, for choosing between two readings of one quote
_RANK = {QuoteStatus.UNSUPPORTED: 0, QuoteStatus.ALTERED: 1, QuoteStatus.NEAR: 2, QuoteStatus.EXACT: 3}


def skipping_lines(index: SourceIndex, lines: Sequence[tuple[int, int]]) -> SourceIndex | None:
    """The source of ``index`` read without ``lines`` (the (start, end) of segments that are no sentence of the
    text: a name line, a caption or a heading standing between two paragraphs, which a quotation running over both
    paragraphs does not give): their words left out, their characters blanked, every other offset kept. None when
    there is no such line."""
    if not lines:
        return None
    # (the lines merged where they overlap or touch: their characters blanked as slices of the text, and a word left
    # out when it starts inside one)
    spans: list[list[int]] = []
    for a, b in sorted(lines):
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        elif a < b:
            spans.append([a, b])
    pieces: list[str] = []
    at = 0
    for a, b in spans:
        pieces += (index.text[at:a], " " * (min(b, len(index.text)) - max(a, at)))
        at = max(at, b)
    pieces.append(index.text[at:])
    word_starts = [w.start for w in index.words]
    if word_starts == sorted(word_starts):  # (words in order, as a text's are: the words inside a line are a slice)
        kept: list[Word] = []
        at = 0
        for a, b in spans:
            lo, hi = bisect.bisect_left(word_starts, a, at), bisect.bisect_left(word_starts, b, at)
            kept += index.words[at:lo]
            at = max(at, hi)
        kept += index.words[at:]
    else:
        firsts = [a for a, _ in spans]

        def inside(start: int) -> bool:
            k = bisect.bisect_right(firsts, start) - 1
            return k >= 0 and start < spans[k][1]

        kept = [w for w in index.words if not inside(w.start)]
    return SourceIndex("".join(pieces), kept)


def over_lines(check: Callable[[SourceIndex], Verdict], index: SourceIndex,
               skipped: SourceIndex | Callable[[], SourceIndex | None] | None,
               lines: Sequence[tuple[int, int]]) -> Verdict:
    """The verdict on a quote (``check``: its verification against an index) against the source of ``index``, or a
    better one read over the source's lines of furniture (``skipped``, ``lines``: :func:`skipping_lines`): a
    quotation that runs over two paragraphs of a statement that a page's name line or caption parts ("I am
    extremely concerned about …" / "NATO Secretary General Anders Fogh Rasmussen" / "I strongly condemn …") gives
    the two paragraphs word for word. Taken only when its passage holds such a line, with the source's own text.
    ``skipped`` may be a function that makes it (once: ``functools.cache``), called only for a quote that is not
    exact: a source whose quotations are all found word for word is never read without its lines."""
    verdict = check(index)
    if skipped is None or verdict.status == QuoteStatus.EXACT:
        return verdict
    if not isinstance(skipped, SourceIndex):
        skipped = skipped()
        if skipped is None:
            return verdict
    again = check(skipped)
    if _RANK[again.status] <= _RANK[verdict.status] or not any(
            again.source_start <= a and b <= again.source_end for a, b in lines):
        return verdict
    text = index.text
    diff = tuple(replace(d, source_text=text[d.source_start:d.source_end]) for d in again.diff)
    return replace(again, source_text=text[again.source_start:again.source_end], diff=diff)


def _sentence_ends(doc: str, quote: list[Word]) -> set[int]:
    """After which quote word counts a sentence of the quote ends (a full stop, question or exclamation mark between
    two of its words)."""
    return {i for i in range(1, len(quote)) if _SENTENCE_END.search(doc, quote[i - 1].end, quote[i].start)}


def _verdict(doc: str, span: QuoteSpan, quote: list[Word], index: SourceIndex, editorial: list[bool],
             elide_after: set[int], cuts: set[int], scare: bool, term: bool,
             judge: tuple[float, int], stretches: dict[tuple[object, ...], _Stretch] | None = None) -> Verdict:
    """:func:`verify_quote`'s search and verdict; ``cuts``: after which quote words a sentence end may stand for the
    rest of the source's sentence (see :func:`_align`). ``stretches``: what was worked out of each stretch of source
    words this quote was aligned to before (:class:`QuoteMemo`), by the stretch's words and the quote's."""
    altered_min_share, altered_min_words = judge
    none = Verdict(QuoteStatus.UNSUPPORTED, 0.0, -1, -1, "", (), scare)
    best: tuple[float, list[_Step], int] | None = None
    # Every word equal is the most any stretch can score: later windows could only tie, and a tie keeps the
    # first, so the search stops there (a quote found verbatim costs one alignment, however long the source).
    # A window whose own ceiling cannot beat the best so far is not aligned at all, nor one whose chain bound
    # (tighter, dearer) cannot. None of this changes the result: scores are whole numbers (see _EQUAL), so a
    # bound equal to the best so far means a tie at most.
    ceiling = sum(_EQUAL * _weight(w) for w in quote)
    windows = index.windows(quote, _ELISION_REACH * len(elide_after) + _CUT_REACH * len(cuts))
    src = index.words
    starts = index.sentence_starts() if cuts else set()

    def same_gaps(at: int) -> bool:
        return all(_gap(doc[a.end:b.start]) == _gap(index.text[src[at + i].end:src[at + i + 1].start])
                   for i, (a, b) in enumerate(itertools.pairwise(quote)))

    verbatim = (_verbatim(quote, index.surfaces, windows, same_gaps)
                if not elide_after and not cuts and not any(editorial) else None)
    if verbatim is not None:  # what the search below would settle on, found without aligning (see _verbatim)
        lo, at = verbatim
        best = (ceiling, [_Step("equal", (i, i + 1), (at - lo + i, at - lo + i + 1)) for i in range(len(quote))], lo)
        windows = []
    quote_ids = (tuple(map(id, quote)), tuple(editorial), frozenset(elide_after), frozenset(cuts))
    for lo, hi in windows:
        window = index.words[lo:hi]
        landings = {k for k in range(1, len(window) + 1) if lo + k in starts} if cuts else set()
        # (the same quote words against the same source words, where a sentence starts alike: the same alignment,
        # whichever index the stretch is read in)
        stretch = None
        if stretches is not None:
            key = (quote_ids, tuple(map(id, window)), frozenset(landings))
            stretch = stretches.get(key)
            if stretch is None:
                stretch = stretches[key] = _Stretch(_ceilings(quote, editorial, window))
        ceilings = stretch.ceilings if stretch is not None else _ceilings(quote, editorial, window)
        if best is not None and sum(ceilings) <= best[0]:
            continue
        if stretch is None:
            forms = _Forms.of(window)
        elif stretch.forms is None:
            forms = stretch.forms = _Forms.of(window)
        else:
            forms = stretch.forms
        if best is not None:
            if stretch is None or stretch.bound is _UNKNOWN:
                bound = _chain_bound(quote, editorial, elide_after | cuts, forms, len(quote) * len(window))
                if stretch is not None:
                    stretch.bound = bound
            else:
                bound = stretch.bound
            if bound is not None and bound <= best[0]:
                continue
        floor = None if best is None else best[0]
        if stretch is not None and stretch.aligned is not None:
            total, steps = stretch.aligned  # (below a floor it is skipped as _NoBetter would have it skipped)
            if floor is not None and total <= floor:
                continue
        elif stretch is not None and stretch.no_better is not None and floor is not None and floor >= stretch.no_better:
            continue  # it scored no more than a floor this one is at least
        else:
            try:  # given up as soon as the rows show the stretch cannot beat the best so far (a tie at most)
                total, steps = _align(quote, editorial, elide_after, window, forms, floor, ceilings,
                                      (cuts, landings) if cuts else None)
            except _NoBetter:
                if stretch is not None and floor is not None:
                    stretch.no_better = floor if stretch.no_better is None else min(floor, stretch.no_better)
                continue
            if stretch is not None:
                stretch.aligned = (total, steps)
        if best is None or total > best[0]:
            best = (total, steps, lo)
        if total >= ceiling:
            break
    if best is None:
        return none
    _, raw_steps, lo = best
    steps = [_Step(st.op, st.q, (st.s[0] + lo, st.s[1] + lo)) for st in raw_steps]
    steps = _trim_edges(steps)
    steps = _optional_of(steps, src)
    steps = _percent_signs(steps, quote, src, doc, index.text)
    steps = _bracketed_letters(steps, quote, src, doc)
    ops = {st.op for st in steps}
    q_weight = sum(_weight(w) for w in quote)
    # the editor's words (in brackets) are no words of the quotation: what it is judged by is the speaker's
    own = [w for w, mark in zip(quote, editorial, strict=True) if not mark] or quote
    has_content = any(w.content for w in own)
    content_total = sum(1 for w in own if w.content or not has_content)
    matched_content = 0
    matched_weight = 0.0
    matched_words = run = longest_run = 0  # quote words matched, and the longest run of them in a row
    matched_articles = 0
    found: set[int] = set()  # the quote words found
    for st in steps:
        if st.op in ("equal", "variant"):
            ws = quote[st.q[0]:st.q[1]]
            found.update(range(st.q[0], st.q[1]))
            matched_content += sum(1 for w in ws if w.content or not has_content)
            matched_weight += sum(_weight(w) for w in ws) * (1.0 if st.op == "equal" else 0.9)
            matched_words += len(ws)
            matched_articles += sum(1 for w in ws if w.norm in _LANG.articles)
            run += len(ws)
            longest_run = max(longest_run, run)
        elif st.q[1] > st.q[0] or st.op != "elided":
            run = 0
    quote_articles = sum(1 for w in own if w.norm in _LANG.articles)
    # the content words found, a hyphenated compound ("half-staff") counted once
    matched_terms = sum(1 for k in found if (quote[k].content or not has_content)
                        and not (k - 1 in found and _compound_part(doc, quote, k)))
    anchored = [st for st in steps if st.op in ("equal", "variant")]
    if not anchored:
        return Verdict(QuoteStatus.UNSUPPORTED, 0.0, -1, -1, "", (), scare)
    s_lo = min(st.s[0] for st in steps if st.s[1] > st.s[0])
    s_hi = max(st.s[1] for st in steps if st.s[1] > st.s[0])
    dropped = sum(_weight(w) for st in steps if st.op in ("delete", "replace") for w in src[st.s[0]:st.s[1]])
    score = matched_weight / (q_weight + 0.5 * dropped)

    if ops <= {"equal", "elided", "editorial"} and not _gaps_differ(doc, quote, index.text, src, steps):
        status = QuoteStatus.EXACT  # every word the speaker's, in order: a cut marked "…", an editor's words in [ ]
    elif ops <= {"equal", "variant", "elided", "editorial", "cut"} or (
            ops <= {"equal", "variant", "elided", "editorial", "cut", "delete", "insert", "replace"}
            and _only_idle_words_changed(steps, quote, src, index.text, matched_words)):
        # or a word that only adds to what came before dropped ("They [also] discussed"), an article put in or left
        # out ("higher than [the] other vaccines"), the source's own editor's words in brackets left out
        status = QuoteStatus.NEAR
    elif (
        not scare
        and matched_content >= altered_min_words
        # most of the quote's words not found: the words found identify a passage only when they are more than a
        # two-word phrase ("I look forward to working together with" is not the source's "working together"); an
        # article found identifies nothing ("The voice of America's labor movement" is not the source's "the labor
        # movement" changed: two words of five found, articles aside); a hyphenated compound is one word there
        # ("Why are flags at half-staff?" finds two words of the source's "Flag Lowered to Half-Staff", not three)
        and (matched_words - matched_articles >= altered_min_share * (len(own) - quote_articles)
             or matched_terms > altered_min_words)
        and (matched_content / content_total >= altered_min_share
             # a passage reworded word by word (a quotation translated back): most of its content words changed,
             # but its words found, in order, hold the quote's frame, with a phrase or more word for word
             or (matched_words / len(own) >= altered_min_share and longest_run >= _ALTERED_MIN_RUN))
    ) or (not scare and _one_word_reworded(quote, own, found, content_total, matched_content, matched_words,
                                          longest_run, index)):
        status = QuoteStatus.ALTERED
    else:
        status = QuoteStatus.UNSUPPORTED
    score = 1.0 if status == QuoteStatus.EXACT else min(score, 0.99)
    if status == QuoteStatus.UNSUPPORTED:
        return Verdict(status, round(score, 4), -1, -1, "", (), scare)
    s_start, s_end = src[s_lo].start, src[s_hi - 1].end
    if scare and not term and _frame_restated(doc, span, index.text, s_start, s_end):
        scare = False  # the source's words, marked in the source's own sentence restated: a quotation
    return Verdict(status, round(score, 4), s_start, s_end, index.text[s_start:s_end],
                   tuple(_diff(doc, quote, index.text, src, _merge(steps))), scare)


#: a short quotation with one of its two content words changed is a passage altered when it has this many words at
#: least, two thirds of them found in order, two in a row, and the content word found in at most
#: ``_TRANSLATED_PARTICULAR`` of the source's sentences
_REWORDED_MIN_QUOTE = 3


def _one_word_reworded(quote: list[Word], own: list[Word], found: set[int], content_total: int,
                       matched_content: int, matched_words: int, longest_run: int, index: SourceIndex) -> bool:
    """A short quotation that gives the source's phrase with one of its two content words put in other words, as a
    story retells a translated release ("withdrawn its request" for "has withdrawn its application", "for the work
    he has done" for "for the work he has accomplished"): too few content words are found for the ladder to see a
    passage (``altered_min_words``), but the words found hold the quotation's frame, in order, two or more in a row,
    and the content word found is the source's own to one or two sentences (not its subject, which any sentence on
    it shares: "the bank", "the minister"), so the passage is identified. The word changed is a common word in lower
    case: a name or a figure changed is another fact ("met in Paris" for "met in London")."""
    if (len(own) < _REWORDED_MIN_QUOTE or content_total != 2 or matched_content != 1 or longest_run < 2
            or 3 * matched_words < 2 * len(own)):
        return False
    word = next((quote[k] for k in found if quote[k].content), None)
    changed = next((w for k, w in enumerate(quote) if w.content and k not in found and w in own), None)
    if word is None or changed is None or changed.kind != "word" or not changed.text.islower():
        return False  # a name or a figure changed is another fact ("met in Paris" for "met in London"), no rewording
    forms = {word.key, word.norm}
    return sum(1 for _, _, held in index.sentences() if not forms.isdisjoint(held)) <= _TRANSLATED_PARTICULAR


def _compound_part(doc: str, quote: list[Word], k: int) -> bool:
    """Whether quote word ``k`` continues a hyphenated compound: a content word joined to the content word before
    it by a hyphen alone ("half-staff", "long-term"), which is one word with it, not a phrase."""
    if k == 0 or not quote[k].content or not quote[k - 1].content:
        return False
    return doc[quote[k - 1].end:quote[k].start] in HYPHENS


def _fragment(quote: list[Word]) -> bool:
    """Whether a short quotation ends on a function word after a content word ("long before", "as soon as"): a
    piece of someone's sentence running into the writer's, which no term ends on."""
    return len(quote) >= 2 and quote[-1].stop and any(w.content for w in quote[:-1])


#: words on each side of a short quotation that must read as those on each side of its source passage
#: (:func:`_frame_restated`)
_FRAME_WORDS = 2
_FRAME_REACH = 60  # characters looked at on each side
_SENTENCE_CUT = re.compile(r"[.!?;:()\[\]“”\"«»„]")


def _frame_restated(doc: str, span: QuoteSpan, src_text: str, s_start: int, s_end: int) -> bool:
    """Whether the words around a short quotation restate those around its source passage: the same
    :data:`_FRAME_WORDS` words (by stem) on each side, within the sentence, one of them a content word, and no
    content word right after the quotation (`discussed the “destabilising impacts” of Russia's war` for the source's
    `discussed the destabilizing impacts of Russia's war`: the source's sentence told again, its words marked; but
    `including “forever chemical” PFAS`, where the quoted words name a kind of what follows, stays a term).

    >>> t = 'They discussed the “grave impacts” of the war.'
    >>> sp = QuoteSpan(20, 33, 19, 34, t[20:33], True)
    >>> src = 'The leaders discussed the grave impacts of the war on food.'
    >>> _frame_restated(t, sp, src, 26, 39), _frame_restated(t, sp, 'It had grave impacts on us.', 7, 20)
    (True, False)
    """
    before_doc = _side_words(doc[max(0, span.mark_start - _FRAME_REACH):span.mark_start], last=True)
    after_doc = _side_words(doc[span.mark_end:span.mark_end + _FRAME_REACH], last=False)
    before_src = _side_words(src_text[max(0, s_start - _FRAME_REACH):s_start], last=True)
    after_src = _side_words(src_text[s_end:s_end + _FRAME_REACH], last=False)
    if not after_doc or after_doc[0].content:
        return False
    pairs = list(zip(before_doc, before_src, strict=False)) + list(zip(after_doc, after_src, strict=False))
    return (len(pairs) == 2 * _FRAME_WORDS and all(a.key == b.key for a, b in pairs)
            and any(a.content for a, _ in pairs))


def _side_words(text: str, *, last: bool) -> list[Word]:
    """The :data:`_FRAME_WORDS` words of ``text`` nearest the quotation (its last ones when ``last``, nearest first),
    within the sentence: what lies beyond a stop or a bracket is cut off."""
    cuts = list(_SENTENCE_CUT.finditer(text))
    if last:
        text = text[cuts[-1].end():] if cuts else text
        return words(text)[::-1][:_FRAME_WORDS]
    text = text[:cuts[0].start()] if cuts else text
    return words(text)[:_FRAME_WORDS]


#: articles put in or left out of a quotation that is still ``near`` (more is a rewording)
_MAX_ARTICLES_CHANGED = 2
_BRACKET_REACH = 40  # characters from a word to the brackets around it (an editor's insertion is a word or two)


def _only_idle_words_changed(steps: list[_Step], quote: list[Word], src: list[Word], src_text: str,
                             matched: int) -> bool:
    """Whether the words the quote puts in or drops without marking change nothing the passage says: the source's
    own editorial words in square brackets ("40 [percent] to 50 percent") left out, at most
    :data:`_MAX_ARTICLES_CHANGED` articles put in, left out or changed ("higher than [the] other vaccines", "The
    vaccine" for "A vaccine"), or one dropped
    word that only adds to what came before ("also", "further": the language's ``quote_additives``); a function
    word put in that the quote has again nearby (:func:`_stray_repeat`) is no change at all. An article
    put in counts so only beside a phrase found (``matched``: the quote words found, at least
    :data:`_ALTERED_MIN_RUN`): "The Catch" is not the source's "catches"."""
    dropped = [w for st in steps if st.op == "delete" for w in src[st.s[0]:st.s[1]]]
    inserted_at = {k for st in steps if st.op == "insert" for k in range(*st.q)}
    inserted = [quote[k] for k in sorted(inserted_at) if not _stray_repeat(quote, k, inserted_at)]
    # an article for an article ("The vaccine" for "A vaccine") counts as one article changed
    replaced = [(quote[st.q[0]:st.q[1]], src[st.s[0]:st.s[1]]) for st in steps if st.op == "replace"]
    if any(len(q) != 1 or len(s) != 1 or q[0].norm not in _LANG.articles or s[0].norm not in _LANG.articles
           for q, s in replaced):
        return False
    inserted += [q[0] for q, _ in replaced]
    dropped = [w for w in dropped if not _in_brackets(src_text, w)]
    if inserted and matched < _ALTERED_MIN_RUN:
        return False
    if not inserted and len(dropped) == 1 and dropped[0].norm in _LANG.quote_additives:
        return True
    changed = dropped + inserted
    return len(changed) <= _MAX_ARTICLES_CHANGED and all(w.norm in _LANG.articles for w in changed)


#: quote words on each side of a function word put in where the quote has it again (:func:`_stray_repeat`)
_REPEAT_REACH = 3


def _stray_repeat(quote: list[Word], k: int, inserted: set[int]) -> bool:
    """Whether quote word ``k``, put in without the source having it, is a function word the quote has again among
    the :data:`_REPEAT_REACH` words on either side, found in the source there: a word doubled by a slip ("the the
    plan") or left over from an edit ("faster than any that of any new president" for "faster than that of any new
    president"), which changes nothing the passage says. Never a negation ("not").

    >>> q = words("faster than any that of any new president")
    >>> _stray_repeat(q, 2, {2}), _stray_repeat(q, 2, {2, 5}), _stray_repeat(words("it is not not true"), 3, {3})
    (True, False, False)
    """
    w = quote[k]
    if not w.stop or w.norm in _LANG.conflicts.negations:
        return False
    lo, hi = max(0, k - _REPEAT_REACH), min(len(quote), k + _REPEAT_REACH + 1)
    return any(j != k and j not in inserted and quote[j].norm == w.norm for j in range(lo, hi))


def _in_brackets(text: str, w: Word) -> bool:
    """Whether the word stands inside square brackets in ``text`` (an editor's insertion: "40 [percent] to 50")."""
    opening = text.rfind("[", max(0, w.start - _BRACKET_REACH), w.start)
    if opening < 0 or "]" in text[opening:w.start]:
        return False
    closing = text.find("]", w.end, w.end + _BRACKET_REACH)
    return closing >= 0 and "[" not in text[w.end:closing]


def _diff(doc: str, quote: list[Word], src_text: str, src: list[Word], steps: list[_Step]) -> list[WordDiff]:
    """The steps as the report gives them: the rest of a source sentence cut (``cut``) is a ``delete``."""
    out = []
    for st in steps:
        qa, qb = st.q
        sa, sb = st.s
        q_start, q_end = (quote[qa].start, quote[qb - 1].end) if qb > qa else (-1, -1)
        s_start, s_end = (src[sa].start, src[sb - 1].end) if sb > sa else (-1, -1)
        out.append(WordDiff(
            "delete" if st.op == "cut" else st.op,
            doc[q_start:q_end] if qb > qa else "", q_start, q_end,
            src_text[s_start:s_end] if sb > sa else "", s_start, s_end,
        ))
    return out
