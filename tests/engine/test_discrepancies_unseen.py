"""Discrepancy classes read on fresh9's planted edits and its flags on the unperturbed articles (session 14): a
percentage written "4 percent" before its noun against "2%", the one count of a noun on each side of a weak pair, a
place named after the noun of an act ("his visit to") against the verb ("visited"); and, not flagged, the executive's
name written in lower case after its first word, a third party credited with figures of its own on a weak pair, and
what analysts had expected against what the source says happened. The sentences are our own."""

from __future__ import annotations

from tests.conftest import found_discrepancies as _found

RETAIL_SOURCE = ("The State's Attorney's Office today announced the results of the first national retail crime blitz, "
                 "a coordinated campaign across 28 states to deter theft crews from targeting shops.")


def test_a_percentage_written_out_before_its_noun_is_a_rate():
    # "4 percent target" counts percent, as "2% target" does: the unit, not the noun after it
    source = "The committee remains ready to adjust policy as the data warrant to return inflation to the 2% target."
    found = _found(source, "Officials said they remained ready to adjust policy as the data warrant to return "
                           "inflation to the 4 percent target.")
    assert ("number", "4", "2") in found
    assert not _found(source, "Officials said they remained ready to adjust policy as the data warrant to return "
                              "inflation to the 2 percent target.")


def test_the_one_count_of_a_noun_on_each_side_of_a_weak_pair_is_the_same_thing():
    # a weak pair (the article's sentence says much the source's does not): "states" counted once on each side
    derivative = ("The State's Attorney's Office recently led a nationwide retail theft sting, netting hundreds of "
                  "arrests in 43 states.")
    assert ("number", "43", "28") in _found(RETAIL_SOURCE, derivative)
    assert not _found(RETAIL_SOURCE, derivative.replace("43", "28"))


def test_a_count_of_a_noun_said_of_something_on_a_weak_pair_stays_apart():
    # "cases of" names what is counted on both sides: two counts of cases, of two things
    assert not _found("Officials reported 61,000 new cases of measles in the region last year, the ministry said in "
                      "its annual review.",
                      "The vaccine was paused after six reported cases of a rare blood clot in the region, officials "
                      "said on Monday.")


def test_a_place_after_the_noun_of_an_act_is_the_place_of_its_verb():
    source = ("Mr. Dione visited Karachi, where he met the Chief Minister of Sindh, Syed Murad Ali Shah, and the "
              "Provincial Minister for Transport.")
    derivative = ("During his visit to Harvard, Dione met with Sindh Chief Minister Syed Murad Ali Shah and the "
                  "Provincial Minister for Transport.")
    assert ("name", "Harvard", "Karachi") in _found(source, derivative)
    assert not _found(source, derivative.replace("Harvard", "Karachi"))


def test_the_executive_written_in_lower_case_credits_no_person():
    source = ("FACT SHEET: President Smith Designates the Harbor Front as a Terrorist Organization\n\n"
              "President Smith is confronting the Harbor Front's network, which fuels violence against U.S. interests "
              "and allies in the region.\n\n"
              "The designation will cut off the group's funding.")
    derivative = ("Smith moves against the Harbor Front\n\n"
                  "\"President Smith is confronting the Harbor Front's network, which fuels violence against U.S. "
                  "interests and allies in the region,\" according to a White house fact sheet.\n\n"
                  "The designation will cut off the group's funding.")
    assert not [k for k, _, _ in _found(source, derivative, pad=False) if k == "attribution"]


SCHOOL_SOURCE = ("The World Bank approved a grant to help the country improve care for children with disabilities.\n\n"
                 "The project focuses on vulnerable groups such as poor, out-of-school children and those with "
                 "disabilities enrolled in regular or specialised schools.")
SCHOOL_ARTICLE = ("The World Bank approved a grant to help the country improve care for children with disabilities.\n\n"
                  "UNICEF reports fewer than 30% of children with disabilities enrol in school in the country, putting "
                  "their job prospects at risk.")


def test_a_third_party_credited_with_figures_of_its_own_on_a_weak_pair_is_no_wrong_speaker():
    assert not [k for k, _, _ in _found(SCHOOL_SOURCE, SCHOOL_ARTICLE) if k == "attribution"]
    # without a figure of its own, the same sentence credits the source's words to someone else
    assert ("attribution", "UNICEF") in {(k, t) for k, t, _ in _found(
        SCHOOL_SOURCE, SCHOOL_ARTICLE.replace("fewer than 30% of children", "many children"))}


def test_what_analysts_expected_is_no_hedge_of_what_happened():
    source = "The Bank of Canada today held its target for the overnight rate at 5%, with the Bank Rate at 5.25%."
    assert not _found(source, "Analysts surveyed by Reuters had widely expected the central bank to hold its key "
                              "overnight rate at 5 per cent for the sixth straight meeting.")
    # the claim itself hedged, in the passive or by its own subject, is a hedge still
    for hedged in ("The Bank of Canada was expected to hold its target for the overnight rate at 5%, with the Bank "
                   "Rate at 5.25%.",
                   "The Bank of Canada expected to hold its target for the overnight rate at 5%, with the Bank Rate "
                   "at 5.25%."):
        assert ("modality", "expected to hold", "held") in _found(source, hedged)


def test_a_pair_without_a_hedge_on_either_side_has_no_modality_to_compare(monkeypatch):
    """_check_modality returns at once where neither segment has a hedge's word (_any_hedge), and _hedged finds none
    in such a segment: every pair of these segments, hedged or not, gets the hits of the checks without that test."""
    import alignment.engine.discrepancies as discrepancies
    from alignment import Config
    from alignment.api import _analyze
    from alignment.text.reading import Document

    config = Config()
    source = _analyze(Document(
        "The council will open the new bridge in May. The bridge may carry ten thousand cars a day.\n\n"
        "Officials expect the tolls to fall. The works cost 40 million euros and are complete.", ""),
        config, "S", "auto")
    story = _analyze(Document(
        "The council may open the new bridge in May, officials said. "
        "The bridge will carry ten thousand cars a day.\n\n"
        "The tolls will fall. The works could cost 40 million euros.", ""), config, "D", "auto")

    def hits() -> list:
        token = discrepancies._MEMO.set({})
        try:
            return [discrepancies._check_modality(story.text, dw, source.text, sw, sw)
                    for dw in story.words for sw in source.words]
        finally:
            discrepancies._MEMO.reset(token)

    quick = hits()
    assert any(quick) and not all(quick)
    monkeypatch.setattr(discrepancies, "_any_hedge", lambda words: True)
    assert hits() == quick


def test_a_restatement_reads_the_positions_of_its_best_segment_only():
    """restatement sums each segment's weights word by word and reads the positions of the best segment alone
    (SourceKeys.positions): each word's first place there under its own key, else under its lemma's, in the
    sentence's order, as gathering every segment's positions gave them."""
    from alignment import Config, api
    from alignment.engine.discrepancies import SourceKeys, restatement

    source = ("The council cut the budget for roads by a fifth on Tuesday. The roads budget was cutting services. "
              "Residents said the cuts to the roads budget were deep. The council meets again in May.")
    article = "The council has cut its roads budget by a fifth. Residents said the cuts to the roads budget were deep."
    src = api._analyze(api._as_document(source, "source"), Config(), "S", "auto")
    der = api._analyze(api._as_document(article, "derivative"), Config(), "D", "auto")
    keys = SourceKeys(src)

    def first(si: int, key: str) -> int | None:
        return next((i for i, t in enumerate(src.words[si]) if t.word.content and key in (t.word.key, t.lemma_key)),
                    None)

    for words in der.words:
        for si in range(len(src.words)):
            own = [(first(si, t.word.key), first(si, t.lemma_key)) for t in words]
            expected = [p for p in (a if a is not None else b for a, b in own) if p is not None]
            assert keys.positions(words, si) == expected
    assert [restatement(w, False, keys, der.text) for w in der.words] == [0, 2]
