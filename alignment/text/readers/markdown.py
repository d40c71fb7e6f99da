"""Markdown: the text without its markup, laid out as blocks (markdown-it-py, MIT, parses it).

Headings and paragraphs are blocks; a list is one block of ``- item`` (or ``1. item``) lines; a table is one
block of ``a | b |`` rows under a ``---|`` rule; emphasis, links (their text kept), images (their alt text kept)
and inline HTML tags are taken off; code is kept as it is; entities are decoded.

>>> markdown_text("# Aid *rises*\\n\\nThe [minister](https://x.org) said &ldquo;yes&rdquo;.\\n\\n- one\\n- two", "x")
'Aid rises\\n\\nThe minister said “yes”.\\n\\n- one\\n- two'
"""

from __future__ import annotations

import re
from typing import Any

from alignment.errors import InputError

__all__ = ["markdown_text"]

_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _inline(token: Any) -> str:
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "image"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Layout:
    """Blocks being written: the lines of the current one, and the open lists."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.lists: list[list[Any]] = []  # per open list: [marker kind, next number]
        self.item_started = False
        self.row: list[str] | None = None

    def flush(self) -> None:
        text = "\n".join(line.strip() for line in self.lines if line.strip())
        if text:
            self.blocks.append(text)
        self.lines = []

    def inline(self, text: str) -> None:
        if self.row is not None:
            self.row.append(_one_line(text))
        elif self.lists:
            kind, number = self.lists[-1]
            if self.item_started:  # a further paragraph of the same item: a line of its own
                self.lines.append(_one_line(text))
                return
            marker = f"{number}." if kind == "ordered" else "-"
            self.lines.append(f"{marker} {_one_line(text)}")
            self.item_started = True
        else:
            self.lines.append(text)


def markdown_text(source: str, name: str) -> str:
    """The text of the Markdown ``source`` as blocks separated by blank lines; :class:`InputError` when it has
    none."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    out = _Layout()
    for tok in parser.parse(source):
        kind = tok.type
        if kind == "inline":
            out.inline(_inline(tok))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            if not out.lists:
                out.flush()
            start = int(tok.attrs.get("start", 1) or 1) if kind == "ordered_list_open" else 1
            out.lists.append(["ordered" if kind == "ordered_list_open" else "bullet", start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            out.lists.pop()
            if not out.lists:
                out.flush()
        elif kind == "list_item_open":
            out.item_started = False
        elif kind == "list_item_close":
            out.lists[-1][1] += 1
            out.item_started = True  # text after a nested list belongs to the outer item
        elif kind == "tr_open":
            out.row = []
        elif kind == "tr_close" and out.row is not None:
            out.lines.append(" | ".join(out.row) + " |")
            out.row = None
        elif kind == "thead_close":
            out.lines.append("---|" * max(1, out.lines[-1].count(" | ") + 1) if out.lines else "---|")
        elif kind in ("fence", "code_block"):
            out.flush()
            out.lines.append(tok.content.rstrip("\n"))
            out.flush()
        elif kind == "html_block":
            out.flush()
            out.lines.append(_TAG_RE.sub("", tok.content))
            out.flush()
        elif kind in ("heading_open", "heading_close", "paragraph_open", "paragraph_close", "table_open",
                      "table_close", "hr", "blockquote_open", "blockquote_close") and not out.lists:
            out.flush()
    out.flush()
    text = "\n\n".join(out.blocks)
    if not text.strip():
        msg = f"{name}: no text found in the Markdown"
        raise InputError(msg)
    return text
