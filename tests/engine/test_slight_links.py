"""Slight links in a long derivative (``Config.long_derivative_ratio``, ``Config.slight_coverage``): a briefing
that reads out a statement among other subjects meets its vocabulary by chance, and a claim reached only by links
that hold a slight part of both sides is no restatement (issue 15, pattern 1; docs/how-it-works.md, section 7)."""

from __future__ import annotations

from alignment import Config, compare
from alignment.engine.statuses import judge_derivative, judge_source
from alignment.model import reason_code

SOURCE = ("The Department will fund new water treatment plants in twelve rural counties this year. "
          "The programme protects rural families from contaminated wells, failing septic systems and flooded "
          "sewage lagoons across the poorest northern districts.")
#: a briefing of ten claims on a statement of two: one claim reads the statement out, two meet it by chance
BRIEFING = " ".join([
    "Good afternoon, everyone.",
    "The Department will fund new water treatment plants in twelve rural counties this year.",
    "Let me turn to the weather forecast for the weekend.",
    "Rain is expected across the northern states on Saturday.",
    "Crop insurance protects rural families against drought, hail and price swings.",
    "The harbour bridge reopens on Monday after repairs.",
    "Tickets for the state fair go on sale next week.",
    "We thank the volunteers who staffed the shelters.",
    "I will take your questions now.",
])
CHANCE = ("Rain is expected across the northern states on Saturday.",
          "Crop insurance protects rural families against drought, hail and price swings.")


def _derivative(report_text: str, config: Config) -> dict[str, tuple[str, str]]:
    report = compare(SOURCE, report_text, config)
    return {s.text: (s.status, s.reason) for s in report.derivative.segments}


def test_claims_reached_by_slight_links_alone_are_added_in_a_long_derivative() -> None:
    found = _derivative(BRIEFING, Config())
    for text in CHANCE:
        status, reason = found[text]
        assert status == "added"
        assert reason_code(reason) == "weak" and "every link slight in a long derivative" in reason
    # the claim that reads the statement out is untouched
    assert found["The Department will fund new water treatment plants in twelve rural counties this year."][0] == \
        "supported"


def test_the_rule_is_off_at_ratio_zero_and_in_a_derivative_shorter_than_the_ratio() -> None:
    off = _derivative(BRIEFING, Config(long_derivative_ratio=0))
    assert all(off[text][0] == "partial" for text in CHANCE)
    # nine claims against two: not a long derivative when ten per source claim are asked for
    short = _derivative(BRIEFING, Config(long_derivative_ratio=10))
    assert all(short[text][0] == "partial" for text in CHANCE)


def test_a_source_claim_reached_by_slight_links_alone_is_at_most_partial() -> None:
    assert judge_source(0.47, ["D19", "D23"], Config(), chance=True)[0].value == "partial"
    assert judge_source(0.28, ["D16"], Config(), chance=True)[0].value == "partial"
    # quoted, or its figures reported: it keeps its status
    assert judge_source(0.47, ["D19"], Config(), quoted=True, chance=True)[0].value == "covered"
    assert judge_source(0.47, ["D19"], Config(), figures=["27,500"], chance=True)[0].value == "covered"
    # a derivative claim that quotes its counterpart keeps its status
    assert judge_derivative(0.38, ["S30"], Config(), quoted=True, chance=True)[0].value == "partial"
