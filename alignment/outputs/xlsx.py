"""The Excel export: one workbook, one sheet per table of the CSV export (segments, alignments, quotes).

Cells keep their types — offsets and counts are numbers, scores are numbers, ids and texts are text — so that
``pandas.read_excel`` gives the same dtypes as the DataFrames. Each sheet has its header row frozen, a filter on
every column and widths fitted to the content (capped). openpyxl (MIT) is imported only when a workbook is asked
for.

Formulas: every text cell is stored as text, never as a formula, whatever it begins with. With ``safe`` (the
default, ``--csv-safe``) a cell that the CSV export would neutralise (:func:`~alignment.outputs.csv_tables
.neutralise_cell`) is also marked "quote prefix", Excel's own way of saying "text, even once edited": its value
is unchanged (no ``'`` in it), and editing it in Excel does not turn it into a formula.

Limits of the format: a cell holds at most 32,767 characters (a longer text is cut there and ends with "…"; the
JSON report has it whole), and XML cannot hold most control characters (each is written as ``\\xHH``).

The file is the same, byte for byte, for the same report and options: the workbook's dates and the archive's
timestamps are fixed.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from typing import TYPE_CHECKING

from alignment.outputs.csv_tables import CSV_FILES, neutralise_cell, report_tables

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["SHEETS", "XLSX_MAX_CELL", "xlsx_bytes"]

#: the sheets' names, in order: the CSV export's tables
SHEETS = tuple(name.removesuffix(".csv") for name in CSV_FILES)
#: the most characters an Excel cell holds
XLSX_MAX_CELL = 32_767
#: what XML 1.0 cannot hold (tab, line feed and carriage return excepted)
_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: the widest a column is made, in characters (long texts wrap in the cell's view)
_MAX_WIDTH = 60
#: the date written into the workbook's properties and the archive's entries, so that exports are reproducible
_FIXED_DATE = datetime.datetime(1980, 1, 1)


def _text(value: str) -> str:
    value = _ILLEGAL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value if len(value) <= XLSX_MAX_CELL else value[: XLSX_MAX_CELL - 1] + "…"


def xlsx_bytes(report: Report, *, safe: bool = True) -> bytes:
    """The workbook of ``report``'s tables as the bytes of an .xlsx file (``safe``: see the module's docstring)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in report_tables(report).items():
        sheet = book.create_sheet(name.removesuffix(".csv"))  # one of SHEETS
        sheet.append(list(header))
        widths = [len(h) for h in header]
        for row in rows:
            cells: list[object] = []
            for i, value in enumerate(row):
                if isinstance(value, str):
                    value = _text(value) if value else None
                cells.append(value)
                if value is not None:
                    widths[i] = max(widths[i], min(len(str(value)), _MAX_WIDTH))
            sheet.append(cells)
            for cell, value in zip(sheet[sheet.max_row], row, strict=True):
                if isinstance(value, float):
                    cell.number_format = "0.0000"  # the scores as the CSV shows them (the value is not rounded)
                elif isinstance(cell.value, str):
                    cell.data_type = "s"  # text, even when it begins with "=" (openpyxl would store a formula)
                    if safe and neutralise_cell(cell.value) != cell.value:
                        cell.quotePrefix = True
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 1)}"
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width + 2
    book.properties.creator = "pressalign"
    book.properties.created = book.properties.modified = _FIXED_DATE

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()  # what openpyxl's save does, without stamping the time as modified
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():  # the same entries with a fixed timestamp
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_DATE.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
