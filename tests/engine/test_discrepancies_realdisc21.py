"""False-alarm classes read on fresh16 (session 21), each rebuilt in sentences of our own: a news agency credited
after the claim it reported ("..., reported ABC/XYZ"); the signer of a statement signed on another's behalf ("Jane
Roe (PhD)" over "For: Deputy Governor"); a source word under a verb that suspends or denies it ("will suspend the
offering of" / "will not be offering"). Each test keeps the real change of the same kind found."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


def _kinds(found, kind):
    return [(t, s) for k, t, s in found if k == kind]


BOARD = ("The candidates for Governor of the central bank are Roe, Park and Lund.\n\n"
         "The Supervisory Board of Nordbank has nominated Jane Roe, Tom Park and Anna Lund as candidates for the "
         "position of Governor of Nordbank.")


def test_a_news_agency_credited_after_the_claim_it_reported_is_no_speaker():
    """"..., reported ABC/XYZ." names the agency the article took the story from, not a voice in the place of the
    issuer's: no attribution conflict; a person credited with the claim the same way still is one."""
    article = ("Members of the supervisory board of Nordbank have nominated Jane Roe, Tom Park and Anna Lund as "
               "candidates for the position of the next governor of the central bank, reported NTA/BNX.")
    assert not _kinds(_found(BOARD, article), "attribution")
    assert _kinds(_found(BOARD, article.replace("reported NTA/BNX", "said Finance Minister Olaf Berg")),
                  "attribution")


SIGNED = ("Response to Misleading Weekend Herald Headline\n\n"
          "The Bank of Freedonia wishes to clarify as follows:\n\n"
          "1. Whereas the article in the Weekend Herald suggests that there is a new fraud case at the Bank of "
          "Freedonia, we wish to inform the public that this is an old case that came up in March 2019, and was "
          "adequately handled by the Bank.\n\n"
          "2. The officer concerned was dismissed from the services of the Bank of Freedonia in April 2019.\n\n"
          "Peter Okello (PhD)\n\nFor: Deputy Governor\n\nMay 3, 2020")


def test_the_signer_of_a_statement_signed_for_an_office_is_its_issuer():
    """A name alone on a line (a degree in brackets after it) over "For: Deputy Governor" signs the statement on the
    office's behalf: the article may credit its words to them."""
    article = ("According to Okello, the case came up in March 2019 and was adequately handled by the Bank of "
               "Freedonia.")
    assert not _kinds(_found(SIGNED, article), "attribution")
    # someone the statement never names, credited with its words, is still a conflict
    assert _kinds(_found(SIGNED, article.replace("Okello", "Minister Joan Mbeki")), "attribution")


SUSPENDED = ("In light of the ongoing storm, effective Friday, 12 March 2021, the Central Bank will temporarily "
             "suspend the offering of teller services at its head office until further advised.")


def test_a_suspended_act_restated_as_not_done_is_no_negation():
    """"will not be offering" restates "will suspend the offering of": a verb that stops what it governs negates it
    already; negating an act the source states plainly is still a conflict."""
    article = ("The Central Bank said it will not be offering any teller services at its head office until further "
               "advised, as a result of the temporary suspension.")
    assert not _kinds(_found(SUSPENDED, article), "negation")
    plain = SUSPENDED.replace("temporarily suspend the offering of", "continue the offering of")
    assert _kinds(_found(plain, article), "negation")


DENIED = ("The Reserve Bank would like to urge members of the public to dismiss, with utmost contempt, the fake "
          "article being circulated on social media regarding the introduction of a new currency.")


def test_a_rumour_the_source_denies_restated_as_denied_is_no_negation():
    """"No new currency next month" restates a sentence that dismisses a fake article about "a new currency": the
    source denies it too."""
    article = "No new currency next month, says Reserve Bank"
    assert not _kinds(_found(DENIED, article), "negation")


REGULATOR = ("Finanstilsynet opens case against Nordbank\n\n"
             "On 28 October 2019, Finanstilsynet decided to open a misdemeanour case with regard to Nordbank AS.\n\n"
             "In this proceeding, investigators are looking at whether the acts are unlawful and whether there are "
             "circumstances to end the investigation without further proceeding.\n\n"
             "Finanstilsynet is working extensively in the case with other Nordic authorities.\n\n"
             "Finanstilsynet does not conduct criminal proceedings and nor is it authorised to investigate criminal "
             "cases.")
ARTICLE = ("The Norwegian Financial Supervisory Authority decided on Monday to open a misdemeanour case with regard to "
           "Nordbank AS.\n\n"
           "In this proceeding, investigators are looking at whether the acts are unlawful and whether there are "
           "circumstances to end the investigation without further proceeding, the FSA said.\n\n"
           "The FSA is working extensively in the case with other Nordic authorities.\n\n"
           "The FSA does not conduct criminal proceedings and nor is it authorised to investigate criminal cases.")


def test_the_articles_own_name_for_the_issuer_put_in_its_place_is_the_issuer():
    """"The FSA is working" / "Finanstilsynet is working", "The FSA does not conduct" / "Finanstilsynet does not
    conduct": the article's name for the issuer, in its place in two sentences; what it credits to the FSA the
    issuer says."""
    assert not _kinds(_found(REGULATOR, ARTICLE), "attribution")
    # a name put in the issuer's place once only is no alias: credited with the issuer's words, it is a conflict
    once = ARTICLE.replace("The FSA is working", "Finanstilsynet is working").replace(
        "The FSA does not conduct", "Finanstilsynet does not conduct")
    assert _kinds(_found(REGULATOR, once), "attribution")


AGENCY = ("FI opens sanction case in Nordbank investigation\n\n"
          "FI is opening a sanction case in the investigation into Nordbank AB's governance.\n\n"
          "FI's investigation into Nordbank's governance is being conducted in cooperation with the supervisory "
          "authorities in Estonia, Latvia and Lithuania.")


def test_a_long_name_that_spells_the_issuers_acronym_in_its_place_is_the_issuer():
    """"Finansinspektionen's investigation" / "FI's investigation": a compound name in another language whose letters
    spell the issuer's acronym, in its place: no other name; a name that does not spell it still is one."""
    article = ("The Swedish FSA -- known as Finansinspektionen -- said in a statement that it is opening a sanction "
               "case in its investigation into Nordbank's governance.\n\n"
               "Finansinspektionen's investigation into Nordbank's governance is being conducted in cooperation with "
               "the supervisory authorities in Estonia, Latvia and Lithuania.")
    found = _found(AGENCY, article)
    assert not _kinds(found, "name") and not _kinds(found, "attribution")
    assert _kinds(_found(AGENCY, article.replace("Finansinspektionen's investigation", "Riksbanken's investigation")),
                  "name")


GUN = ("A baggage handler was cited by police after he was stopped by security officers with a loaded handgun at one "
       "of the checkpoints at Northfield Regional Airport on Friday, Aug. 11.")


def test_a_checkpoint_for_one_of_the_checkpoints_keeps_the_scope():
    """"at a security checkpoint" says what "at one of the checkpoints" says: "one of" is lost only where the article
    singles the thing out ("at the checkpoint")."""
    article = ("A baggage handler faces a penalty after he was stopped with a loaded handgun at a security checkpoint "
               "at Northfield Regional Airport on Friday.")
    assert not _kinds(_found(GUN, article), "quantifier")
    assert _kinds(_found(GUN, article.replace("at a security checkpoint", "at the checkpoints")), "quantifier")


REFUNDS = "Most recipients will get their refunds via PayPal, and the rest will receive checks in the mail."


def test_many_of_what_most_are_is_no_other_scope():
    """"Many of the recipients" for "Most recipients": what most are, many are; "Some recipients" is still another
    scope."""
    article = "Many of the recipients will receive their refunds through PayPal, and the rest will receive checks."
    assert not _kinds(_found(REFUNDS, article), "quantifier")
    assert _kinds(_found(REFUNDS, article.replace("Many of the", "All")), "quantifier")


def test_the_date_a_tally_is_given_as_of_is_no_day_of_the_event():
    """"As of Aug. 14, a total of 22 firearms have been caught" dates the tally, not the stop "on Friday, Aug. 11";
    the day of the stop changed is still a conflict."""
    article = ("As of Aug. 14, a total of 22 firearms have been caught at the checkpoints of Northfield Regional "
               "Airport, after a baggage handler was stopped with a loaded handgun at one of the checkpoints.")
    assert not _kinds(_found(GUN, article), "date")
    assert _kinds(_found(GUN, GUN.replace("Aug. 11", "Aug. 14")), "date")


DISCLOSE = ("The Central Bank will commence disclosure of its foreign exchange intervention operations in April 2020, "
            "instead of July 2020 as previously announced.")


def test_a_date_the_source_gives_of_another_instance_is_no_counterpart():
    """"instead of July 2020 as previously announced" is the earlier plan's date: the article's date of the
    announcement ("announced in May 2019") is no other date for it; the source's own date changed still is one.
    (On this close pair "May 2019" is still read against "April 2020": the source uses "announced" in the other
    plan's phrase, so the two dates are not told apart as two events; on the real, looser pair it is not.)"""
    article = ("The Central Bank announced in May 2019 that it would disclose further information on its foreign "
               "exchange intervention operations.")
    assert ("May 2019", "July 2020") not in _kinds(_found(DISCLOSE, article), "date")
    assert _kinds(_found(DISCLOSE, DISCLOSE.replace("April 2020", "October 2020")), "date")


MEETING = "The Supervisory Board will discuss the candidates at its regular meeting on 12 February."


def test_an_extraordinary_meeting_for_a_regular_one_is_a_conflict():
    """A board's regular meeting made an extraordinary one is another kind of meeting (``antonyms``); the same kind
    is none."""
    article = "The supervisory board will start discussing the candidates at an extraordinary meeting on February 12."
    assert _kinds(_found(MEETING, article), "negation")
    assert not _kinds(_found(MEETING, article.replace("an extraordinary", "a regular")), "negation")


def test_a_relative_clause_after_a_denied_noun_is_not_denied():
    """"fake messages that are designed to manipulate" calls the messages fake, not their design: "are not designed"
    is a negation added."""
    source = ("The Bank urges the public to desist from circulating fake messages that are designed to manipulate "
              "parallel market foreign currency rates.")
    article = source.replace("that are designed", "that are not designed")
    assert _kinds(_found(source, article), "negation")


CPI = ("The consumers price index rose 2.2 percent in the September 2021 quarter, the biggest quarterly movement since "
       "a 2.3 percent rise in the December 2010 quarter, the agency said today.")


def test_an_origin_in_a_sentence_cut_in_two_is_another_instances_figure():
    """"CPI rose 2.2% in the quarter" / "ending September from 1.3% in the second quarter": the segmenter cuts the
    sentence in two, and "from 1.3%" after "rose" in the first part is the earlier quarter's figure, no other figure
    for the source's 2.2."""
    article = ("Prices in Freedonia rose to their highest in over a decade, according to data released on Monday.\n\n"
               "CPI rose 2.2% in the quarter ending September from 1.3% in the second quarter, the biggest quarterly "
               "movement since a 2.3% rise in the December 2010 quarter.")
    assert not _kinds(_found(CPI, article), "number")
    # without the origin's "from", the figure is the sentence's own; and the part's other figures are still read
    assert _kinds(_found(CPI, article.replace("from 1.3%", "to 1.3%")), "number")
    assert _kinds(_found(CPI, article.replace("2.3% rise", "2.8% rise")), "number")


def test_a_predicate_after_a_denied_noun_is_not_denied():
    """"Those who lodge false reports ... will face consequences": the reports are false, not the consequences: "will
    not face" is a negation added."""
    source = ("Those who lodge false Police reports or provide false information will face serious consequences under "
              "the law.")
    article = source.replace("will face", "will not face")
    assert _kinds(_found(source, article), "negation")
