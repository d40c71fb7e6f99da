"""The batch's combined tables: ``summary.csv`` and every pair's rows behind a ``pair_id`` column, in manifest
order, with Parquet copies when pyarrow is installed."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from alignment.batch.manifest import PairSpec
from alignment.config import Config
from alignment.errors import OutputError
from alignment.outputs.csv_tables import CSV_FILES, csv_tables, neutralise_cell, restore_column
from alignment.outputs.files import atomic_paths, remove_files, resolved_path
from alignment.report import Report, Side

__all__ = ["PAIRS_DIR", "SUMMARY_FILE", "summary_columns", "write_combined"]

PAIRS_DIR = "pairs"
SUMMARY_FILE = "summary.csv"
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
def _table_headers() -> dict[str, str]:
    """The header line of each per-pair CSV table, as csv_tables writes it."""
    return {name: text[: text.index("\n") + 1] for name, text in csv_tables(empty_report()).items()}


# ---------------------------------------------------------------------------------------------- outputs
def write_combined(out: Path, specs: Sequence[PairSpec], rows: Sequence[dict[str, Any]],
                    inputs: frozenset[Path], csv_safe: bool = True) -> list[Path]:
    """summary.csv and the three tables with a pair_id column, in manifest order (and Parquet copies when
    pyarrow is installed), all renamed into place together."""
    tables = [SUMMARY_FILE, *CSV_FILES]
    targets = combined_targets(out)
    parquet = len(targets) > len(tables)
    stale = [p for p in out.glob(".*.tmp") if resolved_path(p) not in inputs] if out.is_dir() else []
    remove_files(stale, "the tables")
    with atomic_paths(targets) as temps:
        with temps[0].open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(summary_columns())
            cell = (lambda v: neutralise_cell(_cell(v))) if csv_safe else _cell
            writer.writerows([cell(row[c]) for c in summary_columns()] for row in rows)
        for name, tmp in zip(CSV_FILES, temps[1 : len(tables)], strict=True):
            _combine_table(out, specs, rows, name, tmp)
        if parquet:
            try:
                import pyarrow.csv
                import pyarrow.parquet  # noqa: F401
            except ImportError as exc:
                msg = f"cannot write the Parquet tables: pyarrow is installed but does not import: {exc}"
                raise OutputError(msg.splitlines()[0]) from None
            for csv_tmp, parquet_tmp in zip(temps[: len(tables)], temps[len(tables) :], strict=True):
                _csv_to_parquet(csv_tmp, parquet_tmp, restore=csv_safe)
    return targets


def combined_targets(out: Path) -> list[Path]:
    """summary.csv and the three combined tables, then their Parquet copies when pyarrow is installed."""
    names = [SUMMARY_FILE, *CSV_FILES]
    if _pyarrow_available():
        names += [Path(name).stem + ".parquet" for name in names]
    return [out / name for name in names]


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _combine_table(out: Path, specs: Sequence[PairSpec], rows: Sequence[dict[str, Any]], name: str,
                   target: Path) -> None:
    """One combined table, streamed: each pair's file in turn, its records copied behind the pair_id (a safe
    id needs no quoting), without parsing the CSV and writing it again."""
    header = _table_headers()[name]
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write("pair_id," + header)
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

    with source.open(encoding="utf-8", newline="") as fh:
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
    text_columns = [i for i, f in enumerate(schema) if f.type == pa.string()] if restore else []
    with pq.ParquetWriter(target, schema) as writer:
        for batch in reader:
            if text_columns:
                columns = list(batch.columns)
                for i in text_columns:
                    columns[i] = restore_column(columns[i])
                batch = pa.RecordBatch.from_arrays(columns, schema=schema)
            writer.write_batch(batch)

