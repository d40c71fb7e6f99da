"""The JSON report against its JSON Schema (``alignment/report.schema.json``, described in ``docs/report-schema.md``):
real reports validate, and the schema is strict enough to refuse what the writer never writes."""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from importlib import resources

import jsonschema
import pytest

from alignment import Config, compare, compare_files
from alignment.model import AlignmentLabel, DerivativeStatus, QuoteStatus, SegmentKind, SourceStatus
from alignment.outputs.json_report import report_json

from tests.conftest import REAL_PAIRS, real_pairs

PAIRS = real_pairs()


@pytest.fixture(scope="module")
def schema() -> dict:
    """The schema as the installed package ships it (package data, not a path into the checkout)."""
    return json.loads(resources.files("alignment").joinpath("report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _valid(validator, data: dict) -> None:
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_schema_is_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": 1}


def test_schema_enums_are_the_models(schema):
    """Every status, label and kind the schema allows is a member of its enum in alignment.model, and all of them."""
    defs = schema["$defs"]
    assert defs["segment_kind"]["enum"] == [str(k) for k in SegmentKind]
    assert defs["source_segment"]["properties"]["status"]["enum"] == [str(s) for s in SourceStatus]
    assert defs["derivative_segment"]["properties"]["status"]["enum"] == [str(s) for s in DerivativeStatus]
    assert defs["alignment"]["properties"]["label"]["enum"] == [str(a) for a in AlignmentLabel]
    assert defs["quote"]["properties"]["status"]["enum"] == [str(q) for q in QuoteStatus]


def test_schema_config_is_every_config_field(schema):
    """The report's ``config`` is ``Config.to_dict()``: a field added to Config must be added to the schema."""
    props = schema["$defs"]["config"]["properties"]
    names = [f.name for f in fields(Config)]
    assert sorted(props) == sorted(names), (
        f"alignment/report.schema.json $defs.config lists {sorted(set(props) - set(names))} that Config lacks and "
        f"lacks {sorted(set(names) - set(props))}; update the schema (and docs/report-schema.md)")


def test_sample_pair_report_is_valid(validator, sample_report):
    _valid(validator, sample_report.to_dict())


def test_sample_pair_json_text_is_valid(validator, sample_report):
    """What ``compare --format json`` writes, parsed back: the JSON round trip keeps it valid."""
    _valid(validator, json.loads(report_json(sample_report)))


@pytest.mark.parametrize(
    ("source", "derivative"),
    [
        pytest.param("The minister said: “We will act now.” Talks resume on Monday.",
                     "She said “we will act now” and “later”, and talks resume on Monday.", id="quotes"),
        pytest.param("Rain fell on Monday in the north.", "Snow fell on Tuesday in Paris.", id="no-quotes"),
        pytest.param("The council approved the budget.", "He said “the council approved it.", id="unclosed-quote"),
        pytest.param("x", "y", id="no-claims"),
    ],
)
def test_tiny_reports_are_valid(validator, source, derivative):
    report = compare(source, derivative)
    data = report.to_dict()
    _valid(validator, data)
    _valid(validator, json.loads(report_json(report)))
    assert data["source"]["path"] == data["derivative"]["path"] == ""


def test_tiny_report_without_quotes_has_empty_lists(validator):
    data = compare("Rain fell on Monday in the north.", "Snow fell on Tuesday in Paris.").to_dict()
    assert data["quotes"] == [] and data["warnings"] == []
    _valid(validator, data)


def test_pre_segmented_report_is_valid(validator):
    report = compare("One line about the budget vote.\nAnother line about the council.",
                     "A line about the budget vote.", source_segmentation="lines", derivative_segmentation="lines")
    _valid(validator, report.to_dict())


@pytest.mark.skipif(not PAIRS, reason=f"{REAL_PAIRS} is absent (third-party texts, read from ../shared only)")
@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_real_pair_reports_are_valid(validator, pair):
    report = compare_files(pair / "source.txt", pair / "derivative.txt")
    _valid(validator, json.loads(report_json(report)))


# ------------------------------------------------------------------ what the schema refuses
def _errors(validator, data: dict) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


def test_schema_rejects_an_unknown_status(validator, sample_report):
    data = sample_report.to_dict()
    for records, key in (("source", "status"), ("derivative", "status"), ("quotes", "status"), ("alignments", "label")):
        bad = copy.deepcopy(data)
        rows = bad[records]["segments"] if records in ("source", "derivative") else bad[records]
        rows[0][key] = "probably"
        assert any("'probably' is not one of" in m for m in _errors(validator, bad)), (records, key)


def test_schema_rejects_a_status_of_the_other_side(validator, sample_report):
    """``supported`` is a derivative status, never a source one."""
    bad = sample_report.to_dict()
    claim = next(s for s in bad["source"]["segments"] if s["status"] != "not_a_claim")
    claim["status"] = "supported"
    assert _errors(validator, bad)


def test_schema_rejects_unknown_keys_and_missing_ones(validator, sample_report):
    data = sample_report.to_dict()
    for mutate in (
        lambda d: d.update(extra=1),
        lambda d: d["summary"].pop("warnings"),
        lambda d: d["quotes"][0].update(note="x"),
        lambda d: d["source"]["segments"][0].update(unsupported_details=[]),  # only the derivative's have them
        lambda d: d["derivative"]["segments"][0].pop("unsupported_details"),
        lambda d: d["config"].update(unknown_option=True),
        lambda d: d.update(schema_version=2),
    ):
        bad = copy.deepcopy(data)
        mutate(bad)
        assert _errors(validator, bad)


def test_schema_ties_not_a_claim_to_the_kind(validator, sample_report):
    """A heading is ``not_a_claim`` and a sentence never is."""
    bad = sample_report.to_dict()
    sentence = next(s for s in bad["derivative"]["segments"] if s["kind"] == "sentence")
    sentence["status"] = "not_a_claim"
    assert _errors(validator, bad)


def test_reason_pattern_names_exactly_the_reason_codes(schema):
    """The schema's ``reason`` pattern and ``alignment.model.REASONS`` list the same codes."""
    from alignment.model import REASONS

    for side in ("source_segment", "derivative_segment"):
        pattern = schema["$defs"][side]["properties"]["reason"]["pattern"]
        codes = pattern.removeprefix("^(").split(")")[0].split("|")
        assert sorted(codes) == sorted(REASONS), side


def test_report_from_before_the_fields_added_within_version_1_still_validates(validator, sample_report):
    """A report written before ``versions``, ``discrepancies`` and the rest were added is still a valid version 1
    report, and ``Report.from_dict`` reads it."""
    from alignment.report import Report

    old = sample_report.to_dict()
    old.pop("versions", None)
    old.pop("discrepancies")
    old["summary"].pop("discrepancies")
    old["config"].pop("min_support_restated")
    old["config"].pop("static_vectors")
    for side in ("source", "derivative"):
        old[side].pop("reader", None)
        old[side].pop("encoding", None)
    for segment in old["derivative"]["segments"]:
        segment.pop("discrepancy_ids")
    _valid(validator, old)
    report = Report.from_dict(old)
    assert report.discrepancies == ()
    assert [s.text for s in report.derivative.segments] == [s["text"] for s in old["derivative"]["segments"]]
