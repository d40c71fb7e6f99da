"""Weak links that report a source claim together (alignment/engine/align.py, ``_weak_links_report``): two article
sentences that each find a fifth of a source sentence, each in a link below ``min_pair_share``, report it; one such
sentence alone does not (it meets a fifth of a sentence by chance as often as not).

The sentences are written for these tests, in the shape of a fresh18 pair (a governor's statement on a police
shooting, retold in a lead on her reaction and a sentence on her flag order).
"""

from __future__ import annotations

from alignment import compare

SOURCE = ("Governor Ann Hale issued a statement on Monday on the killing of a Millbrook police officer during a "
          "traffic stop.\n\n"
          "As we began this week, our state was met with the tragic news that shots were fired on three of our police "
          "officers, which took the life of Officer Tom Reyes and wounded two other officers.\n\n"
          "Flags will fly at half-staff statewide in honor of the fallen officer.\n")
LEAD = ("Gov. Ann Hale on Monday reacted to the tragic news from Millbrook, where a gunman killed a police officer and "
        "wounded another during a traffic stop late Sunday and fled into the woods this week.\n\n")
FLAGS = ("Flags will fly at half-staff across the state in honor of Officer Tom Reyes, who joined the Millbrook "
         "department in 2015 after eight years in the Army, she said.\n")


def _news(report):
    return next(s for s in report.source.segments if "tragic news" in s.text)


def test_two_weak_links_that_each_find_a_fifth_of_a_claim_report_it():
    report = compare(SOURCE, LEAD + FLAGS)
    news = _news(report)
    links = {a.derivative_id: a for a in report.alignments if a.source_id == news.id}
    assert len(links) == 2 and all(max(a.support, a.coverage) < 0.25 for a in links.values())
    assert news.status in ("covered", "partial"), news.reason


def test_one_weak_link_alone_does_not():
    news = _news(compare(SOURCE, LEAD))
    assert news.status == "omitted", news.reason
