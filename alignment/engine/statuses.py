"""Statuses and their reasons: the share of a claim found in its counterparts, and the thresholds of the config,
give its status; the reason says which counterparts and what share (codes: :data:`alignment.model.REASONS`)."""

from __future__ import annotations

from collections.abc import Sequence

from alignment.config import Config
from alignment.model import DerivativeStatus, SourceStatus
from alignment.text.normalize import words

__all__ = ["judge_derivative", "judge_sentence_half", "judge_source", "states_figure"]

#: number words that are rather an article than a count: "One map shows ..." says "a map"
_ARTICLE_NUMBERS = frozenset({"one"})


def states_figure(detail: str) -> bool:
    """Does an unsupported detail of a number or a date state a figure? Not when its only numbers are the word
    "one" ("One map shows current extreme heat"): "one" before a noun is the article's "a", no count a source gives.

    >>> states_figure("One map"), states_figure("one in five adults"), states_figure("1 map"), states_figure("in 2004")
    (False, True, True, True)
    """
    numbers = [w for w in words(detail) if w.kind == "number"]
    return not numbers or any(w.text.lower() not in _ARTICLE_NUMBERS for w in numbers)


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
    note = f"part of a sentence cut in two whose other part {other} is reported"
    return SourceStatus.PARTIAL, "weak: " + _evidence(links, "coverage", share, ("min_partial", config.min_partial),
                                                     note).lstrip()


def added_though_linked(share: float, config: Config, quoted: bool = False, chance: bool = False,
                        scattered: bool = False) -> bool:
    """Is a linked derivative claim ``added`` all the same (:func:`judge_derivative`): below ``min_partial``, or
    every link slight in a long derivative (``chance``), or its links scattered (``scattered``), unless it
    ``quoted`` a counterpart."""
    return not quoted and (share < config.min_partial or chance or scattered)


def judge_derivative(share: float, links: Sequence[str], config: Config, new_facts: int | None = None,
                     quoted: bool = False, new_figures: Sequence[str] = (), question: bool = False,
                     chance: bool = False, headline: bool = False,
                     scattered: bool = False, foreign_quote: bool = False) -> tuple[DerivativeStatus, str]:
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
    """
    if question and not quoted:
        return DerivativeStatus.ADDED, "question"
    if not links:
        return DerivativeStatus.ADDED, "no_counterpart"
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
