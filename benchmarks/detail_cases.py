"""Every detail case of the gold, right or wrong, and every detail the report gives, pair by pair.

    python benchmarks/detail_cases.py --split tune            # the gold's detail cases, each with its verdict
    python benchmarks/detail_cases.py --split fresh2 --list   # and every detail of the report, with its segment
    python benchmarks/detail_cases.py --summary               # each tuning split's detail precision and recall

For reading what the detail rules get right and wrong (docs/accuracy.md, "Details"): a detail case the report gets
wrong is marked ``MISS``, with the details that touch its phrase; ``--list`` adds each detail of a ``supported`` or
``partial`` segment (its segment id and status, its salience and its words), marked ``absent:LABEL`` when it touches
the phrase of a gold case that says no detail belongs there, ``present:LABEL`` when it holds a present case. Never
run on ``held-out`` or ``all``: the cases are read to choose rules, on tuning data only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package, not an installed one

import real_pairs as rp  # the gold files and the tarball texts, as real_pairs.py reads them

from alignment.api import compare_files
from alignment.evaluate import evaluate, load_gold

#: the splits this may read: tuning data only
SPLITS = ("tune", "tune-wh", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
          "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18")


def _flat(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="a tuning split (repeatable; default: every one of them)")
    parser.add_argument("--list", action="store_true", help="also every detail of supported and partial segments")
    parser.add_argument("--summary", action="store_true",
                        help="only each split's detail precision and recall, as real_pairs.py gives them")
    args = parser.parse_args()
    for split in args.split or SPLITS:
        tally = _split(split, args.list, args.summary)
        # as real_pairs.py scores them: precision = present cases found / (those + absent cases where a detail is)
        found, present = tally["present"]
        wrong = tally["absent"][1] - tally["absent"][0]
        print(f"{split:<8} det P {found}/{found + wrong} {_share(found, found + wrong)}  "
              f"det R {found}/{present} {_share(found, present)}", flush=True)
    return 0


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f}" if total else "–"


def _split(split: str, listed: bool, quiet: bool) -> dict[str, list[int]]:
    """Print one split's detail cases (unless ``quiet``) and count them: expect -> [right, all]."""
    tally = {"present": [0, 0], "absent": [0, 0]}
    for name, path, source, derivative in rp.split_pairs(split):
        gold = load_gold(path)
        report = compare_files(source, derivative)
        missed = {m.label for m in evaluate(report, gold).misses}
        text = report.derivative.text
        held = [(d, seg) for seg in report.derivative.segments for d in seg.unsupported_details]
        if not quiet:
            print(f"## {name}")
        cases = []
        for case in gold.cases:
            if case.kind != "detail":
                continue
            start, end = case.where.resolve(text, case.label, "derivative")
            cases.append((case, start, end))
            touching = [d.text for d, _ in held if d.start < end and start < d.end]
            verdict = "MISS" if case.label in missed else "ok  "
            tally[case.expect][0] += case.label not in missed
            tally[case.expect][1] += 1
            if not quiet:
                print(f"  {verdict} {case.expect:<7} {case.label:<40} {_flat(text[start:end])!r}"
                      + (f"  <- {[_flat(t) for t in touching]}" if verdict == "MISS" and touching else ""))
        if listed and not quiet:
            for d, seg in held:
                if seg.status not in ("supported", "partial"):
                    continue
                marks = [f"{c.expect}:{c.label}" for c, s, e in cases if d.start < e and s < d.end]
                print(f"    {seg.id:<5} {seg.status:<9} {d.salience:<6} {_flat(d.text)!r}"
                      + (f"  [{', '.join(marks)}]" if marks else ""))
    return tally


if __name__ == "__main__":
    sys.exit(main())
