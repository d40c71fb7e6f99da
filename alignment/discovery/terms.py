"""What the index keeps of a text: its content-word stems (the ``key`` forms of :mod:`alignment.text.normalize`,
so that inflections, UK/US spellings and number words meet), its title and a date where one shows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.text.normalize import region_named, words
from alignment.text.quotemarks import QuoteDepth

__all__ = ["content_terms", "figures", "is_exchange", "month_days", "quoted_grams", "stated_dates", "text_date",
           "text_title"]

#: what an FTS5 term may not hold (its tokenizer would split there): a decimal point becomes "p" (2.5 -> 2p5, not
#: 25), the rest goes
_UNSAFE = re.compile(r"[\W_]+")
_MONTHS = _LANG.month_order
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
#: "May 2, 2022", "May 2 2022", "February 4th, 2024" (an ordinal day: a news story's wording)
_LONG_DATE = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS)
                        + r")\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b")
#: a day of a month, with or without its year: "April 1", "March 4, 2024", "Sept. 9th", "Feb 26"
_MONTH_DAY = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
                        r"|Nov|Dec)\.? (\d{1,2})(?:st|nd|rd|th)?\b")
#: "08/08/2023", "8/16/2015" (a byline's or a page's numeric date): read month first, the English (US) convention,
#: unless the first number cannot be a month ("24/04/2023": day first); a 2-digit year, or a run of more numbers
#: (a fraction, a version, "1/2/3/2024"), is no date
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
#: how far into a text its date is looked for (a dateline or a release date is near the top)
_DATE_WINDOW = 2000
_TITLE_MAX = 200
#: a double quotation: an opening mark, what it holds (no other double mark), its closing mark (“…”, «…», "…",
#: „…“); a quotation running past a paragraph's end is left out
_QUOTATION = re.compile(r'(?:“([^“”"\n]+)”|«([^«»\n]+)»|"([^“”"\n]+)"|„([^„“”"\n]+)[“”])')


def content_terms(text: str, regions: bool = False) -> list[str]:
    """The stems of the content words of ``text``, in order, as index terms.

    >>> content_terms("The researchers were protecting 2.5 million children's lives.")
    ['research', 'protect', '2p5', '1000000', 'children', 'live']

    With ``regions``, a region's abbreviation after a place and its comma stands for the region's name (a story's
    dateline "BISMARCK, N.D." names the North Dakota its source writes out): what an article's query asks.

    >>> content_terms("BISMARCK, N.D. (KFYR) - The storms", regions=True)
    ['bismarck', 'north', 'dakota', 'kfyr', 'storm']
    """
    out = []
    ws = words(text)
    for i, w in enumerate(ws):
        region = region_named(text, ws, i) if regions else None
        if region:
            out += content_terms(region)
        elif w.content:
            term = _UNSAFE.sub("", w.key.replace(".", "p"))
            if term:
                out.append(term)
    return out


#: a figure as an index term: digits, a decimal point kept as "p" (3p25)
_FIGURE = re.compile(r"\d+(?:p\d+)?")


def figures(terms: Iterable[str]) -> frozenset[str]:
    """The figures among index terms (:func:`content_terms`): numbers of two characters or more, years, decimals
    (a lone digit, as common as a word, is left out): what pins one instance of a recurring text (the rate, the
    count, the year).

    >>> sorted(figures(["rate", "3p25", "50", "2024", "7", "basi"]))
    ['2024', '3p25', '50']
    """
    return frozenset(t for t in terms if len(t) >= 2 and _FIGURE.fullmatch(t))


def quoted_grams(text: str, n: int, shortest: int = 0) -> frozenset[tuple[str, ...]]:
    """The runs of ``n`` consecutive content-word stems inside the double quotations of ``text``: what it quotes,
    as the index's stems, so that a source holding a quotation verbatim (the same stems in the same order) can be
    told from one on the same subject. With ``shortest`` (at least 1), a quotation of ``shortest`` to ``n - 1``
    stems is one run too, whole: a story quoting its source in short phrases ("a giant of Western civilization").

    >>> sorted(quoted_grams('He said the plan "will protect 514,000 acres of desert" on Tuesday.', 3))
    [('514000', 'acr', 'desert'), ('protect', '514000', 'acr')]
    >>> sorted(quoted_grams('It called him "a true American hero" and "a giant".', 5, shortest=3))
    [('true', 'american', 'hero')]
    """
    out: set[tuple[str, ...]] = set()
    for m in _QUOTATION.finditer(text):
        stems = content_terms(next(g for g in m.groups() if g is not None))
        if 1 <= shortest <= len(stems) < n:
            out.add(tuple(stems))
        out.update(tuple(stems[i:i + n]) for i in range(len(stems) - n + 1))
    return frozenset(out)


def is_exchange(text: str, questions: int) -> bool:
    """Whether ``text`` is a record of an exchange (a briefing, a press call, an interview): at least ``questions``
    lines open a question the way the language's transcripts mark them (``question_turn``; 0: never).

    >>> is_exchange("MS. PSAKI: Hi.\\nQ Will he sign it?\\nMS. PSAKI: Yes.\\nQ When?\\nQ Today?", 3)
    True
    >>> is_exchange("Q fever cases rose in 2023, the agency said.", 3)
    False
    """
    if questions < 1:
        return False
    found = 0
    for _ in _LANG.question_turn.finditer(text):
        found += 1
        if found >= questions:
            return True
    return False


def text_title(text: str) -> str:
    """The first non-blank line, shortened: the title of a release as these files hold it.

    >>> text_title("\\n  Tiny device aids weight loss \\n\\nMADISON ...")
    'Tiny device aids weight loss'
    """
    for line in text.splitlines():
        if line.strip():
            title = " ".join(line.split())
            return title if len(title) <= _TITLE_MAX else title[:_TITLE_MAX - 1] + "…"
    return ""


def _valid(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def text_date(text: str, name: str = "") -> str:
    """An ISO date from the file's name (``wh-2021-01-20-...``) or the top of the text, else ``""``.

    >>> text_date("MADISON -- On December 17, 2018, engineers ...")
    '2018-12-17'
    >>> text_date("no date", "wh-2021-01-20-a-national-day-of-unity.txt")
    '2021-01-20'

    A date inside a double quotation is the quoted text's, not this one's (a story quoting a statement's "On April
    24, 1915, ..."): it is passed over.

    >>> text_date('The statement reads: “On April 24, 1915, the arrests began.” It was issued on May 2, 2022.')
    '2022-05-02'

    Else a numeric date, month first (a byline's "08/08/2023 01:45 PM EDT"; day first only when the first number
    cannot be a month):

    >>> text_date("By A. Writer | 08/09/2023 01:45 PM EDT"), text_date("Posted 24/04/2023")
    ('2023-08-09', '2023-04-24')
    """
    for found in (_ISO_DATE.search(name), _unquoted(_ISO_DATE, text)):
        if found:
            iso = _valid(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            if iso:
                return iso
    long = _unquoted(_LONG_DATE, text)
    if long:
        return _valid(int(long.group(3)), _MONTHS.index(long.group(1).lower()) + 1, int(long.group(2)))
    numeric = _unquoted(_NUMERIC_DATE, text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        return _valid(year, first, second) if first <= 12 else _valid(year, second, first)
    return ""


def stated_dates(text: str) -> frozenset[str]:
    """Every date ``text`` states (ISO or "Month D, YYYY"), anywhere in it, as ISO dates.

    >>> sorted(stated_dates("Storms struck on May 10, 2024; the declaration of 2024-06-18 covers them."))
    ['2024-05-10', '2024-06-18']
    """
    out = {_valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _ISO_DATE.finditer(text)}
    out |= {_valid(int(m.group(3)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
            for m in _LONG_DATE.finditer(text)}
    return frozenset(out - {""})


def month_days(text: str) -> frozenset[tuple[int, int]]:
    """The days of months ``text`` names, with or without a year, as (month, day): what pins one instance of a
    text issued every year (an event's date, a deadline) when the article names no year.

    >>> sorted(month_days("Set for Easter Monday, April 1; entries close Monday, March 4, 2024 (Sept. 31st: none)."))
    [(3, 4), (4, 1)]
    """
    out = set()
    for m in _MONTH_DAY.finditer(text):
        name = m.group(1).lower()
        month = next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(name[:3]))
        if _valid(2024, month, int(m.group(2))):  # a leap year: February 29 is a day
            out.add((month, int(m.group(2))))
    return frozenset(out)


def _unquoted(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in the first ``_DATE_WINDOW`` characters of ``text`` outside a double
    quotation."""
    for found in pattern.finditer(text, 0, _DATE_WINDOW):
        if not QuoteDepth().feed(text, 0, found.start()).open:
            return found
    return None
