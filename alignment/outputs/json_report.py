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
_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


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
            yield f"{inner}{_LINE(key)}: "
            yield from _layout(item, inner)
            yield ",\n" if k < len(value) - 1 else "\n"
        yield margin + "}"
    elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        yield "[\n" + ",\n".join(inner + _LINE(item) for item in value) + "\n" + margin + "]"
    else:
        yield _LINE(value)
