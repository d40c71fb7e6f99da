"""docs/discovery.md's worked example, run as typed: each command's output is the one the page shows (the rate
``index build`` prints aside)."""

from __future__ import annotations

import re
import shlex

from tests.conftest import ROOT
from tests.test_cli import run_cli

PAGE = ROOT / "docs" / "discovery.md"
EXAMPLE = "/tmp/pressalign-example"


def _session() -> list[tuple[list[str], list[str]]]:
    block = PAGE.read_text(encoding="utf-8").split("```console\n", 1)[1].split("```", 1)[0]
    steps: list[tuple[list[str], list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ pressalign "):
            steps.append((shlex.split(line[len("$ pressalign "):]), []))
        else:
            steps[-1][1].append(line)
    return steps


def test_the_worked_example_runs_as_typed(tmp_path):
    steps = _session()
    assert [s[0][0] for s in steps] == ["index", "find", "batch"]
    for args, expected in steps:
        res = run_cli(*[a.replace(EXAMPLE, str(tmp_path / "example")) for a in args])
        assert res.returncode == 0, res.stderr
        got = [re.sub(r" \(\d+/s\)", "", line) for line in res.stdout.splitlines()]
        assert got == [line.replace(EXAMPLE, str(tmp_path / "example")) for line in expected]
