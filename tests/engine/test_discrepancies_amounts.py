"""Planted number and name edits the checks used to miss (issue 18): a sum of money near a count of the same size,
a count whose noun follows a compound joined by a hyphen, the first part of a whole after "including", a possessive
name in the place of another. The sentences are our own, modelled on real article/release pairs."""

from __future__ import annotations

from alignment import compare

from tests.conftest import DISCREPANCY_PAD as PAD
from tests.engine.test_discrepancies_figures import _found, _heads


def test_a_sum_of_money_is_no_approximation_of_a_count():
    """"around $310 billion in savings" is not accounted for by "about 300 billion litres of fuel", a count of
    another thing within a tenth of it: the source's sum is "$120 billion"."""
    source = ("The new rules would bring around $120 billion in savings over the next decade, cut about 300 billion "
              "litres of fuel use and avoid around four billion tonnes of emissions.")
    derivative = "The new rules would bring around $310 billion in savings over the next decade, the ministry said."
    assert _found(compare(source + PAD, derivative + PAD)) == [("number", "310 billion", "120 billion")]
    assert _found(compare(source + PAD, derivative.replace("310", "120") + PAD)) == []


def test_a_compound_joined_by_a_hyphen_qualifies_the_noun_counted(analyze):
    """"over 150 Korean-built ships" counts ships, as "over 150 ships" does: a participle joined by a hyphen to the
    word before it ("Korean-built", "state-owned") qualifies the noun after it, whatever its ending."""
    assert _heads(analyze, "The fleet will add over 150 Korean-built ships next year.") == \
        _heads(analyze, "The fleet will add over 150 ships next year.") == ["ship"]
    assert _heads(analyze, "The fund holds shares in 12 state-owned banks.") == ["bank"]
    source = ("We are proud to confirm the order of over 150 Korean-built ships through a new agreement between "
              "Maersk and Hyundai.")
    derivative = "The company confirmed the order of over 240 ships through an agreement between Maersk and Hyundai."
    assert _found(compare(source + PAD, derivative + PAD)) == [("number", "240", "150")]
    assert _found(compare(source + PAD, derivative.replace("240", "150") + PAD)) == []


def test_the_parts_after_including_are_a_list_of_the_same_whole():
    """"7,200 people, including 5,101 children ..." / "approximately 7,200 individuals, including 3,400
    schoolchildren ...": the first part of the same whole, whatever noun each gives it."""
    source = ("The project aims to benefit approximately 7,200 individuals, including 3,400 schoolchildren with "
              "hearing and visual disabilities, and 1,900 household and community members.")
    derivative = "The project targets 7,200 people, including 5,101 children with sensory impairments and 1,900 " \
                 "vulnerable household members."
    assert _found(compare(source + PAD, derivative + PAD)) == [("number", "5,101", "3,400")]
    assert _found(compare(source + PAD, derivative.replace("5,101", "3,400") + PAD)) == []


def test_possessive_names_that_own_the_same_thing_stand_in_one_place():
    """"at Chile's 40th National Day Parade" / "on Singapore's 40th National Day Parade": the name the article puts
    in place of the source's owns the same thing, whatever the words before them."""
    source = "The man said an attack was taking place on Singapore’s 40th National Day Parade."
    derivative = "A man who falsely said that a bomb attack would happen at Chile's 40th National Day Parade (NDP) " \
                 "has been arrested."
    assert _found(compare(source + PAD, derivative + PAD)) == [("name", "Chile's", "Singapore’s")]
    assert _found(compare(source + PAD, derivative.replace("Chile", "Singapore") + PAD)) == []


def test_a_possessive_name_may_open_a_longer_run_of_capitalised_words(analyze):
    """"Europol's Serious Crime Analysis Unit": the possessive word opens the run the source's name is gone in; what
    it owns is read after that word, not after the run."""
    from alignment.engine.discrepancies import _same_possessed

    src = analyze("Mark Dalton is Deputy Director of Europol's Serious Crime Analysis Unit.", "S")
    der = analyze("Mark Dalton, deputy director of Frontex's serious crime analysis unit, was arrested.", "D")
    sw, dw = src.words[0], der.words[0]
    s_at = next(k for k, t in enumerate(sw) if t.word.text.startswith("Europol"))
    d_at = next(k for k, t in enumerate(dw) if t.word.text.startswith("Frontex"))
    assert _same_possessed(der.text, dw, range(d_at, d_at + 1), src.text, sw, range(s_at, s_at + 5), False)
    # (no possessive on one side: no such place)
    plain = analyze("Mark Dalton is Deputy Director of the Serious Crime Analysis Unit of Europol.", "S")
    assert not _same_possessed(der.text, dw, range(d_at, d_at + 1), plain.text, plain.words[0],
                               range(len(plain.words[0]) - 2, len(plain.words[0]) - 1), False)


def test_a_name_the_source_joins_to_another_by_and_stands_where_its_own_words_do():
    """"the Andes, Patagonia, Chile and Peru region" reads "Chile and Peru" as one name; the article's "Chile, and
    Kenya (APCP) region" puts Kenya where Peru's own words stand, after "and" and "Chile"."""
    source = ("LIMA, 4 May 2024 — The Bank's Director for the Andes, Patagonia, Chile and Peru region, Ana Ruiz, ended "
              "her three-day visit to Peru today.")
    derivative = ("The Bank's Director for the Andes, Patagonia, Chile, and Kenya (APCP) region, Ana Ruiz, ended her "
                  "three-day visit to Peru on Friday.")
    assert _found(compare(source + PAD, derivative + PAD)) == [("name", "Kenya", "Peru")]
    assert _found(compare(source + PAD, derivative.replace("Kenya", "Peru") + PAD)) == []
