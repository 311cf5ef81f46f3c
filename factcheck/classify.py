"""Stage 5: compare the values two claims state, and give each group its status.

Values are compared only where the wording lets them be compared: dates on the calendar
fields both give, numbers of the same unit or counted thing as the intervals their
qualifiers allow, ordinals of the same thing, polarity, and holders of the same role.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from . import lexicon
from .models import AgreedValue, Claim, Cluster, Conflict, ConflictKind, Status, ValueMention, path_order
from .normalise import DateRef, Features, Ordinal, Quantity, RoleHolder, pronoun_led, stem, word_form

# Claims count as "the same words around one difference" when this share of the shorter
# one lines up with the other.
ALIGNED_SHARE = 0.6
MAX_SWAPPED_NAMES = 3
# Names this alike (rapidfuzz ratio, 0-100) are spellings of one name, not two people.
SAME_NAME_RATIO = 80
MAX_FLIP_TOKENS = 4
STOPWORD_FORMS = frozenset(stem(word) for word in lexicon.STOPWORDS) | lexicon.STOPWORDS
SPEECH_FORMS = frozenset(stem(word) for word in lexicon.SPEECH_VERBS)
REPORTING_FORMS = frozenset(stem(word) for word in lexicon.REPORTING_VERBS)
THAT = stem("that")
RELATIVE_FORMS = frozenset(stem(word) for word in ("who", "which"))
OCCASION_FORMS = frozenset(stem(word) for word in lexicon.OCCASIONS)
ACCORDING_TO = [stem("according"), stem("to")]
NEGATION_FORMS = frozenset(stem(word) for word in lexicon.NEGATIONS)
NEGATION_PARTICLE_FORMS = frozenset(stem(word) for word in lexicon.NEGATION_PARTICLES)
# A phrase negates only as a whole: "has yet to" does, "has" alone does not.
NEGATION_PHRASE_FORMS = tuple(
    frozenset(stem(word) for word in phrase.split()) for phrase in lexicon.NEGATION_PHRASES
)
# The negations that deny what follows them; "without" qualifies, "nor" carries on another
# sentence's denial.
DENYING_FORMS = frozenset(stem(word) for word in ("not", "no", "never", "cannot"))
# ... and "denied that", which denies the statement after its "that" (a few words on: "denied
# on Tuesday that").
DENY_FORMS = frozenset(stem(word) for word in ("deny", "denies", "denied"))
THAT_REACH = 3
_DENYING_ANY = DENYING_FORMS | DENY_FORMS
# Words passed over between a negation and the word it denies ("has not yet been formally
# charged", "has not begun an investigation").
PASSED_OVER_FORMS = frozenset(stem(word) for word in (
    *lexicon.AUXILIARIES, *lexicon.LIGHT_VERBS, "be", "yet", "been", "able", "formally", "officially",
    "immediately", "a", "an", "the", "any"))
# Words that open a clause of their own (subordinate, relative or coordinated); of a claim
# that asserts a word, only those that subordinate ("and" also joins names).
CLAUSE_FORMS = frozenset(stem(word) for word in lexicon.CLAUSE_OPENERS)
SUBORDINATE_FORMS = frozenset(stem(word) for word in lexicon.SUBORDINATORS)
# A subject that names nothing: "it is not clear", "there is no".
EXPLETIVES = ([stem("it"), stem("is")], [stem("it"), stem("was")], [stem("there"), stem("is")],
              [stem("there"), stem("was")], [stem("there"), stem("are")], [stem("there"), stem("were")])
EARLIER_FORMS = frozenset(stem(word) for word in lexicon.EARLIER_TIMES)
# The words after a denied word that say what it is denied of.
DENIED_OBJECT = 3
TO = stem("to")
RESOLVING_FORMS = frozenset(stem(word) for word in lexicon.RESOLVING_VERBS)
# Words between a resolving verb and its "to" ("voted 4-1 on Tuesday evening to").
RESOLVED_REACH = 6
DO = stem("do")
ORDER_FORMS = frozenset(stem(word) for word in lexicon.ORDER_VERBS)
UNDETERMINED_FORMS = frozenset(stem(word) for word in lexicon.UNDETERMINED)
PLACE_NAME_FORMS = frozenset(stem(word) for word in lexicon.PLACE_NAME_WORDS)
CONTRAST_FORMS = tuple(tuple(stem(word) for word in phrase.split()) for phrase in lexicon.CONTRASTS)
_CONTRAST_FIRST = frozenset(phrase[0] for phrase in CONTRAST_FORMS)


def _opposite_forms() -> dict[str, frozenset[str]]:
    """Each word of opposite sense, as claims hold it, with the words it opposes."""
    found: dict[str, set[str]] = {}
    for one, other in lexicon.OPPOSITES:
        for side, against in ((one, other), (other, one)):
            for form in map(word_form, side.split()):
                found.setdefault(form, set()).update(map(word_form, against.split()))
    return {form: frozenset(against) for form, against in found.items()}


OPPOSITE_FORMS = _opposite_forms()
# Each word of opposite sense with the words of its own side ("survived" / "alive").
ALIKE_FORMS = {form: frozenset().union(*(OPPOSITE_FORMS[other] for other in against)) - {form}
               for form, against in OPPOSITE_FORMS.items()}
OPPOSITE_STEMS = frozenset(stem(word) for pair in lexicon.OPPOSITES for side in pair for word in side.split())
# The shortest word a prefix makes another of ("pilot" / "copilot").
MIN_PREFIXED = 4


@dataclass(frozen=True)
class Difference:
    """One value two claims give incompatibly."""

    kind: ConflictKind
    value_a: str
    value_b: str
    # Values that may well be two events of one kind (two summits months apart): only a
    # near-identical claim is one fact in conflict.
    far: bool = False
    # Each claim gives two or more values of this kind the other contradicts: a table of
    # other figures (another game's statistics), not one figure misreported.
    several: bool = False


def describe_date(date: DateRef) -> str:
    if date.month and date.day and date.year:
        return f"{calendar.month_name[date.month]} {date.day}, {date.year}"
    if date.month and date.day:
        return f"{calendar.month_name[date.month]} {date.day}"
    if date.month and date.year:
        return f"{calendar.month_name[date.month]} {date.year}"
    if date.month:
        return calendar.month_name[date.month]
    if date.year:
        return str(date.year)
    if date.day:
        return f"day {date.day}"
    return date.text


def describe_quantity(quantity: Quantity) -> str:
    return quantity.text


def _unmatched(mine, theirs):
    """Values of ``mine`` that the other claim could compare but states incompatibly."""
    if not mine or not theirs:
        return []  # most claims give no value of a kind: nothing to compare
    return [
        x for x in mine
        if any(x.comparable(y) for y in theirs) and not any(
            x.comparable(y) and x.compatible(y) for y in theirs)
    ]


def _told_of(dates: tuple[DateRef, ...], other: Features) -> tuple[DateRef, ...]:
    """Dates less those of a named thing the other claim does not mention: "She received
    the 2000 National Caring Award" dates that award, not a medal another claim dates 2006."""
    return tuple(date for date in dates if not date.names or date.names in other.terms)


def _date_difference(a: Features, b: Features) -> Difference | None:
    # Both claims must give a date the other lacks: a claim that only adds a date agrees.
    dates_a, dates_b = _told_of(a.dates, b), _told_of(b.dates, a)
    only_a = _unmatched(dates_a, dates_b)
    only_b = _unmatched(dates_b, dates_a) if only_a else None
    if not only_a or not only_b:
        return None
    x, y = only_a[0], only_b[0]
    far = (x.month is not None and y.month is not None and x.month != y.month) or (
        x.year is not None and y.year is not None and x.year != y.year and (x.month or y.month))
    return Difference(ConflictKind.DATE, describe_date(x), describe_date(y), far=bool(far),
                      several=_several(only_a, only_b))


# A figure misreported or updated is seldom this many times the right one: two sums this far
# apart are as often two things ("coins valued at £1.2 million" / "the £20,000 insurers
# offered after the theft of the coins"), so only a pair alike in all else is in conflict.
FAR_RATIO = 4.0


def _number_difference(a: Features, b: Features) -> Difference | None:
    only_a = _unmatched(a.quantities, b.quantities)
    only_b = _unmatched(b.quantities, a.quantities) if only_a else None
    if not only_a or not only_b:
        return None
    first = only_a[0]
    other = next((value for value in only_b if first.comparable(value)), only_b[0])
    return Difference(ConflictKind.NUMBER, describe_quantity(first), describe_quantity(only_b[0]),
                      far=_far_apart(first, other), several=_several(only_a, only_b))


def _far_apart(value: Quantity, other: Quantity) -> bool:
    return not figures_within(value, other, FAR_RATIO)


def figures_within(value: Quantity, other: Quantity, ratio: float) -> bool:
    """Whether the larger of two figures is at most ``ratio`` times the smaller."""
    return size_ratio(value, other) <= ratio


def size_ratio(value: Quantity, other: Quantity) -> float:
    """How many times the larger of two figures is the smaller (infinite for a zero or an
    open bound's infinity)."""
    small, large = sorted((figure_size(value), figure_size(other)))
    return large / small if small > 0 and math.isfinite(large) else math.inf


def figure_size(quantity: Quantity) -> float:
    """A figure's size: the middle of a range, its one bound when open ("more than 50")."""
    low, high = abs(quantity.low), abs(quantity.high)
    return (low + high) / 2 if math.isfinite(high) else low


def _span_difference(a: Features, b: Features) -> Difference | None:
    """The years since a year ("the largest since 1960") against a span of years the other
    claim gives ("in five decades") that cannot be those years."""
    for first, second in ((a, b), (b, a)):
        since, span = _sole_since(first), _sole_span(second)
        if since is None or since.elapsed is None or span is None or since.spans(span):
            continue
        told = (since.elapsed.text, span.text) if first is a else (span.text, since.elapsed.text)
        return Difference(ConflictKind.NUMBER, *told)
    return None


def _sole_since(feature: Features) -> DateRef | None:
    """The one "since" year of a claim that gives no span of years itself."""
    found = [date for date in feature.dates if date.elapsed is not None]
    spans = any(quantity.unit == "years" for quantity in feature.quantities)
    return found[0] if len(found) == 1 and not spans else None


def _sole_span(feature: Features) -> Quantity | None:
    """The one span of years of a claim that names no "since" year itself."""
    found = [quantity for quantity in feature.quantities if quantity.span_of_years]
    since = any(date.elapsed is not None for date in feature.dates)
    return found[0] if len(found) == 1 and not since else None


def _several(only_a: list, only_b: list) -> bool:
    return len({value.text for value in only_a}) >= 2 and len({value.text for value in only_b}) >= 2


def _ordinal_difference(a: Features, b: Features) -> Difference | None:
    pairs = [(x, y) for x in a.ordinals for y in b.ordinals if set(x.head) & set(y.head)]
    if not pairs or any(x.rank == y.rank for x, y in pairs):
        return None
    x, y = pairs[0]
    return Difference(ConflictKind.ORDINAL, x.text, y.text)


def _name_difference(a: Features, b: Features) -> Difference | None:
    for x in a.roles:
        for y in b.roles:
            same_role = x.title == y.title and (
                not x.role or not y.role or set(x.role) & set(y.role)
            )
            if not same_role or not x.name or not y.name or same_name(x.name, y.name):
                continue
            # Both people may be named in both claims ("Roe met Doe"): no conflict.
            if x.name in b.terms or y.name in a.terms:
                continue
            # Another holder of the role in a sentence that differs elsewhere too reads as
            # another event ("GM X fired the coach" / "GM Y hired him"), not a misreported name.
            return Difference(ConflictKind.NAME, x.text, y.text, far=_aligned_blocks(a, b) is None)
    return None


# Directions closer than this are one side of a place ("north" and "northeast").
OPPOSITE_DEGREES = 90


def _direction_difference(a: Features, b: Features) -> Difference | None:
    """The same place seen from sides a quarter turn or more apart ("west" / "east of Aden")."""
    pairs = [(x, y) for x in a.bearings for y in b.bearings if x.place == y.place]
    if not pairs:
        return None
    apart = [(x, y) for x, y in pairs if min(abs(x.degrees - y.degrees), 360 - abs(x.degrees - y.degrees))
             >= OPPOSITE_DEGREES]
    if len(apart) < len(pairs):
        return None  # one side of the place agrees
    x, y = apart[0]
    return Difference(ConflictKind.DIRECTION, x.text, y.text)


def _aligned_blocks(a: Features, b: Features) -> list[tuple[list[str], list[str]]] | None:
    """The stretches where two mostly identical claims differ, or None if they differ a lot."""
    left, right = a.text.split(), b.text.split()
    least = ALIGNED_SHARE * min(len(left), len(right))
    # difflib's matching blocks never hold more words than a longest common subsequence,
    # which rapidfuzz finds far faster: most pairs stop here.
    if LCSseq.similarity(left, right) < least:
        return None
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    if common < least:
        return None
    return [
        (left[i1:i2], right[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _names_in(forms: list[str], features: Features, other: Features) -> list[str]:
    return [
        form for form in forms
        if form in features.entities and form not in other.terms and form not in other.entities
        and form not in lexicon.MONTHS and form not in lexicon.WEEKDAYS
    ]


# Names that _names_in() never counts as a name: calendar words.
_CALENDAR = frozenset(lexicon.MONTHS) | frozenset(lexicon.WEEKDAYS)
# How adjectives made of names end: Democratic, Chinese, British, Canadian, American, Korean.
_ADJECTIVE_ENDINGS = ("ic", "ese", "ish", "ian", "can", "ean")
_TIMES = frozenset("yesterday today tonight tomorrow morning afternoon evening night week month year "
                   "earlier later last next this".split())


def distinct_names(a: Features, b: Features) -> bool:
    """Each claim names someone or somewhere the other does not mention at all."""
    # What _names_in() keeps of each claim's names, found by set differences: judging asks
    # this of every informative pair.
    return bool(a.entities - b.terms - b.entities - _CALENDAR) and \
        bool(b.entities - a.terms - a.entities - _CALENDAR)


def unknown_subject(a: Features, b: Features) -> bool:
    """One claim's subject is a pronoun ("He was sentenced to 12 years") and the other's is
    not ("Genovese was serving a 15-year sentence"), and the names before the pronoun in its
    article are not the other's: a value they give apart may be another person's."""
    first = pronoun_led(a)
    if first == pronoun_led(b):
        return False
    pronoun, other = (a, b) if first else (b, a)
    return pronoun.antecedent.isdisjoint(other.entities | other.terms)


def entity_difference(a: Features, b: Features) -> Difference | None:
    """A name put in place of another in an otherwise identical claim (Hawaii / Guam)."""
    if not distinct_names(a, b):
        return None  # both ways below need a name on each side that the other lacks
    blocks = _aligned_blocks(a, b)
    if blocks is None:
        return None
    # The names must stand in each other's place, not merely appear on both sides.
    swaps = [
        (names_a, names_b)
        for left, right in blocks
        if (names_a := _opening(left, a, _names_in(left, a, b)))
        and (names_b := _opening(right, b, _names_in(right, b, a)))
        and _only_names(left, names_a) and _only_names(right, names_b)
    ]
    if len(swaps) != 1 or max(len(swaps[0][0]), len(swaps[0][1])) > MAX_SWAPPED_NAMES:
        places_a, places_b = _places(a, b), _places(b, a)
        if places_a and places_b:
            return _name_conflict(_names(a, places_a), _names(b, places_b))
        return None
    names_a, names_b = swaps[0]
    if PLACE_NAME_FORMS.issuperset(names_a) and PLACE_NAME_FORMS.issuperset(names_b):
        return None  # the rest of the name is the same: "Pacific Ocean" / "Pacific Basin"
    if _speaks(a, names_a) and _speaks(b, names_b):
        return None  # two sources of one statement ("the DA said" / "the police said")
    return _name_conflict(_names(a, names_a), _names(b, names_b))


def _opening(block: list[str], features: Features, names: list[str]) -> list[str]:
    """``names`` with the claim's first word when the block opens the claim and that word
    starts the name after it ("Mirela Hask, the company's chief executive, ..."): every
    sentence's first word is capitalised, so it is no name on its own."""
    if len(block) >= 2 and block[1] in names and block[0] not in names and \
            block[0] not in STOPWORD_FORMS and features.text.split()[:len(block)] == block:
        return [block[0], *names]
    return names


def _speaks(features: Features, names: list[str]) -> bool:
    """Whether the names stand as the body a claim is sourced to: "..., the DA said",
    "according to the police". A person named as the speaker ("manager A.J. Roe said") is
    part of the fact: the same words put in another's mouth do conflict."""
    forms = features.text.split()
    for index, form in enumerate(forms):
        if form not in names or index == 0:
            continue
        if forms[index - 1] == "the" and forms[index + 1 : index + 2] and forms[index + 1] in SPEECH_FORMS:
            return True
        if [word for word in forms[max(0, index - 3) : index] if word != "the"][-2:] == ACCORDING_TO:
            return True
    return False


def _name_conflict(name_a: str, name_b: str) -> Difference | None:
    return None if same_name(name_a, name_b) else Difference(ConflictKind.NAME, name_a, name_b)


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if char.isalnum() or char == " ").lower().strip()


def same_name(x: str, y: str) -> bool:
    """Two spellings of one name: accents, a variant spelling (Advisers / Advisors), an
    abbreviation (Ark. / Arkansas) or initials (AFC / American Football Conference)."""
    (short_text, short), (_, long) = sorted(((x, _folded(x)), (y, _folded(y))), key=lambda pair: len(pair[1]))
    if not short:
        return False
    if short == long or fuzz.ratio(short, long) >= SAME_NAME_RATIO:
        return True
    if " " in short:
        return False
    words = long.split()
    if len(words) >= 2 and short == "".join(word[0] for word in words):
        return True
    # A shortened word ("Ark"), not an acronym that happens to start the other ("UK", "Ukraine").
    if len(short) >= 3 and not short_text.strip(". ").isupper() and long.startswith(short):
        return True
    return _pet_form(short, long)


# A given name's pet form keeps its first letters and ends in one of these ("Katie", "Jenny").
PET_ENDINGS = ("ie", "y")
PET_STEM = 3


def _pet_form(short: str, long: str) -> bool:
    """Whether ``short`` is a pet form of the given name ``long`` ("Katie" / "Kathryn")."""
    if " " in long:
        return False
    return any(short.endswith(ending) and len(short) - len(ending) >= PET_STEM
               and long.startswith(short[:PET_STEM]) for ending in PET_ENDINGS)


def _places(features: Features, other: Features) -> list[str]:
    """Names right after "in" or "at" that the other claim never mentions: where it happened.
    Not an adjective of a name that qualifies the noun after it ("break in Democratic
    headquarters", "in Chinese waters")."""
    forms = features.text.split()
    return _names_in(
        [form for before, form, after in zip(forms, forms[1:], [*forms[2:], ""], strict=False)
         if before in ("in", "at") and not _qualifies(form, after, features)],
        features, other,
    )


def _qualifies(name: str, after: str, features: Features) -> bool:
    """Whether a name is an adjective of the noun after it: a content word, not a name, a
    function word or a time ("in Hawaii yesterday", "in Rome on Monday")."""
    return name.endswith(_ADJECTIVE_ENDINGS) and after in features.terms and \
        after not in features.entities and after not in _CALENDAR and after not in lexicon.STOPWORDS and \
        after not in _TIMES


def _only_names(block: list[str], names: list[str]) -> bool:
    return all(form in names or form in lexicon.STOPWORDS for form in block)


def _flipped(negative: list[str], other: list[str], other_forms: frozenset[str]) -> bool:
    """The negation is the change itself ("will not meet" / "will meet", "plans to" / "refused
    to"), not part of an added clause ("and she refused") nor a denial of something the other
    claim does not say ("pleaded not guilty" / "was charged")."""
    if len(negative) > MAX_FLIP_TOKENS or len(other) > MAX_FLIP_TOKENS:
        return False
    words = set(negative)
    negation = words & NEGATION_FORMS
    for phrase in NEGATION_PHRASE_FORMS:
        if phrase <= words:
            negation |= phrase
    if not negation:
        return False
    if not other:
        # Words put in with the negation, in place of none, add a clause of their own.
        return words - negation <= STOPWORD_FORMS
    negated = _negated_word(negative)
    return negated is None or negated in other_forms


def _negated_word(forms: list[str]) -> str | None:
    """The word a "not" or "no" of the stretch denies, when it is inside the stretch (a
    negating verb, "refused", stands in for the other claim's verb instead)."""
    for index, form in enumerate(forms):
        if form in NEGATION_PARTICLE_FORMS:
            return next((later for later in forms[index + 1:]
                         if later not in STOPWORD_FORMS and later not in NEGATION_FORMS), None)
    return None


def _names(features: Features, forms: list[str]) -> str:
    return " ".join(features.label(form) for form in forms)


def _negation_difference(a: Features, b: Features) -> Difference | None:
    """Opposite polarity, where the negation itself is what differs between the claims."""
    other = _affirming(a, b)
    if other is None:
        return None
    blocks = _aligned_blocks(a, b)
    if blocks is None:
        return None
    negative_side = 0 if a.negated else 1
    other_forms = frozenset(other.text.split())
    if not any(_flipped(block[negative_side], block[1 - negative_side], other_forms) for block in blocks):
        return None
    return _polarity(a, b)


def _affirming(a: Features, b: Features) -> Features | None:
    """The claim that affirms what the other denies, when their polarity may conflict: not
    when one contrasts its subject with another ("Unlike X, ..."), nor when the affirming one
    says the thing is not settled ("were not released" / "are still TBD")."""
    if a.negated == b.negated or _contrasts(a, b) or _contrasts(b, a):
        return None
    other = b if a.negated else a
    return None if not UNDETERMINED_FORMS.isdisjoint(other.text.split()) else other


def denial(a: Features, b: Features) -> Difference | None:
    """Opposite polarity worded apart: one claim denies, in its main clause, the very word
    the other asserts in its own ("has not begun an investigation" / "is investigating";
    "is not scheduled to attend" / "is scheduled for the 11th"). For a pair judged one fact
    on its other words."""
    other = _affirming(a, b)
    # Another place, team or person too makes a look-alike event ("the bridge at Oxley Ford
    # will not reopen" / "the bridge at Oxley Mill reopened"), as in judge().
    if other is None or distinct_names(a, b):
        return None
    negative = b if other is a else a
    other_forms = other.text.split()
    if not EARLIER_FORMS.isdisjoint(other_forms):
        return None
    found = _denied_word(negative)
    if found is None:
        return None
    denied, object_forms, subject = found
    if not subject <= other.terms:
        return None  # "denied that any patients ...": the other claim must name them too
    # The word denied, or one of its sense ("did not survive" / "was pulled alive"): a word
    # of its sense tells less, and another occasion is enough to make two ("did not fall
    # below freezing last winter" / "dropped below freezing on Sunday night").
    alike = () if _other_occasions(a, b) else sorted(ALIKE_FORMS.get(denied, ()))
    if not any(word in other.terms and _asserted(word, other_forms) for word in (denied, *alike)):
        return None
    if any(form in negative.entities and form not in other.terms and form not in other.entities
           for form in object_forms):
        return None  # "never checked into Morningside" / "checked into the Betty Ford Clinic"
    return _polarity(a, b)


def denies_the_other(a: Features, b: Features) -> bool:
    """Whether one claim denies, in its main clause, a word the other says ("does not cover
    4,127 homes" / "covers 4,127 homes"), however alike the rest: not one fact agreed on."""
    if a.negated == b.negated:
        return False
    negative, other = (a, b) if a.negated else (b, a)
    found = _denied_word(negative)
    return found is not None and found[0] in other.terms


def opposite(a: Features, b: Features) -> Difference | None:
    """Words of opposite sense, each asserted by one claim only ("prices rose 3%" / "prices
    fell 3%"), in two claims of one polarity: for a pair judged one fact on its other words.
    One claim denying the opposite word agrees with the other ("did not survive" / "died")."""
    if a.negated != b.negated or distinct_names(a, b):
        return None
    forms_a, forms_b = a.text.split(), b.text.split()
    for term in sorted((a.terms - b.terms) & OPPOSITE_FORMS.keys()):
        against = sorted(OPPOSITE_FORMS[term] & b.terms)
        if not against or OPPOSITE_FORMS[term] & a.terms or OPPOSITE_FORMS[against[0]] & b.terms:
            continue  # none opposed, or a claim that says both ("fire one coach, hire another")
        word_a, word_b = a.label(term), b.label(against[0])
        if stem(word_a.lower()) in OPPOSITE_STEMS and stem(word_b.lower()) in OPPOSITE_STEMS and \
                _asserted(term, forms_a) and _asserted(against[0], forms_b) and \
                not _other_subjects(a, b, before=(term, against[0])):
            return Difference(ConflictKind.NEGATION, word_a, word_b)
    return None


def _other_occasions(a: Features, b: Features) -> bool:
    """Whether each claim names a time the other does not ("last winter" / "on Sunday night")."""
    forms_a, forms_b = frozenset(a.text.split()), frozenset(b.text.split())
    return bool((forms_a - forms_b) & OCCASION_FORMS) and bool((forms_b - forms_a) & OCCASION_FORMS)


def _other_subjects(a: Features, b: Features, *, before: tuple[str, str]) -> bool:
    """Whether the two claims open on a word and the same word with a prefix ("The pilot ...
    died" / "The co-pilot ... survived", "his father" / "his grandfather"), each absent from
    the other claim, before their opposite words: two people, not one told two ways."""
    first_a, first_b = _first_term(a, before[0]), _first_term(b, before[1])
    if first_a is None or first_b is None or first_a == first_b or \
            first_a in b.terms or first_b in a.terms:
        return False
    shorter, longer = sorted((first_a, first_b), key=len)
    return len(shorter) >= MIN_PREFIXED and longer.endswith(shorter)


def _first_term(feature: Features, until: str) -> str | None:
    """The claim's first word that is a term, when it comes before ``until``."""
    for form in feature.text.split():
        if form == until:
            return None
        if form in feature.terms and form not in STOPWORD_FORMS:
            return form
    return None


def _denied_word(negative: Features) -> tuple[str, list[str], frozenset[str]] | None:
    """The content word a claim's one negation denies, past the verbs that lend it their
    meaning, when the negation is in the claim's main clause, the words after it (what it is
    denied of) and the subject the other claim must name too (that of a statement denied
    whole: "denied that any patients had been turned away"); None otherwise."""
    forms = negative.text.split()
    negations = [index for index, form in enumerate(forms) if form in NEGATION_FORMS]
    if len(negations) != 1 or forms[negations[0]] not in _DENYING_ANY:
        return None
    before = forms[_reported(forms, negations[0]):negations[0]]
    if not CLAUSE_FORMS.isdisjoint(before) or before in EXPLETIVES or _an_order(before):
        return None  # "who was not there", "but it will not offer", "it is not clear"
    after = forms[negations[0] + 1:]
    if forms[negations[0]] in DENY_FORMS:
        return _denied_statement(negative, after)
    at = next((index for index, form in enumerate(after)
               if form not in PASSED_OVER_FORMS), None)
    if at is None or after[at] in STOPWORD_FORMS or after[at] not in negative.terms or \
            after[at] in negative.entities:
        return None
    return after[at], after[at + 1:at + 1 + DENIED_OBJECT], frozenset()


def _denied_statement(negative: Features, after: list[str]) -> tuple[str, list[str], frozenset[str]] | None:
    """What "denied that ..." denies: the statement's verb, the words after it and its subject."""
    if THAT not in after[:THAT_REACH + 1]:
        return None
    statement = after[after.index(THAT) + 1:]
    words = [form for form in statement
             if form not in PASSED_OVER_FORMS and form not in STOPWORD_FORMS and form in negative.terms]
    if len(words) < 2 or words[1] in negative.entities:
        return None
    return words[1], words[2:2 + DENIED_OBJECT], frozenset(words[:1])


def _an_order(before: list[str]) -> bool:
    """Whether the words before a "not" make it an order ("Do not drink the water."; the
    sign warned, "Don't talk.")."""
    return bool(before) and before[-1] == DO and (len(before) == 1 or before[-2] in ORDER_FORMS)


def _asserted(form: str, forms: list[str]) -> bool:
    """Whether a claim asserts the word in its main clause, not in a clause of its own nor as
    a purpose or an attempt ("to help determine")."""
    for index, word in enumerate(forms):
        if word == form:
            return not _a_purpose(forms, index) and \
                SUBORDINATE_FORMS.isdisjoint(forms[_reported(forms, index):index])
    return False


def _reported(forms: list[str], until: int) -> int:
    """Where the statement a claim reports opens, before ``until``: past a reporting verb's
    "that" ("a DNA expert testified that ..."), when no other clause opens before it but one
    "who" or "which" that says something of the speaker ("Roe, who chairs the committee,
    confirmed that ..."; not "Roe, who said that ..."); 0 otherwise."""
    described = False
    for index in range(1, until):
        if forms[index] not in CLAUSE_FORMS:
            continue
        if forms[index] == THAT and forms[index - 1] in REPORTING_FORMS:
            return index + 1
        if described or forms[index] not in RELATIVE_FORMS or index + 1 >= until or \
                forms[index + 1] in REPORTING_FORMS:
            return 0
        described = True
    return 0


def _a_purpose(forms: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a "to" of purpose or attempt ("met to approve",
    "to help determine"), not one of what was resolved ("voted 4-1 on Tuesday to approve")."""
    if TO not in forms[max(0, index - 2):index]:
        return False
    to = max(position for position in range(max(0, index - 2), index) if forms[position] == TO)
    return RESOLVING_FORMS.isdisjoint(forms[max(0, to - RESOLVED_REACH):to])


def _polarity(a: Features, b: Features) -> Difference:
    return Difference(ConflictKind.NEGATION, "negative" if a.negated else "affirmative",
                      "negative" if b.negated else "affirmative")


def _contrasts(features: Features, other: Features) -> bool:
    """ "Unlike X, Y is not ...", where Y is a word the other claim never uses: that claim
    speaks of X, of whom this one says the same."""
    forms = features.text.split()
    # Most claims hold no contrast word at all: one set test spares the scan.
    if _CONTRAST_FIRST.isdisjoint(forms):
        return False
    after = next((index + len(phrase) for phrase in CONTRAST_FORMS for index in range(len(forms))
                  if tuple(forms[index:index + len(phrase)]) == phrase), None)
    if after is None:
        return False
    subject = _before_negation(forms[after:])
    return subject is not None and subject not in other.text.split()


def _before_negation(forms: list[str]) -> str | None:
    """The last word before the first negation that is not a function word: its subject."""
    for index, form in enumerate(forms):
        if form in NEGATION_FORMS:
            return next((word for word in reversed(forms[:index]) if word not in STOPWORD_FORMS), None)
    return None


# Minutes two times of day may lie apart and still tell one moment: a writer rounds to the
# quarter hour, or to the hour when the time is rough ("about 2 p.m." / "1:40 p.m.").
TIME_SLACK = 15
ROUGH_TIME_SLACK = 60
CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_HALF_DAY = re.compile(r"[ap]\.?\s?m\b|noon|midnight", re.IGNORECASE)
_ROUGH_TIME_FORMS = frozenset(map(word_form, lexicon.ROUGH_TIME_WORDS))
_TIME_BOUND_FORMS = frozenset(map(word_form, lexicon.TIME_BOUND_WORDS))


@dataclass(frozen=True)
class _ClockTime:
    minutes: int  # since midnight
    text: str  # as written
    rough: bool
    half_day_known: bool  # "9:25" alone may be morning or evening

    def near(self, other: _ClockTime) -> bool:
        slack = ROUGH_TIME_SLACK if self.rough or other.rough else TIME_SLACK
        shifts = (0,) if self.half_day_known and other.half_day_known else (0, 720)
        gaps = ((self.minutes - other.minutes + shift) % 1440 for shift in shifts)
        return any(min(gap, 1440 - gap) <= slack for gap in gaps)  # 11:50 p.m. is near 12:05 a.m.


def _clock_time(feature: Features) -> _ClockTime | None:
    """The one time of day a claim gives at a point (not "before 8 a.m."), in no named zone."""
    times = [found for term in feature.terms if (found := CLOCK.fullmatch(term))]
    forms = feature.text.split()
    if len(times) != 1 or times[0].group() not in forms:
        return None
    index = forms.index(times[0].group())
    before, after = forms[max(0, index - 2):index], forms[index + 1:index + 2]
    if _TIME_BOUND_FORMS.intersection(before) or lexicon.TIME_ZONES.intersection(after):
        return None
    hour, minute = int(times[0].group(1)), int(times[0].group(2))
    text = feature.label(times[0].group())
    return _ClockTime(hour * 60 + minute, text, rough=bool(_ROUGH_TIME_FORMS.intersection(before)),
                      half_day_known=bool(_HALF_DAY.search(text)) or hour == 0 or hour > 12)


def _time_difference(a: Features, b: Features) -> Difference | None:
    """Two times of day of one moment too far apart ("around 2 p.m." / "about 4 p.m.")."""
    time_a = _clock_time(a)
    time_b = _clock_time(b) if time_a else None
    if time_a is None or time_b is None or time_a.near(time_b):
        return None
    return Difference(ConflictKind.DATE, time_a.text, time_b.text)


_CHECKS = (_date_difference, _time_difference, _number_difference, _span_difference, _ordinal_difference,
           _name_difference, _negation_difference, _direction_difference)


def differences(a: Features, b: Features) -> tuple[Difference, ...]:
    """Every kind of value on which the two claims disagree."""
    return tuple(found for check in _CHECKS if (found := check(a, b)) is not None)


def status_of(claims: tuple[Claim, ...], conflicts: tuple[Conflict, ...]) -> Status:
    if conflicts:
        return Status.CONTRADICTED
    if len({claim.source for claim in claims}) >= 2:
        return Status.CORROBORATED
    return Status.SINGLE_SOURCE


def conflicts_in(
    claims: tuple[Claim, ...], conflict_of: dict[tuple[int, int], Difference], index_of: dict[Claim, int]
) -> tuple[Conflict, ...]:
    found: list[Conflict] = []
    if not conflict_of:
        return ()  # most groups: no pair differs, nothing to look up for each pair
    # Each claim's index looked up once, not once per pair (a group of copies has many).
    indexed = [(claim, index_of[claim]) for claim in claims]
    for (a, i), (b, j) in combinations(indexed, 2):
        if a.source == b.source:
            continue
        key = (i, j) if i < j else (j, i)
        difference = conflict_of.get(key)
        if difference is None:
            continue
        first, second = (a, b) if i < j else (b, a)
        found.append(Conflict(difference.kind, first, difference.value_a, second, difference.value_b))
    return tuple(found)


# Kinds of value a claim states, in the order they are listed.
VALUE_KINDS = (ConflictKind.DATE, ConflictKind.NUMBER, ConflictKind.ORDINAL)
Value = DateRef | Quantity | Ordinal


def values_of(feature: Features, kind: ConflictKind) -> Sequence[Value]:
    """The values of one kind a claim gives (dates: those with a calendar field)."""
    if kind is ConflictKind.DATE:
        return [date for date in feature.dates if date.token]
    return feature.quantities if kind is ConflictKind.NUMBER else feature.ordinals


def values_alike(value: Value, other: Value) -> bool:
    """Two values of one kind that state the same thing ("April 10" / "the 10th")."""
    if isinstance(value, Ordinal):
        return isinstance(other, Ordinal) and value.rank == other.rank and \
            not set(value.head).isdisjoint(other.head)
    if isinstance(value, DateRef) and isinstance(other, Quantity):
        return value.spans(other)
    if isinstance(value, Quantity) and isinstance(other, DateRef):
        return other.spans(value)  # "over six decades" / "since 1960"
    return type(value) is type(other) and value.comparable(other) and value.compatible(other)  # type: ignore[arg-type]


def agreed_values(claims: Sequence[Claim], features: Sequence[Features]) -> tuple[AgreedValue, ...]:
    """The values claims of two or more files of one group give alike: what the group's
    claims agree on besides their words. Dates first, then figures, then ranks, each kind in
    the order the claims first give them."""
    items = [(position, value) for kind in VALUE_KINDS for position, feature in enumerate(features)
             for value in values_of(feature, kind)]
    taken: set[int] = set()
    found = []
    for number, (position, value) in enumerate(items):
        if number in taken:
            continue
        # One value of each claim: the nearest that agrees with this one ("about 140 in all",
        # not "more than 20" of the same claim, against "143").
        partners = {position: number}
        for other_number, (other_position, other) in enumerate(items):
            if other_position == position or other_number in taken or not values_alike(value, other) or \
                    _distance(value, other) > _ALIKE_RATIO:
                continue
            if other_position not in partners or \
                    _distance(value, other) < _distance(value, items[partners[other_position]][1]):
                partners[other_position] = other_number
        if len({claims[index].source for index in partners}) < 2:
            continue
        taken.update(partners.values())
        found.append(AgreedValue(tuple(
            ValueMention(claims[index], _as_written(claims[index].text, items[partners[index]][1].text))
            for index in sorted(partners))))
    return tuple(found)


# A bound far from a figure agrees with it but does not give it: "more than 20" is no "143".
_ALIKE_RATIO = 2.0


def _distance(value: Value, other: Value) -> float:
    """How far apart two agreeing values are: the ratio of two figures' sizes; 1 for other
    values."""
    if not isinstance(value, Quantity) or not isinstance(other, Quantity):
        return 1.0
    return size_ratio(value, other)


def _as_written(text: str, value: str) -> str:
    """The words of ``text`` a value was read from: its tokens are joined by spaces ("2 %",
    "April 11 2024") where the text joins them without or with punctuation ("2%",
    "April 11, 2024", "first-ever")."""
    pattern = r"\W{0,3}".join(map(re.escape, value.split()))
    found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return found.group() if found else value


def order_clusters(clusters: list[Cluster]) -> list[Cluster]:
    rank = {Status.CONTRADICTED: 0, Status.CORROBORATED: 1, Status.SINGLE_SOURCE: 2}
    return sorted(
        clusters,
        key=lambda c: (rank[c.status], -len(c.files), path_order(c.claims[0].source), c.claims[0].start),
    )


# Titles one person holds at a time in one organisation ("the museum's director", "Kestrel
# chief executive"): two articles of one story that name two people for one of them disagree
# on who holds it, whatever else their sentences say. Titles many hold at once (a judge, a
# spokesman, a general) are not among them.
SOLE_TITLES = frozenset(
    """president chancellor governor mayor premier chairman chairwoman chair ceo cfo director head
    leader chief coach commissioner superintendent sheriff manager""".split()) | {"prime minister"}
# Words that put a holder in another time than the story's ("the former director", "acting
# chief executive"): two people may then hold one title.
_OTHER_TIME_FORMS = frozenset(word_form(word) for word in lexicon.OTHER_TIME_TITLE_WORDS)


# The claims that give one organisation's title, and for each pair of them the names in
# conflict, or None where they agree.
TitleGroup = tuple[list[int], dict[tuple[int, int], Difference | None]]


def role_conflicts(features: Sequence[Features], files: Sequence[str],
                   same_story: Callable[[str, str], bool]) -> list[TitleGroup]:
    """Titles of one organisation that files of one story give to two people ("Museum
    director Helena Quist said ..." / "The museum's director, Miriam Voss, said ..."), when
    neither file names the other person anywhere (a file that names both may tell that one
    followed the other): for each title, the claims that give it, and for each pair of them,
    the names in conflict or None where they agree."""
    holding: dict[str, list[tuple[int, RoleHolder]]] = {}
    named_in: dict[str, set[str]] = {}
    for index, feature in enumerate(features):
        named_in.setdefault(files[index], set()).update(feature.terms, feature.entities)
        for holder in feature.roles:
            if holder.role and _sole(holder.title) and _a_person(holder) and \
                    not _in_another_time(feature, holder):
                title = lexicon.SAME_TITLES.get(holder.title, holder.title)
                holding.setdefault(title, []).append((index, holder))
    found = []
    for entries in holding.values():
        pairs: dict[tuple[int, int], Difference | None] = {}
        for (i, x), (j, y) in combinations(entries, 2):
            if files[i] == files[j] or not _one_organisation(x.role, y.role) or \
                    not same_story(files[i], files[j]):
                continue
            if same_name(x.name, y.name):
                pairs[(i, j)] = None
            elif word_form(y.name) not in named_in[files[i]] and word_form(x.name) not in named_in[files[j]]:
                pairs[(i, j)] = Difference(ConflictKind.NAME, x.text, y.text)
        # One group for each organisation's title: the claims its pairs link.
        for members in _linked(pairs):
            of_members = {pair: names for pair, names in pairs.items() if pair[0] in members}
            if any(of_members.values()):
                found.append((sorted(members), of_members))
    return found


def _sole(title: str) -> bool:
    """Whether one person holds the title at a time: "chief executive", "general manager",
    "prime minister"; not "general", "minister"."""
    words = title.split()
    return title in SOLE_TITLES or words[0] in SOLE_TITLES or words[-1] in SOLE_TITLES


def _linked(pairs: dict[tuple[int, int], Difference | None]) -> list[set[int]]:
    """The sets of claims that the pairs link, directly or through others."""
    group_of: dict[int, set[int]] = {}
    for pair in pairs:
        merged = group_of.get(pair[0], {pair[0]}) | group_of.get(pair[1], {pair[1]})
        for index in merged:
            group_of[index] = merged
    return list({id(group): group for group in group_of.values()}.values())


# Words that make a body another one of its kind: "South Sudan", "State Police".
_OTHER_ORGANISATION_FORMS = frozenset(
    word_form(word) for word in (*lexicon.COMPASS, *lexicon.LEVELS_OF_GOVERNMENT))
# Words before a title this close put its holder in another time: "the former director",
# "Acme's then-chief executive", "acting chief".
OTHER_TIME_REACH = 3


def _in_another_time(feature: Features, holder: RoleHolder) -> bool:
    forms = feature.text.split()
    title = stem(holder.title.split()[0])
    return any(not _OTHER_TIME_FORMS.isdisjoint(forms[max(0, index - OTHER_TIME_REACH):index])
               for index, form in enumerate(forms) if form == title)


def _a_person(holder: RoleHolder) -> bool:
    """Whether a title is given to a person: no rank or office stands with it ("the sheriff's
    Sgt. Don Roe": the sergeant is not the sheriff; "the Sheriff's Office"), nor an acronym
    ("chief PRO Defence")."""
    title = holder.title.split()
    return bool(holder.name) and not any(
        word.lower().rstrip(".") in lexicon.RANKS_AND_OFFICES or _an_acronym(word)
        for word in holder.text.split() if word_form(word) not in holder.role and word.lower() not in title)


def _an_acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()  # "PRO", not "A.J."


def _one_organisation(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two titles' qualifiers name one organisation: alike, or one the start of the
    other's name ("Kestrel" / "Kestrel Coatings", "Millbrook Police" / "Millbrook Police
    Department"). A common noun inside a longer name may be another body of its kind: "the
    museum's director" / "director of the Dunmarrow Civic Museum", "Sudan" / "South Sudan",
    "Police" / "State Police", "Mohave County" / "Schleicher County"."""
    short, long = sorted((x, y), key=len)
    return short == long[:len(short)] and _OTHER_ORGANISATION_FORMS.isdisjoint(long[len(short):])
