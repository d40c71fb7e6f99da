"""Scoring a report against gold: ``evaluate(report, gold) -> Evaluation``, per category TP/FP/FN with precision,
recall and F1, and every miss with where it is. How each case is counted: ``docs/gold-format.md``.

>>> Score("x", tp=8, fp=1, fn=2).f1
0.8421
>>> Score("x", tp=0, fp=0, fn=3).precision is None, Score("x", tp=0, fp=0, fn=3).f1
(True, 0.0)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alignment.errors import OutputError
from alignment.evaluate.gold import Gold, GoldCase, bad_case, clip, parse_gold
from alignment.model import Quote, QuoteStatus, Segment
from alignment.outputs.csv_tables import csv_text
from alignment.outputs.files import write_atomic
from alignment.report import Report, Side

_QUOTES = tuple(str(s) for s in QuoteStatus)

__all__ = [
    "CATEGORIES",
    "EVALUATION_CSV_FILES",
    "Evaluation",
    "Miss",
    "Score",
    "evaluate",
    "evaluation_csv_tables",
    "evaluation_json",
    "evaluation_text",
    "write_evaluation_csv",
    "write_evaluation_json",
]
CATEGORIES = ("quotes", "scare_quotes", "covered", "omitted", "supported", "added", "partial", "not_a_claim",
              "alignments", "details", "discrepancies")
EVALUATION_CSV_FILES = ("scores.csv", "misses.csv")
# categories broken down into parts, in display order
_PARTS = {"quotes": _QUOTES, "partial": ("source", "derivative"), "not_a_claim": ("source", "derivative")}
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at by for from with as into onto than that this these those its it "
    "their his her our your is are was were be been".split()
)


# ====================================================================== scores
def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@dataclass(frozen=True)
class Score:
    """TP, FP and FN of one category (``parts``: the same per status or side) and the ratios."""

    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    parts: tuple[Score, ...] = ()

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        if self.tp + self.fn == 0:
            return None
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": self.category, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }
        if self.parts:
            out["parts"] = [p.to_dict() for p in self.parts]
        return out


@dataclass(frozen=True)
class Miss:
    """A gold case the report gets wrong: what was expected, what the report says, and where."""

    label: str
    kind: str
    expected: str
    got: str
    where: str
    counted_as: tuple[str, ...] = ()  # e.g. ("FN covered", "FP partial")
    comment: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "kind": self.kind, "expected": self.expected, "got": self.got,
                "where": self.where, "counted_as": list(self.counted_as), "comment": self.comment}


@dataclass(frozen=True)
class Evaluation:
    """The scores per category (in :data:`CATEGORIES` order) and every miss, in gold order."""

    scores: tuple[Score, ...]
    misses: tuple[Miss, ...]
    cases: int
    gold: str = ""
    source: str = ""
    derivative: str = ""

    @property
    def correct(self) -> int:
        return self.cases - len(self.misses)

    def score(self, category: str) -> Score:
        for s in self.scores:
            if s.category == category:
                return s
        raise KeyError(category)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "source": self.source, "derivative": self.derivative,
            "cases": self.cases, "correct": self.correct,
            "scores": [s.to_dict() for s in self.scores],
            "misses": [m.to_dict() for m in self.misses],
        }


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], list[int]] = {}

    def add(self, what: str, category: str, part: str = "") -> str:
        row = self.counts.setdefault((category, part), [0, 0, 0])
        row[("TP", "FP", "FN").index(what)] += 1
        return f"{what} {category}" + (f" ({part})" if part else "")

    def scores(self) -> tuple[Score, ...]:
        out = []
        for cat in CATEGORIES:
            part_names = _PARTS.get(cat, ("",))
            parts = [Score(p, *self.counts.get((cat, p), (0, 0, 0))) for p in part_names]
            tp, fp, fn = (sum(getattr(p, k) for p in parts) for k in ("tp", "fp", "fn"))
            out.append(Score(cat, tp, fp, fn, tuple(parts) if cat in _PARTS else ()))
        return tuple(out)


# ====================================================================== evaluation
def _overlapping(segments: Sequence[Segment], start: int, end: int) -> list[Segment]:
    return [s for s in segments if s.start < end and start < s.end]


def _holder(segments: Sequence[Segment], start: int, end: int) -> Segment | None:
    """The segment holding most of [start, end) (the first on a tie)."""
    best, best_len = None, 0
    for s in _overlapping(segments, start, end):
        n = min(s.end, end) - max(s.start, start)
        if n > best_len:
            best, best_len = s, n
    return best


def _seg_where(side_name: str, seg: Segment | None, start: int, end: int, text: str) -> str:
    if seg is None:
        return f"{side_name} [{start}:{end}] “{clip(text[start:end])}” (no segment)"
    return f"{side_name} {seg.id} [{seg.start}:{seg.end}] “{clip(seg.text)}”"


def _status_case(case: GoldCase, side: Side, side_name: str, categories: tuple[str, ...], tally: _Tally) -> Miss | None:
    start, end = case.where.resolve(side.text, case.label, side_name)
    seg = _holder(side.segments, start, end)
    got = seg.status if seg is not None else None
    accepted = set(case.status)
    counted = []
    for cat in categories:
        part = side_name if cat in _PARTS else ""
        if accepted == {cat}:
            counted.append(tally.add("TP" if got == cat else "FN", cat, part))
        elif got is None and cat in accepted:
            counted.append(tally.add("FN", cat, part))
        elif cat not in accepted and got == cat:
            counted.append(tally.add("FP", cat, part))
    if got in accepted:
        return None
    return Miss(
        case.label, case.kind, " or ".join(case.status),
        f"{got} (score {seg.score:.2f})" if seg is not None else "no segment holds the phrase",
        _seg_where(side_name, seg, start, end, side.text),
        tuple(c for c in counted if not c.startswith("TP")), case.comment,
    )


def _best_quote(case: GoldCase, report: Report) -> tuple[int, int, Quote | None]:
    """The phrase's offsets, and the report's quote whose words overlap it most (None when none does); of equal
    overlaps, the one with the fewest words beyond the phrase (a quotation nested in another, not the outer one)."""
    start, end = case.where.resolve(report.derivative.text, case.label, "derivative")
    best, best_key = None, (0, 0)
    for q in report.quotes:
        n = min(q.end, end) - max(q.start, start)
        key = (n, -(q.end - q.start - n))
        if n > 0 and key > best_key:
            best, best_key = q, key
    return start, end, best


def _quote_case(case: GoldCase, report: Report, tally: _Tally, given: frozenset[str] = frozenset()) -> Miss | None:
    """``given``: the ids of the quotes the gold's present quote cases are scored against. An ``absent`` case inside
    one of those (its phrase within the quoted words, both marks outside: an apostrophe inside a quotation the gold
    gives) asks only that no other quote overlap it."""
    text = report.derivative.text
    start, end, best = _best_quote(case, report)
    if case.expect == "absent":
        best = next((q for q in report.quotes if min(q.end, end) > max(q.start, start)
                     and not (q.id in given and q.mark_start < start and end < q.mark_end)), None)
    where = f"derivative [{start}:{end}] “{clip(text[start:end])}”"
    if best is not None:
        where = f"derivative {best.id} in {best.derivative_id} [{best.start}:{best.end}] “{clip(best.text)}”"
    got_status = str(best.status) if best is not None else ""

    if case.expect == "absent":
        if best is None:
            return None
        return Miss(case.label, case.kind, "no quote", f"quote {best.id}: {got_status}", where,
                    (tally.add("FP", "quotes", got_status),), case.comment)

    expected = case.status[0]
    counted: list[str] = []
    problems: list[str] = []
    passage_ok = True
    if best is not None and case.source_contains is not None:
        passage_ok = case.source_contains.lower() in best.source_text.lower()
    if best is not None and got_status == expected and passage_ok:
        tally.add("TP", "quotes", expected)
    else:
        counted.append(tally.add("FN", "quotes", expected))
        if best is not None:
            counted.append(tally.add("FP", "quotes", got_status))
        if best is None:
            problems.append("no quote found there")
        else:
            desc = got_status
            if best.source_text:
                desc += f" → {best.source_id} “{clip(best.source_text, 60)}”"
            problems.append(desc)
    if case.scare_quote is not None:
        got_scare = bool(best is not None and best.scare_quote)
        if case.scare_quote and got_scare:
            tally.add("TP", "scare_quotes")
        elif case.scare_quote:
            counted.append(tally.add("FN", "scare_quotes"))
        elif got_scare:
            counted.append(tally.add("FP", "scare_quotes"))
        if best is not None and got_scare != case.scare_quote:
            problems.append("scare quote" if got_scare else "not a scare quote")
    if not counted:
        return None
    exp = expected + (" (scare quote)" if case.scare_quote else "")
    if case.source_contains is not None:
        exp += f" → source passage containing “{clip(case.source_contains, 60)}”"
    return Miss(case.label, case.kind, exp, "; ".join(problems), where, tuple(counted), case.comment)


def _alignment_case(case: GoldCase, report: Report, tally: _Tally) -> Miss | None:
    ds, de = case.derivative.resolve(report.derivative.text, case.label, "derivative")
    ss, se = case.source.resolve(report.source.text, case.label, "source")
    d_segs = _overlapping(report.derivative.segments, ds, de)
    s_segs = _overlapping(report.source.segments, ss, se)
    d_ids, s_ids = {s.id for s in d_segs}, {s.id for s in s_segs}
    hits = [a for a in report.alignments if a.derivative_id in d_ids and a.source_id in s_ids]
    where = (f"{'+'.join(s.id for s in d_segs) or '(no segment)'} “{clip(report.derivative.text[ds:de], 45)}” ↔ "
             f"{'+'.join(s.id for s in s_segs) or '(no segment)'} “{clip(report.source.text[ss:se], 45)}”")
    if case.expect == "absent":
        if not hits:
            return None
        got = "aligned: " + ", ".join(f"{a.derivative_id}–{a.source_id} ({a.label} {a.score:.2f})" for a in hits)
        return Miss(case.label, case.kind, "no alignment", got, where, (tally.add("FP", "alignments"),), case.comment)
    if hits:
        tally.add("TP", "alignments")
        return None
    links = [f"{s.id} → {', '.join(s.aligned_to) or 'nothing'} ({s.status})" for s in d_segs]
    return Miss(case.label, case.kind, "aligned", "not aligned: " + "; ".join(links), where,
                (tally.add("FN", "alignments"),), case.comment)


def _detail_case(case: GoldCase, report: Report, tally: _Tally) -> Miss | None:
    side = report.derivative
    start, end = case.where.resolve(side.text, case.label, "derivative")
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(side.text[start:end])
             if m.group().lower() not in _FUNCTION_WORDS]
    if not words:
        raise bad_case(case.label, "a detail phrase needs at least one word that is not a function word")
    details = [d for s in side.segments for d in s.unsupported_details]
    segs = _overlapping(side.segments, start, end)
    where = (f"derivative {'+'.join(s.id for s in segs) or '(no segment)'} [{start}:{end}] "
             f"“{clip(side.text[start:end])}”")
    near = [d for s in segs for d in s.unsupported_details]
    got = ("details there: " + "; ".join(f"“{clip(d.text, 40)}”" for d in near)) if near else \
        "no details there (" + ", ".join(f"{s.id} {s.status}" for s in segs) + ")"
    if case.expect == "absent":
        touched = [d for d in details if any(d.start < we and ws < d.end for ws, we in words)]
        if not touched:
            return None
        got = "reported: " + "; ".join(f"“{clip(d.text, 40)}”" for d in touched)
        return Miss(case.label, case.kind, "no unsupported detail", got, where, (tally.add("FP", "details"),),
                    case.comment)
    if all(any(d.start <= ws and we <= d.end for d in details) for ws, we in words):
        tally.add("TP", "details")
        return None
    return Miss(case.label, case.kind, "unsupported detail", got, where, (tally.add("FN", "details"),), case.comment)


def _discrepancy_case(case: GoldCase, report: Report, tally: _Tally) -> Miss | None:
    """Found when a discrepancy of the report overlaps the phrase (of the gold's kind, when it names one)."""
    side = report.derivative
    start, end = case.where.resolve(side.text, case.label, "derivative")
    touched = [x for x in report.discrepancies if x.start < end and start < x.end]
    segs = _overlapping(side.segments, start, end)
    where = (f"derivative {'+'.join(s.id for s in segs) or '(no segment)'} [{start}:{end}] "
             f"“{clip(side.text[start:end])}”")
    got = "; ".join(f"{x.id} {x.kind}: {clip(x.explanation, 60)}" for x in touched) or "no discrepancy there"
    if case.expect == "absent":
        if not touched:
            return None
        return Miss(case.label, case.kind, "no discrepancy", got, where, (tally.add("FP", "discrepancies"),),
                    case.comment)
    if any(case.discrepancy_kind in (None, str(x.kind)) for x in touched):
        tally.add("TP", "discrepancies")
        return None
    return Miss(case.label, case.kind, f"{case.discrepancy_kind or 'a'} discrepancy", got, where,
                (tally.add("FN", "discrepancies"),), case.comment)


_SOURCE_CATEGORIES = ("covered", "omitted", "partial", "not_a_claim")
_DERIVATIVE_CATEGORIES = ("supported", "added", "partial", "not_a_claim")


def evaluate(report: Report, gold: Gold | Sequence[Mapping[str, Any]] | Mapping[str, Any]) -> Evaluation:
    """Score ``report`` against ``gold`` (a :class:`Gold`, or the JSON data of a gold file).

    Raises :class:`InputError` when the gold is malformed or a phrase is not in the report's texts.
    """
    if not isinstance(gold, Gold):
        gold = parse_gold(gold)
    tally = _Tally()
    misses: list[Miss] = []
    given = frozenset(q.id for c in gold.cases if c.kind == "quote" and c.expect != "absent"
                      for q in (_best_quote(c, report)[2],) if q is not None)
    for case in gold.cases:
        if case.kind == "quote":
            miss = _quote_case(case, report, tally, given)
        elif case.kind == "source_status":
            miss = _status_case(case, report.source, "source", _SOURCE_CATEGORIES, tally)
        elif case.kind == "derivative_status":
            miss = _status_case(case, report.derivative, "derivative", _DERIVATIVE_CATEGORIES, tally)
        elif case.kind == "alignment":
            miss = _alignment_case(case, report, tally)
        elif case.kind == "discrepancy":
            miss = _discrepancy_case(case, report, tally)
        else:
            miss = _detail_case(case, report, tally)
        if miss is not None:
            misses.append(miss)
    return Evaluation(tally.scores(), tuple(misses), len(gold.cases), gold.path, report.source.path,
                      report.derivative.path)


# ====================================================================== output
def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def evaluation_text(ev: Evaluation, *, width: int = 100) -> str:
    """The readable table of P/R/F1 per category and the list of misses."""
    out = []
    if ev.gold:
        out.append(f"Gold:       {ev.gold}")
    out += [f"Statement:  {ev.source or '(text)'}", f"Article:    {ev.derivative or '(text)'}",
            f"Cases: {ev.cases}, {ev.correct} correct, {len(ev.misses)} missed", "",
            f"  {'category':<16}{'TP':>4}{'FP':>4}{'FN':>4}  {'precision':>9}  {'recall':>6}  {'F1':>5}"]
    for s in ev.scores:
        rows = [(s.category, s)] + [(f"  {p.category}", p) for p in s.parts if p.tp + p.fp + p.fn]
        for name, r in rows:
            out.append(f"  {name:<16}{r.tp:>4}{r.fp:>4}{r.fn:>4}  {_fmt(r.precision):>9}  {_fmt(r.recall):>6}"
                       f"  {_fmt(r.f1):>5}")
    out += ["", "Precision counts only what the gold rules on: for alignments and details, the pairs and phrases",
            "it marks absent. '–': nothing predicted (precision) or no gold positive (recall, F1).", ""]
    out.append(f"Misses ({len(ev.misses)}):" if ev.misses else "Misses: none")
    for m in ev.misses:
        out.append(f"  {m.label}  [{', '.join(m.counted_as)}]")
        out.append(f"      expected: {clip(m.expected, width - 16)}")
        out.append(f"      got:      {clip(m.got, width - 16)}")
        out.append(f"      where:    {clip(m.where, width - 16)}")
    return "\n".join(out) + "\n"


def evaluation_json(ev: Evaluation) -> str:
    """The evaluation as JSON text: UTF-8, two-space indent, trailing newline."""
    return json.dumps(ev.to_dict(), ensure_ascii=False, indent=2) + "\n"


def evaluation_csv_tables(ev: Evaluation, *, safe: bool = True) -> dict[str, str]:
    """``scores.csv`` (one row per category, then its parts with ``part`` set) and ``misses.csv``; ``safe``:
    cells a spreadsheet would run as formulas are neutralised (see ``export.csv_text``)."""
    def cell(x: float | None) -> str:
        return "" if x is None else f"{x:.4f}"

    rows = []
    for s in ev.scores:
        for part, r in [("", s)] + [(p.category, p) for p in s.parts]:
            rows.append([s.category, part, r.tp, r.fp, r.fn, cell(r.precision), cell(r.recall), cell(r.f1)])
    scores = csv_text(["category", "part", "tp", "fp", "fn", "precision", "recall", "f1"], rows, safe=safe)
    misses = csv_text(["label", "kind", "counted_as", "expected", "got", "where", "comment"],
                  [[m.label, m.kind, "; ".join(m.counted_as), m.expected, m.got, m.where, m.comment]
                   for m in ev.misses], safe=safe)
    return dict(zip(EVALUATION_CSV_FILES, (scores, misses), strict=True))


def write_evaluation_json(ev: Evaluation, path: str | Path, protect: Sequence[Path] = ()) -> list[Path]:
    """Write the JSON evaluation atomically (into ``evaluation.json`` if ``path`` is a folder)."""
    target = Path(path)
    if target.is_dir():
        target = target / "evaluation.json"
    write_atomic({target: evaluation_json(ev)}, protect)
    return [target]


def write_evaluation_csv(ev: Evaluation, folder: str | Path, protect: Sequence[Path] = (), *,
                         safe: bool = True) -> list[Path]:
    """Write ``scores.csv`` and ``misses.csv`` into ``folder``, both or neither."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        msg = f"{target}: CSV output needs a folder (it writes {', '.join(EVALUATION_CSV_FILES)}), not a file"
        raise OutputError(msg)
    files = {target / name: text for name, text in evaluation_csv_tables(ev, safe=safe).items()}
    write_atomic(files, protect)
    return list(files)

