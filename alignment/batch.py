"""Batch runs: every pair of a manifest compared, in parallel processes or on a Dask cluster, resumable.

``run_batch(manifest, output, config)`` returns a :class:`BatchResult`; ``python cli.py batch`` is a thin
layer over it. The manifest is a CSV with the columns ``source``, ``derivative`` and optionally ``pair_id``
(paths relative to the manifest's folder). The output folder holds::

    pairs/<pair_id>/report.json           the JSON report, as ``compare --format json`` writes it
    pairs/<pair_id>/segments.csv …         the three CSV tables, as ``compare --format csv`` writes them
    pairs/<pair_id>/timing.json           the seconds the pair took
    pairs/<pair_id>/result.json           written last: the pair's key, pipeline, summary row and error
    summary.csv                           one row per pair: coverage, counts, quote verdicts, error, seconds
    segments.csv alignments.csv quotes.csv  every pair's rows behind a ``pair_id`` column, in manifest order
    *.parquet                             the same four tables, when pyarrow is installed

**Determinism.** Every file is byte-identical whatever the number of workers, on a Dask cluster, and from one
run to the next, except the seconds a pair took: ``timing.json`` and the ``seconds`` column of the summary
(CSV and Parquet). Rows follow the manifest, never the order in which pairs finish.

**Resume.** A pair is skipped when its ``result.json`` carries the current key — a hash of both files'
bytes, their names in the manifest, every option, the spaCy pipeline that would parse them (package and
version, and spaCy's version) and the tool's version — and its files are there. A pair's old ``result.json``
is removed before its new files are written and the new one is written after them, each file through a
temporary file and a rename, so a killed run leaves nothing a later run would trust. A pair that failed on its
input (missing, undecodable) is complete too; one that hit an internal error is computed again. The combined
tables are rebuilt from the pairs' files at the end of every run, so a resumed run gives the same bytes as an
uninterrupted one.

**Workers.** Pairs run in worker processes (``workers``; each loads the spaCy pipeline once; with one, in this
process) that read the pair's files, compare them and write the pair's folder themselves, sending back only
the summary row: the main process hashes the inputs for resume, hands out pairs and writes the combined tables
at the end. On a Dask distributed cluster (``scheduler``, the optional ``dask`` extra) workers need no shared
disk: the main process sends each pair's bytes and writes the files the worker returns.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config
from .errors import AlignmentError, InputError, ModelError, OutputError, WorkerError
from .export import (CSV_FILES, _resolved, atomic_paths, csv_tables, neutralise_cell, report_json, restore_column,
                     write_atomic)
from .nlp import _FALLBACKS, _is_path
from .pipeline import check_segmentation, compare
from .reading import Document, decode, read_bytes
from .report import SCHEMA_VERSION, Report, Side

try:
    import resource
except ImportError:  # not on Unix
    resource = None  # type: ignore[assignment]

__all__ = ["BatchResult", "PairSpec", "pipeline_identity", "read_manifest", "run_batch", "run_pair"]

#: bumped when the layout of a pair's files changes: results of another format are computed again
BATCH_FORMAT = 2
PAIRS_DIR = "pairs"
RESULT_FILE = "result.json"
REPORT_FILE = "report.json"
TIMING_FILE = "timing.json"
SUMMARY_FILE = "summary.csv"
PAIR_FILES = (REPORT_FILE, *CSV_FILES)
#: a pair_id is one folder name: letters, digits, "_", "-", "."; it cannot start with "." or "-"
_SAFE_ID = re.compile(r"\w[\w.\-]{0,127}")
_LEAD_COLUMNS = ("pair_id", "source", "derivative", "status", "error")
_FLOAT_COLUMNS = frozenset({"score", "support", "coverage", "fuzzy", "semantic", "seconds"})
_INT_COLUMNS = frozenset({"start", "end", "source_start", "source_end"})
_BOOL_COLUMNS = frozenset({"scare_quote", "closed"})
#: one CSV record as csv.writer writes it (fields quoted when they hold a quote, a comma or a line break)
_RECORD = re.compile(r'[^"\n]*(?:"[^"]*"[^"\n]*)*\n')

Progress = Callable[[int, int, int], None]


@dataclass(frozen=True)
class PairSpec:
    """One row of a manifest. ``source``/``derivative`` are as written (relative to the manifest's folder)."""

    index: int
    pair_id: str
    source: str
    derivative: str
    source_path: Path
    derivative_path: Path


@dataclass(frozen=True)
class PairTask:
    """What a worker needs for one pair.

    A local worker gets the files' paths and the pair's ``folder``: it reads the files and writes the folder
    itself. A Dask worker (no shared disk) gets the files' bytes and no folder: it returns the files' texts.
    """

    #: the fixed part of the pair's result.json: format, key, pair_id, names, pipeline, version
    record: dict[str, Any]
    source_path: str
    derivative_path: str
    config: Config
    encoding: str | None
    source_segmentation: str
    derivative_segmentation: str
    #: neutralise spreadsheet formulas in the CSV tables (export.csv_text)
    csv_safe: bool = True
    source: bytes | None = None
    derivative: bytes | None = None
    folder: str | None = None
    #: names in ``folder`` that are inputs of the batch: never written, never removed
    protect: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PairResult:
    """A worker's answer: the summary row and error; the pair's files as text only when no folder was given."""

    files: dict[str, str] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    #: an internal error (a bug, not the input): the pair is computed again on the next run
    retry: bool = False
    seconds: float = 0.0
    #: peak resident memory of the process that computed the pair, in MB (not written to any output)
    peak_rss_mb: float = 0.0


@dataclass(frozen=True)
class BatchResult:
    output: Path
    #: the summary rows in manifest order (what summary.csv holds)
    rows: tuple[dict[str, Any], ...]
    computed: int
    skipped: int
    files: tuple[Path, ...]
    #: the largest peak memory of a process that computed a pair in this run, in MB (0 when none ran)
    peak_rss_mb: float = 0.0

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r["status"] == "error")


# ---------------------------------------------------------------------------------------------- manifest
def read_manifest(path: str | Path) -> list[PairSpec]:
    """The pairs of a manifest CSV, in order; a malformed manifest raises :class:`InputError` naming its line.

    Missing or unreadable pair files are not checked here: they are recorded as that pair's error.
    """
    manifest = Path(path)
    text = decode(read_bytes(manifest, max_bytes=None), str(manifest))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    missing = [c for c in ("source", "derivative") if c not in columns]
    if missing:
        msg = f"{manifest}: the manifest needs the columns source and derivative (missing: {', '.join(missing)})"
        raise InputError(msg)
    base = manifest.parent
    pairs: list[PairSpec] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        src, der = (row.get("source") or "").strip(), (row.get("derivative") or "").strip()
        if not src or not der:
            msg = f"{manifest}, line {line}: a pair needs both a source and a derivative"
            raise InputError(msg)
        pair_id = (row.get("pair_id") or "").strip() or str(len(pairs) + 1)
        if not _SAFE_ID.fullmatch(pair_id):
            msg = (f"{manifest}, line {line}: pair_id {pair_id!r} is not a safe folder name (letters, digits, "
                   "'_', '-' and '.', not starting with '.' or '-', at most 128 characters)")
            raise InputError(msg)
        folded = pair_id.casefold()  # case-insensitive file systems would merge "A" and "a"
        if folded in seen:
            msg = f"{manifest}, line {line}: pair_id {pair_id!r} repeats the pair of line {seen[folded]}"
            raise InputError(msg)
        seen[folded] = line
        pairs.append(PairSpec(len(pairs), pair_id, src, der, base / src, base / der))
    if not pairs:
        msg = f"{manifest}: the manifest lists no pairs"
        raise InputError(msg)
    return pairs


# ---------------------------------------------------------------------------------------------- the pipeline
def pipeline_identity(model: str) -> dict[str, str]:
    """The spaCy pipeline that ``model`` names — the package (or folder) ``load_pipeline`` would load, with its
    version — and spaCy's version, from the installed metadata (nothing is imported or loaded). Part of every
    pair's key, so that results parsed by another pipeline are computed again.
    """
    spacy_version = _dist_version("spacy")
    candidates = (model, *[n for n in _FALLBACKS if n != model]) if model in _FALLBACKS else (model,)
    for candidate in candidates:  # the order load_pipeline tries them in
        version = _dist_version(candidate)
        if version:
            return {"model": candidate, "model_version": version, "spacy_version": spacy_version}
        if _is_path(candidate):
            try:
                meta = json.loads((Path(candidate) / "meta.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
            name = f"{meta.get('lang', '')}_{meta.get('name', '')}" if isinstance(meta, dict) else ""
            version = str(meta.get("version", "")) if isinstance(meta, dict) else ""
            return {"model": str(_resolved(candidate)), "model_name": name, "model_version": version,
                    "spacy_version": spacy_version}
    return {"model": model, "model_version": "", "spacy_version": spacy_version}  # not installed: pairs fail


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except (metadata.PackageNotFoundError, ValueError):
        return ""


# ---------------------------------------------------------------------------------------------- one pair
def run_pair(task: PairTask) -> PairResult:
    """Compare one pair (what a worker runs): read the files (or take the bytes sent), compare, and either
    write the pair's folder (``task.folder``) or return the files' texts. An input problem or an internal error
    is the pair's error; only a pipeline that cannot load (:class:`ModelError`) is raised."""
    start = time.perf_counter()
    files: dict[str, str] = {}
    summary: dict[str, Any] = {}
    error, retry = "", False
    names = (task.record["source"], task.record["derivative"])
    try:
        data = (task.source, task.derivative)
        if task.folder is not None:
            limit = task.config.max_document_bytes
            data = (read_bytes(task.source_path, names[0], limit), read_bytes(task.derivative_path, names[1], limit))
        source, derivative = (Document(decode(d, n, task.encoding), n) for d, n in zip(data, names))
        report = compare(source, derivative, task.config, source_segmentation=task.source_segmentation,
                         derivative_segmentation=task.derivative_segmentation)
        files = {REPORT_FILE: report_json(report), **csv_tables(report, safe=task.csv_safe)}
        summary = _flatten(report.summary)
    except ModelError:
        raise
    except AlignmentError as exc:
        error = str(exc)
    except Exception as exc:  # a bug on one pair must not stop a batch of thousands: recorded, retried next run
        error, retry = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], True
    result = PairResult(files, summary, error, retry, round(time.perf_counter() - start, 3), _peak_rss_mb())
    if task.folder is None:
        return result
    _store(Path(task.folder), task.record, result, task.protect)
    return PairResult(summary=summary, error=error, retry=retry, seconds=result.seconds,
                      peak_rss_mb=result.peak_rss_mb)


def _flatten(summary: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"source": {"covered": 3}}`` -> ``{"source_covered": 3}``."""
    out: dict[str, Any] = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}_"))
        else:
            out[f"{prefix}{key}"] = value
    return out


@cache
def _empty_report() -> Report:
    return Report(Config(), Side("", "", ()), Side("", "", ()), (), ())


@cache
def summary_columns() -> tuple[str, ...]:
    """The columns of summary.csv: the pair, its status and error, the report summary flattened, seconds."""
    return (*_LEAD_COLUMNS, *_flatten(_empty_report().summary), "seconds")


@cache
def _table_headers() -> dict[str, str]:
    """The header line of each per-pair CSV table, as csv_tables writes it."""
    return {name: text[: text.index("\n") + 1] for name, text in csv_tables(_empty_report()).items()}


def _peak_rss_mb() -> float:
    if resource is None:
        return 0.0
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)  # kilobytes on Linux


def _store(folder: Path, fixed: dict[str, Any], result: PairResult, protect: frozenset[str]) -> dict[str, Any]:
    """Write one pair's files, its timing, then its record; return the record. ``protect`` names the inputs
    in ``folder`` (checked before the run: none of them is one of the pair's files)."""
    marker = folder / RESULT_FILE
    files = [folder / name for name in PAIR_FILES]
    record = {**fixed, "status": "error" if result.error else "ok", "error": result.error, "retry": result.retry,
              "summary": result.summary}
    # From the record's removal until the new one is written, the pair counts as not done; a killed run's
    # temporary files go too.
    stale = [p for p in folder.glob(".*.tmp") if p.name not in protect] if folder.is_dir() else []
    _remove([marker, *stale, *(files if result.error else [])], f"the results of pair {fixed['pair_id']}")
    texts = {} if result.error else dict(zip(files, (result.files[name] for name in PAIR_FILES)))
    write_atomic({**texts, folder / TIMING_FILE: json.dumps({"seconds": result.seconds}) + "\n"})
    write_atomic({marker: json.dumps(record, ensure_ascii=False, indent=1) + "\n"})
    return record


def _remove(paths: Sequence[Path], what: str) -> None:
    try:
        for path in paths:
            path.unlink(missing_ok=True)
    except OSError as exc:
        msg = f"cannot write {what}: {exc.strerror or exc} ({path})"
        raise OutputError(msg) from None


# ---------------------------------------------------------------------------------------------- the batch
def run_batch(
    manifest: str | Path,
    output: str | Path,
    config: Config | None = None,
    *,
    encoding: str | None = None,
    source_segmentation: str = "auto",
    derivative_segmentation: str = "auto",
    workers: int | None = None,
    scheduler: str | None = None,
    force: bool = False,
    csv_safe: bool = True,
    progress: Progress | None = None,
) -> BatchResult:
    """Compare every pair of ``manifest`` and write the results into the folder ``output``.

    ``workers`` processes (default: the number of cores; 1 runs in this process) or, with ``scheduler``
    (a Dask scheduler address such as ``tcp://10.0.0.5:8786``), the cluster's workers. Pairs whose results
    are complete and current are skipped unless ``force``. ``progress(done, total, skipped)`` is called
    once before the first pair (``done`` = 0) and after each pair computed; ``total`` counts the pairs to
    compute in this run, ``skipped`` those already done. An exception it raises stops the batch: the pairs
    finished so far are kept, the combined tables are not written.
    """
    config = (config or Config()).validate()
    check_segmentation(source_segmentation, derivative_segmentation)
    if workers is not None and workers < 1:
        msg = f"workers must be at least 1, got {workers}"
        raise ValueError(msg)
    out = Path(output)
    if out.exists() and not out.is_dir():
        msg = f"{out}: the batch output must be a folder"
        raise OutputError(msg)
    specs = read_manifest(manifest)
    options = {"config": config.to_dict(), "encoding": encoding, "source_segmentation": source_segmentation,
               "derivative_segmentation": derivative_segmentation, "csv_safe": csv_safe}
    fixed = {"format": BATCH_FORMAT, "version": __version__, "pipeline": pipeline_identity(config.model)}
    key_head = json.dumps({**fixed, "schema": SCHEMA_VERSION, "options": options}, sort_keys=True).encode()
    inputs = frozenset(_resolved(p) for p in (Path(manifest), *(p for s in specs for p in (s.source_path,
                                                                                         s.derivative_path))))
    inputs_in: dict[Path, frozenset[str]] = {}
    for path in inputs:
        inputs_in[path.parent] = inputs_in.get(path.parent, frozenset()) | {path.name}

    # Everything is checked before any work: the combined tables and every pair's files against the inputs.
    _refuse_inputs(_combined_targets(out), inputs)
    records: dict[int, tuple[dict[str, Any], float]] = {}
    todo: list[_Todo] = []
    for spec in specs:
        folder, resolved = _pair_dir(out, spec)  # refuses a folder that resolves outside the output
        protect = inputs_in.get(resolved, frozenset())
        for name in (*PAIR_FILES, TIMING_FILE, RESULT_FILE):
            if name in protect:
                msg = f"{folder / name}: refusing to overwrite an input file"
                raise OutputError(msg)
        key, read_error = _pair_key(key_head, spec, config.max_document_bytes)
        current = None if force else _current_record(folder, key)
        if current is None:
            pair = {"key": key, "pair_id": spec.pair_id, "source": spec.source, "derivative": spec.derivative}
            todo.append(_Todo(spec, folder, {**fixed, **pair}, read_error, protect))
        else:
            records[spec.index] = current
    skipped = len(records)
    if progress is not None:
        progress(0, len(todo), skipped)

    peak = 0.0
    if todo:
        settings = (config, encoding, source_segmentation, derivative_segmentation, csv_safe)
        with _workers(workers, scheduler, config.model, len(todo)) as pool, closing(
            _run_all(pool, todo, settings)
        ) as results:
            done = 0
            for item, record, result in results:
                records[item.spec.index] = (record, result.seconds)
                peak = max(peak, result.peak_rss_mb)
                done += 1
                if progress is not None:
                    progress(done, len(todo), skipped)

    rows = tuple(_summary_row(*records[s.index]) for s in specs)
    files = _write_combined(out, specs, rows, inputs, csv_safe)
    return BatchResult(out, rows, len(todo), skipped, tuple(files), peak)


@dataclass(frozen=True)
class _Todo:
    """A pair to compute in this run."""

    spec: PairSpec
    folder: Path
    #: the fixed part of its record (see PairTask.record)
    record: dict[str, Any]
    #: why a file cannot be read (found while hashing): the pair's error, no worker needed
    read_error: str
    protect: frozenset[str]


def _pair_key(head: bytes, spec: PairSpec, max_bytes: int | None) -> tuple[str, str]:
    """The pair's key and the read error, if any: a hash of ``head`` (options, versions, pipeline), the names
    in the manifest and both files' bytes (or the error that stopped reading one)."""
    h = hashlib.sha256(head)
    h.update(json.dumps([spec.source, spec.derivative]).encode())
    errors: list[str] = []
    for path, name in ((spec.source_path, spec.source), (spec.derivative_path, spec.derivative)):
        try:
            h.update(b"\x00" + hashlib.sha256(read_bytes(path, name, max_bytes)).digest())
        except InputError as exc:
            errors.append(str(exc))
            h.update(b"\x01" + str(exc).encode())
    return h.hexdigest(), "; ".join(errors)


def _pair_dir(out: Path, spec: PairSpec) -> tuple[Path, Path]:
    """The pair's folder and where it resolves to; refused when that is outside ``out``."""
    folder = out / PAIRS_DIR / spec.pair_id
    try:
        resolved = folder.resolve()
        inside = resolved.is_relative_to(out.resolve())
    except OSError:
        resolved, inside = folder.absolute(), False
    if not inside:
        msg = f"{folder}: resolves outside the output folder {out}; refusing to write there"
        raise OutputError(msg)
    return folder, resolved


def _current_record(folder: Path, key: str) -> tuple[dict[str, Any], float] | None:
    """The pair's stored record and seconds when it is complete and was made with ``key``; None otherwise."""
    try:
        record = json.loads((folder / RESULT_FILE).read_text(encoding="utf-8"))
        seconds = json.loads((folder / TIMING_FILE).read_text(encoding="utf-8"))["seconds"]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not isinstance(record, dict) or record.get("format") != BATCH_FORMAT or record.get("key") != key:
        return None
    if record.get("status") == "error":
        return None if record.get("retry") else (record, seconds)
    return (record, seconds) if all((folder / name).is_file() for name in PAIR_FILES) else None


def _record(fixed: dict[str, Any], result: PairResult) -> dict[str, Any]:
    return {**fixed, "status": "error" if result.error else "ok", "error": result.error, "retry": result.retry,
            "summary": result.summary}


def _run_all(pool: _Pool, todo: Sequence[_Todo],
             settings: tuple[Config, str | None, str, str]) -> Iterator[tuple[_Todo, dict[str, Any], PairResult]]:
    """Each pair's record and result as it completes, keeping at most ``pool.window`` pairs in flight (a Dask
    pair's bytes are read when it is sent, so memory does not grow with the manifest)."""
    queue = iter(todo)
    in_flight: dict[Future[PairResult], _Todo] = {}
    try:
        while True:
            while len(in_flight) < pool.window:
                item = next(queue, None)
                if item is None:
                    break
                task = _task(item, settings, pool.local)
                if isinstance(task, PairResult):  # a file cannot be read: recorded here, no worker needed
                    yield item, _store(item.folder, item.record, task, item.protect), task
                    continue
                in_flight[pool.executor.submit(run_pair, task)] = item
            if not in_flight:
                return
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=lambda f: in_flight[f].spec.index):
                item = in_flight.pop(future)
                result = _outcome(future, item.spec)
                if pool.local:  # the worker wrote the pair's files
                    yield item, _record(item.record, result), result
                else:
                    yield item, _store(item.folder, item.record, result, item.protect), result
    finally:
        for future in in_flight:
            future.cancel()


def _task(item: _Todo, settings: tuple[Config, str | None, str, str], local: bool) -> PairTask | PairResult:
    spec = item.spec
    if item.read_error:
        return PairResult(error=item.read_error)
    common = dict(record=item.record, source_path=str(spec.source_path), derivative_path=str(spec.derivative_path),
                  config=settings[0], encoding=settings[1], source_segmentation=settings[2],
                  derivative_segmentation=settings[3], csv_safe=settings[4])
    if local:
        return PairTask(**common, folder=str(item.folder), protect=item.protect)
    try:
        limit = settings[0].max_document_bytes
        data = (read_bytes(spec.source_path, spec.source, limit), read_bytes(spec.derivative_path, spec.derivative, limit))
    except InputError as exc:  # gone since it was hashed
        return PairResult(error=str(exc))
    return PairTask(**common, source=data[0], derivative=data[1])


def _outcome(future: Future[PairResult], spec: PairSpec) -> PairResult:
    try:
        return future.result()
    except AlignmentError:
        raise
    except Exception as exc:  # run_pair returns every per-pair failure: this is the worker or the cluster
        msg = f"a worker failed on pair {spec.pair_id}: {type(exc).__name__}: {exc}".splitlines()[0]
        raise WorkerError(msg) from None


def _refuse_inputs(paths: Sequence[Path], inputs: frozenset[Path]) -> None:
    """Raise OutputError if one of ``paths`` is an input (``inputs`` are resolved once, not per write)."""
    for path in paths:
        if _resolved(path) in inputs:
            msg = f"{path}: refusing to overwrite an input file"
            raise OutputError(msg)


def _summary_row(record: dict[str, Any], seconds: float) -> dict[str, Any]:
    row = {name: record.get(name, "") for name in _LEAD_COLUMNS}
    row.update({name: record["summary"].get(name, "") for name in summary_columns()[len(_LEAD_COLUMNS):-1]})
    row["seconds"] = seconds
    return row


# ---------------------------------------------------------------------------------------------- outputs
def _write_combined(out: Path, specs: Sequence[PairSpec], rows: Sequence[dict[str, Any]],
                    inputs: frozenset[Path], csv_safe: bool = True) -> list[Path]:
    """summary.csv and the three tables with a pair_id column, in manifest order (and Parquet copies when
    pyarrow is installed), all renamed into place together."""
    tables = [SUMMARY_FILE, *CSV_FILES]
    targets = _combined_targets(out)
    parquet = len(targets) > len(tables)
    _remove([p for p in out.glob(".*.tmp") if _resolved(p) not in inputs] if out.is_dir() else [], "the tables")
    with atomic_paths(targets) as temps:
        with temps[0].open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(summary_columns())
            cell = (lambda v: neutralise_cell(_cell(v))) if csv_safe else _cell
            writer.writerows([cell(row[c]) for c in summary_columns()] for row in rows)
        for name, tmp in zip(CSV_FILES, temps[1:]):
            _combine_table(out, specs, rows, name, tmp)
        if parquet:
            try:
                import pyarrow.csv  # noqa: F401
                import pyarrow.parquet  # noqa: F401
            except ImportError as exc:
                msg = f"cannot write the Parquet tables: pyarrow is installed but does not import: {exc}"
                raise OutputError(msg.splitlines()[0]) from None
            for csv_tmp, parquet_tmp in zip(temps[: len(tables)], temps[len(tables):]):
                _csv_to_parquet(csv_tmp, parquet_tmp, restore=csv_safe)
    return targets


def _combined_targets(out: Path) -> list[Path]:
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
        for spec, row in zip(specs, rows):
            if row["status"] != "ok":
                continue
            path = out / PAIRS_DIR / spec.pair_id / name
            with path.open(encoding="utf-8", newline="") as src:
                text = src.read()
            records = _records(text[len(header):]) if text.startswith(header) else None
            if records is None:
                msg = f"{path}: not a table this version of the tool wrote; run the batch again with --force"
                raise OutputError(msg)
            if records:
                prefix = spec.pair_id + ","
                fh.write(prefix + prefix.join(records))


def _records(text: str) -> list[str] | None:
    r"""The CSV records of ``text``, each with its line end (a quoted field may hold line breaks), or None when
    ``text`` is not whole records.

    >>> _records('a,b\n"x\n""y"" z",w\n')
    ['a,b\n', '"x\n""y"" z",w\n']
    >>> _records('a,"b\n') is None
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
    metrics = _flatten(_empty_report().summary) if tuple(header) == summary_columns() else {}
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


# ---------------------------------------------------------------------------------------------- executors
class _InProcess(Executor):
    """One worker: run each pair here, now (no process to start, the pipeline loaded once in this process)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _warm_up(model: str) -> dict[str, Any]:
    """Load the pipeline and run one tiny comparison up front, so that no pair's ``seconds`` include the
    start-up; return this process's tool version and pipeline (what the pairs' keys name)."""
    try:
        compare("The minister met the press on Monday.", "The minister met reporters on Monday.", Config(model=model))
    except AlignmentError:
        pass  # the first pair raises it again, where the main process sees it
    return {"version": __version__, "pipeline": pipeline_identity(model)}


#: the garbage collector's first threshold while pairs run (Python's default is 700). A comparison makes and
#: drops containers by the tens of thousands: ``benchmarks/stage_costs.py --gc python`` counts 110 collections
#: and 1.8 ms a corpus pair at 700, against 1 and 0.2 ms at 10,000, for a few MB of garbage waiting at most.
GC_FIRST_THRESHOLD = 10_000


def _settle_process() -> tuple[int, ...]:
    """After the pipeline is loaded: move every object alive now (the pipeline, the modules) out of the
    garbage collector's reach, so that its collections during the pairs scan only the pairs' objects, and
    collect less often (:data:`GC_FIRST_THRESHOLD`). Done in the batch's own worker processes, and around an
    in-process run (undone at its end). Returns the thresholds it replaced."""
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_FIRST_THRESHOLD), *thresholds[1:])
    return thresholds


def _worker_start(model: str) -> None:
    """A worker process's start: Ctrl-C is the main process's to handle (it stops the pool)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up(model)
    _settle_process()


def _describe(pipeline: dict[str, str]) -> str:
    return (f"{pipeline.get('model', '?')} {pipeline.get('model_version', '?')} "
            f"(spaCy {pipeline.get('spacy_version', '?')})")


@dataclass(frozen=True)
class _Pool:
    executor: Executor
    #: pairs in flight at most
    window: int
    #: the workers share this machine's disk: they read the inputs and write the pairs' folders themselves
    local: bool


class _workers:
    """``with _workers(...) as pool``: in-process, a local process pool, or a Dask cluster."""

    def __init__(self, workers: int | None, scheduler: str | None, model: str, pairs: int) -> None:
        self.workers, self.scheduler, self.model, self.pairs = workers, scheduler, model, pairs
        self.executor: Executor | None = None
        self.client: Any = None
        self.frozen = False
        #: the collector's thresholds before an in-process run changed them (restored at its end)
        self.thresholds: tuple[int, ...] | None = None

    def __enter__(self) -> _Pool:
        if self.scheduler:
            return self._dask()
        n = min(self.workers or default_workers(), self.pairs)
        if n <= 1:
            _warm_up(self.model)
            if gc.get_freeze_count() == 0:  # the caller froze nothing: ours to undo at the end
                self.thresholds = _settle_process()
                self.frozen = True
            self.executor = _InProcess()
            return _Pool(self.executor, 1, local=True)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_worker_start, initargs=(self.model,))
        return _Pool(self.executor, 2 * n, local=True)

    def _dask(self) -> _Pool:
        try:
            from distributed import Client
        except ImportError:
            msg = "--scheduler needs Dask: pip install 'pressalign[dask]'"
            raise WorkerError(msg) from None
        try:
            self.client = Client(self.scheduler, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            msg = f"cannot reach the Dask scheduler at {self.scheduler}: {exc}".splitlines()[0]
            raise WorkerError(msg) from None
        try:
            answers = self.client.run(_warm_up, self.model)  # each worker loads the pipeline now, once
        except Exception as exc:  # e.g. pressalign not installed where the workers run
            self.client.close()
            msg = f"the Dask workers cannot run pressalign: {type(exc).__name__}: {exc}".splitlines()[0]
            raise WorkerError(msg) from None
        expected = {"version": __version__, "pipeline": pipeline_identity(self.model)}
        for worker, answer in sorted(answers.items()):
            if answer != expected:  # the keys would name another pipeline than the one that parsed the pairs
                self.client.close()
                msg = (f"the Dask worker {worker} runs pressalign {answer.get('version')} with "
                       f"{_describe(answer.get('pipeline', {}))}, this machine pressalign {__version__} with "
                       f"{_describe(expected['pipeline'])}: install the same everywhere")
                raise WorkerError(msg)
        self.executor = self.client.get_executor(pure=False)
        threads = sum(self.client.nthreads().values())
        return _Pool(self.executor, max(2, 2 * threads), local=False)

    def __exit__(self, *exc_info: object) -> None:
        if self.frozen:
            gc.unfreeze()
            gc.set_threshold(*self.thresholds)
        if self.client is not None:  # the in-flight futures were cancelled; Dask's executor takes no cancel_futures
            self.executor.shutdown(wait=True)
            self.client.close()
        elif self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
