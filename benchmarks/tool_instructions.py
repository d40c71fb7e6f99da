"""Benchmark: the instructions the tool's own work takes on the corpus pairs, spaCy's parsing left out, counted
by callgrind: a figure that other work on the machine does not move, for before/after checks of small changes.

The sample pair and the corpus pairs (as ``stage_costs.py`` reads them) are compared once with the pipeline,
and every doc spaCy made is stored (``DocBin``). Then, for each ``--code`` checkout, a child process under
``valgrind --tool=callgrind`` imports that checkout's package, hands the stored docs back instead of parsing
(a stand-in for the pipeline whose ``pipe`` returns them), compares every pair once to warm the per-process
caches (as a batch worker's are after its first pairs), empties the caches keyed on a text that a new pair
would not find (``is_question``'s, where it has one), and compares every pair again, with the JSON and the CSV
texts, inside ``operator.call``: only that call is counted (``--toggle-collect=_operator_call``). The parsing
is spaCy's and the same for every checkout; the count is of everything the tool adds to it. The child runs with
``PYTHONHASHSEED=0``: with Python's random string hashes, the order of sets and their collisions, and so the count,
move by some 3% from one run to the next. Under callgrind a run takes a few minutes (most of it importing spaCy).

Usage: ``python benchmarks/tool_instructions.py [--code DIR ...]`` (default: this checkout; an older one made
with ``git archive COMMIT | tar -x -C DIR``)
"""

from __future__ import annotations

import argparse
import operator
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def store_docs(target: Path) -> int:
    """Compare every corpus pair with the pipeline and store the docs it made, by text, into ``target``."""
    sys.path.insert(0, str(HERE.parent))
    import batch_throughput as bt
    from spacy.tokens import DocBin

    from alignment import Config, api
    from alignment.text.nlp import load_pipeline

    config = Config()
    nlp = load_pipeline(config.model)
    made: dict[str, object] = {}
    original = nlp.pipe

    def pipe(texts, *a, **k):
        texts = list(texts)
        docs = list(original(texts, *a, **k))
        made.update(zip(texts, docs, strict=True))
        return iter(docs)

    nlp.pipe = pipe
    for source, derivative in bt.corpus_pairs():
        api.compare_files(source, derivative, config=config)
    stored = DocBin(store_user_data=True)
    for doc in made.values():
        stored.add(doc)
    target.write_bytes(pickle.dumps((list(made), stored.to_bytes())))
    return len(made)


def child(code: Path, docs_file: Path) -> None:
    """The counted process: the tool's work on every pair, the docs handed back (see the module's docstring)."""
    sys.path.insert(0, str(code))
    import batch_throughput as bt
    import spacy
    from spacy.tokens import DocBin

    from alignment import Config, api
    from alignment.outputs.csv_tables import csv_tables
    from alignment.outputs.json_report import report_json
    from alignment.text import segment

    if not Path(api.__file__).resolve().is_relative_to(code.resolve()):
        raise SystemExit(f"alignment was imported from {api.__file__}, not from {code}")
    texts, data = pickle.loads(docs_file.read_bytes())
    docs = dict(zip(texts, DocBin().from_bytes(data).get_docs(spacy.blank("en").vocab), strict=True))

    class Stored:
        def pipe(self, texts, *a, **k):
            return iter([docs[t] for t in texts])

    stored = Stored()
    api.load_pipeline = lambda name: stored
    config = Config()
    pairs = bt.corpus_pairs()

    def run() -> None:
        for source, derivative in pairs:
            report = api.compare_files(source, derivative, config=config)
            report_json(report)
            csv_tables(report)

    run()
    clear = getattr(segment.is_question, "cache_clear", None)
    if clear is not None:
        clear()
    operator.call(run)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=Path, action="append", help="a checkout whose package is counted (repeatable)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        docs_file = Path(tmp) / "docs.pickle"
        print(f"{store_docs(docs_file)} docs stored", file=sys.stderr)
        for code in args.code or [HERE.parent]:
            out = Path(tmp) / "callgrind.out"
            run = subprocess.run(
                ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=_operator_call",
                 f"--callgrind-out-file={out}", sys.executable, __file__, "--child", str(code.resolve()),
                 str(docs_file)],
                capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
            )
            found = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
            if found is None:
                raise SystemExit(f"no count from callgrind: {run.stderr[-500:]}")
            print(f"{code}: {int(found.group(1)):,} instructions (the tool's own work on the corpus pairs)")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
