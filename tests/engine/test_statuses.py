"""Statuses and their reasons (alignment/engine/statuses.py): thresholds, restatements, quotes, new figures."""

from __future__ import annotations

from alignment import Config, compare
from alignment.engine.statuses import judge_derivative, judge_source
from alignment.model import REASONS, DerivativeStatus, SourceStatus, reason_code

SOURCE = ("The company opened its first store in Leeds in 1998. Its founder, Ann Hale, had worked as a baker. "
          "Sales doubled over the next decade. In 2004 it moved its headquarters to York.")


def _claim(derivative: str):
    report = compare(SOURCE, derivative)
    (seg,) = [s for s in report.derivative.segments if s.is_claim]
    return seg


def test_a_claim_that_adds_a_figure_is_partial_however_much_of_it_is_found():
    """"in 2004" for the source's 1998: most words are found, but the date is the fact, and it is not the source's."""
    seg = _claim("The company opened its first store in Leeds in 2004.")
    assert seg.status == "partial", seg.reason
    assert seg.score >= Config().min_support  # the share alone would say supported
    assert reason_code(seg.reason) == "linked" and 'new figure "in 2004"' in seg.reason, seg.reason
    assert seg.reason.split(": ", 1)[1].split(" (")[0].split() == list(seg.aligned_to)
    same = _claim("The company opened its first store in Leeds in 1998.")
    assert same.status == "supported" and "new figure" not in same.reason, same.reason


def test_a_new_word_that_is_no_figure_leaves_a_well_found_claim_supported():
    seg = _claim("The company opened its first shop in Leeds in 1998.")
    assert seg.status == "supported", seg.reason
    # "shop" for "store", the one word of its own in a sentence its counterpart holds, is a rewording: no detail
    # (engine/details.py), and anything it had would be words, no figure
    assert all(d.kind == "word" for d in seg.unsupported_details), seg.unsupported_details


def test_judge_derivative_thresholds_and_figures():
    config = Config()
    assert judge_derivative(0.9, ["S1"], config)[0] is DerivativeStatus.SUPPORTED
    status, reason = judge_derivative(0.9, ["S1"], config, 1, new_figures=["12", "in\n2004"])
    assert status is DerivativeStatus.PARTIAL
    assert reason == 'linked: S1 (support 0.90; new figure "12", "in 2004")'  # one line, whatever the text's breaks
    # below min_support the figure changes nothing: partial as before, a restatement needs no new fact at all
    assert judge_derivative(0.5, ["S1"], config, 1, new_figures=["12"])[0] is DerivativeStatus.PARTIAL
    assert judge_derivative(0.5, ["S1"], config, 0)[0] is DerivativeStatus.SUPPORTED
    # too little found: added, even with a figure; a faithful quotation: partial
    assert judge_derivative(0.1, ["S1"], config, 1, new_figures=["12"])[0] is DerivativeStatus.ADDED
    assert judge_derivative(0.1, ["S1"], config, 1, quoted=True, new_figures=["12"])[0] is DerivativeStatus.PARTIAL
    assert judge_derivative(0.9, [], config)[1] == "no_counterpart"


def test_judge_source_thresholds():
    config = Config()
    assert judge_source(0.5, ["D1"], config)[0] is SourceStatus.COVERED
    assert judge_source(0.25, ["D1"], config)[0] is SourceStatus.PARTIAL
    assert judge_source(0.1, ["D1"], config)[0] is SourceStatus.OMITTED
    assert judge_source(0.1, ["D1"], config, quoted=True)[0] is SourceStatus.PARTIAL
    for share in (0.0, 0.1, 0.25, 0.5):
        assert reason_code(judge_source(share, ["D1"], config)[1]) in REASONS


def test_a_source_claim_whose_figure_is_reported_is_partial_however_little_else_is():
    """A long sentence giving a trial's design, inclusion criteria and size, of which the article reports the size
    alone: the share of its words is tiny, but the figure is a fact the article took from it, so it is partly
    reported, not omitted; the reason names the figure. A sentence whose figures are not reported stays omitted."""
    source = (
        "Medora today announced results from BRIDGE, its Phase 3 heart failure study.\n"
        "BRIDGE is a multinational, randomized, double-blind, placebo-controlled trial that enrolled 8,240 adults "
        "aged 40 to 85 with chronic heart failure and reduced ejection fraction despite optimal standard treatment, "
        "who were followed for a median of 26 months at more than 900 hospitals in 31 countries.\n"
        "Detailed results will be presented at a cardiology congress in May.\n"
    )
    derivative = (
        "Medora said its drug met the main goal of the study.\n"
        "No new safety problems turned up in the 8,240-patient BRIDGE trial, the company said.\n"
    )
    report = compare(source, derivative)
    design = next(s for s in report.source.segments if "placebo-controlled" in report.source.text[s.start:s.end])
    assert design.score < Config().min_partial
    assert design.status == "partial", design.reason
    assert reason_code(design.reason) == "linked" and 'reported figure "8,240"' in design.reason, design.reason
    congress = next(s for s in report.source.segments if "congress" in report.source.text[s.start:s.end])
    assert congress.status == "omitted"
    assert judge_source(0.1, ["D2"], Config())[0] == SourceStatus.OMITTED
    assert judge_source(0.1, ["D2"], Config(), figures=["8,240"])[0] == SourceStatus.PARTIAL


def test_a_question_that_repeats_the_source_supports_nothing():
    """A reporter's question in the source's words asserts nothing: ``added`` with the reason ``question``, linked
    to nothing, and the source claim it repeats stays unreported; the same words as a statement are supported."""
    asked = compare(SOURCE, "Did the company open its first store in Leeds in 1998?")
    (seg,) = [s for s in asked.derivative.segments if s.is_claim]
    assert (seg.status, seg.reason, seg.aligned_to) == ("added", "question", ()), seg.reason
    assert reason_code(seg.reason) in REASONS
    assert asked.source.segments[0].status == "omitted"
    assert not asked.alignments
    said = _claim("The company opened its first store in Leeds in 1998.")
    assert said.status == "supported", said.reason


def test_a_sentence_that_opens_by_reporting_a_question_asserts_none_of_it():
    seg = _claim("The founder was asked today if the company opened its first store in Leeds in 1998.")
    assert (seg.status, seg.reason) == ("added", "question"), seg.reason
    said = _claim("The founder said the company opened its first store in Leeds in 1998, when asked by a reporter.")
    assert said.status == "supported", said.reason


def test_a_tag_question_or_a_reported_one_still_asserts_what_comes_before_it():
    for text in ("The company opened its first store in Leeds in 1998, right?",
                 "The company opened its first store in Leeds in 1998 — isn’t that so?",
                 "The company opened its first store in Leeds in 1998, she said, asking “why not?”"):
        seg = _claim(text)
        assert seg.status == "supported", (text, seg.reason)
        assert reason_code(seg.reason) == "linked", seg.reason


def test_a_question_that_quotes_the_source_is_linked_by_its_quotation():
    """A verified quotation is evidence whatever the sentence around it does: the question that quotes the source
    word for word is linked to the quoted claim (at least ``partial``), not called a question."""
    seg = _claim("Why did she say “Sales doubled over the next decade”?")
    assert seg.status in ("partial", "supported"), seg.reason
    assert seg.aligned_to, seg.reason


def test_a_source_claim_covered_only_by_an_added_claim_is_at_most_partial() -> None:
    """A derivative claim the report calls ``added`` (here below ``min_partial``: a long sentence on other things that
    shares "must work together") reports nothing of the source: the source claim it alone covers is ``partial``, not
    ``covered`` (the words may still be the part of it the article gives)."""
    from alignment import Config, compare

    source = ("The city council approved a new budget for the public library on Monday. "
              "The library will open on Sundays from March. "
              "In times of crisis, we must work together.")
    derivative = ("The city council approved the library's new budget on Monday, and the library will now open on "
                  "Sundays from March. "
                  "Residents who packed the hall said the mayor and the council must work together on the sewer "
                  "repairs, the bus routes, the potholes along the river road and the closed swimming pool before "
                  "the summer heat arrives.")
    report = compare(source, derivative)
    crisis = next(s for s in report.source.segments if s.text.startswith("In times of crisis"))
    residents = next(s for s in report.derivative.segments if s.text.startswith("Residents"))
    link = next(a for a in report.alignments if a.source_id == crisis.id)
    assert residents.status == "added" and link.derivative_id == residents.id
    assert link.coverage >= Config().min_coverage  # enough words for covered, from a claim that is added
    assert crisis.status == "partial"
    note = "covered only with claims the derivative adds"
    assert crisis.reason == f"weak: {residents.id} (coverage {link.coverage:.2f}; {note})"
    # the claims the article reports are untouched
    assert [s.status for s in report.source.segments[:2]] == ["covered", "covered"]


def test_one_before_a_noun_is_no_new_figure():
    """"One map shows ..." says "a map": the word "one" is the article's, no count the source lacks, so the claim is
    supported; "Two maps" states a count the source does not give, and keeps it partial."""
    source = ("The new portal includes a map that shows current flood risk and wildfire risk for every town in the "
              "county.\n\nThe portal is free.\n")
    one = compare(source, "One map shows current flood risk and wildfire risk for every town in the county.\n")
    assert one.derivative.segments[0].status == "supported", one.derivative.segments[0].reason
    two = compare(source, "Two maps show current flood risk and wildfire risk for every town in the county.\n")
    assert two.derivative.segments[0].status == "partial" and "new figure" in two.derivative.segments[0].reason


#: a call readout, and a wire story whose headline sums it up in its own words
_CALL = ("Readout of President John Poe's Call with Prime Minister Jane Roe of Freedonia\n\n"
         "President John Poe spoke today with Prime Minister Jane Roe of Freedonia to congratulate her on her "
         "appointment. The leaders agreed on the importance of working together to support Ruritania and to hold "
         "Borduria accountable for its aggression.\n")
_WIRE = ("Poe congratulates new Freedonian PM Roe; leaders discuss Borduria conflict: White House\n\n"
         "President Poe telephoned Prime Minister Jane Roe on Tuesday, the White House said.\n")


def test_a_linked_headline_is_supported_at_min_partial():
    """A headline says the news in a few words of its own ("congratulates new ... PM", "discuss ... conflict"): a
    small share of its words is found, and it is a faithful summary. The same words in the body stay partial."""
    r = compare(_CALL, _WIRE)
    head = next(s for s in r.derivative.segments if s.text.startswith("Poe congratulates"))
    assert head.status == "supported" and reason_code(head.reason) == "headline", head.reason
    assert head.score < Config().min_support_restated
    body = compare(_CALL, "Earlier news.\n\n" + _WIRE.replace("\n\n", " and "))
    seg = next(s for s in body.derivative.segments if "congratulates" in s.text)
    assert reason_code(seg.reason) != "headline", seg.reason


def test_a_derivative_headline_that_meets_nothing_is_a_label_not_an_addition():
    """"Freedonia keeps rate on hold" sums up the story in headline words ("keeps ... on hold" for "left ...
    unchanged") that meet nothing in the release: the story's label, as the source's title is when no claim takes it
    up (`not_a_claim`, reason heading). The same sentence in the body is a claim the story adds."""
    source = ("Policy rate unchanged at 2.25 percent\n\n"
              "The Monetary Committee of the Freedonian Central Bank has decided to keep the policy rate unchanged "
              "at 2.25 percent.\n")
    story = ("Freedonia keeps rate on hold\n\n"
             "The Monetary Committee decided to keep the policy rate unchanged at 2.25 percent, the bank said.\n")
    head = compare(source, story).derivative.segments[0]
    assert head.status == "not_a_claim" and head.reason == "heading", (head.status, head.reason)
    body = compare(source, "Markets were calm.\n\nIn other news, Freedonia keeps rate on hold and "
                           "the minister resigned.\n")
    seg = next(s for s in body.derivative.segments if "Freedonia keeps" in s.text)
    assert seg.status == "added", (seg.status, seg.reason)


def test_a_source_title_the_derivative_leaves_is_a_label_not_an_omission():
    """"FACT SHEET: President Poe Announces New Actions to ..." restates what the body says; a story that reports
    the body without its title leaves out no claim: the title is a heading (`not_a_claim`), as a verbless one is."""
    source = ("FACT SHEET: President Poe Announces New Actions to Keep Harbors Open Through the Winter\n\n"
              "President Poe will sign an order directing the Coast Agency to clear the ice from the northern "
              "harbors.\n")
    r = compare(source, "The Coast Agency will clear the ice from the northern harbors under an order Poe signs.\n")
    title = r.source.segments[0]
    assert title.status == "not_a_claim" and title.reason == "heading", title.reason
    assert r.source.segments[1].status in ("covered", "partial")


def test_a_claim_quoting_words_the_source_never_gives_is_at_most_partial():
    """A quotation of more than two words that the quote check finds nowhere in the source is someone's words the
    source lacks, a fact as a new figure is: the claim around it is partial however much of the rest is found. A
    quotation the source gives word for word keeps the claim supported."""
    foreign = _claim("The company's founder, Ann Hale, had worked as a baker and said sales were “better than we "
                     "ever dreamed”.")
    assert foreign.status == "partial", foreign.reason
    assert "quotation not in the source" in foreign.reason
    own = _claim("The company's founder, Ann Hale, “had worked as a baker”.")
    assert own.status == "supported", own.reason


def test_a_quotation_the_source_never_gives_under_who_said_it_is_added():
    """A claim that reports only someone's words the source does not give, under the reporter's frame of who said
    them, shares with the source only the speaker: its share is taken outside the frame (the quotation's words
    found nowhere), so it is added, not partial by the speaker's name. A claim that also restates the source
    beside the quotation keeps what it restates."""
    only = _claim('"We never expected to grow this big," founder Ann Hale said.')
    assert only.status == "added", only.reason
    beside = _claim("Founder Ann Hale said the company “never expected to grow this big” and that sales doubled over "
                    "the next decade.")
    assert beside.status == "partial", beside.reason


def test_a_sentence_cut_in_two_is_reported_in_part_when_one_part_is():
    """A long sentence is cut into claims; its second part continues what the first says ("... signed an executive
    order on the Riverside bridge," / "closing the old crossing to heavy trucks until ..."). A story that reports
    either part has reported the sentence in part: the other part is partial, not omitted. A sentence of its own
    that the story leaves out stays omitted, and so do both parts when the story reports neither."""
    from alignment import compare

    source = ("Today, Governor Ada Morrow signed an executive order on the Riverside bridge, closing the old crossing "
              "to heavy trucks until engineers finish a full structural review of its steel supports and concrete "
              "piers.\nThe state will also fund a ferry service for commuters.\n")
    report = compare(source, "Governor Ada Morrow signed an executive order on Tuesday about the Riverside bridge.\n")
    first, second, other = report.source.segments
    assert (first.kind.value, second.kind.value) == ("claim", "claim")
    assert first.status == "covered" and second.status == "partial", (second.status, second.reason)
    assert second.reason.startswith("weak:") and "other part S1" in second.reason
    assert other.status == "omitted"
    trucks = compare(source, "Heavy trucks may not use the old crossing until engineers finish a structural review "
                             "of its steel supports and concrete piers.\n")
    first, second, _ = trucks.source.segments
    assert second.status == "covered" and first.status == "partial", (first.status, first.reason)
    assert "other part S2" in first.reason
    unrelated = compare(source, "A ferry will carry commuters across the river.\n")
    assert [s.status for s in unrelated.source.segments[:2]] == ["omitted", "omitted"]


RANK_SOURCE = ("The Governor today named Maria Olsen to lead the State Water Board. Ms. Olsen has served as counsel to "
               "the Water Board since 2012 and as deputy director of the State Parks Department. She earned her law "
               "degree from the state university, the first in her family to graduate from college.")


def _ranked(derivative: str, source: str = RANK_SOURCE):
    report = compare(source, derivative)
    return [s for s in report.derivative.segments if s.is_claim]


def test_a_rank_the_source_does_not_give_makes_the_claim_its_own():
    """ "X will be the first Y to ..." says the rank, which the release that names X never gives: the subject and
    the board are who and where, so the claim is added (weak, new rank) however much of it they find. The same
    sentence with the source's own rank, or with the rank as the purpose of the naming, is not."""
    release = RANK_SOURCE.rsplit(" She ", 1)[0]  # no rank at all
    (seg,) = _ranked("Olsen will be the first woman to lead the State Water Board.", release)
    assert seg.status == "added", seg.reason
    assert reason_code(seg.reason) == "weak" and 'new rank "first woman to lead the State Water Board"' in seg.reason
    (own,) = _ranked("Olsen was the first in her family to graduate from college.")
    assert own.status != "added" and "new rank" not in own.reason, own.reason
    (purpose,) = _ranked("The Governor named Maria Olsen to become the first woman to lead the State Water Board.",
                         release)
    assert "new rank" not in purpose.reason and purpose.status != "added", purpose.reason


def test_a_headline_asked_as_a_question_is_a_label_not_an_addition():
    """A story's headline may ask what its body answers ("Why are ferries idle in Kenmore?"): it asserts nothing and
    links nothing, so it is the story's label (not_a_claim, heading), as a headline that meets nothing is. A question
    inside the story stays an added claim."""
    source = "The county ordered all ferries to stay in port until Friday because of the storm.\n"
    r = compare(source, "Why are ferries idle in Kenmore this week?\n\n"
                        "The county ordered all ferries to stay in port until Friday because of the storm.\n\n"
                        "Will the storm return next month?\n")
    head, lead, asked = r.derivative.segments
    assert (head.status, head.reason) == ("not_a_claim", "heading"), head.reason
    assert lead.status == "supported", lead.reason
    assert (asked.status, asked.reason) == ("added", "question"), asked.reason


EARLIER_SOURCE = (
    "Central Bank Raises Policy Rate\n\n"
    "At its meeting today, the Monetary Board of the Central Bank decided to raise the policy rate by 50 basis points "
    "to 6.5 percent, effective tomorrow.\n\n"
    "The Board noted that inflation pressures have broadened and that the rate increase will help anchor inflation "
    "expectations.\n\n"
    "The Board will continue to monitor price developments closely.\n")


def test_a_claim_recounting_an_earlier_event_is_the_storys_background():
    """A sentence that tells what happened before the source's news (an opening "Earlier,", the past perfect, "last"
    before its verb) shares the source's subject (the board, the rate) and not its event: below min_support it is
    added (weak, an earlier event). The news itself, and the same words said of what someone said, are not."""
    r = compare(EARLIER_SOURCE, (
        "Central bank lifts rate to 6.5%\n\n"
        "The Monetary Board of the Central Bank raised its policy rate by 50 basis points to 6.5 percent "
        "on Thursday.\n\n"
        "The Board had already raised the policy rate at its meeting in May, citing inflation pressures.\n\n"
        "Earlier, the Board raised the policy rate in March to curb inflation expectations.\n\n"
        "The Board last increased the policy rate in January to curb inflation expectations.\n\n"
        "The Board said it had raised the policy rate because inflation pressures have broadened.\n"))
    _, news, had, earlier, last, said = r.derivative.segments
    assert news.status == "supported", news.reason
    for seg, words in ((had, "had already raised"), (earlier, "Earlier,"), (last, "last increased")):
        assert seg.status == "added", seg.reason
        assert reason_code(seg.reason) == "weak" and f'an earlier event, "{words}"' in seg.reason, seg.reason
    assert said.status != "added" and "earlier event" not in said.reason, said.reason


def test_a_day_of_a_month_or_a_codes_number_is_no_reported_figure():
    """A month's day beside its month ("From March 3, 2024, to June 1, 2025, ...") says when, and a number joined by
    a hyphen to a code's letters ("J-1 visas") names a thing: a story that gives the day or the code reports no figure
    of the sentence by it (``_no_figure`` in alignment/engine/align.py). A count is still a figure."""
    from alignment.engine.align import _no_figure
    from alignment.text.normalize import words
    from alignment.text.segment import TaggedWord

    def figures(text: str) -> list[str]:
        tagged = [TaggedWord(w, "PROPN" if w.text[:1].isupper() else "NUM", w.key) for w in words(text) if w.content]
        return [t.word.text for i, t in enumerate(tagged)
                if t.word.kind == "number" and not _no_figure(tagged, i, text)]

    assert figures("From March 3, 2024, to June 1, 2025, the office filed charges in 1,450 cases.") == \
        ["2024", "2025", "1,450"]
    assert figures("the victims of 11 September 2001 and 12 others") == ["2001", "12"]
    assert figures("students on J-1 visas and 14 teachers") == ["14"]
    assert figures("The board met 3 times in May.") == ["3"]

    source = ("The county prosecutor's office announced the results of its retail theft initiative today.\n"
              "From March 3, 2024, to June 1, 2025, prosecutors in the office's retail theft unit reviewed more "
              "than four hundred felony referrals from suburban police departments and shopping center security "
              "teams across the county.\n")
    derivative = ("The county prosecutor's office said on Tuesday that its retail theft initiative had led to "
                  "arrests, and that new charges have been filed since June 1.\n")
    report = compare(source, derivative)
    span = next(s for s in report.source.segments if "referrals" in s.text)
    assert "reported figure" not in span.reason and span.status == "omitted", span.reason
    # a claim that is only a date says nothing but the date
    assert figures("September 29, 2025.") == ["29", "2025"]
