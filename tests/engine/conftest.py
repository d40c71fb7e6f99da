"""Fixtures of the engine's tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze():
    """A text segmented as the tool does (``analyze(text, prefix)``: the ``Analyzed`` of ``segment``)."""
    from alignment.config import Config
    from alignment.text.nlp import load_pipeline
    from alignment.text.segment import segment

    config = Config()
    return lambda text, prefix: segment(text, load_pipeline(config.model), config, prefix)
