"""Measured matching quality must not regress (the figures are in the README).

The floors sit a little under what the matcher reaches today, so a change that makes
alignment or contradiction detection worse fails here; see ``python -m factcheck.evaluate``.
"""

from __future__ import annotations

import pytest

from factcheck import evaluate
from factcheck.models import Status

from .conftest import needs_ecbplus


def test_no_contradiction_reported_on_the_seeds(in_root):
    _scores, _expected, _predicted, result = evaluate.alignment_scores()
    assert [c for c in result.clusters if c.status is Status.CONTRADICTED] == []


def test_seed_alignment_against_gold(in_root):
    scores, _expected, _predicted, _result = evaluate.alignment_scores()
    # Annotator A: P 0.76, R 0.39 today.
    assert scores.precision >= 0.70
    assert scores.recall >= 0.35


@pytest.mark.parametrize(("folder", "gold", "precision", "recall"), [
    # A story nobody tuned for (bench/gold/README.md): P 0.95, R 0.42 on the pairs both
    # annotators agree on today (R 0.35 before a rare figure alike made one fact).
    (evaluate.HELDOUT, evaluate.HELDOUT_GOLD, 0.88, 0.38),
    # Written and annotated after the first had been read: P 0.98, R 0.34 today (0.26
    # before clause_facts, 0.31 before a speaker's words stated in the claim counted as said); most of its shared facts sit in sentences that state two or three.
    (evaluate.HELDOUT2, evaluate.HELDOUT2_GOLD, 0.90, 0.28),
    # A museum theft, written and annotated in the eighteenth session: P 0.97, R 0.21 against
    # its writer's list (0.18 before a semicolon parted two clauses).
    (evaluate.HELDOUT3, evaluate.HELDOUT3_GOLD, 0.90, 0.17),
    # A food-poisoning outbreak, written and annotated in the nineteenth session and not
    # read while changing the code until the twentieth: P 0.94, R 0.11 against its writer's
    # list when first scored; P 1.00, R 0.18 since an uncommon figure alike makes one fact,
    # 0.20 since a short denial within another counts ("No one has died." / "No deaths have
    # been recorded."), 0.23 since "One hundred and forty-three" is read whole.
    (evaluate.HELDOUT4, evaluate.HELDOUT4_GOLD, 0.90, 0.21),
    # A fraud trial, written and annotated in the twentieth session and never read while
    # changing the code: P 1.00, R 0.26 against its writer's list at that session's start
    # and after its matching changes alike, 0.27 after its numbers in words.
    (evaluate.HELDOUT5, evaluate.HELDOUT5_GOLD, 0.90, 0.23),
])
def test_held_out_story_alignment_and_no_contradiction(folder, gold, precision, recall):
    scores, _expected, _predicted, result = evaluate.alignment_scores(str(folder), gold_file=gold)
    assert scores.precision >= precision
    assert scores.recall >= recall
    # Their articles agree on every fact they share.
    assert [c for c in result.clusters if c.status is Status.CONTRADICTED] == []


def test_contradictions_across_paraphrases():
    # A value edited in one held-out article, against other outlets' wording of the fact:
    # all 12 edits are reported today (none before value_conflict, 8 before denials worded
    # apart, 9 before a speaker's words stated in the claim counted as said, 10 before titles
    # given to two people in two files of one story conflicted, 11 before news synonyms).
    outcomes = evaluate.paraphrase_contradictions()
    assert sum(o.predicted_kind is not None for o in outcomes) >= 12
    assert all(o.predicted_kind in (None, o.kind) for o in outcomes)
    # Edits made blind to the code: 16 of 80 today (seeds and held-out story: 8 of 20, 1 of
    # 20 before value_conflict; second held-out story: 2 of 15, written after it; third: 4 of
    # 15, none when first scored; fourth: 1 of 15 when first scored; fifth: 1 of 15).
    blind = [o for folder, cases in evaluate.BLIND_EDITS for o in evaluate.paraphrase_contradictions(folder, cases)]
    assert sum(o.predicted_kind is not None for o in blind) >= 16
    assert all(o.predicted_kind in (None, o.kind) for o in blind)


@needs_ecbplus()
def test_contradictions_edited_into_real_news():
    # One value edited in one article of an ECB+ story, written blind to the code: 3 of 30
    # reported when first scored, 5 since times of day conflict, 6 since a denial after a
    # reporting verb's "that" counts (found by reading that miss); no compatible rewording
    # flagged.
    outcomes = evaluate.ecbplus_edits()
    assert sum(o.expect == "contradiction" and o.predicted_kind is not None for o in outcomes) >= 6
    assert [o.case_id for o in outcomes if o.expect == "compatible" and o.predicted_kind] == []


@needs_ecbplus()
def test_titles_given_to_another_person_in_real_news():
    # A title holder's name replaced in one article of an ECB+ story, written blind to the
    # code after role conflicts were built: 5 of 12 reported when first scored (1 by the code
    # before them); no rewording of a holder's name (a middle initial, a spelling, the title
    # after the name) flagged.
    outcomes = evaluate.ecbplus_edits(cases_file=evaluate.ECBPLUS_ROLE_EDITS)
    assert sum(o.expect == "contradiction" and o.predicted_kind == "name" for o in outcomes) >= 5
    assert [o.case_id for o in outcomes if o.expect == "compatible" and o.predicted_kind] == []


def test_contradiction_cases():
    table = evaluate.contradiction_scores(evaluate.contradiction_outcomes())
    assert table["all"].precision >= 0.90
    assert table["all"].recall >= 0.90
    for kind in ("date", "number", "negation", "ordinal", "name"):
        assert table[kind].recall >= 0.80, kind


def test_denials_worded_apart_written_blind():
    # Pairs of opposite polarity written after denial() was built, by a helper blind to the
    # code: 2 of 10 contradictions found (0 before), 4 since a word of the denied word's sense
    # and "denied that ..." count (found by reading those misses, so those two pairs are no
    # longer blind), no compatible pair flagged, and 2 of 10 look-alike other facts flagged
    # (by a date and a number).
    outcomes = evaluate.contradiction_outcomes(evaluate.DENIALS)
    assert sum(o.expect == "contradiction" and o.predicted_kind == "negation" for o in outcomes) >= 4
    assert [o.case_id for o in outcomes if o.expect == "compatible" and o.predicted_kind] == []
    assert sum(o.expect == "different-fact" and o.predicted_kind is not None for o in outcomes) <= 2


def test_denials_worded_apart_written_blind_later():
    # 30 more pairs, written by a helper blind to the code after the seventeenth session's
    # changes to denial(): 3 of 10 contradictions found when first scored (by that code and
    # the code before it alike), 4 since an object named by both claims ("on Friday") no
    # longer reads as another thing denied (found by reading that miss); no compatible pair
    # flagged, 2 of 10 look-alike other facts flagged ("the morning ferry did not sail" /
    # "the afternoon ferry sailed"; "never released a sequel" / "released the game").
    outcomes = evaluate.contradiction_outcomes(evaluate.DENIALS_2)
    assert sum(o.expect == "contradiction" and o.predicted_kind == "negation" for o in outcomes) >= 4
    assert [o.case_id for o in outcomes if o.expect == "compatible" and o.predicted_kind] == []
    assert sum(o.expect == "different-fact" and o.predicted_kind is not None for o in outcomes) <= 2


def test_pairs_that_share_two_numbers_and_little_else():
    # Written by a helper blind to the code in the seventeenth session, to measure a rule
    # that made two values written alike enough common ground: with it, 4 of 12 one-fact
    # pairs and 4 of 12 other-fact pairs were paired; without it (today), 4 and 3, so it
    # was dropped.
    paired = evaluate.paired_as_one_fact()
    assert paired["same-fact"][0] >= 4
    assert paired["different-fact"][0] <= 3


def test_a_figure_alike_in_two_short_articles():
    # Written by a helper blind to the code after the rare-figure rule was built (nineteenth
    # session), scored once and not read: the rule grouped 1 of 15 pairs of one fact (the
    # session's starting code, none) and none of the 15 look-alikes; most pairs share the
    # figure and no word said of it, which the rule asks for. Since an uncommon figure alike
    # makes one fact without a word in common (twentieth session), 7 of 15 and 2 of 15
    # look-alikes (read then: "312 ash trees felled" / "312 saplings planted", "1,482
    # tickets sold" / "seats 1,482").
    grouped = evaluate.grouped_as_one_fact()
    assert grouped["same-fact"][0] >= 7
    assert grouped["different-fact"][0] <= 2


def test_words_of_opposite_sense_written_blind():
    # Pairs written after opposite() was built, by a helper blind to the code: 8 of 10
    # contradictions found at first (0 before), 9 since "widened" / "narrowed" joined the
    # list, known to be missed ("climbed" / "tumbled" still is); no compatible pair flagged,
    # 1 of 7 look-alike other facts flagged (by a date) until words of opposite sense beside
    # another date came to make two events.
    outcomes = evaluate.contradiction_outcomes(evaluate.OPPOSITES)
    assert sum(o.expect == "contradiction" and o.predicted_kind == "negation" for o in outcomes) >= 9
    assert [o.case_id for o in outcomes if o.expect == "compatible" and o.predicted_kind] == []
    assert [o.case_id for o in outcomes if o.expect == "different-fact" and o.predicted_kind] == []


def test_one_title_given_to_two_people_written_blind():
    # Pairs of short articles written after role_conflicts was built, by a helper blind to the
    # code: 1 of 10 found at first; 3 since a name set off before "title of Organisation"
    # ("Teresa Aldana, chief executive of Brantwell Logistics") is read, known to be missed
    # (5 for a while, when a common noun matched any longer name holding it: "Police" /
    # "Millbrook Police Department", but also "the museum" / "the Dunmarrow Civic Museum").
    # Titles without whose they are ("Mayor Roe") and articles that share one fact only are
    # still missed. No compatible pair nor look-alike (a former or acting holder, another
    # body's, a deputy) is flagged.
    outcomes = evaluate.article_pair_outcomes()
    assert sum(o.expect == "contradiction" and o.predicted_kind == "name" for o in outcomes) >= 3
    assert [o.case_id for o in outcomes if o.expect != "contradiction" and o.predicted_kind] == []


def test_compatible_values_are_never_contradictions():
    outcomes = evaluate.contradiction_outcomes()
    assert [o.case_id for o in outcomes if o.expect == "compatible" and o.predicted_kind] == []
    # Look-alike other facts: 1 of 16 flagged today (two leaders visiting on two dates).
    assert sum(o.expect == "different-fact" and o.predicted_kind is not None for o in outcomes) <= 1


@needs_ecbplus()
def test_ecbplus_look_alike_events_rarely_mix():
    # All 43 topics (about ten seconds): 1.5% today, the target is under 2%.
    mixing = evaluate.ecbplus_mixing()
    assert mixing.multi_file_groups > 2000
    assert mixing.rate < 0.02


@needs_ecbplus()
def test_ecbplus_contradictions_stay_few_and_mostly_reviewed():
    # All 982 articles at once: 31 contradicted groups today, 18 of them true of the 30
    # judged true or false in the review (bench/gold/ecbplus_contradiction_review.json); the
    # topics hold two look-alike events each, so most false ones are the other event's.
    real = evaluate.ecbplus_contradictions()
    assert real.groups <= 34
    assert real.labels["true"] >= 18
    assert real.labels["unreviewed"] <= 2
    assert real.precision >= 0.55


def test_single_source_facts_name_close_claims_of_facts_in_other_files(in_root):
    _scores, _expected, _predicted, result = evaluate.alignment_scores()
    fact_of = {claim.key: cluster for cluster in result.clusters for claim in cluster.claims}
    closes = [(cluster, match) for cluster in result.clusters for match in cluster.partial_matches]
    assert closes  # the seeds have a few (the 1960 treaty revisions / the 1960 treaty upgrade)
    for cluster, match in closes:
        assert cluster.status is Status.SINGLE_SOURCE
        assert match.claim.source not in cluster.files
        assert len(fact_of[match.claim.key].files) >= 2
    for cluster in result.clusters:
        facts = [fact_of[match.claim.key].id for match in cluster.partial_matches]
        scores = [match.score for match in cluster.partial_matches]
        assert len(facts) == len(set(facts)) <= 3 and scores == sorted(scores, reverse=True)
