"""Compare an official text with the reporting written from it.

>>> from alignment import compare, Config   # doctest: +SKIP
>>> report = compare(statement_text, article_text, Config())   # doctest: +SKIP

Importing the package loads nothing heavy: spaCy is loaded on the first comparison, once.
"""

from .pipeline import compare, compare_files
from .config import Config
from .errors import AlignmentError, InputError, ModelError, OutputError
from .reading import Document, read_document
from .records import (
    Alignment,
    AlignmentLabel,
    DerivativeStatus,
    Detail,
    Quote,
    QuoteStatus,
    Segment,
    SegmentKind,
    SourceStatus,
    WordDiff,
)
from .report import Report, Side

__all__ = [
    "Alignment",
    "AlignmentError",
    "AlignmentLabel",
    "Config",
    "DerivativeStatus",
    "Detail",
    "Document",
    "InputError",
    "ModelError",
    "OutputError",
    "Quote",
    "QuoteStatus",
    "Report",
    "Segment",
    "SegmentKind",
    "Side",
    "SourceStatus",
    "WordDiff",
    "compare",
    "compare_files",
    "read_document",
]

__version__ = "0.1.0"
