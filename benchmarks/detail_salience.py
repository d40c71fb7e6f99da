"""Where the gold's details are among the report's, by salience and by the status of their segment.

    python benchmarks/detail_salience.py                         # tune, tune-wh and fresh
    python benchmarks/detail_salience.py --split tune

For every detail the report gives in a ``supported`` or ``partial`` segment: its class (``name``, ``number``,
``date``, ``place``, or ``other`` split by the segment's status), and how many of the gold's present detail cases
the report finds inside a detail of that class (a case found in several details counts in the most salient one).
The gold lists a few details per pair, not all: a class's share of gold cases is a floor on how many of its
details are real, and the figures compare classes, not precision. It is what the text summary's choice rests on
(names, numbers, dates and places listed; other words of ``partial`` segments listed; those of ``supported``
segments counted: docs/accuracy.md). Never run on ``held-out`` or ``fresh2``: the choice is made on tuning data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package, not an installed one

import real_pairs as rp  # the gold files and the tarball texts, as real_pairs.py reads them

from alignment.api import compare_files
from alignment.evaluate import evaluate, load_gold
from alignment.model import DETAIL_SALIENCE

#: the splits this may read: tuning data only
SPLITS = ("tune", "tune-wh", "fresh")


def _class(salience: str, status: str) -> str:
    return f"other/{status}" if salience == "other" else salience


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("all", *SPLITS), default="all", help="all: tune, tune-wh and fresh")
    args = parser.parse_args()
    details: Counter[str] = Counter()
    found: Counter[str] = Counter()
    pairs = 0
    for split in SPLITS if args.split == "all" else (args.split,):
        for _, path, source, derivative in rp.split_pairs(split):
            pairs += 1
            gold = load_gold(path)
            report = compare_files(source, derivative)
            missed = {m.label for m in evaluate(report, gold).misses}
            text = report.derivative.text
            held = []  # (start, end, class) of every detail of a supported or partial segment
            for seg in report.derivative.segments:
                if seg.status in ("supported", "partial"):
                    for d in seg.unsupported_details:
                        details[_class(d.salience, seg.status)] += 1
                        held.append((d.start, d.end, d.salience, seg.status))
            for case in gold.cases:
                if case.kind != "detail" or case.expect != "present" or case.label in missed:
                    continue
                start, end = case.where.resolve(text, case.label, "derivative")
                holders = [h for h in held if h[0] < end and start < h[1]]
                if holders:
                    best = min(holders, key=lambda h: DETAIL_SALIENCE.index(h[2]))
                    found[_class(best[2], best[3])] += 1
    print(f"{pairs} pairs; details of supported and partial segments, and the gold's present details inside them")
    print(f"{'class':<18} {'details':>8} {'gold':>6}")
    for name in (*DETAIL_SALIENCE[:-1], "other/partial", "other/supported"):
        print(f"{name:<18} {details[name]:>8} {found[name]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
