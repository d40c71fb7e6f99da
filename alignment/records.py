"""The typed records passed between pipeline stages. Every span carries offsets into its text."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "Alignment",
    "AlignmentLabel",
    "Detail",
    "QuoteStatus",
    "Quote",
    "Segment",
    "SegmentKind",
    "SourceStatus",
    "DerivativeStatus",
    "WordDiff",
]


class SegmentKind(str, Enum):
    """What a segment is in the structure of its document."""

    SENTENCE = "sentence"        # a whole sentence of a paragraph
    CLAIM = "claim"              # part of a run-on sentence, split to about one proposition
    ITEM = "item"                # a bullet or numbered list item
    TABLE_ROW = "table_row"      # one body row of a pipe table
    HEADING = "heading"          # a title or section heading: states nothing by itself
    TABLE_HEADER = "table_header"  # a table's header row or its ---|--- rule
    BOILERPLATE = "boilerplate"  # "Begin text:", "End text.", "Sources: ...", contact lines

    def __str__(self) -> str:
        return self.value


NOT_A_CLAIM_KINDS = frozenset({SegmentKind.HEADING, SegmentKind.TABLE_HEADER, SegmentKind.BOILERPLATE})


class SourceStatus(str, Enum):
    COVERED = "covered"
    PARTIAL = "partial"
    OMITTED = "omitted"
    NOT_A_CLAIM = "not_a_claim"

    def __str__(self) -> str:
        return self.value


class DerivativeStatus(str, Enum):
    SUPPORTED = "supported"
    PARTIAL = "partial"
    ADDED = "added"
    NOT_A_CLAIM = "not_a_claim"

    def __str__(self) -> str:
        return self.value


class AlignmentLabel(str, Enum):
    COPY = "copy"              # the derivative repeats the source's words in order
    PARAPHRASE = "paraphrase"  # the derivative restates the source in other words
    PARTIAL = "partial"        # the two share part of their content
    CONTEXT = "context"        # the link model's evidence around the counterparts; adds nothing to either share

    def __str__(self) -> str:
        return self.value


class QuoteStatus(str, Enum):
    EXACT = "exact"
    NEAR = "near"
    ALTERED = "altered"
    UNSUPPORTED = "unsupported"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Detail:
    """A word or run of words in a derivative segment that its aligned source does not support."""

    text: str
    start: int
    end: int
    kind: str  # "name", "number", "date" or "word"


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of a document: a sentence, a claim, a list item, a table row or a non-claim."""

    id: str
    start: int
    end: int
    text: str
    kind: SegmentKind
    block: int  # index of the structural block (paragraph, item, row) the segment belongs to
    status: str = ""
    aligned_to: tuple[str, ...] = ()
    score: float = 0.0  # share of the segment's content found in its counterparts
    unsupported_details: tuple[Detail, ...] = ()

    @property
    def is_claim(self) -> bool:
        return self.kind not in NOT_A_CLAIM_KINDS


@dataclass(frozen=True, slots=True)
class Alignment:
    """A link between a source segment and a derivative segment."""

    source_id: str
    derivative_id: str
    score: float
    label: AlignmentLabel
    support: float  # share of the derivative segment's content found in the source segment
    coverage: float  # share of the source segment's content found in the derivative segment
    fuzzy: float  # rapidfuzz token_set_ratio of the folded texts, in [0, 1]
    semantic: float = 0.0  # cosine of the sentence embeddings (only with the semantic extra), else 0


@dataclass(frozen=True, slots=True)
class WordDiff:
    """One step of the word-level comparison between a quote and its best source passage.

    ``op`` is "equal", "variant" (spelling, inflection, hyphenation or punctuation differs),
    "replace", "insert" (in the quote, not in the source), "delete" (in the source, dropped from the
    quote without an ellipsis), "elided" (in the source, dropped where the quote marks an ellipsis) or
    "editorial" (words the quote adds or substitutes in square brackets).
    Offsets are -1 where a side is empty.
    """

    op: str
    quote_text: str
    quote_start: int
    quote_end: int
    source_text: str
    source_start: int
    source_end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted span of the derivative and its verdict against the whole source.

    ``start``/``end`` delimit the quoted words inside the quotation marks;
    ``mark_start``/``mark_end`` include the marks themselves.
    """

    id: str
    text: str
    start: int
    end: int
    mark_start: int
    mark_end: int
    derivative_id: str
    status: QuoteStatus
    score: float
    source_start: int  # -1 when no source passage was found
    source_end: int
    source_text: str
    source_id: str  # the source segment holding most of the passage, "" if none
    scare_quote: bool  # one or two words in quotation marks
    closed: bool  # False when the closing mark was missing and the end was inferred
    diff: tuple[WordDiff, ...] = field(default=())
