"""PDF: the text layer, read with pypdf (BSD-3-Clause), its lines put back into paragraphs.

pypdf gives a page's text line by line, as printed; a paragraph of the statement is several lines there. The
position of each line on the page tells where a paragraph ends: a gap between two lines wider than the page's
usual line spacing (a paragraph's space before, a heading), a change of font size, or a line much shorter than
the page's usual one that ends a sentence. Within a paragraph, a line that reached about the measure (it was
wrapped) runs on into the next with a space (none after a hyphen); a line broken well before it (an address, a
short row) stays a line. Paragraphs and pages are separated by blank lines. Tables come out as their rows' text:
the cells of a row are not told apart. A PDF with no text layer (a
scan) is refused with a message saying so: the tool does not run OCR.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
from dataclasses import dataclass

from alignment.errors import InputError

__all__ = ["pdf_text"]

# pypdf's warnings on odd files are not the user's concern (added once, when this module is first imported)
logging.getLogger("pypdf").addHandler(logging.NullHandler())

#: a gap between lines this much wider than the page's usual spacing starts a paragraph
_GAP_FACTOR = 1.3
#: a line shorter than this share of the page's usual line, ending a sentence, ends its paragraph
_SHORT_LINE = 0.7
_ENDS_SENTENCE_RE = re.compile(r"[.!?:…][\"'”’»)\]]*$")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass
class _Line:
    text: str
    y: float | None = None
    size: float = 0.0


def _page_lines(page: object) -> list[_Line]:
    """The page's lines as pypdf extracts them, each with the height on the page and the font size of its
    first piece of text."""
    lines = [_Line("")]

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                lines.append(_Line(""))
            line = lines[-1]
            if piece.strip() and line.y is None:
                line.y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                line.size = abs(size * (tm[3] * cm[3] + tm[2] * cm[1])) or abs(size)
            line.text += piece

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return [line for line in lines if line.text.strip()]


def _paragraphs(lines: list[_Line]) -> list[str]:
    gaps = [a.y - b.y for a, b in itertools.pairwise(lines) if a.y is not None and b.y is not None and a.y > b.y]
    # the spacing of lines within a paragraph: the low end of the page's gaps (paragraphs of one or two lines
    # can make the wider gap between paragraphs the commoner one)
    usual_gap = sorted(gaps)[len(gaps) // 5] if gaps else 0.0
    usual_len = statistics.median(len(line.text.strip()) for line in lines) if lines else 0
    paragraphs: list[list[str]] = []
    prev: _Line | None = None
    for line in lines:
        text = " ".join(line.text.split())
        starts = prev is None
        if prev is not None:
            gap = (prev.y - line.y) if prev.y is not None and line.y is not None else usual_gap
            prev_text = paragraphs[-1][-1]
            starts = (gap <= 0 or gap > usual_gap * _GAP_FACTOR + 0.5
                      or abs(line.size - prev.size) > 0.5
                      or (len(prev_text) < _SHORT_LINE * usual_len and bool(_ENDS_SENTENCE_RE.search(prev_text))))
        if starts:
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
        prev = line
    out = []
    for para in paragraphs:
        joined = para[0]
        for prev_text, text in itertools.pairwise(para):
            if len(prev_text) < _SHORT_LINE * usual_len:  # broken well before the measure: a line of its own
                joined += "\n" + text
            elif prev_text.endswith("-") and len(prev_text) > 1 and prev_text[-2].isalpha():
                joined += text  # "U.S.-" + "led"
            else:
                joined += " " + text  # wrapped at the measure: the same line of text
        out.append(joined)
    return out


def pdf_text(data: bytes, name: str) -> str:
    """The text layer of the PDF ``data``, as paragraphs separated by blank lines; :class:`InputError` for a
    damaged, password-protected or scanned PDF."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            msg = f"{name}: the PDF is password-protected; save a copy without the password first"
            raise InputError(msg)
        pages = ["\n\n".join(_paragraphs(_page_lines(page))) for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file: one line, naming the file
        detail = " ".join(str(exc).split())[:200]
        msg = f"{name}: cannot be read as PDF ({type(exc).__name__}: {detail})"
        raise InputError(msg) from None
    text = "\n\n".join(p for p in pages if p.strip())
    text = _SURROGATE_RE.sub("\ufffd", text.replace("\x00", ""))
    if not pages:
        msg = f"{name}: the PDF has no pages"
        raise InputError(msg)
    if not text.strip():
        msg = (f"{name}: the PDF has no text layer (it looks scanned, {len(pages)} page(s) of images); "
               "run OCR on it first (e.g. ocrmypdf) and give the result")
        raise InputError(msg)
    return text
