"""The readable plain-text summary of a report (what ``compare`` prints)."""

from __future__ import annotations

import textwrap

from .records import Segment
from .report import Report, diff_summary

__all__ = ["summary_text"]


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _list(segments: list[Segment], limit: int, width: int) -> list[str]:
    lines = []
    for s in sorted(segments, key=lambda s: -(s.end - s.start))[:limit]:
        lines.append(f"  {s.id:>5}  {_clip(s.text, width)}")
    if len(segments) > limit:
        lines.append(f"         … and {len(segments) - limit} more (see the CSV or JSON export)")
    return lines


def summary_text(report: Report, *, limit: int = 8, width: int = 100) -> str:
    """Coverage, counts per status, the quotes table, the main omissions and additions."""
    s = report.summary
    src, der = s["source"], s["derivative"]
    out = [
        f"Source:     {report.source.path or '(text)'}  ({len(report.source.segments)} segments)",
        f"Derivative: {report.derivative.path or '(text)'}  ({len(report.derivative.segments)} segments)",
        "",
        f"Source coverage: {_pct(s['source_coverage'])} of the source's content is found in the derivative",
        f"  source claims:     {src['covered']} covered, {src['partial']} partial, {src['omitted']} omitted"
        f"  ({src['not_a_claim']} not claims)",
        f"  derivative claims: {der['supported']} supported, {der['partial']} partial, {der['added']} added"
        f"  ({der['not_a_claim']} not claims)",
        f"  alignments:        {s['alignments']['copy']} copy, {s['alignments']['paraphrase']} paraphrase,"
        f" {s['alignments']['partial']} partial",
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
                f"  {quote.id:>4}  {str(quote.status):<11} {quote.score:5.2f}  “{_clip(quote.text, 60)}”{scare}"
                f"  →  {source}"
            )
            diff = diff_summary(quote.diff)
            if diff and str(quote.status) != "exact":
                out.extend(textwrap.wrap(diff, width=width, initial_indent="        ", subsequent_indent="        "))
    omissions = report.omissions()
    out += ["", f"Omitted from the source ({len(omissions)}), longest first:"]
    out += _list(omissions, limit, width) or ["  none"]
    additions = report.additions()
    out += ["", f"Added by the derivative ({len(additions)}), longest first:"]
    out += _list(additions, limit, width) or ["  none"]
    detailed = [seg for seg in report.derivative.segments if seg.unsupported_details]
    if detailed:
        out += ["", f"Unsupported details inside supported or partial segments ({s['unsupported_details']}):"]
        for seg in detailed[:limit]:
            out.append(f"  {seg.id:>5}  " + "; ".join(_clip(d.text, 40) for d in seg.unsupported_details))
        if len(detailed) > limit:
            out.append(f"         … and {len(detailed) - limit} more segments")
    if report.warnings:
        out += ["", "Warnings:"] + [f"  {w}" for w in report.warnings]
    return "\n".join(out) + "\n"
