"""The command line: a thin layer that parses options, calls the library and picks exit codes."""

from __future__ import annotations

import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .api import Options, analyse
from .errors import FactcheckError
from .load import discover
from .normalise import load_aliases
from .output import write_atomic
from .render import render_json, render_markdown


class ExitStatus(IntEnum):
    OK = 0
    NEW_CONTRADICTIONS = 1
    ERROR = 2


class OutputFormat(str, Enum):
    MARKDOWN = "markdown"
    JSON = "json"


DEFAULT_SOURCES = ["seeds"]
DEFAULT_OUTPUT = {OutputFormat.MARKDOWN: "reports/provenance.md", OutputFormat.JSON: "reports/provenance.json"}

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


def _options(aliases: Optional[Path], encoding: Optional[str]) -> Options:
    table = load_aliases(aliases) if aliases else {}
    return Options(aliases=tuple(sorted(table.items())), encoding=encoding)


PathsArg = Annotated[Optional[list[str]], typer.Argument(help="Files or folders of .txt/.md articles (default: seeds/).", show_default=False)]
AliasesOpt = Annotated[Optional[Path], typer.Option("--aliases", help="File of equivalent names: lines 'a = b = c', or JSON {canonical: [variants]}.")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", help="Decode every input with this codec instead of UTF-8.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback of an error.")]


@app.command()
def report(
    paths: PathsArg = None,
    output: Annotated[Optional[str], typer.Option("-o", "--output", help="Where to write; '-' for stdout. Default: reports/provenance.md (.json with --format json).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="markdown or json.")] = OutputFormat.MARKDOWN,
    aliases: AliasesOpt = None,
    encoding: EncodingOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Write the provenance report of the articles under PATHS."""
    sources = paths or DEFAULT_SOURCES
    try:
        result = analyse(sources, options=_options(aliases, encoding))
        text = render_json(result) if output_format is OutputFormat.JSON else render_markdown(result)
        target = output or DEFAULT_OUTPUT[output_format]
        if target == "-":
            sys.stdout.write(text)
        else:
            write_atomic(Path(target), text, inputs=[str(p) for p in discover(sources)])
            if not quiet:
                typer.echo(f"Wrote {target}: {len(result.sources)} files, {len(result.claims)} claims, "
                           f"{len(result.clusters)} facts.", err=True)
    except FactcheckError as err:
        raise _fail(str(err), debug=debug) from err


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Compare articles about one story and cite the files behind every claim."""


def run() -> None:
    app()
