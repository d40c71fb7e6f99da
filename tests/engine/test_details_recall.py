"""What a news article adds that the detail rules let slip (alignment/engine/details.py, issue 15, session 20): the
part of the day after the source's day, a longer name that holds names the source gives elsewhere, the hour of a time of
day, a span of time after "over", the bounds and the other end of a new figure, and a party before a title.
Sentences written for these tests, on the shapes of the tuning pairs' news articles."""

from __future__ import annotations

from alignment import compare


def _details(source: str, derivative: str) -> list[str]:
    report = compare(source, derivative)
    return [d.text for s in report.derivative.segments for d in s.unsupported_details]


_PROCLAMATION = ("Proclamation on Adjusting Imports of Steel. Tuesday, June 3, 2025. The President signed a "
                 "proclamation raising the tariff on steel imports to 50 percent. The new tariff takes effect on June "
                 "4, 2025.")


def test_the_part_of_the_day_after_the_sources_day_is_a_detail():
    story = ("The President signed a proclamation raising the tariff on steel imports to 50 percent on Tuesday "
             "afternoon. The new tariff takes effect on June 4, 2025.")
    assert _details(_PROCLAMATION, story) == ["on Tuesday afternoon"]
    # the day alone is the source's, the article's frame
    assert _details(_PROCLAMATION, story.replace(" afternoon", "")) == []
    # a source that gives the part of the day gives it
    assert _details(_PROCLAMATION.replace("The President signed", "This afternoon the President signed"), story) == []


def test_the_part_of_the_day_beside_an_undated_today_is_the_issue_time():
    source = "Today, the Prime Minister announced the appointment of a new ambassador to China."
    assert _details(source, "On Monday morning, the Prime Minister announced the appointment of a new ambassador "
                            "to China.") == []


def test_a_new_name_reads_on_through_the_names_the_source_gives_elsewhere():
    source = ("The District Attorney charged a waste hauler with dumping oil in Newtown Creek. The hauler is based "
              "in New York City. Crews from New York City removed the oil from Newtown Creek.")
    story = ("The District Attorney charged a waste hauler with dumping oil in Newtown Creek. Its neighbours live in "
             "Long Island City and Greenpoint.")
    found = _details(source, story)
    assert any(t.endswith("Long Island City") for t in found), found
    # a name the counterparts hold is the one the article restates: "Tropical Storm" alone where they name Ian
    found = _details("Hurricane Ian caused damage in Florida. Ian is moving north.",
                     "The declaration came as Tropical Storm Ian caused damage in Florida.")
    assert any(t.endswith("Tropical Storm") for t in found), found


def test_the_hour_of_a_time_of_day_is_no_count_the_source_gives():
    source = "Two Mississippi National Guardsmen died when their aircraft crashed during a training mission near " \
             "Booneville yesterday."
    found = _details(source, "Two Mississippi National Guardsmen died when their aircraft crashed during a training "
                             "mission near Booneville around 2 p.m. yesterday.")
    assert any("around 2 p.m." in t for t in found), found
    # the same hour in the source is its own
    assert _details(source.replace("yesterday", "around 2 p.m. yesterday"),
                    "Two Mississippi National Guardsmen died when their aircraft crashed during a training mission "
                    "near Booneville around 2 p.m. yesterday.") == []


def test_over_heads_a_span_of_time():
    source = "The airport had gone a year without a crash before the commuter plane crashed on take-off today."
    found = _details(source, "The airport had gone a year without a crash before the commuter plane crashed on "
                             "take-off today, confirming reports over the weekend.")
    assert any(t.endswith("over the weekend") for t in found), found


def test_a_range_and_the_bound_all_are_part_of_a_new_figure():
    source = ("The Board decided to leave the cash rate target unchanged at 4.35 per cent. Headline inflation was 2.8 "
              "per cent over the year to the September quarter, down from 3.8 per cent over three months.")
    found = _details(source, "Headline inflation was 2.8 per cent over the year to the September quarter, within the "
                             "two-three per cent target range.")
    assert any("two-three per cent target range" in t for t in found), found
    source = "Norway's central bank kept its key policy rate unchanged at 1.5 percent on Thursday."
    found = _details(source, "Norway's central bank kept its key policy rate unchanged at 1.5 percent on Thursday. "
                             "All 32 economists polled had expected the decision.")
    assert any(t.startswith("All 32 economists") for t in found), found


def test_a_party_before_a_title_is_no_first_name():
    source = ("Governor Greg Gianforte today announced the designation of ten counties as drought disaster areas. "
              "Governor Greg Gianforte declared a drought emergency last week.")
    found = _details(source, "Republican Gov. Greg Gianforte announced the designation of ten counties as drought "
                             "disaster areas.")
    assert any("Republican" in t for t in found), found
    # a first name before the surname the source gives stays no detail
    assert _details(source, "Gov. Greg Gianforte announced the designation of ten counties as drought disaster "
                            "areas.") == []


def test_a_time_of_day_is_read_whole_however_written():
    source = ("Two Mississippi National Guardsmen died when their aircraft crashed during a training mission near "
              "Booneville at 14:30 yesterday.")
    # the source's 24-hour time is the article's, in either writing
    assert _details(source, source) == []
    assert _details(source, source.replace("14:30", "2:30 p.m.")) == []
    # an hour past noon with the afternoon mark too is that hour, not twelve hours later
    assert _details(source, source.replace("14:30", "14:30 p.m.")) == []
    # another time is a detail, hour and minutes together
    found = _details(source, source.replace("14:30", "4:30 p.m."))
    assert any("4:30 p.m." in t for t in found), found
    # "9 am" (no dots: a function word to the tokenizer) is a time of day, not the source's count of nine
    source = "Nine Mississippi National Guardsmen died when their aircraft crashed near Booneville yesterday."
    for written in ("9 am", "9am", "9 a.m."):
        found = _details(source, source.replace("yesterday", f"at {written} yesterday"))
        assert any(written in t for t in found), (written, found)
