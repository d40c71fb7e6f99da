"""The readers: the sample pair written as HTML, Markdown, DOCX and PDF by the libraries people use (and piped in
on standard input) gives the same report as the .txt; each format's own concerns (a page's navigation and
scripts, a scan without text, a damaged or protected file); choosing the reader; encodings; refusals."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from alignment import InputError, Report, compare, read_document
from alignment.text import reading
from alignment.text.readers import READERS, choose_reader

from tests.conftest import DERIVATIVE, ROOT, SOURCE
from tests.text import documents

WRITERS = {"html": documents.write_html, "md": documents.write_markdown, "docx": documents.write_docx,
           "pdf": documents.write_pdf}


def verdicts(report: Report) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """What the report says: every segment's status on both sides, and each quote's words and verdict."""
    return ([s.status for s in report.source.segments], [s.status for s in report.derivative.segments],
            [(" ".join(q.text.split()), str(q.status)) for q in report.quotes])


def assert_offsets_slice_back(report: Report) -> None:
    for side in (report.source, report.derivative):
        for s in side.segments:
            assert side.text[s.start:s.end] == s.text
            for d in s.unsupported_details:
                assert side.text[d.start:d.end] == d.text
    for q in report.quotes:
        assert report.derivative.text[q.start:q.end] == q.text
        if q.source_start >= 0:
            assert report.source.text[q.source_start:q.source_end] == q.source_text


def without_tables(text: str) -> str:
    """The text less its table (a PDF prints a table's cells as text on a line: the cells are not told apart)."""
    kinds = {"table_header", "table_row"}
    from alignment.text.blocks import find_blocks

    drop = [(b.start, b.end) for b in find_blocks(text) if b.kind in kinds]
    for start, end in reversed(drop):
        end = end + 1 if text[end:end + 1] == "\n" else end
        text = text[:start] + text[end:]
    return text


@pytest.fixture(scope="module")
def texts() -> tuple[str, str]:
    return SOURCE.read_text(encoding="utf-8"), DERIVATIVE.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_each_format_gives_the_report_of_the_same_text(fmt, texts, tmp_path, sample_report):
    source_text, derivative_text = texts
    if fmt == "pdf":
        source_text, derivative_text = without_tables(source_text), without_tables(derivative_text)
        (tmp_path / "s.txt").write_text(source_text, encoding="utf-8")
        (tmp_path / "d.txt").write_text(derivative_text, encoding="utf-8")
        expected = compare(read_document(tmp_path / "s.txt"), read_document(tmp_path / "d.txt"))
    else:
        expected = sample_report
    write = WRITERS[fmt]
    source = read_document(write(source_text, tmp_path / f"statement.{fmt}"))
    derivative = read_document(write(derivative_text, tmp_path / f"article.{fmt}"))
    assert (source.reader, derivative.reader) == (fmt, fmt)
    report = compare(source, derivative)
    assert verdicts(report) == verdicts(expected)
    assert len(report.quotes) == 7
    assert (report.source.reader, report.derivative.reader) == (fmt, fmt)
    assert_offsets_slice_back(report)
    data = report.to_dict()
    assert data["derivative"]["reader"] == fmt
    assert Report.from_dict(json.loads(json.dumps(data))).derivative.reader == fmt
    assert read_document(tmp_path / f"article.{fmt}").text == derivative.text  # the same bytes, the same text


def test_the_schema_knows_every_reader():
    """The report's ``reader`` field allows exactly the readers of the registry (and "" for a string)."""
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("alignment").joinpath("report.schema.json").read_text(encoding="utf-8"))
    for side in ("source_side", "derivative_side"):
        assert schema["$defs"][side]["properties"]["reader"]["enum"] == ["", *READERS]
    validator = jsonschema.Draft202012Validator(schema)
    report = compare(read_document("-", stdin=io.BytesIO(SOURCE.read_bytes())), "A statement was issued.")
    assert not list(validator.iter_errors(report.to_dict()))


def test_html_keeps_the_text_and_drops_the_page_around_it(texts, tmp_path):
    page = documents.write_html(texts[1], tmp_path / "article.html")
    raw = page.read_text(encoding="utf-8")
    assert "&rsquo;" in raw and "<script>" in raw and "<nav" in raw
    text = read_document(page).text
    for gone in ("Scripted quotation", "scripted quote", "Menu text", "font-family", "Home", "Press releases",
                 "Contact the ministry", "Privacy notice", "All rights reserved", "rsquo", "<", "&"[:0] + "&amp;"):
        assert gone not in text, gone
    assert "Russia’s receipt of ballistic missiles" in text  # &rsquo; decoded
    assert "\n\nStrengthening the Ukraine Alliance\n\n" in text  # a heading is a block of its own
    assert "- Ceasefire in Gaza and hostages’ release\n- Supporting Israel’s security" in text  # a list, one block
    assert "Priority Areas |\nFocus |\nCollaborative Actions |\n---|---|---|\nUkraine Support | Sovereignty" in text


def test_html_declared_charset_and_a_page_with_nothing_to_read(tmp_path):
    page = tmp_path / "old.htm"
    body = "<p>The minister said the café would reopen “soon” – perhaps next week, after the works.</p>"
    page.write_bytes(f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'.encode("cp1252"))
    doc = read_document(page)
    assert (doc.reader, doc.encoding) == ("html", "cp1252")
    assert "café would reopen “soon” – perhaps" in doc.text
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body>"
                     "</html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.html: no text found in the HTML page"):
        read_document(empty)


def test_markdown_loses_its_markup_not_its_text(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text("# Aid to *Ukraine*\n\nThe [minister](https://example.org) said it was &ldquo;vital&rdquo;,\n"
                  "and **twice** so.\n\n1. first\n2. second\n\n| Country | Aid |\n|---|---|\n| Ukraine | $1bn |\n\n"
                  "> A quoted paragraph.\n\n```\ncode stays\n```\n\n![a chart of aid](chart.png)\n",
                  encoding="utf-8")
    assert read_document(md).text == (
        "Aid to Ukraine\n\nThe minister said it was “vital”,\nand twice so.\n\n1. first\n2. second\n\n"
        "Country | Aid |\n---|---|\nUkraine | $1bn |\n\nA quoted paragraph.\n\ncode stays\n\na chart of aid")


def test_docx_reads_the_body_not_the_header_or_footer(texts, tmp_path):
    doc = read_document(documents.write_docx(texts[1], tmp_path / "article.docx"))
    assert doc.encoding == ""
    assert "letterhead" not in doc.text and "Page 1 of 1" not in doc.text
    assert doc.text.startswith("The UK Foreign Secretary David Lammy")
    assert "- Ceasefire in Gaza and hostages’ release\n- Supporting Israel’s security" in doc.text


def test_a_scanned_pdf_is_refused_saying_so(tmp_path):
    from reportlab.pdfgen import canvas

    scan = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(scan))
    c.rect(72, 72, 300, 500, fill=1)  # ink, but no text: what a scanned page's image is to a text extractor
    c.showPage()
    c.save()
    with pytest.raises(InputError, match=r"scan\.pdf: the PDF has no text layer \(it looks scanned.*OCR"):
        read_document(scan)


def test_a_protected_or_damaged_pdf_is_one_clear_error(tmp_path):
    from reportlab.pdfgen import canvas

    locked = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(locked), encrypt="secret")
    c.drawString(72, 720, "The minister said the plan was ready.")
    c.save()
    with pytest.raises(InputError, match=r"locked\.pdf: .*(password-protected|cannot be read as PDF)"):
        read_document(locked)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(InputError, match=r"broken\.pdf: (cannot be read as PDF|the PDF has no text layer)") as exc:
        read_document(broken)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_damaged_files_give_a_document_or_one_line_never_a_crash(fmt, texts, tmp_path):
    """Bytes changed, cut and inserted at random (seeded) in a real file of each format: the reader gives a
    text or an InputError of one line, never another exception."""
    import random

    good = WRITERS[fmt](texts[1][:1500], tmp_path / f"article.{fmt}").read_bytes()
    rng = random.Random(f"readers-{fmt}")
    for _ in range(40):
        data = bytearray(good)
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[at] = rng.randrange(256)
            elif rng.random() < 0.5:
                del data[at:at + rng.randint(1, 200)]
            else:
                data[at:at] = rng.randbytes(rng.randint(1, 40))
        try:
            doc = reading.document_from_bytes(bytes(data[:rng.randint(1, len(data))]), f"damaged.{fmt}")
        except InputError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("damaged.")
        else:
            assert doc.text.strip() and "\x00" not in doc.text


def test_the_reader_is_chosen_by_signature_then_extension_then_markup():
    pdf, html = b"%PDF-1.4\n...", b"<!DOCTYPE html>\n<html><p>Hi.</p></html>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    docx = buf.getvalue()
    assert choose_reader("statement.txt", pdf).name == "pdf"  # the content decides over the name
    assert choose_reader("download", docx).name == "docx"
    assert choose_reader("page", html).name == "html"
    assert choose_reader("page.txt", html).name == "txt"  # the extension decides over markup
    assert choose_reader("notes.MD", b"# x").name == "md"
    assert choose_reader("notes", b"# x").name == "txt"
    assert choose_reader("page.txt", html, "html").name == "html"  # --input-format decides over everything
    assert sorted(READERS) == ["docx", "html", "md", "pdf", "txt"]
    with pytest.raises(InputError, match="not a PDF file"):
        choose_reader("fake.pdf", b"just text")
    with pytest.raises(InputError, match="unknown input format 'odt'"):
        choose_reader("x.txt", b"x", "odt")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match=r"book\.xlsx: a ZIP archive"):
        choose_reader("book.xlsx", buf.getvalue())
    with pytest.raises(InputError, match=r"old\.doc: an old Office file"):
        choose_reader("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


def test_plain_text_keeps_todays_rules(tmp_path):
    p = tmp_path / "nul.txt"
    p.write_bytes(b"Hello\x00world")
    with pytest.raises(InputError, match="binary data"):
        read_document(p)
    doc = read_document(SOURCE)
    assert (doc.reader, doc.encoding) == ("txt", "utf-8")


def test_standard_input_is_read_once_under_the_same_limit():
    doc = read_document("-", stdin=io.BytesIO("# Title\n\nSome “text”.".encode()))
    assert (doc.path, doc.reader, doc.text) == ("<stdin>", "txt", "# Title\n\nSome “text”.")
    doc = read_document("-", stdin=io.BytesIO(b"<!doctype html><html><body><p>Piped page text.</p></body></html>"))
    assert (doc.reader, doc.text) == ("html", "Piped page text.")
    with pytest.raises(InputError, match="standard input: longer than the limit of 10 bytes"):
        read_document("-", max_bytes=10, stdin=io.BytesIO(b"x" * 11))


def test_bytes_already_read_go_through_the_same_readers(texts, tmp_path):
    """What batch does: the file's bytes (read once, hashed) and its name as the manifest gives it."""
    page = documents.write_html(texts[1], tmp_path / "article.html")
    doc = reading.document_from_bytes(page.read_bytes(), "pairs/article.html")
    assert (doc.path, doc.reader, doc.encoding) == ("pairs/article.html", "html", "utf-8")
    assert doc.text == read_document(page).text
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        reading.document_from_bytes(b"text", "a.txt", "klingon")


def test_a_terminal_as_standard_input_is_refused_not_waited_on(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    with pytest.raises(InputError, match=r"standard input \(-\) is the terminal"):
        read_document("-")


def test_a_web_address_says_to_save_the_page():
    for url in ("https://www.example.org/news/statement", "https:/www.example.org/news/statement"):  # as Click
        with pytest.raises(InputError, match=r"^https://www\.example\.org/news/statement: a web address; .*save "
                           "the page first"):
            read_document(url)


def test_encoding_auto_guesses_and_records_it(tmp_path):
    text = ("The Minister’s statement, issued on Tuesday, said the café near the station would stay closed "
            "“until further notice” – and that the old plan had been dropped.\n") * 3
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode("cp1252"))
    with pytest.raises(InputError, match="not valid utf-8"):
        read_document(p)
    doc = read_document(p, encoding="auto")
    assert doc.text == text
    assert doc.encoding.startswith("cp125")  # a Windows code page: the bytes do not tell cp1252 from its kin
    assert read_document(SOURCE, encoding="auto").encoding == "utf-8"


def test_an_unreadable_file_is_one_line(tmp_path, monkeypatch):
    p = tmp_path / "nr.txt"
    p.write_text("Some text.", encoding="utf-8")
    real_open = reading.os.open

    def refuse(path, *args, **kwargs):
        if Path(path) == p:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", refuse)
    with pytest.raises(InputError, match=r"^.*nr\.txt: cannot be read \(Permission denied\)$"):
        read_document(p)
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


@pytest.mark.parametrize("command", ["compare", "evaluate", "batch"])
def test_an_unreadable_input_gets_the_one_line_error_not_clicks_box(command, tmp_path, monkeypatch):
    """As a non-root user, ``chmod 000`` makes ``os.access`` say no and ``open`` fail with EACCES; root passes
    both, so both are made to fail here for that one file. Click must not check readability itself (its error is
    a multi-line box): the library's one line is what the user sees (issue 17 item 8)."""
    from typer.testing import CliRunner

    from alignment.cli import app

    locked = tmp_path / "nr.txt"
    locked.write_text("Some text.", encoding="utf-8")
    real_open, real_access = reading.os.open, os.access

    def refuse_open(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", refuse_open)
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: Path(path) != locked and real_access(path, mode))
    args = {"compare": [str(locked), str(DERIVATIVE)], "evaluate": [str(locked)],
            "batch": [str(locked), "-o", str(tmp_path / "out")]}[command]
    res = CliRunner().invoke(app, [command, *args])
    assert res.exit_code == 2, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Permission denied" in lines[0], res.output


def run_cli(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=300, check=False)


def test_cli_reads_standard_input_and_other_formats(texts, tmp_path, sample_report):
    page = documents.write_html(texts[1], tmp_path / "article.html")
    res = run_cli("compare", SOURCE, "-", "-f", "json", "--encoding", "auto",
                  stdin=page.read_bytes())
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert (data["derivative"]["path"], data["derivative"]["reader"]) == ("<stdin>", "html")
    assert [s["status"] for s in data["derivative"]["segments"]] == verdicts(sample_report)[1]
    assert [s["status"] for s in data["source"]["segments"]] == verdicts(sample_report)[0]
    assert [(" ".join(q["text"].split()), q["status"]) for q in data["quotes"]] == verdicts(sample_report)[2]
    assert b"note: <stdin>: encoding guessed as utf-8" in res.stderr


def test_cli_refusals_are_one_line(tmp_path):
    for args, message in (
        (("-", "-"), "error: standard input (-) can be only one of the two documents"),
        (("https://example.org/statement", DERIVATIVE), "error: https://example.org/statement: a web address"),
        ((tmp_path, DERIVATIVE), f"error: {tmp_path}: is a directory, not a file"),
        ((SOURCE, DERIVATIVE, "--input-format", "pdf"), "cannot be read as PDF"),
    ):
        res = run_cli("compare", *args, stdin=b"")
        assert res.returncode == 2, (args, res.stderr)
        err = res.stderr.decode()
        assert message in err and err.count("\n") == 1 and "╭" not in err and "Traceback" not in err
        assert res.stdout == b""


def test_a_batch_reads_each_pair_in_its_format(texts, tmp_path):
    from alignment.batch import run_batch

    documents.write_markdown(texts[0], tmp_path / "statement.md")
    documents.write_html(texts[1], tmp_path / "article.html")
    (tmp_path / "pairs.csv").write_text("pair_id,source,derivative\nweb,statement.md,article.html\n", encoding="utf-8")
    result = run_batch(tmp_path / "pairs.csv", tmp_path / "out", workers=1)
    assert (result.computed, result.failed) == (1, 0)
    data = json.loads((tmp_path / "out" / "pairs" / "web" / "report.json").read_text(encoding="utf-8"))
    assert (data["source"]["reader"], data["derivative"]["reader"]) == ("md", "html")
    assert len(data["quotes"]) == 7
