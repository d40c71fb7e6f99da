"""Names, offices and stages of a case the article gets wrong (session 15, read on the real pairs' gold
discrepancies of fresh10 and fresh8): a name misspelt (a landlord's surname with a letter added, a prosecutor's with a
letter changed, a nominee's given name with a letter dropped), another office given to the same person (an associate
director made an assistant one, a state attorney a county attorney, a sitting president a president-elect), and a
later stage of a criminal case than the source's (an arrest and a charge reported as an indictment). Each both ways:
a faithful wording is not flagged. The sentences are our own."""

from __future__ import annotations

import pytest

from alignment.engine.discrepancies import _misspelling

from tests.conftest import found_discrepancies as _found


@pytest.mark.parametrize(("a", "b", "same"), [
    ("mehldahl", "meldahl", True),   # a letter added inside
    ("stephen", "stephan", True),    # a letter changed inside
    ("rachel", "rachael", True),     # a letter dropped inside
    ("meldhal", "meldahl", True),    # two letters swapped
    ("korea", "korean", False),      # an ending: another word
    ("latino", "latina", False),
    ("floyd", "lloyd", False),       # the first letter: another name
    ("defence", "defense", False),   # the language's spelling alternations
    ("labour", "labor", False),
    ("lopez", "lopes", False),       # (the last letter)
    ("anna", "anne", False),         # fewer than five letters
    ("hartmann", "hartmoon", False),  # two letters changed
])
def test_one_letter_inside_a_name_is_a_misspelling(a, b, same):
    assert _misspelling(a, b) is same


FLAGGED = [
    # the surname misspelt, the given name the same
    ("County Prosecutor Helen Marchetti announced charges against the two contractors on Monday.",
     "County Prosecutor Helen Marcheti announced charges against the two contractors on Monday.",
     "Marcheti", "Marchetti"),
    # one letter more in a long name is its misspelling, not another person: a `name` conflict of its own (before
    # session 15 no conflict at all)
    ("Secretary of State Antony Blinken visited Japan and the Republic of Korea last week.",
     "Secretary of State Anthony Blinken visited Japan and the Republic of Korea last week.",
     "Anthony", "Antony"),
    # the given name misspelt, the surname the same (an initial passed over)
    ("Deborah K. Olmstead was elected district attorney for the county in 2016.",
     "Debrah Olmstead was nominated for U.S. attorney in the western district.",
     "Debrah", "Deborah"),
]


@pytest.mark.parametrize(("source", "derivative", "text", "source_text"), FLAGGED, ids=range(len(FLAGGED)))
def test_a_misspelt_name_is_a_name_conflict(source, derivative, text, source_text):
    assert ("name", text, source_text) in _found(source, derivative)


def test_a_lone_surname_misspelt_where_the_article_also_spells_it_right():
    source = ("The lawsuit says Gundersen collected deposits from tenants he planned to evict. Gundersen has "
              "boasted that he evicts nearly all of his tenants.")
    derivative = ("The lawsuit says Gundersen collected deposits from tenants he planned to evict. Gunderssen also "
                  "boasted that he evicts nearly all of his tenants, the attorney general said.")
    assert ("name", "Gunderssen", "Gundersen") in _found(source, derivative)


NOT_FLAGGED = [
    # the name spelt as the source spells it
    ("County Prosecutor Helen Marchetti announced charges against the two contractors on Monday.",
     "Prosecutor Helen Marchetti announced charges against the two contractors on Monday."),
    # a demonym: an ending, not a misspelling ("Korea" / "Korean")
    ("The president spoke with the leader of Korea about the summit in Seoul next month.",
     "The president spoke with the Korean leader about the summit in Seoul next month."),
    # one letter off, but in another person's name: the article writes the source's spelling for the source's person
    ("Mayor Karen Holloway opened the new library on Saturday with a reading for local students.",
     "Mayor Karen Holloway opened the new library on Saturday with a reading by the author Jim Halloway."),
    # the language's spelling ("Defence" / "Defense")
    ("The Ministry of Defense will open the new base in the north next year.",
     "The Ministry of Defence will open the new base in the north next year."),
]


@pytest.mark.parametrize(("source", "derivative"), NOT_FLAGGED, ids=range(len(NOT_FLAGGED)))
def test_a_faithful_spelling_or_another_name_is_not_flagged(source, derivative):
    assert [f for f in _found(source, derivative) if f[0] == "name"] == []


# ---------------------------------------------------------------------------------------------- offices
#: (source, article, the article's office, the source's): the same person given another rank, level or status of the
#: same office (session 15, read on fresh10 and fresh8: an associate director made an assistant one, a state attorney
#: a county attorney, a sitting president a president-elect)
OFFICE_FLAGGED = [
    ("As an Associate Director of Facilities at the hospital, Daniel Ortega oversaw every repair contract.",
     "Daniel Ortega, a former assistant director of facilities at the hospital, oversaw every repair contract.",
     "assistant director", "Associate Director"),
    ("State Attorney Linda Marsh said the arrest should warn every public employee who takes gifts from vendors.",
     "County Attorney Linda Marsh said the arrest should warn every public employee who takes gifts from vendors.",
     "County Attorney", "State Attorney"),
    # the office after the name, in a sentence the alignment links to nothing of the source's
    ("State Attorney Linda Marsh said the arrest should warn every public employee who takes gifts from vendors.",
     "Linda Marsh, the county attorney, said in a statement that the case was regrettable.",
     "county attorney", "State Attorney"),
    # the deputy made the head
    ("Deputy Secretary Grace Lindqvist will lead the delegation to the trade talks in Nairobi next week.",
     "Secretary Grace Lindqvist will lead the delegation to the trade talks in Nairobi next week.",
     "Secretary", "Deputy Secretary"),
    ("President Martin Okafor today named the delegation that will attend the inauguration in Accra.",
     "The delegation that the president-elect, Martin Okafor, will send to the inauguration in Accra was named today.",
     "president-elect", "President"),
]


@pytest.mark.parametrize(("source", "derivative", "text", "source_text"), OFFICE_FLAGGED,
                         ids=range(len(OFFICE_FLAGGED)))
def test_another_office_given_to_the_same_person_is_a_name_conflict(source, derivative, text, source_text):
    # (a close pair's changed level is a name in the place of the source's already: "County" / "State")
    assert any(kind == "name" and found in text and theirs in source_text
               for kind, found, theirs in _found(source, derivative))


OFFICE_NOT_FLAGGED = [
    # the same office, the rank kept, the apposition turned round
    ("As an Associate Director of Facilities at the hospital, Daniel Ortega oversaw every repair contract.",
     "Daniel Ortega, a former associate director of facilities at the hospital, oversaw every repair contract."),
    # the level dropped: a shorter title, no other office
    ("State Attorney Linda Marsh said the arrest should warn every public employee who takes gifts from vendors.",
     "Attorney Linda Marsh said the arrest should warn every public employee who takes gifts from vendors."),
    # another rank given to another person
    ("Deputy Director Ann Cole and Director Paul Reyes signed the agreement with the city on Monday.",
     "Director Paul Reyes signed the agreement with the city on Monday, with his deputy director Ann Cole."),
    # the source gives the person the office without the rank too (a deputy since made the head)
    ("Deputy Secretary Grace Lindqvist led the talks in 2019. Secretary Grace Lindqvist will lead the delegation to "
     "the trade talks in Nairobi next week.",
     "Secretary Grace Lindqvist will lead the delegation to the trade talks in Nairobi next week."),
    # a status the source gives too
    ("President-elect Martin Okafor met President Ama Boateng in Accra to prepare the handover.",
     "The president-elect, Martin Okafor, met President Ama Boateng in Accra to prepare the handover."),
]


@pytest.mark.parametrize(("source", "derivative"), OFFICE_NOT_FLAGGED, ids=range(len(OFFICE_NOT_FLAGGED)))
def test_the_same_office_in_other_words_is_not_flagged(source, derivative):
    assert [f for f in _found(source, derivative) if f[0] == "name"] == []


# ---------------------------------------------------------------------------------------------- stages of a case
#: (source, article, the article's verb, the source's word): a later stage of a criminal case than any the source
#: names (session 15, read on fresh10: a former official arrested and charged on a warrant, "indicted" in the story)
STAGE_FLAGGED = [
    ("Former Port Official Charged in Kickback Scheme Over Dredging Contracts\n\n"
     "Prosecutors announce the arrest of a former port official who took cash from a dredging company.",
     "Former port official indicted in kickback scheme over dredging contracts",
     "indicted", "Charged"),
    ("The county prosecutor charged the two landlords with grand larceny for forcing tenants out of rent-stabilized "
     "apartments.",
     "The two landlords were convicted of grand larceny for forcing tenants out of rent-stabilized apartments.",
     "convicted", "charged"),
]


@pytest.mark.parametrize(("source", "derivative", "text", "source_text"), STAGE_FLAGGED,
                         ids=range(len(STAGE_FLAGGED)))
def test_a_later_stage_of_the_case_is_a_modality_conflict(source, derivative, text, source_text):
    assert ("modality", text, source_text) in _found(source, derivative)


STAGE_NOT_FLAGGED = [
    # an earlier or the same stage: "charged" for "indicted" says less
    ("A grand jury indicted the two landlords on charges of grand larceny for forcing tenants out of their homes.",
     "The two landlords were charged with grand larceny for forcing tenants out of their homes."),
    # the later stage hedged or negated
    ("The county prosecutor charged the two landlords with grand larceny for forcing tenants out of their homes.",
     "The two landlords could be convicted of grand larceny for forcing tenants out of their homes."),
    ("The county prosecutor charged the two landlords with grand larceny for forcing tenants out of their homes.",
     "The two landlords, who have not been convicted, face grand larceny charges for forcing tenants out of "
     "their homes."),
    # the source names the later stage too
    ("The landlord was arrested in March and indicted in May on charges of grand larceny.",
     "The landlord was indicted on charges of grand larceny after his arrest in March."),
]


@pytest.mark.parametrize(("source", "derivative"), STAGE_NOT_FLAGGED, ids=range(len(STAGE_NOT_FLAGGED)))
def test_the_same_or_an_earlier_stage_is_not_flagged(source, derivative):
    assert [f for f in _found(source, derivative) if f[0] == "modality"] == []
