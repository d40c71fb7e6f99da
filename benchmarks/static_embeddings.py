"""Static word embeddings as a link signal: accuracy with and without, and what the signal costs.

    python benchmarks/static_embeddings.py             # both columns: tune gold, WiCE dev, and the cost
    python benchmarks/static_embeddings.py --quick     # the paraphrases and the cost only

One run measures, in one process after the other (never two at once), the default configuration and the same
with ``Config(static_vectors=True)`` (the cosine of the two sentences' mean WordLlama vectors read by the link
model of ``link_model_static.json``; :mod:`alignment.engine.static_vectors`):

* ``benchmarks/real_pairs.py --split tune`` (the dev gold: the sample pair and the four tuning pairs): claim
  agreement, omission precision, detail precision and recall, all cases;
* ``benchmarks/wice.py --split dev --systems pressalign``: evidence F1, status macro-F1, unsupported-token F1;
* each alignment case of the tune gold that the default gets wrong (a link missed, or a false link), with the
  static cosine of its pair and its rank among the claim's source claims: whether the signal could rescue or veto
  it at all;
* the static cosine of the paraphrases of issue 15, against an unrelated phrase;
* the cost: loading the vectors (seconds, and the resident memory it adds), the cosine per sentence pair
  (tokenising both sentences, pooling, the dot product; over every pair of sentences of the sample pair), the
  whole comparison of the sample pair with and without (best of 3), and the size of the installed package.

A third column, ``lexical refit``, is the default configuration with the lexical link model fitted now
(``train_link_model.py --out`` a temporary file, read in place of the shipped one): the static model is fitted on
today's pipeline, and the shipped lexical one may predate it, so this column separates what the refit alone
changes from what the static signal adds.

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
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
SAMPLE = (ROOT / "data" / "000_2f40eeff8674d118.txt", ROOT / "data" / "001_e1c859cf1781b1d1.txt")
#: the columns: label, the flags that switch the signal on, whether the lexical model is the one refitted now
COLUMNS = (("default", [], False), ("lexical refit", [], True),
           ("static_vectors", ["--set", "static_vectors=1"], False))
#: runs a benchmark script with the lexical link model read from the file argv[1] instead of the shipped one
_WITH_MODEL = """
import json, runpy, sys
from alignment.engine import align, linking
model = linking.LinkModel.from_dict(json.loads(open(sys.argv[1], encoding="utf-8").read()))
shipped = linking.load_link_model
assert align.load_link_model is shipped, "the engine no longer reads the link model through align.load_link_model"
align.load_link_model = linking.load_link_model = lambda semantic=False, static=False: (
    shipped(semantic, static) if semantic or static else model)
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _run(script: str, args: list[str], model: Path | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(BENCH / script), *args]
    if model is not None:
        command = [sys.executable, "-c", _WITH_MODEL, str(model), *command[1:]]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"error: {script} {' '.join(args)} failed: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout


def real_pairs(flags: list[str], model: Path | None) -> dict[str, str]:
    """The ``= tune`` line of real_pairs.py: claims, quotes, omit P, det P, det R, cases."""
    out = _run("real_pairs.py", ["--split", "tune", *flags], model)
    line = next(x for x in out.splitlines() if x.startswith("= tune"))
    values = line.split()[2:]
    return dict(zip(("claims", "quotes", "omit P", "det P", "det R", "cases"), values, strict=True))


def wice_dev(flags: list[str], model: Path | None) -> dict[str, str]:
    """The summary line of wice.py on dev for the pressalign system."""
    out = _run("wice.py", ["--split", "dev", "--systems", "pressalign", *flags], model)
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


#: the paraphrases of issue 15 that the lexical matcher misses, each with an unrelated phrase of the same texts
PARAPHRASES = (("heart problems", "cardiovascular events", "25 basis points"),
               ("haven't seen improvement", "failed to respond", "heart problems"),
               ("a quarter point rise", "25 basis points", "cardiovascular events"),
               ("voted unanimously", "Voting for the FOMC monetary policy action were: Alan Greenspan, Chairman",
                "failed to respond"))


def paraphrases() -> list[tuple[str, str, float, float]]:
    """(phrase, paraphrase, cosine with the paraphrase, cosine with the unrelated phrase)."""
    sys.path.insert(0, str(ROOT))
    from alignment.engine.static_vectors import load_static_vectors

    vectors = load_static_vectors()
    return [(a, b, vectors.similarity(a, b), vectors.similarity(a, c)) for a, b, c in PARAPHRASES]


def gold_alignments() -> list[tuple[str, str, str, float, int, int]]:
    """Every alignment case of the tune gold that the default configuration gets wrong, with the static cosine
    of its two segments and its rank among the derivative claim's source claims by that cosine (0: the nearest):
    (pair, case, expected, cosine, rank, source claims). A signal that rescues a missed link ranks its pair
    first; one that vetoes a false link ranks it low."""
    sys.path.insert(0, str(BENCH))
    sys.path.insert(0, str(ROOT))
    import real_pairs as rp

    from alignment import Config, compare_files
    from alignment.engine.static_vectors import load_static_vectors
    from alignment.evaluate import evaluate, load_gold

    vectors = load_static_vectors()
    out = []
    for name, path in [("sample", rp.SAMPLE_GOLD), *((n, rp.GOLD / f"{n}.json") for n in rp.TUNE)]:
        gold = load_gold(path)
        report = compare_files(path.parent / str(gold.source), path.parent / str(gold.derivative), Config())
        missed = {m.label for m in evaluate(report, gold).misses}
        src = [x for x in report.source.segments if x.is_claim]
        der = [x for x in report.derivative.segments if x.is_claim]
        for case in gold.cases:
            if case.kind != "alignment" or case.label not in missed:
                continue
            d_at = case.derivative.resolve(report.derivative.text, case.label, "derivative")[0]
            s_at = case.source.resolve(report.source.text, case.label, "source")[0]
            d = next((x for x in der if x.start <= d_at < x.end), None)
            s = next((x for x in src if x.start <= s_at < x.end), None)
            if d is None or s is None:
                continue
            cos = vectors.cosines([d.text] * len(src), [x.text for x in src])
            mine = cos[src.index(s)]
            out.append((name, case.label, case.expect, mine, sum(c > mine for c in cos), len(src)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the paraphrases and the cost only, no accuracy runs")
    args = parser.parse_args()
    costs = cost()  # first, printed last: it times loading the vectors in this process
    if not args.quick:
        table: dict[str, dict[str, str]] = {}
        with tempfile.TemporaryDirectory() as tmp:
            refit = Path(tmp) / "link_model.json"
            _run("train_link_model.py", ["--out", str(refit)])
            for label, flags, refitted in COLUMNS:
                model = refit if refitted else None
                table[label] = {**{f"tune {k}": v for k, v in real_pairs(flags, model).items()},
                                **{f"WiCE dev {k}": v for k, v in wice_dev(flags, model).items()}}
        print(f"{'measure':<40}" + "".join(f"{label:>16}" for label, _, _ in COLUMNS))
        for key in table["default"]:
            print(f"{key:<40}" + "".join(f"{table[label][key]:>16}" for label, _, _ in COLUMNS))
        print()
        print("tune gold alignment cases the default gets wrong: the static cosine of the pair, and its rank")
        print(f"{'pair':<46} {'case':<36} {'expect':>8} {'cosine':>7} {'rank':>9}")
        for name, label, expect, cosine, rank, of in gold_alignments():
            print(f"{name[:46]:<46} {label[:36]:<36} {expect:>8} {cosine:>7.3f} {rank:>4} of {of:<3}")
        print()
    print("issue 15's paraphrases: the static cosine with the paraphrase, and with an unrelated phrase")
    for a, b, with_b, unrelated in paraphrases():
        print(f"  {a[:30]!r:<34} {b[:40]!r:<44} {with_b:>6.3f} {unrelated:>6.3f}")
    print()
    for name, value in costs:
        print(f"{name:<60} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
