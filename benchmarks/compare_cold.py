"""Benchmark: a cold ``compare`` of the sample pair, against the floor of loading spaCy at all.

Measured in one run, on this machine:

* cold compare — ``python cli.py compare SOURCE DERIVATIVE --format json --output …`` as a fresh process
  (process start, imports, pipeline load, comparison, JSON written): median wall time and peak RSS;
* baseline — a fresh process that only imports spaCy and loads the same pipeline; the ratio
  compare / baseline says what the tool adds on top of the unavoidable;
* in one warm process: spaCy parsing of both texts against everything else the comparison does
  (segmentation rules, matching, alignment, quotes, details), median over repeats.

Usage: ``python benchmarks/compare_cold.py [--runs 7] [SOURCE DERIVATIVE]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT / "data" / "000_2f40eeff8674d118.txt"
DEFAULT_DERIVATIVE = ROOT / "data" / "001_e1c859cf1781b1d1.txt"


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0


def _warm_split(source: Path, derivative: Path, repeats: int) -> tuple[float, float]:
    """Median seconds of (spaCy parsing alone, the whole comparison) in one warm process."""
    from alignment import Config, compare_files
    from alignment.text.blocks import find_blocks
    from alignment.text.nlp import load_pipeline

    nlp = load_pipeline(Config().model)
    texts = [source.read_text(encoding="utf-8"), derivative.read_text(encoding="utf-8")]
    compare_files(source, derivative)  # warm caches once
    parse, whole = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text in texts:
            blocks = find_blocks(text)
            list(nlp.pipe(text[b.start:b.end] for b in blocks))
        t1 = time.perf_counter()
        compare_files(source, derivative)
        t2 = time.perf_counter()
        parse.append(t1 - t0)
        whole.append(t2 - t1)
    return statistics.median(parse), statistics.median(whole)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("derivative", nargs="?", type=Path, default=DEFAULT_DERIVATIVE)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    from alignment.config import DEFAULT_MODEL

    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        compare_cmd = [py, str(ROOT / "cli.py"), "compare", str(args.source), str(args.derivative),
                       "--format", "json", "--output", str(out), "--quiet"]
        baseline_cmd = [py, "-c", f"import spacy; spacy.load({DEFAULT_MODEL!r}, exclude=['ner'])"]
        _run(compare_cmd)  # first run fills the OS file cache; not counted
        cold, base = [], []
        for _ in range(args.runs):
            cold.append(_run(compare_cmd))
            base.append(_run(baseline_cmd))
    cold_t = statistics.median(t for t, _ in cold)
    base_t = statistics.median(t for t, _ in base)
    cold_mb = max(m for _, m in cold)
    base_mb = max(m for _, m in base)
    parse_t, whole_t = _warm_split(args.source, args.derivative, max(3, args.runs))
    rest_t = max(whole_t - parse_t, 0.0)

    print(f"pair: {args.source.name} -> {args.derivative.name}   runs: {args.runs}")
    print(f"{'measure':<44}{'value':>12}")
    print(f"{'cold compare, median wall (s)':<44}{cold_t:>12.3f}")
    print(f"{'baseline: import spaCy + load pipeline (s)':<44}{base_t:>12.3f}")
    print(f"{'ratio compare / baseline':<44}{cold_t / base_t:>12.2f}")
    print(f"{'cold compare, peak RSS (MB)':<44}{cold_mb:>12.1f}")
    print(f"{'baseline peak RSS (MB)':<44}{base_mb:>12.1f}")
    print(f"{'warm: spaCy parsing (s)':<44}{parse_t:>12.4f}")
    print(f"{'warm: whole comparison (s)':<44}{whole_t:>12.4f}")
    print(f"{'warm: everything but parsing (s)':<44}{rest_t:>12.4f}")
    print(f"{'ratio rest / parsing':<44}{rest_t / parse_t if parse_t else float('nan'):>12.2f}")
    print(
        f"COMPARE_COLD median_s={cold_t:.3f} baseline_s={base_t:.3f} ratio={cold_t / base_t:.2f} "
        f"peak_mb={cold_mb:.0f} parse_s={parse_t:.4f} rest_s={rest_t:.4f}"
    )


if __name__ == "__main__":
    main()
