"""Acronyms and the names they stand for across two texts (alignment/text/acronyms.py)."""

from __future__ import annotations

import pytest

from alignment import compare
from alignment.text.acronyms import acronyms_spelled_out, names_abbreviated, shared_name_keys
from alignment.text.normalize import words


@pytest.mark.parametrize("acronym, name", [
    ("FDA", "the U.S. Food and Drug Administration approved it"),
    ("HHS", "the Department of Health and Human Services"),  # inside a longer name
    ("AG", "the Attorney General said"),
    ("N.I.H.", "the National Institutes of Health"),
    ("USDA", "the U.S. Department of Agriculture"),  # no: "U.S." is an acronym of its own
])
def test_an_acronym_meets_the_name_it_stands_for(acronym, name):
    spelled = acronyms_spelled_out(words(f"The {acronym} agreed."), words(name))
    assert [w.text for w in spelled] == ([] if acronym == "USDA" else [acronym])


@pytest.mark.parametrize("other", [
    "the Food and drug administration",  # not capitalised: not a name
    "Food, Drug Administration",  # a comma between the words
    "Food\n\nand Drug Administration",  # a paragraph break between the words (one line break is a space)
    "the Drug and Food Administration",  # the letters out of order
])
def test_a_run_that_does_not_spell_the_acronym_is_not_its_name(other):
    assert acronyms_spelled_out(words("The FDA agreed."), words(other)) == []


def test_the_name_in_full_is_found_for_an_acronym_of_the_other_text():
    runs = names_abbreviated(words("Officials of the Food and Drug Administration met."), words("The FDA met."))
    assert [[w.text for w in run] for run in runs] == [["Food", "and", "Drug", "Administration"]]
    assert shared_name_keys(words("The FDA met."), words("The Food and Drug Administration met.")) == {"fda"}


def test_an_acronym_the_source_spells_out_is_no_unsupported_detail():
    source = ("The Secretary of Health and Human Services will review the rules. "
              "The review will end in the spring.")
    for derivative in ("The Secretary of HHS will review the rules, officials said.",
                       "The Secretary of Health and Human Services will review the rules, officials said."):
        report = compare(source.replace("Health and Human Services", "HHS") if "Health" in derivative else source,
                         derivative)
        details = [d.text for s in report.derivative.segments for d in s.unsupported_details]
        assert not any(w in " ".join(details) for w in ("HHS", "Health", "Human", "Services")), details
