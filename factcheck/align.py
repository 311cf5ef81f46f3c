"""Stage 4: group claims from different files that state the same fact.

Candidates come from an inverted index of distinctive terms and values, so the work
grows with the corpus rather than with its square. A pair is judged on what the two
claims assert (shared terms weighted by rarity, values compared by ``classify``);
string similarity only refines the score. Groups use complete linkage: every pair in
a group must be judged the same fact, so loosely similar sentences never chain.
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from itertools import combinations

from rapidfuzz import fuzz

from . import parallel
from .attribution import quote_spans
from .classify import (
    CLOCK,
    VALUE_KINDS,
    Difference,
    Value,
    denial,
    denies_the_other,
    differences,
    distinct_names,
    entity_difference,
    figure_size,
    figures_within,
    opposite,
    unknown_subject,
    values_alike,
    values_of,
)
from .lexicon import COMMON_WORDS, NEGATIONS
from .links import Links
from .models import ConflictKind
from .normalise import Bearing, DateRef, Features, Quantity, stem
from .progress import SILENT, Progress

SAME_THRESHOLD = 0.4
CONFLICT_THRESHOLD = 0.7
SUBSTITUTION_THRESHOLD = 0.8
# Two events of one kind (months apart, under another holder of a role) read alike: only a
# near-identical claim conflicts.
FAR_THRESHOLD = 0.8
MIN_SHARED_TERMS = 2
MIN_CONTENT = 0.8
MIN_SAID_TERMS = 3
# Two claims that say one and the same thing and nothing else ("No one was killed." / "Nobody
# died."), or one that says nothing the other does not, of names the other gives too ("He
# did not say what Roe was being treated for."), need less weight in it: all it says is shared.
WHOLE_CONTENT = 0.4
# A name shared by most claims of the story (its main actors) anchors nothing.
ANCHOR_WEIGHT = 0.5
# A value this rare among the claims (by TermWeights), and specific enough to be told apart
# (see telling_values), is common ground two claims seldom share by chance: with no value
# that differs, it lets a pair that says less in common words (``WHOLE_CONTENT``) be
# informative.
TELLING_WEIGHT = 0.6
SMALL_COUNT = 10  # whole counts below this ("two men", "three boats") are no telling value
# An exact figure of this many significant digits or more ("143", "3,214", "£1.37 million")
# is seldom given by chance: two articles of one story that write it give one fact. (Two
# digits are not enough: "Vaughn finished with 16 points" / "McNeal posted 16 points".)
UNCOMMON_DIGITS = 3
# A rare figure of this size or more, of one thing, given alike to within CLOSE_FIGURES
# ("about 9,000 visitors" / "some 9,000 people came"; not "around 7,500"), counts as well.
LARGE_FIGURE = 100
CLOSE_FIGURES = 1.1
NARROW_RANGE = 1.5  # a telling figure's range: "about 12,000" is, "between 10 and 20" is not
MASS_SHARE = 0.3
MASS_SCALE = 2.5
# Near-verbatim repeats within one file may share a group.
REPEAT_RATIO = 90.0
# A sentence of this many words, word for word in two files, is one statement even when
# it says too little to judge ("She is the embodiment of beauty."): of the 733 sentences
# repeated across the ECB+ files, from 3 words up, none is in articles of two events.
REPEATED_SENTENCE_WORDS = 6
# A quotation this long, word for word in two files, is one statement.
QUOTED_WORDS = 6
_QUOTE_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019")
_QUOTED_WORD = re.compile(r"[^\W_]+")
# Blocking: see posting_limit(). Judging: distinct pairs per block of work for a process.
MAX_POSTINGS = 500
SMALL_RUN = 500  # claims: a run this small blocks on every term (see posting_limit)
JUDGE_BLOCK = 200
CLAUSE_BLOCK = 100  # groups: fewer are not worth a process
# judge() takes at most this much of a score from string similarity.
STRING_SHARE = 0.2
# judge() may add the same weights in another order: tests against its limits allow this.
SLACK = 1e-9
# The most that judge() rounding a score to 4 places may add to it (with SLACK to spare).
ROUNDING = 0.5e-4 + SLACK

COMMON_FACTOR = 0.3
COMMON_STEMS = frozenset(stem(word) for word in COMMON_WORDS)
NEGATION_STEMS = frozenset(stem(word) for word in NEGATIONS)
# How much more than SAME_THRESHOLD a pair worded apart must score, were its values to agree,
# to be one fact whose value one claim gives otherwise (value_conflict).
VALUE_MARGIN = 0.2
MIN_LARGE_COVERAGE = 0.25
# Claims of two articles less alike than DOCUMENT_REFERENCE (TF-IDF cosine) need up to
# DOCUMENT_PENALTY more score. Document frequencies over DOCUMENT_FEW articles or fewer say
# nothing (every rare word is in one of a handful), and are fully trusted from
# DOCUMENT_FEW + DOCUMENT_MIN_COUNT articles on. Chosen on ECB+ topics (mixing 4.7% -> 1.8%;
# the same values give 1.8% on either half of the topics) with the seeds unchanged.
DOCUMENT_REFERENCE = 0.15
DOCUMENT_PENALTY = 0.6
DOCUMENT_MIN_COUNT = 15
DOCUMENT_FEW = 5

Weight = Callable[[str], float]
Pair = tuple[int, int]


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

    def table(self) -> dict[str, float]:
        """Every weight computed once: ``table().__getitem__`` is a faster ``self``."""
        table = _WeightTable(self)
        for term in self.frequency:
            table[term] = self(term)
        return table


class _WeightTable(dict):
    """Weights by term; a term never seen is weighed when first asked for."""

    def __init__(self, weight: Weight) -> None:
        super().__init__()
        self.weight = weight

    def __missing__(self, term: str) -> float:
        value = self[term] = self.weight(term)
        return value


def _coverage(a: frozenset[str], b: frozenset[str], weight: Weight,
              totals: tuple[float, float] | None = None, *,
              least: float | None = None) -> tuple[float, frozenset[str]]:
    """How much of two claims' terms they share; ``totals``: the weights of ``a`` and ``b``
    when known (summed as here, so that the result is the same to the last bit); ``least``:
    the share of the larger claim below which the pair shares nothing that counts
    (``MIN_LARGE_COVERAGE`` unless given)."""
    shared = a & b
    if not shared:
        return 0.0, shared
    weight_a, weight_b = totals or (sum(map(weight, a)), sum(map(weight, b)))
    weight_shared = sum(map(weight, shared))
    small, large = sorted((weight_a, weight_b))
    if weight_shared / large < (MIN_LARGE_COVERAGE if least is None else least):
        return 0.0, shared  # a few words of a long sentence: not its fact
    coverage = 0.6 * weight_shared / small + 0.4 * weight_shared / large
    # Long sentences carry extra detail: enough rare content in common also counts.
    mass = 1.0 - math.exp(-weight_shared / MASS_SCALE)
    return (1.0 - MASS_SHARE) * coverage + MASS_SHARE * mass, shared


def _matched_values(a: Features, b: Features, *,
                    slots: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """Value terms of both claims, with b's compatible values renamed to a's.

    "April 11" and "the 11th", or "2%" and "two percent", then count as shared. ``slots``:
    values that could be compared count as shared even when they differ ("12,000 litres" /
    "15,000 litres"): what the pair would share were they to agree.
    """
    values_a, values_b, slots_b = _values_alike(a, b)
    return values_a, slots_b if slots else values_b


def _values_alike(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """a's value terms; b's with the values that agree with a's renamed to a's; and b's with
    also those that differ from a's renamed (where they agree with none of a's)."""
    if not a.value_terms or not b.value_terms:
        return a.value_terms, b.value_terms, b.value_terms
    renamed: dict[str, str] = {}
    differing: list[tuple[str, str]] = []
    for x in a.dates:
        for y in b.dates:
            if x.token and y.token and x.comparable(y):
                if x.compatible(y):
                    renamed.setdefault(y.token, x.token)
                else:
                    differing.append((y.token, x.token))
    for q in a.quantities:
        for r in b.quantities:
            if q.comparable(r):
                if q.compatible(r):
                    renamed.setdefault(r.token, q.token)
                else:
                    differing.append((r.token, q.token))
    for o in a.ordinals:
        for p in b.ordinals:
            if o.rank == p.rank and set(o.head) & set(p.head):
                renamed.setdefault(p.token, o.token)
    for theirs, mine, alike in _spans(a, b):
        if alike:
            renamed.setdefault(theirs, mine)
        else:
            differing.append((theirs, mine))
    values_b = frozenset(renamed.get(term, term) for term in b.value_terms)
    if not differing:
        return a.value_terms, values_b, values_b
    slotted = dict(renamed)
    for theirs, mine in differing:
        if theirs not in renamed and theirs not in a.value_terms:
            slotted.setdefault(theirs, mine)
    return a.value_terms, values_b, frozenset(slotted.get(term, term) for term in b.value_terms)


def _spans(a: Features, b: Features) -> Iterator[tuple[str, str, bool]]:
    """b's value terms that give a span of time one of a's "since" years does, or that it
    cannot be, each with a's and whether they agree: "since 1960" and "in over six decades"
    agree (either way round), "since 1960" and "in five decades" do not."""
    for x in a.dates:
        if x.elapsed is not None:
            yield from ((r.token, x.token, x.spans(r)) for r in b.quantities if r.span_of_years)
    for y in b.dates:
        if y.elapsed is not None:
            yield from ((y.token, q.token, y.spans(q)) for q in a.quantities if q.span_of_years)


@dataclass(frozen=True)
class Thresholds:
    """How similar two claims must be to count as one fact, or as one fact in conflict."""

    same: float = SAME_THRESHOLD
    conflict: float = CONFLICT_THRESHOLD
    raised_by: float = 0.0  # for claims of articles unlike as wholes, or a conflict worded apart

    def raised(self, by: float) -> Thresholds:
        return Thresholds(self.same + by, self.conflict + by, self.raised_by + by)


def judge(a: Features, b: Features, weight: Weight = uniform, *,
          thresholds: Thresholds = Thresholds(), verdict_only: bool = False) -> Judgement:
    """The same-fact decision for one pair of claims.

    ``verdict_only``: the caller keeps only ``same_fact`` of a pair that is not one fact, so
    a pair below both thresholds is turned away before its values are compared (its score
    may then differ from the full judgement's).
    """
    content, shared_terms = _coverage(a.terms, b.terms, weight)
    # Names alone do not make a fact: the claims must also share what is said of them.
    said = shared_terms - a.entities - b.entities - COMMON_STEMS - a.speaker_terms - b.speaker_terms
    said_weight = sum(map(weight, said))
    # A rare figure, time or day of a month both give alike, with a word said of it, is one
    # fact's however little of a long sentence the rest covers ("The order covers 3,214
    # households ..." / "Just over 3,200 households on the town network cannot use tap
    # water ..."), between articles of one story (in articles unlike as wholes a figure
    # alike is as often another event's: two quakes' "about 50 injured"). An uncommon figure,
    # or a large count of one thing, alike needs no word in common ("sickens 143" / "143
    # confirmed or suspected cases").
    may_tell = not thresholds.raised_by and (
        said_weight >= WHOLE_CONTENT and (_tells_figure(a, b, weight) or _tells_figure(b, a, weight)
                                          or _tells_time(said, weight) or _share_date(a, b, weight))
        or _share_uncommon_figure(a, b, weight))
    values_a, values_b, slots_b = _values_alike(a, b)
    # Values one claim lacks lower the score; they do not make a fact whose terms are well
    # covered a few words of a long sentence.
    full, shared = _coverage(a.terms | values_a, b.terms | values_b, weight,
                             least=0.0 if content else None)
    # A value given otherwise may still leave the pair one fact in conflict (value_conflict).
    most = full if slots_b == values_b else _coverage(a.terms | values_a, b.terms | slots_b, weight,
                                                      least=0.0 if content else None)[0]
    if verdict_only and not may_tell and 0.8 * most + 0.2 < thresholds.same - ROUNDING and \
            0.8 * content + 0.2 < thresholds.conflict - ROUNDING:
        # Not even identical strings could lift the scores below to a threshold.
        return Judgement(False, round(0.8 * full + 0.2, 4), shared)
    fuzzy = fuzz.token_set_ratio(a.text, b.text) / 100.0
    # Values are part of what a claim asserts: a partner that lacks them covers less of it
    # ("first-ever trilateral summit" against a sentence that merely names the summit).
    score = round(min(1.0, 0.8 * full + 0.2 * fuzzy), 4)
    conflict_score = round(min(1.0, 0.8 * content + 0.2 * fuzzy), 4)
    below = score < thresholds.same and conflict_score < thresholds.conflict
    if verdict_only and not may_tell and below and 0.8 * most + 0.2 * fuzzy < thresholds.same + VALUE_MARGIN:
        return Judgement(False, score, shared)  # no path below can reach a same-fact verdict
    found = differences(a, b)
    # Values both claims give count as common ground even when they disagree.
    names = [term for term in (shared_terms - said) - COMMON_STEMS if weight(term) >= ANCHOR_WEIGHT]
    # Both denying it ("No gun has been recovered" / "The gun has not been recovered") is
    # common ground too.
    anchors = len(shared - shared_terms) + len(names) + len(found) + (a.negated and b.negated) + \
        sum(1 for term in said if CLOCK.fullmatch(term))
    whole = said_weight >= WHOLE_CONTENT and (said == said_terms(a) == said_terms(b)
                                              or _said_within(a, said, shared_terms)
                                              or _said_within(b, said, shared_terms)
                                              or _denied_within(a, b, said, shared_terms))
    # A rare value alike is one fact's only when nothing else tells two apart: one claim
    # denying it, words of opposite sense, other names ("Vaughn finished with 16 points" /
    # "Jerel McNeal posted 16 points").
    told = may_tell and not found and not denies_the_other(a, b) and opposite(a, b) is None and \
        not distinct_names(a, b)
    enough = (said_weight >= MIN_CONTENT or whole) and (len(said) >= MIN_SAID_TERMS or anchors > 0)
    informative = told or enough
    if not informative and not found and said_weight >= WHOLE_CONTENT:
        # A rare value both give ("on March 28", "$380,600") is common ground few facts share.
        informative = _share_telling_value(a, b, weight)
    if not informative:
        return Judgement(False, score, shared)
    # A role held by another person already accounts for the names that differ.
    names_explained = any(difference.kind is ConflictKind.NAME for difference in found)
    several = any(difference.several for difference in found)
    if len(found) + several + (not names_explained and distinct_names(a, b)) + \
            (bool(found) and (unknown_subject(a, b) or opposite(a, b) is not None)) >= 2:
        # Several things differ (a value and the names around it, or the one it is said
        # of, when one claim names it by a pronoun, or what happened, in words of opposite
        # sense: "reopened on 3 May" / "closed on 14 February"): two look-alike events, such
        # as two summits in different places and months.
        return Judgement(False, score, shared)
    if found:
        needed = max(thresholds.conflict, FAR_THRESHOLD) if found[0].far else thresholds.conflict
        same = conflict_score >= needed and len(shared_terms) >= MIN_SHARED_TERMS
        if not same and (alike := value_conflict(a, b, weight, thresholds=thresholds.raised(VALUE_MARGIN))):
            return alike  # worded apart, but alike in all else: one fact with another value
        return Judgement(same, conflict_score, shared, found[0] if same else None)
    if conflict_score >= SUBSTITUTION_THRESHOLD + thresholds.conflict - CONFLICT_THRESHOLD and \
            (other_names := entity_difference(a, b)) is not None:
        # One name swapped for another in an otherwise identical statement.
        return Judgement(True, conflict_score, shared, other_names)
    if score >= thresholds.same:
        return Judgement(True, score, shared, denial(a, b) or opposite(a, b))
    return Judgement(told, score, shared)


_NONE_OF = re.compile(r"\b(?:no|none|nobody|nothing|never|neither|nowhere)\b", re.IGNORECASE)


def _denies_any(feature: Features) -> bool:
    """A denial that none of something was ("No one has died"), not of one act ("I can't
    wait to get started")."""
    return feature.negated and _NONE_OF.search(feature.text) is not None


def _said_within(feature: Features, said: frozenset[str], shared_terms: frozenset[str]) -> bool:
    """Whether the other claim says all that ``feature`` says, of all the names it gives:
    a short claim within a longer one ("He did not say what Roe was being treated for")."""
    # One word alone ("There was no reason.") is too little to find within another claim.
    return said == said_terms(feature) and feature.entities <= shared_terms and \
        len(said) + len(feature.entities) >= MIN_SHARED_TERMS


def _denied_within(a: Features, b: Features, said: frozenset[str], shared_terms: frozenset[str]) -> bool:
    """Whether both claims deny that any of the one thing one of them says was, the other
    saying one word more at most ("No one has died." / "No deaths have been recorded."; not
    "There was no reason." / "They killed my little brother for no reason."), when that thing
    is not the denying verb itself ("Nixon denied him" / "All have denied it")."""
    if not (_denies_any(a) and _denies_any(b)) or not said.isdisjoint(NEGATION_STEMS):
        return False
    return any(said == said_terms(short) and short.entities <= shared_terms and
               len(said_terms(other) - said) <= 1 for short, other in ((a, b), (b, a)))


def telling_values(feature: Features) -> list[DateRef | Bearing | Quantity]:
    """The values of a claim specific enough to tell its fact apart: dates, bearings, and
    figures that give one size or a narrow range ("about 12,000"), but not a small whole
    count ("two people", "three boats"), which many facts of a story give, nor a bound ("up
    to 20,000", "more than 200"), which many sizes meet."""
    return [*(date for date in feature.dates if date.token), *feature.bearings,
            *(quantity for quantity in feature.quantities if _telling_figure(quantity))]


def _telling_figure(quantity: Quantity) -> bool:
    if not 0 < quantity.low <= quantity.high <= NARROW_RANGE * quantity.low:
        return False  # a bound, or a wide range
    return not (quantity.unit.startswith("count") and quantity.low == quantity.high
                and quantity.low < SMALL_COUNT and quantity.low.is_integer())


def _share_telling_value(a: Features, b: Features, weight: Weight) -> bool:
    """Whether the claims give one telling value, in agreement, that is rare
    (``TELLING_WEIGHT``) in one of them at least."""
    return _tells_to(a, b, weight) or _tells_to(b, a, weight)


def _tells_figure(a: Features, b: Features, weight: Weight) -> bool:
    """Whether a rare telling figure of ``a`` is given by ``b`` too, of the same thing, and
    alike in size though it may be rounded or a bound ("3,214 households" / "just over 3,200
    households", but not "up to 20,000 litres" against "12,000 litres")."""
    for mine in _rare_telling(a, weight):
        if not isinstance(mine, Quantity):
            continue
        for other in b.quantities:
            if mine.comparable(other) and mine.compatible(other) and _of_one_thing(mine, other) and \
                    (_telling_figure(other) or _near_bound(other, mine)):
                return True
    return False


def _tells_time(said: frozenset[str], weight: Weight) -> bool:
    """Whether the claims say a rare time of day alike, and another word besides ("The alarm
    went off at 3:17 a.m." / "The alarm sounded at 17 minutes past three in the morning")."""
    times = {term for term in said if CLOCK.fullmatch(term) and weight(term) >= TELLING_WEIGHT}
    return bool(times) and bool(said - times)


def _share_date(a: Features, b: Features, weight: Weight) -> bool:
    """Whether a rare date of either claim that gives a day of a month is one the other gives
    too ("is due in court Feb. 17" / "has an arraignment set for February 17, 2009"). A
    year alone is not enough: many facts of a life share one ("hosted the 2007 ceremony" /
    "in 2007 it was noted that she became the first openly gay host")."""
    return _date_given(a, b, weight) or _date_given(b, a, weight)


def _date_given(a: Features, b: Features, weight: Weight) -> bool:
    for mine in a.dates:
        if mine.day is not None and mine.month is not None and weight(mine.token) >= TELLING_WEIGHT:
            if any(other.day == mine.day and other.month == mine.month and mine.compatible(other)
                   for other in b.dates):
                return True
    return False


def uncommon_figures(feature: Features, weight: Weight) -> frozenset[str]:
    """The tokens of the exact, uncommon figures of a claim that are rare among the claims."""
    return frozenset(quantity.token for quantity in feature.quantities
                     if _uncommon(quantity) and weight(quantity.token) >= TELLING_WEIGHT)


def _share_uncommon_figure(a: Features, b: Features, weight: Weight) -> bool:
    """Whether the claims write one exact, uncommon figure (``uncommon_figures``), whatever
    the words after it ("sickens 143" / "143 confirmed or suspected cases"), or one large
    count of one thing alike (``_share_large_figure``)."""
    return not uncommon_figures(a, weight).isdisjoint(uncommon_figures(b, weight)) or \
        _share_large_figure(a, b, weight)


def _share_large_figure(a: Features, b: Features, weight: Weight) -> bool:
    """Whether a rare telling count of either claim of ``LARGE_FIGURE`` or more is given by
    the other too, of the same thing, alike to within ``CLOSE_FIGURES`` ("about 9,000
    visitors" / "some 9,000 people"; "around 7,500 people" is another year's)."""
    return _large_given(a, b, weight) or _large_given(b, a, weight)


def _large_given(a: Features, b: Features, weight: Weight) -> bool:
    for mine in _rare_telling(a, weight):
        if isinstance(mine, Quantity) and mine.unit == "count" and not mine.after_name and \
                figure_size(mine) >= LARGE_FIGURE:
            for other in b.quantities:
                if mine.comparable(other) and _telling_figure(other) and \
                        figures_within(mine, other, CLOSE_FIGURES):
                    return True
    return False


def _digits(quantity: Quantity) -> str:
    """The significant digits of a figure as written ("1,370,000" and "1.37 million": "137")."""
    return f"{quantity.low / quantity.factor:.12g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")


def _uncommon(quantity: Quantity) -> bool:
    if quantity.low != quantity.high or not 0 < quantity.low < math.inf or \
            quantity.unit == "age" or quantity.unit.startswith("years") or quantity.after_name:
        # One person's age, or a span of time ("a seven-month investigation"), is said of
        # many facts; a number after a name may be part of it ("Interstate 75", "Week 11").
        return False
    return len(_digits(quantity)) >= UNCOMMON_DIGITS


def _of_one_thing(quantity: Quantity, other: Quantity) -> bool:
    return not quantity.head or not other.head or not set(quantity.head).isdisjoint(other.head)


def _near_bound(bound: Quantity, figure: Quantity) -> bool:
    """A lower bound near the figure ("just over 3,200" / "3,214"); an upper bound ("up to
    20,000") tells a limit, not a size."""
    return math.isinf(bound.high) and 0 < bound.low <= figure.low <= NARROW_RANGE * bound.low


def _rare_telling(feature: Features, weight: Weight) -> list[DateRef | Bearing | Quantity]:
    """The telling values of a claim that are rare (``TELLING_WEIGHT``) among the claims."""
    return [value for value in telling_values(feature) if weight(value.token) >= TELLING_WEIGHT]


def _tells_to(a: Features, b: Features, weight: Weight) -> bool:
    theirs = telling_values(b)
    for mine in _rare_telling(a, weight):
        for other in theirs:
            # One figure written alike counts, whatever it counts ("12 Somalis" / "12 are
            # from Somalia"); one written apart must be of the same thing.
            if other.token == mine.token or type(other) is type(mine) and not isinstance(mine, Bearing) \
                    and mine.comparable(other) and mine.compatible(other):
                return True
    return False


def said_terms(feature: Features) -> frozenset[str]:
    """What a claim says of its names: judge() finds a pair informative only when the
    terms both claims say weigh ``MIN_CONTENT`` or more, or ``WHOLE_CONTENT`` when they
    are all that one of them says (tests/test_scale.py keeps the two in step)."""
    return feature.terms - feature.entities - COMMON_STEMS - feature.speaker_terms


@dataclass(frozen=True)
class Distinct:
    """Claims with equal features, numbered once: copies of a wire story cost one judgement."""

    features: list[Features]
    members: list[list[int]]  # the claims of each distinct claim, in order
    of: list[int]  # the distinct claim of each claim

    @classmethod
    def of_claims(cls, features: Sequence[Features]) -> Distinct:
        number: dict[Features, int] = {}
        members: list[list[int]] = []
        of: list[int] = []
        for index, feature in enumerate(features):
            found = number.setdefault(feature, len(members))
            if found == len(members):
                members.append([])
            members[found].append(index)
            of.append(found)
        return cls(list(number), members, of)


def posting_limit(claims: int) -> int:
    """Terms held by more distinct claims than this are too common to block on.

    A run of up to ``SMALL_RUN`` claims (one story) blocks on every term: its pairs are few,
    and two claims that share only the story's common words, its main names, may still state
    one fact ("Ellen DeGeneres To Host 86th Oscars" / "Ellen DeGeneres to host the Oscars").
    Past that the limit grows with the corpus up to ``MAX_POSTINGS``, then stays: past that
    size the work grows linearly, and a pair must share rarer terms to be proposed.
    """
    if claims <= SMALL_RUN:
        return claims
    return max(40, min(MAX_POSTINGS, int(4 * math.sqrt(claims))))


class TermIndex:
    """Distinct claims by the distinctive terms they hold: the blocking behind candidates."""

    def __init__(self, distinct: Distinct, *, limit: int) -> None:
        postings: dict[str, list[int]] = defaultdict(list)
        terms = [blocking_terms(feature) for feature in distinct.features]
        for number, held in enumerate(terms):
            for term in held:
                postings[term].append(number)
        # Posting lists are in claim order: the claims after one are a slice of each.
        self._holders = {term: held for term, held in postings.items() if len(held) <= limit}
        # Each claim's terms, the most held last: partners_of() walks its holders once only.
        held_by = {term: len(held) for term, held in self._holders.items()}
        self._keys = [sorted(filter(held_by.__contains__, held), key=held_by.__getitem__) for held in terms]
        self._key_sets = [frozenset(keys) for keys in self._keys]

    def partners_of(self, number: int) -> list[int]:
        """The later distinct claims that share ``MIN_SHARED_TERMS`` or more distinctive
        terms with claim ``number``, in order; itself first when it holds that many (its
        copies in other files)."""
        # held[k]: the later claims met under k + 1 or more of this claim's terms.
        held: list[set[int]] = [set() for _ in range(MIN_SHARED_TERMS)]
        keys, all_holders = self._keys[number], self._holders
        for position, term in enumerate(keys):
            holders = all_holders[term]
            later = holders[bisect_right(holders, number):]
            if later:
                # With ``left`` terms to go, a claim met under fewer than
                # MIN_SHARED_TERMS - left of them so far can no longer reach the count.
                left = len(keys) - position
                for level in range(MIN_SHARED_TERMS - 1, max(0, MIN_SHARED_TERMS - 1 - left), -1):
                    held[level] |= held[level - 1].intersection(later)
                if left >= MIN_SHARED_TERMS:
                    held[0].update(later)
        partners = sorted(held[-1])
        if len(keys) >= MIN_SHARED_TERMS:
            partners.insert(0, number)
        return partners

    def partners(self) -> Iterator[tuple[int, list[int]]]:
        """Each distinct claim with its ``partners_of``."""
        for number in range(len(self._keys)):
            yield number, self.partners_of(number)

    def proposes(self, first: int, second: int) -> bool:
        """Whether ``second`` is one of ``partners_of(first)``, for ``first <= second``."""
        if first == second:
            return len(self._keys[first]) >= MIN_SHARED_TERMS
        return len(self._key_sets[first] & self._key_sets[second]) >= MIN_SHARED_TERMS


# Denying is something two short claims have in common ("No one was killed." / "Nobody
# died."): a key of the index, so that such a pair is proposed though it shares one word only.
# A longer claim that denies something must share two words, as any other claim must.
DENIED_KEY = "!denied"
SHORT_DENIAL = 2  # said terms at most
BAND_FACTOR = 1.25  # figures this near one another share a key of the index


def blocking_terms(feature: Features) -> frozenset[str]:
    """The keys under which the index holds a claim: its terms and values, keys its values
    share with values that may agree with them (``value_keys``), and a short denial's
    ``DENIED_KEY``."""
    keys = feature.all_terms
    if feature.quantities or feature.dates:
        keys |= value_keys(feature)
    if feature.negated and len(said_terms(feature)) <= SHORT_DENIAL:
        return keys | {DENIED_KEY}
    return keys


def value_keys(feature: Features) -> frozenset[str]:
    """Keys that values written apart but possibly in agreement share ("3,214 households" /
    "just over 3,200 households"; "around 40,000" / "forty thousand"; "April 11" / "April 11,
    2024"), so that the index proposes such pairs as it does pairs that write one value.

    A figure is held under the bands of powers of two that 0.8 and 1.25 times its size fall
    in: two figures of one unit within a factor of 1.25 share a band. A date that names a
    month is held under its month, and its month and day when it gives one.
    """
    keys = []
    for quantity in feature.quantities:
        size = figure_size(quantity)
        if 0 < size < math.inf:
            keys.extend(f"~{quantity.unit}:{math.floor(math.log2(size * factor))}"
                        for factor in (1 / BAND_FACTOR, BAND_FACTOR))
    for date in feature.dates:
        if date.month is not None:
            keys.append(f"~month:{date.month}")
            if date.day is not None:
                keys.append(f"~month:{date.month}-{date.day}")
    return frozenset(keys)


def _lone_sources(files_of: Sequence[Counter[str]]) -> list[str | None]:
    """The one file all copies of a distinct claim come from, or None when several."""
    return [next(iter(files)) if len(files) == 1 else None for files in files_of]


def _claim_pairs(distinct: Distinct, sources: Sequence[str], first: int,
                 second: int) -> Iterator[tuple[int, int]]:
    """The claim pairs ``(i, j)``, ``i < j``, from different files, behind two distinct claims."""
    for i in distinct.members[first]:
        for j in distinct.members[second]:
            if (first != second or i < j) and sources[i] != sources[j]:
                yield (i, j) if i < j else (j, i)


def _files_of(distinct: Distinct, sources: Sequence[str]) -> list[Counter[str]]:
    """How many copies of each distinct claim each file holds."""
    return [Counter(sources[i] for i in members) for members in distinct.members]


def _pair_count(files_first: Counter[str], files_second: Counter[str], *, same: bool) -> int:
    """How many pairs ``_claim_pairs`` gives for two distinct claims found in these files
    (``same``: a claim with its own copies), without listing them."""
    if same:
        copies = files_first.total()
        return (copies * copies - sum(n * n for n in files_first.values())) // 2
    pairs = files_first.total() * files_second.total()
    if files_first.keys().isdisjoint(files_second):
        return pairs  # the usual case: no file holds both
    return pairs - sum(n * files_second[file] for file, n in files_first.items() if file in files_second)


def candidate_pairs(
    features: Sequence[Features], sources: Sequence[str], *, max_postings: int | None = None
) -> list[tuple[int, int]]:
    """Pairs of claims from different files that share two or more distinctive terms."""
    distinct = Distinct.of_claims(features)
    limit = posting_limit(len(features)) if max_postings is None else max_postings
    lone = _lone_sources(_files_of(distinct, sources))
    pairs = []
    for first, partners in TermIndex(distinct, limit=limit).partners():
        for second in partners:
            if lone[first] is None or lone[first] != lone[second]:
                pairs.extend(_claim_pairs(distinct, sources, first, second))
    return sorted(pairs)


@dataclass
class Alignment:
    """Groups of claim indices, with the judgements that joined them."""

    groups: list[list[int]]
    judgements: dict[tuple[int, int], Judgement]
    # Claim pairs the index proposed, and judge() calls made for them and for the grouping.
    candidates: int = 0
    pairs_scored: int = 0
    documents: DocumentSimilarity | None = None  # how alike whole articles are
    weight: Weight = uniform  # the rarity of each term among the claims aligned


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
        # Each term's log taken once, not once per article that holds it.
        inverse = {term: math.log((count + 1) / n) for term, n in document_frequency.items()}
        self.vectors = {
            source: {term: (1.0 + math.log(n)) * inverse[term] for term, n in bag.items()}
            for source, bag in bags.items()
        }
        self.norms = {source: math.sqrt(sum(v * v for v in vector.values())) or 1.0
                      for source, vector in self.vectors.items()}
        # With a handful of articles, document frequencies say little: trust them less.
        self.confidence = min(1.0, max(0, count - DOCUMENT_FEW) / DOCUMENT_MIN_COUNT)

    def __call__(self, first: str, second: str) -> float:
        """The cosine of two articles (callers keep what they need: see _RaisedThresholds)."""
        if first > second:
            first, second = second, first  # the same sum, whichever way round it is asked
        a, b = self.vectors[first], self.vectors[second]
        if len(a) > len(b):
            a, b = b, a
        # The same products summed in the same order, without a loop in Python.
        shared = list(filter(b.__contains__, a))
        dot = sum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
        return dot / (self.norms[first] * self.norms[second])

    def penalty(self, first: str, second: str) -> float:
        if first == second:
            return 0.0
        shortfall = max(0.0, DOCUMENT_REFERENCE - self(first, second)) / DOCUMENT_REFERENCE
        return DOCUMENT_PENALTY * shortfall * self.confidence


class _RaisedThresholds:
    """The thresholds that claims of two files must reach (see DocumentSimilarity), found
    once per pair of files, with one Thresholds per penalty: copies of a story give many
    claim pairs per pair of files."""

    def __init__(self, documents: DocumentSimilarity | None, thresholds: Thresholds) -> None:
        self.documents, self.thresholds = documents, thresholds
        self._of_files: dict[tuple[str, str], Thresholds] = {}
        self._at_penalty: dict[float, Thresholds] = {}

    def __call__(self, first: str, second: str) -> Thresholds:
        key = (first, second) if first <= second else (second, first)
        found = self._of_files.get(key)
        if found is None:
            penalty = self.documents.penalty(*key) if self.documents else 0.0
            found = self._at_penalty.get(penalty)
            if found is None:
                found = self._at_penalty[penalty] = self.thresholds.raised(penalty)
            self._of_files[key] = found
        return found


class _Gate(Enum):
    """What the cheap tests say of a pair: no verdict possible; possible only if matched
    values make up for the terms (so that ``covers`` need not weigh the terms alone);
    possible; or possible and covered (so that ``covers`` need not be asked)."""

    CLOSED = 0
    VALUES = 1
    OPEN = 2
    COVERED = 3


@dataclass
class _Judging:
    """What judging needs; forked workers inherit it rather than receive a pickled copy."""

    distinct: Distinct
    sources: Sequence[str]
    weight: Weight
    documents: DocumentSimilarity
    thresholds: Thresholds
    index: TermIndex | None = None
    calls: int = 0
    proposed: int = 0

    def __post_init__(self) -> None:
        weight, features = self.weight, self.distinct.features
        self.said = [said_terms(feature) for feature in features]
        self.terms = [feature.terms for feature in features]
        self.files_of = _files_of(self.distinct, self.sources)
        self.lone = _lone_sources(self.files_of)
        self.term_weight = [sum(map(weight, feature.terms)) for feature in features]
        self.value_weight = [_value_weights(feature, weight) for feature in features]
        self.value_total = [sum(map(weight, feature.value_terms)) for feature in features]
        rare = [_rare_telling(feature, weight) for feature in features]
        self.telling = [bool(values) for values in rare]
        self.telling_figure = [any(isinstance(value, Quantity) for value in values) for values in rare]
        self.figures = [bool(feature.quantities) for feature in features]
        self.times = [any(CLOCK.fullmatch(term) and weight(term) >= TELLING_WEIGHT for term in said)
                      for said in self.said]
        self.uncommon = [uncommon_figures(feature, weight) for feature in features]
        # Both claims of a pair that shares a large count alike give a telling one this large.
        self.large = [any(_telling_figure(quantity) and figure_size(quantity) >= LARGE_FIGURE / CLOSE_FIGURES
                          for quantity in feature.quantities) for feature in features]
        # Below MIN_LARGE_COVERAGE a score is string similarity alone, STRING_SHARE at most:
        # the coverage test may skip such pairs only while every threshold is above that.
        self.check_coverage = min(self.thresholds.same, self.thresholds.conflict) > STRING_SHARE
        self.copies = [len(members) for members in self.distinct.members]
        self.raised_for = _RaisedThresholds(self.documents, self.thresholds)

    def may_match(self, first: int, second: int) -> bool:
        """Cheap necessary conditions of a same-fact verdict from judge(), so that most
        candidates need no judging: what both claims say weighs ``MIN_CONTENT`` or more,
        and their shared content covers ``MIN_LARGE_COVERAGE`` of the larger claim (with
        values, were all of them to match). tests/test_scale.py keeps this in step."""
        return self._gate(first, second) is not _Gate.CLOSED

    def _gate(self, first: int, second: int) -> _Gate:
        for _second, gate in self._gates(first, (second,)):
            return gate
        return _Gate.CLOSED

    def _gates(self, first: int, seconds: Iterable[int]) -> Iterator[tuple[int, _Gate]]:
        """The partners of ``first`` that ``may_match`` it, each with its gate. One loop for
        all of them: most candidates stop at the first test, and this is the hottest loop."""
        weight, said, terms, term_weight = self.weight, self.said, self.terms, self.term_weight
        said_first, terms_first, weight_first = said[first], terms[first], term_weight[first]
        content, least, covered = MIN_CONTENT - SLACK, MIN_LARGE_COVERAGE - SLACK, MIN_LARGE_COVERAGE + SLACK
        whole = WHOLE_CONTENT - SLACK
        check_coverage, value_total = self.check_coverage, self.value_total
        values_first = value_total[first]
        uncommon, uncommon_first = self.uncommon, self.uncommon[first]
        large, large_first = self.large, self.large[first]
        for second in seconds:
            shared_said = said_first & said[second]
            if uncommon_first and not uncommon_first.isdisjoint(uncommon[second]) or \
                    large_first and large[second] and self._shares_large(first, second):
                yield second, _Gate.COVERED  # judge() asks no coverage of a pair that gives one
                continue
            if not shared_said:
                continue
            said_weight = sum(map(weight, shared_said))
            if said_weight < content and not (said_weight >= whole and (
                    shared_said == said_first or shared_said == said[second]
                    or self._may_tell(first, second))):
                continue
            if not check_coverage:
                yield second, _Gate.COVERED
                continue
            shared = sum(map(weight, terms_first & terms[second]))
            larger = term_weight[second] if term_weight[second] > weight_first else weight_first
            if shared > 0 and shared >= covered * larger:
                # covers() would find the same terms over the same share (summed in another
                # order, hence the margin).
                yield second, _Gate.COVERED
            elif shared >= least * larger:
                yield second, _Gate.OPEN
            # Matched values add at most one claim's values (most claims have none).
            elif shared + max(values_first, value_total[second]) >= least * larger and (
                    self._values_may_cover(first, second, shared, least)
                    or self._values_may_cover(second, first, shared, least)):
                yield second, _Gate.VALUES
            # judge() asks no coverage of a pair that shares a rare figure or time alike.
            elif said_weight >= whole and self._tells(first, second, shared_said):
                yield second, _Gate.COVERED

    def _shares_large(self, first: int, second: int) -> bool:
        """Whether the pair gives one large count alike (see _share_large_figure)."""
        a, b = self.distinct.features[first], self.distinct.features[second]
        return _share_large_figure(a, b, self.weight)

    def _may_tell(self, first: int, second: int) -> bool:
        """Whether the pair may share a rare telling value (see _share_telling_value):
        one claim has one, and the other has values."""
        telling, values = self.telling, self.value_total
        return telling[first] and values[second] > 0 or telling[second] and values[first] > 0

    def _tells(self, first: int, second: int, said: frozenset[str]) -> bool:
        """Whether the pair shares a rare figure, time or day (judge's may_tell, but for
        the thresholds); flags first, as most claims give neither."""
        telling, figures, times = self.telling_figure, self.figures, self.times
        if times[first] and times[second] and _tells_time(said, self.weight):
            return True
        a, b = self.distinct.features[first], self.distinct.features[second]
        if a.dates and b.dates and _share_date(a, b, self.weight):
            return True
        return telling[first] and figures[second] and _tells_figure(a, b, self.weight) or \
            telling[second] and figures[first] and _tells_figure(b, a, self.weight)

    def _values_may_cover(self, a: int, b: int, shared: float, least: float) -> bool:
        # judge(a, b) renames b's values to a's: at best a's values of the kinds b has.
        mine, theirs = self.value_weight[a], self.value_weight[b]
        matched = sum(value for kind, value in mine.items() if kind in theirs) if mine and theirs else 0.0
        larger = max(self.term_weight[a] + self.value_total[a], self.term_weight[b])
        return shared + matched >= least * larger

    def covers(self, a: int, b: int, gate: _Gate = _Gate.OPEN) -> bool:
        """Whether judge(a, b) can score on more than string similarity: its own coverage of
        the terms, or of the terms and matched values, is above zero. ``gate``: what
        ``_gates`` found of the pair, either way round."""
        if not self.check_coverage or gate is _Gate.COVERED:
            return True
        said = self.said[a] & self.said[b]
        if sum(map(self.weight, said)) >= WHOLE_CONTENT - SLACK and self._tells(a, b, said):
            return True
        first, second = self.distinct.features[a], self.distinct.features[b]
        totals = self.term_weight[a], self.term_weight[b]
        # Most pairs that get here are VALUES: their terms alone are known to fall short.
        if gate is not _Gate.VALUES and _coverage(first.terms, second.terms, self.weight, totals)[0] > 0:
            return True
        # Values that differ count as matched: value_conflict() may find the pair one fact.
        values_a, values_b = _matched_values(first, second, slots=True)
        return _coverage(first.terms | values_a, second.terms | values_b, self.weight)[0] > 0

    def judged(self, first: int, second: int, thresholds: Thresholds) -> Judgement:
        self.calls += 1
        features = self.distinct.features
        return judge(features[first], features[second], self.weight, thresholds=thresholds,
                     verdict_only=True)

    def may_be_same(self, i: int, j: int) -> bool:
        """Whether claims ``i < j`` pass the gates that spare judge() its hopeless pairs."""
        a, b = self.distinct.of[i], self.distinct.of[j]
        gate = self._gate(a, b)
        return gate is not _Gate.CLOSED and self.covers(a, b, gate)

    def judged_in_bulk(self, i: int, j: int) -> bool:
        """Whether claims ``i < j`` were a candidate pair: from two files, proposed by the
        index. (Through the gates too, they were judged with the others.)"""
        if self.sources[i] == self.sources[j] or self.index is None:
            return False
        first, second = sorted((self.distinct.of[i], self.distinct.of[j]))
        return self.index.proposes(first, second)

    def verdict(self, i: int, j: int) -> Judgement:
        """judge() on claims ``i < j``, with the thresholds their two files call for."""
        raised = self.raised_for(self.sources[i], self.sources[j])
        return self.judged(self.distinct.of[i], self.distinct.of[j], raised)

    def with_copies(self, first: int, seconds: list[int]) -> list[tuple[Judgement, list[tuple[int, int]]]]:
        """The same-fact judgements of every claim pair behind ``first`` and each of
        ``seconds``, distinct claims of which one at least has copies."""
        passed = dict(self._gates(first, seconds))
        files, of, copies = self.files_of, self.distinct.of, self.copies
        mine = files[first].keys()
        found = []
        for second in seconds:
            gate = passed.get(second)
            if gate is None:
                # Most candidates stop here: count their claim pairs without listing them.
                if second != first and mine.isdisjoint(files[second]):
                    self.proposed += copies[first] * copies[second]
                else:
                    self.proposed += _pair_count(files[first], files[second], same=first == second)
                continue
            by_order: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
            for i, j in _claim_pairs(self.distinct, self.sources, first, second):
                by_order[(of[i], of[j])].append((i, j))
            self.proposed += sum(len(pairs) for pairs in by_order.values())
            for (a, b), pairs in by_order.items():
                # A gate holds either way round.
                if self.covers(a, b, gate):
                    found.extend(self._copies(a, b, pairs))
        return found

    def singles(self, first: int, seconds: list[int]) -> list[tuple[Judgement, list[tuple[int, int]]]]:
        """The judgements behind ``first`` and each of ``seconds``, distinct claims that are
        one claim each (the usual case), from different files: one pair per partner."""
        self.proposed += len(seconds)
        members, of = self.distinct.members, self.distinct.of
        found = []
        for second, gate in self._gates(first, seconds):
            i, j = sorted((members[first][0], members[second][0]))
            if not self.covers(of[i], of[j], gate):
                continue
            judgement = self.verdict(i, j)
            if judgement.same_fact:
                found.append((judgement, [(i, j)]))
        return found

    def _copies(self, a: int, b: int,
                pairs: list[tuple[int, int]]) -> Iterator[tuple[Judgement, list[tuple[int, int]]]]:
        """Claim pairs of equal features ``(a, b)``, which ``covers``: one judge() per threshold
        they call for."""
        by_threshold: dict[Thresholds, list[tuple[int, int]]] = defaultdict(list)
        sources, raised_for = self.sources, self.raised_for
        for i, j in pairs:
            by_threshold[raised_for(sources[i], sources[j])].append((i, j))
        # Thresholds only gate the decision: a pair that is not one fact at the lowest
        # threshold is not at any, and a verdict that holds at the lowest and the highest
        # holds at every threshold between.
        ordered = sorted(by_threshold, key=lambda thresholds: thresholds.same)
        low = self.judged(a, b, ordered[0])
        if not low.same_fact:
            return
        known = {ordered[0]: low}
        if len(ordered) > 2:
            high = known[ordered[-1]] = self.judged(a, b, ordered[-1])
            if high == low:
                yield low, pairs
                return
        for raised in ordered:
            found = known[raised] if raised in known else self.judged(a, b, raised)
            if found.same_fact:
                yield found, by_threshold[raised]

def _value_weights(feature: Features, weight: Weight) -> dict[str, float]:
    """Weight of a claim's values by kind (the token's first character: date, number...)."""
    kinds: dict[str, float] = defaultdict(float)
    for term in feature.value_terms:
        kinds[term[:1]] += weight(term)
    for date in feature.dates:
        if date.elapsed is not None:
            # "since 1960" may take the place of another claim's figure ("six decades").
            kinds["#"] += weight(date.token)
    return dict(kinds)


def _judge_block(block: range) -> tuple[list[tuple[Judgement, list[tuple[int, int]]]], int, int]:
    """Judge the candidates of a block of distinct claims: same-fact results and counts."""
    judging: _Judging = parallel.shared()
    judging.calls = judging.proposed = 0
    found = []
    lone, members = judging.lone, judging.distinct.members
    for first in block:
        mine = lone[first]
        partners = [second for second in judging.index.partners_of(first)
                    if mine is None or mine != lone[second]]
        if len(members[first]) == 1:
            found.extend(judging.singles(first, [second for second in partners if len(members[second]) == 1]))
            partners = [second for second in partners if len(members[second]) != 1]
        found.extend(judging.with_copies(first, partners))
    return found, judging.calls, judging.proposed


def align(features: Sequence[Features], sources: Sequence[str], texts: Sequence[str], *,
          thresholds: Thresholds | None = None, jobs: int = 1,
          progress: Progress = SILENT) -> Alignment:
    thresholds = thresholds or Thresholds(SAME_THRESHOLD, CONFLICT_THRESHOLD)
    progress.stage("align")
    distinct = Distinct.of_claims(features)
    documents = DocumentSimilarity(features, sources)
    weight = TermWeights(features).table().__getitem__
    judging = _Judging(distinct, sources, weight, documents, thresholds)
    judging.index = TermIndex(distinct, limit=posting_limit(len(features)))
    blocks = parallel.split(len(distinct.features), jobs=jobs, minimum=JUDGE_BLOCK)
    progress.stage("align", len(distinct.features))
    results = parallel.run_blocks(_judge_block, blocks, data=judging, jobs=jobs,
                                  sizes=[len(block) for block in blocks], progress=progress)
    judgements: dict[tuple[int, int], Judgement] = {}
    by_score: dict[float, list[tuple[int, int]]] = defaultdict(list)
    judging.calls = sum(calls for _found, calls, _proposed in results)
    proposed = sum(count for _found, _calls, count in results)
    for found_in_block, _calls, _proposed in results:
        for found, pairs in found_in_block:
            by_score[found.score].extend(pairs)
            for pair in pairs:
                judgements[pair] = found
    del results

    def scored() -> Iterator[tuple[int, int]]:
        """Same-fact pairs, best score first, then in claim order."""
        for score in sorted(by_score, reverse=True):
            yield from sorted(by_score.pop(score))

    def same_fact_judgement(i: int, j: int) -> Judgement | None:
        """The pair's judgement when it is one fact, None otherwise."""
        key = (i, j) if i < j else (j, i)
        found = judgements.get(key)
        if found is None:
            if not judging.may_be_same(*key) or judging.judged_in_bulk(*key):
                return None  # turned away by the gates, or judged and not kept
            found = judgements[key] = judging.verdict(*key)
        return found if found.same_fact else None

    group_of = list(range(len(features)))
    members: dict[int, list[int]] = {index: [index] for index in range(len(features))}
    # Groups that cannot join: a pair across them is not one fact, and groups only grow.
    apart: dict[int, set[int]] = defaultdict(set)

    def compatible(x: int, y: int) -> bool:
        if sources[x] != sources[y]:
            return same_fact_judgement(x, y) is not None
        # A file may state a fact twice (headline and body): that is it repeating itself.
        if fuzz.ratio(texts[x], texts[y]) >= REPEAT_RATIO:
            return True
        # A file that gives two values of one fact tells two facts ("restored business
        # customers on October 14" and "all customers on October 20"), not one it contradicts.
        found = same_fact_judgement(x, y)
        return found is not None and found.difference is None

    for i, j in scored():
        gi, gj = group_of[i], group_of[j]
        if gi == gj or gj in apart[gi]:
            continue
        if all(compatible(x, y) for x in members[gi] for y in members[gj]):
            keep, drop = min(gi, gj), max(gi, gj)
            for member in members[drop]:
                group_of[member] = keep
            members[keep].extend(members.pop(drop))
            for other in apart.pop(drop, ()):
                apart[other].discard(drop)
                apart[other].add(keep)
                apart[keep].add(other)
        else:
            apart[gi].add(gj)
            apart[gj].add(gi)
    groups = [sorted(group) for group in members.values()]
    progress.tally("candidate pairs", proposed)
    progress.tally("pairs scored", judging.calls)
    return Alignment(groups=sorted(groups), judgements=judgements, candidates=proposed,
                     pairs_scored=judging.calls, documents=documents, weight=weight)


def join_plain_repeats(groups: Sequence[list[int]], features: Sequence[Features], files: Sequence[str], *,
                       same_story: Callable[[str, str], bool]) -> list[list[int]]:
    """``groups`` with the lone claims that files of one story word alike joined.

    judge() keeps apart claims too plain to tell one event from another ("He was 77."):
    across stories they may well be two. In files of one story (a wire story they carry,
    articles alike as wholes, or articles that already state a fact alike: ``same_story``)
    the same sentence is the one fact; so is a longer sentence word for word in any files
    (a quotation, a statement).
    """
    alike: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
    for group in groups:
        if len(group) == 1:
            feature = features[group[0]]
            alike[(feature.text, feature.speaker_terms)].append(group[0])
    found: list[list[int]] = []
    for (text, _speaker), same_words in alike.items():
        for held in _dated_alike(same_words, features) if len(same_words) > 1 else ():
            found += _plain_repeats(held, text, files, same_story=same_story)
    return _with_joined(groups, found)


def join_same_quotations(groups: Sequence[list[int]], texts: Sequence[str],
                         files: Sequence[str]) -> list[list[int]]:
    """``groups`` with the lone claims of two files or more that quote the same words joined:
    one statement, however each outlet wraps it ('"..., I would," Judge Roe said.' / '"..., I
    would," the judge said.'). Only quotations of ``QUOTED_WORDS`` words or more, figures
    apart (two signs reading "Roe 2,290" are not a statement)."""
    alike: dict[str, list[int]] = defaultdict(list)
    for group in groups:
        if len(group) == 1 and _QUOTE_CHARS.intersection(texts[group[0]]):
            quoted = _quoted_words(texts[group[0]])
            if sum(word.isalpha() for word in quoted.split()) >= QUOTED_WORDS:
                alike[quoted].append(group[0])
    found = [sorted(held) for held in alike.values() if len({files[index] for index in held}) > 1]
    return _with_joined(groups, found)


def _with_joined(groups: Sequence[list[int]], found: list[list[int]]) -> list[list[int]]:
    """``groups`` with the lone claims of ``found`` taken out and its groups put in."""
    if not found:
        return list(groups)
    joined = {index for held in found for index in held}
    return sorted([group for group in groups if group[0] not in joined] + found)


def _quoted_words(text: str) -> str:
    """The words inside a claim's quotation marks, lower case, without punctuation."""
    return " ".join(_QUOTED_WORD.findall(" ".join(text[a:b] for a, b in quote_spans(text)).lower()))


def _dated_alike(held: list[int], features: Sequence[Features]) -> list[list[int]]:
    """The claims of ``held`` (one wording) by the dates they read as: "November 8" in an
    article dated 2013 and in an undated one may be one date, not in articles of 2012 and
    2013."""
    found: list[list[int]] = []
    for index in held:
        dates = features[index].dates
        for claims in found:
            if all(x.compatible(y) for x, y in zip(dates, features[claims[0]].dates, strict=True)):
                claims.append(index)
                break
        else:
            found.append([index])
    return [claims for claims in found if len(claims) > 1]


def _plain_repeats(held: list[int], text: str, files: Sequence[str], *,
                   same_story: Callable[[str, str], bool]) -> list[list[int]]:
    """The groups that claims of one wording make (see join_plain_repeats)."""
    whole = len(text.split()) >= REPEATED_SENTENCE_WORDS
    if len({files[index] for index in held}) > 1:
        return [sorted(held)] if whole else _of_one_story(held, files, same_story)
    # A file that repeats a paragraph states its fact once.
    return [sorted(held)] if whole else []


def _of_one_story(held: list[int], files: Sequence[str],
                  same_story: Callable[[str, str], bool]) -> list[list[int]]:
    """The claims of ``held`` by story, the stories of two files or more."""
    names = sorted({files[index] for index in held})
    links = Links(len(names))
    for first, second in combinations(range(len(names)), 2):
        if links.find(first) != links.find(second) and same_story(names[first], names[second]):
            links.join(first, second)
    number = {name: index for index, name in enumerate(names)}
    by_story: dict[int, list[int]] = defaultdict(list)
    for index in held:
        by_story[links.find(number[files[index]])].append(index)
    return [sorted(members) for members in by_story.values() if len({files[i] for i in members}) > 1]


def join_value_conflicts(groups: Sequence[list[int]], features: Sequence[Features], files: Sequence[str],
                         alignment: Alignment, *, thresholds: Thresholds = Thresholds()
                         ) -> tuple[list[list[int]], dict[tuple[int, int], Judgement]]:
    """``groups`` with each lone claim that states, with another value, a fact two or more
    other files agree on joined to their group, and the judgements of its pairs there.

    Worded apart, a claim with another value scores too low to be one fact in conflict on
    its own ("About 15,000 litres of toluene leaked" / "Roughly 12,000 litres of toluene ...
    escaped"); files that agree on the value show it is the fact's, and a claim that would
    be one fact with every claim of theirs were its value theirs, and is one fact with the
    group's claims that give no value of the kind, contradicts them.
    """
    lone = [group[0] for group in groups if len(group) == 1]
    # judge() finds no pair one fact unless both claims say a term in common: the lone
    # claims worth trying for a group are those that say one of its first claim's.
    saying: dict[ConflictKind, dict[str, list[int]]] = {kind: defaultdict(list) for kind in VALUE_KINDS}
    for index in lone:
        for kind in VALUE_KINDS:
            if _sole_value(features[index], kind) is not None:
                for term in said_terms(features[index]):
                    saying[kind][term].append(index)
    taken: dict[int, tuple[float, int, dict[tuple[int, int], Judgement]]] = {}
    for number, group in enumerate(groups):
        group_files = {files[index] for index in group}
        if len(group_files) < 2:
            continue
        for kind in VALUE_KINDS:
            givers = _agreeing(group, features, files, kind)
            if not givers:
                continue
            best: dict[str, tuple[float, int, dict[tuple[int, int], Judgement]]] = {}
            postings = saying[kind]
            candidates = {index for term in said_terms(features[givers[0]])
                          for index in postings.get(term, ())}
            for candidate in sorted(candidates):
                if files[candidate] in group_files or \
                        len(features[candidate].terms & features[givers[0]].terms) < MIN_SHARED_TERMS:
                    continue
                found = _conflicts_with_all(candidate, group, givers, features, files, alignment, thresholds)
                if found and min(j.score for j in found.values()) > best.get(files[candidate], (0.0,))[0]:
                    best[files[candidate]] = (min(j.score for j in found.values()), candidate, found)
            for score, candidate, found in best.values():
                if score > taken.get(candidate, (0.0,))[0]:
                    taken[candidate] = (score, number, found)
    joined = [list(group) for group in groups]
    judgements: dict[tuple[int, int], Judgement] = {}
    for candidate, (_score, number, found) in sorted(taken.items()):
        joined[number] = sorted([*joined[number], candidate])
        judgements.update(found)
    return [group for group in joined if not (len(group) == 1 and group[0] in taken)], judgements


def _sole_value(feature: Features, kind: ConflictKind) -> Value | None:
    """The one value of this kind the claim gives, or None when it gives none or several."""
    values = values_of(feature, kind)
    return values[0] if len(values) == 1 else None


def _agreeing(group: Sequence[int], features: Sequence[Features], files: Sequence[str],
              kind: ConflictKind) -> list[int]:
    """The claims of the group that give one value of this kind, when they give it alike and
    come from two files or more, and no claim of the group gives several; else none."""
    givers = []
    for index in group:
        value = _sole_value(features[index], kind)
        if value is not None:
            givers.append((index, value))
        elif values_of(features[index], kind):
            return []  # which of its values is the fact's is not known
    if len({files[index] for index, _value in givers}) < 2:
        return []
    first = givers[0][1]
    alike = all(values_alike(first, value) for _index, value in givers[1:])
    return [index for index, _value in givers] if alike else []


def _conflicts_with_all(candidate: int, group: Sequence[int], givers: Sequence[int],
                        features: Sequence[Features], files: Sequence[str], alignment: Alignment,
                        thresholds: Thresholds) -> dict[tuple[int, int], Judgement] | None:
    """The judgements of ``candidate`` with each claim of the group: in conflict with those
    that give the value (``givers``), one fact with the others; None if any pair is not."""
    found = {}
    for member in group:
        raised = thresholds.raised(alignment.documents.penalty(files[candidate], files[member])) \
            if alignment.documents is not None else thresholds
        if member in givers:
            judgement = value_conflict(features[member], features[candidate], alignment.weight,
                                       thresholds=raised)
        else:
            plain = judge(features[member], features[candidate], alignment.weight, thresholds=raised)
            judgement = plain if plain.same_fact and plain.difference is None else None
        if judgement is None:
            return None
        if member < candidate:
            found[(member, candidate)] = judgement
        else:
            found[(candidate, member)] = judgement if judgement.difference is None else _swapped(judgement)
    return found


def _swapped(judgement: Judgement) -> Judgement:
    difference = judgement.difference
    assert difference is not None
    flipped = replace(difference, value_a=difference.value_b, value_b=difference.value_a)
    return replace(judgement, difference=flipped)


def value_conflict(a: Features, b: Features, weight: Weight = uniform, *,
                   thresholds: Thresholds = Thresholds()) -> Judgement | None:
    """Whether two claims state one fact but for the one value of a kind each gives: they
    differ in nothing else, and judge() finds them one fact once b gives a's value. The
    judgement then holds that difference; None otherwise."""
    found = differences(a, b)
    if len(found) != 1 or found[0].far or found[0].several or found[0].kind not in VALUE_KINDS \
            or distinct_names(a, b) or unknown_subject(a, b):
        return None
    mine, theirs = _sole_value(a, found[0].kind), _sole_value(b, found[0].kind)
    if mine is None or theirs is None or not _near(mine, theirs):
        return None
    swapped = _with_value(b, theirs, mine)
    if differences(a, swapped):
        return None  # what differs is not the one value each gives (a time beside a date)
    agreed = judge(a, swapped, weight, thresholds=thresholds)
    if not agreed.same_fact or agreed.difference is not None:
        return None
    return Judgement(True, agreed.score, agreed.shared, found[0])


# A figure misreported or updated is most often near the right one; a figure of another
# thing is as often far from it ("60 days" / "12 years", "five points" / "23 points").
MAX_VALUE_RATIO = 2.0
MAX_YEARS_APART = 5


def _near(value: Value, other: Value) -> bool:
    if isinstance(value, Quantity):
        return figures_within(value, other, MAX_VALUE_RATIO)
    if isinstance(value, DateRef) and value.year is not None and other.year is not None:
        return abs(value.year - other.year) <= MAX_YEARS_APART
    return True


def _with_value(feature: Features, old: Value, new: Value) -> Features:
    """The claim as it would read with ``new`` in place of ``old``."""
    swap = {"dates": feature.dates, "quantities": feature.quantities, "ordinals": feature.ordinals}
    field = "dates" if isinstance(old, DateRef) else "quantities" if isinstance(old, Quantity) else "ordinals"
    return replace(feature, **{field: tuple(new if value is old else value for value in swap[field])},
                   value_terms=(feature.value_terms - {old.token}) | {new.token})


def second_facts(groups: Sequence[list[int]], features: Sequence[Features], files: Sequence[str],
                 judgements: Mapping[tuple[int, int], Judgement]) -> list[list[int]]:
    """``groups`` with each claim that states a second fact also in that fact's group.

    A sentence may state two facts ("Thirty-seven passengers were taken to hospital, four of
    them with serious injuries"): it joins a group of several files whose every claim was
    judged the same fact as it, with no conflict, when what it shares with them is not what
    it shares with its own group (names aside). A claim whose own group is of its file alone
    moves instead. A group still holds at most one claim of each file it adds.
    """
    home = {index: number for number, group in enumerate(groups) for index in group}
    partners: dict[int, set[int]] = defaultdict(set)
    for (i, j), found in judgements.items():
        if found.same_fact and found.difference is None and files[i] != files[j]:
            partners[i].add(j)
            partners[j].add(i)
    files_of = [{files[index] for index in group} for group in groups]
    added: dict[int, list[int]] = defaultdict(list)
    for claim in sorted(partners):
        for number in sorted({home[partner] for partner in partners[claim]} - {home[claim]}):
            if len(files_of[number]) > 1 and files[claim] not in files_of[number] and \
                    partners[claim].issuperset(groups[number]) and \
                    _another_fact(claim, groups[home[claim]], groups[number], features, files):
                added[number].append(claim)
    return _with_added(groups, added, home, files_of)[0]


def _another_fact(claim: int, own: Sequence[int], other: Sequence[int], features: Sequence[Features],
                  files: Sequence[str]) -> bool:
    """Whether ``claim`` shares with every claim of ``other`` only terms it shares with no
    claim of another file in ``own`` (names, common words and its speaker aside)."""
    mine = features[claim]
    kept = frozenset().union(*(mine.all_terms & features[index].all_terms
                               for index in own if files[index] != files[claim]))
    there = frozenset.intersection(*(mine.all_terms & features[index].all_terms for index in other))
    return not (there & kept) - mine.entities - COMMON_STEMS - mine.speaker_terms


def clause_facts(groups: Sequence[list[int]], features: Sequence[Features], files: Sequence[str],
                 alignment: Alignment, clauses: Sequence[tuple[str, ...]],
                 read: Callable[[int, str], Features], *, thresholds: Thresholds = Thresholds(),
                 jobs: int = 1) -> tuple[list[list[int]], dict[tuple[int, int], Judgement]]:
    """``groups`` with each claim of several clauses also in the group of a fact that one of
    its clauses states, and the judgements of its pairs there.

    A sentence that states several facts ("A train derailed near Tessaby on Tuesday, sending
    37 people to hospital") covers too little of any one of them as a whole; its clause
    ("sending 37 people to hospital") is judged against every claim of a group of several
    files, and must be one fact with each, with no value that differs. ``clauses``: the
    clause texts of each claim, () for a claim of one; ``read(claim, text)``: the features
    of one of them (asked again of a clause judged for several groups). Otherwise as
    second_facts: a claim whose own group is of its file alone moves, and a group holds at
    most one claim of each file it adds.
    """
    home = {index: number for number, group in enumerate(groups) for index in group}
    files_of = [{files[index] for index in group} for group in groups]
    judging = _ClauseJudging(features, files, alignment, thresholds, clauses, read)
    # Each group is judged on its own: groups are shared out among the jobs.
    numbers = [number for number in range(len(groups)) if len(files_of[number]) > 1]
    blocks = [[numbers[position] for position in block]
              for block in parallel.split(len(numbers), jobs=jobs, minimum=CLAUSE_BLOCK)]
    found = parallel.run_blocks(_clause_block, blocks, data=(judging, groups, home, files_of), jobs=jobs)
    added: dict[int, list[int]] = defaultdict(list)
    judgements: dict[tuple[int, int], Judgement] = {}
    for number, claim, pairs in (joining for block in found for joining in block):
        added[number].append(claim)
        judgements.update(pairs)
    joined, added = _with_added(groups, added, home, files_of)
    kept = {(min(claim, index), max(claim, index)) for number, claims in added.items() for claim in claims
            for index in groups[number]}
    return joined, {pair: judgements[pair] for pair in kept}


def _clause_block(numbers: Sequence[int]) -> list[tuple[int, int, dict[Pair, Judgement]]]:
    """The claims that join each group of ``numbers`` by one of their clauses, with the
    judgements of their pairs there."""
    judging, groups, home, files_of = parallel.shared()
    files, features = judging.files, judging.features
    joining = []
    for number in numbers:
        group = groups[number]
        for claim, parts in judging.candidates(group):
            if files[claim] in files_of[number]:
                continue
            found = judging.of_fact(claim, parts, group)
            if found and _another_fact(claim, groups[home[claim]], group, features, files):
                joining.append((number, claim, found))
    return joining


def _with_added(groups: Sequence[list[int]], added: Mapping[int, list[int]], home: Mapping[int, int],
                files_of: Sequence[set[str]]) -> tuple[list[list[int]], dict[int, list[int]]]:
    """``groups`` with the claims ``added`` to each (by position), and those added: a claim
    alone in its file's group moves."""
    # Two claims that would each join the other's group make one pair twice: it is made once.
    kept = dict(added)
    for number, claims in added.items():
        kept[number] = [claim for claim in claims if not set(groups[number]) & set(kept.get(home[claim], ()))]
    moved = {claim for claims in kept.values() for claim in claims if len(files_of[home[claim]]) == 1}
    joined = (sorted([index for index in group if index not in moved] + kept.get(number, []))
              for number, group in enumerate(groups))
    return [group for group in joined if group], kept


def _terms_of_clauses(feature: Features, texts: Sequence[str]) -> list[frozenset[str]]:
    """The terms and values of a claim that each of its clauses may hold when read on its
    own: those whose words it writes, and in every one those written nowhere as such (a
    name read through an alias)."""
    lowered = [text.lower() for text in texts]
    whole = " ".join(lowered)
    found: list[set[str]] = [set() for _text in texts]
    for term, label in feature.labels:
        label = label.lower()
        for terms, text in zip(found, lowered, strict=True):
            if label in text or label not in whole:
                terms.add(term)
    return [frozenset(terms) for terms in found]


class _ClauseJudging:
    """What clause_facts asks of the clauses of claims. Claims of equal features (copies of
    a story) are one distinct claim, whose clauses are judged once per claim of a group and
    thresholds."""

    def __init__(self, features: Sequence[Features], files: Sequence[str], alignment: Alignment,
                 thresholds: Thresholds, clauses: Sequence[tuple[str, ...]],
                 read: Callable[[int, str], Features]) -> None:
        self.features, self.files, self.alignment, self.weight = features, files, alignment, alignment.weight
        self.distinct = Distinct.of_claims(features)
        self.clauses, self.read = clauses, read
        self.terms: dict[tuple[int, int], frozenset[str]] = {}
        self.holding: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for number, members in enumerate(self.distinct.members):
            texts = clauses[members[0]]
            for part, terms in enumerate(_terms_of_clauses(features[members[0]], texts) if texts else ()):
                clause = (number, part)
                self.terms[clause] = terms
                for term in terms:
                    self.holding[term].append(clause)
        self.limit = posting_limit(len(self.distinct.features))
        self.thresholds = thresholds
        self.raised_for = _RaisedThresholds(alignment.documents, thresholds)
        # The verdicts on one group's claims (None: not one fact, or a value differs). A clause
        # and a claim seldom meet in two groups, so they are dropped with the group.
        self._verdicts: dict[tuple[int, int, int, Thresholds], Judgement | None] = {}

    def candidates(self, group: Sequence[int]) -> list[tuple[int, list[int]]]:
        """The claims one of whose clauses, by the terms it may hold, shares with each claim
        of ``group`` ``WHOLE_CONTENT`` of what it says and ``MIN_LARGE_COVERAGE`` of its
        terms and values (what judge() asks of a pair unless values written apart make up
        for terms), with those clauses by number."""
        weight, distinct = self.weight, self.distinct
        self._verdicts.clear()
        group_distinct = list(dict.fromkeys(distinct.of[member] for member in group))
        others = [distinct.features[number] for number in group_distinct]
        # A clause shares enough with the first (WHOLE_CONTENT of what it says, a share of its
        # terms and values) only with a term of it beyond its commonest ones (held by the
        # most clauses) that weigh less together.
        first = others[0]
        needed = max(WHOLE_CONTENT, MIN_LARGE_COVERAGE * sum(map(weight, first.all_terms))) - SLACK
        rarest = sorted(first.all_terms, key=lambda term: (len(self.holding.get(term, ())), term))
        common = 0.0
        while rarest and common + weight(rarest[-1]) < needed:
            common += weight(rarest.pop())
        # As in blocking (posting_limit), a term held by too many clauses proposes none.
        found = list({clause for term in rarest if len(self.holding.get(term, ())) <= self.limit
                      for clause in self.holding.get(term, ())})
        for other in others:
            said_other = said_terms(other)
            least = MIN_LARGE_COVERAGE * sum(map(weight, other.all_terms)) - SLACK
            found = [clause for clause in found
                     if sum(map(weight, self.terms[clause] & said_other)) >= WHOLE_CONTENT - SLACK
                     and sum(map(weight, self.terms[clause] & other.all_terms)) >= least]
        parts: dict[int, list[int]] = defaultdict(list)
        for number, part in sorted(found):
            parts[number].append(part)
        # A clause that is not one fact with a claim at the lowest thresholds is not at any:
        # copies of a claim are asked of each file only when one of its clauses may be.
        return sorted((claim, found_parts) for number, found_parts in parts.items()
                      if any(self._may_be(number, part, group_distinct) for part in found_parts)
                      for claim in distinct.members[number])

    def _may_be(self, number: int, part: int, others: Sequence[int]) -> bool:
        for other in others:
            if self._verdict(number, part, other, self.thresholds) is None:
                return False
        return True

    def _verdict(self, number: int, part: int, other: int, thresholds: Thresholds) -> Judgement | None:
        """The judgement of a clause and a claim when one fact with no value that differs."""
        key = (number, part, other, thresholds)
        if key not in self._verdicts:
            judged = self._judged(number, part, other, thresholds)
            self._verdicts[key] = judged if judged.same_fact and judged.difference is None else None
        return self._verdicts[key]

    def of_fact(self, claim: int, parts: Sequence[int], group: Sequence[int]) -> dict[Pair, Judgement]:
        """The judgements of ``claim`` with each claim of ``group`` when one of its clauses
        ``parts`` is one fact with all of them, with no value that differs; {} otherwise. A
        pair already judged one fact as whole claims keeps that judgement (and any conflict
        it found)."""
        for part in parts:
            found = self._clause_of_fact(claim, part, group)
            if found:
                return found
        return {}

    def _clause_of_fact(self, claim: int, part: int, group: Sequence[int]) -> dict[Pair, Judgement]:
        number = self.distinct.of[claim]
        found: dict[tuple[int, int], Judgement] = {}
        for index in group:
            other = self.distinct.of[index]
            raised = self.raised_for(self.files[claim], self.files[index])
            judged = self._verdict(number, part, other, raised)
            if judged is None:
                return {}
            pair = (min(claim, index), max(claim, index))
            whole = self.alignment.judgements.get(pair)
            found[pair] = whole if whole is not None and whole.same_fact else judged
        return found

    def _judged(self, number: int, part: int, other: int, thresholds: Thresholds) -> Judgement:
        clause, features = self._clause(number, part), self.distinct.features[other]
        if sum(map(self.weight, said_terms(clause) & said_terms(features))) < WHOLE_CONTENT - SLACK:
            return Judgement(False, 0.0, frozenset())  # what judge() finds of an uninformative pair
        return judge(clause, features, self.weight, thresholds=thresholds, verdict_only=True)

    def _clause(self, number: int, part: int) -> Features:
        claim = self.distinct.members[number][0]
        return self.read(claim, self.clauses[claim][part])
