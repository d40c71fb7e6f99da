"""Acronyms and the names they stand for, across two texts: one writes "HHS", the other "Health and Human
Services"; one "the FDA", the other "the Food and Drug Administration"; "the AG" and "the Attorney General".

An acronym (a word of capitals, dotted or not: a :class:`alignment.text.normalize.Word` of kind ``acronym``)
stands for a run of capitalised words, one per letter in order, with only function words between them
("Department *of* Health *and* Human Services") and one space or line break between words: the run may sit inside
a longer name (HHS in "the Department of Health and Human Services"). Nothing is looked up in a table: the pairs
are read off the texts, so any organisation's acronym meets its name when both texts hold them.

>>> from alignment.text.normalize import words
>>> a = words("The Department of Health and Human Services and the AG agreed.")
>>> b = words("HHS said so; the Attorney General did not.")
>>> sorted(w.text for w in acronyms_spelled_out(b, a))
['HHS']
>>> sorted(w.text for w in acronyms_spelled_out(a, b))
['AG']
>>> [[w.text for w in run] for run in names_abbreviated(a, b)]
[['Health', 'and', 'Human', 'Services']]
>>> sorted(shared_name_keys(a, b))
['ag', 'health', 'human', 'servic']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from alignment.text.normalize import Word

__all__ = ["acronyms_spelled_out", "names_abbreviated", "shared_name_keys"]

_MIN_LETTERS, _MAX_LETTERS = 2, 8


def _letters(w: Word) -> str:
    """The letters of an acronym ("U.S." -> "us"), or "" for a word that is not one."""
    if w.kind != "acronym":
        return ""
    letters = "".join(c for c in w.text if c.isalpha())
    return letters.lower() if _MIN_LETTERS <= len(letters) <= _MAX_LETTERS and letters.isupper() else ""


def _starts(words: Sequence[Word]) -> dict[str, list[int]]:
    """Where a name may start: the capitalised words (not acronyms), by their first letter."""
    out: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if w.text[:1].isupper() and w.kind != "acronym":
            out.setdefault(w.text[0].lower(), []).append(i)
    return out


def _runs(letters: str, words: Sequence[Word], starts: dict[str, list[int]]) -> Iterator[tuple[int, int]]:
    """``(i, j)``: the runs ``words[i:j]`` whose capitalised words' initials spell ``letters``."""
    for i in starts.get(letters[0], ()):
        j, k = i, 0
        while j < len(words) and k < len(letters):
            w = words[j]
            if j > i and w.start - words[j - 1].end != 1:  # one space between the words of a name
                break
            if k > 0 and w.stop:  # "of", "and", "the": no letter of their own
                j += 1
                continue
            if w.kind == "acronym" or not w.text[:1].isupper() or w.text[0].lower() != letters[k]:
                break
            j, k = j + 1, k + 1
        if k == len(letters):
            yield i, j


def acronyms_spelled_out(words: Sequence[Word], other: Sequence[Word]) -> list[Word]:
    """The acronyms of ``words`` whose name ``other`` spells out."""
    starts = _starts(other)
    spelled = {letters for letters in {_letters(w) for w in words} - {""}
               if next(_runs(letters, other, starts), None)}
    return [w for w in words if _letters(w) in spelled]


def names_abbreviated(words: Sequence[Word], other: Sequence[Word]) -> list[list[Word]]:
    """The runs of ``words`` that spell out a name ``other`` abbreviates: each run's words, connectors included."""
    starts = _starts(words)
    wanted = {_letters(w) for w in other} - {""}
    return [list(words[i:j]) for letters in sorted(wanted) for i, j in _runs(letters, words, starts)]


def shared_name_keys(words: Sequence[Word], other: Sequence[Word]) -> frozenset[str]:
    """The keys of ``words`` that name what ``other`` names in the other form: its acronyms that ``other`` spells
    out, and the words of its names that ``other`` abbreviates."""
    keys = {w.key for w in acronyms_spelled_out(words, other)}
    keys.update(w.key for run in names_abbreviated(words, other) for w in run if not w.stop)
    return frozenset(keys)
