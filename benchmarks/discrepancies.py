"""Discrepancy detection on planted edits in real articles, and its flags on the articles as they are.

    python benchmarks/discrepancies.py --split tune        # the sample and masks pairs, corpus pairs 01, 03, 05, 07
    python benchmarks/discrepancies.py --split held-out    # corpus pairs 02, 04, 06, 08 (report; never tune on)
    python benchmarks/discrepancies.py --split fresh       # the fresh pairs of real_pairs.py (never tuned on)
    python benchmarks/discrepancies.py --split fresh2      # the second fresh set of real_pairs.py (tuning data now)
    python benchmarks/discrepancies.py --split fresh3      # the third fresh set, news pages (tuning data now)
    python benchmarks/discrepancies.py --split fresh4      # the fourth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh5      # the fifth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh6      # the sixth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh7      # the seventh, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh8      # the eighth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh9      # the ninth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh10     # the tenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh11     # the eleventh, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh12     # the twelfth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh13     # the thirteenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh14     # the fourteenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh15     # the fifteenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh16     # the sixteenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh17     # the seventeenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh18     # the eighteenth, news articles (tuning data now)
    python benchmarks/discrepancies.py --split fresh19     # the nineteenth, news articles (held out: the lead runs it)
    python benchmarks/discrepancies.py --split tune --show # also print every flag and every miss
    python benchmarks/discrepancies.py --split wh --per-kind 3   # White House release -> transcript pairs (tuning)

For each pair, the article is first compared as it is: its flags are counted per 100 aligned derivative
sentences (each one must be read by hand: a real discrepancy or a false alarm). Then, in the article's sentences
that restate a source sentence (an alignment the check reads, :func:`alignment.engine.discrepancies.restates`),
the script plants one edit at a time and compares again:

* seven kinds of error, the source's word changed in the article: a number (never a day of a date, "Sept. 28", nor one
  written with a slash, "the 9/11 attacks", "24/7": "9/17" is a date changed, "14/11" none; only where the source's
  sentence writes it with the same unit, "aged 50" being no "50%", and, joined by a hyphen to a noun, "a two-seat
  helicopter", before the same noun: "two Guardsmen" counts no seats; never in a time of day, "12:01 a.m.", "3 p.m.":
  "12:3 a.m." or "19:01 a.m." is no writer's edit; and never to a value the source's sentence gives, "3.8" for "2.8"
  where it has both, but the next value then), a date (a month, never
  "May" that is no month: "May God protect"), a name (a word the source's sentence capitalises, replaced by one of the
  same entity type, by spaCy's recogniser, that the source never uses: a country for a country, a person for a person,
  never "the government of Okafor"; a name of one word, never a word of a longer one: "the United Norway", "the
  Department of the Toyota", "the Unilever of the International Civil Aviation Organization" or "the 4th Toyota" is no
  edit a writer makes), a negation (added before a verb, an adjective or an adverb, or after "is" before a determiner
  where a word of the predicate after it is in the source's sentence: "is not the most accurate indicator" negates
  nothing of a sentence without "accurate" or "indicator"; dropped, but never the "not" of "not only" or of a hyphened
  word, "not-too-distant"; or an antonym verb), the modality ("will" -> "may" where the source's sentence hedges
  nothing and has the verb "will" governs or two of the three words after it, never after "to": "agreed to will
  provide" is an article's slip; "is" -> "may be" where it hedges nothing, "may" -> "will" (never "could not", an
  inability), "suggests" -> "shows" where it hedges and something follows it: "as X suggested, ..." is a verb of
  speech), a quantifier ("all" <-> "some", "one of the" -> "the", "in mice" <-> "in people"; never in "so many", "too
  many", "as many", "how many"; no "some" before a number, "some fifty states" reading "about fifty", nor for a
  superlative's "most", "the most common"),
  the speaker (another name of the source, or one of the same type it never uses, in place of the one credited, which
  must be one the source credits with something, "..., said Director Maria Lopez", or its issuer: "Powell said earlier
  this month" against a statement that only lists him among its voters is no voice the source can show wrong — and so
  one the source has: a third party the article quotes, whom the source never names, put for another it never names is
  no error the source can show; never a name in a phrase of place before an apposition, "from the Hospital in the US,
  who led the trial, said" crediting no "US"; never a quantifier that opens a sentence, "All ... said"; never one the
  source credits in the paragraph of the sentence restated, who is no wrong speaker, nor the source's issuer, named in
  its heading, which answers for all its text says: for a White House fact sheet, "the White House", "the
  Administration" and "the President" too); no negation or modality in a question
  (:func:`alignment.text.segment.is_question`), which asserts nothing;
* harmless rewordings that must not be flagged: unit and currency forms ("1.5 billion" -> "1.5bn", "25 percent"
  -> "25%", "2,000" -> "2000"), date formats ("September 10" <-> "10 September", "Sept."), contractions ("will
  not" -> "won't") and the aliases the source establishes (a person's surname for the full name, a person by
  spaCy's recogniser: "the White House" is no "House"; an acronym the
  source gives for its name, "the United States" -> "the US").

An edit is found when a discrepancy overlaps the edited span (a word removed leaves a point: a discrepancy that
holds it, or starts on the word right after it, "need and unadulterated greed" for "need and not unadulterated
greed"); its kind is right when that discrepancy has the planted kind. A harmless rewording is flagged when any
discrepancy overlaps it. Sites are drawn with a fixed seed (``--seed``), at most ``--per-kind`` per kind and pair:
the same run gives the same table.

The corpus texts are read from ``../shared/corpus/real-pairs`` at run time, never copied into the repository.
The ``fresh`` split is the eight White House statement -> transcript pairs of ``benchmarks/real_pairs.py --split
fresh`` (``benchmarks/gold/fresh-pairs/members.json``; extracted from ``../shared/corpus``'s tarball into the same
cache folder, ``--cache``), which the discrepancy check was never tuned on. The ``fresh2`` split is the six pairs of
``benchmarks/real_pairs.py --split fresh2`` (``benchmarks/gold/fresh2-pairs/members.json``), held the same way
(default cache: real_pairs.py's ``fresh2-pairs`` folder), reported once and tuning data since; so is the ``fresh3``
split since session 7, the seven news pairs of ``benchmarks/real_pairs.py --split fresh3``
(``benchmarks/gold/fresh3-pairs/members.json``, default cache: real_pairs.py's ``fresh3-pairs`` folder). The
``fresh4`` split, the sixteen official text -> news article pairs of ``benchmarks/real_pairs.py --split fresh4``,
read from outside the repository (``$PRESSALIGN_FRESH4`` or ``../fresh4-texts``; skipped with one line when absent),
was reported once (session 8) and is tuning data now, as the ``fresh5`` split, the pairs of
``benchmarks/real_pairs.py --split fresh5`` held the same way (``$PRESSALIGN_FRESH5`` or ``../fresh5-texts``), is
since session 10; and the ``fresh6`` split, the pairs of ``benchmarks/real_pairs.py --split
fresh6`` (White House text -> news article, FakeHealth release -> news story), held the same way
(``$PRESSALIGN_FRESH6`` or ``../fresh6-texts``), since session 11; and the ``fresh7`` split,
the pairs of ``benchmarks/real_pairs.py --split fresh7`` (built the same way), held the same way
(``$PRESSALIGN_FRESH7`` or ``../fresh7-texts``), since session 12; and the ``fresh8`` split, the pairs of
``benchmarks/real_pairs.py --split fresh8`` (09-16 from official texts other than FakeHealth's), held the same way
(``$PRESSALIGN_FRESH8`` or ``../fresh8-texts``), since session 13; and the ``fresh9`` split, the pairs
of ``benchmarks/real_pairs.py --split fresh9`` (built like fresh8's), held the same way (``$PRESSALIGN_FRESH9`` or
``../fresh9-texts``), since session 14; and the ``fresh10`` split, the pairs of ``benchmarks/real_pairs.py --split
fresh10`` (built like fresh9's), held the same way (``$PRESSALIGN_FRESH10`` or ``../fresh10-texts``), since
session 15; and the ``fresh11`` split, the pairs of ``benchmarks/real_pairs.py --split fresh11``, held the same
way (``$PRESSALIGN_FRESH11`` or ``../fresh11-texts``), since session 16; and the ``fresh12`` split, the pairs of
``benchmarks/real_pairs.py --split fresh12``, held the same way (``$PRESSALIGN_FRESH12`` or ``../fresh12-texts``),
since session 17; and the ``fresh13`` split, the pairs of ``benchmarks/real_pairs.py --split fresh13``, held the
same way (``$PRESSALIGN_FRESH13`` or ``../fresh13-texts``), since session 18; and the ``fresh14`` split, the pairs of
``benchmarks/real_pairs.py --split fresh14``, held the same way (``$PRESSALIGN_FRESH14`` or ``../fresh14-texts``),
since session 19; and the ``fresh15`` split, the pairs of ``benchmarks/real_pairs.py --split fresh15``, held the
same way (``$PRESSALIGN_FRESH15`` or ``../fresh15-texts``), since session 20; and the ``fresh16`` split, the pairs of
``benchmarks/real_pairs.py --split fresh16``, held the same way (``$PRESSALIGN_FRESH16`` or ``../fresh16-texts``),
since session 21; and the ``fresh17`` split, the pairs of ``benchmarks/real_pairs.py --split fresh17``, held the
same way (``$PRESSALIGN_FRESH17`` or ``../fresh17-texts``), since session 22; and the ``fresh18`` split, the pairs of
``benchmarks/real_pairs.py --split fresh18``, held the same way (``$PRESSALIGN_FRESH18`` or ``../fresh18-texts``),
since session 23; the ``fresh19`` split, held out in their place, is the pairs of ``benchmarks/real_pairs.py --split
fresh19``, held the same way (``$PRESSALIGN_FRESH19`` or ``../fresh19-texts``).
The outside splits' names are read from ``real_pairs.OUTSIDE_SPLITS``.

The ``wh`` split is tuning data: the 22 White House release/fact sheet -> transcript pairs of
``benchmarks/gold/discovery-pairs.json`` that are not ``fresh/`` … ``fresh19/`` (the
release is the source, the press call or gaggle restating it the article), extracted from
``../shared/corpus/official-texts.tar.xz`` into ``--cache``'s sibling folder ``wh-pairs``. A transcript is long and
restates its release in a few passages only: the sites are drawn from at most ``--max-sentences`` (default 30 for
``wh``) restating sentences per pair, picked with the seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real-pairs"
SAMPLE = (ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")
#: the project's own pairs (articles written for the documentation from a public-domain release), tuning only
OWN = (("masks", ROOT / "data" / "releases" / "wh-2021-02-24-masks-for-communities.txt",
        ROOT / "data" / "articles" / "masks-story.txt"),)
TUNE = ("01_fda-siliq-approval_time", "03_fomc-statement-2004-11-10_bbc",
        "05_leicester-asthma-fevipiprant_medicaldaily", "07_amgen-repatha-fourier_reuters")
HELD_OUT = ("02_fda-concussion-blood-test_cnn", "04_ucl-prostate-vtp_reuters", "06_ecc-breath-test-cancer_healthday",
            "08_jama-abaloparatide-osteoporosis_healthday")
#: the White House release -> transcript pairs (tuning data; the "fresh/" ... "fresh19/" ones: never here)
WH_PAIRS = ROOT / "benchmarks" / "gold" / "discovery-pairs.json"
sys.path.insert(0, str(ROOT / "benchmarks"))
from real_pairs import OUTSIDE_SPLITS, TARBALL_SPLITS  # noqa: E402  (stdlib only at import)

#: the name prefixes of discovery-pairs.json's held-out pairs, left out of the wh split: every fresh split of
#: real_pairs.py, from the tarballs or outside the repository (a name's part before its first "/", matched whole:
#: "fresh10/" is not "fresh1…")
HELD_OUT_PREFIXES = (*(s for s in TARBALL_SPLITS if s.startswith("fresh")), *OUTSIDE_SPLITS)
KINDS = ("number", "date", "name", "negation", "modality", "quantifier", "attribution")
HARMLESS = ("unit", "date_format", "contraction", "alias")
#: a month's short form ("Sept. 28", "Sep 09")
MONTH_SHORT_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
MONTHS = ("January February March April May June July August September October November December").split()
#: names planted where the source has another one, by the entity type spaCy's recogniser gives the name replaced:
#: a writer who gets a name wrong puts another of the same kind ("Sweden" -> "Norway", "the FDA" -> "the OECD"),
#: never a person for a country ("the government of Okafor"); a name of no type here (a drug, a programme) gets
#: none. None of them is in any of the pairs' sources (checked per pair).
TYPED_NAMES = {
    "PERSON": ("Martinez", "Okafor", "Lindqvist", "Petrova"),
    "GPE": ("Norway", "Brazil", "Kenya", "Chile"),
    "LOC": ("Norway", "Brazil", "Kenya", "Chile"),
    "ORG": ("Siemens", "Toyota", "Unilever", "Harvard"),
    "ORG_ACRONYM": ("OECD", "UNICEF", "IAEA", "ILO"),
    "NORP": ("Norwegian", "Brazilian", "Kenyan", "Chilean"),
    "NORP_PLURAL": ("Norwegians", "Brazilians", "Kenyans", "Chileans"),
}
#: the names of a government's executive as a whole: where the source's heading names one, every one of them names
#: its issuer (a White House fact sheet's "the Biden-Harris Administration", "the White House", "President Biden")
EXECUTIVE = ("White House", "Administration", "President")
#: the words of office after which the planter plants no other speaker where the issuer's name comes before them
#: ("White House press secretary Karoline Leavitt": the issuer's voice whoever holds the office)
OFFICES = ("secretary", "Secretary", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "director",
           "Director")
OFFICE_RE = re.compile(rf"\b([A-Z][\w-]*)\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(OFFICES)})\s+$")
#: capitalised words that open a sentence and name no one ("As I said": no speaker)
FUNCTION_WORDS = frozenset("As And But So If When While Because Then Now Here There This That What All Some Many Most "
                           "Both Each Every".split())  # (nor a quantifier: "All ... said" names no one)
#: capitalised words of office that name no one by themselves ("Foreign Secretary"): a role, not a name
ROLE_WORDS = frozenset("Secretary Minister President Professor Director Chairman Chair Commissioner Governor Senator "
                       "Chancellor Ambassador".split())
#: the words that negate by themselves: "not" is never planted before them ("can not never")
NEGATIVE_WORDS = ("never", "no", "nothing", "nobody", "none", "neither", "nor")
#: the verbs that take "not" before a determiner or a number ("These are not the types of investments")
COPULAS = ("is", "are", "was", "were")
NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve").split()
#: the words of a number written out, for where the planter must know one follows ("all fifty states")
SPELLED = (*NUMBER_WORDS, *"one twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen".split())
ANTONYMS = (("approved", "rejected"), ("increased", "decreased"), ("raised", "cut"), ("rise", "fall"),
            ("rose", "fell"), ("higher", "lower"), ("increase", "decrease"), ("reduced", "increased"),
            ("reduce", "increase"), ("improved", "worsened"), ("more", "less"), ("lower", "higher"),
            ("lowering", "raising"), ("support", "oppose"), ("allowed", "banned"))
#: the words that hedge a claim, in the source's sentence
HEDGE_RE = re.compile(r"\b(?:may|might|could|possibl[ey]|perhaps|probably|likely|expect(?:s|ed)?|preliminary|"
                      r"suggest(?:s|ed|ing|ive)?|appears?|seems?|potential(?:ly)?|tentative|hopes?)\b", re.IGNORECASE)
#: the antonym pairs that are nouns as well as verbs ("a rise" / "a fall")
NOUN_ANTONYMS = (("increase", "decrease"), ("rise", "fall"), ("increased", "decreased"))
QUANT_SWAP = {"all": "some", "every": "some", "each": "some", "some": "all", "many": "all", "most": "some",
              "several": "all", "few": "all"}
CONTRACTIONS = {"will not": "won't", "do not": "don't", "does not": "doesn't", "did not": "didn't",
                "is not": "isn't", "are not": "aren't", "cannot": "can't", "has not": "hasn't",
                "have not": "haven't", "was not": "wasn't", "could not": "couldn't", "would not": "wouldn't"}
SPEECH = r"(?:said|says|told|added|noted|announced|explained|warned|wrote|replied|answered)"
NAME_RUN = r"[A-Z][\w.'’-]*(?: (?:of )?[A-Z][\w.'’-]*)*"


@dataclass(frozen=True)
class Edit:
    kind: str  # a discrepancy kind, or a harmless rewording's type
    start: int  # in the original derivative
    end: int
    new: str
    #: the source segment the edited sentence restates (its best checked alignment), for ``--show``
    sid: str = ""

    def apply(self, text: str) -> tuple[str, int, int]:
        """The edited text and the edited span in it."""
        return text[:self.start] + self.new + text[self.end:], self.start, self.start + len(self.new)


def _in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _stem_in(word: str, text: str) -> bool:
    """Whether ``text`` has a word of the same stem ("deliver" in "will deliver more than 25 million masks")."""
    from alignment.text.normalize import fold_word, stem

    key = stem(fold_word(word))
    return any(stem(fold_word(w)) == key for w in re.findall(r"[A-Za-z]+", text))


def _unit(text: str, a: int, b: int) -> str:
    """What the number at ``text[a:b]`` is written with: "%" for a percentage ("50%", "50 percent", "50 per cent"),
    "$" for a sum of money ("$50"), "" for none."""
    if re.match(r"\s?(?:%|percent\b|per cent\b)", text[b:b + 9]):
        return "%"
    return "$" if text[max(a - 1, 0):a] in ("$", "£", "€") else ""


def _same_figure(d: str, a: int, b: int, s: str) -> bool:
    """Whether the number at ``d[a:b]`` can be the source sentence ``s``'s: written with the same unit as one of its
    uses there ("aged 50 years" is no "50%"), and, joined by a hyphen to the word after it ("a two-seat helicopter",
    "a 12-week course"), before the same word there ("two Guardsmen" counts no seats)."""
    num = d[a:b]
    uses = [u for u in re.finditer(rf"(?<![\w.,]){re.escape(num)}(?![\w,]|\.\d)", s, re.IGNORECASE)]
    if not any(_unit(s, u.start(), u.end()) == _unit(d, a, b) for u in uses):
        return False
    joined = re.match(r"[-‐‑]([A-Za-z]+)", d[b:])
    if joined is None:
        return True
    return any((w := re.match(r"[\s\-‐‑]+([A-Za-z]+)", s[u.end():])) is not None
               and _stem_in(joined.group(1), w.group(1)) for u in uses)


def _number_edits(d: str, s: str, off: int) -> list[Edit]:
    out = []
    for m in re.finditer(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,]|\.\d)", d):
        raw = m.group(1)
        if re.fullmatch(r"(?:19|20)\d\d", raw) or not _in(raw, s) or not _same_figure(d, m.start(1), m.end(1), s):
            continue
        around = d[max(m.start() - 12, 0):m.end() + 12]
        if any(mo in around for mo in MONTHS) or MONTH_SHORT_RE.search(around):
            continue  # a day of a date ("September 28", "Sept. 28", "Sep 09": "Sept. 43" is no date)
        if "/" in (d[m.start() - 1:m.start()], d[m.end():m.end() + 1]):
            continue  # a date or a fraction written with a slash ("the 9/11 attacks", "24/7"): "9/17" is a date
            # changed, no number, and "14/11" no date at all
        if _clock_time(d, m.start(1), m.end(1)):
            continue  # a time of day ("12:01 a.m.", "at 3 p.m."): "12:3 a.m." or "19:01 a.m." is no writer's edit
        new = next((v for v in _other_values(raw) if not _in(v, s)), None)
        if new is None:
            continue
        out.append(Edit("number", off + m.start(1), off + m.end(1), new))
    for m in re.finditer(rf"\b({'|'.join(NUMBER_WORDS)})\b", d):
        if _in(m.group(1), s) and _same_figure(d, m.start(1), m.end(1), s):
            i = NUMBER_WORDS.index(m.group(1))
            w = next((x for k in (3, 4, 5, 6) if not _in(x := NUMBER_WORDS[(i + k) % len(NUMBER_WORDS)], s)), None)
            if w is not None:
                out.append(Edit("number", off + m.start(1), off + m.end(1), w))
    return out


#: a time of day after a number ("3 p.m.", "9am", "10 o'clock")
CLOCK_AFTER_RE = re.compile(r"\s?(?:[ap]\.?m\b\.?|o['’]clock\b)", re.IGNORECASE)


def _clock_time(d: str, a: int, b: int) -> bool:
    """Whether the number at ``d[a:b]`` is part of a time of day: hours and minutes joined by a colon ("12:01"),
    or a number before "a.m.", "p.m." or "o'clock"."""
    return re.search(r"\d:$", d[max(a - 2, 0):a]) is not None or re.match(r":\d", d[b:b + 2]) is not None or \
        CLOCK_AFTER_RE.match(d[b:b + 10]) is not None


def _other_values(raw: str) -> list[str]:
    """The values the planter may put for the number ``raw``, first choice first: one more for a decimal's whole
    part ("2.8" -> "3.8", then "4.8" ...), half as much again plus one for a whole number (then more); a value
    the source's sentence already gives is passed over by the caller, since "3.8" for "2.8" where the sentence has
    both states another of its figures."""
    if "." in raw:
        whole, frac = raw.split(".")
        return [f"{int(whole) + k}.{frac}" for k in range(1, 12)]
    n = int(raw.replace(",", ""))
    first = n * 3 // 2 + 1 if n >= 2 else n + 2
    vals = [first + k * max(n // 4, 1) for k in range(12)]
    return [f"{v:,}" if "," in raw else str(v) for v in vals]


def _may_month(d: str, a: int, b: int) -> bool:
    """Whether "May" at ``d[a:b]`` is the month: a number after it ("May 10", "May 2024"), or a number or a word that
    dates before it ("10 May", "in May", "since May"); "May God protect", "May I", "they may go" are none."""
    return re.match(r"\s+\d", d[b:]) is not None or re.search(
        r"(?:\d|\b(?:in|of|on|since|until|by|through|from|last|next|early|late|mid|this|that)\s*-?)\s*$",
        d[max(a - 12, 0):a], re.IGNORECASE) is not None


def _date_edits(d: str, s: str, off: int, rng: random.Random) -> list[Edit]:
    out = []
    for m in re.finditer(rf"\b({'|'.join(MONTHS)})\b", d):
        if _in(m.group(1), s) and not (m.group(1) == "May" and not _may_month(d, m.start(1), m.end(1))):
            other = rng.choice([x for x in MONTHS if x != m.group(1)])
            out.append(Edit("date", off + m.start(1), off + m.end(1), other))
    for m in re.finditer(r"\b((?:19|20)\d\d)\b", d):
        if _in(m.group(1), s):
            out.append(Edit("date", off + m.start(1), off + m.end(1), str(int(m.group(1)) - 2)))
    months = "|".join(MONTHS)
    for m in re.finditer(rf"\b(?:({months})\.?\s+(\d{{1,2}})\b|(\d{{1,2}})(?:st|nd|rd|th)?\s+({months}))", d):
        g = 2 if m.group(2) else 3
        day = int(m.group(g))
        if _in(m.group(g), s):
            out.append(Edit("date", off + m.start(g), off + m.end(g), str(day + 3 if day < 25 else day - 5)))
    return out


def _speaker_spans(d: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(rf"\b({NAME_RUN})\s+{SPEECH}\b", d):
        if not re.search(r"\b(?:in|at|on|near)\s+(?:the\s+)?$", d[:m.start(1)]):  # (a place or a day in a phrase is
            spans.append(m.span(1))  # no speaker: "A tenant at 324 Central Ave. in Bushwick said", "on Friday said")
    for m in re.finditer(rf"[,\"”’']\s*{SPEECH}\s+(?:the\s+)?({NAME_RUN})", d):
        if not re.match(r"\s+(?!(?:of|from|the|at|in|for|with|and|who|a|an)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z]",
                        d[m.end(1):]):  # (a name before an office in
            spans.append(m.span(1))  # lower case and a name qualifies them: "said Brooklyn district attorney Ken")
    for m in re.finditer(rf"\baccording to (?:the\s+)?({NAME_RUN})", d):
        spans.append(m.span(1))
    for m in re.finditer(rf"\b({NAME_RUN}), (?:who|a|an|the) [^,.;:]*, {SPEECH}\b", d):  # "Lopez, who led it, said"
        if not re.search(r"\b(?:in|from|at|of|for|with|by|on)\s+(?:the\s+)?$", d[:m.start(1)]):  # (not a place in a
            spans.append(m.span(1))  # phrase: "Pollock, from Boston Children's Hospital in the US, who led ..., said")
    return [(a, b) for a, b in spans if d[a:b] not in ("The", "He", "She", "It", "They", "We", "I")
            and d[a:b].split()[0] not in FUNCTION_WORDS]


def _in_name_run(d: str, a: int, b: int) -> bool:
    """Whether ``d[a:b]`` is one word of a longer capitalised name ("United States", "Department of Education",
    "Cancer Moonshot Coordinator")."""
    # (after "of the" too: "the Department of the Interior"; after an ordinal: "the 4th Circuit")
    before = re.search(r"([A-Z][\w.'’-]*)(?: (?:of|and|for|the)){0,2} $", d[max(a - 40, 0):a])
    after = re.match(r"(?:['’]s)? (?:(?:of|and|for|the) ){0,2}[A-Z]", d[b:b + 40])  # "People’s Republic", "the
    # Council of the International Civil Aviation Organization"
    return bool(after) or (before is not None and before.group(1) not in ("The", "A", "An")) or \
        re.search(r"\b\d+(?:st|nd|rd|th) $", d[max(a - 10, 0):a]) is not None


def _typed_pool(word: str, ent: str, source: str) -> list[str]:
    """The names of :data:`TYPED_NAMES` that can stand in for ``word``, of entity type ``ent``, and that the source
    never uses; [] for a type without a pool."""
    if ent == "ORG" and word.isupper():
        ent = "ORG_ACRONYM"
    elif ent == "NORP" and word.endswith("s"):
        ent = "NORP_PLURAL"
    return [n for n in TYPED_NAMES.get(ent, ()) if not _in(n, source)]


def name_types(*texts: str) -> dict[str, str]:
    """The entity type of each capitalised word of ``texts``: the label spaCy's recogniser gives it in at least
    :data:`TYPE_AGREEMENT` of its capitalised occurrences (none, a word of no type, counted), else none. The
    recogniser of the small pipeline takes a drug for a person here and a place there ("Repatha": ORG 19, GPE 12,
    PERSON 9 in its release): a name it types so unevenly has no type a replacement could share. A person is one the
    texts name in full somewhere (a name of two words or more): news writing introduces a person so, and the
    recogniser takes many a drug for one ("Siliq")."""
    labels: dict[str, Counter[str]] = {}
    full: set[str] = set()
    nlp = _recognising_pipeline()
    for text in texts:
        doc = nlp(text)
        for t in doc:
            if t.text[:1].isupper():
                labels.setdefault(t.text, Counter())[t.ent_type_] += 1
        full.update(t.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in e)
    out = {}
    for w, c in labels.items():
        label, n = c.most_common(1)[0]
        if label and n >= TYPE_AGREEMENT * sum(c.values()) and (label != "PERSON" or w in full):
            out[w] = label
    return out


#: the share of a word's occurrences its entity type must have (:func:`name_types`)
TYPE_AGREEMENT = 0.8


def _name_edits(d: str, s: str, source: str, off: int, rng: random.Random,
                types: dict[str, str]) -> list[Edit]:
    """A name of the source's sentence replaced by one of the same type the source never uses. A name is a word
    spaCy tags as a proper noun in the article that the source capitalises inside a sentence somewhere: a
    headline's "Severe Symptoms", "Asthma pill could ..." or "a Boxed Warning" are no names, nor is a word of office
    ("Foreign Secretary"). Its type is the entity label of spaCy's recogniser (:data:`TYPED_NAMES`)."""
    speakers = _speaker_spans(d)
    tags: dict[int, tuple[str, str]] | None = None
    out = []
    for m in re.finditer(r"(?<=[\w,;:] )([A-Z][a-z]{2,}|[A-Z]{2,5})\b", d):
        w = m.group(1)
        if w in MONTHS or not _in(w, s) or any(a <= m.start() < b for a, b in speakers):
            continue
        if _in_name_run(d, m.start(1), m.end(1)) or "-" in (d[m.start(1) - 1:m.start(1)], d[m.end(1):m.end(1) + 1]):
            continue  # a word of a longer name: "the United Norway", "the Department of Siemens", "Siemens-Pacific"
            # is no edit
        if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s) or not re.search(rf"(?<=[\w,;:] ){re.escape(w)}(?!\w)",
                                                                              source):
            continue
        if w in ("The", "This", "These", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday", "I") or w in ROLE_WORDS:
            continue
        tags = _tags(d) if tags is None else tags
        pos = tags.get(m.start(1), ("", ""))[0]
        pool = _typed_pool(w, types.get(w, ""), source)
        if pos != "PROPN" or not pool:
            continue
        out.append(Edit("name", off + m.start(1), off + m.end(1), rng.choice(pool)))
    return out


def _attribution_edits(d: str, source: str, paragraph: str, off: int, rng: random.Random,
                       types: dict[str, str]) -> list[Edit]:
    """The speaker credited in the article replaced by another speaker of the source (a statement credited to the
    wrong person), or by a person the source never names. A speaker the source credits in the paragraph of the
    sentence restated is no wrong one ("President Biden announced a new effort ... The Administration will deliver":
    "President Biden says it will deliver" is right), so is never planted there."""
    # (not a word or two of a longer name before the verb, "the Westmead Institute for Medical Research said" after
    # the speaker's name: "said Medical Research" is no speaker a writer would credit)
    speakers = sorted({source[a:b].rstrip(".") for a, b in _speaker_spans(source) if not _in_name_run(source, a, b)})
    here = {w for a, b in _speaker_spans(paragraph) for w in paragraph[a:b].rstrip(".").split()}
    credited = here | {w for a, b in _speaker_spans(source) for w in source[a:b].rstrip(".").split()} - {"The", "the"}
    # the issuer is no wrong speaker: a release answers for all it says, and a government's executive goes by several
    # names ("the Biden Administration", "the White House", "President Biden" for a White House fact sheet)
    heading = source.strip().split("\n", 1)[0]
    issuer = set(re.findall(r"[A-Z][\w-]+", heading)) - FUNCTION_WORDS - {"FACT", "SHEET", "Fact", "Sheet"}
    if any(_in(e, heading) for e in EXECUTIVE):
        issuer |= {w for e in EXECUTIVE for w in e.split()}
    issuer |= {p for w in issuer for p in w.split("-")}
    speakers = [o for o in speakers if not set(o.split()) & issuer]
    out = []
    for a, b in _speaker_spans(d):
        b = a + len(d[a:b].rstrip("."))
        office = OFFICE_RE.search(d[max(a - 60, 0):a])
        if office and office.group(1) in issuer:
            continue  # a person the article introduces by an office of the issuer speaks for it: "White House press
            # secretary CEO Jim McCrery" is no sentence a writer makes
        said = set(d[a:b].split()) - {"The", "the"}
        if not said & (credited | issuer):
            continue  # a speaker the source never credits with anything: one it only names ("Powell said earlier this
            # month" against a statement that lists him among its voters) or never names is no voice the source can
            # show wrong (only one it credits, "..., said Director Maria Lopez", or its issuer)
        cands = [o for o in speakers if not set(o.split()) & (said | here)]
        if not cands:
            # someone the source never names, of the speaker's type: a person for a person, a body for a body; only
            # in place of a speaker the source has (named in it, or its issuer): a third party the article quotes,
            # whom the source never names ("according to the National Council of Jewish Women"), put for another
            # the source never names is no error the source can show
            last = d[a:b].split()[-1]
            if not (_in(last, source) or set(d[a:b].split()) & issuer):
                continue
            cands = _typed_pool(last, types.get(last, ""), source)
        if cands:
            out.append(Edit("attribution", off + a, off + b, rng.choice(cands)))
    return out


def _tags(text: str) -> dict[int, tuple[str, str]]:
    """The part of speech and entity type spaCy gives each word of ``text``, by the word's start (the planter loads
    the pipeline with its recogniser, which the compare leaves out)."""
    return {t.idx: (t.pos_, t.ent_type_) for t in _recognising_pipeline()(text)}


_NLP: list = []


def _recognising_pipeline():  # -> spacy.language.Language
    if not _NLP:
        import spacy

        from alignment.config import Config
        from alignment.text.nlp import load_pipeline, pipeline_candidates

        load_pipeline(Config().model)  # (spaCy imported as the compare imports it)
        name = next(c for c in pipeline_candidates(Config().model) if spacy.util.is_package(c))
        _NLP.append(spacy.load(name))
    return _NLP[0]


def _negation_edits(d: str, s: str, off: int) -> list[Edit]:
    """A negation added or dropped, or a word replaced by its antonym; an antonym that is a verb only ("oppose",
    "rejected") is planted only where the word is not a noun: "military support" -> "military oppose" is no
    sentence a journalist writes."""
    out = []
    tags: dict[int, tuple[str, str]] | None = None
    aux = "will|would|can|could|should|is|are|was|were|has|have|had|does|do|did"
    for m in re.finditer(rf"\b({aux})\s+(?!not\b)([a-z]{{3,}})\b", d):
        if _in(m.group(2), s) and m.group(2) not in ("only", "just", "merely", *NEGATIVE_WORDS):
            # ("will not only be", "can not never": no negation of the claim)
            tags = _tags(d) if tags is None else tags
            pos = tags.get(m.start(2), ("", ""))[0]
            if m.group(1) in ("has", "have", "had") and pos not in ("VERB", "AUX"):
                continue  # "we have not ongoing strategies", "who have not diplomatic relations": no sentence
            if pos in ("DET", "NUM") and m.group(1) in COPULAS:
                # (the word the copula's "not" negates is its predicate's, after the determiner: "is not the most
                # accurate indicator" negates nothing the source's sentence says unless it says "accurate indicator")
                after = [w for w in re.finditer(r"[A-Za-z]+", d[m.end(2):m.end(2) + 40])][:4]
                if not any(tags.get(m.end(2) + w.start(), ("", ""))[0] in ("NOUN", "ADJ", "PROPN", "VERB")
                           and _in(w.group(), s) for w in after):
                    continue
            if pos in ("VERB", "AUX", "ADJ", "ADV") or (pos in ("DET", "NUM") and m.group(1) in COPULAS):
                out.append(Edit("negation", off + m.end(1), off + m.end(1), " not"))
    for m in re.finditer(r"\s(not)\b(?!-)(?!\s+only\b)", d):  # (not "the not-too-distant future", nor "not only":
        # neither negates the claim)
        if _in("not", s):
            out.append(Edit("negation", off + m.start(), off + m.end(), ""))
    for a, b in ANTONYMS:
        for m in re.finditer(rf"\b{a}\b", d):
            if _in(a, s):
                if (a, b) not in NOUN_ANTONYMS:
                    tags = _tags(d) if tags is None else tags
                    if tags.get(m.start(), ("", ""))[0] in ("NOUN", "PROPN"):
                        continue
                out.append(Edit("negation", off + m.start(), off + m.end(), b))
    return out


def _modality_edits(d: str, s: str, off: int) -> list[Edit]:
    """A hedge added or dropped. "will" -> "may" only where the source's sentence hedges nothing, and "suggests" ->
    "shows" only where it hedges: a hedge the source has too, or certainty where the source states the result,
    is no error."""
    out = []
    hedged = HEDGE_RE.search(s) is not None
    tags: dict[int, tuple[str, str]] | None = None
    for m in re.finditer(r"\bwill\b(?!\s+not)", d):
        if not hedged and not re.search(r"\b(?:I|to)\s+$", d[:m.start()]):  # "I will now turn it over": the
            # speaker's own talk, never a claim a release makes; "have agreed to will provide", an article's slip:
            # "agreed to may provide" is no sentence a writer makes
            tags = _tags(d) if tags is None else tags
            after = [v for v in re.finditer(r"[A-Za-z]+", d[m.end():m.end() + 60])
                     if tags.get(m.end() + v.start(), ("", ""))[0] in ("VERB", "NOUN", "PROPN", "ADJ")]
            verb = next((v for v in after if tags.get(m.end() + v.start(), ("", ""))[0] == "VERB"), None)
            # the claim the source makes: its verb, or two of the three words that follow it ("will be sold with a
            # boxed warning" / "will include a Boxed Warning"); not the speaker's own talk ("I will say what ...")
            rest = after[after.index(verb) + 1:][:3] if verb is not None else []
            if verb is not None and (_stem_in(verb.group(), s) or sum(_stem_in(v.group(), s) for v in rest) >= 2):
                out.append(Edit("modality", off + m.start(), off + m.end(), "may"))
    for m in re.finditer(r"\b(may|might|could(?!\s+not\b))\b(?=\s+[a-z])", d):  # "could not be clearer": no hedge
        if _in(m.group(1), s):
            out.append(Edit("modality", off + m.start(), off + m.end(), "will"))
    for m in re.finditer(r"\bsuggest(s|ed)?\b(?!\s*[,.;:)\]])", d):  # "as X suggested, ...": no claim hedged
        if hedged:
            out.append(Edit("modality", off + m.start(), off + m.end(), "show" + (m.group(1) or "")))
    for m in re.finditer(r"\b(is|are)\s+(?!not\b)([a-z]{4,})\b", d):
        # (not in a condition: "if it is under the control of" asserts nothing to hedge; nor where the source hedges,
        # as for "will": "is expected to hit" -> "may be expected to hit" hedges what the source hedges)
        if not hedged and _in(m.group(2), s) and not m.group(2).endswith("ing") and \
                not re.search(r"\b(?:if|whether)\s+(?:\w+\s+){0,2}$", d[:m.start()], re.IGNORECASE):
            tags = _tags(d) if tags is None else tags
            if tags.get(m.start(2), ("", ""))[0] != "ADV":  # "is already — has already approved": no claim
                out.append(Edit("modality", off + m.start(1), off + m.end(1), "may be"))
    return out


def _quantifier_edits(d: str, s: str, off: int) -> list[Edit]:
    out = []
    for m in re.finditer(rf"\b({'|'.join(QUANT_SWAP)})\s+(?:of\s+the\s+|the\s+)?([a-z]{{3,}})\b", d, re.IGNORECASE):
        q = m.group(1).lower()
        if q == "most" and re.search(r"\b(?:the|a)\s+$", d[:m.start(1)], re.IGNORECASE):
            continue  # "the most common side effects": a superlative, no scope ("the some common" is no sentence)
        if re.search(r"\b(?:how|so|too|as)\s+$", d[:m.start(1)], re.IGNORECASE):
            continue  # "how many people": a question's word, no scope ("how all people" is no sentence); "so many
            # ways", "too many", "as many as": a degree, "so all ways" is no sentence either
        if _in(m.group(2), s) and _in(q, s):
            new = QUANT_SWAP[q]
            if new == "some" and re.match(rf"\s+(?:\d|(?:{'|'.join(SPELLED)})\b)", d[m.end(1):], re.IGNORECASE):
                continue  # "all 50 states" -> "some 50 states" reads "about 50 states": no scope changed
            out.append(Edit("quantifier", off + m.start(1), off + m.end(1),
                            new.capitalize() if m.group(1)[0].isupper() else new))
    for m in re.finditer(r"\b(one of the)\s+([a-z]+)", d, re.IGNORECASE):
        if _in(m.group(2), s):
            out.append(Edit("quantifier", off + m.start(1), off + m.end(1), "the"))
    for m in re.finditer(r"\bin (mice|rats|animals|people|patients|humans)\b", d):
        if _in(m.group(1), s):
            new = "people" if m.group(1) in ("mice", "rats", "animals") else "mice"
            out.append(Edit("quantifier", off + m.start(1), off + m.end(1), new))
    return out


def _harmless_edits(d: str, s: str, source: str, off: int, types: dict[str, str]) -> list[Edit]:
    out = []
    for m in re.finditer(r"\b(\d+(?:\.\d+)?) (million|billion)\b", d):
        short = {"million": "m", "billion": "bn"}[m.group(2)]
        out.append(Edit("unit", off + m.start(), off + m.end(), m.group(1) + short))
    for m in re.finditer(r"\b(\d+(?:\.\d+)?) ?(?:percent|per cent)\b", d):
        out.append(Edit("unit", off + m.start(), off + m.end(), m.group(1) + "%"))
    for m in re.finditer(r"\b(\d+(?:\.\d+)?)%", d):
        out.append(Edit("unit", off + m.start(), off + m.end(), m.group(1) + " percent"))
    for m in re.finditer(r"\b\d{1,3}(?:,\d{3})+\b", d):
        out.append(Edit("unit", off + m.start(), off + m.end(), m.group().replace(",", "")))
    for m in re.finditer(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})(?:, (\d{{4}}))?\b", d):
        year = f" {m.group(3)}" if m.group(3) else ""
        out.append(Edit("date_format", off + m.start(), off + m.end(), f"{m.group(2)} {m.group(1)}{year}"))
    for m in re.finditer(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({'|'.join(MONTHS)})(?: (\d{{4}}))?\b", d):
        year = f", {m.group(3)}" if m.group(3) else ""
        out.append(Edit("date_format", off + m.start(), off + m.end(), f"{m.group(2)} {m.group(1)}{year}"))
    for m in re.finditer(r"\b(September|October|November|December|January|February|August)\b", d):
        out.append(Edit("date_format", off + m.start(), off + m.end(), m.group(1)[:3] + "."))
    for long, short in CONTRACTIONS.items():
        for m in re.finditer(rf"\b{long}\b", d):
            out.append(Edit("contraction", off + m.start(), off + m.end(), short))
    for m in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b", d):  # a person's full name the source gives -> the
        # surname (a person's: "the White House" is no "House")
        if _in(m.group(0), source) and types.get(m.group(2)) == "PERSON":
            out.append(Edit("alias", off + m.start(), off + m.end(), m.group(2)))
    for m in re.finditer(r"\b((?:[A-Z][a-z]+ )(?:(?:of|and|for) )?(?:[A-Z][a-z]+ ?){1,5}) \(([A-Z]{2,6})\)", source):
        name, acr = m.group(1).strip(), m.group(2)
        for n in re.finditer(rf"\b{re.escape(name)}\b", d):
            out.append(Edit("alias", off + n.start(), off + n.end(), acr))
    for m in re.finditer(r"\b(?:the )?United States\b", d):
        out.append(Edit("alias", off + m.start(), off + m.end(), "the US" if m.group().startswith("the") else "US"))
    return out


def wh_texts(cache: Path) -> dict[str, tuple[Path, Path]] | None:
    """Extract (once) the pairs of ``discovery-pairs.json`` that are not ``fresh/`` … ``fresh19/`` into
    ``cache``; pair name -> (source path, derivative path), ``None`` without ``../shared/corpus``'s tarball. A pair
    with several sources is compared with its first, the one it restates most (``source_share``)."""
    from real_pairs import CORPUS as SHARED
    from real_pairs import extract_members

    pairs = json.loads(WH_PAIRS.read_text(encoding="utf-8"))["pairs"]
    out: dict[str, tuple[Path, Path]] = {}
    members: dict[str, Path] = {}
    for name, entry in pairs.items():
        if name.split("/", 1)[0] in HELD_OUT_PREFIXES:
            continue
        src = entry["sources"][0]
        for member in (src, entry["derivative"]):
            members[member] = cache / Path(member).name
        out[name.removeprefix("wh/")] = (members[src], members[entry["derivative"]])
    return out if extract_members(SHARED / "official-texts.tar.xz", members) else None


def _sites(report, rng: random.Random, cap: int | None = None) -> dict[str, list[Edit]]:  # report: Report
    from alignment.engine.discrepancies import restates
    from alignment.text.segment import is_question

    best: dict[str, str] = {}
    for a in sorted(report.alignments, key=lambda a: -a.score):
        if restates(a) and a.derivative_id not in best:
            best[a.derivative_id] = a.source_id
    if cap is not None and len(best) > cap:
        best = {k: best[k] for k in rng.sample(sorted(best), cap)}
    source = report.source.text
    types = name_types(source, report.derivative.text)
    found: dict[str, list[Edit]] = {k: [] for k in (*KINDS, *HARMLESS)}
    for did, sid in sorted(best.items(), key=lambda x: int(x[0][1:])):
        dseg, sseg = report.derivative.segment(did), report.source.segment(sid)
        d, s, off = dseg.text, sseg.text, dseg.start
        paragraph = " ".join(x.text for x in report.source.segments if x.block == sseg.block)
        # a question asserts nothing: its polarity and modality are no claim ("And will the list ... ?")
        question = is_question(d)
        for e in (*_number_edits(d, s, off), *_date_edits(d, s, off, rng), *_name_edits(d, s, source, off, rng, types),
                  *_attribution_edits(d, source, paragraph, off, rng, types),
                  *(() if question else (*_negation_edits(d, s, off), *_modality_edits(d, s, off))),
                  *_quantifier_edits(d, s, off), *_harmless_edits(d, s, source, off, types)):
            found[e.kind].append(replace(e, sid=sid))
    return found


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from alignment import compare

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])

    parser.add_argument("--split", choices=("tune", "wh", "held-out", "fresh", "fresh2", "fresh3", *OUTSIDE_SPLITS),
                        required=True)
    parser.add_argument("--cache", type=Path, default=None, help="fresh, fresh2, fresh3: where the texts are "
                        "extracted (default: real_pairs.py's, outside the repository)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--max-sentences", type=int, default=None, help="draw the sites from at most this many "
                        "restating sentences per pair (default: all; 30 for wh)")
    parser.add_argument("--pairs", default=None, help="only the pairs whose name contains one of these "
                        "comma-separated strings")
    parser.add_argument("--per-kind", type=int, default=6, help="at most this many edits of each kind per pair")
    parser.add_argument("--show", action="store_true", help="print every flag on the unperturbed articles, and "
                        "every missed or wrongly flagged edit")
    args = parser.parse_args()

    names = TUNE if args.split == "tune" else HELD_OUT
    pairs = [("sample", *SAMPLE), *OWN] if args.split == "tune" else []
    if args.split in ("fresh", "fresh2", "fresh3"):
        from real_pairs import CORPUS as SHARED
        from real_pairs import default_cache, tarball_texts

        folder = TARBALL_SPLITS[args.split]
        texts = tarball_texts(args.cache or default_cache(folder), SHARED, folder)
        if texts is None:
            print(f"(no ../shared/corpus tarballs: the {args.split} split cannot be run)")
            return 0
        pairs = [(n, src, der) for n, (src, der) in sorted(texts.items())]
    elif args.split in OUTSIDE_SPLITS:  # texts outside the repository
        from real_pairs import outside_texts

        found4, problem = outside_texts(args.split, partial=not OUTSIDE_SPLITS[args.split].held_out)
        if problem:
            print(f"({'partial' if found4 else 'skipped'} {args.split}: {problem})")
        if not found4:
            return 0
        pairs = [(n, src, der) for n, (src, der) in sorted(found4.items())]
    elif args.split == "wh":
        from real_pairs import default_cache

        found = wh_texts((args.cache or default_cache()).parent / "wh-pairs")
        if found is None:
            print("(no ../shared/corpus/official-texts.tar.xz: the wh split cannot be run)")
            return 0
        pairs = [(n, src, der) for n, (src, der) in sorted(found.items())]
        if args.max_sentences is None:
            args.max_sentences = 30
    elif not CORPUS.is_dir():
        print(f"(no corpus at {CORPUS}: the sample pair only)")
    else:
        pairs += [(n, CORPUS / n / "source.txt", CORPUS / n / "derivative.txt") for n in names]

    if args.pairs:
        pairs = [p for p in pairs if any(k in p[0] for k in args.pairs.split(","))]
    planted, hit, right = Counter(), Counter(), Counter()
    harmless, flagged = Counter(), Counter()
    aligned_total = flags_total = 0
    print(f"{'pair':<46} {'aligned':>7} {'flags':>5} {'per 100':>7}")
    for name, src_path, der_path in pairs:
        source, derivative = src_path.read_text(encoding="utf-8"), der_path.read_text(encoding="utf-8")
        report = compare(source, derivative)
        aligned = sum(1 for s in report.derivative.segments if s.aligned_to)
        aligned_total += aligned
        flags_total += len(report.discrepancies)
        print(f"{name:<46} {aligned:>7} {len(report.discrepancies):>5} "
              f"{100 * len(report.discrepancies) / max(aligned, 1):>7.1f}")
        if args.show:
            for x in report.discrepancies:
                print(f"    {x.id} {x.kind}: {x.explanation}\n        D {x.derivative_id}: "
                      f"{report.derivative.segment(x.derivative_id).text}\n        S {x.source_id}: "
                      f"{report.source.segment(x.source_id).text}")
        rng = random.Random(f"{args.seed}:{name}")
        for kind, edits in _sites(report, rng, args.max_sentences).items():
            rng.shuffle(edits)
            for e in edits[:args.per_kind]:
                text, a, b = e.apply(derivative)
                edited = compare(source, text)
                # (a word removed leaves a point: a flag on the word right after it is at that place, "need and
                # unadulterated greed" for "need and not unadulterated greed")
                got = [x for x in edited.discrepancies if (x.start < b and a < x.end) or
                       (a == b and x.start <= a + len(text[a:a + 3]) - len(text[a:a + 3].lstrip()) and a <= x.end)]
                if kind in HARMLESS:
                    harmless[kind] += 1
                    flagged[kind] += bool(got)
                else:
                    planted[kind] += 1
                    hit[kind] += bool(got)
                    right[kind] += any(x.kind == kind for x in got)
                if args.show and (bool(got) == (kind in HARMLESS) or (got and not any(x.kind == kind for x in got)
                                                                       and kind not in HARMLESS)):
                    what = "; ".join(f"{x.kind}: {x.explanation}" for x in got) or "not flagged"
                    print(f"    {kind:<11} {derivative[e.start:e.end]!r} -> {e.new!r}: {what}\n"
                          f"        in: {text[max(a - 80, 0):b + 80]!r}\n{_links(edited, a, e.sid)}")

    print(f"\n{'kind':<12} {'planted':>7} {'found':>6} {'recall':>6} {'kind ok':>7}")
    for kind in KINDS:
        print(f"{kind:<12} {planted[kind]:>7} {hit[kind]:>6} {_ratio(hit[kind], planted[kind]):>6} "
              f"{_ratio(right[kind], hit[kind]):>7}")
    n, h, r = sum(planted.values()), sum(hit.values()), sum(right.values())
    print(f"{'all':<12} {n:>7} {h:>6} {_ratio(h, n):>6} {_ratio(r, h):>7}")
    print(f"\n{'harmless':<12} {'planted':>7} {'flagged':>7} {'rate':>6}")
    for kind in HARMLESS:
        print(f"{kind:<12} {harmless[kind]:>7} {flagged[kind]:>7} {_ratio(flagged[kind], harmless[kind]):>6}")
    print(f"{'all':<12} {sum(harmless.values()):>7} {sum(flagged.values()):>7} "
          f"{_ratio(sum(flagged.values()), sum(harmless.values())):>6}")
    print(f"\nflags on the unperturbed articles: {flags_total} in {aligned_total} aligned sentences "
          f"({100 * flags_total / max(aligned_total, 1):.1f} per 100), {flags_total / max(len(pairs), 1):.2f} per pair")
    return 0


def _links(report, at: int, sid: str) -> str:  # report: Report
    """For ``--show``: the source sentence an edit was planted against, and how the edited sentence is linked."""
    seg = next((x for x in report.derivative.segments if x.start <= at <= x.end), None)
    if seg is None or not sid:
        return ""
    links = sorted((a for a in report.alignments if a.derivative_id == seg.id), key=lambda a: -a.score)[:3]
    told = ", ".join(f"{a.source_id} {a.label.value} {a.score:.2f}/{a.support:.2f}" for a in links) or "none"
    return f"        vs {sid}: {report.source.segment(sid).text!r}\n        links (score/support): {told}"


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


if __name__ == "__main__":
    sys.exit(main())
