"""Source discovery: the index (incremental, resumable, refusing what is not an index), find (sources ranked,
no match when there is none, duplicates, several sources), the commands, and the same results on a Dask
LocalCluster as in one process."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
from collections import Counter
from dataclasses import replace

import pytest

from alignment.discovery import (
    INDEX_FILE,
    FindConfig,
    SourceIndex,
    build_index,
    find_csv,
    find_json,
    find_sources,
    find_text,
    index_info,
)
from alignment.discovery.terms import content_terms, month_days, quoted_grams, stated_dates, text_date
from alignment.errors import ConfigError, InputError

from tests import extras
from tests.discovery.texts import (
    BRIDGE_NEWS_PAGE,
    BRIDGE_QUOTING_STORY,
    BRIDGE_STORY,
    BRIEFING,
    DECLARATION,
    DECLARATION_STORY,
    JUDGE_STATEMENT,
    JUDGE_STORY,
    RELEASES,
    STATEMENTS,
    STATEMENTS_BRIEFING,
    write_releases,
    write_stories,
)
from tests.test_cli import run_cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Releases, stories and an index of the releases (built once for the module: read, never changed)."""
    root = tmp_path_factory.mktemp("discovery")
    releases = write_releases(root / "releases")
    stories = write_stories(root / "stories")
    build_index([releases], root / "index", workers=1)
    return root, releases, stories


def _sources(result):
    return [os.path.basename(m.source) for m in result.matches]


# ---------------------------------------------------------------------------------------------- find
def test_find_ranks_the_source_of_a_rewritten_story_first(corpus):
    root, _, stories = corpus
    (found,) = find_sources([stories["bridge-story.txt"]], root / "index")
    assert _sources(found) == ["bridges.txt"]
    match = found.matches[0]
    assert match.rank == 1 and match.cover
    assert 0.35 <= match.score <= 1.0 and 0.5 <= match.support <= 1.0
    assert match.shared_passages >= 3 and match.quotes_found == 1
    assert match.date == "2025-03-03" and match.title.startswith("Department announces")


def test_an_article_without_a_source_in_the_index_gets_no_match(corpus):
    root, _, stories = corpus
    (found,) = find_sources([stories["no-source.txt"]], root / "index")
    assert found.matches == ()
    assert json.loads(find_json([found])) == [{"derivative": str(stories["no-source.txt"]), "matches": []}]


def test_an_article_from_two_sources_lists_both_in_the_cover(corpus):
    root, _, stories = corpus
    (found,) = find_sources([stories["two-sources.txt"]], root / "index")
    assert _sources(found) == ["wetlands.txt", "bridges.txt"]
    assert [m.cover for m in found.matches] == [True, True]
    assert [m.rank for m in found.matches] == [1, 2]


def test_a_source_used_in_one_part_of_a_long_article_is_found(corpus, tmp_path):
    """The briefing reads broadband.txt out among other subjects: it holds little of the briefing (the
    article-side share), but most of it is in the briefing (the source-side share), so it is compared, and the
    engine's coverage of it makes it a match. Without that route there is none."""
    root, _, _ = corpus
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    (result,) = find_sources([path], root / "index")
    assert _sources(result) == ["broadband.txt"]
    assert result.matches[0].lexical < FindConfig().min_lexical  # the article-side share alone would not do
    (article_side_only,) = find_sources([path], root / "index", FindConfig(min_contained=1.0, min_lead=1.0,
                                                                           days_min_contained=0.0))
    assert article_side_only.matches == ()


def test_a_clear_lead_on_the_source_side_is_compared_under_min_contained(corpus, tmp_path):
    """broadband.txt's contained share is far above the other releases': with ``min_contained`` out of reach it
    is still compared as the lead, and found; a lead it cannot reach turns that route off."""
    root, _, _ = corpus
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    (lead,) = find_sources([path], root / "index", FindConfig(min_contained=1.0))
    assert _sources(lead) == ["broadband.txt"]
    (no_lead,) = find_sources([path], root / "index", FindConfig(min_contained=1.0, lead=100.0,
                                                                 days_min_contained=0.0))
    assert no_lead.matches == ()


def test_a_duplicate_does_not_take_the_lead_from_its_twin(tmp_path):
    """The lead is over the next *other* text: a copy of the leading release does not cancel it."""
    releases = write_releases(tmp_path / "releases")
    shutil.copy(releases / "broadband.txt", releases / "broadband-copy.txt")
    build_index([releases], tmp_path / "index", workers=1)
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    (found,) = find_sources([path], tmp_path / "index", FindConfig(min_contained=1.0))
    assert _sources(found) == ["broadband-copy.txt", "broadband.txt"]


@pytest.fixture
def statements_index(tmp_path):
    """The releases and five short statements, and a long briefing reading out every statement."""
    folder = write_releases(tmp_path / "docs")
    for name, text in STATEMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    briefing = tmp_path / "briefing.txt"
    briefing.write_text(STATEMENTS_BRIEFING, encoding="utf-8")
    return tmp_path / "index", briefing


def _counting(monkeypatch):
    """Count the comparisons find runs (in this process: workers=1)."""
    import alignment.discovery.find as find_module

    seen: list[str] = []
    real = find_module.rescore

    def counted(task):
        seen.append(os.path.basename(task.source_path))
        return real(task)
    monkeypatch.setattr(find_module, "rescore", counted)
    return seen


def test_a_long_article_reading_out_many_short_sources_compares_them_within_a_budget(statements_index, monkeypatch):
    """The briefing holds five short statements: three comparisons (a fixed count) find three of them; a budget
    in characters compared, relative to the article's length, compares all five (each costs the briefing and a
    short statement), and lists every one."""
    index, briefing = statements_index
    seen = _counting(monkeypatch)
    (by_count,) = find_sources([briefing], index, FindConfig(rescore=3, compare_budget=0.0))
    assert len(seen) == 3 and len(by_count.matches) == 3
    assert set(_sources(by_count)) < set(STATEMENTS)
    seen.clear()
    (by_cost,) = find_sources([briefing], index, FindConfig(rescore=3, compare_budget=8.0, max_rescore=8))
    assert sorted(seen) == sorted(STATEMENTS)
    assert sorted(_sources(by_cost)) == sorted(STATEMENTS)


def test_the_budget_counts_both_texts_so_a_small_one_adds_no_comparison(statements_index, monkeypatch):
    """Each comparison costs the briefing's length and the statement's: a budget of the briefing's length once is
    spent by the first comparison, so only the ``rescore`` comparisons run; ``max_rescore`` caps a large budget."""
    index, briefing = statements_index
    seen = _counting(monkeypatch)
    find_sources([briefing], index, FindConfig(rescore=2, compare_budget=1.0, max_rescore=8))
    assert len(seen) == 2
    seen.clear()
    find_sources([briefing], index, FindConfig(rescore=2, compare_budget=100.0, max_rescore=4))
    assert len(seen) == 4


def test_a_negative_budget_is_refused():
    with pytest.raises(ConfigError, match="compare-budget"):
        FindConfig(compare_budget=-1.0).validate()
    with pytest.raises(ConfigError, match="max-rescore"):
        FindConfig(max_rescore=0).validate()


def _digest_index(tmp_path):
    """The releases and a digest of all of them and of the briefing's other subjects (the storms, the visit):
    a long text holding more of the briefing's words than broadband.txt, the release it reads out."""
    releases = write_releases(tmp_path / "releases")
    (releases / "digest.txt").write_text("Weekly digest\n\n" + "\n".join(RELEASES.values())
                                         + BRIEFING.split("Third,")[0], encoding="utf-8")
    build_index([releases], tmp_path / "index", workers=1)
    return tmp_path / "index"


def test_contained_ranks_a_short_text_made_of_the_article_words_above_a_long_text_holding_them_all(tmp_path):
    index = _digest_index(tmp_path)
    terms = Counter(content_terms(BRIEFING))
    with SourceIndex.open(index) as store:
        by_bm25 = [os.path.basename(c.path) for c in store.search(sorted(terms), 5)]
        found = store.contained({t: 1.0 for t in terms}, 5, 3)
        assert by_bm25[0] == "digest.txt"  # BM25: the text holding most of the briefing's terms
        names = [os.path.basename(c.path) for c in found]
        assert names[0] == "broadband.txt" and "digest.txt" in names
        assert [c.bm25 for c in found] == sorted((c.bm25 for c in found), reverse=True)
        assert store.contained({t: 1.0 for t in terms}, 1, 3) == found[:1]
        # a text holding fewer than min_hits of the terms is left out
        assert len(store.contained({"broadband": 1.0, "satellit": 1.0}, 5, 3)) == 0
        assert store.contained({}, 5, 1) == []


def test_a_short_source_that_bm25_leaves_out_is_retrieved_by_containment(tmp_path):
    """With one BM25 candidate (the digest, which holds every word of the briefing) and no window searches,
    broadband.txt, read out in the briefing, is found only by the containment retrieval."""
    index = _digest_index(tmp_path)
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    # one BM25 candidate, no windows; in an index of five texts a stem two of them hold is not rare at 2%
    narrow = FindConfig(candidates=1, window_terms=100_000, rare_share=0.5, dated_candidates=0)
    (found,) = find_sources([path], index, narrow)
    assert _sources(found) == ["broadband.txt", "digest.txt"]
    (bm25_only,) = find_sources([path], index, replace(narrow, contained_candidates=0))
    assert _sources(bm25_only) == ["digest.txt"]


def test_a_long_document_holding_the_article_among_much_else_is_not_its_source(tmp_path):
    """A digest of every release and a briefing holds all of the story's words (its article-side share is high),
    but little of its own vocabulary is in the story (under min_reverse): it is not compared, the release is."""
    releases = write_releases(tmp_path / "releases")
    (releases / "digest.txt").write_text("Weekly digest\n\n" + "\n".join(RELEASES.values()) + BRIEFING,
                                         encoding="utf-8")
    build_index([releases], tmp_path / "index", workers=1)
    story = tmp_path / "story.txt"
    story.write_text(BRIDGE_STORY, encoding="utf-8")
    (result,) = find_sources([story], tmp_path / "index")
    assert _sources(result) == ["bridges.txt"]
    (ungated,) = find_sources([story], tmp_path / "index", FindConfig(min_reverse=0.0))
    assert "digest.txt" in _sources(ungated)  # without the gate it is compared (and listed)


def test_json_has_the_shape_of_the_issue(corpus):
    root, _, stories = corpus
    data = json.loads(find_json(find_sources([stories["bridge-story.txt"]], root / "index")))
    assert list(data[0]) == ["derivative", "matches"]
    assert set(data[0]["matches"][0]) == {"source", "rank", "score", "support", "shared_passages", "quotes_found",
                                          "cover"}


def test_csv_has_a_row_per_match_and_one_for_an_article_without(corpus):
    root, _, stories = corpus
    rows = list(csv.DictReader(io.StringIO(find_csv(find_sources(
        [stories["bridge-story.txt"], stories["no-source.txt"]], root / "index")))))
    assert [(os.path.basename(r["derivative"]), r["rank"], os.path.basename(r["source"])) for r in rows] == [
        ("bridge-story.txt", "1", "bridges.txt"), ("no-source.txt", "", "")]


def test_duplicate_documents_are_both_listed_and_the_second_adds_nothing(tmp_path):
    releases = write_releases(tmp_path / "releases")
    shutil.copy(releases / "bridges.txt", releases / "bridges-copy.txt")
    build_index([releases], tmp_path / "index", workers=1)
    info = index_info(tmp_path / "index")
    assert (info.documents, info.distinct_texts) == (5, 4)
    article = tmp_path / "story.txt"
    article.write_text(BRIDGE_STORY, encoding="utf-8")
    (found,) = find_sources([article], tmp_path / "index")
    assert _sources(found) == ["bridges-copy.txt", "bridges.txt"]  # the same score: by path
    assert [m.cover for m in found.matches] == [True, False]
    assert found.matches[0].score == found.matches[1].score


def test_a_source_dated_after_the_article_is_not_its_source(tmp_path):
    releases = write_releases(tmp_path / "releases")
    build_index([releases], tmp_path / "index", workers=1)
    early = tmp_path / "early.txt"
    early.write_text(BRIDGE_STORY.replace("said on Monday", "said on Monday, January 6, 2025"), encoding="utf-8")
    (found,) = find_sources([early], tmp_path / "index")
    assert found.matches == ()
    (found,) = find_sources([early], tmp_path / "index", FindConfig(max_days_after=-1))
    assert _sources(found) == ["bridges.txt"]


# ---------------------------------------------------------------------------------------------- the index
def test_an_index_is_incremental(tmp_path):
    releases = write_releases(tmp_path / "releases")
    index = tmp_path / "index"
    first = build_index([releases], index, workers=1)
    assert (first.indexed, first.unchanged, first.removed, first.documents) == (4, 0, 0, 4)
    again = build_index([releases], index, workers=1)
    assert (again.indexed, again.unchanged, again.removed) == (0, 4, 0)

    # a changed file is indexed again (and found by its new words); a touched but unchanged one is skipped
    (releases / "broadband.txt").write_text(RELEASES["broadband.txt"].replace("satellite", "fibre"),
                                            encoding="utf-8")
    st = (releases / "vaccines.txt").stat()
    os.utime(releases / "vaccines.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    changed = build_index([releases], index, workers=1)
    assert (changed.indexed, changed.unchanged, changed.documents) == (1, 3, 4)
    with sqlite3.connect(index / INDEX_FILE) as db:
        assert db.execute("SELECT count(*) FROM fts WHERE fts MATCH 'fiber'").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM fts WHERE fts MATCH 'satellit'").fetchone()[0] == 0

    # build drops what is gone from under its paths; add keeps what it is not given
    (releases / "wetlands.txt").unlink()
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "note.md").write_text("# Park rangers\n\nRangers will patrol 40 new trails this spring.\n",
                                   encoding="utf-8")
    added = build_index([extra], index, prune=False, workers=1)
    assert (added.indexed, added.removed, added.documents) == (1, 0, 5)
    rebuilt = build_index([releases], index, workers=1)
    assert (rebuilt.removed, rebuilt.documents) == (2, 3)


def test_document_frequencies_are_copied_at_the_end_of_a_build_and_dropped_by_any_change(tmp_path):
    releases = write_releases(tmp_path / "releases")
    build_index([releases], tmp_path / "index", workers=1)
    terms = [*content_terms(" ".join(RELEASES.values())), "absent"]

    def frequencies(store):
        return {t: n for t, n in store.db.execute("SELECT term, doc FROM fts_vocab")}
    with SourceIndex.open(tmp_path / "index") as store:
        assert store.has_doc_freqs
        expected = {t: n for t, n in frequencies(store).items() if t in terms}
        assert store.doc_freqs(terms) == expected and "absent" not in expected
    (releases / "more.txt").write_text(BRIDGE_STORY, encoding="utf-8")
    with SourceIndex.open(tmp_path / "index") as store:  # a change without the end of a build: the copy is gone
        store.remove([1])
        assert not store.has_doc_freqs
        assert store.doc_freqs(terms) == {t: n for t, n in frequencies(store).items() if t in terms}
    build_index([releases], tmp_path / "index", workers=1)
    with SourceIndex.open(tmp_path / "index") as store:
        assert store.has_doc_freqs
        assert store.doc_freqs(terms) == {t: n for t, n in frequencies(store).items() if t in terms}
        assert store.doc_freqs(["bridg"])["bridg"] == 2  # bridges.txt (read again) and more.txt


def test_an_interrupted_build_keeps_what_it_committed_and_carries_on(tmp_path, monkeypatch):
    import alignment.discovery.build as build

    releases = write_releases(tmp_path / "releases")
    monkeypatch.setattr(build, "CHUNK", 1)
    calls = {"n": 0}

    def progress(done, total, skipped):
        calls["n"] += 1
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index([releases], tmp_path / "index", workers=1, progress=progress)
    assert index_info(tmp_path / "index").documents == 2
    resumed = build_index([releases], tmp_path / "index", workers=1)
    assert (resumed.indexed, resumed.unchanged, resumed.documents) == (2, 2, 4)


def test_an_empty_corpus_makes_an_empty_index_that_finds_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    result = build_index([tmp_path / "empty"], tmp_path / "index", workers=1)
    assert result.documents == 0
    article = tmp_path / "story.txt"
    article.write_text(BRIDGE_STORY, encoding="utf-8")
    assert find_sources([article], tmp_path / "index")[0].matches == ()


def test_a_missing_or_corrupt_index_is_a_clear_error(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(BRIDGE_STORY, encoding="utf-8")
    with pytest.raises(InputError, match="holds no index"):
        find_sources([article], tmp_path / "nowhere")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / INDEX_FILE).write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError, match="not a readable source index"):
        find_sources([article], tmp_path / "bad")
    other = tmp_path / "other"
    other.mkdir()
    with sqlite3.connect(other / INDEX_FILE) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not a pressalign source index"):
        index_info(other)


def test_an_unreadable_document_is_reported_and_the_rest_indexed(tmp_path):
    releases = write_releases(tmp_path / "releases")
    (releases / "binary.txt").write_bytes(b"\x00\xff\xfe binary")
    result = build_index([releases], tmp_path / "index", workers=1)
    assert result.documents == 4
    assert [os.path.basename(p) for p, _ in result.failed] == ["binary.txt"]


# ---------------------------------------------------------------------------------------------- commands
def test_the_commands(corpus, tmp_path):
    _, releases, stories = corpus
    index = tmp_path / "index"
    res = run_cli("index", "build", releases, "--index", index, "--workers", "2")
    assert res.returncode == 0, res.stderr
    assert "4 documents" in res.stdout and "4 indexed" in res.stdout
    res = run_cli("index", "add", releases, "--index", index)
    assert res.returncode == 0 and "4 unchanged" in res.stdout, res.stderr
    res = run_cli("index", "info", "--index", index)
    assert res.returncode == 0 and "documents: 4" in res.stdout

    res = run_cli("find", stories["bridge-story.txt"], stories["no-source.txt"], "--index", index, "--format", "json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert [d["derivative"] for d in data] == [str(stories["bridge-story.txt"]), str(stories["no-source.txt"])]
    assert [len(d["matches"]) for d in data] == [1, 0]
    res = run_cli("find", stories["no-source.txt"], "--index", index)
    assert res.returncode == 0 and "no source in the index" in res.stdout
    out = tmp_path / "found.csv"
    res = run_cli("find", stories["bridge-story.txt"], "--index", index, "-f", "csv", "-o", out)
    assert res.returncode == 0 and out.read_text(encoding="utf-8").startswith("derivative,rank,source")


@pytest.mark.parametrize("args, message", [
    (["find", "{story}", "--index", "{tmp}/nowhere"], "holds no index"),
    (["index", "add", "{releases}", "--index", "{tmp}/nowhere"], "holds no index"),
    (["index", "info", "--index", "{tmp}/bad"], "not a readable source index"),
    (["find", "{tmp}/missing.txt", "--index", "{index}"], "no such file"),
    (["index", "build", "{tmp}/missing", "--index", "{tmp}/new"], "no such file"),
    (["batch", "--index", "{index}", "-o", "{tmp}/out"], "--index and --articles go together"),
])
def test_bad_input_is_one_line_and_no_output(corpus, tmp_path, args, message):
    root, releases, stories = corpus
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / INDEX_FILE).write_bytes(b"garbage" * 200)
    fill = {"story": stories["bridge-story.txt"], "tmp": tmp_path, "index": root / "index", "releases": releases}
    res = run_cli(*[a.format(**fill) for a in args])
    assert res.returncode == 2, res.stdout + res.stderr
    assert res.stderr.startswith("error: ") and message in res.stderr and len(res.stderr.splitlines()) == 1
    assert not (tmp_path / "new").exists() and not (tmp_path / "out").exists()
    assert not (tmp_path / "nowhere").exists()


def test_batch_with_an_index_compares_the_pairs_found(corpus, tmp_path):
    root, _, stories = corpus
    out = tmp_path / "out"
    res = run_cli("batch", "--index", root / "index", "--articles", stories["bridge-story.txt"], "--articles",
                  stories["no-source.txt"], "--articles", stories["two-sources.txt"], "-o", out, "--workers", "1")
    assert res.returncode == 0, res.stderr
    assert "3 articles: 2 with a source, 1 without; 3 pairs: 3 compared" in res.stdout
    matches = list(csv.DictReader(io.StringIO((out / "matches.csv").read_text(encoding="utf-8"))))
    assert [(os.path.basename(m["derivative"]), os.path.basename(m["source"])) for m in matches] == [
        ("bridge-story.txt", "bridges.txt"), ("no-source.txt", ""), ("two-sources.txt", "wetlands.txt"),
        ("two-sources.txt", "bridges.txt")]
    summary = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    assert [s["pair_id"] for s in summary] == ["0001-1-bridge-story", "0003-1-two-sources", "0003-2-two-sources"]
    report = json.loads((out / "pairs" / "0001-1-bridge-story" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["quotes"]["exact"] == 1
    again = run_cli("batch", "--index", root / "index", "--articles", stories["bridge-story.txt"], "-o", out)
    assert again.returncode == 0 and "1 already done" in again.stdout, again.stderr


# ---------------------------------------------------------------------------------------------- Dask
def test_a_local_dask_cluster_gives_the_same_index_and_matches(corpus, tmp_path):
    extras.require("distributed")
    from distributed import LocalCluster

    root, releases, stories = corpus
    articles = list(stories.values())
    local = find_json(find_sources(articles, root / "index", workers=1))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        build_index([releases], tmp_path / "index", scheduler=cluster.scheduler_address)
        on_dask = find_json(find_sources(articles, tmp_path / "index", scheduler=cluster.scheduler_address))
    assert on_dask == local

    def rows(folder):
        with sqlite3.connect(folder / INDEX_FILE) as db:
            return db.execute("SELECT key, sha256, title, date, terms FROM docs ORDER BY key").fetchall()

    assert rows(tmp_path / "index") == rows(root / "index")


def test_worker_processes_give_the_same_matches(corpus):
    root, _, stories = corpus
    articles = list(stories.values())
    assert find_json(find_sources(articles, root / "index", workers=2)) == find_json(
        find_sources(articles, root / "index", workers=1))


def test_batch_with_an_index_takes_the_batch_output_options(corpus, tmp_path):
    root, _, stories = corpus
    out = tmp_path / "out"
    res = run_cli("batch", "--index", root / "index", "--articles", stories["bridge-story.txt"], "-o", out,
                  "--workers", "1", "--html", "--excel-csv", "--input-format", "txt")
    assert res.returncode == 0, res.stderr
    assert "index.html" in res.stdout
    assert (out / "pairs" / "0001-1-bridge-story" / "report.html").is_file() and (out / "index.html").is_file()
    for name in ("matches.csv", "summary.csv"):  # Excel's CSV: a byte-order mark and CRLF line ends
        raw = (out / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, name
    manifest = (out / "discovery-manifest.csv").read_bytes()  # the manifest the batch reads stays plain
    assert not manifest.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO((out / "matches.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["pair_id"], r["batch_status"]) for r in rows] == [("0001-1-bridge-story", "ok")]


def test_matches_csv_says_which_pairs_the_batch_failed_on(tmp_path):
    """A source changed on disk after indexing (here: removed) fails in the batch; matches.csv says so."""
    releases = write_releases(tmp_path / "releases")
    stories = write_stories(tmp_path / "stories")
    build_index([releases], tmp_path / "index", workers=1)
    (releases / "wetlands.txt").unlink()
    out = tmp_path / "out"
    res = run_cli("batch", "--index", tmp_path / "index", "--articles", stories["two-sources.txt"], "--articles",
                  stories["no-source.txt"], "-o", out, "--workers", "1")
    assert res.returncode == 1 and res.stderr.startswith("error: 1 of 2 pairs failed"), res.stderr
    rows = list(csv.DictReader(io.StringIO((out / "matches.csv").read_text(encoding="utf-8"))))
    assert [(os.path.basename(r["source"]), r["pair_id"], r["batch_status"]) for r in rows] == [
        ("wetlands.txt", "0001-1-two-sources", "error"), ("bridges.txt", "0001-2-two-sources", "ok"),
        ("", "", "")]


def test_an_input_format_reads_the_articles_for_find(corpus):
    root, _, stories = corpus
    (as_text,) = find_sources([stories["bridge-story.txt"]], root / "index", input_format="txt")
    (auto,) = find_sources([stories["bridge-story.txt"]], root / "index")
    assert as_text.matches == auto.matches and as_text.matches
    with pytest.raises(InputError):  # a plain-text story read as a PDF is a clear input error
        find_sources([stories["bridge-story.txt"]], root / "index", input_format="pdf")


def test_the_score_combines_both_sides_as_independent_evidence():
    """Either side alone makes the score (a story re-written from its release; a statement read out in a
    briefing), and a candidate strong on both sides outranks one as strong on one side only: the statement read
    out (source side 0.78) ranks below a fact sheet restated in part (source side 0.74, article side 0.38)."""
    from alignment.discovery.find import _score, _Scored, _Shortlisted
    from alignment.discovery.store import Candidate

    def item(lexical, contained):
        return _Shortlisted(Candidate(1, "p", "k", "sha", "", "", frozenset(), 0.0), lexical, contained)

    def scored(support, coverage):
        return _Scored(support, frozenset(), 1, 0, coverage=coverage)

    assert _score(scored(0.6, 0.0), item(0.6, 0.0)) == 0.6  # the article side alone
    assert _score(scored(0.0, 0.8), item(0.0, 0.8)) == 0.8  # the source side alone
    statement = _score(scored(0.13, 0.77), item(0.17, 0.79))
    fact_sheet = _score(scored(0.30, 0.72), item(0.46, 0.76))
    assert fact_sheet > statement >= 0.78
    assert max((0.30 + 0.46) / 2, (0.72 + 0.76) / 2) < max((0.13 + 0.17) / 2, (0.77 + 0.79) / 2)  # the larger side


def test_once_one_source_passes_a_further_one_needs_half_the_contained_share(statements_index):
    """A briefing reads the harbour statement out in full and half of the wildfire one: the wildfire statement,
    under ``min_contained`` (the leads off), is compared as a further source once the harbour one passes, and
    listed; read alone, that half passes nothing and there is no match (with ``bm25_lead`` on, BM25 sets the
    wildfire statement far above the rest and the engine finds the half in it: a match; ``pin_lead`` off too, and
    ``agreed_lead``, under which the wildfire statement, first in both retrievals, leads on the source side, and
    ``agreed_source``, under which that text's source side, half of it used, makes it a match)."""
    index, briefing = statements_index
    harbour = STATEMENTS["harbour.txt"].split("\n", 2)[2]
    wildfire_half = "Firefighters contained the wildfire in the eastern hills overnight after it burned 3,200 hectares."
    filler = ("Before questions, a word on the weather service, which has a new director from next month. "
              "The committee has the text of the budget, and we want the school meals funded before the winter.")
    both = briefing.parent / "both.txt"
    both.write_text(f"Briefing, September 19, 2025\n\n{harbour}\n{wildfire_half}\n\n{filler}\n", encoding="utf-8")
    half = briefing.parent / "half.txt"
    half.write_text(f"Briefing, September 19, 2025\n\n{wildfire_half}\n\n{filler}\n", encoding="utf-8")
    config = FindConfig(lead=100.0, agreed_lead=0.0, min_lexical=1.0, bm25_lead=0.0, pin_lead=0.0, agreed_source=0.0)
    (found,) = find_sources([both], index, config)
    assert _sources(found)[:2] == ["harbour.txt", "wildfire.txt"]
    (alone,) = find_sources([half], index, config)
    assert alone.matches == ()
    (led,) = find_sources([half], index, replace(config, bm25_lead=FindConfig().bm25_lead))
    assert _sources(led) == ["wildfire.txt"]


def test_the_texts_of_the_article_days_are_candidates(tmp_path):
    """broadband.txt (June 2) is read out in the briefing of June 2: with one BM25 candidate (the digest), no
    windows and no containment retrieval, it is found by its date; a text dated outside the days is not."""
    index = _digest_index(tmp_path)
    with SourceIndex.open(index) as store:
        assert [os.path.basename(c.path) for c in store.dated("2025-05-31", "2025-06-02", 5)] == ["broadband.txt"]
        assert [os.path.basename(c.path) for c in store.dated("2025-03-01", "2025-05-31", 5)] == [
            "vaccines.txt", "wetlands.txt", "bridges.txt", "digest.txt"]  # the latest first (the digest: March 3)
        assert len(store.dated("2025-03-01", "2025-05-31", 2)) == 2
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    narrow = FindConfig(candidates=1, window_terms=100_000, contained_candidates=0)
    (by_date,) = find_sources([path], index, narrow)
    assert _sources(by_date) == ["broadband.txt", "digest.txt"]
    (undated,) = find_sources([path], index, replace(narrow, dated_candidates=0))
    assert _sources(undated) == ["digest.txt"]
    late = tmp_path / "late.txt"  # the same briefing ten days later: broadband.txt is not of its days
    late.write_text(BRIEFING.replace("June 2, 2025", "June 12, 2025"), encoding="utf-8")
    (later,) = find_sources([late], index, narrow)
    assert _sources(later) == ["digest.txt"]


def test_a_text_of_the_article_days_is_compared_with_less_of_it_in_the_article(tmp_path):
    """``days_min_contained``: when no candidate passes the gates, a text of the article's days whose contained
    share reaches it (under ``min_contained``) is compared, as a nomination release restated in part in the
    gaggle of its day is; the same text for a briefing ten days later, or with the option off, is not."""
    from alignment.discovery.find import _shortlist

    index = _digest_index(tmp_path)
    # only the source side decides here: no lexical gate, no lead, no rule of the article's days but this one
    strict = FindConfig(candidates=1, window_terms=100_000, contained_candidates=0, min_lexical=1.0, min_lead=1.0,
                        days_top=0, quote_runs=0, top_lexical=0.0, min_contained=0.0, days_min_contained=0.0)
    late_briefing = BRIEFING.replace("June 2, 2025", "June 12, 2025")
    with SourceIndex.open(index) as store:
        share = {os.path.basename(s.candidate.path): s.contained for s in _shortlist(store, BRIEFING, "2025-06-02",
                                                                                      strict)}
        broadband = share["broadband.txt"]
        assert 0.05 < broadband < 1.0 and broadband > share["digest.txt"]
        gated = replace(strict, min_contained=broadband + 0.01)
        assert _shortlist(store, BRIEFING, "2025-06-02", gated) == []
        days = replace(gated, days_min_contained=broadband - 0.01)
        assert "broadband.txt" in [os.path.basename(s.candidate.path)
                                   for s in _shortlist(store, BRIEFING, "2025-06-02", days)]
        assert _shortlist(store, late_briefing, "2025-06-12", days) == []
    with pytest.raises(ConfigError, match="days-min-contained"):
        FindConfig(days_min_contained=1.5).validate()


def test_a_transcript_is_not_the_source_of_another_transcript_by_their_shared_talk(tmp_path):
    """Two briefings of the same week share the genre's talk (the questions of the day, the stock answers): for
    a briefing, an earlier one is weighed on the source side only (how much of it the briefing holds), not on
    the article side; an article that is not a transcript is weighed on both sides as before."""
    from alignment.discovery.terms import is_exchange

    exchange = ("\n\nQ: On the budget: will there be a vote before the recess?\n\nA: The committee has the text. We "
                "want the school meals and the road repairs funded before the winter.\n\nQ: Is the minister "
                "travelling to the summit in November?\n\nA: Her plans are not final. We will tell you as soon as "
                "they are.\n\nQ: And the stadium vote?\n\nA: That is a matter for the city council and the voters.\n")
    folder = tmp_path / "docs"
    folder.mkdir()
    earlier = ("Press briefing by the spokesperson, September 18, 2025\n\nGood afternoon. The harbour works go on and "
               "the rail talks resume tomorrow." + exchange)
    (folder / "earlier-briefing.txt").write_text(earlier, encoding="utf-8")
    for name, text in STATEMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    article = tmp_path / "briefing.txt"
    article.write_text(STATEMENTS_BRIEFING.split("Q:")[0] + exchange, encoding="utf-8")
    assert is_exchange(article.read_text(encoding="utf-8"), 3) and is_exchange(earlier, 3)
    wide = FindConfig(min_score=0.0, min_cover_score=0.0, top=10, compare_budget=20.0, max_rescore=10)
    (both_sides,) = find_sources([article], tmp_path / "index", replace(wide, exchange_questions=0))
    (source_side,) = find_sources([article], tmp_path / "index", wide)
    by_name = {os.path.basename(m.source): m.score for m in source_side.matches}
    before = {os.path.basename(m.source): m.score for m in both_sides.matches}
    assert by_name["earlier-briefing.txt"] < before["earlier-briefing.txt"]
    assert {k: v for k, v in by_name.items() if k != "earlier-briefing.txt"} == {
        k: v for k, v in before.items() if k != "earlier-briefing.txt"}  # the statements are weighed as before


def test_a_match_of_the_article_days_ranks_before_an_older_one(tmp_path):
    """A briefing reads out last month's harbour statement in full and yesterday's wildfire statement in part:
    the older one scores higher, but the one of the briefing's days is the one it was written from and ranks
    first (both listed); by score only, or when the wildfire statement is dated after the briefing, the older
    one is first."""
    folder = tmp_path / "docs"
    folder.mkdir()
    harbour = STATEMENTS["harbour.txt"].split("\n", 2)[2]
    wildfire = STATEMENTS["wildfire.txt"].split("\n", 2)[2]
    (folder / "harbour.txt").write_text(f"Statement on the harbour, August 1, 2025\n\n{harbour}", encoding="utf-8")
    (folder / "wildfire.txt").write_text(f"Statement on the wildfire, September 18, 2025\n\n{wildfire}",
                                         encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    article = tmp_path / "briefing.txt"
    article.write_text("Briefing, September 19, 2025\n\n" + harbour + "\nFirefighters contained the wildfire in the "
                       "eastern hills overnight after it burned 3,200 hectares of pine forest.\n", encoding="utf-8")
    (by_score,) = find_sources([article], tmp_path / "index", FindConfig(recent_first=False))
    assert _sources(by_score) == ["harbour.txt", "wildfire.txt"]
    (recent,) = find_sources([article], tmp_path / "index")
    assert _sources(recent) == ["wildfire.txt", "harbour.txt"]
    assert recent.matches[0].score < recent.matches[1].score
    # dated the day after the briefing (kept by max_days_after, for imprecise dates), it is not of its days
    (folder / "wildfire.txt").write_text(f"Statement on the wildfire, September 20, 2025\n\n{wildfire}",
                                         encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    (after,) = find_sources([article], tmp_path / "index")
    assert _sources(after) == ["harbour.txt", "wildfire.txt"]


def test_a_clear_lead_on_the_article_side_is_compared_under_min_reverse(tmp_path):
    """The story is written from the bridges section of a long report: little of the report's own vocabulary is
    in the story (under ``min_reverse``), but no other text holds as much of the story, so with ``lexical_lead``
    set the report is compared (the lead) and found; with the leads off (``bm25_lead``, ``pin_lead`` and
    ``agreed_lexical`` too) it is not compared and nothing is found. A second text holding as much of the story
    (a draft of the report) takes the lead away."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in RELEASES.items():
        if name != "bridges.txt":
            (folder / name).write_text(text, encoding="utf-8")
    report = ("Annual report of the transport department, 2025\n\n" + RELEASES["bridges.txt"].split("\n", 2)[2]
              + "\n".join(text.split("\n", 2)[2] for text in STATEMENTS.values()))
    (folder / "transport-report.txt").write_text(report, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    story = tmp_path / "story.txt"
    story.write_text(BRIDGE_STORY, encoding="utf-8")
    with SourceIndex.open(tmp_path / "index") as store:
        (report_doc,) = [c for c in store.search(sorted(set(content_terms(BRIDGE_STORY))), 10)
                         if c.path.endswith("transport-report.txt")]
    # the BM25 leads off: the lexical lead alone (and ``day_pair``: the report and its draft, below, are two texts
    # of one day first in BM25, which would give the undated story their day)
    lead = FindConfig(lexical_lead=1.6, bm25_lead=0.0, pin_lead=0.0, agreed_lexical=False, day_pair=False)
    (result,) = find_sources([story], tmp_path / "index", lead)
    assert _sources(result) == ["transport-report.txt"]
    assert result.matches[0].lexical >= FindConfig().min_lexical
    (no_lead,) = find_sources([story], tmp_path / "index", FindConfig(bm25_lead=0.0, pin_lead=0.0,
                                                                      agreed_lexical=False))
    assert no_lead.matches == ()
    (by_bm25,) = find_sources([story], tmp_path / "index")  # the default: BM25 sets the report far above the rest
    assert _sources(by_bm25) == ["transport-report.txt"]
    assert report_doc.terms  # the report is indexed and retrieved: it is the gate, not retrieval, that decides
    (folder / "transport-report-draft.txt").write_text(report.rsplit("\n", 3)[0] + "\n", encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    (two,) = find_sources([story], tmp_path / "index", lead)
    assert two.matches == ()


def test_lexical_lead_below_one_is_refused():
    with pytest.raises(ConfigError, match="lexical-lead"):
        FindConfig(lexical_lead=0.5).validate()
    assert FindConfig(lexical_lead=0).validate().lexical_lead == 0


def test_further_comparisons_go_to_the_texts_of_the_article_days_first(tmp_path, monkeypatch):
    """A briefing of September 19 reads out three statements of August in full and two of its days in part (the
    orchestra's tour, the rail strike): the August ones have the larger shares. With one comparison by evidence
    and a budget for two more, the further two go to the statements of its days; without the rule
    (``days_compared_first``) they go by evidence, to August's."""
    folder = tmp_path / "docs"
    folder.mkdir()
    dates = {"harbour.txt": "2025-08-12", "wildfire.txt": "2025-08-13", "vaccine-plant.txt": "2025-08-14",
             "orchestra.txt": "2025-09-18", "rail-strike.txt": "2025-09-19"}  # in the file names
    for name, text in STATEMENTS.items():
        (folder / f"{dates[name]}-{name}").write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    briefing = tmp_path / "briefing.txt"
    orchestra = STATEMENTS_BRIEFING.index("Some good news")
    rail = STATEMENTS_BRIEFING.index("And on transport")
    health = STATEMENTS_BRIEFING.index("On health")
    assert orchestra < health < rail
    in_part = (STATEMENTS_BRIEFING[:orchestra] + "The national youth orchestra will tour eleven cities in October.\n\n"
               + STATEMENTS_BRIEFING[health:rail]
               + "The rail unions and the operators signed an agreement ending the four-day strike.\n\n"
               + STATEMENTS_BRIEFING[STATEMENTS_BRIEFING.index("Before questions"):])
    briefing.write_text(in_part, encoding="utf-8")
    config = FindConfig(rescore=1, max_rescore=3, compare_budget=100.0)
    seen = _counting(monkeypatch)
    find_sources([briefing], tmp_path / "index", replace(config, days_compared_first=False))
    by_evidence = [name[11:] for name in seen]
    seen.clear()
    find_sources([briefing], tmp_path / "index", config)
    by_days = [name[11:] for name in seen]
    august = {"harbour.txt", "wildfire.txt", "vaccine-plant.txt"}
    assert set(by_evidence) == august  # read out in full: the best evidence
    assert by_days[0] == by_evidence[0]  # the first comparison is the best evidence's either way
    assert set(by_days[1:]) == {"orchestra.txt", "rail-strike.txt"}  # of its days


def _fact_sheet_index(tmp_path):
    """A fact sheet of March 3 whose first section is the bridge grants and the rest the department's other
    actions (the statements), among the other releases and statements."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in RELEASES.items():
        if name != "bridges.txt":
            (folder / name).write_text(text, encoding="utf-8")
    for name, text in STATEMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    sheet = ("Fact sheet: the transport department's spring actions\n\n" + RELEASES["bridges.txt"].split("\n", 2)[2]
             + "\n".join(text.split("\n", 2)[2] for text in STATEMENTS.values()))
    (folder / "fact-sheet.txt").write_text(sheet, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    return tmp_path / "index"


def test_the_text_of_the_article_days_bm25_puts_first_is_compared_under_the_gates(tmp_path):
    """A page of the next day reprints four local stories on the bridge grants, each in its own words with its
    county's details: it holds under ``min_lexical`` of the fact sheet's weight on its side and under
    ``min_contained`` of the fact sheet's own (the other actions), so by the shares nothing is compared; but
    BM25 ranks the fact sheet, a text of the page's days, first, so it is compared and found (``days_top``).
    Off, dated ten days later, or when the article is a record of an exchange (a briefing restates many texts
    of its days), nothing is found."""
    from alignment.discovery.find import _shortlist

    index = _fact_sheet_index(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(BRIDGE_NEWS_PAGE, encoding="utf-8")
    with SourceIndex.open(index) as store:
        assert os.path.basename(store.search(sorted(set(content_terms(BRIDGE_NEWS_PAGE))), 1)[0].path) == (
            "fact-sheet.txt")
        (sheet,) = [s for s in _shortlist(store, BRIDGE_NEWS_PAGE, "2025-03-04", FindConfig())]
    config = FindConfig()
    assert sheet.lexical < config.min_lexical and sheet.contained < config.min_contained
    (found,) = find_sources([page], index)
    assert _sources(found) == ["fact-sheet.txt"]
    # (the page repeats the fact sheet's figures: BM25's lead and the figures would find it too, ``lead_figures``)
    (off,) = find_sources([page], index, FindConfig(days_top=0, lead_figures=0))
    assert off.matches == ()
    later = tmp_path / "later.txt"
    later.write_text(BRIDGE_NEWS_PAGE.replace("March 4, 2025", "March 14, 2025"), encoding="utf-8")
    (late,) = find_sources([later], index, FindConfig(lead_figures=0))
    assert late.matches == ()
    briefing = tmp_path / "briefing.txt"
    briefing.write_text(BRIDGE_NEWS_PAGE + "\nQ: Which states first?\n\nA: The poorest bridges.\n\nQ: When?\n\n"
                        "A: This summer.\n\nQ: And the money left over?\n\nA: It goes back.\n", encoding="utf-8")
    (exchange,) = find_sources([briefing], index)
    assert exchange.matches == ()


def test_an_undated_article_takes_the_day_of_the_first_two_texts_for_days_top():
    """An undated story on a day's news: BM25's first two texts are an order and its fact sheet of one day, so
    ``days_top`` reads that day as the story's and its first text leads (``day_pair``). Not when the two are of
    different days, when one is a record of an exchange, with the option off, or (as before) for a dated story
    whose days they are not."""
    from alignment.discovery.find import _day_lead
    from alignment.discovery.store import Candidate

    class Texts:
        def __init__(self, texts):
            self.texts = texts

        def text(self, row):
            return self.texts[row]

    def cand(row, day, bm25):
        return Candidate(row, f"{row}.txt", f"{row}.txt", f"sha{row}", "", day, frozenset({"tariff"}), bm25)

    sheet, order, old = cand(1, "2026-02-20", 10.0), cand(2, "2026-02-20", 9.5), cand(3, "2025-04-02", 9.0)
    index = Texts({1: "Fact sheet: a temporary import duty", 2: "Imposing a temporary import surcharge",
                   3: "Fact sheet: reciprocal tariffs"})
    pair, rows = [sheet, order, old], [1, 2, 3]
    assert _day_lead(index, pair, rows, pair, "", FindConfig()) == "sha1"
    assert _day_lead(index, pair, rows, pair, "", FindConfig(day_pair=False)) is None
    assert _day_lead(index, pair, rows, pair, "2025-04-03", FindConfig()) is None  # dated: its own days
    apart = [sheet, old, order]
    assert _day_lead(index, apart, [1, 3, 2], apart, "", FindConfig()) is None
    twin = replace(sheet, id=4, path="4.txt", key="4.txt")  # a duplicate is the same text
    assert _day_lead(index, [sheet, twin, old], [1, 4, 3], [sheet, twin, old], "", FindConfig()) is None
    briefing = Texts({**index.texts, 2: BRIEFING})
    assert _day_lead(briefing, pair, rows, pair, "", FindConfig()) is None


def test_days_top_below_zero_is_refused():
    with pytest.raises(ConfigError, match="days-top"):
        FindConfig(days_top=-1).validate()


def test_a_story_quoting_its_source_word_for_word_is_compared_under_the_gates(tmp_path):
    """An undated story quotes the fact sheet's one quotation word for word and restates little else of it: it
    holds too little of the long fact sheet's own vocabulary for ``min_reverse``, so by the shares nothing is
    compared; the fact sheet holds the most of the story's quoted runs, so it is compared and found (its lexical
    share counting). Off (``quote_runs=0``), nothing is found; dated before the fact sheet, the story cannot
    have quoted it (the date rule's tolerance keeps the fact sheet a candidate, but a later text holding the
    quotation quotes the same speaker), and nothing is found either."""
    from alignment.discovery.find import _shortlist

    index = _fact_sheet_index(tmp_path)
    config = FindConfig()
    with SourceIndex.open(index) as store:
        (sheet,) = _shortlist(store, BRIDGE_QUOTING_STORY, "", config)
        assert _shortlist(store, BRIDGE_QUOTING_STORY, "", FindConfig(quote_runs=0, bm25_lead=0.0,
                                                                      possible_lead=0.0)) == []
        # the possible tier compares it for that tier only (never a match)
        # (unless it passes on its lexical share as the text both retrievals agree on: ``agreed_lexical``)
        assert [s.possible_only for s in _shortlist(store, BRIDGE_QUOTING_STORY, "",
                                                    FindConfig(quote_runs=0, bm25_lead=0.0,
                                                               agreed_lexical=False))] == [True]
    assert os.path.basename(sheet.candidate.path) == "fact-sheet.txt" and sheet.quoted
    assert sheet.contained < config.min_reverse <= config.min_lexical <= sheet.lexical
    story = tmp_path / "story.txt"
    story.write_text(BRIDGE_QUOTING_STORY, encoding="utf-8")
    (found,) = find_sources([story], index)
    assert _sources(found) == ["fact-sheet.txt"]
    (off,) = find_sources([story], index, FindConfig(quote_runs=0, bm25_lead=0.0, agreed_lexical=False))
    assert off.matches == ()
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(BRIDGE_QUOTING_STORY.replace("fixed\n", "fixed\n\nMarch 2, 2025\n", 1), encoding="utf-8")
    with SourceIndex.open(index) as store:
        assert [s.quoted for s in _shortlist(store, earlier.read_text(encoding="utf-8"), "2025-03-02", config)] == []
    (before,) = find_sources([earlier], index)
    assert before.matches == ()


def test_quoted_runs_are_the_stems_inside_double_quotation_marks():
    text = ('The order says English “promotes unity and cultural cohesion across the nation”, and the fact sheet '
            'adds that agencies may keep their services; a minister called it «a day of national pride».')
    runs = quoted_grams(text, 3)
    assert ("promot", "uniti", "cultur") in runs and ("cohes", "across", "nation") in runs
    assert ("day", "nation", "pride") in runs
    assert not any("fact" in run or "agenc" in run for run in runs)
    assert quoted_grams("No quotation here, only talk of unity and cohesion.", 2) == frozenset()


def test_a_date_inside_a_quotation_is_not_the_text_date():
    """A story reprinting a statement that opens "On April 24, 1915, ..." is not dated 1915 (the date rule would
    then drop every candidate); its own date, outside the quotation, is."""
    assert text_date('The statement reads: "On April 24, 1915, the arrests began."') == ""
    assert text_date('It reads: “On April 24, 1915, the arrests began.” Posted April 25, 2022.') == "2022-04-25"
    assert text_date("On April 24, 1915, the arrests began.") == "1915-04-24"


def test_an_ordinal_day_is_a_date():
    """A news story writes "February 4th, 2024": it is the story's date as "February 4, 2024" would be."""
    assert text_date("On February 4th, 2024, the president died after weeks in hospital.") == "2024-02-04"
    assert text_date("Signed on the 1st of May, by March 3rd 2025 it was law.") == "2025-03-03"
    assert stated_dates("Storms of May 10, 2024, declared 2024-06-18; in 1st place.") == {"2024-05-10", "2024-06-18"}


def test_a_numeric_byline_date_is_a_date():
    """A trade paper's byline reads "By A. Reporter | 08/09/2023 01:45 PM EDT": month first (the English, US,
    convention), day first only when the first number cannot be a month; a fraction or a two-digit year is no
    date, and a written date before it wins."""
    assert text_date("By Jo Reporter | 08/09/2023 01:45 PM EDT\n\nThe new monument ...") == "2023-08-09"
    assert text_date("Published 24/04/2023 in the morning edition") == "2023-04-24"
    assert text_date("Updated 3/7/23, a 1/2/2024/5 code and 13/13/2023") == ""
    assert text_date("March 3, 2025 -- Posted 08/09/2023") == "2025-03-03"


def test_a_story_dated_by_its_numeric_byline_drops_the_later_release(tmp_path):
    """The byline's numeric date is the story's date for the date rule, as a written date is (above: the
    story dated before the release has no match)."""
    releases = write_releases(tmp_path / "releases")
    build_index([releases], tmp_path / "index", workers=1)
    early = tmp_path / "early.txt"
    early.write_text(BRIDGE_STORY.replace("\n\n", "\n\nBy Jo Reporter | 01/06/2025 09:10 AM EST\n\n", 1),
                     encoding="utf-8")
    (found,) = find_sources([early], tmp_path / "index")
    assert found.matches == ()
    late = tmp_path / "late.txt"
    late.write_text(early.read_text(encoding="utf-8").replace("01/06/2025", "03/04/2025"), encoding="utf-8")
    (found,) = find_sources([late], tmp_path / "index")
    assert _sources(found) == ["bridges.txt"]


#: one announcement made every year (written for this test): the same words, the year's days
LANTERN = """City Hall announces the date and ticket lottery for the {year} Lantern Walk

The Mayor is pleased to announce that the {year} Lantern Walk will take place in Riverside Park on Saturday, {walk},
{year}, continuing one of the oldest traditions of the city. Free tickets may be requested through an online
lottery starting today, {opens}, {year}. The lottery closes on {closes}, {year}, at noon, and winners will be
notified by email on or after {told}, {year}. Each household may request up to four tickets, and every group must
include one adult. Volunteers must be 18 or older and apply by {closes}.
"""
LANTERN_YEARS = {"2023": ("April 15", "February 27", "March 6", "March 13"),
                 "2024": ("April 6", "February 26", "March 4", "March 11"),
                 "2025": ("April 26", "March 3", "March 10", "March 17")}
#: an undated story on the 2024 walk, naming its days but not its year
LANTERN_STORY = """How to get tickets for the Lantern Walk

Get your lanterns ready! The Lantern Walk is set for Saturday, April 6 in Riverside Park. The tickets are free but
handed out through an online lottery, which opened on Monday and takes entries until March 4 at noon. A household
can ask for four tickets at most, and an adult has to come with each group. Winners hear by email on March 11.
The walk began a century ago as a small parade of shopkeepers and now draws thousands of families each spring.
"""


def test_month_days_are_read_with_or_without_the_year():
    assert month_days(LANTERN_STORY) == {(4, 6), (3, 4), (3, 11)}
    assert month_days("Signed Sept. 9th and Feb 29, but not May 2024 nor June 31.") == {(9, 9), (2, 29)}


def test_the_instance_of_a_yearly_text_is_the_one_naming_the_article_days(tmp_path):
    """Every year's announcement holds the story's words; the days it names (the walk's Saturday, the lottery's
    deadlines) are the 2024 one's, which is compared and ranks first (``date_pin``). A story naming one day only
    pins nothing."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for year, (walk, opens, closes, told) in LANTERN_YEARS.items():
        (folder / f"lantern-{year}.txt").write_text(LANTERN.format(year=year, walk=walk, opens=opens, closes=closes,
                                                                   told=told), encoding="utf-8")
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    story = tmp_path / "story.txt"
    story.write_text(LANTERN_STORY, encoding="utf-8")
    (found,) = find_sources([story], tmp_path / "index")
    assert _sources(found)[0] == "lantern-2024.txt"
    from alignment.discovery.find import _shortlist
    with SourceIndex.open(tmp_path / "index") as index:
        def pinned(text, config):
            return [os.path.basename(s.candidate.path) for s in _shortlist(index, text, "", config) if s.day_pinned]
        assert pinned(LANTERN_STORY, FindConfig()) == ["lantern-2024.txt"]
        assert pinned(LANTERN_STORY, FindConfig(date_pin=0)) == []
        # one day named (the walk's Saturday): too little to pin an instance
        assert pinned(LANTERN_STORY.replace("March 4", "the deadline").replace("on March 11", "soon after"),
                      FindConfig()) == []
    with pytest.raises(ConfigError, match="date-pin"):
        FindConfig(date_pin=-1).validate()


def _docs_index(tmp_path, extra: dict[str, str]):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in {**RELEASES, **STATEMENTS, **extra}.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    return tmp_path / "index"


def test_a_release_stating_the_event_day_read_as_the_article_date_is_not_dropped_as_later(tmp_path):
    """The only date in an undated story is the day the storms struck, weeks before the disaster declaration it
    reports: read as the story's date, it would drop the declaration as published after the story. The
    declaration states that day (the event it covers), so it stays a candidate and is found. A date in the
    article's file name is its publication date: there the rule drops the later declaration."""
    index = _docs_index(tmp_path, {"declaration.txt": DECLARATION})
    assert text_date(DECLARATION_STORY) == "2025-05-10" and text_date(DECLARATION) == "2025-06-18"
    story = tmp_path / "story.txt"
    story.write_text(DECLARATION_STORY, encoding="utf-8")
    (found,) = find_sources([story], index)
    assert _sources(found) == ["declaration.txt"]
    named = tmp_path / "2025-05-10-story.txt"
    named.write_text(DECLARATION_STORY, encoding="utf-8")
    (dropped,) = find_sources([named], index)
    assert dropped.matches == ()
    (off,) = find_sources([story], index, FindConfig(max_days_after=-1))
    assert _sources(off) == ["declaration.txt"]


def test_a_story_quoting_its_source_in_short_phrases_is_compared_under_the_gates(tmp_path):
    """A story on a judge's life quotes the White House's long statement in three short phrases (three or four
    content words each, none five): the statement holds too little of the story for ``min_lexical`` and the
    story too little of the statement for ``min_contained``, so by the shares nothing is compared; the three
    phrases, whole, are quoted runs (``quote_fragment_stems``) the statement holds, so it leads on the quotes and
    is found. Off, nothing is."""
    from alignment.discovery.find import _shortlist

    index = _docs_index(tmp_path, {"judge.txt": JUDGE_STATEMENT})
    config = FindConfig()
    with SourceIndex.open(index) as store:
        (statement,) = _shortlist(store, JUDGE_STORY, "", config)
        assert _shortlist(store, JUDGE_STORY, "", FindConfig(quote_fragment_stems=0, bm25_lead=0.0,
                                                             possible_lead=0.0)) == []
        # the possible tier compares it for that tier only (never a match)
        assert [s.possible_only for s in _shortlist(store, JUDGE_STORY, "",
                                                    FindConfig(quote_fragment_stems=0, bm25_lead=0.0))] == [True]
    assert os.path.basename(statement.candidate.path) == "judge.txt" and statement.quoted
    assert statement.lexical < config.min_lexical and statement.contained < config.min_contained
    story = tmp_path / "story.txt"
    story.write_text(JUDGE_STORY, encoding="utf-8")
    (found,) = find_sources([story], index)
    assert _sources(found) == ["judge.txt"]
    (off,) = find_sources([story], index, FindConfig(quote_fragment_stems=0, bm25_lead=0.0))
    assert off.matches == ()
    with pytest.raises(ConfigError, match="quote-fragment-stems"):
        FindConfig(quote_fragment_stems=-1).validate()


def test_a_match_holding_the_article_quotations_ranks_before_a_higher_score():
    """Of two texts on the subject that both pass (an executive order the story quotes, and its fact sheet that
    explains a little more of it), the one it quotes ranks first; under ``recent_min_score`` the tier does not
    apply and the score decides."""
    from alignment.discovery.find import _ranked, _Scored, _Shortlisted
    from alignment.discovery.store import Candidate

    def item(name, quoted):
        return _Shortlisted(Candidate(1, name, name, name, "", "", frozenset(), 0.0), 0.4, 0.25, quoted=quoted)

    order, sheet = item("order.txt", True), item("fact-sheet.txt", False)
    scores = {"order.txt": _Scored(0.27, frozenset({"D1"}), 5, 2, frozenset({"D1"}), 0.25),
              "fact-sheet.txt": _Scored(0.35, frozenset({"D1"}), 5, 0, frozenset({"D1"}), 0.21)}
    ranked = _ranked("story", [sheet, order], scores, FindConfig())
    assert [m.source for m in ranked.matches][:1] == ["order.txt"]
    assert ranked.matches[0].score < ranked.matches[1].score
    ranked = _ranked("story", [sheet, order], scores, FindConfig(recent_min_score=0.9))
    assert [m.source for m in ranked.matches][:1] == ["fact-sheet.txt"]


def test_the_text_leading_by_the_figures_ranks_first_when_the_scores_are_close():
    """A list of nominees (the story's source: the count and the year are in it, the engine supports half the
    story in it) and the day's nominations sent to the Senate (the same names, a short text the story holds most
    of: a larger source side) both pass, the second 0.014 higher: the text leading by the figures (``pinned``)
    ranks first when it is within ``pin_margin`` and explains at least as much of the article; not when the gap is
    wider, when it explains less, or with ``pin_margin`` 0."""
    from alignment.discovery.find import _ranked, _score, _Scored, _Shortlisted
    from alignment.discovery.store import Candidate

    def item(name, lexical, contained, pinned):
        return _Shortlisted(Candidate(1, name, name, name, "", "", frozenset(), 0.0), lexical, contained,
                            pinned=pinned)

    nominees, senate = item("nominees.txt", 0.70, 0.30, True), item("senate.txt", 0.49, 0.65, False)
    scores = {"nominees.txt": _Scored(0.46, frozenset({"D1", "D2"}), 6, 0, frozenset({"D1"}), 0.30),
              "senate.txt": _Scored(0.19, frozenset({"D1"}), 6, 0, frozenset({"D1"}), 0.50)}
    assert 0 < _score(scores["senate.txt"], senate) - _score(scores["nominees.txt"], nominees) < 0.05
    first = [m.source for m in _ranked("story", [senate, nominees], scores, FindConfig()).matches]
    assert first == ["nominees.txt", "senate.txt"]
    assert [m.source for m in _ranked("story", [senate, nominees], scores,
                                      FindConfig(pin_margin=0.0)).matches][:1] == ["senate.txt"]
    assert [m.source for m in _ranked("story", [senate, nominees], scores,
                                      FindConfig(pin_margin=0.01)).matches][:1] == ["senate.txt"]
    weaker = {**scores, "nominees.txt": replace(scores["nominees.txt"], support=0.15)}
    nearer = replace(nominees, lexical=0.78)  # the score still below the other's, within the margin
    assert _score(weaker["nominees.txt"], nearer) < _score(weaker["senate.txt"], senate)
    assert [m.source for m in _ranked("story", [senate, nearer], weaker, FindConfig()).matches][:1] == ["senate.txt"]


def test_quote_options_below_their_minimum_are_refused():
    with pytest.raises(ConfigError, match="quote-stems"):
        FindConfig(quote_stems=0).validate()
    with pytest.raises(ConfigError, match="quote-runs"):
        FindConfig(quote_runs=-1).validate()


def test_a_paraphrase_bm25_sets_far_above_the_next_text_is_compared_and_the_engine_decides(tmp_path):
    """An undated story re-telling the bridge section of a long fact sheet in its own words, with no quotation:
    it holds too little of the fact sheet's own vocabulary for ``min_reverse`` and too little on the source side
    for ``min_contained``, so by the shares nothing is compared; but BM25 sets the fact sheet far above the next
    text (``bm25_lead``), so it is compared, and the engine, finding most of the story in it, makes it a match.
    Off (and ``pin_lead``, which the story's figures also give the fact sheet), or when the engine must support
    more of the story than it does (``bm25_lead_support``), nothing is found. (``agreed_lexical`` off throughout:
    the fact sheet is also the text both retrievals agree on, and holds ``min_lexical`` of the story.)"""
    from alignment.discovery.find import _shortlist

    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    assert '"' not in story
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    config = FindConfig(agreed_lexical=False)
    with SourceIndex.open(index) as store:
        first, second = store.search(sorted(set(content_terms(story))), 2)
        assert os.path.basename(first.path) == "fact-sheet.txt" and first.bm25 >= config.bm25_lead * second.bm25
        (sheet,) = _shortlist(store, story, "", config)
    assert os.path.basename(sheet.candidate.path) == "fact-sheet.txt" and sheet.checked
    assert sheet.contained < config.min_reverse
    (found,) = find_sources([path], index, config)
    assert _sources(found) == ["fact-sheet.txt"] and found.matches[0].support >= config.bm25_lead_support
    (off,) = find_sources([path], index, replace(config, bm25_lead=0.0, pin_lead=0.0))
    assert off.matches == ()
    (by_figures,) = find_sources([path], index, replace(config, bm25_lead=0.0))  # the figures are the sheet's
    assert _sources(by_figures) == ["fact-sheet.txt"]
    (unsupported,) = find_sources([path], index, replace(config, bm25_lead_support=0.99, lead_figures=0))
    assert unsupported.matches == ()


def test_a_bm25_lead_that_also_leads_on_the_source_side_is_judged_by_its_score(tmp_path):
    """The paraphrase of the bridge fact sheet (above): the fact sheet is admitted by its BM25 lead alone
    (``checked``: a match only with ``bm25_lead_support`` of the engine's support). When it also leads on the
    source side (``lead``; here with ``min_lead`` 0 and ``lead`` 1, so that the sheet's small contained share
    leads) and holds ``lead_contained`` of itself in the article, it has passed that gate too and is judged by its
    score like any text passing the gates: a match under a support floor it does not reach. Not when the article
    holds less of it than ``lead_contained``, nor with the option off (0)."""
    from alignment.discovery.find import _shortlist

    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    strict = FindConfig(agreed_lexical=False, lead_figures=0, bm25_lead_support=0.99, lead_contained=0.0)
    with SourceIndex.open(index) as store:
        (sheet,) = [s for s in _shortlist(store, story, "", strict) if s.checked]
        share = sheet.contained
        leading = replace(strict, min_lead=0.0, lead=1.0)
        (off,) = [s for s in _shortlist(store, story, "", leading)
                  if os.path.basename(s.candidate.path) == "fact-sheet.txt"]
        (joined,) = [s for s in _shortlist(store, story, "", replace(leading, lead_contained=share))
                     if os.path.basename(s.candidate.path) == "fact-sheet.txt"]
        (under,) = [s for s in _shortlist(store, story, "", replace(leading, lead_contained=share + 0.01))
                    if os.path.basename(s.candidate.path) == "fact-sheet.txt"]
    assert os.path.basename(sheet.candidate.path) == "fact-sheet.txt" and 0 < share < strict.min_contained
    assert off.checked and under.checked and not joined.checked
    (refused,) = find_sources([path], index, replace(leading, lead_contained=share + 0.01))
    assert refused.matches == ()
    (found,) = find_sources([path], index, replace(leading, lead_contained=share))
    assert _sources(found)[:1] == ["fact-sheet.txt"] and found.matches[0].support < strict.bm25_lead_support
    with pytest.raises(ConfigError, match="lead-contained"):
        FindConfig(lead_contained=1.5).validate()


def test_the_text_both_retrievals_put_at_the_top_leads_on_the_source_side_by_less(tmp_path):
    """The paraphrase of the bridge fact sheet (above): the fact sheet is first in the containment retrieval and
    among BM25's first two, so it leads on the source side with ``agreed_lead`` times the next text's contained
    share instead of ``lead`` (a family of one issuer's releases on one case shares the case's names, and the one
    the story retells leads its siblings by less). Here ``lead`` is set out of reach and every other gate that
    would admit the sheet is off: with ``agreed_lead`` it leads, is compared and found; off (0) nothing is; nor
    when the article is a record of an exchange."""
    from alignment.discovery.find import _shortlist

    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    strict = FindConfig(agreed_lexical=False, lead_figures=0, bm25_lead=0.0, pin_lead=0.0, possible_lead=0.0,
                        lead_contained=0.0, min_lead=0.0, lead=100.0, agreed_lead=1.0)
    with SourceIndex.open(index) as store:
        agreed = [s for s in _shortlist(store, story, "", strict)
                  if os.path.basename(s.candidate.path) == "fact-sheet.txt"]
        off = [s for s in _shortlist(store, story, "", replace(strict, agreed_lead=0.0))
               if os.path.basename(s.candidate.path) == "fact-sheet.txt"]
    assert agreed and agreed[0].contained < strict.min_contained and agreed[0].lexical < strict.min_lexical
    assert off == []
    (found,) = find_sources([path], index, strict)
    assert _sources(found)[:1] == ["fact-sheet.txt"]
    (refused,) = find_sources([path], index, replace(strict, agreed_lead=0.0))
    assert refused.matches == ()
    exchange = "Q Who gets the money?\nQ When?\nQ How much?\n" + story
    with SourceIndex.open(index) as store:
        assert not [s for s in _shortlist(store, exchange, "", strict)
                    if os.path.basename(s.candidate.path) == "fact-sheet.txt" and s.contained < strict.min_contained
                    and s.lexical < strict.min_lexical]
    with pytest.raises(ConfigError, match="agreed-lead"):
        FindConfig(agreed_lead=0.5).validate()


def test_the_bm25_lead_is_counted_before_the_date_rule():
    """An old story's date drops every later text; its nearest same-topic release, next in BM25 after the
    dropped ones, must not lead in their place: the lead is counted over the whole query before the date rule,
    and a first text the rule drops leads nothing. A duplicate is the same text: the lead is over the next one."""
    from alignment.discovery.find import _bm25_lead
    from alignment.discovery.store import Candidate

    class Texts:
        def text(self, row):
            return "A release, not a transcript."

    def doc(row, score, sha):
        return Candidate(row, f"{row}.txt", f"/docs/{row}.txt", sha, "", "", frozenset(), score)

    later, release, other, twin = doc(1, 30.0, "a"), doc(2, 12.0, "b"), doc(3, 4.0, "c"), doc(4, 30.0, "a")
    config = FindConfig()
    index = Texts()
    assert _bm25_lead(index, [release, other], [release, other], "", config) == "b"  # 12 >= 1.3 * 4
    assert _bm25_lead(index, [later, release, other], [release, other], "", config) is None  # dropped by the date
    assert _bm25_lead(index, [later, release, other], [later, release, other], "", config) == "a"
    assert _bm25_lead(index, [later, twin, release], [later, twin, release], "", config) == "a"  # 30 >= 1.3 * 12
    assert _bm25_lead(index, [release, doc(5, 10.0, "d")], [release], "", config) is None  # 12 < 1.3 * 10
    assert _bm25_lead(index, [release, other], [release, other], "", FindConfig(bm25_lead=0.0)) is None
    dated = replace(release, date="2025-03-05")  # a day after the article: kept by the rule's tolerance, no lead
    assert _bm25_lead(index, [dated, other], [dated, other], "2025-03-04", config) is None
    assert _bm25_lead(index, [dated, other], [dated, other], "2025-03-05", config) == "b"


def test_the_first_text_holding_the_article_figures_leads_among_texts_of_its_kind():
    """Two central banks' rate decisions are close in BM25 (1.1 times: no ``bm25_lead``), but the story's figures
    (the new rate 3.25, the 50-point cut, the 6.8 unemployment rate) are in the first only: it leads by them
    (``pin_lead``), as under ``bm25_lead``. The year both hold weighs little; a lone digit is no figure; a second
    text holding the same figures, a first text holding fewer of them than the next, one dated after the article
    or one the date rule dropped lead nothing."""
    from alignment.discovery.find import _bm25_lead, _pin_lead
    from alignment.discovery.store import Candidate
    from alignment.discovery.terms import figures

    class Texts:
        def text(self, row):
            return "A release, not a transcript."

    def doc(row, score, sha, terms):
        return Candidate(row, f"{row}.txt", f"/docs/{row}.txt", sha, "", "", frozenset(terms), score)

    weight = {"bank": 1.0, "rate": 0.5, "cut": 1.0, "3p25": 6.0, "50": 2.0, "6p8": 5.0, "2024": 1.0, "7": 0.5}
    assert figures(weight) == {"3p25", "50", "6p8", "2024"}
    decision = doc(1, 20.0, "a", {"bank", "rate", "cut", "3p25", "50", "6p8", "2024"})
    other = doc(2, 18.0, "b", {"bank", "rate", "2024", "7"})
    third = doc(3, 10.0, "c", {"bank", "rate", "50"})
    config, index = FindConfig(), Texts()
    texts = [decision, other, third]
    assert _bm25_lead(index, texts, texts, "", config) is None  # 20 < 1.3 * 18
    assert _pin_lead(index, texts, texts, "", weight, config) == "a"  # 14 >= 1.5 * 2
    assert _pin_lead(index, texts, texts, "", weight, FindConfig(pin_lead=0.0)) is None
    twin = doc(2, 18.0, "b", {"bank", "rate", "cut", "3p25", "50", "6p8", "2024"})
    assert _pin_lead(index, [decision, twin, third], [decision, twin, third], "", weight, config) is None
    # BM25's second text leads by the figures too (``pin_depth`` 2), unless the first leads it by ``bm25_lead``
    second = replace(decision, bm25=16.0)
    assert _pin_lead(index, [other, second, third], [other, second, third], "", weight, config) == "a"
    assert _pin_lead(index, [other, second, third], [other, second, third], "", weight,
                     FindConfig(pin_depth=1)) is None
    far = replace(decision, bm25=12.0)  # 18 >= 1.3 * 12
    assert _pin_lead(index, [other, far, third], [other, far, third], "", weight, config) is None
    assert _pin_lead(index, [other, third, far], [other, third, far], "", weight, config) is None  # third: too deep
    assert _pin_lead(index, texts, [other, third], "", weight, config) is None  # dropped by the date rule
    dated = replace(decision, date="2024-12-12")
    assert _pin_lead(index, [dated, other, third], [dated, other, third], "2024-12-11", weight, config) is None
    assert _pin_lead(index, texts, texts, "", {"bank": 1.0, "rate": 0.5, "7": 3.0}, config) is None  # no figure


def test_a_text_admitted_by_its_lead_holding_the_article_figures_needs_less_support():
    """A short story paraphrasing a monthly estimate (the rates, the month's figures) has its release first in
    BM25 by far (``bm25_lead``) but the engine supports only 0.2 of it, under ``bm25_lead_support``: the release
    holds three of the story's four figures, most of their weight, so it is a match with the possible tier's
    support (``lead_figures``, ``lead_figure_share``). A text holding one figure, or two that weigh little, or
    little of whose own text is in the story (``lead_figure_contained``: a story on another study sharing a year
    and a round number), or supported under ``possible_support``, is not; off, neither is the first."""
    from alignment.discovery.find import _holds_figures, _ranked, _Scored, _Shortlisted
    from alignment.discovery.store import Candidate
    from alignment.discovery.terms import figures

    weight = {"inflat": 1.0, "estim": 0.5, "1p6": 6.0, "1p9": 6.0, "2p0": 5.0, "2018": 1.0, "7": 0.5}
    pins = figures(weight)
    config = FindConfig()

    def doc(name, terms):
        return Candidate(1, name, name, name, "", "", frozenset(terms), 0.0)
    estimate = doc("estimate.txt", {"inflat", "estim", "1p6", "1p9", "2018"})
    one = doc("one.txt", {"inflat", "1p6"})
    light = doc("light.txt", {"inflat", "2018", "7"})
    assert _holds_figures(estimate, 0.3, pins, weight, config)  # 3 of 4 figures, 13 of 18 of their weight
    assert not _holds_figures(estimate, 0.08, pins, weight, config)  # little of its own text in the story
    assert not _holds_figures(one, 0.3, pins, weight, config)  # one figure
    assert not _holds_figures(light, 0.3, pins, weight, config)  # the year alone: '7' is no figure
    assert not _holds_figures(doc("weak.txt", {"2018", "2p0"}), 0.3, pins, weight,
                              replace(config, lead_figure_share=0.5))
    assert not _holds_figures(estimate, 0.3, pins, weight, replace(config, lead_figures=0))
    assert not _holds_figures(estimate, 0.3, frozenset(), weight, config)

    def item(candidate, figured):
        return _Shortlisted(candidate, 0.29, 0.3, checked=True, figured=figured)

    def ranked(support, figured):
        got = _Scored(support, frozenset({"D1"}), 5, 0, frozenset({"D1"}), 0.13)
        return _ranked("story.txt", [item(estimate, figured)], {"estimate.txt": got}, config).matches
    assert [m.source for m in ranked(0.2, True)] == ["estimate.txt"]
    assert ranked(0.2, False) == ()  # no figures held: the support floor of a lead stands
    assert ranked(0.1, True) == ()  # under possible_support
    assert [m.source for m in ranked(0.35, False)] == ["estimate.txt"]  # enough support without the figures


def test_lead_figures_out_of_range_are_refused():
    with pytest.raises(ConfigError, match="lead-figures"):
        FindConfig(lead_figures=-1).validate()
    with pytest.raises(ConfigError, match="lead-figure-share"):
        FindConfig(lead_figure_share=1.5).validate()
    with pytest.raises(ConfigError, match="lead-figure-contained"):
        FindConfig(lead_figure_contained=-0.1).validate()


def test_pin_lead_below_one_is_refused():
    with pytest.raises(ConfigError, match="pin-lead"):
        FindConfig(pin_lead=0.5).validate()
    with pytest.raises(ConfigError, match="pin-depth"):
        FindConfig(pin_depth=4).validate()
    with pytest.raises(ConfigError, match="pin-margin"):
        FindConfig(pin_margin=1.5).validate()
    with pytest.raises(ConfigError, match="pin-top"):
        FindConfig(pin_top=1).validate()


def test_bm25_lead_below_one_is_refused():
    with pytest.raises(ConfigError, match="bm25-lead"):
        FindConfig(bm25_lead=0.5).validate()
    with pytest.raises(ConfigError, match="bm25-lead-support"):
        FindConfig(bm25_lead_support=1.5).validate()


def test_a_text_holding_the_article_quotations_is_retrieved_by_them(tmp_path):
    """The index looks each quoted run up as a phrase (its stems consecutive, in order): the text holding the most
    of them comes first, one holding fewer than ``min_runs`` is left out, and the same stems out of order are no
    run."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "order.txt").write_text("Securing the harbour\n\nThe port authority shall protect the northern harbour "
                                      "and restore safe passage for every vessel in the bay.\n", encoding="utf-8")
    (folder / "remarks.txt").write_text("Remarks on the harbour\n\nWe will protect the northern harbour, the mayor "
                                        "said, and every vessel in the bay will find the passage safe.\n",
                                        encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    story = ('The order says the authority "shall protect the northern harbour and restore safe passage for every '
             'vessel in the bay".')
    runs = sorted(quoted_grams(story, 5))
    with SourceIndex.open(tmp_path / "index") as store:
        held = store.holding(runs, 5, 1)
        assert [os.path.basename(c.path) for c in held] == ["order.txt"]
        assert held[0].bm25 == len(runs) >= 3
        assert store.holding(runs, 5, len(runs) + 1) == []
        assert store.holding([("vessel", "bay", "everi", "passag", "safe")], 5, 1) == []


def test_a_short_text_quoted_word_for_word_that_bm25_leaves_out_is_found_by_its_quotations(tmp_path):
    """A story quotes a short order word for word but is mostly made of its own context (names, places the order
    does not hold), so BM25 over its most distinctive stems returns other texts first; the texts holding its
    quoted runs are candidates (``quote_candidates``), the order holds the most of them (a quote leader) and is
    found. Off, it is not a candidate."""
    from alignment.discovery.find import _shortlist

    folder = tmp_path / "docs"
    folder.mkdir()
    order = ("Assuring the security of the harbour\n\nBy the authority vested in me, it is hereby ordered that "
             "the port authority shall regard any attack on the northern harbour as a threat to the peace of the "
             "city, and shall take all lawful and appropriate measures to defend the harbour and restore safe "
             "passage for every vessel.\n")
    # ... and much else of its own: the definitions and procedures of its other sections
    order += "".join(f"\nSection {n}. The {w} office shall file its {w} returns, ledgers and inventories with the "
                     f"clerk each quarter, under the procedures of the {w} statute.\n"
                     for n, w in enumerate(("customs", "fisheries", "lighthouse", "pilotage", "dredging", "tariff",
                                            "quarantine", "salvage"), 2))
    (folder / "order.txt").write_text(order, encoding="utf-8")
    context = ("Mayor Ellen Okafor hosted Admiral Tomas Brandt and Senator Ruth Lindqvist at the Meridian club in "
               "Castlebrook, where the Weatherby committee and the Ostrander foundation met over the Kestrel plan.")
    # the texts of the story's context hold the quotations' words too, in another order (no run)
    scrambled = ("City, peace, threat: the harbour's northern attack. Regard vessel, every passage safe; restore "
                 "the harbour, defend it, appropriate lawful measures all take. Authority.")
    for i in range(12):
        (folder / f"context-{i:02d}.txt").write_text(f"Meeting {i}\n\n{context} {scrambled} {context}\n",
                                                     encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    story = (f"{context}\n\nIt says the authority shall \"regard any attack on the northern harbour as a "
             "threat to the peace of the city\". It adds that it \"shall take all lawful and appropriate measures to "
             f"defend the harbour and restore safe passage for every vessel\".\n\n{context}\n")
    config = FindConfig(bm25_lead=0.0, candidates=3, contained_candidates=0)
    with SourceIndex.open(tmp_path / "index") as store:
        terms = sorted(set(content_terms(story)))
        assert "order.txt" not in [os.path.basename(c.path) for c in store.search(terms, config.candidates)]
        quoted = [s for s in _shortlist(store, story, "", config) if s.quoted]
        assert [os.path.basename(s.candidate.path) for s in quoted] == ["order.txt"]
        off = _shortlist(store, story, "", replace(config, quote_candidates=0))
        assert "order.txt" not in [os.path.basename(s.candidate.path) for s in off]


def test_the_possible_tier_lists_the_text_both_retrievals_put_first_when_nothing_is_a_match(tmp_path):
    """A paraphrase BM25 sets far above the next text, also first in the containment retrieval: when the engine's
    support is under what a match needs (``bm25_lead_support``), the article has no match, but the text is listed
    apart as possible (JSON ``possible``, the text summary and CSV say so), when the engine supports at least
    ``possible_support`` of the article; off, or asking more support, nothing is listed. (The text holds more than
    ``min_lexical`` of the story, so ``agreed_lexical`` would make it a match: off here.)"""
    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    strict = FindConfig(bm25_lead_support=0.99, agreed_lexical=False, lead_figures=0)  # (its figures: a match)
    (found,) = find_sources([path], index, strict)
    assert found.matches == ()
    assert [os.path.basename(m.source) for m in found.possible] == ["fact-sheet.txt"]
    assert found.possible[0].support >= strict.possible_support and not found.possible[0].cover
    data = json.loads(find_json([found]))
    assert data[0]["matches"] == [] and [os.path.basename(m["source"]) for m in data[0]["possible"]] == [
        "fact-sheet.txt"]
    text = find_text([found])
    assert "no source in the index" in text and "possible (low confidence, not a match)" in text
    rows = list(csv.DictReader(io.StringIO(find_csv([found]))))
    assert [(r["rank"], os.path.basename(r["source"]), r["confidence"]) for r in rows] == [
        ("", "", ""), ("1", "fact-sheet.txt", "possible")]
    (matched,) = find_sources([path], index)  # a match: the possible tier is not shown beside it
    assert _sources(matched) == ["fact-sheet.txt"] and list(json.loads(find_json([matched]))[0]) == [
        "derivative", "matches"]
    for off in (replace(strict, possible_lead=0.0), replace(strict, possible_support=0.99)):
        (none,) = find_sources([path], index, off)
        assert none.matches == () and none.possible == ()


def test_the_text_both_retrievals_agree_on_passes_on_its_lexical_share_whatever_min_reverse(tmp_path):
    """``agreed_lexical``: the possible tier's text (first in BM25 and in the containment retrieval, leading BM25 by
    ``possible_lead``) holding ``min_lexical`` of the story is compared for that share although little of its own
    text is in the story (under ``min_reverse``), and is a match on its score, whatever ``bm25_lead_support``; off,
    it is only possible; asking more of the article side than it holds, it is only possible too (its two shares
    combined, ``agreed_evidence``, off: the next test)."""
    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    from alignment.discovery.find import _shortlist

    config = FindConfig(bm25_lead_support=0.99, lead_figures=0)
    with SourceIndex.open(index) as store:
        (item,) = [s for s in _shortlist(store, story, "", config) if s.possible]
    assert item.lexical >= config.min_lexical and item.contained < config.min_reverse and not item.checked
    (found,) = find_sources([path], index, config)
    assert _sources(found) == ["fact-sheet.txt"] and found.matches[0].score >= config.min_score
    for off in (replace(config, agreed_lexical=False),
                replace(config, min_lexical=item.lexical + 0.01, agreed_evidence=0.0)):
        (none,) = find_sources([path], index, off)
        assert none.matches == () and [os.path.basename(m.source) for m in none.possible] == ["fact-sheet.txt"]


def test_the_text_both_retrievals_agree_on_passes_on_its_two_shares_combined(tmp_path):
    """``agreed_evidence``: the possible tier's text holding less than ``min_lexical`` of the story and less than
    ``min_contained`` of itself in it passes when its two shares combined, ``1 - (1 - lexical)(1 - contained)``,
    reach ``agreed_evidence``, and is a match on its score, whatever ``bm25_lead_support``; at 0 (off), or asking
    more than the two shares make, it is only possible."""
    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    from alignment.discovery.find import _shortlist

    config = FindConfig(bm25_lead_support=0.99, lead_figures=0)
    with SourceIndex.open(index) as store:
        (item,) = [s for s in _shortlist(store, story, "", config) if s.possible]
    combined = 1.0 - (1.0 - item.lexical) * (1.0 - item.contained)
    assert item.contained < config.min_contained
    config = replace(config, min_lexical=item.lexical + 0.01, agreed_evidence=round(combined - 0.005, 4))
    (found,) = find_sources([path], index, config)
    assert _sources(found) == ["fact-sheet.txt"] and found.matches[0].score >= config.min_score
    for off in (replace(config, agreed_evidence=0.0), replace(config, agreed_evidence=round(combined + 0.005, 4)),
                replace(config, agreed_lexical=False)):
        (none,) = find_sources([path], index, off)
        assert none.matches == () and [os.path.basename(m.source) for m in none.possible] == ["fact-sheet.txt"]
    with pytest.raises(ConfigError, match="agreed-evidence"):
        FindConfig(agreed_evidence=1.5).validate()


def test_the_text_both_retrievals_agree_on_is_a_match_on_its_source_side(tmp_path):
    """``agreed_source``: the possible tier's text passing no gate on its shares (``min_lexical``, ``min_contained``,
    ``agreed_evidence`` all above them), which the engine supports too little for ``bm25_lead_support``, is a match
    on its score when the source side (the mean of the engine's coverage of it and its contained share) reaches
    ``agreed_source``; at 0 (off), or asking more than its source side, it is only possible."""
    from alignment.discovery.find import _shortlist, _Task, rescore

    index = _fact_sheet_index(tmp_path)
    story = BRIDGE_STORY.replace('Secretary Maria Lopez said: "Every bridge we fix keeps a school bus, a farmer and '
                                 'an ambulance\nmoving." ', "")
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    config = FindConfig(bm25_lead_support=0.99, lead_figures=0, agreed_evidence=0.0, agreed_source=0.0)
    with SourceIndex.open(index) as store:
        (item,) = [s for s in _shortlist(store, story, "", config) if s.possible]
        got = rescore(_Task(store.text(item.candidate.id), item.candidate.path, story, "story", config.compare))
    side = (got.coverage + item.contained) / 2
    assert item.contained < config.min_contained and side > 0.01
    config = replace(config, min_lexical=item.lexical + 0.01)
    (none,) = find_sources([path], index, config)  # off: only possible
    assert none.matches == () and [os.path.basename(m.source) for m in none.possible] == ["fact-sheet.txt"]
    (found,) = find_sources([path], index, replace(config, agreed_source=round(side - 0.005, 4)))
    assert _sources(found) == ["fact-sheet.txt"] and found.matches[0].score >= config.min_score
    (none,) = find_sources([path], index, replace(config, agreed_source=round(side + 0.005, 4)))
    assert none.matches == () and [os.path.basename(m.source) for m in none.possible] == ["fact-sheet.txt"]
    with pytest.raises(ConfigError, match="agreed-source"):
        FindConfig(agreed_source=1.5).validate()


def test_the_possible_text_is_first_in_both_retrievals_and_leads_bm25():
    """``_possible``: the first text of the whole BM25 query when it is also the first of the containment
    retrieval and leads the next text by ``possible_lead``; not when the retrievals disagree, the lead is short,
    the date rule drops it or it is dated after the article."""
    from alignment.discovery.find import _possible
    from alignment.discovery.store import Candidate

    class Texts:
        def text(self, row):
            return "A release, not a transcript."

    def doc(row, score, sha, day=""):
        return Candidate(row, f"{row}.txt", f"/docs/{row}.txt", sha, "", day, frozenset(), score)

    first, other, close = doc(1, 20.0, "a"), doc(2, 10.0, "b"), doc(3, 18.0, "c")
    config, index = FindConfig(), Texts()
    assert _possible(index, [first, other], [first, other], [first], "", config) == "a"
    assert _possible(index, [first, other], [first, other], [other, first], "", config) is None  # disagree
    assert _possible(index, [first, close], [first, close], [first], "", config) is None  # 20 < 1.4 * 18
    assert _possible(index, [first, other], [other], [first], "", config) is None  # dropped by the date rule
    later = doc(1, 20.0, "a", "2025-03-05")
    assert _possible(index, [later, other], [later, other], [later], "2025-03-04", config) is None
    assert _possible(index, [first, other], [first, other], [first], "", FindConfig(possible_lead=0.0)) is None
    with pytest.raises(ConfigError, match="possible-lead"):
        FindConfig(possible_lead=0.5).validate()
    with pytest.raises(ConfigError, match="quote-candidates"):
        FindConfig(quote_candidates=-1).validate()


def test_a_rate_written_with_a_vulgar_fraction_is_the_same_figure_as_its_decimal():
    """A central bank writes its rate "3¼%", a story "3.25 per cent": both are the index term ``3p25`` (the
    fraction folded to its decimal, not the digits run together as ``314``), and so one figure (:func:`figures`)."""
    from alignment.discovery.terms import content_terms, figures

    bank = content_terms("The Bank lowered its target for the overnight rate to 3¼%, with the Bank Rate at 3½%.")
    story = content_terms("The central bank cut its key rate to 3.25 per cent on Wednesday.")
    assert "3p25" in bank and "3p5" in bank and "314" not in bank
    assert figures(bank) & figures(story) == {"3p25"}


READOUT = ("Readout of the Mayor's Meeting with the Governor of the Northern Province\n\nThe Mayor met today with the "
           "Governor of the Northern Province at the harbour hall. The two leaders held a candid and productive talk "
           "on a range of harbour and river matters, including the dredging of the channel and the ferry timetable. "
           "They agreed that their staffs will meet again before the autumn fair.\n")
ALONE_STORY = ("Mayor and Governor meet at the harbour hall\n\nThe Mayor said the meeting had gone well. \"The river "
               "is wide enough for both our cities to prosper,\" the Governor told reporters afterwards. The city "
               "said in a statement that the two held \"a frank and productive talk on a range of harbour and river "
               "matters.\"\n")


def _alone_index(tmp_path, *extra: str):
    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    (folder / "2024-05-02-readout.txt").write_text(READOUT, encoding="utf-8")
    for i in range(6):
        (folder / f"other-{i}.txt").write_text(f"Notice {i}\n\nThe harbour hall opens at nine; the ferry timetable "
                                               "and the river dredging plan are posted by the Governor's office.\n",
                                               encoding="utf-8")
    for i, text in enumerate(extra):
        (folder / f"extra-{i}.txt").write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", workers=1)
    return tmp_path / "index"


def test_the_only_text_holding_an_article_quotation_is_retrieved_with_fewer_runs(tmp_path):
    """A story quotes one phrase of a readout (two overlapping runs of five stems: the readout's "candid" is the
    story's "frank") among a quotation of another speaker: the readout is the only text in the index holding any
    of the runs, so with ``alone`` it is kept under ``min_runs``; when another text holds one of the runs too, it
    is not."""
    runs = sorted(quoted_grams(ALONE_STORY, 5, 3))
    with SourceIndex.open(_alone_index(tmp_path)) as store:
        assert store.holding(runs, 5, 3) == []
        held = store.holding(runs, 5, 3, alone=2)
        assert [os.path.basename(c.path) for c in held] == ["2024-05-02-readout.txt"]
        assert held[0].bm25 == 2
        assert store.holding(runs, 5, 3, alone=3) == []
    echo = "Harbour notes\n\nAgain a productive talk on a range of harbour and river matters was had.\n"
    with SourceIndex.open(_alone_index(tmp_path / "second", echo)) as store:
        assert store.holding(runs, 5, 3, alone=2) == []


def test_the_only_text_holding_an_article_quotation_leads_with_two_runs(tmp_path):
    """The readout the story quotes in one phrase, held by no other text, is a quote leader (compared whatever its
    shares, ranked in the quote leaders' tier) with two runs (``quote_alone``); off, it leads nothing."""
    from alignment.discovery.find import _shortlist

    config = FindConfig(bm25_lead=0.0, possible_lead=0.0, pin_lead=0.0, day_pair=False)
    with SourceIndex.open(_alone_index(tmp_path)) as store:
        quoted = [os.path.basename(s.candidate.path) for s in _shortlist(store, ALONE_STORY, "", config) if s.quoted]
        assert quoted == ["2024-05-02-readout.txt"]
        off = _shortlist(store, ALONE_STORY, "", replace(config, quote_alone=0))
        assert not [s for s in off if s.quoted]
        # dated after the story, it is no leader (a later text holding the quotation quotes the story)
        early = _shortlist(store, ALONE_STORY, "2024-04-01", config)
        assert not [s for s in early if s.quoted]


def test_quote_alone_below_zero_is_refused():
    with pytest.raises(ConfigError, match="quote-alone"):
        FindConfig(quote_alone=-1).validate()


def test_the_text_a_briefing_reads_out_ranks_first_among_close_matches():
    """``read_stems``: a briefing restates a readout of its day in its own words and reads a statement of its day
    out word for word; the two score close (the readout a little higher), and the statement, whose runs of 5
    stems the briefing holds (its verbatim share), ranks first; not when its score is further than
    ``read_margin`` below, when its share does not lead the readout's by ``read_lead``, for a story (no record of
    an exchange), or with the rule off."""
    from alignment.discovery.find import _ranked, _Scored, _Shortlisted, verbatim_shares
    from alignment.discovery.store import Candidate

    statement = ("The outbreak of the river fever in the northern valley is being contained by the regional health "
                 "teams, and the department is sending two mobile clinics and a laboratory to the valley this week.")
    readout = ("The President spoke with the Prime Minister about the harbour treaty, the fishing quotas and the "
               "coming summit on shipping lanes in the southern sea.")
    briefing = ("Briefing, October 7, 2025\n\nMS. REYES: Good afternoon. Two things. " + statement
                + " Also, the President and the Prime Minister talked today; they covered quotas for fishing, the "
                "treaty on the harbour and lanes for shipping before the summit.\nQ On the fever?\nMS. REYES: Yes.\n"
                "Q And the treaty?\nMS. REYES: We will see.\nQ Thank you.\n")

    def item(name, text, lexical, contained):
        stems = tuple(content_terms(text))
        return _Shortlisted(Candidate(1, name, name, name, name, "2025-10-07", frozenset(stems), 1.0, stems),
                            lexical, contained)

    items = [item("readout.txt", readout, 0.06, 0.80), item("statement.txt", statement, 0.08, 0.70)]
    shares = verbatim_shares(briefing, items, FindConfig())
    assert shares["statement.txt"] > 0.5 and shares["readout.txt"] < 0.1
    assert verbatim_shares(briefing.replace("\nQ ", "\n"), items, FindConfig()) == {}  # a story: no shares

    def got(coverage):
        return _Scored(0.03, frozenset({"d1"}), 10, 0, frozenset(), coverage)

    scores = {"readout.txt": got(0.64), "statement.txt": got(0.68)}

    def order(config, verbatim):
        found = _ranked("briefing", items, scores, config, "2025-10-07", verbatim)
        return [m.source for m in found.matches]
    assert order(FindConfig(), {}) == ["readout.txt", "statement.txt"]  # by score
    assert order(FindConfig(), shares) == ["statement.txt", "readout.txt"]
    assert order(FindConfig(read_margin=0.0), shares) == ["readout.txt", "statement.txt"]
    close = {"statement.txt": 0.3, "readout.txt": 0.2}  # a lead under read_lead, or a share under read_share
    assert order(FindConfig(), close) == ["readout.txt", "statement.txt"]
    assert order(FindConfig(read_lead=1.4), close) == ["statement.txt", "readout.txt"]
    assert order(FindConfig(read_lead=1.4, read_share=0.35), close) == ["readout.txt", "statement.txt"]
    assert verbatim_shares(briefing, items, FindConfig(read_stems=0)) == {}
    with pytest.raises(ConfigError, match="read-lead"):
        FindConfig(read_lead=0.5).validate()
