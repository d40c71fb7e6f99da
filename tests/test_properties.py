"""Property tests: any text, any pair — no crash, offsets slice back, one status per segment,
a text compared with itself is all exact, covered and supported, UK/US spellings keep a quote near or better,
and the same inputs give the same bytes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from alignment import compare
from alignment.errors import InputError
from alignment.text.segment import is_question

SENTENCES = [
    "The ministers met in London on Tuesday.",
    "They reaffirmed their enduring support for Ukraine’s independence.",
    "The committee kept interest rates unchanged at 2.5 per cent.",
    "Officials said the programme would be organised by the defence ministry.",
    "Both countries condemned the attacks on civilians.",
    "The drug reduced symptoms in 80% of patients after 12 weeks.",
    "Researchers at the university published the results in a journal.",
]
QUOTES = ["“enduring support”", '"a clear threat"', "‘historic’", "«new measures»", "„neue Maßnahmen“",
          "“nested ‘inner’ words”", "“never closed", "closed only”", "“a quote\n\n“over two paragraphs”"]
HEADINGS = ["Key Points", "# Background", "Main Findings:", "## Ünïcödé heading 🇬🇧"]
ITEMS = ["- Support for Ukraine", "* Rates unchanged", "1. A new trial", "• Café reopened"]
TABLE = ["Area | Focus |", "---|---|", "Ukraine | aid |", "| Rate | 2.5% |"]
NOISE = ["Begin text:", "End text.", "Sources: Agency", "", "   ", "press@example.invalid", "###", "-30-",
         "<p>markup &amp; entities</p>", "**bold** and `code`", "\u202eright-to-left override\u202c",
         "שלום עולם", "e\u0301 n\u0303 👩‍👩‍👧", "\x1b[31m\x07", "=SUM(A1)", "\u200b\ufeff"]
LINE_ENDS = ["\n", "\n", "\n\n", "\r\n", "\r", "\u2028"]

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.builds(lambda s, q: s[:-1] + " " + q + ".", st.sampled_from(SENTENCES), st.sampled_from(QUOTES)),
    st.sampled_from(HEADINGS), st.sampled_from(ITEMS), st.sampled_from(TABLE), st.sampled_from(NOISE),
    st.text(min_size=1, max_size=40),
)
documents = st.lists(st.tuples(pieces, st.sampled_from(LINE_ENDS)), min_size=1, max_size=8).map(
    lambda parts: "".join(p + end for p, end in parts)).filter(lambda t: t.strip() != "" and "\x00" not in t)

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_report(r):
    ids = {}
    for name, side, allowed in (
        ("source", r.source, {"covered", "partial", "omitted", "not_a_claim"}),
        ("derivative", r.derivative, {"supported", "partial", "added", "not_a_claim"}),
    ):
        last = 0
        for seg in side.segments:
            assert side.text[seg.start:seg.end] == seg.text
            assert last <= seg.start < seg.end, "segments in order, never overlapping: one status per character"
            last = seg.end
            assert seg.status in allowed  # exactly one status, one of its side's
            for d in seg.unsupported_details:
                assert side.text[d.start:d.end] == d.text
        ids[name] = [seg.id for seg in side.segments]
        assert len(set(ids[name])) == len(ids[name])
    counts = r.summary
    assert sum(counts["source"].values()) == len(r.source.segments)
    assert sum(counts["derivative"].values()) == len(r.derivative.segments)
    for a in r.alignments:
        assert a.source_id in ids["source"] and a.derivative_id in ids["derivative"]
    for q in r.quotes:
        assert r.derivative.text[q.start:q.end] == q.text
        assert q.mark_start <= q.start < q.end <= q.mark_end
        if q.source_start >= 0:
            assert r.source.text[q.source_start:q.source_end] == q.source_text
        for d in q.diff:
            if d.quote_text:
                assert r.derivative.text[d.quote_start:d.quote_end] == d.quote_text
            if d.source_text:
                assert r.source.text[d.source_start:d.source_end] == d.source_text


@SETTINGS
@given(documents, documents)
def test_any_pair_compares_without_crashing(source, derivative):
    _check_report(compare(source, derivative))


@SETTINGS
@given(documents)
@example("The plan works.\u2028?")  # (one segment ending in '?', a question: found by this test)
@example("<p>markup &amp; entities</p>\n")  # (a verbless first line that title_line does not count as a title)
@example("The ministers met in London on Tuesday.\nThe ministers met in London on Tuesday.\n\nKey Points\n=SUM(A1)\n"
         "=SUM(A1)\nThe ministers met in London on Tuesday.\n\n")  # (a claim made only of words found throughout)
def test_a_text_compared_with_itself_is_all_covered(text):
    r = compare(text, text)
    _check_report(r)
    # (a question supports nothing and is supported by nothing, by design: alignment.text.segment.is_question)
    for seg in r.source.segments:
        if seg.is_claim and not is_question(seg.text):
            assert seg.status == "covered", seg
    for seg in r.derivative.segments:
        if seg.is_claim and not is_question(seg.text):
            assert seg.status == "supported", seg
            assert not seg.unsupported_details
    assert all(str(q.status) == "exact" for q in r.quotes)


@SETTINGS
@given(st.text(max_size=300), st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(a, b):
    """A report, or for a text the command line would refuse in a file (empty, only whitespace, NUL characters)
    the same refusal as an InputError."""
    if any(not t.strip() or "\x00" in t for t in (a, b)):
        with pytest.raises(InputError):
            compare(a, b)
        return
    _check_report(compare(a, b))


# ---------------------------------------------------------------------------------------------- UK / US
#: (UK, US) spellings the folding knows; each pair differs in its letters, not its meaning
SPELLINGS = [
    ("defence", "defense"), ("organised", "organized"), ("organisation", "organization"), ("colour", "color"),
    ("centre", "center"), ("programme", "program"), ("travelled", "traveled"), ("analyse", "analyze"),
    ("labour", "labor"), ("favour", "favor"), ("behaviour", "behavior"), ("recognise", "recognize"),
    ("modelling", "modeling"), ("licence", "license"), ("catalogue", "catalog"), ("grey", "gray"),
    ("aluminium", "aluminum"), ("paediatric", "pediatric"), ("manoeuvre", "maneuver"), ("offence", "offense"),
    ("honour", "honor"), ("neighbours", "neighbors"), ("harbour", "harbor"), ("realised", "realized"),
    ("prioritising", "prioritizing"), ("criticised", "criticized"), ("cancelled", "canceled"),
    ("fuelled", "fueled"), ("counselling", "counseling"), ("theatre", "theater"), ("metres", "meters"),
    ("fibre", "fiber"), ("judgement", "judgment"), ("ageing", "aging"), ("practise", "practice"),
]
FILLER = ["the", "new", "regional", "council", "plans", "for", "public", "services", "and", "its", "minister",
          "budget", "reform", "national", "local", "schools", "workers", "review", "of", "our"]


@st.composite
def uk_us_passages(draw):
    """A passage in UK spelling with at least one word that US spelling writes differently, and the same
    passage in US spelling."""
    words = draw(st.lists(st.one_of(st.sampled_from(FILLER), st.sampled_from(SPELLINGS)), min_size=3, max_size=12)
                 .filter(lambda ws: any(isinstance(w, tuple) for w in ws)))
    uk = " ".join(w[0] if isinstance(w, tuple) else w for w in words)
    us = " ".join(w[1] if isinstance(w, tuple) else w for w in words)
    return uk, us, draw(st.booleans())


@SETTINGS
@given(uk_us_passages(), st.sampled_from(SENTENCES), st.sampled_from(SENTENCES))
def test_uk_us_spelling_keeps_a_quote_near_or_better(passage, before, after):
    uk, us, us_source = passage
    source_words, quote_words = (us, uk) if us_source else (uk, us)
    source = f"{before}\nThe statement said that {source_words} would be reviewed.\n{after}\n"
    derivative = f"The minister promised “{quote_words}”, the statement said.\n"
    r = compare(source, derivative)
    _check_report(r)
    (quote,) = r.quotes
    assert str(quote.status) in ("exact", "near"), (quote.status, quote.text, quote.source_text)
    where = source.index(source_words)
    assert where <= quote.source_start < quote.source_end <= where + len(source_words), "the passage itself"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, documents)
def test_same_inputs_same_bytes(source, derivative):
    from alignment.outputs.csv_tables import csv_tables
    from alignment.outputs.html import report_html
    from alignment.outputs.json_report import report_json

    first, second = compare(source, derivative), compare(source, derivative)
    assert report_json(first) == report_json(second)
    assert csv_tables(first) == csv_tables(second)
    assert report_html(first) == report_html(second)
