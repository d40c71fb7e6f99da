"""Loading the pipeline: spaCy's default CNN pipelines load without PyTorch (Thinc imports it whenever it is
installed: some 180 MB and seconds in every process, issue 17 item 3), and torch still imports afterwards for the
``semantic`` extra."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from tests.conftest import ROOT

_CHILD = """
import json, sys
from alignment.config import Config
from alignment.text.nlp import load_pipeline
nlp = load_pipeline(Config().model)
tags = [t.pos_ for t in nlp("The minister met reporters in London.")]
loaded = "torch" in sys.modules
import thinc.compat
answer = {"tags": tags, "torch_loaded": loaded, "thinc_has_torch": thinc.compat.has_torch}
try:
    import torch  # the semantic extra imports it on its own
    answer["torch_later"] = torch.tensor([1.0, 2.0]).sum().item()
except ImportError:
    answer["torch_later"] = None
print(json.dumps(answer))
"""


def test_the_default_pipeline_loads_without_torch_and_torch_still_imports_later():
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          check=True)
    answer = json.loads(done.stdout)
    assert answer["tags"][:3] == ["DET", "NOUN", "VERB"]
    assert answer["torch_loaded"] is False and answer["thinc_has_torch"] is False
    if importlib.util.find_spec("torch") is not None:
        assert answer["torch_later"] == 3.0
