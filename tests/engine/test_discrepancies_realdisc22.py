"""False-alarm classes read on fresh17 (session 22), each rebuilt in sentences of our own: a negation phrase that
negates its clause's verb ("At no time ... did I sign"); the issuer's initials ("the CBN" for the Central Bank of
Nordland's release); names after the same preposition of two different verbs ("stopped at" / "shot at"); "one of"
after a comma; words credited to the author of a document the source cites ("a proclamation ..., in which President
X said"); a title-case heading's common noun beside copied words. Each test keeps the real change of the same kind
found."""

from __future__ import annotations

import pytest

from tests.conftest import found_discrepancies as _found


def _kinds(found, kind):
    return [(t, s) for k, t, s in found if k == kind]


DENIAL = ("Statement by the Governor of the Bank of Freedonia\n\n"
          "At no time during my tenure as Finance Minister did I sign any decision related to Medixa Pharma.")


@pytest.mark.parametrize("phrase", ["At no time during my tenure as Finance Minister did I sign",
                                    "Under no circumstances did I, as Finance Minister, sign",
                                    "In no case did I, during my tenure as Finance Minister, sign"])
def test_a_negation_phrase_negates_its_clauses_verb(phrase):
    """"At no time ... did I sign" negates "sign", not "time": "never signed" restates it; an article that says he
    signed still drops the negation."""
    source = DENIAL.replace("At no time during my tenure as Finance Minister did I sign", phrase)
    article = "The governor said he never signed any decision related to Medixa Pharma during his tenure as minister."
    assert not _kinds(_found(source, article), "negation")
    assert _kinds(_found(source, article.replace("never signed", "signed")), "negation")


def test_no_longer_is_a_change_of_state_not_a_clause_negation():
    """"no longer high" restates a move down from a level the source calls high: no negation of "high"."""
    source = ("The alert level moves from Level 4 (transmission is high or rising exponentially) to Level 3 (the "
              "epidemic is in general circulation).")
    article = ("The alert level moved to Level 3, meaning the epidemic is in general circulation but transmission is "
               "no longer high or rising exponentially.")
    assert not _kinds(_found(source, article), "negation")


MALTA = ("The Central Bank of Nordland would like to clarify that all credit institutions licensed by the FSA are "
         "obliged at law to operate a reserve deposit account with the Central Bank of Nordland.\n\n"
         "Each transaction undertaken by the said credit institution through its account held at the Central Bank "
         "of Nordland is conducted with the explicit approval of the competent person.\n\n"
         "This is in line with the administrative measures implemented by the FSA, and therefore there was no new "
         "measure taken by the Central Bank of Nordland that needed to be communicated to the public.")


def test_the_issuers_initials_are_the_issuer():
    """"CBN" is the Central Bank of Nordland's initials: what the article credits to it the issuer says; an acronym
    of other letters is still another speaker."""
    article = ("In response, CBN said all credit institutions licensed by the FSA are obliged at law to operate a "
               "reserve deposit account with the Central Bank.\n\n"
               "\u201cEach transaction undertaken by the said credit institution through its account held at the "
               "Central Bank is conducted with the explicit approval of the competent person,\u201d CBN said.")
    assert not _kinds(_found(MALTA, article), "attribution")
    assert _kinds(_found(MALTA, article.replace("CBN", "NBA")), "attribution")


SHOOTING = ("A suspect who was heavily armed and shot at Northfield Police Detectives is dead after an "
            "officer-involved shooting on November 13 just before noon in the area of Horne and Broadway Road in "
            "Mesa.\n\n"
            "When the vehicle pulled into a parking lot, one of the suspects walked inside a nearby restaurant.")


def test_names_after_one_preposition_of_two_verbs_are_in_two_roles():
    """"stopped at Rosa's Grill" (a place) and "shot at Northfield Police Detectives" (a target) share "at", not a
    role: no name put for another; the same verb before both still makes one the other's place."""
    article = "Officers say the suspect stopped at Rosa's Mexican Grill near Broadway Road and Horne."
    assert not _kinds(_found(SHOOTING, article), "name")
    changed = "A suspect who was heavily armed and shot at Rosa's Mexican Grill near Broadway Road is dead."
    assert _kinds(_found(SHOOTING, changed), "name")


def test_one_of_after_a_comma_is_one_of():
    """"a parking lot, one of the suspects": "one of" after a comma is no label's number after its noun ("Part one
    of the plan"): the article's "One of the suspects" says what the source says; "The suspects" widens it."""
    article = "One of the suspects went inside the restaurant after the vehicle pulled into a parking lot."
    assert not _kinds(_found(SHOOTING, article), "quantifier")
    assert _kinds(_found(SHOOTING, article.replace("One of the suspects", "The suspects")), "quantifier")
    # ("among the suspects" makes him one of them too)
    among = "Among the suspects, the one who went inside the restaurant was arrested."
    assert not _kinds(_found(SHOOTING, among), "quantifier")


FLAGS = ("Gov. Roe orders flags to half-staff in remembrance of the 1 million Americans lost to COVID-19\n\n"
         "In accordance with a proclamation from the White House, Gov. Jane Roe has directed that flags at all state "
         "office buildings be lowered to half-staff immediately to mark the tragic milestone this week of 1,000,000 "
         "American lives lost to COVID-19.")


def test_words_of_a_document_the_source_cites_credited_to_its_author():
    """The article quotes the proclamation the source acts on, "in which President Tom Park said": the source does
    not name its author and cannot show the credit wrong; a speaker credited without the document still is one."""
    article = ("The directive comes following a proclamation from the White House, in which President Tom Park "
               "said, \u201cToday, we mark a tragic milestone: one million American lives lost to COVID-19.\u201d")
    assert not _kinds(_found(FLAGS, article), "attribution")
    plain = ("Flags at all state office buildings will be lowered to half-staff to mark the tragic milestone of "
             "one million American lives lost to COVID-19, President Tom Park said.")
    assert _kinds(_found(FLAGS, plain), "attribution")
    # (one's own statement is no document the source cites: "In a statement Friday, X said" is still a credit)
    own = ("In a statement Friday, President Tom Park said flags at all state office buildings will be lowered to "
           "half-staff to mark the tragic milestone of one million American lives lost to COVID-19.")
    assert _kinds(_found(FLAGS.replace("a proclamation", "a statement"), own), "attribution")


STATEMENT = ("Statement from NSC Spokesperson Adrienne Walsh on Actions Against the Regime Repressing People and "
             "Preying on Migrants in Freedonia\n\n"
             "Today, the United States is taking coordinated action in response to the regime's continued repression "
             "of the people of Freedonia.")


def test_a_title_case_headings_common_noun_is_no_name():
    """The transcript's heading "Background Press Call on Actions Against ..." copies the statement's heading after
    its own words: "Call", which the transcript writes in lower case ("on this call"), is no name in the place of
    "Walsh"; a name there still is one."""
    article = ("Background Press Call on Actions Against the Regime Repressing People and Preying on Migrants in "
               "Freedonia\n\n"
               "Thanks for joining this press call. Today, the United States is taking coordinated action in "
               "response to the regime's continued repression of the people of Freedonia.")
    assert not _kinds(_found(STATEMENT, article), "name")
    named = article.replace("Background Press Call on", "Statement from NSC Spokesperson Adrienne Okafor on")
    assert _kinds(_found(STATEMENT, named), "name")
