"""Planted edits the checks missed on unseen articles (session 20, issue 18, read on fresh15's, fresh14's and fresh13's
misses, then on the other splits'): a dropped negation whose span missed its place, a word the source negates twice
and the article once, two counts of one office in other nouns, and two open figures that meet one source figure.
The sentences are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


# ------------------------------------------------------------------------------------------------ negation
def test_a_dropped_negation_is_shown_at_its_place_not_at_the_word_it_negated():
    source = ("In the second case, the agency alleges the carrier installed the wrong cables on three aircraft, "
              "which it then flew on 140 flights when they were not in compliance.")
    article = ("In the second case, the agency alleges the carrier installed the wrong cables on three aircraft, "
               "which it then flew on 140 flights when they were in compliance.")
    assert _found(source, article) == [("negation", "were in compliance", "not in compliance")]
    source = "It is not yet clear who set the warehouse on fire or why."
    assert ("negation", "is yet clear", "not yet clear") in _found(
        source, "It is yet clear who set the warehouse on fire or why, the fire brigade said.")
    source = "I would not be where I am today without his patience, humour and generosity."
    assert ("negation", "would be where I am today", "not be where I am today") in _found(
        source, "\"I would be where I am today without his patience, humour and generosity,\" the mayor said.")


def test_of_two_uses_of_the_negated_word_the_one_in_the_negations_place_is_flagged():
    source = ("Lee hid the two trading accounts by signing a false declaration to the firm that she did not have any "
              "accounts with other brokers.")
    article = ("Lee hid the two trading accounts by signing a false declaration to the firm that she did have any "
               "accounts with other brokers.")
    assert _found(source, article) == [("negation", "did have any accounts", "not have any accounts")]


def test_a_word_negated_twice_in_the_source_and_once_in_the_article_is_a_dropped_negation():
    source = "This does not help the local farmers; it does not help the country."
    assert _found(source, "This does help the local farmers; it does not help the country.") == [
        ("negation", "does help", "not help")]
    assert _found(source, "This does not help the local farmers; it does help the country.") == [
        ("negation", "does help", "not help")]
    assert _found(source, "This does not help the local farmers; it does not help the country either.") == []


# ------------------------------------------------------------------------------------------------ numbers
def test_two_counts_of_other_nouns_followed_by_the_same_office_count_the_same_people():
    source = ("Today, the Governor announced her intent to nominate the following four individuals to serve as state "
              "judges:")
    article = "The Governor on Friday named seven new nominees to serve as state judges in the northern counties."
    assert _found(source, article) == [("number", "seven", "four")]
    assert _found(source, article.replace("seven", "four")) == []
    # the same words after two other nouns that say nothing of what they are ("to be used in") are no office
    source = "The council bought four trucks to be used in the winter months."
    assert _found(source, "The council hired seven drivers to be used in the winter months, it said.") == []


def test_of_two_open_figures_the_one_in_the_more_alike_words_meets_the_source_figure():
    source = ("Lending rates. At the same time, it raised the deposit rate by the same amount to 2.50% and the "
              "overnight rate to 4.50%.")
    article = ("The main rate will climb by 0.75 percent to a total of 3.5 percent, the highest level since March "
               "2008. At the same time, it raised the deposit rate by the same amount to 2.50% and the overnight "
               "rate to 5.50%.")
    found = _found(source, article)
    assert ("number", "5.50%", "4.50%") in found or ("number", "5.50", "4.50") in found
    assert not any(f[1].startswith("0.75") for f in found)


# ------------------------------------------------------------------------------------------------ modality
def test_a_hedging_modal_changed_in_copied_words_is_a_modality_conflict_whatever_its_clause():
    source = "And we made sure the settlement could benefit the people of the town as well."
    article = ("And we made sure the settlement will benefit the people of the town as well,\" said the attorney "
               "general.")
    assert ("modality", "will benefit", "could benefit") in _found(source, article)
    source = ("The extent to which closing the gaps in the Currency Act affects the exchange rate will emerge in the "
              "near future.")
    assert ("modality", "may emerge", "will emerge") in _found(source, source.replace("will emerge", "may emerge"))
    source = "The great and defining truth about our city is this: we do not quit."
    assert ("modality", "may be this", "is this") in _found(source, source.replace("is this", "may be this"))


def test_an_inability_or_the_same_hedge_in_copied_words_is_no_modality_conflict():
    source = "Students could not complete their degrees on time, the report said."
    assert [f for f in _found(source, source.replace("could not", "will not")) if f[0] == "modality"] == []
    source = "The new rules could reduce emissions from the plants by a third."
    assert _found(source, "The new rules could reduce emissions from the plants by a third, officials said.") == []
    source = "The new rules could reduce emissions from the plants by a third."
    assert [f for f in _found(source, source.replace("could", "might")) if f[0] == "modality"] == []


def test_a_persons_former_office_makes_no_figure_after_it_another_instances():
    source = ("Regulator bans Jane Roe for 10 months\n\nThe Markets Commission has banned Ms Jane Roe, a former "
              "licensed representative of Northbridge Capital Limited, from re-entering the industry for 10 months.")
    article = ("The Markets Commission has banned former Northbridge Capital broker Jane Roe for 16 months for "
               "breaking its dealing rules.")
    assert _found(source, article) == [("number", "16", "10")]
    # a former instance of the thing itself still is one
    source = "The council set the new fee at 40 dollars a month."
    article = "The council set the new fee at 40 dollars a month, up from a former fee of 25 dollars a month."
    assert [f for f in _found(source, article) if f[0] == "number"] == []


def test_a_modal_of_the_sources_heading_in_copied_words_is_the_headings_own_hedge():
    source = ("New Figures Show How the Relief Plan Could Benefit Farmers in Every County\n\nThe relief plan will "
              "benefit farmers in every county of the state.")
    article = "The figures show how the relief plan will benefit farmers in every county, officials said."
    assert [f for f in _found(source, article) if f[0] == "modality"] == []


def test_may_of_permission_against_can_in_copied_words_is_no_modality_conflict():
    source = "Those who have worked less than 10 years may now more easily get credit for their work toward a pension."
    article = "Those who work less than 10 years can now more easily get credit for their work toward a pension."
    assert ("modality", "can now", "may now") not in _found(source, article)
