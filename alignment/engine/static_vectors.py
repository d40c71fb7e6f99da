"""Static word embeddings: a sentence's meaning as the mean of its tokens' vectors, and the cosine of two.

The vectors are WordLlama's (``wordllama`` on PyPI, MIT; D. Lee Miller, 2024): a 32,000-token table of 256
dimensions (float16, 16 MB) distilled from the token embeddings of large language models, with the LLaMA-2
tokenizer, both shipped inside the wheel. A sentence's vector is the average of its tokens' rows, as WordLlama
pools them; the cosine of two such vectors is a signal of meaning that costs a table look-up per token: no model
runs, nothing is downloaded. The files are read from the installed package's folder (found without importing it:
``import wordllama`` configures the root logger and imports its download code, neither of which is needed here).

**Deterministic on any machine.** A sentence's vector is the sum of float16 rows, done in float64 (exact for any
sentence under 8,192 tokens: each value is a multiple of 2**-24 under 2**16, so a sum stays within 53 bits),
normalised with an exactly rounded sum of squares (``math.fsum``) and rounded to integers of 2**-20; a cosine is
then an integer dot product (exact in numpy's int64, whatever the order) over 2**40. So a cosine does not depend
on a BLAS kernel, a SIMD width or a thread count.

Used by the link model (:mod:`alignment.engine.linking`) when ``Config.static_vectors`` is on (the ``static``
extra installs ``wordllama``): the cosines of the lexically related pairs only, so the cost follows the candidate
pairs, not the square of the document length. Measured with ``benchmarks/static_embeddings.py``, it does not make
the links better, so it is off by default (docs/accuracy.md, "Static word embeddings").
"""

from __future__ import annotations

import importlib.util
import math
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from alignment.errors import ModelError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from alignment.engine.match import Scores
    from alignment.text.segment import Analyzed

__all__ = ["StaticVectors", "available", "load_static_vectors", "static_cosines"]

#: the files inside the installed ``wordllama`` package
_WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
_TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
_TENSOR = "embedding.weight"
#: a unit vector's components are kept as integers of 2**-SCALE_BITS, so a dot product is exact in int64
SCALE_BITS = 20
#: cosines computed per call in chunks of this many pairs (each chunk holds two int64 arrays of 256 columns)
CHUNK = 4096
_INSTALL_TIP = """pip install ".[static]" (wordllama: MIT, a ~19 MB wheel with its vectors)"""


def _package_dir() -> Path | None:
    """The installed ``wordllama`` package's folder, found without importing the package."""
    try:
        spec = importlib.util.find_spec("wordllama")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def available() -> bool:
    """Whether the vectors and tokenizer are installed (nothing is imported or loaded)."""
    folder = _package_dir()
    return folder is not None and (folder / _WEIGHTS).is_file() and (folder / _TOKENIZER).is_file()


class StaticVectors:
    """A token-vector table with its tokenizer. Nothing is cached between calls: a batch of many documents does
    not grow the process (a sentence's vector costs a tokenisation and a table look-up)."""

    def __init__(self, table: np.ndarray, tokenizer: Tokenizer, name: str) -> None:
        self.name = name
        self.dimension = int(table.shape[1])
        self._table = table  # float16, read-only
        self._tokenizer = tokenizer
        self._lock = threading.Lock()  # a tokenizers.Tokenizer is not documented as safe to share between threads

    def __repr__(self) -> str:
        return f"StaticVectors({self.name!r}, dimension={self.dimension})"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """The quantised unit vectors of ``texts`` (int64, shape ``(len(texts), dimension)``): the mean of each
        text's token rows, normalised, times 2**:data:`SCALE_BITS`, rounded. A text with no token is all zeros."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.int64)
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        rows: np.ndarray = np.stack([self._vector(enc.ids) for enc in encodings])
        return rows

    def _vector(self, ids: Sequence[int]) -> np.ndarray:
        ids = [i for i in ids if 0 <= i < len(self._table)]
        if not ids:
            return np.zeros(self.dimension, dtype=np.int64)
        return _quantised(self._table[ids].astype(np.float64).sum(axis=0))  # exact: see the module's docstring

    def encode_weighted(self, sentences: Sequence[tuple[Sequence[str], Sequence[float]]]) -> np.ndarray:
        """Like :meth:`encode`, for sentences given as words and their weights: the weighted sum of the words'
        vectors (each the mean of its tokens' rows), normalised and quantised."""
        distinct = list(dict.fromkeys(w for words, _ in sentences for w in words))
        with self._lock:
            encodings = self._tokenizer.encode_batch(distinct, add_special_tokens=False) if distinct else []
        word_rows: dict[str, np.ndarray] = {}
        for word, enc in zip(distinct, encodings, strict=True):
            ids = [i for i in enc.ids if 0 <= i < len(self._table)]
            if ids:
                word_rows[word] = self._table[ids].astype(np.float64).sum(axis=0) / len(ids)
        out = np.zeros((len(sentences), self.dimension), dtype=np.int64)
        for n, (words, weights) in enumerate(sentences):
            total = np.zeros(self.dimension, dtype=np.float64)
            for word, weight in zip(words, weights, strict=True):
                if weight > 0 and word in word_rows:
                    total += weight * word_rows[word]
            out[n] = _quantised(total)
        return out

    def cosines(self, a_texts: Sequence[str], b_texts: Sequence[str]) -> list[float]:
        """The cosine of ``a_texts[i]`` with ``b_texts[i]``, for each i (the two sequences pair up); each distinct
        text is embedded once."""
        if len(a_texts) != len(b_texts):
            raise ValueError("cosines() pairs the two sequences: they must have the same length")
        distinct = list(dict.fromkeys([*a_texts, *b_texts]))
        rows = self.encode(distinct)
        where = {t: i for i, t in enumerate(distinct)}
        a_idx = np.array([where[t] for t in a_texts], dtype=np.intp)
        b_idx = np.array([where[t] for t in b_texts], dtype=np.intp)
        out: list[float] = []
        for lo in range(0, len(a_idx), CHUNK):
            dots = np.einsum("ij,ij->i", rows[a_idx[lo:lo + CHUNK]], rows[b_idx[lo:lo + CHUNK]])
            out.extend((dots / float(1 << (2 * SCALE_BITS))).tolist())
        return out

    def similarity(self, a: str, b: str) -> float:
        """The cosine of two texts' vectors (for "heart problems" and "cardiovascular events", 0.34)."""
        return self.cosines([a], [b])[0]


def _quantised(total: np.ndarray) -> np.ndarray:
    """``total`` (float64) as a unit vector in integers of 2**-SCALE_BITS; zeros when it is zero."""
    norm = math.sqrt(math.fsum(v * v for v in total.tolist()))
    if norm == 0.0:
        return np.zeros(len(total), dtype=np.int64)
    quantised: np.ndarray = np.rint(total * (float(1 << SCALE_BITS) / norm)).astype(np.int64)
    return quantised


@lru_cache(maxsize=1)
def load_static_vectors() -> StaticVectors:
    """WordLlama's 256-dimension vectors, loaded once per process from the installed package (about 0.1 s and
    33 MB). Raises :class:`~alignment.errors.ModelError` (one line) when they are not installed or unreadable."""
    folder = _package_dir()
    if folder is None or not available():
        raise ModelError(f"the static word vectors are not installed: {_INSTALL_TIP}")
    try:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(folder / _TOKENIZER))
        table = load_file(str(folder / _WEIGHTS))[_TENSOR]
    except Exception as exc:  # ImportError, OSError, KeyError, the libraries' own errors for broken files
        msg = f"the static word vectors could not be loaded from {folder}: {exc}".splitlines()[0]
        raise ModelError(msg) from None
    if table.ndim != 2 or table.shape[0] < tokenizer.get_vocab_size() // 2:
        msg = f"the static word vectors in {folder} have an unexpected shape {table.shape}"
        raise ModelError(msg)
    table = np.ascontiguousarray(table, dtype=np.float16)
    table.setflags(write=False)
    return StaticVectors(table, tokenizer, "wordllama l2_supercat_256")


def static_cosines(scores: Scores, der: Analyzed, src: Analyzed) -> dict[tuple[int, int], float]:
    """The static-vector cosine of each pair the lexical pass found, by segment index: each segment's vector is
    the mean of its tokens' rows (WordLlama's own pooling)."""
    wanted = sorted(scores.support)
    if not wanted:
        return {}
    d_rows = sorted({d for d, _ in wanted})
    s_rows = sorted({s for _, s in wanted})
    vectors = load_static_vectors()
    d_vecs = vectors.encode([der.segments[d].text for d in d_rows])
    s_vecs = vectors.encode([src.segments[s].text for s in s_rows])
    return _pair_cosines(wanted, d_rows, d_vecs, s_rows, s_vecs)


def _pair_cosines(wanted: Sequence[tuple[int, int]], d_rows: Sequence[int], d_vecs: np.ndarray,
                  s_rows: Sequence[int], s_vecs: np.ndarray) -> dict[tuple[int, int], float]:
    """The cosine of each pair of ``wanted`` from the quantised vectors of its two segments (exact integers)."""
    d_pos = {d: i for i, d in enumerate(d_rows)}
    s_pos = {s: j for j, s in enumerate(s_rows)}
    a = np.array([d_pos[d] for d, _ in wanted], dtype=np.intp)
    b = np.array([s_pos[s] for _, s in wanted], dtype=np.intp)
    out: list[float] = []
    for lo in range(0, len(a), CHUNK):
        dots = np.einsum("ij,ij->i", d_vecs[a[lo:lo + CHUNK]], s_vecs[b[lo:lo + CHUNK]])
        out.extend((dots / float(1 << (2 * SCALE_BITS))).tolist())
    return dict(zip(wanted, out, strict=True))
