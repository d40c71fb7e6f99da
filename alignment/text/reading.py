"""Reading documents: UTF-8 with an optional byte-order mark, refusing what is not text, and files too large
to compare.

A file's size is checked before it is read (``stat``), and at most ``max_bytes + 1`` bytes are ever read, so a
50 MB file, ``/dev/zero`` or a pipe that never ends are refused without filling memory.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from alignment.config import DEFAULT_MAX_DOCUMENT_BYTES
from alignment.errors import InputError

__all__ = ["Document", "check_text", "decode", "read_bytes", "read_document"]

#: codecs that take a leading byte-order mark off themselves
_CODECS_TAKING_THE_BOM = frozenset({"utf-16", "utf-32", "utf-8-sig"})
#: a code point that UTF-8 cannot encode: a lone surrogate (only a lenient codec such as utf-7 yields one)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Document:
    """A text exactly as read (BOM removed). Every offset the tool reports indexes ``text``."""

    text: str
    path: str = ""


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


def read_document(path: str | Path, encoding: str | None = None,
                  max_bytes: int | None = DEFAULT_MAX_DOCUMENT_BYTES) -> Document:
    """Read a text file; raise :class:`InputError` with one clear line when it cannot be used."""
    return Document(decode(read_bytes(path, max_bytes=max_bytes), str(path), encoding), str(path))
