"""Reading documents: UTF-8 with an optional byte-order mark, refusing what is not text, and files too large
to compare; the format's reader (:mod:`alignment.text.readers`: txt, md, html, pdf, docx) then gives the text.

A file's size is checked before it is read (``stat``), and at most ``max_bytes + 1`` bytes are ever read, so a
50 MB file, ``/dev/zero`` or a pipe that never ends are refused without filling memory. ``-`` is standard input,
read once under the same limit. A URL is refused: the tool works offline.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from alignment.config import DEFAULT_MAX_DOCUMENT_BYTES
from alignment.errors import InputError
from alignment.text.readers import choose_reader

__all__ = ["STDIN", "STDIN_NAME", "Document", "check_text", "decode", "document_from_bytes", "guess_encoding",
           "read_bytes", "read_document"]

#: the path that means standard input, and the name the report and messages give it
STDIN = "-"
STDIN_NAME = "<stdin>"
#: what ``--encoding auto`` asks for
AUTO_ENCODING = "auto"
_URL_RE = re.compile(r"^(?:https?|ftp)://?", re.IGNORECASE)  # Click's Path may have collapsed the // to /

#: codecs that take a leading byte-order mark off themselves
_CODECS_TAKING_THE_BOM = frozenset({"utf-16", "utf-32", "utf-8-sig"})
#: a code point that UTF-8 cannot encode: a lone surrogate (only a lenient codec such as utf-7 yields one)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Document:
    """A text exactly as read (BOM removed), or as its format's reader extracted it. Every offset the tool
    reports indexes ``text``. ``reader`` names the format it was read as (``txt``, ``md``, ``html``, ``pdf``,
    ``docx``; ``""`` for a text given as a string), ``encoding`` the encoding its bytes were decoded with
    (``""`` for a binary format or a string)."""

    text: str
    path: str = ""
    reader: str = ""
    encoding: str = ""


def _too_large(name: str, size: str, limit: int) -> InputError:
    return InputError(f"{name}: {size}, over the limit of {limit:,} bytes per document "
                      f"(raise it with --max-document-bytes)")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at the start of ``data`` names, else None.

    >>> bom_encoding("x".encode("utf-16")), bom_encoding(b"x")
    ('utf-16', None)
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts FF FE
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` as ``encoding`` (default UTF-8, a leading BOM removed), or raise InputError.

    >>> decode(b"\\xef\\xbb\\xbfHello.", "x")
    'Hello.'
    >>> decode("Caf\\u00e9.".encode("cp1252"), "x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    alignment.errors.InputError: x: not valid utf-8 (byte 3: ...); if it is in another encoding, pass --encoding ...
    """
    bom_removed = False
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
            bom_removed = True
        elif bom := bom_encoding(data):
            label = bom.upper()
            msg = f"{name}: looks like {label} (it starts with a {label} byte-order mark); pass --encoding {bom}"
            raise InputError(msg)
        if b"\x00" in data:
            msg = f"{name}: binary data (NUL bytes), not a text file"
            raise InputError(msg)
        encoding = "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        msg = f"unknown encoding {encoding!r}"
        raise InputError(msg) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        utf8 = encoding.lower().replace("_", "-") == "utf-8"
        hint = "; if it is in another encoding, pass --encoding (e.g. --encoding cp1252)" if utf8 else ""
        msg = f"{name}: not valid {encoding} (byte {exc.start}: {exc.reason}){hint}"
        raise InputError(msg) from None
    except (LookupError, ValueError, TypeError):  # a codec that is not a text encoding ("hex", "zlib", "rot13")
        msg = f"{name}: cannot be decoded as {encoding!r} (not a text encoding, or not this one)"
        raise InputError(msg) from None
    if text.startswith("\ufeff") and codecs.lookup(encoding).name not in _CODECS_TAKING_THE_BOM and not bom_removed:
        text = text[1:]  # one byte-order mark, never a second (a zero-width no-break space of the text)
    if "\x00" in text:
        msg = f"{name}: contains NUL characters, not a text file"
        raise InputError(msg)
    bad = _SURROGATE_RE.search(text)
    if bad:
        msg = f"{name}: decodes to a lone surrogate (U+{ord(bad.group()):04X}) at character {bad.start()}, not text"
        raise InputError(msg)
    if not text.strip():
        msg = f"{name}: the file is empty or holds only whitespace"
        raise InputError(msg)
    return text


def _check_regular(mode: int, name: str) -> None:
    """Refuse a directory, and anything else that is not a regular file: a pipe or FIFO (reading it may wait
    forever for a writer), a device (``/dev/zero`` never ends), a socket."""
    if stat.S_ISDIR(mode):
        msg = f"{name}: is a directory, not a file"
        raise InputError(msg)
    if not stat.S_ISREG(mode):
        msg = f"{name}: not a regular file (a pipe, device or socket); save the text to a file first"
        raise InputError(msg)


def read_bytes(path: str | Path, name: str | None = None, max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a file; raise :class:`InputError` with one clear line (naming ``name``, default the path)
    when it cannot be read or holds more than ``max_bytes`` (``None``: no limit).

    The size is checked with ``stat`` before reading, and no more than ``max_bytes + 1`` bytes are read (a device
    or a pipe reports no size), so memory stays bounded whatever the path points at.
    """
    p = Path(path)
    name = str(path) if name is None else name
    try:
        info = p.stat()
    except FileNotFoundError:
        msg = f"{name}: no such file"
        raise InputError(msg) from None
    except OSError as exc:
        msg = f"{name}: cannot be read ({exc.strerror or exc})"
        raise InputError(msg) from None
    _check_regular(info.st_mode, name)
    if max_bytes is not None and info.st_size > max_bytes:
        raise _too_large(name, f"{info.st_size:,} bytes", max_bytes)
    try:
        # opened without blocking (a FIFO put there since the check would wait forever for a writer), then checked
        # again on the open file, which is what is read
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            _check_regular(os.fstat(fh.fileno()).st_mode, name)
            if hasattr(os, "set_blocking"):
                os.set_blocking(fh.fileno(), True)
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError as exc:
        msg = f"{name}: cannot be read ({exc.strerror or exc})"
        raise InputError(msg) from None
    if max_bytes is not None and len(data) > max_bytes:  # it grew, or it is a device or a pipe
        msg = f"{name}: longer than the limit of {max_bytes:,} bytes per document (raise it with --max-document-bytes)"
        raise InputError(msg)
    return data


def check_text(text: str, name: str, max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES) -> None:
    """Raise :class:`InputError` when ``text`` (given as a string, not read from a file) cannot be compared: it
    holds a lone surrogate (no export could write it), or encoded as UTF-8 it is longer than ``max_bytes``
    (``None``: no limit).

    >>> check_text("déjà vu", "x", max_bytes=8)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    alignment.errors.InputError: x: 9 bytes as UTF-8, over the limit of 8 bytes per document (raise it with ...)
    """
    bad = _SURROGATE_RE.search(text)
    if bad:
        msg = f"{name}: holds a lone surrogate (U+{ord(bad.group()):04X}) at character {bad.start()}, not text"
        raise InputError(msg)
    if max_bytes is None or len(text) <= max_bytes // 4:  # at most 4 bytes a character: certainly within
        return
    if len(text) > max_bytes:  # at least a byte a character: certainly over, without encoding it
        raise _too_large(name, f"{len(text):,} characters", max_bytes)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise _too_large(name, f"{size:,} bytes as UTF-8", max_bytes)


def guess_encoding(data: bytes, name: str) -> str:
    """The encoding charset-normalizer (MIT) finds most likely for ``data``, as Python names it.

    >>> guess_encoding("Le café où l’on dîne est fermé aujourd’hui.".encode("utf-8"), "x")
    'utf-8'
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        msg = f"{name}: cannot guess its encoding (it may not be text); name it with --encoding"
        raise InputError(msg)
    return codecs.lookup(best.encoding).name


def document_from_bytes(data: bytes, name: str, encoding: str | None = None, *,
                        input_format: str = "auto") -> Document:
    """The document in ``data`` (the content of the file ``name``): its format chosen (``input_format``, else
    from the content and the name), decoded when it is a text format (``encoding``; ``None``: UTF-8, or what an
    HTML page declares; ``"auto"``: guessed), and its text extracted."""
    reader = choose_reader(name, data, input_format)
    if reader.binary:
        return Document(reader.extract(data, name), name, reader.name, "")
    if encoding is not None and encoding.lower() == AUTO_ENCODING:  # a byte-order mark is no guess
        if data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        else:
            encoding = bom_encoding(data) or guess_encoding(data, name)
    elif encoding is None and reader.declared_encoding is not None and not data.startswith(codecs.BOM_UTF8):
        encoding = reader.declared_encoding(data)
        if encoding == "utf-8":
            encoding = None  # today's rules for UTF-8: the NUL and byte-order-mark checks
    text = decode(data, name, encoding)
    used = "utf-8" if encoding is None else codecs.lookup(encoding).name
    return Document(reader.extract(text, name), name, reader.name, used)


def _read_stream(stream: BinaryIO, name: str, max_bytes: int | None) -> bytes:
    try:
        data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    except OSError as exc:
        msg = f"{name}: cannot be read ({exc.strerror or exc})"
        raise InputError(msg) from None
    if max_bytes is not None and len(data) > max_bytes:
        msg = f"{name}: longer than the limit of {max_bytes:,} bytes per document (raise it with --max-document-bytes)"
        raise InputError(msg)
    return data


def read_document(path: str | Path, encoding: str | None = None,
                  max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES, *, input_format: str = "auto",
                  stdin: BinaryIO | None = None) -> Document:
    """Read a document (``-``: standard input, or ``stdin`` when given) in its format (see
    :func:`document_from_bytes`); raise :class:`InputError` with one clear line when it cannot be used."""
    name = str(path)
    if name == STDIN:
        if stdin is None and sys.stdin is not None and sys.stdin.isatty():
            msg = "standard input (-) is the terminal: pipe or redirect a document into it (… | pressalign compare A -)"
            raise InputError(msg)
        stream = stdin if stdin is not None else sys.stdin.buffer
        return document_from_bytes(_read_stream(stream, "standard input", max_bytes), STDIN_NAME, encoding,
                                   input_format=input_format)
    if _URL_RE.match(name) and not os.path.lexists(name):
        url = _URL_RE.sub(lambda m: m.group().rstrip("/") + "//", name, count=1)  # the // Click's Path collapsed
        msg = (f"{url}: a web address; pressalign works offline: save the page first (in the browser, "
               "Save Page As, .html) and give the file")
        raise InputError(msg)
    return document_from_bytes(read_bytes(path, max_bytes=max_bytes), name, encoding, input_format=input_format)
