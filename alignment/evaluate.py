"""Scoring a report against gold annotations: ``evaluate(report, gold) -> Evaluation``.

The gold format
===============

A gold file is JSON: either a bare list of cases, or an object naming the pair it annotates::

    {"schema": "pressalign-gold/1",
     "source": "000_….txt", "derivative": "001_….txt",   # paths relative to the gold file (optional)
     "comment": "…",                                      # optional
     "cases": [ … ]}

Every case is an object with ``label`` (unique), ``kind``, an optional ``comment`` and what it expects.
It locates what it checks by an exact phrase of a text, so it survives changes in segmentation:
``phrase`` (it must occur exactly once, or give ``occurrence``: 1 for the first, 2 for the second …),
or offsets ``start`` and ``end`` into the text as read (with a ``phrase`` too, the two must agree).
Alignments locate both sides with the prefixes ``source_`` and ``derivative_`` (``source_phrase``,
``derivative_start`` …). The kinds:

``quote``
    ``text`` (or ``phrase``): words of the derivative inside quotation marks; ``status``: ``exact``,
    ``near``, ``altered`` or ``unsupported``; optional ``scare_quote`` (true/false) and
    ``source_contains`` (a phrase the reported source passage must contain, case-insensitive).
    The report's quote is the one whose quoted words overlap the phrase most.
    With ``"expect": "absent"`` (and no status): no quote may overlap the phrase (an apostrophe
    such as ``hostages’ release`` is not a quotation mark).
``source_status`` / ``derivative_status``
    ``phrase`` in that text; ``status``: one status or a list of acceptable ones — source
    ``covered``, ``partial``, ``omitted``, ``not_a_claim``; derivative ``supported``, ``partial``,
    ``added``, ``not_a_claim``. The judged segment is the one holding most of the phrase.
``alignment``
    ``derivative_phrase`` and ``source_phrase``: found when the report aligns any segment overlapping
    the one with any segment overlapping the other. ``"expect": "absent"``: the pair must not align.
``detail``
    ``phrase`` in the derivative: found when every word of the phrase, function words (``and``,
    ``of``, ``the`` …) aside, lies inside an unsupported detail the report gives. ``"expect":
    "absent"``: no detail may touch any of those words.

``expect`` is ``"present"`` (the default) or ``"absent"``; only quotes, alignments and details take
``"absent"``. A malformed case, or a phrase the texts do not hold, raises :class:`InputError` with one
line naming the case.

How it is scored
================

Each case is *correct* or a *miss*; each miss is listed with what was expected, what the report
says and where. Cases are also counted per category as true positives (TP), false positives (FP)
and false negatives (FN):

``covered``, ``omitted`` (source), ``supported``, ``added`` (derivative), ``partial`` and
``not_a_claim`` (both sides, broken down by side)
    a status case whose only acceptable status is X and which the report gives X is a TP of X;
    given anything else (or no segment holds the phrase) it is a FN of X; a case whose acceptable
    statuses exclude X and which the report gives X is a FP of X. A case accepting several
    statuses (``["covered", "partial"]``: "the article uses this") is positive for none of them,
    but still counts as a FP of whatever excluded status the report gives it.
``quotes`` (broken down by status)
    the same, with one expected status per quote: a quote found with the expected status (and the
    expected source passage, if ``source_contains`` is given) is a TP of that status; otherwise
    it is a FN of the expected status and, if the report has the quote, a FP of the reported one
    (a right status on the wrong passage is both a FN and a FP of that status). A quote the gold
    says is absent and the report finds is a FP of its reported status.
``scare_quotes``
    binary, over quote cases that give ``scare_quote``: gold true and reported true is a TP, gold
    true and reported false (or no quote) a FN, gold false and reported true a FP.
``alignments``, ``details``
    open-ended: the gold cannot list everything the report may rightly find, so an alignment or
    detail the gold does not mention is never counted. A present case found is a TP, not found a FN;
    FPs are counted only against ``absent`` cases that the report finds. Precision here is
    therefore precision *on the pairs and phrases the gold says must not be found*.

Per category, precision = TP / (TP + FP) and recall = TP / (TP + FN); F1 = 2·TP / (2·TP + FP + FN),
the harmonic mean of the two. A ratio with a zero denominator is ``None`` (shown as "–"): precision
when nothing was predicted, recall and F1 when the gold has no positive item in the category.

>>> Score("x", tp=8, fp=1, fn=2).f1
0.8421
>>> Score("x", tp=0, fp=0, fn=3).precision is None, Score("x", tp=0, fp=0, fn=3).f1
(True, 0.0)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import DEFAULT_MAX_DOCUMENT_BYTES
from .errors import InputError, OutputError
from .export import csv_text, write_atomic
from .reading import read_document
from .records import DerivativeStatus, QuoteStatus, Segment, SourceStatus
from .report import Report, Side

__all__ = [
    "CATEGORIES",
    "EVALUATION_CSV_FILES",
    "GOLD_SCHEMA",
    "Evaluation",
    "Gold",
    "GoldCase",
    "Miss",
    "Score",
    "evaluate",
    "evaluation_csv_tables",
    "evaluation_json",
    "evaluation_text",
    "load_gold",
    "parse_gold",
    "read_report",
    "write_evaluation_csv",
    "write_evaluation_json",
]

GOLD_SCHEMA = "pressalign-gold/1"
CATEGORIES = ("quotes", "scare_quotes", "covered", "omitted", "supported", "added", "partial", "not_a_claim",
              "alignments", "details")
EVALUATION_CSV_FILES = ("scores.csv", "misses.csv")

KINDS = ("quote", "source_status", "derivative_status", "alignment", "detail")
_SOURCE_STATUSES = tuple(str(s) for s in SourceStatus)
_DERIVATIVE_STATUSES = tuple(str(s) for s in DerivativeStatus)
_QUOTE_STATUSES = tuple(str(s) for s in QuoteStatus)
# categories broken down into parts, in display order
_PARTS = {"quotes": _QUOTE_STATUSES, "partial": ("source", "derivative"), "not_a_claim": ("source", "derivative")}

_LOCATOR_KEYS = ("phrase", "start", "end", "occurrence")
_COMMON_KEYS = {"label", "kind", "comment"}
_KEYS = {
    "quote": _COMMON_KEYS | {"text", "status", "scare_quote", "source_contains", "expect", *_LOCATOR_KEYS},
    "source_status": _COMMON_KEYS | {"status", *_LOCATOR_KEYS},
    "derivative_status": _COMMON_KEYS | {"status", *_LOCATOR_KEYS},
    "alignment": _COMMON_KEYS | {"expect"} | {f"{side}_{k}" for side in ("source", "derivative") for k in _LOCATOR_KEYS},
    "detail": _COMMON_KEYS | {"expect", *_LOCATOR_KEYS},
}
_TOP_KEYS = {"schema", "source", "derivative", "comment", "cases"}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at by for from with as into onto than that this these those its it "
    "their his her our your is are was were be been".split()
)


# ====================================================================== gold
@dataclass(frozen=True)
class Locator:
    """Where a case points in one text: an exact phrase (the ``occurrence``-th) or offsets."""

    phrase: str | None = None
    start: int | None = None
    end: int | None = None
    occurrence: int | None = None

    def resolve(self, text: str, label: str, side: str) -> tuple[int, int]:
        if self.phrase is not None:
            starts = [m.start() for m in re.finditer(re.escape(self.phrase), text)]
            if self.start is not None:
                if text[self.start:self.end] != self.phrase:
                    msg = (f"gold case {label!r}: offsets [{self.start}:{self.end}] of the {side} do not hold "
                           f"{_clip(self.phrase, 60)!r}")
                    raise InputError(msg)
                return self.start, self.end  # type: ignore[return-value]
            if not starts:
                msg = f"gold case {label!r}: phrase {_clip(self.phrase, 60)!r} is not in the {side} text"
                raise InputError(msg)
            if self.occurrence is None:
                if len(starts) > 1:
                    msg = (f"gold case {label!r}: phrase {_clip(self.phrase, 60)!r} occurs {len(starts)} times in "
                           f"the {side}; make it longer or give occurrence")
                    raise InputError(msg)
                return starts[0], starts[0] + len(self.phrase)
            if self.occurrence > len(starts):
                msg = (f"gold case {label!r}: phrase {_clip(self.phrase, 60)!r} occurs {len(starts)} times in the "
                       f"{side}, not {self.occurrence}")
                raise InputError(msg)
            s = starts[self.occurrence - 1]
            return s, s + len(self.phrase)
        assert self.start is not None and self.end is not None
        if self.end > len(text) or not text[self.start:self.end].strip():
            msg = f"gold case {label!r}: offsets [{self.start}:{self.end}] are outside the {side} text or blank"
            raise InputError(msg)
        return self.start, self.end


@dataclass(frozen=True)
class GoldCase:
    """One gold annotation (see the module docstring for the format)."""

    label: str
    kind: str
    comment: str = ""
    expect: str = "present"
    status: tuple[str, ...] = ()
    scare_quote: bool | None = None
    source_contains: str | None = None
    where: Locator = field(default_factory=Locator)  # quote, status and detail cases
    source: Locator = field(default_factory=Locator)  # alignment cases
    derivative: Locator = field(default_factory=Locator)  # alignment cases


@dataclass(frozen=True)
class Gold:
    """A parsed gold file: its cases and, if it names them, the pair's paths (resolved against the file)."""

    cases: tuple[GoldCase, ...]
    source: str | None = None
    derivative: str | None = None
    path: str = ""


def _bad(label: str, what: str) -> InputError:
    return InputError(f"gold case {label!r}: {what}")


def _locator(raw: Mapping[str, Any], label: str, prefix: str = "") -> Locator:
    name = prefix or "the case"
    phrase, start, end, occ = (raw.get(prefix + k) for k in _LOCATOR_KEYS)
    if phrase is not None and (not isinstance(phrase, str) or not phrase.strip()):
        raise _bad(label, f"{prefix}phrase must be a non-empty string")
    for key, value in ((f"{prefix}start", start), (f"{prefix}end", end), (f"{prefix}occurrence", occ)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise _bad(label, f"{key} must be a non-negative integer")
    if phrase is None and (start is None or end is None):
        raise _bad(label, f"{name} needs {prefix}phrase, or {prefix}start and {prefix}end")
    if (start is None) != (end is None):
        raise _bad(label, f"give both {prefix}start and {prefix}end, or neither")
    if start is not None and end is not None and end <= start:
        raise _bad(label, f"{prefix}end must be greater than {prefix}start")
    if occ is not None and (phrase is None or start is not None or occ < 1):
        raise _bad(label, f"{prefix}occurrence (1 for the first) goes with {prefix}phrase and no offsets")
    return Locator(phrase, start, end, occ)


def _statuses(raw: Mapping[str, Any], label: str, allowed: tuple[str, ...], *, single: bool) -> tuple[str, ...]:
    value = raw.get("status")
    if value is None:
        raise _bad(label, "needs a status")
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise _bad(label, "status must be a string or a non-empty list of strings")
    if single and len(values) != 1:
        raise _bad(label, "a quote expects exactly one status")
    for v in values:
        if v not in allowed:
            raise _bad(label, f"unknown status {v!r} (expected one of {', '.join(allowed)})")
    if len(set(values)) != len(values):
        raise _bad(label, "status lists a value twice")
    return tuple(values)


def _case(raw: Any, n: int, seen: set[str]) -> GoldCase:
    if not isinstance(raw, dict):
        msg = f"gold case #{n}: must be a JSON object, not {type(raw).__name__}"
        raise InputError(msg)
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        msg = f"gold case #{n}: needs a non-empty string label"
        raise InputError(msg)
    if label in seen:
        raise _bad(label, "the label is used twice")
    seen.add(label)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _bad(label, f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    unknown = sorted(set(raw) - _KEYS[kind])
    if unknown:
        raise _bad(label, f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} for kind {kind}")
    comment = raw.get("comment", "")
    if not isinstance(comment, str):
        raise _bad(label, "comment must be a string")
    expect = raw.get("expect", "present")
    if expect not in ("present", "absent"):
        raise _bad(label, f"expect must be 'present' or 'absent', not {expect!r}")

    if kind == "alignment":
        return GoldCase(label, kind, comment, expect, source=_locator(raw, label, "source_"),
                        derivative=_locator(raw, label, "derivative_"))
    if kind == "quote":
        if "text" in raw and "phrase" in raw:
            raise _bad(label, "give text or phrase, not both")
        raw = {**raw, "phrase": raw.get("text", raw.get("phrase"))}
        where = _locator(raw, label)
        if expect == "absent":
            extra = sorted(k for k in ("status", "scare_quote", "source_contains") if k in raw)
            if extra:
                raise _bad(label, f"an absent quote takes no {', '.join(extra)}")
            return GoldCase(label, kind, comment, expect, where=where)
        status = _statuses(raw, label, _QUOTE_STATUSES, single=True)
        scare = raw.get("scare_quote")
        if scare is not None and not isinstance(scare, bool):
            raise _bad(label, "scare_quote must be true or false")
        contains = raw.get("source_contains")
        if contains is not None:
            if not isinstance(contains, str) or not contains.strip():
                raise _bad(label, "source_contains must be a non-empty string")
            if status == ("unsupported",):
                raise _bad(label, "an unsupported quote has no source passage to contain anything")
        return GoldCase(label, kind, comment, expect, status=status, scare_quote=scare, source_contains=contains,
                        where=where)
    if kind == "detail":
        return GoldCase(label, kind, comment, expect, where=_locator(raw, label))
    allowed = _SOURCE_STATUSES if kind == "source_status" else _DERIVATIVE_STATUSES
    return GoldCase(label, kind, comment, status=_statuses(raw, label, allowed, single=False),
                    where=_locator(raw, label))


def parse_gold(data: Any, path: str | Path | None = None) -> Gold:
    """Validate gold data (a list of cases, or the ``pressalign-gold/1`` object) into a :class:`Gold`.

    ``path`` is the gold file's location: the pair it names is resolved against its folder.

    >>> parse_gold([{"label": "x", "kind": "detail", "phrase": "hostages"}]).cases[0].expect
    'present'
    >>> parse_gold([{"label": "x", "kind": "quote", "text": "y"}])
    Traceback (most recent call last):
    ...
    alignment.errors.InputError: gold case 'x': needs a status
    """
    name = str(path) if path is not None else "gold"
    source = derivative = None
    if isinstance(data, dict):
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            msg = f"{name}: unknown top-level key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}"
            raise InputError(msg)
        if data.get("schema") != GOLD_SCHEMA:
            msg = f"{name}: schema must be {GOLD_SCHEMA!r}, got {data.get('schema')!r}"
            raise InputError(msg)
        base = Path(path).parent if path is not None else Path()
        pair = []
        for key in ("source", "derivative"):
            value = data.get(key)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                msg = f"{name}: {key} must be a path (relative to the gold file)"
                raise InputError(msg)
            pair.append(str(base / value) if value is not None else None)
        source, derivative = pair
        if (source is None) != (derivative is None):
            msg = f"{name}: name both source and derivative, or neither"
            raise InputError(msg)
        data = data.get("cases")
        if data is None:
            msg = f"{name}: the gold object needs a cases list"
            raise InputError(msg)
    if not isinstance(data, list):
        msg = f"{name}: a gold file is a list of cases or an object with schema {GOLD_SCHEMA!r} and cases"
        raise InputError(msg)
    if not data:
        msg = f"{name}: no gold cases"
        raise InputError(msg)
    seen: set[str] = set()
    cases = tuple(_case(raw, n, seen) for n, raw in enumerate(data, 1))
    return Gold(cases, source, derivative, str(path) if path is not None else "")


#: a gold file or a saved report may be this large (not the per-document limit: a saved report is about 7 times
#: the size of its two documents, about 28 MB for two at the default limit)
_MAX_JSON_BYTES = 25 * DEFAULT_MAX_DOCUMENT_BYTES


def _read_json(path: str | Path, what: str) -> Any:
    doc = read_document(path, max_bytes=_MAX_JSON_BYTES)
    try:
        return json.loads(doc.text)
    except json.JSONDecodeError as exc:
        msg = f"{path}: not valid JSON ({what}): {exc.msg} at line {exc.lineno} column {exc.colno}"
        raise InputError(msg) from None


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold file; :class:`InputError` with one line when it cannot be used."""
    return parse_gold(_read_json(path, "a gold file"), path)


def read_report(path: str | Path) -> Report:
    """Read a JSON report saved by ``compare --format json`` (it carries both texts)."""
    data = _read_json(path, "a saved report")
    if not isinstance(data, dict) or "schema_version" not in data:
        msg = f"{path}: not a pressalign JSON report (no schema_version)"
        raise InputError(msg)
    try:
        report = Report.from_dict(data)
    except ValueError as exc:
        msg = f"{path}: {exc}"
        raise InputError(msg) from None
    except (KeyError, TypeError, AttributeError) as exc:
        msg = f"{path}: not a complete pressalign JSON report ({type(exc).__name__}: {exc})"
        raise InputError(msg) from None
    if not report.source.text or not report.derivative.text:
        msg = f"{path}: the saved report does not carry both texts; run compare again to save one"
        raise InputError(msg)
    return report


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
def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
        return f"{side_name} [{start}:{end}] “{_clip(text[start:end])}” (no segment)"
    return f"{side_name} {seg.id} [{seg.start}:{seg.end}] “{_clip(seg.text)}”"


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


def _quote_case(case: GoldCase, report: Report, tally: _Tally) -> Miss | None:
    text = report.derivative.text
    start, end = case.where.resolve(text, case.label, "derivative")
    best, best_len = None, 0
    for q in report.quotes:
        n = min(q.end, end) - max(q.start, start)
        if n > best_len:
            best, best_len = q, n
    where = f"derivative [{start}:{end}] “{_clip(text[start:end])}”"
    if best is not None:
        where = f"derivative {best.id} in {best.derivative_id} [{best.start}:{best.end}] “{_clip(best.text)}”"
    got_status = str(best.status) if best is not None else None

    if case.expect == "absent":
        if best is None:
            return None
        counted = (tally.add("FP", "quotes", got_status),)
        return Miss(case.label, case.kind, "no quote", f"quote {best.id}: {got_status}", where, counted, case.comment)

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
            counted.append(tally.add("FP", "quotes", got_status))  # type: ignore[arg-type]
        if best is None:
            problems.append("no quote found there")
        else:
            desc = got_status or ""
            if best.source_text:
                desc += f" → {best.source_id} “{_clip(best.source_text, 60)}”"
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
        exp += f" → source passage containing “{_clip(case.source_contains, 60)}”"
    return Miss(case.label, case.kind, exp, "; ".join(problems), where, tuple(counted), case.comment)


def _alignment_case(case: GoldCase, report: Report, tally: _Tally) -> Miss | None:
    ds, de = case.derivative.resolve(report.derivative.text, case.label, "derivative")
    ss, se = case.source.resolve(report.source.text, case.label, "source")
    d_segs = _overlapping(report.derivative.segments, ds, de)
    s_segs = _overlapping(report.source.segments, ss, se)
    d_ids, s_ids = {s.id for s in d_segs}, {s.id for s in s_segs}
    hits = [a for a in report.alignments if a.derivative_id in d_ids and a.source_id in s_ids]
    where = (f"{'+'.join(s.id for s in d_segs) or '(no segment)'} “{_clip(report.derivative.text[ds:de], 45)}” ↔ "
             f"{'+'.join(s.id for s in s_segs) or '(no segment)'} “{_clip(report.source.text[ss:se], 45)}”")
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
        raise _bad(case.label, "a detail phrase needs at least one word that is not a function word")
    details = [d for s in side.segments for d in s.unsupported_details]
    segs = _overlapping(side.segments, start, end)
    where = (f"derivative {'+'.join(s.id for s in segs) or '(no segment)'} [{start}:{end}] "
             f"“{_clip(side.text[start:end])}”")
    near = [d for s in segs for d in s.unsupported_details]
    got = ("details there: " + "; ".join(f"“{_clip(d.text, 40)}”" for d in near)) if near else \
        "no details there (" + ", ".join(f"{s.id} {s.status}" for s in segs) + ")"
    if case.expect == "absent":
        touched = [d for d in details if any(d.start < we and ws < d.end for ws, we in words)]
        if not touched:
            return None
        got = "reported: " + "; ".join(f"“{_clip(d.text, 40)}”" for d in touched)
        return Miss(case.label, case.kind, "no unsupported detail", got, where, (tally.add("FP", "details"),),
                    case.comment)
    if all(any(d.start <= ws and we <= d.end for d in details) for ws, we in words):
        tally.add("TP", "details")
        return None
    return Miss(case.label, case.kind, "unsupported detail", got, where, (tally.add("FN", "details"),), case.comment)


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
    for case in gold.cases:
        if case.kind == "quote":
            miss = _quote_case(case, report, tally)
        elif case.kind == "source_status":
            miss = _status_case(case, report.source, "source", _SOURCE_CATEGORIES, tally)
        elif case.kind == "derivative_status":
            miss = _status_case(case, report.derivative, "derivative", _DERIVATIVE_CATEGORIES, tally)
        elif case.kind == "alignment":
            miss = _alignment_case(case, report, tally)
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
    out += [f"Source:     {ev.source or '(text)'}", f"Derivative: {ev.derivative or '(text)'}",
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
        out.append(f"      expected: {_clip(m.expected, width - 16)}")
        out.append(f"      got:      {_clip(m.got, width - 16)}")
        out.append(f"      where:    {_clip(m.where, width - 16)}")
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
    return dict(zip(EVALUATION_CSV_FILES, (scores, misses)))


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
