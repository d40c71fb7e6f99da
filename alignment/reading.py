"""Reading documents: UTF-8 with an optional byte-order mark, refusing what is not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

__all__ = ["Document", "decode", "read_bytes", "read_document"]

_BOMS = ((codecs.BOM_UTF8, "utf-8"),)


@dataclass(frozen=True, slots=True)
class Document:
    """A text exactly as read (BOM removed). Every offset the tool reports indexes ``text``."""

    text: str
    path: str = ""


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` as ``encoding`` (default UTF-8, a leading BOM removed), or raise InputError.

    >>> decode(b"\\xef\\xbb\\xbfHello.", "x")
    'Hello.'
    """
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            msg = f"{name}: looks like UTF-16 (it starts with a UTF-16 byte-order mark); pass --encoding utf-16"
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
        hint = "" if encoding.lower().replace("_", "-") != "utf-8" else "; if it is in another encoding, pass --encoding (e.g. --encoding cp1252)"
        msg = f"{name}: not valid {encoding} (byte {exc.start}: {exc.reason}){hint}"
        raise InputError(msg) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        msg = f"{name}: contains NUL characters, not a text file"
        raise InputError(msg)
    if not text.strip():
        msg = f"{name}: the file is empty or holds only whitespace"
        raise InputError(msg)
    return text


def read_bytes(path: str | Path, name: str | None = None) -> bytes:
    """The bytes of a file; raise :class:`InputError` with one clear line (naming ``name``, default the path)
    when it cannot be read."""
    p = Path(path)
    name = str(path) if name is None else name
    if not p.exists():
        msg = f"{name}: no such file"
        raise InputError(msg)
    if p.is_dir():
        msg = f"{name}: is a directory, not a file"
        raise InputError(msg)
    try:
        return p.read_bytes()
    except OSError as exc:
        msg = f"{name}: cannot be read ({exc.strerror or exc})"
        raise InputError(msg) from None


def read_document(path: str | Path, encoding: str | None = None) -> Document:
    """Read a text file; raise :class:`InputError` with one clear line when it cannot be used."""
    return Document(decode(read_bytes(path), str(path), encoding), str(path))
