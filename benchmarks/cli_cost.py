"""Benchmark: what the command line itself costs a cold ``compare`` — importing ``alignment.cli`` after spaCy (what
spaCy's own import does not already bring) and Typer building the click command from the commands' signatures —
for one or more checkouts, each measured in fresh processes, alternately, by CPU time (median of ``--runs``).

Typer reads every command's parameters with ``inspect.signature(eval_str=True)`` and ``typing.get_type_hints``:
annotations kept as strings (``from __future__ import annotations``) are compiled and evaluated twice per
parameter at every start; evaluated once when the module is imported, they are only read.

Usage: ``python benchmarks/cli_cost.py [--runs 9] [--code DIR ...]`` (default: this checkout; an older one made
with ``git archive COMMIT | tar -x -C DIR``)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: the child: the collector's first threshold as the command line sets it (``GC_FIRST_THRESHOLD``, given by this
#: process: importing it there would import the package), spaCy imported as the tool imports it for the default
#: pipelines (torch hidden), then the two timed steps
CHILD = """
import gc, json, sys, time
gc.set_threshold(max(gc.get_threshold()[0], int(sys.argv[2])), *gc.get_threshold()[1:])
sys.modules["torch"] = None
import spacy
del sys.modules["torch"]
t0 = time.process_time()
import alignment.cli as cli
t1 = time.process_time()
import typer.main
typer.main.get_command(cli.app)
t2 = time.process_time()
assert cli.__file__.startswith(sys.argv[1]), cli.__file__
print(json.dumps({"import": t1 - t0, "command": t2 - t1}))
"""


def _child(code: Path) -> dict[str, float]:
    from alignment.config import GC_FIRST_THRESHOLD

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(code)
    out = subprocess.run([sys.executable, "-c", CHILD, str(code), str(GC_FIRST_THRESHOLD)], cwd=code, env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--code", nargs="+", type=Path, default=[ROOT], help="checkouts to measure (default: this one)")
    args = ap.parse_args()
    codes = [c.resolve() for c in args.code]
    for code in codes:  # bytecode and OS file caches filled; not counted
        _child(code)
    runs: dict[Path, list[dict[str, float]]] = {c: [] for c in codes}
    for i in range(args.runs):
        for code in codes if i % 2 == 0 else codes[::-1]:
            runs[code].append(_child(code))
    print(f"runs: {args.runs}   load average {os.getloadavg()[0]:.2f}   CPU ms, median (min)")
    print(f"{'checkout':<40}{'import alignment.cli':>24}{'Typer command':>18}{'both':>14}")
    for code in codes:
        rows = runs[code]
        cols = [[r["import"] for r in rows], [r["command"] for r in rows], [r["import"] + r["command"] for r in rows]]
        cells = [f"{statistics.median(c) * 1000:.1f} ({min(c) * 1000:.1f})" for c in cols]
        print(f"{code!s:<40}{cells[0]:>24}{cells[1]:>18}{cells[2]:>14}")


if __name__ == "__main__":
    main()
