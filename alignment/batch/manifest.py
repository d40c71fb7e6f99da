"""The manifest of a batch: a CSV of pairs (``source``, ``derivative``, optional ``pair_id``) read into
:class:`PairSpec` records."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from alignment.errors import InputError
from alignment.text.reading import decode, read_bytes

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
def read_manifest(path: str | Path) -> list[PairSpec]:
    """The pairs of a manifest CSV, in order; a malformed manifest raises :class:`InputError` naming its line.

    Missing or unreadable pair files are not checked here: they are recorded as that pair's error.
    """
    manifest = Path(path)
    text = decode(read_bytes(manifest, max_bytes=None), str(manifest))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
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
        pairs.append(PairSpec(len(pairs), pair_id, src, der, base / src, base / der))
    if not pairs:
        msg = f"{manifest}: the manifest lists no pairs"
        raise InputError(msg)
    return pairs

