"""Readers: the formats a document can come in, and which one a file is in.

Each :class:`Reader` turns a file's content into the plain text the comparison works on: ``txt`` (the text
itself), ``md`` (Markdown, its markup taken off), ``html`` (a web page's main text, without navigation, scripts or
styles), ``pdf`` (the text layer) and ``docx`` (Word). Text formats are decoded first (by
:mod:`alignment.text.reading`, which owns encodings and limits) and given to their reader as a string; binary
formats are given their bytes. Every reader lays its text out the same way: one block (paragraph, heading, list,
table) after another, separated by a blank line, list items as ``- item`` lines and table rows as ``a | b |``
lines, which is what :mod:`alignment.text.blocks` reads. The extracted text is the document: every offset indexes it.

:func:`choose_reader` picks the reader: a name given (``--input-format``) wins; otherwise the content's signature
for a binary format (``%PDF-``, a ZIP holding ``word/document.xml``), then the file's extension, then an HTML
document's opening tag, else plain text.

>>> choose_reader("notes.md", b"# Title").name, choose_reader("x", b"<!DOCTYPE html><p>Hi</p>").name
('md', 'html')
>>> choose_reader("statement.txt", b"%PDF-1.7 ...").name  # a PDF whatever its name
'pdf'
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from alignment.errors import InputError

__all__ = ["INPUT_FORMATS", "READERS", "Reader", "choose_reader"]


@dataclass(frozen=True, slots=True)
class Reader:
    """One input format: its name (as ``--input-format`` and the report's ``reader`` field spell it), the file
    extensions that select it, whether it reads bytes (``binary``) or decoded text, and ``extract``, which
    returns the document's text or raises :class:`~alignment.errors.InputError` naming the file."""

    name: str
    extensions: tuple[str, ...]
    binary: bool
    extract: Callable[..., str]
    #: for a text format: the encoding the content declares (an HTML ``<meta charset>``), used when none is given
    declared_encoding: Callable[[bytes], str | None] | None = None


def _plain(text: str, name: str) -> str:
    return text


def _html(text: str, name: str) -> str:
    from alignment.text.readers.html import html_text

    return html_text(text, name)


def _html_charset(data: bytes) -> str | None:
    from alignment.text.readers.html import declared_charset

    return declared_charset(data)


def _markdown(text: str, name: str) -> str:
    from alignment.text.readers.markdown import markdown_text

    return markdown_text(text, name)


def _pdf(data: bytes, name: str) -> str:
    from alignment.text.readers.pdf import pdf_text

    return pdf_text(data, name)


def _docx(data: bytes, name: str) -> str:
    from alignment.text.readers.docx import docx_text

    return docx_text(data, name)


#: every reader, by name: the one table of input formats (the CLI's --input-format choices come from it)
READERS: dict[str, Reader] = {r.name: r for r in (
    Reader("txt", (".txt", ".text"), False, _plain),
    Reader("md", (".md", ".markdown", ".mdown", ".mkd"), False, _markdown),
    Reader("html", (".html", ".htm", ".xhtml", ".shtml"), False, _html, _html_charset),
    Reader("pdf", (".pdf",), True, _pdf),
    Reader("docx", (".docx",), True, _docx),
)}
#: the values of --input-format: ``auto`` and each reader's name
INPUT_FORMATS = ("auto", *READERS)

_BY_EXTENSION = {ext: r for r in READERS.values() for ext in r.extensions}
_HTML_START_RE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                            re.IGNORECASE | re.DOTALL)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return set()


def _by_signature(data: bytes, name: str) -> Reader | None:
    """The reader a binary format's signature names; an archive or Office file of another kind is an error."""
    if data.lstrip(b" \t\r\n\x00").startswith(b"%PDF-"):
        return READERS["pdf"]
    if data.startswith(b"PK\x03\x04"):
        if "word/document.xml" in _zip_names(data):
            return READERS["docx"]
        msg = (f"{name}: a ZIP archive (a .zip, .xlsx, .odt or .epub?), not a document pressalign reads; "
               "save it as .docx, .pdf, .html, .md or .txt")
        raise InputError(msg)
    if data.startswith(_OLE_MAGIC):
        msg = f"{name}: an old Office file (.doc?), not a document pressalign reads; save it as .docx or .txt"
        raise InputError(msg)
    return None


def choose_reader(name: str, data: bytes, input_format: str = "auto") -> Reader:
    """The reader for a file called ``name`` with content ``data``: ``input_format`` when it names one, else
    chosen from the content and the extension (see the module's docstring)."""
    if input_format != "auto":
        try:
            return READERS[input_format]
        except KeyError:
            msg = f"unknown input format {input_format!r} (choose from {', '.join(INPUT_FORMATS)})"
            raise InputError(msg) from None
    signed = _by_signature(data, name)
    if signed is not None:
        return signed
    by_extension = _BY_EXTENSION.get(PurePath(name).suffix.lower())
    if by_extension is not None:
        if by_extension.binary:  # .pdf or .docx without the signature
            msg = (f"{name}: not a {by_extension.name.upper()} file (its content does not start as one does); "
                   "give the real file, or --input-format to say what it is")
            raise InputError(msg)
        return by_extension
    if _HTML_START_RE.match(data[:4096]):
        return READERS["html"]
    return READERS["txt"]
