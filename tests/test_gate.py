"""The CI gate (`factcheck check` / `factcheck baseline`) as a CI job meets it, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import ConfigError
from factcheck.formats import default_format, escape_data, escape_property, render_github, text_line
from factcheck.gate import (
    Finding,
    FindingState,
    GateResult,
    Side,
    fingerprint,
    normalise_text,
    read_baseline,
)
from factcheck.models import ConflictKind

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
BUDGET = "The council approved a budget of {} on Tuesday, officials said."

runner = CliRunner()


@pytest.fixture(autouse=True)
def outside_github(monkeypatch):
    """The default format depends on GITHUB_ACTIONS: tests choose it themselves."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def article(title: str, *lines: str) -> str:
    return "\n".join([title, "", *lines]) + "\n"


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """Two articles that agree, in news/, with the folder as current directory."""
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(article(
        "Council budget vote", BUDGET.format("4 million dollars"),
        "The mayor thanked the volunteers who cleaned the park."), encoding="utf-8")
    (news / "b.txt").write_text(article(
        "City news", BUDGET.format("4 million dollars"),
        "Heavy rain is expected across the region on Friday."), encoding="utf-8")
    return news


def check(*args: str):
    return runner.invoke(app, ["check", *args])


def summary(new: int, known: int, resolved: int, *, found: bool = True) -> str:
    where = "baseline reports/baseline.json" if found else "no baseline at reports/baseline.json"
    return f"factcheck check: {new} new, {known} known, {resolved} resolved contradictions ({where}).\n"


NEW_HINT = "Fix the articles, or accept these with `factcheck baseline` and write a reason for each.\n"
RESOLVED_HINT = "Resolved entries are dropped by `factcheck baseline`.\n"
STRICT_HINT = "Resolved entries are dropped by `factcheck baseline`; --strict fails until then.\n"


def test_the_issue_scenario(newsroom):
    # Nothing contradicts yet, and there is no baseline.
    result = check("news")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == summary(0, 0, 0, found=False)

    # A new article contradicts both others: exit 1, naming files and lines.
    contradicting = newsroom / "c.txt"
    contradicting.write_text(article("Evening edition", BUDGET.format("9 million dollars"),
                                     "The museum opens late on Thursdays."), encoding="utf-8")
    result = check("news")
    assert result.exit_code == 1
    assert result.stdout == (
        "news/a.txt:3: contradicted (number): 4 million dollars vs 9 million dollars in news/c.txt:3\n"
        "news/b.txt:3: contradicted (number): 4 million dollars vs 9 million dollars in news/c.txt:3\n"
    )
    assert result.stderr == summary(2, 0, 0, found=False) + NEW_HINT

    # Baseline it: nothing new any more.
    result = runner.invoke(app, ["baseline", "news"])
    assert result.exit_code == 0
    assert result.stderr == "Wrote reports/baseline.json: 2 contradictions (2 added, 0 resolved removed).\n"
    result = check("news")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", summary(0, 2, 0))

    # Shift its lines, change whitespace and punctuation spacing in the conflicting sentence,
    # edit unrelated text elsewhere, reorder the paths: still known.
    contradicting.write_text(article(
        "Evening edition, updated", "A paragraph added at the top says nothing in particular.", "",
        "The council   approved a budget of 9 million dollars on Tuesday , officials said.",
        "The museum opens late on Thursdays."), encoding="utf-8")
    (newsroom / "a.txt").write_text(article(
        "Council budget vote", BUDGET.format("4 million dollars"),
        "The mayor praised the volunteers who cleaned the riverside park."), encoding="utf-8")
    result = check("news/c.txt", "news/b.txt", "news/a.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", summary(0, 2, 0))

    # Change the conflicting value: new again, and the old entries are resolved.
    contradicting.write_text(contradicting.read_text().replace("9 million", "7 million"), encoding="utf-8")
    result = check("news")
    assert result.exit_code == 1
    assert result.stdout == (
        "news/a.txt:3: contradicted (number): 4 million dollars vs 7 million dollars in news/c.txt:5\n"
        "news/b.txt:3: contradicted (number): 4 million dollars vs 7 million dollars in news/c.txt:5\n"
        "news/a.txt: resolved (number): 4 million dollars vs 9 million dollars in news/c.txt\n"
        "news/b.txt: resolved (number): 4 million dollars vs 9 million dollars in news/c.txt\n"
    )
    assert result.stderr == summary(2, 0, 2) + NEW_HINT + RESOLVED_HINT

    # Remove it: the baseline entries are reported resolved; --strict fails on them.
    contradicting.unlink()
    resolved = (
        "news/a.txt: resolved (number): 4 million dollars vs 9 million dollars in news/c.txt\n"
        "news/b.txt: resolved (number): 4 million dollars vs 9 million dollars in news/c.txt\n"
    )
    result = check("news")
    assert (result.exit_code, result.stdout, result.stderr) == (0, resolved, summary(0, 0, 2) + RESOLVED_HINT)
    result = check("news", "--strict")
    assert (result.exit_code, result.stdout, result.stderr) == (1, resolved, summary(0, 0, 2) + STRICT_HINT)

    # Regenerating the baseline drops them, and the gate is clean even with --strict.
    result = runner.invoke(app, ["baseline", "news"])
    assert result.stderr == "Wrote reports/baseline.json: 0 contradictions (0 added, 2 resolved removed).\n"
    assert check("news", "--strict").exit_code == 0


def contradicted_newsroom(newsroom) -> Path:
    (newsroom / "c.txt").write_text(article("Evening edition", BUDGET.format("9 million dollars")),
                                    encoding="utf-8")
    return newsroom


def test_baseline_is_sorted_readable_and_keeps_reasons(newsroom):
    contradicted_newsroom(newsroom)
    assert runner.invoke(app, ["baseline", "news"]).exit_code == 0
    path = Path("reports/baseline.json")
    first = path.read_text(encoding="utf-8")
    data = json.loads(first)
    assert data["version"] == 1
    assert [(e["a"]["file"], e["b"]["file"], e["kind"], e["reason"]) for e in data["contradictions"]] == [
        ("news/a.txt", "news/c.txt", "number", ""),
        ("news/b.txt", "news/c.txt", "number", ""),
    ]
    assert '\n      "kind": "number",\n' in first  # one field per line: small diffs
    # An editor acknowledges one; regenerating keeps the reason and changes nothing else.
    edited = first.replace('"reason": ""', '"reason": "c.txt is an early draft"', 1)
    path.write_text(edited, encoding="utf-8")
    assert runner.invoke(app, ["baseline", "news"]).exit_code == 0
    assert path.read_text(encoding="utf-8") == edited
    result = check("news", "--format", "json")
    assert [(f["state"], f["reason"]) for f in json.loads(result.stdout)["findings"]] == [
        ("known", "c.txt is an early draft"), ("known", "")]


def test_baseline_option_and_missing_baseline(newsroom):
    contradicted_newsroom(newsroom)
    assert runner.invoke(app, ["baseline", "news", "--baseline", "gate/known.json"]).exit_code == 0
    assert check("news", "--baseline", "gate/known.json").exit_code == 0
    result = check("news")
    assert result.exit_code == 1
    assert result.stderr == summary(2, 0, 0, found=False) + NEW_HINT


BAD_BASELINES = [
    ('{"version": 1, "contradictions": [',
     "Error: reports/baseline.json: not a valid baseline: invalid JSON at "
     "line 1: Expecting value (fix it, or delete it and run `factcheck baseline`)\n"),
    ('{"version": 2, "contradictions": []}',
     "Error: reports/baseline.json: baseline version 2 is not supported "
     "(expected 1); regenerate it with `factcheck baseline`\n"),
    ('{"contradictions": []}', "Error: reports/baseline.json: baseline version None is not supported "
     "(expected 1); regenerate it with `factcheck baseline`\n"),
    ('[]', "Error: reports/baseline.json: not a valid baseline: expected a JSON object\n"),
    ('{"version": 1, "contradictions": {}}',
     "Error: reports/baseline.json: not a valid baseline: 'contradictions' must be a list\n"),
    ('{"version": 1, "contradictions": [], "extra": 1}',
     "Error: reports/baseline.json: not a valid baseline: unknown key 'extra'\n"),
    ('{"version": 1, "contradictions": [{"fingerprint": "x"}]}',
     "Error: reports/baseline.json: contradictions[0]: 'fingerprint' must be 64 lowercase hex digits\n"),
]


@pytest.mark.parametrize(("content", "message"), BAD_BASELINES)
@pytest.mark.parametrize("command", ["check", "baseline"])
def test_a_bad_baseline_is_an_error_and_never_replaced(newsroom, command, content, message):
    path = Path("reports/baseline.json")
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, [command, "news"])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)
    assert path.read_text(encoding="utf-8") == content


def baseline_entry_edits():
    return [
        (lambda e: e.update(reason=3), "contradictions[0]: 'reason' must be a string"),
        (lambda e: e.update(kind="colour"),
         "contradictions[0]: 'kind' must be one of date, number, negation, ordinal, name, direction"),
        (lambda e: e.update(note="x"), "contradictions[0]: unknown key 'note'"),
        (lambda e: e["a"].pop("text"),
         "contradictions[0].a: expected an object with 'file', 'value' and 'text'"),
        (lambda e: e["b"].update(value="8 million dollars"),
         "contradictions[0]: 'fingerprint' does not match the entry's kind, files, texts and values "
         "(edited by hand? only 'reason' is meant to be edited)"),
    ]


@pytest.mark.parametrize(("edit", "message"), baseline_entry_edits())
def test_a_bad_baseline_entry_is_named(newsroom, edit, message):
    contradicted_newsroom(newsroom)
    runner.invoke(app, ["baseline", "news"])
    path = Path("reports/baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data["contradictions"][0])
    path.write_text(json.dumps(data), encoding="utf-8")
    result = check("news")
    assert (result.exit_code, result.stderr) == (2, f"Error: reports/baseline.json: {message}\n")


def test_duplicate_baseline_entries_are_an_error(newsroom):
    contradicted_newsroom(newsroom)
    runner.invoke(app, ["baseline", "news"])
    path = Path("reports/baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["contradictions"].append(data["contradictions"][0])
    path.write_text(json.dumps(data), encoding="utf-8")
    fingerprint_ = data["contradictions"][0]["fingerprint"]
    with pytest.raises(ConfigError, match=f"contradictions\\[2\\]: duplicate fingerprint {fingerprint_}"):
        read_baseline(path)


def test_missing_input_is_exit_2(newsroom):
    result = check("nowhere")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "Error: nowhere: no such file or folder\n"


def test_unknown_format_is_a_usage_error(newsroom):
    assert check("news", "--format", "xml").exit_code == 2


# --- fingerprints ----------------------------------------------------------------------------

A = Side("news/a.txt", "The council approved a budget of 4 million dollars.", "4 million dollars", 3)
B = Side("news/c.txt", "The council approved a budget of 9 million dollars.", "9 million dollars", 3)

SAME_FINGERPRINT = [
    ("line shift", Side(A.file, A.text, A.value, 40), B),
    ("whitespace", Side(A.file, "The council  approved a\tbudget of 4 million dollars.", A.value, 3), B),
    ("case and punctuation", Side(A.file, "the council approved a budget of 4 million dollars", A.value), B),
    ("sides swapped", B, A),
    ("value spacing", Side(A.file, A.text, "4  Million dollars", 3), B),
    # A value quoted as the claim writes it keeps the fingerprint of its words alone.
    ("value punctuation", Side(A.file, A.text, "4-million dollars", 3), B),
]
OTHER_FINGERPRINT = [
    ("value", A, Side(B.file, B.text.replace("9", "7"), "7 million dollars", 3)),
    ("decimal point", A, Side(B.file, B.text.replace("9", "0.9"), "0.9 million dollars", 3)),
    ("file", Side("news/d.txt", A.text, A.value, 3), B),
    ("claim wording", Side(A.file, "The council passed a budget of 4 million dollars.", A.value, 3), B),
]


@pytest.mark.parametrize(("change", "a", "b"), SAME_FINGERPRINT)
def test_fingerprint_survives(change, a, b):
    assert fingerprint(ConflictKind.NUMBER, a, b) == fingerprint(ConflictKind.NUMBER, A, B), change


@pytest.mark.parametrize(("change", "a", "b"), OTHER_FINGERPRINT)
def test_fingerprint_changes(change, a, b):
    assert fingerprint(ConflictKind.NUMBER, a, b) != fingerprint(ConflictKind.NUMBER, A, B), change


def test_fingerprint_depends_on_kind():
    assert fingerprint(ConflictKind.DATE, A, B) != fingerprint(ConflictKind.NUMBER, A, B)


@pytest.mark.parametrize(("text", "normalised"), [
    ("The  Council, said:\n“Yes.”", "the council said yes"),
    ("U.S. troops", "u s troops"),
    ("ÉLAN  vital", "élan vital"),
])
def test_normalise_text(text, normalised):
    assert normalise_text(text) == normalised


# --- formats ---------------------------------------------------------------------------------


def finding(index: int, kind: ConflictKind = ConflictKind.NUMBER,
            state: FindingState = FindingState.NEW) -> Finding:
    a = Side(f"f{index:02d}.txt", f"text {index}", "1", index + 1)
    b = Side("z.txt", f"text {index}", "2", 1)
    return Finding(f"{index:064x}", kind, a, b, state)


def test_github_shows_ten_most_important_and_counts_the_rest():
    new = tuple(finding(i, ConflictKind.NEGATION if i < 6 else ConflictKind.DATE) for i in range(12))
    lines = render_github(GateResult(new=new, known=(), resolved=()), strict=False).splitlines()
    annotated = [line for line in lines if line.startswith("::error ")]
    assert len(annotated) == 10
    # Dates rank before negations; within a kind, by file and line.
    assert [line.split(",")[0] for line in annotated[:7]] == [
        "::error file=f06.txt", "::error file=f07.txt", "::error file=f08.txt", "::error file=f09.txt",
        "::error file=f10.txt", "::error file=f11.txt", "::error file=f00.txt"]
    assert lines[10:] == [
        "factcheck: 2 more errors not annotated (GitHub shows at most 10 error annotations per step):",
        text_line(new[4]),
        text_line(new[5]),
    ]


def test_github_annotation_is_escaped():
    tricky = Finding("f" * 64, ConflictKind.NUMBER, Side("dir,x/a:b.txt", "50% said\r\nyes", "50%", 2),
                     Side("z.txt", "40% said yes", "40%", 7))
    output = render_github(GateResult(new=(tricky,), known=(), resolved=()), strict=False)
    assert output == (
        "::error file=dir%2Cx/a%3Ab.txt,line=2,title=factcheck%3A contradicted (number)::"
        "50%25 vs 40%25 in z.txt:7%0Adir,x/a:b.txt:2: 50%25 said yes%0Az.txt:7: 40%25 said yes\n"
    )


@pytest.mark.parametrize(("raw", "data", "prop"), [
    ("a%b", "a%25b", "a%25b"),
    ("line\r\nnext", "line%0D%0Anext", "line%0D%0Anext"),
    ("k: v, w", "k: v, w", "k%3A v%2C w"),
])
def test_workflow_command_escaping(raw, data, prop):
    assert (escape_data(raw), escape_property(raw)) == (data, prop)


@pytest.mark.parametrize(("environ", "expected"), [
    ({"GITHUB_ACTIONS": "true"}, "github"),
    ({"GITHUB_ACTIONS": "false"}, "text"),
    ({}, "text"),
])
def test_default_format(environ, expected):
    assert default_format(environ).value == expected


def test_github_is_the_default_in_github_actions(newsroom):
    contradicted_newsroom(newsroom)
    result = runner.invoke(app, ["check", "news"], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "::error file=news/a.txt,line=3,title=factcheck%3A contradicted (number)::4 million dollars vs "
        "9 million dollars in news/c.txt:3%0Anews/a.txt:3: " + BUDGET.format("4 million dollars")
        + "%0Anews/c.txt:3: " + BUDGET.format("9 million dollars"))


def test_github_resolved_entries_are_errors_only_when_strict(newsroom):
    contradicted_newsroom(newsroom)
    runner.invoke(app, ["baseline", "news"])
    (newsroom / "c.txt").unlink()
    lax = check("news", "--format", "github")
    strict = check("news", "--format", "github", "--strict")
    first = ("::{} file=news/a.txt,title=factcheck%3A resolved baseline entry (number)::4 million dollars "
             "vs 9 million dollars in news/c.txt no longer occurs; drop it with `factcheck baseline`")
    assert (lax.exit_code, lax.stdout.splitlines()[0]) == (0, first.format("warning"))
    assert (strict.exit_code, strict.stdout.splitlines()[0]) == (1, first.format("error"))


def sarif_validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_is_valid_and_carries_fingerprints(newsroom):
    contradicted_newsroom(newsroom)
    runner.invoke(app, ["baseline", "news"])
    path = Path("reports/baseline.json")
    path.write_text(path.read_text().replace('"reason": ""', '"reason": "draft"', 1), encoding="utf-8")
    late = article("Late edition", BUDGET.format("6 million dollars"))
    (newsroom / "d.txt").write_text(late, encoding="utf-8")
    result = check("news", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert list(sarif_validator().iter_errors(log)) == []
    gate = json.loads(check("news", "--format", "json").stdout)
    results = log["runs"][0]["results"]
    assert [(r["baselineState"], r["level"], r["partialFingerprints"]["factcheckContradiction/v1"])
            for r in results] == [
        ("new" if f["state"] == "new" else "unchanged", "error" if f["state"] == "new" else "note",
         f["fingerprint"]) for f in gate["findings"]]
    assert [r.get("suppressions", [{}])[0].get("justification") for r in results] == [
        None, None, None, "draft", "Listed in the factcheck baseline."]
    assert results[0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "news/a.txt"}, "region": {"startLine": 3}}


def test_the_sarif_check_can_fail(newsroom):
    contradicted_newsroom(newsroom)
    log = json.loads(check("news", "--format", "sarif").stdout)
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert len(list(sarif_validator().iter_errors(log))) == 2


def test_json_format(newsroom):
    contradicted_newsroom(newsroom)
    data = json.loads(check("news", "--format", "json").stdout)
    assert data["summary"] == {"new": 2, "known": 0, "resolved": 0}
    assert data["findings"][0]["a"] == {
        "file": "news/a.txt", "line": 3, "value": "4 million dollars",
        "text": BUDGET.format("4 million dollars")}


# --- the repository's own gate -----------------------------------------------------------------


def test_the_seeds_pass_their_own_gate(in_root):
    result = check("seeds", "--strict")
    assert result.exit_code == 0, "regenerate: factcheck baseline seeds\n" + result.stdout + result.stderr
    assert "(baseline reports/baseline.json)" in result.stderr


def test_pre_commit_hook_runs_the_gate(in_root):
    hooks = (in_root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: factcheck-check\n" in hooks
    assert "  entry: factcheck check\n" in hooks
    assert "  pass_filenames: false\n" in hooks
