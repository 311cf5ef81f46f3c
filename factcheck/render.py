"""Stage 6: render a result as Markdown for editors and as JSON for scripts (pure functions)."""

from __future__ import annotations

import json
import re
from collections import Counter

from tabulate import tabulate

from .models import Claim, Cluster, Conflict, Result, Status

JSON_VERSION = 1
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~&])")


def escape_markdown(text: str) -> str:
    """Text from an article, made inert: no markup, links, HTML or table breaks."""
    text = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def _cite(claim: Claim) -> str:
    return f"`{claim.location}`"


def _quote(claim: Claim) -> str:
    return f"{_cite(claim)} {escape_markdown(claim.text)}"


def _counts(result: Result) -> Counter[Status]:
    return Counter(cluster.status for cluster in result.clusters)


def _source_table(result: Result) -> str:
    per_source = Counter(claim.source for claim in result.claims)
    rows = [
        [f"`{source.path}`", f"`{source.sha256[:16]}`", per_source[source.path],
         ", ".join(f"`{d}`" for d in source.duplicates) or "-"]
        for source in result.sources
    ]
    return tabulate(rows, headers=["file", "sha256 (first 16)", "claims", "identical copies"],
                    tablefmt="github")


def _summary_table(result: Result) -> str:
    counts = _counts(result)
    claims_per = Counter()
    for cluster in result.clusters:
        claims_per[cluster.status] += len(cluster.claims)
    rows = [[status.value, counts[status], claims_per[status]] for status in Status]
    rows.append(["total", len(result.clusters), len(result.claims)])
    return tabulate(rows, headers=["status", "groups", "claims"], tablefmt="github")


def _per_source_table(result: Result) -> str:
    status_of = {claim.key: cluster.status for cluster in result.clusters for claim in cluster.claims}
    rows = []
    for source in result.sources:
        claims = result.claims_of(source.path)
        counts = Counter(status_of[claim.key] for claim in claims)
        rows.append([f"`{source.path}`", len(claims)] + [counts[status] for status in Status])
    return tabulate(rows, headers=["file", "claims", *[s.value for s in Status]], tablefmt="github")


def _conflict_line(conflict: Conflict) -> str:
    return (
        f"- **{conflict.kind.value}**: **{escape_markdown(conflict.value_a)}** in {_cite(conflict.a)}"
        f" vs **{escape_markdown(conflict.value_b)}** in {_cite(conflict.b)}"
    )


def _why(cluster: Cluster) -> str:
    parts = [f"score {cluster.score:.2f}"]
    if cluster.shared_terms:
        parts.append("shared terms: " + ", ".join(escape_markdown(t) for t in cluster.shared_terms))
    if cluster.shared_values:
        parts.append("shared values: " + ", ".join(escape_markdown(v) for v in cluster.shared_values))
    return "Why: " + "; ".join(parts) + "."


def _group_section(cluster: Cluster) -> list[str]:
    files = len(cluster.files)
    lines = [f"### `{cluster.id}` {cluster.status.value} ({files} files)", "", _why(cluster), ""]
    lines += [_conflict_line(conflict) for conflict in cluster.conflicts]
    if cluster.conflicts:
        lines.append("")
    lines += [f"- {_quote(claim)}" for claim in cluster.claims]
    lines.append("")
    return lines


def render_markdown(result: Result) -> str:
    counts = _counts(result)
    lines = [
        "# Provenance report",
        "",
        f"Compared {len(result.sources)} files, {len(result.claims)} claims, "
        f"{len(result.clusters)} facts.",
        "",
    ]
    if len(result.sources) < 2:
        lines += ["> Note: only one source was given, so nothing could be compared; every claim "
                  "is single-source.", ""]
    lines += [_source_table(result), "", "## Summary", "", _summary_table(result), "",
              _per_source_table(result), ""]
    for status, title in ((Status.CONTRADICTED, "Contradicted facts"),
                          (Status.CORROBORATED, "Corroborated facts")):
        lines += [f"## {title} ({counts[status]})", ""]
        for cluster in result.clusters:
            if cluster.status is status:
                lines += _group_section(cluster)
        if not counts[status]:
            lines += ["None.", ""]
    lines += [f"## Single-source claims ({counts[Status.SINGLE_SOURCE]})", ""]
    for source in result.sources:
        singles = [c for c in result.clusters if c.status is Status.SINGLE_SOURCE
                   and c.claims[0].source == source.path]
        if not singles:
            continue
        lines += [f"### `{source.path}`", ""]
        lines += [f"- {_quote(cluster.claims[0])}" for cluster in singles]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def claim_json(claim: Claim) -> dict:
    return {
        "source": claim.source,
        "line": claim.line,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "attribution": {"kind": claim.attribution.kind.value, "source": claim.attribution.source,
                        "via": claim.attribution.via},
        "certainty": claim.certainty.value,
    }


def conflict_json(conflict: Conflict) -> dict:
    return {
        "kind": conflict.kind.value,
        "a": {"source": conflict.a.source, "line": conflict.a.line, "value": conflict.value_a},
        "b": {"source": conflict.b.source, "line": conflict.b.line, "value": conflict.value_b},
    }


def result_json(result: Result) -> dict:
    counts = _counts(result)
    return {
        "version": JSON_VERSION,
        "sources": [
            {"path": s.path, "sha256": s.sha256, "claims": len(result.claims_of(s.path)),
             "duplicates": list(s.duplicates)}
            for s in result.sources
        ],
        "summary": {status.value: counts[status] for status in Status},
        "clusters": [
            {
                "id": cluster.id,
                "status": cluster.status.value,
                "score": cluster.score,
                "files": list(cluster.files),
                "independent_sources": cluster.independent_sources,
                "shared_terms": list(cluster.shared_terms),
                "shared_values": list(cluster.shared_values),
                "conflicts": [conflict_json(conflict) for conflict in cluster.conflicts],
                "claims": [claim_json(claim) for claim in cluster.claims],
            }
            for cluster in result.clusters
        ],
    }


def render_json(result: Result) -> str:
    return json.dumps(result_json(result), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
