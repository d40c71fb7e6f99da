"""Planted edits the checks missed on unseen articles (session 22, issue 18, read on fresh3's and fresh10's misses, then
on the other splits'): a speaker introduced by a long relative clause, one the source's sentence names only as someone
else's companion, one the source credits by office alone; an amount the source gives once, in a sentence linked
weakly. The sentences are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found

SOURCE = ("HOUSTON - District Attorney Kim Ogg and former County Judge Ed Emmett opened a new diversion center on "
          "Monday. Emmett, who made mental health a priority during his tenure as county judge and whose name the "
          "diversion center now bears, said he was proud to work with Ogg on the center. “It is important to remember "
          "that we in the District Attorney’s Office are committed to seeking justice, not just convictions,” Ogg "
          "said.")


# ------------------------------------------------------------------------------------------------ attribution
def test_a_speaker_before_a_long_relative_clause_opening_the_sentence_is_read(analyze):
    from alignment.engine.discrepancies import _speakers

    src = analyze("Emmett, who made mental health a priority during his tenure as county judge and whose name the "
                  "county's diversion center now bears, said he was proud to work with Ogg.", "S")
    runs = _speakers(src.text, src.words[0])
    assert [src.text[src.words[0][i].word.start:src.words[0][j - 1].word.end] for i, j in runs] == ["Emmett"]


def test_a_quotation_credited_to_the_speaker_a_long_relative_clause_introduces_is_read():
    # the source's speaker opens its sentence, the clause between the commas long: "Emmett" is one of its voices
    article = ("Harris County opened a new diversion center on Monday. \"It is important to remember that we in the "
               "District Attorney's Office are committed to seeking justice, not just convictions,\" Emmett said.")
    assert _found(SOURCE, article) == [("attribution", "Emmett", "Ogg")]
    assert _found(SOURCE, article.replace("Emmett said", "Ogg said")) == []


def test_a_speaker_the_source_names_only_beside_its_own_speaker_is_misattributed():
    article = ("Harris County opened a new diversion center on Monday. Ogg, who made mental health a priority during "
               "his tenure as county judge, said he was proud to work with Ogg on the center.")
    assert _found(SOURCE, article) == [("attribution", "Ogg", "Emmett")]
    right = article.replace("Ogg, who", "Emmett, who")
    assert _found(SOURCE, right) == []


def test_a_quotation_the_source_credits_to_an_office_credited_to_a_stranger_is_flagged():
    source = ("HELENA - Governor Greg Lundgren today asked the USDA to designate more counties as disaster areas. "
              "“I appreciate Secretary Vilsack responding to my request, but there’s more USDA needs to do now to "
              "help our ag producers,” the governor said.")
    article = ("\"I appreciate Secretary Vilsack responding to my request, but there's more USDA needs to do now to "
               "help our ag producers,\" Petrova said in a statement.")
    assert _found(source, article) == [
        ("attribution", "Petrova", "I appreciate Secretary Vilsack responding to my request, but there’s more USDA "
                                   "needs to do now to help our ag producers,” the governor said")]
    # the governor named, or left unnamed: the source's speaker
    assert _found(source, article.replace("Petrova", "Lundgren")) == []
    assert _found(source, article.replace("Petrova said", "the governor said")) == []


def test_an_article_quoting_its_own_interviewee_beside_an_office_credit_is_no_misattribution():
    # the article's quotation is no words of the source's: someone it interviewed
    source = ("“We will keep the bridge open through the winter months,” the minister said.")
    article = "\"Nobody in this valley trusts that bridge any more,\" said Halvorsen, a farmer near the river."
    assert _found(source, article) == []


# ------------------------------------------------------------------------------------------------ numbers
def test_the_sources_only_period_of_a_kind_said_otherwise_on_a_weak_pair_is_flagged():
    source = ("Trooper Dale Okafor served in the United States Marine Corps for eight years, deploying on a combat "
              "tour in the Middle East, before joining the State Police. He is survived by his wife and two children.")
    article = ("Okafor, a lifelong resident of the city, spent eleven years in the U.S. Marines, including one combat "
               "deployment in the Middle East.")
    assert _found(source, article) == [("number", "eleven", "eight")]
    assert _found(source, article.replace("eleven", "eight")) == []


def test_a_quotation_the_source_credits_by_a_pronoun_credited_to_a_stranger_is_flagged():
    # the speaker named in the sentence before: "she said"
    source = ("MADRID - Health Minister Ana Ruiz visited the new hospital in Toledo on Monday. “We will open three new "
              "clinics in the north of the country before the end of next year,” she said.")
    article = ("\"We will open three new clinics in the north of the country before the end of next year,\" "
               "Lindqvist said.")
    assert [(k, a) for k, a, _ in _found(source, article)] == [("attribution", "Lindqvist")]
    assert _found(source, article.replace("Lindqvist", "Ruiz")) == []
    assert _found(source, article.replace("Lindqvist said", "the minister said")) == []


CLINICS = "The Ministry of Health will open three new clinics in the north of the country before the end of next year."


def test_a_body_credited_through_its_spokesperson_or_its_statement_is_read():
    claim = "Three new clinics will open in the north of the country before the end of next year"
    for credit in (", according to a statement from the Tourism Board.", ", a Tourism Board spokesperson said."):
        assert [(k, a) for k, a, _ in _found(CLINICS, claim + credit)] == [("attribution", "Tourism Board")]
    # the issuer's own spokesperson, or its statement
    for credit in (", according to a statement from the Ministry of Health.",
                   ", a Ministry of Health spokesperson said."):
        assert _found(CLINICS, claim + credit) == []
