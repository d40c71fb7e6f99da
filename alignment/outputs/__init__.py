"""The outputs: every way a report leaves the library, and the registry of export formats.

Owns the JSON, CSV and HTML exports (``json_report``, ``csv_tables``, ``html`` with its ``templates/``), the
terminal summary (``terminal``), the DataFrames (``frames``) and atomic file writing (``files``). It may import
``model``, ``config`` and ``errors``; it sees :class:`~alignment.report.Report` only as a type.

``compare`` and ``batch`` both go through :data:`FORMATS`: a new export format is one module and one entry there.

>>> sorted(FORMATS)
['csv', 'html', 'json']
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
from alignment.outputs.files import write_atomic

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["FORMATS", "ExportFormat", "render_report", "write_csv", "write_html", "write_json", "write_report"]


def _json(report: Report, csv_safe: bool) -> dict[str, str]:
    from alignment.outputs.json_report import report_json

    return {"report.json": report_json(report)}


def _html(report: Report, csv_safe: bool) -> dict[str, str]:
    from alignment.outputs.html import report_html  # jinja2 and the templates: loaded when a page is asked for

    return {"report.html": report_html(report)}


def _csv(report: Report, csv_safe: bool) -> dict[str, str]:
    return csv_tables(report, safe=csv_safe)


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its files' names and texts for a report, and whether they make a folder."""

    name: str
    #: one line for ``--help``
    help: str
    #: the files' names and texts (``csv_safe``: neutralise spreadsheet formulas, for formats that have cells)
    render: Callable[[Report, bool], dict[str, str]]
    #: True: ``--output`` names a folder that receives every file; False: one file (a folder gets the default name)
    folder: bool = False


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("json", "the full report", _json),
    ExportFormat("csv", f"{', '.join(CSV_FILES)}", _csv, folder=True),
    ExportFormat("html", "one self-contained page, both texts side by side", _html),
)}


def render_report(report: Report, fmt: str, *, csv_safe: bool = True) -> dict[str, str]:
    """The files of ``report`` in format ``fmt``: names (the default ones) and texts."""
    return FORMATS[fmt].render(report, csv_safe)


def write_report(report: Report, fmt: str, output: str | Path, protect: Sequence[Path] = (), *,
                 csv_safe: bool = True) -> list[Path]:
    """Write ``report`` in format ``fmt`` to ``output`` atomically, never over one of ``protect``; return the
    files written. A one-file format writes ``output`` (a folder gets the format's default name); a folder format
    writes its files into the folder ``output``."""
    spec = FORMATS[fmt]
    target = Path(output)
    files = spec.render(report, csv_safe)
    if spec.folder:
        if target.exists() and not target.is_dir():
            msg = f"{target}: {fmt.upper()} output needs a folder (it writes {', '.join(files)}), not a file"
            raise OutputError(msg)
        paths = {target / name: text for name, text in files.items()}
    else:
        ((name, text),) = files.items()
        paths = {target / name if target.is_dir() else target: text}
    write_atomic(paths, protect)
    return list(paths)


def write_json(report: Report, path: str | Path, protect: Sequence[Path] = ()) -> list[Path]:
    """Write the JSON report to ``path`` (a folder gets ``report.json``)."""
    return write_report(report, "json", path, protect)


def write_csv(report: Report, folder: str | Path, protect: Sequence[Path] = (), *, safe: bool = True) -> list[Path]:
    """Write ``segments.csv``, ``alignments.csv``, ``quotes.csv`` and ``discrepancies.csv`` into ``folder``."""
    return write_report(report, "csv", folder, protect, csv_safe=safe)


def write_html(report: Report, path: str | Path, protect: Sequence[Path] = ()) -> list[Path]:
    """Write the HTML page to ``path`` (a folder gets ``report.html``)."""
    return write_report(report, "html", path, protect)
