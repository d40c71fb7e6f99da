"""The eight real press-release -> news pairs in ../shared (third-party text, never copied here).

Skipped when ../shared is absent. Checks what must hold on any real text: no crash, every offset
slices back, one valid status per segment, and every quote verified with a source span that slices
back to its text.
"""

from __future__ import annotations

import pytest

from alignment import compare_files

from tests.conftest import real_pairs
from tests.test_properties import _check_report

PAIRS = real_pairs()


@pytest.mark.skipif(not PAIRS, reason="../shared/corpus/real-pairs is absent")
@pytest.mark.parametrize("pair", PAIRS, ids=[p.name for p in PAIRS])
def test_real_pair(pair):
    r = compare_files(pair / "source.txt", pair / "derivative.txt")
    _check_report(r)
    assert any(s.status in ("supported", "partial") for s in r.derivative.segments)
    for q in r.quotes:
        assert q.status.value in ("exact", "near", "altered", "unsupported")
        if q.status.value in ("exact", "near"):
            assert q.source_text
