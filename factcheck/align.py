"""Stage 4: group claims from different files that state the same fact.

Candidates come from an inverted index of distinctive terms and values, so the work
grows with the corpus rather than with its square. A pair is judged on what the two
claims assert (shared terms weighted by rarity, values compared by ``classify``);
string similarity only refines the score. Groups use complete linkage: every pair in
a group must be judged the same fact, so loosely similar sentences never chain.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from .classify import Difference, differences, entity_difference
from .lexicon import COMMON_WORDS
from .models import ConflictKind
from .normalise import Features, stem

SAME_THRESHOLD = 0.4
CONFLICT_THRESHOLD = 0.6
SUBSTITUTION_THRESHOLD = 0.8
MIN_SHARED_TERMS = 2
MIN_CONTENT = 0.8
MIN_SAID_TERMS = 3
# A name shared by most claims of the story (its main actors) anchors nothing.
ANCHOR_WEIGHT = 0.5
MASS_SHARE = 0.3
MASS_SCALE = 2.5
# Near-verbatim repeats within one file may share a group.
REPEAT_RATIO = 90.0

COMMON_FACTOR = 0.3
COMMON_STEMS = frozenset(stem(word) for word in COMMON_WORDS)
MIN_LARGE_COVERAGE = 0.15
DOCUMENT_REFERENCE = 0.08
DOCUMENT_PENALTY = 0.4
DOCUMENT_MIN_COUNT = 10

Weight = Callable[[str], float]


def uniform(term: str) -> float:
    """Without a corpus every term counts as a typical one would in a report."""
    return 0.6 * COMMON_FACTOR if term in COMMON_STEMS else 0.6


@dataclass(frozen=True)
class Judgement:
    """Whether two claims state the same fact, how sure, and on which values they differ."""

    same_fact: bool
    score: float
    shared: frozenset[str]
    difference: Difference | None = None


class TermWeights:
    """Rarity of a term among the claims compared: common words count for little."""

    def __init__(self, features: Sequence[Features]) -> None:
        self.count = len(features)
        self.frequency: Counter[str] = Counter()
        for feature in features:
            self.frequency.update(feature.all_terms)
        self._top = math.log(self.count + 1) + 1.0

    def __call__(self, term: str) -> float:
        frequency = self.frequency.get(term, 1)
        rarity = (math.log((self.count + 1) / (frequency + 0.5)) + 1.0) / self._top
        return rarity * COMMON_FACTOR if term in COMMON_STEMS else rarity


def _coverage(a: frozenset[str], b: frozenset[str], weight: Weight) -> tuple[float, frozenset[str]]:
    shared = a & b
    if not shared:
        return 0.0, shared
    weight_a = sum(weight(term) for term in a)
    weight_b = sum(weight(term) for term in b)
    weight_shared = sum(weight(term) for term in shared)
    small, large = sorted((weight_a, weight_b))
    if weight_shared / large < MIN_LARGE_COVERAGE:
        return 0.0, shared  # a few words of a long sentence: not its fact
    coverage = 0.6 * weight_shared / small + 0.4 * weight_shared / large
    # Long sentences carry extra detail: enough rare content in common also counts.
    mass = 1.0 - math.exp(-weight_shared / MASS_SCALE)
    return (1.0 - MASS_SHARE) * coverage + MASS_SHARE * mass, shared


def _matched_values(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str]]:
    """Value terms of both claims, with b's compatible values renamed to a's.

    "April 11" and "the 11th", or "2%" and "two percent", then count as shared.
    """
    renamed: dict[str, str] = {}
    for x in a.dates:
        for y in b.dates:
            if x.token and y.token and x.comparable(y) and x.compatible(y):
                renamed.setdefault(y.token, x.token)
    for q in a.quantities:
        for r in b.quantities:
            if q.comparable(r) and q.compatible(r):
                renamed.setdefault(r.token, q.token)
    for o in a.ordinals:
        for p in b.ordinals:
            if o.rank == p.rank and set(o.head) & set(p.head):
                renamed.setdefault(p.token, o.token)
    values_b = frozenset(renamed.get(term, term) for term in b.value_terms)
    return a.value_terms, values_b


@dataclass(frozen=True)
class Thresholds:
    """How similar two claims must be to count as one fact, or as one fact in conflict."""

    same: float = SAME_THRESHOLD
    conflict: float = CONFLICT_THRESHOLD

    def raised(self, by: float) -> Thresholds:
        return Thresholds(self.same + by, self.conflict + by)


def judge(a: Features, b: Features, weight: Weight = uniform, *,
          thresholds: Thresholds = Thresholds()) -> Judgement:
    """The same-fact decision for one pair of claims."""
    content, shared_terms = _coverage(a.terms, b.terms, weight)
    values_a, values_b = _matched_values(a, b)
    full, shared = _coverage(a.terms | values_a, b.terms | values_b, weight)
    fuzzy = fuzz.token_set_ratio(a.text, b.text) / 100.0
    score = round(min(1.0, 0.8 * max(content, full) + 0.2 * fuzzy), 4)
    # Names alone do not make a fact: the claims must also share what is said of them.
    said = shared_terms - a.entities - b.entities - COMMON_STEMS
    said_weight = sum(weight(term) for term in said)
    found = differences(a, b)
    # Values both claims give count as common ground even when they disagree.
    names = [term for term in (shared_terms - said) - COMMON_STEMS if weight(term) >= ANCHOR_WEIGHT]
    anchors = len(shared - shared_terms) + len(names) + len(found)
    informative = said_weight >= MIN_CONTENT and (len(said) >= MIN_SAID_TERMS or anchors > 0)
    if not informative:
        return Judgement(False, score, shared)
    # A role held by another person already accounts for the names that differ.
    names_explained = any(difference.kind is ConflictKind.NAME for difference in found)
    other_names = None if names_explained else entity_difference(a, b)
    conflict_score = round(min(1.0, 0.8 * content + 0.2 * fuzzy), 4)
    if len(found) + (other_names is not None) >= 2:
        # Several things differ (a value and the names around it): two look-alike
        # events, such as two summits in different places and months.
        return Judgement(False, score, shared)
    if found:
        same = conflict_score >= thresholds.conflict and len(shared_terms) >= MIN_SHARED_TERMS
        return Judgement(same, conflict_score, shared, found[0] if same else None)
    if other_names is not None and conflict_score >= SUBSTITUTION_THRESHOLD + thresholds.conflict \
            - CONFLICT_THRESHOLD:
        # One name swapped for another in an otherwise identical statement.
        return Judgement(True, conflict_score, shared, other_names)
    return Judgement(score >= thresholds.same, score, shared)


def candidate_pairs(
    features: Sequence[Features], sources: Sequence[str], *, max_postings: int | None = None
) -> list[tuple[int, int]]:
    """Pairs of claims from different files that share two or more distinctive terms."""
    if max_postings is None:
        max_postings = max(40, int(4 * math.sqrt(len(features))))
    postings: dict[str, list[int]] = defaultdict(list)
    for index, feature in enumerate(features):
        for term in feature.all_terms:
            postings[term].append(index)
    shared_counts: Counter[tuple[int, int]] = Counter()
    for term in sorted(postings):
        members = postings[term]
        if len(members) < 2 or len(members) > max_postings:
            continue
        for i, j in combinations(members, 2):
            if sources[i] != sources[j]:
                shared_counts[(i, j)] += 1
    return sorted(pair for pair, count in shared_counts.items() if count >= MIN_SHARED_TERMS)


@dataclass
class Alignment:
    """Groups of claim indices, with the judgements that joined them."""

    groups: list[list[int]]
    judgements: dict[tuple[int, int], Judgement]


class DocumentSimilarity:
    """How much two whole articles have in common (TF-IDF cosine over their claims' terms).

    Articles about one story share names, numbers and rare words; a look-alike article
    about another event shares far less. Claims of weakly related articles must be more
    alike before they count as one fact.
    """

    def __init__(self, features: Sequence[Features], sources: Sequence[str]) -> None:
        bags: dict[str, Counter[str]] = defaultdict(Counter)
        for feature, source in zip(features, sources, strict=True):
            bags[source].update(feature.all_terms)
        document_frequency: Counter[str] = Counter()
        for bag in bags.values():
            document_frequency.update(bag.keys())
        count = len(bags)
        self.vectors = {
            source: {term: (1.0 + math.log(n)) * math.log((count + 1) / document_frequency[term])
                     for term, n in bag.items()}
            for source, bag in bags.items()
        }
        self.norms = {source: math.sqrt(sum(v * v for v in vector.values())) or 1.0
                      for source, vector in self.vectors.items()}
        self._cache: dict[tuple[str, str], float] = {}
        # With a handful of articles, document frequencies say little: trust them less.
        self.confidence = min(1.0, max(0, count - 2) / DOCUMENT_MIN_COUNT)

    def __call__(self, first: str, second: str) -> float:
        key = (first, second) if first <= second else (second, first)
        if key not in self._cache:
            a, b = self.vectors[key[0]], self.vectors[key[1]]
            if len(a) > len(b):
                a, b = b, a
            dot = sum(value * b[term] for term, value in a.items() if term in b)
            self._cache[key] = dot / (self.norms[key[0]] * self.norms[key[1]])
        return self._cache[key]

    def penalty(self, first: str, second: str) -> float:
        if first == second:
            return 0.0
        shortfall = max(0.0, DOCUMENT_REFERENCE - self(first, second)) / DOCUMENT_REFERENCE
        return DOCUMENT_PENALTY * shortfall * self.confidence


def align(features: Sequence[Features], sources: Sequence[str], texts: Sequence[str], *,
          thresholds: Thresholds | None = None) -> Alignment:
    thresholds = thresholds or Thresholds(SAME_THRESHOLD, CONFLICT_THRESHOLD)
    weight = TermWeights(features)
    documents = DocumentSimilarity(features, sources)
    judgements: dict[tuple[int, int], Judgement] = {}

    def verdict(i: int, j: int) -> Judgement:
        key = (min(i, j), max(i, j))
        if key not in judgements:
            raised = thresholds.raised(documents.penalty(sources[key[0]], sources[key[1]]))
            judgements[key] = judge(features[key[0]], features[key[1]], weight, thresholds=raised)
        return judgements[key]

    scored = [(pair, verdict(*pair)) for pair in candidate_pairs(features, sources)]
    scored = [(pair, found) for pair, found in scored if found.same_fact]
    scored.sort(key=lambda item: (-item[1].score, item[0]))

    group_of = list(range(len(features)))
    members: dict[int, list[int]] = {index: [index] for index in range(len(features))}

    def compatible(x: int, y: int) -> bool:
        # A file may state a fact twice (headline and body): that is it repeating itself.
        if sources[x] == sources[y] and fuzz.ratio(texts[x], texts[y]) >= REPEAT_RATIO:
            return True
        return verdict(x, y).same_fact

    for (i, j), _found in scored:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        if all(compatible(x, y) for x in members[gi] for y in members[gj]):
            keep, drop = min(gi, gj), max(gi, gj)
            for member in members[drop]:
                group_of[member] = keep
            members[keep].extend(members.pop(drop))
    groups = [sorted(group) for group in members.values()]
    return Alignment(groups=sorted(groups), judgements=judgements)
