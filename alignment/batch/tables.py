"""The batch's combined tables: ``summary.csv`` and every pair's rows behind a ``pair_id`` column, in manifest
order, with Parquet copies when pyarrow is installed."""

from __future__ import annotations

import csv
import errno
import os
import re
import secrets
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from alignment.batch.manifest import PairSpec
from alignment.config import Config
from alignment.errors import OutputError
from alignment.outputs.csv_tables import CSV_FILES, csv_tables, may_hold_neutralised, neutralise_cell, restore_column
from alignment.outputs.files import atomic_paths, remove_files, resolved_path
from alignment.report import Report, Side

__all__ = ["PAIRS_DIR", "SUMMARY_FILE", "TABLES_LINK", "combined_targets", "summary_columns", "table_names",
           "write_combined"]

PAIRS_DIR = "pairs"
SUMMARY_FILE = "summary.csv"
#: the link to the current set of combined tables, and the prefix of the generation folders it links to
TABLES_LINK = "tables"
GENERATION_PREFIX = ".tables-"
_GENERATION = re.compile(re.escape(GENERATION_PREFIX) + r"([1-9][0-9]{0,17})")
LEAD_COLUMNS = ("pair_id", "source", "derivative", "status", "error")
_FLOAT_COLUMNS = frozenset({"score", "support", "coverage", "fuzzy", "semantic", "seconds"})
_INT_COLUMNS = frozenset({"start", "end", "source_start", "source_end"})
_BOOL_COLUMNS = frozenset({"scare_quote", "closed"})
#: one CSV record as csv.writer writes it (fields quoted when they hold a quote, a comma or a line break)
_RECORD = re.compile(r'[^"\n]*(?:"[^"]*"[^"\n]*)*\n')


def flatten_summary(summary: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"source": {"covered": 3}}`` -> ``{"source_covered": 3}``."""
    out: dict[str, Any] = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            out.update(flatten_summary(value, f"{prefix}{key}_"))
        else:
            out[f"{prefix}{key}"] = value
    return out


@cache
def empty_report() -> Report:
    return Report(Config(), Side("", "", ()), Side("", "", ()), (), ())


@cache
def summary_columns() -> tuple[str, ...]:
    """The columns of summary.csv: the pair, its status and error, the report summary flattened, seconds."""
    return (*LEAD_COLUMNS, *flatten_summary(empty_report().summary), "seconds")


@cache
def _table_headers(excel: bool = False) -> dict[str, str]:
    """The header line of each per-pair CSV table, as csv_tables writes it (with ``excel``: the byte-order mark
    first, a CRLF at the end)."""
    return {name: text[: text.index("\n") + 1] for name, text in csv_tables(empty_report(), excel=excel).items()}


# ---------------------------------------------------------------------------------------------- outputs
def write_combined(out: Path, specs: Sequence[PairSpec], rows: Sequence[dict[str, Any]],
                    inputs: frozenset[Path], csv_safe: bool = True, *, excel: bool = False) -> list[Path]:
    """summary.csv and the three tables with a pair_id column, in manifest order (and Parquet copies when
    pyarrow is installed), replaced as one set; returns the paths readers use (``out/summary.csv`` …).

    The set is written into a new generation folder ``out/.tables-N``; then the link ``out/tables`` is switched
    to it in one rename, and the previous generation removed. ``out/summary.csv`` and the others are links to
    ``tables/summary.csv`` …, made once: whatever moment a run is killed at, they name one whole set (the
    previous one or the new one), never a mix. Where symbolic links cannot be made (Windows without the
    privilege), the files are renamed into ``out`` one by one instead, as before.

    ``excel`` (``--excel-csv``): every CSV as Excel opens it, one byte-order mark at its start and CRLF line ends
    (each pair's tables were written so; the Parquet copies are the same either way).
    """
    names = table_names()
    current = _current_generation(out)
    _remove_stale(out, inputs, keep=current)
    generation = out / f"{GENERATION_PREFIX}{(current or 0) + 1}"
    targets = [out / name for name in names]
    try:
        generation.mkdir(parents=True)
        _write_tables(out, generation, names, specs, rows, csv_safe, excel)
        if not _publish(out, generation, names):
            with atomic_paths(targets) as temps:
                for name, tmp in zip(names, temps, strict=True):
                    os.replace(generation / name, tmp)
            generation.rmdir()
    except OSError as exc:
        msg = f"cannot write the tables: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})"
        raise OutputError(msg.replace(" ()", "")) from None
    if current is not None:
        _remove_tree(out / f"{GENERATION_PREFIX}{current}", inputs)
    return targets


def table_names() -> list[str]:
    """summary.csv and the three combined tables, then their Parquet copies when pyarrow is installed."""
    names = [SUMMARY_FILE, *CSV_FILES]
    if _pyarrow_available():
        names += [Path(name).stem + ".parquet" for name in names]
    return names


def combined_targets(out: Path) -> list[Path]:
    """The paths readers use for the combined tables (links into ``out/tables`` where links can be made)."""
    return [out / name for name in table_names()]


def _all_names() -> list[str]:
    """Every name a combined table may have, Parquet or not."""
    csvs = [SUMMARY_FILE, *CSV_FILES]
    return [*csvs, *(Path(name).stem + ".parquet" for name in csvs)]


def _write_tables(out: Path, folder: Path, names: Sequence[str], specs: Sequence[PairSpec],
                  rows: Sequence[dict[str, Any]], csv_safe: bool, excel: bool = False) -> None:
    """Every table of the set into ``folder`` (new, seen by no reader until it is published)."""
    csvs = [folder / name for name in names if name.endswith(".csv")]
    with csvs[0].open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n" if excel else "\n")
        writer.writerow(summary_columns())
        cell = (lambda v: neutralise_cell(_cell(v))) if csv_safe else _cell
        writer.writerows([cell(row[c]) for c in summary_columns()] for row in rows)
    for name, path in zip(CSV_FILES, csvs[1:], strict=True):
        _combine_table(out, specs, rows, name, path, excel)
    if len(names) > len(csvs):
        try:
            import pyarrow.csv
            import pyarrow.parquet  # noqa: F401
        except ImportError as exc:
            msg = f"cannot write the Parquet tables: pyarrow is installed but does not import: {exc}"
            raise OutputError(msg.splitlines()[0]) from None
        for csv_path in csvs:
            _csv_to_parquet(csv_path, csv_path.with_suffix(".parquet"), restore=csv_safe)


def _current_generation(out: Path) -> int | None:
    """The generation ``out/tables`` links to; None when there is none yet. Anything else at ``out/tables``
    than this tool's link to a generation folder is refused."""
    link = out / TABLES_LINK
    if not link.is_symlink():
        if link.exists():
            msg = f"{link}: not the link this tool makes to the current tables; move it out of the output folder"
            raise OutputError(msg)
        return None
    match = _GENERATION.fullmatch(os.readlink(link))
    if match is None:
        msg = f"{link}: links somewhere this tool's tables never are; remove it and run again"
        raise OutputError(msg)
    return int(match[1])


def _publish(out: Path, generation: Path, names: Sequence[str]) -> bool:
    """Make ``out/NAME`` a link to ``tables/NAME`` for every table (once; a reader meanwhile finds a table
    missing, never one of another set), then switch ``out/tables`` to ``generation`` in one rename; links left
    from another set of names (Parquet no more) go. False, with nothing changed, where links cannot be made."""
    for name in names:
        path, target = out / name, os.path.join(TABLES_LINK, name)
        if path.is_symlink() and os.readlink(path) == target:
            continue
        if not _replace_with_link(path, target):
            return False
    _replace_with_link(out / TABLES_LINK, generation.name)
    for name in set(_all_names()) - set(names):
        path = out / name
        if path.is_symlink() and os.readlink(path) == os.path.join(TABLES_LINK, name):
            path.unlink()
    return True


def _replace_with_link(path: Path, target: str) -> bool:
    """Put a symbolic link to ``target`` at ``path`` in one rename; False where links cannot be made."""
    tmp = path.with_name(f".pa-{secrets.token_hex(4)}.tmp")
    try:
        os.symlink(target, tmp)
    except (NotImplementedError, PermissionError):
        return False
    except OSError as exc:
        if exc.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
            return False
        raise
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def _remove_stale(out: Path, inputs: frozenset[Path], keep: int | None) -> None:
    """What a killed run left: temporary files in ``out`` and generation folders other than ``keep``'s."""
    if not out.is_dir():
        return
    stale = [p for p in out.glob(".*.tmp") if resolved_path(p) not in inputs]
    remove_files(stale, "the tables")
    for folder in out.glob(f"{GENERATION_PREFIX}*"):
        match = _GENERATION.fullmatch(folder.name)
        if match and int(match[1]) != keep and not folder.is_symlink() and folder.is_dir():
            _remove_tree(folder, inputs)


def _remove_tree(folder: Path, inputs: frozenset[Path]) -> None:
    """Remove a generation folder (one level of files), unless it holds an input."""
    try:
        files = list(folder.iterdir())
    except FileNotFoundError:
        return
    except OSError as exc:
        msg = f"cannot write the tables: {exc.strerror or exc} ({folder})"
        raise OutputError(msg) from None
    if any(resolved_path(p) in inputs for p in files):
        return
    remove_files(files, "the tables")
    try:
        folder.rmdir()
    except OSError as exc:
        msg = f"cannot write the tables: {exc.strerror or exc} ({folder})"
        raise OutputError(msg) from None


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _combine_table(out: Path, specs: Sequence[PairSpec], rows: Sequence[dict[str, Any]], name: str,
                   target: Path, excel: bool = False) -> None:
    """One combined table, streamed: each pair's file in turn, its records copied behind the pair_id (a safe
    id needs no quoting), without parsing the CSV and writing it again. With ``excel`` each pair's file starts
    with a byte-order mark (part of the header it must start with) and its records end in CRLF: the table gets
    one mark, at its start."""
    header = _table_headers(excel)[name]
    bom = "\ufeff" if excel else ""
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write(bom + "pair_id," + header[len(bom):])
        for spec, row in zip(specs, rows, strict=True):
            if row["status"] != "ok":
                continue
            path = out / PAIRS_DIR / spec.pair_id / name
            with path.open(encoding="utf-8", newline="") as src:
                text = src.read()
            records = csv_records(text[len(header):]) if text.startswith(header) else None
            if records is None:
                msg = f"{path}: not a table this version of the tool wrote; run the batch again with --force"
                raise OutputError(msg)
            if records:
                prefix = spec.pair_id + ","
                fh.write(prefix + prefix.join(records))


def csv_records(text: str) -> list[str] | None:
    r"""The CSV records of ``text``, each with its line end (a quoted field may hold line breaks), or None when
    ``text`` is not whole records.

    >>> csv_records('a,b\n"x\n""y"" z",w\n')
    ['a,b\n', '"x\n""y"" z",w\n']
    >>> csv_records('a,"b\n') is None
    True
    """
    records = _RECORD.findall(text)
    return records if sum(map(len, records)) == len(text) else None


def _pyarrow_available() -> bool:
    """Whether pyarrow is installed (found, not imported: it is imported at the end, to write the Parquet)."""
    from importlib.util import find_spec

    return find_spec("pyarrow") is not None


def _csv_to_parquet(source: Path, target: Path, *, restore: bool = False) -> None:
    """Stream a combined CSV into Parquet with typed columns (ints, floats, booleans, the rest text); with
    ``restore``, text cells get back what the CSV's formula neutralisation changed (:func:`export.restore_cell`):
    Parquet is read by programs, not spreadsheets."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    with source.open(encoding="utf-8-sig", newline="") as fh:  # an --excel-csv table starts with a byte-order mark
        header = next(csv.reader(fh))
    metrics = flatten_summary(empty_report().summary) if tuple(header) == summary_columns() else {}
    ints = _INT_COLUMNS | {c for c, v in metrics.items() if isinstance(v, int)}
    floats = _FLOAT_COLUMNS | {c for c, v in metrics.items() if isinstance(v, float)}

    def arrow_type(column: str) -> pa.DataType:
        if column in ints:
            return pa.int64()
        if column in floats:
            return pa.float64()
        return pa.bool_() if column in _BOOL_COLUMNS else pa.string()

    schema = pa.schema([(c, arrow_type(c)) for c in header])
    reader = pacsv.open_csv(
        source,
        read_options=pacsv.ReadOptions(use_threads=False),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=schema, strings_can_be_null=False),
    )
    restore = restore and may_hold_neutralised(source)  # most tables: no cell to restore
    text_columns = [i for i, f in enumerate(schema) if f.type == pa.string()] if restore else []
    with pq.ParquetWriter(target, schema) as writer:
        for batch in reader:
            if text_columns:
                columns = list(batch.columns)
                for i in text_columns:
                    columns[i] = restore_column(columns[i])
                batch = pa.RecordBatch.from_arrays(columns, schema=schema)
            writer.write_batch(batch)

