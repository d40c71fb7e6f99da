"""Quote extraction: every quoted span of a text, with the offsets of its words and of its marks.

Recognised marks: curly double quotes (“ ”), straight double quotes, low-9 quotes („ “ and ‚ ‘),
guillemets (« » and ‹ ›), and single quotes used as quotation marks (‘ ’ and straight ') but not
as apostrophes (Ukraine’s, don't, ’90s, the hostages’ release).

A quote may cross line breaks inside its paragraph, and run over a few paragraphs when it is written
that way: each paragraph opens with a fresh mark and only the last closes (each of those paragraphs is then a
quote of its own, as a reader checks it: all but the last with ``closed=False``, and no warning), or a closing
mark ends it early in a later paragraph. A quote nested in a quote is a quote of its own too, listed after the outer
one, which holds its words and marks. Unbalanced marks are
handled as well as they can be, and each repair is reported as a warning: a double quote left open runs to the
end of its paragraph (``closed=False``), a stray closing mark is ignored, and a single opening mark that never
closes is taken for an apostrophe.

>>> spans, warnings = extract_quotes('He called it “a “special” day,” then left; ‘fine’, she said.')
>>> [(s.text, s.closed) for s in spans], warnings
([('a “special” day', True), ('special', True), ('fine', True)], [])
>>> spans, warnings = extract_quotes("The hostages’ release and Ukraine’s “enduring support")
>>> [(s.text, s.closed) for s in spans], len(warnings)
([('enduring support', False)], 1)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.text.normalize import fold_word, stem, words
from alignment.text.quotemarks import DOUBLE, FAMILY, GUILLEMET, MARK_RE, SINGLE, SINGLE_GUILLEMET

__all__ = ["SPEECH_KEYS", "QuoteSpan", "credited_names", "extract_quotes", "named_term", "quote_readings",
           "quoted_again", "reported_speech"]

_DOUBLE, _GUILLEMET, _SINGLE, _SINGLE_GUILLEMET = DOUBLE, GUILLEMET, SINGLE, SINGLE_GUILLEMET
_FAMILY, _MARK_RE = FAMILY, MARK_RE  # the marks, as text/quotemarks.py reads them
# Characters after which a mark opens, and before which a mark closes.
_OPEN_BEFORE = set("([{<—–-/") | set(_FAMILY)
_CLOSE_AFTER = set(".,;:!?)]}>—–-/…") | set(_FAMILY)
# Words that begin with an apostrophe rather than an opening single quote.
_ELISIONS = _LANG.elisions  # 'em, 'til, the '90s (alignment/lang/en.py)
_EDGE_PUNCT = ",;:"  # American style puts these inside the closing mark; they belong to the sentence
_WORD = re.compile(r"[^\W_]")
_WORD_RUN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MAX_SINGLE_QUOTE_CHARS = 600  # a single-quoted span longer than this is taken for apostrophes
#: the words that may follow a closing single mark after an s (`“immense sadness’ at`), where a plural's possessive
#: is followed by its noun: the function words, less those a possessive may precede ("the workers’ own": lang
#: ``possessive_followers``)
_MIXED_CLOSE_FOLLOWERS = frozenset(_LANG.stop_words) - _LANG.possessive_followers
#: the word after a closing single mark, spaces before it (:func:`_mismatched_close`)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_MAX_PARAGRAPHS = 6  # a quote may run over at most this many paragraphs before it is closed
_STARTS_TEXT_REACH = 16  # words follow an opening mark within this many marks, dots, dashes or brackets
#: stems of the verbs that report speech (lang ``speech_verbs``), and the words a short quotation is said with:
#: `He said, “Yes.”`, `she replied: “No”`, `“Never,” the minister said`; the one table of them the engine reads
SPEECH_KEYS = frozenset(stem(fold_word(w)) for w in _LANG.conflicts.speech_verbs)
_SPEECH_BEFORE = re.compile(r"((?:[^\W\d_]+\s+)?[^\W\d_]+)\s*[,:]\s*$")  # "said," "told reporters:"
_SPEECH_AFTER = re.compile(r"\s*((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)")  # " she said", " the minister said"
_SPEECH_REACH = 60  # characters looked at on each side of the marks
_COPULAS = frozenset(fold_word(w) for w in _LANG.copulas)
_LAST_WORDS = re.compile(r"((?:[^\W\d_]+\s+){2,4})$")  # the words just before an opening mark, nothing else
#: a speech verb and the word that opens the clause it reports, just before the opening mark: `said that “…`
_OPENED_CLAUSE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s*$")
#: a naming verb and its quoted complement: `called the announcement “encouraging”` (alignment/lang/en.py)
_NAMING = _LANG.naming_verbs
_NAMING_REACH = 120  # characters looked at before the opening mark
_NAMING_MAX_WORDS = 12  # words between the naming verb and the mark: its object, "as", an article
#: what ends the naming verb's clause before the quotation: a stop, a colon (a headline's "Outlet: Biden calls …"),
#: a comma or dash between words, a bracket or another quotation's double mark
_NAMING_CUT = re.compile(r"[.;:!?()\[\]“”\"«»„]|,\s|\s[—–-]+\s|—")
#: a reported clause: a speech verb, then a clause whose pronoun subject and verb take the quoted words
#: (`told reporters that it was a “good conversation”`); what ends it is a stop or another quotation's mark
_CLAUSE_REACH = 120  # characters looked at before the opening mark
_CLAUSE_MAX_WORDS = 12  # words between the speech verb and the clause's subject
_CLAUSE_CUT = re.compile(r"[.;:!?()\[\]“”\"«»„]")
#: a quotation just before this one, joined to it by a coordinator and maybe an article: `“soft side” as well as a`
_COORDINATED = re.compile(r"([”\"’»])\s*,?\s*((?:[^\W\d_]+\s+){1,4})$")
_OPENING_OF = {"”": "“", "\"": "\"", "’": "‘", "»": "«"}
_COORDINATED_DEPTH = 3  # quotations followed back along a chain of coordinated ones
#: an "as" complement (`recognized Geingob as a “great statesman”`): words between the verb and "as", its object
_AS_MAX_OBJECT = 6
#: a term named before the quotation (`the definition of who is “engaged in the business”`): the noun stands among
#: this many words before the mark, and the term is a scare quote up to this many words
_TERM_REACH = 4
_TERM_MAX_WORDS = 6
_TERM_MARKER_REACH = 30  # characters looked at before the mark for a word like "so-called"
#: an unclosed quotation whose paragraph ends in the writer's attribution after a comma: `…, the readout said.`,
#: `…, said the White House.`, `…, according to the statement.` (a speech verb among at most this many words)
_TAIL_MAX_WORDS = 6
_ATTRIBUTION_TAIL = re.compile(
    rf",\s+((?:[^\W\d_][\w.'’-]*\s+){{0,{_TAIL_MAX_WORDS - 1}}}[^\W\d_][\w'’-]*)\s*[.!]?\s*$")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted span: ``text == doc[start:end]``, the marks sit at ``mark_start`` and ``mark_end - 1``; without
    a closing mark (``closed=False``: an unclosed quote, or a paragraph of a quotation of several paragraphs that the
    next one's fresh mark continues) ``mark_end`` is the end of its paragraph."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    text: str
    closed: bool


def reported_speech(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation is given as someone's words: a speech verb says it, just before its opening mark
    (followed by a comma or colon: `He said, “Yes.”`) or just after its closing mark when the quotation ends in a
    comma or stop (`“Never,” she said`), or a naming verb with someone else as its subject takes it as its
    complement (`He called it “historic”`, see :func:`_named_by_another`). Such a quotation is reported speech
    however short, not a scare quote.

    >>> t = 'Asked if he would go, he said, “Yes.” He called it “historic” and left. So-called “reform”.'
    >>> [reported_speech(t, s) for s in extract_quotes(t)[0]]
    [True, True, False]
    >>> t = '“Never,” the minister said. The so-called “reform.” Critics said it failed.'
    >>> [reported_speech(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    >>> t = 'What did he mean when he said he was “concerned”? The so-called “reform” was “historic”.'
    >>> [reported_speech(t, s) for s in extract_quotes(t)[0]]
    [True, False, False]

    After a speech verb, a clause with a pronoun subject gives the speaker's own sentence as reported speech
    (`told reporters that it was a “good conversation”`, see :func:`_reported_clause`), and a quotation joined by
    "and", "or" or "as well as" to one so given is given the same way.

    >>> t = 'He told us that he had a “soft side” as well as a “tough side.” The Fed said rates remained “low”.'
    >>> [reported_speech(t, s) for s in extract_quotes(t)[0]]
    [True, True, False]

    So are quoted words that open the clause a speech verb reports (`said that “real progress” had been made`):
    the speaker's clause begins with them.

    >>> t = 'Biden said that “real progress” had been made. The Fed said that pressures remained “contained”.'
    >>> [reported_speech(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    """
    return _reported(text, span, 0)


def quoted_again(text: str, spans: Sequence[QuoteSpan], short: int) -> list[bool]:
    """For each quotation, whether it is a short one (at most ``short`` words) not given as anyone's whose words the
    text quotes elsewhere as someone's: the same words given as reported speech, or, from two words on, a run of a
    longer quotation's words (a headline's `Trump's tariff threat has 'increased uncertainty'` over the story's
    `adding it has “increased uncertainty” on its outlook`). The writer marks the same words as the same person's,
    so neither is a scare quote; a term a noun names (:func:`named_term`) or a marker presents as the writer's
    (`a so-called “Iron Dome”`: the language's ``term_markers``) stays one. So does a run of two words or more that the
    writer also writes in its own voice, outside any quotation (a headline's `false information on 'terrorist attack'`
    over the story's `said that a terrorist attack would happen` and a police quotation's `false information of a
    terrorist attack`): the writer needs no marks to credit words it uses as its own, so the marks keep their distance.

    >>> t = "Rates 'stay high'\\n\\nThe governor said, “Rates will stay high.” Its so-called “stay high” plan."
    >>> quoted_again(t, extract_quotes(t)[0], 2)
    [True, False, False]
    >>> t = "Hoax of a 'rate cut'\\n\\nHe said a rate cut was near. Police said, “He lied about a rate cut.”"
    >>> quoted_again(t, extract_quotes(t)[0], 2)
    [False, False]
    """
    return [again for again, _, _ in quote_readings(text, spans, short)]


def quote_readings(text: str, spans: Sequence[QuoteSpan], short: int,
                   ) -> list[tuple[bool, bool | None, bool | None]]:
    """For each quotation: :func:`quoted_again`'s answer, and what it read of the quotation on the way, None where it
    did not read it: whether it is reported speech (:func:`reported_speech`) and whether a noun names it as a term
    (``named``, see :func:`named_term`). :func:`alignment.engine.verify.verify_quote` asks both again of a short
    quotation: handed them, it reads neither twice."""
    keys = [tuple(stem(fold_word(w)) for w in _WORD_RUN.findall(s.text)) for s in spans]
    # (each quotation read once as a term a noun names and, if short and none, as reported speech)
    termed = [bool(k) and named_term(text, span, len(k)) for span, k in zip(spans, keys, strict=True)]
    reported = [0 < len(k) <= short and not t and reported_speech(text, span)
                for span, k, t in zip(spans, keys, termed, strict=True)]
    # the words of the quotations given as someone's
    given = [(k, sp) for k, t, r, sp in zip(keys, termed, reported, spans, strict=True)
             if k and not t and (len(k) > short or r)]
    out = []
    own: set[tuple[str, ...]] | None = None  # the writer's own runs of words, read when first needed
    for span, k, t, r in zip(spans, keys, termed, reported, strict=True):
        again = False
        if 0 < len(k) <= short and not t and not _term_marked(text, span) and not r:
            # (not the quotation it is nested in: that one holds its words because it holds its marks)
            again = any(g == k or (len(k) >= 2 and len(g) > len(k) and _holds(g, k)) for g, sp in given
                        if g is not k and not (sp.mark_start < span.mark_start and span.mark_end <= sp.mark_end))
            if again and len(k) >= 2:
                own = _own_runs(text, spans, short) if own is None else own
                again = k not in own
        # (what was read: a term where it has one to _TERM_MAX_WORDS words, speech where it is short and no term)
        named = t if 0 < len(k) <= _TERM_MAX_WORDS else None
        out.append((again, r if 0 < len(k) <= short and not t else None, named))
    return out


_OWN_CUT = re.compile(r"[.!?;:()\[\]\n]")  # what parts two of the writer's runs of words (a stop, a bracket, a line)


def _own_runs(text: str, spans: Sequence[QuoteSpan], longest: int) -> set[tuple[str, ...]]:
    """The runs of two to ``longest`` words (by stem) that the text writes in its own voice: outside every quotation,
    within a sentence."""
    runs: set[tuple[str, ...]] = set()
    pos = 0
    for span in sorted(spans, key=lambda sp: sp.mark_start):
        if span.mark_start >= pos:
            _add_runs(text[pos:span.mark_start], longest, runs)
        pos = max(pos, span.mark_end)
    _add_runs(text[pos:], longest, runs)
    return runs


def _add_runs(stretch: str, longest: int, runs: set[tuple[str, ...]]) -> None:
    for piece in _OWN_CUT.split(stretch):
        ks = [stem(fold_word(w)) for w in _WORD_RUN.findall(piece)]
        for n in range(2, longest + 1):
            runs.update(tuple(ks[i:i + n]) for i in range(len(ks) - n + 1))


def _term_marked(text: str, span: QuoteSpan) -> bool:
    """Whether a word that presents the quotation as the writer's term stands right before it (`so-called`)."""
    before = text[max(0, span.mark_start - _TERM_MARKER_REACH):span.mark_start].split()
    return bool(before) and before[-1].lower().replace("’", "'") in _LANG.term_markers


def _holds(longer: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(longer[i:i + n] == run for i in range(len(longer) - n + 1))


def named_term(text: str, span: QuoteSpan, words: int, named: bool | None = None) -> bool:
    """Whether a quotation of ``words`` words is a term a noun names just before it (see :func:`_term_named`);
    ``named``: what :func:`_term_named` says of it, when the caller read it already (:func:`quote_readings`)."""
    return 0 < words <= _TERM_MAX_WORDS and (_term_named(text, span) if named is None else named)


def _reported(text: str, span: QuoteSpan, depth: int) -> bool:
    before = _SPEECH_BEFORE.search(text[max(0, span.mark_start - _SPEECH_REACH):span.mark_start])
    if before and _says(before.group(1)):
        return True
    # `he said he was “concerned”`: a speech verb, its clause's subject and a copula, then the quoted words
    clause = _LAST_WORDS.search(text[max(0, span.mark_start - _SPEECH_REACH):span.mark_start])
    if clause:
        words = clause.group(1).split()
        if fold_word(words[-1]) in _COPULAS and any(_says(w) for w in words[:-2]):
            return True
    # `Biden said that “real progress” had been made`: the quoted words open the clause the speech verb reports
    opened = _OPENED_CLAUSE.search(text, max(0, span.mark_start - _SPEECH_REACH), span.mark_start)
    if opened and opened.group(2).lower() in _LANG.reported_openers and _says(opened.group(1)):
        return True
    if _named_by_another(text, span) or _reported_clause(text, span) or _described_as(text, span) \
            or _quality_of(text, span) or _claimed(text, span):
        return True
    if depth < _COORDINATED_DEPTH:
        joined_to = _coordinated_with(text, span)
        if joined_to is not None and _reported(text, joined_to, depth + 1):
            return True
    inside = text[span.start:span.mark_end - 1].rstrip()
    if span.closed and inside.endswith((",", ".", "!", "?")):
        after = _SPEECH_AFTER.match(text, span.mark_end, span.mark_end + _SPEECH_REACH)
        if after is None:
            return False
        # after a stop, the sentence goes on only in lower case (`“Why?” she asked`, not `“reform.” Critics said`)
        goes_on = inside.endswith(",") or after.group(1)[:1].islower()
        return goes_on and _says(after.group(1))
    return False


def _named_by_another(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words complete a naming verb whose subject is someone other than the text's own voice:
    `Biden calls the deal ‘historic’`, `termed the order as a “historic” deal`, `which Biden called “historic”` give
    that someone's word, to verify; `what’s called “an exchange”`, `we’ll call it “QIS”` and `a drug called “X”`
    name a term (a passive, the speaker or the one spoken to, no subject), and `called for a “measured” response`
    is another verb.

    >>> t = 'He called the plan “encouraging.” Part of it is what’s called “an exchange,” we’ll call it “SPR.”'
    >>> [_named_by_another(t, s) for s in extract_quotes(t)[0]]
    [True, False, False]
    """
    window = text[max(0, span.mark_start - _NAMING_REACH):span.mark_start]
    cuts = list(_NAMING_CUT.finditer(window))
    if cuts:
        window = window[cuts[-1].end():]
    surfaces = window.split()
    words = [w.lower().replace("’", "'").strip(",'\"") for w in surfaces]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _NAMING), None)
    if at is None:
        return False
    between, before = words[at + 1:], words[max(0, at - 3):at]
    if len(between) > _NAMING_MAX_WORDS or (between and between[0] in _LANG.naming_particles):
        return False
    if any(w in _LANG.naming_breaks for w in between):
        return False
    if any(w in _LANG.speaker_pronouns or w.split("'")[0] in _LANG.speaker_pronouns for w in before[-2:]):
        return False
    # a passive names a term: "what's called", "is called", "been dubbed" (not "he is calling it")
    if before and not words[at].endswith("ing") and (before[-1] in _COPULAS or before[-1].endswith("'s")):
        return False
    if not between:  # no object: a subject must stand before it ("which the mayor called", "Biden calls")
        return bool(before) and (any(w in _LANG.naming_subjects for w in before) or surfaces[at - 1][:1].isupper())
    return True


def _clause_words(text: str, span: QuoteSpan, cut: re.Pattern[str] = _NAMING_CUT,
                  reach: int = _NAMING_REACH) -> list[str]:
    """The lower-case words of the clause just before the opening mark, within ``reach`` characters and after the
    last ``cut`` (by default cut as a naming verb's clause is; a reported clause's is cut by :data:`_CLAUSE_CUT`)."""
    window = text[max(0, span.mark_start - reach):span.mark_start]
    cuts = list(cut.finditer(window))
    if cuts:
        window = window[cuts[-1].end():]
    return [w.lower().replace("’", "'").strip(",'\"") for w in window.split()]


def _described_as(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words are the "as" complement of a verb that has an object of its own: `recognized
    Geingob as a “great statesman”`, `remembered him as an “outstanding leader”`, `praised the explorer as “the
    original American hero”` give the subject's words for the object, to verify; with no object between the verb
    and "as" (`also known as “Star Wars”`, `is remembered as “the Catch”`) the words name a term.

    >>> t = 'Ramaphosa remembered him as an “outstanding leader.” The plan, also known as “Star Wars,” failed.'
    >>> [_described_as(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    """
    words = _clause_words(text, span)
    if words and words[-1] in _LANG.articles:
        words.pop()
    if len(words) < 3 or words[-1] != "as":
        return False
    at = next((i for i in range(len(words) - 2, max(-1, len(words) - 2 - _AS_MAX_OBJECT), -1)
               if words[i] in _LANG.appraisal_verbs), None)
    if at is None or at == len(words) - 2:  # the verb right before "as": no object ("described as", "cast as")
        return False
    before = words[max(0, at - 1):at]
    return not (before and before[-1] in _COPULAS)  # a passive: "is remembered as"


def _quality_of(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words are a quality of a named person, in the possessive, that a verb appraising them takes
    as its object: `acknowledged Mays’ “quiet example”`, `praised Lopez's “steady hand”` give the subject's words
    for that person; a pronoun's possessive (`recognising its “strategic importance”`) is the writer's reference to
    a thing, and the words may be a scare quote.

    >>> t = 'Obama acknowledged Mays’ “quiet example” of service. It noted its “strategic importance.”'
    >>> [_quality_of(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    """
    before = text[max(0, span.mark_start - _NAMING_REACH):span.mark_start].split()
    if len(before) < 2:
        return False
    owner, verb = before[-1], before[-2].lower().strip(",")
    if not owner[:1].isupper() or not owner.endswith(("’", "'", "’s", "'s")):
        return False
    return verb in _LANG.appraisal_verbs


def _claimed(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words stand in the object of a verb that makes a claim of it, in the same clause: `Despite
    Biden declaring an economic victory over the deficit, a “manufacturing boom”`, `the company touted a “record”
    year` give the subject's claim, to verify (the object may be a list: commas do not end it). Another clause
    between the verb and the quotation (`claimed that prices were “stable”`, `declared he was “ready”`), a particle
    making it another verb (`claimed for`), the speaker's own claim (`we claim a “win”`) or a passive (`what is
    claimed`) does not.

    >>> t = 'Biden declaring a win over the deficit, a “manufacturing boom”. They claimed that it was a “win”.'
    >>> [_claimed(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    """
    words = _clause_words(text, span, _CLAUSE_CUT, _CLAUSE_REACH)
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _LANG.claim_verbs), None)
    if at is None:
        return False
    between, before = words[at + 1:], words[max(0, at - 2):at]
    if len(between) > _CLAUSE_MAX_WORDS or (between and between[0] in _LANG.naming_particles):
        return False
    if any(w in _LANG.naming_breaks or w in _COPULAS or w in _LANG.reported_subjects for w in between):
        return False
    if any(w in _LANG.speaker_pronouns or w.split("'")[0] in _LANG.speaker_pronouns for w in before):
        return False
    return not (before and before[-1] in _COPULAS)


def _term_named(text: str, span: QuoteSpan) -> bool:
    """Whether a noun that names a term stands just before the quotation (`the statutory definition of who is
    “engaged in the business”`, `used the term “genocide”`, `the phrase “…”`): the words are mentioned as a term,
    a scare quote however long (up to :data:`_TERM_MAX_WORDS`), not someone's sentence.

    >>> t = 'It clarifies the definition of who is “engaged in the business” of dealing. He said “it is done.”'
    >>> [_term_named(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    """
    words = _clause_words(text, span)[-_TERM_REACH:]
    return any(w in _LANG.term_nouns for w in words)


def _reported_clause(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words end a clause that reports someone's sentence: a speech verb, at most
    :data:`_CLAUSE_MAX_WORDS` words on, a subject pronoun (or "both of them") and its verb (a copula, "have", or a
    verb of a state, "felt", "seemed"; an article after it) just before the opening mark. `Biden told reporters in
    the Oval Office that it was a “good conversation”`, `saying that Hatch once shared that he had a “soft side”` and
    `said that when he told them, both of them felt “deeply honored”` turn "It was a good conversation", "I had a
    soft side" and "They felt deeply honored" into reported speech; with a noun subject (`the Fed said that
    inflation pressures remained “well contained”`) the words around the quotation are the writer's, and the
    quotation may be a scare quote.

    >>> t = 'Biden told reporters that it was a “good conversation.” The Fed noted that pressures were “contained.”'
    >>> [_reported_clause(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    >>> t = 'He said both of them felt “deeply honored.” The mayor noted that residents felt “betrayed.”'
    >>> [_reported_clause(t, s) for s in extract_quotes(t)[0]]
    [True, False]
    """
    words = _clause_words(text, span, _CLAUSE_CUT, _CLAUSE_REACH)
    if words and words[-1] in _LANG.articles:
        words.pop()
    if len(words) < 3 or words[-1] not in _LANG.reported_verbs:
        return False
    # a subject pronoun, or one after a quantifier's "of" ("both of them felt")
    if words[-2] not in _LANG.reported_subjects and not (
            words[-2] in _LANG.reported_partitives and len(words) >= 4 and words[-3] == "of"):
        return False
    return any(_says(w) for w in words[max(0, len(words) - 2 - _CLAUSE_MAX_WORDS):-2])


def _coordinated_with(text: str, span: QuoteSpan) -> QuoteSpan | None:
    """The quotation just before ``span`` when only a coordinator ("and", "or", "as well as") and maybe an article
    stand between the two: `a “soft side” as well as a “tough side”`; None otherwise."""
    lo = max(0, span.mark_start - 40)
    m = _COORDINATED.search(text, lo, span.mark_start)
    if m is None:
        return None
    joined = [w.lower() for w in m.group(2).split()]
    if joined and joined[-1] in _LANG.articles:
        joined.pop()
    if tuple(joined) not in _LANG.quote_coordinators and not _coordinated_phrase(joined):
        return None
    close = m.start(1)
    start = text.rfind(_OPENING_OF[text[close]], max(0, close - _CLAUSE_REACH * 3), close)
    if start < 0:
        return None
    return QuoteSpan(start + 1, close, start, close + 1, text[start + 1:close], True)


def _coordinated_phrase(joined: list[str]) -> bool:
    """Whether the words between two quotations are a one-word coordinator and at most the language's
    ``coordinated_extra_words`` words that open no clause of their own (`“manufacturing boom” and winning against
    “Big Pharma”`: the second quotation stands in the same list as the first; not `and he said it was`)."""
    if not joined or (joined[0],) not in _LANG.quote_coordinators:
        return False
    extra = joined[1:]
    return 0 < len(extra) <= _LANG.coordinated_extra_words and not any(
        w in _LANG.naming_breaks or w in _COPULAS or w in _LANG.reported_subjects or w in _LANG.articles
        or w in _LANG.speaker_pronouns for w in extra)


def _says(words: str) -> bool:
    return any(stem(fold_word(w)) in SPEECH_KEYS for w in words.split())


#: the credit of a quotation: the words after its closing mark to the end of their sentence (`,” Stournaras said.`,
#: `,” said Governor Jane Doe.`), or before its opening mark from the start of theirs (`Jane Doe said: “`), a speech
#: verb among at most :data:`_TAIL_MAX_WORDS` words
_CREDIT_AFTER = re.compile(r"[\s,]*([^.!?:;\n“”\"]{1,80}?)\s*(?:[.!?;:\n]|$)")
_CREDIT_BEFORE = re.compile(r"(?:^|[.!?\n”\"]\s*)([^.!?;\n“”\"]{1,80}?)\s*[,:]\s*$")
_TITLE_WORDS = _LANG.conflicts.titles


def credited_names(text: str, span: QuoteSpan) -> tuple[str, ...]:
    """The capitalised words of the name the writer credits a quotation to (:data:`_CREDIT_AFTER`,
    :data:`_CREDIT_BEFORE`), folded, titles and a name after a preposition (`on Monday`) left out:
    `(“…,” Stournaras said.)` gives ``('stournaras',)``; a credit to a pronoun (`he said in a statement`) or none
    gives ``()``.

    >>> t = 'x “We will act,” Governor Jane Doe said on Monday. More.'
    >>> credited_names(t, QuoteSpan(3, 15, 2, 16, t[3:15], True))
    ('jane', 'doe')
    >>> t = 'Jane Doe said: “We will act.” More.'
    >>> credited_names(t, QuoteSpan(16, 28, 15, 29, t[16:28], True))
    ('jane', 'doe')
    >>> t = 'x “We will act,” he said in a statement.'
    >>> credited_names(t, QuoteSpan(3, 15, 2, 16, t[3:15], True))
    ()
    """
    credits = []
    after = _CREDIT_AFTER.match(text, span.mark_end)
    if after is not None:
        credits.append(after.group(1))
    before = _CREDIT_BEFORE.search(text, max(0, span.mark_start - 80), span.mark_start)
    if before is not None:
        credits.append(before.group(1))
    for credit in credits:
        ws = words(credit)
        if not ws or len(ws) > _TAIL_MAX_WORDS or not _says(credit):
            continue
        # (not a name after a preposition: "said on Monday", "in Athens")
        names = tuple(w.norm for k, w in enumerate(ws) if w.text[:1].isupper() and w.content
                      and w.norm not in _TITLE_WORDS and w.key not in SPEECH_KEYS
                      and not (k and ws[k - 1].stop and ws[k - 1].norm not in _LANG.articles))
        if names:
            return names
    return ()


def attribution_tail(text: str, start: int, end: int) -> int:
    """Where an unclosed quotation ends when its paragraph ``text[start:end]`` closes on the writer's attribution
    after a comma (`“Together, they committed to …, the readout said.`, `…, said the White House.`): at that comma;
    else ``end``. The closing mark the writer forgot belongs before the comma: the attribution is no one's quoted
    words.

    >>> t = '“They committed to more trade, the readout said.'
    >>> t[1:attribution_tail(t, 1, len(t))]
    'They committed to more trade'
    >>> t = '“Trade grew, and so did jobs.'
    >>> attribution_tail(t, 1, len(t)) == len(t)
    True
    """
    m = _ATTRIBUTION_TAIL.search(text, start, end)
    if m is None or m.start() == start:
        return end
    tail = m.group(1)
    if any(w in _LANG.speaker_pronouns for w in tail.lower().split()):  # "…, I said.": the speaker's own words
        return end
    if _says(tail) or tail.lower().startswith("according to "):
        return m.start()
    return end


@dataclass(slots=True)
class _Open:
    family: str
    char: str
    pos: int
    region: int


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE


def _closes(text: str, i: int) -> bool:
    return i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] in _CLOSE_AFTER


def _alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def _plural_possessive(text: str, i: int) -> bool:
    """``s’`` followed by a lower-case word: "the hostages’ release" rather than a closing quote."""
    return (
        i > 0 and text[i - 1] in "sS" and i + 2 < len(text) and text[i + 1] == " " and text[i + 2].islower()
    )


def _later_single_close(text: str, i: int) -> bool:
    """Whether another closing single quote follows on the same line, within a sentence's reach."""
    end = text.find("\n", i + 1)
    end = min(len(text) if end < 0 else end, i + 300)
    for m in re.finditer("[’']", text[i + 1:end]):
        j = i + 1 + m.start()
        if not (_alnum(text, j - 1) and _alnum(text, j + 1)) and not _opens(text, j):
            return True
    return False


def _starts_text(text: str, i: int) -> bool:
    """Whether words begin right after the mark at ``i`` (past other marks, an ellipsis or a dash, at most
    :data:`_STARTS_TEXT_REACH` characters of them: a run of thousands of marks made this quadratic)."""
    j = i + 1
    stop = min(len(text), j + _STARTS_TEXT_REACH)
    while j < stop and (text[j] in _FAMILY or text[j] in ".…-—–([" ):
        j += 1
    return j < stop and text[j].isalnum()


def _closed_on_line(text: str, i: int) -> bool:
    """Whether a closing double mark (”) follows the mark at ``i`` on its line."""
    end = text.find("\n", i + 1)
    return text.find("”", i + 1, len(text) if end < 0 else end) >= 0


def _spaced_before_words(text: str, i: int) -> bool:
    """A space, then a word, after the mark at ``i``, and a closing double mark (”) later on its line."""
    return text[i + 1:i + 2] == " " and _alnum(text, i + 2) and _closed_on_line(text, i)


def _elided_word_before(text: str, i: int) -> bool:
    """``’n’``, ``’til’``: the mark ends a word that itself began with an apostrophe."""
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return j > 1 and text[j - 1] in "’'" and not _alnum(text, j - 2) and bool(_ELISIONS.fullmatch(text, j, i))


def _last_open(stack: list[_Open], family: str) -> _Open | None:
    return next((o for o in reversed(stack) if o.family == family), None)


_PAIRED = {"«": "»", "»": "«", "‹": "›", "›": "‹"}  # guillemets point either way: «ja» or »ja«


def _role(text: str, i: int, stack: list[_Open]) -> str:
    """``open``, ``close``, ``none`` (an apostrophe or a prime) or ``stray`` for the mark at ``i``."""
    c = text[i]
    family = _FAMILY[c]
    last = _last_open(stack, family)
    before, after, starts = _opens(text, i), _closes(text, i), _starts_text(text, i)
    if family == _SINGLE:
        if _alnum(text, i - 1) and _alnum(text, i + 1):
            return "none"  # don't, Ukraine’s
        if c in "‘‚‛'" and before and starts:
            if c != "‚" and _ELISIONS.match(text, i + 1):
                return "none"  # ’em, ’90s
            return "open"
        if c in "’‘'" and last and not before:
            if _elided_word_before(text, i) or (_plural_possessive(text, i) and _later_single_close(text, i)):
                return "none"  # ‘rock ’n’ roll’, ‘the hostages’ release’
            return "close"
        return "none"
    if family in (_GUILLEMET, _SINGLE_GUILLEMET):
        if last and _PAIRED[last.char] == c:
            return "close"
        if c in "«‹":
            return "open"
        return "open" if before and starts else "stray"  # reversed: »ja«
    if c == "„":
        return "open"
    if c == "“" and stack and stack[-1].char == "„":
        return "close"  # German „…“
    if last and (after or not before):
        return "close"
    if c == "”":  # a closing shape opens only where words follow it (Swedish ”…”), or, spaced from its words, where
        # another closing shape follows on its line (a typo of the kind "She added: ” My thoughts are …”")
        return "open" if before and (starts or _spaced_before_words(text, i)) else "stray"
    if c == "“" and not before and _spaced_before_words(text, i):
        return "open"  # an opening shape, nothing open, glued to the text before and spaced from its words, and a
        # closing shape later on its line (a typo of the kind "cities…“ We tried …,” she said")
    return "open" if before or not after else "stray"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
        end -= 1
    return start, end


def _regions(text: str, blocks: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if blocks:
        return [(s, e) for s, e in blocks if e > s]
    # Without blocks, paragraphs are separated by blank lines.
    out, pos = [], 0
    for m in re.finditer(r"\n[ \t\r\f\v]*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def extract_quotes(
    text: str, blocks: Sequence[tuple[int, int]] | None = None
) -> tuple[list[QuoteSpan], list[str]]:
    """The quoted spans of ``text`` in order, and warnings about the marks that did not balance.

    ``blocks`` are the (start, end) offsets of the text's paragraphs, headings and items; a quote left
    open at the end of one is closed there unless its closing mark comes early in the next.
    """
    regions = _regions(text, blocks)
    spans: list[QuoteSpan] = []
    warnings: list[str] = []
    stack: list[_Open] = []
    loose: list[int] = []  # marks read as no quotation mark (an apostrophe) or a stray one while a quote is open

    def emit(opener: _Open, close_at: int, closed: bool) -> None:
        start, end = _trim(text, opener.pos + 1, close_at)
        if start < end and _WORD.search(text, start, end):
            spans.append(QuoteSpan(start, end, opener.pos, close_at + (1 if closed else 0), text[start:end], closed))

    def close_open(region_end: int) -> None:
        """At a paragraph's end: close what is still open, unless it runs on into the next paragraph."""
        outer = stack[0]
        mixed = _mismatched_close(text, outer, loose, region_end) if len(stack) == 1 else -1
        if mixed >= 0:
            stray = f"closing {text[mixed]} at offset {mixed} has no opening mark: ignored"
            if stray in warnings:
                warnings.remove(stray)
            warnings.append(f"quote opened with {outer.char} at offset {outer.pos} is closed by {text[mixed]} "
                            f"at offset {mixed}: the other family's mark, and nothing else closes it")
            emit(outer, mixed, closed=True)
        elif outer.family in (_SINGLE, _SINGLE_GUILLEMET):
            warnings.append(f"opening {outer.char} at offset {outer.pos} is never closed: taken for an apostrophe")
        else:
            cut = attribution_tail(text, outer.pos + 1, region_end)
            warnings.append(
                f"quote opened with {outer.char} at offset {outer.pos} has no closing mark: "
                + (f"taken to the end of its paragraph (offset {region_end})" if cut == region_end else
                   f"taken to the attribution that ends its paragraph (offset {cut})")
            )
            emit(outer, cut, closed=False)
        stack.clear()

    for r, (r_start, r_end) in enumerate(regions):
        skip = -1
        if stack:
            runs_on, skip = _runs_on(text, stack[0], regions, r)
            if not runs_on:
                close_open(regions[r - 1][1])
            elif skip >= 0 and len(stack) == 1:
                # a quotation of several paragraphs, each opening with a fresh mark: one quote per paragraph, as
                # a reader checks it (each may be exact, near or altered on its own); the paragraph's end ends its
                # quote, with no closing mark (``closed=False``, no warning), and the next opens at its fresh mark
                outer = stack[0]
                end = regions[r - 1][1]
                cut = attribution_tail(text, outer.pos + 1, end)
                if cut != end:  # the paragraph ends on the writer's attribution: its closing mark was forgotten
                    warnings.append(f"quote opened with {outer.char} at offset {outer.pos} has no closing mark: "
                                    f"taken to the attribution that ends its paragraph (offset {cut})")
                emit(outer, cut, closed=False)
                stack[0] = _Open(outer.family, text[skip], skip, outer.region)
        for m in _MARK_RE.finditer(text, r_start, r_end):
            i = m.start()
            if i == skip:
                continue
            role = _role(text, i, stack)
            family = _FAMILY[text[i]]
            if role == "open":
                stack.append(_Open(family, text[i], i, r))
            elif role == "close":
                depth = max(k for k, o in enumerate(stack) if o.family == family)
                opener = stack[depth]
                del stack[depth:]
                if family in (_SINGLE, _SINGLE_GUILLEMET) and i - opener.pos > _MAX_SINGLE_QUOTE_CHARS:
                    continue
                # a quotation nested in another is a quotation of its own too (the speaker's marked term, or
                # someone the speaker quotes: `“… from various so-called ‘independent’ companies …”`), after the
                # outer one, which holds its words as well
                emit(opener, i, closed=True)
            elif role == "stray":
                warnings.append(f"closing {text[i]} at offset {i} has no opening mark: ignored")
            if role in ("none", "stray") and stack:
                loose.append(i)
    if stack:
        close_open(regions[-1][1])
    spans.sort(key=lambda sp: (sp.mark_start, -sp.mark_end))  # an outer quotation before those nested in it
    return spans, warnings



def _mismatched_close(text: str, outer: _Open, loose: Sequence[int], end: int) -> int:
    """The offset of the mark of the other family that closes ``outer``, a quotation nothing of its own family
    closes before ``end`` (-1 when none does): a writer's slip of the kind `“immense sadness’ at the murder` or
    `'I know that many others … residents."`.

    A double quotation is closed by the first mark of a single quotation's closing shape read as no quotation
    mark, that ends a word and is followed by none: not inside a word (``Ukraine’s``) nor a plural's possessive
    (``the hostages’ release``: after an s, the word that follows is no function word); a single quotation, by
    the first closing double mark with no opening mark of its own. Guillemets are not paired so.
    """
    if outer.family == _DOUBLE:
        wanted = _SINGLE
    elif outer.family == _SINGLE:
        wanted = _DOUBLE
    else:
        return -1
    for i in loose:
        if i <= outer.pos or i >= end or _FAMILY[text[i]] != wanted:
            continue
        if wanted == _DOUBLE:
            return i if text[i] in '”"' and not _opens(text, i) else -1
        if text[i] not in "’'" or not _alnum(text, i - 1) or _alnum(text, i + 1) or not _closes(text, i):
            continue
        if text[i - 1] in "sS":
            nxt = _NEXT_WORD.match(text[i + 1:i + 40])
            if nxt and nxt.group(1).lower() not in _MIXED_CLOSE_FOLLOWERS:
                continue  # the hostages’ release
        return i
    return -1


def _runs_on(text: str, outer: _Open, regions: Sequence[tuple[int, int]], r: int) -> tuple[bool, int]:
    """Whether a quote still open when paragraph ``r`` begins carries on into it, and the offset of a
    mark to pass over (-1 if none).

    It does when the paragraph opens with a fresh opening mark of the same kind (the convention for a
    quotation of several paragraphs: no closing mark until the last), or when the next mark of its
    kind, within a few paragraphs, is a closing one. Single quotes never cross a paragraph break.
    """
    if outer.family in (_SINGLE, _SINGLE_GUILLEMET) or r - outer.region >= _MAX_PARAGRAPHS:
        return False, -1
    r_start, r_end = regions[r]
    probe = [outer]
    first = r_start
    while first < r_end and text[first].isspace():
        first += 1
    if first < r_end and _FAMILY.get(text[first]) == outer.family and _role(text, first, probe) == "open":
        return True, first
    for k in range(r, min(len(regions), outer.region + _MAX_PARAGRAPHS)):
        for m in _MARK_RE.finditer(text, *regions[k]):
            if _FAMILY[m.group()] == outer.family:
                return _role(text, m.start(), probe) == "close", -1
    return False, -1
