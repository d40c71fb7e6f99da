"""The layout every reader writes a table in: ``a | b |`` rows, the header rows first, then a ``---|`` rule
(what :mod:`alignment.text.blocks` reads as a table)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["pipe_table"]


def pipe_table(rows: Sequence[tuple[Sequence[str], bool]]) -> str:
    """``rows`` (each a row's cells and whether it is a header row) as one table block; the leading header rows
    (at least the first row) go above the rule.

    >>> print(pipe_table([(["Name", "Age"], True), (["Ann", "40"], False)]))
    Name | Age |
    ---|---|
    Ann | 40 |
    """
    if not rows:
        return ""
    heads = next((n for n, (_, head) in enumerate(rows) if not head), len(rows)) or 1
    width = max(len(cells) for cells, _ in rows)
    lines = [" | ".join(cells) + " |" for cells, _ in rows]
    return "\n".join([*lines[:heads], "---|" * width, *lines[heads:]])
