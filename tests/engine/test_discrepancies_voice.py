"""Discrepancies of polarity, certainty and voice (session 11, read on fresh6 and fresh5): the negation a sentence
restates across several source sentences, the source's negations outside what the article restates, the predicate
"not" negates past function words, words of change in one direction and the other, the relative clause after a
hedging verb's object, the speaker a verb of speech credits, and the people behind a study."""

from __future__ import annotations

import pytest

from alignment import compare

#: shared sentences around each case, so that the pair aligns as in a real document
PAD = " Officials will meet again in the spring. The talks covered energy, climate and migration."


def _found(source: str, derivative: str) -> list[tuple[str, str, str]]:
    report = compare(source + PAD, derivative + PAD)
    assert report.alignments  # the pair was checked, not skipped
    der, src = report.derivative, report.source
    for x in report.discrepancies:  # (offsets slice back)
        assert der.text[x.start:x.end] == x.text and src.text[x.source_start:x.source_end] == x.source_text
    return [(str(x.kind), x.text, x.source_text) for x in report.discrepancies]


FLAGGED = [
    # the source's other clause, "who did not take any supplement", is none the article restates: its "not" is no
    # negation moved to "was not associated"
    ("After adjusting for other factors, the researchers found that fish oil use, with or without added zinc, was "
     "associated with a lower risk of childhood asthma relative to mothers who did not take any supplement.",
     "The researchers found that fish oil use, with or without added zinc, was not associated with a lower risk of "
     "childhood asthma.", "negation", "not associated"),
    # "non-profits" negates nothing the article restates
    ("They also discussed how the agency will continue to work with cities, employers, non-profits and hospital "
     "leaders to expand job training across the region.",
     "They also discussed how the agency will not continue to work with cities and hospital leaders to expand job "
     "training across the region.", "negation", "not continue"),
    # "not" negates the predicate past "one of the most"
    ("Headache is one of the most common side effects reported by patients taking the new drug.",
     "Headache is not one of the most common side effects reported by patients taking the new drug.",
     "negation", "not one of the most common"),
    # a word of change in the other direction, said of the same thing ("higher risk of hip fracture")
    ("The study found that each 10kg drop in body weight was associated with a 12% higher risk of hip fracture and "
     "a 9% greater risk of serious falls.",
     "The study found that each 10kg drop in body weight was associated with a 12% decreased risk of hip fracture "
     "and a 9% greater risk of serious falls.", "negation", "decreased"),
    # the source's word is still in the article as often, but not said of what it was said of: one was replaced
    ("Each decline was linked to a 16% increased risk of death from any cause and a 17% greater risk of heart "
     "disease.",
     "Each decline was linked to a 16% decreased risk of death from any cause and a 17% increased risk of heart "
     "disease.", "negation", "decreased"),
]


@pytest.mark.parametrize(("source", "derivative", "kind", "text"), FLAGGED, ids=range(len(FLAGGED)))
def test_a_flipped_polarity_is_found(source, derivative, kind, text):
    assert [(k, t) for k, t, _ in _found(source, derivative)] == [(kind, text)]


def test_a_negation_dropped_from_a_quotation_of_several_sentences_is_found():
    """One article segment (a quotation) restates three source sentences, two of them negated: it has fewer
    negations than the three together, though as many as the one its "do bend" restates."""
    source = ("The defining truth about our nation is this: We do not bend. We never give up. We never turn back. "
              "Let us keep faith with those we lost.")
    derivative = ("The proclamation ended with a pledge. “The defining truth about our nation is this: We do bend. "
                  "We never give up. We never turn back,” the proclamation read.")
    found = _found(source, derivative)
    assert [(k, t, s) for k, t, s in found if k == "negation"] == [("negation", "do bend", "not bend")]


def test_the_same_direction_or_the_same_negations_are_no_change():
    source = ("The study found that each 10kg drop in body weight was associated with a 12% higher risk of hip "
              "fracture and a 9% greater risk of serious falls.")
    assert _found(source, source.replace("12% higher", "12% increased")) == []
    # the source's "did not" is left out with its clause: nothing to flag when the article keeps the rest as it is
    source = ("After adjusting for other factors, the researchers found that fish oil use was associated with a "
              "lower risk of childhood asthma relative to mothers who did not take any supplement.")
    assert _found(source, "The researchers found that fish oil use was associated with a lower risk of childhood "
                          "asthma.") == []


def test_a_hedging_verb_hedges_its_object_not_the_relative_clause_after_it():
    """"suggests a possible link that warrants more study": the verb after "that" is the relative clause's; the
    source hedges the link too ("a possible link"), so nothing was hedged that the source states."""
    source = ("The authors stress that the findings cannot prove cause and effect, but say they raise questions about "
              "a possible link that warrants more study.")
    derivative = ("The authors stressed that the findings cannot prove cause and effect, but said the study suggests a "
                  "possible link that warrants more study.")
    assert [x for x in _found(source, derivative) if x[0] == "modality"] == []


def test_a_name_before_a_comma_is_no_speaker_of_the_verb_after_it():
    """", say scientists": the name before the comma is the place of an outbreak, not the one who says it."""
    source = ("The bedside test proved as accurate as the laboratory method used in the field, the researchers "
              "report.\n\nWriting in a linked comment, Dr Ana Silva from Lisbon, Portugal, says the results are "
              "encouraging.")
    derivative = ("The bedside test is as accurate as the laboratory method used during the recent outbreak in Guinea, "
                  "say scientists.")
    assert [x for x in _found(source, derivative) if x[0] == "attribution"] == []


def test_a_sentence_goes_on_past_a_stop_before_a_lower_case_word():
    """"at 12:01 a.m. on Feb. 24, according to Siemens": the speaker is credited with the whole sentence, which
    restates the source's own."""
    source = "The temporary import fee will take effect February 24 at 12:01 a.m. eastern standard time."
    derivative = "The temporary import fees are set to take effect at 12:01 a.m. on Feb. 24, according to Siemens."
    assert [(k, t) for k, t, _ in _found(source, derivative) if k == "attribution"] == [("attribution", "Siemens")]


def test_the_source_reporting_its_speakers_act_is_its_own_voice():
    """The source reports in its own voice what its speaker did ("Today, President Jane Doe announced ..."); an
    article naming her in what it credits to someone the source never names misattributes the source's words."""
    source = ("Today, President Jane Doe announced her intent to nominate the following three individuals to serve "
              "as ambassadors to France, Chile and Kenya.")
    derivative = ("President Jane Doe on Friday named three nominees to serve as ambassadors to France, Chile and "
                  "Kenya, Toyota said in a press release.")
    assert [(k, t) for k, t, _ in _found(source, derivative) if k == "attribution"] == [("attribution", "Toyota")]
    # (her own words quoted, credited to her, stay hers)
    quoted = "“I am proud to nominate three ambassadors to France, Chile and Kenya,” President Jane Doe said today."
    assert [x for x in _found(quoted, quoted.replace(" today", "")) if x[0] == "attribution"] == []


STUDY = ("Hot flashes can be cut by half for many women after eight weeks of yoga, according to scientists at Lakeside "
         "Medical Center.\n\n“Women bothered by hot flashes may want to try yoga,” said Mary Jones, lead author of "
         "the study.\n\n“The results are encouraging,” said Peter Brown, a spokesman for the county health board.")


def test_one_of_the_study_people_may_speak_for_its_finding():
    """A finding the source credits to "scientists at ..." may be credited to its lead author, whom the source names
    as one of them; not to someone it names in another role."""
    derivative = "Hot flashes were cut by half for many women after eight weeks of yoga, Jones said."
    assert [x for x in _found(STUDY, derivative) if x[0] == "attribution"] == []
    assert [(k, t) for k, t, _ in _found(STUDY, derivative.replace("Jones", "Brown")) if k == "attribution"] == [
        ("attribution", "Brown")]
