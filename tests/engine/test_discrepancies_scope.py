"""Discrepancies of the classes the real pairs' gold holds and the check missed (session 17, issue 18, read on the
gold discrepancies of fresh2 ... fresh12): an amount the source gives plainly or about opened upward ("for at least
18 months" / "for 18 months"), a restricting phrase dropped from a finding ("1 in every 100 people in the UK" / "1
in every 100 people"), one thing the source singles out made many ("gifts from certain vendors" / "gifts from a
specific vendor"), and a word of a thing's name given in another form ("the Securities of Information Act" / "the
Security of Information Act"). Each both ways: the faithful rewording is not flagged. The sentences are our
own."""

from __future__ import annotations

import pytest

from tests.conftest import found_discrepancies as _found

FLAGGED = [
    # an amount given plainly, made a least
    ("The order defers for 24 months the removal of any resident of the island who is present in the country.",
     "The order shields residents of the island from removal for at least 24 months, officials said.",
     "quantifier", "at least 24", "24"),
    # an amount given plainly, made a strict lower bound
    ("The state awarded grants to 45 rural clinics across the region to expand dental care this year.",
     "The state awarded grants to more than 45 rural clinics across the region to expand dental care this year.",
     "quantifier", "more than 45", "45"),
    # a place that restricts a share dropped
    ("It is estimated that about 1 in every 60 adults in Scotland has the condition.",
     "About one in every 60 adults has the condition.", "quantifier", "adults", "in Scotland"),
    # a phrase that restricts the measured outcome dropped where the article's sentence stops
    ("After adjusting for other factors, the team found that daily walking was associated with a lower risk of "
     "knee pain with joint swelling relative to adults who did not walk.",
     "After adjusting for other factors, the team found that daily walking was associated with a lower risk of "
     "knee pain.", "quantifier", "pain", "with joint swelling"),
    # one thing the source singles out made many
    ("Investigators allege that the clerk accepted cash and gifts from a specific contractor and then steered "
     "county repair jobs to firms the contractor controlled.",
     "The clerk is accused of accepting cash and gifts from certain contractors and steering county repair jobs to "
     "firms they controlled.", "quantifier", "certain contractors", "a specific contractor"),
    # a word of a law's name in another form
    ("He faces charges under the Criminal Code and the Protection of Information Act for the disclosures.",
     "He also faces charges under the rarely used Protections of Information Act for the disclosures.",
     "name", "Protections", "Protection"),
    # a word of a fund's name with letters added
    ("The grant will be drawn from the National Emergency Relief and Migration Assistance Fund this year.",
     "The grant will be drawn from the National Emergency Relief and Immigration Assistance Fund this year.",
     "name", "Immigration", "Migration"),
]


@pytest.mark.parametrize(("source", "derivative", "kind", "text", "source_text"), FLAGGED, ids=range(len(FLAGGED)))
def test_a_real_discrepancy_is_found(source, derivative, kind, text, source_text):
    assert (kind, text, source_text) in _found(source, derivative)


NOT_FLAGGED = [
    # the least kept, or the source's amount the end of a range
    ("The order defers for at least 24 months the removal of any resident of the island who is present here.",
     "The order shields residents of the island from removal for at least 24 months, officials said."),
    ("The order defers for 24 to 36 months the removal of any resident of the island who is present here.",
     "The order shields residents of the island from removal for at least 24 months, officials said."),
    # the place kept; a count of people in a place, no share of them, dropped
    ("It is estimated that about 1 in every 60 adults in Scotland has the condition.",
     "About one in every 60 adults in Scotland has the condition."),
    ("The trial enrolled 500 patients in Kenya during the first two years of the programme.",
     "The trial enrolled 500 patients during the first two years of the programme."),
    # a place of an event, no finding, dropped
    ("The minister met business leaders in Tokyo on Monday to discuss new trade rules.",
     "The minister met business leaders on Monday to discuss new trade rules."),
    # the one thing kept one; many in the source too
    ("Investigators allege that the clerk accepted cash and gifts from a specific contractor and then steered "
     "county repair jobs to firms the contractor controlled.",
     "The clerk is accused of accepting cash and gifts from one contractor and steering county repair jobs to "
     "firms it controlled."),
    ("Investigators allege that the clerk accepted cash and gifts from several contractors and then steered "
     "county repair jobs to firms the contractors controlled.",
     "The clerk is accused of accepting cash and gifts from certain contractors and steering county repair jobs to "
     "firms they controlled."),
    # the name as the source writes it; another name altogether
    ("He faces charges under the Criminal Code and the Protection of Information Act for the disclosures.",
     "He also faces charges under the rarely used Protection of Information Act for the disclosures."),
    ("Veterans can apply to the Department of Veterans Affairs for the new housing grants this year.",
     "Veterans can apply to the Veterans Affairs Department for the new housing grants this year."),
]


@pytest.mark.parametrize(("source", "derivative"), NOT_FLAGGED, ids=range(len(NOT_FLAGGED)))
def test_a_faithful_restatement_is_not_flagged(source, derivative):
    assert not [f for f in _found(source, derivative) if f[0] in ("quantifier", "name")]
