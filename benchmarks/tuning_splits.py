"""Every tuning split of the real pairs in one run: the columns of ``real_pairs.py`` per split (claims and cases
with their counts), and the status cases right over all of them (what a claim rule is judged by: it must raise the
total without lowering any split by more than noise).

    python benchmarks/tuning_splits.py                          # tune, tune-wh, fresh … fresh18
    python benchmarks/tuning_splits.py --misses /tmp/claims-x   # also each split's misses, one file a split
    python benchmarks/tuning_splits.py --set min_support=0.55   # any Config option, as in real_pairs.py

Tuning splits only (``TUNING``): the held-out ones (``held-out``, ``all``, and any held-out fresh set) are never run
by it. A split whose texts are absent is skipped with the line ``split_pairs`` prints.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the splits rules and thresholds are chosen on (fresh4 is tuning data since session 9, fresh5 since session 10,
#: fresh6 since session 11, fresh7 since session 12,
#: fresh8 since session 13, fresh9 since session 14, fresh10 since session 15, fresh11 since session 16,
#: fresh12 since session 17, fresh13 since session 18, fresh14 since session 19, fresh15 since session 20,
#: fresh16 since session 21, fresh17 since session 22, fresh18 since session 23)
TUNING = ("tune", "tune-wh", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
          "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18")
_KEYS = ("claims", "quotes", "omit", "detP", "detR", "all", "disc")


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  –  "


def main() -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import real_pairs as rp

    from alignment import Config, compare_files
    from alignment.evaluate import evaluate, load_gold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", type=Path, default=None, metavar="DIR",
                        help="write each split's misses (side, expected -> got, where) to DIR/<split>.txt")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a Config option for this run (repeatable), e.g. min_support=0.5")
    parser.add_argument("--split", action="append", choices=TUNING, default=None,
                        help="only this tuning split (repeatable; default: all of them)")
    args = parser.parse_args()
    overrides = {}
    for item in args.set:
        name, _, value = item.partition("=")
        overrides[name] = type(getattr(Config(), name))(value)
    config = Config().replace(**overrides).validate()
    if args.misses:
        args.misses.mkdir(parents=True, exist_ok=True)

    grand = [0, 0]
    print(f"{'split':<9} {'claims':>15} {'quotes':>7} {'omit P':>7} {'det P':>6} {'det R':>6} {'cases':>15} "
          f"{'disc':>7}")
    for split in args.split or TUNING:
        totals = {k: [0, 0] for k in _KEYS}
        lines: list[str] = []
        wrong: Counter[tuple[str, str, str]] = Counter()
        for pair, path, source, derivative in rp.split_pairs(split):
            gold = load_gold(path)
            ev = evaluate(compare_files(source, derivative, config), gold)
            row = rp.pair_row(ev, gold)
            for key, (num, den) in row.items():
                totals[key][0] += num
                totals[key][1] += den
            lines.append(f"{pair} claims {_ratio(*row['claims'])} cases {_ratio(*row['all'])}")
            for m in ev.misses:
                if m.kind in ("source_status", "derivative_status"):
                    side = m.kind.split("_")[0]
                    wrong[side, m.expected, m.got.split(" ")[0]] += 1
                    lines.append(f"    {side:<10} {m.expected} -> {m.got[:40]}: {m.where[:110]}")
                elif m.kind in ("quote", "detail"):
                    wrong[m.kind, m.expected[:30], m.got.split(" ")[0][:20]] += 1
                    lines.append(f"    {m.kind:<10} {m.expected[:40]} -> {m.got[:50]}: {m.where[:100]}")
        if not totals["all"][1]:
            continue
        grand[0] += totals["claims"][0]
        grand[1] += totals["claims"][1]
        claims = f"{totals['claims'][0]}/{totals['claims'][1]} {_ratio(*totals['claims'])}"
        cases = f"{totals['all'][0]}/{totals['all'][1]} {_ratio(*totals['all'])}"
        print(f"{split:<9} {claims:>15} " + " ".join(f"{_ratio(*totals[k]):>{w}}" for k, w in
              (("quotes", 7), ("omit", 7), ("detP", 6), ("detR", 6))) + f" {cases:>15} "
              f"{_ratio(*totals['disc']):>7}", flush=True)
        if args.misses:
            lines += [""] + [f"{n:>4}  {side:<10} {expected} -> {got}" for (side, expected, got), n in
                             sorted(wrong.items(), key=lambda item: (-item[1], item[0]))]
            (args.misses / f"{split}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{'total':<9} {f'{grand[0]}/{grand[1]} {_ratio(*grand)}':>15}  (status cases right, all splits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
