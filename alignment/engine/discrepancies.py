"""Discrepancies: what a derivative segment gets wrong about the source segment it restates.

For every aligned (derivative segment, source segment) pair, seven checks look for a conflict with evidence on
both sides: ``number`` (an amount the source gives otherwise), ``date``, ``name`` (another person, organisation or
place in the same place of the sentence), ``negation`` (a negation added or dropped, or a verb of opposite sense),
``modality`` (a hedged claim stated as fact, or the reverse), ``quantifier`` (some and all, one of and the, mice and
people) and ``attribution`` (another speaker). Precision comes before recall: a conflict needs a counterpart in the
source segment, in the same role (the same words next to it), and the derivative's version must be found in none
of the segment's counterparts. Names the source itself uses, anywhere, and the aliases of
:data:`~alignment.lang.base.ConflictWords.name_aliases` are the same entity, not a conflict.

The checks read the words spaCy already tagged (:class:`~alignment.text.segment.TaggedWord`: part of speech, lemma
key) and the folded forms of :mod:`alignment.text.normalize`; nothing is parsed again. The word lists are English
data (:data:`alignment.lang.en.CONFLICTS`).
"""

from __future__ import annotations

import functools
import inspect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import ParamSpec, TypeVar

from alignment.engine.align import signer_keys
from alignment.engine.details import time_of_day
from alignment.engine.match import slash_fraction
from alignment.engine.quotes import SPEECH_KEYS
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import Alignment, AlignmentLabel, Discrepancy, DiscrepancyKind, Segment, SegmentKind
from alignment.text.normalize import HYPHENS, MAX_DAY, NUMERIC_DATE_RE, fold_word, is_year, number_value, stem
from alignment.text.segment import Analyzed, TaggedWord

__all__ = ["MIN_SCORE", "WEAK_SCORE", "SourceKeys", "find_discrepancies", "restatement", "restates"]

_C = _LANG.conflicts
_NEGATIONS = _C.negations
_HEDGE_WORDS = _C.hedges
_HEDGE_KEYS = frozenset(stem(fold_word(w)) for w in _C.hedges)
_HEDGE_HOMOGRAPHS = _C.hedge_homographs  # ("would like to": no "likely")
_CERTAIN = _C.certainties
_ANTONYMS = tuple(dict.fromkeys((stem(fold_word(a)), stem(fold_word(b))) for a, b in (
    *_C.antonyms, *((up, down) for up in sorted(_C.directions[0]) for down in sorted(_C.directions[1])))))
#: each pair of :data:`_ANTONYMS` both ways, in its order: (the pair, the article's word, the source's word)
_ANTONYM_TURNS = tuple((x, y, mine, theirs) for x, y in _ANTONYMS for mine, theirs in ((x, y), (y, x)))
#: the places in :data:`_ANTONYM_TURNS` of the turns where the article has each word
_TURNS_BY_MINE = {w: [k for k, turn in enumerate(_ANTONYM_TURNS) if turn[2] == w]
                  for w in dict.fromkeys(turn[2] for turn in _ANTONYM_TURNS)}
_ANTONYM_WORDS = frozenset(_TURNS_BY_MINE)
#: the pairs of words of change (:attr:`~alignment.lang.base.ConflictWords.directions`) that are no antonym pair of the
#: table: said of the same thing by two words of what follows them ("higher risk of non-cardiovascular mortality" /
#: "decreased risk of non-cardiovascular mortality"), not one ("greater risk of cardiovascular death" / "decreased
#: risk of stroke")
_DIRECTION_PAIRS = frozenset(_ANTONYMS[len(_C.antonyms):]) - {
    (stem(fold_word(a)), stem(fold_word(b))) for a, b in _C.antonyms}
_DIRECTIONS = tuple(frozenset(stem(fold_word(w)) for w in group) for group in _C.directions)
_OBLIGATIONS = tuple((stem(fold_word(a)), stem(fold_word(b))) for a, b in _C.obligations)
_OBLIGATION_KEYS = frozenset(k for pair in _OBLIGATIONS for k in pair)
_OVERSTATEMENTS = tuple((stem(fold_word(a)), stem(fold_word(b))) for a, b in _C.overstatements)
_OVERSTATEMENT_KEYS = frozenset(k for pair in _OVERSTATEMENTS for k in pair)
_ASSOCIATIONS = frozenset(stem(fold_word(w)) for w in _C.associations)
_BOUNDS = {tuple(k.split("-")): side for k, side in _C.bounds.items()}
_STATISTICS = _C.statistics
_SELF_LABELS = tuple(tuple(label.split()) for label in _C.self_labels)
_DOCUMENTS = _C.documents
_QUANTIFIERS = _C.quantifiers
_SUPERLATIVES = _C.superlatives
#: the heads that count the same people (lang ``counted_people``), by folded stem -> the one head they are counted as
_PEOPLE = dict.fromkeys((stem(fold_word(w)) for w in _C.counted_people), "people")
_ONE_OF = _C.one_of
_SCOPE_GROUPS = {stem(fold_word(w)): g for w, g in _C.scope_groups.items()}
_PERIODS = _C.periods
_RATE_WORDS = _C.rate_words
_PERIOD_KEYS = frozenset(stem(fold_word(w)) for w in _C.periods)
_RATE_ADVERBS = {w: stem(p) for w, p in _C.rate_adverbs.items()}
_THOUGHT_KEYS = frozenset(stem(fold_word(w)) for w in _C.thought_verbs)
#: the verbs that report what follows as a claim (:func:`_opens_clause`)
_REPORTING_KEYS = SPEECH_KEYS | _THOUGHT_KEYS
#: the verbs whose subject (or the name after them) is a speaker: of speech, and of an exchange ("replied")
_SPEAKER_KEYS = SPEECH_KEYS | frozenset(stem(fold_word(w)) for w in _C.dialogue_verbs)
_WEEKDAYS = _C.weekdays
_ALIASES = _C.name_aliases
_GROUP_ALIASES = _C.group_aliases
_EXECUTIVE = tuple(tuple(e.split()) for e in _C.executive_names)
#: the folded names of nations and their aliases (:data:`_ALIASES`, both sides)
_NATIONS = frozenset(_ALIASES) | frozenset(_ALIASES.values())
_TITLES = _C.titles
_MONTH_NUMBERS = {m: n for n, m in enumerate(_LANG.month_order, 1)}
_MONTHS = _LANG.months
_HEDGES = _LANG.hedges  # "nearly", "about": approximate numbers
_BOUND_ENDS = _C.bound_ends  # "than", "least": the last words of "more than", "at least" before an amount
_SCALES = {"100": 1e2, "1000": 1e3, "1000000": 1e6, "1000000000": 1e9, "1000000000000": 1e12, **_C.scale_words}
_POINT_FRACTIONS = _LANG.point_fractions
#: the alignment labels whose pairs are checked (context alignments restate nothing)
_CHECKED = frozenset({AlignmentLabel.COPY, AlignmentLabel.PARAPHRASE, AlignmentLabel.PARTIAL})
#: the least alignment score of a pair that restates its source segment: below it, two segments share some words
#: but not a claim, and a difference between them is not an error (measured on the tuning pairs)
MIN_SCORE = 0.3
_ORDER = {k: i for i, k in enumerate(("attribution", "date", "number", "name", "negation", "modality",
                                      "quantifier"))}
#: a checked pair whose support (the share of the derivative segment's content the source segment holds) is below
#: this is weak: a negation or a hedge keyed on a word they share needs the same word next to it on both sides
WEAK_SUPPORT = 0.5
#: a segment with fewer distinct content words than this is a fragment ("a lot of — a lot of work"), its pairs weak
#: whatever their support
_FRAGMENT_WORDS = 4
#: a source segment that opens with one of these is a quotation: its speaker is named outside it
_OPENING_QUOTES = frozenset("\"“‘'«")
#: the modals that are also the past of "can": negated, they state an inability, no hedge
_ABILITY = _C.abilities
#: the endings of a possessive word
_POSSESSIVE = ("'s", "’s", "s'", "s’")
#: the pronouns that open a relative clause, a clause of its own ("an order that may prohibit ...": the hedge is
#: the claim's, not part of the verb before it)
_RELATIVES = _C.relatives
#: the prepositions of a place or a time: the same one before two names on a close pair is the same place
_PLACE_PREPOSITIONS = _LANG.prepositions
#: the prepositions that put a noun's complement after it ("a monthly payment of $2", "cases of a rare blood clot")
_GENITIVES = _LANG.genitive_prepositions
#: the prepositions before a name that place it on a close pair: a place's and a time's, and a role's ("to", "for")
_NAME_PREPOSITIONS = _PLACE_PREPOSITIONS | _LANG.conflicts.role_prepositions
_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|to|and|through)\s*$")
#: the signs written before an amount of money, and the folded words of a currency after one
_CURRENCY_SIGNS = frozenset(_C.currency_signs)
_CURRENCIES = frozenset(_C.currencies)


_P = ParamSpec("_P")
_R = TypeVar("_R")
#: what one run of :func:`find_discrepancies` has worked out of a segment's words, by function, the words' identity
#: and the other arguments: a source segment is checked against every derivative segment linked to it, and the
#: pooled words of a derivative segment's counterparts against each of them (None outside a run)
_MEMO: ContextVar[dict[tuple[object, ...], tuple[object, object]] | None] = ContextVar("_MEMO", default=None)


def _per_segment(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Memoise ``fn`` within a run of :func:`find_discrepancies` on its words, its first argument or else its second
    (held by the memo, so that their identity stays theirs), and its other arguments; its result is shared, never
    to be changed.

    Which argument the words are is read once, from ``fn``'s signature (``(text, words, ...)`` or ``(words, ...)``), not
    at every call: the check asks these functions over a thousand times a pair, most of them hits, and a hit is a
    look-up in the run's memo under the key ``(fn, id(words), *the other arguments)``, built without packing the
    arguments into a tuple first."""
    call: Callable[..., object] = fn
    first = next(iter(inspect.signature(fn).parameters))
    if first == "text":  # (text, words, ...): the words are the second argument
        def by_text(text: str, words: Sequence[TaggedWord], *rest: object, **kwargs: object) -> object:
            memo = _MEMO.get()
            if memo is None:
                return call(text, words, *rest, **kwargs)
            key = (fn, id(words), text, *rest, *kwargs.items()) if rest or kwargs else (fn, id(words), text)
            hit = memo.get(key)
            if hit is not None and hit[0] is words:
                return hit[1]
            out = call(text, words, *rest, **kwargs)
            memo[key] = (words, out)
            return out
        return functools.wraps(fn)(by_text)  # type: ignore[return-value]

    def by_words(words: Sequence[TaggedWord], *rest: object, **kwargs: object) -> object:
        memo = _MEMO.get()
        if memo is None:
            return call(words, *rest, **kwargs)
        key = (fn, id(words), *rest, *kwargs.items()) if rest or kwargs else (fn, id(words))
        hit = memo.get(key)
        if hit is not None and hit[0] is words:
            return hit[1]
        out = call(words, *rest, **kwargs)
        memo[key] = (words, out)
        return out
    return functools.wraps(fn)(by_words)  # type: ignore[return-value]


def _per_pair(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Memoise ``fn`` within a run of :func:`find_discrepancies` on the identity of its first two arguments (two
    segments' words, held by the memo) and its other arguments: a sentence is checked against each of its
    counterparts, and asked each time what it and its counterparts restate of each other."""
    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        memo = _MEMO.get()
        if memo is None:
            return fn(*args, **kwargs)
        a, b = args[0], args[1]
        key = (fn, id(a), id(b), *args[2:], *kwargs.items())
        hit = memo.get(key)
        if hit is not None:  # (both held by the memo: no other object has their identity meanwhile)
            return hit[1]  # type: ignore[return-value]
        out = fn(*args, **kwargs)
        memo[key] = ((a, b), out)
        return out
    return wrapper


@dataclass(frozen=True, slots=True)
class _Hit:
    kind: str
    start: int
    end: int
    source_start: int
    source_end: int
    explanation: str


def _says(kind: str, dt: str, a: int, b: int, st: str, sa: int, sb: int, why: str = "") -> _Hit:
    """A conflict of ``kind`` between the article's ``dt[a:b]`` and the source's ``st[sa:sb]``, explained in those
    words, with ``why`` after them where given."""
    return _Hit(kind, a, b, sa, sb, f"the article says {dt[a:b]!r} where the source says {st[sa:sb]!r}"
                                    + (f": {why}" if why else ""))


def _keys(t: TaggedWord) -> tuple[str, str]:
    return t.word.key, t.lemma_key


def _key_set(words: Iterable[TaggedWord]) -> set[str]:
    out: set[str] = set()
    add = out.add
    for t in words:  # (what _keys gives, without a call for each word)
        add(t.word.key)
        add(t.lemma_key)
    return out


@_per_segment
def _segment_keys(words: Sequence[TaggedWord]) -> frozenset[str]:  # (a frozenset: it is shared)
    return frozenset([k for t in words for k in (t.word.key, t.lemma_key)])  # (_keys, without a call per word)


def _is_negation(t: TaggedWord) -> bool:
    s = t.word.surface
    return s in _NEGATIONS or s.endswith("n't") or t.lemma_key in _NEGATIONS \
        or s.startswith("non-")  # "failed to respond", "non-Pell Grant recipients"


@_per_segment
def _any_negation(words: Sequence[TaggedWord]) -> bool:
    """Whether any of ``words`` is a negation (:func:`_is_negation`, read on the fields, without a call per word)."""
    for t in words:
        s = t.word.surface
        if s in _NEGATIONS or s.endswith("n't") or t.lemma_key in _NEGATIONS or s.startswith("non-"):
            return True
    return False


def _is_month(t: TaggedWord) -> bool:
    return t.word.norm in _MONTHS and t.word.text[:1].isupper() and t.pos not in ("AUX", "VERB")


def _context(words: Sequence[TaggedWord], i: int, j: int, width: int = 3) -> set[str]:
    """The content keys of the words around ``words[i:j]`` (``width`` each side), numbers left out."""
    near = [*words[max(i - width, 0):i], *words[j:j + width]]
    return {k for t in near if t.word.content and t.word.kind != "number" for k in (t.word.key, t.lemma_key)}


def _beside(words: Sequence[TaggedWord], i: int, reach: int = 3) -> set[str]:
    """The lemma keys of the content words nearest ``words[i]`` on each side (within ``reach`` words), negations,
    hedges and numbers passed over, and past an adverb the word after it too: what a word is said of ("smoking
    rates", "treatments work well")."""
    out = set()
    for step in (-1, 1):
        k, left = i + step, reach
        while 0 <= k < len(words) and left > 0:
            t = words[k]
            k += step
            if _is_negation(t):
                continue  # (passed over, within the reach too: "output has not been weak" / "output has been weak")
            left -= 1
            if t.word.content and t.word.kind == "word" and not _is_hedge(t):
                out.add(t.lemma_key)
                if t.pos != "ADV":  # (an adverb qualifies the word, the next one too: "continuing to closely
                    break  # consult" / "continue to consult")
    return out


def _anchored(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int, weak: bool) -> bool:
    """Whether a word a negation or a hedge is keyed on is the same word in the same phrase on both sides: on a weak
    pair (support below :data:`WEAK_SUPPORT`), two sentences that share a word or two share no claim, so the
    word must have the same content word next to it in both ("Don't smoke, for example" is no negation of
    "a 68 percent drop in smoking rates"); on a close pair, any place will do."""
    return not weak or bool(_beside(dw, di) & _beside(sw, si)) or bool(_names_near(dw, di) & _names_near(sw, si))


_NAME_REACH = 4


def _names_near(words: Sequence[TaggedWord], i: int, reach: int = _NAME_REACH) -> set[str]:
    """The keys of the names within ``reach`` words of ``words[i]`` on each side, negations and hedges passed over (as
    by :func:`_beside`), up to punctuation or a verb: a name said with the word on both sides of a weak pair places it
    in the same claim ("was published Monday in JAMA Pediatrics" / "published online by JAMA Pediatrics"; "Jill Biden
    are heartbroken" / "Jill and I were heartbroken")."""
    out: set[str] = set()
    for step in (-1, 1):
        k, left = i + step, reach
        while 0 <= k < len(words) and left > 0:
            t = words[k]
            k += step
            if _is_negation(t) or _is_hedge(t):
                continue
            left -= 1
            if t.pos == "VERB":
                break
            if _name_like(t) and t.pos == "PROPN":
                out.add(t.word.key)
    return out


#: how far before a figure a word of exclusion is looked for (:func:`_excluded`)
_EXCLUSION_REACH = 12
_EXCLUSIONS = _C.exclusions


def _excluded(words: Sequence[TaggedWord], i: int) -> range:
    """The words before ``words[i]`` that name what it leaves out: from a word of exclusion (``CONFLICTS.exclusions``)
    up to the next verb ("the core rate, which excludes volatile energy and food prices, was stable at 1.1%": energy,
    food and prices are no role of 1.1%); an empty range where none is."""
    for k in range(i - 1, max(i - 1 - _EXCLUSION_REACH, -1), -1):
        if words[k].word.norm in _EXCLUSIONS:
            end = next((m for m in range(k + 1, i) if words[m].pos in ("VERB", "AUX")), i)
            return range(k, end)
    return range(0)


def _role(words: Sequence[TaggedWord], i: int, j: int, n: int = 2, reach: int = 4) -> set[str]:
    """The first ``n`` content words before ``words[i:j]`` and after it (within ``reach`` words), as ("<", key)
    and (">", key), approximators ("around", "nearly") left out: two amounts in the same role count the same thing
    ("a reading of about five per cent", "a reading will be around 8 percent"). The words a word of exclusion
    introduces name what is left out, no role: passed over before it (:func:`_excluded`), the end of the role after
    it ("1.1%, excluding food")."""
    out = set()
    left_out = _excluded(words, i)
    for rng, mark in ((range(i - 1, max(i - 1 - reach, -1), -1), "<"), (range(j, min(j + reach, len(words))), ">")):
        found = 0
        for k in rng:
            w = words[k].word
            if k in left_out:
                continue
            if mark == ">" and w.norm in _EXCLUSIONS:
                break
            if w.content and w.kind == "word" and w.norm not in _HEDGES and found < n:
                key = "percent" if w.norm == "cent" and k > 0 and words[k - 1].word.norm == "per" else \
                    words[k].lemma_key
                out.add(mark + key)
                found += 1
    return out


# ---------------------------------------------------------------------------------------------- dates
@dataclass(frozen=True, slots=True)
class _Date:
    i: int  # first word
    j: int  # one past the last word
    year: int = 0
    month: int = 0
    days: frozenset[int] = frozenset()
    weekday: str = ""
    #: a year alone right before a name is part of that event's name ("the 2028 Summer Olympics", "the 2026 World
    #: Cup host cities"): the keys of the name's words; () for a date said of the sentence's event ("in 2018")
    of: frozenset[str] = frozenset()

    def fields(self) -> set[str]:
        return {n for n, v in (("year", self.year), ("month", self.month), ("days", self.days),
                               ("weekday", self.weekday)) if v}

    def agrees(self, other: _Date) -> bool:
        """Every field both give is the same (days: the ranges meet)."""
        if self.year and other.year and self.year != other.year:
            return False
        if self.month and other.month and self.month != other.month:
            return False
        if self.days and other.days and not self.days & other.days:
            return False
        return not (self.weekday and other.weekday and self.weekday != other.weekday)


def _day(t: TaggedWord) -> int:
    n = t.word.norm
    return int(n) if t.word.kind == "number" and n.isdigit() and 1 <= int(n) <= MAX_DAY and len(n) <= 2 else 0


def _year(t: TaggedWord) -> int:
    w = t.word
    return int(w.norm) if is_year(w) else 0


#: the words a segment's dates and amounts are read from, besides numbers: a day's or a month's name (:func:`_dates`)
#: and a fraction of a point (:func:`_quantities`)
_FACT_WORDS = frozenset({*_WEEKDAYS, *_MONTHS, *_POINT_FRACTIONS})


def _fact_words(words: Sequence[TaggedWord]) -> list[int]:
    """The indices of ``words`` that are numbers or :data:`_FACT_WORDS`: the only words :func:`_dates` and
    :func:`_quantities` start a date or an amount at (most segments have none: nothing to read)."""
    return [i for i, t in enumerate(words) if t.word.kind == "number" or t.word.norm in _FACT_WORDS]


def _dates(text: str, words: Sequence[TaggedWord], at: Sequence[int] | None = None) -> list[_Date]:
    """The dates of ``words``; ``at``: their :func:`_fact_words`, when the caller has them (every other word starts
    no date, so only these are looked at)."""
    out: list[_Date] = []
    used: set[int] = set()
    at = _fact_words(words) if at is None else at
    for i in at:
        if i in used:
            continue
        t = words[i]
        if t.word.norm in _WEEKDAYS and t.word.text[:1].isupper():
            out.append(_Date(i, i + 1, weekday=t.word.norm))
            used.add(i)
        elif t.word.norm in _MONTHS and _is_month(t):  # (the look-up first: most words are no month)
            lo, hi, days = i, i + 1, set()
            # "10 September", "10-11 September"
            k = i - 1
            while k >= 0 and _day(words[k]) and k not in used:
                days.add(_day(words[k]))
                lo = k
                gap = text[words[k - 1].word.end:words[k].word.start] if k > 0 else ""
                if k > 0 and _day(words[k - 1]) and _RANGE_GAP_RE.match(gap):
                    k -= 1
                    continue
                break
            # "September 10", "September 10-11"
            if not days:
                k = i + 1
                while k < len(words) and _day(words[k]) and not _year(words[k]):
                    days.add(_day(words[k]))
                    hi = k + 1
                    if k + 1 < len(words) and _day(words[k + 1]) and \
                            _RANGE_GAP_RE.match(text[words[k].word.end:words[k + 1].word.start]):
                        k += 1
                        continue
                    break
            year = 0
            if hi < len(words) and _year(words[hi]):
                year = _year(words[hi])
                hi += 1
            used.update(range(lo, hi))
            out.append(_Date(lo, hi, year, _MONTH_NUMBERS[t.word.norm], frozenset(days)))
    for i in at:
        t = words[i]
        if t.word.kind != "number":
            continue  # (no year: a day's or a month's name)
        nxt = words[i + 1].word.norm if i + 1 < len(words) else ""
        if i not in used and _year(t) and nxt not in _SCALES:
            out.append(_Date(i, i + 1, year=_year(t), of=_labelled(text, words, i)))
            used.add(i)
    return sorted(out, key=lambda d: d.i)


def _labelled(text: str, words: Sequence[TaggedWord], i: int, most: int = 3) -> frozenset[str]:
    """The keys of the name a year at ``words[i]`` stands right before, written against it (no punctuation
    between): the event the year is part of the name of ("the 2028 Summer Olympics": summer, olymp); () when it
    names none ("in 2018 after", "2018, when", "the 2019 visit": a visit dated, which the source may date "June
    2021")."""
    out: set[str] = set()
    for k in range(i + 1, min(i + 1 + most, len(words))):
        t = words[k]
        if t.pos not in ("NOUN", "PROPN") or t.word.kind != "word" or not t.word.text[:1].isupper() \
                or t.word.norm in _MONTHS or not _joined(text, words, k - 1, _RUN_BREAK_RE):
            break
        out.update(_keys(t))
    return frozenset(out)


def _same_event(d: _Date, dw: Sequence[TaggedWord], s: _Date, sw: Sequence[TaggedWord]) -> bool:
    """Whether two dates can be said of the same thing: a year in an event's name (:attr:`_Date.of`) is that
    event's, and differs only from a year said where the other sentence names it too ("the 2028 Summer Olympics"
    / "since 1994", "in 2018": other events; "the 2026 World Cup" / "the World Cup in 2024": the same)."""
    return not (d.of and not d.of & _segment_keys(sw)) and not (s.of and not s.of & _segment_keys(dw))


def _dated_clause(text: str, words: Sequence[TaggedWord], d: _Date, other: Sequence[TaggedWord]) -> bool:
    """Whether the clause a date stands in (up to punctuation on each side; with the next one where it is the date
    alone, "On Thursday, ...", "on 27 March, the ministry ...", or the one before at the sentence's end) shares a
    content word besides the date with the ``other`` sentence: a date dates what its clause says ("Speaking at the
    forum on Thursday, Trump called ..." dates the speech, not the source's call "On Wednesday"; "pending the arrival
    of the bank's next head, John Doe in September" dates the arrival, not the source's appointment "for the period
    1 June – 31 August")."""
    def content(k: int) -> bool:
        t = words[k]
        return t.word.content and t.word.kind == "word" and t.word.norm not in _WEEKDAYS and not d.i <= k < d.j

    def breaks(k: int) -> bool:  # punctuation between words[k - 1] and words[k]
        return bool(_CLAUSE_BREAK_RE.search(text[words[k - 1].word.end:words[k].word.start]))
    i, j = d.i, d.j
    while i > 0 and not breaks(i):
        i -= 1
    if i > 0 and words[i].word.norm in _RELATIVES:  # (a relative clause is said of the noun before it: "The
        i -= 1  # Dialogue, which concluded on 11 November" dates the Dialogue)
        while i > 0 and not breaks(i):
            i -= 1
    while j < len(words) and (not breaks(j) or not any(content(k) for k in range(i, j))):
        j += 1
    while i > 0 and not any(content(k) for k in range(i, j)):  # (the date alone at the end: "overnight on Sunday,
        i -= 1  # 4 May." dates what the clause before it says)
        while i > 0 and not breaks(i):
            i -= 1
    keys = _segment_keys(other)
    return any(content(k) and set(_keys(words[k])) & keys for k in range(i, j))


#: a year alone this many years or more from the source's dates another event: history the article recalls ("since
#: Harry Truman completed an entire renovation in 1952" / "will begin in September 2025"), not a slip of the year
_ANOTHER_ERA = 10


def _another_era(d: _Date, s: _Date) -> bool:
    """Whether the article's date ``d``, a year alone, is :data:`_ANOTHER_ERA` years or more from the source's
    ``s``."""
    return d.fields() == {"year"} and bool(s.year) and abs(d.year - s.year) >= _ANOTHER_ERA


def _range_partner(text: str, words: Sequence[TaggedWord], dates: Sequence[_Date],
                   d: _Date) -> tuple[int, _Date] | None:
    """The other end of the range of dates ``d`` is an end of ("from 2011 to 2015", "2011-2015"): (-1, the start) or
    (1, the end); None where ``d`` ends no range."""
    k = dates.index(d)
    for step in (-1, 1):
        if 0 <= k + step < len(dates):
            a, b = (dates[k + step], d) if step < 0 else (d, dates[k + step])
            if b.i >= a.j and _RANGE_GAP_RE.match(text[words[a.j - 1].word.end:words[b.i].word.start]):
                return step, dates[k + step]
    return None


#: how many words before a date the figure it dates is looked for (:func:`_figure_dated`)
_FIGURE_REACH = 4


def _dated_figure(words: Sequence[TaggedWord], d: _Date) -> float | None:
    """The value of the figure a date dates: the nearest number within :data:`_FIGURE_REACH` words before it, a
    decimal written in digits ("rose 1.6 percent in August", "9.1% in November"; a whole number counts too many
    things to tie two dates); None where none is."""
    for k in range(d.i - 1, max(d.i - 1 - _FIGURE_REACH, -1), -1):
        w = words[k].word
        if w.kind == "number":
            if not w.text[:1].isdigit() or "." not in w.text or _year(words[k]):
                return None
            return number_value(w.norm)
    return None


def _figure_dated(dw: Sequence[TaggedWord], d: _Date, sw: Sequence[TaggedWord], s: _Date) -> bool:
    """Whether two dates date the same figure, a decimal value given right before both ("prices rose 1.6 percent in
    August" / "annual inflation is expected to be 1.6% in December 2018"): the period of one reading."""
    mine = _dated_figure(dw, d)
    return mine is not None and mine == _dated_figure(sw, s)


def _partly_same(d: _Date, s: _Date) -> bool:
    """Whether two dates give one field of a day the same and another otherwise, one date said wrong ("until Monday,
    July 4" / "on Monday, March 4, 2024"; "March 7" / "March 4"), not two events ("January 2029" / "September 2025")."""
    return any(x and x == y for x, y in ((d.month, s.month), (d.days, s.days))) and not d.agrees(s)


def _same_range(dt: str, dw: Sequence[TaggedWord], d_dates: Sequence[_Date], d: _Date, st: str,
                sw: Sequence[TaggedWord], s_dates: Sequence[_Date], s: _Date) -> bool:
    """Whether ``d`` and ``s`` are the same end of two ranges whose other ends agree ("billed insurers from 2009 to
    2015" / "From 2011 to 2015, the defendants are charged"): the same span of time, whatever words are around it."""
    mine, theirs = _range_partner(dt, dw, d_dates, d), _range_partner(st, sw, s_dates, s)
    return mine is not None and theirs is not None and mine[0] == theirs[0] and mine[1].agrees(theirs[1]) \
        and bool(mine[1].fields() & theirs[1].fields())


def _date_text(d: _Date, words: Sequence[TaggedWord], text: str) -> str:
    return text[words[d.i].word.start:words[d.j - 1].word.end]


def _value_clause_break(text: str, words: Sequence[TaggedWord], k: int) -> bool:
    """Whether the punctuation between ``words[k]`` and ``words[k + 1]`` ends the clause of a date or a figure after
    it, looked back from it: a clause break, but not a weekday's comma, which is inside its date ("on Saturday, Nov.
    18")."""
    gap = text[words[k].word.end:words[k + 1].word.start]
    return bool(_CLAUSE_BREAK_RE.search(gap)) and not (words[k].word.norm in _WEEKDAYS and gap.strip() == ",")


def _dated_verb(text: str, words: Sequence[TaggedWord], d: _Date) -> int:
    """The verb the date ``d`` dates: the nearest verb before it in its clause ("was arrested on Wednesday", "was
    vandalised overnight on Sunday"), or, where none is, the first after it ("On Wednesday, police arrested"); -1
    when the clause has none, or where a copula is the nearest verb before it: the date of a state ("was stable in
    September 2022"), which a verb far after it ("... recorded in July 2022") does not date; an -ing form without an
    auxiliary after the date is passed over ("From April 1, Roe - taking advice from the Board - will appoint")."""
    for k in range(d.i - 1, -1, -1):
        if _value_clause_break(text, words, k):
            break
        if words[k].pos == "VERB":
            return k
        if words[k].pos == "AUX" and words[k].word.norm in _COPULAS:
            return -1
    for k in range(d.j, len(words)):
        if words[k].pos == "VERB" and not (words[k].word.norm.endswith("ing") and words[k - 1].pos != "AUX"):
            return k  # (an -ing form without an auxiliary dates nothing: "From April 1, Roe - taking advice from the
            # Board - will appoint" dates the appointment)
    return -1


def _another_event(dt: str, dw: Sequence[TaggedWord], d: _Date, st: str, sw: Sequence[TaggedWord], s: _Date) -> bool:
    """Whether the two dates date different events of one story: the article's dates a verb the source's sentence
    never uses, while the verb the source's date dates is in the article's sentence, undated ("A man was arrested on
    Wednesday over the vandalism of the hall" / "The hall was vandalised overnight on Sunday"): the day of the arrest
    is no day of the vandalism."""
    if d.of or s.of:
        return False  # (a year in an event's name dates that event: :func:`_same_event`)
    dv, sv = _dated_verb(dt, dw, d), _dated_verb(st, sw, s)
    if dv < 0 or sv < 0:
        return False
    mine, theirs = set(_keys(dw[dv])), set(_keys(sw[sv]))
    return not mine & theirs and not mine & _segment_keys(sw) and bool(theirs & _segment_keys(dw))


_PERIOD_STARTS = _C.period_starts
_PERFECTS = _C.perfect_auxiliaries
_TALLY_DATES = tuple(tuple(p.split()) for p in _C.tally_dates)


def _tally_date(words: Sequence[TaggedWord], d: _Date) -> bool:
    """Whether the date ``d`` is the one a tally is given as of: right after a phrase of ``CONFLICTS.tally_dates``
    ("As of Aug. 14, a total of 22 firearms ...")."""
    return any(d.i >= len(p) and tuple(t.word.norm for t in words[d.i - len(p):d.i]) == p for p in _TALLY_DATES)


def _period_start(text: str, words: Sequence[TaggedWord], d: _Date) -> bool:
    """Whether the date ``d`` is the start of a stretch of time: right after a word of ``CONFLICTS.period_starts``
    in a clause of a perfect auxiliary (``perfect_auxiliaries``: "has been raising the rate since June", "had been
    unchanged since 2005"; not "the largest since 2023", a comparison)."""
    if not (d.i > 0 and words[d.i - 1].word.norm in _PERIOD_STARTS):
        return False
    for k in range(d.i - 2, -1, -1):
        if _value_clause_break(text, words, k):
            return False
        if words[k].word.norm in _PERFECTS and words[k].pos == "AUX":
            return True
    return False


def _check_dates(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                 d_dates: list[_Date], s_dates: list[_Date], all_s_dates: list[_Date],
                 loose: bool = False, d_other: frozenset[int] = frozenset(),
                 s_other: frozenset[int] = frozenset()) -> list[_Hit]:
    """``loose``: the pair shares a topic more than a claim (a weak pair, or one the restatement search found), where
    two dates date the same thing only with a content word around both (:func:`_dated_alike`), one field of a day
    the same (:func:`_partly_same`) or as the same end of two ranges whose other ends agree (:func:`_same_range`):
    "Trump's four-year term ends in January 2029" dates the term's end, not the project's start "will begin in
    September 2025"; "unchanged since November 2023" is no "since the peak in 2022".
    ``d_other``, ``s_other``: the first words of the dates of each sentence that are another instance's
    (:func:`_other_values`): the source's date of another instance ("in April 2020, instead of July 2020 as
    previously announced") is no counterpart of an article's date of the thing itself ("announced in May 2019")."""
    hits = []
    for d in d_dates:
        if any(d.agrees(s) and d.fields() & s.fields() for s in all_s_dates):
            continue
        for s in s_dates:
            if not (d.fields() & s.fields()) or d.agrees(s) or not _same_event(d, dw, s, sw) or _another_era(d, s):
                continue
            if (s.i in s_other and d.i not in d_other) or _tally_date(dw, d) != _tally_date(sw, s):
                continue  # another instance's date in the source; the date a tally is given as of ("As of Aug. 14,
                # a total of 22 firearms have been caught") is no day of the event counted ("on Friday, Aug. 11")
            if loose and not (_dated_alike(dw, d, sw, s) or _partly_same(d, s) or _figure_dated(dw, d, sw, s)
                              or _same_range(dt, dw, d_dates, d, st, sw, s_dates, s)):
                continue
            if (d.fields() & s.fields() == {"weekday"} or (loose and not _partly_same(d, s))) \
                    and not _dated_clause(dt, dw, d, sw):
                continue  # a date of another event: the clause it dates shares nothing with the source's (a weekday's
                # on any pair; another date's on a loose pair, unless one field of the day is the same and another
                # changed: "until Monday, July 4" / "on Monday, March 4")
            if _another_event(dt, dw, d, st, sw, s):
                continue  # the day of the arrest, the source's the day of the incident
            if _period_start(dt, dw, d) != _period_start(st, sw, s):
                continue  # "has been raising the rate at each meeting since June" / "At its meeting on 25 September":
                # the start of a stretch of time is no day of the act
            if any(s.agrees(o) and s.fields() & o.fields() and d.fields() & s.fields() <= o.fields()
                   for o in d_dates):
                continue  # the source's date is in the derivative too, as far as the two differ (not "On Sep- — on
                # March 27th" / "On September 27": the month alone is not the date)
            # (the source's weekday with its date right after it, "on Friday, 30 September", is that day)
            day = next((x for x in s_dates if x.i == s.j and s.fields() == {"weekday"}), s)
            if d.fields() == {"weekday"} and any(day.agrees(o) and {"days", "month"} <= day.fields() & o.fields()
                                                 and o.i != d.j for o in d_dates):
                continue  # a weekday alone, where the sentence gives the source's day in another date, is another
                # day: "arrested on Tuesday afternoon ... in relation to a vandalism incident on September 30" /
                # "an incident that occurred on Friday, 30 September" (not "on Tuesday, September 30": that day's)
            a, b = dw[d.i].word.start, dw[d.j - 1].word.end
            sa, sb = sw[s.i].word.start, sw[s.j - 1].word.end
            hits.append(_says("date", dt, a, b, st, sa, sb))
            break
    return hits


# ---------------------------------------------------------------------------------------------- numbers
@dataclass(frozen=True, slots=True)
class _Qty:
    i: int
    j: int
    value: float
    step: float  # the rounding its writing allows (0 for exact)
    hedged: bool
    #: what it counts: the lemma key of the noun or unit after it ("six clinical trials" -> trial, "2%" and
    #: "2 per cent" -> percent; "people" for the people a report counts, :data:`_PEOPLE`), "" when none follows
    #: ("rose to 4")
    head: str = ""
    #: a time back from now ("five years ago"): a date, not an amount of time ("over seven years")
    ago: bool = False
    #: the period it is counted by, a rate ("3 million shots per day" -> day), "" for an amount in all
    rate: str = ""
    #: an amount of money: a currency sign written against it ("$10,000") or a currency after it ("1.5bn
    #: dollars"); a sum of money and a count never count the same thing ("$10,000" / "419,000 of those borrowers")
    money: bool = False
    #: an increment: the ones added to a count ("seven additional counties", "another 500"), never the same thing as
    #: a count of all of them ("all 55 counties")
    added: bool = False


#: the words of an increment (:attr:`_Qty.added`)
_INCREMENTS = _C.increments


def _added(words: Sequence[TaggedWord], i: int, j: int) -> bool:
    """Whether the amount ``words[i:j]`` is an increment: a word of :data:`_INCREMENTS` right before it ("another
    500", "an additional 500") or right after it ("seven additional counties", "12 more states"; "more than 12" is
    a bound)."""
    if i > 0 and words[i - 1].word.norm in _INCREMENTS:
        return True
    return j < len(words) and words[j].word.norm in _INCREMENTS and not (
        j + 1 < len(words) and words[j + 1].word.norm in _BOUND_ENDS)


def _head(text: str, words: Sequence[TaggedWord], j: int) -> str:
    """The key of what the amount ending before ``words[j]`` counts (:attr:`_Qty.head`): a "%" sign written against it,
    else the
    last noun of the noun phrase that follows (adjectives and compounds skipped: "4,373 adult participants" ->
    participant, "25 basis points" -> point), within three words."""
    if j > 0 and text[words[j - 1].word.end:words[j - 1].word.end + 1] == "%":
        return "percent"
    if 0 < j < len(words) and text[words[j - 1].word.end:words[j].word.start] in HYPHENS \
            and words[j].word.kind == "word" and words[j].pos == "NOUN" and words[j].word.content:
        return words[j].lemma_key  # "two 12-week clinical trials": a compound that measures the noun after it, in
        # weeks, and qualifies the phrase as an adjective does
    head = _noun_head(text, words, j)
    return _PEOPLE.get(head, head)  # ("717 patients" / "717 people": the people counted)


_NATIONALS = _C.nationals


def _nationals_head(text: str, words: Sequence[TaggedWord], j: int, head: str) -> str:
    """The head of "40 American citizens" (``CONFLICTS.nationals`` after a capitalised word right after the amount):
    the name of the people, as "400 Americans" counts them; ``head`` otherwise."""
    if j + 1 < len(words) and words[j + 1].word.norm in _NATIONALS and words[j].word.text[:1].isupper() \
            and words[j].word.kind == "word" and words[j].pos in ("ADJ", "PROPN", "NOUN") \
            and not text[words[j].word.end:words[j + 1].word.start].strip():
        return words[j].lemma_key
    return head


def _noun_head(text: str, words: Sequence[TaggedWord], j: int) -> str:
    """:func:`_head` of a phrase with no "%" or hyphened unit: the lemma key of its last noun."""
    head = ""
    proper = False  # the head so far is a name, which qualifies the noun after it ("50 Pennsylvania elected officials")
    for k in range(j, len(words)):
        t = words[k]
        if k >= j + 3 and not (head and t.pos == "NOUN" and t.word.kind == "word" and t.word.content):
            break  # (within three words; a compound begun there runs to its last noun: "twelve new U.S. attorney
            # nominees" counts nominees)
        if head and re.search(r"[,;:()]", text[words[k - 1].word.end:t.word.start]):
            break  # "60,000 food pantries, soup kitchens": the phrase ends at the comma
        if t.word.norm == "per" and k + 1 < len(words) and words[k + 1].word.norm == "cent":
            return "percent"
        if t.word.kind in ("word", "acronym") and t.pos in ("NOUN", "PROPN") and t.word.content:
            if not head and t.word.norm in _PERIODS and not t.word.norm.endswith("s") and k + 1 < len(words) \
                    and words[k + 1].pos == "NOUN" and not text[t.word.end:words[k + 1].word.start].strip():
                return t.lemma_key  # "a four year degree": a period in the singular before a noun measures it, as
                # "a four-year degree" does
            if t.word.norm in _LANG.percent_words:
                return "percent"  # the unit, as "%" is: "the 4 percent target" / "the 2% target" are rates
            head = t.lemma_key
            proper = t.pos == "PROPN"
            continue
        if _hyphened_participle(text, words, k):
            continue
        if (head and not proper) or not (t.pos == "ADJ" or _participle(words, k)):
            break
    return head


def _hyphened_participle(text: str, words: Sequence[TaggedWord], k: int) -> bool:
    """Whether ``words[k]`` is a participle joined by a hyphen to the word before it, a compound that qualifies the
    noun right after it as an adjective does, whatever its ending ("200 American-made aircraft", "12 state-owned
    banks": aircraft, banks)."""
    return 0 < k < len(words) - 1 and words[k].pos == "VERB" \
        and text[words[k - 1].word.end:words[k].word.start] in HYPHENS \
        and words[k + 1].pos in ("NOUN", "PROPN", "ADJ")


def _participle(words: Sequence[TaggedWord], k: int) -> bool:
    """Whether ``words[k]`` is a past participle qualifying the noun right after it, as an adjective does ("190
    million recorded shots", "six reported U.S. cases")."""
    t = words[k]
    return t.pos == "VERB" and t.word.text.endswith("ed") and k + 1 < len(words) \
        and words[k + 1].pos in ("NOUN", "PROPN", "ADJ")


#: the tens written in words ("sixty"), which a units word joins with a hyphen ("sixty-one")
_TENS = frozenset(float(n) for n in range(20, 100, 10))
#: an ordinal in digits ("2nd", "21st", "4th"): the head of a rank is marked so, what it ranks after the mark
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_ORDINAL = "#rank:"


#: the signs that make a number written right after them negative ("−0.75%", "-0.25 percent")
_MINUS_SIGNS = frozenset("-−–‐‑")


def _negative(text: str, start: int) -> bool:
    """Whether the number written at ``start`` has a minus sign right before it, and the sign a space, a bracket or
    the text's start before it ("to −0.75%", "(-0.5%)"; not "COVID-19", "2020-2021": a hyphen between words)."""
    return start >= 1 and text[start - 1] in _MINUS_SIGNS and (start < 2 or text[start - 2] in " \t\n([")


def _slash_date(text: str, words: Sequence[TaggedWord], i: int) -> bool:
    """Whether ``words[i]`` opens a date written in figures joined by slashes, three of them ("2/15/23",
    "15/02/2023"; :data:`alignment.text.normalize.NUMERIC_DATE_RE`, as details read them): a date, no three
    amounts."""
    if i + 2 >= len(words):
        return False
    m = NUMERIC_DATE_RE.match(text, words[i].word.start)
    return m is not None and m.end() == words[i + 2].word.end


def _quantities(text: str, words: Sequence[TaggedWord], skip: set[int], at: Sequence[int] | None = None,
                ) -> list[_Qty]:
    """The amounts of ``words`` (none of the words at ``skip``); ``at``: their :func:`_fact_words`, when the caller
    has them (every other word starts no amount, so only these are looked at)."""
    out: list[_Qty] = []
    at = _fact_words(words) if at is None else at
    if not any(words[i].word.kind == "number" or words[i].word.norm in _POINT_FRACTIONS for i in at):
        return out  # (most segments: no number and no fraction of a point, nothing the loop below reads as one)
    after = 0  # the first word not read yet: an amount read takes its words (its scale, its fraction) with it
    for i in at:
        if i < after:
            continue
        after = i + 1
        t = words[i]
        w = t.word
        if i in skip:
            continue
        frac = _POINT_FRACTIONS.get(w.norm)
        if frac is not None and any(x.word.norm == "point" for x in words[i + 1:i + 5]):
            out.append(_Qty(i, i + 1, frac, 0.0, False, _head(text, words, i + 1)))
            continue
        if w.kind != "number" or w.text.lower() == "one" or (w.norm in _SCALES and w.text.isalpha()):
            continue
        number = number_value(w.norm)
        if number is None:
            continue
        if _slash_date(text, words, i):
            after = i + 3  # a date written in figures, "[2/15/23]": no amount
            continue
        value = number
        digits = w.norm
        j = i + 1
        # a fraction written with a slash, alone or after a whole number and a hyphen ("by 1/4 percentage point", "to
        # 4-1/4 percent"): one value, not two or three numbers
        if (part := slash_fraction(text, words, i)) is not None:
            value, digits, j = part, repr(part), i + 2
        elif j < len(words) and text[w.end:words[j].word.start] == "-" \
                and (part := slash_fraction(text, words, j)) is not None:
            value, digits, j = number + part, repr(number + part), i + 3
        rank = bool(_ORDINAL_RE.fullmatch(w.text))
        # a tens word joined by a hyphen to the next word ("sixty-one", "Twenty-Seventh")
        if w.text.isalpha() and number in _TENS and j < len(words) and text[w.end:words[j].word.start] in HYPHENS:
            # "sixty-one", "twenty-five": to a units word, one number, not 60 and 1
            if words[j].word.kind == "number" and words[j].word.text.isalpha() \
                    and (unit := number_value(words[j].word.norm)) is not None and 0 < unit < 10:
                value, digits, j = number + unit, str(int(number + unit)), j + 1
            elif words[j].word.norm in _LANG.rank_words:
                rank, j = True, j + 1  # "Twenty-Seventh Judicial Nominations": a rank written in words
        scale = 1.0
        # "nine and a half million": the half is the number's, before its scale
        if [x.word.norm for x in words[j:j + 3]] == ["and", "a", "half"] and j + 3 < len(words) \
                and words[j + 3].word.norm in _SCALES and words[j + 3].word.text.isalpha():
            value += 0.5
            digits += ".5"
            j += 3
        # scale words multiply in turn: "seven hundred thousand" is 700,000
        while j < len(words) and words[j].word.norm in _SCALES and words[j].word.text.isalpha():
            scale *= _SCALES[words[j].word.norm]
            j += 1
        if "." in digits:
            step = 10 ** -len(digits.split(".")[1]) * scale
        else:
            stripped = digits.rstrip("0")
            zeros = len(digits) - len(stripped)
            step = 10.0 ** zeros * scale if (value * scale >= 1000 and zeros) else 0.0
        value *= scale
        if j + 1 < len(words) and words[j].word.norm == "basis" and words[j + 1].word.key.startswith("point"):
            value /= 100  # 25 basis points = 0.25 percentage point
        if _label_number(text, words, i):
            after = j
            continue
        # "3.5M": the tokenizer gives "3" and "5M"; the decimal is the first number's, the scale the second's
        if j == i + 1 and j < len(words) and words[j].word.kind == "number" and text[w.end:words[j].word.start] == "." \
                and (cut := re.match(r"\d+", words[j].word.text)) is not None and cut.end() < len(words[j].word.text):
            try:
                scale = float(words[j].word.norm) / int(cut.group())
            except (ValueError, ZeroDivisionError):
                scale = 0.0
            if scale > 1:
                value = float(f"{w.norm}.{cut.group()}") * scale
                step = 10 ** -len(cut.group()) * scale
                j += 1
        hedged = i > 0 and words[i - 1].word.norm in _HEDGES
        head = _AGE if _age(text, words, i, j) else _nationals_head(text, words, j, _head(text, words, j))
        if rank:
            head = f"{_ORDINAL}{head}"  # a rank, no count: "the 2nd Circuit" meets another rank only, never "sixty-one
            # seats" nor "two circuits"
        ago = head != "" and any(x.word.norm == "ago" for x in words[j:j + 3])
        # (a sign before it, a space between at most, "₹ 4 million"; a currency after it, or written before it:
        # "Rs 4 million", "USD 20")
        money = text[max(w.start - 2, 0):w.start].strip()[-1:] in _CURRENCY_SIGNS or (
            j < len(words) and words[j].word.norm in _CURRENCIES) or (
            i > 0 and words[i - 1].word.norm in _CURRENCIES and not text[words[i - 1].word.end:w.start].strip())
        out.append(_Qty(i, j, value, step, hedged, head, ago, _rate(text, words, j) or _rate_before(words, i),
                        money, _added(words, i, j)))
        after = j
    # the first end of a range counts what its second end counts ("the two-three per cent target range": percent;
    # "between 2 and 3 percent", not "2 and 3 percent", two amounts)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        gap = text[words[a.j - 1].word.end:words[b.i].word.start]
        if not a.head and b.head and _AMOUNT_RANGE_GAP_RE.match(gap) and (
                "and" not in gap or (a.i > 0 and words[a.i - 1].word.norm == "between")):
            out[k] = replace(a, head=b.head)
    return out


#: the head of an age set between commas after a person's name ("Christopher King, 38, both of ..."): what it counts
#: is no noun near it, and never one of the sentence's ("owners of three ... companies")
_AGE = "#age"
_MAX_AGE = 120


def _age(text: str, words: Sequence[TaggedWord], i: int, j: int) -> bool:
    """Whether the number ``words[i:j]`` is an age set off after a name: a whole number below :data:`_MAX_AGE`
    between commas (or brackets) right after a proper noun ("Tanya Moreland King, 37, and her husband"; "King (38)"),
    the sentence's end closing it too."""
    w = words[i].word
    if j != i + 1 or i == 0 or not (w.text.isascii() and w.text.isdigit()) or not 0 < int(w.text) < _MAX_AGE \
            or words[i - 1].pos != "PROPN":  # (not "²", a digit int() does not read)
        return False
    before = text[words[i - 1].word.end:w.start].strip()
    after = text[w.end:words[j].word.start if j < len(words) else w.end + 2].strip()[:1]
    return (before == "," and after in (",", ";", ".", "")) or (before == "(" and after == ")")


def _rate(text: str, words: Sequence[TaggedWord], j: int, reach: int = 7) -> str:
    """The period the amount ending before ``words[j]`` is counted by: "per day", "a year", "each week" or
    "weekly" within ``reach`` words after it, in its phrase (no punctuation or other number between: "25 million
    doses of Pfizer and Moderna each week"); "" for none."""
    for k in range(j, min(j + reach, len(words))):
        w = words[k].word
        if words[k].pos in ("VERB", "AUX") or (k > j and (
                w.kind == "number" or re.search(r"[,;:()]", text[words[k - 1].word.end:w.start]))):
            break  # (a verb after the amount opens its predicate: "3.9 million have a monthly payment" counts
            # people, the period is the payment's)
        if w.norm in _RATE_ADVERBS:
            return _RATE_ADVERBS[w.norm]
        if w.norm in _PERIODS and k > j and words[k - 1].word.norm in _RATE_WORDS:
            return stem(w.norm)
    return ""


def _rate_before(words: Sequence[TaggedWord], i: int) -> str:
    """The period of the noun phrase an amount at ``words[i]`` completes after "of" ("a monthly payment of $2": month;
    "a weekly pace of 3 million": week); "" for none."""
    if i < 2 or words[i - 1].word.norm not in _GENITIVES:
        return ""
    for k in range(i - 2, max(i - 4, -1), -1):
        if words[k].word.norm in _RATE_ADVERBS:
            return _RATE_ADVERBS[words[k].word.norm]
        if words[k].pos not in ("NOUN", "ADJ"):
            break
    return ""


def _label_number(text: str, words: Sequence[TaggedWord], i: int) -> bool:
    """Whether the number at ``words[i]`` is a label, not an amount: written in digits right after a name
    ("Executive Order (EO) 14008", "Title 42", "Section 301"), or a year cut short ("November of ’21")."""
    w = words[i].word
    if not w.text[:1].isdigit():
        return False
    if text[max(w.start - 1, 0):w.start] in ("’", "'", "‘") and len(w.text) == 2:
        return True
    if i == 0 or not re.fullmatch(r"\)?\s", text[words[i - 1].word.end:w.start]):
        return False
    prev = words[i - 1]
    if prev.word.norm in _CURRENCIES:
        return False  # a currency written before the amount, "Rs 4 million", "USD 20", labels nothing
    # (not after a possessive name, whose number counts what it has: "Montana’s 56 counties")
    return i > 1 and not prev.word.text.endswith(_POSSESSIVE) and (_acronym(prev) or (
        prev.word.text[:1].isupper() and prev.word.kind == "word" and not _is_month(prev) and prev.word.content))


def _equal(d: _Qty, s: _Qty) -> bool:
    """Whether two amounts have the same value (to a relative 1e-9: a float's rounding)."""
    return abs(d.value - s.value) < 1e-9 * max(abs(d.value), 1.0)


def _same_amount(d: _Qty, s: _Qty) -> bool:
    if _equal(d, s):
        return True
    big = max(abs(d.value), abs(s.value))
    if (d.hedged or s.hedged) and abs(d.value - s.value) <= 0.1 * big:
        return True
    # (within half the rounding the article's writing allows; an exact half rounds up, the usual rule, so "785,000" is
    # no rounding of "785,500", "786,000" is)
    half, gap = d.step / 2, d.value - s.value
    rounded = abs(gap) < half - 1e-9 * big or abs(gap - half) <= 1e-9 * big
    return bool(d.step and rounded and abs(gap) <= 0.1 * big)


def _accounts(d: _Qty, s: _Qty) -> bool:
    """Whether the source's amount ``s`` accounts for the article's ``d``: the same value, or one within the rounding
    or approximation either allows of the same thing ("nearly 2,000 people" for "1,901 people"); an approximation
    of another thing is no account ("over 750,000 workers" is not "over 700,000 jobs")."""
    if _equal(d, s):
        return True
    # (a sum of money and a count are two things, whatever the words around them: "around $310 billion in savings"
    # is no approximation of "about 300 billion litres of fuel")
    return _same_amount(d, s) and not (d.head and s.head and d.head != s.head) and d.money == s.money


def _approximate(words: Sequence[TaggedWord], q: _Qty) -> bool:
    """Whether an amount is written as an approximation or a bound: "about", "nearly" (:attr:`_Qty.hedged`), "more
    than", "less than", "at least" ("up to" is a ceiling of each, no total)."""
    return q.hedged or (q.i > 0 and words[q.i - 1].word.norm in _BOUND_ENDS)


def _total(dw: Sequence[TaggedWord], d: _Qty, s_q: Sequence[_Qty], every: Sequence[_Qty]) -> bool:
    """Whether the article's approximate sum of money ``d`` is the total of one of its counterpart's amounts ``s_q``
    and another sum of the source, within a tenth ("more than $13 billion" /
    "nearly $9 billion" and "$4.5 billion")."""
    if not every or not d.money or not _approximate(dw, d):
        return False
    for s in s_q:
        if s.money != d.money or s.rate != d.rate or s.ago or s.value >= d.value * 1.1:
            continue
        for o in every:
            if o is not s and o.money == d.money and o.rate == d.rate and not o.ago and \
                    abs(s.value + o.value - d.value) <= 0.1 * d.value:
                return True
    return False


#: how many words after a source amount the words that tell it from the sentence's other amounts of its thing are read
#: ("35 children were killed and more than 20 children were injured": :func:`_sums_named_parts`)
_SUM_PART_REACH = 4


def _sums_named_parts(dw: Sequence[TaggedWord], d: _Qty, d_q: Sequence[_Qty], sw: Sequence[TaggedWord],
                      s_q: Sequence[_Qty]) -> bool:
    """Whether the article's amount ``d``, the only one of its thing in its sentence (``d_q``), is the sum of two or
    more amounts the source's sentence gives of that thing (the same head; the sum or up to a tenth more), each told
    from the others by a content word within :data:`_SUM_PART_REACH` words after it that the article's sentence uses
    too: the parts named together, their total ("at least 55 children were killed and injured" / "at least 35
    children were killed and more than 20 children were injured"; not "55 children killed", which names one part
    only, nor "53 children were killed and more than 20 children were injured", which gives the parts itself)."""
    if not d.head or d.ago or any(q is not d and q.head == d.head for q in d_q):
        return False
    parts = [s for s in s_q if s.head == d.head and s.money == d.money and s.rate == d.rate and not s.ago]
    total = sum(s.value for s in parts)
    if len(parts) < 2 or not total <= d.value <= 1.1 * total:
        return False
    after = [{t.lemma_key for t in sw[s.j:s.j + _SUM_PART_REACH] if t.word.content and t.lemma_key != s.head}
             for s in parts]
    d_keys = {t.lemma_key for t in dw}
    return all((mine - set().union(*(o for n, o in enumerate(after) if n != k))) & d_keys
               for k, mine in enumerate(after))


def _sums_parts(d: _Qty, s_q: Sequence[_Qty]) -> bool:
    """Whether the article's amount ``d``, which names nothing it counts, is at least the sum of two or more amounts
    the source's sentence gives of one thing: a total of those parts and perhaps more, none of them ("nominates 7 for
    US attorney, judge and marshal slots" / "three new nominees to serve as U.S. Attorneys and three new nominees to
    serve as U.S. Marshals")."""
    if d.head or d.ago:
        return False
    parts: dict[tuple[str, bool, str], list[float]] = {}
    for s in s_q:
        if s.head and not s.ago and s.money == d.money and s.rate == d.rate and not s.head.startswith(_ORDINAL):
            parts.setdefault((s.head, s.money, s.rate), []).append(s.value)
    return any(len(v) >= 2 and d.value >= sum(v) for v in parts.values())


def _as_increments(d_q: Sequence[_Qty], s_q: list[_Qty], every: Sequence[_Qty]) -> list[_Qty]:
    """The source's amounts ``s_q``, a plain count made an increment where the source gives the same value of the same
    thing as one elsewhere ("USDA has designated ten counties" under the heading "... Aid for 10 More Montana
    Counties"), for an article's sentence that counts that thing by its increment only ("15 additional Montana
    counties"): the source's count is of the ones added too."""
    heads = {d.head for d in d_q if d.added and d.head} - {d.head for d in d_q if not d.added}
    if not heads:
        return s_q  # (most sentences: no increment)
    added = {(q.head, q.value) for q in every if q.added and q.head in heads}
    return [replace(s, added=True) if not s.added and (s.head, s.value) in added else s for s in s_q]


def _same_thing(d: _Qty, d_role: set[str], s: _Qty, s_role: set[str], alone: set[str]) -> bool:
    """Whether two amounts count the same thing: the same head when both have one ("six trials" is not "4,373
    participants", "413 patients" not "49%"), and the same words around them besides that head ("3 percent of
    patients" and "0.84 percent of biopsies" are two rates) unless that head is in ``alone``, the heads that
    count one amount only in each sentence ("for the first time in 31 years", "the first new pill for 20 years");
    amounts without a head are judged by the words around them alone."""
    if d.ago != s.ago:
        return False  # "five years ago" is when, "over seven years" how long
    if d.head.startswith(_ORDINAL) != s.head.startswith(_ORDINAL):
        return False  # "the 2nd Circuit" is a rank, "sixty-one seats" a count
    if d.money != s.money:
        return False  # "$10,000 in debt relief" is a sum, "419,000 of those borrowers" a count
    if d.added != s.added:
        return False  # "seven additional counties" are those added, "all 55 counties" all of them
    if d.rate != s.rate:
        return False  # "3 million shots per day" is a pace, "200 million shots" a total
    if d.rate:  # the period is the rate's, no word of what is counted: "earning more than $1 billion per year" /
        # "making under $400,000 a year"
        d_role, s_role = d_role - {">" + d.rate, "<" + d.rate}, s_role - {">" + d.rate, "<" + d.rate}
    if d.head and s.head:
        if d.head != s.head:
            return False
        # (a percentage is a rate of something: the words around it say of what, whatever else the sentence holds)
        return (d.head in alone and d.head != "percent") or bool(_unheaded(d_role & s_role, d.head))
    if d.head or s.head:  # one names what it counts, the other has it around it: "a monthly payment of $2" /
        # "a $0 monthly payment"
        head, role = (d.head, s_role) if d.head else (s.head, d_role)
        if head in {_PEOPLE.get(r[1:], r[1:]) for r in role}:
            return True
    return bool(d_role & s_role)


def _unheaded(role: set[str], head: str, mark: str = ">") -> set[str]:
    """``role`` (:func:`_role`) without the head itself after the amount (any side when ``mark`` is ""), in any word
    that counts it ("patients" for the people counted)."""
    return {r for r in role if not (r[0] == (mark or r[0]) and _PEOPLE.get(r[1:], r[1:]) == head)}


def _of_phrase(words: Sequence[TaggedWord], q: _Qty) -> bool:
    """Whether the noun the amount ``q`` counts is followed by "of" ("six reported U.S. cases of a rare blood clot"):
    the phrase after it says what is counted, which another sentence's count of that noun may not be."""
    for k in range(q.j, min(q.j + 4, len(words) - 1)):
        if words[k].pos in ("NOUN", "PROPN") and _PEOPLE.get(words[k].lemma_key, words[k].lemma_key) == q.head:
            return words[k + 1].word.norm in _GENITIVES
    return False


def _same_sum(d: _Qty, s: _Qty) -> bool:
    """Whether two sums of money can be the same sum: by the same period, neither a time back, no two heads that
    differ."""
    return d.money and s.money and d.rate == s.rate and not d.ago and not s.ago \
        and not (d.head and s.head and d.head != s.head)


def _same_words_after(dw: Sequence[TaggedWord], d: _Qty, sw: Sequence[TaggedWord], s: _Qty) -> bool:
    """Whether two amounts that count no noun are followed by the same two words, none of them a number ("Over
    614,000 of them will have" / "Over 921,001 of them will have": no content word near enough to say what)."""
    after = _norms(dw, d.j, d.j + 2)
    return not d.head and not s.head and d.ago == s.ago and d.rate == s.rate and len(after) == 2 \
        and after == _norms(sw, s.j, s.j + 2) and not any(t.word.kind == "number" for t in dw[d.j:d.j + 2])


def _nouns_after(text: str, words: Sequence[TaggedWord], q: _Qty) -> set[str]:
    """The lemma keys of the nouns of the phrase right after an amount, up to :data:`_NOUN_PHRASE_REACH` words, to a
    punctuation mark, a number or a word that is no noun, adjective or "and" ("2,000 household and community
    members" -> household, community, member)."""
    out: set[str] = set()
    for k in range(q.j, min(q.j + _NOUN_PHRASE_REACH, len(words))):
        t = words[k]
        if k > q.j and re.search(r"[,;:()]", text[words[k - 1].word.end:t.word.start]):
            break
        if t.word.kind == "word" and t.pos == "NOUN" and t.word.content:
            out.add(t.lemma_key)
        elif t.word.kind == "number" or not (t.pos == "ADJ" or t.word.norm == "and"):
            break
    return out


#: how many words after an amount :func:`_nouns_after` reads
_NOUN_PHRASE_REACH = 4


def _same_nouns_after(dt: str, dw: Sequence[TaggedWord], d: _Qty, st: str, sw: Sequence[TaggedWord],
                      s: _Qty) -> bool:
    """Whether two amounts whose heads differ count the same thing by the same nouns after them: each head among the
    other's nouns, two nouns in common ("3,001 vulnerable household members" / "2,000 household and community
    members", whose head is "household"; not "2,500 children with sensory impairments" / "2,000 household ...
    members")."""
    if not (d.head and s.head) or d.head == s.head or d.money != s.money or d.rate != s.rate or d.ago != s.ago:
        return False
    mine, theirs = _nouns_after(dt, dw, d), _nouns_after(st, sw, s)
    return d.head in theirs and s.head in mine and len(mine & theirs) >= 2


#: how many words after the nouns two counts count :func:`_same_phrase_after` compares
_PHRASE_AFTER = 4


def _phrase_after(text: str, words: Sequence[TaggedWord], q: _Qty) -> Sequence[TaggedWord]:
    """The :data:`_PHRASE_AFTER` words right after the noun an amount counts (its head, within three words of it), in
    one stretch without punctuation; () where the head is not found or the stretch is shorter."""
    k = next((k for k in range(q.j, min(q.j + 3, len(words))) if words[k].pos in ("NOUN", "PROPN")
              and _PEOPLE.get(words[k].lemma_key, words[k].lemma_key) == q.head), -1)
    after = words[k + 1:k + 1 + _PHRASE_AFTER] if k >= 0 else ()
    if len(after) < _PHRASE_AFTER or any(re.search(r"[,;:()]", text[a.word.end:b.word.start])
                                         for a, b in zip(words[k:], after, strict=False)):
        return ()
    return after


def _same_phrase_after(dt: str, dw: Sequence[TaggedWord], d: _Qty, st: str, sw: Sequence[TaggedWord],
                       s: _Qty) -> bool:
    """Whether two counts of nouns that differ count the same thing by the same words right after those nouns: the
    same :data:`_PHRASE_AFTER` words, two of them content words and none a number ("seven new nominees to serve as
    U.S. ambassadors" / "four individuals to serve as U.S. ambassadors": one office, filled by those counted)."""
    if not (d.head and s.head) or d.head == s.head or d.money or s.money or d.rate or s.rate or d.ago or s.ago \
            or d.added != s.added:
        return False
    mine = _phrase_after(dt, dw, d)
    theirs = _phrase_after(st, sw, s) if mine else ()
    return bool(theirs) and [t.word.key for t in mine] == [t.word.key for t in theirs] \
        and sum(t.word.content for t in mine) >= 2 and not any(t.word.kind == "number" for t in mine)


def _ranged(text: str, words: Sequence[TaggedWord], a: _Qty, b: _Qty) -> bool:
    """Whether the amounts ``a`` and ``b`` are the two ends of one range ("12 to 15 million", "10-12", "between $650
    and $700": the currency sign of the second end is no word between them)."""
    return b.i >= a.j and bool(_AMOUNT_RANGE_GAP_RE.match(text[words[a.j - 1].word.end:words[b.i].word.start]))


#: what stands between the two ends of a range of amounts: a dash or "to", and the second end's currency sign
_AMOUNT_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|to|and|through)\s*(?:" + "|".join(
    re.escape(c) for c in sorted(_C.currency_signs)) + r")?\s*$")


def _range_ends(text: str, words: Sequence[TaggedWord], qs: Sequence[_Qty]) -> list[_Qty]:
    """The amounts of ``qs`` that are an end of a range (:func:`_ranged`)."""
    return [q for k, q in enumerate(qs) if (k > 0 and _ranged(text, words, qs[k - 1], q))
            or (k + 1 < len(qs) and _ranged(text, words, q, qs[k + 1]))]


def _range_end(dt: str, dw: Sequence[TaggedWord], d_q: list[_Qty], d: _Qty, st: str, sw: Sequence[TaggedWord],
               s_q: list[_Qty], s_open: list[_Qty]) -> _Qty | None:
    """The source's amount for the end of a range whose other end both give ("12 to 23 million people" / "an
    estimated 12 to 15 million Americans"; "between $976 and $700 a month" / "approximately $650 to $700"): the
    same range, whatever the noun after it; None when ``d`` ends no such range."""
    k = d_q.index(d)
    if k > 0 and _ranged(dt, dw, d_q[k - 1], d):  # the upper end changed
        lo = d_q[k - 1]
        return next((s for n, s in enumerate(s_q[1:], 1) if s in s_open and _same_amount(lo, s_q[n - 1])
                     and _ranged(st, sw, s_q[n - 1], s)), None)
    if k + 1 < len(d_q) and _ranged(dt, dw, d, d_q[k + 1]):  # the lower end changed
        hi = d_q[k + 1]
        return next((s for n, s in enumerate(s_q[:-1]) if s in s_open and _same_amount(hi, s_q[n + 1])
                     and _ranged(st, sw, s, s_q[n + 1])), None)
    return None


#: the folded words of the phrases that bound an amount (``CONFLICTS.bounds``: "at least", "more than", "up to"): no
#: word of what is counted
_AMOUNT_BOUNDS = frozenset(w for phrase in _C.bounds for w in phrase.split("-"))
#: the longest run of words between two amounts of one list ("13,000 patients and at least 27 insurance carriers")
_LIST_GAP = 5
#: the words that join two amounts of one list: a coordinator, or "including" before the first part of a whole
#: ("4,500 people, including 2,500 children")
_LIST_JOINS = _C.list_joins


def _list_gap(words: Sequence[TaggedWord], a: _Qty, b: _Qty) -> tuple[str, frozenset[str]] | None:
    """What joins two amounts of one list, ``a`` before ``b``: the coordinator ("and", "or") and the content words
    between them, approximators left out ("13,000 patients and at least 27": "and", {patient}); None where no
    coordinator joins them within :data:`_LIST_GAP` words or another amount stands between them."""
    gap = words[a.j:b.i]
    if not gap or len(gap) > _LIST_GAP or any(t.word.kind == "number" for t in gap):
        return None
    joins = [t.word.norm for t in gap if t.word.norm in _LIST_JOINS]
    if len(joins) != 1:
        return None
    # (the people counted by any word for them: "4,500 people, including" / "4,500 individuals, including")
    return joins[0], frozenset(_PEOPLE.get(t.lemma_key, t.lemma_key) for t in gap if t.word.content
                               and t.word.kind == "word" and t.word.norm not in _LIST_JOINS
                               and t.word.norm not in _HEDGES and t.word.norm not in _AMOUNT_BOUNDS)


@_per_segment
def _counted(words: Sequence[TaggedWord]) -> frozenset[str]:
    """The lemma keys of the nouns that end a noun phrase ("carriers" of "insurance carriers", not "insurance")."""
    return frozenset(t.lemma_key for k, t in enumerate(words) if t.pos == "NOUN" and not (
        k + 1 < len(words) and words[k + 1].pos == "NOUN"))


def _listed(dt: str, dw: Sequence[TaggedWord], d_q: list[_Qty], d: _Qty, st: str, sw: Sequence[TaggedWord],
            s_q: list[_Qty], s_open: list[_Qty]) -> _Qty | None:
    """The source's amount in the place of ``d`` in a list of amounts both sentences give in the same order, joined
    by the same words, the amount before it the same ("more than 13,000 patients and 41 insurers" / "More than 13,000
    patients and at least 27 insurance carriers"): the next entry of the same list, whatever noun it has, unless either
    noun is in the other sentence (another thing counted); None where ``d`` follows no amount the source accounts for
    so."""
    k = d_q.index(d)
    if k == 0 or _ranged(dt, dw, d_q[k - 1], d):
        return None
    prev = d_q[k - 1]
    joined = _list_gap(dw, prev, d)
    if joined is None:
        return None
    for n in range(1, len(s_q)):
        s, before = s_q[n], s_q[n - 1]
        if s not in s_open or not _accounts(prev, before) or _ranged(st, sw, before, s) or \
                _list_gap(sw, before, s) != joined:
            continue
        if s.money != d.money or s.rate != d.rate or s.ago != d.ago:
            continue
        if d.head != s.head and (d.head in _counted(sw) or s.head in _counted(dw)):
            continue
        return s
    return None


def _plain_count(q: _Qty) -> bool:
    """Whether an amount counts things, a noun after it: no sum of money, percentage, pace or time back."""
    return bool(q.head) and not q.money and not q.rate and not q.ago and q.head != "percent"


#: how far (in words, either side) the name that keys an amount of a list stands from it (:func:`_key_name`)
_KEY_REACH = 5


def _key_name(words: Sequence[TaggedWord], q: _Qty) -> str:
    """The key of the name nearest the amount ``q`` (within :data:`_KEY_REACH` words, none past another number), the
    entry of a list the amount is given for ("a 25% tariff on Mexico", "Mexico: A 25% tax"); "" for none."""
    sides = [range(q.i - 1, max(q.i - 1 - _KEY_REACH, -1), -1), range(q.j, min(q.j + _KEY_REACH, len(words)))]
    for step in range(_KEY_REACH):
        for side in sides:
            if step < len(side):
                t = words[side[step]]
                if t.word.kind == "number":
                    sides = [x if x is not side else range(0) for x in sides]  # (past another amount: its entry)
                elif _name_like(t):
                    return t.lemma_key
    return ""


@_per_segment
def _keyed(words: Sequence[TaggedWord], qs: tuple[_Qty, ...]) -> dict[tuple[str, bool, str, str], _Qty]:
    """The amounts of a list keyed by names: (head, money, rate, name key) -> amount, where the sentence gives two
    amounts or more of one thing, each with its own name nearest it (:func:`_key_name`: "a 20% tariff on China ...,
    a 25% tariff on Mexico ..., and a 35% tariff on Canada"); {} for a sentence with no such list."""
    groups: dict[tuple[str, bool, str], list[_Qty]] = {}
    for q in qs:
        if not q.ago:
            groups.setdefault((q.head, q.money, q.rate), []).append(q)
    out = {}
    for (head, money, rate), group in groups.items():
        if len(group) < 2:
            continue
        names = [_key_name(words, q) for q in group]
        if "" not in names and len(set(names)) == len(names):
            out.update({(head, money, rate, n): q for n, q in zip(names, group, strict=True)})
    return out


def _said_again(dw: Sequence[TaggedWord], d: _Qty, d_open: Sequence[_Qty], sw: Sequence[TaggedWord], s: _Qty) -> bool:
    """Whether the source's amount ``s``, which the article's ``d`` accounts for, is the counterpart of another of the
    article's amounts instead, one the source does not account for: an amount of the same thing in a role more like
    the source's, two words around it in common at least ("The five leaders also discussed ... between the two
    leaders" / "The two Leaders also discussed ...": the sentence repeats the figure, changed where it restates)."""
    if not s.head:
        return False
    s_role = _role(sw, s.i, s.j, 3, 6)
    mine = len(_role(dw, d.i, d.j, 3, 6) & s_role)
    return any(o.head == s.head and o.money == s.money and o.rate == s.rate and not o.ago
               and len(_role(dw, o.i, o.j, 3, 6) & s_role) > max(mine, 1) for o in d_open)


def _check_numbers(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                   d_q: list[_Qty], s_q: list[_Qty], all_s_q: list[_Qty], weak: bool = False,
                   known: frozenset[tuple[str, float]] = frozenset(), every: Sequence[_Qty] = ()) -> list[_Hit]:
    """``weak``: the pair shares a topic more than a claim (:data:`WEAK_SUPPORT`); two amounts of one noun count
    the same thing only with a word around them in common, even where each sentence counts that noun once ("61,000
    new cases of COVID" / "six reported U.S. cases of a rare ... blood clot"). ``known``: the (head, value) of every
    amount the whole source gives; an amount of a thing the source gives elsewhere is the source's, said of another
    part of it ("with these 50 million barrels" / "32 million barrels will be an exchange", where the source's
    release is of 50 million barrels). ``every``: every amount of the source; an approximate amount that two of them
    add up to, one of this segment's, is their total ("more than $13 billion" / "$4.5 billion" and "nearly $9
    billion")."""
    hits = []
    d_open = [d for d in d_q if not any(_accounts(d, s) for s in all_s_q)
              and not (d.head and (d.head, d.value) in known) and not _total(dw, d, s_q, every)
              and not _sums_named_parts(dw, d, d_q, sw, s_q)]
    # each of the article's amounts accounts for one of the source's, the one in the most alike role: "three
    # individuals to federal district courts, and six individuals to the District of Columbia Superior Court" leaves
    # the source's second "three individuals" open
    s_open = list(s_q)
    for d in d_q:
        same = [s for s in s_open if _accounts(d, s) or _accounts(s, d)]
        if same:
            role = _role(dw, d.i, d.j, 3, 6)
            # (the same value before one within an approximation: "$650 to $700" / "approximately $650 to $700",
            # whose "approximately $650" allows 700 too)
            s = max(same, key=lambda s: (d.value == s.value, len(role & _role(sw, s.i, s.j, 3, 6))))
            if not _said_again(dw, d, d_open, sw, s):
                s_open.remove(s)
    d_heads, s_heads = Counter(q.head for q in d_q), Counter(q.head for q in s_q)
    alone = {h for h in d_heads if h and d_heads[h] == 1 and s_heads[h] == 1}
    # a noun both sentences count as often, all of its amounts but one on each side accounted for: the one left on
    # each counts the same thing ("the 400 Americans killed ... and seven Americans still held" / "over 40 American
    # citizens, with at least 7 Americans still held")
    alone |= {h for h in d_heads if h and d_heads[h] == s_heads[h] > 1
              and sum(q.head == h for q in d_open) == 1 and sum(q.head == h for q in s_open) == 1}
    if weak:  # on a weak pair, the one count of a noun on each side counts the same thing only where neither names
        # what it is of ("in 43 states" / "across 28 states"; not "61,000 new cases of COVID" / "six reported U.S.
        # cases of a rare blood clot"), and never a period, which times many things ("over 31 years to build chip
        # plants" / "over twenty years")
        alone = {h for h in alone if h not in _PERIOD_KEYS and not any(
            _of_phrase(q_w, q) for q_w, qs in ((dw, d_q), (sw, s_q)) for q in qs if q.head == h)}
    # on a close pair, the one sum of money of each sentence is the same sum, with a word around it in common that is
    # no period ("has committed up to $751 million to meet the unforeseen emergency needs" / "not to exceed $500
    # million from the ... Emergency ... Fund"; not "companies earning more than $2 billion per year" / "households
    # making under $250,000 a year")
    # (not in a line that capitalises every word, a heading or a table's row: "THE CONFEDERATED TRIBES OF GRAND RONDE
    # INDIANS GRAND RONDE OR $498,228.00" is one grantee's line, no sentence's one sum)
    sole_sum = not weak and sum(q.money for q in d_q) == 1 and sum(q.money for q in s_q) == 1 \
        and not _all_capitalised(sw) and not _all_capitalised(dw)
    d_ends, s_ends = _range_ends(dt, dw, d_q), _range_ends(st, sw, s_q)
    if len(d_open) > 1:
        # (the article's amount with the most words around it in common with a source amount of its head first: two
        # open amounts may meet one source amount, which is the one said in the more alike words', "the base rate
        # will rise by 0.75 percent ... and the Lombard rate to 6.50%" / "the Lombard rate to 5.50%")
        d_open.sort(key=lambda d: -max((len(_role(dw, d.i, d.j, 3, 6) & _role(sw, s.i, s.j, 3, 6)) for s in s_open
                                        if s.head == d.head), default=0))
    for d in d_open:
        if _sums_parts(d, [s for s in s_q if s not in s_ends]):  # (a range's two ends are no parts: "40 to 80")
            continue
        role = _role(dw, d.i, d.j, 3, 6) if d.head else _role(dw, d.i, d.j)
        # (of the source's amounts that count the same thing, the one with the most words around it in common)
        wide = _role(dw, d.i, d.j, 3, 6)
        # (on a weak pair, an end of a range meets an end of a range only: "the two-three per cent target range" is
        # no "3.8 per cent"; on a close one, the source may write a range otherwise, "about 40 [percent] to 50 percent")
        ends = s_ends if weak and d in d_ends else s_q
        best = _range_end(dt, dw, d_q, d, st, sw, s_q, s_open) or _listed(dt, dw, d_q, d, st, sw, s_q, s_open) or \
            max((s for s in s_open if s in ends and (
                _same_thing(d, role, s, _role(sw, s.i, s.j, 3, 6) if s.head and d.head else _role(sw, s.i, s.j), alone)
                or _same_words_after(dw, d, sw, s) or _same_nouns_after(dt, dw, d, st, sw, s)
                or _same_phrase_after(dt, dw, d, st, sw, s)
                or (sole_sum and _same_sum(d, s) and bool(
                    (_loose_role(dw, d) & _loose_role(sw, s)) - {d.rate})))),
                key=lambda s: len(wide & _role(sw, s.i, s.j, 3, 6)), default=None)
        if best is None and _plain_count(d):
            # the one count of each sentence, of two nouns for one thing, each noun absent from the other sentence,
            # after the same two words ("new export restrictions against around 151 enterprises" / "new export
            # restrictions on nearly 100 entities"): a writer names what is counted in a word of their own; not "a
            # total of six clinical trials with adult participants" / "a total of 4,373 adult participants"
            counts = [s for s in s_q if _plain_count(s)]
            if len(counts) == 1 and counts[0] in s_open and sum(_plain_count(q) for q in d_q) == 1:
                s = counts[0]
                before = {r for r in _role(dw, d.i, d.j, 3, 6) & _role(sw, s.i, s.j, 3, 6) if r[0] == "<"}
                if len(before) >= 2 and d.head not in _segment_keys(sw) and s.head not in _segment_keys(dw):
                    best = s
        if best is None and len(s_q) >= 2:
            # an entry of the source's list keyed by names, given for the same name ("Canada has a 53% tax on
            # pharmaceuticals" / "... and a 35% tariff on Canada"): the words around them may differ in all else
            best = _keyed(sw, tuple(s_q)).get((d.head, d.money, d.rate, _key_name(dw, d)))
            best = best if best in s_open and not d.ago else None
        if best is None:
            continue
        s_open.remove(best)
        # (a minus sign is the amount's: "−0.75")
        a, b = dw[d.i].word.start - _negative(dt, dw[d.i].word.start), dw[d.j - 1].word.end
        sa, sb = sw[best.i].word.start - _negative(st, sw[best.i].word.start), sw[best.j - 1].word.end
        hits.append(_says("number", dt, a, b, st, sa, sb))
    return hits


#: the most words between "of" and the whole of a share written "N of M" ("31 of the state's 56 counties")
_SHARE_GAP = 2


def _shares(words: Sequence[TaggedWord], qs: Sequence[_Qty]) -> list[tuple[_Qty, _Qty]]:
    """The shares written as a part "of" a whole, both amounts ("31 of the state's 56 counties", "26 of Montana's 56
    counties"): (part, whole), the part less than the whole, with at most :data:`_SHARE_GAP` words (a determiner, a
    possessive) between "of" and the whole."""
    out = []
    for n, part in enumerate(qs[:-1]):
        whole = qs[n + 1]
        if part.j < len(words) and words[part.j].word.norm == "of" and whole.i - part.j - 1 <= _SHARE_GAP \
                and not part.money and not whole.money and not part.rate and part.value < whole.value:
            out.append((part, whole))
    return out


def _one_spelling(a: str, b: str) -> bool:
    """Whether two folded words are one, spelt two ways: the same, one letter off (:func:`_misspelling`), or two
    letters swapped anywhere after the first ("counties" / "counites")."""
    return a == b or _misspelling(a, b) or (
        len(a) == len(b) >= _SPELLING_LEAST and a[0] == b[0] and sorted(a) == sorted(b)
        and sum(x != y for x, y in zip(a, b, strict=True)) == 2)


def _check_shares(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                  s_q: Sequence[_Qty], all_s_q: Sequence[_Qty]) -> list[_Hit]:
    """A share of the same whole with another part: "31 of the state's 56 counties" / "26 of Montana's 56 counites"
    (:func:`_shares`): the same whole, of the same thing (the same head, one spelling off it, or none on a side),
    makes the parts counts of one thing, whatever words are around them; the article's part, which no amount of the
    source accounts for, is a `number` conflict."""
    hits = []
    mine = _shares(dw, d_q)
    theirs = _shares(sw, s_q) if mine else []
    for part, whole in mine:
        if any(_accounts(part, s) for s in all_s_q):
            continue
        for s_part, s_whole in theirs:
            if not _equal(whole, s_whole) or _accounts(part, s_part) or (
                    whole.head and s_whole.head and not _one_spelling(whole.head, s_whole.head)):
                continue
            a, b = dw[part.i].word.start, dw[part.j - 1].word.end
            sa, sb = sw[s_part.i].word.start, sw[s_part.j - 1].word.end
            hits.append(_Hit("number", a, b, sa, sb, f"the article says {dt[a:b]!r} where the source says "
                                                     f"{st[sa:sb]!r}, a share of the same whole"))
            break
    return hits


#: the most words between a count and the list of names it counts ("13 additional counties — Blaine, ...", "eight
#: contiguous counties also eligible for assistance from the Farm Service Agency (FSA), including Blaine, ...")
_LIST_REACH = 14


def _counted_list(words: Sequence[TaggedWord], lists: Sequence[list[tuple[int, int]]],
                  q: _Qty) -> list[tuple[int, int]] | None:
    """The list of names (:func:`_name_list`) that opens within :data:`_LIST_REACH` words after the count ``q``; None
    for none."""
    return next((items for items in lists if q.j <= items[0][0] <= q.j + _LIST_REACH), None)


def _check_listed_counts(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                         s_q: Sequence[_Qty], all_s_q: Sequence[_Qty]) -> list[_Hit]:
    """A count of a list of names changed with the list: where the article's count of a thing is followed by a list
    of names that holds every item of the list the source's count of the same thing is followed by ("in 13
    additional counties — Blaine, Chouteau, ..., Sweet Grass, Lincoln, Mineral and Ravalli counties" / "eight
    contiguous counties ..., including Blaine, Chouteau, ... and Sweet Grass counties"), the two count the members
    of one list, increment or not, and another value is a `number` conflict (the names the article adds are
    :func:`_list_additions`)."""
    d_lists = _name_list(dt, dw)
    if not d_lists:
        return []
    s_lists = _name_list(st, sw)
    hits = []
    for d in d_q:
        mine = _counted_list(dw, d_lists, d) if d.head and not d.money and not d.rate else None
        if mine is None or any(_accounts(d, s) for s in all_s_q):
            continue
        keys = _list_keys(dw, mine)
        for s in s_q:
            theirs = _counted_list(sw, s_lists, s) if s.head and not s.money and not s.rate else None
            # (the noun right after the count, an increment or an adjective between: "13 additional counties —
            # Blaine", whose noun phrase runs on over the dash)
            if theirs is None or len(theirs) < _LIST_KNOWN or not (_one_spelling(d.head, s.head) or s.head in {
                    k for t in dw[d.j:d.j + 3] for k in _keys(t)}) \
                    or not _list_keys(sw, theirs) <= keys:
                continue
            a, b = dw[d.i].word.start, dw[d.j - 1].word.end
            sa, sb = sw[s.i].word.start, sw[s.j - 1].word.end
            hits.append(_Hit("number", a, b, sa, sb, f"the article says {dt[a:b]!r} where the source says "
                                                     f"{st[sa:sb]!r} of the same list"))
            break
    return hits


#: the least value of a figure that ties an article's sentence to a table's row it restates: smaller ones are in many
#: a row
_ROW_ANCHOR = 1000
#: how far apart a figure of the article and the row's cell it changes may be, as a ratio: further, the article's is
#: another figure ("813,000 — or one in nine —", "600,000 of Michiganders" of a row of 1,316,000)
_ROW_RATIO = 2.0


def _check_row_figures(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                       s_q: Sequence[_Qty], all_s_q: Sequence[_Qty]) -> list[_Hit]:
    """A figure of a table's row changed where the article's sentence gives another of the row's figures exactly:
    "1,190,500 borrowers in North Carolina are eligible ... and 785,000 of them" / "NC 1,190,500 785,500". A row's
    cells have no words around them to say what they count (:func:`_check_numbers` needs some on a weak pair); the
    figure both give (of :data:`_ROW_ANCHOR` or more) says the sentence restates the row, and the one figure of each
    that no figure of the other accounts for (the article's, none of its counterparts' either), both sums of money
    or neither, neither a rank, a percentage nor a time ago, within a factor of :data:`_ROW_RATIO` of each other, is
    the same cell."""
    def plain(q: _Qty) -> bool:
        return not q.ago and not q.head.startswith(_ORDINAL) and q.head != "percent"
    if not any(_equal(d, s) and d.value >= _ROW_ANCHOR and plain(d) and plain(s) for d in d_q for s in s_q):
        return []
    d_open = [d for d in d_q if plain(d) and not any(_accounts(d, s) or _accounts(s, d) for s in all_s_q)]
    s_open = [s for s in s_q if plain(s) and not any(_accounts(d, s) or _accounts(s, d) for d in d_q)]
    if not d_open or not s_open:
        return []
    hits: list[_Hit] = []
    for money in (False, True):
        mine = [d for d in d_open if d.money == money]
        theirs = [s for s in s_open if s.money == money]
        if len(mine) == len(theirs) == 1 and 0 < min(mine[0].value, theirs[0].value) * _ROW_RATIO >= max(
                mine[0].value, theirs[0].value):
            d, s = mine[0], theirs[0]
            hits.append(_says("number", dt, dw[d.i].word.start, dw[d.j - 1].word.end, st, sw[s.i].word.start,
                              sw[s.j - 1].word.end, "another figure of the table's row the sentence restates"))
    return hits


#: the same words on both sides of a figure or a name the article changed in a passage it copies
#: (:func:`_check_copied`): at least one word each side, this many in all (of which two content words)
_COPIED_CONTEXT = 4
#: how many of the same words each side are counted (:data:`_COPIED_CONTEXT`)
_COPIED_REACH = 4


def _copy_key(t: TaggedWord) -> str:
    """What a word is in the word-for-word comparison of :func:`_check_copied`: a number by its value, any other word
    by its folded stem ("destabilising" / "destabilizing"; not the lemma's, which the tagger gives a name's word whole:
    "U.S.-India")."""
    return "#" + t.word.norm if t.word.kind == "number" else t.word.key


def _check_copied(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_dates: Sequence[_Date],
                  s_dates: Sequence[_Date], d_q: Sequence[_Qty], s_q: Sequence[_Qty], names: _SourceNames,
                  speakers: Sequence[tuple[int, int]], own: frozenset[str] = frozenset(),
                  all_sw: Sequence[TaggedWord] = (), all_s_q: Sequence[_Qty] = ()) -> list[_Hit]:
    """A figure or a name the article changed in words it copies from the source's sentence: where the two sentences
    are the same words around one word, and that word is a number on both sides (of another value, which the
    source's sentence gives nowhere: "The five leaders also discussed the ..." / "The two Leaders also discussed the
    ...", "(8 U.S.C. 1841(a)(4))" / "(8 U.S.C. 1227(a)(4))", "Over 46 counties, representing well over half" / "Over
    30 countries representing well over half"), or a name on both sides (one the source never uses, that is no
    speaker, nor one the article keeps using, ``own``, :func:`_own_names`: "symptoms of ILO reported by" / "symptoms
    of VVA reported by"). The same words, at least one each side
    and :data:`_COPIED_CONTEXT` in all, are the evidence: no role or head need be read. Dates are the date check's.
    ``all_sw``, ``all_s_q``: the words and amounts of every counterpart of the sentence: a figure one of them gives is
    that one's (a line of a list the sentence is also linked to, "budget line 4" / "budget line 5")."""
    s_values = {t.word.norm for t in (*sw, *all_sw) if t.word.kind == "number"}
    new_numbers = any(t.word.kind == "number" and t.word.norm not in s_values for t in dw)
    new_names = any(_name_like(t) and not _established(t, names) for t in dw)
    if not new_numbers and not new_names:
        return []
    dated = {k for d in d_dates for k in range(d.i, d.j)}
    s_dated = {k for s in s_dates for k in range(s.i, s.j)}
    # (not a name before a participle of speech and "by", which credits what follows it: "symptoms of VVA reported by
    # postmenopausal women")
    said = {k for a, b in speakers if not (b + 1 < len(dw) and dw[b + 1].word.norm == "by") for k in range(a, b)}
    ops = _copy_ops(dw, sw)
    hits = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or i2 - i1 != j2 - j1 or i2 - i1 > 2 or n == 0 or n + 1 == len(ops):
            continue
        before, after = ops[n - 1], ops[n + 1]
        if before[0] != "equal" or after[0] != "equal":
            continue
        left = dw[max(i1 - _COPIED_REACH, before[1]):i1]
        right = dw[i2:min(i2 + _COPIED_REACH, after[2])]
        if len(left) + len(right) < _COPIED_CONTEXT or sum(t.word.content for t in (*left, *right)) < 2:
            continue
        d, s = dw[i1], sw[j1]
        if d.word.kind == "number" and s.word.kind == "number":
            if i1 in dated or j1 in s_dated or d.word.norm in s_values or \
                    number_value(d.word.norm) == number_value(s.word.norm):
                continue
            # (an amount by its value, in whatever unit it is written: "1.5bn" / "1.5 billion"; a label's number,
            # "U.S.C. 1227", by its digits)
            d_amt = next((q for q in d_q if q.i <= i1 < q.j), None)
            s_amt = next((q for q in s_q if q.i <= j1 < q.j), None)
            if (d_amt is None) != (s_amt is None) or (d_amt is not None and s_amt is not None and (any(
                    _accounts(d_amt, x) for x in (*s_q, *all_s_q)) or _sums_named_parts(dw, d_amt, d_q, sw, s_q))):
                continue  # (nor the total of the parts the sentence names: "55 children were killed and injured")
            kind = "number"
            if d_amt is not None and s_amt is not None:  # (the whole amount: "4.5M", "$301 million")
                d, s = dw[d_amt.i], sw[s_amt.i]
                a, b = d.word.start, dw[d_amt.j - 1].word.end
                sa, sb = s.word.start, sw[s_amt.j - 1].word.end
                hits.append(_Hit(kind, a, b, sa, sb, f"the article says {dt[a:b]!r} where the source has "
                                                     f"{st[sa:sb]!r} in the same words"))
                continue
        elif _name_like(d) and _name_like(s) and i2 - i1 == 1:
            if _established(d, names) or i1 in said or d.word.key in own or _abbreviates(d.word.text, s.word.text) or \
                    _abbreviates(s.word.text, d.word.text) or _variant(d.word.text, s.word.text):
                continue  # ("Annapolis, Maryland" / "Annapolis, MD"; "Anthony" / "Antony")
            kind = "name"
        else:
            continue
        a, b = d.word.start, d.word.end
        sa, sb = s.word.start, s.word.end
        what = "says" if kind == "number" else "names"
        hits.append(_Hit(kind, a, b, sa, sb, f"the article {what} {dt[a:b]!r} where the source has {st[sa:sb]!r} in "
                                             f"the same words"))
    return hits


#: the words the article copies from the source's sentence on one side of a name it changed, the other side its own
#: (:func:`_check_copied_beside`): this many at least, of which :data:`_BESIDE_CONTENT` content words
_BESIDE_WORDS = 5
_BESIDE_CONTENT = 3


@_per_pair
def _copy_ops(dw: Sequence[TaggedWord], sw: Sequence[TaggedWord]) -> Sequence[tuple[str, int, int, int, int]]:
    """The word-for-word comparison of two segments (:func:`_copy_key`), as :class:`difflib.SequenceMatcher`'s
    opcodes: asked of a pair by :func:`_check_copied`, :func:`_check_copied_beside` and
    :func:`_check_copied_modality`, worked out once."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, [_copy_key(t) for t in dw], [_copy_key(t) for t in sw], autojunk=False).get_opcodes()


def _run_letters(words: Sequence[TaggedWord], like: Sequence[bool], k: int) -> str:
    """The letters of the run of name words ``words[k]`` is in, folded, without the spaces between them
    ("gracekennedy" for "Grace Kennedy Payment Services"' first two words and more)."""
    i, j = k, k + 1
    while i > 0 and like[i - 1]:
        i -= 1
    while j < len(words) and like[j]:
        j += 1
    return "".join(t.word.norm for t in words[i:j])


def _check_copied_beside(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], names: _SourceNames,
                         speakers: Sequence[tuple[int, int]], own: frozenset[str] = frozenset(),
                         lower: frozenset[str] = frozenset()) -> list[_Hit]:
    """A name the article changed right before or right after words it copies from the source's sentence, where the
    source has a name of its own: the article's words on the other side are its own ("Biden continues to say that
    Okafor was also a man of deep faith" / "At the same time, Senator Hatch was also a man of deep faith"), so
    :func:`_check_copied`, which needs the same words on both sides, cannot read it, and the pair may be weak (the
    name is one of the few words they share that carry weight). The copied words, :data:`_BESIDE_WORDS` at least with
    :data:`_BESIDE_CONTENT` content words, are the evidence, on a weak pair too. The article's name is one the source
    never uses, no speaker and none the article keeps using (``own``); the source's is gone from the article's
    sentence, and neither abbreviates, spells or is the people of the other. In a title-case heading, a word either
    document writes in lower case somewhere (``lower``) is no name ("Background Press Call on Actions Against ..." /
    "Statement from NSC Spokesperson Adrienne Watson on Actions Against ...")."""
    like = _name_flags(dw)
    said = {k for a, b in speakers for k in range(a, b)}
    title = lower if _title_case(dw) else frozenset()
    new = {k for k, t in enumerate(dw) if like[k] and k not in said and t.word.key not in own
           and not _established(t, names) and t.word.key not in title}
    if not new:
        return []
    # (the two words next to the name copied in the source's order, or the word-for-word comparison is not needed)
    pairs = set(itertools.pairwise(_copy_key(t) for t in sw))
    keys = [_copy_key(t) for t in dw]
    if not any((k + 2 < len(keys) and (keys[k + 1], keys[k + 2]) in pairs) or (k >= 2 and (keys[k - 2], keys[k - 1])
                                                                                 in pairs) for k in new):
        return []
    s_like = _name_flags(sw)
    d_keys = _segment_keys(dw)
    hits = []
    for tag, i1, i2, j1, j2 in _copy_ops(dw, sw):
        if tag != "equal" or i2 - i1 < _BESIDE_WORDS or sum(t.word.content for t in dw[i1:i2]) < _BESIDE_CONTENT:
            continue
        for k, o in ((i1 - 1, j1 - 1), (i2, j2)):
            if k not in new or not 0 <= o < len(sw) or not s_like[o] or set(_keys(sw[o])) & d_keys:
                continue
            # (next to the copied words, a space between: "Forces Group (Airborne)" / "Forces Group, U.S. Army" is
            # a part of the name the article adds, no other name; nor a word that goes on a name they end or open)
            edge, s_edge = (i1, j1) if k < i1 else (i2 - 1, j2 - 1)
            gap = dt[dw[k].word.end:dw[edge].word.start] if k < i1 else dt[dw[edge].word.end:dw[k].word.start]
            s_gap = st[sw[o].word.end:sw[s_edge].word.start] if k < i1 else st[sw[s_edge].word.end:sw[o].word.start]
            if gap.strip() or s_gap.strip() or like[edge]:
                continue
            d, s = dw[k].word.text, sw[o].word.text
            if _abbreviates(d, s) or _abbreviates(s, d) or _variant(d, s) or _demonym(d, s) or _demonym(s, d):
                continue
            d_run, s_run = _run_letters(dw, like, k), _run_letters(sw, s_like, o)
            if d_run in s_run or s_run in d_run:
                continue  # one name written in one word or two: "GraceKennedy" / "Grace Kennedy"
            a, b, sa, sb = dw[k].word.start, dw[k].word.end, sw[o].word.start, sw[o].word.end
            hits.append(_Hit("name", a, b, sa, sb, f"the article names {dt[a:b]!r} where the source has {st[sa:sb]!r} "
                                                   f"before the same words" if k < i1 else
                                                   f"the article names {dt[a:b]!r} where the source has "
                                                   f"{st[sa:sb]!r} after the same words"))
    return hits


@_per_segment
def _labelled_numbers(text: str, words: Sequence[TaggedWord]) -> list[tuple[int, str, str]]:
    """The numbers written in digits right after a word, whatever its case (the source's "section 122" is the
    article's "Section 122"): (index, the word's lemma key, the number)."""
    return [(i, words[i - 1].lemma_key, t.word.norm) for i, t in enumerate(words)
            if i > 0 and t.word.kind == "number" and t.word.text[:1].isdigit()
            and words[i - 1].word.kind in ("word", "acronym") and words[i - 1].word.content
            and re.fullmatch(r"\s", text[words[i - 1].word.end:t.word.start]) is not None]


def _check_labels(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                  given: frozenset[tuple[str, str]], weak: bool) -> list[_Hit]:
    """A label's number (:func:`_label_number`: "Section 184", "Title 42"; in lower case where the source's is a
    label, "level 7" / "Level 4") where the source's sentence gives the same label another one that the article's
    sentence does not give, and the source never gives it that number ("Section 184 of the 1974 Trade Act" /
    "section 122 of the Trade Act of 1974"). ``given``: every (label key, number) of the source. On a ``weak``
    pair, the labels also have a content word after them in common (within four words: "Trade")."""
    hits = []
    mine = _labelled_numbers(dt, dw)
    for i, key, norm in mine:
        if (key, norm) in given or _is_month(dw[i - 1]):
            continue
        # (the source's numbers of that label the article's sentence does not give: "from level 7 ... to level 3" /
        # "from Level 4 ... to Level 3" leaves 4)
        said = {n for _, k, n in mine if k == key}
        theirs = [k for k, skey, snorm in _labelled_numbers(st, sw) if skey == key and snorm not in said]
        # (the article's label may be written in lower case where the source's is a label: "level 7" / "Level 4")
        if not (_label_number(dt, dw, i) or any(_label_number(st, sw, k) for k in theirs)):
            continue
        if len({sw[k].word.norm for k in theirs}) != 1 or (weak and not (
                {r for r in _role(dw, i, i + 1, 2, 4) if r[0] == ">"}
                & {r for r in _role(sw, theirs[0], theirs[0] + 1, 2, 4) if r[0] == ">"})):
            continue
        a, b = dw[i].word.start, dw[i].word.end
        sa, sb = sw[theirs[0]].word.start, sw[theirs[0]].word.end
        hits.append(_Hit("number", a, b, sa, sb, f"the article says {dt[dw[i - 1].word.start:b]!r} where the "
                                                 f"source says {st[sw[theirs[0] - 1].word.start:sb]!r}"))
    return hits


_OTHER_INSTANCES = _C.other_instances
_OTHER_AFTER = _C.other_instances_after
_ORIGINS = _C.origins
_CHANGE_KEYS = frozenset(stem(fold_word(w)) for w in _C.changes) | frozenset(k for g in _DIRECTIONS for k in g)
_INSTANCE_REACH = 15  # words before a date or a figure a word of another instance is looked for
_INSTANCE_AFTER = 4  # and after it ("3.4% a year earlier")


def _changed_before(text: str, words: Sequence[TaggedWord], k: int) -> bool:
    """Whether a word of change comes before the origin ``words[k]`` ("from") in its clause: "rose to 2.2% from
    1.3%", or the clause a "from" phrase set off by a comma follows ("rose to 2.2% in the June quarter, from 1.3%");
    not a change of an earlier clause ("Ticket sales rose in May, and the season runs from 6 June")."""
    for u in range(k - 1, -1, -1):
        if u < k - 1 and _value_clause_break(text, words, u):
            return False
        if words[u].lemma_key in _CHANGE_KEYS or words[u].word.key in _CHANGE_KEYS:
            return True
    return False


_OTHER_INSTANCE_ADVERBS = _C.other_instance_adverbs


def _last_instance(words: Sequence[TaggedWord], k: int) -> bool:
    """Whether ``words[k]`` is an adverb of ``CONFLICTS.other_instance_adverbs`` right before a verb or an auxiliary:
    "the bank last raised its rate by 0.45 points" (the previous rise; not "last week", an adjective)."""
    return words[k].word.norm in _OTHER_INSTANCE_ADVERBS and words[k].pos == "ADV" and k + 1 < len(words) \
        and words[k + 1].pos in ("VERB", "AUX")


def _another_instance(text: str, words: Sequence[TaggedWord], i: int, j: int, date: bool = False) -> bool:
    """Whether the date or figure ``words[i:j]`` is the value of another instance of the thing than the sentence's
    own, by a word of ``CONFLICTS.other_instances`` before it in its clause ("a backup launch opportunity is
    available on Saturday", "originally scheduled for Nov. 14", "the previous quarter's 1.3%"), one of
    ``other_instances_after`` right after it ("3.4% a year earlier"), or an origin after a word of change in its
    clause (:func:`_changed_before`: "up from 1.3%", "rose to 2.2% from 1.3%"); a ``date`` right after such a figure
    is that figure's ("up from 4.6 percent in the June quarter"). Another value between ends the look ("from 1.3% to
    2.2%": 2.2 is the sentence's)."""
    for k in range(i - 1, max(i - 1 - _INSTANCE_REACH, -1), -1):
        if _value_clause_break(text, words, k):
            break
        t = words[k]
        if (t.word.norm in _OTHER_INSTANCES and not _past_office(words, k)) or _last_instance(words, k):
            return True
        if t.word.norm in _ORIGINS:
            return _changed_before(text, words, k)
        if t.word.kind == "number" or _is_month(t):
            return date and t.word.kind == "number" and _another_instance(text, words, k, k + 1)
    for k in range(j, min(j + _INSTANCE_AFTER, len(words))):
        if _CLAUSE_BREAK_RE.search(text[words[k - 1].word.end:words[k].word.start]):
            break
        if words[k].word.norm in _OTHER_AFTER:
            return True
    return False


#: the words that mark a person's past office when a name follows them ("former ... Judge Ed Emmett":
#: ``CONFLICTS.past_office_words``)
_PAST_OFFICE = _C.past_office_words
#: how many words after such a word the noun phrase of the office and the name is read
_OFFICE_PHRASE = 7


def _past_office(words: Sequence[TaggedWord], k: int) -> bool:
    """Whether the word of another instance at ``k`` is a person's past office: "former" before a noun phrase that
    holds a name ("former Harris County Judge Ed Emmett", "former ... broker Tang Shiyi"), which says who someone
    was, not that a figure after it is another instance's ("has banned former broker Tang Shiyi for 16 months")."""
    if words[k].word.norm not in _PAST_OFFICE:
        return False
    for m in range(k + 1, min(k + 1 + _OFFICE_PHRASE, len(words))):
        u = words[m]
        if u.pos == "PROPN" and u.word.text[:1].isupper():
            return True
        if u.pos not in ("NOUN", "ADJ"):
            return False
    return False


@_per_segment
def _other_values(text: str, words: Sequence[TaggedWord]) -> frozenset[int]:
    """The first words of the dates and figures of ``words`` (:func:`_facts`) that are another instance's
    (:func:`_another_instance`): a value the source's sentence gives of the thing itself is no counterpart of theirs,
    unless it gives another instance's too. (Asked of a sentence by each check that reads its values: memoised.)"""
    dates, qs = _facts(text, words)
    return frozenset({d.i for d in dates if _another_instance(text, words, d.i, d.j, date=True)}
                     | {q.i for q in qs if _another_instance(text, words, q.i, q.j)})


#: the most words of a line that is a date alone (:func:`_date_line`): "Wednesday, September 3, 2014"
_DATE_LINE_WORDS = 6


_DATE_LINE_LABELS = _C.date_line_labels
_CLOCK_WORDS = _LANG.clock_marks


def _clock(text: str, words: Sequence[TaggedWord], k: int) -> bool:
    """Whether ``words[k]`` is a part of a time of day: its hour or its minutes (the details' rule,
    :func:`alignment.engine.details.time_of_day`: "14:41", "2 p.m."), "am" or "pm" (lang ``clock_marks``), or an
    acronym after one of those, a time zone ("2:30 p.m. EDT")."""
    t = words[k]
    if t.word.kind == "number":
        return time_of_day(text, words, k)
    if t.word.norm in _CLOCK_WORDS:
        return True
    return t.word.kind == "acronym" and k > 0 and _clock(text, words, k - 1)


def _date_line(text: str, words: Sequence[TaggedWord]) -> bool:
    """Whether a segment is a date and nothing else ("Wednesday, September 3, 2014", "10 April 2014"), or a page's
    line of publication: a date with words that label it and a time of day (``CONFLICTS.date_line_labels``,
    ``clock_marks``: "Published: May 27, 2022; 14:41", "Updated May 28, 2022 2:30 p.m. EDT"): an article's
    dateline, the day it was written or published, which dates no claim of the source (a notice "in the Government
    Gazette of 12 September 2014" is another event)."""
    if not words or len(words) > 2 * _DATE_LINE_WORDS or \
            not any(_is_month(t) or t.word.norm in _WEEKDAYS for t in words):
        return False
    dated = sum(d.j - d.i for d in _dates(text, words))
    if dated == len(words):
        return len(words) <= _DATE_LINE_WORDS
    inside = {k for d in _dates(text, words) for k in range(d.i, d.j)}
    if not dated or (words[0].word.norm not in _DATE_LINE_LABELS and 0 not in inside):
        return False  # (a label opens the line, or the date itself: "Sunday, October 29, 2017 at 1:00 pm |")
    return all(k in inside or words[k].word.norm in _DATE_LINE_LABELS or _clock(text, words, k)
               for k in range(len(words)))


@_per_segment
def _facts(text: str, words: Sequence[TaggedWord]) -> tuple[list[_Date], list[_Qty]]:
    """A segment's dates and its amounts (the words of a date are no amount)."""
    at = _fact_words(words)
    if not at:
        return [], []  # (most segments: no number, no day or month, no fraction of a point)
    dates = _dates(text, words, at)
    return dates, _quantities(text, words, {k for d in dates for k in range(d.i, d.j)}, at)


# ---------------------------------------------------------------------------------------------- names
def _name_like(t: TaggedWord) -> bool:
    w = t.word
    # (t.is_name and _is_month read on the fields: this is asked of every word of both texts, some several times)
    return (t.pos == "PROPN" or w.kind == "acronym") and w.kind != "number" and w.content \
        and not (w.norm in _MONTHS and _is_month(t)) and w.norm not in _WEEKDAYS \
        and w.norm not in _TITLES \
        and not w.text.islower()  # "Dr" names no one: the name is the word after it; "(inaudible)" is none


@_per_segment
def _name_flags(words: Sequence[TaggedWord]) -> tuple[bool, ...]:
    """:func:`_name_like` of each of ``words``, in order: asked of every word of both texts by several passes (the
    source's names, the speakers, the spellings, each checked pair's new names), worked out once per segment."""
    return tuple(map(_name_like, words))


_RUN_BREAK_RE = re.compile(r"[^\s\-–.’']")
_NOT_SPACE_RE = re.compile(r"\S")
#: a hyphen after a word with nothing joined to it: the word was cut off, a speaker's false start
_CUT_OFF_RE = re.compile(r"[-‐](?=\s|[—–-]|$)")


def _joined(text: str, words: Sequence[TaggedWord], k: int, breaks: re.Pattern[str] = _NOT_SPACE_RE) -> bool:
    """Whether a word follows ``words[k]`` with no mark of ``breaks`` between them: by default nothing but space;
    with :data:`_RUN_BREAK_RE`, a hyphen, a dash, a stop or an apostrophe may stand there too, as within a name."""
    return k + 1 < len(words) and not breaks.search(text[words[k].word.end:words[k + 1].word.start])


def _cut_off(text: str, t: TaggedWord) -> bool:
    """Whether a word is cut off, a false start a transcript keeps ("the President Bi- — today, the President"): no
    name of its own."""
    return bool(_CUT_OFF_RE.match(text, t.word.end))


def _runs(idx: Iterable[int], text: str = "", words: Sequence[TaggedWord] = ()) -> list[tuple[int, int]]:
    """The runs of consecutive indices; given the ``text`` and its ``words``, a run also breaks where punctuation
    stands between two words ("Intelligence Committee (inaudible)": two runs)."""
    runs: list[list[int]] = []
    for i in sorted(idx):
        if runs and runs[-1][1] == i and (not words or _joined(text, words, i - 1, _RUN_BREAK_RE)):
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(a, b) for a, b in runs]


def _name_word(words: Sequence[TaggedWord], k: int, common: frozenset[str] = frozenset()) -> bool:
    """Whether ``words[k]`` is a word of a name: a name, or a capitalised content word inside the sentence
    ("Training", "Center" in "Russian Military Training Center"), not a title, nor one of ``common``."""
    t = words[k]
    return t.word.key not in common and (_name_like(t) or (
        k > 0 and t.word.text[:1].isupper() and t.word.content and t.word.kind == "word"
        and t.word.norm not in _TITLES))


def _whole_name(text: str, words: Sequence[TaggedWord], i: int, j: int,
                common: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The whole name ``words[i:j]`` is part of: the words of a name on each side, and "of", "for", "and" between
    two of them ("Center for American Progress", "the Russian Ministry of Internal Affairs"), up to punctuation or a
    title ("Defence Secretary David Lammy": "Defence"). ``common``: the keys of words that are no words of a name
    here (in a heading that capitalises every word, :func:`_all_capitalised`, the words the documents write in lower
    case elsewhere: "Approves Florida Disaster Declaration" names Florida)."""
    def joined(k: int) -> bool:
        return _joined(text, words, k, _RUN_BREAK_RE)
    while i > 0 and joined(i - 1):
        if _name_word(words, i - 1, common):
            i -= 1
        elif i > 1 and words[i - 1].word.norm in _CONNECTORS and _name_word(words, i - 2, common) \
                and joined(i - 2):
            i -= 2
        elif i > 2 and (words[i - 2].word.norm, words[i - 1].word.norm) in _CONNECTOR_PAIRS \
                and _name_word(words, i - 3, common) and joined(i - 3):
            i -= 3  # "the Department of the Treasury"
        else:
            break
    while j < len(words) and joined(j - 1):
        if _name_word(words, j, common):
            j += 1
        elif j + 1 < len(words) and words[j].word.norm in _CONNECTORS and _name_word(words, j + 1, common) \
                and joined(j):
            j += 2
        elif j + 2 < len(words) and (words[j].word.norm, words[j + 1].word.norm) in _CONNECTOR_PAIRS \
                and _name_word(words, j + 2, common) and joined(j + 1):
            j += 3
        else:
            break
    return i, j


#: the words that join the words of one name ("Department of Homeland Security", "Center for American Progress")
_CONNECTORS = _C.name_connectors
#: the word pairs that do so as one of them does ("of the": "the Department of the Treasury")
_CONNECTOR_PAIRS = frozenset(tuple(p.split()) for p in _C.name_connector_pairs)


def _name_keys(words: Sequence[TaggedWord]) -> list[str]:
    """The lemma keys of a name's words, connectors left out."""
    return [t.lemma_key for t in words if t.word.norm not in _CONNECTORS]


#: the endings that make a people's or a thing's word of a place's name ("Omani", "Kenyan", "Canadian", "Chinese")
_DEMONYM_ENDINGS = _C.demonym_endings


def _demonym(word: str, name: str) -> bool:
    """Whether ``word`` is the word of the people or things of the place ``name`` (its name, the last letter dropped
    at most, and an ending of :data:`_DEMONYM_ENDINGS`): "the Omani Sultan" is Oman's, no other name in its place."""
    word, name = word.lower(), name.lower()
    # (the people in the plural, "Kansans", "Omanis": the same word with an "s")
    return len(name) >= 4 and any(word.startswith(name[:k]) and (word[k:] in _DEMONYM_ENDINGS or (
        word.endswith("s") and word[k:-1] in _DEMONYM_ENDINGS)) for k in (len(name), len(name) - 1))


def _variant(a: str, b: str) -> bool:
    """Whether two names of five letters or more differ by one letter added or left out: a spelling of one name
    ("Antony" / "Anthony"), not another."""
    a, b = a.lower(), b.lower()
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 5 or len(b) != len(a) + 1 or a[0] != b[0]:
        return False
    return any(b[:k] + b[k + 1:] == a for k in range(len(b)))


def _frame(words: Sequence[TaggedWord], i: int, step: int, most: int = 3) -> tuple[str, ...]:
    """The folded words from ``words[i]`` on, in the direction ``step``, up to the first content word (at most
    ``most`` words): a name's place in its sentence ("Secretary of the" before "Treasury"); () when no content word
    comes within reach ("of the" alone places nothing: "the East Room of the" / "the Executive Office of the")."""
    out: list[str] = []
    k = i
    while 0 <= k < len(words) and len(out) < most:
        if words[k].word.kind == "number":
            return ()  # a number places nothing: "the August 2023 ANPRM" / "August 9, 2023, “Addressing ..."
        if words[k].word.norm not in _DETERMINERS and not (
                words[k].word.norm == "of" and k > 0 and words[k - 1].pos == "ADP") and not (
                words[k].pos in ("ADV", "DET") and not words[k].word.content):
            # ("notify the Department" / "notify Unilever"; "outside of Yemen" / "outside Yemen"; "Governor Abbott
            # also activated" / "Martinez activated")
            out.append(words[k].word.norm)
        if words[k].word.content:
            return tuple(out)
        k += step
    return ()


#: the articles (``Language.articles``): "the", "a", "an"
_DETERMINERS = _LANG.articles


@dataclass(frozen=True)
class _SourceNames:
    """What the whole source establishes: every key of its words, the folded names and their initials."""

    keys: frozenset[str]
    norms: frozenset[str]
    initials: frozenset[str]
    #: the names the source uses most (its issuer, what it is about): an article may credit them with anything
    #: the source says
    issuers: frozenset[str]
    #: the keys of the words the source tags as names somewhere: a name at the start of a sentence may be tagged
    #: otherwise ("Fevipiprant (QAW039) significantly decreased ...": ADJ)
    proper: frozenset[str] = frozenset()
    #: the initials of each run of capitalised words ("Russian Military Training Center": rmtc), for the acronyms
    #: that leave a word out ("RTC")
    runs: tuple[str, ...] = ()
    #: the letters of each such run, word by word ("hong kong interbank offered rates"), for the acronyms that take
    #: letters from inside a word ("HIBOR": :func:`_letters_acronym`)
    spelled: tuple[tuple[str, ...], ...] = ()
    #: the keys of the words the source writes in lower case somewhere: a title-case heading's "Officials" or
    #: "Press" is no name
    lower: frozenset[str] = frozenset()
    #: the keys of the names the source puts right after a word of office: people ("President Biden")
    persons: frozenset[str] = frozenset()
    #: whether the issuer is a government's executive: the source's heading names one ("FACT SHEET: Biden-Harris
    #: Administration Announces ..."), whose other names are the issuer's too (:func:`_issuer_run`)
    executive: bool = False
    #: the offices a first-person document's heading names it by, without a name ("Statement by the President":
    #: president): the person an article first introduces by one is its signer (:func:`issuer_side`)
    offices: frozenset[str] = frozenset()
    #: the initials of the issuer's names of two words or more ("Central Bank of Malta": cbm): an acronym the source
    #: never writes, made of them, is the issuer's (:func:`_issuer`)
    issuer_initials: frozenset[str] = frozenset()
    #: the keys of the body a statement's heading says it is by ("Statement by the Ministry of Foreign Affairs"): a
    #: name made of them alone is the issuer ("the Foreign Ministry"; :func:`_heading_body`)
    body: frozenset[str] = frozenset()


#: the words a run of capitalised words goes on over ("Food and Drug Administration")
_RUN_CONNECTORS = _C.run_connectors


def source_names(src: Analyzed) -> _SourceNames:
    keys: set[str] = set()
    norms: set[str] = set()
    initials: set[str] = set()
    runs: set[str] = set()
    spelled: set[tuple[str, ...]] = set()
    named: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()  # each run's initials and keys
    counts: Counter[str] = Counter()
    for seg in src.words:
        # (each name once a segment, in word order: a tie for the third place goes to the name met first, whatever
        # the hash seed)
        counts.update(list(dict.fromkeys(t.word.key for t, like in zip(seg, _name_flags(seg), strict=True) if like)))
        run: list[str] = []
        letters: list[str] = []
        run_keys: list[str] = []
        end = 0
        for t in [*seg, None]:
            if t is not None:
                w = t.word
                keys.add(w.key)
                keys.add(t.lemma_key)
                norms.add(w.norm)
                after, end = end, w.end
                if w.kind == "word" and w.text[:1].isupper():
                    run.append(w.text[0].lower())
                    letters.append(w.norm)
                    run_keys.append(w.key)
                    continue
                if run and (w.norm in _RUN_CONNECTORS or src.text[after:w.start] == "-"):
                    continue  # (the rest of a hyphened word gives no initial: "Economic Co-operation": ec)
            if len(run) >= 2:  # (a run of one word has no stretch of two letters: most words end none)
                # every stretch of the run: "(The) Food and Drug ...", "Secretary of Health and Human Services": hhs
                initials.update("".join(run[k:m]) for k in range(len(run) - 1) for m in range(k + 2, len(run) + 1))
                if len(run) >= 3:
                    runs.add("".join(run))
                    spelled.add(tuple(letters))
                named.add((tuple(run), tuple(run_keys)))
            run = []
            letters = []
            run_keys = []
    top = counts.most_common(3)
    # the issuer: named most, or, in a document of some length, in its first two claims (the title and the first
    # sentence: "Amgen Announces ...", "The Federal Open Market Committee decided today ...")
    claims = [seg for seg, s in zip(src.words, src.segments, strict=True) if s.is_claim]
    opening = claims[:2] if len(claims) >= 8 else []
    spoken, body = _heading_speaker(src)
    issuers = frozenset({k for k, n in top if n >= 3} | {t.word.key for seg in opening for t in seg if _name_like(t)}
                        | _signer(src) | _byline(src) | _speaking_body(src) | spoken)
    executive = any(_executive(seg) for seg in src.words[:2])
    # the name the heading gives the executive is the issuer's, in a document of any length ("FACT SHEET: Nordland
    # Administration Announces ...": nordland)
    issuers |= _executive_owner(src.words[:2])
    persons = {seg[k].word.key for seg in src.words for like in (_name_flags(seg),) for k in range(1, len(seg))
               if seg[k - 1].word.norm in _TITLES and like[k] and seg[k].word.norm not in _TITLES}
    heading = src.words[0] if src.words else []
    offices = frozenset(t.word.norm for k, t in enumerate(heading) if t.word.norm in _TITLES and not (
        k + 1 < len(heading) and _name_like(heading[k + 1]))) if _first_person(src) else frozenset()
    return _SourceNames(frozenset(keys), frozenset(norms), frozenset(initials), issuers, frozenset(counts),
                        tuple(sorted(runs)), tuple(sorted(spelled)), frozenset(_lower_keys(src)), frozenset(persons),
                        executive, offices, _issuer_initials(named, issuers, frozenset(norms)),
                        body)


#: the words after a document's noun in its heading that name who issued it ("Statement by the Ministry of ...")
_HEADING_BY = frozenset({"by", "from", "of"})


def _heading_speaker(src: Analyzed) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the one whose words the source's heading says they are, who issued it though its text may never
    name them again: a person the heading opens with, by office and name, followed by "on" or a colon, the subject
    their words are on ("Presidential Spokesperson Jane Roe on the report regarding ...": jane, roe), first; then
    the body a lead-in noun and "by", "from" or "of" introduce, its capitalised run ("Statement by the Ministry of
    Foreign Affairs regarding ...": ministry, foreign, affairs; ``CONFLICTS.lead_in_nouns``), whose words are no
    issuer's one by one ("the Defence Ministry"), only together (:func:`_heading_body`). An article crediting them
    with the source's words ("Spokesperson Jane Roe said", "..., the Foreign Ministry said in a statement") credits
    its issuer."""
    none: frozenset[str] = frozenset()
    if not src.words or not src.words[0]:
        return none, none
    hw, text = src.words[0], src.text
    k = 0
    if hw[0].word.norm in _LEAD_IN_NOUNS and len(hw) > 2 and hw[1].word.norm in _HEADING_BY:
        k = 2
        while k < len(hw) and hw[k].word.norm in _DETERMINERS:
            k += 1
        m = k
        while m < len(hw) and (hw[m].word.text[:1].isupper() or (m > k and hw[m].word.norm in _RUN_CONNECTORS
                                                                 and m + 1 < len(hw)
                                                                 and hw[m + 1].word.text[:1].isupper())):
            m += 1
        return none, frozenset(t.word.key for t in hw[k:m] if t.word.text[:1].isupper() and t.word.norm not in _TITLES)
    m = 0
    while m < len(hw) and hw[m].word.text[:1].isupper() and not re.search(r"[,;:()]", text[
            hw[m - 1].word.end:hw[m].word.start] if m else ""):
        m += 1
    office = max((n for n in range(m) if hw[n].word.norm in _TITLES), default=-1)
    if not 0 <= office < m - 1 or not all(_name_like(t) for t in hw[office + 1:m]):
        return none, none
    after = text[hw[m - 1].word.end:hw[m].word.start] if m < len(hw) else ""
    if not (":" in after or (m < len(hw) and hw[m].word.norm == "on" and not after.strip())):
        return none, none
    return frozenset(t.word.key for t in hw[office + 1:m]), none


def _heading_body(run: Sequence[TaggedWord], names: _SourceNames) -> bool:
    """Whether a speaker run names the body the source's heading says it is by (:attr:`_SourceNames.body`) with its
    words alone, a nation's name before two of them passed over ("Nordland's Foreign Ministry" for "Statement by the
    Ministry of Foreign Affairs", "the Greek Foreign Ministry"; not "the Defence Ministry")."""
    words = [t for t in run if t.word.text[:1].isupper() and t.word.norm not in _DETERMINERS]
    if len(words) > 1 and (words[0].word.text.endswith(_POSSESSIVE) or (
            len(words) > 2 and words[0].word.key not in names.body)):
        words = words[1:]  # (its nation's name or adjective: "the Greek Foreign Ministry")
    return bool(names.body) and bool(words) and all(t.word.key in names.body for t in words)


def _issuer_initials(named: Iterable[tuple[tuple[str, ...], tuple[str, ...]]], issuers: frozenset[str],
                     norms: frozenset[str]) -> frozenset[str]:
    """The initials of each longest stretch, two words at least, of a run of capitalised words that are all the
    issuer's ("The Central Bank of Malta": cbm; "of" gives no initial), that the source never writes as a word."""
    out: set[str] = set()
    for initials, keys in named:
        k = 0
        while k < len(keys):
            m = k
            while m < len(keys) and keys[m] in issuers:
                m += 1
            if m - k >= 2:
                out.add("".join(initials[k:m]))
            k = m + 1
    return frozenset(out - norms)


#: the most words of a byline's name line, and of the office line under it (:func:`_byline`)
_BYLINE_NAME_WORDS = 4
_BYLINE_OFFICE_WORDS = 6


def _byline(src: Analyzed) -> frozenset[str]:
    """The keys of the person a byline or a signature names: a line that is a name alone, of two to
    :data:`_BYLINE_NAME_WORDS` words (initials among them), right above a line that opens with a word of office
    ("Rex W. Tillerson" over "Secretary of State" under a press statement's heading; "Jane Roe" over "Minister of
    Finance" at its end). The one it names signs the text, which is theirs whoever it quotes."""
    out: set[str] = set()
    for k in range(len(src.words) - 1):
        name, office = _byline_name(src.text, src.words[k]), _byline_office(src.text, src.words[k + 1])
        if not 2 <= len(name) <= _BYLINE_NAME_WORDS or not 1 <= len(office) <= _BYLINE_OFFICE_WORDS \
                or "\n" not in src.text[name[-1].word.end:office[0].word.start] \
                or office[0].word.norm not in _TITLES or not office[0].word.text[:1].isupper():
            continue
        if all(_name_like(t) or _initial(t) for t in name) and sum(1 for t in name if _name_like(t)) >= 2:
            out.update(t.word.key for t in name if _name_like(t) and not _initial(t))
    return frozenset(out)


def _byline_name(text: str, words: Sequence[TaggedWord]) -> Sequence[TaggedWord]:
    """A byline's name line without the degree in brackets that may close it ("Jane Roe (PhD)": Jane Roe)."""
    if len(words) >= 3 and text[words[-2].word.end:words[-1].word.start].strip() == "(" \
            and text[words[-1].word.end:words[-1].word.end + 1] == ")":
        return words[:-1]
    return words


def _byline_office(text: str, words: Sequence[TaggedWord]) -> Sequence[TaggedWord]:
    """A byline's office line from its word of office: past a "For:" that signs on the office's behalf and the
    ranks before the office ("For: Deputy Governor": Governor; ``CONFLICTS.office_ranks``)."""
    k = 0
    if len(words) >= 2 and words[0].word.norm == "for" and \
            text[words[0].word.end:words[1].word.start].strip() in (":", ""):
        k = 1
    while k < len(words) - 1 and words[k].word.norm in _OFFICE_RANKS and words[k].word.text[:1].isupper():
        k += 1
    return words[k:] if k < len(words) and words[k].word.norm in _TITLES else words


def _speaking_body(src: Analyzed) -> frozenset[str]:
    """The keys of the organisation a statement in the first person plural speaks for ("we have no further details",
    lang ``first_person_plural``, outside quotation marks): the name its first sentence opens with, as the subject a
    verb follows ("The FBI is currently reviewing a shooting incident ..."; a title-case heading passed over). An
    article may credit it with all the statement says ("The FBI says the agent ..."); () for another document."""
    within = within_quotations(src)
    if not any(t.word.norm in _FIRST_PLURAL and not within[k] and not _in_quotes(src.text, sw, t)
               for k, sw in enumerate(src.words) for t in sw):
        return frozenset()
    for seg, sw in zip(src.segments, src.words, strict=True):
        if not seg.is_claim or seg.kind == SegmentKind.HEADING or _title_case(sw) or not sw:
            continue
        i = 1 if sw[0].word.norm in _DETERMINERS and len(sw) > 1 else 0
        if not _name_like(sw[i]) or not _opens(sw, i):
            return frozenset()
        j = i
        while j < len(sw) and _name_like(sw[j]):
            j += 1
        return frozenset(t.word.key for t in sw[i:j] if t.word.norm not in _TITLES)
    return frozenset()


#: the pronouns of an organisation speaking of itself (lang ``first_person_plural``: "we", "our")
_FIRST_PLURAL = _C.first_person_plural


def _executive_owner(segments: Sequence[Sequence[TaggedWord]]) -> frozenset[str]:
    """The keys of the names right before a name of the executive in ``segments`` (the source's first two): "Nordland"
    of "FACT SHEET: Nordland Administration Announces ...", "Biden" of "the Biden Administration"; up to two words,
    each name-like and no word of office."""
    out: set[str] = set()
    for seg in segments:
        executive = _executive_words(seg)
        for i in executive:
            k = i - 1
            while k >= 0 and i - k <= 2 and k not in executive and _name_like(seg[k]) and \
                    seg[k].word.norm not in _TITLES:
                out.add(seg[k].word.key)
                k -= 1
    return frozenset(out)


def _first_person(src: Analyzed) -> bool:
    """Whether a document speaks in the first person singular ("I hereby determine", "vested in me": lang
    ``first_person``)."""
    first = _LANG.first_person
    return any(t.word.norm in first for seg in src.words for t in seg)


def _signer(src: Analyzed) -> frozenset[str]:
    """The keys of the name of the person a first-person document is signed by (:func:`alignment.engine.align.
    signer_keys`, without the word of office): a statement, a proclamation or a memorandum speaks in its signer's
    voice, so its signer is its issuer, whom an article may credit with all it says ("Biden said in a note"); () for
    a document not in the first person."""
    if not _first_person(src):
        return frozenset()
    return signer_keys(src, office=False)


def _lower_keys(doc: Analyzed) -> set[str]:
    """The keys of the words a document writes in lower case somewhere ("officials", "press")."""
    return {t.word.key for seg in doc.words for t in seg if t.word.text[:1].islower()}


def _subsequence(short: str, long: str) -> bool:
    """Whether the letters of ``short`` are in ``long`` in order, the first one first ("rtc" in "rmtc", "md" in
    "maryland")."""
    if not short or not long or short[0] != long[0]:
        return False
    it = iter(long[1:])
    return all(c in it for c in short[1:])


def _acronym(t: TaggedWord) -> bool:
    """Whether a word is an acronym, possessive or plural or neither ("DHS", "DHS’s": the tokenizer gives the latter as
    a word; "HIBORs", "NGOs")."""
    w = t.word
    if w.kind == "acronym":
        return True
    bare = w.text[:-2] if w.text.endswith(_POSSESSIVE) else w.text
    bare = bare[:-1] if len(bare) >= 3 and bare.endswith("s") and bare[:-1].isupper() else bare
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


#: the fewest letters of an acronym that takes letters from inside a name's words, and the fewest of them that are
#: the initials of the name's words (:func:`_letters_acronym`)
_LETTERS_ACRONYM = 4
_LETTERS_INITIALS = 3


def _letters_acronym(short: str, spelled: Sequence[str]) -> bool:
    """Whether an acronym (``short``, folded, a plural's "s" off) takes its letters in order from the words of a run
    of capitalised words, the first word's initial first, :data:`_LETTERS_INITIALS` of them at least the initials of
    its words ("hibor": Hong Kong InterBank Offered Rates; "HIBOR" takes a letter from inside "Interbank")."""
    if len(short) < _LETTERS_ACRONYM or not spelled or short[0] != spelled[0][:1]:
        return False

    @functools.cache
    def most(k: int, n: int, at: int) -> int:
        """The most initials letters ``short[k:]`` can be read with, from word ``n``'s letter ``at`` on; -1: none."""
        if k == len(short):
            return 0
        if n == len(spelled):
            return -1
        best = most(k, n + 1, 0)  # (the rest of this word passed over)
        x = spelled[n].find(short[k], at)
        while x >= 0:
            rest = most(k + 1, n, x + 1)
            if rest >= 0:
                best = max(best, rest + (x == 0))
            x = spelled[n].find(short[k], x + 1)
        return best
    return most(1, 0, 1) + 1 >= _LETTERS_INITIALS


def _established(t: TaggedWord, names: _SourceNames) -> bool:
    w = t.word
    if w.key in names.keys or t.lemma_key in names.keys:
        return True
    alias = _ALIASES.get(w.norm)
    if alias is not None and alias in names.norms:
        return True
    # another name of the same people, which the source uses ("Black" / "African American")
    if any(all(n in names.norms for n in other) for other in _GROUP_ALIASES.get(w.norm, ())):
        return True
    if _acronym(t) and (w.norm in names.initials or (len(w.norm) >= 3 and any(
            _subsequence(w.norm, r) for r in names.runs))):
        return True  # "HHS" for "Health and Human Services", "RTC" for "Russian Military Training Center"
    bare = w.norm[:-1] if w.norm.endswith("s") and w.text[-1:] == "s" and w.text[:-1].isupper() else w.norm
    if _acronym(t) and any(_letters_acronym(bare, r) for r in names.spelled):
        return True  # "HIBORs" for "Hong Kong Interbank Offered Rates"
    # a shortening of a source name: "Fed" for "Federal"
    return len(w.norm) >= 3 and any(n.startswith(w.norm) and n != w.norm for n in names.norms if n[:1] == w.norm[:1])


def _neighbour(words: Sequence[TaggedWord], k: int, step: int) -> str:
    """The lemma key of the word at ``k`` when it is a content word ("Secretary" in "Foreign Secretary", "economy"
    in "the US economy"); "" otherwise."""
    if 0 <= k < len(words):
        t = words[k]
        if t.word.content and t.word.kind == "word":
            return t.lemma_key
    return ""


def _norms(words: Sequence[TaggedWord], i: int, j: int) -> tuple[str, ...]:
    """The folded words ``words[i:j]`` (as many as there are): "Iran and" before "Russia"."""
    return tuple(t.word.norm for t in words[max(i, 0):max(j, 0)])


def _hyphen_modifier(dt: str, dw: Sequence[TaggedWord], i: int, st: str, sw: Sequence[TaggedWord]) -> bool:
    """Whether the article's name ``dw[i]`` is joined by a hyphen to a lower-case word after it that makes the two a
    modifier of what follows ("The France-based international police body", "a US-led coalition"): it says where
    the thing is, or who leads it, not who it is; unless the source's sentence joins a name to the same word (a
    changed name in the same place: "China-based" / "Kenya-based")."""
    if i + 1 >= len(dw) or dt[dw[i].word.end:dw[i + 1].word.start] != "-" or not dw[i + 1].word.text[:1].islower():
        return False
    key = dw[i + 1].word.key
    return not any(sw[k].word.key == key and st[sw[k - 1].word.end:sw[k].word.start] == "-"
                   for k in range(1, len(sw)))


def _office_rank(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether ``words[i]`` is a rank of an office right before its word of office ("Acting Minister", "Deputy
    Governor": ``CONFLICTS.office_ranks``), part of a title, no name."""
    return words[i].word.norm in _OFFICE_RANKS and i + 1 < len(words) and words[i + 1].word.norm in _TITLES


def _opens(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether a name run at ``words[i]`` opens its sentence, after a determiner at most, and is its subject: the
    whole name (established words after it included) is followed by a verb ("The Federal Reserve has raised ..." /
    "The Federal Open Market Committee decided ..."; not "US interest rates increased")."""
    if i > 1 or any(t.word.content for t in words[:i]):
        return False
    j = i
    while j < len(words) and (words[j].is_name or words[j].word.text[:1].isupper()):
        j += 1
    return j < len(words) and words[j].pos in ("VERB", "AUX")


@_per_segment
def _title_case(words: Sequence[TaggedWord]) -> bool:
    """Whether a segment capitalises (nearly) every content word: a title-case heading."""
    content = [t for t in words if t.word.content and t.word.kind == "word"]
    return len(content) >= 3 and 10 * sum(t.word.text[:1].isupper() for t in content) >= 8 * len(content)


@_per_segment
def _all_capitalised(words: Sequence[TaggedWord]) -> bool:
    """Whether a segment capitalises every content word, a heading in title case whose capitals say nothing of
    what is a name ("... Approves Florida Disaster Declaration"; not "two new national monuments: Avi Kwa Ame
    National Monument", where the capitals of "National Monument" are the name's), or writes it all in capitals."""
    content = [t for t in words if t.word.content and t.word.kind in ("word", "acronym")]
    return len(content) >= 3 and all(t.word.text[:1].isupper() for t in content)


def _label_words(text: str, words: Sequence[TaggedWord], most: int = 3) -> int:
    """How many words open a heading as its label, before a colon ("Fact Sheet: ...", "Readout: ..."): 0 for none
    (or more than ``most``)."""
    for k in range(1, min(most, len(words) - 1) + 1):
        if ":" in text[words[k - 1].word.end:words[k].word.start]:
            return k
    return 0


#: a news story's dateline left at the start of a segment: a place in capitals (a date after it), then the agency in
#: brackets or a dash ("WASHINGTON (dpa-AFX) - ", "WASHINGTON, March 9 (Yonhap) -- ", "JERUSALEM/WASHINGTON (Reuters)
#: -", "WASHINGTON — ")
_DATELINE_RE = re.compile(r"[A-Z][A-Z./'’ -]*[A-Z.]"
                          r"(?:,\s*(?:[A-Z][a-z]{1,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z][a-z.]{1,10}))*"
                          r"\s*(?:\([^()\n]{1,60}\)\s*(?:--|—|–|-)?|(?:--|—|–))")


def _line_label(text: str, words: Sequence[TaggedWord]) -> int:
    """How many capitalised words open a line as its label, before a colon (an outlet's name on a news page,
    "Cleveland Plain Dealer: ...", "KGW (NBC Portland, OR): ..."), or as its dateline (:data:`_DATELINE_RE`, a place
    that says where the story was filed, no name the source's sentence has in its place): 0 for none."""
    if words and (m := _DATELINE_RE.match(text, words[0].word.start)) is not None:
        return sum(1 for t in words if t.word.start < m.end())
    label = _label_words(text, words, 6)
    return label if label and all(t.word.text[:1].isupper() for t in words[:label]) else 0


def _abbreviates(short: str, long: str) -> bool:
    """Whether one word of capitals abbreviates a name by its letters in order ("MD" for "Maryland")."""
    return short.isupper() and " " not in short and \
        _subsequence(short.lower(), fold_word(long).lower().replace(" ", ""))


def _check_names(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                 names: _SourceNames, taken: list[tuple[int, int]], lower: frozenset[str] = frozenset(),
                 strong: bool = False, own: frozenset[str] = frozenset()) -> list[_Hit]:
    """``lower``: the keys both documents write in lower case somewhere; in the article's title-case heading, such a
    word is no name ("Background Press Call by Senior Administration Officials"). ``strong``: the pair is close
    (support of :data:`WEAK_SUPPORT` or more, or found by the restatement search), where a place's preposition
    before both names is their place ("convened in Oxford recently" / "met in London to open"). ``own``: the keys of
    the names the article itself keeps using (:func:`_own_names`): its own subject ("many Maine families" in a Maine
    station's story, "the Oregon recipients"), not a wrong name put once for the source's. Not a name either: the
    label that opens a line ("Cleveland Plain Dealer: White House estimates ..."), a given name before the surname of
    a person the source names ("President Joe Biden" / "President Biden"), and, where the issuer is a government's
    executive, one of its names in the place of one of its offices ("The White House announced" / "DOE
    announced")."""
    d_title = _title_case(dw)
    label = _line_label(dt, dw)
    # (a capitalised word inside the sentence that neither document writes in lower case is a name whatever its
    # tag: the tagger takes a demonym in a long sentence for a noun, "all Chileans")
    d_like = _name_flags(dw)
    d_new = [i for i, t in enumerate(dw) if (d_like[i] or (i > 0 and (_capitalised(t) or (
        _proper_adjective(t) and not d_title)) and t.word.key not in lower))
             and not _established(t, names) and not (d_title and t.word.key in lower) and not _cut_off(dt, t)
             and i >= label and t.word.key not in own and not _hyphen_modifier(dt, dw, i, st, sw)]
    if d_new and len(d_new) < len(dw):
        added = _list_additions(dt, dw, st, sw)
        d_new = [i for i in d_new if i not in added]  # (a list the article extends: "Blaine, ..., Sweet Grass,
        # Lincoln, Missoula"; the source's has no name in the place of those it adds)
    if not d_new:
        return []  # (most pairs: the article's sentence names nothing the source does not)
    s_title = _title_case(sw)
    label = _label_words(st, sw) if s_title else 0
    s_like = _name_flags(sw)
    s_cands = [i for i, t in enumerate(sw)
               if (s_like[i] or (t.word.key in names.proper and t.word.text[:1].isupper() and t.word.content))
               and not (s_title and t.word.key in lower) and i >= label and not _office_rank(sw, i)]  # (nor in
    # the source's; a rank before a word of office is none, "Acting Minister for Police"; nor the label
    # that opens a heading: "Fact Sheet: President Biden to Sign ...")
    if not s_cands:
        return []
    s_keys, d_keys = _segment_keys(sw), _segment_keys(dw)
    # "Drug" is gone if only "drug" is left; a name the source's sentence gives twice is gone once when the article's
    # gives it once ("keeping America safe and defending America's security" / "... defending Norway's security")
    d_names = Counter(k for t in dw if t.word.text[:1].isupper() for k in set(_keys(t)))
    s_names = Counter(k for i in s_cands for k in set(_keys(sw[i])))
    s_gone = [i for i in s_cands if all(d_names[k] < s_names[k] for k in set(_keys(sw[i])))]
    # a name the article still gives, elsewhere: gone from its place ("outward investments into China", where the
    # article names China at its start and puts "Norway" after "investments into")
    gone = set(s_gone)
    s_runs = [(si, sj, True) for si, sj in _runs(s_gone, st, sw)] + \
        [(si, sj, False) for si, sj in _runs([i for i in s_cands if i not in gone], st, sw)]
    hits = []
    # (one name the article's sentence gives that the source never does: on a weak pair, in the place of the source's
    # name gone from it after the same preposition of place, :func:`_lone_place`)
    lone = len(_runs(d_new, dt, dw)) == 1
    # (and where the source's sentence has one name gone from it, of the same form, on a close pair: the one put for
    # the other wherever it stands, :func:`_one_for_one`; not in a title-case heading, whose verbs are capitalised:
    # "President Names Six Envoys"; nor a given name before a middle initial, "Dwight D. Eisenhower", a person's)
    gone_runs = _distinct_gone(dt, dw, st, sw, [(si, sj) for si, sj, gone_ in s_runs if gone_], names.lower) \
        if lone and strong and not s_title else []
    for i, j in _runs(d_new, dt, dw):
        # the place of the whole name in the sentence: the words around "Center for American Progress", not
        # "American" before "Progress"
        wi, wj = _whole_name(dt, dw, i, j)
        after = j
        while after < len(dw) and _initial(dw[after]):
            after += 1  # (a middle initial: "President Dwight D. Eisenhower" / "President Eisenhower")
        if (after < len(dw) and dw[after].word.key in names.persons and j - i <= 2
                and not dt[dw[after - 1].word.end:dw[after].word.start].strip()) or \
                _executive_issuer(dw[wi:wj], names):
            continue  # "Joe" before "Biden", whom the source names "President Biden" (not across a comma: "During his
            # visit to Harvard, Dione met"); "the White House"
        if _bracketed_part(dt, dw, i, j):
            continue  # "10th Special Forces Group (Airborne)": a part of the name before it
        d_whole, new = _name_keys(dw[wi:wj]), j - i
        while i > 0 and dw[i - 1].word.norm in _TITLES:
            i -= 1  # "Dr Petrova": the title goes with the name
        a, b = dw[i].word.start, dw[j - 1].word.end
        if any(a < y and x < b for x, y in taken):
            continue
        place = _place(dw, wi, wj)
        for si, sj, was_gone in s_runs:
            vi, vj = _whole_name(st, sw, si, sj, lower if _all_capitalised(sw) else frozenset())
            s_whole = _name_keys(sw[vi:vj])
            if set(d_whole) & set(s_whole) and (len(d_whole) != len(s_whole) or sum(
                    x != y for x, y in zip(d_whole, s_whole, strict=True)) > new):
                continue  # two names that share words are one where the rest is the same, in the same places:
                # "American Rescue Plan" / "American Jobs Plan"; not "Center for American Progress"
            if wj - wi >= 2 and dw[wj - 1].word.key in names.lower and not set(_keys(dw[wj - 1])) & set(s_whole):
                continue  # a name whose head is a noun the source writes in lower case is a description the
                # article capitalises ("the Great Genocide", where the source has "the Armenian genocide" and
                # "the Meds Yeghern"), not another name in the place of the source's
            d_place = place
            if _comma_place(dt, dw, wi, st, sw, vi):
                pass  # the place a town is in, after its name and a comma: "the Highland Park, Chile shooting" /
                # "in Highland Park, Illinois, by the authority", whatever follows either
            elif _modifies(dw, wj) and s_whole and dw[wj].lemma_key == s_whole[-1]:
                d_place = _place(dw, wi, wj + 1)  # "the Okafor administration is" / "the Biden-Harris Administration
                # is": the noun is the name's
            elif _modifies(dw, wj) != _modifies(sw, vj) and not (set(_keys(dw[wj])) & s_keys if _modifies(dw, wj)
                                                                 else set(_keys(sw[vj])) & d_keys):
                continue  # a name before a noun qualifies it, another role: "the Biden administration is taking" /
                # "the United States is taking"; not where the other sentence has the noun too ("FDA guidance" /
                # "FDA announced guidance")
            s_place = _place(sw, vi, vj)
            # (on a weak pair, both sides of the place where both names have words after them: "work with Congress on
            # this issue" / "work with Julie to build an economy" share the verb, not the claim)
            least = 1 if strong or wj >= len(dw) or vj >= len(sw) else 2
            # (a name the source joins to the one before it by "and", "Afghanistan and Pakistan", read as one, stands
            # where its own words stand too, after the same name: "North Africa, Afghanistan, and Kenya")
            if si > vi and any(sw[k].word.norm == "and" for k in range(vi, si)) \
                    and not _same_place(d_place, s_place, least):
                own_place = _place(sw, si, sj)
                if len(own_place[2]) == 2 and own_place[2][0] == "and" and own_place[2] == d_place[2]:
                    s_place = own_place  # ("and" and the same name before both)
            possessed = _same_possessed(dt, dw, range(i, j), st, sw, range(si, sj), strong)
            if was_gone:
                if not (_same_place(d_place, s_place, least) or possessed or _phrase_place(d_place, s_place)
                        or (strong and _preposition(dw, wi, sw, vi) in _NAME_PREPOSITIONS
                            and _preposition(dw, wi, sw, vi) == _preposition(sw, vi, dw, wi))
                        or (_opens(dw, wi) and _opens(sw, vi))
                        or (not strong and _verb_framed(dw, wi, wj, sw, vi, vj))
                        or (not strong and lone and _lone_place(dw, wi, sw, vi, [r[0] for r in s_runs if r[2]]))
                        or (strong and (_nominalised(dw, wi, wj, sw, vi) or _nominalised(sw, vi, vj, dw, wi)))
                        or (strong and lone and _one_for_one(dw[wi:wj], new, sw[vi:vj], gone_runs)
                            and not _office_place(dw, wj, sw, vi) and not _numbered(dw, wj)
                            and not (after > j and after < len(dw) and dw[after].word.text[:1].isupper()))):
                    continue
            elif not (_same_place(d_place, s_place, least) or possessed) or _still_there(dt, dw, sw[si:sj], s_place):
                continue  # the source's name is in the article in that very place: not replaced
            sa, sb = sw[si].word.start, sw[sj - 1].word.end
            if set(_key_set(t for t in dw[i:j] if t.word.norm not in _TITLES)) & s_keys:
                continue
            if _abbreviates(dt[a:b], st[sa:sb]) or _abbreviates(st[sa:sb], dt[a:b]) or _variant(dt[a:b], st[sa:sb]) \
                    or any(_demonym(t.word.text, st[sa:sb]) for t in dw[i:j]) or _in_place(dt, dw, i, sw[si:sj]):
                continue  # "Annapolis, Maryland" / "Annapolis, MD"; "Anthony" / "Antony"; "the Omani Sultan" / "Oman";
                # "the French Alps" / "France"
            hits.append(_Hit("name", a, b, sa, sb, f"the article names {dt[a:b]!r} where the source has "
                                                   f"{st[sa:sb]!r}"))
            s_runs.remove((si, sj, was_gone))
            break
    return hits


def _name_form(words: Sequence[TaggedWord]) -> str:
    """The form of a name, by its last word: an acronym ("OECD"), a capitalised adjective ("Canadian"), a people's
    word in the plural ("Americans", "Manitobans": a demonym's ending and an "s"), or another name."""
    last = words[-1]
    if _acronym(last):
        return "acronym"
    if last.pos == "ADJ":
        return "adjective"  # "Canadian exports", "the first Black lawyer": no place's or person's name
    norm = last.word.norm
    return "people" if norm.endswith("s") and any(norm[:-1].endswith(e) for e in _DEMONYM_ENDINGS if len(e) > 1) \
        else "name"


def _distinct_gone(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                   runs: list[tuple[int, int]], lower: frozenset[str]) -> list[tuple[int, int]]:
    """The names gone from the source's sentence (``runs``), each once: a place after a town's name and a comma is
    the town's ("Bozeman, Montana": one name), a name the article's sentence gives by its acronym ("the U.S.",
    "the United States") is not gone, nor an office, its words titles or words the source writes in lower case
    (``lower``) somewhere ("Acting Governor", "Minister"), nor words the article's sentence writes in lower case
    ("Maritime Law" / "maritime law")."""
    acronyms = [dt[t.word.start:t.word.end].replace(".", "") for t in dw if _acronym(t) or "." in t.word.text[:-1]]
    distinct: list[tuple[int, int]] = []
    d_keys = {t.word.key for t in dw}
    for si, sj in runs:
        if all(t.word.norm in _TITLES or t.word.key in lower or t.word.key in d_keys for t in sw[si:sj]):
            continue
        if distinct and st[sw[distinct[-1][1] - 1].word.end:sw[si].word.start].strip() == "," \
                and distinct[-1][1] == si:
            continue
        if any(a.isupper() and _abbreviates(a, st[sw[si].word.start:sw[sj - 1].word.end]) for a in acronyms):
            continue
        distinct.append((si, sj))
    return distinct


def _one_for_one(whole: Sequence[TaggedWord], new: int, gone: Sequence[TaggedWord],
                 gone_runs: Sequence[tuple[int, int]]) -> bool:
    """On a close pair where the article's sentence gives one name the source never uses, whether the source's name
    ``gone`` from it is the one it took the place of, wherever each stands: the only name gone from the source's
    sentence (``gone_runs``), of the same form (:func:`_name_form`: an acronym for an acronym, a people for a people),
    the article's name whole (``whole``, all of its words the ``new`` ones: not a word put in a longer name, "the
    State Parks and Trails Department"), of as many words as the source's, one or two ("from Oregon to Ohio" puts no
    "Ohio" for a "White House") ("a clinic in Bozeman" / "a Lisbon clinic"; "the
    jobless rate held steady for Chile in March" / "held at 6.1% in Portugal")."""
    return len(gone_runs) == 1 and len(whole) == new == len(gone) <= 2 and _name_form(whole) == _name_form(gone) \
        and not _initials_of(whole, gone)


def _numbered(words: Sequence[TaggedWord], j: int) -> bool:
    """Whether a number follows the name ending before ``words[j]``: a label ("Game 1", "Route 9"), no place's or
    person's name."""
    return j < len(words) and words[j].word.kind == "number"


def _initials_of(short: Sequence[TaggedWord], name: Sequence[TaggedWord]) -> bool:
    """Whether a one-word name is the initials of a longer one, whatever their case, with or without its connecting
    words: "BoE" for the "Bank of England", "DoJ" for the "Department of Justice"."""
    if len(short) != 1 or len(name) < 2:
        return False
    letters = short[0].word.norm.replace(".", "")
    return letters in ("".join(t.word.norm[:1] for t in name),
                       "".join(t.word.norm[:1] for t in name if t.word.norm not in _CONNECTORS))


def _office_place(dw: Sequence[TaggedWord], wj: int, sw: Sequence[TaggedWord], vi: int) -> bool:
    """Whether the article's name, ending before ``dw[wj]``, qualifies the office the source's name at ``sw[vi]``
    holds, the word of office before the name or its first word: "the Dunmore sheriff" / "Sheriff Okafor", the place
    of the office, no name put for the person's."""
    return wj < len(dw) and any(dw[wj].lemma_key == sw[k].lemma_key and (
        sw[k].word.norm in _TITLES or sw[k].word.norm in _OFFICE_HEADS) for k in (vi - 1, vi) if 0 <= k < len(sw))


def _bracketed_part(text: str, words: Sequence[TaggedWord], i: int, j: int) -> bool:
    """Whether the name ``words[i:j]`` stands alone in brackets right after a capitalised word: a part of the name
    before it ("the 10th Special Forces Group (Airborne)", "the Reserve Bank (RBNZ)"), which takes no other name's
    place."""
    return 0 < i and j <= len(words) and words[i - 1].word.text[:1].isupper() \
        and text[words[i - 1].word.end:words[i].word.start].strip() == "(" \
        and text[words[j - 1].word.end:words[j].word.start if j < len(words) else len(text)].lstrip()[:1] == ")"


def _in_place(dt: str, dw: Sequence[TaggedWord], i: int, place: Sequence[TaggedWord]) -> bool:
    """Whether the article's name at ``dw[i]`` is qualified by the source's name ``place``, the word right before
    it, capitalised, being that place by its name, an alias or the word of its people: a place in it ("in the French
    Alps" / "in France", "the Kenyan Rift Valley" / "Kenya"), no other name in its place."""
    if i == 0 or not dw[i - 1].word.text[:1].isupper() or dt[dw[i - 1].word.end:dw[i].word.start].strip():
        return False
    t = dw[i - 1].word
    norms = {p.word.norm for p in place if p.word.text[:1].isupper()}
    return t.norm in norms or _ALIASES.get(t.norm, "") in {_ALIASES.get(n, n) for n in norms} \
        or any(_demonym(t.text, n) for n in norms)


#: the least number of the source's names a list of the article's holds for the rest to be names it adds
#: (:func:`_list_additions`)
_LIST_KNOWN = 3
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


@_per_segment
def _name_list(text: str, words: Sequence[TaggedWord]) -> list[list[tuple[int, int]]]:
    """The lists of names of a sentence, each a list of items (word ranges: runs of name-like words) joined by commas,
    "and" or "or" ("Blaine, Chouteau, Golden Valley, Mineral and Ravalli"), of three items or more."""
    like = _name_flags(words)
    items: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        if like[k] or _capitalised(words[k]):
            j = k + 1
            while j < len(words) and (like[j] or _capitalised(words[j])) and \
                    not text[words[j - 1].word.end:words[j].word.start].strip():
                j += 1
            items.append((k, j))
            k = j
        else:
            k += 1
    lists: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for item in items:
        if current and _LIST_GAP_RE.fullmatch(text[words[current[-1][1] - 1].word.end:words[item[0]].word.start]):
            current.append(item)
            continue
        if len(current) >= 3:
            lists.append(current)
        current = [item]
    if len(current) >= 3:
        lists.append(current)
    return lists


def _list_keys(words: Sequence[TaggedWord], items: Sequence[tuple[int, int]]) -> set[tuple[str, ...]]:
    """The items of a list of names (:func:`_name_list`) by their words' keys: two lists name the same when these
    are the same."""
    return {tuple(t.word.key for t in words[i:j]) for i, j in items}


def _list_additions(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord]) -> set[int]:
    """The indices of the name words the article adds to a list of the source's: the items of a list of its
    sentence (:func:`_name_list`) that the source's sentence does not name, where the article's list holds every item
    of a list of the source's sentence, :data:`_LIST_KNOWN` of them or more ("Blaine, Chouteau, Fergus, ..., Sweet
    Grass, Lincoln, Mineral and Ravalli counties" / "including Blaine, Chouteau, Fergus, ... and Sweet Grass
    counties"): names added, none in the place of another (a list with one of the source's items missing may have
    another in its place)."""
    out: set[int] = set()
    mine = _name_list(dt, dw)
    if not mine:
        return out
    theirs = [_list_keys(sw, items) for items in _name_list(st, sw)]
    for items in mine:
        keys = _list_keys(dw, items)
        if any(len(whole) >= _LIST_KNOWN and whole <= keys for whole in theirs):
            known = set().union(*(w for w in theirs if w <= keys))
            out.update(k for i, j in items if tuple(t.word.key for t in dw[i:j]) not in known for k in range(i, j))
    return out


#: how many words after a possessive name :func:`_possessed` reads
_POSSESSED_REACH = 5


def _possessed(text: str, words: Sequence[TaggedWord], j: int) -> tuple[str, frozenset[str]]:
    """What the name ending at ``words[j - 1]`` owns when it is possessive ("Norway's economic and national security",
    "Chile's 40th annual trade fair"): the lemma key of the last noun of the phrase after it (adjectives, numbers,
    names and "and" passed over, up to :data:`_POSSESSED_REACH` words, to a punctuation mark or any other word), and
    the keys of the phrase's content words; ("", {}) for a name that is not possessive or owns no noun."""
    if not (0 < j <= len(words) and words[j - 1].word.text.endswith(_POSSESSIVE)):
        return "", frozenset()
    head, keys = "", set()
    for k in range(j, min(j + _POSSESSED_REACH, len(words))):
        t = words[k]
        if k > j and re.search(r"[,;:()\[\]—–]", text[words[k - 1].word.end:t.word.start]):
            break
        if t.pos in ("NOUN", "PROPN") and t.word.kind in ("word", "acronym"):
            head = t.lemma_key
            keys.add(t.lemma_key)
        elif t.pos in ("ADJ", "NUM") or t.word.kind == "number" or t.word.norm == "and":
            if t.word.content and t.word.kind == "word":
                keys.add(t.lemma_key)
        else:
            break
    return head, frozenset(keys)


def _same_possessed(dt: str, dw: Sequence[TaggedWord], d_run: range, st: str, sw: Sequence[TaggedWord],
                    s_run: range, strong: bool) -> bool:
    """Whether two possessive names own the same thing, the same last noun of the phrase after each ("at Chile's
    40th annual trade fair" / "during Peru's 40th annual trade fair"; "to Norway's economic and energy security" /
    "to Sweden's energy and economic security"): one place, whatever the words before them; on a weak pair, with two
    words of those phrases in common. ``d_run``, ``s_run``: the indices of the two names, the possessive word among
    them, which may open a longer run of capitalised words ("the RCMP's National Intelligence Centre")."""
    d_k = next((k for k in d_run if dw[k].word.text.endswith(_POSSESSIVE)), -1)
    s_k = next((k for k in s_run if sw[k].word.text.endswith(_POSSESSIVE)), -1)
    if d_k < 0 or s_k < 0:
        return False
    d_head, d_keys = _possessed(dt, dw, d_k + 1)
    s_head, s_keys = _possessed(st, sw, s_k + 1)
    return bool(d_head) and d_head == s_head and (strong or len(d_keys & s_keys) >= 2)


def _comma_place(dt: str, dw: Sequence[TaggedWord], i: int, st: str, sw: Sequence[TaggedWord], k: int) -> bool:
    """Whether the names at ``dw[i]`` and ``sw[k]`` both follow the same name and a comma: the region a place is in
    ("Highland Park, Illinois" / "Highland Park, Chile"; "Uvalde, Texas")."""
    return i > 0 and k > 0 and _name_like(dw[i - 1]) and _name_like(sw[k - 1]) \
        and dw[i - 1].lemma_key == sw[k - 1].lemma_key \
        and dt[dw[i - 1].word.end:dw[i].word.start].strip() == "," \
        and st[sw[k - 1].word.end:sw[k].word.start].strip() == ","


def _initial(t: TaggedWord) -> bool:
    """Whether a word is a name's initial ("D." of "Dwight D. Eisenhower", "R")."""
    return len(t.word.text.rstrip(".")) == 1 and t.word.text[:1].isupper()


#: how many times an article names something the source never does for it to be the article's own subject
_OWN_NAME_USES = 3


def _own_names(der: Analyzed) -> frozenset[str]:
    """The keys of the capitalised words the article uses :data:`_OWN_NAME_USES` times or more inside its
    sentences: the names of its own subject (a local station's state, the person it quotes throughout)."""
    counts = Counter(t.word.key for seg in der.words for k, (t, like) in enumerate(zip(seg, _name_flags(seg),
                                                                                     strict=True)) if k > 0 and like)
    return frozenset(k for k, n in counts.items() if n >= _OWN_NAME_USES)


def _part_names(dt: str, dw: Sequence[TaggedWord], names: _SourceNames, lower: frozenset[str],
                people: frozenset[str] = frozenset()) -> list[int]:
    """Where the article's sentence names a place, a body or a group the source never names (a name with a word the
    source never writes; not a nation, the issuer or a person): a part of what the source counts, whose figures
    nearby are the part's ("Connecticut will get $86 million" / "$4.5 billion ... for American families"; "1.3
    million student borrowers in Michigan" / "over 40 million borrowers"). A speaker, the label that opens a line
    ("KGET: ...") and the words of a title-case heading that either text writes in lower case are no such name, nor
    is a person the article names after a word of office anywhere (``people``, :func:`_titled_people`: "Georgia Gov.
    Brian Kemp signed ..." makes "Kemp highlights the 400 Americans killed" no part's figure)."""
    title = _title_case(dw)
    skip = set(range(_line_label(dt, dw)))
    for i, j in _speakers(dt, dw):
        skip.update(range(i, j))
    out = []
    for k, t in enumerate(dw):
        if k in skip or not (_name_like(t) or (k > 0 and _capitalised(t))) or t.word.key in lower \
                or _cut_off(dt, t) or (title and not _name_like(t)) or _established(t, names) \
                or t.word.norm in _NATIONS or t.word.norm in _CURRENCIES:
            continue  # (a nation is the whole a national source counts, no part of it: "US interest rates"; "Rs"
            # and "USD" are currencies)
        i, j = _whole_name(dt, dw, k, k + 1)
        if any(u.word.norm in _TITLES for u in dw[max(i - 2, 0):i]) or \
                any(u.word.key in names.persons or u.word.key in people for u in dw[k:j]) or \
                _executive_issuer(dw[i:j], names):
            continue  # a person ("Senator Okafor"; "Joe" before "Biden", whom the source names "President Biden")
        out.append(k)
    return out


#: the most name-like words after a word of office that name its holder (:func:`_titled_people`)
_TITLED_WORDS = 3


def _titled_people(doc: Analyzed) -> frozenset[str]:
    """The keys of the names a document puts right after a word of office, up to :data:`_TITLED_WORDS` of them, no
    punctuation between ("Gov. Brian Kemp": brian, kemp): people, wherever the document names them again."""
    out: set[str] = set()
    for seg in doc.words:
        like = _name_flags(seg)
        for k in range(1, len(seg)):
            if seg[k - 1].word.norm not in _TITLES or seg[k].word.norm in _TITLES:
                continue
            m = k
            while m < len(seg) and m - k < _TITLED_WORDS and like[m] and seg[m].word.norm not in _TITLES and (
                    m == k or not doc.text[seg[m - 1].word.end:seg[m].word.start].strip()):
                out.add(seg[m].word.key)
                m += 1
    return frozenset(out)


#: how near an amount (in words, either side) a part's name makes it the part's figure (:func:`_part_names`)
_PART_REACH = 5


def _of_part(q: _Qty, parts: Sequence[int]) -> bool:
    """Whether a part's name stands within :data:`_PART_REACH` words of the amount ``q``."""
    return any(q.i - _PART_REACH <= k < q.j + _PART_REACH for k in parts)


#: where a name stands (:func:`_place`)
_Place = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _place(words: Sequence[TaggedWord], i: int, j: int) -> _Place:
    """Where the name ``words[i:j]`` stands: the content word right before and right after it, the words up to
    the first content word on each side (:func:`_frame`), and the amount right before it ("300 million Americans" /
    "300 million Kenyans": what the amount counts)."""
    while i > 0 and words[i - 1].word.norm in _TITLES:
        i -= 1  # (a title goes with the name: no place, which many hold, "Dr Carol Routledge" / "Dr. McGeer")
    return _neighbour(words, i - 1, -1), _neighbour(words, j, 1), _frame(words, i - 1, -1), _frame(words, j, 1), \
        _amount_before(words, i)


def _amount_before(words: Sequence[TaggedWord], i: int) -> tuple[str, ...]:
    """The folded number words right before ``words[i]`` ("300", "million"), () when a number does not stand there."""
    k = i
    while k > 0 and i - k < 3 and words[k - 1].word.kind == "number":
        k -= 1
    if k > 0 and words[k - 1].word.text[:1].isupper():
        return ()  # a number after a name labels it: "COVID-19 Community Corps" / "COVID-19 Response Coordinator"
    return tuple(t.word.norm for t in words[k:i])


def _preposition(words: Sequence[TaggedWord], i: int, other: Sequence[TaggedWord], o: int) -> str:
    """The folded word before ``words[i]``, the preposition of a name's place; a determiner passed over where the
    other name, ``other[o]``, has none (the long form of a name and its short one: "in Kenya" / "in the State of
    Florida"; "in the East Room" / "in the Executive Office" are no same place by "in the" alone); "" at the
    start."""
    k = i - 1
    if k >= 0 and words[k].word.norm in _DETERMINERS and not (o > 0 and other[o - 1].word.norm in _DETERMINERS):
        k -= 1
    return words[k].word.norm if k >= 0 else ""


def _verb_frame(words: Sequence[TaggedWord], i: int) -> tuple[str, ...]:
    """The words before the name at ``words[i]`` (a title passed over) up to a verb, a preposition at least between
    (:func:`_frame`: "working with" before "Secretary Albright"); () where the first content word before it is no
    verb."""
    while i > 0 and words[i - 1].word.norm in _TITLES:
        i -= 1
    frame = _frame(words, i - 1, -1)
    k = i - len(frame)  # (a determiner the frame passes over: "working with the")
    while k > 0 and not words[k].word.content:
        k -= 1
    if len(frame) < 2 or not (0 <= k < i and words[k].word.content and words[k].pos == "VERB"):
        return ()
    return frame


def _word_after(words: Sequence[TaggedWord], j: int) -> str:
    """The first content word or number within three words after ``words[j - 1]``, by its key (a number by its
    value): "1990s" after "in the" and after "during the"; "" where none comes."""
    for t in words[j:j + 3]:
        if t.word.kind == "number":
            return "#" + t.word.norm
        if t.word.content:
            return t.lemma_key
    return ""


def _verb_framed(dw: Sequence[TaggedWord], wi: int, wj: int, sw: Sequence[TaggedWord], vi: int, vj: int) -> bool:
    """On a weak pair, whether two names stand in the same place by both sides: after the same verb and preposition
    and before the same word ("working with Lindqvist in the 1990s" / "Working with Secretary Albright during the
    1990s"; not "work with Congress on this issue" / "work with Julie to build an economy")."""
    frame = _verb_frame(dw, wi)
    after = _word_after(dw, wj)
    return bool(frame) and frame == _verb_frame(sw, vi) and bool(after) and after == _word_after(sw, vj)


def _nominalised(words: Sequence[TaggedWord], i: int, j: int, other: Sequence[TaggedWord], o: int) -> bool:
    """Whether the name ``words[i:j]`` follows a noun and a preposition ("his visit to Harvard"), or owns the noun
    right after it ("Okafor’s appointment"), where the name at ``other[o]`` follows the verb of that noun right before
    it, words of office passed over ("visited Karachi", "appointed Mr Vincent Magwenya"): the same place, the act
    named by its noun on one side and by its verb on the other."""
    k = o - 1
    while k >= 0 and other[k].word.norm in _TITLES:
        k -= 1
    if k < 0 or other[k].pos != "VERB":
        return False
    verb = other[k].lemma_key
    if i >= 2 and words[i - 1].pos == "ADP" and words[i - 2].pos == "NOUN":
        return words[i - 2].lemma_key == verb and words[i - 2].word.content
    return j < len(words) and words[j - 1].word.text.endswith(_POSSESSIVE) and words[j].pos == "NOUN" \
        and words[j].lemma_key == verb and words[j].word.content


def _lone_place(dw: Sequence[TaggedWord], wi: int, sw: Sequence[TaggedWord], vi: int, gone: Sequence[int]) -> bool:
    """On a weak pair where the article's sentence gives one name the source never uses, whether it and the source's
    name at ``sw[vi]``, gone from the article's sentence, follow the same preposition of place, which none of the
    source's other names gone from it (their first words at ``gone``) follows ("a big rig coming from Brazil on March
    15" / "CBP officers ... encountered a tractor trailer making entry from Mexico"): the place the sentence says the
    thing was, the one name put for the other (not "to", "for" or "with", a role's, which many a name of a weak pair
    shares: "work with Congress" / "work with Julie")."""
    p = _preposition(dw, wi, sw, vi)
    return p in _PLACE_PREPOSITIONS and p == _preposition(sw, vi, dw, wi) and \
        sum(1 for k in gone if _preposition(sw, k, dw, wi) == p) <= 1 and \
        not (p in _TARGET_PREPOSITIONS and _other_verbs(dw, wi, sw, vi))


#: the prepositions of place that also mark a verb's target (``CONFLICTS.target_prepositions``: "shot at")
_TARGET_PREPOSITIONS = _C.target_prepositions


def _other_verbs(dw: Sequence[TaggedWord], wi: int, sw: Sequence[TaggedWord], vi: int) -> bool:
    """Whether the prepositions before two names follow two verbs, and not the same one: a preposition that also
    marks a verb's target gives the name the role its verb gives it ("the car stopped at Moreno's Grill": a place;
    "shot at Scottsdale Police Detectives": a target), as "in" does not ("convened in Oslo" / "met in Lisbon")."""
    verbs = []
    for words, i, other, o in ((dw, wi, sw, vi), (sw, vi, dw, wi)):
        k = i - 1
        if k >= 0 and words[k].word.norm in _DETERMINERS and not (o > 0 and other[o - 1].word.norm in _DETERMINERS):
            k -= 1  # (the determiner :func:`_preposition` passes over)
        if k < 1 or words[k - 1].pos != "VERB":
            return False
        verbs.append(words[k - 1].lemma_key)
    return verbs[0] != verbs[1]


def _same_place(p: _Place, q: _Place, least: int = 1) -> bool:
    """Whether two names stand in the same place: ``least`` of its parts the same (two on a weak pair, which shares
    words more than a claim: "work with Congress on this issue" / "work with Julie to build an economy")."""
    return sum(bool(x and x == y) for x, y in zip(p, q, strict=True)) >= least


def _phrase_place(p: _Place, q: _Place) -> bool:
    """Whether two names stand in the same place by the phrase before them: the same preposition of place or of
    ("in", "at", "from", "of") right before each, after the same content word ("faced severe food insecurity in Sudan
    before this conflict" / "food insecurity in Chile before the conflict began"; "south of the town of Shibergan in
    Jawzan province" / "near the town of Chile in the northern province"): the noun or verb and its preposition hold
    the name, on a weak pair too, where a verb and "with" do not ("work with Congress" / "work with Julie")."""
    before = p[2]
    return len(before) >= 2 and before == q[2] and before[0] in _PLACE_PREPOSITIONS | _GENITIVES


def _still_there(dt: str, dw: Sequence[TaggedWord], name: Sequence[TaggedWord],
                 s_place: _Place) -> bool:
    """Whether the article gives the source's ``name`` in the source's place for it."""
    keys = _key_set(name)
    for k, t in enumerate(dw):
        if t.word.key in keys or t.lemma_key in keys:
            wi, wj = _whole_name(dt, dw, k, k + 1)
            if _same_place(_place(dw, wi, wj), s_place):
                return True
    return False


def _modifies(words: Sequence[TaggedWord], j: int) -> bool:
    """Whether the name ending before ``words[j]`` qualifies the common noun right after it ("the Biden
    administration", "Treasury actions")."""
    return j < len(words) and words[j].pos == "NOUN" and words[j].word.text[:1].islower() \
        and not words[j].word.text.endswith(_POSSESSIVE)


# ---------------------------------------------------------------------------------------------- attribution
#: the verbs of speech whose object is the listener (``CONFLICTS.listener_verbs``: "tells The Associated Press")
_LISTENER_VERBS = _C.listener_verbs


@_per_segment
def _speakers(text: str, words: Sequence[TaggedWord]) -> list[tuple[int, int]]:
    """The name runs a verb of speech credits: "Blinken said", "..., said Foreign Secretary David Lammy",
    "according to the FDA" (the object of "told" is the listener, not the speaker)."""
    out = []
    like = _name_flags(words)
    for v, t in enumerate(words):
        if v and (like[v] or t.word.norm in _TITLES) and not like[v - 1] \
                and words[v - 1].word.norm not in _TITLES:  # '"..." - Professor Chris Brightling'
            gap = text[words[v - 1].word.end:t.word.start]
            if re.fullmatch(r"\W*[\"”’']\W*\s[-–—]\s*", gap):
                out.append(_first_run(text, words, [v, v + 1] if v + 1 < len(words) else [v]) or (v, v + 1))
                continue
            if re.fullmatch(r"\W*[\"”]\s+", gap) and (run := _first_run(text, words, list(range(v, len(words))))) \
                    and run[1] == len(words):
                out.append(run)  # a quotation's credit line, the name alone after it: '...clinically,” Dr Carol
                continue  # Routledge'
        if not (t.word.key in _SPEAKER_KEYS or t.lemma_key in _SPEAKER_KEYS):
            continue
        if t.word.norm == "according":
            if v + 1 < len(words) and words[v + 1].word.norm == "to":
                run = _first_run(text, words, _credited_after(words, v + 2))
                if run is not None:
                    out.append(run)
            continue
        if t.pos not in ("VERB", ""):
            continue
        member = _member_credit(text, words, v, like)
        if member is not None:
            out.append(member)  # "a Tourism Board spokesperson said": the body the spokesperson speaks for
            continue
        # (the verb's subject stands right before it, with no punctuation between: a name before a comma ends a
        # phrase of its own, "... the outbreak in Sierra Leone, say scientists", "... Research (CDER), said")
        if v > 0 and like[v - 1] and not re.search(r"[,;:()\[\]]",
                                                               text[words[v - 1].word.end:t.word.start]):
            i = v - 1
            while i > 0 and like[i - 1] and \
                    not re.search(r"[:;,()]", text[words[i - 1].word.end:words[i].word.start]):
                i -= 1  # (not across a heading's colon: "Announcing ... for Home Efficiency: DOE announced")
            out.append((i, v))
            continue
        gap = text[words[v - 1].word.end:t.word.start] if v > 0 else ""
        if "," in gap and (run := _apposed(text, words, v)) is not None:
            out.append(run)  # "Maria Lopez, who led the trial, said": the subject before the clause between commas
            continue
        if ((v == 0 and not t.word.text.endswith("ing")) or any(c in gap for c in ",\"”'’")) and \
                not (v + 1 < len(words) and words[v + 1].pos == "SCONJ") and t.word.norm not in _LISTENER_VERBS:
            # "..., said Lammy": the speaker after the verb; not after a heading's "Announcing State Allocations", nor
            # the subject of the clause a conjunction opens, what is said ("..., saying that Hatch once shared"); nor
            # the one told ("..., tells The Associated Press that"): the listener
            run = _first_run(text, words, list(range(v + 1, min(v + 4, len(words)))))
            if run is not None:
                out.append(run)
    return out


_MEMBER_NOUNS = _LANG.member_nouns


def _credited_after(words: Sequence[TaggedWord], k: int) -> list[int]:
    """Where the speaker "according to" credits is looked for, from ``words[k]``: its next three words, or, after a
    release the speaker issued, the three after its preposition ("according to a statement from the Tourism
    Board")."""
    n = k
    while n < len(words) and n < k + 2 and words[n].word.norm in _DETERMINERS:
        n += 1
    if n + 1 < len(words) and words[n].word.norm in _RELEASE_NOUNS and words[n + 1].pos == "ADP":
        return list(range(n + 2, min(n + 5, len(words))))
    return list(range(k, min(k + 3, len(words))))


def _member_credit(text: str, words: Sequence[TaggedWord], v: int, like: Sequence[bool]) -> tuple[int, int] | None:
    """The body a verb of speech at ``words[v]`` credits through one of its people, named in lower case right before
    the verb (lang ``member_nouns``: "a Tourism Board spokesperson said", "the Tourism Board's spokesperson said",
    "Ministry officials said"); None for any other subject."""
    if v < 2 or words[v - 1].word.norm not in _MEMBER_NOUNS or not words[v - 1].word.text.islower() \
            or not like[v - 2] or re.search(r"[,;:()\[\]\"”]", text[words[v - 2].word.end:words[v].word.start]):
        return None
    i = v - 2
    while i > 0 and like[i - 1] and not re.search(r"[:;,()]", text[words[i - 1].word.end:words[i].word.start]):
        i -= 1
    return i, v - 1


#: the words that open a clause or phrase set between commas after a name, which says who the name is ("Maria Lopez,
#: who led the trial, said", "Maria Lopez, a professor at the university, said")
_APPOSITION_OPENERS = _C.apposition_openers
#: the most words from a verb of speech back to the name an apposition or a relative clause between commas follows:
#: news writing introduces a speaker with a long one ("Emmett, who made mental health a major priority during his
#: tenure as county judge and whose name adorns the county's diversion center, said", 24 words)
_APPOSITION_REACH = 30


def _apposed(text: str, words: Sequence[TaggedWord], v: int, reach: int = _APPOSITION_REACH) -> tuple[int, int] | None:
    """The name run a verb of speech at ``words[v]`` credits across an apposition or a relative clause set between
    commas: the run that ends at the comma that opens it ("Maria Lopez, who led the trial, said"); None when
    there is none within ``reach`` words."""
    for k in range(v - 2, max(v - 2 - reach, -1), -1):  # (down to the first word: "Emmett, who ..., said")
        if not (_name_like(words[k]) and "," in text[words[k].word.end:words[k + 1].word.start]):
            continue
        if words[k + 1].word.norm not in _APPOSITION_OPENERS:
            return None
        i = k
        while i > 0 and _name_like(words[i - 1]):
            i -= 1
        return i, k + 1
    return None


def _capitalised(t: TaggedWord) -> bool:
    """A capitalised noun in a speaker's place, which spaCy did not tag as a name ("said ClinTrials.gov": NOUN)."""
    w = t.word
    return w.text[:1].isupper() and w.kind == "word" and w.content and t.pos in ("NOUN", "PROPN", "X", "") \
        and not _is_month(t) and w.norm not in _WEEKDAYS and w.norm not in _TITLES


def _proper_adjective(t: TaggedWord) -> bool:
    """A capitalised adjective (inside a sentence that is no title-case heading: a word of a nation or a people, "the
    Norwegian authorities"), which spaCy tags ADJ where the source's word in its place is a name ("Ottoman
    authorities": PROPN); a heading's "to Discuss Strong Economic Recovery" is none."""
    w = t.word
    return t.pos == "ADJ" and w.text[:1].isupper() and w.kind == "word" and w.content and w.norm not in _TITLES


def _attached(text: str, words: Sequence[TaggedWord], j: int) -> bool:
    """Whether ``words[j + 1]`` is written against ``words[j]`` by a dot, one name ("Statista.com")."""
    return text[words[j].word.end:words[j + 1].word.start] == "."


def _first_run(text: str, words: Sequence[TaggedWord], order: list[int]) -> tuple[int, int] | None:
    """The name run starting at the first of ``order`` that is a name (titles passed over), up to a comma: in
    "Chris Brightling, NIHR Senior Research Fellow" the speaker is Chris Brightling, the rest says who he is."""
    for k in order:
        t = words[k]
        if t.word.norm in _TITLES:
            continue  # "said Dr Smith"
        if _name_like(t) or _capitalised(t):
            j = k
            while j + 1 < len(words) and (_name_like(words[j + 1]) or _capitalised(words[j + 1])
                                          or _attached(text, words, j)) and \
                    "," not in text[words[j].word.end:words[j + 1].word.start]:
                j += 1
            while j + 1 < len(words) and words[j + 1].word.text.islower() and \
                    j + 1 - k in _executive_words(words[k:j + 2]):
                j += 1  # a name of the executive written in lower case after its first word ("according to a White
                # house fact sheet"): the executive, no person "White"
            return k, j + 1
        if t.word.content:
            return None  # another word comes first: not the speaker
    return None


_QUOTED_RE = re.compile(r"[\"“”][^\"“”]*[\"“”]")


def _quotes_mostly(text: str, words: Sequence[TaggedWord]) -> bool:
    """Whether most of a segment is a direct quotation: an article quoting someone the source never names has
    interviewed them ('"Effective treatment has ...," says Fried'), which is no misattribution of the source."""
    if not words:
        return False
    seg = text[words[0].word.start - 1 if words[0].word.start else 0:words[-1].word.end + 1]
    return 2 * sum(len(m.group()) for m in _QUOTED_RE.finditer(seg)) >= len(seg)


#: the least number of content words of an article's quotation, and the least share of them its source sentence
#: holds, for the quotation to be the source's own words (:func:`_quotes_source`)
_QUOTED_WORDS = 4
_QUOTED_SHARE = 0.9


def _quotes_source(text: str, words: Sequence[TaggedWord], sw: Sequence[TaggedWord]) -> bool:
    """Whether the quotations among ``words`` are the source sentence's own words: :data:`_QUOTED_WORDS` content words
    or more, :data:`_QUOTED_SHARE` of them in ``sw`` ('"... to congratulate him on his election," the White House
    said'). A speaker the article credits with the source's own words is no one it interviewed: the source is what
    they said."""
    if not words:
        return False
    spans = [m.span() for m in _QUOTED_RE.finditer(text, words[0].word.start - 1 if words[0].word.start else 0,
                                                    words[-1].word.end + 1)]
    quoted = {t.lemma_key for t in words if t.word.content and t.word.kind == "word"
              and any(a < t.word.start < b for a, b in spans)}
    return len(quoted) >= _QUOTED_WORDS and len(quoted & _word_keys(sw) | quoted & {t.lemma_key for t in sw}) \
        >= _QUOTED_SHARE * len(quoted)


def _in_quotes(text: str, words: Sequence[TaggedWord], t: TaggedWord) -> bool:
    """Whether the word ``t`` of the segment ``words`` stands inside a quotation."""
    lo = words[0].word.start - 1 if words[0].word.start else 0
    return any(m.start() < t.word.start < m.end() for m in _QUOTED_RE.finditer(text, lo, words[-1].word.end + 1))


def _issuer(t: TaggedWord, names: _SourceNames) -> bool:
    """Whether a word names the source's issuer: "Amgen", "the Fed" for a release of the Federal Reserve."""
    key = t.word.key
    return key in names.issuers or _ALIASES.get(t.word.norm, "") in names.issuers or (
        len(key) >= 3 and any(k.startswith(key) for k in names.issuers)) or (
        bool(names.issuer_initials) and ((_acronym(t) and _acronym_letters(t) in names.issuer_initials)
                                         or _mixed_initials(t) in names.issuer_initials))


def _mixed_initials(t: TaggedWord) -> str:
    """The folded capitals of a word of initials in mixed case, a connector's initial in lower case between them
    ("BoG" for the Bank of Ghana, "DoD": bg, dd), of three to six letters, two capitals at least; "" for another
    word."""
    text = t.word.text
    bare = text[:-2] if text.endswith(_POSSESSIVE) else text
    if not 3 <= len(bare) <= 6 or not bare.isalpha() or not bare[:1].isupper() or not bare[-1:].isupper() \
            or bare.isupper():
        return ""
    return "".join(c for c in bare if c.isupper()).lower()


def _acronym_letters(t: TaggedWord) -> str:
    """The folded letters of an acronym, a possessive's or a plural's ending off ("CBM's": cbm)."""
    bare = t.word.text[:-2] if t.word.text.endswith(_POSSESSIVE) else t.word.text
    return bare.lower()


def _executive_words(words: Sequence[TaggedWord]) -> set[int]:
    """The indices of the words of ``words`` that name a government's executive ("the White House", "the Biden
    Administration", "the President": :attr:`~alignment.lang.base.ConflictWords.executive_names`)."""
    norms = [t.word.norm for t in words]
    return {k + n for e in _EXECUTIVE for k in range(len(norms) - len(e) + 1) if tuple(norms[k:k + len(e)]) == e
            for n in range(len(e))}


def _executive(words: Sequence[TaggedWord]) -> bool:
    """Whether words name a government's executive (:func:`_executive_words`)."""
    return bool(_executive_words(words))


def _issuer_run(run: Sequence[TaggedWord], names: _SourceNames, side: frozenset[str] = frozenset()) -> bool:
    """Whether a speaker run names the source's issuer: a word of its name, one of the names of the executive where
    the issuer is one (a White House fact sheet's "the Biden Administration", "the President"; not "President Obama",
    whom the source does not name so), or a person the article introduces as the issuer's (``side``: "White House
    National Climate Adviser Ali Zaidi")."""
    return any(_issuer(t, names) for t in run) or _executive_issuer(run, names) or \
        any(t.word.key in side for t in run if _name_like(t)) or _heading_body(run, names)


def _executive_issuer(run: Sequence[TaggedWord], names: _SourceNames) -> bool:
    """Whether, the issuer being a government's executive, ``run`` names it by one of its names, any other name in it
    one the source gives its people or itself ("President Biden"; not "President Obama")."""
    if not names.executive:
        return False
    executive = _executive_words(run)
    return bool(executive) and all(t.word.key in names.persons or t.word.key in names.issuers
                                   for k, t in enumerate(run)
                                   if _name_like(t) and t.word.norm not in _TITLES and k not in executive)


def issuer_side(der: Analyzed, names: _SourceNames) -> frozenset[str]:
    """The keys of the names of the people the article introduces by an office of the source's issuer: the run of
    capitalised words before a person's name holds a word of the issuer (or, where the issuer is a government's
    executive, one of its names) and ends in a word of office ("White House National Climate Adviser Ali Zaidi"):
    their words are the issuer's own voice. So is the first person it introduces by the office that the heading of a
    first-person source names it by (:attr:`_SourceNames.offices`)."""
    out: set[str] = set()
    signer = not names.offices  # (whether the signer the source's heading names by office only is found)
    for dw in der.words:
        k = 0
        while k < len(dw):
            if not dw[k].word.text[:1].isupper():
                k += 1
                continue
            j = k
            while _joined(der.text, dw, j, _RUN_BREAK_RE):
                if dw[j + 1].word.text[:1].isupper():
                    j += 1
                    continue
                # (a word of office in lower case, and the lower-case word of it before it, go on with the run:
                # "White House press secretary Karoline Leavitt")
                m = next((m for m in range(j + 1, min(j + 3, len(dw))) if dw[m].word.norm in _TITLES), -1)
                if m < 0 or m + 1 >= len(dw) or not dw[m + 1].word.text[:1].isupper() or any(
                        not _joined(der.text, dw, x, _RUN_BREAK_RE) for x in range(j, m)):
                    break
                j = m
            run = dw[k:j + 1]
            office = max((n for n, t in enumerate(run) if t.word.norm in _TITLES), default=-1)
            if 0 < office < len(run) - 1 and (any(_issuer(t, names) for t in run[:office]) or (
                    names.executive and _executive(run[:office]))):
                out.update(t.word.key for t in run[office + 1:])
            elif not signer and 0 <= office < len(run) - 1 and run[office].word.norm in names.offices:
                signer = True  # the first person the article introduces by the office the heading of a first-person
                out.update(t.word.key for t in run[office + 1:])  # source names ("President Biden" for "Statement
                # by the President ... I say this")
            k = j + 1
    return frozenset(out)


#: how many of the article's sentences must put a name in the place of the source's issuer for the name to be the
#: article's own name of the issuer (one more sign instead: :func:`issuer_aliases`)
_ALIAS_PLACES = 2
#: the words that say a name is another's ("The Swedish FSA -- known as Finansinspektionen --":
#: ``CONFLICTS.alias_marks``)
_ALIAS_MARKS = _C.alias_marks


def _alias_run(words: Sequence[TaggedWord], j: int) -> tuple[int, int]:
    """The run of name-like words that ends at ``words[j - 1]``, a nation's adjective before it included ("the
    Swedish FSA")."""
    i = j
    while i > 0 and (_name_like(words[i - 1]) or _proper_adjective(words[i - 1])):
        i -= 1
    return i, j


def _issuer_place(dw: Sequence[TaggedWord], i: int, j: int, sw: Sequence[TaggedWord], k: int) -> bool:
    """Whether the article's name run ``dw[i:j]`` stands where the source's issuer word ``sw[k]`` stands: the same
    content word right after both, or the same two words (the verb they do, the noun they own: "The FSA is
    working" / "Finantsinspektsioon is working", "X's investigation" / "FI's investigation"), both possessive or
    neither, and the run opening its sentence (after a determiner and adjectives) or the same word before both."""
    if j >= len(dw) or k + 1 >= len(sw) or dw[j].lemma_key != sw[k + 1].lemma_key:
        return False
    if not dw[j].word.content and (j + 1 >= len(dw) or k + 2 >= len(sw)
                                   or dw[j + 1].lemma_key != sw[k + 2].lemma_key):
        return False  # (a word of no content after both, the next one too: "is working", "does not conduct")
    if dw[j - 1].word.text.endswith(_POSSESSIVE) != sw[k].word.text.endswith(_POSSESSIVE):
        return False
    if i > 0 and k > 0 and dw[i - 1].lemma_key == sw[k - 1].lemma_key:
        return True
    return not any(t.word.content and t.pos != "ADJ" for t in dw[:i])


def _spells(acronym: str, word: str) -> bool:
    """Whether a long word spells an acronym's letters in order, its first letter first, three times as long at
    least: a compound name in another language and its initials ("Finansinspektionen": FI)."""
    return len(acronym) >= 2 and len(word) >= 3 * len(acronym) and _subsequence(acronym, word)


def issuer_aliases(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]], names: _SourceNames) -> frozenset[str]:
    """The keys of the names the article gives the source's issuer where the source has its own for it, in another
    language or as an acronym ("the FSA" for a release of Finantsinspektsioon, "Finansinspektionen" for FI's): a name
    the source never uses, put in the place of the issuer's name (:func:`_issuer_place`) in :data:`_ALIAS_PLACES` of
    the article's sentences that restate the source's, or in one where the name spells the issuer's acronym
    (:func:`_spells`); and the name the article says such a name is known as, or is known as ("The Swedish FSA --
    known as Finansinspektionen"). What the article credits to them, the issuer says: no other speaker; where the
    source has the issuer's name, theirs is no other name. (One place alone is no sign: a wrong name put in the
    issuer's place once is a name changed.)"""
    places: dict[str, set[int]] = {}
    spelled: set[str] = set()
    issuers: dict[int, dict[str, list[int]]] = {}  # source segment -> the lemma after an issuer word -> its places
    for di, s_list in pairs.items():
        dw = der.words[di]
        # (the ends of the article's name runs that no established word ends, by the lemma after them)
        ends: dict[str, list[int]] = {}
        for j in range(1, len(dw)):
            if _name_like(dw[j - 1]) and not _established(dw[j - 1], names):
                ends.setdefault(dw[j].lemma_key, []).append(j)
        if not ends:
            continue
        for si in s_list:
            sw = src.words[si]
            if si not in issuers:
                places_of: dict[str, list[int]] = {}
                for k in range(len(sw) - 1):
                    if sw[k].word.text[:1].isupper() and _issuer(sw[k], names):
                        places_of.setdefault(sw[k + 1].lemma_key, []).append(k)
                issuers[si] = places_of
            for lemma in issuers[si].keys() & ends.keys():
                for k in issuers[si][lemma]:
                    for j in ends[lemma]:
                        i, _ = _alias_run(dw, j)
                        if not _issuer_place(dw, i, j, sw, k):
                            continue
                        for u in dw[i:j]:
                            if not _established(u, names):
                                places.setdefault(u.word.key, set()).add(di)
                                if _acronym(sw[k]) and _spells(sw[k].word.norm, u.word.norm):
                                    spelled.add(u.word.key)
    out = {key for key, where in places.items() if len(where) >= _ALIAS_PLACES or key in spelled}
    if not out:
        return frozenset()
    for dw in der.words:  # the names the article says are these, or these are ("X -- known as Y")
        for m in range(2, len(dw)):
            if (dw[m - 2].word.norm, dw[m - 1].word.norm) not in _ALIAS_MARKS or not _name_like(dw[m]) \
                    or m < 3 or not _name_like(dw[m - 3]):
                continue
            before = {u.word.key for u in dw[_alias_run(dw, m - 2)[0]:m - 2]}
            after = {dw[m].word.key}
            if before & out or after & out:
                out |= {k for k in before | after if not any(k == u.word.key and _established(u, names)
                                                              for u in dw)}
    return frozenset(out)


#: how many words after a source speaker's name its office is read (:func:`_official`)
_OFFICE_REACH = 15


def _official(text: str, words: Sequence[TaggedWord], i: int, j: int, names: _SourceNames) -> bool:
    """Whether the source introduces the speaker ``words[i:j]`` as one of its issuer's officials: a word of the issuer
    in the name run, or, outside quotation marks, among the :data:`_OFFICE_REACH` words after it ("said William
    Maisel, M.D., ..., acting director of the Office of Device Evaluation in the FDA’s Center for ..."). An article
    crediting the issuer with the official's words credits the same voice."""
    if _issuer_run(words[i:j], names):
        return True
    return any(_issuer(t, names) for t in words[j:j + _OFFICE_REACH]
               if _name_like(t) and not _in_quotes(text, words, t))


#: how many of the article's segments credit a person the source never names, for the article to have interviewed
#: them (:func:`interviewees`)
_INTERVIEW_USES = 2


def interviewees(der: Analyzed, names: _SourceNames) -> frozenset[str]:
    """The keys of the people the article adds as voices of its own: a person the source never names (nor its issuer)
    whom the article credits with speech in :data:`_INTERVIEW_USES` segments or more ("said Elizabeth Ward, an
    epidemiologist with ...", "Ward said"), or names alone after a quotation, in its credit line ('...,” Dr Carol
    Routledge'). What the article credits to them is their own view, not the source's misattributed, unless it is
    the source's own words (:func:`_check_attribution`). (One quotation credited to a name the article uses once
    is no sign: a writer who put the wrong name on the source's words writes just that.)"""
    uses: Counter[str] = Counter()
    quoted: set[str] = set()
    for dw in der.words:
        here: set[str] = set()
        for i, j in _speakers(der.text, dw):
            run = [t for t in dw[i:j] if _name_like(t)]
            # (the surname the source never uses: "Ann" is no shortening of its "announced" here)
            if not run or run[-1].word.key in names.keys or run[-1].lemma_key in names.keys \
                    or any(_issuer(t, names) for t in run):
                continue
            key = run[-1].word.key
            here.add(key)
            k = i - 1  # (the word before the name, past a title)
            while k > 0 and dw[k].word.norm in _TITLES:
                k -= 1
            gap = der.text[dw[k].word.end:dw[i].word.start] if 0 <= k < i else ""
            if j == len(dw) and any(c in gap for c in "\"”"):
                quoted.add(key)  # a quotation's credit line, the name alone after it: '...,” Dr Carol Routledge'
        uses.update(here)
    return frozenset(k for k, n in uses.items() if n >= _INTERVIEW_USES) | frozenset(quoted)


#: how far from a noun of a study's people (:attr:`~alignment.lang.base.ConflictWords.team_nouns`) a name is one of
#: them ("Nancy Avis, Ph.D., lead author of the study")
_TEAM_REACH = 6


def team_members(src: Analyzed) -> frozenset[str]:
    """The keys of the names the source puts next to a noun of a study's people (within :data:`_TEAM_REACH` words of
    "author", "researchers" in its sentence): the people behind the study it reports."""
    out: set[str] = set()
    for words in src.words:
        for k, t in enumerate(words):
            if t.word.norm in _C.team_nouns:
                out.update(u.word.key for u in words[max(k - _TEAM_REACH, 0):k + _TEAM_REACH + 1] if _name_like(u))
    return frozenset(out)


def _team_credited(words: Sequence[TaggedWord]) -> bool:
    """Whether a sentence credits what it says to a study's people by a noun ("..., according to scientists at Wake
    Forest", "say the researchers", "the authors said")."""
    for k, t in enumerate(words):
        if t.word.norm not in _C.team_nouns:
            continue
        before = [u for u in words[max(k - 3, 0):k] if u.word.content]
        if any(u.word.key in _SPEAKER_KEYS or u.lemma_key in _SPEAKER_KEYS
               for u in (*before[-1:], *words[k + 1:k + 2])):
            return True
    return False


_OUTLETS = _C.news_outlets
_OUTLET_NOUNS = _C.news_outlet_nouns
_REPORT_KEY = stem("report")
#: what parts an outlet's name from the claim before it that it reported ("..., Stuff reported": :func:`_news_credit`)
_CLAIM_END_RE = re.compile(r"[,\"”]")


def _news_credit(text: str, words: Sequence[TaggedWord], i: int, j: int, names: _SourceNames) -> bool:
    """Whether the speaker run ``words[i:j]`` is a news outlet the article credits, its own source named, not a voice
    in the place of the source's: a name with a word of an outlet in it (``CONFLICTS.news_outlets``: "..., according
    to the Daily Courier", "the Washington Examiner"), one a noun of an outlet introduces ("local news outlet
    Stuff"), or one the source never names as a name, credited with a report in the news' way: after what it
    reported ("..., Stuff reported"), first ("the Herald first reported") or by "reported by" ("as first reported by
    the Herald"); not a report said in the present that the sentence opens with ("UNICEF reports fewer than ...": a
    claim credited)."""
    run = [t for t in words[i:j] if _name_like(t) or _capitalised(t)]
    if any(t.word.norm in _OUTLETS for t in run) or any(t.word.norm in _OUTLET_NOUNS for t in words[max(i - 3, 0):i]):
        return True
    if any(t.word.norm in _OUTLETS and t.word.text[:1].isupper() for t in words[_of_head(words, i):i]):
        return True  # the outlet's name whose "of" the run ends: "..., The Times of Israel reported"
    if not run or any(t.word.key in names.proper for t in run):
        return False
    if i >= 2 and words[i - 1].word.norm == "by" and words[i - 2].lemma_key == _REPORT_KEY:
        return True
    if _reported_after_claim(text, words, i, j):
        return True
    after = [t.word.norm for t in words[j:j + 2]]
    if "reported" not in after:
        return False
    k = i - 1 if i > 0 and words[i - 1].word.norm in _DETERMINERS else i
    return "first" in after or (k > 0 and bool(_CLAIM_END_RE.search(text[words[k - 1].word.end:words[k].word.start])))


def _reported_after_claim(text: str, words: Sequence[TaggedWord], i: int, j: int) -> bool:
    """Whether the speaker run ``words[i:j]`` ends its sentence right after "reported", which follows the claim and
    its comma: the news' way of naming the agency a story is taken from ("..., as candidates for the post, reported
    LETA/BNS."), not a voice put in the source's place ("..., said Minister Berg" stays a speaker)."""
    if i < 2 or words[i - 1].word.norm != "reported":
        return False
    if not _CLAIM_END_RE.search(text[words[i - 2].word.end:words[i - 1].word.start]):
        return False
    end = words[j].word.start if j < len(words) else len(text)
    return j == len(words) or bool(re.match(r"\s*[.;]", text[words[j - 1].word.end:end]))


_RELEASE_NOUNS = _C.release_nouns
_RELEASE_REACH = 8  # words after a speaker a credit's "in a ... news release" is looked for
_RELEASE_NAME_WORDS = 6  # words from that "in" to the release's noun ("in a University of Northfield news release")


def _of_tail(words: Sequence[TaggedWord], j: int) -> int:
    """The end of the capitalised run that "of" (and a determiner) joins to a name ending at ``words[j - 1]``, words
    of office included ("the Office of the Prime Minister", "The Times of Israel" read from its "Times"); ``j`` where
    none follows."""
    k = j
    if k >= len(words) or words[k].word.norm != "of":
        return j
    k += 1
    while k < len(words) and words[k].word.norm in _DETERMINERS:
        k += 1
    m = k
    while m < len(words) and words[m].word.text[:1].isupper():
        m += 1
    return m if m > k else j


def _of_head(words: Sequence[TaggedWord], i: int) -> int:
    """The start of the capitalised run that "of" (and a determiner) joins before a name starting at ``words[i]``
    ("The Times of Israel" read from its "Israel"): ``i`` where none does."""
    k = i
    while k > 0 and words[k - 1].word.norm in _DETERMINERS:
        k -= 1
    if k < 2 or words[k - 1].word.norm != "of" or not words[k - 2].word.text[:1].isupper():
        return i
    k -= 1
    while k > 0 and words[k - 1].word.text[:1].isupper():
        k -= 1
    return k


def _release_credit(text: str, words: Sequence[TaggedWord], i: int, j: int) -> bool:
    """Whether the credit of the speaker ``words[i:j]`` says the words were said in another's release, in its
    clause: "in" and, within a few words, a name that is not the speaker's and a noun of ``CONFLICTS.release_nouns``
    ('"...," said study author Jane Roe in a Northfield University news release'): a release's words, which the
    source, a release in its own voice, may give as its own without naming the one who spoke them (not the
    speaker's own release: "Siemens said in a press release")."""
    speaker = {t.word.key for t in words[i:j]}
    for k in range(j, min(j + _RELEASE_REACH, len(words))):
        if k > j and _CLAUSE_BREAK_RE.search(text[words[k - 1].word.end:words[k].word.start]):
            return False
        if words[k].word.norm == "in":
            for m in range(k + 1, min(k + 1 + _RELEASE_NAME_WORDS, len(words))):
                if _CLAUSE_BREAK_RE.search(text[words[m - 1].word.end:words[m].word.start]):
                    return False
                if words[m].word.norm in _RELEASE_NOUNS:
                    return any(t.word.text[:1].isupper() and t.word.content and t.word.key not in speaker
                               for t in words[k + 1:m])
            return False
    return False


_CITED_NOUNS = frozenset(stem(fold_word(w)) for w in _C.documents | _C.release_nouns)
_CITED_REACH = 6  # words before "in which" the document's noun is looked for ("a proclamation from the White House")


def _cited_document_credit(words: Sequence[TaggedWord], i: int, names: _SourceNames) -> bool:
    """Whether the article credits the speaker ``words[i:...]`` with words said "in which", of a document named
    just before that the source names too by the same noun (``CONFLICTS.documents``, ``release_nouns``): "a
    proclamation from the White House, in which President Joe Biden said" / "In accordance with a proclamation from
    the White House, Gov. Roe has directed": the article quotes the document the source acts on, whose author the
    source does not name, and cannot show the credit wrong (not "In a statement Friday, Roe said", the speaker's
    own)."""
    k = i - 1
    while k > 0 and i - k <= 2 and words[k].word.norm != "which":
        k -= 1  # ("in which President ...", "in which the President ...")
    if k < 1 or words[k].word.norm != "which" or words[k - 1].word.norm != "in":
        return False
    return any(t.lemma_key in _CITED_NOUNS and t.lemma_key in names.keys and not t.word.text[:1].isupper()
               for t in words[max(k - 1 - _CITED_REACH, 0):k - 1])


def _unquoted_speakers(text: str, words: Sequence[TaggedWord]) -> list[tuple[int, int]]:
    """The speakers of :func:`_speakers` outside the segment's quotations."""
    return [(i, j) for i, j in _speakers(text, words) if not _in_quotes(text, words, words[i])]


#: the pronouns that credit a quotation to someone named before it ('"...," she said'), no speaker's own ("we")
_CREDITING_PRONOUNS = _LANG.reported_subjects - _LANG.speaker_pronouns


def _title_credit(text: str, words: Sequence[TaggedWord]) -> bool:
    """Whether the sentence credits its quotation, right after its closing quotation mark, to a speaker it names by
    an office alone, in lower case, or by a pronoun ('"...," the governor said', '"...," said the minister', '"...,"
    she said', the minister named in the sentence before): the source's own speaker, known to its readers, whom an
    article may name; no quotation credited to no one."""
    for v, t in enumerate(words):
        if not (t.word.key in _SPEAKER_KEYS or t.lemma_key in _SPEAKER_KEYS) or not 2 <= v:
            continue
        # "the governor said", "said the governor", "she said"
        for first, last in ((v - 2, v - 1), (v + 1, v + 2), (v - 1, v - 1)):
            if last >= len(words):
                continue
            who = words[last].word
            if first == last:
                credit = who.norm in _CREDITING_PRONOUNS
            else:
                credit = words[first].word.norm in _DETERMINERS and who.norm in _OFFICE_HEADS and who.text.islower()
            start = min(v, first)
            if credit and re.search(r"[\"”’']", text[words[start - 1].word.end:words[start].word.start]):
                return True
    return False


def _named_aside(text: str, speaker: Sequence[TaggedWord], sw: Sequence[TaggedWord],
                 s_sp: Sequence[tuple[int, int]]) -> bool:
    """Whether the source's sentence ``sw`` credits what it says to speakers of its own (``s_sp``) and names the
    article's ``speaker`` only after them, none of the speaker's name words in their runs: someone the speaker works
    with, or speaks of ("Emmett, who ..., said he was proud to work with Ogg" / "Ogg, who ..., said he was proud to
    work with Ogg"). The sentence names them, but not as the one who says it. A name before the speakers' runs may
    be one of a list of speakers whose last alone the run holds ("State Attorney Roe, Police Director Daniels and
    CEO Carlos Migoya announce" / "the Miami-Dade County Prosecutor's Office announced")."""
    named = [t for t in speaker if _name_like(t) and t.word.norm not in _TITLES]
    if not s_sp or not named:
        return False  # (a speaker without a name, "the governor", is read otherwise)
    keys = _key_set(named)
    last = max(y for _, y in s_sp)
    # (with the names and offices right after the run, no mark between: "said CDC Director Dr. Rochelle Walensky",
    # whose run holds "CDC")
    while last < len(sw) and (_name_like(sw[last]) or _capitalised(sw[last]) or sw[last].word.norm in _TITLES) \
            and not re.search(r"[,;:()\[\]\"“”]", text[sw[last - 1].word.end:sw[last].word.start]):
        last += 1
    where = [n for n, t in enumerate(sw) if t.word.key in keys or t.lemma_key in keys]
    return bool(where) and min(where) >= last


def _check_attribution(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                       block: Sequence[TaggedWord], names: _SourceNames, weak: bool = False,
                       side: frozenset[str] = frozenset(), pooled: Sequence[TaggedWord] = (),
                       team: frozenset[str] = frozenset(), outside: frozenset[str] = frozenset(),
                       voices: frozenset[str] = frozenset(), heard: frozenset[str] = frozenset(),
                       one_voice: bool = False, within: bool = False) -> list[_Hit]:
    """``within``: the source's sentence stands inside a quotation opened before it (:func:`within_quotations`), so
    a speaker it names ("It is a very difficult situation and, as Prime Minister Lee said, ...") is one the quoted
    speaker cites, not the sentence's: the speaker ``heard`` names it still.
    ``heard``: the names of the line that introduces the source's sentence as someone's words (:func:`lead_ins`),
    the speaker where the sentence names none, or, in one person's statement, the names it gives outside quotation
    marks (:func:`one_voice`). ``one_voice``: the source is one person's statement, whose quotations credited to no
    one are its issuer's own words, as a lead-in's are its speaker's: an article crediting them to someone else
    misattributes them. ``voices``: the people the source credits with words of their own
    (:func:`source_voices`); on a close pair, a
    quotation the source credits to one of them, credited by the article to another, is misattributed whoever the
    issuer is ('"...," said Commissioner Maria Soto' / '"...," said District Attorney Paul Brandt', both named in the
    release's first sentence, which makes both issuers). ``team``: the people behind the study the source reports
    (:func:`team_members`), who may speak for a finding it credits to them as a group ("according to scientists at
    ...": "Avis said"). ``outside``: the voices the article adds (:func:`interviewees`), who may say what they like
    of the source's subject, in words not the source's.
``block``: the words of the source paragraph holding ``sw``: a quotation's speaker is often named in the
    sentence before or after it. ``side``: the people the article introduces as the issuer's (:func:`issuer_side`).
    ``pooled``: the words of all the source segments the article's segment restates, whose quotations may run over
    two of them (:func:`_quotes_source`).
    The issuer answers for all its text says outside quotation marks: the article may credit it with what the source
    credits to one of its offices ("The Biden Administration announced" / "today ONDCP announced")."""
    d_sp = _speakers(dt, dw)
    if not d_sp:
        return []
    # (not a name inside the sentence's quotation, which its speaker cites: '"I appreciate Secretary Vilsack
    # responding to my request ...," the governor said')
    s_sp = _unquoted_speakers(st, sw)
    own = sw
    quoted_own = bool(sw) and sw[0].word.start > 0 and st[sw[0].word.start - 1] in _OPENING_QUOTES
    # (the speakers the source's sentence itself credits, outside a quotation opened before it)
    own_sp = s_sp if not within else []
    if not s_sp and block:
        s_sp = _unquoted_speakers(st, block)
        if s_sp:  # (the source's own voice is the sentence itself, not its paragraph)
            sw = block
    s_keys = _key_set(t for t in sw if t.word.text[:1].isupper())
    d_keys = _segment_keys(dw)
    hits = []
    for i, j in d_sp:
        if _news_credit(dt, dw, i, j, names):
            continue  # the article's own source credited: "..., according to the Daily Courier", "the Courier reported"
        keys = _key_set(dw[i:j])
        if (not s_sp or within) and {t.word.key for t in dw[i:j]} & heard:
            continue  # the speaker the source's lead-in line names ("Statement from Governor Jane Roe:" / "Roe said")
        aliases = {_ALIASES.get(t.word.norm, t.word.norm) for t in dw[i:j]}
        issuer = _issuer_run(dw[i:j], names, side) or _issuer_run(dw[j:_of_tail(dw, j)], names)
        run = [t for t in dw[i:j] if _name_like(t)]
        # (another of the source's voices, given the words the source quotes from one: no issuer's to give)
        issuer = issuer and not (not weak and run and run[-1].word.key in voices and s_sp
                                 and (quoted_own or _quotes_mostly(st, sw))
                                 and not any(_key_set(sw[x:y]) & keys for x, y in s_sp))
        aside = _named_aside(st, dw[i:j], sw, own_sp) if keys & s_keys else False
        if (keys & s_keys and not aside) or (issuer and not aside and not (
                s_sp and (quoted_own or _quotes_mostly(st, sw))
                and not all(_official(st, sw, x, y, names) for x, y in s_sp))):
            continue  # the source names this speaker here, or the article credits the source's issuer with what the
            # source says outside quotation marks; where the source quotes someone else, the issuer is another speaker,
            # unless the source introduces that someone as the issuer's official (:func:`_official`)
        a, b = dw[i].word.start, dw[j - 1].word.end
        piece = _sentence_of(dt, dw, i, j)
        credited, theirs = _word_keys(piece[0]) | _word_keys(piece[1]), _word_keys(own)
        # (an amount both give in digits is a word of the claim in common, where the one credited is a name the source
        # never gives: "Toyota said it will allocate up to $15 billion for swap transactions" / "The Bank of Israel will
        # allocate at this stage up to $15 billion"; one the source names may be where its figures come from, "...,
        # according to the ATF" / "data maintained by the ... (ATF)")
        stranger = bool(run) and not any(_established(t, names) for t in run)
        shared = (credited & theirs) | (_figures([*piece[0], *piece[1]]) & _figures(own) if stranger else set())
        figures = len(shared - credited)
        if len(shared) < 2 or 3 * len(shared) < min(len(credited), len(theirs)) or (
                weak and not s_sp and (len((_plain_keys(piece[0]) | _plain_keys(piece[1])) & _plain_keys(own))
                                       + figures < 2 or _new_figure([*piece[0], *piece[1]], own))):
            continue  # (the sentence the speaker is credited with, in the article's segment, shares one content word
            # at most with the source's, or less than a third of the shorter's, or, on a weak pair with the source in
            # its own voice, one plain word at most (or a figure the source's sentence never gives: the one credited
            # reports figures of its own, "UNICEF reports fewer than 30% of children ..."): a topic, not the claim,
            # whoever the article credits: "Senator
            # Manchin said that, like President Biden, he believes filibusters should continue" / "As the country
            # continues to ..."; a local official's own press release, "…In a press release, Pipe said he was honored
            # to be invited")
        said = [*piece[0], *dw[i:j], *piece[1]]
        if run and run[-1].word.key in outside and not _quotes_source(dt, said, pooled or own) \
                and len(shared) < _QUOTED_SHARE * len(credited - _SPEAKER_KEYS):
            continue  # a voice the article adds, in its own words: "... when that dose is due", Felton said' /
            # '"The second dose of the vaccine is important ...," Professor Cunningham said'
        # the article quotes the source's own words and credits them to this speaker: the speaker the source's
        # sentence names, quoted with them, is part of the words quoted ('"Today, President Joe Biden announced ...,"
        # the White House said'), and the speaker credited must be the source's own voice, unless the source's
        # sentence is itself a quotation
        voice = not (quoted_own or _quotes_mostly(st, own)) and not _in_quotes(dt, dw, dw[i]) \
            and _quotes_source(dt, said, pooled or own) and all(
                _key_set(sw[x:y]) & {k for t in said if _in_quotes(dt, dw, t) for k in _keys(t)} for x, y in s_sp)
        # the source reports, in its own voice, what its speaker did ("Today, President Joe Biden announced his intent
        # to nominate"), and the article's sentence names that speaker in what it credits to another ("President Joe
        # Biden on Friday revealed the names ..., the White House said"): the one credited speaks for the source
        # (by a word of the speaker's name the source's sentence uses nowhere else: "a second Security Directive")
        reported = bool(s_sp) and not (quoted_own or _quotes_mostly(st, own) or _quotes_mostly(dt, said)) and all(
            (_key_set(sw[x:y]) - _key_set(t for n, t in enumerate(sw) if not x <= n < y))
            & _key_set([*piece[0], *piece[1]]) for x, y in s_sp)
        if not s_sp or voice or reported:  # the source says it in its own voice; the article credits someone else
            # (a quotation credited to no one is someone's the source does not name, whom the article may know,
            # unless the source names its speaker in a lead-in line or is one person's statement, all in their voice)
            quoted = st[sw[0].word.start - 1:sw[0].word.start] in _OPENING_QUOTES if sw and sw[0].word.start else False
            # (a quotation the source credits to its speaker by office alone, '"...," the governor said', is that
            # speaker's: the article may name them, not someone the source never names, whose words they then are not)
            titled = quoted and _title_credit(st, own)
            quoted = quoted and not (heard or one_voice or titled)
            known = [_established(t, names) for t in dw[i:j]]
            if titled and (any(known) or not _quotes_source(dt, said, own)):
                continue
            # someone the source names elsewhere, or someone it never names at all: not the source's own voice;
            # but not someone the article quotes in the sentence it credits them with, whom it interviewed (unless
            # what they are quoted saying is the source's own words)
            interviewed = (_quotes_mostly(dt, dw) or _quotes_mostly(dt, said)) and not voice and not titled
            if team and not s_sp and all(t.word.key in team for t in dw[i:j] if _name_like(t)) \
                    and any(_name_like(t) for t in dw[i:j]) and _team_credited(own):
                continue  # one of the study's people, for a finding the source credits to them all
            if not any(known) and (_release_credit(dt, dw, i, j) or _cited_document_credit(dw, i, names)):
                continue  # someone the source never names, said to have spoken in a release: "..., said study author
                # Jane Roe in a Northfield University news release" of what the release says in its own voice
            if (all(known) or not (any(known) or interviewed)) and sw and not quoted:
                sa, sb = sw[0].word.start, sw[-1].word.end
                hits.append(_Hit("attribution", a, b, sa, sb, f"the article credits {dt[a:b]!r}; the source does "
                                                              "not credit it to them"))
            continue
        for si, sj in s_sp:
            # the source's speaker named in the article's sentence: not where the word shared is one the source's
            # sentence also has elsewhere ("the Department of Homeland Security’s ... (TSA) announced a second
            # Security Directive" / "Siemens announced the second Security Directive")
            elsewhere = _key_set(t for n, t in enumerate(sw) if not si <= n < sj)
            if _key_set(sw[si:sj]) & (d_keys - elsewhere) or \
                    aliases & {_ALIASES.get(t.word.norm, t.word.norm) for t in sw[si:sj]} or \
                    _initialism(dw[i:j], st, sw, si, sj):
                break
            sa, sb = sw[si].word.start, sw[sj - 1].word.end
            who = st[sa:sb]
            if own and not own[0].word.start <= sa < own[-1].word.end:
                # the speaker is named in another sentence: the span is the sentence the article restates
                sa, sb = own[0].word.start, own[-1].word.end
            hits.append(_Hit("attribution", a, b, sa, sb,
                             f"the article credits {dt[a:b]!r} where the source credits {who!r}"))
            break
    return hits


def within_quotations(src: Analyzed) -> list[bool]:
    """For each source segment, whether it stands inside a quotation its paragraph opens before it ('“The position
    has been set out .... It is a very difficult situation ...': the second sentence), the last double quotation
    mark before it in the paragraph an opening one."""
    out: list[bool] = []
    state: dict[int, tuple[int, bool, int]] = {}  # block -> (read up to, inside, straight marks met)
    for seg in src.segments:
        if seg.block < 0:
            out.append(False)
            continue
        at, inside, straight = state.get(seg.block, (seg.start, False, 0))
        for c in src.text[at:seg.start]:
            if c in "“”":
                inside = c == "“"
            elif c == "\"":
                straight += 1
                inside = straight % 2 == 1
        state[seg.block] = (max(at, seg.start), inside, straight)
        out.append(inside)
    return out


def one_voice(src: Analyzed, voices: frozenset[str]) -> frozenset[str]:
    """Where the source is one person's statement, the keys of the names it gives outside quotation marks, among which
    is the one whose statement it is ('Premier Jane Roe has released the following statement ...:'); () otherwise. A
    statement speaks in the first person ("I am horrified by the reports ...", :func:`_first_person`) and credits no
    one with words (``voices``, :func:`source_voices`), so that its quotations, credited to no one ('“It cannot be the
    case ...'), are its issuer's own words."""
    if voices or not _first_person(src):
        return frozenset()
    out: set[str] = set()
    for seg, sw in zip(src.segments, src.words, strict=True):
        if sw and not (seg.start and src.text[seg.start - 1:seg.start] in _OPENING_QUOTES) \
                and src.text[sw[0].word.start - 1:sw[0].word.start] not in _OPENING_QUOTES:
            out.update(t.word.key for t in sw if _name_like(t) and not _in_quotes(src.text, sw, t))
    return frozenset(out)


def source_voices(src: Analyzed) -> frozenset[str]:
    """The keys of the people the source credits with words of their own: the last name-like word of each speaker
    of a source segment ("said Commissioner Dave Jones": jone; "Emmett, who ..., said": emmett)."""
    out: set[str] = set()
    for sw in src.words:
        for i, j in _speakers(src.text, sw):
            run = [t for t in sw[i:j] if _name_like(t) and t.word.norm not in _TITLES]
            if run:
                out.add(run[-1].word.key)
    return frozenset(out)


#: the most words of a line that names the speaker of what follows it (:func:`lead_ins`)
_LEAD_IN_WORDS = 15
#: what follows such a line's last word: a colon that ends the line (:func:`lead_ins`)
_LEAD_IN_END_RE = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")


#: the nouns of the words a long lead-in line introduces (``CONFLICTS.lead_in_nouns``: "the following statement from")
_LEAD_IN_NOUNS = _C.lead_in_nouns


def lead_ins(src: Analyzed) -> list[frozenset[str]]:
    """For each source segment, the keys of the names of the line that introduces it as someone's words: the nearest
    segment before it that ends its line with a colon, of :data:`_LEAD_IN_WORDS` words at most, with a name in it
    ("Statement from Governor Jane Roe:", "Jane Roe, Minister of Finance:", "NASA issued the following statement
    from William Gerstenmaier:"). The lead-in names the speaker of what follows, once; an article that credits them
    with it ("Roe said") credits the source's own speaker."""
    out: list[frozenset[str]] = []
    current: frozenset[str] = frozenset()
    for k, sw in enumerate(src.words):
        out.append(current)
        end = src.segments[k + 1].start if k + 1 < len(src.segments) else len(src.text)
        if sw and _LEAD_IN_END_RE.match(src.text[sw[-1].word.end:end]):
            # (a longer line names the speaker after its last word of speech: "In response to ..., NASA issued the
            # following statement from William Gerstenmaier, associate administrator ...:")
            k0 = 0 if len(sw) <= _LEAD_IN_WORDS else next(
                (n + 1 for n in range(len(sw) - 1, -1, -1) if sw[n].word.norm in _LEAD_IN_NOUNS
                 or sw[n].lemma_key in SPEECH_KEYS), len(sw))
            keys = frozenset(t.word.key for t in sw[k0:] if _name_like(t) and t.word.norm not in _TITLES)
            if keys:
                current = keys
    return out


def _figures(words: Sequence[TaggedWord]) -> set[str]:
    """The amounts ``words`` give in digits, as "#" and the folded number ("#15"): no year, nor a day beside its month
    ("on July 11, 2025": neither is one)."""
    return {"#" + t.word.norm for k, t in enumerate(words)
            if t.word.kind == "number" and t.word.text[:1].isdigit() and not _year(t)
            and not any(0 <= m < len(words) and _is_month(words[m]) for m in (k - 1, k + 1))}


def _new_figure(words: Sequence[TaggedWord], other: Sequence[TaggedWord]) -> bool:
    """Whether ``words`` give an amount written in digits (:func:`_figures`) that ``other`` never gives (a day or a
    year of a date is no amount: "the White House said on February 23")."""
    theirs = {"#" + t.word.norm for t in other if t.word.kind == "number"}
    return not _figures(words) <= theirs


def _self_label(src: Analyzed) -> str:
    """The label the source's heading opens with that makes it a document about another ("FACT SHEET: President
    Donald J. Trump Establishes ...": "fact sheet", ``CONFLICTS.self_labels``); "" for none."""
    heading = tuple(t.word.norm for t in src.words[0][:3]) if src.words else ()
    return next((" ".join(label) for label in _SELF_LABELS if heading[:len(label)] == label), "")


_DOCUMENT_VERBS = frozenset(stem(fold_word(w)) for w in _C.document_verbs) | SPEECH_KEYS


def _check_document_credit(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                           pooled: Sequence[TaggedWord], label: str) -> list[_Hit]:
    """The source's own words credited to the document it describes: '"The Executive Order establishes a task force
    ...," the order states' where the source is a fact sheet about the order (its heading's ``label``), whose words
    the order does not hold. The document is named by "the" and a noun of ``CONFLICTS.documents`` right before a verb
    that credits words (a speech verb, "reads", "continues"), and the article's quotation in that segment is the
    source's own words (:func:`_quotes_source`)."""
    if not label or not _segment_keys(dw) & _DOCUMENTS:
        return []
    for k in range(1, len(dw) - 1):
        if dw[k].word.norm in _DOCUMENTS and dw[k - 1].word.norm == "the" and dw[k + 1].lemma_key in _DOCUMENT_VERBS \
                and not _in_quotes(dt, dw, dw[k]) and _quotes_source(dt, dw, pooled):
            a, b = dw[k - 1].word.start, dw[k + 1].word.end
            sa, sb = sw[0].word.start, sw[-1].word.end
            what = dt[dw[k - 1].word.start:dw[k].word.end]
            return [_Hit("attribution", a, b, sa, sb, f"the article credits the source's words to {what!r}; they "
                                                      f"are the {label}'s, not the {dw[k].word.norm}'s")]
    return []


#: what ends a sentence inside a segment: a stop, a question or exclamation mark before a space (quotation marks
#: between), or an ellipsis, which a news page's excerpts run together ("...,” Tuerk said…Tuerk says Biden")
_SENTENCE_END_RE = re.compile(r"…|[.!?][\"”’']*\s")


def _sentence_of(text: str, words: Sequence[TaggedWord], i: int, j: int) -> tuple[Sequence[TaggedWord],
                                                                                   Sequence[TaggedWord]]:
    """The words of the sentence ``words[i:j]`` stands in, before it and after it."""
    def ends(k: int) -> bool:  # (not after an initial or an abbreviation: "Sean E. Harper", "Dr. Smith"; nor before
        # a word in lower case or a number, which goes on with the sentence: "at 12:01 a.m. on Feb. 24, according to")
        prev = words[k - 1].word
        gap = text[prev.end:words[k].word.start]
        return bool(_SENTENCE_END_RE.search(gap)) and not (
            (len(prev.text) == 1 and prev.text.isupper()) or prev.norm in _LANG.abbreviations
            or prev.text.lower() in _LANG.abbreviations  # ("Feb.": its norm is the month's)
            or (not words[k].word.text[:1].isupper() and "…" not in gap))
    lo = i
    while lo > 0 and not ends(lo):
        lo -= 1
    hi = j
    while hi < len(words) and not ends(hi):
        hi += 1
    return words[lo:i], words[j:hi]


def _word_keys(words: Sequence[TaggedWord]) -> set[str]:
    """The lemma keys of the content words (no numbers, no words of office)."""
    return {t.lemma_key for t in words if t.word.content and t.word.kind == "word" and t.word.norm not in _TITLES}


def _plain_keys(words: Sequence[TaggedWord]) -> set[str]:
    """The lemma keys of the content words that are no names (nor capitalised inside the sentence)."""
    return {t.lemma_key for t in words if t.word.content and t.word.kind == "word" and not _name_like(t)
            and not t.word.text[:1].isupper()}


def _initialism(speaker: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], si: int, sj: int) -> bool:
    """Whether the article's speaker is an acronym of the source's, whose whole name (:func:`_whole_name`) has its
    letters as initials in order ("the OECD" / "the Organization for Economic Co-operation and Development")."""
    acronyms = [t.word.norm for t in speaker if _acronym(t)]
    if not acronyms:
        return False
    # (the capitalised words from the speaker's first to the end of its phrase: "Co-operation" is two words)
    vj = si + 1
    while vj < min(si + 10, len(sw)) and not _CLAUSE_BREAK_RE.search(st[sw[vj - 1].word.end:sw[vj].word.start]):
        vj += 1
    initials = "".join(t.word.text[:1].lower() for t in sw[si:vj] if t.word.text[:1].isupper())
    return any(len(a) >= 2 and _subsequence(a, initials) for a in acronyms)


# ---------------------------------------------------------------------------------------------- polarity
@_per_segment
def _negated(words: Sequence[TaggedWord]) -> dict[str, tuple[int, int]]:
    """The content keys a negation governs, each with the (first, last) word of its first negated phrase."""
    out: dict[str, tuple[int, int]] = {}
    for key, n, k in _negated_phrases(words):
        out.setdefault(key, (n, k))
    return out


#: the phrases of a negation that negate their clause's verb (``CONFLICTS.clause_negations``: "at no time",
#: "nowhere"), and the most words after one the verb is looked for ("At no time during my tenure as Finance Minister
#: did I sign")
_CLAUSE_NEGATIONS = tuple(tuple(p.split()) for p in _C.clause_negations)
_CLAUSE_VERB_REACH = 12


def _clause_negation(words: Sequence[TaggedWord], n: int) -> int:
    """Where the phrase of ``CONFLICTS.clause_negations`` that holds the negation ``words[n]`` ends ("At no time
    ... did I sign", "under no circumstances will we accept": the word it negates is its clause's verb, not the noun
    after "no"); -1 where the negation stands in no such phrase."""
    norm = words[n].word.norm
    for phrase in _CLAUSE_NEGATIONS:
        for x, w in enumerate(phrase):
            if w == norm and n - x >= 0 and n - x + len(phrase) <= len(words) and all(
                    words[n - x + y].word.norm == v for y, v in enumerate(phrase)):
                return n - x + len(phrase)
    return -1


@_per_segment
def _negated_phrases(words: Sequence[TaggedWord]) -> list[tuple[str, int, int]]:
    """Every negated phrase: the content key a negation governs, the negation and the word negated (a key negated
    twice is there twice: "This does not help the peso; it does not help the Philippines"). A phrase of
    :func:`_clause_negation` negates its clause's verb: "At no time ... did I sign" negates "sign", not "time"."""
    out: list[tuple[str, int, int]] = []
    for n, t in enumerate(words):
        if not _is_negation(t):
            continue
        if n + 1 < len(words) and words[n + 1].word.norm in ("only", "just", "merely"):
            continue  # "not only": no negation
        if n > 0 and t.word.norm == "not" and words[n - 1].word.norm == "or":
            continue  # "whether or not the use of ...": both ways, no negation
        clause = _clause_negation(words, n)
        if clause >= 0:
            v = next((k for k in range(clause, min(clause + _CLAUSE_VERB_REACH, len(words)))
                      if words[k].pos == "VERB" or _is_negation(words[k])), -1)
            if v >= 0 and not _is_negation(words[v]):
                out.extend((key, n, v) for key in dict.fromkeys(_keys(words[v])))
            continue
        for k in range(n + 1, min(n + 6, len(words))):
            u = words[k]
            if _is_negation(u):
                break
            if k >= n + 4 and any(w.word.content and w.word.kind == "word" for w in words[n + 1:k]):
                break  # (past three words only over words that are no content: "is not one of the most frequent")
            if u.word.content and u.word.kind == "word" and u.pos in ("VERB", "ADJ", "NOUN", "ADV", "AUX", "",
                                                                       *(("PROPN",) if k >= n + 2 else ())):
                # (a name after a determiner is a copula's predicate: "we are not the United States")
                out.extend((key, n, k) for key in dict.fromkeys(_keys(u)))
                break
    return out


_REQUEST_KEYS = frozenset(stem(fold_word(w)) for w in _C.request_verbs)
_REQUEST_REACH = 5


def _request_before(words: Sequence[TaggedWord], last: int) -> bool:
    """Whether the nearest verb at or before ``words[last]``, within :data:`_REQUEST_REACH` words, is a verb of
    request ("asking", "urged", "advised"): the verb that governs an infinitive just after ``last``."""
    for k in range(last, max(last - _REQUEST_REACH, -1), -1):
        if words[k].pos in ("VERB", "AUX"):
            return words[k].lemma_key in _REQUEST_KEYS or words[k].word.key in _REQUEST_KEYS
    return False


def _bidden(words: Sequence[TaggedWord], n: int) -> bool:
    """Whether the negation at ``n`` opens an infinitive a verb of request governs ("asking tenants not to contact
    inspectors", "urged residents not to travel"): what someone was bidden, no polarity of the verb."""
    return n + 1 < len(words) and words[n + 1].word.norm == "to" and _request_before(words, n - 1)


def _requested(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether the word at ``i`` is the verb of an infinitive a verb of request governs ("advised a couple to wear
    their masks", "urged residents to stay"): what someone was asked to do, no act stated."""
    return i >= 1 and words[i - 1].word.norm == "to" and _request_before(words, i - 2)


def _qualifies(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether ``words[i]`` is a participle qualifying the noun after it ("tolerated statin therapy", "increased
    incidence"): it says what the noun is, no claim of its own."""
    t = words[i]
    k = i + 1
    while k < len(words) and k - i < 3 and words[k].pos == "ADJ":
        k += 1  # "tolerated statin therapy": the tagger may take a noun of a compound for an adjective
    return k < len(words) and words[k].pos == "NOUN" and t.pos in ("VERB", "ADJ") and t.word.text.endswith("ed") \
        and not (i > 0 and words[i - 1].pos == "AUX")  # "have announced sanctions": a verb with its object


@_per_segment
def _negations(words: Sequence[TaggedWord]) -> int:
    """How many negations a segment has ("whether or not" is none)."""
    return sum(_is_negation(t) and not (n > 0 and t.word.norm == "not" and words[n - 1].word.norm == "or")
               for n, t in enumerate(words))


def _restated_span(dw: Sequence[TaggedWord], sw: Sequence[TaggedWord]) -> tuple[int, int]:
    """The part of ``sw`` that ``dw`` restates: from the first to the last word of the longest run of content words
    the two share in the same order (not necessarily next to each other); (0, 0) when they share none."""
    # (any word of the article meets a content word of the source's: "fail to work for other patients" / "but not
    # for others")
    d = [t.lemma_key for t in dw if t.word.kind == "word"]
    s = [(i, t.lemma_key) for i, t in enumerate(sw) if t.word.content and t.word.kind == "word"]
    if not d or not s:
        return 0, 0
    keys = set(d)
    s = [(i, k) for i, k in s if k in keys]
    if not s:
        return 0, 0
    # longest common subsequence, by rows of the source's words: best[x] = (length, first index) ending at s[x]
    # (a row of a word no source word of the run has is the row before it, the lengths never falling along a row:
    # only the article's words the source's share make rows)
    shared = {k for _, k in s}
    prev = [(0, -1)] * (len(s) + 1)
    for key in d:
        if key not in shared:
            continue
        row = [(0, -1)]
        for x, (i, k) in enumerate(s, 1):
            if k == key:
                length, first = prev[x - 1]
                cell = (length + 1, first if length else i)
            else:  # the longer of the two, the one above on a tie (what max() keeps)
                above, left = prev[x], row[x - 1]
                cell = left if left[0] > above[0] else above
            row.append(cell)
        prev = row
    # (the last source word the run ends at: the first column where the longest run is complete)
    best = max(prev, key=lambda c: c[0])
    last = next(s[x - 1][0] for x in range(1, len(prev)) if prev[x][0] == best[0])
    return best[1], last + 1


@_per_pair
def _restated_negations(dw: Sequence[TaggedWord], sw: Sequence[TaggedWord], span: bool = True) -> int:
    """How many negations of ``sw`` stand in the part of it that ``dw`` restates (:func:`_restated_span`; the whole
    of it where not ``span``), or negate a word there: a negation of a clause the article leaves out ("... relative
    to mothers who did not use folic acid") is no negation it moved or dropped; nor is a "non-" before a word ``dw``
    never uses ("businesses, non-profits, and health care leaders")."""
    if not _any_negation(sw):
        return 0  # (every term of the sum below is a negation: none to count, no span to find)
    lo, hi = _restated_span(dw, sw) if span else (0, len(sw))
    neg = _negated(sw)
    governed = {n: k for n, k in neg.values()}
    keys = _segment_keys(dw)
    return sum(_is_negation(t) and not (n > 0 and t.word.norm == "not" and sw[n - 1].word.norm == "or")
               and (lo <= n < hi or lo <= governed.get(n, -1) < hi)
               and not (t.word.norm == "non" and n + 1 < len(sw) and not set(_keys(sw[n + 1])) & keys)
               for n, t in enumerate(sw))


def _find(words: Sequence[TaggedWord], keys: Iterable[str], skip: Iterable[int] = ()) -> int:
    ks, avoid = set(keys), set(skip)
    for i, t in enumerate(words):
        if i not in avoid and (t.word.key in ks or t.lemma_key in ks) and not _is_negation(t):
            return i
    return -1


_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\[\]—–]")


def _clause_negated(text: str, words: Sequence[TaggedWord], key: str, kept: Iterable[str] = (),
                    reach: int = 8) -> bool:
    """Whether a negation stands in the clause of a word of ``key`` (within ``reach`` words, no punctuation
    between): the other side's negation moved to another word of the clause is the same claim ("no borrower's loan
    balance will grow" / "borrowers' loan balance won't grow"). A negation of a word in ``kept``, which the other
    side negates too, has not moved ("which will not ensure that investors are not underwriting" / "which will
    ensure that investors are not underwriting")."""
    keep = set(kept)
    still = {n for key_, (n, _) in _negated(words).items() if key_ in keep} if keep else set()
    for i, t in enumerate(words):
        if key not in (t.word.key, t.lemma_key):
            continue
        for n in range(max(i - reach, 0), min(i + reach + 1, len(words))):
            if n != i and n not in still and _is_negation(words[n]):
                a, b = sorted((n, i))
                if not _CLAUSE_BREAK_RE.search(text[words[a].word.end:words[b].word.start]):
                    return True
    return False


def _uses(words: Sequence[TaggedWord], key: str) -> int:
    """How many words of a segment have ``key``."""
    return sum(key in _keys(t) for t in words)


def _negated_before(text: str, words: Sequence[TaggedWord], i: int, reach: int = 5) -> bool:
    """Whether a negation stands among the ``reach`` words before ``words[i]`` in its clause (no punctuation
    between): "not translating into lower prices"."""
    for n in range(i - 1, max(i - 1 - reach, -1), -1):
        if _CLAUSE_BREAK_RE.search(text[words[n].word.end:words[n + 1].word.start]):
            return False
        if _is_negation(words[n]):
            return True
    return False


_PRIVATIVES = _C.privatives
#: the most words before a word that a privative word governing it stands (:func:`_privated`)
_PRIVATIVE_REACH = 15
_SENTENCE_BREAK_RE = re.compile(r"[;:.!?]")
#: the most words before the article's word that a privative word making the source's negation its own stands
#: (:func:`_check_negation`: "prohibiting the release" for "not to release")
_PROHIBITED_REACH = 3


def _privated(text: str, words: Sequence[TaggedWord], i: int, reach: int = _PRIVATIVE_REACH) -> bool:
    """Whether a word that stops or denies what follows it (``CONFLICTS.privatives``) stands among the ``reach``
    words before ``words[i]`` in its sentence (commas between allowed): "will temporarily suspend the offering of
    teller services", "dismiss, with utmost contempt, the fake article ... regarding the introduction of a new
    currency". The source negates that word already: an article saying it is not done ("will not be offering",
    "No new currency") restates it. Not across a relative word, which opens a clause of its own ("fake messages
    that are designed to ...": the messages are fake, not their design), nor across an auxiliary other than an -ing
    form, which opens a predicate of its own ("Those who lodge false reports ... will face": the reports are false,
    not what their authors face; "the fake article being circulated ... regarding a new currency" goes on)."""
    for n in range(i - 1, max(i - 1 - reach, -1), -1):
        if _SENTENCE_BREAK_RE.search(text[words[n].word.end:words[n + 1].word.start]) \
                or words[n].word.norm in _RELATIVES \
                or (words[n].pos == "AUX" and not words[n].word.norm.endswith("ing")):
            return False
        if words[n].word.norm in _PRIVATIVES:
            return True
    return False


def _clause_keys(text: str, words: Sequence[TaggedWord], i: int) -> set[str]:
    """The lemma keys of the content words of the clause holding ``words[i]`` (up to punctuation either side)."""
    lo = i
    while lo > 0 and not _CLAUSE_BREAK_RE.search(text[words[lo - 1].word.end:words[lo].word.start]):
        lo -= 1
    hi = i + 1
    while hi < len(words) and not _CLAUSE_BREAK_RE.search(text[words[hi - 1].word.end:words[hi].word.start]):
        hi += 1
    return {t.lemma_key for t in words[lo:hi] if t.word.content}


def _plain_clause_closer(dt: str, dw: Sequence[TaggedWord], di: int, st: str, sw: Sequence[TaggedWord], k: int,
                         key: str) -> bool:
    """Whether the article's clause holding ``dw[di]`` restates a clause of the source's sentence that uses ``key``
    plainly more closely than the clause negating it at ``sw[k]``: the article restated the other clause ("90% of
    this relief will go to borrowers earning less than $75,000" / "Nearly 90% of relief dollars will go to those
    earning less than $75,000 per year – and no relief will go to any individual ... in the top 5%")."""
    mine = _clause_keys(dt, dw, di)
    negated = len(mine & _clause_keys(st, sw, k))
    return any(len(mine & _clause_keys(st, sw, x)) > negated for x, t in enumerate(sw)
               if x != k and key in _keys(t) and not _is_negation(t) and not _negated_before(st, sw, x))


def _same_frame(words: Sequence[TaggedWord], n: int, other: Sequence[TaggedWord], o: int) -> bool:
    """Whether a negation at ``words[n]`` and the plain word at ``other[o]`` can be one claim with its polarity
    flipped: "without" negates only its own phrase ("kills tumours without destroying tissue"), so its plain
    counterpart is "with" ("with destroying"), not a verb of another clause ("is activated to destroy")."""
    if words[n].word.norm != "without":
        return True
    return o > 0 and other[o - 1].word.norm == "with"


@_per_segment
def _polarity(words: Sequence[TaggedWord]) -> tuple[dict[str, tuple[int, int]], Counter[str], Counter[str]]:
    """:func:`_negated`, and how often each key occurs negated and plainly."""
    neg = _negated(words)
    targets = {k for _, _, k in _negated_phrases(words)}  # (every negated use, not only each key's first)
    negated: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for i, t in enumerate(words):
        if t.word.content and not _is_negation(t):
            (negated if i in targets else plain).update(set(_keys(t)))
    return neg, negated, plain


def _same_object(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int) -> bool:
    """Whether the words right after two words are the same: the same content word next, or the same two words
    ("less than 25 million" / "more than 25 million")."""
    after = _norms(dw, di + 1, di + 3)
    return bool({r for r in _role(dw, di, di + 1, 1) if r[0] == ">"} & _role(sw, si, si + 1, 1)) or \
        (len(after) == 2 and after == _norms(sw, si + 1, si + 3))


def _same_target(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int) -> bool:
    """Whether two verbs of opposite sense are said of the same thing: the same content word right after them, or
    both the same one among the three after them ("approved Siliq (brodalumab)", "rejected the injectable drug
    Siliq") and the same subject among the two before them ("the Food and Drug Administration (FDA) has
    rejected", "the U.S. Food and Drug Administration today approved")."""
    if {r for r in _role(dw, di, di + 1, 1) if r[0] == ">"} & _role(sw, si, si + 1, 1):
        return True
    if len(after := _norms(dw, di + 1, di + 3)) == 2 and after == _norms(sw, si + 1, si + 3):
        return True  # the same two words after them: "more than 25 million" / "less than 25 million"
    if any(k + 1 < len(w) and w[k + 1].pos == "NOUN" for w, k in ((dw, di), (sw, si))):
        return False  # a verb before a noun qualifies it: "reduced likelihood of suicide", "increased incidence"
    return bool(_role(dw, di, di + 1, 3, 5) & _role(sw, si, si + 1, 3, 5)) and \
        bool({r for r in _role(dw, di, di + 1, 2, 3) if r[0] == "<"} & _role(sw, si, si + 1, 2, 3))


_COPULAS = frozenset(_LANG.copulas)


def _passive(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether the verb at ``words[i]`` is a passive participle: a form of "be" right before it, adverbs passed over
    ("has been rejected", "was also approved")."""
    k = i - 1
    while k >= 0 and words[k].pos == "ADV" and i - k <= 3:
        k -= 1
    return words[i].pos == "VERB" and k >= 0 and words[k].word.norm in _COPULAS


def _agent(words: Sequence[TaggedWord], i: int, most: int = 3, reach: int = 6) -> set[str]:
    """The keys of the first ``most`` content words after the "by" right after a passive verb (within ``reach``
    words): who did it ("rejected by the U.S. Food and Drug Administration"); empty without one."""
    k = i + 1
    while k < len(words) and words[k].pos == "ADV" and k - i <= 2:
        k += 1
    if not (k < len(words) and words[k].word.norm in _C.passive_agents):
        return set()
    return {r[1:] for r in _role(words, k, k + 1, most, reach) if r[0] == ">"}


def _same_target_voiced(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int) -> bool:
    """Whether two verbs of opposite sense, one active and one passive, are said of the same thing: what the passive
    one's subject names is what follows the active one, and who does it (the passive one's agent after "by", or,
    without one, the words after both) is the same ("Intrarosa (prasterone) has been rejected by the U.S. Food and
    Drug Administration to treat" / "The U.S. Food and Drug Administration approved Intrarosa (prasterone) to
    treat"; "The FDA also rejected Rydapt for adults" / "Rydapt was also approved today for adults")."""
    if _passive(dw, di) == _passive(sw, si):
        return False
    (pw, p), (aw, a) = ((dw, di), (sw, si)) if _passive(dw, di) else ((sw, si), (dw, di))
    patient = {r[1:] for r in _role(pw, p, p + 1, 2, 5) if r[0] == "<"}
    if not patient & {r[1:] for r in _role(aw, a, a + 1, 3, 5) if r[0] == ">"}:
        return False
    agent = _agent(pw, p)
    if agent:
        return bool(agent & {r[1:] for r in _role(aw, a, a + 1, 2, 3) if r[0] == "<"})
    return bool({r for r in _role(pw, p, p + 1, 3, 5) if r[0] == ">"} & _role(aw, a, a + 1, 3, 5))


def _said_of(text: str, words: Sequence[TaggedWord], i: int, most: int = 3) -> set[str]:
    """The lemma keys of the first ``most`` content words after ``words[i]`` in its phrase (up to punctuation or a
    verb, not one after a preposition: "risk of having a heart attack"): what a word of change is said of
    ("increased risk of death from any cause": risk, death, cause)."""
    out: set[str] = set()
    for k in range(i + 1, len(words)):
        if _CLAUSE_BREAK_RE.search(text[words[k - 1].word.end:words[k].word.start]) or len(out) >= most \
                or (words[k].pos == "VERB" and words[k - 1].pos != "ADP"):
            break
        t = words[k]
        if t.word.content and t.word.kind == "word":
            out.add(t.lemma_key)
    return out


#: a quotation mark that closes quoted words: right after the word or the punctuation before it, not after a space
#: (an opening mark: 'was not the "first British monarch ..."' is a negation of the quoted words)
_QUOTE_CUT_RE = re.compile(r"(?<!\s)[\"“”«»'’‘]")


def _check_negation(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                    all_sw: Sequence[TaggedWord], weak: bool = False,
                    counterparts: Sequence[Sequence[TaggedWord]] = (),
                    prior: Sequence[TaggedWord] = ()) -> list[_Hit]:
    """``counterparts``: the words of each source segment the article's segment restates (``sw`` among them), whose
    negations it may restate together ("We do not break. We never give in." in one quotation). ``prior``: the words
    of the source segment before ``sw`` where ``sw`` goes on with its sentence (a sentence cut in two), read for a
    word that denies what ``sw`` says (:func:`_privated`)."""
    hits = []
    if _any_negation(dw) or _any_negation(sw):
        d_neg, d_n, d_p = _polarity(dw)
        s_neg, _, _ = _polarity(sw)
        _, all_n, all_p = _polarity(all_sw)
        # (the source's negations counted in the part of its sentences the article restates)
        d_count, s_count = _restated_negations(all_sw, dw, span=False), _restated_negations(dw, sw)
        pooled = sum(_restated_negations(dw, c) for c in counterparts) if len(counterparts) > 1 else s_count
    else:  # (most pairs: no negation on either side, nothing to count)
        d_neg, s_neg, d_n, d_p, all_n, all_p = {}, {}, Counter(), Counter(), Counter(), Counter()
        d_count = s_count = pooled = 0  # (what _negations counts is a subset of these words)
    d_keys = _segment_keys(dw)
    all_keys = _segment_keys(all_sw)
    done: set[int] = set()
    s_targets = {k for _, k in s_neg.values()}
    # a negation is added where the article's sentence has more of them than the source's, dropped where it has
    # fewer: one the same count moved to another word is the same claim ("work for some patients, but not for
    # others" / "work well for some patients and fail to work for other patients")
    # (a negation is dropped where the article's sentence has fewer than all its counterparts together)
    # (and only one of the part of this source sentence the article restates: "Breastfed children have slightly lower
    # risk" drops no "never" of "... compared with children who were never breastfed", whatever the other
    # counterparts negate)
    s_dropped, d_added = d_count <= s_count, pooled <= d_count or not s_count
    for key, (n, k) in d_neg.items():  # a negation the source does not have: "was not given" for "was given"
        if k in done or d_n[key] <= all_n[key] or not all_p[key] or s_dropped:
            continue
        if _QUOTE_CUT_RE.search(dt[dw[n].word.end:dw[k].word.start]):
            continue  # (a negation inside quoted words ends with them: "ready to say 'no more,'" attorney general
            # Ellison said" negates no attorney; one before an opening mark negates what is quoted)
        si = _find(sw, [key], s_targets)
        if si < 0 or not _same_frame(dw, n, sw, si) or not _anchored(dw, k, sw, si, weak) \
                or _clause_negated(st, sw, key, d_neg) or _qualifies(sw, si) \
                or _privated(st, [*prior, *sw], len(prior) + si) \
                or (si > 0 and sw[si].is_name and sw[si].word.text[:1].isupper()
                    and not dw[k].word.text[:1].isupper()) \
                or (_bidden(dw, n) and not (si > 0 and sw[si - 1].word.norm == "to")) \
                or (_requested(sw, si) and not _bidden(dw, n)):
            continue  # (a word of a name is no claim: "the Office of the First Lady" / "not the first time", unless the
            # article negates the name itself, "we are not the United States"; nor is a participle before a noun:
            # "maximally tolerated statin therapy" / "unable to tolerate statins"; nor what the article says someone
            # was bidden not to do, "asking tenants not to contact inspectors", against an act the source states in
            # another form, "retaliating when they contact": the source's "asked them to contact" is negated; nor,
            # the other way, what the source says someone was asked to do, "advised a couple to wear their masks",
            # against what the article says they did not do, "charged with not wearing their masks")
        done.add(k)
        a, b = dw[n].word.start, dw[k].word.end
        sa, sb = sw[si].word.start, sw[si].word.end
        hits.append(_Hit("negation", a, b, sa, sb, f"the article negates it ({dt[a:b]!r}); the source does not "
                                                   f"({st[sa:sb]!r})"))
    d_targets = {k for _, k in d_neg.values()}
    for key, (n, k) in s_neg.items():  # a negation the article drops
        if all_n[key] <= d_n[key] or d_added:
            continue
        di = _find_dropped(dw, key, d_targets, sw, n, k)
        if d_p[key] <= all_p[key]:
            # no more plain uses than the source's: the article's sentence may restate part of the source's, which
            # uses the word plainly elsewhere ("caps out of pocket spending ... seniors will not have to spend" /
            # "seniors will have to spend"); the plain use must then have the negated one's words beside it
            # (on a close pair only, and where no plain use in the source's counterparts has those words beside it:
            # "non-Pell Grant recipients ... Pell Grant recipients" / "Pell Grant recipients")
            negated = {y for _, y in _negated(all_sw).values()}
            plain = [_beside(all_sw, x, 5) for x, u in enumerate(all_sw) if key in _keys(u) and not _is_negation(u)
                     and x not in negated and not (x > 0 and _is_negation(all_sw[x - 1]))]
            di = next((i for i, t in enumerate(dw) if key in _keys(t) and i not in d_targets and not _is_negation(t)
                       and (near := _beside(dw, i, 5)) & _beside(sw, k, 5)
                       and not any(near & p for p in plain)), -1) if not (d_n[key] or weak) else -1
        if di < 0 or di in done or not _same_frame(sw, n, dw, di) or not _anchored(dw, di, sw, k, weak) \
                or _clause_negated(dt, dw, key, s_neg) or _plain_clause_closer(dt, dw, di, st, sw, k, key) \
                or _privated(dt, dw, di, _PROHIBITED_REACH):
            continue  # (nor what the article says was forbidden or denied: "issued any order prohibiting the
            # release" / "instructed the police not to release")
        done.add(di)
        lo = _negation_place(dw, di, sw, n, k)
        while lo > 0 and di - lo < 2 and dw[lo - 1].pos == "AUX":
            lo -= 1  # "has been established" for "has not been established": where the negation was
        a, b = dw[lo].word.start, dw[di].word.end
        sa, sb = sw[n].word.start, sw[k].word.end
        hits.append(_Hit("negation", a, b, sa, sb, f"the source negates it ({st[sa:sb]!r}); the article does not "
                                                   f"({dt[a:b]!r})"))
    s_keys = _segment_keys(sw)
    # (each pair of the table both ways, in its order: only the turns whose word the article's sentence has, found
    # from the words the sentence and the table share, not by two look-ups per entry of the table for each pair)
    for at in sorted(at for w in d_keys & _ANTONYM_WORDS for at in _TURNS_BY_MINE[w]):
        x, y, mine, theirs = _ANTONYM_TURNS[at]
        if theirs not in s_keys:
            continue
        di = _find(dw, [mine])
        si = _find(sw, [theirs])
        if di < 0 or si < 0 or di in done or mine in s_keys or mine in all_keys:
            continue
        kept = theirs in d_keys and _uses(dw, theirs) >= _uses(sw, theirs)
        if kept:  # the source's word is still there as often: not replaced ("by lowering the deficit and
            # lowering costs" / "by lowering the deficit, raising costs": one of the two replaced), unless a use
            # of it is said of the very thing the article's word is said of, which none of the article's uses
            # of the source's word is said of as closely ("a 16% increased risk of death from any cause; a 17%
            # greater risk of ..." / "a 16% decreased risk of death from any cause, a 17% increased risk of ...")
            said = _said_of(dt, dw, di)
            if len(said) < 2:
                continue
            theirs_d = [_said_of(dt, dw, i) for i, t in enumerate(dw) if theirs in _keys(t)]
            si = next((i for i, t in enumerate(sw) if theirs in _keys(t) and not _is_negation(t)
                       and len(said & (near := _said_of(st, sw, i))) >= 2
                       and all(len(o & near) < len(said & near) for o in theirs_d)), -1)
            if si < 0:
                continue
        # (of the source's uses of the word, the one said of the same thing: "lowering the deficit and lowering
        # costs" / "raising costs")
        if not kept:  # (the use said of the most words of what the article's word is said of)
            said = _said_of(dt, dw, di)
            uses = [i for i, t in enumerate(sw) if theirs in _keys(t) and not _is_negation(t)
                    and (_same_target(dw, di, sw, i) or _same_target_voiced(dw, di, sw, i))]
            si = max(uses, key=lambda i: len(said & _said_of(st, sw, i)), default=si)
            if (x, y) in _DIRECTION_PAIRS:  # (and said of more of it than any other word of that direction)
                group = next(g for g in _DIRECTIONS if theirs in g)
                most = max(len(said & _said_of(st, sw, i)) for i, t in enumerate(sw) if set(_keys(t)) & group)
                if len(said & _said_of(st, sw, si)) < max(most, 2):
                    continue
        if (mine in d_neg or _negated_before(dt, dw, di)) != (theirs in s_neg or _negated_before(st, sw, si)):
            continue  # "did not approve" / "rejected": the same; "are not translating into lower prices" /
            # "raising prices": a negation earlier in one clause only turns the sense already ("has never been
            # lower" / "has never been higher": both, a conflict)
        if _same_target_voiced(dw, di, sw, si):
            pass  # one active, one passive, said of the same thing by the same subject
        elif not _same_target(dw, di, sw, si) or (weak and not (_same_object(dw, di, sw, si)
                                                              or _same_subject(dw, di, sw, si))):
            continue  # not said of the same thing: "reduced likelihood", "increased incidence"; on a weak pair,
            # the same word right after both ("experience improvement in anxiety" / "experience new or worsening
            # suicidal thoughts" share a verb, not a claim)
        done.add(di)
        a, b = dw[di].word.start, dw[di].word.end
        sa, sb = sw[si].word.start, sw[si].word.end
        hits.append(_Hit("negation", a, b, sa, sb, f"the article says {dt[a:b]!r} where the source says the "
                                                   f"opposite, {st[sa:sb]!r}"))
    return hits


#: the most words between a negation and the word it negates that :func:`_negation_place` walks back over
_NEGATION_GAP = 6


def _negation_place(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], n: int, k: int) -> int:
    """Where, in the article's words, the negation the article drops stood: the source's words between its negation
    ``sw[n]`` and the word it negates ``sw[k]``, found in the same order right before the article's word ``dw[di]``,
    and the word before the negation too where the article has it ("were in compliance" for "were not in
    compliance", "is yet clear" for "is not yet clear", "would be who I am today" for "would not be who I am
    today"): the span shows the place of the dropped word; ``di`` itself where the words differ."""
    if k - n - 1 > _NEGATION_GAP:
        return di
    j = di - 1
    for s in range(k - 1, n, -1):
        if j < 0 or not set(_keys(dw[j])) & set(_keys(sw[s])):
            return di
        j -= 1
    if j >= 0 and n > 0 and set(_keys(dw[j])) & set(_keys(sw[n - 1])):
        return j
    return j + 1


def _find_dropped(dw: Sequence[TaggedWord], key: str, skip: set[int], sw: Sequence[TaggedWord], n: int, k: int) -> int:
    """The article's use of the word the source negates at ``sw[k]`` (:func:`_find`): of several, the one with the
    source's words before it, in the negation's place (:func:`_negation_place`: "the trading accounts ... that she did
    have any accounts" for "did not have any accounts" is the second "accounts")."""
    first = -1
    for i, t in enumerate(dw):
        if i in skip or key not in _keys(t) or _is_negation(t):
            continue
        if _negation_place(dw, i, sw, n, k) < i:
            return i
        first = i if first < 0 else first
    return first


#: the modals that hedge what they govern, and the words of a plain claim that may stand in their place, for the
#: word-for-word comparison of :func:`_check_copied_modality` (``CONFLICTS.hedge_modals``, ``plain_modals``)
_MODAL_HEDGES = _C.hedge_modals
_PLAIN_MODALS = _C.plain_modals
#: the verbs of feeling whose clause a modal after them is in, besides ``CONFLICTS.thought_verbs``
_FEELING_KEYS = frozenset(stem(fold_word(w)) for w in _C.feeling_verbs)


def _check_copied_modality(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord]) -> list[_Hit]:
    """A hedging modal put in or taken out of words the article copies from the source's sentence: where the two
    sentences are the same words around one or two words, and those are a modal that hedges ("may", "could") on one
    side and a plain auxiliary or nothing on the other ("the settlement will benefit the people of the town" / "the
    settlement could benefit ..."; "Our thoughts and prayers may be with him" / "... are with him"). The same words,
    at least one each side and :data:`_COPIED_CONTEXT` in all, two of them content words, are the evidence, whatever
    clause the modal stands in ("The extent to which ... affects the rate may emerge" / "... will emerge"); never
    before a negation ("could not", an inability) nor in a question."""
    if not any(t.word.norm in _MODAL_HEDGES for t in (*dw, *sw)) or _is_question(dt, dw) or _is_question(st, sw):
        return []  # (a question asserts nothing, so it hedges nothing: "Can a new test spot ...?")
    ops = _copy_ops(dw, sw)
    hits = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or i2 - i1 > 2 or j2 - j1 > 2 or n == 0 or n + 1 == len(ops) \
                or ops[n - 1][0] != "equal" or ops[n + 1][0] != "equal":
            continue
        mine, theirs = dw[i1:i2], sw[j1:j2]
        d_hedge = [t for t in mine if t.word.norm in _MODAL_HEDGES and t.pos in ("AUX", "VERB")]
        s_hedge = [t for t in theirs if t.word.norm in _MODAL_HEDGES and t.pos in ("AUX", "VERB")]
        if bool(d_hedge) == bool(s_hedge) or len(d_hedge) + len(s_hedge) != 1:
            continue
        plain = theirs if d_hedge else mine
        hedged = mine if d_hedge else theirs
        if any(t.word.norm not in _PLAIN_MODALS for t in plain) or any(
                t.word.norm not in _MODAL_HEDGES | _PLAIN_MODALS for t in hedged):
            continue  # (only a modal and the auxiliaries around it differ: "could benefit" / "will benefit")
        if (i2 < len(dw) and _is_negation(dw[i2])) or (j2 < len(sw) and _is_negation(sw[j2])):
            continue  # "could not complete": an inability, stated
        if any(t.lemma_key in _THOUGHT_KEYS or t.word.key in _THOUGHT_KEYS or t.lemma_key in _FEELING_KEYS
               for t in (*dw[:i1], *sw[:j1])):
            continue  # (what someone thinks or feels may be: "they felt the pill could make a difference", "The team
            # felt that the new drug works well" / "felt the new drug may work well": the hedge is theirs)
        left = dw[max(i1 - _COPIED_REACH, ops[n - 1][1]):i1]
        right = dw[i2:min(i2 + _COPIED_REACH, ops[n + 1][2])]
        if not left or not right or len(left) + len(right) < _COPIED_CONTEXT \
                or sum(t.word.content for t in (*left, *right)) < 2:
            continue
        # the span: the words that differ and the verb after them ("could benefit" / "will benefit"; "benefit" where
        # the article drops the modal and adds no word)
        a, b = (mine[0].word.start if mine else dw[i2].word.start), dw[i2].word.end
        sa, sb = (theirs[0].word.start if theirs else sw[j2].word.start), sw[j2].word.end
        if d_hedge:
            why = f"the article hedges it ({dt[a:b]!r}); the source states it ({st[sa:sb]!r}) in the same words"
        else:
            why = f"the source hedges it ({st[sa:sb]!r}); the article states it as fact ({dt[a:b]!r}) in the same words"
        hits.append(_Hit("modality", a, b, sa, sb, why))
    return hits


# ---------------------------------------------------------------------------------------------- modality
def _subject_before(words: Sequence[TaggedWord], i: int) -> str:
    """The key of the content word right before the verb at ``i``, past its auxiliaries and adverbs (at most three
    words): "Congress" of "Congress has already required"; "" when there is none."""
    for k in range(i - 1, max(i - 4, -1), -1):
        t = words[k]
        if t.pos in ("AUX", "ADV", "PART"):
            continue
        return t.lemma_key if t.word.content and t.word.kind == "word" and t.pos in ("NOUN", "PROPN") else ""
    return ""


def _same_subject(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int) -> bool:
    """Whether two verbs have the same subject right before them (:func:`_subject_before`)."""
    key = _subject_before(dw, di)
    return bool(key) and key == _subject_before(sw, si)


_ANTECEDENT_REACH = 6


def _antecedent(words: Sequence[TaggedWord], i: int) -> str:
    """The key of the noun a relative clause holding the verb ``words[i]`` is said of: the last noun before the
    relative pronoun that opens the clause (within :data:`_ANTECEDENT_REACH` words before the verb), a phrase of
    "of" after that noun passed over ("a sale of oil that Congress had previously authorized": sale); "" for none."""
    r = next((k for k in range(i - 1, max(i - 1 - _ANTECEDENT_REACH, -1), -1)
              if words[k].word.norm in _RELATIVES or words[k].word.norm == "that's"), -1)
    if r < 1:
        return ""
    k = r - 1
    o = next((o for o in range(r - 2, max(r - 4, 0), -1) if words[o].word.norm in _GENITIVES), -1)
    if o > 0 and all(words[x].pos in ("NOUN", "PROPN", "ADJ") for x in range(o + 1, r)):
        k = o - 1  # ("a sale of crude oil that": the sale)
    return words[k].lemma_key if words[k].pos == "NOUN" else ""


def _same_antecedent(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int) -> bool:
    """Whether two verbs each stand in a relative clause said of the same noun (:func:`_antecedent`): "a sale that's
    already been congressionally mandated" / "a sale of oil that Congress had previously authorized"."""
    key = _antecedent(dw, di)
    return bool(key) and key == _antecedent(sw, si)


def _check_obligation(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                      all_sw: Sequence[TaggedWord], weak: bool = False,
                      pairs: tuple[tuple[str, str], ...] = _OBLIGATIONS, pair_keys: frozenset[str] = _OBLIGATION_KEYS,
                      reason: str = "an obligation for a request or a permission") -> list[_Hit]:
    """An act of a stronger obligation said of the same thing (``CONFLICTS.obligations``): "directed the Federal
    Trade Commission to investigate" where the source "asked the Federal Trade Commission to examine", a request or
    a permission made an order (the other way is a writer's wording, not reported). Both words are verbs, neither
    negated, the article's word is none of the counterparts', the source's is not still in the article's sentence,
    and both are said of the same thing (:func:`_same_target`; on a weak pair the same word right after both) or have
    the same subject right before them (:func:`_same_subject`)."""
    d_keys = _segment_keys(dw)
    if not d_keys & pair_keys:
        return []  # (most pairs: no such verb)
    s_keys, all_keys = _segment_keys(sw), _segment_keys(all_sw)
    hits: list[_Hit] = []
    for theirs, mine in pairs:  # (the stronger word the article's: "requesting a report" for "directing each
        # agency to send a report", "authorizing Federal aid" for "ordered Federal aid" are a writer's wording)
        if mine not in d_keys or theirs not in s_keys or theirs in d_keys:
            continue
        di = next((i for i, t in enumerate(dw) if t.pos == "VERB" and mine in _keys(t)), -1)
        # (a counterpart that uses the stronger word of the same thing, the same words right after it, is the
        # article's source; of another thing it is not: "to prevent loss of cooling" / "Cap to Prevent Hair Loss")
        if mine in all_keys and (di < 0 or any(mine in _keys(t) and _same_object(dw, di, all_sw, k)
                                               for k, t in enumerate(all_sw))):
            continue
        # (said of the same thing, or by the same subject right before both: "Congress has already required" /
        # "Congress had previously authorized")
        si = next((i for i, t in enumerate(sw) if t.pos == "VERB" and theirs in _keys(t)
                   and ((_same_target(dw, di, sw, i) and not (weak and not _same_object(dw, di, sw, i)))
                        or _same_subject(dw, di, sw, i) or _same_antecedent(dw, di, sw, i))), -1) if di >= 0 else -1
        if si < 0 or any(h.start <= dw[di].word.start < h.end for h in hits):
            continue
        if _negated_before(dt, dw, di) or _negated_before(st, sw, si):
            continue  # "did not require" / "asked": no stronger claim
        a, b = dw[di].word.start, dw[di].word.end
        sa, sb = sw[si].word.start, sw[si].word.end
        hits.append(_says("modality", dt, a, b, st, sa, sb, reason))
    return hits


def _direction(t: TaggedWord) -> int:
    """Which group of :data:`_DIRECTIONS` the word is of (0 up, 1 down), -1 for neither."""
    return next((g for g, group in enumerate(_DIRECTIONS) if t.lemma_key in group or t.word.key in group), -1)


_ASSOCIATION_REACH = 6


def _associated(words: Sequence[TaggedWord], r: int) -> bool:
    """Whether a word of association stands within :data:`_ASSOCIATION_REACH` words before ``words[r]``: "associated
    with a reduced risk", "linked to lower rates"."""
    return any(words[k].lemma_key in _ASSOCIATIONS or words[k].word.key in _ASSOCIATIONS
               for k in range(max(r - _ASSOCIATION_REACH, 0), r))


def _check_causation(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                     all_sw: Sequence[TaggedWord]) -> list[_Hit]:
    """An association stated as an effect (``CONFLICTS.associations``): the source's sentence finds a change
    associated with something ("may be associated with a reduced risk of autism spectrum disorder"), and the
    article's, with no word of association, makes a verb of that change, in the same direction, said of the same
    thing ("may cut the risk of having children with autism spectrum disorder"). The article's verb is active, not
    negated, and no counterpart uses it of that thing outside an association (a source that also says "reduces the
    risk" is the article's)."""
    if _segment_keys(dw) & _ASSOCIATIONS or not _segment_keys(sw) & _ASSOCIATIONS:
        return []
    found = [(r, g) for r, t in enumerate(sw) if (g := _direction(t)) >= 0 and _associated(sw, r)]
    if not found:
        return []
    hits: list[_Hit] = []
    for di, u in enumerate(dw):
        if u.pos != "VERB" or (g := _direction(u)) < 0 or _passive(dw, di) or _negated_before(dt, dw, di):
            continue
        if (di + 1 < len(dw) and dw[di + 1].pos == "NOUN") or _open_question(dt, dw, di):
            continue  # a participle qualifying a noun ("a 16% increased risk"); a question ("whether ... can reduce")
        what = _said_of(dt, dw, di)
        r = next((r for r, h in found if h == g and what & _said_of(st, sw, r)), -1)
        if r < 0:
            continue
        # (a counterpart that states the change itself, of the same thing, is the article's source)
        if any(x.pos == "VERB" and _direction(x) == g and not _associated(all_sw, k) and what & _said_of(st, all_sw, k)
               for k, x in enumerate(all_sw)):
            continue
        k = next(k for k in range(max(r - _ASSOCIATION_REACH, 0), r)
                 if sw[k].lemma_key in _ASSOCIATIONS or sw[k].word.key in _ASSOCIATIONS)
        a, b = u.word.start, u.word.end
        sa, sb = sw[k].word.start, sw[r].word.end
        hits.append(_says("modality", dt, a, b, st, sa, sb, "an association stated as an effect"))
        break
    return hits


_CAUSAL_LINKS = tuple(sorted((tuple(c.split()) for c in _C.causal_links), key=len, reverse=True))
#: how far after a cause or an inference its content words are read, and how far before them the shared verb
_CAUSE_REACH = 6


#: the causal links by their first word, longest first (a word that starts none is not read further)
_CAUSAL_LINKS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(link for link in _CAUSAL_LINKS if link[0] == first) for first in {link[0] for link in _CAUSAL_LINKS}}


def _causal_link(words: Sequence[TaggedWord], i: int) -> int:
    """The number of words of the causal link (``CONFLICTS.causal_links``) starting at ``words[i]``, 0 for none."""
    if i >= len(words) or not (links := _CAUSAL_LINKS_BY_FIRST.get(words[i].word.norm)):
        return 0
    for link in links:
        if tuple(t.word.norm for t in words[i:i + len(link)]) == link:
            return len(link)
    return 0


def _content_after(text: str, words: Sequence[TaggedWord], i: int, reach: int = _CAUSE_REACH) -> set[str]:
    """The lemma keys of the content words within ``reach`` words after ``words[i - 1]``, up to punctuation."""
    out: set[str] = set()
    for k in range(i, min(i + reach, len(words))):
        if k > i and _CLAUSE_BREAK_RE.search(text[words[k - 1].word.end:words[k].word.start]):
            break
        if words[k].word.content and words[k].word.kind == "word" and not _is_hedge(words[k]):
            out.add(words[k].lemma_key)
    return out


def _check_inferred_cause(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                          all_sw: Sequence[TaggedWord]) -> list[_Hit]:
    """A cause the source only infers, stated as one (``CONFLICTS.causal_links``): "consumer spending and housing
    activity both picked up as a result of lower interest rates" where the source says "... both picked up,
    suggesting lower interest rates are beginning to boost household spending". The article's link is unhedged (no
    hedge in its sentence before it), two of the content words after it follow a hedge of the source's sentence
    within :data:`_CAUSE_REACH` words, a content word before both is the same (what is explained), and no
    counterpart states a cause itself."""
    # (each causal link after the sentence's first word, with its length: most sentences have none)
    links = [(c, n) for c in range(1, len(dw)) if (n := _causal_link(dw, c))]
    if not links or any(_causal_link(all_sw, k) for k in range(len(all_sw))):
        return []
    for c, n in links:
        if any(_is_hedge(t) for t in dw[:c]):
            continue
        cause = _content_after(dt, dw, c + n)
        if len(cause) < 2:
            continue
        before = {r for r in _role(dw, c, c + n, 2, 4) if r[0] == "<"}
        for h, t in enumerate(sw):
            if not _is_hedge(t) or t.pos not in ("VERB", "AUX", "ADJ", "ADV") \
                    or len(cause & _content_after(st, sw, h + 1)) < 2 \
                    or not before & _role(sw, h, h + 1, 2, 4):
                continue
            a, b = dw[c].word.start, dw[c + n - 1].word.end
            return [_says("modality", dt, a, b, st, t.word.start, t.word.end,
                          "a cause the source only infers, stated as one")]
    return []


#: the words that open a question clause ("whether", "if": ``Language.asked_openers``)
_QUESTION_OPENERS = _LANG.asked_openers


def _open_question(text: str, words: Sequence[TaggedWord], i: int, reach: int = 8) -> bool:
    """Whether ``words[i]`` stands in a clause "whether" or "if" opens (within ``reach`` words, no punctuation
    between): what a study "sought to determine whether ... can reduce" is asked, not stated."""
    for k in range(i - 1, max(i - 1 - reach, -1), -1):
        if _CLAUSE_BREAK_RE.search(text[words[k].word.end:words[k + 1].word.start]):
            return False
        if words[k].word.norm in _QUESTION_OPENERS:
            return True
    return False


def _bound(words: Sequence[TaggedWord], q: _Qty) -> tuple[str, int]:
    """The side an amount is bounded from by the words right before it (``CONFLICTS.bounds``: "upper" for "nearly",
    "up to", "less than"; "lower" for "more than", "over", "at least"), and where those words start; ("", q.i)
    for none."""
    for n in (3, 2, 1):
        if q.i >= n and (side := _BOUNDS.get(tuple(t.word.norm for t in words[q.i - n:q.i]))):
            return side, q.i - n
    return "", q.i


def _check_bounds(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                  s_q: Sequence[_Qty],
                  counterparts: Sequence[tuple[Sequence[TaggedWord], Sequence[_Qty]]]) -> list[_Hit]:
    """The same amount bounded from the other side: "more than $1.5 billion" where the source says "nearly $1.5
    billion" (``CONFLICTS.bounds``), of the same thing (the same head, both money or neither, and, without a head,
    a word around both in common); never where a counterpart bounds that amount as the article does."""
    hits: list[_Hit] = []
    for d in d_q:
        side, i = _bound(dw, d)
        if not side:
            continue
        if any(_bound(ow, o)[0] == side and _equal(d, o)
               and o.head == d.head for ow, oq in counterparts for o in oq):
            continue
        for s in s_q:
            other, k = _bound(sw, s)
            if not other or other == side or not _equal(d, s) \
                    or s.head != d.head or s.money != d.money:
                continue
            if not d.head and not _role(dw, d.i, d.j) & _role(sw, s.i, s.j):
                continue
            a, b = dw[i].word.start, dw[d.j - 1].word.end
            sa, sb = sw[k].word.start, sw[s.j - 1].word.end
            hits.append(_says("number", dt, a, b, st, sa, sb, "the amount bounded from the other side"))
            break
    return hits


_NEGATIVE_WORDS = _C.minus_words
#: words before an amount among which a word of change or of negativity says its sign in words ("fell 0.75%",
#: "a negative rate of 0.75%")
_SIGN_REACH = 4


def _signed(text: str, words: Sequence[TaggedWord], q: _Qty) -> int:
    """How an amount's sign is written: -1 for a minus sign against its digits, after a space, an opening bracket or
    the start ("to −0.75%", "(-2.1%)"; never a hyphen between words or a range's, "COVID-19", "2-3%"), or a word of
    negativity right before it ("minus 0.5%", ``CONFLICTS.minus_words``); 0 for a sign said in words among the
    few words before it (a negative word or a word of change: "a negative rate of 0.75%", "fell 0.75%", "down
    0.75%"), which an unsigned amount may restate; 1 for none."""
    if _negative(text, words[q.i].word.start) or (q.i > 0 and words[q.i - 1].word.norm in _NEGATIVE_WORDS):
        return -1
    for t in words[max(q.i - _SIGN_REACH, 0):q.i]:
        if t.word.norm in _NEGATIVE_WORDS or (t.lemma_key in _CHANGE_KEYS or t.word.key in _CHANGE_KEYS):
            return 0
    return 1


def _check_signs(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                 s_q: Sequence[_Qty],
                 counterparts: Sequence[tuple[Sequence[TaggedWord], Sequence[_Qty]]]) -> list[_Hit]:
    """The same amount of the same thing with its sign dropped or added: "to 0.75 percent" where the source says
    "to −0.75%" (:func:`_signed`: a minus sign against the digits or "minus" before them), the same value, the same
    head, both money or neither, and, without a head, a word around both in common; never where the article says the
    sign in words near the amount ("fell 0.75%", "a negative rate of 0.75%"), nor where a counterpart gives that
    amount with the article's sign."""
    hits: list[_Hit] = []
    for d in d_q:
        mine = _signed(dt, dw, d)
        if not mine or d.ago:
            continue
        for s in s_q:
            theirs = _signed(st, sw, s)
            if theirs != -mine or not _equal(d, s) or s.head != d.head or s.money != d.money or not d.value:
                continue
            if not d.head and not _role(dw, d.i, d.j) & _role(sw, s.i, s.j):
                continue
            if any(_signed(st, ow, o) == mine and _equal(d, o) and o.head == d.head for ow, oq in counterparts
                   for o in oq):
                break
            a, b = dw[d.i].word.start, dw[d.j - 1].word.end
            sa, sb = sw[s.i].word.start, sw[s.j - 1].word.end
            if theirs < 0 and st[sa - 1:sa] in _MINUS_SIGNS:
                sa -= 1  # (the sign is the source's words: "−0.75%")
            elif mine < 0 and dt[a - 1:a] in _MINUS_SIGNS:
                a -= 1
            hits.append(_says("number", dt, a, b, st, sa, sb, "the amount with its sign " + (
                "dropped" if theirs < 0 else "added")))
            break
    return hits


_MAXIMA = frozenset(tuple(m.split()) for m in _C.maxima)
_APPROXIMATIONS = _C.approximations
_CAPACITIES = _C.capacities
_STRICT_BOUNDS = {tuple(k.split()): side for k, side in _C.strict_bounds.items()}
_INCLUSIVE_BOUNDS = {tuple(k.split()): side for k, side in _C.inclusive_bounds.items()}
_BOUND_FILLERS = _C.bound_fillers
_MINIMA = frozenset(tuple(m.split()) for m in _C.minima)


def _form(words: Sequence[TaggedWord], q: _Qty) -> tuple[str, int, int]:
    """How an amount is given, and the span of the words that say so: "max" after "up to" or "as many as"
    (``CONFLICTS.maxima``), ">=" after "at least" (``CONFLICTS.minima``), "approx" after "about" or
    "approximately", "<" or ">" after a strict bound ("under", "more than", ``CONFLICTS.strict_bounds``), "<=" or
    ">=" before an inclusive one ("and younger", "or more", ``CONFLICTS.inclusive_bounds``), the fillers between
    passed over ("under the age of 12", "12 years of age and younger"); ("", q.i, q.j) for none of these. (Only
    the few words around the amount are read: it is asked of each pair of amounts of a checked pair of sentences.)"""
    k = q.i
    while k > 0 and q.i - k < 3 and words[k - 1].word.norm in _BOUND_FILLERS:
        k -= 1
    for n in (3, 2, 1):
        before = tuple([t.word.norm for t in words[k - n:k]]) if k >= n else ()
        if before in _MAXIMA:
            return "max", k - n, q.j
        if before in _MINIMA:
            return ">=", k - n, q.j
        if (side := _STRICT_BOUNDS.get(before)) is not None:
            return ("<" if side == "upper" else ">"), k - n, q.j
    last = words[q.i - 1].word.norm if q.i > 0 else ""
    if q.i > 0 and last in _APPROXIMATIONS:
        return "approx", q.i - 1, q.j
    k = q.j
    while k < len(words) and k - q.j < 3 and words[k].word.norm in _BOUND_FILLERS:
        k += 1
    if (side := _INCLUSIVE_BOUNDS.get(tuple([t.word.norm for t in words[k:k + 2]]))) is not None:
        return ("<=" if side == "upper" else ">="), q.i, k + 2
    if q.i > 0 and (last == "than" or _bound(words, q)[0] or last in _HEDGES):
        return "other", q.i, q.j  # ("much longer than 4 years", "nearly 2,000", "just 12": bounded otherwise)
    return "", q.i, q.j


#: (the source's form, the article's) of one amount that say different things: an approximate amount made more than
#: it, a maximum made the usual amount, a bound that takes its amount in made one that leaves it out, and back
_FORM_CONFLICTS = {("approx", ">"): "an approximate amount given as a lower bound",
                   ("approx", ">="): "an approximate amount given as a lower bound",
                   ("", ">"): "the amount given as a lower bound",
                   ("", ">="): "the amount given as a lower bound",
                   ("max", "approx"): "a maximum given as the usual amount",
                   ("max", ""): "a maximum given as the amount",
                   ("<=", "<"): "a bound that takes its amount in made one that leaves it out",
                   (">=", ">"): "a bound that takes its amount in made one that leaves it out",
                   ("<", "<="): "a bound that leaves its amount out made one that takes it in",
                   (">", ">="): "a bound that leaves its amount out made one that takes it in"}
#: the article's forms that open an amount the source gives plainly or about upward, to anything above it ("for at
#: least 18 months" / "for 18 months", "more than 60 retailers" / "approximately 60 retailers"): the scope of the
#: amount widened, a `quantifier` conflict (the others change the amount's value or its edge: `number`)
_OPENED = frozenset({">", ">="})


def _check_forms(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                 s_q: Sequence[_Qty], every_q: Sequence[tuple[Sequence[TaggedWord], Sequence[_Qty]]]) -> list[_Hit]:
    """The same amount of the same thing given in another form (:func:`_form`, :data:`_FORM_CONFLICTS`): "more
    than 60 retailers" where the source says "approximately 60 retailers", "save around $500 a year" for "saving up
    to $500 ... every year", "under the age of 12" for "12 years of age and younger". Of the same thing: both money
    or neither, the same head, or, without a head on one side, a content word around both in common; never where a
    counterpart (``every_q``: each counterpart's words and amounts) gives that amount in the article's form."""
    hits: list[_Hit] = []
    forms = [_form(dw, d) for d in d_q]
    for n, d in enumerate(d_q):
        mine, a, b = forms[n]
        if not mine and (any(f[0] == "max" for f in forms[:n]) or any(t.word.norm in _CAPACITIES for t in dw[:d.i])):
            continue  # (a maximum before may bound it too: "up to $20,000 ... and $10,000 worth of debt"; and a
            # permission or a possibility makes it a most: "which allows tariffs for 150 days")
        for s in s_q:
            if not _equal(d, s) or s.money != d.money or (d.head != s.head and d.head and s.head):
                continue  # (another amount or thing: told before the source's form is read)
            theirs, sa, sb = _form(sw, s)
            why = _FORM_CONFLICTS.get((theirs, mine))
            if why is None or (not theirs and s in _range_ends(st, sw, s_q)):
                continue  # (an end of a range is no amount given plainly: "for 18 to 24 months")
            if (not d.head or not s.head) and not {r[1:] for r in _role(dw, d.i, d.j)} & {
                    r[1:] for r in _role(sw, s.i, s.j)}:
                continue  # (without a head on one side, a word around both in common, on either side: "under the
                # age of 12" / "12 years of age and younger")
            if any(_form(ow, o)[0] == mine and _equal(d, o) and o.head == d.head
                   for ow, oq in [(sw, s_q), *every_q] for o in oq):
                break  # (the source's sentence or a counterpart gives it so: "at $35 a month ... more than $35")
            kind = "quantifier" if mine in _OPENED and theirs in ("", "approx") else "number"
            hits.append(_says(kind, dt, dw[a].word.start, dw[b - 1].word.end, st, sw[sa].word.start,
                              sw[sb - 1].word.end, why))
            break
    return hits


_STATISTIC_REACH = 3


def _statistic(words: Sequence[TaggedWord], q: _Qty) -> tuple[set[str], int]:
    """The statistics an amount is (``CONFLICTS.statistics``), named within :data:`_STATISTIC_REACH` words before it
    ("an average of 8.2 months", "median 8.2 months"; both in "an average (median) of four years"), and where the
    farthest name stands; (empty, -1) for none."""
    what: set[str] = set()
    at = -1
    for k in range(q.i - 1, max(q.i - 1 - _STATISTIC_REACH, -1), -1):
        if (name := _STATISTICS.get(words[k].word.norm)) is not None:
            what.add(name)
            at = k
    return what, at


def _check_statistic(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord], d_q: Sequence[_Qty],
                     s_q: Sequence[_Qty]) -> list[_Hit]:
    """The same figure given as another statistic: "went longer (an average of 8.2 months)" where the source says
    "(median 8.2 months)" (``CONFLICTS.statistics``): the same value of the same thing, each named a statistic
    right before it, and not the same one."""
    hits: list[_Hit] = []
    for d in d_q:
        what, i = _statistic(dw, d)
        if not what:
            continue
        for s in s_q:
            theirs, k = _statistic(sw, s)
            if not theirs or theirs & what or not _equal(d, s) \
                    or s.head != d.head:
                continue
            a, b = dw[i].word.start, dw[d.j - 1].word.end
            sa, sb = sw[k].word.start, sw[s.j - 1].word.end
            hits.append(_says("number", dt, a, b, st, sa, sb, "another statistic"))
            break
    return hits


def _hedge_lemma(t: TaggedWord) -> bool:
    """Whether ``t``'s lemma is a hedge's (``CONFLICTS.hedges``) and ``t`` no homograph of one ("would like to": no
    "likely", ``CONFLICTS.hedge_homographs``)."""
    return t.lemma_key in _HEDGE_KEYS and t.word.norm not in _HEDGE_HOMOGRAPHS


def _is_hedge(t: TaggedWord) -> bool:
    # (a hedge's word written capitalised and tagged a name is a name: "the husband of May “Maya” Millete", "May’s
    # body"; a modal opening a title-case heading is tagged a verb, "Drug May Help")
    return (t.word.norm in _HEDGE_WORDS or (t.pos in ("VERB", "AUX", "ADJ") and _hedge_lemma(t))) \
        and not (t.pos == "PROPN" and t.word.text[:1].isupper())


def _opens_clause(words: Sequence[TaggedWord], v: int) -> bool:
    """Whether the verb at ``v`` reports what follows as the sentence's claim: a verb of speech ("said the drug
    may") or of belief ("they believe may improve"), or one followed by "that" ("found that the drug may");
    another verb makes what follows a part of its own phrase, where a hedge is not the claim's."""
    t = words[v]
    return t.word.key in _REPORTING_KEYS or t.lemma_key in _REPORTING_KEYS or \
        (v + 1 < len(words) and words[v + 1].word.norm == "that")


def _is_question(text: str, words: Sequence[TaggedWord]) -> bool:
    """Whether a segment asks a question (its last word followed by "?"): a question asserts nothing."""
    return bool(words) and "?" in text[words[-1].word.end:words[-1].word.end + 3]


@_per_segment
def _any_hedge(words: Sequence[TaggedWord]) -> bool:
    """Whether a segment has a word :func:`_is_hedge` could take (a hedge's word or lemma): without one,
    :func:`_hedged` finds nothing in it, however asked."""
    return any(t.word.norm in _HEDGE_WORDS or t.lemma_key in _HEDGE_KEYS for t in words)


@_per_segment
def _hedged(words: Sequence[TaggedWord], main_only: bool = True, relatives: bool = False,
            text: str = "") -> dict[str, tuple[int, int]]:
    """The content keys a hedge governs ("may reduce" -> reduce), each with the hedge and the word's index;
    ``relatives``: a relative pronoun opens a clause of its own ("signed a law that may ban": the hedge is said of
    the law, not part of "signed"). Given the segment's ``text``, a clause a subordinating conjunction opens ends at
    its comma ("When the construction is completed, both vessels may be joining": the hedge is the main clause's),
    and a participle joined by a hyphen to the word before it is no verb ("nuclear-powered aircraft carriers may
    be named")."""
    out: dict[str, tuple[int, int]] = {}
    if not _any_hedge(words):
        return out  # (most segments: no word that _is_hedge could take, and nothing governed without one)
    verb = -1  # the last verb before the hedge
    predicate = False  # whether the clause has had an auxiliary or a finite verb: a non-finite verb before that is
    # in the subject ("the process to transition ... systems may take"), after it in the predicate ("it was not
    # plausible to think about doing tests that might screen")
    subordinate = False  # inside a clause a subordinating conjunction opened ("When ..., ", "If ..., ")
    for h, t in enumerate(words):
        if text and subordinate and h > 0 and "," in text[words[h - 1].word.end:t.word.start]:
            verb = -1  # the subordinate clause is over: its verb governs nothing of the main clause's
            predicate = subordinate = False
        if text and verb == h - 1 >= 0 and "," in text[words[h - 1].word.end:t.word.start]:
            verb = -1  # a verb right before a comma has no phrase past it: "You know, almost 90 percent ... may be
            predicate = False  # owned", "Sales rose, profits may fall"
        if text and h > 0 and verb >= 0 and _SENTENCE_END_RE.search(text[words[h - 1].word.end:t.word.start]) \
                and t.word.text[:1].isupper():
            verb = -1  # a new sentence in the segment (a quotation after its lead-in: 'the proclamation read. "The
            predicate = subordinate = False  # truth may be ..."'): the verb before governs nothing of it
        if not _is_hedge(t):
            if t.pos == "VERB" and (predicate or not (_nonfinite(words, h) or _reduced_relative(words, h)
                                                       or _plural_subject(text, words, h))) \
                    and not _attributive(text, words, h):
                verb = h
                predicate = True
            elif t.pos == "AUX":
                predicate = True
            elif t.pos in ("CCONJ", "SCONJ") or (relatives and t.pos == "PRON" and t.word.norm in _RELATIVES):
                verb = -1  # "..., and the drug may only be available": a clause of its own
                predicate = False
                subordinate = subordinate or t.pos == "SCONJ"  # ("When X and Y are done, ...": still in it)
            continue
        if main_only and verb >= 0 and not _opens_clause(words, verb):
            continue  # inside another verb's phrase: "I really think it could make", "felt like it may"
        if t.lemma_key in _ABILITY and (_is_negation(t) or (h + 1 < len(words) and _is_negation(words[h + 1]))):
            continue  # "could not complete their degree", "couldn't": an inability, stated ("were unable to complete")
        # a hedging verb governs the next verb ("hope that the drug will help"), a modal or an adjective the next
        # content word ("may reduce", "preliminary results"; a modal past the words that are no content: "may have all
        # of their remaining debt canceled")
        verb_scope = t.pos == "VERB"
        first, reach = h + 1, (7 if verb_scope else 6 if t.pos == "AUX" else 4)
        if verb_scope and text and h + 2 < len(words) and words[h + 1].word.norm == "that" \
                and "," in text[words[h + 1].word.end:words[h + 2].word.start]:
            # "suggesting that, if started early enough, a daily regimen of ... ibuprofen can prevent": the clause
            # set between commas after "that" is a condition; the hedge governs the verb of the clause after it,
            # past its subject
            first = next((m for m in range(h + 3, len(words))
                          if "," in text[words[m - 1].word.end:words[m].word.start]), len(words))
            reach = first - h + _THAT_CLAUSE_REACH
        for k in range(first, min(h + reach, len(words))):
            u = words[k]
            if verb_scope and u.pos == "PRON" and u.word.norm in _RELATIVES and words[k - 1].pos in ("NOUN", "PROPN") \
                    and k - 1 > h:
                for key in _keys(words[k - 1]):  # the verb's object, a noun a relative clause follows: "suggests a
                    out.setdefault(key, (h, k - 1))  # possible association that warrants": the verb after "that"
                break  # is the relative clause's, not what is hedged
            if verb_scope and text and (lo := text[t.word.end:u.word.start]).count("(") > lo.count(")"):
                continue  # a word inside brackets is an aside: "NSAID (nonsteroidal anti-inflammatory drug)"
            if t.pos == "ADJ" and u.pos == "ADP":
                break  # an adjective before a preposition stands alone, it qualifies no noun after it: "wherever
                # possible in the Middle East" hedges no "Middle" ("likely to help": "to" is no preposition here)
            if u.word.content and u.word.kind == "word" and not _is_hedge(u) and not _is_negation(u) \
                    and u.pos != "ADV" and (not verb_scope or u.pos == "VERB"):
                for key in _keys(u):
                    out.setdefault(key, (h, k))
                break
    return out


#: how many words after the condition set between commas after a hedging verb's "that" its verb is looked for
#: (:func:`_hedged`: "suggesting that, if started early enough, a daily regimen of ... can prevent")
_THAT_CLAUSE_REACH = 15


def _attributive(text: str, words: Sequence[TaggedWord], v: int) -> bool:
    """Whether the verb at ``v`` is a participle that qualifies the noun after it as an adjective does: joined by a
    hyphen to the word before it ("nuclear-powered aircraft", "state-funded programs"), or after a determiner, an
    adjective or a number ("the proposed rule"); not a verb whose phrase a hedge after it belongs to."""
    if not (0 < v < len(words) - 1 and words[v + 1].pos in ("NOUN", "PROPN")):
        return False
    return words[v - 1].pos in ("DET", "ADJ", "NUM") or \
        (bool(text) and text[words[v - 1].word.end:words[v].word.start] in ("-", "‐"))


def _plural_subject(text: str, words: Sequence[TaggedWord], v: int) -> bool:
    """Whether the "verb" at ``v`` is a plural noun opening its clause, a preposition after it, tagged a verb ("Just as
    with the Internet, advances in QIS may be poised", "Cuts to rates could follow"): the subject of the modal after
    it, no verb whose phrase the modal is in."""
    t = words[v]
    if not (t.word.text.endswith("s") and v + 1 < len(words) and words[v + 1].pos == "ADP"):
        return False
    return v == 0 or words[v - 1].pos in ("DET", "ADJ", "NUM") or bool(
        text and _CLAUSE_BREAK_RE.search(text[words[v - 1].word.end:t.word.start]))


def _reduced_relative(words: Sequence[TaggedWord], v: int) -> bool:
    """Whether the verb at ``v`` is a participle right after the noun it qualifies, a preposition after it: a
    clause of the subject ("13 million Americans covered under the Act may see"), not the sentence's verb."""
    return words[v].word.text.endswith("ed") and 0 < v < len(words) - 1 \
        and words[v - 1].pos in ("NOUN", "PROPN") and words[v + 1].pos == "ADP"


def _nonfinite(words: Sequence[TaggedWord], v: int) -> bool:
    """Whether the verb at ``v`` is an infinitive after "to" or an -ing form without an auxiliary: a verb of a
    phrase inside the subject ("the process to transition ... systems may take", "customers representing ... may
    be"), not one whose phrase a hedge after it belongs to."""
    t = words[v]
    prev = words[v - 1] if v > 0 else None
    if prev is not None and prev.word.norm == "to" and prev.pos == "PART":
        return True
    return t.word.text.endswith("ing") and not (prev is not None and prev.pos == "AUX")


def _purpose(words: Sequence[TaggedWord], v: int) -> bool:
    """Whether the verb at ``v`` is an infinitive of another verb's purpose or aim, "to" and adverbs between ("must
    work together to quickly save", "plans to expand"); not one of a noun ("has the power to improve": a capability
    stated)."""
    k = v - 1
    while k >= 0 and v - k <= 3 and words[k].pos == "ADV":
        k -= 1
    if not (k >= 0 and words[k].word.norm == "to" and words[k].pos == "PART"):
        return False
    k -= 1
    while k >= 0 and words[k].pos == "ADV":
        k -= 1
    return k >= 0 and words[k].pos == "VERB"


def _anchored_verb(dw: Sequence[TaggedWord], h: int, sw: Sequence[TaggedWord]) -> int:
    """The source's verb for what a modal of the article governs, where the verb itself was reworded: the first
    content word after the modal that the source shares, and the source's verb within two words of it ("a
    reading may typically be around five percent" / "typically have a reading of about five per cent"); -1 when
    there is none."""
    for k in range(h + 1, min(h + 4, len(dw))):
        t = dw[k]
        if not t.word.content or t.word.kind != "word" or t.pos in ("VERB", "AUX"):
            continue
        si = _find(sw, _keys(t))
        if si < 0:
            continue
        near = [i for i in range(max(si - 2, 0), min(si + 3, len(sw))) if sw[i].pos in ("VERB", "AUX")
                and not _is_negation(sw[i]) and (i == 0 or not _is_negation(sw[i - 1]))]
        return min(near, key=lambda i: abs(i - si)) if near else -1
    return -1


def _subject_verb(dw: Sequence[TaggedWord], h: int, sw: Sequence[TaggedWord]) -> int:
    """The source's verb for what a modal of the article governs, found by its subject: the noun right before the
    modal (adverbs passed over) is in the source's sentence, and a verb or an auxiliary stands right after it
    there ("Federal funding may also support" / "Federal funding is available"); -1 when there is none."""
    k = h - 1
    while k >= 0 and dw[k].pos == "ADV":
        k -= 1
    if k < 0 or dw[k].pos not in ("NOUN", "PROPN") or not dw[k].word.content:
        return -1
    si = _find(sw, _keys(dw[k]))
    if si < 0:
        return -1
    for i in range(si + 1, min(si + 3, len(sw))):
        if sw[i].pos in ("VERB", "AUX"):
            return -1 if _is_hedge(sw[i]) or _is_negation(sw[i]) or (
                i + 1 < len(sw) and _is_negation(sw[i + 1])) else i
        if sw[i].pos != "ADV":
            break
    return -1


#: how far each side of a word the words of its phrase are read (:func:`_same_phrase`)
_PHRASE_REACH = 5


def _same_phrase(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], si: int) -> bool:
    """Whether ``dw[di]`` and ``sw[si]`` stand in the same phrase: two content words (or figures: "may hand out more
    than 25 million free masks" / "will deliver more than 25 million masks") within :data:`_PHRASE_REACH` words of
    each in common ("may also direct cabinet members" / "is directing members of his Cabinet"), or the same three
    words right after both ("may be remembered as one of" / "will be remembered as one of"). On a weak pair
    (:func:`_anchored`), the words right beside a word may differ where the phrase is the same."""
    def near(words: Sequence[TaggedWord], i: int) -> set[str]:
        return {t.lemma_key for k, t in enumerate(words[max(i - _PHRASE_REACH, 0):i + _PHRASE_REACH + 1],
                                                   max(i - _PHRASE_REACH, 0))
                if k != i and t.word.content and t.word.kind != "acronym" and not _is_hedge(t) and not _is_negation(t)}
    after = [t.word.norm for t in dw[di + 1:di + 4]]
    return len(near(dw, di) & near(sw, si)) >= 2 or (len(after) == 3 and after == [t.word.norm
                                                                                  for t in sw[si + 1:si + 4]])


def _modal_swapped(dw: Sequence[TaggedWord], di: int, sw: Sequence[TaggedWord], h: int, k: int) -> bool:
    """Whether the article puts a modal of certainty in the very place of the source's hedging modal, with the same
    words between it and the verb ("could likewise help" -> "will likewise help"): the phrase itself was changed,
    whatever hedge comes earlier in the article's sentence ("researchers hope that the drug will likewise help")."""
    between = [t.word.norm for t in sw[h + 1:k]]
    m = di - len(between) - 1
    return sw[h].pos == "AUX" and m >= 0 and dw[m].pos == "AUX" and dw[m].word.norm in _CERTAIN \
        and [t.word.norm for t in dw[m + 1:di]] == between


_CERTAIN_KEYS = frozenset(stem(w) for w in _CERTAIN)
_POSSIBILITIES = _C.possibilities
_POSSIBLE_REACH = 3  # words before a verb its modal is looked for ("can be extended", "can also move")


def _possible(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether the verb at ``i`` has a modal of possibility (``CONFLICTS.possibilities``: can, could, may, might)
    among the auxiliaries and adverbs right before it, not negated ("can be extended", "could also move"; not
    "cannot move"): one such modal for another is the same certainty."""
    for k in range(i - 1, max(i - 1 - _POSSIBLE_REACH, -1), -1):
        t = words[k]
        if _is_negation(t):
            return False
        if t.word.norm in _POSSIBILITIES and t.pos in ("AUX", "VERB"):
            return True
        if t.pos not in ("AUX", "ADV", "PART"):
            return False
    return False


_BELIEF_REACH = 8  # words before a claim's verb a verb of belief that reports it is looked for


def _believed(text: str, words: Sequence[TaggedWord], i: int) -> bool:
    """Whether the word at ``i`` is in a clause a verb of belief reports (``CONFLICTS.thought_verbs``: "The White
    House estimates host cities will see", "officials believe the bridge will reopen"), within a few words before it
    in its clause and not negated: the claim is given as someone's belief, no fact."""
    for k in range(i - 1, max(i - 1 - _BELIEF_REACH, -1), -1):
        if _CLAUSE_BREAK_RE.search(text[words[k].word.end:words[k + 1].word.start]):
            return False
        if words[k].pos == "VERB" and words[k].lemma_key in _THOUGHT_KEYS:
            return not _negated_before(text, words, k)
    return False


def _check_hedging_verb(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                        all_sw: Sequence[TaggedWord]) -> list[_Hit]:
    """A verb of certainty in the very place of the source's hedging verb: "forecasts show that it will be some time"
    where the source's "forecasts suggest that it will be some time" (``CONFLICTS.hedges``, ``certainties``: both
    verbs, the same subject right before them or the same two words after them, neither negated; the article's verb
    is none of the counterparts' words and its sentence keeps no hedging verb). Where the hedging verb governs no
    verb of its own ("suggest that it will be some time"), the hedge check has no word to compare: this compares the
    verbs themselves."""
    d_keys = _segment_keys(dw)
    if not d_keys & _CERTAIN_KEYS or not _segment_keys(sw) & _HEDGE_KEYS:
        return []
    if any(t.pos == "VERB" and _hedge_lemma(t) for t in dw):
        return []
    all_keys = _segment_keys(all_sw)
    for di, u in enumerate(dw):
        if u.pos != "VERB" or u.lemma_key not in _CERTAIN_KEYS or u.lemma_key in all_keys \
                or _negated_before(dt, dw, di):
            continue
        after = _norms(dw, di + 1, di + 3)
        si = next((i for i, t in enumerate(sw) if t.pos == "VERB" and _hedge_lemma(t)
                   and not _negated_before(st, sw, i)
                   and (_same_subject(dw, di, sw, i) or (len(after) == 2 and after == _norms(sw, i + 1, i + 3)))), -1)
        if si < 0:
            continue
        a, b = u.word.start, u.word.end
        sa, sb = sw[si].word.start, sw[si].word.end
        return [_Hit("modality", a, b, sa, sb, f"the source hedges it ({st[sa:sb]!r}); the article states it as "
                                               f"fact ({dt[a:b]!r})")]
    return []


def _check_modality(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                    all_sw: Sequence[TaggedWord], weak: bool = False,
                    others: Sequence[TaggedWord] = (),
                    stated: Callable[[str, set[str]], bool] = lambda key, near: False) -> list[_Hit]:
    """``stated``: whether the source states a word plainly anywhere, with one of the given words beside it (asked
    where ``sw`` is a heading): what the source's title hedges and its lead states ("Could Benefit Tens of Millions
    of Borrowers" / "will benefit borrowers in all fifty states"), the article may state. ``others``: the words of
    the segment's other counterparts; what one of them states plainly, the article may
    state plainly whatever this one hedges ("why treatments work for some patients" / "treatments are likely to
    work best"); what one of them hedges said of the same thing (the same word beside it), the article may hedge
    ("The pill may be a game changer" / "This new drug could be a game changer"), not what another claim hedges
    ("Current students with loans may be eligible for this debt relief" / "Nearly 8 million borrowers may be
    eligible to receive relief")."""
    if not _any_hedge(dw) and not _any_hedge(sw):
        return []  # (most pairs: no hedge on either side, so none the source adds or the article adds to compare)
    if _is_question(dt, dw) or _is_question(st, sw):
        return []  # "Can a blood test spot concussions?" hedges nothing
    d_h, s_h = dict(_hedged(dw, text=dt)), dict(_hedged(sw, text=st))  # (copies: the relative clauses' hedges
    # are added below)
    own_h, all_h = _hedged(sw, main_only=False, text=st), _hedged(all_sw, main_only=False, text=st)
    all_keys = _segment_keys(all_sw)
    # a hedge in the article's relative clause counts where the source has its verb with the same words after it
    # ("an order that may prohibit new investment" / "an order that will prohibit new investment"): a relative
    # clause of a transcript's aside hedges no claim of the source ("all the levers that might be pulled")
    for key, (h, k) in _hedged(dw, relatives=True, text=dt).items():
        if key not in d_h and key in all_keys and (si := _find(sw, [key])) >= 0 and \
                {r for r in _role(dw, k, k + 1, 2, 3) if r[0] == ">"} & _role(sw, si, si + 1, 2, 3):
            d_h[key] = (h, k)
    # and the other way: a hedge in the source's relative clause counts where the article has its verb with the same
    # words after it ("any other customer who may have ordered that good" / "who will have ordered that good")
    for key, (h, k) in _hedged(sw, relatives=True, text=st).items():
        if key not in s_h and (di := _find(dw, [key])) >= 0 and \
                {r for r in _role(sw, k, k + 1, 2, 3) if r[0] == ">"} & _role(dw, di, di + 1, 2, 3):
            s_h[key] = (h, k)
    for key, (h, k) in s_h.items():  # the source hedges what the article states
        di = _find(dw, [key])
        if di < 0:
            continue
        if dw[di].pos == "VERB" and dw[di].word.text.endswith("ing") and not (di > 0 and dw[di - 1].pos == "AUX"):
            continue  # a verb's -ing form without an auxiliary states nothing ("setting a really ambitious goal")
        swapped = _modal_swapped(dw, di, sw, h, k)
        if (key in d_h or any(_is_hedge(t) for t in dw[:di])) and not swapped:
            continue  # (a hedge earlier in the article's sentence may govern it: "could help to stop ..., reduce")
        if not _anchored(dw, di, sw, k, weak):
            continue
        if not swapped and key in _key_set(others) and key not in _hedged(others, main_only=False):
            continue
        if stated(key, _beside(dw, di)):
            continue
        if sw[h].word.norm in _POSSIBILITIES and _possible(dw, di):
            continue  # "may be extended" / "can be extended": a modal of possibility for another
        if not swapped and _believed(dt, dw, di):
            continue  # "The White House estimates host cities will see" / "expect to see": a belief, reported
        lo = di - (k - h) if swapped else di
        while lo > 0 and di - lo < 2 and dw[lo - 1].pos in ("AUX", "VERB") and dw[lo - 1].word.norm not in _NEGATIONS:
            lo -= 1  # "will reduce", "shows"
        a, b = dw[lo].word.start, dw[di].word.end
        sa, sb = sw[h].word.start, sw[k].word.end
        return [_Hit("modality", a, b, sa, sb, f"the source hedges it ({st[sa:sb]!r}); the article states it as "
                                               f"fact ({dt[a:b]!r})")]
    for key, (h, k) in d_h.items():  # the article hedges what the source states ("may", "could", "is expected to")
        if key in own_h or (key in all_h and _beside(dw, k) & _beside(all_sw, all_h[key][1])) \
                or dw[h].pos not in ("AUX", "VERB"):
            continue
        if _third_party_hedge(dw, h, all_keys):
            continue  # another's expectation, reported: "Analysts ... had widely expected the central bank to hold"
            # / "The Bank of Canada today held"
        si = _find(sw, [key]) if key in all_keys else -1
        if si >= 0 and not (_anchored(dw, k, sw, si, weak) or _same_phrase(dw, k, sw, si)):
            # (of the source's uses of the word, the one in the same phrase: "individuals eligible for student debt
            # relief, and ... Pell Grant borrowers eligible for up to $20,000" / "321,600 borrowers may be eligible
            # to receive up to $20,000")
            si = next((i for i, t in enumerate(sw) if i > si and key in _keys(t) and not _is_negation(t)
                       and (_anchored(dw, k, sw, i, weak) or _same_phrase(dw, k, sw, i))), si)
        if si < 0:  # the verb itself reworded: the source's "will" where the article has "may"
            si = next((i for i, t in enumerate(sw) if t.word.norm in _CERTAIN and t.pos == "AUX"
                       and dw[h].pos == "AUX" and not s_h), -1)
        if si < 0 and dw[h].pos == "AUX" and not s_h:
            si = _anchored_verb(dw, h, sw)
        if si < 0 and dw[h].pos == "AUX" and not s_h:
            si = _subject_verb(dw, h, sw)
        if si < 0 or not (_anchored(dw, k, sw, si, weak) or _same_phrase(dw, k, sw, si)):
            continue
        if sw[si].pos == "VERB" and sw[si].word.text.endswith("ing") and (
                si == 0 or "," in st[sw[si - 1].word.end:sw[si].word.start]
                or (si > 1 and sw[si - 1].pos == "ADP" and sw[si - 2].pos == "NOUN")):
            continue  # the source's -ing form that opens its phrase states nothing either ("creating tens of thousands
            # of jobs" / "expects the project to create"), nor one after a noun's preposition ("this association
            # between breastfeeding and lower ... morbidity" / "suggests an association between breastfeeding"; not a
            # verb's: "won't back down from using every tool" states the use)
        if dw[h].word.norm in _POSSIBILITIES and _possible(sw, si):
            continue  # "can move" / "could move": a modal of possibility for another
        if any(t.pos == "NOUN" and t.lemma_key in _ASSOCIATIONS for t in dw[h + 1:k]) \
                and any(t.lemma_key in _ASSOCIATIONS for t in sw):
            continue  # "suggests an association between breastfeeding and" / "found breastfeeding ... was associated
            # with": what the article hedges is an association, and the source's finding is one too
        if _expected(dw, h) and _future(sw, si):
            continue  # "is expected to be charged" of what the source says "will be charging": both the future
        if weak and _purpose(sw, si):
            continue  # on a weak pair, the source's infinitive states nothing either: a purpose ("we must work together
            # to quickly save lives" / "It could save your life")
        a, b = dw[h].word.start, dw[k].word.end
        sa, sb = sw[si].word.start, sw[si].word.end
        return [_Hit("modality", a, b, sa, sb, f"the article hedges it ({dt[a:b]!r}); the source states it "
                                               f"({st[sa:sb]!r})")]
    return []


_APOSTROPHES = "'’"
_FUTURES = tuple(tuple(f.split()) for f in _C.futures if f[0] not in _APOSTROPHES)
#: the futures written as a clitic ("'ll"): the tokenizer keeps "We'll" one word (its norm "well", the adverb's), so
#: these are found at the end of a word's own text
_FUTURE_CLITICS = tuple(f for f in _C.futures if f[0] in _APOSTROPHES)
_FUTURE_REACH = 4  # words before a verb that may put it in the future ("will be charging", "plans to formally open")


def _future(words: Sequence[TaggedWord], i: int) -> bool:
    """Whether the verb at ``i`` is in the future: a word or pair of ``CONFLICTS.futures`` within
    :data:`_FUTURE_REACH` words before it ("will be charging", "plans to open"), or a word ending in one of its
    clitics ("We'll cut rates", :data:`_FUTURE_CLITICS`)."""
    before = words[max(i - _FUTURE_REACH, 0):i]
    norms = [t.word.norm for t in before]
    return any(tuple(norms[k:k + len(f)]) == f for f in _FUTURES for k in range(len(norms) - len(f) + 1)) \
        or (bool(_FUTURE_CLITICS) and any(t.word.text.lower().endswith(_FUTURE_CLITICS) for t in before))


def _expected(words: Sequence[TaggedWord], h: int) -> bool:
    """Whether the hedge at ``h`` is news prose's passive "is expected to" ("A man is expected to be charged"): said
    of a future act, it is the future of news writing, no doubt of its own."""
    k = h - 1
    while k >= 0 and words[k].pos == "ADV":
        k -= 1
    return words[h].pos == "VERB" and words[h].word.norm in _C.news_futures and k >= 0 and words[k].lemma_key == "be" \
        and h + 1 < len(words) and words[h + 1].word.norm == "to"


def _third_party_hedge(words: Sequence[TaggedWord], h: int, source_keys: frozenset[str]) -> bool:
    """Whether the hedging verb ``words[h]`` ("expected", "hope") reports a third party's expectation: in the active
    voice (no form of "be" before it: "is expected to" hedges the claim), its clause's subject, the first noun of the
    clause before it, a noun the source's sentence never uses ("Analysts surveyed by Reuters had widely expected
    the central bank to hold"). What others expected is no hedge of what the source says happened."""
    if words[h].pos != "VERB":
        return False
    lo = h
    while lo > 0 and words[lo - 1].pos not in ("CCONJ", "SCONJ", "PUNCT") and words[lo - 1].word.norm not in \
            _RELATIVES:
        lo -= 1
    before = [t for t in words[lo:h] if t.pos not in ("ADV", "PART")]
    if before and before[-1].lemma_key == "be":
        return False
    subject = next((t for t in words[lo:h] if t.pos in ("NOUN", "PROPN", "PRON")), None)
    return subject is not None and subject.pos != "PRON" and subject.word.content and \
        not (set(_keys(subject)) & source_keys)


# ---------------------------------------------------------------------------------------------- quantifiers
def _quantified(words: Sequence[TaggedWord],
                every: set[tuple[str, str]] | None = None, text: str = "") -> dict[str, tuple[int, int, str]]:
    """Content keys with the quantifier before them: key -> (quantifier index, word index, class) of the first one;
    "one of the" is class ``one of``. ``every`` receives each (key, class) the segment has ("all patients ... most
    patients": both). A possessive is no head: "one of the President's top priorities" is one of the priorities."""
    out: dict[str, tuple[int, int, str]] = {}
    for q, t in enumerate(words):
        if t.word.norm not in _QUANTIFIERS and t.word.text.lower() not in _ONE_OF:
            continue  # (most words: _quantifier_class's None, without the call)
        cls = _quantifier_class(words, q, text=text)
        if cls is None:
            continue
        k = _quantified_word(words, q)
        if k >= 0:
            for key in _keys(words[k]):
                out.setdefault(key, (q, k, cls))
                if every is not None:
                    every.add((key, cls))
    return out


def _quantifier_class(words: Sequence[TaggedWord], q: int, one_of: bool = True, text: str = "") -> str | None:
    """The class of the quantifier at ``words[q]`` (lang ``quantifiers``), ``one of`` for "one of", "any of" (lang
    ``one_of``); None for no quantifier, or a superlative's "most" ("the most frequent symptoms", "most widely
    used": a degree, no scope)."""
    t = words[q]
    norm = t.word.norm
    if t.word.text.lower() in _ONE_OF:  # (by the text: the norm of "one" is its value)
        if one_of and q + 1 < len(words) and words[q + 1].word.norm == "of" \
                and not (q > 0 and (words[q - 1].word.norm == "only" or (
                    words[q - 1].pos in ("NOUN", "PROPN") and _spaced(text, words[q - 1], t)))):
            return "one of"  # (not "the only one of the major economies": the only one, as "the only major economy";
            # nor a label's number right after its noun, "Part one of the plan": not across a comma or a dash,
            # "pulled into a parking lot, one of the suspects walked", "the genocide—one of the worst")
        return None if t.word.kind == "number" else _QUANTIFIERS.get(norm)
    cls = _QUANTIFIERS.get(norm)
    if cls is not None and norm in _SUPERLATIVES and (
            (q > 0 and words[q - 1].word.norm in _DETERMINERS) or (
                q + 1 < len(words) and words[q + 1].pos in ("ADJ", "ADV") and words[q + 1].word.text.islower())):
        return None  # (a capitalised word after it is a name's: "most Americans")
    return cls


def _quantified_word(words: Sequence[TaggedWord], q: int) -> int:
    """The index of the content word the quantifier at ``words[q]`` is said of (the next one within four words, a
    possessive passed over: "one of the President's top priorities" is one of the priorities), -1 for none. A number
    right after the quantifier makes it an approximation ("some 2,000"), no scope; one after "of the" is the set's
    size ("all of the one million jobs": jobs)."""
    k, end = q + 1, q + 5
    while k < min(end, len(words)):
        u = words[k]
        if u.word.kind == "number":
            if k == q + 1:
                return -1  # "some 2,000": an approximation, not a scope
            n = k
            while k + 1 < len(words) and words[k + 1].word.kind == "number":
                k += 1
            k += 1
            end += k - n  # (the size of the set is no word of the reach)
            continue
        if u.word.text.endswith(_POSSESSIVE) and k + 1 < len(words):
            k += 1
            continue
        if u.word.content and u.word.kind == "word" and u.word.norm not in _QUANTIFIERS:
            return k
        k += 1
    return -1


def _spaced(text: str, a: TaggedWord, b: TaggedWord) -> bool:
    """Whether only white space stands between two words (no text given: one character at most)."""
    return text[a.word.end:b.word.start].isspace() if text else b.word.start - a.word.end <= 1


@_per_segment
def _quantified_segment(text: str, words: Sequence[TaggedWord]) -> dict[str, tuple[int, int, str]]:
    return _quantified(words, text=text)


@_per_segment
def _quantified_all(text: str, words: Sequence[TaggedWord]) -> tuple[dict[str, tuple[int, int, str]],
                                                                     set[tuple[str, str]]]:
    """:func:`_quantified` with every (key, class) the words have."""
    every: set[tuple[str, str]] = set()
    return _quantified(words, every, text), every


_DEFINITE = _C.definite_determiners
#: the quantifiers a majority entails (``CONFLICTS.majority_entailed``: "many" of what "most" are)
_MAJORITY_ENTAILED = _C.majority_entailed


def _definite(words: Sequence[TaggedWord], i: int, reach: int = 3) -> bool:
    """Whether the noun at ``i`` is one thing singled out: a definite determiner or a possessive before it, past
    adjectives and nouns of a compound ("the nominee", "the agency's first director", "his nominee"); a bare noun
    ("Judge Leonard Stark: Nominee for the Court of Appeals", a list's label) singles out nothing for "one of" to
    widen."""
    for k in range(i - 1, max(i - 1 - reach, -1), -1):
        t = words[k]
        if t.word.norm in _DEFINITE or t.word.text.endswith(_POSSESSIVE):
            return True
        if t.pos not in ("ADJ", "NOUN", "PROPN", "ADV", "NUM"):
            return False
    return False


_MEMBER_PREPOSITIONS = _C.member_prepositions


def _member(words: Sequence[TaggedWord], i: int, reach: int = 4) -> bool:
    """Whether the noun at ``i`` follows a preposition of ``CONFLICTS.member_prepositions`` in its phrase ("among the
    first people"): one of a set, as "one of" makes it."""
    for k in range(i - 1, max(i - 1 - reach, -1), -1):
        t = words[k]
        if t.word.norm in _MEMBER_PREPOSITIONS:
            return True
        if t.pos not in ("DET", "ADJ", "NOUN", "PROPN", "ADV", "NUM"):
            return False
    return False


def _check_quantifiers(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                       all_sw: Sequence[TaggedWord], weak: bool = False) -> list[_Hit]:
    """``weak``: the word a quantifier is said of needs the same word beside it on both sides (:func:`_anchored`:
    "many people around the world" / "the full participation of all people" share a word, not a claim)."""
    hits = []
    d_q, s_q = _quantified_segment(dt, dw), _quantified_segment(st, sw)
    all_q, every = _quantified_all(st, all_sw)
    d_keys = _segment_keys(dw)
    done: set[int] = set()
    for key, (q, k, cls) in s_q.items():
        if key not in d_keys:
            continue
        other = d_q.get(key)
        if other is not None and other[2] == cls:
            continue
        if other is None and cls != "one of":
            continue  # only "one of" is lost by leaving the quantifier out ("some patients" -> "patients")
        if other is not None and (key, other[2]) in every:
            continue  # the source says it so too ("the experiences of most patients")
        if other is not None and cls == "majority" and dw[other[0]].word.norm in _MAJORITY_ENTAILED:
            continue  # what most are, many are: "Many of the recipients" / "Most recipients" says no other
        # (the word the article's quantifier is said of, not an earlier use of it: "one million American jobs, and
        # all of the one million jobs")
        di = other[1] if other is not None else _find(dw, [key])
        if di < 0 or di in done or not _anchored(dw, di, sw, k, weak):
            continue
        if other is None and (not _definite(dw, di) or _member(dw, di)):
            continue  # "one of" is lost where the article singles the thing out ("the world's largest"), not where
            # it says "a checkpoint" for "one of the checkpoints", nor where it speaks of them all ("checkpoints"),
            # nor where it says "among the first people" for "one of the first conversations"
        done.add(di)
        lo = di
        if other is None:  # "one of the world’s largest" -> "the world’s largest": from where "one of" was
            between = [t.word.norm for t in sw[q + 2:k]]
            if between and [t.word.norm for t in dw[max(di - len(between), 0):di]] == between:
                lo = di - len(between)
        a = dw[other[0]].word.start if other is not None else dw[lo].word.start
        b = dw[di].word.end
        sa, sb = sw[q].word.start, sw[k].word.end
        hits.append(_says("quantifier", dt, a, b, st, sa, sb))
    for key, (q, k, cls) in d_q.items():  # "one of" the article adds
        if cls != "one of" or key in s_q or key in all_q or _find(sw, [key]) < 0 or k in done:
            continue
        si = _find(sw, [key])
        if not _anchored(dw, k, sw, si, weak) or not _definite(sw, si):
            continue
        done.add(k)
        a, b = dw[q].word.start, dw[k].word.end
        sa, sb = sw[si].word.start, sw[si].word.end
        hits.append(_says("quantifier", dt, a, b, st, sa, sb))
    if not weak:
        hits += _excess_quantifiers(dt, dw, st, sw, all_sw, done)
    if d_keys.isdisjoint(_SCOPE_GROUPS):
        return hits  # (most sentences: no word of a scope group, nothing below to compare)
    d_groups = {_SCOPE_GROUPS[k]: i for i, t in enumerate(dw) for k in (t.word.key, t.lemma_key)
                if k in _SCOPE_GROUPS}
    s_groups = {_SCOPE_GROUPS[k]: i for i, t in enumerate(sw) for k in (t.word.key, t.lemma_key)
                if k in _SCOPE_GROUPS}
    all_groups = {_SCOPE_GROUPS[k] for t in all_sw for k in (t.word.key, t.lemma_key) if k in _SCOPE_GROUPS}
    for g, di in d_groups.items():
        if g in all_groups or di in done or di == 0:
            continue
        for h, si in s_groups.items():  # "in mice" -> "in people"
            if h != g and h not in d_groups and si > 0 and dw[di - 1].word.norm == sw[si - 1].word.norm \
                    and dw[di - 1].word.stop:
                a, b = dw[di].word.start, dw[di].word.end
                sa, sb = sw[si].word.start, sw[si].word.end
                hits.append(_Hit("quantifier", a, b, sa, sb, f"the article says {dt[a:b]!r} where the source "
                                                             f"says {st[sa:sb]!r}"))
                break
    return hits


_WHOLES = _C.wholes


def _check_widened(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                   all_sw: Sequence[TaggedWord]) -> list[_Hit]:
    """A narrowing adjective made a word of the whole (``CONFLICTS.wholes``): "improved their overall quality of
    life" where the source says "improved physical quality of life". The article's word of the whole stands right
    before a noun the source has right after an adjective of its own, which the article's sentence does not use;
    a content word before both is the same (the same phrase: "improved"), and no counterpart says the whole
    itself."""
    if not any(t.word.norm in _WHOLES for t in dw) or any(t.word.norm in _WHOLES for t in all_sw):
        return []
    d_keys = _segment_keys(dw)
    for i in range(len(dw) - 1):
        if dw[i].word.norm not in _WHOLES or dw[i + 1].pos != "NOUN":
            continue
        head = dw[i + 1].lemma_key
        before = {r for r in _role(dw, i, i + 1, 2, 4) if r[0] == "<"}
        for k in range(1, len(sw)):
            adj = sw[k - 1]
            if sw[k].lemma_key != head or adj.pos != "ADJ" or not adj.word.content or adj.lemma_key in d_keys \
                    or adj.word.norm in _QUANTIFIERS or not before & _role(sw, k - 1, k, 2, 4):
                continue
            return [_Hit("quantifier", dw[i].word.start, dw[i + 1].word.end, adj.word.start, sw[k].word.end,
                         f"the article widens the source's {st[adj.word.start:sw[k].word.end]!r} to "
                         f"{dt[dw[i].word.start:dw[i + 1].word.end]!r}")]
    return []


_RESTRICTORS = _C.restrictors
_MEASURE_KEYS = frozenset(stem(fold_word(w)) for w in _C.measures)
_RESTRICTED_WORDS = 4  # words of a restricting phrase at most ("in the United Kingdom")
_MEASURE_REACH = 8  # words before the restricted noun a figure or a measure is looked for
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
_SHARE_WORDS = _C.share_words
_COMPARED = _C.comparison_words  # (a word before one of these opens a comparison, no word of the phrase)


def _ends_clause(text: str, words: Sequence[TaggedWord], k: int) -> bool:
    """Whether ``words[k]`` ends its sentence or is followed by a mark of punctuation."""
    return not _joined(text, words, k)


def _measured(text: str, words: Sequence[TaggedWord], n: int) -> bool:
    """Whether the noun ``words[n]`` is a finding's population: a measure (``CONFLICTS.measures``: risk,
    likelihood, rate), a percentage or a share written "1 in every 100" (``CONFLICTS.share_words``) among the words
    before it."""
    before = words[max(0, n - _MEASURE_REACH):n]
    if any(t.lemma_key in _MEASURE_KEYS for t in before) or "%" in text[before[0].word.start:words[n].word.start]:
        return True
    return any(t.word.kind == "number" and u.word.norm in _SHARE_WORDS and any(v.word.kind == "number" for v in
               before[k + 2:k + 4]) for k, (t, u) in enumerate(itertools.pairwise(before)))


def _check_dropped_scope(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord]) -> list[_Hit]:
    """A restricting phrase the article drops from a finding (``CONFLICTS.restrictors``): "About one in every 100
    people has the condition" where the source says "about 1 in every 100 people in the UK has the condition", "a
    lower likelihood of child ASD." for "... of child ASD with intellectual disability.". The source's phrase (a
    preposition and up to four words of a noun phrase, a name in it after "in") stands right after a noun that has
    a figure or a measure (``CONFLICTS.measures``: risk, likelihood, rate) among the words before it; the article
    has that noun with the same two words before it and, right after it, the word that follows the phrase in the
    source (or both end there, at a mark of punctuation), and uses none of the phrase's content words."""
    d_keys = _segment_keys(dw)
    hits: list[_Hit] = []
    for p in range(3, len(sw) - 1):
        n = p - 1
        if sw[p].word.norm not in _RESTRICTORS or sw[n].pos not in ("NOUN", "PROPN") or not _joined(st, sw, n):
            continue
        e = p + 1
        while e < len(sw) and e - p <= _RESTRICTED_WORDS and sw[e].pos in _PHRASE_POS \
                and not (e + 1 < len(sw) and sw[e + 1].word.norm in _COMPARED):  # ("relative to", "compared with")
            e += 1
            if not _joined(st, sw, e - 1):
                break
        while e > p + 1 and sw[e - 1].pos not in ("NOUN", "PROPN"):
            e -= 1  # (the noun phrase ends at its last noun: "with intellectual disability relative to")
        phrase = sw[p + 1:e]
        if not phrase \
                or (sw[p].word.norm == "in" and not any(t.is_name for t in phrase)):
            continue
        content = {t.lemma_key for t in phrase if t.word.content}
        if not content or content & d_keys:
            continue
        if not _measured(st, sw, n):
            continue  # (a finding's population, a share or a measure of it: not "met leaders in Tokyo", nor "enrolled
            # 500 patients in Kenya")
        closed = _ends_clause(st, sw, e - 1)
        for a in range(2, len(dw)):
            if dw[a].lemma_key != sw[n].lemma_key or dw[a - 1].lemma_key != sw[n - 1].lemma_key \
                    or dw[a - 2].lemma_key != sw[n - 2].lemma_key:
                continue
            # (the same word after it, or the article's sentence stops there: "of child ASD." / "of child ASD with
            # intellectual disability relative to mothers who ...")
            if not (_ends_clause(dt, dw, a) or (not closed and _joined(dt, dw, a)
                                                and dw[a + 1].lemma_key == sw[e].lemma_key)):
                continue
            hits.append(_Hit("quantifier", dw[a].word.start, dw[a].word.end, sw[p].word.start, sw[e - 1].word.end,
                             f"the article drops {st[sw[p].word.start:sw[e - 1].word.end]!r}, to which the source "
                             f"restricts {st[sw[n].word.start:sw[n].word.end]!r}: the finding widened"))
            return hits
    return hits


_SINGLED_OUT = frozenset(tuple(p.split()) for p in _C.singled_out)
_COUNT_WORDS = _C.one_determiners


def _check_singled_out(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                       all_sw: Sequence[TaggedWord]) -> list[_Hit]:
    """One thing the source singles out (``CONFLICTS.singled_out``: "gifts from a specific vendor") made many in the
    article ("gifts from certain vendors"): the same noun in another form, ending in "s" where the source's does not,
    with no number or word of one (``CONFLICTS.one_determiners``) before it, and the same content word before both
    (within four words, on each side); never where a counterpart writes the article's form. A `quantifier`
    conflict."""
    out: list[_Hit] = []
    all_norms: set[str] | None = None  # (made when first needed: most sentences single nothing out)
    for k in range(2, len(sw)):
        if (sw[k - 2].word.norm, sw[k - 1].word.norm) not in _SINGLED_OUT or sw[k].pos != "NOUN":
            continue
        if all_norms is None:
            all_norms = {t.word.norm for t in all_sw}
        one = sw[k].word.norm
        for i, t in enumerate(dw):
            many = t.word.norm
            if t.lemma_key != sw[k].lemma_key or many == one or not many.endswith("s") or one.endswith("s") \
                    or many in all_norms or t.pos != "NOUN":
                continue
            if i > 0 and (dw[i - 1].word.norm in _COUNT_WORDS or dw[i - 1].word.kind == "number"):
                continue
            a = i - 1 if i > 0 and dw[i - 1].pos in ("ADJ", "DET") else i  # ("certain vendors", "some vendors")
            before = {r for r in _role(dw, a, i + 1, 1, 4) if r[0] == "<"}
            if not before & {r for r in _role(sw, k - 2, k + 1, 1, 4) if r[0] == "<"}:
                continue
            out.append(_Hit("quantifier", dw[a].word.start, t.word.end, sw[k - 2].word.start, sw[k].word.end,
                            f"the article makes the source's {st[sw[k - 2].word.start:sw[k].word.end]!r} many: "
                            f"{dt[dw[a].word.start:t.word.end]!r}"))
            return out
    return out


@_per_segment
def _quantifier_uses(words: Sequence[TaggedWord]) -> list[tuple[int, int, str, str]]:
    """Every quantifier of a segment with its head, as (quantifier index, head index, class, head's lemma key)
    (:func:`_quantified` keeps the first one of each key)."""
    out = []
    for q, t in enumerate(words):
        if t.word.norm not in _QUANTIFIERS and t.word.text.lower() not in _ONE_OF:
            continue  # (most words: _quantifier_class's None, without the call)
        cls = _quantifier_class(words, q, one_of=False)
        if cls is None:
            continue
        k = _quantified_word(words, q)
        if k >= 0:
            out.append((q, k, cls, words[k].lemma_key))
    return out


def _excess_quantifiers(dt: str, dw: Sequence[TaggedWord], st: str, sw: Sequence[TaggedWord],
                        all_sw: Sequence[TaggedWord], done: set[int]) -> list[_Hit]:
    """A quantifier the article gives a word more often than the source does, where the source gives that word
    another one more often than the article: one scope changed in a sentence that quantifies the word twice ("Over
    the last few weeks ... each week" / "Over the last all weeks ... each week"). Of the article's uses of the
    class, those with the source's very quantifier are the source's ("few weeks ... some week": "some")."""
    d_uses, s_uses = _quantifier_uses(dw), _quantifier_uses(sw)
    if not d_uses or not s_uses:
        return []
    all_uses = _quantifier_uses(all_sw)
    d_count = Counter((key, cls) for _, _, cls, key in d_uses)
    all_count = Counter((key, cls) for _, _, cls, key in all_uses)
    hits = []
    for (key, cls), n in d_count.items():
        if n <= all_count[key, cls]:
            continue
        theirs = next(((q, k, c) for q, k, c, x in s_uses if x == key and c != cls
                       and d_count[key, c] < all_count[key, c]), None)
        if theirs is None:
            continue
        entailed = theirs[2] == "majority"  # ("Many of the recipients" / "Most recipients": :data:`_MAJORITY_ENTAILED`)
        source_words = Counter(all_sw[q].word.norm for q, _, c, x in all_uses if x == key and c == cls)
        for q, k, c, x in d_uses:
            if x != key or c != cls:
                continue
            if source_words[dw[q].word.norm] > 0:
                source_words[dw[q].word.norm] -= 1
                continue
            if k in done or (entailed and dw[q].word.norm in _MAJORITY_ENTAILED):
                break
            done.add(k)
            a, b = dw[q].word.start, dw[k].word.end
            sa, sb = sw[theirs[0]].word.start, sw[theirs[1]].word.end
            hits.append(_says("quantifier", dt, a, b, st, sa, sb))
            break
    return hits


# ---------------------------------------------------------------------------------------------- restatements
#: a derivative segment whose best checked alignment scores below this (or that has none) is also searched for the
#: source segment it restates: an error lowers the support of the pair it is in, so that the sentence may be linked
#: to another source sentence, or to none (a changed name or number is a rare word the link weighs heavily)
WEAK_SCORE = 0.5
#: the note a discrepancy found in a pair of the search carries: its source segment is not among the derivative
#: segment's links (``aligned_to``)
_UNLINKED = "the sentence restates this source sentence, which the alignment does not link to it"
#: the search's precision guard, a restatement and not a shared topic: the source segment holds at least this share
#: of the segment's content words, each weighed by its rarity in the source (the edited word is one of the few it
#: lacks) ...
_RESTATE_SHARE = 0.6
#: ... at least this many of them (a headline: ``_RESTATE_HEADLINE_WORDS``) ...
_RESTATE_WORDS = 5
_RESTATE_HEADLINE_WORDS = 3
#: ... most of them in the same order ...
_RESTATE_ORDER = 0.6
#: ... and no other source segment comes close: the runner-up holds at most this share of what the best holds
_RESTATE_MARGIN = 0.7
#: the segments a restatement can be: claims and headings (a headline restates the source's title or lead)
_RESTATING_KINDS = frozenset({SegmentKind.SENTENCE, SegmentKind.CLAIM, SegmentKind.ITEM, SegmentKind.TABLE_ROW,
                              SegmentKind.HEADING})


def _ordered(positions: Sequence[int]) -> int:
    """The length of the longest increasing run (not necessarily contiguous) in ``positions``: how many matched
    words keep their order."""
    tails: list[int] = []
    for p in positions:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < p:
                lo = mid + 1
            else:
                hi = mid
        tails[lo:lo + 1] = [p]
    return len(tails)


#: no segment (a key the source does not hold)
_NOWHERE: Mapping[int, int] = MappingProxyType({})


class SourceKeys:
    """Where each content key of the source is: the segments that hold it, with its first position in each (the
    segments a restatement can be only), and how many segments hold it."""

    def __init__(self, src: Analyzed) -> None:
        self.where: dict[str, dict[int, int]] = {}
        #: each segment's content keys in order: two segments with the same are one sentence the source repeats
        self.content: list[tuple[str, ...]] = [tuple(t.lemma_key for t in words if t.word.content)
                                               for words in src.words]
        for si, (seg, words) in enumerate(zip(src.segments, src.words, strict=True)):
            if seg.kind in _RESTATING_KINDS:
                for i, t in enumerate(words):
                    if t.word.content:
                        for key in (t.word.key, t.lemma_key):
                            self.where.setdefault(key, {}).setdefault(si, i)
        self.n = max(len(src.segments), 1)

    def positions(self, words: Sequence[TaggedWord], si: int) -> list[int]:
        """The first position in segment ``si`` of each of ``words`` it holds (under the word's key, else its
        lemma's), in their order."""
        out = []
        for t in words:
            pos = self.where.get(t.word.key, _NOWHERE).get(si)
            if pos is None:
                pos = self.where.get(t.lemma_key, _NOWHERE).get(si)
            if pos is not None:
                out.append(pos)
        return out

    def weight(self, t: TaggedWord) -> float:
        """A word's rarity in the source (inverse segment frequency; a word the source never uses weighs as much as
        one it uses once)."""
        df = min(len(self.where.get(k, ())) for k in (t.word.key, t.lemma_key))
        return math.log((self.n + 1) / (1 + max(df, 1))) + 0.1


def restatement(dw: Sequence[TaggedWord], heading: bool, keys: SourceKeys, text: str = "") -> int:
    """The index of the source segment that ``dw`` restates by the words an edit leaves (the content words it
    shares with it, weighed by rarity, in the same order), or -1 when no segment passes the precision guard. Given
    the article's ``text``, the words that credit the sentence (a speaker and the verb of speech: "..., the White
    House said") are left out: they say who said it, not what; and the one name or number the source never uses
    weighs nothing in the share the best segment must hold, which is what an edit leaves ("visit Brazil" for the
    source's "visit Israel")."""
    said = {k for i, j in _speakers(text, dw) for k in range(i, j)} if text else set()
    content = [t for k, t in enumerate(dw) if t.word.content and k not in said
               and not (text and (t.word.key in _SPEAKER_KEYS or t.lemma_key in _SPEAKER_KEYS))]
    credit = sum(1 for t in dw if t.word.content) - len(content)  # (words of the sentence all the same)
    if not content:
        return -1
    total = 0.0
    edited = 0.0  # the weight of the heaviest name or number the source never uses
    got: dict[int, float] = {}
    for t in content:
        w = keys.weight(t)
        total += w
        # the segments that hold the word under either key (the word's own key's first position before its lemma's)
        places = keys.where.get(t.word.key, _NOWHERE)
        if t.lemma_key != t.word.key:
            more = keys.where.get(t.lemma_key)
            if more:
                places = {**more, **places}
        if not places and (t.word.kind == "number" or _name_like(t)):
            edited = max(edited, w)
        for si in places:
            got[si] = got.get(si, 0.0) + w
    if not got:
        return -1
    ranked = sorted(got, key=lambda si: (-got[si], si))
    best = ranked[0]
    where = {best: keys.positions(content, best)}  # (the best segment's only: the one the guard reads)
    total -= edited
    share = got[best] / total
    # (a source that says the same thing twice, word for word, has no runner-up in it: the first is taken)
    runner = next((got[si] / total for si in ranked[1:] if keys.content[si] != keys.content[best]), 0.0)
    need = _RESTATE_HEADLINE_WORDS if heading else _RESTATE_WORDS
    # (the edit and the credit are words of the sentence: "the five leaders would stay in regular contact" is five
    # words, and so is "demand is recovering faster than expected, according to the IEA")
    if share < _RESTATE_SHARE or len(where[best]) + bool(edited) + credit < need \
            or runner > _RESTATE_MARGIN * share \
            or _ordered(where[best]) < _RESTATE_ORDER * len(where[best]):
        return -1
    return best


# ---------------------------------------------------------------------------------------------- sole amounts
def _loose_role(words: Sequence[TaggedWord], q: _Qty) -> set[str]:
    """The content words around an amount (three each side within six words), whichever side they are on."""
    return {r[1:] for r in _unheaded(_role(words, q.i, q.j, 3, 6), q.head, "")}


def _sole_amounts(der: Analyzed, src: Analyzed, alignments: Sequence[Alignment], pairs: dict[int, list[int]],
                  s_facts: Callable[[int], tuple[list[_Date], list[_Qty]]],
                  found: list[tuple[Segment, Segment, _Hit]],
                  part: Callable[[int], list[int]] = lambda di: [],
                  weakly: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset()
                  ) -> list[tuple[Segment, Segment, _Hit]]:
    """Amounts the checked pairs could not judge (none near where ``part`` says the sentence names a part the source
    never names, :func:`_part_names`). A changed number is a rare word the alignment weighs heavily, so
    the sentence it is in may be left with links too weak to be checked (below :data:`MIN_SCORE`), or with none:

    * an amount of a thing the source gives one value for, wherever it counts it ("12 weeks" in each of its
      sentences), that the sentence gives otherwise ("over the course of 19 weeks"), where it is linked, however
      weakly, to a source sentence with the source's amount and a word around it in common (a pair checked as
      ``weakly`` linked too, whose check wants those words on the same side of the amount: "spent eleven years in
      the Marines" / "served in the Marine Corps for eight years");
    * in a sentence without a checked pair of :data:`WEAK_SCORE` or more (or whose checked pairs count nothing of
      the kind: "a focus on “nine key sectors”" linked to a sentence of the review, not to its list), an amount
      whose counterpart is the one value the source gives for the same thing with two words around it in common
      ("US interest rates increased to 4%" / "raise ... the federal funds rate ... to 2 percent").

    An amount the source gives anywhere, that counts nothing, or that its sentence gives with another of the same
    thing (a range, a comparison) is never flagged."""
    values: dict[str, set[float]] = {}
    for si in range(len(src.segments)):
        for q in s_facts(si)[1]:
            if q.head:
                values.setdefault(q.head, set()).add(q.value)
    sole = {h for h, v in values.items() if len(v) == 1}
    if not values:
        return []
    d_index = {s.id: i for i, s in enumerate(der.segments)}
    s_index = {s.id: i for i, s in enumerate(src.segments)}
    links: dict[int, list[tuple[int, bool]]] = {}  # derivative segment -> (source segment, a context link)
    for link in sorted(alignments, key=lambda x: -x.score):
        di, si = d_index.get(link.derivative_id, -1), s_index.get(link.source_id, -1)
        if di >= 0 and si >= 0 and (si not in pairs.get(di, ()) or (di, si) in weakly):
            links.setdefault(di, []).append((si, link.label == AlignmentLabel.CONTEXT))
    strong = {d_index[x.derivative_id] for x in alignments if restates(x) and x.score >= WEAK_SCORE
              and x.derivative_id in d_index}
    all_q = [(si, q) for si in range(len(src.segments)) for q in s_facts(si)[1]]
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di, seg in enumerate(der.segments):
        linked = links.get(di, [])
        if seg.kind not in _RESTATING_KINDS or (not linked and di in pairs):
            continue
        dw = der.words[di]
        d_q = _facts(der.text, dw)[1]
        if d_q:  # (not a figure of another instance of the thing: "up from 1.3%")
            other = _other_values(der.text, dw)
            d_q = [q for q in d_q if q.i not in other]
        parts = part(di) if d_q else []
        for d in d_q:
            if parts and _of_part(d, parts):
                continue
            if d.head not in values or any(_accounts(d, s) for _, s in all_q):
                continue
            if any(o is not d and o.head == d.head for o in d_q):
                continue  # two amounts of the thing in one sentence: a range, or a comparison
            role = _loose_role(dw, d)
            # (on a pair checked as weak, neither amount says what it counts of: "61,000 new cases of flu" / "six
            # reported cases of a rare blood clot", as the check of a weak pair reads them)
            hit = next(((si, context, s) for si, context in linked for s in s_facts(si)[1]
                        if d.head in sole and s.head == d.head and s.rate == d.rate and s.money == d.money
                        and role & _loose_role(src.words[si], s)
                        and ((di, si) not in weakly or not (_of_phrase(dw, d) or _of_phrase(src.words[si], s)))),
                       None)
            why = "its only figure for it"
            # (a sentence linked closely to source sentences that count nothing of the kind: they cannot judge it)
            if hit is None and (di not in strong or not any(
                    s.head == d.head for si in pairs.get(di, ()) for s in s_facts(si)[1])):
                # the same fact anywhere in the source: the one amount of the thing with two words around it in
                # common ("suspend the tariffs ... for five years" / "suspended the tariffs ... for eight years")
                same = [(si, s) for si, s in all_q if s.head == d.head and s.rate == d.rate and s.money == d.money
                        and si not in pairs.get(di, ())
                        and len(role & _loose_role(src.words[si], s)) >= 2]
                if len({s.value for _, s in same}) != 1:
                    continue
                si, s = same[0]
                hit = (si, dict(linked).get(si, True), s)
                why = "the same thing"
            if hit is None:
                continue
            si, context, s = hit
            sw = src.words[si]
            a, b = dw[d.i].word.start, dw[d.j - 1].word.end
            if any(f[0] is der.segments[di] and a < f[2].end and f[2].start < b for f in (*found, *out)):
                continue
            sa, sb = sw[s.i].word.start, sw[s.j - 1].word.end
            note = f" ({_UNLINKED})" if context else ""
            out.append((der.segments[di], src.segments[si], _Hit(
                "number", a, b, sa, sb, f"the article says {der.text[a:b]!r} where the source says "
                                        f"{src.text[sa:sb]!r}, {why}{note}")))
    return out


def _date_role(words: Sequence[TaggedWord], d: _Date) -> set[str]:
    """The content words around a date (three each side within six words), each with its side ("<", ">"),
    weekdays left out: what it dates."""
    return {r for r in _role(words, d.i, d.j, 3, 6) if r[1:] not in _WEEKDAYS}


def _dated_alike(dw: Sequence[TaggedWord], d: _Date, sw: Sequence[TaggedWord], s: _Date, least: int = 1) -> bool:
    """Whether two dates date the same thing by the words around them: ``least`` content words in common around both,
    on the same side of each where the dates are given in different fields ("since the peak in 2022, as higher
    interest rates" dates no "interest rate has been unchanged since November 2023"), on either side where in the
    same fields ("Section 122 of the 1972 Trade Act" / "section 122 of the Trade Act of 1974")."""
    mine, theirs = _date_role(dw, d), _date_role(sw, s)
    if len(mine & theirs) >= least:
        return True
    return d.fields() == s.fields() and len({r[1:] for r in mine} & {r[1:] for r in theirs}) >= least


def _sole_dates(der: Analyzed, src: Analyzed, alignments: Sequence[Alignment], pairs: dict[int, list[int]],
                s_facts: Callable[[int], tuple[list[_Date], list[_Qty]]],
                found: list[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """Dates the checked pairs could not judge: a changed date is a rare word the alignment weighs heavily, so the
    sentence it is in may be left without a checked pair of :data:`WEAK_SCORE`. There, a date the source gives
    nowhere meets the one date of the source with two content words around it in common ("designating Monday,
    October 16, 2025, as Columbus Day" / "do hereby proclaim October 13, 2025, as Columbus Day"; the source's dates
    so placed must all agree, and the one with most fields in common is the counterpart). A weekday alone, a year in
    an event's name and a date the sentence gives with the source's are never flagged."""
    every = [(si, s) for si in range(len(src.segments)) for s in s_facts(si)[0]]
    if not every:
        return []
    d_index = {s.id: i for i, s in enumerate(der.segments)}
    strong = {d_index[x.derivative_id] for x in alignments if restates(x) and x.score >= WEAK_SCORE
              and x.derivative_id in d_index}
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di, seg in enumerate(der.segments):
        if seg.kind not in _RESTATING_KINDS or di in strong or _date_line(der.text, der.words[di]):
            continue
        dw = der.words[di]
        d_dates = _facts(der.text, dw)[0]
        other = _other_values(der.text, dw) if d_dates else frozenset()
        for d in d_dates:
            if d.i in other:
                continue  # a date of another instance of the thing: "a backup launch opportunity on Nov. 18"
            # (given by the source: a date of the source with every field of it, the same; "2025" alone, in a
            # heading, does not give "October 16, 2025")
            if d.fields() == {"weekday"} or d.of or any(d.agrees(s) and d.fields() <= s.fields() for _, s in every):
                continue
            same = [(si, s) for si, s in every if d.fields() & s.fields() and s.fields() != {"weekday"}
                    and not d.agrees(s) and not _another_era(d, s)
                    and si not in pairs.get(di, ()) and _same_event(d, dw, s, src.words[si])
                    and _dated_alike(dw, d, src.words[si], s, 2)]
            # (one date, however many times and in however many fields the source gives it: "Columbus Day, 2025",
            # "the second Monday of October" and "October 13, 2025" all give October 13, 2025)
            if not same or not all(s.agrees(o) for _, s in same for _, o in same):
                continue
            si, s = max(same, key=lambda x: (len(d.fields() & x[1].fields()), -x[0]))
            if any(s.agrees(o) and s.fields() & o.fields() for o in d_dates):
                continue  # the source's date is in the sentence too
            sw = src.words[si]
            a, b = dw[d.i].word.start, dw[d.j - 1].word.end
            if any(f[0] is seg and a < f[2].end and f[2].start < b for f in (*found, *out)):
                continue
            sa, sb = sw[s.i].word.start, sw[s.j - 1].word.end
            out.append((seg, src.segments[si], _Hit(
                "date", a, b, sa, sb, f"the article says {der.text[a:b]!r} where the source says "
                                      f"{src.text[sa:sb]!r}, the same thing ({_UNLINKED})")))
    return out


# ---------------------------------------------------------------------------------------------- the pass
_INSTRUMENTS = _C.instruments
#: the words an instrument's name has before its noun ("executive" of "executive order")
_INSTRUMENT_QUALIFIERS = frozenset(w for name in _INSTRUMENTS.values() for w in name.split()[:-1])
_SIGNING_KEYS = frozenset(stem(fold_word(w)) for w in _C.signing_verbs)
#: the words that may stand between a verb of signing and the instrument ("signed a new executive order")
_INSTRUMENT_GAP = 3


def _instrument_at(words: Sequence[TaggedWord], k: int) -> tuple[str, int]:
    """The instrument (``CONFLICTS.instruments``) named within :data:`_INSTRUMENT_GAP` words after ``words[k]``,
    determiners and adjectives between ("an executive order"), and the index of its noun; ("", -1) for none. "order"
    of "in order to" or of an order "of" something is none."""
    for m in range(k + 1, min(k + 1 + _INSTRUMENT_GAP, len(words))):
        t = words[m]
        kind = _INSTRUMENTS.get(t.word.norm)
        if kind and t.pos in ("NOUN", "PROPN") and not (m + 1 < len(words) and words[m + 1].word.norm in ("of", "to")):
            return kind, m
        if t.pos not in ("DET", "ADJ", "PROPN") and t.word.norm not in _INSTRUMENT_QUALIFIERS:
            break
    return "", -1


def _source_instruments(src: Analyzed) -> list[tuple[str, int, int, int]]:
    """The instruments the source signs or is: (instrument, segment, start, end) of each "signed a Proclamation",
    each heading that is one ("A PROCLAMATION", "EXECUTIVE ORDER") and each "this proclamation" / "this order" of
    the instrument it most often calls "this" (a text it quotes, "section 2(d) of this order" in an amended order's
    words, is another's)."""
    out: list[tuple[str, int, int, int]] = []
    this: Counter[str] = Counter()
    for si, sw in enumerate(src.words):
        upper = src.segments[si].text.isupper()
        for k, t in enumerate(sw):
            if _signs(t) or t.word.norm == "this" or (upper and k == 0):
                kind, m = _instrument_at(sw, k - 1 if upper and k == 0 else k)
                if kind and (t.word.norm != "this" or m == k + 1 or sw[k + 1].word.norm in _INSTRUMENT_QUALIFIERS):
                    out.append((kind, si, t.word.start, sw[m].word.end))
                    this[kind] += t.word.norm == "this"
    most = max(this.values(), default=0)
    return [x for x in out if src.text[x[2]:x[2] + 4].casefold() != "this" or 2 * this[x[0]] >= most]


def _signs(t: TaggedWord) -> bool:
    """Whether ``t`` is a verb of signing, or its noun ("Trump signs executive order", a headline's)."""
    return t.lemma_key in _SIGNING_KEYS and t.pos in ("VERB", "NOUN")


def _names_other(dw: Sequence[TaggedWord], kind: str, src: Analyzed, least: int = 2) -> bool:
    """Whether a source sentence that names the instrument ``kind`` ("order" after "executive"; not one numbered,
    "Executive Order 14289": an earlier one) shares ``least`` content words with the article's sentence, names,
    numbers, verbs of signing or speech and the instruments' words left out: the article names that other
    instrument of the source's ("In a separate Executive Order, the President also extended the reporting rules" /
    "also signed an executive order extending the reporting rules")."""
    def words(ws: Sequence[TaggedWord]) -> set[str]:
        return {t.lemma_key for t in ws if t.word.content and t.word.kind == "word" and not _name_like(t)
                and not _signs(t) and t.lemma_key not in SPEECH_KEYS and t.word.norm not in _INSTRUMENTS
                and t.word.norm not in _INSTRUMENT_QUALIFIERS}
    mine = words(dw)
    for sw in src.words:
        if any(_INSTRUMENTS.get(t.word.norm) == kind and t.pos in ("NOUN", "PROPN")
               and _named_whole(sw, k, kind)
               and not (k + 1 < len(sw) and sw[k + 1].word.kind == "number") for k, t in enumerate(sw)) \
                and len(mine & words(sw)) >= least:
            return True
    return False


def _named_whole(words: Sequence[TaggedWord], k: int, kind: str) -> bool:
    """Whether the noun ``words[k]`` of the instrument ``kind`` stands with the words its name has before it ("order"
    after "executive"; a name of one word stands whole)."""
    lead = kind.split()[:-1]
    return k >= len(lead) and [t.word.norm for t in words[k - len(lead):k]] == lead


def _taken(found: Sequence[tuple[Segment, Segment, _Hit]], seg: Segment, start: int, end: int) -> bool:
    """Whether a discrepancy already found in the article's segment ``seg`` overlaps its span ``start``-``end``: no
    words are flagged twice."""
    return any(d is seg and h.start < end and start < h.end for d, _, h in found)


def _check_instruments(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]],
                       found: Sequence[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """Another instrument than the source's (``CONFLICTS.instruments``): an article sentence that restates the source
    (a checked pair) and says it was signed as "an executive order" where the source signs a proclamation or is one
    ("A PROCLAMATION", "this proclamation"). Only where the source names its instruments, none of them the
    article's, and, in a text about instruments (a fact sheet), no sentence naming the article's instrument says
    what the article's sentence says (:func:`_names_other`); the counterpart is the source's "signed a ..." where it
    has one, else the first naming."""
    if not any(_INSTRUMENTS.get(t.word.norm) for di in pairs for t in der.words[di]):
        return []
    theirs = _source_instruments(src)
    kinds = {kind for kind, *_ in theirs}
    if not theirs:
        return []
    signed = [x for x in theirs if any(_signs(u) and x[2] <= u.word.start < x[3] for u in src.words[x[1]])]
    # (an instrument's own text names others it amends, earlier ones; a text about instruments names those signed)
    itself = len(signed) < len(theirs)
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di in sorted(pairs):
        dw = der.words[di]
        for k, t in enumerate(dw):
            if not _signs(t):
                continue
            kind, m = _instrument_at(dw, k)
            if not kind or kind in kinds or (not itself and _names_other(dw, kind, src)):
                continue
            a, b = t.word.start, dw[m].word.end
            if _taken(found, der.segments[di], a, b):
                continue
            what, si, sa, sb = (signed or theirs)[0]
            article = " ".join(der.text[a:b].split()[1:])
            out.append((der.segments[di], src.segments[si], _Hit(
                "name", a, b, sa, sb, f"the article calls the document signed {article!r}; the source's is a "
                                      f"{what} ({src.text[sa:sb]!r})")))
            break
    return out


# ---------------------------------------------------------------------------------------------- misspelt names
#: (the explanation's close where the source's spelling stands in a segment the alignment does not link to the
#: article's: the words tests and readers look for, as :data:`_UNLINKED`'s)
_UNLINKED_NAME = "the source writes the name in a sentence which the alignment does not link to it"
_SPELLING_LEAST = 5  # letters of a name a misspelling is read in: shorter ones differ by a letter from many others
_ALTERNATIONS = frozenset(frozenset(pair.split()) for pair in _C.spelling_alternations)


def _misspelling(a: str, b: str) -> bool:
    """Whether the folded words ``a`` and ``b`` (five letters or more) are one word spelt two ways: one letter
    added, dropped or changed, or two letters swapped, inside the word (its first and last letters the same: a
    letter at the end is an ending, "Korea" / "Korean", "Latino" / "Latina", and one at the start another name,
    "Floyd" / "Lloyd"), and not an alternation of the language's spelling (``CONFLICTS.spelling_alternations``:
    "Defence" / "Defense")."""
    if a == b or min(len(a), len(b)) < _SPELLING_LEAST or abs(len(a) - len(b)) > 1 or not (a + b).isalpha():
        return False
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    x, y = a[p:len(a) - q], b[p:len(b) - q]
    swapped = len(x) == len(y) == 2 and x == y[::-1]
    if p == 0 or q == 0 or not (swapped or len(x) + len(y) <= 2):
        return False
    return not ({x, y} in _ALTERNATIONS or {a[p - 1] + x, a[p - 1] + y} in _ALTERNATIONS)


def _name_neighbours(words: Sequence[TaggedWord], k: int) -> tuple[str, str]:
    """The folded name words right before and right after ``words[k]`` (a name's initial passed over: "Rachael S.
    Rollins"), "" where there is none."""
    def side(step: int) -> str:
        m = k + step
        while 0 <= m < len(words) and _initial(words[m]):
            m += step
        return words[m].word.norm if 0 <= m < len(words) and _name_like(words[m]) else ""
    return side(-1), side(1)


def _check_spellings(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]], searched: set[tuple[int, int]],
                     found: Sequence[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """A name the article misspells: a name word the source never writes, one letter off a name word of the source
    (:func:`_misspelling`: "Mehldahl" / "Meldahl", "Summer Stephen" / "Summer Stephan", "Rachel Rollins" / "Rachael
    S. Rollins"), that is that name: the other word of the person's name next to it is the source's next to its
    spelling, or, standing alone, the article itself writes the source's spelling elsewhere. A `name` conflict,
    found wherever the article writes it (a credit line the alignment links to nothing too); the counterpart is the
    source's spelling with the same neighbour, else one in a segment the sentence restates, else its first (a
    segment ``pairs`` does not hold, or holds in ``searched`` only, is one the alignment does not link: the
    explanation says so)."""
    s_norms = {t.word.norm for ws in src.words for t in ws}
    d_names = {t.word.norm for ws in der.words for t, like in zip(ws, _name_flags(ws), strict=True) if like}
    # the source's name words by spelling: where each stands (segment, index)
    spelt: dict[str, list[tuple[int, int]]] = {}
    for si, ws in enumerate(src.words):
        likes = _name_flags(ws)
        for k, t in enumerate(ws):
            if likes[k] and t.word.kind == "word" and len(t.word.norm) >= _SPELLING_LEAST:
                spelt.setdefault(t.word.norm, []).append((si, k))
    # the same by first and last letter, in that order: a misspelling keeps both (:func:`_misspelling`), so a word is
    # compared with the spellings that share them, not with every name word of the source
    by_ends: dict[tuple[str, str], list[tuple[str, list[tuple[int, int]]]]] = {}
    for v, places in spelt.items():
        by_ends.setdefault((v[0], v[-1]), []).append((v, places))
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di, dw in enumerate(der.words):
        likes = _name_flags(dw)
        for k, t in enumerate(dw):
            w = t.word
            if not likes[k] or w.kind != "word" or len(w.norm) < _SPELLING_LEAST or w.norm in s_norms:
                continue
            before, after = _name_neighbours(dw, k)
            best: tuple[int, int, int, str] | None = None  # (rank, segment, index, spelling)
            for v, places in by_ends.get((w.norm[0], w.norm[-1]), ()):
                if not _misspelling(w.norm, v) or _demonym(w.norm, v):
                    continue  # (a word of the place's people is no spelling of it: "Kansans" / "Kansas")
                for si, sk in places:
                    s_before, s_after = _name_neighbours(src.words[si], sk)
                    if (before and before == s_before) or (after and after == s_after):
                        rank = 0
                    elif v in d_names and not (before or after):  # (the article knows the source's spelling; a
                        # word of a longer name is another person's: "author Jim Halloway" / "Mayor Holloway")
                        rank = 2
                    else:
                        continue
                    rank += si not in pairs.get(di, ())  # (a place in a segment the sentence restates first)
                    if best is None or rank < best[0]:
                        best = (rank, si, sk, v)
            if best is None:
                continue
            _, si, sk, v = best
            if _taken(found, der.segments[di], w.start, w.end):
                continue
            s = src.words[si][sk].word
            linked = si in pairs.get(di, ()) and (di, si) not in searched
            out.append((der.segments[di], src.segments[si], _Hit(
                "name", w.start, w.end, s.start, s.end,
                f"the article spells the source's name {src.text[s.start:s.end]!r} as {der.text[w.start:w.end]!r}"
                + ("" if linked else f" ({_UNLINKED_NAME})"))))
    return out


_GIVEN_LEAST = 4  # letters of each given name compared: shorter ones are initials and abbreviations ("Gov", "Jon")
_GIVEN_PREFIX = 2  # first letters two given names of one person, written two ways, keep ("Tyrone" / "Tyson")


def _other_given_name(a: str, b: str) -> bool:
    """Whether the folded given names ``a`` and ``b`` may be one person's written two ways: the same first two
    letters, four letters or more each and a letter apart in length at most, neither the other's start (a short
    form, "Dan" / "Daniel", "Pres" / "President") nor its misspelling (:func:`_misspelling`, read as such): "Tyson"
    / "Tyrone", not "Jill" / "Joe" nor "Mike" / "Michael"."""
    if a == b or min(len(a), len(b)) < _GIVEN_LEAST or abs(len(a) - len(b)) > 1 or not (a + b).isalpha() \
            or a[:_GIVEN_PREFIX] != b[:_GIVEN_PREFIX]:
        return False
    return not (a.startswith(b) or b.startswith(a) or _misspelling(a, b))


def _check_given_names(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]], searched: set[tuple[int, int]],
                       found: Sequence[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """A person's given name changed: "Tyson Seale" where the source's sentence the article's restates (a pair the
    alignment links) writes "Tyrone Seale", and the article itself writes "Tyrone Seale" elsewhere (one person named
    two ways, one of them the source's; a nickname is an article's style, "Danny Carter" throughout). The article's
    given name is a name word the source writes nowhere, right before a surname (a name word of five letters or
    more, none after it) that the source writes right after another given name of the same start
    (:func:`_other_given_name`: the same first two letters, about the same length, neither a short form of the
    other), in that linked sentence. A `name` conflict; its counterpart is the source's given name."""
    s_norms = {t.word.norm for ws in src.words for t in ws}
    d_names = {(a.word.norm, b.word.norm) for ws in der.words for a, b in itertools.pairwise(ws)}
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di, dw in enumerate(der.words):
        linked = [si for si in pairs.get(di, ()) if (di, si) not in searched]
        for k, t in enumerate(dw[:-1]):
            w, surname = t.word, dw[k + 1]
            if not _name_like(t) or w.kind != "word" or w.norm in s_norms or not _name_like(surname) \
                    or len(surname.word.norm) < _SPELLING_LEAST or (k + 2 < len(dw) and _name_like(dw[k + 2])) \
                    or not _joined(der.text, dw, k):
                continue
            hit = next(((si, sk) for si in linked for sk, st in enumerate(src.words[si][:-1])
                        if _name_like(st) and src.words[si][sk + 1].word.norm == surname.word.norm
                        and _other_given_name(w.norm, st.word.norm)
                        and (st.word.norm, surname.word.norm) in d_names), None)
            if hit is None or _taken(found, der.segments[di], w.start, w.end):
                continue
            si, sk = hit
            s = src.words[si][sk].word
            out.append((der.segments[di], src.segments[si], _Hit(
                "name", w.start, w.end, s.start, s.end,
                f"the article gives the source's {src.text[s.start:src.words[si][sk + 1].word.end]!r} the given "
                f"name {der.text[w.start:w.end]!r}")))
    return out


#: the words a titled name goes on over: a run's (:data:`_RUN_CONNECTORS`), and "on" ("Commission on Civil Rights")
_FORM_CONNECTORS = _C.titled_name_connectors
_FORM_NAME_WORDS = 3  # capitalised words of a titled name at least ("Security of Information Act")


def _titled_names(text: str, words: Sequence[TaggedWord]) -> list[tuple[int, int]]:
    """The spans (start, end) of the names of things a segment writes: runs of capitalised words, and of "of",
    "and", "for", "the" and "on" between them, nothing but space between the words, each run with three capitalised
    words at least and a connector among them ("Security of Information Act", "Emergency Refugee and Migration
    Assistance Fund"); every stretch of such a run that starts and ends with a capitalised word and is one too (a
    run may join two names: "the Criminal Code and the Security of Information Act")."""
    caps = [w.word.text[:1].isupper() and w.word.kind == "word" and w.word.norm not in _FORM_CONNECTORS
            for w in words]
    out: list[tuple[int, int]] = []
    if sum(caps) < _FORM_NAME_WORDS:
        return out  # (most segments: every name needs that many capitalised words, and no word starts one here)
    k = 0
    while k < len(words):
        if not caps[k]:
            k += 1
            continue
        m = k + 1
        while m < len(words) and (caps[m] or words[m].word.norm in _FORM_CONNECTORS) and _joined(text, words, m - 1):
            m += 1
        while m > k and not caps[m - 1]:
            m -= 1
        for a in range(k, m):
            for b in range(a + _FORM_NAME_WORDS, m + 1):
                if caps[a] and caps[b - 1] and sum(caps[a:b]) >= _FORM_NAME_WORDS and not all(caps[a:b]):
                    out.append((a, b))
        k = max(m, k + 1)
    return out


def _other_form(a: str, b: str) -> bool:
    """Whether the folded words ``a`` and ``b`` are two forms of one word: the same stem ("Securities" /
    "Security"), or one the other with letters before it ("Immigration" / "Migration", five letters at least)."""
    if a == b or not (a + b).isalpha():
        return False
    short, long = sorted((a, b), key=len)
    return stem(a) == stem(b) or (len(short) >= _SPELLING_LEAST and long.endswith(short))


def _check_name_forms(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]], searched: set[tuple[int, int]],
                      found: Sequence[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """A name of a thing the article gives with one word in another form (:func:`_titled_names`,
    :func:`_other_form`): "the Securities of Information Act" where the source writes "the Security of Information
    Act", "the Emergency Refugee and Immigration Assistance Fund" for "... Refugee and Migration Assistance Fund".
    Every other word of the name is the source's in the same place, and the source writes the article's word
    nowhere; a `name` conflict, found wherever the article writes it (a title-case heading is passed over: its
    capitals say nothing of what is a name), the counterpart in a segment the sentence restates first."""
    names: dict[int, list[tuple[int, tuple[str, ...], int]]] = {}  # length -> (segment, norms, start)
    for si, sw in enumerate(src.words):
        for a, b in _titled_names(src.text, sw):
            names.setdefault(b - a, []).append((si, tuple(t.word.norm for t in sw[a:b]), a))
    out: list[tuple[Segment, Segment, _Hit]] = []
    if not names:
        return out  # (a source without a titled name: no name of the article's is one of its names in another form)
    s_norms = {t.word.norm for ws in src.words for t in ws}
    for di, dw in enumerate(der.words):
        if _title_case(dw):
            continue
        done: set[int] = set()
        for a, b in sorted(_titled_names(der.text, dw), key=lambda r: (r[0] - r[1], r[0])):  # (the whole name first)
            mine = tuple(t.word.norm for t in dw[a:b])
            best: tuple[int, int, int, int] | None = None  # (rank, segment, source index, article index)
            for si, theirs, sa in names.get(b - a, ()):
                differ = [m for m in range(b - a) if mine[m] != theirs[m]]
                if len(differ) != 1 or a + differ[0] in done:
                    continue
                m = differ[0]
                if mine[m] in s_norms or not _other_form(mine[m], theirs[m]):
                    continue
                rank = si not in pairs.get(di, ())
                if best is None or rank < best[0]:
                    best = (rank, si, sa + m, a + m)
            if best is None:
                continue
            _, si, sk, k = best
            done.add(k)
            w, t = dw[k].word, src.words[si][sk].word
            if _taken(found, der.segments[di], w.start, w.end) or _taken(out, der.segments[di], w.start, w.end):
                continue
            linked = si in pairs.get(di, ()) and (di, si) not in searched
            whole = src.text[src.words[si][sk - k + a].word.start:src.words[si][sk - k + b - 1].word.end]
            out.append((der.segments[di], src.segments[si], _Hit(
                "name", w.start, w.end, t.start, t.end,
                f"the article gives the source's name {whole!r} with {der.text[w.start:w.end]!r} for "
                f"{src.text[t.start:t.end]!r}"
                + ("" if linked else f" ({_UNLINKED_NAME})"))))
    return out


# ---------------------------------------------------------------------------------------------- offices
_OFFICE_HEADS = _C.office_heads
_OFFICE_RANKS = _C.office_ranks
_OFFICE_STATUSES = _C.office_statuses
_OFFICE_DEPUTIES = _C.office_deputies
_OFFICE_NAME_REACH = 8  # words from an office to the comma before the name it is said of ("..., Joe Biden")
_OFFICE_SKIP = _C.office_fillers
_UNLINKED_OFFICE = "the source gives the office in a sentence which the alignment does not link to it"


@dataclass(frozen=True, slots=True)
class _Office:
    head: str  # the office's folded noun
    rank: str  # the folded word ranking or placing it right before it ("" where none)
    status: str  # "elect" of "president-elect" ("" where none)
    person: str  # the folded surname of the person it is said of
    start: int  # the span: from the rank (or the noun) to the status (or the noun)
    end: int


def _surname(words: Sequence[TaggedWord], i: int, step: int) -> str:
    """The last word of the run of name words (initials passed over) that starts at ``words[i]`` and goes in the
    direction ``step``; "" where ``words[i]`` is no name word."""
    last = ""
    while 0 <= i < len(words) and (_name_like(words[i]) or (last and _initial(words[i]))):
        # (a word of the office is no surname: "Attorney General Keith Ellison")
        if _name_like(words[i]) and (step > 0 or not last) and words[i].word.norm not in _OFFICE_HEADS:
            last = words[i].word.norm
        i += step
    return last


def _offices(text: str, words: Sequence[TaggedWord]) -> list[_Office]:
    """The offices a segment gives a named person: a noun of office (``CONFLICTS.office_heads``) with the person's
    name right after it ("State Attorney Katherine Fernandez Rundle"), after its phrase and a comma ("the
    president-elect of the United States, Joe Biden"; "As an Associate Director of Engineering at JHS, Heriberto
    Martinez") or before it and a comma ("Heriberto Martinez, a former assistant director of engineering"), with the
    rank or level right before the noun (``office_ranks``) and a status joined to it by a hyphen (``office_statuses``:
    "president-elect")."""
    out: list[_Office] = []
    for k, t in enumerate(words):
        # (a possessive office holds something, not a person: "the President's initiative")
        if t.word.norm not in _OFFICE_HEADS or t.word.text.endswith(_POSSESSIVE):
            continue
        # (a rank is a word of the title, not a preposition: "under President Biden" ranks no president)
        rank = words[k - 1].word.norm if k > 0 and words[k - 1].word.norm in _OFFICE_RANKS \
            and words[k - 1].pos not in ("ADP", "SCONJ") else ""
        start = words[k - 1].word.start if rank else t.word.start
        end, m = t.word.end, k + 1
        status = ""
        if m < len(words) and words[m].word.norm in _OFFICE_STATUSES and text[t.word.end:words[m].word.start] == "-":
            status, end, m = words[m].word.norm, words[m].word.end, m + 1
        person = _surname(words, m, 1) if m < len(words) and not text[end:words[m].word.start].strip() else ""
        n = m
        while not person and n < len(words) and n - m < _OFFICE_NAME_REACH:
            gap = text[words[n - 1].word.end:words[n].word.start].strip()
            if gap == ",":
                person = _surname(words, n, 1)
                break
            if gap and gap not in ("-", "'", "’"):
                break
            n += 1
        if not person:
            b = k - 1 - bool(rank)
            while b >= 0 and words[b].word.norm in _OFFICE_SKIP:
                b -= 1
            if b >= 0 and text[words[b].word.end:words[b + 1].word.start].strip() == ",":
                person = _surname(words, b, -1)
        if person:
            out.append(_Office(t.word.norm, rank, status, person, start, end))
    return out


def _check_offices(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]], searched: set[tuple[int, int]],
                   found: Sequence[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """Another office given to a person the source names (:func:`_offices`): the same noun of office said of the same
    surname with another rank or level of the same class ("a former assistant director of engineering" / "an
    Associate Director of Engineering", "County Attorney" / "State Attorney"; ``CONFLICTS.office_ranks``), or with a
    status the source gives no one ("the president-elect ..., Joe Biden" / "President Joseph R. Biden"), or without
    the rank that puts the source's person below the office's holder (``office_deputies``: "Secretary Lee" / "Deputy
    Secretary Lee"), where the source gives that person the article's office nowhere. A `name` conflict; the
    counterpart is the source's office of that person."""
    theirs: dict[tuple[str, str], list[tuple[int, _Office]]] = {}
    for si, ws in enumerate(src.words):
        if any(t.word.norm in _OFFICE_HEADS for t in ws):
            for o in _offices(src.text, ws):
                theirs.setdefault((o.person, o.head), []).append((si, o))
    if not theirs:
        return []
    statuses = {t.word.norm for ws in src.words for t in ws if t.word.norm in _OFFICE_STATUSES}
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di, dw in enumerate(der.words):
        if not any(t.word.norm in _OFFICE_HEADS for t in dw):
            continue
        for o in _offices(der.text, dw):
            given = theirs.get((o.person, o.head), [])
            if not given or any(s.rank == o.rank and s.status == o.status for _, s in given):
                continue
            if o.rank and any(s.rank == o.rank for _, s in given):
                continue
            other = [(si, s) for si, s in given if o.rank and s.rank and s.rank != o.rank
                     and _OFFICE_RANKS[s.rank] == _OFFICE_RANKS[o.rank]]
            if not other and o.status and o.status not in statuses:
                other = [(si, s) for si, s in given if not s.status]
            if not other and not o.rank and not o.status:  # (the deputy made the head: "Secretary Lee" for the
                # source's only "Deputy Secretary Lee")
                other = [(si, s) for si, s in given if s.rank in _OFFICE_DEPUTIES]
            if not other:
                continue
            if _taken(found, der.segments[di], o.start, o.end):
                continue
            si, s = other[0]
            linked = si in pairs.get(di, ()) and (di, si) not in searched
            out.append((der.segments[di], src.segments[si], _Hit(
                "name", o.start, o.end, s.start, s.end,
                f"the article gives the person it names there the office {der.text[o.start:o.end]!r} where the source "
                f"says {src.text[s.start:s.end]!r}" + ("" if linked else f" ({_UNLINKED_OFFICE})"))))
    return out


# ---------------------------------------------------------------------------------------------- stages of a case
_STAGES = {stem(fold_word(w)): n for n, w in enumerate(_C.case_stages)}
_STAGE_REACH = 3  # words before a stage's verb that may negate or hedge it ("was not indicted", "could be charged")


def _check_stages(der: Analyzed, src: Analyzed, pairs: dict[int, list[int]], searched: set[tuple[int, int]],
                  found: Sequence[tuple[Segment, Segment, _Hit]]) -> list[tuple[Segment, Segment, _Hit]]:
    """A later stage of a criminal case than the source's (``CONFLICTS.case_stages``: arrest, charge, indict,
    convict, sentence): the article's verb of a stage ("has been indicted", the headline's "employee indicted")
    where the source names that stage nowhere, nor any later one, in any form ("indictment"), and a source segment
    the sentence restates names an earlier one ("announce the arrest", "Official Charged"). Not a verb negated or
    hedged within three words before it ("was not indicted", "could be indicted"). A `modality` conflict, as a
    stronger act is; the counterpart is the latest stage that segment names."""
    latest = max((_STAGES.get(t.lemma_key, -1) for ws in src.words for t in ws), default=-1)
    if latest < 0:
        return []
    out: list[tuple[Segment, Segment, _Hit]] = []
    for di, dw in enumerate(der.words):
        for k, t in enumerate(dw):
            n = _STAGES.get(t.lemma_key, -1)
            if n <= latest or t.pos != "VERB" or any(_is_negation(u) or _is_hedge(u)
                                                     for u in dw[max(0, k - _STAGE_REACH):k]):
                continue
            named = [(_STAGES[u.lemma_key], si, u) for si in pairs.get(di, ()) for u in src.words[si]
                     if u.lemma_key in _STAGES]
            if not named:
                continue
            _, si, u = max(named, key=lambda x: x[0])
            if _taken(found, der.segments[di], t.word.start, t.word.end):
                continue
            linked = (di, si) not in searched
            out.append((der.segments[di], src.segments[si], _Hit(
                "modality", t.word.start, t.word.end, u.word.start, u.word.end,
                f"the article says {der.text[t.word.start:t.word.end]!r} where the source says "
                f"{src.text[u.word.start:u.word.end]!r}: a later stage of the case than any the source names"
                + ("" if linked else f" ({_UNLINKED})"))))
            break
    return out


def _sentence_before(src: Analyzed, si: int) -> Sequence[TaggedWord]:
    """The words of the segment before segment ``si`` (of either document) where ``si`` goes on with its sentence:
    the same block, no stop, colon or semicolon between ("... to dismiss the fake article" / "being circulated on
    social media regarding ..."); () otherwise."""
    if si <= 0 or src.segments[si].block < 0 or src.segments[si - 1].block != src.segments[si].block:
        return ()
    before, words = src.words[si - 1], src.words[si]
    if not before or not words or _SENTENCE_BREAK_RE.search(src.text[before[-1].word.end:words[0].word.start]):
        return ()
    return before


def _other_values_continued(doc: Analyzed, k: int) -> frozenset[int]:
    """The first words of the dates and figures of segment ``k`` that are another instance's, read with the part of
    its sentence in the segment before it (:func:`_sentence_before`: "CPI rose 2.2% in the quarter" / "ending
    September from 1.3% in the second quarter", a sentence cut in two, whose word of change is in the first part);
    () where the segment opens its sentence."""
    prior = _sentence_before(doc, k)
    if not prior:
        return frozenset()
    words = doc.words[k]
    joined = [*prior, *words]
    dates, qs = _facts(doc.text, words)
    n = len(prior)
    return frozenset({d.i for d in dates if _another_instance(doc.text, joined, n + d.i, n + d.j, date=True)}
                     | {q.i for q in qs if _another_instance(doc.text, joined, n + q.i, n + q.j)})


def restates(a: Alignment) -> bool:
    """Whether an alignment's derivative segment restates its source segment closely enough to be checked."""
    return a.label in _CHECKED and a.score >= MIN_SCORE


def _quote_opening(src: Analyzed, blocks: dict[int, list[int]], b: int, most: int = 6) -> list[int]:
    """The segments of the paragraph that opens the quotation block ``b`` belongs to: news writing names a speaker
    once ('Professor Brightling said: "...') and lets each following paragraph that opens with a quotation mark go on
    quoting them; [] when block ``b`` does not open with one."""
    def opens_quote(c: int) -> bool:
        ks = blocks.get(c, [])
        return bool(ks) and src.text[src.segments[ks[0]].start:src.segments[ks[0]].start + 1] in _OPENING_QUOTES
    if b < 0 or not opens_quote(b):
        return []
    c = b - 1
    while c >= 0 and b - c <= most and opens_quote(c):
        c -= 1
    return blocks.get(c, []) if c >= 0 and b - c <= most else []


def find_discrepancies(der: Analyzed, src: Analyzed, alignments: Sequence[Alignment]) -> tuple[Discrepancy, ...]:
    """The discrepancies of every checked alignment, ids ``X1``, ``X2``, ... in derivative order; at most one
    per span of the derivative."""
    token = _MEMO.set({})
    try:
        return _find_discrepancies(der, src, alignments)
    finally:
        _MEMO.reset(token)


def _find_discrepancies(der: Analyzed, src: Analyzed, alignments: Sequence[Alignment]) -> tuple[Discrepancy, ...]:
    d_index = {s.id: i for i, s in enumerate(der.segments)}
    s_index = {s.id: i for i, s in enumerate(src.segments)}
    pairs: dict[int, list[int]] = {}
    best: dict[int, float] = {}
    support: dict[tuple[int, int], float] = {}  # the pairs the alignment links: its support
    copied: set[tuple[int, int]] = set()  # the pairs the alignment finds a copy
    for a in sorted(alignments, key=lambda a: -a.score):
        if restates(a) and a.derivative_id in d_index and a.source_id in s_index:
            pairs.setdefault(d_index[a.derivative_id], []).append(s_index[a.source_id])
            best.setdefault(d_index[a.derivative_id], a.score)
            support[d_index[a.derivative_id], s_index[a.source_id]] = a.support
            if a.label == AlignmentLabel.COPY:
                copied.add((d_index[a.derivative_id], s_index[a.source_id]))
    # the segments linked weakly or not at all: the source segment each restates, by the words an edit leaves
    keys = SourceKeys(src)
    searched: set[tuple[int, int]] = set()  # the pairs the alignment does not link
    for di, seg in enumerate(der.segments):
        if seg.kind in _RESTATING_KINDS and best.get(di, 0.0) < WEAK_SCORE and not _date_line(der.text, der.words[di]):
            si = restatement(der.words[di], seg.kind == SegmentKind.HEADING, keys, der.text)
            if si >= 0 and si not in pairs.get(di, ()):
                pairs.setdefault(di, []).append(si)
                searched.add((di, si))
    for di in [di for di in pairs if _date_line(der.text, der.words[di])]:
        del pairs[di]  # (the article's dateline: the day it was written, no claim's date)
    names = source_names(src)
    lower = names.lower | _lower_keys(der)
    titled = _titled_people(der)
    aliases = issuer_aliases(der, src, pairs, names) if names.issuers else frozenset()
    side = issuer_side(der, names) | aliases
    outside = interviewees(der, names)
    voices = source_voices(src)
    heard = lead_ins(src)
    within = within_quotations(src)
    single = one_voice(src, voices)
    own = _own_names(der) | aliases
    team = team_members(src)
    label = _self_label(src)

    def stated(key: str, near: set[str]) -> bool:
        """Whether a source segment uses ``key`` (first use) unhedged, with one of ``near`` beside it."""
        return any(key not in _hedged(src.words[si], main_only=False) and _beside(src.words[si], pos) & near
                   for si, pos in keys.where.get(key, {}).items())
    blocks: dict[int, list[int]] = {}
    for k, seg in enumerate(src.segments):
        blocks.setdefault(seg.block, []).append(k)
    s_read: list[tuple[list[_Date], list[_Qty]] | None] = [None] * len(src.segments)

    def s_facts(si: int) -> tuple[list[_Date], list[_Qty]]:
        # (memoised: read once, shared with _other_values; asked of every source segment by each derivative one, so
        # kept by index here too, without a look-up in the run's memo each time)
        read = s_read[si]
        if read is None:
            read = s_read[si] = _facts(src.text, src.words[si])
        return read

    known: list[frozenset[tuple[str, float]]] = []

    def known_amounts() -> frozenset[tuple[str, float]]:
        if not known:
            known.append(frozenset((q.head, q.value) for si in range(len(src.segments)) for q in s_facts(si)[1]
                                   if q.head))
        return known[0]

    amounts: list[list[_Qty]] = []

    def every() -> list[_Qty]:
        if not amounts:
            amounts.append([q for si in range(len(src.segments)) for q in s_facts(si)[1]])
        return amounts[0]

    given: list[frozenset[tuple[str, str]]] = []

    def labels() -> frozenset[tuple[str, str]]:
        if not given:
            given.append(frozenset((key, norm) for si in range(len(src.segments))
                                   for _, key, norm in _labelled_numbers(src.text, src.words[si])))
        return given[0]

    found: list[tuple[Segment, Segment, _Hit]] = []
    for di in sorted(pairs):
        dw = der.words[di]
        d_dates, d_q = _facts(der.text, dw)
        d_other = _other_values(der.text, dw) | _other_values_continued(der, di) if d_dates or d_q else frozenset()
        full = d_dates, d_q
        plain = [d for d in d_dates if d.i not in d_other], [q for q in d_q if q.i not in d_other]
        s_list = pairs[di]
        all_sw = [t for si in s_list for t in src.words[si]]
        all_dates = [d for si in s_list for d in s_facts(si)[0]] if d_dates else []
        all_q = [q for si in s_list for q in s_facts(si)[1]]
        # (a negation or an auxiliary says nothing of what: "You don’t need quantum networks" is three words)
        fragment = len({t.lemma_key for t in dw if t.word.content and t.word.kind == "word" and t.pos != "AUX"
                        and not _is_negation(t)}) < _FRAGMENT_WORDS
        taken: list[tuple[int, int]] = []
        part: list[int] | None = None  # (where the sentence names a part the source never names: asked once)
        for si in s_list:
            sw = src.words[si]
            s_dates, s_q = s_facts(si)
            # (a date or a figure of another instance of the thing, "a backup launch opportunity on Nov. 18", "up
            # from 1.3%", meets the source's only where the source's sentence gives another instance's too)
            d_dates, d_q = full if not d_other or _other_values(src.text, sw) else plain
            # dates and amounts are compared against every counterpart at once: positions within one segment
            # are meaningless across segments, so the facts are pooled and the counterpart is the segment's own
            siblings = blocks.get(src.segments[si].block, []) if src.segments[si].block >= 0 else []
            siblings = [*_quote_opening(src, blocks, src.segments[si].block), *siblings]
            block = [t for k in siblings for t in src.words[k]]
            # (a pair of the search passed its precision guard: no weak pair; a fragment of a few words shares
            # them with many a sentence: "Well, there's a lot of work")
            weak = support.get((di, si), 1.0) < WEAK_SUPPORT or fragment
            # (a source segment the sentence copies whole, in order, is restated, however much more the sentence
            # says: "The great and defining truth about America is this: We do not break", quoted in a longer
            # paragraph; a figure or a name in its place is the source's, changed)
            close = (di, si) in copied and not fragment and sum(1 for t in sw if t.word.content) >= _RESTATE_WORDS
            # (a figure or a name changed in words the article copies, on a close pair: before the speaker's check,
            # which may take a name before a participle of speech for one, "symptoms of ILO reported by")
            speakers = _speakers(der.text, dw)
            hits = [] if weak and not close else _check_copied(der.text, dw, src.text, sw, d_dates, s_dates, d_q, s_q,
                                                               names, speakers, own, all_sw, all_q)
            hits += _check_attribution(der.text, dw, src.text, sw, block, names, weak, side, all_sw, team,
                                       outside, voices, heard[si] or single, bool(single), within[si])
            hits += [] if weak and not close else _check_document_credit(der.text, dw, src.text, sw, all_sw, label)
            taken += [(h.start, h.end) for h in hits]
            # (a voice the article adds is in no source name's place: "..., Felton said" / "..., Cunningham said")
            taken += [(dw[i].word.start, dw[j - 1].word.end) for i, j in speakers
                      if (run := [t for t in dw[i:j] if _name_like(t)]) and run[-1].word.key in outside] \
                if outside else []
            hits += _check_dates(der.text, dw, src.text, sw, d_dates, s_dates, all_dates,
                                 weak or (di, si) in searched, d_other,
                                 _other_values(src.text, sw)) if d_dates and s_dates else []
            if d_q and part is None:
                part = _part_names(der.text, dw, names, lower, titled)
            # (a figure of a part the source never names, near its name, is the part's, not the sentence's)
            mine = [q for q in d_q if not _of_part(q, part)] if part else d_q
            hits += _check_numbers(der.text, dw, src.text, sw, mine, _as_increments(mine, s_q, every()), all_q,
                                   weak and not close, known_amounts(), every()) if mine else []
            hits += _check_shares(der.text, dw, src.text, sw, mine, s_q, all_q) if mine and s_q else []
            hits += _check_listed_counts(der.text, dw, src.text, sw, mine, s_q, all_q) if mine and s_q else []
            # (a part's figures too: the figure both give says the row is the part's, "NC" for "North Carolina")
            hits += _check_row_figures(der.text, dw, src.text, sw, d_q, s_q, all_q) \
                if d_q and s_q and src.segments[si].kind == SegmentKind.TABLE_ROW else []
            # (the source's labelled numbers, read in every source segment, only for a sentence with one of its own: the
            # check reads them for no other)
            hits += _check_labels(der.text, dw, src.text, sw, labels() if _labelled_numbers(der.text, dw)
                                  else frozenset(), weak and not close)
            hits += _check_names(der.text, dw, src.text, sw, names, taken, lower, close or not weak, own)
            hits += _check_copied_beside(der.text, dw, src.text, sw, names, speakers, own, lower)
            hits += _check_negation(der.text, dw, src.text, sw, all_sw, weak, [src.words[o] for o in s_list],
                                    _sentence_before(src, si))
            others = [t for o in s_list if o != si for t in src.words[o]] if len(s_list) > 1 else []
            # (a heading hedges what the text under it states: "Could Benefit Tens of Millions of Borrowers" / "will
            # benefit borrowers in all fifty states")
            heading = src.segments[si].kind == SegmentKind.HEADING or _title_case(sw)
            hits += _check_modality(der.text, dw, src.text, sw, all_sw, weak, others,
                                    stated if heading else lambda key, near: False)
            # (not against a heading, which hedges what the text under it states: "Could Benefit Tens of Millions of
            # Borrowers" / "will benefit borrowers in all fifty states"; the check above reads that)
            hits += [] if heading else _check_copied_modality(der.text, dw, src.text, sw)
            hits += _check_quantifiers(der.text, dw, src.text, sw, all_sw, weak)
            hits += _check_widened(der.text, dw, src.text, sw, all_sw)
            hits += [] if weak else _check_singled_out(der.text, dw, src.text, sw, all_sw)
            # (its pattern is its guard: a short sentence of figures is no fragment to it, "About one in every 100
            # people has ASD.")
            hits += [] if support.get((di, si), 1.0) < WEAK_SUPPORT else _check_dropped_scope(der.text, dw, src.text,
                                                                                              sw)
            hits += _check_obligation(der.text, dw, src.text, sw, all_sw, weak)
            hits += _check_obligation(der.text, dw, src.text, sw, all_sw, weak, _OVERSTATEMENTS, _OVERSTATEMENT_KEYS,
                                      "a stronger act or effect than the source's")
            hits += [] if weak else _check_causation(der.text, dw, src.text, sw, all_sw)
            hits += [] if weak else _check_hedging_verb(der.text, dw, src.text, sw, all_sw)
            hits += [] if weak else _check_inferred_cause(der.text, dw, src.text, sw, all_sw)
            if d_q and s_q:
                every_q = [(src.words[o], s_facts(o)[1]) for o in s_list if o != si]  # the other counterparts'
                hits += _check_bounds(der.text, dw, src.text, sw, d_q, s_q, every_q)
                hits += _check_signs(der.text, dw, src.text, sw, d_q, s_q, every_q)
                hits += _check_statistic(der.text, dw, src.text, sw, d_q, s_q)
                hits += _check_forms(der.text, dw, src.text, sw, d_q, s_q, every_q)
            for h in hits:
                if _taken(found, der.segments[di], h.start, h.end):
                    continue
                # (an attribution's speaker may be named in the next sentence of the source's paragraph)
                seg = next((src.segments[k] for k in (si, *siblings)
                            if src.segments[k].start <= h.source_start < src.segments[k].end), src.segments[si])
                if (di, si) in searched:
                    h = replace(h, explanation=f"{h.explanation} ({_UNLINKED})")
                found.append((der.segments[di], seg, h))
    parts: dict[int, list[int]] = {}

    def part_of(di: int) -> list[int]:
        if di not in parts:
            parts[di] = _part_names(der.text, der.words[di], names, lower, titled)
        return parts[di]

    # (the pairs checked as weak, whose check of numbers wants words around an amount on the same side: the sole
    # amount of a thing, said otherwise, is read in them as in a pair the alignment links more weakly still)
    weakly = {p for p, sup in support.items() if sup < WEAK_SUPPORT and p not in copied}
    found += _sole_amounts(der, src, alignments, pairs, s_facts, found, part_of, weakly)
    found += _sole_dates(der, src, alignments, pairs, s_facts, found)
    found += _check_instruments(der, src, pairs, found)
    found += _check_spellings(der, src, pairs, searched, found)
    found += _check_given_names(der, src, pairs, searched, found)
    found += _check_name_forms(der, src, pairs, searched, found)
    found += _check_offices(der, src, pairs, searched, found)
    found += _check_stages(der, src, pairs, searched, found)
    found.sort(key=lambda f: (f[2].start, _ORDER[f[2].kind]))
    return tuple(
        Discrepancy(
            id=f"X{n}", kind=DiscrepancyKind(h.kind), derivative_id=d.id, source_id=s.id, start=h.start, end=h.end,
            text=der.text[h.start:h.end], source_start=h.source_start, source_end=h.source_end,
            source_text=src.text[h.source_start:h.source_end], explanation=h.explanation,
        )
        for n, (d, s, h) in enumerate(found, 1)
    )
