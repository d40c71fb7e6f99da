"""The report record: JSON round trip, DataFrames, determinism, summary."""

from __future__ import annotations

import json

import pytest

from alignment import Report, compare
from alignment.outputs.csv_tables import csv_tables
from alignment.outputs.json_report import report_json


def test_json_round_trip(sample_report):
    data = json.loads(report_json(sample_report))
    again = Report.from_dict(data)
    assert again.to_dict() == {**data, "source": {**data["source"]}, "derivative": {**data["derivative"]}}


def test_json_text_is_the_report_with_one_record_per_line(sample_report):
    text = report_json(sample_report)
    data = sample_report.to_dict()
    assert json.loads(text) == data
    lines = text.splitlines()
    records = [*data["source"]["segments"], *data["derivative"]["segments"], *data["alignments"], *data["quotes"]]
    one_line = {json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in records}
    assert sum(1 for line in lines if line.strip().rstrip(",") in one_line) == len(records)
    assert lines[0] == "{" and lines[1].startswith('  "schema_version": ') and text.endswith("}\n")


def test_required_fields(sample_report):
    data = sample_report.to_dict()
    seg = data["derivative"]["segments"][0]
    assert {"id", "start", "end", "text", "kind", "status", "aligned_to", "unsupported_details"} <= set(seg)
    assert {"id", "start", "end", "text", "kind", "status", "aligned_to"} <= set(data["source"]["segments"][0])
    assert {"source_id", "derivative_id", "score", "label"} <= set(data["alignments"][0])
    q = data["quotes"][0]
    assert {"id", "text", "start", "end", "derivative_id", "status", "score", "source_start", "source_end",
            "source_text"} <= set(q)
    for a in data["alignments"]:
        assert 0.0 <= a["score"] <= 1.0 and a["label"] in ("copy", "paraphrase", "partial", "context")


def test_every_offset_slices_back(sample_report):
    r = sample_report
    for side in (r.source, r.derivative):
        for s in side.segments:
            assert side.text[s.start:s.end] == s.text
            for d in s.unsupported_details:
                assert side.text[d.start:d.end] == d.text
    for q in r.quotes:
        assert r.derivative.text[q.start:q.end] == q.text
        assert r.derivative.text[q.mark_start:q.mark_end].find(q.text) >= 0
        if q.source_start >= 0:
            assert r.source.text[q.source_start:q.source_end] == q.source_text
        for step in q.diff:
            if step.quote_start >= 0:
                assert r.derivative.text[step.quote_start:step.quote_end] == step.quote_text
            if step.source_start >= 0:
                assert r.source.text[step.source_start:step.source_end] == step.source_text


def test_alignment_ids_and_aligned_to_agree(sample_report):
    r = sample_report
    pairs = {(a.source_id, a.derivative_id) for a in r.alignments}
    for s in r.source.segments:
        for d in s.aligned_to:
            assert (s.id, d) in pairs
    for d in r.derivative.segments:
        for s in d.aligned_to:
            assert (s, d.id) in pairs


def test_dataframes_have_sensible_dtypes(sample_report):
    segs = sample_report.segments_frame()
    assert str(segs["start"].dtype) == "int64" and str(segs["score"].dtype) == "float64"
    assert str(segs["status"].dtype) == "category"
    assert len(segs) == len(sample_report.source.segments) + len(sample_report.derivative.segments)
    quotes = sample_report.quotes_frame()
    assert len(quotes) == 7 and str(quotes["status"].dtype) == "category"
    aligns = sample_report.alignments_frame()
    assert len(aligns) == len(sample_report.alignments)


def test_exports_are_deterministic(sample_report):
    from alignment import compare_files

    from tests.conftest import DERIVATIVE, SOURCE

    again = compare_files(SOURCE, DERIVATIVE)
    assert report_json(again) == report_json(sample_report)
    assert csv_tables(again) == csv_tables(sample_report)


def test_summary_counts_match_segments():
    r = compare("The minister met the press in London.\nIt rained.\n", "The minister met the press in London.\n")
    s = r.summary
    src = s["source"]
    assert src["covered"] + src["partial"] + src["omitted"] + src["not_a_claim"] == len(r.source.segments)
    assert s["derivative"]["supported"] == 1


def test_frames_know_every_verdict_and_label_even_when_absent():
    r = compare("The ministers met in London on Monday.\n", "The ministers met in London on Monday.\n")
    quotes = r.quotes_frame()
    assert list(quotes["status"].cat.categories) == ["exact", "near", "altered", "unsupported"]
    assert quotes["status"].value_counts().to_dict() == {"exact": 0, "near": 0, "altered": 0, "unsupported": 0}
    labels = r.alignments_frame()["label"]
    assert list(labels.cat.categories) == ["copy", "paraphrase", "partial", "context"]
    assert labels.value_counts()["copy"] == 1


def test_a_failed_write_leaves_no_file_and_no_open_descriptor(tmp_path, monkeypatch):
    import os
    import tempfile

    import pytest

    from alignment.errors import OutputError
    from alignment.outputs import files as export

    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("counts open descriptors through /proc")
    real, made = tempfile.mkstemp, []

    def second_fails(*args, **kwargs):
        made.append(1)
        if len(made) == 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(export.tempfile, "mkstemp", second_fails)
    before = len(os.listdir("/proc/self/fd"))
    with pytest.raises(OutputError, match="No space left"):
        export.write_atomic({tmp_path / "a.json": "{}\n", tmp_path / "b.csv": "x\n"})
    assert len(os.listdir("/proc/self/fd")) == before
    assert list(tmp_path.iterdir()) == []
    made.clear()
    export.write_atomic({tmp_path / "a.json": "{}\n"})  # one file: the first mkstemp succeeds
    assert (tmp_path / "a.json").read_text() == "{}\n" and len(os.listdir("/proc/self/fd")) == before


def test_written_files_follow_the_umask_and_long_names_fit(tmp_path):
    """Reports are readable by others as the umask says (mkstemp alone made them 0600), and a 250-character file
    name, valid on its own, is not refused for the temporary file's longer name."""
    import os

    from alignment.outputs.files import write_atomic

    old = os.umask(0o022)
    try:
        target = tmp_path / ("r" * 245 + ".json")
        write_atomic({target: "{}\n", tmp_path / "b.csv": "x\n"})
    finally:
        os.umask(old)
    assert target.read_text() == "{}\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    assert oct((tmp_path / "b.csv").stat().st_mode & 0o777) == oct(0o644)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, "b.csv"])


# ---------------------------------------------------------------------------------------------- repr, errors
def test_repr_is_one_short_line_with_the_counts(sample_report):
    text = repr(sample_report)
    assert "\n" not in text and len(text) < 300
    assert f"{len(sample_report.quotes)} quotes" in text and f"{len(sample_report.omissions())} omitted" in text
    assert sample_report._repr_html_().lstrip().startswith("<")  # the notebook view is unchanged: HTML


def test_from_dict_refuses_another_schema_version_with_the_package_error(sample_report):
    from alignment import AlignmentError

    data = sample_report.to_dict()
    data["schema_version"] = 99
    with pytest.raises(AlignmentError, match=r"schema_version 99.*reads schema_version 1"):
        Report.from_dict(data)
    del data["schema_version"]
    with pytest.raises(AlignmentError, match="not a pressalign report"):
        Report.from_dict(data)
    assert Report.from_dict(sample_report.to_dict()).versions == sample_report.versions != {}


def test_report_records_the_versions_a_batch_keys_its_pairs_on(sample_report):
    """The report's versions and a batch pair's key name the same pipeline, its version and spaCy's."""
    import platform

    from alignment import __version__
    from alignment.batch.workers import pipeline_identity

    identity = pipeline_identity(sample_report.config.model)
    assert sample_report.versions == {"pressalign": __version__, "python": platform.python_version(), **identity}
