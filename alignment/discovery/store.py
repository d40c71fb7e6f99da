"""The source index: one SQLite file (``DIR/sources.sqlite3``), no server.

Tables: ``meta`` (the index's format), ``docs`` (one row per document: its resolved path as the identity, the
path as found, SHA-256 of its bytes, size and modification time for the quick "unchanged" check, title, date,
its content-word stems and its text, both zlib-compressed) and ``fts``, a contentless FTS5 table of the stems
(BM25 ranking). Document frequencies for weighing an
article's terms come from ``doc_freq``, a copy of FTS5's own vocabulary table (``fts_vocab``) made at the end of
each build (while it is absent, from ``fts_vocab`` itself).
"""

from __future__ import annotations

import math
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from alignment.errors import InputError, OutputError

__all__ = ["INDEX_FILE", "Candidate", "IndexInfo", "IndexedDoc", "SourceIndex", "index_info"]

INDEX_FILE = "sources.sqlite3"
#: bumped when what the index holds changes (the stems, the tables): an index of another format is refused
INDEX_FORMAT = 1
#: :meth:`SourceIndex.holding` asks whether the documents holding an article's quoted runs are one text (its
#: duplicates, the same bytes) only when they are at most this many rows: more are more than one text's copies
_ALONE_ROWS = 16
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,      -- the resolved path: a document's identity
    path TEXT NOT NULL,            -- the path as found under the PATHs given
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    n_terms INTEGER NOT NULL,
    terms BLOB NOT NULL,           -- zlib of the stems joined by spaces
    text BLOB NOT NULL             -- zlib of the text as read (UTF-8)
);
CREATE INDEX docs_sha ON docs(sha256);
CREATE INDEX docs_date ON docs(date);
CREATE VIRTUAL TABLE fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row');
"""


@dataclass(frozen=True)
class IndexedDoc:
    """A document as the build hands it to the index."""

    key: str
    path: str
    sha256: str
    size: int
    mtime_ns: int
    title: str
    date: str
    terms: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Candidate:
    """A document retrieved for a query: its row, path, hash, title, date and stems (as a set, and in the text's
    order in ``stems``), and its BM25 score (or the ratio of :meth:`SourceIndex.contained` for a document found
    that way)."""

    id: int
    path: str
    key: str
    sha256: str
    title: str
    date: str
    terms: frozenset[str]
    bm25: float
    stems: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndexInfo:
    path: Path
    documents: int
    distinct_texts: int
    terms: int
    bytes: int
    dated: int


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


def _unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


class SourceIndex:
    """An open index. ``SourceIndex.open(DIR)`` reads an existing one (a missing or corrupt index is an
    :class:`InputError`); ``SourceIndex.open(DIR, create=True)`` makes it when absent. Use it in ``with``."""

    def __init__(self, folder: Path, connection: sqlite3.Connection) -> None:
        self.folder = folder
        self.db = connection
        self._n: int | None = None
        #: document frequencies copied from FTS5's vocabulary at the end of a build (``doc_freq``: a lookup there
        #: takes microseconds; ``fts_vocab`` reads each term's whole list of documents); dropped by any change
        #: to the documents, so that a stale copy is never read (``fts_vocab`` is read meanwhile)
        self.has_doc_freqs = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'doc_freq'").fetchone()[0] > 0

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, folder: str | Path, *, create: bool = False) -> SourceIndex:
        folder = Path(folder)
        file = folder / INDEX_FILE
        if not file.is_file():
            if not create:
                what = "is not a folder" if folder.exists() and not folder.is_dir() else "holds no index"
                msg = f"{folder}: {what} (build one with: pressalign index build PATH... --index {folder})"
                raise InputError(msg)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                msg = f"{folder}: cannot create the index folder ({exc.strerror or exc})"
                raise OutputError(msg) from None
        try:
            db = sqlite3.connect(str(file), isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
            if not tables and create:
                db.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
                db.execute("INSERT INTO meta VALUES ('format', ?)", (str(INDEX_FORMAT),))
                tables = {"meta", "docs", "fts"}
            if not {"meta", "docs", "fts"} <= tables:
                msg = f"{file}: not a pressalign source index"
                raise InputError(msg)
            row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        except sqlite3.Error as exc:
            msg = f"{file}: not a readable source index ({exc})"
            raise InputError(msg) from None
        if row is None or row[0] != str(INDEX_FORMAT):
            msg = (f"{file}: an index of format {row[0] if row else '?'}, this version reads format {INDEX_FORMAT} "
                   "(build it again in a new folder)")
            raise InputError(msg)
        return cls(folder, db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SourceIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    def known(self) -> dict[str, tuple[int, int, int, str]]:
        """Every document's identity -> (row id, size, mtime_ns, sha256): what the build compares files with."""
        return {key: (i, size, mtime, sha) for i, key, size, mtime, sha in
                self.db.execute("SELECT id, key, size, mtime_ns, sha256 FROM docs")}

    def put(self, docs: Sequence[IndexedDoc]) -> None:
        """Add or replace documents (by identity), in one transaction: a killed build keeps whole batches."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if docs:
                self._drop_doc_freqs()
            for doc in docs:
                old = db.execute("SELECT id FROM docs WHERE key = ?", (doc.key,)).fetchone()
                if old is not None:
                    self._delete(old[0])
                joined = " ".join(doc.terms)
                cur = db.execute(
                    "INSERT INTO docs (key, path, sha256, size, mtime_ns, title, date, n_terms, terms, text) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc.key, doc.path, doc.sha256, doc.size, doc.mtime_ns, doc.title, doc.date, len(doc.terms),
                     _pack(joined), _pack(doc.text)))
                db.execute("INSERT INTO fts (rowid, terms) VALUES (?, ?)", (cur.lastrowid, joined))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._n = None

    def touch(self, updates: Iterable[tuple[int, str, int]]) -> None:
        """A file whose bytes are unchanged but whose path as found or mtime changed: (row id, path, mtime_ns)."""
        self.db.execute("BEGIN IMMEDIATE")
        self.db.executemany("UPDATE docs SET path = ?, mtime_ns = ? WHERE id = ?",
                            [(path, mtime, i) for i, path, mtime in updates])
        self.db.execute("COMMIT")

    def remove(self, ids: Iterable[int]) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for i in ids:
                self._drop_doc_freqs()
                self._delete(i)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self._n = None

    def _delete(self, row: int) -> None:
        (terms,) = self.db.execute("SELECT terms FROM docs WHERE id = ?", (row,)).fetchone()
        self.db.execute("INSERT INTO fts (fts, rowid, terms) VALUES ('delete', ?, ?)", (row, _unpack(terms)))
        self.db.execute("DELETE FROM docs WHERE id = ?", (row,))

    def _drop_doc_freqs(self) -> None:
        if self.has_doc_freqs:
            self.db.execute("DROP TABLE doc_freq")
            self.has_doc_freqs = False

    def refresh_doc_freqs(self) -> None:
        """Copy the document frequencies of every term from FTS5's vocabulary into ``doc_freq`` (the end of a
        build: a few seconds for 100,000 documents, then each query's look-ups are cheap)."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DROP TABLE IF EXISTS doc_freq")
            db.execute("CREATE TABLE doc_freq (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID")
            db.execute("INSERT INTO doc_freq SELECT term, doc FROM fts_vocab")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self.has_doc_freqs = True

    def index_dates(self) -> None:
        """Index the documents' dates (:meth:`dated`), in an index built before the dates were indexed."""
        self.db.execute("CREATE INDEX IF NOT EXISTS docs_date ON docs(date)")

    def optimize(self) -> None:
        """Merge FTS5's segments (faster queries) and reclaim free pages."""
        self.db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ------------------------------------------------------------------ reading
    @property
    def size(self) -> int:
        if self._n is None:
            self._n = int(self.db.execute("SELECT count(*) FROM docs").fetchone()[0])
        return self._n

    def doc_freqs(self, terms: Iterable[str]) -> dict[str, int]:
        """How many documents hold each of ``terms`` (absent terms are left out)."""
        unique = sorted(set(terms))
        out: dict[str, int] = {}
        table = "doc_freq" if self.has_doc_freqs else "fts_vocab"
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT term, doc FROM {table} WHERE term IN ({marks})", chunk))
        return out

    def idf(self, df: int) -> float:
        """A term's weight: ``log(1 + N / df)``, a term no document holds counted as if one did. Smoother than
        BM25's own (never zero, and a duplicate halves nothing in a small index).

        >>> round(SourceIndex.idf_of(0, 1000), 3), round(SourceIndex.idf_of(1000, 1000), 3)
        (6.909, 0.693)
        """
        return self.idf_of(df, self.size)

    @staticmethod
    def idf_of(df: int, n: int) -> float:
        return math.log(1.0 + n / max(df, 1))

    def search(self, terms: Sequence[str], limit: int) -> list[Candidate]:
        """The ``limit`` documents ranked first by BM25 for any of ``terms`` (ties: by path)."""
        if not terms or not self.size:
            return []
        query = " OR ".join(f'"{t}"' for t in terms)
        try:
            hits = self.db.execute("SELECT rowid, bm25(fts) FROM fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT ?",
                                   (query, limit)).fetchall()
        except sqlite3.Error as exc:
            msg = f"{self.folder / INDEX_FILE}: cannot be searched ({exc})"
            raise InputError(msg) from None
        return self._candidates({row: -score for row, score in hits})

    def contained(self, weights: dict[str, float], limit: int, min_hits: int) -> list[Candidate]:
        """The ``limit`` documents made most of the terms ``weights`` weighs (an article's rare terms): the summed
        weights of those a document holds over its length in stems (plus 10, so that a few words do not make a
        document), best first (ties: by path); a document holding fewer than ``min_hits`` of them is left out.
        A short source read out in a long article is found this way when BM25, which favours the documents
        holding many of the article's terms, does not rank it. ``bm25`` holds that ratio."""
        held: dict[int, float] = {}
        hits: dict[int, int] = {}
        try:
            for term, weight in weights.items():
                for (row,) in self.db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (f'"{term}"',)):
                    held[row] = held.get(row, 0.0) + weight
                    hits[row] = hits.get(row, 0) + 1
        except sqlite3.Error as exc:
            msg = f"{self.folder / INDEX_FILE}: cannot be searched ({exc})"
            raise InputError(msg) from None
        rows = sorted(r for r, n in hits.items() if n >= min_hits)
        length: dict[int, int] = {}
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            marks = ",".join("?" * len(chunk))
            length.update(self.db.execute(f"SELECT id, n_terms FROM docs WHERE id IN ({marks})", chunk))
        ratio = {r: round(held[r] / (n + 10), 9) for r, n in length.items()}
        return self._candidates({r: ratio[r] for r in sorted(ratio, key=lambda r: (-ratio[r], r))[:limit]})

    def holding(self, runs: Iterable[Sequence[str]], limit: int, min_runs: int, alone: int = 0) -> list[Candidate]:
        """The ``limit`` documents holding the most of ``runs`` (sequences of terms: an article's quoted runs), each
        as a phrase (its terms consecutive, in order), best first (ties: by path); a document holding fewer than
        ``min_runs`` of them is left out. ``bm25`` holds the count. A short text an article quotes word for word,
        which BM25 ranks below the texts holding the article's other names, is found this way. With ``alone``, a
        text that is the only one holding any of the runs (its duplicates, the same bytes, are the same text) is
        kept when it holds at least ``alone`` of them, whatever ``min_runs``."""
        held: dict[int, int] = {}
        try:
            for run in runs:
                phrase = '"' + " ".join(run) + '"'
                for (row,) in self.db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (phrase,)):
                    held[row] = held.get(row, 0) + 1
            if alone and min_runs > alone and held and len(held) <= _ALONE_ROWS and max(held.values()) >= alone:
                marks = ",".join("?" * len(held))
                texts = self.db.execute(f"SELECT COUNT(DISTINCT sha256) FROM docs WHERE id IN ({marks})",
                                        list(held)).fetchone()[0]
                if texts == 1:
                    min_runs = alone
        except sqlite3.Error as exc:
            msg = f"{self.folder / INDEX_FILE}: cannot be searched ({exc})"
            raise InputError(msg) from None
        rows = sorted((r for r, n in held.items() if n >= min_runs), key=lambda r: (-held[r], r))[:limit]
        return self._candidates({r: float(held[r]) for r in rows})

    def dated(self, first: str, last: str, limit: int) -> list[Candidate]:
        """The ``limit`` documents dated from ``first`` to ``last`` (ISO dates), the latest first (ties: by path);
        ``bm25`` holds nothing (0). An undated document is never one of them."""
        try:
            rows = [r for (r,) in self.db.execute(
                "SELECT id FROM docs WHERE date != '' AND date BETWEEN ? AND ? ORDER BY date DESC, path, key "
                "LIMIT ?", (first, last, limit))]
        except sqlite3.Error as exc:
            msg = f"{self.folder / INDEX_FILE}: cannot be searched ({exc})"
            raise InputError(msg) from None
        order = {r: i for i, r in enumerate(rows)}
        return sorted(self._candidates(dict.fromkeys(rows, 0.0)), key=lambda c: order[c.id])

    def _candidates(self, score: dict[int, float]) -> list[Candidate]:
        """The rows ``score`` names as candidates (their score in ``bm25``), best first (ties: by path)."""
        if not score:
            return []
        marks = ",".join("?" * len(score))
        rows = self.db.execute(f"SELECT id, path, key, sha256, title, date, terms FROM docs WHERE id IN ({marks})",
                               list(score)).fetchall()
        found = []
        for i, path, key, sha, title, day, terms in rows:
            stems = tuple(_unpack(terms).split())
            found.append(Candidate(i, path, key, sha, title, day, frozenset(stems), score[i], stems))
        return sorted(found, key=lambda c: (-round(c.bm25, 9), c.path, c.key))

    def text(self, row: int) -> str:
        (blob,) = self.db.execute("SELECT text FROM docs WHERE id = ?", (row,)).fetchone()
        return _unpack(blob)

    def info(self) -> IndexInfo:
        docs, distinct, dated = self.db.execute(
            "SELECT count(*), count(DISTINCT sha256), sum(date != '') FROM docs").fetchone()
        terms = self.db.execute("SELECT count(*) FROM fts_vocab").fetchone()[0]
        size = sum(p.stat().st_size for p in self.folder.glob(INDEX_FILE + "*") if p.is_file())
        return IndexInfo(self.folder, docs, distinct, terms, size, dated or 0)


def index_info(folder: str | Path) -> IndexInfo:
    """Counts and size of the index in ``folder``."""
    with SourceIndex.open(folder) as index:
        return index.info()
