"""Segmentation: blocks, then spaCy sentences inside paragraphs, then claims inside run-on sentences.

Every segment's ``text`` equals ``document[start:end]``. Alongside the segments this stage keeps
the words of each segment with their spaCy part of speech and lemma, for the matching stages.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from alignment.config import Config
from alignment.errors import InputError
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import NOT_A_CLAIM_KINDS, Segment, SegmentKind
from alignment.text.blocks import Block, find_blocks, strip_span
from alignment.text.normalize import Word, count_words, fold_surface, fold_word, stem, words
from alignment.text.quotemarks import MARK_RE, QuoteDepth

if TYPE_CHECKING:
    from spacy.language import Language as SpacyLanguage
    from spacy.strings import StringStore
    from spacy.tokens import Doc

__all__ = ["Analyzed", "TaggedWord", "enumerated", "highlight_lines", "is_question", "question_title", "segment",
           "segment_lines", "title_line"]


@dataclass(slots=True)
class TaggedWord:
    """A word with what spaCy says of it: part of speech and a lemma-based key (read-only, not frozen for
    the same reason as :class:`~alignment.text.normalize.Word`)."""

    word: Word
    pos: str  # Universal POS tag, "" when untagged
    lemma_key: str  # stem of the folded lemma; equals word.key when spaCy agrees

    @property
    def is_name(self) -> bool:
        return self.pos == "PROPN" or self.word.kind == "acronym"


@dataclass(frozen=True)
class Analyzed:
    """A segmented document: its text, its segments and each segment's tagged words."""

    text: str
    segments: tuple[Segment, ...]
    words: tuple[tuple[TaggedWord, ...], ...]  # parallel to segments
    blocks: tuple[tuple[int, int], ...]  # (start, end) of each structural block

    def all_words(self) -> list[Word]:
        """Every word of the text, in order (the segments cover all of them)."""
        return [t.word for tagged in self.words for t in tagged]



_ABBREVIATIONS = _LANG.abbreviations
_ABBREV_CLOSERS = "\"'”’)"
_ABBREV_END_RE = re.compile(rf"(?:\b(?:[A-Za-z]\.){{2,}}|\b[A-Z]\.|\b([A-Za-z]+)\.)[{_ABBREV_CLOSERS}]*\s*$")
_ABBREV_RUN_CHARS = frozenset(string.ascii_letters + ".")
# Participles and conjunctions that open a new proposition in a run-on sentence (alignment/lang/en.py).
_CLAIM_BREAK_TAGS = _LANG.claim_break_tags
_NOT_BREAKING = _LANG.not_breaking
_BREAK_AFTER_POS = _LANG.break_after_pos
_NOT_BREAK_AFTER_TAGS = _LANG.not_break_after_tags
_FINITE_TAGS = _LANG.finite_tags
#: the tags of the verb forms that are not finite: a title line with one is a headline's claim
_NONFINITE_TAGS = _LANG.nonfinite_tags
#: the conjunctions after a comma that may open a coordinated clause with a subject of its own: a claim of its own
#: in a long sentence
_CLAUSE_CONJUNCTIONS = _LANG.clause_conjunctions
#: the blocks spaCy parses (the others are not claims, or are tagged word by word)
_PARSED_KINDS = frozenset({"paragraph", "short", "item", "table_row"})
#: spaCy parses at most this many characters at once. It refuses a text longer than ``nlp.max_length``
#: (1,000,000) and its memory grows steeply with a sentence's length (a 200,000-character line without
#: punctuation took 600 MB); a longer block is cut after a sentence end, else at a space, into pieces.
MAX_PARSE_CHARS = 20_000
#: spaCy parses at most this many characters per batch (about 3.5 KB of memory per character of a batch was
#: measured with en_core_web_sm: 32 pieces of 20,000 characters in one batch took 2 GB), and parsing is lazy,
#: so a document over the segment limit is parsed at most one batch past it
_PARSE_BATCH_CHARS = 50_000
#: spaCy sees no run of more than this many characters without whitespace (see ``_breakable``)
MAX_RUN_CHARS = 100
_LONG_RUN_RE = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
#: a title line has from ``_TITLE_MIN_WORDS`` to ``_TITLE_MAX_WORDS`` words (a name alone, a byline, is no headline),
#: and at most ``_TITLE_MAX_BEFORE`` segments that are not claims come before it
_TITLE_MIN_WORDS = 4
_TITLE_MAX_WORDS = 25
_TITLE_MAX_BEFORE = 3
#: the marks that end a sentence or a label: a line the parser cuts after one holds sentences or a label and a title
#: ("FACT SHEET: ...")
_STOPS = frozenset(".!?:;")


def _pieces(text: str, start: int, end: int, size: int = MAX_PARSE_CHARS) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into spans of at most ``size`` characters: after the last sentence end in the
    second half of each window, else at its last whitespace, else at ``size``; whitespace at the edges dropped.

    >>> text = "One two. Three four five. Six"
    >>> [text[s:e] for s, e in _pieces(text, 0, len(text), size=12)]
    ['One two.', 'Three four', 'five. Six']
    """
    out = []
    while end - start > size:
        window = text[start:start + size]
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(window, size // 2)]
        space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
        cut = start + (ends[-1] if ends else space + 1 if space > 0 else size)
        s, e = strip_span(text, start, cut)
        if s < e:
            out.append((s, e))
        start = cut
    s, e = strip_span(text, start, end)
    if s < e:
        out.append((s, e))
    return out


def _breakable(text: str) -> str:
    """``text`` as spaCy gets it: a run of more than :data:`MAX_RUN_CHARS` characters without whitespace has
    every ``MAX_RUN_CHARS + 1``-th character replaced by a space. spaCy's tokenizer takes prefixes and suffixes
    off such a run one at a time, searching the rest each time, so its cost grows with the square of the run
    (20,000 brackets after a digit took two minutes). The length is kept, so the docs' offsets index ``text``.

    >>> _breakable("ab " + "x" * 250) == "ab " + ("x" * 100 + " ") * 2 + "x" * 48
    True
    """
    if len(text) <= MAX_RUN_CHARS or max(map(len, text.split()), default=0) <= MAX_RUN_CHARS:
        return text  # str.split() cuts where \s matches, 4 times faster than searching for the run

    def cut(m: re.Match[str]) -> str:
        chars = list(m.group())
        chars[MAX_RUN_CHARS::MAX_RUN_CHARS + 1] = " " * len(chars[MAX_RUN_CHARS::MAX_RUN_CHARS + 1])
        return "".join(chars)

    return _LONG_RUN_RE.sub(cut, text)


def _parse(nlp: SpacyLanguage, texts: Iterable[str]) -> Iterator[Doc]:
    """spaCy docs of ``texts`` in order (see :func:`_breakable`), parsed lazily in batches of at most
    :data:`_PARSE_BATCH_CHARS` characters (a longer text alone).

    Each batch goes to ``nlp.pipe`` with the pipeline's own ``batch_size``: the parser works through a batch
    in sub-batches of a quarter of it, so ``batch_size=len(batch)`` (used before) cut a text of 30 blocks
    into sub-batches of 7 and parsed the corpus pairs about 5% slower (``benchmarks/stage_costs.py``: the
    parse inside ``compare`` against the parse alone)."""
    batch: list[str] = []
    size = 0
    for t in texts:
        if batch and size + len(t) > _PARSE_BATCH_CHARS:
            yield from nlp.pipe(batch)
            batch, size = [], 0
        batch.append(_breakable(t))
        size += len(t)
    if batch:
        yield from nlp.pipe(batch)


_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
#: a title-case line: at least this share of its words after the first capitalised, one of them a function word
_TITLE_CASE_SHARE = 0.8


#: what may stand before the spaces before a word inside a sentence (:func:`_inside_sentence`)
_BEFORE_INSIDE = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_BOUNDARY_RE = re.compile(r"\b")


def _inside_sentence(text: str, w: str) -> bool:
    """Does ``w`` stand in ``text`` after a lower-case letter, a comma or a semicolon and spaces, and end on a word
    boundary there: ``re.search(r"[a-z,;]\\s+" + re.escape(w) + r"\\b", text)``, found where ``w`` occurs (a
    search for the word, not a scan of the text with a pattern made for it, for each word of a title).

    >>> _inside_sentence("He met Burns, then burns.", "Burns"), _inside_sentence("Burns met him.", "Burns")
    (True, False)
    """
    p = text.find(w, 1)
    while p >= 0:
        j = p - 1
        while j >= 0 and text[j].isspace():  # (str.isspace is what \s matches)
            j -= 1
        if 0 <= j < p - 1 and text[j] in _BEFORE_INSIDE and _BOUNDARY_RE.match(text, p + len(w)):
            return True
        p = text.find(w, p + 1)
    return False


def _title_case_capitals(line: str) -> list[re.Match[str]]:
    """The words of ``line`` capitalised for a title when it is written in title case (after its first word, at
    least :data:`_TITLE_CASE_SHARE` of its words capitalised, three words or more, a function word among them:
    "Biden Names Nicholas Burns As Envoy To China", "What You Need To Know"); none for any other line.

    >>> [m.group() for m in _title_case_capitals("What You Need To Know")]
    ['You', 'Need', 'To', 'Know']
    >>> _title_case_capitals("What you need to know"), _title_case_capitals("Middle East Peace Efforts")
    ([], [])
    """
    later = list(_TITLE_WORD_RE.finditer(line))[1:]
    if len(later) < 3 or "\n" in line:
        return []
    capitals = [m for m in later if m.group()[0].isupper()]
    if len(capitals) < _TITLE_CASE_SHARE * len(later) or not any(
            m.group().lower() in _LANG.stop_words for m in capitals):
        return []
    return capitals


def _sentence_case(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as spaCy should read it: a title-case headline ("Biden Names Nicholas Burns As Envoy To
    China, Rahm Emanuel For Japan": after its first word, at least :data:`_TITLE_CASE_SHARE` of its words
    capitalised, a function word among them) with the words lowered that are capitalised only for the title, so
    that the tagger does not make every word a name ("names" is the verb, "envoy" a noun). A word keeps its capital
    where the text capitalises it elsewhere inside a sentence (the people and places: "Burns", "China"), and so
    does an acronym; the length is kept, so the offsets stand. Any other line is returned as it is.

    >>> t = "Acme Names Jane Roe As Chief Of Staff\\n\\nThe board chose Jane Roe on Monday."
    >>> _sentence_case(t, 0, 37)
    'Acme names Jane Roe as chief of staff'
    >>> _sentence_case(t, 39, len(t)) == t[39:]
    True
    """
    line = text[start:end]
    capitals = _title_case_capitals(line)
    if not capitals:
        return line
    rest = text[:start] + " " + text[end:]
    out = list(line)
    for m in capitals:
        w = m.group()
        if w.isupper() and len(w) > 1:
            continue  # an acronym
        if _inside_sentence(rest, w):
            continue  # capitalised inside a sentence elsewhere: a name
        low = w[0].lower() + w[1:]
        if len(low) == len(w):
            out[m.start():m.end()] = low
    return "".join(out)


#: a list of lines: at least this many short lines in a row right after a line that ends with a colon
_LIST_MIN_LINES = 2


def _listed_lines(text: str, blocks: Sequence[Block]) -> frozenset[int]:
    """The indices of the short lines that are the items of a list a colon announces ("... to nominate the following
    three individuals to serve as ambassadors:" and one line per nominee, "Jane Roe, Nominee for Ambassador to
    Japan"): at least :data:`_LIST_MIN_LINES` short lines in a row right after a line ending with a colon. Each
    states a fact of the list, as an item does; a single short line there is a heading over what follows."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind not in ("paragraph", "short") or not text[b.start:b.end].rstrip().endswith(":"):
            continue
        run = []
        for j in range(i + 1, len(blocks)):
            line = text[blocks[j].start:blocks[j].end]
            if blocks[j].kind not in ("short", "paragraph") or "\n" in line or _SENTENCE_END_RE.search(line[-3:] + " "):
                break
            run.append(j)
        if len(run) >= _LIST_MIN_LINES:
            out.update(j for j in run if blocks[j].kind == "short")
    return frozenset(out)


#: a line that ends as a run-on list's item does: a semicolon, and maybe the coordinator of the last item after it
_ITEM_END_RE = re.compile(r";(?:\s+(\w+))?\s*$")
#: a short line ending as a list's item does (:func:`enumerated`) is a claim from this many words
_ITEM_MIN_WORDS = 2


def enumerated(line: str) -> bool:
    """Does a short line end as the item of a run-on list does: with a semicolon ("certain electronics;"), or a
    semicolon and the coordinator before the last item (:attr:`~alignment.lang.base.Language.list_coordinators`:
    "certain aerospace products; and")? A release lists what an order covers one item a line after "including:",
    each line a part of the sentence, without a verb of its own; such a line states a fact of the list (an article
    reports "certain electronics" among the goods excluded), and no heading ends with a semicolon.

    >>> enumerated("certain electronics;"), enumerated("certain aerospace products; and"), enumerated("Background")
    (True, True, False)
    >>> enumerated("Tariffs; Trade"), enumerated("Section 2; Policy")
    (False, False)
    """
    m = _ITEM_END_RE.search(line)
    return m is not None and (m.group(1) is None or m.group(1).lower() in _LANG.list_coordinators)


#: a named heading: the next paragraph names its person among this many first words
_NAMED_HEADING_WITHIN = 8
#: a name before a comma: capitalised words only (initials, "Jr." and "II" included)
_HEADING_NAME_RE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w.'’-]*(?:,\s+(?:Jr|Sr|II|III|IV)\.?)?,\s+\S")


def _named_headings(text: str, blocks: Sequence[Block]) -> frozenset[int]:
    """The indices of the short lines that head a paragraph about the person they name, with that person's role
    after a comma: "Jane Q. Roe, U.S. Attorney nominee for the District of Maine" over a biography that opens
    "Jane Q. Roe is an Assistant United States Attorney ...". The line states the role (the news of an
    announcement of nominees or appointees), as the same line in a list a colon announces does
    (:func:`_listed_lines`); the paragraph under it names the person again among its first
    :data:`_NAMED_HEADING_WITHIN` words. A heading that names no one ("U.S. Attorney Biographies") or one the next
    paragraph does not name stays a heading."""
    out: set[int] = set()
    skip = _LANG.name_affixes | _LANG.conflicts.titles
    for i, b in enumerate(blocks[:-1]):
        line = text[b.start:b.end]
        nxt = blocks[i + 1]
        if b.kind != "short" or nxt.kind != "paragraph" or "\n" in line or _SENTENCE_END_RE.search(line[-3:] + " "):
            continue
        m = _HEADING_NAME_RE.match(line)
        if not m:
            continue
        head = line[:m.end()].rsplit(",", 1)[0]
        names = [w.key for w in words(head, 0, len(head)) if len(w.norm) > 2 and w.norm not in skip]
        if not names:
            continue
        opening = [w for w in itertools.islice(words(text, nxt.start, nxt.end), _NAMED_HEADING_WITHIN)
                   if w.norm not in skip]
        if opening and opening[0].key in names and names[-1] in {w.key for w in opening}:
            out.add(i)
    return frozenset(out)


def _split_long_blocks(text: str, blocks: Sequence[Block]) -> list[Block]:
    """Blocks that spaCy parses cut into pieces of at most :data:`MAX_PARSE_CHARS` characters."""
    out: list[Block] = []
    for b in blocks:
        if b.kind in _PARSED_KINDS and b.end - b.start > MAX_PARSE_CHARS:
            out.extend(Block(s, e, b.kind) for s, e in _pieces(text, b.start, b.end))
        else:
            out.append(b)
    return out


def _too_many_segments(limit: int) -> InputError:
    return InputError(f"more than {limit:,} segments, the limit per document (raise it with --max-segments)")


def _ends_with_abbreviation(text: str) -> bool:
    # A match ends with the last full stop, then closing marks and spaces only; before that stop it holds only
    # letters and stops. Searching from the start of that run finds what a search of the whole text finds
    # (\b still sees the character before), without trying every earlier place.
    core = text.rstrip().rstrip(_ABBREV_CLOSERS)
    if not core.endswith("."):
        return False
    start = len(core) - 1
    while start and core[start - 1] in _ABBREV_RUN_CHARS:
        start -= 1
    m = _ABBREV_END_RE.search(text, start)
    if not m:
        return False
    word = m.group(1)
    return word is None or word.lower() in _ABBREVIATIONS


#: a sentence break inside a parenthesis is undone when the parenthesis closes within this many pieces
_PAREN_LOOKAHEAD = 3
#: the marks that may open a sentence before its first letter
_OPENING_MARKS = "\"'“‘«„("
#: inside a quotation, a sentence of at least this many words on both sides of a break is a claim of its own
_QUOTED_SENTENCE_WORDS = 5


def _whole_sentences(prev: str, cur: str) -> bool:
    """Whether a break inside an open quotation parts two whole sentences (the first ends a sentence, the next
    starts one, both of some length): a quotation of several sentences then gives a claim per sentence, so what
    an article leaves out of it shows, while the quotation stays one quote."""
    return (bool(_SENTENCE_END_RE.search(prev[-3:] + " ")) and cur.lstrip().lstrip(_OPENING_MARKS)[:1].isupper()
            and len(prev.split()) >= _QUOTED_SENTENCE_WORDS and len(cur.split()) >= _QUOTED_SENTENCE_WORDS)


#: an initialism ending a piece: "D.C.", "U.S.", "a.m." (closing marks and spaces after it)
_INITIALISM_END_RE = re.compile(rf"\b(?:[A-Za-z]\.){{2,}}[{_ABBREV_CLOSERS}]*\s*$")
#: an abbreviation that may end a sentence ending a piece: "... Novel Influenza, etc." (lang
#: ``sentence_final_abbreviations``)
_FINAL_ABBREVS = "|".join(map(re.escape, sorted(_LANG.sentence_final_abbreviations))) or "(?!)"
_FINAL_ABBREV_END_RE = re.compile(rf"\b(?:{_FINAL_ABBREVS})\.[{_ABBREV_CLOSERS}]*\s*$", re.IGNORECASE)


def _runs_on(prev: str) -> bool:
    """Does a piece of a paragraph end inside its sentence: on a word of letters, with no stop, colon or other mark
    after it? Inside a paragraph a sentence ends on a mark; the parser still breaks before a capital that goes on
    with the sentence, in a name it does not know ("... establishing the Avi Kwa" / "Ame National Monument.") or
    before a reference mark ("Self-rated overall health" / "[6] emerged as the single most powerful predictor").
    Not after a word in capitals: a speaker's label ("Q") or a dateline's place ("WASHINGTON") ends a piece of its
    own; nor after a figure ("... lipid-lowering agents.4", a footnote after the stop; "ZURICH Jan 15").

    >>> _runs_on("Today the President will sign a proclamation establishing the Avi Kwa")
    True
    >>> _runs_on("It was signed."), _runs_on("Q"), _runs_on("WASHINGTON"), _runs_on("approved agents.4")
    (False, False, False, False)
    """
    last = prev.rstrip().rsplit(None, 1)[-1] if prev.strip() else ""
    return bool(last) and last[-1].isalpha() and not last.isupper()


def _merge_sentences(
    text: str, spans: list[tuple[int, int]], clause: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """Undo sentence breaks that are not: after abbreviations (U.S., Dr.), before a lower-case or
    punctuation start ("US., Egypt., Qatar"), inside an open quotation, a piece with no letters, or after a piece
    that ends inside its sentence, on a word with no mark after it (:func:`_runs_on`).

    An initialism also ends a sentence ("... in Washington, D.C. Industry analysts expect ..."), and so does "etc."
    (lang ``sentence_final_abbreviations``: "... declared under the Act on ... Novel Influenza, etc. The Bank of
    Japan ... is required to ..."): with ``clause`` (does ``text[start:end]`` hold a finite verb?), a break after
    one stays when both pieces are clauses of their own, and is undone when either is not ("The U.S." + "Food and
    Drug Administration approved ...").

    No break either inside a parenthesis that a piece opens and one of the next :data:`_PAREN_LOOKAHEAD` closes
    (an acronym spelt out letter by letter, "FOURIER ( F urther Cardiovascular OU tcomes R esearch ...)", breaks
    spaCy's sentences): a parenthesis never closed does not join the rest of the paragraph."""
    merged: list[tuple[int, int]] = []
    parens = [text.count("(", s, e) - text.count(")", s, e) for s, e in spans]
    open_parens = 0  # the parentheses the last merged piece leaves open
    for k, (s, e) in enumerate(spans):
        if merged:
            ps, pe = merged[-1]
            prev, cur = text[ps:pe], text[s:e]
            first = cur.lstrip()[:1]
            if (
                (open_parens > 0 and any(open_parens + sum(parens[k:j]) <= 0
                                         for j in range(k + 1, min(k + _PAREN_LOOKAHEAD, len(spans)) + 1)))
                or first.islower()
                or (first and first in ",;:)]}%")
                or (_ends_with_abbreviation(prev)
                    and not (clause is not None and (_INITIALISM_END_RE.search(prev) is not None
                                                     or _FINAL_ABBREV_END_RE.search(prev) is not None)
                             and cur.lstrip(_OPENING_MARKS)[:1].isupper() and clause(ps, pe) and clause(s, e)))
                or (QuoteDepth().feed(prev).open and not _whole_sentences(prev, cur))
                or not any(c.isalnum() for c in cur)
                or _runs_on(prev)
            ):
                merged[-1] = (ps, e)
                open_parens += parens[k]
                continue
        merged.append((s, e))
        open_parens = parens[k]
    return merged


#: an ellipsis that joins two excerpts: "…" (or "...") right before a sentence's capital letter, maybe after a space
#: and an opening mark ("... hosted by the Biden administration…The Communities in Action forum featured ...")
_EXCERPT_JOIN_RE = re.compile(r"(?:…|\.\.\.)(?=\s?[\"“‘]?\s?[A-Z])")


def _split_excerpts(
    text: str, spans: list[tuple[int, int]], clause: Callable[[int, int], bool] | None = None
) -> list[tuple[int, int]]:
    """Cut a sentence where an ellipsis joins two excerpts: a page of press clippings ("What they are reading in
    the states") strings the sentences it quotes from a story together with "…", without a space ("... hosted by
    the Biden administration…The Communities in Action forum featured local leaders ..."), which the parser reads as
    one sentence. Each excerpt is a claim of its own when both sides hold a finite verb (``clause``) and
    :data:`_QUOTED_SENTENCE_WORDS` words, and no quotation is open at the ellipsis (inside a quotation an ellipsis
    marks words left out: "“we tried…The President wants”" stays whole)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        start = s
        for m in _EXCERPT_JOIN_RE.finditer(text, s, e):
            cut = m.end()
            nxt = e - len(text[cut:e].lstrip())  # the next excerpt's first character
            prev, cur = text[start:cut], text[nxt:e]
            if (len(prev.split()) < _QUOTED_SENTENCE_WORDS or len(cur.split()) < _QUOTED_SENTENCE_WORDS
                    or QuoteDepth().feed(text[s:cut]).open
                    or (clause is not None and not (clause(start, cut) and clause(nxt, e)))):
                continue
            out.append((start, cut))
            start = nxt
        out.append((start, e))
    return out


#: spaCy lemma (its string-store hash, the same in every document) -> the stem of the folded lemma
_LEMMA_KEYS: dict[int, str] = {}


def _lemma_key(lemma_id: int, lemma: str) -> str:
    """The stem of the folded lemma ("" for an empty one), remembered for the next word with that lemma (a
    text's thousands of words have a few hundred lemmas); the memory is cleared when it grows large."""
    if len(_LEMMA_KEYS) >= 65536:
        _LEMMA_KEYS.clear()
    folded = fold_word(fold_surface(lemma))
    key = _LEMMA_KEYS[lemma_id] = stem(folded) if folded else ""
    return key


#: the token attributes the segmenter reads, as columns of ``Doc.to_array`` (see :func:`_token_rows`)
_IDX, _POS, _LEMMA, _IS_PUNCT, _SPACY, _ORTH, _TAG, _LOWER = range(8)


def _token_rows(doc: Doc) -> list[list[int]]:
    """One row per token of ``doc``: offset, POS, lemma, punctuation or not, whitespace after it or not, text,
    tag, lower case (hashes from the vocabulary's strings), read as one array: a Token object per word costs
    more than everything the segmenter does with it."""
    from spacy.attrs import IDX, IS_PUNCT, LEMMA, LOWER, ORTH, POS, SPACY, TAG  # imported once a text is parsed

    rows: list[list[int]] = doc.to_array([IDX, POS, LEMMA, IS_PUNCT, SPACY, ORTH, TAG, LOWER]).tolist()
    return rows


def _tag(rows: list[list[int]], strings: StringStore, offset: int, span_words: list[Word]) -> tuple[TaggedWord, ...]:
    """Attach spaCy's POS and lemma to each word (``rows``: :func:`_token_rows` of a doc of the text from
    ``offset``; ``strings``: its vocabulary's strings)."""
    from spacy.parts_of_speech import NAMES as POS_NAMES

    tagged = []
    # the token each word starts in: the last one starting at or before it (words and tokens are both in order, so
    # one walk along the tokens finds every word's)
    n = len(rows)
    i = -1
    following = rows[0][_IDX] + offset if n else 0  # where token i + 1 starts
    for w in span_words:
        while i + 1 < n and following <= w.start:
            i += 1
            following = rows[i + 1][_IDX] + offset if i + 1 < n else 0
        if i < 0:
            tagged.append(TaggedWord(w, "", w.key))
            continue
        row = rows[i]
        lemma_key = w.key
        if w.kind == "word" and not row[_IS_PUNCT]:
            lemma_id = row[_LEMMA]
            key = _LEMMA_KEYS.get(lemma_id)
            lemma_key = (key if key is not None else _lemma_key(lemma_id, strings[lemma_id])) or w.key
        tagged.append(TaggedWord(w, POS_NAMES[row[_POS]], lemma_key))
    return tuple(tagged)


#: a clause after ", and" has its subject and finite verb within this many tokens of the conjunction
_CLAUSE_WINDOW = 8


def _opens_clause(rows: list[list[int]], start: int, ids: _TagIds) -> bool:
    """Do the tokens from ``rows[start]`` open a clause of their own: a noun or pronoun (its subject), then a
    finite verb, before any punctuation, within :data:`_CLAUSE_WINDOW` tokens? ("[, and] today's approval
    provides ...", "[, but] officials in Leeds expect ..."; not "[, and] most often begins ...", which goes on with
    the first clause's subject.)"""
    subject = False
    for row in rows[start:start + _CLAUSE_WINDOW]:
        if row[_TAG] in ids.finite_tags:
            return subject
        if row[_POS] in ids.subject_pos:
            subject = True
        elif row[_IS_PUNCT] and row[_ORTH] not in ids.possessives:
            return False
    return False


def _has_verb(rows: list[list[int]], start: int, ids: _TagIds) -> bool:
    """Do the tokens from ``rows[start]`` to the next semicolon hold a finite verb or a participle that opens a
    proposition?"""
    for row in rows[start:]:
        if row[_ORTH] == ids.semicolon:
            return False
        if row[_TAG] in ids.finite_tags or row[_TAG] in ids.break_tags:
            return True
    return False


def _claim_splits(rows: list[list[int]], strings: StringStore, text: str, offset: int) -> list[int]:
    """Character offsets where a run-on sentence should be cut into claims: after semicolons that part clauses,
    before a conjunction after a comma that opens a clause with its own subject ("..., and today's approval
    provides ...", "..., while exports fell"), and before participles that open a new proposition ("... coercion
    recognizing partnership ..."), never inside a quotation or a hyphenated word. ``rows`` are the sentence's
    :func:`_token_rows`, ``text`` the text of their doc, which starts at ``offset``."""
    ids = _tag_ids(strings)
    cuts = []
    # the quotations open between the sentence's start and each token, read as the loop goes rather than from the
    # start each time (and not at all in a sentence without a quotation mark)
    depth, seen = QuoteDepth(), rows[0][_IDX] if rows else 0
    quoted = bool(rows) and MARK_RE.search(text, seen, rows[-1][_IDX] + 1) is not None
    # a clause whose finite verb has not come yet, the sentence's own (unless it opens with a participle, as a
    # run-on of participle phrases does) or one opened by "that", "whether", "which" ...: a participle there
    # belongs to the clause's subject ("The rate in people with asthma | taking the drug | was reduced ...",
    # "announced that the trial | evaluating whether ... | met its goal" keep the subject with its verb rather
    # than leaving it a fragment of its own)
    waiting = bool(rows) and rows[0][_TAG] not in ids.break_tags
    chain = bool(rows) and not waiting  # a run-on of participle phrases, in the telegraphic style of some statements
    for i, (prev, tok) in enumerate(itertools.pairwise(rows), 1):
        if prev[_POS] == ids.sconj or prev[_TAG] in ids.wh_tags:
            waiting = True
        elif prev[_TAG] in ids.finite_tags:
            waiting = False
        if not prev[_SPACY]:  # no whitespace between the two tokens
            continue
        idx = tok[_IDX]
        if quoted:
            depth.feed(text, seen, idx)
            seen = idx
            if depth.open:
                continue
        # a semicolon parts clauses, not the items of a list ("Ben S. Bernanke; Susan S. Bies; ..."): what follows
        # it has a verb; a clause after ", and" needs the clause before it to have its own verb ("X, Y, and Z were
        # assessed" is one clause)
        if (prev[_ORTH] == ids.semicolon and _has_verb(rows, i, ids)) or (
            not waiting and prev[_ORTH] == ids.comma and tok[_LOWER] in ids.clause_conjunctions
            and _opens_clause(rows, i + 1, ids)
        ):
            cuts.append(idx + offset)
            waiting = tok[_TAG] not in ids.break_tags  # a new clause, waiting for its verb
        elif (
            # in a run-on of participle phrases, a verb in the past tense that another participle follows opens a
            # proposition of its own ("... Energy Dialogue | committed working ahead COP29 ..."), an inflected one (the
            # tagger gives nouns a verb's tag in such a run: "spreading lies discord undermining ...", "countering
            # corruption specifically kleptocracy addressing ...")
            chain and tok[_TAG] == ids.past_tense and tok[_LEMMA] != tok[_LOWER] and prev[_POS] in ids.break_after_pos
            and prev[_TAG] not in ids.not_after_tags and i + 1 < len(rows) and rows[i + 1][_TAG] in ids.break_tags
        ) or (
            not waiting
            and tok[_TAG] in ids.break_tags
            and tok[_LOWER] not in ids.not_breaking
            and prev[_POS] in ids.break_after_pos
            and prev[_TAG] not in ids.not_after_tags
            and not _progressive(rows, i, ids)
        ):
            cuts.append(idx + offset)
    return cuts


def _progressive(rows: list[list[int]], i: int, ids: _TagIds) -> bool:
    """Whether the -ing form ``rows[i]`` is a progressive, "be" right before it, adverbs at most between ("the
    board is also | planning the process ..."): the verb of the clause, no participle opening a proposition."""
    j = i - 1
    while j >= 0 and rows[j][_POS] == ids.adverb:
        j -= 1
    return j >= 0 and rows[j][_LEMMA] == ids.be


@dataclass(frozen=True)
class _TagIds:
    """The segmenter's words and tags as spaCy's hashes (see :func:`_token_rows`)."""

    semicolon: int
    break_tags: frozenset[int]
    not_breaking: frozenset[int]
    break_after_pos: frozenset[int]
    not_after_tags: frozenset[int]
    finite_tags: frozenset[int]
    verb_tags: frozenset[int]  # the verb forms that are not finite (base form, participles)
    comma: int
    clause_conjunctions: frozenset[int]  # lower case
    subject_pos: frozenset[int]
    possessives: frozenset[int]  # the possessive 's, which spaCy tags as punctuation in places
    sconj: int  # the part of speech of "that", "whether", "if" opening a clause
    wh_tags: frozenset[int]  # "which", "who", "whose" opening a clause
    past_tense: int
    be: int  # the lemma of "is", "was", "been": before an -ing form, its progressive
    adverb: int


@lru_cache(maxsize=4)
def _tag_ids(strings: StringStore) -> _TagIds:
    from spacy.parts_of_speech import IDS as POS_IDS

    return _TagIds(
        strings[";"],
        frozenset(strings[t] for t in _CLAIM_BREAK_TAGS),
        frozenset(strings[w] for w in _NOT_BREAKING),
        frozenset(POS_IDS[p] for p in _BREAK_AFTER_POS),
        frozenset(strings[t] for t in _NOT_BREAK_AFTER_TAGS),
        frozenset(strings[t] for t in _FINITE_TAGS),
        frozenset(strings[t] for t in _NONFINITE_TAGS),
        strings[","],
        frozenset(strings[w] for w in _CLAUSE_CONJUNCTIONS),
        frozenset(POS_IDS[p] for p in ("NOUN", "PROPN", "PRON")),
        frozenset(strings[w] for w in _LANG.possessives),
        POS_IDS["SCONJ"],
        frozenset(strings[t] for t in _LANG.wh_tags),
        strings[_LANG.past_tense_tag],
        strings["be"],
        POS_IDS["ADV"],
    )


def _split_claims(text: str, start: int, end: int, cuts: list[int], min_words: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at ``cuts`` into claims of at least ``min_words`` words: a piece that is too short
    joins the shorter of its neighbours (the earlier on a tie), so that two short propositions side by side make
    one claim rather than each swelling a longer neighbour ("... aid delivery safely | welcoming polio
    vaccination campaign | urging cooperation | ensuring ..." keeps the vaccination campaign apart from the aid).

    >>> t = "ensuring UN aid delivery safely welcoming polio vaccination campaign urging cooperation ensuring it"
    >>> [t[s:e] for s, e in _split_claims(t, 0, len(t), [t.index(w) for w in ("welcoming", "urging")], 5)]
    ['ensuring UN aid delivery safely', 'welcoming polio vaccination campaign urging cooperation ensuring it']
    """
    bounds = [start, *[c for c in cuts if start < c < end], end]
    out = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    sizes = [count_words(text, s, e) for s, e in out] if len(out) > 1 else []  # one piece: nothing to join
    while len(out) > 1:
        short = next((i for i, n in enumerate(sizes) if n < min_words), None)
        if short is None:
            break
        if short == 0 or (short + 1 < len(out) and sizes[short + 1] < sizes[short - 1]):
            j = short  # join the next piece
        else:
            j = short - 1  # join the previous piece
        out[j:j + 2] = [(out[j][0], out[j + 1][1])]
        sizes[j:j + 2] = [sizes[j] + sizes[j + 1]]
    return [strip_span(text, s, e) for s, e in out]


#: a field of a fact box: a label of one to five words opening with a capital, a colon, and a value that names or
#: counts something (a capitalised word or a figure), no colon ending the line (that is a lead-in)
_FIELD_RE = re.compile(r"^(?P<label>[A-Z][^\s:]*(?:[ \t]+[^\s:]+){0,4}):[ \t]+(?P<value>[^\n]*[^\s:])[ \t]*$")
_FIELD_VALUE_RE = re.compile(r"(?:^|[\s(])(?:[A-Z]|\d)")


def field_line(line: str) -> bool:
    """Is ``line`` a field of a fact box: a short label, a colon and the value it gives ("Application Deadline: May
    15, 2023", "Primary Counties Eligible: Big Horn and Wibaux", "Lending rate: 0.05 per cent", "Judge Jane Roe:
    Nominee for the United States District Court for the District of Maine")? Such a line states its value, as a
    table's row does, which a report gives in a sentence ("The application deadline for assistance is May 15,
    2023."): a claim, not a heading. Not a lead-in ("Contiguous Counties Also Eligible: Montana:"), nor a value
    without a name or a figure ("Note: see below").

    >>> field_line("Application Deadline: May 15, 2023"), field_line("Primary Counties Eligible: Liberty")
    (True, True)
    >>> field_line("Contiguous Counties Also Eligible: Montana:"), field_line("Note: see below")
    (False, False)
    >>> field_line("What the new rules mean for families in the state: a guide")
    False
    """
    m = _FIELD_RE.match(line.strip())
    return bool(m and _FIELD_VALUE_RE.search(m.group("value")))


def field_lines(doc: Analyzed, max_value_words: int | None = None) -> frozenset[int]:
    """The indices of the claims of ``doc`` that are fields of a fact box (:func:`field_line`): a line of its own, no
    stop at its end; with ``max_value_words``, only those whose value has that many content words at most. The
    engine makes such a field that no claim on the other side takes up a heading again, as it does the title line:
    the source's field of one word ("Impacted Area: Montana" over a designation's fields) labels what follows, and a
    report that does not repeat it leaves out no claim (a nominee's line, "Jane Roe: Nominee for the District Court
    of ...", states a nomination, which a report may leave out); a story's field ("Original Story: Justice Expands
    Storm Emergency ...") names another page."""
    per_block = Counter(seg.block for seg in doc.segments)
    out = []
    for i, seg in enumerate(doc.segments):
        if not (seg.is_claim and per_block[seg.block] == 1 and field_line(seg.text)
                and seg.text.rstrip()[-1:] not in _STOPS):
            continue
        value = seg.start + seg.text.index(":") + 1
        if max_value_words is None or sum(w.content for w in words(doc.text, value, seg.end)) <= max_value_words:
            out.append(i)
    return frozenset(out)


def _word_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The indices [lo, hi) of the words (by their ``starts``, in order) that start in [start, end)."""
    return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)


#: a stage direction of a transcript: a few words, no figure, wholly in brackets, opening with a letter
#: ("(Laughter.)", "(Air Force One lands.)", "[inaudible]"; not markup such as "[/bold]")
_STAGE_DIRECTION = re.compile(r"^[(\[][^\W\d_][^()\[\]\d]*[)\]]\.?$")
_STAGE_DIRECTION_MAX_WORDS = 6
#: a sentence pointing at a document behind a lost link ("... may be found here."): lang ``link_pointer``
_LINK_POINTER = _LANG.link_pointer
#: the word every link pointer holds, searched first (lang ``link_pointer_word``, with the pattern's case flag): most
#: segments lack it, and the pattern tries its alternatives at every character (7 µs a sentence on the corpus pairs)
_LINK_POINTER_WORD = (re.compile(re.escape(_LANG.link_pointer_word), _LINK_POINTER.flags & re.IGNORECASE)
                      if _LINK_POINTER is not None and _LANG.link_pointer_word else None)


def _claim_or_not(kind: SegmentKind, tagged: tuple[TaggedWord, ...], text: str = "") -> SegmentKind:
    """A segment without a single content word ("It is.", "***") states nothing, and a transcript's stage
    direction ("(Laughter.)", "(Air Force One lands.)") says what happened in the room, not what the speaker
    claims: boilerplate. So is a sentence that only points at a document behind a link the text lost ("The
    governor's letter ... may be found here.": lang ``link_pointer``): a web page's furniture, which no report of
    the page repeats.

    >>> _claim_or_not(SegmentKind.SENTENCE, (), "(Air Force One lands.)")
    <SegmentKind.BOILERPLATE: 'boilerplate'>
    >>> _claim_or_not(SegmentKind.SENTENCE, (), "The President's proclamation can be found here.")
    <SegmentKind.BOILERPLATE: 'boilerplate'>
    """
    if kind in NOT_A_CLAIM_KINDS:
        return kind
    stripped = text.strip()
    if _STAGE_DIRECTION.match(stripped) and len(stripped.split()) <= _STAGE_DIRECTION_MAX_WORDS:
        return SegmentKind.BOILERPLATE
    if _LINK_POINTER is not None and (_LINK_POINTER_WORD is None or _LINK_POINTER_WORD.search(stripped)) \
            and _LINK_POINTER.search(stripped):
        return SegmentKind.BOILERPLATE
    if any(t.word.content for t in tagged):
        return kind
    return SegmentKind.BOILERPLATE


#: lemma keys of the verbs that only point at what follows a colon ("include the following:", "He said:"): a lead-in
#: with no other verb states nothing itself
_POINTER_VERBS = frozenset(stem(fold_word(w)) for w in _LANG.lead_in_verbs | _LANG.conflicts.speech_verbs)
#: keys of the nouns that name what follows a colon ("list": "The full list of Iowa counties that qualify for
#: federal assistance:"): a verb after one describes the entries, and the lead-in states nothing itself
_POINTER_NOUNS = frozenset(stem(fold_word(w)) for w in _LANG.lead_in_nouns)


def _states_something(tagged: Sequence[TaggedWord], min_words: int) -> bool:
    """Does a lead-in state something before its colon: at least ``min_words`` words and a verb besides those that
    point at what follows (``Language.lead_in_verbs``, the speech verbs), before a noun that names the list
    (``Language.lead_in_nouns``: "Here is a list of the nominated individuals:")? "The Department of Energy will make
    available releases of 50 million barrels from the Reserve in two ways:" announces the release the list then
    details; "Notable requirements of the program include the following:" and "So, as the President said:" only
    point at it."""
    if len(tagged) < min_words:
        return False
    for t in tagged:
        if t.word.key in _POINTER_NOUNS and t.pos == "NOUN":
            return False  # "Here is a list of the nominated individuals:": what follows the noun describes the list
        if t.pos == "VERB" and t.lemma_key not in _POINTER_VERBS and t.word.key not in _POINTER_VERBS:
            return True
    return False


def _lead_ins(text: str, pieces: Sequence[tuple[int, int, SegmentKind, int, Sequence[TaggedWord]]], n_blocks: int,
              max_words: int | None = None, min_words: int | None = None) -> set[int]:
    """The indices of ``pieces`` that are lead-ins: a whole sentence that ends its paragraph with a colon, another
    block after it ("Notable requirements of the program include the following:", "Adverse reactions from a pool
    of the trials:", "He said:"). What it introduces is in the blocks that follow (a list, a quotation), where it
    is a claim; the lead-in itself states nothing an article reports or leaves out. A sentence of more than
    ``max_words`` words (``Config.claim_max_words``, the length from which a sentence is cut into claims) states
    something itself before its colon ("Today, the President made clear that he will keep working to mitigate the
    pain American families feel at the pump and reduce our dependence on foreign oil and fossil fuels:"): a claim;
    and with ``min_words`` (``Config.claim_min_words``), so is a shorter one that states something itself
    (:func:`_states_something`): "The Council will work with the existing policy councils to advance gender equity,
    including by:".

    >>> from alignment.model import SegmentKind as K
    >>> t = "The rules include the following:\\nDoctors must be certified."
    >>> sorted(_lead_ins(t, [(0, 32, K.SENTENCE, 0, ()), (33, 59, K.SENTENCE, 1, ())], 2))
    [0]
    >>> sorted(_lead_ins(t, [(0, 32, K.SENTENCE, 0, ())], 1))  # nothing follows: the text ends with it
    []
    """
    out = set()
    for i, (s, e, kind, bi, tagged) in enumerate(pieces):
        last_of_block = i + 1 == len(pieces) or pieces[i + 1][3] != bi
        if (kind == SegmentKind.SENTENCE and last_of_block and bi + 1 < n_blocks
                and text[s:e].rstrip().endswith(":") and (max_words is None or len(tagged) <= max_words)
                and (min_words is None or not _states_something(tagged, min_words))):
            out.add(i)
    return out


#: keys of the nouns that name someone's words a line introduces ("the following statement", "these remarks")
_STATEMENT_NOUNS = frozenset(stem(fold_word(w)) for w in _LANG.conflicts.lead_in_nouns)


def statement_lead_ins(doc: Analyzed, max_words: int) -> frozenset[int]:
    """The indices of the claims of ``doc`` that introduce someone's statement: a sentence of at most ``max_words``
    words that ends its paragraph with a colon, another block after it, and names what follows as a
    statement (a noun of lang ``conflicts.lead_in_nouns``: "Premier Jane Roe issued the following statement in
    response to the election:", "The following statement was issued today by the Minister on the strike:"). Its
    verb ("issued", "released") is no news of its own (a lead-in whose verb only points, "X said:", is boilerplate
    already, :func:`_lead_ins`): the line says who speaks and on what, which an article reporting the statement
    gives by its attribution ("Roe said") or not at all. Taken up by no claim of the other text, it is furniture
    (``alignment.api.compare``).

    >>> from alignment.model import Segment, SegmentKind
    >>> from alignment.text.normalize import words
    >>> text = "Mayor Jane Roe issued the following statement on the flood:\\nWe will rebuild."
    >>> segs = (Segment("S1", 0, 59, text[:59], SegmentKind.SENTENCE, 0),
    ...         Segment("S2", 60, 76, text[60:], SegmentKind.SENTENCE, 1))
    >>> tagged = tuple(tuple(TaggedWord(w, "NOUN", w.key) for w in words(text, a, b)) for a, b in ((0, 59), (60, 76)))
    >>> sorted(statement_lead_ins(Analyzed(text, segs, tagged, ((0, 59), (60, 76))), 25))
    [0]
    """
    out = []
    for i, seg in enumerate(doc.segments[:-1]):
        if (seg.is_claim and seg.kind is not SegmentKind.CLAIM and seg.text.rstrip().endswith(":")
                and doc.segments[i + 1].block != seg.block and len(doc.words[i]) <= max_words
                and any(t.word.key in _STATEMENT_NOUNS and t.pos != "VERB" for t in doc.words[i])):
            out.append(i)
    return frozenset(out)


def _parse_units(text: str, blocks: Sequence[Block]) -> Iterator[str]:
    """The texts of ``blocks`` that spaCy parses, in order (a title-case headline read in sentence case: only a line
    where a title line may be, see title_line)."""
    return (_sentence_case(text, b.start, b.end)
            if n <= _TITLE_MAX_BEFORE and b.kind in ("short", "paragraph") else text[b.start:b.end]
            for n, b in enumerate(blocks) if b.kind in _PARSED_KINDS)


@dataclass(frozen=True)
class Ahead:
    """A text's blocks and its docs, parsed lazily in document order (a document over the segment limit stops being
    parsed once it passes it), the first batch parsed already: :func:`parse_ahead`."""

    text: str
    blocks: list[Block]
    docs: Iterator[Doc]


def parse_ahead(text: str, nlp: SpacyLanguage, config: Config) -> Ahead | None:
    """``text``'s first batch of blocks parsed now, for :func:`segment` to segment later: :func:`alignment.compare`
    parses the derivative's right before the source's, then segments both. Parsing runs spaCy's weights through the
    processor's caches, and the rules that segment a text right after its parse run slower (cached docs, corpus
    pairs: 1 to 2 ms a pair); the two parses back to back leave one such switch instead of two. None when
    :func:`segment` refuses the text before parsing it (more blocks than the segment limit): it raises in its turn."""
    blocks = _split_long_blocks(text, find_blocks(text))
    if len(blocks) > config.max_segments:
        return None
    docs = _parse(nlp, _parse_units(text, blocks))
    first = next(docs, None)
    return Ahead(text, blocks, docs if first is None else itertools.chain((first,), docs))


def segment(text: str, nlp: SpacyLanguage, config: Config, prefix: str, official: bool = False,
            ahead: Ahead | None = None) -> Analyzed:
    """Segment ``text``; ids are ``prefix`` + 1, 2, 3... in document order.

    ``official``: ``text`` is the official text (the source), whose title line is a claim even without a verb:
    "Statement by President Biden on Senate Passage of the Inflation Reduction Act" names the news the statement
    gives, which a report of it says ("the Inflation Reduction Act the Senate passed yesterday"). :func:`alignment.
    compare` asks it of the derivative too: a news headline's verb is often tagged as a noun ("Biden and Johnson
    talk pandemic, NATO and trade in first phone call"). The engine turns a verbless title back into a heading when
    nothing on the other side takes it up (:func:`verbless_title`): a label the other text does not repeat is no
    omission and no addition ("Press Briefing by the Press Secretary").

    ``ahead``: the text's blocks and docs from :func:`parse_ahead`, used when they are this text's."""
    if ahead is not None and ahead.text == text:  # (its blocks passed the limit; its first batch is parsed)
        blocks, docs = ahead.blocks, ahead.docs
    else:
        blocks = _split_long_blocks(text, find_blocks(text))
        if len(blocks) > config.max_segments:  # every block is at least one segment: refused before parsing
            raise _too_many_segments(config.max_segments)
        docs = _parse(nlp, _parse_units(text, blocks))
    pieces: list[tuple[int, int, SegmentKind, int, tuple[TaggedWord, ...]]] = []
    listed = _listed_lines(text, blocks) | _named_headings(text, blocks)
    for bi, block in enumerate(blocks):
        if len(pieces) > config.max_segments:
            raise _too_many_segments(config.max_segments)
        doc = next(docs) if block.kind in _PARSED_KINDS else None
        span_words = words(text, block.start, block.end)
        if doc is None:
            kind = SegmentKind.HEADING if block.kind == "heading" else (
                SegmentKind.TABLE_HEADER if block.kind == "table_header" else SegmentKind.BOILERPLATE
            )
            tagged = tuple(TaggedWord(w, "", w.key) for w in span_words)
            pieces.append((block.start, block.end, kind, bi, tagged))
            continue
        rows = _token_rows(doc)
        strings = doc.vocab.strings
        all_tagged = _tag(rows, strings, block.start, span_words)
        if block.kind == "short":
            # a short line is a claim when it has a finite verb; the title line opening a text (see title_line)
            # also when it has a verb in another form, as headlines do ("Acme to cut 500 jobs", "Five killed in
            # crash", "Storm leaving thousands without power")
            title = len(pieces) <= _TITLE_MAX_BEFORE and all(p[2] in NOT_A_CLAIM_KINDS for p in pieces)
            verb_ids = _tag_ids(strings).finite_tags | (_tag_ids(strings).verb_tags if title else frozenset())
            # (the official title without a verb only when title_line will know it, which turns it back into a
            # heading when the derivative does not take it up)
            finite = any(row[_TAG] in verb_ids for row in rows) or (
                title and official and _title_shaped(text[block.start:block.end])) or bi in listed
            # (an item of a run-on list, however short: "certain electronics;" is one of the goods a sentence lists)
            item = len(span_words) >= _ITEM_MIN_WORDS and enumerated(text[block.start:block.end])
            # a later line in title case, no stop at its end, is a page's section heading however it reads ("What
            # You Need To Know" above a story's summary): a sentence does not capitalise its function words
            heading = not title and bi not in listed and not _SENTENCE_END_RE.search(
                text[block.start:block.end][-3:] + " ") and bool(_title_case_capitals(text[block.start:block.end]))
            # a line of an official text's fact box, a label and its value ("Application Deadline: May 15, 2023",
            # "Primary Counties Eligible: Liberty", "Lending rate: 0.05 per cent") states the value: a claim
            field = official and not title and field_line(text[block.start:block.end])
            kind = SegmentKind.SENTENCE if item or field or (
                finite and not heading and len(span_words) >= _TITLE_MIN_WORDS) else SegmentKind.HEADING
            pieces.append((block.start, block.end, kind, bi, all_tagged))
            continue
        if block.kind == "table_row":
            pieces.append((block.start, block.end, SegmentKind.TABLE_ROW, bi, all_tagged))
            continue
        sent_spans = [strip_span(text, block.start + s.start_char, block.start + s.end_char) for s in doc.sents]
        if len(sent_spans) > 1 and len(pieces) <= _TITLE_MAX_BEFORE and all(
                p[2] in NOT_A_CLAIM_KINDS for p in pieces) and _title_shaped(text[block.start:block.end]) and not any(
                text[e - 1] in _STOPS for _, e in sent_spans[:-1]):
            # the title line (title_line) is one segment, however the parser cuts it where no stop or colon ends a part:
            # "Statement from President Joe Biden Ahead of the Two-Year Anniversary of ..." names its signer and its
            # subject in one heading
            sent_spans = [strip_span(text, block.start, block.end)]
        finite_ids = _tag_ids(strings).finite_tags
        verbs = [row[_IDX] + block.start for row in rows if row[_TAG] in finite_ids]

        def clause(s: int, e: int, verbs: list[int] = verbs) -> bool:
            return bisect.bisect_left(verbs, s) < bisect.bisect_left(verbs, e)

        sent_spans = _split_excerpts(text, _merge_sentences(text, [sp for sp in sent_spans if sp[0] < sp[1]], clause),
                                     clause)
        base_kind = SegmentKind.ITEM if block.kind == "item" else SegmentKind.SENTENCE
        word_starts = [w.start for w in span_words]
        doc_text = None  # the text spaCy was given (what doc.text rebuilds, token by token), when needed
        for s, e in sent_spans:
            lo, hi = _word_range(word_starts, s, e)
            claims = [(s, e)]
            if hi - lo > config.claim_max_words:
                sub = doc.char_span(s - block.start, e - block.start, alignment_mode="expand")
                if doc_text is None:
                    doc_text = _breakable(text[block.start:block.end])
                cuts = _claim_splits(rows[sub.start:sub.end], strings, doc_text, block.start) if sub is not None else []
                claims = _split_claims(text, s, e, cuts, config.claim_min_words)
            for cs, ce in claims:
                kind = SegmentKind.CLAIM if len(claims) > 1 else base_kind
                pieces.append((cs, ce, kind, bi, all_tagged[slice(*_word_range(word_starts, cs, ce))]))
    if len(pieces) > config.max_segments:
        raise _too_many_segments(config.max_segments)
    lead_ins = _lead_ins(text, pieces, len(blocks), config.claim_max_words, config.claim_min_words)
    segments = tuple(
        Segment(id=f"{prefix}{i + 1}", start=s, end=e, text=text[s:e], block=bi,
                kind=SegmentKind.BOILERPLATE if i in lead_ins else _claim_or_not(kind, tagged, text[s:e]))
        for i, (s, e, kind, bi, tagged) in enumerate(pieces)
    )
    return Analyzed(text, segments, tuple(p[4] for p in pieces), tuple((b.start, b.end) for b in blocks))


#: closing quotation marks and brackets a question mark may stand before
_CLOSERS = "\"'”’»)]"
#: opening quotation marks (and brackets) a quoted question opens with
_OPENERS = ("\"", "'", "“", "‘", "«", "(", "[")
_QUOTE_CLOSERS = frozenset("\"'”’»")
#: a reported question ("was asked today if") counts when its verb is among the sentence's first words
_ASKED_WITHIN = 8
#: a question's last clause: the words after its last comma or dash
_LAST_CLAUSE = re.compile(r"[,;:—–]|\s-\s")


#: the words a main clause after a reported question's clause has at least, to answer it
_ANSWER_MIN_WORDS = 4


def _answered(text: str, norms: Sequence[str], i: int) -> bool:
    """Is the reported question whose verb is ``norms[i]`` (the folded words of ``text``) a clause of its own before
    the sentence's main clause, which answers it? The participle ("asked", lang ``asked_participles``) opens the
    sentence, alone or after a subordinator ("when", lang ``asked_subordinators``), and a comma closes the clause
    with words after it: "When asked if the case would be affected by the lack of a body, the District Attorney said
    that state law allows the charge" asserts what the prosecutor said; "The President was asked today if he expected
    us to act" reports only the question."""
    if norms[i] not in _LANG.asked_participles or not (
            i == 0 or (i == 1 and norms[0] in _LANG.asked_subordinators)):
        return False
    _, comma, rest = text.partition(",")
    return bool(comma) and len(words(rest)) >= _ANSWER_MIN_WORDS


@lru_cache(maxsize=4096)  # asked of each derivative claim twice, by the alignment and by its verdict
def is_question(text: str) -> bool:
    """Does a segment ask rather than assert? It ends with a question mark (before any closing quotation mark or
    bracket), and its last clause is not a tag ("..., right?", "— isn't it?": the sentence still asserts what comes
    before the tag). A reporter's question repeats the statement's words ("What did Russia get in exchange for
    not voting to close the crossing into Syria?"), but it supports nothing and is supported by nothing.

    A question inside a quotation that closes the segment is the sentence's only when the quotation opens it too:
    "He said the plan would cut tariffs, asking “why not?”" reports a question and asserts the rest.

    >>> is_question("What did Russia get in exchange?"), is_question("This is a once-in-a-generation — right?")
    (True, False)
    >>> is_question("“Is it done?”"), is_question("It is done, isn’t it?"), is_question("It is done.")
    (True, False, False)
    >>> is_question("He said the plan would cut tariffs, asking “why not?”")
    False

    A sentence that opens by reporting a question (a verb of asking, then "if" or "whether", within its first
    :data:`_ASKED_WITHIN` words) asserts none of what it asks: "And I think the President was asked today if he
    expected us, the United States, to take action, to follow up."

    >>> is_question("The President was asked today if he expected us to act."), is_question("We asked for help.")
    (True, False)

    A reported question in a clause of its own before the main clause is answered there (:func:`_answered`): "When
    asked if the case would suffer without a body, the prosecutor said that state law allows the charge."

    >>> is_question("When asked if the case would suffer, the prosecutor said that the law allows the charge.")
    False
    """
    norms = [w.norm for w in words(text)]
    for i, norm in enumerate(norms[:_ASKED_WITHIN]):
        if norm in _LANG.asking_verbs and not _LANG.asked_openers.isdisjoint(norms[i + 1:i + 4]):
            if _answered(text, norms, i):
                break  # "When asked if ..., the District Attorney said that ...": the main clause answers
            return True
    stripped = text.strip()
    body = stripped.rstrip(_CLOSERS).rstrip()
    if not body.endswith("?"):
        return False
    if any(c in _QUOTE_CLOSERS for c in stripped[len(body):]) and not stripped.startswith(_OPENERS):
        return False  # a quoted question the sentence reports
    clauses = _LAST_CLAUSE.split(body)
    tail = words(clauses[-1])
    if len(clauses) == 1 or not tail or len(tail) > 3:
        return True
    return not (tail[0].norm in _LANG.question_tags or tail[0].text.lower().endswith(("n't", "n’t")))


def title_line(doc: Analyzed) -> int | None:
    """The index of the segment that is ``doc``'s title line, if it has one: its first claim, a whole line of 4 to
    25 words that ends without a stop or a colon, with at most 3 segments before it, none of them a claim ("For
    Immediate Release" may come first). A headline states the main news of a release or a story, so the engine
    may link it to the other side's headline and to the sentences that say the same (:mod:`alignment.engine.align`).

    >>> from alignment.model import Segment, SegmentKind
    >>> text = "FDA approves new psoriasis drug\\nThe agency approved it today."
    >>> segs = (Segment("S1", 0, 31, text[:31], SegmentKind.SENTENCE, 0),
    ...         Segment("S2", 32, 61, text[32:], SegmentKind.SENTENCE, 1))
    >>> title_line(Analyzed(text, segs, ((), ()), ((0, 31), (32, 61))))
    0
    >>> title_line(Analyzed(text, segs[1:], ((),), ((0, 31), (32, 61)))) is None  # a sentence comes first
    True
    """
    i = _first_claim(doc)
    return i if i is not None and _title_block(doc, doc.segments[i]) else None


def _first_claim(doc: Analyzed) -> int | None:
    """The index of ``doc``'s first claim when at most :data:`_TITLE_MAX_BEFORE` segments come before it, where a
    title line (:func:`title_line`) or a headline asked as a question (:func:`question_title`) stands."""
    return next((i for i, seg in enumerate(doc.segments[:_TITLE_MAX_BEFORE + 1]) if seg.is_claim), None)


def question_title(doc: Analyzed) -> int | None:
    """The index of the segment that is ``doc``'s headline asked as a question, if it has one: its first claim, with
    at most 3 segments before it, none of them a claim, a whole line of 4 to 25 words ending with a question mark
    over a body of claims ("Why are flags at half-staff in Arizona?", a page's headline over the story that answers
    it; not a reporter's question alone). A question is no title line (:func:`title_line`: no stop at its end), and
    it asserts nothing; as a headline it is a label.

    >>> from alignment.model import Segment, SegmentKind
    >>> text = "Why are flags at half-staff in Arizona?\\nThe governor ordered flags lowered."
    >>> segs = (Segment("D1", 0, 39, text[:39], SegmentKind.SENTENCE, 0),
    ...         Segment("D2", 40, 74, text[40:], SegmentKind.SENTENCE, 1))
    >>> question_title(Analyzed(text, segs, ((), ()), ((0, 39), (40, 74))))
    0
    >>> question_title(Analyzed(text, segs[1:], ((),), ((0, 39), (40, 74)))) is None
    True
    >>> question_title(Analyzed(text, segs[:1], ((),), ((0, 39), (40, 74)))) is None  # no story under it
    True
    """
    i = _first_claim(doc)
    if i is None:
        return None
    seg, line = doc.segments[i], doc.segments[i].text.rstrip()
    body = any(other.is_claim for other in doc.segments[i + 1:])
    return i if body and _whole_line(doc, seg) and line.endswith("?") and _title_shaped(line[:-1]) else None


def _title_block(doc: Analyzed, seg: Segment) -> bool:
    """Whether ``seg`` is a whole block (a line) of ``doc`` of its own, shaped like a title (:func:`_title_shaped`)."""
    return _whole_line(doc, seg) and _title_shaped(seg.text)


def _whole_line(doc: Analyzed, seg: Segment) -> bool:
    """Whether ``seg`` is the whole of its block (a line) of ``doc``, white space aside."""
    block = doc.blocks[seg.block] if seg.block < len(doc.blocks) else (seg.start, seg.end)
    return (seg.start, seg.end) == strip_span(doc.text, *block)


def second_halves(segments: Sequence[Segment]) -> dict[int, int]:
    """The claims that end a sentence cut in two (``SegmentKind.CLAIM``, :data:`Config.claim_max_words`), each with
    the index of its sentence's first part: a claim that opens in lower case right after a claim of the same block
    that ends with no stop ("Today, President Trump signed a Proclamation" / "imposing a temporary import duty to
    ..."), the first part not itself the end of an earlier claim's sentence and the claim ending its sentence. The
    second part continues what the first says (what the proclamation does, whom the appointee reported on); a
    sentence cut into three claims or more is a run of propositions of its own, and is left out.

    >>> from alignment.model import Segment, SegmentKind
    >>> def seg(i, text, kind=SegmentKind.CLAIM, block=0):
    ...     return Segment(f"S{i + 1}", 0, len(text), text, kind, block)
    >>> second_halves([seg(0, "The mayor signed an order"), seg(1, "closing the bridge for repairs.")])
    {1: 0}
    >>> second_halves([seg(0, "The mayor signed an order"), seg(1, "closing the bridge"),
    ...                seg(2, "and asking drivers to take the ferry.")])
    {}
    >>> second_halves([seg(0, "The mayor signed an order."), seg(1, "closing the bridge.")])
    {}
    """
    def continues(a: int, b: int) -> bool:
        first, second = segments[a], segments[b]
        return (first.kind is SegmentKind.CLAIM and second.kind is SegmentKind.CLAIM and first.block == second.block
                and not _SENTENCE_END_RE.search(first.text.rstrip()[-3:] + " "))

    out = {}
    for i in range(1, len(segments)):
        if (segments[i].text[:1].islower() and continues(i - 1, i) and not (i >= 2 and continues(i - 2, i - 1))
                and not (i + 1 < len(segments) and continues(i, i + 1))):
            out[i] = i - 1
    return out


def highlight_lines(doc: Analyzed) -> frozenset[int]:
    """The indices of the claims that are ``doc``'s highlights: the lines right after its title line
    (:func:`title_line`), each a whole line of its own shaped like a title (4 to 25 words, no stop or colon at its
    end), up to the first segment that is not ("Cancer drug 49 times more potent than Cisplatin" over "Drug can shut
    down a cancer cell's metabolism", "Developed by researchers at ..."); non-claims between them are passed over.
    A release's highlights sum up what its body says, as its title does. When the first claim after the title is no
    such line, it is a highlight all the same if it is a whole line with no verb: a page's summary under its title,
    which names what the page gives ("An update from the CMOs for England, Scotland, Wales and Northern Ireland on
    the alert level in the UK."), as a verbless title does.

    >>> from alignment.model import Segment, SegmentKind
    >>> text = "New drug beats old one\\nWorks in mice and rats\\nCheaper to make than rivals\\nIt was tested in mice."
    >>> spans = ((0, 22), (23, 45), (46, 73), (74, 96))
    >>> segs = tuple(Segment(f"S{k + 1}", a, b, text[a:b], SegmentKind.SENTENCE, k) for k, (a, b) in enumerate(spans))
    >>> sorted(highlight_lines(Analyzed(text, segs, ((),) * 4, spans)))
    [1, 2]
    """
    title = title_line(doc)
    if title is None:
        return frozenset()
    out: list[int] = []
    for i in range(title + 1, len(doc.segments)):
        seg = doc.segments[i]
        if not seg.is_claim:
            continue
        if not _title_block(doc, seg):
            if not out and _summary_line(doc, i):
                out.append(i)
            break
        out.append(i)
    return frozenset(out)


def _summary_line(doc: Analyzed, i: int) -> bool:
    """Is segment ``i`` of ``doc`` a whole line (block) of its own with no verb (:func:`highlight_lines`)?"""
    return _whole_line(doc, doc.segments[i]) and bool(doc.words[i]) and not any(
        t.pos in ("VERB", "AUX") for t in doc.words[i])


def _title_shaped(line: str) -> bool:
    """``line`` could be a title (:func:`title_line`): one line of 4 to 25 words, no stop or colon at its end."""
    return ("\n" not in line and "\r" not in line and not _SENTENCE_END_RE.search(line[-3:] + " ")
            and not line.rstrip().endswith(":") and _TITLE_MIN_WORDS <= len(line.split()) <= _TITLE_MAX_WORDS)


#: a signature: an official text's last line, a name in capitals of this many words ("JOSEPH R. BIDEN JR.")
_SIGNATURE_WORDS = (2, 5)


def signature_line(doc: Analyzed) -> int | None:
    """The index of the claim that is ``doc``'s signature, if it ends with one: its last segment, the whole last line
    of the text, in capitals, of two to five words and no digit ("JOSEPH R. BIDEN JR." under a proclamation or a
    memorandum). A signature says who signed, which the text's opening already says ("I, JOSEPH R. BIDEN JR.,
    President of ..."); taken up by no claim of the other text, it is furniture (``alignment.api.compare``).

    >>> from alignment.model import Segment, SegmentKind
    >>> text = "The order takes effect today.\\nJOSEPH R. BIDEN JR."
    >>> segs = (Segment("S1", 0, 29, text[:29], SegmentKind.SENTENCE, 0),
    ...         Segment("S2", 30, 49, text[30:], SegmentKind.SENTENCE, 1))
    >>> signature_line(Analyzed(text, segs, ((), ()), ((0, 29), (30, 49))))
    1
    """
    if not doc.segments:
        return None
    i = len(doc.segments) - 1
    seg = doc.segments[i]
    last = doc.text.rstrip().rsplit("\n", 1)[-1].strip()
    if not seg.is_claim or seg.text.strip() != last or not last.isupper() or any(c.isdigit() for c in last):
        return None
    return i if _SIGNATURE_WORDS[0] <= len(last.split()) <= _SIGNATURE_WORDS[1] else None


def verbless_title(doc: Analyzed) -> int | None:
    """The index of ``doc``'s title line (:func:`title_line`) when it has no verb: a claim only because the text is
    the official one (``segment(..., official=True)``), which names the text's subject ("Statement from the
    President on Marijuana Reform", "Readout of the President's Call with the Prime Minister").

    >>> from alignment.model import Segment, SegmentKind
    >>> from alignment.text.normalize import words
    >>> text = "Statement by the President on Gas Prices\\nPrices fell."
    >>> segs = (Segment("S1", 0, 40, text[:40], SegmentKind.SENTENCE, 0),
    ...         Segment("S2", 41, 53, text[41:], SegmentKind.SENTENCE, 1))
    >>> tagged = (tuple(TaggedWord(w, "VERB" if w.text == "fell" else "NOUN", w.key) for w in words(text, 0, 40)),
    ...           tuple(TaggedWord(w, "VERB" if w.text == "fell" else "NOUN", w.key) for w in words(text, 41, 53)))
    >>> verbless_title(Analyzed(text, segs, tagged, ((0, 40), (41, 53))))
    0
    """
    i = title_line(doc)
    if i is None or any(t.pos in ("VERB", "AUX") for t in doc.words[i]):
        return None
    return i


def segment_lines(text: str, nlp: SpacyLanguage | None, prefix: str) -> Analyzed:
    """Pre-segmented input: every non-blank line is one segment (a sentence), nothing is split.

    With ``nlp=None`` the words are tagged by rule (see :func:`tag_by_rule`) and spaCy is not needed.
    """
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        s, e = strip_span(text, pos, pos + len(line.rstrip("\r\n")))
        if s < e:
            spans.append((s, e))
        pos += len(line)
    return segments_from_spans(text, spans, nlp, prefix)


def tag_by_rule(text: str, span_words: list[Word]) -> tuple[TaggedWord, ...]:
    """Tags without a statistical model: a capitalised word that does not open its sentence is a name
    (as is an acronym, or a word with a capital inside it: McDonald, iPhone); numbers are NUM.

    >>> [t.pos for t in tag_by_rule("The mayor of Leeds met NATO staff", words("The mayor of Leeds met NATO staff"))]
    ['', '', '', 'PROPN', '', 'PROPN', '']
    """
    tagged = []
    for k, w in enumerate(span_words):
        pos = ""
        if w.kind == "number":
            pos = "NUM"
        elif w.text[0].isupper() and not w.stop:
            before = text[span_words[k - 1].end:w.start] if k else ""
            opens_sentence = k == 0 or before.strip()[-1:] in (".", "!", "?", ":", '"', "“")
            if not opens_sentence or any(c.isupper() for c in w.text[1:]):
                pos = "PROPN"
        tagged.append(TaggedWord(w, pos, w.key))
    return tuple(tagged)


def _tag_doc(doc: Doc, offset: int, span_words: list[Word]) -> tuple[TaggedWord, ...]:
    """:func:`_tag` with the rows and strings of ``doc``."""
    return _tag(_token_rows(doc), doc.vocab.strings, offset, span_words)


def segments_from_spans(
    text: str, spans: Sequence[tuple[int, int]], nlp: SpacyLanguage | None, prefix: str
) -> Analyzed:
    """Segments at given (start, end) spans of ``text``, each its own block; tagged by spaCy, or by
    rule when ``nlp`` is None."""
    # a long line is parsed in pieces of at most MAX_PARSE_CHARS characters, still one segment
    pieces = [_pieces(text, s, e) for s, e in spans] if nlp is not None else []
    docs = _parse(nlp, (text[a:b] for span in pieces for a, b in span)) if nlp is not None else None
    segs, tagged_all = [], []
    for i, (s, e) in enumerate(spans):
        span_words = words(text, s, e)
        if docs is None:
            tagged = tag_by_rule(text, span_words)
        else:
            starts = [a for a, _ in pieces[i]]
            groups: list[list[Word]] = [[] for _ in starts]
            for w in span_words:
                groups[max(bisect.bisect_right(starts, w.start) - 1, 0)].append(w)
            tagged = tuple(t for a, group in zip(starts, groups, strict=False) for t in _tag_doc(next(docs), a, group))
        kind = _claim_or_not(SegmentKind.SENTENCE, tagged)
        segs.append(Segment(id=f"{prefix}{i + 1}", start=s, end=e, text=text[s:e], kind=kind, block=i))
        tagged_all.append(tagged)
    return Analyzed(text, tuple(segs), tuple(tagged_all), tuple(spans))
