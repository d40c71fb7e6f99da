"""Discrepancy classes read on fresh10's flags on its unperturbed articles (session 15), each a false alarm of a
class: a name that is also a modal ("May"), a rank against a count ("the 2nd Circuit" / "sixty-one seats"), a
headline's bare total against the parts the source's sentence gives, "one of" against a list's label, a negation
inside quoted words, and what someone was asked not to do against an act the source states otherwise. The sentences
are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found


def _linked(der, source_id: str, support: float):
    from alignment.model import Alignment, AlignmentLabel

    return (Alignment(source_id=source_id, derivative_id=der.segments[0].id, score=0.4, label=AlignmentLabel.PARTIAL,
                      support=support, coverage=0.3, fuzzy=0.4),)


MISSING_SOURCE = ("The District Attorney announced a murder charge against Tom Reyes, 41, the husband of May “Mia” "
                  "Reyes, 39, a mother of two who has been missing since March.\n\n"
                  "State law allows prosecutors to file murder charges even though May’s body has not been found.")


def test_a_name_spelled_as_a_modal_hedges_nothing():
    derivative = ("Prosecutors charge Mia’s husband with murder\n\n"
                  "The District Attorney announced a murder charge against Tom Reyes, the husband of Mia Reyes, a "
                  "mother of two missing since March.\n\n"
                  "The district attorney said that state law allows prosecutors to file murder charges even though "
                  "Mia’s body is not found.")
    assert not [k for k, _, _ in _found(MISSING_SOURCE, derivative) if k == "modality"]
    # the modal itself, dropped, is still a change of certainty
    assert ("modality", "will", "may") in {(k, a.split()[0], b.split()[0]) for k, a, b in _found(
        "Prosecutors may file murder charges against the husband next week, the District Attorney said.",
        "Prosecutors will file murder charges against the husband next week, the District Attorney said.")}


def test_a_number_written_in_words_with_a_hyphen_is_one_number():
    source = "The state currently has no active women judges out of sixty-one seats on its federal bench."
    assert ("number", "sixty-four", "sixty-one") in _found(
        source, "The state currently has no active women judges out of sixty-four seats on its federal bench.")
    assert not _found(source, "The state currently has no active women judges out of 61 seats on its federal bench.")


def test_a_rank_is_no_count(analyze):
    from alignment.engine.discrepancies import _quantities, _same_thing

    doc = analyze("The Senate confirmed a judge to the 2nd Circuit. The state has no such judges out of sixty-one "
                  "seats. It is the Twenty-Seventh round of nominees, after the 5th Circuit's.", "S")
    (rank,), (seats,), (round_, fifth) = (_quantities(doc.text, w, set()) for w in doc.words)
    assert seats.value == 61 and seats.head == "seat"
    assert rank.head.startswith("#") and round_.head.startswith("#") and fifth.head.startswith("#")
    assert not _same_thing(rank, {"<the", ">circuit"}, seats, {"<the", ">circuit"}, set())
    assert _same_thing(rank, {"<the", ">circuit"}, fifth, {"<the", ">circuit"}, set())


NOMINEES_SOURCE = ("President Lee Announces Twenty-Third Round of Judicial Nominees\n\n"
                   "President Lee is also announcing his intent to nominate four new nominees to serve as U.S. "
                   "Attorneys and four new nominees to serve as U.S. Marshals.")


def test_a_headlines_bare_figure_may_be_the_total_of_the_parts_the_source_gives():
    body = ("\n\nPresident Lee is also announcing his intent to nominate four new nominees to serve as U.S. Attorneys "
            "and four new nominees to serve as U.S. Marshals.")
    assert not _found(NOMINEES_SOURCE, "Lee nominates 9 for US attorney, judge and marshal slots" + body)
    # a part changed is still a number changed
    headline = "Lee nominates 9 for US attorney, judge and marshal slots"
    assert ("number", "five", "four") in _found(NOMINEES_SOURCE, headline + body.replace("and four", "and five"))


def test_one_of_against_a_lists_label_widens_nothing():
    derivative = ("President Lee announced a new wave of judicial nominees on Tuesday, days after the Senate confirmed "
                  "one of his nominees to the U.S. Court of Appeals for the Ninth Circuit.")
    assert not _found("President Lee Announces Judicial Nominees\n\n"
                      "Judge Maria Chen: Nominee for the United States Court of Appeals for the Ninth Circuit\n\n"
                      "Judge Chen has served on the district court since 2015.", derivative)
    # the nominee the source singles out, made one of several, is a scope widened
    assert ("quantifier", "one of the nominees", "nominee") in _found(
        "Judge Maria Chen is the nominee for the United States Court of Appeals for the Ninth Circuit.",
        "Judge Maria Chen is one of the nominees for the United States Court of Appeals for the Ninth Circuit.")


def test_a_negation_inside_quoted_words_ends_with_them(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Attorney General Ortiz’s office filed a civil lawsuit last week against the landlord.", "S")
    der = analyze("\"The tenants of these buildings are in a position to say 'no more,'\" attorney general Rosa Ortiz "
                  "said of the lawsuit.", "D")
    for support in (0.3, 0.7):
        assert not find_discrepancies(der, src, _linked(der, "S1", support))


def test_a_negation_before_an_opening_quotation_mark_negates_the_quoted_words():
    source = "She was the first British monarch to whom people all around the world could feel a personal connection."
    assert ("negation", "not the \"first", "first") in _found(
        source, "The couple noted that she was not the \"first British monarch to whom people all around the world "
                "could feel a personal connection.\"")


def test_what_someone_was_asked_not_to_do_negates_no_act_the_source_states_otherwise():
    source = ("The order stops the landlord of 30 properties from retaliating against his tenants when they contact "
              "city housing inspectors.")
    assert not _found(source, "The landlord was also accused of asking tenants not to contact city housing inspectors.")
    # asked to do it, in the source, and asked not to, in the article: the request reversed
    assert ("negation", "not to contact", "contact") in _found(
        "The landlord asked tenants to contact city housing inspectors about repairs.",
        "The landlord asked tenants not to contact city housing inspectors about repairs.")


# ---------------------------------------------------------------- planted kinds missed on fresh10 and fresh8
CHARGES_SOURCE = (
    "12 CLINIC OWNERS CHARGED IN $20 MILLION BILLING SCHEME\n\n"
    "Insurance Commissioner Maria Soto and Lake County District Attorney Paul Brandt announced charges against 12 "
    "clinic owners in a billing scheme.\n\n"
    "The owners billed insurers for tests that patients never needed, prosecutors said.\n\n"
    "\"These owners treated patients as a source of profit and nothing more,\" said Commissioner Maria Soto.\n\n"
    "\"We will hold every one of them to account,\" said District Attorney Paul Brandt.\n\n"
    "The defendants face up to 10 years in prison.\n\nThe case was investigated by the Department of Insurance.\n\n"
    "The owners will be arraigned next month.\n\nAnyone with information should call the tip line.")
CHARGES_ARTICLE = (
    "Twelve clinic owners charged in billing scheme\n\n"
    "Insurance Commissioner Maria Soto and District Attorney Paul Brandt announced charges against 12 clinic owners "
    "in a billing scheme.\n\n"
    "\"These owners treated patients as a source of profit and nothing more,\" said {}.\n\n"
    "\"We will hold every one of them to account,\" said District Attorney Paul Brandt.")


def test_a_quotation_given_to_another_of_the_sources_voices_is_misattributed():
    # both named in the release's first sentence (both read as its issuer): the words are still one person's
    assert ("attribution", "District Attorney Paul Brandt", "Maria Soto") in _found(
        CHARGES_SOURCE, CHARGES_ARTICLE.format("District Attorney Paul Brandt"))
    assert not _found(CHARGES_SOURCE, CHARGES_ARTICLE.format("Commissioner Maria Soto"))
    assert not _found(CHARGES_SOURCE, CHARGES_ARTICLE.format("the district attorney's office"))



def test_the_ends_of_a_range_are_no_parts_of_a_total():
    source = ("Efficacy was established in two 12-week clinical trials of 406 healthy women, 40 to 80 years of age, "
              "who reported moderate to severe pain.")
    assert ("number", "121", "80") in _found(
        source, "It was tested in two 12-week clinical trials involving 406 women, aged 40 to 121.")
