"""A link that finds only who and where of a source claim (its names, none of its other words, no number) reports
nothing of what the claim says (``_who_only`` in alignment/engine/align.py; issue 15, pattern 1): a story that names
the police chief in a sentence of its own does not report the release's thanks to her."""

from __future__ import annotations

from alignment import Config, compare
from alignment.engine.align import _who_only
from alignment.engine.match import Profile
from alignment.text.normalize import words
from alignment.text.segment import TaggedWord

SOURCE = ("The city council approved a budget of $48 million for next year on Tuesday. "
          "The budget adds twenty officers and funds a new library branch on the east side. "
          "Police Chief Ana Ruiz has always stood up for the families of this city, and we are grateful for her "
          "service. "
          "Property taxes will stay at their current rate.")
STORY = ("Riverton's council on Tuesday approved a $48 million budget for next year. "
         "The plan pays for twenty new officers and a library branch on the east side. ")
THANKS = "Police Chief Ana Ruiz has always stood up for the families of this city"


def _source_status(story: str, text: str) -> tuple[str, str]:
    report = compare(SOURCE, story, Config())
    seg = next(s for s in report.source.segments if s.text.startswith(text))
    return seg.status, seg.reason


def test_a_claim_met_only_in_its_names_is_omitted() -> None:
    status, reason = _source_status(
        STORY + "Police Chief Ana Ruiz, who took office in 2019, said the new officers would start in March.", THANKS)
    assert status == "omitted"
    assert reason.startswith("weak: D3")  # the link stays, and holds none of the claim


def test_a_claim_whose_words_are_reported_keeps_its_link() -> None:
    status, _ = _source_status(
        STORY + "Police Chief Ana Ruiz, who has stood up for city families for years, said the officers would start "
        "in March.", THANKS)
    assert status == "covered"


def test_a_claim_mostly_of_names_is_reported_by_its_names() -> None:
    source = ("The President announced his intent to nominate three judges today.\n\n"
              "Jane Roe, Nominee for the United States District Court for the District of Vermont\n\n"
              "The nominees will go before the Senate Judiciary Committee next month.")
    story = ("The White House named three judicial nominees on Friday. Among them is Jane Roe, picked for the "
             "District of Vermont.")
    report = compare(source, story, Config())
    line = next(s for s in report.source.segments if s.text.startswith("Jane Roe, Nominee"))
    assert line.status == "covered"


def _profile(text: str, weights: tuple[float, ...]) -> Profile:
    tagged = tuple(TaggedWord(w, "PROPN" if w.text[0].isupper() else "NOUN", w.key)
                   for w in words(text, 0, len(text)) if w.content)
    names = frozenset(i for i, t in enumerate(tagged) if t.pos == "PROPN")
    return Profile(tagged, (), weights, frozenset(), "", tuple(t.word.key for t in tagged), names, sum(weights))


def test_who_only_asks_for_names_alone_in_a_claim_that_says_more() -> None:
    prof = _profile("Mayor Menino always stood for the people of Boston", (1.0, 1.0, 2.0, 2.0, 1.0, 1.0))
    assert [t.word.text for t in prof.words] == ["Mayor", "Menino", "always", "stood", "people", "Boston"]
    assert _who_only(prof, frozenset({0, 1, 5}))
    assert not _who_only(prof, frozenset({0, 1, 4, 5}))  # "people" found: part of what it says
    # a claim mostly of names (a nominee's line, a title) says who and where: its names report it
    line = _profile("Jane Roe nominee for the District of Vermont", (2.0, 2.0, 1.0, 2.0, 2.0))
    assert not _who_only(line, frozenset({0, 1, 3, 4}))
    # a number found is a figure reported, never who and where
    dated = _profile("Roe was elected in 2015 and served two terms with distinction", (2.0, 1.0, 2.0, 1.0, 1.0, 1.0,
                                                                                          1.0))
    assert not _who_only(dated, frozenset({0, 2}))
