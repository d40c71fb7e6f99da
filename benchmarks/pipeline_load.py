"""Benchmark: the CPU time of ``load_pipeline`` in a fresh process, with each of its own steps on or off.

A step of ``alignment.text.nlp.load_pipeline`` that is not spaCy's is replaced by one that does nothing in the
"off" processes (``--step``, default ``entry_points``: catalogue's look-ups of the installed entry points answered
by group, ``_entry_points_by_group``; ``sets``: the lemmatizer's word lists made sets, ``_index_as_sets``, whose
gain is in the parse rather than the load). On and off run alternately, ``--runs`` each, every one a fresh
process that imports spaCy as the tool does (torch hidden), with the command line's collector threshold, then
loads the default pipeline; the medians and the difference are printed (CPU: user + system of the load alone).

Usage: ``python benchmarks/pipeline_load.py [--runs 9] [--step entry_points|sets]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: the child: the collector's first threshold as the command line sets it, the step turned off when asked, spaCy
#: imported as load_pipeline imports it, then the load alone timed
CHILD = """
import gc, sys, time
from alignment.config import GC_FIRST_THRESHOLD, Config
gc.set_threshold(max(gc.get_threshold()[0], GC_FIRST_THRESHOLD), *gc.get_threshold()[1:])
import alignment.text.nlp as nlp
if sys.argv[1] == "off":
    setattr(nlp, sys.argv[2], lambda *a: None)
model = Config().model
nlp._import_spacy(model)
import spacy  # noqa: F401
t = time.process_time()
nlp.load_pipeline(model)
print(time.process_time() - t)
assert nlp.__file__.startswith(sys.argv[3]), nlp.__file__
"""

STEPS = {"entry_points": "_entry_points_by_group", "sets": "_index_as_sets"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--step", choices=sorted(STEPS), default="entry_points")
    args = ap.parse_args()
    times: dict[str, list[float]] = {"off": [], "on": []}
    for i in range(args.runs):
        for mode in (("off", "on") if i % 2 == 0 else ("on", "off")):
            done = subprocess.run([sys.executable, "-c", CHILD, mode, STEPS[args.step], str(ROOT)], cwd=ROOT,
                                  capture_output=True, text=True, check=True)
            times[mode].append(float(done.stdout.strip().splitlines()[-1]))
    with open("/proc/loadavg", encoding="ascii") as fh:
        load = fh.read().split()[0]
    off, on = (statistics.median(times[m]) * 1000 for m in ("off", "on"))
    print(f"load_pipeline, CPU ms, median of {args.runs} fresh processes each (load average {load}): "
          f"{STEPS[args.step]} off {off:.1f} (min {min(times['off']) * 1000:.1f}), "
          f"on {on:.1f} (min {min(times['on']) * 1000:.1f}): {on - off:+.1f} ms")


if __name__ == "__main__":
    main()
