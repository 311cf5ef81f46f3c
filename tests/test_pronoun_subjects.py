"""A claim whose subject is a pronoun ("He was sentenced to 12 years") speaks of the names
before it in its article: a value it gives apart from a claim that names someone else is no
contradiction, but one it gives apart from a claim naming the same person is."""

from __future__ import annotations

from factcheck.models import ConflictKind, Status
from factcheck.normalise import with_antecedents

from .conftest import analyse_articles, features_of


def test_a_pronoun_stands_for_the_names_of_the_claim_before():
    features = with_antecedents(features_of(
        "The mob boss Vincent Gigante was convicted in 1997.", "He was sentenced to 12 years.",
        "He died in prison.", "Prosecutors praised the verdict."), ["a", "a", "a", "a"])
    # ... and so does a run of claims that say "he".
    assert [sorted(feature.antecedent) for feature in features] == [[], ["gigant", "vincent"],
                                                                     ["gigant", "vincent"], []]


def test_a_pronoun_has_no_names_from_another_article_or_from_far_back():
    texts = ["The mob boss Vincent Gigante was convicted in 1997.", "He was sentenced to 12 years."]
    assert with_antecedents(features_of(*texts), ["a", "b"])[1].antecedent == frozenset()
    far = ["The mob boss Vincent Gigante was convicted in 1997.", "The trial lasted a month.", "The jury was out a day.",
           "Reporters waited outside.", "The judge thanked the jury.", "He was sentenced to 12 years."]
    assert with_antecedents(features_of(*far), ["a"] * len(far))[-1].antecedent == frozenset()


def test_a_pronoun_for_the_person_the_other_claim_names_can_contradict_it(tmp_path):
    result = analyse_articles(tmp_path, {
        "a.txt": "Fred Roe, a former White House aide, died on Saturday.\n\n"
                 "He served five months in federal prison for conspiracy.",
        "b.txt": "Fred Roe served four months in federal prison for conspiracy.",
    })
    conflicts = [conflict for cluster in result.clusters for conflict in cluster.conflicts]
    assert [(c.kind, c.value_a, c.value_b) for c in conflicts] == [(ConflictKind.NUMBER, "five months", "four months")]


def test_a_pronoun_for_someone_else_does_not(tmp_path):
    result = analyse_articles(tmp_path, {
        "a.txt": "Vincent Gigante won a string of victories over prosecutors until 1997.\n\n"
                 "He was sentenced to 12 years in prison.",
        "b.txt": "Vito Genovese ran his organization from behind bars while serving a 15-year sentence.",
    })
    assert all(cluster.status is not Status.CONTRADICTED for cluster in result.clusters)
