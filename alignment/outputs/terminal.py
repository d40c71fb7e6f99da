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

from alignment.model import (
    DETAIL_SALIENCE,
    DerivativeStatus,
    Detail,
    QuoteStatus,
    Segment,
    SourceStatus,
    diff_summary,
    salience_rank,
    verdict,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from alignment.report import Report

__all__ = ["discrepancy_lines", "print_summary", "printable", "summary_rich", "summary_text", "summary_width",
           "wants_rich"]


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


#: the most lines one finding (a segment, a quote, a segment's details) takes in the plain summary
_MAX_LINES = 3
#: the width of the plain summary when the output is not a terminal and ``COLUMNS`` is not set
_DEFAULT_WIDTH = 100
#: below this the summary is laid out at this width anyway (long words would not fit)
_MIN_WIDTH = 40


def _wrap(text: str, width: int, first: str, rest: str, max_lines: int = _MAX_LINES) -> list[str]:
    """``text`` (spaces normalised) wrapped to ``width`` after ``first`` (then ``rest``) as indentation; cut
    after ``max_lines`` lines with an ellipsis, so that a finding is shortened visibly, never silently."""
    return textwrap.wrap(printable(" ".join(text.split())), width=width, initial_indent=first,
                         subsequent_indent=rest, max_lines=max_lines, placeholder=" …",
                         break_on_hyphens=False) or [first.rstrip()]


def _why(seg: Segment, width: int) -> list[str]:
    """The segment's reason, wrapped under it (``--explain``)."""
    return _wrap(f"why: {seg.reason}", width, " " * 9, " " * 14, max_lines=6)


def _list(segments: list[Segment], limit: int, width: int, explain: bool = False) -> list[str]:
    lines = []
    for s in sorted(segments, key=lambda s: -(s.end - s.start))[:limit]:
        lines.extend(_wrap(s.text, width, f"  {s.id:>5}  ", " " * 9))
        if explain and s.reason:
            lines.extend(_why(s, width))
    if len(segments) > limit:
        lines.extend(_wrap(f"… and {len(segments) - limit} more ({_EXPORTS})", width,
                           " " * 9, " " * 9))
    return lines


def _counts(data: dict[str, int], order: tuple[str, ...]) -> str:
    return ", ".join(f"{data[k]} {verdict(k).label}" for k in order)


#: where the rows the summary leaves out are
_EXPORTS = "see the HTML, CSV or JSON export"
#: what a folded block of details says of itself: where its rows are
_FOLDED = f"{_EXPORTS}, or --explain"


def _detail_blocks(detailed: list[Segment],
                   explain: bool = False) -> list[tuple[str, list[tuple[Segment, list[Detail]]], bool]]:
    """The details of ``detailed`` (segments) in blocks, each a title, its rows (a segment and its details of the
    block) and whether it is folded (its title says how many, its rows are not listed): the salient ones first
    (names, numbers, dates and places, :data:`DETAIL_SALIENCE`, in that order within a segment), then the other
    words of ``partial`` segments (a claim its counterparts hold only in part: its words of its own are the likelier
    additions), then those of ``supported`` segments, folded unless ``explain`` (a claim the source holds: its own
    words are mostly its wording: on the 17 tuning pairs 3 of 117 such runs hold a detail of the gold, against 14
    of 253 in partial segments and 22 of 115 names, numbers, dates and places, benchmarks/detail_salience.py); an
    empty block is left out."""
    other = len(DETAIL_SALIENCE) - 1
    salient = [(seg, sorted((d for d in seg.unsupported_details if salience_rank(d) < other), key=salience_rank))
               for seg in detailed]
    rest = [(seg, [d for d in seg.unsupported_details if salience_rank(d) >= other]) for seg in detailed]
    partial = str(DerivativeStatus.PARTIAL)
    blocks = [("names, numbers, dates and places", [row for row in salient if row[1]], False),
              ("other words, of partial segments", [row for row in rest if row[1] and row[0].status == partial],
               False),
              ("other words, of supported segments", [row for row in rest if row[1] and row[0].status != partial],
               not explain)]
    out = []
    for title, rows, folded in blocks:
        if not rows:
            continue
        n = sum(len(d) for _, d in rows)
        out.append((f"{title} ({n} in {len(rows)} segments, mostly their wording: {_FOLDED})" if folded
                    else f"{title} ({n})", rows, folded))
    return out


def summary_width(stream: IO[str] | None = None) -> int:
    """The width the plain summary wraps to: the terminal's, ``COLUMNS``, else 100 (a pipe or a file)."""
    import shutil

    return max(shutil.get_terminal_size((_DEFAULT_WIDTH, 24)).columns, _MIN_WIDTH)


def summary_text(report: Report, *, limit: int = 8, width: int = _DEFAULT_WIDTH, explain: bool = False) -> str:
    """Coverage, counts per status, the quotes table, the main omissions and additions (``explain``: each listed
    segment with its reason), wrapped to ``width`` columns: a finding too long for its lines ends with "…".

    The words are the reader's: "statement" for the source, "article" for the derivative, and every count is of
    segments (the report's unit; claims are the segments that are not "not a claim").
    """
    width = max(width, _MIN_WIDTH)
    s = report.summary
    src, der = s["source"], s["derivative"]
    al = s["alignments"]
    out = [
        *_wrap(f"{report.source.path or '(text)'}  ({len(report.source.segments)} segments)", width,
               "Statement: ", " " * 11),
        *_wrap(f"{report.derivative.path or '(text)'}  ({len(report.derivative.segments)} segments)", width,
               "Article:   ", " " * 11),
        "",
        *discrepancy_lines(report, limit, width),
        *_wrap(f"Statement coverage: {_pct(s['source_coverage'])} of the statement's content is found in the "
               f"article; article support: {_pct(s['derivative_support'])}", width, "", "  "),
        *_wrap(_counts(src, tuple(map(str, SourceStatus))), width, "  statement segments: ", " " * 22),
        *_wrap(_counts(der, tuple(map(str, DerivativeStatus))), width, "  article segments:   ", " " * 22),
        *_wrap(f"{al['copy']} copy, {al['paraphrase']} paraphrase, {al['partial']} partial, {al['context']} context",
               width, "  alignments:         ", " " * 22),
        "",
    ]
    q = s["quotes"]
    verdicts = ", ".join(f"{q[k]} {verdict(k).label}" for k in map(str, QuoteStatus))
    out += _wrap(f"{len(report.quotes)} found — {verdicts}", width, "Quotes: ", "  ")
    if report.quotes:
        label_width = max(len(verdict(k).label) for k in QuoteStatus)
        out.append(f"  {'id':>4}  {'verdict':<{label_width}} {'score':>5}  quote  →  statement")
        for quote in report.quotes:
            scare = " (scare quote)" if quote.scare_quote else ""
            source = f"{quote.source_id}: “{quote.source_text}”" if quote.source_text else "—"
            head = f"  {quote.id:>4}  {verdict(quote.status).label:<{label_width}} {quote.score:5.2f}  "
            out += _wrap(f"“{quote.text}”{scare}  →  {source}", width, head, " " * len(head), max_lines=4)
            diff = diff_summary(quote.diff)
            if diff and str(quote.status) != "exact":
                out += _wrap(diff, width, " " * len(head), " " * len(head))
    omissions = report.omissions()
    out += ["", f"Omitted from the statement ({len(omissions)}), longest first:"]
    out += _list(omissions, limit, width, explain) or ["  none"]
    additions = report.additions()
    out += ["", f"Added by the article ({len(additions)}), longest first:"]
    out += _list(additions, limit, width, explain) or ["  none"]
    detailed = report.detailed()
    if detailed:
        out += ["", *_wrap(f"Unsupported details inside supported or partial article segments "
                           f"({s['unsupported_details']}):", width, "", "  ")]
        for title, rows, folded in _detail_blocks(detailed, explain):
            if folded:
                out += _wrap(title, width, "  ", "    ")
                continue
            out.append(f"  {title}:")
            for seg, details in rows[:limit]:
                out += _wrap("; ".join(" ".join(d.text.split()) for d in details), width, f"  {seg.id:>5}  ",
                             " " * 9)
                if explain and seg.reason:
                    out.extend(_why(seg, width))
            if len(rows) > limit:
                out.append(f"         … and {len(rows) - limit} more segments ({_EXPORTS})")
    if report.warnings:
        out += ["", "Warnings:"]
        for w in report.warnings:
            out += _wrap(w, width, "  ", "    ", max_lines=6)
    return printable("\n".join(out)) + "\n"  # paths, quotes, differences: all of it text from the inputs


def discrepancy_lines(report: Report, limit: int = 8, width: int = 100) -> list[str]:
    """What the article gets wrong, first of all: each discrepancy with both spans and why (nothing when none)."""
    found = report.discrepancies
    if not found:
        return []
    counts = ", ".join(f"{n} {kind}" for kind, n in report.summary["discrepancies"].items() if n)
    out = _wrap(f"{len(found)} where the article restates the statement differently — {counts}", width,
                "Discrepancies: ", "  ")
    for x in found[:limit]:
        out += _wrap(f"{x.derivative_id}: “{_clip(x.text, 40)}”  ≠  {x.source_id}: “{_clip(x.source_text, 40)}”",
                     width, f"  {x.id:>4}  {x.kind!s:<11} ", " " * 19)
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
        stream.write(summary_text(report, limit=limit, width=summary_width(), explain=explain) + "\n")
        stream.flush()
        return
    from rich.console import Console

    console = Console(file=stream, highlight=False, emoji=False)
    console.print(summary_rich(report, limit=limit, explain=explain, width=console.width))


def _status_bar(counts: dict[str, int], order: tuple[str, ...], width: int = 40) -> list[tuple[str, str]]:
    total = sum(counts.get(k, 0) for k in order) or 1
    parts, used = [], 0
    for i, k in enumerate(order):
        n = round(width * counts.get(k, 0) / total) if i < len(order) - 1 else width - used
        n = max(0, min(n, width - used))
        used += n
        parts.append((verdict(k).symbol * n, _style(k)))
    return parts


def summary_rich(report: Report, *, limit: int = 8, explain: bool = False, width: int = 120) -> RenderableType:
    """The summary as rich tables: files, coverage, counts per status, quotes, omissions, additions, details;
    the status bars sized for a terminal ``width`` columns wide (the tables take the width they are given)."""
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
    head.append("\nStatement coverage ", style="bold")
    head.append(_pct(s["source_coverage"]), style="bold #56b4e9")
    head.append(" of the statement's content is found in the article;  article support ")
    head.append(_pct(s["derivative_support"]), style="bold #56b4e9")
    parts.append(head)

    counts = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    counts.add_column("segments")
    counts.add_column("")
    for label in ("used", "partial", "not used", "not claims"):
        counts.add_column(label, justify="right")
    for name, data, order in (("statement", src, tuple(map(str, SourceStatus))),
                              ("article", der, tuple(map(str, DerivativeStatus)))):
        bar = Text()
        for chunk, style in _status_bar(data, order[:3], width=max(8, min(40, width - 70))):
            bar.append(chunk, style=style)
        counts.add_row(name, bar, *(Text(f"{data[k]} {verdict(k).label}", style=_style(k)) for k in order))
    parts.append(counts)
    al = s["alignments"]
    parts.append(Text(f"alignments: {al['copy']} copy, {al['paraphrase']} paraphrase, {al['partial']} partial,"
                      f" {al['context']} context", style="dim"))

    q = s["quotes"]
    title = Text(f"\nQuotes: {len(report.quotes)} found — ", style="bold")
    for i, k in enumerate(map(str, QuoteStatus)):
        title.append(f"{verdict(k).symbol} {q[k]} {verdict(k).label}", style=_style(k))
        title.append(", " if i < len(QuoteStatus) - 1 else "")
    parts.append(title)
    if report.quotes:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        table.add_column("id", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("quote", ratio=3, overflow="fold")
        table.add_column("statement", ratio=3, overflow="fold")
        table.add_column("differences", ratio=3, overflow="fold")
        for quote in report.quotes:
            status = str(quote.status)
            shown = Text(f"{verdict(status).symbol} {verdict(status).label}", style=_style(status))
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
        table.add_column("text", overflow="fold")  # wrapped to the terminal's width, never cut
        for seg in sorted(segments, key=lambda x: -(x.end - x.start))[:limit]:
            table.add_row(Text(printable(f"  {verdict(status).symbol} {seg.id}")),
                          Text(printable(" ".join(seg.text.split()))))
            if explain and seg.reason:
                table.add_row("", Text(printable(f"why: {seg.reason}"), style="dim"))
        parts.append(table)
        if len(segments) > limit:
            parts.append(Text(f"  … and {len(segments) - limit} more ({_EXPORTS})", style="dim"))

    detailed = report.detailed()
    if detailed:
        parts.append(Text(f"\nUnsupported details inside supported or partial article segments "
                          f"({s['unsupported_details']})", style="bold"))
        table = Table(box=None, show_header=False, pad_edge=False, expand=True)
        table.add_column("id", no_wrap=True, min_width=7)
        table.add_column("details", overflow="fold")
        for block, rows, folded in _detail_blocks(detailed, explain):
            table.add_row("", Text(block, style="dim"))
            if folded:
                continue
            for seg, details in rows[:limit]:
                listed = "; ".join(_clip(d.text, 40) for d in details)
                table.add_row(Text(printable(f"    {seg.id}")), Text(listed, style="underline #d55e00"))
                if explain and seg.reason:
                    table.add_row("", Text(printable(f"why: {seg.reason}"), style="dim"))
            if len(rows) > limit:
                table.add_row("", Text(f"… and {len(rows) - limit} more segments ({_EXPORTS})", style="dim"))
        parts.append(table)
    if report.warnings:
        parts.append(Text("\nWarnings", style="bold #d55e00"))
        parts.extend(Text(printable(f"  {w}")) for w in report.warnings)
    return Group(*parts)
