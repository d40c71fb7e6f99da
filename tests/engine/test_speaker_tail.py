"""A source claim that opens with a quotation and names its speaker after it (", said Jane Roe, the agency's director
for the airport.") is covered by what the story gives of the quotation, not by the speaker's name and title
(``_speaker_tail`` in alignment/engine/align.py; issue 15): a story that gives another quotation of the same speaker
under the same attribution does not report this one."""

from __future__ import annotations

from alignment import Config, compare
from alignment.engine.align import _speaker_tail
from alignment.engine.match import Profile
from alignment.text.normalize import words
from alignment.text.segment import TaggedWord

SOURCE = ("A baggage handler was stopped with a loaded handgun at the airport checkpoint on Tuesday. "
          "“Our screeners work every day to keep knives and other weapons out of the terminal,” said Maria Lopez, "
          "the agency’s security director for the airport. "
          "The handler faces a civil penalty of up to $15,000.")
QUOTE = "“Our screeners work every day"


def _status(story: str) -> tuple[str, str]:
    report = compare(SOURCE, story, Config())
    seg = next(s for s in report.source.segments if s.text.startswith(QUOTE))
    return seg.status, seg.reason


def test_another_quotation_of_the_same_speaker_does_not_cover_the_claim() -> None:
    story = ("A baggage handler was caught with a loaded handgun at the airport checkpoint Tuesday, officials said. "
             "“Airport workers should know better than anyone that guns never belong in a carry-on bag,” said Maria "
             "Lopez, the agency’s security director for the airport.")
    status, reason = _status(story)
    assert status != "covered", reason


def test_a_story_that_gives_the_quotation_covers_it() -> None:
    story = ("A baggage handler was caught with a loaded handgun at the airport checkpoint Tuesday. "
             "Screeners work every day to keep knives and other weapons out of the terminal, said Maria Lopez, the "
             "agency’s security director for the airport.")
    status, reason = _status(story)
    assert status == "covered", reason


def _tail(text: str) -> list[str]:
    ws = words(text, 0, len(text))
    tagged = [TaggedWord(w, "VERB" if w.text in ("said", "says") else "NOUN", w.key) for w in ws]
    content = tuple(t for t in tagged if t.word.content)
    profile = Profile(content, (), (1.0,) * len(content), frozenset(), "", tuple(t.word.key for t in content),
                      frozenset(), float(len(content)))
    return [content[i].word.text for i in sorted(_speaker_tail(tagged, profile, text))]


def test_the_tail_is_the_speaker_after_the_closing_mark() -> None:
    assert _tail("“Our screeners keep weapons out of the terminal,” said Maria Lopez, the director.") == [
        "said", "Maria", "Lopez", "director"]
    assert _tail("“Our screeners keep weapons out of the terminal,” Maria Lopez said.") == ["Maria", "Lopez", "said"]


def test_no_tail_without_an_opening_quotation_or_a_verb_of_speech() -> None:
    assert _tail("Our screeners keep weapons out, said Maria Lopez, the director.") == []  # no quotation opens it
    assert _tail("“Our screeners keep weapons out of the terminal” at every airport in the state.") == []
