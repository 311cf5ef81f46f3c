"""Typed, immutable records passed between the pipeline stages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, lru_cache

_DIGITS = re.compile(r"\d+")
_NUMBER_WIDTH = 20


@lru_cache(maxsize=1 << 16)  # a report sorts the same few file names over and over
def path_order(path: str) -> tuple[str, str]:
    """Sort key of a file name, its numbers read as numbers: "story_2.txt" before
    "story_10.txt", as an editor lists them. Numbers are padded with zeros, so that the rest
    sorts as text ("copy.txt" before "copy16.txt"); the whole name breaks ties ("01" / "1")."""
    return _DIGITS.sub(lambda number: number.group().zfill(_NUMBER_WIDTH), path), path


class Status(StrEnum):
    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single-source"
    CONTRADICTED = "contradicted"


# Gravest first: a claim in several facts takes the gravest status, and reports list them so.
STATUS_ORDER = (Status.CONTRADICTED, Status.CORROBORATED, Status.SINGLE_SOURCE)


class ConflictKind(StrEnum):
    DATE = "date"
    NUMBER = "number"
    NEGATION = "negation"
    ORDINAL = "ordinal"
    NAME = "name"
    DIRECTION = "direction"


class Certainty(StrEnum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    QUOTED = "quoted"


class AttributionKind(StrEnum):
    NAMED = "named"
    ANONYMOUS = "anonymous"
    NONE = "none"


@dataclass(frozen=True)
class Source:
    """One input file, decoded and with line endings normalised to ``\\n``."""

    path: str
    text: str
    sha256: str
    duplicates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    kind: AttributionKind = AttributionKind.NONE
    source: str | None = None
    # The outlet a statement was given to ("told Reuters"): an upstream shared by copies.
    via: str | None = None


@dataclass(frozen=True)
class Claim:
    """A sentence that asserts something, with its exact location in its source."""

    source: str
    line: int
    start: int
    end: int
    text: str
    attribution: Attribution = field(default_factory=Attribution)
    certainty: Certainty = Certainty.ASSERTED

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def key(self) -> tuple[str, int]:
        return (self.source, self.start)


@dataclass(frozen=True)
class Conflict:
    """Two claims of one fact that state incompatible values."""

    kind: ConflictKind
    a: Claim
    value_a: str
    b: Claim
    value_b: str


@dataclass(frozen=True)
class Match:
    """A claim of another file judged to state the same fact as a single-source claim, but
    grouped with claims that the single-source claim does not match (a group holds only
    claims that all match one another): a second source for an editor to check."""

    claim: Claim
    score: float


@dataclass(frozen=True)
class ValueMention:
    """One claim's wording of a value that claims of other files give alike."""

    claim: Claim
    value: str  # as the claim writes it: "two percent", "the 10th"


@dataclass(frozen=True)
class AgreedValue:
    """A date, figure or rank that claims of two or more files of a group give alike, each
    in its own words ("April 10" / "the 10th"; "2%" / "two percent"), one mention a claim."""

    mentions: tuple[ValueMention, ...]

    @property
    def value(self) -> str:
        return self.mentions[0].value

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(sorted({mention.claim.source for mention in self.mentions}, key=path_order))


@dataclass(frozen=True)
class Cluster:
    """Claims that state the same fact, and why they were grouped."""

    id: str
    status: Status
    claims: tuple[Claim, ...]
    score: float
    shared_terms: tuple[str, ...] = ()
    shared_values: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    independent_sources: int = 1
    partial_matches: tuple[Match, ...] = ()  # single-source groups only, best first
    agreed_values: tuple[AgreedValue, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(sorted({claim.source for claim in self.claims}, key=path_order))


@dataclass(frozen=True)
class WireCopy:
    """Two files that share several near-verbatim sentences: one wire story, twice."""

    first: str
    second: str
    sentences: int


@dataclass(frozen=True)
class Result:
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    # Most shared first; their files count as one source for the facts they share.
    wire_copies: tuple[WireCopy, ...] = ()

    def claims_of(self, path: str) -> tuple[Claim, ...]:
        return self._claims_by_source.get(path, ())

    def facts_of(self, claim: Claim) -> tuple[Cluster, ...]:
        """The groups that hold ``claim``, in report order: one, or several when the
        claim states several facts."""
        return self._facts_by_claim.get(claim.key, ())

    def status_of(self, claim: Claim) -> Status:
        """A claim's status: the gravest of its facts' (contradicted, then corroborated)."""
        return min((fact.status for fact in self.facts_of(claim)), key=STATUS_ORDER.index,
                   default=Status.SINGLE_SOURCE)

    @cached_property
    def _facts_by_claim(self) -> dict[tuple[str, int], tuple[Cluster, ...]]:
        facts: dict[tuple[str, int], list[Cluster]] = {}
        for cluster in self.clusters:
            for claim in cluster.claims:
                facts.setdefault(claim.key, []).append(cluster)
        return {key: tuple(found) for key, found in facts.items()}

    @cached_property
    def _claims_by_source(self) -> dict[str, tuple[Claim, ...]]:
        # Reports ask for every file's claims: one pass, not one per file.
        by_source: dict[str, list[Claim]] = {}
        for claim in self.claims:
            by_source.setdefault(claim.source, []).append(claim)
        return {source: tuple(claims) for source, claims in by_source.items()}
