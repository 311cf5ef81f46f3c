"""Everything a new user can get wrong: a sensible result or one line `Error: ...`, exit 2.

Also: linear-time regular expressions (a growth test, not a timed one), atomic output and
byte-identical reports whatever the hash seed or the order of the paths.
"""

from __future__ import annotations

import codecs
import importlib
import json
import os
import pkgutil
import re
import stat
import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

import factcheck
from factcheck import load, output
from factcheck.claims import extract_claims
from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.models import Source

from .conftest import ROOT

runner = CliRunner()

ARTICLE = (
    "Council approves budget\n"
    "\n"
    "The city council approved a budget of four million dollars on Tuesday evening.\n"
    "The mayor said the new bridge over the river will open in the spring of next year.\n"
)
OTHER = (
    "Budget passes\n"
    "\n"
    "On Tuesday the council approved a four million dollar budget for the city.\n"
    "Officials expect the bridge to open next spring, the mayor said on Wednesday.\n"
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def report(*args):
    return runner.invoke(app, ["report", *args])


def report_json(*args):
    result = report(*args, "--format", "json", "-o", "-")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def claims_of(data):
    return sorted((c["source"], c["line"], c["start"], c["end"], c["text"])
                  for cluster in data["clusters"] for c in cluster["claims"])


# --- paths -------------------------------------------------------------------------------

def _loop(folder):
    os.symlink("l2", folder / "l1")
    os.symlink("l1", folder / "l2")


def _broken(folder):
    os.symlink("nowhere.txt", folder / "broken.txt")


def _empty_folder(folder):
    (folder / "empty").mkdir()
    write(folder / "empty" / "notes.json", "{}")


@pytest.mark.parametrize(("setup", "args", "stderr"), [
    (None, ["missing.txt"], "Error: missing.txt: no such file or folder\n"),
    (None, ["missing/"], "Error: missing/: no such file or folder\n"),
    (None, ["a.txt/inside.txt"], "Error: a.txt/inside.txt: no such file or folder\n"),
    (_empty_folder, ["empty"], "Error: empty: no .txt or .md files in this folder\n"),
    (_loop, ["l1"], "Error: l1: symbolic link loop\n"),
    (_broken, ["broken.txt"], "Error: broken.txt: broken symbolic link (to nowhere.txt)\n"),
    (None, ["a.txt", "--encoding", "nope"], "Error: --encoding nope: unknown text encoding\n"),
    (None, ["a.txt", "--encoding", "base64"], "Error: --encoding base64: unknown text encoding\n"),
])
def test_bad_paths_are_one_line_and_exit_2(folder, setup, args, stderr):
    write(folder / "a.txt", ARTICLE)
    if setup:
        setup(folder)
    result = report(*args, "-o", "out.md")
    assert (result.exit_code, result.stderr, result.stdout) == (2, stderr, "")
    assert not (folder / "out.md").exists()


def test_a_device_is_not_an_article(folder):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    result = report("/dev/zero", "-o", "out.md")
    assert (result.exit_code, result.stderr) == (2, "Error: /dev/zero: not a regular file\n")


def test_a_symlink_loop_inside_a_folder_is_walked_once(folder):
    write(folder / "in" / "a.txt", ARTICLE)
    os.symlink("..", folder / "in" / "up")
    os.symlink(".", folder / "in" / "self")
    data, _ = report_json("in")
    assert [s["path"] for s in data["sources"]] == ["in/a.txt"]


def test_unreadable_file(folder):
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode; see the monkeypatched test below")
    path = write(folder / "a.txt", ARTICLE)
    path.chmod(0)
    try:
        result = report("a.txt", "-o", "out.md")
    finally:
        path.chmod(0o644)
    assert (result.exit_code, result.stderr) == (2, "Error: a.txt: cannot read file (Permission denied)\n")


def test_unreadable_file_error_path(folder, monkeypatch):
    write(folder / "a.txt", ARTICLE)
    write(folder / "b.txt", OTHER)
    real_read = type(folder).read_bytes

    def read_bytes(path):
        if path.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(type(folder), "read_bytes", read_bytes)
    result = report("a.txt", "b.txt", "-o", "out.md")
    assert (result.exit_code, result.stderr) == (2, "Error: b.txt: cannot read file (Permission denied)\n")


def test_unreadable_subfolder_is_an_error_not_a_silent_gap(folder, monkeypatch):
    write(folder / "in" / "a.txt", ARTICLE)

    def walk(top, onerror, followlinks):
        onerror(PermissionError(13, "Permission denied", os.path.join(top, "locked")))
        yield from ()

    monkeypatch.setattr(load.os, "walk", walk)
    result = report("in", "-o", "out.md")
    assert (result.exit_code, result.stderr) == (2, "Error: in/locked: cannot read folder (Permission denied)\n")


def test_the_same_file_given_twice_counts_once_silently(folder):
    write(folder / "a.txt", ARTICLE)
    write(folder / "b.txt", OTHER)
    os.symlink("a.txt", folder / "link.txt")
    os.link(folder / "a.txt", folder / "hard.txt")
    once, _ = report_json("a.txt", "b.txt")
    data, stderr = report_json("link.txt", "b.txt", "./a.txt", "a.txt", "hard.txt", ".")
    assert stderr == ""
    assert [(s["path"], s["duplicates"]) for s in data["sources"]] == [("a.txt", []), ("b.txt", [])]
    assert claims_of(data) == claims_of(once)


def test_identical_files_are_one_source_and_the_report_says_so(folder):
    write(folder / "a.txt", ARTICLE)
    write(folder / "copy.txt", ARTICLE)
    # The same article saved as UTF-16 with Windows line endings is the same text.
    write(folder / "copy16.txt", ARTICLE.replace("\n", "\r\n"), "utf-16")
    write(folder / "b.txt", OTHER)
    result = report("copy16.txt", "b.txt", "copy.txt", "a.txt", "-o", "out.md")
    assert result.exit_code == 0
    notes, wrote = result.stderr.splitlines()[:2], result.stderr.splitlines()[2:]
    assert notes == ["Note: copy.txt has the same text as a.txt; counted as one source.",
                     "Note: copy16.txt has the same text as a.txt; counted as one source."]
    assert wrote[0].startswith("Wrote out.md: 2 files, 4 claims")
    markdown = (folder / "out.md").read_text(encoding="utf-8")
    assert "> Note: `copy.txt` has the same text as `a.txt`; counted as one source." in markdown
    assert "> Note: `copy16.txt` has the same text as `a.txt`; counted as one source." in markdown
    data, _ = report_json("a.txt", "copy.txt", "copy16.txt", "b.txt")
    assert [(s["path"], s["duplicates"]) for s in data["sources"]] == [
        ("a.txt", ["copy.txt", "copy16.txt"]), ("b.txt", [])]
    quiet = report("a.txt", "copy.txt", "b.txt", "-q", "-o", "out.md")
    assert (quiet.exit_code, quiet.stderr) == (0, "")


# --- content -----------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "why"), [
    (b"", "the file is empty"),
    (b" \n\t\r\n  \r", "the file is empty"),
    (b"Home | News | Sport\n", "no sentence states a fact"),
])
def test_a_file_without_claims_is_listed_and_noted(folder, content, why):
    write(folder / "a.txt", ARTICLE)
    write(folder / "none.txt", content)
    result = report("a.txt", "none.txt", "-o", "out.md")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"Note: none.txt: no claims ({why}).\n")
    markdown = (folder / "out.md").read_text(encoding="utf-8")
    assert "> Note: only one file has claims, so nothing could be compared" in markdown
    assert "| `none.txt`" in markdown


@pytest.mark.parametrize(("raw", "args", "stderr"), [
    (b"PK\x03\x04\x00\x00", [], "Error: a.txt: binary file (contains NUL bytes at byte 4), not an article "
     "(UTF-16 without a byte-order mark needs --encoding utf-16-le or utf-16-be)\n"),
    ("The council met.\nThe caf\u00e9 closed.\n".encode("latin-1"), [],
     "Error: a.txt: not valid utf-8 at byte 24 (line 2); give the file's encoding with --encoding\n"),
    ("Caf\u00e9 news.\n".encode("utf-16-le"), ["--encoding", "ascii"],
     "Error: a.txt: not valid ascii at byte 6 (line 1); give the file's encoding with --encoding\n"),
    (b"\\ud800 is half a character.", ["--encoding", "unicode_escape"],
     "Error: a.txt: decodes to an invalid character at offset 0\n"),
])
def test_undecodable_content_names_file_and_place(folder, raw, args, stderr):
    write(folder / "a.txt", raw)
    result = report("a.txt", *args, "-o", "out.md")
    assert (result.exit_code, result.stderr) == (2, stderr)


def test_encoding_option_reads_legacy_files(folder):
    write(folder / "a.txt", "The caf\u00e9 owner said the council approved the budget on Tuesday.\n", "cp1252")
    data, _ = report_json("a.txt", "--encoding", "cp1252")
    assert [c[4] for c in claims_of(data)] == [
        "The caf\u00e9 owner said the council approved the budget on Tuesday."]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_encodings_and_line_endings_give_the_same_claims(folder, encoding, newline):
    raw = ARTICLE.replace("\n", newline).encode(encoding)
    if encoding == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    write(folder / "a.txt", raw)
    data, _ = report_json("a.txt")
    claims = claims_of(data)
    assert [(line, text) for _, line, _, _, text in claims] == [
        (3, "The city council approved a budget of four million dollars on Tuesday evening."),
        (4, "The mayor said the new bridge over the river will open in the spring of next year."),
    ]
    normalised = ARTICLE  # spans index the decoded text, BOM removed, line endings \n
    assert all(normalised[start:end] == text for _, _, start, end, text in claims)


def _adversarial_lines():
    return {
        "one 1 MB line of words": " ".join(["council budget approved bridge river"] * 200_000)[:1_000_000],
        "exclamation marks": "!" * 200_000,
        "dots": "." * 200_000 + " x",
        "dashes": "- " * 100_000,
        "mixed runs": ("Wow!!!!!!!! " + "...." * 20 + " - - - - " + "?!" * 10) * 2_000,
        "initials": "A. " * 70_000,
        "digits": "1," * 100_000 + "5",
        "sentences": "The council met on Tuesday and approved the plan. " * 4_000,
    }


@pytest.mark.parametrize("name", sorted(_adversarial_lines()))
def test_huge_lines_and_punctuation_runs_give_a_report(folder, name):
    text = _adversarial_lines()[name]
    write(folder / "a.txt", text + "\n")
    data, _ = report_json("a.txt")
    for _, line, start, end, claim in claims_of(data):
        assert (line, text[start:end]) == (1, claim)


# --- regular expressions and loops: linear time ------------------------------------------

def _patterns():
    found = []
    for module in pkgutil.iter_modules(factcheck.__path__):
        if module.name == "__main__":
            continue  # importing it runs the command line
        loaded = importlib.import_module(f"factcheck.{module.name}")
        found += [(f"{module.name}.{name}", value) for name, value in sorted(vars(loaded).items())
                  if isinstance(value, re.Pattern)]
    return found


# A prefix, then a unit repeated: from every position a backtracking engine may try again,
# and the end makes the overall match fail at the last character.
_UNITS = ["a", "A", "1", " ", ".", "!", "- ", "1,", "1.", "A. ", "Abc of ", "'", "on ", "quoted "]
_CASES = [("", unit, end) for unit in _UNITS for end in ("", "x", " x")] + [
    ("Jan 1 2020", " ", "x"), ("Monday", " ", "x"), ("12:00", " ", "x"), ("www.", "a", " x"),
    ("said", " on", "\n"), ("Abc", " Abc", "x"),
]
SMALL, GROWTH = 1_000, 16


def _cost(pattern: re.Pattern[str], text: str, repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for _match in pattern.finditer(text):
            pass
        pattern.fullmatch(text)
    return time.perf_counter() - started


def _superlinear(pattern: re.Pattern[str], case: tuple[str, str, str], *, runs: int,
                 size: int = SMALL) -> float:
    """Time on a 16x longer input over time on 16 short ones: about 1 when linear, 16 when
    quadratic. The fastest of a few runs (a busy machine only slows runs down); the same
    amount of text on both sides."""
    prefix, unit, end = case
    small = prefix + unit * (size // len(unit)) + end
    large = prefix + unit * (size * GROWTH // len(unit)) + end
    short = min(_cost(pattern, small, GROWTH) for _ in range(runs))
    long = min(_cost(pattern, large, 1) for _ in range(runs))
    return long / max(short, 1e-4)


def test_every_module_level_regex_runs_in_linear_time():
    """16x the input may cost at most 60x the time (quadratic would be 256x)."""
    limit = 60 / GROWTH
    slow = []
    patterns = _patterns()
    assert len(patterns) > 10
    for name, pattern in patterns:
        for case in _CASES:
            # One quick run to screen; a suspect is measured again, on medians.
            if _superlinear(pattern, case, runs=1) > limit:
                ratio = _superlinear(pattern, case, runs=5)
                if ratio > limit:
                    slow.append(f"{name} on {case[0]!r}+{case[1]!r}*n+{case[2]!r}: x{ratio * GROWTH:.0f}")
    assert not slow


def test_the_backtracking_test_catches_a_quadratic_pattern():
    """The test above can fail: a classic catastrophic pattern trips it."""
    assert _superlinear(re.compile(r"a*b"), ("", "a", ""), runs=3, size=500) > 60 / GROWTH


@pytest.mark.parametrize("unit", ["word ", "said ", "A. ", "\u201cquote\u201d said ", "!", "'x' "])
def test_claims_and_attribution_grow_linearly(unit):
    """Splitting a long line and reading who says what must not be quadratic in its length."""
    def cost(size, repeat):
        # Another text each time: a cache of sentences read before must not make the
        # short runs look cheap.
        sources = [Source("a.txt", "x" * (run + 1) + " " + unit * (size // len(unit)), "0" * 64)
                   for run in range(repeat)]
        started = time.perf_counter()
        for source in sources:
            extract_claims(source)
        return time.perf_counter() - started

    # The fastest of three runs: a busy machine only ever slows a run down.
    short = min(cost(10_000, 8) for _ in range(3))
    long = min(cost(80_000, 1) for _ in range(3))
    assert long / max(short, 1e-4) < 30 / 8


# --- output ------------------------------------------------------------------------------

def test_missing_output_folders_are_created(folder):
    write(folder / "a.txt", ARTICLE)
    result = report("a.txt", "-o", "out/deeper/r.md")
    assert (result.exit_code, result.stderr) == (0, "Wrote out/deeper/r.md: 1 files, 2 claims, 2 facts.\n")
    assert (folder / "out" / "deeper" / "r.md").read_text(encoding="utf-8").startswith("# Provenance")


@pytest.mark.parametrize(("setup", "target", "stderr"), [
    (lambda f: None, "a.txt", "Error: a.txt: refusing to overwrite an input file\n"),
    (lambda f: os.symlink("a.txt", f / "link.md"), "link.md",
     "Error: link.md: refusing to overwrite an input file\n"),
    (lambda f: os.link(f / "a.txt", f / "hard.md"), "hard.md",
     "Error: hard.md: refusing to overwrite an input file\n"),
    (lambda f: (f / "out").mkdir(), "out", "Error: out: is a folder, not a file\n"),
    (lambda f: write(f / "afile", "x"), "afile/r.md",
     "Error: afile/r.md: cannot write: afile is a file, not a folder\n"),
    (lambda f: write(f / "afile", "x"), "afile/deeper/r.md",
     "Error: afile/deeper/r.md: cannot write: afile is a file, not a folder\n"),
])
def test_output_refusals(folder, setup, target, stderr):
    write(folder / "a.txt", ARTICLE)
    setup(folder)
    result = report("a.txt", "-o", target)
    assert (result.exit_code, result.stderr) == (2, stderr)
    assert (folder / "a.txt").read_text(encoding="utf-8") == ARTICLE


def _litter(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_an_interrupted_write_keeps_the_old_report(folder, monkeypatch, failure):
    target = write(folder / "r.md", "old report\n")

    def fsync(_descriptor):
        raise failure

    monkeypatch.setattr(output.os, "fsync", fsync)
    with pytest.raises((KeyboardInterrupt, InputError)) as caught:
        output.write_atomic(target, "new report\n" * 1000)
    if isinstance(failure, OSError):
        assert str(caught.value) == f"{target}: cannot write (No space left on device)"
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert _litter(folder) == []


def test_write_keeps_the_mode_of_a_report_and_gives_a_new_one_the_usual_mode(folder):
    old_umask = os.umask(0o022)
    try:
        output.write_atomic(folder / "new.md", "x\n")
        kept = write(folder / "kept.md", "old\n")
        kept.chmod(0o640)
        output.write_atomic(kept, "y\n")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(os.stat(folder / "new.md").st_mode) == 0o644
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o640
    assert kept.read_text(encoding="utf-8") == "y\n"


def test_write_through_a_symlink_keeps_the_link(folder):
    write(folder / "real.md", "old\n")
    os.symlink("real.md", folder / "link.md")
    output.write_atomic(folder / "link.md", "new\n")
    assert os.path.islink(folder / "link.md")
    assert (folder / "real.md").read_text(encoding="utf-8") == "new\n"


def test_a_pipe_is_written_in_place_not_replaced(folder):
    """As /dev/null would be: a rename over it would put a plain file in its place."""
    pipe = folder / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text(encoding="utf-8")))
    reader.start()
    output.write_atomic(pipe, "report\n")
    reader.join(timeout=10)
    assert received == ["report\n"]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_stdout_is_utf8_whatever_the_locale(folder):
    write(folder / "a.txt", "The caf\u00e9 owner said the council approved the budget \u2014 again.\n")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    done = subprocess.run([sys.executable, "-m", "factcheck", "report", "a.txt", "-o", "-"],
                          capture_output=True, env=env, check=False)
    assert (done.returncode, done.stderr) == (0, b"")
    assert "caf\u00e9 owner" in done.stdout.decode("utf-8")


# --- one source, baselines ---------------------------------------------------------------

def test_one_source_is_a_report_with_a_note(folder):
    write(folder / "a.txt", ARTICLE)
    result = report("a.txt", "-o", "-")
    assert result.exit_code == 0
    assert ("> Note: only one source was given, so nothing could be compared; every claim is "
            "single-source.") in result.stdout.splitlines()
    data, _ = report_json("a.txt")
    assert {cluster["status"] for cluster in data["clusters"]} == {"single-source"}


def test_check_with_one_source_passes(folder):
    write(folder / "a.txt", ARTICLE)
    result = runner.invoke(app, ["check", "a.txt", "--format", "text"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("content", "message"), [
    ("{broken", "Error: bad.json: not a valid baseline: invalid JSON at line 1"),
    ('{"version": 99, "contradictions": []}', "Error: bad.json: baseline version 99 is not supported"),
    ("", "Error: bad.json: not a valid baseline"),
])
@pytest.mark.parametrize("command", ["check", "baseline"])
def test_a_corrupt_baseline_is_an_error_and_is_left_alone(folder, content, message, command):
    write(folder / "a.txt", ARTICLE)
    write(folder / "bad.json", content)
    result = runner.invoke(app, [command, "a.txt", "--baseline", "bad.json"])
    assert result.exit_code == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert (folder / "bad.json").read_text(encoding="utf-8") == content


# --- determinism -------------------------------------------------------------------------

def _run(args, seed):
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-m", "factcheck", "report", *args, "-o", "-"],
                          capture_output=True, cwd=ROOT, env=env, check=True)
    return done.stdout


def test_reports_are_byte_identical_across_hash_seeds_and_path_orders():
    files = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "seeds").iterdir())
    markdown = {_run(["seeds"], seed) for seed in (0, 1, 2)}
    markdown.add(_run(files[::-1], 3))
    assert len(markdown) == 1
    as_json = {_run(["seeds", "--format", "json"], 0), _run([*files[::-1], "--format", "json"], 1)}
    assert len(as_json) == 1
