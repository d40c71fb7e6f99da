"""Benchmark: what each spaCy component costs, in the pipeline as spaCy loads it and as the tool loads it.

``alignment.text.nlp.load_pipeline`` gives the attribute ruler a look-up per token instead of spaCy's ``Matcher``
(``_match_by_token``) and the rule lemmatizer its word lists as sets (``_index_as_sets``); the tokens come out
the same (``tests/text/test_nlp.py``). For each of the two pipelines, in a fresh process each run: the pipeline
loaded (CPU milliseconds), then the sample pair's strings (exactly those the tool parses,
``batch_throughput.parse_units``) run through the tokenizer and each component in turn, cold, as in a first
``compare``; then the corpus pairs' strings (``batch_throughput.corpus_pairs``: the sample and the tuning pairs) once
to warm up and once more, warm, as in a batch worker past its first pairs. Each figure is the smallest of
``--runs`` processes (CPU time: less sensitive to other work on the machine than wall time).

Usage: ``python benchmarks/pipeline_components.py [--runs 3]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(which: str) -> dict[str, dict[str, float]]:
    """CPU ms of loading the pipeline (``spacy`` or ``tool``), and of each component, cold and warm."""
    import time

    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE))
    import batch_throughput as bt

    from alignment.config import Config
    from alignment.text.nlp import _import_spacy, load_pipeline

    model = Config().model
    _import_spacy(model)  # as the tool imports it (torch hidden for the default pipelines)
    import spacy

    start = time.process_time()
    nlp = load_pipeline(model) if which == "tool" else spacy.load(model, exclude=["ner"])
    loaded = (time.process_time() - start) * 1000

    def run(texts: list[str]) -> dict[str, float]:
        out: dict[str, float] = {}
        t = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        out["tokenizer"] = (time.process_time() - t) * 1000
        for name, proc in nlp.pipeline:
            t = time.process_time()
            docs = list(proc.pipe(docs))
            out[name] = (time.process_time() - t) * 1000
        return out

    pairs = bt.corpus_pairs()
    sample = [u for p in pairs[0] for u in bt.parse_units(p.read_text(encoding="utf-8"))]
    corpus = [u for pair in pairs for p in pair for u in bt.parse_units(p.read_text(encoding="utf-8"))]
    cold = run(sample)
    run(corpus)
    warm = {k: v / len(pairs) for k, v in run(corpus).items()}
    return {"load": {"pipeline": loaded}, "cold": cold, "warm": warm}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", choices=("spacy", "tool"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    best: dict[str, dict[str, dict[str, float]]] = {}
    for _ in range(args.runs):
        for which in ("spacy", "tool"):  # alternately: other work on a shared machine drifts
            done = subprocess.run([sys.executable, __file__, "--child", which], capture_output=True, text=True,
                                  check=True)
            got = json.loads(done.stdout)
            mine = best.setdefault(which, got)
            for part, figures in got.items():
                for k, v in figures.items():
                    mine[part][k] = min(mine[part][k], v)
    print("CPU ms, the smallest of", args.runs, "fresh processes each; cold: the sample pair first in a process; "
          "warm: a corpus pair on average, past the first")
    for part in ("load", "cold", "warm"):
        for which in ("spacy", "tool"):
            figures = best[which][part]
            parts = ", ".join(f"{k} {v:.1f}" for k, v in figures.items())
            total = f"  total {sum(figures.values()):.1f}" if part != "load" else ""
            print(f"  {part:5s} {which:6s} {parts}{total}")


if __name__ == "__main__":
    main()
