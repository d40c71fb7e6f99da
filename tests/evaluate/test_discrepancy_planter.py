"""The planter of benchmarks/discrepancies.py plants only edits a writer could make and that change the meaning."""

from __future__ import annotations

import random

from tests.conftest import benchmark_module

planter = benchmark_module("discrepancies", "discrepancies_benchmark")


def _numbers(d: str, s: str) -> list[tuple[str, str]]:
    return [(d[e.start:e.end], e.new) for e in planter._number_edits(d, s, 0)]


def test_no_number_is_planted_in_a_time_of_day() -> None:
    s = "The duty rises from 10 percent to 40 percent effective as of 12:01 a.m. eastern time on March 3."
    d = "The 40% duty on timber takes effect at 12:01 a.m. ET on Tuesday."
    assert _numbers(d, s) == [("40", "61")]  # the rate, never "12:3 a.m." nor "19:01 a.m."
    assert _numbers("The polls close at 8 p.m. and 40 percent had voted.",
                    "Polls close at 8 p.m.; 40 percent of voters had cast a ballot.") == [("40", "61")]


def test_a_figure_the_source_sentence_gives_is_never_planted() -> None:
    s = "Core inflation was 2.6 per cent over the year to the March quarter, down from 3.6 per cent a year earlier."
    d = "Core inflation eased to 2.6 per cent in the March quarter."
    assert _numbers(d, s) == [("2.6", "4.6")]  # "3.6" is the sentence's other figure: no new value
    assert _numbers("The bank named four new directors.", "The bank named four directors and seven advisers.") == \
        [("four", "eight")]  # not "seven", which the sentence gives


def _speakers(d: str, source: str, paragraph: str) -> list[tuple[str, str]]:
    edits = planter._attribution_edits(d, source, paragraph, 0, random.Random(1), {})
    return [(d[e.start:e.end], e.new) for e in edits]


SOURCE = ("Harbour Authority Opens New Ferry Terminal\n\n"
          "The new terminal will carry 4,000 passengers a day, said Director Maria Lopez.\n\n"
          "The terminal cost $40 million to build, according to Chief Engineer Tom Reyes.\n\n"
          "Board members present included Chair Ellen Park and Treasurer Sam Obi.\n\n"
          "“We are proud of it,” said Mayor Ann Cole.\n")


def test_a_speaker_the_source_credits_with_the_sentence_is_replaced() -> None:
    d = "The terminal will handle 4,000 passengers daily, Lopez said."
    paragraph = "The new terminal will carry 4,000 passengers a day, said Director Maria Lopez."
    assert [(old, new in ("Chief Engineer Tom Reyes", "Mayor Ann Cole")) for old, new in
            _speakers(d, SOURCE, paragraph)] == [("Lopez", True)]


def test_a_speaker_the_source_only_names_is_not_replaced() -> None:
    # the source lists Park among those present but credits her with nothing
    d = "The terminal cost $40 million, Park said at the opening."
    paragraph = "The terminal cost $40 million to build, according to Chief Engineer Tom Reyes."
    assert _speakers(d, SOURCE, paragraph) == []
    # one it credits elsewhere is a speaker it can show wrong; so is its issuer
    assert _speakers("The terminal cost $40 million, Lopez said.", SOURCE, paragraph) == \
        [("Lopez", "Mayor Ann Cole")]  # (not Reyes, whom the source credits with the sentence: no wrong voice)
    d2 = "Board members including Ellen Park attended, the Harbour Authority said."
    assert _speakers(d2, SOURCE, "Board members present included Chair Ellen Park and Treasurer Sam Obi.") != []
