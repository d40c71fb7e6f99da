"""Accuracy on real press-release -> news pairs with hand-made gold: per pair and overall.

    python benchmarks/real_pairs.py                  # every gold file, tuning and held-out sets apart
    python benchmarks/real_pairs.py --split tune     # the sample pair and the tuning half only
    python benchmarks/real_pairs.py --no-link-model  # the alignment rules alone
    python benchmarks/real_pairs.py --split tune --set min_support=0.5 --set min_coverage=0.4   # other options

The gold files are ``data/gold_sample_pair.json`` and ``benchmarks/gold/real-pairs/*.json`` (offsets only: the
news texts stay in ``../shared/corpus/real-pairs``, which must be present for the corpus pairs). The sample pair
and the pairs in :data:`TUNE` are for choosing rules and thresholds; the pairs in :data:`HELD_OUT` are reported,
never tuned on.

Columns: claims (status cases the report gets right, both sides), quotes (right verdict and passage), omission
precision (of the source claims the report calls ``omitted``, the share the gold calls so), detail precision on the
gold's ``absent`` detail cases and recall on its present ones, and all cases right.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "real-pairs"
SAMPLE_GOLD = ROOT / "data" / "gold_sample_pair.json"
#: the corpus pairs rules and thresholds are chosen on (with the sample pair)
TUNE = ("01_fda-siliq-approval_time", "03_fomc-statement-2004-11-10_bbc",
        "05_leicester-asthma-fevipiprant_medicaldaily", "07_amgen-repatha-fourier_reuters")
#: the corpus pairs reported untouched
HELD_OUT = ("02_fda-concussion-blood-test_cnn", "04_ucl-prostate-vtp_reuters", "06_ecc-breath-test-cancer_healthday",
            "08_jama-abaloparatide-osteoporosis_healthday")


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  –  "


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from alignment import Config, compare_files
    from alignment.evaluate import evaluate, load_gold

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", "tune", "held-out"), default="all")
    parser.add_argument("--no-link-model", action="store_true", help="the alignment rules alone")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a Config option for this run (repeatable), e.g. min_support=0.5")
    args = parser.parse_args()
    overrides = {}
    for item in args.set:
        name, _, value = item.partition("=")
        overrides[name] = type(getattr(Config(), name))(value)
    config = Config(link_model=not args.no_link_model).replace(**overrides).validate()

    sets = {"tune": [("sample", SAMPLE_GOLD), *((n, GOLD / f"{n}.json") for n in TUNE)],
            "held-out": [(n, GOLD / f"{n}.json") for n in HELD_OUT]}
    chosen = sets if args.split == "all" else {args.split: sets[args.split]}
    print(f"{'pair':<46} {'claims':>7} {'quotes':>7} {'omit P':>7} {'det P':>6} {'det R':>6} {'cases':>6}")
    for name, pairs in chosen.items():
        totals = {"claims": [0, 0], "quotes": [0, 0], "omit": [0, 0], "detP": [0, 0], "detR": [0, 0], "all": [0, 0]}
        for pair, path in pairs:
            if not path.is_file():
                print(f"{pair:<46} (no gold file: {path.relative_to(ROOT)})")
                continue
            gold = load_gold(path)
            report = compare_files(path.parent / gold.source, path.parent / gold.derivative, config)
            ev = evaluate(report, gold)
            missed = {m.label for m in ev.misses}
            status = [c for c in gold.cases if c.kind in ("source_status", "derivative_status")]
            quotes = [c for c in gold.cases if c.kind == "quote"]
            omitted, details = ev.score("omitted"), ev.score("details")
            row = {"claims": (sum(c.label not in missed for c in status), len(status)),
                   "quotes": (sum(c.label not in missed for c in quotes), len(quotes)),
                   "omit": (omitted.tp, omitted.tp + omitted.fp),
                   "detP": (details.tp, details.tp + details.fp), "detR": (details.tp, details.tp + details.fn),
                   "all": (ev.correct, ev.cases)}
            for key, (num, den) in row.items():
                totals[key][0] += num
                totals[key][1] += den
            print(f"{pair:<46} " + " ".join(f"{_ratio(*row[k]):>{w}}" for k, w in
                  (("claims", 7), ("quotes", 7), ("omit", 7), ("detP", 6), ("detR", 6), ("all", 6))))
        print(f"{'= ' + name:<46} " + " ".join(f"{_ratio(*totals[k]):>{w}}" for k, w in
              (("claims", 7), ("quotes", 7), ("omit", 7), ("detP", 6), ("detR", 6), ("all", 6))) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
