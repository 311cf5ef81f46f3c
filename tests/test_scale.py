"""Speed without a change of answers: the blocking, the judging shortcuts and the parallel
paths must give what the plain algorithm gives."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from typer.testing import CliRunner

from factcheck import align as align_module
from factcheck import parallel
from factcheck.align import (
    REPEAT_RATIO,
    Alignment,
    Distinct,
    DocumentSimilarity,
    TermIndex,
    TermWeights,
    Thresholds,
    _claim_pairs,
    _files_of,
    _Judging,
    _pair_count,
    align,
    blocking_terms,
    candidate_pairs,
    judge,
    posting_limit,
    value_keys,
)
from factcheck.api import analyse_sources, extract_all, featurize_sources
from factcheck.cli import app, progress_for
from factcheck.load import load_sources
from factcheck.models import Claim, Cluster, Result, Source, Status
from factcheck.normalise import AliasTable, Features, Quantity, featurize
from factcheck.progress import SILENT, Bar
from factcheck.render import MATRIX_MAX_FILES, render_json, render_markdown

from .conftest import ECBPLUS, ROOT, needs_ecbplus

runner = CliRunner()


def _corpus(sources):
    claims = extract_all(sources)
    features = featurize_sources(sources, claims, AliasTable())
    return claims, features


def _with_copies(sources, copies):
    """The sources plus verbatim copies of the first ``copies`` of them under other names."""
    extra = [replace(source, path=f"copy{n}/{source.path}") for n in (1, 2)
             for source in sources[:copies]]
    return [*sources, *extra]


@pytest.fixture(scope="module")
def seeds():
    return load_sources([str(ROOT / "seeds")])


def _plain_candidates(features, sources, limit):
    """The definition: pairs from two files sharing two or more keys (terms, or a short
    denial's key) held by at most ``limit`` distinct claims."""
    holders = defaultdict(set)
    for feature in features:
        for term in blocking_terms(feature):
            holders[term].add(feature)
    pairs = []
    for i in range(len(features)):
        for j in range(i + 1, len(features)):
            shared = blocking_terms(features[i]) & blocking_terms(features[j])
            if sources[i] != sources[j] and sum(len(holders[t]) <= limit for t in shared) >= 2:
                pairs.append((i, j))
    return pairs


def _plain_align(features, sources, texts, thresholds=Thresholds()):
    """Every candidate judged on its own, then complete linkage: the reference algorithm."""
    weight = TermWeights(features)
    documents = DocumentSimilarity(features, sources)
    judgements = {}

    def verdict(i, j):
        key = (min(i, j), max(i, j))
        if key not in judgements:
            raised = thresholds.raised(documents.penalty(sources[key[0]], sources[key[1]]))
            judgements[key] = judge(features[key[0]], features[key[1]], weight, thresholds=raised)
        return judgements[key]

    scored = [(pair, verdict(*pair)) for pair in candidate_pairs(features, sources)]
    scored = sorted(((p, f) for p, f in scored if f.same_fact), key=lambda item: (-item[1].score, item[0]))
    group_of = list(range(len(features)))
    members = {index: [index] for index in range(len(features))}

    def compatible(x, y):
        if sources[x] == sources[y] and fuzz.ratio(texts[x], texts[y]) >= REPEAT_RATIO:
            return True
        found = verdict(x, y)
        return found.same_fact and (sources[x] != sources[y] or found.difference is None)

    for (i, j), _found in scored:
        gi, gj = group_of[i], group_of[j]
        if gi != gj and all(compatible(x, y) for x in members[gi] for y in members[gj]):
            keep, drop = min(gi, gj), max(gi, gj)
            for member in members[drop]:
                group_of[member] = keep
            members[keep].extend(members.pop(drop))
    return Alignment(sorted(sorted(g) for g in members.values()), judgements)


def _same(alignment, files, other):
    """The same-fact judgements: of every pair of two files, and of the pairs of one file
    that ``other`` judged too. A pair within one file is judged only when a merge asks for
    it, and the plain algorithm asks for more (it does not remember which groups are apart)."""
    return {key: found for key, found in alignment.judgements.items() if found.same_fact
            and (files[key[0]] != files[key[1]] or key in other.judgements)}


@pytest.mark.parametrize("copies", [0, 2])
def test_candidates_are_the_pairs_the_definition_gives(seeds, copies):
    sources = _with_copies(seeds, copies)
    claims, features = _corpus(sources)
    files = [claim.source for claim in claims]
    for limit in (3, 40):
        assert candidate_pairs(features, files, max_postings=limit) == \
            _plain_candidates(features, files, limit)


# Pairs that share one word only, which the index proposes all the same (or not).
PROPOSED_WITH_ONE_WORD = [
    # Two short denials of one thing.
    ("No one was killed.", "Nobody died.", True),
    ("No one was hurt.", "No one was injured.", True),
    # A longer denial shares two words with its partner, as any other claim must.
    ("There was no reason.", "They killed my little brother for no reason.", False),
    # Asserting is not denying.
    ("No one was killed.", "Two people were killed.", False),
    # Values written apart that may agree share a key, as one value written alike does.
    ("Around 40,000 bottles were handed out.", "Forty thousand bottles were given away.", True),
    ("The order covers 3,214 households.", "Just over 3,200 households cannot drink the water.", True),
    ("The ships sailed on April 11.", "The ships arrive on April 11, 2024.", True),
    # Figures far apart, another day.
    ("Around 40,000 bottles were handed out.", "Forty bottles were broken.", False),
    ("The ships sailed on April 11.", "The ships arrive on May 11, 2024.", False),
]


@pytest.mark.parametrize(("first", "second", "proposed"), PROPOSED_WITH_ONE_WORD)
def test_pairs_that_share_one_word_are_proposed_when_they_may_agree(first, second, proposed):
    features = [featurize(text, aliases=AliasTable()) for text in (first, second)]
    assert candidate_pairs(features, ["a.txt", "b.txt"]) == ([(0, 1)] if proposed else [])


def test_a_story_blocks_on_its_common_words_too():
    # 60 claims name Jane Roe and hosting: those words are common, and the two headlines share
    # one rarer word only ("Oscars"). In a run of one story's size they are proposed all the same.
    texts = [f"Jane Roe will host the gala number {index} in town." for index in range(60)]
    texts += ["Jane Roe To Host 86th Oscars", "Jane Roe to host the Oscars"]
    features = [featurize(text, aliases=AliasTable()) for text in texts]
    files = [f"{index % 7}.txt" for index in range(60)] + ["a.txt", "b.txt"]
    assert (60, 61) in candidate_pairs(features, files)
    assert (60, 61) not in candidate_pairs(features, files, max_postings=40)


@pytest.mark.parametrize(("claims", "limit"), [(128, 128), (500, 500), (501, 89), (15_055, 490), (10**6, 500)])
def test_posting_limit(claims, limit):
    assert posting_limit(claims) == limit


def _figure_keys(size):
    return value_keys(Features(terms=frozenset(), entities=frozenset(),
                               quantities=(Quantity(size, size, "count", (), str(size)),)))


@given(st.floats(min_value=1e-3, max_value=1e12), st.floats(min_value=1.0, max_value=1.249))
def test_figures_within_the_band_factor_share_a_key(size, ratio):
    assert _figure_keys(size) & _figure_keys(size * ratio)


def test_figures_far_apart_share_no_key():
    assert not _figure_keys(100) & _figure_keys(300)


@pytest.mark.parametrize(("copies", "jobs", "block"), [(0, 1, 200), (0, 2, 5), (2, 1, 200), (2, 2, 5)])
def test_alignment_agrees_with_the_plain_algorithm(seeds, monkeypatch, copies, jobs, block):
    # Copies make equal features in several files: judged once, shared across the pairs.
    monkeypatch.setattr(align_module, "JUDGE_BLOCK", block)
    claims, features = _corpus(_with_copies(seeds, copies))
    files = [claim.source for claim in claims]
    texts = [feature.text for feature in features]
    fast = align(features, files, texts, jobs=jobs)
    plain = _plain_align(features, files, texts)
    assert fast.groups == plain.groups
    assert _same(fast, files, plain) == _same(plain, files, fast)
    assert fast.candidates == len(candidate_pairs(features, files))
    assert 0 < fast.pairs_scored < fast.candidates


def _gate_misses(sources, thresholds=Thresholds()):
    """Candidates the gates turn away (may_match, covers) although judge() calls them the
    same fact."""
    claims, features = _corpus(sources)
    files = [claim.source for claim in claims]
    distinct = Distinct.of_claims(features)
    judging = _Judging(distinct, files, TermWeights(features).table().__getitem__,
                       DocumentSimilarity(features, files), thresholds)
    index = TermIndex(distinct, limit=posting_limit(len(features)))
    misses, turned_away = [], 0
    for first, partners in index.partners():
        for second in partners:
            for a, b in ((first, second), (second, first)):
                if judging.may_match(a, b) and judging.covers(a, b):
                    continue
                turned_away += 1
                found = judge(distinct.features[a], distinct.features[b], judging.weight,
                              thresholds=thresholds)
                if found.same_fact:
                    misses.append((distinct.features[a].text, distinct.features[b].text))
    return misses, turned_away


def test_gate_turns_away_only_pairs_judge_rejects(seeds):
    misses, turned_away = _gate_misses(seeds)
    assert turned_away > 100
    assert misses == []


@needs_ecbplus()
@pytest.mark.parametrize("topic", ["1", "3", "36"])
def test_gate_turns_away_only_pairs_judge_rejects_on_ecbplus(topic):
    folder = ECBPLUS / "text"
    sources = load_sources([str(folder / f"{topic}_ecb"), str(folder / f"{topic}_ecbplus")])
    misses, turned_away = _gate_misses(sources)
    assert turned_away > 100
    assert misses == []


@pytest.mark.parametrize(("same", "conflict", "checked"), [
    (0.4, 0.6, True), (0.25, 0.3, True), (0.2, 0.6, False), (0.5, 0.1, False),
])
def test_coverage_is_checked_only_above_what_string_similarity_can_score(same, conflict, checked):
    judging = _Judging(Distinct([], [], []), [], TermWeights([]), DocumentSimilarity([], []),
                       Thresholds(same, conflict))
    assert judging.check_coverage is checked


def test_report_is_the_same_with_one_job_or_several(seeds, monkeypatch):
    monkeypatch.setattr(align_module, "JUDGE_BLOCK", 5)
    monkeypatch.setattr("factcheck.api.SOURCES_PER_BLOCK", 1)
    sources = _with_copies(seeds, 2)
    one, several = analyse_sources(sources, jobs=1), analyse_sources(sources, jobs=2)
    assert render_json(one) == render_json(several)
    assert render_markdown(one) == render_markdown(several)


def _square(number: int) -> int:
    return number * number + parallel.shared()


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_blocks_come_back_in_order_whatever_the_jobs(jobs):
    assert parallel.run_blocks(_square, [3, 1, 2, 5], data=10, jobs=jobs) == [19, 11, 14, 35]
    assert parallel.shared() is None


@pytest.mark.parametrize(("count", "jobs", "minimum", "sizes"), [
    (0, 2, 10, []),
    (19, 2, 10, [19]),  # too little to share
    (100, 1, 10, [100]),
    (100, 2, 10, [13] * 7 + [9]),  # eight blocks per job, but none under the minimum
    (100, 2, 30, [30, 30, 30, 10]),
])
def test_split_makes_blocks_for_the_jobs(count, jobs, minimum, sizes):
    blocks = parallel.split(count, jobs=jobs, minimum=minimum, per_job=4)
    assert [len(block) for block in blocks] == sizes
    assert [i for block in blocks for i in block] == list(range(count))


@pytest.mark.parametrize(("jobs", "expected"), [(None, parallel.cores()), (0, parallel.cores()), (3, 3)])
def test_jobs_default_to_every_core(jobs, expected):
    assert parallel.jobs_for(jobs) == expected


@pytest.mark.parametrize(("name", "total", "done", "line"), [
    ("align", 0, 0, "align"),
    ("claims", 0, 7, "claims     7"),
    ("align", 200, 50, "align      [#######---------------------]  25% 50/200"),
    ("normalise", 3, 3, "normalise  [############################] 100% 3/3"),
])
def test_bar_line(name, total, done, line):
    bar = Bar(io.StringIO())
    bar.stage(name, total)
    bar.done = done
    assert bar.line() == line


def test_bar_redraws_in_place_and_clears_at_the_end():
    stream = io.StringIO()
    bar = Bar(stream)
    bar.stage("align", 4)
    bar.advance(4)  # the last step is always drawn
    bar.finish()
    assert stream.getvalue() == (
        "\ralign      [----------------------------]   0% 0/4"
        "\ralign      [############################] 100% 4/4"
        "\r" + " " * 50 + "\r"
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "quiet", "shown"), [
    (_Terminal(), False, True), (_Terminal(), True, False), (io.StringIO(), False, False),
])
def test_progress_only_on_a_terminal_and_not_when_quiet(stream, quiet, shown):
    progress = progress_for(stream, quiet=quiet)
    assert isinstance(progress, Bar) is shown
    assert (progress is SILENT) is not shown


def test_report_with_jobs_prints_no_progress_when_piped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The council approved the budget of 4 million dollars on Tuesday.\n")
    (tmp_path / "b.txt").write_text("On Tuesday the council approved a budget of four million dollars.\n")
    one = runner.invoke(app, ["report", "a.txt", "b.txt", "--jobs", "1", "-o", "-"])
    two = runner.invoke(app, ["report", "a.txt", "b.txt", "-j", "2", "-o", "-"])
    assert (one.exit_code, two.exit_code) == (0, 0)
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr == ""


def test_report_rejects_zero_jobs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The council approved the budget on Tuesday.\n")
    result = runner.invoke(app, ["report", "a.txt", "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def _result_with_files(count: int) -> Result:
    sources = tuple(Source(f"f{n}.txt", "The council approved the budget.\n", f"{n:064d}")
                    for n in range(count))
    claims = tuple(Claim(source=source.path, line=1, start=0, end=31,
                         text="The council approved the budget.") for source in sources)
    cluster = Cluster(id="aaaa000001", status=Status.CORROBORATED, claims=claims, score=1.0,
                      shared_terms=("budget",), independent_sources=count)
    return Result(sources=sources, claims=claims, clusters=(cluster,))


def test_coverage_matrix_is_left_out_for_many_files():
    small = render_markdown(_result_with_files(MATRIX_MAX_FILES))
    large = render_markdown(_result_with_files(MATRIX_MAX_FILES + 1))
    assert "| fact" in small
    assert "| fact" not in large
    assert (f"Not drawn for {MATRIX_MAX_FILES + 1} files (more than {MATRIX_MAX_FILES}): each fact "
            "below lists its files.") in large


def test_claims_of_keeps_reading_order():
    result = _result_with_files(3)
    assert result.claims_of("f1.txt") == (result.claims[1],)
    assert result.claims_of("missing.txt") == ()


@given(st.lists(st.integers(0, 3), min_size=1, max_size=12), st.data())
def test_pair_count_is_the_number_of_claim_pairs(files_of_claims, data):
    # Claims numbered in order, each in a file 0..3, shared out among two distinct claims.
    sources = [f"f{file}" for file in files_of_claims]
    which = data.draw(st.lists(st.integers(0, 1), min_size=len(sources), max_size=len(sources)))
    members = [[i for i, w in enumerate(which) if w == 0], [i for i, w in enumerate(which) if w == 1]]
    distinct = Distinct([], members, which)
    files = _files_of(distinct, sources)
    for first, second in ((0, 0), (0, 1), (1, 1)):
        listed = list(_claim_pairs(distinct, sources, first, second))
        assert _pair_count(files[first], files[second], same=first == second) == len(listed)
