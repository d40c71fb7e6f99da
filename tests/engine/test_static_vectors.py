"""Static word vectors (WordLlama's, read from the installed package): cosines, determinism, the link model that
reads them, and a clear error when they are missing."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from alignment import Config, compare
from alignment.engine import static_vectors
from alignment.engine.linking import (
    FEATURES,
    SEMANTIC_FEATURES,
    STATIC_FEATURES,
    LinkModel,
    link_features,
    load_link_model,
)
from alignment.engine.static_vectors import SCALE_BITS, available, load_static_vectors, static_cosines
from alignment.errors import ModelError
from alignment.text.segment import segment_lines

from tests.engine.test_linking import ARTICLE, SOURCE, _pieces, _train_module

#: without importing wordllama (its import configures the root logger): a skip that names it fails under
#: PRESSALIGN_REQUIRE_EXTRAS=1 (tests/extras.py)
needs_vectors = pytest.mark.skipif(not available(),
                                   reason="wordllama is not installed (pip install 'pressalign[static]')")


@needs_vectors
def test_a_sentence_is_its_own_nearest_and_cosines_are_exact_and_symmetric() -> None:
    vectors = load_static_vectors()
    texts = ["The committee voted unanimously to raise the rate.", "Heart problems were rare in the trial.",
             "Football fans gathered in the old town."]
    rows = vectors.encode(texts)
    assert rows.dtype == np.int64 and rows.shape == (3, vectors.dimension)
    # unit vectors to the rounding of 2**-SCALE_BITS per component
    norms = np.sqrt((rows.astype(np.float64) ** 2).sum(axis=1)) / (1 << SCALE_BITS)
    assert np.all(np.abs(norms - 1.0) < 1e-4)
    a = [t for t in texts for _ in texts]
    b = [u for _ in texts for u in texts]
    cos = np.array(vectors.cosines(a, b)).reshape(3, 3)
    assert np.array_equal(cos, cos.T)  # integer dot products: exactly symmetric
    assert np.all(np.abs(np.diag(cos) - 1.0) < 1e-4)
    assert all(cos[i, i] > cos[i, j] for i in range(3) for j in range(3) if i != j)
    assert vectors.cosines(a, b) == vectors.cosines(a, b)  # the same, bit for bit


@needs_vectors
def test_paraphrases_score_above_unrelated_pairs() -> None:
    vectors = load_static_vectors()
    for phrase, paraphrase, unrelated in (
            ("heart problems", "cardiovascular events", "25 basis points"),
            ("a quarter point rise", "25 basis points", "heart problems"),
            ("The committee voted unanimously", "All members of the committee voted for the action",
             "Fans gathered in the old town")):
        assert vectors.similarity(phrase, paraphrase) > vectors.similarity(phrase, unrelated) + 0.1


@needs_vectors
def test_a_text_without_tokens_has_cosine_zero_and_one_string_is_refused() -> None:
    vectors = load_static_vectors()
    assert vectors.similarity("", "The committee met.") == 0.0
    assert vectors.encode([]).shape == (0, vectors.dimension)
    with pytest.raises(TypeError):
        vectors.encode("one string")
    with pytest.raises(ValueError, match="same length"):
        vectors.cosines(["a"], [])


@needs_vectors
def test_the_static_link_model_reads_three_more_features() -> None:
    model = load_link_model(static=True)
    assert model.features == STATIC_FEATURES and len(model.weights) == len(STATIC_FEATURES)
    assert "WiCE dev" in model.trained_on
    assert LinkModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model
    assert load_link_model(semantic=True, static=True).features == SEMANTIC_FEATURES  # the extra's model wins
    src, der_prof, scores, rules, candidates = _pieces(SOURCE, ARTICLE, Config(link_model=False))
    cosines = static_cosines(scores, segment_lines(ARTICLE, None, "D"), src)
    assert set(cosines) == set(scores.support)
    assert all(-1.0 <= c <= 1.0 for c in cosines.values())
    lengths = [len(w) for w in src.words]
    plain = link_features(scores, der_prof, lengths, rules, candidates)
    static = link_features(replace(scores, static=cosines), der_prof, lengths, rules, candidates)
    assert all(len(x) == len(FEATURES) for rows in plain.values() for _, x in rows)
    for d, rows in static.items():
        best = max(cosines[(d, s)] for s, _ in rows)
        for (s, x), (_, y) in zip(rows, plain[d], strict=True):
            assert len(x) == len(STATIC_FEATURES) and x[:len(FEATURES)] == y  # the lexical features unchanged
            assert x[len(FEATURES)] == cosines[(d, s)]
            assert x[len(FEATURES) + 1] == pytest.approx(cosines[(d, s)] / best)


@needs_vectors
def test_compare_with_the_static_vectors_is_deterministic_and_slices_back() -> None:
    config = Config(static_vectors=True)
    first, second = compare(SOURCE, ARTICLE, config), compare(SOURCE, ARTICLE, config)
    assert json.dumps(first.to_dict()) == json.dumps(second.to_dict())
    assert first.config.static_vectors is True
    for side in (first.source, first.derivative):
        for seg in side.segments:
            assert side.text[seg.start:seg.end] == seg.text
    assert first.derivative.segments[0].aligned_to  # the claim is still linked


def test_missing_vectors_are_one_clear_error(monkeypatch) -> None:
    monkeypatch.setattr(static_vectors, "_package_dir", lambda: None)
    load_static_vectors.cache_clear()
    try:
        assert not available()
        with pytest.raises(ModelError, match="static") as err:
            load_static_vectors()
        assert "\n" not in str(err.value)
        with pytest.raises(ModelError, match="static"):  # asked for through the config: the same one line
            compare(SOURCE, ARTICLE, Config(static_vectors=True))
        assert compare(SOURCE, ARTICLE).derivative.segments  # the default never needs them
    finally:
        load_static_vectors.cache_clear()


@needs_vectors
def test_training_the_static_model_reads_its_features(tmp_path) -> None:
    evidence = SOURCE.splitlines()
    rows = [{"claim": claim, "evidence": evidence, "label": "supported", "supporting_sentences": gold}
            for claim, gold in (("Trade ministers agreed to cut steel tariffs by half.", [[2], [1, 2]]),
                                ("Maria Lopez chaired the meeting in Geneva on Monday.", [[0, 1]]),
                                ("Steel tariffs had doubled in 2019, Lopez said.", [[3, 2]]))]
    lines = "".join(json.dumps(r) + "\n" for r in rows)
    for name in ("entailment_retrieval_claim_dev.jsonl", "non_supported_tokens_dev.jsonl"):
        (tmp_path / name).write_text(lines, encoding="utf-8")
    train = _train_module()
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert train.main(["--static", "--data", str(tmp_path), "--out", str(out1)]) == 0
    assert train.main(["--static", "--data", str(tmp_path), "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert LinkModel.from_dict(json.loads(out1.read_text(encoding="utf-8"))).features == STATIC_FEATURES
