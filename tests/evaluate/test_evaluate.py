"""Scoring a report against gold annotations: the arithmetic, malformed gold, the CLI, the sample pair."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from alignment.config import Config
from alignment.errors import InputError
from alignment.evaluate import (
    CATEGORIES,
    evaluate,
    evaluation_csv_tables,
    evaluation_text,
    load_gold,
    read_report,
)
from alignment.model import (
    Alignment,
    AlignmentLabel,
    Detail,
    Quote,
    QuoteStatus,
    Segment,
    SegmentKind,
)
from alignment.report import Report, Side

from tests.conftest import DATA, DERIVATIVE, ROOT, SOURCE
from tests.test_cli import run_cli

GOLD = DATA / "gold_sample_pair.json"
GOLDEN_LIST = ROOT / "tests" / "golden" / "sample_pair.json"

# ---------------------------------------------------------------------------- a hand-made report
SRC = "Taxes will rise in May. Schools will close. The army will parade."
DER = "The minister said taxes “will rise” in June. “Schools stay open,” he said. Parliament voted.\nSources: wire"


def _seg(text: str, sid: str, piece: str, kind: SegmentKind, status: str, aligned=(), details=()) -> Segment:
    start = text.index(piece)
    return Segment(sid, start, start + len(piece), piece, kind, block=0, status=status, aligned_to=tuple(aligned),
                   score=0.5, unsupported_details=tuple(
                       Detail(d, text.index(d), text.index(d) + len(d), "word") for d in details))


def _quote(qid: str, words: str, status: QuoteStatus, scare: bool, source_text: str = "") -> Quote:
    start = DER.index(words)
    s_start = SRC.index(source_text) if source_text else -1
    return Quote(qid, words, start, start + len(words), start - 1, start + len(words) + 1, "D1", status, 1.0,
                 s_start, s_start + len(source_text) if source_text else -1, source_text, "S1" if source_text else "",
                 scare, True)


def _report() -> Report:
    sent = SegmentKind.SENTENCE
    source = Side("src.txt", SRC, (
        _seg(SRC, "S1", "Taxes will rise in May.", sent, "covered", ["D1"]),
        _seg(SRC, "S2", "Schools will close.", sent, "omitted", ["D2"]),
        _seg(SRC, "S3", "The army will parade.", sent, "partial"),
    ))
    derivative = Side("der.txt", DER, (
        _seg(DER, "D1", "The minister said taxes “will rise” in June.", sent, "supported", ["S1"], ["June"]),
        _seg(DER, "D2", "“Schools stay open,” he said.", sent, "partial", ["S2"], ["stay open"]),
        _seg(DER, "D3", "Parliament voted.", sent, "added"),
        _seg(DER, "D4", "Sources: wire", SegmentKind.BOILERPLATE, "not_a_claim"),
    ))
    return Report(
        config=Config(), source=source, derivative=derivative,
        alignments=(Alignment("S1", "D1", 0.9, AlignmentLabel.PARAPHRASE, 0.9, 0.9, 0.9),
                    Alignment("S2", "D2", 0.4, AlignmentLabel.PARTIAL, 0.4, 0.4, 0.4)),
        quotes=(_quote("Q1", "will rise", QuoteStatus.EXACT, True, "will rise"),
                _quote("Q2", "Schools stay open,", QuoteStatus.UNSUPPORTED, False)),
    )


HAND_GOLD = [
    # quotes
    {"label": "q-exact", "kind": "quote", "text": "will rise", "status": "exact", "scare_quote": True,
     "source_contains": "WILL RISE"},                                                  # TP exact, TP scare
    {"label": "q-absent", "kind": "quote", "phrase": "Parliament", "expect": "absent"},  # correct
    {"label": "q-wrong", "kind": "quote", "text": "Schools stay open,", "status": "altered",
     "scare_quote": False},                                                            # FN altered, FP unsupported
    # source statuses
    {"label": "s-covered", "kind": "source_status", "phrase": "Taxes will rise", "status": ["covered"]},  # TP
    {"label": "s-not-covered", "kind": "source_status", "phrase": "Schools will close", "status": "covered"},
    {"label": "s-used", "kind": "source_status", "phrase": "The army", "status": ["covered", "partial"]},  # correct
    {"label": "s-not-omitted", "kind": "source_status", "phrase": "army will parade", "status": ["omitted"]},
    # derivative statuses
    {"label": "d-added", "kind": "derivative_status", "phrase": "Parliament voted", "status": ["added"]},
    {"label": "d-boilerplate", "kind": "derivative_status", "phrase": "Sources: wire", "status": ["not_a_claim"]},
    {"label": "d-supported", "kind": "derivative_status", "phrase": "The minister said", "status": ["supported"]},
    {"label": "d-not-added", "kind": "derivative_status", "phrase": "he said", "status": ["added"]},
    # alignments
    {"label": "a-found", "kind": "alignment", "derivative_phrase": "The minister said",
     "source_phrase": "Taxes will rise"},
    {"label": "a-missed", "kind": "alignment", "derivative_phrase": "Parliament voted",
     "source_phrase": "army will parade"},
    {"label": "a-wrongly-found", "kind": "alignment", "derivative_phrase": "he said",
     "source_phrase": "Schools will close", "expect": "absent"},
    {"label": "a-rightly-absent", "kind": "alignment", "derivative_phrase": "Parliament voted",
     "source_phrase": "Taxes will rise", "expect": "absent"},
    # details
    {"label": "t-found", "kind": "detail", "phrase": "in June"},       # 'in' is a function word
    {"label": "t-missed", "kind": "detail", "phrase": "minister said"},
    {"label": "t-wrongly-found", "kind": "detail", "phrase": "open", "expect": "absent"},
    {"label": "t-rightly-absent", "kind": "detail", "phrase": "Parliament", "expect": "absent"},
]


def test_an_apostrophe_inside_a_quotation_the_gold_gives():
    """An ``absent`` quote case on an apostrophe inside a quotation that the gold's own quote cases give (“It’s …”)
    is met while no other quote overlaps it; a quote the gold does not give there, or one whose mark falls in the
    phrase, still breaks it."""
    der = "The mayor said: “It’s a sad day for the town,” and left."
    start = der.index("It’s")
    quote = Quote("Q1", "It’s a sad day for the town,", start, der.index(",”") + 1, start - 1, der.index(",”") + 2,
                  "D1", QuoteStatus.UNSUPPORTED, 0.0, -1, -1, "", "", False, True)
    report = Report(config=Config(), source=Side("s.txt", "Nothing here.", ()),
                    derivative=Side("d.txt", der, ()), alignments=(), quotes=(quote,))
    given = {"label": "q", "kind": "quote", "phrase": "It’s a sad day", "status": "unsupported"}
    apostrophe = {"label": "no-q-its", "kind": "quote", "phrase": "It’s", "expect": "absent"}
    assert [m.label for m in evaluate(report, [given, apostrophe]).misses] == []
    # without the gold's quotation there, the quote overlapping the apostrophe is one the gold says is absent
    assert [m.label for m in evaluate(report, [apostrophe]).misses] == ["no-q-its"]
    # a phrase that holds the quote's opening mark is no apostrophe inside it
    mark = {"label": "no-q-mark", "kind": "quote", "phrase": "“It’s", "expect": "absent"}
    assert [m.label for m in evaluate(report, [given, mark]).misses] == ["no-q-mark"]


def test_a_quote_case_on_a_nested_quotation_is_scored_against_it_not_the_outer_one():
    """Of two quotes that overlap a quote case as much (an outer quotation and one nested in it), the case is scored
    against the one with fewer words beyond its phrase: the nested quotation; the outer one's case still gets the
    outer quote."""
    der = "Officials said: “They sent bids from so-called ‘independent’ firms,” and left."
    o_start, i_start = der.index("They"), der.index("independent")
    outer = Quote("Q1", "They sent bids from so-called ‘independent’ firms", o_start, der.index(",”"), o_start - 1,
                  der.index(",”") + 2, "D1", QuoteStatus.ALTERED, 0.5, 0, 5, "They", "S1", False, True)
    inner = Quote("Q2", "independent", i_start, i_start + 11, i_start - 1, i_start + 12, "D1", QuoteStatus.EXACT, 1.0,
                  0, 5, "They", "S1", True, True)
    for quotes in ((outer, inner), (inner, outer)):
        report = Report(config=Config(), source=Side("s.txt", "They sent bids.", ()),
                        derivative=Side("d.txt", der, ()), alignments=(), quotes=quotes)
        gold = [{"label": "q-outer", "kind": "quote", "phrase": "They sent bids", "status": "altered"},
                {"label": "q-inner", "kind": "quote", "phrase": "independent", "status": "exact", "scare_quote": True}]
        assert [m.label for m in evaluate(report, gold).misses] == []

def _counts(ev, category):
    s = ev.score(category)
    return s.tp, s.fp, s.fn


def test_arithmetic_on_a_hand_made_report():
    ev = evaluate(_report(), HAND_GOLD)
    assert ev.cases == 19
    assert [m.label for m in ev.misses] == [
        "q-wrong", "s-not-covered", "s-not-omitted", "d-not-added", "a-missed", "a-wrongly-found", "t-missed",
        "t-wrongly-found",
    ]
    assert ev.correct == 11
    expected = {
        "quotes": (1, 1, 1), "scare_quotes": (1, 0, 0), "covered": (1, 0, 1), "omitted": (0, 1, 1),
        "supported": (1, 0, 0), "added": (1, 0, 1), "partial": (0, 2, 0), "not_a_claim": (1, 0, 0),
        "alignments": (1, 1, 1), "details": (1, 1, 1), "discrepancies": (0, 0, 0),
    }
    assert {c: _counts(ev, c) for c in CATEGORIES} == expected
    quotes = ev.score("quotes")
    assert {p.category: (p.tp, p.fp, p.fn) for p in quotes.parts} == {
        "exact": (1, 0, 0), "near": (0, 0, 0), "altered": (0, 0, 1), "unsupported": (0, 1, 0)}
    assert (quotes.precision, quotes.recall, quotes.f1) == (0.5, 0.5, 0.5)
    covered = ev.score("covered")
    assert (covered.precision, covered.recall, covered.f1) == (1.0, 0.5, 0.6667)
    omitted = ev.score("omitted")
    assert (omitted.precision, omitted.recall, omitted.f1) == (0.0, 0.0, 0.0)
    partial = ev.score("partial")
    assert {p.category: p.fp for p in partial.parts} == {"source": 1, "derivative": 1}
    assert (partial.precision, partial.recall, partial.f1) == (0.0, None, None)  # no gold positive
    nac = ev.score("not_a_claim")
    assert (nac.precision, nac.recall, nac.f1) == (1.0, 1.0, 1.0)

    miss = {m.label: m for m in ev.misses}
    assert miss["s-not-covered"].counted_as == ("FN covered", "FP omitted")
    assert miss["s-not-covered"].expected == "covered" and miss["s-not-covered"].got.startswith("omitted")
    assert "S2" in miss["s-not-covered"].where
    assert miss["q-wrong"].counted_as == ("FN quotes (altered)", "FP quotes (unsupported)")
    assert miss["a-wrongly-found"].got.startswith("aligned: D2–S2")
    assert miss["t-wrongly-found"].got == "reported: “stay open”"
    assert miss["t-missed"].expected == "unsupported detail"


def test_quote_right_status_on_the_wrong_passage_is_a_miss():
    gold = [{"label": "q", "kind": "quote", "text": "will rise", "status": "exact", "source_contains": "army"}]
    ev = evaluate(_report(), gold)
    assert _counts(ev, "quotes") == (0, 1, 1)
    assert ev.misses[0].counted_as == ("FN quotes (exact)", "FP quotes (exact)")


def test_offsets_and_occurrence_locate_like_phrases():
    start = DER.index("Parliament voted")
    by_offsets = [{"label": "d", "kind": "derivative_status", "start": start, "end": start + 16, "status": "added"}]
    by_both = [{"label": "d", "kind": "derivative_status", "phrase": "Parliament voted", "start": start,
                "end": start + 16, "status": "added"}]
    by_occurrence = [{"label": "d", "kind": "derivative_status", "phrase": "said", "occurrence": 2,
                      "status": "partial"}]
    for gold in (by_offsets, by_both, by_occurrence):
        ev = evaluate(_report(), gold)
        assert ev.misses == () and ev.correct == 1


def test_results_export_as_csv_and_text():
    ev = evaluate(_report(), HAND_GOLD)
    tables = evaluation_csv_tables(ev)
    scores = list(csv.DictReader(tables["scores.csv"].splitlines()))
    totals = {r["category"]: r for r in scores if r["part"] == ""}
    assert list(totals) == list(CATEGORIES)
    assert totals["covered"]["recall"] == "0.5000" and totals["partial"]["f1"] == ""
    misses = list(csv.DictReader(tables["misses.csv"].splitlines()))
    assert [m["label"] for m in misses] == [m.label for m in ev.misses]
    text = evaluation_text(ev)
    assert "Misses (8):" in text and "s-not-covered" in text


# ---------------------------------------------------------------------------- malformed gold
@pytest.mark.parametrize(
    ("gold", "fragment"),
    [
        (42, "a gold file is a list of cases"),
        ([], "no gold cases"),
        (["x"], "gold case #1: must be a JSON object"),
        ([{"kind": "detail", "phrase": "June"}], "gold case #1: needs a non-empty string label"),
        ([{"label": "a", "kind": "detail", "phrase": "June"}, {"label": "a", "kind": "detail", "phrase": "June"}],
         "'a': the label is used twice"),
        ([{"label": "k", "kind": "claim", "phrase": "June"}], "'k': unknown kind 'claim'"),
        ([{"label": "u", "kind": "detail", "phrase": "June", "stauts": "x"}], "'u': unknown key stauts"),
        ([{"label": "e", "kind": "source_status", "phrase": "Taxes", "status": "omitted", "expect": "absent"}],
         "'e': unknown key expect"),
        ([{"label": "s", "kind": "source_status", "phrase": "Taxes", "status": "supported"}],
         "'s': unknown status 'supported'"),
        ([{"label": "n", "kind": "derivative_status", "phrase": "voted"}], "'n': needs a status"),
        ([{"label": "q", "kind": "quote", "text": "will rise", "status": ["exact", "near"]}],
         "'q': a quote expects exactly one status"),
        ([{"label": "qa", "kind": "quote", "text": "will rise", "status": "exact", "expect": "absent"}],
         "'qa': an absent quote takes no status"),
        ([{"label": "x", "kind": "detail", "phrase": "June", "expect": "maybe"}], "'x': expect must be"),
        ([{"label": "l", "kind": "detail"}], "'l': the case needs phrase"),
        ([{"label": "al", "kind": "alignment", "derivative_phrase": "voted"}], "'al': source_ needs source_phrase"),
        ([{"label": "o", "kind": "detail", "start": 5, "end": 2}], "'o': end must be greater than start"),
        ({"schema": "other/1", "cases": []}, "schema must be 'pressalign-gold/1'"),
        ({"schema": "pressalign-gold/1", "source": "a.txt", "cases": [{}]}, "name both source and derivative"),
        ({"schema": "pressalign-gold/1", "pair": "x", "cases": []}, "unknown top-level key pair"),
    ],
)
def test_malformed_gold_is_one_clear_input_error(gold, fragment):
    with pytest.raises(InputError) as info:
        evaluate(_report(), gold)
    message = str(info.value)
    assert fragment in message and "\n" not in message


@pytest.mark.parametrize(
    ("case", "fragment"),
    [
        ({"label": "p", "kind": "detail", "phrase": "Brexit"}, "'p': phrase 'Brexit' is not in the derivative text"),
        ({"label": "t", "kind": "detail", "phrase": "said"}, "'t': phrase 'said' occurs 2 times"),
        ({"label": "c", "kind": "detail", "phrase": "said", "occurrence": 3},
         "occurs 2 times in the derivative, not 3"),
        ({"label": "a", "kind": "alignment", "derivative_phrase": "voted", "source_phrase": "voted"},
         "'a': phrase 'voted' is not in the source text"),
        ({"label": "f", "kind": "detail", "start": DER.index(" in ") + 1, "end": DER.index(" in ") + 3},
         "'f': a detail phrase needs at least one word"),
        ({"label": "w", "kind": "detail", "phrase": "June", "start": 0, "end": 4}, "'w': offsets [0:4]"),
    ],
)
def test_gold_that_does_not_fit_the_texts_is_an_input_error(case, fragment):
    with pytest.raises(InputError) as info:
        evaluate(_report(), [case])
    assert fragment in str(info.value)


def test_gold_file_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"label": "x",]', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_gold(bad)
    with pytest.raises(InputError, match="no such file"):
        load_gold(tmp_path / "missing.json")
    not_report = tmp_path / "r.json"
    not_report.write_text('{"cases": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not a pressalign JSON report"):
        read_report(not_report)


# ---------------------------------------------------------------------------- the sample pair
def test_gold_file_names_its_pair_and_parses():
    gold = load_gold(GOLD)
    assert Path(gold.source) == SOURCE and Path(gold.derivative) == DERIVATIVE
    assert len({c.label for c in gold.cases}) == len(gold.cases)
    quotes = [c for c in gold.cases if c.kind == "quote" and c.expect == "present"]
    assert len(quotes) == 7
    assert {c.kind for c in gold.cases} == {"quote", "source_status", "derivative_status", "alignment", "detail"}
    assert any(c.kind == "alignment" and c.expect == "absent" for c in gold.cases)


def test_engine_on_the_sample_gold(sample_report):
    gold = load_gold(GOLD)
    ev = evaluate(sample_report, gold)
    assert ev.cases == len(gold.cases)
    # every gold positive is counted once as a TP or a FN of its category, whatever the engine says
    positives = {c: 0 for c in CATEGORIES}
    for case in gold.cases:
        if case.expect == "absent":
            continue
        if case.kind == "quote":
            positives["quotes"] += 1
            positives["scare_quotes"] += bool(case.scare_quote)
        elif case.kind in ("alignment", "detail"):
            positives[case.kind + "s"] += 1
        elif len(case.status) == 1:
            positives[case.status[0]] += 1
    assert {c: ev.score(c).tp + ev.score(c).fn for c in CATEGORIES} == positives
    assert len(ev.misses) == ev.cases - ev.correct
    # the bare-list golden file in tests/golden uses the same format
    cases = json.loads(GOLDEN_LIST.read_text(encoding="utf-8"))
    assert evaluate(sample_report, cases).cases == len(cases)


# ---------------------------------------------------------------------------- the command line
def test_cli_text_output_equals_the_library(sample_report):
    res = run_cli("evaluate", GOLD)  # the pair the gold file names
    assert res.returncode == 0, res.stderr
    expected = evaluation_text(evaluate(sample_report, load_gold(GOLD)))
    assert res.stdout == expected
    for word in ("precision", "recall", "F1", *CATEGORIES):
        assert word in res.stdout


def test_cli_saved_report_gives_the_same_figures_json_and_csv(tmp_path, sample_report):
    saved = tmp_path / "report.json"
    res = run_cli("compare", SOURCE, DERIVATIVE, "-f", "json", "-o", saved, "-q")
    assert res.returncode == 0, res.stderr

    direct = run_cli("evaluate", GOLD, SOURCE, DERIVATIVE, "--format", "json")
    assert direct.returncode == 0, direct.stderr
    direct_data = json.loads(direct.stdout)

    out = tmp_path / "ev.json"
    res = run_cli("evaluate", GOLD, "--report", saved, "--format", "json", "--output", out, "-q")
    assert res.returncode == 0, res.stderr and res.stdout == ""
    from_saved = json.loads(out.read_text(encoding="utf-8"))
    assert from_saved == direct_data
    library = evaluate(sample_report, load_gold(GOLD)).to_dict()
    assert direct_data == json.loads(json.dumps(library))
    assert [s["category"] for s in direct_data["scores"]] == list(CATEGORIES)

    folder = tmp_path / "csv"
    res = run_cli("evaluate", GOLD, "--report", saved, "--format", "csv", "--output", folder)
    assert res.returncode == 0, res.stderr
    assert "wrote" in res.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["misses.csv", "scores.csv"]
    with (folder / "scores.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["part"] == ""]
    for row, score in zip(rows, direct_data["scores"], strict=True):
        assert row["category"] == score["category"]
        assert (int(row["tp"]), int(row["fp"]), int(row["fn"])) == (score["tp"], score["fp"], score["fn"])
        assert row["f1"] == ("" if score["f1"] is None else f"{score['f1']:.4f}")
    with (folder / "misses.csv").open(encoding="utf-8", newline="") as fh:
        assert [r["label"] for r in csv.DictReader(fh)] == [m["label"] for m in direct_data["misses"]]


def _one_line_error(res, fragment: str) -> None:
    assert res.returncode == 2, (res.returncode, res.stderr)
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("error:") and fragment in lines[0], lines[0]
    assert "Traceback" not in res.stderr


def test_cli_bad_input_is_one_line(tmp_path):
    malformed = tmp_path / "gold.json"
    malformed.write_text(json.dumps([{"label": "oops", "kind": "quote", "text": "x", "status": "perfect"}]),
                         encoding="utf-8")
    _one_line_error(run_cli("evaluate", malformed, "--report", malformed), "gold case 'oops': unknown status")
    bare = tmp_path / "bare.json"
    bare.write_text(GOLDEN_LIST.read_text(encoding="utf-8"), encoding="utf-8")
    _one_line_error(run_cli("evaluate", bare), "names no pair")
    _one_line_error(run_cli("evaluate", GOLD, "--report", bare), "not a pressalign JSON report")
    _one_line_error(run_cli("evaluate", GOLD, "--report", bare, "--min-support", "0.5"), "--min-support cannot apply")
    _one_line_error(run_cli("evaluate", GOLD, SOURCE, DERIVATIVE, "--report", bare), "not both")
    _one_line_error(run_cli("evaluate", GOLD, SOURCE), "give both STATEMENT and ARTICLE")
    _one_line_error(run_cli("evaluate", GOLD, "--format", "csv"), "--output")
    _one_line_error(run_cli("evaluate", GOLD, "--min-coverage", "2"), "min_coverage")
    _one_line_error(run_cli("evaluate", tmp_path / "none.json"), "no such file")
    out = tmp_path / "out"
    res = run_cli("evaluate", malformed, SOURCE, DERIVATIVE, "-f", "json", "-o", out / "ev.json")
    assert res.returncode == 2 and not out.exists()
