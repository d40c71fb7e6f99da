"""From discovery to comparison: find each article's sources, then compare each article with each source of
its cover through the batch run (its outputs, resume and Dask cluster), the match table beside them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from alignment.batch import BatchResult, run_batch
from alignment.discovery.export import FIND_CSV_COLUMNS, find_rows
from alignment.discovery.find import ArticleMatches, FindConfig, find_sources
from alignment.errors import OutputError
from alignment.outputs.csv_tables import csv_text
from alignment.outputs.files import write_atomic

__all__ = ["MANIFEST_FILE", "MATCHES_FILE", "batch_from_index", "discovery_manifest", "matches_table"]

#: the pairs found, as a batch manifest (absolute paths), and find's table, in the batch's output folder
MANIFEST_FILE = "discovery-manifest.csv"
MATCHES_FILE = "matches.csv"
_UNSAFE_ID = re.compile(r"[^\w.\-]+")


def _pairs(results: Sequence[ArticleMatches], articles: Sequence[str | Path]) -> list[tuple[int, int, str, str, str]]:
    """Each pair to compare: (article number, rank, pair_id, source, derivative), the article with each source
    of its cover (``pair_id``: the article's number, the source's rank and the article's name)."""
    pairs = []
    for number, (found, article) in enumerate(zip(results, articles, strict=True), 1):
        stem = _UNSAFE_ID.sub("_", Path(article).stem)[:80].strip("._-") or "article"
        for m in found.matches:
            if m.cover:
                pairs.append((number, m.rank, f"{number:04d}-{m.rank}-{stem}", m.key or str(Path(m.source).resolve()),
                              str(Path(article).resolve())))
    return pairs


def discovery_manifest(results: Sequence[ArticleMatches], articles: Sequence[str | Path]) -> str:
    """A batch manifest pairing each article with each source of its cover."""
    return csv_text(("pair_id", "source", "derivative"), [p[2:] for p in _pairs(results, articles)], safe=False)


def matches_table(results: Sequence[ArticleMatches], articles: Sequence[str | Path],
                  statuses: Mapping[str, str] | None = None, *, safe: bool = True, excel: bool = False) -> str:
    """find's table with the batch's pair of each match in the cover: ``pair_id`` and ``batch_status`` (the
    status of its row in summary.csv, ``ok`` or ``error``; ``pending`` before the batch has run it, or when it
    has not: an interrupted batch). Matches outside the cover and articles without a match have neither."""
    ids: dict[tuple[int, object], str] = {(number, rank): pair_id
                                          for number, rank, pair_id, _, _ in _pairs(results, articles)}
    rows = []
    for number, found in enumerate(results, 1):
        for row in find_rows([found]):
            pair_id = ids.get((number, row[1]), "") if row[1] != "" and row[10] == "match" else ""
            rows.append([*row, pair_id, (statuses or {}).get(pair_id, "pending") if pair_id else ""])
    return csv_text((*FIND_CSV_COLUMNS, "pair_id", "batch_status"), rows, safe=safe, excel=excel)


def batch_from_index(
    articles: Sequence[str | Path],
    index: str | Path,
    output: str | Path,
    config: FindConfig | None = None,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    encoding: str | None = None,
    csv_safe: bool = True,
    force: bool = False,
    excel_csv: bool = False,
    input_format: str = "auto",
    **batch_options: object,
) -> tuple[list[ArticleMatches], BatchResult]:
    """Find the sources of ``articles`` in ``index`` and run the batch comparison of every pair found into
    ``output``: the batch's files, plus ``matches.csv`` (find's table, with each pair's ``pair_id`` and
    ``batch_status``) and ``discovery-manifest.csv`` (the pairs, the manifest the batch ran). ``input_format``
    reads the articles (for find and for the batch) and the sources' files in the batch; ``excel_csv`` writes
    matches.csv like the batch's tables. matches.csv is written (atomically) before the batch, every pair
    ``pending``, and again after it with each pair's status in summary.csv."""
    config = (config or FindConfig()).validate()
    out = Path(output)
    if out.exists() and not out.is_dir():
        msg = f"{out}: the batch output must be a folder"
        raise OutputError(msg)
    results = find_sources(articles, index, config, workers=workers, scheduler=scheduler, encoding=encoding,
                           input_format=input_format)
    results = [replace(r, derivative=str(a)) for r, a in zip(results, articles, strict=True)]
    manifest, table = out / MANIFEST_FILE, out / MATCHES_FILE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"{out}: cannot create the output folder ({exc.strerror or exc})"
        raise OutputError(msg) from None
    protect = [Path(a) for a in articles]
    write_atomic({manifest: discovery_manifest(results, articles),
                  table: matches_table(results, articles, safe=csv_safe, excel=excel_csv)}, protect=protect)
    if not any(m.cover for r in results for m in r.matches):  # nothing to compare: the match table says so
        return results, BatchResult(out, (), 0, 0, (manifest, table))
    batch = run_batch(manifest, out, config.compare, encoding=encoding, workers=workers, scheduler=scheduler,
                      force=force, csv_safe=csv_safe, excel_csv=excel_csv, input_format=input_format,
                      **batch_options)  # type: ignore[arg-type]
    statuses = {str(row["pair_id"]): str(row["status"]) for row in batch.rows}
    write_atomic({table: matches_table(results, articles, statuses, safe=csv_safe, excel=excel_csv)},
                 protect=protect)
    return results, batch
