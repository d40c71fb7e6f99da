"""benchmarks/discovery.py's corpus folders: a folder made by an earlier run (its seeded sample of official texts)
is kept, but a gold source added to discovery-pairs.json since then is linked into it (a source missing from the
corpus can never be found: three of fresh7's first-run misses were sources absent from a cache made before fresh7's
gold), and a text that is now a query is taken out of it."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import benchmark_module


def _discovery_module() -> ModuleType:
    return benchmark_module("discovery", "discovery_benchmark")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_earlier_runs_corpus_folder_gets_the_new_gold_sources_and_loses_the_new_queries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = _discovery_module()
    cache = tmp_path / "cache"
    wh = cache / "official-texts"
    old = _write(wh / "wh-2021-03-01-statement-on-a-bridge.txt", "Statement on a bridge.\n")
    sampled = _write(wh / "wh-2022-05-02-readout-of-a-call.txt", "Readout of a call.\n")
    new_source = _write(wh / "wh-2024-02-26-the-spring-event-announced.txt", "The spring event is announced.\n")
    now_a_query = _write(wh / "wh-2023-01-09-press-briefing.txt", "Q Will it pass?\n")
    folder = cache / "corpus-10"
    (folder / "wh").mkdir(parents=True)
    for text in (old, sampled, now_a_query):  # what the earlier run linked
        (folder / "wh" / text.name).symlink_to(text)
    pairs = {"old/01": {"derivative": "official-texts/wh-2021-03-02-press-call.txt",
                        "sources": [f"official-texts/{old.name}"]},
             "fresh9/01": {"derivative": f"official-texts/{now_a_query.name}",
                           "sources": [f"official-texts/{new_source.name}"]}}
    # a source that is no tarball member (a copy outside the repository, named source.txt like every other)
    outside = _write(tmp_path / "fresh9-texts" / "02_agency-release_daily" / "source.txt", "An agency's release.\n")
    pairs["fresh9/02"] = {"derivative": "fresh9-texts/02_agency-release_daily/derivative.txt",
                          "sources": ["fresh9-texts/02_agency-release_daily/source.txt"]}
    monkeypatch.setattr(bench, "WH_PAIRS", pairs)
    monkeypatch.setattr(bench, "REAL_PAIRS", tmp_path / "real-pairs")
    monkeypatch.setattr(bench, "member_path", lambda wh_, m: (outside.parent if m.startswith("fresh9-texts/")
                                                               else wh_) / Path(m).name)
    got = bench.corpus_folder(cache, 10, cache / "fakehealth", wh, 19)
    assert got == folder
    linked = sorted(p.name for p in (folder / "wh").iterdir())
    # the sample stays, the new gold source comes in, the text that is now a query goes
    assert linked == sorted([old.name, sampled.name, new_source.name])
    assert (folder / "wh" / new_source.name).resolve() == new_source.resolve()
    # the outside source is linked by its pair's name, beside the White House texts, not among them
    assert [p.name for p in (folder / "outside").iterdir()] == ["02_agency-release_daily-source.txt"]
    # a second run changes nothing
    bench.corpus_folder(cache, 10, cache / "fakehealth", wh, 19)
    assert sorted(p.name for p in (folder / "wh").iterdir()) == linked
    # a link an earlier run made to a copy of the texts since removed is made again to the texts
    link = folder / "outside" / "02_agency-release_daily-source.txt"
    link.unlink()
    link.symlink_to(tmp_path / "gone" / "source.txt")
    bench.corpus_folder(cache, 10, cache / "fakehealth", wh, 19)
    assert link.resolve() == outside.resolve()
    # and so is a link to a real pair's source (the corpus pairs', read from ../shared) made to a copy since removed
    real = _write(tmp_path / "real-pairs" / "01_agency-approval_paper" / "source.txt", "The agency approved it.\n")
    (folder / "real").mkdir()
    link = folder / "real" / "01_agency-approval_paper-source.txt"
    link.symlink_to(tmp_path / "gone" / "real" / "source.txt")
    bench.corpus_folder(cache, 10, cache / "fakehealth", wh, 19)
    assert link.resolve() == real.resolve()


def test_the_metrics_count_the_possible_tier_apart_and_the_strict_no_source_reading() -> None:
    """recall@1/@5 count the matches at the threshold only; ``+possible`` counts, for a query with no match there,
    its possible sources; a no-source query answered with possible sources only is answered with no match, but not
    under the strict reading (nothing at all)."""
    bench = _discovery_module()
    from alignment.text.reading import Document

    def query(name: str, *sources: str):
        return bench.Query(name, "real" if sources else "no-source", Document("text", name), frozenset(sources))

    queries = [query("a", "/s/a"), query("b", "/s/b"), query("c"), query("d")]
    got = [[("/s/a", 0.5)], [("/s/x", 0.1)], [("/s/y", 0.1)], []]
    maybe = [[], [("/s/b", 0.1)], [("/s/y", 0.1)], []]
    m = bench.metrics(queries, got, 0.2, maybe)
    assert (m["recall@1"], m["recall@1+possible"], m["recall@5+possible"]) == (0.5, 1.0, 1.0)
    assert (m["no_source_no_match"], m["no_source_strict"]) == (1.0, 0.5)
    assert "no_source_strict" not in bench.metrics(queries, got, 0.2)
