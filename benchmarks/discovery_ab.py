"""Before and after one ``find`` option, on an index ``benchmarks/discovery.py`` built (``--cache``): every query
that is not a record of an exchange (the stories, pages, real pairs and no-source stories; a rule that leaves the
transcripts alone cannot move them) run twice on the same index in one process, with the option set as given
(``--before NAME=VALUE``, e.g. ``pin_lead=0``: the previous code's behaviour) and with the defaults; each part's
recall@1/@5 (and with the possible tier), no-source answered with no match (and strictly), at the threshold
given (the benchmark's tuned 0.2 by default), the query CPU medians, and each query whose first three answers
changed.

    python benchmarks/discovery_ab.py --cache /tmp/find14-cache --size 10000 --before pin_lead=0
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package, not an installed one

import discovery as bench

from alignment.discovery.find import FindConfig
from alignment.discovery.terms import is_exchange

PARTS = ("real", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
         "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "no-source", "all")
SHOWN = ("with_source", "no_source", "recall@1", "recall@5", "recall@1+possible", "recall@5+possible",
         "no_source_no_match", "no_source_strict")


def _value(name: str, text: str) -> object:
    kind = {f.name: f.type for f in fields(FindConfig)}[name]
    return {"float": float, "int": int, "bool": lambda v: v.lower() in ("1", "true", "yes")}[str(kind)](text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--before", action="append", default=[], help="NAME=VALUE of FindConfig for the 'before' run")
    ap.add_argument("--threshold", type=float, default=0.2)
    ap.add_argument("--no-source", type=int, default=120)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    fakehealth, wh = bench.unpack(args.cache)
    folder = bench.corpus_folder(args.cache, args.size, fakehealth, wh, args.seed)
    queries = [q for q in bench.make_queries(fakehealth, wh, folder, args.no_source, 0, args.seed)
               if not is_exchange(q.doc.text, FindConfig().exchange_questions)]
    raw = FindConfig(min_score=0.0, min_cover_score=0.0, top=20)
    before = replace(raw, **{n: _value(n, v) for n, v in (b.split("=", 1) for b in args.before)})
    index = args.cache / f"index-{args.size}"
    runs = {}
    for label, config in (("before", before), ("after", raw)):
        got, _, cpu, maybe = bench.run_queries(queries, index, config)
        runs[label] = (got, maybe)
        print(label, "query CPU", bench._quantiles(cpu), flush=True)
    for part in PARTS:
        chosen = [i for i, q in enumerate(queries) if part == "all" or (part == "real" and q.kind == "real")
                  or (part == "no-source" and not q.sources) or bench.half(q.name) == part]
        row = []
        for label in ("before", "after"):
            got, maybe = runs[label]
            m = bench.metrics([queries[i] for i in chosen], [got[i] for i in chosen], args.threshold,
                              [maybe[i] for i in chosen])
            row.append({k: v for k, v in m.items() if k in SHOWN})
        print(part, row[0], "->", row[1])
    for i, q in enumerate(queries):
        old, new = runs["before"][0][i][:3], runs["after"][0][i][:3]
        if old != new:
            print("changed", q.name, [(Path(s).name[:40], score, s in q.sources) for s, score in old], "->",
                  [(Path(s).name[:40], score, s in q.sources) for s, score in new])


if __name__ == "__main__":
    main()
