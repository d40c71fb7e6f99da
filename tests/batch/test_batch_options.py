"""Batch options of issue 16: ``--excel-csv`` (every CSV as Excel opens it) and ``--input-format`` (how the
pairs' files are read), both part of each pair's key."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alignment.batch import run_batch
from alignment.batch.tables import csv_records
from alignment.errors import ConfigError
from alignment.outputs.csv_tables import CSV_FILES, csv_text, restore_cell

from tests import extras
from tests.batch.test_batch import make_corpus, run_cli

BOM = "\ufeff"
PAIRS = [("docs/statement.txt", "docs/article.txt", "a"),
         ("docs/statement.txt", "docs/missing.txt", "gone"),
         ("docs/article.txt", "docs/statement.txt", "b")]


def csv_files(out: Path) -> list[Path]:
    """Every CSV a batch wrote: the combined tables (summary.csv included) and each pair's tables."""
    return [out / "summary.csv", *(out / name for name in CSV_FILES), *sorted(out.glob("pairs/*/*.csv"))]


def parsed(path: Path) -> list[list[str]]:
    """The table's rows as a CSV reader gets them (the byte-order mark, if any, dropped); summary.csv without
    its seconds column, the one thing that differs from run to run."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return [r[:-1] for r in rows] if path.name == "summary.csv" else rows


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The same manifest run without and with --excel-csv: (manifest, plain output, excel output)."""
    folder = tmp_path_factory.mktemp("excel")
    manifest = make_corpus(folder, PAIRS)
    run_batch(manifest, folder / "plain", workers=1)
    result = run_batch(manifest, folder / "excel", workers=1, excel_csv=True)
    assert (result.computed, result.failed) == (3, 1)
    return manifest, folder / "plain", folder / "excel"


# ---------------------------------------------------------------------------------------------- --excel-csv
def test_every_csv_has_one_byte_order_mark_at_its_start_and_crlf_line_ends(runs):
    _, plain, excel = runs
    files = csv_files(excel)
    assert len(files) == 1 + len(CSV_FILES) * 3  # the combined tables and two ok pairs' tables
    for path in files:
        text = path.read_bytes().decode("utf-8")
        assert text.startswith(BOM) and text.count(BOM) == 1, path
        records = csv_records(text[1:])
        assert records, path
        assert all(r.endswith("\r\n") for r in records), path  # every record; a break inside a cell stays \n
    for path in csv_files(plain):
        data = path.read_bytes()
        assert not data.startswith(BOM.encode()) and b"\r" not in data, path


def test_excel_tables_hold_the_same_rows_as_without_the_option(runs):
    _, plain, excel = runs
    for path in csv_files(plain):
        assert parsed(excel / path.relative_to(plain)) == parsed(path), path


def test_pandas_reads_the_excel_combined_tables_as_the_plain_ones(runs):
    import pandas as pd

    _, plain, excel = runs
    for name in ("summary.csv", *CSV_FILES):
        expected = pd.read_csv(plain / name, keep_default_na=False)
        got = pd.read_csv(excel / name, encoding="utf-8-sig", keep_default_na=False)
        assert list(got.columns) == list(expected.columns) and got.columns[0] == "pair_id"
        if name == "summary.csv":
            expected, got = expected.drop(columns="seconds"), got.drop(columns="seconds")
        pd.testing.assert_frame_equal(got, expected)


def test_parquet_copies_are_the_same_with_or_without_the_option(runs):
    extras.require("pyarrow")
    import pyarrow.parquet as pq

    _, plain, excel = runs
    for name in ("summary", *(Path(n).stem for n in CSV_FILES)):
        a, b = pq.read_table(plain / f"{name}.parquet"), pq.read_table(excel / f"{name}.parquet")
        if name == "summary":
            a, b = a.drop_columns(["seconds"]), b.drop_columns(["seconds"])
        assert a.schema == b.schema and a.to_pylist() == b.to_pylist(), name


def test_the_option_is_part_of_the_key_and_resume_keeps_it(runs, tmp_path):
    manifest, _, excel = runs
    out = tmp_path / "out"
    first = run_batch(manifest, out, workers=1, excel_csv=True)
    before = {p.relative_to(out): p.read_bytes() for p in csv_files(out) if p.name != "summary.csv"}
    again = run_batch(manifest, out, workers=1, excel_csv=True)
    assert (again.computed, again.skipped) == (0, 3) and first.computed == 3
    assert {p.relative_to(out): p.read_bytes() for p in csv_files(out) if p.name != "summary.csv"} == before
    assert before == {p.relative_to(excel): p.read_bytes() for p in csv_files(excel) if p.name != "summary.csv"}
    assert all(p.read_bytes().startswith(BOM.encode()) for p in csv_files(out))

    # without the option the ok pairs are computed again (a failed pair's error is kept), never a mix of files
    plain = run_batch(manifest, out, workers=1)
    assert (plain.computed, plain.skipped) == (3, 0)
    assert not any(p.read_bytes().startswith(BOM.encode()) for p in csv_files(out))
    back = run_batch(manifest, out, workers=1, excel_csv=True)
    assert (back.computed, back.skipped) == (3, 0)
    assert {p.relative_to(out): p.read_bytes() for p in csv_files(out) if p.name != "summary.csv"} == before


# ---------------------------------------------------------------------------------------------- --input-format
MARKDOWN = """# Ministry statement

The **minister** said: "We will double the budget for rural schools by 2027."

- The plan covers *all* regions.
"""
ARTICLE = """The minister promised on Monday: "We will double the budget for rural schools by 2027."
The plan covers all regions, officials said.
"""


@pytest.fixture(scope="module")
def markdown_manifest(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("md")
    (folder / "statement.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "article.md").write_text(ARTICLE, encoding="utf-8")
    manifest = folder / "manifest.csv"
    manifest.write_text("source,derivative,pair_id\nstatement.md,article.md,m\n", encoding="utf-8")
    return manifest


def source_side(out: Path) -> dict:
    return json.loads((out / "pairs" / "m" / "report.json").read_text(encoding="utf-8"))["source"]


def test_md_files_read_as_txt_or_md(markdown_manifest, tmp_path):
    out = tmp_path / "out"
    assert run_batch(markdown_manifest, out, workers=1, input_format="txt").computed == 1
    as_txt = source_side(out)
    assert as_txt["reader"] == "txt" and as_txt["length"] == len(MARKDOWN)
    # the format is part of the key: md computes the pair again, and gets the text without the markup
    assert run_batch(markdown_manifest, out, workers=1, input_format="md").computed == 1
    as_md = source_side(out)
    assert as_md["reader"] == "md" and as_md["length"] < len(MARKDOWN)
    assert run_batch(markdown_manifest, out, workers=1, input_format="md").computed == 0
    # auto chooses md for a .md file: the same report, computed again (another key)
    assert run_batch(markdown_manifest, out, workers=1).computed == 1
    assert source_side(out) == as_md
    # every offset the combined segments table gives slices back to the text the report carries
    report = json.loads((out / "pairs" / "m" / "report.json").read_text(encoding="utf-8"))
    texts = {"source": report["source"]["text"], "derivative": report["derivative"]["text"]}
    with (out / "segments.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for row in rows:
        assert texts[row["side"]][int(row["start"]):int(row["end"])] == row["text"]


def test_a_bad_input_format_is_refused_before_any_work(markdown_manifest, tmp_path):
    with pytest.raises(ConfigError, match="input_format must be one of auto, "):
        run_batch(markdown_manifest, tmp_path / "out", workers=1, input_format="rtf")
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------------------------------------- command line
def test_cli_batch_excel_csv_and_input_format(markdown_manifest, tmp_path):
    out = tmp_path / "out"
    res = run_cli("batch", markdown_manifest, "-o", out, "--workers", "1", "--excel-csv", "--input-format", "txt")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("1 pairs: 1 compared, 0 already done, 0 failed")
    assert source_side(out)["reader"] == "txt"
    for path in csv_files(out):
        assert path.read_bytes().startswith(BOM.encode()) and b"\r\n" in path.read_bytes()
    summary = io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"), newline="")
    assert next(csv.DictReader(summary))["status"] == "ok"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--input-format", "rtf"], "'rtf' is not one of"),
        (["--excel-csv", "--index", "idx", "--articles", "a.txt"], "no such file"),  # taken with --index too
    ],
)
def test_cli_batch_bad_input_options(markdown_manifest, tmp_path, args, fragment):
    manifest = [] if "--index" in args else [markdown_manifest]
    res = run_cli("batch", *manifest, "-o", tmp_path / "out", *args)
    assert res.returncode == 2 and fragment in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "out").exists()


@given(st.lists(st.lists(st.text(alphabet='ab ,"\n\r\u00e9\ufeff', max_size=6), min_size=2, max_size=4), max_size=5))
def test_excel_records_are_spliced_as_the_plain_ones(rows):
    """An --excel-csv table's records (after its byte-order mark and header) end in CRLF, a line break inside a
    cell kept as it is; behind a pair_id they parse back to the rows, as the plain table's do."""
    body = csv_text(["h"], rows, excel=True)[len(BOM + "h\r\n"):]
    records = csv_records(body)
    assert records is not None and "".join(records) == body
    assert all(r.endswith("\r\n") for r in records)
    prefix = "p-1.x,"
    combined = prefix + prefix.join(records) if records else ""
    back = [[restore_cell(c) for c in r] for r in csv.reader(io.StringIO(combined, newline=""))]
    assert back == [["p-1.x", *r] for r in rows]


def test_a_dask_cluster_gets_both_options(markdown_manifest, tmp_path):
    """On a cluster the workers get the files' bytes, and the options with them: the same files as locally."""
    extras.require("distributed")
    from distributed import LocalCluster

    local = tmp_path / "local"
    run_batch(markdown_manifest, local, workers=1, excel_csv=True, input_format="txt")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = run_batch(markdown_manifest, tmp_path / "dask", scheduler=cluster.scheduler_address,
                           excel_csv=True, input_format="txt")
    assert result.computed == 1
    assert source_side(tmp_path / "dask")["reader"] == "txt"
    for path in csv_files(local):
        if path.name != "summary.csv":
            assert (tmp_path / "dask" / path.relative_to(local)).read_bytes() == path.read_bytes(), path
    assert (tmp_path / "dask" / "pairs" / "m" / "report.json").read_bytes() == \
        (local / "pairs" / "m" / "report.json").read_bytes()
