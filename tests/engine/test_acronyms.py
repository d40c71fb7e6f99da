"""Acronyms and the words that write them out: found in each other, never twice."""

from __future__ import annotations

from alignment import compare
from alignment.engine.acronyms import acronym_alternatives, expansions, pair_acronyms, shared_name_keys
from alignment.text.normalize import words
from alignment.text.segment import TaggedWord


def _tag(text):
    return [TaggedWord(w, "", w.key) for w in words(text, 0, len(text)) if w.content]


def test_an_acronym_and_its_spelling_out_link_two_sentences():
    """"The NTSB declined ..." and "Officials at the National Transportation Safety Board declined ..." share one
    word and one body: the body makes the second shared word."""
    source = "The NTSB declined to say when the report on the crash would be released.\n"
    derivative = "Officials at the National Transportation Safety Board declined to comment further.\n"
    r = compare(source, derivative)
    assert r.derivative.segments[0].aligned_to == ("S1",)
    plain = compare(source.replace("NTSB", "agency"), derivative)
    assert plain.derivative.segments[0].aligned_to == ()


def test_runs_of_capitalised_words_spell_an_acronym_with_connectors_between():
    tagged = [TaggedWord(w, "", w.key) for w in words("the National Institute for Health Research said")]
    assert expansions(tagged, frozenset({"nihr"})) == [("nihr", (1, 2, 4, 5))]
    assert expansions(tagged, frozenset({"nih"})) == []  # "Research" is no "H": a run is whole or nothing
    assert pair_acronyms([_tag("The US and the NIHR and MI"), _tag("FOMC 2017")]) == {"nihr", "fomc"}  # 3 letters up


def test_an_acronym_may_take_the_initial_of_of():
    """"BOJ" for "Bank of Japan", "DOJ" for "Department of Justice": "of" gives its initial or not ("NIHR" above)."""
    tagged = [TaggedWord(w, "", w.key) for w in words("the Bank of Japan and the Department of Justice said")]
    assert expansions(tagged, frozenset({"boj", "doj"})) == [("boj", (1, 3)), ("doj", (6, 8))]
    assert expansions(tagged, frozenset({"bj"})) == []  # (two letters: no acronym to look up)
    source = "The BOJ will cut some operations during the emergency.\n"
    derivative = "The Bank of Japan said it would cut some operations.\n"
    assert compare(source, derivative).derivative.segments[0].aligned_to == ("S1",)
    every = [[TaggedWord(w, "", w.key) for w in words(t)] for t in ("The BOJ said", "the Bank of Japan")]
    assert sorted(shared_name_keys([every[0]], [every[1]])) == ["boj"]


def test_a_segment_that_defines_an_acronym_is_not_found_twice():
    """"the Food and Drug Administration (FDA)" holds the name twice over: neither its acronym nor its spelling
    out is found through the other, only as written."""
    extra, offers = acronym_alternatives(_tag("The Food and Drug Administration (FDA) approved it"),
                                         frozenset({"fda"}))
    assert extra == {} and offers == {"=fda"}
    extra, offers = acronym_alternatives(_tag("The FDA approved it"), frozenset({"fda"}))
    assert extra == {0: "=fda"} and offers == set()


def test_the_cost_follows_the_words_not_the_acronyms():
    """A text in capitals has an "acronym" in every long word: looking each up in every segment would cost segments
    times acronyms. Each segment is read once, forward, instead (a bound only a blow-up breaks)."""
    import random
    import time

    rng = random.Random(1)
    vocab = ["".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVW") for _ in range(rng.randint(3, 7))) for _ in range(5000)]
    segs = [_tag(" ".join(rng.choice(vocab) if k % 2 else rng.choice(vocab).capitalize() for _ in range(20)))
            for k in range(3000)]
    start = time.perf_counter()
    acronyms = pair_acronyms(segs)
    for seg in segs:
        acronym_alternatives(seg, acronyms)
    assert len(acronyms) > 4000
    assert time.perf_counter() - start < 20.0


def test_the_other_form_of_a_name_is_known_anywhere_in_the_other_text():
    def tag(text):
        return [[TaggedWord(w, "", w.key) for w in words(text, 0, len(text))]]

    source = tag("The Department of Health and Human Services said so. The N.I.H. agreed.")
    derivative = tag("HHS said so, and the National Institutes of Health agreed; the USDA did not.")
    assert shared_name_keys(derivative, source) == {"hhs", "nation", "institut", "health"}
    assert shared_name_keys(source, derivative) == {"health", "human", "servic", "nih"}
    assert shared_name_keys(tag("The FDA agreed."), tag("the Drug and Food Administration")) == frozenset()


def test_an_acronym_the_source_spells_out_is_no_unsupported_detail():
    source = "The Secretary of Health and Human Services will review the rules. The review will end in the spring."
    short = source.replace("Health and Human Services", "HHS")
    for src, derivative in ((source, "The Secretary of HHS will review the rules, officials said."),
                            (short, "The Secretary of Health and Human Services will review the rules, officials "
                                    "said.")):
        report = compare(src, derivative)
        details = " ".join(d.text for s in report.derivative.segments for d in s.unsupported_details)
        assert not any(w in details for w in ("HHS", "Health", "Human", "Services")), details
