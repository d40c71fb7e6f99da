"""Benchmark: the CPU time of the discrepancy check alone, this checkout against another, on the same inputs.

    python benchmarks/discrepancy_cost.py --code /tmp/old-checkout [--repeat 15]

The sample pair and, when present, the tune corpus pairs (``../shared/corpus/real-pairs``: 01, 03, 05, 07) are
compared once with this checkout; the analysed documents and alignments handed to
:func:`alignment.engine.discrepancies.find_discrepancies` are kept, and that function is timed on them, this
checkout's and the one in ``--code DIR``'s ``alignment/engine/discrepancies.py`` (loaded as a module of its own
beside this package, so it must read the same tables), alternating, ``--repeat`` times each: the least CPU time
of this thread per pair, and their sum. Other work on the machine moves both figures alike.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")
CORPUS = ROOT.parent / "shared" / "corpus" / "real-pairs"
TUNE = ("01_fda-siliq-approval_time", "03_fomc-statement-2004-11-10_bbc",
        "05_leicester-asthma-fevipiprant_medicaldaily", "07_amgen-repatha-fourier_reuters")


def main() -> int:
    sys.path.insert(0, str(ROOT))
    import alignment.api as api
    import alignment.engine.discrepancies as new
    from alignment import compare

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, required=True, help="another checkout's root")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("other_discrepancies",
                                                  args.code / "alignment" / "engine" / "discrepancies.py")
    if spec is None or spec.loader is None:
        print(f"(no alignment/engine/discrepancies.py in {args.code})")
        return 1
    old = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = old
    spec.loader.exec_module(old)

    pairs = [("sample", *SAMPLE)]
    pairs += [(n, CORPUS / n / "source.txt", CORPUS / n / "derivative.txt") for n in TUNE if (CORPUS / n).is_dir()]
    kept = []
    check = api.find_discrepancies
    api.find_discrepancies = lambda d, s, a: (kept.append((d, s, a)), check(d, s, a))[1]  # type: ignore[assignment]
    try:
        for _, src, der in pairs:
            compare(src.read_text(encoding="utf-8"), der.read_text(encoding="utf-8"))
    finally:
        api.find_discrepancies = check  # type: ignore[assignment]
    total = {"other": 0.0, "this": 0.0}
    print(f"{'pair':<46} {'other ms':>8} {'this ms':>8}")
    for (name, _, _), inputs in zip(pairs, kept, strict=True):
        best = {"other": float("inf"), "this": float("inf")}
        for _ in range(args.repeat):
            for side, module in (("other", old), ("this", new)):
                t = time.thread_time()
                module.find_discrepancies(*inputs)
                best[side] = min(best[side], time.thread_time() - t)
        for side in total:
            total[side] += best[side]
        print(f"{name:<46} {1000 * best['other']:>8.1f} {1000 * best['this']:>8.1f}")
    print(f"{'all':<46} {1000 * total['other']:>8.1f} {1000 * total['this']:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
