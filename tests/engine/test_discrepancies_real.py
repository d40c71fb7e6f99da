"""Discrepancies of the kinds the real pairs' gold holds and the planted checks missed (session 13, read on the gold
discrepancies of fresh3 ... fresh8 and the planted edits of fresh8): a figure given as another statistic, an amount
bounded from the other side, an association stated as an effect, a stronger act than the source's, a verb of
certainty in the place of a hedging verb, the words of a fact sheet credited to the order it describes, and a
negation or a hedge passed over in the words beside the word it is keyed on. The sentences are our own."""

from __future__ import annotations

import pytest

from tests.conftest import found_discrepancies as _found

FLAGGED = [
    # a median reported as an average
    ("Patients who took the new tablet with standard care stayed free of relapse longer (median 9.4 months) than "
     "patients who had standard care alone.",
     "Patients who took the new tablet with standard care stayed free of relapse longer (an average of 9.4 months) "
     "than patients who had standard care alone.", "number", "average of 9.4", "median 9.4"),
    # the same sum bounded from above in the source, from below in the article
    ("The department is awarding nearly $2.5 billion to states to expand treatment for opioid addiction.",
     "The department is awarding more than $2.5 billion to states to expand treatment for opioid addiction.",
     "number", "more than $2.5 billion", "nearly $2.5 billion"),
    # an association stated as an effect
    ("Eating nuts during early pregnancy may be associated with a reduced risk of asthma in children, finds a new "
     "study of Danish mothers.",
     "Mothers who eat nuts during early pregnancy may cut the risk of asthma in their children, a new study of Danish "
     "mothers finds.", "modality", "cut", "associated with a reduced"),
    # a stronger act than the source's, said of the same thing
    ("The agency cleared a cooling helmet to reduce memory loss during radiation treatment.",
     "The agency cleared a cooling helmet to prevent memory loss during radiation treatment.",
     "modality", "prevent", "reduce"),
    # a verb of certainty in the very place of the source's hedging verb, which governs no verb of its own
    ("The staff forecasts suggest that it will be some time before wage growth is back in the target band.",
     "The staff forecasts show that it will be some time before wage growth is back in the target band.",
     "modality", "show", "suggest"),
]


@pytest.mark.parametrize(("source", "derivative", "kind", "text", "source_text"), FLAGGED, ids=range(len(FLAGGED)))
def test_a_real_discrepancy_is_found(source, derivative, kind, text, source_text):
    assert (kind, text, source_text) in _found(source, derivative)


NOT_FLAGGED = [
    # the source names the figure both ways: "an average (median) of"
    ("The study followed 12,400 adults in nine countries for an average (median) of six years.",
     "The study followed 12,400 adults in nine countries for an average of six years."),
    # both bounded from below
    ("The department is awarding more than $2.5 billion to states to expand treatment for opioid addiction.",
     "The department is awarding over $2.5 billion to states to expand treatment for opioid addiction."),
    # the article keeps the association
    ("Eating nuts during early pregnancy may be associated with a reduced risk of asthma in children, finds a new "
     "study of Danish mothers.",
     "Eating nuts during early pregnancy may be linked to a reduced risk of asthma in children, a new study of "
     "Danish mothers finds."),
    # a participle before its noun states no effect ("a 12% increased risk"), nor does a question ("whether ...")
    ("Each 5kg drop in grip strength was associated with a 12% increased risk of heart disease in the study.",
     "With each 5kg drop in grip strength there was a 12% increased risk of heart disease in the study."),
    ("The team set out to learn whether iron supplements in pregnancy are associated with a lower risk of asthma.",
     "The team set out to learn whether iron supplements in pregnancy can lower the risk of asthma."),
    # the weaker act for the stronger is a writer's wording
    ("The agency cleared a cooling helmet to prevent memory loss during radiation treatment.",
     "The agency cleared a cooling helmet to reduce memory loss during radiation treatment."),
]


@pytest.mark.parametrize(("source", "derivative"), NOT_FLAGGED, ids=range(len(NOT_FLAGGED)))
def test_a_faithful_restatement_is_not_flagged(source, derivative):
    assert _found(source, derivative) == []


def test_a_fact_sheets_words_credited_to_the_order_are_an_attribution():
    source = ("FACT SHEET: President Smith Establishes the Harbor Renewal Task Force\n\n"
              "Today, President Smith signed an Executive Order to rebuild the nation's harbors.\n\n"
              "The Executive Order creates a task force to oversee the renewal of the harbors, made up of members "
              "of the President's cabinet and key agencies.\n\n"
              "The task force will report to the President within one year.")
    derivative = ("Smith signs order on harbors\n\n"
                  "President Smith on Monday signed an executive order to rebuild the nation's harbors.\n\n"
                  "\"The Executive Order creates a task force to oversee the renewal of the harbors, made up of "
                  "members of the President's cabinet and key agencies,\" the order states.\n\n"
                  "The task force will report to the President within a year.")
    found = _found(source, derivative, pad=False)
    assert [(k, t) for k, t, _ in found if k == "attribution"] == [("attribution", "the order states")]
    # the same words credited to the White House are the issuer's own
    assert not [k for k, _, _ in _found(source, derivative.replace("the order states", "the White House said"),
                                        pad=False) if k == "attribution"]


def test_a_negation_beside_the_word_is_passed_over_in_its_anchor():
    # a weak pair (the credit line lowers the support): the word beside "weak" is "output" on both sides, past "not"
    found = _found("Growth in output has been weak.",
                   "\"Growth in output has not been weak,\" the central bank said in its statement on Tuesday.",
                   pad=False)
    assert ("negation", "not been weak", "weak") in found


def test_a_name_beside_the_word_anchors_it_on_a_weak_pair():
    # a weak pair (the article's sentence shares a few words with the source's): the name after "published" on both
    # sides places the negation in the same claim
    source = ("Eating fish twice a week was associated with fewer heart attacks in older adults, according to a review "
              "published online by Lancet Oncology.")
    derivative = "The review, which examined twelve earlier trials, was not published Tuesday in Lancet Oncology."
    assert ("negation", "not published", "published") in _found(source, derivative)
    # without a name in common, the shared word alone places nothing
    assert not _found(source, "The review, which examined twelve earlier trials, was not published on Tuesday.")
