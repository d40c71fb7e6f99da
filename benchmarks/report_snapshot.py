"""Write every report of the sample pair and the four tuning corpus pairs to a folder, or compare two such folders.

A refactoring must leave the reports byte for byte as they were (apart from listed fixes):

    python benchmarks/report_snapshot.py write /tmp/before      # on the old checkout
    python benchmarks/report_snapshot.py write /tmp/after       # on the new one
    python benchmarks/report_snapshot.py diff /tmp/before /tmp/after

    python benchmarks/report_snapshot.py write-splits /tmp/before tune-wh fresh fresh2 fresh3 fresh4 fresh5 \
        fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 fresh15 fresh16 fresh17

``write`` runs the command line as a user would (``python cli.py compare ... -f json|csv|html``), so the CLI,
the library and every export format are covered. The corpus pairs are read from ``../shared/corpus/real-pairs``
and skipped (with a note) where that folder is absent.

``write-splits`` does the same in one process (no command line: ``compare_files`` and ``render_report``) for every
pair of the named tuning splits of ``real_pairs.py`` whose texts come from ../shared's tarballs (``tune-wh``,
``fresh``, ``fresh2``, ``fresh3``) or from ../fresh4-texts … ../fresh18-texts (``fresh4``, tuning data since
session 9; ``fresh5``, since session 10; ``fresh6``, since session 11; ``fresh7``, since session 12; ``fresh8``,
since session 13; ``fresh9``, since session 14; ``fresh10``, since session 15; ``fresh11``, since session 16;
``fresh12``, since session 17; ``fresh13``, since session 18;
``fresh14``, since session 19; ``fresh15``, since session 20;
``fresh16``, since session 21; ``fresh17``, since session 22;
``fresh18``, since session 23); never a
held-out one, into ``OUT/SPLIT/``.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real-pairs"
#: the corpus pairs written: the tuning half (``real_pairs.TUNE``); the held-out half is never run here
TUNE = ("01_fda-siliq-approval_time", "03_fomc-statement-2004-11-10_bbc",
        "05_leicester-asthma-fevipiprant_medicaldaily", "07_amgen-repatha-fourier_reuters")


def pairs() -> list[tuple[str, Path, Path]]:
    found = [("sample", Path("data/000_2f40eeff8674d118.txt"), Path("data/001_e1c859cf1781b1d1.txt"))]
    if CORPUS.is_dir():
        found += [(d.name, d / "source.txt", d / "derivative.txt") for d in (CORPUS / n for n in TUNE) if d.is_dir()]
    else:
        print(f"note: {CORPUS} is absent: the sample pair only", file=sys.stderr)
    return found


def write(out: Path) -> None:
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    # the sample pair by its path relative to the checkout, as the README types it
    for name, source, derivative in pairs():
        targets = (("json", out / f"{name}.json"), ("html", out / f"{name}.html"), ("csv", out / f"{name}-csv"))
        for fmt, target in targets:
            subprocess.run([sys.executable, str(ROOT / "cli.py"), "compare", str(source), str(derivative), "-f", fmt,
                            "-o", str(target.resolve()), "-q"], check=True, cwd=ROOT)
        print(name, file=sys.stderr)


#: the splits write-splits may run: tuning data only (the held-out sets are never run here)
TUNING_SPLITS = ("tune-wh", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                 "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                 "fresh18")


def write_splits(out: Path, splits: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from real_pairs import split_pairs

    from alignment import compare_files
    from alignment.outputs import render_report

    for split in splits:
        if split not in TUNING_SPLITS:
            raise SystemExit(f"{split}: not one of the tuning splits {', '.join(TUNING_SPLITS)}")
        for name, _, source, derivative in split_pairs(split):
            report = compare_files(source, derivative)
            for fmt in ("json", "html", "csv"):
                for file, text in render_report(report, fmt).items():
                    target = out / split / f"{name}-{fmt}" / file
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, encoding="utf-8")
        print(split, file=sys.stderr)


def diff(before: Path, after: Path) -> int:
    names = sorted({p.relative_to(before) for p in before.rglob("*") if p.is_file()}
                   | {p.relative_to(after) for p in after.rglob("*") if p.is_file()})
    differing = [n for n in names if not ((before / n).is_file() and (after / n).is_file()
                                          and filecmp.cmp(before / n, after / n, shallow=False))]
    for n in differing:
        print(f"differs: {n}")
    print(f"{len(names) - len(differing)} of {len(names)} files byte-identical")
    return 1 if differing else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "write":
        write(Path(sys.argv[2]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "write-splits":
        write_splits(Path(sys.argv[2]), sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
