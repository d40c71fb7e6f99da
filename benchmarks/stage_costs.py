"""Benchmark: what a comparison costs beyond spaCy's parsing, stage by stage, in CPU milliseconds per pair.

Over the corpus of ``batch_throughput.py`` (the sample pair and, when present, the real pairs in
``../shared/corpus/real-pairs/``), in one warm process:

* ``alone``: the parse alone, as the bound of ``batch_throughput.py`` runs it (the pair's files read, then
  ``nlp.pipe`` once per text over the strings the tool parses), to compare with the parse inside ``full``;
* ``full``: ``compare_files`` on every pair, parsing included (``nlp.pipe`` timed apart);
* ``cached``: the same with every spaCy doc made once beforehand and handed back, so that the stages the tool
  adds (segmentation rules, matching, alignment, quote verification, discrepancies) are timed without the parse,
  together with the JSON and CSV texts of the report.

Each figure is the run with the smallest total of ``--repeat`` runs (CPU time of this thread: less sensitive to
other work on the machine than wall time, not immune to it). The pipeline is moved out of the garbage
collector's reach and collected as often as in the batch's workers (``alignment.batch.settle_process``);
``--gc python`` keeps Python's own thresholds (the pipeline still frozen), ``--gc off`` turns collections off
altogether. The collections a run made and the time they took are counted apart (``gc``, part of the total).

``--code DIR`` imports the package from another checkout (``git worktree add /tmp/old <commit>``), so that two
versions are measured one after the other on the same data: run the command once per version.

Usage: ``python benchmarks/stage_costs.py [--repeat 7] [--gc worker|python|off] [--code DIR]``
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: pipeline functions timed as stages (alignment/api.py, the orchestrator, calls them by these names)
STAGES = ("_parse_both", "_analyze", "profile_segments", "score_pairs", "align", "_verify_quotes", "quote_evidence",
          "unsupported_details", "find_discrepancies", "versions")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--gc", choices=("worker", "python", "off"), default="worker")
    parser.add_argument("--code", type=Path, default=HERE.parent, help="the checkout whose package is measured")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import batch_throughput as bt

    # (after batch_throughput, which puts its own checkout first on the path: the package measured is --code's)
    sys.path.insert(0, str(args.code.resolve()))

    from alignment import Config, api
    from alignment.batch import settle_process
    from alignment.outputs.csv_tables import csv_tables
    from alignment.outputs.json_report import report_json
    from alignment.text.nlp import load_pipeline

    if not Path(api.__file__).resolve().is_relative_to(args.code.resolve()):
        raise SystemExit(f"alignment was imported from {api.__file__}, not from {args.code}")
    config = Config()
    nlp = load_pipeline(config.model)
    thresholds = settle_process() or gc.get_threshold()  # as in the batch's workers (an older checkout: None)
    if args.gc == "python":
        gc.set_threshold(*thresholds)
    elif args.gc == "off":
        gc.disable()

    spent: Counter[str] = Counter()
    docs: dict[str, object] = {}
    cached = alone = False
    original_pipe = nlp.pipe

    def pipe(texts, *a, **k):
        texts = list(texts)
        if cached:
            missing = [t for t in texts if t not in docs]
            docs.update(zip(missing, original_pipe(missing, *a, **k), strict=True))
            return iter([docs[t] for t in texts])
        start = time.thread_time()
        made = list(original_pipe(texts, *a, **k))
        spent["parse"] += time.thread_time() - start
        return iter(made)

    nlp.pipe = pipe  # the instance attribute shadows the method, for this process only
    collections = Counter()
    collecting = [0.0]

    def count_collections(phase: str, info: dict) -> None:
        if phase == "start":
            collecting[0] = time.thread_time()
        else:
            collections["gc"] += time.thread_time() - collecting[0]
            collections["n"] += 1

    gc.callbacks.append(count_collections)

    for name in STAGES:
        if not hasattr(api, name):  # an older checkout (--code) without this stage
            continue
        setattr(api, name, bt.timed(spent, name, getattr(api, name), time.thread_time))
    pairs = bt.corpus_pairs()

    def one_run() -> dict[str, float]:
        spent.clear()
        collections.clear()
        start = time.thread_time()
        for src, der in pairs:
            if alone:
                bt._parse_pair((str(src), str(der)), config.model)
                continue
            report = api.compare_files(src, der, config)
            if cached:
                t = time.thread_time()
                report_json(report)
                csv_tables(report, safe=True)
                spent["json and csv"] += time.thread_time() - t
        total = time.thread_time() - start
        row = {k: v / len(pairs) * 1000 for k, v in spent.items()}
        if "_analyze" in row:
            # segmentation rules alone (with the blocks found for the parse ahead of segmenting, api._parse_both)
            row["_analyze"] += row.pop("_parse_both", 0.0) - row.get("parse", 0.0)
        row["gc"] = collections["gc"] / len(pairs) * 1000
        row["total"] = total / len(pairs) * 1000
        row["collections"] = collections["n"]
        return row

    print(f"{args.code.resolve()}: {len(pairs)} corpus pairs, gc={args.gc}, best of {args.repeat} runs; "
          "CPU ms per pair")
    for mode in ("alone", "full", "cached"):
        cached, alone = mode == "cached", mode == "alone"
        one_run()  # warm: caches, and in cached mode every doc made once
        best = min((one_run() for _ in range(args.repeat)), key=lambda r: r["total"])
        parts = ", ".join(f"{k.strip('_')} {v:.1f}" for k, v in best.items() if k not in ("total", "collections"))
        print(f"  {mode:6s} total {best['total']:.1f}: {parts} ({best['collections']} collections)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
