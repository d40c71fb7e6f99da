"""The compare summary: rich tables and colour on a terminal; the plain text everywhere else (a pipe, a file,
NO_COLOR, TERM=dumb), exactly as before."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from alignment.outputs.terminal import print_summary, summary_text, wants_rich

from tests.conftest import DERIVATIVE, ROOT, SOURCE

ANSI = "\x1b["


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def colour_env(monkeypatch):
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    return monkeypatch


def test_not_a_terminal_gets_the_plain_text(sample_report, colour_env):
    out = io.StringIO()
    assert not wants_rich(out)
    print_summary(sample_report, out)
    assert out.getvalue() == summary_text(sample_report) + "\n"
    assert ANSI not in out.getvalue()


def test_a_terminal_gets_tables_and_colour(sample_report, colour_env):
    out = FakeTerminal()
    assert wants_rich(out)
    print_summary(sample_report, out)
    text = out.getvalue()
    assert ANSI in text
    plain = _strip_ansi(text)
    assert "Source coverage" in plain and "verdict" in plain and "─" in plain
    for quote in sample_report.quotes:
        assert quote.id in plain
    assert "✗ not in the statement" in plain and "≠ altered" in plain  # verdicts carry a symbol, not only a colour


@pytest.mark.parametrize(("name", "value"), [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_color_or_a_dumb_terminal_gets_the_plain_text(sample_report, colour_env, name, value):
    colour_env.setenv(name, value)
    out = FakeTerminal()
    assert not wants_rich(out)
    print_summary(sample_report, out)
    assert out.getvalue() == summary_text(sample_report) + "\n"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("no_color", [False, True])
def test_compare_in_a_real_terminal(no_color):
    """The command run in a pseudo-terminal, as a person runs it."""
    import pty

    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "ALIGNMENT_DEBUG")}
    env.update(TERM="xterm-256color", COLUMNS="120", LINES="50")
    if no_color:
        env["NO_COLOR"] = "1"
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "compare", str(SOURCE), str(DERIVATIVE)],
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    proc.stderr.close()
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    if no_color:
        assert ANSI not in text
        assert "Source coverage:" in text and "Quotes: 7 found" in text  # the plain summary
    else:
        assert ANSI in text
        assert "verdict" in _strip_ansi(text) and "Source coverage:" not in text


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
