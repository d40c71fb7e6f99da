"""Quote verdicts of session 19 (issue 15, the fresh14 pairs' misses): a quotation whose two clauses the source gives
in the other order, an editor's gloss in round brackets, and a quotation running over a name line of the source; and
of session 22 (fresh17's): a quotation whose sentences the source gives in another order; and of session 23
(fresh18's): quotation marks of two families paired, and a short quotation with one of its two content words
reworded.

The sentences are written for these tests, in the shapes of the statements and articles the classes were read in.
"""

from __future__ import annotations

from tests.engine.test_quote_classes import in_article
from tests.engine.test_quotes import ALTERED, EXACT, UNSUPPORTED

REORDER_SOURCE = ("The ministry reiterates its resolve to keep up all necessary diplomatic efforts in order to stop "
                  "the further escalation of the conflict, while taking every possible step to protect its citizens "
                  "living abroad. The minister will travel to Geneva next week.")


def test_a_quotation_with_its_two_clauses_in_the_other_order_is_altered():
    doc = ("The minister said: “We will take every possible step to protect our citizens abroad and keep up "
           "all necessary diplomatic efforts to stop the fighting from getting any worse.”")
    v = in_article(doc, REORDER_SOURCE)
    assert v.status == ALTERED
    assert v.source_text.startswith("keep up all necessary diplomatic efforts")
    assert v.source_text.endswith("protect its citizens living abroad")


def test_two_clauses_found_far_apart_or_not_at_all_stay_unsupported():
    doc = ("The minister said: “We will protect citizens abroad and we will open three new consulates in the north "
           "before the winter comes.”")
    assert in_article(doc, REORDER_SOURCE).status == UNSUPPORTED
    far = REORDER_SOURCE.replace(", while taking", ". " + "The talks went on for hours. " * 5 + "It is taking")
    doc = ("The minister said: “We will take every possible step to protect our citizens abroad and keep up "
           "all necessary diplomatic efforts to stop the fighting from getting any worse.”")
    assert in_article(doc, far).status == UNSUPPORTED


def test_an_editors_gloss_in_round_brackets_is_no_word_of_the_quotation():
    source = "We do not support the prosecution of family members who have lost their loved ones."
    doc = ("A spokesman explained that the agency “is not in favor of punishing family members (of the missing "
           "migrants Editor’s Note)”, except in cases of crime.")
    v = in_article(doc, source)
    assert v.status == ALTERED
    assert "family members" in v.source_text
    # the same words with a gloss the editor does not sign are the speaker's: too few of them found
    doc = doc.replace(" Editor’s Note", " and their relatives")
    assert in_article(doc, source).status == UNSUPPORTED


def test_a_round_bracket_whose_last_word_ends_like_a_note_is_the_speakers():
    """The notes "ed." and "eds." sign a gloss as a word after a space or a dash ("(the tweet - ed.)"), not as the
    ending of the bracket's last word: "(the state money was approved.)" is the speaker's aside, and a quotation that
    adds it to the source's words is no longer exact (the review helper's finding)."""
    from alignment.engine.verify import _editor_note

    assert _editor_note("(the tweet - ed.)") and _editor_note("(of the missing migrants Editor’s Note)")
    assert not _editor_note("(the state money was approved.)") and not _editor_note("(as the budget needs.)")
    source = "We will build the new bridge next year."
    doc = "The mayor said: “We will build the new bridge next year (the state money was approved.)”"
    assert in_article(doc, source).status != EXACT


def test_a_quotation_over_a_name_line_between_two_paragraphs_is_exact():
    from alignment.api import compare

    source = ("Statement by the Secretary General on events in the region\n\n"
              "I am deeply concerned about the violent clashes in the capital and the reports of several deaths.\n\n"
              "Secretary General Jane Example\n\n"
              "I strongly condemn the use of force. Force can never be the answer to a political crisis.\n")
    doc = ("Example condemns violence\n\n"
           "“I am deeply concerned about the violent clashes in the capital and the reports of several deaths. I "
           "strongly condemn the use of force. Force can never be the answer to a political crisis,” she said.\n")
    report = compare(source, doc)
    (q,) = report.quotes
    assert q.status == EXACT
    assert source[q.source_start:q.source_end] == q.source_text
    assert "Jane Example" in q.source_text
    # a word changed on either side of the line still alters the quotation
    changed = compare(source, doc.replace("strongly condemn", "firmly condemn")).quotes[0]
    assert changed.status == ALTERED


def test_the_reading_without_the_lines_reuses_the_first_readings_stretches(monkeypatch):
    """over_lines reads a quotation that is not exact again against the source without its name lines; with a
    QuoteMemo the second reading takes the alignment of every stretch of source words the first one aligned and the
    lines left alone, and aligns only the others: the same verdicts as reading both afresh, in fewer alignments."""
    import functools

    import alignment.engine.verify as verify
    from alignment.engine.quotes import extract_quotes
    from alignment.engine.verify import QuoteMemo, SourceIndex, over_lines, skipping_lines, verify_quote

    paragraph = ("The council approved the new budget for the harbour district on Monday after a long debate. "
                 "It will fund repairs to the old sea wall and a ferry service to the islands. ")
    line = "Councillor Jane Example"
    source = (paragraph * 3 + "\n\n" + line + "\n\n"
              + "We have waited too long for this decision. The work on the wall starts in the spring.\n\n"
              + paragraph)
    a = source.index(line)
    index = SourceIndex(source)
    skipped = skipping_lines(index, [(a, a + len(line))])
    doc = ("“The council approved the budget for the harbour district on Monday after a debate,” she said. "
           "“We have waited too long for this decision. The work on the wall starts in spring,” she said. "
           "“It will fund a ferry service to the islands and repairs to the old sea wall,” she added. "
           "“Nobody here asked for any of it,” he said.")
    spans, _ = extract_quotes(doc)
    aligned = []
    plain_align = verify._align

    def counting(*args, **kwargs):
        aligned.append(1)
        return plain_align(*args, **kwargs)

    monkeypatch.setattr(verify, "_align", counting)

    def readings(memo: bool) -> list:
        aligned.clear()
        out = [over_lines(functools.partial(verify_quote, doc, span, memo=QuoteMemo() if memo else None),
                          index, skipped, [(a, a + len(line))]) for span in spans]
        return [out, len(aligned)]

    (fresh, n_fresh), (reused, n_reused) = readings(False), readings(True)
    assert reused == fresh
    assert [v.status.value for v in fresh] == ["altered", "near", "altered", "unsupported"]
    assert n_reused < n_fresh, (n_reused, n_fresh)


def test_skipping_lines_blanks_each_line_and_leaves_out_the_words_starting_in_one():
    """skipping_lines (the lines merged, blanked as slices, their words cut out as slices of the ordered words) is
    the plain reading: every line's characters blanked in turn, every word starting inside a line left out."""
    import random

    from alignment.engine.verify import SourceIndex, skipping_lines

    rng = random.Random(20)
    text = " ".join(f"Word{k}," if k % 7 == 0 else f"w{k}" for k in range(300)) + "\nThe end."
    index = SourceIndex(text)
    for _ in range(200):
        lines = []
        for _ in range(rng.randrange(1, 6)):
            a = rng.randrange(len(text))
            lines.append((a, min(len(text), a + rng.randrange(0, 80))))
        plain = list(text)
        for a, b in lines:
            plain[a:b] = " " * (b - a)
        skipped = skipping_lines(index, lines)
        assert skipped is not None and skipped.text == "".join(plain)
        assert [w.start for w in skipped.words] == [
            w.start for w in index.words if not any(a <= w.start < b for a, b in lines)]


def test_the_source_without_its_lines_is_made_only_for_a_quotation_not_found_word_for_word():
    """over_lines takes a function that makes the source without its lines, and calls it only for a quotation that
    is not exact: the same verdicts as when handed the index made beforehand."""
    import functools

    from alignment.engine.quotes import extract_quotes
    from alignment.engine.verify import SourceIndex, over_lines, skipping_lines, verify_quote

    line = "Councillor Jane Example"
    source = f"The council approved the new budget on Monday.\n\n{line}\n\nWe have waited too long for this.\n"
    lines = [(source.index(line), source.index(line) + len(line))]
    index = SourceIndex(source)
    made: list[int] = []

    def make() -> SourceIndex | None:
        made.append(1)
        return skipping_lines(index, lines)

    for doc, n in (("“The council approved the new budget on Monday,” she said.", 0),
                   ("“The council approved the budget on Monday. We have waited too long,” she said.", 1)):
        (span,), _ = extract_quotes(doc)
        check = functools.partial(verify_quote, doc, span)
        lazy = over_lines(check, index, functools.cache(make), lines)
        assert lazy == over_lines(check, index, skipping_lines(index, lines), lines)
        assert len(made) == n
        made.clear()


SENTENCES_SOURCE = ("The governor issued the following statement: “At no point in my years as transport minister did I "
                    "approve any contract linked directly or indirectly to the Harlow consortium. Under the law, the "
                    "transport minister has no say in such contracts.\n\nThe smears and harassment that my relatives "
                    "and I have endured for the last two years have to stop.”")


def test_a_quotation_with_its_sentences_in_another_order_is_altered():
    """A statement quoted whole in the article's own translation, its last sentence put first (the fresh17 shape):
    each sentence found altered on its own, the one the source gives first right before the other."""
    doc = ("“The political targeting and harassment suffered by me and my relatives for two years now has its "
           "limits. During my term as transport minister I never signed any contract linked directly or indirectly "
           "to the Harlow consortium. Besides, based on the law, the minister of transport has no relevant "
           "competence,” the governor said.")
    v = in_article(doc, SENTENCES_SOURCE)
    assert v.status == ALTERED
    assert v.source_text.startswith("my years as transport minister")
    assert v.source_text.endswith("have endured for the last two years")


def test_sentences_in_the_sources_order_or_not_all_found_are_read_as_before():
    # the source's order: the search in order finds them
    doc = ("“At no point in my years as transport minister did I approve any contract linked directly or indirectly "
           "to the Harlow consortium. The smears and harassment that my relatives and I have endured for the last "
           "two years have to stop,” the governor said.")
    assert in_article(doc, SENTENCES_SOURCE).status in (ALTERED, EXACT)
    # a sentence the source does not hold: no passage of it, so no reading in two parts
    doc = ("“We will open three new depots in the north before the winter comes. Under the law, the minister of "
           "transport has no say in such contracts,” the governor said.")
    assert in_article(doc, SENTENCES_SOURCE).status == UNSUPPORTED


TRANSLATED_SOURCE = (
    "Statement of the Governor of the Central Bank\n\n"
    "Central Bank Governor, Maria Kostaki, issued the following statement today:\n\n"
    "“For six years the Central Bank has kept out of every political debate. Nonetheless, after last week’s "
    "unparalleled effort by a member of the cabinet to meddle, in an unheard-of way, with the conduct of my office, "
    "I feel bound to offer certain plain clarifications. The Central Bank will keep serving the public. Its "
    "independence is guaranteed by the law of the Central Bank.”")
TRANSLATED_QUOTE = ("“Last week’s move by a representative of the cabinet to try to influence the way in which I "
                    "conduct my office in such an unparalleled fashion compels me to provide clear explanations,”")


def in_article_credited(doc: str, source: str, n: int = 0):
    """As :func:`in_article`, with the name the writer credits the quotation to read as the comparison reads it."""
    from alignment.engine.quotes import credited_names, extract_quotes
    from alignment.engine.verify import SourceIndex, verify_quote

    spans, _ = extract_quotes(doc)
    return verify_quote(doc, spans[n], SourceIndex(source), credited=credited_names(doc, spans[n]))


def test_a_quotation_credited_to_the_sources_speaker_in_another_translation_is_altered():
    """The fresh17 shape: a Greek official's sentence quoted in the article's own translation, too few of its words in
    order for the search, but one sentence of the statement holds many of them, words of that sentence only, and
    the writer credits it to the governor the statement names."""
    doc = "The governor spoke out on Tuesday.\n\n" + TRANSLATED_QUOTE + " Kostaki said."
    v = in_article_credited(doc, TRANSLATED_SOURCE)
    assert v.status == ALTERED
    assert v.source_text.startswith("Nonetheless, after last week’s") and v.source_text.endswith("clarifications")
    # without the credit (the quote check alone), and credited to a pronoun or to someone the source never names: the
    # words alone do not identify the passage
    assert in_article(doc, TRANSLATED_SOURCE).status == UNSUPPORTED
    for credit in (" she said.", " Nikos Pappas said.", " the minister said."):
        doc = "The governor spoke out on Tuesday.\n\n" + TRANSLATED_QUOTE + credit
        assert in_article_credited(doc, TRANSLATED_SOURCE).status == UNSUPPORTED, credit


def test_the_same_speakers_words_on_the_sources_subject_only_stay_unsupported():
    """A quotation of the same speaker from another day shares the release's subject, words every sentence of it
    repeats, not one sentence's own words (the fresh15 APRA shape)."""
    source = ("The Authority will cut the capital add-on applied to Harbour Bank by $300 million in response to the "
              "bank's progress on risk management.\n\nThe capital add-on was applied in 2021 to reflect the bank's "
              "risk governance.\n\nThe remaining capital add-on will stay until the bank's risk culture improves.")
    doc = ("“The capital add-ons will apply until the banks have completed their planned remediation to strengthen "
           "risk management, and closed gaps identified in their reviews,” Authority chair Ann Wells said.")
    assert in_article_credited(doc, source.replace("The Authority", "Authority chair Ann Wells said the Authority")
                               ).status == UNSUPPORTED


# ------------------------------------------------------------------ session 23: mismatched marks, short rewordings


def quoted(doc: str) -> list[str]:
    from alignment.engine.quotes import extract_quotes

    return [q.text for q in extract_quotes(doc)[0]]


def test_a_double_quotation_closed_by_a_single_mark_ends_there():
    """The fresh18 02 shape: a curly double mark opens, a curly single one closes, nothing else closes it."""
    doc = "The mayor has expressed “deep sorrow’ at the death of Officer Jane Roe on Friday night in Millbrook."
    assert quoted(doc) == ["deep sorrow"]
    source = "Deep Sorrow at the Death of Officer Jane Roe"
    assert in_article(doc, source).status == EXACT
    # a plural's possessive before its noun is no closing mark: the quotation stays open to its paragraph's end
    doc = "The mayor said “the officers’ families will be looked after by the city"
    assert quoted(doc) == ["the officers’ families will be looked after by the city"]
    # nor is an apostrophe inside a word, nor a single mark when a double one closes the quotation
    assert quoted("He said “the city’s officers’ work is done” today.") == ["the city’s officers’ work is done"]


def test_a_single_quotation_closed_by_a_double_mark_ends_there():
    """The fresh18 14 shape: a straight single mark opens, a straight double one closes."""
    doc = ("“The town was my home for years,\" she said. 'I know that many others are mourning this loss alongside "
           "Officer Roe’s family and the town’s residents.\"\n\nThe governor added her support.")
    assert quoted(doc) == ["The town was my home for years",
                           "I know that many others are mourning this loss alongside Officer Roe’s family and the "
                           "town’s residents."]
    # an apostrophe with no double mark after it stays an apostrophe
    assert quoted("The 'new rules are here, she said.") == []


def test_a_right_hand_mark_spaced_from_its_words_opens_a_quotation_a_later_one_closes():
    """The fresh14 11 shape: ”, a space, words, and a closing mark later on the line."""
    doc = "She added: ” My thoughts are with the crew and their families. Answers must be found.”"
    assert quoted(doc) == ["My thoughts are with the crew and their families. Answers must be found."]
    assert quoted("It is over ” he said, and left.") == []


def test_a_short_quotation_with_one_of_its_two_content_words_reworded_is_altered():
    """The fresh18 07 shape: a story retells a translated release, two thirds of a short quotation found in order,
    one of its two content words changed, the other a word of one source sentence."""
    source = ("The Board has withdrawn its application of 3 May for the dismissal of Mr Roe. The Board would like to "
              "thank Mr Roe for the work he has accomplished as a board member. Neither party will comment further.")
    for doc, passage in (("On Thursday the bank said it had “withdrawn its request” after all.", "withdrawn its"),
                         ("It even thanked Roe “for the work he has done”.", "for the work he has")):
        v = in_article(doc, source)
        assert v.status == ALTERED, doc
        assert v.source_text == passage
    # both content words changed, or the word found the source's subject in every sentence: unsupported
    assert in_article("The bank said it had “dropped its request”.", source).status == UNSUPPORTED
    subject = ("The Board met on Monday. The Board has withdrawn its application. The Board will meet again. "
               "The Board thanks Mr Roe.")
    assert in_article("He said “the Board decided otherwise” then.", subject).status == UNSUPPORTED
