"""The learned link model: what ships, how it re-ranks the rules' links, and that its training is reproducible."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alignment import Config, compare
from alignment.engine.align import align, link_candidates, related_pairs
from alignment.engine.linking import FEATURES, SEMANTIC_FEATURES, LinkModel, link_features, load_link_model, relink
from alignment.engine.match import profile_segments, score_pairs
from alignment.text.segment import segment_lines

from tests.conftest import benchmark_module

SOURCE = (
    "The ministers met in Geneva on Monday.\n"
    "Maria Lopez chaired the meeting of the trade ministers.\n"
    "She said the trade ministers agreed to cut tariffs on steel by half.\n"
    "The tariffs on steel had doubled in 2019.\n"
    "The weather in Geneva was cold and wet.\n"
    "Football fans gathered in the old town for the final.\n"
    "Half of the steel comes from abroad.\n"
)
ARTICLE = "Trade ministers agreed on Monday to cut steel tariffs by half, Lopez said.\n"
#: the same news without a name or a number
NAMELESS = "The trade ministers agreed to cut the tariffs on steel by half.\n"


def test_the_shipped_models_load_and_match_this_version() -> None:
    lexical, semantic = load_link_model(), load_link_model(semantic=True)
    assert lexical.features == FEATURES and len(lexical.weights) == len(FEATURES)
    assert semantic.features == SEMANTIC_FEATURES and len(semantic.weights) == len(SEMANTIC_FEATURES)
    for model in (lexical, semantic):
        assert 0.0 <= model.min_probability <= 1.0 and 0.0 <= model.min_relative <= 1.0 and model.max_links >= 1
        assert "WiCE dev" in model.trained_on
        assert LinkModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model


def test_a_model_of_other_features_is_refused_with_one_line() -> None:
    data = load_link_model().to_dict()
    data["features"] = [*data["features"][:-1], "something_else"]
    with pytest.raises(ValueError, match="retrain it"):
        LinkModel.from_dict(data)


def _pieces(source: str, derivative: str, config: Config):
    src, der = segment_lines(source, None, "S"), segment_lines(derivative, None, "D")
    src_prof, der_prof = profile_segments(
        [src, der], [[s.is_claim for s in src.segments], [s.is_claim for s in der.segments]])
    scores = score_pairs(der_prof, [i for i, s in enumerate(der.segments) if s.is_claim],
                         src_prof, [i for i, s in enumerate(src.segments) if s.is_claim])
    result = align(der, src, der_prof, src_prof, scores, config)
    rules = {(d, s) for d, ss in result.deriv_links.items() for s in ss}
    candidates = link_candidates(rules, related_pairs(der, src, der_prof, src_prof, scores, config))
    return src, der_prof, scores, rules, candidates


def _model(weights: dict[str, float], bias: float, min_probability: float = 0.5, max_links: int = 8) -> LinkModel:
    return LinkModel(FEATURES, tuple(weights.get(f, 0.0) for f in FEATURES), bias, min_probability, 0.0, max_links)


def test_relink_keeps_likely_rule_links_drops_the_rest_and_adds_context() -> None:
    src, der_prof, scores, rules, candidates = _pieces(SOURCE, ARTICLE, Config(link_model=False))
    assert rules and rules <= candidates
    lengths = [len(w) for w in src.words]
    features = link_features(scores, der_prof, lengths, rules, candidates)
    assert all(len(x) == len(FEATURES) for rows in features.values() for _, x in rows)
    # a model that asks more support of the rules' links than of the others: p >= 0.5 exactly when
    # 40 x support - 10 x rule_link - 2 >= 0
    model = _model({"support": 40.0, "rule_link": -10.0}, -2.0)
    links, context = relink(rules, scores, der_prof, lengths, model, candidates)
    chosen = {p for p in candidates if 40 * scores.support[p] - 10 * (p in rules) - 2 >= 0}
    assert rules - chosen and chosen - rules and chosen & rules  # it drops a link, adds one and keeps some
    assert links == rules & chosen
    assert context == chosen - rules
    # max_links bounds the choice, best first
    links1, context1 = relink(rules, scores, der_prof, lengths, _model({"support": 40.0}, -10.0, max_links=1),
                              candidates)
    best = min(candidates, key=lambda p: (-scores.support[p], p[1]))
    assert links1 | context1 == {best}
    # a model that believes in nothing unlinks nothing: the claim keeps the rules' links
    links0, context0 = relink(rules, scores, der_prof, lengths, _model({}, -20.0), candidates)
    assert (links0, context0) == (rules, set())


def test_relink_unlinks_a_claim_none_of_whose_candidates_reaches_min_claim() -> None:
    """``min_claim`` (``Config.min_link_probability``): a claim whose every candidate the model finds less likely
    evidence than that loses the rules' links and gets no context; a claim with one likely candidate is judged as
    before."""
    src, der_prof, scores, rules, candidates = _pieces(SOURCE, NAMELESS, Config(link_model=False))
    assert rules
    lengths = [len(w) for w in src.words]
    doubtful = _model({}, -20.0)  # p ~ 2e-9 for every pair
    assert relink(rules, scores, der_prof, lengths, doubtful, candidates, 0.5) == (set(), set())
    assert relink(rules, scores, der_prof, lengths, doubtful, candidates, 0.0) == (rules, set())
    model = _model({"support": 40.0}, -2.0)  # the best pair is likely
    assert relink(rules, scores, der_prof, lengths, model, candidates, 0.5) == \
        relink(rules, scores, der_prof, lengths, model, candidates)
    # a claim that shares a name or a number with a candidate keeps the rules' links whatever the model's doubt
    src, der_prof, scores, rules, candidates = _pieces(SOURCE, ARTICLE, Config(link_model=False))
    lengths = [len(w) for w in src.words]
    assert relink(rules, scores, der_prof, lengths, doubtful, candidates, 0.5) == (rules, set())
    # unless its names are ``background`` (here "Monday" and "Lopez" passed as such; the engine passes the texts'
    # main actors and the names of an attribution): whose story it is, no fact in common
    claim = next(d for d, _ in rules)
    names = frozenset(i for i in der_prof[claim].names if der_prof[claim].words[i].word.text in ("Monday", "Lopez"))
    assert len(names) == 2
    assert relink(rules, scores, der_prof, lengths, doubtful, candidates, 0.5, {claim: names}) == (set(), set())
    assert relink(rules, scores, der_prof, lengths, doubtful, candidates, 0.5, {claim: frozenset()}) == (rules, set())


def test_min_link_probability_unlinks_claims_the_rules_linked_but_not_a_quotation() -> None:
    """End to end: a probability no pair reaches unlinks every claim the rules linked that shares no name or number
    with the source (``added``), while a verified quotation still links its sentence; the default keeps the
    well-supported article sentence linked."""
    default = compare(SOURCE, NAMELESS)
    (seg,) = [s for s in default.derivative.segments if s.is_claim]
    assert seg.status != "added" and seg.aligned_to
    strict = compare(SOURCE, NAMELESS, Config(min_link_probability=1.0))
    (seg,) = [s for s in strict.derivative.segments if s.is_claim]
    assert (seg.status, seg.reason, seg.aligned_to) == ("added", "no_counterpart", ())
    assert not strict.alignments
    named = compare(SOURCE, ARTICLE, Config(min_link_probability=1.0))  # "Lopez", "Monday": facts in common
    assert [s.aligned_to for s in named.derivative.segments if s.is_claim] != [()]
    quoted = compare(SOURCE, "Lopez said “the trade ministers agreed to cut tariffs on steel by half.”\n",
                     Config(min_link_probability=1.0))
    (seg,) = [s for s in quoted.derivative.segments if s.is_claim]
    assert seg.status != "added" and seg.aligned_to == ("S3",), seg.reason
    with pytest.raises(ValueError, match="min_link_probability"):
        Config(min_link_probability=1.5).validate()


def test_context_links_are_shown_but_count_for_nothing(sample_report) -> None:
    r = sample_report
    context = [a for a in r.alignments if str(a.label) == "context"]
    assert context
    derivative, source = ({s.id: s for s in side.segments} for side in (r.derivative, r.source))
    for a in context:
        assert a.source_id not in derivative[a.derivative_id].aligned_to
        assert a.derivative_id not in source[a.source_id].aligned_to
        assert derivative[a.derivative_id].aligned_to  # context only around a counterpart
    # every other alignment is a link of both its segments
    links = {(a.derivative_id, a.source_id) for a in r.alignments if str(a.label) != "context"}
    assert links == {(s.id, t) for s in r.derivative.segments for t in s.aligned_to}
    # the model unlinks no claim: the claims with counterparts are those the rules alone link
    off = compare(r.source.text, r.derivative.text, r.config.replace(link_model=False))
    assert {s.id for s in off.derivative.segments if s.aligned_to} == \
        {s.id for s in r.derivative.segments if s.aligned_to}


def test_the_model_neither_links_an_added_claim_nor_a_different_subject() -> None:
    source = "Somalia's sovereignty and territorial integrity must be respected.\nThe talks will resume in May.\n"
    article = ("Ukraine's sovereignty and territorial integrity must be respected.\n"
               "Markets in Tokyo fell sharply after the announcement.\n")
    r = compare(source, article)
    assert not r.alignments
    assert all(s.status == "added" for s in r.derivative.segments)


def test_switched_off_the_rules_alone_decide() -> None:
    r = compare(SOURCE, ARTICLE, Config(link_model=False), source_segmentation="lines",
                derivative_segmentation="lines")
    assert all(str(a.label) != "context" for a in r.alignments)
    assert r.config.link_model is False


def _train_module():
    return benchmark_module("train_link_model")


def test_training_is_reproducible_and_writes_a_model_the_package_reads(tmp_path: Path) -> None:
    numpy = pytest.importorskip("numpy")  # spaCy's dependency; the training script's only extra need
    assert numpy
    evidence = [line for line in SOURCE.splitlines()]
    rows = []
    for claim, gold in (("Trade ministers agreed to cut steel tariffs by half.", [[2], [1, 2]]),
                        ("Maria Lopez chaired the meeting in Geneva on Monday.", [[0, 1]]),
                        ("Steel tariffs had doubled in 2019, Lopez said.", [[3, 2]]),
                        ("Fans gathered in the old town of Geneva.", [[5]])):
        rows.append({"claim": claim, "evidence": evidence, "label": "supported", "supporting_sentences": gold})
    lines = "".join(json.dumps(r) + "\n" for r in rows)
    for name in ("entailment_retrieval_claim_dev.jsonl", "non_supported_tokens_dev.jsonl"):
        (tmp_path / name).write_text(lines, encoding="utf-8")
    train = _train_module()
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert train.main(["--data", str(tmp_path), "--out", str(out1)]) == 0
    assert train.main(["--data", str(tmp_path), "--out", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    model = LinkModel.from_dict(json.loads(out1.read_text(encoding="utf-8")))
    assert model.features == FEATURES and model.trained_on.startswith("WiCE dev (4 claims")


def test_training_without_the_data_says_so(tmp_path: Path, capsys) -> None:
    assert _train_module().main(["--data", str(tmp_path / "absent")]) == 1
    assert "WiCE data not found" in capsys.readouterr().err
