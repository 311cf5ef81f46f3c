"""Values the claims of a group give alike, each in its own words: what the report shows
beside the shared terms, so an editor sees that "the 10th" is April 10."""

from __future__ import annotations

import pytest

from factcheck.classify import agreed_values
from factcheck.models import Claim
from factcheck.normalise import AliasTable, Context, featurize


def _agreed(*texts: tuple[str, str], month: tuple[int, int] | None = None) -> list[list[tuple[str, str]]]:
    """(file, sentence) pairs -> for each agreed value, its (file, wording) mentions."""
    claims = [Claim(source=f, line=n + 1, start=0, end=len(t), text=t) for n, (f, t) in enumerate(texts)]
    context = (lambda: Context(year=month[0], month=month[1])) if month else Context
    features = [featurize(t, aliases=AliasTable(), context=context()) for _, t in texts]
    return [[(m.claim.source, m.value) for m in value.mentions] for value in agreed_values(claims, features)]


AGREED = [
    # dates first, whichever claim gives what first
    ([("a.txt", "The plant laid off 500 workers."), ("b.txt", "500 workers lost their jobs on April 10, 2024."),
      ("c.txt", "The plant laid off its workers on April 10, 2024.")],
     [[("b.txt", "April 10, 2024"), ("c.txt", "April 10, 2024")], [("a.txt", "500"), ("b.txt", "500")]]),
    # a date written three ways
    ([("a.txt", "The bridge reopens on April 10."), ("b.txt", "The bridge reopens on 10 April 2024."),
      ("c.txt", "Traffic returns to the bridge on the 10th.")],
     [[("a.txt", "April 10"), ("b.txt", "10 April 2024"), ("c.txt", "the 10th")]]),
    # a share in digits and in words; a year (dates come first)
    ([("a.txt", "Spending will rise to 2% of GDP by 2027."),
      ("b.txt", "The aim is two percent of GDP by 2027.")],
     [[("a.txt", "2027"), ("b.txt", "2027")], [("a.txt", "2%"), ("b.txt", "two percent")]]),
    # an approximate figure agrees with the exact one it allows
    ([("a.txt", "Damage was estimated at $1 million."), ("b.txt", "The fire caused more than $1 million in damage.")],
     [[("a.txt", "$1 million"), ("b.txt", "more than $1 million")]]),
    # of a claim's values that agree, the nearest
    ([("a.txt", "143 people fell ill after the fair."),
      ("b.txt", "More than 20 people are in hospital and more than 140 people fell ill after the fair.")],
     [[("a.txt", "143"), ("b.txt", "more than 140")]]),
    # ranks worded apart
    ([("a.txt", "It was the first-ever trilateral summit."), ("b.txt", "It was their inaugural three-way summit.")],
     [[("a.txt", "first-ever"), ("b.txt", "inaugural")]]),
    # a year something has lasted since, and the span it makes
    ([("a.txt", "It is the worst flood since 1960."), ("b.txt", "It is the worst flood in over six decades.")],
     [[("a.txt", "1960"), ("b.txt", "over six decades")], [("a.txt", "worst"), ("b.txt", "worst")]]),
]

NOT_AGREED = [
    # values that differ are a conflict, not common ground
    [("a.txt", "The bridge reopens on April 10."), ("b.txt", "The bridge reopens on April 11.")],
    # one number, two counted things
    [("a.txt", "Three people died in the crash."), ("b.txt", "Three cars were damaged in the crash.")],
    # one file saying it twice is no agreement
    [("a.txt", "The bridge reopens on April 10."), ("a.txt", "Traffic returns on April 10.")],
    # a span in days is not the years since a year
    [("a.txt", "Rain has fallen since 1960 in the valley."), ("b.txt", "Rain has fallen for over ten days in the valley.")],
    # a weekday alone dates nothing on the calendar
    [("a.txt", "The bridge reopened on Monday."), ("b.txt", "Traffic returned on Monday.")],
    # a bound far below a figure allows it but does not give it
    [("a.txt", "143 people fell ill after the fair."), ("b.txt", "More than 20 people fell ill after the fair.")],
]


@pytest.mark.parametrize(("texts", "expected"), AGREED)
def test_values_worded_apart_are_given_alike(texts, expected):
    assert _agreed(*texts, month=(2024, 4)) == expected


@pytest.mark.parametrize("texts", NOT_AGREED)
def test_values_not_given_alike(texts):
    assert _agreed(*texts) == []
