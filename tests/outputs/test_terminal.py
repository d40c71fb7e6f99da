"""The compare summary: rich tables and colour on a terminal; the plain text everywhere else (a pipe, a file,
NO_COLOR, TERM=dumb), exactly as before."""

from __future__ import annotations

import io
import os
import re
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
    assert "Statement coverage" in plain and "verdict" in plain and "─" in plain
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
        assert "Statement coverage:" in text and "Quotes: 7 found" in text  # the plain summary
    else:
        assert ANSI in text
        assert "verdict" in _strip_ansi(text) and "Statement coverage:" not in text


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


# ---------------------------------------------------------------------------------------------- one vocabulary
def test_plain_summary_says_statement_and_article_and_counts_segments(sample_report):
    import re

    text = summary_text(sample_report)
    body = text.split("\nWarnings:")[0]
    words = body.replace(str(SOURCE), "").replace(str(DERIVATIVE), "")  # the files' names aside
    assert not re.search(r"\b(?:[Ss]ource|[Dd]erivative)s?\b", words)
    for side, name in ((sample_report.source, "statement"), (sample_report.derivative, "article")):
        assert f"({len(side.segments)} segments)" in text
        line = next(line for line in text.splitlines() if line.startswith(f"  {name} segments:"))
        assert sum(map(int, re.findall(r"(\d+) ", line))) == len(side.segments)  # one unit, the same total
    assert "claims" not in words.replace("not a claim", "")  # the files' paths aside, as above


@pytest.mark.parametrize("width", [60, 80, 120])
def test_plain_summary_wraps_to_the_width_and_never_drops_a_finding_silently(sample_report, width):
    text = summary_text(sample_report, width=width, limit=100)
    lines = text.splitlines()
    assert max(map(len, lines)) <= width
    for quote in sample_report.quotes:
        assert f"  {quote.id}  " in text
    for seg in (*sample_report.omissions(), *sample_report.additions()):
        start = next(i for i, line in enumerate(lines) if line.startswith(f"  {seg.id:>5}  "))
        shown = [lines[start][9:]]
        shown += [line[9:] for line in lines[start + 1:start + 3] if line.startswith(" " * 9) and line[9] != " "]
        joined = " ".join(" ".join(shown).split())
        whole = " ".join(seg.text.split())
        assert joined == whole or (joined.endswith(" …") and whole.startswith(joined[:-2])), seg.id


def test_compare_piped_at_80_columns_fits_them():
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "ALIGNMENT_DEBUG")}
    env["COLUMNS"] = "80"
    res = subprocess.run([sys.executable, str(ROOT / "cli.py"), "compare", str(SOURCE), str(DERIVATIVE)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    assert max(map(len, res.stdout.splitlines())) <= 80
    assert re.search(r"… and \d+ more", res.stdout)  # what the list leaves out, it says (how many: the sample's)


def test_rich_summary_wraps_findings_instead_of_cutting(sample_report, colour_env):
    colour_env.setenv("COLUMNS", "80")
    out = FakeTerminal()
    print_summary(sample_report, out)
    plain = " ".join(_strip_ansi(out.getvalue()).split())
    longest = max(sample_report.additions(), key=lambda s: s.end - s.start)
    assert " ".join(longest.text.split()) in plain
