"""benchmarks/outside_texts.py: the recipe that rebuilds an outside split's text from a raw capture of the search
tool, and the capture's reading (a search answer picked by address, or read_file pages concatenated)."""

from __future__ import annotations

import hashlib
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


def test_capture_text_takes_a_page_stored_under_the_other_scheme(tmp_path: Path) -> None:
    raw = tmp_path / "source.raw.json"
    raw.write_text(json.dumps({"results": [{"url": "http://a.example/news/1", "excerpt": "wanted"}]}), encoding="utf-8")
    assert outside.capture_text(raw, {"url": "https://a.example/news/1"}) == "wanted"
    with pytest.raises(SystemExit, match="no search result"):
        outside.capture_text(raw, {"url": "https://a.example/news/2"})


def test_capture_text_takes_a_page_stored_with_feed_tracking_parameters(tmp_path: Path) -> None:
    raw = tmp_path / "derivative.raw.json"
    raw.write_text(json.dumps({"results": [
        {"url": "https://a.example/news/1?utm_source=feed&utm_medium=rss", "excerpt": "wanted"},
        {"url": "https://a.example/?p=7&utm_source=feed", "excerpt": "a page named by its query"}]}), encoding="utf-8")
    assert outside.capture_text(raw, {"url": "https://a.example/news/1"}) == "wanted"
    assert outside.capture_text(raw, {"url": "https://a.example/?p=7"}) == "a page named by its query"
    with pytest.raises(SystemExit, match="no search result"):
        outside.capture_text(raw, {"url": "https://a.example/?p=8"})


def test_capture_text_takes_the_copy_its_recipe_was_made_on(tmp_path: Path) -> None:
    raw = tmp_path / "derivative.raw.json"
    raw.write_text(json.dumps({"results": [{"url": "https://a.example/1", "excerpt": "first stored copy"},
                                           {"url": "https://a.example/1", "excerpt": "second stored copy"}]}),
                   encoding="utf-8")
    second = hashlib.sha256(b"second stored copy").hexdigest()
    assert outside.capture_text(raw, {"url": "https://a.example/1"}) == "first stored copy"
    assert outside.capture_text(raw, {"url": "https://a.example/1",
                                      "recipe": {"capture_sha256": second}}) == "second stored copy"


def test_capture_text_takes_the_address_in_another_scheme_or_with_a_query(tmp_path: Path) -> None:
    raw = tmp_path / "derivative.raw.json"
    raw.write_text(json.dumps({"results": [
        {"url": "http://a.example/1.txt", "excerpt": "http form"},
        {"url": "https://b.example/2?utm_source=feed", "excerpt": "feed form"},
        {"url": "https://c.example/3?utm_source=feed", "excerpt": "feed form only"},
        {"url": "https://b.example/2", "excerpt": "exact"}]}), encoding="utf-8")
    assert outside.capture_text(raw, {"url": "https://a.example/1.txt"}) == "http form"
    assert outside.capture_text(raw, {"url": "https://b.example/2"}) == "exact"
    assert outside.capture_text(raw, {"url": "https://c.example/3"}) == "feed form only"
    with pytest.raises(SystemExit, match="no search result"):
        outside.capture_text(raw, {"url": "https://a.example/other"})


def test_capture_text_joins_read_file_pages(tmp_path: Path) -> None:
    raw = tmp_path / "source.raw.json"
    raw.write_text(json.dumps([{"text": "first half, "}, {"text": "second half"}]), encoding="utf-8")
    assert outside.capture_text(raw, {}) == "first half, second half"
