"""Folding a copy of the text for comparison, never the text itself.

The original text is never changed. :func:`words` cuts a text into :class:`Word` records that keep
their character offsets into the original and carry three folded forms, each more forgiving than
the last:

``surface``
    case, typographic quotes, apostrophes and ligatures folded. Two quotes whose words agree on
    ``surface`` are the same words, for the purposes of an exact quotation.
``norm``
    also folds UK/US spelling (defence/defense, organised/organized, colour/color, centre/center,
    programme/program), accents, possessive endings, thousands separators and ordinal suffixes,
    number words, month abbreviations and dotted acronyms (U.S. = US).
``key``
    ``norm`` stemmed (Snowball English), so inflections meet: actions/action, protecting/protection.

>>> [w.text for w in words("The U.S.-UK talks, held Sept. 10-11, 2024.")]
['The', 'U.S.', 'UK', 'talks', 'held', 'Sept', '10', '11', '2024']
>>> [w.norm for w in words("Defence co-operation organised by the United States")]
['defense', 'co', 'operation', 'organized', 'by', 'the', 'us']
>>> [w.key for w in words("protecting protection Ukraine’s")]
['protect', 'protect', 'ukrain']
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import snowballstemmer

from alignment.lang import RULES_LANGUAGE as _LANG

__all__ = [
    "HYPHENS",
    "MAX_DAY",
    "NUMERIC_DATE_RE",
    "STOP_WORDS",
    "Word",
    "count_words",
    "first_norm",
    "fold_surface",
    "fold_word",
    "full_year",
    "is_year",
    "quantity",
    "region_named",
    "stem",
    "words",
]

#: the marks that join two words or a number and a word into one ("half-staff", "12-week", "5‑year"): the
#: hyphen-minus, the hyphen and the non-breaking hyphen
HYPHENS = frozenset({"-", "\u2010", "\u2011"})

# Word characters: letters, digits and combining marks (so NFD accents stay inside their word).
_W = r"[^\W_]"
_WM = r"(?:[^\W_]|[\u0300-\u036f])"
WORD_RE = re.compile(
    rf"""
      (?:[A-Za-z]\.){{2,}}(?![A-Za-z])                      # dotted acronym: U.S., U.K., e.g.
    | \d+(?:[.,]\d+)*(?:st|nd|rd|th|s|bln|bn|mln|mn|trn|tln|tn|m|k)?(?!{_WM})  # number: 2,800  3.5  11th  1990s  1.5bn
    | {_W}{_WM}*(?:['’]{_WM}+)*                            # word, inner apostrophes kept: Ukraine’s
    """,
    re.VERBOSE,
)
#: :data:`WORD_RE` for a text without combining marks, where ``_WM`` is ``_W``: the same matches, found in half
#: the time (a repeated character class instead of a repeated alternation, the first character taken once)
_PLAIN_WORD_RE = re.compile(
    rf"""
      {_W}
      (?: (?<=[A-Za-z])\.(?:[A-Za-z]\.)+(?![A-Za-z])           # dotted acronym: U.S., U.K., e.g.
        | (?<=\d)\d*(?:[.,]\d+)*(?:st|nd|rd|th|s|bln|bn|mln|mn|trn|tln|tn|m|k)?(?!{_W})  # number: 2,800  11th  1.5bn
        | {_W}*(?:['’]{_W}+)*                                 # word, inner apostrophes kept: Ukraine’s
      )
    """,
    re.VERBOSE,
)
_COMBINING_MARK_RE = re.compile("[\u0300-\u036f]")

# Typographic forms folded to their plain equivalents (same length: one character each).
_TYPO = str.maketrans(
    {
        "‘": "'", "’": "'", "ʼ": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
)

# The English tables (alignment/lang/en.py), under the names the rules below use.
STOP_WORDS = _LANG.stop_words
_NUMBER_WORDS = _LANG.number_words
_MONTHS = _LANG.month_abbreviations
PHRASE_ALIASES = _LANG.phrase_aliases
#: the first words of the names in :data:`PHRASE_ALIASES`
_ALIAS_FIRST_WORDS = frozenset(first for first, _ in PHRASE_ALIASES)
_NORM = attrgetter("norm")
_ACRONYM_ALIASES = _LANG.acronym_aliases
_SPELLING_WORDS = _LANG.spelling_words
_GIVEN_NAMES = _LANG.given_names
_OUR_STEMS = _LANG.our_stems
_OUR_RE = re.compile(rf"^((?:dis|un|re|mis)?(?:{'|'.join(_OUR_STEMS)}))ur")
_RE_STEMS = _LANG.re_stems
_RE_RE = re.compile(rf"({'|'.join(sorted(_RE_STEMS, key=len, reverse=True))})re(s|d)?$")
_AE_OE = _LANG.ae_oe
# -ise/-yse and their derived forms: organise(d|s|r|rs), organising, organisation(s|al) -> -ize.
_ISE_RE = re.compile(r"(?<=[a-z]{3})([iy])s(e|es|ed|er|ers|ing|ation|ations|ational|able)$")
_ISE_EXCEPTIONS = _LANG.ise_exceptions
# Doubled l in UK inflections: travelled, cancelling, labelled, modeller, signalled.
_LL_RE = re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers|ation)$")
_LL_KEEP = _LANG.ll_keep


def fold_surface(text: str) -> str:
    """Case and typography folded: what an exact quotation must agree on.

    >>> fold_surface("Ukraine’s “Defence” — ﬁne")
    'ukraine\\'s "defence" - fine'
    """
    return unicodedata.normalize("NFKC", text.translate(_TYPO)).casefold()


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: a number with a vulgar fraction as NFKC writes it out: the whole part, then one digit, the fraction slash
#: (U+2044) and the denominator ("3¼" -> "31⁄4", "⅒" -> "1⁄10")
_FRACTION_RE = re.compile(r"(\d*)(\d)\u2044(\d{1,2})")


@lru_cache(maxsize=65536)
def fold_word(surface: str) -> str:
    """Spelling, possessive, accent and number forms folded from one word's ``surface``.

    >>> [fold_word(w) for w in ["organisation", "colour", "centres", "revolutionising", "11th"]]
    ['organization', 'color', 'centers', 'revolutionizing', '11']
    >>> [fold_word(w) for w in ["hostages'", "ukraine's", "2,800", "sept", "two", "exercise"]]
    ['hostages', 'ukraine', '2800', 'september', '2', 'exercise']
    >>> [fold_word(fold_surface(w)) for w in ["3¼", "4½", "¾"]]
    ['3.25', '4.5', '0.75']
    """
    word = _strip_accents(surface)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'").replace("'", "")
    if not word:
        return surface
    if word[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", word):
            word = word.replace(",", "")
        fraction = _FRACTION_RE.fullmatch(word)
        if fraction:  # a vulgar fraction, which NFKC wrote out: "3¼" ("31⁄4") -> 3.25, "½" ("1⁄2") -> 0.5
            whole, num, den = fraction.groups()
            return f"{int(whole or 0) + int(num) / int(den):.6g}" if int(den) else word
        scaled = _SCALED_RE.fullmatch(word)
        if scaled:  # 1.5bn -> 1500000000
            return quantity(float(scaled.group(1)) * _LANG.scale_suffixes[scaled.group(2)])
        return re.sub(r"(?<=\d)(st|nd|rd|th)$", "", word)
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in _MONTHS:
        return _MONTHS[word]
    if word in _ACRONYM_ALIASES:
        return _ACRONYM_ALIASES[word]
    if word in _SPELLING_WORDS:
        return _SPELLING_WORDS[word]
    if word in _GIVEN_NAMES:
        return _GIVEN_NAMES[word]
    if word.endswith("ise") or "is" in word[3:] or "ys" in word[3:]:
        if word not in _ISE_EXCEPTIONS:
            word = _ISE_RE.sub(lambda m: m.group(1) + "z" + m.group(2), word)
    if "our" in word:
        word = _OUR_RE.sub(r"\1r", word)
    if word.endswith(("re", "res", "red")):
        word = _RE_RE.sub(lambda m: m.group(1) + "er" + {"d": "ed", "s": "s"}.get(m.group(2), ""), word)
    if "ll" in word and word not in _LL_KEEP:
        word = _LL_RE.sub(r"l\1", word)
    if "ae" in word or "oe" in word:
        for uk, us in _AE_OE:
            if word.startswith(uk):
                word = us + word[len(uk):]
                break
    return word


_STEMMER = snowballstemmer.stemmer(_LANG.stemmer)  # PyStemmer's C build when installed (a dependency)


@lru_cache(maxsize=65536)
def stem(norm: str) -> str:
    """The Snowball (Porter2) stem of a folded word; numbers are left alone.

    >>> [stem(w) for w in ["actions", "coordinated", "coordination", "2024"]]
    ['action', 'coordin', 'coordin', '2024']
    """
    if not norm or norm[0].isdigit():
        return norm
    stemmed: str = _STEMMER.stemWord(norm)
    return stemmed


@dataclass(slots=True)
class Word:
    """One word of a text: its place in the original and its folded forms.

    Treat it as read-only. It is not a frozen dataclass because a text's words are made by the thousand and
    a frozen dataclass takes four times as long to make (1.3 µs against 0.3 µs on the development machine)."""

    start: int
    end: int
    text: str
    surface: str
    norm: str
    key: str
    stop: bool
    kind: str  # "word", "number" or "acronym"
    #: a word that can carry a claim: not a function word, not a lone letter (:func:`is_content`; asked so
    #: often that it is worked out once, when the word is made)
    content: bool


def is_content(norm: str, stop: bool, kind: str) -> bool:
    """Whether a word with these forms can carry a claim: not a function word, not a lone letter."""
    return not stop and (kind != "word" or len(norm) > 1)


_SCALED_RE = re.compile(r"(\d+(?:\.\d+)?)(" + "|".join(sorted(_LANG.scale_suffixes, key=len, reverse=True)) + ")")


def quantity(value: float) -> str:
    """A number written one way whatever its source: ``1.5e9`` -> ``'1500000000'``, ``0.25`` -> ``'0.25'``.

    >>> quantity(1.5e9), quantity(0.25), quantity(25.0)
    ('1500000000', '0.25', '25')
    """
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def number_value(norm: str) -> float | None:
    """The value of a number word's norm, or None: figures are written in digits, so a token Python would read as
    a float in other ways is none ("8e707514", a hash in a link, would be infinite; "nan", "1_000").

    >>> number_value("1500000"), number_value("0.25"), number_value("8e707514"), number_value("nan")
    (1500000.0, 0.25, None, None)
    """
    if not norm or any(c.isalpha() or c == "_" for c in norm):
        return None
    try:
        value = float(norm)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


#: a year written in four figures, of the last two centuries or this one ("1999", "2024"), as the text writes it: a
#: count with a thousands separator ("2,000") is no year
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
#: a date written in figures joined by slashes, day and month in either order and a year of two or four digits
#: ("29/10/22", "2/15/2023"); its three numbers are one date, no amounts
NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
#: the first year of two digits read as of the 1900s ("31/12/99" is 1999), the ones before it of the 2000s ("29/10/22"
#: is 2022), as POSIX ``strptime`` reads ``%y``
_CENTURY_PIVOT = 69
#: the largest number that may be a day of a month
MAX_DAY = 31


def is_year(word: Word) -> bool:
    """Whether ``word`` is a year written in four figures (:data:`_YEAR_RE`): "1999", "2024", not "2,000".

    >>> [is_year(w) for w in words("in 1999, 2,000 people, 2024 and 2020s")]
    [False, True, False, False, True, False, False]
    """
    return word.kind == "number" and _YEAR_RE.fullmatch(word.text) is not None


def full_year(year: int) -> int:
    """The year a year of two digits stands for (:data:`_CENTURY_PIVOT`); a longer one as it is.

    >>> full_year(22), full_year(99), full_year(68), full_year(2023)
    (2022, 1999, 2068, 2023)
    """
    if year >= 100:
        return year
    return year + (1900 if year >= _CENTURY_PIVOT else 2000)


@lru_cache(maxsize=65536)
def _word_forms(raw: str) -> tuple[str, str, str, str, bool, str, bool]:
    """A word's text and folded forms: text, surface, norm, key, stop, kind, content (they depend on its text
    only, so a word met again, in the same document or the next, costs a look-up)."""
    surface = fold_surface(raw)
    if raw[0].isdigit():
        kind = "number"
    elif "." in raw or (len(raw) >= 2 and raw.isupper() and raw.isalpha()):
        kind = "acronym"
    else:
        kind = "word"
    if kind == "acronym":
        norm = surface.replace(".", "")
        norm = _ACRONYM_ALIASES.get(norm, norm)
        stop = False
    else:
        norm = fold_word(surface)
        stop = kind == "word" and (surface in STOP_WORDS or norm in STOP_WORDS)
        if kind == "word" and norm.isdigit():
            kind = "number"
    return raw, surface, norm, stem(norm) if kind == "word" else norm, stop, kind, is_content(norm, stop, kind)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """``len(words(text, start, end))``, without making the words (the segmenter sizes the pieces of a long
    sentence by it).

    >>> text = "The United Kingdom and the U.S. met."
    >>> count_words(text) == len(words(text)), count_words(text, 4, 17) == len(words(text, 4, 17))
    (True, True)
    """
    end = len(text) if end is None else end
    pattern = WORD_RE if _COMBINING_MARK_RE.search(text, start, end) else _PLAIN_WORD_RE
    spans = [m.span() for m in pattern.finditer(text, start, end)]
    norms = [_word_forms(text[a:b])[2] for a, b in spans]
    if _ALIAS_FIRST_WORDS.isdisjoint(norms[:-1]):
        return len(spans)
    n = i = 0
    while i < len(spans):  # as words() joins them: a pair of words that is one name counts once
        if (i + 1 < len(spans) and PHRASE_ALIASES.get((norms[i], norms[i + 1]))
                and text[spans[i][1]:spans[i + 1][0]].strip() == ""):
            i += 2
        else:
            i += 1
        n += 1
    return n


def first_norm(text: str) -> str | None:
    """``words(text)[0].norm``, None for a text without words, without making every word of ``text``: the first word's
    folded form, read from its match alone unless it may open a name of two words that :func:`words` joins
    (:data:`PHRASE_ALIASES`). For a test on a text's first word only (a rank word opening a detail).

    >>> [first_norm(t) for t in ("First-ever approval", "United States troops", "", "... 'Only' one")]
    ['first', 'us', None, 'only']
    """
    pattern = WORD_RE if _COMBINING_MARK_RE.search(text) else _PLAIN_WORD_RE
    m = pattern.search(text)
    if m is None:
        return None
    norm = _word_forms(m.group())[2]
    if norm in _ALIAS_FIRST_WORDS:  # (it may be joined to the next word: as words() reads it)
        return words(text)[0].norm
    return norm


#: the scale abbreviations of two letters or more (lang ``scale_suffixes``), written in lower case apart from the
#: figure before them ("$15 bln", "40 mln barrels")
_SCALES_APART = {s: quantity(v) for s, v in _LANG.scale_suffixes.items() if len(s) >= 2}
_SCALE_APART_RE = re.compile(r"\d[ \u00a0]+(?:" + "|".join(sorted(_SCALES_APART, key=len, reverse=True)) + r")\b")


def _scale_apart(text: str, found: list[Word]) -> None:
    """Each scale abbreviation written apart from the number before it made the scale's number word, as "billion" is
    ("$15 bln" = "$15 billion"): in place, in ``found``."""
    for k in range(1, len(found)):
        w, before = found[k], found[k - 1]
        if w.text in _SCALES_APART and before.kind == "number" and not text[before.end:w.start].strip():
            norm = _SCALES_APART[w.text]
            found[k] = Word(w.start, w.end, w.text, w.surface, norm, norm, False, "number", True)


#: a place and its comma before a region's abbreviation ("Uvalde, Tex.", "BISMARCK, N.D.")
_PLACE_COMMA = re.compile(r",[^\S\n]+")
_LOWER = re.compile(r"[a-z]")


def region_named(text: str, ws: list[Word], i: int) -> str | None:
    """The name of the region (lang ``region_codes`` or ``region_abbreviations``, e.g. "north dakota") that
    ``ws[i]`` abbreviates, when it does: right after a capitalised word (or a dateline's word in capitals) and its
    comma, a postal code in capitals (two letters, or two with stops: "TX", "N.D.") or, followed by its stop, a
    newspaper's abbreviation ("Tex."). Only there can "IN", "OK" or "Pa." be no other word.

    >>> ws = words("BISMARCK, N.D. (KFYR) and Uvalde, Tex. and WE ARE IN, OK")
    >>> [region_named("BISMARCK, N.D. (KFYR) and Uvalde, Tex. and WE ARE IN, OK", ws, i) for i in (1, 5, 10)]
    ['north dakota', 'texas', None]
    """
    if i == 0:
        return None
    w = ws[i]
    if w.kind != "acronym" and not (w.kind == "word" and text.startswith(".", w.end)):
        return None  # (most words: neither a code nor an abbreviation before its stop, whatever precedes them)
    prev = ws[i - 1]
    if not (prev.text[:1].isupper() and _PLACE_COMMA.fullmatch(text, prev.end, w.start)):
        return None
    if prev.kind != "word" and not (prev.kind == "acronym" and len(prev.text) > 2 and prev.text.isalpha()
                                    and not _LOWER.search(text, text.rfind("\n", 0, prev.start) + 1, prev.start)):
        return None  # a place in capitals only as a dateline opens its line ("BISMARCK, N.D."; not "WE ARE IN, OK")
    plain = w.text.replace(".", "")
    if w.kind == "acronym" and len(plain) == 2 and plain.isupper() and len(w.text) in (2, 4):
        return _LANG.region_codes.get(w.norm)
    if w.kind == "word" and w.text[:1].isupper() and text.startswith(".", w.end):
        return _LANG.region_abbreviations.get(w.norm)
    return None


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]``, with offsets into ``text`` and folded forms.

    Multi-word names in :data:`PHRASE_ALIASES` become one word spanning both originals.
    """
    end = len(text) if end is None else end
    pattern = WORD_RE if _COMBINING_MARK_RE.search(text, start, end) else _PLAIN_WORD_RE
    found = [Word(m.start(), m.end(), *_word_forms(m.group())) for m in pattern.finditer(text, start, end)]
    if _SCALE_APART_RE.search(text, start, end):
        _scale_apart(text, found)
    if _ALIAS_FIRST_WORDS.isdisjoint(map(_NORM, found[:-1])):
        return found  # most spans: no name to join
    merged: list[Word] = []
    i = 0
    while i < len(found):
        w = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            alias = PHRASE_ALIASES.get((w.norm, nxt.norm))
            if alias and text[w.end:nxt.start].strip() == "":
                raw = text[w.start:nxt.end]
                merged.append(
                    Word(w.start, nxt.end, raw, fold_surface(raw), alias, alias, False, "acronym",
                         is_content(alias, False, "acronym"))
                )
                i += 2
                continue
        merged.append(w)
        i += 1
    return merged
