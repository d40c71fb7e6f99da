"""The outputs: every way a report leaves the library, and the registry of export formats.

Owns the JSON, CSV, Excel and HTML exports (``json_report``, ``csv_tables``, ``xlsx``, ``html`` with its
``templates/``, and ``html_index``, the index page of a batch's reports), the terminal summary (``terminal``),
the DataFrames (``frames``) and atomic file writing (``files``). It may import ``model``, ``config`` and
``errors``; it sees :class:`~alignment.report.Report` only as a type.

``compare`` and ``batch`` both go through :data:`FORMATS`: a new export format is one module and one entry there.

>>> sorted(FORMATS)
['csv', 'html', 'json', 'xlsx']
>>> FORMATS["csv"].folder
True
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alignment.errors import ConfigError, OutputError
from alignment.outputs.csv_tables import CSV_FILES, csv_tables
from alignment.outputs.files import atomic_paths, resolved_path, write_atomic

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["FORMATS", "ExportFormat", "RenderOptions", "check_output", "format_for_path", "render_report",
           "write_csv", "write_html", "write_json", "write_report", "write_xlsx"]


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
    from alignment.outputs.xlsx import xlsx_bytes  # openpyxl: loaded when a workbook is asked for

    return {"report.xlsx": xlsx_bytes(report, safe=options.csv_safe)}


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its files' names and contents for a report, and whether they make a folder."""

    name: str
    #: one line for ``--help``
    help: str
    #: the files' names and contents (text, or bytes for a binary format)
    render: Callable[[Report, RenderOptions], dict[str, str | bytes]]
    #: the names of the files ``render`` gives (a one-file format's default name)
    files: tuple[str, ...]
    #: True: ``--output`` names a folder that receives every file; False: one file (a folder gets the default name)
    folder: bool = False
    #: the file name endings that select this format when ``--output`` is given without ``--format``
    suffixes: tuple[str, ...] = ()
    #: True: the file is binary, never written to standard output
    binary: bool = False


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("json", "the full report", _json, ("report.json",), suffixes=(".json",)),
    ExportFormat("csv", f"{', '.join(CSV_FILES)}", _csv, CSV_FILES, folder=True),
    ExportFormat("html", "one self-contained page, both texts side by side", _html, ("report.html",),
                 suffixes=(".html", ".htm")),
    ExportFormat("xlsx", "one Excel workbook, a sheet per CSV table", _xlsx, ("report.xlsx",), suffixes=(".xlsx",),
                 binary=True),
)}


def format_for_path(path: str | Path) -> ExportFormat | None:
    """The export format whose file name ending ``path`` has (case-insensitive), None for another ending.

    >>> format_for_path("out/Report.HTML").name, format_for_path("notes.txt")
    ('html', None)
    """
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS.values() if suffix in f.suffixes), None)


def check_output(fmt: str | None, output: Path | None, inputs: Sequence[Path] = ()) -> ExportFormat | None:
    """The export format a command writes, checked before any work: None for the readable summary (no
    ``--output``). ``fmt`` None takes the format from the ending of ``output`` (``.json``, ``.html``, ``.xlsx``).

    Refused with a one-line :class:`ConfigError` (the options do not fit together): an ending that says another
    format than ``fmt``, or none; ``--output`` with the summary; a folder format (csv) or a binary one (xlsx)
    without ``--output``. With an :class:`OutputError` (the place cannot take the files): a target that is one of
    ``inputs``; a missing parent folder (never created); a folder format's target that is a file.

    >>> check_output(None, Path("report.HTML")).name
    'html'
    >>> check_output("json", Path("report.html"))
    Traceback (most recent call last):
    ...
    alignment.errors.ConfigError: --output report.html ends in .html but --format is json: give one or the other
    """
    names = ", ".join(list(FORMATS)[:-1]) + " or " + list(FORMATS)[-1]
    if output is None:
        if fmt is None or fmt == "text":
            return None
        spec = FORMATS[fmt]
        if spec.folder:
            msg = f"--format {spec.name} needs --output FOLDER (it writes {spec.help})"
            raise ConfigError(msg)
        if spec.binary:
            msg = f"--format {spec.name} needs --output FILE (it is a binary file, not for a terminal)"
            raise ConfigError(msg)
        return spec
    by_ending = format_for_path(output)
    if fmt == "text":
        msg = f"--output needs --format {names} (text is the summary, printed)"
        raise ConfigError(msg)
    if fmt is None:
        if by_ending is None:
            ending = output.suffix or "no ending"
            hint = " (csv writes three tables: give --format csv and a folder)" if ending.lower() == ".csv" else ""
            msg = f"--output {output}: cannot tell the format from {ending}{hint}; give --format {names}"
            raise ConfigError(msg)
        spec = by_ending
    else:
        spec = FORMATS[fmt]
        if by_ending is not None and by_ending is not spec and not output.is_dir():
            msg = f"--output {output} ends in {output.suffix} but --format is {spec.name}: give one or the other"
            raise ConfigError(msg)
    if spec.folder and output.exists() and not output.is_dir():
        msg = f"{output}: {spec.name} output needs a folder (it writes {spec.help}), not a file"
        raise OutputError(msg)
    if not output.is_dir() and not output.parent.is_dir():
        msg = f"{output}: the folder {output.parent} does not exist (create it first)"
        raise OutputError(msg)
    targets = [output / name for name in spec.files] if spec.folder or output.is_dir() else [output]
    for target in targets:
        for path in inputs:
            if _same_file(target, path):
                msg = f"{target}: refusing to overwrite an input file"
                raise OutputError(msg)
    return spec


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return resolved_path(a) == resolved_path(b)


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
    """Write ``segments.csv``, ``alignments.csv``, ``quotes.csv`` and ``discrepancies.csv`` into ``folder``."""
    return write_report(report, "csv", folder, protect, csv_safe=safe)


def write_html(report: Report, path: str | Path, protect: Sequence[Path] = ()) -> list[Path]:
    """Write the HTML page to ``path`` (a folder gets ``report.html``)."""
    return write_report(report, "html", path, protect)


def write_xlsx(report: Report, path: str | Path, protect: Sequence[Path] = (), *, safe: bool = True) -> list[Path]:
    """Write the Excel workbook to ``path`` (a folder gets ``report.xlsx``)."""
    return write_report(report, "xlsx", path, protect, csv_safe=safe)
