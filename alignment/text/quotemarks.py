"""The quotation marks: their families, and one reading of which double quotations a stretch of text leaves open.

Blocks (does a line leave a quotation open, so the next line runs on?), segmentation (is a sentence break inside
a quotation?) and quote extraction (which mark opens, which closes) all read the marks through this module.

German quotations open with „ and close with “, the shape that opens an English one:

>>> QuoteDepth().feed("Er sagte: „Wir kommen.“ Dann ging er.").open
False
>>> QuoteDepth().feed("He said: “We will come.").open
True
>>> QuoteDepth().feed('He said "we').open
True
"""

from __future__ import annotations

import re

__all__ = ["DOUBLE", "FAMILY", "GUILLEMET", "MARK_RE", "SINGLE", "SINGLE_GUILLEMET", "QuoteDepth"]

# Mark families: a closing mark only closes an opening mark of its own family.
DOUBLE, GUILLEMET, SINGLE, SINGLE_GUILLEMET = "double", "guillemet", "single", "single guillemet"
FAMILY = {
    "“": DOUBLE, "”": DOUBLE, '"': DOUBLE, "„": DOUBLE, "‟": DOUBLE,
    "«": GUILLEMET, "»": GUILLEMET,
    "‘": SINGLE, "’": SINGLE, "'": SINGLE, "‚": SINGLE, "‛": SINGLE,
    "‹": SINGLE_GUILLEMET, "›": SINGLE_GUILLEMET,
}
#: every quotation mark
MARK_RE = re.compile("[" + re.escape("".join(FAMILY)) + "]")
#: the marks of a double quotation (guillemets included) that :class:`QuoteDepth` counts
_DOUBLE_RE = re.compile('[“«„”»"]')


class QuoteDepth:
    """Double quotation marks read left to right (:meth:`feed` may be called on consecutive stretches).

    ``curly``: typographic openers less closers (“ « „ against ” »; a “ that follows an open „ closes it);
    ``straight``: straight double marks seen (an odd number leaves one open).
    """

    __slots__ = ("curly", "german", "straight")

    def __init__(self) -> None:
        self.curly = self.german = self.straight = 0

    def feed(self, text: str, start: int = 0, end: int | None = None) -> QuoteDepth:
        for m in _DOUBLE_RE.finditer(text, start, len(text) if end is None else end):
            c = m.group()
            if c == '"':
                self.straight += 1
            elif c == "„":
                self.curly += 1
                self.german += 1
            elif c == "“" and self.german:  # the German closing shape
                self.curly -= 1
                self.german -= 1
            elif c in "“«":
                self.curly += 1
            else:  # ” »
                self.curly -= 1
                self.german = min(self.german, max(self.curly, 0))  # no more German quotations open than any
        return self

    @property
    def open(self) -> bool:
        """Whether the text read so far leaves a double quotation open."""
        return self.curly > 0 or self.straight % 2 == 1
