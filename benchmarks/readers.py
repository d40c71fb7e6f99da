"""Benchmark: what reading a document in each format costs, against reading the same text as .txt.

Measured in one run, on this machine: the sample pair in data/ (both texts, one after the other) repeated to
about ``--sizes`` bytes of text, written as HTML, Markdown, DOCX and PDF by tests/text/documents.py (the
writers the readers' tests use: python-docx, reportlab), then read with ``read_document`` ``--repeat`` times
(the median kept, each reader warmed up first): seconds, characters extracted, seconds per MB of text, and that
cost per MB as a multiple of the same format's at the smallest size, measured in the same run (about 1 at every
size: linear; a multiple that climbs with size is a reader's cost out of line). The .txt of the same text is
the baseline. The default limits bound a file at 2 MB.

Usage: ``python benchmarks/readers.py [--sizes 20000,200000,1900000] [--repeat 3] [--formats html,md,docx,pdf]``
(needs the test extra: reportlab writes the PDFs)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alignment import read_document  # noqa: E402

from tests.text import documents  # noqa: E402

WRITERS = {"html": documents.write_html, "md": documents.write_markdown, "docx": documents.write_docx,
           "pdf": documents.write_pdf}


def _seconds(path: Path, repeat: int) -> tuple[float, int]:
    times, length = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        length = len(read_document(path, max_bytes=None).text)
        times.append(time.perf_counter() - start)
    return statistics.median(times), length


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,200000,1900000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", default=",".join(WRITERS))
    args = parser.parse_args()
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.txt")))
    formats = ["txt", *(f for f in args.formats.split(",") if f)]
    first: dict[str, float] = {}
    print(f"{'bytes':>9} {'format':>6} {'file bytes':>11} {'seconds':>8} {'chars':>9} {'s/MB':>7} {'x first':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in formats[1:]:  # imports and first-call costs out of the measurements
            read_document(WRITERS[fmt](base, Path(tmp) / f"warm.{fmt}"))
        for size in (int(s) for s in args.sizes.split(",") if s):
            text = (base + "\n") * max(1, round(size / len(base.encode("utf-8"))))
            megabytes = len(text.encode("utf-8")) / 1e6
            for fmt in formats:
                path = Path(tmp) / f"{size}.{fmt}"
                if fmt == "txt":
                    path.write_text(text, encoding="utf-8")
                else:
                    WRITERS[fmt](text, path)
                seconds, chars = _seconds(path, args.repeat)
                per_mb = seconds / megabytes
                first.setdefault(fmt, per_mb)
                print(f"{len(text.encode()):>9} {fmt:>6} {path.stat().st_size:>11} {seconds:>8.3f} {chars:>9} "
                      f"{per_mb:>7.2f} {per_mb / first[fmt]:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
