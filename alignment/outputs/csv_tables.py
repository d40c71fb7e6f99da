"""The CSV export: four tables (segments, alignments, quotes, discrepancies), safe to open in a spreadsheet.

CSV cells are safe to open in a spreadsheet by default: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return (the OWASP list of characters that start a formula) gets a ``'`` in front, so Excel,
LibreOffice or Google Sheets show it as text instead of evaluating it. Plain numbers (``-1``, ``-0.5``,
``+3e-2``) are left alone: a spreadsheet reads them as numbers and they cannot call anything. The prefix can
be undone exactly (:func:`restore_cell`); ``safe=False`` (``--no-csv-safe``) writes every cell as it is.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from alignment.model import diff_summary

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["CSV_FILES", "CSV_FORMULA_STARTS", "csv_tables", "csv_text", "neutralise_cell", "restore_cell",
           "restore_column"]

CSV_FILES = ("segments.csv", "alignments.csv", "quotes.csv", "discrepancies.csv")
#: the first characters with which a spreadsheet starts a formula (OWASP, "CSV Injection")
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
#: the same, a full match, in RE2's syntax (pyarrow's kernels): Python's ``\d`` is any Unicode decimal digit
_PLAIN_NUMBER_RE2 = r"^[+-]?(?:\p{Nd}+(?:\.\p{Nd}*)?|\.\p{Nd}+)(?:[eE][+-]?\p{Nd}+)?$"
#: the first characters of a cell that may need the prefix: a formula start, or ``'``
_RISKY_FIRST = frozenset(CSV_FORMULA_STARTS) | {"'"}


def _needs_prefix(cell: str) -> bool:
    """A cell that a spreadsheet would take as a formula once its leading ``'`` marks are removed (so that the
    prefix can be undone exactly), unless it is a plain number."""
    if cell[:1] not in _RISKY_FIRST:  # most cells: nothing to look at
        return False
    rest = cell.lstrip("'")
    return rest.startswith(CSV_FORMULA_STARTS) and not _PLAIN_NUMBER_RE.fullmatch(rest)


def neutralise_cell(cell: str) -> str:
    """``cell`` with a ``'`` in front when a spreadsheet would run it as a formula; plain numbers unchanged.

    >>> [neutralise_cell(c) for c in ["=1+1", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "-0.5", "text", "'=x"]]
    ["'=1+1", "'@SUM(A1)", "'-2+3+cmd|' /C calc'!A0", '-0.5', 'text', "''=x"]
    """
    return "'" + cell if _needs_prefix(cell) else cell


def restore_cell(cell: str) -> str:
    """The cell as it was before :func:`neutralise_cell` (which this undoes exactly).

    >>> restore_cell(neutralise_cell("=HYPERLINK(A1)")), restore_cell(neutralise_cell("'=x"))
    ('=HYPERLINK(A1)', "'=x")
    """
    return cell[1:] if cell.startswith("'") and _needs_prefix(cell[1:]) else cell


def restore_column(column):  # a pyarrow string array -> the same with restore_cell applied to every cell
    """:func:`restore_cell` on a whole pyarrow string column, in pyarrow's kernels (for the Parquet copies of the
    batch's tables): a cell that starts with ``'`` followed by what :func:`neutralise_cell` would have prefixed
    loses the ``'``."""
    import pyarrow.compute as pc  # pyarrow is an optional extra, imported only when Parquet is written

    marked = pc.starts_with(column, "'")
    if not pc.any(marked).as_py():  # most columns: nothing was neutralised
        return column
    rest = pc.utf8_slice_codeunits(column, 1)
    bare = pc.utf8_ltrim(rest, "'")
    formula = pc.starts_with(bare, CSV_FORMULA_STARTS[0])
    for start in CSV_FORMULA_STARTS[1:]:
        formula = pc.or_(formula, pc.starts_with(bare, start))
    number = pc.match_substring_regex(bare, _PLAIN_NUMBER_RE2)
    return pc.if_else(pc.and_(marked, pc.and_(formula, pc.invert(number))), rest, column)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, safe: bool = True) -> str:
    """One CSV table as text (``\n`` line ends), header first; with ``safe`` (the default) every cell that a
    spreadsheet would run as a formula is neutralised (:func:`neutralise_cell`). ``None`` is an empty cell.

    >>> csv_text(["name", "delta"], [["=cmd()", -1], ["ok", None]]).splitlines()
    ['name,delta', "'=cmd(),-1", 'ok,']
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    # csv.writer leaves a lone carriage return in a field unquoted (it quotes only the line terminator's
    # characters), and readers end the record there: a row holding one is written with every field quoted
    quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for row in rows:
        cells = ["" if c is None else str(c) for c in row]
        if safe:
            cells = ["'" + c if c[:1] in _RISKY_FIRST and _needs_prefix(c) else c for c in cells]
        (quoted if "\r" in "".join(cells) else writer).writerow(cells)
    return buf.getvalue()


def csv_tables(report: Report, *, safe: bool = True) -> dict[str, str]:
    """The CSV tables as text: segments, alignments, quotes, discrepancies (``safe``: see :func:`csv_text`)."""
    seg_rows = []
    for side_name, side in (("source", report.source), ("derivative", report.derivative)):
        for s in side.segments:
            seg_rows.append([
                side_name, s.id, s.start, s.end, str(s.kind), s.status, f"{s.score:.4f}",
                ";".join(s.aligned_to),
                "; ".join(f"{d.text} [{d.start}:{d.end}]" for d in s.unsupported_details),
                s.reason,
                s.text,
            ])
    segments = csv_text(
        ["side", "id", "start", "end", "kind", "status", "score", "aligned_to", "unsupported_details", "reason",
         "text"],
        seg_rows, safe=safe,
    )
    alignments = csv_text(
        ["source_id", "derivative_id", "score", "label", "support", "coverage", "fuzzy", "semantic", "source_text",
         "derivative_text"],
        (
            [a.source_id, a.derivative_id, f"{a.score:.4f}", str(a.label), f"{a.support:.4f}",
             f"{a.coverage:.4f}", f"{a.fuzzy:.4f}", f"{a.semantic:.4f}", report.source.segment(a.source_id).text,
             report.derivative.segment(a.derivative_id).text]
            for a in report.alignments
        ), safe=safe,
    )
    quotes = csv_text(
        ["id", "derivative_id", "start", "end", "text", "status", "score", "scare_quote", "closed",
         "source_id", "source_start", "source_end", "source_text", "differences"],
        (
            [q.id, q.derivative_id, q.start, q.end, q.text, str(q.status), f"{q.score:.4f}",
             str(q.scare_quote).lower(), str(q.closed).lower(), q.source_id, q.source_start, q.source_end,
             q.source_text, diff_summary(q.diff)]
            for q in report.quotes
        ), safe=safe,
    )
    discrepancies = csv_text(
        ["id", "kind", "derivative_id", "source_id", "start", "end", "text", "source_start", "source_end",
         "source_text", "explanation"],
        ([x.id, str(x.kind), x.derivative_id, x.source_id, x.start, x.end, x.text, x.source_start, x.source_end,
          x.source_text, x.explanation] for x in report.discrepancies), safe=safe,
    )
    return dict(zip(CSV_FILES, (segments, alignments, quotes, discrepancies), strict=True))
