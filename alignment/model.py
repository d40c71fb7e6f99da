"""The typed records passed between pipeline stages, and the one table of statuses and verdicts.

Every span carries offsets into its text. :data:`VERDICTS` says, once, how every output shows each status and
verdict: its label, its symbol (so that nothing is told by colour alone), what it means and its tone (the style


class the terminal, the HTML report and its legends colour it by). A new verdict is a member of its enum here and
a row of that table.

Imports nothing of the package: every other module may import this one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

__all__ = [
    "DETAIL_SALIENCE",
    "DIFF_LABELS",
    "DISCREPANCY_KINDS",
    "REASONS",
    "TONES",
    "VERDICTS",
    "Alignment",
    "AlignmentLabel",
    "DerivativeStatus",
    "Detail",
    "Discrepancy",
    "DiscrepancyKind",
    "Quote",
    "QuoteStatus",
    "Segment",
    "SegmentKind",
    "SourceStatus",
    "Verdict",
    "WordDiff",
    "alignment_dict",
    "diff_summary",
    "discrepancy_dict",
    "discrepancy_from_dict",
    "quote_dict",
    "quote_from_dict",
    "reason_code",
    "salience_rank",
    "verdict",
]


class _Value(str, Enum):
    """An enum whose members read as their values (``str(SourceStatus.COVERED) == "covered"``), as the JSON
    report and the CSV tables write them."""

    def __str__(self) -> str:
        value: str = self._value_  # Enum's ``value`` property, without the property's cost
        return value


class SegmentKind(_Value):
    """What a segment is in the structure of its document."""

    SENTENCE = "sentence"        # a whole sentence of a paragraph
    CLAIM = "claim"              # part of a run-on sentence, split to about one proposition
    ITEM = "item"                # a bullet or numbered list item
    TABLE_ROW = "table_row"      # one body row of a pipe table
    HEADING = "heading"          # a title or section heading: states nothing by itself
    TABLE_HEADER = "table_header"  # a table's header row or its ---|--- rule
    BOILERPLATE = "boilerplate"  # "Begin text:", "End text.", "Sources: ...", contact lines


NOT_A_CLAIM_KINDS = frozenset({SegmentKind.HEADING, SegmentKind.TABLE_HEADER, SegmentKind.BOILERPLATE})


class SourceStatus(_Value):
    COVERED = "covered"
    PARTIAL = "partial"
    OMITTED = "omitted"
    NOT_A_CLAIM = "not_a_claim"


class DerivativeStatus(_Value):
    SUPPORTED = "supported"
    PARTIAL = "partial"
    ADDED = "added"
    NOT_A_CLAIM = "not_a_claim"


class AlignmentLabel(_Value):
    COPY = "copy"              # the derivative repeats the source's words in order
    PARAPHRASE = "paraphrase"  # the derivative restates the source in other words
    PARTIAL = "partial"        # the two share part of their content
    CONTEXT = "context"        # the link model's evidence around the counterparts; adds nothing to either share


class QuoteStatus(_Value):
    EXACT = "exact"
    NEAR = "near"
    ALTERED = "altered"
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True, slots=True)
class Detail:
    """A word or run of words in a derivative segment that its aligned source does not support."""

    text: str
    start: int
    end: int
    kind: str  # "name", "number", "date" or "word"
    #: what kind of information it is, one of :data:`DETAIL_SALIENCE` (most salient first): a name, a number, a
    #: date, a place (a name after "in", "at", "from" ...), or other words (a new fact or evaluation)
    salience: str = "other"


#: the salience classes of unsupported details, most salient first: the order in which outputs list them
DETAIL_SALIENCE = ("name", "number", "date", "place", "other")


def salience_rank(detail: Detail) -> int:
    """The rank of ``detail``'s salience class in :data:`DETAIL_SALIENCE` (0 for a name; an unknown class last)."""
    return DETAIL_SALIENCE.index(detail.salience) if detail.salience in DETAIL_SALIENCE else len(DETAIL_SALIENCE)


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
    #: why it has its status: a code of :data:`REASONS`, then ``": "`` and the evidence
    #: (``"linked: S7 (support 0.91)"``, ``"no_counterpart"``, ``"boilerplate"``)
    reason: str = ""
    #: the ids of the discrepancies found in this (derivative) segment: ``("X1", "X3")``
    discrepancy_ids: tuple[str, ...] = ()

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
    source_id: str  # the source segment where the passage starts, "" if none
    scare_quote: bool  # one or two words in quotation marks
    closed: bool  # False when the closing mark was missing and the end was inferred
    diff: tuple[WordDiff, ...] = field(default=())


class DiscrepancyKind(_Value):
    """What a derivative segment gets wrong about the source segment it restates (see :data:`DISCREPANCY_KINDS`)."""

    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    NEGATION = "negation"
    MODALITY = "modality"
    QUANTIFIER = "quantifier"
    ATTRIBUTION = "attribution"


#: what each kind of discrepancy means, for legends and docs
DISCREPANCY_KINDS: Mapping[str, str] = {
    "number": "a different amount, count, percentage, rate or range",
    "date": "a different date, day, month, year or time",
    "name": "a different person, organisation, place or document in the same role",
    "negation": "the polarity flipped: a negation added or dropped, or a verb of opposite sense",
    "modality": "the certainty changed: a hedged claim stated as fact, or the reverse",
    "quantifier": "the scope changed: some and all, one of and the, mice and people",
    "attribution": "the claim credited to a different speaker than in the source",
}


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A conflict between a derivative segment and the source segment it restates, with evidence on both sides:
    ``text == derivative[start:end]`` and ``source_text == source[source_start:source_end]``."""

    id: str  # "X1", "X2", ... in derivative order
    kind: DiscrepancyKind
    derivative_id: str
    source_id: str
    start: int
    end: int
    text: str
    source_start: int
    source_end: int
    source_text: str
    explanation: str


# ---------------------------------------------------------------------------------------------- JSON form
def discrepancy_dict(x: Discrepancy) -> dict[str, Any]:
    return {
        "id": x.id, "kind": str(x.kind), "derivative_id": x.derivative_id, "source_id": x.source_id,
        "start": x.start, "end": x.end, "text": x.text, "source_start": x.source_start,
        "source_end": x.source_end, "source_text": x.source_text, "explanation": x.explanation,
    }


def discrepancy_from_dict(x: dict[str, Any]) -> Discrepancy:
    return Discrepancy(
        id=x["id"], kind=DiscrepancyKind(x["kind"]), derivative_id=x["derivative_id"], source_id=x["source_id"],
        start=x["start"], end=x["end"], text=x["text"], source_start=x["source_start"],
        source_end=x["source_end"], source_text=x["source_text"], explanation=x.get("explanation", ""),
    )


def alignment_dict(a: Alignment) -> dict[str, Any]:
    return {
        "source_id": a.source_id,
        "derivative_id": a.derivative_id,
        "score": a.score,
        "label": str(a.label),
        "support": a.support,
        "coverage": a.coverage,
        "fuzzy": a.fuzzy,
        "semantic": a.semantic,
    }


def quote_dict(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "mark_start": q.mark_start,
        "mark_end": q.mark_end,
        "derivative_id": q.derivative_id,
        "status": str(q.status),
        "score": q.score,
        "source_start": q.source_start,
        "source_end": q.source_end,
        "source_text": q.source_text,
        "source_id": q.source_id,
        "scare_quote": q.scare_quote,
        "closed": q.closed,
        "differences": [
            {
                "op": d.op,
                "quote_text": d.quote_text,
                "quote_start": d.quote_start,
                "quote_end": d.quote_end,
                "source_text": d.source_text,
                "source_start": d.source_start,
                "source_end": d.source_end,
            }
            for d in q.diff
            if d.op != "equal"
        ],
    }


def quote_from_dict(q: dict[str, Any]) -> Quote:
    return Quote(
        id=q["id"], text=q["text"], start=q["start"], end=q["end"], mark_start=q.get("mark_start", q["start"]),
        mark_end=q.get("mark_end", q["end"]), derivative_id=q["derivative_id"], status=QuoteStatus(q["status"]),
        score=q["score"], source_start=q["source_start"], source_end=q["source_end"], source_text=q["source_text"],
        source_id=q.get("source_id", ""), scare_quote=q.get("scare_quote", False), closed=q.get("closed", True),
        diff=tuple(WordDiff(**d) for d in q.get("differences", ())),
    )


# ---------------------------------------------------------------------------------------------- reasons
#: the codes that open a segment's ``reason``, and what each means
REASONS: Mapping[str, str] = {
    "linked": "aligned with these counterparts, which hold this share of its content (and, when it is kept partial "
              "above min_support, the new figures: numbers or dates they lack)",
    "restated": "aligned with these counterparts, which hold less than min_support of its content but at least "
                "min_support_restated, and it adds no name, number or date the source lacks: a restatement",
    "headline": "the derivative's title line, aligned with these counterparts at min_partial or more and stating no "
                "figure they lack: a headline states the main news in a few words of its own; supported",
    "quoted": "holds (or is) a quotation verified exact or near in these counterparts: at least partial, however "
              "little else of it they hold",
    "weak": "counterparts touch it, but hold less of its content than min_partial, or every link is slight in a "
            "derivative much longer than the source (long_derivative_ratio), or (a source claim) it is covered only "
            "with the words of derivative claims that are themselves added: added, or at most partial; or (a source "
            "claim) it is one part of a sentence cut in two whose other part is reported: partial",
    "no_counterpart": "no claim of the other document aligns with it",
    "question": "a question (it ends with '?' and is no tag question like '..., right?'), or a sentence that opens "
                "by reporting one ('was asked today if ...'): it asserts nothing, so nothing supports it and it "
                "supports nothing; added",
    "heading": "a title or section heading: states nothing by itself",
    "table_header": "a table's header row",
    "boilerplate": "framing or furniture (contacts, sources, 'Begin text:')",
}


def reason_code(reason: str) -> str:
    """The code of a ``reason``: ``"linked: S7 (support 0.91)"`` -> ``"linked"``.

    >>> reason_code("linked: S7 (support 0.91); quote Q1 exact in S7"), reason_code("no_counterpart")
    ('linked', 'no_counterpart')
    """
    return reason.split(":", 1)[0].split(";", 1)[0].strip()


# ---------------------------------------------------------------------------------------------- the verdict table
#: the style classes, from best to worst: ``use`` (found), ``close`` (found with minor variants), ``part``
#: (partly found, or changed), ``miss`` (not found), ``none`` (not a claim)
TONES = ("use", "close", "part", "miss", "none")


@dataclass(frozen=True, slots=True)
class Verdict:
    """How every output shows one status (of a source or derivative segment) or quote verdict."""

    value: str  # as written in the JSON report and the CSV tables
    symbol: str
    meaning: str
    tone: str  # one of TONES
    #: what people read (terminal, HTML, legends); by default the value in words: ``not_a_claim`` -> ``not a claim``
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.value.replace("_", " "))

    @property
    def problem(self) -> bool:
        """A quote verdict an analyst must look at (changed or not found)."""
        return self.tone in ("part", "miss")


#: every status and verdict, by value ("partial" is one row for both documents)
VERDICTS: Mapping[str, Verdict] = {v.value: v for v in (
    Verdict("covered", "█", "the article carries most of this claim", "use"),
    Verdict("supported", "█", "the statement supports most of this claim", "use"),
    Verdict("partial", "▓", "the article carries part of this claim", "part"),
    Verdict("omitted", "░", "the article leaves this claim out", "miss"),
    Verdict("added", "░", "the statement does not support this claim", "miss"),
    Verdict("not_a_claim", "·", "a heading, table header or boilerplate", "none"),
    Verdict("exact", "✓", "word for word in the statement", "use"),
    Verdict("near", "≈", "the same passage with minor variants (spelling, inflection, marked elision)", "close"),
    Verdict("altered", "≠", "an identifiable passage with words changed, added or dropped without marking", "part"),
    # "unsupported" read as "fabricated"; most such quotes are people speaking to the reporter: say what we know
    Verdict("unsupported", "✗", "no passage of the statement it could come from", "miss", "not in the statement"),
)}

_UNKNOWN = Verdict("unknown", "?", "", "none")


def verdict(value: object) -> Verdict:
    """The table's row for a status or verdict (an enum member or its value); an unknown value (a report
    written by another version) gets a neutral row rather than an error.

    >>> verdict(QuoteStatus.ALTERED).symbol, verdict("not_a_claim").label, verdict("unsupported").label
    ('≠', 'not a claim', 'not in the statement')
    """
    return VERDICTS.get(str(value), _UNKNOWN)


#: the word-level difference operations in words (see :class:`WordDiff`)
DIFF_LABELS = {
    "variant": "variant",
    "replace": "changed",
    "insert": "added",
    "delete": "dropped",
    "elided": "elided (marked)",
    "editorial": "bracketed",
}

#: how ``diff_summary`` words each operation, with the side whose text it shows
_DIFF_SUMMARY = {
    "variant": "variant {source!r} -> {quote!r}",
    "replace": "changed {source!r} -> {quote!r}",
    "insert": "added {quote!r}",
    "delete": "dropped {source!r}",
    "elided": "elided {source!r}",
    "editorial": "bracketed {quote!r}",
}


def diff_summary(diff: tuple[WordDiff, ...]) -> str:
    """The word-level differences in one line: ``changed 'a' -> 'b'; added 'c'; dropped 'd'``.

    >>> diff_summary((WordDiff("replace", "b", 0, 1, "a", 0, 1), WordDiff("equal", "x", 2, 3, "x", 2, 3)))
    "changed 'a' -> 'b'"
    """
    return "; ".join(_DIFF_SUMMARY[d.op].format(source=d.source_text, quote=d.quote_text)
                     for d in diff if d.op in _DIFF_SUMMARY)
