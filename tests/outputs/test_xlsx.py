"""The files other programs open: the Excel workbook (--format xlsx) and the Excel CSV (--excel-csv)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pandas as pd
import pytest

from alignment.outputs import FORMATS, render_report, write_report
from alignment.outputs.csv_tables import CSV_FILES, csv_tables, report_tables, restore_cell
from alignment.outputs.xlsx import SHEETS, XLSX_MAX_CELL, xlsx_bytes

openpyxl = pytest.importorskip("openpyxl")


def test_xlsx_is_registered_and_binary():
    spec = FORMATS["xlsx"]
    assert spec.binary and not spec.folder and ".xlsx" in spec.suffixes


def test_workbook_opens_with_openpyxl_one_sheet_per_csv_table(sample_report):
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(sample_report)))
    assert book.sheetnames == list(SHEETS) == [name.removesuffix(".csv") for name in CSV_FILES]
    tables = report_tables(sample_report)
    for name, sheet in zip(CSV_FILES, book.worksheets, strict=True):
        header, rows = tables[name]
        assert [c.value for c in sheet[1]] == list(header)
        assert sheet.max_row == len(rows) + 1
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(rows) + 1}"
        widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(header))]
        assert all(w >= len(h) for w, h in zip(widths, header, strict=True))
        assert max(widths) <= 62  # long texts are capped, not a column as wide as a paragraph
        for cell in (c for row in sheet.iter_rows(min_row=2) for c in row):
            assert cell.data_type != "f"  # never a formula


def test_workbook_reads_into_pandas_with_the_right_dtypes(sample_report):
    sheets = pd.read_excel(io.BytesIO(xlsx_bytes(sample_report)), sheet_name=None)
    segments, quotes, alignments = sheets["segments"], sheets["quotes"], sheets["alignments"]
    for frame, numbers in ((segments, ("start", "end", "score")),
                           (quotes, ("start", "end", "score", "source_start", "source_end")),
                           (alignments, ("score", "support", "coverage", "fuzzy"))):
        for column in numbers:
            assert pd.api.types.is_numeric_dtype(frame[column]), column
    for frame, ids in ((segments, ("id",)), (quotes, ("id", "derivative_id")),
                       (alignments, ("source_id", "derivative_id"))):
        for column in ids:
            assert pd.api.types.is_string_dtype(frame[column]), column
    assert quotes["scare_quote"].dtype == bool
    # the offsets slice back to the texts, as in the CSV and the JSON
    texts = {"source": sample_report.source.text, "derivative": sample_report.derivative.text}
    for row in segments.itertuples():
        assert texts[row.side][row.start:row.end] == row.text
    assert list(quotes["id"]) == [q.id for q in sample_report.quotes]
    assert list(quotes["status"]) == [str(q.status) for q in sample_report.quotes]


def test_formula_cells_stay_text(sample_report):
    """The same guard as the CSV: a cell the CSV neutralises is quote-prefixed text in the workbook (its value
    unchanged); with safe=False it is still text, never a formula."""
    first = sample_report.derivative.segments[0]
    hostile = replace(sample_report, derivative=replace(sample_report.derivative, segments=(
        replace(first, text="=HYPERLINK(\"http://x\",\"y\")"), *sample_report.derivative.segments[1:])))
    for safe in (True, False):
        book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(hostile, safe=safe)))
        sheet = book["segments"]
        cell = next(c for c in sheet["K"] if c.value == '=HYPERLINK("http://x","y")')
        assert cell.data_type == "s" and cell.quotePrefix is safe
        assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_awkward_text_control_characters_and_overlong_cells(sample_report):
    first = sample_report.source.segments[0]
    long_text = "x" * (XLSX_MAX_CELL + 10)
    awkward = replace(sample_report, source=replace(sample_report.source, segments=(
        replace(first, text="bell\x07 and vertical\x0btab"), replace(first, id="S999", text=long_text),
        *sample_report.source.segments[1:])))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(awkward)))["segments"]
    texts = [c.value for c in sheet["K"]]
    assert "bell\\x07 and vertical\\x0btab" in texts
    cut = next(t for t in texts if t and t.startswith("xxx"))
    assert len(cut) == XLSX_MAX_CELL and cut.endswith("…")


def test_workbook_is_byte_identical_across_runs(sample_report):
    assert xlsx_bytes(sample_report) == xlsx_bytes(sample_report)


def test_written_atomically_respecting_the_umask(sample_report, tmp_path):
    import os

    old = os.umask(0o027)
    try:
        (path,) = write_report(sample_report, "xlsx", tmp_path)
    finally:
        os.umask(old)
    assert path == tmp_path / "report.xlsx"
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]  # no temporary file left
    assert path.read_bytes() == xlsx_bytes(sample_report)


def test_binary_format_is_not_rendered_as_text(sample_report):
    from alignment.errors import OutputError

    with pytest.raises(OutputError, match="binary"):
        render_report(sample_report, "xlsx")


# ---------------------------------------------------------------------------------------------- Excel CSV
def test_excel_csv_has_a_bom_crlf_and_the_same_cells(sample_report):
    plain = csv_tables(sample_report)
    excel = csv_tables(sample_report, excel=True)
    for name in CSV_FILES:
        raw = excel[name].encode("utf-8")
        assert raw.startswith(b"\xef\xbb\xbf")
        body = excel[name].removeprefix("\ufeff")
        rows_plain = list(csv.reader(io.StringIO(plain[name], newline="")))
        rows_excel = list(csv.reader(io.StringIO(body, newline="")))
        assert rows_plain == rows_excel
        assert body.endswith("\r\n") and body.count("\r\n") >= len(rows_excel)


def test_excel_csv_round_trips_through_pandas(sample_report, tmp_path):
    written = write_report(sample_report, "csv", tmp_path / "tables", excel_csv=True)
    assert sorted(p.name for p in written) == sorted(CSV_FILES)
    segments = pd.read_csv(tmp_path / "tables" / "segments.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(segments.columns)[:2] == ["side", "id"]  # the BOM is not part of the first column's name
    assert pd.api.types.is_integer_dtype(segments["start"]) and pd.api.types.is_float_dtype(segments["score"])
    expected = [(s.id, s.text) for side in (sample_report.source, sample_report.derivative) for s in side.segments]
    assert [(i, restore_cell(t)) for i, t in zip(segments["id"], segments["text"], strict=True)] == expected
    assert (tmp_path / "tables" / "quotes.csv").read_bytes().count(b"\r\n") >= len(sample_report.quotes) + 1
