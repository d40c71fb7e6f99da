"""Benchmark: batch throughput against spaCy's parse-only bound, memory per worker, cost against length.

Measured in one run, on this machine:

* the corpus — the sample pair in data/ and, when present, the real pairs in ../shared/corpus/real-pairs/
  (read where they are, never copied), cycled to ``--pairs`` rows of a manifest in a temporary folder;
* for 1 and 2 workers, each in a fresh process: the batch (``run_batch``: worker start, pipeline loads,
  every pair compared, its JSON and CSVs written, the combined tables and Parquet) against the physical
  bound — the same number of processes, each loading the same pipeline and running ``nlp.pipe`` over the
  paragraphs of both texts of its pairs and nothing else. Target: batch pairs/s at least 80% of parse-only pairs/s (alignment,
  quotes and writing cost at most a quarter of parsing). Peak memory per worker (target < 600 MB);
* cost against length: one pair made from the corpus's sentences (cycled) at 10, 100, 1,000 and 5,000
  sentences per side, compared in a warm process with a time limit per size: seconds, milliseconds per
  sentence, and the shares of parsing, matching, alignment, quotes and the rest.

Usage: ``python benchmarks/batch_throughput.py [--pairs 500] [--workers 1,2] [--sizes 10,100,1000,5000]
[--size-timeout 120]``
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL_PAIRS = ROOT.parent / "shared" / "corpus" / "real-pairs"


def corpus_pairs() -> list[tuple[Path, Path]]:
    pairs = [(ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")]
    if REAL_PAIRS.is_dir():
        pairs += [(p / "source.txt", p / "derivative.txt") for p in sorted(REAL_PAIRS.iterdir())
                  if (p / "source.txt").is_file() and (p / "derivative.txt").is_file()]
    return pairs


def write_manifest(folder: Path, n: int) -> Path:
    pairs = corpus_pairs()
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["pair_id", "source", "derivative"])
        for i in range(n):
            src, der = pairs[i % len(pairs)]
            writer.writerow([f"p{i + 1:05d}", src, der])  # absolute paths: the corpus stays where it is
    return manifest


def child(args: list[str], timeout: float | None = None) -> tuple[dict, float, float]:
    """Run this script in a fresh process: (its JSON answer, wall seconds, peak RSS MB of the process tree's
    largest process)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"timeout": timeout}, time.perf_counter() - start, 0.0
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    return json.loads(out.decode().strip().splitlines()[-1]), wall, peak


# ---------------------------------------------------------------------------------------------- children
def measure_batch(manifest: Path, workers: int) -> dict:
    from alignment.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        result = run_batch(manifest, Path(tmp) / "out", workers=workers, force=True)
        seconds = [float(r["seconds"]) for r in result.rows if r["status"] == "ok"]
    return {"computed": result.computed, "failed": result.failed, "peak_rss_mb": result.peak_rss_mb,
            "median_pair_seconds": statistics.median(seconds)}


def _parse_chunk(paths: list[tuple[str, str]], model: str) -> tuple[int, float]:
    """Parse-only work for a chunk of pairs: read both texts, nlp.pipe over their paragraphs (the units the
    tool parses; a little faster than whole texts, so the stricter bound), nothing else."""
    import resource

    from alignment.blocks import find_blocks
    from alignment.nlp import load_pipeline

    nlp = load_pipeline(model)
    texts = [Path(p).read_text(encoding="utf-8") for pair in paths for p in pair]
    tokens = sum(len(doc) for doc in nlp.pipe(t[b.start:b.end] for t in texts for b in find_blocks(t)))
    return tokens, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _load(model: str) -> None:
    from alignment.nlp import load_pipeline

    load_pipeline(model)


def measure_parse(manifest: Path, workers: int) -> dict:
    """The bound: the same processes loading the same pipeline, nlp.pipe over the same texts, nothing else."""
    from alignment.batch import read_manifest
    from alignment.config import Config

    model = Config().model
    pairs = [(str(p.source_path), str(p.derivative_path)) for p in read_manifest(manifest)]
    chunks = [pairs[i:i + 8] for i in range(0, len(pairs), 8)]
    if workers == 1:
        _load(model)
        results = [_parse_chunk(c, model) for c in chunks]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_load,
                                 initargs=(model,)) as pool:
            results = list(pool.map(_parse_chunk, chunks, [model] * len(chunks)))
    return {"pairs": len(pairs), "tokens": sum(t for t, _ in results), "peak_rss_mb": max(r for _, r in results)}


def measure_size(n: int) -> dict:
    """One pair of ``n`` sentences per side, compared in a warm process, with the time of each stage."""
    import alignment.pipeline as pipeline
    from alignment import compare
    from alignment.config import Config
    from alignment.nlp import load_pipeline

    nlp = load_pipeline(Config().model)
    pool_src, pool_der = [], []
    for src, der in corpus_pairs():
        for path, pool in ((src, pool_src), (der, pool_der)):
            for para in path.read_text(encoding="utf-8").split("\n"):
                if para.strip():
                    pool.extend(s.text.strip() for s in nlp(para).sents if len(s.text.split()) >= 4)

    def build(pool: list[str]) -> str:
        sents = [pool[i % len(pool)] for i in range(n)]
        return "\n\n".join(" ".join(sents[i:i + 4]) for i in range(0, n, 4)) + "\n"

    source, derivative = build(pool_src), build(pool_der)
    compare("The minister met the press.", "The minister met reporters.")  # warm

    stages: dict[str, float] = {"parse": 0.0, "matching": 0.0, "alignment": 0.0, "quotes": 0.0}

    def timed(stage: str, fn):
        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                stages[stage] += time.perf_counter() - t
        return wrapper

    original_pipe = nlp.pipe

    def pipe(*a, **k):
        t = time.perf_counter()
        docs = list(original_pipe(*a, **k))
        stages["parse"] += time.perf_counter() - t
        return iter(docs)

    nlp.pipe = pipe  # the instance attribute shadows the method, for this process only
    for name, stage in (("profile_segments", "matching"), ("score_pairs", "matching"), ("align", "alignment"),
                        ("_verify_quotes", "quotes")):
        if hasattr(pipeline, name):
            setattr(pipeline, name, timed(stage, getattr(pipeline, name)))
    t = time.perf_counter()
    report = compare(source, derivative)
    total = time.perf_counter() - t
    return {"sentences": n, "seconds": total, "source_segments": len(report.source.segments),
            "derivative_segments": len(report.derivative.segments), "quote_count": len(report.quotes),
            "alignments": len(report.alignments), **stages}


# ---------------------------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=500)
    ap.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated")
    ap.add_argument("--sizes", default="10,100,1000,5000", help="sentences per side, comma-separated")
    ap.add_argument("--size-timeout", type=float, default=120.0, help="seconds allowed per size")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "batch":
            answer = measure_batch(Path(rest[0]), int(rest[1]))
        elif kind == "parse":
            answer = measure_parse(Path(rest[0]), int(rest[1]))
        else:
            answer = measure_size(int(rest[0]))
        print(json.dumps(answer))
        return

    distinct = corpus_pairs()
    print(f"corpus: {len(distinct)} distinct pairs ({'with' if len(distinct) > 1 else 'without'} ../shared real "
          f"pairs), cycled to {args.pairs} pairs; {os.cpu_count()} cores; Python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.2f} (other work on the machine skews the figures)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        manifest = write_manifest(Path(tmp), args.pairs)
        for w in [int(x) for x in args.workers.split(",")]:
            parse, parse_wall, parse_peak = child(["--child", "parse", str(manifest), str(w)])
            batch, batch_wall, _ = child(["--child", "batch", str(manifest), str(w)])
            if batch["failed"]:
                raise SystemExit(f"{batch['failed']} pairs failed")
            rows.append((w, args.pairs / batch_wall, batch_wall, args.pairs / parse_wall, parse_wall,
                         batch["peak_rss_mb"], parse["peak_rss_mb"], batch["median_pair_seconds"]))
            print(f"  {w} worker(s): batch {batch_wall:.1f} s, parse-only {parse_wall:.1f} s; "
                  f"load average {os.getloadavg()[0]:.2f}", flush=True)

    print("\n| workers | batch pairs/s (wall) | parse-only pairs/s (wall) | batch / parse-only (target ≥ 0.80) "
          "| peak RSS per worker, batch (parse-only) | median seconds per pair |")
    print("| --- | --- | --- | --- | --- | --- |")
    for w, b_rate, b_wall, p_rate, p_wall, b_peak, p_peak, med in rows:
        print(f"| {w} | {b_rate:.2f} ({b_wall:.1f} s) | {p_rate:.2f} ({p_wall:.1f} s) | {b_rate / p_rate:.2f} "
              f"| {b_peak:.0f} MB ({p_peak:.0f} MB) | {med:.3f} |")

    print("\n| sentences per side | segments S / D | quotes | seconds | ms per sentence | parse | matching "
          "| alignment | quotes | rest |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n in [int(x) for x in args.sizes.split(",")]:
        size, _, _ = child(["--child", "size", str(n)], timeout=args.size_timeout)
        if "timeout" in size:
            print(f"| {n:,} | | | > {args.size_timeout:.0f} (stopped) | > {1000 * args.size_timeout / (2 * n):.1f} "
                  "| | | | | |", flush=True)
            continue
        total = size["seconds"]
        rest = total - sum(size[k] for k in ("parse", "matching", "alignment", "quotes"))
        shares = " | ".join(f"{100 * v / total:.0f}%" for v in (size["parse"], size["matching"], size["alignment"],
                                                                  size["quotes"], rest))
        print(f"| {n:,} | {size['source_segments']} / {size['derivative_segments']} | {size['quote_count']} "
              f"| {total:.2f} | {1000 * total / (2 * n):.2f} | {shares} |", flush=True)


if __name__ == "__main__":
    main()
