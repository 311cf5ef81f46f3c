"""The command line: a thin layer that parses options, calls the library and picks exit codes."""

from __future__ import annotations

import os
import sys
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__, formats, gate
from .api import Options, analyse
from .config import load_config
from .errors import FactcheckError
from .load import discover
from .models import Result
from .normalise import load_aliases
from .output import write_atomic
from .progress import SILENT, Bar, Progress
from .render import render_json, render_markdown


class ExitStatus(IntEnum):
    OK = 0
    NEW_CONTRADICTIONS = 1
    ERROR = 2


class OutputFormat(StrEnum):
    MARKDOWN = "markdown"
    JSON = "json"


DEFAULT_SOURCES = ["seeds"]
DEFAULT_OUTPUT = {OutputFormat.MARKDOWN: "reports/provenance.md",
                  OutputFormat.JSON: "reports/provenance.json"}

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    help="Compare articles about one story: which files back each claim, and which contradict.\n\n"
    "Exit codes: 0 success (check: no new contradiction); 1 check found new contradictions "
    "(or, with --strict, resolved baseline entries); 2 usage or input error.",
)


def _fail(message: str, *, debug: bool) -> typer.Exit:
    if debug:
        raise
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(ExitStatus.ERROR)


def _options(aliases: Optional[Path], encoding: Optional[str], *,
             same_threshold: Optional[float] = None, conflict_threshold: Optional[float] = None) -> Options:
    table = load_aliases(aliases) if aliases else {}
    return Options(aliases=tuple(sorted(table.items())), encoding=encoding,
                   same_threshold=same_threshold, conflict_threshold=conflict_threshold)


PathsArg = Annotated[Optional[list[str]], typer.Argument(
    help="Files or folders of .txt/.md articles (default: seeds/).", show_default=False)]
AliasesOpt = Annotated[Optional[Path], typer.Option(
    "--aliases", help="File of equivalent names: lines 'a = b = c', or JSON {canonical: [variants]}.")]
EncodingOpt = Annotated[Optional[str], typer.Option(
    "--encoding", help="Decode every input with this codec instead of UTF-8.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback of an error.")]


@app.command()
def report(
    paths: PathsArg = None,
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output",
        help="Where to write; '-' for stdout. Default: reports/provenance.md (.json with --format json).",
    )] = None,
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", help="markdown or json.")] = OutputFormat.MARKDOWN,
    aliases: AliasesOpt = None,
    encoding: EncodingOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, show_default=False,
        help="Processes to use. Default: every core.")] = None,
    debug: DebugOpt = False,
) -> None:
    """Write the provenance report of the articles under PATHS."""
    progress = progress_for(sys.stderr, quiet=quiet)
    try:
        sources, options, _baseline = _gate_inputs(paths, aliases, encoding, None)
        result = analyse(sources, options=options, jobs=jobs, progress=progress)
        progress.stage("render")
        text = render_json(result) if output_format is OutputFormat.JSON else render_markdown(result)
        progress.finish()
        _notes(result, quiet=quiet)
        target = output or DEFAULT_OUTPUT[output_format]
        if target == "-":
            _write_stdout(text)
        else:
            write_atomic(Path(target), text, inputs=[str(p) for p in discover(sources)])
            if not quiet:
                typer.echo(f"Wrote {target}: {len(result.sources)} files, {len(result.claims)} claims, "
                           f"{len(result.clusters)} facts.", err=True)
    except FactcheckError as err:
        progress.finish()
        raise _fail(str(err), debug=debug) from err


def _notes(result: Result, *, quiet: bool) -> None:
    """What a user should know about the inputs: copies counted once, files with no claims."""
    if quiet:
        return
    with_claims = {claim.source for claim in result.claims}
    for source in result.sources:
        for copy in source.duplicates:
            typer.echo(f"Note: {copy} has the same text as {source.path}; counted as one source.",
                       err=True)
        if source.path not in with_claims:
            why = "the file is empty" if not source.text.strip() else "no sentence states a fact"
            typer.echo(f"Note: {source.path}: no claims ({why}).", err=True)


def _write_stdout(text: str) -> None:
    """UTF-8 whatever the locale: a report piped under LANG=C must not fail on its first 'é'."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def progress_for(stream, *, quiet: bool) -> Progress:
    """A progress bar on a terminal; nothing when the stream is piped or with --quiet."""
    return Bar(stream) if not quiet and stream.isatty() else SILENT


BaselineOpt = Annotated[Optional[str], typer.Option(
    "--baseline", show_default=False,
    help="The baseline file. Default: 'baseline' in pyproject.toml's tool.factcheck table, "
    "else reports/baseline.json.")]
FormatOpt = Annotated[Optional[formats.GateFormat], typer.Option(
    "--format", show_default=False,
    help="text, github, sarif or json. Default: github when GITHUB_ACTIONS=true, else text.")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict", help="Also fail on baseline entries that no longer occur.")]


def _gate_inputs(paths: Optional[list[str]], aliases: Optional[Path], encoding: Optional[str],
                 baseline_file: Optional[str]) -> tuple[list[str], Options, str]:
    """Sources, options and baseline path: command-line options first, then pyproject.toml."""
    config = load_config()
    sources = paths or list(config.sources or DEFAULT_SOURCES)
    alias_file = aliases or (Path(config.aliases) if config.aliases else None)
    options = _options(alias_file, encoding, same_threshold=config.same_threshold,
                       conflict_threshold=config.conflict_threshold)
    return sources, options, baseline_file or config.baseline or gate.DEFAULT_BASELINE


CHECK_HELP = (
    "CI gate: fail when the articles contradict each other in a way the baseline does not list.\n\n"
    "Exit codes: 0 nothing new; 1 new contradictions (with --strict, also baseline entries that "
    "no longer occur); 2 usage or input error (bad path, option, config or baseline)."
)


@app.command(help=CHECK_HELP)
def check(
    paths: PathsArg = None,
    baseline_file: BaselineOpt = None,
    output_format: FormatOpt = None,
    strict: StrictOpt = False,
    aliases: AliasesOpt = None,
    encoding: EncodingOpt = None,
    debug: DebugOpt = False,
) -> None:
    try:
        sources, options, baseline_path = _gate_inputs(paths, aliases, encoding, baseline_file)
        known = gate.read_baseline(Path(baseline_path))
        current = gate.current_findings(analyse(sources, options=options))
    except FactcheckError as err:
        raise _fail(str(err), debug=debug) from err
    result = gate.compare_with_baseline(current, known or ())
    chosen = output_format or formats.default_format(os.environ)
    sys.stdout.write(formats.render(result, chosen, strict=strict))
    found = known is not None
    typer.echo(formats.summary(result, baseline=baseline_path, baseline_found=found, strict=strict),
               err=True, nl=False)
    if result.new or (strict and result.resolved):
        raise typer.Exit(ExitStatus.NEW_CONTRADICTIONS)


@app.command("baseline")
def baseline_command(
    paths: PathsArg = None,
    baseline_file: BaselineOpt = None,
    aliases: AliasesOpt = None,
    encoding: EncodingOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Write the contradictions found now to the baseline file, keeping the reasons written in it."""
    try:
        sources, options, baseline_path = _gate_inputs(paths, aliases, encoding, baseline_file)
        previous = gate.read_baseline(Path(baseline_path)) or ()
        current = gate.current_findings(analyse(sources, options=options))
        entries = gate.baseline_with_reasons(current, previous)
        gate.write_baseline(Path(baseline_path), entries, inputs=[str(p) for p in discover(sources)])
    except FactcheckError as err:
        raise _fail(str(err), debug=debug) from err
    before = {entry.fingerprint for entry in previous}
    after = {entry.fingerprint for entry in entries}
    typer.echo(f"Wrote {baseline_path}: {len(entries)} contradictions ({len(after - before)} added, "
               f"{len(before - after)} resolved removed).", err=True)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option(
        "--version", callback=version_callback, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Compare articles about one story and cite the files behind every claim."""


def run() -> None:
    app()
