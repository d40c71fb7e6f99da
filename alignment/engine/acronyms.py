"""Acronyms and their expansions: "FOMC" and "the Federal Open Market Committee" name one thing.

A statement writes a body out in full once and by its initials after ("the National Institute for Health Research
(NIHR)"), or not at all; the article does the same, the other way round, or in a shortened form ("the Fed's Open
Market Committee"). Word matching sees no shared word between "Voting for the FOMC monetary policy action were: ..."
and "The Fed's Open Market Committee ... voted unanimously". Here, every acronym of at least :data:`MIN_LETTERS`
letters found in either text is looked up in every segment of both as a run of capitalised words whose initials
spell it (function words such as "of" and "for" may stand between them, "of" with its initial or without: "BOJ" for
"Bank of Japan"; the run ends where the name does). The first word of such a run is also found where the acronym is,
and the acronym is also found where a run writes it out (:func:`acronym_alternatives`, read by
:func:`alignment.engine.match.profile_segments`): one word for one name, as the acronym is one word. A segment that
holds both, a definition, matches as written, never twice. Nothing changes when neither text holds an acronym."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.text.segment import TaggedWord

__all__ = ["MIN_LETTERS", "acronym_alternatives", "expansions", "pair_acronyms", "shared_name_keys", "spelt_out"]

#: shorter acronyms ("US", "UK", "MI") spell the initials of too many pairs of capitalised words by chance
MIN_LETTERS = 3
#: the longest acronym looked up (longer all-capital words are headline words, not initials)
MAX_LETTERS = 8
#: folded words that may stand inside an expansion without an initial of their own ("Institute for Health")
_CONNECTORS = _LANG.acronym_connectors
#: folded connectors that may also give their initial to the acronym ("BOJ" for "Bank of Japan", "DOJ" for
#: "Department of Justice")
_INITIAL_CONNECTORS = _LANG.acronym_initial_connectors


def _acronym(t: TaggedWord) -> str:
    """The folded letters of ``t`` when it is an acronym to look up, else ""."""
    w = t.word
    if w.kind != "acronym" or not MIN_LETTERS <= len(w.norm) <= MAX_LETTERS or not w.norm.isalpha():
        return ""
    return w.norm


@lru_cache(maxsize=8)
def _prefixes(acronyms: frozenset[str]) -> frozenset[str]:
    """Every start of every one of ``acronyms``, the empty one included: the initials a run may have so far."""
    return frozenset(a[:k] for a in acronyms for k in range(len(a) + 1))


def _spellings(words: Sequence[TaggedWord], within: frozenset[str] | None = None, text: str = "",
               ) -> Iterator[tuple[str, tuple[int, ...]]]:
    """Every run of capitalised words of ``words`` that may spell an acronym: (the initials, the indices of the
    run's words), connectors between them, of :data:`MIN_LETTERS` to :data:`MAX_LETTERS` words, ending where the
    name ends ("National Institute for Health" in "... Health Research" spells no "NIH"). Each start is read
    forward at most :data:`MAX_LETTERS` capitalised words, so the cost follows the words, not the acronyms.
    ``within``: only the runs that spell one of these acronyms are wanted, and a run stops being read once its
    initials start none of them (what it would give after that, the caller would drop). ``text``: the text the
    words index, where ``words`` are content words only: a connector that gives its initial ("of") is read in the
    gap between two of them."""
    if within is not None and not within:
        return
    starts = _prefixes(within) if within is not None else None
    n = len(words)
    # whether each word is capitalised: asked of each word up to MAX_LETTERS times, worked out once here
    capitalised = [t.word.kind == "word" and t.word.text[:1].isupper() for t in words]
    for i in range(n):
        if not capitalised[i]:
            continue
        first = words[i].word.norm[:1]
        if starts is not None and first not in starts:
            continue
        # the runs read so far from word i: (next word, the run's words, its initials); a connector that may give
        # its initial ("of": "BOJ" for "Bank of Japan") makes two, with it and without
        states: list[tuple[int, tuple[int, ...], str]] = [(i + 1, (i,), first)]
        while states:
            j, run, letters = states.pop()
            if j >= n or len(letters) >= MAX_LETTERS:
                continue
            if capitalised[j]:
                gap = text[words[j - 1].word.end:words[j].word.start].strip().lower() if text else ""
                for before in ("", gap[:1]) if gap in _INITIAL_CONNECTORS else ("",):
                    longer = letters + before + words[j].word.norm[:1]
                    if starts is not None and longer not in starts:
                        continue
                    if len(longer) >= MIN_LETTERS and not (j + 1 < n and capitalised[j + 1]):
                        yield longer, (*run, j)
                    states.append((j + 1, (*run, j), longer))
            elif words[j].word.norm in _CONNECTORS:
                states.append((j + 1, run, letters))
                if words[j].word.norm in _INITIAL_CONNECTORS and (
                        starts is None or letters + words[j].word.norm[:1] in starts):
                    states.append((j + 1, run, letters + words[j].word.norm[:1]))


def pair_acronyms(segments: Iterable[Sequence[TaggedWord]]) -> frozenset[str]:
    """The acronyms (their folded letters, which are their keys) of ``segments``: those of both texts."""
    # the kind is tested here too: most words are not acronyms, and a call for each of them cost more than the rest
    return frozenset(a for seg in segments for t in seg if t.word.kind == "acronym" and (a := _acronym(t)))


def expansions(words: Sequence[TaggedWord], acronyms: frozenset[str], text: str = "",
               ) -> list[tuple[str, tuple[int, ...]]]:
    """The runs of ``words`` that write out one of ``acronyms``: (the acronym, the indices of the run's words), the
    longest acronym first where two runs overlap.

    >>> from alignment.text.normalize import words
    >>> text = "The Fed's Open Market Committee voted"
    >>> expansions([TaggedWord(w, "", w.key) for w in words(text, 0, len(text))], frozenset({"fomc", "cdc"}))
    [('fomc', (1, 2, 3, 4))]
    """
    found = sorted(((letters, run) for letters, run in _spellings(words, acronyms, text) if letters in acronyms),
                   key=lambda lr: (-len(lr[0]), lr[0], lr[1]))
    out: list[tuple[str, tuple[int, ...]]] = []
    taken: set[int] = set()
    for letters, run in found:
        if taken.isdisjoint(run):
            out.append((letters, run))
            taken.update(run)
    return out


def spelt_out(letters: str) -> str:
    """The key a segment that writes out the acronym ``letters`` offers, and under which the acronym is found
    there: not the acronym's own key, so that a segment holding both ("the Food and Drug Administration (FDA)")
    is not found twice, by the acronym and by its spelling out.

    >>> spelt_out("fomc")
    '=fomc'
    """
    return "=" + letters


def acronym_alternatives(words: Sequence[TaggedWord], acronyms: frozenset[str], text: str = "",
                         ) -> tuple[dict[int, str], set[str]]:
    """What acronyms add to a segment of ``words`` (content words) in a pair whose texts hold ``acronyms``: by
    index, the extra key a word is found under (the first word of a run that writes out an acronym the segment
    does not hold is found where the acronym is; an acronym the segment does not write out is found where it is
    written out), and the keys the segment offers (:func:`spelt_out` for each run).

    >>> from alignment.text.normalize import words
    >>> def tag(text):
    ...     return [TaggedWord(w, "", w.key) for w in words(text, 0, len(text)) if w.content]
    >>> acronym_alternatives(tag("The Fed's Open Market Committee voted"), frozenset({"fomc"}))
    ({0: 'fomc'}, {'=fomc'})
    >>> acronym_alternatives(tag("Voting for the FOMC action"), frozenset({"fomc"}))
    ({1: '=fomc'}, set())
    >>> acronym_alternatives(tag("the Federal Open Market Committee (FOMC)"), frozenset({"fomc"}))
    ({}, {'=fomc'})
    """
    runs = expansions(words, acronyms, text)
    # (the kind tested here too, as in pair_acronyms: most words are not acronyms)
    held = {t.word.key: i for i, t in enumerate(words) if t.word.kind == "acronym" and _acronym(t)}
    written = {letters for letters, _ in runs}
    extra = {run[0]: letters for letters, run in runs if letters not in held}
    extra.update({i: spelt_out(key) for key, i in held.items() if key not in written})
    return extra, {spelt_out(letters) for letters in written}


def shared_name_keys(segments: Sequence[Sequence[TaggedWord]], other: Sequence[Sequence[TaggedWord]]) -> frozenset[str]:
    """The keys of the words of ``segments`` that name what ``other`` names in the other form, anywhere in it: an
    acronym of ``segments`` that ``other`` writes out, and the words of a run of ``segments`` that writes out an
    acronym of ``other``. For details (:func:`alignment.engine.details.unsupported_details`): "HHS" is nothing new
    beside a source's "Health and Human Services", nor the name in full beside its "HHS".

    >>> from alignment.text.normalize import words
    >>> def tag(text):
    ...     return [[TaggedWord(w, "", w.key) for w in words(text, 0, len(text))]]
    >>> sorted(shared_name_keys(tag("The Secretary of HHS and the USDA"), tag("the Health and Human Services")))
    ['hhs']
    >>> sorted(shared_name_keys(tag("the Food and Drug Administration said"), tag("The FDA said")))
    ['administr', 'drug', 'food']
    """
    mine, theirs = pair_acronyms(segments), pair_acronyms(other)
    written = {letters for seg in other for letters, _ in _spellings(seg, mine) if letters in mine}
    keys = {t.word.key for seg in segments for t in seg if _acronym(t) in written} if written else set()
    for seg in segments if theirs else ():
        keys.update(seg[i].word.key for _, run in expansions(seg, theirs) for i in run)
    return frozenset(keys)
