"""Batch runs: every pair of a manifest compared, in parallel processes or on a Dask cluster, resumable.

``run_batch(manifest, output, config)`` returns a :class:`BatchResult`; ``python cli.py batch`` is a thin
layer over it. The manifest is a CSV with the columns ``source``, ``derivative`` and optionally ``pair_id``
(paths relative to the manifest's folder). The output folder holds::

    pairs/<pair_id>/report.json           the JSON report, as ``compare --format json`` writes it
    pairs/<pair_id>/segments.csv …         the three CSV tables, as ``compare --format csv`` writes them
    pairs/<pair_id>/timing.json           the seconds the pair took
    pairs/<pair_id>/result.json           written last: the pair's key, pipeline, summary row and error
    pairs/<pair_id>/report.html           with ``html``: the pair's HTML report (``index_page``)
    index.html                            with ``html``: a sortable table of the pairs, linking to their reports
    summary.csv                           one row per pair: coverage, counts, quote verdicts, error, seconds
    segments.csv alignments.csv quotes.csv  every pair's rows behind a ``pair_id`` column, in manifest order
    *.parquet                             the same four tables, when pyarrow is installed
    tables -> .tables-N                   the current set of those tables: the files above link into it
    .batch.lock                           held while a run writes (another run into the folder is refused)

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
uninterrupted one; they are replaced as one set (a new generation folder, then one link switched).

**Workers.** Pairs run in worker processes (``workers``; each loads the spaCy pipeline once; with one, in this
process) that read the pair's files, compare them and write the pair's folder themselves, sending back only
the summary row: the main process hashes the inputs for resume, hands out pairs and writes the combined tables
at the end. On a Dask distributed cluster (``scheduler``, the optional ``dask`` extra) workers need no shared
disk: the main process sends each pair's bytes and writes the files the worker returns.

The package: ``manifest`` reads the manifest; ``run`` computes the pairs and stores each pair's folder;
``workers`` starts the processes or the Dask client (and ends a worker with its parent); ``tables`` writes the
combined tables; ``lock`` holds the output folder for one run. It may import
everything below the command line (``api``, ``report``, ``outputs``, ``text``, ``config``, ``errors``).
"""

from alignment.batch.manifest import PairSpec, read_manifest
from alignment.batch.run import BatchInterrupted, BatchResult, PairResult, PairTask, run_batch, run_pair
from alignment.batch.tables import summary_columns
from alignment.batch.workers import GC_FIRST_THRESHOLD, default_workers, pipeline_identity, settle_process

__all__ = ["GC_FIRST_THRESHOLD", "BatchInterrupted", "BatchResult", "PairResult", "PairSpec", "PairTask",
           "default_workers", "pipeline_identity", "read_manifest", "run_batch", "run_pair", "settle_process",
           "summary_columns"]
