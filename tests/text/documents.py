"""Write a plain text as the other formats the readers take (HTML, Markdown, PDF, DOCX), block by block: the
tool's own block finder says what each line is (a heading, a list item, a table row, a paragraph), and each
writer marks it up as that format does. The readers' tests compare what a reader gets back with the plain text."""

from __future__ import annotations

import html
from itertools import groupby
from pathlib import Path

from alignment.text.blocks import find_blocks

_TABLE = ("table_header", "table_row")
_HEADING = ("short", "heading")


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """(kind, lines) of each run of blocks of one kind: a list's items together, a table's rows together (its
    Markdown rule kept, so that the header rows are known)."""
    out = []
    found = [(("table" if b.kind in _TABLE else b.kind), text[b.start:b.end]) for b in find_blocks(text)]
    for kind, run in groupby(found, key=lambda kb: kb[0]):
        lines = [t for _, t in run]
        if kind in ("item", "table"):
            out.append((kind, lines))
        else:
            out.extend((kind, [t]) for t in lines)
    return out


def is_rule(line: str) -> bool:
    return set(line) <= set("-|: ")


def table(lines: list[str]) -> tuple[list[list[str]], int]:
    """A table's rows of cells (the rule left out) and how many are header rows (those above the rule)."""
    rows = [[c.strip() for c in r.strip().strip("|").split("|")] for r in lines if not is_rule(r)]
    heads = next((n for n, r in enumerate(lines) if is_rule(r)), 1)
    return rows, heads


def write_html(text: str, path: Path) -> Path:
    def esc(t: str) -> str:
        return html.escape(t, quote=False).replace("’", "&rsquo;").replace("“", "&ldquo;")

    body = []
    for kind, lines in blocks(text):
        if kind in _HEADING:
            body.append(f"<h2>{esc(lines[0])}</h2>")
        elif kind == "item":
            body.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in lines) + "</ul>")
        elif kind == "table":
            cells, heads = table(lines)
            rows = [f"<tr>{''.join(f'<th>{esc(c)}</th>' for c in row)}</tr>" for row in cells[:heads]]
            rows += [f"<tr>{''.join(f'<td>{esc(c)}</td>' for c in row)}</tr>" for row in cells[heads:]]
            body.append(f"<table>{''.join(rows)}</table>")
        else:
            body.append(f"<p>{esc(lines[0])}</p>")
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Press room</title>'
        "<style>body { font-family: serif } .menu::after { content: 'Menu text from CSS' }</style>"
        '<script>var banner = "“Scripted quotation” from the site"; document.title = banner;</script></head><body>'
        '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/press">Press releases</a></li>'
        '<li><a href="/contact">Contact the ministry</a></li></ul></nav>'
        '<header><div class="site-name">Ministry of Examples</div></header>'
        f"<main><article>{''.join(body)}</article></main>"
        "<footer><p>© Ministry of Examples. All rights reserved.</p><a href='/privacy'>Privacy notice</a>"
        "</footer><script>console.log('“another scripted quote”')</script></body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


def write_markdown(text: str, path: Path) -> Path:
    out = []
    for kind, lines in blocks(text):
        if kind in _HEADING:
            out.append(f"## [{lines[0]}](https://example.org/press#{len(out)})")
        elif kind == "item":
            out.append("\n".join(f"* {t}" for t in lines))
        elif kind == "table":  # as it is: a Markdown table
            out.append("\n".join(lines))
        else:
            first, _, rest = lines[0].partition(" ")
            out.append(f"**{first}** {rest}".replace("’", "&rsquo;") if first.isalpha() else lines[0])
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return path


def write_docx(text: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ministry of Examples letterhead"
    document.sections[0].footer.paragraphs[0].text = "Page 1 of 1"
    for kind, lines in blocks(text):
        if kind in _HEADING:
            document.add_heading(lines[0], level=2)
        elif kind == "item":
            for t in lines:
                document.add_paragraph(t, style="List Bullet")
        elif kind == "table":
            from docx.oxml import OxmlElement

            cells, heads = table(lines)
            grid = document.add_table(rows=len(cells), cols=max(len(row) for row in cells))
            for r, row in enumerate(cells):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = value
                if r < heads:  # Word's "repeat as header row"
                    grid.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        else:
            paragraph = document.add_paragraph()
            first, _, rest = lines[0].partition(" ")
            paragraph.add_run(first).bold = True  # runs: the text is split across them
            paragraph.add_run(" " + rest)
    document.save(str(path))
    return path


def write_pdf(text: str, path: Path) -> Path:
    """A PDF with a text layer (reportlab): headings in a larger type, paragraphs wrapped by the page's width, a
    list's items with bullets, a table's rows as lines of text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = []
    for kind, lines in blocks(text):
        if kind in _HEADING:
            story.append(Paragraph(html.escape(lines[0]), styles["Heading2"]))
        elif kind == "item":
            story.extend(Paragraph("- " + html.escape(t), styles["BodyText"]) for t in lines)
        elif kind == "table":  # as lines of text
            story.append(Paragraph("<br/>".join(html.escape(r) for r in lines), styles["BodyText"]))
        else:
            story.append(Paragraph(html.escape(lines[0]), styles["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4, title="Press release").build(story)
    return path
