"""Discrepancies of numbers, quantifiers, names and dates in the shapes session 12 read in news articles: a figure or a
name changed in words the article copies, a figure the sentence repeats, the people a report counts, a superlative's
"most", "any of" for "one of", a title and an initial around a name the source gives, a year of another era. The
sentences are our own, modelled on real article/release pairs."""

from __future__ import annotations

import pytest

from alignment import compare
from alignment.model import Alignment, AlignmentLabel

#: shared sentences around each case, so that the pair aligns as in a real document
PAD = " Officials will meet again in the spring. The talks covered energy, climate and migration."


def _found(report, kind: str | None = None):
    return [(str(x.kind), x.text, x.source_text) for x in report.discrepancies if kind is None or str(x.kind) == kind]


def _link(der, si: str, label: str, score: float, support: float):
    return (Alignment(source_id=si, derivative_id=der.segments[0].id, score=score, label=AlignmentLabel(label),
                      support=support, coverage=support, fuzzy=score),)


# ------------------------------------------------------------------------------------ the same words, changed
#: a memorandum's sentence with a statute's citation, which an article quotes
CITATION = ("Those who are deportable under section 237(a)(4) of the Act (8 U.S.C. 1227(a)(4)) are not covered by "
            "this deferral.")


@pytest.mark.parametrize(("derivative", "found"), [
    # a label's number in the citation: no amount, the same words around it
    ("Those who are deportable under section 237(a)(4) of the Act (8 U.S.C. 1341(a)(4)) are not covered by this "
     "deferral.", [("number", "1341", "1227")]),
    # a subsection's number inside the citation
    ("Those who are deportable under section 237(a)(6) of the Act (8 U.S.C. 1227(a)(4)) are not covered by this "
     "deferral.", [("number", "6", "4")]),
    ("Those who are deportable under section 237(a)(4) of the Act (8 U.S.C. 1227(a)(4)) are not covered by this "
     "deferral.", []),
])
def test_a_label_number_changed_in_copied_words_is_a_number_conflict(analyze, derivative, found):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(CITATION, "S"), analyze(derivative, "D")
    got = find_discrepancies(der, src, _link(der, "S1", "copy", 0.9, 0.9))
    assert [(str(x.kind), x.text, x.source_text) for x in got] == found


def test_a_figure_the_sentence_repeats_meets_the_source_where_the_words_are_the_sources():
    """"The five ministers also discussed ..., ... between the two ministers": the sentence counts the ministers
    twice; the count in the source's words is the changed one."""
    source = ("The Prime Minister spoke today with the Chancellor. The two Ministers also discussed the rising cost "
              "of energy in Europe, with a particular focus on gas storage. They agreed to meet again in May.")
    derivative = ("The leaders spoke on Tuesday. \"The five ministers also discussed the rising cost of energy in "
                  "Europe, with a particular focus on gas storage,\" the office said of the call between the two "
                  "ministers.")
    assert _found(compare(source, derivative), "number") == [("number", "five", "two")]
    assert _found(compare(source, derivative.replace("five", "two")), "number") == []


def test_a_name_changed_in_copied_words_is_a_name_not_a_speaker():
    """"symptoms of RSV reported by parents": the name before a participle of speech and "by" is no speaker."""
    source = ("Coughing at night is one of the most common symptoms of RSV reported by parents of young children, "
              "said Maria Okonjo, a paediatrician at the clinic.")
    derivative = ("“Coughing at night is one of the most common symptoms of ILI reported by parents of young "
                  "children,” said Maria Okonjo.")
    assert _found(compare(source + PAD, derivative + PAD)) == [("name", "ILI", "RSV")]
    assert _found(compare(source + PAD, derivative.replace("ILI", "RSV") + PAD)) == []


def test_an_amount_in_copied_words_is_compared_by_its_value():
    """"1.5bn" in the source's words is "1.5 billion": the same amount, not another number."""
    source = "The fund will provide 1.5 billion dollars to rebuild schools in the region over five years."
    derivative = "The fund will provide 1.5bn dollars to rebuild schools in the region over five years."
    assert _found(compare(source + PAD, derivative + PAD)) == []
    assert _found(compare(source + PAD, derivative.replace("1.5bn", "2.5bn") + PAD), "number") == \
        [("number", "2.5bn", "1.5 billion")]


# ------------------------------------------------------------------------------------ what an amount counts
def _heads(analyze, text):
    from alignment.engine.discrepancies import _facts

    doc = analyze(text, "D")
    return [q.head for q in _facts(doc.text, doc.words[0])[1]]


def test_a_period_in_the_singular_before_a_noun_measures_it(analyze):
    """"a four year degree" counts years as "a four-year degree" does; "four years" of something counts years too."""
    assert _heads(analyze, "Many jobs will not require a four year degree.") == \
        _heads(analyze, "Many jobs will not require a four-year college degree.") == ["year"]
    source = "Many of the new jobs will not require a four-year college degree, the company said."
    derivative = "Many of the new jobs won't require a seven year degree, the company said."
    assert _found(compare(source + PAD, derivative + PAD), "number") == [("number", "seven", "four")]


def test_the_people_a_report_counts_are_one_thing_in_any_word(analyze):
    """"a trial of 1,076 people" / "a trial of 717 patients": the same people counted; men and women are parts."""
    assert _heads(analyze, "The drug was studied in a trial of 717 patients.") == \
        _heads(analyze, "The drug was studied in a trial of 717 people.")
    assert _heads(analyze, "The drug was studied in a trial of 717 men.") != \
        _heads(analyze, "The drug was studied in a trial of 717 people.")
    source = "The safety of the drug was studied in a randomized trial of 640 patients who had not been treated before."
    derivative = "The agency based its approval on a trial of 910 people who had not been treated before."
    assert _found(compare(source + PAD, derivative + PAD), "number") == [("number", "910", "640")]
    assert _found(compare(source + PAD, derivative.replace("910", "640") + PAD)) == []


# ------------------------------------------------------------------------------------ quantifiers
@pytest.mark.parametrize(("derivative", "found"), [
    # "the most" is a superlative, no scope: the source's "one of" dropped
    ("Nausea is the most frequent side effect of the drug reported by patients in the trials.",
     [("quantifier", "the most frequent", "one of the most frequent")]),
    ("Nausea is one of the most frequent side effects of the drug reported by patients in the trials.", []),
])
def test_a_superlatives_most_is_no_quantifier(derivative, found):
    source = "Nausea is one of the most frequent side effects of the drug reported by patients in the trials."
    assert _found(compare(source + PAD, derivative + PAD), "quantifier") == found


@pytest.mark.parametrize(("derivative", "found"), [
    ("Applicants are barred if they meet one of the criteria set out in the law's second section.", []),
    ("Applicants are barred if they meet the criteria set out in the law's second section.",
     [("quantifier", "the criteria", "any of the criteria")]),
])
def test_any_of_is_one_of(derivative, found):
    """"meet any of the criteria" / "meet one of the criteria": the same scope; "the criteria" is all of them."""
    source = "Applicants are barred if they meet any of the criteria set out in the law's second section."
    assert _found(compare(source + PAD, derivative + PAD), "quantifier") == found


def test_a_quantifier_is_said_of_the_noun_after_the_size_of_its_set():
    """"all of the one million jobs" / "many of the one million jobs": the jobs, past the set's size."""
    source = "The order will support one million jobs, and many of the one million jobs will not need a degree."
    derivative = "The order will support one million jobs, and all of the one million jobs will not need a degree."
    assert _found(compare(source + PAD, derivative + PAD), "quantifier") == \
        [("quantifier", "all of the one million jobs", "many of the one million jobs")]


# ------------------------------------------------------------------------------------ names and dates
def test_a_given_name_and_an_initial_before_a_surname_the_source_gives_with_a_title_are_no_name():
    source = ("Fitness matters for every child. President Eisenhower recognized this when he created the "
              "President's Council on Youth Fitness in response to reports on the poor state of youth fitness.")
    derivative = ("Fitness matters for every child. President Dwight D. Eisenhower created the President's Council "
                  "on Youth Fitness in response to reports on the poor state of youth fitness.")
    assert _found(compare(source, derivative), "name") == []


def test_a_title_before_two_names_is_no_place_they_share():
    """'..." Dr Carol Hale' (an outside expert the article quotes) / "Dr. Mercer and his team announced": a title is
    held by many; it places neither name."""
    source = ("The study was published this week. In 2016, Dr. Mercer and his team announced that they had developed "
              "a simple saliva test that can detect the disease early.")
    derivative = ("The study was published this week. “A simple saliva test that can detect the disease early sounds "
                  "appealing, but this is very early research,” Dr Carol Hale")
    assert _found(compare(source, derivative), "name") == []


@pytest.mark.parametrize(("year", "flagged"), [("1952", False), ("2023", True)])
def test_a_year_of_another_era_dates_another_event(analyze, year, flagged):
    """"in 1952" against the source's "September 2025" is history the article recalls; "2023" may be a slip."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The renovation of the east wing will begin in September 2025 and finish within a year.", "S")
    der = analyze(f"The renovation of the east wing, the largest since {year}, will begin soon and finish within a "
                  "year.", "D")
    got = [x.text for x in find_discrepancies(der, src, _link(der, "S1", "paraphrase", 0.7, 0.7))
           if str(x.kind) == "date"]
    assert got == ([year] if flagged else [])


def test_a_figure_another_counterpart_gives_is_that_ones(analyze):
    """A line of a list linked to its own line and to the next one, the same words but the number: the number is its
    own line's ("budget line 4" / "budget line 5")."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The council approved budget line 4 on Monday after a long debate.\n"
                  "The council approved budget line 5 on Monday after a long debate.", "S")
    der = analyze("Officials said budget line 4 on Monday after a long debate was approved.", "D")
    links = (*_link(der, "S2", "paraphrase", 0.8, 0.8), *_link(der, "S1", "paraphrase", 0.8, 0.8))
    assert [x for x in find_discrepancies(der, src, links) if str(x.kind) == "number"] == []


# ------------------------------------------------------------------------------------ fractions with a slash
#: a central bank's decision in its own notation ("1/4 percentage point", "4-1/4 to 4-1/2 percent"), which news
#: writes in words and decimals
RATE_DECISION = ("The Committee decided to lower the target range for the federal funds rate by 1/4 percentage point "
                 "to 4-1/4 to 4-1/2 percent.\n")


@pytest.mark.parametrize(("derivative", "found"), [
    ("by a quarter percentage point to 4.25%-4.5%", []),  # the same decision in words and decimals
    ("by a half percentage point to 4.25%-4.5%", [("number", "half", "1/4")]),
    ("by a quarter percentage point to 4%-4.5%", [("number", "4", "4-1/4")]),
])
def test_a_fraction_with_a_slash_is_one_value(derivative, found):
    report = compare(RATE_DECISION, "The Committee lowered the target range for the federal funds rate "
                     f"{derivative}.\n")
    assert _found(report) == found


@pytest.mark.parametrize("text", ["on 9/11 and 24/7", "on 3/4/2025", "in 11/12 of cases"])
def test_a_date_or_a_ratio_with_a_slash_is_no_fraction(text):
    from alignment.engine.match import slash_fraction
    from alignment.text.normalize import words

    class _T:  # the only field slash_fraction reads
        def __init__(self, word):
            self.word = word

    ws = [_T(w) for w in words(text)]
    assert all(slash_fraction(text, ws, k) is None for k in range(len(ws)))
