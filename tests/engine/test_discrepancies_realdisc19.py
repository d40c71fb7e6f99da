"""Real articles' false flags and the real discrepancies the checks missed (session 19, read on fresh14's unperturbed
articles and its gold, then on the other splits' flags): an issuer's own statement credited to it, a scale written
"bln", an article's dateline, a place within the source's place and a word of its people, words said to a reporter;
a count made an increment where the source's is one too, a share of the same whole, the count of a list the article
extends. The sentences are our own."""

from __future__ import annotations

import pytest

from alignment import compare
from alignment.text.normalize import words

from tests.conftest import found_discrepancies as _found


# ------------------------------------------------------------------------------------------------ false flags
def test_a_scale_abbreviated_apart_from_the_figure_is_the_scale():
    assert [w.norm for w in words("up to $15 bln and 40 mln barrels, 2bln and 3.5mln")] == [
        "up", "to", "15", "1000000000", "and", "40", "1000000", "barrels", "2000000000", "and", "3500000"]
    source = "The central bank expands its currency swap line with the treasury up to $15 billion this year."
    article = "The central bank expands its currency swap line with the treasury up to $15 bln this year."
    assert _found(source, article) == []
    # a changed figure is still one
    assert [f[0] for f in _found(source, article.replace("$15 bln", "$25 bln"))] == ["number"]


def test_an_articles_dateline_dates_no_claim_of_the_source():
    source = ("Harbour Authority Opens Inquiry Into Pier Collapse\n\nThe harbour authority has opened an inquiry "
              "into the collapse of the north pier. A notice will appear in the Port Gazette of 12 September 2014.\n")
    article = ("Inquiry opened into pier collapse\n\nWednesday, September 3, 2014\n\nThe harbour authority has "
               "opened an inquiry into the collapse of the north pier, officials said.\n")
    assert [f for f in _found(source, article, pad=False) if f[0] == "date"] == []


def test_words_said_to_a_news_agency_are_the_speakers_not_the_agencys():
    source = ("Eight aid workers were attacked on the road to the northern province. It is not yet clear who "
              "carried out the attack or why.")
    article = ("Eight aid workers were attacked on the road to the northern province. The district governor, Omar "
               "Haidari, tells The Associated Press that it is not yet clear who carried out the attack or why.")
    assert [f for f in _found(source, article) if f[0] == "attribution"] == []


def test_a_place_within_the_sources_place_is_no_other_name():
    source = "The Commissioner expresses his condolences following the train crash in France."
    article = "The Commissioner on Tuesday expressed condolences following the train crash in French Alps."
    assert [f for f in _found(source, article) if f[0] == "name"] == []
    # another country is another name still
    assert ("name", "Spain", "France") in _found(source, article.replace("French Alps", "Spain"))


def test_a_word_of_a_places_people_is_no_misspelling_of_it():
    source = ("Governor Jane Roe has directed flags be lowered in honor of Kansas state senator John Doe, who "
              "died on Sunday.")
    article = ("Governor Jane Roe ordered flags lowered across Kansas for state senator John Doe. A former colleague "
               "asked Kansans to keep his family in their prayers.")
    assert [f for f in _found(source, article) if f[0] == "name"] == []


def test_a_speaker_the_quoted_speaker_cites_is_not_the_quotations():
    source = ("Responding to press queries, Senior Minister of State Ken Ong said:\n\n“Our position has been "
              "set out clearly by the Foreign Minister. It is an unprecedented and very difficult situation and, "
              "as Prime Minister Lee said, the neighbouring government has done a commendable job.\n\nWe stand "
              "ready to provide further support as needed.”\n")
    article = ("Mr Ong said the position had been set out by the Foreign Minister.\n\nSaid Mr Ong: \"It is an "
               "unprecedented and very difficult situation and, as PM Lee said, the neighbouring government has "
               "done a commendable job.\"\n")
    assert [f for f in _found(source, article, pad=False) if f[0] == "attribution"] == []


def test_a_long_lead_in_line_names_the_speaker_after_its_word_of_statement():
    source = ("Agency Issues Statement on New Launch Date\n\nIn response to the company's announcement of a new "
              "target date for the launch of its rocket, the agency issued the following statement from Maria "
              "Keller, associate administrator for exploration at the agency's headquarters:\n\n“The teamwork "
              "provided by these teams is phenomenal. There are a few remaining open items but we are ready to "
              "support the company for its new launch date of May 19.”\n")
    article = ("The company has set May 19 as the new launch date.\n\n“The teamwork provided by these teams is "
               "phenomenal. There are a few remaining open items, but we are ready to support the company for its "
               "new launch date of May 19,” Keller said.\n")
    assert [f for f in _found(source, article, pad=False) if f[0] == "attribution"] == []
    # someone else credited with them is misattributed still
    assert [f[0] for f in _found(source, article.replace("Keller said", "Petrova said"), pad=False)
            if f[0] == "attribution"] == ["attribution"]


def test_an_organisation_speaking_as_we_is_its_statements_issuer():
    source = ("Statement on Incident at Riverside Depot\n\nThe Bureau is currently reviewing an incident involving "
              "one of its inspectors. The inspector and two state troopers were questioning a driver in connection "
              "with a smuggling investigation when a confrontation began. As this incident is under review, we "
              "have no further details at this time.\n")
    article = ("The Bureau says the inspector and two state troopers were questioning a driver in connection with "
               "a smuggling investigation when a confrontation began.\n")
    assert [f for f in _found(source, article, pad=False) if f[0] == "attribution"] == []


def test_a_weekday_beside_the_sources_day_given_in_full_is_another_day():
    source = ("One man has been arrested in relation to damage to a bus shelter that occurred in Riverton on Friday, "
              "30 September.")
    article = ("John Smith was arrested by Riverton police on Tuesday afternoon and charged with wilful damage in "
               "relation to damage to a bus shelter on September 30.")
    assert [f for f in _found(source, article) if f[0] == "date"] == []
    # the weekday of that very day, changed, is a date conflict still
    changed = ("John Smith was arrested by Riverton police and charged with wilful damage in relation to damage to "
               "a bus shelter that occurred on Tuesday, September 30.")
    assert ("date", "Tuesday", "Friday") in _found(source, changed)


# ------------------------------------------------------------------------------------------------ real ones
_COUNTIES = ("Governor Secures Disaster Aid for 10 More Counties\n\nThe governor today announced the department "
             "has designated ten counties as natural disaster counties. To date, the department has designated 26 "
             "of the state’s 56 counites as disaster areas. Hill and Wheatland counties have been designated as "
             "primary disaster areas, with eight contiguous counties also eligible for assistance, including "
             "Blaine, Chouteau, Fergus, Golden Valley, Judith Basin, Liberty, Meagher, and Sweet Grass counties.\n")


def test_an_increment_meets_the_sources_count_where_the_source_makes_it_one():
    article = ("The governor announced today that the department has designated 15 additional counties as natural "
               "disaster counties.\n")
    assert ("number", "15", "ten") in _found(_COUNTIES, article, pad=False)
    # where the source's count is no increment anywhere, an increment is another count
    plain = _COUNTIES.replace("10 More Counties", "Ten Counties")
    assert [f for f in _found(plain, article, pad=False) if f[0] == "number"] == []


def test_a_share_of_the_same_whole_with_another_part_is_a_number_conflict():
    # (a number after a possessive name counts: "Montana’s 56 counites" is no label)
    source = ("Governor Secures Disaster Aid for 10 More Counties\n\nThe governor today announced the department "
              "has designated ten counties as natural disaster counties. So far, the department has designated 26 "
              "of Montana’s 56 counites as primary or contiguous counties for disaster designation areas.\n")
    article = "It brings the number of counties in a declared disaster to 31 of the state's 56 counties.\n"
    assert ("number", "31", "26") in _found(source, article, pad=False)
    assert [f for f in _found(source, article.replace("31", "26"), pad=False) if f[0] == "number"] == []
    # another whole: no share of the same
    assert [x for x in compare(source, article.replace("56", "64")).discrepancies if x.kind == "number"] == []


def test_a_list_extended_adds_names_and_changes_its_count():
    article = ("Farms are also eligible for assistance in 13 additional counties — Blaine, Chouteau, Fergus, Golden "
               "Valley, Judith Basin, Liberty, Meagher, Sweet Grass, Lincoln, Missoula, Sanders, Mineral and "
               "Ravalli counties.\n")
    found = _found(_COUNTIES, article, pad=False)
    assert ("number", "13", "eight") in found
    assert [f for f in found if f[0] == "name"] == []  # names added to the list, none in the place of another
    # a list with one of the source's names replaced names another in its place
    replaced = ("Farms are also eligible for assistance in eight contiguous counties, including Blaine, Chouteau, "
                "Fergus, Golden Valley, Judith Basin, Liberty, Meagher, and Sweet Water counties.\n")
    assert [f[0] for f in _found(_COUNTIES, replaced, pad=False)] == ["name"]


@pytest.mark.parametrize("text", ["[2/15/23]", "15/02/2023"])
def test_a_date_written_in_figures_is_no_amount(text):
    source = "This purchase will support over one million American jobs across 44 states."
    article = f"Air carrier's order will support 1 million American jobs {text}, the President said."
    assert [f for f in _found(source, article) if f[0] == "number"] == []


def test_offsets_slice_back_and_output_is_deterministic():
    article = "That brings the number of counties in a declared disaster to 31 of the state's 56 counties.\n"
    one, two = compare(_COUNTIES, article), compare(_COUNTIES, article)
    assert [(x.start, x.end, x.source_start, x.source_end) for x in one.discrepancies] == \
        [(x.start, x.end, x.source_start, x.source_end) for x in two.discrepancies]
