"""The ``Report`` record: both documents' segments, the alignments, the quotes and a summary.

``to_dict`` gives the JSON report (schema documented in the README); ``from_dict`` reads it back.
DataFrames are built only on request (pandas is imported then, not before).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .config import Config
from .records import (
    Alignment,
    AlignmentLabel,
    DerivativeStatus,
    Detail,
    Quote,
    QuoteStatus,
    Segment,
    SegmentKind,
    SourceStatus,
    WordDiff,
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
        }

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
            "source": _side_dict(self.source, details=False),
            "derivative": _side_dict(self.derivative, details=True),
            "alignments": [
                _alignment_dict(a)
                for a in self.alignments
            ],
            "quotes": [_quote_dict(q) for q in self.quotes],
            "warnings": list(self.warnings),
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        if data.get("schema_version") != SCHEMA_VERSION:
            msg = f"unsupported report schema_version {data.get('schema_version')!r}"
            raise ValueError(msg)
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
            quotes=tuple(_quote_from(q) for q in data["quotes"]),
            warnings=tuple(data.get("warnings", ())),
        )

    # ------------------------------------------------------------------ DataFrames
    def segments_frame(self) -> pd.DataFrame:
        """One row per segment of both documents (``side`` is "source" or "derivative")."""
        import pandas as pd

        rows = [
            {
                "side": side_name,
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "kind": str(s.kind),
                "status": s.status,
                "score": s.score,
                "aligned_to": list(s.aligned_to),
                "unsupported_details": [d.text for d in s.unsupported_details],
                "text": s.text,
            }
            for side_name, side in (("source", self.source), ("derivative", self.derivative))
            for s in side.segments
        ]
        df = pd.DataFrame(rows, columns=["side", "id", "start", "end", "kind", "status", "score",
                                         "aligned_to", "unsupported_details", "text"])
        for col in ("side", "kind", "status"):
            df[col] = df[col].astype("category")
        return df.astype({"start": "int64", "end": "int64", "score": "float64"})

    def alignments_frame(self) -> pd.DataFrame:
        import pandas as pd

        rows = [
            {
                **_alignment_dict(a),
                "source_text": self.source.segment(a.source_id).text,
                "derivative_text": self.derivative.segment(a.derivative_id).text,
            }
            for a in self.alignments
        ]
        df = pd.DataFrame(rows, columns=["source_id", "derivative_id", "score", "label", "support",
                                         "coverage", "fuzzy", "semantic", "source_text",
                                         "derivative_text"])
        df["label"] = pd.Categorical(df["label"], categories=[x.value for x in AlignmentLabel])
        return df

    def quotes_frame(self) -> pd.DataFrame:
        import pandas as pd

        cols = ["id", "derivative_id", "start", "end", "text", "status", "score", "scare_quote",
                "closed", "source_id", "source_start", "source_end", "source_text", "differences"]
        rows = [{**{k: v for k, v in _quote_dict(q).items() if k in cols}, "differences": diff_summary(q.diff)}
                for q in self.quotes]
        df = pd.DataFrame(rows, columns=cols)
        # every verdict is a category, present or not, so counts show the zeros
        df["status"] = pd.Categorical(df["status"], categories=[x.value for x in QuoteStatus])
        return df

    # ------------------------------------------------------------------ notebooks
    def _repr_html_(self) -> str:
        """Jupyter's rich display: a compact HTML view (summary, both texts coloured, quotes)."""
        from .html_report import notebook_html

        return notebook_html(self)


def diff_summary(diff: tuple[WordDiff, ...]) -> str:
    """The word-level differences in one line: ``changed 'a' -> 'b'; added 'c'; dropped 'd'``."""
    parts = []
    for d in diff:
        if d.op == "variant":
            parts.append(f"variant {d.source_text!r} -> {d.quote_text!r}")
        elif d.op == "replace":
            parts.append(f"changed {d.source_text!r} -> {d.quote_text!r}")
        elif d.op == "insert":
            parts.append(f"added {d.quote_text!r}")
        elif d.op == "delete":
            parts.append(f"dropped {d.source_text!r}")
        elif d.op == "elided":
            parts.append(f"elided {d.source_text!r}")
        elif d.op == "editorial":
            parts.append(f"bracketed {d.quote_text!r}")
    return "; ".join(parts)


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def _alignment_dict(a: Alignment) -> dict[str, Any]:
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
        }
        if details:
            item["unsupported_details"] = [
                {"text": d.text, "start": d.start, "end": d.end, "kind": d.kind} for d in s.unsupported_details
            ]
        segs.append(item)
    return {"path": side.path, "length": len(side.text), "text": side.text, "segments": segs}


def _side_from(data: dict[str, Any]) -> Side:
    segs = tuple(
        Segment(
            id=s["id"], start=s["start"], end=s["end"], text=s["text"], kind=SegmentKind(s["kind"]),
            block=-1, status=s["status"], aligned_to=tuple(s["aligned_to"]), score=s.get("score", 0.0),
            unsupported_details=tuple(
                Detail(d["text"], d["start"], d["end"], d.get("kind", "word"))
                for d in s.get("unsupported_details", ())
            ),
        )
        for s in data["segments"]
    )
    return Side(data.get("path", ""), data.get("text", ""), segs)


def _quote_dict(q: Quote) -> dict[str, Any]:
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


def _quote_from(q: dict[str, Any]) -> Quote:
    return Quote(
        id=q["id"], text=q["text"], start=q["start"], end=q["end"], mark_start=q.get("mark_start", q["start"]),
        mark_end=q.get("mark_end", q["end"]), derivative_id=q["derivative_id"], status=QuoteStatus(q["status"]),
        score=q["score"], source_start=q["source_start"], source_end=q["source_end"], source_text=q["source_text"],
        source_id=q.get("source_id", ""), scare_quote=q.get("scare_quote", False), closed=q.get("closed", True),
        diff=tuple(WordDiff(**d) for d in q.get("differences", ())),
    )
