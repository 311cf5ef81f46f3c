"""A claim of several clauses is in the group of each fact one of them states
(claims.clause_spans, align.clause_facts)."""

from __future__ import annotations

import pytest

from factcheck import align as align_module
from factcheck.api import analyse_sources
from factcheck.claims import clause_spans
from factcheck.load import load_sources
from factcheck.models import Status
from factcheck.render import render_json

from .conftest import ECBPLUS, analyse_articles, needs_ecbplus

# (claim, its clauses); () for a claim of one clause.
CLAUSES = [
    ("A cargo ship ran aground off Port Elwin on Monday night, spilling diesel into the bay.",
     ("A cargo ship ran aground off Port Elwin on Monday night", "spilling diesel into the bay.")),
    ("The mayor resigned; her deputy will stand in until an election is held.",
     ("The mayor resigned", "her deputy will stand in until an election is held.")),
    # A stretch of fewer than three words belongs to the clause before it, and so does the
    # stretch after it.
    ("Port Elwin, Maine, is a small town.", ()),
    ("The hosts were Ann Lee, Bo Kim, and Cy Diaz, all of them comedians.",
     ("The hosts were Ann Lee, Bo Kim, and Cy Diaz", "all of them comedians.")),
    # A semicolon parts two statements even when a list of short stretches follows it.
    ("The prize was a gold cup worth $9,000; a medal, a scarf, and two hats were also stolen.",
     ("The prize was a gold cup worth $9,000", "a medal, a scarf, and two hats were also stolen.")),
    ("He left early; no, he said.", ("He left early", "no, he said.")),
    ("The ship ran aground.", ()),
    ("Some 4,000 tonnes of diesel spilled into the bay.", ()),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_clauses_of_a_claim(text, expected):
    assert tuple(text[start:end] for start, end in clause_spans(text)) == expected


# As a whole, the sentence covers too little of the spill's claims to be their fact.
AGROUND = ("A Liberian-flagged cargo ship carrying timber to the northern ports ran aground on a sandbank off "
           "Port Elwin shortly before midnight on Monday, spilling 4,000 tonnes of diesel into the bay.")
SPILL = {
    "b.txt": "Some 4,000 tonnes of diesel spilled into the bay.",
    "c.txt": "About 4,000 tonnes of diesel leaked into the bay, the coastguard said.",
}


def _groups(result):
    return sorted(sorted(claim.source.rsplit("/", 1)[-1] for claim in cluster.claims)
                  for cluster in result.clusters)


def test_a_clause_joins_the_group_of_its_fact(tmp_path):
    result = analyse_articles(tmp_path, {"a.txt": AGROUND, **SPILL})
    assert _groups(result) == [["a.txt", "b.txt", "c.txt"]]
    assert result.clusters[0].status is Status.CORROBORATED


def test_the_claim_stays_in_the_group_of_its_other_fact(tmp_path):
    aground = {"d.txt": "A cargo ship carrying timber ran aground on a sandbank off Port Elwin on Monday.",
               "e.txt": "The timber ship ran aground on a sandbank off Port Elwin late on Monday, police said."}
    result = analyse_articles(tmp_path, {"a.txt": AGROUND, **SPILL, **aground})
    assert _groups(result) == [["a.txt", "b.txt", "c.txt"], ["a.txt", "d.txt", "e.txt"]]


def test_a_clause_with_another_value_joins_no_group(tmp_path):
    # Not one fact told otherwise: the clause must agree with every claim of the group.
    other = AGROUND.replace("4,000 tonnes", "12,000 tonnes")
    result = analyse_articles(tmp_path, {"a.txt": other, **SPILL})
    assert _groups(result) == [["a.txt"], ["b.txt", "c.txt"]]


def test_a_clause_of_another_event_joins_no_group(tmp_path):
    # The group's facts are said of a ship; the clause of a fire says too little of them.
    fire = AGROUND.replace("spilling 4,000 tonnes of diesel into the bay", "blocking the harbour mouth for a day")
    result = analyse_articles(tmp_path, {"a.txt": fire, **SPILL})
    assert _groups(result) == [["a.txt"], ["b.txt", "c.txt"]]


def test_the_speaker_of_a_quotation_is_no_fact_of_its_clauses(tmp_path):
    # "..., said Jane Roe, director of ..." names who speaks: its last clause does not back
    # what others report her saying.
    articles = {
        "a.txt": '"The new rules will let the harbour do what it was built for: shelter our fishing boats," '
                 "said Jane Roe, director of the Port Elwin Harbour Board's pier repair programme.",
        "b.txt": "Jane Roe, director of the Port Elwin Harbour Board's pier repair programme, says the board "
                 "will probably sue:",
        "c.txt": "Jane Roe, director of the Port Elwin Harbour Board's pier repair programme, said the board "
                 "would probably sue.",
    }
    result = analyse_articles(tmp_path, articles)
    assert _groups(result) == [["a.txt"], ["b.txt", "c.txt"]]


@needs_ecbplus()
def test_clause_joins_are_the_same_with_one_job_or_several(monkeypatch):
    # One ECB+ topic (two prison escapes): clauses join groups there ("During the escape, ...
    # fired upon two correctional officers, took them hostage and forced them to drive to
    # Baytown, ..."), which the held-out stories no longer need since an uncommon figure
    # alike makes their sentences one fact whole.
    sources = load_sources([str(ECBPLUS / "text" / "3_ecb"), str(ECBPLUS / "text" / "3_ecbplus")])
    monkeypatch.setattr(align_module, "CLAUSE_BLOCK", 1)
    one = render_json(analyse_sources(sources, jobs=1))
    assert render_json(analyse_sources(sources, jobs=2)) == one
    # ... and clauses join groups there.
    monkeypatch.setattr("factcheck.api.clause_facts", lambda groups, *args, **kwargs: (groups, {}))
    assert render_json(analyse_sources(sources, jobs=1)) != one
