"""``batch --html``: each pair's HTML report beside its JSON report, and ``index.html`` at the output's root.

The pages are made at the end of a run, from the pairs' ``report.json`` files (of this run or an earlier one),
after the combined tables: the workers and the resume keys do not change, and a resumed run gives the same
pages as an uninterrupted one.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from alignment.batch.manifest import PairSpec
from alignment.batch.tables import PAIRS_DIR
from alignment.errors import OutputError
from alignment.outputs.files import remove_files, resolved_path, write_atomic

__all__ = ["HTML_FILE", "html_targets", "refuse_html_inputs", "write_html_pages"]

HTML_FILE = "report.html"


def html_targets(out: Path, specs: Sequence[PairSpec]) -> list[Path]:
    """Every file ``--html`` may write: the index and each pair's report page."""
    from alignment.outputs.html_index import INDEX_FILE

    return [out / INDEX_FILE, *(out / PAIRS_DIR / s.pair_id / HTML_FILE for s in specs)]


def refuse_html_inputs(out: Path, specs: Sequence[PairSpec], inputs: frozenset[Path]) -> None:
    """Raise OutputError if a page ``--html`` would write is one of the batch's inputs (checked before any work)."""
    for path in html_targets(out, specs):
        if resolved_path(path) in inputs:
            msg = f"{path}: refusing to overwrite an input file"
            raise OutputError(msg)


def write_html_pages(out: Path, specs: Sequence[PairSpec], rows: Sequence[dict[str, Any]], report_file: str,
                     computed: Collection[int] | None = None) -> list[Path]:
    """Write ``pairs/<pair_id>/report.html`` for each pair that has a report (``report_file`` in its folder),
    remove a failed pair's old page, then write ``index.html`` linking to them; return the files written.

    A pair skipped by this run (its index, ``spec.index``, not in ``computed``) keeps the page it has: its report
    is the one that page was made from (a new version of the tool changes every pair's key, so computes it
    again). ``computed=None`` makes every page. :func:`refuse_html_inputs` has checked every page against the
    inputs before the run."""
    from alignment.outputs.html import report_html
    from alignment.outputs.html_index import INDEX_FILE, index_html, report_link
    from alignment.report import Report

    written: list[Path] = []
    links: list[str] = []
    for spec, row in zip(specs, rows, strict=True):
        folder = out / PAIRS_DIR / spec.pair_id
        page = folder / HTML_FILE
        if row.get("status") != "ok":
            remove_files([page], f"the HTML report of pair {spec.pair_id}")
            links.append("")
            continue
        links.append(report_link(PAIRS_DIR, spec.pair_id, HTML_FILE))
        if computed is not None and spec.index not in computed and page.is_file():
            continue
        try:
            report = Report.from_dict(json.loads((folder / report_file).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            msg = f"{folder / report_file}: cannot be read for its HTML report ({type(exc).__name__}: {exc})"
            raise OutputError(msg.splitlines()[0]) from None
        write_atomic({page: report_html(report)})
        written.append(page)
    index = out / INDEX_FILE
    write_atomic({index: index_html(rows, links, title=out.name)})
    return [*written, index]
