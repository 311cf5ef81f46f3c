"""A claim worded apart from others that states their fact with another value: a conflict.

Claims worded apart score too low to be one fact in conflict on the strength of their words
alone; value_conflict() asks whether they would be one fact were the value to agree, and
join_value_conflicts() adds a lone claim to a group whose files agree on the value."""

from __future__ import annotations

import pytest

from factcheck.align import Alignment, join_value_conflicts, value_conflict
from factcheck.models import ConflictKind

from .conftest import analyse_articles, features_of

AGREED = ["Roughly 12,000 litres of toluene escaped from the storage tank at the plant.",
          "About 12,000 litres of toluene leaked from the storage tank at the plant."]


@pytest.mark.parametrize(("a", "b", "kind"), [
    (AGREED[0], "Some 15,000 litres of toluene spilled from the storage tank at the plant into the river.",
     ConflictKind.NUMBER),
    ("The ruptured tank last passed a regional safety inspection in 2021, company records show.",
     "The tank that failed at the plant last passed its regional safety inspection in 2018.", ConflictKind.DATE),
])
def test_one_fact_but_for_the_value(a, b, kind):
    found = value_conflict(*features_of(a, b))
    assert found is not None and found.difference is not None and found.difference.kind is kind


@pytest.mark.parametrize(("a", "b"), [
    # far apart: a figure of another thing
    (AGREED[0], "Some 60,000 litres of toluene spilled from the storage tank at the plant into the river."),
    # the same value: no conflict at all
    (AGREED[0], AGREED[1]),
    # two figures of one kind in a claim: which is the fact's is not known
    (AGREED[0], "Some 15,000 litres of toluene and 400 litres of diesel spilled from the storage tank."),
    # years far apart: two events
    ("The tank last passed a regional safety inspection in 2021.",
     "The tank at the plant last passed its regional safety inspection in 2009."),
])
def test_not_one_fact_with_another_value(a, b):
    assert value_conflict(*features_of(a, b)) is None


def test_a_lone_claim_with_another_value_joins_the_files_that_agree():
    features = features_of(*AGREED, "Some 15,000 litres of toluene spilled from the storage tank at the plant.",
                         "Firefighters pumped 15,000 litres of foam onto the burning warehouse.")
    groups = [[0, 1], [2], [3]]
    joined, judgements = join_value_conflicts(groups, features, ["a.txt", "b.txt", "c.txt", "d.txt"],
                                              Alignment(groups=groups, judgements={}))
    assert joined == [[0, 1, 2], [3]]
    assert {key: (j.difference.value_a, j.difference.value_b) for key, j in judgements.items()} == {
        (0, 2): ("Roughly 12,000 litres", "Some 15,000 litres"),
        (1, 2): ("About 12,000 litres", "Some 15,000 litres")}


def test_a_file_already_in_the_group_does_not_join_it_again():
    features = features_of(*AGREED, "Some 15,000 litres of toluene spilled from the storage tank at the plant.")
    groups = [[0, 1], [2]]
    joined, judgements = join_value_conflicts(groups, features, ["a.txt", "b.txt", "b.txt"],
                                              Alignment(groups=groups, judgements={}))
    assert joined == groups and judgements == {}


def test_claims_of_the_group_that_give_no_value_must_state_the_same_fact():
    features = features_of(*AGREED, "Toluene leaked from the storage tank at the plant.",
                         "Some 15,000 litres of toluene spilled from the storage tank at the plant.")
    groups = [[0, 1, 2], [3]]
    joined, judgements = join_value_conflicts(groups, features, ["a.txt", "b.txt", "c.txt", "d.txt"],
                                              Alignment(groups=groups, judgements={}))
    assert joined == [[0, 1, 2, 3]]
    assert judgements[(2, 3)].difference is None and judgements[(0, 3)].difference is not None
    # a claim of the group that gives two figures: which is the fact's is not known
    features[2] = features_of("About 12,000 litres of toluene and 300 litres of diesel leaked from the tank.")[0]
    assert join_value_conflicts(groups, features, ["a.txt", "b.txt", "c.txt", "d.txt"],
                                Alignment(groups=groups, judgements={}))[0] == groups


def test_a_file_that_gives_both_values_tells_two_facts(tmp_path):
    # The second file dates one announcement October 14 and another October 20: two events
    # it tells apart, not one fact it contradicts itself on.
    result = analyse_articles(tmp_path, {
        "a.txt": "Last Friday (14 October 2011), Marlink announced that it had restored services to its "
                 "business customers via alternate routes.\n",
        "b.txt": "Cable operator Marlink announced today (20 October 2011) that it had restored services "
                 "to all its customers via alternate routes.\n\n"
                 "Last week Friday (14 October 2011), Marlink announced that it had restored services to "
                 "its business customers via alternate routes.\n",
    })
    assert not any(cluster.conflicts for cluster in result.clusters)
    assert sorted(len(cluster.claims) for cluster in result.clusters) == [1, 2]
