"""``batch --html``: each pair's HTML report and the batch's ``index.html`` (alignment/outputs/html_index.py,
alignment/batch/index_page.py): escaping of hostile ids and file names, links, resume, refusal to overwrite an
input, and the page in Chromium (sorting by a header, following a link to a pair's report)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from alignment.batch import run_batch
from alignment.errors import OutputError
from alignment.outputs.html import report_html
from alignment.outputs.html_index import index_html, report_link
from alignment.report import Report

from tests import browser as b
from tests.conftest import DERIVATIVE, SOURCE
from tests.outputs.test_html import parse

HOSTILE_FILE = '<img src=x onerror="window.__pwned=1">, "quoted" & <svg onload="window.__pwned=3">.txt'
HOSTILE_ID = '"><script>window.__pwned=2</script>'


def _manifest(folder: Path) -> Path:
    docs = folder / "docs"
    docs.mkdir(parents=True)
    (docs / "statement.txt").write_bytes(SOURCE.read_bytes())
    (docs / "article.txt").write_bytes(DERIVATIVE.read_bytes())
    (docs / HOSTILE_FILE).write_bytes(DERIVATIVE.read_bytes())
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["source", "derivative", "pair_id"])
        writer.writerows([
            ("docs/statement.txt", "docs/article.txt", "a"),
            ("docs/statement.txt", "docs/missing.txt", "missing"),
            ("docs/article.txt", "docs/statement.txt", "b"),
            ("docs/statement.txt", f"docs/{HOSTILE_FILE}", "hostile"),
        ])
    return manifest


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("index")
    out = folder / "out"
    result = run_batch(_manifest(folder), out, workers=1, html=True)
    assert result.failed == 1 and out / "index.html" in result.files
    return out


# ---------------------------------------------------------------------------------------------- the files
def test_each_pair_gets_its_report_page_and_the_index_links_them(batch_dir):
    for pair in ("a", "b", "hostile"):
        folder = batch_dir / "pairs" / pair
        report = Report.from_dict(json.loads((folder / "report.json").read_text(encoding="utf-8")))
        assert (folder / "report.html").read_text(encoding="utf-8") == report_html(report)
    assert not (batch_dir / "pairs" / "missing" / "report.html").exists()
    page = (batch_dir / "index.html").read_text(encoding="utf-8")
    doc = parse(page)
    hrefs = [a["href"] for t, a in doc.tags if t == "a"]
    assert hrefs == ["pairs/a/report.html", "pairs/b/report.html", "pairs/hostile/report.html"]
    assert all((batch_dir / h).is_file() for h in hrefs)
    rows = list(csv.DictReader((batch_dir / "summary.csv").open(encoding="utf-8")))
    a = next(r for r in rows if r["pair_id"] == "a")
    assert f'data-sort="{float(a["source_coverage"]):.6f}">{100 * float(a["source_coverage"]):.0f}%<' in page
    assert "no such file" in page  # the failed pair's error, in its row
    assert "not in the statement" in page  # the verdicts' words, from the one table


def test_hostile_file_names_are_text_in_the_index(batch_dir):
    page = (batch_dir / "index.html").read_text(encoding="utf-8")
    doc = parse(page)
    assert "<img" not in page and "&lt;img src=x onerror=" in page
    for tag, attrs in doc.tags:
        assert tag not in {"img", "iframe", "object", "embed", "link", "form", "base", "input"}, tag
        for name in attrs:
            assert not name.startswith("on") and name not in {"src", "style", "srcset", "action"}, (tag, name)
    assert [t for t, _ in doc.tags].count("script") == 1 and [t for t, _ in doc.tags].count("style") == 1


def test_hostile_pair_ids_are_escaped_and_their_links_encoded():
    rows = [{"pair_id": HOSTILE_ID, "source": "<s>.txt", "derivative": "d.txt", "status": "ok", "error": "",
             "source_coverage": 0.5, "derivative_support": 0.25}]
    page = index_html(rows, [report_link("pairs", HOSTILE_ID, "report.html")])
    assert "<script>window" not in page and "&lt;script&gt;window.__pwned=2" in page
    (href,) = [a["href"] for t, a in parse(page).tags if t == "a"]
    assert href.startswith("pairs/%22%3E%3Cscript%3E") and "<" not in href and '"' not in href
    assert page == index_html(rows, [report_link("pairs", HOSTILE_ID, "report.html")])  # deterministic


def test_a_resumed_run_gives_the_same_pages(batch_dir, tmp_path):
    before = {p: p.read_bytes() for p in batch_dir.rglob("*.html")}
    kept = (batch_dir / "pairs" / "b" / "report.html").stat().st_ino
    (batch_dir / "pairs" / "a" / "report.html").unlink()
    result = run_batch(batch_dir.parent / "manifest.csv", batch_dir, workers=1, html=True)
    assert result.computed == 0  # every pair was done: a missing page is made from its report
    assert {p: p.read_bytes() for p in batch_dir.rglob("*.html")} == before
    assert (batch_dir / "pairs" / "b" / "report.html").stat().st_ino == kept  # a done pair's page is kept
    assert batch_dir / "pairs" / "a" / "report.html" in result.files
    assert batch_dir / "pairs" / "b" / "report.html" not in result.files


def test_the_index_is_never_written_over_an_input(tmp_path):
    manifest = _manifest(tmp_path)
    out = tmp_path / "docs"  # the documents' folder as the output: index.html is planted as an input
    (out / "index.html").write_text("keep me", encoding="utf-8")
    rows = manifest.read_text(encoding="utf-8") + "docs/statement.txt,docs/index.html,c\n"
    manifest.write_text(rows, encoding="utf-8")
    with pytest.raises(OutputError, match=r"index\.html: refusing to overwrite an input"):
        run_batch(manifest, out, workers=1, html=True)
    assert (out / "index.html").read_text(encoding="utf-8") == "keep me"
    assert not (out / "pairs").exists()  # refused before any work


def test_cli_batch_html(tmp_path):
    from tests.test_cli import run_cli

    manifest = _manifest(tmp_path)
    res = run_cli("batch", manifest, "--output", tmp_path / "out", "--workers", "1", "--html", "--quiet")
    assert res.returncode == 1 and "1 of 4 pairs failed" in res.stderr  # the missing file; the others have their pages
    assert (tmp_path / "out" / "index.html").is_file() and (tmp_path / "out" / "pairs/b/report.html").is_file()


# ---------------------------------------------------------------------------------------------- in Chromium
@pytest.fixture(scope="module")
def browser():
    b.skip_without_browser()
    with b.chromium(1280, 800) as driver:
        yield driver


def _column(driver, index: int) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#px-table tbody tr'), r => r.cells[arguments[0]].dataset.sort)",
        index)


def test_index_sorts_and_links_in_chromium(browser, batch_dir):
    from selenium.webdriver.common.by import By

    url = (batch_dir / "index.html").resolve().as_uri()
    b.console_messages(browser)
    b.requested_urls(browser)
    browser.get(url)
    ids = lambda: _column(browser, 0)  # noqa: E731
    assert ids() == ["a", "missing", "b", "hostile"]  # the manifest's order
    headers = browser.find_elements(By.CSS_SELECTOR, "#px-table thead th")
    names = [h.text for h in headers]
    coverage = next(i for i, n in enumerate(names) if n.startswith("Statement used"))

    headers[coverage].find_element(By.TAG_NAME, "button").click()  # numbers: the largest first, a gap last
    values = _column(browser, coverage)
    numbers = [float(v) for v in values if v]
    assert numbers == sorted(numbers, reverse=True) and values[-1] == ""
    assert headers[coverage].get_attribute("aria-sort") == "descending"
    headers[coverage].find_element(By.TAG_NAME, "button").click()  # again: reversed, the gap still last
    values = _column(browser, coverage)
    assert [float(v) for v in values if v] == sorted(numbers) and values[-1] == ""
    assert headers[coverage].get_attribute("aria-sort") == "ascending"

    headers[0].find_element(By.TAG_NAME, "button").click()
    assert ids() == ["a", "b", "hostile", "missing"]
    headers[0].find_element(By.TAG_NAME, "button").click()
    assert ids() == ["missing", "hostile", "b", "a"]
    assert headers[coverage].get_attribute("aria-sort") is None

    assert browser.execute_script("return window.__pwned === undefined")
    assert b.console_messages(browser) == []  # no policy violation either: the script and style hashes hold
    assert set(b.requested_urls(browser)) == {url}  # nothing fetched but the page itself
    assert browser.execute_script("return document.scripts.length") == 1
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#px-table a")]
    assert len(links) == 3 and all(re.search(r"/pairs/(a|b|hostile)/report\.html$", h) for h in links)

    browser.find_element(By.LINK_TEXT, "b").click()  # follow a pair's link to its report
    assert browser.current_url == (batch_dir / "pairs" / "b" / "report.html").resolve().as_uri()
    assert browser.title == "pressalign · article.txt → statement.txt"
    assert browser.find_element(By.CSS_SELECTOR, ".pa-fc h2").text.lower() == "fact-check summary"
    assert b.console_messages(browser) == []
