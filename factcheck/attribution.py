"""Who an article attributes a claim to, how sure it is, and how independent its support is.

Pure functions over sentences and claims, built on general English grammar: speech verbs
("said", "told", "according to"), the noun phrase they attach to, quotation marks and
hedging words. No names of people, places or outlets appear here.

Decisions an editor should know about:

- The *outermost* attribution wins. In "officials said X, the Daily News reported", the
  article relies on the Daily News; in "Roe said Smith told him X", on Roe. A speaker the
  sentence names keeps the claim when an outlet relays it: "Roe said X, according to the
  Times" and "Roe said X, the Times reported" are Roe's, via the Times.
- A speaker is **named** when the phrase names someone (a proper noun heads it: "Jane Roe",
  "the Tribune", "Reuters"), when it is an institution ("police", "the ministry"), or a
  definite office ("the governor"): all identifiable, on the record. It is **anonymous**
  when it names nobody ("officials", "diplomatic sources", "a senior U.S. official",
  "reports", "state media", "her lawyer") or the sentence says the speaker asked not to be
  named. A pronoun ("he said") or a back-reference ("the statement said") is resolved to
  the last named source of the paragraph; when the paragraph has none it stays **named**
  with source ``None``: the article named that speaker somewhere, not in this paragraph.
- "X told Reuters" keeps X as the source and records Reuters as the outlet it went
  through (``via``); claims that reached the press through the same outlet share an
  upstream.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache, partial
from operator import itemgetter

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from .lexicon import HEDGE_PHRASES, HEDGES, MONTHS, ONE_PERSON, SPEECH_VERBS, STOPWORDS, TITLES, UNITS
from .links import Links
from .models import Attribution, AttributionKind, Certainty, Claim, Source, WireCopy

Span = tuple[int, int]

# --- quotations -----------------------------------------------------------------------

_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_QUOTE_MARKS = _OPENERS + _CLOSERS + '"'
_DOUBLE_MARK = re.compile(f"[{_QUOTE_MARKS}]")
_SINGLE_MARK = re.compile("['\u2018\u2019]")
_ANY_MARK = re.compile(f"[{_QUOTE_MARKS}'\u2018\u2019]")
_BEFORE_OPEN = "([{/\u2014\u2013-"
_AFTER_CLOSE = ".,;:!?)]}/\u2014\u2013-"
# A quotation running over more lines than this is a stray mark and its distant match.
MAX_QUOTE_LINES = 10
# A quotation this short is a scare quote ("a 'historic' visit"), not reported speech.
MIN_QUOTE_WORDS = 3


def _role(text: str, index: int) -> str:
    """Whether the quote mark at ``index`` opens, closes, or could do either."""
    mark = text[index]
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    loose_before = before.isspace() or before in _BEFORE_OPEN
    loose_after = after.isspace() or after in _AFTER_CLOSE
    if loose_before and not loose_after:
        if before == " " and text[index - 2:index - 1] in (",", "!", "?") and \
                _SPEAKER_NEXT.match(text, index + 1):
            return "close"  # a closing mark a copy set off from its word: 'wrong, "Roe told AP.'
        return "open"
    if loose_after and not loose_before:
        # After a digit it may be an inch mark ('a 15.4" display'), unless a quotation is open.
        return "digits" if before.isdigit() else "close"
    return "either"


# A plural noun or "requirements"-like word right after "reporting": it modifies a noun.
_NOUN_AFTER = re.compile(r"(?<!\s)\s++(?!that\b|on\b|to\b|from\b|in\b|it\b|the\b|a\b|an\b)[a-z]+s\b")
# A name and a verb of saying: what follows a quotation's closing mark.
_SPEAKER_NEXT = re.compile(
    r"(?<![\w.'\u2019-])(?!(?:He|She|They|It|We|I|You)\s)"  # '"He asked why, ...': one that opens
    r"[A-Z][\w.'\u2019-]*+(?:\s[A-Z][\w.'\u2019-]*+){0,3}\s(?:said|says|told|tells|added|asked|wrote)\b")


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _single_role(text: str, index: int) -> str | None:
    """A single quote opens or closes a quotation only where an apostrophe cannot stand.

    It opens after a space and before a capital ('We won'), and closes right after the
    punctuation that ends quoted speech (won,' / won, '); "don't", "players' union" and
    "'80s" are not quote marks.
    """
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if (before.isspace() or before in "([:") and after.isupper():
        return "open"  # also right after a colon: "said:'He ..." as some copies have it
    behind = _skip_back(text, index, " ".__eq__)
    if text[behind - 1:behind] in (".", ",", "!", "?") and index - behind <= 1 \
            and (after.isspace() or after in _AFTER_CLOSE):
        return "close"
    if before.isalpha() and after in ":;,.!?)":
        return "close"  # 'a war zone': ...
    return None


def _pair(text: str, marks: list[tuple[int, str]]) -> list[Span]:
    spans: list[Span] = []
    open_at: int | None = None
    for index, role in marks:
        lines_apart = text.count("\n", open_at, index) if open_at is not None else 0
        if lines_apart > MAX_QUOTE_LINES:
            spans.append((open_at, _line_end(text, open_at)))  # too far: a stray mark
            open_at = None
        elif lines_apart:
            at_line_start = not text[_line_start(text, index):index].strip()
            if role == "open" and at_line_start and not _narrated_between(text, open_at, index):
                continue  # a quotation continued in a new paragraph reopens it
            if role == "open":
                spans.append((open_at, _line_end(text, open_at)))  # a stray mark: end it there
                open_at = None
        if open_at is None:
            if role == "digits":
                continue
            if role == "close":
                spans.append((_line_start(text, index), index + 1))
            else:
                open_at = index
            continue
        spans.append((open_at, index + 1))
        open_at = None
    if open_at is not None:
        spans.append((open_at, _line_end(text, open_at)))
    return spans


# A line that tells who said what: "However, Doe said there will be no move ...".
_NARRATED = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*+\s++(?:said|says|told|tells|added|adds)\b")


def _narrated_between(text: str, open_at: int, index: int) -> bool:
    """Whether a narrated line that names who speaks stands between a quotation left open
    and a line that opens one again: the quotation ended at a stray mark ('... said, "it
    will open the doors' / 'However, Doe said ...' / '"Nvidia will ...')."""
    between = text[_line_end(text, open_at) + 1:_line_start(text, index)]
    return any(paragraph[:1] not in _QUOTE_MARKS and _NARRATED.search(paragraph)
               for paragraph in map(str.lstrip, between.split("\n")) if paragraph)


def quote_spans(text: str) -> tuple[Span, ...]:
    """Spans of the direct quotations in ``text``, quote marks included, in reading order.

    A quotation may run over several lines (one sentence or paragraph per line); a closing
    mark with no opening one closes a quotation that began at the start of its line, and an
    opening mark never closed ends its quotation at the end of its line.
    """
    if not _ANY_MARK.search(text):
        return ()  # most paragraphs quote nobody
    doubles = _pair(text, [(m.start(), _role(text, m.start())) for m in _DOUBLE_MARK.finditer(text)])
    singles = _pair(text, [(m.start(), role) for m in _SINGLE_MARK.finditer(text)
                           if (role := _single_role(text, m.start()))])
    merged: list[Span] = []
    for start, end in sorted(doubles + singles):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _overlapping(spans: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The spans that overlap ``[start, end)``, by bisection: ``spans`` are sorted and
    disjoint, as ``quote_spans`` returns them (a scan per sentence is quadratic in the article).
    """
    first = bisect_right(spans, start, key=itemgetter(1))
    return spans[first:bisect_left(spans, end, lo=first, key=itemgetter(0))]


def _skip_back(text: str, index: int, skipped: Callable[[str], bool]) -> int:
    """Where a run of ``skipped`` characters ending at ``index`` starts, without copying
    ``text[:index]`` (a copy per quote mark or sentence is quadratic in the article).
    """
    while index > 0 and skipped(text[index - 1]):
        index -= 1
    return index


_WORD_RUN = re.compile(r"\w+")


def _word_count(text: str) -> int:
    return len(_WORD_RUN.findall(text))


def in_quotation(text: str, start: int, end: int, spans: Sequence[Span]) -> bool:
    """Is the sentence ``text[start:end]`` a direct quotation (with at most its attribution)?

    Yes when most of its words are quoted, when it opens with a quotation ('"We won," Roe
    said'), or when a quotation is introduced by a comma or colon ('Roe said: "We won"').
    A few quoted words inside a sentence of the article's own are a scare quote: no.
    """
    overlapping = _overlapping(spans, start, end)
    if not overlapping:
        return _WORD_RUN.search(text, start, end) is None  # what the count below gives: no words
    total = _word_count(text[start:end])
    inside = [(max(a, start), min(b, end)) for a, b in overlapping]
    # The name of a work inside a sentence of the article's own is no quotation.
    quoted = [(max(a, start), min(b, end)) for a, b in overlapping
              if _word_count(text[a:b]) >= MIN_QUOTE_WORDS
              and not (_is_title(text[a:b]) and _word_count(text[a:b]) < total)]
    if 2 * sum(_word_count(text[a:b]) for a, b in quoted) >= total:
        return True
    for a, _ in quoted:
        lead = text[start:a].rstrip()
        if not lead or lead[-1] in ",:":
            return True
    first = min(inside, default=None)
    # '"Absolutely not," Roe said': a short reply is still a quotation.
    return first is not None and not text[start:first[0]].strip() \
        and text[first[0]:first[1]].rstrip(_QUOTE_MARKS + " ")[-1:] in (",", "!", "?")


def _is_title(quoted: str) -> bool:
    """The name of a work or an honour in quotation marks ("Angel in a White Coat", "Person of
    the Week"): every word of four letters or more capitalised, and no sentence inside."""
    words = _WORD.findall(quoted)
    long_words = [word for word in words if len(word) > 3]
    return len(words) >= 2 and bool(long_words) and all(word[0].isupper() for word in long_words) \
        and words[0][0].isupper() and not _SENTENCE_INSIDE.search(quoted.strip(_QUOTE_MARKS + " .!?,"))


# A full stop, question or exclamation mark followed by more words: a sentence ends inside.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")


def quotation_context(text: str, start: int, end: int, spans: Sequence[Span]) -> Span:
    """The paragraph of a sentence: its line, widened to whole lines of any quotation it is in."""
    first, last = start, end
    for a, b in _overlapping(spans, start, end):
        first, last = min(first, a), max(last, b)
    first = _line_start(text, first)
    before = _skip_back(text, first, str.isspace)
    if text[before - 1:before] == ":":
        first = _line_start(text, before)  # 'Roe said:' on the line before
    return first, _line_end(text, max(last - 1, first))


# --- certainty ------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_MONTH_MAY = re.compile(
    r"\bMay\s+\d|\b(?i:in|of|since|until|by|last|next|this|early|late|mid|a|the|its|his|her|their)[\s-]+May\b")
# Modal + negation states what someone refused or was unable to do, not a possibility.
_NOT_HEDGED = re.compile(
    r"\b(?:would|could)\s*(?:not|n\s*['\u2019]\s*t|never)\b|\b(?:would|could)n\s*['\u2019]\s*t\b"
    r"|\bwithout\s+(?:the\s+|any\s+)?possibility\b"
    r"|\b(?:more|less|as)\s+likely\s+(?:than|as)\b|\b(?:as|than)\s+expected\b"
    # What was rumoured and is now told: "As rumored, the laptops were announced", "it
    # boasts that rumored display".
    r"|\bas\s+(?:had\s+been\s+|was\s+)?(?:rumou?red|predicted|speculated)\b|\b(?:that|those|the)\s+rumou?red\b"
    r"|\bas\s+soon\s+as\s+possible\b|\bwhenever\s+possible\b"
    # "as much cap room as possible", "a review for possible downgrade": a measure and a
    # purpose, not a doubt.
    r"|\bas\s+(?:\w+\s+){1,3}as\s+possible\b|\bfor\s+(?:a\s+)?possible\b"
    # An expectation the sentence tells was held ("had been expected to be a playoff team"),
    # an esteem ("still think highly of him"): told, not supposed.
    r"|\b(?:months|weeks|days|years)\s+of\s+speculation\b|\bhad\s+(?:been\s+)?expected\b|\bthinks?\s+(?:\w+\s+)?(?:highly|well|little|poorly)\s+of\b"
    # What was clear, what could not be, what someone suspected or believed: told, not supposed
    # ("it was apparent that", "it would not have been possible", "Nixon suspected him",
    # "what he believed to be a higher truth").
    r"|\b(?:was|is|were|are|became|becomes|become)\s+(?:very\s+|quite\s+|immediately\s+|clearly\s+)?apparent\b|(?<=not\s)(?:have\s+been\s+|be\s+|been\s+)?possible\b"
    r"|(?<=[a-z]\s)suspected\s+(?:him|her|them|that)\b"
    r"|\bwhat\s+(?:he|she|they|we|I)\s+(?:believed|believes|thought|thinks)\b"
    # What was seen or heard, and what was not found or given, is no possibility.
    r"|\bcould\s+(?:be\s+)?(?:seen|heard|see|hear)\b|\b(?:would|could)\s+\w+\s+(?:no|nothing|nobody|none)\b"
    # "the alleged gunman": a label of a person in a sentence that asserts something else.
    # Also after a number or a comma, and before a name of the group ("a suspected Mafia boss",
    # "Lo Presti, alleged boss of ...", "99 alleged members").
    r"|(?:\b(?:the|a|an|his|her|their|two|three|four|five|six|seven|eight|nine|ten|key)|\d|,)\s+"
    r"(?:alleged|suspected)(?=\s+(?:[A-Z][\w-]*+\s+)?(?:\w+(?:ers?|ors?|ists?|ants?)|gunm[ae]n|pirates?|"
    r"accomplices?|victims?|boss(?:es)?|leaders?|members?|ringleaders?|masterminds?|mobsters?|gangsters?|"
    r"militants?|rebels?|thie(?:f|ves)|spy|spies|head|chief|kingpin)\b)"
    # What a sentence says of "a possible motive" after its verb is asserted ("police would
    # not discuss a possible motive", "warned of a potential attack"); so is its purpose
    # ("so his family could be notified"; after a comma, "so" is "therefore": ", so he could").
    r"|(?<![\w'\u2019,])(?:a|an|any|the|other|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,]*+)"
    r"\s+(?:other\s+)?(?:possible|potential)\b(?!\s+(?:to|for|of)\b)"
    r"|(?<=\w\s)so\s+(?:that\s+)?(?:\w+\s+){1,4}could\b"
    # The past's future and its habits are told, not supposed: "he would later become",
    # "he would go on to win", "she would often wander".
    r"|\bwould\s+(?:later|eventually|soon|often|usually|always|sometimes|frequently|routinely|"
    r"regularly|go\s+on\s+to)\b"
    # What no one could do is denied, not supposed: "no witnesses could place him there".
    r"|\bno\s+(?:\w+\s+)?could\b"
    # A modal that describes a thing or a person, or tells a time, is no doubt on the claim:
    # "actions that could harm the species", "Roe, who could face Doe next", "before
    # rescuers could reach him" ("said that could take weeks" is the speaker's doubt).
    r"|(?<=[\w,]\s)(?<!said\s)(?<!says\s)(?<!warned\s)(?<!think\s)(?<!thinks\s)(?<!believe\s)"
    r"(?<!but\s)(?<!and\s)(?<!so\s)(?<!yet\s)"
    r"(?<!believes\s)(?<!fear\s)(?<!fears\s)(?<!feared\s)(?:that|which|who)\s+(?:may|might|could|would)\b"
    r"|\b(?:before|until|till)\s+(?:\w+\s+){1,2}could\b"
    # ... and so is hearsay about them: "a network of thieves who are believed to have ..."
    r"|(?<=[\w,]\s)(?:who|which|that)\s+(?:is|are|was|were)\s+(?:believed|thought|suspected|reported)\s+to\b"
    r"|\b(?:after|because|since|when|while)\s+(?:\w+\s+){1,3}(?:is|are|was|were)\s+(?:believed|thought)\s+to\b"
    # ... and how things seemed when something else happened: "when the fight appeared to die
    # down, she walked back outside".
    r"|\b(?:when|after|until|once)\s+(?:\w+\s+){1,4}(?:seemed|appeared)(?:\s+to)?\b",
    re.IGNORECASE,
)
# A "would" after a verb of saying or of belief is the reported "will" ("Roe said the plant
# would close"), a "should" there what someone urged ("experts said users should install the
# patch").
_REPORTED = re.compile(
    r"(?<!if )(?<!unless )\b(?:said|says|told|tells|announced|announces|added|stated|confirmed|"
    r"promised|pledged|vowed|insisted|warned|explained|noted|wrote|decided|agreed|ruled|argued|contended|"
    r"assured|ensured|say|urged|recommended|heard|stating|maintained|argues|believe|believes)\b",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\b(?:would|should)\b", re.IGNORECASE)


_HEDGE_RE = re.compile(
    r"(?<![\w'\u2019])(?:"
    + "|".join(re.escape(h) for h in sorted((*HEDGE_PHRASES, *HEDGES), key=len, reverse=True))
    + r")(?![\w'\u2019])"
)


# Words the patterns above need ("May" is matched case-sensitively).
_NOT_HEDGED_WORDS = ("would", "should", "could", "may", "might", "without", "likely", "expected", "possible",
                     "think", "potential", "alleged", "suspected", "rumo", "reported", "predicted",
                     "speculat", "believ", "thought", "apparent", "seemed", "appeared")
# The first word of every hedge. The substitutions only blank out words, never join them, so
# a sentence with none of these among its words has no hedge: most sentences stop there.
_HEDGE_FIRST_WORDS = frozenset(re.match("[a-z]+", hedge).group() for hedge in (*HEDGE_PHRASES, *HEDGES))
_LETTERS = re.compile("[a-z]+")
# The only characters beyond ASCII that re.IGNORECASE takes for ASCII letters: with them
# replaced, a lowercase substring test stands for a case-insensitive pattern.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _folded(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_ASCII_FOLD).lower()


def _may_contain(text: str, words: Sequence[str]) -> bool:
    """Could a case-insensitive pattern that needs one of ``words`` match ``text``?"""
    folded = _folded(text)
    return any(word in folded for word in words)


def hedge_words(sentence: str) -> tuple[str, ...]:
    """The hedging words and phrases of a sentence, in reading order."""
    # "If confirmed, she will replace ...", "If this is arson, it is a crime": a condition.
    condition = _CONDITION.match(sentence) or _OPENING_HEARSAY.match(sentence)
    opening = (condition.group(1).lower(),) if condition else ()
    if _HEDGE_FIRST_WORDS.isdisjoint(_LETTERS.findall(sentence.lower())):
        return opening
    text = _MONTH_MAY.sub(" ", sentence) if "May" in sentence else sentence
    # A label quoted from someone ("treated as 'potentially suspicious'") is theirs: the
    # sentence asserts that they use it.
    text = _QUOTED_LABEL.sub(" ", text)
    if _may_contain(sentence, _NOT_HEDGED_WORDS):
        text = _NOT_HEDGED.sub(" ", text)
        reported = _REPORTED.search(text) if _may_contain(text, ("would", "should")) else None
        if reported:
            text = text[:reported.end()] + _WOULD.sub(" ", text[reported.end():])
    # "Amid much speculation, Roe was named host": the setting, not a doubt on the news.
    text = _LEADING_SETTING.sub(" ", text, count=1)
    lowered = " ".join(text.lower().split())
    return (*opening, *dict.fromkeys(m.group() for m in _HEDGE_RE.finditer(lowered)))


_QUOTED_LABEL = re.compile(
    r"\b(?:as|called|dubbed|termed|labelled|labeled)\s++[\"\u201c\u2018'][^\"\u201c\u201d\u2018\u2019'\n]{1,60}+"
    r"[\"\u201d\u2019']", re.IGNORECASE)
# "Reports that the president had approached her ...": what is said, not what is.
_OPENING_HEARSAY = re.compile(r"(?<!\W)\W*+((?:Reports|News|Word|Rumou?rs)\s++that)\b")
# Not "If you use Windows, ...", "If only ...": the reader addressed, a wish.
_CONDITION = re.compile(r"(?<!\W)\W*+(If|Unless)\s++(?!you\b|you'|you\u2019|only\b)")
# "Expected by many to contend, the team has lost eight of ten": what was expected of the
# subject, set off before what the sentence asserts of it.
_LEADING_SETTING = re.compile(
    r"^\W*(?:amid|amidst|after|despite|following|expected|tipped|predicted|rumou?red)\s[^,;:\n]{0,80},",
    re.IGNORECASE)


def certainty_of(sentence: str, *, in_quote: bool) -> Certainty:
    """Quoted speech, a hedged statement, or a statement of fact."""
    if in_quote:
        return Certainty.QUOTED
    return Certainty.HEDGED if hedge_words(sentence) else Certainty.ASSERTED


# --- attribution ----------------------------------------------------------------------

_SPEECH_VERBS = frozenset(
    """said says say told tells tell added adds stated announced announces confirmed
    confirms explained explains noted notes claimed claims insisted insists warned warns
    wrote writes tweeted tweets posted revealed reveals reported reports argued argues
    acknowledged acknowledges admitted admits asserted asserts declared declares disclosed
    discloses emphasized emphasised emphasizes emphasises stressed stresses alleged alleges allege
    testified testifies recalled recalls remarked replied replies
    commented comments cautioned cautions conceded concedes maintained maintains mentioned
    mentions countered counters predicted predicts estimated estimates reporting speculated
    denied denies accused accuses described describes contended contends asked asks
    complained complains exclaimed thundered shouted yelled screamed quipped joked fumed
    snapped pleaded answered responded retorted crowed urged urges spoke talked charged charge""".split()
)
# "asked", "answered" and the manner of saying ("thundered", "joked") speak only next to a
# quotation ('"Where is she?" Roe asked.', 'Roe thundered: "..."'): elsewhere "asked the
# court to delay" is a request told of, not a source.
_NEXT_TO_QUOTE_ONLY = frozenset(
    "asked asks exclaimed thundered shouted yelled screamed quipped joked fumed snapped pleaded answered "
    "responded crowed".split())
# Verbs that attribute only when a source-like noun or a name is their subject:
# "reports suggest" attributes, "these developments suggest" does not. Of them, these
# attribute only with a record as subject: "State records show", "a poll found"; "police
# found a gun" tells what the police did.
_EVIDENCE_VERBS = frozenset("show shows showed found finds".split())
_WEAK_VERBS = frozenset(
    """suggest suggests suggested indicate indicates indicated believe believes believed
    predict expect expects think thinks fear fears reminded reminds claim""".split()
) | _EVIDENCE_VERBS
_EVIDENCE = frozenset(
    """records documents document data figures statistics poll polls survey surveys
    study studies report reports audit census filings""".split()
)
_INVERTIBLE = frozenset(
    """said says added adds wrote writes noted notes explained stated recalled replied
    insisted warned reported reports argued cautioned remarked countered commented
    continued asked alleges alleged testified contended say""".split()
)
# Also plural nouns ("official claims the polls ..."): a verb only after a name.
_NOUN_LIKE_VERBS = frozenset(
    "claims reports notes states comments estimates counters mentions recalls replies "
    "maintains".split()
)
_PARTICIPLES = frozenset(
    "saying adding stating telling noting claiming insisting warning explaining arguing "
    "citing stressing".split()
)
# Heads of phrases that name nobody.
_ANONYMOUS_HEADS = frozenset(
    """official officials source sources insider insiders aide aides diplomat diplomats
    person people someone friend friends relative relatives neighbour neighbours neighbor
    neighbors witness witnesses resident residents expert experts analyst analysts observer
    observers colleague colleagues acquaintance acquaintances employee employees worker
    workers staffer staffers member members report reports media outlets rumour rumours
    rumor rumors authorities investigators prosecutors officers agents lawmakers
    legislators critics supporters activists family relatives rep representative
    representatives lawyer lawyers attorney attorneys associate associates confidant
    ally allies adviser advisers advisor advisors partner partners official's jurors
    juror student students fan fans doctor doctors scientists researchers publicist
    publicists agent agents manager managers
    economists traders participants organisers organizers leaders eyewitness eyewitnesses
    journalist journalists correspondent correspondents photographer photographers""".split()
)
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
_REPRESENTATIVES = frozenset("lawyer attorney publicist agent manager representative rep".split())
# Institutions speak on the record even when not named in full ("police said").
_INSTITUTIONS = frozenset(
    """police government ministry department army military navy agency company court
    office council embassy committee commission administration parliament congress senate
    board team club league university hospital firm group organisation organization
    union party network newspaper paper magazine broadcaster channel website station
    service bureau institute authority regime cabinet presidency coalition campaign
    prosecution defence defense studio label publisher town city village county state
    municipality school district inquiry airline regulator watchdog tribunal
    association federation foundation charity trust utility""".split()
)
# Whom a reduced relative clause speaks of: "the man police say ...".
# "a policy the company says ...": a noun, then the subject of a clause about it.
_RELATIVE_SUBJECT_OPENERS = frozenset("the its his her their".split())
_SPOKEN_OF = ONE_PERSON | frozenset("suspect driver gunman shooter victim attacker".split())
# Lower-case words that speak on their own after a verb ("..., said police", "says one").
_BARE_SPEAKERS = _ANONYMOUS_HEADS | _INSTITUTIONS | {"one", "cops", "detectives", "medics"}
# A definite document or outlet refers back to one the article has named.
_BACK_REFERENCES = frozenset(
    "statement release report memo letter filing complaint indictment document documents "
    "post newspaper paper magazine agency website broadcaster channel network message resolution".split()
)
_OFFICES = frozenset("attorney prosecutor coroner examiner".split())
_DOCUMENTS = frozenset(
    "report statement study survey poll release letter filing data figures information update".split())
_PRONOUNS = frozenset("he she they it we i you".split())
_POSSESSIVES = frozenset("his her their its your".split())  # "our reporter" is the outlet itself
_PRONOUN_FORMS = {
    "he": frozenset("he him his himself".split()), "she": frozenset("she her hers herself".split()),
    "they": frozenset("they them their theirs themselves".split()), "it": frozenset(("it", "its")),
}
# A pronoun in a paragraph with no speaker stands for the speaker of these many paragraphs
# before (lines with text).
PRONOUN_LINES = 3
# "I" and "we" outside quotation marks are the writer, not a source.
_THIRD_PERSON = frozenset("he she they it".split())
_DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())
_INDEFINITE = frozenset(
    "a an one some several many two three four five other another unnamed anonymous few "
    "various multiple all both each most others".split()
)
# Indefinite words that stand for more than one: "he" or "she" is not "some" or "all".
_MANY = frozenset("some several many few all both most others various multiple".split())
_FINITE = frozenset(
    """is are was were has have had will would can could should may might must do does did
    be been being that if when because than whether whom after before while since until
    although unless""".split()
)
_PREPOSITIONS = frozenset(
    """on in at after before during for with by from to of under over since until despite
    among following inside outside about against without upon amid amidst like unlike""".split()
)
_WH_WORDS = frozenset("who whom whose which what where when why how".split())
_LEADING_FILLERS = frozenset(
    """and but or so yet however meanwhile also then still now later earlier instead having
    moreover furthermore additionally while as because though although since when
    yesterday today tonight recently previously separately initially finally eventually
    subsequently additionally currently originally ultimately twice once again""".split()
)
_TRAILING_FILLERS = frozenset(
    """has have had also later earlier previously again already then further first
    finally once always often separately similarly would will could may might however
    though too meanwhile instead likewise just even only himself herself itself themselves
    myself ourselves yourself""".split()
)
_REJECT_ENDINGS = frozenset(
    "not never n't to was were been being be is are am ago".split()
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_LEADING_TIME = re.compile(
    rf"^(?:(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|"
    r"evening|night))?|(?:earlier\s+|later\s+)?(?:this|last|that)\s+(?:week|month|year|weekend|"
    r"morning|afternoon|evening|night))\s+", re.IGNORECASE,
)
_BE_OR_HAVE = re.compile(r"(?<!\s)\s++to\s+(?:be|have)\b")
# Verbs that speak only with an object ("denied the report", "accused police of"; "was
# denied bail" is passive): straight before "of", "as", "by", an auxiliary or
# a comma they are passive participles ("a man accused of murder", "described as lacking
# experience", "the woman accused had"), as after a form of "be" ("was accused"), and after
# an article or a number, adjectives ("two accused gangbangers").
_OBJECT_VERBS = frozenset("accused accuses described describes denied denies".split())
# Words that open a clause of a sentence: "as", "after", "when"... ("Roe left as Doe said").
_CONJUNCTIONS = "as|after|when|while|because|since|before|until|although|though|whereas|once"
# Nor do they attribute the sentence from a clause of their own ("waxed metaphorical as he
# described", "after she accused him"): unlike "said", they are rarely a sentence's source.
_SUBORDINATE = re.compile(rf"\b(?:{_CONJUNCTIONS}|where|which|who|whom|that|if)\b", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(
    r"(?<!\s)\s*+(?:[,.;:)]|(?:of|as|in|by|for|with|had|has|have|was|were|is|are|will|would)\b)"
)
_ADJECTIVE_AFTER = re.compile(
    r"(?:^|(?<=\s))(?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"is|are|was|were|be|been|being)\s$", re.IGNORECASE
)
# Set phrases after a subject that are no part of it: "Police at first told workers".
_TRAILING_IDIOM = re.compile(
    r"(?<!\s)\s++(?:at\s+(?:first|last|once|times)|in\s+(?:fact|turn|part|particular))$", re.IGNORECASE
)
# A clause that is only a time: "Last June", "Earlier this year", "In 2003", "Tuesday night".
_TIME_MODIFIERS = frozenset("last next this that early late earlier later in on by since until mid".split())
_TIME_WORD = re.compile(
    rf"(?:{_WEEKDAYS}|{'|'.join(sorted(MONTHS, key=len, reverse=True))}|week|month|year|weekend|summer|"
    r"winter|spring|fall|autumn|morning|afternoon|evening|night|\d{4}|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night|\d{1,2}))?(?:,?\s+\d{4})?",
    re.IGNORECASE,
)
# "Twelve hours into the investigation authorities said": a span of time and what it runs from,
# with no comma to end it.
_ELAPSED = re.compile(
    r"^(?:[\w-]+\s+){1,2}(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:into|after|before|since)\s+",
    re.IGNORECASE,
)
# Adjuncts after an inverted speaker: "said Jane Roe on Tuesday", "said police in a statement".
# It starts only where a run of spaces starts, so a long run costs linear time, not quadratic.
_TRAILING_ADJUNCT = re.compile(
    r"(?<!\s)\s++"
    rf"(?:(?:on|last|this|early|late|earlier|later)\b.*|(?:{_WEEKDAYS}|yesterday|today|tonight)\b.*"
    r"|(?:in|at|during)\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+)?(?:statement|interview|news|press|"
    r"briefing|conference|release|email|e-mail|message|post|letter|speech|television|radio|alert|advisory|"
    r"bulletin|memo|tweet|filing|video|blog)\b.*)$",
    re.IGNORECASE,
)
_ANONYMITY = re.compile(
    r"condition\s+of\s+anonymity|requesting\s+anonymity|speaking\s+anonymously"
    r"|(?:declined|refused|asked|wished)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|(?:declined|refused)\s+to\s+be\s+(?:named|identified)"
    r"|not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|discuss|comment)"
    r"|who\s+(?:was|were)\s+not\s+named|who\s+did\s+not\s+give\s+(?:his|her|their)\s+names?"
    r"|(?:declin|refus)\w*\s+to\s+(?:give|provide|release)\s+(?:his|her|their)\s+(?:full\s+)?names?",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:said|reported|understood|believed|thought|"
    r"rumou?red|alleged)\s+to\b|\bit\s+(?:is|was|has\s+been)\s+(?:said|reported|understood|believed|"
    r"claimed|alleged|thought)\b|\breportedly\b"
    r"|\bthere\s+(?:were|are|have\s+been)\s+(?:conflicting\s+|unconfirmed\s+)?reports\s+(?:of|that|about|as\s+to)\b"
    r"|^\W*(?:reports|news|word|rumou?rs)\s+that\b|\b(?:with|amid|amidst)\s+(?:unconfirmed\s+)?reports\s+(?:of|that)\b"
    r"|\b(?:is|are|was|were)\s+(?:believed|thought|feared)\s+(?:dead|killed|trapped|missing|injured|wounded|"
    r"buried|drowned|kidnapped|captured|held)\b",
    re.IGNORECASE,
)
# A clause that describes something or tells when or why: hearsay there is not the claim's.
_SUBORDINATE_OPENING = re.compile(
    r"(?:\b(?:which|who|that)\s+(?:\w+\s+)?|\b(?:after|because|since|when|while|although|though)\s+"
    r"(?:\w+\s+){1,3})$", re.IGNORECASE)


def _impersonal(sentence: str) -> bool:
    """ "He is believed to have fled": hearsay of no one named. Not inside a clause that
    describes something or tells when ("a sect which is believed to have 700 members", "after
    he is believed to have read the transcripts")."""
    for found in _IMPERSONAL.finditer(sentence):
        before = sentence[max(0, found.start() - 60):found.start()]
        if not _SUBORDINATE_OPENING.search(before):
            return True
    return False


# Each match of these two holds one of these words: without them the search is skipped.
_ANONYMITY_WORDS = ("anonym", "name", "identified", "authori", "permitted", "allowed")
_IMPERSONAL_WORDS = ("said", "reported", "understood", "believed", "thought", "rumo", "alleged", "claimed",
                     "reports", "feared", "news", "word")
# "according to the Times", and a sentence that opens "Per THR, ...".
_ACCORDING = re.compile(r"\baccording\s+to\s+|^\W*+(?-i:P)er\s++(?=[A-Z])", re.IGNORECASE)
# "Reuters quoted a spokesman as saying ..." / "a spokesman was quoted by Reuters as saying
# ...": the spokesman said it, Reuters carried it.
# The phrase between is bounded: from each "quoted" the search looks a short way ahead only,
# so a run of them stays linear.
_AS_SAYING = r"\s+as\s+(?:saying|telling|stating|having\s+said)\b"
_QUOTED_AS = re.compile(
    r"\b(?:quoted|quotes|cited|cites)\s+(?!by\b|in\b)(\S.{0,80}?)" + _AS_SAYING, re.IGNORECASE)
_QUOTED_BY = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:quoted|cited)\s+(?:by|in)\s+(\S.{0,80}?)" + _AS_SAYING, re.IGNORECASE)
# "Roe was quoted as saying", "Roe was heard telling aides": Roe speaks.
_SPOKEN_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:quoted\s+as|heard|overheard|recorded)\s+(?:saying|telling|stating)\b",
    re.IGNORECASE)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_JOINING = _PREPOSITIONS | {"and", "or", "of", "than", "as"}
# Whole words, no backtracking over spaces: the search stays linear.
_CLAUSE_VERB = re.compile(
    r"(?<!\S)(?:(?:and|who|which|that)\s++)?(?:was|were|is|are|has|have|had|will|would)(?=\s)")
_BUT = re.compile(r"\bbut\s", re.IGNORECASE)
_SPEECH_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]+(?![\w-])")
_AS_AFTER = re.compile(r"(?<!\s)\s++(?:to\s++(?:the\s++)?\w++\s++)?as\s")
# "added 12", "added another", "countered with a run": a score or a move, not speech.
_SCORING_VERBS = frozenset("added adds countered counters".split())
_SCORED = re.compile(r"(?<!\s)\s++(?:\d|(?:another|two|three|four|five|six|seven|eight|nine|ten|with)\b)")
# "posted on Twitter that ...", "posted:": words; "posted attack code", "posted bail": things.
_POSTING = frozenset(("posted", "posts"))
_POSTED_WORDS = re.compile(r"(?<!\s)\s*+(?::|(?:on|to|that|online|in\s+(?:a|an|his|her|their|its))\b)")
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")
_CHARGING = frozenset(("charged", "charge", "charges"))
_THAT_AFTER = re.compile(r"(?<!\s)\s++that\b")
_SPEAKING_TO = frozenset(("spoke", "talked"))
_TO_AN_OUTLET = re.compile(r"(?<!\s)\s++to\s++(?=(?:the\s++)?[A-Z])")


def _spoke_to_outlet(text: str, position: int, end: int) -> bool:
    """ "spoke to ONE News", "talked to the Herald": an outlet, not a person spoken to."""
    to = _TO_AN_OUTLET.match(text, position, end)
    medium = _medium_after(text, to.end(), end) if to else None
    return medium is not None and (medium.lower().startswith("the ") or not _is_person(medium))
# 'Roe quietly answered, "Yes."': words when a quotation follows, or before it.
_QUOTE_FOLLOWS = re.compile(r"(?<!\s)\s*+[,:]\s*+[\"\u201c']")
_UTTERANCE_END = re.compile("[.!?,](?:[\"\u201d]|['\u2019](?![a-z]))")  # not "the D.A.'s office"
_QUOTE_BEFORE = re.compile(r"[,.!?][\"\u201d']")  # '"No," Roe responded': a short quotation
_ADDING = frozenset(("added", "adds"))
_ADDS_TO = re.compile(r"(?<!\s)\s++to\s++(?!reporters\b|journalists\b|(?:the\s++)?[A-Z])")
# "maintained that ...", "maintained his innocence", "..., he maintained.": words.
_MAINTAINING = frozenset(("maintained", "maintains"))
_MAINTAINED_WORDS = re.compile(
    r"(?<!\s)\s*+(?:[,.;:!?\"\u201d]|that\b|(?:his|her|their)\s++innocence\b|$)")
# Verbs that take a thing as well as words: before "a", "an", "another" they take a thing.
_THING_VERBS = frozenset("added adds claimed claims".split())
_A_THING = re.compile(r"(?<!\s)\s++(?:a|an|another)\s")
_BY_AFTER = re.compile(r"(?<!\s)\s++by\s")
_PASSIVE_WITH_AS = frozenset("announced revealed confirmed unveiled identified".split())
_VERB_RE = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(sorted(_SPEECH_VERBS | _WEAK_VERBS, key=len, reverse=True))
    # "the surgeon general reports to the Secretary": whom one answers to, not speech.
    + r")(?![\w-])(?!(?<=reports)\s++to\s++the\s++[A-Z])"
)
# "Roe clashed with the studio and EW says ...": a verb in the past with its complement, after
# a subject, before "and" makes a clause of its own, not half of a subject ("Roe and Doe said",
# "what men and women said").
_CLAUSE_BEFORE_AND = re.compile(
    r"\S\s+[a-z]{3,}ed\s+(?:with|to|the|a|an|his|her|their|its|on|in|at|for|from|by|after|over|into)"
    r"\s[^,]*?\band\s"
)
_BOUNDARY = re.compile(r"[,;:](?!\d)|[()\[\]\u2014\u2013]|\s-{1,2}\s|\n")
# Not after an initial or a title: "Rusli M. Saleh", "Lt. Jane Roe".
# (The look-behinds follow the mark, so that only marks are tested against them.)
_SENTENCE_END = re.compile(
    r"[.!?](?<!\b[A-Z][.!?])" + "".join(rf"(?<!\b{title}\.)" for title in (
        "Mr", "Mrs", "Ms", "Dr", "St", "Lt", "Gen", "Gov", "Sen", "Rep", "Sgt", "Col", "Capt", "Prof",
        "Const", "Det", "Insp", "Supt", "Msgr"))
    + r"[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018A-Z]|\s*$)|\n")
_TOLD_MEDIUM = re.compile(r"^\s*((?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*"
                          r"(?:\s+(?:news\s+agency|newspaper|magazine|network|agency))?)")
# "The ministry issued a statement": whom a later "the statement said" refers to.
_ISSUED = re.compile(
    r"((?:^|(?<=[.!?]\s))[^.!?,;:]{1,80}?)\s+(?:issued|released|published|put\s+out)\s+"
    r"(?:a|an|its|their|his|her)\s+(?:\w+\s+)?(?:statement|report|release|letter|memo)",
)
# "... go back Kacong said." A name before a final "said" with its comma missing.
_BARE_TRAILING = re.compile(
    r"(?:^|\s)((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+(?:said|says)\s*[.!?]?\s*$"
)


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    after_quote: bool


@dataclass(frozen=True)
class _Speaker:
    """A speaker phrase found in the text, before it is classified."""

    phrase: str
    position: int
    via: str | None = None
    weak: bool = False
    according: bool = False  # "according to ...", "..., the Times reported": it may relay what a speaker said


def _segments(text: str, start: int, end: int, spans: Sequence[Span]) -> list[_Segment]:
    """Stretches of ``text[start:end]`` between punctuation and outside quotations."""
    quoted = sorted((max(a, start), min(b, end)) for a, b in spans if a < end and b > start
                    and _word_count(text[a:b]) >= MIN_QUOTE_WORDS)
    pieces: list[tuple[int, int, bool]] = []
    cursor, after_quote = start, any(b == start for _, b in spans)
    for a, b in quoted + [(end, end)]:
        if a > cursor:
            pieces.append((cursor, a, after_quote))
        cursor, after_quote = max(cursor, b), True
    segments = []
    for a, b, quote_before in pieces:
        cut = opening = a
        for match in _BOUNDARY.finditer(text, a, b):
            segments.append(_Segment(cut, match.start(), quote_before and cut == opening))
            if cut == opening and not text[cut:match.start()].strip():
                opening = match.end()  # '"...", said Roe': a comma after the closing mark
            cut = match.end()
        segments.append(_Segment(cut, b, quote_before and cut == opening))
    return [s for s in segments if text[s.start:s.end].strip()]


def _words(text: str) -> list[str]:
    return [w.strip("\"'\u201c\u201d\u2018\u2019.") or w for w in text.split()]


def _clean_subject(prefix: str) -> str | None:
    """The noun phrase before a speech verb, or None when the prefix is not one."""
    closing = max((match.end() for match in _UTTERANCE_END.finditer(prefix)), default=0)
    # '"Stop!" she said': a quotation too short to be set apart; not 'Adam "Pacman" Jones'
    prefix = prefix[closing:]
    prefix = _TRAILING_IDIOM.sub("", _tidy_possessive(prefix.strip()))
    elapsed = _ELAPSED.match(prefix)
    if elapsed:
        prefix = _closing_speaker(prefix[elapsed.end():]) or ""
    words = [w for w in _LEADING_TIME.sub("", prefix).split() if any(c.isalnum() for c in w)]
    if any(word.lower() in ("where", "when") for word in words[1:]):
        return None  # "... held an event where they predicted": a side clause speaks
    while words and (words[0].lower() in _LEADING_FILLERS or words[0].lower() in ("most", "more")
                     and words[1:2] and words[1].lower() in _LEADING_FILLERS):  # "Most recently"
        words.pop(0)
    while words and (words[-1].lower() in _TRAILING_FILLERS or _is_adverb(words[-1])):
        words.pop()
    if words and (words[0].lower() in _WH_WORDS or words[0].lower() in _PREPOSITIONS):
        return None
    if words and words[0].lower() in ("no", "none", "nothing", "neither", "nobody", "nor"):
        return None  # "No injuries reported": a headline's passive, and nobody speaks
    if not words or words[-1].lower() in _REJECT_ENDINGS or words[-1].lower().endswith("n't"):
        return None
    phrase = " ".join(words)
    # "The manager at the store that has been damaged by fire, says": a relative "that"
    head = re.split(r"\s+(?:who|whose|which|whom|that(?=\s+(?:is|was|are|were|has|have|had)\b))\b", phrase,
                    maxsplit=1)[0]
    head_words = _words(head)
    lowered = [w.lower() for w in head_words]
    if lowered in (["something"], ["anything"], ["everything"], ["nothing"]):
        return None  # "..., something that had been confirmed": no one
    if not head_words or len(head_words) > 12 or not _NOT_IN_SUBJECT.isdisjoint(lowered):
        return None
    if words[-1].lower() in _WH_WORDS:
        return None  # "officers who responded": a relative clause, not the speaker
    if lowered[0] in _PRONOUNS and (len(head_words) > 1 or lowered[0] not in _THIRD_PERSON):
        return None
    if len(lowered) == 3 and lowered[0] in ("the", "a", "an") and lowered[1] in _SPOKEN_OF and \
            lowered[2] in _BARE_SPEAKERS:
        return None  # "The man police say is behind the crash now faces ...": said of him in passing
    if len(lowered) >= 3 and lowered[0] in ("a", "an") and lowered[2] in _RELATIVE_SUBJECT_OPENERS:
        return None  # "..., a policy the company now says it will review": said of the policy
    if lowered[-1] in _DETERMINERS or not any(c.isalpha() for c in head_words[-1]):
        return None
    return " ".join(_without_trailing_time(head.split())).strip(" ,")


# A time between a subject and its verb ("Hastings this morning announced", "Police
# Tuesday night said") is no part of who speaks.
_TIME_OF = frozenset(_WEEKDAYS.split("|")) | frozenset(
    "morning afternoon evening night week weekend month year".split())
_TIME_LEAD = frozenset("this last next on early late earlier later".split()) | frozenset(_WEEKDAYS.split("|"))


# "His comments came as Sudan said ...": "said" speaks in the clause after "as".
_SUBORDINATE_SUBJECT = re.compile(rf"(?<!such )(?<!well )\b(?:{_CONJUNCTIONS})\s++(?!well\b)(?=\S)",
                                  re.IGNORECASE)


def _subordinate_subject(prefix: str, position: int) -> tuple[str, int] | None:
    clause = max(_SUBORDINATE_SUBJECT.finditer(prefix), key=lambda found: found.start(), default=None)
    # Not inside a relative clause ("a woman who identified herself as his cousin told").
    if clause is None or clause.start() == 0 or _RELATIVE.search(prefix, 0, clause.start()):
        return None
    subject = _clean_subject(prefix[clause.end():])
    # "Roe ..., when he noted": a pronoun there is Roe, not the last speaker.
    if not subject or subject.lower() in _PRONOUNS:
        return None
    return subject, position + clause.end()


_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)


def _opens_with_name(text: str, first: _Segment) -> bool:
    """The sentence opens with a person's full name, alone before its comma."""
    phrase = text[first.start:first.end].strip()
    return _is_full_name(phrase) and phrase.split()[0].lower() not in _PREPOSITIONS \
        and phrase.split()[0].lower() not in _NOT_A_NAME


def _without_trailing_time(words: list[str]) -> list[str]:
    end = len(words)
    while end > 1 and words[end - 1].lower() in ("yesterday", "today", "tonight"):
        end -= 1
    if end > 1 and words[end - 1].lower() in _TIME_OF:
        end -= 1
        while end > 1 and words[end - 1].lower() in _TIME_LEAD:
            end -= 1
    return words[:end]


def _closing_speaker(phrase: str) -> str | None:
    """The speaker a phrase ends with, past the end of a time adjunct it cannot tell apart:
    "the blast police" -> "police", "the attack Jane Roe" -> "Jane Roe"."""
    words = phrase.split()
    if words and words[-1].lower() in _SPEAKER_NOUNS:
        return words[-1]
    name = _trailing_name(phrase)
    return name if name != phrase else None


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4 \
        and word not in _COMMON_SPEAKERS


def _verbs(text: str, segment: _Segment) -> list[re.Match[str]]:
    return [verb for verb in _VERB_RE.finditer(text, segment.start, segment.end)
            if verb.group() not in _EVIDENCE_VERBS and (verb.group() != "claim" or not _POSSESSED.search(
                text, segment.start, verb.start())) or _record_before(text, segment.start, verb.start())]


# "Nixon's claim", "the claim": a noun.
_POSSESSED = re.compile(r"(?:['\u2019]s|\b(?:the|a|his|her|their|its|this|that))\s++$", re.IGNORECASE)
_AUXILIARY_WORDS = frozenset("have has had will would also all".split())


def _record_before(text: str, start: int, end: int) -> bool:
    """ "State records show", "polls and surveys have found": the record is the verb's subject
    ("says show boss Jane Roe" has none)."""
    words = [word.lower() for word in _WORD.findall(text, start, end)]
    while words and words[-1] in _AUXILIARY_WORDS:
        words.pop()
    return bool(words) and words[-1] in _EVIDENCE


def _medium_after(text: str, position: int, end: int) -> str | None:
    """The outlet in "told Reuters" / "told the Tribune"."""
    match = _TOLD_MEDIUM.match(text[position:end])
    if match is None or match.group(1).split()[0].lower().rstrip(".") in _TITLE_WORDS:
        return None  # "told Mr. Roe to leave": a person spoken to, not an outlet
    return _tidy(match.group(1))


MAX_SPEAKER_WORDS = 7
MAX_TITLED_NAME = 10
_TO_AFTER_VERB = re.compile(
    r"(?<!\s)\s++(?:(?:\w+ly|today|yesterday|tonight|earlier|later|again|also|\w+self|themselves)\s++)?to\s")
_TO_MEDIUM = re.compile(r"(?<!\s)\s++to\s++(?=(?:the\s+)?[A-Z]|reporters\b|journalists\b)")
_AFFILIATION = re.compile(r"(?<!\s)\s++(?:of|with|from|at|for)\s+(?=the\s|[A-Z])")


def _named_speaker(rest: str) -> str:
    """Who, without where they work when a name says who: "Lt. Jane Roe of the State Police"."""
    who, *where = _AFFILIATION.split(rest, maxsplit=1)
    words = who.split()
    if where and len(words) >= 2 and all(word[:1].isupper() for word in words[1:]):
        return who
    return rest



_TIME_POSSESSIVE = re.compile(
    r"^(?:(?:this|last)\s++(?:morning|afternoon|evening|night|week)|today|tonight|yesterday|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['\u2019]s\s++", re.IGNORECASE)


def _inverted(text: str, segment: _Segment, verb: re.Match[str], segments: list[_Segment],
              index: int) -> _Speaker | None:
    """'..., said Jane Roe, a lawyer.' The speaker follows the verb to the end of its clause."""
    if verb.group() not in _INVERTIBLE:
        return None  # "..., Roe told AFP": after "told" comes the listener
    # "reports this morning's Daily News": the outlet, not a time
    after = _TIME_POSSESSIVE.sub("", text[verb.end():segment.end].strip(), count=1)
    rest = _TRAILING_ADJUNCT.sub("", " " + after).strip(" .!?")
    if rest and rest.split()[0].lower() in _PREPOSITIONS:
        return None
    if rest and rest.split(maxsplit=1)[0].lower() in _DETERMINERS:
        rest = _DESCRIBED.sub("", rest)  # "said a man wearing ski goggles": a man
    # "said Jane Roe to the Associated Press": Roe, through the AP
    medium = _TO_MEDIUM.search(rest)
    via = None
    if medium and _has_name(rest[:medium.start()]):
        # "to the Associated Press" names an outlet, "to reporters" none
        rest, via = rest[:medium.start()], _medium_after(rest, medium.end(), len(rest))
    # "said Edward J. Markey (D-Mass.), chairman ...": a party and a state after the name
    ends_clause = index == len(segments) - 1 or text[segment.end:segment.end + 1] in (",", "(", ")")
    who = _named_speaker(rest).split()
    # A title and a name run long: "House Resources Committee Chairman Nick J. Rahall II".
    longest = MAX_TITLED_NAME if all(w[:1].isupper() for w in who) else MAX_SPEAKER_WORDS
    if not rest or len(who) > longest or not ends_clause:
        return None
    if {w.lower() for w in _words(rest)} & _FINITE or _name_then_past_verb(rest):
        return None
    if not segment.after_quote and _subject_of_what_follows(text, segments, index):
        return None
    first = rest.split()[0].lower()
    if first in _PRONOUNS and len(rest.split()) > 1:
        return None  # "said he would" is a clause, not an inverted speaker
    if rest.islower() and " " not in rest and first not in _BARE_SPEAKERS:
        return None  # "said afterward", "reported problems": an adverb or an object
    if index + 1 < len(segments) and not _is_full_name(rest):
        # "said her lawyer, Jane Roe." names the lawyer
        following = text[segments[index + 1].start:segments[index + 1].end].strip(" .!?")
        if _is_full_name(following) and not _PARTY_TAG.fullmatch(following):
            return _Speaker(following, segments[index + 1].start, via=via)
    return _Speaker(rest, verb.end(), via=via)


# Verbs that go on from a name after "said": "The Academy said Jane Roe, 40, will host".
_AUXILIARIES = frozenset("will would has have had is are was were can could should may might must".split())


def _subject_of_what_follows(text: str, segments: list[_Segment], index: int) -> bool:
    """Whether the name after the verb is the subject of what was said: a clause after its
    appositives goes on with a verb ("said Jane Roe, 40, star of the film, will host")."""
    for later in segments[index + 1:index + 4]:
        words = _WORD.findall(text, later.start, later.end)
        if words and words[0].lower() in _AUXILIARIES:
            return True
    return False


# What describes an unnamed speaker after the noun: "a man wearing ski goggles and a jacket".
_DESCRIBED = re.compile(
    r"(?<!\s)\s++(?:wearing|holding|carrying|standing|sitting|dressed|clutching|with|in\s+a)\b.*+$",
    re.DOTALL)


# A legislator's party and state after the name: "D-W. Va", "R-Texas".
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][a-z]*\.?(?: [A-Z][a-z]*\.?)?")


# "Jane Roe, known as Katie, ...": another name of the subject, not a speaker of its own.
_ALSO_CALLED = re.compile(r"(?:(?:also|better)\s+)?(?:known\s+as|nicknamed|dubbed)\b", re.IGNORECASE)


def _name_then_past_verb(phrase: str) -> bool:
    """ "Roe suffered from ...": a name and its verb, a clause ("insisted Roe suffered ..."),
    where an inverted speaker is a name alone ("insisted Jane Roe")."""
    words = phrase.split()
    # Not a title before a name: "Trend Micro advanced threat researcher Paul Ferguson".
    return any(_is_capitalised(words[index]) and verb.islower() and verb.endswith("ed") and len(verb) > 3
               and not any(map(_is_capitalised, words[index + 2:]))
               for index, verb in enumerate(words[1:]))


# After a participle opening a sentence, these words start what it says of the subject.
_PARTICIPLE_OBJECTS = frozenset("the a an as in by for to from on with at".split())


def _walk_back(text: str, segments: list[_Segment], index: int) -> _Speaker | None:
    """'Jane Roe, 39, a lawyer who ..., said': the subject among the pieces before the verb.

    Of a chain of noun phrases ("His lawyer, Richard Roe, said") the full name is the
    speaker; else the first piece that names someone; else the first piece.
    """
    chain: list[tuple[int, str]] = []
    for back in range(index - 1, max(index - 5, -1), -1):
        piece = text[segments[back].start:segments[back].end].strip()
        first, *rest = piece.lower().split()
        if first in _LEADING_FILLERS and rest and rest[0] in _PREPOSITIONS:
            first, *rest = rest  # "Jane Roe, also from the centre, said"
        if first in _WH_WORDS or first in _PREPOSITIONS or piece.rstrip(".").isdigit() or \
                _filler_only(piece) or _ALSO_CALLED.match(piece) or _PARTY_TAG.fullmatch(piece) or \
                piece in ("D", "R", "I"):
            continue  # a relative clause, an adjunct ("in a statement"), an age or "likewise"
        if first.endswith(("ed", "ing")) and rest and rest[0] in _PARTICIPLE_OBJECTS:
            continue  # "Dubbed the 'Oddfather' ...", "Born in Naples": said of the subject
        subject = _clean_subject(piece)
        if subject is None:
            break
        chain.insert(0, (segments[back].start, subject))
    if not chain:
        return None
    full_names = [c for c in chain if _is_full_name(c[1])]
    named = [c for c in chain if _kind_of(c[1]) == "named"]
    position, phrase = (full_names or named or chain)[0]
    return _Speaker(phrase, position)


def _is_full_name(phrase: str) -> bool:
    words = _words(phrase)
    return len(words) >= 2 and _is_capitalised(words[0]) \
        and all(_is_capitalised(w) or _NAME_PARTICLE.match(w) for w in words[1:]) \
        and words[0].lower().rstrip(".") not in _TITLE_WORDS


# The small words of names in many languages: "Abdel Aziz al-Hilu", "Ludwig van Beethoven".
_NAME_PARTICLE = re.compile(
    r"(?:(?:al|el|bin|ibn|abu|de|di|da|d|del|della|van|von|der|den|du|la|le|dos|das|ter)(?:-[A-Z].*)?)$"
)


def _trailing_name(phrase: str) -> str:
    """'some remain afraid Jane Roe' -> 'Jane Roe'; phrases with no name are kept whole."""
    words = phrase.split()
    run = 0
    while run < len(words) and (_is_capitalised(words[-1 - run])
                                or words[-1 - run].lower().rstrip(".") in _TITLE_WORDS):
        run += 1
    before = words[:len(words) - run]
    if run and any(w.islower() and w not in _DETERMINERS and w.rstrip(".") not in _TITLE_WORDS
                   for w in before):
        return " ".join(words[len(words) - run:])
    return phrase


def _strip_trailing_fillers(prefix: str) -> str:
    words = prefix.split()
    while words and (words[-1].lower() in _TRAILING_FILLERS or _is_adverb(words[-1])):
        words.pop()
    return " ".join(words)


def _filler_only(prefix: str) -> bool:
    words = [w.lower() for w in prefix.split() if any(c.isalnum() for c in w)]
    return all(w in _LEADING_FILLERS or w in _TRAILING_FILLERS or _is_adverb(w) for w in words)


# "... who agents said were ...": a speaker between a relative pronoun and its verb.
_RELATIVE_SPEAKER = re.compile(
    r"(?<![^\s,])(?:who|whom|which)\s++((?:[\w'\u2019.-]++\s++){0,3}?[\w'\u2019.-]++)\s*+$")


def _speaker_like(phrase: str) -> bool:
    """A noun phrase that can speak, not a verb phrase ("who declined to be named said"):
    a name, a phrase with a determiner, or a speaker noun alone ("agents", "police")."""
    first, *rest = phrase.split()
    if rest:
        return _is_capitalised(first) or first.lower() in _DETERMINERS
    return _is_capitalised(first) or first.lower() in _SPEAKER_NOUNS


def _next_to_quote(text: str, verb: re.Match[str], segment: _Segment) -> bool:
    return bool(segment.after_quote or _QUOTE_FOLLOWS.match(text, verb.end())
                or _QUOTE_BEFORE.search(text, max(0, segment.start - 3), verb.start()))


def _adjective_before(text: str, verb: re.Match[str]) -> bool:
    return bool(_ADJECTIVE_AFTER.search(text, max(0, verb.start() - 8), verb.start()))


_Frame = Callable[[str, re.Match[str], _Segment], object]
# A speech verb in a frame where nobody speaks: the verbs it holds for (None: any), and the
# test of the frame on the text, the verb and its segment.
_NOT_SPEAKING: tuple[tuple[frozenset[str] | None, _Frame], ...] = (
    # "Roe, alleged to have ...", "said to be": a hedge on Roe, not Roe speaking
    (None, lambda text, verb, _segment: _BE_OR_HAVE.match(text, verb.end())),
    # "nine alleged violations": an adjective
    (frozenset({"alleged"}), lambda text, verb, _segment: _adjective_before(text, verb)),
    # "Jane Roe revealed as the new host", "the changes announced by Roe": passives
    (_PASSIVE_WITH_AS, lambda text, verb, _segment: _AS_AFTER.match(text, verb.end())
     or _BY_AFTER.match(text, verb.end())),
    # "was charged with murder"; "prosecutors charged that ...": an allegation
    (_CHARGING, lambda text, verb, _segment: not _THAT_AFTER.match(text, verb.end())),
    # "spoke at the rally", "spoke with Msgr. Roe"; "spoke to ONE News" is told
    (_SPEAKING_TO, lambda text, verb, segment: not _spoke_to_outlet(text, verb.end(), segment.end)),
    # '"Why?" she asked', 'a man screamed, "No!"'; not "the crowd shouted slogans"
    (_NEXT_TO_QUOTE_ONLY, lambda text, verb, segment: not _next_to_quote(text, verb, segment)),
    # "Carter added 12 for the Bulldogs", "Drake countered with a 9-2 run"
    (_SCORING_VERBS, lambda text, verb, _segment: _SCORED.match(text, verb.end())),
    # "Criminals have posted attack code": a thing put up, not words
    (_POSTING, lambda text, verb, segment: not segment.after_quote
     and not _POSTED_WORDS.match(text, verb.end())),
    # "Breaking the record adds to his legend"; not "Roe added to the messages:"
    (_ADDING, lambda text, verb, segment: _ADDS_TO.match(text, verb.end())
     and text[segment.end:segment.end + 1] != ":"),
    # "The team maintained a comfortable margin": kept, not said
    (_MAINTAINING, lambda text, verb, _segment: not _MAINTAINED_WORDS.match(text, verb.end())),
    # "The Emmys added a category", "The standings have claimed another coach"
    (_THING_VERBS, lambda text, verb, _segment: _A_THING.match(text, verb.end())),
    (_OBJECT_VERBS, lambda text, verb, segment: _PASSIVE_AFTER.match(text, verb.end())
     or _adjective_before(text, verb) or _SUBORDINATE.search(text, segment.start, verb.start())),
    # "federal financial reporting charges": a noun's modifier
    (frozenset({"reporting"}), lambda text, verb, _segment: _NOUN_AFTER.match(text, verb.end())),
)


def _speaker_at(text: str, segments: list[_Segment], index: int,
                verb: re.Match[str]) -> _Speaker | None:
    segment = segments[index]
    word = verb.group()
    if any((verbs is None or word in verbs) and frame(text, verb, segment) for verbs, frame in _NOT_SPEAKING):
        return None
    weak = verb.group() in _WEAK_VERBS
    following = _SPEECH_WORD.match(text, verb.end() + 1)
    if verb.group().endswith("s") and following and following.group() in _SAYING_NOT_SHOWING:
        return None  # "reports said": the first word is a noun
    prefix = text[segment.start:verb.start()]
    via = _medium_after(text, verb.end(), segment.end) if verb.group() in ("told", "tells") else None
    if via is None and not weak:
        # "said yesterday to the Times", not "announced updates to the MacBook line"
        to = _TO_AFTER_VERB.match(text, verb.end(), segment.end)
        via = _medium_after(text, to.end(), segment.end) if to else None
    position = segment.start
    weak = weak or verb.group() in _NOUN_LIKE_VERBS
    if verb.group().endswith("ing"):
        prefix = re.sub(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s*$", "", prefix.rstrip())
    elif verb.group() in ("say", "tell"):
        prefix = re.sub(r"\b(?:did|does|do)\s*$", "", prefix.rstrip())  # "Police did say that ..."
    parenthetical = _RELATIVE_SPEAKER.search(prefix)
    if parenthetical and parenthetical.group(1).lower() in _PRONOUNS:
        return None  # "the man who they say hit a woman": what is said of the man, in passing
    if parenthetical and not weak and _speaker_like(parenthetical.group(1)) and \
            (subject := _clean_subject(parenthetical.group(1))):
        # "men who agents said were his confederates": the agents say it, of the men
        return _Speaker(subject, segment.start + parenthetical.start(1), via=via)
    if index > 0 and _STATE_ABBREVIATION.fullmatch(prefix.strip()):
        prefix = ""  # "..., the county attorney in Mohave County, Az.said": the place ends a title
    coordinated = re.match(r"(.*\S)\s+(?:and|but)\s*$", _strip_trailing_fillers(prefix), re.DOTALL)
    if coordinated and not weak:
        # "Roe made the announcement on Friday and said": the subject of the first verb
        subject = _leading_subject(coordinated.group(1))
        return _Speaker(subject, segment.start, via=via) if subject else None
    if not _filler_only(prefix):
        subject = _clean_subject(prefix)
        if subject and verb.group() in SPEECH_VERBS and _SUBORDINATE_SUBJECT.search(subject):
            # Only "said" and "told": "while Roe added six rebounds" speaks of a game.
            subject, position = _subordinate_subject(prefix, position) or (subject, position)
        if subject and _BUT.search(subject):
            subject = None  # "but" joins two clauses, never two speakers
        parts = re.split(r"\b(?:and|but)\s", prefix)
        if (subject is None or _CLAUSE_BEFORE_AND.search(subject)) and len(parts) > 1:
            # "Roads were closed and police said ...": the subject of the second clause
            position, prefix = position + len(prefix) - len(parts[-1]), parts[-1]
            subject = None if _filler_only(prefix) else _clean_subject(prefix)
            subject = subject and _trailing_name(subject)
        if subject is not None and _may_say(subject, verb.group()):
            subject, position = _named_before(text, segments, index, subject) or (subject, position)
            return _Speaker(subject, position, via=via, weak=weak, according=verb.group() in _RELAY_VERBS)
        if not _filler_only(prefix):
            return None
    if weak:
        if index > 0 and verb.group() in _NOUN_LIKE_VERBS and verb.group() in _INVERTIBLE and \
                not segment.after_quote and verb.start() - segment.start <= 1:
            # "..., reports the Tribune.": a verb that opens its clause, its speaker after it.
            inverted = _inverted(text, segment, verb, segments, index)
            return inverted if inverted and _kind_of(inverted.phrase) == "named" else None
        return None
    if re.search(r"\b(?:and|but)\b", text[segment.start:verb.start()], re.IGNORECASE):
        # "Roe could not say why, but said ...": the subject of the sentence
        subject = _leading_subject(text[segments[0].start:segments[0].end])
        return _Speaker(subject, segments[0].start, via=via) if subject else None
    if index == 0 and not segment.after_quote:
        return None
    inverted = _inverted(text, segment, verb, segments, index)
    if inverted and not segment.after_quote and index <= 3 and _opens_with_name(text, segments[0]):
        # "Jane Roe, the group's founder, said the regime ...": Roe speaks, of the regime
        inverted = None
    if inverted or segment.after_quote:
        return inverted
    found = _walk_back(text, segments, index)
    return _Speaker(found.phrase, found.position, via=via) if found else None


def _named_before(text: str, segments: list[_Segment], index: int,
                  subject: str) -> tuple[str, int] | None:
    """"Jane Roe, the fire chief at the station says ...": the name before the comma, and
    where it starts, when the subject after it only says who she is."""
    if index == 0 or _is_full_name(subject):
        return None
    before = segments[index - 1]
    name = text[before.start:before.end].strip()
    if not _is_full_name(name) or _adverbial(name) or text[before.end:before.end + 1] != ",":
        return None
    return name, before.start


def _according(text: str, segment: _Segment) -> _Speaker | None:
    match = _ACCORDING.search(text, segment.start, segment.end)
    if not match:
        return None
    phrase = text[match.end():segment.end].strip(" .!?")
    phrase = re.split(r"\s+(?:cited|quoted)\s+(?:by|in)\b", phrase, maxsplit=1)[0]
    first = phrase.split(maxsplit=1)
    if first and first[0].lower() in _WH_WORDS:
        return None  # "tag photos according to who is in them": a manner, not a source
    phrase = _without_date_of_issue(_source_only(phrase))
    # "according to her publicist, Jane Roe." names the publicist
    apposition = re.match(r",\s*([^,;:.!?]+?)\s*[.!?]?\s*$", text[segment.end:])
    if apposition and _is_full_name(apposition.group(1)):
        return _Speaker(apposition.group(1), match.start(), according=True)
    return _Speaker(phrase, match.start(), according=True) if phrase else None


def _quoted_as(text: str, segments: list[_Segment], index: int) -> _Speaker | None:
    segment = segments[index]
    if not _may_contain(text[segment.start:segment.end], ("quote", "cite")):
        return None
    match = _QUOTED_AS.search(text, segment.start, segment.end)
    if match:
        medium = _tidy(text[segment.start:match.start()])
        speaker = _OBJECT_PRONOUNS.get(match.group(1).lower(), match.group(1))
        return _Speaker(speaker, match.start(1), via=medium or None)
    match = _QUOTED_BY.search(text, segment.start, segment.end)
    if not match:
        return None
    subject = _tidy(text[segment.start:match.start()])
    if not subject and index > 0:
        # "Jane Roe, the governor, was quoted by ... as saying"
        subject = _leading_subject(text[segments[0].start:segments[0].end]) or ""
    return _Speaker(subject, segment.start, via=_tidy(match.group(1))) if subject else None


def _spoken_passive(text: str, segments: list[_Segment], index: int) -> _Speaker | None:
    segment = segments[index]
    if not _may_contain(text[segment.start:segment.end], ("quoted", "heard", "recorded")):
        return None
    match = _SPOKEN_PASSIVE.search(text, segment.start, segment.end)
    if match is None:
        return None
    subject = _clean_subject(text[segment.start:match.start()])
    if subject is None and index > 0 and not text[segment.start:match.start()].strip():
        return _walk_back(text, segments, index)  # "The governor, Jane Roe, was heard saying"
    return _Speaker(subject, segment.start) if subject else None


# "It has been confirmed by publicist Jane Roe that ...": the agent of a passive of saying.
_CONFIRMED_BY = re.compile(
    r"\b(?:was|were|is|are|been)\s++(?:confirmed|announced|reported|revealed|stated|disclosed)\s++by\s++"
    r"((?:[\w.'\u2019-]++\s++){0,6}?[\w.'\u2019-]++)(?=\s++that\b)", re.IGNORECASE)


def _confirmed_by(text: str, segment: _Segment) -> _Speaker | None:
    if not _may_contain(text[segment.start:segment.end], (" by ",)):
        return None
    match = _CONFIRMED_BY.search(text, segment.start, segment.end)
    if match is None or not any(_is_capitalised(word) for word in match.group(1).split()):
        return None
    return _Speaker(match.group(1), match.start(1))


def _without_date_of_issue(phrase: str) -> str:
    """ "a prison statement Monday" -> "a prison statement"; "an advisory issued today" ->
    "an advisory": when it was issued says nothing of who issued it."""
    words = phrase.split()
    kept = _without_trailing_time(words)
    if len(kept) < len(words) and len(kept) > 2 and kept[-1].islower() and kept[-1].endswith("ed"):
        kept = kept[:-2] if kept[-2].lower() == "also" else kept[:-1]
    return " ".join(kept)


def _source_only(phrase: str) -> str:
    """With no comma after it, the source runs into the clause it sources: "according to the
    Commission the turnout was high", "according to the AP and was put out by ..."."""
    words = _CLAUSE_VERB.split(phrase, maxsplit=1)[0].split()
    for index in range(1, len(words)):
        # A noun phrase starts again with no word to join it: the clause's subject.
        if words[index] in ("the", "a", "an") and words[index - 1].lower() not in _JOINING:
            return " ".join(words[:index])
    return " ".join(words)


def _candidates(text: str, start: int, end: int, spans: Sequence[Span],
                segments: list[_Segment] | None = None) -> list[tuple[int, _Speaker]]:
    if segments is None:
        segments = _segments(text, start, end, spans)
    found: list[tuple[int, _Speaker]] = []
    for index, segment in enumerate(segments):
        carried = _according(text, segment) or _quoted_as(text, segments, index) \
            or _spoken_passive(text, segments, index) or _confirmed_by(text, segment)
        if carried:
            found.append((index, carried))
            continue
        for verb in _verbs(text, segment):
            speaker = _speaker_at(text, segments, index, verb)
            if speaker:
                found.append((index, speaker))
                break
    if not found:
        found = _participle_speaker(text, segments) or _by_saying(text, segments)
    return found


# "Jeffs ended his speech by saying, ...", "Apple stunned the industry by saying ...".
_BY_SAYING = re.compile(r"\bby\s++(?:saying|telling|stating|announcing)\b")


def _by_saying(text: str, segments: list[_Segment]) -> list[tuple[int, _Speaker]]:
    """The subject of the clause that says something by saying it, when that clause opens
    with it (not "the attack, which the navy announced by saying ...")."""
    for index, segment in enumerate(segments):
        match = _BY_SAYING.search(text, segment.start, segment.end)
        if match is None:
            continue
        clause = text[segment.start:match.start()]
        if _RELATIVE.search(clause):
            return []
        subject = _leading_subject(clause)
        if subject:
            return [(index, _Speaker(subject, segment.start))]
        found = _walk_back(text, segments, index) if index > 0 else None
        return [(index, found)] if found else []  # "The president-elect, Barack Obama, broke ..."
    return []


def _participle_speaker(text: str, segments: list[_Segment]) -> list[tuple[int, _Speaker]]:
    """'Roe left the room, saying ...': the speaker is the subject of the sentence."""
    for index, segment in enumerate(segments[1:], start=1):
        words = text[segment.start:segment.end].split()
        if words and words[0].lower() in _TAIL_PARTICIPLES and not _takes_object(words):
            # "On March 3, Roe directed ..., stating": past an opening adverbial.
            first = 1 if index > 1 and _adverbial(text[segments[0].start:segments[0].end]) else 0
            subject = _leading_subject(text[segments[first].start:segments[first].end])
            if subject:
                return [(first, _Speaker(subject, segments[first].start))]
            # "The prime minister, Jane Roe, issued a statement, saying ...": the name
            pieces = [(s.start, text[s.start:s.end].strip()) for s in segments[:index]]
            names = [(start, piece) for start, piece in pieces if _is_full_name(piece)]
            return [(0, _Speaker(names[0][1], names[0][0]))] if names else []
    return []


def _is_time(clause: str) -> bool:
    """Only a time: "Last June", "Earlier this year", "In 2003", "Tuesday night"."""
    words = clause.split()
    while words and words[0].lower().split("-")[0] in _TIME_MODIFIERS:
        words.pop(0)
    return _TIME_WORD.fullmatch(" ".join(words)) is not None


def _takes_object(words: list[str]) -> bool:
    """ "adding three years to his sentence", "adding to the confusion": no speech."""
    following = words[1].lower() if len(words) > 1 else ""
    return words[0].lower() == "adding" and (
        following == "to" or following in UNITS or following[:1].isdigit())


def _adverbial(clause: str) -> bool:
    """A clause that only sets the scene: "On March 3", "However", "In Brussels", "Last June"."""
    words = clause.lower().split()
    return not words or words[0] in _PREPOSITIONS or all(word in _LEADING_FILLERS for word in words) \
        or _is_time(clause)


def _leading_subject(clause: str) -> str | None:
    """The proper name, definite office or pronoun a clause opens with."""
    words = [w for w in clause.split() if any(c.isalnum() for c in w)]
    while words and words[0].lower() in _LEADING_FILLERS:
        words.pop(0)
    if words and words[0].lower() in _PRONOUNS:
        return words[0] if words[0].lower() in _THIRD_PERSON else None
    taken = []
    for index, word in enumerate(words):
        lowered = word.lower().rstrip(".")
        next_capitalised = index + 1 < len(words) and _is_capitalised(words[index + 1])
        if not (_is_capitalised(word) or lowered in _DETERMINERS or lowered in _TITLE_WORDS
                or lowered in _SPEAKER_NOUNS
                or next_capitalised and not lowered.endswith(("ed", "s"))):
            break
        taken.append(word)
    while taken and taken[-1].lower() in _DETERMINERS:
        taken.pop()
    following = words[len(taken)].lower() if len(taken) < len(words) else ""
    if following in _PREPOSITIONS or taken and taken[0].lower() in _PREPOSITIONS:
        return None  # "Shortly after ...", "In April ...": an adverbial, not the subject
    return " ".join(taken) or None


def _outermost(text: str, start: int, end: int, spans: Sequence[Span]) -> _Speaker | None:
    """The attribution the whole sentence rests on."""
    segments = _segments(text, start, end, spans)
    found = _candidates(text, start, end, spans, segments)
    if found:
        last = _last_clause(text, segments)
        trailing = [speaker for index, speaker in found if index == last]
        if trailing and not trailing[0].weak:
            return _relayed(trailing[0], [speaker for index, speaker in found if index < last])
        return found[0][1]
    bare = _BARE_TRAILING.search(_masked(text, start, end, spans))
    if bare and len(text[start:end].split()) > 4:
        return _Speaker(bare.group(1), start + bare.start(1))
    return None


# "Roe said ..., the Times reported" relays as "according to the Times" does.
_RELAY_VERBS = frozenset(("report", "reports", "reported"))


def _relayed(trailing: _Speaker, earlier: list[_Speaker]) -> _Speaker:
    """"Roe said ..., according to the Times" (or "..., the Times reported"): Roe said it,
    and the Times carried it."""
    if not trailing.according:
        return trailing
    speakers = [speaker for speaker in earlier if not speaker.weak and not speaker.according]
    # Only a speaker the sentence names: "the suspect told officers ..., according to
    # police" rests on the police, who say who the suspect is.
    if not speakers or speakers[0].via or _kind_of(speakers[0].phrase) != "named":
        return trailing
    return _Speaker(speakers[0].phrase, speakers[0].position, via=trailing.phrase)


def _last_clause(text: str, segments: list[_Segment]) -> int:
    """Index of the sentence's final clause, past participial tails (", adding ...")."""
    for index in range(len(segments) - 1, -1, -1):
        words = text[segments[index].start:segments[index].end].split()
        if words and words[0].lower() not in _NOT_A_MAIN_CLAUSE \
                and words[0].lower() not in _INDEFINITE:
            return index
    return -1


def _masked(text: str, start: int, end: int, spans: Sequence[Span]) -> str:
    chars = list(text[start:end])
    for a, b in spans:
        first, last = max(a, start), min(b, end)
        if first < last:
            chars[first - start:last - start] = " " * (last - first)
    return "".join(chars)


def _sentence_bounds(text: str, position: int, *, forward: bool) -> int:
    if forward:
        match = _SENTENCE_END.search(text, position)
        return match.end() if match else len(text)
    # A line break ends a sentence: the search need not go back past the line's start.
    line_break = text.rfind("\n", 0, position)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(line_break, 0), position)]
    return ends[-1] if ends else 0


def _quotation_speaker(text: str, start: int, end: int, spans: Sequence[Span]) -> _Speaker | None:
    """For a sentence inside a quotation: the attribution next to that quotation."""
    for a, b in spans:
        if a >= end or b <= start or _word_count(text[a:b]) < MIN_QUOTE_WORDS:
            continue
        after = _outermost(text, b, _sentence_bounds(text, b, forward=True), spans)
        if after:
            return after
        before = len(text[:a].rstrip())
        return _outermost(text, _sentence_bounds(text, before - 1, forward=False), before, spans)
    return None


# --- classifying a speaker --------------------------------------------------------------

def _head(phrase: str) -> str:
    """The phrase up to its first preposition or relative clause: "a friend of the actress"
    -> "a friend", "the official who uses one name" -> "the official"."""
    return re.split(r"\s+(?:of|for|at|from|in|with|near|close|along|on|familiar|within|to|by|who|whom|"
                    r"whose|which|that)\s+", phrase, maxsplit=1)[0]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") not in _DETERMINERS


def _has_name(phrase: str) -> bool:
    words = _words(phrase)
    return any(_is_capitalised(w) and w.lower() not in _COMMON_SPEAKERS
               and w.lower().rstrip(".") not in _TITLE_WORDS for w in words[1:]) or (
        bool(words) and _is_capitalised(words[0]) and words[0].lower() not in _NOT_A_NAME)


_TITLE_WORDS = frozenset(TITLES) | frozenset(
    "mr mrs ms dr prof gen gov sen rep lt col capt sgt cpl adm cmdr rev hon minister "
    "officer const det insp supt".split()
)
# Unions of the word lists above, made once rather than at each word tested.
_SAYING = _SPEECH_VERBS | _WEAK_VERBS
_SAYING_NOT_SHOWING = _SAYING - _EVIDENCE_VERBS  # "says show boss Jane Roe"
_NOT_IN_SUBJECT = _FINITE | {"said", "told", "says", "tells"}
_COMMON_SPEAKERS = _ANONYMOUS_HEADS | _INSTITUTIONS
_SPEAKER_NOUNS = _COMMON_SPEAKERS | _SPOKESPEOPLE
# Not "the source": a source is unnamed by calling.
# A role before a name: "Bureau of Prisons spokesman Al Quintero", "the firm's lawyer Jane Roe".
_ROLE_WORDS = _SPOKESPEOPLE | _REPRESENTATIVES | _TITLE_WORDS
_ROLE_NOUNS = (_ANONYMOUS_HEADS | _SPOKESPEOPLE | _REPRESENTATIVES) - frozenset(
    "source insider rumour rumor report".split())
_SOURCE_HEADS = _SPEAKER_NOUNS | _TITLE_WORDS
_NOT_A_NAME = _COMMON_SPEAKERS | _TITLE_WORDS | _INDEFINITE | _LEADING_FILLERS | _PRONOUNS
_TAIL_PARTICIPLES = _PARTICIPLES - {"citing"}
_NOT_A_MAIN_CLAUSE = _PARTICIPLES | {"who", "which", "whose"}
_DEFINITE = _DETERMINERS - {"a", "an"}


def _source_like(phrase: str) -> bool:
    """Could this phrase be a source of information ("reports", "Jane Roe", "she")?"""
    words = _words(_head(phrase))
    if not words:
        return False
    head = words[-1].lower().rstrip(".")
    if len(words) == 1 and head in _PRONOUNS - {"it"}:
        return True
    return head in _SOURCE_HEADS or (
        _is_capitalised(words[-1]) and head not in _PRONOUNS)


def _may_say(subject: str, verb: str) -> bool:
    """Weak verbs need a source-like subject; verbs that are also plural nouns need a name."""
    if verb in _NOUN_LIKE_VERBS:
        words = _words(_head(subject))
        return bool(words) and _is_capitalised(words[-1])
    if verb in _EVIDENCE_VERBS:
        words = _words(_head(subject))
        return bool(words) and words[-1].lower() in _EVIDENCE
    return verb not in _WEAK_VERBS or _source_like(subject)


# Speakers recur ("he", "police", the same name paragraph after paragraph): each is read once.
@lru_cache(maxsize=4096)
def _kind_of(phrase: str) -> str:
    """"pronoun", "back", "anonymous" or "named" for a speaker phrase.

    Of "Jane Roe and other officials" the named part counts.
    """
    kinds = {_kind_of_one(part) for part in re.split(r"\s+and\s+", _head(phrase)) if part.strip()}
    if len(kinds) > 1 and "named" in kinds:
        return "named"
    return _kind_of_one(phrase)


_CONTRACTED = re.compile("['\u2019](?:ve|re|ll|d)$")


def _kind_of_one(phrase: str) -> str:
    words = _words(phrase)
    lowered = [w.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s") for w in words]
    if not words:
        return "anonymous"
    if len(words) == 1 and _CONTRACTED.sub("", lowered[0]) in _PRONOUNS:
        return "pronoun"  # "They've argued that ..."
    head_words = _words(_head(phrase))
    head = head_words[-1] if head_words else words[-1]
    head_lower = head.lower().rstrip(".")
    definite = lowered[0] in _DEFINITE
    if {"anonymous", "unnamed", "unidentified"} & set(lowered):
        return "anonymous"
    if _named_then_described(phrase, words):
        return "named"  # "Henri Roe a local health official", "Head of the agency Captain Doe"
    if (head_lower in _BACK_REFERENCES or head_lower in _DOCUMENTS) and _owned_by_a_body(words):
        return "named"  # "the county's annual safety report": its issuer is said
    if head_lower in _BACK_REFERENCES and lowered[0] == "the" and not _has_name(phrase):
        return "back"
    if _is_public_record(lowered):
        return "named"  # "court records", "a police affidavit", "a statement from her office"
    if {w.lower() for w in head_words} & _DOCUMENTS and (_has_name(phrase) or any(
            _is_capitalised(w) and w.lower() in _INSTITUTIONS for w in words[1:])):
        return "named"  # "a poll published by the Herald", "a Defence Ministry statement"
    if {w.lower() for w in head_words} & _DOCUMENTS and _issued_by_a_body(lowered):
        return "named"  # "a report by the ministry", "data from the agency": as "the ministry said"
    if head_lower in _SPOKESPEOPLE:
        return "named" if _has_name(phrase) else "anonymous"
    if head_lower in _REPRESENTATIVES and any(
            word.endswith(("'s", "\u2019s")) and _is_capitalised(word) for word in head_words[:-1]):
        return "named"  # "Jane Roe's lawyer": the one who speaks for a named person
    if head_lower in _OFFICES and lowered[0] == "the":
        return "named"  # "the district attorney": one identifiable office holder
    if head_lower in _ANONYMOUS_HEADS:
        return "anonymous"
    if lowered[0] in _INDEFINITE and (not _has_name(_head(phrase)) or head.islower()):
        return "anonymous"  # "an Eastern Conference executive": someone of a named body
    if head_lower in _INSTITUTIONS or head_lower in _TITLE_WORDS and definite:
        return "named"
    if len(words) == 1 and head_lower in _TITLE_WORDS and words[0][:1].isupper():
        return "named"  # "King said": with no article, a title word alone is a surname
    if _unnamed_group(head, head_words):
        return "anonymous"  # "Mob deserters", "Former New York City detectives": no one named
    if _has_name(_head(phrase)):
        return "named"
    if head_lower in _TITLE_WORDS and _is_person(_trailing_name(phrase)):
        return "named"  # "Chief of Detectives Charlie Beck": a title, its office, then a name
    if lowered[0] in _POSSESSIVES:
        return "anonymous"  # "said his girlfriend": who she is to him, not who she is
    plural = head_lower.endswith("s") and not head_lower.endswith("ss")
    # "the star said" is someone the article has identified; "the three holdouts" are not.
    return "back" if definite and not plural else "anonymous"


def _issued_by_a_body(lowered: list[str]) -> bool:
    """Whether a document's phrase gives its issuer as a body: "by the ministry"."""
    return any(word in ("by", "from") and lowered[index + 1:index + 2] == ["the"]
               and lowered[index + 2:index + 3] and lowered[index + 2] in _INSTITUTIONS
               for index, word in enumerate(lowered))


def _owned_by_a_body(words: list[str]) -> bool:
    """Whether a phrase names a body as its owner: "the county's", "the ministry's"."""
    owners = [word.lower()[:-2] for word in words if word.lower().endswith(("'s", "\u2019s"))]
    return any(owner in _INSTITUTIONS for owner in owners)


_NAME_THEN_ROLE = re.compile(
    r"(?<![\w.'\u2019-])((?:[A-Z][\w.'\u2019-]*+[ \t]++){1,3}[A-Z][\w.'\u2019-]*+)[ \t,]++(?:a|an|the)[ \t]")


# Public records a reader can ask for, whoever wrote them: on the record, not anonymous.
_RECORDS = frozenset(
    "records record document documents affidavit indictment complaint charges filing filings transcript"
    .split())


# A document someone issued: "a message from the commission", "a statement of the organisers".
_ISSUED_DOCUMENTS = frozenset(
    "statement message letter resolution notice release announcement testimony excerpt journal journals diary"
    .split())


def _is_public_record(lowered: list[str]) -> bool:
    """ "court records", "the criminal charges", "a police affidavit"; a statement by, from or
    of someone ("a statement from her office"). Not "reports", which may be anyone's."""
    if lowered[-1] in _RECORDS:
        return True
    return any(word in _ISSUED_DOCUMENTS and following in ("by", "from", "of")
               for word, following in zip(lowered, lowered[1:], strict=False))


def _named_then_described(phrase: str, words: list[str]) -> bool:
    """A person's name, then who they are ("Jane Roe a local health official"); or a title
    and a surname that end the phrase ("Head of the agency Captain Roe")."""
    leading = _NAME_THEN_ROLE.match(phrase)
    if leading and _is_person(leading.group(1)):
        return True
    # Not "a source close to President Doe", "a representative for Mr. Doe": whom they serve.
    return len(words) >= 3 and words[-2].lower().rstrip(".") in _TITLE_WORDS and _is_capitalised(words[-1]) \
        and words[-1].lower() not in _NOT_A_NAME and not words[-1].isupper() \
        and words[-3].lower() not in _PREPOSITIONS and words[0].lower() not in _INDEFINITE


def _unnamed_group(head: str, head_words: list[str]) -> bool:
    """A plural common noun heads the phrase, and no one it belongs to is named ("Jane Roe's
    neighbours" are hers): people the article does not name, however their place is."""
    plural = head.islower() and head.endswith("s") and not head.endswith("ss")
    return plural and not any(word.endswith(("'s", "\u2019s")) and _is_capitalised(word)
                              for word in head_words[:-1])


def _earlier_sources(text: str, start: int, end: int, spans: Sequence[Span], *,
                     keep: Callable[[str], bool]) -> list[str]:
    """The speakers (and issuers of statements) in ``text[start:end]`` that a pronoun or
    "the statement" can stand for, in reading order: named or described, not pronouns, and
    those ``keep`` keeps."""
    found: list[tuple[int, str]] = []
    cursor = start
    while cursor < end:
        stop = min(_sentence_bounds(text, cursor + 1, forward=True), end)
        found += [(speaker.position, speaker.phrase) for _, speaker in _candidates(text, cursor, stop, spans)]
        cursor = max(stop, cursor + 1)
    for match in _ISSUED.finditer(_masked(text, start, end, spans)):
        subject = _clean_subject(match.group(1))
        if subject:
            found.append((start + match.start(), subject))
    return [phrase for _, phrase in sorted(found)
            if _kind_of(phrase) in ("named", "anonymous") and keep(phrase)]


def _resolved(source: str | None, via: str | None) -> Attribution:
    """A pronoun's attribution: what it stands for, or a named source not found nearby."""
    if source is None:
        return Attribution(AttributionKind.NAMED, None, via)
    return Attribution(AttributionKind(_kind_of(source)), _tidy(source), via)


def attribute(sentence: str, *, paragraph_context: str = "") -> Attribution:
    """Who the article says the sentence comes from (see the module notes)."""
    paragraph = paragraph_context if sentence and sentence in paragraph_context else sentence
    start = paragraph.find(sentence)
    return attribute_span(paragraph, start, start + len(sentence))


def read_sentence(text: str, start: int, end: int, spans: Sequence[Span]) -> tuple[Attribution, Certainty]:
    """Attribution and certainty of the sentence ``text[start:end]`` of a whole article.

    ``spans`` are the article's ``quote_spans``; the paragraph is the sentence's line,
    widened to the lines of a quotation it belongs to.
    """
    first, last = quotation_context(text, start, end, spans)
    attribution, pronoun = _read_span(text[first:last], start - first, end - first)
    in_quote = in_quotation(text, start, end, spans)
    opening = first if in_quote and (first == 0 or text[first - 1] == "\n") else start
    if attribution.kind is AttributionKind.NONE and (opening == 0 or text[opening - 1] == "\n"):
        # A transcript's turn ('Roe: "Yes, sir.') names its speaker, for the lines of its
        # quotation too, before any quotation above.
        labelled = _labelled(text[opening:_line_end(text, opening)])
        if labelled is not None:
            attribution, in_quote = labelled
    if in_quote and attribution.kind is AttributionKind.ANONYMOUS and attribution.source is None:
        # "'...,' he added - but it is thought ...": the quotation's speaker before the hearsay
        previous = _previous_speaker(text, first, spans)
        attribution = previous if previous.kind is not AttributionKind.NONE else attribution
    if in_quote and attribution.kind is AttributionKind.NONE:
        lead_end = _line_end(text, first)
        if lead_end < start and not in_quotation(text, first, lead_end, spans):
            # The quotation's paragraph opens with a lead-in: "... such as Dr Jane Roe:",
            # "Jane Roe, director of ..., was blunt:" (before any quotation above it).
            attribution = _introduced(text, first, lead_end, spans)
        if attribution.kind is AttributionKind.NONE:
            attribution = _previous_speaker(text, first, spans)
    if isinstance(pronoun, _DocumentNoun):
        # "..., the message said." two paragraphs after "a message from the commission said"
        holder = _document_holder(text, first, spans, pronoun)
        attribution = _resolved(holder, attribution.via) if holder else attribution
        pronoun = None
    if pronoun == "it" and _document_before(_masked(text, start, end, spans)):
        # As for "The indictment says": an unnamed document speaks for whoever issued it.
        attribution = Attribution(AttributionKind.NAMED, None, attribution.via)
    elif pronoun in ("he", "she") and (subject := _paragraph_person(text, first, start)) is not None:
        # 'Jane Roe, the chief executive, visited the site. "...," she said.': the person
        # the paragraph is about, who has not spoken before in it.
        attribution = _resolved(subject, attribution.via)
    elif pronoun and first > 0 and not _names_before_pronoun(_masked(text, start, end, spans), pronoun):
        attribution = _resolved(_only_speaker(text, first, spans, pronoun), attribution.via)
    if attribution.kind is AttributionKind.ANONYMOUS and (role := _ROLE.fullmatch(attribution.source or "")) \
            and not _ANONYMITY.search(_masked(text, start, end, spans)):
        holder = _role_holder(text, start, spans, role.group(1).lower())
        attribution = _resolved(holder, attribution.via) if holder else attribution
    title = _BARE_TITLE.fullmatch(attribution.source or "")
    if attribution.kind is AttributionKind.NAMED and title:
        holder = _title_holder(text, start, spans, title.group(1).lower())
        attribution = _resolved(holder, attribution.via) if holder else attribution
    if attribution.via and _listener(text, attribution.via):
        attribution = Attribution(attribution.kind, attribution.source)
    cited = _CITING.search(text, start, end) if attribution.source and attribution.via is None else None
    if cited and _kind_of(cited.group(1)) in ("named", "anonymous"):
        # "..., the Press Democrat reported, citing Felt's grandson Nick Jones": the grandson
        # speaks, through the paper.
        attribution = _resolved(cited.group(1), attribution.source)
    if attribution.source is not None and attribution.via is None:
        via = _medium_in(text, start, end)
        attribution = Attribution(attribution.kind, attribution.source, via) if via else attribution
    return attribution, certainty_of(text[start:end], in_quote=in_quote)


_CITING = re.compile(
    r"\b(?:reported|reports|reporting)\b[^,.;:]{0,40},\s++citing\s++((?:[\w.'\u2019-]++\s++){0,9}?[\w.'\u2019-]++)"
    r"\s*+(?:[.,;()]|$)")
# "in an email to The Canadian Press", "telling the Deseret News": the outlet the speaker used.
_TO_OUTLET = re.compile(r"\b(?:(?:[Ii]n|[Bb]y|[Dd]uring)\s++(?:an?|his|her|their)\s++"
                        r"(?:e-?mail|letter|interview|message|statement|phone\s++interview)\s++to|telling"
                        r"|Speaking\s++to|Talking\s++to|(?<=,\s)(?:speaking|talking)\s++to"
                        r"|[Ii]n\s++an\s++interview\s++with)"
                        r"\s++(?=(?:the\s++)?[A-Z])")


def _medium_in(text: str, start: int, end: int) -> str | None:
    found = _TO_OUTLET.search(text, start, end)
    if found is None:
        return None
    medium = _medium_after(text, found.end(), end)
    # "the Deseret News" is an outlet; "telling Jane Roe" tells a person.
    if medium is None or not medium.lower().startswith("the ") and _is_person(medium):
        return None
    return medium


# A line that opens with its source and a colon: "Lawyer: Jane Roe checks into rehab" (a
# headline's way of saying who says it), "Jane Roe: I'd like to say ..." (a transcript).
_LABEL = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w.'\u2019-]*+(?:\s[A-Z][\w.'\u2019-]*+){0,5}):\s++(?=\S)")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|We|my|My|our|Our)\b")


def _labelled(sentence: str) -> tuple[Attribution, bool] | None:
    """The source a label before a colon names, and whether what follows is that person's
    own words (a transcript's turn, in the first person): None when the label names no one
    ("Paris: ...", "Kraft Shooting: ...", "Updated: ...")."""
    label = _LABEL.match(sentence)
    if label is None:
        return None
    name, said = label.group(1), sentence[label.end():]
    words = name.split()
    if len(words) == 1 and said[:1] in _QUOTE_MARKS and not name.isupper() and \
            name.lower() not in _NOT_A_NAME:
        return Attribution(AttributionKind.NAMED, name), True  # a transcript's turn: 'Roe: "Yes, sir.'"
    if len(words) == 1 and name.lower() in _BARE_SPEAKERS | _TITLE_WORDS:
        return Attribution(AttributionKind(_kind_of(name)), name), False
    titled = words[0].lower().rstrip(".") in _TITLE_WORDS
    person = _is_person(" ".join(words[1:]) if titled else name)
    if 2 <= len(words) <= MAX_TITLED_NAME and person and _FIRST_PERSON.search(said):
        return Attribution(AttributionKind.NAMED, name), True
    return None


# "the doctor said": one person the article has named in that role, this many paragraphs
# before at most (a quotation may run over several).
ROLE_LINES = 6
_ROLE = re.compile(r"the\s+([a-z]+)(?:\s+(?:who|whom|whose|that)\s.*)?", re.IGNORECASE | re.DOTALL)


def _role_holder(text: str, position: int, spans: Sequence[Span], role: str) -> str | None:
    """For "the doctor said": the one named speaker of the nearest paragraph before (or of
    the start of this one) that has a named speaker, if that paragraph calls someone a
    "doctor" ("Ema Suryani, a doctor at a clinic, told AFP")."""
    if role.endswith("s") or role not in _ROLE_NOUNS:
        return None
    start = _line_start(text, position)
    for _ in range(ROLE_LINES):
        named = _earlier_sources(text, start, position, spans, keep=_is_named)
        if named:
            if re.search(rf"\b{role}\b", text[start:position], re.IGNORECASE) is None or not all(
                    same_source(phrase, named[-1]) for phrase in named):
                return None
            return named[-1]
        if start <= 0:
            break
        position, start = start, _lines_back(text, start, 1)
    return None


# "the officer said": a title with no name, which the article gave its holder before.
_BARE_TITLE = re.compile(r"[Tt]he\s+([a-z]+)")


def _title_holder(text: str, position: int, spans: Sequence[Span], title: str) -> str | None:
    """For "the officer said": the nearest speaker before, within ``ROLE_LINES`` lines, whose
    phrase holds that title ("a naval officer", "Officer Jane Roe"), named or not."""
    if title not in _TITLE_WORDS:
        return None
    return _nearest_source(text, position, spans, keep=lambda phrase: _says_more_than_the(phrase, title))


def _says_more_than_the(phrase: str, noun: str) -> bool:
    """ "a naval officer", "Officer Jane Roe" for "officer"; not "the officer" itself."""
    words = [word.lower() for word in _words(phrase)]
    return noun in words and words != ["the", noun]


def _nearest_source(text: str, position: int, spans: Sequence[Span], *, keep: Callable[[str], bool],
                    skip: int = 0) -> str | None:
    """The last source phrase ``keep`` accepts in the paragraph of ``position`` (before it),
    else in the nearest paragraph before that has one, ``ROLE_LINES`` paragraphs back at most;
    ``skip``: paragraphs not searched, this one first."""
    start = _line_start(text, position)
    for step in range(ROLE_LINES + skip):
        if step >= skip and (found := _earlier_sources(text, start, position, spans, keep=keep)):
            return found[-1]
        if start <= 0:
            break
        position, start = start, _lines_back(text, start, 1)
    return None


class _DocumentNoun(str):
    """What _read_span hands read_sentence, in place of a pronoun, for "the statement said"
    with no issuer named in its paragraph: the noun to look for in the paragraphs before."""


def _document_holder(text: str, position: int, spans: Sequence[Span], noun: str) -> str | None:
    """For "the message said": the nearest source before, within ``ROLE_LINES`` lines, that
    is that document ("a message from the Central Election Commission"), in the paragraphs
    before this one (whose own were searched already)."""

    def is_that_document(phrase: str) -> bool:
        return _says_more_than_the(phrase, noun) and _kind_of(phrase) in ("named", "anonymous")

    return _nearest_source(text, position, spans, keep=is_that_document, skip=1)


def _is_named(phrase: str) -> bool:
    return _kind_of(phrase) == "named"


def _only_speaker(text: str, position: int, spans: Sequence[Span], pronoun: str) -> str | None:
    """For "He added ..." in a paragraph of its own: the speaker of the nearest paragraph
    before that has one, when it has one only and no other "he" ("Roe said he asked how she
    felt" leaves the next "she" open)."""
    forms = _PRONOUN_FORMS.get(pronoun, frozenset((pronoun,)))
    own = _WORD.findall(text[position:_line_end(text, position)])
    named_here = {word for word in own[1:] if word[:1].isupper()}
    for back in range(PRONOUN_LINES):
        if position <= 0:
            break
        start = _lines_back(text, position, 1)
        found = _WORD.findall(text[start:position])
        words = [word.lower() for word in found]
        earlier = _earlier_sources(text, start, position, spans, keep=partial(_can_stand_for, pronoun))
        other = _mentions(words, forms) or bool(earlier) and not forms.isdisjoint(words)
        # "Roe, 32, was going west in his car, Officer Doe said." / "He said he did not know
        # how fast Roe was going.": the sentence names Roe, so its "he" is the other one.
        if other and not (back == 0 and earlier and _named_again(named_here, found, earlier[-1])):
            return None
        if earlier:
            if not all(same_source(phrase, earlier[-1]) for phrase in earlier):
                return None
            return earlier[-1]
        personal = pronoun in ("he", "she")
        if back <= PERSON_SUBJECT_LINES and personal and not _names_person(own, text[:start]) \
                and (subject := _person_subject(text, start, position)) is not None:
            # "Roe also toured the plant on Tuesday. / "...," he told workers.": the person
            # a paragraph just before is about, not a speaker further up.
            return subject
        position = start
    return None


# "he" may stand for the person a paragraph opens with, up to this many paragraphs before
# the one just before (when none between has a speaker): "Weitz has not helmed ..." /
# "Still, the director was taking few chances." / '"I promise ...," he wrote'.
PERSON_SUBJECT_LINES = 1


# A paragraph's first words: a name of two or three words, then a comma or a word in lower case.
_OPENING_PERSON = re.compile(
    r"(?<![ \t])[ \t]*+(?<![\w'\u2019-])"
    r"([A-Z][\w'\u2019-]++(?:[ \t]++[A-Z][\w'\u2019-]++){1,2})(?=,|[ \t]++[a-z])")


def _paragraph_person(text: str, first: int, start: int) -> str | None:
    """The person a paragraph opens with, by full name, when the sentences of it before
    ``start`` name no one else."""
    opening = _OPENING_PERSON.match(text, first, start)
    if opening is None or not _is_full_name(opening.group(1)) or not _is_person(opening.group(1)):
        return None
    rest = _WORD.findall(text[opening.end():start])
    return None if _names_person(rest, text[:opening.end()]) else opening.group(1)


def _person_subject(text: str, start: int, end: int) -> str | None:
    """The person a paragraph opens with as its subject, by the surname alone ("Roe also
    toured ..."), when the article has named that person in full before ("Jane Roe")."""
    opening = _SURNAME_SUBJECT.match(text, start, end)
    if opening is None:
        return None
    return opening.group(1) if _known_surname(text[:start], opening.group(1)) else None


def _names_person(words: list[str], before: str) -> bool:
    """Whether a sentence's words (``_WORD`` matches) name a person: a first and a last name,
    or a last name the text ``before`` it gives in full ("in Canada women have rights" names
    no one)."""
    for index, word in enumerate(words):
        if not word[:1].isupper() or word.lower() in _NOT_A_NAME or word.lower() in STOPWORDS:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if following[:1].isupper() and _is_person(f"{word} {following}") or _known_surname(before, word):
            return True
    return False


def _listener(text: str, via: str) -> bool:
    """Whether the one told is a person of the article, not an outlet: "Smith told Ford"
    where the article names Phil Ford, "told Roy Williams" where "Williams said" too."""
    words = via.split()
    if words[0].lower() == "the" or not all(word[:1].isupper() for word in words):
        return False
    if len(words) == 1:
        return _known_surname(text, words[0])
    # The last name alone speaks elsewhere ("Williams said"), not as the end of another
    # name ("Vodafone Egypt said").
    alone = re.finditer(rf"(?:(?<!\S)(\S++)[ \t]+)?{re.escape(words[-1])}\s+(?:said|says|told|added)\b", text)
    return _is_person(via) and any(
        match.group(1) is None or not match.group(1)[:1].isupper() for match in alone)


def _known_surname(before: str, word: str) -> bool:
    """Whether ``before`` names a person whose last name is ``word``: "Jane Roe",
    "President Roe", "Mr. Roe"."""
    if word.lower() in _NOT_A_NAME or word.lower() in STOPWORDS:
        return False
    for earlier in re.finditer(rf"\b([A-Z][a-z]+)(\.?)[ \t]+{re.escape(word)}\b", before):
        first = earlier.group(1).lower()
        if first in _TITLE_WORDS or not earlier.group(2) and _is_person(earlier.group()) and \
                first not in _NOT_A_NAME:
            return True  # not "... Christian." / "Playboy founder ...": a sentence's end
    return False


# A capitalised word, then a word in lower case: "Roe also toured ...", "Roe told ...".
_SURNAME_SUBJECT = re.compile(r"(?<![ \t])[ \t]*+([A-Z][a-z]++)\s++[a-z]")


def _named_again(named_here: set[str], before: list[str], speaker: str) -> bool:
    """Whether the sentence names again the subject of the paragraph just before ("Roe, 32,
    was going west in his car, Officer Doe said."), who is not its speaker."""
    subject = set(itertools.takewhile(lambda word: word[:1].isupper(), before)) - set(_WORD.findall(speaker))
    return not named_here.isdisjoint(subject)


# Documents a court or an office issues, besides _DOCUMENTS.
_RULINGS = frozenset(
    "indictment complaint lawsuit suit ruling verdict affidavit warrant advisory memo".split())
_WRITTEN = re.compile(
    r"\bthe\s++(?:[a-z]++\s++)?(?:" + "|".join(sorted(_DOCUMENTS | _RULINGS)) + r")\b", re.IGNORECASE)
_IT_SAYS = re.compile(r"\bit\s++(?:says|said|states|stated|notes|noted|claims|claimed|alleges|alleged)\b",
                      re.IGNORECASE)


def _document_before(sentence: str) -> bool:
    """ "... is not explained in the indictment, but it says she devised a scheme": "it" is
    the document the sentence has just named, not a person named before."""
    says = _IT_SAYS.search(sentence)
    return says is not None and _WRITTEN.search(sentence, 0, says.start()) is not None


def _names_before_pronoun(sentence: str, pronoun: str) -> bool:
    """ "Roe, for his part, ..., when he noted": a pronoun that opens a clause of the
    sentence stands for the sentence's own subject, not for the last speaker."""
    found = re.search(rf"\b{re.escape(pronoun)}\b", sentence, re.IGNORECASE)
    if found is None:
        return False
    before = sentence[:found.start()]
    return _OPENS_CLAUSE.search(before) is not None and _has_name(before)


_OPENS_CLAUSE = re.compile(rf"\b(?:{_CONJUNCTIONS})\s*$", re.IGNORECASE)


def _can_stand_for(pronoun: str, phrase: str) -> bool:
    """ "He" or "she" is one person: not "officials", "experts" (a name may end in s), nor
    "the government" or "the statement"."""
    if pronoun == "they":
        return not _is_person(phrase)  # "they" are a group or a body, not "Jane Roe"
    if pronoun not in ("he", "she"):
        return True
    head = (_words(_head(phrase))[-1:] or [""])[0].lower()
    if head in _INSTITUTIONS or head in _DOCUMENTS or head in _MANY:
        return False
    return _kind_of(phrase) != "anonymous" or not (head.endswith("s") and not head.endswith("ss"))


def _is_person(phrase: str) -> bool:
    """A person named, as far as the words tell: two to four capitalised words, none in
    capitals only (an acronym) and none the word of a body ("Jane Roe", not "Acme Group")."""
    name = _trailing_name(phrase)  # "local official Jane Roe": Jane Roe
    words = _words(name)
    return 2 <= len(words) <= 4 and _is_full_name(name) and not any(
        word.isupper() or word.lower() in _INSTITUTIONS or word.lower() in _DOCUMENTS for word in words)


def _mentions(words: list[str], forms: frozenset[str]) -> bool:
    """Whether a pronoun of ``forms`` stands in these words other than as a speaker ("she
    said"): someone else it may stand for is spoken of there."""
    for index, word in enumerate(words):
        if word in forms:
            around = {words[index - 1] if index else "", words[index + 1] if index + 1 < len(words) else ""}
            if around.isdisjoint(_SAYING):
                return True
    return False


def _lines_back(text: str, position: int, lines: int) -> int:
    """Where the ``lines`` lines with text before ``position`` start (blank lines do not count)."""
    while lines > 0 and position > 0:
        position = _line_start(text, position - 1)
        lines -= bool(text[position:_line_end(text, position)].strip())
    return position


def _previous_speaker(text: str, position: int, spans: Sequence[Span]) -> Attribution:
    """An unattributed quotation continues the quotation just before it: same speaker.

    Looks back over the lines right above, as long as they are quotations too.
    """
    for _ in range(MAX_QUOTE_LINES):
        if position <= 0:
            break
        line_start = _line_start(text, position - 1)
        line = text[line_start:position - 1]
        if not line.strip():
            break
        if not in_quotation(text, line_start, position - 1, spans):
            return _introduced(text, line_start, position - 1, spans)
        first, last = quotation_context(text, line_start, position - 1, spans)
        found = attribute_span(text[first:last], line_start - first, position - 1 - first)
        if found.kind is AttributionKind.NAMED and found.source is None:
            # '"...," he said.': whom the pronoun stands for, as that line's own reading finds
            found = read_sentence(text, line_start, position - 1, spans)[0]
        if found.kind is not AttributionKind.NONE:
            return found
        position = line_start
    return Attribution()


def _introduced(text: str, start: int, end: int, spans: Sequence[Span]) -> Attribution:
    """Who the paragraph before a quotation that names no speaker gives the floor to: its
    one speaker ("Roe said ... \n "We ..."), or the person it opens with ("Jane Roe, 17,
    who works nearby, also heard the blast. \n "At first I thought ...")."""
    speakers = _earlier_sources(text, start, end, spans, keep=lambda phrase: True)
    if speakers:
        if all(same_source(phrase, speakers[-1]) for phrase in speakers):
            return _resolved(speakers[-1], None)
        return Attribution()
    opening = re.match(r"[^,.;:\n]+", text[start:end])
    if opening and _is_full_name(opening.group()) and opening.end() < end - start \
            and text[start + opening.end()] == "," and opening.group().split()[0].lower() not in _NOT_A_NAME:
        return Attribution(AttributionKind.NAMED, opening.group().strip())
    return _lead_in(text[start:end].rstrip())


_FOLLOWING = re.compile(
    r"\b(?:sent|issued|released|posted|tweeted|wrote|gave|read)\s++(?:out\s++)?the\s++following\b")
_STATEMENT_BY = re.compile(r"\b(?:statement|message|letter|remarks|comment|comments)\s++(?:by|from)\s")


def _capitalised_run(words: list[str]) -> str:
    """The capitalised words that ``words`` start with: "Jane Roe, director of ..." -> "Jane Roe"."""
    run = []
    for word in words[:MAX_TITLED_NAME]:
        bare = word.rstrip(",.;:")
        if not bare[:1].isupper():
            break
        run.append(bare)
        if bare != word:
            break
    return " ".join(run)


def _issuer(paragraph: str) -> str | None:
    """Who the lead-in says issued what follows: "Roe issued the following statement",
    "a statement by Jane Roe, director of ..."."""
    following = _FOLLOWING.search(paragraph)
    if following:
        run: list[str] = []
        for word in reversed(paragraph[:following.start()].split()[-MAX_TITLED_NAME:]):
            if not word[:1].isupper() or word.endswith((",", ";", ":")):
                break
            run.insert(0, word)
        return " ".join(run) or None
    by = _STATEMENT_BY.search(paragraph)
    return _capitalised_run(paragraph[by.end():].split()) or None if by else None


def _lead_in(paragraph: str) -> Attribution:
    """A paragraph that ends with a colon hands the floor to whom it names there ("..., such
    as Dr Jane Roe:") or to whoever it says issued what follows ("Roe sent out the following
    message on Twitter:")."""
    if not paragraph.endswith(":"):
        return Attribution()
    issued = _issuer(paragraph)
    if issued and _kind_of(issued) == "named":
        return Attribution(AttributionKind.NAMED, issued)
    words = paragraph[:-1].split()
    name = _trailing_name(" ".join(words[-MAX_TITLED_NAME:]))
    untitled = [word for word in name.split() if word.lower().rstrip(".") not in _TITLE_WORDS]
    if len(untitled) >= 2 and _kind_of(name) == "named" and untitled[0].lower() not in _NOT_A_NAME:
        return Attribution(AttributionKind.NAMED, name)
    return Attribution()


# Asked again of a line read as the quotation before the next one, and of sentences that
# several articles share (a tenth of ECB+'s).
def attribute_span(paragraph: str, start: int, end: int) -> Attribution:
    """Attribution of the sentence ``paragraph[start:end]``."""
    return _read_span(paragraph, start, end)[0]


@lru_cache(maxsize=4096)
def _read_span(paragraph: str, start: int, end: int) -> tuple[Attribution, str | None]:
    """``attribute_span``, and the pronoun it rests on when the paragraph does not resolve it,
    or the noun of a document or body it speaks of ("the statement said") when the paragraph
    names no issuer."""
    spans = _paragraph_spans(paragraph)
    if not _overlapping(spans, start, end) and not _has_cue(paragraph[start:end]):
        return Attribution(), None  # no word that could attribute it, and no quotation to look around
    speaker = _outermost(paragraph, start, end, spans) or _quotation_speaker(paragraph, start, end, spans)
    speaker = speaker and _noun_phrase_of(paragraph, speaker)
    if speaker is None:
        masked = _masked(paragraph, start, end, spans)
        if _may_contain(masked, _IMPERSONAL_WORDS) and _impersonal(masked):
            return Attribution(AttributionKind.ANONYMOUS, None), None
        return Attribution(), None
    kind = _kind_of(speaker.phrase)
    if kind == "anonymous" and _name_in_mid_sentence(paragraph, speaker):
        kind = "named"  # "..., Leader said": capitalised where a common noun would not be
    masked = _masked(paragraph, start, end, spans)
    if _may_contain(masked, _ANONYMITY_WORDS) and _ANONYMITY.search(masked):
        kind = "anonymous"
    if kind == "pronoun":
        # "She said": whoever spoke last, named or not ("a senior officer said ... He added").
        pronoun = speaker.phrase.lower()
        earlier = _earlier_sources(paragraph, 0, speaker.position, spans,
                                   keep=partial(_can_stand_for, pronoun))
        return _resolved(earlier[-1] if earlier else None, speaker.via), None if earlier else pronoun
    if kind == "back":
        # "The statement said": whoever issued one, by name.
        named = _earlier_sources(paragraph, 0, speaker.position, spans,
                                 keep=_is_named)
        if named:
            return _resolved(named[-1], speaker.via), None
        # None in the paragraph: the document a paragraph before named may be it.
        head = _words(_head(speaker.phrase))[-1].lower()
        return _resolved(None, speaker.via), _DocumentNoun(head)
    return Attribution(AttributionKind(kind), _tidy(speaker.phrase), speaker.via), None


# A clause read as a speaker: "sitting amongst fellow fans as he [tweeted]", "played an
# audio recording of what they [said was ...]": the pronoun that ends it is the speaker.
_CLAUSE_THEN_PRONOUN = re.compile(
    r"(?<![\w'\u2019-])(?:as|what|who|that|because|when|while|if|since|after|before)\s++"
    r"(he|she|they|we|I)\s*+$", re.IGNORECASE)


_LEADS_IN = re.compile(r"(?<!\s)\s++[a-z]++:")


def _noun_phrase_of(paragraph: str, speaker: _Speaker) -> _Speaker | None:
    """The speaker, or None when the phrase is a verb's, not a noun's ("and published the
    handbook", "matching or exceeding the highest offer so far")."""
    phrase = speaker.phrase
    pronoun = _CLAUSE_THEN_PRONOUN.search(phrase)
    if pronoun:
        # Only a clause that leads in to what follows speaks ("as he tweeted: ..."); "as they
        # wrote stories" tells what they did.
        at = paragraph.find(pronoun.group(1), speaker.position + pronoun.start(1))
        if at < 0 or not _LEADS_IN.match(paragraph, at + len(pronoun.group(1))):
            return None
        return replace(speaker, phrase=pronoun.group(1), position=at)
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    if first in ("and", "or", "but") or first.islower() and first.endswith("ing") and \
            first not in _SPEAKER_NOUNS:
        return None
    return speaker


# Each sentence of a paragraph asks for the paragraph's quotations: they are found once.
_paragraph_spans = lru_cache(maxsize=256)(quote_spans)

# Every word an attribution needs: the speech verbs, "according", the participles and the
# words of an impersonal "it was said". A sentence outside quotations with none of them has
# no speaker, and need not be cut into clauses. The patterns find them as whole words only,
# some in any case: folded, they are among the sentence's runs of lowercase letters.
_CUE_WORDS = _SPEECH_VERBS | _WEAK_VERBS | _PARTICIPLES | {
    "according", "reportedly", "understood", "believed", "thought", "rumored", "rumoured",
    "alleged", "claimed", "said", "reported", "per", "feared", "news", "word", "rumors", "rumours"}


def _has_cue(sentence: str) -> bool:
    return not _CUE_WORDS.isdisjoint(_LETTERS.findall(_folded(sentence)))


def _name_in_mid_sentence(paragraph: str, speaker: _Speaker) -> bool:
    """A speaker of capitalised words only, not at the start of its sentence, is a name."""
    words = _words(speaker.phrase)
    if not words or not all(w[:1].isupper() for w in words) or words[0].lower() in _DETERMINERS:
        return False
    at = paragraph.find(speaker.phrase, speaker.position)
    if at < 0:
        return False
    before = paragraph[_sentence_bounds(paragraph, at, forward=False):at]
    return bool(re.search(r"\w", before))


def _tidy(phrase: str) -> str:
    return " ".join(_tidy_possessive(phrase).split()).strip(" ,.;:\"'\u201c\u201d")


def _tidy_possessive(phrase: str) -> str:
    """ "The fire service \u2019 s Matt Goodman": a possessive a copy set off with spaces."""
    return _SPACED_POSSESSIVE.sub(r"\1s", phrase) if " s " in phrase else phrase


_SPACED_POSSESSIVE = re.compile(r"(?<!\s)\s++(['\u2019])\s++s\b")


# --- independence ---------------------------------------------------------------------

# Sentences this similar (0-100) and this long are the same copy, not two reports.
VERBATIM_RATIO = 90.0
VERBATIM_MIN_WORDS = 8
# Shared quotations this long are one statement relayed, not a coincidence.
QUOTE_MIN_WORDS = 5


# The token of "Jane Roe's lawyer" that tells her lawyer from Jane Roe.
REPRESENTATIVE_TOKEN = "(representative)"


def name_tokens(source: str) -> tuple[str, ...]:
    """The words of a source that identify it: capitalised words, titles left out.

    The words before a preposition come first: "Jane Roe of the Water Board" is Jane Roe;
    "a spokesman for the Water Board" is the Water Board; but a name after a role is that
    person: "Bureau of Prisons spokesman Al Quintero" is Al Quintero.
    """
    words = source.split()
    run = 0
    while run < len(words) and _is_capitalised(words[-1 - run]):
        run += 1
    if 2 <= run < len(words) and words[-run - 1].lower() in _ROLE_WORDS:
        source = " ".join(words[-run:])
    elif words and words[-1].lower() in _REPRESENTATIVES | _SPOKESPEOPLE and len(words) > 1 and \
            words[-2].endswith(("'s", "\u2019s")) and _is_capitalised(words[-2]):
        # "Reid's rep" speaks for Reid, and is not Reid: one token stands for whoever holds the role.
        return (*name_tokens(" ".join(words[:-1])), REPRESENTATIVE_TOKEN)
    for part in (_head(source), source):
        words = [w.removesuffix("'s").removesuffix("\u2019s") for w in _words(part)]
        names = tuple(w.lower() for w in words
                      if _is_capitalised(w) and w.lower().rstrip(".") not in _TITLE_WORDS)
        if names:
            return names
    return tuple(w.lower() for w in _words(source) if w.lower() not in _DETERMINERS)


def same_source(a: str, b: str) -> bool:
    """'Interior Minister Jane Roe' = 'Roe' = 'Jane Roe', but 'John Roe' is someone else;
    'AP' = 'the Associated Press', 'AFP' = 'Agence France-Presse'."""
    x, y = name_tokens(a), name_tokens(b)
    return _same_tokens(x, y) or _abbreviates(x, y) or _abbreviates(y, x)


def _abbreviates(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """One word, the initials of the other's words."""
    return len(short) == 1 and len(long) >= 2 and 2 <= len(short[0]) <= 6 and _initials(long) == short[0]


def _initials(tokens: tuple[str, ...]) -> str:
    """ "associated press" -> "ap", "agence france-presse" -> "afp" (hyphenated parts count)."""
    return "".join(part[:1] for word in tokens for part in word.split("-") if part)


def _same_tokens(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    if not x or not y or x[-1] != y[-1]:
        return False
    return len(x) < 2 or len(y) < 2 or x[-2] == y[-2]


def upstream_names(claim: Claim) -> tuple[str, ...]:
    """The named people and outlets a claim traces back to."""
    attribution = claim.attribution
    names = []
    if attribution.kind is AttributionKind.NAMED and attribution.source:
        names.append(attribution.source)
    if attribution.via:
        names.append(attribution.via)
    return tuple(names)


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _quoted_text(text: str, certainty: Certainty) -> str:
    spans = quote_spans(text)
    if spans:
        return " ".join(text[a:b] for a, b in spans)
    return text if certainty is Certainty.QUOTED else ""


def is_copy(a: Claim, b: Claim) -> bool:
    """One report, not two: near-verbatim sentences (wire copy) or the same quotation.

    Two outlets quoting the same words of a speaker relay one statement, even when each
    wraps it in its own sentence or cuts it at another point.
    """
    return _Wording.of(a).copies(_Wording.of(b))


@dataclass(frozen=True)
class _Wording:
    """What ``is_copy`` compares of a claim, read once per claim rather than once per pair."""

    words: int
    text: str
    quote: str
    quote_words: int

    @staticmethod
    def of(claim: Claim) -> _Wording:
        return _wording(claim.text, claim.certainty)

    def copies(self, other: _Wording) -> bool:
        # A cutoff makes rapidfuzz return 0 below it and the same score above: it only
        # lets the comparison stop early.
        if min(self.words, other.words) >= VERBATIM_MIN_WORDS and \
                fuzz.ratio(self.text, other.text, score_cutoff=VERBATIM_RATIO) >= VERBATIM_RATIO:
            return True
        if min(self.quote_words, other.quote_words) < QUOTE_MIN_WORDS:
            return False
        return fuzz.partial_ratio(self.quote, other.quote, score_cutoff=VERBATIM_RATIO) >= VERBATIM_RATIO

    def rewords(self, other: _Wording) -> bool:
        """A sentence of one wire story as two outlets edited it ("The police went to check on
        a telephoned bomb threat" / "Police went to check on a telephoned bomb treat"), or a
        long run of its words kept whole in a sentence rewritten around it (an age added,
        "Monday" made "Nov. 30")."""
        if min(self.words, other.words) < WIRE_MIN_WORDS:
            return False
        return fuzz.ratio(self.text, other.text, score_cutoff=WIRE_RATIO) >= WIRE_RATIO or \
            _longest_run(self.text, other.text) >= WIRE_RUN_WORDS


def _longest_run(a: str, b: str) -> int:
    """The most words in a row two texts share."""
    first, second = a.split(), b.split()
    # A run is never longer than the longest common subsequence, which rapidfuzz finds fast.
    if LCSseq.similarity(first, second) < WIRE_RUN_WORDS:
        return 0
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return matcher.find_longest_match(0, len(first), 0, len(second)).size


# Classification and both renderings ask about the same claims: each is read once.
@lru_cache(maxsize=1 << 16)
def _wording(text: str, certainty: Certainty) -> _Wording:
    quote = _normalised(_quoted_text(text, certainty))
    return _Wording(len(text.split()), _normalised(text), quote, len(quote.split()))


def upstream_groups(claims: Sequence[Claim], *, stories: Mapping[str, str] | None = None,
                    sites: Mapping[str, str | None] | None = None) -> list[tuple[Claim, ...]]:
    """Claims grouped by the independent report they come from.

    Claims share a report when they name the same upstream source (person or outlet), are
    near-verbatim copies, come from files carrying one wire story (``stories``, from
    ``wire_stories``) or from one web site (``sites``, from ``sites_of``); a claim with no
    named upstream is its file's own report.
    """
    links = Links(len(claims))
    _link_files(links, claims, stories or {})
    _link_files(links, claims, sites or {})
    names = [upstream_names(claim) for claim in claims]
    _link_same_sources(links, names)
    _link_named_sites(links, claims, names, sites or {})
    own: dict[str, list[int]] = defaultdict(list)  # a file's own reports, by file
    for index, claim in enumerate(claims):
        if not names[index]:
            own[claim.source].append(index)
    for indices in own.values():
        links.join_all(indices)
    _link_copies(links, claims)
    groups: dict[int, list[Claim]] = {}
    for index, claim in enumerate(claims):
        groups.setdefault(links.find(index), []).append(claim)
    return [tuple(group) for group in groups.values()]


def _link_files(links: Links, claims: Sequence[Claim], common: Mapping[str, str | None]) -> None:
    """Join the claims of files that ``common`` gives one value (a wire story, a site)."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        value = common.get(claim.source)
        if value is not None:
            by_value[value].append(index)
    for indices in by_value.values():
        links.join_all(indices)


def _link_same_sources(links: Links, names: Sequence[tuple[str, ...]]) -> None:
    """Join the claims whose upstream names are ``same_source``: names that end alike, and
    whose words before that agree when both have some (a bare surname matches them all)."""
    by_last: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for index, claim_names in enumerate(names):
        for name in claim_names:
            tokens = name_tokens(name)
            if tokens:
                by_last[tokens[-1]].append((index, tokens))
            if len(tokens) >= 2 and 2 <= len(initials := _initials(tokens)) <= 6:
                # "the Associated Press" is whoever "AP" is: a bare "AP" joins them, and only it.
                by_last[initials].append((index, (" ".join(tokens), initials)))
    for holders in by_last.values():
        if any(len(tokens) < 2 for _, tokens in holders):
            links.join_all([index for index, _ in holders])
            continue
        by_first: dict[str, list[int]] = defaultdict(list)
        for index, tokens in holders:
            by_first[tokens[-2]].append(index)
        for indices in by_first.values():
            links.join_all(indices)


def _link_named_sites(links: Links, claims: Sequence[Claim], names: Sequence[tuple[str, ...]],
                      sites: Mapping[str, str | None]) -> None:
    """Join a claim that names an outlet ("The Hollywood Reporter wrote", "according to PC
    World") with the claims of the file taken from that outlet's site: it relays that file."""
    of_site: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        site = sites.get(claim.source)
        if site:
            of_site[_site_key(site)].append(index)
    if not of_site:
        return
    for index, claim_names in enumerate(names):
        for name in claim_names:
            for key in _outlet_keys(name):
                if key in of_site:
                    links.join_all([index, *of_site[key]])


# Labels of a host name that say what kind of domain it is, not whose ("bbc.co.uk").
_DOMAIN_LABELS = frozenset("com org net gov edu co ac or ne go info biz".split())
MIN_OUTLET_KEY = 3


def _site_key(site: str) -> str:
    """The name a site's host gives its outlet: "theregister.co.uk" -> "register",
    "online.wsj.com" -> "wsj"."""
    labels = site.lower().split(".")[:-1]  # the top-level domain names no outlet
    while len(labels) > 1 and labels[-1] in _DOMAIN_LABELS:
        labels.pop()
    key = re.sub(r"[^a-z0-9]", "", labels[-1]) if labels else ""
    return key.removeprefix("the") if len(key) - 3 >= MIN_OUTLET_KEY else key


_OUTLET_BEFORE = re.compile(r"\b(?:of|for|at)\s+")


def _outlet_keys(name: str) -> set[str]:
    """The ways a site's host may spell the outlet a speaker names: "The Hollywood Reporter"
    -> hollywoodreporter; "Wall Street Journal" -> wsj; "Los Angeles Times" -> latimes; also
    of the name after a description ("trade magazine The Hollywood Reporter") and of the
    outlet a person writes for ("Michael Silverman of the Boston Herald")."""
    words = name.split()
    first_capital = next((index for index, word in enumerate(words) if word[:1].isupper()), 0)
    before = [found.end() for found in _OUTLET_BEFORE.finditer(name)]
    names = {name, " ".join(words[first_capital:])} | ({name[before[-1]:]} if before else set())
    return {key for each in names for key in _keys_of(each)}


def _keys_of(name: str) -> set[str]:
    words = [re.sub(r"[^a-z0-9]", "", word) for word in name.lower().removesuffix("'s").split()]
    words = [word for word in words if word]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return set()
    keys = {"".join(words), "".join(word[0] for word in words),
            "".join(word[0] for word in words[:-1]) + words[-1]}
    return {key for key in keys if len(key) >= MIN_OUTLET_KEY}


def _link_copies(links: Links, claims: Sequence[Claim]) -> None:
    """Join claims of two files that are ``is_copy`` of each other. Copies of a story repeat
    sentences word for word: each wording is compared with the others once."""
    for wording, mine, other, theirs in _wording_pairs(claims):
        if links.joined(i for held in (*mine.values(), *theirs.values()) for i in held):
            continue  # all linked already: copies() would change nothing
        if wording.copies(other):
            files = _file_pairs(mine, theirs)
            # Every claim of file s with every claim of file t: each file's claims
            # together, and one of each with one of the other.
            for s, t in files:
                links.join(mine[s][0], theirs[t][0])
            for held in {*(s for s, _ in files)}:
                links.join_all(mine[held])
            for held in {*(t for _, t in files)}:
                links.join_all(theirs[held])


_ByFile = dict[str, list[int]]


def _wording_pairs(claims: Sequence[Claim]) -> Iterator[tuple[_Wording, _ByFile, _Wording, _ByFile]]:
    """Each pair of the claims' distinct wordings (a wording with itself too), with their
    claims by file, that two different files hold (``_file_pairs`` lists the pairs of
    files, for the pairs that turn out to be copies)."""
    wordings = _by_wording(claims)
    for number, (wording, mine) in enumerate(wordings):
        for other, theirs in wordings[number:]:
            # No two different files only when both are held by one and the same file.
            if len(mine) > 1 or len(theirs) > 1 or next(iter(mine)) != next(iter(theirs)):
                yield wording, mine, other, theirs


def _file_pairs(mine: _ByFile, theirs: _ByFile) -> list[tuple[str, str]]:
    return [(s, t) for s in mine for t in theirs if s != t]


def _by_wording(claims: Sequence[Claim]) -> list[tuple[_Wording, _ByFile]]:
    """The claims' distinct wordings, each with its claims by file."""
    found: dict[_Wording, _ByFile] = {}
    # Copies repeat a sentence: its wording is looked up once per text rather than once per
    # claim (a claim's certainty matters to its wording only as to whether it is QUOTED).
    by_text: dict[tuple[str, bool], _ByFile] = {}
    for index, claim in enumerate(claims):
        key = (claim.text, claim.certainty is Certainty.QUOTED)
        held = by_text.get(key)
        if held is None:
            held = by_text[key] = found.setdefault(_Wording.of(claim), defaultdict(list))
        held[claim.source].append(index)
    return list(found.items())


def independent_count(claims: Sequence[Claim], *, stories: Mapping[str, str] | None = None,
                      sites: Mapping[str, str | None] | None = None) -> int:
    """How many independent confirmations the claims give, at most one per file.

    ``stories``: the wire story each file carries (``wire_stories``), if any; ``sites``: the
    web site each was taken from (``sites_of``), if known.
    """
    files = len({claim.source for claim in claims})
    if files <= 1:
        return files
    return min(len(upstream_groups(claims, stories=stories, sites=sites)), files)


ONE_WIRE_STORY = "one wire story"


def single_upstream(claims: Sequence[Claim], *, independent: int | None = None,
                    stories: Mapping[str, str] | None = None,
                    sites: Mapping[str, str | None] | None = None) -> str | None:
    """When several files all trace to one report: what that report is.

    ``independent``: ``independent_count(claims, stories=stories, sites=sites)`` when the
    caller has it.
    """
    if len({claim.source for claim in claims}) < 2:
        return None
    if independent is None:
        independent = independent_count(claims, stories=stories, sites=sites)
    if independent != 1:
        return None
    if len(held := {(sites or {}).get(claim.source) for claim in claims}) == 1 and None not in held:
        return f"one outlet, {held.pop()}"
    links = Links(len(claims))
    _link_files(links, claims, stories or {})
    _link_files(links, claims, sites or {})
    if links.joined(range(len(claims))):
        return ONE_WIRE_STORY  # copies of one story, some of them on one site
    names = Counter(name for claim in claims for name in upstream_names(claim))
    tokens = {name: name_tokens(name) for name in names}
    held = [(claim.source, [tokens[name] for name in upstream_names(claim)]) for claim in claims]
    shared = [name for name in names
              if len({source for source, theirs in held
                      if any(_same_tokens(tokens[name], other) for other in theirs)}) > 1]
    if not shared:
        return "the same quoted or copied text"
    return min(shared, key=lambda name: (-names[name], -len(name), name))


# Files sharing this many sentences copied or lightly edited carry one wire story.
WIRE_MIN_SENTENCES = 3
WIRE_RATIO = 80.0
WIRE_MIN_WORDS = VERBATIM_MIN_WORDS
# Two outlets' sentences that share this many words in a row are one sentence of one story,
# however each edited the rest.
WIRE_RUN_WORDS = 10


def wire_copies(groups: Sequence[Sequence[Claim]]) -> list[WireCopy]:
    """Pairs of files that share several near-verbatim sentences, most shared first.

    Only claims already grouped as one fact are compared, so the cost follows the groups.
    """
    shared: Counter[tuple[str, str]] = Counter()
    for claims in groups:
        # Each sentence of the first file (by name) with a copy in the second counts once.
        seen: set[tuple[str, str, int]] = set()
        for wording, mine, other, theirs in _wording_pairs(claims):
            if not wording.copies(other) and not wording.rewords(other):
                continue
            for s, t in _file_pairs(mine, theirs):
                held, low, high = (mine[s], s, t) if s < t else (theirs[t], t, s)
                seen.update((low, high, claims[index].start) for index in held)
        shared.update((a, b) for a, b, _start in seen)
    found = [WireCopy(a, b, n) for (a, b), n in shared.items() if n >= WIRE_MIN_SENTENCES]
    return sorted(found, key=lambda copy: (-copy.sentences, copy.first, copy.second))


def wire_stories(copies: Iterable[WireCopy]) -> dict[str, str]:
    """The wire story each file of ``wire_copies`` carries, named by its first file: files
    that copy one another, directly or through a third, carry one story.

    Articles of one web site are not joined here but within each fact (``upstream_groups``):
    an outlet whose article on one story copies a wire that another outlet copied on another
    story does not make the two outlets one source on every story.
    """
    copies = list(copies)
    paths = sorted({path for copy in copies for path in (copy.first, copy.second)})
    number = {path: index for index, path in enumerate(paths)}
    links = Links(len(paths))
    for copy in copies:
        links.join(number[copy.first], number[copy.second])
    first_of: dict[int, str] = {}
    for path in paths:  # in name order: a story's first file names it
        first_of.setdefault(links.find(number[path]), path)
    return {path: first_of[links.find(number[path])] for path in paths}


# A text export may put a space after "www." ("http://www. 4029tv.com/...").
_SITE = re.compile(r"(?:https?://|www\.)(?:www\d?\. ?)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.IGNORECASE)
def sites_of(sources: Iterable[Source]) -> dict[str, str | None]:
    """The outlet of each source, by path: the ``site_of`` it opens with, or the site of
    the set whose sub-domain that is ("news.bbc.co.uk" when "bbc.co.uk" is also given).

    Only a site that is itself given: "espn.go.com" and "abcnews.go.com" stay apart, and
    so do two blogs of one blog service.
    """
    hosts = {source.path: site_of(source.text) for source in sources}
    known = set(filter(None, hosts.values()))
    return {path: _within_known(host, known) if host else None for path, host in hosts.items()}


def _within_known(host: str, known: set[str]) -> str:
    """The shortest of ``known`` that ``host`` is or lies under."""
    labels = host.split(".")
    return next((".".join(labels[-size:]) for size in range(2, len(labels))
                 if ".".join(labels[-size:]) in known), host)


def site_of(text: str) -> str | None:
    """The web site an article was taken from, when it opens with its address. The whole
    host name: hosts that share a domain may be different publishers (blogs of one blog
    service, "abcnews.go.com" and "espn.go.com")."""
    found = _SITE.match(text.lstrip()[:300].split("\n", 1)[0])
    return found.group(1).lower() if found else None
