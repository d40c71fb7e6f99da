"""Finding an article's sources in the index.

For each article: (1) its content-word stems, weighted by inverse document frequency; the most distinctive
``query_terms`` of them make a BM25 query that returns ``candidates`` documents (stems, not word n-grams, so a
re-written story still meets its release), and an article longer than ``window_terms`` stems is also searched
window by window (``window_candidates`` each: a short source used in one part of a long article), and the
``contained_candidates`` documents made most of the article's rare stems are added (a short statement read out in
a long briefing, which BM25 ranks below long texts), and the ``quote_candidates`` documents holding the most of its
quoted runs (a short text a story quotes word for word), and so are the ``dated_candidates`` documents dated from
``dated_days`` days before the article to its day (a source is used while it is news); a candidate dated more
than ``max_days_after`` days after the article is dropped (unless the article's date was read in its text and the
candidate states it: the day of the event both report); (2) two shares for each candidate: the
IDF-weighted share of the article's stems it holds (*lexical*, the article side: counted only when at least
``min_reverse`` of the candidate's own weighted stems are in the article) and that share of its own stems
the article holds (*contained*, the source side); when the article and the candidate are both records of
exchanges (``exchange_questions``: a briefing and another briefing), only the source side counts; with
``lexical_lead`` set (off by default), the candidate whose lexical share leads every other text's by that many
times (from ``min_lexical``) keeps it whatever its reverse share (a long release a short story uses in part), and
so do the text of the article's days BM25 ranks first (``days_top``; an undated article's day is that of BM25's
first two texts when they share one, ``day_pair``), the texts holding the most of the article's
quotations (``quote_runs``) and the text BM25 ranks first when it holds ``top_lexical`` of the article, and the
text BM25 sets ``bm25_lead`` times above the next (counted before the date rule), or that BM25 puts first and
that holds ``pin_lead`` times more of the article's figures than the next ones (the instance of a recurring
text; BM25's second too, ``pin_depth``, when the first does not lead it by ``bm25_lead``), which is then a match
only when the engine supports ``bm25_lead_support`` of the article (``possible_support`` when it holds
``lead_figures`` of the article's figures and ``lead_figure_contained`` of itself is in it; no floor when it also
leads on the source side, ``lead``, holding ``lead_contained`` of itself in the article); and the text among
BM25's first ``date_pin_top`` naming the most of the days of months the article names (``date_pin``: one year's
instance of a text issued every year) keeps its lexical share and ranks with the quote leaders;
(3) the comparison engine (:func:`alignment.api.compare`) on
the first ``rescore`` candidates, best evidence first (the two shares combined), whose lexical share reaches
``min_lexical`` or whose contained share reaches ``min_contained`` (or leads every other text's by ``lead``
times, from ``min_lead``; by ``agreed_lead`` times when both retrievals put it at the top), and on further
ones, up to ``max_rescore``, the texts of the article's days first
(``days_compared_first``), while the characters compared stay within
``compare_budget`` times the article's length (a comparison costs both texts: a long article holding several
short sources gets more comparisons): the share of the article's claims the candidate supports, the share
of the candidate the article covers, its supported passages and the article's quotes found in it; (4) the
compared candidates whose score (the article side, the mean of the engine's support and the lexical share, and
the source side, the mean of the engine's coverage of the source and the contained share, combined as
independent evidence: 1 - (1 - article side)(1 - source side)) reaches ``min_score``, ranked, and a greedy
cover over the article's supported claims: rank 1 is in the cover, a later source only when it supports in full
at least ``min_gain`` of the article's claims that the sources above it do not support at all (``cover`` is
false for a duplicate or a weaker version of a source above); the text leading by the figures ranks first
when its score is within ``pin_margin`` of the first's and the engine supports as much of the article in it, and
for a record of an exchange the text it reads out (its runs of ``read_stems`` stems held in the article, the
verbatim share, leading every other compared text's by ``read_lead``) when within ``read_margin``.
Once one candidate passes, a further source of the
cover needs only half of ``min_lexical`` or of ``min_contained`` to be compared and ``min_cover_score`` to be
listed: it explains part of the article. (5) An article with no match may get *possible* sources
(``possible_lead``): the text both retrievals put first, BM25 leading the next by ``possible_lead``, listed apart
(:attr:`ArticleMatches.possible`) when the engine supports ``possible_support`` of the article: a low-confidence
tier, never a match. That text, when it holds ``min_lexical`` of the article, passes on that share whatever
``min_reverse`` (``agreed_lexical``: a text both retrievals put first is not a long text holding every article's
words), and is then compared and ranked like any candidate passing the gates; compared, it is also a match when the
source side of its score (the engine's coverage of it and its contained share) reaches ``agreed_source``.
"""

from __future__ import annotations

import contextlib
import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from alignment.api import compare
from alignment.batch.workers import dask_client
from alignment.config import Config
from alignment.discovery.store import Candidate, SourceIndex
from alignment.discovery.terms import (
    content_terms,
    figures,
    is_exchange,
    month_days,
    quoted_grams,
    stated_dates,
    text_date,
)
from alignment.errors import ConfigError
from alignment.model import DerivativeStatus, QuoteStatus
from alignment.text.reading import Document, read_document

__all__ = ["ArticleMatches", "FindConfig", "Match", "find_sources"]

_SUPPORTED = frozenset({str(DerivativeStatus.SUPPORTED), str(DerivativeStatus.PARTIAL)})
_FULLY = str(DerivativeStatus.SUPPORTED)
_FOUND = frozenset({str(QuoteStatus.EXACT), str(QuoteStatus.NEAR), str(QuoteStatus.ALTERED)})
Progress = Callable[[int, int, int], None]


@dataclass(frozen=True)
class FindConfig:
    """Options of ``find``; the defaults were tuned on half of the benchmark's pairs (benchmarks/discovery.py)
    and are reported on the other half (docs/discovery.md)."""

    #: matches listed per article, at most
    top: int = 5
    #: the article's stems (most distinctive first) that make the BM25 query
    query_terms: int = 60
    #: documents BM25 returns for the lexical share
    candidates: int = 50
    #: a candidate holding less than this IDF-weighted share of the article's stems is not compared
    min_lexical: float = 0.4
    #: ... and at least this IDF-weighted share of its own stems must be in the article (keeps long documents,
    #: which hold some of every article's words, and same-topic documents from being compared for nothing)
    min_reverse: float = 0.25
    #: candidates compared with the engine whatever they cost (best share first)
    rescore: int = 3
    #: further candidates that pass are compared, up to ``max_rescore`` in all, while the characters compared (the
    #: article's and the candidate's, summed over the article's comparisons: a comparison's cost grows with both
    #: texts) stay within ``compare_budget`` times the article's length: a long article holding several short
    #: sources (a briefing reading out statements) gets more comparisons than three, a short story compared with
    #: long texts no more (0: ``rescore`` only)
    compare_budget: float = 6.0
    max_rescore: int = 6
    #: a source dated more than this many days after the article cannot be its source (when both show a date;
    #: a negative value turns the rule off)
    max_days_after: int = 2
    #: a compared candidate is a match when its score reaches this
    min_score: float = 0.35
    #: a later source joins the cover when it supports this share of the article's claims that no source above does
    min_gain: float = 0.1
    #: the score a further source of the cover needs (it explains part of the article, so it scores lower)
    min_cover_score: float = 0.1
    #: an article longer than this many stems is also searched window by window (BM25 over each window's most
    #: distinctive stems), so that a short source used in one part of a long article is retrieved
    window_terms: int = 150
    #: documents each window's query returns
    window_candidates: int = 5
    #: a candidate holding less than ``min_lexical`` of the article is still compared when at least this
    #: IDF-weighted share of its own stems is in the article (a source the article contains: a statement read
    #: out in a briefing, a release used in part); its score is then the mean of the engine's coverage of the
    #: source and that share, when higher than the article-side score
    min_contained: float = 0.6
    #: documents also retrieved for being made mostly of the article's rare stems (0: none), whatever BM25 ranks
    #: them: a short statement read out in a long briefing, which BM25 ranks below the long texts holding more of
    #: the briefing's words (:meth:`SourceIndex.contained`)
    contained_candidates: int = 15
    #: documents dated from ``dated_days`` days before the article to its own day are candidates too (when the
    #: article shows a date), up to ``dated_candidates`` of them, the latest first, whatever BM25 ranks them: a
    #: source is used while it is news (a briefing restates the statements of its day and the day before, a
    #: story follows its release within days), and a short one read out among many subjects ranks low in both
    #: retrievals; they are weighed by their shares like any candidate (0 candidates: none)
    dated_days: int = 2
    dated_candidates: int = 40
    #: the matches dated within the article's days (from ``dated_days`` before it to its day, the days of the
    #: dated candidates) whose score reaches ``recent_min_score`` rank before the others, each group by score: of
    #: two texts the article restates (a briefing restating today's statement and last month's on the same
    #: subject), the one of its days is the one it was written from (False: by score only)
    recent_first: bool = True
    recent_min_score: float = 0.35
    #: after the first ``rescore`` comparisons (best evidence first), the further ones the budget allows go to the
    #: texts of the article's days first (the days of ``recent_first``; False: best evidence first throughout)
    days_compared_first: bool = True
    #: for an article that is not a record of an exchange (a news story, a page of news excerpts), the first text
    #: of its days (as ``recent_first``) among the first ``days_top`` documents of the whole article's BM25 query
    #: is compared first, whatever its shares (its lexical share counts whatever ``min_reverse``): a story is
    #: written from the release of its days, and when BM25 puts a text of those few days at the top of
    #: thousands, that is the release, however little of a page of many outlets' paraphrases it explains or of
    #: its own long text (tables, other actions) the page holds. A briefing or a call restates many texts of its
    #: days, so for a record of an exchange the shares decide (0: off)
    days_top: int = 2
    #: **an undated article's day from BM25's first two texts**: when the article shows no date and the first two
    #: texts of its whole BM25 query (a duplicate is the same text) are of one day and neither is a record of an
    #: exchange, ``days_top`` reads that day as the article's (for that rule only): a short undated story on a
    #: day's news brings up the day's release and its companion (an order and its fact sheet, a list of nominees and
    #: the nominations sent to the Senate), and the first of them is compared whatever its shares (False: off)
    day_pair: bool = True
    #: a stem is rare, for that retrieval, when at most this share of the index's documents holds it
    rare_share: float = 0.02
    #: ... and a document must hold at least this many of the article's rare stems to be retrieved so
    contained_min_terms: int = 3
    #: the candidate holding the largest contained share is compared when that share is at least ``min_lead``
    #: and ``lead`` times the next candidate's (a clear winner on the source side: a statement read out in part,
    #: whose share a larger index, with rarer words, brings under ``min_contained``)
    lead: float = 1.4
    min_lead: float = 0.3
    #: **the retrievals agree on the source side** (``agreed_lead``): the text first in the containment retrieval
    #: (the article's rare stems over the text's length) that is also one of BM25's first two for the whole
    #: article (a duplicate is the same text; counted before the date rule, kept by it, not dated after the
    #: article, not a record of an exchange, the article none either) leads on the source side with this ratio
    #: over the next text's contained share instead of ``lead``: a family of releases from one issuer on one case
    #: (a regulator's successive statements on a bank) shares the case's names, so the one the story retells leads
    #: its siblings by less, but both retrievals put it at the top (0: off)
    agreed_lead: float = 1.2
    #: the candidate holding the largest lexical share keeps it (is compared for it) whatever its reverse share
    #: (``min_reverse``) when that share reaches ``min_lexical`` and this many times the next text's: a clear
    #: winner on the article side (a long release of which a short story uses a part: little of the release's
    #: own vocabulary is in the story, but no other text holds as much of the story; 0: off). Off by default: at
    #: 1.6 it found real/02 and real/07 but let a hard negative through (hard/01572: a 2010 story, whose date
    #: drops every later text, so its nearest release leads by far), and the tuned threshold rose to 0.6
    lexical_lead: float = 0.0
    #: a text with at least this many questions (lines the language's ``question_turn`` opens: "Q ...") is the
    #: record of an exchange (a briefing, a press call, an interview); when the article is one too, a candidate
    #: that is one is a text of the same kind, not a release: the two share the genre's talk (greetings, the
    #: questions of the day, the officials' stock answers), so the share of the article it holds (and the
    #: engine's support) is no evidence of use; only the source side counts for it (0: the rule is off)
    exchange_questions: int = 3
    #: for an article that is not a record of an exchange, the candidates holding the most of its quotations (its
    #: runs of ``quote_stems`` consecutive content-word stems inside double quotation marks, found in the same
    #: order in the candidate), at least ``quote_runs`` of them, are compared first after the text of
    #: ``days_top``, whatever their shares (their lexical share counts whatever ``min_reverse``): a story quoting
    #: its source word for word holds little of a long release's own vocabulary, and the quotation, which a text
    #: on the same subject does not hold, singles the release out (a same-topic text, or one sharing a stock
    #: sentence, holds fewer runs; ties all go). A text dated after the article does not count (it quotes the same
    #: speaker, or the article). Among the matches, those whose score reaches ``recent_min_score`` rank before
    #: the others (after the texts of the article's days, ``recent_first``): of two texts on the subject (an
    #: executive order and its fact sheet), the one the article quotes is the one it was written from. A record of
    #: an exchange quotes the questions' news, not the texts it reads out: the shares decide for it, as for
    #: ``days_top`` (0 runs: off)
    quote_stems: int = 5
    quote_runs: int = 3
    #: a whole quotation of ``quote_fragment_stems`` to ``quote_stems - 1`` content-word stems counts as one of
    #: those runs: a story quoting its source in short phrases ("the original American hero", "a giant of Western
    #: civilization"), none of them five stems long (0: off)
    quote_fragment_stems: int = 3
    #: for an article that is not a record of an exchange, the documents holding at least ``quote_runs`` of its
    #: quoted runs and ``quote_share`` of those looked up (each looked up as a phrase in the index, at most
    #: ``quote_lookups`` of them) are candidates too, up to ``quote_candidates``, the most runs first, whatever
    #: BM25 ranks them: a short order or statement a story quotes word for word ranks below the texts holding the
    #: story's other names (the people it quotes, the places of its context), and only the quote leaders' rule,
    #: above, tells it; a text holding three of a news page's 140 quoted runs (a briefing repeating a phrase of
    #: the day) is not the text it quotes (0: none)
    quote_candidates: int = 5
    quote_lookups: int = 80
    quote_share: float = 0.25
    #: the only text in the index holding any of the article's quoted runs (those looked up; its duplicates are
    #: the same text) is a candidate and a quote leader with ``quote_alone`` of them, under ``quote_runs``: a
    #: story quoting a readout's one stock phrase ("a candid and constructive discussion on a range of bilateral
    #: and global issues", two overlapping runs) among quotations of other speakers, which no other text holds
    #: (0: off)
    quote_alone: int = 2
    #: for an article that is not a record of an exchange, the first text of its BM25 query (those the date rule
    #: keeps) that holds at least this share of the article (lexical) counts it whatever ``min_reverse``, when
    #: it is not a record of an exchange itself: a short story re-telling one part of a long fact sheet or
    #: nomination list holds little of the source's own vocabulary, but a text ranked first that holds three
    #: quarters of the story is its source (a briefing holds the week's news in its questions: left out)
    #: (0: off)
    top_lexical: float = 0.75
    #: when no candidate passes the gates, a text of the article's days (from ``dated_days`` before it to its
    #: day) holding at least this share of its own stems in the article (contained) passes, under
    #: ``min_contained``: a release of the day restated in part in that day's gaggle (a nomination release, 0.59
    #: of it in the gaggle) is compared (0: off)
    days_min_contained: float = 0.5
    #: for an article that is not a record of an exchange, the first text of its whole BM25 query (those the date
    #: rule keeps; not a record of an exchange itself) whose BM25 score is at least ``bm25_lead`` times the next
    #: text's (a duplicate is the same text) is compared whatever its shares (its lexical share counts whatever
    #: ``min_reverse``): a short story paraphrasing its release shares no run of words with it and holds too
    #: little of a long release's own vocabulary for the gates, but BM25 sets its source far above the next text,
    #: where a story with no source in the index has a crowd of same-topic texts close together. When no other
    #: gate admits it, it is a match only when the engine supports at least ``bm25_lead_support`` of the
    #: article (its claims, IDF-weighted): the comparison, not the retrieval, decides (0: off)
    bm25_lead: float = 1.3
    bm25_lead_support: float = 0.3
    #: **the figures the article takes from it**: a text admitted by its lead alone (above) is a match with less of
    #: the engine's support (``possible_support``) when it holds at least ``lead_figures`` of the article's figures
    #: (:func:`figures`: numbers of two characters or more) making at least ``lead_figure_share`` of their weight
    #: (IDF), and at least ``lead_figure_contained`` of its own weighted stems are in the article: a short story
    #: paraphrasing its release repeats the release's numbers (the rate, the counts, the study's results) and
    #: some of its vocabulary, where a story on another study or another month of the same topic shares the
    #: words but not the numbers, or a year and a round number but little of the text (0 figures: off)
    lead_figures: int = 2
    lead_figure_share: float = 0.3
    lead_figure_contained: float = 0.125
    #: **a lead by the figures** (the instance of a recurring text): when the first text of the whole BM25 query
    #: does not lead by ``bm25_lead`` (a rate decision beside another bank's, a list of nominees beside the day's
    #: nominations sent to the Senate: texts of one kind, close in BM25), it still leads, as under ``bm25_lead``
    #: (compared, a match only when the engine supports ``bm25_lead_support`` of the article), when it holds the
    #: most of the article's figures (:func:`figures`: numbers of two characters or more, years, decimals;
    #: IDF-weighted) among the first ``pin_top`` texts of that query (a duplicate is the same text), at least
    #: ``pin_lead`` times the next one's: the figures (the rate, the count, the year) pin one instance of a kind
    #: (0: off)
    pin_lead: float = 1.5
    pin_top: int = 3
    #: the figure lead may also go to BM25's *second* text (``pin_depth`` 2; 1: the first only) when the first
    #: does not lead by ``bm25_lead`` over it: of two texts of one kind close in BM25, the one holding the
    #: article's figures is the instance, whichever BM25 happens to put first (the same tests, then, on it)
    pin_depth: int = 2
    #: the figure-led text (above) ranks first among the matches when its score is within ``pin_margin`` of the
    #: first's (same tier: the texts of the article's days, those holding its quotations) and the engine supports
    #: at least as much of the article in it: two texts of one kind, close in score (a list of nominees and
    #: the day's nominations sent to the Senate, which holds the names), are told apart by the figures (0: off)
    pin_margin: float = 0.05
    #: **a lead by the days the article names** (one instance of a text issued every year: an event's date, a
    #: lottery's deadlines): for an article that is not a record of an exchange, the text among the first
    #: ``date_pin_top`` of its whole BM25 query (a duplicate is the same text; counted before the date rule, kept by
    #: it, not dated after the article, not a record of an exchange) naming the most of the days of months the
    #: article names (:func:`month_days`: "April 1", "March 4, 2024"), at least ``date_pin`` of them and more than
    #: every other of those texts, is compared whatever its shares (its lexical share counts whatever
    #: ``min_reverse``), as a quote leader is: every year's announcement of an annual event holds the same words,
    #: and the days (Easter Monday's date, the lottery's opening and closing) are what change from year to year
    #: (0: off)
    date_pin: int = 2
    date_pin_top: int = 10
    #: **possible sources** (a second, low-confidence tier, never a match): for an article that is not a record of
    #: an exchange, the first text of its whole BM25 query (counted before the date rule, kept by it, not dated
    #: after the article, not a record of an exchange) that is also the first text of the containment retrieval of
    #: its rare stems (the two retrievals agree) and that BM25 sets at least ``possible_lead`` times above the next
    #: text is compared when nothing else passes the gates; when no match reaches ``min_score``, it is listed
    #: apart, as *possible* (:attr:`ArticleMatches.possible`), if the engine supports at least
    #: ``possible_support`` of the article. A short paraphrasing story and a story on another study of the same
    #: topic look the same to the gates (the source first in both retrievals, a small share of either text in the
    #: other): the tier says which text it most likely is without calling it a match (0: off)
    possible_lead: float = 1.4
    possible_support: float = 0.15
    #: **the text both retrievals agree on keeps its article-side share** (the possible tier's text, above: first
    #: in the whole article's BM25 query and in the containment retrieval of its rare stems, BM25 setting it
    #: ``possible_lead`` times above the next): it passes on its lexical share (``min_lexical``) whatever
    #: ``min_reverse``. ``min_reverse`` keeps out the long texts that hold some of every article's words; a text
    #: that the containment retrieval (its rare stems over its length) also puts first is no such text. A short
    #: story paraphrasing its release with its own reporting around it (an outside expert, a patient) holds little
    #: of the release (contained 0.21-0.24), but the release holds 0.4 of the story (False: off)
    agreed_lexical: bool = True
    #: ... **or on its two shares combined** (``agreed_lexical`` on): the same text passes when ``1 - (1 -
    #: lexical)(1 - contained)`` (the shares combined as the score combines the two sides) reaches this, under
    #: ``min_lexical`` and ``min_contained`` both. A story retelling a release with its own context holds a little
    #: under 0.4 of the release's vocabulary on one side and 0.4 on the other (lexical 0.3998, contained 0.375:
    #: 0.625 combined), where the agreed text of a story with no source in the index holds at most 0.54 combined
    #: (0: off)
    agreed_evidence: float = 0.6
    #: **... or on its source side** (``agreed_source``): the same text (the possible tier's) is a match, judged by
    #: its score like a text passing the gates, whatever ``bm25_lead_support`` and ``possible_support``, when the
    #: source side of its score (the mean of the engine's coverage of it and its contained share) reaches this: a
    #: story retelling a short statement in other words, one paragraph of it among the story's own reporting, has
    #: little of the statement's wording (the engine's support 0.12-0.13) but uses much of its content (a source
    #: side of 0.31), where the agreed text of a story on another study of the same topic has at most 0.27 (0: off)
    agreed_source: float = 0.3
    #: **a text leading both retrievals' shares**: the text BM25 sets far above the next (``bm25_lead``) is not held
    #: to ``bm25_lead_support`` when it also leads on the source side (``lead``, ``min_lead``: its contained share
    #: ``lead`` times the next text's) and at least this share of its own weighted stems is in the article: it is
    #: then judged, like any text passing the gates, by its score. A short statement a story quotes in part and
    #: builds on with its own context (contained 0.54, the engine's support 0.21) was refused, and a readout on
    #: the same case that the statement's own lead let be compared (the half share of a further source) matched
    #: with half its score; same-topic releases leading so for stories with no source hold less of themselves in
    #: them (0.33, 0.38); a short comment a story quotes none of, its text first in both retrievals and 5 times
    #: the next text's contained share, held 0.46 of itself in the story (0: off)
    lead_contained: float = 0.45
    #: **the text a record of an exchange reads out ranks first** (``read_stems``, ``read_share``, ``read_lead``,
    #: ``read_margin``): for an article that is a record of an exchange (a briefing, a press call), each compared
    #: text's *verbatim share* is the share of its runs of ``read_stems`` consecutive content-word stems that the
    #: article holds in the same order; the text whose verbatim share is at least ``read_share`` and ``read_lead``
    #: times every other compared text's ranks first among the matches when its score is within ``read_margin`` of
    #: the first's, both in the same tier (the texts of the article's days, those holding its quotations). A
    #: briefing restates several texts of its days in its own words, and their scores are close (its long talk
    #: holds most of each short text's words); the one it reads out holds its word runs (0 stems: off)
    read_stems: int = 5
    read_share: float = 0.1
    read_lead: float = 2.0
    read_margin: float = 0.05
    #: **a region's abbreviation after a place and its comma stands for the region's name** in the article's query
    #: (a dateline's "BISMARCK, N.D." asks for the "North Dakota" its release writes out; the index keeps each
    #: text's own words): a story whose only mention of its state is the dateline's abbreviation ranked its
    #: release 64th among the disaster declarations of other states, 5th with it (False: off)
    region_names: bool = True
    #: the comparison's options
    compare: Config = field(default_factory=Config)

    def validate(self) -> FindConfig:
        for name in ("top", "query_terms", "candidates", "rescore", "window_terms", "window_candidates",
                     "max_rescore"):
            if getattr(self, name) < 1:
                msg = f"{name.replace('_', '-')} must be at least 1, got {getattr(self, name)}"
                raise ConfigError(msg)
        if self.compare_budget < 0:
            msg = f"compare-budget must be at least 0, got {self.compare_budget}"
            raise ConfigError(msg)
        if self.lead < 1.0 or (self.agreed_lead and self.agreed_lead < 1.0):
            msg = (f"lead and agreed-lead must be at least 1 (agreed-lead 0: off), got {self.lead} and "
                   f"{self.agreed_lead}")
            raise ConfigError(msg)
        if self.bm25_lead and self.bm25_lead < 1.0:
            msg = f"bm25-lead must be 0 (off) or at least 1, got {self.bm25_lead}"
            raise ConfigError(msg)
        if self.pin_lead and (self.pin_lead < 1.0 or self.pin_top < 2):
            msg = (f"pin-lead must be 0 (off) or at least 1 and pin-top at least 2, got {self.pin_lead} and "
                   f"{self.pin_top}")
            raise ConfigError(msg)
        if self.pin_lead and not 1 <= self.pin_depth <= self.pin_top:
            msg = f"pin-depth must be from 1 to pin-top ({self.pin_top}), got {self.pin_depth}"
            raise ConfigError(msg)
        if self.date_pin < 0 or self.date_pin_top < 1:
            msg = (f"date-pin must be at least 0 and date-pin-top at least 1, got {self.date_pin} and "
                   f"{self.date_pin_top}")
            raise ConfigError(msg)
        if not 0.0 <= self.pin_margin <= 1.0:
            msg = f"pin-margin must be between 0 and 1, got {self.pin_margin}"
            raise ConfigError(msg)
        if self.possible_lead and self.possible_lead < 1.0:
            msg = f"possible-lead must be 0 (off) or at least 1, got {self.possible_lead}"
            raise ConfigError(msg)
        if self.lexical_lead and self.lexical_lead < 1.0:
            msg = f"lexical-lead must be 0 (off) or at least 1, got {self.lexical_lead}"
            raise ConfigError(msg)
        if self.dated_days < 0 or self.dated_candidates < 0:
            msg = (f"dated-days and dated-candidates must be at least 0, got {self.dated_days} and "
                   f"{self.dated_candidates}")
            raise ConfigError(msg)
        if self.days_top < 0:
            msg = f"days-top must be at least 0, got {self.days_top}"
            raise ConfigError(msg)
        if self.quote_stems < 1 or self.quote_runs < 0 or self.quote_fragment_stems < 0:
            msg = (f"quote-stems must be at least 1, quote-runs and quote-fragment-stems at least 0, got "
                   f"{self.quote_stems}, {self.quote_runs} and {self.quote_fragment_stems}")
            raise ConfigError(msg)
        if self.quote_alone < 0:
            msg = f"quote-alone must be at least 0, got {self.quote_alone}"
            raise ConfigError(msg)
        if self.quote_candidates < 0 or self.quote_lookups < 0:
            msg = (f"quote-candidates and quote-lookups must be at least 0, got {self.quote_candidates} and "
                   f"{self.quote_lookups}")
            raise ConfigError(msg)
        if self.read_stems < 0 or self.read_lead < 1.0:
            msg = f"read-stems must be at least 0 and read-lead at least 1, got {self.read_stems} and {self.read_lead}"
            raise ConfigError(msg)
        if self.lead_figures < 0:
            msg = f"lead-figures must be at least 0, got {self.lead_figures}"
            raise ConfigError(msg)
        if self.exchange_questions < 0:
            msg = f"exchange-questions must be at least 0, got {self.exchange_questions}"
            raise ConfigError(msg)
        if self.contained_candidates < 0 or self.contained_min_terms < 1:
            msg = (f"contained-candidates must be at least 0 and contained-min-terms at least 1, got "
                   f"{self.contained_candidates} and {self.contained_min_terms}")
            raise ConfigError(msg)
        for name in ("min_lexical", "min_reverse", "min_score", "min_gain", "min_cover_score", "min_contained",
                     "rare_share", "min_lead", "recent_min_score", "top_lexical",
                     "days_min_contained", "bm25_lead_support", "possible_support", "quote_share",
                     "agreed_evidence", "agreed_source", "read_share", "read_margin",
                     "lead_figure_share", "lead_figure_contained", "lead_contained"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                msg = f"{name.replace('_', '-')} must be between 0 and 1, got {getattr(self, name)}"
                raise ConfigError(msg)
        self.compare.validate()
        return self


@dataclass(frozen=True)
class Match:
    """A source found for an article."""

    source: str
    rank: int
    #: how sure, 0-1: the article side (the mean of the engine's support and the lexical share) and the source side
    #: (the mean of its coverage and the contained share) combined, 1 - (1 - article side)(1 - source side)
    score: float
    #: the share of the article's content (its claims, IDF-weighted) this source supports
    support: float
    #: the article's claims this source supports (fully or in part)
    shared_passages: int
    #: the article's quotations found in this source (exact, near or altered)
    quotes_found: int
    #: in the greedy cover: explains content that no source ranked above explains
    cover: bool
    title: str = ""
    date: str = ""
    #: the IDF-weighted share of the article's stems the source holds
    lexical: float = 0.0
    #: the source's resolved path (its identity in the index)
    key: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "rank": self.rank, "score": self.score, "support": self.support,
                "shared_passages": self.shared_passages, "quotes_found": self.quotes_found, "cover": self.cover}


@dataclass(frozen=True)
class ArticleMatches:
    """An article (its path as given) and its matches, best first; empty when no source passes. ``possible``:
    the texts that passed the possible tier's gate (``FindConfig.possible_lead``; none when it is off), whatever
    the matches (a library caller applying its own threshold reads them); the outputs show them, marked
    *possible*, only for an article with no match."""

    derivative: str
    matches: tuple[Match, ...]
    possible: tuple[Match, ...] = ()

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"derivative": self.derivative, "matches": [m.to_dict() for m in self.matches]}
        if not self.matches and self.possible:
            out["possible"] = [m.to_dict() for m in self.possible]
        return out


@dataclass(frozen=True)
class _Shortlisted:
    candidate: Candidate
    #: the IDF-weighted share of the article's stems the candidate holds
    lexical: float
    #: the IDF-weighted share of the candidate's stems the article holds
    contained: float = 0.0
    #: the article and the candidate are both records of exchanges (``FindConfig.exchange_questions``): the
    #: article side is no evidence, only the source side counts
    same_kind: bool = False
    #: holds the most of the article's quotations (``FindConfig.quote_runs``)
    quoted: bool = False
    #: admitted by its BM25 lead only (``FindConfig.bm25_lead``): a match only with the engine's support
    checked: bool = False
    #: the possible tier's text (``FindConfig.possible_lead``), and whether it is compared for that tier only
    #: (admitted by no other gate: never a match)
    possible: bool = False
    possible_only: bool = False
    #: the text leading by the article's figures (``FindConfig.pin_lead``)
    pinned: bool = False
    #: the text leading by the days of months the article names (``FindConfig.date_pin``): it ranks in the quote
    #: leaders' tier
    day_pinned: bool = False
    #: it holds ``FindConfig.lead_figures`` of the article's figures, ``lead_figure_share`` of their weight: when
    #: ``checked``, a match with the possible tier's support
    figured: bool = False


@dataclass(frozen=True)
class _Task:
    """One comparison, self-contained (it can travel to a Dask worker)."""

    source: str
    source_path: str
    article: str
    article_path: str
    config: Config


@dataclass(frozen=True)
class _Scored:
    support: float
    #: the article's claims the source supports in full or in part, and in full only
    supported: frozenset[str]
    claims: int
    quotes_found: int
    fully: frozenset[str] = frozenset()
    #: the share of the source's content the article uses (the engine's source coverage)
    coverage: float = 0.0


def rescore(task: _Task) -> _Scored:
    """What a worker runs: compare a candidate with the article."""
    report = compare(Document(task.source, task.source_path), Document(task.article, task.article_path), task.config)
    claims = [s for s in report.derivative.segments if s.is_claim]
    return _Scored(round(float(report.summary["derivative_support"]), 4),
                   frozenset(s.id for s in claims if s.status in _SUPPORTED), len(claims),
                   sum(1 for q in report.quotes if str(q.status) in _FOUND),
                   frozenset(s.id for s in claims if s.status == _FULLY),
                   round(float(report.summary["source_coverage"]), 4))


def _shortlist(index: SourceIndex, text: str, article_date: str, config: FindConfig,
               dated_in_text: bool = False) -> list[_Shortlisted]:
    """The candidates worth comparing, best evidence first (the two shares combined, 1 - (1 - lexical)(1 -
    contained); ties: BM25's order, then the windows' in the article's order), those with too small a share
    left out. ``dated_in_text``: the article's date was read in its text, not its file name (it may be the date
    of an event it reports)."""
    terms = content_terms(text, regions=config.region_names)
    counts = Counter(terms)
    if not counts or not index.size:
        return []
    df = index.doc_freqs(counts)
    weight = {t: index.idf(df.get(t, 0)) for t in counts}
    total = sum(weight.values())

    def query(chunk: Counter[str], n: int) -> list[str]:
        return sorted((t for t in chunk if t in df), key=lambda t: (-weight[t] * (1 + math.log(chunk[t])), t))[:n]
    found = index.search(query(counts, config.query_terms), config.candidates)
    bm25 = [c.id for c in found]  # the whole article's query, best first
    whole = list(found)  # ... its candidates, before the date rule
    if len(terms) > config.window_terms:  # a short source used in one part of a long article
        seen = {c.id for c in found}
        for start in range(0, len(terms), config.window_terms):
            window = Counter(terms[start:start + config.window_terms])
            for c in index.search(query(window, config.query_terms // 2), config.window_candidates):
                if c.id not in seen:
                    seen.add(c.id)
                    found.append(c)
    if config.contained_candidates:  # a short source the article holds, which BM25 ranks below long texts
        seen = {c.id for c in found}
        max_df = max(1, int(config.rare_share * index.size))
        rare = {t: weight[t] for t in counts if 0 < df.get(t, 0) <= max_df}
        by_rare = index.contained(rare, config.contained_candidates, config.contained_min_terms)
        found += [c for c in by_rare if c.id not in seen]
    else:
        by_rare = []
    exchange = is_exchange(text, config.exchange_questions)
    alone = None
    if config.quote_candidates and config.quote_runs and not exchange:  # the texts it quotes word for word
        runs = sorted(quoted_grams(text, config.quote_stems, config.quote_fragment_stems))[:config.quote_lookups]
        if len(runs) >= min(config.quote_runs, config.quote_alone or config.quote_runs):
            seen = {c.id for c in found}
            need = max(config.quote_runs, math.ceil(config.quote_share * len(runs)))
            held = index.holding(runs, config.quote_candidates, need, config.quote_alone)
            # a text kept under ``need`` is the index's only holder of the runs (``quote_alone``)
            alone = next((c.sha256 for c in held if c.bm25 < need), None)
            found += [c for c in held if c.id not in seen]
    if config.dated_candidates and article_date:  # the texts of the article's days, which it may restate
        seen = {c.id for c in found}
        day = date.fromisoformat(article_date)
        found += [c for c in index.dated((day - timedelta(days=config.dated_days)).isoformat(), article_date,
                                         config.dated_candidates) if c.id not in seen]
    if config.max_days_after >= 0 and article_date:
        latest = (date.fromisoformat(article_date) + timedelta(days=config.max_days_after)).isoformat()
        # a date read in the article's text may be the day of the event it reports (the storm of "May 10, 2024"
        # in a story on the disaster declaration of June 18): a later text stating that day reports the same event
        found = [c for c in found if not c.date or c.date <= latest
                 or (dated_in_text and article_date in stated_dates(index.text(c.id)))]
    found = [c for c in found if c.terms]
    day_lead = None if exchange else _day_lead(index, found, bm25, whole, article_date, config)
    quoted = frozenset() if exchange else _quote_lead(found, text, article_date, config, alone)
    own_df = index.doc_freqs(set().union(*(c.terms for c in found)) - df.keys()) if found else {}
    shares = []
    for c in found:
        lexical = round(sum(weight[t] for t in counts if t in c.terms) / total, 4)
        own = {t: weight[t] if t in weight else index.idf(own_df.get(t, 0)) for t in c.terms}
        contained = round(sum(w for t, w in own.items() if t in counts) / sum(own.values()), 4)
        # two records of exchanges share the genre's talk: the article side is no evidence between them
        same_kind = exchange and is_exchange(index.text(c.id), config.exchange_questions)
        shares.append((c, lexical, contained, same_kind))
    # a clear winner on the article side keeps its share whatever its reverse share (a long release a short
    # story uses in part); the share of a text of the article's own kind is no evidence, so it leads nothing
    leader = _lexical_lead([(c.sha256, 0.0 if same else lex) for c, lex, _, same in shares], config)
    top_lead = None if exchange else _top_lead(index, shares, bm25, config)
    pinned = None if exchange else _pin_lead(index, whole, found, article_date, weight, config)
    bm25_lead = None if exchange else (_bm25_lead(index, whole, found, article_date, config) or pinned)
    dated = None if exchange else _date_pin(index, whole, found, text, article_date, config)
    possible = None if exchange else _possible(index, whole, found, by_rare, article_date, config)
    pins = figures(weight)
    scored = []
    for order, (c, lexical, contained, same_kind) in enumerate(shares):
        # a document holding every word (a long briefing) has a large share of any article: it must also share
        # some of its own vocabulary with the article to be worth comparing for its article-side share
        kept = c.sha256 in (leader, day_lead, top_lead, dated) or c.sha256 in quoted or (
            c.sha256 == possible and _agreed_passes(lexical, contained, config))
        if (contained < config.min_reverse and not kept) or same_kind:
            if c.sha256 != bm25_lead or same_kind:
                lexical = 0.0
        # admitted by its BM25 lead alone: the engine's support decides whether it is a match
        checked = (c.sha256 == bm25_lead and not kept and contained < config.min_contained
                   and (lexical < config.min_lexical or contained < config.min_reverse))
        figured = checked and _holds_figures(c, contained, pins, weight, config)
        # best evidence first, the two shares combined as the score combines the two sides (see _score)
        scored.append((-(1.0 - (1.0 - lexical) * (1.0 - contained)), order,
                       _Shortlisted(c, lexical, contained, same_kind, c.sha256 in quoted, checked,
                                    c.sha256 == possible, pinned=c.sha256 == pinned,
                                    day_pinned=c.sha256 == dated, figured=figured)))
    # the text of the article's days BM25 ranks at the top (and its duplicates) is compared first, then the
    # texts holding the most of the article's quotations, then the text BM25 sets far above the next
    passing = [s for _, _, s in sorted(scored, key=lambda x: (x[2].candidate.sha256 != day_lead,
                                                               x[2].candidate.sha256 not in quoted,
                                                               x[2].candidate.sha256 != dated,
                                                               x[2].candidate.sha256 != bm25_lead, *x[:2]))]
    # a clear winner on the source side, and its duplicates; by less when both retrievals put it at the top
    agreed = None if exchange else _agreed(index, whole, found, by_rare, article_date, config)
    lead = _lead(passing, config, agreed)
    if lead is None and day_lead is None and dated is None and not quoted and not any(
            s.lexical >= config.min_lexical or s.contained >= config.min_contained
            or (s.possible and _agreed_passes(s.lexical, s.contained, config))
            or (config.days_min_contained and s.contained >= config.days_min_contained
                and _of_days(s.candidate, article_date, config)) for s in passing):
        # nothing passes but the text BM25 sets far above the rest: it alone is compared (it opens no door to
        # the further sources of the cover, which a story with no source in the index would then match), and the
        # possible tier's text, for that tier only when no gate admits it
        return [s if s.candidate.sha256 == bm25_lead else replace(s, possible_only=True) for s in passing
                if s.candidate.sha256 in (bm25_lead, possible)]
    if config.lead_contained and lead is not None:
        # the text BM25 sets far above the next that also leads on the source side, holding lead_contained of
        # itself in the article, passes two gates: it is not admitted by its BM25 lead alone
        passing = [replace(s, checked=False, figured=False)
                   if s.checked and s.candidate.sha256 == lead and s.contained >= config.lead_contained else s
                   for s in passing]
    # once one passes, one with half the share (either share) may still be a further source of the cover
    return [s for s in passing if s.lexical >= config.min_lexical / 2 or s.contained >= config.min_contained / 2
            or s.candidate.sha256 in (lead, day_lead, bm25_lead, dated) or s.candidate.sha256 in quoted]


def _agreed_passes(lexical: float, contained: float, config: FindConfig) -> bool:
    """Whether the text both retrievals agree on (the possible tier's, :func:`_possible`) passes the gates on its
    shares: its lexical share reaches ``min_lexical`` (``FindConfig.agreed_lexical``), or its two shares combined,
    ``1 - (1 - lexical)(1 - contained)``, reach ``agreed_evidence``."""
    if not config.agreed_lexical:
        return False
    return lexical >= config.min_lexical or bool(
        config.agreed_evidence and 1.0 - (1.0 - lexical) * (1.0 - contained) >= config.agreed_evidence)


def _holds_figures(candidate: Candidate, contained: float, pins: frozenset[str], weight: dict[str, float],
                   config: FindConfig) -> bool:
    """Whether ``candidate`` holds at least ``lead_figures`` of the article's figures (``pins``), making at least
    ``lead_figure_share`` of their weight (``weight``: IDF), and its contained share (``contained``) is at least
    ``lead_figure_contained`` (``FindConfig.lead_figures``)."""
    if not config.lead_figures or not pins or contained < config.lead_figure_contained:
        return False
    held = [t for t in pins if t in candidate.terms]
    return len(held) >= config.lead_figures and \
        sum(weight[t] for t in held) >= config.lead_figure_share * sum(weight[t] for t in pins)


def _quote_lead(found: list[Candidate], text: str, article_date: str, config: FindConfig,
                alone: str | None = None) -> frozenset[str]:
    """The texts (their SHA-256) among ``found`` holding the most of the article's quoted runs of ``quote_stems``
    stems (:func:`quoted_grams`; ties: all of them), when that is at least ``quote_runs``, else none. A text dated
    after the article (both dates known) is left out: one published later that holds the article's quotation
    quotes the same speaker (a briefing repeating the interview a page of news excerpts quotes), or the article.
    ``alone``: the index's only text holding any of the runs looked up (``FindConfig.quote_alone``), which leads
    with ``quote_alone`` of them."""
    if not config.quote_runs:
        return frozenset()
    runs = quoted_grams(text, config.quote_stems, config.quote_fragment_stems)
    fewest = min(config.quote_runs, config.quote_alone) if alone and config.quote_alone else config.quote_runs
    if len(runs) < fewest:
        return frozenset()
    held: dict[str, int] = {}
    for c in found:
        if c.sha256 in held or (article_date and c.date and c.date > article_date):
            continue
        need = fewest if c.sha256 == alone else config.quote_runs
        possible = {run for run in runs if c.terms.issuperset(run)}  # cheap: every stem of the run is in the text
        if len(possible) < need:
            continue
        grams = {c.stems[i:i + n] for n in {len(run) for run in possible} for i in range(len(c.stems) - n + 1)}
        if len(grams & possible) >= need:
            held[c.sha256] = len(grams & possible)
    best = max(held.values(), default=0)
    return frozenset(sha for sha, k in held.items() if k == best) if best else frozenset()


def _day_lead(index: SourceIndex, found: list[Candidate], bm25: list[int], whole: list[Candidate],
              article_date: str, config: FindConfig) -> str | None:
    """The text (its SHA-256) of the article's days that comes first among the first ``days_top`` documents of
    the whole article's BM25 query (``bm25``: their rows, best first; those of ``found``, the candidates left
    after the date rule, count), else None. An undated article's day is that of the first two texts of the query
    (``whole``; a duplicate is the same text) when they share one and neither is a record of an exchange
    (``FindConfig.day_pair``)."""
    if not config.days_top:
        return None
    if not article_date and config.day_pair:
        pair = _distinct_top(whole, 2)
        if len(pair) == 2 and pair[0].date and pair[0].date == pair[1].date and not any(
                is_exchange(index.text(c.id), config.exchange_questions) for c in pair):
            article_date = pair[0].date
    if not article_date:
        return None
    kept = {c.id: c for c in found}
    top = [kept[row] for row in bm25 if row in kept][:config.days_top]
    return next((c.sha256 for c in top if _of_days(c, article_date, config)), None)


def _top_lead(index: SourceIndex, shares: list[tuple[Candidate, float, float, bool]], bm25: list[int],
              config: FindConfig) -> str | None:
    """The text (its SHA-256) that comes first in the whole article's BM25 query (``bm25``: its rows, best first;
    those of ``shares``, the candidates the date rule kept, count) when it holds at least ``top_lexical`` of the
    article (its lexical share) and is not a record of an exchange, else None."""
    if not config.top_lexical:
        return None
    kept = {c.id: (c, lexical) for c, lexical, _, _ in shares}
    first = next((kept[row] for row in bm25 if row in kept), None)
    if first is None or first[1] < config.top_lexical or is_exchange(index.text(first[0].id),
                                                                     config.exchange_questions):
        return None
    return first[0].sha256


def _bm25_lead(index: SourceIndex, whole: list[Candidate], found: list[Candidate], article_date: str,
               config: FindConfig) -> str | None:
    """The text (its SHA-256) that comes first in the whole article's BM25 query (``whole``: its candidates, best
    first, before the date rule) when its BM25 score is at least ``bm25_lead`` times the next text's (a duplicate
    is the same text), the date rule keeps it (it is in ``found``), it is not dated after the article (both dates
    known: the rule's tolerance keeps it a candidate, but, as for the quote leaders, a later text is not the one
    written from) and it is not a record of an exchange, else None. The lead is counted before the date rule: an
    old story's date drops every later text, and its nearest release, on the same topic, would lead texts it does
    not lead in the index."""
    if not config.bm25_lead or not whole:
        return None
    return _leading(index, whole, found, article_date, config, config.bm25_lead)


def _distinct_top(whole: list[Candidate], most: int) -> list[Candidate]:
    """The first ``most`` texts of ``whole`` (a BM25 query's candidates, best first), a duplicate counted once."""
    top: list[Candidate] = []
    for c in whole:
        if all(c.sha256 != t.sha256 for t in top):
            top.append(c)
            if len(top) >= most:
                break
    return top


def _leading_from(index: SourceIndex, whole: list[Candidate], top: list[Candidate], best: int,
                  found: list[Candidate], article_date: str, config: FindConfig) -> str | None:
    """:func:`_leading` (with no BM25 margin) of ``top[best]``, a text a pin chose, put first before the texts
    after it (its duplicates in ``whole`` kept with it)."""
    return _leading(index, [c for c in whole if c.sha256 == top[best].sha256] + top[best + 1:], found,
                    article_date, config, 1.0)


def _pin_lead(index: SourceIndex, whole: list[Candidate], found: list[Candidate], article_date: str,
              weight: dict[str, float], config: FindConfig) -> str | None:
    """The text (its SHA-256) that comes first in the whole article's BM25 query (``whole``, before the date rule)
    when it holds the most of the article's figures (:func:`figures`, each weighted by ``weight``, its IDF) among
    the first ``pin_top`` texts of that query (a duplicate is the same text), at least ``pin_lead`` times the
    next one's, and passes the other tests of :func:`_leading` (kept by the date rule, not dated after the
    article, not a record of an exchange), else None (``FindConfig.pin_lead``)."""
    if not config.pin_lead or not whole:
        return None
    pins = figures(weight)
    if not pins:
        return None
    top = _distinct_top(whole, config.pin_top)
    held = [sum(weight[t] for t in pins if t in c.terms) for c in top]
    if len(held) < 2:
        return None
    best = max(range(len(held)), key=lambda i: (held[i], -i))
    others = held[:best] + held[best + 1:]
    if best >= config.pin_depth or held[best] <= 0 or held[best] < config.pin_lead * max(others):
        return None
    if best and config.bm25_lead and top[0].bm25 >= config.bm25_lead * top[best].bm25:
        return None  # the first leads by BM25 over it: not texts close in BM25
    return _leading_from(index, whole, top, best, found, article_date, config)


def _date_pin(index: SourceIndex, whole: list[Candidate], found: list[Candidate], text: str, article_date: str,
              config: FindConfig) -> str | None:
    """The text (its SHA-256) among the first ``date_pin_top`` of the whole article's BM25 query (``whole``, before
    the date rule; a duplicate is the same text) that names the most of the days of months the article names
    (:func:`month_days`), at least ``date_pin`` and more than every other of them, when it passes the tests of
    :func:`_leading` (kept by the date rule, not dated after the article, not a record of an exchange), else None
    (``FindConfig.date_pin``)."""
    if not config.date_pin or not whole:
        return None
    wanted = month_days(text)
    if len(wanted) < config.date_pin:
        return None
    top = _distinct_top(whole, config.date_pin_top)
    held = [len(wanted & month_days(index.text(c.id))) for c in top]
    best = max(range(len(held)), key=lambda i: (held[i], -i))
    if held[best] < config.date_pin or any(k >= held[best] for i, k in enumerate(held) if i != best):
        return None
    return _leading_from(index, whole, top, best, found, article_date, config)


def _leading(index: SourceIndex, whole: list[Candidate], found: list[Candidate], article_date: str,
             config: FindConfig, lead: float) -> str | None:
    """The first text of ``whole`` (its SHA-256) when its BM25 score is at least ``lead`` times the next text's (a
    duplicate is the same text), the date rule keeps it (it is in ``found``), it is not dated after the article
    and it is not a record of an exchange, else None: the test :func:`_bm25_lead` and :func:`_possible` share."""
    first = whole[0]
    second = next((c.bm25 for c in whole if c.sha256 != first.sha256), 0.0)
    if first.bm25 <= 0 or first.bm25 < lead * second or first.id not in {c.id for c in found} \
            or (article_date and first.date and first.date > article_date) \
            or is_exchange(index.text(first.id), config.exchange_questions):
        return None
    return first.sha256


def _possible(index: SourceIndex, whole: list[Candidate], found: list[Candidate], by_rare: list[Candidate],
              article_date: str, config: FindConfig) -> str | None:
    """The possible tier's text (its SHA-256, ``FindConfig.possible_lead``): the first text of the whole
    article's BM25 query (``whole``, before the date rule) when it is also the first of the containment retrieval
    (``by_rare``), its BM25 score is at least ``possible_lead`` times the next text's (a duplicate is the same
    text), the date rule keeps it (it is in ``found``), it is not dated after the article and it is not a record of
    an exchange, else None."""
    if not config.possible_lead or not whole or not by_rare or whole[0].sha256 != by_rare[0].sha256:
        return None
    return _leading(index, whole, found, article_date, config, config.possible_lead)


def _lexical_lead(shares: list[tuple[str, float]], config: FindConfig) -> str | None:
    """The text (its SHA-256) with the largest lexical share (``shares``: SHA-256 and share) when that share
    reaches ``min_lexical`` and ``lexical_lead`` times the next text's (a duplicate is the same text), else None
    (0 ``lexical_lead``: never)."""
    if not config.lexical_lead or not shares:
        return None
    first, top = max(shares, key=lambda s: s[1])
    second = max((share for sha, share in shares if sha != first), default=0.0)
    return first if top >= config.min_lexical and top >= config.lexical_lead * second else None


def _agreed(index: SourceIndex, whole: list[Candidate], found: list[Candidate], by_rare: list[Candidate],
            article_date: str, config: FindConfig) -> str | None:
    """The first text of the containment retrieval (``by_rare``; its SHA-256) when it is one of the first two
    texts of the whole article's BM25 query (``whole``, before the date rule; a duplicate is the same text) and
    passes the tests of :func:`_leading` (kept by the date rule, not dated after the article, not a record of an
    exchange), else None (``FindConfig.agreed_lead``)."""
    if not config.agreed_lead or not by_rare or not whole:
        return None
    top = _distinct_top(whole, 2)
    at = next((i for i, c in enumerate(top) if c.sha256 == by_rare[0].sha256), None)
    if at is None:
        return None
    return _leading_from(index, whole, top, at, found, article_date, config)


def _lead(items: list[_Shortlisted], config: FindConfig, agreed: str | None = None) -> str | None:
    """The text (its SHA-256) with the largest contained share when that share reaches ``min_lead`` and is
    ``lead`` times the next text's (a duplicate is the same text), or ``agreed_lead`` times when it is the text
    both retrievals put at the top (``agreed``, :func:`_agreed`), else None."""
    by_share = sorted(items, key=lambda s: -s.contained)
    if not by_share or by_share[0].contained < config.min_lead:
        return None
    first = by_share[0].candidate.sha256
    second = next((s.contained for s in by_share if s.candidate.sha256 != first), 0.0)
    ratio = config.agreed_lead if first == agreed and config.agreed_lead else config.lead
    return first if by_share[0].contained >= ratio * second else None


class _Lazy:
    """A comparison run in this process when its result is asked for (so progress moves article by article)."""

    def __init__(self, task: _Task) -> None:
        self.task = task

    def result(self) -> _Scored:
        return rescore(self.task)


@contextlib.contextmanager
def _submitter(workers: int, scheduler: str | None) -> Iterator[Callable[[list[_Task]], list[Any]]]:
    """A function sending every comparison off at once and returning their futures, in order."""
    if scheduler is not None:
        with dask_client(scheduler) as client:
            yield lambda tasks: client.map(rescore, tasks, pure=False)
        return
    if workers <= 1:
        yield lambda tasks: [_Lazy(t) for t in tasks]
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield lambda tasks: [pool.submit(rescore, t) for t in tasks]


def _score(got: _Scored, item: _Shortlisted) -> float:
    """A compared candidate's score: the evidence of the article side (the mean of the engine's support and the
    lexical share) and of the source side (the mean of its coverage of the candidate and the contained share),
    combined as independent evidence, 1 - (1 - article side)(1 - source side): either side alone makes a match
    (a story re-written from its release, a statement read out in a briefing), and a source that both explains
    the article and is used by it in full ranks above one that only does either as well. Between two records of
    exchanges (``_Shortlisted.same_kind``) the article side is 0: what they share is the genre's talk."""
    article_side = 0.0 if item.same_kind else (got.support + item.lexical) / 2
    source_side = (got.coverage + item.contained) / 2
    return round(1.0 - (1.0 - article_side) * (1.0 - source_side), 4)


def _recent(candidate: Candidate, article_date: str, config: FindConfig) -> bool:
    """Whether ``candidate`` ranks in the first tier (``recent_first``): dated within the article's days."""
    return config.recent_first and _of_days(candidate, article_date, config)


def _of_days(candidate: Candidate, article_date: str, config: FindConfig) -> bool:
    """Whether ``candidate`` is dated within the article's days, from ``dated_days`` before it to its day (both
    dates known): a text dated after the article (``max_days_after`` tolerates it, for imprecise dates) is not
    one of the texts of its days."""
    if not (article_date and candidate.date):
        return False
    first = (date.fromisoformat(article_date) - timedelta(days=config.dated_days)).isoformat()
    return first <= candidate.date <= article_date


def _comparison_order(items: list[_Shortlisted], article_date: str, config: FindConfig) -> list[_Shortlisted]:
    """The order in which candidates are compared: the first ``rescore`` texts best evidence first (the
    shortlist's order; a duplicate goes with its twin), then, for the further comparisons the budget allows,
    the texts of the article's days before the others (``days_compared_first``), each group in the shortlist's
    order: as in the ranking (``recent_first``), of two texts the article restates the one of its days is the
    one it was written from, and a short statement of another month made of common words (a large source-side
    share) must not take the budget's last places from it."""
    if not config.days_compared_first or not article_date:
        return items
    head: list[_Shortlisted] = []
    texts: set[str] = set()
    for item in items:
        if item.candidate.sha256 not in texts and len(texts) >= config.rescore:
            break
        texts.add(item.candidate.sha256)
        head.append(item)
    rest = items[len(head):]
    return head + sorted(rest, key=lambda item: not _of_days(item.candidate, article_date, config))


def _ranked(article: str, listed: list[_Shortlisted], scores: dict[str, _Scored], config: FindConfig,
            article_date: str = "", verbatim: dict[str, float] | None = None) -> ArticleMatches:
    passing = []
    maybe = []
    for item in listed:
        got = scores.get(item.candidate.sha256)
        if got is None:
            continue
        if item.possible and got.support >= config.possible_support:
            maybe.append((_score(got, item), item, got))
        # the text both retrievals agree on, whose source side shows the article uses it: judged by its score
        agreed = bool(item.possible and config.agreed_source
                      and (got.coverage + item.contained) / 2 >= config.agreed_source)
        if item.possible_only and not agreed:
            continue  # compared for the possible tier only
        if item.checked and not agreed and got.support < config.bm25_lead_support and not (
                item.figured and got.support >= config.possible_support):
            continue  # admitted by its BM25 lead alone, and the engine finds too little of the article in it
        score = _score(got, item)
        if score >= config.min_cover_score:
            passing.append((score, item, got))
    # tiers (among the matches reaching recent_min_score): the texts of the article's days, then the texts holding
    # the most of its quotations; each by score
    passing.sort(key=lambda p: (*(-t for t in _tier(p, article_date, config)), -p[0], p[1].candidate.path,
                                p[1].candidate.key))
    passing = _pinned_first(passing, article_date, config)
    passing = _read_first(passing, verbatim or {}, article_date, config)
    possible = tuple(Match(c.path, rank, score, got.support, len(got.supported), got.quotes_found, False, c.title,
                           c.date, item.lexical, c.key)
                     for rank, (score, item, got) in enumerate(maybe[:config.top], 1) for c in (item.candidate,))
    if not passing or passing[0][0] < config.min_score:
        return ArticleMatches(article, (), possible)
    covered: set[str] = set()
    listed_matches: list[tuple[float, _Shortlisted, _Scored, bool]] = []
    for score, item, got in passing:
        new = got.fully - covered  # a further source must support claims in full, not echo them in part
        cover = not listed_matches or (got.claims > 0 and len(new) / got.claims >= config.min_gain)
        if cover:
            covered |= got.supported
        if score >= config.min_score or (cover and score >= config.min_cover_score):
            listed_matches.append((score, item, got, cover))
    matches = []
    for rank, (score, item, got, cover) in enumerate(listed_matches[:config.top], 1):
        c = item.candidate
        matches.append(Match(c.path, rank, score, got.support, len(got.supported), got.quotes_found, cover,
                             c.title, c.date, item.lexical, c.key))
    return ArticleMatches(article, tuple(matches), possible)


def _tier(p: tuple[float, _Shortlisted, _Scored], article_date: str, config: FindConfig) -> tuple[bool, bool]:
    """A match's tier in the ranking: of the article's days, holding its quotations (both only from
    ``recent_min_score``)."""
    return (p[0] >= config.recent_min_score and _recent(p[1].candidate, article_date, config),
            p[0] >= config.recent_min_score and (p[1].quoted or p[1].day_pinned))


def verbatim_shares(text: str, items: Sequence[_Shortlisted], config: FindConfig) -> dict[str, float]:
    """Each candidate's verbatim share (its SHA-256: the share of its runs of ``read_stems`` consecutive stems that
    ``text``, a record of an exchange, holds in the same order), for :func:`_read_first`; empty for an article that
    is no record of an exchange, or with the rule off (``FindConfig.read_stems``)."""
    n = config.read_stems
    if not n or not is_exchange(text, config.exchange_questions):
        return {}
    stems = content_terms(text)
    grams = {tuple(stems[i:i + n]) for i in range(len(stems) - n + 1)}
    out: dict[str, float] = {}
    for item in items:
        own = item.candidate.stems
        runs = len(own) - n + 1
        if item.candidate.sha256 not in out and runs > 0:
            out[item.candidate.sha256] = sum(1 for i in range(runs) if tuple(own[i:i + n]) in grams) / runs
    return out


def _read_first(passing: list[tuple[float, _Shortlisted, _Scored]], verbatim: dict[str, float], article_date: str,
                config: FindConfig) -> list[tuple[float, _Shortlisted, _Scored]]:
    """``passing`` (ranked) with the text a record of an exchange reads out moved first (``FindConfig.read_stems``):
    the one whose verbatim share (``verbatim``, :func:`verbatim_shares`) is at least ``read_share`` and
    ``read_lead`` times every other's, when its score is within ``read_margin`` of the first's, both in the same
    tier, and it reaches ``min_score``."""
    if not verbatim or len(passing) < 2:
        return passing
    at = max(range(len(passing)), key=lambda i: (verbatim.get(passing[i][1].candidate.sha256, 0.0), -i))
    best = passing[at][1].candidate.sha256
    share = verbatim.get(best, 0.0)
    others = max((v for sha, v in verbatim.items() if sha != best), default=0.0)
    read = passing[at]
    if at == 0 or share < config.read_share or share < config.read_lead * others \
            or _tier(read, article_date, config) != _tier(passing[0], article_date, config) \
            or read[0] < passing[0][0] - config.read_margin or read[0] < config.min_score:
        return passing
    return [read, *passing[:at], *passing[at + 1:]]


def _pinned_first(passing: list[tuple[float, _Shortlisted, _Scored]], article_date: str,
                  config: FindConfig) -> list[tuple[float, _Shortlisted, _Scored]]:
    """``passing`` (ranked) with the text leading by the article's figures (``_Shortlisted.pinned``) moved first
    when its score is within ``pin_margin`` of the first's, both in the same tier (the texts of the article's days,
    those holding its quotations) and the engine supports at least as much of the article in it as in the first
    (``FindConfig.pin_margin``)."""
    if not config.pin_margin or len(passing) < 2 or passing[0][1].pinned:
        return passing

    def tier(p: tuple[float, _Shortlisted, _Scored]) -> tuple[bool, bool]:
        return (p[0] >= config.recent_min_score and _recent(p[1].candidate, article_date, config),
                p[0] >= config.recent_min_score and (p[1].quoted or p[1].day_pinned))

    first = passing[0]
    at = next((i for i, p in enumerate(passing) if p[1].pinned), None)
    if at is None:
        return passing
    pin = passing[at]
    if tier(pin) != tier(first) or pin[0] < first[0] - config.pin_margin or pin[2].support < first[2].support \
            or pin[0] < config.min_score:
        return passing
    return [pin, *passing[:at], *passing[at + 1:]]


def find_sources(
    articles: Sequence[str | Path | Document],
    index: str | Path,
    config: FindConfig | None = None,
    *,
    workers: int | None = 1,
    scheduler: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    input_format: str = "auto",
) -> list[ArticleMatches]:
    """The sources in the index ``index`` of each article (a path, read like compare reads it, or a
    :class:`Document`; ``input_format`` as compare's), in the articles' order. A missing or unreadable
    article is an :class:`InputError` before any work. ``workers`` processes (1: this one) or a Dask ``scheduler``
    run the comparisons; the results are the same whichever runs them."""
    config = (config or FindConfig()).validate()
    if workers is not None and workers < 1:
        msg = f"workers must be at least 1, got {workers}"
        raise ValueError(msg)
    docs = [a if isinstance(a, Document) else read_document(a, encoding, config.compare.max_document_bytes,
                                                            input_format=input_format)
            for a in articles]
    names = [d.path or f"article {i + 1}" for i, d in enumerate(docs)]
    with SourceIndex.open(index) as store:
        dates = [text_date(d.text, Path(d.path).name) for d in docs]
        listed = [_shortlist(store, d.text, day, config, bool(day) and not text_date("", Path(d.path).name))
                  for d, day in zip(docs, dates, strict=True)]
        tasks: list[_Task] = []
        wanted: list[list[tuple[str, int]]] = []  # per article: (sha256, task number)
        for doc, name, items, day in zip(docs, names, listed, dates, strict=True):
            mine: list[tuple[str, int]] = []
            spent, budget = 0, config.compare_budget * len(doc.text)
            for item in _comparison_order(items, day, config):
                sha = item.candidate.sha256
                if sha in dict(mine):
                    continue  # a duplicate of a text already compared: it shares the result
                if len(mine) >= max(config.rescore, config.max_rescore):
                    break
                text = store.text(item.candidate.id)
                cost = len(doc.text) + len(text)
                if len(mine) >= config.rescore and spent + cost > budget:
                    continue  # over the budget: a shorter candidate further down may still fit
                spent += cost
                mine.append((sha, len(tasks)))
                tasks.append(_Task(text, item.candidate.path, doc.text, name, config.compare))
            wanted.append(mine)
    if progress is not None:
        progress(0, len(docs), 0)
    results: list[ArticleMatches] = []
    with _submitter(workers or 1, scheduler) as submit:
        futures = submit(tasks)
        for i, (name, items, mine) in enumerate(zip(names, listed, wanted, strict=True)):
            scores = {sha: futures[t].result() for sha, t in mine}
            results.append(_ranked(name, items, scores, config, dates[i],
                                   verbatim_shares(docs[i].text, [s for s in items if s.candidate.sha256 in scores],
                                                   config)))
            if progress is not None:
                progress(i + 1, len(docs), 0)
    return results
