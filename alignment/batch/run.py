"""One batch run: the pairs to compute (resume keys), each pair's folder (written by the worker or from what it
returns), and the combined tables at the end."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from alignment import __version__
from alignment.api import check_segmentation, compare
from alignment.batch.index_page import refuse_html_inputs, write_html_pages
from alignment.batch.lock import folder_lock
from alignment.batch.manifest import PairSpec, read_manifest
from alignment.batch.tables import (
    LEAD_COLUMNS,
    PAIRS_DIR,
    combined_targets,
    flatten_summary,
    summary_columns,
    write_combined,
)
from alignment.batch.workers import Pool, open_workers, pipeline_identity
from alignment.config import Config
from alignment.errors import AlignmentError, ConfigError, InputError, ModelError, OutputError, WorkerError
from alignment.outputs import render_report
from alignment.outputs.csv_tables import CSV_FILES
from alignment.outputs.files import remove_files, resolved_path, write_atomic
from alignment.report import SCHEMA_VERSION
from alignment.text.readers import INPUT_FORMATS
from alignment.text.reading import document_from_bytes, read_bytes

try:
    import resource
except ImportError:  # not on Unix
    resource = None  # type: ignore[assignment]

__all__ = ["BatchInterrupted", "BatchResult", "PairResult", "PairTask", "run_batch", "run_pair"]

#: bumped when the layout of a pair's files changes: results of another format are computed again
BATCH_FORMAT = 2
RESULT_FILE = "result.json"
REPORT_FILE = "report.json"
TIMING_FILE = "timing.json"
#: the export formats each pair's folder holds, and so its files
PAIR_FORMATS = ("json", "csv")
PAIR_FILES = (REPORT_FILE, *CSV_FILES)
Progress = Callable[[int, int, int], None]


@dataclass(frozen=True)
class _Settings:
    """What every pair of a run shares (each of them part of the pairs' keys)."""

    config: Config
    encoding: str | None
    source_segmentation: str
    derivative_segmentation: str
    csv_safe: bool
    #: the CSV tables as Excel opens them (``--excel-csv``: a byte-order mark, CRLF line ends)
    excel_csv: bool = False
    #: how both files of every pair are read (``--input-format``: auto, or a reader's name)
    input_format: str = "auto"


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
    #: the CSV tables as Excel opens them (export.csv_text's ``excel``)
    excel_csv: bool = False
    #: how both files are read: auto or a reader's name (text.reading.document_from_bytes)
    input_format: str = "auto"


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
        if task.folder is not None:
            limit = task.config.max_document_bytes
            data = (read_bytes(task.source_path, names[0], limit),
                    read_bytes(task.derivative_path, names[1], limit))
        elif task.source is not None and task.derivative is not None:
            data = (task.source, task.derivative)
        else:
            msg = "a pair task needs either a folder or both files' bytes"
            raise ValueError(msg)
        source, derivative = (document_from_bytes(d, n, task.encoding, input_format=task.input_format)
                              for d, n in zip(data, names, strict=True))
        report = compare(source, derivative, task.config, source_segmentation=task.source_segmentation,
                         derivative_segmentation=task.derivative_segmentation)
        files = {name: text for fmt in PAIR_FORMATS
                 for name, text in render_report(report, fmt, csv_safe=task.csv_safe,
                                                               excel_csv=task.excel_csv).items()}
        summary = flatten_summary(report.summary)
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
    remove_files([marker, *stale, *(files if result.error else [])], f"the results of pair {fixed['pair_id']}")
    texts = {} if result.error else dict(zip(files, (result.files[name] for name in PAIR_FILES), strict=True))
    write_atomic({**texts, folder / TIMING_FILE: json.dumps({"seconds": result.seconds}) + "\n"})
    write_atomic({marker: json.dumps(record, ensure_ascii=False, indent=1) + "\n"})
    return record


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
    html: bool = False,
    excel_csv: bool = False,
    input_format: str = "auto",
) -> BatchResult:
    """Compare every pair of ``manifest`` and write the results into the folder ``output``.

    ``workers`` processes (default: the number of cores; 1 runs in this process) or, with ``scheduler``
    (a Dask scheduler address such as ``tcp://10.0.0.5:8786``), the cluster's workers. Pairs whose results
    are complete and current are skipped unless ``force``. ``progress(done, total, skipped)`` is called
    once before the first pair (``done`` = 0) and after each pair computed; ``total`` counts the pairs to
    compute in this run, ``skipped`` those already done. An exception it raises stops the batch: the pairs
    finished so far are kept, the combined tables are not written. ``html``: each pair's HTML report and an
    ``index.html`` of the pairs are written after the tables (:mod:`alignment.batch.index_page`).
    ``excel_csv``: every CSV (each pair's and the combined tables) as Excel opens it, a byte-order mark first and
    CRLF line ends; the Parquet copies are the same either way. ``input_format``: how both files of every pair
    are read, ``auto`` (from each file's content and name) or a reader's name (``txt``, ``md``, ``html`` …).
    """
    config = (config or Config()).validate()
    check_segmentation(source_segmentation, derivative_segmentation)
    if input_format not in INPUT_FORMATS:
        msg = f"input_format must be one of {', '.join(INPUT_FORMATS)}, got {input_format!r}"
        raise ConfigError(msg)
    if workers is not None and workers < 1:
        msg = f"workers must be at least 1, got {workers}"
        raise ConfigError(msg)  # a ValueError too
    out = Path(output)
    if out.exists() and not out.is_dir():
        msg = f"{out}: the batch output must be a folder"
        raise OutputError(msg)
    specs = read_manifest(manifest)
    options = {"config": config.to_dict(), "encoding": encoding, "source_segmentation": source_segmentation,
               "derivative_segmentation": derivative_segmentation, "csv_safe": csv_safe, "excel_csv": excel_csv,
               "input_format": input_format}
    fixed = {"format": BATCH_FORMAT, "version": __version__, "pipeline": pipeline_identity(config.model)}
    key_head = json.dumps({**fixed, "schema": SCHEMA_VERSION, "options": options}, sort_keys=True).encode()
    inputs = resolved_paths([Path(manifest), *(p for s in specs for p in (s.source_path, s.derivative_path))])
    names_in: dict[Path, set[str]] = {}  # each folder's input names, gathered once (a union per file was quadratic)
    for path in inputs:
        names_in.setdefault(path.parent, set()).add(path.name)
    inputs_in = {folder: frozenset(names) for folder, names in names_in.items()}

    # Everything is checked before any work: the combined tables and every pair's files against the inputs.
    _refuse_inputs(combined_targets(out), inputs)
    if html:
        refuse_html_inputs(out, specs, inputs)
    pairs: list[_Todo] = []
    # once: each pair's folder is a name in pairs/, or a link (refused)
    where = (resolved_path(out), resolved_path(out / PAIRS_DIR))
    for spec in specs:
        folder, resolved = _pair_dir(out, spec, where)  # refuses a folder that resolves outside the output
        protect = inputs_in.get(resolved, frozenset())
        for name in (*PAIR_FILES, TIMING_FILE, RESULT_FILE):
            if name in protect:
                msg = f"{folder / name}: refusing to overwrite an input file"
                raise OutputError(msg)
        key, read_error = _pair_key(key_head, spec, config.max_document_bytes)
        pair = {"key": key, "pair_id": spec.pair_id, "source": spec.source, "derivative": spec.derivative}
        pairs.append(_Todo(spec, folder, {**fixed, **pair}, read_error, protect))

    settings = _Settings(config, encoding, source_segmentation, derivative_segmentation, csv_safe, excel_csv,
                         input_format)
    with folder_lock(out):  # the folder is this run's until it ends: another run into it is refused
        return _run_locked(out, pairs, settings, inputs, workers, scheduler, force, progress, html)


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C (``KeyboardInterrupt``) during a batch's pairs: ``done`` of the manifest's ``total`` pairs are
    complete (a later run skips them); the pairs in flight were finished or dropped, never left half-written."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"{done} of {total} pairs done")
        self.done, self.total = done, total


def _run_locked(out: Path, pairs: Sequence[_Todo], settings: _Settings, inputs: frozenset[Path],
                workers: int | None, scheduler: str | None, force: bool, progress: Progress | None,
                html: bool = False) -> BatchResult:
    """The run, once the output folder is locked: the pairs not done yet, then the combined tables."""
    records: dict[int, tuple[dict[str, Any], float]] = {}
    todo: list[_Todo] = []
    for item in pairs:
        current = None if force else _current_record(item.folder, item.record["key"])
        if current is None:
            todo.append(item)
        else:
            records[item.spec.index] = current
    skipped = len(records)
    if progress is not None:
        progress(0, len(todo), skipped)

    peak = 0.0
    if todo:
        try:
            with open_workers(workers, scheduler, settings.config.model, len(todo)) as pool, closing(
                _run_all(pool, todo, settings)
            ) as results:
                done = 0
                for item, record, result in results:
                    records[item.spec.index] = (record, result.seconds)
                    peak = max(peak, result.peak_rss_mb)
                    done += 1
                    if progress is not None:
                        progress(done, len(todo), skipped)
        except KeyboardInterrupt:
            # the pool has stopped: local workers finished the pairs in flight and wrote them, which count
            finished = sum(1 for item in todo if _current_record(item.folder, item.record["key"]) is not None)
            raise BatchInterrupted(skipped + finished, len(pairs)) from None

    specs = [item.spec for item in pairs]
    rows = tuple(_summary_row(*records[s.index]) for s in specs)
    try:
        files = write_combined(out, specs, rows, inputs, settings.csv_safe, excel=settings.excel_csv)
    except KeyboardInterrupt:  # every pair is done; the tables stay the previous set, whole
        raise BatchInterrupted(len(pairs), len(pairs)) from None
    if html:
        files += write_html_pages(out, specs, rows, REPORT_FILE, {item.spec.index for item in todo})
    return BatchResult(out, rows, len(todo), skipped, tuple(files), peak)


@dataclass(frozen=True)
class _Todo:
    """A pair of the manifest, to compute in this run unless its results are current."""

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


def resolved_paths(paths: Sequence[Path]) -> frozenset[Path]:
    """Each of ``paths`` resolved as :func:`resolved_path` resolves it, each folder only once: a path whose last
    part is a name that is not a symbolic link resolves to its folder's resolution and that name. (Resolving
    every path in full walked every folder of it again: most of a 100k-row manifest's set-up.)"""
    folders: dict[Path, Path] = {}
    resolved: set[Path] = set()
    for path in paths:
        try:
            plain = path.name not in ("", ".", "..") and not path.is_symlink()
        except OSError:
            plain = False
        if not plain:
            resolved.add(resolved_path(path))
            continue
        folder = folders.get(path.parent)
        if folder is None:
            folder = folders[path.parent] = resolved_path(path.parent)
        resolved.add(folder / path.name)
    return frozenset(resolved)


def _pair_dir(out: Path, spec: PairSpec, where: tuple[Path, Path]) -> tuple[Path, Path]:
    """The pair's folder and where it resolves to (``where``: where ``out`` and ``out/pairs`` resolve to);
    refused when that is outside ``out``, or when the folder (or ``pairs/``) is a symbolic link."""
    folder = out / PAIRS_DIR / spec.pair_id
    try:
        # a pair_id is one safe name: unless it is a link (refused below), the folder is that name in pairs/
        resolved = folder.resolve() if folder.is_symlink() else where[1] / spec.pair_id
        inside = resolved.is_relative_to(where[0])
    except OSError:
        resolved, inside = folder.absolute(), False
    if not inside:
        msg = f"{folder}: resolves outside the output folder {out}; refusing to write there"
        raise OutputError(msg)
    # a link inside the tree (pairs/a -> b) would make two pairs share one folder, and the tables mix them
    for link in (out / PAIRS_DIR, folder):
        if link.is_symlink():
            msg = f"{link}: a symbolic link inside the output folder; refusing to write through it"
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


def _run_all(pool: Pool, todo: Sequence[_Todo],
             settings: _Settings) -> Generator[tuple[_Todo, dict[str, Any], PairResult], None, None]:
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


def _task(item: _Todo, settings: _Settings, local: bool) -> PairTask | PairResult:
    spec = item.spec
    if item.read_error:
        return PairResult(error=item.read_error)
    common = PairTask(record=item.record, source_path=str(spec.source_path), derivative_path=str(spec.derivative_path),
                      config=settings.config, encoding=settings.encoding,
                      source_segmentation=settings.source_segmentation,
                      derivative_segmentation=settings.derivative_segmentation, csv_safe=settings.csv_safe,
                      excel_csv=settings.excel_csv, input_format=settings.input_format)
    if local:
        return replace(common, folder=str(item.folder), protect=item.protect)
    try:
        limit = settings.config.max_document_bytes
        data = (read_bytes(spec.source_path, spec.source, limit),
                read_bytes(spec.derivative_path, spec.derivative, limit))
    except InputError as exc:  # gone since it was hashed
        return PairResult(error=str(exc))
    return replace(common, source=data[0], derivative=data[1])


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
        if resolved_path(path) in inputs:
            msg = f"{path}: refusing to overwrite an input file"
            raise OutputError(msg)


def _summary_row(record: dict[str, Any], seconds: float) -> dict[str, Any]:
    row = {name: record.get(name, "") for name in LEAD_COLUMNS}
    row.update({name: record["summary"].get(name, "") for name in summary_columns()[len(LEAD_COLUMNS):-1]})
    row["seconds"] = seconds
    return row

