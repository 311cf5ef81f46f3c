"""A sentence that states two facts is in the group of each (align.second_facts)."""

from __future__ import annotations

import json

from factcheck.align import Judgement, second_facts
from factcheck.classify import Difference
from factcheck.models import ConflictKind, Status
from factcheck.render import render_json, render_markdown

from .conftest import analyse_articles, features_of

TWO_FACTS = "Thirty-seven passengers were taken to hospital, four of them with serious injuries."
ARTICLES = {
    "a.txt": TWO_FACTS,
    "b.txt": "Thirty-seven people were taken to hospital after the crash.",
    "c.txt": "Four people were seriously injured in the crash.",
    "d.txt": "Four of them were seriously injured, a spokeswoman said.",
}


def _result(tmp_path):
    return analyse_articles(tmp_path, ARTICLES)


def test_a_sentence_of_two_facts_backs_both(tmp_path):
    result = _result(tmp_path)
    groups = sorted(sorted(claim.source.rsplit("/", 1)[-1] for claim in cluster.claims)
                    for cluster in result.clusters)
    assert groups == [["a.txt", "b.txt"], ["a.txt", "c.txt", "d.txt"]]
    assert all(cluster.status is Status.CORROBORATED for cluster in result.clusters)


def test_the_report_counts_it_once_and_links_its_other_fact(tmp_path):
    result = _result(tmp_path)
    markdown = render_markdown(result)
    assert "| corroborated  |        2 |        4 |" in markdown
    assert "| total         |        2 |        4 |" in markdown
    for fact in result.clusters:
        assert f"(also states [Fact `{fact.id}`](#fact-{fact.id}))" in markdown
    assert markdown.count("(also states") == 2
    data = json.loads(render_json(result))
    assert [sum(claim["text"] == TWO_FACTS for claim in cluster["claims"]) for cluster in data["clusters"]] == [1, 1]


SAME = Judgement(True, 0.6, frozenset())
APART = Judgement(False, 0.1, frozenset())
FEATURES = features_of(TWO_FACTS, ARTICLES["b.txt"], ARTICLES["c.txt"], ARTICLES["d.txt"])
FILES = ["a", "b", "c", "d"]


def _judged(*same: tuple[int, int], apart: tuple[tuple[int, int], ...] = ()) -> dict:
    return {**{pair: SAME for pair in same}, **{pair: APART for pair in apart}}


def test_it_joins_a_group_of_several_files_it_matches_in_full():
    judged = _judged((0, 1), (0, 2), (0, 3), (2, 3), apart=((1, 2), (1, 3)))
    assert second_facts([[0, 1], [2, 3]], FEATURES, FILES, judged) == [[0, 1], [0, 2, 3]]


def test_not_a_group_one_of_whose_claims_it_does_not_match():
    judged = _judged((0, 1), (0, 2), (2, 3), apart=((0, 3), (1, 2), (1, 3)))
    assert second_facts([[0, 1], [2, 3]], FEATURES, FILES, judged) == [[0, 1], [2, 3]]


def test_not_a_group_of_one_file():
    judged = _judged((0, 1), (0, 2), apart=((1, 2),))
    assert second_facts([[0, 1], [2]], FEATURES, FILES, judged) == [[0, 1], [2]]


def test_not_a_group_that_holds_a_claim_of_its_file():
    files = ["a", "b", "c", "a"]
    judged = _judged((0, 1), (0, 2), (2, 3), apart=((1, 2), (1, 3)))
    assert second_facts([[0, 1], [2, 3]], FEATURES, files, judged) == [[0, 1], [2, 3]]


def test_not_where_a_value_conflicts():
    conflict = Judgement(True, 0.8, frozenset(), Difference(ConflictKind.NUMBER, "four", "five"))
    judged = {**_judged((0, 1), (0, 2), (2, 3), apart=((1, 2), (1, 3))), (0, 3): conflict}
    assert second_facts([[0, 1], [2, 3]], FEATURES, FILES, judged) == [[0, 1], [2, 3]]


def test_not_when_it_shares_the_same_words_with_both_groups():
    # Two groups of one fact, kept apart: the claim is not a second fact of either.
    features = features_of(ARTICLES["b.txt"], "Thirty-seven people were taken to hospital.",
                         "Thirty-seven passengers were taken to hospital on Tuesday.",
                         "Thirty-seven were taken to hospital, officials said.")
    judged = _judged((0, 1), (0, 2), (0, 3), (2, 3), apart=((1, 2), (1, 3)))
    assert second_facts([[0, 1], [2, 3]], features, FILES, judged) == [[0, 1], [2, 3]]


def test_a_claim_alone_in_its_file_moves():
    judged = _judged((0, 2), (0, 3), (2, 3))
    assert second_facts([[0], [1], [2, 3]], FEATURES, FILES, judged) == [[1], [0, 2, 3]]


def test_two_claims_that_would_join_each_other_s_group_make_one_pair_once():
    judged = _judged((0, 1), (0, 2), (0, 3), (1, 2), (2, 3), apart=((1, 3),))
    groups = second_facts([[0, 1], [2, 3]], FEATURES, FILES, judged)
    assert groups == [[0, 1, 2], [2, 3]]
