"""Matching (alignment/engine/match.py): quantities written in different ways are the same words."""

from __future__ import annotations

import pytest

from alignment import compare


def _claim(source: str, derivative: str):
    (seg,) = [s for s in compare(source, derivative).derivative.segments if s.is_claim]
    return seg


@pytest.mark.parametrize(("source", "derivative"), [
    ("The company raised $1.5 billion from investors on Monday.", "The company raised 1.5bn dollars from investors."),
    ("The bank raised the federal funds rate by 25 basis points on Tuesday.",
     "The bank raised the federal funds rate by a quarter point."),
    ("In all, 1,901 women completed the trial last year.", "Nearly 2,000 women completed the trial."),
    ("Sales reached 3.4 million units in the quarter.", "Sales reached more than 3 million units."),
    # a fraction written with a slash, as a central bank writes a rate's step and its range
    ("The Board decided to raise the policy rate by 1/4 percentage point to 5-1/4 to 5-1/2 percent.",
     "The Board decided to raise the policy rate by a quarter percentage point to 5.25% to 5.5%."),
    ("The Board decided to raise the policy rate by 1/2 percentage point to 2-3/4 percent.",
     "The Board decided to raise the policy rate by 50 basis points to 2.75 percent."),
    # a number and a scale word the number words do not fold (lang scale_words), a unit written short
    ("The suit was filed by the county prosecutor and 24 other prosecutors across the state.",
     "The suit was filed by the county prosecutor and two dozen other prosecutors."),
    ("The regulator fined the lender 4 million rupees for the lapses.",
     "The regulator fined the lender 40 lakh rupees."),
    ("The bank raised the federal funds rate by a quarter point on Tuesday.",
     "The bank raised the federal funds rate by 25 bps."),
])
def test_the_same_quantity_written_another_way_is_found(source, derivative):
    seg = _claim(source, derivative)
    assert seg.status == "supported", (seg.status, seg.score, seg.reason)
    assert not any(ch.isdigit() for d in seg.unsupported_details for ch in d.text), seg.unsupported_details


def test_an_exact_number_is_not_an_approximate_one():
    """Without a hedge, 2,000 is not 1,901: the sentences disagree on the number (no support from rounding)."""
    seg = _claim("In all, 1,901 women completed the trial last year.", "In all, 2,000 women completed the trial.")
    assert seg.status != "supported"


def test_a_hedged_number_meets_only_round_values_close_to_it():
    """"over 15 years" is not about the 19 of "COVID-19": rounded to one digit both are ~20, but rounding moves 15
    by a third; "nearly 2,000" still meets 1,901 (5%) and "more than 3 million" 3.4 million (12%)."""
    from alignment.engine.match import _approximations

    assert "~20" not in _approximations(15)
    assert "~2000" in _approximations(1901) and "~3000000" in _approximations(3.4e6)
    seg = _claim("The agenda includes the response to COVID-19 and the climate crisis.",
                 "So the plan includes taxes over 15 years to pay for spending.")
    assert seg.status == "added", (seg.status, seg.reason)


@pytest.mark.parametrize(("row", "derivative"), [
    # a table's exact amount, restated rounded with its scale word, or cut off after "more than"
    ("FLORIDA STATE DEPARTMENT OF CHILDREN AND FAMILIES TALLAHASSEE FL $101,302,478",
     "The Florida Department of Children and Families is getting a grant of $101.3 million."),
    ("KANSAS STATE DEPARTMENT FOR AGING AND DISABILITY SERVICES TOPEKA KS $8,370,570",
     "Kansas is slated to receive more than $8.3 million for aging and disability services."),
    ("SEMINOLE TRIBE OF FLORIDA HOLLYWOOD FL $500,000.00",
     "A grant of $500,000 is going to the Seminole Tribe of Florida."),
    ("COLORADO STATE DEPT OF HUMAN SERVICES DENVER CO $21,078,320",
     "Colorado is getting $21 million for its state department of human services."),
])
def test_a_tables_figure_restated_in_round_terms_is_found(row, derivative):
    """A fact sheet's table gives exact amounts; a reporter gives them rounded, with "million": the row is the
    counterpart, and the figure is no unsupported detail."""
    from alignment.engine.match import _offers

    assert "~101300000" in _offers(101302478) and ">8300000" in _offers(8370570)
    source = ("Grant awards by state\n\n" + row + "\n\nIDAHO STATE DEPT OF HEALTH AND WELFARE BOISE ID $7,937,724\n\n"
              "IOWA STATE DEPT OF PUBLIC HEALTH DES MOINES IA $9,083,075\n")
    report = compare(source, derivative)
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    assert seg.status in ("supported", "partial") and seg.aligned_to == ("S2",), (seg.status, seg.reason)
    assert not any(ch.isdigit() for d in seg.unsupported_details for ch in d.text), seg.unsupported_details


def test_a_figure_cut_off_is_met_only_after_more_than():
    """Rounded, 1,677,800 is 1.7 million; cut off it is 1.6 million, which only "more than 1.6 million" says: a
    story's "1.6 million would have their balances cleared" is another number (an unsupported detail)."""
    source = "In Ohio, 1,677,800 borrowers are eligible for relief under the plan."
    exact = _claim(source, "In Ohio, 1.6 million borrowers are eligible for relief under the plan.")
    assert any("1.6" in d.text for d in exact.unsupported_details), exact.unsupported_details
    hedged = _claim(source, "In Ohio, more than 1.6 million borrowers are eligible for relief under the plan.")
    assert not any(ch.isdigit() for d in hedged.unsupported_details for ch in d.text), hedged.unsupported_details
    rounded = _claim(source, "In Ohio, 1.7 million borrowers are eligible for relief under the plan.")
    assert not any(ch.isdigit() for d in rounded.unsupported_details for ch in d.text), rounded.unsupported_details


def test_a_round_figure_does_not_meet_a_number_far_from_it():
    """Cut off or rounded, a number offers only values within APPROXIMATE_WITHIN of itself: "$30 million" does not
    meet $37,195,746 (rounded to one digit it is 40 million; cut off, 30 million, a fifth off)."""
    from alignment.engine.match import _offers

    assert "~30000000" not in _offers(37195746)
    assert ">37100000" in _offers(37195746) and "~37200000" in _offers(37195746)


def test_a_number_offers_its_roundings_only_where_a_look_up_may_meet_them():
    """A number's roundings lie within APPROXIMATE_WITHIN of it: they are offered when either text looks up a value
    that near in round terms ("more than 1.6 million"), and left out when none does (no score can change)."""
    from alignment.engine.match import _approximations, _offers, _rounding_offers

    assert _rounding_offers([1677800.0], [1600000.0]) == _approximations(1677800.0) | _offers(1677800.0)
    assert _rounding_offers([1677800.0], []) == set() == _rounding_offers([1677800.0], [3000000.0, 1000.0])
    assert _rounding_offers([0.0], []) == _approximations(0.0) | _offers(0.0)  # (too small to tell: offered)
    source = "In Ohio, 1,677,800 borrowers are eligible. In Iowa, 2,201,300 are."
    hedged = _claim(source, "In Ohio, more than 1.6 million borrowers are eligible for relief under the plan.")
    assert not any(ch.isdigit() for d in hedged.unsupported_details for ch in d.text), hedged.unsupported_details


def test_a_figure_of_one_significant_digit_is_no_rounding_of_another():
    """"$9 million" says nine; a source's $9.2 million is another model's earnings, not the same figure rounded:
    only a figure written with two significant digits or more ("$21 million", "$101.3 million") is taken for a
    round restatement of an exact one."""
    seg = _claim("Coming up second in the rankings is the supermodel, with earnings of $9.2 million.",
                 "In 2015, she came in second place with earnings of $9 million.")
    assert any("9" in d.text for d in seg.unsupported_details), (seg.status, seg.unsupported_details)


def test_a_token_python_reads_as_an_infinite_float_is_no_figure():
    """A link's hash ("…/8e707514") is a number word to the tokenizer, and float() reads it as 8 × 10^707514, which
    is infinite: comparing a text that holds one crashed on rounding it (found comparing a Domestic Policy Council
    report with a news article)."""
    source = ("The council published its report on April 8. "
              "The full report is at https://example.gov/files/8e707514 for the public.\n")
    article = "The council published the report, which is at example.gov/files/8e707514, on April 8.\n"
    r = compare(source, article)
    assert r.derivative.segments[0].status in ("supported", "partial")


def test_a_countrys_adjective_is_found_where_the_country_is_named():
    """"Russian oil" in the statement and "oil from Russia" in the story name one country (lang ``demonyms``): the
    sentence restates the statement's. Without the table the two words are strangers and both claims read
    partial."""
    from alignment.engine import match

    source = ("The new duty applies to imports from India because of its continued purchases of Russian oil.\n\n"
              "The order takes effect in September.\n")
    derivative = "India faces the duty because it keeps buying oil from Russia.\n"
    r = compare(source, derivative)
    (d,) = r.derivative.segments
    s = r.source.segments[0]
    assert (d.status, s.status) == ("supported", "covered"), (d.reason, s.reason)
    assert match._DEMONYMS[match.stem("russian")] == match.stem("russia")
    assert match._DEMONYMS[match.stem("israelis")] == match.stem("israel")  # the people, plural


def test_without_the_adjective_table_the_same_pair_is_partial(monkeypatch):
    from alignment.engine import match

    monkeypatch.setattr(match, "_DEMONYMS", {})
    monkeypatch.setattr(match, "_COUNTRIES", frozenset())
    r = compare("The new duty applies to imports from India because of its continued purchases of Russian oil.\n\n"
                "The order takes effect in September.\n",
                "India faces the duty because it keeps buying oil from Russia.\n")
    assert r.derivative.segments[0].status == "partial"
    assert r.source.segments[0].status == "partial"


def test_a_word_met_only_as_its_countrys_other_form_is_left_to_the_detail_rules():
    """``through_demonym``: the words of a found set that the source holds only in the other form ("Russia" where
    the source says "Russian") are handed to the detail rules as unfound, as before the table; a word the source
    has itself stays found."""
    from alignment.engine.match import through_demonym

    r = compare("Sanctions target Russian banks.\n", "Sanctions target banks in Russia.\n")
    assert r.derivative.segments[0].status == "supported"

    class _P:
        word_keys = ("sanction", "target", "bank", "russia")

    assert through_demonym(_P(), frozenset({0, 2, 3}), frozenset({"sanction", "bank", "russian"})) == {3}
    assert through_demonym(_P(), frozenset({0, 2, 3}), frozenset({"sanction", "bank", "russia"})) == frozenset()


def test_two_peoples_joined_by_a_hyphen_name_neither_country():
    """"Israeli-Lebanese civilians" are the border's people: the compound does not offer "Israel", so a sentence
    about a return home across the border does not meet a sentence that urges Israel to act."""
    from alignment.engine.match import _DEMONYMS, _paired_people
    from alignment.text.normalize import words
    from alignment.text.segment import tag_by_rule

    def tagged(text):
        return tag_by_rule(text, words(text))

    pair = tagged("allowing Israeli-Lebanese civilians a safe return")
    flags = {t.word.text: _paired_people(pair, i) for i, t in enumerate(pair)}
    assert flags["Israeli"] and flags["Lebanese"] and not flags["civilians"]
    assert "israel" in _DEMONYMS.values()
    assert not _paired_people(tagged("Israeli civilians returned"), 0)
    assert not _paired_people(tagged("Israeli and Lebanese civilians"), 0)


@pytest.mark.parametrize(("source", "derivative"), [
    ("The deadline for the filing was moved to 3/4/2025 by the court.",  # a date, no fraction
     "The deadline for the filing was moved to 0.75 by the court."),
    ("The clinic is open 24/7 for residents of the county.", "The clinic is open 3.43 for residents of the county."),
    ("The Board decided to raise the policy rate to 5-1/4 percent.",  # 5-1/4 is 5.25, not 5.4
     "The Board decided to raise the policy rate to 5.4 percent."),
])
def test_a_slash_that_is_no_fraction_or_another_value_is_not_found(source, derivative):
    seg = _claim(source, derivative)
    assert any(ch.isdigit() for d in seg.unsupported_details for ch in d.text), (seg.status, seg.unsupported_details)


_STATE_TABLE = ("State-by-state estimates of eligible borrowers\n\n"
                "State Borrowers Pell borrowers\n\n"
                "AK 61,200 38,400\n\nGA 1,407,300 1,022,600\n\nID 212,900 141,300\n\nMS 408,100 309,700\n\n"
                "ND 77,400 46,800\n\nOH 1,566,200 1,021,900\n")


@pytest.mark.parametrize(("derivative", "row"), [
    # the state's people for the row's code, the figure rounded with its scale word
    ("About 1.4 million Georgians are eligible for relief, officials said on Tuesday.", "GA 1,407,300 1,022,600"),
    # the state written out for the code, the figure as the row gives it
    ("An estimated 408,100 borrowers in Mississippi are eligible for the relief.", "MS 408,100 309,700"),
    # a state of two words, which the code offers as one compound
    ("In North Dakota, 77,400 borrowers are eligible for the relief.", "ND 77,400 46,800"),
])
def test_a_tables_postal_code_is_the_state_a_story_names(derivative, row):
    """A state-by-state table labels each row by the state's postal code ("GA 1,407,300 1,022,600"); a story names
    the state, or its people ("Georgians"): the row is its counterpart, and the state counts as found in it."""
    from alignment.engine.match import _REGION_KEYS

    assert "georgia" in _REGION_KEYS["ga"] and "northdakota" in _REGION_KEYS["nd"]
    report = compare(_STATE_TABLE, derivative)
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    rows = {s.id: s.text for s in report.source.segments}
    assert row in [rows[i] for i in seg.aligned_to], (seg.aligned_to, seg.reason)
    assert seg.status == "supported", (seg.status, seg.reason)


def test_a_postal_code_is_read_only_in_a_tables_row():
    """In running text "ME", "OK" or "IN" is a word as often as a state: only a table's row offers the state."""
    from alignment.engine.match import _raw_profile
    from alignment.text.normalize import words
    from alignment.text.segment import tag_by_rule

    def keys(text, row):
        return _raw_profile(tag_by_rule(text, words(text)), row=row)[3]

    assert "georgia" in keys("GA 1,407,300 1,022,600", True)
    assert "georgia" not in keys("GA 1,407,300 1,022,600", False)
    assert "maine" not in keys("Tell ME the figures", False)
    # (the name's key, which "North Dakota" written out offers; not "Dakota" alone, South Dakota's too)
    nd = keys("ND 77,400 46,800", True)
    assert "northdakota" in nd and "dakota" not in nd and "north" not in nd


def test_a_noun_for_the_person_a_verb_acts_on_meets_the_verb():
    """"nominees" and "nominated" name one act, which the stemmer parts ("nomine", "nomin"; lang ``person_nouns``):
    each is found where the other is, and the verb is no unsupported detail."""
    from alignment.engine.match import _PERSON_NOUNS

    assert _PERSON_NOUNS["nomine"] == "nomin" and "committe" not in _PERSON_NOUNS
    seg = _claim("The Governor has now announced 14 nominees for the bench.",
                 "In total she has nominated 14 people for the bench.")
    assert seg.status == "supported" and seg.aligned_to == ("S1",), (seg.status, seg.reason)
    assert not any("nominated" in d.text for d in seg.unsupported_details), seg.unsupported_details
    seg = _claim("The agency appointed 40 inspectors to the new port office this spring.",
                 "Forty appointees will staff the new port office.")
    assert seg.score > 0.7, (seg.score, seg.reason)


def test_a_noun_for_the_person_acted_on_covers_the_verbs_claim():
    """"25 nominees" and "nominated 25 people": the source claim is covered (lang ``person_nouns``)."""
    r = compare("The President has now announced 25 nominees to serve as federal prosecutors in the western states.",
                "Biden has in total nominated 25 people to serve as federal prosecutors across the West.")
    assert r.source.segments[0].status == "covered", r.source.segments[0].reason


@pytest.mark.parametrize(("source", "derivative"), [
    # a word the story writes for the release's, in one sense (lang synonyms)
    ("My aunt Rose Example passed away on Saturday, and it leaves a hole in my heart.",
     "Rose Example died on Saturday, her nephew said."),
    ("The unemployment rate in the region was stable in March, at 4.9%.",
     "The jobless rate held steady in March at 4.9%."),
    ("The committee decided to maintain the policy rate at 5.25%.",
     "The committee voted to keep the policy rate at 5.25%."),
    ("As the investigation into the party's finances is ongoing we are unable to comment further.",
     "Police said inquiries into the party's finances are ongoing."),
    ("Statement by the Governor on the Passing of Senator Rose Example",
     "Senator Rose Example dies, the Governor says in a statement"),
    # a police release's "vehicle" and "ammunition", a story's "car" and "ammo" (fresh17 13)
    ("Two rifles and ammunition were seized from the vehicle.",
     "Two rifles and ammo were reportedly taken from the car."),
    ("Multiple rifles were seized from the house on Elm Street.",
     "Several rifles were seized from a house on Elm Street."),
])
def test_a_word_the_story_writes_for_the_releases_is_found(source, derivative):
    seg = _claim(source, derivative)
    assert seg.status in ("supported", "partial"), (seg.status, seg.score, seg.reason)
    assert seg.score >= 0.45, (seg.score, seg.reason)


def test_without_the_synonym_table_the_restatement_falls_short(monkeypatch):
    from alignment.engine import match

    source = "The unemployment rate in the region was stable in March, at 4.9%."
    derivative = "The jobless rate held steady in March at 4.9%."
    with_table = _claim(source, derivative).score
    monkeypatch.setattr(match, "_SYNONYMS", {})
    monkeypatch.setattr(match, "_SYNONYM_PHRASES", {})
    assert _claim(source, derivative).score < with_table


@pytest.mark.parametrize(("source", "derivative"), [
    # the release's word and the story's, one sense each (lang synonyms): the story's sentence reports the claim
    ("Following the storm warning, the port authority is reducing ferry services.",
     "The port authority said on Monday it would scale back ferry services after a storm warning."),
    ("The new diet slashed weight by a fifth.",
     "The new diet cut the volunteers' weight by a fifth, improved their sleep and lowered their blood pressure."),
    ("Two aid workers are unaccounted for.",
     "The agency said three aid workers were killed and two are missing after the floods hit the valley."),
    ("The mayor is delaying the vote due to continuing problems with the voting machines.",
     "The council vote was put off again over ongoing problems with the voting machines, the mayor's office said."),
    # a police release's register and a story's: "vehicle" / "car", "ammunition" / "ammo", "firearm" / "gun",
    # "detectives" / "officers"
    ("Two rifles and ammunition were seized from the stolen vehicle.",
     "Police said two rifles and some ammo were seized from the stolen car after the chase ended."),
    ("Officers recovered a loaded firearm under the seat.",
     "Officers recovered a loaded gun under the seat, the sheriff's office said."),
    ("Homicide detectives have charged a man over the stabbing at the bus depot.",
     "Police officers have charged a 31-year-old man over a stabbing at the bus depot on Friday."),
])
def test_a_release_claim_the_story_words_otherwise_is_reported(source, derivative, monkeypatch):
    from alignment.engine import match

    seg = compare(source, derivative).source.segments[0]
    assert seg.status in ("covered", "partial"), (seg.status, seg.score, seg.reason)
    monkeypatch.setattr(match, "_SYNONYMS", {})
    monkeypatch.setattr(match, "_SYNONYM_PHRASES", {})
    assert compare(source, derivative).source.segments[0].score < seg.score


def test_a_synonym_is_no_variant_of_a_quoted_word():
    """The quote check reads the words as written: "passed away" quoted as "died" is a word changed."""
    report = compare("“Our friend passed away peacefully on Saturday,” the family said.",
                     "The family said: “Our friend died peacefully on Saturday.”")
    (q,) = report.quotes
    assert q.status.value == "altered"


class _Every:
    """A set that holds every key: the pre-test of _raw_profile lets every word through to _synonyms."""

    def __contains__(self, key: object) -> bool:
        return True


def test_the_synonym_pre_test_drops_no_group(monkeypatch):
    """A word with neither key among the table's words or phrases' first words is not looked up: the profile is the
    one every word's look-up gives (groups of a word, of a lemma and of a phrase among them)."""
    from alignment.engine import match
    from alignment.text.normalize import words
    from alignment.text.segment import TaggedWord

    text = ("Our friend passed away in March; the jobless rate held steady, and the port will scale back its ferry "
            "services while two workers are unaccounted for.")
    tagged = [TaggedWord(w, "", w.key) for w in words(text)]
    tagged[2] = TaggedWord(tagged[2].word, "VERB", "pass")  # (a lemma's key, as spaCy's lemma gives it)
    fast = match._raw_profile(tagged, text=text)
    assert sum(k.startswith("=") for k in fast[3]) >= 3
    monkeypatch.setattr(match, "_SYNONYM_KEYS", _Every())
    assert match._raw_profile(tagged, text=text) == fast


def test_a_lead_set_in_capitals_opens_with_a_word():
    """A newspaper sets its lead's first word in capitals ("RESERVE Bank of Lindor Governor ..."): the word reads
    as an acronym, yet it is the release's "Reserve", and is found there."""
    source = ("Statement on the fake currency article\n\n"
              "The Reserve Bank of Lindor urges members of the public to dismiss the fake article about a new "
              "currency.\n")
    derivative = ("No new currency\n\n"
                  "RESERVE Bank of Lindor Governor Anna Velko has urged the public to dismiss a fake article about a "
                  "new currency.\n")
    claim = next(s for s in compare(source, derivative).derivative.segments if s.text.startswith("RESERVE"))
    assert claim.status == "supported", claim.reason
    assert not any("RESERVE" in d.text for d in claim.unsupported_details)
