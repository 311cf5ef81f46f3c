"""Stage 6: render a result as Markdown for editors and as JSON for scripts (pure functions)."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import replace
from pathlib import PurePosixPath

from tabulate import tabulate

from . import jsontext
from .attribution import single_upstream, site_of, sites_of, wire_stories
from .models import (
    STATUS_ORDER,
    AgreedValue,
    AttributionKind,
    Certainty,
    Claim,
    Cluster,
    Conflict,
    Match,
    Result,
    Status,
    ValueMention,
    WireCopy,
    path_order,
)
from .normalise import dated_apart, publication_month

JSON_VERSION = 1
# Characters that can start markup on GitHub (emphasis, code, links and images, headings,
# tables, strikethrough, math, footnotes) take a backslash. HTML (tags, comments, entities)
# and characters that would end a line, a list item or a table row become character
# references, which GitHub shows as the character itself.
_MD_ESCAPED = re.compile(r"[\\`*_{}\[\]()#+!|~$&<>\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_BACKSLASHED = frozenset("\\`*_{}[]()#+!|~$")
_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _BACKSLASHED:
        return "\\" + char
    return _NAMED.get(char) or f"&#{ord(char)};"


def escape_markdown(text: str) -> str:
    """Text from an article, made inert: no markup, links, HTML or table breaks.

    Reversible, so the report still quotes the article verbatim: every special character
    gets a backslash or becomes a character reference; nothing is dropped or collapsed.
    """
    return _MD_ESCAPED.sub(_escape, text)


# Characters no code span can show (a line break would end a table row or a list item).
_NOT_IN_CODE = re.compile(r"[\\\x00-\x1f\x7f-\x9f\u2028\u2029]")
_BACKTICKS = re.compile("`+")


def _code(text: str, *, in_table: bool = False) -> str:
    """A file name shown verbatim as code, whatever its characters.

    The fence is longer than any run of backticks in the name, and spaces pad a name that
    starts or ends with a backtick or a space (CommonMark strips one from each side). In a
    table cell a pipe takes a backslash: GFM splits the row before it reads code spans and
    then drops that backslash. Names a code span cannot show are escaped as text instead.
    """
    if not text.strip(" ") or _NOT_IN_CODE.search(text):
        return escape_markdown(text)
    fence = "`" * (max(map(len, _BACKTICKS.findall(text)), default=0) + 1) if "`" in text else "`"
    pad = " " if text[0] in "` " or text[-1] in "` " else ""
    span = f"{fence}{pad}{text}{pad}{fence}"
    return span.replace("|", "\\|") if in_table else span


def _cite(claim: Claim, *, in_table: bool = False) -> str:
    return _code(claim.location, in_table=in_table)


def _share(count: int, total: int) -> str:
    return f"{count} ({round(100 * count / total)}%)" if total else "0"


def github_anchor(heading: str) -> str:
    """The id GitHub gives a heading: lowercased, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.lower())
    return text.replace(" ", "-")


def _link(title: str, heading: str) -> str:
    return f"[{title}](#{github_anchor(heading)})"


def _fact_heading(cluster: Cluster) -> str:
    return f"Fact `{cluster.id}`"


def _file_heading(path: str) -> str:
    return _code(path)


# --- what each claim rests on ----------------------------------------------------------

def _who(claim: Claim) -> str:
    attribution = claim.attribution
    if attribution.kind is AttributionKind.NONE:
        who = "unattributed"
    elif attribution.source:
        who = f"{attribution.kind.value}: {escape_markdown(attribution.source)}"
    elif attribution.kind is AttributionKind.NAMED:
        who = "speaker not resolved"  # "he said" with no one it surely stands for
    else:
        who = attribution.kind.value
    if attribution.via:
        who += f" via {escape_markdown(attribution.via)}"
    return who


def _needs_care(claim: Claim) -> bool:
    return claim.certainty is Certainty.HEDGED or claim.attribution.kind is AttributionKind.ANONYMOUS


def _tag(claim: Claim, *, warn: bool = False) -> str:
    tag = f"{_who(claim)}; {claim.certainty.value}"
    return f"\u26a0 **{tag}**" if warn and _needs_care(claim) else f"*{tag}*"


def _quote(claim: Claim, *, warn: bool = False) -> str:
    """One claim: citation, who says it and how surely, then its verbatim text."""
    return f"{_cite(claim)} {_tag(claim, warn=warn)} \u2014 {escape_markdown(claim.text)}"


def _why(cluster: Cluster) -> str:
    parts = [f"score {cluster.score:.2f}"]
    if cluster.shared_terms:
        parts.append("shared terms: " + ", ".join(escape_markdown(t) for t in cluster.shared_terms))
    if cluster.agreed_values:
        parts.append("values given alike: " + "; ".join(
            _agreed(value, files=len(cluster.files)) for value in cluster.agreed_values))
    elif cluster.shared_values:
        parts.append("shared values: " + ", ".join(escape_markdown(v) for v in cluster.shared_values))
    return "Why grouped: " + "; ".join(parts) + "."


# Other wordings of one value shown at most, beside the first.
MAX_OTHER_WORDINGS = 3


def _agreed(value: AgreedValue, *, files: int) -> str:
    """ "April 10 in 3 of 4 files (“the 10th” in `b.txt:8`)": the value as its first claim
    words it, and each other wording once, where it is first found."""
    seen = {_wording(value.value)}
    others = []
    for mention in value.mentions:
        if _wording(mention.value) not in seen:
            seen.add(_wording(mention.value))
            others.append(f"\u201c{escape_markdown(mention.value)}\u201d in {_cite(mention.claim)}")
    text = f"{escape_markdown(value.value)} in {len(value.files)} of {files} files"
    return text + (f" ({', '.join(others[:MAX_OTHER_WORDINGS])})" if others else "")


def _wording(value: str) -> str:
    """ "First-ever" and "first ever" are one wording."""
    return " ".join(re.findall(r"\w+|[^\w\s]", value.lower().replace("-", " ")))


def _support(cluster: Cluster) -> str:
    files = len(cluster.files)
    independent = cluster.independent_sources
    sources = f"{independent} independent source{'s' if independent != 1 else ''}"
    if cluster.status is Status.CONTRADICTED:
        return f"**Contradicted** across {files} files ({sources})."
    if independent == 1:
        return f"**Repeated in {files} files, from 1 independent source: not an independent confirmation.**"
    return f"**Corroborated by {sources} ({files} files).**"


def _upstreams(result: Result) -> dict[int, str]:
    """The one upstream source of each fact (by ``id``) that traces back to one: the summary
    counts them and each fact's section names its own, so each is found once."""
    stories, sites = wire_stories(result.wire_copies), sites_of(result.sources)
    return {id(cluster): upstream for cluster in result.clusters
            if (upstream := single_upstream(cluster.claims, independent=cluster.independent_sources,
                                            stories=stories, sites=sites)) is not None}


def _upstream_flag(cluster: Cluster, upstream: str | None) -> list[str]:
    if upstream is None:
        return []
    files = len(cluster.files)
    every = "both files" if files == 2 else f"all {files} files"
    return [f"> \u26a0 **One upstream:** {every} trace back to {escape_markdown(upstream)}; "
            f"this is one confirmation, not {files}.", ""]


# --- summary ---------------------------------------------------------------------------

def _counts(result: Result) -> Counter[Status]:
    return Counter(cluster.status for cluster in result.clusters)


def _summary_table(result: Result) -> str:
    counts = _counts(result)
    # A claim that states two facts is counted once, under the graver status.
    claims_per = Counter(result.status_of(claim) for claim in result.claims)
    # Facts in several files that trace back to one upstream are repeated, not confirmed.
    independent: Counter[Status] = Counter()
    for cluster in result.clusters:
        independent[cluster.status] += cluster.independent_sources >= 2
    rows = [[status.value, counts[status], claims_per[status], independent[status]]
            for status in STATUS_ORDER]
    rows.append(["total", len(result.clusters), len(result.claims), independent.total()])
    return tabulate(rows, headers=["status", "groups", "claims", "with 2+ independent sources"],
                    tablefmt="github")


def _per_source_table(result: Result) -> str:
    rows = []
    for source in result.sources:
        claims = result.claims_of(source.path)
        total = len(claims)
        statuses = Counter(result.status_of(claim) for claim in claims)
        kinds = Counter(claim.attribution.kind for claim in claims)
        hedged = sum(claim.certainty is Certainty.HEDGED for claim in claims)
        singles = _share(statuses[Status.SINGLE_SOURCE], total)
        if statuses[Status.SINGLE_SOURCE]:
            # The anchor GitHub derives from the heading's text, which is the path itself.
            singles = _link(singles, source.path)
        rows.append([
            _code(source.path, in_table=True), total, statuses[Status.CORROBORATED],
            statuses[Status.CONTRADICTED],
            singles, _share(kinds[AttributionKind.NONE], total),
            _share(kinds[AttributionKind.ANONYMOUS], total), _share(hedged, total),
        ])
    headers = ["file", "claims", "corroborated", "contradicted", "single-source", "unattributed",
               "anonymous", "hedged"]
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


_SECTIONS = ("Contradictions", "Coverage matrix", "Corroborated facts", "Needs a second source", "Files")


def _summary(result: Result, upstreams: dict[int, str]) -> list[str]:
    lines = ["## Summary", "", _summary_table(result), ""]
    flagged = len(upstreams)
    if flagged:
        groups = "1 fact found in several files rests" if flagged == 1 else \
            f"{flagged} facts found in several files rest"
        lines += [f"\u26a0 {groups} on one upstream source (the same quoted or copied text, the same "
                  "named source, one wire story or one outlet): flagged below.", ""]
    lines += _wire_story_lines(result)
    lines += _one_site(result)
    lines += ["Per file: shares of its claims found in no other file (single-source), asserted by the "
              "article itself (unattributed), credited to unnamed sources (anonymous) and hedged.", "",
              _per_source_table(result), "",
              "Sections: " + " \u00b7 ".join(_link(title, title) for title in _SECTIONS), ""]
    return lines


def _wire_story_lines(result: Result) -> list[str]:
    """One line per wire story, however many files carry it, the most copied first."""
    by_story: dict[str, list[WireCopy]] = {}
    story_of = wire_stories(result.wire_copies)
    for copy in result.wire_copies:
        by_story.setdefault(story_of[copy.first], []).append(copy)
    lines = []
    for copies in by_story.values():
        files = sorted({path for copy in copies for path in (copy.first, copy.second)}, key=path_order)
        counts = sorted(copy.sentences for copy in copies)
        if len(files) == 2:
            shared = f"share {counts[0]} copied or lightly edited sentences"
        else:
            low, high = counts[0], counts[-1]
            span = f"{low}" if low == high else f"{low} to {high}"
            shared = f"share copied or lightly edited sentences ({span} between two of them)"
        named = ", ".join(map(_code, files[:-1])) + f" and {_code(files[-1])}"
        lines += [f"\u26a0 Likely one wire story: {named} {shared}; they count as one source for the facts "
                  "they share.", ""]
    return lines


def _one_site(result: Result) -> list[str]:
    """Files taken from one web site: one outlet's reporting, counted as one source."""
    by_site: dict[str, list[str]] = {}
    for path, site in sites_of(result.sources).items():
        if site:
            by_site.setdefault(site, []).append(path)
    lines = []
    for site, paths in by_site.items():
        if len(paths) > 1:
            files = ", ".join(_code(path) for path in paths)
            lines += [f"\u26a0 One outlet: {files} come from {_code(site)}; they count as one source.", ""]
    return lines


# --- contradictions --------------------------------------------------------------------

def _conflict_row(conflict: Conflict) -> list[str]:
    return [
        conflict.kind.value,
        f"**{escape_markdown(conflict.value_a)}** in {_cite(conflict.a, in_table=True)}",
        f"**{escape_markdown(conflict.value_b)}** in {_cite(conflict.b, in_table=True)}",
    ]


def _group_section(result: Result, cluster: Cluster, upstreams: dict[int, str]) -> list[str]:
    lines = [f"### {_fact_heading(cluster)}", "", _support(cluster) + " " + _why(cluster), ""]
    lines += _upstream_flag(cluster, upstreams.get(id(cluster)))
    if cluster.conflicts:
        rows = [_conflict_row(conflict) for conflict in cluster.conflicts]
        lines += [tabulate(rows, headers=["conflict", "one file says", "another says"],
                           tablefmt="github", disable_numparse=True), ""]
    lines += [f"- {_quote(claim)}{_also_states(result, claim, cluster)}" for claim in cluster.claims]
    lines.append("")
    return lines


def _also_states(result: Result, claim: Claim, cluster: Cluster) -> str:
    """Links to the other facts a claim states, if it states several."""
    others = [_fact_heading(fact) for fact in result.facts_of(claim) if fact is not cluster]
    return f" (also states {', '.join(_link(heading, heading) for heading in others)})" if others else ""


def _status_section(result: Result, status: Status, title: str, empty: str,
                    upstreams: dict[int, str]) -> list[str]:
    clusters = [cluster for cluster in result.clusters if cluster.status is status]
    lines = [f"## {title}", ""]
    if not clusters:
        return lines + [empty, ""]
    for cluster in clusters:
        lines += _group_section(result, cluster, upstreams)
    return lines


# --- coverage matrix -------------------------------------------------------------------

STATES, CONTRADICTS = "\u2713", "\u2717"
# Longer file names are numbered F1, F2... so that the matrix stays narrow.
MAX_LABEL = 12
MATRIX_MAX_FILES = 40
# A row names its fact by the start of its shortest claim: a list of shared words does not
# say what the fact is, and a whole sentence would push the marks off the screen.
MAX_EXCERPT = 70


def _excerpt(cluster: Cluster) -> str:
    """The group's shortest claim among those that say most of what its claims share (not a
    short claim that joined on a side clause)."""
    shared = [term.lower() for term in cluster.shared_terms]

    def says(claim: Claim) -> int:
        lowered = claim.text.lower()
        return sum(term in lowered for term in shared)

    label = min(cluster.claims, key=lambda claim: (-says(claim), len(claim.text), claim.location))
    text = " ".join(label.text.split())
    if len(text) <= MAX_EXCERPT:
        return escape_markdown(text)
    cut = text.rfind(" ", 0, MAX_EXCERPT)
    return escape_markdown(text[:cut if cut > 0 else MAX_EXCERPT].rstrip(",;:")) + "\u2026"


def _column_labels(result: Result) -> list[str]:
    """Short, unique column names: file names without folder and extension when they allow."""
    stems = [PurePosixPath(source.path).stem for source in result.sources]
    if len(set(stems)) == len(stems) and all(len(stem) <= MAX_LABEL for stem in stems):
        return [_code(stem, in_table=True) for stem in stems]
    return [f"F{number}" for number in range(1, len(stems) + 1)]


def _dissenting_files(cluster: Cluster) -> set[str]:
    """Files whose value is not the majority's for some conflict (all sides on a tie)."""
    dissent: set[str] = set()
    for kind in {conflict.kind for conflict in cluster.conflicts}:
        held: dict[str, set[str]] = {}
        for conflict in cluster.conflicts:
            if conflict.kind is kind:
                held.setdefault(conflict.value_a, set()).add(conflict.a.source)
                held.setdefault(conflict.value_b, set()).add(conflict.b.source)
        sizes = sorted((len(files) for files in held.values()), reverse=True)
        tie = len(sizes) > 1 and sizes[0] == sizes[1]
        for files in held.values():
            if tie or len(files) < sizes[0]:
                dissent |= files
    return dissent


def _coverage_matrix(result: Result) -> list[str]:
    shared = [c for c in result.clusters if len(c.files) >= 2]
    lines = ["## Coverage matrix", ""]
    if not shared:
        return lines + ["No fact was found in two or more files.", ""]
    if len(result.sources) > MATRIX_MAX_FILES:
        # A column per file: past a few dozen files the table is unreadable and its size
        # (facts x files) would dominate the report.
        return lines + [f"Not drawn for {len(result.sources)} files (more than {MATRIX_MAX_FILES}): "
                        "each fact below lists its files.", ""]
    labels = _column_labels(result)
    lines += [f"One row per fact found in two or more files: {STATES} states it, {CONTRADICTS} states "
              "a value that conflicts with the other files (the minority one, or both sides of a tie), "
              "empty: not found in that file.", ""]
    rows = []
    for cluster in shared:
        dissent = _dissenting_files(cluster)
        files = set(cluster.files)
        cells = [CONTRADICTS if source.path in dissent else STATES if source.path in files
                 else "" for source in result.sources]
        rows.append([f"{_link(cluster.id, _fact_heading(cluster))} {_excerpt(cluster)}", *cells])
    lines += [tabulate(rows, headers=["fact", *labels], tablefmt="github", disable_numparse=True), ""]
    if labels[0].startswith("F"):
        lines += [f"- {label}: {_code(source.path)}" for label, source in zip(labels, result.sources,
                                                                        strict=True)]
        lines.append("")
    return lines


# --- single-source checklist -----------------------------------------------------------

def _checklist(result: Result) -> list[str]:
    singles = [c for c in result.clusters if c.status is Status.SINGLE_SOURCE]
    lines = ["## Needs a second source", ""]
    if not singles:
        return lines + ["None: every claim was found in another file.", ""]
    lines += [f"{sum(len(c.claims) for c in singles)} claims found in one file only, by file; "
              "\u26a0 marks hedged claims and claims credited to unnamed sources.", ""]
    if any(cluster.partial_matches for cluster in singles):
        lines += ["\"Close\" names a claim of another file judged to state the same fact, which was "
                  "grouped with claims this one does not match: a second source to check by hand.", ""]
    fact_of = _fact_of_claims(result)
    by_source: dict[str, list[Cluster]] = {}
    for cluster in singles:
        by_source.setdefault(cluster.claims[0].source, []).append(cluster)
    for source in result.sources:
        mine = sorted(by_source.get(source.path, ()), key=lambda c: c.claims[0].start)
        if not mine:
            continue
        lines += [f"### {_file_heading(source.path)}", ""]
        for cluster in mine:
            first, *repeats = cluster.claims
            lines.append(f"- [ ] {_quote(first, warn=True)}")
            lines += [f"  - same fact again: {_quote(claim, warn=True)}" for claim in repeats]
            lines += [_close_line(match, fact_of[match.claim.key]) for match in cluster.partial_matches]
        lines.append("")
    return lines


def _close_line(match: Match, fact: Cluster) -> str:
    """A partial match, cited and linked to its fact, where its text is quoted."""
    heading = _fact_heading(fact)
    return f"  - close: {_cite(match.claim)} in {_link(heading, heading)} (score {match.score:.2f})"


def _fact_of_claims(result: Result) -> dict[tuple[str, int], Cluster]:
    """Each claim's first fact in report order (a claim may state several)."""
    return {claim.key: result.facts_of(claim)[0] for claim in result.claims}


def _files_table(result: Result) -> list[str]:
    rows = [
        [_code(source.path, in_table=True), f"`{source.sha256[:16]}`", len(result.claims_of(source.path)),
         ", ".join(_code(d, in_table=True) for d in source.duplicates) or "-"]
        for source in result.sources
    ]
    # The alignment of each column given, so that tabulate need not test every cell of a
    # thousand-file table for a number.
    table = tabulate(rows, headers=["file", "sha256 (first 16)", "claims", "identical copies"],
                     tablefmt="github", disable_numparse=True, colalign=("left", "left", "right", "left"))
    return ["## Files", "", table, ""]


def _months(result: Result) -> dict[str, tuple[int, int]]:
    return {source.path: month for source in result.sources if (month := publication_month(source.text))}


def _notes(result: Result) -> list[str]:
    """Copies counted once, files dated apart from the others, and why nothing could be
    compared."""
    lines = [f"> Note: {_code(copy)} has the same text as {_code(source.path)}; counted as one source."
             for source in result.sources for copy in source.duplicates]
    lines += [f"> Note: {_code(apart.path)} is dated {apart.month}, {apart.months} months from the other "
              f"dated files ({apart.others}): it may tell of another event."
              for apart in dated_apart(_months(result))]
    with_claims = len({claim.source for claim in result.claims})
    if len(result.sources) < 2:
        lines.append("> Note: only one source was given, so nothing could be compared; every claim "
                     "is single-source.")
    elif with_claims < 2:
        which = "no file has claims" if not with_claims else "only one file has claims"
        lines.append(f"> Note: {which}, so nothing could be compared; every claim is single-source.")
    return [line for note in lines for line in (note, "")]


# An absolute folder this deep or deeper that holds every file is named once, not on every
# line ("/home/desk/story/" rather than "/home/").
MIN_FOLDER_DEPTH = 2


def _within_common_folder(result: Result) -> tuple[Result, str | None]:
    """The result with its files named relative to the absolute folder that holds them all,
    and that folder; unchanged when the names are relative or share no such folder."""
    paths = [source.path for source in result.sources]
    if len(paths) < 2 or not all(path.startswith("/") for path in paths):
        return result, None
    # The longest common start of the names, cut back to a folder: min() and max() bound it.
    common = posixpath.commonprefix([min(paths), max(paths)])
    folder = common[:common.rfind("/")]
    if folder.count("/") < MIN_FOLDER_DEPTH:
        return result, None
    prefix = folder + "/"

    def short(path: str) -> str:
        return path.removeprefix(prefix)

    def renamed(claim: Claim) -> Claim:
        # The constructor, not dataclasses.replace(): a report has many thousand claims.
        return Claim(short(claim.source), claim.line, claim.start, claim.end, claim.text, claim.attribution,
                     claim.certainty)

    claims = {id(claim): renamed(claim) for claim in result.claims}

    def moved(claim: Claim) -> Claim:
        return claims.get(id(claim)) or renamed(claim)

    clusters = tuple(
        Cluster(cluster.id, cluster.status, tuple(map(moved, cluster.claims)), cluster.score,
                cluster.shared_terms, cluster.shared_values,
                tuple(Conflict(c.kind, moved(c.a), c.value_a, moved(c.b), c.value_b)
                      for c in cluster.conflicts),
                cluster.independent_sources,
                tuple(Match(moved(match.claim), match.score) for match in cluster.partial_matches),
                tuple(AgreedValue(tuple(ValueMention(moved(m.claim), m.value) for m in value.mentions))
                      for value in cluster.agreed_values))
        for cluster in result.clusters)
    sources = tuple(replace(source, path=short(source.path), duplicates=tuple(map(short, source.duplicates)))
                    for source in result.sources)
    return Result(
        sources=sources,
        claims=tuple(claims[id(claim)] for claim in result.claims),
        clusters=clusters,
        wire_copies=tuple(replace(copy, first=short(copy.first), second=short(copy.second))
                          for copy in result.wire_copies),
    ), prefix


def render_markdown(result: Result) -> str:
    """The editor's report: summary, contradictions, coverage, corroborated facts, checklist."""
    result, folder = _within_common_folder(result)
    lines = [
        "# Provenance report",
        "",
        f"Compared {len(result.sources)} files, {len(result.claims)} claims, "
        f"{len(result.clusters)} facts.",
        "",
    ]
    if folder:
        lines += [f"Files are named relative to {_code(folder)}.", ""]
    lines += _notes(result)
    upstreams = _upstreams(result)
    lines += _summary(result, upstreams)
    lines += _status_section(result, Status.CONTRADICTED, "Contradictions",
                             "None: no two files state incompatible values of one fact.", upstreams)
    lines += _coverage_matrix(result)
    lines += _status_section(result, Status.CORROBORATED, "Corroborated facts",
                             "None: no fact was found in two or more files.", upstreams)
    lines += _checklist(result)
    lines += _files_table(result)
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


def agreed_json(value: AgreedValue) -> dict:
    return {"value": value.value, "files": len(value.files),
            "mentions": [{"source": m.claim.source, "line": m.claim.line, "value": m.value}
                         for m in value.mentions]}


def match_json(match: Match, fact_of: dict[tuple[str, int], Cluster]) -> dict:
    return {"source": match.claim.source, "line": match.claim.line, "start": match.claim.start,
            "score": match.score, "cluster": fact_of[match.claim.key].id}


def _month_label(text: str) -> str | None:
    month = publication_month(text)
    return f"{month[0]:04d}-{month[1]:02d}" if month else None


def result_json(result: Result) -> dict:
    counts = _counts(result)
    fact_of = _fact_of_claims(result)
    return {
        "version": JSON_VERSION,
        "sources": [
            {"path": s.path, "sha256": s.sha256, "claims": len(result.claims_of(s.path)),
             "duplicates": list(s.duplicates), "site": site_of(s.text), "date": _month_label(s.text)}
            for s in result.sources
        ],
        "summary": {status.value: counts[status] for status in Status},
        "wire_copies": [{"a": copy.first, "b": copy.second, "sentences": copy.sentences}
                        for copy in result.wire_copies],
        "clusters": [
            {
                "id": cluster.id,
                "status": cluster.status.value,
                "score": cluster.score,
                "files": list(cluster.files),
                "independent_sources": cluster.independent_sources,
                "shared_terms": list(cluster.shared_terms),
                "shared_values": list(cluster.shared_values),
                "agreed_values": [agreed_json(value) for value in cluster.agreed_values],
                "conflicts": [conflict_json(conflict) for conflict in cluster.conflicts],
                "partial_matches": [match_json(match, fact_of) for match in cluster.partial_matches],
                "claims": [claim_json(claim) for claim in cluster.claims],
            }
            for cluster in result.clusters
        ],
    }


def render_json(result: Result) -> str:
    return jsontext.dumps(result_json(result)) + "\n"
