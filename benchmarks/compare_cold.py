"""Benchmark: a cold ``compare`` of the sample pair, against the floor of loading spaCy and parsing the texts.

Measured in one run, on this machine:

* cold compare — ``python cli.py compare SOURCE DERIVATIVE --format json --output …`` as a fresh process
  (process start, imports, pipeline load, comparison, JSON written): median wall time, median CPU time (user +
  system: steadier than wall time when other work shares the machine) and peak RSS;
* baseline — a fresh process that imports spaCy as the tool imports it (for the default CNN pipelines with
  ``torch`` hidden, as ``alignment.text.nlp`` does: Thinc would import PyTorch whenever the ``semantic`` extra
  installed it), loads the same pipeline and parses both texts — exactly the strings the tool hands to spaCy
  (computed in this process, ``batch_throughput.parse_units``), with ``nlp.pipe`` once per text — under the
  process settings the command line gives its own process (``alignment.cli.run``: the garbage collector's first
  threshold raised, everything frozen at the end so that the interpreter's exit does not scan it). The ratio
  compare / baseline says what the tool adds on top of the unavoidable (target ≤ 1.1);
* in one warm process: spaCy parsing of both texts against everything else the comparison does
  (segmentation rules, matching, alignment, quotes, details, discrepancies), median over repeats.

Both commands run as an installed tool runs: with Python's bytecode cache (``pip install`` compiles every
module; a checkout writes ``__pycache__``, which git ignores, on its first run). The children run with
``PYTHONDONTWRITEBYTECODE`` unset, and one run of each, not counted, fills that cache and the OS file cache.
``--as-is`` runs them in this process's environment instead (with ``PYTHONDONTWRITEBYTECODE=1`` every run
compiles the checkout's modules from source, some 0.1–0.2 s, while spaCy's come precompiled from its wheel).

Usage: ``python benchmarks/compare_cold.py [--runs 7] [--as-is] [SOURCE DERIVATIVE]``
"""

from __future__ import annotations

import argparse
import json
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


#: the baseline: spaCy imported as alignment.text.nlp imports it for the default pipelines, the pipeline loaded
#: as load_pipeline loads it, then the strings the tool parses (a JSON list per text) parsed; with the process
#: settings the command line's ``run`` applies to its own process (the collector's first threshold raised from
#: the start, everything alive frozen once the work is done, so that the exit does not scan it), so that the
#: baseline is not slowed by lacking them
BASELINE = """
import gc, json, sys
gc.set_threshold(max(gc.get_threshold()[0], {gc_first}), *gc.get_threshold()[1:])
sys.modules["torch"] = None
import spacy
nlp = spacy.load({model!r}, exclude=["ner"])
for units in json.load(open({units!r}, encoding="utf-8")):
    for doc in nlp.pipe(units):
        pass
gc.freeze()
"""


def _run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def _warm_split(source: Path, derivative: Path, repeats: int) -> tuple[float, float]:
    """Median CPU seconds of (spaCy parsing alone, the whole comparison) in one warm process.

    The parse is that of the baseline: ``nlp.pipe`` once per text over exactly the strings the tool parses
    (``batch_throughput.parse_units``; every block, headings and lines the tool does not parse included, would
    overstate the parse and hide part of the tool's own work)."""
    from batch_throughput import parse_units

    from alignment import Config, compare_files
    from alignment.text.nlp import load_pipeline

    nlp = load_pipeline(Config().model)
    units = [parse_units(p.read_text(encoding="utf-8")) for p in (source, derivative)]
    compare_files(source, derivative)  # warm caches once
    parse, whole = [], []
    for _ in range(repeats):
        t0 = time.process_time()
        for strings in units:
            list(nlp.pipe(strings))
        t1 = time.process_time()
        compare_files(source, derivative)
        t2 = time.process_time()
        parse.append(t1 - t0)
        whole.append(t2 - t1)
    return statistics.median(parse), statistics.median(whole)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("derivative", nargs="?", type=Path, default=DEFAULT_DERIVATIVE)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--as-is", action="store_true",
                    help="run the children in this environment (bytecode cache or not) rather than with one")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from batch_throughput import parse_units

    from alignment.config import DEFAULT_MODEL, GC_FIRST_THRESHOLD
    from alignment.text.reading import decode, read_bytes

    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        units = Path(tmp) / "units.json"
        units.write_text(json.dumps([parse_units(decode(read_bytes(p), str(p))) for p in (args.source,
                                                                                          args.derivative)]),
                         encoding="utf-8")
        env = None
        if not args.as_is:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        compare_cmd = [py, str(ROOT / "cli.py"), "compare", str(args.source), str(args.derivative),
                       "--format", "json", "--output", str(out), "--quiet"]
        baseline_cmd = [py, "-c", BASELINE.format(model=DEFAULT_MODEL, units=str(units), gc_first=GC_FIRST_THRESHOLD)]
        for cmd in (compare_cmd, baseline_cmd):  # fill the bytecode and OS file caches; not counted
            _run(cmd, env)
        cold: list[tuple[float, float, float]] = []
        base: list[tuple[float, float, float]] = []
        both = [(cold, compare_cmd), (base, baseline_cmd)]
        for i in range(args.runs):  # alternately first: other work on a shared machine drifts
            for times, cmd in both if i % 2 == 0 else both[::-1]:
                times.append(_run(cmd, env))
    cold_t = statistics.median(t for t, _, _ in cold)
    base_t = statistics.median(t for t, _, _ in base)
    cold_cpu = statistics.median(c for _, c, _ in cold)
    base_cpu = statistics.median(c for _, c, _ in base)
    cold_mb = max(m for _, _, m in cold)
    base_mb = max(m for _, _, m in base)
    parse_t, whole_t = _warm_split(args.source, args.derivative, max(3, args.runs))
    rest_t = max(whole_t - parse_t, 0.0)

    print(f"pair: {args.source.name} -> {args.derivative.name}   runs: {args.runs}   "
          f"{'environment as is' if args.as_is else 'bytecode cached'}   load average {os.getloadavg()[0]:.2f}")
    print(f"{'measure':<44}{'value':>12}")
    print(f"{'cold compare, median wall (s)':<44}{cold_t:>12.3f}")
    print(f"{'baseline: spaCy, pipeline, parse (s)':<44}{base_t:>12.3f}")
    print(f"{'ratio compare / baseline':<44}{cold_t / base_t:>12.2f}")
    # CPU time is less sensitive than wall time to other work on a shared machine (not immune to it)
    print(f"{'cold compare, median CPU (s)':<44}{cold_cpu:>12.3f}")
    print(f"{'baseline, median CPU (s)':<44}{base_cpu:>12.3f}")
    print(f"{'ratio compare / baseline, CPU':<44}{cold_cpu / base_cpu:>12.2f}")
    print(f"{'cold compare, peak RSS (MB)':<44}{cold_mb:>12.1f}")
    print(f"{'baseline peak RSS (MB)':<44}{base_mb:>12.1f}")
    print(f"{'warm: spaCy parsing (s)':<44}{parse_t:>12.4f}")
    print(f"{'warm: whole comparison (s)':<44}{whole_t:>12.4f}")
    print(f"{'warm: everything but parsing (s)':<44}{rest_t:>12.4f}")
    print(f"{'ratio rest / parsing':<44}{rest_t / parse_t if parse_t else float('nan'):>12.2f}")
    print(
        f"COMPARE_COLD median_s={cold_t:.3f} baseline_s={base_t:.3f} ratio={cold_t / base_t:.2f} "
        f"cpu_s={cold_cpu:.3f} baseline_cpu_s={base_cpu:.3f} cpu_ratio={cold_cpu / base_cpu:.2f} "
        f"peak_mb={cold_mb:.0f} parse_s={parse_t:.4f} rest_s={rest_t:.4f}"
    )


if __name__ == "__main__":
    main()
