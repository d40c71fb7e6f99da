"""The HTML report's discrepancies section (templates/discrepancies.html.j2): both spans side by side, escaped,
at the top of the page, checked in headless Chromium like the rest of the page (tests/outputs/test_html.py)."""

from __future__ import annotations

import pytest

from alignment import compare
from alignment.outputs import write_html
from alignment.outputs.html import notebook_html, report_html

from tests import browser as b

PAD = " Officials will meet again in the spring. The talks covered energy, climate and migration."
SOURCE = ("The central bank raised its key interest rate by 25 basis points to 2 percent on Wednesday <b>at noon</b>."
          + PAD + " The company will raise prices for its customers in Europe next year.")
DERIVATIVE = ("The central bank raised its key interest rate by 50 basis points to 2 percent on Wednesday "
              '<img src=x onerror="window.__pwned = 1">.' + PAD
              + " The company will not raise prices for its customers in Europe next year.")


@pytest.fixture(scope="module")
def report():
    r = compare(SOURCE, DERIVATIVE)
    assert [str(x.kind) for x in r.discrepancies] == ["number", "negation"]
    return r


def test_section_shows_both_spans_escaped(report):
    page = report_html(report)
    assert page.count('<tr class="dx ') == 2
    assert '<mark class="dx-span">50</mark>' in page and '<mark class="dx-span">25</mark>' in page
    assert '<mark class="dx-span">not raise</mark>' in page
    assert "<img" not in page and "&lt;img src=x" in page and "&lt;b&gt;at noon" in page
    assert page.index('id="pa-discrepancies"') < page.index('class="pa-main"')  # before the texts
    assert 'class="pa-disc"' in notebook_html(report)  # the notebook view shows it too


def test_no_section_without_discrepancies(sample_report):
    if not sample_report.discrepancies:
        assert "pa-disc" not in report_html(sample_report).split("</style>", 1)[1]


def test_section_in_chromium(report, tmp_path):
    b.skip_without_browser()
    page = tmp_path / "report.html"
    write_html(report, page)
    with b.chromium(1440, 900) as driver:
        b.console_messages(driver)
        b.requested_urls(driver)
        driver.get(page.resolve().as_uri())
        rows = driver.execute_script(
            """return Array.from(document.querySelectorAll('#pa-discrepancies tbody tr')).map(r => {
                 const cells = r.querySelectorAll('td.dx-side mark');
                 const box = r.getBoundingClientRect();
                 return [r.id, cells[0].textContent, cells[1].textContent,
                         cells[0].getBoundingClientRect().left < cells[1].getBoundingClientRect().left,
                         box.height > 0, box.top < window.innerHeight];
               })""")
        assert rows == [["dx-X1", "50", "25", True, True, True], ["dx-X2", "not raise", "raise", True, True, True]]
        assert driver.execute_script("return window.__pwned === undefined")
        assert b.console_messages(driver) == []
        assert all(u == page.resolve().as_uri() for u in b.requested_urls(driver))
        # the article's segment is a link away
        driver.execute_script("document.querySelector('#dx-X1 a.dx-link').click()")
        assert driver.execute_script("return location.hash") == "#derivative-D1"
