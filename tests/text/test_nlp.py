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


#: words the lemmatizer's suffix rules and exceptions reach: irregular plurals, "-ies", "-ing", "-ed", comparatives
_LEMMA_SENTENCES = (
    "The geese were flying south while the mice ate the ripest berries and the best-known analyses were running.",
    "She had studied the studies, worried about the worries, and carried the cases the committees carried.",
    "Prices rose faster than wages; the agencies' leaders said the larger banks were lending less.",
)


def test_the_lemmatizer_word_lists_are_sets_and_give_spacys_lemmas(nlp):
    """``load_pipeline`` makes the rule lemmatizer's word lists sets (nlp._index_as_sets): the same lemmas, tags and
    labels as the pipeline spaCy loads, on words its suffix rules and exceptions reach."""
    import spacy

    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["ner"])
    assert not any(isinstance(words, frozenset) for words in
                   stock.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
    ours = list(nlp.pipe(_LEMMA_SENTENCES))
    for mine, theirs in zip(ours, stock.pipe(_LEMMA_SENTENCES), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in mine] == \
            [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs]
    lemmas = {t.text: t.lemma_ for doc in ours for t in doc}
    assert lemmas["geese"] == "goose" and lemmas["mice"] == "mouse" and lemmas["berries"] == "berry"
    assert lemmas["studies"] == "study" and lemmas["agencies"] == "agency"


def test_catalogues_entry_points_by_group_are_the_ones_its_snapshot_selects(nlp):
    """``load_pipeline`` answers catalogue's look-ups of the installed entry points by group from each group's own
    list (nlp._entry_points_by_group): the same entry points, in the same order and container, as the snapshot's
    own ``select``, for every installed group and for one installed nowhere; any other look-up goes to the original,
    and each answer is a copy of its own."""
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    if not isinstance(available, dict):  # Python 3.12's EntryPoints: left as it is
        assert "select" not in getattr(available, "__dict__", {})
        return
    assert "select" in vars(available)
    original = type(available).select
    groups = [*dict.keys(available), "spacy_factories", "spacy_no_such_group"]
    assert len(groups) > 2
    for group in groups:
        ours, theirs = available.select(group=group), original(available, group=group)
        assert type(ours) is type(theirs) and list(ours) == list(theirs), group
        assert available.select(group=group) is not ours
    assert not list(available.select(group="spacy_no_such_group"))
    assert [e.name for e in available.select(group="spacy_factories", name="no_such_factory")] == []
    for group in dict.keys(available):
        for entry in original(available, group=group):
            assert list(available.select(group=group, name=entry.name)) == \
                list(original(available, group=group, name=entry.name))
    assert available.select() is available
