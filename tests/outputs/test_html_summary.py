"""The HTML report's words and reading aids: verdicts in words, the fact-check summary, unsupported details
underlined by kind with a toggle for the rest, and deep links (``#S3``, ``#D12``, ``#Q4``) — in the page's
markup and in Chromium (``tests/browser.py``; skipped with the reason where Chromium is missing)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from alignment.model import verdict
from alignment.outputs import write_html
from alignment.outputs.html import SUMMARY_LIMIT, notebook_html, report_html
from alignment.report import Report

from tests import browser as b
from tests.outputs.test_html import _classes, _in_view, _open, _settled, _wait, parse


class _Sections(HTMLParser):
    """The deep links and text of each section of the fact-check summary, by the section's class."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: dict[str, list[str]] = {}
        self.text: dict[str, str] = {}
        self.section: str | None = None
        self.in_summary = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "details" and "pa-fc" in classes:
            self.in_summary = True
        if self.in_summary and tag == "section":
            self.section = next(c for c in classes if c != "fc-sec")
            self.links[self.section], self.text[self.section] = [], ""
        if self.section and "fc-id" in classes:
            self.links[self.section].append((a.get("href") or "#?")[1:])

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self.section = None
        if tag == "details":
            self.in_summary = False

    def handle_data(self, data: str) -> None:
        if self.section:
            self.text[self.section] += data


def _sections(page: str) -> _Sections:
    parser = _Sections()
    parser.feed(page)
    parser.close()
    return parser


def _longest(report: Report, side: str, status: str) -> list[str]:
    segs = [s for s in getattr(report, side).segments if s.status == status]
    return [s.id for s in sorted(segs, key=lambda s: (s.start - s.end, s.start))][:SUMMARY_LIMIT]


# ---------------------------------------------------------------------------------------------- the markup
def test_an_unsupported_quote_reads_not_in_the_statement(sample_report):
    page = report_html(sample_report)
    unsupported = [q for q in sample_report.quotes if str(q.status) == "unsupported"]
    assert unsupported, "the sample pair has quotes the statement does not hold"
    assert verdict("unsupported").label == "not in the statement"
    for q in unsupported:  # its badge in the article, in words (the JSON value stays "unsupported")
        assert re.search(rf'data-q="{q.id}"[^>]*aria-label="quote {q.id}: not in the statement"', page)
    shown = re.findall(r'<span aria-hidden="true">✗</span> ([^<]+)<', page)  # every badge, count and key
    assert len(shown) >= 2 * len(unsupported) and set(shown) == {"not in the statement"}
    assert any(q["status"] == "unsupported" for q in sample_report.to_dict()["quotes"])


def test_fact_check_summary_lists_problem_quotes_then_the_longest_omissions_and_additions(sample_report):
    doc = _sections(report_html(sample_report))
    assert list(doc.links) == ["fc-quotes", "fc-omissions", "fc-additions"]  # no findings section without findings
    problems = [q for q in sample_report.quotes if str(q.status) in ("altered", "unsupported")]
    assert doc.links["fc-quotes"] == [q.id for q in problems]
    text = " ".join(doc.text["fc-quotes"].split())
    for q in problems:
        for d in q.diff:  # the altered quote's changes on its line, in the statement's and the article's words
            if d.op in ("replace", "variant"):
                assert d.source_text in text and d.quote_text in text
    assert text.count("no passage of the statement found") == sum(not q.source_text for q in problems)
    assert doc.links["fc-omissions"] == _longest(sample_report, "source", "omitted")
    assert doc.links["fc-additions"] == _longest(sample_report, "derivative", "added")
    n_omitted = sum(s.status == "omitted" for s in sample_report.source.segments)
    assert n_omitted > SUMMARY_LIMIT and f"and {n_omitted - SUMMARY_LIMIT} more" in doc.text["fc-omissions"]


def test_summary_of_a_pair_with_nothing_to_report(sample_report, tmp_path):
    from alignment import compare

    text = sample_report.source.text
    report = compare(text, text)
    doc = _sections(report_html(report))
    assert doc.links == {"fc-quotes": [], "fc-omissions": [], "fc-additions": []}
    assert "leaves nothing out" in doc.text["fc-omissions"] and "adds no claim" in doc.text["fc-additions"]


def test_details_carry_their_kind_and_the_page_has_one_toggle(sample_report):
    page = report_html(sample_report)
    kinds = [d.kind for s in sample_report.derivative.segments for d in s.unsupported_details]
    shown = re.findall(r'<span class="ud ud-(\w+)" data-ud="\d+" data-kind="(\w+)">', page)
    assert shown and all(a == b for a, b in shown)
    assert {k for k, _ in shown} == set(kinds)
    assert page.count('type="checkbox"') == 1 and 'id="pa-all-ud"' in page


def test_every_segment_and_quote_has_a_deep_link(sample_report):
    page = report_html(sample_report)
    for s in (*sample_report.source.segments, *sample_report.derivative.segments):
        assert f'<a class="pa-anchor" id="{s.id}" href="#{s.id}"' in page
    for q in sample_report.quotes:
        assert f'<a class="qc-id" id="{q.id}" href="#{q.id}"' in page
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_notebook_view_has_the_summary_without_links(sample_report):
    page = notebook_html(sample_report)
    doc = _sections(page)
    assert doc.links["fc-quotes"] == ["?"] * sum(verdict(q.status).problem for q in sample_report.quotes)
    assert "<a " not in page and ' id="' not in page  # a notebook holds many reports: no ids to collide


# ---------------------------------------------------------------------------------------------- in Chromium
@pytest.fixture(scope="module")
def browser():
    b.skip_without_browser()
    with b.chromium(1440, 900) as driver:
        yield driver


@pytest.fixture(scope="module")
def page(sample_report, tmp_path_factory) -> Path:
    (path,) = write_html(sample_report, tmp_path_factory.mktemp("summary") / "report.html")
    return path


def _decoration(driver, selector: str) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0]), e => getComputedStyle(e).textDecorationLine)",
        selector)


def test_toggle_underlines_the_other_details_in_chromium(browser, page):
    _open(browser, page)
    named = _decoration(browser, ".pa-doc .ud-name, .pa-doc .ud-number, .pa-doc .ud-date")
    words = _decoration(browser, ".pa-doc .ud-word")
    assert named and words
    assert set(named) == {"underline"} and set(words) == {"none"}
    browser.find_element("id", "pa-all-ud").click()
    assert set(_decoration(browser, ".pa-doc .ud-word")) == {"underline"}
    assert set(_decoration(browser, ".pa-doc .ud-name, .pa-doc .ud-date")) == {"underline"}
    browser.find_element("id", "pa-all-ud").click()
    assert set(_decoration(browser, ".pa-doc .ud-word")) == {"none"}
    assert b.console_messages(browser) == []


def test_deep_links_in_chromium(browser, page, sample_report):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    late = sample_report.derivative.segments[-3]  # far down the article: reaching it needs a scroll
    browser.get(page.resolve().as_uri() + f"#{late.id}")
    _wait(browser, "return document.readyState === 'complete'")
    _settled(browser)
    assert "is-sel" in _classes(browser, f"derivative-{late.id}")
    assert _in_view(browser, f"derivative-{late.id}")
    assert late.id in browser.execute_script("return document.getElementById('pa-sel').textContent")

    # a link of the fact-check summary: the address takes it, the page selects the omission
    first = _longest(sample_report, "source", "omitted")[0]
    link = browser.find_element(By.CSS_SELECTOR, f'.pa-fc a.fc-id[href="#{first}"]')
    link.click()
    _settled(browser)
    assert browser.execute_script("return location.hash") == f"#{first}"
    assert "is-sel" in _classes(browser, f"source-{first}") and _in_view(browser, f"source-{first}")
    assert "is-sel" not in _classes(browser, f"derivative-{late.id}")

    # a quote's link: its card selected, its frame in the article too; the address is shareable
    problem = next(q for q in sample_report.quotes if verdict(q.status).problem)
    browser.execute_script("location.hash = arguments[0]", problem.id)
    _settled(browser)
    assert "is-sel" in _classes(browser, f"qc-{problem.id}")
    assert browser.execute_script(
        "return Array.from(document.querySelectorAll('mark.q.is-sel'), m => m.dataset.q)") == [problem.id]
    # the copy of the card in the selection panel keeps no id: every anchor stays unique
    assert browser.execute_script("return document.querySelectorAll('[id=\"' + arguments[0] + '\"]').length",
                                  problem.id) == 1

    # the "#" shows on hover only
    seg = browser.find_element(By.ID, "derivative-D2")
    opacity = "return getComputedStyle(document.getElementById('D2'), '::before').opacity"
    ActionChains(browser).move_to_element(browser.find_element(By.CSS_SELECTOR, "h1")).perform()
    assert browser.execute_script(opacity) == "0"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", seg)
    ActionChains(browser).move_to_element(seg).perform()
    assert browser.execute_script(opacity) == "1"
    assert b.console_messages(browser) == []


# ---------------------------------------------------------------------------------------------- pipe tables
TABLE_SOURCE = """Budget statement

The minister said the budget rose this year.

| Item | 2023 | 2024 |
|---|---|---|
| Health | 10 | 12 |
| Schools <script>window.__pwned = 1</script> | 5 | 6 |

The end of the statement came with thanks.
"""
TABLE_DERIVATIVE = """The minister said the budget rose. Health spending went from 10 to 12.

Item | 2023 | 2024
--- | --- | ---
Health | 10 | 14
Police | 3 | 4
"""


@pytest.fixture(scope="module")
def table_report() -> Report:
    from alignment import compare

    return compare(TABLE_SOURCE, TABLE_DERIVATIVE)


def test_pipe_tables_are_tables_and_the_columns_keep_the_text(table_report):
    page = report_html(table_report)
    doc = parse(page)
    assert doc.columns == [table_report.source.text, table_report.derivative.text]  # every offset still holds
    assert page.count('<table class="pa-table">') == 2
    rows = [s for side in (table_report.source, table_report.derivative) for s in side.segments
            if str(s.kind) in ("table_header", "table_row")]
    assert len(rows) == 8
    side = {"S": "source", "D": "derivative"}
    for s in rows:  # each row a segment, a <tr> with the segment's id
        assert f'<tr class="seg st-{s.status} k-{s.kind}' in page
        assert re.search(rf'<tr [^>]*id="{side[s.id[0]]}-{s.id}"', page)
    assert "<script>window" not in page and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<table" in notebook_html(table_report)  # the notebook view too


def test_pipe_tables_in_chromium(browser, table_report, tmp_path):
    from selenium.webdriver.common.by import By

    (path,) = write_html(table_report, tmp_path / "table.html")
    _open(browser, path)
    cells = browser.execute_script(
        "return Array.from(document.querySelectorAll('.pa-col-derivative tr.seg'))"
        ".filter(r => r.getClientRects().length > 0).map(r => Array.from(r.cells, c => c.innerText.trim()))")
    assert cells == [["Item", "2023", "2024"], ["Health", "10", "14"], ["Police", "3", "4"]]  # the rule hidden
    texts = browser.execute_script("return Array.from(document.querySelectorAll('.pa-doc'), d => d.textContent)")
    assert texts == [table_report.source.text, table_report.derivative.text]
    row = next(s for s in table_report.derivative.segments if str(s.kind) == "table_row" and s.aligned_to)
    browser.find_element(By.ID, f"derivative-{row.id}").click()
    _settled(browser)
    assert "is-sel" in _classes(browser, f"derivative-{row.id}")
    for sid in row.aligned_to:
        assert "is-linked" in _classes(browser, f"source-{sid}")
    assert browser.execute_script("return window.__pwned === undefined")
    assert b.console_messages(browser) == []


@given(st.lists(st.text(alphabet="ab| \n", min_size=1, max_size=6), min_size=1, max_size=5),
       st.lists(st.integers(0, 30), max_size=6))
def test_cutting_runs_keeps_every_character_and_one_badge(texts, cuts):
    from alignment.outputs.html import _Atom, _cut_runs, _Run

    quote = object()
    runs = [_Run(quote if i % 2 else None, [_Atom(t) for t in text.split("|") if t] or [_Atom(text)], badge=i % 2 == 1)
            for i, text in enumerate(texts)]
    whole = "".join(a.text for r in runs for a in r.atoms)
    cuts = sorted(c for c in cuts if c <= len(whole))
    parts = _cut_runs(runs, cuts)
    assert len(parts) == len(cuts) + 1
    assert "".join(a.text for p in parts for r in p for a in r.atoms) == whole
    bounds = [0, *cuts, len(whole)]
    assert ["".join(a.text for r in p for a in r.atoms) for p in parts] == [
        whole[lo:hi] for lo, hi in pairwise(bounds)]
    assert sum(r.badge for p in parts for r in p) == sum(r.badge for r in runs)


_CELL = st.sampled_from(["Health", "10", "12", " ", "", "“quoted words here”", "Item", "---", ":--"])
_LINE = st.one_of(
    st.lists(_CELL, min_size=1, max_size=4).map(lambda cells: "| " + " | ".join(cells) + " |"),
    st.lists(_CELL, min_size=2, max_size=4).map(" | ".join),
    st.sampled_from(["|---|---|", "--- | ---", "The minister said the budget rose by 10 percent this year.",
                     "", "Schools got “quoted words here” from the statement."]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_LINE, min_size=1, max_size=8), st.lists(_LINE, min_size=1, max_size=8))
def test_tables_anywhere_keep_every_character_in_its_column(source_lines, derivative_lines):
    from alignment import compare

    source, derivative = "\n".join(source_lines) + "\n", "\n".join(derivative_lines) + "\n"
    assume(source.strip() and derivative.strip())  # compare refuses a blank text, as the command line does
    report = compare(source, derivative)
    for page in (report_html(report), notebook_html(report)):
        assert parse(page).columns == [report.source.text, report.derivative.text]
