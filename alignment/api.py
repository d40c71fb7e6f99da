"""The one entry point: ``compare(source, derivative, config) -> Report``."""

from __future__ import annotations

import bisect
import functools
from dataclasses import replace
from pathlib import Path

from alignment.config import Config
from alignment.engine.acronyms import shared_name_keys
from alignment.engine.align import align, in_frame
from alignment.engine.details import (
    background_names,
    counts_a_list,
    credits_the_source,
    issue_dates,
    named_keys,
    of_issue_date,
    of_this_year,
    signed_figure,
    source_days,
    source_keys,
    source_years,
    unsupported_details,
)
from alignment.engine.discrepancies import find_discrepancies
from alignment.engine.evidence import foreign_quotations, quote_evidence
from alignment.engine.match import profile_segments, score_pairs, through_demonym
from alignment.engine.quotes import credited_names, extract_quotes, quote_readings
from alignment.engine.statuses import (
    earlier_event,
    judge_derivative,
    judge_derivative_half,
    judge_sentence_half,
    judge_source,
    new_rank,
    states_figure,
)
from alignment.engine.verify import QuoteMemo, SourceIndex, over_lines, skipping_lines, verify_quote
from alignment.errors import ConfigError, InputError
from alignment.lang import RULES_LANGUAGE as _LANG
from alignment.model import DerivativeStatus, Quote, Segment, SegmentKind, SourceStatus
from alignment.report import Report, Side
from alignment.text.nlp import load_pipeline, versions
from alignment.text.reading import STDIN, Document, check_text, read_document
from alignment.text.segment import (
    Ahead,
    Analyzed,
    field_lines,
    highlight_lines,
    is_question,
    parse_ahead,
    question_title,
    second_halves,
    segment,
    segment_lines,
    signature_line,
    statement_lead_ins,
    title_line,
    verbless_title,
)

__all__ = ["compare", "compare_files"]


#: a field of the source's fact box whose value has this many content words at most ("Impacted Area: Montana") is a
#: label when no claim of the derivative takes it up (alignment.text.segment.field_lines)
_FIELD_LABEL_WORDS = 1


def _as_document(doc: Document | str, side: str) -> Document:
    """``doc`` as a :class:`Document`; anything but text (bytes, ``None``, a path) is an :class:`InputError`."""
    document = doc if isinstance(doc, Document) else Document(doc, "")
    if not isinstance(document.text, str):
        kind = type(document.text).__name__
        hint = "; decode it first (e.g. data.decode('utf-8')) or use compare_files" if kind in ("bytes", "bytearray") \
            else "; pass a str or a Document (compare_files reads files)"
        msg = f"{document.path or side}: a {kind}, not text{hint}"
        raise InputError(msg)
    return document


def _check_content(doc: Document, name: str) -> None:
    """Refuse what the command line refuses in a file (alignment.text.reading.decode), with the same words: NUL
    characters, and a text that is empty or only whitespace (there would be nothing to compare)."""
    if "\x00" in doc.text:
        msg = f"{name}: contains NUL characters, not text"
        raise InputError(msg)
    if not doc.text.strip():
        msg = f"{name}: the text is empty or holds only whitespace"
        raise InputError(msg)


def _analyze(doc: Document, config: Config, prefix: str, mode: str, ahead: Ahead | None = None) -> Analyzed:
    """Check the document against the limits and segment it; a limit passed is an :class:`InputError` naming
    the document. ``ahead``: its first batch parsed already (:func:`_parse_both`)."""
    name = doc.path or ("source" if prefix == "S" else "derivative")
    check_text(doc.text, name, config.max_document_bytes)
    _check_content(doc, name)
    try:
        if mode == "lines":
            if sum(1 for line in doc.text.splitlines() if line.strip()) > config.max_segments:
                msg = (f"more than {config.max_segments:,} lines, the limit of segments per document "
                       "(raise it with --max-segments)")
                raise InputError(msg)
            tagger = load_pipeline(config.model) if config.line_tagger == "spacy" else None
            return segment_lines(doc.text, tagger, prefix)
        # both titles are claims even without a verb: the source's names the news, and a news headline states it
        # in words a tagger often reads as nouns ("Biden and Johnson talk pandemic, NATO and trade in first phone
        # call", "Namibia President Hage Dies"); either goes back to a heading when nothing on the other side takes
        # it up (verbless_title, below)
        return segment(doc.text, load_pipeline(config.model), config, prefix, official=True, ahead=ahead)
    except InputError as exc:  # the segment limit, raised while segmenting
        raise InputError(f"{name}: {exc}") from None


def _parse_both(src: Document, der: Document, config: Config, modes: tuple[str, str],
                ) -> tuple[Ahead | None, Ahead | None]:
    """The first batch of each text parsed, the source's then the derivative's, before either is segmented
    (:func:`alignment.text.segment.parse_ahead`: the rules then run after one parse, not two); (None, None) where
    :func:`_analyze` would refuse either text before parsing it or reads one by lines, so that it raises as it
    would, in its order."""
    if modes != ("auto", "auto"):
        return None, None
    for doc, name in ((src, src.path or "source"), (der, der.path or "derivative")):
        try:
            check_text(doc.text, name, config.max_document_bytes)
            _check_content(doc, name)
        except InputError:
            return None, None
    nlp = load_pipeline(config.model)
    src_ahead = parse_ahead(src.text, nlp, config)
    return (src_ahead, parse_ahead(der.text, nlp, config)) if src_ahead is not None else (None, None)


def check_segmentation(*modes: str) -> None:
    """Raise :class:`ConfigError` unless every mode is ``"auto"`` or ``"lines"``."""
    for mode in modes:
        if mode not in ("auto", "lines"):
            msg = f"segmentation must be 'auto' or 'lines', got {mode!r}"
            raise ConfigError(msg)


def compare(
    source: Document | str,
    derivative: Document | str,
    config: Config | None = None,
    *,
    source_segmentation: str = "auto",
    derivative_segmentation: str = "auto",
) -> Report:
    """Compare a source text with a derivative text written from it.

    ``source`` and ``derivative`` are :class:`Document` records or plain strings. A segmentation of
    ``"lines"`` takes every non-blank line as one segment (for pre-segmented input).

    What the command line refuses in a file is refused here too, as an :class:`InputError` (one line): bytes or
    anything else that is not text, NUL characters, a text that is empty or only whitespace, a lone surrogate, a
    document over ``config``'s limits.

    >>> compare("   ", "The minister met reporters.")
    Traceback (most recent call last):
    ...
    alignment.errors.InputError: source: the text is empty or holds only whitespace
    """
    config = (config or Config()).validate()
    check_segmentation(source_segmentation, derivative_segmentation)
    src_doc, der_doc = _as_document(source, "source"), _as_document(derivative, "derivative")
    src_ahead, der_ahead = _parse_both(src_doc, der_doc, config, (source_segmentation, derivative_segmentation))
    src = _analyze(src_doc, config, "S", source_segmentation, src_ahead)
    der = _analyze(der_doc, config, "D", derivative_segmentation, der_ahead)
    del src_ahead, der_ahead  # (their docs, once segmented)
    # a signature that ends the source ("JOSEPH R. BIDEN JR.") says who signed, which its opening says: furniture,
    # never a counterpart (a story's "Biden signed a decree" names the signer and reports nothing of the line)
    signature = signature_line(src)
    if signature is not None:
        src = replace(src, segments=tuple(replace(seg, kind=SegmentKind.BOILERPLATE) if i == signature else seg
                                          for i, seg in enumerate(src.segments)))

    src_claims = [i for i, s in enumerate(src.segments) if s.is_claim]
    der_claims = [i for i, s in enumerate(der.segments) if s.is_claim]
    src_prof, der_prof = profile_segments(
        [src, der],
        [[s.is_claim for s in src.segments], [s.is_claim for s in der.segments]],
    )
    scores = score_pairs(der_prof, der_claims, src_prof, src_claims)
    if config.semantic:
        from alignment.engine.semantic import pair_cosines  # the optional extra, imported only when asked for

        scores = replace(scores, semantic=pair_cosines(scores, der, src))
    elif config.static_vectors and config.link_model:
        from alignment.engine.static_vectors import static_cosines  # numpy and the vectors, only when asked for

        scores = replace(scores, static=static_cosines(scores, der, src))
    found_quotes, warnings = _verify_quotes(src, der, config, der_doc.path or "derivative")
    quoted = quote_evidence(found_quotes, der.segments, src.segments, src.text, der_prof, src_prof)
    foreign = foreign_quotations(found_quotes, der.segments, der_prof)
    result = align(der, src, der_prof, src_prof, scores, config, quoted, foreign)
    del scores  # every candidate pair's scores: the largest tables of a long comparison, not needed past here
    background = background_names(src_prof, src_claims)
    names = named_keys(((src.text, src.words), (der.text, der.words)))
    # a word the source has in the other form is no detail: "HHS" for its "Health and Human Services", and back
    known = source_keys(src.words, src.text) | shared_name_keys(der.words, src.words)
    issued = issue_dates(src.words, [seg.is_claim for seg in src.segments])
    years = source_years(src.words, issued)  # the years the source's "this year" means
    # the days of the week the source names or dates: another day is the article's
    days = source_days(src.words, src.text)
    quote_notes: dict[str, list[str]] = {}  # a derivative segment's quotes and their verdicts, for its reason
    for q in found_quotes:
        where = f" in {q.source_id}" if q.source_id else ""
        quote_notes.setdefault(q.derivative_id, []).append(f"quote {q.id} {q.status}{where}")

    # a derivative much longer than its source meets its vocabulary by chance: claims reached by slight links alone
    long_derivative = result.long_derivative
    # the source's title without a verb names its subject: a claim when the derivative takes it up, else a label
    label, src_title, highlights = verbless_title(src), title_line(src), highlight_lines(src)
    src_fields, der_fields = field_lines(src, _FIELD_LABEL_WORDS), field_lines(der)
    speakers = statement_lead_ins(src, config.claim_max_words)
    src_segments = []
    for i, seg in enumerate(src.segments):
        if i == label and i not in result.source_links:
            seg = replace(seg, kind=SegmentKind.HEADING)
        if not seg.is_claim:
            src_segments.append(replace(seg, status=str(SourceStatus.NOT_A_CLAIM), reason=str(seg.kind)))
            continue
        links = tuple(der.segments[d].id for d in result.source_links.get(i, ()))
        share = result.source_share.get(i, 0.0)
        was_quoted = any((d, i) in quoted for d in result.source_links.get(i, ()))
        src_status, reason = judge_source(share, links, config, was_quoted, result.source_figures.get(i, ()),
                                          long_derivative and i in result.slight_source,
                                          i in result.covered_by_added)
        if (i == src_title or i in highlights or i in src_fields) and src_status is SourceStatus.OMITTED:
            # the source's title restates the news its body gives: not taken up, it is a label, no omission (and so
            # is a field of its fact box: "Impacted Area: Montana")
            src_segments.append(replace(seg, kind=SegmentKind.HEADING, status=str(SourceStatus.NOT_A_CLAIM),
                                        reason=str(SegmentKind.HEADING)))
            continue
        if i in speakers and src_status is SourceStatus.OMITTED:
            # the line that introduces the statement says who speaks ("Premier Jane Roe issued the following
            # statement ...:"), which a report gives by its attribution: not taken up, it is furniture
            src_segments.append(replace(seg, kind=SegmentKind.BOILERPLATE, status=str(SourceStatus.NOT_A_CLAIM),
                                        reason=str(SegmentKind.BOILERPLATE)))
            continue
        src_segments.append(replace(seg, status=str(src_status), score=round(share, 4), aligned_to=links,
                                    reason=reason))

    # a sentence cut in two is one sentence to a reader: a part omitted by its own share is reported in part when
    # the other part is reported (the second continues what the first says)
    reported = (SourceStatus.COVERED, SourceStatus.PARTIAL)
    for pair in second_halves(src.segments).items():
        for i, other in (pair, pair[::-1]):
            seg = src_segments[i]
            if seg.status == SourceStatus.OMITTED and src_segments[other].status in reported:
                status, reason = judge_sentence_half(seg.score, seg.aligned_to, src_segments[other].id, config)
                src_segments[i] = replace(seg, status=str(status), reason=reason)

    der_segments = []
    der_label, der_title, der_asked = verbless_title(der), title_line(der), question_title(der)
    for i, seg in enumerate(der.segments):
        if i == der_label and i not in result.deriv_links:
            seg = replace(seg, kind=SegmentKind.HEADING)
        if not seg.is_claim:
            der_segments.append(replace(seg, status=str(DerivativeStatus.NOT_A_CLAIM), reason=str(seg.kind)))
            continue
        linked_to = result.deriv_links.get(i, ())
        links = tuple(src.segments[s].id for s in linked_to)
        share = result.deriv_share.get(i, 0.0)
        found = result.deriv_found.get(i, frozenset())
        details = unsupported_details(der_doc.text, der_prof[i], found - through_demonym(der_prof[i], found, known),
                                      background,
                                      der.words[i], known, names,
                                      [src_prof[s] for s in linked_to],
                                      share, days, src_doc.text)
        linked_words = [src.words[s] for s in linked_to]
        details = tuple(d for d in details if not of_issue_date(d, der.words[i], issued, known, linked_words)
                        and not of_this_year(d, der.words[i], linked_words, years))
        # a count of the names a counterpart, or a sentence beside it, lists is the source's ("seven counties" for
        # its seven names; "voted 10-2" beside the sentence that names the two against)
        beside = sorted({k for s in linked_to for k in (s - 1, s, s + 1)
                         if 0 <= k < len(src.segments)})
        details = tuple(d for d in details
                        if not counts_a_list(d, der.words[i], [src.segments[k].text for k in beside])
                        and not signed_figure(d, der.words[i], src_doc.text))
        # a claim giving a table row's figure names what the row's label abbreviates ("Mississippi" for "MS")
        # and the names of the reporter's frame are who said it, not what the source said ("..., the White House
        # said in a press release")
        frame = result.deriv_frame.get(i, frozenset())
        # ("the agency said in a press release", "according to federal officials": the source credited, no detail)
        details = tuple(d for d in details
                        if not (in_frame(d, der_prof[i], frame) and credits_the_source(d, der.words[i])))
        new_facts = 0 if i in result.restates_row else sum(
            d.kind != "word" and not in_frame(d, der_prof[i], frame) for d in details)
        der_status, reason = judge_derivative(share, links, config, new_facts,
                                              any((i, s) in quoted for s in linked_to),
                                              [d.text for d in details if d.kind in ("number", "date")
                                               and states_figure(d.text)],
                                              is_question(seg.text), long_derivative and i in result.slight_deriv,
                                              i == der_title, i in result.scattered_deriv, i in foreign,
                                              new_rank(der_doc.text, seg.start, details, [
                                                  src_prof[s].word_keys for s in linked_to]),
                                              earlier_event(der_doc.text, der.words[i]))
        if (i in (der_title, der_asked) or i in der_fields) and der_status is DerivativeStatus.ADDED \
                and not quote_notes.get(seg.id):
            # the derivative's headline sums up its own story in a few words of its own ("Norway keeps rate on
            # hold"): meeting nothing in the source, it is the story's label, as the source's title is (above); so
            # is a headline asked as a question ("Why are flags at half-staff in Arizona?")
            der_segments.append(replace(seg, kind=SegmentKind.HEADING, status=str(DerivativeStatus.NOT_A_CLAIM),
                                        reason=str(SegmentKind.HEADING)))
            continue
        reason = "; ".join((reason, *quote_notes.get(seg.id, ())))
        der_segments.append(replace(seg, status=str(der_status), score=round(share, 4), aligned_to=links,
                                    unsupported_details=details, reason=reason))

    # the same on the derivative's side: an added part of a sentence cut in two whose other part restates the source
    # is the sentence reported in part, with what the article adds ("… abandoned its cap" / "crashing below …"); not
    # a second part that opens a clause of its own ("and it could be declared …")
    linked = (DerivativeStatus.SUPPORTED, DerivativeStatus.PARTIAL)
    for pair in second_halves(der_segments).items():
        for i, other in (pair, pair[::-1]):
            seg = der_segments[i]
            own = i > other and seg.text.split(maxsplit=1)[0].lower() in _LANG.clause_conjunctions
            if seg.status == DerivativeStatus.ADDED and der_segments[other].status in linked and not own \
                    and not quote_notes.get(seg.id) and not is_question(seg.text):
                half, why = judge_derivative_half(seg.score, seg.aligned_to, der_segments[other].id, config)
                der_segments[i] = replace(seg, status=str(half), reason=why)

    discrepancies = find_discrepancies(der, src, result.alignments)
    if discrepancies:  # each derivative segment lists its own
        ids: dict[str, list[str]] = {}
        for x in discrepancies:
            ids.setdefault(x.derivative_id, []).append(x.id)
        der_segments = [replace(s, discrepancy_ids=tuple(ids.get(s.id, ()))) for s in der_segments]

    return Report(
        config=config,
        source=Side(src_doc.path, src_doc.text, tuple(src_segments), src_doc.reader, src_doc.encoding),
        derivative=Side(der_doc.path, der_doc.text, tuple(der_segments), der_doc.reader, der_doc.encoding),
        alignments=result.alignments,
        quotes=found_quotes,
        warnings=tuple(warnings),
        versions=versions(config.model),
        discrepancies=discrepancies,
    )


def _verify_quotes(src: Analyzed, der: Analyzed, config: Config, name: str) -> tuple[tuple[Quote, ...], list[str]]:
    spans, warnings = extract_quotes(der.text, der.blocks)
    if not spans:
        return (), [f"article: {w}" for w in warnings]
    if len(spans) > config.max_segments:  # each quote is searched for in the whole source
        msg = (f"{name}: more than {config.max_segments:,} quotations, the limit per document "
               "(raise it with --max-segments)")
        raise InputError(msg)
    index = SourceIndex(src.text, src.all_words())
    # the source's lines that are no sentence of it (a name line, a caption, a heading between two paragraphs): a
    # quotation that runs over them is read again without them (alignment.engine.verify.over_lines)
    lines = [(seg.start, seg.end) for k, seg in enumerate(src.segments)
             if k and seg.kind in (SegmentKind.HEADING, SegmentKind.BOILERPLATE)]
    # (made when a quotation first needs it: not one that is found word for word)
    skipped = functools.cache(functools.partial(skipping_lines, index, lines)) if lines else None
    der_starts, src_starts = [s.start for s in der.segments], [s.start for s in src.segments]
    out = []
    # (what quoted_again reads of each quotation on the way, verify_quote does not read again)
    readings = quote_readings(der.text, spans, config.scare_quote_max_words)
    for n, span in enumerate(spans, 1):
        again, reported, named = readings[n - 1]
        check = functools.partial(
            verify_quote, der.text, span,
            blocks=der.blocks,
            altered_min_share=config.quote_altered_min_share,
            altered_min_words=config.quote_altered_min_words,
            scare_max_words=config.scare_quote_max_words,
            quoted_elsewhere=again,
            reported=reported,
            named=named,
            memo=QuoteMemo() if lines else None,  # (the reading without the lines reuses the first's)
            credited=credited_names(der.text, span),
        )
        verdict = over_lines(check, index, skipped, lines)
        out.append(
            Quote(
                id=f"Q{n}",
                text=span.text,
                start=span.start,
                end=span.end,
                mark_start=span.mark_start,
                mark_end=span.mark_end,
                derivative_id=_segment_id(der.segments, span.start, der_starts),
                status=verdict.status,
                score=round(verdict.score, 4),
                source_start=verdict.source_start,
                source_end=verdict.source_end,
                source_text=verdict.source_text,
                source_id=(_segment_id(src.segments, verdict.source_start, src_starts)
                           if verdict.source_start >= 0 else ""),
                scare_quote=verdict.scare_quote,
                closed=span.closed,
                diff=verdict.diff,
            )
        )
    return tuple(out), [f"article: {w}" for w in warnings]


def _segment_id(segments: tuple[Segment, ...], offset: int, starts: list[int] | None = None) -> str:
    """The id of the segment containing ``offset`` (or the last one starting before it): segments are in order
    and do not overlap. ``starts`` are the segments' starts, when the caller looks up many offsets (a bisection,
    not a walk through the segments for every quote)."""
    k = bisect.bisect_right(starts if starts is not None else [s.start for s in segments], offset)
    return segments[k - 1].id if k else ""


def compare_files(
    source_path: str | Path,
    derivative_path: str | Path,
    config: Config | None = None,
    *,
    encoding: str | None = None,
    source_segmentation: str = "auto",
    derivative_segmentation: str = "auto",
    input_format: str = "auto",
) -> Report:
    """Read both files (UTF-8 unless ``encoding`` says otherwise; ``"auto"``: guessed) and compare them.

    Each is read in its format (``input_format``, or ``"auto"``: from its content and extension; see
    :mod:`alignment.text.readers`); ``-`` is standard input (for one side only). A file larger than
    ``config.max_document_bytes`` is refused before it is read."""
    config = (config or Config()).validate()
    if str(source_path) == STDIN and str(derivative_path) == STDIN:
        msg = "standard input (-) can be only one of the two documents"
        raise InputError(msg)
    return compare(
        read_document(source_path, encoding, config.max_document_bytes, input_format=input_format),
        read_document(derivative_path, encoding, config.max_document_bytes, input_format=input_format),
        config,
        source_segmentation=source_segmentation,
        derivative_segmentation=derivative_segmentation,
    )
