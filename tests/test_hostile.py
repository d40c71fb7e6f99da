"""Hostile and messy input, made here: every case is either refused with one clear ``error:`` line, a non-zero
exit code and no output file at all, or accepted with nothing lost (each side's ``text`` is the file as read)
and every offset slicing back — in the JSON, the CSV tables and the HTML page.

The cases run through the command line in this process (typer's runner, so that spaCy loads once); the few
that must be seen from outside (the 50 MB file, memory, the console entry point) run as a real process.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import random
import re
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from alignment.cli import app
from alignment.config import DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_SEGMENTS
from alignment.outputs.csv_tables import restore_cell
from alignment.text.segment import MAX_PARSE_CHARS

from tests.conftest import ROOT
from tests.outputs.test_html import parse

# Two short documents of our own: the statement and an article written from it.
STATEMENT = (
    "Ministry of Transport: rail line to open in March\n\n"
    "The Ministry of Transport announced on Monday that the new rail line between Northport and Eastfield "
    "will open to passengers in March.\n\n"
    "The minister said the line “will cut journey times by half” and would carry 20,000 people a day.\n\n"
    "Construction began in 2021 and cost £2.1 billion, the ministry said.\n"
)
ARTICLE = (
    "New rail line opens in March\n\n"
    "The rail line between Northport and Eastfield will open to passengers in March, the Ministry of Transport "
    "said on Monday.\n\n"
    "The minister said the line “will cut journey times by half”.\n\n"
    "Critics said the budget had doubled since work began.\n"
)
UNRELATED = (
    "Rainfall in the northern valleys reached a record for October.\n\n"
    "Farmers reported flooded orchards, and several roads stayed closed for a week.\n"
)
SOURCE_STATUSES = {"covered", "partial", "omitted", "not_a_claim"}
DERIVATIVE_STATUSES = {"supported", "partial", "added", "not_a_claim"}

Make = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    """One input case: the two documents (bytes, or a function that makes the file), extra options, and
    whether it must be refused (with ``fragment`` in the message) or accepted."""

    name: str
    source: bytes | Make
    derivative: bytes | Make
    refuse: str = ""  # a fragment of the one-line error; empty: the case must be accepted
    args: tuple[str, ...] = ()
    encoding: str = "utf-8"  # how the test itself reads the files back
    heavy: bool = False  # large: checked through the JSON export only, and within ``seconds``
    seconds: float = 60.0  # generous on a loaded 2-core machine; each heavy case took minutes before its fix
    check: Callable[[dict[str, Any]], None] | None = None


def _u8(text: str) -> bytes:
    return text.encode("utf-8")


def _file(name: str, write: Callable[[Path], None]) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        write(path)
        return path
    return make


def _sized(name: str, size: int, line: bytes) -> Make:
    """A file of ``size`` bytes made of ``line`` repeated, written in large blocks (fast for 50 MB)."""
    def write(path: Path) -> None:
        block = line * (1_000_000 // len(line) + 1)
        with path.open("wb") as fh:
            left = size
            while left > 0:
                fh.write(block[:left])
                left -= len(block[:left])
    return _file(name, write)


def _random_bytes(n: int, seed: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


# ---------------------------------------------------------------------------------------------- case checks
def _all_exact(report: dict[str, Any]) -> None:
    for seg in report["source"]["segments"]:
        assert seg["status"] in ("covered", "not_a_claim"), seg
    for seg in report["derivative"]["segments"]:
        assert seg["status"] in ("supported", "not_a_claim"), seg
        assert not seg["unsupported_details"]
    assert all(q["status"] == "exact" for q in report["quotes"])


def _identical(report: dict[str, Any]) -> None:
    _all_exact(report)
    assert report["quotes"]


def _nothing_shared(report: dict[str, Any]) -> None:
    assert report["alignments"] == []
    assert {s["status"] for s in report["source"]["segments"]} <= {"omitted", "not_a_claim"}
    assert {s["status"] for s in report["derivative"]["segments"]} <= {"added", "not_a_claim"}


def _quote_exact(report: dict[str, Any]) -> None:
    statuses = [q["status"] for q in report["quotes"] if q["text"] == "will cut journey times by half"]
    assert statuses == ["exact"], report["quotes"]


def _has_warning(report: dict[str, Any]) -> None:
    assert report["warnings"], "unbalanced marks are reported"


def _quote_spans_paragraphs(report: dict[str, Any]) -> None:
    """One quotation over two paragraphs (the first left open, the second reopened): a quote per paragraph, each
    verified on its own, the first ending at its paragraph without a closing mark (``closed`` false, no warning), the
    second closed."""
    first, second = report["quotes"]
    assert "\n" not in first["text"] and not first["closed"], first
    assert "\n" not in second["text"] and second["closed"], second
    assert not any("no closing mark" in w for w in report["warnings"]), report["warnings"]


def _pieces_bounded(report: dict[str, Any]) -> None:
    segs = report["source"]["segments"]
    assert len(segs) > 1 and all(s["end"] - s["start"] <= MAX_PARSE_CHARS for s in segs)


# ---------------------------------------------------------------------------------------------- the corpus
_UNBALANCED = ("The minister said “the line will cut journey times by half. And ”then‘ she said «no “really» ok.\n\n"
               "“Another one that never closes\n\nCritics said ” nothing.\n")
_NESTED = ("The minister said “the line ‘will cut journey times by half’ and «more» „soon“” before leaving; "
           "'straight' and \"straight double\" quotes, don't and Eastfield’s too.\n")
_SPANS = ("The minister said: “The line will open to passengers in March.\n\n"
          "“It will cut journey times by half,” she said.\n")
_NO_PUNCT = ("the rail line between northport and eastfield will open to passengers in march the ministry of "
             "transport said on monday and the minister said the line will cut journey times by half\n") * 3
_EMOJI = ("The rail line 🚆 between Northport 🏙️ and Eastfield will open in March 👩‍👩‍👧‍👦 🇬🇧 👍🏽.\n\n"
          "The minister said the line “will cut journey times 🕐 by half” and 𝔐𝔞𝔯𝔠𝔥 is near.\n")
_COMBINING = ("The minister said the line “will cut journey times by half” in Eastfie\u0301ld and Zu\u0308rich; "
              "Ame\u0301lie and Søren agreed, and the café (cafe\u0301) reopened.\n")
_RTL = ("The minister said the line “will cut journey times by half” \u202eevil\u202c and \u2067שלום\u2069.\n\n"
        "وزارة النقل قالت إن الخط سيفتح في مارس. הקו ייפתח במרץ, אמרה השרה.\n")
_HTML = ("<!DOCTYPE html><html><head><title>Rail</title><style>p{color:red}</style></head><body>\n"
         "<h1>New rail line opens in March</h1>\n<p>The minister said the line &ldquo;will cut journey times by "
         "half&rdquo; and <b>would</b> carry 20,000 people a day.</p>\n<script>alert(1)</script>\n"
         "<p>Construction began in 2021 &amp; cost &pound;2.1 billion.</p></body></html>\n")
_MARKDOWN = ("# New rail line opens in March\n\n## Key points\n\n- Opens in **March**\n- Cuts journey times "
             "by half\n1. Northport\n2. Eastfield\n\n| Station | Opens |\n|---|---|\n| Northport | March |\n\n"
             "> The minister said the line “will cut journey times by half”.\n\n```\ncode block\n```\n\n"
             "[link](https://example.invalid) and ![image](x.png)\n")
_CONTROL = ("The minister said the line \x1b]0;PWNED\x07 “will cut journey times by half”\x1b[2J and \x08\x7f "
            "[/bold] [link=https://example.invalid]click[/link].\n\x0cPage two: construction began in 2021.\n")
_LONGER = ARTICLE + "".join(
    f"\n\nCommentator {i} said the rail line between Northport and Eastfield would change how people travel, "
    f"and that the budget of £2.1 billion was debated for years before work began in 2021." for i in range(40))
_MANY_QUOTES = "".join(f"Speaker {i} said “the line will cut journey times by half” on day {i}.\n" for i in range(100))
_FORMULAS = ("=HYPERLINK(\"http://example.invalid\",\"click\") the minister said.\n\n+1+cmd|' /C calc'!A0 the line "
             "will cut journey times by half.\n\n-2+3 construction began in 2021.\n\n@SUM(A1:A9) cost £2.1 billion.\n")

CASES: list[Case] = [
    # refused
    Case("empty file", b"", _u8(ARTICLE), refuse="empty"),
    Case("whitespace only", _u8(" \t\n\r\n \u00a0\u3000\n"), _u8(ARTICLE), refuse="empty"),
    Case("empty derivative", _u8(STATEMENT), b"\n\n", refuse="empty"),
    Case("binary: PNG header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), _u8(ARTICLE), refuse="binary"),
    Case("binary: random bytes", _random_bytes(4096, 1), _u8(ARTICLE), refuse="binary"),
    Case("binary: high bytes, no NUL", _random_bytes(4096, 2, low=0x80), _u8(ARTICLE), refuse="not valid utf-8"),
    Case("NUL byte in the middle of text", _u8(STATEMENT[:80]) + b"\x00" + _u8(STATEMENT[80:]), _u8(ARTICLE),
         refuse="NUL"),
    Case("Latin-1 without --encoding", STATEMENT.replace("“", '"').replace("”", '"').encode("latin-1"),
         _u8(ARTICLE), refuse="--encoding"),
    Case("Windows-1252 without --encoding", _u8(STATEMENT), ARTICLE.encode("cp1252"), refuse="--encoding"),
    Case("UTF-16 LE with BOM, no --encoding", STATEMENT.encode("utf-16"), _u8(ARTICLE), refuse="utf-16"),
    Case("UTF-16 BE with BOM, no --encoding", codecs.BOM_UTF16_BE + STATEMENT.encode("utf-16-be"), _u8(ARTICLE),
         refuse="utf-16"),
    Case("UTF-32 with BOM, no --encoding", STATEMENT.encode("utf-32"), _u8(ARTICLE), refuse="utf-32"),
    Case("unknown --encoding", _u8(STATEMENT), _u8(ARTICLE), refuse="unknown encoding",
         args=("--encoding", "no-such-codec")),
    Case("--encoding that is not a text encoding", _u8(STATEMENT), _u8(ARTICLE), refuse="not a text encoding",
         args=("--encoding", "rot13")),
    Case("UTF-7 decoding to a lone surrogate", b"The minister +2D0- said so.", b"The minister said so.",
         refuse="surrogate", args=("--encoding", "utf-7")),
    Case("missing file", lambda d: d / "missing.txt", _u8(ARTICLE), refuse="no such file"),
    Case("a directory", lambda d: d, _u8(ARTICLE), refuse="directory"),
    Case("a single 5 MB line", _sized("line.txt", 5_000_000, b"The rail line will open in March. "), _u8(ARTICLE),
         refuse="--max-document-bytes"),
    Case("a 50 MB document", _sized("big.txt", 50_000_000, b"The rail line will open in March.\n\n"),
         _u8(ARTICLE), refuse="--max-document-bytes"),
    Case("an endless device (/dev/zero)", lambda d: Path("/dev/zero"), _u8(ARTICLE), refuse="not a regular file"),
    Case(f"more than {DEFAULT_MAX_SEGMENTS:,} segments",
         _u8("".join(f"Line {i} of the statement.\n\n" for i in range(DEFAULT_MAX_SEGMENTS + 10))), _u8(ARTICLE),
         refuse="--max-segments"),
    Case("segments over a lowered --max-segments", _u8(STATEMENT), _u8(_LONGER), refuse="--max-segments",
         args=("--max-segments", "20")),
    Case("pre-segmented lines over --max-segments", _u8(STATEMENT), _u8(ARTICLE), refuse="--max-segments",
         args=("--max-segments", "3", "--source-segmentation", "lines")),
    Case("quotations over --max-segments", _u8(STATEMENT), _u8(" ".join(f"‘word{i}’" for i in range(60)) + "\n"),
         refuse="quotations", args=("--max-segments", "50")),
    # accepted
    Case("Latin-1 with --encoding latin-1", STATEMENT.replace("“", '"').replace("”", '"').encode("latin-1"),
         ARTICLE.replace("“", '"').replace("”", '"').encode("latin-1"), args=("--encoding", "latin-1"),
         encoding="latin-1"),
    Case("Windows-1252 with --encoding cp1252", STATEMENT.encode("cp1252"), ARTICLE.encode("cp1252"),
         args=("--encoding", "cp1252"), encoding="cp1252", check=_quote_exact),
    Case("UTF-16 with BOM and --encoding utf-16", STATEMENT.encode("utf-16"), ARTICLE.encode("utf-16"),
         args=("--encoding", "utf-16"), encoding="utf-16", check=_quote_exact),
    Case("UTF-8 with BOM", codecs.BOM_UTF8 + _u8(STATEMENT), codecs.BOM_UTF8 + _u8(ARTICLE), check=_quote_exact),
    Case("CRLF line endings", _u8(STATEMENT.replace("\n", "\r\n")), _u8(ARTICLE.replace("\n", "\r\n")),
         check=_quote_exact),
    Case("lone CR line endings", _u8(STATEMENT.replace("\n", "\r")), _u8(ARTICLE.replace("\n", "\r")),
         check=_quote_exact),
    Case("mixed line endings (CRLF, CR, LF, U+2028, NEL, form feed)",
         _u8(STATEMENT.replace("\n\n", "\r\n\r", 1).replace("\n\n", "\u2028\u2028", 1).replace("\n\n", "\x85\x0c", 1)),
         _u8(ARTICLE.replace("\n\n", "\r\r", 1)), check=_quote_exact),
    Case("unbalanced quotation marks", _u8(STATEMENT), _u8(_UNBALANCED), check=_has_warning),
    Case("nested and mixed quotation marks", _u8(STATEMENT), _u8(_NESTED)),
    Case("a quote that spans paragraphs", _u8(STATEMENT), _u8(_SPANS), check=_quote_spans_paragraphs),
    Case("no sentence punctuation at all", _u8(STATEMENT), _u8(_NO_PUNCT)),
    Case("emoji, ZWJ sequences, flags, astral letters", _u8(STATEMENT), _u8(_EMOJI)),
    Case("combining accents (decomposed)", _u8(STATEMENT), _u8(_COMBINING), check=_quote_exact),
    Case("right-to-left text and bidi controls", _u8(STATEMENT), _u8(_RTL), check=_quote_exact),
    Case("HTML input", _u8(STATEMENT), _u8(_HTML)),
    Case("Markdown input", _u8(STATEMENT), _u8(_MARKDOWN)),
    Case("terminal escapes and rich markup in the text", _u8(STATEMENT), _u8(_CONTROL)),
    Case("cells that look like spreadsheet formulas", _u8(_FORMULAS), _u8(_FORMULAS), check=_all_exact),
    Case("zero-width characters only", _u8("\u200b\u200c\u200d\u2060\ufeff"), _u8(ARTICLE)),
    Case("identical documents", _u8(STATEMENT), _u8(STATEMENT), check=_identical),
    Case("completely unrelated documents", _u8(STATEMENT), _u8(UNRELATED), check=_nothing_shared),
    Case("a derivative longer than its source", _u8(STATEMENT), _u8(_LONGER)),
    Case("100 quotes in the derivative", _u8(STATEMENT), _u8(_MANY_QUOTES)),
    Case("a 60,000-character line (parsed in pieces)",
         _u8("The rail line will open in March and the minister met the press today. " * 820), _u8(ARTICLE),
         heavy=True, check=_pieces_bounded),
    Case("a 20,000-character run without spaces", _u8("1" + "(" * 20_000 + "x\n"), _u8(ARTICLE), heavy=True),
    Case("500 one-word quotes of a word the source repeats 1,000 times", _u8("The budget grew. " * 1000),
         _u8(" ".join("‘budget’" for _ in range(500)) + "\n"), heavy=True),
    Case("a 100,000-character run of quotation marks", _u8(STATEMENT), _u8("“" * 100_000 + "\n"), heavy=True),
    Case("a 100,000-character run of apostrophes", _u8(STATEMENT), _u8("'" * 100_000 + "\n"), heavy=True),
    Case("a 100,000-character word", _u8("a" * 100_000 + "\n"), _u8(ARTICLE), heavy=True),
]


# ---------------------------------------------------------------------------------------------- running them
_runner = CliRunner()


def invoke(*args: object):
    """Run the command line in this process; a Python exception escaping it fails the test with its traceback."""
    result = _runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(*result.exc_info))
        pytest.fail(f"the command raised instead of reporting an error:\n{trace}")
    return result


def _materialise(case: Case, folder: Path) -> tuple[Path, Path]:
    paths = []
    for side, content in (("source", case.source), ("derivative", case.derivative)):
        if callable(content):
            paths.append(content(folder))
        else:
            path = folder / f"{side}.txt"
            path.write_bytes(content)
            paths.append(path)
    return paths[0], paths[1]


def _as_read(path: Path, encoding: str) -> str:
    """The text the tool must report for ``path``: the file decoded, one leading byte-order mark removed."""
    text = path.read_bytes().decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text


def _slices(text: str, start: int, end: int, expected: str) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    assert text[start:end] == expected, (start, end, text[start:end], expected)


def check_report(data: dict[str, Any], texts: tuple[str, str]) -> None:
    """Nothing lost, every offset slices back, one status per segment, every reference resolves."""
    sides = {"source": (data["source"], SOURCE_STATUSES), "derivative": (data["derivative"], DERIVATIVE_STATUSES)}
    ids: dict[str, set[str]] = {}
    for (name, (side, allowed)), text in zip(sides.items(), texts, strict=True):
        assert side["text"] == text and side["length"] == len(text)
        seen, last_end = set(), 0
        for seg in side["segments"]:
            _slices(text, seg["start"], seg["end"], seg["text"])
            assert seg["start"] >= last_end, "segments do not overlap"
            last_end = seg["end"]
            assert seg["status"] in allowed and seg["id"] not in seen
            seen.add(seg["id"])
            for d in seg.get("unsupported_details", []):
                _slices(text, d["start"], d["end"], d["text"])
        ids[name] = seen
    for name, other in (("source", "derivative"), ("derivative", "source")):
        for seg in data[name]["segments"]:
            assert set(seg["aligned_to"]) <= ids[other]
    for a in data["alignments"]:
        assert a["source_id"] in ids["source"] and a["derivative_id"] in ids["derivative"]
    source, derivative = texts
    for q in data["quotes"]:
        _slices(derivative, q["start"], q["end"], q["text"])
        assert q["mark_start"] <= q["start"] <= q["end"] <= q["mark_end"] <= len(derivative)
        if q["source_start"] >= 0:
            _slices(source, q["source_start"], q["source_end"], q["source_text"])
        for d in q["differences"]:
            if d.get("quote_start", -1) >= 0 and d.get("quote_text"):
                _slices(derivative, d["quote_start"], d["quote_end"], d["quote_text"])
            if d.get("source_start", -1) >= 0 and d.get("source_text"):
                _slices(source, d["source_start"], d["source_end"], d["source_text"])


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def check_csv(folder: Path, texts: tuple[str, str]) -> None:
    """Every cell restored (export.restore_cell) gives back the texts; no cell starts a formula."""
    by_side = dict(zip(("source", "derivative"), texts, strict=True))
    tables = {}
    for name in ("segments.csv", "alignments.csv", "quotes.csv"):
        with (folder / name).open(encoding="utf-8", newline="") as fh:
            raw = list(csv.reader(fh))
        for row in raw:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or _NUMBER.fullmatch(cell), cell
        header, *rows = raw
        tables[name] = [dict(zip(header, map(restore_cell, row), strict=True)) for row in rows]
    for row in tables["segments.csv"]:
        _slices(by_side[row["side"]], int(row["start"]), int(row["end"]), row["text"])
    for q in tables["quotes.csv"]:
        _slices(texts[1], int(q["start"]), int(q["end"]), q["text"])
        if int(q["source_start"]) >= 0:
            _slices(texts[0], int(q["source_start"]), int(q["source_end"]), q["source_text"])


def check_html(page: str, texts: tuple[str, str]) -> None:
    doc = parse(page)
    assert doc.columns == list(texts), "both columns show their documents, character for character"
    names = [t for t, _ in doc.tags]
    assert names.count("script") == 1 and names.count("style") == 1
    assert not {"img", "iframe", "object", "embed", "link", "form", "base"} & set(names)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    source, derivative = _materialise(case, inputs)
    out = tmp_path / "out"
    out.mkdir()  # compare refuses a missing output folder before reading anything
    formats = (("json", out / "report.json"),) if case.heavy else (
        ("json", out / "report.json"), ("csv", out / "csv"), ("html", out / "report.html"))
    for fmt, target in formats:
        started = time.monotonic()
        result = invoke("compare", source, derivative, "--format", fmt, "--output", target, "--quiet", *case.args)
        assert not case.heavy or time.monotonic() - started < case.seconds
        if case.refuse:
            assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
            lines = result.stderr.splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
            assert case.refuse.lower() in lines[0].lower(), lines[0]
            assert result.stdout == ""
            assert not any(out.iterdir()), "no output file, not even a temporary one"
            continue
        assert result.exit_code == 0, result.stderr
    if case.refuse:
        return
    texts = (_as_read(source, case.encoding), _as_read(derivative, case.encoding))
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    check_report(data, texts)
    if case.check:
        case.check(data)
    if not case.heavy:
        check_csv(out / "csv", texts)
        check_html((out / "report.html").read_bytes().decode("utf-8"), texts)  # CR kept: no newline translation
    # nothing else was written beside the outputs (no temporary file left behind)
    assert sorted(p.name for p in out.iterdir()) == sorted(t.name for _, t in formats)


def test_corpus_covers_both_outcomes():
    refused = [c for c in CASES if c.refuse]
    accepted = [c for c in CASES if not c.refuse]
    assert len(refused) >= 20 and len(accepted) >= 25
    assert len({c.name for c in CASES}) == len(CASES)


# ---------------------------------------------------------------------------------------------- determinism
@pytest.mark.parametrize("name", ["emoji, ZWJ sequences, flags, astral letters", "right-to-left text and bidi controls",
                                  "mixed line endings (CRLF, CR, LF, U+2028, NEL, form feed)",
                                  "cells that look like spreadsheet formulas"])
def test_hostile_exports_are_byte_identical_across_runs(name: str, tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == name)
    source, derivative = _materialise(case, tmp_path)
    outputs = []
    for run in ("a", "b"):
        files = {}
        (tmp_path / run).mkdir()
        for fmt, target in (("json", tmp_path / run / "r.json"), ("csv", tmp_path / run / "csv"),
                            ("html", tmp_path / run / "r.html")):
            assert invoke("compare", source, derivative, "-f", fmt, "-o", target, "-q").exit_code == 0
            for p in sorted([target] if target.is_file() else target.iterdir()):
                files[p.name] = p.read_bytes()
        outputs.append(files)
    assert outputs[0] == outputs[1]


# ---------------------------------------------------------------------------------------------- outputs
def test_terminal_summary_shows_escapes_not_control_codes(tmp_path: Path) -> None:
    """A document (or a file name) holding terminal escapes or rich markup is shown as text, in the plain summary
    and in the rich one; its omitted sentences are listed, so its text is on screen."""
    source, derivative = tmp_path / "s\x1b[31m.txt", tmp_path / "d.txt"
    source.write_text(_CONTROL, encoding="utf-8")
    derivative.write_text(UNRELATED, encoding="utf-8")
    plain = invoke("compare", source, derivative)
    assert plain.exit_code == 0
    assert "\x1b" not in plain.stdout and "\x07" not in plain.stdout
    assert "\\x1b]0;PWNED\\x07" in plain.stdout and "s\\x1b[31m.txt" in plain.stdout

    from io import StringIO

    from rich.console import Console

    from alignment import compare_files
    from alignment.outputs.terminal import summary_rich

    report = compare_files(source, derivative)
    buffer = StringIO()
    Console(file=buffer, force_terminal=True, width=300, color_system="truecolor").print(summary_rich(report))
    shown = buffer.getvalue()
    assert "[/bold]" in shown and "[link=https://example.invalid]" in shown  # text, never parsed as markup
    assert "\\x1b]0;PWNED" in shown
    assert "\x1b]" not in shown and "\x1b[2J" not in shown and "\x07" not in shown  # no title, clear, bell, link


def test_error_lines_show_escapes_not_control_codes(tmp_path: Path) -> None:
    evil = tmp_path / "missing\x1b]0;PWNED\x07.txt"
    result = invoke("compare", evil, tmp_path)
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\\x1b]0;PWNED" in result.stderr


def test_csv_safety_can_be_turned_off(tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    source.write_text(_FORMULAS, encoding="utf-8")
    for flag, folder in (("--csv-safe", tmp_path / "safe"), ("--no-csv-safe", tmp_path / "raw")):
        assert invoke("compare", source, source, "-f", "csv", "-o", folder, "-q", flag).exit_code == 0
    raw_rows = list(csv.DictReader((tmp_path / "raw" / "segments.csv").open(encoding="utf-8", newline="")))
    safe_rows = list(csv.DictReader((tmp_path / "safe" / "segments.csv").open(encoding="utf-8", newline="")))
    assert any(r["text"].startswith("=HYPERLINK") for r in raw_rows)
    assert not any(r["text"].startswith(("=", "+", "@")) for r in safe_rows)
    assert [{k: restore_cell(v) for k, v in r.items()} for r in safe_rows] == raw_rows
    # the default is safe
    assert invoke("compare", source, source, "-f", "csv", "-o", tmp_path / "default", "-q").exit_code == 0
    assert (tmp_path / "default" / "segments.csv").read_bytes() == (tmp_path / "safe" / "segments.csv").read_bytes()


def test_outputs_never_replace_an_input_reached_by_a_link(tmp_path: Path) -> None:
    source, derivative = tmp_path / "s.txt", tmp_path / "d.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    derivative.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "hard.json").hardlink_to(source)
    (tmp_path / "soft.json").symlink_to(derivative)
    for target in ("hard.json", "soft.json"):
        result = invoke("compare", source, derivative, "-f", "json", "-o", tmp_path / target)
        assert result.exit_code == 4 and "input" in result.stderr
    csv_folder = tmp_path / "tables"
    csv_folder.mkdir()
    (csv_folder / "segments.csv").hardlink_to(source)
    assert invoke("compare", source, derivative, "-f", "csv", "-o", csv_folder).exit_code == 4
    assert not (csv_folder / "quotes.csv").exists()  # all or nothing
    assert source.read_text(encoding="utf-8") == STATEMENT and derivative.read_text(encoding="utf-8") == ARTICLE


# ---------------------------------------------------------------------------------------------- size and memory
_PEAK = """
import resource, subprocess, sys, time
start = time.monotonic()
res = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(res.returncode, round(time.monotonic() - start, 2), peak_mb)
print(res.stderr.strip())
"""


def _peak(*args: object) -> tuple[int, float, int, str]:
    """Run the installed command line in a fresh process: exit code, seconds, its peak memory (MB), stderr."""
    env = {k: v for k, v in os.environ.items() if k != "ALIGNMENT_DEBUG"}
    res = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, str(ROOT / "cli.py"), *map(str, args)],
                         capture_output=True, text=True, env=env, timeout=600)
    head, _, stderr = res.stdout.partition("\n")
    code, seconds, mb = head.split()
    return int(code), float(seconds), int(mb), stderr.strip()


def test_a_50_mb_document_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = _sized("big.txt", 50_000_000, b"The rail line will open in March.\n\n")(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, mb, stderr = _peak("compare", big, article, "-f", "json", "-o", tmp_path / "out.json")
    assert code == 2 and "--max-document-bytes" in stderr and f"{DEFAULT_MAX_DOCUMENT_BYTES:,}" in stderr, stderr
    assert stderr.count("\n") == 0 and "Traceback" not in stderr
    assert mb < 250, f"{mb} MB: the file was read"  # the interpreter and its imports; not 50 MB more
    assert not (tmp_path / "out.json").exists()


def test_a_5_mb_line_with_the_limit_raised_stops_at_the_segment_limit(tmp_path: Path) -> None:
    """With --max-document-bytes raised, a 5 MB line is parsed in pieces, lazily, and refused once it passes
    the segment limit: seconds and a few hundred MB, not the whole line parsed at once (which spaCy refuses
    over 1,000,000 characters, and which took 2 GB at 2 MB)."""
    line = _sized("line.txt", 5_000_000, b"The rail line will open in March and the minister met the press. ")(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, mb, stderr = _peak("compare", line, article, "--max-document-bytes", "6000000",
                                "--max-segments", "300", "-q")
    assert code == 2 and "more than 300 segments" in stderr and "--max-segments" in stderr, stderr
    assert mb < 700, f"peak {mb} MB"


def test_read_bytes_reads_no_more_than_the_limit(tmp_path: Path) -> None:
    import tracemalloc

    from alignment.errors import InputError
    from alignment.text.reading import read_bytes

    sparse = tmp_path / "sparse.bin"
    with sparse.open("wb") as fh:
        fh.truncate(50_000_000)  # 50 MB on paper, nothing on disk
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="over the limit of 2,000,000 bytes"):
            read_bytes(sparse)
        with pytest.raises(InputError, match="not a regular file"):
            read_bytes("/dev/zero", max_bytes=1000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000, peak
    assert read_bytes(sparse, max_bytes=None)[:4] == b"\x00" * 4  # no limit: read as asked


def test_parse_pieces_stay_under_spacy_limit(nlp) -> None:
    from alignment.text.segment import MAX_RUN_CHARS, _breakable, _pieces

    assert MAX_PARSE_CHARS < nlp.max_length
    text = ("x" * 30_000 + " ") * 3 + "End. " * 10_000
    pieces = _pieces(text, 0, len(text))
    assert all(e - s <= MAX_PARSE_CHARS for s, e in pieces)
    covered = [c for s, e in pieces for c in range(s, e)]
    assert covered == sorted(covered) and len(set(covered)) == len(covered)
    assert all(text[i].isspace() for i in set(range(len(text))) - set(covered))  # only whitespace is left out
    broken = _breakable("a" + "(" * 1000 + "b")
    assert len(broken) == 1002 and max(len(w) for w in broken.split()) <= MAX_RUN_CHARS


def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path) -> None:
    """Opening a FIFO for reading blocks until a writer comes: it is refused before (and without) blocking, in
    compare and in a batch alike (both read through read_bytes)."""
    import os
    import threading

    from alignment.errors import InputError
    from alignment.text.reading import read_bytes

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []
    worker = threading.Thread(target=lambda: outcome.append(_catch(read_bytes, fifo)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "read_bytes blocked on a FIFO"
    assert isinstance(outcome[0], InputError) and "not a regular file" in str(outcome[0])


def _catch(fn, *args):
    try:
        return fn(*args)
    except BaseException as exc:  # handed to the test thread
        return exc
