"""The HTML report: one self-contained page (inline CSS and JavaScript, nothing fetched), and a compact
view of the same for notebooks (``Report._repr_html_``).

Every piece of text that comes from an input — both documents, their file names, quotes, details, the
options — reaches the page only through Jinja2 with autoescaping on, so a document holding ``<script>``,
``onerror=`` or ``</style>`` shows as text. The page's Content-Security-Policy forbids every fetch
(``default-src 'none'``) and allows only the page's own style sheet and script, by their SHA-256 hashes, so
even markup that slipped through could neither run nor load anything. The script builds its panels with
``textContent`` and ``createElement`` only, never from HTML strings, and the policy enforces it: with
``require-trusted-types-for 'script'`` and no Trusted Types policy allowed, any ``innerHTML``, ``eval`` or
``javascript:`` sink would throw instead of running.

The output is deterministic: the same report gives byte-identical HTML (no clock, no random nonce).

>>> from alignment.outputs.html import status_label
>>> status_label("not_a_claim")
'not a claim'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alignment.model import (
    DIFF_LABELS,
    DISCREPANCY_KINDS,
    VERDICTS,
    DerivativeStatus,
    Quote,
    QuoteStatus,
    SourceStatus,
    salience_rank,
    verdict,
)

if TYPE_CHECKING:
    import jinja2

    from alignment.report import Report, Side

__all__ = ["notebook_html", "page_policy", "render_page", "report_html"]

SOURCE_STATUSES = tuple(map(str, SourceStatus))
DERIVATIVE_STATUSES = tuple(map(str, DerivativeStatus))
QUOTE_STATUSES = tuple(map(str, QuoteStatus))
#: what each status and verdict means, for legends and tooltips (from the one table, :data:`alignment.model.VERDICTS`)
STATUS_MEANING = {value: v.meaning for value, v in VERDICTS.items()}


def status_label(status: str) -> str:
    return verdict(status).label


# ---------------------------------------------------------------------------------------------- view model
@dataclass
class _QuoteView:
    id: str
    status: str
    label: str  # the verdict in words (VERDICTS): "not in the statement" for ``unsupported``
    icon: str
    meaning: str
    score: float
    text: str
    short: str  # the text on one line, clipped (the fact-check summary)
    derivative_id: str
    source_id: str
    source_text: str
    scare_quote: bool
    closed: bool
    problem: bool
    steps: list[dict[str, str]]
    changes: list[dict[str, str]]
    title: str


@dataclass
class _Atom:
    """A run of text inside which no detail or quote passage starts or ends."""

    text: str
    detail: int | None = None  # index of the unsupported detail covering this run
    detail_kind: str = ""  # its kind: "name", "number", "date" or "word"
    qsrc: str = ""  # space-separated ids of the quotes whose source passage covers this run


@dataclass
class _Run:
    """Consecutive atoms inside one quote (``quote`` set) or outside any; ``badge``: the quote ends here."""

    quote: _QuoteView | None
    atoms: list[_Atom]
    badge: bool = False


@dataclass
class _SegView:
    id: str
    status: str
    status_class: str
    kind: str
    score: float
    links: str  # "D1 D5": the counterparts
    pairs: str  # "D1:paraphrase:0.91 D5:partial:0.50 D7:context:0.30": every alignment, context included
    title: str
    runs: list[_Run]
    has_problem_quote: bool = False
    has_details: bool = False
    context: str = ""  # "D7": the link model's context links, listed apart from the counterparts
    reason: str = ""  # why it has its status (Segment.reason)


@dataclass
class _Cell:
    """One cell of a pipe table: its parts in order, each ``(hidden, runs)``; the hidden parts are the pipes
    and the line breaks, kept in the page (so the column's text is the document's) but not shown."""

    parts: list[tuple[bool, list[_Run]]] = field(default_factory=list)


@dataclass
class _TableRow:
    segment: _SegView
    cells: list[_Cell]
    header: bool  # a header row: its cells are <th>
    rule: bool  # the ---|--- line under the header: not shown


@dataclass
class _Piece:
    """What a document column is made of, in order: segments, the text between them, and pipe tables (runs of
    table rows, each a segment)."""

    segment: _SegView | None
    runs: list[_Run] = field(default_factory=list)
    table: list[_TableRow] = field(default_factory=list)


def _quote_view(q: Quote) -> _QuoteView:
    status = str(q.status)
    steps = []
    for d in q.diff:
        steps.append({"op": d.op, "quote": d.quote_text, "source": d.source_text, "label": DIFF_LABELS.get(d.op, d.op)})
    changes = [s for s in steps if s["op"] != "equal"]
    pieces = [f"{q.id}: {verdict(status).label} — {verdict(status).meaning or status}"]
    if q.source_text:
        pieces.append(f"Statement ({q.source_id or '?'}): “{q.source_text}”")
    for c in changes:
        if c["op"] in ("variant", "replace"):
            pieces.append(f"{c['label']}: “{c['source']}” → “{c['quote']}”")
        elif c["op"] in ("insert", "editorial"):
            pieces.append(f"{c['label']}: “{c['quote']}”")
        else:
            pieces.append(f"{c['label']}: “{c['source']}”")
    return _QuoteView(
        id=q.id, status=status, label=verdict(status).label, icon=verdict(status).symbol,
        meaning=verdict(status).meaning or status,
        score=q.score, text=q.text, short=_clip(q.text, 120), derivative_id=q.derivative_id, source_id=q.source_id,
        source_text=q.source_text, scare_quote=q.scare_quote, closed=q.closed, problem=verdict(status).problem,
        steps=steps, changes=changes, title="\n".join(pieces),
    )


def _span_runs(
    text: str, start: int, end: int, *,
    quotes: Sequence[tuple[int, int, _QuoteView]] = (),
    details: Sequence[tuple[int, int, int, str]] = (),
    passages: Sequence[tuple[int, int, str]] = (),
) -> list[_Run]:
    """Cut ``text[start:end]`` at every boundary of a quote, detail or quote passage inside it.

    A quote is one run, so its frame is drawn unbroken (but where a quotation nested in it has its own); details and
    passages are atoms inside runs.
    """
    cuts = {start, end}
    edges = [(q[0], q[1]) for q in quotes] + [(d[0], d[1]) for d in details] + [(p[0], p[1]) for p in passages]
    for lo, hi in edges:
        for x in (lo, hi):
            if start < x < end:
                cuts.add(x)
    runs: list[_Run] = []
    for lo, hi in pairwise(sorted(cuts)):
        # the innermost quote holding the piece: a quotation nested in another has its own frame and badge
        inner = max(((qlo, -qhi, qv) for qlo, qhi, qv in quotes if qlo <= lo and hi <= qhi),
                    key=lambda c: (c[0], c[1]), default=None)
        quote = (-inner[1], inner[2]) if inner else None
        detail = next(((i, kind) for dlo, dhi, i, kind in details if dlo <= lo and hi <= dhi), None)
        atom = _Atom(
            text[lo:hi],
            detail=detail[0] if detail else None,
            detail_kind=detail[1] if detail else "",
            qsrc=" ".join(qid for plo, phi, qid in passages if plo <= lo and hi <= phi),
        )
        qv = quote[1] if quote else None
        if runs and runs[-1].quote is qv and not runs[-1].badge:
            runs[-1].atoms.append(atom)
        else:
            runs.append(_Run(qv, [atom]))
        if quote and hi == quote[0]:
            runs[-1].badge = True
    return runs


#: how many omissions and additions the fact-check summary lists (the filters show them all)
SUMMARY_LIMIT = 5


@dataclass
class _Finding:
    """One line of the fact-check summary: a segment left out or added, with a deep link to it."""

    id: str
    status: str
    label: str
    text: str  # the segment's text on one line, clipped


def _clip(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with an ellipsis.

    >>> _clip(" a   b  c"), _clip("one two three", 9)
    ('a b c', 'one two…')
    """
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] if " " in line[: limit - 1] else line[: limit - 1]
    return cut + "…"


def _main_segments(side: Side, status: str) -> tuple[list[_Finding], int]:
    """The segments of ``side`` with ``status``, longest first (as the terminal lists them; ties in text order),
    the first :data:`SUMMARY_LIMIT` of them, and how many there are in all."""
    found = [s for s in side.segments if s.status == status]
    ranked = sorted(found, key=lambda s: (-(s.end - s.start), s.start, s.id))[:SUMMARY_LIMIT]
    return [_Finding(s.id, s.status, status_label(s.status), _clip(s.text)) for s in ranked], len(found)


# ---------------------------------------------------------------------------------------------- pipe tables
_TABLE_KINDS = frozenset({"table_header", "table_row"})
_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*")


def _runs_text(runs: Sequence[_Run]) -> str:
    return "".join(a.text for r in runs for a in r.atoms)


def _cut_runs(runs: Sequence[_Run], cuts: Sequence[int]) -> list[list[_Run]]:
    """``runs`` cut at the offsets ``cuts`` (ascending, into their text): ``len(cuts) + 1`` lists of runs. A quote
    cut in two keeps its frame in both parts and its badge in the last."""
    out: list[list[_Run]] = [[]]
    pos, ci = 0, 0
    for run in runs:
        last: _Run | None = None
        for atom in run.atoms:
            text = atom.text
            while text:
                if ci < len(cuts) and cuts[ci] <= pos:
                    out.append([])
                    ci, last = ci + 1, None
                    continue
                take = cuts[ci] - pos if ci < len(cuts) else len(text)
                piece, text = text[:take], text[take:]
                if last is None:
                    last = _Run(run.quote, [])
                    out[-1].append(last)
                last.atoms.append(replace(atom, text=piece))
                pos += len(piece)
        if run.badge and last is not None:
            last.badge = True
    out.extend([] for _ in range(len(cuts) - ci))
    return out


def _table_row(seg: _SegView) -> _TableRow:
    """A table row segment as cells: each pipe (hidden) closes a cell, but one that opens the row."""
    text = _runs_text(seg.runs)
    pipes = [i for i, c in enumerate(text) if c == "|"]
    parts = _cut_runs(seg.runs, [x for i in pipes for x in (i, i + 1)])
    cells: list[_Cell] = []
    current = _Cell()
    for k, runs in enumerate(parts):
        if not runs:
            continue
        pipe = k % 2 == 1
        if not pipe:
            hidden = bool(cells) and not current.parts and not _runs_text(runs).strip() and k == len(parts) - 1
            (cells[-1] if hidden else current).parts.append((hidden, runs))  # spaces after the last pipe: hidden
            continue
        current.parts.append((True, runs))
        opens = not cells and not _runs_text([r for h, rs in current.parts if not h for r in rs]).strip()
        if not opens:
            cells.append(current)
            current = _Cell()
    if current.parts:
        cells.append(current)
    rule = bool(_RULE.fullmatch(text))
    return _TableRow(seg, cells or [_Cell([(False, seg.runs)])], header=seg.kind == "table_header", rule=rule)


def _with_tables(pieces: list[_Piece]) -> list[_Piece]:
    """Consecutive table rows (one line break apart) gathered into one table piece; the line breaks between the
    rows go, hidden, into the last cell of the row before."""
    def row_of(k: int) -> _SegView | None:
        seg = pieces[k].segment if k < len(pieces) else None
        return seg if seg is not None and seg.kind in _TABLE_KINDS else None

    out: list[_Piece] = []
    i = 0
    while i < len(pieces):
        first = row_of(i)
        if first is None:
            out.append(pieces[i])
            i += 1
            continue
        rows = [_table_row(first)]
        i += 1
        while i < len(pieces):
            nxt = pieces[i]
            row = row_of(i)
            if row is not None:
                rows.append(_table_row(row))
                i += 1
                continue
            between = _runs_text(nxt.runs) if nxt.segment is None else "x"
            if row_of(i + 1) is not None and not between.strip() and between.count("\n") == 1:
                rows[-1].cells[-1].parts.append((True, nxt.runs))
                i += 1
                continue
            break
        out.append(_Piece(None, [], rows))
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _side_pieces(
    side: Side, *, name: str, known: Sequence[str], pairs: dict[str, list[tuple[str, str, float]]],
    quotes: Sequence[tuple[int, int, _QuoteView]], passages: Sequence[tuple[int, int, str]],
    problem_segments: set[str],
) -> list[_Piece]:
    text = side.text
    pieces: list[_Piece] = []
    pos = 0

    def gap(lo: int, hi: int) -> None:
        if hi > lo:
            pieces.append(_Piece(None, _span_runs(text, lo, hi, quotes=quotes, passages=passages)))

    other = "article" if name == "statement" else "statement"
    for s in sorted(side.segments, key=lambda s: (s.start, s.end, s.id)):
        start, end = max(s.start, pos), min(max(s.end, s.start), len(text))
        if end <= start:  # an overlapping or empty segment: nothing left of it to show
            continue
        gap(pos, start)
        details = [(d.start, d.end, i, d.kind) for i, d in enumerate(s.unsupported_details)]
        every = pairs.get(s.id, [])
        links = [x for x in every if x[1] != "context"]
        context = [x for x in every if x[1] == "context"]
        title = [f"{s.id} · {status_label(s.status)} · {s.kind}"]
        if s.is_claim:
            title.append(f"{_pct(s.score)} of its content found in the {other}")
        if links:
            title.append(f"aligned with {', '.join(x[0] for x in links)}")
        if context:
            title.append(f"context: {', '.join(x[0] for x in context)}")
        if s.unsupported_details:
            # names, numbers, dates and places first (alignment.model.DETAIL_SALIENCE)
            title.append("unsupported: " + "; ".join(d.text for d in sorted(s.unsupported_details, key=salience_rank)))
        if s.reason:
            title.append(f"why: {s.reason}")
        view = _SegView(
            id=s.id, status=s.status, status_class=s.status if s.status in known else "unknown",
            kind=str(s.kind), score=s.score, links=" ".join(x[0] for x in links),
            pairs=" ".join(f"{other_id}:{label}:{score:.2f}" for other_id, label, score in every),
            context=" ".join(x[0] for x in context),
            title=" — ".join(title),
            runs=_span_runs(text, start, end, quotes=quotes, details=details, passages=passages),
            has_problem_quote=s.id in problem_segments, has_details=bool(s.unsupported_details),
            reason=s.reason,
        )
        pieces.append(_Piece(view, []))
        pos = end
    gap(pos, len(text))
    return _with_tables(pieces)


#: the strip's bars are as tall as the text is used, so the strip reads without colour too
#: the height of a segment's mark in the overview strip, by tone: the more of it is used, the taller
_STRIP_HEIGHT = {"use": 24, "close": 24, "part": 14, "miss": 6, "none": 3}


def _strip(side: Side, known: Sequence[str]) -> list[dict[str, Any]]:
    """Rectangles of the coverage strip: each segment's place along its document, in 0..1000."""
    n = max(len(side.text), 1)
    rects = []
    for s in side.segments:
        x = 1000 * s.start / n
        w = max(1000 * (s.end - s.start) / n, 1.0)
        cls = s.status if s.status in known else "unknown"
        height = _STRIP_HEIGHT[verdict(cls).tone]
        rects.append({"id": s.id, "x": f"{x:.1f}", "w": f"{w:.1f}", "y": 24 - height, "h": height, "cls": cls,
                      "title": f"{s.id} · {status_label(s.status)} — {' '.join(s.text.split())[:120]}"})
    return rects


def _context(report: Report, *, compact: bool) -> dict[str, Any]:
    summary = report.summary
    qviews = [_quote_view(q) for q in report.quotes]
    by_id = {qv.id: qv for qv in qviews}
    der_quotes = [(q.mark_start, q.mark_end, by_id[q.id]) for q in report.quotes]
    passages = [(q.source_start, q.source_end, q.id) for q in report.quotes if q.source_start >= 0]

    src_pairs: dict[str, list[tuple[str, str, float]]] = {}
    der_pairs: dict[str, list[tuple[str, str, float]]] = {}
    for a in sorted(report.alignments, key=lambda a: (-a.score, a.source_id, a.derivative_id)):
        src_pairs.setdefault(a.source_id, []).append((a.derivative_id, str(a.label), a.score))
        der_pairs.setdefault(a.derivative_id, []).append((a.source_id, str(a.label), a.score))

    # the segments a problem quote (or its passage) touches: a quotation may run over several segments
    problems = [q for q in report.quotes if verdict(q.status).problem]
    problem_der = {q.derivative_id for q in problems} | {
        s.id for q in problems for s in report.derivative.segments if s.start < q.mark_end and q.mark_start < s.end}
    problem_src = {q.source_id for q in problems if q.source_id} | {
        s.id for q in problems if q.source_start >= 0
        for s in report.source.segments if s.start < q.source_end and q.source_start < s.end}

    src = summary["source"]
    der = summary["derivative"]

    def bar(counts: dict[str, int], order: Sequence[str]) -> list[dict[str, Any]]:
        total = sum(counts.get(k, 0) for k in order) or 1
        out, x = [], 0.0
        for k in order:
            n = counts.get(k, 0)
            w = 100 * n / total
            out.append({"cls": k, "label": status_label(k), "n": n, "x": f"{x:.2f}", "w": f"{w:.2f}"})
            x += w
        return out

    config = report.config.to_dict()
    omissions, n_omissions = _main_segments(report.source, str(SourceStatus.OMITTED))
    additions, n_additions = _main_segments(report.derivative, str(DerivativeStatus.ADDED))
    return {
        "compact": compact,
        "title": f"{Path(report.source.path).name or 'statement'} → {Path(report.derivative.path).name or 'article'}",
        "source_path": report.source.path or "(text)",
        "derivative_path": report.derivative.path or "(text)",
        "summary": summary,
        "coverage": _pct(summary["source_coverage"]),
        "support": _pct(summary["derivative_support"]),
        "src_bar": bar(src, SOURCE_STATUSES),
        "der_bar": bar(der, DERIVATIVE_STATUSES),
        "src_strip": _strip(report.source, SOURCE_STATUSES),
        "der_strip": _strip(report.derivative, DERIVATIVE_STATUSES),
        "quote_counts": [{"status": k, "label": verdict(k).label, "icon": verdict(k).symbol,
                          "n": summary["quotes"].get(k, 0), "meaning": verdict(k).meaning} for k in QUOTE_STATUSES],
        "quotes": qviews,
        # the fact-check summary: quotes to look at, then the longest omissions and additions
        "problem_quotes": [qv for qv in qviews if qv.problem],
        "main_omissions": omissions,
        "main_additions": additions,
        "more_omissions": n_omissions - len(omissions),
        "more_additions": n_additions - len(additions),
        # what the article gets wrong, shown first: a line each, linking to its row in the discrepancies section
        "findings": [{"id": x.id, "label": str(x.kind), "text": f"“{x.text}” where the statement has “{x.source_text}”"}
                     for x in report.discrepancies],
        "summary_limit": SUMMARY_LIMIT,
        "n_src_segments": len(report.source.segments),
        "n_der_segments": len(report.derivative.segments),
        "n_alignments": len(report.alignments),
        "n_problem_quotes": sum(1 for q in qviews if q.problem),
        "n_omitted": src.get("omitted", 0),
        "n_added": der.get("added", 0),
        "config": [(k, v if not isinstance(v, float) else f"{v:g}") for k, v in config.items()],
        "warnings": list(report.warnings),
        "source_pieces": _side_pieces(report.source, name="statement", known=SOURCE_STATUSES, pairs=src_pairs,
                                      quotes=(), passages=passages, problem_segments=problem_src),
        "derivative_pieces": _side_pieces(report.derivative, name="article", known=DERIVATIVE_STATUSES,
                                          pairs=der_pairs, quotes=der_quotes, passages=(),
                                          problem_segments=problem_der),
        "source_statuses": SOURCE_STATUSES,
        "derivative_statuses": DERIVATIVE_STATUSES,
        "status_meaning": STATUS_MEANING,
        "status_label": status_label,
        **_discrepancies_context(report),
    }


def _discrepancies_context(report: Report) -> dict[str, Any]:
    """The discrepancies section (templates/discrepancies.html.j2): each with a few words of context either side
    of both spans, and the counts per kind."""
    der, src = report.derivative.text, report.source.text

    def around(text: str, start: int, end: int, seg_start: int, seg_end: int) -> tuple[str, str]:
        before, after = text[max(seg_start, start - 60):start], text[end:min(seg_end, end + 60)]
        if start - 60 > seg_start:
            before = "…" + before.split(" ", 1)[-1]
        if end + 60 < seg_end:
            after = after.rsplit(" ", 1)[0] + "…"
        return before, after

    rows = []
    for x in report.discrepancies:
        d, s = report.derivative.segment(x.derivative_id), report.source.segment(x.source_id)
        before, after = around(der, x.start, x.end, d.start, d.end)
        source_before, source_after = around(src, x.source_start, x.source_end, s.start, s.end)
        rows.append({"id": x.id, "kind": str(x.kind), "meaning": DISCREPANCY_KINDS.get(str(x.kind), ""),
                     "derivative_id": x.derivative_id, "source_id": x.source_id, "text": x.text,
                     "source_text": x.source_text, "explanation": x.explanation, "before": before, "after": after,
                     "source_before": source_before, "source_after": source_after})
    counts = [(k, n) for k, n in report.summary["discrepancies"].items() if n]
    return {"discrepancies": rows, "discrepancy_counts": counts}


# ---------------------------------------------------------------------------------------------- rendering
def _asset(name: str) -> str:
    from importlib import resources  # here, not at import: the command line loads this module on every run

    return (resources.files("alignment.outputs") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("alignment.outputs", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _sha256(text: str) -> str:
    import base64
    import hashlib

    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def page_policy(css: str, js: str) -> str:
    """The Content-Security-Policy of a page whose only style sheet and script are ``css`` and ``js`` (inline)."""
    if "</" in css or "</" in js:  # the assets are ours; a closing tag inside them would end the element
        raise AssertionError("report assets must not contain '</'")
    return "; ".join([
        "default-src 'none'",
        f"style-src '{_sha256(css)}'",
        f"script-src '{_sha256(js)}'",
        "base-uri 'none'",
        "form-action 'none'",
        # the page's script never turns a string into markup or code: no HTML or script sink may be used at all
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ])


def render_page(template: str, styles: Sequence[str], script: str, **context: Any) -> str:
    """Render one of the package's ``templates/`` with its style sheets and script (asset names) inline, and the
    policy that admits exactly them."""
    from markupsafe import Markup

    css = "".join(_asset(name) for name in styles)
    js = _asset(script)
    csp = page_policy(css, js)
    # css, js and csp are the package's own constants: the only text marked safe
    return _environment().get_template(template).render(**context, css=Markup(css), js=Markup(js), csp=csp)


def _render(report: Report, *, compact: bool) -> str:
    styles = ("report.css",) if compact else ("report.css", "page.css")
    return render_page("report.html.j2", styles, "report.js", **_context(report, compact=compact))


def report_html(report: Report) -> str:
    """The whole report as one self-contained HTML page (UTF-8 text)."""
    return _render(report, compact=False)


def notebook_html(report: Report) -> str:
    """A compact HTML view for notebooks: the summary, both texts coloured by status, the quotes; no script."""
    return _render(report, compact=True)
