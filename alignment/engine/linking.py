"""Linking: a learned second look for the evidence around the counterparts the alignment rules chose.

The rules of :mod:`alignment.engine.align` decide, pair by pair, whether a source segment is a counterpart of a
derivative segment, and they are strict: a sentence that only names the claim's subject, gives its date or sets
it up is not a counterpart. Readers checking a claim want those sentences too. Here every related pair of a
derivative claim the rules linked (every source claim sharing two content words with it and not about other
things, and every rule's link) is scored at once by a
logistic regression over features of the pair and of its neighbourhood: how much of the claim it supports, how
it ranks against the claim's best source segment, whether it sits next to that segment or to a rule's link,
what it explains that the best does not, and whether the rules linked it. A rule's link it finds unlikely is
dropped (unless that would leave the claim unlinked: only a claim none of whose candidates it finds more likely
evidence than not, ``Config.min_link_probability``, loses its links); the pairs it finds likely that the rules
left out become ``context`` alignments, shown but counted in neither segment's share.

The weights are data (``link_model.json`` in the package), fitted by ``benchmarks/train_link_model.py`` on the
dev split of WiCE (Kamoi et al., 2023; annotations under ODC-BY) and nothing else; the test split only
measures them. Scoring is a few multiplications per related pair: no model to load, nothing downloaded.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from alignment.engine.match import Profile, Scores, share

__all__ = ["FEATURES", "SEMANTIC_FEATURES", "STATIC_FEATURES", "LinkModel", "link_features", "load_link_model",
           "relink"]

#: the features of a (derivative claim, source claim) pair, in the order of the model's weights
FEATURES = (
    "support",  # share of the derivative claim found in the source claim
    "coverage",  # share of the source claim found in the derivative claim
    "support_vs_best",  # support over the best support of any source claim for this derivative claim
    "inverse_rank",  # 1 / (1 + rank by support among the derivative claim's related source claims)
    "shared_words",  # distinct content words shared, up to 6, over 6
    "shared_names",  # names and numbers of the derivative claim found, up to 4, over 4
    "next_to_best",  # the sentence just before or after the best-supporting one
    "neighbour_support",  # the best support of the sentence just before or after
    "rule_link",  # the alignment rules linked the pair
    "length",  # log(1 + words of the source claim) / 5
    "best_support",  # the derivative claim's best support (how findable it is at all)
    "new_share",  # share of the derivative claim found here and not in the best-supporting source claim
    "next_to_rule_link",  # the sentence just before or after a pair the rules linked
)
#: the position of ``shared_names`` in a row of features
_SHARED_NAMES = FEATURES.index("shared_names")
#: with the semantic extra, the model of ``link_model_semantic.json`` also reads the embeddings' cosine
SEMANTIC_FEATURES = (
    *FEATURES,
    "cosine",  # cosine of the two segments' sentence embeddings
    "cosine_vs_best",  # the cosine over the best cosine of any related source claim
    "inverse_cosine_rank",  # 1 / (1 + rank by cosine)
)
#: with ``Config.static_vectors`` (and not the semantic extra), the model of ``link_model_static.json`` reads the
#: cosine of the static word-vector means (:mod:`alignment.engine.static_vectors`) the same three ways
STATIC_FEATURES = (
    *FEATURES,
    "static_cosine",  # cosine of the two segments' mean static word vectors
    "static_cosine_vs_best",  # the cosine over the best cosine of any related source claim
    "inverse_static_rank",  # 1 / (1 + rank by that cosine)
)
#: the model file of each feature set
_MODEL_FILES = {FEATURES: "link_model.json", SEMANTIC_FEATURES: "link_model_semantic.json",
                STATIC_FEATURES: "link_model_static.json"}


@dataclass(frozen=True)
class LinkModel:
    """A logistic regression over :data:`FEATURES` (or :data:`SEMANTIC_FEATURES`) and the rule that turns its
    probabilities into links."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    #: a pair is linked when its probability reaches this ...
    min_probability: float
    #: ... and this share of the derivative claim's best pair's probability ...
    min_relative: float
    #: ... and it is among the derivative claim's ``max_links`` most probable pairs.
    max_links: int
    #: where the weights come from, for people reading the file (scoring does not use it)
    trained_on: str = ""

    def probability(self, features: Sequence[float]) -> float:
        z = self.bias + sum(map(operator.mul, self.weights, features))  # each product, added in order
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def choose(self, probabilities: Sequence[tuple[float, int]]) -> set[int]:
        """Of ``(probability, id)`` pairs, the ids the selection rule keeps: the ``max_links`` most probable
        (ties by id) that reach ``min_probability`` and ``min_relative`` of the best."""
        if not probabilities:
            return set()
        floor = max(self.min_probability, self.min_relative * max(p for p, _ in probabilities))
        ranked = sorted(probabilities, key=lambda pi: (-pi[0], pi[1]))[: self.max_links]
        return {i for p, i in ranked if p >= floor}

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(self.features), "weights": list(self.weights), "bias": self.bias,
                "min_probability": self.min_probability, "min_relative": self.min_relative,
                "max_links": self.max_links, "trained_on": self.trained_on}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkModel:
        features = tuple(data["features"])
        if features not in _MODEL_FILES or len(data["weights"]) != len(features):
            msg = "link model: its features are not this version's; retrain it with benchmarks/train_link_model.py"
            raise ValueError(msg)
        return cls(features, tuple(float(w) for w in data["weights"]), float(data["bias"]),
                   float(data["min_probability"]),
                   float(data["min_relative"]), int(data["max_links"]), str(data.get("trained_on", "")))


@lru_cache(maxsize=3)
def load_link_model(semantic: bool = False, static: bool = False) -> LinkModel:
    """The model shipped with the package (read once): the lexical one, or the one that also reads the semantic
    extra's cosines, or (``static`` without ``semantic``) the static word vectors' cosines."""
    name = _MODEL_FILES[SEMANTIC_FEATURES if semantic else STATIC_FEATURES if static else FEATURES]
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return LinkModel.from_dict(json.loads(text))


def link_features(
    scores: Scores,
    deriv: Sequence[Profile],
    source_lengths: Sequence[int],
    rule_pairs: set[tuple[int, int]],
    candidates: Iterable[tuple[int, int]],
) -> dict[int, list[tuple[int, tuple[float, ...]]]]:
    """For each derivative claim of the ``candidates`` (pairs of ``scores``): its candidate source claims, in
    order, each with its :data:`FEATURES`, and the :data:`SEMANTIC_FEATURES` after them when ``scores`` has
    the semantic extra's cosines, else the :data:`STATIC_FEATURES` when it has static ones. ``source_lengths``:
    words per source segment."""
    return dict(_claim_features(scores, deriv, source_lengths, rule_pairs, candidates))


def _claim_features(
    scores: Scores,
    deriv: Sequence[Profile],
    source_lengths: Sequence[int],
    rule_pairs: set[tuple[int, int]],
    candidates: Iterable[tuple[int, int]],
) -> Iterator[tuple[int, list[tuple[int, tuple[float, ...]]]]]:
    """:func:`link_features` one derivative claim at a time, so that only one claim's rows are held at once (a
    long document has hundreds of thousands of candidate pairs, each row a tuple of 13 floats)."""
    by_d: dict[int, list[int]] = {}
    for d, s in sorted(candidates):
        by_d.setdefault(d, []).append(s)
    linked_by_d: dict[int, set[int]] = {}
    for d, s in rule_pairs:
        linked_by_d.setdefault(d, set()).add(s)
    found_of, coverage = scores.found, scores.coverage
    for d, cands in by_d.items():
        support = {s: scores.support[(d, s)] for s in cands}
        order = sorted(cands, key=lambda s: (-support[s], s))
        rank = {s: r for r, s in enumerate(order)}
        top = order[0]
        best = support[top]
        top_found = scores.found[(d, top)]
        own = deriv[d]
        keys, names = own.word_keys, own.names
        distinct = len(set(keys)) == len(keys)  # no repeated key: as many distinct keys found as words found
        linked = linked_by_d.get(d, set())
        pair_cosine = scores.semantic or scores.static  # the semantic extra's if any, else the static vectors'
        cosine = {s: pair_cosine.get((d, s), 0.0) for s in cands} if pair_cosine else {}
        if cosine:
            best_cosine = max(cosine.values())
            cosine_rank = {s: r for r, s in enumerate(sorted(cands, key=lambda s: (-cosine[s], s)))}
        rows_out = []
        for s in cands:
            pair = (d, s)  # one key tuple for both tables
            found = found_of[pair]
            semantic = (cosine[s], cosine[s] / best_cosine if best_cosine > 0 else 0.0,
                        1.0 / (1 + cosine_rank[s])) if cosine else ()
            rows_out.append((s, (
                support[s],
                coverage[pair],
                support[s] / best if best else 0.0,
                1.0 / (1 + rank[s]),
                min(len(found) if distinct else len({keys[i] for i in found}), 6) / 6,
                min(len(found & names), 4) / 4,
                float(abs(s - top) == 1),
                max(support.get(s - 1, 0.0), support.get(s + 1, 0.0)),
                float(s in linked),
                math.log1p(source_lengths[s]) / 5,
                best,
                share(own, found - top_found),
                float(s - 1 in linked or s + 1 in linked),
                *semantic,
            )))
        yield d, rows_out


def _shares_fact(d: int, rows: Sequence[tuple[int, tuple[float, ...]]], scores: Scores, own: Profile,
                 background: frozenset[int]) -> bool:
    """Does a candidate of derivative claim ``d`` (``rows``: its candidates and their features) find one of its
    names or numbers besides those of ``background``?"""
    names = own.names - background
    return any(not scores.found[(d, s)].isdisjoint(names) for s, x in rows if x[_SHARED_NAMES])


def relink(
    rule_pairs: set[tuple[int, int]], scores: Scores, deriv: Sequence[Profile], source_lengths: Sequence[int],
    model: LinkModel, candidates: Iterable[tuple[int, int]], min_claim: float = 0.0,
    background: Mapping[int, frozenset[int]] | None = None,
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """``(links, context)``: the rules' links the model keeps, and the pairs it adds as context.

    For each derivative claim among the ``candidates`` (the caller passes the pairs of the claims the rules
    linked, their links included, that share enough words and are not about different things), the model's choice is
    its most probable candidates (``max_links``) that reach ``min_probability`` and ``min_relative`` of its best.
    A rule's link outside the choice is dropped, unless the model keeps none of the claim's links (then they all
    stay: the model re-ranks a claim's counterparts, and unlinks a claim only by ``min_claim``, below); a chosen
    pair the rules left out is context. The model neither overrules an "added" nor links a claim about Ukraine to a
    sentence about Somalia.

    ``min_claim`` (``Config.min_link_probability``): a claim none of whose candidates reaches this probability,
    and none of whose candidates finds one of its names or numbers, loses its links and gets no context (a shared
    name or figure is a fact in common, which the rules' link keeps whatever the model's doubt). The rules link
    on shared words; a sentence that shares the statement's vocabulary and says something else ("This is really
    about our own resilience, as a nation, in the face of these attacks" beside a readout on the attacks) is one
    the model, which also reads how the pair ranks and what is around it, finds more likely not evidence than
    evidence.

    ``background``: for a derivative claim, the content words whose names are no fact in common for ``min_claim``
    (the texts' main actors, the names of an attribution: :class:`alignment.engine.align._Facts`): "Biden" in "Biden
    also took to X to share a video honoring those who died on September 11th, 2001" says whose story it is, which
    any sentence of the statement shares."""
    links, context = set(rule_pairs), set()
    background = background or {}
    rules_of: dict[int, set[tuple[int, int]]] = {}
    for p in rule_pairs:
        rules_of.setdefault(p[0], set()).add(p)
    for d, rows in _claim_features(scores, deriv, source_lengths, rule_pairs, candidates):
        probabilities = [(model.probability(x), s) for s, x in rows]
        rules = rules_of.get(d, set())
        if rules and max(p for p, _ in probabilities) < min_claim and not (
                _shares_fact(d, rows, scores, deriv[d], background[d]) if d in background
                else any(x[_SHARED_NAMES] for _, x in rows)):
            links -= rules  # no candidate is likely evidence, and none shares a name or number: unlinked
            continue
        chosen = {(d, s) for s in model.choose(probabilities)}
        if chosen & rules:
            links -= rules - chosen
        context |= chosen - rules
    return links, context
