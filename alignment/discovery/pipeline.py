"""From discovery to comparison: find each article's sources, then compare each article with each source of
its cover through the batch run (its outputs, resume and Dask cluster), the match table beside them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from alignment.batch import BatchResult, run_batch
from alignment.discovery.export import find_csv
from alignment.discovery.find import ArticleMatches, FindConfig, find_sources
from alignment.errors import OutputError
from alignment.outputs.csv_tables import csv_text
from alignment.outputs.files import write_atomic

__all__ = ["MANIFEST_FILE", "MATCHES_FILE", "batch_from_index", "discovery_manifest"]

#: the pairs found, as a batch manifest (absolute paths), and find's table, in the batch's output folder
MANIFEST_FILE = "discovery-manifest.csv"
MATCHES_FILE = "matches.csv"
_UNSAFE_ID = re.compile(r"[^\w.\-]+")


def discovery_manifest(results: Sequence[ArticleMatches], articles: Sequence[str | Path]) -> str:
    """A batch manifest pairing each article with each source of its cover (``pair_id``: the article's number,
    the source's rank and the article's name)."""
    rows = []
    for number, (found, article) in enumerate(zip(results, articles, strict=True), 1):
        stem = _UNSAFE_ID.sub("_", Path(article).stem)[:80].strip("._-") or "article"
        for m in found.matches:
            if m.cover:
                rows.append([f"{number:04d}-{m.rank}-{stem}", m.key or str(Path(m.source).resolve()),
                             str(Path(article).resolve())])
    return csv_text(("pair_id", "source", "derivative"), rows, safe=False)


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
    **batch_options: object,
) -> tuple[list[ArticleMatches], BatchResult]:
    """Find the sources of ``articles`` in ``index`` and run the batch comparison of every pair found into
    ``output``: the batch's files, plus ``matches.csv`` (find's table) and ``discovery-manifest.csv`` (the
    pairs, the manifest the batch ran)."""
    config = (config or FindConfig()).validate()
    out = Path(output)
    if out.exists() and not out.is_dir():
        msg = f"{out}: the batch output must be a folder"
        raise OutputError(msg)
    results = find_sources(articles, index, config, workers=workers, scheduler=scheduler, encoding=encoding)
    results = [replace(r, derivative=str(a)) for r, a in zip(results, articles, strict=True)]
    manifest = out / MANIFEST_FILE
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"{out}: cannot create the output folder ({exc.strerror or exc})"
        raise OutputError(msg) from None
    write_atomic({manifest: discovery_manifest(results, articles),
                  out / MATCHES_FILE: find_csv(results, safe=csv_safe)}, protect=[Path(a) for a in articles])
    if not any(m.cover for r in results for m in r.matches):  # nothing to compare: the match table says so
        return results, BatchResult(out, (), 0, 0, (manifest, out / MATCHES_FILE))
    batch = run_batch(manifest, out, config.compare, encoding=encoding, workers=workers, scheduler=scheduler,
                      force=force, csv_safe=csv_safe, **batch_options)  # type: ignore[arg-type]
    return results, batch
