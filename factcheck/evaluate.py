"""Measure the matching: ``python -m factcheck.evaluate [--ecbplus DIR]``.

Prints pairwise precision / recall / F1 of alignment against the gold annotations of the
seeds and of a held-out story, contradiction precision / recall per kind on the edited cases, the rate of
multi-file groups that mix the two look-alike events of an ECB+ topic, and how the
contradictions reported on all ECB+ articles fare against a reader's review.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

from .api import analyse, analyse_sources, compare
from .load import read_source
from .models import Claim, Result, Source, Status

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold" / "seeds_gold.json"
GOLD_B = ROOT / "bench" / "gold" / "seeds_gold_b.json"


def _held_out(name: str) -> tuple[Path, Path, Path]:
    """A held-out story's folder and its two annotations (the writer's, a blind reader's)."""
    gold = ROOT / "bench" / "gold"
    return ROOT / "bench" / name, gold / f"{name}_gold_a.json", gold / f"{name}_gold_b.json"


# A story written for testing after the matching was built, and annotated by two readers who
# never saw the code (bench/gold/README.md): how the matching holds on text nobody tuned for.
HELDOUT, HELDOUT_GOLD, HELDOUT_GOLD_B = _held_out("heldout")
HELDOUT_EDITS = ROOT / "bench" / "gold" / "heldout_contradiction_edits.json"
# A second one, written and annotated the same way in the sixth session, after the first had
# been read while changing the code.
HELDOUT2, HELDOUT2_GOLD, HELDOUT2_GOLD_B = _held_out("heldout2")
# A third, of another kind of story (a museum theft), written and annotated the same way in
# the eighteenth session and scored before anything was changed after reading it.
HELDOUT3, HELDOUT3_GOLD, HELDOUT3_GOLD_B = _held_out("heldout3")
# A fourth (a food-poisoning outbreak), written and annotated the same way in the nineteenth
# session, and scored at its start and end only; read while changing code from the twentieth.
HELDOUT4, HELDOUT4_GOLD, HELDOUT4_GOLD_B = _held_out("heldout4")
# A fifth (a fraud trial), written and annotated the same way in the twentieth session, and
# scored at its start and end only: nobody read it while changing code.
HELDOUT5, HELDOUT5_GOLD, HELDOUT5_GOLD_B = _held_out("heldout5")
HELD_OUT_STORIES = (("the held-out story", HELDOUT, HELDOUT_GOLD, HELDOUT_GOLD_B),
                    ("the second held-out story", HELDOUT2, HELDOUT2_GOLD, HELDOUT2_GOLD_B),
                    ("the third held-out story", HELDOUT3, HELDOUT3_GOLD, HELDOUT3_GOLD_B),
                    ("the fourth held-out story", HELDOUT4, HELDOUT4_GOLD, HELDOUT4_GOLD_B),
                    ("the fifth held-out story", HELDOUT5, HELDOUT5_GOLD, HELDOUT5_GOLD_B))
# Edits of the same kind made by a helper blind to the code, after value_conflict was built
# on the engineers' own: (folder, cases).
BLIND_EDITS = ((HELDOUT, ROOT / "bench" / "gold" / "heldout_blind_edits.json"),
               (ROOT / "seeds", ROOT / "bench" / "gold" / "seeds_blind_edits.json"),
               (HELDOUT2, ROOT / "bench" / "gold" / "heldout2_blind_edits.json"),
               (HELDOUT3, ROOT / "bench" / "gold" / "heldout3_blind_edits.json"),
               (HELDOUT4, ROOT / "bench" / "gold" / "heldout4_blind_edits.json"),
               (HELDOUT5, ROOT / "bench" / "gold" / "heldout5_blind_edits.json"))
CASES = ROOT / "bench" / "gold" / "contradiction_cases.json"
# Pairs of sentences of opposite polarity worded apart, written by a helper blind to the code
# after denial() was built: contradictions, compatible ones and look-alike other facts.
DENIALS = ROOT / "bench" / "gold" / "denial_cases.json"
# ... and 30 more, written in the seventeenth session after its changes to denial().
DENIALS_2 = ROOT / "bench" / "gold" / "denial_cases_2.json"
# Pairs that give the same two numbers and share little else, one fact or not, written by a
# helper blind to the code in the seventeenth session.
SHARED_VALUES = ROOT / "bench" / "gold" / "shared_values_cases.json"
# Pairs of short articles whose target sentences give one figure, written blind to the code
# after the rare-figure rule was built: the same fact, or the figure of another thing.
FIGURES = ROOT / "bench" / "gold" / "figure_cases.json"
# Pairs with words of opposite sense and no negation, written by a helper blind to the code
# after opposite() was built.
OPPOSITES = ROOT / "bench" / "gold" / "opposite_cases.json"
# Pairs of short articles of one story, each naming the holder of a title, written by a helper
# blind to the code after role_conflicts was built: two people given one title, the same
# person written apart, and look-alikes (a former holder, another organisation's, a deputy).
ROLES = ROOT / "bench" / "gold" / "role_cases.json"
REVIEW = ROOT / "bench" / "gold" / "ecbplus_contradiction_review.json"
# One value edited in one article of an ECB+ story (30 contradictions, 10 compatible
# rewordings), written by a helper blind to the code in the fifteenth session.
ECBPLUS_EDITS = ROOT / "bench" / "gold" / "ecbplus_blind_edits.json"
# ... and titles given to another person, written blind to the code after role conflicts were
# built: the holder's name replaced in one article, and the same holder named otherwise.
ECBPLUS_ROLE_EDITS = ROOT / "bench" / "gold" / "ecbplus_role_edits.json"
ECBPLUS = ROOT.parent / "shared" / "bench" / "ecbplus"


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int
    expected: int


def scores(true_positives: int, predicted: int, expected: int) -> Scores:
    precision = true_positives / predicted if predicted else 1.0
    recall = true_positives / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, true_positives, predicted, expected)


Pair = tuple[tuple[str, int], tuple[str, int]]


def _pair(a: Claim, b: Claim) -> Pair:
    return _keys_pair(a.key, b.key)


def _keys_pair(a: tuple[str, int], b: tuple[str, int]) -> Pair:
    return tuple(sorted((a, b)))  # type: ignore[return-value]


def gold_pairs(result: Result, gold: dict, folder: str) -> set[Pair]:
    """Cross-file claim pairs the annotator says state the same fact. A mention the tool
    did not read as a claim ("Nobody died." is too short for one) stands for itself, keyed
    by its quote: its pairs are expected, and missed."""
    by_name = {Path(c.source).name: c.source for c in result.claims}
    pairs: set[Pair] = set()
    for fact in gold["facts"]:
        keys = [_mention_key(result, by_name[m["file"]], m) for m in fact["mentions"]]
        for (source_a, key_a), (source_b, key_b) in combinations(keys, 2):
            if source_a != source_b:
                pairs.add(_keys_pair(key_a, key_b))
    return pairs


def _mention_key(result: Result, source: str, mention: dict) -> tuple[str, tuple[str, int]]:
    claim = _find_claim(result, source, mention)
    if claim is None:
        return source, (f"{source} (not a claim: {mention['quote']!r})", mention["line"])
    return source, claim.key


def _find_claim(result: Result, source: str, mention: dict) -> Claim | None:
    for claim in result.claims_of(source):
        if claim.line == mention["line"] and mention["quote"] in claim.text:
            return claim
    return None


def predicted_pairs(result: Result) -> set[Pair]:
    return {
        _pair(a, b)
        for cluster in result.clusters if cluster.status is not Status.SINGLE_SOURCE
        for a, b in combinations(cluster.claims, 2) if a.source != b.source
    }


def alignment_scores(folder: str = "seeds", *, gold_file: Path = GOLD, result: Result | None = None
                     ) -> tuple[Scores, set[Pair], set[Pair], Result]:
    """``result``: the analysis of ``folder`` when already made (against another gold file)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    result = result or analyse([folder])
    expected = gold_pairs(result, gold, folder)
    predicted = predicted_pairs(result)
    return scores(len(expected & predicted), len(predicted), len(expected)), expected, predicted, result


def agreed_alignment_scores(folder: str = "seeds", *,
                            gold_files: tuple[Path, Path] = (GOLD, GOLD_B)) -> Scores:
    """Alignment against the pairs both annotators of a story agree on."""
    _scores, expected, predicted, result = alignment_scores(folder, gold_file=gold_files[0])
    _scores_b, expected_b, _, _ = alignment_scores(folder, gold_file=gold_files[1], result=result)
    return agreed_scores(expected, expected_b, predicted)


def agreed_scores(expected: set[Pair], expected_b: set[Pair], predicted: set[Pair]) -> Scores:
    both = expected & expected_b
    return scores(len(both & predicted), len(predicted), len(both))


@dataclass(frozen=True)
class CaseOutcome:
    case_id: str
    kind: str
    expect: str
    predicted_kind: str | None


def paraphrase_contradictions(folder: Path = HELDOUT, cases_file: Path = HELDOUT_EDITS) -> list[CaseOutcome]:
    """For each edit of one held-out article, the kind of contradiction reported on the
    edited line against the other articles (None: none reported)."""
    cases = json.loads(cases_file.read_text(encoding="utf-8"))["cases"]
    originals = {path.name: read_source(path) for path in sorted(folder.iterdir())}
    outcomes = []
    for case in cases:
        sources, line = _with_edit(originals, case)
        kinds = [kind for kind, _a, _b in _conflicts_on(analyse_sources(sources, jobs=1), case["file"], line)]
        outcomes.append(CaseOutcome(case["id"], case["kind"], "contradiction", kinds[0] if kinds else None))
    return outcomes


def ecbplus_edits(folder: Path = ECBPLUS, cases_file: Path = ECBPLUS_EDITS) -> list[CaseOutcome]:
    """For each edit of one article of an ECB+ story, the kind of the first contradiction
    on the edited line that the unedited story does not already report (None: none)."""
    cases = json.loads(cases_file.read_text(encoding="utf-8"))["cases"]
    stories: dict[str, dict[str, Source]] = {}
    before: dict[str, Result] = {}
    outcomes = []
    for case in cases:
        story = case["cluster"]
        if story not in stories:
            paths = sorted((folder / "text" / story).iterdir())
            stories[story] = {path.name: read_source(path) for path in paths}
            before[story] = analyse_sources(list(stories[story].values()), jobs=1)
        sources, line = _with_edit(stories[story], case)
        known = _conflicts_on(before[story], case["file"], line)
        new = [found for found in _conflicts_on(analyse_sources(sources, jobs=1), case["file"], line)
               if found not in known]
        outcomes.append(CaseOutcome(case["id"], case["kind"], case["expect"], new[0][0] if new else None))
    return outcomes


def _with_edit(originals: dict[str, Source], case: dict[str, str]) -> tuple[list[Source], int]:
    """The articles with one case's edit made, and the line of the edited file it is on."""
    edited = originals[case["file"]]
    assert edited.text.count(case["old"]) == 1, case["id"]
    line = edited.text[:edited.text.index(case["old"])].count("\n") + 1
    return [replace(source, text=source.text.replace(case["old"], case["new"]))
            if name == case["file"] else source for name, source in originals.items()], line


def _conflicts_on(result: Result, name: str, line: int) -> list[tuple[str, str, str]]:
    return [(conflict.kind.value, conflict.value_a, conflict.value_b)
            for cluster in result.clusters for conflict in cluster.conflicts
            if any(Path(claim.source).name == name and claim.line == line
                   for claim in (conflict.a, conflict.b))]


def contradiction_outcomes(cases_file: Path = CASES) -> list[CaseOutcome]:
    """``compare()`` on each pair of a cases file (the denial cases are all of negations)."""
    cases = json.loads(cases_file.read_text(encoding="utf-8"))["cases"]
    outcomes = []
    for case in cases:
        comparison = compare(case["a"], case["b"])
        kind = comparison.conflict.kind.value if comparison.conflict else None
        outcomes.append(CaseOutcome(case["id"], case.get("kind", "negation"), case["expect"], kind))
    return outcomes


def article_pair_outcomes(cases_file: Path = ROLES) -> list[CaseOutcome]:
    """Each case's two articles analysed together: the kind of the first contradiction
    reported (None: none). A look-alike case counts as a different-fact one."""
    outcomes = []
    for case in json.loads(cases_file.read_text(encoding="utf-8"))["cases"]:
        kinds = [conflict.kind.value for cluster in analyse_sources(_pair_sources(case), jobs=1).clusters
                 for conflict in cluster.conflicts]
        expect = case["kind"] if case["kind"] in ("contradiction", "compatible") else "different-fact"
        outcomes.append(CaseOutcome(case["id"], case["kind"], expect, kinds[0] if kinds else None))
    return outcomes


def _pair_sources(case: dict[str, str]) -> list[Source]:
    return [Source(path=name, text=case[key], sha256=hashlib.sha256(case[key].encode()).hexdigest())
            for name, key in (("a.txt", "a"), ("b.txt", "b"))]


def grouped_as_one_fact(cases_file: Path = FIGURES) -> dict[str, tuple[int, int]]:
    """By expectation ("same-fact", "different-fact"): in how many cases, their two articles
    analysed together, a group holds both target sentences, of how many."""
    grouped: dict[str, tuple[int, int]] = {}
    for case in json.loads(cases_file.read_text(encoding="utf-8"))["cases"]:
        result = analyse_sources(_pair_sources(case), jobs=1)
        together = any(_holds(cluster.claims, "a.txt", case["a_sentence"]) and
                       _holds(cluster.claims, "b.txt", case["b_sentence"]) for cluster in result.clusters)
        found, count = grouped.get(case["expect"], (0, 0))
        grouped[case["expect"]] = (found + together, count + 1)
    return grouped


def _holds(claims: tuple[Claim, ...], source: str, sentence: str) -> bool:
    """Whether one of ``claims`` of ``source`` is the sentence, or a part of it."""
    return any(claim.source == source and (claim.text in sentence or sentence in claim.text)
               for claim in claims)


def paired_as_one_fact(cases_file: Path = SHARED_VALUES) -> dict[str, tuple[int, int]]:
    """By expectation ("same-fact", "different-fact"): how many pairs ``compare()`` finds one
    fact, of how many."""
    paired: dict[str, tuple[int, int]] = {}
    for case in json.loads(cases_file.read_text(encoding="utf-8"))["cases"]:
        found, count = paired.get(case["expect"], (0, 0))
        paired[case["expect"]] = (found + compare(case["a"], case["b"]).same_fact, count + 1)
    return paired


def contradiction_scores(outcomes: list[CaseOutcome]) -> dict[str, Scores]:
    """Per kind: recall over the cases of that kind, precision over predictions of that kind."""
    table: dict[str, Scores] = {}
    kinds = sorted({o.kind for o in outcomes if o.expect == "contradiction"})
    for kind in [*kinds, "all"]:
        def wanted(o: CaseOutcome, kind: str = kind) -> bool:
            return o.expect == "contradiction" and (kind == "all" or o.kind == kind)

        expected = sum(1 for o in outcomes if wanted(o))
        predicted = [o for o in outcomes if o.predicted_kind and (kind == "all" or o.predicted_kind == kind)]
        true_positives = sum(1 for o in predicted if o.expect == "contradiction")
        table[kind] = scores(true_positives, len(predicted), expected)
    return table


@dataclass(frozen=True)
class Mixing:
    topics: int
    multi_file_groups: int
    mixed_groups: int
    examples: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.mixed_groups / self.multi_file_groups if self.multi_file_groups else 0.0


def ecbplus_topics(folder: Path) -> dict[str, dict[str, list[Path]]]:
    clusters = json.loads((folder / "clusters.json").read_text(encoding="utf-8"))
    topics: dict[str, dict[str, list[Path]]] = defaultdict(dict)
    for name, docs in clusters.items():
        topic = name.split("_", 1)[0]
        topics[topic][name] = [folder / "text" / name / f"{doc}.txt" for doc in docs]
    return topics


def ecbplus_mixing(folder: Path = ECBPLUS, *, limit: int | None = None) -> Mixing:
    multi = mixed = 0
    examples: list[str] = []
    topics = ecbplus_topics(folder)
    names = sorted(topics, key=int)[:limit]
    for topic in names:
        event_of: dict[str, str] = {}
        sources = []
        for event, paths in sorted(topics[topic].items()):
            for path in paths:
                if path.exists():
                    source = read_source(path)
                    event_of[source.path] = event
                    sources.append(source)
        result = analyse_sources(sorted(sources, key=lambda s: s.path))
        for cluster in result.clusters:
            if len(cluster.files) < 2:
                continue
            multi += 1
            if len({event_of[f] for f in cluster.files}) > 1:
                mixed += 1
                if len(examples) < 12:
                    examples.append(" | ".join(c.text[:80] for c in cluster.claims[:2]))
    return Mixing(len(names), multi, mixed, tuple(examples))


@dataclass(frozen=True)
class RealContradictions:
    """The contradictions reported on all ECB+ articles at once, against a reader's review
    of an earlier run (bench/gold/ecbplus_contradiction_review.json)."""

    groups: int
    labels: Counter[str]  # the review's label of each group's first judged conflict, or "unreviewed"

    @property
    def precision(self) -> float:
        judged = self.labels["true"] + sum(n for label, n in self.labels.items() if label.startswith("false"))
        return self.labels["true"] / judged if judged else 0.0


def ecbplus_contradictions(folder: Path = ECBPLUS) -> RealContradictions:
    review = json.loads(REVIEW.read_text(encoding="utf-8"))["reviews"]
    # A pair is one judgement whichever file the report names first.
    label_of = {pair: r["label"] for r in review for pair in ((r["a"], r["b"]), (r["b"], r["a"]))}
    result = analyse([str(folder / "text")])
    labels: Counter[str] = Counter()
    contradicted = [cluster for cluster in result.clusters if cluster.conflicts]
    for cluster in contradicted:
        # The review judged the first conflict of each group as an earlier run ordered them:
        # the first of this group's conflicts it judged.
        keys = (tuple(f"{Path(c.source).relative_to(folder)}:{c.line}" for c in (conflict.a, conflict.b))
                for conflict in cluster.conflicts)
        labels[next((label_of[key] for key in keys if key in label_of), "unreviewed")] += 1
    return RealContradictions(len(contradicted), labels)


def _flagged(outcomes: list[CaseOutcome]) -> str:
    """How many compatible and different-fact cases were reported as contradictions."""
    def share(expect: str) -> str:
        cases = [o for o in outcomes if o.expect == expect]
        return f"{sum(o.predicted_kind is not None for o in cases)}/{len(cases)}"

    return (f"compatible cases flagged: {share('compatible')}; "
            f"different-fact cases flagged: {share('different-fact')}")


def _found(outcomes: list[CaseOutcome]) -> int:
    return sum(outcome.predicted_kind is not None for outcome in outcomes)


def _row(name: str, s: Scores) -> str:
    return (f"{name:<14} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
            f"(tp={s.true_positives}, predicted={s.predicted}, expected={s.expected})")


def _print_alignment(title: str, folder: str, gold_files: tuple[Path, Path], *, verbose: bool) -> None:
    alignment, expected, predicted, result = alignment_scores(folder, gold_file=gold_files[0])
    print(f"Alignment on {title} (pairwise, against {gold_files[0].relative_to(ROOT)} and "
          f"{gold_files[1].name})")
    print(_row("annotator A", alignment))
    second, expected_b, _, _ = alignment_scores(folder, gold_file=gold_files[1], result=result)
    print(_row("annotator B", second))
    print(_row("A and B agree", agreed_scores(expected, expected_b, predicted)))
    agreement = scores(len(expected & expected_b), len(expected_b), len(expected))
    print(f"(agreement of the two annotators: F1={agreement.f1:.3f})")
    contradicted = sum(1 for c in result.clusters if c.status is Status.CONTRADICTED)
    print(f"contradicted groups reported on {title}: {contradicted}")
    if verbose:
        text = {c.key: f"{c.location} {c.text[:70]}" for c in result.claims}
        for label, pairs in (("missed", expected - predicted), ("extra", predicted - expected)):
            for a, b in sorted(pairs):
                print(f"  {label}: {text.get(a, a[0])}\n          {text.get(b, b[0])}")


def _print_ecbplus_edits(folder: Path, cases_file: Path, *, verbose: bool) -> None:
    edits = ecbplus_edits(folder, cases_file)
    wanted = [o for o in edits if o.expect == "contradiction"]
    by_kind = {kind: [o for o in wanted if o.kind == kind] for kind in sorted({o.kind for o in wanted})}
    print(f"{cases_file.relative_to(ROOT)} (real news): {_found(wanted)}/{len(wanted)} reported; "
          "by kind: "
          + ", ".join(f"{kind} {_found(found)}/{len(found)}" for kind, found in by_kind.items())
          + f"; compatible rewordings flagged: {_found([o for o in edits if o.expect == 'compatible'])}/"
          f"{sum(o.expect == 'compatible' for o in edits)}")
    if verbose:
        for o in edits:
            if (o.predicted_kind is None) == (o.expect == "contradiction"):
                print(f"  wrong: {o.case_id} expect={o.expect} got={o.predicted_kind}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ecbplus", type=Path, default=ECBPLUS)
    parser.add_argument("--topics", type=int, default=None, help="only the first N ECB+ topics")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and errors")
    args = parser.parse_args(argv)

    _print_alignment("the seeds", "seeds", (GOLD, GOLD_B), verbose=args.verbose)
    for title, folder, gold, gold_b in HELD_OUT_STORIES:
        print()
        _print_alignment(title, str(folder), (gold, gold_b), verbose=args.verbose)

    outcomes = contradiction_outcomes()
    print("\nContradictions on the edited cases (bench/gold/contradiction_cases.json)")
    for kind, s in contradiction_scores(outcomes).items():
        print(_row(kind, s))
    print(_flagged(outcomes))
    if args.verbose:
        for o in outcomes:
            wrong = (o.expect == "contradiction") != (o.predicted_kind is not None) or (
                o.predicted_kind and o.expect == "contradiction" and o.predicted_kind != o.kind)
            if wrong:
                print(f"  wrong: {o.case_id} expect={o.expect} kind={o.kind} got={o.predicted_kind}")

    print()
    for title, cases_file in (("Denials worded apart", DENIALS),
                              ("Denials worded apart, second set", DENIALS_2),
                              ("Words of opposite sense", OPPOSITES)):
        found = contradiction_outcomes(cases_file)
        print(f"{title} ({cases_file.relative_to(ROOT)}, blind): "
              f"{sum(o.expect == 'contradiction' and o.predicted_kind == 'negation' for o in found)}/"
              f"{sum(o.expect == 'contradiction' for o in found)} found as negations; {_flagged(found)}")
    roles = article_pair_outcomes()
    print(f"One title given to two people ({ROLES.relative_to(ROOT)}, blind): "
          f"{sum(o.expect == 'contradiction' and o.predicted_kind == 'name' for o in roles)}/"
          f"{sum(o.expect == 'contradiction' for o in roles)} found as names; {_flagged(roles)}")

    paired = paired_as_one_fact()
    print(f"Pairs that share two numbers and little else ({SHARED_VALUES.relative_to(ROOT)}, blind): "
          + "; ".join(f"{expect} paired {found}/{count}"
                      for expect, (found, count) in sorted(paired.items())))

    grouped = grouped_as_one_fact()
    print(f"A figure alike in two short articles ({FIGURES.relative_to(ROOT)}, blind): "
          + "; ".join(f"{expect} grouped {found}/{count}"
                      for expect, (found, count) in sorted(grouped.items())))

    print("\nContradictions across paraphrases (a value edited in one article, against other wording)")
    for folder, cases in ((HELDOUT, HELDOUT_EDITS), *BLIND_EDITS):
        edits = paraphrase_contradictions(folder, cases)
        by_kind = {kind: [o for o in edits if o.kind == kind] for kind in sorted({o.kind for o in edits})}
        print(f"{cases.relative_to(ROOT)}: {_found(edits)}/{len(edits)} reported; by kind: "
              + ", ".join(f"{kind} {_found(found)}/{len(found)}" for kind, found in by_kind.items()))
        if args.verbose:
            for o in edits:
                if o.predicted_kind is None:
                    print(f"  missed: {o.case_id}")

    if (args.ecbplus / "clusters.json").exists():
        for cases_file in (ECBPLUS_EDITS, ECBPLUS_ROLE_EDITS):
            _print_ecbplus_edits(args.ecbplus, cases_file, verbose=args.verbose)
        mixing = ecbplus_mixing(args.ecbplus, limit=args.topics)
        print(f"\nECB+ cross-event mixing: {mixing.mixed_groups}/{mixing.multi_file_groups} "
              f"multi-file groups mix two events ({mixing.rate:.2%}) over {mixing.topics} topics")
        if args.verbose:
            for example in mixing.examples:
                print(f"  mixed: {example}")
        real = ecbplus_contradictions(args.ecbplus)
        counts = ", ".join(f"{label} {n}" for label, n in sorted(real.labels.items()))
        print(f"ECB+ contradictions (all 982 articles at once): {real.groups} contradicted groups; "
              f"first conflict as reviewed: {counts}; precision {real.precision:.2f}")
    else:
        print(f"\nECB+ not found at {args.ecbplus}: mixing rate not measured")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
