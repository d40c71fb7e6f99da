"""Discrepancies: each kind found with evidence on both sides, harmless rewordings left alone, offsets that slice
back, and the report's field in every output (JSON, schema, CSV, DataFrame, text summary, evaluate)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from alignment import compare, compare_files
from alignment.model import DISCREPANCY_KINDS, DiscrepancyKind
from alignment.report import Report

from tests.conftest import real_pairs

#: shared sentences around each case, so that the pair aligns as in a real document
PAD = " Officials will meet again in the spring. The talks covered energy, climate and migration."

#: (kind, source sentence, derivative sentence, the derivative's span, the source's span)
CONFLICTS = [
    ("number", "The central bank raised its key interest rate by 25 basis points to 2 percent on Wednesday.",
     "The central bank raised its key interest rate by 50 basis points to 2 percent on Wednesday.", "50", "25"),
    ("date", "The ministers met in Geneva on 10 September 2024 to sign the trade agreement.",
     "The ministers met in Geneva on 12 September 2024 to sign the trade agreement.",
     "12 September 2024", "10 September 2024"),
    ("name", "Foreign Secretary David Lammy met the Chinese delegation in London to discuss trade.",
     "Defence Secretary David Lammy met the Chinese delegation in London to discuss trade.", "Defence", "Foreign"),
    ("name", "The United States and Poland signed the long-awaited agreement on defence exports and joint research.",
     "The United States and Norway signed the long-awaited agreement on defence exports and joint research.",
     "Norway", "Poland"),
    ("negation", "The regulator approved the new cholesterol drug for adults with heart disease.",
     "The regulator rejected the new cholesterol drug for adults with heart disease.", "rejected", "approved"),
    ("negation", "The company will raise prices for its customers in Europe next year.",
     "The company will not raise prices for its customers in Europe next year.", "not raise", "raise"),
    ("negation", "The company will not raise prices for its customers in Europe next year.",
     "The company will raise prices for its customers in Europe next year.", "will raise", "not raise"),
    ("modality", "The new treatment may reduce asthma attacks in patients with severe symptoms.",
     "The new treatment reduces asthma attacks in patients with severe symptoms.", "reduces", "may reduce"),
    ("quantifier", "Some patients reported mild headaches after the first dose of the vaccine.",
     "All patients reported mild headaches after the first dose of the vaccine.", "All patients", "Some patients"),
    ("quantifier", "The compound reduced tumour growth in mice within four weeks of treatment.",
     "The compound reduced tumour growth in people within four weeks of treatment.", "people", "mice"),
    ("attribution", "“Prices will keep rising through the winter,” said Maria Lopez, the bank's chief economist. "
     "The bank's governor John Smith said rates would stay where they are.",
     "“Prices will keep rising through the winter,” said John Smith, the bank's chief economist.",
     "John Smith", "Maria Lopez"),
    # an amount written against a "%" sign counts percent, like "per cent" and "percent"
    ("number", "Inflation rose to 3.2% in October, the statistics office said on its website.",
     "Inflation rose to 4.2% in October, the statistics office said on its website.", "4.2", "3.2"),
    # a modal the article adds where the source's verb is another: anchored on the words they share
    ("modality", "Those with moderate-to-severe asthma typically have a reading of about five per cent.",
     "For people with severe asthma, a reading may typically be around five percent.",
     "may typically be around", "have"),
    # a verb of belief gives its hedge to the claim ("which they believe may"); the source states it
    ("modality", "The pill has the power to significantly improve symptoms for those with severe asthma.",
     "Researchers made a new pill, which they believe may significantly improve symptoms for those with severe asthma.",
     "may significantly improve", "improve"),
    # a quotation paragraph goes on quoting the speaker who opened the paragraphs before it
    ("attribution", 'Professor Jane Hill said: "A unique feature of this study was how it measured symptoms.\n\n'
     '"This new treatment could help to stop preventable asthma attacks."',
     '"This new treatment could help to stop preventable asthma attacks," said Asthma UK.', "Asthma UK",
     "This new treatment could help to stop preventable asthma attacks"),
    # the source's own voice, credited in reported speech to someone the source never names
    ("attribution", "The Committee decided today to raise its target for the federal funds rate by 25 basis points.",
     "In a statement, Okafor said that the committee decided to raise its target for the federal funds rate by 25 "
     "basis points.", "Okafor",
     "The Committee decided today to raise its target for the federal funds rate by 25 basis points"),
    # a title goes with the name after it, and is no name of its own
    ("name", "Dr Maria Lopez led the trial at the Glenfield Hospital in Leicester last year.",
     "Dr Anna Petrova led the trial at the Glenfield Hospital in Leicester last year.", "Dr Anna Petrova",
     "Maria Lopez"),
    # the source's modal replaced in its very place, whatever hedge comes earlier in the article's sentence
    ("modality", '"This new vaccine could likewise help to prevent hospital admissions in older people," said Dr '
     "Maria Lopez.", 'The researchers hope that the vaccine "will likewise help to prevent hospital admissions in '
     'older people," said Dr Maria Lopez.', "will likewise help", "could likewise help"),
    # verbs of opposite sense with the same subject and the same object a few words on
    ("negation", "The European Medicines Agency today approved Vexora (tildamab) to treat adults with chronic "
     "migraine.",
     "The European Medicines Agency (EMA) has rejected the injectable drug Vexora (tildamab) for adults with chronic "
     "migraine.", "rejected", "approved"),
    # a bound turned round: the same two words after the antonyms ("than 2")
    ("negation", "The agency will deliver more than 2 million doses to rural clinics this month.",
     "The agency will send less than 2 million doses to rural clinics this month.", "less", "more"),
    # two names that open their sentences as its subject
    ("name", "The Monetary Policy Committee decided today to raise Bank Rate by 0.25 percentage points to 5 percent.",
     "The Governing Council has raised Bank Rate by 0.25 percentage points to 5 percent.", "Governing Council",
     "Monetary Policy Committee"),
    # the end of a range whose other end both give, whatever noun follows it
    ("number", "An estimated 3 to 4 million households will receive the heating grant this winter.",
     "Officials expect that 3 to 6 million families will receive the heating grant this winter.", "6 million",
     "4 million"),
    # what an amount counts ends at a comma: "60,000 food pantries, soup kitchens" counts pantries
    ("number", "The network reaches 60,000 food pantries, soup kitchens and shelters in the state.",
     "The network reaches 80,000 pantries and soup kitchens in the state.", "80,000", "60,000"),
    # a speaker spaCy does not tag as a name, capitalised after the verb of speech
    ("attribution", 'Professor Anna Clarke said: "The new inhaler could cut the number of severe attacks by half."',
     '"The new inhaler could cut the number of severe attacks by half," said Statista.com.', "Statista.com",
     "Anna Clarke"),
    # an approximation of another thing accounts for nothing: "over 950,000 nurses" is not "over 900,000 beds"
    ("number", "The health service employs over 600,000 nurses and runs over 900,000 beds in the region.",
     "The health service employs over 950,000 nurses and runs over 900,000 beds in the region.", "950,000",
     "600,000"),
    # a name the source's sentence gives twice is gone once when the article gives it once
    ("name", "The ministry is committed to keeping Portugal safe and defending Portugal's fishing industry.",
     "The ministry is committed to keeping Portugal safe and defending Norway's fishing industry.", "Norway's",
     "Portugal's"),
    # a hedge in a relative clause is the claim's, not part of the verb before it ("has signed a law that may ...")
    ("modality", "The governor signed a law that will ban new coal plants across the state from next year.",
     "The governor has signed a law that may ban new coal plants across the state from next year.", "may ban",
     "ban"),
    # an amount written in digits with its thousands separator is an amount, not a scale word
    ("number", "The trial enrolled 1,000 patients at ten hospitals in Ohio over two years.",
     "The trial enrolled 2,000 patients at ten hospitals in Ohio over two years.", "2,000", "1,000"),
    ("number", "The program will help nine and a half million borrowers repay their student loans.",
     "The program will help 12 million borrowers repay their student loans.", "12 million",
     "nine and a half million"),
]

#: the same facts written another way: none of these is a discrepancy
HARMLESS = [
    # scale words multiply in turn, and a half belongs to the number before its scale
    ("Last year the country imported nearly 700,000 barrels of oil per day from Russia.",
     "Last year the country imported about seven hundred thousand barrels of oil per day from Russia."),
    ("The program will help nine and a half million borrowers repay their student loans.",
     "The program will help 9.5 million borrowers repay their student loans."),
    ("The company reported revenue of $1.5 billion for the quarter, up from last year.",
     "The company reported revenue of 1.5bn dollars for the quarter, up from last year."),
    ("The Federal Reserve raised its key interest rate by 25 basis points to 2 percent.",
     "The Federal Reserve raised its key interest rate by a quarter percentage point to 2%."),
    ("The Federal Reserve raised its key interest rate by 25 basis points to 2 percent.",
     "The Fed raised its key interest rate by 25 basis points to 2 percent."),
    ("The ministers met in Geneva on September 10, 2024 to sign the trade agreement.",
     "The ministers met in Geneva on 10 September 2024 to sign the trade agreement."),
    ("The ministers met in Geneva on Tuesday to sign the trade agreement on 10 September.",
     "The ministers met in Geneva on Tuesday to sign the trade agreement on Sept. 10."),
    ("The company will not raise prices for its customers in Europe next year.",
     "The company won't raise prices for its customers in Europe next year."),
    ("Officials counted 1,901 new cases of the disease in the capital last month.",
     "Officials counted nearly 2,000 new cases of the disease in the capital last month."),
    ("Secretary of State Antony Blinken met the Chinese delegation in London to discuss trade.",
     "Blinken met the Chinese delegation in London to discuss trade."),
    ("The Food and Drug Administration approved the new cholesterol drug for adults with heart disease.",
     "The FDA approved the new cholesterol drug for adults with heart disease."),
    ("The drug did not reduce the number of heart attacks in the trial of older patients.",
     "The drug failed to reduce the number of heart attacks in the trial of older patients."),
    # an article quoting someone it interviewed, in their own words: no misattribution of the source
    ("Effective treatment has consistently reduced the severity of depression in the trials.",
     '"Effective treatment has consistently shown reduction in the severity of depression," says Fried.'),
    # amounts that count different things: trials and participants, biomarkers and hours
    ("The drug was tested in clinical trials with a total of 4,373 adult participants with plaque psoriasis.",
     "In a total of six clinical trials with adult participants with plaque psoriasis, the drug was tested."),
    ("The blood test measures proteins released into the blood within 12 hours of a head injury.",
     "The blood test measures two biomarkers released into the blood after a head injury."),
    # a question asserts nothing, so it hedges nothing
    ("Can a new blood test spot concussions in the emergency room?",
     "A new blood test may spot concussions in the emergency room."),
    # "without" negates its own phrase, not another clause's verb
    ("The new light therapy destroys the tumour while leaving healthy tissue intact, the researchers said.",
     "The new light therapy kills the tumour without destroying healthy tissue, the researchers said."),
    ("The drug is activated by light to destroy the cancer cells in the prostate.",
     "The drug kills the cancer cells in the prostate without destroying the organ."),
    # a hedge inside another verb's phrase is not the claim's ("they felt the pill could make")
    ("Patients with severe asthma said they felt the pill could make a huge difference to them.",
     "The pill makes a huge difference to patients with severe asthma."),
    # verbs of opposite sense that qualify different nouns ("increased incidence", "reduced likelihood")
    ("Patients with a history of depression had an increased incidence of relapse compared to other patients.",
     "Treatment of depression has consistently shown reduced likelihood of relapse compared to other patients."),
    ("An estimated 3 to 4 million households will receive the heating grant this winter.",
     "Officials expect that 3 to 4 million families will receive the heating grant this winter."),
    ("The network reaches 60,000 food pantries, soup kitchens and shelters in the state.",
     "The network reaches 60,000 pantries and soup kitchens in the state."),
    # an approximation of the same thing is no conflict ("nearly 2,000 nurses", "1,950 nurses")
    ("The hospital employs 1,950 nurses and 800 doctors across its four sites.",
     "The hospital employs nearly 2,000 nurses and 800 doctors across its four sites."),
    # a name the source establishes elsewhere is no conflict, whatever word sits next to it
    ("Portugal and Spain signed the fishing agreement. Officials said sanctions would follow should Spain further "
     "delay it.", "Portugal and Spain signed the fishing agreement. Officials said sanctions would follow should "
     "Portugal further delay it."),
    # a name that opens a sentence without being its subject ("US interest rates")
    ("The Federal Open Market Committee decided today to raise its target for the federal funds rate to 2 percent.",
     "US interest rates increased to 2 percent."),
]


def _slices_back(report: Report) -> None:
    der, src = report.derivative, report.source
    for x in report.discrepancies:
        assert der.text[x.start:x.end] == x.text and x.text.strip()
        assert src.text[x.source_start:x.source_end] == x.source_text and x.source_text.strip()
        seg, src_seg = der.segment(x.derivative_id), src.segment(x.source_id)
        assert seg.start <= x.start < x.end <= seg.end
        assert src_seg.start <= x.source_start < x.source_end <= src_seg.end
        assert x.id in seg.discrepancy_ids
        assert x.source_id in seg.aligned_to or x.explanation.endswith("which the alignment does not link to it)")
    ids = [x.id for x in report.discrepancies]
    assert ids == [f"X{n}" for n in range(1, len(ids) + 1)]
    assert sorted(i for s in der.segments for i in s.discrepancy_ids) == sorted(ids)


@pytest.mark.parametrize(("kind", "source", "derivative", "text", "source_text"), CONFLICTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONFLICTS)])
def test_each_kind_is_found_with_both_spans(kind, source, derivative, text, source_text):
    report = compare(source + PAD, derivative + PAD)
    assert [(str(x.kind), x.text, x.source_text) for x in report.discrepancies] == [(kind, text, source_text)]
    assert report.discrepancies[0].explanation
    _slices_back(report)
    assert report.summary["discrepancies"] == {k: int(k == kind) for k in DISCREPANCY_KINDS}


@pytest.mark.parametrize(("source", "derivative"), HARMLESS, ids=range(len(HARMLESS)))
def test_harmless_rewordings_are_not_flagged(source, derivative):
    report = compare(source + PAD, derivative + PAD)
    assert report.discrepancies == ()
    assert report.alignments  # the pair was checked, not skipped


def test_a_text_compared_with_itself_has_no_discrepancy(sample_report):
    text = sample_report.source.text
    assert compare(text, text).discrepancies == ()


def test_kinds_are_one_table():
    assert list(DISCREPANCY_KINDS) == [str(k) for k in DiscrepancyKind]


@pytest.mark.parametrize("pair", real_pairs(), ids=lambda p: p.name)
def test_real_pairs_offsets_slice_back(pair):
    report = compare_files(pair / "source.txt", pair / "derivative.txt")
    _slices_back(report)


def test_sample_pair_offsets_and_determinism(sample_report):
    _slices_back(sample_report)
    again = compare(sample_report.source.text, sample_report.derivative.text)
    assert again.discrepancies == compare(sample_report.source.text, sample_report.derivative.text).discrepancies


@pytest.fixture(scope="module")
def wrong_report() -> Report:
    source, derivative = CONFLICTS[0][1], CONFLICTS[0][2]
    return compare(source + PAD + " " + CONFLICTS[5][1], derivative + PAD + " " + CONFLICTS[5][2])


def test_json_round_trip_and_schema(wrong_report):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parents[2] / "alignment" / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(wrong_report.to_dict()))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert [x["kind"] for x in data["discrepancies"]] == ["number", "negation"]
    assert data["summary"]["discrepancies"]["number"] == 1
    back = Report.from_dict(data)
    assert back.discrepancies == wrong_report.discrepancies
    assert [s.discrepancy_ids for s in back.derivative.segments] == \
        [s.discrepancy_ids for s in wrong_report.derivative.segments]


def test_csv_frame_and_text_summary(wrong_report):
    from alignment.outputs.csv_tables import csv_tables
    from alignment.outputs.terminal import summary_text

    rows = list(csv.DictReader(io.StringIO(csv_tables(wrong_report)["discrepancies.csv"])))
    assert [(r["id"], r["kind"], r["text"], r["source_text"]) for r in rows] == \
        [(x.id, str(x.kind), x.text, x.source_text) for x in wrong_report.discrepancies]
    assert [int(r["start"]) for r in rows] == [x.start for x in wrong_report.discrepancies]
    df = wrong_report.discrepancies_frame()
    assert list(df["id"]) == ["X1", "X2"]
    assert list(df["kind"].cat.categories) == list(DISCREPANCY_KINDS)
    text = summary_text(wrong_report)
    assert text.index("Discrepancies: 2") < text.index("Statement coverage")
    assert "“50” ≠ S1: “25”" in text


def test_empty_outputs_have_their_headers(sample_report):
    from alignment.outputs.csv_tables import csv_tables

    report = compare("One sentence about the weather today.", "Another text about football results.")
    assert report.discrepancies == ()
    assert csv_tables(report)["discrepancies.csv"].startswith("id,kind,derivative_id,source_id,start,end,")
    assert len(report.discrepancies_frame()) == 0


def test_evaluate_scores_discrepancy_cases(wrong_report):
    from alignment.evaluate import evaluate

    gold = [
        {"label": "rate", "kind": "discrepancy", "phrase": "50 basis points", "discrepancy_kind": "number"},
        {"label": "rate-kind", "kind": "discrepancy", "phrase": "50 basis", "discrepancy_kind": "date"},
        {"label": "prices", "kind": "discrepancy", "phrase": "not raise"},
        {"label": "spring", "kind": "discrepancy", "phrase": "in the spring", "occurrence": 1, "expect": "absent"},
    ]
    ev = evaluate(wrong_report, gold)
    score = ev.score("discrepancies")
    assert (score.tp, score.fp, score.fn) == (2, 0, 1)
    assert [m.label for m in ev.misses] == ["rate-kind"]


def test_gold_refuses_an_unknown_discrepancy_kind():
    from alignment.errors import InputError
    from alignment.evaluate import parse_gold

    with pytest.raises(InputError, match="discrepancy_kind must be one of"):
        parse_gold([{"label": "x", "kind": "discrepancy", "phrase": "y", "discrepancy_kind": "colour"}])


def test_a_quotation_speaker_named_paragraphs_before_is_in_the_explanation():
    case = next(c for c in CONFLICTS if "Jane Hill" in c[1])
    report = compare(case[1] + PAD, case[2] + PAD)
    assert [x.explanation for x in report.discrepancies] == [
        "the article credits 'Asthma UK' where the source credits 'Jane Hill'"]
    _slices_back(report)


RESTATED = ("Both governments reaffirmed their enduring support for Ukraine's independence, sovereignty and "
            "territorial integrity. The ministers also discussed trade, energy and climate policy in Europe. "
            "They agreed to meet again in Washington next spring.")


def test_the_restatement_search_pairs_a_sentence_the_alignment_left_alone(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze(RESTATED, "S")
    der = analyze("Both nations reaffirmed their enduring support for Georgia's independence, sovereignty and "
                  "territorial integrity. The weather in Europe was mild.", "D")
    found = find_discrepancies(der, src, ())  # no link at all: only the search pairs them
    assert [(str(x.kind), x.text, x.source_text, x.derivative_id, x.source_id) for x in found] == \
        [("name", "Georgia's", "Ukraine's", "D1", "S1")]
    assert found[0].explanation.endswith("(the sentence restates this source sentence, which the alignment does not "
                                         "link to it)")
    assert der.text[found[0].start:found[0].end] == found[0].text
    assert src.text[found[0].source_start:found[0].source_end] == found[0].source_text


def test_the_restatement_search_wants_a_restatement_not_a_topic(analyze):
    from alignment.engine.discrepancies import SourceKeys, restatement

    src = analyze(RESTATED, "S")
    keys = SourceKeys(src)
    der = analyze("Both nations reaffirmed their enduring support for Georgia's independence, sovereignty and "
                  "territorial integrity. The ministers discussed Ukraine's sovereignty and energy in Washington. "
                  "Ukraine Alliance", "D")
    assert [restatement(w, i == 2, keys) for i, w in enumerate(der.words)] == [0, -1, -1]


def test_the_restatement_search_takes_the_first_of_a_sentence_the_source_repeats(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    repeated = ("Recipients will be encouraged to take one package of two masks for each person in their household. ")
    src = analyze("Masks will go to community health centres. " + repeated + "Food banks will also hand them out. "
                  + repeated, "S")
    der = analyze("People will be encouraged to take one package of five masks for each person in their household.",
                  "D")
    found = find_discrepancies(der, src, ())
    assert [(str(x.kind), x.text, x.source_text, x.source_id) for x in found] == [("number", "five", "two", "S2")]


#: a source that counts weeks one way only, in two sentences
WEEKS = ("The trial enrolled 61 adults with severe asthma at three hospitals. Half of the participants took the new "
         "pill twice a day for 12 weeks while the others took a placebo. After 12 weeks the pill had cut the "
         "inflammation in their airways by two thirds.")


def _weak(der, src, si: str, label: str = "partial"):
    from alignment.model import Alignment, AlignmentLabel

    return (Alignment(source_id=si, derivative_id=der.segments[0].id, score=0.2, label=AlignmentLabel(label),
                      support=0.2, coverage=0.2, fuzzy=0.3),)


#: an article's sentence that restates none of WEEKS's closely, with a changed figure
NINETEEN = "Researchers gave the participants a pill twice a day over the course of 19 weeks and saw less inflammation."


@pytest.mark.parametrize("label", ["partial", "context"])
def test_an_amount_the_source_gives_one_value_for_is_checked_on_a_weak_link(analyze, label):
    """A changed number is a rare word the alignment weighs heavily: the sentence holding it may be linked too weakly
    to be checked (below MIN_SCORE). An amount of a thing the source counts one way only ("12 weeks", twice) is
    still compared with the amount of the same thing, with a word around it in common, in the linked sentence."""
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(WEEKS, "S"), analyze(NINETEEN, "D")
    found = find_discrepancies(der, src, _weak(der, src, "S2", label))
    assert [(str(x.kind), x.text, x.source_text, x.source_id) for x in found] == [("number", "19", "12", "S2")]
    assert "its only figure for it" in found[0].explanation
    assert found[0].explanation.endswith("which the alignment does not link to it)") == (label == "context")
    assert der.text[found[0].start:found[0].end] == found[0].text
    assert src.text[found[0].source_start:found[0].source_end] == found[0].source_text
    assert find_discrepancies(der, src, ()) == ()  # no link, and no two words around "12" in common


@pytest.mark.parametrize("derivative", [
    NINETEEN.replace("19", "12"),  # the source's own figure
    NINETEEN.replace("over the course of 19 weeks", "with 40 others"),  # a figure of something else
    NINETEEN.replace("19 weeks", "10 to 14 weeks"),  # two of the same thing: a range
    "For 19 weeks, researchers saw less inflammation in people given a pill.",  # no word around it in common
])
def test_a_sole_amount_needs_a_changed_figure_of_the_same_thing(analyze, derivative):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(WEEKS, "S"), analyze(derivative, "D")
    assert find_discrepancies(der, src, _weak(der, src, "S2")) == ()


def test_a_thing_the_source_counts_two_ways_has_no_sole_amount(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(WEEKS.replace("After 12 weeks", "After 24 weeks"), "S"), analyze(NINETEEN, "D")
    assert find_discrepancies(der, src, _weak(der, src, "S2")) == ()


def test_an_unlinked_amount_meets_the_one_amount_of_the_same_thing_with_two_words_around_it_in_common(analyze):
    """A headline with a changed figure may be linked to nothing: the one source amount that counts the same thing
    with two words around it in common ("interest rate ... to 3 percent") is its counterpart."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The committee decided today to raise the bank interest rate to 3 percent, up 25 basis points. "
                  "Prices rose 2 percent in the year to March, down from 4 percent in February.", "S")
    der = analyze("Bank interest rate raised to 5%", "D")
    found = find_discrepancies(der, src, ())
    assert [(str(x.kind), x.text, x.source_text, x.source_id) for x in found] == [("number", "5", "3", "S1")]
    assert found[0].explanation.endswith("(the sentence restates this source sentence, which the alignment does not "
                                         "link to it)")
    # a percentage of something else, or of the interest rate raised twice over (no sentence restated more closely
    # than the other): no single counterpart
    assert find_discrepancies(analyze("Unemployment at 5% in the north of the country", "D"), src, ()) == ()
    src2 = analyze(src.text.replace("rose 2 percent", "and the bank interest rate was raised to 2 percent"), "S")
    assert find_discrepancies(der, src2, ()) == ()


#: round 5: the same facts, which the check read as conflicts before
HARMLESS_5 = [
    # a negation moved to another word of its clause is the same claim
    ("No tenant's monthly rent will rise while the freeze on housing costs lasts.",
     "Tenants' monthly rent won't rise while the freeze on housing costs lasts."),
    # "unable to" and "non-" negate like "not"
    ("Many of these students could not finish their degree because the fees were too high.",
     "Many of these students were unable to finish their degree because the fees were too high."),
    # "could not" states an inability, contracted or not: no hedge
    ("The stakes could not be higher for the farmers in the northern region this year.",
     "The stakes couldn't be higher for the farmers in the northern region this year."),
    ("The grant is open to non-resident students from the northern region of the country.",
     "The grant is open to students who are not resident in the northern region of the country."),
    ("The fund gives up to $5,000 to union members and up to $2,000 to non-union members in the region.",
     "Workers who are not union members in the region will get up to $2,000 from the fund."),
    # a quantifier the source's sentence gives too, for the same word, if not first
    ("To learn from all patients: today we do not learn from the experiences of most patients in the trials.",
     "Today we do not learn from most patients' experiences in the trials."),
    # "one of" a possessive's noun, not of the possessor
    ("Today, President Silva is announcing new steps to bring more baby formula to the shelves of the stores.",
     "This is one of the President's top priorities, to bring more baby formula to the shelves of the stores."),
    # the negation moved to the word of the clause the article repeats
    ("Cover the tenant's unpaid rent, so that no tenant's monthly bill will grow while the freeze lasts.",
     "The plan would cover the tenant's unpaid rent so that tenants' monthly bill won't grow while the freeze lasts."),
    # a word of office is no name: the Secretary of a department is not another department
    ("The Department of Health and Human Services will review the new rules on infant formula imports.",
     "The Secretary of Health and Human Services will review the new rules on infant formula imports."),
    # an acronym of some of a name's words, or a name's abbreviation, is the same name
    ("The Secretary of Health and Human Services and the Attorney General will review the rules on marijuana.",
     "The Secretary of HHS and the Attorney General will review the rules on marijuana."),
    ("The Treasury sanctioned a Russian Military Training Center in Managua on Wednesday.",
     "The Treasury sanctioned the RTC in Managua on Wednesday."),
    ("The advisers will meet at the United States Naval Academy in Annapolis, MD, on Friday.",
     "The advisers will meet at the United States Naval Academy in Annapolis, Maryland, on Friday."),
]


@pytest.mark.parametrize(("source", "derivative"), HARMLESS_5, ids=range(len(HARMLESS_5)))
def test_round_5_harmless_rewordings_are_not_flagged(source, derivative):
    report = compare(source + PAD, derivative + PAD)
    assert report.discrepancies == ()
    assert report.alignments


def test_a_title_case_headings_common_words_are_no_names():
    """A transcript's title capitalises every word ("Background Press Call by Senior Administration Officials"):
    a word either document writes in lower case elsewhere is no name, so none of them conflicts with the release's
    title; a word written nowhere in lower case still is one."""
    source = ("Statement from Press Secretary Jane Doe on the New Trade Agreement with Chile\n\n"
              "The United States and Chile signed a new trade agreement on farm goods today.")
    derivative = ("Background Press Call by Senior Administration Officials on the New Trade Agreement with Chile\n\n"
                  "A senior administration official said the United States and Chile signed a new trade agreement "
                  "on farm goods today. Officials will brief the press again tomorrow.")
    assert compare(source + PAD, derivative + PAD).discrepancies == ()
    wrong = compare(source + PAD, derivative.replace("with Chile\n", "with Peru\n") + PAD)
    assert [(str(x.kind), x.text, x.source_text) for x in wrong.discrepancies] == [("name", "Peru", "Chile")]
    _slices_back(wrong)


def _linked(der, pairs: list[tuple[str, float]], score: float = 0.4):
    """Checked links of the first derivative segment to the given source segments, each with its support."""
    from alignment.model import Alignment, AlignmentLabel

    return tuple(Alignment(source_id=si, derivative_id=der.segments[0].id, score=score, label=AlignmentLabel.PARTIAL,
                           support=sup, coverage=0.3, fuzzy=0.4) for si, sup in pairs)


SMOKING = ("Adult smoking has fallen by half since 2000. Youth smoking rates dropped by 68 percent in the same "
           "period. The company will raise prices for its customers in Europe next year.")


@pytest.mark.parametrize(("derivative", "flagged"), [
    ("Don't smoke, for example, is advice that everyone has heard.", False),  # one shared word, nothing around it
    ("Youth smoking rates did not drop in the same period.", True),  # the same words around the negated one
])
def test_a_negation_on_a_weak_pair_needs_the_same_word_beside_it(analyze, derivative, flagged):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(SMOKING, "S"), analyze(derivative, "D")
    found = find_discrepancies(der, src, _linked(der, [("S2", 0.3)]))
    assert [str(x.kind) for x in found] == (["negation"] if flagged else [])
    # on a close pair, the shared word is enough
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S2", 0.8)]))] == ["negation"]


def test_a_hedge_on_a_weak_pair_needs_the_same_word_beside_it(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Genetic tests can tell which treatments are likely to work best in an individual patient.", "S")
    talk = analyze("Well, that idea will take a lot of work.", "D")
    assert find_discrepancies(talk, src, _linked(talk, [("S1", 0.3)])) == ()
    claim = analyze("Genetic tests tell which treatments work best in an individual patient.", "D")
    assert [(str(x.kind), x.source_text) for x in find_discrepancies(claim, src, _linked(claim, [("S1", 0.3)]))] \
        == [("modality", "likely to work")]


def test_what_another_counterpart_states_plainly_is_no_dropped_hedge(analyze):
    """A sentence that restates two source sentences may state what one hedges when the other states it."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Doctors understand too little about why treatments work for some patients. Genetic tests can "
                  "tell which treatments are likely to work best in a patient.", "S")
    der = analyze("Doctors understand too little about why treatments work for some patients and which work best.",
                  "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.9), ("S2", 0.6)], 0.6)) == ()
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S2", 0.6)], 0.6))] == ["modality"]


def test_a_places_preposition_before_both_names_is_their_place_on_a_close_pair(analyze):
    """On a close pair, a name the source never uses after the same preposition of place as the name the sentence
    dropped takes its place ("convened in Oslo recently" / "met in Lisbon to open"); on a weak pair, a shared
    "in" says nothing where the sentence names more than one thing the source never does (session 21: where it names
    one, that one is in the dropped name's place, :func:`~alignment.engine.discrepancies._lone_place`)."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The two foreign ministers met in Lisbon to open the new trade dialogue between their countries.",
                  "S")
    der = analyze("The two foreign ministers convened in Oslo recently to open the new trade dialogue between their "
                  "countries.", "D")
    found = find_discrepancies(der, src, _linked(der, [("S1", 0.8)], 0.7))
    assert [(str(x.kind), x.text, x.source_text) for x in found] == [("name", "Oslo", "Lisbon")]
    assert [(str(x.kind), x.text) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.3)], 0.7))] == [
        ("name", "Oslo")]
    der = analyze("The two foreign ministers convened in Oslo with Kenyan envoys recently to open the new trade "
                  "dialogue between their countries.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.3)], 0.7)) == ()


def test_a_fragment_of_a_few_words_is_a_weak_pair_whatever_its_support(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Genetic tests can tell which treatments are likely to work best in an individual patient.", "S")
    for text in ("Well, there is a lot of work.", "Well, there’s a lot of — a lot of work."):
        fragment = analyze(text, "D")
        assert find_discrepancies(fragment, src, _linked(fragment, [("S1", 0.5)], 0.6)) == ()


#: round 6: wrong facts the check missed before
CONFLICTS_6 = [
    # a verb of an exchange credits its subject ("Lopez replied"), as a verb of speech does
    ("attribution", "Asked about the tariffs, Secretary Maria Lopez replied that the duties would stay in place "
     "until June.", "Asked about the tariffs, Secretary John Smith replied that the duties would stay in place until "
     "June.", "John Smith", "Maria Lopez"),
    # the speaker before a clause or an apposition set between commas ("Lopez, who led the trial, said")
    ("attribution", "Dr Maria Lopez, who led the trial at the hospital, said the new inhaler cut severe attacks by "
     "half.", "Dr John Smith, who led the trial at the hospital, said the new inhaler cut severe attacks by half.",
     "John Smith", "Maria Lopez"),
    ("attribution", "“The new inhaler cut severe attacks by half,” Maria Lopez, a professor at the university, said "
     "on Monday.", "“The new inhaler cut severe attacks by half,” John Smith, a professor at the university, said on "
     "Monday.", "John Smith", "Maria Lopez"),
    # two names that share words are two names where the words they do not share stand in the same place
    ("name", "The relief was paid for by the American Rescue Plan, which Congress passed in March.",
     "The relief was paid for by the American Jobs Plan, which Congress passed in March.", "Jobs", "Rescue"),
    # a name's place is the words up to the first content word: "Secretary of the" before it
    ("name", "The Secretary of the Treasury will review the new rules on outbound investment this year.",
     "The Secretary of the Interior will review the new rules on outbound investment this year.", "Interior",
     "Treasury"),
    # a name the article still gives elsewhere is gone from its place when another name takes it
    ("name", "The two sides agreed to counter outward investments into China that are influenced by non-market "
     "forces.", "With respect to China, the two sides agreed to counter outward investments into Norway that are "
     "influenced by non-market forces.", "Norway", "China"),
    # a capitalised word inside the sentence is a name whatever its tag ("all Chileans": NOUN in a long sentence)
    ("name", "The President calls on the private sector, foundations, universities, hospitals, and all Americans to "
     "take on the mission of reducing the deadly impact of cancer and improving patient experiences.",
     "He is calling on the private sector, foundations, universities, hospitals, and all Chileans to take on the "
     "mission of reducing the deadly impact of cancer and improving patient experiences.", "Chileans", "Americans"),
    # a name's place skips the determiner, and a whole name runs over "of the" ("notify the Department of the
    # Treasury" / "notify Unilever")
    ("name", "The rule requires investors to notify the Department of the Treasury of certain transactions in "
     "chips.", "The rule requires investors to notify Unilever of certain transactions in chips.", "Unilever",
     "Department"),
    # a noun after the name that the source's name ends with is the name's ("the Okafor administration" / "the
    # Biden-Harris Administration")
    ("name", "The Biden-Harris Administration is committed to keeping America safe and defending its national "
     "security.", "The Okafor administration is committed to keeping America safe and defending its national "
     "security.", "Okafor", "Biden-Harris Administration"),
    # a modal governs the first content word after it, past the words that are none ("have all of their")
    ("modality", "Over 600,000 of them will have all of their remaining student loan debt cancelled this year.",
     "Over 600,000 of them may have all of their remaining student loan debt cancelled this year.",
     "may have all of their remaining", "remaining"),
    # years back from now are compared with years back from now
    ("number", "Seven years ago, Congress invested $1.8 billion in cancer research at the institutes.",
     "Five years ago, Congress invested $1.8 billion in cancer research at the institutes.", "Five", "Seven"),
]

#: round 6: the same facts, which the check read as conflicts before
HARMLESS_6 = [
    # an acronym with a possessive ending is the acronym
    ("Officials said the Department of Homeland Security budget will grow by ten percent next year.",
     "Officials said DHS’s budget will grow by ten percent next year."),
    # a number after a name labels it ("Executive Order 14008"); "’21" is a year
    ("The report fulfils Executive Order 14008 on tackling the climate crisis at home and abroad.",
     "The report fulfils the four requirements on tackling the climate crisis at home and abroad."),
    ("In November 2021, the agency added four companies to the Entity List for selling spyware.",
     "The agency placed certain companies on the Entity List for selling spyware in November of ’21."),
    # how long is not when: "over seven years" / "five years ago"
    ("Five years ago, Congress invested $1.8 billion in cancer research at the institutes.",
     "Congress invested $1.8 billion over seven years in cancer research at the institutes."),
    # "whether or not" negates nothing
    ("Agency heads must review the use of commercial spyware that poses risks to national security.",
     "Agency heads must certify whether or not the use of commercial spyware poses risks to national security."),
    # a negation moved to another word of the sentence is the same claim
    ("We understand too little about why treatments work for some patients, but not for others.",
     "We understand too little about why treatments work well for some patients and fail to work for other "
     "patients."),
    # the whole name is the name: "Center for American Progress" shares "American" with "American Rescue Plan" but
    # stands elsewhere; "Ministry of Internal Affairs" is part of the training center's name
    ("Thanks to the American Rescue Plan, this debt relief will not be treated as taxable income.",
     "Experts at the Center for American Progress say this debt relief will not be treated as taxable income."),
    ("The Treasury sanctioned a Russian Military Training Center that supports repressive actions by the police.",
     "The Training Center of the Russian Ministry of Internal Affairs supports repressive actions by the police."),
    # a verb's -ing form without an auxiliary states nothing the source hedges
    ("It is now possible to set ambitious goals for the cancer programme over the next 25 years.",
     "Setting really ambitious goals for the cancer programme over the next 25 years."),
    # a request is no statement: "the Secretary asked them to move" credits nothing to the Secretary
    ("Officials will pursue efforts to keep extremists out of the military and improve screening and vetting.",
     "Officials will pursue efforts to keep extremists out of the military and improve screening, as the Secretary "
     "of Defense asked them to."),
    # a name before a noun qualifies it: "the Biden administration" is in no place of "the United States"
    ("Today, the United States is taking coordinated action against the regime's repression of its people.",
     "Today, the Biden administration is taking coordinated action against the regime's repression of its people."),
]


@pytest.mark.parametrize(("kind", "source", "derivative", "text", "source_text"), CONFLICTS_6,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONFLICTS_6)])
def test_round_6_conflicts_are_found_with_both_spans(kind, source, derivative, text, source_text):
    report = compare(source + PAD, derivative + PAD)
    assert [(str(x.kind), x.text, x.source_text) for x in report.discrepancies] == [(kind, text, source_text)]
    _slices_back(report)


@pytest.mark.parametrize(("source", "derivative"), HARMLESS_6, ids=range(len(HARMLESS_6)))
def test_round_6_harmless_rewordings_are_not_flagged(source, derivative):
    report = compare(source + PAD, derivative + PAD)
    assert report.discrepancies == ()
    assert report.alignments


def test_of_the_alone_places_no_name(analyze):
    """Two names with only "of the" after them are in no shared place ("the East Room of the White House" / "the
    Executive Office of the President"); the first content word after it decides."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Leadership returns, with a cancer coordinator in the Executive Office of the President.", "S")
    der = analyze("The event will take place in the East Room of the White House.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.8)], 0.7)) == ()


def test_a_word_of_a_name_is_no_plain_word_to_negate(analyze):
    """"First" of "the Office of the First Lady" is a name's word: "not the first time" negates no claim of it."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Members include the Office of the First Lady and the Office of Management and Budget.", "S")
    der = analyze("This is not the first time the administration has focused its budget on cancer.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.8)], 0.5)) == ()


def test_a_hedge_another_counterpart_gives_excuses_only_the_same_claim(analyze):
    """What another counterpart hedges, the article may hedge where it is said of the same thing (the same word
    beside it); another claim's hedge ("8 million borrowers may be eligible to receive relief") excuses nothing."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Current students with loans are eligible for this debt relief. Nearly 8 million borrowers may be "
                  "eligible to receive relief automatically.", "S")
    der = analyze("Current students with loans may be eligible for this debt relief.", "D")
    found = find_discrepancies(der, src, _linked(der, [("S1", 0.9), ("S2", 0.5)], 0.6))
    assert [(str(x.kind), x.text, x.source_text) for x in found] == [("modality", "may be eligible", "eligible")]
    src = analyze("The pill is described by the lead researcher as a game changer for asthma. This new drug could be "
                  "a game changer for future treatment of asthma.", "S")
    der = analyze("The pill may be a game changer for future treatment of asthma.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.8), ("S2", 0.6)], 0.6)) == ()


@pytest.mark.parametrize(("source", "derivative"), [
    # a participle before a noun qualifies it: no claim to negate
    ("Maximally tolerated statin therapy is advised for adults with high cholesterol who need more lowering.",
     "The drug is for adults with high cholesterol who are unable to tolerate statins."),
    # verbs of opposite sense on a weak pair need the same word right after both
    ("Patients must be told to seek help should they experience new or worsening thoughts of depression.",
     "Many patients experience improvement in anxiety and depression as well."),
])
def test_a_weak_pair_shares_words_not_a_claim(analyze, source, derivative):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(source, "S"), analyze(derivative, "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.3)])) == ()


#: round 7: conflicts the check missed
CONFLICTS_7 = [
    # a negation the source has in the clause, which the article keeps, is no negation moved
    ("negation", "The ban on new investment will ensure that our companies are not funding the regime's energy "
     "projects.", "The ban on new investment will not ensure that our companies are not funding the regime's "
     "energy projects.", "not ensure", "ensure"),
    # "one of" dropped: the span starts where "one of" was, at the words the two share before the head
    ("quantifier", "The country is one of the world's largest producers of wind turbines and solar panels.",
     "The country is the world's largest producers of wind turbines and solar panels.", "the world's largest",
     "one of the world's largest"),
    # a sentence that quantifies a word twice: one scope changed, the other kept
    ("quantifier", "Over the last few weeks, the agency shipped more than two million tests to schools each week.",
     "Over the last few weeks, the agency shipped more than two million tests to schools some week.", "some week",
     "each week"),
    # a hedge after an infinitive in the subject is the claim's ("the process to transition ... may take")
    ("modality", "The process to transition the agency's oldest computer systems to the new standards will take "
     "several years.", "The process to transition the agency's oldest computer systems to the new standards may "
     "take several years.", "may take", "take"),
    # a hedge in the source's relative clause, stated in the article's with the same words after the verb
    ("modality", "Suppliers must serve the formula makers before any other customer who may have ordered the same "
     "goods.", "Suppliers must serve the formula makers before any other customer who will have ordered the same "
     "goods.", "will have ordered", "may have ordered"),
    # the same amount before two names is their place ("300 million Americans" / "300 million Kenyans")
    ("name", "The government has secured enough vaccine doses for 300 million Americans by the end of July.",
     "The government has secured enough vaccine doses for 300 million Kenyans by the end of July.", "Kenyans",
     "Americans"),
    # a month alone elsewhere in the article is not the source's date ("On Sep- — on March 27th")
    ("date", "On September 27, the health ministry announced an outbreak of the virus in the capital.",
     "On Sep- — on March 27, the health ministry announced an outbreak of the virus in the capital.", "March 27",
     "September 27"),
    # amounts that count no noun, followed by the same two words: the same thing
    ("number", "Over 614,000 of them will have their remaining student debt cancelled once this action is complete.",
     "Over 921,000 of them will have their remaining student debt cancelled once this action is complete.",
     "921,000", "614,000"),
    # a speaker of the source whose only word in the article's sentence is one the source's sentence uses elsewhere
    ("attribution", "Last week, the Transportation Security Administration announced a second Security Directive "
     "for pipeline operators.", "Last week, Siemens announced the second Security Directive for pipeline operators.",
     "Siemens", "Transportation Security Administration"),
]

#: round 7: amounts of different things, which the check read as conflicts before
HARMLESS_7 = [
    # a rate is not a total ("3 million shots per day" / "200 million shots")
    ("The supply will keep the current pace of 3 million shots per day through the spring.",
     "The supply will keep the total of 190 million shots through the spring."),
]


@pytest.mark.parametrize(("kind", "source", "derivative", "text", "source_text"), CONFLICTS_7,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONFLICTS_7)])
def test_round_7_conflicts_are_found_with_both_spans(kind, source, derivative, text, source_text):
    report = compare(source + PAD, derivative + PAD)
    assert [(str(x.kind), x.text, x.source_text) for x in report.discrepancies] == [(kind, text, source_text)]
    _slices_back(report)


@pytest.mark.parametrize(("source", "derivative"), HARMLESS_7, ids=range(len(HARMLESS_7)))
def test_round_7_harmless_rewordings_are_not_flagged(source, derivative):
    report = compare(source + PAD, derivative + PAD)
    assert report.discrepancies == ()
    assert report.alignments


def test_a_weak_pairs_amounts_of_one_noun_need_a_word_around_them_in_common(analyze):
    """On a weak pair, two amounts of the same noun, each the only one in its sentence, count different things
    unless a word around them is shared ("61,000 new cases of flu" / "six reported cases of a rare blood clot")."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Regulators paused the vaccine while they review data involving six reported cases of a rare blood "
                  "clot in adults.", "S")
    der = analyze("Yesterday, the agency reported 61,000 new cases of flu across the country.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.35)])) == ()
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.9)]))] == ["number"]


def test_a_negation_is_no_content_word_of_a_fragment(analyze):
    """"You don't need quantum networks" has three content words: a fragment, its pairs weak."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The agencies will get the support they need to protect their computer networks from attacks.", "S")
    der = analyze("You don't need quantum networks.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()


def test_on_a_weak_pair_a_source_infinitive_is_no_stated_claim(analyze):
    """"we must work together to quickly save lives" states no saving the article's "could save" would hedge."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("In times of crisis, we must work together to quickly save lives.", "S")
    der = analyze("It could save your life.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()
    src = analyze("The new clinics save lives in the rural districts every single week.", "S")
    der = analyze("The new clinics could save lives in the rural districts every single week.", "D")
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.9)], 0.9))] == ["modality"]


#: round 8: the false alarms read on fresh2 (now tuning data), each a class of wording, in sentences of our own
HARMLESS_8 = [
    # an adjective hedge before a preposition qualifies no noun after it ("wherever possible in the Middle East")
    ("We will keep backing local mediation to calm tensions wherever possible in the Horn of Africa region.",
     "We will keep backing local mediation to calm tensions in the Horn of Africa region."),
    # a transcript's false start: a word cut off by a hyphen is no name ("the President Bi- — today, the President")
    ("Today, President Lindgren announced her plan to nominate Ana Ruiz to lead the Department of Transport.",
     "Today, the President Ma- — today, the President announced her plan to nominate Ana Ruiz to lead the "
     "Department of Transport."),
    # "the only one of the" singles out one, as "the only" does
    ("The report found that the country is the only one of the large economies to have regained its output.",
     "The report found that the country is the only large economy to have regained its output."),
    # a negation earlier in one clause turns the sense already: "not turning into lower fares" / "raising fares"
    ("There is clear evidence that falling fuel costs are not turning into lower fares for travellers.",
     "There is clear evidence that falling fuel costs are raising fares for travellers."),
]


@pytest.mark.parametrize(("source", "derivative"), HARMLESS_8, ids=range(len(HARMLESS_8)))
def test_round_8_harmless_rewordings_are_not_flagged(source, derivative):
    report = compare(source + PAD, derivative + PAD)
    assert report.discrepancies == ()
    assert report.alignments


def test_an_acronym_of_the_source_speakers_whole_name_is_the_same_speaker():
    """"According to the IEA" / "according to the International Energy Agency": its initials, in order."""
    source = ("Demand is recovering faster than expected, according to the International Energy Agency, which sees "
              "oil use at a record next year.")
    report = compare(source + PAD, "Demand is recovering faster than expected, according to the IEA." + PAD)
    assert report.discrepancies == ()
    report = compare(source + PAD, "Demand is recovering faster than expected, according to the ILO." + PAD)
    assert [str(x.kind) for x in report.discrepancies] == ["attribution"]


def test_a_labels_number_before_of_is_no_one_of(analyze):
    """"Part one of the plan" numbers a part; it is no "one of" scope of the plan."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The Recovery Plan funded the repair of roads, bridges and ports across the region.", "S")
    der = analyze("Part one of the plan involves the repair of roads and bridges.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()


def test_an_amount_the_source_gives_elsewhere_for_the_same_thing_is_the_sources(analyze):
    """The article's "50 million barrels" against a sentence with 32 million barrels, where the source gives the 50
    million barrels in another sentence: the whole, not a wrong part."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The agency will release 50 million barrels of crude from the reserve. 32 million barrels will be "
                  "an exchange over the next several months.", "S")
    der = analyze("With these 50 million barrels, the exchange will run over the next several months.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S2", 0.6)], 0.6)) == ()
    der = analyze("With these 48 million barrels, the exchange will run over the next several months.", "D")
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S2", 0.6)], 0.6))] == ["number"]


#: round 8: edits the check missed on fresh2 and fresh, each a class of wording, in sentences of our own
CONFLICTS_8 = [
    # a verb after an amount opens its predicate: the period after it is its object's ("2.1 million have a monthly
    # payment": people, not a rate)
    ("number", "So far, 5.2 million savers have joined the scheme, and 2.1 million have a $0 monthly fee.",
     "So far, 5.2 million savers have joined the scheme; 3.1 million have a monthly fee of $0.", "3.1 million",
     "2.1 million"),
    # an amount that counts no noun, after "of" in a noun phrase, against the source's amount of that noun
    ("number", "So far, 5.2 million savers have joined the scheme, and 2.1 million have a $0 monthly fee.",
     "So far, 5.2 million savers have joined the scheme; 2.1 million have a monthly fee of $5.", "5", "0"),
    # one of two uses of the source's word replaced by its antonym ("lowering the deficit and lowering costs")
    ("negation", "The law fights inflation by lowering the deficit and lowering costs for working families.",
     "The law fights inflation by lowering the deficit, raising costs for working families.", "raising", "lowering"),
    # both sides negated, the word after the negation turned ("has never been higher" / "has never been lower")
    ("negation", "Wind power output has never been higher, and solar output is expected to set a new record next "
     "year.", "Wind power output in the region has never been lower, and solar output is expected to set a new "
     "record next year.", "lower", "higher"),
    # a negation dropped from a verb the source's longer sentence also uses plainly ("spending" ... "not ... spend")
    ("negation", "The law caps patients' yearly spending on insulin at $35 a month – whatever their plan, patients "
     "will not have to spend more than $35.", "Whatever their plan, patients will have to spend more than $35.",
     "will have to spend", "not have to spend"),  # (the span shows where the negation was)
    # a negation added before a verb with its object after an auxiliary ("have announced sanctions")
    ("negation", "More than 40 countries, representing most of the world's trade, have announced sanctions on the "
     "regime.", "More than 40 countries, representing most of the world's trade, have not announced sanctions on "
     "the regime.", "not announced", "announced"),
    # a participle right after its noun is the subject's ("families covered under the Act"): the modal is the claim's
    ("modality", "In addition, 9 million families covered under the new Act will see their energy bills cut by $300.",
     "In addition, 9 million families covered under the new Act may see their energy bills cut by $300.",
     "may see", "see"),
]

@pytest.mark.parametrize(("kind", "source", "derivative", "text", "source_text"), CONFLICTS_8,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CONFLICTS_8)])
def test_round_8_conflicts_are_found_with_both_spans(kind, source, derivative, text, source_text):
    report = compare(source + PAD, derivative + PAD)
    assert [(str(x.kind), x.text, x.source_text) for x in report.discrepancies] == [(kind, text, source_text)]
    _slices_back(report)


def test_amounts_of_a_rate_are_compared_by_what_they_count_not_by_their_period(analyze):
    """"earning more than $2 billion per year" and "making under $250,000 a year" share the period, not the thing."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The plan does not raise taxes on households making under $250,000 a year – not one cent.", "S")
    der = analyze("The plan taxes companies earning more than $2 billion per year who pay nothing today.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.9)], 0.9)) == ()
    der = analyze("The plan does not raise taxes on households making under $300,000 a year.", "D")
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.9)], 0.9))] == ["number"]


def test_an_acronym_counts_the_capitals_of_a_hyphened_name():
    """"the OECD" for "the Organisation for Economic Co-operation and Development": "Co-operation" gives its "C"."""
    source = ("Growth is faster here than anywhere else, according to the Organisation for Economic Co-operation and "
              "Development, which ranks the country first among large economies.")
    report = compare(source + PAD, "Growth is faster here than anywhere else, according to the OECD." + PAD)
    assert report.discrepancies == ()


def test_a_hyphened_word_in_a_name_gives_one_initial_to_its_acronym():
    """The source's "Organization for Economic Co-operation and Development" establishes "OECD" as a name: the
    rest of the hyphened word ("-operation") neither gives a letter nor ends the run of capitalised words."""
    source = ("The Organization for Economic Co-operation and Development expects growth in the region to slow to "
              "2 percent next year, its lowest rate in a decade.")
    derivative = "The OECD expects growth in the region to slow to 2 percent next year, its lowest rate in a decade."
    assert compare(source + PAD, derivative + PAD).discrepancies == ()


def test_the_label_that_opens_a_title_case_heading_is_no_name():
    """"Fact Sheet:" opens the source's heading as its label: no name for "World Health Day" to replace."""
    source = ("Fact Sheet: President Lindgren to Sign Two Executive Orders on Hospital Staffing and Rural Clinics\n\n"
              "The orders set up a council on rural health care.")
    derivative = ("Today, on World Health Day, President Lindgren signed the two executive orders on hospital staffing "
                  "and rural clinics.\n\nThe orders set up a council on rural health care.")
    assert [x for x in compare(source + PAD, derivative + PAD).discrepancies if x.kind == "name"] == []


def test_on_a_weak_pair_the_sources_own_voice_is_credited_only_where_a_claim_is_shared(analyze):
    """On a weak pair, an article crediting someone with a statement the source makes in its own voice is a wrong
    attribution where the two share two plain words or more ("long-term price pressures remained well contained");
    sharing one ("continue") they share a topic, not the claim."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("As the nation continues to recover, the Governor knows that we need a statewide focus on the "
                  "rights of workers.", "S")
    der = analyze("And yesterday Senator Okafor said that, like the Governor, he believes the strike should "
                  "continue.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.3)], 0.6)) == ()
    src = analyze("Price pressures and longer-term price expectations remain well contained.", "S")
    der = analyze("In a statement, Siemens said that long-term price pressures remained well contained while the "
                  "economy grew.", "D")
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.3)], 0.6))] == ["attribution"]


def test_a_plain_use_the_source_also_has_is_no_dropped_negation(analyze):
    """"non-Pell Grant recipients" negates "Pell"; the source's sentence also names "Pell Grant recipients" plainly,
    so an article naming them drops no negation."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The agency will cancel up to $20,000 for Pell Grant recipients and up to $10,000 for non-Pell Grant "
                  "recipients with federal loans.", "S")
    der = analyze("Even before the extra $10,000 for Pell Grant recipients, the typical borrower will see the balance "
                  "cut in half.", "D")
    assert [x for x in find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) if x.kind == "negation"] == []


# ---------------------------------------------------------------------------------------------- session 8: news
def test_a_sum_of_money_and_a_count_are_never_the_same_thing(analyze):
    """"$10,000 in debt relief" is a sum, "419,000 of those borrowers" a count: no conflict between them; two sums
    still conflict."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The plan gives up to $20,000 in debt relief to Pell Grant recipients and up to $10,000 to other "
                  "borrowers.", "S")
    der = analyze("About 419,000 of those borrowers received Pell Grants and are eligible for the higher relief.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()
    der = analyze("The plan gives up to $25,000 in debt relief to Pell Grant recipients.", "D")
    assert [(str(x.kind), x.text) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.8)], 0.8))] == \
        [("number", "25,000")]


def test_a_decimal_written_against_its_scale_is_one_amount(analyze):
    """"3.5M" is 3.5 million (the tokenizer gives "3" and "5M"), not five million."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The state has more than 3.5 million borrowers eligible for the relief plan.", "S")
    der = analyze("The state has more than 3.5M borrowers eligible for the relief plan.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.9)], 0.9)) == ()
    der = analyze("The state has more than 4.5M borrowers eligible for the relief plan.", "D")
    assert [(str(x.kind), x.text) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.9)], 0.9))] == \
        [("number", "4.5M")]


def test_a_figure_of_a_part_the_source_never_names_is_not_the_sources_total(analyze):
    """A local story gives its state's share ("Vermont will get $86 million"): the source's national figure is
    another thing; the same sentence without the state still conflicts."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The department today announced $4.5 billion in assistance to help lower heating costs for "
                  "American families this winter.", "S")
    der = analyze("Vermont will get $86 million in assistance to help lower heating costs for families this winter.",
                  "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()
    der = analyze("The department will give $86 million in assistance to help lower heating costs for families this "
                  "winter.", "D")
    assert [str(x.kind) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6))] == ["number"]


def test_an_approximate_total_of_two_of_the_sources_amounts_is_theirs(analyze):
    """"more than $13 billion" adds up the source's "$4.5 billion" and "nearly $9 billion"; "$13 billion" said
    exactly, or "more than $20 billion", adds up nothing."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The department announced $4.5 billion in assistance for heating costs. The agency announced "
                  "nearly $9 billion in funding for home efficiency programs.", "S")
    for text, flagged in (("more than $13 billion", False), ("$13 billion", True), ("more than $20 billion", True)):
        der = analyze(f"The agency announced {text} in funding for home efficiency programs.", "D")
        found = find_discrepancies(der, src, _linked(der, [("S2", 0.7)], 0.7))
        assert [str(x.kind) for x in found] == (["number"] if flagged else []), text


#: a White House fact sheet: its heading names the administration
FACT_SHEET = ("FACT SHEET: Nordland Administration Announces New Actions to Lower Energy Costs\n\n"
              "Heat pumps can lower energy costs for families, saving up to $500 in energy bills every year. "
              "Today, the Department of Energy announced new funding allocations for home efficiency programs.")


@pytest.mark.parametrize("derivative", [
    # another name of the executive
    "Heat pumps can lower energy costs for families, saving up to $500 in energy bills every year, the White House "
    "said.",
    # a person the article introduces by an office of the issuer
    "White House Climate Adviser Maria Okafor spoke on Monday. Heat pumps can lower energy costs for families, saving "
    "up to $500 in energy bills every year, Okafor said.",
    # the issuer credited with what one of its offices announces
    "The Nordland Administration announced new funding allocations for home efficiency programs.",
])
def test_the_issuer_goes_by_the_names_of_the_executive_and_its_officials(derivative):
    report = compare(FACT_SHEET + PAD, derivative + PAD)
    assert [x for x in report.discrepancies if x.kind == "attribution"] == []


def test_a_person_the_source_never_names_is_still_a_wrong_speaker():
    derivative = ("Heat pumps can lower energy costs for families, saving up to $500 in energy bills every year, "
                  "Senator Lindqvist said.")
    report = compare(FACT_SHEET + PAD, derivative + PAD)
    assert [(str(x.kind), x.text) for x in report.discrepancies] == [("attribution", "Lindqvist")]


def test_a_heading_that_opens_with_a_gerund_names_no_speaker_after_it(analyze):
    """"Announcing State Allocations ...: DOE announced": the speaker is DOE, not "State Allocations"."""
    from alignment.engine.discrepancies import _speakers

    src = analyze("Announcing State Allocations for Home Efficiency: DOE announced nearly $9 billion in funding "
                  "allocations for states.", "S")
    runs = _speakers(src.text, src.words[0])
    assert [src.text[src.words[0][i].word.start:src.words[0][j - 1].word.end] for i, j in runs] == ["DOE"]


def test_a_speaker_credited_with_another_sentence_of_the_segment_is_no_misattribution(analyze):
    """A news page runs excerpts together ("...…In a press release, Pipe said he was honored"): the speaker is
    credited with the sentence they stand in, which shares no claim with the source's."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Today, the President spoke with nearly 50 elected officials and community leaders from across the "
                  "state during the event.", "S")
    der = analyze("Commissioner Michael Pipe joined about 50 other elected officials and community leaders for the "
                  "event…In a press release, Pipe said he was honored to be invited to share real examples of "
                  "progress.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()


def test_a_news_pages_own_names_are_no_wrong_names():
    """A line's label ("Valley Gazette: ..."), a given name before a surname the source gives with a title
    ("President Jane Lindgren" / "President Lindgren"), and a name the article keeps using (its own state) are no
    names put for the source's; a name put once still is."""
    source = ("President Lindgren announced a plan to lower energy costs for families this winter. The plan will "
              "help many families in Ohio keep their homes warm.")
    derivative = ("Valley Gazette: President Jane Lindgren announced a plan to lower energy costs for families.\n\n"
                  "Stations in Westmark covered it. The plan will help many families in Westmark keep their homes "
                  "warm. In Westmark, heating is costly.")
    assert [x for x in compare(source + PAD, derivative + PAD).discrepancies if x.kind == "name"] == []
    wrong = derivative.replace("Stations in Westmark covered it. ", "").replace(" In Westmark, heating is costly.", "")
    assert [(str(x.kind), x.text) for x in compare(source + PAD, wrong + PAD).discrepancies] == \
        [("name", "Westmark")]


def test_a_source_phrase_opened_by_an_ing_form_states_nothing_to_hedge(analyze):
    """"creating tens of thousands of jobs" (a fragment) states no more than "expects the project to create"."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Micron is investing $20 billion in chips manufacturing, creating tens of thousands of good jobs.",
                  "S")
    der = analyze("The company expects the project to create tens of thousands of good jobs.", "D")
    assert [x for x in find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) if x.kind == "modality"] == []


def test_only_a_part_named_near_an_amount_makes_it_the_parts(analyze):
    """A nation is the whole a national source counts ("the US economy"), and a name five words or more away from an
    amount, or an outlet's label ("KGW (NBC Portland, OR): ..."), says nothing of what the amount counts: a changed
    figure is still found; "borrowers in Vermont" right after it makes it Vermont's."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The Committee decided today to raise its target for the federal funds rate by 25 basis points to 2 "
                  "percent, and 40 million borrowers will see higher payments.", "S")
    for text in ("The Committee has raised its federal funds rate by 25 basis points to 4% as the US economy grows.",
                 "KGW (NBC Portland, OR): The Committee has raised its federal funds rate by 25 basis points to 4%."):
        der = analyze(text, "D")
        assert [(str(x.kind), x.text) for x in find_discrepancies(der, src, _linked(der, [("S1", 0.8)], 0.8))] == \
            [("number", "4")], text
    der = analyze("The Committee said 700,000 borrowers in Vermont will see higher payments.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()


#: a proclamation in its signer's voice: the signer named between commas after "I"
PROCLAMATION = ("Harbor Day, 2025\n\nBY THE PRESIDENT OF NORDLAND\n\nA PROCLAMATION\n\n"
                "Today, I am proud to recognize March 3, 2025, as the first Harbor Day. As my Administration restores "
                "pride in our ports, it is fitting for our great Nation to come together and commemorate the harbor "
                "workers who built it.\n\n"
                "NOW, THEREFORE, I, JANE Q. LINDGREN, President of Nordland, by virtue of the authority vested in me, "
                "do hereby proclaim March 3, 2025, as Harbor Day.")
#: a memorandum in its signer's voice: the signer's name alone on its closing line
MEMORANDUM = ("Memorandum for the Minister of Finance on Emergency Flood Relief\n\n"
              "By the authority vested in me as President, I hereby determine that it is important to the national "
              "interest to furnish assistance in an amount not to exceed $40 million from the Emergency Relief Fund "
              "for the victims of the floods in the northern provinces.\n\n"
              "You are authorized and directed to submit this determination to the Parliament, along with the "
              "accompanying report.\n\n"
              "MARIA T. OKAFOR JR.")


@pytest.mark.parametrize(("source", "derivative"), [
    (PROCLAMATION, "“As my Administration restores pride in our ports, it is fitting for our great Nation to come "
                   "together and commemorate the harbor workers who built it,” Lindgren stated in the order."),
    (MEMORANDUM, "In the memo, Okafor told the minister that he was \"authorized and directed to submit this "
                 "determination to the Parliament.\""),
])
def test_the_signer_of_a_first_person_document_is_its_issuer(source, derivative):
    """A proclamation or a memorandum says "I": the person who signs it (named after "I," or alone on its last line)
    is the issuer, whom an article may credit with all it says. (The shared sentences go first: the signature is the
    document's last line.)"""
    report = compare(PAD.strip() + "\n\n" + source, PAD.strip() + "\n\n" + derivative)
    assert [x for x in report.discrepancies if x.kind == "attribution"] == []


def test_a_signer_is_found_only_in_a_first_person_document(analyze):
    from alignment.engine.discrepancies import _signer

    assert _signer(analyze(PROCLAMATION, "S")) == {"jane", "lindgren"}
    assert _signer(analyze(MEMORANDUM, "S")) == {"maria", "okafor"}
    # a release in the third person that ends with a name is signed by no one
    assert _signer(analyze("The ministry announced new flood relief for the northern provinces today.\n\n"
                           "MARIA OKAFOR", "S")) == frozenset()


#: a statement headed by its author's office only, in the first person
STATEMENT = ("Statement by the President on the Harbor Investment in Nordport\n\n"
             "To those who doubted that our ports could lead the industries of the future, I say this: never bet "
             "against the workers of this country. Today is another win for Nordland and another new investment in "
             "our ports spurred by my economic plan.")


def test_the_person_an_article_introduces_by_the_office_a_first_person_heading_names_is_its_signer():
    derivative = ("President Lindgren called the deal a win. “Today is another win for Nordland and another new "
                  "investment in our ports spurred by my economic plan,” Lindgren said.")
    assert [x for x in compare(STATEMENT + PAD, derivative + PAD).discrepancies if x.kind == "attribution"] == []


def test_a_dateline_is_no_name():
    source = ("ENDING THE FORCED USE OF PAPER STRAWS: Today, President Lindgren signed an order to end the purchase "
              "and forced use of paper straws.")
    for dateline in ("NORDPORT (dpa-AFX) - ", "NORDPORT, March 9 (Yonhap) -- ", "NORDPORT — "):
        derivative = dateline + "President Lindgren has signed an order to end the purchase and forced use of paper " \
                                "straws."
        assert [x for x in compare(source + PAD, derivative + PAD).discrepancies if x.kind == "name"] == [], dateline


#: a readout with sentences of its own words, which an article quotes and credits
READOUT = ("Readout of President Lindgren’s Call with Prime Minister Okafor\n\n"
           "President Lindgren spoke today with Prime Minister Okafor to congratulate him on his election. "
           "The President also accepted an invitation to visit Poland in the coming months. "
           "The two leaders committed to stay in regular contact to follow up on the work of the consultative group.")


@pytest.mark.parametrize(("derivative", "text", "source_text"), [
    # the credit ("the White House said") is no word of the claim, and the name an edit puts is none the source has
    ('Lindgren "also accepted an invitation to visit Norway over the coming months," the White House said.',
     "Norway", "Poland"),
    # the edited word counts among the words the sentence restates
    ("The five leaders would stay in regular contact, the White House said.",
     "five", "two"),
])
def test_the_restatement_search_leaves_out_the_credit_and_the_edit(analyze, derivative, text, source_text):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze(READOUT, "S")
    der = analyze(derivative, "D")
    found = find_discrepancies(der, src, ())
    assert [(x.text, x.source_text) for x in found] == [(text, source_text)]


def test_the_sources_own_words_credited_to_someone_it_never_names_are_misattributed():
    """Quoting the source's own sentence word for word and crediting it to someone the source never names is a
    wrong speaker, whatever speaker the quoted words name inside them; the source's issuer by any of its names is
    right, and a paraphrase an outlet "reports" is no quotation of the source's words."""
    quoted = '"President Lindgren spoke today with Prime Minister Okafor to congratulate him on his election,"'
    report = compare(READOUT + PAD, f"{quoted} Siemens said in a press release." + PAD)
    assert [(str(x.kind), x.text) for x in report.discrepancies] == [("attribution", "Siemens")]
    assert compare(READOUT + PAD, f"{quoted} the White House said in a press release." + PAD).discrepancies == ()
    paraphrase = ('"The president spoke by phone with Okafor to offer congratulations on winning the vote," the '
                  'Associated Press reports.')
    assert [x for x in compare(READOUT + PAD, paraphrase + PAD).discrepancies if x.kind == "attribution"] == []


def test_a_heading_that_capitalises_every_word_names_only_its_names(analyze):
    """"Approves Ohio Disaster Declaration": the words the source writes in lower case elsewhere are no words of the
    name, whose place is then the verb before it and the noun after it."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("President Lindgren Approves Ohio Disaster Declaration\n\nToday, the President declared that a "
                  "major disaster exists in the State of Ohio and approved the disaster declaration.", "S")
    der = analyze("Lindgren approves Texas disaster declaration", "D")
    assert [(str(x.kind), x.text, x.source_text) for x in
            find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6))] == [("name", "Texas", "Ohio")]


def test_a_capitalised_adjective_is_a_name_in_the_place_of_the_sources():
    source = "On April 24, 1915, Ottoman authorities arrested the leaders of the community in the capital."
    derivative = "On April 24, 1915, the Norwegian authorities arrested the leaders of the community in the capital."
    assert [(str(x.kind), x.text, x.source_text) for x in compare(source + PAD, derivative + PAD).discrepancies] == \
        [("name", "Norwegian", "Ottoman")]


def test_a_name_headed_by_a_noun_the_source_writes_in_lower_case_is_a_description(analyze):
    """"the Great Flood" for the source's "the Ilmarinen Tulva", which it also calls "the flood": a translation."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("As we mourn what was lost during the Ilmarinen Tulva, let us redouble our efforts toward healing. "
                  "The flood of 1921 destroyed the valley.", "S")
    der = analyze("Mourning all that was lost during the Great Flood, we must redouble our efforts to heal.", "D")
    assert [x for x in find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) if x.kind == "name"] == []


@pytest.mark.parametrize(("derivative", "text", "source_text"), [
    # each of the article's amounts accounts for one of the source's: the second "three" is left open
    ("The office said it will fill three seats on regional courts, and six seats on the Superior Court.", "six",
     "three"),
    # the one sum of money of each sentence of a close pair, whatever the words around them
    ("The President has committed up to $75 million to meet the urgent emergency needs of the flood victims.",
     "75 million", "40 million"),
])
def test_amounts_that_the_words_around_them_do_not_pair(analyze, derivative, text, source_text):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("The office will fill two seats on appeals courts, three seats on regional courts, and three seats "
                  "on the Superior Court. The President will furnish assistance in an amount not to exceed $40 "
                  "million from the Emergency Relief Fund for the emergency needs of the flood victims.", "S")
    der = analyze(derivative, "D")
    si = "S1" if "seats" in derivative else "S2"
    assert [(str(x.kind), x.text, x.source_text) for x in
            find_discrepancies(der, src, _linked(der, [(si, 0.6)], 0.6))] == [("number", text, source_text)]


def test_a_sum_in_a_line_all_in_capitals_is_no_sentences_one_sum(analyze):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("THE CONFEDERATED TRIBES OF THE NORTH VALLEY NORTHPORT $498,228.00", "S")
    der = analyze("The tribes of the North Valley and the coast are getting a combined $700,000.", "D")
    assert find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6)) == ()


def test_a_closely_linked_sentence_whose_counterpart_counts_nothing_of_its_kind_meets_the_sources_one_value(analyze):
    """"with a focus on “nine key sectors”" in a sentence linked closely to the source's sentence about the review,
    which counts no sectors: the one amount of sectors the source gives, with two words around it in common."""
    from alignment.engine.discrepancies import find_discrepancies
    from alignment.model import Alignment, AlignmentLabel

    src = analyze("The order directs a one-year review of a broader set of supply chains. A focus on six key sectors: "
                  "the defense industrial base, the public health industrial base and the energy industrial base. "
                  "The review will report to the President within a year.", "S")
    der = analyze("The order will also direct a one-year review of a broader set of supply chains, with a focus on "
                  "“nine key sectors” including the defense industrial base.", "D")
    # (linked closely to the review's sentence, and weakly to another that counts nothing either)
    weak = Alignment(source_id="S3", derivative_id="D1", score=0.2, label=AlignmentLabel.PARTIAL, support=0.2,
                     coverage=0.2, fuzzy=0.3)
    found = find_discrepancies(der, src, (*_linked(der, [("S1", 0.6)], 0.6), weak))
    assert [(str(x.kind), x.text, x.source_text, x.source_id) for x in found] == [("number", "nine", "six", "S2")]


@pytest.mark.parametrize(("derivative", "found"), [
    # a year in another event's name is that event's: the article's years date other events
    ("Trump puffed out his chest in 2018 after helping secure the first World Cup bid for the country since 1994.",
     []),
    # the same event, another year
    ("Trump played a pivotal role in securing the bid for the 2026 Summer Olympics in Los Angeles.",
     [("date", "2026", "2028")]),
    ("The Summer Olympics in Los Angeles will be held in 2026, after Trump helped secure the bid.",
     [("date", "2026", "2028")]),
])
def test_a_year_in_an_events_name_differs_only_from_a_year_of_that_event(analyze, derivative, found):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("In his first term, Trump played a pivotal role in securing the bid for the 2028 Summer Olympics "
                  "in Los Angeles.", "S")
    der = analyze(derivative, "D")
    assert [(str(x.kind), x.text, x.source_text) for x in
            find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6))] == found


@pytest.mark.parametrize(("derivative", "found"), [
    # the weekday dates the clause it stands in: a speech, not the source's call
    ("Speaking virtually at the economic forum on Thursday, the President called the crown prince a great friend "
     "of the country.", []),
    ("On Thursday, the President held his first foreign leader call with the crown prince of the kingdom.",
     [("date", "Thursday", "Wednesday")]),
])
def test_a_weekday_conflicts_only_where_its_clause_restates_the_sources(analyze, derivative, found):
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("On Wednesday, the President held his first foreign leader call with the crown prince of the "
                  "kingdom.", "S")
    der = analyze(derivative, "D")
    assert [(str(x.kind), x.text, x.source_text) for x in
            find_discrepancies(der, src, _linked(der, [("S1", 0.6)], 0.6))] == found


@pytest.mark.parametrize(("source", "derivative", "support", "text", "source_text"), [
    # a participle joined to a word by a hyphen qualifies a noun: no verb whose phrase the hedge belongs to
    ("The next two nuclear-powered aircraft carriers will be named for two former presidents of the country.",
     "The next two nuclear-powered aircraft carriers may be named after two former presidents of the country.",
     0.6, "may be named", "named"),
    # a clause a conjunction opens ends at its comma: the hedge after it is the main clause's
    ("When complete, both vessels will join the fleet of the navy in the western ocean.",
     "When the construction of the two ships is completed, both vessels may join the fleet of the navy in the "
     "western ocean.", 0.6, "may join", "join"),
    # the verb reworded: the subject before the modal finds the source's verb
    ("Federal funding is available on a cost-sharing basis for hazard mitigation measures statewide.",
     "Federal funding may also support hazard mitigation measures across the state.", 0.6, "may also support", "is"),
    # on a weak pair, the same three words after the verb are the same phrase
    ("He will be remembered as one of our great Americans.",
     "He may be remembered as one of our great Americans, the President said in a statement on the death of the "
     "general.", 0.3, "may be remembered", "remembered"),
    # on a weak pair, two content words near the verb in common are the same phrase
    ("The President is directing members of his Cabinet to develop a proposal for how the government can "
     "support communities.",
     "The order may also direct cabinet members to work with lawmakers on a plan after mass shootings.", 0.3,
     "may also direct", "directing"),
])
def test_an_article_hedges_what_the_source_states(analyze, source, derivative, support, text, source_text):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(source, "S"), analyze(derivative, "D")
    assert [(str(x.kind), x.text, x.source_text) for x in
            find_discrepancies(der, src, _linked(der, [("S1", support)], 0.6))] == [("modality", text, source_text)]


@pytest.mark.parametrize(("source", "derivative", "text", "source_text"), [
    # the long form of a name after a determiner, the short one without: the same preposition, the same place
    ("Today, the President declared that a major disaster exists in the State of Florida and ordered federal aid.",
     "The President declares a major disaster in Kenya and orders federal aid to the region.", "Kenya", "State"),
    # "outside of" is "outside"
    ("For the first time in seven years, travellers are able to fly from the capital to destinations outside "
     "Yemen.",
     "For the first time in seven years, travellers are able to fly from the capital to destinations outside of "
     "Brazil.", "Brazil", "Yemen"),
])
def test_a_name_in_the_same_place_written_differently(analyze, source, derivative, text, source_text):
    from alignment.engine.discrepancies import find_discrepancies

    src, der = analyze(source, "S"), analyze(derivative, "D")
    assert [(str(x.kind), x.text, x.source_text) for x in
            find_discrepancies(der, src, _linked(der, [("S1", 0.7)], 0.7))] == [("name", text, source_text)]


def test_the_subject_of_what_is_said_is_no_speaker(analyze):
    """"..., saying that Hatch once shared": the clause "that" opens is what is said; its subject is no speaker the
    article credits (the name check reads it as a name in the source's name's place)."""
    from alignment.engine.discrepancies import find_discrepancies

    src = analyze("Orrin Hatch once shared in an interview that he had a soft side and a tough side.", "S")
    der = analyze("The president continues, saying that Okafor once shared in an interview that he had a soft side "
                  "and a tough side.", "D")
    found = find_discrepancies(der, src, _linked(der, [("S1", 0.7)], 0.7))
    assert [(str(x.kind), x.text) for x in found] == [("name", "Okafor")]


#: session 10: an act of another strength of obligation said of the same thing (CONFLICTS.obligations)
OBLIGATIONS = [
    # a request made an order, with the same body after both verbs
    ("The Governor asked the State Ethics Board to examine whether the contracts broke the procurement rules.",
     "The Governor directed the State Ethics Board to examine whether the contracts broke the procurement rules.",
     "directed", "asked"),
    # a permission made an obligation, the same thing after both
    ("Parliament authorized the sale of the surplus grain reserves held by the agency since last spring.",
     "Parliament required the sale of the surplus grain reserves held by the agency since last spring.",
     "required", "authorized"),
]


@pytest.mark.parametrize(("source", "derivative", "text", "source_text"), OBLIGATIONS, ids=range(len(OBLIGATIONS)))
def test_an_obligation_of_another_strength_is_a_change_of_modality(source, derivative, text, source_text):
    report = compare(source + PAD, derivative + PAD)
    assert [(str(x.kind), x.text, x.source_text) for x in report.discrepancies] == [("modality", text, source_text)]
    _slices_back(report)


@pytest.mark.parametrize(("source", "derivative"), [
    # the same verb in another tense; "ask" and "urge" are of one strength
    ("The Governor asked the State Ethics Board to examine whether the contracts broke the procurement rules.",
     "The Governor has asked the State Ethics Board to examine whether the contracts broke the procurement rules."),
    ("The Governor asked the State Ethics Board to examine whether the contracts broke the procurement rules.",
     "The Governor urged the State Ethics Board to examine whether the contracts broke the procurement rules."),
    # said of another thing: the source directs the agency, the article says the money was required by the law
    ("The order directs the agency to publish its findings, and the law authorizes new funding for the states.",
     "The order directs the agency to publish its findings, and the law authorizes new funding for the states, "
     "as the ministers required in their letter."),
    # the article negates the stronger verb: no stronger claim
    ("The Governor asked the State Ethics Board to examine whether the contracts broke the procurement rules.",
     "The Governor did not direct the State Ethics Board, but asked it to examine whether the contracts broke the "
     "procurement rules."),
    # an order made a request is a writer's wording ("requesting a report" / "directing each agency to send a report")
    ("The memorandum directs the Secretary of Labor to review the training grants within ninety days.",
     "The memorandum asks the Secretary of Labor to review the training grants within ninety days."),
    # "ordered Federal aid" is aid given: "authorizing Federal aid" says the same
    ("Today the Governor declared an emergency in the county and ordered state aid to supplement local recovery "
     "efforts.",
     "Today the Governor declared an emergency in the county, authorizing state aid to supplement local recovery "
     "efforts."),
], ids=range(6))
def test_the_same_strength_or_another_thing_is_no_change_of_obligation(source, derivative):
    report = compare(source + PAD, derivative + PAD)
    assert [x for x in report.discrepancies if str(x.kind) == "modality"] == []
    assert report.alignments


def test_the_per_segment_memo_keys_every_argument_but_the_words():
    """A memoised check whose words come second ("text, words, ...") is asked again with another argument after
    them: a new answer, not the first call's."""
    from alignment.engine import discrepancies as d

    calls: list[tuple[str, int]] = []

    @d._per_segment
    def count(text: str, words: list[str], at_least: int) -> int:
        calls.append((text, at_least))
        return sum(len(w) >= at_least for w in words)

    words = ["rates", "cut", "again"]
    token = d._MEMO.set({})
    try:
        assert count("t", words, 4) == 2
        assert count("t", words, 6) == 0
        assert count("t", words, 4) == 2
        assert count("u", words, 4) == 2
    finally:
        d._MEMO.reset(token)
    assert calls == [("t", 4), ("t", 6), ("u", 4)]


def test_the_name_flags_of_a_segment_are_name_like_word_by_word(analyze):
    """_name_flags (what the source's names, the speakers, the spellings and the new-name check read, once per
    segment) is _name_like of each word, in order, inside a run of the check and outside one."""
    from alignment.engine.discrepancies import _MEMO, _name_flags, _name_like

    doc = analyze("Dr Maria Lopez of the Food and Drug Administration said on Monday that the FDA will meet.", "S")
    expected = tuple(_name_like(t) for t in doc.words[0])
    assert _name_flags(doc.words[0]) == expected
    token = _MEMO.set({})
    try:
        assert _name_flags(doc.words[0]) == expected
        assert _name_flags(doc.words[0]) is _name_flags(doc.words[0])  # (worked out once)
    finally:
        _MEMO.reset(token)


def test_a_segment_without_a_negation_has_no_restated_negation(analyze):
    """_restated_negations counts negations only: a source sentence with none gives 0 without its restated span being
    looked for, whatever the article's sentence negates."""
    from alignment.engine.discrepancies import _restated_negations

    src = analyze("The company will raise prices for its customers in Europe next year.", "S")
    der = analyze("The company will not raise prices for its customers in Europe next year.", "D")
    assert _restated_negations(der.words[0], src.words[0]) == 0
    assert _restated_negations(src.words[0], der.words[0]) == 1
