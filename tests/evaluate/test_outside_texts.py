"""benchmarks/outside_texts.py: the recipe that rebuilds an outside split's text from a raw capture of the search
tool, and the capture's reading (a search answer picked by address, or read_file pages concatenated)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import benchmark_module

outside = benchmark_module("outside_texts")


@given(st.text(max_size=60), st.text(max_size=60))
def test_ops_rebuild_the_text(raw: str, text: str) -> None:
    assert outside.apply_ops(raw, outside.diff_ops(raw, text)) == text


def test_ops_keep_only_what_the_edit_inserts() -> None:
    raw = "Stored page\nFirst paragraph of the story.\nSecond paragraph."
    text = "A headline made from the address\n\nFirst paragraph of the story.\n\nSecond paragraph."
    ops = outside.diff_ops(raw, text)
    assert outside.apply_ops(raw, ops) == text
    assert "First paragraph" not in "".join(op[2] for op in ops)


def test_capture_text_picks_the_result_at_the_address(tmp_path: Path) -> None:
    raw = tmp_path / "derivative.raw.json"
    raw.write_text(json.dumps({"results": [{"url": "https://a.example/1", "excerpt": "other"},
                                           {"url": "https://b.example/2", "excerpt": "wanted"}]}), encoding="utf-8")
    assert outside.capture_text(raw, {"url": "https://b.example/2"}) == "wanted"
    assert outside.capture_text(raw, {"url": "https://c.example", "original_url": "https://a.example/1"}) == "other"
    assert outside.capture_text(raw, {"url": "https://c.example", "stored_url": "https://b.example/2"}) == "wanted"
    with pytest.raises(SystemExit, match="no search result"):
        outside.capture_text(raw, {"url": "https://c.example"})


def test_capture_text_joins_read_file_pages(tmp_path: Path) -> None:
    raw = tmp_path / "source.raw.json"
    raw.write_text(json.dumps([{"text": "first half, "}, {"text": "second half"}]), encoding="utf-8")
    assert outside.capture_text(raw, {}) == "first half, second half"
