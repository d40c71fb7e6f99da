"""Benchmark: wall time and peak memory of one comparison against document size, up to the default limits.

Each run is the command line as a user types it (``python cli.py compare SOURCE DERIVATIVE -f json -o OUT``) in a
child process of its own; its wall time is measured here and its peak resident memory is the child's
``ru_maxrss`` (``os.wait4``: the ``RUSAGE_CHILDREN`` figure of that one child; on Linux it starts from the
parent's size, which this small script keeps far below any child's), so spaCy's load, parsing, matching,
alignment and the JSON export are all counted. The inputs are the worst shapes an attack campaign
found (issue 17), built from the sample pair in ``data/`` (seeded, so every run measures the same texts):

* ``lines``: one word per line, no blank line (one paragraph of many lines), against the sample derivative;
* ``sentences``: many short sentences (the first words of the sample's sentences), a blank line every 4;
* ``paragraph``: one huge paragraph of the sample's sentences, no line break at all;
* ``quotes``: every derivative sentence a quotation of a source sentence, twice as many quotations as source
  sentences (each quotation is looked for in the whole source);
* ``both``: both sides at the limit: the sample's sentences resampled, one word swapped in each, a blank line
  every 4 sentences (the reproduction of issue 17, item 3: 2.12 GB before blocking).

Sizes are fractions of each shape's largest size within the default limits (``--max-document-bytes``,
``--max-segments``); a run the limits refuse is reported as such. The target (docs/limits-and-safety.md): no input
within the default limits takes more than 60 s or 600 MB.

Usage: ``python benchmarks/limits.py [--shapes lines,both] [--fractions 0.25,0.5,1] [--seed 17]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SOURCE = ROOT / "data" / "000_2f40eeff8674d118.txt"
SAMPLE_DERIVATIVE = ROOT / "data" / "001_e1c859cf1781b1d1.txt"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def sentences(path: Path) -> list[str]:
    """The sample text's sentences (a rough split: only the shapes' raw material)."""
    text = path.read_text(encoding="utf-8")
    return [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line)
            if len(s.split()) >= 4 and "|" not in s]  # the sample's table rows are no sentences


def _vocabulary() -> list[str]:
    words = {w for p in (SAMPLE_SOURCE, SAMPLE_DERIVATIVE) for w in re.findall(r"[A-Za-z]{3,}", p.read_text("utf-8"))}
    return sorted(words)


def _swapped(sentence: str, rng: random.Random, vocabulary: list[str]) -> str:
    """``sentence`` with one word replaced by a word of the sample's vocabulary."""
    words = sentence.split(" ")
    i = rng.randrange(len(words))
    words[i] = rng.choice(vocabulary)
    return " ".join(words)


def _resampled(pool: list[str], n: int, rng: random.Random, vocabulary: list[str]) -> list[str]:
    return [_swapped(rng.choice(pool), rng, vocabulary) for _ in range(n)]


def _paragraphs(sents: list[str], per: int = 4) -> str:
    return "\n\n".join(" ".join(sents[i:i + per]) for i in range(0, len(sents), per)) + "\n"


def shape_lines(n: int, rng: random.Random) -> tuple[str, str]:
    vocabulary = _vocabulary()
    return "\n".join(rng.choice(vocabulary) for _ in range(n)) + "\n", SAMPLE_DERIVATIVE.read_text("utf-8")


def shape_sentences(n: int, rng: random.Random) -> tuple[str, str]:
    vocabulary = _vocabulary()

    def short(pool: list[str]) -> list[str]:
        return [" ".join(s.split()[:5]).rstrip(",;:") + "." for s in _resampled(pool, n, rng, vocabulary)]

    return _paragraphs(short(sentences(SAMPLE_SOURCE))), _paragraphs(short(sentences(SAMPLE_DERIVATIVE)))


def shape_paragraph(n: int, rng: random.Random) -> tuple[str, str]:
    vocabulary = _vocabulary()
    return (SAMPLE_SOURCE.read_text("utf-8"),
            " ".join(_resampled(sentences(SAMPLE_DERIVATIVE), n, rng, vocabulary)) + "\n")


def shape_quotes(n: int, rng: random.Random) -> tuple[str, str]:
    vocabulary = _vocabulary()
    source = _resampled(sentences(SAMPLE_SOURCE), n, rng, vocabulary)
    quoted = [f"The minister said: “{rng.choice(source).rstrip('.')}.”" for _ in range(2 * n)]
    return _paragraphs(source), _paragraphs(quoted)


def shape_both(n: int, rng: random.Random) -> tuple[str, str]:
    vocabulary = _vocabulary()
    pool_s, pool_d = sentences(SAMPLE_SOURCE), sentences(SAMPLE_DERIVATIVE)
    # as many sentences on the derivative side as make it the source's size
    n_d = round(n * sum(map(len, pool_s)) / len(pool_s) / (sum(map(len, pool_d)) / len(pool_d)))
    return (_paragraphs(_resampled(pool_s, n, rng, vocabulary)), _paragraphs(_resampled(pool_d, n_d, rng, vocabulary)))


#: shape -> (builder, its largest size within the default limits: lines or sentences per document)
SHAPES: dict[str, tuple[Callable[[int, random.Random], tuple[str, str]], int]] = {
    "lines": (shape_lines, 12_000),
    "sentences": (shape_sentences, 2_900),
    "paragraph": (shape_paragraph, 1_400),
    "quotes": (shape_quotes, 1_450),
    "both": (shape_both, 1_450),
}


def build(shape: str, n: int, seed: int = 17) -> tuple[str, str]:
    """The (source, derivative) texts of ``shape`` at size ``n`` (the same for the same seed)."""
    return SHAPES[shape][0](n, random.Random(f"{shape}/{n}/{seed}"))


def run_child(args: list[str], timeout: float = 600.0) -> dict[str, object]:
    """Run ``args`` (a Python command line) in a child process: its wall time, its CPU time (user and system: on
    a shared machine, the steadier figure), its peak resident memory in MB
    (``ru_maxrss`` of that child alone, through ``os.wait4``), its exit code and the last line of its stderr."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        timer = threading.Timer(timeout, child.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait for it again
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    return {"seconds": round(seconds, 2), "cpu": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mb": round(usage.ru_maxrss / 1024, 1),
            "exit": "timeout" if seconds >= timeout else child.returncode, "error": lines[-1] if lines else ""}


def measure(source: str, derivative: str, folder: Path, timeout: float = 600.0) -> dict[str, object]:
    """The command line on the two texts (``compare -f json -o``), measured by :func:`run_child`, with the size of
    the inputs and the number of segments of each side."""
    src, der, out = folder / "source.txt", folder / "derivative.txt", folder / "out.json"
    src.write_text(source, encoding="utf-8")
    der.write_text(derivative, encoding="utf-8")
    out.unlink(missing_ok=True)
    answer = run_child([str(ROOT / "cli.py"), "compare", str(src), str(der), "-f", "json", "-o", str(out), "-q"],
                       timeout)
    answer["kb"] = (round(len(source.encode("utf-8")) / 1000), round(len(derivative.encode("utf-8")) / 1000))
    answer["segments"] = _segments(out)
    return answer


def _segments(out: Path) -> tuple[int, int]:
    if not out.is_file():
        return (0, 0)
    report = json.loads(out.read_text(encoding="utf-8"))
    return (len(report["source"]["segments"]), len(report["derivative"]["segments"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    parser.add_argument("--fractions", default="0.25,0.5,1", help="sizes, as fractions of each shape's largest")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a run is killed")
    args = parser.parse_args(argv)
    print(f"{'shape':<10} {'size':>7} {'KB (S, D)':>12} {'segments (S, D)':>16} {'seconds':>8} {'cpu s':>7} "
          f"{'peak MB':>8}  exit")
    worst = {"seconds": 0.0, "cpu": 0.0, "peak_mb": 0.0}
    with tempfile.TemporaryDirectory(prefix="pa-limits-") as tmp:
        for shape in args.shapes.split(","):
            largest = SHAPES[shape][1]
            for fraction in (float(f) for f in args.fractions.split(",")):
                n = max(1, round(largest * fraction))
                source, derivative = build(shape, n, args.seed)
                r = measure(source, derivative, Path(tmp), args.timeout)
                kb, segs = r["kb"], r["segments"]
                print(f"{shape:<10} {n:>7} {kb!s:>12} {segs!s:>16} {r['seconds']:>8} {r['cpu']:>7} {r['peak_mb']:>8}  "
                      f"{r['exit']} {r['error'] if r['exit'] else ''}".rstrip(), flush=True)
                if r["exit"] == 0:
                    worst = {k: max(worst[k], float(r[k])) for k in worst}  # type: ignore[arg-type]
    print(f"worst accepted run: {worst['seconds']} s ({worst['cpu']} s of CPU), {worst['peak_mb']} MB "
          "(target: 60 s, 600 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
