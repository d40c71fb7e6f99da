"""Benchmark: batch throughput against spaCy's parse-only bound, memory per worker, cost against length.

Measured in one run, on this machine:

* the corpus — the sample pair in data/ and, when present, the tuning real pairs (01, 03, 05, 07; the held-out
  half is never run) in ../shared/corpus/real-pairs/
  (read where they are, never copied), cycled to ``--pairs`` rows of a manifest in a temporary folder;
* for 1 and 2 workers, each in a fresh process: the batch (``run_batch``: worker start, pipeline loads,
  every pair compared, its JSON and CSVs written, the combined tables and Parquet) against the physical
  bound — the same number of processes, started the same way (the same pipeline, the same process
  settings), one pair per task, each reading and decoding the pair's two files and running ``nlp.pipe`` once
  per text over exactly the strings the tool parses (checked first against what ``compare`` hands to spaCy),
  and nothing else; both end as the command line's process ends (everything alive frozen, so that the exit does
  not scan it: ``alignment.cli.leave_to_the_exit``). Target: batch pairs/s at least 80% of parse-only pairs/s.
  Bound and batch run ``--repeat`` times, alternately first (other work on a shared machine drifts): the median
  ratio and its range, and the CPU seconds of each process tree (less sensitive to other work than wall time).
  Peak memory per worker (target < 600 MB);
* cost against length: one pair made from the corpus's sentences (cycled) at 10, 100, 1,000 and 5,000
  sentences per side, compared in a warm process with a time limit per size: seconds, milliseconds per
  sentence, and the shares of parsing, matching, alignment, quotes and the rest; ``--profile-size N``
  then profiles one size with cProfile.

Usage: ``python benchmarks/batch_throughput.py [--pairs 500] [--workers 1,2] [--repeat 3]
[--sizes 10,100,1000,5000] [--size-timeout 300] [--profile-size 5000] [--as-is]`` (``--workers ''`` or
``--sizes ''`` skips a part). The children run with Python's bytecode cache, as an installed tool does (the
first child writes the checkout's ``__pycache__``); ``--as-is`` keeps this process's environment (with
``PYTHONDONTWRITEBYTECODE=1`` every process compiles the checkout's modules from source).
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
sys.path.insert(0, str(ROOT))  # this checkout's package, not an installed one
REAL_PAIRS = ROOT.parent / "shared" / "corpus" / "real-pairs"


#: the real pairs measured: the tuning half only (``real_pairs.TUNE``); the held-out half is never run here
TUNE_PAIRS = ("01_fda-siliq-approval_time", "03_fomc-statement-2004-11-10_bbc",
              "05_leicester-asthma-fevipiprant_medicaldaily", "07_amgen-repatha-fourier_reuters")


def corpus_pairs() -> list[tuple[Path, Path]]:
    pairs = [(ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")]
    if REAL_PAIRS.is_dir():
        pairs += [(p / "source.txt", p / "derivative.txt") for p in (REAL_PAIRS / n for n in TUNE_PAIRS)
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


#: the children's environment (None: this process's); see main's --as-is
CHILD_ENV: dict[str, str] | None = None


def child(args: list[str], timeout: float | None = None) -> tuple[dict, float, float]:
    """Run this script in a fresh process: (its JSON answer, wall seconds, CPU seconds of the process and every
    process it started: user + system)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, env=CHILD_ENV)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"timeout": timeout}, time.perf_counter() - start, 0.0
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(out.decode().strip().splitlines()[-1]), wall, cpu


# ---------------------------------------------------------------------------------------------- children
def measure_batch(manifest: Path, workers: int) -> dict:
    from alignment.batch import run_batch

    with tempfile.TemporaryDirectory() as tmp:
        result = run_batch(manifest, Path(tmp) / "out", workers=workers, force=True)
        seconds = [float(r["seconds"]) for r in result.rows if r["status"] == "ok"]
    return {"computed": result.computed, "failed": result.failed, "peak_rss_mb": result.peak_rss_mb,
            "median_pair_seconds": statistics.median(seconds)}


#: the block kinds segment() hands to nlp.pipe (alignment/segment.py); check_bound() fails if that changes
PARSED_KINDS = ("paragraph", "short", "item", "table_row")


def parse_units(text: str) -> list[str]:
    """The strings the tool parses for one text: its paragraph-like blocks, in order, as ``segment`` hands them to
    spaCy (long blocks split, a title-case headline near the top read in sentence case, long runs broken)."""
    from alignment.text.blocks import find_blocks
    from alignment.text.segment import _TITLE_MAX_BEFORE, _breakable, _sentence_case, _split_long_blocks

    blocks = _split_long_blocks(text, find_blocks(text))
    return [_breakable(_sentence_case(text, b.start, b.end)
                       if n <= _TITLE_MAX_BEFORE and b.kind in ("short", "paragraph") else text[b.start:b.end])
            for n, b in enumerate(blocks) if b.kind in PARSED_KINDS]


def _parse_pair(paths: tuple[str, str], model: str) -> tuple[int, float]:
    """Parse-only work for one pair, as a batch worker does it: read and decode both files, then one
    ``nlp.pipe`` call per text over the strings the tool parses, with the same pipeline and settings."""
    import resource

    from alignment.text.nlp import load_pipeline
    from alignment.text.reading import decode, read_bytes

    nlp = load_pipeline(model)
    tokens = 0
    for path in paths:
        tokens += sum(len(doc) for doc in nlp.pipe(parse_units(decode(read_bytes(path), path))))
    return tokens, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _parse_worker_start(model: str) -> None:
    """The bound's process start: load the pipeline as a batch worker does, with the same process settings a
    batch worker applies (the garbage collector's thresholds raised before the load, its freeze after), so that
    the bound is not slowed by lacking them."""
    from alignment.batch import settle_process
    from alignment.batch.workers import collect_less_often
    from alignment.text.nlp import load_pipeline

    collect_less_often()
    load_pipeline(model)
    settle_process()


def measure_parse(manifest: Path, workers: int) -> dict:
    """The bound: the same number of processes loading the same pipeline, the same files read and decoded,
    ``nlp.pipe`` over the same strings with the same settings (one call per text), one pair per task as the
    batch sends them, nothing else."""
    from alignment.batch import read_manifest
    from alignment.config import Config

    model = Config().model
    pairs = [(str(p.source_path), str(p.derivative_path)) for p in read_manifest(manifest)]
    if workers == 1:
        _parse_worker_start(model)
        results = [_parse_pair(p, model) for p in pairs]
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_parse_worker_start, initargs=(model,)) as pool:
            results = list(pool.map(_parse_pair, pairs, [model] * len(pairs)))
    return {"pairs": len(pairs), "tokens": sum(t for t, _ in results), "peak_rss_mb": max(r for _, r in results)}


def check_bound() -> dict:
    """The bound parses exactly what the tool parses: for each distinct corpus pair, the strings compare()
    hands to nlp.pipe equal parse_units() of both texts."""
    import alignment.batch.run  # noqa: F401  (the batch's modules compiled here, before any timed child)
    from alignment import Document, compare
    from alignment.config import Config
    from alignment.text.nlp import load_pipeline
    from alignment.text.reading import decode, read_bytes

    nlp = load_pipeline(Config().model)
    seen: list[str] = []
    original_pipe = nlp.pipe

    def pipe(texts, *a, **k):
        texts = list(texts)
        seen.extend(texts)
        return original_pipe(texts, *a, **k)

    nlp.pipe = pipe  # the instance attribute shadows the method, for this process only
    checked = 0
    for src, der in corpus_pairs():
        seen.clear()
        texts = [decode(read_bytes(p), str(p)) for p in (src, der)]
        compare(Document(texts[0], str(src)), Document(texts[1], str(der)))
        expected = [u for t in texts for u in parse_units(t)]
        if seen != expected:
            raise SystemExit(f"the bound parses other strings than the tool for {src.parent.name}: "
                             f"{len(expected)} against {len(seen)}; update PARSED_KINDS / parse_units")
        checked += len(seen)
    return {"units": checked}


def timed(totals: dict, key: str, fn, clock=time.perf_counter):
    """``fn``, adding the time each call takes to ``totals[key]`` (also used by stage_costs.py)."""
    def wrapper(*a, **k):
        start = clock()
        try:
            return fn(*a, **k)
        finally:
            totals[key] += clock() - start
    return wrapper


def measure_size(n: int) -> dict:
    """One pair of ``n`` sentences per side, compared in a warm process, with the time of each stage."""
    import alignment.api as pipeline
    from alignment import compare
    from alignment.config import Config
    from alignment.text.nlp import load_pipeline

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
            setattr(pipeline, name, timed(stages, stage, getattr(pipeline, name)))
    t = time.perf_counter()
    # the scaled documents are over the default segment limit on purpose: the curve is what is measured
    report = compare(source, derivative, Config(max_segments=max(Config().max_segments, 20 * n)))
    total = time.perf_counter() - t
    return {"sentences": n, "seconds": total, "source_segments": len(report.source.segments),
            "derivative_segments": len(report.derivative.segments), "quote_count": len(report.quotes),
            "alignments": len(report.alignments), **stages}


# ---------------------------------------------------------------------------------------------- main
def profile_size(n: int, top: int = 30) -> dict:
    """measure_size(n) under cProfile: the functions with the most own time and the most cumulative time."""
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    answer = measure_size(n)
    prof.disable()
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return {**answer, "profile": text.getvalue()}


def throughput(manifest: Path, pairs: int, workers: list[int], repeat: int) -> None:
    """For each worker count, ``repeat`` runs of the bound and of the batch, alternating which goes first (the
    load from other work drifts); each run's ratio pairs a batch with the bound run next to it."""
    loads: list[float] = []
    rows = []
    for w in workers:
        runs = []
        for i in range(repeat):
            order = ("parse", "batch") if i % 2 == 0 else ("batch", "parse")
            run = {}
            for kind in order:
                loads.append(os.getloadavg()[0])
                answer, wall, cpu = child(["--child", kind, str(manifest), str(w)])
                if kind == "batch" and answer["failed"]:
                    raise SystemExit(f"{answer['failed']} pairs failed")
                run[kind] = (answer, wall, cpu)
            runs.append(run)
            (_, p_wall, p_cpu), (_, b_wall, b_cpu) = run["parse"], run["batch"]
            print(f"  {w} worker(s), run {i + 1}/{repeat}: parse-only {p_wall:.1f} s ({p_cpu:.1f} CPU s), batch "
                  f"{b_wall:.1f} s ({b_cpu:.1f} CPU s): {p_wall / b_wall:.2f}; load average now "
                  f"{os.getloadavg()[0]:.2f}", flush=True)
        rows.append((w, runs))

    print(f"\nload average (1 min) before each run: {min(loads):.2f}–{max(loads):.2f}")
    print("\n| workers | batch pairs/s (wall, median) | parse-only pairs/s (wall, median) | batch / parse-only "
          "(target ≥ 0.80): median (min–max) | CPU per pair, parse-only / batch: median | peak RSS per worker, "
          "batch (parse-only) | median seconds per pair |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for w, runs in rows:
        ratios = [r["parse"][1] / r["batch"][1] for r in runs]
        cpu_ratios = [r["parse"][2] / r["batch"][2] for r in runs]
        b_rate = statistics.median(pairs / r["batch"][1] for r in runs)
        p_rate = statistics.median(pairs / r["parse"][1] for r in runs)
        b_peak = max(r["batch"][0]["peak_rss_mb"] for r in runs)
        p_peak = max(r["parse"][0]["peak_rss_mb"] for r in runs)
        med = statistics.median(r["batch"][0]["median_pair_seconds"] for r in runs)
        print(f"| {w} | {b_rate:.2f} | {p_rate:.2f} | {statistics.median(ratios):.2f} ({min(ratios):.2f}–"
              f"{max(ratios):.2f}, {len(runs)} runs) | {statistics.median(cpu_ratios):.2f} | {b_peak:.0f} MB "
              f"({p_peak:.0f} MB) | {med:.3f} |")


def scaling(sizes: list[int], timeout: float) -> None:
    print("\n| sentences per side | segments S / D | quotes | seconds | ms per sentence | parse | matching "
          "| alignment | quotes | rest |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n in sizes:
        size, _, _ = child(["--child", "size", str(n)], timeout=timeout)
        if "timeout" in size:
            print(f"| {n:,} | | | > {timeout:.0f} (stopped) | > {1000 * timeout / (2 * n):.1f} "
                  "| | | | | |", flush=True)
            continue
        total = size["seconds"]
        rest = total - sum(size[k] for k in ("parse", "matching", "alignment", "quotes"))
        shares = " | ".join(f"{100 * v / total:.0f}%" for v in (size["parse"], size["matching"], size["alignment"],
                                                                  size["quotes"], rest))
        print(f"| {n:,} | {size['source_segments']} / {size['derivative_segments']} | {size['quote_count']} "
              f"| {total:.2f} | {1000 * total / (2 * n):.2f} | {shares} |", flush=True)


def _numbers(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=500)
    ap.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated ('' for none)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the batch and of the bound per worker count")
    ap.add_argument("--sizes", default="10,100,1000,5000", help="sentences per side, comma-separated ('' for none)")
    ap.add_argument("--size-timeout", type=float, default=300.0, help="seconds allowed per size")
    ap.add_argument("--profile-size", type=int, help="then profile one size (cProfile) and print the top functions")
    ap.add_argument("--as-is", action="store_true",
                    help="run the children in this environment rather than with Python's bytecode cache")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "batch":
            answer = measure_batch(Path(rest[0]), int(rest[1]))
        elif kind == "parse":
            answer = measure_parse(Path(rest[0]), int(rest[1]))
        elif kind == "check":
            answer = check_bound()
        elif kind == "profile":
            answer = profile_size(int(rest[0]))
        else:
            answer = measure_size(int(rest[0]))
        print(json.dumps(answer))
        if kind in ("batch", "parse"):
            # each process ends as the command line's does (alignment.cli.leave_to_the_exit): the interpreter's exit
            # does not scan what is alive for cycles (the bound's objects are mostly frozen since its start already)
            import gc

            gc.freeze()
        return

    global CHILD_ENV
    if not args.as_is:  # as an installed tool runs (pip compiles every module): see compare_cold.py
        CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    distinct = corpus_pairs()
    workers = _numbers(args.workers)
    cycled = f", cycled to {args.pairs} pairs" if workers and args.pairs > 0 else ""
    print(f"corpus: {len(distinct)} distinct pairs ({'with' if len(distinct) > 1 else 'without'} ../shared real "
          f"pairs){cycled}; {os.cpu_count()} cores; Python {sys.version.split()[0]}; load average "
          f"{os.getloadavg()[0]:.2f} (other work on the machine skews the figures)", flush=True)
    if workers and args.pairs > 0:
        check, _, _ = child(["--child", "check"])
        print(f"the bound parses the same {check['units']} strings as the tool (distinct pairs)", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            throughput(write_manifest(Path(tmp), args.pairs), args.pairs, workers, args.repeat)
    sizes = _numbers(args.sizes)
    if sizes:
        scaling(sizes, args.size_timeout)
    if args.profile_size:
        answer, wall, _ = child(["--child", "profile", str(args.profile_size)], timeout=4 * args.size_timeout)
        if "timeout" in answer:
            print(f"\nprofile of {args.profile_size:,} sentences per side: stopped after {wall:.0f} s")
        else:
            print(f"\nprofile of {args.profile_size:,} sentences per side ({answer['seconds']:.1f} s under cProfile):")
            print(answer["profile"])


if __name__ == "__main__":
    main()
