"""Gold annotations: the ``pressalign-gold/1`` format (``docs/gold-format.md``) parsed into :class:`Gold`, and
saved reports read back for scoring."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alignment.config import DEFAULT_MAX_DOCUMENT_BYTES
from alignment.errors import InputError
from alignment.model import DISCREPANCY_KINDS, DerivativeStatus, QuoteStatus, SourceStatus
from alignment.report import Report
from alignment.text.reading import read_document

__all__ = ["GOLD_SCHEMA", "KINDS", "Gold", "GoldCase", "Locator", "bad_case", "clip", "load_gold", "parse_gold",
           "read_report"]

GOLD_SCHEMA = "pressalign-gold/1"
KINDS = ("quote", "source_status", "derivative_status", "alignment", "detail", "discrepancy")
_SOURCE_STATUSES = tuple(str(s) for s in SourceStatus)
_DERIVATIVE_STATUSES = tuple(str(s) for s in DerivativeStatus)
_QUOTE_STATUSES = tuple(str(s) for s in QuoteStatus)
_LOCATOR_KEYS = ("phrase", "start", "end", "occurrence")
_COMMON_KEYS = {"label", "kind", "comment"}
_KEYS = {
    "quote": _COMMON_KEYS | {"text", "status", "scare_quote", "source_contains", "expect", *_LOCATOR_KEYS},
    "source_status": _COMMON_KEYS | {"status", *_LOCATOR_KEYS},
    "derivative_status": _COMMON_KEYS | {"status", *_LOCATOR_KEYS},
    "alignment": _COMMON_KEYS | {"expect", *(f"{side}_{k}" for side in ("source", "derivative")
                                             for k in _LOCATOR_KEYS)},
    "detail": _COMMON_KEYS | {"expect", *_LOCATOR_KEYS},
    "discrepancy": _COMMON_KEYS | {"expect", "discrepancy_kind", *_LOCATOR_KEYS},
}
_TOP_KEYS = {"schema", "source", "derivative", "comment", "cases"}


# ====================================================================== gold
def clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
                           f"{clip(self.phrase, 60)!r}")
                    raise InputError(msg)
                return self.start, self.end  # type: ignore[return-value]
            if not starts:
                msg = f"gold case {label!r}: phrase {clip(self.phrase, 60)!r} is not in the {side} text"
                raise InputError(msg)
            if self.occurrence is None:
                if len(starts) > 1:
                    msg = (f"gold case {label!r}: phrase {clip(self.phrase, 60)!r} occurs {len(starts)} times in "
                           f"the {side}; make it longer or give occurrence")
                    raise InputError(msg)
                return starts[0], starts[0] + len(self.phrase)
            if self.occurrence > len(starts):
                msg = (f"gold case {label!r}: phrase {clip(self.phrase, 60)!r} occurs {len(starts)} times in the "
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
    discrepancy_kind: str | None = None  # discrepancy cases: the kind expected (any kind when None)


@dataclass(frozen=True)
class Gold:
    """A parsed gold file: its cases and, if it names them, the pair's paths (resolved against the file)."""

    cases: tuple[GoldCase, ...]
    source: str | None = None
    derivative: str | None = None
    path: str = ""


def bad_case(label: str, what: str) -> InputError:
    return InputError(f"gold case {label!r}: {what}")


def _locator(raw: Mapping[str, Any], label: str, prefix: str = "") -> Locator:
    name = prefix or "the case"
    phrase, start, end, occ = (raw.get(prefix + k) for k in _LOCATOR_KEYS)
    if phrase is not None and (not isinstance(phrase, str) or not phrase.strip()):
        raise bad_case(label, f"{prefix}phrase must be a non-empty string")
    for key, value in ((f"{prefix}start", start), (f"{prefix}end", end), (f"{prefix}occurrence", occ)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise bad_case(label, f"{key} must be a non-negative integer")
    if phrase is None and (start is None or end is None):
        raise bad_case(label, f"{name} needs {prefix}phrase, or {prefix}start and {prefix}end")
    if (start is None) != (end is None):
        raise bad_case(label, f"give both {prefix}start and {prefix}end, or neither")
    if start is not None and end is not None and end <= start:
        raise bad_case(label, f"{prefix}end must be greater than {prefix}start")
    if occ is not None and (phrase is None or start is not None or occ < 1):
        raise bad_case(label, f"{prefix}occurrence (1 for the first) goes with {prefix}phrase and no offsets")
    return Locator(phrase, start, end, occ)


def _statuses(raw: Mapping[str, Any], label: str, allowed: tuple[str, ...], *, single: bool) -> tuple[str, ...]:
    value = raw.get("status")
    if value is None:
        raise bad_case(label, "needs a status")
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise bad_case(label, "status must be a string or a non-empty list of strings")
    if single and len(values) != 1:
        raise bad_case(label, "a quote expects exactly one status")
    for v in values:
        if v not in allowed:
            raise bad_case(label, f"unknown status {v!r} (expected one of {', '.join(allowed)})")
    if len(set(values)) != len(values):
        raise bad_case(label, "status lists a value twice")
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
        raise bad_case(label, "the label is used twice")
    seen.add(label)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise bad_case(label, f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    unknown = sorted(set(raw) - _KEYS[kind])
    if unknown:
        raise bad_case(label, f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} for kind {kind}")
    comment = raw.get("comment", "")
    if not isinstance(comment, str):
        raise bad_case(label, "comment must be a string")
    expect = raw.get("expect", "present")
    if expect not in ("present", "absent"):
        raise bad_case(label, f"expect must be 'present' or 'absent', not {expect!r}")

    if kind == "alignment":
        return GoldCase(label, kind, comment, expect, source=_locator(raw, label, "source_"),
                        derivative=_locator(raw, label, "derivative_"))
    if kind == "quote":
        if "text" in raw and "phrase" in raw:
            raise bad_case(label, "give text or phrase, not both")
        raw = {**raw, "phrase": raw.get("text", raw.get("phrase"))}
        where = _locator(raw, label)
        if expect == "absent":
            extra = sorted(k for k in ("status", "scare_quote", "source_contains") if k in raw)
            if extra:
                raise bad_case(label, f"an absent quote takes no {', '.join(extra)}")
            return GoldCase(label, kind, comment, expect, where=where)
        status = _statuses(raw, label, _QUOTE_STATUSES, single=True)
        scare = raw.get("scare_quote")
        if scare is not None and not isinstance(scare, bool):
            raise bad_case(label, "scare_quote must be true or false")
        contains = raw.get("source_contains")
        if contains is not None:
            if not isinstance(contains, str) or not contains.strip():
                raise bad_case(label, "source_contains must be a non-empty string")
            if status == ("unsupported",):
                raise bad_case(label, "an unsupported quote has no source passage to contain anything")
        return GoldCase(label, kind, comment, expect, status=status, scare_quote=scare, source_contains=contains,
                        where=where)
    if kind == "detail":
        return GoldCase(label, kind, comment, expect, where=_locator(raw, label))
    if kind == "discrepancy":
        wanted = raw.get("discrepancy_kind")
        if wanted is not None and (expect == "absent" or wanted not in DISCREPANCY_KINDS):
            what = "an absent discrepancy takes no discrepancy_kind" if expect == "absent" else \
                f"discrepancy_kind must be one of {', '.join(DISCREPANCY_KINDS)}"
            raise bad_case(label, what)
        return GoldCase(label, kind, comment, expect, where=_locator(raw, label), discrepancy_kind=wanted)
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
    except (ValueError, InputError) as exc:
        msg = f"{path}: {exc}"
        raise InputError(msg) from None
    except (KeyError, TypeError, AttributeError) as exc:
        msg = f"{path}: not a complete pressalign JSON report ({type(exc).__name__}: {exc})"
        raise InputError(msg) from None
    if not report.source.text or not report.derivative.text:
        msg = f"{path}: the saved report does not carry both texts; run compare again to save one"
        raise InputError(msg)
    return report

