"""Reading documents into the index: every file under the paths given, in worker processes (or on a Dask
cluster), incrementally (an unchanged file is skipped, a changed one indexed again) and resumably (documents
are committed in batches, so a killed build keeps what it wrote and the same command carries on)."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from alignment.batch.workers import dask_client
from alignment.config import DEFAULT_MAX_DOCUMENT_BYTES
from alignment.discovery.store import IndexedDoc, SourceIndex
from alignment.discovery.terms import content_terms, text_date, text_title
from alignment.errors import AlignmentError, InputError
from alignment.text.reading import read_bytes, read_document

__all__ = ["DOCUMENT_SUFFIXES", "BuildResult", "build_index", "list_documents"]

#: the files taken from a folder (a file named on the command line is always read): the readers of compare
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"})
#: documents handed to a worker at a time, and committed together
CHUNK = 64
Progress = Callable[[int, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    index: Path
    #: documents read and (re)indexed in this run
    indexed: int
    #: documents already indexed and unchanged (skipped)
    unchanged: int
    #: documents dropped from the index: gone from under the paths (build only)
    removed: int
    #: (path, error) of each file that could not be read; the build goes on without it
    failed: tuple[tuple[str, str], ...]
    #: documents in the index after the run
    documents: int
    seconds: float


def list_documents(paths: Sequence[str | Path]) -> list[Path]:
    """Every document under ``paths``, in the order given: a file as given, a folder's files with a document
    suffix in sorted order (hidden files and folders left out), each once. A path that does not exist is an
    :class:`InputError`."""
    found: dict[Path, None] = {}
    for given in map(Path, paths):
        if given.is_dir():
            inside: list[Path] = []
            for root, dirs, files in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                inside.extend(Path(root, f) for f in files
                              if not f.startswith(".") and Path(f).suffix.lower() in DOCUMENT_SUFFIXES)
            found.update(dict.fromkeys(sorted(inside)))
        elif given.exists():
            found[given] = None
        else:
            msg = f"{given}: no such file or folder"
            raise InputError(msg)
    return list(found)


def _read_one(path: str, max_bytes: int | None) -> IndexedDoc | tuple[str, str]:
    """A document ready for the index, or (path, error)."""
    try:
        st = os.stat(path)
        data = read_bytes(path, max_bytes=max_bytes)
        text = read_document(path, max_bytes=max_bytes).text
    except AlignmentError as exc:
        return path, str(exc)
    except OSError as exc:
        return path, f"{path}: {exc.strerror or exc}"
    return IndexedDoc(str(Path(path).resolve()), path, hashlib.sha256(data).hexdigest(), st.st_size, st.st_mtime_ns,
                      text_title(text), text_date(text, Path(path).name), tuple(content_terms(text)), text)


def read_chunk(paths: Sequence[str], max_bytes: int | None) -> list[IndexedDoc | tuple[str, str]]:
    """What a worker runs: read and cut a batch of documents into index records (or errors)."""
    return [_read_one(p, max_bytes) for p in paths]


def _chunks(items: Sequence[str]) -> list[list[str]]:
    return [list(items[i:i + CHUNK]) for i in range(0, len(items), CHUNK)]


def _results(chunks: list[list[str]], workers: int, scheduler: str | None,
             max_bytes: int | None) -> Iterator[list[IndexedDoc | tuple[str, str]]]:
    """Each chunk's records, in the chunks' order whoever computed them."""
    if scheduler is not None:
        with dask_client(scheduler) as client:
            futures = client.map(read_chunk, chunks, max_bytes=max_bytes, pure=False)
            for future in futures:
                yield future.result()
        return
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield read_chunk(chunk, max_bytes)
        return
    pool: Executor
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(read_chunk, chunks, [max_bytes] * len(chunks))


def build_index(
    paths: Sequence[str | Path],
    index: str | Path,
    *,
    prune: bool = True,
    workers: int | None = None,
    scheduler: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES,
    progress: Progress | None = None,
) -> BuildResult:
    """Index every document under ``paths`` into the folder ``index`` (created when absent).

    A document already indexed whose size and modification time are unchanged is skipped, one whose bytes are
    unchanged only has its path and time updated, any other is read again. With ``prune`` (``index build``)
    documents no longer under ``paths`` leave the index; without it (``index add``) they stay. ``workers``
    processes (default: the number of cores) or a Dask ``scheduler`` read the files; this process writes the
    index, a batch of documents per transaction. ``progress(done, total, skipped)`` as batch calls it.
    """
    start = time.perf_counter()
    if workers is not None and workers < 1:
        msg = f"workers must be at least 1, got {workers}"
        raise ValueError(msg)
    files = list_documents(paths)
    with SourceIndex.open(index, create=True) as store:
        known = store.known()
        todo: list[str] = []
        touched: list[tuple[int, str, int]] = []
        seen: set[str] = set()
        for path in files:
            key = str(path.resolve())
            if key in seen:  # the same file reached twice (a link, or a folder and a file in it)
                continue
            seen.add(key)
            old = known.get(key)
            if old is not None:
                try:
                    st = path.stat()
                except OSError:
                    st = None
                if st is not None and (st.st_size, st.st_mtime_ns) == old[1:3]:
                    touched.append((old[0], str(path), st.st_mtime_ns))
                    continue
            todo.append(str(path))
        removed = [i for key, (i, *_) in known.items() if key not in seen] if prune else []
        if removed:
            store.remove(removed)
        if touched:
            store.touch(touched)
        unchanged = len(touched)
        if progress is not None:
            progress(0, len(todo), unchanged)
        failed: list[tuple[str, str]] = []
        done = 0
        for records in _results(_chunks(todo), workers or os.cpu_count() or 1, scheduler, max_bytes):
            docs = []
            for record in records:
                if isinstance(record, IndexedDoc):
                    old = known.get(record.key)
                    if old is not None and old[3] == record.sha256:  # touched, same bytes
                        store.touch([(old[0], record.path, record.mtime_ns)])
                        unchanged += 1
                    else:
                        docs.append(record)
                else:
                    failed.append(record)
            store.put(docs)
            done += len(records)
            if progress is not None:
                progress(done, len(todo), len(touched))
        if todo or removed:
            store.optimize()
        if todo or removed or not store.has_doc_freqs:
            store.refresh_doc_freqs()
        store.index_dates()
        total = store.size
    indexed = len(todo) - len(failed) - (unchanged - len(touched))
    return BuildResult(Path(index), indexed, unchanged, len(removed), tuple(failed), total,
                       time.perf_counter() - start)
