"""Fuzzing the reader and the segmenter for a bounded time, with Hypothesis as the fuzzing engine.

Each target is an ordinary Hypothesis test (so a failure found while fuzzing is saved to the example database
and replayed, shrunk, by the next ordinary run); ``_fuzz`` drives it through ``fuzz_one_input`` with buffers
that are either fresh random bytes or mutations of buffers that made valid inputs before (bytes flipped,
cut, repeated or spliced), until its time is up. ``PRESSALIGN_FUZZ_SECONDS`` (default 8 per target) sets the
time; each run prints how many inputs it tried.

The targets check what must hold for any input: the reader returns text or raises ``InputError`` with one
line, and never anything else; blocks, segments and quotes are inside the text, in order, and slice back.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import random
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alignment.config import Config
from alignment.engine.quotes import extract_quotes
from alignment.errors import InputError
from alignment.outputs.csv_tables import csv_text, neutralise_cell, restore_cell
from alignment.text.blocks import find_blocks
from alignment.text.reading import decode
from alignment.text.segment import segment, segment_lines

SECONDS = float(os.environ.get("PRESSALIGN_FUZZ_SECONDS", "8"))
FUZZ = settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))

# ---------------------------------------------------------------------------------------------- inputs
#: pieces of text that exercise the segmenter's rules: marks of every family, line ends of every kind, list and
#: table syntax, boilerplate, abbreviations, and the characters that are more than one code point wide
TOKENS = [
    "“", "”", '"', "„", "‟", "«", "»", "‘", "’", "'", "‚", "‹", "›", "…", "...", "—", "–", "-", "--",
    "\n", "\n\n", "\r\n", "\r", "\u2028", "\x85", "\x0c", "\t", " ", "  ", "\u00a0",
    "- ", "* ", "1. ", "(a) ", "# ", "### ", "| ", " |", "---|---|", "|", "Begin text:", "End text.",
    "Sources: Agency", "press@example.invalid", "+44 20 7946 0000", "https://example.invalid/x",
    "U.S.", "Dr.", "Sept. 10", "No. 5", "e.g.", "2.5%", "£2.1bn", "1,000", "the", "said", "minister",
    "Ukraine’s", "don't", "’90s", "rock ’n’ roll", "the hostages’ release", "[sic]", "(",
    ")", ";", ":", ",", ".", "?", "!", "e\u0301", "👩‍👩‍👧", "🇬🇧", "\u202e", "\u2067", "שלום", "مرحبا",
    "<script>", "&amp;", "**bold**", "`code`", "\ufeff", "\u200b", "\x1b[31m", "[/bold]",
]
texts = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=60).map("".join)
ENCODINGS = [None, "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-32", "utf-7", "ascii",
             "mac-roman", "shift_jis", "rot13", "hex", "no-such-codec"]
raw = st.one_of(
    st.binary(max_size=512),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]),
              st.binary(max_size=64)).map(lambda p: p[0] + p[1]),
)


# ---------------------------------------------------------------------------------------------- targets
@FUZZ
@given(raw, st.sampled_from(ENCODINGS))
def reader_target(data: bytes, encoding: str | None) -> None:
    try:
        text = decode(data, "fuzz.txt", encoding)
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message, message
        return
    assert isinstance(text, str) and text.strip() and "\x00" not in text
    text.encode("utf-8")  # no lone surrogate: every export can write it
    if encoding in (None, "utf-8"):  # exactly the text, one leading byte-order mark removed
        expected = data.decode("utf-8")
        assert text == (expected[1:] if expected.startswith("\ufeff") else expected)


@FUZZ
@given(texts)
def segmenter_target(text: str) -> None:
    _check_segmentation(text, _NLP[0])


@FUZZ
@given(st.text(max_size=40))
def csv_cell_target(cell: str) -> None:
    safe = neutralise_cell(cell)
    assert restore_cell(safe) == cell
    assert safe == cell or safe == "'" + cell
    if safe.startswith(("=", "+", "-", "@", "\t", "\r")):
        float(safe)  # only a plain number is left as it is
    # a whole table round-trips through a CSV reader: line breaks, lone carriage returns, quotes and commas
    for flag in (True, False):
        text = csv_text(["a", "b"], [[cell, "x"], ["y", cell]], safe=flag)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        back = [[restore_cell(c) for c in r] for r in rows] if flag else rows
        assert back == [["a", "b"], [cell, "x"], ["y", cell]], text


_NLP: list = []


def _check_segmentation(text: str, nlp) -> None:
    n = len(text)
    last = 0
    for b in find_blocks(text):
        assert last <= b.start < b.end <= n and text[b.start:b.end].strip() == text[b.start:b.end], b
        last = b.end
    for analyzed in (segment(text, nlp, Config(), "S"), segment_lines(text, None, "L")):
        last, ids = 0, set()
        for seg, tagged in zip(analyzed.segments, analyzed.words, strict=True):
            assert last <= seg.start < seg.end <= n and text[seg.start:seg.end] == seg.text, seg
            assert seg.id not in ids
            ids.add(seg.id)
            last = seg.end
            for t in tagged:
                assert seg.start <= t.word.start < t.word.end <= seg.end
                assert text[t.word.start:t.word.end] == t.word.text
        assert len(analyzed.words) == len(analyzed.segments)
        spans, warnings = extract_quotes(text, analyzed.blocks)
        assert all("\n" not in w for w in warnings)
        for q in spans:
            assert 0 <= q.mark_start <= q.start < q.end <= q.mark_end <= n and text[q.start:q.end] == q.text, q


# ---------------------------------------------------------------------------------------------- the fuzzer
def _mutate(rng: random.Random, corpus: list[bytes]) -> bytes:
    """A fresh random buffer, or one of the corpus's buffers with bytes flipped, cut, repeated or spliced."""
    if not corpus or rng.random() < 0.3:
        return rng.randbytes(rng.choice((8, 32, 128, 512, 2048)))
    data = bytearray(rng.choice(corpus))
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(4)
        i = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(i, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            del data[i:i + rng.randint(1, 16)]
        elif op == 2:
            data[i:i] = data[i:i + rng.randint(1, 32)] * rng.randint(1, 8)
        else:
            other = rng.choice(corpus)
            j = rng.randrange(len(other) + 1)
            data[i:] = other[j:]
    return bytes(data[:4096])


def _fuzz(target: Callable, seconds: float, seed: int) -> tuple[int, int]:
    """Run ``target`` on fuzzed buffers for ``seconds``: (inputs tried, inputs that were valid examples)."""
    rng = random.Random(seed)
    corpus: list[bytes] = []
    tried = valid = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        buffer = _mutate(rng, corpus)
        kept = target.hypothesis.fuzz_one_input(buffer)  # a failure raises, with the input saved to replay
        tried += 1
        if kept is not None:
            valid += 1
            if len(corpus) < 512:
                corpus.append(kept)
            else:
                corpus[rng.randrange(len(corpus))] = kept
    return tried, valid


@pytest.mark.parametrize("name", ["reader", "segmenter", "csv cells"])
def test_fuzz(name: str, nlp, capsys) -> None:
    _NLP[:] = [nlp]
    target = {"reader": reader_target, "segmenter": segmenter_target, "csv cells": csv_cell_target}[name]
    seconds = SECONDS if name != "csv cells" else min(SECONDS, 2.0)
    seed = int(os.environ.get("PRESSALIGN_FUZZ_SEED", "20261123"))
    started = time.monotonic()
    tried, valid = _fuzz(target, seconds, seed)
    with capsys.disabled():
        print(f"\nfuzz {name}: {tried} inputs ({valid} valid examples) in {time.monotonic() - started:.1f} s, "
              "no failure")
    assert valid > 0


@pytest.mark.parametrize("cell", ["a\rb", "\r", "x\r\ny", "line\nbreak", '"q"', "a,b", "=1+1", "-0.5", "\r=cmd", ""])
def test_csv_tables_round_trip_awkward_cells(cell: str) -> None:
    """csv.writer leaves a lone carriage return unquoted; csv_text must not (readers end the record there)."""
    for flag in (True, False):
        text = csv_text(["a", "b"], [[cell, "x"], ["y", cell]], safe=flag)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        back = [[restore_cell(c) for c in r] for r in rows] if flag else rows
        assert back == [["a", "b"], [cell, "x"], ["y", cell]], text
