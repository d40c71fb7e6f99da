"""The ``Report`` record: both documents' segments, the alignments, the quotes and a summary.

``to_dict`` gives the JSON report (``docs/report-schema.md``, ``alignment/report.schema.json``); ``from_dict``
reads it back. The conveniences a notebook wants (DataFrames, ``_repr_html_``) are the output layer's, imported
when called: the report is above ``outputs`` (which sees it only as a type) and below ``api``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from alignment.config import Config
from alignment.errors import InputError
from alignment.model import (
    Alignment,
    AlignmentLabel,
    DerivativeStatus,
    Detail,
    Discrepancy,
    DiscrepancyKind,
    Quote,
    QuoteStatus,
    Segment,
    SegmentKind,
    SourceStatus,
    alignment_dict,
    discrepancy_dict,
    discrepancy_from_dict,
    quote_dict,
    quote_from_dict,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SCHEMA_VERSION", "Report", "Side"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Side:
    """One document of the comparison."""

    path: str
    text: str
    segments: tuple[Segment, ...]
    #: the format the document was read as (txt, md, html, pdf, docx; "" for a text given as a string) and the
    #: encoding its bytes were decoded with ("" for pdf, docx or a string)
    reader: str = ""
    encoding: str = ""

    def segment(self, segment_id: str) -> Segment:
        for s in self.segments:
            if s.id == segment_id:
                return s
        raise KeyError(segment_id)


@dataclass(frozen=True)
class Report:
    config: Config
    source: Side
    derivative: Side
    alignments: tuple[Alignment, ...]
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = field(default=())
    #: the software that made the report (``pressalign --version``): :func:`alignment.text.nlp.versions`
    versions: dict[str, str] = field(default_factory=dict)
    #: what the derivative gets wrong about the source segments it restates (alignment/engine/discrepancies.py)
    discrepancies: tuple[Discrepancy, ...] = field(default=())

    # ------------------------------------------------------------------ summary
    @property
    def summary(self) -> dict[str, Any]:
        src_claims = [s for s in self.source.segments if s.is_claim]
        der_claims = [s for s in self.derivative.segments if s.is_claim]
        src_status = Counter(s.status for s in self.source.segments)
        der_status = Counter(s.status for s in self.derivative.segments)
        quote_status = Counter(str(q.status) for q in self.quotes)
        labels = Counter(str(a.label) for a in self.alignments)
        return {
            "source_coverage": _mean([s.score for s in src_claims]),
            "derivative_support": _mean([s.score for s in der_claims]),
            "source": {str(k): src_status.get(str(k), 0) for k in SourceStatus},
            "derivative": {str(k): der_status.get(str(k), 0) for k in DerivativeStatus},
            "alignments": {str(k): labels.get(str(k), 0) for k in AlignmentLabel},
            "quotes": {str(k): quote_status.get(str(k), 0) for k in QuoteStatus},
            "scare_quotes": sum(1 for q in self.quotes if q.scare_quote),
            "unsupported_details": sum(len(s.unsupported_details) for s in self.detailed()),
            "warnings": len(self.warnings),
            "discrepancies": self._discrepancy_counts(),
        }

    def _discrepancy_counts(self) -> dict[str, int]:
        counts = Counter(str(x.kind) for x in self.discrepancies)
        return {str(k): counts.get(str(k), 0) for k in DiscrepancyKind}

    def omissions(self) -> list[Segment]:
        return [s for s in self.source.segments if s.status == str(SourceStatus.OMITTED)]

    def additions(self) -> list[Segment]:
        return [s for s in self.derivative.segments if s.status == str(DerivativeStatus.ADDED)]

    def detailed(self) -> list[Segment]:
        """Supported and partial derivative segments with unsupported details (an added segment's details are
        all of its content but the names the source is about)."""
        return [s for s in self.derivative.segments
                if s.unsupported_details and s.status != str(DerivativeStatus.ADDED)]

    # ------------------------------------------------------------------ dict / JSON
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "config": self.config.to_dict(),
            "versions": dict(self.versions),
            "source": _side_dict(self.source, details=False),
            "derivative": _side_dict(self.derivative, details=True),
            "alignments": [
                alignment_dict(a)
                for a in self.alignments
            ],
            "quotes": [quote_dict(q) for q in self.quotes],
            "warnings": list(self.warnings),
            "discrepancies": [discrepancy_dict(x) for x in self.discrepancies],
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        if data.get("schema_version") != SCHEMA_VERSION:
            found = data.get("schema_version")
            msg = (f"a report of schema_version {found!r}; this version of pressalign reads schema_version "
                   f"{SCHEMA_VERSION} (run compare again to get one)" if found is not None else
                   f"not a pressalign report (no schema_version; this version reads {SCHEMA_VERSION})")
            raise InputError(msg)
        return cls(
            config=Config.from_dict(data["config"]),
            source=_side_from(data["source"]),
            derivative=_side_from(data["derivative"]),
            alignments=tuple(
                Alignment(a["source_id"], a["derivative_id"], a["score"], AlignmentLabel(a["label"]),
                          a.get("support", 0.0), a.get("coverage", 0.0), a.get("fuzzy", 0.0),
                          a.get("semantic", 0.0))
                for a in data["alignments"]
            ),
            quotes=tuple(quote_from_dict(q) for q in data["quotes"]),
            warnings=tuple(data.get("warnings", ())),
            versions={str(k): str(v) for k, v in data.get("versions", {}).items()},
            discrepancies=tuple(discrepancy_from_dict(x) for x in data.get("discrepancies", ())),
        )

    # ------------------------------------------------------------------ DataFrames (pandas, imported on request)
    def segments_frame(self) -> pd.DataFrame:
        """One row per segment of both documents (``side`` is "source" or "derivative")."""
        from alignment.outputs.frames import segments_frame

        return segments_frame(self)

    def alignments_frame(self) -> pd.DataFrame:
        """One row per alignment, with both segments' texts."""
        from alignment.outputs.frames import alignments_frame

        return alignments_frame(self)

    def discrepancies_frame(self) -> pd.DataFrame:
        """One row per discrepancy, both spans; every kind a category, present or not."""
        from alignment.outputs.frames import discrepancies_frame

        return discrepancies_frame(self)

    def quotes_frame(self) -> pd.DataFrame:
        """One row per quote, its differences in one line; every verdict a category, present or not."""
        from alignment.outputs.frames import quotes_frame

        return quotes_frame(self)

    # ------------------------------------------------------------------ notebooks
    def __repr__(self) -> str:
        """One line with the counts (the texts and records are in the fields; ``to_dict()`` has them all).

        >>> Report(Config(), Side("s.txt", "", ()), Side("", "", ()), (), ())
        <Report statement='s.txt' (0 segments), article=(text) (0 segments): coverage 0%, support 0%, 0 quotes, \
0 omitted, 0 added>
        """
        s = self.summary
        return (f"<Report statement={_name(self.source)} ({len(self.source.segments)} segments), "
                f"article={_name(self.derivative)} ({len(self.derivative.segments)} segments): "
                f"coverage {100 * s['source_coverage']:.0f}%, support {100 * s['derivative_support']:.0f}%, "
                f"{len(self.quotes)} quotes, {s['source']['omitted']} omitted, {s['derivative']['added']} added>")

    def _repr_html_(self) -> str:
        """Jupyter's rich display: a compact HTML view (summary, both texts coloured, quotes)."""
        from alignment.outputs.html import notebook_html

        return notebook_html(self)


def _name(side: Side) -> str:
    return repr(side.path) if side.path else "(text)"


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def _side_dict(side: Side, *, details: bool) -> dict[str, Any]:
    segs = []
    for s in side.segments:
        item: dict[str, Any] = {
            "id": s.id,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "kind": str(s.kind),
            "status": s.status,
            "score": s.score,
            "aligned_to": list(s.aligned_to),
            "reason": s.reason,
        }
        if details:
            item["unsupported_details"] = [
                {"text": d.text, "start": d.start, "end": d.end, "kind": d.kind, "salience": d.salience}
                for d in s.unsupported_details
            ]
            item["discrepancy_ids"] = list(s.discrepancy_ids)
        segs.append(item)
    return {"path": side.path, "reader": side.reader, "encoding": side.encoding, "length": len(side.text),
            "text": side.text, "segments": segs}


#: a detail's salience in a report written before details carried one: its kind's (a place was a name)
_SALIENCE_OF_KIND = {"name": "name", "number": "number", "date": "date"}


def _side_from(data: dict[str, Any]) -> Side:
    segs = tuple(
        Segment(
            id=s["id"], start=s["start"], end=s["end"], text=s["text"], kind=SegmentKind(s["kind"]),
            block=-1, status=s["status"], aligned_to=tuple(s["aligned_to"]), score=s.get("score", 0.0),
            reason=s.get("reason", ""),
            unsupported_details=tuple(
                Detail(d["text"], d["start"], d["end"], d.get("kind", "word"),
                       d.get("salience", _SALIENCE_OF_KIND.get(d.get("kind", "word"), "other")))
                for d in s.get("unsupported_details", ())
            ),
            discrepancy_ids=tuple(s.get("discrepancy_ids", ())),
        )
        for s in data["segments"]
    )
    return Side(data.get("path", ""), data.get("text", ""), segs, data.get("reader", ""), data.get("encoding", ""))


