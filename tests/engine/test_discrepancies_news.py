"""Discrepancy classes read on fresh11's flags on its unperturbed articles (session 16), each a false alarm of a
class of news writing: an outlet's credit read as a change of speaker, a speaker the source names in a lead-in line,
a date or a figure of another instance of the thing (a backup date, the previous quarter's rate, the day of an
arrest), news prose's future read as a hedge, and what someone did not do against what they were asked to do. Each
test keeps the real change of the same kind found. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import found_discrepancies as _found

BRIDGE = ("The city will close the Main Street bridge for repairs from June 3 to June 20, and traffic will be diverted "
          "along Oak Avenue.")


@pytest.mark.parametrize("credit", [", according to the Daily Courier.", ", the Valley Herald first reported.",
                                    ", local news outlet Stuff reported.", ", Stuff reported."])
def test_a_news_outlets_credit_is_no_speaker(credit):
    assert not _found(BRIDGE, BRIDGE[:-1] + credit)


def test_a_person_credited_with_the_sources_own_words_is_still_a_wrong_speaker():
    found = {(k, t) for k, t, _ in _found(BRIDGE, BRIDGE[:-1] + ", Mayor Tom Fenwick said.")}
    assert ("attribution", "Mayor Tom Fenwick") in found


def test_a_study_paper_is_no_news_outlet():
    """In a study's story "the paper" is the study: the speaker after it is a person, checked as any other."""
    source = ("Researchers at the university found that the drug cut the risk of stroke by a third in older patients."
              "\n\n“These results could change how we treat older patients,” said Dr. Jane Roe, who led the study.")
    article = ("Researchers at the university found that the drug cut the risk of stroke by a third in older patients."
               "\n\nIn the paper, Dr. John Doe said: “These results could change how we treat older patients.”")
    assert ("attribution", "John Doe", "Jane Roe") in _found(source, article)
    assert not _found(source, article.replace("In the paper, Dr. John Doe said:", "The newspaper Valley Herald said:"))


def test_a_report_the_sentence_opens_with_credits_the_claim():
    # (a body's own report, credited as the sentence's subject: not the news' credit line)
    source = ("The agency approved a grant to help the region improve care for children with disabilities.\n\n"
              "The project focuses on children with disabilities enrolled in regular schools.")
    article = ("The agency approved a grant to help the region improve care for children with disabilities.\n\n"
               "Oxfam reported many children with disabilities enrolled in regular schools in the region.")
    assert not [x for x in _found(source, article) if x[0] == "attribution" and x[1] != "Oxfam"]


@pytest.mark.parametrize("lead_in", ["Statement from Sergeant Tom Hale, Northfield Police:",
                                     "Sergeant Tom Hale, Northfield Police:",
                                     "Northfield Police released the following statement from Sergeant Tom Hale:"])
def test_the_speaker_a_lead_in_line_names_speaks_the_text_below_it(lead_in):
    body = "Police are appealing for witnesses after a car was damaged on Main Road overnight on Saturday."
    source = f"{lead_in}\n\n{body}"
    assert not _found(source, body[:-1] + ", Sergeant Hale said.")
    # another person is another speaker still
    assert ("attribution", "Inspector Rachel Moyo") in {(k, t) for k, t, _ in _found(
        source, body[:-1] + ", Inspector Rachel Moyo said.")}


LAUNCH = "The launch of the resupply mission to the space station is now targeted for Friday, Nov. 17."


@pytest.mark.parametrize("article", [
    "The launch of the resupply mission to the space station is now targeted for Friday, Nov. 17, with a backup "
    "opportunity on Saturday, Nov. 18.",
    "A backup launch opportunity for the resupply mission to the space station is available on Saturday, Nov. 18.",
    "The launch of the resupply mission to the space station, originally scheduled for Nov. 14, is now targeted for "
    "Nov. 17.",
])
def test_a_date_of_another_instance_is_no_date_changed(article):
    assert not _found(LAUNCH, article)


def test_the_date_itself_changed_is_found_beside_another_instances():
    assert ("date", "Nov. 18", "Nov. 17") in _found(
        LAUNCH, "The launch of the resupply mission to the space station, originally scheduled for Nov. 14, is now "
                "targeted for Nov. 18.")
    # where the source gives the other instance too, it is compared
    source = "The launch, originally scheduled for Nov. 14, is now targeted for Nov. 17, with a backup on Nov. 18."
    assert ("date", "Nov. 19", "Nov. 18") in _found(
        source, "The launch, originally scheduled for Nov. 14, is now targeted for Nov. 17, with a backup on Nov. 19.")


RATE = "The unemployment rate was 4.8 percent in the September 2024 quarter, official figures show."


@pytest.mark.parametrize("article", [
    "The jobless rate climbed to 4.8 percent, from a revised 4.6 percent in the June quarter, official figures show.",
    "The jobless rate was up from 4.6 percent in the June quarter, official figures show.",
    "The unemployment rate was 4.8 percent in the September quarter, against 3.9 percent a year earlier.",
])
def test_a_previous_periods_figure_is_no_figure_changed(article):
    assert not _found(RATE, article)


def test_the_figure_itself_changed_is_found_beside_the_previous_one():
    assert ("number", "5.1", "4.8") in _found(
        RATE, "The unemployment rate rose to 5.1 percent in the September quarter, up from 4.6 percent, official "
              "figures show.")
    source = "The unemployment rate rose to 4.8 percent in the September quarter, up from 4.6 percent in June."
    assert ("number", "4.5", "4.6") in _found(
        source, "The unemployment rate rose to 4.8 percent in the September quarter, up from 4.5 percent in June.")


@pytest.mark.parametrize(("source", "article", "changed"), [
    ("The new season runs from 5 June.", "Ticket sales rose in May, and the new season runs from 6 June.",
     ("date", "6 June", "5 June")),
    ("The levy will apply to firms with revenue from $5 million.",
     "Exports rose sharply last year, and the levy will apply to firms with revenue from $8 million.",
     ("number", "8 million", "5 million")),
])
def test_a_change_of_an_earlier_clause_makes_no_origin(source, article, changed):
    """"from" names where a change started only in the change's own clause: the value after it in a later clause
    is the sentence's own, compared as any other."""
    assert changed in _found(source, article)


HALL = "The community hall on Beach Road was vandalised overnight on Sunday, 4 May."


@pytest.mark.parametrize("article", [
    "A man was arrested on Wednesday over the vandalism of the community hall on Beach Road.",
    "Police arrested a 34-year-old man on Wednesday, 7 May, after the community hall on Beach Road was vandalised.",
])
def test_the_day_of_another_event_is_no_date_changed(article):
    assert not [x for x in _found(HALL, article) if x[0] == "date"]


def test_the_day_of_the_same_event_changed_is_found():
    assert ("date", "5 May", "4 May") in _found(HALL, HALL.replace("4 May", "5 May"))
    assert ("date", "Wednesday", "Tuesday") in _found(
        "A 34-year-old man was arrested on Tuesday after the community hall on Beach Road was vandalised.",
        "A 34-year-old man was arrested on Wednesday after the community hall on Beach Road was vandalised.")


def test_news_prose_future_is_no_hedge():
    assert not _found("Police will be charging a 45-year-old man with careless driving causing injury.",
                      "A 45-year-old man is expected to be charged with careless driving causing injury.")
    assert not _found("Police would like to remind motorists to slow down near schools.",
                      "Motorists are reminded to slow down near schools.")
    # what the source says happened, put in the future, is hedged; a modal still is
    assert ("modality", "expected to be charged", "charged") in _found(
        "A 45-year-old man was charged with careless driving causing injury.",
        "A 45-year-old man is expected to be charged with careless driving causing injury.")
    assert [k for k, _, _ in _found("Police will charge a 45-year-old man with careless driving causing injury.",
                                    "Police may charge a 45-year-old man with careless driving causing injury.")] \
        == ["modality"]


@pytest.mark.parametrize("clitic", ["'ll", "’ll"])
def test_a_contracted_future_is_the_future(clitic):
    """"We'll" is one word to the tokenizer (its norm the adverb "well"): the future's clitic is read off its end."""
    article = "The bank is expected to cut rates again in the spring to support the recovery."
    assert not _found(f"We{clitic} cut rates again in the spring to support the recovery.", article)
    assert ("modality", "expected to cut", "cut") in _found(
        "We cut rates again in the spring to support the recovery.", article)


def test_what_someone_did_not_do_is_no_negation_of_what_they_were_asked_to_do():
    assert not _found("Officers advised a couple to wear their masks properly on the train.",
                      "Officers charged a couple with not wearing their masks properly on the train.")
    # an act the source states, negated, is a negation still; so is a request turned round
    assert ("negation", "not wearing", "wear") in _found(
        "Officers saw a couple wear their masks properly on the train.",
        "Officers saw a couple not wearing their masks properly on the train.")
    assert [k for k, _, _ in _found("Officers advised a couple to wear their masks properly on the train.",
                                    "Officers advised a couple not to wear their masks properly on the train.")] \
        == ["negation"]


def test_a_plural_noun_tagged_a_verb_is_the_modals_subject():
    source = ("Breakthroughs in quantum science are poised to generate entirely new industries, good-paying jobs, and "
              "economic opportunities for all Americans.")
    assert ("modality", "may be poised", "poised") in _found(
        source, "Just as with the Internet, advances in quantum science may be poised to generate entirely new "
                "industries, well-paying jobs, and economic opportunities.")
    # a verb's phrase still holds the hedge after it: "they felt it may"
    assert not _found("The team felt that the new drug works well for most patients.",
                      "The team felt the new drug may work well for most patients.")


def test_a_figure_anchors_the_phrase_a_modal_is_said_of():
    source = ("The Administration will deliver more than 25 million masks to over 1,300 Community Health Centers "
              "across the country as well as 60,000 food pantries and soup kitchens.")
    article = ("The White House says it may hand out more than 25 million free masks through about 1,300 community "
               "health centres and the country's food banks.")
    assert ("modality", "may hand", "will") in _found(source, article)
    assert not _found(source, article.replace("may hand", "will hand"))


def test_a_verb_right_before_a_comma_holds_no_hedge_after_it():
    source = ("Significant cyber vulnerabilities exist across critical infrastructure, which is largely owned and "
              "operated by the private sector.")
    assert ("modality", "may be owned", "owned") in _found(
        source, "You know, almost 90 percent of critical infrastructure may be owned and operated by the private "
                "sector.")
    # a verb with its object before the comma keeps the hedge in its phrase, as before
    assert not _found("The team found the new drug works well for most patients.",
                      "The team found the new drug, in most patients, may work well.")


def test_a_hedge_is_anchored_by_the_sources_use_of_the_word_in_the_same_phrase():
    source = ("The analysis includes data on the estimated number of individuals eligible for student debt relief, "
              "and the estimated number of Pell Grant borrowers eligible for up to $20,000 of relief within each "
              "state.")
    article = ("For those who received a Pell Grant, the White House estimated 321,600 borrowers may be eligible to "
               "receive up to $20,000 in student debt relief.")
    assert ("modality", "may be eligible", "eligible") in _found(source, article)
    assert not _found(source, article.replace("may be", "are"))
