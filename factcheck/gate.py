"""The CI gate: fingerprints of contradictions, the baseline of known ones, and the diff.

A fingerprint is built from what a contradiction says (kind, files, normalised claim text,
values), never from where it sits, so it survives line shifts, edits elsewhere in the
files, reordered paths and whitespace changes, and changes when a conflicting value does.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .errors import ConfigError
from .models import Conflict, ConflictKind, Result, Status
from .output import write_atomic

BASELINE_VERSION = 1
DEFAULT_BASELINE = "reports/baseline.json"
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
_PUNCTUATION = re.compile(r"[^\w\s]")
_COMMENT = (
    "Contradictions known and accepted: `factcheck check` fails only on others. "
    "Regenerate with `factcheck baseline` (reasons are kept); write in each \"reason\" why it is accepted."
)
# The order in which kinds are least likely to be an artefact of wording: used to pick the
# findings shown first where a format can show only a few.
KIND_RANK = {
    ConflictKind.DATE: 0,
    ConflictKind.NUMBER: 1,
    ConflictKind.NAME: 2,
    ConflictKind.ORDINAL: 3,
    ConflictKind.DIRECTION: 4,
    ConflictKind.NEGATION: 5,
}


class FindingState(StrEnum):
    NEW = "new"
    KNOWN = "known"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Side:
    """One of the two conflicting claims. ``line`` is None for a baseline entry: the baseline
    keeps no line numbers, so that line shifts do not change it."""

    file: str
    text: str
    value: str
    line: int | None = None

    @property
    def location(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Finding:
    fingerprint: str
    kind: ConflictKind
    a: Side
    b: Side
    state: FindingState = FindingState.NEW
    reason: str = ""


@dataclass(frozen=True)
class GateResult:
    """Current contradictions against the baseline: new ones fail the gate, known ones are
    accepted, resolved ones are baseline entries that no longer occur."""

    new: tuple[Finding, ...]
    known: tuple[Finding, ...]
    resolved: tuple[Finding, ...]


def normalise_text(text: str) -> str:
    """Casefolded, punctuation dropped, whitespace collapsed: what a fingerprint hashes."""
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


_VALUE_WORD = re.compile(r"\w+(?:[.,:]\w+)*")


def _normalise_value(value: str) -> str:
    # Punctuation inside a number is kept ("4.5" and "45" differ); between words it is not,
    # so that "April 10, 2024" and "60 km/h" keep the fingerprints of the words alone.
    return " ".join(_VALUE_WORD.findall(value.casefold()))


def fingerprint(kind: ConflictKind, a: Side, b: Side) -> str:
    triples = sorted(
        (side.file, normalise_text(side.text), _normalise_value(side.value)) for side in (a, b)
    )
    payload = json.dumps([kind.value, triples], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _ordered(first: Side, second: Side) -> tuple[Side, Side]:
    # The two claims of a conflict are always in different files, so the file decides.
    in_order = (first.file, first.line or 0) <= (second.file, second.line or 0)
    return (first, second) if in_order else (second, first)


def finding_of(conflict: Conflict) -> Finding:
    a, b = _ordered(
        Side(conflict.a.source, conflict.a.text, conflict.value_a, conflict.a.line),
        Side(conflict.b.source, conflict.b.text, conflict.value_b, conflict.b.line),
    )
    return Finding(fingerprint(conflict.kind, a, b), conflict.kind, a, b)


def _location_key(finding: Finding) -> tuple:
    return (finding.a.file, finding.a.line or 0, finding.b.file, finding.b.line or 0, finding.fingerprint)


def current_findings(result: Result) -> tuple[Finding, ...]:
    """Every contradiction of ``result``, once per fingerprint (a sentence repeated in one
    file gives the same contradiction twice: it is reported at its first place)."""
    found: dict[str, Finding] = {}
    every = [
        finding_of(conflict)
        for cluster in result.clusters
        if cluster.status is Status.CONTRADICTED
        for conflict in cluster.conflicts
    ]
    for finding in sorted(every, key=_location_key):
        found.setdefault(finding.fingerprint, finding)
    return tuple(sorted(found.values(), key=_location_key))


def compare_with_baseline(current: tuple[Finding, ...], baseline: tuple[Finding, ...]) -> GateResult:
    known_reason = {entry.fingerprint: entry.reason for entry in baseline}
    seen = {finding.fingerprint for finding in current}
    new = tuple(f for f in current if f.fingerprint not in known_reason)
    known = tuple(
        Finding(f.fingerprint, f.kind, f.a, f.b, FindingState.KNOWN, known_reason[f.fingerprint])
        for f in current if f.fingerprint in known_reason
    )
    resolved = tuple(
        Finding(e.fingerprint, e.kind, e.a, e.b, FindingState.RESOLVED, e.reason)
        for e in sorted(baseline, key=_entry_key) if e.fingerprint not in seen
    )
    return GateResult(new=new, known=known, resolved=resolved)


# --- the baseline file -------------------------------------------------------------------


def _entry_key(entry: Finding) -> tuple:
    return (entry.a.file, entry.b.file, entry.kind.value, entry.a.value, entry.b.value,
            entry.a.text, entry.b.text, entry.fingerprint)


def _side_json(side: Side) -> dict:
    return {"file": side.file, "value": side.value, "text": side.text}


def render_baseline(findings: tuple[Finding, ...]) -> str:
    """The baseline file: sorted by files and values, one field per line, for small diffs."""
    entries = [
        {"fingerprint": f.fingerprint, "kind": f.kind.value, "a": _side_json(f.a), "b": _side_json(f.b),
         "reason": f.reason}
        for f in sorted(findings, key=_entry_key)
    ]
    document = {"version": BASELINE_VERSION, "comment": _COMMENT, "contradictions": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def baseline_with_reasons(current: tuple[Finding, ...], previous: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The current contradictions as baseline entries, keeping the reasons already written."""
    reason_of = {entry.fingerprint: entry.reason for entry in previous}
    return tuple(
        Finding(f.fingerprint, f.kind, Side(f.a.file, f.a.text, f.a.value),
                Side(f.b.file, f.b.text, f.b.value), FindingState.KNOWN, reason_of.get(f.fingerprint, ""))
        for f in current
    )


def write_baseline(path: Path, findings: tuple[Finding, ...], *, inputs: list[str]) -> None:
    write_atomic(path, render_baseline(findings), inputs=inputs)


def read_baseline(path: Path) -> tuple[Finding, ...] | None:
    """The entries of the baseline at ``path``; None when there is no such file.

    A file that cannot be read or is not a baseline of this version is an error, never
    treated as empty: that would let every known contradiction through as new, or a
    regeneration drop the reasons written in it.
    """
    if not path.exists():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read baseline ({err})") from err
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ConfigError(
            f"{path}: not a valid baseline: invalid JSON at line {err.lineno}: {err.msg} "
            "(fix it, or delete it and run `factcheck baseline`)"
        ) from err
    return _parse_baseline(data, path)


def _parse_baseline(data: object, path: Path) -> tuple[Finding, ...]:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: not a valid baseline: expected a JSON object")
    unknown = sorted(set(data) - {"version", "comment", "contradictions"})
    if unknown:
        raise ConfigError(f"{path}: not a valid baseline: unknown key {unknown[0]!r}")
    version = data.get("version")
    if version != BASELINE_VERSION or isinstance(version, bool):
        raise ConfigError(
            f"{path}: baseline version {version!r} is not supported (expected {BASELINE_VERSION}); "
            "regenerate it with `factcheck baseline`"
        )
    entries = data.get("contradictions")
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: not a valid baseline: 'contradictions' must be a list")
    parsed = tuple(
        _parse_entry(entry, f"{path}: contradictions[{index}]") for index, entry in enumerate(entries)
    )
    seen: set[str] = set()
    for index, entry in enumerate(parsed):
        if entry.fingerprint in seen:
            raise ConfigError(f"{path}: contradictions[{index}]: duplicate fingerprint {entry.fingerprint}")
        seen.add(entry.fingerprint)
    return parsed


def _parse_entry(entry: object, where: str) -> Finding:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected an object")
    unknown = sorted(set(entry) - {"fingerprint", "kind", "a", "b", "reason"})
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    given = entry.get("fingerprint")
    if not isinstance(given, str) or not _FINGERPRINT.fullmatch(given):
        raise ConfigError(f"{where}: 'fingerprint' must be 64 lowercase hex digits")
    try:
        kind = ConflictKind(entry.get("kind"))
    except ValueError as err:
        choices = ", ".join(k.value for k in ConflictKind)
        raise ConfigError(f"{where}: 'kind' must be one of {choices}") from err
    reason = entry.get("reason", "")
    if not isinstance(reason, str):
        raise ConfigError(f"{where}: 'reason' must be a string")
    a = _parse_side(entry.get("a"), f"{where}.a")
    b = _parse_side(entry.get("b"), f"{where}.b")
    if fingerprint(kind, a, b) != given:
        raise ConfigError(
            f"{where}: 'fingerprint' does not match the entry's kind, files, texts and values "
            "(edited by hand? only 'reason' is meant to be edited)"
        )
    return Finding(given, kind, a, b, FindingState.KNOWN, reason)


def _parse_side(side: object, where: str) -> Side:
    if not isinstance(side, dict) or set(side) != {"file", "value", "text"}:
        raise ConfigError(f"{where}: expected an object with 'file', 'value' and 'text'")
    if not all(isinstance(side[key], str) for key in ("file", "value", "text")):
        raise ConfigError(f"{where}: 'file', 'value' and 'text' must be strings")
    return Side(side["file"], side["text"], side["value"])
