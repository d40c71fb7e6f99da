"""The issuer a source names most is chosen the same way whatever the hash seed: a tie for the third place goes to the
name met first (the names of a segment are counted in word order, not through a set). The sentences are our own."""

from __future__ import annotations

import os
import subprocess
import sys

# four names, each in the same three sentences: a tie for every place of the three names counted most
SOURCE = ("Alder, Birch, Cedar and Dogwood met in Springfield on Monday. Alder, Birch, Cedar and Dogwood agreed a "
          "plan for the river. Alder, Birch, Cedar and Dogwood will meet again in May.")

PROGRAM = f"""
from alignment.config import Config
from alignment.engine.discrepancies import source_names
from alignment.text.nlp import load_pipeline
from alignment.text.segment import segment
config = Config()
src = segment({SOURCE!r}, load_pipeline(config.model), config, "S")
print(sorted(source_names(src).issuers))
"""


def test_the_issuers_of_a_tie_do_not_depend_on_the_hash_seed():
    seen = set()
    for seed in ("1", "2", "3", "4", "5"):
        done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        seen.add(done.stdout.strip())
    assert len(seen) == 1, seen
    issuers = seen.pop()
    assert "alder" in issuers and "birch" in issuers and "cedar" in issuers and "dogwood" not in issuers
