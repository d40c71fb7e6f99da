"""Output targets (issue 17 item 7): an output path is written, never replaced by something else. A symbolic link's
target is written and the link stays; a character device or a FIFO is written through; anything else that is not
a regular file is refused with one line, and a FIFO no process reads is refused rather than waited on."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from alignment.errors import OutputError
from alignment.outputs.files import atomic_paths, write_atomic

from tests.conftest import DERIVATIVE, ROOT, SOURCE


def test_a_symlink_writes_its_target_and_stays_a_link(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to("real.json")
    write_atomic({link: "new"})
    assert link.is_symlink() and os.readlink(link) == "real.json"
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]  # no temporary left


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to("later.json")
    write_atomic({link: "text"})
    assert link.is_symlink() and (tmp_path / "later.json").read_text(encoding="utf-8") == "text"


def test_a_symlink_to_an_input_is_still_refused(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("input", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(source)
    with pytest.raises(OutputError, match="refusing to overwrite an input file"):
        write_atomic({link: "report"}, protect=[source])
    assert source.read_text(encoding="utf-8") == "input"


def test_dev_null_is_written_through_not_replaced():
    before = os.stat("/dev/null")
    write_atomic({Path("/dev/null"): "report"})
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_fifo_with_a_reader_gets_the_report_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    # the reader opens the FIFO in its own time: write once it has (a FIFO with no reader is refused, see below)
    for _ in range(200):
        try:
            write_atomic({fifo: "report ✓"})
            break
        except OutputError:
            threading.Event().wait(0.01)
    reader.join(10)
    assert got == ["report ✓"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_fifo_with_no_reader_is_refused_at_once_and_nothing_is_written(tmp_path):
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    other = tmp_path / "other.json"
    with pytest.raises(OutputError, match="no process is reading this FIFO") as err:
        write_atomic({other: "one", fifo: "two"})  # a report's files: all or none
    assert "\n" not in str(err.value)
    assert not other.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["p"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(OutputError, match="not a regular file"):
            write_atomic({path: "report"})
        assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_a_library_cannot_write_a_table_through_a_fifo(tmp_path):
    fifo = tmp_path / "t.parquet"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="not a regular file"), atomic_paths([fifo]):
        pass
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_to_dev_stdout_streams_the_report():
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "compare", str(SOURCE), str(DERIVATIVE), "-f", "json",
                           "-o", "/dev/stdout", "-q"], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["path"] == str(SOURCE)
