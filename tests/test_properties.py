"""Property tests: any text, any pair — no crash, offsets slice back, one status per segment,
and a text compared with itself is all exact, covered and supported."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alignment import compare

SENTENCES = [
    "The ministers met in London on Tuesday.",
    "They reaffirmed their enduring support for Ukraine’s independence.",
    "The committee kept interest rates unchanged at 2.5 per cent.",
    "Officials said the programme would be organised by the defence ministry.",
    "Both countries condemned the attacks on civilians.",
    "The drug reduced symptoms in 80% of patients after 12 weeks.",
    "Researchers at the university published the results in a journal.",
]
QUOTES = ["“enduring support”", '"a clear threat"', "‘historic’", "«new measures»"]
HEADINGS = ["Key Points", "# Background", "Main Findings:"]
ITEMS = ["- Support for Ukraine", "* Rates unchanged", "1. A new trial"]
TABLE = ["Area | Focus |", "---|---|", "Ukraine | aid |"]
NOISE = ["Begin text:", "End text.", "Sources: Agency", "", "   "]

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.builds(lambda s, q: s[:-1] + " " + q + ".", st.sampled_from(SENTENCES), st.sampled_from(QUOTES)),
    st.sampled_from(HEADINGS), st.sampled_from(ITEMS), st.sampled_from(TABLE), st.sampled_from(NOISE),
    st.text(min_size=1, max_size=40),
)
documents = st.lists(pieces, min_size=1, max_size=8).map("\n".join).filter(lambda t: t.strip() != "")

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_report(r):
    for side, allowed in (
        (r.source, {"covered", "partial", "omitted", "not_a_claim"}),
        (r.derivative, {"supported", "partial", "added", "not_a_claim"}),
    ):
        for seg in side.segments:
            assert side.text[seg.start:seg.end] == seg.text
            assert seg.status in allowed
            for d in seg.unsupported_details:
                assert side.text[d.start:d.end] == d.text
    for q in r.quotes:
        assert r.derivative.text[q.start:q.end] == q.text
        if q.source_start >= 0:
            assert r.source.text[q.source_start:q.source_end] == q.source_text


@SETTINGS
@given(documents, documents)
def test_any_pair_compares_without_crashing(source, derivative):
    _check_report(compare(source, derivative))


@SETTINGS
@given(documents)
def test_a_text_compared_with_itself_is_all_covered(text):
    r = compare(text, text)
    _check_report(r)
    for seg in r.source.segments:
        if seg.is_claim:
            assert seg.status == "covered", seg
    for seg in r.derivative.segments:
        if seg.is_claim:
            assert seg.status == "supported", seg
            assert not seg.unsupported_details
    assert all(str(q.status) == "exact" for q in r.quotes)


@SETTINGS
@given(st.text(max_size=300), st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(a, b):
    _check_report(compare(a or " ", b or " "))
