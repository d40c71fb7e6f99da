"""A batch under faults (issue 17): a parent killed with ``kill -9`` leaves no worker and no resource tracker
behind; two runs into one folder do not interfere (the folder's lock); the combined tables are replaced as a
set; a killed run resumed gives an uninterrupted run's bytes; Ctrl-C stops cleanly and says how far it got;
the set-up costs the same per row whatever the manifest's length.

Processes are followed through ``/proc`` (Linux): the tests that need it skip elsewhere.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alignment.batch import BatchInterrupted, read_manifest, run_batch
from alignment.batch.lock import LOCK_FILE, folder_lock
from alignment.batch.tables import TABLES_LINK, table_names
from alignment.config import Config
from alignment.errors import ConfigError, OutputError
from alignment.outputs.csv_tables import CSV_FILES

from tests.batch.test_batch import make_corpus, outputs, read_csv
from tests.conftest import ROOT

PROC = Path("/proc")
needs_proc = pytest.mark.skipif(not (PROC / "self" / "stat").exists() or not hasattr(signal, "SIGKILL"),
                                reason="follows processes through Linux's /proc")


# ---------------------------------------------------------------------------------------------- processes
def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a live process; None when it is gone or a zombie (dead, waiting to be reaped)."""
    try:
        text = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return (None if fields[0] in "ZX" else (int(fields[1]), fields[0]))


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid``."""
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            children.setdefault(stat[0], []).append(int(entry.name))
    found: set[int] = set()
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def survivors(pids: set[int], within: float) -> set[int]:
    """The processes of ``pids`` still alive after waiting up to ``within`` seconds for them to end."""
    deadline = time.monotonic() + within
    alive = {p for p in pids if _stat(p) is not None}
    while alive and time.monotonic() < deadline:
        time.sleep(0.05)
        alive = {p for p in alive if _stat(p) is not None}
    return alive


def batch_command(manifest: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, str(ROOT / "cli.py"), "batch", str(manifest), "-o", str(out), "-q", *extra]


def cli_env() -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if k != "ALIGNMENT_DEBUG"}, "PYTHONPATH": str(ROOT)}


def wait_for(condition, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, "the batch ended before the moment the test waits for"
        assert time.monotonic() < deadline, "the batch never reached the moment the test waits for"
        time.sleep(0.02)


def sample_rows(n: int) -> list[tuple[str, str, str]]:
    """``n`` pairs over the sample pair, both directions."""
    pair = [("docs/statement.txt", "docs/article.txt"), ("docs/article.txt", "docs/statement.txt")]
    return [(*pair[i % 2], f"p{i:02d}") for i in range(n)]


# ---------------------------------------------------------------------------------------------- kill -9
@needs_proc
def test_a_killed_parent_leaves_no_worker_and_no_resource_tracker(tmp_path):
    """``kill -9`` of the batch mid-run: its worker processes (and multiprocessing's resource tracker) end within
    seconds instead of finishing their pairs and sleeping forever."""
    manifest = make_corpus(tmp_path, sample_rows(12))
    out = tmp_path / "out"
    proc = subprocess.Popen(batch_command(manifest, out, "--workers", "2"), cwd=ROOT, env=cli_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # both workers started and at least one pair written: the workers are busy with the next ones
        wait_for(lambda: len(descendants(proc.pid)) >= 2 and any(out.glob("pairs/*/result.json")), proc)
        family = descendants(proc.pid)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(family) >= 3  # two workers and the resource tracker
    assert survivors(family, within=10) == set()
    done = {p.parent.name for p in out.glob("pairs/*/result.json")}
    assert len(done) < 12, "the run should have been killed part-way"
    time.sleep(0.5)  # nothing goes on writing after the workers are gone
    assert {p.parent.name for p in out.glob("pairs/*/result.json")} == done


# ---------------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize("workers", [0, -2])
def test_workers_below_one_is_the_package_error(tmp_path, workers):
    manifest = make_corpus(tmp_path, sample_rows(1))
    with pytest.raises(ConfigError, match=f"workers must be at least 1, got {workers}"):
        run_batch(manifest, tmp_path / "out", workers=workers)
    assert not (tmp_path / "out").exists()
    assert issubclass(ConfigError, ValueError)  # what callers that caught ValueError keep catching


# ---------------------------------------------------------------------------------------------- the lock
def test_a_second_run_into_a_locked_folder_is_refused(tmp_path):
    manifest = make_corpus(tmp_path, sample_rows(2))
    out = tmp_path / "out"
    with folder_lock(out) as lock:  # as another run holds it
        assert lock == out / LOCK_FILE
        with pytest.raises(OutputError, match="another batch run is writing into this folder"):
            run_batch(manifest, out, workers=1)
        assert not (out / "pairs").exists()  # refused before anything is written
    result = run_batch(manifest, out, workers=1)  # released: the next run goes ahead
    assert result.computed == 2
    assert (out / LOCK_FILE).read_bytes() == b""  # nothing in it that differs from run to run


@needs_proc
def test_concurrent_runs_into_one_folder_do_not_interfere(tmp_path):
    """A run with other options started while one is writing into the folder is refused with one line (exit 4)
    and deletes nothing of the first, whose tables then agree with its pairs' reports."""
    manifest = make_corpus(tmp_path, sample_rows(6))
    out = tmp_path / "out"
    first = subprocess.Popen(batch_command(manifest, out, "--workers", "1"), cwd=ROOT, env=cli_env(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: any(out.glob("pairs/*/result.json")), first)
        second = subprocess.run(batch_command(manifest, out, "--workers", "1", "--min-support", "0.6"), cwd=ROOT,
                                env=cli_env(), capture_output=True, text=True, timeout=300)
        still_running = first.poll() is None
    finally:
        _, err = first.communicate(timeout=300)
    assert still_running, "the first run should still have been running when the second started"
    assert second.returncode == 4, second.stderr
    assert second.stderr.startswith("error: ") and len(second.stderr.splitlines()) == 1
    assert "another batch run is writing into this folder" in second.stderr
    assert first.returncode == 0, err
    summary = read_csv(out / "summary.csv")
    assert [r["pair_id"] for r in summary] == [f"p{i:02d}" for i in range(6)]
    for row in summary:
        report = json.loads((out / "pairs" / row["pair_id"] / "report.json").read_text(encoding="utf-8"))
        assert report["config"]["min_support"] == Config().min_support  # the first run's options only
        assert row["source_coverage"] == repr(report["summary"]["source_coverage"])


# ---------------------------------------------------------------------------------------------- Ctrl-C
def _as_at_a_terminal() -> None:
    """In the child before it runs the command: Ctrl-C's default action, as a terminal's shell gives it. A test run
    started in the background by a shell without job control (``nohup pytest ... &`` in a script) inherits SIGINT
    ignored, and a command started with SIGINT ignored rightly keeps ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@needs_proc
@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_cleanly_and_says_how_far_it_got(tmp_path, workers):
    """Ctrl-C at a terminal (SIGINT to the whole process group): exit 130, one line saying how many pairs are
    done, no worker left, no temporary file; the same command then computes only the rest."""
    manifest = make_corpus(tmp_path, sample_rows(8))
    out = tmp_path / "out"
    cmd = batch_command(manifest, out, "--workers", workers)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_as_at_a_terminal)
    try:
        wait_for(lambda: any(out.glob("pairs/*/result.json")), proc)
        family = descendants(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, err
    match = re.fullmatch(r"interrupted: (\d+) of 8 pairs done; run the same command to resume\n", err)
    assert match, err
    done = {p.parent.name for p in out.glob("pairs/*/result.json")}
    assert int(match[1]) == len(done) and 1 <= len(done) < 8
    assert survivors(family, within=10) == set()
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]  # nothing half-written
    if workers == "1":
        return
    again = subprocess.run(cmd, cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert len(read_csv(out / "summary.csv")) == 8


# ---------------------------------------------------------------------------------------------- manifests
def test_windows_style_relative_paths_in_a_manifest(tmp_path):
    """``docs\\statement.txt`` as a manifest saved on Windows has it: on POSIX the file with '/' is read; the
    name stays as written in the reports."""
    manifest = make_corpus(tmp_path, [("docs\\statement.txt", "docs\\article.txt", "a")])
    specs = read_manifest(manifest)
    assert specs[0].source_path.read_bytes() == (tmp_path / "docs" / "statement.txt").read_bytes()
    result = run_batch(manifest, tmp_path / "out", workers=1)
    assert (result.computed, result.failed) == (1, 0)
    report = json.loads((tmp_path / "out" / "pairs" / "a" / "report.json").read_text(encoding="utf-8"))
    assert report["source"]["path"] == "docs\\statement.txt"
    if os.sep == "/":  # a file whose name really holds a backslash is still read as written
        (tmp_path / "docs\\statement.txt").write_bytes((tmp_path / "docs" / "article.txt").read_bytes())
        assert read_manifest(manifest)[0].source_path == tmp_path / "docs\\statement.txt"


# ---------------------------------------------------------------------------------------------- the tables
def table_set(out: Path) -> tuple[str, ...] | None:
    """The pairs the combined tables describe, checking that every table (CSV and Parquet) describes the same
    ones; None when there are no tables yet. A mixed set fails here."""
    names = table_names()
    present = [(out / name).is_file() for name in names]
    if not any(present):
        return None
    assert all(present), f"a partial set: {dict(zip(names, present, strict=True))}"
    summary = read_csv(out / "summary.csv")
    ids = tuple(r["pair_id"] for r in summary)
    ok = [r["pair_id"] for r in summary if r["status"] == "ok"]
    for name in CSV_FILES:
        in_table = list(dict.fromkeys(r["pair_id"] for r in read_csv(out / name)))
        assert in_table == ok if name == "segments.csv" else set(in_table) <= set(ok), (name, in_table, ok)
    if any(name.endswith(".parquet") for name in names):
        import pyarrow.parquet as pq

        for name in ("summary.csv", *CSV_FILES):
            column = pq.read_table(out / name.replace(".csv", ".parquet")).column("pair_id").to_pylist()
            assert column == [r["pair_id"] for r in read_csv(out / name)], name
    return ids


def test_the_tables_are_one_generation_behind_one_link(tmp_path):
    manifest = make_corpus(tmp_path, sample_rows(2))
    out = tmp_path / "out"
    run_batch(manifest, out, workers=1)
    assert os.readlink(out / TABLES_LINK) == ".tables-1"
    for name in table_names():
        assert os.readlink(out / name) == os.path.join(TABLES_LINK, name)
    first = (out / "summary.csv").read_bytes()
    run_batch(manifest, out, workers=1)  # every pair done: the tables are written again, as a new generation
    assert os.readlink(out / TABLES_LINK) == ".tables-2"
    assert sorted(p.name for p in out.glob(".tables-*")) == [".tables-2"]  # the previous one removed
    assert (out / "summary.csv").read_bytes() == first
    assert table_set(out) == ("p00", "p01")


def test_a_table_set_from_an_older_layout_is_replaced(tmp_path):
    """Plain files where the links go (the layout before generations), and a stray Parquet file without
    pyarrow: replaced by the links, never left beside them."""
    manifest = make_corpus(tmp_path, sample_rows(1))
    out = tmp_path / "out"
    out.mkdir()
    for name in ("summary.csv", *CSV_FILES, "summary.parquet"):
        (out / name).write_text("old\n")
    run_batch(manifest, out, workers=1)
    assert table_set(out) == ("p00",)
    assert all((out / name).is_symlink() for name in table_names())


def test_an_output_tables_entry_that_is_not_ours_is_refused(tmp_path):
    manifest = make_corpus(tmp_path, sample_rows(1))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / TABLES_LINK).symlink_to(tmp_path)
    with pytest.raises(OutputError, match="links somewhere this tool's tables never are"):
        run_batch(manifest, tmp_path / "out", workers=1)
    assert (tmp_path / "out" / TABLES_LINK).readlink() == tmp_path  # left as it was


class Crash(BaseException):
    """A process stopped at a file operation (what a kill at that moment leaves, short of the finally blocks)."""


def test_a_crash_at_any_step_of_the_replace_leaves_one_whole_set(tmp_path, monkeypatch):
    """The tables of 2 pairs are replaced by those of 3, crashing at the 1st, 2nd, … file operation of the
    replace: after each crash the tables are the old set or the new one, whole; the next run completes them
    with the bytes of an uninterrupted run."""
    import alignment.batch.run as run_module

    rows = sample_rows(3)
    reference = tmp_path / "reference"
    run_batch(make_corpus(reference, rows), reference / "out", workers=1)
    manifest = make_corpus(tmp_path, rows[:2])
    out = tmp_path / "out"
    run_batch(manifest, out, workers=1)
    make_corpus(tmp_path, rows)  # a third pair: a new set of tables
    real = {name: getattr(os, name) for name in ("replace", "symlink", "rmdir", "unlink", "mkdir")}
    state = {"armed": False, "left": 0}

    def faulty(name):
        def operation(*args, **kwargs):
            if state["armed"]:
                if state["left"] == 0:
                    raise Crash(name)
                state["left"] -= 1
            return real[name](*args, **kwargs)

        return operation

    real_write = run_module.write_combined

    def write_combined(*args, **kwargs):
        state["armed"] = True
        try:
            return real_write(*args, **kwargs)
        finally:
            state["armed"] = False

    monkeypatch.setattr(run_module, "write_combined", write_combined)
    for name in real:
        monkeypatch.setattr(os, name, faulty(name))
    seen = set()
    for step in range(100):
        state["left"] = step
        try:
            run_batch(manifest, out, workers=1)
        except Crash:
            seen.add(table_set(out))
            continue
        break
    else:
        pytest.fail("the replace never completed")
    assert step >= 4  # it did crash part-way through, at several steps
    assert seen <= {("p00", "p01"), ("p00", "p01", "p02")}
    assert table_set(out) == ("p00", "p01", "p02")
    assert outputs(out) == outputs(reference / "out")
    assert sorted(p.name for p in out.glob(".tables-*")) == [os.readlink(out / TABLES_LINK)]


# ---------------------------------------------------------------------------------------------- kill -9, resume
@needs_proc
def test_kill_9_at_random_moments_then_resume_gives_the_uninterrupted_bytes(tmp_path):
    """The batch (2 workers) killed with SIGKILL at seeded random moments, again and again, then run to the
    end: after each kill no process of it survives and the tables are one whole set (or none yet); at the end
    every file is an uninterrupted run's (but the seconds a pair took), with no leftover generation or
    temporary file."""
    rows = sample_rows(8)
    reference = tmp_path / "reference"
    run_batch(make_corpus(reference, rows), reference / "out", workers=1)
    out = tmp_path / "out"
    run_batch(make_corpus(tmp_path, rows[:3]), out, workers=1)  # a first set of tables, to be replaced
    before = table_set(out)
    manifest = make_corpus(tmp_path, rows)
    cmd = batch_command(manifest, out, "--workers", "2")
    rng = random.Random(20261205)
    kills = 0
    for _ in range(2):
        # the moment: a random number of pairs more done (start-up takes seconds on a busy machine), then a
        # random fraction of a second (a pair in flight, its files half-written, the tables being replaced)
        target = len(list(out.glob("pairs/*/result.json"))) + rng.randint(1, 3)
        pause = rng.uniform(0.0, 0.4)
        proc = subprocess.Popen(cmd, cwd=ROOT, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while proc.poll() is None and len(list(out.glob("pairs/*/result.json"))) < target:
            time.sleep(0.01)
        time.sleep(pause)
        if proc.poll() is not None:  # it finished before its moment came
            assert proc.wait() == 0, proc.stderr.read() if proc.stderr else ""
            break
        family = descendants(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        assert survivors(family, within=10) == set()
        assert table_set(out) in (before, tuple(r[2] for r in rows))  # the old set or the new, whole
    assert kills >= 1
    final = subprocess.run(cmd, cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert table_set(out) == tuple(r[2] for r in rows)
    assert outputs(out) == outputs(reference / "out")
    assert sorted(p.name for p in out.glob(".tables-*")) == [os.readlink(out / TABLES_LINK)]
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


# ---------------------------------------------------------------------------------------------- set-up cost
class Stop(Exception):
    pass


def setup_seconds(folder: Path, rows: int) -> float:
    """The CPU seconds (of this process: a busy machine slows the clock, not the work) a batch of ``rows`` pairs
    takes before its first pair: reading the manifest, resolving and
    grouping the inputs, checking every pair's folder, hashing (here: failing to read) the files, looking for
    results. Every file is in one folder, the case that was quadratic; the run stops when it would start."""
    docs = [(f"docs/s{i}.txt", f"docs/d{i}.txt", f"p{i}") for i in range(rows)]
    manifest = make_corpus(folder, docs)

    def stop(done: int, total: int, skipped: int) -> None:
        raise Stop

    start = time.process_time()
    with pytest.raises(Stop):
        run_batch(manifest, folder / "out", workers=1, progress=stop)
    return time.process_time() - start


def test_the_set_up_costs_the_same_per_row_at_any_length(tmp_path):
    """Issue 17 item 11: one union of a frozenset per input file made the set-up quadratic in the files of a
    folder (3 minutes for 100k rows). Per row, 20k rows cost about what 5k do; quadratic, 4 times as much."""
    small, large = 5_000, 20_000
    per_row: dict[int, float] = {}
    for attempt in range(2):  # measured again once when the machine was busy: the best of two each
        for n in (small, large):
            per_row[n] = min(per_row.get(n, float("inf")), setup_seconds(tmp_path / f"{n}-{attempt}", n) / n)
        if per_row[large] < 2.0 * per_row[small]:
            break
    # measured: 1.06 (fixed) against 3.2 (the frozenset union per file)
    assert per_row[large] < 2.0 * per_row[small], per_row


def test_without_symbolic_links_the_tables_are_plain_files(tmp_path, monkeypatch):
    """Where links cannot be made (Windows without the privilege), the tables are renamed into the folder one by
    one, as before generations, with the same bytes."""
    manifest = make_corpus(tmp_path, sample_rows(2))
    run_batch(manifest, tmp_path / "linked", workers=1)

    def no_links(*args, **kwargs):
        raise PermissionError(1, "A required privilege is not held by the client")

    monkeypatch.setattr(os, "symlink", no_links)
    out = tmp_path / "plain"
    for _ in range(2):
        run_batch(manifest, out, workers=1)
        assert not (out / TABLES_LINK).exists() and not list(out.glob(".tables-*"))
        assert not any((out / name).is_symlink() for name in table_names())
        assert outputs(out) == outputs(tmp_path / "linked")


def test_an_interrupted_run_counts_the_pairs_done(tmp_path, monkeypatch):
    """KeyboardInterrupt after the 2nd pair computed (of 4, one done before): BatchInterrupted says 3 of 4, and
    a KeyboardInterrupt still; during the tables: every pair is done and the previous tables stay whole."""
    import alignment.batch.run as run_module

    rows = sample_rows(4)
    out = tmp_path / "out"
    run_batch(make_corpus(tmp_path, rows[:1]), out, workers=1)
    manifest = make_corpus(tmp_path, rows)

    def ctrl_c_at_the_second(done: int, total: int, skipped: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(BatchInterrupted) as caught:
        run_batch(manifest, out, workers=1, progress=ctrl_c_at_the_second)
    assert (caught.value.done, caught.value.total) == (3, 4)
    assert isinstance(caught.value, KeyboardInterrupt)
    assert table_set(out) == ("p00",)

    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "write_combined", ctrl_c)
    with pytest.raises(BatchInterrupted) as caught:
        run_batch(manifest, out, workers=1)
    assert (caught.value.done, caught.value.total) == (4, 4)
    assert table_set(out) == ("p00",)


@pytest.mark.parametrize(("force", "again"), [(False, "the same command"),
                                              (True, "the same command without --force")])
def test_the_interrupted_line_says_how_to_resume(tmp_path, monkeypatch, force, again):
    from typer.testing import CliRunner

    import alignment.batch
    from alignment.cli import app

    def interrupted(*args, **kwargs):
        raise BatchInterrupted(3, 7)

    monkeypatch.setattr(alignment.batch, "run_batch", interrupted)
    manifest = make_corpus(tmp_path, sample_rows(1))
    args = ["batch", str(manifest), "-o", str(tmp_path / "out"), "-q", *(["--force"] if force else [])]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 130
    assert result.stderr == f"interrupted: 3 of 7 pairs done; run {again} to resume\n"


def test_paths_resolved_folder_by_folder_are_the_paths_resolved_one_by_one(tmp_path):
    """The set-up resolves each folder of the inputs once (resolved_paths): the same paths as resolving each in
    full, through links to files and to folders, '..', missing files and missing folders, relative paths."""
    from alignment.batch.run import resolved_paths
    from alignment.outputs.files import resolved_path

    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("a")
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    paths = [tmp_path / rel for rel in ("real/a.txt", "linked/a.txt", "real/b.txt", "linked/b.txt", "real/..",
                                        "linked/../real/a.txt", "real/missing.txt", "gone/x.txt")]
    paths += [Path(os.path.relpath(tmp_path / "linked" / "a.txt"))]
    assert resolved_paths(paths) == frozenset(resolved_path(p) for p in paths)
