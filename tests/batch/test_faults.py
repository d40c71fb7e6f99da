"""A batch under faults (issue 17): a parent killed with ``kill -9`` leaves no worker and no resource tracker
behind; two runs into one folder do not interfere (the folder's lock); the combined tables are replaced as a
set; a killed run resumed gives an uninterrupted run's bytes; Ctrl-C stops cleanly and says how far it got;
the set-up costs the same per row whatever the manifest's length.

Processes are followed through ``/proc`` (Linux): the tests that need it skip elsewhere.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alignment.batch import run_batch
from alignment.errors import ConfigError

from tests.batch.test_batch import make_corpus
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
