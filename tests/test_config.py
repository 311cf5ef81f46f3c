"""[tool.factcheck] in pyproject.toml: parsed strictly, overridden by command-line options."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import Config, load_config, parse_config
from factcheck.errors import ConfigError

runner = CliRunner()
BUDGET = "The council approved a budget of {} on Tuesday, officials said.\n"

VALID = [
    ({}, Config()),
    ({"sources": ["news", "wire/a.txt"]}, Config(sources=("news", "wire/a.txt"))),
    ({"baseline": "gate/known.json"}, Config(baseline="gate/known.json")),
    ({"aliases": "names.txt"}, Config(aliases="names.txt")),
    ({"same_threshold": 0.5, "conflict_threshold": 1}, Config(same_threshold=0.5, conflict_threshold=1.0)),
    ({"same_threshold": 0}, Config(same_threshold=0.0)),
]

PREFIX = "pyproject.toml: [tool.factcheck]"
AS_LIST = 'expected a list of file or folder names, like ["articles"]'
FRACTION = "expected a number between 0 and 1, got"
INVALID = [
    ({"sorces": ["news"]}, f"{PREFIX}: unknown key 'sorces' (known keys: aliases, baseline, "
                           "conflict_threshold, same_threshold, sources)"),
    ({"sources": "news"}, f"{PREFIX} sources: {AS_LIST}"),
    ({"sources": ["news", 3]}, f"{PREFIX} sources: {AS_LIST}"),
    ({"sources": []}, f"{PREFIX} sources: the list is empty; name at least one file or folder"),
    ({"baseline": ""}, f"{PREFIX} baseline: expected a file name (a non-empty string)"),
    ({"aliases": ["a.txt"]}, f"{PREFIX} aliases: expected a file name (a non-empty string)"),
    ({"same_threshold": 1.5}, f"{PREFIX} same_threshold: {FRACTION} 1.5"),
    ({"conflict_threshold": -0.1}, f"{PREFIX} conflict_threshold: {FRACTION} -0.1"),
    ({"conflict_threshold": True}, f"{PREFIX} conflict_threshold: {FRACTION} True"),
    ({"same_threshold": "0.5"}, f"{PREFIX} same_threshold: {FRACTION} '0.5'"),
]


@pytest.mark.parametrize(("table", "expected"), VALID)
def test_valid_settings(table, expected):
    assert parse_config(table) == expected


@pytest.mark.parametrize(("table", "message"), INVALID)
def test_invalid_settings_name_the_key(table, message):
    with pytest.raises(ConfigError) as caught:
        parse_config(table)
    assert str(caught.value) == message


@pytest.mark.parametrize(("content", "expected"), [
    (None, Config()),
    ("[project]\nname = 'x'\n", Config()),
    ("[tool.black]\nline-length = 80\n", Config()),
    ("[tool.factcheck]\nsources = ['news']\n", Config(sources=("news",))),
])
def test_load_config(tmp_path, content, expected):
    if content is not None:
        (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    assert load_config(tmp_path) == expected


@pytest.mark.parametrize(("content", "message"), [
    ("[tool.factcheck\n",
     "invalid TOML (Expected ']' at the end of a table declaration (at line 1, column 16))"),
    ("[tool]\nfactcheck = 3\n", "[tool.factcheck] must be a table"),
])
def test_unreadable_config(tmp_path, monkeypatch, content, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert str(caught.value) == f"pyproject.toml: {message}"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Articles in news/ that contradict each other, and a pyproject.toml pointing at them."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(BUDGET.format("4 million dollars"), encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(BUDGET.format("9 million dollars"), encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "c.txt").write_text("The museum opens late on Thursdays.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nsources = ["news"]\nbaseline = "gate/known.json"\n', encoding="utf-8")
    return tmp_path


def test_check_uses_the_configured_sources_and_baseline(project):
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    assert result.stdout == (
        "news/a.txt:1: contradicted (number): 4 million dollars vs 9 million dollars in news/b.txt:1\n")
    assert "(no baseline at gate/known.json)" in result.stderr
    assert runner.invoke(app, ["baseline"]).exit_code == 0
    assert (project / "gate" / "known.json").is_file()
    assert runner.invoke(app, ["check"]).exit_code == 0


def test_command_line_overrides_the_config(project):
    # Paths given on the command line replace the configured sources.
    result = runner.invoke(app, ["check", "other"])
    assert (result.exit_code, result.stdout) == (0, "")
    # --baseline replaces the configured baseline.
    assert runner.invoke(app, ["baseline", "--baseline", "elsewhere.json"]).exit_code == 0
    assert not (project / "gate").exists()
    assert runner.invoke(app, ["check", "--baseline", "elsewhere.json"]).exit_code == 0
    assert runner.invoke(app, ["check"]).exit_code == 1


def test_configured_aliases_file_is_read(project):
    with open(project / "pyproject.toml", "a", encoding="utf-8") as stream:
        stream.write('aliases = "names.txt"\n')
    result = runner.invoke(app, ["check"])
    assert (result.exit_code, result.stderr) == (2, "Error: names.txt: cannot read aliases file "
                                                    "([Errno 2] No such file or directory: 'names.txt')\n")


def test_bad_config_is_exit_2_naming_the_key(project):
    (project / "pyproject.toml").write_text("[tool.factcheck]\nconflict_threshold = 2\n", encoding="utf-8")
    for command in ("check", "baseline"):
        result = runner.invoke(app, [command])
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == f"Error: {PREFIX} conflict_threshold: {FRACTION} 2\n"


def test_thresholds_are_applied(project):
    assert runner.invoke(app, ["check"]).exit_code == 1
    with open(project / "pyproject.toml", "a", encoding="utf-8") as stream:
        stream.write("conflict_threshold = 0.99\n")
    # Demanding near-identical wording before calling two claims one fact in conflict.
    result = runner.invoke(app, ["check"])
    assert (result.exit_code, result.stdout) == (0, "")
