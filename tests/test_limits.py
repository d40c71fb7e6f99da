"""Resources at the limits (issue 17 item 3): the worst shapes of input, scaled so that the test takes seconds, each
compared in a child process of its own, which reports the CPU time of the comparison and its peak memory
(``VmHWM``: the child's own high-water mark; its ``ru_maxrss`` would start from the parent's size, which under a
long pytest run is a gigabyte). The bounds are generous: only a cost that grows faster than the
input (all pairs of segments, a quadratic scan) or a blow-up breaks them. ``benchmarks/limits.py`` prints the curve
up to the default limits, with wall time (docs/limits-and-safety.md).

The shapes are built from the sample pair: its sentences resampled with one word swapped in each and a blank line
every four sentences, on both sides (every segment shares words with hundreds of others: the input that took
2.12 GB at the default limits when the engine kept every candidate pair's scores in full); one word per line; and
a derivative of quotations of the source.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DERIVATIVE, ROOT, SOURCE

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _sentences(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line)
            if len(s.split()) >= 4 and "|" not in s]


def _resampled(path: Path, n: int, rng: random.Random, vocabulary: list[str]) -> list[str]:
    pool, out = _sentences(path), []
    for _ in range(n):
        words = rng.choice(pool).split(" ")
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
        out.append(" ".join(words))
    return out


def _paragraphs(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)) + "\n"


def build(shape: str, n: int) -> tuple[str, str]:
    """(source, derivative) of ``shape`` at size ``n`` (sentences or lines per document); seeded."""
    rng = random.Random(f"{shape}/{n}")
    vocabulary = sorted({w for p in (SOURCE, DERIVATIVE) for w in re.findall(r"[A-Za-z]{3,}", p.read_text("utf-8"))})
    if shape == "both":
        return (_paragraphs(_resampled(SOURCE, n, rng, vocabulary)),
                _paragraphs(_resampled(DERIVATIVE, n, rng, vocabulary)))
    if shape == "lines":
        return "\n".join(rng.choice(vocabulary) for _ in range(n)) + "\n", DERIVATIVE.read_text("utf-8")
    assert shape == "quotes"
    source = _resampled(SOURCE, n, rng, vocabulary)
    return _paragraphs(source), _paragraphs([f"The minister said: “{rng.choice(source).rstrip('.')}.”"
                                             for _ in range(n)])


#: run in the child: the pipeline loaded and the texts read first, then one comparison, then its JSON; prints the
#: CPU seconds of the comparison and export, the resident memory before it (MB) and the segments of each side
_CHILD = """
import json, sys, time
from alignment import compare, Config
from alignment.outputs.json_report import report_json
from alignment.text.nlp import load_pipeline
load_pipeline(Config().model)
source, derivative = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
before = int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
start = time.process_time()
report = compare(source, derivative)
report_json(report)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")) / 1024
print(json.dumps({"cpu": time.process_time() - start, "before_mb": before, "peak_mb": peak,
                  "segments": [len(report.source.segments), len(report.derivative.segments)]}))
"""


def measure(tmp_path: Path, shape: str, n: int) -> dict[str, float]:
    """One comparison of ``shape`` at size ``n`` in a child process: the CPU seconds of the comparison, and how
    far its peak memory rose above the memory it had before (the pipeline loaded), in MB."""
    source, derivative = build(shape, n)
    (tmp_path / "s.txt").write_text(source, encoding="utf-8")
    (tmp_path / "d.txt").write_text(derivative, encoding="utf-8")
    out = tmp_path / "out.txt"
    with out.open("w") as fh:
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(tmp_path / "s.txt"), str(tmp_path / "d.txt")],
                                 cwd=ROOT, stdout=fh, stderr=subprocess.PIPE,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        child.wait()
    assert child.returncode == 0, child.stderr.read().decode() if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    answer = json.loads(out.read_text())
    return {"cpu": answer["cpu"], "rise_mb": answer["peak_mb"] - answer["before_mb"], "peak_mb": answer["peak_mb"],
            "segments": answer["segments"]}


#: shape -> (small size, large size = 4 x small, CPU seconds and memory rise (MB) measured at the large size on the
#: 2-core development machine)
SHAPES = {
    "both": (150, 600, 5.1, 148.0),
    "quotes": (150, 600, 7.8, 143.0),
    "lines": (3_000, 12_000, 0.5, 45.0),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_cost_grows_with_the_input_not_with_its_square(tmp_path, shape):
    small_n, large_n, cpu_measured, rise_measured = SHAPES[shape]
    small = measure(tmp_path, shape, small_n)
    large = measure(tmp_path, shape, large_n)
    print(shape, small, large)
    assert large["segments"][0] >= 3 * small["segments"][0]  # the input did grow fourfold (or near)
    # four times the input: about four times the work; all pairs would be sixteen
    assert large["cpu"] <= 8 * max(small["cpu"], 0.5), (small, large)
    assert large["rise_mb"] <= 8 * max(small["rise_mb"], 25.0), (small, large)
    # and within generous bounds of what it measured (3x the time, 1.5x the memory)
    if cpu_measured:
        assert large["cpu"] <= 3 * cpu_measured, large
        assert large["rise_mb"] <= 1.5 * rise_measured + 25, large
