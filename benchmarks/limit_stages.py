"""Benchmark: where a comparison of one of ``tests/test_limits.py``'s shapes spends its CPU time, stage by stage, at
each size asked for: the parse and segmentation, pair scoring, related pairs, the learned links, alignment (which
holds those two), the quote check and discrepancies, in CPU seconds of one warm process (the pipeline loaded first).

A stage whose time grows faster than its size (four times the sentences, more than four times the time) is what
makes ``test_cost_grows_with_the_input_not_with_its_square`` fail.

Usage: ``python benchmarks/limit_stages.py [--shape both|quotes|lines] [SIZE ...]`` (default: both, 150 300 600)
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: (module, function) timed; a function also imported by name into one of these modules is timed there too
STAGES = [("alignment.text.segment", "segment"), ("alignment.engine.match", "score_pairs"),
          ("alignment.engine.align", "_related_pairs"), ("alignment.engine.linking", "relink"),
          ("alignment.engine.align", "align"), ("alignment.api", "_verify_quotes"),
          ("alignment.engine.discrepancies", "find_discrepancies")]
_USERS = ["alignment.api", "alignment.engine.align", "alignment.engine.match", "alignment.engine.linking",
          "alignment.engine.discrepancies"]


def _timed(spent: collections.Counter[str], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", default="both", choices=["both", "quotes", "lines"])
    parser.add_argument("sizes", nargs="*", type=int, default=[150, 300, 600])
    args = parser.parse_args()
    from alignment import Config, compare
    from alignment.outputs.json_report import report_json
    from alignment.text.nlp import load_pipeline

    from tests.test_limits import build

    load_pipeline(Config().model)
    spent: collections.Counter[str] = collections.Counter()
    for module, name in STAGES:
        fn = getattr(importlib.import_module(module), name)
        wrapper = _timed(spent, name, fn)
        for user in {module, *_USERS}:
            mod = importlib.import_module(user)
            if getattr(mod, name, None) is fn:
                setattr(mod, name, wrapper)
    print(f"{args.shape:>6} {'total':>6} " + " ".join(f"{name:>18}" for _, name in STAGES))
    for n in args.sizes:
        spent.clear()
        source, derivative = build(args.shape, n)
        start = time.process_time()
        report_json(compare(source, derivative))
        total = time.process_time() - start
        print(f"{n:>6} {total:6.2f} " + " ".join(f"{spent[name]:18.2f}" for _, name in STAGES))


if __name__ == "__main__":
    main()
