"""HTML: a web page's main text, found by trafilatura (Apache-2.0), laid out as blocks.

trafilatura drops what is not the page's text (navigation, headers and footers, scripts, styles, forms,
comments) and gives the rest as a tree of paragraphs, headings, lists, tables and quotations, entities decoded;
this module writes that tree as the blocks every reader writes (see :mod:`alignment.text.readers`).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from alignment.errors import InputError
from alignment.text.readers.layout import pipe_table

__all__ = ["declared_charset", "html_text"]

_CHARSET_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.IGNORECASE)
_SPACES_RE = re.compile(r"[^\S\n]+")


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>`` (or ``http-equiv``) near its start, if Python
    knows it.

    >>> declared_charset(b'<html><head><meta charset="windows-1252">'), declared_charset(b"<p>x</p>")
    ('cp1252', None)
    """
    m = _CHARSET_RE.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def _inline(el: Any, skip: frozenset[str] = frozenset()) -> str:
    """An element's text, its markup (emphasis, links) taken off and a line break kept as one."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in skip:
            parts.append(_inline(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    lines = (_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _cells(texts: list[str]) -> list[str]:
    """A row's cells, each on one line, empty cells at its end left out."""
    cells = [_clean(t).replace("\n", " ") for t in texts]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _header_rows(page: Any) -> set[tuple[str, ...]]:
    """The rows of the page's tables made of header cells (``<th>``) only, by their cells' texts (trafilatura
    keeps only a table's first row as its header)."""
    heads = set()
    for row in page.iter("tr"):
        found = [c for c in row if c.tag in ("th", "td")]
        if found and all(c.tag == "th" for c in found):
            heads.add(tuple(_cells([c.text_content() for c in found])))
    return heads


def _table(el: Any, header_rows: set[tuple[str, ...]]) -> str:
    """A table as ``a | b |`` rows (empty cells at a row's end left out), a ``---|`` rule under its header rows
    (the page's rows of header cells; else the first)."""
    rows: list[tuple[list[str], bool]] = []
    for row in el.iter("row"):
        found = row.findall("cell")
        cells = _cells([_inline(c) for c in found])
        if cells:
            head = tuple(cells) in header_rows or all(c.get("role") == "head" for c in found)
            rows.append((cells, head))
    return pipe_table(rows)


def _blocks(parent: Any, header_rows: set[tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    for el in parent:
        if el.tag == "list":
            items = (_clean(_inline(item, frozenset({"list"}))).replace("\n", " ") for item in el.iter("item"))
            out.append("\n".join(f"- {t}" for t in items if t))
        elif el.tag == "table":
            out.append(_table(el, header_rows))
        elif el.tag in ("quote", "div") and any(c.tag in ("p", "list", "table", "head") for c in el):
            out.extend(_blocks(el, header_rows))
        else:
            out.append(_clean(_inline(el)))
    return [b for b in out if b]


def html_text(html: str, name: str) -> str:
    """The main text of the page ``html`` as blocks separated by blank lines; :class:`InputError` when it
    has none."""
    import trafilatura
    from trafilatura.utils import load_html

    try:
        page = load_html(html)
        if page is None:
            msg = f"{name}: cannot be read as HTML"
            raise InputError(msg)
        header_rows = _header_rows(page)
        doc = trafilatura.bare_extraction(
            page, favor_recall=True, include_comments=False, include_tables=True, include_formatting=True,
            include_links=False, include_images=False, with_metadata=False, deduplicate=False,
        )
    except InputError:
        raise
    except Exception as exc:  # a page the parser cannot take: one line, naming the file
        msg = f"{name}: cannot be read as HTML ({type(exc).__name__}: {exc})"
        raise InputError(msg) from None
    body = getattr(doc, "body", None)
    text = "\n\n".join(_blocks(body, header_rows)) if body is not None else ""
    if not text.strip():
        msg = f"{name}: no text found in the HTML page (is it a page of links, or filled in by JavaScript?)"
        raise InputError(msg)
    return text
