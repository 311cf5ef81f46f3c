"""The command line as a user meets it: exact output and exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_report_to_stdout_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", "The council approved the budget of 4 million dollars on Tuesday.\n")
    write(tmp_path, "b.txt", "On Tuesday the council approved a budget of four million dollars.\n")
    result = runner.invoke(app, ["report", "a.txt", "b.txt", "--format", "json", "-o", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [c["status"] for c in data["clusters"]] == ["corroborated"]
    assert [c["source"] for c in data["clusters"][0]["claims"]] == ["a.txt", "b.txt"]


def test_report_writes_default_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    write(tmp_path / "seeds", "a.txt", "The council approved the budget on Tuesday.\n")
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 0
    assert result.stderr == "Wrote reports/provenance.md: 1 files, 1 claims, 1 facts.\n"
    assert (tmp_path / "reports" / "provenance.md").read_text().startswith("# Provenance report\n")


def test_missing_path_is_exit_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["report", "missing"])
    assert result.exit_code == 2
    assert result.stderr == "Error: missing: no such file or folder\n"


def test_refuses_to_overwrite_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.txt", "The council approved the budget on Tuesday.\n")
    result = runner.invoke(app, ["report", "a.txt", "-o", "a.txt"])
    assert result.exit_code == 2
    assert result.stderr == "Error: a.txt: refusing to overwrite an input file\n"
    assert (tmp_path / "a.txt").read_text() == "The council approved the budget on Tuesday.\n"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("factcheck ")


def test_aliases_file_makes_two_names_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sentence = "Officials in {} approved the new flood barrier plan on Monday after a long debate.\n"
    write(tmp_path, "a.txt", sentence.format("Northfield"))
    write(tmp_path, "b.txt", sentence.format("Port Elm"))
    write(tmp_path, "names.txt", "# the town was renamed\nPort Elm = Northfield\n")
    plain = json.loads(runner.invoke(app, ["report", "a.txt", "b.txt", "--format", "json", "-o", "-"]).stdout)
    towns = {"Port Elm", "Northfield"}
    assert not towns & set(plain["clusters"][0]["shared_terms"])
    result = runner.invoke(app, ["report", "a.txt", "b.txt", "--aliases", "names.txt", "--format", "json",
                                 "-o", "-"])
    assert result.exit_code == 0
    (cluster,) = json.loads(result.stdout)["clusters"]
    assert cluster["status"] == "corroborated"
    assert towns & set(cluster["shared_terms"])
