"""DOCX: a Word document's body, read with python-docx (MIT), as blocks.

Paragraphs and headings are blocks; consecutive list paragraphs (a list style, or Word's numbering) make one
block of ``- item`` lines; a table is one block of ``a | b |`` rows under a ``---|`` rule after the first.
Headers, footers, footnotes, comments and text boxes are not read. The archive is checked before it is opened:
a document that would unpack to more than :data:`MAX_UNPACKED_BYTES` is refused (a "zip bomb").
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from alignment.errors import InputError
from alignment.text.readers.layout import pipe_table

__all__ = ["MAX_UNPACKED_BYTES", "docx_text"]

#: the most the archive's parts may unpack to (a 2 MB document of text unpacks to a few times that)
MAX_UNPACKED_BYTES = 200_000_000


def _list_styles(document: Any) -> frozenset[str]:
    """The ids of the document's list paragraph styles ("List Bullet", "List Number 2", ...), found once (looking
    a paragraph's style up through python-docx costs milliseconds each)."""
    return frozenset(s.style_id for s in document.styles if (getattr(s, "name", "") or "").lower().startswith("list"))


def _is_item(paragraph: Any, list_styles: frozenset[str]) -> bool:
    """A list paragraph: a list style, or Word's numbering."""
    p = paragraph._p
    if p.style in list_styles:
        return True
    ppr = p.pPr
    return ppr is not None and ppr.numPr is not None


def _is_header(row: Any) -> bool:
    """A row Word repeats at the top of each page: the table's header."""
    trpr = row._tr.trPr
    return trpr is not None and any(child.tag.endswith("}tblHeader") for child in trpr)


def _table(table: Any) -> str:
    """A table as ``a | b |`` rows (empty cells at a row's end left out), a ``---|`` rule under its header rows
    (those marked as such; else the first)."""
    rows: list[tuple[list[str], bool]] = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append((cells, _is_header(row)))
    return pipe_table(rows)


def docx_text(data: bytes, name: str) -> str:
    """The text of the Word document ``data`` as blocks separated by blank lines; :class:`InputError` when it
    is damaged, too large unpacked, or holds no text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        msg = f"{name}: cannot be read as DOCX ({exc})"
        raise InputError(msg) from None
    if unpacked > MAX_UNPACKED_BYTES:
        msg = f"{name}: the document unpacks to {unpacked:,} bytes, over the limit of {MAX_UNPACKED_BYTES:,}"
        raise InputError(msg)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        list_styles = _list_styles(document)
        blocks: list[str] = []
        items: list[str] = []
        for part in document.iter_inner_content():
            if isinstance(part, Table):
                text, item = _table(part), False
            else:
                text, item = "\n".join(" ".join(line.split()) for line in part.text.split("\n")).strip(), \
                    _is_item(part, list_styles)
            if item and text:
                items.append("- " + " ".join(text.split()))
                continue
            if items:
                blocks.append("\n".join(items))
                items = []
            if text:
                blocks.append(text)
        if items:
            blocks.append("\n".join(items))
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged file: one line, naming it
        detail = " ".join(str(exc).split())[:200]
        msg = f"{name}: cannot be read as DOCX ({type(exc).__name__}: {detail})"
        raise InputError(msg) from None
    text = "\n\n".join(blocks).replace("\x00", "")
    if not text.strip():
        msg = f"{name}: no text found in the Word document"
        raise InputError(msg)
    return text
