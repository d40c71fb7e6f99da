"""Benchmark: claim-evidence accuracy on WiCE (Kamoi et al., 2023), against the baselines a user would reach for.

Each WiCE row is a claim (one sentence of a Wikipedia article) and its evidence (the cited web page, already cut
into sentences). The evidence is treated as a pre-segmented source and the claim as a one-segment derivative.
Measured on the chosen split, with every threshold chosen on dev only:

* evidence retrieval: micro precision, recall and F1 of the evidence sentences the claim is aligned to, against
  the union of the gold ``supporting_sentences`` sets; and ``any_set_found``, the share of claims with gold
  evidence for which at least one gold set is fully found;
* claim status: supported / partial / added against WiCE's supported / partially_supported / not_supported
  (macro-F1 and the confusion table);
* unsupported words: token-level F1 of the claim tokens a system marks unsupported against
  ``non_supported_tokens_<split>.jsonl`` (every token, punctuation and function words included, as WiCE marks
  them): for pressalign its ``unsupported_details``, whatever the claim's status (what the tool reports; the whole
  claim only when the claim line gives no claim segment), for the baselines the claim's words in none of the
  sentences they retrieve, or the whole claim when they call it ``added``;
* seconds per claim (everything but loading models: parsing, scoring, alignment).

Systems: ``pressalign`` (this tool, default configuration); ``token_set_ratio`` (rapidfuzz, top-k above a
threshold); ``idf_share`` (IDF-weighted share of the claim's words found in each sentence, top-k with a cut
relative to the best); ``minilm`` (cosine of all-MiniLM-L6-v2 embeddings, top-k above a threshold) and
``pressalign_semantic`` (this tool with ``Config(semantic=True)``), both only when the semantic extra is installed;
``pressalign_spacy_tags`` (pre-segmented input tagged by spaCy rather than by rule), ``pressalign_rules`` and
``pressalign_semantic_rules`` (the alignment rules alone, ``Config(link_model=False)``: the engine before the
link model) only when asked for. Baselines mark as unsupported the claim's words found in none of the evidence
sentences they retrieve.

Usage: ``python benchmarks/wice.py --split test [--systems pressalign,token_set_ratio] [--limit N]``.
Reads ``../shared/bench/wice/`` (or ``--data``); exits with a clear message when it is absent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
# the checkout this script belongs to is the code measured (a worktree's, not an installed copy's)
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "wice"
STATUSES = ("supported", "partial", "added")
WICE_STATUS = {"supported": "supported", "partially_supported": "partial", "not_supported": "added"}
_TOKEN = re.compile(r"\w+", re.UNICODE)


# ----------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Row:
    claim: str
    evidence: tuple[str, ...]
    status: str  # supported / partial / added
    gold_sets: tuple[frozenset[int], ...]
    tokens: tuple[str, ...] = ()  # claim tokens (unsupported-word rows only)
    unsupported: tuple[bool, ...] = ()

    @property
    def gold(self) -> frozenset[int]:
        return frozenset().union(*self.gold_sets) if self.gold_sets else frozenset()


def _clean(text: str) -> str:
    """One line: newlines inside a sentence become spaces (same length, so offsets still hold)."""
    return re.sub(r"[\r\n\u2028\u2029\x0b\x0c\x1c-\x1e\x85]", " ", text)


def load(data: Path, split: str) -> tuple[list[Row], list[Row]]:
    """(claim rows, unsupported-word rows) of one split."""

    def rows(name: str) -> list[Row]:
        out = []
        with (data / name).open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out.append(
                    Row(
                        claim=_clean(r["claim"]),
                        evidence=tuple(_clean(s) for s in r["evidence"]),
                        status=WICE_STATUS[r["label"]],
                        gold_sets=tuple(frozenset(s) for s in r["supporting_sentences"]),
                        tokens=tuple(r.get("claim_tokens", ())),
                        unsupported=tuple(r.get("non_supported_spans", ())),
                    )
                )
        return out

    return rows(f"entailment_retrieval_claim_{split}.jsonl"), rows(f"non_supported_tokens_{split}.jsonl")


# ----------------------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Prediction:
    evidence: frozenset[int]
    status: str
    unsupported: tuple[tuple[int, int], ...] = ()  # character spans of the claim


def _token_spans(claim: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character span of each WiCE token in the claim (-1, -1 when it cannot be found)."""
    spans, pos = [], 0
    for tok in tokens:
        i = claim.find(tok, pos)
        if i < 0:
            spans.append((-1, -1))
            continue
        spans.append((i, i + len(tok)))
        pos = i + len(tok)
    return spans


def _words_not_in(claim: str, sentences: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the claim's words found in none of the sentences (the baselines' unsupported words)."""
    seen = {w.lower() for s in sentences for w in _TOKEN.findall(s)}
    return tuple((m.start(), m.end()) for m in _TOKEN.finditer(claim) if m.group().lower() not in seen)


# ------------------------------------------------------------------------------------------- metrics


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evidence_scores(rows: Sequence[Row], preds: Sequence[Prediction]) -> dict[str, float]:
    tp = fp = fn = 0
    found = with_gold = 0
    for row, pred in zip(rows, preds, strict=True):
        gold = row.gold
        tp += len(pred.evidence & gold)
        fp += len(pred.evidence - gold)
        fn += len(gold - pred.evidence)
        if row.gold_sets:
            with_gold += 1
            found += any(s <= pred.evidence for s in row.gold_sets)
    p, r, f = _f1(tp, fp, fn)
    return {"evidence_p": p, "evidence_r": r, "evidence_f1": f,
            "any_set_found": found / with_gold if with_gold else 0.0}


def status_scores(rows: Sequence[Row], preds: Sequence[Prediction]) -> tuple[float, Counter]:
    confusion: Counter = Counter((row.status, pred.status) for row, pred in zip(rows, preds, strict=True))
    f1s = []
    for s in STATUSES:
        tp = confusion[(s, s)]
        fp = sum(v for (g, p), v in confusion.items() if p == s and g != s)
        fn = sum(v for (g, p), v in confusion.items() if g == s and p != s)
        f1s.append(_f1(tp, fp, fn)[2])
    return sum(f1s) / len(f1s), confusion


def token_scores(rows: Sequence[Row], preds: Sequence[Prediction]) -> float:
    tp = fp = fn = 0
    for row, pred in zip(rows, preds, strict=True):
        for (s, e), gold in zip(_token_spans(row.claim, row.tokens), row.unsupported, strict=True):
            marked = s >= 0 and any(a < e and s < b for a, b in pred.unsupported)
            tp += marked and gold
            fp += marked and not gold
            fn += gold and not marked
    return _f1(tp, fp, fn)[2]


# ------------------------------------------------------------------------------------------- systems


class System:
    """A claim-evidence system: ``fit`` chooses its thresholds on dev, ``predict`` runs one row."""

    name = "system"

    def fit(self, dev: Sequence[Row]) -> None:  # most systems have thresholds to tune; the others keep this
        pass

    def predict(self, row: Row) -> Prediction:
        raise NotImplementedError


class Pressalign(System):
    """This tool, default configuration: the evidence as pre-segmented lines, the claim as one line."""

    name = "pressalign"
    #: Config options every pressalign system of this run takes (``--set``)
    overrides: ClassVar[dict[str, object]] = {}

    def __init__(self, config=None) -> None:
        from alignment import Config, compare
        from alignment.text.nlp import load_pipeline

        self.config = (config or Config()).replace(**self.overrides)
        self._compare = compare
        load_pipeline(self.config.model)  # loading is not part of the per-claim time

    def predict(self, row: Row) -> Prediction:
        source = "\n".join(row.evidence)
        starts = list(itertools.accumulate((len(s) + 1 for s in row.evidence), initial=0))
        report = self._compare(source, row.claim, self.config, source_segmentation="lines",
                               derivative_segmentation="lines")
        line_of = {}
        import bisect

        for seg in report.source.segments:
            line_of[seg.id] = bisect.bisect_right(starts, seg.start) - 1
        claim_segs = [s for s in report.derivative.segments if s.is_claim]
        if not claim_segs:
            return Prediction(frozenset(), "added", ((0, len(row.claim)),))
        seg = claim_segs[0]
        # the claim's evidence: its counterparts and the context the link model adds around them
        ids = {s.id for s in claim_segs}
        evidence = frozenset(line_of[a.source_id] for a in report.alignments if a.derivative_id in ids)
        spans = tuple((d.start, d.end) for s in claim_segs for d in s.unsupported_details)
        return Prediction(evidence, seg.status, spans)


class _Ranked(System):
    """A baseline that scores every evidence sentence, keeps the top ``k`` above a threshold, and calls the
    claim supported / partial / added by its best score. All four numbers are chosen on dev."""

    k_grid: Sequence[int] = (1, 2, 3, 4, 5)
    t_grid: Sequence[float] = ()

    def __init__(self) -> None:
        self.k, self.t, self.hi, self.lo = 3, 0.0, 1.0, 0.0

    def scores(self, row: Row) -> list[float]:
        raise NotImplementedError

    def _select(self, scores: Sequence[float], k: int, t: float) -> frozenset[int]:
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
        return frozenset(i for i in order if scores[i] >= t)

    def fit(self, dev: Sequence[Row]) -> None:
        cached = [self.scores(r) for r in dev]
        best = (-1.0, self.k, self.t)
        for k, t in itertools.product(self.k_grid, self.t_grid):
            preds = [Prediction(self._select(s, k, t), "added") for s in cached]
            f = evidence_scores(dev, preds)["evidence_f1"]
            if f > best[0]:
                best = (f, k, t)
        _, self.k, self.t = best
        tops = sorted({round(max(s, default=0.0), 4) for s in cached})
        grid = [*tops[:: max(1, len(tops) // 60)], tops[-1] + 1] if tops else [0.0]
        best_m = (-1.0, self.hi, self.lo)
        for lo, hi in itertools.combinations_with_replacement(sorted(grid), 2):
            preds = [Prediction(frozenset(), self._status(max(s, default=0.0), hi, lo)) for s in cached]
            m = status_scores(dev, preds)[0]
            if m > best_m[0]:
                best_m = (m, hi, lo)
        _, self.hi, self.lo = best_m

    @staticmethod
    def _status(top: float, hi: float, lo: float) -> str:
        return "supported" if top >= hi else "partial" if top >= lo else "added"

    def predict(self, row: Row) -> Prediction:
        scores = self.scores(row)
        chosen = self._select(scores, self.k, self.t)
        status = self._status(max(scores, default=0.0), self.hi, self.lo)
        if status == "added":
            spans: tuple[tuple[int, int], ...] = ((0, len(row.claim)),)
        else:
            spans = _words_not_in(row.claim, (row.evidence[i] for i in chosen))
        return Prediction(chosen, status, spans)


class TokenSetRatio(_Ranked):
    name = "token_set_ratio"
    t_grid = tuple(range(0, 101, 5))

    def scores(self, row: Row) -> list[float]:
        from rapidfuzz import fuzz, process

        if not row.evidence:
            return []
        return [float(x) for x in process.cdist([row.claim], row.evidence, scorer=fuzz.token_set_ratio)[0]]


class IdfShare(_Ranked):
    """IDF-weighted share of the claim's distinct words found in each sentence; the threshold is relative to
    the best sentence's share."""

    name = "idf_share"
    t_grid = tuple(x / 20 for x in range(0, 21))

    def scores(self, row: Row) -> list[float]:
        sents = [{w.lower() for w in _TOKEN.findall(s)} for s in row.evidence]
        n = len(sents) or 1
        df = Counter(w for s in sents for w in s)
        claim = {w.lower() for w in _TOKEN.findall(row.claim)}
        idf = {w: math.log((n + 1) / (df.get(w, 0) + 1)) + 1.0 for w in claim}
        total = sum(idf.values()) or 1.0
        return [sum(idf[w] for w in claim & s) / total for s in sents]

    def _select(self, scores: Sequence[float], k: int, t: float) -> frozenset[int]:
        best = max(scores, default=0.0)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
        return frozenset(i for i in order if scores[i] > 0 and scores[i] >= t * best)


class MiniLM(_Ranked):
    name = "minilm"
    t_grid = tuple(x / 20 for x in range(0, 20))

    def __init__(self) -> None:
        super().__init__()
        from alignment.engine.semantic import load_embedder

        self.embedder = load_embedder()

    def scores(self, row: Row) -> list[float]:
        if not row.evidence:
            return []
        sims = self.embedder.similarity([row.claim], list(row.evidence))
        return [float(x) for x in sims[0]]


def _pressalign_spacy_tags() -> System:
    from alignment import Config

    system = Pressalign(Config(line_tagger="spacy"))
    system.name = "pressalign_spacy_tags"
    return system


def _pressalign_semantic(link_model: bool = True) -> System:
    from alignment import Config
    from alignment.engine.semantic import load_embedder

    load_embedder()  # loading is not part of the per-claim time
    system = Pressalign(Config(semantic=True, link_model=link_model))
    system.name = "pressalign_semantic" if link_model else "pressalign_semantic_rules"
    return system


def _pressalign_rules() -> System:
    from alignment import Config

    system = Pressalign(Config(link_model=False))
    system.name = "pressalign_rules"
    return system


SYSTEMS: dict[str, Callable[[], System]] = {
    "pressalign": Pressalign,
    "pressalign_spacy_tags": _pressalign_spacy_tags,
    "token_set_ratio": TokenSetRatio,
    "idf_share": IdfShare,
    "minilm": MiniLM,
    "pressalign_semantic": _pressalign_semantic,
    "pressalign_rules": _pressalign_rules,
    "pressalign_semantic_rules": lambda: _pressalign_semantic(link_model=False),
}


def _semantic_available() -> bool:
    try:
        from alignment.engine.semantic import available
    except ImportError:
        return False
    return available()


# ------------------------------------------------------------------------------------------- running


@dataclass
class Result:
    name: str
    metrics: dict[str, float] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)


def run_system(system: System, claims: Sequence[Row], token_rows: Sequence[Row]) -> Result:
    start = time.perf_counter()
    preds = [system.predict(r) for r in claims]
    elapsed = time.perf_counter() - start
    token_preds = [system.predict(r) for r in token_rows]
    result = Result(system.name)
    result.metrics.update(evidence_scores(claims, preds))
    result.metrics["status_macro_f1"], result.confusion = status_scores(claims, preds)
    result.metrics["unsupported_token_f1"] = token_scores(token_rows, token_preds)
    result.metrics["seconds_per_claim"] = elapsed / max(1, len(claims))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--systems", default="", help="comma-separated; default: all available")
    parser.add_argument("--limit", type=int, default=0, help="only the first N claims of each file (a quick look)")
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="a Config option for the pressalign systems (repeatable), e.g. min_support=0.5")
    args = parser.parse_args(argv)
    if args.set:
        from alignment import Config

        overrides = {}
        for item in args.set:
            option, _, value = item.partition("=")
            overrides[option] = type(getattr(Config(), option))(value)
        Pressalign.overrides = overrides

    if not (args.data / "entailment_retrieval_claim_dev.jsonl").is_file():
        print(f"WiCE data not found in {args.data}: skipping (pass --data DIR)", file=sys.stderr)
        return 0
    names = [n for n in args.systems.split(",") if n] or [
        n for n in SYSTEMS
        if n not in ("pressalign_spacy_tags", "pressalign_rules", "pressalign_semantic_rules")
        and (n not in ("minilm", "pressalign_semantic") or _semantic_available())
    ]
    dev_claims, _ = load(args.data, "dev")
    claims, token_rows = load(args.data, args.split)
    if args.limit:
        dev_claims, claims, token_rows = dev_claims[: args.limit], claims[: args.limit], token_rows[: args.limit]

    results = []
    for name in names:
        if name not in SYSTEMS:
            print(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}", file=sys.stderr)
            return 2
        system = SYSTEMS[name]()
        system.fit(dev_claims)
        results.append(run_system(system, claims, token_rows))

    cols = ("evidence_p", "evidence_r", "evidence_f1", "any_set_found", "status_macro_f1", "unsupported_token_f1",
            "seconds_per_claim")
    print(f"WiCE {args.split}: {len(claims)} claims, {len(token_rows)} claims with unsupported-word labels; "
          "thresholds chosen on dev")
    print(f"{'system':<26}" + "".join(f"{c:>22}" for c in cols))
    for r in results:
        print(f"{r.name:<26}" + "".join(f"{r.metrics[c]:>22.4f}" for c in cols))
    for r in results:
        print(f"\n{r.name}: status confusion (rows gold, columns predicted)")
        print(f"{'':>12}" + "".join(f"{s:>12}" for s in STATUSES))
        for g in STATUSES:
            print(f"{g:>12}" + "".join(f"{r.confusion[(g, p)]:>12}" for p in STATUSES))
    print()
    for r in results:
        m = r.metrics
        print(f"WICE {args.split} system={r.name} evidence_f1={m['evidence_f1']:.4f} "
              f"any_set_found={m['any_set_found']:.4f} status_macro_f1={m['status_macro_f1']:.4f} "
              f"unsupported_token_f1={m['unsupported_token_f1']:.4f} seconds_per_claim={m['seconds_per_claim']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
