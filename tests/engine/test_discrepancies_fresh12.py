"""Discrepancy classes read on fresh12 (session 17): its missed planted names, dates and numbers and its false flags
on unperturbed articles, each rebuilt as a class in sentences of our own. A date of a state ("was stable in
September") is no date of a verb far after it; a date dates the clause it stands in; a figure of what excludes a
thing is no figure of that thing; a currency written before an amount ("Rs 4 million") makes it money, no label;
a subject before the same verb, an adverb passed over, is the same place for a name. Each test keeps the real
change of the same kind found, or the false alarm gone."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


def _kinds(found, kind):
    return [(t, s) for k, t, s in found if k == kind]


RATE = ("The jobless rate in the region was stable in September 2022, at 4.9%, slightly above its lowest point since "
        "the start of the series (4.8%) recorded in July 2022.")


def test_the_date_of_a_state_is_no_date_of_a_verb_after_it():
    """A copula dates its state: "was stable in September" is dated by "was", not by "recorded" further on, so a
    restatement under another verb ("remained stable at 4.9% in April") still meets it."""
    article = ("The jobless rate for the region remained stable at 4.9% in April, only slightly above its record low "
               "of 4.8% in July.")
    assert ("April", "September 2022") in _kinds(_found(RATE, article), "date")
    assert not _kinds(_found(RATE, article.replace("April", "September")), "date")


GOVERNOR = ("The Bank Commission has appointed Jane Roe as Acting Governor of the Central Bank of Freedonia for the "
            "period 1 June – 31 August 2019.")


def test_a_date_in_a_clause_that_shares_nothing_with_the_source_dates_another_event():
    article = ("Central Bank of Freedonia deputy governor Jane Roe has been appointed as the institution's interim "
               "governor, pending the arrival of the incoming head of the bank, John Doe in September.")
    assert not _kinds(_found(GOVERNOR, article), "date")
    # the source's own event, dated otherwise, is a date changed still
    changed = ("The Bank Commission has appointed Jane Roe as Acting Governor of the Central Bank of Freedonia for the "
               "period 1 July – 31 August 2019.")
    assert ("1 July", "1 June") in _kinds(_found(GOVERNOR, changed), "date")


PRICES = ("Looking at the main components of inflation, energy is expected to have the highest annual rate in "
          "December (5.5%, compared with 9.1% in November), followed by food, alcohol and tobacco (1.8%, compared "
          "with 1.9% in November) and services (1.3%, stable compared with November).")


def test_a_figure_of_what_excludes_a_thing_is_no_figure_of_that_thing():
    for article in ("However, the core indicator, which excludes volatile energy and food prices was stable at 1.1 "
                    "percent in December, in line with market expectations.",
                    "A narrower indicator that excludes energy, food, alcohol and tobacco was also stable at 1.0 "
                    "percent, matching forecasts."):
        assert not _kinds(_found(PRICES, article), "number")
    # the figure of the thing itself, changed, is found
    assert ("1.2", "1.8") in _kinds(_found(PRICES, PRICES.replace("(1.8%", "(1.2%")), "number")


PENALTY = ("The Reserve Bank has imposed, on March 01, 2018, a monetary penalty of ₹ 4 million on the Northern Bank "
           "for non-compliance with the directions it issued on the detection of counterfeit notes.")


def test_a_currency_written_before_an_amount_makes_it_money_not_a_label():
    article = PENALTY.replace("₹ 4 million", "Rs 7 million")
    assert ("7 million", "4 million") in _kinds(_found(PENALTY, article), "number")
    # the same sum in another scale ("40 lakh" is 4 million) is no change
    assert not _kinds(_found(PENALTY, PENALTY.replace("₹ 4 million", "Rs 40 lakh")), "number")


DISASTER = ("In addition to declaring a state of disaster, Governor Ellis also activated the State Emergency "
            "Management Council, including Task Forces 1 and 2, to assist local officials in response to the "
            "devastation.")


def test_a_name_before_the_same_verb_an_adverb_passed_over_stands_in_the_same_place():
    article = ("Along with his disaster declaration, Morales activated the State Emergency Management Council, "
               "including Task Forces 1 and 2, to assist local officials in response to the devastation.")
    assert ("Morales", "Ellis") in _kinds(_found(DISASTER, article), "name")
    assert not _kinds(_found(DISASTER, article.replace("Morales", "Ellis")), "name")


def test_a_compound_after_an_amount_counts_its_last_noun():
    """"twelve new state attorney nominees" counts nominees, not attorneys: a compound begun within three words runs
    to its last noun."""
    source = "The Governor Announces Nine New Nominees to Serve as State Attorneys"
    assert ("twelve", "Nine") in _kinds(_found(source, "Governor announces twelve new state attorney nominees"),
                                        "number")
    assert not _kinds(_found(source, "Governor announces nine new state attorney nominees"), "number")


DIALOGUE = ("The Dialogue, held September 10-11, 2024, covered key elements of the partnership, including support for "
            "the reconstruction effort.")


def test_a_relative_clause_dates_the_noun_before_it():
    """"The Dialogue, which concluded on 11 November 2024, ..." dates the Dialogue, whose clause shares a word with
    the source, though the relative clause itself shares none."""
    article = ("The two-day Strategic Dialogue, which concluded on 11th November 2024, reaffirmed the shared "
               "commitment to the reconstruction effort.")
    assert ("11th November 2024", "September 10-11, 2024") in _kinds(_found(DIALOGUE, article), "date")


FLASH = ("Annual inflation in the region is expected to be 1.6% in December 2018, down from 1.9% in November 2018, "
         "according to a flash estimate from the statistics office.")


def test_a_date_of_the_same_figure_is_the_same_period_on_a_loose_pair():
    """"prices rose 1.6 percent in August" dates the source's 1.6% reading, which the source dates December 2018."""
    article = ("The statistics office estimated that prices in the region rose 1.6 percent in August on the year, "
               "slowing from 1.9 percent in November.")
    assert ("August", "December 2018") in _kinds(_found(FLASH, article), "date")
    assert not _kinds(_found(FLASH, article.replace("August", "December")), "date")


def test_a_roles_preposition_places_a_name_on_a_close_pair():
    """"ambassador to Chile" for "Ambassador to the Republic of Guinea": "to" ties the country to the role, as a
    place's preposition does (so do "for" and "with")."""
    source = ("Troy Fenwick, a career diplomat, is the nominee for Ambassador Extraordinary and Plenipotentiary to "
              "the Republic of Guinea.")
    article = "Troy Fenwick, a career diplomat, is the nominee for ambassador to Chile."
    assert [t for t, _ in _kinds(_found(source, article), "name")] == ["Chile"]
    assert not _kinds(_found(source, article.replace("Chile", "Guinea")), "name")


ALERT = ("The joint centre has recommended that the alert level should move from Level 4 (the virus is in general "
         "circulation; transmission is high) to Level 3 (the virus is in general circulation).")


def test_a_label_in_lower_case_meets_the_sources_label_it_leaves_out():
    """"from level 7 ... to level 3" / "from Level 4 ... to Level 3": the article gives 3, so its 7 is the source's
    4 changed, whatever the case of "level"."""
    article = ALERT.replace("Level 4", "level 7").replace("Level 3", "level 3")
    assert ("7", "4") in _kinds(_found(ALERT, article), "number")
    assert not _kinds(_found(ALERT, ALERT.replace("Level", "level")), "number")


def test_a_places_people_word_is_that_places_name():
    """"The Omani Sultan also played" / "Oman played" (the same verb after both, the adverb passed over): Oman's
    Sultan, no other name in Oman's place; another country there is still a name changed."""
    source = "Oman played a central role in hosting and facilitating dialogue between the parties."
    assert not _found(source, "The Omani Sultan also played a central role in hosting and facilitating dialogue "
                              "between the parties.")
    assert ("Qatar", "Oman") in _kinds(_found(source, source.replace("Oman", "Qatar also")), "name")
