"""Where the lead by the article's days (``FindConfig.date_pin``) fires, and what it changes: every query of the
discovery benchmark that is not a record of an exchange (the rule leaves those alone) is looked up on an index
``benchmarks/discovery.py`` built (``--cache``): its whole BM25 query, the days of months each of the first
``date_pin_top`` texts names of the article's, and whether one leads (and is the gold); then the queries where one
leads are run with ``date_pin=0`` and with the defaults, in this process, and their first two answers printed. A
query where no text leads cannot change (the rule adds nothing else), so this is the rule's whole before and after,
at a fraction of ``discovery_ab.py``'s cost (it compares only those queries).

    python benchmarks/discovery_date_pin.py --cache /tmp/find15-cache --size 10000
"""

from __future__ import annotations

import argparse
import collections
import math
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package, not an installed one

import discovery as bench

from alignment.discovery.find import FindConfig
from alignment.discovery.store import SourceIndex
from alignment.discovery.terms import content_terms, is_exchange, month_days


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--no-source", type=int, default=120)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    fakehealth, wh = bench.unpack(args.cache)
    folder = bench.corpus_folder(args.cache, args.size, fakehealth, wh, args.seed)
    config = FindConfig()
    queries = [q for q in bench.make_queries(fakehealth, wh, folder, args.no_source, 0, args.seed)
               if not is_exchange(q.doc.text, config.exchange_questions)]
    index = args.cache / f"index-{args.size}"
    fired = []
    with SourceIndex.open(index) as store:
        for q in queries:
            wanted = month_days(q.doc.text)
            if len(wanted) < config.date_pin:
                continue
            counts = collections.Counter(content_terms(q.doc.text))
            df = store.doc_freqs(counts)
            weight = {t: store.idf(df.get(t, 0)) for t in counts}
            terms = sorted((t for t in counts if t in df),
                           key=lambda t: (-weight[t] * (1 + math.log(counts[t])), t))[:config.query_terms]
            top: list = []
            for c in store.search(terms, config.candidates):
                if all(c.sha256 != t.sha256 for t in top):
                    top.append(c)
                    if len(top) >= config.date_pin_top:
                        break
            held = [len(wanted & month_days(store.text(c.id))) for c in top]
            if not held:
                continue
            best = max(range(len(held)), key=lambda i: (held[i], -i))
            if held[best] >= config.date_pin and all(k < held[best] for i, k in enumerate(held) if i != best):
                fired.append(q)
                print("leads", q.name, "held", held, "gold" if str(Path(top[best].key).resolve()) in q.sources
                      else "not the gold" if q.sources else "no-source", flush=True)
    print(f"{len(fired)} of {len(queries)} queries have a text leading by the days they name "
          f"({sum(1 for q in fired if not q.sources)} no-source)", flush=True)
    raw = FindConfig(min_score=0.0, min_cover_score=0.0, top=20)
    for label, chosen in (("before", replace(raw, date_pin=0)), ("after", raw)):
        got, _, _, maybe = bench.run_queries(fired, index, chosen)
        for q, found, possible in zip(fired, got, maybe, strict=True):
            print(label, q.name, [(Path(s).name[:50], score, s in q.sources) for s, score in found[:2]],
                  "possible", [(Path(s).name[:40], s in q.sources) for s, _ in possible[:1]], flush=True)


if __name__ == "__main__":
    main()
