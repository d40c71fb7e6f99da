"""Leave-a-pair-out check of the slight-links rule (``Config.long_derivative_ratio``, ``slight_coverage``) on the
30 tuning pairs: the sample pair, corpus 01, 03, 05, 07 (``--split tune``), the four White House tuning pairs
(``tune-wh``), the eight fresh pairs (``fresh``, tuning data since the seventh claim round), the six fresh2 pairs
(``fresh2``, tuning data since the eighth) and the seven fresh3 news pages (``fresh3``, tuning data since session 8).

    python benchmarks/leave_pair_out.py          # ~2 min: each pair compared once, then the grid

Each pair is compared once with the rule off (``long_derivative_ratio=0``); the rule only lowers statuses from the
links the report already holds, so each setting of the grid (the ratio, ``slight_coverage``, and the support a
link must reach, ``min_support_restated`` in the engine) is applied to those links here rather than by a new
comparison. A derivative claim the engine keeps although the default setting finds every link of it slight (its
links find several of the derivative's rare words: ``alignment.engine.align.CHANCE_MAX_FOUND``) is kept at every
setting of the grid (a claim that only another setting finds slight is replayed without that exemption). For each
pair, the setting with the most right status cases on the other 29 (ties: the engine's
default) scores the pair left out; the sum over the 30 folds against the rule off is the figure. The first line
checks the replay: the gain of the default setting replayed here against the gain of the engine run with it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_pairs as rp  # noqa: E402

from alignment import Config, compare_files  # noqa: E402
from alignment.evaluate import evaluate, load_gold  # noqa: E402

#: the grid: ratio, slight coverage, slight support
RATIOS = (2.0, 3.0, 4.0, 6.0)
COVERAGES = (0.2, 0.25, 0.3, 0.35, 0.4)
SUPPORTS = (0.3, 0.4, 0.45, 0.5, 0.6)
DEFAULT = (Config().long_derivative_ratio, Config().slight_coverage, Config().min_support_restated)


def _pairs() -> Iterator[tuple[str, Path, tuple[Path, Path] | None]]:
    yield "sample", rp.SAMPLE_GOLD, None
    for name in rp.TUNE:
        yield name, rp.GOLD / f"{name}.json", None
    for folder in (rp.TUNE_WH, rp.FRESH, rp.FRESH2, rp.FRESH3):
        texts = rp.tarball_texts(rp.default_cache(folder), rp.CORPUS, folder)
        if texts is None:
            sys.exit(f"skipped: the tarball pairs' texts come from {rp.CORPUS}, which is absent")
        for name in sorted(texts):
            yield name, folder / f"{name}.json", texts[name]


def _cases(config: Config) -> list[dict]:
    """Every status case of the 30 pairs: its pair, gold statuses, the status given, whether right, the claims'
    ratio and the (support, coverage) of each of the segment's links."""
    rows = []
    for name, path, texts in _pairs():
        gold = load_gold(path)
        source, derivative = texts or (path.parent / str(gold.source), path.parent / str(gold.derivative))
        report = compare_files(source, derivative, config)
        missed = {m.label for m in evaluate(report, gold).misses}
        # the running text's claims, a table's rows aside (as alignment.engine.align.derivative_is_long counts)
        claims = [sum(s.is_claim and s.kind != "table_row" for s in side.segments)
                  for side in (report.source, report.derivative)]
        for case in gold.cases:
            if case.kind not in ("source_status", "derivative_status"):
                continue
            on_source = case.kind == "source_status"
            side = report.source if on_source else report.derivative
            start, end = case.where.resolve(side.text, case.label, "side")
            seg = max(side.segments, key=lambda g: min(g.end, end) - max(g.start, start))
            links = [(a.support, a.coverage) for a in report.alignments if a.label.value != "context"
                     and (a.source_id if on_source else a.derivative_id) == seg.id]
            rows.append({"pair": name, "source": on_source, "gold": case.status, "got": seg.status,
                         "ok": case.label not in missed, "reason": seg.reason, "links": links,
                         "ratio": claims[1] / max(claims[0], 1)})
    return rows


def _status(row: dict, setting: tuple[float, float, float]) -> str:
    """The status the rule gives ``row`` at ``setting`` (as ``alignment.engine.statuses`` does)."""
    ratio, coverage, support = setting
    got, reason = row["got"], row["reason"]
    if got in ("not_a_claim", "omitted", "added") or not row["links"] or row["ratio"] < ratio or row.get("exempt"):
        return got
    if reason.startswith("quoted") or "figure" in reason or "quote Q" in reason:
        return got
    if not all(c < coverage and s < support for s, c in row["links"]):
        return got
    if row["source"]:
        return "partial" if got == "covered" else got
    return "added" if row["reason"].split(":")[0] in ("linked", "restated") else got


def _right(rows: list[dict], setting: tuple[float, float, float]) -> int:
    total = 0
    for row in rows:
        status = _status(row, setting)
        total += row["ok"] if status == row["got"] else status in row["gold"]
    return total


def main() -> int:
    on = _cases(Config())
    rows = _cases(Config(long_derivative_ratio=0))
    for row, engine_row in zip(rows, on, strict=True):  # what the default setting lowers and the engine keeps
        row["exempt"] = not row["source"] and engine_row["got"] == row["got"] and _status(row, DEFAULT) != row["got"]
    off = sum(r["ok"] for r in rows)
    engine = sum(r["ok"] for r in on) - off
    print(f"replay check: default setting {_right(rows, DEFAULT) - off:+d} replayed, {engine:+d} by the engine "
          f"({off} of {len(rows)} status cases right with the rule off)")
    grid = [(r, c, s) for r in RATIOS for c in COVERAGES for s in SUPPORTS]
    total = 0
    for pair in dict.fromkeys(r["pair"] for r in rows):
        train = [r for r in rows if r["pair"] != pair]
        test = [r for r in rows if r["pair"] == pair]
        chosen = max(grid, key=lambda g: (_right(train, g), g == DEFAULT))
        gain = _right(test, chosen) - sum(r["ok"] for r in test)
        total += gain
        print(f"{pair:<46} chose ratio {chosen[0]:g}, coverage {chosen[1]:g}, support {chosen[2]:g}: {gain:+d}")
    print(f"leave-a-pair-out: {total:+d} status cases ({off} -> {off + total} of {len(rows)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
