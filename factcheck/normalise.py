"""Stage 3: turn each claim into what it asserts: content terms, entities and values.

Numbers become intervals the wording allows, dates become partial calendar dates read
in the context of their article, ordinals and role holders are picked out, and common
spellings of one name are folded together (built-in abbreviations, acronyms defined in
the texts, and the user's aliases file).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from . import lexicon
from .errors import ConfigError

_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
})
_SPACED_INITIALS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")
# An abbreviation a copy ran into the next word ("4 p.m.local time", "Acme Inc.and"): two words.
_RUN_ON = re.compile(r"\b([ap]\.m\.|(?:Ltd|Inc|Corp|Co|Jr|Sr)\.)(?=[a-z])")
# A thousands separator a copy set off by a space ("fell 2, 000ft"): no number starts with 0.
_SPACED_THOUSANDS = re.compile(r"(?<=\d), (?=0\d\d(?!\d))")
_TOKEN = re.compile(
    # Most tokens are plain words: tried first (the alternatives below are tried in turn at
    # every word), unless a digit follows the letters (a model, "i7") or a dot, an apostrophe
    # or a letter after a dot may make them another token ("U.S.", "don't").
    r"(?<![^\W_])[^\W\d_]++(?:'[^\W\d_]++)*+(?![\d.'])"
    r"|[$\u20ac\u00a3\u00a5%\u00bc-\u00be\u2153-\u215e]"
    # a time of day: a word, not a number ("3pm", "11.30 a.m.", "19:42")
    r"|(?<![\w:.,])\d{1,2}(?:[:.]\d{2})? ?[AaPp]\.?[Mm]\.?(?![^\W_])"
    r"|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    # letters then digits: a model or a name (i7, G7, F16), or a sum in a currency's letters
    # ("Dh4,275")
    r"|(?<![^\W_])[^\W\d_]++\d[^\W_]*+(?:,\d{3}(?!\d))*+"
    r"|(?<![\d/])[1-9]/[2-9](?![\d/])"
    r"|(?<![\d/])\d+/\d+(?![\d/])"  # "9/11", "24/7", "41/2" (4 1/2 run together): a word
    r"|(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d/-])"  # "10-5", "65-53": a score, a record or a range
    r"|(?<![^\W_])\d+[A-Z][a-z]\w*"  # digits then a capitalised word: a name ("10News")
    # digits then letters that are no unit, scale or suffix: a name ("76ers") or a format ("3D")
    r"|(?<![^\W_])\d++(?!(?i:" + "|".join(sorted(lexicon.GLUED_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![^\W_]))[^\W\d_]\w*"
    r"|\d+(?:,\d{3})+(?:\.\d+)?(?:st|nd|rd|th)?"
    r"|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?"
    r"|[A-Za-z](?:\.[A-Za-z])+\.?"
    r"|[^\W\d_]+(?:'[^\W\d_]+)*"
)
# The look-behinds let a search start only where a number or a word starts, and possessive
# runs never give characters back: both stay linear on a long run of digits or capitals.
_DIGITS = re.compile(r"(?<![\d,.])(\d++(?:,\d{3})*+(?:\.\d+)?)(st|nd|rd|th|s)?$")
# A number touching a character lost in a bad encoding ("4\ufffd months" for 4\u00bd) is
# not the number written: it is left out rather than read wrong.
_UNREADABLE_NUMBER = re.compile(r"(?<![\d.,/])[\d.,/]*+\ufffd[\d.,/\ufffd]*+")
_ACRONYM_DEF = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w'-]*+\s++(?:(?:of|and|for|the|de)\s++)*){1,8})\(([A-Z]{2,8})\)"
)
_ACRONYM_MARK = re.compile(r"\([A-Z]{2,8}\)")  # what every match of _ACRONYM_DEF ends with


@dataclass(frozen=True)
class Token:
    """One word and what the extractors ask of it, worked out once per distinct word."""

    surface: str
    lower: str
    form: str  # canonical: alias, synonym or stem
    capitalised: bool
    number: float | None  # "1,500" -> 1500.0
    day: int | None  # "10th" -> 10
    plain: bool  # names no value (number, date, ordinal, unit, currency): extraction skips it
    term: bool  # a content term, unless it is part of a value
    named: bool  # an alias or a phrase: always a name
    name_like: bool  # capitalised and not a stopword: a name outside a Title Case headline
    long_word: bool  # a word of four letters or more: counts towards telling Title Case


def _finite(high: float, low: float) -> float:
    """The size of a value: its upper end, or its lower end when it has none."""
    return abs(high) if math.isfinite(high) else abs(low)


@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    unit: str
    head: tuple[str, ...]
    text: str
    decimals: int = 0  # as written: "6" 0, "6.2" 1
    # The unit of measure as written when the value is converted to its base unit ("mile"),
    # and the factor of that conversion.
    measure: str = ""
    factor: float = 1.0
    # Written right after a name ("Interstate 75", "Week 11", "Colts 17"): maybe part of it.
    after_name: bool = False

    def compatible(self, other: Quantity) -> bool:
        # An open bound ("more than 50") sets no scale: its infinity would make any slack.
        size = max(_finite(self.high, self.low), _finite(other.high, other.low), 1.0)
        slack = 0.005 * size
        if self.measure != other.measure:
            # A figure converted from another unit is rounded, to a share of it ("60 mph" is
            # "97 km/h" or "100 km/h") or to the last digit it writes ("3 km" is "2 miles").
            slack = max(CONVERSION_SHARE * size, self._last_digit(), other._last_digit())
        if self.low <= other.high + slack and other.low <= self.high + slack:
            return True
        return self._rounds(other) or other._rounds(self)

    def _last_digit(self) -> float:
        """Half the last digit this value writes, in its base unit: "2 miles" is 1.5 to 2.5."""
        return 0.5 * 10 ** -self.decimals * self.factor

    def _rounds(self, other: Quantity) -> bool:
        """This exact value is the other one written with fewer decimals ("6 miles", "6.2")."""
        if self.low != self.high or other.low != other.high or self.decimals >= other.decimals or \
                self.measure != other.measure:
            return False
        gap = abs(self.low - other.low)
        return gap <= 0.5 * 10 ** -self.decimals * self.factor and gap <= ROUNDING_SHARE * abs(other.low)

    @property
    def token(self) -> str:
        return f"#{self.unit}:{self.low:g}-{self.high:g}"

    @property
    def span_of_years(self) -> bool:
        """A span of a year or more ("in over six decades"), which a "since" year may give."""
        return self.unit == "years" and self.low >= 1

    def comparable(self, other: Quantity) -> bool:
        if self.unit != other.unit:
            return False
        if self.unit.startswith("count"):
            if len(self.head) == len(other.head) == 2 and self.head[0] == DISTANCE_HEAD:
                return self.head == other.head  # the distances of two places
            return not set(self.head).isdisjoint(other.head) or _people_alike(self.head, other.head)
        if self.unit == "age" and self.head and other.head:
            return not set(self.head).isdisjoint(other.head)  # two people's ages
        return True


@dataclass(frozen=True)
class DateRef:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    text: str = ""
    # "the 2000 National Caring Award": the form of the name the year is part of; the year
    # dates that thing, not necessarily the fact the claim tells. So does an opening "After
    # the election in 1968, ...": it dates the election.
    names: str = ""
    # "the largest since 1960": the years from then to the article's time, as far as the
    # article tells that time (see ``_Extractor._elapsed``); another article's "in over six
    # decades" gives the same span.
    elapsed: Quantity | None = None
    # A year read from "this year" or "next year" through the article's own date: a season
    # named by the year it ends in ("the 2014 Oscars", "this year" to a writer in 2013), or an
    # article dated near New Year, may put it one year off what another article writes.
    relative: bool = False

    # Spelt out rather than looped over: judging compares dates millions of times.
    def compatible(self, other: DateRef) -> bool:
        return (
            (self.year is None or other.year is None or self.year == other.year
             or (self.relative or other.relative) and abs(self.year - other.year) == 1)
            and (self.month is None or other.month is None or self.month == other.month)
            and (self.day is None or other.day is None or self.day == other.day)
            and (self.weekday is None or other.weekday is None or self.weekday == other.weekday)
        )

    def comparable(self, other: DateRef) -> bool:
        """Both give at least one calendar field in common (a weekday alone does not count)."""
        return (
            (self.year is not None and other.year is not None)
            or (self.month is not None and other.month is not None)
            or (self.day is not None and other.day is not None)
        )

    def spans(self, quantity: Quantity) -> bool:
        """The years since this date are that span ("since 1960" / "over six decades"); a
        span of days or months is another fact's."""
        return self.elapsed is not None and quantity.span_of_years and self.elapsed.compatible(quantity)

    @property
    def token(self) -> str:
        parts = [str(part) for part in (self.year, self.month, self.day) if part is not None]
        return "@" + "-".join(parts) if parts else ""


@dataclass(frozen=True)
class Ordinal:
    rank: int
    head: tuple[str, ...]
    text: str


    @property
    def token(self) -> str:
        return f"^{self.rank}:{'/'.join(self.head)}"


@dataclass(frozen=True)
class RoleHolder:
    role: tuple[str, ...]
    title: str
    name: str
    text: str


@dataclass(frozen=True)
class Bearing:
    """A direction from a named place: "150 miles west of Aden"."""

    degrees: int
    place: tuple[str, ...]
    text: str

    @property
    def token(self) -> str:
        return f"@{self.degrees}:" + "_".join(self.place)


@dataclass(frozen=True)
class Features:
    """What one claim asserts, in normalised form."""

    terms: frozenset[str]
    entities: frozenset[str]
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    ordinals: tuple[Ordinal, ...] = ()
    roles: tuple[RoleHolder, ...] = ()
    bearings: tuple[Bearing, ...] = ()
    negated: bool = False
    text: str = ""
    value_terms: frozenset[str] = field(default_factory=frozenset)
    labels: tuple[tuple[str, str], ...] = ()
    # Words of the claim's own attribution ("..., according to Bank Chief Executive Jane
    # Roe"): who says it, not what is said.
    speaker_terms: frozenset[str] = field(default_factory=frozenset)
    # For a claim whose subject is a pronoun ("He was sentenced to 12 years"), the names of
    # the nearest earlier claim of its article that gives any (see with_antecedents).
    antecedent: frozenset[str] = field(default_factory=frozenset)

    def label(self, term: str) -> str:
        """How the text itself spells a normalised term (for explanations)."""
        return dict(self.labels).get(term, term)

    @property
    def all_terms(self) -> frozenset[str]:
        return self.terms | self.value_terms


@dataclass
class Context:
    """What an article has said so far: the month and year a bare day is read in."""

    year: int | None = None
    month: int | None = None
    # The year and month of the article's own date line: what "next month" is read from.
    published: tuple[int, int] | None = None
    # The latest year the article names anywhere: it was written then or later (or a few
    # years before, when that year is a plan's).
    latest_year: int | None = None


class AliasTable:
    """Equivalent spellings of one name: built-in abbreviations plus the user's and the texts'."""

    def __init__(self, extra: dict[str, str] | None = None) -> None:
        self._table: dict[tuple[str, ...], str] = {}
        # Phrase lengths by first word: tokenize tries only lengths that can match.
        self._sizes: dict[str, tuple[int, ...]] = {}
        for phrase, canonical in lexicon.ALIASES.items():
            self.add(phrase, canonical)
        for phrase, canonical in lexicon.SYNONYMS.items():
            if " " in phrase or "-" in phrase:
                self.add(phrase, stem(canonical))
        for phrase, canonical in (extra or {}).items():
            self.add(phrase, canonical)
            self.add(canonical, canonical)  # the canonical spelling is one of the variants

    def add(self, phrase: str, canonical: str) -> None:
        key = tuple(_lower_forms(phrase))
        if key:
            self._table[key] = canonical.lower().replace(" ", "_")
            sizes = {*self._sizes.get(key[0], ()), len(key)}
            self._sizes[key[0]] = tuple(sorted(sizes, reverse=True))

    @property
    def starts(self) -> dict[str, tuple[int, ...]]:
        """Words that start a phrase of the table (test with ``in``)."""
        return self._sizes

    def sizes(self, first: str, limit: int) -> list[int]:
        """Lengths of the phrases starting with ``first``, longest first, up to ``limit``."""
        return [size for size in self._sizes.get(first, ()) if size <= limit]

    def lookup(self, words: tuple[str, ...]) -> str | None:
        return self._table.get(words)

    def learn_acronyms(self, text: str) -> None:
        """``Republic of Korea (ROK)`` defines ROK for every file of the run."""
        # Most articles define no acronym: a quick search for "(ROK)" spares them the full
        # pattern. Translating quotes and dashes never makes or breaks such a mark.
        if _ACRONYM_MARK.search(text) is None:
            return
        for match in _ACRONYM_DEF.finditer(_prepare(text)):
            words = match.group(1).split()
            acronym = match.group(2)
            initials = "".join(word[0] for word in words if word[0].isupper())
            if initials.endswith(acronym) and len(acronym) >= 2:
                phrase_words = _tail_with_initials(words, acronym)
                canonical = "_".join(_lower_forms(" ".join(phrase_words)))
                self.add(acronym, canonical)
                self.add(" ".join(phrase_words), canonical)


def _tail_with_initials(words: list[str], acronym: str) -> list[str]:
    capitals = 0
    for start in range(len(words) - 1, -1, -1):
        if words[start][0].isupper():
            capitals += 1
        if capitals == len(acronym):
            return words[start:]
    return words


def load_aliases(path: str | Path) -> dict[str, str]:
    """A user's equivalences: JSON ``{"canonical": ["variant", ...]}`` or lines ``a = b = c``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read aliases file ({err})") from err
    table: dict[str, str] = {}
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ConfigError(f"{path}: invalid JSON at line {err.lineno}: {err.msg}") from err
        if not isinstance(data, dict) or not all(
            isinstance(variants, list) and all(isinstance(v, str) for v in variants)
            for variants in data.values()
        ):
            raise ConfigError(f'{path}: expected {{"canonical": ["variant", ...]}}')
        for canonical, variants in data.items():
            for variant in (canonical, *variants):
                table[variant] = canonical
        return table
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        names = [name.strip() for name in line.split("=") if name.strip()]
        if len(names) < 2:
            raise ConfigError(f"{path}:{number}: expected 'name = other name [= ...]'")
        for name in names:
            table[name] = names[0]
    return table


# A sum converted into another currency, in parentheses after the sum: "110 billion euros
# ($143 billion)", "900 (Dh4,275)". The rate, not the news, differs between two outlets.
_AFTER_SUM = "(?:" + "|".join(f"(?<={word})" for word in (
    r"\d", "billion", "million", "trillion", "bn", "euros", "pounds", "dollars", "yen", "francs")) + ")"
_CONVERSION = re.compile(
    _AFTER_SUM + r"[ \t]*+\((?:US|C|A|NZ|HK)?[$\u20ac\u00a3\u00a5][ \t]?\d[^()]{0,24}\)"
    "|" + _AFTER_SUM + r"[ \t]*+\([A-Z][A-Za-z]{1,2}[ \t]?\d[\d,.]*(?:[ \t]?(?:bn|m|billion|million))?\)")


def _prepare(text: str) -> str:
    if "(" in text:
        text = _CONVERSION.sub(lambda match: " " * len(match.group()), text)
    # ASCII text has none of the characters to replace, and isascii() only reads a flag.
    prepared = text if text.isascii() else _UNREADABLE_NUMBER.sub(" ", text.translate(_QUOTES))
    if ", 0" in prepared:
        prepared = _SPACED_THOUSANDS.sub(",", prepared)
    if "." in prepared:
        prepared = _RUN_ON.sub(r"\1 ", prepared)
    # "U. K." is the same abbreviation as "U.K.".
    return _SPACED_INITIALS.sub(r"\1.", prepared) if ". " in prepared else prepared


def _unhyphenated(text: str) -> str:
    """Hyphens as spaces ("36-year-old"), except between two numbers: "10-5" is one score or
    record, "10-20 percent" one range; a designation loses its hyphen ("F-35" = "F35")."""
    if "-" not in text:
        return text
    return _HYPHEN_APART.sub(" ", _JOINED.sub(r"\1", _DESIGNATION.sub(_designation, text)))


# A capitalised word, a hyphen, then digits: "F-35", "MiG-29", "COVID-19", "Mid-2000s".
_DESIGNATION = re.compile(r"(?<![\w.'-])([A-Z][^\W\d_]{0,5})-(?=\d)")


def _designation(match: re.Match[str]) -> str:
    word = match.group(1)
    lower = word.lower()
    return match.group() if lower in lexicon.MONTHS or lower in lexicon.TIME_PREFIXES else word


# A prefix that makes another word ("co-pilot"), with its hyphen.
_JOINED_ALTERNATIVES = "|".join(sorted(lexicon.JOINED_PREFIXES))
_JOINED = re.compile(rf"(?<![\w-])({_JOINED_ALTERNATIVES})-(?=[^\W\d_])", re.IGNORECASE)
# A hyphen not between two digits.
_HYPHEN_APART = re.compile(r"-(?!\d)|(?<!\d)-")
# Two numbers joined by a hyphen: a score, a record or a range.
_PAIR = re.compile(r"(\d{1,3})-(\d{1,3})")


# Two capitals, a space, then a number of two or three digits: a designation written apart
# ("AK 47", "IE 11"), the same as "AK-47". Not a time ("AT 12:46") nor a share ("US 15%").
_SPACED_DESIGNATION = re.compile(r"(?<![\w.'-])([A-Z]{2}) (?=\d{2,3}\b(?![.,:]\d|\s*%|\s*per))")


def _word_text(text: str) -> str:
    """The text words are read from: designations joined, times of day told in words as
    their clock form, hyphens as _unhyphenated makes them."""
    prepared = _prepare(text)
    if "past" in prepared or "o'clock" in prepared or "quarter to" in prepared:
        prepared = _TIME_IN_WORDS.sub(_clock_form, prepared)
    if _SPACED_DESIGNATION.search(prepared):
        prepared = _SPACED_DESIGNATION.sub(_spaced_designation, prepared)
    return _unhyphenated(prepared)


# A time of day told in words: "17 minutes past three in the morning", "half past two", "a
# quarter to six", "at four o'clock in the afternoon".
_CLOCK_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_HOUR = r"(?P<hour>\d{1,2}|" + "|".join(_CLOCK_HOURS) + ")"
_TIME_IN_WORDS = re.compile(
    # In digits, the minutes say "minutes": "the 10 past 12 months" tells no time.
    r"(?<![\w-])(?:(?:(?P<minutes>(?:a )?quarter|half|[a-z]+(?:-[a-z]+)?)(?: minutes?)?"
    r"|(?P<digits>\d{1,2}) minutes?) "
    r"(?P<side>past|to) " + _HOUR + r"|" + _HOUR.replace("hour", "whole") + r" o'clock)"
    r"(?! ?[-/:.,]?\d)(?![\w-])(?: o'clock)?(?P<part> in the (?:morning|afternoon|evening))?",
    re.IGNORECASE)
_DAY_PARTS = {" in the morning": " am", " in the afternoon": " pm", " in the evening": " pm"}


def _clock_form(match: re.Match[str]) -> str:
    """The clock form of a time of day told in words, or the words when they tell none ("the
    two to three", "past two years")."""
    if match.group("whole"):
        hour, minutes = _clock_number(match.group("whole")), 0
    else:
        hour = _clock_number(match.group("hour"))
        minutes = _clock_number(match.group("minutes") or match.group("digits"))
        if minutes is None or not 0 < minutes < 60:
            return match.group()
    if hour is None or not 1 <= hour <= 12:
        return match.group()
    if match.group("side") and match.group("side").lower() == "to":
        if minutes != 15:
            return match.group()  # "from 5 minutes to 10": a range, not ten to ten
        hour, minutes = (hour - 2) % 12 + 1, 45
    part = _DAY_PARTS.get((match.group("part") or "").lower(), "")
    return f"{hour}:{minutes:02d}{part}"


def _clock_number(text: str) -> int | None:
    lowered = text.lower()
    if lowered.isdigit():
        return int(lowered)
    if lowered in ("quarter", "a quarter"):
        return 15
    if lowered == "half":
        return 30
    parts = re.split(r"[- ]", lowered)
    if not all(part in lexicon.UNITS for part in parts):
        return None
    values = [lexicon.UNITS[part] for part in parts]
    if len(values) == 2 and (values[0] % 10 or values[0] < 20 or not 0 < values[1] < 10):
        return None  # "twenty-five", not "two three"
    return int(sum(values)) if all(float(value).is_integer() for value in values) else None


def _spaced_designation(match: re.Match[str]) -> str:
    # Capitals that are a word of their own ("UP TO 15" in a headline in capitals) stay apart.
    return match.group() if match.group(1).lower() in lexicon.STOPWORDS else match.group(1)


def _lower_forms(text: str) -> list[str]:
    return [match.group().lower() for match in _TOKEN.finditer(_word_text(text))]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper: enough to fold plurals and verb endings together."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


# One-word synonyms are matched on stems, so that every inflection folds together.
_SYNONYM_STEMS = {
    stem(word): stem(canonical)
    for word, canonical in lexicon.SYNONYMS.items() if " " not in word and "-" not in word
}


_ALIAS_FORMS = frozenset(lexicon.ALIASES.values())
_SUPERLATIVE_FORMS = lexicon.SUPERLATIVES | {"largest"}
# Words that can start a value; a token that is none of these, nor a number, a day, a
# superlative or a currency sign, gives the extractor nothing to read.
# "last month", "this year", "next month": read from the article's own date ("the past year"
# is a span of time).
_RELATIVE = {"last": -1, "this": 0, "next": 1}
_PERIODS = ("month", "year")
_WORD_SCALES = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
# A scale word stands for a number after "a" ("a hundred people").
_VALUE_WORDS = frozenset({*lexicon.MONTHS, *lexicon.WEEKDAYS, *lexicon.ORDINALS, *lexicon.UNITS, *_PERIODS,
                          *_WORD_SCALES})


# Contractions whose apostrophe was split off ("couldn ' t"), as scraped text has them.
_BARE_NEGATIONS = frozenset(
    "couldn didn doesn don hadn hasn haven isn mightn mustn needn shouldn wasn weren won wouldn aren"
    .split()
)


def tokenize(text: str, aliases: AliasTable) -> list[Token]:
    words = list(map(_word_token, _raw_words(text)))
    starts = aliases.starts
    if starts.keys().isdisjoint([word.lower for word in words]):
        return words  # most sentences: no word starts an alias phrase
    candidates = [position for position, word in enumerate(words) if word.lower in starts]
    tokens: list[Token] = []
    done = 0  # words before this one are in tokens
    for position in candidates:
        found = _alias_at(words, position, aliases) if position >= done else None
        if found is not None:
            tokens.extend(words[done:position])
            tokens.append(found[0])
            done = position + found[1]
    tokens.extend(words[done:])
    return tokens


def _raw_words(text: str) -> list[str]:
    """The words of a text, with "n't" split off as "not" and a possessive "'s" dropped."""
    prepared = _word_text(text)
    found = _TOKEN.findall(prepared)
    if "'" not in prepared and "t" not in found and "T" not in found:
        return found  # nothing to split
    raw: list[str] = []
    for surface in found:
        if "'" not in surface and surface not in ("t", "T"):
            raw.append(surface)  # most words: nothing to split, no need to lower-case
        elif (surface.lower() == "t" and raw and raw[-1].lower().endswith("n")
                and raw[-1].lower() in _BARE_NEGATIONS):
            raw[-1] = raw[-1][:-1]
            raw.append("not")
        elif surface.lower().endswith("n't"):
            raw.extend([surface[:-3], "not"])
        elif surface.endswith(("'s", "'S")):
            raw.append(surface[:-2])
        else:
            raw.append(surface)
    return raw


def _alias_at(words: list[Token], position: int, aliases: AliasTable) -> tuple[Token, int] | None:
    """The longest alias phrase starting at ``position``, as one token, and its length in words."""
    for size in aliases.sizes(words[position].lower, len(words) - position):
        phrase = words[position : position + size]
        canonical = aliases.lookup(tuple(word.lower for word in phrase))
        if canonical is None:
            continue
        surface = " ".join(word.surface for word in phrase)
        # A short all-capitals alias ("US") must not swallow the pronoun "us".
        letters = surface.replace(".", "")
        if size == 1 and len(letters) <= 3 and canonical in _ALIAS_FORMS:
            if not letters.isupper():
                continue
        return _make_token(surface, canonical), size
    return None


# A corpus repeats its words: each distinct spelling is stemmed and inspected once.
@lru_cache(maxsize=1 << 17)
def _word_token(surface: str) -> Token:
    lower = surface.lower()
    if lower[:1].isdigit() and (time := _time_of_day(lower)):
        return _make_token(surface, time)
    # Initials with or without their dots are one name: "A.J." = "AJ", "p.m." = "pm".
    form = stem(lower.replace(".", "") if "." in lower and lower[:1].isalpha() else lower)
    if lower in lexicon.STOPWORDS:
        return _make_token(surface, form)  # "according" is not "accord", "quite" not "quit"
    return _make_token(surface, _SYNONYM_STEMS.get(form, form))


# A time of day however written ("3pm", "3 p.m.", "15:00", "11.30am"), as one word.
_TIME_OF_DAY = re.compile(r"(\d{1,2})(?:([:.])(\d{2}))?(?::\d{2})? ?(?:([ap])\.?m\.?)?")


def _time_of_day(lower: str) -> str | None:
    """The 24-hour clock form of a time of day ("15:00"), or None when the word is none: a
    dot between two numbers makes a time only before "am" or "pm" ("2.50" is a number)."""
    match = _TIME_OF_DAY.fullmatch(lower)
    if match is None or not (match.group(2) == ":" or match.group(4)):
        return None
    hour, minutes, half = int(match.group(1)), match.group(3) or "00", match.group(4)
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f"{hour}:{minutes}"


def _make_token(surface: str, form: str) -> Token:
    lower = surface.lower()
    number, day = _digits(surface)
    capitalised = surface[:1].isupper()
    alpha = surface[:1].isalpha()
    stopword = lower in lexicon.STOPWORDS
    return Token(
        surface, lower, form, capitalised, number, day,
        plain=(number is None and day is None and lower not in _VALUE_WORDS
               and form not in _SUPERLATIVE_FORMS and surface not in lexicon.CURRENCIES
               and not ("-" in surface and _PAIR.fullmatch(surface))),
        # A denying word ("nobody") is the claim's polarity, not a word of what it says.
        term=(form not in lexicon.STOPWORDS and (not stopword or "_" in form) and len(form) > 1
              and surface[:1].isalnum() and lower not in lexicon.NEGATION_PARTICLES),
        named=form in _ALIAS_FORMS or "_" in form,
        name_like=capitalised and not stopword and alpha,
        long_word=alpha and len(surface) > 3,
    )


def _digits(surface: str) -> tuple[float | None, int | None]:
    """The number a word writes in digits, or the day an ordinal does ("10th")."""
    match = _DIGITS.match(surface)
    if match is None:
        fraction = _fraction(surface)
        return (fraction, None) if fraction is not None else (None, None)
    value = float(match.group(1).replace(",", ""))
    suffix = match.group(2)
    if not suffix:
        return value, None
    if suffix != "s" and value.is_integer():
        return None, int(value)
    return None, None  # "1990s", "1.5th"


def _fraction(surface: str) -> float | None:
    """A simple fraction: "1/2", or one character such as "½"."""
    if len(surface) == 1 and unicodedata.numeric(surface, None) is not None and not surface.isdigit():
        return unicodedata.numeric(surface)
    # As the tokenizer reads one: "1/2" to "9/9"; "0/0" and "9/11" are words.
    if len(surface) == 3 and surface[1] == "/" and surface[0] in "123456789" and surface[2] in "23456789":
        return int(surface[0]) / int(surface[2])
    return None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _is_month(tokens: list[Token], index: int) -> int | None:
    token = tokens[index]
    month = lexicon.MONTHS.get(token.lower)
    if month is None or not token.capitalised:
        return None
    if len(token.lower) <= 3 and token.lower != "may":
        return month  # Jan, Feb ... are only months
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    prev = tokens[index - 1] if index > 0 else None
    if nxt is not None and (nxt.number is not None or nxt.day is not None):
        return month
    if prev is not None and prev.lower in ("in", "of", "since", "last", "next", "early", "late",
                                           "mid", "until", "by", "this", "from", "through"):
        return month
    if prev is not None and prev.number is not None:
        return month
    return None


# Words between "magnitude" and its number.
_MAGNITUDE_LINKS = frozenset("of at was is as least about around nearly some".split())
_PEOPLE_FORMS = frozenset(_word_token(word).form for word in lexicon.COUNTED_PEOPLE)
_OUTCOME_FORMS = frozenset(_word_token(word).form for word in lexicon.OUTCOMES)
_PERSON_FORMS = frozenset(_word_token(word).form for word in lexicon.PERSON_NOUNS)
_PEOPLE_HEAD = (_word_token("people").form,)
_ANY_PEOPLE_FORMS = _PEOPLE_FORMS | _PERSON_FORMS


def word_form(word: str) -> str:
    """The form a claim's text holds for one word: its stem, with synonyms folded."""
    return _word_token(word).form


def _phrase_form(phrase: str) -> str:
    return " ".join(map(word_form, phrase.split()))


# Counted heads that are units of measure, as the extractor writes them ("squar kilometer",
# "nautical mile"), with what they measure and their size.
_MEASURE_FORMS = {_phrase_form(unit): found for unit, found in lexicon.MEASURES.items()}


def _an_adverb(token: Token) -> bool:
    return token.surface.islower() and len(token.surface) > 4 and token.surface.endswith("ly")


# A distance "away" and the place it is of ("some 40 kilometres away in Dunmarrow"): the
# distances of two places are two facts ("found seven miles away in Lintsey" / "stolen in
# Dunmarrow, some 40 kilometres away"), not one given two ways.
DISTANCE_HEAD = "~length"
_PLACE_WORDS = frozenset(("in", "at", "near", "outside"))


def _people_alike(head: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A count of "people" and one of a kind of people count the same ("212 passengers" /
    "172 people" aboard), unless one says what happened to them that the other does not
    ("shot three people" / "wounded two men")."""
    for mine, theirs in ((head, other), (other, head)):
        if mine == _PEOPLE_HEAD and len(theirs) == 1 and theirs[0] in _PERSON_FORMS:
            return True
    return False


def _measured(head: tuple[str, ...]) -> tuple[str, float, str] | None:
    """What a count of a unit of measure measures, the factor that takes its numbers to the
    small unit of that ("10 km" is 10,000,000 millimetres of length), and the unit as the
    head words it; None for a count of anything else."""
    phrase = " ".join(head)
    per_hour = phrase.endswith("/hour")
    unit = phrase.removesuffix("/hour")
    if unit not in _MEASURE_FORMS and len(head) == 2:
        unit = head[-1]  # "4,183 passing yards" measures a length
    found = _MEASURE_FORMS.get(unit)
    if found is None or per_hour and found[0] != "length":
        return None
    return (lexicon.SPEED if per_hour else found[0]), found[1], unit


def _scaled(unit: str) -> tuple[str, float]:
    """A unit read by ``_read_unit`` and the factor its numbers take: "years:10" (decades) is
    years, ten to one."""
    if unit.startswith("years:"):
        return "years", float(unit.split(":", 1)[1])
    return unit, 1.0


# "since the mutual defence treaty was signed in 1960": at most this many words between.
SINCE_REACH = 6
# How far ahead of an undated article the latest year it names may lie ("by 2027").
PLANNED_YEARS = 5

_SAID = lexicon.SPEECH_VERBS | {"added"}
_SAID_WHERE = frozenset("here there on late early".split())


_NOT_RANKED = lexicon.STOPWORDS | lexicon.RUN_WORDS
# "four of them", "three of whom": some of those an earlier count counts.
_SOME_OF = frozenset(("them", "whom", "those", "these"))
OUTCOME_REACH = 4  # words between "of them" and what happened to them
# "After the election in 1968, ...": the words that may lie between the opener and the date.
BACKGROUND_WORDS = 6
_BACKGROUND_OPENERS = frozenset(("after", "before", "following"))


# Number words that a number in words may go on with ("one hundred and forty-three").
_PLAIN_NUMBER_WORDS = {word: value for word, value in lexicon.UNITS.items()
                       if isinstance(value, int) and 1 <= value < 100 and word not in ("dozen", "dozens")}
_ONE_OF = frozenset(("a", "an"))
# "two-thirds of voters": a share, not a count of two.
_FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                   "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
                   "tenth": 10, "tenths": 10}


def _place(value: float) -> float:
    """The smallest scale a number written in words ends on: 100 for "two hundred", 1,000 for
    "three thousand", 1 for "two hundred and twelve"."""
    for scale in (1_000_000_000_000, 1_000_000_000, 1_000_000, 1_000, 100):
        if value % scale == 0:
            return scale
    return 1


class _Extractor:
    """Walks the tokens of one claim once, picking out values and content terms."""

    def __init__(self, tokens: list[Token], context: Context, text: str = "") -> None:
        self.tokens = tokens
        self.context = context
        self.source_text = text
        self.used: set[int] = set()
        self.quantities: list[Quantity] = []
        self.dates: list[DateRef] = []
        self.ordinals: list[Ordinal] = []
        # Words whose term is another form: a unit of measure's, what it measures.
        self.renamed: dict[int, str] = {}

    def run(self) -> None:
        tokens = self.tokens
        index = 0
        # A step at a plain token would only move on to the next one.
        for position in [position for position, token in enumerate(tokens) if not token.plain]:
            if position >= index:
                index = self._step(position)

    def _text(self, start: int, end: int) -> str:
        """The words from ``start`` to ``end`` as the claim writes them ("60 km/h", "a
        3-metre wall"), or with single spaces where the tokens no longer match the text."""
        surfaces = [token.surface for token in self.tokens[start:end]]
        if len(surfaces) > 1 and self.source_text:
            pattern = r"[\W_]{0,3}?".join(map(re.escape, surfaces))
            if (found := re.search(pattern, self.source_text)) is not None:
                return found.group()
        return " ".join(surfaces)

    def _head(self, start: int, size: int = 2) -> tuple[str, ...]:
        head: list[str] = []
        for token in self.tokens[start : start + size + 2]:
            if token.lower in _NOT_RANKED or token.number is not None:
                continue
            if token.form not in head:
                head.append(token.form)
            if len(head) == size:
                break
        return tuple(head)

    def _counted(self, start: int) -> tuple[str, ...]:
        """What a bare number counts: the first noun-like word after it ("54,000 US troops"),
        or what the number after it counts ("28 of his 68 punches"). A capitalised word before
        a noun in lower case says whose ("two Israeli tank shells"): it is kept with the noun,
        so "two Israeli tank shells" and "three tank shells" count the same things."""
        end = start + 3
        whose: list[str] = []
        partitive = False
        for offset, token in enumerate(self.tokens[start : start + 5]):
            if start + offset >= end:
                break
            if token.number is not None:
                end = start + offset + 2
                continue
            if token.lower in lexicon.STOPWORDS or "_" in token.form:
                partitive = partitive or token.lower == "of"
                continue
            if _an_adverb(token):
                end += 1  # "four seriously injured patients": the adverb counts nothing
                continue
            if partitive and token.surface.islower():
                # "five of the town's public schools": the words of the noun phrase, the
                # owner's with them, so that it counts what "four public schools" counts.
                return (*whose, token.form, *self._noun_words(start + offset + 1))
            following = self.tokens[start + offset + 1] if start + offset + 1 < len(self.tokens) else None
            if token.capitalised and following is not None and following.term and following.surface.islower():
                whose.append(token.form)
                end = max(end, start + offset + 2)
                continue
            if token.lower in lexicon.AREA_PREFIXES and following is not None:
                # "square metres" and "square feet" count different things.
                return (f"{token.form} {following.form}",)
            if following is not None and following.term and following.number is None and \
                    following.lower not in lexicon.STOPWORDS and following.surface.islower() and \
                    token.surface.islower() and following.lower.endswith("s"):
                # "two speed boats" counts boats, as "three boats" does.
                return (*whose, token.form, following.form)
            return (*whose, self._coordinated(start + offset))
        return tuple(whose)

    def _coordinated(self, index: int) -> str:
        """The counted noun at ``index``, or the pair it heads ("420 passengers and crew"):
        a total of two kinds counts other things than one of them ("246 passengers")."""
        noun = self.tokens[index]
        rest = self.tokens[index + 1 : index + 4]
        if len(rest) < 2 or rest[0].lower not in ("and", "or") or noun.lower in lexicon.OUTCOMES:
            return noun.form  # "50 reported injured and buildings destroyed": two clauses
        other = rest[1]
        # A plural noun or a body of people; not a verb ("nine games and fell to 2-6") nor an
        # adjective before the next noun ("50 people, and numerous buildings").
        plural = other.lower.endswith("s") and not other.lower.endswith(("ss", "us"))
        if not other.term or not other.plain or not other.surface.islower() or \
                not (plural or other.lower in lexicon.COLLECTIVE_NOUNS):
            return noun.form
        if len(rest) > 2 and not rest[2].plain:
            return noun.form  # "12 soldiers and wounded 5": a second count
        return "+".join(sorted((noun.form, other.form)))  # "police and soldiers" = "soldiers and police"

    def _noun_words(self, start: int) -> tuple[str, ...]:
        """The next words in lower case that are terms, two at most ("public schools")."""
        words = []
        for token in self.tokens[start:start + 2]:
            if not token.term or token.number is not None or not token.surface.islower() or \
                    token.lower in lexicon.STOPWORDS:
                break
            words.append(token.form)
        return tuple(words)

    def _when_said(self, index: int) -> bool:
        """A weekday right after a speech verb ("..., a naval officer said here Friday") is
        when the source spoke, not when the fact happened: another article's "on Thursday"
        is no other date of it."""
        before = index - 1
        while before >= 0 and index - before <= 2 and self.tokens[before].lower in _SAID_WHERE:
            before -= 1
        return before >= 0 and self.tokens[before].lower in _SAID

    def _step(self, index: int) -> int:
        token = self.tokens[index]
        month = _is_month(self.tokens, index)
        if month is not None:
            return self._date_from_month(index, month)
        weekday = lexicon.WEEKDAYS.get(token.lower)
        if weekday is not None and token.capitalised:
            if not self._when_said(index):
                self.dates.append(DateRef(weekday=weekday, text=token.surface))
            self.used.add(index)
            return index + 1
        day = token.day
        if day is not None:
            return self._day_or_ordinal(index, day)
        rank, end = lexicon.ORDINALS.get(token.lower), index + 1
        if (unit := self._unit_of_tens(index)) is not None:
            rank, end = lexicon.UNITS[token.lower] + unit, index + 2  # "twenty-first"
        if rank is not None and rank > 0 and (
                self._among_several(index) or self._an_earlier_time(index, rank)):
            return index + 1
        if rank is not None and rank > 0:
            if end < len(self.tokens) and self.tokens[end].lower == "ever":
                end += 1
            if self._count_at(end):
                return index + 1  # "his first 11 seasons": a count of the earliest, no rank
            if end < len(self.tokens) and self.tokens[end].form in _SUPERLATIVE_FORMS:
                return self._superlative(index, end, rank)
            self.ordinals.append(Ordinal(rank, self._head(end), self._text(index, end)))
            self.used.update(range(index, end))
            return end
        if token.form in _SUPERLATIVE_FORMS:
            # "one of the biggest" ranks nothing: the third biggest is one of the biggest.
            return index + 1 if self._among_several(index) else self._superlative(index, index, 1)
        if token.lower in _PERIODS:
            return self._relative_date(index)
        if "-" in token.surface and (pair := _PAIR.fullmatch(token.surface)):
            return self._range(index, float(pair.group(1)), float(pair.group(2)))
        value = token.number
        if value is not None and 1800 <= value <= 2100 and value.is_integer() and "," not in token.surface:
            # "2880 x 1800 pixels": a dimension, not a year
            dimension = index > 0 and self.tokens[index - 1].lower in ("x", "\u00d7")
            if not self._unit_follows(index + 1) and not dimension:
                names = self._named_by_year(index) or self._background(index, index + 1)
                self.dates.append(DateRef(year=int(value), text=token.surface, names=names,
                                          elapsed=self._elapsed(index, int(value))))
                self.used.add(index)
                return index + 1
        if value is not None and index + 1 < len(self.tokens) and _is_month(self.tokens, index + 1):
            return index + 1  # "10 April": the month reads its day
        return self._quantity(index)

    def _unit_of_tens(self, index: int) -> int | None:
        """The rank a tens word at ``index`` takes with the ordinal after it ("twenty-first":
        1), or None."""
        tens = lexicon.UNITS.get(self.tokens[index].lower)
        if tens is None or tens % 10 or not 20 <= tens < 100 or index + 1 >= len(self.tokens):
            return None
        unit = lexicon.ORDINALS.get(self.tokens[index + 1].lower, 0)
        # Written as one word: "twenty first-time buyers" counts twenty.
        return unit if 0 < unit < 10 and "-" in self._text(index, index + 2) else None

    def _range(self, index: int, low: float, high: float) -> int:
        """ "10-20 percent", "5-10 years": a range. Otherwise two numbers joined by a hyphen
        are a score or a record ("10-5", "65-53"), a word of their own."""
        unit, end = self._read_unit(index, index + 1)
        unit, scale = _scaled(unit)
        if low >= high or unit not in ("percent", "years"):
            return index + 1
        low, high, start = self._qualify(index, low * scale, high * scale)
        self.quantities.append(Quantity(low, high, unit, (), self._text(start, end)))
        self.used.update(range(start, end))
        return end

    def _relative_date(self, index: int) -> int:
        """ "next month", "last year": a date when the article gives its own."""
        shift = _RELATIVE.get(self.tokens[index - 1].lower) if index > 0 else None
        published = self.context.published
        if shift is None or published is None or index - 1 in self.used:
            return index + 1
        year, month = published
        if self.tokens[index].lower == "year":
            date = DateRef(year=year + shift, text=self._text(index - 1, index + 1), relative=True)
        else:
            number = 12 * year + month - 1 + shift
            date = DateRef(year=number // 12, month=number % 12 + 1, text=self._text(index - 1, index + 1))
        self.dates.append(date)
        self.used.update((index - 1, index))
        return index + 1

    def _count_at(self, index: int) -> bool:
        """A number of things starts at ``index`` ("11 seasons", "two days")."""
        if index >= len(self.tokens):
            return False
        token = self.tokens[index]
        return token.number is not None or lexicon.UNITS.get(token.lower, 0) >= 2

    def _among_several(self, index: int) -> bool:
        """ "one of the first", "among the largest": the word before ``index`` ranks a set."""
        before = [token.lower for token in self.tokens[max(0, index - 3):index]]
        return before[-2:-1] == ["among"] or (len(before) == 3 and before[:2] == ["one", "of"])

    def _an_earlier_time(self, index: int, rank: int) -> bool:
        """ "the first time" in a claim that tells of a repeat: an earlier occurrence."""
        tokens = self.tokens
        if rank != 1 or index + 1 >= len(tokens) or tokens[index + 1].lower != "time":
            return False
        return any(token.lower in lexicon.REPEAT_WORDS for token in tokens)

    def _superlative(self, start: int, index: int, rank: int) -> int:
        """ "the largest" ranks first; "the third-largest" ranks third, on the same scale."""
        self.ordinals.append(Ordinal(rank, (self.tokens[index].form,), self._text(start, index + 1)))
        self.used.update(range(start, index))
        return index + 1

    def _named_by_year(self, index: int) -> str:
        """The name a year at ``index`` is part of: "the 2007 World Series" names "world"."""
        tokens = self.tokens
        if index == 0 or index + 1 >= len(tokens) or tokens[index - 1].lower != "the":
            return ""
        following = tokens[index + 1]
        if not following.name_like or _is_month(tokens, index + 1):
            return ""
        return following.form

    def _background(self, start: int, end: int) -> str:
        """The thing an opening "After Nixon's election in 1968, ..." dates: what follows
        is told as after (or before) it, at a time the date does not give."""
        tokens = self.tokens
        if not 3 <= start <= BACKGROUND_WORDS + 2 or tokens[0].lower not in _BACKGROUND_OPENERS \
                or tokens[start - 1].lower not in ("in", "on") or not self.source_text:
            return ""
        if not all(token.plain for token in tokens[1:start - 1]):
            return ""
        pattern = r"\W*\w+\s[^,;:]*?\b(?:in|on)\s+" + re.escape(self._text(start, end)) + r"\s*,"
        if not re.match(pattern, self.source_text, re.IGNORECASE):
            return ""
        things = [token.form for token in tokens[1:start - 1] if token.term]
        return things[-1] if things else ""

    def _elapsed(self, index: int, year: int) -> Quantity | None:
        """The years since the year at ``index`` when a "since" leads to it ("since 1960",
        "since the treaty was signed in 1960"): to the article's own year when it gives one,
        else at least to the latest year it names, less ``PLANNED_YEARS`` (a plan "by 2027"
        may be that far ahead of the article); nothing bounds it above then."""
        start = max(0, index - SINCE_REACH - 1)
        before = self.tokens[start:index]
        words = [token.lower for token in before]
        if "since" not in words:
            return None
        at = len(words) - 1 - words[::-1].index("since")  # the nearest "since"
        if any(token.number is not None or not token.plain for token in before[at + 1:]):
            return None
        text = self._text(start + at, index + 1)
        if self.context.published is not None:
            span = self.context.published[0] - year
            return Quantity(max(span - 1, 0), span, "years", (), text) if span > 0 else None
        latest = self.context.latest_year or year
        return Quantity(max(latest - year - PLANNED_YEARS, 1), math.inf, "years", (), text)

    def _unit_follows(self, index: int) -> bool:
        if index >= len(self.tokens):
            return False
        lower = self.tokens[index].lower
        return lower in lexicon.SCALES or lower in ("%", "percent", "per") or \
            _singular(lower) in lexicon.DURATIONS

    def _date_from_month(self, index: int, month: int) -> int:
        tokens = self.tokens
        start, end = index, index + 1
        day = year = None
        if end < len(tokens):
            number = tokens[end].number
            ordinal_day = tokens[end].day
            if ordinal_day is not None and 1 <= ordinal_day <= 31:
                day, end = ordinal_day, end + 1
            elif number is not None and number.is_integer() and 1 <= number <= 31:
                day, end = int(number), end + 1
            elif number is not None and number.is_integer() and 1800 <= number <= 2100:
                year, end = int(number), end + 1
        if day is None and index > 0:
            before = tokens[index - 1].number or tokens[index - 1].day
            if before is not None and 1 <= before <= 31 and (index - 1) not in self.used:
                day, start = int(before), index - 1
        if year is None and end < len(tokens):
            number = tokens[end].number
            if number is not None and number.is_integer() and 1800 <= number <= 2100:
                year, end = int(number), end + 1
        if year is None and self.context.year is not None and day is not None:
            year = self.context.year
        shift = _RELATIVE.get(tokens[index - 1].lower) if index > 0 and start == index else None
        if year is None and shift and self.context.published is not None:
            # "last August" in an article of May 2013 is August 2012; "next August", 2013.
            published_year, published_month = self.context.published
            year = published_year - (month >= published_month) if shift < 0 else \
                published_year + (month <= published_month)
        self.context.month = month
        self.dates.append(DateRef(year=year, month=month, day=day, text=self._text(start, end),
                                  names=self._background(start, end)))
        self.used.update(range(start, end))
        return end

    def _day_or_ordinal(self, index: int, day: int) -> int:
        tokens = self.tokens
        prev = tokens[index - 1].lower if index > 0 else ""
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        next_is_month = nxt is not None and nxt.lower in ("of",) and index + 2 < len(tokens) \
            and lexicon.MONTHS.get(tokens[index + 2].lower) is not None
        if next_is_month:
            return index + 1  # "the 10th of April": the month reads the day
        if prev == "the" and 1 <= day <= 31 and (nxt is None or nxt.lower in lexicon.STOPWORDS
                                                 or not nxt.surface[:1].isalpha()):
            self.dates.append(DateRef(year=self.context.year, month=self.context.month, day=day,
                                      text=self._text(index - 1, index + 1)))
            self.used.add(index)
            return index + 1
        self.ordinals.append(Ordinal(day, self._head(index + 1), token_text(tokens[index])))
        self.used.add(index)
        return index + 1

    def _quantity(self, index: int) -> int:
        value, end = self._read_number(index)
        if value is None:
            return index + 1
        if end < len(self.tokens) and self.tokens[end].lower in _FRACTION_WORDS and value < 10 and \
                self.tokens[index].number is None and self._a_share(index, end):
            return self._fraction_share(index, value, end)
        # "a hundred": the article is part of the number
        start = index - 1 if self.tokens[index].lower in _WORD_SCALES and self._one_of_scale(index) else index
        low, high = lexicon.VAGUE_NUMBERS.get(self.tokens[index].lower, (value, value))
        unit, end = self._read_unit(index, end)
        if unit == "count" and self._magnitude_before(index):
            unit = "magnitude"  # "a magnitude-5.2 quake", "a preliminary magnitude of 4.4"
        # A range "between 10 and 20 percent", "from 10 to 20 percent", "three or four".
        joined = self.tokens[end].lower if end < len(self.tokens) else None
        bounded = joined in ("and", "to") and index > 0 and \
            self.tokens[index - 1].lower in ("between", "from")
        if bounded or joined == "or":
            other, other_end = self._read_number(end + 1)
            # "or" joins two close counts; "$5 or $6 million" scales only the second.
            if other is not None and (bounded or value < other <= OR_RANGE_RATIO * value):
                other_unit, other_end = self._read_unit(end + 1, other_end)
                unit = other_unit if unit.startswith("count") else unit
                low, high, end = min(value, other), max(value, other), other_end
                start = index - 1 if bounded else index
        unit, scale = _scaled(unit)
        if unit == "years" and low == high:
            more, end = self._more_time(end)  # "six years and eight months"
            low = high = low + more / scale
        if unit != "count" and self._rate_follows(end):
            unit += "/rate"  # "$22 million per season" is not the $200 million of the deal
        low, high = low * scale, high * scale
        low, high, start = self._qualify(start, low, high)
        if end < len(self.tokens) and self.tokens[end].lower == "plus":
            high, end = float("inf"), end + 1  # "three-plus seasons": more than three
        # Whose age it is matters as much as what a count counts.
        head = self._counted(end) if unit in ("count", "age") else ()
        unit_key = unit
        if unit == "count" and (after := self._part_of_count(start, end)) is not None:
            unit_key, head = "count:part", self._bare_outcome(start, after) or self._counted(after)
        elif unit == "count" and head and head[0] in _PEOPLE_FORMS:
            head = self._outcome(start, end) or head
        elif unit == "count" and len(head) == 1 and head[0] in _PERSON_FORMS:
            head += self._outcome(start, end)  # "two men were wounded": not any two of the people
        elif unit == "count" and (outcome := self._bare_outcome(start, end)):
            head = outcome  # "killed 1 and injured 2"
        elif unit == "count" and not head and (outcome := self._outcome_of_some(end)):
            head = outcome  # "37 taken to hospital, four of them with serious injuries"
        unit_end = end
        if unit == "count" and len(head) == 1 and (speed := self._per_hour(end, head[0])) is not None:
            # "60 km/h" is a speed, not the distance "60 km"; "300 cars an hour", a rate.
            head = (f"{head[0]}/hour",)
            self.used.update(range(end + 1, speed))
            unit_end = speed
        measure, factor = "", 1.0
        if unit == "count" and (found := _measured(head)) is not None:
            dimension, factor, measure = found
            # Marked, so that the head of "three areas" is not that of "300 sq km".
            head, low, high = (f"~{dimension}",), low * factor, high * factor
            words = self._unit_words(end, measure)
            # The unit's words say what is measured: "10 km" and "6.2 miles" share a length.
            self.renamed.update(dict.fromkeys(words, dimension))
            unit_end = max(unit_end, words.stop)
            if head[0] == DISTANCE_HEAD and (place := self._place_away(start, unit_end)):
                head = (DISTANCE_HEAD, place)
        if self.tokens[index].lower == "one" and value == 1 and unit == "count" and \
                not (head and head[0] in _OUTCOME_FORMS):
            return index + 1  # "one person familiar with the talks": no count, unless of the dead or hurt
        if unit == "count" and not head and value < 10 and value.is_integer():
            self.used.update(range(index, end))
            return end  # a bare small number says too little to compare
        surface = self.tokens[index].surface
        if unit == "count" and not measure and surface.rstrip("0").endswith(".") and \
                low == high == value and self._after_name(index):
            # "USB 3.0 ports": a version of a name, not a count; "Iguodala 14.9 points" counts.
            self.used.update(range(index, end))
            return end
        decimals = len(surface) - surface.index(".") - 1 if "." in surface else 0
        self.quantities.append(Quantity(low, high, unit_key, head, self._text(start, unit_end), decimals,
                                        measure, factor, unit == "count" and self._after_name(start)))
        # "magnitude" stays a word of the claim too: quakes of two magnitudes are both quakes.
        self.used.update(i for i in range(start, end) if self.tokens[i].lower != "magnitude")
        return end

    def _place_away(self, start: int, end: int) -> str:
        """The place a distance "away" is of: "in Dunmarrow, some 40 kilometres away", "found
        seven miles away in Lintsey"; "" when the claim names none beside it."""
        tokens = self.tokens
        if end >= len(tokens) or tokens[end].lower != "away":
            return ""
        after = end + 1
        if after + 1 < len(tokens) and tokens[after].lower in _PLACE_WORDS and tokens[after + 1].name_like:
            return tokens[after + 1].form
        before = start - 1
        if before >= 1 and tokens[before].name_like and tokens[before - 1].lower in _PLACE_WORDS:
            return tokens[before].form
        return ""

    def _after_name(self, index: int) -> bool:
        """The word before ``index`` is a name, not the capital of a sentence's first word."""
        return index > 1 and self.tokens[index - 1].name_like

    def _unit_words(self, index: int, measure: str) -> range:
        """Where the unit of measure is written, from ``index`` on ("sq km", "passing yards");
        an empty range at ``index`` when it is not there ("5 of the 10 km")."""
        words = measure.split()
        for start in range(index, min(index + 3, len(self.tokens))):
            if [token.form for token in self.tokens[start : start + len(words)]] == words:
                return range(start, start + len(words))
        return range(index, index)

    def _per_hour(self, index: int, noun: str) -> int | None:
        """Where "per hour" ends when the counted noun at ``index`` is counted per hour ("km/h",
        "kilometres per hour", "mph", "cars an hour"); None when it is not."""
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].form != noun:
            return None
        if tokens[index].lower in lexicon.SPEED_UNITS:
            return index + 1
        following = [token.lower for token in tokens[index + 1:index + 3]]
        for marker in lexicon.PER_HOUR:
            if following[:len(marker)] == list(marker):
                return index + 1 + len(marker)
        return None

    def _magnitude_before(self, index: int) -> bool:
        """ "magnitude 5.6", "magnitude of 4.4", "magnitude at 6.1", "magnitude of at least 5.9"."""
        for back in range(index - 1, max(-1, index - 5), -1):
            lower = self.tokens[back].lower
            if lower == "magnitude":
                return True
            if lower not in _MAGNITUDE_LINKS:
                return False
        return False

    def _outcome(self, start: int, end: int) -> tuple[str, ...]:
        """What happened to the people counted from ``start`` to ``end``: the verb before
        ("injured three people") or the participle after ("three people were killed")."""
        tokens = self.tokens
        if start > 0 and tokens[start - 1].form in _OUTCOME_FORMS:
            return (tokens[start - 1].form,)
        counted = False
        for token in tokens[end : end + 6]:
            if not counted:
                counted = token.form in _ANY_PEOPLE_FORMS
                if not counted and token.lower not in lexicon.STOPWORDS:
                    return ()
            elif token.form in _OUTCOME_FORMS:
                # "shot three people, killing one": what the subject did next, not what
                # happened to the three.
                return () if token.lower.endswith("ing") else (token.form,)
            elif token.lower not in lexicon.AUXILIARIES and not token.lower.endswith("ly"):
                return ()  # "were seriously injured" reads on past the adverb
        return ()

    def _bare_outcome(self, start: int, end: int) -> tuple[str, ...]:
        """What happened to those a count with no noun of its own counts, told by the verb
        just before it: "killed 1 and injured 2", "kills 1, injures 2" (the tokens keep no
        commas). Nothing when that verb is what an earlier count counts: "1 dead, 2 injured"."""
        tokens = self.tokens
        if start == 0 or tokens[start - 1].form not in _OUTCOME_FORMS:
            return ()
        if start > 1 and tokens[start - 2].number is not None and \
                (start == 2 or tokens[start - 3].form not in _OUTCOME_FORMS):
            return ()
        if end < len(tokens) and tokens[end].lower not in lexicon.STOPWORDS and \
                tokens[end].form not in _OUTCOME_FORMS:
            return ()  # a noun follows: it says what is counted
        return (tokens[start - 1].form,)

    def _outcome_of_some(self, end: int) -> tuple[str, ...]:
        """What happened to "four of them" ("four of them with serious injuries", "three of
        whom were killed"), from the words just after; nothing when they do not say."""
        tokens = self.tokens
        if end + 1 >= len(tokens) or tokens[end].lower != "of" or tokens[end + 1].lower not in _SOME_OF:
            return ()
        for token in tokens[end + 2 : end + 2 + OUTCOME_REACH]:
            if token.form in _OUTCOME_FORMS:
                return (token.form,)
            if not token.plain or not token.surface.islower():
                break
        return ()

    def _part_of_count(self, start: int, end: int) -> int | None:
        """Where the counted noun starts when the count is of some beyond those counted
        elsewhere ("two other victims", "another 20 people"), else None."""
        tokens = self.tokens
        if end < len(tokens) and tokens[end].lower in lexicon.PART_AFTER:
            return end + 1
        return end if start > 0 and tokens[start - 1].lower in lexicon.PART_BEFORE else None

    def _rate_follows(self, end: int) -> bool:
        following = [token.lower for token in self.tokens[end : end + 2]]
        if following and following[0] in lexicon.RATE_WORDS:
            return True
        return len(following) == 2 and following[0] in ("a", "an", "each") and \
            _singular(following[1]) in lexicon.DURATIONS

    def _read_number(self, index: int) -> tuple[float | None, int]:
        tokens = self.tokens
        if index >= len(tokens):
            return None, index
        currency = None
        if tokens[index].surface in lexicon.CURRENCIES:
            currency = tokens[index].surface
            index += 1
            if index >= len(tokens):
                return None, index
        value = tokens[index].number
        end = index + 1
        in_words = value is None
        if in_words and tokens[index].lower in _WORD_SCALES and self._one_of_scale(index):
            value, end = 1, index  # "a hundred": the scale below reads it
        elif in_words:
            value = lexicon.UNITS.get(tokens[index].lower)
            if value is None or tokens[index].lower == "one" and not self._unit_follows(end) and \
                    not (end < len(tokens) and tokens[end].lower in lexicon.ONE_PERSON) and \
                    not (end < len(tokens) and (tokens[end].lower in _WORD_SCALES or
                                                tokens[end].lower in _FRACTION_WORDS)):
                return None, index + 1
            value, end = self._tens_and_units(value, end)
        if [token.lower for token in tokens[end : end + 3]] == ["and", "a", "half"]:
            value, end = value + 0.5, end + 3
        elif end < len(tokens) and value == int(value) and \
                (fraction := _fraction(tokens[end].surface)) is not None:
            value, end = value + fraction, end + 1  # "4 1/2", "4½"
        if value < 1 and end + 1 < len(tokens) and tokens[end].lower in _ONE_OF and \
                tokens[end + 1].lower in _WORD_SCALES:
            end += 1  # "half a million"
        # "600m" is more often metres than millions, unless money is counted ("$600m").
        while end < len(tokens) and tokens[end].lower in lexicon.SCALES and (
                currency is not None or tokens[end].lower not in lexicon.SCALE_LETTERS):
            value *= lexicon.SCALES[tokens[end].lower]
            end += 1
        if in_words and value >= 100 and value == int(value):
            value, end = self._rest_in_words(value, end)
        if currency is not None:
            self._currency = lexicon.CURRENCIES[currency]
        return float(value), end

    def _a_share(self, index: int, end: int) -> bool:
        """Whether a number and the fraction word after it give a share: joined by a hyphen
        ("two-thirds") or of something ("three quarters of the market"), not a count of
        periods ("three straight quarters", "over three quarters")."""
        tokens = self.tokens
        if end + 1 < len(tokens) and tokens[end + 1].lower == "of":
            return True
        return f"{tokens[index].surface}-{tokens[end].surface}" in self.source_text

    def _fraction_share(self, index: int, value: float, end: int) -> int:
        """"two-thirds", "three quarters" in words: the share they give. Kept apart from
        percentages: "one sixth the space" is no "16% to 17%" growth rate."""
        share = value / _FRACTION_WORDS[self.tokens[end].lower]
        low, high, start = self._qualify(index, share, share)
        self.quantities.append(Quantity(low, high, "share", (), self._text(start, end + 1), 3))
        self.used.update(range(start, end + 1))
        return end + 1

    def _one_of_scale(self, index: int) -> bool:
        """Whether the scale word at ``index`` is written right after "a" ("a hundred"), not
        after a figure the text lost ("a \ufffd110 billion")."""
        tokens = self.tokens
        if index == 0 or tokens[index - 1].lower not in _ONE_OF or \
                index > 1 and tokens[index - 2].lower == "of":
            return False  # "a quarter of a million" is no million
        pattern = rf"\b{re.escape(tokens[index - 1].surface)}\s+{re.escape(tokens[index].surface)}\b"
        return re.search(pattern, self.source_text) is not None

    def _more_time(self, end: int) -> tuple[float, int]:
        """The shorter span after "and" that a span of time goes on with ("six years and eight
        months"), in years, and where it ends; nothing when none follows."""
        tokens = self.tokens
        if end + 2 >= len(tokens) or tokens[end].lower != "and":
            return 0.0, end
        value, after = self._read_number(end + 1)
        if value is None:
            return 0.0, end
        unit, after = self._read_unit(end + 1, after)
        unit, scale = _scaled(unit)
        if unit != "years" or scale >= 1:
            return 0.0, end
        return value * scale, after

    def _tens_and_units(self, value: float, end: int) -> tuple[float, int]:
        """"forty three" after "forty": the units that follow a multiple of ten."""
        tokens = self.tokens
        while end < len(tokens) and tokens[end].lower in lexicon.UNITS and \
                lexicon.UNITS[tokens[end].lower] < 10 <= value:
            value += lexicon.UNITS[tokens[end].lower]
            end += 1
        return value, end

    def _rest_in_words(self, value: float, end: int) -> tuple[float, int]:
        """The rest of a number in words after a hundred or more: "one hundred and forty-three",
        "three thousand two hundred", "two hundred and twelve thousand"."""
        tokens = self.tokens
        # Groups of a thousand or more already read, and the group under a thousand being read.
        done, group = (value, 0.0) if value >= 1000 else (0.0, value)
        largest = _place(value) if value >= 1000 else math.inf
        while end < len(tokens):
            word = tokens[end].lower
            scale = lexicon.SCALES.get(word) if word in _WORD_SCALES else None
            if scale is not None and scale >= 1000:
                if not group or scale >= largest:
                    break
                done, group, largest, end = done + group * scale, 0.0, scale, end + 1
                continue
            if word == "hundred":
                if not 0 < group < 100:
                    break
                group, end = group * 100, end + 1
                continue
            at = end + (word == "and")
            part = _PLAIN_NUMBER_WORDS.get(tokens[at].lower) if at < len(tokens) else None
            if part is None or group % 100:
                break
            group, end = self._tens_and_units(group + part, at + 1) if part >= 20 else (group + part, at + 1)
        return done + group, end

    def _read_unit(self, index: int, end: int) -> tuple[str, int]:
        tokens = self.tokens
        currency = getattr(self, "_currency", None)
        self._currency = None
        if currency:
            return currency, end
        if end < len(tokens):
            lower = tokens[end].lower
            if lower in ("%", "percent", "pct"):
                return "percent", end + 1
            if lower == "per" and end + 1 < len(tokens) and tokens[end + 1].lower == "cent":
                return "percent", end + 2
            # A sign before the next number is that number's: "110 billion ($143 billion)".
            if lower in lexicon.CURRENCIES and not (
                    not lower.isalpha() and end + 1 < len(tokens) and tokens[end + 1].number is not None):
                return lexicon.CURRENCIES[lower], end + 1
            if lower == "magnitude":
                return "magnitude", end + 1  # "a 5.6-magnitude quake"
            if [token.lower for token in tokens[end:end + 3]] == ["on", "the", "richter"]:
                return "magnitude", end + 3 + (end + 3 < len(tokens) and tokens[end + 3].lower == "scale")
            duration = lexicon.DURATIONS.get(_singular(lower))
            if duration is not None and end + 1 < len(tokens) and tokens[end + 1].lower == "old":
                return "age", end + 2  # "a 61-year-old": an age, not a span of time
            if duration is not None:
                return f"years:{duration}", end + 1
        return "count", end

    def _qualify(self, start: int, low: float, high: float) -> tuple[float, float, int]:
        # A qualifier may stand before the article of a number word: "about a dozen".
        at = start - (start > 0 and self.tokens[start - 1].lower in ("a", "an"))
        before = [token.lower for token in self.tokens[max(0, at - 4) : at]]
        joined = " " + " ".join(before)  # whole words only: "moreover" ends in no "over"
        if joined.endswith(_BOUNDS):  # one test for the common case of no bound
            for phrase in _LOWER_BOUNDS:
                if joined.endswith(phrase):
                    return high, float("inf"), at - phrase.count(" ")
            for phrase in _UPPER_BOUNDS:
                if joined.endswith(phrase):
                    return 0.0, high, at - phrase.count(" ")
        if before and before[-1] in lexicon.APPROXIMATE:
            return low * 0.9, high * 1.1, at - 1
        if joined.endswith(_APPROXIMATE_PHRASES):
            phrase = next(phrase for phrase in _APPROXIMATE_PHRASES if joined.endswith(phrase))
            return low * 0.9, high * 1.1, at - phrase.count(" ")
        return low, high, start


def _words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" " + phrase for phrase in phrases)


_LOWER_BOUNDS, _UPPER_BOUNDS = _words(lexicon.LOWER_BOUND), _words(lexicon.UPPER_BOUND)
_APPROXIMATE_PHRASES = _words(lexicon.APPROXIMATE_PHRASES)
_BOUNDS = _LOWER_BOUNDS + _UPPER_BOUNDS
# "three or four robbers" is one count, from three to four: no further apart than this.
OR_RANGE_RATIO = 10
# A value converted from another unit of measure may be off by this share of it.
CONVERSION_SHARE = 0.05
# A value written with fewer decimals may round the other ("6 miles" / "6.2 miles"), if close.
ROUNDING_SHARE = 0.05


def token_text(token: Token) -> str:
    return token.surface


def _roles(tokens: list[Token], lowers: list[str]) -> tuple[RoleHolder, ...]:
    """Each title the claim gives someone by name: before the name ("Kestrel chief executive
    Martin Vell", "the museum's director, Miriam Voss") or set off after it ("Mirela Hask, the
    company's chief executive")."""
    # In a Title Case or all-capitals headline, capitals do not tell where a name ends.
    if lexicon.TITLES.isdisjoint(lowers) and lexicon.TITLE_VERBS.keys().isdisjoint(lowers) or \
            _title_case(tokens, share=1.0):
        return ()
    holders: list[RoleHolder] = _titles_told_by_verbs(tokens)
    index = 0
    while index < len(tokens):
        if tokens[index].lower not in lexicon.TITLES:
            index += 1
            continue
        start, title_end = _role_start(tokens, index), _title_end(tokens, index)
        if index - start >= MIN_NAME_WORDS and (organisation := _organisation_of(tokens, index)) is not None:
            # "Teresa Aldana, chief executive of Brantwell Logistics": the name before, whose after.
            words, end = organisation
            title = " ".join(t.lower for t in tokens[index:_title_words_end(tokens, index)])
            text = " ".join(t.surface for t in tokens[start:end])
            role = tuple(t.form for t in tokens[words:end])
            holders.append(RoleHolder(role, title, tokens[index - 1].lower, text))
            index = end
            continue
        end = _name_end(tokens, title_end)
        role = tuple(t.form for t in tokens[start:index])
        title = " ".join(t.lower for t in tokens[index:title_end])
        if end > title_end:
            names = [t.lower for t in tokens[title_end:end] if t.lower.rstrip(".") not in ("jr", "sr")]
            holders.append(RoleHolder(role, title, names[-1] if names else "",
                                      " ".join(t.surface for t in tokens[start:end])))
        elif (first := _named_before(tokens, start)) is not None:
            holders.append(RoleHolder(role, title, tokens[start - 2].lower,
                                      " ".join(t.surface for t in tokens[first:title_end])))
        index = max(end, index + 1)
    return tuple(holders)


def _titles_told_by_verbs(tokens: list[Token]) -> list[RoleHolder]:
    """A title a verb gives a full name: "Yvette Marchetti, who chairs the Corran Valley Water
    Board" holds its chair."""
    holders = []
    for index in range(MIN_NAME_WORDS, len(tokens) - 2):
        title = lexicon.TITLE_VERBS.get(tokens[index + 1].lower)
        if title is None or tokens[index].lower != "who" or tokens[index + 2].lower != "the":
            continue
        first, end = _name_start(tokens, index), _name_end(tokens, index + 3, most=MAX_PLACE_WORDS)
        if index - first >= MIN_NAME_WORDS and end > index + 3:
            organisation = tuple(t.form for t in tokens[index + 3:end])
            text = " ".join(t.surface for t in tokens[first:end])
            holders.append(RoleHolder(organisation, title, tokens[index - 1].lower, text))
    return holders


# Words that go on a title ("chief executive officer", "head coach", "prime minister").
_TITLE_TAILS = frozenset(
    "executive officer operating financial minister secretary constable manager coach".split())
# A full name set off before its title ("Mirela Hask, the company's chief executive") has
# this many words at least: one capitalised word there is as often a place ("In Oxley, the
# mayor ...").
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 3


def _role_start(tokens: list[Token], index: int) -> int:
    """Where the words that say whose title it is open: capitalised ones ("Kestrel chief
    executive"), or one after "the" ("the museum's director")."""
    start = index
    while start > 0 and tokens[start - 1].capitalised and index - start < 2 and \
            tokens[start - 1].lower not in lexicon.STOPWORDS and \
            lexicon.MONTHS.get(tokens[start - 1].lower) is None:
        start -= 1
    if start == index and index >= 2 and tokens[index - 2].lower == "the" and tokens[index - 1].term and \
            not tokens[index - 1].capitalised and tokens[index - 1].lower not in lexicon.TITLES and \
            tokens[index - 1].lower not in lexicon.OTHER_TIME_TITLE_WORDS:
        start -= 1
    return start


def _title_words_end(tokens: list[Token], index: int) -> int:
    end = index + 1
    while end < len(tokens) and (tokens[end].capitalised and tokens[end].lower in lexicon.TITLES
                                 or tokens[end].lower in _TITLE_TAILS):
        end += 1
    return end


def _title_end(tokens: list[Token], index: int) -> int:
    end = _title_words_end(tokens, index)
    if end + 1 < len(tokens) and tokens[end].lower == "of" and tokens[end + 1].capitalised:
        end += 2
    return end


def _organisation_of(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Where the organisation named after a title opens and ends ("chief of the Ostley Fire
    Department"), when no name follows it; None otherwise."""
    at = _title_words_end(tokens, index)
    if at >= len(tokens) or tokens[at].lower != "of":
        return None
    words = at + 2 if at + 1 < len(tokens) and tokens[at + 1].lower == "the" else at + 1
    end = _name_end(tokens, words, most=MAX_PLACE_WORDS)
    return (words, end) if end > words and end - words <= MAX_NAME_WORDS else None


def _name_end(tokens: list[Token], start: int, *, most: int = MAX_NAME_WORDS) -> int:
    """Where the run of name words from ``start`` ends (``most`` words at most)."""
    end = start
    while end < len(tokens) and end - start < most and _name_word(tokens[end]):
        end += 1
    return end


def _name_start(tokens: list[Token], end: int) -> int:
    """Where the run of name words before ``end`` opens (``MAX_NAME_WORDS`` at most)."""
    first = end
    while first > 0 and end - first < MAX_NAME_WORDS and _name_word(tokens[first - 1]):
        first -= 1
    return first


def _name_word(token: Token) -> bool:
    return token.capitalised and token.surface[:1].isalpha() and token.lower not in lexicon.TITLES and \
        token.lower not in lexicon.STOPWORDS and token.lower not in lexicon.MONTHS and \
        token.lower not in lexicon.WEEKDAYS


def _named_before(tokens: list[Token], start: int) -> int | None:
    """Where the full name set off before "the <title>" opens, or None."""
    the = start - 1
    if the < MIN_NAME_WORDS or tokens[the].lower != "the":
        return None
    first = _name_start(tokens, the)
    return first if the - first >= MIN_NAME_WORDS else None


# Words a place's name may take after its first capitalised one ("Gulf of Aden").
MAX_PLACE_WORDS = 4


def _bearings(tokens: list[Token], lowers: list[str]) -> dict[int, Bearing]:
    """Each "<compass point> of <Capitalised place>" of the claim, by its compass word."""
    if lexicon.COMPASS.keys().isdisjoint(lowers):
        return {}
    found: dict[int, Bearing] = {}
    for index, lower in enumerate(lowers[:-2]):
        degrees = lexicon.COMPASS.get(lower)
        if degrees is None or lowers[index + 1] != "of":
            continue
        start = index + 3 if lowers[index + 2] == "the" else index + 2
        end = start
        while end < len(tokens) and end - start < MAX_PLACE_WORDS and (
                tokens[end].capitalised and tokens[end].surface[:1].isalpha()
                or lowers[end] == "of" and end + 1 < len(tokens) and tokens[end + 1].capitalised):
            end += 1
        while end > start and lowers[end - 1] == "of":
            end -= 1
        if end > start:
            place = tuple(token.form for token in tokens[start:end])
            text = " ".join(token.surface for token in tokens[index:end])
            found[index] = Bearing(degrees, place, text)
    return found


# A word made of hyphenated parts: "do-not-drink", "no-fly", "no-one".
_COMPOUND = re.compile(r"(?<![\w-])[^\W_]++(?:-[^\W_]++)++")
_COMPOUND_NEGATIONS = frozenset(("no", "not", "never"))


def _negated(text: str, lowers: list[str]) -> bool:
    """Whether the claim denies what it says. A negation inside a compound names a thing
    ("a do-not-drink order", "a no-fly zone", "a no-confidence vote") and denies nothing;
    "no-one" is "no one"."""
    if not _is_negated(lowers):
        return False
    if "-" not in text:
        return True
    cleaned = _COMPOUND.sub(_without_negating_compound, text)
    return cleaned == text or _is_negated([word.lower() for word in _raw_words(cleaned)])


def _without_negating_compound(match: re.Match[str]) -> str:
    parts = match.group().lower().split("-")
    if parts == ["no", "one"] or _COMPOUND_NEGATIONS.isdisjoint(parts):
        return match.group()
    return " " * len(match.group())


def _is_negated(lowers: list[str]) -> bool:
    if not lexicon.NEGATIONS.isdisjoint(lowers) and any(
            _negates(word, following) for word, following in zip(lowers, lowers[1:] + [""], strict=True)):
        return True
    joined = " ".join(lowers)
    return any(phrase in joined for phrase in lexicon.NEGATION_PHRASES)


def _negates(word: str, following: str) -> bool:
    if word not in lexicon.NEGATIONS:
        return False
    if word == "no":
        return not following[:1].isdigit()  # "No. 1" is a rank
    # "declined to comment" negates; "shares declined", "her failed campaign" do not.
    return word not in lexicon.NEGATIONS_BEFORE_TO or following == "to"


def _title_case(tokens: list[Token], *, share: float = 0.6) -> bool:
    """Whether this ``share`` of the words of four letters or more are capitalised. The
    names of months and days are capitalised in any sentence."""
    capitals = [token.capitalised for token in tokens
                if token.long_word and token.lower not in _CALENDAR_WORDS]
    return bool(capitals) and sum(capitals) >= share * len(capitals)


_CALENDAR_WORDS = frozenset({*lexicon.MONTHS, *lexicon.WEEKDAYS})


def _entities(tokens: list[Token]) -> frozenset[str]:
    """Names: canonical aliases, and capitalised words outside a Title Case headline."""
    names = {token.form for token in tokens if token.named}
    if not _title_case(tokens):
        # The first word is capitalised whatever it is.
        names.update(token.form for token in tokens[1:] if token.name_like)
    return _frozen(names)


def featurize(text: str, *, aliases: AliasTable, context: Context | None = None,
              speakers: Sequence[str] = ()) -> Features:
    """``speakers``: who the claim is attributed to, and through whom, as it words them."""
    context = context or Context()
    tokens = tokenize(text, aliases)
    extractor = _Extractor(tokens, context, text)
    extractor.run()
    lowers = [token.lower for token in tokens]
    bearings = _bearings(tokens, lowers)
    # A compass point is a value, like a date: two claims that give another one differ in
    # it, not in their words.
    used = extractor.used | bearings.keys() if bearings else extractor.used
    renamed = extractor.renamed
    terms = _frozen([renamed.get(index, token.form) if renamed else token.form
                     for index, token in enumerate(tokens) if token.term and index not in used])
    labels = {form: form for form in renamed.values()}
    for token in tokens:
        if token.form in terms and token.form not in labels:
            labels[token.form] = token.surface if token.capitalised else token.lower
    for date in extractor.dates:
        if date.token:
            labels.setdefault(date.token, date.text)
    for quantity in extractor.quantities:
        labels.setdefault(quantity.token, quantity.text)
    for ordinal in extractor.ordinals:
        labels.setdefault(ordinal.token, ordinal.text)
    for bearing in bearings.values():
        labels.setdefault(bearing.token, bearing.text)
    value_terms = set(labels) - terms
    return Features(
        terms=terms,
        entities=_entities(tokens),
        quantities=tuple(extractor.quantities),
        dates=tuple(extractor.dates),
        ordinals=tuple(extractor.ordinals),
        roles=_roles(tokens, lowers),
        bearings=tuple(bearings.values()),
        negated=_negated(text, lowers),
        text=" ".join([token.form for token in tokens]),
        value_terms=_frozen(value_terms),
        labels=tuple(sorted(labels.items())),
        speaker_terms=_speaker_terms(text, speakers, aliases),
    )


# Words a sentence states before the speaker it closes with ("Officers found a gun, Lt.
# Jane Roe said"). A speaker that opens the sentence is often what it is about ("The navy
# says it has arrested 23 pirates"), and stays part of it.
MIN_WORDS_BEFORE_SPEAKER = 4


# The title set off after a speaker's name ("said Jane Roe, senior vice president of sales."),
# unless it goes on with what was said ("..., adding that ...", "..., who said ...").
_APPOSITIVE = re.compile(r",\s*([^,.;:!?\"\u201c\u201d()]+)")
_NOT_A_TITLE = frozenset("who whom whose which that and but as when while after before because "
                         "according if so then".split())


def _speaker_terms(text: str, speakers: Sequence[str], aliases: AliasTable) -> frozenset[str]:
    lowered = text.lower()
    forms = []
    for speaker in speakers:
        # A speaker resolved from an earlier sentence ("he said") is not among the words.
        at = lowered.find(speaker.lower())
        if at >= 0 and len(text[:at].split()) >= MIN_WORDS_BEFORE_SPEAKER:
            words = speaker + " " + _title_after(text, at + len(speaker))
            # A word the statement itself makes is what is said, though the speaker repeats
            # it ("A train derailed ..., police and the train's operator said").
            stated = {token.form for token in tokenize(text[:at], aliases)}
            forms += [token.form for token in tokenize(words, aliases)
                      if (token.term or token.named) and token.form not in stated]
    return _frozen(forms)


def _title_after(text: str, end: int) -> str:
    """The title a comma sets off right after a speaker's name, or ""."""
    title = _APPOSITIVE.match(text, end)
    if title is None:
        return ""
    first = title.group(1).split(maxsplit=1)[:1]
    if not first or first[0].lower() in _NOT_A_TITLE or first[0].lower().endswith("ing"):
        return ""
    return title.group(1)


_EMPTY: frozenset[str] = frozenset()


def _frozen(items: Collection[str]) -> frozenset[str]:
    """Every claim without names or values shares one empty set: fewer objects for the
    garbage collector to walk as the features accumulate, and for workers to send back."""
    return frozenset(items) if items else _EMPTY


def names_in_common_use(features: Sequence[Features]) -> list[Features]:
    """The features with their names narrowed to words the texts never write in lower case.

    Capitals also mark words of a title ("Treaty of Mutual Cooperation and Security"); when
    another claim writes the word in lower case ("the security treaty"), it is a word said
    of the names, not a name.
    """
    common = {term for feature in features for term, label in feature.labels if label[:1].islower()}
    return [
        replace(feature, entities=feature.entities - common) if not feature.entities.isdisjoint(common)
        else feature
        for feature in features
    ]


# The pronouns that stand for a claim's subject, among its first words ("By 2027 he ...").
SUBJECT_PRONOUNS = frozenset("he she they".split())
PRONOUN_WORDS = 4
# How many claims back a pronoun's names are looked for.
ANTECEDENT_CLAIMS = 3


def pronoun_led(feature: Features) -> bool:
    """Whether the claim's subject is a pronoun: it names whom it speaks of elsewhere."""
    return not SUBJECT_PRONOUNS.isdisjoint(feature.text.split(" ", PRONOUN_WORDS)[:PRONOUN_WORDS])


def with_antecedents(features: Sequence[Features], sources: Sequence[str]) -> list[Features]:
    """The features (in article order) with, for each claim whose subject is a pronoun, the
    names of the nearest claim before it in its article that names anyone, no more than
    ``ANTECEDENT_CLAIMS`` claims back, or through a run of such claims: whom "he" may stand
    for."""
    found = list(features)
    last: tuple[str, int, frozenset[str]] = ("", 0, frozenset())
    for index, feature in enumerate(features):
        source, named_at, names = last
        own = feature.entities - _CALENDAR_WORDS
        if pronoun_led(feature):
            if source == sources[index] and index - named_at <= ANTECEDENT_CLAIMS:
                # "He" goes on standing for the same names through a run of claims.
                found[index] = replace(feature, antecedent=names)
                last = (source, index, names)
        elif own:
            last = (sources[index], index, own)
    return found


# The year and month in an article's address: ".../2012/08/farewell.html".
_YEAR = re.compile(r"(?<![\w.,])((?:18|19|20)\d\d)(?!\w|[.,]\d)")
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-]")
# A file dated this many months or more from the others may tell of another event.
MONTHS_APART = 3
MIN_DATED_FILES = 3


@dataclass(frozen=True)
class DatedApart:
    """A file whose own date lies months from the others' (their median)."""

    path: str
    month: str  # "2012-09"
    others: str
    months: int


def publication_month(text: str) -> tuple[int, int] | None:
    """The year and month an article gives for itself: a date line among its first lines,
    else the year and month in the address on its first line."""
    context = article_context(text)
    if context.year is not None and context.month is not None:
        return context.year, context.month
    first = text.lstrip()[:500].split("\n", 1)[0]
    found = _URL_MONTH.search(first) if first.startswith(("http://", "https://")) else None
    return (int(found.group(1)), int(found.group(2))) if found else None


def dated_apart(months: dict[str, tuple[int, int]]) -> list[DatedApart]:
    """The files dated ``MONTHS_APART`` months or more from the median of the dated files
    (of ``MIN_DATED_FILES`` at least), in the order given."""
    if len(months) < MIN_DATED_FILES:
        return []
    count = {path: 12 * year + month - 1 for path, (year, month) in months.items()}
    middle = sorted(count.values())[len(count) // 2]

    def label(number: int) -> str:
        return f"{number // 12:04d}-{number % 12 + 1:02d}"

    return [DatedApart(path, label(number), label(middle), abs(number - middle))
            for path, number in count.items() if abs(number - middle) >= MONTHS_APART]


def article_context(text: str) -> Context:
    """The article's own date, when its first lines carry one (as scraped pages do)."""
    context = Context()
    for line in text.split("\n", 6)[:6]:  # only the first lines, even of a huge file
        found = _date_line(line)
        if found is not None:
            context.year, context.month = context.published = found
            break
    context.latest_year = max(map(int, _YEAR.findall(text)), default=None)
    return context


_MONTH_NAMES = "|".join(sorted(lexicon.MONTHS, key=len, reverse=True))
# A date written out in full: "April 24, 2013", "Apr. 24th 2013", "24 April 2013".
_FULL_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<month>{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?P<month_after>{_MONTH_NAMES})\.?,?\s+)((?:19|20)\d\d)(?![\d.,]\d)",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]++")
# Words of a page's date line besides the date ("Published on ...", "Updated: ... 10:04 am ET").
_DATE_LINE_WORDS = frozenset(
    "published updated posted modified last on at by am pm a m p".split()) | lexicon.WEEKDAYS.keys()
# A date line is short, and what is left beside its date is not a sentence: at most this many
# words in lower case (time zones, places and outlets are capitalised).
DATE_LINE_LENGTH = 120
DATE_LINE_PROSE = 2


def _date_line(line: str) -> tuple[int, int] | None:
    """The year and month of a page's date line ("Wednesday, 05 January 2011", "posted at
    10:04 am on May 14, 2013", "Updated: July 02, 2013 15:50 IST"); None for other lines,
    such as a sentence that tells of a date ("He was killed on Oct. 21, 2011 while ...").

    Looser than the claims' furniture test (``claims.is_furniture_line``), which drops a line
    only when nothing but the date is on it: a dated headline still dates its article."""
    if len(line) > DATE_LINE_LENGTH:
        return None
    match = _FULL_DATE.search(line)
    if match is None:
        return None
    rest = line[:match.start()] + " " + line[match.end():]
    prose = [word for word in _WORD.findall(rest)
             if word[:1].islower() and word not in _DATE_LINE_WORDS]
    if len(prose) > DATE_LINE_PROSE:
        return None
    month = lexicon.MONTHS[(match.group("month") or match.group("month_after")).lower()]
    return int(match.group(3)), month
