"""Similarity between every derivative claim and every source claim.

Two signals, both on the folded copy of the text:

* **content share** — which IDF-weighted content words of one segment are found in the other
  (a word is found when its stem, its lemma's stem, or a compound it forms with its neighbour
  occurs there). ``support[d][s]`` is the share of derivative segment *d* found in source segment
  *s*; ``coverage[d][s]`` the share of *s* found in *d*. Computed through an inverted index, so only
  pairs that share a word cost anything.
* **fuzzy** — rapidfuzz ``token_set_ratio`` of the folded content words, with ``process.cpdist``, for
  the pairs that end up aligned (:func:`fuzzy_scores`).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from alignment.engine.acronyms import acronym_alternatives, pair_acronyms
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import SegmentKind
from alignment.text.normalize import fold_word, number_value, quantity, stem
from alignment.text.segment import Analyzed, TaggedWord

# Names and numbers say what a claim is about: missing them counts more than missing a common word.
NAME_BOOST = 1.5

__all__ = ["Profile", "Scores", "profile_segments", "score_pairs", "share"]


@dataclass(frozen=True)
class Profile:
    """The content of one segment, ready for matching."""

    words: tuple[TaggedWord, ...]  # content words, in order
    alternatives: tuple[frozenset[str], ...]  # per content word: the keys it may be found under
    weights: tuple[float, ...]  # per content word: IDF weight (repeats of a key weigh once)
    keys: frozenset[str]  # every key of the segment, compounds included: what others look up
    text: str  # folded content words, for fuzzy scoring
    #: per content word: its key (what "the same word" means when distinct words are counted)
    word_keys: tuple[str, ...]
    #: indices of the content words that are names or numbers
    names: frozenset[int]
    #: the sum of ``weights``: what a share is a share of
    total: float


_SCALES = frozenset({"1000", "1000000", "1000000000", "1000000000000"})
#: scale words the number words do not fold, with their value ("two dozen" = 24, "40 lakh" = 4 million: lang
#: ``scale_words``): after a number, the number and the word are one quantity, as "1.5 billion" is
_WORD_SCALES = _LANG.conflicts.scale_words
#: a number's unit written short for basis points ("25 bps", "50bp" read as "50 bp"): one measure with "25 basis
#: points" and "a quarter point"
_BASIS_POINTS = _LANG.conflicts.basis_point_units


#: a number is "about" a round value only this close to it (a share of the number): rounding to one significant
#: digit moves 1,901 by 5% ("nearly 2,000") and 3.4 million by 12% ("more than 3 million"), but 15 by a third
#: (``~20``), and "over 15 years" said nothing of the 19 of "COVID-19"
APPROXIMATE_WITHIN = 0.15


def _approximations(value: float) -> set[str]:
    """The keys of ``value`` rounded to one and two significant digits, each only where the rounding moves it by
    at most :data:`APPROXIMATE_WITHIN` of itself: what a hedged number ("nearly 2,000") meets.

    >>> sorted(_approximations(1901)), sorted(_approximations(15)), sorted(_approximations(19))
    (['~1900', '~2000'], ['~15'], ['~19', '~20'])
    """
    out = set()
    for digits in (1, 2):
        rounded = float(f"{value:.{digits}g}")
        if abs(rounded - value) <= APPROXIMATE_WITHIN * abs(value):
            out.add("~" + quantity(rounded))
    return out


#: the significant digits a figure restated in round terms keeps: "$101.3 million" for $101,302,478 keeps four
ROUNDED_DIGITS = 4


def _offers(value: float) -> set[str]:
    """The keys every number offers besides its own: itself rounded (``~``) and cut off (``>``) to one to
    :data:`ROUNDED_DIGITS` significant digits, each only where that moves it by at most :data:`APPROXIMATE_WITHIN`
    of itself. A report restates a table's $101,302,478 as "$101.3 million" and its $56,870,542 as "more than $56
    million": a number given with its scale ("101.3 million", "$21 million") or a hedge ("nearly 2,000",
    :func:`_approximations`) meets the rounded values, one after "more than" or "over" the values cut off too.

    >>> sorted(_offers(8370570))
    ['>8000000', '>8300000', '>8370000', '~8000000', '~8370000', '~8371000', '~8400000']
    """
    out = set()
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    for digits in range(1, ROUNDED_DIGITS + 1):
        unit = 10.0 ** (magnitude - digits + 1)
        for mark, rounded in (("~", float(f"{value:.{digits}g}")), (">", math.trunc(value / unit) * unit)):
            if abs(rounded - value) <= APPROXIMATE_WITHIN * abs(value):
                out.add(mark + quantity(rounded))
    return out


#: the denominators of a fraction written with a slash ("1/4", "3/8"): a fraction of a point or a percent, where a
#: date ("9/11") or a ratio ("24/7") is none
SLASH_DENOMINATORS = frozenset({2, 3, 4, 8, 16})


def slash_fraction(text: str, words: Sequence[TaggedWord], k: int) -> float | None:
    """The value of a proper fraction written with a slash at ``words[k]`` ("1/4": 0.25), None if there is none there
    (``text`` the document's text): two whole numbers joined by one "/", the first smaller, the second one of
    :data:`SLASH_DENOMINATORS`, and no slash on either side ("3/4/2025" is a date). The one reading of such a
    fraction, for matching (:func:`_slash_fractions`) and for the discrepancy check."""
    if k + 1 >= len(words):
        return None
    a, b = words[k].word, words[k + 1].word
    if a.kind != "number" or b.kind != "number" or not (a.text.isascii() and a.text.isdigit()) \
            or not (b.text.isascii() and b.text.isdigit()) or text[a.end:b.start] != "/" \
            or text[a.start - 1:a.start] == "/" or text[b.end:b.end + 1] == "/":
        return None  # (ASCII digits only: "²" is a digit int() does not read)
    n, d = int(a.text), int(b.text)
    return n / d if 0 < n < d and d in SLASH_DENOMINATORS else None


def _slash_fractions(tagged: Sequence[TaggedWord], text: str) -> dict[int, tuple[float, int]]:
    """The fractions written with a slash in a segment (``text`` the document's text), by the index of their first
    word: its value and the index of its last word (:func:`slash_fraction`: "1/4" is 0.25); after a whole number and
    a hyphen it is that number's part ("3-3/4" is 3.75, read from the whole number on), as a central bank writes a
    rate and its step ("lower the target range ... by 1/4 percentage point to 3-3/4 to 4 percent", which a report
    gives as "a quarter percentage point to 3.75%-4%")."""
    out: dict[int, tuple[float, int]] = {}
    if not tagged or "/" not in text[tagged[0].word.start:tagged[-1].word.end]:
        return out
    for k in range(len(tagged) - 1):
        if (part := slash_fraction(text, tagged, k)) is None:
            continue
        w, a = (tagged[k - 1].word if k > 0 else None), tagged[k].word
        if w is not None and w.kind == "number" and w.text.isascii() and w.text.isdigit() \
                and text[w.end:a.start] == "-" and text[w.start - 1:w.start] not in ("/", "-"):
            out[k - 1] = (int(w.text) + part, k + 1)
        else:
            out[k] = (part, k + 1)
    return out


def _quantities(tagged: Sequence[TaggedWord], text: str = "", rounded: list[float] | None = None,
                ) -> tuple[dict[int, set[str]], set[str]]:
    """What the numbers of a segment may be found under besides their own words, by index into ``tagged``, and the
    keys they offer: a number and its scale as one quantity ("1.5 billion" meets "1.5bn"); points, basis points and
    fractions of a point as one measure ("25 basis points" meets "a quarter point"); a fraction written with a slash
    as its value ("1/4 percentage point" meets "a quarter percentage point", "3-3/4 percent" meets "3.75%":
    :func:`_slash_fractions`, read when ``text``, the document's text, is given); and, for a number after a
    hedge ("nearly 2,000", "more than 3 million"), the same number rounded, which every number offers.

    With ``rounded``, the numbers' values are put there instead of the keys of their roundings (:func:`_approximations`
    and :func:`_offers`: a dozen numbers formatted for each number), for :func:`profile_segments` to offer only
    where a look-up of either text could meet them (:func:`_rounding_offers`)."""
    lookups: dict[int, set[str]] = defaultdict(set)
    offers: set[str] = set()
    norms = [t.word.norm for t in tagged]
    if _LANG.point_fractions.keys().isdisjoint(norms) and all(t.word.kind != "number" for t in tagged):
        return lookups, offers  # most segments: no number, no fraction of a point (what the loop below reads)

    def after(i: int, *seq: str) -> bool:
        return tuple(norms[i + 1:i + 1 + len(seq)]) == seq

    scales: list[int] = []  # the numbers a scale word follows
    slashed = _slash_fractions(tagged, text) if text else {}
    inside: set[int] = set()  # the words of a fraction written with a slash: read as the fraction, not one by one
    for i, (part, last) in slashed.items():
        keys = {quantity(part)}
        if after(last, "basis", "points") or after(last, "basis", "point"):
            keys.add(quantity(part / 100) + "pt")
        elif after(last, "percentage", "points") or after(last, "percentage", "point") or after(last, "points") \
                or after(last, "point"):
            keys.add(quantity(part) + "pt")
        for k in range(i, last + 1):
            lookups[k] |= keys
            inside.add(k)
        offers |= keys

    for i, t in enumerate(tagged):
        if i in inside:
            continue
        value = number_value(t.word.norm) if t.word.kind == "number" else None
        if value is None:
            fraction = _LANG.point_fractions.get(t.word.norm)
            if fraction is not None and (after(i, "point") or after(i, "percentage", "point")):
                lookups[i].add(quantity(fraction) + "pt")
            continue
        if "." in t.word.norm and quantity(value) != t.word.norm:
            lookups[i].add(quantity(value))  # "$500,000.00" is $500,000
        scaled = i + 1 < len(tagged) and norms[i + 1] in _SCALES and tagged[i + 1].word.kind == "number" \
            and value < 1000
        worded = i + 1 < len(tagged) and norms[i + 1] in _WORD_SCALES and tagged[i + 1].word.kind == "word"
        if worded:  # "two dozen": 24, found where "24" is
            value *= _WORD_SCALES[norms[i + 1]]
            lookups[i].add(quantity(value))
        if scaled:
            value *= float(norms[i + 1])
            lookups[i].add(quantity(value))
            if len(t.word.norm.replace(".", "").strip("0")) >= 2:  # "$101.3 million", not "$9 million"
                lookups[i].add("~" + quantity(value))  # a round figure, met by $101,302,478
        if after(i, "basis", "points") or after(i, "basis", "point") or (
                i + 1 < len(tagged) and norms[i + 1] in _BASIS_POINTS):
            lookups[i].add(quantity(value / 100) + "pt")
        elif after(i, "percentage", "points") or after(i, "percentage", "point") or after(i, "points") \
                or after(i, "point"):
            lookups[i].add(quantity(value) + "pt")
        if rounded is None:
            offers.update(_approximations(value) | _offers(value))
        else:
            rounded.append(value)
        more = i > 0 and (norms[i - 1] == "over" or (i > 1 and norms[i - 1] == "than" and norms[i - 2] == "more"))
        hedge = more or (i > 0 and (norms[i - 1] in _LANG.hedges or (
            i > 1 and norms[i - 1] == "than" and norms[i - 2] in ("less", "fewer"))))
        if hedge:
            lookups[i].update(_approximations(value) | {"~" + quantity(value)})
        if more:  # "more than $56 million": $56,870,542 cut off
            lookups[i].add(">" + quantity(value))
        if scaled:
            scales.append(i)
    for i in scales:  # the scale word is found where its figure is: "$8.3 million" for $8,370,570 holds "million"
        lookups[i + 1] |= lookups[i]
    return lookups, offers


#: a segment this many words long at least, each in capitals, is written in capitals: its words are words
_SHOUTED_MIN_WORDS = 3


def _shouted(tagged: Sequence[TaggedWord]) -> bool:
    """Is a segment written in capitals ("FLORIDA STATE DEPARTMENT OF CHILDREN AND FAMILIES TALLAHASSEE FL")? Then a
    word in capitals is not known to be an acronym: in a table's row so written, "KANSAS" is also "Kansas". At
    least :data:`_SHOUTED_MIN_WORDS` words of letters, none with a lower-case letter. (Asked of table rows only:
    a shouted headline met the claims of WiCE's dev set in words that were no evidence.)"""
    letters = [t.word.text for t in tagged if any(ch.isalpha() for ch in t.word.text)]
    return len(letters) >= _SHOUTED_MIN_WORDS and not any(ch.islower() for w in letters for ch in w)


#: a word in capitals that opens a segment is a lead set in capitals when it is at least this long
_LEAD_IN_MIN_LETTERS = 4


def _lead_in_capitals(tagged: Sequence[TaggedWord]) -> bool:
    """Whether a segment opens with a content word in capitals, as a newspaper sets its lead's first word ("RESERVE
    Bank of Zimbabwe Governor ...", "SCIENTISTS have developed ..."), followed by a word in lower case or
    capitalised: a word, though its capitals make it read as an acronym (no stemmed key), which it is also found as
    ("RESERVE" where "Reserve" is). An acronym opening a sentence keeps its key, which is its stem too ("NASA",
    "FEMA")."""
    if len(tagged) < 2:
        return False
    first, nxt = tagged[0].word, tagged[1].word
    return first.kind == "acronym" and first.content and first.norm.isalpha() \
        and len(first.norm) >= _LEAD_IN_MIN_LETTERS and any(ch.islower() for ch in nxt.text)


#: a people's adjective's key -> its country's key ("russian" -> "russia"; lang ``demonyms``): the adjective is
#: also found where the country is named, and the country where the adjective is (it offers the country's key)
_DEMONYMS = {stem(fold_word(a)): stem(fold_word(c)) for a, c in _LANG.demonyms.items()}
_COUNTRIES = frozenset(_DEMONYMS.values())
#: a noun for the person a verb acts on -> the verb's key ("nomine" -> "nomin"; lang ``person_nouns``): the noun
#: also looks up and offers the verb's key, so "nominees" is found where "nominated" is, and back
_PERSON_NOUNS = {stem(fold_word(a)): stem(fold_word(v)) for a, v in _LANG.person_nouns.items()}

#: a word's key -> its synonym group's key, and (a phrase's first key, its second folded word) -> the group's key
#: (lang ``synonyms``): each word of a group also looks up and offers the group's key ("=" before its first word's
#: key, no word's key), so "died" is found where "passed away" is
_SYNONYMS: dict[str, str] = {}
_SYNONYM_PHRASES: dict[tuple[str, str], str] = {}
for _group in _LANG.synonyms:
    _head = "=" + stem(fold_word(_group[0].split()[0]))
    for _entry in _group:
        _parts = _entry.split()
        if len(_parts) == 1:
            _SYNONYMS[stem(fold_word(_parts[0]))] = _head
        else:
            _SYNONYM_PHRASES[stem(fold_word(_parts[0])), fold_word(_parts[1])] = _head


#: every key a word may find a group under (:func:`_synonyms`): the words of :data:`_SYNONYMS` and the first keys of
#: :data:`_SYNONYM_PHRASES`; a word with neither key among them has no group, and most words have none
_SYNONYM_KEYS = frozenset(_SYNONYMS) | frozenset(first for first, _ in _SYNONYM_PHRASES)


def _synonyms(tagged: Sequence[TaggedWord], i: int) -> str | None:
    """The synonym group's key of content word ``i`` of ``tagged`` (:data:`_SYNONYMS`), if it has one."""
    t = tagged[i]
    head = _SYNONYMS.get(t.word.key) or _SYNONYMS.get(t.lemma_key)
    if head is None and _SYNONYM_PHRASES and i + 1 < len(tagged):
        after = tagged[i + 1].word.norm
        head = _SYNONYM_PHRASES.get((t.word.key, after)) or _SYNONYM_PHRASES.get((t.lemma_key, after))
    return head


def _region_keys(codes: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """A region's postal code -> the keys its row is found under: its name's ("ga" -> "georgia"; "nd" ->
    "northdakota", the key the words "North Dakota" offer as a compound), and the last word of a longer name only
    where it names the region alone ("puertorico" and "rico"): not after a word of lang ``region_qualifiers`` ("New
    Mexico", "West Virginia", "American Samoa": the word names another place), nor a word that ends two names
    ("Carolina", "Dakota", "Island" of Rhode Island and the Virgin Islands), nor a place a people's adjective names
    (:data:`_COUNTRIES`: "Mexico", "Virginia")."""
    lasts = Counter(stem(fold_word(name.split()[-1])) for name in codes.values())
    out = {}
    for code, name in codes.items():
        words = name.split()
        last = stem(fold_word(words[-1]))
        alone = len(words) == 1 or not (words[0] in _LANG.region_qualifiers or lasts[last] > 1 or last in _COUNTRIES)
        out[code] = frozenset({stem(fold_word("".join(words)))} | ({last} if alone else set()))
    return out


def _region_tails(codes: Mapping[str, str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """A longer region name's last word's key -> (the name's length in words, the name's key), of each name it ends
    ("jersey" -> (2, "newjersey")): the last word of the whole name written out is also found under the name's key,
    where a row's code is (:func:`_region_keys`), as the last word alone is not."""
    tails: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for name in sorted(codes.values()):
        words = name.split()
        if len(words) > 1:
            tails[stem(fold_word(words[-1]))].append((len(words), stem(fold_word("".join(words)))))
    return {key: tuple(names) for key, names in tails.items()}


#: a region's postal code, folded -> the keys its row is found under (:func:`_region_keys`; lang ``region_codes``)
_REGION_KEYS = _region_keys(_LANG.region_codes)
_REGION_TAILS = _region_tails(_LANG.region_codes)


def _region_code(tagged: Sequence[TaggedWord], i: int) -> frozenset[str]:
    """The keys of the region whose postal code word ``i`` of a table's row is ("GA" of "GA 1,506,100 1,039,100",
    "MO" of "MISSOURI STATE DEPT OF MENTAL HEALTH JEFFERSON CITY MO $25,300,398"): two capital letters, a code of
    lang ``region_codes``. A story from a state-by-state fact sheet names the state ("Georgia") or its people
    ("Georgians", lang ``demonyms``) where the row gives the code. Asked of a table's row only: in running text "ME",
    "OK" and "IN" are words as often as states."""
    text = tagged[i].word.text
    if len(text) != 2 or not text.isalpha() or not text.isupper():
        return frozenset()
    return _REGION_KEYS.get(text.lower(), frozenset())


def _paired_people(tagged: Sequence[TaggedWord], i: int) -> bool:
    """Is word ``i`` one of two peoples' adjectives joined by a hyphen ("Israeli-Lebanese", "Russian-Ukrainian")?
    The compound names what lies between the two ("Israeli-Lebanese civilians' safe return home": the border's),
    not either country."""
    word = tagged[i].word
    if word.key not in _DEMONYMS:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(tagged):
            other = tagged[j].word
            if other.key in _DEMONYMS and (other.start - word.end if j > i else word.start - other.end) == 1:
                return True
    return False


def through_demonym(profile: Profile, found: frozenset[int], known: frozenset[str]) -> frozenset[int]:
    """The words of ``found`` (indices of ``profile``'s content words) that a text with the keys ``known`` holds
    only as the other form of a country's name (:data:`_DEMONYMS`): "Russian" where the source says "Russia". They
    relate two claims; as what the claim says, they are left to the detail rules as before (a detail such as
    "procure discounted Russian oil" is the claim's own wording)."""
    if not _DEMONYMS:
        return frozenset()
    keys = profile.word_keys
    return frozenset(i for i in found if keys[i] not in known and (keys[i] in _DEMONYMS or keys[i] in _COUNTRIES))


def _raw_profile(tagged: Sequence[TaggedWord], row: bool = False, text: str = "", rounded: list[float] | None = None,
                 wanted: set[float] | None = None,
                 ) -> tuple[list[TaggedWord], list[str], list[frozenset[str]], set[str]]:
    """A segment's content words, their keys, the keys each may be found under, and every key it offers; ``row``:
    the segment is a table's row (:func:`_shouted`); ``text``: the document's text (:func:`_quantities`);
    ``rounded``: where to put its numbers' values instead of offering their roundings (:func:`_quantities`), and
    ``wanted``: where to put the values its numbers look up in round terms (:func:`_rounding_offers`)."""
    lookups, offers = _quantities(tagged, text, rounded)
    if wanted is not None and lookups:
        wanted.update(float(key[1:]) for found in lookups.values() for key in found if key.startswith(_ROUNDING_MARKS))
    content_at = [i for i, t in enumerate(tagged) if t.word.content]
    content = [tagged[i] for i in content_at]
    word_keys = [t.word.key for t in content]
    if row and _shouted(tagged):  # "KANSAS STATE DEPARTMENT ... $8,370,570": a capitalised word is also the word
        for t, i in zip(content, content_at, strict=True):
            if t.word.kind == "acronym" and t.word.norm.isalpha():
                lookups[i].add(stem(t.word.norm))
    if _lead_in_capitals(tagged):  # "RESERVE Bank of Zimbabwe Governor ...": a newspaper's lead set in capitals
        lookups[0].add(stem(tagged[0].word.norm))
    if row and _REGION_KEYS:  # "GA 1,506,100 1,039,100": the row of Georgia
        for i in content_at:
            region = _region_code(tagged, i)
            if region:
                lookups[i] |= region
                offers |= region
    for i in content_at if _REGION_TAILS else ():  # "New Jersey": its "Jersey" is found where a row's "NJ" is
        for n, name_key in _REGION_TAILS.get(tagged[i].word.key, ()):
            if i >= n - 1 and stem(fold_word("".join(t.word.norm for t in tagged[i - n + 1:i + 1]))) == name_key:
                lookups[i].add(name_key)
    for i in content_at if _SYNONYMS else ():  # "died" is also found where "passed away" is, and back
        t = tagged[i]
        if t.word.key not in _SYNONYM_KEYS and t.lemma_key not in _SYNONYM_KEYS:
            continue  # (no group under either key: _synonyms finds none; a look-up of two keys, not four)
        head = _synonyms(tagged, i)
        if head is not None:
            lookups[i].add(head)
    # (most words: no look-up of a number and no people's adjective, their two keys alone; a frozenset of the two
    # made from a tuple holds them as the one made from the set does, in the same order)
    alts = [frozenset({key, t.lemma_key, *lookups.get(i, ())} | ({_DEMONYMS[key]} if key in _DEMONYMS
                                                                  and not _paired_people(tagged, i) else set())
                      | ({_PERSON_NOUNS[key]} if key in _PERSON_NOUNS else set()))
            if i in lookups or key in _DEMONYMS or key in _PERSON_NOUNS else frozenset((key, t.lemma_key))
            for key, t, i in zip(word_keys, content, content_at, strict=True)]
    keys: set[str] = set().union(*alts) if alts else set()
    keys |= offers
    # compounds: "air strikes" also offers "airstrik", "co-operation" offers "cooper"
    for a, b in itertools.pairwise(tagged):
        if a.word.kind == "word" and b.word.kind == "word":
            keys.add(stem(a.word.norm + b.word.norm))
    return content, word_keys, alts, keys


#: the keys of a number's roundings (:func:`_approximations`, :func:`_offers`) start with one of these; so do the
#: look-ups that meet them (a hedged number, a figure with its scale, one after "more than")
_ROUNDING_MARKS = ("~", ">")
#: a number's roundings lie within :data:`APPROXIMATE_WITHIN` of it; a look-up further than this share away meets none
_ROUNDING_REACH = 0.2
#: a number below this offers its roundings whatever the look-ups (a key's six decimals are no longer finer than
#: the reach around it)
_ROUNDING_FLOOR = 0.001


def _rounding_offers(values: Sequence[float], wanted: Sequence[float]) -> set[str]:
    """The keys of the roundings of ``values`` (:func:`_approximations`, :func:`_offers`) that a look-up could meet:
    those of a number with a rounding look-up of either text (``wanted``, their values, sorted) within
    :data:`_ROUNDING_REACH` of it. A rounding lies within :data:`APPROXIMATE_WITHIN` of its number, so the keys of a
    number with no look-up that near are found by no look-up: left out, they change no score, and most numbers of a
    text are never looked up in round terms (a dozen numbers formatted for each)."""
    out: set[str] = set()
    for value in values:
        if value >= _ROUNDING_FLOOR:
            k = bisect.bisect_left(wanted, value * (1 - _ROUNDING_REACH))
            if k == len(wanted) or wanted[k] > value * (1 + _ROUNDING_REACH):
                continue
        out |= _approximations(value) | _offers(value)
    return out


def profile_segments(sides: Sequence[Analyzed], claim_masks: Sequence[Sequence[bool]]) -> list[list[Profile]]:
    """Profiles for every segment of each side; IDF is computed over the claims of all sides."""
    rounded: list[list[list[float]]] = [[[] for _ in side.segments] for side in sides]
    looked_up: set[float] = set()
    raws = [[_raw_profile(words, seg.kind is SegmentKind.TABLE_ROW, side.text, values, looked_up)
             for seg, words, values in zip(side.segments, side.words, side_rounded, strict=True)]
            for side, side_rounded in zip(sides, rounded, strict=True)]
    # the roundings a number offers, only where a look-up of either text in round terms may meet them
    wanted = sorted(looked_up)
    for side_raw, side_rounded in zip(raws, rounded, strict=True):
        for (_, _, _, keys), values in zip(side_raw, side_rounded, strict=True):
            if values:
                keys |= _rounding_offers(values, wanted)
    # an acronym of either text and the words that write it out are found in each other ("FOMC" and "the Fed's
    # Open Market Committee"; alignment.engine.acronyms)
    acronyms = pair_acronyms(words for side in sides for words in side.words)
    for side, side_raw in zip(sides, raws, strict=True) if acronyms else ():
        for content, _, alts, keys in side_raw:
            extra, offers = acronym_alternatives(content, acronyms, side.text)
            for i, key in extra.items():
                alts[i] = alts[i] | {key}
            keys |= offers
    df: dict[str, int] = defaultdict(int)
    n_docs = 0
    for side_raw, mask in zip(raws, claim_masks, strict=False):
        for (_, word_keys, _, _), is_claim in zip(side_raw, mask, strict=False):
            if is_claim:
                n_docs += 1
                for key in set(word_keys):
                    df[key] += 1
    n_docs = max(n_docs, 1)
    idf = {key: math.log(1.0 + n_docs / count) for key, count in df.items()}
    unseen = math.log(1.0 + n_docs)  # a key in no claim
    out = []
    for side_raw in raws:
        profiles = []
        for content, word_keys, alts, keys in side_raw:
            seen: set[str] = set()
            weights = []
            names = []
            for i, (t, key) in enumerate(zip(content, word_keys, strict=False)):
                weight = idf.get(key, unseen)
                if t.pos == "PROPN" or t.word.kind in ("acronym", "number"):  # a name (TaggedWord.is_name) or a number
                    weight *= NAME_BOOST
                    names.append(i)
                weights.append(0.0 if key in seen else weight)
                seen.add(key)
            text = " ".join([t.word.norm for t in content])
            profiles.append(Profile(tuple(content), tuple(alts), tuple(weights), frozenset(keys), text,
                                    tuple(word_keys), frozenset(names), sum(weights)))
        out.append(profiles)
    return out


@dataclass(frozen=True)
class Scores:
    """Pairwise scores, sparse: only pairs sharing at least one content word appear."""

    found: dict[tuple[int, int], frozenset[int]]  # (d, s) -> indices of d's content words found in s
    found_rev: dict[tuple[int, int], frozenset[int]]  # (d, s) -> indices of s's content words found in d
    support: dict[tuple[int, int], float]
    coverage: dict[tuple[int, int], float]
    #: cosine similarity of the pair's sentence embeddings, when the semantic extra is used
    semantic: dict[tuple[int, int], float] = field(default_factory=dict)
    #: cosine of the pair's static word-vector means, when ``Config.static_vectors`` is on
    static: dict[tuple[int, int], float] = field(default_factory=dict)


def _index(profiles: Sequence[Profile], rows: Sequence[int]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i in rows:
        for key in profiles[i].keys:
            index[key].append(i)
    return index


#: a key found in more than this many segments of the other text (and in more than
#: ``_COMMON_SHARE`` of them) proposes no candidate pairs by itself: in a long document such words
#: tie everything to everything. It still counts as found in pairs that rarer words propose. Below
#: a few hundred segments nothing is blocked.
_COMMON_FLOOR = 100
_COMMON_SHARE = 0.1


#: candidate pairs kept per segment: in a long document a segment shares some word with hundreds of others,
#: and scoring and aligning all of them made the cost grow with the square of the length. Past this many,
#: the candidates whose words found weigh the most are kept (a segment aligns to a few at most). Documents
#: with fewer segments than this on the other side are never pruned.
_MAX_CANDIDATES = 100


def _best_candidates(profile: Profile, hits: dict[int, set[int]]) -> set[int]:
    """The :data:`_MAX_CANDIDATES` of the candidates (``hits``: candidate -> indices of ``profile``'s words found
    there through the keys that propose candidates at all) in which the largest IDF weight of ``profile``'s words
    is found; ties go to the earlier segment. A candidate's weight is summed over its own words found, in word
    order, not over every word's posting list: the same sums to the last bit, at a cost that follows the hits,
    not the postings of the candidates' words (hundreds of segments each in a long text)."""
    weights = profile.weights
    ranked: list[tuple[float, int]] = []  # (-weight, candidate): sorted as tuples, with no key function to call
    for t, found in hits.items():
        if len(found) == 1:  # most candidates: one word found, and 0.0 plus its weight is its weight
            (wi,) = found
            ranked.append((-weights[wi], t))
            continue
        total = 0.0
        # in word order: a sum of three or more floats may differ in its last bit taken in another order (of two,
        # never); a repeated key weighs 0.0 (it weighs once), which adds nothing
        for wi in found if len(found) < 3 else sorted(found):
            total += weights[wi]
        ranked.append((-total, t))
    ranked.sort()
    return {t for _, t in ranked[:_MAX_CANDIDATES]}


def _found(
    query: Sequence[Profile], rows: Sequence[int], index: dict[str, list[int]], targets: Sequence[Profile],
    interned: dict[tuple[int, ...], frozenset[int]], shares: dict[tuple[int, int], float] | None = None,
    flip: bool = False,
) -> dict[tuple[int, int], frozenset[int]]:
    """For each candidate pair (query row, target row), the indices of the query's content words found
    in the target. Candidates come from the index, blocked on keys too common to tell anything apart.

    Keys are ``(query row, target row)``, or ``(target row, query row)`` with ``flip``. Equal sets are one object
    (``interned``): a long document has hundreds of thousands of candidate pairs but only thousands of distinct
    sets of word indices, and a set costs some 200 bytes. Sets are shared only when they iterate in the same order
    too, so that every sum over one (:func:`share`) is the same to the last bit. With ``shares``, each pair's
    :func:`share` of the query's words found is put there under the same key, summed once per query row and found
    set (the same object iterates in the same order: the same sum to the last bit)."""
    limit = max(_COMMON_FLOOR, _COMMON_SHARE * len({t for posting in index.values() for t in posting}))
    found: dict[tuple[int, int], frozenset[int]] = {}
    for q in rows:
        hits: dict[int, set[int]] = defaultdict(set)  # target -> indices of the query's words found there
        common: list[tuple[int, str]] = []  # (word index, key) of keys too common to propose candidates
        for wi, alts in enumerate(query[q].alternatives):
            for key in alts:
                posting = index.get(key)
                if posting is None:
                    continue
                if len(posting) <= limit:
                    for t in posting:
                        hits[t].add(wi)
                else:
                    common.append((wi, key))
        candidates = set(hits)
        if len(candidates) > _MAX_CANDIDATES:
            candidates = _best_candidates(query[q], hits)
        for wi, key in common:  # found, but only in the candidates that rarer words propose
            for t in candidates:
                if key in targets[t].keys:
                    hits[t].add(wi)
        if shares is None:
            for t in sorted(candidates):
                words = frozenset(hits[t])
                found[(t, q) if flip else (q, t)] = interned.setdefault(tuple(words), words)
            continue
        profile = query[q]
        memo: dict[int, float] = {}  # id of a found set -> its share of this query row
        for t in sorted(candidates):
            words = frozenset(hits[t])
            words = interned.setdefault(tuple(words), words)
            pair = (t, q) if flip else (q, t)
            found[pair] = words
            value = memo.get(id(words))
            if value is None:
                value = memo[id(words)] = share(profile, words)
            shares[pair] = value
    return found


def share(profile: Profile, found: set[int] | frozenset[int]) -> float:
    """The IDF-weighted share of ``profile``'s content words whose indices are in ``found``."""
    total = profile.total
    if not total:
        return 0.0
    weights = profile.weights
    return sum([weights[i] for i in found]) / total


def score_pairs(
    deriv: Sequence[Profile], d_rows: Sequence[int], source: Sequence[Profile], s_rows: Sequence[int]
) -> Scores:
    """Score every derivative claim (``d_rows``) against every source claim (``s_rows``)."""
    interned: dict[tuple[int, ...], frozenset[int]] = {}
    support: dict[tuple[int, int], float] = {}
    coverage: dict[tuple[int, int], float] = {}
    fwd = _found(deriv, d_rows, _index(source, s_rows), source, interned, support)
    rev = _found(source, s_rows, _index(deriv, d_rows), deriv, interned, coverage, flip=True)  # keyed (d, s) too
    none: frozenset[int] = frozenset()
    # one key object per pair, shared by the four tables (a pair's tuple costs as much as its entry in one)
    # fwd's pairs come in order (d, then s, for rows in order), and a sort of two sorted runs is a merge
    pairs = sorted([*fwd, *sorted(rev.keys() - fwd.keys())])
    # each table holds every pair, in that order: the pairs one direction did not find, with nothing found and a
    # share of 0.0 (what :func:`share` gives for no words), then that direction's own (a key already in a dict
    # keeps its place when its value is replaced)
    tables = []
    for own, empty in ((fwd, none), (rev, none), (support, 0.0), (coverage, 0.0)):
        table: dict[tuple[int, int], Any] = dict.fromkeys(pairs, empty)
        table.update(own)
        tables.append(table)
    return Scores(*tables)


def fuzzy_scores(
    deriv: Sequence[Profile], source: Sequence[Profile], pairs: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], float]:
    """rapidfuzz ``token_set_ratio`` of the folded content words of each (derivative, source) pair, in
    [0, 1], computed pairwise and vectorised (``process.cpdist``): only for the pairs asked about, so
    the cost follows the alignments, not the square of the document length."""
    if not pairs:
        return {}
    values = process.cpdist(
        [deriv[d].text for d, _ in pairs], [source[s].text for _, s in pairs], scorer=fuzz.token_set_ratio, workers=1
    )
    return {p: float(v) / 100.0 for p, v in zip(pairs, values, strict=False)}
