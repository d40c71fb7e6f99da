"""``find``'s results as a readable summary, JSON (the shape of issue 19) and CSV (one row per match, and a row
with an empty ``rank`` for an article with none, followed by its *possible* sources, if any: low-confidence
candidates, never matches, ``confidence`` says which)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from alignment.discovery.find import ArticleMatches
from alignment.outputs.csv_tables import csv_text

__all__ = ["FIND_CSV_COLUMNS", "FIND_FORMATS", "find_csv", "find_json", "find_text"]

FIND_FORMATS = ("text", "json", "csv")
FIND_CSV_COLUMNS = ("derivative", "rank", "source", "title", "date", "score", "support", "shared_passages",
                    "quotes_found", "cover", "confidence")


def find_json(results: Sequence[ArticleMatches]) -> str:
    """A list of ``{"derivative": ..., "matches": [...]}``, one per article, in the order given."""
    return json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2) + "\n"


def find_rows(results: Sequence[ArticleMatches]) -> list[list[object]]:
    rows: list[list[object]] = []
    for r in results:
        if not r.matches:
            rows.append([r.derivative, "", "", "", "", "", "", "", "", "", ""])
            rows += [[r.derivative, m.rank, m.source, m.title, m.date, m.score, m.support, m.shared_passages,
                      m.quotes_found, "no", "possible"] for m in r.possible]
        for m in r.matches:
            rows.append([r.derivative, m.rank, m.source, m.title, m.date, m.score, m.support, m.shared_passages,
                         m.quotes_found, "yes" if m.cover else "no", "match"])
    return rows


def find_csv(results: Sequence[ArticleMatches], *, safe: bool = True) -> str:
    return csv_text(FIND_CSV_COLUMNS, find_rows(results), safe=safe)


def find_text(results: Sequence[ArticleMatches]) -> str:
    """For each article its matches, one a line: rank, score, support, passages, quotes, the source and title; for
    an article with none, its possible sources (low confidence), marked so."""
    lines: list[str] = []
    for r in results:
        lines.append(r.derivative)
        if not r.matches:
            lines.append("  no source in the index (nothing passed the threshold)")
        for m in r.possible if not r.matches else ():
            lines.append(f"  possible (low confidence, not a match): score {m.score:.2f}  support {m.support:.2f}  "
                         f"{m.source}")
            if m.title:
                lines.append(f"     {m.title}" + (f" ({m.date})" if m.date else ""))
        for m in r.matches:
            extra = "" if m.cover else "  (adds nothing to the sources above)"
            lines.append(f"  {m.rank}. score {m.score:.2f}  support {m.support:.2f}  {m.shared_passages} passages  "
                         f"{m.quotes_found} quotes  {m.source}{extra}")
            if m.title:
                lines.append(f"     {m.title}" + (f" ({m.date})" if m.date else ""))
    return "\n".join(lines) + "\n"
