"""Quote verdicts by class of wording (issue 15, session 12): spelling variants, unclosed quotations ending on the
writer's attribution, short phrases that are quotations rather than scare quotes, the source's bracketed editorial
words, articles put in or left out, dashes that set words off, and the words a passage is identified by. Each class
both ways, and with a real change beside it (a content word, a number, a negation), which still alters the quote.

The sentences are written for these tests, in the shapes of the news articles and releases the classes were read in.
"""

from __future__ import annotations

import pytest

from alignment.engine.quotes import extract_quotes, quoted_again
from alignment.engine.verify import SourceIndex, verify_quote

from tests.engine.test_quotes import ALTERED, EXACT, NEAR, UNSUPPORTED, check_spans, check_verdict, verify


def in_article(doc: str, source: str, n: int = 0):
    """The verdict on the ``n``-th quotation of the article ``doc`` against ``source``."""
    index = SourceIndex(source)
    spans, _ = extract_quotes(doc)
    check_spans(doc, spans)
    v = verify_quote(doc, spans[n], index)
    check_verdict(doc, index, v)
    return v


def changes(v) -> list[tuple[str, str, str]]:
    return [(d.op, d.quote_text, d.source_text) for d in v.diff if d.op != "equal"]


# ------------------------------------------------------------------------------------------ spelling variants

@pytest.mark.parametrize(
    "quote, source",
    [
        # British quote, American source ...
        ("the destabilising impacts of the conflict on food supplies",
         "The leaders discussed the destabilizing impacts of the conflict on food supplies."),
        ("a programme that prioritises paediatric centres and their labour costs",
         "It is a program that prioritizes pediatric centers and their labor costs."),
        ("officials travelled to sign the defence licence", "Officials traveled to sign the defense license."),
        ("a counsellor answered every enquiry", "A counselor answered every inquiry."),
        # ... and the other way round
        ("the destabilizing impacts of the conflict on food supplies",
         "The leaders discussed the destabilising impacts of the conflict on food supplies."),
        ("a program that prioritizes pediatric centers and their labor costs",
         "It is a programme that prioritises paediatric centres and their labour costs."),
        ("officials traveled to sign the defense license", "Officials travelled to sign the defence licence."),
    ],
)
def test_spelling_variants_are_near(quote, source):
    v = verify(quote, source)
    assert v.status == NEAR, v
    assert {op for op, _, _ in changes(v)} == {"variant"}


@pytest.mark.parametrize(
    "quote, source",
    [
        # a content word changed beside the spelling
        ("the destabilising effects of the conflict on food supplies",
         "The leaders discussed the destabilizing impacts of the conflict on food supplies."),
        # a number changed
        ("the programme prioritises 14 paediatric centres this year",
         "The program prioritizes 12 pediatric centers this year."),
        # a negation put in
        ("the leaders did not discuss the destabilising impacts of the conflict",
         "The leaders did discuss the destabilizing impacts of the conflict."),
    ],
)
def test_a_spelling_variant_beside_a_real_change_is_still_altered(quote, source):
    assert verify(quote, source).status == ALTERED


# ---------------------------------------------------------- a state's abbreviation, a number's leading zero

@pytest.mark.parametrize(
    "quote, source",
    [
        # the release's postal code written out, and back
        ("Our thoughts are with the teachers of Lincoln Middle School in Waco, Texas at this difficult time",
         "Our thoughts are with the teachers of Lincoln Middle School in Waco, TX at this difficult time."),
        ("Our thoughts are with the teachers of Lincoln Middle School in Waco, TX at this difficult time",
         "Our thoughts are with the teachers of Lincoln Middle School in Waco, Texas at this difficult time."),
        # a state of two words, and a dotted code
        ("We stand with the families of Buffalo, New York and every community that grieves tonight",
         "We stand with the families of Buffalo, NY and every community that grieves tonight."),
        ("We stand with the families of Buffalo, New York and every community that grieves tonight",
         "We stand with the families of Buffalo, N.Y. and every community that grieves tonight."),
        # a newspaper's abbreviation with its stop
        ("The new plant in Fresno, California will employ 400 people by the end of next year",
         "The new plant in Fresno, Calif. will employ 400 people by the end of next year."),
        # a day written with a leading zero
        ("a notice, dated March 5, 2021, was issued to the company advising it to show cause",
         "A Notice, dated March 05, 2021, was issued to the company advising it to show cause."),
    ],
)
def test_a_states_abbreviation_and_a_leading_zero_are_near(quote, source):
    v = verify(quote, source)
    assert v.status == NEAR, v
    assert {op for op, _, _ in changes(v)} == {"variant"}


@pytest.mark.parametrize(
    "quote, source",
    [
        # another state
        ("Our thoughts are with the teachers of Lincoln Middle School in Waco, Oklahoma at this difficult time",
         "Our thoughts are with the teachers of Lincoln Middle School in Waco, TX at this difficult time."),
        # not after a place and its comma: "IN" is the word, not Indiana
        ("the families who live IN Indiana deserve better",
         "The families who live IN Ohio deserve better."),
        # another day
        ("a notice, dated March 5, 2021, was issued to the company advising it to show cause",
         "A Notice, dated March 15, 2021, was issued to the company advising it to show cause."),
    ],
)
def test_another_state_or_day_is_still_altered(quote, source):
    assert verify(quote, source).status == ALTERED


# ------------------------------------------------------------- unclosed quotations ending on the attribution

SOURCE_READOUT = ("Together, they committed to strengthening the partnership through cooperation on clean energy "
                  "and technology. They also committed to continue cooperation on ending the pandemic.")


@pytest.mark.parametrize(
    "tail",
    [", the readout said.", ", said the White House.", ", the statement added.", ", according to the readout."],
)
def test_an_unclosed_quotation_ends_before_the_attribution_of_its_paragraph(tail):
    doc = ("The two leaders spoke on Monday.\n\n“Together, they committed to strengthening the partnership through "
           f"cooperation on clean energy and technology{tail}\n\nThe call lasted an hour.")
    spans, warnings = extract_quotes(doc)
    check_spans(doc, spans)
    assert [(s.text, s.closed) for s in spans] == [
        ("Together, they committed to strengthening the partnership through cooperation on clean energy and "
         "technology", False)]
    assert len(warnings) == 1 and "taken to the attribution" in warnings[0]
    assert in_article(doc, SOURCE_READOUT).status == EXACT


def test_each_paragraph_left_open_ends_before_its_attribution():
    """Two quotations in a row, each opened and never closed: the first no longer runs into the second as one
    quotation of two paragraphs; each is cut before its paragraph's attribution."""
    doc = ("“Together, they committed to strengthening the partnership through cooperation on clean energy and "
           "technology, the readout said.\n\n“They also committed to continue cooperation on ending the pandemic, "
           "said the White House.\n\nThe leaders will meet in May.")
    spans, warnings = extract_quotes(doc)
    check_spans(doc, spans)
    assert [s.text[-12:] for s in spans] == ["d technology", "the pandemic"]
    assert len(warnings) == 2
    assert [in_article(doc, SOURCE_READOUT, n).status for n in (0, 1)] == [EXACT, EXACT]


@pytest.mark.parametrize(
    "paragraph, kept",
    [
        # no speech verb after the comma: the speaker's own words run on
        ("“We traded more, and so did our neighbours.", "We traded more, and so did our neighbours."),
        # the speaker's own "I said"
        ("“I told them we would not wait, I said.", "I told them we would not wait, I said."),
    ],
)
def test_a_paragraph_not_ending_on_the_writers_attribution_is_quoted_whole(paragraph, kept):
    spans, _ = extract_quotes(f"{paragraph}\n\nNext paragraph.")
    assert [s.text for s in spans] == [kept]


def test_an_unclosed_quotation_with_a_changed_word_is_still_altered():
    doc = ("“Together, they committed to weakening the partnership through cooperation on clean energy and "
           "technology, the readout said.\n\nThe call lasted an hour.")
    v = in_article(doc, SOURCE_READOUT)
    assert v.status == ALTERED
    assert ("replace", "weakening", "strengthening") in changes(v)


# ------------------------------------------------------------------------ dashes that set words off

@pytest.mark.parametrize(
    "quote, source, status",
    [
        # the source's dashes dropped, or put in where it has none: typography, not words
        ("continue cooperation bilaterally and multilaterally on ending the pandemic",
         "They will continue cooperation – bilaterally and multilaterally – on ending the pandemic.", EXACT),
        ("continue cooperation—bilaterally and multilaterally—on ending the pandemic",
         "They will continue cooperation bilaterally and multilaterally on ending the pandemic.", EXACT),
        ("improve day-to-day symptoms – making it a breakthrough",
         "It could improve day-to-day symptoms- making it a breakthrough.", EXACT),
        # a hyphen joining words is no such dash, and a dash for a comma is other punctuation
        ("expanded people to people ties", "They expanded people-to-people ties.", NEAR),
        ("continue cooperation – bilaterally and on ending the pandemic",
         "They will continue cooperation, bilaterally and on ending the pandemic.", NEAR),
    ],
)
def test_dashes_that_set_words_off(quote, source, status):
    assert verify(quote, source).status == status


# --------------------------------------------------------------- short phrases: quotation or scare quote

def test_a_short_phrase_leading_into_the_writers_words_is_a_quotation():
    """Two words that end on a function word ("long before") are a piece of someone's sentence running into the
    writer's: no term ends so. The verdict is the quotation's, not a scare quote's."""
    doc = "She told reporters that the hall will be completed “long before” the president's term ends."
    v = in_article(doc, "The hall is expected to be completed long before the end of the President's term.")
    assert (v.status, v.scare_quote) == (EXACT, False)


def test_a_phrase_ending_on_a_content_word_stays_a_scare_quote():
    doc = "The Fed said that long-term inflation pressures remained “well contained” while growth held up."
    v = in_article(doc, "Inflation and longer-term inflation expectations remain well contained.")
    assert (v.status, v.scare_quote) == (EXACT, True)


def test_the_sources_sentence_restated_around_its_words_makes_a_quotation():
    """The words on each side of the quotation are those on each side of the source passage: the writer tells the
    source's sentence again and marks its words (with a British spelling here)."""
    doc = "The two presidents on Friday discussed the “destabilising impacts” of the war on grain exports."
    v = in_article(doc, "The leaders also discussed the destabilizing impacts of the war on grain exports.")
    assert (v.status, v.scare_quote) == (NEAR, False)


@pytest.mark.parametrize(
    "doc, source",
    [
        # the frame reworded ("the need for" for "vowed"): the writer's sentence, the phrase may be a scare quote
        ("Both leaders condemned the transfers, stressing the need for “coordinated action” with partners.",
         "They condemned these transfers and vowed coordinated actions with partners."),
        # the quoted words name a kind of what follows them: a term, however the sentence around reads
        ("Paper straws may carry risks to health, including “forever chemical” solvents used in them.",
         "Paper straws may carry risks to health, including forever chemical solvents used in them."),
    ],
)
def test_a_term_in_a_sentence_not_restated_stays_a_scare_quote(doc, source):
    assert in_article(doc, source).scare_quote


# ----------------------------------------------------------------- the source's bracketed editorial words

def test_the_sources_bracketed_words_left_out_are_near():
    source = ("“We think about 40 [percent] to 50 percent of all endometrial cancer is caused by obesity,” said the "
              "lead author.")
    v = verify("We think about 40 to 50 percent of all endometrial cancer is caused by obesity", source)
    assert v.status == NEAR, v
    assert changes(v) == [("delete", "", "percent")]


def test_a_word_the_source_does_not_bracket_left_out_is_altered():
    source = "“We think about 40 percent to 50 percent of all endometrial cancer is caused by obesity.”"
    v = verify("We think about 40 to 50 percent of all endometrial cancer is caused by obesity", source)
    assert v.status == ALTERED


def test_the_sources_bracketed_words_left_out_beside_a_changed_number_are_altered():
    source = "“We think about 40 [percent] to 50 percent of all endometrial cancer is caused by obesity.”"
    v = verify("We think about 40 to 60 percent of all endometrial cancer is caused by obesity", source)
    assert v.status == ALTERED


# ------------------------------------------------------------------------- articles put in or left out

@pytest.mark.parametrize(
    "quote, source",
    [
        # an article put in
        ("This is 12 times higher than the other less effective shingles vaccines",
         "This is 12 times higher than other less effective shingles vaccines."),
        # an article left out
        ("This is 12 times higher than other less effective shingles vaccines",
         "This is 12 times higher than the other less effective shingles vaccines."),
        # one article for another, and one left out
        ("They found a vaccine 12 times stronger than other vaccines on the market",
         "They found the vaccine 12 times stronger than the other vaccines on the market."),
    ],
)
def test_articles_put_in_or_left_out_are_near(quote, source):
    v = verify(quote, source)
    assert v.status == NEAR, v
    assert all(op in ("insert", "delete", "replace", "variant") for op, _, _ in changes(v))


@pytest.mark.parametrize(
    "quote, source",
    [
        # an article beside a changed number
        ("This is 14 times higher than the other less effective shingles vaccines",
         "This is 12 times higher than other less effective shingles vaccines."),
        # beside a negation
        ("This is not 12 times higher than the other less effective shingles vaccines",
         "This is 12 times higher than other less effective shingles vaccines."),
        # beside a content word put in
        ("This is 12 times higher than the other far less effective shingles vaccines",
         "This is 12 times higher than other less effective shingles vaccines."),
        # three articles: a rewording
        ("The vaccine is 12 times stronger than the other vaccines on the market",
         "Vaccine is 12 times stronger than other vaccines on market."),
    ],
)
def test_an_article_beside_a_real_change_is_still_altered(quote, source):
    assert verify(quote, source).status == ALTERED


def test_an_article_beside_a_single_word_found_is_no_passage():
    """"The Catch" is not the source's "catches": an article put in counts as idle only beside a phrase found."""
    doc = "He won 12 Gold Gloves and made “The Catch” in the first game."
    v = in_article(doc, "He was famous for his catches in center field.")
    assert v.status == UNSUPPORTED


# ------------------------------------------------------------------------ the words that identify a passage

def test_a_two_word_phrase_does_not_identify_a_passage_the_quote_mostly_lacks():
    """A quotation whose words are mostly not in the source, found only as a common two-word phrase ("working
    together"), is someone else's words, not the source's altered."""
    doc = "Sunak said: “I look forward to working together with” the president."
    v = in_article(doc, "The leaders agreed on the importance of working together to support Ukraine.")
    assert v.status == UNSUPPORTED


def test_a_hyphenated_compound_is_one_word_of_the_identifying_phrase():
    """A reader's question put in quotation marks ("Why are flags are at half-staff?") that finds only "flags" and
    "half-staff" of a headline is a two-word phrase found, not three words: no passage, `unsupported`."""
    source = "Banner Lowered to Half-Mast by Order of the Mayor"
    doc = "If you pass the town hall today, you may wonder, “Why are the banners all at half-mast?”"
    assert in_article(doc, source).status == UNSUPPORTED
    # a third word found, the compound still one of them: a passage changed
    doc = "The mayor said, “Why are the banners all lowered at half-mast?”"
    assert in_article(doc, source).status == ALTERED


def test_an_article_found_beside_a_two_word_phrase_identifies_no_passage():
    """A subheading in quotation marks that shares only "the … labor movement" with the source is someone's phrase,
    not the source's altered: the article found is no evidence of the passage, and two words of five remain."""
    source = "Workers across the country gathered to honor the labor movement and all of its leaders."
    doc = "The rally\n\n“The voice of America’s labor movement”\n\nSpeakers took the stage."
    assert in_article(doc, source).status == UNSUPPORTED
    # more of the passage found, articles aside: the source's words changed
    doc = "He said they came “to praise the labor movement and all of its leaders.”"
    assert in_article(doc, source).status == ALTERED


def test_three_content_words_found_identify_a_passage_the_quote_rewords():
    doc = "The release stressed the “importance of avoiding any escalatory action in the region”."
    v = in_article(doc, "The ministers called for avoiding escalatory actions that undermine peace.")
    assert v.status == ALTERED


# ------------------------------------------------------------------- a sentence of the quote ended early

SOURCE_SANCTIONS = ("Today, I am announcing more than 300 new sanctions against the regime for its attacks on its "
                    "neighbours and for the jailing of a dissident who was its bravest critic. These sanctions will "
                    "target officials connected to the jailing as well as the regime's banks and arms makers. We "
                    "will not stop there.")


def test_a_full_stop_may_stand_for_the_rest_of_the_sources_sentence():
    v = verify("Today, I am announcing more than 300 new sanctions against the regime. These sanctions will target "
               "officials connected to the jailing as well as the regime's banks and arms makers", SOURCE_SANCTIONS)
    assert v.status == NEAR, v
    assert changes(v) == [("delete", "", "for its attacks on its neighbours and for the jailing of a dissident who "
                                         "was its bravest critic")]


@pytest.mark.parametrize(
    "quote",
    [
        # the cut beside a changed number
        "Today, I am announcing more than 500 new sanctions against the regime. These sanctions will target "
        "officials connected to the jailing as well as the regime's banks and arms makers",
        # a whole sentence left out between two, not the rest of one
        "Today, I am announcing more than 300 new sanctions against the regime for its attacks on its neighbours and "
        "for the jailing of a dissident who was its bravest critic. We will not stop there",
        # the next sentence begun in its middle
        "Today, I am announcing more than 300 new sanctions against the regime. Officials connected to the jailing "
        "as well as the regime's banks and arms makers",
    ],
)
def test_a_sentence_cut_beside_another_change_is_still_altered(quote):
    assert verify(quote, SOURCE_SANCTIONS).status == ALTERED


# ------------------------------------------------------------------ session 13: a word left over, a clause opened

SOURCE_BENCH = ("Her first slate of candidates for the bench was named faster than that of any new governor in modern "
                "state history, and today's slate carries that work forward. We will send the bill to the floor next "
                "week, not wait for the recess.")


@pytest.mark.parametrize(
    "quote, stray",
    [
        # a function word left over from an edit, the quote having it again a few words on
        ("Her first slate of candidates for the bench was named faster than any that of any new governor in modern "
         "state history", "any"),
        # a word doubled by a slip
        ("We will send the bill to to the floor next week", "to"),
    ],
)
def test_a_function_word_the_quote_repeats_put_in_is_near(quote, stray):
    v = verify(quote, SOURCE_BENCH)
    assert v.status == NEAR, v
    assert changes(v) == [("insert", stray, "")]


@pytest.mark.parametrize(
    "quote",
    [
        # the stray word beside a changed content word ...
        "Her first slate of candidates for the bench was named slower than any that of any new governor in modern "
        "state history",
        # ... beside a changed number word ...
        "We will send the two bills to to the floor next week",
        # ... a negation put in, though the quote has it again ...
        "We will not send the bill to the floor, not wait for the recess",
        # ... and a function word put in that the quote does not repeat
        "Her first slate of candidates for the bench was named faster than all that of any new governor in modern "
        "state history",
    ],
)
def test_a_word_put_in_beside_a_real_change_or_unrepeated_is_still_altered(quote):
    assert verify(quote, SOURCE_BENCH).status == ALTERED


SOURCE_TALKS = "The two leaders made progress on several issues. Growth was moderate in the spring."


@pytest.mark.parametrize("doc, reported", [
    # the quoted words open the clause a speech verb reports: the speaker's words, to verify
    ("The president said that “real progress” had been made at the summit.", True),
    ("Aides told reporters that “steady gains” were made overnight.", True),
    # ... not words at the end of a clause with a noun subject, nor "that" after another word
    ("The bank said that growth remained “moderate” in May.", False),
    ("The pilot turned back so that “Sully” could land the plane.", False),
    ("It was the summit that “real progress” came from.", False),
])
def test_quoted_words_opening_a_reported_clause_are_not_a_scare_quote(doc, reported):
    index = SourceIndex(SOURCE_TALKS)
    spans, _ = extract_quotes(doc)
    assert len(spans) == 1
    v = verify_quote(doc, spans[0], index)
    check_verdict(doc, index, v)
    assert v.scare_quote is not reported


def test_a_reported_phrase_the_source_lacks_is_unsupported_and_one_it_has_is_exact():
    # "real progress" is not the source's "made progress": one content word does not identify a passage
    missing = in_article("The president said that “real progress” had been made.", SOURCE_TALKS)
    assert (missing.status, missing.scare_quote) == (UNSUPPORTED, False)
    found = in_article("The president said that “made progress” was the word.", SOURCE_TALKS)
    assert (found.status, found.scare_quote) == (EXACT, False)


# ---------------------------------------------------------------- session 13: typography of figures, capitals

SOURCE_RATES = ("The jobless rate rose to 4.5 percent in September. Inflation was 2.8 per cent over the year. "
                "Exports grew 12% from a year earlier, and the board will not hesitate to act.")


@pytest.mark.parametrize(
    "quote, source_text",
    [
        ("The jobless rate rose to 4.5% in September", "4.5 percent"),  # the sign for the word ...
        ("Inflation was 2.8% over the year", "2.8 per cent"),  # ... for two words
        ("Exports grew 12 percent from a year earlier", "12%"),  # the word for the sign
        ("Exports grew 12 per cent from a year earlier", "12%"),
    ],
)
def test_a_percent_sign_for_the_word_is_near(quote, source_text):
    v = verify(quote, SOURCE_RATES)
    assert v.status == NEAR, v
    assert [op for op, _, _ in changes(v)] == ["variant"]
    assert source_text in v.source_text


@pytest.mark.parametrize(
    "quote",
    [
        "The jobless rate rose to 5.4% in September",  # the sign beside a changed number
        "Exports grew 21 percent from a year earlier",
        "The jobless rate rose to 4.5% in October",  # ... beside a changed word
        "Exports grew 12 percent from a year earlier, and the board will hesitate to act",  # ... a negation dropped
    ],
)
def test_a_percent_sign_beside_a_real_change_is_still_altered(quote):
    assert verify(quote, SOURCE_RATES).status == ALTERED


@pytest.mark.parametrize(
    "quote",
    [
        "[T]he board will not hesitate to act",  # a capital an editor changed, in brackets
        "[t]he jobless rate rose to 4.5 percent in September",
        "Exports grew 12% from a year earlier, and [the] board will not hesitate to act",  # a bracketed word the same
    ],
)
def test_letters_an_editor_bracketed_in_the_sources_word_are_exact(quote):
    v = verify(quote, SOURCE_RATES)
    assert v.status == EXACT, v


@pytest.mark.parametrize(
    "quote, status",
    [
        ("[T]he board will hesitate to act", ALTERED),  # the bracketed capital beside a negation dropped
        ("[T]his board will not hesitate to act", ALTERED),  # bracketed letters that make another word
    ],
)
def test_bracketed_letters_beside_a_real_change_are_not_exact(quote, status):
    assert verify(quote, SOURCE_RATES).status == status


# ------------------------------------------------------ session 14: claims, coordinated lists, quotations again

SOURCE_PLAN = ("The economy is strong. Factories are opening in a manufacturing boom across the country. The President "
               "took on Big Pharma and won. The new tariffs have increased uncertainty for exporters, and the bank "
               "will not raise rates this year.")


def _scare_flags(doc: str, source: str = SOURCE_PLAN) -> list[tuple[str, str, bool]]:
    """Each quotation of ``doc``: its words, its status and whether it is a scare quote, as the pipeline gives them."""
    from alignment.api import compare

    return [(q.text, q.status.value, q.scare_quote) for q in compare(source, doc).quotes]


@pytest.mark.parametrize("doc, reported", [
    # the quoted words stand in the object of a verb that makes a claim of it: the subject's claim, to verify
    ("Despite Biden declaring an economic victory over the deficit, a “manufacturing boom” is not in sight.", True),
    ("The company touted a “manufacturing boom” in its filing.", True),
    ("The governor claimed “manufacturing boom” status for the state.", True),
    # "cite": the object is the subject's stated reason, in the subject's words (session 18)
    ("The mayor cited a “manufacturing boom” that drew new families to the town.", True),
    ("Citing a “manufacturing boom,” the council approved the plan.", True),
    # ... not past another clause (a "that", a subject and its copula), another verb, the speaker's own claim
    ("The firm claimed that the sector was in a “manufacturing boom” last year.", False),
    ("Critics declared the plan was a “manufacturing boom” in name only.", False),
    ("We claim a “manufacturing boom” for the region.", False),
    ("The town claimed for itself a “manufacturing boom” of sorts.", False),
    ("The report cited that the region was in a “manufacturing boom” last year.", False),
])
def test_quoted_words_in_a_claim_verbs_object_are_not_a_scare_quote(doc, reported):
    index = SourceIndex(SOURCE_PLAN)
    spans, _ = extract_quotes(doc)
    assert len(spans) == 1
    v = verify_quote(doc, spans[0], index)
    check_verdict(doc, index, v)
    assert v.scare_quote is not reported
    assert v.status == EXACT  # found word for word, whatever the frame


def test_a_claimed_phrase_the_source_lacks_is_unsupported():
    v = in_article("The company touted a “manufacturing surge” in its filing.", SOURCE_PLAN)
    assert (v.status, v.scare_quote) == (UNSUPPORTED, False)


def test_a_quotation_listed_after_a_claimed_one_is_claimed_too():
    doc = ("Despite Biden declaring an economic victory over the deficit, a “manufacturing boom” and winning "
           "against “Big Pharma,” several of the “facts” are misleading.")
    assert [(t, s) for t, _, s in _scare_flags(doc)] == [
        ("manufacturing boom", False), ("Big Pharma", False), ("facts", True)]
    # joined to a scare quote, or past a clause of its own, a quotation stays a scare quote
    doc = "The “fact sheet” and winning against “Big Pharma” were the themes."
    assert [s for _, _, s in _scare_flags(doc)] == [True, True]
    doc = "Biden declared a “manufacturing boom” and critics were “Big Pharma” allies."
    assert [s for _, _, s in _scare_flags(doc)] == [False, True]


def test_a_headlines_quotation_the_story_gives_as_someones_is_not_a_scare_quote():
    doc = ("Tariff threat has 'increased uncertainty'\n\nThe bank cut rates, adding it has “increased "
           "uncertainty” for exporters.")
    assert _scare_flags(doc) == [("increased uncertainty", "exact", False), ("increased uncertainty", "exact", False)]
    # a run of a longer quotation's words, from two words on
    doc = ("Bank 'will not raise' rates\n\nThe governor said, “The bank will not raise rates this year.”")
    assert [(s, scare) for _, s, scare in _scare_flags(doc)] == [("exact", False), ("exact", False)]


def test_a_headlines_quotation_the_story_does_not_give_as_someones_stays_a_scare_quote():
    # the story's words around the second are the writer's (a noun subject): neither is given as someone's
    doc = ("Tariff threat has 'increased uncertainty'\n\nThe bank noted that tariffs had “increased uncertainty” "
           "for exporters.")
    assert [scare for _, _, scare in _scare_flags(doc)] == [True, True]
    # one word inside a longer quotation is no evidence; a so-called term stays the writer's
    doc = "The “boom” ended.\n\nThe governor said, “Factories are opening in a manufacturing boom.”"
    assert [scare for _, _, scare in _scare_flags(doc)] == [True, False]
    doc = "A so-called “manufacturing boom” began.\n\nHe said, “Factories are opening in a manufacturing boom.”"
    assert [scare for _, _, scare in _scare_flags(doc)] == [True, False]


def test_a_headlines_quotation_the_writer_also_writes_as_its_own_stays_a_scare_quote():
    # the police's quotation holds the words, but the writer uses them unmarked too: the headline's marks distance
    # (the boom was a hoax), they do not credit anyone
    doc = ("Man charged over hoax about a 'manufacturing boom'\n\nHe said a manufacturing boom was coming to "
           "the town. Police said: “He invented the manufacturing boom to cause alarm.”")
    assert _scare_flags(doc)[0] == ("manufacturing boom", "exact", True)
    # the words only ever in someone's quotation: that someone's words again, not a scare quote
    doc = ("Man charged over hoax about a 'manufacturing boom'\n\nPolice said: “He invented the manufacturing "
           "boom to cause alarm.”")
    assert _scare_flags(doc)[0] == ("manufacturing boom", "exact", False)
    # a word of the run in the writer's sentence, the other beyond a full stop: no run of the writer's own
    doc = ("Man charged over hoax about a 'manufacturing boom'\n\nHe praised manufacturing. Boom times came. "
           "Police said: “He invented the manufacturing boom to cause alarm.”")
    assert _scare_flags(doc)[0] == ("manufacturing boom", "exact", False)


def test_a_quotation_given_again_keeps_its_verdict_on_a_changed_word():
    # not a scare quote any more, but a content word the source lacks still leaves two words unsupported
    doc = ("Tariff threat has 'raised uncertainty'\n\nThe bank cut rates, adding it has “raised "
           "uncertainty” for exporters.")
    assert _scare_flags(doc) == [("raised uncertainty", "unsupported", False)] * 2
    # and quotations that drop the source's negation are altered, the headline's as the story's
    doc = ("Bank 'will raise rates'\n\nThe governor said, “The bank will raise rates this year.”")
    assert [s for _, s, _ in _scare_flags(doc)] == ["altered", "altered"]


# ------------------------------------------------------------------ inflection and derivation (issue 15, session 15)

@pytest.mark.parametrize(
    "quote, source",
    [
        # a form of the same word: plural, third person, past, participle, a doubled consonant, -y/-ies
        ("the company submitted bids for the same contract", "The company submits bids for the same contract."),
        ("we stopped the shipments at the border", "We stop the shipment at the border."),
        ("new policies to conserve the land", "a new policy to conserving the land"),
        ("the deputy advised this vendor of the opening", "the deputy advises this vendor of the opening"),
    ],
)
def test_an_inflected_word_is_a_variant(quote, source):
    v = verify(quote, source)
    assert v.status == NEAR, v
    assert {op for op, _, _ in changes(v)} == {"variant"}


@pytest.mark.parametrize(
    "quote, source, changed",
    [
        # another word made from the same stem: who investigates for the investigation, the adjective for the noun,
        # the adverb for the adjective
        ("he is cooperating with the criminal investigation in this matter",
         "He is cooperating with criminal investigators in this matter.", "investigation"),
        ("a national plan to protect the coast", "a plan for the nation to protect the coast", "national"),
        ("the program worked effectively for the families", "the program did effective work for the families",
         "effectively"),
    ],
)
def test_a_word_made_from_another_alters_the_quote(quote, source, changed):
    v = verify(quote, source)
    assert v.status == ALTERED, v
    assert any(op == "replace" and changed in q for op, q, _ in changes(v)) or any(
        op == "insert" and changed in q for op, q, _ in changes(v)), changes(v)
    assert not any(op == "variant" and changed in q for op, q, _ in changes(v)), changes(v)


# ------------------------------------------------------------------------- nested quotations (issue 15, session 15)

def _verdicts(doc: str, source: str):
    index = SourceIndex(source)
    spans, _ = extract_quotes(doc)
    check_spans(doc, spans)
    again = quoted_again(doc, spans, 2)
    out = []
    for span, elsewhere in zip(spans, again, strict=True):
        v = verify_quote(doc, span, index, quoted_elsewhere=elsewhere)
        check_verdict(doc, index, v)
        out.append((span.text, v.status, v.scare_quote, v.source_text))
    return out


def test_a_term_marked_inside_a_reworded_quotation_is_checked_on_its_own():
    # the outer quotation reworded (altered); the term the speaker marked is the source's own marked word, a scare
    # quote found exact: the outer quotation holding its words does not make it "quoted elsewhere"
    doc = ("“The vendor then sent bids from various so-called ‘independent’ firms that it owned,” officials said.")
    source = "The vendor would then send bids from the various so-called “independent” businesses the vendor owned."
    (outer, o_status, o_scare, _), (inner, i_status, i_scare, i_source) = _verdicts(doc, source)
    assert (outer.endswith("that it owned"), o_status, o_scare) == (True, ALTERED, False)
    assert (inner, i_status, i_scare, i_source) == ("independent", EXACT, True, "independent")


def test_a_quotation_nested_in_one_the_source_lacks_is_checked_too():
    # the speaker quotes someone, in words the source does not hold: both unsupported, the inner one given as words
    # someone said, no scare quote
    doc = "“The council said it was ‘dead on arrival,’ and we agreed,” the mayor said."
    source = "The mayor said the plan would be withdrawn next month."
    got = _verdicts(doc, source)
    assert [(t, st) for t, st, _, _ in got] == [
        ("The council said it was ‘dead on arrival,’ and we agreed", UNSUPPORTED), ("dead on arrival", UNSUPPORTED)]
    assert got[1][2] is False


def test_a_quotation_read_once_for_speech_and_term_gets_the_same_verdict():
    """compare hands verify_quote what quote_readings read of each quotation (reported speech, a term a noun names):
    the verdicts are those verify_quote reaches reading both itself."""
    from alignment.engine.quotes import quote_readings

    doc = ("Rates 'stay high'\n\nThe governor said, “Rates will stay high.” Its so-called “stay high” plan, the "
           "“cap”, was called “historic” and, she said, “not a tax.”")
    source = "Rates will stay high. The cap is not a tax. It is historic."
    index = SourceIndex(source)
    spans, _ = extract_quotes(doc)
    readings = quote_readings(doc, spans, 2)
    assert [again for again, _, _ in readings] == quoted_again(doc, spans, 2)
    assert any(r is not None for _, r, _ in readings) and any(n is not None for _, _, n in readings)
    for span, (again, reported, named) in zip(spans, readings, strict=True):
        plain = verify_quote(doc, span, index, quoted_elsewhere=again)
        handed = verify_quote(doc, span, index, quoted_elsewhere=again, reported=reported, named=named)
        assert handed == plain, span.text
