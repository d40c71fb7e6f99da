"""The gold's quote cases on the tuning splits, and nothing else: each split's quote column of ``real_pairs.py`` and
every quote case missed, in a minute rather than the quarter of an hour a full run takes (only the segmentation and
the quote check run, not the alignment).

    python benchmarks/quote_cases.py                    # every tuning split (tuning_splits.TUNING)
    python benchmarks/quote_cases.py --split fresh7     # one split (repeatable)
    python benchmarks/quote_cases.py --all              # also each quote case judged right, with its differences

The figures are those of ``real_pairs.py``'s quotes column (the same cases, scored by the same function); the
held-out splits are never run.
"""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import real_pairs as rp
    from tuning_splits import TUNING

    from alignment import Config
    from alignment.api import _analyze, _verify_quotes
    from alignment.evaluate import load_gold
    from alignment.evaluate.score import _best_quote, _quote_case, _Tally
    from alignment.text.reading import read_document

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", choices=TUNING, default=None,
                        help="only this tuning split (repeatable; default: all of them)")
    parser.add_argument("--all", action="store_true", help="also the cases judged right")
    args = parser.parse_args()
    config = Config().validate()
    grand = [0, 0]
    for split in args.split or TUNING:
        right = total = 0
        for pair, gold_path, source, derivative in rp.split_pairs(split):
            gold = load_gold(gold_path)
            docs = [read_document(p, None, config.max_document_bytes, input_format="auto")
                    for p in (source, derivative)]
            src, der = _analyze(docs[0], config, "S", "auto"), _analyze(docs[1], config, "D", "auto")
            quotes, _ = _verify_quotes(src, der, config, str(derivative))
            report = types.SimpleNamespace(quotes=quotes, derivative=types.SimpleNamespace(text=der.text))
            cases = [c for c in gold.cases if c.kind == "quote"]
            given = frozenset(q.id for c in cases if c.expect != "absent"
                              for q in [_best_quote(c, report)[2]] if q is not None)
            for case in cases:
                total += 1
                miss = _quote_case(case, report, _Tally(), given)
                if miss is not None:
                    print(f"  miss {split}/{pair} {miss.label}: {miss.expected} -> {miss.got[:70]}")
                    continue
                right += 1
                best = _best_quote(case, report)[2] if args.all and case.expect != "absent" else None
                if best is not None:
                    diff = [(d.op, d.quote_text, d.source_text) for d in best.diff if d.op != "equal"]
                    print(f"  right {split}/{pair} {case.label}: {best.status}"
                          f"{' (scare quote)' if best.scare_quote else ''} {diff}")
        grand[0] += right
        grand[1] += total
        if total:
            print(f"{split:<9} quotes {right}/{total} {right / total:.3f}", flush=True)
    print(f"{'total':<9} quotes {grand[0]}/{grand[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
