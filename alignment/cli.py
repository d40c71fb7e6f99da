"""The command line: parses options, calls the library, prints, exits. The only module that knows Typer."""

# No ``from __future__ import annotations`` here: Typer reads every command's parameters at each start, with
# ``inspect.signature(eval_str=True)`` and ``typing.get_type_hints``, which compile and evaluate annotations kept
# as strings, twice each; evaluated once on import they are only read (``benchmarks/cli_cost.py``: building the
# command took some 15 ms of CPU of a cold compare, now some 6 ms).

import contextlib
import enum
import gc
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from alignment.api import compare_files
from alignment.config import DEFAULT_MODEL, GC_FIRST_THRESHOLD, Config
from alignment.errors import AlignmentError, InputError, OutputError
from alignment.outputs import FORMATS, check_output, render_report, write_report
from alignment.outputs.terminal import print_summary, printable
from alignment.report import Report
from alignment.text.nlp import versions
from alignment.text.readers import INPUT_FORMATS, READERS

app = typer.Typer(
    # --install-completion / --show-completion for bash, zsh, fish and PowerShell
    add_completion=True,
    # click's plain help: option names never cut at 80 columns, flags shown without a <bool> metavar
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Compare an official text with the reporting written from it: quotes, copies, paraphrases, "
    "omissions and additions.",
)

_DEFAULTS = Config()


class Format(str, enum.Enum):
    text = "text"
    json = "json"
    csv = "csv"


#: the formats of compare: the readable summary and every export format of the registry
ReportFormat = enum.Enum("ReportFormat", {name: name for name in ("text", *FORMATS)}, type=str)  # type: ignore[misc]
_FORMAT_HELP = "text: a readable summary; " + "; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + "."


#: compare's --input-format choices: auto and each reader's name (alignment/text/readers)
InputFormat = enum.Enum("InputFormat", {name: name for name in INPUT_FORMATS}, type=str)  # type: ignore[misc]
_AUTO_INPUT = InputFormat("auto")
_INPUT_FORMAT_HELP = ("How to read both documents: auto chooses for each file from its content and extension; or "
                      + ", ".join(READERS) + " (docs/cli.md, Input formats).")


class Segmentation(str, enum.Enum):
    auto = "auto"
    lines = "lines"


def _fail(message: str, code: int) -> typer.Exit:
    """One line on stderr; a file name or text from the inputs in it cannot drive the terminal."""
    typer.echo(f"error: {printable(' '.join(message.splitlines()))}", err=True)
    return typer.Exit(code)


def version_text(model: str = DEFAULT_MODEL) -> str:
    """What ``--version`` prints: the tool, spaCy, the pipeline (name and version) and Python — what every report
    records under ``versions``."""
    v = versions(model)
    pipeline = f"{v.get('model_name') or v['model']} {v['model_version'] or '(not installed)'}"
    return (f"pressalign {v['pressalign']}\nspaCy {v['spacy_version'] or '(not installed)'}\n"
            f"pipeline {pipeline}\nPython {v['python']}\n")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(version_text(), nl=False)
        raise typer.Exit


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the versions of pressalign, spaCy, the pipeline "
        "and Python (what every report records), and exit.", callback=_print_version, is_eager=True)] = False,
) -> None:
    """Compare an official text with the reporting written from it."""


# Options shared by compare and evaluate (the same names, help and defaults in both commands).
EncodingOpt = Annotated[str | None, typer.Option(help="Read both files in this encoding instead of UTF-8 (e.g. "
    "cp1252, latin-1, utf-16; auto: guess it and say what was guessed).")]
SourceSegOpt = Annotated[Segmentation, typer.Option(help="lines: the statement (source) is pre-segmented, one segment "
    "per line.")]
DerivativeSegOpt = Annotated[Segmentation, typer.Option(help="lines: the article (derivative) is pre-segmented, one "
    "segment per line.")]
ModelOpt = Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")]
MinSupportOpt = Annotated[float, typer.Option(help="Share of an article claim found in the statement for 'supported'.")]
MinCoverageOpt = Annotated[float, typer.Option(help="Share of a statement claim found in the article for 'covered'.")]
MinPartialOpt = Annotated[float, typer.Option(help="Below this share a claim is 'omitted' / 'added'.")]
MinPairShareOpt = Annotated[float, typer.Option(help="Share one side of a pair must find in the other to align.")]
MinSharedWordsOpt = Annotated[int, typer.Option(help="Distinct content words a pair must share to align.")]
MinGainOpt = Annotated[float, typer.Option(help="Share of new content a further counterpart must explain.")]
ClaimMaxWordsOpt = Annotated[int, typer.Option(help="Sentences longer than this are split into claims.")]
CopyMinShareOpt = Annotated[float, typer.Option(help="Share of words in order for an alignment to be a 'copy'.")]
QuoteAlteredOpt = Annotated[float, typer.Option(help="Share of a quote's content words a passage needs for 'altered'.")]
SemanticOpt = Annotated[bool, typer.Option("--semantic", help="Fuse sentence-embedding similarity into the alignment "
    "(needs the semantic extra).")]
LinkModelOpt = Annotated[bool, typer.Option("--link-model/--no-link-model", help="Let the learned link model re-rank "
    "each claim's links and add context links (--no-link-model: the alignment rules alone).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
ExplainOpt = Annotated[bool, typer.Option("--explain", help="Under each omission, addition and detail in the "
                                          "summary, say why it has its status (the segment's reason); list "
                                          "the other words of supported segments too, which it otherwise "
                                          "counts.")]
MaxBytesOpt = Annotated[int, typer.Option(help="Refuse a document larger than this many bytes (checked before reading "
    "it).")]
MaxSegmentsOpt = Annotated[int, typer.Option(help="Refuse a document of more than this many segments (checked while "
    "segmenting, before matching).")]
CsvSafeOpt = Annotated[bool, typer.Option("--csv-safe/--no-csv-safe", help="CSV: put a ' before cells that begin with "
    "= + - @ tab or CR (plain numbers excepted), so a spreadsheet shows them as text instead of running them as "
        "formulas. --no-csv-safe writes every cell as it is.")]


#: the Config fields the command line sets, under the same parameter names in compare and evaluate
_CONFIG_OPTIONS = ("model", "min_support", "min_coverage", "min_partial", "min_pair_share", "min_shared_words",
                   "min_gain", "claim_max_words", "copy_min_share", "quote_altered_min_share", "semantic",
                   "link_model", "max_document_bytes", "max_segments")


def _config(params: dict[str, object]) -> Config:
    """The comparison's Config from a command's parameters (those named in ``_CONFIG_OPTIONS``).

    A bad value is a one-line error and exit code 2.
    """
    try:
        return Config(**{name: params[name] for name in _CONFIG_OPTIONS}).validate()  # type: ignore[arg-type]
    except ValueError as exc:
        raise _fail(str(exc), 2) from None


#: a "source" with at least this many quotations (longer than scare quotes) and a "derivative" with none look swapped
SWAP_MIN_QUOTES = 3
#: ... as do a "derivative" this many times as long as the "source" that quotes nothing
SWAP_LENGTH_RATIO = 3


def swapped_hint(report: Report) -> str:
    """A one-line warning when STATEMENT and ARTICLE look swapped (an article quotes its statement; the statement
    rarely quotes the article), or "" when they do not."""
    from alignment.engine.quotes import extract_quotes

    if any(not q.scare_quote for q in report.quotes):
        return ""
    longest_scare = report.config.scare_quote_max_words
    source_quotes = [q for q in extract_quotes(report.source.text)[0] if len(q.text.split()) > longest_scare]
    if len(source_quotes) >= SWAP_MIN_QUOTES:
        return (f"the statement (first argument) holds {len(source_quotes)} quotations and the article none: "
                "are the arguments swapped? (compare STATEMENT ARTICLE)")
    if not report.quotes and len(report.derivative.text) >= SWAP_LENGTH_RATIO * max(len(report.source.text), 1):
        return (f"the article (second argument) is {len(report.derivative.text) // max(len(report.source.text), 1)}"
                " times as long as the statement and quotes nothing: are the arguments swapped? "
                "(compare STATEMENT ARTICLE)")
    return ""


@app.command()
def compare(
    # readable=False: an unreadable file is the library's one-line error, not Click's boxed one (issue 17 item 8)
    source: Annotated[Path, typer.Argument(help="The official statement (the source): .txt (UTF-8), .md, .html, .pdf "
        "or .docx; - for standard input.", metavar="STATEMENT", show_default=False, readable=False)],
    derivative: Annotated[Path, typer.Argument(help="The article written from it (the derivative; the same formats, "
        "- for standard input).", metavar="ARTICLE", show_default=False, readable=False)],
    fmt: Annotated[ReportFormat | None, typer.Option("--format", "-f", help=_FORMAT_HELP + " [default: from the "  # type: ignore[valid-type]
        "--output file's ending (.json, .html, .xlsx), else text]", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here (json, html, xlsx: a "
        "file; csv: a folder). Without it, json and html go to stdout.")] = None,
    encoding: EncodingOpt = None,
    input_format: Annotated[InputFormat, typer.Option(help=_INPUT_FORMAT_HELP)] = _AUTO_INPUT,  # type: ignore[valid-type]
    source_segmentation: SourceSegOpt = Segmentation.auto,
    derivative_segmentation: DerivativeSegOpt = Segmentation.auto,
    model: ModelOpt = DEFAULT_MODEL,
    min_support: MinSupportOpt = _DEFAULTS.min_support,
    min_coverage: MinCoverageOpt = _DEFAULTS.min_coverage,
    min_partial: MinPartialOpt = _DEFAULTS.min_partial,
    min_pair_share: MinPairShareOpt = _DEFAULTS.min_pair_share,
    min_shared_words: MinSharedWordsOpt = _DEFAULTS.min_shared_words,
    min_gain: MinGainOpt = _DEFAULTS.min_gain,
    claim_max_words: ClaimMaxWordsOpt = _DEFAULTS.claim_max_words,
    copy_min_share: CopyMinShareOpt = _DEFAULTS.copy_min_share,
    quote_altered_min_share: QuoteAlteredOpt = _DEFAULTS.quote_altered_min_share,
    semantic: SemanticOpt = False,
    link_model: LinkModelOpt = True,
    max_document_bytes: MaxBytesOpt = _DEFAULTS.max_document_bytes,
    max_segments: MaxSegmentsOpt = _DEFAULTS.max_segments,
    csv_safe: CsvSafeOpt = True,
    excel_csv: Annotated[bool, typer.Option("--excel-csv", help="CSV: write the tables as Excel opens them with a "
        "double click (UTF-8 with a byte-order mark, CRLF line ends).")] = False,
    explain: ExplainOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Compare STATEMENT with ARTICLE (the article written from it) and report quotes, copies, paraphrases,
    omissions and additions."""
    config = _config(locals())
    try:  # every check of the output before any reading or parsing
        export = check_output(None if fmt is None else fmt.value, output, (source, derivative))
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if excel_csv and (export is None or export.name != "csv"):
        raise _fail("--excel-csv is for --format csv", 2)
    try:
        report = compare_files(
            source, derivative, config, encoding=encoding,
            source_segmentation=source_segmentation.value, derivative_segmentation=derivative_segmentation.value,
            input_format=input_format.value,
        )
        if encoding is not None and encoding.lower() == "auto" and not quiet:
            _say_guessed_encodings(report)
        hint = swapped_hint(report)
        if hint and not quiet:  # on stderr, whatever goes to stdout
            typer.echo(printable(f"warning: {hint}"), err=True)
        written: list[Path] = []
        if export is not None and output is None:
            sys.stdout.write("".join(render_report(report, export.name, csv_safe=csv_safe).values()))
            return
        if export is not None and output is not None:
            written = write_report(report, export.name, output, protect=(source, derivative), csv_safe=csv_safe,
                                   excel_csv=excel_csv)
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if not quiet:
        print_summary(report, explain=explain)
        for path in written:
            typer.echo(printable(f"wrote {path}"))


def _say_guessed_encodings(report: Report) -> None:
    """--encoding auto: say on stderr what each text document was read as."""
    for side in (report.source, report.derivative):
        if side.encoding:
            typer.echo(printable(f"note: {side.path}: encoding guessed as {side.encoding} (--encoding auto)"),
                       err=True)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON; format in docs/gold-format.md).",
                                         metavar="GOLD", show_default=False, readable=False)],
    source: Annotated[Path | None, typer.Argument(help="The official statement; default: the one the gold "
        "file names.", metavar="STATEMENT", show_default=False, readable=False)] = None,
    derivative: Annotated[Path | None, typer.Argument(help="The article written from it; default: the one the "
        "gold file names.", metavar="ARTICLE", show_default=False, readable=False)] = None,
    report_path: Annotated[Path | None, typer.Option("--report", help="Score this saved JSON report (from compare "
        "--format json) instead of comparing.", readable=False)] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text: the scores and misses; json: the whole "
        "evaluation; csv: scores.csv and misses.csv.")] = Format.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the evaluation here (json: a file; csv: "
        "a folder). Without it, json goes to stdout.")] = None,
    encoding: EncodingOpt = None,
    source_segmentation: SourceSegOpt = Segmentation.auto,
    derivative_segmentation: DerivativeSegOpt = Segmentation.auto,
    model: ModelOpt = DEFAULT_MODEL,
    min_support: MinSupportOpt = _DEFAULTS.min_support,
    min_coverage: MinCoverageOpt = _DEFAULTS.min_coverage,
    min_partial: MinPartialOpt = _DEFAULTS.min_partial,
    min_pair_share: MinPairShareOpt = _DEFAULTS.min_pair_share,
    min_shared_words: MinSharedWordsOpt = _DEFAULTS.min_shared_words,
    min_gain: MinGainOpt = _DEFAULTS.min_gain,
    claim_max_words: ClaimMaxWordsOpt = _DEFAULTS.claim_max_words,
    copy_min_share: CopyMinShareOpt = _DEFAULTS.copy_min_share,
    quote_altered_min_share: QuoteAlteredOpt = _DEFAULTS.quote_altered_min_share,
    semantic: SemanticOpt = False,
    link_model: LinkModelOpt = True,
    max_document_bytes: MaxBytesOpt = _DEFAULTS.max_document_bytes,
    max_segments: MaxSegmentsOpt = _DEFAULTS.max_segments,
    csv_safe: CsvSafeOpt = True,
    quiet: QuietOpt = False,
) -> None:
    """Score a comparison of STATEMENT with ARTICLE (or a saved --report) against GOLD: P/R/F1 and misses."""
    config = _config(locals())
    if fmt is Format.csv and output is None:
        raise _fail("--format csv needs --output FOLDER (it writes scores.csv, misses.csv)", 2)
    if (source is None) != (derivative is None):
        raise _fail("give both STATEMENT and ARTICLE, or neither", 2)
    if report_path is not None:
        if source is not None:
            raise _fail("give STATEMENT ARTICLE or --report, not both", 2)
        changed = [name for name, value, default in (
            ("--encoding", encoding, None),
            ("--source-segmentation", source_segmentation, Segmentation.auto),
            ("--derivative-segmentation", derivative_segmentation, Segmentation.auto),
        ) if value != default]
        changed += [f"--{name.replace('_', '-')}" for name in _CONFIG_OPTIONS
                    if getattr(config, name) != getattr(_DEFAULTS, name)]
        if changed:
            raise _fail(f"--report scores a saved report as it is; {', '.join(changed)} cannot apply "
                        "(run compare again with them, or evaluate GOLD STATEMENT ARTICLE)", 2)
    # the evaluate package is imported by this command alone: compare does not pay for it
    from alignment.evaluate import evaluate as score_report
    from alignment.evaluate import (
        evaluation_json,
        evaluation_text,
        load_gold,
        read_report,
        write_evaluation_csv,
        write_evaluation_json,
    )

    try:
        gold_data = load_gold(gold)
        inputs: list[Path] = [gold]
        if report_path is not None:
            report = read_report(report_path)
            inputs.append(report_path)
        else:
            if source is None:
                if gold_data.source is None or gold_data.derivative is None:
                    raise InputError(f"{gold}: the gold file names no pair; give STATEMENT ARTICLE or --report "
                        "saved.json")
                source, derivative = Path(gold_data.source), Path(gold_data.derivative)
            report = compare_files(
                source, derivative, config, encoding=encoding,  # type: ignore[arg-type]
                source_segmentation=source_segmentation.value, derivative_segmentation=derivative_segmentation.value,
            )
            inputs += [source, derivative]  # type: ignore[list-item]  # both given or both from the gold file
        result = score_report(report, gold_data)
        written: list[Path] = []
        if fmt is Format.json and output is None:
            sys.stdout.write(evaluation_json(result))
            return
        if fmt is Format.json and output is not None:
            written = write_evaluation_json(result, output, protect=inputs)
        elif fmt is Format.csv and output is not None:  # csv without --output was refused before the work
            written = write_evaluation_csv(result, output, protect=inputs, safe=csv_safe)
        elif output is not None:
            raise OutputError("--output needs --format json or csv")
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if not quiet:
        typer.echo(printable(evaluation_text(result)), nl=False)
        for path in written:
            typer.echo(printable(f"wrote {path}"))


@app.command()
def batch(
    manifest: Annotated[Path | None, typer.Argument(help="A CSV with the columns source, derivative and optionally "
        "pair_id (paths relative to its folder); or, instead, --index and --articles.", metavar="MANIFEST",
        show_default=False,
        readable=False)] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The results folder: summary.csv, "
        "segments/alignments/quotes.csv (and .parquet with pyarrow), pairs/PAIR_ID/report.json.", show_default=False)
        ] = ...,  # type: ignore[assignment]  # required: Typer's Ellipsis, after the optional MANIFEST
    workers: Annotated[int | None, typer.Option(help="Worker processes, each loading the spaCy pipeline once. "
        "[default: the number of cores]", show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(help="Run the pairs on this Dask scheduler (e.g. "
        "tcp://10.0.0.5:8786) instead of local processes; needs the dask extra.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Compute every pair again, even those whose results are "
        "complete and current.")] = False,
    encoding: EncodingOpt = None,
    source_segmentation: SourceSegOpt = Segmentation.auto,
    derivative_segmentation: DerivativeSegOpt = Segmentation.auto,
    model: ModelOpt = DEFAULT_MODEL,
    min_support: MinSupportOpt = _DEFAULTS.min_support,
    min_coverage: MinCoverageOpt = _DEFAULTS.min_coverage,
    min_partial: MinPartialOpt = _DEFAULTS.min_partial,
    min_pair_share: MinPairShareOpt = _DEFAULTS.min_pair_share,
    min_shared_words: MinSharedWordsOpt = _DEFAULTS.min_shared_words,
    min_gain: MinGainOpt = _DEFAULTS.min_gain,
    claim_max_words: ClaimMaxWordsOpt = _DEFAULTS.claim_max_words,
    copy_min_share: CopyMinShareOpt = _DEFAULTS.copy_min_share,
    quote_altered_min_share: QuoteAlteredOpt = _DEFAULTS.quote_altered_min_share,
    semantic: SemanticOpt = False,
    link_model: LinkModelOpt = True,
    max_document_bytes: MaxBytesOpt = _DEFAULTS.max_document_bytes,
    max_segments: MaxSegmentsOpt = _DEFAULTS.max_segments,
    csv_safe: CsvSafeOpt = True,
    quiet: QuietOpt = False,
    html: Annotated[bool, typer.Option("--html", help="Also write each pair's HTML report "
        "(pairs/PAIR_ID/report.html) and index.html, a sortable table of the pairs linking to them.")] = False,
    index: Annotated[Path | None, typer.Option("--index", help="Find each of --articles' sources in this index "
        "(pressalign index build) and compare the pairs found; matches.csv lists them.")] = None,
    articles: Annotated[list[Path] | None, typer.Option("--articles", help="With --index: an article, or a folder "
        "of them (repeat the option for more).")] = None,
    excel_csv: Annotated[bool, typer.Option("--excel-csv", help="Write every CSV (each pair's and the combined "
        "tables, summary.csv) as Excel opens them with a double click (UTF-8 with a byte-order mark, CRLF line "
        "ends).")] = False,
    input_format: Annotated[InputFormat, typer.Option(help=_INPUT_FORMAT_HELP.replace("both documents",  # type: ignore[valid-type]
        "the files of every pair"))] = _AUTO_INPUT,
) -> None:
    """Compare every pair of MANIFEST into --output: combined tables, a summary row and a JSON report per pair.

    Re-running the same command skips the pairs already done (--force recomputes); a bad pair is recorded in
    summary.csv and the batch goes on (exit code 1 when any pair failed).
    """
    from alignment.batch import BatchInterrupted, run_batch

    config = _config({**{name: getattr(_DEFAULTS, name) for name in _CONFIG_OPTIONS}, **locals()})
    if workers is not None and workers < 1:
        raise _fail(f"--workers must be at least 1, got {workers}", 2)
    if workers is not None and scheduler is not None:
        raise _fail("give --workers or --scheduler, not both (on a cluster, its workers do the work)", 2)
    if index is not None or articles:
        _batch_from_index(manifest, index, articles or [], output, config, workers, scheduler, force, encoding,
                          csv_safe, quiet, {"html": html, "excel_csv": excel_csv, "input_format": input_format.value,
                                            "source_segmentation": source_segmentation.value,
                                            "derivative_segmentation": derivative_segmentation.value})
        return
    if manifest is None:
        raise _fail("give a MANIFEST, or --index DIR --articles PATH", 2)
    try:
        with _progress_bar(enabled=not quiet) as progress:
            result = run_batch(
                manifest, output, config, encoding=encoding, source_segmentation=source_segmentation.value,
                derivative_segmentation=derivative_segmentation.value, workers=workers, scheduler=scheduler,
                force=force, csv_safe=csv_safe, progress=progress, html=html, excel_csv=excel_csv,
                input_format=input_format.value,
            )
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    except BatchInterrupted as exc:  # Ctrl-C: the pool has stopped and nothing is half-written
        again = "the same command without --force" if force else "the same command"
        typer.echo(f"interrupted: {exc.done} of {exc.total} pairs done; run {again} to resume", err=True)
        raise typer.Exit(130) from None
    if not quiet:
        typer.echo(f"{len(result.rows)} pairs: {result.computed} compared, {result.skipped} already done, "
                   f"{result.failed} failed; wrote {output / 'summary.csv'} and the tables beside it"
                   + (f", and {output / 'index.html'}" if html else ""))
    if result.failed:
        first = next(r for r in result.rows if r["status"] == "error")
        raise _fail(f"{result.failed} of {len(result.rows)} pairs failed (see {output / 'summary.csv'}); "
                    f"first: pair {first['pair_id']}: {first['error']}", 1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (what compare --format json writes; docs/report-schema.md)."""
    from importlib.resources import files

    sys.stdout.write(files("alignment").joinpath("report.schema.json").read_text(encoding="utf-8"))


@contextlib.contextmanager
def _progress_bar(enabled: bool, unit: str = "pairs"):
    """A rich progress bar on stderr (pairs done, rate, time left) when stderr is a terminal; the callback
    ``progress(done, total, skipped)`` that run_batch calls."""
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]}"),
                   TextColumn("left:"), TimeRemainingColumn(), console=console)
    state: dict[str, object] = {}

    def progress(done: int, total: int, skipped: int) -> None:
        if "task" not in state:
            state["start"] = time.monotonic()
            state["task"] = bar.add_task(f"{unit} ({skipped} already done)" if skipped else unit, total=total,
                                         rate="")
        elapsed = time.monotonic() - state["start"]  # type: ignore[operator]
        rate = f"{done / elapsed:.2f} {unit}/s" if done and elapsed > 0 else ""
        bar.update(state["task"], completed=done, rate=rate)  # type: ignore[arg-type]

    with bar:
        yield progress


# ---------------------------------------------------------------------------------------------- discovery
# index build/add/info, find, and batch --index (alignment/discovery; docs/discovery.md)
index_app = typer.Typer(no_args_is_help=True, help="An on-disk index of official texts, for find and batch --index.")
app.add_typer(index_app, name="index")

IndexDirOpt = Annotated[Path, typer.Option("--index", help="The index folder (one SQLite file in it).",
                                           show_default=False)]
IndexPathsArg = Annotated[list[Path], typer.Argument(help="Documents, or folders of them (.txt, .md and the other "
    "formats compare reads), searched recursively.", metavar="PATHS", show_default=False)]
IndexWorkersOpt = Annotated[int | None, typer.Option(help="Worker processes reading the documents. [default: the "
    "number of cores]", show_default=False)]
IndexSchedulerOpt = Annotated[str | None, typer.Option(help="Read the documents on this Dask scheduler instead "
    "(the workers must see the same paths); needs the dask extra.")]


def _index_command(paths: list[Path], index: Path, prune: bool, workers: int | None, scheduler: str | None,
                   max_document_bytes: int, quiet: bool) -> None:
    from alignment.discovery import build_index

    if workers is not None and workers < 1:
        raise _fail(f"--workers must be at least 1, got {workers}", 2)
    if workers is not None and scheduler is not None:
        raise _fail("give --workers or --scheduler, not both", 2)
    try:
        with _progress_bar(enabled=not quiet, unit="documents") as progress:
            result = build_index(paths, index, prune=prune, workers=workers, scheduler=scheduler,
                                 max_bytes=max_document_bytes, progress=progress)
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if not quiet:
        rate = f" ({result.indexed / result.seconds:.0f}/s)" if result.indexed and result.seconds > 0 else ""
        typer.echo(printable(f"{result.documents} documents in {index}: {result.indexed} indexed{rate}, "
                             f"{result.unchanged} unchanged, {result.removed} removed, {len(result.failed)} failed"))
    if result.failed:
        _, error = result.failed[0]
        raise _fail(f"{len(result.failed)} documents could not be read (the rest are indexed); first: {error}", 1)


@index_app.command("build")
def index_build(
    paths: IndexPathsArg,
    index: IndexDirOpt,
    workers: IndexWorkersOpt = None,
    scheduler: IndexSchedulerOpt = None,
    max_document_bytes: MaxBytesOpt = _DEFAULTS.max_document_bytes,
    quiet: QuietOpt = False,
) -> None:
    """Index every document under PATHS into --index: afterwards it holds exactly those documents.

    Run again, it skips unchanged files, re-reads changed ones and drops those gone (an interrupted build
    carries on where it stopped).
    """
    _index_command(paths, index, True, workers, scheduler, max_document_bytes, quiet)


@index_app.command("add")
def index_add(
    paths: IndexPathsArg,
    index: IndexDirOpt,
    workers: IndexWorkersOpt = None,
    scheduler: IndexSchedulerOpt = None,
    max_document_bytes: MaxBytesOpt = _DEFAULTS.max_document_bytes,
    quiet: QuietOpt = False,
) -> None:
    """Add the documents under PATHS to --index (changed ones re-indexed, unchanged skipped, others kept)."""
    from alignment.discovery import SourceIndex

    try:
        SourceIndex.open(index).close()  # add needs an index: a wrong folder is not silently made into one
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    _index_command(paths, index, False, workers, scheduler, max_document_bytes, quiet)


@index_app.command("info")
def index_info_command(index: IndexDirOpt) -> None:
    """Print the index's counts and size."""
    from alignment.discovery import index_info

    try:
        info = index_info(index)
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    typer.echo(printable(f"index: {info.path}\ndocuments: {info.documents} ({info.distinct_texts} distinct texts, "
                         f"{info.dated} dated)\nterms: {info.terms}\nsize: {info.bytes:,} bytes"))


@app.command()
def find(
    articles: Annotated[list[Path], typer.Argument(help="Articles (or folders of them) whose sources to find.",
                                                   metavar="ARTICLES", show_default=False)],
    index: IndexDirOpt,
    top: Annotated[int, typer.Option(help="Matches listed per article, at most.")] = 5,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text: a readable list; json: a list of "
        "{derivative, matches}; csv: one row per match.")] = Format.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the json or csv here instead of "
        "stdout.")] = None,
    min_score: Annotated[float, typer.Option(help="Score a source needs to be listed (0-1).")] = 0.35,
    workers: Annotated[int | None, typer.Option(help="Worker processes comparing candidates. [default: 1]",
                                                show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(help="Compare candidates on this Dask scheduler; needs the dask "
        "extra.")] = None,
    encoding: Annotated[str | None, typer.Option(help="Read the articles in this encoding instead of UTF-8.")] = None,
    model: ModelOpt = DEFAULT_MODEL,
    csv_safe: CsvSafeOpt = True,
    quiet: QuietOpt = False,
) -> None:
    """Rank the indexed sources each ARTICLE was written from, with evidence; no match when none passes."""
    from alignment.discovery import FindConfig, find_csv, find_json, find_sources, find_text
    from alignment.discovery.build import list_documents
    from alignment.outputs.files import write_atomic

    if output is not None and fmt is Format.text:
        raise _fail("--output needs --format json or csv", 2)
    if workers is not None and workers < 1:
        raise _fail(f"--workers must be at least 1, got {workers}", 2)
    try:
        config = FindConfig(top=top, min_score=min_score, compare=_DEFAULTS.replace(model=model)).validate()
        paths = list_documents(articles)
        with _progress_bar(enabled=not quiet and len(paths) > 1, unit="articles") as progress:
            results = find_sources(paths, index, config, workers=workers or 1, scheduler=scheduler,
                                   encoding=encoding, progress=progress)
        text = {Format.text: find_text, Format.json: find_json}.get(fmt, lambda r: find_csv(r, safe=csv_safe))(results)
        if output is not None:
            write_atomic({output: text}, protect=paths)
        else:
            sys.stdout.write(printable(text) if fmt is Format.text else text)
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if output is not None and not quiet:
        typer.echo(printable(f"wrote {output}"))


def _batch_from_index(manifest: Path | None, index: Path | None, articles: list[Path], output: Path, config: Config,
                      workers: int | None, scheduler: str | None, force: bool, encoding: str | None,
                      csv_safe: bool, quiet: bool, batch_options: dict[str, object]) -> None:
    """batch --index DIR --articles PATH: find, then the batch of the pairs found (``batch_options``: batch's
    other options, passed to run_batch; --input-format also reads the articles for find)."""
    from alignment.batch import BatchInterrupted
    from alignment.discovery import FindConfig, batch_from_index
    from alignment.discovery.build import list_documents

    if manifest is not None:
        raise _fail("give a MANIFEST or --index with --articles, not both", 2)
    if index is None or not articles:
        raise _fail("--index and --articles go together", 2)
    try:
        paths = list_documents(articles)
        with _progress_bar(enabled=not quiet) as progress:
            found, result = batch_from_index(paths, index, output, FindConfig(compare=config), workers=workers,
                                             scheduler=scheduler, encoding=encoding, csv_safe=csv_safe, force=force,
                                             progress=progress, **batch_options)  # type: ignore[arg-type]
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    except BatchInterrupted as exc:  # Ctrl-C: as batch from a manifest (matches.csv is written, the pairs resume)
        again = "the same command without --force" if force else "the same command"
        typer.echo(f"interrupted: {exc.done} of {exc.total} pairs done; run {again} to resume", err=True)
        raise typer.Exit(130) from None
    if not quiet:
        none = sum(1 for f in found if not f.matches)
        typer.echo(printable(f"{len(found)} articles: {len(found) - none} with a source, {none} without; "
                             f"{len(result.rows)} pairs: {result.computed} compared, {result.skipped} already done, "
                             f"{result.failed} failed; wrote {output / 'matches.csv'} and the batch tables beside it"
                             + (f", and {output / 'index.html'}" if batch_options.get("html") else "")))
    if result.failed:
        first = next(r for r in result.rows if r["status"] == "error")
        raise _fail(f"{result.failed} of {len(result.rows)} pairs failed (see {output / 'summary.csv'}); "
                    f"first: pair {first['pair_id']}: {first['error']}", 1)


def run() -> None:
    """Console entry point: no traceback reaches the user unless ALIGNMENT_DEBUG is set."""
    collect_less_often()
    try:
        app()
    except SystemExit:  # the command is over (Typer ends every run so): only the interpreter's exit is left
        leave_to_the_exit()
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, and a distinct exit code
        if os.environ.get("ALIGNMENT_DEBUG"):
            raise
        typer.echo(printable(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]), err=True)
        sys.exit(70)


def leave_to_the_exit() -> None:
    """Move every object alive now out of the garbage collector's reach (``gc.freeze``), once the command is over:
    the interpreter's exit then tears the modules down without scanning those objects for cycles, again and again
    (the pipeline, the modules, what the command made): some 0.2 s of a cold ``compare``'s 1.4 s of CPU
    (``benchmarks/compare_cold.py``). What only the collector would have freed is left to the operating system,
    which takes the process's memory back anyway; the command's files are written and closed by then, atexit
    handlers run and the standard streams are flushed as before. Only ``run`` does it, when the command raises
    ``SystemExit`` (Typer ends every run so): a library call, or a test that calls ``run`` with the command
    replaced, is left alone."""
    gc.freeze()


def collect_less_often() -> None:
    """This process's garbage collector scans its youngest objects every :data:`GC_FIRST_THRESHOLD` container
    allocations rather than Python's 700 (the process is the command's: a library call leaves it alone). Importing
    and loading spaCy's pipeline make containers by the hundred thousand: a cold ``compare`` of the sample pair
    made 273 collections (2 of the whole heap), 0.14 s of its 1.27 s of CPU; now 56 (none of the whole heap), and
    the process takes 0.06–0.08 s less CPU (``benchmarks/compare_cold.py``), its output and peak memory the same."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_FIRST_THRESHOLD), *thresholds[1:])
