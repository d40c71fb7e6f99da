"""Turning pair scores into alignments, labels and segment statuses.

Alignment is many-to-many and order-free. Each derivative claim takes the source claims that
explain most of it, greedily: the best first, then others only while each adds enough content not
yet explained (``min_gain``); weaker counterparts, each too little on its own, then join while each
adds ``weak_gain`` (an article sentence that draws on several statement sentences). Each source
claim does the same over derivative claims, so a source sentence split across two article
sentences, or two source claims merged into one article sentence, are both found. The alignment
set is the union of both directions. Last, a source sentence next to a chosen counterpart joins when
it finds a name or number of the derivative claim that the counterparts leave out (``context_gain``):
the sentence that introduces the person a counterpart calls "he"; or when it repeats several of the
claim's words (``context_min_shared``), as context that adds nothing to the claim's support.
Then the learned link model (:mod:`alignment.engine.linking`, ``Config.link_model``) looks again at each derivative
claim the rules linked: it drops a link it finds unlikely, and adds as ``context`` alignments the related
source claims it finds likely evidence that the rules left out (the sentence around a counterpart that names,
dates or sets up what it says). Context alignments are in neither segment's ``aligned_to`` and count in
neither share.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import LCSseq

from alignment.config import Config
from alignment.engine.linking import load_link_model, relink
from alignment.engine.match import Profile, Scores, fuzzy_scores, share
from alignment.engine.quotes import SPEECH_KEYS
from alignment.engine.statuses import added_though_linked
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import Alignment, AlignmentLabel, Detail, Segment, SegmentKind
from alignment.text.normalize import MAX_DAY, Word, fold_word, stem, words
from alignment.text.segment import Analyzed, TaggedWord, enumerated, is_question, title_line

__all__ = ["AlignmentResult", "align", "derivative_is_long", "in_frame"]


@dataclass(frozen=True)
class AlignmentResult:
    alignments: tuple[Alignment, ...]
    deriv_links: dict[int, tuple[int, ...]]  # derivative index -> aligned source indices
    source_links: dict[int, tuple[int, ...]]  # source index -> aligned derivative indices
    deriv_share: dict[int, float]  # share of each derivative claim found in its aligned sources
    source_share: dict[int, float]  # share of each source claim found in its aligned derivatives
    deriv_found: dict[int, frozenset[int]]  # content-word indices of each derivative claim found
    #: the numbers of each source claim that its counterparts report (their texts, in order): the claim's figures
    source_figures: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: the derivative and the source claims whose every link is slight (:func:`_slight`)
    slight_deriv: frozenset[int] = frozenset()
    slight_source: frozenset[int] = frozenset()
    #: the source claims that reach ``min_coverage`` only with the words of derivative claims that are themselves
    #: ``added`` (:func:`_adds_own`): such a claim is at most partial
    covered_by_added: frozenset[int] = frozenset()
    #: the derivative claims that give a figure of a table's row they link to (:func:`_row_figure`): their names
    #: the source lacks are the row's label written out ("Mississippi" for the row "MS 417,200 316,400")
    restates_row: frozenset[int] = frozenset()
    #: the derivative is long for its source (:func:`derivative_is_long`): its slight links are chance meetings
    long_derivative: bool = False
    #: the content words of each linked derivative claim in the reporter's frame around what it reports
    #: (:func:`_frame`): who said it and where
    deriv_frame: dict[int, frozenset[int]] = field(default_factory=dict)
    #: the derivative claims whose links are scattered (:func:`_scattered`): two or more, none near a restatement
    scattered_deriv: frozenset[int] = frozenset()


def _names(profile: Profile) -> set[str]:
    """Keys of the names and numbers of a segment."""
    return {profile.word_keys[i] for i in profile.names}


#: keys of the names of months and weekdays: a date says when, not what a sentence is about
_DATE_KEYS = frozenset(stem(fold_word(w)) for w in _LANG.months | _LANG.conflicts.weekdays)


def _subjects(profile: Profile) -> set[str]:
    """Keys of the names and numbers of a segment that say what it is about: all but months and weekdays ("At
    the meeting in March, researchers will give the risk of non-fatal stroke" is about the trial's stroke risk,
    like the statement's sentence on that risk, which names the trial and not the month)."""
    return _names(profile) - _DATE_KEYS


def _block_names(doc: Analyzed, profiles: Sequence[Profile]) -> dict[int, set[str]]:
    """The names and numbers of each block (dates aside, see :func:`_subjects`): the context a claim cut from a
    run-on sentence keeps."""
    out: dict[int, set[str]] = {}
    for seg, prof in zip(doc.segments, profiles, strict=False):
        out.setdefault(seg.block, set()).update(_subjects(prof))
    return out


#: a name found in at least this share of the claims of each text (and in two claims of each, at least) is one of
#: the texts' main actors: the country, company or drug the whole pair is about, which most sentences name
_BACKGROUND_SHARE = 0.1


def _running(seg: Segment) -> bool:
    """Is a segment a claim of the running text, not a table's row? A fact sheet's table of fifty states' grants
    is fifty claims, one figure each: counted as sentences they would make the text look three times longer than
    it reads and dilute how often it names its main actors (:func:`background_keys`, :func:`derivative_is_long`)."""
    return seg.is_claim and seg.kind is not SegmentKind.TABLE_ROW


def background_keys(docs: tuple[Analyzed, Analyzed], profiles: tuple[Sequence[Profile], Sequence[Profile]],
                    ) -> frozenset[str]:
    """Keys of the names (not numbers) of the texts' main actors: each found in :data:`_BACKGROUND_SHARE` of the
    claims of both texts, and in two claims of each at least. Sharing one says that two sentences come from
    the same story, not that they say the same thing."""
    shares: list[dict[str, float]] = []
    for doc, profs in zip(docs, profiles, strict=True):
        counts: dict[str, int] = {}
        rows = [prof for seg, prof in zip(doc.segments, profs, strict=False) if _running(seg)]
        for prof in rows:
            for key in {prof.word_keys[i] for i in prof.names if prof.words[i].word.kind != "number"}:
                counts[key] = counts.get(key, 0) + 1
        shares.append({k: n / len(rows) for k, n in counts.items() if n >= 2})
    return frozenset(k for k, v in shares[0].items() if min(v, shares[1].get(k, 0.0)) >= _BACKGROUND_SHARE)


#: keys of the words of office ("President", "Secretary"): in the source's title, the names after one are a person
_TITLE_KEYS = frozenset(stem(fold_word(w)) for w in _LANG.conflicts.titles)
#: the suffixes after a name ("Joseph R. Biden, Jr."), among the words of office in the lang tables: no office
_SUFFIX_KEYS = frozenset(stem(fold_word(w)) for w in _LANG.conflicts.name_suffixes)
#: a signature: the text's last line, a name in capitals of two to five words ("JOSEPH R. BIDEN JR.")
_SIGNATURE_WORDS = (2, 5)


def signer_keys(doc: Analyzed, office: bool = True) -> frozenset[str]:
    """Keys of the name of the one who signs the official text ``doc`` and speaks in it in the first person, and of
    their office: the names after a word of office in its title line ("Statement by President Joe Biden on ..."),
    after "I, " ("I, DONALD J. TRUMP, President of the United States", with the office after it: lang
    ``signer_opening``), or in a signature on its last line in capitals ("JOSEPH R. BIDEN JR."). Initials and
    suffixes ("J.", "Jr.") are no part of it, nor, with ``office`` false, the word of office. Empty when the text
    names no signer."""
    keys: set[str] = set()

    def add(run: Sequence[Word]) -> None:
        keys.update(w.key for w in run if len(w.norm) > 1 and w.key not in _SUFFIX_KEYS)

    title = title_line(doc)
    if title is not None:
        tagged = doc.words[title]
        for k, t in enumerate(tagged):
            w = t.word
            if w.key not in _TITLE_KEYS or w.key in _SUFFIX_KEYS or not w.text[:1].isupper():
                continue
            run: list[Word] = []
            for x in tagged[k + 1:k + 5]:  # the names right after it, only spaces and initials' stops between
                if not x.is_name or x.word.kind == "number" or x.word.key in _TITLE_KEYS or doc.text[
                        (run[-1] if run else w).end:x.word.start].strip(" ."):
                    break
                run.append(x.word)
            if run:  # the first word of office with a name: "President Joe Biden", not "... of Senator Orrin Hatch"
                if office:
                    keys.add(w.key)
                add(run)
                break
    if _LANG.signer_opening is not None:
        m = _LANG.signer_opening.search(doc.text)
        if m:
            add(words(m.group(1)))
            after = words(doc.text, m.end(), min(len(doc.text), m.end() + 40))
            if office and after and after[0].key in _TITLE_KEYS:
                keys.add(after[0].key)
    last = doc.text.rstrip().rsplit("\n", 1)[-1].strip()
    if last.isupper() and _SIGNATURE_WORDS[0] <= len(last.split()) <= _SIGNATURE_WORDS[1] and not any(
            c.isdigit() for c in last):
        add(words(last))
    return frozenset(keys)


def _with_signer(scores: Scores, deriv: Sequence[Profile], source_doc: Analyzed) -> Scores:
    """``scores`` with the signer of a first-person official text found where it speaks: a source claim that says
    "I", "me" or "my" (lang ``first_person``) holds its signer (:func:`signer_keys`), so the article's "Biden" and
    "President" of "President Biden signed the order" are found in "I signed the order". Only the pairs that share
    a word already change (their support); the source's words, and every other pair, are as they were."""
    signer = signer_keys(source_doc)
    if not signer:
        return scores
    speaking = {s for s, tagged in enumerate(source_doc.words)
                if source_doc.segments[s].is_claim and any(t.word.norm in _LANG.first_person for t in tagged)}
    found, support = dict(scores.found), dict(scores.support)
    for (d, s), f in scores.found.items():
        if s not in speaking:
            continue
        extra = frozenset(i for i, k in enumerate(deriv[d].word_keys) if k in signer) - f
        if extra:
            found[(d, s)] = f | extra
            support[(d, s)] = max(support[(d, s)], share(deriv[d], f | extra))
    return replace(scores, found=found, support=support)


def _plain(profile: Profile, background: frozenset[str]) -> frozenset[int]:
    """Indices of the content words of ``profile`` that do not make two segments related: verbs that report
    speech, and the names of the texts' main actors (``background``)."""
    return frozenset(i for i, t in enumerate(profile.words)
                     if profile.word_keys[i] in background
                     or (t.pos == "VERB" and (t.lemma_key in SPEECH_KEYS or t.word.key in SPEECH_KEYS)))


def _attributed(words: Sequence[TaggedWord], profile: Profile, text: str) -> frozenset[int]:
    """Indices of the content words of ``profile`` (``words`` all the segment's words, ``text`` the document's
    text) in an attribution anywhere in it: "according to" and what follows up to the next comma or the end
    ("According to the Centers for Disease Control and Prevention, HCV infection becomes chronic ...", "...
    caused more than 19,000 deaths in 2014, according to the Centers for Disease Control and Prevention"). Whose
    word a claim is says nothing of what it says: two claims of one agency's figures share its name and no fact."""
    norms = [t.word.norm for t in words]
    spans = []
    for opener in _ATTRIBUTIONS:
        n = len(opener)
        if opener[0] not in norms:
            continue  # most claims: no "according" (a search in C, not a slice per word)
        for k in range(len(norms) - n + 1):
            if norms[k] != opener[0] or tuple(norms[k:k + n]) != opener:
                continue
            end = k + n
            while end < len(words) and "," not in text[words[end - 1].word.end:words[end].word.start]:
                end += 1
            spans.append((words[k].word.start, words[end - 1].word.end))
    if not spans:
        return frozenset()
    return frozenset(i for i, t in enumerate(profile.words) if any(a <= t.word.start < b for a, b in spans))


@dataclass(frozen=True)
class _Facts:
    """What ``_related`` asks of each segment, computed once per segment rather than once per pair."""

    names: set[str]  # keys of the segment's names and numbers, dates aside (:func:`_subjects`)
    n_keys: int  # distinct content keys
    context: set[str]  # names and numbers of the segment's block
    plain: frozenset[int]  # indices of the content words that say nothing of relatedness (:func:`_plain`)
    n_informative: int  # distinct content keys besides those and the words ``aside``
    specific: frozenset[int]  # indices of the content words that are specific figures (:func:`_specific`)
    #: no two content words share a key: any set of word indices holds as many distinct keys as indices
    distinct: bool = False
    #: indices of the content words that say on whose word (:func:`_attributed`): shared, they make no two claims
    #: about the same thing
    aside: frozenset[int] = frozenset()
    #: keys of the content words of the whole text, one set for all its segments
    text_keys: frozenset[str] = frozenset()
    #: keys among ``names`` that are plain counts ("thirty", "25"; not "one", a pronoun as often as a count, as in
    #: "no one", nor the specific "1.50", "454,300" of :func:`_specific`): a count is no rival to a name
    figures: frozenset[str] = frozenset()


def _informative(found: frozenset[int], keys: Sequence[str], facts: _Facts) -> int:
    """How many distinct keys of a segment ``found`` holds (``keys`` the segment's content keys), those that say
    nothing of relatedness aside (``_Facts.plain``, ``_Facts.aside``)."""
    told = found - facts.plain - facts.aside
    return len(told) if facts.distinct else len({keys[i] for i in told})


def _facts(doc: Analyzed, profiles: Sequence[Profile], background: frozenset[str] = frozenset()) -> list[_Facts]:
    blocks = _block_names(doc, profiles)
    text_keys = frozenset(k for prof in profiles for k in prof.word_keys)
    out = []
    for seg, prof, tagged in zip(doc.segments, profiles, doc.words, strict=False):
        plain = _plain(prof, background)
        aside = _attributed(tagged, prof, doc.text) if prof.words else frozenset()
        informative = {k for i, k in enumerate(prof.word_keys) if i not in plain and i not in aside}
        n_keys = len(set(prof.word_keys))
        subjects = _subjects(prof)
        figures = frozenset(k for i, k in enumerate(prof.word_keys) if k in subjects
                            and prof.words[i].word.kind == "number" and prof.words[i].word.norm != "1"
                            and not _specific(prof.words[i].word))
        out.append(_Facts(subjects, n_keys, blocks[seg.block], plain, len(informative),
                          frozenset(i for i, t in enumerate(prof.words) if _specific(t.word)),
                          n_keys == len(prof.word_keys), aside, text_keys, figures))
    return out


def _lead(doc: Analyzed, title: int | None) -> int | None:
    """The index of ``doc``'s lead: its first claim after its title line (``title``), or its first claim when it has
    no title line; None when there is none within :data:`_LEAD_WITHIN` segments of the start."""
    start = 0 if title is None else title + 1
    return next((i for i in range(start, min(len(doc.segments), start + _LEAD_WITHIN)) if doc.segments[i].is_claim),
                None)


#: a claim's sole counterpart shares this many informative words with it at least, and the next best source claim
#: finds at most this share of what it finds
SOLE_MIN_WORDS = 3
SOLE_MARGIN = 0.5


def _sole_counterparts(chosen: set[tuple[int, int]], by_d: Mapping[int, list[tuple[int, frozenset[int], float]]],
                       scores: Scores, deriv: Sequence[Profile], d_facts: Sequence[_Facts],
                       config: Config) -> set[tuple[int, int]]:
    """A derivative claim left without a counterpart, whose best related source claim finds ``min_partial`` of it
    and is found ``min_partial`` in it, shares :data:`SOLE_MIN_WORDS` informative words with it (not the texts' main
    actors, nor who said it), and finds more than twice what any other source claim finds (:data:`SOLE_MARGIN`): a
    restatement in the article's own words that one source sentence alone explains ("State and federal wildlife
    officials were continuing to investigate the attack on Tuesday" for "The investigation is ongoing, and Game and
    Fish personnel and the U.S. Fish and Wildlife Service are gathering further details today"), below
    ``min_pair_share`` only because the article words it its own way. A claim whose words many source sentences
    share is no such case, nor one with a name or number the counterpart lacks (a fact it does not give: "11 DC
    police officers were injured")."""
    linked = {d for d, _ in chosen}
    out: set[tuple[int, int]] = set()
    for d, cands in by_d.items():
        if d in linked or not cands:
            continue
        ranked = sorted(cands, key=lambda c: (-scores.support[(d, c[0])], c[0]))
        s, found, _ = ranked[0]
        sup = scores.support[(d, s)]
        keys = deriv[d].word_keys
        if (min(sup, scores.coverage[(d, s)]) < config.min_partial
                or _informative(found, keys, d_facts[d]) < SOLE_MIN_WORDS):
            continue
        if any(scores.support[(d, o)] > SOLE_MARGIN * sup for o, _, _ in ranked[1:]):
            continue
        if d_facts[d].names - {keys[i] for i in found} - {keys[i] for i in d_facts[d].plain | d_facts[d].aside}:
            continue  # a name or number the counterpart lacks is a fact it does not give ("11 DC police officers")
        out.add((d, s))
    return out


def _headline_by_lead(chosen: set[tuple[int, int]], d_title: int | None, d_lead: int | None, scores: Scores,
                      deriv: Sequence[Profile], source: Sequence[Profile],
                      facts: tuple[Sequence[_Facts], Sequence[_Facts]], config: Config) -> set[tuple[int, int]]:
    """The derivative's headline, linked to nothing that finds ``min_pair_share`` of it, and the source claims its
    lead reports: a headline sums up the news its story's lead gives ("Police minister Wade Noonan steps down" over
    "Police and Corrections Minister Wade Noonan has taken extended leave …", which restates the statement's "The
    Minister for Police and Corrections has advised me that he will be taking a leave of absence …"), where the
    source's own title is no news ("Statement From The Premier") or shares a name or two with it. It takes each source
    claim the lead is linked to (not by a weak link) that it is related to as headlines are (the texts' main actors
    count as shared words: :func:`_as_headline`); failing those, the one source claim that finds most of it, at least
    ``min_pair_share``, when related so ("Santander buys Spain's struggling Banco Popular for €1" and the release's
    sentence on the sale of Banco Popular to Banco Santander for one euro)."""
    if d_title is None or any(d == d_title and scores.support[(d, s)] >= config.min_pair_share for d, s in chosen):
        return set()
    d_facts, s_facts = facts
    title_facts = _as_headline(d_facts[d_title], deriv[d_title])

    def related(s: int) -> bool:
        return (d_title, s) in scores.support and _related(
            (d_title, s), scores, deriv, source, (title_facts, _as_headline(s_facts[s], source[s])), config)

    out = {(d_title, s) for d, s in chosen if d == d_lead and related(s)}
    if not out:
        best = sorted((-v, s) for (d, s), v in scores.support.items() if d == d_title and v >= config.min_pair_share)
        out = {(d_title, s) for _, s in best[:1] if related(s)}
    return out


#: a lead is among the first few segments after the title (a dateline, a byline, a credit may come first)
_LEAD_WITHIN = 4
#: two leads are linked on the main actors they share when they name at least this many of them
_LEAD_ACTORS = 2


def _actors(profile: Profile, found: frozenset[int], plain: frozenset[int]) -> int:
    """How many separate runs of the texts' main actors' names (``plain`` names among the content words ``found``)
    a segment has: "President Biden and British Prime Minister Boris Johnson" two, "Her Majesty Queen Elizabeth II"
    one (a name of several words is one actor)."""
    runs, end = 0, -_RUN_GAP - 1
    for i in sorted(found & plain & profile.names):
        word = profile.words[i].word
        if word.start - end > _RUN_GAP:
            runs += 1
        end = word.end
    return runs


#: two name words at most this many characters apart are one name ("Joseph R. Biden"; not "Biden and Johnson")
_RUN_GAP = 4


def _as_headline(facts: _Facts, profile: Profile) -> _Facts:
    """The :class:`_Facts` of a headline, whose main actors are its news: the texts' main actors (``background``)
    count toward relatedness there. Two headlines of one story name the same people because that is what they
    report ("Biden and Johnson talk pandemic, NATO and trade in first phone call" and "Readout of President Joseph
    R. Biden Call with Prime Minister Boris Johnson"); two sentences of the running text naming them may not."""
    plain = _plain(profile, frozenset())
    informative = {k for i, k in enumerate(profile.word_keys) if i not in plain}
    return replace(facts, plain=plain, n_informative=len(informative))


def _both_facts(docs: tuple[Analyzed, Analyzed], profiles: tuple[Sequence[Profile], Sequence[Profile]],
                ) -> tuple[list[_Facts], list[_Facts]]:
    """The :class:`_Facts` of the derivative's segments and of the source's (``docs`` and ``profiles`` in that
    order)."""
    background = background_keys(docs, profiles)
    return _facts(docs[0], profiles[0], background), _facts(docs[1], profiles[1], background)


def _related(
    pair: tuple[int, int],
    scores: Scores,
    deriv: Sequence[Profile],
    source: Sequence[Profile],
    facts: tuple[_Facts, _Facts],
    config: Config,
    min_shared: int | None = None,
) -> bool:
    """Do the two segments share enough, and are they about the same things?

    They must share ``min_shared_words`` distinct content words (fewer for tiny segments) besides the words that
    say nothing of relatedness (``_Facts.plain``: "said", the names of the texts' main actors), and must not be
    about different things: when each names something that neither the other nor the other's paragraph
    (``_Facts.context``) mentions, and they share no name or number at all ("... Somalia sovereignty" against
    "... Ukraine's sovereignty"), no; unless they share three informative words or more and a fifth of each
    (:data:`SHARED_OVER_NAMES`) and one of those names is a word the other text uses, or, sharing three such words,
    what each names alone is of another kind (a place against a plain count: ``_Facts.figures``). "Fried says he has no
    involvement with the drug" shares "says" and "drug" with a quotation about the drug, and "The UK-U.S. Strategic
    Dialogue ..." shares "UK", "US" and "Dialogue" with "... the United States-United Kingdom Energy Dialogue" in a
    statement about the UK-U.S. Dialogue: one word, and none.
    """
    d, s = pair
    dp, sp = deriv[d], source[s]
    d_facts, s_facts = facts
    found_d, found_s = scores.found[pair], scores.found_rev[pair]
    needed = max(min(config.min_shared_words if min_shared is None else min_shared, d_facts.n_keys, s_facts.n_keys), 1)
    semantic = scores.semantic.get(pair, 0.0) >= config.semantic_min
    if needed > 1 and not found_s.isdisjoint(s_facts.specific):
        needed = 1  # "In Oklahoma, an estimated 454,300 borrowers are eligible" and the table's "OK 454,300 321,600"
    if not semantic and max(len(found_d), len(found_s)) < needed:
        return False  # fewer words found than distinct words needed (most pairs of a long text stop here)
    d_keys, s_keys = dp.word_keys, sp.word_keys
    # distinct keys found; a segment without a repeated key has as many as it has words found (no set to build)
    shared = max(len(found_d) if d_facts.distinct else len({d_keys[i] for i in found_d}),
                 len(found_s) if s_facts.distinct else len({s_keys[i] for i in found_s}))
    if semantic and shared >= 1:
        return True  # the embeddings say they mean the same, and they share a word
    if shared < needed:
        return False
    if scores.support[pair] >= 1.0 and scores.coverage[pair] >= 1.0:
        return True  # each says all the other says: the same claim, whatever words it is made of
    informative = max(_informative(found_d, d_keys, d_facts), _informative(found_s, s_keys, s_facts))
    if informative < max(min(needed, d_facts.n_informative, s_facts.n_informative), 1):
        return False
    if not ((found_d - d_facts.aside).isdisjoint(dp.names) and (found_s - s_facts.aside).isdisjoint(sp.names)):
        return True  # they share a name or a number (not the name of whose word it is)
    d_own, s_own = d_facts.names - s_facts.context, s_facts.names - d_facts.context
    if not (d_own and s_own):
        return True
    if informative >= SHARED_OVER_NAMES_WORDS and not ((d_own - d_facts.figures and s_own - s_facts.figures)
                                                       or (d_own & d_facts.figures and s_own & s_facts.figures)):
        return True  # what each names alone is of another kind: a place against a figure ("gun violence in America"
        # and "the first gun reform in almost thirty years") is no rival to it, as "Somalia" is to "Ukraine"
    # each names something the other's paragraph does not: about different things, unless they say much of the same
    # in the same words and one of those names is a word the other text uses (the story's own name for what the other
    # names otherwise: "Ebola cases" for the release's "EVD cases", "the Great Genocide" for "the Meds Yeghern" in a
    # statement on the Armenian genocide)
    return informative >= SHARED_OVER_NAMES_WORDS and min(
        scores.support[pair], scores.coverage[pair]) >= SHARED_OVER_NAMES and bool(
        d_own & s_facts.text_keys or s_own & d_facts.text_keys)


#: two segments each of which finds this share of itself in the other (support and coverage both) ...
SHARED_OVER_NAMES = 0.2
#: ... in at least this many distinct content words besides the plain ones are about the same things, whatever names
#: each adds, when one of those names is a word the other text uses (:func:`_related`)
SHARED_OVER_NAMES_WORDS = 3


#: how scale words ("thousand", "million", "bn") read once folded
_SCALE_NORMS = frozenset({"1000", "1000000", "1000000000", "1000000000000"})
#: a figure with at least this many significant digits is specific: two sentences that both give it give one fact
SPECIFIC_DIGITS = 3


def _specific(word: Word) -> bool:
    """Is ``word`` a specific figure: a number written with a thousands separator or a decimal point, of
    :data:`SPECIFIC_DIGITS` significant digits or more ("454,300", "2,258,800", the 16.9 of "$16.9 million"; not
    "$10,000", "1.5", "2022" or "645")? Sharing one is a shared fact, where sharing "$10,000" or "2022" is not.

    >>> from alignment.text.normalize import words
    >>> [w.text for w in words("454,300 16.9 $10,000 1.5 2022 645 2,258,800", 0, 44) if _specific(w)]
    ['454,300', '16.9', '2,258,800']
    """
    if word.kind != "number" or not any(mark in word.text for mark in ",."):
        return False  # a plain integer is a year ("2022", "in 645"), a count or a code as often as a figure
    digits = word.norm.replace(".", "").strip("0")
    return digits.isdigit() and len(digits) >= SPECIFIC_DIGITS


def _greedy(
    own: Profile,
    candidates: list[tuple[int, frozenset[int], float]],
    config: Config,
    weak: Sequence[tuple[int, frozenset[int], float]] = (),
) -> list[int]:
    """Pick counterparts for one segment: the best first, then others while each explains at least
    ``min_gain`` more of it, or alone supports nearly as much as the best (``alt_share``: the other
    text says the same thing twice). ``weak`` candidates (related, but below ``min_pair_share`` on
    their own) join afterwards only for what they add: each must explain ``weak_gain`` more of the
    segment, as when one claim of the article draws on several sentences of the statement."""
    total = own.total or 1.0
    chosen: list[int] = []
    explained: set[int] = set()
    ranked = sorted(candidates, key=lambda c: (-c[2], c[0]))
    best = ranked[0][2] if ranked else 0.0
    for other, found, value in ranked:
        gain = sum(own.weights[i] for i in found - explained) / total
        alternative = value >= max(config.alt_share * best, config.min_pair_share)
        if not chosen or gain >= config.min_gain or alternative:
            chosen.append(other)
            explained |= found
            if len(chosen) >= config.max_counterparts:
                return chosen
    if not chosen:
        return chosen
    remaining = sorted(weak, key=lambda c: (-c[2], c[0]))
    while remaining and len(chosen) < config.max_counterparts:
        gain, neg_k = max((sum(own.weights[i] for i in found - explained) / total, -k)
                          for k, (_, found, _) in enumerate(remaining))
        if gain < config.weak_gain:
            break
        other, found, _ = remaining.pop(-neg_k)
        chosen.append(other)
        explained |= found
    return chosen


def _by_block(
    own: Profile, candidates: list[tuple[int, frozenset[int], float]], block_of: Sequence[int], config: Config
) -> list[int]:
    """For a segment no single counterpart explains: counterparts from one block (a paragraph, a
    run-on sentence cut into claims) that together explain ``min_pair_share`` of it, as when an
    article sentence merges three claims of one statement paragraph."""
    blocks: dict[int, list[tuple[int, frozenset[int], float]]] = {}
    for cand in candidates:
        blocks.setdefault(block_of[cand[0]], []).append(cand)
    best: list[int] = []
    best_share = config.min_pair_share
    for _, members in sorted(blocks.items()):
        chosen = _greedy(own, members, config)
        found = frozenset().union(*(f for o, f, _ in members if o in chosen))
        value = share(own, found)
        if len(chosen) > 1 and value >= best_share:
            best, best_share = chosen, value + 1e-9
    return best


def _context_links(
    chosen: set[tuple[int, int]], scores: Scores, deriv: Sequence[Profile], is_claim: Sequence[bool], config: Config,
    plain: Sequence[frozenset[int]] | None = None,
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Links to the source sentences next to a derivative segment's counterparts (just before or just after
    one), in two kinds:

    * ``names``: a neighbour that finds a name or number of the derivative segment its counterparts leave
      unexplained, and explains ``context_gain`` of it that they do not, best first; one shared word is
      enough. A counterpart says "He was appointed in 1991", the sentence before it names him; a counterpart
      leaves out the year, the sentence after it gives it.
    * ``repeats``: any other neighbour that shares ``context_min_shared`` distinct words with the derivative
      segment besides its ``plain`` ones (``_Facts.plain``: "said", the main actors' names), one of them not a
      name: it says the same thing again where the counterpart says it.

    Only the neighbours of the counterparts the matching chose: a neighbour found this way brings in no
    neighbours of its own. Returns ``(names, repeats)``."""
    by_d: dict[int, list[int]] = {}
    for d, s in sorted(chosen):
        by_d.setdefault(d, []).append(s)
    names: set[tuple[int, int]] = set()
    repeats: set[tuple[int, int]] = set()
    for d, linked in by_d.items():
        explained = frozenset().union(*(scores.found[(d, s)] for s in linked))
        neighbours = sorted({n for s in linked for n in (s - 1, s + 1)
                             if 0 <= n < len(is_claim) and is_claim[n] and n not in linked and (d, n) in scores.found})
        while neighbours:
            gains = [(share(deriv[d], scores.found[(d, n)] - explained), -n) for n in neighbours
                     if not (scores.found[(d, n)] - explained).isdisjoint(deriv[d].names)]
            if not gains:
                break
            gain, neg_n = max(gains)
            if gain <= 0.0 or gain < config.context_gain:
                break
            names.add((d, -neg_n))
            explained |= scores.found[(d, -neg_n)]
            neighbours.remove(-neg_n)
        keys, name_words = deriv[d].word_keys, deriv[d].names
        for n in neighbours:
            found = scores.found[(d, n)] - (plain[d] if plain else frozenset())
            if len({keys[i] for i in found}) >= config.context_min_shared and not found <= name_words:
                repeats.add((d, n))
    return names, repeats


#: folded word sequences that open an attribution ("according to"): alignment/lang
_ATTRIBUTIONS = _LANG.attributions


def _attribution(words: Sequence[TaggedWord], profile: Profile, text: str = "") -> frozenset[int]:
    """Indices of the content words of ``profile`` (the claim's, ``words`` all its words, ``text`` the document's
    text) in an attribution inside the claim, not at its start: one that closes it ("..., according to the study
    published today in The Lancet"), or one set off by commas before the claim's words go on ("The District Attorney
    said that, according to the indictment, the defendants gained control of ...": up to that comma, the words after
    it are the claim's): where the claim comes from, which an article reporting the claim may leave out."""
    norms = [t.word.norm for t in words]
    for opener in _ATTRIBUTIONS:
        n = len(opener)
        for k in range(1, len(norms) - n + 1):  # not the claim's first word: an attribution that opens it
            if tuple(norms[k:k + n]) == opener:
                start, end = words[k].word.start, words[-1].word.end
                for j in range(k + n + 1, len(words)) if text else ():
                    if "," in text[words[j - 1].word.end:words[j].word.start]:
                        if words[j].word.norm not in _LANG.attribution_tails:
                            end = words[j - 1].word.end  # a parenthetical attribution: the claim goes on after it
                        break
                return frozenset(i for i, t in enumerate(profile.words) if start <= t.word.start < end)
    return frozenset()


#: the closing marks of a quotation: a source claim's speaker named after one (:func:`_speaker_tail`)
_CLOSING_MARKS = frozenset("\"”")
#: the words after a source claim's quotation that may name its speaker (as many as a reporter's closing frame,
#: :data:`FRAME_MAX_WORDS`), the verb of speech among the first :data:`_SPEAKER_VERB_WITHIN` of them ("said Jane
#: Roe, the director", "Jane Roe said"; a tail of the quotation's own after its closing mark is no speaker's)
SPEAKER_MAX_WORDS = 12
_SPEAKER_VERB_WITHIN = 3


def _speaker_tail(words: Sequence[TaggedWord], profile: Profile, text: str) -> frozenset[int]:
    """Indices of the content words of a source claim (``profile``; ``words`` all its words, ``text`` the document's
    text) that name who speaks its quotation: the words after its last closing quotation mark, at most
    :data:`SPEAKER_MAX_WORDS` of them, a verb of speech among the first three (``“Our officers are focused on ... our
    checkpoints,” said John Busch, the agency's director for the airport.``), when the claim opens with the
    quotation (an opening mark before its first word) and keeps :data:`_FRAME_MIN_REST` content words inside it.
    Who said it is not what was said, as the reporter's frame of a derivative claim is not (:func:`_frame`): a story
    that gives another quotation of the same speaker ("..., said John Busch, the agency's director for the
    airport.") reports nothing of this one."""
    first = words[0].word.start if words else 0
    if len(words) < 2 or text[max(first - 3, 0):first].rstrip()[-1:] not in _OPENING_MARKS:
        return frozenset()
    for k in range(len(words) - 1, max(len(words) - 1 - SPEAKER_MAX_WORDS, 0), -1):
        if _CLOSING_MARKS.isdisjoint(text[words[k - 1].word.end:words[k].word.start]):
            continue
        if not any(_speech(t) for t in words[k:k + _SPEAKER_VERB_WITHIN]):
            return frozenset()
        start = words[k].word.start
        tail = frozenset(i for i, t in enumerate(profile.words) if t.word.start >= start)
        return tail if len(profile.words) - len(tail) >= _FRAME_MIN_REST else frozenset()
    return frozenset()


def _claim_share(profile: Profile, words: Sequence[TaggedWord], found: frozenset[int], text: str = "") -> float:
    """The share of a source claim that ``found`` holds, the words of an attribution inside it aside
    (:func:`_attribution`; ``text`` the document's text): "The rate fell from 5.4 to 1.1 percent, according to the
    study published today in The Lancet Respiratory Medicine journal" is covered by an article that gives the fall
    and not the journal; and so are the words naming the speaker of a quotation the claim opens with
    (:func:`_speaker_tail`): "“We are proud of this team,” said Jane Roe, the director" is not covered by a story's
    other quotation of hers that ends "..., said Jane Roe, the director"."""
    tail = _attribution(words, profile, text) or (_speaker_tail(words, profile, text) if text else frozenset())
    rest = profile.total - sum(profile.weights[i] for i in tail)
    if not tail or rest <= 0:
        return share(profile, found)
    return sum(profile.weights[i] for i in found - tail) / rest


#: a reporter's frame opens a claim with its speech verb among the claim's first words ("In a statement published on
#: the White House website, Biden said that ...") or closes it in a clause of a few words after a comma or a closing
#: quotation mark (", the White House said in a statement."): at most this many words
FRAME_MAX_WORDS = 12
#: the words a frame may put between its speech verb and the "that" or the quotation it reports ("told Blinken that")
_FRAME_GAP = 3
#: ... and this many when they are a phrase of where and when it was said, opening with a preposition and holding no
#: verb ("The Police said in a statement on Thursday that ...")
_FRAME_PHRASE_GAP = 6
#: a claim keeps at least this many content words outside its frame for the frame to be set aside
_FRAME_MIN_REST = 3
#: the words that open the clause a speech verb reports ("said that ...": ``Language.reported_openers``)
_THAT = _LANG.reported_openers
#: the parts of speech that open a reported clause's subject right after a speech verb ("says an estimated ...")
_CLAUSE_OPENERS = frozenset({"DET", "NUM", "PRON", "PROPN"})
_OPENING_MARKS = frozenset("\"“‘'")


def _speech(t: TaggedWord) -> bool:
    return t.pos == "VERB" and (t.lemma_key in SPEECH_KEYS or t.word.key in SPEECH_KEYS)


def _frame(text: str, start: int, words: Sequence[TaggedWord], profile: Profile) -> frozenset[int]:
    """Indices of the content words of a derivative claim (``text[start:]`` its text, ``words`` all its words) in
    the reporter's frame around what it reports: who said it and where, which the source, in its own voice, never
    says of itself. An opening frame runs to a speech verb among the claim's first :data:`FRAME_MAX_WORDS` words,
    not its first, followed within :data:`_FRAME_GAP` words by "that" or a quotation mark, and takes that "that"
    ("In a statement published on the White House website, Biden said that ...", "In the memo, Biden told Blinken
    that he was ..."), or right by the reported clause's subject ("The White House says an estimated 417,200
    borrowers ...": a determiner, a number, a pronoun or a name); a closing frame is the clause after the claim's
    last comma or closing quotation mark, of at most :data:`FRAME_MAX_WORDS` words, with a speech verb or "according
    to" in it (", the White House said.", "..., Bennett's office said in a statement"; not ", and the office said
    ...", a clause of its own). Nothing when less than :data:`_FRAME_MIN_REST` content words are left outside it."""
    spans: list[tuple[int, int]] = []
    for k, t in enumerate(words[1:FRAME_MAX_WORDS], start=1):
        if not _speech(t):
            continue
        # past _FRAME_GAP words only over where and when it was said: a phrase that opens with a preposition and
        # holds no verb ("said in a statement on Thursday that ...", "are reporting on new data that ..."), after a
        # speech verb that reports (not "will announce in a video and statement that ...", what the source says its
        # author will do: a modal before the verb)
        gap = _FRAME_PHRASE_GAP if k + 1 < len(words) and words[k + 1].pos == "ADP" and (
            words[k - 1].pos != "AUX" or words[k - 1].word.norm in _LANG.reported_verbs) else _FRAME_GAP
        for j in range(k + 1, min(k + 2 + gap, len(words))):
            if j - k > _FRAME_GAP + 1 and words[j - 1].pos in ("VERB", "AUX"):
                break
            between = text[words[j - 1].word.end - start:words[j].word.start - start]
            if words[j].word.norm in _THAT:
                spans.append((words[0].word.start, words[j].word.end))
                break
            if _OPENING_MARKS.intersection(between) or ":" in between:
                spans.append((words[0].word.start, words[j - 1].word.end))
                break
        else:
            # "The White House says an estimated 417,200 borrowers ...": the reported clause's subject right after
            # the verb, no "that"
            if k + 1 < len(words) and words[k + 1].pos in _CLAUSE_OPENERS and not text[
                    words[k].word.end - start:words[k + 1].word.start - start].strip():
                spans.append((words[0].word.start, words[k].word.end))
        break
    for k in range(len(words) - 1, max(len(words) - 1 - FRAME_MAX_WORDS, 0), -1):
        between = text[words[k - 1].word.end - start:words[k].word.start - start]
        if "," in between or "”" in between or '"' in between:
            tail = words[k:]
            norms = [t.word.norm for t in tail]
            if norms[0] in _LANG.clause_conjunctions:
                break  # ", and the office said ...": a clause of its own, not a frame
            if any(_speech(t) for t in tail) or any(
                    tuple(norms[i:i + len(a)]) == a for a in _ATTRIBUTIONS for i in range(len(norms))):
                spans.append((tail[0].word.start, tail[-1].word.end))
            break
    if not spans:
        return frozenset()
    framed = frozenset(i for i, t in enumerate(profile.words) if any(a <= t.word.start < b for a, b in spans))
    return framed if len(profile.words) - len(framed) >= _FRAME_MIN_REST else frozenset()


def in_frame(detail: Detail, profile: Profile, frame: frozenset[int]) -> bool:
    """Does an unsupported detail of a derivative claim lie wholly in the claim's reporter's frame (``frame``, its
    content words' indices in ``profile``: :func:`_frame`)? "White House said in a press release" in "President Joe
    Biden on Friday revealed the names of four new nominees ..., the White House said in a press release" says who
    gave the news, which the source, in its own voice, never says of itself: no fact the source lacks."""
    inside = [i for i, t in enumerate(profile.words) if detail.start <= t.word.start < detail.end]
    return bool(inside) and all(i in frame for i in inside)


def _framed_share(profile: Profile, frame: frozenset[int], found: frozenset[int], floor: float,
                  quoting_foreign: bool = False) -> float:
    """The share of a derivative claim that ``found`` holds, the words of its reporter's frame aside (:func:`_frame`),
    or its plain share when that is higher: the frame is the article's, and a claim that reports the source's words
    under it restates the source however many words the frame takes. Only for a claim whose plain share reaches
    ``floor`` (``min_partial``): the frame weighs how much of a restatement is the source's, not whether the claim
    restates it (a quotation of someone else's words under "said Dr. Roe" stays ``added``).

    ``quoting_foreign``: the claim holds a quotation the source does not give (``foreign`` in :func:`align`; its
    words are not in ``found``): its share is the share outside the frame, however much the frame finds. ""We
    never expected this," founder Ann Hale said" reports words the source never says, and shares with it only who
    said them: the speaker found is no support for the quotation."""
    plain = share(profile, found)
    rest = profile.total - sum(profile.weights[i] for i in frame)
    if quoting_foreign and frame and rest > 0:
        # what it reports is someone's words the source never gives: who said them is all it shares
        return sum(profile.weights[i] for i in found - frame) / rest
    if not frame or rest <= 0 or plain < floor:
        return plain
    return max(plain, sum(profile.weights[i] for i in found - frame) / rest)


#: a derivative claim whose links together find this much of its vocabulary, in words no other claim has (each
#: word weighs its IDF over the IDF of a word in one claim alone), shares too much with the source to have met it
#: by chance, however slight each link (:func:`_rare_found`)
CHANCE_MAX_FOUND = 4.5

#: a related pair below ``min_pair_share`` on both sides is strong all the same when each side finds this much of
#: itself in the other in words few other claims use (:func:`_rare_found`, both directions) and the pair supports
#: ``min_partial`` of the derivative claim: two long sentences that give one trial's "injection", "progestogen",
#: "testosterone" and "sperm", each with details of its own ("The trial involved 320 men who were given a hormone
#: injection of progestogen, which blocks sperm production ..." and "The men received injections of 200 milligrams
#: of a long-acting progestogen ... to suppress their sperm counts"), report one fact however small a share of
#: either it is
RARE_STRONG = 3.5

#: a source claim that finds this share of itself in a derivative claim (coverage), in at least
#: :data:`RESTATED_WHOLE_WORDS` distinct informative words, is restated there, however small a share of the
#: derivative claim it is (``min_link_support``) and whichever other source sentence says it too: a release's
#: highlight ("eliminated precancerous uterine growths") restated inside the article's long sentence that the
#: release's own lead also gives
RESTATED_WHOLE = 0.9
RESTATED_WHOLE_WORDS = 3


def _rare_found(profile: Profile, found: frozenset[int], plain: frozenset[int], n_claims: int) -> float:
    """How much of a derivative claim its links find, in words no other claim has: the IDF weights of the found
    content words (its ``plain`` ones aside: "said", the texts' main actors), over the weight of a word found in a
    single claim of the ``n_claims`` (both texts').

    The slight-links rule (``Config.long_derivative_ratio``) reads shares: in a briefing many times longer than
    the statement, a claim that meets it in a word or two of the briefing's everyday vocabulary ("oil", "prices",
    "the President") is reached by chance. A long answer that restates a statement's sentence in its own order
    ("we are already seeing the effect of the President's leadership") finds several words the briefing rarely
    uses: slight as a share of a long sentence, but no chance meeting."""
    unit = math.log(1.0 + max(n_claims, 1))  # the IDF of a word in one claim alone (alignment.engine.match)
    return sum(profile.weights[i] for i in found - plain) / unit


def derivative_is_long(deriv_doc: Analyzed, source_doc: Analyzed, config: Config) -> bool:
    """Has the derivative at least ``Config.long_derivative_ratio`` claims per source claim (of the running text: a
    table's rows aside, :func:`_running`)?"""
    n_source = sum(_running(seg) for seg in source_doc.segments)
    n_deriv = sum(_running(seg) for seg in deriv_doc.segments)
    return 0 < config.long_derivative_ratio * max(n_source, 1) <= n_deriv


def _adds_own(deriv_links: Mapping[int, Sequence[int]], deriv_share: Mapping[int, float], quoting: frozenset[int],
              config: Config, long_derivative: bool, slight: frozenset[int]) -> frozenset[int]:
    """The linked derivative claims that :func:`alignment.engine.statuses.judge_derivative` calls ``added``: below
    ``min_partial``, or every link slight in a long derivative; a claim holding a verified quotation of the source
    (``quoting``) is never among them."""
    return frozenset(d for d in deriv_links if added_though_linked(
        deriv_share[d], config, quoted=d in quoting, chance=long_derivative and d in slight))


def _slight(support: float, coverage: float, config: Config) -> bool:
    """Does a link hold only a slight part of both its claims: less than ``slight_coverage`` of the source claim
    and less than ``min_support_restated`` of the derivative claim? Such a link says the two share some
    vocabulary, not that one restates the other; in a derivative much longer than its source (``Config.
    long_derivative_ratio``) a claim reached by such links alone is reached by chance."""
    return coverage < config.slight_coverage and support < config.min_support_restated


def _scattered(links: Sequence[tuple[float, float]], config: Config) -> bool:
    """Are a derivative claim's links (their support and coverage) scattered: two or more, and each alone would
    leave the claim ``added`` (support below ``min_partial``) and covers less than ``min_coverage`` of its source
    claim? Such a claim reaches ``min_partial`` (and less than ``min_support``) only by summing a word or two of
    each of several sentences: "The first official U.S. government agency to use the term Gulf of America was the
    U.S. Coast Guard after Trump signed the new executive order" meets "the first ever Gulf of America Day", "I
    signed Executive Order 14172" and "public officials and all the people of the United States", and restates
    none of them. The slight-links rule of a long derivative (:func:`_slight`), for a derivative of any length, at
    the floor of a link itself."""
    return len(links) >= 2 and all(sup < config.min_partial and cov < config.min_coverage for sup, cov in links)


def _bare_scale(words: Sequence[TaggedWord], i: int, reported: frozenset[int]) -> bool:
    """Is content word ``i`` of ``words`` a scale word ("million") reported without its number? "12 million heat
    pumps" is not reported by "$86 million in assistance": the figure is the number, and the scale alone says
    nothing of it."""
    return words[i].word.norm in _SCALE_NORMS and (i - 1 not in reported or words[i - 1].word.kind != "number")


#: weak links (below ``min_pair_share`` on both sides) that report a source claim when each covers ``min_partial``
#: of it: one article sentence that meets a fifth of it met it by chance as often as not, two that each do report it
#: ("As we began this week, our state was met with the tragic news that shots were fired on three of our police
#: officers, which took the life of Officer ..." in "... reacting to news of the fatal shooting of a police officer"
#: and "... as a sign of respect for William Buechner, the Auburn police officer who was killed")
WEAK_REPORTS = 2


def _weak_links_report(covers: Sequence[float], config: Config) -> bool:
    """Do a source claim's weak links (``covers``: the share of it each finds) report it without a stronger one?
    When :data:`WEAK_REPORTS` of them each find ``min_partial`` of it: two sentences of the story that each give a
    part of it, where one sentence that meets a fifth of it meets it by chance as often as not.

    >>> _weak_links_report([0.23, 0.24], Config()), _weak_links_report([0.23, 0.1], Config())
    (True, False)
    """
    return sum(c >= config.min_partial for c in covers) >= WEAK_REPORTS


def _no_figure(words: Sequence[TaggedWord], i: int, text: str) -> bool:
    """Is number ``i`` of ``words`` (a claim's content words, ``text`` the document they index) no figure of what
    the claim says: a month's day, right beside the month's name ("From December 1, 2024, to June 1, 2025, ... had
    filed charges in 1,450 cases", "the victims of September 11, 2001": when, not how many), or a code's part, joined
    by a hyphen to its letters ("F-1 students", "COVID-19")? A story that gives the day or the code reports no fact of
    the sentence by it (a source claim's reported figure, :func:`alignment.engine.statuses.judge_source`). Not in a
    claim that is only a date (a dateline's "September 29, 2025."), which says nothing else."""
    if all(t.word.kind == "number" or t.word.norm in _LANG.months for t in words):
        return False  # a line that is only a date ("September 29, 2025."): the date is what it says
    w = words[i].word
    if w.start > 1 and text[w.start - 1] == "-" and text[w.start - 2].isalpha():
        return True
    if not (w.text.isdigit() and 1 <= int(w.text) <= MAX_DAY):
        return False
    return any(0 <= j < len(words) and words[j].word.norm in _LANG.months and words[j].word.text[:1].isupper()
               and not text[min(w.end, words[j].word.end):max(w.start, words[j].word.start)].strip()
               for j in (i - 1, i + 1))


def _quantity_found(profile: Profile, found: frozenset[int]) -> bool:
    """Does a link find a quantity of the source claim: a number with its scale word ("$20 billion"), or a specific
    figure (:func:`_specific`)? Two sentences that give one amount met by no chance, however slight a share of
    each the link holds ("Micron would spend $20 billion through 2030 as it ramps up operations")."""
    words = profile.words
    return any(_specific(words[i].word) or (words[i].word.norm in _SCALE_NORMS and i - 1 in found
                                             and words[i - 1].word.kind == "number") for i in found)


#: a source claim whose words other than names (and verbs of speech) hold at least this share of its weight says
#: something of the people and places it names (:func:`_who_only`); a claim mostly of names ("Jane Roe, U.S. Attorney
#: nominee for the District of Vermont", a title line) says who and where, and a link finding its names reports it
WHO_ONLY_CLAIM_SHARE = 0.5


def _who_only(profile: Profile, found: frozenset[int]) -> bool:
    """Does a link find only who and where of a source claim (``found``: the claim's content words found in the
    derivative claim), not what the claim says of them: its names, and none of its other words nor a number, in a
    claim whose words other than names weigh :data:`WHO_ONLY_CLAIM_SHARE` of it or more? "Mayor Menino has always been
    here for the people of Boston, and we're behind him today" meets a story's "Thomas Menino, former mayor of
    Boston, says he has advanced form of cancer" in "Mayor", "Menino" and "Boston", and the story does not say it;
    "President Trump said he signed an executive order on Friday" does not say "In a separate Executive Order,
    President Trump also reaffirmed and continued the suspension of duty-free de minimis treatment ...". A verb of
    speech is no word of what is said ("..., said State Attorney Jane Roe" against "Jane Roe said in a statement
    that ..."). The link stays (the derivative claim may need the names); it adds nothing to the source claim's share.

    >>> from alignment.text.segment import TaggedWord
    >>> from alignment.text.normalize import words
    >>> ws = words("Mayor Menino has always been here for the people of Boston", 0, 59)
    >>> tagged = tuple(TaggedWord(w, "PROPN" if w.text[0].isupper() else "NOUN", w.key) for w in ws if w.content)
    >>> names = frozenset(i for i, t in enumerate(tagged) if t.pos == "PROPN")
    >>> prof = Profile(tagged, (), (1.0, 1.0, 2.0, 1.0, 1.0), frozenset(), "", tuple(t.word.key for t in tagged),
    ...                names, 6.0)
    >>> [t.word.text for t in tagged]
    ['Mayor', 'Menino', 'always', 'people', 'Boston']
    >>> _who_only(prof, frozenset({0, 1, 4})), _who_only(prof, frozenset({0, 1, 3, 4}))
    (True, False)
    """
    words, weights = profile.words, profile.weights
    if any(words[i].word.kind == "number" or any(c.isdigit() for c in words[i].word.text) for i in found):
        return False  # a figure reported is a fact (judge_source's reported figure)
    own = [i for i in range(len(words)) if i not in profile.names and not _speech(words[i])]
    if not profile.total or sum(weights[i] for i in own) < WHO_ONLY_CLAIM_SHARE * profile.total:
        return False
    return found.isdisjoint(own)


def _row_figure(seg: Segment, profile: Profile, found: frozenset[int], claim: Profile, given: frozenset[int],
                ) -> bool:
    """Does a link find a figure of a table's row (``found``: the row's content words found in the derivative claim
    ``claim``; ``given``: the claim's words found in the row)? A row is a label and its figures ("ME 175,000
    105,300"); a sentence giving one of them restates the row, however slight a share of either the link holds
    ("Most of the Maine recipients — 175,000 — are eligible for up to $10,000"). A figure the claim gives in round
    terms ("3.3 million" for 3,323,200) is found in the row, not the row's figure in the claim: either way counts."""
    return seg.kind is SegmentKind.TABLE_ROW and (any(profile.words[i].word.kind == "number" for i in found)
                                                  or any(claim.words[i].word.kind == "number" for i in given))


def _label(
    support: float, coverage: float, cosine: float, d_words: list[str], s_words: list[str], config: Config
) -> AlignmentLabel:
    shorter = min(len(d_words), len(s_words))
    if shorter >= 3 and LCSseq.similarity(d_words, s_words) / shorter >= config.copy_min_share:
        return AlignmentLabel.COPY
    if support >= config.min_support or coverage >= config.min_coverage or cosine >= config.semantic_paraphrase:
        return AlignmentLabel.PARAPHRASE
    return AlignmentLabel.PARTIAL


def related_pairs(
    deriv_doc: Analyzed, source_doc: Analyzed, deriv: Sequence[Profile], source: Sequence[Profile], scores: Scores,
    config: Config,
) -> list[tuple[int, int]]:
    """The pairs of ``scores`` that share ``min_shared_words`` and are not about different things
    (:func:`_related`): the pairs the rules choose counterparts among."""
    return _related_pairs(scores, deriv, source, _both_facts((deriv_doc, source_doc), (deriv, source)), config)


def _related_pairs(
    scores: Scores, deriv: Sequence[Profile], source: Sequence[Profile],
    facts: tuple[Sequence[_Facts], Sequence[_Facts]], config: Config,
) -> list[tuple[int, int]]:
    d_facts, s_facts = facts
    found, found_rev, semantic = scores.found, scores.found_rev, scores.semantic
    least, semantic_min = config.min_shared_words, config.semantic_min
    out = []
    for p in scores.support:
        d, s = p
        n_d, n_s = len(found[p]), len(found_rev[p])
        if (n_d if n_d > n_s else n_s) < least and (semantic.get(p, 0.0) if semantic else 0.0) < semantic_min:
            # _related's first test, asked here without a call for the pairs it stops (most pairs of a long text):
            # fewer words found than distinct words needed, and no specific figure of the source's found to lower it
            sf = s_facts[s]
            needed = max(min(least, d_facts[d].n_keys, sf.n_keys), 1)
            if (n_d if n_d > n_s else n_s) < needed and (needed == 1 or found_rev[p].isdisjoint(sf.specific)):
                continue
        if _related(p, scores, deriv, source, (d_facts[d], s_facts[s]), config):
            out.append(p)
    return out


def link_candidates(rule_pairs: set[tuple[int, int]], related: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs the link model chooses among: the rules' links, and the related pairs of each derivative claim
    the rules linked."""
    linked = {d for d, _ in rule_pairs}
    return set(rule_pairs) | {p for p in related if p[0] in linked}


def align(
    deriv_doc: Analyzed,
    source_doc: Analyzed,
    deriv: Sequence[Profile],
    source: Sequence[Profile],
    scores: Scores,
    config: Config,
    quoted: Mapping[tuple[int, int], tuple[frozenset[int], frozenset[int]]] | None = None,
    foreign: Mapping[int, frozenset[int]] | None = None,
) -> AlignmentResult:
    """The alignments of ``deriv_doc``'s claims with ``source_doc``'s, and what share of each is found.

    ``quoted``: the quote check's evidence (:func:`alignment.engine.evidence.quote_evidence`): for a (derivative,
    source) pair, the content words of each side inside a quotation verified word for word against that source
    passage. Each such pair is linked, and those words count as found on both sides.

    ``foreign``: for a derivative claim, the content words inside its quotations that the source does not hold
    (:func:`alignment.engine.evidence.foreign_quotations`): they count as found in no source claim in its share.
    """
    quoted = quoted or {}
    long_derivative = derivative_is_long(deriv_doc, source_doc, config)
    if not long_derivative:  # (a briefing's "the President" is a third party's)
        scores = _with_signer(scores, deriv, source_doc)

    def rank(p: tuple[int, int]) -> float:
        """How well source segment p[1] supports derivative segment p[0]: lexical, fused with meaning."""
        if not scores.semantic:
            return scores.support[p]
        w = config.semantic_weight
        return (1.0 - w) * scores.support[p] + w * scores.semantic.get(p, 0.0)

    def worth_to_derivative(p: tuple[int, int]) -> bool:
        """May source segment p[1] take derivative segment p[0] as its counterpart? Only if the pair supports
        ``min_link_support`` of the derivative segment, and either ranks near that segment's best related
        source segment (``min_link_relative``) or explains ``weak_gain`` of it that the segment's own
        counterparts do not: a source sentence that repeats a claim's names adds no link by itself."""
        if scores.support[p] < config.min_link_support:
            return False
        if rank(p) >= config.min_link_relative * best_rank.get(p[0], 0.0):
            return True
        return share(deriv[p[0]], scores.found[p] - explained.get(p[0], frozenset())) >= config.weak_gain

    d_facts, s_facts = _both_facts((deriv_doc, source_doc), (deriv, source))
    # a question asserts nothing: a reporter's question that repeats the statement's words neither supports it
    # nor is supported by it (a quotation it holds that is verified in the source still links it, below)
    asks = {d for d, seg in enumerate(deriv_doc.segments) if seg.is_claim and is_question(seg.text)}
    related = [p for p in _related_pairs(scores, deriv, source, (d_facts, s_facts), config) if p[0] not in asks]
    # each related pair's rank, asked once (without the semantic extra, its support)
    ranks = list(map(rank, related)) if scores.semantic else list(map(scores.support.__getitem__, related))
    best_rank: dict[int, float] = {}  # derivative index -> rank of its best related source segment
    for p, r in zip(related, ranks, strict=True):
        best_rank[p[0]] = max(best_rank.get(p[0], 0.0), r)
    by_d_all: dict[int, list[int]] = {}
    for d, s in scores.support:
        if d not in asks:
            by_d_all.setdefault(d, []).append(s)
    n_claims = sum(seg.is_claim for seg in deriv_doc.segments) + sum(seg.is_claim for seg in source_doc.segments)
    by_d: dict[int, list[tuple[int, frozenset[int], float]]] = {}
    by_s: dict[int, list[tuple[int, frozenset[int], float]]] = {}
    strong_d: dict[int, tuple[list[tuple[int, frozenset[int], float]], list[tuple[int, frozenset[int], float]]]] = {}
    strong_pairs: set[tuple[int, int]] = set()  # the related pairs that are strong, asked once a pair
    support, coverage, semantic = scores.support, scores.coverage, scores.semantic
    min_pair_share, semantic_min = config.min_pair_share, config.semantic_min
    for p, r in zip(related, ranks, strict=True):  # each pair's own key tuple, not a new one per look-up
        d, s = p
        cand = (s, scores.found[p], r)
        by_d.setdefault(d, []).append(cand)
        cover = coverage[p]
        by_s.setdefault(s, []).append((d, scores.found_rev[p], cover))
        # strong: either share reaches min_pair_share, or the embeddings say the two mean the same, or the two
        # long sentences share words that few other claims use (:data:`RARE_STRONG`)
        is_strong = max(support[p], cover) >= min_pair_share or semantic.get(p, 0.0) >= semantic_min or (
            support[p] >= config.min_partial and min(
                _rare_found(deriv[d], scores.found[p], d_facts[d].plain, n_claims),
                _rare_found(source[s], scores.found_rev[p], s_facts[s].plain, n_claims)) >= RARE_STRONG)
        if is_strong:
            strong_pairs.add(p)
        strong_d.setdefault(d, ([], []))[0 if is_strong else 1].append(cand)

    chosen: set[tuple[int, int]] = set()
    d_blocks = [seg.block for seg in deriv_doc.segments]
    s_blocks = [seg.block for seg in source_doc.segments]
    weak: set[tuple[int, int]] = set()  # links that add to a derivative claim but say little of the source claim
    for d, cands in by_d.items():
        strong_cands, weak_cands = strong_d[d]
        picked = _greedy(deriv[d], strong_cands, config, weak_cands)
        weak.update((d, s) for s in picked if (d, s) not in strong_pairs)
        chosen.update((d, s) for s in picked or _by_block(deriv[d], cands, s_blocks, config))
    # a derivative claim whose words are spread over one source paragraph, a word or two per claim
    # ("Facilitating humanitarian aid flow"): each must share a word that is not a name, since the
    # names of a text's main actors turn up in most of its paragraphs
    for d in sorted(set(by_d_all) - {d for d, _ in chosen}):
        loose = [(s, scores.found[(d, s)], rank((d, s))) for s in by_d_all[d]
                 if not scores.found[(d, s)] <= deriv[d].names
                 and _related((d, s), scores, deriv, source, (d_facts[d], s_facts[s]), config, min_shared=1)]
        chosen.update((d, s) for s in _by_block(deriv[d], loose, s_blocks, config))
    chosen |= _sole_counterparts(chosen, by_d, scores, deriv, d_facts, config)
    explained: dict[int, frozenset[int]] = {}  # derivative index -> content words its own counterparts explain
    for d, s in chosen:
        explained[d] = explained.get(d, frozenset()) | scores.found[(d, s)]
    # headlines (alignment.text.segment.title_line) state the main news, which the other side says again in its
    # lead: the source's headline takes the derivative claims that cover it, even where another source sentence
    # explains them already, and the two headlines are linked when they share words about the same things
    d_title, s_title = title_line(deriv_doc), title_line(source_doc)

    def headline_link(p: tuple[int, int]) -> bool:
        return p[1] == s_title and scores.coverage[p] >= config.min_coverage

    def row_link(p: tuple[int, int]) -> bool:
        """A table's row takes the claim that gives its specific figure, however long the claim around it ("In a
        fact sheet put out by the White House on how many people are eligible ..., there are 49,600 people in
        Wyoming eligible for relief")."""
        return source_doc.segments[p[1]].kind is SegmentKind.TABLE_ROW and any(
            _specific(source[p[1]].words[i].word) for i in scores.found_rev[p])

    def restated_whole(p: tuple[int, int]) -> bool:
        """Does derivative claim p[0] restate source claim p[1] whole (:data:`RESTATED_WHOLE`)?"""
        return scores.coverage[p] >= RESTATED_WHOLE and _informative(
            scores.found_rev[p], source[p[1]].word_keys, s_facts[p[1]]) >= RESTATED_WHOLE_WORDS

    # the items of a run-on list, one line each (alignment.text.segment.enumerated): "certain electronics;" (a line
    # to itself: not the last claim of a sentence cut at its semicolons)
    per_block = Counter(seg.block for seg in source_doc.segments)
    items = {s for s, seg in enumerate(source_doc.segments)
             if seg.is_claim and per_block[seg.block] == 1 and enumerated(seg.text)}
    # and the last item, the line after "certain aerospace products; and", which ends the sentence with its stop
    items |= {s + 1 for s in items if s + 1 < len(source_doc.segments) and source_doc.segments[s + 1].is_claim
              and per_block[source_doc.segments[s + 1].block] == 1
              and not source_doc.segments[s].text.rstrip().endswith(";")}

    def item_link(p: tuple[int, int]) -> bool:
        """Is source claim p[1] an item of a list whose lead-in (the claim the run of items follows) or another
        item derivative claim p[0] is linked to already? A report gives the list in one sentence ("goods excluded
        include certain critical minerals, pharmaceuticals, electronics ..."): the item is one of its parts, however
        little of that long sentence it supports."""
        d, s = p
        if s not in items:
            return False
        lead = s - 1
        while lead > 0 and lead in items:
            lead -= 1
        return any((d, j) in chosen for j in range(max(lead, 0), s))

    def quantity_reported(s: int, cands: Sequence[tuple[int, frozenset[int], float]]) -> list[int]:
        """For a source claim that takes no counterpart: the derivative claims of strong pairs covering
        ``min_coverage`` of it that give one of its quantities (:func:`_quantity_found`), though another source
        sentence explains them better ("a planned $312 million investment" in a long sentence on the plan, for
        "announced investments of over $312 million to small townships"): the figure is the fact."""
        return sorted(d for d, found, cover in cands if (d, s) in strong_pairs and cover >= config.min_coverage
                      and _quantity_found(source[s], found))

    rows: set[tuple[int, int]] = set()  # a table's row and the claims giving its specific figure (row_link)
    for s, cands in by_s.items():
        picked = _greedy(source[s], [c for c in cands if (c[0], s) in strong_pairs
                                     and (worth_to_derivative((c[0], s)) or headline_link((c[0], s))
                                          or row_link((c[0], s)) or restated_whole((c[0], s))
                                          or item_link((c[0], s)))], config)
        picked = picked or _by_block(source[s], cands, d_blocks, config) or quantity_reported(s, cands)
        chosen.update((d, s) for d in picked)
        rows.update((d, s) for d in picked if row_link((d, s)))
    # an item too short to share two words with the sentence that gives the list ("pharmaceuticals and
    # pharmaceutical ingredients;" in "... including certain critical minerals, pharmaceuticals, electronics ...") is
    # related to it by the list: it takes a derivative claim linked to the list that finds min_partial of it
    for s in sorted(items - {s for _, s in chosen}):
        chosen.update(p for p in ((d, s) for d in range(len(deriv))) if p in scores.coverage and item_link(p)
                      and scores.coverage[p] >= config.min_partial
                      and bool(scores.found_rev[p] - s_facts[s].plain))

    # context: a sentence next to a counterpart may hold what the counterpart leaves implicit, or say it again
    names, repeats = _context_links(chosen, scores, deriv, [seg.is_claim for seg in source_doc.segments], config,
                                    [f.plain for f in d_facts])
    chosen |= names | repeats
    weak |= names | repeats
    # the learned link model's evidence around the counterparts (alignment.engine.linking): shown as "context"
    # alignments, in neither segment's links nor share
    context: set[tuple[int, int]] = set()
    if config.link_model:
        candidates = link_candidates(chosen, related)
        chosen, context = relink(chosen, scores, deriv, [len(words) for words in source_doc.words],
                                 load_link_model(bool(scores.semantic), bool(scores.static)), candidates,
                                 config.min_link_probability,
                                 {d: f.plain | f.aside for d, f in enumerate(d_facts)})
        weak &= chosen
        repeats &= chosen

    titles = {(d_title, s_title)} if d_title is not None and s_title is not None else set()
    # and so are the two leads, the first claims after the titles, when they name the same two actors or more: a
    # readout's "President Joseph R. Biden spoke today with Prime Minister Boris Johnson of the United Kingdom." and a
    # story's "President Biden and British Prime Minister Boris Johnson discussed on Saturday issues including trade
    # ... in their first phone call": who met whom is the news, and the names are what the two sentences say
    d_lead, s_lead = _lead(deriv_doc, d_title), _lead(source_doc, s_title)
    if d_lead is not None and s_lead is not None and (d_lead, s_lead) in scores.support and min(
            _actors(deriv[d_lead], scores.found[(d_lead, s_lead)], d_facts[d_lead].plain),
            _actors(source[s_lead], scores.found_rev[(d_lead, s_lead)], s_facts[s_lead].plain)) >= _LEAD_ACTORS:
        titles.add((d_lead, s_lead))
    chosen |= {p for p in titles if p in scores.support and p[0] not in asks
               and _related(p, scores, deriv, source, (_as_headline(d_facts[p[0]], deriv[p[0]]),
                                                        _as_headline(s_facts[p[1]], source[p[1]])), config)}
    chosen |= _headline_by_lead(chosen - weak, d_title, d_lead, scores, deriv, source, (d_facts, s_facts), config)
    chosen |= set(quoted)  # a verified quotation links its sentence to the passage it quotes, whatever else
    # and the link is the quotation's, no repeat nor weak link whatever the rules first made of the pair: a
    # sentence quoting the source's sentence word for word next to its counterpart reports it ("Biden \"conveyed
    # his intention to strengthen ...\"", where the rules had linked the neighbour it also quotes first)
    repeats -= set(quoted)
    weak -= set(quoted)
    chosen |= rows  # and a claim giving a table row's specific figure is linked to the row
    context -= chosen

    deriv_links: dict[int, list[int]] = {}
    source_links: dict[int, list[int]] = {}
    for d, s in sorted(chosen):
        deriv_links.setdefault(d, []).append(s)
        source_links.setdefault(s, []).append(d)

    # a repeat is shown as context, but what it alone finds is not counted as supported
    none: frozenset[int] = frozenset()
    no_quote = (none, none)
    deriv_found = {d: frozenset().union(*(scores.found.get((d, s), none) | quoted.get((d, s), no_quote)[0]
                                          for s in ss if (d, s) not in repeats))
                   for d, ss in deriv_links.items()}
    frames = {d: _frame(deriv_doc.segments[d].text, deriv_doc.segments[d].start, deriv_doc.words[d], deriv[d])
              for d in deriv_found}
    deriv_share = {d: _framed_share(deriv[d], frames[d], f - foreign.get(d, none) if foreign else f,
                                    config.min_partial, foreign is not None and d in foreign and d != d_title)
                   for d, f in deriv_found.items()}
    # the numbers of a source claim its counterparts report: a figure is a fact, however long the claim around it
    source_figures: dict[int, tuple[str, ...]] = {}
    for s, ds in source_links.items():
        if all((d, s) in weak for d in ds):
            continue  # as for the share: weak links report nothing by themselves
        reported = frozenset().union(*(scores.found_rev.get((d, s), none) for d in ds if (d, s) not in repeats))
        words = source[s].words
        figures = tuple(words[i].word.text for i in sorted(reported) if words[i].word.kind == "number"
                        and not _bare_scale(words, i, reported) and not _no_figure(words, i, source_doc.text))
        if figures:
            source_figures[s] = figures

    alignments = []
    substantial: tuple[set[int], set[int]] = (set(), set())  # derivative, source claims with a link not slight
    shares: dict[int, list[tuple[float, float]]] = {}  # derivative claim -> (support, coverage) of each link
    restates_row: set[int] = set()
    ordered = sorted(chosen | context, key=lambda p: (p[1], p[0]))
    fuzzy = fuzzy_scores(deriv, source, ordered)
    for d, s in ordered:
        sup, cov, fz = scores.support.get((d, s), 0.0), scores.coverage.get((d, s), 0.0), fuzzy[(d, s)]
        if (d, s) in quoted:  # the quoted words are found on both sides, whatever the pair shares beside them
            found = scores.found.get((d, s), none) | quoted[(d, s)][0]
            sup = max(sup, share(deriv[d], found))
            cov = max(cov, share(source[s], scores.found_rev.get((d, s), none) | quoted[(d, s)][1]))
        d_words = [t.word.norm for t in deriv_doc.words[d]]
        s_words = [t.word.norm for t in source_doc.words[s]]
        label = AlignmentLabel.CONTEXT if (d, s) in context else \
            _label(sup, cov, scores.semantic.get((d, s), 0.0), d_words, s_words, config)
        score = round(0.8 * max(sup, cov) + 0.2 * fz, 4)
        row_figure = label is not AlignmentLabel.CONTEXT and _row_figure(
            source_doc.segments[s], source[s], scores.found_rev.get((d, s), none),
            deriv[d], scores.found.get((d, s), none))
        if label is not AlignmentLabel.CONTEXT:
            shares.setdefault(d, []).append((sup, cov))
        if label is not AlignmentLabel.CONTEXT and (not _slight(sup, cov, config) or row_figure or _quantity_found(
                source[s], scores.found_rev.get((d, s), none))):
            substantial[0].add(d)
            substantial[1].add(s)
        if row_figure:
            restates_row.add(d)
        alignments.append(
            Alignment(
                source_id=source_doc.segments[s].id,
                derivative_id=deriv_doc.segments[d].id,
                score=score,
                label=label,
                support=round(sup, 4),
                coverage=round(cov, 4),
                fuzzy=round(fz, 4),
                semantic=round(scores.semantic.get((d, s), 0.0), 4),
            )
        )
    # a claim whose slight links together find several of the derivative's rare words met the source by no chance
    substantial[0].update(d for d in set(deriv_links) - substantial[0]
                          if _rare_found(deriv[d], deriv_found[d], d_facts[d].plain, n_claims) >= CHANCE_MAX_FOUND)
    # a link that finds only who and where of a source claim (its names, none of its other words) reports nothing
    # of what it says: no share of it (the title line aside, which names the news)
    who_only = {(d, s) for d, s in chosen if (d, s) not in quoted and s != s_title
                and _who_only(source[s], scores.found_rev.get((d, s), none))}

    # weak links add to a source claim's coverage only when a stronger link reports it at all, or when two of them
    # each cover min_partial of it (:data:`WEAK_REPORTS`: two sentences of the story that each give a part of it)
    def reported_share(s: int, ds: Sequence[int]) -> float:
        ds = [d for d in ds if (d, s) not in who_only]
        reported = any((d, s) not in weak for d in ds) or _weak_links_report(
            [_claim_share(source[s], source_doc.words[s], scores.found_rev.get((d, s), none), source_doc.text)
             for d in ds], config)
        return _claim_share(source[s], source_doc.words[s], frozenset().union(
            *(scores.found_rev.get((d, s), none) | quoted.get((d, s), no_quote)[1] for d in ds))
            if reported else frozenset(), source_doc.text)

    source_share = {s: reported_share(s, ds) for s, ds in source_links.items()}
    # a derivative claim the report calls added reports nothing: a source claim covered only with its words is
    # at most partial (the words may still be the parts of it the derivative gives)
    quoting = frozenset(d for d, _ in quoted)
    # (a headline sums the news up in a few words of several sentences; and links that together support
    # min_support of a claim restate it from several sentences)
    scattered = frozenset(d for d, links in shares.items() if d not in quoting and d != d_title
                          and deriv_share[d] < config.min_support and _scattered(links, config))
    adds_own = _adds_own(deriv_links, deriv_share, quoting, config, long_derivative,
                         frozenset(deriv_links) - substantial[0]) | scattered
    covered_by_added = frozenset(
        s for s, ds in source_links.items() if source_share[s] >= config.min_coverage and any(d in adds_own for d in ds)
        and reported_share(s, [d for d in ds if d not in adds_own]) < config.min_coverage)
    return AlignmentResult(
        tuple(alignments),
        {d: tuple(v) for d, v in deriv_links.items()},
        {s: tuple(v) for s, v in source_links.items()},
        deriv_share,
        source_share,
        deriv_found,
        source_figures,
        frozenset(deriv_links) - substantial[0],
        frozenset(source_links) - substantial[1],
        covered_by_added,
        frozenset(restates_row),
        long_derivative,
        {d: f for d, f in frames.items() if f},
        scattered,
    )
