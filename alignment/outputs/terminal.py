"""The readable summary of a report (what ``compare`` prints): rich tables and colour on a terminal,
plain text everywhere else.

``summary_text`` is the plain text (a pipe, a file, ``NO_COLOR``, ``TERM=dumb``); ``print_summary`` picks
one or the other for the stream it writes to; ``summary_rich`` is the rich version as a renderable.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from typing import IO, TYPE_CHECKING

from alignment.model import DerivativeStatus, QuoteStatus, Segment, SourceStatus, diff_summary, verdict

if TYPE_CHECKING:
    from rich.console import RenderableType

    from alignment.report import Report

__all__ = ["discrepancy_lines", "print_summary", "printable", "summary_rich", "summary_text", "wants_rich"]


#: what a terminal acts on instead of showing (C0 and C1 controls but tab and line feed, DEL) and what reorders the
#: text after it (bidirectional overrides and isolates): a document's text shows them as escapes, so that it can
#: neither drive the reader's terminal (clear it, retitle it, hide lines) nor make a line read other than it is
_UNPRINTABLE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` with control and bidi-override characters shown as escapes.

    >>> printable("a\x1b[2Jb\u202ec")
    'a\\x1b[2Jb\\u202ec'
    """
    return _UNPRINTABLE_RE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                               else f"\\u{ord(m.group()):04x}", text)


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _why(seg: Segment, width: int) -> list[str]:
    """The segment's reason, wrapped under it (``--explain``)."""
    return textwrap.wrap(f"why: {seg.reason}", width=width, initial_indent=" " * 9, subsequent_indent=" " * 14)


def _list(segments: list[Segment], limit: int, width: int, explain: bool = False) -> list[str]:
    lines = []
    for s in sorted(segments, key=lambda s: -(s.end - s.start))[:limit]:
        lines.append(f"  {s.id:>5}  {_clip(s.text, width)}")
        if explain and s.reason:
            lines.extend(_why(s, width))
    if len(segments) > limit:
        lines.append(f"         … and {len(segments) - limit} more (see the CSV or JSON export)")
    return lines


def summary_text(report: Report, *, limit: int = 8, width: int = 100, explain: bool = False) -> str:
    """Coverage, counts per status, the quotes table, the main omissions and additions (``explain``: each listed
    segment with its reason)."""
    s = report.summary
    src, der = s["source"], s["derivative"]
    out = [
        f"Source:     {report.source.path or '(text)'}  ({len(report.source.segments)} segments)",
        f"Derivative: {report.derivative.path or '(text)'}  ({len(report.derivative.segments)} segments)",
        "",
        *discrepancy_lines(report, limit, width),
        f"Source coverage: {_pct(s['source_coverage'])} of the source's content is found in the derivative",
        f"  source claims:     {src['covered']} covered, {src['partial']} partial, {src['omitted']} omitted"
        f"  ({src['not_a_claim']} not claims)",
        f"  derivative claims: {der['supported']} supported, {der['partial']} partial, {der['added']} added"
        f"  ({der['not_a_claim']} not claims)",
        f"  alignments:        {s['alignments']['copy']} copy, {s['alignments']['paraphrase']} paraphrase,"
        f" {s['alignments']['partial']} partial, {s['alignments']['context']} context",
        "",
    ]
    q = s["quotes"]
    out.append(
        f"Quotes: {len(report.quotes)} found — {q['exact']} exact, {q['near']} near, {q['altered']} altered,"
        f" {q['unsupported']} unsupported"
    )
    if report.quotes:
        out.append(f"  {'id':>4}  {'status':<11} {'score':>5}  quote  →  source")
        for quote in report.quotes:
            scare = " (scare quote)" if quote.scare_quote else ""
            source = f"{quote.source_id}: “{_clip(quote.source_text, 50)}”" if quote.source_text else "—"
            out.append(
                f"  {quote.id:>4}  {quote.status!s:<11} {quote.score:5.2f}  “{_clip(quote.text, 60)}”{scare}"
                f"  →  {source}"
            )
            diff = diff_summary(quote.diff)
            if diff and str(quote.status) != "exact":
                out.extend(textwrap.wrap(diff, width=width, initial_indent="        ", subsequent_indent="        "))
    omissions = report.omissions()
    out += ["", f"Omitted from the source ({len(omissions)}), longest first:"]
    out += _list(omissions, limit, width, explain) or ["  none"]
    additions = report.additions()
    out += ["", f"Added by the derivative ({len(additions)}), longest first:"]
    out += _list(additions, limit, width, explain) or ["  none"]
    detailed = report.detailed()
    if detailed:
        out += ["", f"Unsupported details inside supported or partial segments ({s['unsupported_details']}):"]
        for seg in detailed[:limit]:
            out.append(f"  {seg.id:>5}  " + "; ".join(_clip(d.text, 40) for d in seg.unsupported_details))
            if explain and seg.reason:
                out.extend(_why(seg, width))
        if len(detailed) > limit:
            out.append(f"         … and {len(detailed) - limit} more segments")
    if report.warnings:
        out += ["", "Warnings:"] + [f"  {w}" for w in report.warnings]
    return printable("\n".join(out)) + "\n"  # paths, quotes, differences: all of it text from the inputs


def discrepancy_lines(report: Report, limit: int = 8, width: int = 100) -> list[str]:
    """What the article gets wrong, first of all: each discrepancy with both spans and why (nothing when none)."""
    found = report.discrepancies
    if not found:
        return []
    counts = ", ".join(f"{n} {kind}" for kind, n in report.summary["discrepancies"].items() if n)
    out = [f"Discrepancies: {len(found)} where the article restates the source differently — {counts}"]
    for x in found[:limit]:
        out.append(f"  {x.id:>4}  {x.kind!s:<11} {x.derivative_id}: “{_clip(x.text, 40)}”  ≠  "
                   f"{x.source_id}: “{_clip(x.source_text, 40)}”")
        out.extend(textwrap.wrap(printable(x.explanation), width=width, initial_indent=" " * 8,
                                 subsequent_indent=" " * 8))
    if len(found) > limit:
        out.append(f"        … and {len(found) - limit} more (see the CSV or JSON export)")
    return [*out, ""]


# ---------------------------------------------------------------------------------------------- terminal
#: Okabe & Ito colours, as in the HTML report, by tone (:data:`alignment.model.TONES`); every status also has its own
#: symbol (:data:`alignment.model.VERDICTS`), so colour is never alone
_TONE_STYLE = {"use": "bold #56b4e9", "close": "#56b4e9", "part": "bold #e69f00", "miss": "bold #d55e00", "none": "dim"}


def _style(status: str) -> str:
    return _TONE_STYLE[verdict(status).tone]


def wants_rich(stream: IO[str] | None = None) -> bool:
    """True when ``stream`` is a terminal and neither ``NO_COLOR`` (non-empty) nor ``TERM=dumb`` is set.

    >>> import io
    >>> wants_rich(io.StringIO())
    False
    """
    stream = sys.stdout if stream is None else stream
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def print_summary(report: Report, file: IO[str] | None = None, *, limit: int = 8, explain: bool = False) -> None:
    """Write the summary to ``file`` (stdout): rich on a terminal, ``summary_text`` otherwise."""
    stream = sys.stdout if file is None else file
    if not wants_rich(stream):
        stream.write(summary_text(report, limit=limit, explain=explain) + "\n")
        stream.flush()
        return
    from rich.console import Console

    console = Console(file=stream, highlight=False, emoji=False)
    console.print(summary_rich(report, limit=limit, explain=explain))


def _status_bar(counts: dict[str, int], order: tuple[str, ...], width: int = 40) -> list[tuple[str, str]]:
    total = sum(counts.get(k, 0) for k in order) or 1
    parts, used = [], 0
    for i, k in enumerate(order):
        n = round(width * counts.get(k, 0) / total) if i < len(order) - 1 else width - used
        n = max(0, min(n, width - used))
        used += n
        parts.append((verdict(k).symbol * n, _style(k)))
    return parts


def summary_rich(report: Report, *, limit: int = 8, explain: bool = False) -> RenderableType:
    """The summary as rich tables: files, coverage, counts per status, quotes, omissions, additions, details."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    s = report.summary
    src, der = s["source"], s["derivative"]
    parts: list[RenderableType] = []

    files = Table.grid(padding=(0, 2))
    files.add_column(style="bold")
    files.add_column(overflow="fold")
    # every string from the inputs goes into a Text (never parsed as rich markup) through printable or _clip
    for label, side in (("Statement", report.source), ("Article", report.derivative)):
        files.add_row(label, Text(printable(f"{side.path or '(text)'}  ({len(side.segments)} segments)")))
    parts.append(files)
    wrong = discrepancy_lines(report, limit)
    if wrong:  # what the article gets wrong comes first
        parts.append(Text("\n" + wrong[0], style="bold #d55e00"))
        parts.extend(Text(printable(line)) for line in wrong[1:-1])

    head = Text()
    head.append("\nSource coverage ", style="bold")
    head.append(_pct(s["source_coverage"]), style="bold #56b4e9")
    head.append(" of the statement's content is found in the article;  article support ")
    head.append(_pct(s["derivative_support"]), style="bold #56b4e9")
    parts.append(head)

    counts = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    counts.add_column("claims")
    counts.add_column("")
    for label in ("used", "partial", "not used", "not claims"):
        counts.add_column(label, justify="right")
    for name, data, order in (("statement", src, tuple(map(str, SourceStatus))),
                              ("article", der, tuple(map(str, DerivativeStatus)))):
        bar = Text()
        for chunk, style in _status_bar(data, order[:3]):
            bar.append(chunk, style=style)
        counts.add_row(name, bar, *(Text(f"{data[k]} {verdict(k).label}", style=_style(k)) for k in order))
    parts.append(counts)
    al = s["alignments"]
    parts.append(Text(f"alignments: {al['copy']} copy, {al['paraphrase']} paraphrase, {al['partial']} partial,"
                      f" {al['context']} context", style="dim"))

    q = s["quotes"]
    title = Text(f"\nQuotes: {len(report.quotes)} found — ", style="bold")
    for i, k in enumerate(map(str, QuoteStatus)):
        title.append(f"{verdict(k).symbol} {q[k]} {k}", style=_style(k))
        title.append(", " if i < len(QuoteStatus) - 1 else "")
    parts.append(title)
    if report.quotes:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        table.add_column("id", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("quote", ratio=3)
        table.add_column("statement", ratio=3)
        table.add_column("differences", ratio=3)
        for quote in report.quotes:
            status = str(quote.status)
            shown = Text(f"{verdict(status).symbol} {status}", style=_style(status))
            text = Text(f"“{_clip(quote.text, 120)}”")
            if quote.scare_quote:
                text.append(" scare quote", style="dim italic")
            source = (Text(f"{quote.source_id}: “{_clip(quote.source_text, 120)}”") if quote.source_text
                      else Text("—", style="dim"))
            diff = printable(diff_summary(quote.diff)) if status != "exact" else ""
            table.add_row(Text(printable(quote.id)), shown, f"{quote.score:.2f}", text, source,
                          Text(diff, style="italic"))
        parts.append(table)

    for heading, segments, status in (
        ("Omitted from the statement", report.omissions(), "omitted"),
        ("Added by the article", report.additions(), "added"),
    ):
        parts.append(Text(f"\n{heading} ({len(segments)}), longest first", style="bold"))
        if not segments:
            parts.append(Text("  none", style="dim"))
            continue
        table = Table(box=None, show_header=False, pad_edge=False, expand=True)
        table.add_column("id", style=_style(status), no_wrap=True, min_width=7)
        table.add_column("text", overflow="ellipsis", no_wrap=True)
        for seg in sorted(segments, key=lambda x: -(x.end - x.start))[:limit]:
            table.add_row(Text(printable(f"  {verdict(status).symbol} {seg.id}")),
                          Text(printable(" ".join(seg.text.split()))))
            if explain and seg.reason:
                table.add_row("", Text(printable(f"why: {seg.reason}"), style="dim"))
        parts.append(table)
        if len(segments) > limit:
            parts.append(Text(f"  … and {len(segments) - limit} more (see the HTML, CSV or JSON export)", style="dim"))

    detailed = report.detailed()
    if detailed:
        parts.append(Text(f"\nUnsupported details inside supported or partial segments ({s['unsupported_details']})",
                          style="bold"))
        table = Table(box=None, show_header=False, pad_edge=False, expand=True)
        table.add_column("id", no_wrap=True, min_width=7)
        table.add_column("details", overflow="fold")
        for seg in detailed[:limit]:
            details = "; ".join(_clip(d.text, 40) for d in seg.unsupported_details)
            table.add_row(Text(printable(f"    {seg.id}")), Text(details, style="underline #d55e00"))
            if explain and seg.reason:
                table.add_row("", Text(printable(f"why: {seg.reason}"), style="dim"))
        parts.append(table)
        if len(detailed) > limit:
            parts.append(Text(f"  … and {len(detailed) - limit} more segments", style="dim"))
    if report.warnings:
        parts.append(Text("\nWarnings", style="bold #d55e00"))
        parts.extend(Text(printable(f"  {w}")) for w in report.warnings)
    return Group(*parts)
