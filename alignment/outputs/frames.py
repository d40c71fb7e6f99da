"""The report as pandas DataFrames (what ``Report.segments_frame()`` and the others return); pandas is
imported here, on request, never by ``import alignment``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alignment.model import (
    AlignmentLabel,
    DiscrepancyKind,
    QuoteStatus,
    alignment_dict,
    diff_summary,
    discrepancy_dict,
    quote_dict,
)

if TYPE_CHECKING:
    import pandas as pd

    from alignment.report import Report

__all__ = ["alignments_frame", "discrepancies_frame", "quotes_frame", "segments_frame"]


def segments_frame(report: Report) -> pd.DataFrame:
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
            "reason": s.reason,
            "text": s.text,
        }
        for side_name, side in (("source", report.source), ("derivative", report.derivative))
        for s in side.segments
    ]
    df = pd.DataFrame(rows, columns=["side", "id", "start", "end", "kind", "status", "score",
                                     "aligned_to", "unsupported_details", "reason", "text"])
    for col in ("side", "kind", "status"):
        df[col] = df[col].astype("category")
    return df.astype({"start": "int64", "end": "int64", "score": "float64"})

def alignments_frame(report: Report) -> pd.DataFrame:
    import pandas as pd

    rows = [
        {
            **alignment_dict(a),
            "source_text": report.source.segment(a.source_id).text,
            "derivative_text": report.derivative.segment(a.derivative_id).text,
        }
        for a in report.alignments
    ]
    df = pd.DataFrame(rows, columns=["source_id", "derivative_id", "score", "label", "support",
                                     "coverage", "fuzzy", "semantic", "source_text",
                                     "derivative_text"])
    df["label"] = pd.Categorical(df["label"], categories=[x.value for x in AlignmentLabel])
    return df

def quotes_frame(report: Report) -> pd.DataFrame:
    import pandas as pd

    cols = ["id", "derivative_id", "start", "end", "text", "status", "score", "scare_quote",
            "closed", "source_id", "source_start", "source_end", "source_text", "differences"]
    rows = [{**{k: v for k, v in quote_dict(q).items() if k in cols}, "differences": diff_summary(q.diff)}
            for q in report.quotes]
    df = pd.DataFrame(rows, columns=cols)
    # every verdict is a category, present or not, so counts show the zeros
    df["status"] = pd.Categorical(df["status"], categories=[x.value for x in QuoteStatus])
    return df


def discrepancies_frame(report: Report) -> pd.DataFrame:
    """One row per discrepancy, with both spans; every kind a category, present or not."""
    import pandas as pd

    cols = ["id", "kind", "derivative_id", "source_id", "start", "end", "text", "source_start", "source_end",
            "source_text", "explanation"]
    df = pd.DataFrame([discrepancy_dict(x) for x in report.discrepancies], columns=cols)
    df["kind"] = pd.Categorical(df["kind"], categories=[x.value for x in DiscrepancyKind])
    return df
