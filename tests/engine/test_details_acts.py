"""A verb the source does not give, beside a detail, is part of it (alignment/engine/details.py, ``_with_acts``;
issue 15, detail recall): alone a new verb restates how the source's things are told, but right before a detail
(only function words between) or right after it (a verb group at most between) it says what happened to what the
article adds. A verb of speech and a verb after a day of the week join nothing.
Sentences written for these tests, on the shapes of the tuning pairs' news articles."""

from __future__ import annotations

from tests.engine.test_details_news import _details


def test_a_new_verb_right_before_a_detail_joins_it():
    # "Trump" is a name the source is about: the run breaks there, and "ratified" is left alone
    source = ("President Trump signed the order on Monday. Canada and Mexico will be exempt from the new duty under "
              "the free trade agreement, President Trump said.")
    found = _details(source, "Canada and Mexico will be exempt from the new duty under the free trade agreement "
                             "that was ratified during Trump’s first term in 2020.")
    assert found == ["ratified during Trump’s first term in 2020"], found


def test_a_new_verb_right_after_a_detail_joins_it():
    # "judges" is the counterpart's word (the figure's phrase takes it), so "confirmed" is a run of its own
    source = "The President has nominated eight judges to the federal courts since taking office in January."
    found = _details(source, "The President has nominated eight judges to the federal courts, and has had 19 judges "
                             "confirmed since taking office in January.")
    assert found == ["19 judges confirmed"], found


def test_a_verb_of_speech_and_a_verb_after_a_day_join_nothing():
    source = ("The agency is working with its partners to reach children in the region, Executive Director Jane Roe "
              "said. Jane Roe visited the region in May.")
    found = _details(source, "The agency is working with its partners to reach children in the region, and "
                             "Executive Director Jane Roe says at least 55 children were injured.")
    assert not any("says" in t for t in found), found
    assert any("55 children" in t for t in found), found
    found = _details(source, "Executive Director Jane Roe visited the region on Saturday to commend the agency's "
                             "partners.")
    assert not any("commend" in t for t in found), found


def test_a_new_verb_alone_is_still_no_detail():
    source = "The leaders met in Geneva to discuss the supply of aid to civilians."
    assert _details(source, "The leaders convened in Geneva to discuss the supply of aid to civilians.") == []
