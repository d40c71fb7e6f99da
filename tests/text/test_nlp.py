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


#: sentences that reach the attribute ruler's patterns of every kind: tag and text ("is", "'s", "n't", "have"),
#: regular expressions ("nothin'"), dependency labels ("it" as an object, "did" as a main verb, "that" as a pronoun),
#: two-token patterns ("gonna", "gotta", "let's", "y'all", "ain't", "there is") and whitespace tokens
_RULER_SENTENCES = (
    "The agency's report isn't final, and it's not clear that the board will approve it.",
    "We're gonna need more time; y'all know we ain't got nothin' to show yet.",
    "Let's be clear: there is no plan, and there are no talks.\n\nShe did it because she had to.",
    "I told you that this was what they wanted, but you gave it to me anyway.",
    "You gotta see this:  the ministers have met twice and do have a draft.",
    "Those are the ones that matter; which of these did the committee pick?",
)


def test_the_attribute_ruler_finds_what_spacys_matcher_finds(nlp):
    """``load_pipeline`` gives the attribute ruler a faster ``match`` (nlp._match_by_token): the same matches, in
    the same order, as spaCy's own, and so the same POS, morphology and lemmas, on sentences that reach every kind
    of its patterns."""
    import spacy
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # replaced on this instance
    for doc in nlp.pipe(_RULER_SENTENCES, disable=["attribute_ruler", "lemmatizer"]):
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    stock = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["ner"])
    ours = list(nlp.pipe(_RULER_SENTENCES))
    for mine, theirs in zip(ours, stock.pipe(_RULER_SENTENCES), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in mine] == \
            [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs]
    lemmas = {t.text: t.lemma_ for doc in ours for t in doc}
    assert lemmas["gon"] == "go" and lemmas["got"] == "get" and lemmas["nothin'"] == "nothing"


def test_a_ruler_with_patterns_of_another_kind_is_left_as_it_is():
    """A pattern with an operator (its length is not fixed) or reading another attribute keeps spaCy's ``match``."""
    import spacy

    from alignment.text.nlp import _match_by_token

    for pattern in ([{"LOWER": "very", "OP": "+"}], [{"POS": "NOUN"}]):
        nlp = spacy.blank("en")
        nlp.add_pipe("attribute_ruler").add([pattern], {"LEMMA": "x"})
        _match_by_token(nlp)
        assert "match" not in vars(nlp.get_pipe("attribute_ruler"))
