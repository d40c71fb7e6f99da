"""The article side's links of session 23 (issue 15, fresh18's misses): a headline linked to nothing takes the source
claims its story's lead reports (``_headline_by_lead``), and a restatement in the article's own words that one source
claim alone explains, just under ``min_pair_share``, is linked to it (``_sole_counterparts``).

The sentences are written for these tests, in the shapes of the statements and stories the classes were read in.
"""

from __future__ import annotations

import pytest

import alignment.engine.align as align_module
from alignment import Config, compare

MAYOR = ("Statement From The Mayor\n\nMonday 8 March 2021\n\n"
         "The Commissioner for Parks and Recreation has advised me that he will be taking a leave of absence from the "
         "Council and his civic duties for three months.\n\n"
         "I support Tom in his decision to take leave while he receives the support that he needs. He has made a "
         "courageous decision that is in the best interests of his health and his family and I commend him for it.\n\n"
         "I wish Tom and his family all the best and look forward to him resuming his Council and civic "
         "responsibilities in due course.\n\n"
         "In the interim, Ruth Hale will serve as Acting Commissioner for Parks and Recreation.")
STORY_BODY = ("\n\nParks and Recreation Commissioner Tom Reyes has taken extended leave from his duties citing "
              "exposure to \"terrible scenes\".\n\n"
              "Mr Reyes issued a statement on Monday that said he would take a leave of absence for three months from "
              "his civic roles and as member for Eastbrook.\n\n"
              "Mayor Jane Roe said she supported Mr Reyes's decision, calling it courageous.")

BEAR = ("Hiker hurt by black bear near Elk Ridge\n\n"
        "On Monday afternoon the county sheriff's office told the state parks department that a woman was hurt by a "
        "bear while walking near Elk Ridge. She was taken by ambulance to a hospital in Greenville, where she is being "
        "treated.\n\n"
        "The investigation is ongoing, and parks staff and the national wildlife service are gathering further "
        "details today from witnesses and rangers. Based on the first findings, this appears to be a sudden "
        "encounter between the woman and a black bear.\n\n"
        "The department plans no management action at this time and will keep watching bear activity in the area.")
BEAR_STORY = ("Woman injured by bear near Elk Ridge\n\n"
              "A woman was hurt by a bear while walking near Elk Ridge on Monday, the state parks department said. "
              "She was taken to a Greenville hospital where she is being treated, the release states.\n\n")


def _first(source: str, story: str, n: int = 0):
    return compare(source, story, Config()).derivative.segments[n]


def test_a_headline_linked_to_nothing_takes_what_its_lead_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    headline = "Parks commissioner Reyes steps down after storms and floods"
    seg = _first(MAYOR, headline + STORY_BODY)
    assert seg.status == "supported" and seg.aligned_to == ("S3",)
    assert seg.reason.startswith("headline: S3")
    # without the rule it is a heading: the source's title names no news to link it to
    monkeypatch.setattr(align_module, "_headline_by_lead", lambda *a, **k: set())
    assert _first(MAYOR, headline + STORY_BODY).status == "not_a_claim"


def test_a_headline_on_something_its_lead_does_not_report_stays_a_heading() -> None:
    seg = _first(MAYOR, "Eastbrook storm season ends early after dry spring" + STORY_BODY)
    assert seg.status == "not_a_claim" and seg.aligned_to == ()


def test_a_restatement_one_source_claim_alone_explains_is_linked(monkeypatch: pytest.MonkeyPatch) -> None:
    claim = ("State and federal wildlife officials were continuing to investigate the mauling late into the weekend, "
             "according to the press release.")
    seg = _first(BEAR, BEAR_STORY + claim, 3)
    assert seg.status == "partial" and seg.aligned_to == ("S4",)
    monkeypatch.setattr(align_module, "_sole_counterparts", lambda *a, **k: set())
    assert _first(BEAR, BEAR_STORY + claim, 3).status == "added"


def test_a_claim_with_a_figure_its_sole_counterpart_lacks_stays_added() -> None:
    claim = ("Nine state and federal wildlife officials were continuing to investigate the mauling late into the "
             "weekend, according to the press release.")
    assert _first(BEAR, BEAR_STORY + claim, 3).status == "added"


BOARD = ("Press release of the Board of the Harbour Bank\n\n"
         "The Board and board member Dr Jan Roe will end their working relationship at the end of the month. "
         "The Board has withdrawn its application of 3 May for the dismissal of Dr Roe. "
         "The Board would like to thank Dr Roe for the work he has accomplished as a board member.")


def test_a_short_altered_quotations_two_words_found_link_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quotation of a few words with one word put in other words ("withdrawn its request" for "withdrawn its
    application"): its two words found in a row are the source's, evidence for the sentence that quotes them."""
    import alignment.engine.evidence as evidence_module

    story = ("Roe leaves Harbour Bank board\n\n"
             "But on Thursday the bank said it had “withdrawn its request” and that Roe had asked the country's "
             "president to relieve him of his duties.")
    seg = _first(BOARD, story, 1)
    assert seg.status == "partial" and seg.aligned_to == ("S3",)
    monkeypatch.setattr(evidence_module, "_SHORT_ALTERED_RUN", evidence_module._ALTERED_RUN_WORDS)
    assert _first(BOARD, story, 1).aligned_to == ()


RESOLUTION = ("Resolution Board statement on Harbour Bank\n\n"
              "The Resolution Board has today adopted a resolution scheme for Harbour Bank, as Harbour Bank was "
              "failing or likely to fail.\n\n"
              "The scheme transfers all shares and capital instruments of Harbour Bank to City Bank for the price of "
              "one euro.\n\n"
              "All deposits of Harbour Bank are fully protected and Harbour Bank will open as usual tomorrow as part "
              "of City Bank.\n\n"
              "City Bank has the financial strength to support Harbour Bank, the Board found.\n\n"
              "The Resolution Board worked closely with the national authorities throughout the week.")
SALE_STORY = ("City Bank buys struggling Harbour Bank for €1\n\n"
              "Shares in Harbour Bank had plunged for days before regulators stepped in over the weekend, traders "
              "said.\n\n"
              "Harbour Bank customers queued outside several branches on Friday.\n\n"
              "City Bank said the deal would make City Bank the largest lender in the region.\n\n"
              "Harbour Bank had lost a third of its deposits since March.")


def test_a_headline_of_the_main_actors_takes_the_source_claim_that_finds_most_of_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The fresh17 11 shape: the headline's words are the names every sentence of both texts repeats (no relatedness
    in the running text), its lead reports nothing of the release; read as a headline, the sale sentence finds most
    of it."""
    seg = _first(RESOLUTION, SALE_STORY)
    assert seg.status == "supported" and "S3" in seg.aligned_to
    monkeypatch.setattr(align_module, "_headline_by_lead", lambda *a, **k: set())
    assert _first(RESOLUTION, SALE_STORY).status == "not_a_claim"
