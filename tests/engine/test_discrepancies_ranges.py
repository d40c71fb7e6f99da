"""Figures, dates and names in shapes read on real article/release pairs (session 13, on fresh8 and fresh7): the
lower end of a range changed, a range with a currency sign on both ends, the next entry of a list of amounts, the
region after a town's name and a comma, a range of years in a loosely linked sentence; and what is no discrepancy:
an age set off after a name, a range written with a hyphen against a single figure, another name of the same people
("Black", "African American"), a date of another event in a loosely linked sentence. The sentences are our own."""

from __future__ import annotations

import pytest

from alignment import compare

from tests.conftest import found_discrepancies as _found

FLAGGED = [
    # the lower end of a range, its upper end the same ("approximately $650 to $700"): a currency sign on each end
    ("The monthly fee at the centre was approximately $120 to $180 for each family enrolled.",
     "At the centre, families enrolled were paying between $150 and $180 a month in fees.",
     "number", "150", "120"),
    # the upper end, the lower the same
    ("The monthly fee at the centre was approximately $120 to $180 for each family enrolled.",
     "At the centre, families enrolled were paying between $120 and $240 a month in fees.",
     "number", "240", "180"),
    # the next entry of a list both give in the same order, the entry before it the same, whatever noun each uses
    ("More than 2,400 patients and at least 35 insurance carriers were victims of the billing fraud.",
     "All in all, more than 2,400 patients and 52 insurers were affected by the fraud, the agency said.",
     "number", "52", "35"),
    # the region after a town's name and a comma, whatever follows it ("the Maple Grove, Ohio shooting")
    ("As a mark of respect for the victims of the senseless violence perpetrated on July 4 in Maple Grove, Minnesota, "
     "I hereby order that the flag shall be flown at half-staff.",
     "The president ordered flags flown at half-staff over public buildings until Saturday to honor the victims of "
     "the Maple Grove, Ohio shooting.",
     "name", "Ohio", "Minnesota"),
    # a range of years whose other end both give, in a loosely linked sentence: the same span, whatever is around it
    ("From 2012 to 2016, the company is charged for its part in a scheme of billing the state for repairs that were "
     "never made.",
     "The attorney general's office said the firm fraudulently billed the state from 2010 to 2016 for road repairs "
     "that were not done.",
     "date", "2010", "2012"),
    # one field of the day the same, another changed, in a loosely linked sentence: the same date said wrong
    ("The public raffle will close on Monday, March 4, 2024, at 12:00 PM ET and winners will be told by email on or "
     "after Monday, March 11, 2024.",
     "The raffle opened Monday morning and will take entries until Monday, July 4 at 12 PM, organisers said.",
     "date", "July 4", "March 4, 2024"),
    # a year given alone on both sides, with words around both in common on either side ("Section 12 ... Water Act")
    ("The governor is invoking her authority under section 12 of the Water Act of 1986, which lets the governor "
     "declare emergency restrictions on water use.",
     "The governor is acting under Section 12 of the 1984 Water Act, a provision that allows limits on lawn watering "
     "for 90 days.",
     "date", "1984", "1986"),
]


@pytest.mark.parametrize(("source", "derivative", "kind", "text", "source_text"), FLAGGED, ids=range(len(FLAGGED)))
def test_a_changed_figure_or_name_is_found(source, derivative, kind, text, source_text):
    assert (kind, text, source_text) in _found(source, derivative)


NOT_FLAGGED = [
    # an age between commas after a name counts no companies
    ("Maria Delgado, 41, and her brother Tomas Delgado, 45, both of Riverside, own the repair companies Delta Auto, "
     "Delgado Motors and Prime Body Works.",
     "Maria Delgado and Tomas Delgado, owners of three repair companies, billed insurers for work never done.",
     "number"),
    # a range written with a hyphen is no single figure of another thing
    ("Inflation was 3.1 per cent over the year to the March quarter, down from 4.2 per cent over the year to the "
     "December quarter.",
     "Inflation eased to 3.1 per cent in the March quarter, still above the bank's two-three per cent target band.",
     "number"),
]


@pytest.mark.parametrize(("source", "derivative", "kind"), NOT_FLAGGED, ids=range(len(NOT_FLAGGED)))
def test_no_discrepancy_of_that_kind(source, derivative, kind):
    assert [x for x in _found(source, derivative) if x[0] == kind] == []


def test_a_date_of_another_event_in_a_loose_sentence_is_no_date_changed():
    # the term's end is not the project's start, in a sentence that restates the source's loosely
    source = "The project will begin in March 2026, and it is expected to be finished long before the end of the " \
        "mayor's term."
    derivative = "The mayor's spokesperson told reporters that work on the 40,000-square-foot hall will be finished " \
        "\"long before\" the mayor's four-year term ends in January 2031."
    assert [x[0] for x in _found(source, derivative)] == ["modality"]  # (the hedge dropped, no date)


def test_another_name_of_the_same_people_is_no_other_name(analyze):
    """"Black" and "African American" name the same people (lang ``group_aliases``): where the source uses one, the
    other is a name it establishes, as a nation's alias is; "Hispanic" establishes no "Black"."""
    from alignment.engine.discrepancies import _established, source_names

    der = analyze("Reyes would be the second Black woman to serve on the Fourth Circuit.", "D")
    black = next(t for t in der.words[0] if t.word.text == "Black")

    def established(source: str) -> bool:
        return _established(black, source_names(analyze(source, "S")))
    assert established("Reyes would be the second African American woman ever to serve on the Fourth Circuit.")
    assert not established("Reyes would be the second Hispanic woman ever to serve on the Fourth Circuit.")


@pytest.mark.parametrize("derivative", ["0˥²\n", "Paris, ² of them\n", "by ²/4 percentage point\n"])
def test_a_digit_int_does_not_read_is_no_age_nor_fraction(derivative):
    # ("²" is a digit to str.isdigit, not to int(): found by test_properties' fuzzing)
    assert compare("The ministers met in London on Tuesday.\n", derivative).discrepancies == ()
