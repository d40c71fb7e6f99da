"""The real pairs' discrepancies, read one by one: each gold ``discrepancy`` case and every flag of the report.

    python benchmarks/real_discrepancies.py                          # fresh2 ... fresh18 and tune, each split's total
    python benchmarks/real_discrepancies.py --split fresh9 --show    # and each gold case, found or missed, and flag

For each tuning split (never a held-out one) it compares every pair as ``real_pairs.py`` does and prints, per split:
the gold's real discrepancies (``discrepancy`` cases, expect present) the report finds at their place, and the
report's flags by where they fall: at a gold real discrepancy, at a gold ``absent`` case (a rewording that must not
be flagged: false), or elsewhere (not judged by the gold: read them). With ``--show``, each gold case with the
derivative segment holding it, that segment's checked alignments (source id, score, label, support and the source
text) and the flags near it, then every flag not at a gold real discrepancy, with both spans, for reading by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_pairs import split_pairs  # noqa: E402
from tuning_splits import TUNING as SPLITS  # noqa: E402  (the tuning splits, the default; no other is taken)


def _clip(text: str, most: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1] + "…"


def main() -> int:
    from alignment import Config, compare_files
    from alignment.evaluate import load_gold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", default=[], help="a tuning split (repeatable; default: all of "
                        + ", ".join(SPLITS) + ")")
    parser.add_argument("--show", action="store_true", help="each gold case and each flag not at one")
    args = parser.parse_args()
    splits = args.split or list(SPLITS)
    if any(s not in SPLITS for s in splits):  # a held-out split is the lead's, run once at the end
        parser.error("only a tuning split: " + ", ".join(SPLITS))
    config = Config().validate()
    print(f"{'split':<8} {'real found':>11} {'flags':>6} {'at real':>8} {'at absent':>10} {'elsewhere':>10}")
    for split in splits:
        found = real = flags = at_real = at_absent = 0
        shown: list[str] = []
        for name, gold_path, source, derivative in split_pairs(split):
            gold = load_gold(gold_path)
            report = compare_files(source, derivative, config)
            der = report.derivative
            by_id = {s.id: s for s in report.source.segments}
            spans = []
            for case in gold.cases:
                if case.kind != "discrepancy":
                    continue
                start, end = case.where.resolve(der.text, case.label, "derivative")
                spans.append((start, end, case))
                if case.expect == "absent":
                    continue
                real += 1
                touched = [x for x in report.discrepancies if x.start < end and start < x.end]
                ok = any(case.discrepancy_kind in (None, str(x.kind)) for x in touched)
                found += ok
                if not args.show:
                    continue
                segs = [s for s in der.segments if s.start < end and start < s.end]
                shown.append(f"  {'FOUND' if ok else 'miss '} {name[:40]} {case.label} "
                             f"“{_clip(der.text[start:end], 80)}” ({case.discrepancy_kind or 'any'})")
                shown.append(f"        gold: {_clip(case.comment, 300)}")
                for seg in segs:
                    shown.append(f"        {seg.id} {seg.status} {seg.score:.2f}: “{_clip(seg.text, 220)}”")
                    links = sorted((a for a in report.alignments if a.derivative_id == seg.id), key=lambda a: -a.score)
                    for a in links[:3]:
                        shown.append(f"          -> {a.source_id} {a.score:.2f} {a.label} sup {a.support:.2f}: "
                                     f"“{_clip(by_id[a.source_id].text, 200)}”")
                    for x in report.discrepancies:
                        if x.derivative_id == seg.id:
                            shown.append(f"          flag {x.kind} “{x.text}” / “{_clip(x.source_text, 60)}”")
            for x in report.discrepancies:
                flags += 1
                at = [c for s, e, c in spans if x.start < e and s < x.end]
                if any(c.expect != "absent" for c in at):
                    at_real += 1
                    continue
                absent = bool(at)
                at_absent += absent
                if args.show:
                    shown.append(f"  flag {'AT-ABSENT' if absent else 'elsewhere'} {name[:40]} {x.kind} "
                                 f"“{x.text}” / “{_clip(x.source_text, 80)}” in {x.derivative_id} "
                                 f"“{_clip(der.text[max(0, x.start - 80):x.end + 80], 200)}”")
                    shown.append(f"        {_clip(x.explanation, 300)}")
        print(f"{split:<8} {found:>5} / {real:<4} {flags:>6} {at_real:>8} {at_absent:>10} "
              f"{flags - at_real - at_absent:>10}")
        for line in shown:
            print(line)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
