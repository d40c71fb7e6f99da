"""Benchmark: the discrepancy check of this checkout against another's, in one process, on the same analysed pairs.

The corpus of ``batch_throughput.py`` (the sample pair and the tuning real pairs) is compared once with this
checkout's package; the two analysed documents and the alignments of each pair are kept. The other checkout's
``alignment/engine/discrepancies.py`` (``--code DIR``, made with ``git archive COMMIT | tar -x -C DIR``) is then
loaded beside this one's, under another module name (everything it imports comes from this checkout), and both
``find_discrepancies`` run on the kept pairs: their discrepancies must be equal (else the command fails), then
each is timed in turns, ``--repeat`` rounds of five passes over the pairs, in CPU time of this thread (the best
round). Alternating the two in one process puts both under the same load, which a shared machine moves from one
minute to the next. For a change that keeps the module's imports: an older module that imports what this
checkout no longer has cannot be loaded this way.

Usage: ``python benchmarks/discrepancy_ab.py --code DIR [--repeat 15]``
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, required=True, help="the other checkout, whose module is the 'before'")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE))
    import batch_throughput as bt

    from alignment import Config, api
    from alignment.engine import discrepancies as after

    spec = importlib.util.spec_from_file_location(
        "_discrepancies_before", args.code / "alignment" / "engine" / "discrepancies.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no alignment/engine/discrepancies.py in {args.code}")
    before = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = before  # (dataclasses look their module up while the module is made)
    spec.loader.exec_module(before)

    analysed: list[object] = []
    analyze = api._analyze

    def keep(*a: object, **k: object) -> object:
        doc = analyze(*a, **k)
        analysed.append(doc)
        return doc

    api._analyze = keep
    config = Config()
    reports = [api.compare_files(s, d, config=config) for s, d in bt.corpus_pairs()]
    api._analyze = analyze
    pairs = [(der, src, r.alignments) for src, der, r in zip(analysed[0::2], analysed[1::2], reports, strict=True)]

    def run(module: object) -> list[tuple[object, ...]]:
        return [module.find_discrepancies(d, s, a) for d, s, a in pairs]

    def plain(found: list[tuple[object, ...]]) -> list[list[tuple[object, ...]]]:
        return [[(x.id, str(x.kind), x.start, x.end, x.source_start, x.source_end, x.explanation)
                 for x in one] for one in found]

    if plain(run(before)) != plain(run(after)):
        raise SystemExit("the two checkouts' discrepancies differ")
    gc.collect()
    gc.freeze()
    best = {"before": float("inf"), "after": float("inf")}
    for _ in range(args.repeat):
        for name, module in (("before", before), ("after", after)):
            start = time.thread_time()
            for _ in range(5):
                run(module)
            best[name] = min(best[name], (time.thread_time() - start) / 5 / len(pairs))
    print(f"{len(pairs)} pairs, discrepancies equal; find_discrepancies, CPU ms a pair (best of {args.repeat} rounds): "
          f"before ({args.code}) {best['before'] * 1e3:.2f}, after (this checkout) {best['after'] * 1e3:.2f}, "
          f"ratio {best['after'] / best['before']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
