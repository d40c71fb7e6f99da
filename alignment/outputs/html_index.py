"""The index page of a batch: one self-contained HTML table of the pairs (coverage, support, quote verdicts,
omissions and additions), sortable by any column, each pair linking to its own HTML report.

As in the report (:mod:`alignment.outputs.html`), every text that comes from an input — pair ids, file names,
errors — reaches the page only through Jinja2 with autoescaping on, and every link is a relative path with each
part percent-encoded; the page's policy forbids every fetch and admits only its own style sheet and script.
The script sorts the table by moving its rows (no HTML is ever parsed). The output is deterministic.

>>> from alignment.outputs.html_index import report_link
>>> report_link("pairs", "a b#1", "report.html")
'pairs/a%20b%231/report.html'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from alignment.model import QuoteStatus, verdict
from alignment.outputs.html import render_page

__all__ = ["INDEX_FILE", "index_html", "report_link"]

INDEX_FILE = "index.html"


@dataclass(frozen=True)
class _Cell:
    text: str
    sort: str  # the value the column sorts by: a number, or the text folded; "" sorts last


@dataclass(frozen=True)
class _Row:
    pair_id: str
    link: str  # "" when the pair has no report (it failed)
    status: str
    error: str
    source: str
    derivative: str
    cells: tuple[_Cell, ...]


def report_link(*parts: str) -> str:
    """A relative link to a file below the index, each folder or file name percent-encoded."""
    return "/".join(quote(p, safe="") for p in parts)


def _number(row: Mapping[str, Any], key: str, percent: bool = False) -> _Cell:
    value = row.get(key, "")
    if value in ("", None) or row.get("status") == "error":
        return _Cell("—", "")
    x = float(value)
    return _Cell(f"{100 * x:.0f}%" if percent else f"{x:g}", f"{x:.6f}")


#: the numeric columns after pair, files and status: (header, what it counts, summary key, shown as a percent)
def _columns() -> tuple[tuple[str, str, str, bool], ...]:
    quotes = tuple((f"{verdict(k).symbol} {verdict(k).label}", f"quotes: {verdict(k).meaning}", f"quotes_{k}", False)
                   for k in map(str, QuoteStatus))
    return (
        ("Statement used", "share of the statement's content found in the article", "source_coverage", True),
        ("Article supported", "share of the article's content found in the statement", "derivative_support", True),
        *quotes,
        ("Omitted", "statement segments the article leaves out", "source_omitted", False),
        ("Added", "article segments the statement does not support", "derivative_added", False),
    )


def index_html(rows: Sequence[Mapping[str, Any]], links: Sequence[str], *, title: str = "") -> str:
    """The index page of ``rows`` (summary rows: ``pair_id``, ``source``, ``derivative``, ``status``, ``error``
    and the flattened report summary, as summary.csv holds them), in their order; ``links[i]`` is the relative
    link to row ``i``'s report, ``""`` for none."""
    columns = _columns()
    views = [
        _Row(
            pair_id=str(row.get("pair_id", "")), link=link, status=str(row.get("status", "")),
            error=str(row.get("error", "") or ""), source=str(row.get("source", "")),
            derivative=str(row.get("derivative", "")),
            cells=tuple(_number(row, key, percent) for _, _, key, percent in columns),
        )
        for row, link in zip(rows, links, strict=True)
    ]
    failed = sum(1 for v in views if v.status == "error")
    return render_page(
        "index.html.j2", ("index.css",), "index.js",
        title=title, rows=views, failed=failed,
        headers=[{"text": text, "title": meaning} for text, meaning, _, _ in columns],
    )
