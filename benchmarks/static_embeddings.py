"""Static word embeddings as a link signal: accuracy with and without, and what the signal costs.

    python benchmarks/static_embeddings.py             # both columns: tune gold, WiCE dev, and the cost
    python benchmarks/static_embeddings.py --quick     # the cost only

One run measures, in one process after the other (never two at once), the default configuration and the same
with ``Config(static_vectors=True)`` (the cosine of the two sentences' mean WordLlama vectors read by the link
model of ``link_model_static.json``; :mod:`alignment.engine.static_vectors`):

* ``benchmarks/real_pairs.py --split tune`` (the dev gold: the sample pair and the four tuning pairs): claim
  agreement, omission precision, detail precision and recall, all cases;
* ``benchmarks/wice.py --split dev --systems pressalign``: evidence F1, status macro-F1, unsupported-token F1;
* the cost: loading the vectors (seconds, and the resident memory it adds), the cosine per sentence pair
  (tokenising both sentences, pooling, the dot product; over every pair of sentences of the sample pair), the
  whole comparison of the sample pair with and without (best of 3), and the size of the installed package.

The held-out and fresh splits are never run here. Each benchmark runs as its own subprocess with ``--set
static_vectors=1`` or without it, and its summary line is read back, so the figures are those the benchmark
scripts print.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
SAMPLE = (ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")
#: (label, the flag that switches the signal on)
COLUMNS = (("default", []), ("static_vectors", ["--set", "static_vectors=1"]))


def _run(script: str, args: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True, env=env,
                          check=False)
    if done.returncode:
        raise SystemExit(f"error: {script} {' '.join(args)} failed: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout


def real_pairs(flags: list[str]) -> dict[str, str]:
    """The ``= tune`` line of real_pairs.py: claims, quotes, omit P, det P, det R, cases."""
    out = _run("real_pairs.py", ["--split", "tune", *flags])
    line = next(x for x in out.splitlines() if x.startswith("= tune"))
    values = line.split()[2:]
    return dict(zip(("claims", "quotes", "omit P", "det P", "det R", "cases"), values, strict=True))


def wice_dev(flags: list[str]) -> dict[str, str]:
    """The summary line of wice.py on dev for the pressalign system."""
    out = _run("wice.py", ["--split", "dev", "--systems", "pressalign", *flags])
    line = next(x for x in out.splitlines() if x.startswith("WICE dev system=pressalign"))
    found = dict(re.findall(r"(\w+)=([\d.]+)", line))
    return {"evidence F1": found["evidence_f1"], "status macro-F1": found["status_macro_f1"],
            "unsupported-token F1": found["unsupported_token_f1"], "s per claim": found["seconds_per_claim"]}


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cost() -> list[tuple[str, str]]:
    """Load time, memory, per-pair cost, the sample comparison with and without, the installed size."""
    sys.path.insert(0, str(ROOT))
    from alignment import Config, compare
    from alignment.engine.static_vectors import load_static_vectors
    from alignment.text.nlp import load_pipeline

    rows = []
    load_pipeline(Config().model)
    before, start = _rss_mb(), time.perf_counter()
    vectors = load_static_vectors()
    rows.append(("load the vectors (s)", f"{time.perf_counter() - start:.3f}"))
    rows.append(("resident memory added by loading (MB)", f"{_rss_mb() - before:.1f}"))
    source, derivative = (p.read_text(encoding="utf-8") for p in SAMPLE)
    report = compare(source, derivative)
    s_texts = [s.text for s in report.source.segments]
    d_texts = [s.text for s in report.derivative.segments]
    a = [d for d in d_texts for _ in s_texts]
    b = [s for _ in d_texts for s in s_texts]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        vectors.cosines(a, b)
        best = min(best, time.perf_counter() - start)
    rows.append((f"cosine per sentence pair (ms; {len(a)} pairs of the sample)", f"{1000 * best / len(a):.4f}"))
    for label, config in (("default", Config()), ("static_vectors", Config(static_vectors=True))):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            compare(source, derivative, config)
            best = min(best, time.perf_counter() - start)
        rows.append((f"compare the sample pair, {label} (s, best of 3)", f"{best:.3f}"))
    dist = importlib.metadata.distribution("wordllama")
    size = sum(f.size or 0 for f in dist.files or ())
    weights = sum(f.size or 0 for f in dist.files or () if str(f).endswith(".safetensors"))
    rows.append((f"wordllama {dist.version} installed (MB; of which vectors)",
                 f"{size / 1e6:.1f} ({weights / 1e6:.1f})"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the cost only, no accuracy runs")
    args = parser.parse_args()
    if not args.quick:
        table: dict[str, dict[str, str]] = {}
        for label, flags in COLUMNS:
            table[label] = {**{f"tune {k}": v for k, v in real_pairs(flags).items()},
                            **{f"WiCE dev {k}": v for k, v in wice_dev(flags).items()}}
        print(f"{'measure':<40}" + "".join(f"{label:>16}" for label, _ in COLUMNS))
        for key in table["default"]:
            print(f"{key:<40}" + "".join(f"{table[label][key]:>16}" for label, _ in COLUMNS))
        print()
    for name, value in cost():
        print(f"{name:<60} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
