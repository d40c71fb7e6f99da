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
from pathlib import Path
from typing import TYPE_CHECKING

from alignment.model import diff_summary

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["CSV_FILES", "CSV_FORMULA_STARTS", "Table", "csv_tables", "csv_text", "may_hold_neutralised",
           "neutralise_cell", "report_tables", "restore_cell", "restore_column"]

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


#: a field that :func:`neutralise_cell` prefixed, in a CSV file's bytes: after a comma or at a line's start, quoted
#: or not, ``'`` marks then a formula start
_NEUTRALISED_FIELD_RE = re.compile(rb"(?:^|,)\"?'+[=+\-@\t\r]", re.MULTILINE)


def may_hold_neutralised(path: Path) -> bool:
    """Whether the CSV file ``path`` may hold a cell that :func:`neutralise_cell` prefixed. ``False`` is certain:
    :func:`restore_column` would change none of its cells (so the Parquet copies skip it, and the import of
    pyarrow's compute module, a tenth of a second); ``True`` may be wrong (a line of a multi-line cell)."""
    with path.open("rb") as fh:
        return any(_NEUTRALISED_FIELD_RE.search(line) for line in fh)


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


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, safe: bool = True,
             excel: bool = False) -> str:
    r"""One CSV table as text (``\n`` line ends), header first; with ``safe`` (the default) every cell that a
    spreadsheet would run as a formula is neutralised (:func:`neutralise_cell`). ``None`` is an empty cell.

    >>> csv_text(["name", "delta"], [["=cmd()", -1], ["ok", None]]).splitlines()
    ['name,delta', "'=cmd(),-1", 'ok,']

    ``excel`` (``--excel-csv``): the table as Excel opens it with a double click, a byte-order mark first (so
    that it reads UTF-8, not the system's code page) and CRLF line ends; a line break inside a cell stays as it is.

    >>> csv_text(["name"], [["Ukraine’s"], ["two\nlines"]], excel=True)
    '\ufeffname\r\nUkraine’s\r\n"two\nlines"\r\n'
    """
    return _csv_lines(header, (["" if c is None else str(c) for c in row] for row in rows), safe=safe, excel=excel)


def _csv_lines(header: Sequence[str], rows: Iterable[list[str]], *, safe: bool, excel: bool) -> str:
    """:func:`csv_text` of rows whose cells are text already."""
    buf = io.StringIO()
    end = "\r\n" if excel else "\n"
    if excel:
        buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator=end)
    # csv.writer leaves a lone carriage return in a field unquoted (it quotes only the line terminator's
    # characters), and readers end the record there: a row holding one is written with every field quoted
    quoted = csv.writer(buf, lineterminator=end, quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for cells in rows:
        if safe:
            cells = ["'" + c if c[:1] in _RISKY_FIRST and _needs_prefix(c) else c for c in cells]
        (quoted if "\r" in "".join(cells) else writer).writerow(cells)
    return buf.getvalue()


#: one table: its header and its rows of typed cells (str, int, float, bool or None for an empty cell)
Table = tuple[tuple[str, ...], list[list[object]]]


def report_tables(report: Report) -> dict[str, Table]:
    """The report's four tables — segments, alignments, quotes, discrepancies — with typed cells, under their CSV
    file names: what the CSV export writes as text (:func:`csv_tables`) and the xlsx export as typed cells."""
    seg_rows: list[list[object]] = []
    for side_name, side in (("source", report.source), ("derivative", report.derivative)):
        for s in side.segments:
            seg_rows.append([
                side_name, s.id, s.start, s.end, str(s.kind), s.status, s.score,
                ";".join(s.aligned_to),
                "; ".join(f"{d.text} [{d.start}:{d.end}]" for d in s.unsupported_details),
                s.reason,
                s.text,
            ])
    segments = (("side", "id", "start", "end", "kind", "status", "score", "aligned_to", "unsupported_details",
                 "reason", "text"), seg_rows)
    # each segment's text by its id, the first of an id as ``Side.segment`` finds it (looking through the segments
    # once per alignment)
    src_text = {s.id: s.text for s in reversed(report.source.segments)}
    der_text = {s.id: s.text for s in reversed(report.derivative.segments)}
    alignments = (
        ("source_id", "derivative_id", "score", "label", "support", "coverage", "fuzzy", "semantic", "source_text",
         "derivative_text"),
        [
            [a.source_id, a.derivative_id, a.score, str(a.label), a.support, a.coverage, a.fuzzy, a.semantic,
             src_text[a.source_id], der_text[a.derivative_id]]
            for a in report.alignments
        ],
    )
    quotes = (
        ("id", "derivative_id", "start", "end", "text", "status", "score", "scare_quote", "closed",
         "source_id", "source_start", "source_end", "source_text", "differences"),
        [
            [q.id, q.derivative_id, q.start, q.end, q.text, str(q.status), q.score, q.scare_quote, q.closed,
             q.source_id, q.source_start, q.source_end, q.source_text, diff_summary(q.diff)]
            for q in report.quotes
        ],
    )
    discrepancies = (
        ("id", "kind", "derivative_id", "source_id", "start", "end", "text", "source_start", "source_end",
         "source_text", "explanation"),
        [
            [x.id, str(x.kind), x.derivative_id, x.source_id, x.start, x.end, x.text, x.source_start, x.source_end,
             x.source_text, x.explanation]
            for x in report.discrepancies
        ],
    )
    return dict(zip(CSV_FILES, (segments, alignments, quotes, discrepancies), strict=True))


def _cell_text(value: object) -> str:
    """A typed cell as the CSV writes it: a float with four decimals, a bool as ``true``/``false``, ``None`` as an
    empty cell, anything else as ``str()`` gives it.

    >>> [_cell_text(v) for v in ("S1", 3, 0.5, True, None)]
    ['S1', '3', '0.5000', 'true', '']
    """
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def csv_tables(report: Report, *, safe: bool = True, excel: bool = False) -> dict[str, str]:
    """The CSV tables as text: segments, alignments, quotes, discrepancies (``safe``, ``excel``: see
    :func:`csv_text`)."""
    return {name: _csv_lines(header, ([_cell_text(c) for c in row] for row in rows), safe=safe, excel=excel)
            for name, (header, rows) in report_tables(report).items()}
