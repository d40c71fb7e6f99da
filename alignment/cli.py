"""The command line: parses options, calls the library, prints, exits. The only module that knows Typer."""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .pipeline import compare_files
from .config import DEFAULT_MODEL, Config
from .errors import AlignmentError, OutputError
from .export import report_json, write_csv, write_json
from .render import summary_text

app = typer.Typer(
    add_completion=False,
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


class Segmentation(str, enum.Enum):
    auto = "auto"
    lines = "lines"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@app.callback()
def main() -> None:
    """Compare an official text with the reporting written from it."""


@app.command()
def compare(
    source: Annotated[Path, typer.Argument(help="The official text (UTF-8).", show_default=False)],
    derivative: Annotated[Path, typer.Argument(help="The text written from it (UTF-8).", show_default=False)],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="text: a readable summary; json: the full report; csv: segments, alignments and quotes tables.")] = Format.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report here (json: a file; csv: a folder). Without it, json goes to stdout.")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Read both files in this encoding instead of UTF-8 (e.g. cp1252, latin-1, utf-16).")] = None,
    source_segmentation: Annotated[Segmentation, typer.Option(help="lines: the source is pre-segmented, one segment per line.")] = Segmentation.auto,
    derivative_segmentation: Annotated[Segmentation, typer.Option(help="lines: the derivative is pre-segmented, one segment per line.")] = Segmentation.auto,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    min_support: Annotated[float, typer.Option(help="Share of a derivative claim found in the source for 'supported'.")] = _DEFAULTS.min_support,
    min_coverage: Annotated[float, typer.Option(help="Share of a source claim found in the derivative for 'covered'.")] = _DEFAULTS.min_coverage,
    min_partial: Annotated[float, typer.Option(help="Below this share a claim is 'omitted' / 'added'.")] = _DEFAULTS.min_partial,
    min_pair_share: Annotated[float, typer.Option(help="Share one side of a pair must find in the other to align.")] = _DEFAULTS.min_pair_share,
    min_shared_words: Annotated[int, typer.Option(help="Distinct content words a pair must share to align.")] = _DEFAULTS.min_shared_words,
    min_gain: Annotated[float, typer.Option(help="Share of new content a further counterpart must explain.")] = _DEFAULTS.min_gain,
    claim_max_words: Annotated[int, typer.Option(help="Sentences longer than this are split into claims.")] = _DEFAULTS.claim_max_words,
    copy_min_share: Annotated[float, typer.Option(help="Share of words in order for an alignment to be a 'copy'.")] = _DEFAULTS.copy_min_share,
    quote_altered_min_share: Annotated[float, typer.Option(help="Share of a quote's content words a passage needs for 'altered'.")] = _DEFAULTS.quote_altered_min_share,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Compare SOURCE with DERIVATIVE and report quotes, copies, paraphrases, omissions and additions."""
    try:
        config = Config(
            model=model, min_support=min_support, min_coverage=min_coverage, min_partial=min_partial,
            min_pair_share=min_pair_share, min_shared_words=min_shared_words, min_gain=min_gain,
            claim_max_words=claim_max_words, copy_min_share=copy_min_share,
            quote_altered_min_share=quote_altered_min_share,
        ).validate()
    except ValueError as exc:
        raise _fail(str(exc), 2) from None
    if fmt is Format.csv and output is None:
        raise _fail("--format csv needs --output FOLDER (it writes segments.csv, alignments.csv, quotes.csv)", 2)
    try:
        report = compare_files(
            source, derivative, config, encoding=encoding,
            source_segmentation=source_segmentation.value, derivative_segmentation=derivative_segmentation.value,
        )
        written: list[Path] = []
        if fmt is Format.json and output is None:
            sys.stdout.write(report_json(report))
            return
        if fmt is Format.json:
            written = write_json(report, output, protect=(source, derivative))
        elif fmt is Format.csv:
            written = write_csv(report, output, protect=(source, derivative))
        elif output is not None:
            raise OutputError("--output needs --format json or csv")
    except AlignmentError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    if not quiet:
        typer.echo(summary_text(report))
        for path in written:
            typer.echo(f"wrote {path}")


def run() -> None:
    """Console entry point: no traceback reaches the user unless ALIGNMENT_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, and a distinct exit code
        if os.environ.get("ALIGNMENT_DEBUG"):
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0], err=True)
        sys.exit(70)
