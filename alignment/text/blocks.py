"""Structure blocks: headings, list items, table rows, boilerplate and paragraphs, with offsets.

The first stage of segmentation works on lines and needs no language model. A block never
crosses a blank line; a paragraph may span several lines when a line visibly runs on into the
next (it ends inside a quotation, on a function word or a comma, or the next line starts in
lower case), or when the whole text is hard-wrapped.

>>> text = "Title Line\\n- first item\\nA | B |\\n---|---|\\nx | y |\\nBegin text:\\nIt rained. It\\nstopped."
>>> [(b.kind, text[b.start:b.end]) for b in find_blocks(text)]  # doctest: +NORMALIZE_WHITESPACE
[('short', 'Title Line'), ('item', 'first item'), ('table_header', 'A | B |'),
 ('table_header', '---|---|'), ('table_row', 'x | y |'), ('boilerplate', 'Begin text:'),
 ('paragraph', 'It rained. It\\nstopped.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.text.quotemarks import QuoteDepth

__all__ = ["Block", "find_blocks"]


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of a document. ``kind`` is one of: paragraph, short (a standalone short
    line: a heading or a headline, decided once it is tagged), heading, item, table_header,
    table_row, boilerplate."""

    start: int
    end: int
    kind: str


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TABLE_RULE_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_ITEM_RE = re.compile(r"^(?:[-*+•‣◦▪●■–—]|\d{1,3}[.)]|\(?[a-zA-Z]\)|\(\d{1,3}\))\s+(?=\S)")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+(?=\S)")
_BOILERPLATE_RES = _LANG.boilerplate
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ().-]{7,}\d")
_CONTACT_MAX_CHARS = 300
_TERMINAL_RE = re.compile(r"[.!?…][\"'”’»)\]]*$")
# Words a sentence cannot end on (alignment/lang/en.py): a line ending on one runs on into the next.
_DANGLING = _LANG.dangling
_CONTINUES_RE = re.compile(r"(?:[,;(\[–—-]|\b(?:{}))$".format("|".join(_DANGLING)), re.I)
#: where in a line a match of :data:`_CONTINUES_RE` may start, counted back from its end: a dangling word of plain
#: letters matches as many characters as it has, and ``$`` may stand before a closing line break; None (the whole line
#: searched) where a language's dangling words are patterns of another length. The pattern ends in ``$``, so a
#: search over the whole line tries it at every character: on a paragraph of thousands of characters, thousands of
#: tries of fifty-odd words, where only the last few characters can match (``\b`` still reads the character before
#: the search's start: the same matches)
_CONTINUES_REACH = max(map(len, _DANGLING), default=1) + 1 \
    if all(w.isalpha() and re.escape(w) == w for w in _DANGLING) else None
_OPENERS = "“«„‘"
_CLOSERS = "”»“’"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, line breaks excluded."""
    out = []
    for m in _LINE_RE.finditer(text):
        if m.start() == m.end():
            break
        content = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(content)))
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past whitespace at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_table_line(line: str) -> bool:
    return line.count("|") >= 2 or (line.count("|") == 1 and (line.endswith("|") or line.startswith("|")))


def _is_boilerplate(line: str) -> bool:
    if any(r.match(line) for r in _BOILERPLATE_RES):
        return True
    # a contact line is short: the pattern is tried only on one (on a 100,000-character word it took a minute)
    return len(line) <= _CONTACT_MAX_CHARS and len(line.split()) <= 12 and bool(_CONTACT_RE.search(line))


def _open_quotes(line: str) -> bool:
    """Does the line leave a double quotation open?"""
    return QuoteDepth().feed(line).open


class _Run:
    """A paragraph (or list item) being joined line by line: what deciding on the next line needs, kept as the
    lines come, so that joining costs the same for every line however long the paragraph grows."""

    __slots__ = ("depth", "last", "words")

    def __init__(self, line: str) -> None:
        self.depth, self.last, self.words = QuoteDepth(), "", 0
        self.add(line)

    def add(self, line: str) -> None:
        self.depth.feed(line)
        self.last = line
        self.words += len(line.split())

    def runs_on(self, nxt: str) -> bool:
        """Does the paragraph continue on the next line ``nxt``?"""
        if self.depth.open:
            return True
        if _TERMINAL_RE.search(self.last):
            return False
        first = nxt.lstrip(_OPENERS + "\"'([")
        if first[:1].islower():
            return True
        last = self.last
        start = 0 if _CONTINUES_REACH is None else max(0, len(last) - _CONTINUES_REACH)
        return bool(_CONTINUES_RE.search(last, start)) and self.words > 3


def _hard_wrapped(lines: list[str]) -> bool:
    """A text wrapped at a fixed width, paragraphs separated by blank lines."""
    content = [ln for ln in lines if ln.strip()]
    blanks = len(lines) - len(content)
    if blanks < 2 or len(content) < 6:
        return False
    lengths = sorted(len(ln) for ln in content)
    unterminated = sum(1 for ln in content if not _TERMINAL_RE.search(ln.rstrip()))
    return lengths[int(len(lengths) * 0.95) - 1] <= 100 and unterminated / len(content) > 0.4


def find_blocks(text: str) -> list[Block]:
    """The structural blocks of ``text`` in order; offsets exclude surrounding whitespace."""
    spans = _lines(text)
    raw = [text[s:e] for s, e in spans]
    wrapped = _hard_wrapped(raw)
    kinds: list[str] = []
    starts: list[int] = []
    for s, e in spans:
        s, e = strip_span(text, s, e)
        stripped = text[s:e]
        starts.append(s)
        if not stripped:
            kinds.append("blank")
        elif _TABLE_RULE_RE.match(stripped) and "|" in stripped:
            kinds.append("table_rule")
        elif _is_table_line(stripped):
            kinds.append("table")
        elif _is_boilerplate(stripped):
            kinds.append("boilerplate")
        elif _MD_HEADING_RE.match(stripped):
            kinds.append("md_heading")
        elif _ITEM_RE.match(stripped):
            kinds.append("item")
        else:
            kinds.append("text")
    # Table rows right above a ---|--- rule are its header.
    for i, kind in enumerate(kinds):
        if kind == "table_rule":
            j = i - 1
            while j >= 0 and kinds[j] == "table":
                kinds[j] = "table_header"
                j -= 1

    blocks: list[Block] = []
    i = 0
    while i < len(spans):
        kind = kinds[i]
        s, e = strip_span(text, *spans[i])
        if kind == "blank":
            i += 1
            continue
        if kind in ("table_rule", "table_header"):
            blocks.append(Block(s, e, "table_header"))
        elif kind == "table":
            blocks.append(Block(s, e, "table_row"))
        elif kind == "boilerplate":
            blocks.append(Block(s, e, "boilerplate"))
        elif kind == "md_heading":
            m = _MD_HEADING_RE.match(text[s:e])
            blocks.append(Block(s + (m.end() if m else 0), e, "heading"))
        elif kind == "item":
            m = _ITEM_RE.match(text[s:e])
            start = s + (m.end() if m else 0)
            # an item may run on over following lines that are plain text
            run = _Run(text[start:e])
            while i + 1 < len(spans) and kinds[i + 1] == "text" and run.runs_on(raw[i + 1].strip()):
                i += 1
                line_start, e = strip_span(text, *spans[i])
                run.add(text[line_start:e])
            blocks.append(Block(start, e, "item"))
        else:
            first = i
            run = _Run(text[s:e])
            while i + 1 < len(spans) and kinds[i + 1] == "text":
                nxt = raw[i + 1].strip()
                if wrapped or run.runs_on(nxt):
                    i += 1
                    line_start, e = strip_span(text, *spans[i])
                    run.add(text[line_start:e])
                else:
                    break
            line = text[s:e]
            short = (
                i == first
                and len(line.split()) <= 12
                and not _TERMINAL_RE.search(line)
                and not _open_quotes(line)
            )
            blocks.append(Block(s, e, "short" if short else "paragraph"))
        i += 1
    return _furniture(text, _figure_rows(text, blocks))


#: the last word of a line that ends on a figure: a number, an amount or a share ("$31,963,651", "404,900", "12%")
_FIGURE_END_RE = re.compile(r"(?:^|\s)[$€£]?\d[\d,.]*%?\*?$")
#: consecutive figure lines that make a table (fewer are a heading and a figure, or a list of dates)
_FIGURE_ROWS_MIN = 3


def _figure_rows(text: str, blocks: list[Block]) -> list[Block]:
    """Rows of a table that lost its rules, as a web page's table does when its text is extracted: runs of at
    least :data:`_FIGURE_ROWS_MIN` consecutive one-line blocks without closing punctuation that each end on a figure
    ("AL 588,000 404,900", "COLORADO STATE DEPT OF HUMAN SERVICES DENVER CO $21,078,320"), a line without a figure
    (the first half of a wrapped row) allowed between two of them. Each such row states its figures (the amount a
    grantee receives): a claim, which a report giving the state's figure restates, not a heading.

    >>> t = "Grants by state\\n\\nALASKA DEPT OF HEALTH AK $4,000,000\\n\\nIDAHO DEPT OF HEALTH ID $7,937,724\\n" \\
    ...     "\\nIOWA DEPT OF PUBLIC\\n\\nHEALTH IA $9,083,075\\n\\nThe end."
    >>> [b.kind for b in find_blocks(t)]
    ['short', 'table_row', 'table_row', 'short', 'table_row', 'paragraph']
    """
    def figure_line(b: Block) -> bool:
        line = text[b.start:b.end]
        return (b.kind in ("short", "paragraph") and "\n" not in line and "\r" not in line
                and not _TERMINAL_RE.search(line) and bool(_FIGURE_END_RE.search(line)))

    rows = [figure_line(b) for b in blocks]
    out = list(blocks)
    n = 0
    while n < len(blocks):
        if not rows[n]:
            n += 1
            continue
        run = [n]
        k = n + 1
        while k < len(blocks):
            if rows[k]:
                run.append(k)
                k += 1
            elif k + 1 < len(blocks) and rows[k + 1] and blocks[k].kind == "short":
                k += 1  # the first line of a wrapped row
            else:
                break
        if len(run) >= _FIGURE_ROWS_MIN:
            for r in run:
                out[r] = Block(blocks[r].start, blocks[r].end, "table_row")
        n = run[-1] + 1
    return out


#: a dateline is looked for in the first blocks of a text only (a headline, a byline, a highlight or two above it)
_DATELINE_BLOCKS = 8
#: a headline's credit (``Language.headline_credit``) is looked for in a short line among the first blocks, with no
#: paragraph before it, that keeps at least this many words without it (the title line's least)
_HEADLINE_BLOCKS = 4
_HEADLINE_MIN_WORDS = 4


def _furniture(text: str, blocks: list[Block]) -> list[Block]:
    """Mark what frames a release or a story rather than stating anything: everything after an end mark (``###``),
    a section under a furniture heading ("About Amgen", "Forward-Looking Statements") up to the next heading, a
    paragraph in the second half of the body that opens as furniture does ("The FDA, an agency within ..."), a
    dateline ("LONDON (Reuters) -") cut off the paragraph it opens, and the credit at the end of a headline ("... -
    Voice of America") cut off the headline."""
    out: list[Block] = []
    section = False
    headline = True  # no paragraph yet: a short line may be the headline
    # the blocks before the first end mark: the body, whose second half furniture paragraphs are looked for in
    body = next((n for n, b in enumerate(blocks)
                 if b.kind == "boilerplate" and _LANG.end_of_release.match(text[b.start:b.end])), len(blocks))
    for n, b in enumerate(blocks):
        line = text[b.start:b.end]
        if b.kind in ("short", "heading"):
            section = bool(_LANG.boilerplate_sections.match(line))
        furniture = n > body or section or (
            b.kind == "paragraph" and 2 * n >= body
            and any(p.match(line) for p in _LANG.boilerplate_paragraphs))
        if furniture:
            out.append(Block(b.start, b.end, "boilerplate"))
            continue
        m = _LANG.dateline.match(line) if b.kind in ("paragraph", "short") and n < _DATELINE_BLOCKS else None
        if m and m.end() < len(line):
            out.append(Block(b.start, b.start + len(m.group().rstrip()), "boilerplate"))
            out.append(Block(b.start + m.end(), b.end, b.kind))
            continue
        # a headline: a line without a stop at its end (a "paragraph" when it has more than a short line's words)
        credit = _LANG.headline_credit.search(line) if (
            _LANG.headline_credit is not None and headline and b.kind in ("short", "paragraph")
            and n < _HEADLINE_BLOCKS and "\n" not in line and not _TERMINAL_RE.search(line)) else None
        headline = headline and b.kind not in ("paragraph", "item", "table_row", "table_header")
        if credit and len(line[:credit.start()].split()) >= _HEADLINE_MIN_WORDS:
            out.append(Block(b.start, b.start + credit.start(), b.kind))
            out.append(Block(b.start + credit.start() + len(credit.group()) - len(credit.group().lstrip()), b.end,
                             "boilerplate"))
            continue
        out.append(b)
    return out
