"""The manifest of a batch: a CSV of pairs (``source``, ``derivative``, optional ``pair_id``) read into
:class:`PairSpec` records."""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from alignment.errors import InputError
from alignment.text.reading import bom_encoding, decode, read_bytes

__all__ = ["PairSpec", "read_manifest"]

#: a pair_id is one folder name: letters, digits, "_", "-", "."; it cannot start with "." or "-"
_SAFE_ID = re.compile(r"\w[\w.\-]{0,127}")


@dataclass(frozen=True)
class PairSpec:
    """One row of a manifest. ``source``/``derivative`` are as written (relative to the manifest's folder)."""

    index: int
    pair_id: str
    source: str
    derivative: str
    source_path: Path
    derivative_path: Path


# ---------------------------------------------------------------------------------------------- manifest
def _column(name: str) -> str:
    """A manifest column's name as the batch reads it: ``" Pair ID"`` -> ``"pair_id"``."""
    return "_".join(name.strip().lower().split())


def _manifest_text(data: bytes, name: str) -> str:
    """The manifest as text: UTF-8, or UTF-16/32 with a byte-order mark (a spreadsheet's "Unicode text").
    ``--encoding`` is for the pairs' files, not for the manifest, so the error says how to save it instead."""
    bom = bom_encoding(data)
    if bom:
        return decode(data, name, bom)
    try:
        return decode(data, name)
    except InputError:
        msg = (f"{name}: the manifest is not valid UTF-8; save it as CSV UTF-8 (--encoding applies to the pairs' "
               "files, not to the manifest)")
        raise InputError(msg) from None


def _local_path(base: Path, name: str) -> Path:
    """The file a manifest names, relative to its folder. A manifest written on Windows has relative paths with
    backslashes (``data\\a.txt``): on POSIX, where a backslash is a character of a file name, such a path is read
    with '/' when no file has the name as written and the file with '/' exists."""
    path = base / name
    if "\\" in name and os.sep == "/" and not path.exists():
        posix = base / PureWindowsPath(name).as_posix()
        if posix.exists():
            return posix
    return path


def read_manifest(path: str | Path) -> list[PairSpec]:
    """The pairs of a manifest CSV, in order; a malformed manifest raises :class:`InputError` naming its line.

    Missing or unreadable pair files are not checked here: they are recorded as that pair's error.
    """
    manifest = Path(path)
    text = _manifest_text(read_bytes(manifest, max_bytes=None), str(manifest))
    header = text.split("\n", 1)[0]
    # a spreadsheet saves CSV with ";" where "," is the decimal comma, or as tab-separated text
    delimiter = next((d for d in (",", ";", "\t") if d in header), ",")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    # "Source", " derivative ", "Pair ID": column names as a person or a spreadsheet writes them
    reader.fieldnames = [_column(name) for name in (reader.fieldnames or [])]
    columns = reader.fieldnames
    missing = [c for c in ("source", "derivative") if c not in columns]
    if missing:
        msg = f"{manifest}: the manifest needs the columns source and derivative (missing: {', '.join(missing)})"
        raise InputError(msg)
    base = manifest.parent
    pairs: list[PairSpec] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        src, der = (row.get("source") or "").strip(), (row.get("derivative") or "").strip()
        if not src or not der:
            msg = f"{manifest}, line {line}: a pair needs both a source and a derivative"
            raise InputError(msg)
        pair_id = (row.get("pair_id") or "").strip() or str(len(pairs) + 1)
        if not _SAFE_ID.fullmatch(pair_id):
            msg = (f"{manifest}, line {line}: pair_id {pair_id!r} is not a safe folder name (letters, digits, "
                   "'_', '-' and '.', not starting with '.' or '-', at most 128 characters)")
            raise InputError(msg)
        folded = pair_id.casefold()  # case-insensitive file systems would merge "A" and "a"
        if folded in seen:
            msg = f"{manifest}, line {line}: pair_id {pair_id!r} repeats the pair of line {seen[folded]}"
            raise InputError(msg)
        seen[folded] = line
        pairs.append(PairSpec(len(pairs), pair_id, src, der, _local_path(base, src), _local_path(base, der)))
    if not pairs:
        msg = f"{manifest}: the manifest lists no pairs"
        raise InputError(msg)
    return pairs

