"""Compare an official text with the reporting written from it.

>>> from alignment import compare, Config   # doctest: +SKIP
>>> report = compare(statement_text, article_text, Config())   # doctest: +SKIP

Importing the package loads nothing heavy: spaCy is loaded on the first comparison, once.
"""

from alignment.api import compare, compare_files
from alignment.config import Config
from alignment.errors import AlignmentError, ConfigError, InputError, ModelError, OutputError
from alignment.model import (
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
from alignment.report import Report, Side
from alignment.text.reading import Document, read_document

__all__ = [
    "Alignment",
    "AlignmentError",
    "AlignmentLabel",
    "Config",
    "ConfigError",
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
