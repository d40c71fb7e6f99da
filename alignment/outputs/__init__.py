"""The outputs: every way a report leaves the library, and the registry of export formats.

Owns the JSON, CSV, Excel and HTML exports (``json_report``, ``csv_tables``, ``xlsx``, ``html`` with its
``templates/``), the terminal summary (``terminal``), the DataFrames (``frames``) and atomic file writing
(``files``). It may import ``model``, ``config`` and ``errors``; it sees :class:`~alignment.report.Report` only as
a type.

``compare`` and ``batch`` both go through :data:`FORMATS`: a new export format is one module and one entry there.

>>> sorted(FORMATS)
['csv', 'html', 'json', 'xlsx']
>>> FORMATS["csv"].folder
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alignment.errors import OutputError
from alignment.outputs.csv_tables import CSV_FILES, csv_tables
from alignment.outputs.files import atomic_paths, write_atomic

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["FORMATS", "ExportFormat", "RenderOptions", "format_for_path", "render_report", "write_csv", "write_html",
           "write_json", "write_report", "write_xlsx"]


@dataclass(frozen=True)
class RenderOptions:
    """How a report's files are written, for the formats it concerns."""

    #: neutralise spreadsheet formulas in cells (csv, xlsx): ``--csv-safe``
    csv_safe: bool = True
    #: CSV as Excel opens it: a byte-order mark and CRLF line ends (``--excel-csv``)
    excel_csv: bool = False


def _json(report: Report, options: RenderOptions) -> dict[str, str | bytes]:
    from alignment.outputs.json_report import report_json

    return {"report.json": report_json(report)}


def _html(report: Report, options: RenderOptions) -> dict[str, str | bytes]:
    from alignment.outputs.html import report_html  # jinja2 and the templates: loaded when a page is asked for

    return {"report.html": report_html(report)}


def _csv(report: Report, options: RenderOptions) -> dict[str, str | bytes]:
    return dict(csv_tables(report, safe=options.csv_safe, excel=options.excel_csv))


def _xlsx(report: Report, options: RenderOptions) -> dict[str, str | bytes]:
    from alignment.outputs.xlsx import XLSX_FILE, xlsx_bytes  # openpyxl: loaded when a workbook is asked for

    return {XLSX_FILE: xlsx_bytes(report, safe=options.csv_safe)}


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its files' names and contents for a report, and whether they make a folder."""

    name: str
    #: one line for ``--help``
    help: str
    #: the files' names and contents (text, or bytes for a binary format)
    render: Callable[[Report, RenderOptions], dict[str, str | bytes]]
    #: True: ``--output`` names a folder that receives every file; False: one file (a folder gets the default name)
    folder: bool = False
    #: the file name endings that select this format when ``--output`` is given without ``--format``
    suffixes: tuple[str, ...] = ()
    #: True: the file is binary, never written to standard output
    binary: bool = False


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("json", "the full report", _json, suffixes=(".json",)),
    ExportFormat("csv", f"{', '.join(CSV_FILES)}", _csv, folder=True),
    ExportFormat("html", "one self-contained page, both texts side by side", _html, suffixes=(".html", ".htm")),
    ExportFormat("xlsx", "one Excel workbook, a sheet per CSV table", _xlsx, suffixes=(".xlsx",), binary=True),
)}


def format_for_path(path: str | Path) -> ExportFormat | None:
    """The export format whose file name ending ``path`` has (case-insensitive), None for another ending.

    >>> format_for_path("out/Report.HTML").name, format_for_path("notes.txt")
    ('html', None)
    """
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS.values() if suffix in f.suffixes), None)


def render_report(report: Report, fmt: str, *, csv_safe: bool = True, excel_csv: bool = False) -> dict[str, str]:
    """The files of ``report`` in text format ``fmt``: names (the default ones) and texts. A binary format
    (xlsx) is an :class:`OutputError` here: :func:`write_report` writes it to a file."""
    files = FORMATS[fmt].render(report, RenderOptions(csv_safe, excel_csv))
    texts = {name: data for name, data in files.items() if isinstance(data, str)}
    if len(texts) != len(files):
        msg = f"{fmt} is a binary format: write it to a file (--output)"
        raise OutputError(msg)
    return texts


def write_report(report: Report, fmt: str, output: str | Path, protect: Sequence[Path] = (), *,
                 csv_safe: bool = True, excel_csv: bool = False) -> list[Path]:
    """Write ``report`` in format ``fmt`` to ``output`` atomically, never over one of ``protect``; return the
    files written. A one-file format writes ``output`` (a folder gets the format's default name); a folder format
    writes its files into the folder ``output``."""
    spec = FORMATS[fmt]
    target = Path(output)
    files = spec.render(report, RenderOptions(csv_safe, excel_csv))
    if spec.folder:
        if target.exists() and not target.is_dir():
            msg = f"{target}: {fmt.upper()} output needs a folder (it writes {', '.join(files)}), not a file"
            raise OutputError(msg)
        paths = {target / name: text for name, text in files.items()}
    else:
        ((name, text),) = files.items()
        paths = {target / name if target.is_dir() else target: text}
    texts = {path: data for path, data in paths.items() if isinstance(data, str)}
    if len(texts) == len(paths):
        write_atomic(texts, protect)
    else:  # a binary format
        with atomic_paths(list(paths), protect) as temps:
            for tmp, data in zip(temps, paths.values(), strict=True):
                tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(paths)


def write_json(report: Report, path: str | Path, protect: Sequence[Path] = ()) -> list[Path]:
    """Write the JSON report to ``path`` (a folder gets ``report.json``)."""
    return write_report(report, "json", path, protect)


def write_csv(report: Report, folder: str | Path, protect: Sequence[Path] = (), *, safe: bool = True) -> list[Path]:
    """Write ``segments.csv``, ``alignments.csv`` and ``quotes.csv`` into ``folder``."""
    return write_report(report, "csv", folder, protect, csv_safe=safe)


def write_html(report: Report, path: str | Path, protect: Sequence[Path] = ()) -> list[Path]:
    """Write the HTML page to ``path`` (a folder gets ``report.html``)."""
    return write_report(report, "html", path, protect)


def write_xlsx(report: Report, path: str | Path, protect: Sequence[Path] = (), *, safe: bool = True) -> list[Path]:
    """Write the Excel workbook to ``path`` (a folder gets ``report.xlsx``)."""
    return write_report(report, "xlsx", path, protect, csv_safe=safe)
