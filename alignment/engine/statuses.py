"""Statuses and their reasons: the share of a claim found in its counterparts, and the thresholds of the config,
give its status; the reason says which counterparts and what share (codes: :data:`alignment.model.REASONS`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from alignment.config import Config
from alignment.engine.quotes import SPEECH_KEYS
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import DerivativeStatus, Detail, SourceStatus
from alignment.text.normalize import first_norm, words

if TYPE_CHECKING:
    from alignment.text.segment import TaggedWord

__all__ = ["earlier_event", "judge_derivative", "judge_derivative_half", "judge_sentence_half", "judge_source",
           "new_rank", "states_figure"]

#: number words that are rather an article than a count: "One map shows ..." says "a map"
_ARTICLE_NUMBERS = _LANG.article_numbers


def states_figure(detail: str) -> bool:
    """Does an unsupported detail of a number or a date state a figure? Not when its only numbers are the word
    "one" ("One map shows current extreme heat"): "one" before a noun is the article's "a", no count a source gives.

    >>> states_figure("One map"), states_figure("one in five adults"), states_figure("1 map"), states_figure("in 2004")
    (False, True, True, True)
    """
    numbers = [w for w in words(detail) if w.kind == "number"]
    return not numbers or any(w.text.lower() not in _ARTICLE_NUMBERS for w in numbers)


#: content words a claim that ranks its subject has before its verb: the subject ("Hairston and Smith", "The
#: criminal charges against the pair")
_RANK_SUBJECT = 4
#: words before a comma at most that open a claim ranking its subject ("If confirmed,", "If he is selected,")
_RANK_OPENING = 4
#: content words after a counterpart's rank word among which a word of the claim's ranked phrase shows it ranks the
#: same thing (:func:`new_rank`)
_RANKED_WITHIN = 3


def new_rank(text: str, start: int, details: Sequence[Detail], counterparts: Sequence[Sequence[str]]) -> str | None:
    """The rank a claim gives its subject as what it says of it, when its counterparts give no such rank: an
    unsupported detail that opens with a rank word (lang ``rank_words``; :func:`alignment.engine.details._ranked`
    makes it the whole ranked phrase) right after a finite copula or "become" and "the" ("If confirmed, Mangi would be
    the first Muslim American judge to serve on a federal appeals court", "Waldref will be the first woman to
    administer this department"). Such a sentence is about the rank: its subject, and what the ranked phrase repeats
    of the source (a judge, a court, a department), are who and where, which the source gives for another fact (a
    nomination). Not after "to" ("nominated Dena King to become the first Black person to ...": the rank is the
    purpose of a fact the claim states), nor after more than a subject (:data:`_RANK_SUBJECT` content words, an
    opening clause of a few words and its comma aside: "If confirmed, Mangi"): "Williams ... has worked in the office
    since 2012 and would be the first black man to serve ..." states other facts besides. ``start``: where the claim
    starts in ``text``. ``counterparts``: the keys of each counterpart's content words, in order;
    one that has the rank word with a word of the ranked phrase among the three content words after it gives the
    rank ("the first in his family to graduate"), not one that has the word in another sense ("first as a Research
    and Writing Attorney").

    >>> def rank(text, counterparts=()):
    ...     at = text.index("first")
    ...     return new_rank(text, 0, [Detail(text[at:-1], at, len(text) - 1, "word")], counterparts)
    >>> rank("Smith will be the first woman to lead the office.")
    'first woman to lead the office'
    >>> rank("Smith will be the first woman to lead the office.", [("smith", "first", "woman", "lead")])
    >>> rank("Smith will be the first woman to lead the office.", [("smith", "serv", "first", "clerk", "court")])
    'first woman to lead the office'
    >>> rank("He named Smith to be the first woman to lead the office.")
    >>> rank("If confirmed, Smith, 52, would be the first woman to lead the office.")
    'first woman to lead the office'
    >>> rank("Smith has worked in the office since 2012 and would be the first woman to lead the office.")
    """
    for d in details:
        # (the first word alone decides for most details: none opens with a rank word)
        if first_norm(d.text) not in _LANG.rank_words:
            continue
        ranked = words(d.text)
        before = words(text, start, d.start)
        if not (len(before) >= 3 and before[-1].norm == "the" and before[-3].norm != "to"
                and before[-2].norm in _LANG.ranking_verbs):
            continue
        subject = before[:-2]
        comma = next((k for k in range(1, len(subject)) if "," in text[subject[k - 1].end:subject[k].start]), None)
        if comma is not None and comma <= _RANK_OPENING:
            subject = subject[comma:]  # an opening clause ("If confirmed,") or the subject's apposition
        if sum(w.content for w in subject) > _RANK_SUBJECT:
            continue
        rank, phrase = ranked[0].key, {w.key for w in ranked[1:] if w.content}
        if not any(key == rank and not phrase.isdisjoint(keys[j + 1:j + 1 + _RANKED_WITHIN])
                   for keys in counterparts for j, key in enumerate(keys)):
            return d.text
    return None


#: words that may open a sentence before its time adverbial ("And earlier, ...": lang ``leading_conjunctions``)
_LEADING = _LANG.leading_conjunctions
#: words after an opener of lang ``earlier_openers`` among which a comma shows it is the sentence's time adverbial
_OPENER_COMMA = 4
#: "last" right before a verb ("the bank last increased the rate"), "has" and "have" of a present perfect, "since"
#: opening the start of its stretch of time (lang ``other_instance_adverbs``, ``perfect_auxiliaries`` and
#: ``period_starts``, which the discrepancy check reads for the same ideas)
_LAST = _LANG.conflicts.other_instance_adverbs
_PERFECTS = _LANG.conflicts.perfect_auxiliaries
_PERIOD_STARTS = _LANG.conflicts.period_starts


def earlier_event(text: str, tagged: Sequence[TaggedWord]) -> str | None:
    """The words by which a claim recounts an event before the one its source gives, in its main clause: a time
    adverbial that opens the sentence (lang ``earlier_openers``, a comma after it: "Earlier, Qatar condemned ...",
    "Last month, the Governor said ..."), the past perfect ("Many governors had already raised flags ..."), "last"
    before a verb ("the bank last increased the rate ... in August") or a present perfect's run "since" a time ("The
    Council has been raising the rate at each meeting since June"). Such a sentence is the story's background: it
    shares the source's subject (the rate, the council, the flags) and says what happened before. Not in a clause
    of its own (lang ``clause_openers``: "markets had forecast" after "than") nor after a verb of speech ("said
    Tuesday it had raised its rate" reports the news itself). ``text``: the document the words index.

    >>> from alignment.text.segment import TaggedWord
    >>> def ask(s, verbs=()):
    ...     return earlier_event(s, [TaggedWord(w, "VERB" if w.text in verbs else "ADV" if w.text in ("already",
    ...                                                                   "also") else "NOUN", w.key)
    ...                             for w in words(s)])
    >>> ask("Many governors had already raised flags for the day.", ["raised"])
    'had already raised'
    >>> ask("Earlier on Monday, the bank imposed a penalty.", ["imposed"])
    'Earlier on Monday,'
    >>> ask("The bank said it had raised its rate.", ["said", "raised"])
    >>> ask("Prices rose more than markets had forecast.", ["rose", "forecast"])
    >>> ask("The bank last increased the rate in August.", ["increased"])
    'last increased'
    >>> ask("The Council has been raising the rate at each meeting since June.", ["been", "raising"])
    'has been raising the rate at each meeting since'
    >>> ask("Earlier estimates were lower.")
    """
    ws = [t.word for t in tagged]
    surfaces = [w.surface for w in ws]
    k = 0
    while k < len(ws) and surfaces[k] in _LEADING:
        k += 1
    for opener in _LANG.earlier_openers:
        last = k + len(opener) - 1  # the opener's last word: the comma within _OPENER_COMMA words of it
        if tuple(surfaces[k:last + 1]) != opener:
            continue
        comma = next((j for j in range(last, min(last + _OPENER_COMMA, len(ws) - 1))
                      if "," in text[ws[j].end:ws[j + 1].start]), None)
        if comma is not None:
            return text[ws[k].start:ws[comma].end + 1]
    for i, w in enumerate(ws):
        if surfaces[i] in _LANG.clause_openers or tagged[i].lemma_key in SPEECH_KEYS or w.key in SPEECH_KEYS:
            return None  # what follows is in a clause of its own, or what someone said
        nxt = i + 1
        while nxt < len(ws) and tagged[nxt].pos == "ADV":
            nxt += 1
        if nxt >= len(ws) or tagged[nxt].pos not in ("VERB", "AUX"):
            continue
        if surfaces[i] == "had" or (surfaces[i] in _LAST and tagged[nxt].pos == "VERB"):
            return text[w.start:ws[nxt].end]
        if surfaces[i] in _PERFECTS and surfaces[nxt] == "been" and nxt + 1 < len(ws) \
                and ws[nxt + 1].surface.endswith("ing"):  # ("had" is read above: a present perfect here)
            since = next((j for j in range(nxt + 2, len(ws)) if surfaces[j] in _PERIOD_STARTS), None)
            if since is not None:
                return text[w.start:ws[since].end]
    return None


def _evidence(ids: Sequence[str], what: str, share: float, below: tuple[str, float] | None = None,
              note: str = "") -> str:
    floor = f" < {below[0]} {below[1]:g}" if below else ""
    return f"{' '.join(ids)} ({what} {share:.2f}{floor}{'; ' + note if note else ''})"


_CHANCE_NOTE = "every link slight in a long derivative"
_ADDED_NOTE = "covered only with claims the derivative adds"
_SCATTERED_NOTE = "each link below min_partial"


def judge_source(share: float, links: Sequence[str], config: Config, quoted: bool = False,
                 figures: Sequence[str] = (), chance: bool = False,
                 by_added: bool = False) -> tuple[SourceStatus, str]:
    """``covered`` from ``min_coverage``, ``partial`` from ``min_partial``, else ``omitted``; and why. A claim the
    article ``quoted`` faithfully is at least ``partial``, and so is a claim whose counterparts report one of its
    ``figures`` (its numbers, found there): the share counts words, and a long sentence that gives a trial's design,
    its inclusion criteria and its size is partly reported by an article that gives the size alone; the figure is
    the fact (as a derivative claim's new figure keeps it ``partial`` in :func:`judge_derivative`).

    >>> judge_source(0.3, ["D2"], Config())
    (<SourceStatus.PARTIAL: 'partial'>, 'linked: D2 (coverage 0.30 < min_coverage 0.35)')
    >>> judge_source(0.0, [], Config())
    (<SourceStatus.OMITTED: 'omitted'>, 'no_counterpart')
    >>> judge_source(0.1, ["D4"], Config(), quoted=True)
    (<SourceStatus.PARTIAL: 'partial'>, 'quoted: D4 (coverage 0.10)')
    >>> judge_source(0.07, ["D5"], Config(), figures=["27,500"])[1]
    'linked: D5 (coverage 0.07 < min_partial 0.2; reported figure "27,500")'

    ``chance``: every link of the claim is slight and the derivative is much longer than the source
    (``Config.long_derivative_ratio``): the claim is at most ``partial`` (``weak``), unless it was quoted or its
    figures are reported. Slight links summed over a long briefing make no restatement of it; they may still be
    the parts of it the briefing gives, so it is not ``omitted`` for them.

    >>> judge_source(0.47, ["D19", "D23"], Config(), chance=True)
    (<SourceStatus.PARTIAL: 'partial'>, 'weak: D19 D23 (coverage 0.47; every link slight in a long derivative)')
    >>> judge_source(0.28, ["D16"], Config(), chance=True)[0].value
    'partial'

    ``by_added``: the claim reaches ``min_coverage`` only with the words of derivative claims that are themselves
    ``added`` (:func:`judge_derivative`: below ``min_partial``, or every link slight in a long derivative): at most
    ``partial`` (``weak``), unless it was quoted or its figures are reported. A claim the report calls the
    derivative's own reports nothing, and "So, there you go." or "we're reaching out, offering our support" make
    no restatement of "Many women are also on the frontlines of the response"; they may still be parts of it.

    >>> judge_source(0.43, ["D33", "D200"], Config(), by_added=True)
    (<SourceStatus.PARTIAL: 'partial'>, 'weak: D33 D200 (coverage 0.43; covered only with claims the derivative adds)')
    """
    if not links:
        return SourceStatus.OMITTED, "no_counterpart"
    if chance and not quoted and not figures and share >= config.min_coverage:
        return SourceStatus.PARTIAL, "weak: " + _evidence(links, "coverage", share, note=_CHANCE_NOTE)
    if by_added and not quoted and not figures and share >= config.min_coverage:
        return SourceStatus.PARTIAL, "weak: " + _evidence(links, "coverage", share, note=_ADDED_NOTE)
    if share >= config.min_coverage:
        return SourceStatus.COVERED, "linked: " + _evidence(links, "coverage", share)
    if share >= config.min_partial:
        return SourceStatus.PARTIAL, "linked: " + _evidence(links, "coverage", share,
                                                             ("min_coverage", config.min_coverage))
    if quoted:
        return SourceStatus.PARTIAL, "quoted: " + _evidence(links, "coverage", share)
    if figures:
        reported = ", ".join('"' + " ".join(f.split()) + '"' for f in figures)
        floor = ("min_partial", config.min_partial)
        note = f"reported figure {reported}"
        return SourceStatus.PARTIAL, "linked: " + _evidence(links, "coverage", share, floor, note)
    return SourceStatus.OMITTED, "weak: " + _evidence(links, "coverage", share, ("min_partial", config.min_partial))


def judge_sentence_half(share: float, links: Sequence[str], other: str, config: Config,
                        ) -> tuple[SourceStatus, str]:
    """The status of an ``omitted`` claim that is one part of a sentence cut in two whose other part, ``other``, is
    reported (:func:`alignment.text.segment.second_halves`): ``partial``. The second part continues what the first
    says ("Today, President Trump signed a Proclamation" / "imposing a temporary import duty to address ..."; "Some
    goods will not be subject to the temporary import duty because of" / "the needs of the U.S. economy ..."): a
    story that reports one part has reported the sentence in part.

    >>> status, reason = judge_sentence_half(0.0, [], "S3", Config())
    >>> status.value
    'partial'
    >>> reason
    'weak: (coverage 0.00 < min_partial 0.2; part of a sentence cut in two whose other part S3 is reported)'
    """
    return SourceStatus.PARTIAL, _half_reason(links, "coverage", share, other, "reported", config)


def judge_derivative_half(share: float, links: Sequence[str], other: str, config: Config,
                          ) -> tuple[DerivativeStatus, str]:
    """The status of an ``added`` derivative claim that is one part of a sentence cut in two whose other part,
    ``other``, restates the source (``supported`` or ``partial``; :func:`alignment.text.segment.second_halves`):
    ``partial``. A reader, like the gold, judges the sentence: "The Swiss National Bank abandoned its cap on the
    franc" / "crashing below the 1.20 per euro floor it set over three years ago." is a restatement that adds what
    followed, the sentence reported in part, not a sentence of the article's own.

    >>> status, reason = judge_derivative_half(0.0, [], "D4", Config())
    >>> status.value
    'partial'
    >>> reason
    'weak: (support 0.00 < min_partial 0.2; part of a sentence cut in two whose other part D4 is linked)'
    """
    return DerivativeStatus.PARTIAL, _half_reason(links, "support", share, other, "linked", config)


def _half_reason(links: Sequence[str], measure: str, share: float, other: str, taken: str, config: Config) -> str:
    """The reason of a part of a sentence cut in two judged by its other part (:func:`judge_sentence_half`,
    :func:`judge_derivative_half`): its own ``measure`` below ``min_partial``, and the other part, ``taken``."""
    note = f"part of a sentence cut in two whose other part {other} is {taken}"
    return "weak: " + _evidence(links, measure, share, ("min_partial", config.min_partial), note).lstrip()


def added_though_linked(share: float, config: Config, quoted: bool = False, chance: bool = False,
                        scattered: bool = False) -> bool:
    """Is a linked derivative claim ``added`` all the same (:func:`judge_derivative`): below ``min_partial``, or
    every link slight in a long derivative (``chance``), or its links scattered (``scattered``), unless it
    ``quoted`` a counterpart."""
    return not quoted and (share < config.min_partial or chance or scattered)


def judge_derivative(share: float, links: Sequence[str], config: Config, new_facts: int | None = None,
                     quoted: bool = False, new_figures: Sequence[str] = (), question: bool = False,
                     chance: bool = False, headline: bool = False,
                     scattered: bool = False, foreign_quote: bool = False,
                     rank: str | None = None, earlier: str | None = None) -> tuple[DerivativeStatus, str]:
    """``added`` when nothing is linked or below ``min_partial``; ``supported`` from ``min_support``, or from
    ``min_support_restated`` when it has ``new_facts == 0`` (no name, number or date the source lacks: the rest
    of its words are the article's own way of saying it); else ``partial``; and why. A claim that ``quoted`` a
    counterpart faithfully (a quotation verified ``exact`` or ``near`` there) is at least ``partial``: the quoted
    words are the source's own, however little else of the sentence it holds.

    ``new_figures``: the claim's unsupported numbers and dates (the texts of those details). A claim that states
    a figure its counterparts do not give is ``partial`` however much of the rest they hold: the share counts
    words, and "opened its first store on 28 April 2015" against "opened its first store in May 2016" holds most of
    them; the figure is the fact.

    >>> judge_derivative(0.9, ["S1", "S4"], Config())
    (<DerivativeStatus.SUPPORTED: 'supported'>, 'linked: S1 S4 (support 0.90)')
    >>> judge_derivative(0.1, ["S3"], Config())[1]
    'weak: S3 (support 0.10 < min_partial 0.2)'
    >>> judge_derivative(0.5, ["S2"], Config(), new_facts=0)[1], judge_derivative(0.5, ["S2"], Config(), 1)[0].value
    ('restated: S2 (support 0.50)', 'partial')
    >>> judge_derivative(0.15, ["S6"], Config(), quoted=True)[1]
    'quoted: S6 (support 0.15)'
    >>> judge_derivative(0.9, ["S3"], Config(), new_facts=1, new_figures=["on 28 April 2015"])
    (<DerivativeStatus.PARTIAL: 'partial'>, 'linked: S3 (support 0.90; new figure "on 28 April 2015")')

    A ``question`` (:func:`alignment.text.segment.is_question`) asserts nothing: ``added``, unless it ``quoted``
    a counterpart (the alignment links a question only through a verified quotation).

    >>> judge_derivative(0.0, [], Config(), question=True)
    (<DerivativeStatus.ADDED: 'added'>, 'question')

    ``chance``: every link of the claim is slight and the derivative is much longer than the source
    (``Config.long_derivative_ratio``): ``added`` (``weak``), unless it quoted a counterpart.

    >>> judge_derivative(0.38, ["S30", "S31"], Config(), chance=True)
    (<DerivativeStatus.ADDED: 'added'>, 'weak: S30 S31 (support 0.38; every link slight in a long derivative)')

    ``headline``: the claim is the derivative's title line (:func:`alignment.text.segment.title_line`). A headline
    states the main news in a few words of its own ("Biden congratulates new British PM Sunak; leaders discuss
    Russia-Ukraine conflict"), which the source says at length: once linked at ``min_partial`` and stating no
    figure its counterparts lack, it is ``supported`` (``headline``); the share of a headline's words found is
    low for a faithful one, as it is for the summary lead it abridges.

    >>> judge_derivative(0.41, ["S1", "S2"], Config(), new_facts=2, headline=True)
    (<DerivativeStatus.SUPPORTED: 'supported'>, 'headline: S1 S2 (support 0.41)')

    ``scattered``: the claim has two links or more and none alone reaches ``min_partial`` of it
    (:func:`alignment.engine.align._scattered`): ``added`` (``weak``), unless it quoted a counterpart; a word or two
    of each of several sentences makes no restatement of any.

    >>> judge_derivative(0.38, ["S5", "S9", "S12"], Config(), scattered=True)[1]
    'weak: S5 S9 S12 (support 0.38; each link below min_partial)'

    ``foreign_quote``: the claim holds a quotation the source does not give (verdict ``unsupported``, more than two
    words, no scare quote: :func:`alignment.engine.evidence.foreign_quotations`): someone's words the source never
    says are a fact it lacks, as a new figure is, so the claim is at most ``partial`` however much of the rest its
    counterparts hold ("The prosecutor said in a statement that the officer's actions were “unfortunate and
    regrettable.”" against a release that gives the charges and not those words); not its title line, judged as a
    headline.

    >>> judge_derivative(0.7, ["S2", "S7"], Config(), foreign_quote=True)
    (<DerivativeStatus.PARTIAL: 'partial'>, 'linked: S2 S7 (support 0.70; quotation not in the source)')

    ``rank``: the claim says its subject is the first of a kind, and its counterparts give no rank (:func:`new_rank`:
    "Waldref will be the first woman to administer this department" against a release that nominates her): what it
    says is the rank, which the source lacks, so it is ``added`` (``weak``) whatever share its subject and the
    ranked phrase's words find; unless it quoted a counterpart, or it is the title line.

    >>> judge_derivative(0.6, ["S10", "S14"], Config(), rank="first woman to administer this department")[1]
    'weak: S10 S14 (support 0.60; new rank "first woman to administer this department")'

    ``earlier``: the claim recounts an event before the source's (:func:`earlier_event`: "Iceland's central bank last
    increased the rate 25 basis points at its November meeting"). Where its counterparts hold less than
    ``min_support`` of it (and it is no restatement in the article's words), what they share is the subject, not the
    event: ``added`` (``weak``), unless it quoted a counterpart or is the title line.

    >>> judge_derivative(0.43, ["S2", "S9"], Config(), new_facts=2, earlier="last increased")[1]
    'weak: S2 S9 (support 0.43 < min_support 0.6; an earlier event, "last increased")'
    >>> judge_derivative(0.7, ["S2"], Config(), earlier="last increased")[0].value
    'supported'
    """
    if question and not quoted:
        return DerivativeStatus.ADDED, "question"
    if not links:
        return DerivativeStatus.ADDED, "no_counterpart"
    if rank and not quoted and not headline:
        return DerivativeStatus.ADDED, "weak: " + _evidence(links, "support", share, note=f'new rank "{rank}"')
    if earlier and not quoted and not headline and config.min_partial <= share < config.min_support and not (
            new_facts == 0 and share >= config.min_support_restated):
        note = f'an earlier event, "{" ".join(earlier.split())}"'
        floor = ("min_support", config.min_support)
        return DerivativeStatus.ADDED, "weak: " + _evidence(links, "support", share, floor, note)
    if added_though_linked(share, config, quoted=quoted, chance=chance, scattered=scattered):
        if share >= config.min_partial:
            note = _CHANCE_NOTE if chance else _SCATTERED_NOTE
            return DerivativeStatus.ADDED, "weak: " + _evidence(links, "support", share, note=note)
        floor = ("min_partial", config.min_partial)
        return DerivativeStatus.ADDED, "weak: " + _evidence(links, "support", share, floor)
    if share < config.min_partial:  # (and quoted)
        return DerivativeStatus.PARTIAL, "quoted: " + _evidence(links, "support", share)
    if foreign_quote and not headline and (share >= config.min_support or (
            new_facts == 0 and share >= config.min_support_restated)):
        return DerivativeStatus.PARTIAL, "linked: " + _evidence(links, "support", share,
                                                                 note="quotation not in the source")
    if share >= config.min_support and new_figures:
        figures = ", ".join('"' + " ".join(f.split()) + '"' for f in new_figures)
        return DerivativeStatus.PARTIAL, "linked: " + _evidence(links, "support", share, note=f"new figure {figures}")
    if share >= config.min_support:
        return DerivativeStatus.SUPPORTED, "linked: " + _evidence(links, "support", share)
    if new_facts == 0 and share >= config.min_support_restated:
        return DerivativeStatus.SUPPORTED, "restated: " + _evidence(links, "support", share)
    if headline and not new_figures:
        return DerivativeStatus.SUPPORTED, "headline: " + _evidence(links, "support", share)
    floor = ("min_support", config.min_support)
    return DerivativeStatus.PARTIAL, "linked: " + _evidence(links, "support", share, floor)
