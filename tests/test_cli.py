"""The command line, run as a user runs it: exit codes, one-line errors, outputs whole or absent."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from alignment import Config
from alignment.outputs.csv_tables import restore_cell

from tests.conftest import DERIVATIVE, ROOT, SOURCE


def run_cli(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ALIGNMENT_DEBUG"}
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=300,
    )


def test_compare_prints_a_readable_summary():
    res = run_cli("compare", SOURCE, DERIVATIVE)
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert "Statement coverage:" in out
    assert "Quotes: 7 found" in out
    assert "Omitted from the statement" in out and "Added by the article" in out
    assert "Traceback" not in res.stderr


def test_json_report_to_file_and_stdout(tmp_path):
    target = tmp_path / "report.json"
    res = run_cli("compare", SOURCE, DERIVATIVE, "--format", "json", "--output", target, "--quiet")
    assert res.returncode == 0, res.stderr
    assert res.stdout == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert {"config", "source", "derivative", "alignments", "quotes", "summary"} <= set(data)
    assert data["config"]["min_support"] == Config().min_support
    stdout = run_cli("compare", SOURCE, DERIVATIVE, "--format", "json")
    assert json.loads(stdout.stdout) == data


def test_options_are_written_into_the_report(tmp_path):
    target = tmp_path / "r.json"
    res = run_cli("compare", SOURCE, DERIVATIVE, "-f", "json", "-o", target, "--min-support", "0.7",
                  "--claim-max-words", "30", "-q")
    assert res.returncode == 0, res.stderr
    config = json.loads(target.read_text(encoding="utf-8"))["config"]
    assert config["min_support"] == 0.7 and config["claim_max_words"] == 30


def read_csv(path: Path) -> list[dict[str, str]]:
    """A CSV table as rows, every cell restored from its spreadsheet-safe form (export.restore_cell)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: restore_cell(v) for k, v in row.items()} for row in csv.DictReader(fh)]


def test_csv_tables_load_and_match_the_json(tmp_path):
    folder = tmp_path / "csv"
    res = run_cli("compare", SOURCE, DERIVATIVE, "--format", "csv", "--output", folder, "-q")
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["alignments.csv", "discrepancies.csv", "quotes.csv",
                                                        "segments.csv"]
    rows = read_csv(folder / "segments.csv")
    texts = {"source": SOURCE.read_text(encoding="utf-8"), "derivative": DERIVATIVE.read_text(encoding="utf-8")}
    for row in rows:
        assert texts[row["side"]][int(row["start"]):int(row["end"])] == row["text"]
    # the sample's table rule ('---|---|') starts like a formula: neutralised in the file, restored above
    raw = (folder / "segments.csv").read_text(encoding="utf-8")
    assert "\n'---|" in raw or ",'---|" in raw
    quotes = read_csv(folder / "quotes.csv")
    assert len(quotes) == 7
    for q in quotes:
        assert texts["derivative"][int(q["start"]):int(q["end"])] == q["text"]
        if int(q["source_start"]) >= 0:
            assert texts["source"][int(q["source_start"]):int(q["source_end"])] == q["source_text"]


def test_exports_are_byte_identical_across_runs(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for target in (a, b):
        assert run_cli("compare", SOURCE, DERIVATIVE, "-f", "json", "-o", target, "-q").returncode == 0
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "blank.txt", b" \n \n"), "empty"),
        (lambda d: _write(d / "bin.dat", bytes(range(256)) * 4), "binary"),
        (lambda d: _write(d / "latin.txt", "caf\u00e9 cr\u00e8me".encode("latin-1")), "not valid utf-8"),
    ],
)
def test_bad_input_one_line_error_and_no_output(tmp_path, make, fragment):
    bad = make(tmp_path)
    (tmp_path / "out").mkdir()  # (a missing output folder is refused before reading: tested below)
    target = tmp_path / "out" / "report.json"
    res = run_cli("compare", bad, DERIVATIVE, "-f", "json", "-o", target)
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("error:") and fragment.lower() in lines[0].lower()
    assert "Traceback" not in res.stderr
    assert not target.exists() and not any((tmp_path / "out").iterdir())


def test_encoding_option_reads_other_encodings(tmp_path):
    src = _write(tmp_path / "src.txt", "The minister said the café “must reopen”.\n".encode("cp1252"))
    der = _write(tmp_path / "der.txt", "The café “must reopen”, the minister said.\n".encode("cp1252"))
    res = run_cli("compare", src, der, "--encoding", "cp1252")
    assert res.returncode == 0, res.stderr
    assert "1 exact" in res.stdout


def test_refuses_to_overwrite_an_input(tmp_path):
    src = _write(tmp_path / "src.txt", b"The minister met the press.\n")
    der = _write(tmp_path / "der.txt", b"The minister met reporters.\n")
    res = run_cli("compare", src, der, "-f", "json", "-o", src)
    assert res.returncode != 0
    assert "input" in res.stderr
    assert src.read_bytes() == b"The minister met the press.\n"


def test_bad_threshold_and_csv_without_output(tmp_path):
    res = run_cli("compare", SOURCE, DERIVATIVE, "--min-support", "1.5")
    assert res.returncode == 2 and res.stderr.strip().startswith("error: min_support")
    res = run_cli("compare", SOURCE, DERIVATIVE, "--format", "csv")
    assert res.returncode == 2 and "--output" in res.stderr


def test_installed_console_command_exists():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="console_scripts")}
    assert "pressalign" in names


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_limits_and_csv_safety_are_options_and_documented():
    """Every option of compare is in the README's table, and the limits' defaults are the ones documented."""
    import typer.main

    from alignment.cli import app
    from alignment.config import DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_SEGMENTS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = typer.main.get_command(app).commands
    for command in ("compare", "evaluate"):
        names = {o for p in commands[command].params for o in (*p.opts, *p.secondary_opts)}
        assert {"--max-document-bytes", "--max-segments", "--csv-safe", "--no-csv-safe"} <= names
    for param in commands["compare"].params:
        if param.opts[0].startswith("--") and param.opts[0] not in ("--help",):
            assert f"`{param.opts[0]}" in readme, param.opts[0]
    assert "## Limits and safety" in readme
    assert f"| `--max-document-bytes` | {DEFAULT_MAX_DOCUMENT_BYTES} |" in readme
    assert f"| `--max-segments` | {DEFAULT_MAX_SEGMENTS} |" in readme
    assert f"{DEFAULT_MAX_DOCUMENT_BYTES:,} bytes per document" in readme
    assert f"{DEFAULT_MAX_SEGMENTS:,} segments" in readme


def test_evaluate_compares_with_the_options_given():
    """evaluate's comparison options reach the comparison: demanding all of a source claim's content for
    'covered' changes the scores against the sample's gold."""
    gold = ROOT / "data" / "gold_sample_pair.json"
    default = run_cli("evaluate", gold)
    strict = run_cli("evaluate", gold, "--min-coverage", "1.0")
    assert default.returncode == 0 and strict.returncode == 0, default.stderr + strict.stderr
    cases = [next(line for line in r.stdout.splitlines() if line.startswith("Cases:")) for r in (default, strict)]
    assert cases[0] != cases[1]


def test_explain_shows_the_reason_under_each_listed_segment():
    result = run_cli("compare", str(SOURCE), str(DERIVATIVE), "--explain")
    assert result.returncode == 0, result.stderr
    assert "why: no_counterpart" in result.stdout and "why: linked: " in result.stdout
    plain = run_cli("compare", str(SOURCE), str(DERIVATIVE))
    assert "why:" not in plain.stdout


# ---------------------------------------------------------------------------------------------- everyday use
# (issue 16: the command line's checks, versions, schema, help and the swapped-arguments hint)
def _invoke(monkeypatch, *args: str | Path, report=None):
    """Run the app in this process; compare_files records its calls and returns ``report`` (or fails the test)."""
    from typer.testing import CliRunner

    import alignment.cli as cli

    calls: list[tuple[object, ...]] = []

    def fake_compare_files(*a, **kw):
        calls.append(a)
        if report is None:
            pytest.fail("the analysis ran")
        return report

    monkeypatch.setattr(cli, "compare_files", fake_compare_files)
    result = CliRunner().invoke(cli.app, [str(a) for a in args])
    return result, calls


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("-o", "{tmp}/report.html", "-f", "json"), "ends in .html but --format is json"),
        (("-o", "{tmp}/missing/report.html"), "does not exist"),
        (("-f", "csv", "-o", "{tmp}/missing/tables"), "does not exist"),
        (("-o", "{source}", "-f", "json"), "refusing to overwrite an input"),
        (("-o", "{tmp}/report.json", "-f", "text"), "--output needs --format"),
        (("-o", "{tmp}/report.txt",), "cannot tell the format"),
        (("-o", "{tmp}/report.csv",), "csv writes three tables"),
        (("-f", "xlsx"), "needs --output"),
        (("-f", "csv"), "needs --output"),
        (("-f", "json", "--excel-csv"), "--excel-csv is for --format csv"),
    ],
)
def test_output_problems_fail_before_the_analysis(monkeypatch, tmp_path, args, fragment):
    src = _write(tmp_path / "src.txt", b"The minister met the press.\n")
    der = _write(tmp_path / "der.txt", b"The minister met reporters.\n")
    args = tuple(a.format(tmp=tmp_path, source=src) for a in args)
    result, calls = _invoke(monkeypatch, "compare", src, der, *args)
    assert calls == [] and result.exit_code == (4 if "exist" in fragment or "input" in fragment else 2), result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and fragment in lines[0], result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["der.txt", "src.txt"]  # nothing created
    assert src.read_bytes() == b"The minister met the press.\n"


@pytest.mark.parametrize(("name", "check"), [
    ("r.json", lambda p: json.loads(p.read_text(encoding="utf-8"))["schema_version"] == 1),
    ("r.HTML", lambda p: p.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")),
    ("r.xlsx", lambda p: p.read_bytes()[:2] == b"PK"),
])
def test_format_from_the_output_ending(monkeypatch, tmp_path, sample_report, name, check):
    result, calls = _invoke(monkeypatch, "compare", SOURCE, DERIVATIVE, "-o", tmp_path / name, "-q",
                            report=sample_report)
    assert result.exit_code == 0, result.output
    assert len(calls) == 1 and check(tmp_path / name)
    # into an existing folder, with the format given: the format's default name
    result, _ = _invoke(monkeypatch, "compare", SOURCE, DERIVATIVE, "-f", "json", "-o", tmp_path, "-q",
                        report=sample_report)
    assert result.exit_code == 0 and (tmp_path / "report.json").is_file()


def test_excel_csv_option_writes_bom_and_crlf(monkeypatch, tmp_path, sample_report):
    result, _ = _invoke(monkeypatch, "compare", SOURCE, DERIVATIVE, "-f", "csv", "-o", tmp_path / "t", "--excel-csv",
                        "-q", report=sample_report)
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "t" / "quotes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,") and raw.count(b"\r\n") == len(sample_report.quotes) + 1


def test_version_names_tool_spacy_pipeline_python_as_the_report_records():
    import platform

    from alignment import __version__

    res = run_cli("--version")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["pressalign", "spaCy", "pipeline", "Python"]
    assert lines[0] == f"pressalign {__version__}" and lines[3] == f"Python {platform.python_version()}"
    versions = json.loads(run_cli("compare", SOURCE, DERIVATIVE, "-f", "json").stdout)["versions"]
    assert lines[1] == f"spaCy {versions['spacy_version']}"
    assert lines[2] == f"pipeline {versions['model']} {versions['model_version']}"
    assert versions["pressalign"] == __version__ and versions["python"] == platform.python_version()


def test_schema_prints_the_shipped_json_schema():
    res = run_cli("schema")
    assert res.returncode == 0, res.stderr
    assert res.stdout == (ROOT / "alignment" / "report.schema.json").read_text(encoding="utf-8")
    assert json.loads(res.stdout)["title"] == "pressalign JSON report"


def test_help_at_80_columns_keeps_option_names_whole_and_flags_plain():
    import typer.main

    from alignment.cli import app

    env_columns = {**os.environ, "COLUMNS": "80"}
    commands = typer.main.get_command(app).commands
    top = subprocess.run([sys.executable, str(ROOT / "cli.py"), "--help"], capture_output=True, text=True,
                         env=env_columns, timeout=60).stdout
    assert "--install-completion" in top and "--show-completion" in top and "--version" in top
    for name, command in commands.items():
        text = subprocess.run([sys.executable, str(ROOT / "cli.py"), name, "--help"], capture_output=True,
                              text=True, env=env_columns, timeout=60).stdout
        assert "<bool>" not in text, name
        assert max(map(len, text.splitlines())) <= 80, name
        for param in command.params:
            for opt in (*param.opts, *param.secondary_opts):
                if opt.startswith("--"):
                    assert opt in text, (name, opt)


def test_shell_completion_is_on():
    res = run_cli("--show-completion", "bash")
    assert res.returncode == 0 and "complete" in res.stdout


def test_swapped_arguments_get_a_one_line_warning():
    swapped = run_cli("compare", DERIVATIVE, SOURCE)
    assert swapped.returncode == 0, swapped.stderr
    lines = swapped.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning:") and "swapped" in lines[0]
    assert "Quotes: 0 found" in swapped.stdout
    assert "swapped" not in run_cli("compare", DERIVATIVE, SOURCE, "-q").stderr
    as_json = run_cli("compare", DERIVATIVE, SOURCE, "-f", "json")  # stdout stays the report alone
    assert "swapped" in as_json.stderr and json.loads(as_json.stdout)["quotes"] == []
    assert run_cli("compare", SOURCE, DERIVATIVE).stderr == ""


def test_swapped_hint_also_for_a_much_longer_derivative_that_quotes_nothing(sample_report):
    from alignment import compare
    from alignment.cli import SWAP_LENGTH_RATIO, swapped_hint

    statement = SOURCE.read_text(encoding="utf-8")
    article = DERIVATIVE.read_text(encoding="utf-8")
    assert swapped_hint(sample_report) == ""
    opening = statement[: len(statement) // (SWAP_LENGTH_RATIO + 1)]
    hint = swapped_hint(compare(opening, statement))  # the statement quotes nothing
    assert "times as long" in hint and "swapped" in hint
    assert "quotations" in swapped_hint(compare(article, statement))


def test_the_command_line_collects_garbage_less_often(monkeypatch):
    """run() raises the collector's first threshold for its own process (a cold compare made 273 collections at
    Python's 700, 56 at GC_FIRST_THRESHOLD) and leaves the others as they are."""
    import gc

    import alignment.cli as cli
    from alignment.config import GC_FIRST_THRESHOLD

    before = gc.get_threshold()
    seen = []
    monkeypatch.setattr(cli, "app", lambda: seen.append(gc.get_threshold()))
    try:
        gc.set_threshold(700, *before[1:])
        cli.run()
    finally:
        gc.set_threshold(*before)
    assert seen == [(GC_FIRST_THRESHOLD, *before[1:])]


def test_the_command_line_leaves_its_objects_to_the_exit(monkeypatch):
    """run() moves what is alive out of the collector's reach once the command raises SystemExit (the interpreter's
    exit then tears it down without scanning it), and only then: a command that returns leaves the collector as
    it was."""
    import gc

    import alignment.cli as cli

    before = gc.get_threshold()

    def command_over() -> None:
        raise SystemExit(0)

    monkeypatch.setattr(cli, "app", command_over)
    try:
        with pytest.raises(SystemExit):
            cli.run()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    monkeypatch.setattr(cli, "app", lambda: None)
    try:
        cli.run()
    finally:
        gc.set_threshold(*before)
    assert gc.get_freeze_count() == 0
