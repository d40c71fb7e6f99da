"""Discrepancies of the classes the real pairs' gold holds and session 13's check missed (session 14, read on the
gold discrepancies of fresh2 ... fresh9): a cause the source only infers stated as one, another instrument than
the one the source signs, an amount given in another form (an approximate one made a lower bound, a maximum made
the amount, a bound that takes its amount in made one that leaves it out), a narrowing adjective widened to the
whole, and a stronger act said of what a relative clause qualifies. Each both ways: the faithful rewording is not
flagged. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import found_discrepancies as _found

FLAGGED = [
    # a cause the source only infers ("suggesting"), stated as one
    ("Retail sales and factory orders both rose in the spring, suggesting lower energy prices are starting to lift "
     "demand.",
     "Retail sales and factory orders both rose in the spring as a result of lower energy prices.",
     "modality", "as a result of", "suggesting"),
    # an approximate amount made a lower bound
    ("The sweep drew participation from approximately 40 pharmacies, including several regional chains.",
     "The sweep drew participation from more than 40 pharmacies, including several regional chains.",
     "quantifier", "more than 40", "approximately 40"),
    # a maximum made the usual amount
    ("Solar panels can lower utility costs for every household, saving up to $700 on electricity bills each year.",
     "Solar panels can lower utility costs for every household, saving around $700 on electricity bills each year.",
     "number", "around $700", "up to $700"),
    # a bound that takes its amount in ("and younger") made one that leaves it out ("under")
    ("The summer camp is open to children 10 years of age and younger, with one adult for each group.",
     "The summer camp is open to children under the age of 10, with one adult for each group.",
     "number", "under the age of 10", "10 years of age and younger"),
    # a narrowing adjective widened to the whole
    ("The program lowered blood pressure in older patients and improved mental quality of life.",
     "The program lowered blood pressure in older patients and improved their overall quality of life.",
     "quantifier", "overall quality", "mental quality"),
    # a stronger act, said of the same noun a relative clause qualifies on both sides
    ("The ten million barrels are part of a sale of crude oil that Congress had previously authorized.",
     "The ten million barrels are part of a sale that has already been congressionally mandated.",
     "modality", "mandated", "authorized"),
]


@pytest.mark.parametrize(("source", "derivative", "kind", "text", "source_text"), FLAGGED, ids=range(len(FLAGGED)))
def test_a_real_discrepancy_is_found(source, derivative, kind, text, source_text):
    assert (kind, text, source_text) in _found(source, derivative)


NOT_FLAGGED = [
    # the article keeps the inference ("suggesting" -> "a sign that")
    ("Retail sales and factory orders both rose in the spring, suggesting lower energy prices are starting to lift "
     "demand.",
     "Retail sales and factory orders both rose in the spring, which may show that lower energy prices are starting "
     "to lift demand."),
    # the source itself states the cause
    ("Retail sales and factory orders both rose in the spring because of lower energy prices.",
     "Retail sales and factory orders both rose in the spring as a result of lower energy prices."),
    # an approximate amount kept approximate, or hedged the other way
    ("The sweep drew participation from approximately 40 pharmacies, including several regional chains.",
     "The sweep drew participation from about 40 pharmacies, including several regional chains."),
    # the maximum kept
    ("Solar panels can lower utility costs for every household, saving up to $700 on electricity bills each year.",
     "Solar panels can lower utility costs for every household, saving as much as $700 on electricity bills each "
     "year."),
    # the article's comparison bounds the amount itself ("longer than 4 years")
    ("A second dose may give protection for up to four years, the researchers said.",
     "A second dose may give protection for much longer than 4 years, the researchers said."),
    # the same bound in other words ("12 and under" / "12 years of age and younger")
    ("The summer camp is open to children 10 years of age and younger, with one adult for each group.",
     "The summer camp is open to children aged 10 and under, with one adult for each group."),
    # the source's own adjective kept, or no adjective of its own to widen
    ("The program lowered blood pressure in older patients and improved mental quality of life.",
     "The program lowered blood pressure in older patients and improved their mental quality of life."),
    ("The program lowered blood pressure in older patients and improved overall quality of life.",
     "The program lowered blood pressure in older patients and improved their overall quality of life."),
]


@pytest.mark.parametrize(("source", "derivative"), NOT_FLAGGED, ids=range(len(NOT_FLAGGED)))
def test_a_faithful_restatement_is_not_flagged(source, derivative):
    assert _found(source, derivative) == []


def test_a_maximum_before_a_coordinated_amount_bounds_it_too():
    # "up to $20,000 ... and $8,000": the article's maximum reaches the second amount
    source = ("Borrowers who received Pell Grants can have up to $20,000 of debt cancelled, and other borrowers up to "
              "$8,000.")
    derivative = ("The department will cancel up to $20,000 of debt for Pell Grant recipients and $8,000 for other "
                  "borrowers.")
    assert not [f for f in _found(source, derivative) if f[0] == "number"]


PROCLAMATION = ("Adjusting Imports of Copper into the United States\n\n"
                "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\n"
                "A PROCLAMATION\n\n"
                "1. The Secretary of Commerce found that imports of copper threaten to impair the national "
                "security of the United States.\n\n"
                "2. I have determined that it is necessary to increase the tariff on imports of copper articles "
                "from 10 percent to 30 percent, effective on July 1.\n\n"
                "3. The modifications made by this proclamation apply to articles entered on or after July 1.\n\n"
                "4. Any provision of previous proclamations inconsistent with this proclamation is superseded.")


def test_an_instrument_other_than_the_one_the_source_is_is_named():
    derivative = ("The President signed an executive order raising the tariff on imports of copper articles to 30 "
                  "percent, effective on July 1.")
    found = _found(PROCLAMATION, derivative, pad=False)
    assert ("name", "signed an executive order", "A PROCLAMATION") in found
    # the instrument the source is, named as such, is no discrepancy
    assert not [f for f in _found(PROCLAMATION, derivative.replace("an executive order", "a proclamation"),
                                  pad=False) if f[0] == "name"]


def test_an_instrument_the_source_signs_is_its_counterpart():
    source = ("FACT SHEET: President Smith Raises the Tariff on Imported Copper\n\n"
              "Today, President Smith signed a Proclamation imposing a tariff of 30 percent on imports of copper "
              "articles.\n\n"
              "In a separate Executive Order, the President also extended the reporting rules for shipping firms.")
    derivative = "President Smith signed an executive order on Friday imposing a 30 percent tariff on copper imports."
    found = _found(source, derivative, pad=False)
    assert ("name", "signed an executive order", "signed a Proclamation") in found
    # an article naming the executive order for what it does is right
    fine = "President Smith also signed an executive order on Friday extending the reporting rules for shipping firms."
    assert not [f for f in _found(source, fine, pad=False) if f[0] == "name"]


def test_a_permission_before_the_amount_makes_it_a_most():
    # "allows tariffs for 150 days" says what "for up to 150 days" says
    source = "The statute allows the President to impose a duty for up to 150 days without a vote of Congress."
    derivative = "The statute allows the President to impose a duty for 150 days without a vote of Congress."
    assert not [f for f in _found(source, derivative) if f[0] == "number"]
    # without one, the maximum is stated as the amount
    assert ("number", "150", "up to 150") in _found(
        source, "The President imposed a duty for 150 days without a vote of Congress, as the statute provides.")
