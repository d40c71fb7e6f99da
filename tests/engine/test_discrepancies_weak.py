"""A weakly linked pair's name and figure (issue 18, session 15): the check reads a pair that shares a topic more
than a claim with stricter gates, and a name or a figure there is read only where its role is the same on both
sides: a name after the same verb and preposition and before the same word, an amount followed by the same nouns.
The sentences are our own; the support of each pair is asserted weak so the tests keep testing the weak gate."""

from __future__ import annotations

from alignment import compare
from alignment.engine.discrepancies import WEAK_SUPPORT

from tests.conftest import found_discrepancies as _found

SERVING_SOURCE = ("Serving with Senator Okafor during the 2000s was among the proudest chapters of my years in "
                  "public office and on the Appropriations Committee.")


def _weak(source: str, derivative: str) -> bool:
    report = compare(source, derivative)
    return bool(report.alignments) and max(a.support for a in report.alignments) < WEAK_SUPPORT


def test_a_name_after_the_same_verb_and_preposition_and_before_the_same_word_is_in_the_sources_place():
    derivative = "She also recalled her years serving with Lindgren in the 2000s when she was a young senator."
    assert _weak(SERVING_SOURCE, derivative)
    assert ("name", "Lindgren", "Okafor") in _found(SERVING_SOURCE, derivative)


def test_the_same_verb_and_preposition_before_another_word_after_place_no_name():
    # "work with Congress on this issue" / "work with Julie to build an economy": the verb is shared, not the claim
    source = "We will keep working with Congress on this issue over the months ahead, the governor said in April."
    derivative = "The governor said she looks forward to working with Julie to build an economy that lasts."
    assert not [f for f in _found(source, derivative) if f[0] == "name"]


GRANT_SOURCE = ("The grant aims to reach about 6,000 residents, including 1,200 farmers with small plots, and 900 "
                "household and family members, in remote districts.")


def test_an_amount_followed_by_the_same_nouns_counts_the_same_thing_whatever_its_head():
    derivative = "The program targets 6,000 residents, including 1,200 farmers with small plots and 1,400 vulnerable " \
                 "household members."
    assert ("number", "1,400", "900") in _found(GRANT_SOURCE, derivative)


def test_an_amount_of_other_nouns_or_of_the_same_value_is_no_change():
    same = "The program targets 6,000 residents, including 1,200 farmers with small plots and 900 vulnerable " \
           "household members."
    assert not [f for f in _found(GRANT_SOURCE, same) if f[0] == "number"]
    # the one noun in common is no phrase in common: "household pets" / "household and family members"
    source = "Shelters across the county took in 900 household and family members after the flood, officials said."
    assert ("number", "1,400", "900") in _found(
        source, "Officials said the shelters had sheltered 1,400 vulnerable household members since the flood began.")
    assert not [f for f in _found(
        source, "Officials said the shelters had sheltered 1,400 household pets since the flood began.")
        if f[0] == "number"]
