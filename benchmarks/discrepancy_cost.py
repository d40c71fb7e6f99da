"""Benchmark: what the discrepancy check costs, a cold compare and a batch run with it and without it.

Measured in one run, on this machine, each measurement in a fresh process, the two variants alternately (other
work on a shared machine drifts from one minute to the next):

* cold compare — ``python cli.py compare SOURCE DERIVATIVE --format json --output …`` of the sample pair (process
  start, imports, pipeline load, comparison, JSON written);
* batch — ``python cli.py batch MANIFEST --workers 1 --force`` over the corpus of ``batch_throughput.py`` (the
  sample pair and the tuning real pairs 01, 03, 05, 07, read where they are) cycled to ``--pairs`` rows;
* and, in this process, ``find_discrepancies`` alone on the same corpus's analysed pairs (CPU milliseconds a pair,
  the best of ``--repeat`` rounds).

"Without" is the same command with ``alignment.api.find_discrepancies`` replaced by one that finds nothing, by a
``sitecustomize`` module put first on the children's ``PYTHONPATH`` (spawned batch workers start with it too);
"with" imports the same module the same way and changes nothing, so that both start alike. The figures are the
medians of ``--runs`` runs of each: CPU seconds of the process and every process it started (user + system,
steadier than wall time on a shared machine), wall seconds, and the ratio with / without. Target: the check adds at
most 10% to both.

Usage: ``python benchmarks/discrepancy_cost.py [--runs 5] [--pairs 30] [--repeat 5]``
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")

#: the children's start-up module: the check replaced by one that finds nothing, or (``with``) left as it is
SITE = """
import os
if os.environ.get("PRESSALIGN_COST_VARIANT") in ("with", "without"):
    import alignment.api
    if os.environ["PRESSALIGN_COST_VARIANT"] == "without":
        alignment.api.find_discrepancies = lambda der, src, alignments: ()
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ``cmd`` from the repository's folder: (wall seconds, CPU seconds of it and every process it started)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # (compare exits 1 when the article has findings)
        raise SystemExit(f"{cmd} failed ({proc.returncode}):\n{proc.stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def alternate(name: str, cmd: list[str], envs: dict[str, dict[str, str]], runs: int) -> None:
    """Run ``cmd`` once per variant (not counted: caches filled), then ``runs`` times each, alternately first."""
    for env in envs.values():
        run(cmd, env)
    got: dict[str, list[tuple[float, float]]] = {k: [] for k in envs}
    for r in range(runs):
        for k in (list(envs) if r % 2 == 0 else list(envs)[::-1]):
            got[k].append(run(cmd, envs[k]))
    cpu = {k: statistics.median(c for _, c in v) for k, v in got.items()}
    wall = {k: statistics.median(w for w, _ in v) for k, v in got.items()}
    spread = {k: f"{min(c for _, c in v):.2f}-{max(c for _, c in v):.2f}" for k, v in got.items()}
    print(f"{name:<14} CPU s with {cpu['with']:.2f}, without {cpu['without']:.2f} "
          f"(ratio {cpu['with'] / cpu['without']:.3f}; range with {spread['with']}, without {spread['without']}); "
          f"wall s with {wall['with']:.2f}, without {wall['without']:.2f} (ratio {wall['with'] / wall['without']:.3f})")


def check_alone(repeat: int) -> None:
    """``find_discrepancies`` alone on the corpus's analysed pairs, in this process: CPU ms a pair."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from batch_throughput import corpus_pairs

    import alignment.api as api

    kept: list[tuple[object, object, object]] = []
    real = api.find_discrepancies

    def keep(der, src, alignments):  # type: ignore[no-untyped-def]
        kept.append((der, src, alignments))
        return real(der, src, alignments)
    api.find_discrepancies = keep
    full = []
    for src, der in corpus_pairs():
        t = time.process_time()
        api.compare(src.read_text(encoding="utf-8"), der.read_text(encoding="utf-8"))
        full.append(time.process_time() - t)
    api.find_discrepancies = real
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for der, src, alignments in kept:
            real(der, src, alignments)  # type: ignore[arg-type]
        best = min(best, time.process_time() - t)
    print(f"{'check alone':<14} {1000 * best / len(kept):.2f} ms a pair (best of {repeat} rounds, {len(kept)} pairs), "
          f"warm compare {1000 * statistics.median(full):.1f} ms a pair (median, first compare included)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each variant (medians)")
    ap.add_argument("--pairs", type=int, default=30, help="rows of the batch's manifest ('0': no batch)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds of the check alone")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from batch_throughput import write_manifest

    with tempfile.TemporaryDirectory(prefix="pressalign-cost-") as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        (site / "sitecustomize.py").write_text(SITE, encoding="utf-8")
        path = os.pathsep.join(p for p in (str(site), str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
        envs = {k: {**os.environ, "PYTHONPATH": path, "PRESSALIGN_COST_VARIANT": k} for k in ("with", "without")}
        for env in envs.values():
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # (as an installed tool runs: the bytecode cache used)
        alternate("cold compare", [sys.executable, "cli.py", "compare", str(SAMPLE[0]), str(SAMPLE[1]), "--format",
                                   "json", "--output", str(Path(tmp) / "report.json")], envs, args.runs)
        if args.pairs:
            manifest = write_manifest(Path(tmp), args.pairs)
            alternate(f"batch ({args.pairs})", [sys.executable, "cli.py", "batch", str(manifest), "--output",
                                               str(Path(tmp) / "out"), "--workers", "1", "--force"], envs, args.runs)
    check_alone(args.repeat)


if __name__ == "__main__":
    main()
