"""A faithful quotation that runs over several sentences of the source quotes each of them (alignment/engine/
evidence.py, ``_step_parts``): the quote check gives one word-for-word step for the whole run, and each source
sentence the step runs over is linked to the article's sentence, not only the one where the step starts.

The sentences are written for these tests, in the shape of a fresh18 pair (a statement's short last sentence quoted
at the end of a longer quotation).
"""

from __future__ import annotations

from alignment import compare

SOURCE = ("The Mayor today condemned the attack on two firefighters in the harbour district. "
          "Those responsible for this cowardly act will be found and brought before the courts, as our police have "
          "shown many times before. It is certain.")
ARTICLE = ("Two firefighters were attacked in the harbour district on Sunday evening, and the Mayor condemned the "
           "attack. The Mayor said “those responsible for this cowardly act will be found and brought before the "
           "courts, as our police have shown many times before. It is certain.”")


def _by_text(segments, part):
    return next(s for s in segments if part in s.text)


def test_each_source_sentence_a_quotation_runs_over_is_quoted():
    report = compare(SOURCE, ARTICLE)
    quote = next(q for q in report.quotes if "certain" in q.text)
    assert quote.status.value in ("exact", "near")
    last = _by_text(report.source.segments, "It is certain")
    holder = _by_text(report.derivative.segments, "It is certain")
    assert holder.id in last.aligned_to
    assert last.status == "covered"
    assert _by_text(report.source.segments, "cowardly act").status == "covered"


def test_a_quotation_inside_one_sentence_links_that_sentence_alone():
    article = "The Mayor said those responsible “will be found and brought before the courts”."
    report = compare(SOURCE, article)
    assert _by_text(report.source.segments, "It is certain").status == "omitted"
    assert _by_text(report.source.segments, "cowardly act").aligned_to
