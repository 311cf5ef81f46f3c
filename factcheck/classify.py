"""Stage 5: compare the values two claims state, and give each group its status.

Values are compared only where the wording lets them be compared: dates on the calendar
fields both give, numbers of the same unit or counted thing as the intervals their
qualifiers allow, ordinals of the same thing, polarity, and holders of the same role.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from itertools import combinations

from .models import Claim, Cluster, Conflict, ConflictKind, Status
from .normalise import DateRef, Features, Quantity


@dataclass(frozen=True)
class Difference:
    """One value two claims give incompatibly."""

    kind: ConflictKind
    value_a: str
    value_b: str


def describe_date(date: DateRef) -> str:
    if date.month and date.day and date.year:
        return f"{calendar.month_name[date.month]} {date.day}, {date.year}"
    if date.month and date.day:
        return f"{calendar.month_name[date.month]} {date.day}"
    if date.month and date.year:
        return f"{calendar.month_name[date.month]} {date.year}"
    if date.month:
        return calendar.month_name[date.month]
    if date.year:
        return str(date.year)
    if date.day:
        return f"day {date.day}"
    return date.text


def describe_quantity(quantity: Quantity) -> str:
    return quantity.text


def _unmatched(mine, theirs):
    """Values of ``mine`` that the other claim could compare but states incompatibly."""
    return [
        x for x in mine
        if any(x.comparable(y) for y in theirs) and not any(
            x.comparable(y) and x.compatible(y) for y in theirs)
    ]


def _date_difference(a: Features, b: Features) -> Difference | None:
    # Both claims must give a date the other lacks: a claim that only adds a date agrees.
    only_a, only_b = _unmatched(a.dates, b.dates), _unmatched(b.dates, a.dates)
    if not only_a or not only_b:
        return None
    return Difference(ConflictKind.DATE, describe_date(only_a[0]), describe_date(only_b[0]))


def _number_difference(a: Features, b: Features) -> Difference | None:
    only_a, only_b = _unmatched(a.quantities, b.quantities), _unmatched(b.quantities, a.quantities)
    if not only_a or not only_b:
        return None
    return Difference(ConflictKind.NUMBER, describe_quantity(only_a[0]), describe_quantity(only_b[0]))


def _ordinal_difference(a: Features, b: Features) -> Difference | None:
    pairs = [(x, y) for x in a.ordinals for y in b.ordinals if set(x.head) & set(y.head)]
    if not pairs or any(x.rank == y.rank for x, y in pairs):
        return None
    x, y = pairs[0]
    return Difference(ConflictKind.ORDINAL, x.text, y.text)


def _name_difference(a: Features, b: Features) -> Difference | None:
    for x in a.roles:
        for y in b.roles:
            same_role = x.title == y.title and (
                not x.role or not y.role or set(x.role) & set(y.role)
            )
            if not same_role or x.name == y.name or not x.name or not y.name:
                continue
            # Both people may be named in both claims ("Biden met Kishida"): no conflict.
            if x.name in b.terms or y.name in a.terms:
                continue
            return Difference(ConflictKind.NAME, x.text, y.text)
    return None


def entity_difference(a: Features, b: Features) -> Difference | None:
    """Names each claim gives that the other does not mention at all (Hawaii / Guam)."""
    only_a = sorted(a.entities - b.entities - b.terms)
    only_b = sorted(b.entities - a.entities - a.terms)
    if not only_a or not only_b:
        return None
    return Difference(ConflictKind.NAME, _names(a, only_a), _names(b, only_b))


def _names(features: Features, forms: list[str]) -> str:
    return ", ".join(features.label(form) for form in forms)


def _negation_difference(a: Features, b: Features) -> Difference | None:
    if a.negated == b.negated:
        return None
    return Difference(
        ConflictKind.NEGATION,
        "negative" if a.negated else "affirmative",
        "negative" if b.negated else "affirmative",
    )


_CHECKS = (_date_difference, _number_difference, _ordinal_difference, _name_difference,
           _negation_difference)


def differences(a: Features, b: Features) -> tuple[Difference, ...]:
    """Every kind of value on which the two claims disagree."""
    return tuple(found for check in _CHECKS if (found := check(a, b)) is not None)


def status_of(claims: tuple[Claim, ...], conflicts: tuple[Conflict, ...]) -> Status:
    if conflicts:
        return Status.CONTRADICTED
    if len({claim.source for claim in claims}) >= 2:
        return Status.CORROBORATED
    return Status.SINGLE_SOURCE


def conflicts_in(
    claims: tuple[Claim, ...], conflict_of: dict[tuple[int, int], Difference], index_of: dict[Claim, int]
) -> tuple[Conflict, ...]:
    found: list[Conflict] = []
    for a, b in combinations(claims, 2):
        if a.source == b.source:
            continue
        i, j = index_of[a], index_of[b]
        key = (min(i, j), max(i, j))
        difference = conflict_of.get(key)
        if difference is None:
            continue
        first, second = (a, b) if i < j else (b, a)
        found.append(Conflict(difference.kind, first, difference.value_a, second, difference.value_b))
    return tuple(found)


def order_clusters(clusters: list[Cluster]) -> list[Cluster]:
    rank = {Status.CONTRADICTED: 0, Status.CORROBORATED: 1, Status.SINGLE_SOURCE: 2}
    return sorted(
        clusters,
        key=lambda c: (rank[c.status], -len(c.files), c.claims[0].source, c.claims[0].start),
    )
