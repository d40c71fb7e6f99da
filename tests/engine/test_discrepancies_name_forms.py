"""A titled name (``discrepancies._titled_names``) needs three capitalised words: a segment with fewer has none, found
without walking its words; and a source without one gives the article's names no counterpart
(``_check_name_forms`` stops before reading the article). The sentences are our own."""

from __future__ import annotations

SOURCE = (
    "The fund will pay for repairs to the harbour this year. "
    "Officials said the grants would reach 40 towns along the coast. "
    "Applications open on Monday."
)
ARTICLE = (
    "The Emergency Refugee and Immigration Assistance Fund will pay for repairs to the harbour this year. "
    "Officials said the grants would reach 40 towns along the coast."
)


def test_titled_names_need_three_capitalised_words(analyze):
    from alignment.engine.discrepancies import _titled_names

    doc = analyze("Maria met the mayor of the city of Dover and the head of the port. She was charged under the "
                  "Security of Information Act last week.", "D")
    first, second = doc.words
    assert _titled_names(doc.text, first) == []  # (two capitalised words, "of" and "and" between others: no name)
    spans = _titled_names(doc.text, second)
    assert [" ".join(t.word.text for t in second[a:b]) for a, b in spans] == ["Security of Information Act"]


def test_name_forms_against_a_source_without_titled_names(analyze):
    from alignment.engine.discrepancies import _check_name_forms, _titled_names

    src, der = analyze(SOURCE, "S"), analyze(ARTICLE, "D")
    assert not any(_titled_names(src.text, ws) for ws in src.words)
    assert any(_titled_names(der.text, ws) for ws in der.words)
    assert _check_name_forms(der, src, {0: [0], 1: [1]}, set(), []) == []
    # (the same article against a source that names the fund in its own form: the changed word is found)
    named = analyze(SOURCE.replace("The fund", "The Emergency Refugee and Migration Assistance Fund"), "S")
    hits = _check_name_forms(der, named, {0: [0], 1: [1]}, set(), [])
    assert [(der.text[h.start:h.end], named.text[h.source_start:h.source_end]) for _, _, h in hits] == [
        ("Immigration", "Migration")]
