"""The HTML report: escaping of hostile input, determinism, self-containment, and the page in a real browser.

The browser tests drive Debian's headless Chromium through Selenium (``tests/browser.py``); without Chromium
they skip with the reason. ``PRESSALIGN_SCREENSHOT=1`` writes the sample pair's screenshot to
``docs/report.png`` (the README's picture); otherwise it goes to the test's temporary folder.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from alignment import compare, compare_files
from alignment.outputs import write_html
from alignment.outputs.html import notebook_html, report_html
from alignment.report import Report

from tests import browser as b
from tests.conftest import DERIVATIVE, ROOT, SOURCE
from tests.test_cli import run_cli

HOSTILE = (
    "<script>window.__pwned = 1; document.title = 'pwned';</script>",
    '<img src=x onerror="window.__pwned = 2">',
    "</style><script>window.__pwned = 3</script>",
    "</script><script>window.__pwned = 4</script>",
    '<a href="javascript:window.__pwned=5" onclick="window.__pwned=6">click</a>',
    '<link rel="stylesheet" href="https://example.invalid/x.css">',
    "{{ 7 * 7 }} {% raw %} &amp; &lt;b&gt;",
)
HOSTILE_SOURCE = (
    "The minister said the plan is ready. <script>window.__pwned = 1; document.title = 'pwned';</script>\n"
    'The council met on Monday and <img src=x onerror="window.__pwned = 2"> approved the budget.\n'
    "Officials described </style><script>window.__pwned = 3</script> a difficult year for the region.\n"
    "Critics argued </script><script>window.__pwned = 4</script> the timetable was unrealistic.\n"
    'Visit <a href="javascript:window.__pwned=5" onclick="window.__pwned=6">click</a> for details.\n'
    'Styles <link rel="stylesheet" href="https://example.invalid/x.css"> and {{ 7 * 7 }} {% raw %} &amp; &lt;b&gt;.\n'
)
HOSTILE_DERIVATIVE = (
    "The minister said “the plan is ready. <script>window.__pwned = 1; document.title = 'pwned';</script>”\n"
    'The council <img src=x onerror="window.__pwned = 2"> approved the budget on Monday, officials said.\n'
    "It was “a difficult year </style><script>window.__pwned = 3</script> for the region”, they added.\n"
    "Critics said </script><script>window.__pwned = 4</script> the timetable was unrealistic.\n"
    'A link <a href="javascript:window.__pwned=5" onclick="window.__pwned=6">click</a> was shared.\n'
    '<link rel="stylesheet" href="https://example.invalid/x.css"> {{ 7 * 7 }} {% raw %} &amp; &lt;b&gt;\n'
)
HOSTILE_NAME = '<img src=x onerror="window.__pwned=7">'


class _Page(HTMLParser):
    """Every element and attribute of a page, each document column's text, inline style and script text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, starts a column, inside a badge)
        self.columns: list[str] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._raw_tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        classes = (a.get("class") or "").split()
        if tag in ("style", "script"):
            self._raw_tag = tag
            self.raw[tag].append("")
        if tag in ("meta", "br", "img", "link", "input", "rect", "hr", "source"):
            return
        column = "pa-doc" in classes
        if column:
            self.columns.append("")
        badge = "qb" in classes or any(s[2] for s in self.stack)
        self.stack.append((tag, column, badge))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._raw_tag = None
        while self.stack:
            t, *_ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._raw_tag:
            self.raw[self._raw_tag][-1] += data
            return
        in_column = any(s[1] for s in self.stack)
        in_badge = any(s[2] for s in self.stack)
        if in_column and not in_badge:
            self.columns[-1] += data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _hostile_files(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / HOSTILE_NAME
    folder.mkdir()
    src = folder / f"{HOSTILE_NAME}source.txt"
    der = folder / '"><svg onload="window.__pwned=8">.txt'
    src.write_text(HOSTILE_SOURCE, encoding="utf-8")
    der.write_text(HOSTILE_DERIVATIVE, encoding="utf-8")
    return src, der


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Report:
    src, der = _hostile_files(tmp_path_factory.mktemp("hostile"))
    return compare_files(src, der)


def _assert_inert(page: str, report: Report) -> None:
    """Only the page's own elements: one inline style, one inline script, no handler, no URL, no injected tag."""
    doc = parse(page)
    names = [t for t, _ in doc.tags]
    assert names.count("script") <= 1 and names.count("style") == 1
    assert names.count("input") == 1  # the page's own checkbox (every unsupported word underlined)
    for tag, attrs in doc.tags:
        assert tag not in {"img", "iframe", "object", "embed", "link", "form", "base", "video",
                           "audio", "source", "frame", "applet"}, tag
        if tag == "input":
            assert attrs == {"type": "checkbox", "class": "pa-all-ud", "id": "pa-all-ud"}, attrs
            continue
        if tag == "a":  # the skip link and the deep links (#S3, #D12, #Q4), all within the page
            assert set(attrs) <= {"class", "href", "id", "tabindex", "aria-label", "title"}, attrs
            assert re.fullmatch(r"#(pa-derivative|[SDQ][0-9]+)", attrs["href"] or ""), attrs
            assert "id" not in attrs or attrs["href"] == "#" + (attrs["id"] or ""), attrs
            continue
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in {"src", "href", "srcset", "action", "formaction", "style", "xlink:href"}, (tag, name)
            assert "javascript:" not in (value or "").lower() or name in {"title", "aria-label"}, (tag, name, value)
        if tag == "script":
            assert set(attrs) <= {"type"} or not attrs
    # the hostile markup is in the page as text, escaped
    assert "&lt;script&gt;window.__pwned = 1" in page
    assert "<script>window" not in page and "<img" not in page and "<link" not in page
    assert page.count("</style>") == 1 and page.count("</script>") <= 1
    # both columns reproduce their documents exactly: every character of the input, nothing more
    assert doc.columns == [report.source.text, report.derivative.text]


def test_hostile_documents_and_file_names_are_escaped(hostile_report):
    page = report_html(hostile_report)
    _assert_inert(page, hostile_report)
    assert "&lt;img src=x onerror=" in page and "&lt;svg onload=" in page  # the file names, shown as text
    assert "{{ 7 * 7 }} {% raw %}" in page  # input is data, never template
    assert "&amp;amp; &amp;lt;b&amp;gt;" in page  # input entities are text, not entities
    assert any(str(q.status) == "exact" for q in hostile_report.quotes)  # a quote card carries the markup too


def test_hostile_report_fields_are_escaped():
    """A saved report is input too: ids, statuses, kinds of details, warnings and paths are all escaped."""
    report = compare("The council approved the budget on Monday.", "The council approved “the budget” on Monday.")
    data = report.to_dict()
    evil = '"><script>window.__pwned=9</script><x y="'
    data["source"]["path"] = evil
    data["warnings"] = [evil]
    seg = data["derivative"]["segments"][0]
    seg["status"] = evil
    seg["aligned_to"] = [evil]
    data["source"]["segments"][0]["id"] = evil
    data["alignments"] = [dict(a, source_id=evil) for a in data["alignments"]]
    for q in data["quotes"]:
        q["source_id"] = evil
        q["id"] = evil
    hostile = Report.from_dict(data)
    for page in (report_html(hostile), notebook_html(hostile)):
        assert evil not in page and "<script>window" not in page and '<x y="' not in page
        assert "&#34;&gt;&lt;script&gt;window.__pwned=9" in page


def test_same_report_same_bytes(sample_report):
    page = report_html(sample_report)
    assert page == report_html(sample_report)
    again = compare_files(SOURCE, DERIVATIVE)  # a second, independent comparison
    assert report_html(again).encode("utf-8") == page.encode("utf-8")
    assert notebook_html(again) == notebook_html(sample_report)


def test_page_is_self_contained_and_its_policy_matches(sample_report):
    page = report_html(sample_report)
    assert page.startswith("<!DOCTYPE html>\n")
    doc = parse(page)
    csp = next(a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "base-uri 'none'" in csp and "form-action 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for kind in ("style", "script"):
        (body,) = doc.raw[kind]
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp
    links = [(t, k, v) for t, a in doc.tags for k, v in a.items() if k in {"src", "href", "action", "srcset", "data"}]
    # the skip link and the deep links, each to an element of the page: nothing leaves it
    ids = {a["id"] for _, a in doc.tags if a.get("id")}
    assert links[0] == ("a", "href", "#pa-derivative")
    assert all(t == "a" and k == "href" and (v or "").startswith("#") and (v or "")[1:] in ids for t, k, v in links)
    assert "http://" not in page and "https://" not in page and "url(" not in page and "@import" not in page
    assert doc.columns == [sample_report.source.text, sample_report.derivative.text]
    assert sum(1 for t, a in doc.tags if "seg" in (a.get("class") or "").split()) == (
        len(sample_report.source.segments) + len(sample_report.derivative.segments))
    assert sum(1 for t, a in doc.tags if t == "article" and "qc" in (a.get("class") or "")) == len(sample_report.quotes)


def test_notebook_view_is_compact_and_scriptless(sample_report):
    html = sample_report._repr_html_()
    assert "<script" not in html and "<!DOCTYPE" not in html and "<html" not in html
    assert 'class="pa pa-compact"' in html
    assert len(html) < len(report_html(sample_report))
    doc = parse(html)
    assert doc.columns == [sample_report.source.text, sample_report.derivative.text]
    assert not any(k for _, a in doc.tags for k in a if k == "id")  # several reports can share a notebook
    for q in sample_report.quotes:
        assert f"<b>{q.id}</b>" in html


def test_cli_writes_the_html_report(tmp_path):
    source = tmp_path / SOURCE.name
    source.write_bytes(SOURCE.read_bytes())
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "report.html"
    res = run_cli("compare", source, DERIVATIVE, "--format", "html", "--output", target)
    assert res.returncode == 0, res.stderr
    assert f"wrote {target}" in res.stdout and "Statement coverage:" in res.stdout
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    stdout = run_cli("compare", source, DERIVATIVE, "-f", "html")
    assert stdout.returncode == 0 and stdout.stdout == page
    refused = run_cli("compare", source, DERIVATIVE, "-f", "html", "-o", source)
    assert refused.returncode == 4 and "input" in refused.stderr
    assert source.read_bytes() == SOURCE.read_bytes()


def test_write_html_into_a_folder(sample_report, tmp_path):
    (path,) = write_html(sample_report, tmp_path)
    assert path == tmp_path / "report.html" and path.read_text(encoding="utf-8") == report_html(sample_report)


# ---------------------------------------------------------------------------------------------- in Chromium
@pytest.fixture(scope="module")
def browser():
    b.skip_without_browser()
    with b.chromium(1440, 900) as driver:
        yield driver


def _open(driver, path: Path) -> None:
    b.console_messages(driver)  # drop what earlier pages left
    b.requested_urls(driver)
    driver.get(path.resolve().as_uri())
    _wait(driver, "return document.readyState === 'complete'")


def _wait(driver, script: str, *args, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while True:
        value = driver.execute_script(script, *args)
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def _settled(driver) -> None:
    """Wait for smooth scrolling to end: every column's scroll position stable for a few frames."""
    last, stable = None, 0
    deadline = time.monotonic() + 5
    while stable < 4 and time.monotonic() < deadline:
        now = driver.execute_script(
            "return Array.from(document.querySelectorAll('.pa-col, .pa-panel')).map(c => c.scrollTop)")
        stable = stable + 1 if now == last else 0
        last = now
        time.sleep(0.08)


def _in_view(driver, element_id: str) -> bool:
    return driver.execute_script(
        """const e = document.getElementById(arguments[0]); const col = e.closest('.pa-col');
           const r = e.getClientRects()[0], c = col.getBoundingClientRect();
           return r.bottom > c.top && r.top < c.bottom;""", element_id)


def _classes(driver, element_id: str) -> list[str]:
    return driver.execute_script("return Array.from(document.getElementById(arguments[0]).classList)", element_id)


def _assert_quiet(driver, page_url: str, *, loaded: bool = True) -> None:
    """Nothing in the console; no request but the page itself (which ``loaded`` says was seen since the last look)."""
    messages = b.console_messages(driver)
    assert messages == [], messages
    urls = b.requested_urls(driver)
    assert all(u == page_url for u in urls), urls
    assert urls or not loaded


def _screenshot_target(tmp_path: Path) -> Path:
    if os.environ.get("PRESSALIGN_SCREENSHOT") == "1":
        return ROOT / "docs" / "report.png"
    return tmp_path / "report.png"


def test_sample_report_in_chromium(browser, sample_report, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    # the paths as a reader of the README would type them, not this machine's
    sample_report = dataclasses.replace(
        sample_report,
        source=dataclasses.replace(sample_report.source, path=SOURCE.relative_to(ROOT).as_posix()),
        derivative=dataclasses.replace(sample_report.derivative, path=DERIVATIVE.relative_to(ROOT).as_posix()),
    )
    page = tmp_path / "report.html"
    write_html(sample_report, page)
    _open(browser, page)
    url = page.resolve().as_uri()

    # the columns show the documents, character for character
    texts = browser.execute_script(
        """return Array.from(document.querySelectorAll('.pa-doc')).map(d => {
             const c = d.cloneNode(true); c.querySelectorAll('.qb').forEach(x => x.remove());
             return c.textContent; })""")
    assert texts == [sample_report.source.text, sample_report.derivative.text]

    # clicking an article segment highlights and scrolls to its statement counterparts
    d5 = sample_report.derivative.segment("D5")
    first = d5.aligned_to[0]
    browser.execute_script(
        "document.getElementById('source-' + arguments[0]).closest('.pa-col').scrollTop = 1e6", first)
    browser.find_element(By.ID, "derivative-D5").click()
    _settled(browser)
    assert "is-sel" in _classes(browser, "derivative-D5")
    for sid in d5.aligned_to:
        assert "is-linked" in _classes(browser, f"source-{sid}")
    assert _in_view(browser, f"source-{first}")
    panel = browser.execute_script("return document.getElementById('pa-sel').textContent")
    assert "D5" in panel and f"Counterparts in the statement ({len(d5.aligned_to)})" in panel
    assert f"Why: {d5.reason}" in panel  # the segment's reason, as the JSON report gives it

    # ... and back: a statement segment highlights its article counterparts
    s7 = sample_report.source.segment("S7")
    browser.find_element(By.ID, "source-S7").click()
    _settled(browser)
    assert "is-sel" in _classes(browser, "source-S7") and "is-sel" not in _classes(browser, "derivative-D5")
    for did in s7.aligned_to:
        assert "is-linked" in _classes(browser, f"derivative-{did}")
    assert _in_view(browser, f"derivative-{s7.aligned_to[0]}")

    # the link model's context is listed apart from the counterparts, and not lit as one
    context: dict[str, list[str]] = {}
    for a in sample_report.alignments:
        if str(a.label) == "context":
            context.setdefault(a.derivative_id, []).append(a.source_id)
    did = sorted(context, key=lambda i: int(i[1:]))[0]
    # clicked by script, so that the pointer stays where it was for the hover check below
    browser.execute_script("arguments[0].click()", browser.find_element(By.ID, f"derivative-{did}"))
    _settled(browser)
    panel = browser.execute_script("return document.getElementById('pa-sel').textContent")
    seg = sample_report.derivative.segment(did)
    assert f"Counterparts in the statement ({len(seg.aligned_to)})" in panel
    assert f"Context in the statement ({len(context[did])})" in panel
    for sid in context[did]:
        assert "is-linked" not in _classes(browser, f"source-{sid}")
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()

    # hovering previews the links
    d1 = browser.find_element(By.ID, "derivative-D1")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", d1)
    ActionChains(browser).move_to_element(d1).perform()
    for sid in sample_report.derivative.segment("D1").aligned_to:
        assert "is-hl" in _classes(browser, f"source-{sid}")

    # a quote's badge selects the quote: its card, and its passage in the statement
    altered = next(q for q in sample_report.quotes if str(q.status) == "altered")
    badge = browser.find_element(By.CSS_SELECTOR, f'button.qb[data-q="{altered.id}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", badge)
    badge.click()
    _settled(browser)
    assert "is-sel" in _classes(browser, f"qc-{altered.id}")
    assert browser.execute_script(
        "return Array.from(document.querySelectorAll('mark.qs.is-sel')).map(m => m.textContent).join('')"
    ) == altered.source_text
    assert "is-linked" in _classes(browser, f"source-{altered.source_id}")
    assert "importance of" in browser.execute_script("return document.getElementById('pa-sel').textContent")

    # keyboard: Tab reaches segments, Enter selects, arrows move, Escape clears
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert browser.execute_script("return document.querySelectorAll('.is-sel').length") == 0
    browser.execute_script("document.getElementById('derivative-D1').focus()")
    active = browser.switch_to.active_element
    active.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element.get_attribute("id") == "derivative-D2"
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    assert "is-sel" in _classes(browser, "derivative-D2")
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert browser.execute_script("return document.querySelectorAll('.is-sel').length") == 0

    # filters: only omissions, only additions, only problem quotes
    def visible(side: str) -> list[str]:
        return browser.execute_script(
            "return Array.from(document.querySelectorAll('#pa-' + arguments[0] + ' .seg'))"
            ".filter(s => s.offsetParent !== null).map(s => s.dataset.id)", side)

    browser.find_element(By.CSS_SELECTOR, '[data-filter="omissions"]').click()
    assert visible("source") == [s.id for s in sample_report.omissions()]
    browser.find_element(By.CSS_SELECTOR, '[data-filter="additions"]').click()
    assert visible("derivative") == [s.id for s in sample_report.additions()]
    browser.find_element(By.CSS_SELECTOR, '[data-filter="problems"]').click()
    problems = [q for q in sample_report.quotes if str(q.status) in ("altered", "unsupported")]
    shown = set(visible("derivative"))
    assert {q.derivative_id for q in problems} <= shown
    for did in shown:  # every segment shown holds part of a problem quote
        seg = sample_report.derivative.segment(did)
        assert any(seg.start < q.mark_end and q.mark_start < seg.end for q in problems), did
    cards = browser.execute_script(
        "return Array.from(document.querySelectorAll('.pa-quotes .qc')).filter(c => c.offsetParent !== null)"
        ".map(c => c.dataset.q)")
    assert cards == [q.id for q in problems]
    browser.find_element(By.CSS_SELECTOR, '[data-filter="all"]').click()
    assert len(visible("source")) == len(sample_report.source.segments)

    _assert_quiet(browser, url)

    # the picture for the README: an article sentence selected, its statement counterparts lit
    browser.execute_script("document.querySelectorAll('.pa-col, .pa-panel').forEach(c => c.scrollTop = 0)")
    browser.find_element(By.ID, "derivative-D5").click()
    _settled(browser)
    shot = b.screenshot(browser, _screenshot_target(tmp_path))
    assert shot.stat().st_size > 50_000
    from PIL import Image

    with Image.open(shot) as image:
        assert image.size == (1440, 900)
        assert len(image.convert("RGB").resize((96, 60)).getcolors(96 * 60) or []) > 50  # not a blank page
    _assert_quiet(browser, url, loaded=False)


def test_hostile_report_runs_nothing_in_chromium(browser, hostile_report, tmp_path):
    page = tmp_path / "hostile.html"
    write_html(hostile_report, page)
    _open(browser, page)
    # interact, so that the page's own script handles the hostile text too
    for seg in hostile_report.derivative.segments[:4]:
        browser.execute_script("document.getElementById('derivative-' + arguments[0]).click()", seg.id)
    for q in hostile_report.quotes:
        browser.execute_script("document.getElementById('qc-' + arguments[0]).click()", q.id)
    time.sleep(0.3)
    assert browser.execute_script("return window.__pwned === undefined")
    names = Path(hostile_report.source.path).name, Path(hostile_report.derivative.path).name
    assert browser.title == f"pressalign · {names[0]} → {names[1]}"  # the names as text; no script renamed it
    assert browser.execute_script(
        "return document.querySelectorAll("
        "'img, link, iframe, svg:not(.pa-bar):not(.pa-strip), form, a:not([href^=\\'#\\'])').length"
    ) == 0
    assert browser.execute_script("return document.scripts.length") == 1
    body = browser.find_element("tag name", "body").text
    assert "<script>window.__pwned = 1; document.title = 'pwned';</script>" in body
    assert '<img src=x onerror="window.__pwned = 2">' in body
    assert HOSTILE_NAME in body
    _assert_quiet(browser, page.resolve().as_uri())


def test_policy_blocks_what_escaping_might_miss(browser, sample_report, tmp_path):
    """Were an input ever to slip through unescaped, the page's policy would still run and fetch nothing,
    and the console would say so (which the tests above would catch)."""
    injected = ("<script>window.__pwned = 1</script><img src=\"https://example.invalid/x.png\">"
                "<div onclick=\"window.__pwned = 2\" id=\"evil\">x</div>")
    page = tmp_path / "injected.html"
    page.write_text(report_html(sample_report).replace("<main", injected + "<main", 1), encoding="utf-8")
    _open(browser, page)
    browser.execute_script("document.getElementById('evil').click()")
    assert browser.execute_script("return window.__pwned === undefined")
    errors = [m["message"] for m in b.console_messages(browser)]
    assert any("Content Security Policy" in m for m in errors), errors
    events = b.network_events(browser)
    attempted = {p["requestId"]: p["request"]["url"] for m, p in events if m == "Network.requestWillBeSent"}
    blocked = {p["requestId"] for m, p in events if m == "Network.loadingFailed" and p.get("blockedReason") == "csp"}
    answered = {p["requestId"] for m, p in events if m == "Network.responseReceived"}
    outside = {rid for rid, url in attempted.items() if not url.startswith("file:")}
    assert outside and outside <= blocked and not outside & answered, (attempted, blocked)
    # the page's own script still runs
    browser.execute_script("document.getElementById('derivative-D5').click()")
    assert "is-sel" in _classes(browser, "derivative-D5")


# ---------------------------------------------------------------------------------------------- XSS payloads
#: classic payloads, each of which would set ``window.__pwned`` (or open an alert, or fetch) if it ran: scripts,
#: event handlers, URL schemes, attribute and element break-outs, parser differentials, template syntax
XSS_PAYLOADS = (
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=window.__pwned=2>",
    "<svg onload=window.__pwned=3>",
    "<svg><script>window.__pwned=4</script></svg>",
    '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
    '<iframe src="javascript:parent.__pwned=6"></iframe>',
    "<body onload=window.__pwned=7>",
    "<math><mtext></p><script>window.__pwned=8</script></mtext></math>",
    '<a href="javascript:window.__pwned=9">link</a>',
    "<details open ontoggle=window.__pwned=10>",
    "<input autofocus onfocus=window.__pwned=11>",
    '<object data="javascript:window.__pwned=12"></object>',
    '<embed src="javascript:window.__pwned=13">',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=14">',
    '<base href="javascript:window.__pwned=15//">',
    '<style>@import "http://127.0.0.1:9/x.css";</style>',
    '<link rel=stylesheet href="http://127.0.0.1:9/x.css">',
    '"><script>window.__pwned=18</script>',
    "'><img src=x onerror=window.__pwned=19>",
    "</textarea><script>window.__pwned=20</script>",
    "</title><script>window.__pwned=21</script>",
    "<!--<script>window.__pwned=22</script>-->",
    "<![CDATA[<script>window.__pwned=23</script>]]>",
    "javascript:window.__pwned=24",
    "{{constructor.constructor('window.__pwned=25')()}}",
    "${window.__pwned=26}",
    "<video><source onerror=window.__pwned=27></video>",
    '<form action="javascript:window.__pwned=28"><button>go</button></form>',
    "&lt;script&gt;window.__pwned=29&lt;/script&gt;",
    "\\u003cscript\\u003ewindow.__pwned=30\\u003c/script\\u003e",
    "<scr<script>ipt>window.__pwned=31</script>",
    "<x onmouseover=window.__pwned=32>hover</x>",
    '<noscript><p title="</noscript><img src=x onerror=window.__pwned=33>">',
    '<div style="background:url(javascript:window.__pwned=34)">',
    "data:text/html,<script>window.__pwned=35</script>",
    "<img src=x onerror=alert(36)>",
    '<img src="http://127.0.0.1:9/pixel.png">',
    "<script src=//127.0.0.1:9/x.js></script>",
    "</style></script><script>window.__pwned=39</script>",
    "<template><script>window.__pwned=40</script></template>",
)
#: payloads as file and folder names (no "/" in a name)
XSS_NAMES = (
    "<img src=x onerror=window.__pwned=101>",
    '"><svg onload=window.__pwned=102>',
    "'><body onload=alert(103)>",
    "javascript:window.__pwned=104",
    "{{7*7}}${7*7}<%= 7*7 %>",
)


@pytest.fixture(scope="module")
def xss_report(tmp_path_factory) -> Report:
    """Every payload in the statement, in the article's text and inside a quotation (which puts it in the
    quote's card, its badge's title and the statement passage it is matched to), and file names that are
    payloads too."""
    folder = tmp_path_factory.mktemp("xss") / XSS_NAMES[0]
    folder.mkdir()
    src = folder / f"{XSS_NAMES[1]}.txt"
    der = folder / f"{XSS_NAMES[2]} {XSS_NAMES[3]} {XSS_NAMES[4]}.txt"
    src.write_text("".join(f"The council approved budget line {i} {p} on Monday after a long debate.\n"
                           for i, p in enumerate(XSS_PAYLOADS)), encoding="utf-8")
    der.write_text("".join(f"Officials said “budget line {i} {p} on Monday” was approved; {p} followed.\n"
                           for i, p in enumerate(XSS_PAYLOADS)), encoding="utf-8")
    return compare_files(src, der)


def _own_tags(sample_page: str) -> set[str]:
    return {t for t, _ in parse(sample_page).tags}


def test_xss_payloads_are_text_in_the_page(xss_report, sample_report):
    page = report_html(xss_report)
    doc = parse(page)
    assert {t for t, _ in doc.tags} <= _own_tags(report_html(sample_report)), "no element the report lacks"
    for tag, attrs in doc.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in {"src", "href", "action", "formaction", "srcset", "data", "srcdoc"}:
                assert tag == "a" and name == "href" and re.fullmatch(r"#(pa-derivative|[SDQ][0-9]+)", value or "")
    assert doc.columns == [xss_report.source.text, xss_report.derivative.text]
    assert len(xss_report.quotes) >= len(XSS_PAYLOADS)  # payloads hold quotation marks of their own
    assert sum(str(q.status) in ("exact", "near") for q in xss_report.quotes) >= len(XSS_PAYLOADS) // 2
    for name in XSS_NAMES:
        assert name not in page or not set(name) & set("<>\"'")  # markup shown escaped, never as markup
    notebook = parse(notebook_html(xss_report))
    unsafe = {"script", "img", "iframe", "svg", "object", "embed", "a", "form"} - {"svg"}
    assert not {t for t, _ in notebook.tags} & unsafe


def test_xss_payloads_run_nothing_in_chromium(browser, xss_report, sample_report, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    page = tmp_path / "xss.html"
    write_html(xss_report, page)
    _open(browser, page)
    url = page.resolve().as_uri()
    # use the page as a reader would: select every segment, open every quote, hover, walk with the keyboard,
    # filter, print; the page's own script handles every hostile string on the way
    for side, segments in (("source", xss_report.source.segments), ("derivative", xss_report.derivative.segments)):
        for seg in segments:
            browser.execute_script("document.getElementById(arguments[0]).click()", f"{side}-{seg.id}")
    for q in xss_report.quotes:
        browser.execute_script("document.getElementById('qc-' + arguments[0]).click()", q.id)
        browser.execute_script("document.querySelector('button.qb[data-q=\"' + arguments[0] + '\"]').click()", q.id)
    for seg in xss_report.derivative.segments[:10]:
        element = browser.find_element(By.ID, f"derivative-{seg.id}")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        ActionChains(browser).move_to_element(element).perform()
    browser.execute_script("document.getElementById('derivative-D1').focus()")
    for _ in range(5):
        browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    for flt in ("omissions", "additions", "problems", "all"):
        browser.find_element(By.CSS_SELECTOR, f'[data-filter="{flt}"]').click()
    browser.execute_script(
        "window.dispatchEvent(new Event('beforeprint')); window.dispatchEvent(new Event('afterprint'))")
    time.sleep(0.5)
    try:
        alert = browser.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"an alert opened: {text!r}")
    except NoAlertPresentException:
        pass
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.scripts.length") == 1
    own = _own_tags(report_html(sample_report))
    tags = set(browser.execute_script("return Array.from(document.querySelectorAll('*')).map(e => e.localName)"))
    assert tags <= own | {"html", "head", "body"}, tags - own
    names = Path(xss_report.source.path).name, Path(xss_report.derivative.path).name
    assert browser.title == f"pressalign · {names[0]} → {names[1]}"
    body = browser.find_element(By.TAG_NAME, "body").text
    assert all(p in body for p in XSS_PAYLOADS[:5]) and XSS_NAMES[1] in body
    _assert_quiet(browser, url)  # no console message (not even a blocked attempt), no request but the page
    # and were a sink ever used, the policy's Trusted Types would refuse it rather than parse the string
    refused = browser.execute_script(
        "try { document.body.insertAdjacentHTML('beforeend', '<b id=\"tt\">x</b>'); return 'parsed'; }"
        " catch (e) { return e.name; }")
    assert refused == "TypeError" and browser.execute_script("return document.getElementById('tt') === null")
