"""Segmentation: structure blocks, sentences, claims, boilerplate; every offset slices back."""

import pytest

from alignment.config import Config
from alignment.model import SegmentKind
from alignment.text.blocks import find_blocks
from alignment.text.normalize import words
from alignment.text.segment import segment, segment_lines

from tests.conftest import DERIVATIVE, SOURCE


def _kinds(analyzed):
    return [(str(s.kind), s.text) for s in analyzed.segments]


def _check_offsets(analyzed):
    for s, tagged in zip(analyzed.segments, analyzed.words, strict=False):
        assert analyzed.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        for t in tagged:
            assert analyzed.text[t.word.start:t.word.end] == t.word.text
            assert s.start <= t.word.start < t.word.end <= s.end


def test_structure_blocks():
    text = (
        "Main Title\n\n# Section\n- first item\n2. second item\n"
        "Area | Focus |\n---|---|\nUkraine | aid |\n"
        "Begin text:\nA paragraph. Another sentence.\nEnd text.\n"
        "Sources: Agency X\nContact: press@example.org\n"
    )
    blocks = [(b.kind, text[b.start:b.end]) for b in find_blocks(text)]
    assert blocks == [
        ("short", "Main Title"),
        ("heading", "Section"),
        ("item", "first item"),
        ("item", "second item"),
        ("table_header", "Area | Focus |"),
        ("table_header", "---|---|"),
        ("table_row", "Ukraine | aid |"),
        ("boilerplate", "Begin text:"),
        ("paragraph", "A paragraph. Another sentence."),
        ("boilerplate", "End text."),
        ("boilerplate", "Sources: Agency X"),
        ("boilerplate", "Contact: press@example.org"),
    ]


def test_not_a_claim_kinds(nlp):
    text = "Strategic Talks Open\nBegin text:\nThe ministers met in London.\nEnd text.\n"
    a = segment(text, nlp, Config(), "S")
    assert _kinds(a) == [
        ("heading", "Strategic Talks Open"),
        ("boilerplate", "Begin text:"),
        ("sentence", "The ministers met in London."),
        ("boilerplate", "End text."),
    ]
    assert [s.is_claim for s in a.segments] == [False, False, True, False]


def test_headline_with_a_verb_is_a_claim(nlp):
    a = segment("FDA approves new psoriasis drug\nThe agency said so.\n", nlp, Config(), "S")
    assert a.segments[0].kind == SegmentKind.SENTENCE


def test_a_later_line_in_title_case_is_a_section_heading_however_it_reads(nlp):
    """A news page's section heading ("What You Need To Know", "How The Plan Works") has a finite verb, but no
    sentence capitalises its function words: a heading, not a claim the article adds. The same words in sentence
    case stay a claim, and so does the headline opening the text."""
    text = ("City Council Approves New Budget For Parks\n\nWhat You Need To Know\n\n"
            "The council approved a budget of $4 million for parks on Monday.\n\n"
            "How The Money Will Be Spent\n\nMost of it will go to playgrounds.\n\n"
            "What residents need to know\n\nThe work starts in May.\n")
    kinds = dict((t, k) for k, t in _kinds(segment(text, nlp, Config(), "D")))
    assert kinds["City Council Approves New Budget For Parks"] == "sentence"
    assert kinds["What You Need To Know"] == "heading"
    assert kinds["How The Money Will Be Spent"] == "heading"
    assert kinds["What residents need to know"] == "sentence"


def test_the_short_items_of_a_run_on_list_are_claims_not_headings(nlp):
    """An order's list of what it leaves out, one item a line after "including:", each ending with a semicolon
    (the next-to-last with "; and"): every item is a fact of the sentence, however short and verbless; a short line
    without the semicolon is still a heading."""
    text = ("The new fee will not apply to some imports, including:\nrare earth magnets used in turbines;\n\n"
            "frozen seafood;\n\ncertain medical devices; and\n\nprinted books and newspapers.\n\n"
            "Exemptions\n\nThe fee takes effect in March.\n")
    kinds = dict((t, k) for k, t in _kinds(segment(text, nlp, Config(), "S")))
    assert kinds["frozen seafood;"] == "sentence"
    assert kinds["certain medical devices; and"] == "sentence"
    assert kinds["Exemptions"] == "heading"


def test_abbreviations_do_not_end_sentences(nlp):
    text = (
        "The U.S. and the U.K. agreed. Mediation by the US., Egypt., Qatar for a ceasefire continued. "
        "Dr. Smith spoke on Jan. 5 at the U.N. headquarters."
    )
    a = segment(text, nlp, Config(), "S")
    assert [s.text for s in a.segments] == [
        "The U.S. and the U.K. agreed.",
        "Mediation by the US., Egypt., Qatar for a ceasefire continued.",
        "Dr. Smith spoke on Jan. 5 at the U.N. headquarters.",
    ]


def test_an_acronym_ends_a_sentence_but_an_initial_does_not(nlp):
    """Acronyms are written without stops, so "ET." or "FDA." is a sentence's end; one capital and a stop is an
    initial ("George W. Bush")."""
    text = ("Results will be presented on March 17 at 8 a.m. ET. Further results follow on March 18. "
            "The drug was approved by the FDA. Sales start soon. President George W. Bush spoke.")
    a = segment(text, nlp, Config(), "S")
    assert [s.text for s in a.segments] == [
        "Results will be presented on March 17 at 8 a.m. ET.", "Further results follow on March 18.",
        "The drug was approved by the FDA.", "Sales start soon.", "President George W. Bush spoke.",
    ]


def test_quote_across_a_line_break_stays_in_its_sentence(nlp):
    text = "Both nations reaffirmed their\n“enduring support for Ukraine’s independence.”\nThey met again.\n"
    a = segment(text, nlp, Config(), "D")
    assert [s.text for s in a.segments] == [
        "Both nations reaffirmed their\n“enduring support for Ukraine’s independence.”",
        "They met again.",
    ]


def test_run_on_sentence_is_split_into_claims(nlp):
    text = (
        "They reaffirmed commitment continuing the Dialogue exploring new coordination opportunities "
        "opposing unilateral status quo changes by force or coercion recognizing partnership with Australia "
        "through AUKUS demonstrating collective regional commitment welcoming the publication of the licence "
        "looking forward to implementation enabling enhanced collaboration"
    )
    a = segment(text, nlp, Config(), "S")
    assert len(a.segments) >= 3
    assert all(s.kind == SegmentKind.CLAIM for s in a.segments)
    _check_offsets(a)
    assert a.segments[0].start == 0 and a.segments[-1].end == len(text)


def test_a_progressive_is_not_cut_from_its_auxiliary(nlp):
    """An -ing form right after "is" (an adverb between at most) is the clause's verb, not a participle opening a
    proposition: "the council is also | planning ..." would leave a fragment without its verb."""
    text = ("Meanwhile, the city council is also planning the process to choose a new auditor for a full four-year "
            "term, hoping to ensure steady oversight and continuity in the management of the city's finances.")
    a = segment(text, nlp, Config(), "D")
    _check_offsets(a)
    assert [s.text.split()[0] for s in a.segments] == ["Meanwhile,", "hoping"]


def test_claims_are_not_cut_inside_quotes_or_hyphenated_words(nlp):
    text = (
        "This collaboration will lead to significant advances in defence capabilities, with the long-standing "
        "partners noting the potential for “revolutionising defence trade sectors and unlocking growth” and "
        "unlocking new opportunities for all partners involved in the work."
    )
    a = segment(text, nlp, Config(), "D")
    for s in a.segments:
        assert s.text.count("“") == s.text.count("”")
        assert not s.text.startswith("standing")


def test_sample_pair_offsets_and_structure(nlp):
    src = segment(SOURCE.read_text(encoding="utf-8"), nlp, Config(), "S")
    der = segment(DERIVATIVE.read_text(encoding="utf-8"), nlp, Config(), "D")
    _check_offsets(src)
    _check_offsets(der)
    kinds = {str(s.kind) for s in der.segments}
    assert {"heading", "item", "table_row", "table_header", "boilerplate", "sentence"} <= kinds
    # no two segments overlap, and they come in document order
    for a in (src, der):
        for x, y in zip(a.segments, a.segments[1:], strict=False):
            assert x.end <= y.start


def test_presegmented_lines(nlp):
    text = "First sentence here.\n\n  Second one, no split. Even with two sentences.\n"
    a = segment_lines(text, nlp, "S")
    assert [s.text for s in a.segments] == ["First sentence here.", "Second one, no split. Even with two sentences."]


@pytest.mark.parametrize("text", ["", "   \n\n", "|||", "- ", "“", "a"])
def test_degenerate_inputs(nlp, text):
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)


def test_presegmented_lines_tagged_by_rule_need_no_model():
    text = "Alex Massie\nThe mayor of Leeds met NATO staff in March.\n"
    a = segment_lines(text, None, "S")
    assert [s.text for s in a.segments] == ["Alex Massie", "The mayor of Leeds met NATO staff in March."]
    names = [t.word.text for t in a.words[1] if t.is_name]
    assert names == ["Leeds", "NATO", "March"]


def test_segments_hold_every_word_of_the_text(nlp):
    """The quote verifier indexes the source by the segmenter's words: they are the text's words, in order,
    except that a name is not joined across a paragraph break."""
    for path in (SOURCE, DERIVATIVE):
        text = path.read_text(encoding="utf-8-sig")
        analyzed = segment(text, nlp, Config(), "S")
        assert analyzed.all_words() == words(text)
    split = segment("Talks with the United\n\nStates went on.", nlp, Config(), "S")
    assert [w.text for w in split.all_words()] == ["Talks", "with", "the", "United", "States", "went", "on"]
    assert [w.text for w in words("the United States")] == ["the", "United States"]


def test_the_abbreviation_and_long_run_checks_agree_with_their_patterns_searched_everywhere():
    """The fast forms of two checks (a search started where a match can start; str.split for runs) give what
    the patterns give when searched over the whole text."""
    import random
    import re

    from alignment.text.segment import (
        _ABBREV_END_RE,
        _ABBREVIATIONS,
        MAX_RUN_CHARS,
        _breakable,
        _ends_with_abbreviation,
    )

    def abbreviation_everywhere(text: str) -> bool:
        m = _ABBREV_END_RE.search(text)
        return bool(m) and (m.group(1) is None or m.group(1).lower() in _ABBREVIATIONS)

    long_run = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
    rng = random.Random(7)
    pieces = ["U", "S", "Dr", "etc", "e", "g", "Mr", "Inc", "ABC", "word", ".", ".", " ", "\n", '"', "”", "’", ")",
              "'", "(", "1", "é", "\u00a0", "\u2003", "\x1c"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _ends_with_abbreviation(text) == abbreviation_everywhere(text), repr(text)
    for _ in range(2000):
        text = "".join(rng.choice(["x" * rng.randint(1, 60), " ", "\u00a0", "\u2003", "\n", "\x1c", "é"])
                       for _ in range(rng.randint(0, 12)))
        expected = text if len(text) <= MAX_RUN_CHARS or not long_run.search(text) else None
        if expected is not None:
            assert _breakable(text) == text
        else:
            assert _breakable(text) != text and len(_breakable(text)) == len(text)


def test_a_german_quotation_closes_and_the_paragraph_goes_on_in_sentences():
    """„…“ opens with „ and closes with “: the sentences after it are segments of their own (they were merged into
    one while “ was counted as a second opener)."""
    from alignment import compare

    src = "Der Minister sagte: „Wir handeln jetzt.“ The ministry met on Monday. It agreed a new budget."
    report = compare(src, "The ministry agreed a budget on Monday.")
    assert [s.text for s in report.source.segments] == [
        "Der Minister sagte: „Wir handeln jetzt.“", "The ministry met on Monday.", "It agreed a new budget."]


def test_one_reading_of_open_quotations_for_blocks_and_sentences():
    from alignment.text.quotemarks import QuoteDepth

    assert not QuoteDepth().feed("„Ja.“ Und „nein.“").open
    assert QuoteDepth().feed("„Ja.“ Und „nein.").open
    assert not QuoteDepth().feed("«Oui.» Et “yes.”").open
    depth = QuoteDepth().feed("He said “we")
    assert depth.open and not depth.feed(" will.” Then").open  # read in stretches, as the claim splitter does


def test_a_pipeline_of_a_language_without_tables_is_refused(tmp_path):
    """A German pipeline would have its text split and matched by the English rules: a clear error instead."""
    import spacy

    from alignment import Config, compare
    from alignment.errors import ModelError

    folder = tmp_path / "de_pipeline"
    spacy.blank("de").to_disk(folder)
    with pytest.raises(ModelError, match=r"language 'de'.*tables for English \(en\) only"):
        compare("Der Minister sprach.", "Der Minister sprach gestern.", Config(model=str(folder)))


def test_joining_a_paragraph_reads_each_line_once(monkeypatch):
    """Deciding whether a paragraph runs on looks at its last line, not at the whole paragraph joined so far
    (which made a file of one-word lines quadratic: minutes for 2 MB)."""
    from alignment.text import blocks

    seen: list[int] = []
    real = blocks._TERMINAL_RE

    class Spy:
        def search(self, text: str):
            seen.append(len(text))
            return real.search(text)

    monkeypatch.setattr(blocks, "_TERMINAL_RE", Spy())
    found = blocks.find_blocks("\n".join(f"word{i}" for i in range(2000)))
    assert len(found) == 1 and found[0].end > 10_000
    assert seen and max(seen) <= len("word1999")


def _block_kinds(text: str) -> list[tuple[str, str]]:
    from alignment.text.blocks import find_blocks

    return [(b.kind, text[b.start:b.end]) for b in find_blocks(text)]


def test_furniture_sections_run_to_the_next_heading():
    text = ("Acme wins approval for Zorvex\n\nAcme said on Monday that regulators approved Zorvex for adults.\n\n"
            "About Zorvex\n\nZorvex is a tablet taken once a day.\n\n"
            "Forward-Looking Statements\n\nThis news release contains forward-looking statements about sales.\n\n"
            "Results of the second trial\n\nThe second trial enrolled 300 patients.\n")
    kinds = dict((t, k) for k, t in _block_kinds(text))
    assert kinds["Zorvex is a tablet taken once a day."] == "boilerplate"
    assert kinds["This news release contains forward-looking statements about sales."] == "boilerplate"
    assert kinds["About Zorvex"] == kinds["Forward-Looking Statements"] == "boilerplate"
    assert kinds["The second trial enrolled 300 patients."] == "paragraph"  # a heading of news ends the section
    assert kinds["Acme said on Monday that regulators approved Zorvex for adults."] == "paragraph"


def test_what_follows_the_end_mark_and_late_self_descriptions_are_furniture():
    text = ("Agency approves test\n\nThe agency approved a blood test on Tuesday.\n\nThe test takes 15 minutes.\n\n"
            "The NHA, an agency within the Department of Health, protects the public health.\n\n###\n\n"
            "Inquiries: Jane Roe 555-0100\n\nRelated information on the test is online at the agency.\n")
    kinds = dict((t, k) for k, t in _block_kinds(text))
    assert kinds["The NHA, an agency within the Department of Health, protects the public health."] == "boilerplate"
    assert kinds["Related information on the test is online at the agency."] == "boilerplate"
    assert kinds["The agency approved a blood test on Tuesday."] == "paragraph"
    # early in a story the same shape is news, not furniture
    early = "The NHA, an agency within the Department of Health, approved a test.\n\nIt takes 15 minutes.\n"
    assert _block_kinds(early)[0][0] == "paragraph"


def test_a_proclamations_closing_formula_is_furniture():
    """"IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of May, ..." gives the day the text was signed,
    in words: no claim of it, and a month an article's date would meet by chance."""
    text = ("Harbor Day, 2025\n\nToday, I recognize May 9, 2025, as Harbor Day.\n\nThe harbor feeds the city.\n\n"
            "IN WITNESS WHEREOF, I have hereunto set my hand this ninth day of May, in the year two thousand "
            "twenty-five.\n")
    kinds = _block_kinds(text)
    assert kinds[-1][0] == "boilerplate" and kinds[-1][1].startswith("IN WITNESS WHEREOF")
    assert kinds[1] == ("paragraph", "Today, I recognize May 9, 2025, as Harbor Day.")


def test_an_orders_closing_date_line_is_furniture():
    """A governor's order closes on the day it was signed, a line of its own ("This 5th day of October 2024."): no
    claim of it, whatever an article says of the day; a sentence that opens the same way and goes on is one."""
    text = ("Flags at half-staff for Harbor Day\n\nThe governor ordered flags lowered on Monday.\n\n"
            "The harbor feeds the city.\n\nThis 5th day of October 2024.\n")
    assert _block_kinds(text)[-1] == ("boilerplate", "This 5th day of October 2024.")
    text = ("Flags at half-staff for Harbor Day\n\nThe governor ordered flags lowered on Monday.\n\n"
            "The harbor feeds the city.\n\nThis 5th day of October, the state will mourn.\n")
    assert _block_kinds(text)[-1][0] == "paragraph"


@pytest.mark.parametrize("dateline", ["(CNN)", "PARIS (AP) —", "MONDAY, March 3, 2025 (HealthDay News) --",
                                      "SPRINGFIELD, Ill., May 2, 2024 /PRNewswire/ --",
                                      # a wire story's date without its year, a date alone, two places, an agency
                                      # in lower case, a credit with its date and no dash, an agency and a dash
                                      "SEOUL, June 4 (Yonhap) --", "Oct. 2 (UPI) --", "CAIRO/AMMAN (Reuters) -",
                                      "BERLIN (dpa-AFX) -", "ROME (Daily Post / Agency - 3rd May, 2020)", "VOA –",
                                      "LAGOS —"])
def test_a_dateline_is_cut_off_the_paragraph_it_opens(dateline):
    text = f"Headline of the story\n\n{dateline} The council approved the budget on Monday.\n"
    kinds = _block_kinds(text)
    assert kinds[1] == ("boilerplate", dateline)
    assert kinds[2] == ("paragraph", "The council approved the budget on Monday.")


def test_a_quotation_of_several_sentences_gives_a_claim_per_sentence():
    """The quotation stays one quote, but each of its whole sentences is a claim, so what the article leaves out
    of it shows; a short piece inside quotation marks still does not end a sentence."""
    from alignment import compare

    text = ("The minister said: “We will build ten new schools this year. Each of them will open in September. "
            "Teachers will be hired in spring.” The plan was welcomed.")
    report = compare(text, "The minister said: “We will build ten new schools this year.”")
    assert [s.text for s in report.source.segments] == [
        "The minister said: “We will build ten new schools this year.", "Each of them will open in September.",
        "Teachers will be hired in spring.”", "The plan was welcomed."]
    assert [q.status for q in report.quotes] == ["exact"]
    short = compare("He shouted “Stop. Now.” and left the room quietly.", "He left.")
    assert [s.text for s in short.source.segments] == ["He shouted “Stop. Now.” and left the room quietly."]


@pytest.mark.parametrize("line", ["US – China talks resume on Monday in Geneva.", "NATO — The alliance met."])
def test_a_short_name_before_a_dash_is_no_dateline(line):
    """Two places in capitals before a dash are a pair ("US – China"), and a capitalised word before a dash opens a
    dateline only before a sentence of six words or more."""
    assert _block_kinds(f"Headline of the story\n\n{line}\n")[1] == ("paragraph", line)


@pytest.mark.parametrize(("headline", "credit"), [
    ("Mayor Names Jane Roe As Police Chief For The City", "- Daily Courier"),
    ("Council approves budget after long debate", "– City Hall statement"),
    ("President marks the anniversary of the flood again", "| Voice of the Valley"),
])
def test_the_credit_after_a_headline_is_furniture(headline, credit):
    """The outlet or the source a headline credits after a dash is furniture, cut off the headline's line (which
    stays whole otherwise: "Fed raises rates - but doubts remain" keeps its second half)."""
    kinds = _block_kinds(f"{headline} {credit}\n\nThe council met on Monday and approved the plan.\n")
    assert kinds[0][1] == headline and kinds[1] == ("boilerplate", credit)
    kept = _block_kinds("Fed raises rates - but doubts remain\n\nThe Fed raised rates.\n")
    assert kept[0] == ("short", "Fed raises rates - but doubts remain")
    late = _block_kinds("The council met on Monday.\n\nCouncil approves budget after long debate - City Hall\n")
    assert late[1] == ("short", "Council approves budget after long debate - City Hall")


def test_a_title_case_headline_is_tagged_in_sentence_case(nlp):
    """In a title-case headline every word is capitalised; read as it is, the tagger makes most of them names
    ("Names", "Envoy"). Read in sentence case, the words the text capitalises nowhere else inside a sentence are
    what they are (no names), and the people and places stay names."""
    text = ("Governor Names Jane Roe As Envoy To Canada, John Poe For Mexico\n\n"
            "The governor on Friday chose Jane Roe for Canada and John Poe for Mexico.\n")
    a = segment(text, nlp, Config(), "D")
    _check_offsets(a)
    title = {t.word.text: t for t in a.words[0]}
    assert not title["Names"].is_name and not title["Envoy"].is_name
    assert all(title[w].is_name for w in ("Roe", "Canada", "Poe", "Mexico"))
    assert a.segments[0].text == text.split("\n")[0]


def test_an_acronym_and_its_expansion_open_no_dateline():
    kinds = _block_kinds("Headline of the story\n\nUN (United Nations) Secretary-General Jane Roe spoke on Monday.\n")
    assert kinds[1] == ("paragraph", "UN (United Nations) Secretary-General Jane Roe spoke on Monday.")


def test_a_short_claim_piece_joins_its_shorter_neighbour(nlp):
    """A run-on sentence cut before each participle: a piece under ``claim_min_words`` joins the shorter of its
    neighbours, so two short propositions make one claim and the longer fact beside them stays apart."""
    text = ("They reaffirmed support for the relief operation ensuring food deliveries reach the north safely "
            "welcoming the measles immunisation drive urging restraint ensuring schools stay open for displaced "
            "families.")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [
        "They reaffirmed support for the relief operation", "ensuring food deliveries reach the north safely",
        "welcoming the measles immunisation drive urging restraint",
        "ensuring schools stay open for displaced families."]


def test_an_initialism_ends_a_sentence_between_two_clauses(nlp):
    """"D.C." ends the first sentence when a clause follows it; "U.S." before a name, or "a.m." before "ET",
    does not, since the piece on one side has no verb of its own."""
    text = ("The summit will be held in Washington, D.C. Officials expect twenty leaders to attend. "
            "The U.S. Food and Drug Administration approved the drug. Talks resumed at 9 a.m. ET. Both sides spoke.")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [
        "The summit will be held in Washington, D.C.", "Officials expect twenty leaders to attend.",
        "The U.S. Food and Drug Administration approved the drug.", "Talks resumed at 9 a.m. ET.",
        "Both sides spoke."]


def test_etc_ends_a_sentence_between_two_clauses(nlp):
    """"etc." may end a sentence, as an initialism may: the emergency declared under an Act ending in "etc." and
    the bank's duty under it are two claims; "etc." inside a list that goes on is no end."""
    text = ("On May 2, the government declared an emergency under the Act on Measures for Influenza, etc. "
            "The bank, as a public institution under the Act, is required to keep working. "
            "It sells pens, pencils, etc. and other goods.")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [
        "On May 2, the government declared an emergency under the Act on Measures for Influenza, etc.",
        "The bank, as a public institution under the Act, is required to keep working.",
        "It sells pens, pencils, etc. and other goods."]


def test_a_quoted_sentence_that_opens_with_its_mark_is_a_claim_of_its_own(nlp):
    """After a quotation closed by a straight mark (read as still open), the speaker's next quoted sentence,
    opening with its own mark, is a sentence of its own, not merged into the attribution."""
    text = ('"We ran the trial for two years. The results are clear," said Jane Roe, head of research at Acme. '
            '"Heart disease remains the leading cause of death, and we look forward to sharing the data with '
            'doctors."')
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [
        '"We ran the trial for two years.', 'The results are clear," said Jane Roe, head of research at Acme.',
        '"Heart disease remains the leading cause of death, and we look forward to sharing the data with doctors."']


@pytest.mark.parametrize(("title", "claim"), [
    ("Five people killed in storm across coastal towns", True),  # a past participle: a headline
    ("Acme to cut 500 jobs at its Leeds plant", True),  # a base form
    ("Joint Statement on the Strategic Dialogue", False),  # no verb: a title, not a claim
    ("Strategic Talks Open", False),  # too short
])
def test_the_title_line_is_a_claim_when_it_has_a_verb_in_any_form(nlp, title, claim):
    from alignment.text.segment import title_line

    text = f"{title}\n\nThe council said so on Monday after a long meeting.\n\nFive killed in two coastal towns\n"
    a = segment(text, nlp, Config(), "S")
    assert a.segments[0].is_claim == claim
    assert (title_line(a) == 0) == claim
    # a later short line without a finite verb is a heading still, a participle or not
    assert a.segments[-1].kind == SegmentKind.HEADING


def test_the_official_texts_title_line_is_a_claim_without_a_verb(nlp):
    """An official text's title names its news ("Statement by the President on the Flood Relief Fund"): a claim of
    the source; the same line opening a derivative (a briefing's "Press Briefing by the Press Secretary") is a
    heading. Only the title line: a later verbless line is a heading in both."""
    from alignment.text.segment import title_line, verbless_title

    text = ("Statement by the Governor on the Flood Relief Fund\n\n"
            "The Governor opened a fund for families whose homes were flooded in March.\n\nNext Steps for Families\n")
    official, other = segment(text, nlp, Config(), "S", official=True), segment(text, nlp, Config(), "D")
    assert official.segments[0].is_claim and title_line(official) == verbless_title(official) == 0
    assert other.segments[0].kind == SegmentKind.HEADING and verbless_title(other) is None
    assert official.segments[-1].kind == other.segments[-1].kind == SegmentKind.HEADING
    # a headline with a verb is a claim either way, and not a verbless title
    headline = segment("Governor opens flood relief fund for families\n\nIt opened today.\n", nlp, Config(), "S",
                       official=True)
    assert headline.segments[0].is_claim and verbless_title(headline) is None


def test_the_title_line_is_one_segment_where_the_parser_cuts_it_without_a_stop(nlp):
    """The parser cuts "Statement from President Joe Biden | Ahead of the ..." after the name: the title line is one
    segment all the same (its signer and its subject in one heading); a line the parser cuts after a stop or a
    colon holds sentences or a label, and is cut as before (``test_discrepancies``: "FACT SHEET: ...")."""
    from alignment.text.segment import title_line

    body = ("\n\nTwo years ago, the storm destroyed four thousand homes along the coast.\n\n"
            "Today, I am announcing more than 300 new grants for the families who lost them.\n")
    title = "Statement from President Joe Biden Ahead of the Second Anniversary of the Coastal Storm"
    a = segment(title + body, nlp, Config(), "S", official=True)
    assert a.segments[0].text == title and title_line(a) == 0


def test_a_line_that_ends_with_a_stop_or_a_colon_is_no_title(nlp):
    from alignment.text.segment import title_line

    for first in ("The council approved the budget on Monday.", "The requirements include the following:"):
        assert title_line(segment(f"{first}\n\nIt was late.\n", nlp, Config(), "S")) is None


@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 00:01 GMT, TUESDAY 5 MARCH 2024",
    "Embargo: 10am BST Thursday 4 July",
    "Under strict embargo until 16:00 ET on May 2",
    "Not for publication before 9 a.m. on Monday",
    "FOR IMMEDIATE RELEASE",
    "To place an embedded link to this story on your site, copy the address below.",
    "To learn more, visit www.acme-health.com.",
    "For more information on the trial, go to the university's website.",
    "More information is available at https://example.org/trial.",
    "CNN's Jane Roe has more on the vote.",
    "Story highlights",
    "Media contact: Jane Roe, +44 20 7946 0000",
    "Jane Roe, press officer, jane.roe@acme.example",
    "The press release issued by the Department for Transport on 4 May 2024.",
    "This news release was issued by the City of Harlan Falls on Friday, 3 May 2024.",
    "Published: June 3, 2023; 09:12",
    "Updated on Monday, March 4, 2024 at 10:05 a.m.",
    "Last Updated : Jan 12 2024 | 08:30 PM IST",
])
def test_release_and_story_furniture_lines_are_boilerplate_wherever_they_stand(line):
    text = f"Council approves new budget for schools\n\n{line}\n\nThe council approved the budget on Monday.\n"
    assert ("boilerplate", line) in _block_kinds(text)


@pytest.mark.parametrize("paragraph", [
    "The Leicester Respiratory Research Unit - a partnership between the University of Leicester and its "
    "hospitals - focuses on new treatments for lung disease.",
    "The Acme Foundation, a charity of the Acme Group, funds research into rare diseases.",
    "About Acme: Acme discovers, develops and makes medicines for heart disease in 40 countries.",
    "ABOUT THE NORTHERN TRUST - The trust runs four hospitals in the region.",
    "Statements in this release about future sales are forward-looking statements. Actual results may differ "
    "materially from those expressed, and Acme undertakes no obligation to update them.",
])
def test_late_furniture_paragraphs_are_boilerplate(paragraph):
    text = ("Acme drug cuts heart attacks by a fifth\n\nAcme said on Monday that its drug Zorvex cut heart attacks "
            "by a fifth in a trial of 9,000 adults.\n\nThe results will be presented in March.\n\n"
            f"{paragraph}\n")
    assert ("boilerplate", paragraph) in _block_kinds(text)


@pytest.mark.parametrize("sentence", [
    "Embargo on oil exports to be lifted in May, ministers say",  # a headline about an embargo
    "The embargoes on grain were lifted last year.",
    "About 30 people attended the meeting in Leeds on Monday.",
    "The company has more than 300 staff in Leeds.",
    "For more patients, the drug could mean fewer visits to hospital.",
    "Analysts said forward-looking statements by the bank pointed to a rate cut in June.",
    "The Northern Trust, a hospital group that runs four sites, treated 9,000 patients last year.",
    "Published in March 2024, the study followed 9,000 adults.",
    "Updated figures show 12 more cases in Leeds.",
])
def test_news_sentences_shaped_like_furniture_stay_news(sentence):
    text = ("Acme drug cuts heart attacks by a fifth\n\nAcme said on Monday that its drug Zorvex cut heart attacks "
            "by a fifth in a trial of 9,000 adults.\n\nThe results will be presented in March.\n\n"
            f"{sentence}\n")
    assert _block_kinds(text)[-1][0] != "boilerplate", sentence


def test_a_long_sentence_is_cut_before_a_coordinated_clause_with_its_own_subject(nlp):
    """Two facts joined by ", and" or ", while" with a subject each are two claims (the article may report one);
    a second verb that goes on with the first subject ("..., and most often begins ...") is not cut off."""
    text = ("The trial enrolled 4,000 adults with severe asthma at 300 hospitals in Europe and North America, "
            "and the company expects regulators in both regions to decide on approval by the end of next year.")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [
        "The trial enrolled 4,000 adults with severe asthma at 300 hospitals in Europe and North America,",
        "and the company expects regulators in both regions to decide on approval by the end of next year."]
    assert all(s.kind == SegmentKind.CLAIM for s in a.segments)
    contrast = ("Exports of cars and machine parts to the United States rose by 12 percent in the first quarter, "
                "while imports of energy from Norway fell for the third quarter in a row.")
    assert [s.text for s in segment(contrast, nlp, Config(), "S").segments] == [
        "Exports of cars and machine parts to the United States rose by 12 percent in the first quarter,",
        "while imports of energy from Norway fell for the third quarter in a row."]
    same_subject = ("Psoriasis is an autoimmune disorder that occurs more commonly in patients with a family "
                    "history of the disease, and most often begins in people between the ages of 15 and 35.")
    assert len(segment(same_subject, nlp, Config(), "S").segments) == 1
    quoted = ("“Severe asthma can cause frequent attacks and long stays in hospital for patients, and today’s "
              "approval gives them another treatment option,” said Jane Roe, director of the agency’s drug office.")
    assert len(segment(quoted, nlp, Config(), "S").segments) == 1  # never inside a quotation


def test_no_claim_is_a_subject_cut_off_from_its_verb(nlp):
    """A participle before the verb of its clause (the sentence's, or a "that" clause's) belongs to the clause's
    subject: the run-on splitter does not leave "Acme today announced that the phase 3 trial" or "The rate of
    attacks in people with severe asthma" as a claim of its own."""
    text = ("Acme today announced that the phase 3 trial evaluating whether its drug Zorvex lowers the risk of heart "
            "attacks in adults with type 2 diabetes met its primary endpoint and its key secondary endpoint.")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [text]
    own_subject = ("The rate of attacks in people with severe asthma taking the new inhaler twice a day was reduced "
                   "from an average of 5.4 a year to 1.1 a year over the 12 weeks of the trial in Leicester.")
    assert [s.text for s in segment(own_subject, nlp, Config(), "S").segments] == [own_subject]
    # once the clause has its verb, a participle opens a new proposition again
    run_on = ("The ministers said that the talks were useful welcoming the new trade agreement between the two "
              "countries noting the rise in exports of cars and machine parts over the last two years")
    assert [s.text for s in segment(run_on, nlp, Config(), "S").segments][1:] == [
        "welcoming the new trade agreement between the two countries",
        "noting the rise in exports of cars and machine parts over the last two years"]


def test_no_sentence_break_inside_a_parenthesis_that_closes_soon(nlp):
    """An acronym spelt out letter by letter breaks spaCy's sentences inside its parenthesis; the pieces join up to
    the closing mark. A parenthesis never closed does not swallow the sentences after it."""
    text = ("ZENITH ( Z orvex E valuation in N ew I nsulin T reatment for H e A lth in high cardiovasc U lar "
            "risk S ubjects) is a double-blind trial involving approximately 1,900 patients. It ended in 2016.")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert [s.text for s in a.segments][-1] == "It ended in 2016."
    assert len(a.segments) == 2
    unclosed = "The results (see the table below. The numbers are rounded. They may change. Final figures come in May."
    assert len(segment(unclosed, nlp, Config(), "S").segments) >= 3


def test_semicolons_part_clauses_not_the_items_of_a_list(nlp):
    """A long sentence is cut after a semicolon when a clause follows it, not between the names of a list; and a
    list of subjects before ", and ... were" is one clause, not cut before its last item."""
    clauses = ("Exports rose by 12 percent in the first quarter to a record high of 40 billion euros; imports fell "
               "for the third quarter in a row to 31 billion euros.")
    assert [s.text for s in segment(clauses, nlp, Config(), "S").segments] == [
        "Exports rose by 12 percent in the first quarter to a record high of 40 billion euros;",
        "imports fell for the third quarter in a row to 31 billion euros."]
    names = ("Voting for the action were Jane Roe, Chair; John Doe, Vice Chair; Ann Smith; Bob Jones; Carl White; "
             "Dana Green; Eve Black; Gary Brown; and Frank Brown, all of them members of the committee.")
    a = segment(names, nlp, Config(), "S")
    _check_offsets(a)
    assert not any(s.kind == SegmentKind.CLAIM for s in a.segments), [s.text for s in a.segments]
    subjects = ("Executive function, working memory, memory function, and psychomotor speed were assessed with a "
                "tablet-based tool at the start of the trial and at four later visits over two years.")
    assert [s.text for s in segment(subjects, nlp, Config(), "S").segments] == [subjects]


def test_in_a_run_on_of_participle_phrases_a_past_tense_before_a_participle_opens_a_claim(nlp):
    """Some statements string propositions together without punctuation, each opened by a participle; a verb in the
    past tense that a participle follows opens one too ("... Energy Dialogue | committed working ahead ..."). A
    sentence of ordinary prose that opens with a participle is not cut before its verb."""
    run_on = ("Noting the close partnership between the two economies highlighting the existing bilateral energy "
              "co-operation including the Joint Energy Dialogue committed working ahead of the summit on climate "
              "finance goals")
    texts = [s.text for s in segment(run_on, nlp, Config(), "S").segments]
    assert "committed working ahead of the summit on climate finance goals" in texts
    prose = ("Citing weak demand for its cars in Europe and rising costs at its plants in Leeds and Madrid, the "
             "company cut 500 jobs on Monday, officials said.")
    assert [s.text for s in segment(prose, nlp, Config(), "S").segments] == [prose]


def test_a_lead_in_to_what_follows_is_not_a_claim(nlp):
    """A sentence that ends its paragraph with a colon introduces the list or the quotation below it: it states
    nothing of its own (the items do), so it is neither reported nor left out."""
    text = ("Doctors who prescribe the new inhaler must follow a safety plan.\n\n"
            "The main requirements of the plan include the following:\n\n"
            "Doctors must be certified with the program.\n\n"
            "Pharmacies must check every prescription.\n")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    kinds = {s.text: s.kind for s in a.segments}
    assert kinds["The main requirements of the plan include the following:"] == SegmentKind.BOILERPLATE
    assert kinds["Doctors must be certified with the program."] == SegmentKind.SENTENCE
    assert kinds["Doctors who prescribe the new inhaler must follow a safety plan."] == SegmentKind.SENTENCE
    # a colon inside the paragraph, or a last line with nothing after it, is not a lead-in
    inline = "The vote was as follows: ten members for and two against the proposal."
    assert segment(inline, nlp, Config(), "S").segments[0].is_claim
    last = "The company listed its plans for the year in a letter to shareholders:"
    assert segment(last, nlp, Config(), "S").segments[0].is_claim


def test_a_lead_in_longer_than_a_claim_states_something_itself(nlp):
    """A sentence ending with a colon that is longer than ``claim_max_words`` (the length from which sentences are
    cut into claims) says something before its colon that an article reports or leaves out: a claim."""
    lead = ("Today, the Governor made clear that she will keep working to lower the cost of heating oil for "
            "families across the state and reduce our dependence on imported fuels:")
    text = f"{lead}\n\nThe state will open ten new fuel depots.\n\nIt will fund insulation for old homes.\n"
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    first = a.segments[0]
    assert first.text == lead and first.is_claim
    assert len(lead.split()) > Config().claim_max_words
    # at a higher claim_max_words it is a claim still: it states something with its own verbs (below)
    assert segment(text, nlp, Config(claim_max_words=40), "S").segments[0].is_claim


@pytest.mark.parametrize(("lead", "claim"), [
    # an announcement whose details the list gives: its own verb ("make available"), and a figure
    ("The Department of Transport will make available grants of 40 million pounds to rural councils in two ways:",
     True),
    ("The Board will work in coordination with the regional health boards to reduce waiting lists, including by:",
     True),
    # pointers: only "include", "follow", "be" or a speech verb, or too short
    ("The main requirements of the safety plan include the following:", False),
    ("So, as the Minister said:", False),
    ("So, here is the new information:", False),
    ("Begin text:", False),
    # a list named before any verb of its own: the verbs after "list" describe its entries
    ("Here is a list of the funded rural councils:", False),
    ("The full list of rural councils that qualify for the grants:", False),
    ("The new rules outline several exemptions:", False),
    # a verb of its own before the list: it states that something was released
    ("The ministry released a list of rural councils that qualify:", True),
])
def test_a_shorter_lead_in_that_states_something_is_a_claim(nlp, lead, claim):
    """A lead-in shorter than ``claim_max_words`` is a claim when it states something before its colon: a verb of
    its own besides those that only point at what follows ("include", "follow", "be", "outline", the speech verbs),
    before a noun that names what follows ("list")."""
    text = f"{lead}\n\nThe first round opens in May.\n\nThe second round opens in October.\n"
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    assert a.segments[0].text == lead
    assert a.segments[0].is_claim == claim
    assert a.segments[0].kind == (SegmentKind.SENTENCE if claim else SegmentKind.BOILERPLATE)


def test_a_stage_direction_of_a_transcript_is_not_a_claim(nlp):
    """A few words wholly in brackets, no figure, say what happened in the room ("(Laughter.)"), not what the
    speaker claims; a bracketed sentence with a figure, or a long one, stays a claim."""
    text = ("We will have more to say on the plan next week. (Air Force One lands.) (Laughter.)\n\n"
            "[inaudible]\n\n"
            "(The agency approved 12 new treatments for rare diseases last year.)\n\n"
            "(The committee will meet again after the members have read the full report and the comments.)\n")
    a = segment(text, nlp, Config(), "D")
    _check_offsets(a)
    kinds = {s.text: s.kind for s in a.segments}
    assert kinds["(Air Force One lands.)"] == SegmentKind.BOILERPLATE
    assert kinds["(Laughter.)"] == SegmentKind.BOILERPLATE
    assert not next(s for s in a.segments if s.text == "[inaudible]").is_claim  # a line of its own: a heading
    assert kinds["We will have more to say on the plan next week."] == SegmentKind.SENTENCE
    assert kinds["(The agency approved 12 new treatments for rare diseases last year.)"] == SegmentKind.SENTENCE
    assert sum(s.is_claim for s in a.segments) == 3


def test_a_table_without_rules_is_rows_that_state_their_figures(nlp):
    """A web page's table loses its rules when its text is extracted: a run of lines that each end on a figure
    ("AL 588,000 404,900") is a table's rows, claims that state their figures, not headings; a line without one
    between two of them (a wrapped row's first half) and the table's title stay headings, and one such line alone
    is no table."""
    text = ("Borrowers by state\n\nAK 60,500 37,300\n\nAL 588,000 404,900\n\nGEORGIA DEPARTMENT OF BEHAVIORAL"
            " HEALTH AND\n\nDEVELOPMENTAL DISABILITIES ATLANTA GA $29,607,100\n\nThe tables are below.\n\n"
            "Released in 2022\n")
    doc = segment(text, nlp, Config(), "S")
    kinds = [(s.text.split()[0], s.kind) for s in doc.segments]
    assert kinds == [("Borrowers", SegmentKind.HEADING), ("AK", SegmentKind.TABLE_ROW), ("AL", SegmentKind.TABLE_ROW),
                     ("GEORGIA", SegmentKind.HEADING), ("DEVELOPMENTAL", SegmentKind.TABLE_ROW),
                     ("The", SegmentKind.SENTENCE), ("Released", SegmentKind.HEADING)], kinds
    assert all(s.is_claim for s in doc.segments if s.kind is SegmentKind.TABLE_ROW)


def test_the_lines_of_a_list_a_colon_announces_are_claims(nlp):
    """"... to nominate the following two people to the board:" and a line per nominee, "Jane Roe, Nominee for Chair
    of the Harbor Board": each line states a fact of the list, as an item does, though it has no verb; a single
    short line after a colon is a heading over the paragraph it opens."""
    text = ("Today, the Governor announced her intent to nominate the following two people to the board:\n"
            "Jane Roe, Nominee for Chair of the Harbor Board\nJohn Poe, Nominee for Member of the Harbor Board\n\n"
            "The board meets monthly.\n")
    a = segment(text, nlp, Config(), "S", official=True)
    _check_offsets(a)
    kinds = {s.text: s for s in a.segments}
    assert kinds["Jane Roe, Nominee for Chair of the Harbor Board"].is_claim
    assert kinds["John Poe, Nominee for Member of the Harbor Board"].is_claim
    single = segment("The order does the following:\n\nProtecting Harbor Workers\n\nIt sets new rules for the docks.\n",
                     nlp, Config(), "S", official=True)
    assert not next(s for s in single.segments if s.text == "Protecting Harbor Workers").is_claim


def test_a_heading_naming_the_person_its_paragraph_is_about_states_the_role(nlp):
    """An announcement of nominees heads each biography with the nominee's name and role ("Jane Q. Roe, Harbor
    Master nominee for the Port of Northfield") over a paragraph that opens with the same name: the line states
    the role the announcement gives, a claim; a heading that names no one, a title line whose paragraph opens with
    something else, and a name line over a paragraph about someone else stay headings."""
    text = ("Governor Names Two Harbor Masters\n\n"
            "Today, Governor Jane Doe, Jr. announced two nominees.\n\n"
            "Harbor Master Biographies\n\n"
            "Jane Q. Roe, Harbor Master nominee for the Port of Northfield\n"
            "Jane Q. Roe has served as the deputy harbor master of the Port of Northfield since 2019, where she "
            "oversees the pilots, the berths and the safety of the channel. Before that, Ms. Roe was a pilot there.\n\n"
            "Captain John Poe, Jr., Harbor Master nominee for the Port of Southfield\n"
            "Captain John Poe is a ship pilot in Southfield, where he has guided container ships into the harbor "
            "since 2008. He previously served in the Coast Guard as a navigation officer for eleven years.\n\n"
            "Mary Major, Office of the Governor\n"
            "The Port of Southfield handles a third of the state's freight and employs more than four thousand "
            "people, the largest share of them in the container terminals along the river.\n")
    a = segment(text, nlp, Config(), "S", official=True)
    _check_offsets(a)
    by_text = {s.text: s for s in a.segments}
    assert by_text["Jane Q. Roe, Harbor Master nominee for the Port of Northfield"].is_claim
    assert by_text["Captain John Poe, Jr., Harbor Master nominee for the Port of Southfield"].is_claim
    assert not by_text["Harbor Master Biographies"].is_claim
    assert not by_text["Mary Major, Office of the Governor"].is_claim


def test_a_reported_question_answered_in_the_main_clause_is_no_question():
    """"When asked if ..., the District Attorney said that ...": the question is a clause of its own and the main
    clause answers it, so the sentence asserts; a sentence that only reports the question still asks."""
    from alignment.text.segment import is_question

    assert not is_question("When asked if the case would be affected by the lack of a body, the District Attorney "
                           "said that state law allows prosecutors to file murder charges.")
    assert not is_question("Asked whether the plant would reopen, the company said it had no plans to do so.")
    assert is_question("The President was asked today if he expected the allies to act.")
    assert is_question("When asked if the plant would reopen.")
    assert is_question("Reporters asked whether the plant would reopen, the spokesman said.") is True


def test_an_ellipsis_joining_two_excerpts_parts_two_claims(nlp):
    """A page of press clippings strings the sentences it quotes from a story together with "…" and no space: each
    excerpt is a claim of its own. An ellipsis inside a quotation (words left out), or before a piece without a
    verb of its own, parts nothing."""
    text = ("Mayor Jane Roe spoke at the White House during a forum hosted by the administration…The forum featured "
            "local leaders from across the state, the paper reported.")
    a = segment(text, nlp, Config(), "D")
    _check_offsets(a)
    assert [s.text for s in a.segments] == [
        "Mayor Jane Roe spoke at the White House during a forum hosted by the administration…",
        "The forum featured local leaders from across the state, the paper reported."]
    quoted = ("The mayor said the visit was “a chance to show what we built…The people of this city did the work” "
              "and thanked the staff.")
    assert [s.text for s in segment(quoted, nlp, Config(), "D").segments] == [quoted]
    verbless = "Leaders met at the White House to discuss the new funding…Building a Better State, a forum."
    assert [s.text for s in segment(verbless, nlp, Config(), "D").segments] == [verbless]


def test_a_sentence_on_what_a_press_release_said_is_no_furniture():
    """The line a carrying site puts under a title ("The press release issued by X on <date>.") is furniture; a
    sentence that goes on to say what the release said is a claim."""
    text = ("Council approves new budget for schools\n\nThe press release issued by the Treasury on Sunday said the "
            "bank would close.\n\nThe council approved the budget on Monday.\n")
    assert all(kind != "boilerplate" for kind, _ in _block_kinds(text))


def test_a_sentence_the_parser_breaks_before_a_capital_inside_it_stays_whole(nlp):
    """A piece of a paragraph that ends on a word with no mark after it goes on in the next: the parser breaks
    inside a name it does not know and before a reference mark; not after a speaker's label or a figure."""
    text = ("Today the Governor will sign a proclamation establishing the Avi Kwa Ame National Monument. "
            "It protects 500,000 acres of desert.\n\n"
            "The panel found that self-rated overall health [4] was the strongest predictor of death in men. "
            "Smoking came second.")
    assert [s.text for s in segment(text, nlp, Config(), "S").segments] == [
        "Today the Governor will sign a proclamation establishing the Avi Kwa Ame National Monument.",
        "It protects 500,000 acres of desert.",
        "The panel found that self-rated overall health [4] was the strongest predictor of death in men.",
        "Smoking came second.",
    ]


def test_a_line_ending_on_a_dangling_word_is_read_at_its_end_only():
    """_Run.runs_on searches a line's last characters for a dangling word (_CONTINUES_REACH): the same answer as a
    search of the whole line (the word boundary before the word still counts), and a long line costs no more."""
    from alignment.text import blocks

    assert blocks._CONTINUES_REACH is not None
    for line in ("The council met on Monday with the", "It was agreed between", "They will bathe", "A list of items,",
                 "A word ending in " + "x" * 5000 + " of", "Into", "the", "He voted against\n", "x" * 3000):
        whole = bool(blocks._CONTINUES_RE.search(line))
        tail = bool(blocks._CONTINUES_RE.search(line, max(0, len(line) - blocks._CONTINUES_REACH)))
        assert whole == tail, line[-40:]
    text = "The ministers of the twelve member states met on Monday with the\nLeaders of the region.\n"
    assert [b.kind for b in find_blocks(text)] == ["paragraph"]


def test_a_sentence_pointing_at_a_lost_link_is_not_a_claim(nlp):
    """A web page's sentence that only points at a document behind a link its text lost ("The governor's letter ...
    may be found here.") is furniture, wherever it stands in its paragraph; a sentence that goes on after "here", says
    where something is, or states a fact before its pointer (", and is available here"), stays a claim."""
    text = ("The governor's letter asking the Secretary to designate every county as a disaster area may be found "
            "here. The Secretary's response may be found here.\n\n"
            "The full report is available here: https://www.example.gov/report\n\n"
            "Free masks are available here and at every public library in the state.\n\n"
            "The order will be in effect from sunrise to sunset on Sunday, May 7,and is available here.\n\n"
            "The President is here to meet the families of the victims.\n")
    a = segment(text, nlp, Config(), "S")
    _check_offsets(a)
    kinds = {s.text: s.kind for s in a.segments}
    assert kinds["The Secretary's response may be found here."] == SegmentKind.BOILERPLATE
    assert next(k for t, k in kinds.items() if t.startswith("The governor's letter")) == SegmentKind.BOILERPLATE
    assert next(k for t, k in kinds.items() if t.startswith("The full report")) == SegmentKind.BOILERPLATE
    assert kinds["Free masks are available here and at every public library in the state."] == SegmentKind.SENTENCE
    assert kinds["The President is here to meet the families of the victims."] == SegmentKind.SENTENCE
    # (a pointer joined to a predicate that states a fact: the sentence is a claim)
    assert next(k for t, k in kinds.items() if t.startswith("The order will")) == SegmentKind.SENTENCE


def test_the_link_pointer_word_is_searched_first():
    """The word every link pointer holds (lang ``link_pointer_word``) is searched before the pattern: a segment without
    it is never one the pattern matches, in any case, so the pre-test changes no kind."""
    from alignment.lang import RULES_LANGUAGE
    from alignment.text import segment as seg

    assert seg._LINK_POINTER_WORD is not None
    texts = ["The letter may be found HERE.", "Read the full statement Here.", "The report is also available here:",
             "The letter can be accessed here: www.example.gov/letter", "Watch the briefing here",
             "Masks are available here and at every library.", "The board is there.", "Hereford cattle are found here.",
             "The notice can be found   here .", "Nothing to see.", ""]
    pointers = [t for t in texts if RULES_LANGUAGE.link_pointer.search(t)]
    assert len(pointers) == 6
    assert all(seg._LINK_POINTER_WORD.search(t) for t in pointers)


def test_a_claim_whose_predicate_joins_a_link_pointer_is_a_claim():
    """"The order will be in effect from sunrise to sunset on Sat., Oct. 14, and is available here.": the sentence
    states when the order is in effect, its pointer a second predicate joined by "and"; no furniture (fresh17 18)."""
    from alignment.lang import RULES_LANGUAGE

    pointer = RULES_LANGUAGE.link_pointer
    assert not pointer.search("The order will be in effect from sunrise to sunset on Sat., Oct. 14, 2023,and is "
                              "available here.")
    assert not pointer.search("The letter was sent to the governor on Monday and can be found here.")
    assert pointer.search("The order is available here.") and pointer.search("The full text can be found here.")


def test_a_field_of_an_official_fact_box_is_a_claim(nlp):
    """An official text's fact box gives its facts as fields, a short label, a colon and the value ("Application
    Deadline: June 30, 2024", "Primary Counties Eligible: Adams and Brown"): each states its value, which a report
    gives in a sentence, so it is a claim, not a heading; a lead-in line ending with a colon stays a non-claim."""
    text = ("State Designates Two Counties as Disaster Areas\n\n"
            "The designation lets farmers in the counties apply for emergency loans from the state's farm agency.\n\n"
            "Application Deadline: June 30, 2024\n\n"
            "Primary Counties Eligible: Adams and Brown\n\n"
            "Lending rate: 0.05 per cent\n\n"
            "Contiguous Counties Also Eligible:\n\n"
            "Clark, Dodge and Essex\n\n"
            "Farmers can contact their local service center with questions about the loans.\n")
    a = segment(text, nlp, Config(), "S", official=True)
    _check_offsets(a)
    kinds = {s.text: s.kind for s in a.segments}
    assert kinds["Application Deadline: June 30, 2024"] == SegmentKind.SENTENCE
    assert kinds["Primary Counties Eligible: Adams and Brown"] == SegmentKind.SENTENCE
    assert kinds["Lending rate: 0.05 per cent"] == SegmentKind.SENTENCE
    assert not next(s for s in a.segments if s.text == "Contiguous Counties Also Eligible:").is_claim


def test_a_text_parsed_ahead_is_segmented_as_one_parsed_on_the_way(nlp):
    """compare parses the first batch of both texts before segmenting either (api._parse_both, parse_ahead): the
    segments are those of parsing each text as it is segmented; a text refused before its parse (more blocks than the
    segment limit) is not parsed ahead, and segment() refuses it in its turn; another text's blocks are not used."""
    from alignment.errors import InputError
    from alignment.text.segment import parse_ahead

    text = ("Acme to cut 500 jobs\n\nThe company said on Monday it would close two plants. Workers were told at noon."
            "\n\n- first item of a list\n- second item of the list\n\nA | B | C\n\n\"We regret it,\" the chief said.\n")
    config = Config()
    ahead = parse_ahead(text, nlp, config)
    assert ahead is not None
    assert segment(text, nlp, config, "S", official=True, ahead=ahead) == segment(text, nlp, config, "S", official=True)
    other = parse_ahead("Another text entirely.\n", nlp, config)
    assert segment(text, nlp, config, "D", ahead=other) == segment(text, nlp, config, "D")
    many = "\n\n".join(f"Line {i} of the text." for i in range(12))
    small = Config(max_segments=10)
    assert parse_ahead(many, nlp, small) is None
    with pytest.raises(InputError):
        segment(many, nlp, small, "S")


def test_compare_refuses_in_the_same_order_with_the_parse_ahead():
    """A limit passed by both texts is the source's error, as before the texts were parsed ahead of segmenting."""
    from alignment import compare
    from alignment.errors import InputError

    many = "\n\n".join(f"Line {i} of the text." for i in range(12))
    with pytest.raises(InputError, match=r"^source: more than 10"):
        compare(many, many, Config(max_segments=10))
    with pytest.raises(InputError, match=r"^source: contains NUL"):
        compare("A\x00 text.", many, Config(max_segments=10))
    with pytest.raises(InputError, match=r"^derivative: more than 10"):
        compare("The minister met the press on Monday.", many, Config(max_segments=10))
