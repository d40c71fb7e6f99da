"""Discrepancy classes read on fresh13 (session 18): its missed planted attributions and its false flags on
unperturbed articles, each rebuilt as a class in sentences of our own. A person's statement, all in quotation marks,
is its issuer's own voice: an article crediting it to someone else misattributes it; a byline's name over a line of
office is the text's issuer; an acronym that takes letters from inside a name's words ("HIBORs") is that name; an
increment ("seven additional counties") counts no whole ("all 55 counties"). Each test keeps the real change of the
same kind found, or the false alarm gone."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


def _kinds(found, kind):
    return [(t, s) for k, t, s in found if k == kind]


STATEMENT = ("Premier Jane Roe has released the following statement about the agreement between the province and the "
             "national government on the new rail line and the port:\n\n"
             "“It cannot be the case that the projects that get approved in this country are those where a premier "
             "threatens to walk away from the table.\n\n"
             "“I will be meeting the Prime Minister next week to bring him a list of projects we can build together.”")


def test_a_persons_statement_in_quotation_marks_is_their_own_voice():
    """A first-person statement that credits no one with words is its issuer's: its quotations, credited to no one,
    are theirs, and an article crediting one to another person misattributes it."""
    article = ("However, Maria Ortiz said in a statement issued Friday that it cannot be the case that projects get "
               "approved in this country because a premier threatens to walk away from the table.")
    assert _kinds(_found(STATEMENT, article), "attribution")
    # the issuer credited: no conflict
    assert not _kinds(_found(STATEMENT, article.replace("Maria Ortiz", "Roe")), "attribution")


QUOTED = ("The council met on Monday to discuss the budget for the coming year and the new bridge.\n\n"
          "“It cannot be the case that the projects that get approved in this city are those where a member "
          "threatens to walk away from the table.”")


def test_a_quotation_credited_to_no_one_in_a_text_in_its_own_voice_is_still_no_ones():
    """In a text that is no one person's statement (no "I"), a quotation credited to no one may be anyone's: the
    article's speaker is no conflict."""
    article = ("Maria Ortiz said it cannot be the case that projects get approved in this city because a member "
               "threatens to walk away from the table.")
    assert not _kinds(_found(QUOTED, article), "attribution")


BYLINE = ("Statement by the Secretary on the Attack in Lyon\n\nPress Statement\n\nJohn Q. Adams\n\nSecretary of "
          "State\n\nWashington, DC\n\nWhile it is too early to determine those responsible for this atrocity, we are "
          "working closely with the French government and supporting their efforts to investigate this attack.")


def test_a_bylines_name_over_a_line_of_office_is_the_issuer():
    """A name alone on a line right above a line of office ("John Q. Adams" / "Secretary of State") signs the text:
    the article may credit its words to them, however it writes the office before the name."""
    article = ("U.S. Secretary of State John Adams says the U.S. is working closely with the French government as it "
               "investigates the attack in Lyon.")
    assert not _kinds(_found(BYLINE, article), "attribution")


RATES = ("The Base Rate is set at either 50 basis points above the lower end of the federal funds target range, or "
         "the average of the five-day moving averages of the overnight and one-month Freedonia Interbank Offered "
         "Rates, whichever is the higher.")


def test_an_acronym_with_letters_from_inside_a_names_words_is_that_name():
    """"FIBORs" abbreviates "Freedonia Interbank Offered Rates", a letter taken from inside "Interbank", in the
    plural: the same name, no other in its place."""
    article = RATES.replace("Freedonia Interbank Offered Rates", "FIBORs")
    assert not _kinds(_found(RATES, article), "name")
    # another name in its place is still one
    assert _kinds(_found(RATES, RATES.replace("Freedonia", "Norway")), "name")


COUNTIES = "Governor Roe also issued a State of Preparedness for all 55 counties on Tuesday, which is still in effect."


def test_an_increment_counts_no_whole():
    """"seven additional counties" are the ones added, "all 55 counties" all of them: two counts of different things,
    while the whole changed is a number changed."""
    article = ("Governor Jane Roe expanded a Tuesday state of emergency declaration to include seven additional "
               "counties on Thursday.")
    assert not _kinds(_found(COUNTIES, article), "number")
    assert ("45", "55") in _kinds(_found(COUNTIES, COUNTIES.replace("55", "45")), "number")


APPOINTED = "President Jane Roe has appointed Mr Peter Quill as her spokesperson with effect from 1 June 2022."


def test_a_possessive_name_before_the_acts_noun_stands_where_the_verbs_object_does():
    """"Ortiz’s appointment" names the one appointed, as "appointed Mr Peter Quill" does (a word of office passed
    over): on a close pair, another name there is a name changed."""
    article = "In a statement, the Presidency says Ortiz’s appointment as spokesperson is effective from 1 June 2022."
    assert _kinds(_found(APPOINTED, article), "name")
    assert not _kinds(_found(APPOINTED, article.replace("Ortiz’s", "Quill’s")), "name")


TEMPORARY = ("From April 1 the Minister of Finance, on recommendation from the Board, will appoint a temporary "
             "Governor for a period of up to six months.")


def test_an_ing_form_after_a_date_dates_nothing():
    """"From June 1, Roe - taking advice from the Board - will appoint": the date dates the appointment, not the
    participle of the aside, so it meets the source's date of the appointment."""
    article = ("From June 1, Roe - taking advice from the Board - will appoint a temporary governor for up to six "
               "months.")
    assert ("June 1", "April 1") in _kinds(_found(TEMPORARY, article), "date")
    assert not _kinds(_found(TEMPORARY, article.replace("June", "April")), "date")


VICTIMS = ("“I am horrified by the reports that at least 35 children were killed and more than 20 children were "
           "injured during the attack yesterday on the village.")


def test_an_amount_that_sums_the_parts_it_names_is_their_total():
    """"55 children were killed and injured" names both parts the source counts, 35 killed and 20 injured: their
    total, no other figure; "55 children killed" names one part only, and is a number changed."""
    article = ("The agency says at least 55 children were reportedly killed and injured during the attack on the "
               "village.")
    assert not _kinds(_found(VICTIMS, article), "number")
    assert ("55", "35") in _kinds(_found(VICTIMS, article.replace("killed and injured", "killed")), "number")


NEGATIVE = ("At the same time, the bank is lowering the interest rate on sight deposit balances that exceed a given "
            "threshold by 0.5 percentage points, to −0.75%.")


def test_a_negative_amount_made_positive_is_a_number_changed():
    """"to 0.75 percent" for "to −0.75%": the minus sign dropped, a negative rate made positive; "minus 0.75 percent"
    and "-0.75%" are the same amount."""
    article = NEGATIVE.replace("−0.75%", "0.75 percent")
    assert ("0.75", "−0.75") in _kinds(_found(NEGATIVE, article), "number")
    for same in ("minus 0.75 percent", "-0.75%"):
        assert not _kinds(_found(NEGATIVE, NEGATIVE.replace("−0.75%", same)), "number")


def test_a_part_changed_is_no_total():
    """"53 children were killed and more than 20 children were injured": the article gives the parts itself, one
    changed; its figure is no total of the source's."""
    assert ("53", "35") in _kinds(_found(VICTIMS, VICTIMS.replace("35", "53")), "number")
