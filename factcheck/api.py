"""The library entry points: ``analyse`` a set of articles, ``compare`` two sentences."""

from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, replace
from itertools import combinations

from . import parallel
from .align import (
    CONFLICT_THRESHOLD,
    DOCUMENT_REFERENCE,
    SAME_THRESHOLD,
    Alignment,
    Judgement,
    Thresholds,
    align,
    clause_facts,
    join_plain_repeats,
    join_same_quotations,
    join_value_conflicts,
    judge,
    second_facts,
)
from .attribution import independent_count, quote_spans, read_sentence, sites_of, wire_copies, wire_stories
from .claims import clause_spans, extract_claims
from .classify import TitleGroup, agreed_values, conflicts_in, order_clusters, role_conflicts, status_of
from .load import load_sources
from .models import Attribution, Claim, Cluster, ConflictKind, Match, Result, Source, path_order
from .normalise import (
    AliasTable,
    Context,
    Features,
    article_context,
    featurize,
    names_in_common_use,
    with_antecedents,
)
from .progress import SILENT, Progress

# Fewer articles than this per process are not worth a process.
SOURCES_PER_BLOCK = 20
# How many clauses of claims (align.clause_facts) are kept read at once.
CLAUSES_KEPT = 4096


@dataclass(frozen=True)
class PairConflict:
    kind: ConflictKind
    value_a: str
    value_b: str


@dataclass(frozen=True)
class Comparison:
    """The verdict on two sentences: the same logic the report applies to each pair."""

    same_fact: bool
    score: float
    shared_terms: tuple[str, ...]
    conflict: PairConflict | None


@dataclass(frozen=True)
class Options:
    aliases: tuple[tuple[str, str], ...] = ()
    encoding: str | None = None
    same_threshold: float | None = None
    conflict_threshold: float | None = None

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(
            SAME_THRESHOLD if self.same_threshold is None else self.same_threshold,
            CONFLICT_THRESHOLD if self.conflict_threshold is None else self.conflict_threshold,
        )


# Two articles that already state this many facts alike tell one story: a plain sentence
# ("She was 91.") both give is one fact too. One is enough: on the ECB+ topics, where every
# folder holds two events, the mixing rate did not move (32 of 2,299 groups).
SHARED_FACTS_OF_ONE_STORY = 1
FACTS_OF_ONE_EVENT = 2


def _shared_facts(groups: Sequence[list[int]], files: Sequence[str]) -> Counter[tuple[str, str]]:
    """How many groups each pair of files shares."""
    shared: Counter[tuple[str, str]] = Counter()
    for group in groups:
        names = sorted({files[index] for index in group})
        if 1 < len(names) <= MAX_FILES_PAIRED:
            shared.update(combinations(names, 2))
    return shared


# A group of more files than this adds no pair: it is the story's lead, shared by every file.
MAX_FILES_PAIRED = 20


def compare(a: str, b: str, *, aliases: dict[str, str] | None = None) -> Comparison:
    """Do two sentences state the same fact, and do their values conflict?

    Terms are weighted equally here; in a report, terms common to many claims of the
    compared articles count for less, so a pair may score a little differently there.
    """
    table = AliasTable(aliases)
    table.learn_acronyms(a + "\n" + b)
    # Each sentence is read as an article of its own: "since 1960" counts the years to the
    # latest year it names, as in a report.
    first, second = names_in_common_use([featurize(text, aliases=table, context=article_context(text),
                                                   speakers=_speakers(text)) for text in (a, b)])
    found = judge(first, second)
    conflict = None
    if found.same_fact and found.difference is not None:
        difference = found.difference
        conflict = PairConflict(difference.kind, difference.value_a, difference.value_b)
    # A rank is both a value and a term ("largest"): named once.
    shared = tuple(sorted({first.label(term) for term in found.shared}))
    return Comparison(found.same_fact, found.score, shared, conflict)


def _speakers(sentence: str) -> tuple[str, ...]:
    """Who a lone sentence says it comes from, as it words them ("..., Roe said")."""
    return _named_in(read_sentence(sentence, 0, len(sentence), quote_spans(sentence))[0])


def _named_in(attribution: Attribution) -> tuple[str, ...]:
    """The speaker and the outlet of an attribution, those it names."""
    return tuple(filter(None, (attribution.source, attribution.via)))


def extract_all(sources: Sequence[Source], *, jobs: int = 1, progress: Progress = SILENT) -> list[Claim]:
    """The claims of every source, in order."""
    progress.stage("claims", len(sources))
    blocks = parallel.split(len(sources), jobs=jobs, minimum=SOURCES_PER_BLOCK)
    found = parallel.run_blocks(_claims_block, blocks, data=sources, jobs=jobs,
                                sizes=[len(block) for block in blocks], progress=progress)
    return [claim for block in found for claim in block]


def _claims_block(block: range) -> list[Claim]:
    sources: Sequence[Source] = parallel.shared()
    return [claim for index in block for claim in extract_claims(sources[index])]


def featurize_sources(sources: Sequence[Source], claims: Sequence[Claim], aliases: AliasTable, *,
                      jobs: int = 1, progress: Progress = SILENT) -> list[Features]:
    for source in sources:
        aliases.learn_acronyms(source.text)
    # Each article is read in order (a bare "the 10th" takes the month it last named), so
    # the work is shared out by article.
    of_source: dict[str, list[int]] = {source.path: [] for source in sources}
    for index, claim in enumerate(claims):
        of_source[claim.source].append(index)
    work = [(source, of_source[source.path]) for source in sources if of_source[source.path]]
    blocks = parallel.split(len(work), jobs=jobs, minimum=SOURCES_PER_BLOCK)
    progress.stage("normalise", len(claims))
    found = parallel.run_blocks(_features_block, blocks, data=(work, claims, aliases), jobs=jobs,
                                sizes=[sum(len(work[i][1]) for i in block) for block in blocks],
                                progress=progress)
    features: list[Features | None] = [None] * len(claims)
    for block, block_features in zip(blocks, found, strict=True):
        indices = (index for position in block for index in work[position][1])
        for index, feature in zip(indices, block_features, strict=True):
            features[index] = feature
    return features  # type: ignore[return-value]  # every claim's source is one of sources


def _features_block(block: range) -> list[Features]:
    work, claims, aliases = parallel.shared()
    # Copies of a story repeat sentences: a sentence read in the same date context has the
    # same features and leaves the same context behind, so it is read once.
    seen: dict[tuple[str, tuple], tuple[Features, dict]] = {}
    features = []
    for position in block:
        source, indices = work[position]
        context = article_context(source.text)
        for index in indices:
            claim = claims[index]
            speakers = _named_in(claim.attribution)
            key = (claim.text, speakers, tuple(vars(context).values()))
            if key in seen:
                feature, after = seen[key]
                vars(context).update(after)
            else:
                feature = featurize(claim.text, aliases=aliases, context=context, speakers=speakers)
                seen[key] = (feature, dict(vars(context)))
            features.append(feature)
    return features


def _clause_reader(sources: Sequence[Source], claims: Sequence[Claim], features: Sequence[Features],
                   aliases: AliasTable) -> Callable[[int, str], Features]:
    """Reads a clause of a claim as its claim was read, with the names and the speaker its
    claim keeps."""
    texts = {source.path: source.text for source in sources}
    contexts: dict[str, tuple] = {}

    # A clause is asked of many groups, and copies of a story repeat it: the clauses read
    # lately are kept (all of them would hold features of half the claims twice over).
    @functools.lru_cache(maxsize=CLAUSES_KEPT)
    def read_text(text: str, speakers: tuple[str, ...], context: tuple, entities: frozenset[str],
                  speaker_terms: frozenset[str]) -> Features:
        found = featurize(text, aliases=aliases, context=Context(*context), speakers=speakers)
        # The words of its claim's attribution ("..., said Jane Roe, the bank's chief
        # executive") are who says it in every clause, not what is said.
        return replace(found, entities=found.entities & entities,
                       speaker_terms=found.speaker_terms | speaker_terms)

    def read(index: int, text: str) -> Features:
        claim, feature = claims[index], features[index]
        if claim.source not in contexts:
            contexts[claim.source] = astuple(article_context(texts[claim.source]))
        # The article's own dates, not the month its earlier claims last named: a bare "the
        # 10th" in a clause stays unread rather than read wrong.
        return read_text(text, _named_in(claim.attribution), contexts[claim.source],
                         feature.entities, feature.speaker_terms)

    return read


def analyse_sources(sources: Sequence[Source], *, options: Options = Options(), jobs: int | None = None,
                    progress: Progress = SILENT) -> Result:
    """``jobs``: processes to use (None: every core); ``progress`` hears of each stage.

    The result is the same whatever the order of ``sources``: they are taken by path.
    """
    with parallel.no_cycle_collection():
        return _analyse(sorted(sources, key=lambda source: path_order(source.path)), options=options,
                        jobs=parallel.jobs_for(jobs), progress=progress)


def _analyse(sources: Sequence[Source], *, options: Options, jobs: int, progress: Progress) -> Result:
    claims = extract_all(sources, jobs=jobs, progress=progress)
    aliases = AliasTable(dict(options.aliases))
    # Whom "he" stands for is read from the names as written, before common words drop out.
    read = featurize_sources(sources, claims, aliases, jobs=jobs, progress=progress)
    features = names_in_common_use(with_antecedents(read, [claim.source for claim in claims]))
    alignment = align(features, [c.source for c in claims], [f.text for f in features],
                      thresholds=options.thresholds, jobs=jobs, progress=progress)
    files = [claim.source for claim in claims]
    # Files that carry one wire story are one source for every fact they share.
    copies = tuple(wire_copies([[claims[index] for index in group] for group in alignment.groups
                                if len({files[index] for index in group}) > 1]))
    stories = wire_stories(copies)

    facts_shared = _shared_facts(alignment.groups, files)

    def same_story(first: str, second: str) -> bool:
        # One wire story, articles alike as wholes (see align.DocumentSimilarity), or
        # articles that already state a fact alike.
        return stories.get(first, first) == stories.get(second, second) or \
            alignment.documents is not None and alignment.documents(first, second) >= DOCUMENT_REFERENCE or \
            facts_shared[tuple(sorted((first, second)))] >= SHARED_FACTS_OF_ONE_STORY

    groups = join_plain_repeats(alignment.groups, features, files, same_story=same_story)
    groups = join_same_quotations(groups, [claim.text for claim in claims], files)
    # ... and a claim that states, with another value, a fact other files agree on.
    groups, conflicting = join_value_conflicts(groups, features, files, alignment,
                                               thresholds=options.thresholds)
    alignment.judgements.update(conflicting)
    # ... and a claim that states two facts is in the group of each.
    groups = second_facts(groups, features, files, alignment.judgements)
    # ... and a claim of several clauses is in the group of each fact one of them states.
    groups, by_clause = clause_facts(groups, features, files, alignment,
                                     [tuple(claim.text[start:end] for start, end in clause_spans(claim.text))
                                      for claim in claims],
                                     _clause_reader(sources, claims, features, aliases),
                                     thresholds=options.thresholds, jobs=jobs)
    alignment.judgements.update(by_clause)
    # ... and two files that give one title to two people disagree on who holds it.
    def tell_one_event(first: str, second: str) -> bool:
        # Who holds a title changes with time: articles alike as wholes may tell two events
        # years apart (two seasons of one team), articles that state facts alike tell one.
        return stories.get(first, first) == stories.get(second, second) or \
            facts_shared[tuple(sorted((first, second)))] >= FACTS_OF_ONE_EVENT

    groups += _role_groups(role_conflicts(features, files, tell_one_event), groups, features, alignment)
    # ... and so do articles of one web site: one outlet's reporting.
    sites = sites_of(sources)
    progress.stage("classify", len(groups))
    matches = _partial_matches(groups, alignment.judgements, claims)
    clusters = []
    for number, group in enumerate(groups):
        progress.advance()
        members = tuple(claims[index] for index in group)
        # The judged pairs of the group, (i, j) with i < j in claim order (groups are sorted).
        pairs = []
        conflict_of = {}
        for key in combinations(group, 2):
            found = alignment.judgements.get(key)
            if found is None:
                continue
            if files[key[0]] != files[key[1]]:
                pairs.append(found)
            if found.same_fact and found.difference:
                conflict_of[key] = found.difference
        # Claims are hashed only for the few groups with conflicts.
        conflicts = conflicts_in(members, conflict_of, dict(zip(members, group, strict=True))) \
            if conflict_of else ()
        shared = frozenset.intersection(*(features[index].all_terms for index in group)) \
            if len(group) > 1 else frozenset()
        first = features[group[0]]
        clusters.append(
            Cluster(
                id=_cluster_id(members),
                status=status_of(members, conflicts),
                claims=members,
                score=round(sum(p.score for p in pairs) / len(pairs), 3) if pairs else 1.0,
                shared_terms=tuple(sorted(first.label(t) for t in shared & first.terms))
                if len(group) > 1 else (),
                shared_values=tuple(sorted(first.label(t) for t in shared - first.terms))
                if len(group) > 1 else (),
                conflicts=conflicts,
                independent_sources=independent_count(members, stories=stories, sites=sites),
                partial_matches=matches.get(number, ()),
                agreed_values=agreed_values(members, [features[index] for index in group])
                if len({files[index] for index in group}) > 1 else (),
            )
        )
    return Result(sources=tuple(sources), claims=tuple(claims), clusters=tuple(order_clusters(clusters)),
                  wire_copies=copies)


def _role_groups(conflicts: list[TitleGroup], groups: Sequence[list[int]], features: Sequence[Features],
                 alignment: Alignment) -> list[list[int]]:
    """The groups of the claims that give one title to two people, their pairs judged (in
    ``alignment.judgements``), but for conflicts a group of one fact already reports."""
    if not conflicts:
        return []
    together = {pair for group in groups for pair in combinations(group, 2)}
    added = []
    for members, pairs in conflicts:
        if all(names is None or pair in together and (known := alignment.judgements.get(pair)) is not None
               and known.difference is not None for pair, names in pairs.items()):
            continue  # "X said ..." / "Y said ...": one fact's group names the two already
        if not all(pair in together for pair in combinations(members, 2)):
            added.append(members)  # else the group of one fact they make will tell the conflict
        for (first, second), names in pairs.items():
            if names is not None or (first, second) not in alignment.judgements:
                found = judge(features[first], features[second], alignment.weight)
                alignment.judgements[(first, second)] = Judgement(True, found.score, found.shared, names)
    return added


# A single-source fact names this many partial matches at most, the best of each other fact.
MAX_PARTIAL_MATCHES = 3


def _partial_matches(groups: Sequence[Sequence[int]], judgements: Mapping[tuple[int, int], Judgement],
                     claims: Sequence[Claim]) -> dict[int, tuple[Match, ...]]:
    """For each group of one file's claims (by position in ``groups``), the claims of other
    files judged the same fact as one of them: grouping kept them apart because they belong
    to a group whose other claims this one does not match (a group of several files: the
    report has a section to link to)."""
    group_of = {index: number for number, group in enumerate(groups) for index in group}
    lone = {number for number, group in enumerate(groups) if len({claims[i].source for i in group}) == 1}
    best: dict[int, dict[int, tuple[float, int]]] = defaultdict(dict)
    for (i, j), judgement in judgements.items():
        if not judgement.same_fact or claims[i].source == claims[j].source:
            continue
        for mine, other in ((i, j), (j, i)):
            if group_of[mine] in lone and group_of[other] not in lone:
                of_fact = best[group_of[mine]]
                known = of_fact.get(group_of[other])
                # The best score, then the earliest claim: the same whatever the judging order.
                if known is None or (judgement.score, -other) > (known[0], -known[1]):
                    of_fact[group_of[other]] = (judgement.score, other)
    return {number: tuple(Match(claims[other], round(score, 3))
                          for score, other in sorted(of_fact.values(), key=lambda m: (-m[0], m[1]))
                          [:MAX_PARTIAL_MATCHES])
            for number, of_fact in best.items()}


def analyse(paths: Iterable[str], *, options: Options = Options(), jobs: int | None = None,
            progress: Progress = SILENT) -> Result:
    """Load, split, normalise, align and classify the articles under ``paths``."""
    progress.stage("load")
    sources = load_sources(list(paths), encoding=options.encoding)
    return analyse_sources(sources, options=options, jobs=jobs, progress=progress)


def _cluster_id(claims: tuple[Claim, ...]) -> str:
    """Stable across runs and path orders: derived from the claims' own text and files."""
    digest = hashlib.sha256()
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        digest.update(f"{claim.source}\0{claim.text}\0".encode())
    return digest.hexdigest()[:10]
