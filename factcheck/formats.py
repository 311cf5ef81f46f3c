"""Renderers of the CI gate's findings: text, GitHub workflow commands, SARIF 2.1.0, JSON.

Pure functions of a ``GateResult``; the command line decides where they go and the exit code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from . import __version__
from .gate import KIND_RANK, Finding, FindingState, GateResult, Side
from .models import ConflictKind

GATE_JSON_VERSION = 1
# GitHub shows at most this many annotations of one level per step.
ANNOTATION_LIMIT = 10
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_FINGERPRINT_KEY = "factcheckContradiction/v1"

_RULE_TEXT = {
    ConflictKind.DATE: "Articles give different dates for the same fact.",
    ConflictKind.NUMBER: "Articles give different numbers for the same fact.",
    ConflictKind.NAME: "Articles name different people as the holder of the same role.",
    ConflictKind.ORDINAL: "Articles give a different rank or order (first, second...) to the same fact.",
    ConflictKind.NEGATION: "One article states a fact that another denies.",
    ConflictKind.DIRECTION: "Articles place the same fact on opposite sides of a place (west / east of it).",
}


class GateFormat(StrEnum):
    TEXT = "text"
    GITHUB = "github"
    SARIF = "sarif"
    JSON = "json"


def default_format(environ: Mapping[str, str]) -> GateFormat:
    """Workflow commands inside GitHub Actions, plain text elsewhere."""
    return GateFormat.GITHUB if environ.get("GITHUB_ACTIONS") == "true" else GateFormat.TEXT


def render(result: GateResult, output_format: GateFormat, *, strict: bool) -> str:
    if output_format is GateFormat.GITHUB:
        return render_github(result, strict=strict)
    if output_format is GateFormat.SARIF:
        return render_sarif(result)
    if output_format is GateFormat.JSON:
        return render_gate_json(result)
    return render_text(result)


def importance(finding: Finding) -> tuple:
    """New before resolved before known, then by kind (``gate.KIND_RANK``), then file and line."""
    state_rank = {FindingState.NEW: 0, FindingState.RESOLVED: 1, FindingState.KNOWN: 2}
    return (state_rank[finding.state], KIND_RANK[finding.kind], finding.a.file, finding.a.line or 0,
            finding.b.file, finding.b.line or 0, finding.fingerprint)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- text ------------------------------------------------------------------------------------


def text_line(finding: Finding) -> str:
    values = f"{_one_line(finding.a.value)} vs {_one_line(finding.b.value)}"
    if finding.state is FindingState.RESOLVED:
        return f"{finding.a.file}: resolved ({finding.kind.value}): {values} in {finding.b.file}"
    return f"{finding.a.location}: contradicted ({finding.kind.value}): {values} in {finding.b.location}"


def render_text(result: GateResult) -> str:
    """One line per new contradiction, then one per resolved baseline entry."""
    return "".join(text_line(finding) + "\n" for finding in (*result.new, *result.resolved))


def summary(result: GateResult, *, baseline: str, baseline_found: bool, strict: bool) -> str:
    where = f"baseline {baseline}" if baseline_found else f"no baseline at {baseline}"
    lines = [f"factcheck check: {len(result.new)} new, {len(result.known)} known, "
             f"{len(result.resolved)} resolved contradictions ({where})."]
    if result.new:
        lines.append("Fix the articles, or accept these with `factcheck baseline` and write a reason "
                     "for each.")
    if result.resolved:
        lines.append("Resolved entries are dropped by `factcheck baseline`"
                     + ("; --strict fails until then." if strict else "."))
    return "\n".join(lines) + "\n"


# --- GitHub workflow commands -----------------------------------------------------------------


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, finding: Finding) -> str:
    properties = [f"file={escape_property(finding.a.file)}"]
    if finding.a.line is not None:
        properties.append(f"line={finding.a.line}")
    if finding.state is FindingState.RESOLVED:
        title = f"factcheck: resolved baseline entry ({finding.kind.value})"
        message = (f"{_one_line(finding.a.value)} vs {_one_line(finding.b.value)} in {finding.b.file} "
                   "no longer occurs; drop it with `factcheck baseline`")
    else:
        title = f"factcheck: contradicted ({finding.kind.value})"
        message = "\n".join([
            f"{_one_line(finding.a.value)} vs {_one_line(finding.b.value)} in {finding.b.location}",
            f"{finding.a.location}: {_one_line(finding.a.text)}",
            f"{finding.b.location}: {_one_line(finding.b.text)}",
        ])
    properties.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(properties)}::{escape_data(message)}"


def render_github(result: GateResult, *, strict: bool, limit: int = ANNOTATION_LIMIT) -> str:
    """Annotations, most important first (see ``importance``), at most ``limit`` per level;
    the others follow as plain text lines, after a line saying how many there are."""
    by_level = {
        "error": sorted([*result.new, *(result.resolved if strict else ())], key=importance),
        "warning": [] if strict else sorted(result.resolved, key=importance),
    }
    lines: list[str] = []
    overflow: list[str] = []
    for level, findings in by_level.items():
        lines += [_annotation(level, finding) for finding in findings[:limit]]
        rest = findings[limit:]
        if rest:
            overflow.append(f"factcheck: {len(rest)} more {level}s not annotated "
                            f"(GitHub shows at most {limit} {level} annotations per step):")
            overflow += [text_line(finding) for finding in rest]
    return "".join(line + "\n" for line in (*lines, *overflow))


# --- SARIF 2.1.0 -----------------------------------------------------------------------------


def _rule_id(kind: ConflictKind) -> str:
    return f"contradiction/{kind.value}"


def _rules() -> list[dict]:
    return [
        {
            "id": _rule_id(kind),
            "name": f"{kind.value.capitalize()}Contradiction",
            "shortDescription": {"text": f"Contradicted {kind.value}"},
            "fullDescription": {"text": _RULE_TEXT[kind]},
            "defaultConfiguration": {"level": "error"},
            "help": {"text": _RULE_TEXT[kind] + " Correct the article that is wrong, or accept the "
                     "contradiction with `factcheck baseline` and write a reason in the baseline."},
        }
        for kind in ConflictKind
    ]


def _uri(path: str) -> str:
    given = Path(path)
    return given.as_uri() if given.is_absolute() else quote(given.as_posix(), safe="/")


def _location(side: Side, *, message: str | None = None, index: int | None = None) -> dict:
    location: dict = {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(side.file)},
            "region": {"startLine": side.line},
        }
    }
    if index is not None:
        location = {"id": index, **location}
    if message is not None:
        location["message"] = {"text": message}
    return location


def _sarif_result(finding: Finding, rule_index: dict[ConflictKind, int]) -> dict:
    a, b = finding.a, finding.b
    result: dict = {
        "ruleId": _rule_id(finding.kind),
        "ruleIndex": rule_index[finding.kind],
        "level": "error" if finding.state is FindingState.NEW else "note",
        "message": {"text": f"Contradicted {finding.kind.value}: {_one_line(a.value)} here vs "
                            f"{_one_line(b.value)} in {b.location}."},
        "locations": [_location(a)],
        "relatedLocations": [_location(b, index=1, message=_one_line(b.text))],
        "partialFingerprints": {SARIF_FINGERPRINT_KEY: finding.fingerprint},
        "baselineState": "new" if finding.state is FindingState.NEW else "unchanged",
    }
    if finding.state is FindingState.KNOWN:
        result["suppressions"] = [{
            "kind": "external",
            "status": "accepted",
            "justification": finding.reason or "Listed in the factcheck baseline.",
        }]
    return result


def sarif_log(result: GateResult) -> dict:
    """New contradictions as errors; known ones as notes suppressed by the baseline. Resolved
    entries have no place in the files any more, so they are not results."""
    rule_index = {kind: index for index, kind in enumerate(ConflictKind)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "rules": _rules()}},
            "columnKind": "unicodeCodePoints",
            "results": [_sarif_result(f, rule_index) for f in (*result.new, *result.known)],
        }],
    }


def render_sarif(result: GateResult) -> str:
    return json.dumps(sarif_log(result), indent=2, ensure_ascii=False) + "\n"


# --- JSON ------------------------------------------------------------------------------------


def _side_json(side: Side) -> dict:
    return {"file": side.file, "line": side.line, "value": side.value, "text": side.text}


def gate_json(result: GateResult) -> dict:
    findings = (*result.new, *result.known, *result.resolved)
    return {
        "version": GATE_JSON_VERSION,
        "summary": {"new": len(result.new), "known": len(result.known), "resolved": len(result.resolved)},
        "findings": [
            {"state": f.state.value, "fingerprint": f.fingerprint, "kind": f.kind.value,
             "reason": f.reason, "a": _side_json(f.a), "b": _side_json(f.b)}
            for f in findings
        ],
    }


def render_gate_json(result: GateResult) -> str:
    return json.dumps(gate_json(result), indent=2, ensure_ascii=False) + "\n"
