"""What a news writer adds around a restatement is no unsupported detail (alignment/engine/details.py, issue 15):
honorifics and company suffixes, the kind of document the source is, words of emphasis, a date's place in its
month, comparison words, the day of the week. What the article adds beside them stays a detail.
Sentences written for these tests, on the shapes of the tuning pairs' news articles."""

from __future__ import annotations

from alignment import compare


def _details(source: str, derivative: str) -> list[str]:
    report = compare(source, derivative)
    return [d.text for s in report.derivative.segments for d in s.unsupported_details]


def test_an_honorific_or_a_company_suffix_beside_a_name_is_no_detail():
    source = ("Amgen said the drug cut the risk of heart attacks in the trial. “Patients should discuss the risks "
              "with their doctor,” said Julie Beitz of the agency.")
    derivative = ("Amgen Inc said the drug cut the risk of heart attacks in the trial. “Patients should discuss the "
                  "risks with their doctor,” said Dr. Julie Beitz of the agency.")
    assert _details(source, derivative) == []
    # a name the source lacks stays a detail, title or not
    found = _details(source, derivative.replace("Julie Beitz", "Julie Katz"))
    assert any("Katz" in t for t in found), found


def test_the_kind_of_document_the_source_is_is_no_detail():
    source = "The trial enrolled 61 patients with severe asthma, the university said."
    assert _details(source, "The trial enrolled 61 patients with severe asthma, the university said in a press "
                            "release.") == []
    # another channel is something the source does not say
    found = _details(source, "The trial enrolled 61 patients with severe asthma, the university said in a video.")
    assert any("video" in t for t in found), found


def test_words_of_emphasis_are_the_articles_weighing_not_a_detail():
    source = "The leaders discussed the conflict in Sudan and the supply of aid to civilians."
    assert _details(source, "The leaders placed particular emphasis on the conflict in Sudan and the supply of aid "
                            "to civilians.") == []
    # an evaluation beside them stays
    found = _details(source, "The leaders placed particular emphasis on the deadly conflict in Sudan and the supply "
                             "of aid to civilians.")
    assert any("deadly" in t for t in found), found


def test_a_dates_place_in_its_month_is_the_counterparts_date():
    source = "Detailed results from the trial will be presented at the cardiology meeting on March 17."
    assert not any("mid" in t for t in _details(
        source, "Detailed results from the trial will be presented in mid-March at the cardiology meeting."))
    found = _details(source, "Detailed results from the trial will be presented in mid-April at the cardiology "
                             "meeting.")
    assert any("April" in t for t in found), found
    # against a bare month, "mid" narrows it: a detail
    found = _details(source.replace("on March 17", "in March"), "Detailed results from the trial will be presented "
                                                               "in mid-March at the cardiology meeting.")
    assert any("mid" in t for t in found), found


def test_a_comparison_word_of_the_same_direction_is_the_counterparts():
    source = ("People who do not have asthma have a percentage of less than one, and those with severe asthma "
              "typically have a reading of about five percent.")
    derivative = ("For people with asthma, a reading will typically be around five percent, compared to people "
                  "without asthma, whose readings are {} than one percent.")
    assert _details(source, derivative.format("lower")) == []
    assert _details(source, derivative.format("higher")) == ["higher"]


def test_the_day_of_the_week_of_the_announcement_is_the_articles_frame():
    source = "Amgen said its cholesterol drug Repatha cut the risk of heart attacks, according to results of a trial."
    assert _details(source, "Amgen's cholesterol drug Repatha cut the risk of heart attacks, according to results of "
                            "a trial released on Thursday.") == []
    # a time that is not the article's frame stays
    found = _details("The President will take action as soon as possible.",
                     "The President will be taking action later this week.")
    assert found == ["later this week"], found


def test_a_figurative_stock_phrase_is_the_articles_wording():
    source = "The results support wider use of the drug among patients with heart disease."
    assert _details(source, "The results should pave the way for wider use of the drug among patients with heart "
                            "disease.") == []
    # a new fact beside it stays
    found = _details(source, "The results should pave the way for wider use of the drug among patients with heart "
                             "disease and diabetes.")
    assert any("diabetes" in t for t in found), found


def test_a_spoken_connective_is_no_detail():
    """Briefing transcripts: "in terms of", "making sure" link what the speaker restates; a figure beside them
    stays."""
    source = "The Department of Energy will sell oil from the reserve to lower prices for families."
    assert _details(source, "In terms of the reserve, the Department of Energy will sell oil from it, making sure to "
                            "lower prices for families.") == []
    found = _details(source, "In terms of the reserve, the Department of Energy will sell 18 million barrels of oil "
                             "from it, making sure to lower prices for families.")
    assert any("18 million" in t for t in found), found
