"""The JSON export: the report as ``Report.to_dict`` gives it, laid out one record a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alignment.report import Report

__all__ = ["json_text", "report_json"]


def report_json(report: Report) -> str:
    """The JSON report as text: UTF-8, stable key order, trailing newline; objects are indented by two spaces
    and every record of a list of records (a segment, an alignment, a quote) is one line (:func:`json_text`)."""
    return json_text(report.to_dict())


#: one line of JSON: the C encoder (json.dumps with an indent falls back to a pure-Python one, and the report's
#: thousands of small values made it a tenth of a comparison's cost outside spaCy)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_LINE = _ENCODER.encode
#: a str as ``_LINE`` writes it (``JSONEncoder.encode`` hands a str straight to it)
_STRING = json.encoder.encode_basestring
#: the C encoder that ``_LINE`` makes anew on every call, made once: a report's records and values are thousands of
#: calls (without the circular-reference check, which changes nothing in what is written); None where Python has no
#: C encoder
_C_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_C_LINE = (_C_MAKE_ENCODER(None, _ENCODER.default, _STRING, None, ": ", ", ", False, False, True)
           if _C_MAKE_ENCODER is not None else None)


def _line(value: object) -> str:
    """``_LINE(value)``, for less."""
    if type(value) is str:
        return _STRING(value)
    if _C_LINE is None:
        return _LINE(value)
    return "".join(_C_LINE(value, 0))


def json_text(value: object) -> str:
    """``value`` as JSON text: objects indented by two spaces, a list of objects one object a line.

    >>> print(json_text({"a": 1, "rows": [{"id": "S1", "tags": ["x"]}, {"id": "S2", "tags": []}]}), end="")
    {
      "a": 1,
      "rows": [
        {"id": "S1", "tags": ["x"]},
        {"id": "S2", "tags": []}
      ]
    }
    """
    return "".join(_layout(value, "")) + "\n"


def _layout(value: object, margin: str) -> Iterator[str]:
    inner = margin + "  "
    if isinstance(value, dict) and value:
        yield "{\n"
        for k, (key, item) in enumerate(value.items()):
            yield f"{inner}{_line(key)}: "
            yield from _layout(item, inner)
            yield ",\n" if k < len(value) - 1 else "\n"
        yield margin + "}"
    elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        yield "[\n" + ",\n".join(inner + _line(item) for item in value) + "\n" + margin + "]"
    else:
        yield _line(value)
