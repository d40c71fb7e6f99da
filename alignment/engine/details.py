"""Unsupported details: the words, names, numbers and dates of a derivative segment that the source
segments it aligns to do not support.

Unsupported content words next to each other (only function words or punctuation between) form
one detail: "hostages’ release". A verb whose object is unsupported joins its detail even when
the verb itself occurs in the source: in "urged Israel to facilitate", the urging of Israel is
what is new, not the word "urged". A name the source mentions in several claims
(the people and countries the source is about) is taken as supported wherever the derivative uses
it; any other word must be found in the aligned source segments themselves. A run of words that are all in the
source, in other sentences, is the article's rearrangement and no detail; a number or date is one all the same,
unless the source gives it with the same unit ("within 60 days", "19 per cent" for "19 percent" or "19%") or the
same noun it counts ("the 1954 World Series", "660 home runs" for "660 homeruns").

A detail is information the reader did not get from the source, not the article's wording: a derivation or another
spelling of a word of the aligned segments is theirs ("maintenance" for "maintaining", "Anthony" for "Antony"), and
so is an acronym of their words' initials ("CPI" for "the consumers price index"); a
run of verbs and adverbs, or of relative times ("yesterday"), says how or when the article tells it; in a sentence
its counterparts hold almost whole, one word of its own stands for one of theirs ("flu" for "influenza"); a noun
alone in its run, beside a word whose counterpart has a noun of its own on that side, renames it ("war machine" for
"war efforts", "the flow of aid" for "aid delivery"); a run whose only words the source lacks are verbs and adverbs
arranges the source's things anew, unless it is in quotation marks; a discourse marker ("In particular"), a noun
that says what kind of thing a name the source gives is ("the COP29 summit") and a noun for the two parties ("both
sides") tell nothing of their own; a span of
time a counterpart gives in another unit ("80 years" for "eight decades") is its figure. What a news writer adds
around a restatement tells nothing either: an honorific or a company suffix beside a name ("said Dr.", "Amgen
Inc"), the kind of document the source is ("said in a press release"), words of emphasis ("placed particular
emphasis on"), a figurative stock phrase ("pave the way for"), a date's place in its month ("mid-March" for
"March 17"), a comparison word of the same direction ("lower" for "less"), the day of the week ("released on
Thursday", "announced Tuesday it would"), the source's publication ("On September 23, the White House released
information") and the date it is issued on for its "today" ("On Feb. 4" for a release dated February 4), the
people of an organisation the source names ("Administration officials"), the region of the source's place ("in
Annapolis, Maryland"), a name for a place's people ("Virginians" for "Virginia"). A new
figure takes the phrase of what it counts and the words that bound it ("about 75 cents at the gas pump"; not a
time phrase after its noun: "the big four bank [in December 2019]"); a new head
noun the words of its noun phrase ("two weeks" where the source's "two" counts other things); a rank
takes what it ranks ("the first Muslim American judge"), a new name the whole name (through an "of" inside it:
"the Baseball Hall of Fame") and the title of its role ("former President Bill Clinton"; "Finance Minister" for
"Acting Minister"), a detail the name that
owns it ("Bennett's office") or the name an age in apposition qualifies ("Powell, 84,"); two details with "of" or
"as" and one source word between, or only "of" and an article, are one ("a draft of the order obtained by
OutKick"); a first name before a surname the source gives ("Barack Obama" for "President Obama") and a name the
source gives doing what the source
says ("Obama has ordered", not "As the President said") tell nothing new. Each detail has a salience
(:data:`alignment.model.DETAIL_SALIENCE`: name, number, date, place, other), the order in which outputs list them.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from alignment.engine.acronyms import MAX_LETTERS, MIN_LETTERS
from alignment.engine.match import Profile
from alignment.engine.quotes import SPEECH_KEYS
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import DETAIL_SALIENCE, Detail
from alignment.text.normalize import (
    HYPHENS,
    MAX_DAY,
    NUMERIC_DATE_RE,
    fold_word,
    full_year,
    is_year,
    number_value,
    stem,
)
from alignment.text.quotemarks import QuoteDepth
from alignment.text.segment import TaggedWord

#: prepositions that head a time or place phrase: "in 2018", "on 16 May", "from 1996 to 2013", "within a year", "near
#: Pensacola Beach" are the detail
_PREPOSITIONS = _LANG.prepositions | _LANG.time_prepositions | _LANG.channel_prepositions | _LANG.place_prepositions
#: prepositions that head a phrase through its article: "within a year", "via the White House website"
_HEADS_ARTICLE = _LANG.time_prepositions | _LANG.channel_prepositions

__all__ = ["RESTATING_SUPPORT", "background_names", "issue_dates", "named_keys", "of_issue_date", "of_this_year",
           "source_years", "unsupported_details"]

_MONTHS = _LANG.months


def background_names(source: Sequence[Profile], claim_rows: Sequence[int], min_segments: int = 2) -> frozenset[str]:
    """Keys of names (proper nouns, acronyms) found in at least ``min_segments`` source claims."""
    counts: Counter[str] = Counter()
    for i in claim_rows:
        counts.update({t.word.key for t in source[i].words if t.is_name})
    return frozenset(k for k, n in counts.items() if n >= min_segments)


def _is_month(t: TaggedWord) -> bool:
    """A month's name, not a word spelled like one: "May" the month is capitalised and not a verb ("may" and
    "May we ..." are not dates)."""
    return t.word.norm in _MONTHS and t.word.text[:1].isupper() and t.pos not in ("AUX", "VERB")


def _opening(t: TaggedWord, words: Sequence[TaggedWord], text: str) -> bool:
    """Whether ``t`` opens its segment or a table cell, where every word is capitalised and a tagger's proper noun
    says little ("Cybersecurity, disinformation, ..." as a cell)."""
    before = [w.word for w in words if w.word.end <= t.word.start]
    return not before or "|" in text[before[-1].end:t.word.start]


def named_keys(sides: Sequence[tuple[str, Sequence[Sequence[TaggedWord]]]]) -> frozenset[str]:
    """Keys of the words tagged as names somewhere they do not open a segment or a cell, in any of ``sides``
    (each a text and its segments' words): what a name at an opening must be to count as one."""
    keys: set[str] = set()
    for text, segments in sides:
        for words in segments:
            # a key already kept needs no second look (``_opening`` reads the words before the name)
            keys.update([t.word.key for t in words
                         if t.is_name and t.word.key not in keys and not _opening(t, words, text)])
    return frozenset(keys)


def _kind(tagged: list[TaggedWord]) -> str:
    group = [t.word for t in tagged]
    if any(_is_month(t) for t in tagged) or any(is_year(w) for w in group):
        return "date"
    if any(w.kind == "number" for w in group):
        return "number"
    return "word"


#: the words that may stand between a time preposition and its detail: "within a year"
_ARTICLES = _LANG.articles


def _leading_preposition(words: Sequence[TaggedWord], start: int) -> int:
    """The start of the preposition just before the word at ``start`` when there is one ("in 2018", "on 16 May"),
    or before an article before it when it heads a span of time or a channel ("within a year", "via the White House
    website"), and before "while" before the preposition ("while on Air Force One": a circumstance)."""
    before = [t.word for t in words if t.word.end <= start]
    if before and before[-1].norm in _PREPOSITIONS:
        if len(before) > 1 and before[-2].norm in _LANG.circumstance_conjunctions:
            return before[-2].start
        return before[-1].start
    if len(before) > 1 and before[-1].norm in _ARTICLES and before[-2].norm in _HEADS_ARTICLE:
        return before[-2].start
    return start


def _dated_day(words: Sequence[TaggedWord], start: int, text: str) -> int:
    """The start of a day of the week right before the date that starts at ``start`` (only spaces and commas
    between: "on Thursday 24 June", "Saturday, May 19"), which the date places, else ``start``: the day and its date
    are one detail, however the date is written."""
    at = next((k for k, t in enumerate(words) if t.word.start == start), None)
    if at is None or at == 0 or not _date_part(words[at]):
        return start
    day = words[at - 1]
    if day.word.norm in _LANG.conflicts.weekdays and not text[day.word.end:start].strip(" ,"):
        return day.word.start
    return start


def _date_part(t: TaggedWord) -> bool:
    return t.word.kind == "number" or _is_month(t)


def _whole_date(group: list[int], tagged: Sequence[TaggedWord], text: str) -> None:
    """Widen a run that holds part of a date to the whole date: in "on 28 April 2015" against a source's
    "April 2015", the day is what is unsupported, but the date is the fact the reader cannot check, and it is read
    whole. The date's other parts are the numbers and months next to the run with nothing but spaces and commas
    between ("March 2, 2019")."""
    if not any(_date_part(tagged[i]) for i in group):
        return

    def joined(a: int, b: int) -> bool:
        return _date_part(tagged[a]) and _date_part(tagged[b]) and \
            not text[tagged[a].word.end:tagged[b].word.start].strip(" ,")

    wider = list(group)
    while wider[0] > 0 and joined(wider[0] - 1, wider[0]):
        wider.insert(0, wider[0] - 1)
    while wider[-1] + 1 < len(tagged) and joined(wider[-1], wider[-1] + 1):
        wider.append(wider[-1] + 1)
    if wider != group and _kind([tagged[i] for i in wider]) == "date":
        group[:] = wider


def source_keys(source_words: Sequence[Sequence[TaggedWord]], text: str = "") -> frozenset[str]:
    """Every key under which a word of the source may be found (its stem and its lemma's), and each of its figures
    with the unit right after it, as one key with a space ("60 day": :func:`_figure_key`); with the source's
    ``text`` (the words' offsets are into it), a percent sign is a unit too ("6.8%": "6.8 percent", the figure an
    article writes "6.8 per cent"), a figure of "percentage points" is one of "points" too (lang ``point_nouns``,
    ``point_qualifiers``: "1.25 points" for "1.25 percentage points"), and an age in apposition is the figure as
    an age ("Acosta, 58,": "58 #age", the article's "58-year-old", not its "58 years" of something else)."""
    keys: set[str] = set()
    for seg in source_words:
        keys.update([t.word.key for t in seg])
        keys.update([t.lemma_key for t in seg])
        keys.update(k for i in range(len(seg)) if (k := _figure_key(seg, i, text)) is not None)
        keys.update(k for i in range(len(seg)) if (k := _counted_key(seg, i)) is not None)
        # "1.25 percentage points" is the figure an article writes "1.25 points"
        keys.update(f"{seg[i].word.key} {seg[i + 2].word.key}" for i in range(len(seg) - 2)
                    if seg[i].word.kind == "number" and seg[i + 1].word.norm in _LANG.point_qualifiers
                    and seg[i + 2].word.norm in _LANG.point_nouns and _figure_key(seg, i, text) is not None)
        # a person's age in apposition ("Manuel Acosta, 58,") is the age an article writes "58-year-old"
        keys.update(f"{seg[i].word.key} {_AGE}" for i in range(len(seg)) if text and _apposed_age(seg, i, text))
    return frozenset(keys)


def _counted_key(ws: Sequence[TaggedWord], i: int, joined: bool = False) -> str | None:
    """The number ``ws[i]`` with the noun or name right after it (a space between), as one key with a space ("1954
    world" of "the 1954 World Series", "660 homerun"); with ``joined``, with the next two words written as one
    ("660 home runs" for a source's "660 homeruns"). None when no such word follows."""
    if ws[i].word.kind != "number" or i + 1 >= len(ws) or ws[i + 1].word.start - ws[i].word.end > 1:
        return None
    after = ws[i + 1]
    if after.word.kind == "number" or not (after.pos in ("NOUN", "PROPN") or after.is_name or
                                           (joined and i + 2 < len(ws))):
        return None
    if not joined:
        return f"{ws[i].word.key} {after.word.key}"
    if i + 2 >= len(ws) or ws[i + 2].word.start - after.word.end > 1:
        return None
    return f"{ws[i].word.key} {stem(after.word.norm + ws[i + 2].word.norm)}"


def _source_figure(ws: Sequence[TaggedWord], i: int, text: str, keys: frozenset[str]) -> tuple[int, ...]:
    """The indices of a figure the source gives (its keys ``keys``, :func:`source_keys`) starting at ``ws[i]``: the
    number and its unit ("within 60 days", "19 per cent" for "19 percent"), or the number and the noun it counts
    ("the 1954 World Series", "660 home runs" for "660 homeruns"), or a person's age in apposition the source gives
    as an age ("Martinez, 36" for "36-year-old Heriberto Martinez", "at the age of 12" for "12 years old", the noun
    "age" with it); empty when the source has no such figure. A
    figure with what it counts is one fact wherever the source gives it."""
    if ws[i].word.kind != "number":
        return ()
    key = _figure_key(ws, i, text)
    if key is not None and key in keys:  # the unit is the next word, unless a sign ("90%")
        if text[ws[i].word.end:ws[i].word.end + 1] == "%":
            return (i,)
        return (i, i + 1, i + 2) if _spanned(ws, i, text) else (i, i + 1)
    if _counted_key(ws, i) in keys:
        return (i, i + 1)
    if _anniversary(ws, i) and f"{ws[i].word.key} {_YEAR}" in keys:
        return (i, i + 1)  # "the 23rd anniversary" for the source's "23 years ago"
    if _counted_key(ws, i, joined=True) in keys:
        return (i, i + 1, i + 2)
    if _apposed_age(ws, i, text) and f"{ws[i].word.key} {_YEAR}" in keys:
        return (i,)  # "Martinez, 36" for the source's "36-year-old Heriberto Martinez"
    if f"{ws[i].word.key} {_AGE}" in keys and i + 2 < len(ws) and ws[i + 1].word.key == _YEAR \
            and ws[i + 2].word.norm == _OLD and text[ws[i + 1].word.end:ws[i + 2].word.start] in _UNIT_JOINS:
        return (i, i + 1, i + 2)  # "58-year-old Manuel Acosta" for the source's "Manuel Acosta, 58,"
    if _AGE_OF and i > 0 and ws[i - 1].word.norm == _AGE_OF[0] \
            and text[ws[i - 1].word.end:ws[i].word.start] == f" {_AGE_OF[1]} " and f"{ws[i].word.key} {_YEAR}" in keys:
        return (i - 1, i)  # "at the age of 12" for the source's "I was just 12 years old"
    return ()


_YEAR = stem("year")
#: the noun an ordinal counts years with ("the 23rd anniversary": lang ``anniversary_nouns``)
_ANNIVERSARIES = frozenset(stem(w) for w in _LANG.anniversary_nouns)
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def _anniversary(ws: Sequence[TaggedWord], i: int) -> bool:
    """Whether the number ``ws[i]`` is an ordinal in digits ("23rd") right before a noun of lang
    ``anniversary_nouns``: the count of years the source gives as a span ("23 years ago", "for 21 years")."""
    written = ws[i].word.text.lower()
    return i + 1 < len(ws) and written[:-2].isdigit() and written.endswith(_ORDINAL_ENDINGS) \
        and ws[i + 1].word.key in _ANNIVERSARIES


#: what follows a number to make it an age ("58-year-old", "58 years old")
_OLD = "old"
#: the marks that join a number to the words of its unit in a modifier or a phrase: a hyphen or a space ("58-year-old",
#: "58 years old"; "90,000-square-foot", "800 square kilometers": :func:`_measure`)
_UNIT_JOINS = HYPHENS | {" "}
#: the source's age in apposition ("Manuel Acosta, 58,") is keyed "58 #age": a key no word has (:func:`source_keys`)
_AGE = "#age"
#: the noun a person's age follows and the word between ("at the age of 12": lang ``age_of``)
_AGE_OF = _LANG.age_of


#: the marks that join a number to its unit of time in a modifier: a hyphen of any kind, an en dash ("12–week")
_SPAN_JOINS = HYPHENS | {"\u2013"}


def _spanned(ws: Sequence[TaggedWord], i: int, text: str) -> bool:
    """Whether the number ``ws[i]`` and its unit of time are joined into a modifier ("12-week", "eight-week") of the
    noun right after them ("a 12-week course", "an eight-week period"): the span the source gives ("for 12 weeks"),
    named as a thing; the noun is the article's word for it, no detail of its own."""
    if i + 2 >= len(ws) or text[ws[i].word.end:ws[i + 1].word.start] not in _SPAN_JOINS \
            or ws[i + 1].word.norm not in _LANG.time_units:
        return False
    noun = ws[i + 2]
    return noun.pos == "NOUN" and not noun.is_name and text[ws[i + 1].word.end:noun.word.start] == " "


def _apposed_age(ws: Sequence[TaggedWord], i: int, text: str) -> bool:
    """Is the number ``ws[i]`` a person's age in apposition, right after a name and a comma and followed by a comma
    or a stop ("Martinez, 36, was", "said Martinez, 36.")? The source gives the same age as "36-year-old" or "36
    years old" (its figure with the noun "year" after it, :func:`_counted_key`)."""
    if i == 0 or not ws[i - 1].is_name or text[ws[i - 1].word.end:ws[i].word.start] != ", ":
        return False
    number = ws[i].word.text
    return number.isdigit() and len(number) <= 3 and text[ws[i].word.end:ws[i].word.end + 1] in (",", ".", ";")


def _figure_key(ws: Sequence[TaggedWord], i: int, text: str = "") -> str | None:
    """The number ``ws[i]`` with its unit (:func:`_unit`), as a key no word has ("60 day"); None without one."""
    if ws[i].word.kind != "number":
        return None
    unit = _unit(ws, i, text)
    return None if unit is None else f"{ws[i].word.key} {unit}"


#: the share of a sentence its counterparts hold from which one word of its own is a rewording, not a detail:
#: chosen on the tuning pairs and WiCE dev (docs/accuracy.md, "Details"); at ``min_support`` (0.6) WiCE dev's
#: unsupported-word F1 falls by 0.010, from 0.75 on it holds
RESTATING_SUPPORT = 0.8
#: the fewest letters two keys must share at their start to be forms of one word ("maintenance", "maintaining")
_MIN_SHARED = 5
#: how many letters past the shared start the shorter key may have: "mainten"/"maintain", "russia"/"russian"
_MAX_TAIL = 2
#: the most edits, per letter of the longer key, between two spellings of one name ("Anthony", "Antony")
_NAME_EDITS = 0.15


@lru_cache(maxsize=8)
def _by_start(known: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``known``'s keys by their first three letters, for :func:`_equivalent` (one table per source)."""
    table: dict[str, list[str]] = {}
    for key in sorted(known):
        if len(key) >= 3 and key[:1].isalpha():
            table.setdefault(key[:3], []).append(key)
    return {start: tuple(keys) for start, keys in table.items()}


def _variant(key: str, other: str, name: bool) -> bool:
    """Whether ``key`` and ``other`` are forms of one word: derivations that share their start ("maintenance" and
    "maintaining", "Russian" and "Russia", "percentage" and "percent"), or, for a name, two spellings a letter
    or so apart ("Anthony" and "Antony")."""
    shorter = min(len(key), len(other))
    shared = next((i for i, (a, b) in enumerate(zip(key, other, strict=False)) if a != b), shorter)
    if shared >= _MIN_SHARED and shared >= shorter - _MAX_TAIL:
        return True
    return name and shorter >= _MIN_SHARED and \
        Levenshtein.distance(key, other) <= _NAME_EDITS * max(len(key), len(other))


def _equivalent(t: TaggedWord, known: frozenset[str], linked: frozenset[str]) -> bool:
    """Whether the source has ``t`` among ``known`` (its keys: the same stem or lemma, anywhere), or a
    near-equivalent of it among ``linked`` (the keys of the segments it is aligned to): a derivation, or another
    spelling of a name (:func:`_variant`). Near-equivalents are looked for in the counterparts only: a text has
    many words that start alike ("potent" and the "potential" of a closing paragraph), few in one sentence."""
    if t.word.key in known or t.lemma_key in known:
        return True
    if t.is_name and _people_of(t.word.key, known):
        return True  # "Virginians" for a source's "Virginia", anywhere in it
    direction = _LANG.comparatives.get(t.word.key)
    if direction is not None and any(_LANG.comparatives.get(k) == direction for k in linked):
        return True  # "lower than one percent" for a counterpart's "less than one"
    keys = {t.word.key, t.lemma_key}
    table = _by_start(linked)
    norm = t.word.norm
    if norm in _LANG.conflicts.titles and len(norm) >= 3 and any(
            len(other) > len(norm) and other.startswith(norm) for other in table.get(norm[:3], ())):
        return True  # a title's abbreviation for the counterpart's title: "Gov. Janet Mills" for "Governor Janet Mills"
    return any(_variant(key, other, t.is_name) for key in keys if len(key) >= _MIN_SHARED
               for other in table.get(key[:3], ()))


def _initials_of(t: TaggedWord, counterparts: Sequence[Profile], source_text: str) -> bool:
    """Whether the acronym ``t`` spells the initials of a run of words of a counterpart, whatever their case,
    nothing but spaces and hyphens between them ("CPI" for "the consumers price index", "GDP" for "gross domestic
    product"): the thing the source names written short. :mod:`alignment.engine.acronyms` pairs an acronym with a
    name's capitalised words; a measure's or a thing's name in common nouns is written out in lower case."""
    letters = t.word.norm
    if t.word.kind != "acronym" or not source_text or not MIN_LETTERS <= len(letters) <= MAX_LETTERS \
            or not letters.isalpha():
        return False
    n = len(letters)
    return any("".join(w.word.norm[:1] for w in run) == letters
               and all(not source_text[a.word.end:b.word.start].strip(" -") for a, b in pairwise(run))
               for other in counterparts for k in range(len(other.words) - n + 1)
               for run in [other.words[k:k + n]])


def _people_of(key: str, known: frozenset[str]) -> bool:
    """Whether the name ``key`` is a word for the people of a place the source names (its keys ``known``): the
    place's key and an ending of lang ``people_suffixes`` ("virginian" for "virginia", "texan" for "texa",
    "michiganian" for "michigan"). A place is the same wherever the source gives it."""
    if len(key) < _MIN_SHARED:
        return False
    return any(len(k) >= _MIN_SHARED - 1 and key.startswith(k) and key[len(k):] in _LANG.people_suffixes
               for k in _by_start(known).get(key[:3], ()))


#: the parts of speech of the words that join others: a preposition the stop list lacks ("among", "via") tells
#: nothing new (a determiner, a pronoun or an auxiliary may: "every", "can't")
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ"})


def _inner(g: Sequence[int], tagged: Sequence[TaggedWord], found: frozenset[int], text: str) -> tuple[int, int]:
    """The bounds of the run ``g`` without the joining words at its start ("along with 404,900") and at its end
    when the words they join it to are the source's ("was among [nearly 50 officials]"; not "something like
    this", which ends there)."""
    lo, hi = 0, len(g)
    while lo < hi and tagged[g[lo]].pos in _FUNCTION_POS:
        lo += 1
    while hi > lo and tagged[g[hi - 1]].pos in _FUNCTION_POS and _joins_found(g[hi - 1], tagged, found, text):
        hi -= 1
    return lo, hi


def _joins_found(i: int, tagged: Sequence[TaggedWord], found: frozenset[int], text: str) -> bool:
    """Whether the word right after the content word ``i`` in the text (nothing but spaces between) is one the
    counterparts hold."""
    return i + 1 in found and not text[tagged[i].word.end:tagged[i + 1].word.start].strip()


#: the parts of speech that carry what a run tells (a thing, a quality, a quantity); "" is untagged text
_CARRIERS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", ""})


#: the words that head a medium's noun (:func:`_channel`): "in an email", "on a podcast", "via a video"
_MEDIUM_HEADS = _LANG.medium_prepositions | _LANG.channel_prepositions


def _channel(words: Sequence[TaggedWord], run: Sequence[TaggedWord]) -> bool:
    """Is the run ``run`` (of a segment whose words are ``words``) the medium a remark came by, one noun right after
    its preposition, an article between or not ("in an email", "via a video"; lang ``channel_nouns``)? How the news
    was given is a
    fact the source does not give, not the article's word for one of the counterparts' ("said in an email" against a
    release), so it is no rewording in a sentence its counterparts hold almost whole."""
    nouns = [t for t in run if t.word.norm in _LANG.channel_nouns]
    if len(nouns) != 1:
        return False
    k = next((n for n, t in enumerate(words) if t.word.start == nouns[0].word.start), None)
    if k is None:
        return False
    before = [t.word.norm for t in words[max(0, k - 2):k]]
    return bool(before) and (before[-1] in _MEDIUM_HEADS or (
        len(before) == 2 and before[-1] in _LANG.articles and before[0] in _MEDIUM_HEADS))


def _carriers(tagged: Sequence[TaggedWord]) -> list[TaggedWord]:
    """The words of a run that name a thing, a quality or a quantity: nouns, adjectives, names and numbers."""
    return [t for t in tagged if t.pos in _CARRIERS or t.is_name or t.word.kind == "number"]


def _new(tagged: Sequence[TaggedWord], known: frozenset[str], linked: frozenset[str] = frozenset(),
         restating: bool = False, days: frozenset[str] | None = None) -> bool:
    """Whether a run of unsupported words tells the reader something the source does not: a word the source never
    uses (nor a near-equivalent of it, :func:`_equivalent`), and a word that names a thing, a quality or a quantity
    (a run of verbs and adverbs restates how, not what: "convened" for "met", "aiming to weaken"). In a
    ``restating`` sentence (its counterparts hold most of it), one word of its own, not a name, is the article's
    word for one of theirs ("flu" for "influenza", "traditional cargo routes" for "regular air freighting routes");
    two or more are something added ("hostages’ release"). A number or a date is new wherever else the source has
    it: the same figure elsewhere in a text is most often another fact's (the year of another event), while a
    word's meaning carries across the text."""
    carriers = _carriers(tagged)
    if not carriers:
        return False
    if all(t.word.norm in _LANG.hedges for t in tagged):  # "nearly" 2,000: how exact, not what
        return False
    if all(t.word.norm in _LANG.stance_adverbs for t in tagged):  # "obviously": how sure the speaker is, not what
        return False
    if all(_relative(t, days) for t in carriers):  # "yesterday", "released on Thursday": the article's frame
        return False
    if _kind(list(tagged)) != "word":
        return True
    fresh = [t for t in tagged if t.pos not in _FUNCTION_POS and not _equivalent(t, known, linked)]
    if restating and len(fresh) == 1 and not any(t.is_name for t in tagged):
        return False
    return bool(fresh)


def _quoted(t: TaggedWord, words: Sequence[TaggedWord], text: str) -> bool:
    """Whether ``t`` stands inside double quotation marks of its segment (``words``)."""
    start = words[0].word.start if words else t.word.start
    while start > 0 and text[start - 1] in _OPEN_MARKS:
        start -= 1
    return QuoteDepth().feed(text, start, t.word.start).open


#: the marks that may open a segment's quotation just before its first word
_OPEN_MARKS = "“«„\""


def _durations(words: Sequence[TaggedWord]) -> dict[int, tuple[str, float]]:
    """The spans of time ``words`` (content words) give as a number and a unit of time ("eight decades"): the
    index of the number -> (the unit counted in, the span in it)."""
    out: dict[int, tuple[str, float]] = {}
    for i, t in enumerate(words[:-1]):
        unit = _LANG.time_units.get(words[i + 1].word.norm)
        value = number_value(t.word.norm) if t.word.kind == "number" and unit is not None else None
        if unit is not None and value is not None:
            out[i] = (unit[0], value * unit[1])
    return out


def _same_span(g: Sequence[int], profile: Profile, counterparts: Sequence[Profile]) -> bool:
    """Whether the run ``g`` is a number of a span of time that a counterpart gives in another unit: "nearly 80
    years" against "nearly eight decades" is the source's figure, not a new one."""
    mine = _durations(profile.words)
    if not g or not all(i in mine or profile.words[i].word.kind != "number" for i in g) \
            or not any(i in mine for i in g):
        return False
    theirs = {span for other in counterparts for span in _durations(other.words).values()}
    return all(mine[i] in theirs for i in g if i in mine)


def _relative(t: TaggedWord, days: frozenset[str] | None = None) -> bool:
    """Whether ``t`` places an event relative to when the article was written: "yesterday", "recently", or a day of
    the week ("the results released on Thursday"), the day a news report gives to the source's announcement. With
    ``days`` (:func:`source_days`), only a day of the week the source gives: another day is when the article says
    it happened, which a source that says only "today" or "yesterday", and carries no date, does not tell."""
    norm = t.word.norm
    return norm in _LANG.relative_times or (norm in _LANG.conflicts.weekdays and (days is None or norm in days))


#: the marks between the parts of a date written in figures ("07/09/2022", "06-10-2020", "06.10.2020")
_DATE_MARKS = frozenset("/-.")


def _figure_dates(ws: Sequence[TaggedWord], text: str) -> list[tuple[str, str, str]]:
    """The dates the words ``ws`` (of ``text``) write in figures: a day and a month of one or two digits and a year of
    four, joined by one mark of :data:`_DATE_MARKS` twice ("06-10-2020 18:40", a dateline), as :func:`_dates` gives
    dates (month, day, year), once for each order the day and the month may be read in ("07/09/2022": 7 September
    or July 9)."""
    out: list[tuple[str, str, str]] = []
    if not text:
        return out
    for k in range(len(ws) - 2):
        a, b, c = ws[k].word, ws[k + 1].word, ws[k + 2].word
        if not (a.text.isdigit() and b.text.isdigit() and len(a.text) <= 2 and len(b.text) <= 2 and is_year(c)):
            continue
        mark = text[a.end:b.start]
        if mark not in _DATE_MARKS or text[b.end:c.start] != mark:
            continue
        for day, month in sorted({(int(a.text), int(b.text)), (int(b.text), int(a.text))}):
            if 1 <= month <= len(_LANG.month_order) and 1 <= day <= MAX_DAY:
                out.append((_LANG.month_order[month - 1], str(day), c.norm))
    return out


def source_days(source_words: Sequence[Sequence[TaggedWord]], text: str = "") -> frozenset[str] | None:
    """The days of the week the source gives: each it names ("on Thursday"), and the day of each whole date it gives
    (month, day and year: "June 6, 2024", a Thursday; a date without its year takes the year of the source's whole
    dates where they all give one). An article's "on Thursday" for a source that carries neither
    tells the reader when, which the source does not (:func:`unsupported_details`: "made national headlines on
    Monday" for a police release that says "this morning"). None, every day being the article's frame, when the
    source says "today" (lang ``issue_day_words``) and gives no whole date: the article's day of the week dates the
    source's "today", as its date does the day a source is issued on (:func:`of_issue_date`). With the source's
    ``text``, a whole date written in figures ("06-10-2020", :func:`_figure_dates`) dates it too, the day of each
    reading of it."""
    days: set[str] = set()
    today = dated = False
    years: set[str] = set()
    yearless: list[tuple[str, str]] = []
    for ws in source_words:
        today = today or any(t.word.norm in _LANG.issue_day_words for t in ws)
        norms = [t.word.norm for t in ws]
        days.update(n for n in norms if n in _LANG.conflicts.weekdays)
        for month, day, year in [*_dates(norms), *_figure_dates(ws, text)]:
            if not year:
                yearless.append((month, day))
                continue
            weekday = _weekday(year, month, day)
            if weekday:
                days.add(weekday)
                years.add(year)
                dated = True
    if len(years) == 1:
        # a date without its year in a source whose whole dates all give one year ("On April 7, the Government
        # declared ..." in a release dated "April 8, 2020") is of that year: its day is the source's too
        days.update(filter(None, (_weekday(next(iter(years)), month, day) for month, day in yearless)))
    return None if today and not dated else frozenset(days)


def _weekday(year: str, month: str, day: str) -> str | None:
    """The folded day of the week of a date (``None`` when it is no date: "February 30")."""
    try:
        when = datetime.date(int(year), _MONTH_NUMBERS[month], int(day))
    except (KeyError, ValueError):
        return None
    return _LANG.weekday_order[when.weekday()]


#: a month's folded name -> its number
_MONTH_NUMBERS = {name: n for n, name in enumerate(_LANG.month_order, 1)}


def _day_words(profile: Profile) -> frozenset[int]:
    """The content words that say on what day of the week: the day ("Monday"), the part of the day after it
    ("morning") and the word placing it before it ("late Thursday evening")."""
    ws = profile.words
    out = {i for i, t in enumerate(ws) if t.word.norm in _LANG.conflicts.weekdays}
    for i in sorted(out):
        if i + 1 < len(ws) and ws[i + 1].word.norm in _LANG.day_parts:
            out.add(i + 1)
        if i > 0 and ws[i - 1].word.norm in _LANG.date_modifiers:
            out.add(i - 1)
    return frozenset(out)


def _weekday_run(tagged: Sequence[TaggedWord]) -> bool:
    """Whether the content words of a run that names things are a day of the week and the part of the day or the
    word placing it ("Monday", "late Thursday evening"), and nothing else."""
    carriers = _carriers(tagged)
    return any(t.word.norm in _LANG.conflicts.weekdays for t in carriers) and all(
        t.word.norm in _LANG.conflicts.weekdays or t.word.norm in _LANG.day_parts
        or t.word.norm in _LANG.date_modifiers for t in carriers)


def _beside_date(i: int, profile: Profile, text: str) -> bool:
    """Whether the day of the week ``i`` stands right beside a date, a month or a day's number next to it with only
    spaces, commas and brackets between ("Saturday May 19", "Monday, September 29", "on Thursday 24 June"): the
    date says when, and is weighed as a date."""
    ws = profile.words
    for j in (i - 1, i + 1):
        if 0 <= j < len(ws) and _date_part(ws[j]):
            a, b = sorted((ws[i].word, ws[j].word), key=lambda w: w.start)
            if not text[a.end:b.start].strip(" ,()"):
                return True
    return False


def _frame(i: int, profile: Profile, days: frozenset[str] | None = None, text: str = "") -> bool:
    """Whether the content word ``i`` is the article's time frame, never part of a detail: a relative time or a day
    of the week ("Yesterday, officials joined ...", "announced Tuesday it would open a plant"), unless a period
    follows it, which it places ("this week" is when, a detail), or it places an event after or before another
    ("a week later", "soon promoted": lang ``sequence_times``); and the part of the day after it or the word that
    places it before it ("early Friday morning"). With ``days`` (:func:`source_days`), a day of the week the source
    neither names nor dates is no frame ("on Monday morning" for a statement that says "today" and carries no date),
    unless a date stands beside it (:func:`_beside_date`), which says when."""
    ws = profile.words

    def day(j: int) -> bool:
        return 0 <= j < len(ws) and (_relative(ws[j], days) or (
            ws[j].word.norm in _LANG.conflicts.weekdays and _beside_date(j, profile, text))) \
            and ws[j].word.norm not in _LANG.sequence_times and not (
                j + 1 < len(ws) and ws[j + 1].word.norm in _LANG.conflicts.periods)

    norm = ws[i].word.norm
    return day(i) or (norm in _LANG.day_parts and day(i - 1)) or (norm in _LANG.date_modifiers and day(i + 1))


def _day_parts(profile: Profile, found: frozenset[int], days: frozenset[str] | None,
               known: frozenset[str] | None, text: str) -> frozenset[int]:
    """The content words that give the part of the day ("afternoon") right after a day of the week that is the
    article's frame (:func:`_frame`), where the source names or dates its days (``days``, :func:`source_days`) and
    never uses that word (``known``, its keys): the day is the source's, the time of it the article's ("signed ... on
    Tuesday afternoon" for a proclamation dated Tuesday). Beside a source that only says "today", undated, the day
    and its part say when the source was issued, and stay the frame."""
    if days is None or known is None:
        return frozenset()
    ws = profile.words
    return frozenset(i for i in range(1, len(ws))
                     if ws[i].word.norm in _LANG.day_parts and i not in found
                     and ws[i].word.key not in known and ws[i].lemma_key not in known
                     and ws[i - 1].word.norm in _LANG.conflicts.weekdays and _frame(i - 1, profile, days, text)
                     and not text[ws[i - 1].word.end:ws[i].word.start].strip())


def _day_part_details(profile: Profile, parts: frozenset[int], words: Sequence[TaggedWord],
                      text: str) -> list[Detail]:
    """A detail for each part of the day of ``parts`` (:func:`_day_parts`), with the day it is part of, the word that
    places that day before it ("late") and the preposition that heads them: "on Tuesday afternoon". It says when,
    and states no figure (its kind is a word's, its salience a date's)."""
    ws = profile.words
    out = []
    for i in sorted(parts):
        k = i - 1
        if k > 0 and ws[k - 1].word.norm in _LANG.date_modifiers \
                and not text[ws[k - 1].word.end:ws[k].word.start].strip():
            k -= 1
        start = _leading_preposition(words, ws[k].word.start)
        end = ws[i].word.end
        out.append(Detail(text=text[start:end], start=start, end=end, kind="word", salience="date"))
    return out


#: content words between a verb of holding and the word that says the thing held stayed as it was ("kept the
#: official cash rate steady")
_HOLD_REACH = 5


def _held(i: int, profile: Profile, counterparts: Sequence[Profile]) -> bool:
    """Whether the content word ``i`` says that what a verb of holding keeps stayed as it was ("held its benchmark
    interest rate steady", "kept the rates steady"; lang ``hold_complements`` after ``hold_verbs``, at most
    :data:`_HOLD_REACH` content words on) where a counterpart holds it too, by a verb of holding or such a word
    ("held its target ... at 5%", "leave the cash rate target unchanged"): the article's wording of the source's
    decision, not a fact of its own."""
    ws = profile.words
    if ws[i].word.norm not in _LANG.hold_complements:
        return False
    if not any(ws[j].word.norm in _LANG.hold_verbs for j in range(max(0, i - _HOLD_REACH), i)):
        return False
    return any(t.word.norm in _LANG.hold_verbs or t.word.norm in _LANG.hold_complements
               for other in counterparts for t in other.words)


#: content words a publication's subject runs back over at most ("the federal government on Tuesday released")
_RELEASE_SUBJECT = 4


def _release_frame(profile: Profile, text: str) -> frozenset[int]:
    """The content words of a clause that says the source was published: a verb of publication (lang
    ``release_verbs``) whose object is a noun for what a text gives (lang ``information_nouns``, adjectives allowed
    between: "released an official statement"), its subject back to the clause's start ("the White House", "The
    federal government on Tuesday") and a date opening the sentence before it ("On September 23, the White House
    released information"). The article's frame for the source's publication, like "said in a press release": no
    detail. What was published ("the number of borrowers in Nebraska who ...") is weighed as ever."""
    ws = profile.words
    out: set[int] = set()
    for v, t in enumerate(ws):
        if t.word.norm not in _LANG.release_verbs or t.pos not in ("VERB", "AUX"):
            continue
        n = v + 1
        while n < len(ws) and ws[n].pos == "ADJ" and not _punctuated(text, ws[n - 1], ws[n]):
            n += 1
        if n >= len(ws) or ws[n].word.norm not in _LANG.information_nouns or _punctuated(text, ws[n - 1], ws[n]):
            continue
        out.update(range(v, n + 1))
        j = v - 1
        while j >= 0 and v - j <= _RELEASE_SUBJECT and ws[j].pos in ("NOUN", "PROPN", "ADJ") \
                and not _punctuated(text, ws[j], ws[j + 1]):
            out.add(j)
            j -= 1
        if j >= 0 and _punctuated(text, ws[j], ws[j + 1]):  # a date before the clause: "On September 23, ..."
            k = j
            while k >= 0 and _date_part(ws[k]) and (k == j or not _punctuated(text, ws[k], ws[k + 1])):
                k -= 1
            if k < j and (k < 0 or _punctuated(text, ws[k], ws[k + 1])):
                out.update(range(k + 1, j + 1))
    return frozenset(out)


def _punctuated(text: str, a: TaggedWord, b: TaggedWord) -> bool:
    """Whether punctuation stands between the words ``a`` and ``b`` (a clause or a phrase ends there)."""
    return any(c in ",.;:!?()—–" for c in text[a.word.end:b.word.start])


def _known_name(i: int, profile: Profile, found: frozenset[int], background: frozenset[str]) -> bool:
    """Whether the content word ``i`` is a name the source gives: found in the counterparts, or one of the names
    the source is about (``background``)."""
    t = profile.words[i]
    return t.is_name and (i in found or t.word.key in background)


def _given_name(i: int, profile: Profile, found: frozenset[int], background: frozenset[str],
                counterparts: Sequence[Profile], text: str) -> bool:
    """Whether the content word ``i`` is the first name of a person the source names by surname: a capitalised name
    right before a name the source gives, which ends the name there ("Joe Biden" for the source's "President
    Biden", "Barack Obama" for "President Obama"), where the source gives that surname as a person's, after a title
    (lang ``titles``) in a counterpart or as one of the names it is about. Who the person is, the reader has."""
    ws = profile.words
    t = ws[i]
    if i + 1 >= len(ws) or not t.is_name or t.word.kind == "acronym" or not t.word.text[:1].isupper():
        return False
    after = ws[i + 1]
    if text[t.word.end:after.word.start] != " " or not after.is_name or not _known_name(i + 1, profile, found,
                                                                                          background):
        return False
    if i + 2 < len(ws) and ws[i + 2].is_name and not text[after.word.end:ws[i + 2].word.start].strip():
        return False  # the name goes on: "Joe Biden Jr", "New York City"
    titles = _LANG.conflicts.titles
    if after.word.norm in titles:
        return False  # a first name stands before a surname, not before a title: "Republican Gov. Greg Gianforte"
    if after.word.key in background:
        return True
    return any(b.word.key == after.word.key and a.word.norm in titles
               for other in counterparts for a, b in pairwise(other.words))


def _member(i: int, profile: Profile, found: frozenset[int], background: frozenset[str], text: str) -> bool:
    """Whether the content word ``i`` names the people of the organisation just before it, a name the source gives:
    "Administration officials", "White House aides" (lang ``member_nouns``) are the organisation, the source's
    voice, however the article calls them."""
    if i == 0 or profile.words[i].word.norm not in _LANG.member_nouns:
        return False
    between = text[profile.words[i - 1].word.end:profile.words[i].word.start]
    return _known_name(i - 1, profile, found, background) and not between.strip()


def _region(g: Sequence[int], profile: Profile, found: frozenset[int], background: frozenset[str],
            words: Sequence[TaggedWord], text: str) -> bool:
    """Whether the run ``g``, names only, gives the region of a place the source names, just before it after a
    comma: "in Annapolis, Maryland", "from Lyon, France" (a place preposition, the source's place, a comma, the
    run, then the sentence's end or a stop). Where the place is is the address the reader already has."""
    ws = profile.words
    first, last = g[0], g[-1]
    if first == 0 or not all(ws[i].is_name for i in g) or not _known_name(first - 1, profile, found, background):
        return False
    if text[ws[first - 1].word.end:ws[first].word.start].strip() != ",":
        return False
    after = text[ws[last].word.end:ws[last].word.end + 1]
    if after and (after.isalnum() or after in "-–—"):
        return False
    if last + 1 < len(ws) and not text[ws[last].word.end:ws[last + 1].word.start].strip(" "):
        return False  # another word right after: the run goes on
    head = first - 1  # the place's first word: back over the names that form it ("Des Moines")
    while head > 0 and ws[head - 1].is_name and not text[ws[head - 1].word.end:ws[head].word.start].strip():
        head -= 1
    before = [t.word for t in words if t.word.end <= ws[head].word.start]
    return bool(before) and before[-1].norm in _LANG.place_prepositions


#: the phrases that tell nothing of their own wherever they come from: a discourse marker ("In particular"), the
#: article's weighing of what the source says ("particular emphasis", "a focal point"), the kind of document the
#: source is ("said in a press release"), a figurative stock phrase ("pave the way", "next steps"), a word of the
#: whole before what the source counts or names ("A total of 106 patients", "her entire life": lang ``wholes``), a
#: noun that relates the sentence's things ("noting the potential for ...", "recognising the link between ...": lang
#: ``relational_nouns``)
_PLAIN_PHRASES = (*_LANG.discourse_markers, *_LANG.emphasis_words, *_LANG.source_documents, *_LANG.stock_phrases,
                  *((w,) for w in sorted(_LANG.conflicts.wholes)), *((w,) for w in sorted(_LANG.relational_nouns)))
#: :data:`_PLAIN_PHRASES` by their first word (each phrase's length and the phrase), so that a segment's words are
#: read once rather than once per phrase
_PLAIN_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _phrase in _PLAIN_PHRASES:
    if _phrase:
        _PLAIN_BY_FIRST.setdefault(_phrase[0], []).append((len(_phrase), tuple(_phrase)))


def _signposts(words: Sequence[TaggedWord]) -> frozenset[int]:
    """The starts of the words of ``words`` (a segment's) that form one of :data:`_PLAIN_PHRASES`: a discourse
    marker ("In particular, ..."), a word of emphasis ("placed particular emphasis on"), the source's kind of
    document ("said in a press release")."""
    norms = [t.word.norm for t in words]
    starts: set[int] = set()
    for i, norm in enumerate(norms):
        for n, marker in _PLAIN_BY_FIRST.get(norm, ()):
            if tuple(norms[i:i + n]) == marker:
                starts.update(t.word.start for t in words[i:i + n])
    return frozenset(starts)


def _parties(words: Sequence[TaggedWord]) -> frozenset[int]:
    """The starts of the nouns of ``words`` (a segment's) right after a word of lang ``pair_words``: "both sides",
    "both leaders" name the two parties the text is about, however the article calls them."""
    return frozenset(b.word.start for a, b in pairwise(words)
                     if a.word.norm in _LANG.pair_words and b.pos == "NOUN")


def _classifier(i: int, profile: Profile, found: frozenset[int], text: str) -> bool:
    """Whether the content word ``i`` of ``profile`` is a noun that says what kind of thing the name before it is,
    a name the counterparts give: "the COP29 summit", "the UK-U.S. alliance" (the name is the information)."""
    t = profile.words[i]
    if i == 0 or t.pos != "NOUN" or i - 1 not in found:
        return False
    before = profile.words[i - 1]
    return before.is_name and not text[before.word.end:t.word.start].strip(" -")


def _rearranged(tagged: Sequence[TaggedWord], known: frozenset[str], linked: frozenset[str],
                words: Sequence[TaggedWord], text: str, plain: frozenset[int] = frozenset()) -> bool:
    """Whether a run of words (no name, number or date) tells only how: the words the source has nowhere are verbs
    and adverbs, the things and qualities of the run are the source's own, from other sentences ("reaffirmed the
    shared commitment to addressing pressing global"). ``plain``: the starts of words that tell nothing of their
    own wherever they come from (a discourse marker, :func:`_signposts`; a name's kind, :func:`_classifier`). Words
    in quotation marks are the speaker's, not the article's arrangement: a run that holds one stays ("impose “new
    and significant measures”")."""
    if _kind(list(tagged)) != "word":
        return False
    # names only at the run's start, each one the source gives: who did what the source tells ("Biden has committed
    # up to $500 million" for a memorandum of his); a name after the run's verb ("urged Israel") is its object
    # (not with a verb of speech: "As the President said" tells who said it, an attribution the source may lack)
    lead = next((k for k, t in enumerate(tagged) if not t.is_name), len(tagged))
    if lead == len(tagged) or any(t.is_name for t in tagged[lead:]) or not all(
            _equivalent(t, known, linked) for t in tagged[:lead]) or (
            lead and any(t.word.key in SPEECH_KEYS or t.lemma_key in SPEECH_KEYS for t in tagged[lead:])):
        return False
    fresh = [t for t in tagged if t.word.start not in plain and not _equivalent(t, known, linked)]
    if any(t.pos in _CARRIERS for t in fresh):
        return False
    return not any(_quoted(t, words, text) for t in tagged)


#: the parts of speech of a word that may stand for a counterpart's word in the same phrase: a thing's name
_STAND_INS = frozenset({"NOUN"})


def _of_head(i: int, profile: Profile, found: frozenset[int], text: str) -> int | None:
    """The content word that heads the "of" phrase after the noun ``i`` ("the flow of humanitarian aid": "aid"),
    when the counterparts hold it: the last of the nouns and adjectives after "of", up to the next other word or
    punctuation."""
    words = profile.words
    between = text[words[i].word.end:words[i + 1].word.start].lower().split() if i + 1 < len(words) else []
    if _LANG.genitive_prepositions.isdisjoint(between):
        return None
    last = i + 1
    while last + 1 < len(words) and words[last + 1].pos in ("NOUN", "ADJ") \
            and not text[words[last].word.end:words[last + 1].word.start].strip():
        last += 1
    return last if last in found and words[last].pos == "NOUN" else None


def _stands_in(i: int, profile: Profile, found: frozenset[int], counterparts: Sequence[Profile],
               text: str = "") -> bool:
    """Whether the content word ``i`` of ``profile`` (a derivative segment), alone in its run, is the article's
    word for a counterpart's in the same phrase: a noun next to a word the counterparts hold ("Russia's war
    machine", "humanitarian aid flow"), where a counterpart has, next to that word and on the same side of it, a
    noun the segment lacks ("war efforts", "aid delivery"): the article renames a word of the source's phrase, it
    adds nothing to it. A noun beside a word that has no other noun on that side in the source ("binds to the
    receptor of a protein" against "ingredient binds to a protein") is the article's own."""
    word = profile.words[i]
    if word.pos not in _STAND_INS or word.is_name or word.word.kind == "number":
        return False
    if word.word.norm in _LANG.conflicts.minus_words:
        return False  # "the deposit rate to minus 0.20 percent": a figure's sign, no word for the source's "interest"
    # (the neighbour, the side of it the noun is on): -1 for a neighbour after the noun, +1 before it
    neighbours = [(profile.words[j], i - j) for j in (i - 1, i + 1) if 0 <= j < len(profile.words) and j in found]
    head = _of_head(i, profile, found, text)
    if head is not None:  # "the flow of humanitarian aid" is "humanitarian aid flow": the noun after its head
        neighbours.append((profile.words[head], 1))
    for other in counterparts:
        ws = other.words
        for j, t in enumerate(ws):
            for n, side in neighbours:
                k = j + side
                if (t.word.key == n.word.key or t.lemma_key == n.lemma_key) and 0 <= k < len(ws) \
                        and ws[k].pos in _STAND_INS and not ws[k].is_name \
                        and profile.keys.isdisjoint((ws[k].word.key, ws[k].lemma_key)):
                    return True
    return False


def _date_modifier(i: int, profile: Profile, found: frozenset[int], text: str,
                   counterparts: Sequence[Profile] = ()) -> bool:
    """Whether the content word ``i`` places the date after it within its month or year ("mid-March", "late 2017")
    where a counterpart gives that date more precisely, with a day or a month beside it ("March 17", "November
    2017"): the article rounds the source's date, it adds nothing. Against a counterpart's bare "March" or "2017",
    "mid" and "early" narrow it: a detail."""
    words = profile.words
    if words[i].word.norm not in _LANG.date_modifiers or i + 1 >= len(words) or i + 1 not in found:
        return False
    after = words[i + 1]
    if _kind([after]) != "date" or text[words[i].word.end:after.word.start].strip(" -"):
        return False
    for other in counterparts:
        ws = other.words
        for j, t in enumerate(ws):
            if t.word.key == after.word.key and any(
                    0 <= k < len(ws) and _date_part(ws[k]) for k in (j - 1, j + 1)):
                return True
    return False


def _spare(profile: Profile, counterparts: Sequence[Profile]) -> bool:
    """Whether a counterpart has a content word that ``profile`` (a derivative segment) has under none of its keys:
    a word the segment's own word may stand for."""
    return any(profile.keys.isdisjoint(alts) for other in counterparts for alts in other.alternatives)


def _month_days(norms: Sequence[str]) -> Iterator[tuple[str, str, int]]:
    """The days of a month in a run of folded words: (month, day, the index of the word after both), the day right
    after the month or right before it ("February 4", "4 February")."""
    for k, norm in enumerate(norms):
        if norm not in _MONTHS:
            continue
        for at in (k + 1, k - 1):
            value = number_value(norms[at]) if 0 <= at < len(norms) else None
            if value is not None and value.is_integer() and 1 <= value <= MAX_DAY:
                yield norm, str(int(value)), max(k, at) + 1
                break


def _dates(norms: Sequence[str]) -> list[tuple[str, str, str]]:
    """The dates in a run of folded words: (month, day, year or ""), the day right before or after the month ("4
    February", "February 4"), a year of four digits right after them ("February 4, 2022")."""
    return [(month, day, norms[after] if after < len(norms) and len(norms[after]) == 4 and norms[after].isdigit()
             else "") for month, day, after in _month_days(norms)]


def issue_dates(source_words: Sequence[Sequence[TaggedWord]],
                claims: Sequence[bool]) -> frozenset[tuple[str, str, str]]:
    """The dates the source is issued on: each date (:func:`_dates`) of a source segment that is no claim, its date
    line or dateline ("For Immediate Release: Friday, February 4, 2022", "September 23, 2019 (SAINT PAUL) —"), which
    its "today" means. ``claims``: whether each segment is a claim."""
    return frozenset(date for ws, claim in zip(source_words, claims, strict=True) if not claim
                     for date in _dates([t.word.norm for t in ws]))


def of_issue_date(detail: Detail, tagged: Sequence[TaggedWord], dates: frozenset[tuple[str, str, str]],
                  source_keys: frozenset[str], counterparts: Sequence[Sequence[TaggedWord]]) -> bool:
    """Is ``detail`` (of a segment whose words are ``tagged``) only the date the source is issued on
    (:func:`issue_dates`), where a counterpart (whose words are among ``counterparts``) says the day it is issued on
    (lang ``issue_day_words``), as an article dates what the source says happened "today" ("On Feb. 4, ... endorsed"
    for a release of February 4, 2022 that says "Today, ... endorsed"; "(Sunday, May 31, 2020) – ... have just
    wrapped up a press conference" for "Today, Mayor Bowser ... provided an update")? Its dates are all issue dates (a
    year it gives, the issue date's), and its other content words are weekdays, verbs and adverbs (how the article
    tells it) or words the source has; a detail with another number or a thing or quality of its own tells more than
    when. A counterpart that does not say "today" dates nothing: the source's date is then no more its date than
    another figure of the source is."""
    if not dates or not any(t.word.norm in _LANG.issue_day_words for ws in counterparts for t in ws):
        return False
    inside = [t for t in tagged if detail.start <= t.word.start and t.word.end <= detail.end]
    found = _dates([t.word.norm for t in inside])
    if not found or not all(any(m == dm and d == dd and (not y or y == dy) for dm, dd, dy in dates)
                            for m, d, y in found):
        return False
    dated = {d for _, d, _ in found} | {y for _, _, y in found if y}
    for t in inside:
        w = t.word
        if not w.content or w.norm in _MONTHS or w.norm in _LANG.conflicts.weekdays:
            continue
        if w.kind == "number":
            if w.norm not in dated:
                return False
        elif w.key not in source_keys and t.pos not in ("VERB", "AUX", "ADV"):
            return False
    return True


#: the folded words that say a date falls in the year the text is written ("6 June this year": lang ``this_year``)
_THIS_YEAR = _LANG.this_year


def source_years(source_words: Sequence[Sequence[TaggedWord]],
                 issued: frozenset[tuple[str, str, str]]) -> frozenset[str]:
    """The years the source is written in, which its "this year" means: the years of its issue dates
    (:func:`issue_dates`), else every year of four digits it writes; empty when it writes none."""
    dated = frozenset(y for _, _, y in issued if y)
    return dated or frozenset(t.word.norm for ws in source_words for t in ws
                              if is_year(t.word))


def of_this_year(detail: Detail, tagged: Sequence[TaggedWord], counterparts: Sequence[Sequence[TaggedWord]],
                 years: frozenset[str] = frozenset()) -> bool:
    """Is ``detail`` (of a segment whose words are ``tagged``) only a date whose day and month a counterpart (whose
    words are among ``counterparts``) gives with "this year" right after them, the year the article writes out ("will
    end on June 6, 2019" for the release's "ends on 6 June this year")? Its year is the source's "this year", told as a
    figure, when it is one of ``years``, the years the source is written in (:func:`source_years`; empty: not
    known, any year); another year is the article's own. Every content word of it is part of such a date."""
    inside = [t for t in tagged if detail.start <= t.word.start and t.word.end <= detail.end]
    found = _dates([t.word.norm for t in inside])
    if not _THIS_YEAR or not found or not all(y and (not years or y in years) for _, _, y in found):
        return False
    given = {(month, day) for ws in counterparts for norms in [[t.word.norm for t in ws]]
             for month, day, after in _month_days(norms) if tuple(norms[after:after + 2]) == _THIS_YEAR}
    if not all((m, d) in given for m, d, _ in found):
        return False
    dated = {d for _, d, _ in found} | {y for _, _, y in found}
    return all(not t.word.content or t.word.norm in _MONTHS or t.word.norm in dated for t in inside)


#: a name in a list: capitalised words, initials, hyphens and apostrophes inside ("Jerome H. Powell", "O’Neill")
_LIST_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_LIST_NAME_RE = re.compile(_LIST_NAME)
#: names joined by commas, the last by "and" ("Barbour, Brooke, Hancock, Marshall, Ohio, Wetzel, and Wood")
_COMMA_LIST = re.compile(rf"{_LIST_NAME}(?:,\s+{_LIST_NAME})+,?\s+and\s+{_LIST_NAME}")
#: what sets off the items of a list by semicolons, a last "and" included ("...; and Christopher J. Waller")
_ITEM_BREAK = re.compile(r";\s*(?:and\s+)?")
#: the end of a piece before a semicolon that may open such a list: a name, its role after a comma or not
_LIST_OPENING = re.compile(rf"{_LIST_NAME}(?:,\s+[A-Z][\w ]*)?\s*$")
#: the fewest names a list must have for a count of it to be read as the source's
_LIST_MIN = 3
#: the most words an item of a list set off by semicolons has, its role after a comma included ("John C.
#: Williams, Vice Chair")
_ITEM_MAX_WORDS = 6


def _list_counts(text: str) -> set[int]:
    """How many names each list of names in ``text`` gives: names joined by commas and a last "and", or items set off
    by semicolons, each a name with its role at most ("Jerome H. Powell, Chair; John C. Williams, Vice Chair; …; and
    Christopher J. Waller"). Lists of fewer than :data:`_LIST_MIN` names are left out."""
    # (a company suffix after a comma is part of the name before it: "Monarch Medical Group, Inc, King Medical
    # Management, Inc. and One Source Laboratories" lists three; lang ``name_affixes``)
    counts = {sum(fold_word(name.rstrip(".")).lower() not in _LANG.name_affixes
                  for name in _LIST_NAME_RE.findall(m.group())) for m in _COMMA_LIST.finditer(text)}
    parts = _ITEM_BREAK.split(text)
    run = 0
    for k, part in enumerate(parts):
        words = part.split()
        if run and words and len(words) <= _ITEM_MAX_WORDS and part.strip()[:1].isupper():  # an item of the run
            run += 1
            continue
        if run >= _LIST_MIN:
            counts.add(run)
        run = 1 if k + 1 < len(parts) and _LIST_OPENING.search(part) else 0
    if run >= _LIST_MIN:
        counts.add(run)
    return {n for n in counts if n >= _LIST_MIN}


def counts_a_list(detail: Detail, tagged: Sequence[TaggedWord], counterparts: Sequence[str]) -> bool:
    """Is ``detail`` (of a segment whose words are ``tagged``) a count of the names a counterpart lists ("seven
    additional West Virginia counties" for a release's "Barbour, Brooke, Hancock, Marshall, Ohio, Wetzel, and Wood
    counties"; "voted 10-2" for a statement that lists the ten who voted for, by semicolons)? The count is the
    source's, told in a figure: no new figure. ``counterparts``: the text of each source segment the claim is linked
    to, and of the segments beside them (a list may run on in the next sentence). Its one number, a whole number of
    at least :data:`_LIST_MIN`, must be how many names one of their lists gives."""
    numbers = [t for t in tagged if detail.start <= t.word.start and t.word.end <= detail.end
               and t.word.kind == "number"]
    if len(numbers) != 1:
        return False
    value = number_value(numbers[0].word.norm)
    if value is None or not value.is_integer() or value < _LIST_MIN:
        return False
    return any(int(value) in _list_counts(text) for text in counterparts)


#: the marks a source writes a negative number's sign with, right before its digits
_MINUS_MARKS = ("-", "\u2212", "\u2013")


def _signed_in(number: str, source_text: str) -> bool:
    """Whether ``source_text`` writes ``number`` whole with a minus mark against it, the mark after a space, a
    bracket or the text's start ("(-0.20 per cent)"; not "-0.25" for "0.2", nor "COVID-19" for "19")."""
    marks = "".join(re.escape(m) for m in _MINUS_MARKS)
    return re.search(rf"(?:^|[\s(\[])[{marks}]{re.escape(number)}(?![\d]|[.,]\d)", source_text) is not None


def signed_figure(detail: Detail, tagged: Sequence[TaggedWord], source_text: str) -> bool:
    """Is ``detail`` (of a segment whose words are ``tagged``) only a word giving a number's sign (lang
    ``conflicts.minus_words``) right before the number, where the source writes the same number with a minus mark
    ("minus 0.20 percent" for a central bank's "-0.20 per cent")? The sign is the figure's, which the source gives; a
    sign the source does not give (its "0.20" without the mark) stays a detail."""
    inside = [k for k, t in enumerate(tagged) if detail.start <= t.word.start and t.word.end <= detail.end]
    content = [k for k in inside if tagged[k].word.content]
    if not content or not all(tagged[k].word.norm in _LANG.conflicts.minus_words for k in content):
        return False
    for k in content:
        after = tagged[k + 1] if k + 1 < len(tagged) else None
        if after is None or after.word.kind != "number":
            return False
        if not _signed_in(after.word.text, source_text):
            return False
    return True


def unsupported_details(
    text: str, profile: Profile, found: frozenset[int], background: frozenset[str],
    words: Sequence[TaggedWord] = (),
    source_keys: frozenset[str] | None = None,
    names: frozenset[str] | None = None,
    counterparts: Sequence[Profile] = (),
    support: float = 0.0,
    days: frozenset[str] | None = None,
    source_text: str = "",
) -> tuple[Detail, ...]:
    """Runs of unsupported content words in one derivative segment, with offsets into ``text``.
    ``found``: the indices of the segment's content words found in its counterparts (empty for none);
    ``words``: all the segment's words, function words included (a preposition that heads a detail joins it);
    ``source_keys``: every word key of the source (:func:`source_keys`). With it, a detail is information the
    reader did not get from the source: a run whose every word the source has elsewhere is a rearrangement, not a
    detail (unless it holds a number or a date: a figure elsewhere is most often another fact's), and a run of
    verbs and adverbs ("convened", "aiming to weaken") restates how, not what (:func:`_new`). ``names``
    (:func:`named_keys`): a word that opens the segment or a table cell is a name only if it is one elsewhere too
    (or an acronym). ``counterparts``: the profiles of the source segments the segment is aligned to, where a
    near-equivalent of a word (a derivation, another spelling of a name) makes it no detail. ``support``: the share
    of the segment they hold; from :data:`RESTATING_SUPPORT` on, one word of its own is a rewording, not a detail,
    where a counterpart has a word the segment lacks for it to stand for ("adults with severe plaque psoriasis"
    against "adults with plaque psoriasis" adds "severe"). ``source_text``: the text the counterparts' offsets index
    (a time of day is read from it, :func:`_clock_times`). Each detail gets its salience (:func:`_salience`)."""
    linked = frozenset(k for other in counterparts for t in other.words for k in (t.word.key, t.lemma_key))
    restating = support >= RESTATING_SUPPORT and _spare(profile, counterparts)
    found = _clock_times(profile, found - _other_units(profile, found, counterparts, text), counterparts, text,
                         source_text)
    # a figure the source gives with the same unit ("within 60 days" of an order's), wherever it does, is its own
    figures = frozenset() if source_keys is None else frozenset(
        k for i in range(len(profile.words)) for k in _source_figure(profile.words, i, text, source_keys))
    released = _release_frame(profile, text) if source_keys is not None else frozenset()
    converted = _conversions(profile, text)  # "(8,360-square-meter)" after "90,000-square-foot": the same figure
    converted |= _numeric_dates(profile, text, counterparts)  # "29/10/22" for "29 October 2022"
    # (the parts of a day that is the frame: frame words themselves, left out of ``missing`` by _frame, each a detail
    # of its own below)
    parts = _day_parts(profile, found, days, source_keys, text)
    missing = [
        i for i, t in enumerate(profile.words)
        if i not in found and i not in figures and i not in released and i not in converted
        and not (t.is_name and t.word.key in background)
        and t.word.norm not in _LANG.name_affixes and not _date_modifier(i, profile, found, text, counterparts)
        and not _frame(i, profile, days, text) and not _held(i, profile, counterparts)
        and not _member(i, profile, found, background, text)
        and not _given_name(i, profile, found, background, counterparts, text)
        and not _initials_of(t, counterparts, source_text)
    ]
    groups: list[list[int]] = []
    dated = _day_words(profile) if days is not None else frozenset()
    for i in missing:
        # a day of the week the source does not give is a detail of its own: when, not part of what happened
        if groups and groups[-1][-1] == i - 1 and ((i in dated) == (i - 1 in dated)):
            groups[-1].append(i)
        else:
            groups.append([i])
    for g in groups:
        first = g[0]
        if first > 0 and first - 1 not in missing and profile.words[first - 1].pos == "VERB" \
                and profile.words[first].pos == "PROPN" and not _relative(profile.words[first]):
            g.insert(0, first - 1)
    for g in groups:
        _whole_date(g, profile.words, text)
    merged: list[list[int]] = []  # two runs widened to the same date are one detail
    for g in groups:
        if merged and g[0] <= merged[-1][-1]:
            merged[-1].extend(i for i in g if i > merged[-1][-1])
        else:
            merged.append(g)
    # a preposition or a conjunction the stop list lacks ("among", "via") tells nothing at a run's edge
    groups = [g[lo:hi] for g in merged
              for lo, hi in [_inner(g, profile.words, found, text)] if lo < hi]
    signposts = _signposts(words) | _parties(words)
    # the names the source gives: the counterparts' and the ones it is about
    given_names = background | {t.word.key for other in counterparts for t in other.words if t.is_name}
    held = frozenset(profile.words[i].word.start for i in found)
    details: list[Detail] = []
    acts: list[tuple[int, int]] = []  # runs of verbs and adverbs alone: what happened, to a detail beside them
    for g in groups:
        tagged = [profile.words[i] for i in g]
        if source_keys is not None and not _new(tagged, source_keys, linked, restating and not _channel(words, tagged),
                                                days):
            if _act(tagged):
                acts.append((tagged[0].word.start, tagged[-1].word.end))
            continue
        if source_keys is not None and _region(g, profile, found, background, words, text):
            continue
        if source_keys is not None and _same_span(g, profile, counterparts):
            continue
        plain = frozenset(t.word.start for t in tagged if t.word.start in signposts) | frozenset(
            profile.words[i].word.start for i in g if _classifier(i, profile, found, text))
        if source_keys is not None and _rearranged(tagged, source_keys, linked, words, text, plain):
            continue
        if source_keys is not None and len(g) == 1 and _stands_in(g[0], profile, found, counterparts, text) \
                and _leading_preposition(words, tagged[0].word.start) == tagged[0].word.start \
                and not _channel(words, tagged):
            continue  # (a noun a preposition of time or place heads is a span or a place: "within a year")
        ws = [t.word for t in tagged]
        start, end = ws[0].start, ws[-1].end
        start = _leading_preposition(words, start)
        kind = _kind(tagged)
        if kind == "number" and source_keys is not None:
            start, end = _bounded(words, start, text), _counted(words, end, text)
        # a day of the week the source does not give (:func:`_frame`) says when: a date, which states no figure and
        # so keeps a restatement supported (its kind is its words'), and no name to widen over a title before it
        weekday = days is not None and kind == "word" and _weekday_run(tagged)
        if kind == "word" and not weekday and any(
            t.is_name and (names is None or t.word.kind == "acronym" or t.word.key in names
                           or not _opening(t, words, text))
            for t in tagged
        ):
            kind = "name"
        if source_keys is not None and not weekday:  # (a day says when: no phrase to widen it over)
            headed = start
            start, end = _noun_phrase(words, start, end, text)
            start, end = _ranked(words, start, end, text)
            if kind == "name":
                start, end = _whole_name(words, start, end, text, given_names)
                end = _longer_name(words, start, end, text, held)
                start = _role(words, start, text)
            end = _titled(words, end, text)  # (a capitalised word opening the sentence too: "Finance Minister ...")
            start = _owner(words, start, text)
            start = _aged(words, start, text)
            start = _relative_opening(words, start, text)
            start = _dated_day(words, start, text)
            if start < headed:  # the phrase it widened to takes its own preposition: "near [Pensacola] Beach"
                start = _leading_preposition(words, start)
        if details and start < details[-1].end:  # a run inside the phrase of the figure before it: one detail
            last = details[-1]
            details[-1] = replace(last, text=text[last.start:max(end, last.end)], end=max(end, last.end))
            continue
        salience = "date" if weekday else _salience(kind, words, ws[0].start)
        details.append(Detail(text=text[start:end], start=start, end=end, kind=kind, salience=salience))
    if parts:
        details = sorted([*details, *_day_part_details(profile, parts, words, text)], key=lambda d: d.start)
    if source_keys is not None:
        details = _through_a_word(_with_figures(details, words, text), words, text)
        details = _with_acts(details, acts, frozenset(t.word.start for t in profile.words), words, text)
    return tuple(details)


#: the first words of the attributions that name who said it after them (lang ``attributions``: "according")
_CREDIT_OPENERS = frozenset(a[0] for a in _LANG.attributions)
#: the words of the kinds of document a source is (lang ``source_documents``: "press release", "statement")
_DOCUMENT_WORDS = frozenset(w for d in _LANG.source_documents for w in d)


def credits_the_source(detail: Detail, words: Sequence[TaggedWord]) -> bool:
    """Whether ``detail``, lying wholly in the reporter's frame of its claim (the caller asks
    :func:`alignment.engine.align.in_frame`; ``words``: all the claim's words), is the article crediting the news to
    its source and no more: a run of plain words (no name, no figure) that holds a verb of speech or "according"
    (lang ``speech_verbs``: "the agency said in a press release", "according to federal officials"), and no word
    that says when (a day, a month, a part of the day, "yesterday": the day rules judge those), and after a verb that
    follows who said it, only the kind of text it was said in (lang ``source_documents``: "said in an email" or "in
    a surprise statement" tells how the news came, which a release does not). Who gave the news is the source
    itself, which never says so of itself: no detail."""
    if detail.kind != "word":
        return False
    inside = [t for t in words if detail.start <= t.word.start and t.word.end <= detail.end]
    verb = next((k for k, t in enumerate(inside) if t.word.key in SPEECH_KEYS or t.lemma_key in SPEECH_KEYS), None)
    if verb is None or any(_relative(t) or _is_month(t) or t.word.norm in _LANG.day_parts
                           or t.word.kind == "number" for t in inside):
        return False
    if inside[verb].word.norm in _CREDIT_OPENERS:
        # "according to federal officials": who, after it, a plain noun phrase (not "a draft of the order obtained
        # by the newspaper", another text, nor a name: someone else the article credits)
        return not any(t.is_name or t.pos in ("VERB", "AUX") for t in inside[verb + 1:])
    # who, before the verb; after it, only the text it was said in ("in a press release"), not how it was given
    # ("in an email", "in a surprise statement")
    return all(not t.word.content or t.word.norm in _DOCUMENT_WORDS for t in inside[verb + 1:])


def _act(run: Sequence[TaggedWord]) -> bool:
    """Is the run ``run`` a verb the source does not give, with its adverbs at most ("ratified", "did not
    release"): no word of it names a thing, a quality or a quantity (:func:`_carriers`)?"""
    return not _carriers(run) and any(t.pos == "VERB" for t in run) and \
        not any(t.word.key in SPEECH_KEYS or t.lemma_key in SPEECH_KEYS for t in run)


def _with_acts(details: list[Detail], acts: Sequence[tuple[int, int]], content: frozenset[int],
               words: Sequence[TaggedWord], text: str) -> list[Detail]:
    """``details`` each widened over a run of verbs the source does not give (``acts``: its bounds) right before
    it, with only function words and spaces between ("ratified [during] Trump’s first term in 2020"), or right after
    it, a verb group at most between ("19 district court judges confirmed", "whose name prosecutors did not
    release"; not "... that includes"): alone, a new verb restates how the source's things are told (:func:`_new`),
    but beside a detail it says what happened to what the article adds, and is part of the fact. A verb of speech
    ("says at least 55 children": who said it, :func:`_act`) joins none, a verb after a day of the week ("on
    Saturday to commend") does not have the day for its subject, and a verb before a detail joins it only through
    a preposition ("recommended for the post by ...") or when the detail says when or how much ("died Monday"):
    before its object it may be the article's verb for a counterpart's ("requires Defense Secretary Pete Hegseth"
    for "directs the Secretary of Defense"). ``content``: the starts of the segment's content words, which may not
    stand between."""
    out = list(details)
    for a_start, a_end in acts:
        for k, d in enumerate(out):
            if d.start >= a_end:
                lo, hi = a_end, d.start
            elif d.end <= a_start:
                lo, hi = d.end, a_start
            else:
                continue
            between = [t for t in words if lo <= t.word.start and t.word.end <= hi]
            if any(t.word.start in content for t in between) or \
                    "".join(text[lo:hi].split()) != "".join(t.word.text for t in between):
                continue
            if d.end <= a_start and (not all(t.pos in _VERB_GROUP for t in between)
                                     or (d.kind == "word" and d.salience == "date")):
                continue  # a verb after the detail has it for its subject: through its verb group, not a day's
            head = [t for t in words if lo <= t.word.start < d.end]
            if d.start >= a_end and d.salience not in ("date", "number") and not (head and head[0].pos == "ADP"):
                continue  # a verb before a new object may be the article's for the counterparts' ("requires X")
            start, end = min(d.start, a_start), max(d.end, a_end)
            out[k] = replace(d, text=text[start:end], start=start, end=end)
            break
    return out


def _through_a_word(details: list[Detail], words: Sequence[TaggedWord], text: str) -> list[Detail]:
    """``details`` where two details with only a genitive or "as" and one word of the source between them (an
    article allowed) are one: "a draft [of the order] obtained by OutKick", "led [as President] since 2015". The
    word between is the source's, but what the article adds runs through it: one fact, not two."""
    out: list[Detail] = []
    for d in details:
        last = out[-1] if out else None
        if last is not None:
            between = [t for t in words if last.end <= t.word.start and t.word.end <= d.start]
            gap = text[last.end:d.start]
            norms = [t.word.norm for t in between]
            if norms and norms[0] in _THROUGH and norms[1:2] and norms[1] in _ARTICLES:
                norms = [norms[0], *norms[2:]]
            if ((len(norms) == 2 and between[-1].word.kind == "word")
                    or (len(norms) == 1 and norms[0] in _LANG.genitive_prepositions)) and norms[0] in _THROUGH \
                    and "".join(gap.split()) == "".join(t.word.text for t in between):  # words and spaces only
                # the joined detail is of the more telling kind of the two: a name with other words is a name
                top = min((last, d), key=lambda x: (x.kind == "word", DETAIL_SALIENCE.index(x.salience)))
                out[-1] = replace(top, text=text[last.start:d.end], start=last.start, end=d.end)
                continue
        out.append(d)
    return out


#: the words that join a detail to the next through one word of the source: "a draft of the order obtained by"
_THROUGH = _LANG.genitive_prepositions | {"as"}


def _relative_opening(words: Sequence[TaggedWord], start: int, text: str) -> int:
    """The start of a detail widened back over the relative pronoun that opens its clause, an article at most
    between ("which directs many of the federal disaster relief programs", "which the administration believes
    undermine", "who joined the central bank last month"): the clause is what the article adds, and the pronoun
    says what it is about (lang ``relative_pronouns``)."""
    before = [t.word for t in words if t.word.end <= start]
    if before and before[-1].norm in _ARTICLES:
        before = before[:-1]
    if not before or before[-1].norm not in _LANG.relative_pronouns:
        return start
    pronoun = before[-1]
    return pronoun.start if not text[pronoun.end:start].strip(" ") or \
        all(w.isalpha() for w in text[pronoun.end:start].split()) else start


def _aged(words: Sequence[TaggedWord], start: int, text: str) -> int:
    """The start of a detail that opens with a person's age in apposition ("Powell, 84, was"), widened back over
    the name it qualifies: the age is the person's, and the detail says whose."""
    at = next((k for k, t in enumerate(words) if t.word.start == start), None)
    if at is None or at == 0:
        return start
    t, before = words[at], words[at - 1]
    if not (t.word.text.isdigit() and len(t.word.text) <= 3 and text[t.word.end:t.word.end + 1] == ","
            and text[before.word.end:start] == ", " and before.is_name):
        return start
    return before.word.start


#: the parts of speech of a verb group: what may join a new name to the new figure it gets ("will get", "is getting")
_VERB_GROUP = frozenset({"AUX", "VERB", "PART", "ADV"})


def _with_figures(details: list[Detail], words: Sequence[TaggedWord], text: str) -> list[Detail]:
    """``details`` where a new name and the new figure right after it, with only a verb group between
    ("Connecticut will get $86 million"), are one detail: who gets the figure is part of it."""
    out: list[Detail] = []
    for d in details:
        last = out[-1] if out else None
        if last is not None and last.kind == "name" and d.kind == "number":
            between = [t for t in words if last.end <= t.word.start and t.word.end <= d.start]
            gap = text[last.end:d.start]
            for t in between:
                gap = gap.replace(t.word.text, " ", 1)
            if between and all(t.pos in _VERB_GROUP for t in between) and not gap.strip(" " + "".join(
                    _LANG.conflicts.currency_signs)):
                out[-1] = replace(d, text=text[last.start:d.end], start=last.start)
                continue
        out.append(d)
    return out


#: the parts of speech a new figure's phrase runs over: what it counts and where ("75 cents at the gas pump",
#: "7.2 million doses of the vaccine")
_COUNTED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "DET", ""})


def _counted(words: Sequence[TaggedWord], end: int, text: str) -> int:
    """The end of a new figure's detail (a run that ends at ``end``), widened over the phrase after it that says what
    it counts: nouns, adjectives, prepositions and articles, nothing but spaces between, up to a verb, a
    conjunction, a pronoun, a punctuation mark or another figure in digits ("about 75 cents at the gas pump —", "more
    than six times more oil from Russia than", "Game 1 [of the 1954 World Series]"); an ampersand between two names
    is no punctuation but part of the name ("7.2 million doses of Johnson & Johnson vaccine"). A figure the source
    lacks is a fact the reader cannot check, and what it counts with it; the phrase's last word is a noun or a name,
    not a preposition left hanging. A run inside the phrase joins it."""
    before = [t for t in words if t.word.end <= end]
    after = [t for t in words if t.word.start >= end]
    last, at = end, end
    for k, t in enumerate(after):
        gap = text[at:t.word.start].strip()
        prev = after[k - 1] if k else before[-1] if before else None
        if (gap and not (gap == "&" and prev is not None and prev.is_name and t.is_name)
                and not _range_dash(gap, prev, t)) or t.pos not in _COUNTED_POS:
            break  # (an ampersand joins the parts of a name: "doses of Johnson & Johnson vaccine")
        if k and t.word.text[:1].isdigit() and after[k - 1].word.kind != "number":
            break  # another figure, and its own phrase: "Game 1 [of the 1954 World Series]"
        if prev is not None and prev.pos in _NOUN_POS and _time_phrase(after, k):
            break  # when, not what it counts: "the big four bank [in December 2019]" ("projected in May" goes on)
        at = t.word.end
        if t.pos in ("NOUN", "PROPN") or t.word.kind == "number":
            last = at
    return last


def _time_phrase(after: Sequence[TaggedWord], k: int) -> bool:
    """Whether ``after[k]`` is a preposition of a point in time (:data:`_POINT_PREPOSITIONS`: "in", "on", "at"; not
    "since 1994", "until 2026", a span) that heads a time phrase: a month, a year of four digits or a day of the week
    right after it, an article between or not ("in December 2019", "on Monday"). A figure's phrase says what it
    counts and where; when the thing counted, a noun, is told is a fact of its own, weighed as a date."""
    if after[k].pos != "ADP" or after[k].word.norm not in _POINT_PREPOSITIONS:
        return False
    nxt = after[k + 1:k + 3]
    if nxt and nxt[0].word.norm in _ARTICLES:
        nxt = nxt[1:]
    if not nxt:
        return False
    t = nxt[0]
    return _is_month(t) or t.word.norm in _LANG.conflicts.weekdays or is_year(t.word)


#: the prepositions of a point in time (:func:`_time_phrase`): "in December", "on Monday"
_POINT_PREPOSITIONS = _LANG.prepositions - _LANG.time_prepositions

#: the marks that join the two ends of a range of figures: "two-three per cent", "18–48"
_RANGE_DASHES = HYPHENS | {"\u2013", "\u2014"}


def _range_dash(gap: str, prev: TaggedWord | None, t: TaggedWord) -> bool:
    """Whether ``gap``, between the number ``prev`` and the number ``t``, is the dash of a range, from the smaller
    to the larger ("two-three per cent target range"): the range's second end and what it counts are the new
    figure's phrase too."""
    if gap not in _RANGE_DASHES or prev is None or prev.word.kind != "number" or t.word.kind != "number":
        return False
    low, high = number_value(prev.word.norm), number_value(t.word.norm)
    return low is not None and high is not None and low < high  # (a vote of "10-2" is a tally, not a range)


_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_JOINED = frozenset({" ", "-", "‑"})
_CURRENCY_WORDS = _LANG.currency_words


def _noun_phrase(words: Sequence[TaggedWord], start: int, end: int, text: str) -> tuple[int, int]:
    """A detail (``start`` to ``end``) widened to the noun phrase of its new head noun: the nouns, names, adjectives
    and numbers right before it ("two weeks" where the source's "two" counts monuments, "the Chula Vista Police
    Station" where it names the department; not a date, not a figure before a currency's word, and not for a first
    name before a surname: "Anthony Blinken"), and the nouns right after a noun at its end (not up to a name); only a
    space or a hyphen between. The new word makes the phrase another thing than the source's words in it."""
    inside = [k for k, t in enumerate(words) if start <= t.word.start < end]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]

    def joined(a: int, b: int) -> bool:
        return text[words[a].word.end:words[b].word.start] in _JOINED

    head = not (first + 1 < len(words) and words[first + 1].pos in _NOUN_POS and joined(first, first + 1)
                and not start <= words[first + 1].word.start < end)
    if words[first].pos in _NOUN_POS and head:
        k = first
        # (not a figure before a currency's word: "1.5bn dollars" is the source's "$1.5 billion")
        while k > 0 and words[k - 1].pos in _MODIFIER_POS and joined(k - 1, k) \
                and not (words[k - 1].word.kind == "number" and words[first].word.norm in _CURRENCY_WORDS):
            k -= 1
        months = [j for j in range(k, first) if _is_month(words[j])]
        if months:
            k = months[-1] + 1
            while k < first and words[k].word.kind == "number":
                k += 1
        first = k
    if words[last].pos == "NOUN":
        while last + 1 < len(words) and words[last + 1].pos == "NOUN" and joined(last, last + 1):
            last += 1
    return min(start, words[first].word.start), max(end, words[last].word.end)


def _bounded(words: Sequence[TaggedWord], start: int, text: str) -> int:
    """The start of a new figure's detail (a run that starts at ``start``), widened back over the words that say how
    exact it is, right before it: "about 75 cents", "more than six times", "at least two" (lang ``hedges`` and
    ``figure_bounds``). Alone they are no detail; with a new figure they are part of it."""
    before = [t for t in words if t.word.end <= start]
    at = start
    for t in reversed(before):
        if text[t.word.end:at].strip() or (t.word.norm not in _LANG.hedges and t.word.norm not in _LANG.figure_bounds):
            break
        at = t.word.start
    return at


#: the parts of speech a rank's phrase runs over: what it ranks and among what ("the first such designation in the
#: country's history", "the third out lesbian on a circuit court"), and a verb after "to" ("the first foreign leader
#: to personally congratulate Yoon"); an untagged word ends it (a text read line by line is tagged in part only)
_RANKED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "DET", "PART", "ADV"})
#: words a rank's phrase runs over at most
_RANKED_REACH = 10


def _ranked(words: Sequence[TaggedWord], start: int, end: int, text: str) -> tuple[int, int]:
    """A detail's bounds (a run from ``start`` to ``end``) widened to the phrase of a rank word in it or just before
    it (lang ``rank_words``; at most two adjectives or adverbs between: "first Muslim American", "third out
    lesbian"): from the rank word to the end of what it ranks, nouns, adjectives, names, prepositions and articles,
    and a verb after "to", nothing but spaces between, its last word a noun, a name or a number. "The first X" is
    one claim: the rank is nothing without what it ranks, and what it ranks is no news without the rank."""
    inside = [k for k, t in enumerate(words) if start <= t.word.start < end]
    if not inside:
        return start, end
    rank = next((k for k in inside if words[k].word.norm in _LANG.rank_words), None)
    k = inside[0]
    while rank is None and k > 0 and inside[0] - k < 3 and not text[words[k - 1].word.end:words[k].word.start].strip():
        k -= 1
        if words[k].word.norm in _LANG.rank_words:
            rank = k
        elif words[k].pos not in ("ADJ", "ADV"):
            break
    if rank is None:
        return start, end
    last = at = words[rank].word.end
    for n, t in enumerate(words[rank + 1:rank + 1 + _RANKED_REACH]):
        before = words[rank + n]
        if text[at:t.word.start].strip():
            break
        if t.pos not in _RANKED_POS and not (t.pos == "VERB" and (before.word.norm == "to" or (
                before.pos == "ADV" and n > 0 and words[rank + n - 1].word.norm == "to"))):
            break
        at = t.word.end
        if t.pos in ("NOUN", "PROPN") or t.word.kind == "number":
            last = at
    return min(start, words[rank].word.start), max(end, last)


def _role(words: Sequence[TaggedWord], start: int, text: str) -> int:
    """The start of a new name's detail (a run that starts at ``start``), widened back over the title of the role
    just before it and what qualifies it (lang ``titles`` and ``role_modifiers``): "former President Bill Clinton",
    "Defense Secretary Pete Hegseth". Who the person is, the article says with the role."""
    before = [t for t in words if t.word.end <= start]
    at, titled = start, False
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        norm = t.word.norm
        gap = text[t.word.end:at].strip(" -")
        if gap and not (gap == "." and norm in _LANG.conflicts.titles):  # (an abbreviated title's stop: "Dr. Hope")
            break
        if norm in _LANG.conflicts.titles:
            titled = True
        elif not (norm in _LANG.role_modifiers or (t.is_name and k + 1 < len(before)
                                                    and before[k + 1].word.norm in _LANG.conflicts.titles)):
            break
        at = t.word.start
    return at if titled else start


def _titled(words: Sequence[TaggedWord], end: int, text: str) -> int:
    """The end of a new name's detail (a run that ends at ``end`` on a capitalised word), widened over the title of a
    role right after it, only a space between (lang ``titles``): "Finance Minister" where the source has "Acting
    Minister", "Health Secretary". The new word says which role; the role is the fact, read whole, as
    :func:`_role` reads a title before a new name."""
    k = next((n for n, t in enumerate(words) if t.word.end == end), None)
    if k is None or k + 1 >= len(words) or not words[k].word.text[:1].isupper():
        return end
    title = words[k + 1]
    if title.word.norm in _LANG.conflicts.titles and title.word.text[:1].isupper() \
            and text[end:title.word.start] == " ":
        return title.word.end
    return end


def _whole_name(words: Sequence[TaggedWord], start: int, end: int, text: str,
                given: frozenset[str] | set[str] = frozenset()) -> tuple[int, int]:
    """A name's detail (a run from ``start`` to ``end``) widened to the whole of the name it begins or ends inside:
    the capitalised words right before and after it, nothing but a space between, that are no name the source
    gives (``given``): "International Women's Day" where the source has "women" and "day", but "Anthony" alone
    in "Anthony Blinken" where the source names "Antony Blinken". A name is one fact, read whole."""
    inside = [k for k, t in enumerate(words) if start <= t.word.start < end]
    if not inside:
        return start, end

    def named(k: int) -> bool:  # a name, or a capitalised word inside the segment ("Day" of a name), not the source's
        t = words[k]
        return (t.is_name or (k > 0 and t.word.text[:1].isupper() and t.word.kind == "word")) \
            and t.word.key not in given

    first, last = inside[0], inside[-1]
    if named(first):
        while first > 0 and named(first - 1) and text[words[first - 1].word.end:words[first].word.start] == " ":
            first -= 1
    if named(last):
        while last + 1 < len(words) and named(last + 1) \
                and text[words[last].word.end:words[last + 1].word.start] == " ":
            last += 1
        last = _of_name(words, last, text)
    return min(start, words[first].word.start), max(end, words[last].word.end)


def _longer_name(words: Sequence[TaggedWord], start: int, end: int, text: str,
                 held: frozenset[int] = frozenset()) -> int:
    """The end of a new name's detail (ending at ``end`` on a capitalised word), widened over the capitalised words
    right after it, nothing but a space between, though the source gives them: the name the new word opens is
    another name than the source's words in it ("Long Island City", "Sandy Hook Elementary School" where the source
    has "City", "Elementary School"). :func:`_whole_name` stops at a name the source
    gives; this reads on, the new word being the start of one longer name, up to a title (lang ``titles``:
    "Republican Gov. Greg Gianforte" holds a name after its title). One new word alone before one name, that name
    ending there, is a first name before a surname ("Anthony" alone in "Anthony Blinken" where the source names
    "Lloyd Blinken"): not read on. Nor through a word the counterparts hold (``held``: the starts of the words found
    in them), which the article restates there ("the Ole Miss Graduate School" against a counterpart's "graduate
    school")."""
    k = next((n for n, t in enumerate(words) if t.word.end == end), None)
    if k is None or not words[k].word.text[:1].isupper() or words[k].word.kind != "word":
        return end
    first = k
    while k + 1 < len(words) and text[words[k].word.end:words[k + 1].word.start] == " " \
            and words[k + 1].word.kind == "word" and words[k + 1].word.text[:1].isupper() \
            and (words[k + 1].is_name or words[k + 1].pos in _NOUN_POS) \
            and words[k + 1].word.norm not in _LANG.conflicts.titles and words[k + 1].word.start not in held:
        k += 1
    alone = first == 0 or words[first - 1].word.end <= start or not words[first - 1].word.text[:1].isupper() \
        or text[words[first - 1].word.end:words[first].word.start] != " "
    if k == first + 1 and alone:
        return end  # a first name before a surname
    return words[k].word.end


def _of_name(words: Sequence[TaggedWord], last: int, text: str) -> int:
    """The last word of a name with "of" inside that a new name's word ``words[last]`` opens ("the Baseball Hall of
    Fame" where the source has "Hall of Fame"): capitalised words right after it and an "of" (an article allowed)
    between capitalised words, nothing but a space between; ``last`` itself when no "of" follows inside the name.
    The longer name is another name than the source's, read whole (not "Anthony" alone in "Anthony Blinken", which
    has no "of")."""
    def spaced(a: int, b: int) -> bool:
        return text[words[a].word.end:words[b].word.start] == " "

    def capital(k: int) -> bool:
        return k < len(words) and words[k].word.kind == "word" and words[k].word.text[:1].isupper()

    k, end, crossed = last, last, False
    while k + 1 < len(words) and spaced(k, k + 1):
        if capital(k + 1):
            k += 1
        elif words[k + 1].word.norm in _LANG.genitive_prepositions:
            nxt = k + 2
            if nxt < len(words) and words[nxt].word.norm in _ARTICLES and spaced(k + 1, nxt):
                nxt += 1
            if not (capital(nxt) and spaced(nxt - 1, nxt)):
                break
            k, crossed = nxt, True
        else:
            break
        if crossed:
            end = k
    return end


def _owner(words: Sequence[TaggedWord], start: int, text: str) -> int:
    """The start of a detail (a run that starts at ``start``), widened back over a name in the possessive just
    before it: "Bennett's office", "Yoon's aides" say whose, and the whose is part of what the article adds (a
    second source, another party), though the source gives the name."""
    before = [t for t in words if t.word.end <= start]
    if before and before[-1].is_name and before[-1].word.text.lower().endswith(("'s", "’s")) \
            and not text[before[-1].word.end:start].strip():
        return before[-1].word.start
    return start


def _unit(ws: Sequence[TaggedWord], i: int, text: str = "") -> str | None:
    """What the number ``ws[i]`` (content words) measures, when the word right after it says (a space at most
    between): a scale ("90 million"), a unit of lang ``figure_units``, a period or a currency ("90 percent", "60
    days"); with ``text`` (the number's own text), a percent sign right after it ("90%")."""
    t = ws[i]
    if text and text[t.word.end:t.word.end + 1] == "%":
        return "percent"
    split = _split_unit(ws, i, text)
    if split is not None:
        return split
    if i + 1 >= len(ws) or ws[i + 1].word.start - t.word.end > 1:
        return None
    after = ws[i + 1].word
    if after.kind == "number":
        return after.norm if len(after.norm) > 3 and set(after.norm[1:]) == {"0"} else None  # a scale: 1000000
    if after.norm in _LANG.figure_units or after.norm in _LANG.conflicts.periods \
            or after.norm in _LANG.conflicts.currencies:
        return "percent" if after.norm.startswith("percent") else after.key
    return None


#: how many of the second unit one of the first is, both ways (lang ``unit_conversions``)
_FACTORS = {**{(a, b): f for a, b, f in _LANG.unit_conversions},
            **{(b, a): 1 / f for a, b, f in _LANG.unit_conversions}}
#: how far a figure in another unit may be from the exact conversion: rounded to two significant digits
_CONVERTED_WITHIN = 0.05


def _measure(ws: Sequence[TaggedWord], i: int, text: str) -> tuple[str, int] | None:
    """The unit of measure (lang ``measure_units``) the number ``ws[i]`` counts, read in the words right after it
    (a space or a hyphen between: "90,000-square-foot", "800 square kilometers"), and the index of its last word."""
    k, unit = i + 1, ""
    if k < len(ws) and ws[k].word.norm == "square" and text[ws[k - 1].word.end:ws[k].word.start] in _UNIT_JOINS:
        unit, k = "square ", k + 1
    if k >= len(ws) or text[ws[k - 1].word.end:ws[k].word.start] not in _UNIT_JOINS \
            or ws[k].word.norm not in _LANG.measure_units:
        return None
    return unit + _LANG.measure_units[ws[k].word.norm], k


def _conversions(profile: Profile, text: str) -> frozenset[int]:
    """The words of each figure in brackets right after a figure, that figure in another unit of lang
    ``unit_conversions`` ("the 90,000-square-foot (8,360-square-meter) facility", "225,000 acres (910 square
    kilometers)"): the reader's conversion of the figure before it, no fact of its own."""
    ws = profile.words
    out: set[int] = set()
    for i, t in enumerate(ws):
        first = _measure(ws, i, text) if t.word.kind == "number" else None
        if first is None or first[1] + 1 >= len(ws):
            continue
        k = first[1] + 1
        second = _measure(ws, k, text) if ws[k].word.kind == "number" else None
        if second is None or text[ws[first[1]].word.end:ws[k].word.start].strip() != "(" \
                or not text[ws[second[1]].word.end:].startswith(")"):
            continue
        factor = _FACTORS.get((first[0], second[0]))
        a, b = number_value(t.word.norm), number_value(ws[k].word.norm)
        if factor is not None and a and b and abs(a * factor - b) <= _CONVERTED_WITHIN * a * factor:
            out.update(range(k, second[1] + 1))
    return frozenset(out)


def _numeric_dates(profile: Profile, text: str, counterparts: Sequence[Profile]) -> frozenset[int]:
    """The words of each date written in figures ("banned for 10 months (29/10/22 to 28/8/23)") that is, read day
    first or month first, a date a counterpart gives in words ("from 29 October 2022 to 28 August 2023"): the
    source's date, written short."""
    if not profile.words:
        return frozenset()
    given = {(_MONTH_NUMBERS[m], int(d), int(y)) for other in counterparts
             for m, d, y in _dates([t.word.norm for t in other.words]) if y}
    if not given:
        return frozenset()
    out: set[int] = set()
    start, end = profile.words[0].word.start, profile.words[-1].word.end
    for m in NUMERIC_DATE_RE.finditer(text, start, end):
        a, b, year = int(m.group(1)), int(m.group(2)), full_year(int(m.group(3)))
        if (b, a, year) in given or (a, b, year) in given:
            out.update(i for i, t in enumerate(profile.words) if m.start() <= t.word.start and t.word.end <= m.end())
    return frozenset(out)


def _split_unit(ws: Sequence[TaggedWord], i: int, text: str) -> str | None:
    """The unit written in two words right after the number ``ws[i]`` ("19 per cent": "percent"; lang
    ``split_units``), its second word the next content word; None without one."""
    if not text or i + 1 >= len(ws):
        return None
    between = text[ws[i].word.end:ws[i + 1].word.start].split()
    return next((unit for first, second, unit in _LANG.split_units
                 if between == [first] and ws[i + 1].word.norm == second), None)


def _other_units(profile: Profile, found: frozenset[int], counterparts: Sequence[Profile],
                 text: str) -> frozenset[int]:
    """The numbers of ``found`` whose counterparts give them in another unit only: "almost 90 percent of critical
    infrastructure" against "almost 90 million residential customers" is another figure, not the source's (each
    side's unit read from the word right after the number, :func:`_unit`; a side without one says nothing)."""
    out = set()
    for i in found:
        t = profile.words[i]
        if t.word.kind != "number":
            continue
        mine = _unit(profile.words, i, text)
        if mine is None:
            continue
        theirs = [_unit(other.words, j) for other in counterparts for j, o in enumerate(other.words)
                  if o.word.key == t.word.key]
        if theirs and all(u is not None and u != mine for u in theirs):
            out.add(i)
    return frozenset(out)


#: a mark of lang ``clock_marks`` as the text writes it, with or without dots ("p.m.", "am", "PM"): :func:`_clock_mark`
_MARK = r"([A-Za-z]\.?[A-Za-z]\.?)(?![A-Za-z])"
#: what follows the hour of a time of day in the text: its minutes after a colon ("14:30"), or a mark of lang
#: ``clock_marks`` after it or after its minutes, with or without dots and a space ("2 p.m.", "9am", "2:30 PM")
_AFTER_HOUR = re.compile(r"(:\d\d)(?!\d)|(?::\d\d)? ?" + _MARK)
#: what comes before the minutes of a time of day: the hour and a colon ("14:30")
_BEFORE_MINUTES = re.compile(r"\d:")


def _clock_mark(written: str) -> str:
    """The folded mark of lang ``clock_marks`` that ``written`` (a match of :data:`_MARK`) is, or "" for none."""
    mark = fold_word(written.replace(".", ""))
    return mark if mark in _LANG.clock_marks else ""


def time_of_day(text: str, words: Sequence[TaggedWord], k: int) -> bool:
    """Whether the number ``words[k]`` (offsets into ``text``; all a segment's words or its content words alone) is
    the hour or the minutes of a time of day: minutes after a colon right after it ("at 14:30"), a mark of lang
    ``clock_marks`` right after it or after its minutes ("2 p.m.", "9 am", "9am", "2:30 p.m."), or, two digits, it
    follows an hour and a colon (the "30" of "14:30"). Read from the text, so a function word between ("am") counts.
    The owner of the idea: the discrepancy rules' date line asks it too."""
    t = words[k].word
    if t.kind != "number":
        return False
    after = _AFTER_HOUR.match(text, t.end)
    if after is not None and (after.group(1) or _clock_mark(after.group(2))):
        return True
    return len(t.text) == 2 and t.text.isdigit() and \
        _BEFORE_MINUTES.fullmatch(text, max(0, t.start - 2), t.start) is not None


#: a time of day from its hour: the hour, its minutes after a colon, a mark after them
_TIME = re.compile(r"(\d{1,2})(?::(\d\d))?(?: ?" + _MARK + ")?")
_HOUR_BEFORE = re.compile(r"\d{1,2}:")


def _clock_value(text: str, t: TaggedWord) -> tuple[int, int, int] | None:
    """The time of day whose hour or minutes the number ``t`` is (:func:`time_of_day`), as its minute of the day
    and the span of text it takes: "2:30 p.m." and "14:30" are both 870 (a mark of lang ``afternoon_marks`` puts the
    hour after noon; "12 a.m." is midnight)."""
    start = t.word.start
    before = _HOUR_BEFORE.search(text, max(0, start - 3), start)
    if before is not None and before.end() == start:
        start = before.start()
    m = _TIME.match(text, start)
    if m is None:
        return None
    hour, minutes = int(m.group(1)), int(m.group(2) or 0)
    mark = _clock_mark(m.group(3)) if m.group(3) else ""
    end = m.end() if mark else m.end(2) if m.group(2) else m.end(1)
    if mark and hour == 12:
        hour = 0
    if mark in _LANG.afternoon_marks and hour < 12:  # "14 p.m." is 14:00, the mark said twice
        hour += 12
    return hour * 60 + minutes, start, end


def _clock_times(profile: Profile, found: frozenset[int], counterparts: Sequence[Profile],
                 text: str, source_text: str = "") -> frozenset[int]:
    """``found`` with each time of day (:func:`time_of_day`) read whole: its words (the hour, the minutes, the mark)
    are found where a counterpart gives the same time (read in ``source_text``, the counterparts' text), however
    written ("14:30" for "2:30 p.m."), and none of them is otherwise: "around 2 p.m." beside a counterpart's "two
    Guardsmen" tells the hour the source does not (the two met as the same figure, of another thing)."""
    times = {v for i, t in enumerate(profile.words) if time_of_day(text, profile.words, i)
             for v in [_clock_value(text, t)] if v is not None}
    if not times:
        return found
    given = {v[0] for other in counterparts for j, o in enumerate(other.words)
             if source_text and time_of_day(source_text, other.words, j)
             for v in [_clock_value(source_text, o)] if v is not None}
    out = set(found)
    for value, start, end in times:
        inside = {i for i, t in enumerate(profile.words) if start <= t.word.start and t.word.end <= end}
        if value in given:
            out |= inside
        else:
            out -= inside
    return frozenset(out)


def _salience(kind: str, words: Sequence[TaggedWord], start: int) -> str:
    """The salience class of a detail of ``kind`` whose first word starts at ``start`` (see
    :data:`alignment.model.DETAIL_SALIENCE`): a name after a preposition of place ("in Annapolis", "from Turkey")
    is a place; a run of other words is "other"."""
    if kind == "word":
        return "other"
    if kind == "name":
        before = [t.word for t in words if t.word.end <= start]
        return "place" if before and before[-1].norm in _LANG.place_prepositions else "name"
    return kind
