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


#: a long answer that restates the statement's survey sentence in its own order: slight as a share of both long
#: sentences, but it finds several words the briefing uses nowhere else (engineers, groundwater, twice, online)
SURVEY = (" Engineers from the state university will survey every well in the twelve counties, sample the "
          "groundwater of each district twice a year, publish the results online, train local plant operators "
          "and report to the legislature each spring on the cost of repairs, the wells closed, the loans granted "
          "to water boards and the number of households served.")
ANSWER = ("And honestly, what I would say to the parents out there who have waited a long time is that university "
          "engineers will be sampling the groundwater twice a year and publishing the results online, so that "
          "teachers, doctors, reporters and anyone at all can check for themselves whether the water from "
          "the tap is safe for their kids to drink.")


def test_slight_links_that_find_several_rare_words_are_no_chance(monkeypatch) -> None:
    """Each link slight as a share, but together they find several words the long derivative rarely uses: a
    restatement in the speaker's order (``partial``), not a chance meeting; the claims that meet the statement in
    its everyday words stay ``added``."""
    import alignment.engine.align as align_module

    briefing = BRIEFING.replace("the shelters.", "the shelters. " + ANSWER)
    report = compare(SOURCE + SURVEY, briefing)
    found = {s.text: s for s in report.derivative.segments}
    answer = found[ANSWER]
    link = next(a for a in report.alignments if a.derivative_id == answer.id)
    assert link.coverage < Config().slight_coverage and link.support < Config().min_support_restated  # slight
    assert answer.status == "partial" and reason_code(answer.reason) == "linked"
    assert all(found[text].status == "added" for text in CHANCE)
    # without the rare words' evidence the rule would take it for chance
    monkeypatch.setattr(align_module, "CHANCE_MAX_FOUND", float("inf"))
    again = {s.text: s for s in compare(SOURCE + SURVEY, briefing).derivative.segments}[ANSWER]
    assert again.status == "added" and "every link slight in a long derivative" in again.reason
