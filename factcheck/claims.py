"""Stage 2: split each source into claims (sentences that assert something)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from .attribution import certainty_of, in_quotation, quote_spans, read_sentence
from .lexicon import MONTHS, WEEKDAYS
from .models import Attribution, Certainty, Claim, Source

# Abbreviations of titles, which begin a name ("Dr. Roe", "Mt. Cook", "St. Paul").
_NAME_TITLES = frozenset(
    "mr mrs ms dr prof gen gov sen rep lt col capt sgt cpl adm cmdr st rev hon mt ft det insp supt msgr fr "
    "const atty asst sgts maj brig pvt comr snr inf lieut cdr cmdt".split()
)
# Abbreviations after which a period never ends a sentence (titles, "No. 5", months).
_NEVER_END = _NAME_TITLES | frozenset(
    "no nos vs fig vol pp approx dept univ ave blvd jan feb mar apr jun jul aug sep "
    "sept oct nov dec e.g i.e cf al dist stn www".split()
)
# Abbreviations that may end a sentence: only when a typical sentence opener follows.
_MAY_END = frozenset("jr sr inc ltd co corp llc plc bros etc p.m a.m".split())
# US states as newspapers abbreviate them ("Troy, Mich."; not those that are also words): a
# hyphen after one joins a word to it ("Santa Monica, Calif. -based").
_STATES = frozenset(
    "ala ariz ark calif colo conn fla ga kan ky md mich minn mont neb nev okla pa tenn tex va vt "
    "wis wyo".split()
)
_OPENERS = frozenset(
    "the a an this that these those it its he she they we i you his her their our "
    "in on at but and however after before when while as if there here some many "
    "most one two three its meanwhile still yet so also since for".split()
)
# Possessive runs and the look-behind keep a long "!!!!...x" linear: a match starts only at
# the first mark of a run and never gives characters back.
_BOUNDARY = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019)\]]*+(?=\s|$)")
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)")
_LEAD_MARKUP = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|[-*+\u2022][ \t]+|\d{1,3}[.)][ \t]+)?")
_LEAD_SYMBOLS = re.compile(r"[^\w\"'\u201c\u2018(\[$\u00a3\u20ac]*")
# A label set in bold before a line's text: "**What happened:** A tank burst ...", or the
# place of a news brief: "**Ostler's Cross** - A water main broke ...".
_BOLD_LABEL = re.compile(
    r"(?<![*_])(\*\*|__)[^*_:\n]{1,60}+(?::\1|\1:|\1[ \t]++[-\u2013\u2014]{1,2}+)[ \t]++")
# A wire story's dateline before its lead: "BRENNICK FALLS, March 5 (Meridian Wire) - ",
# "**TOKYO** - ": the place in capitals, then maybe a region or a date and the agency; the
# line's sentence begins after it. Not before a colon: "REPORT: ...", "NCAA: ..." credit a
# headline to its source.
_DATELINE = re.compile(
    r"(?<![\w*])(?:\*\*)?[A-Z][A-Z'.]++(?:[ \t-][A-Z][A-Z'.]++){0,3}+(?:\*\*)?"
    r"(?:,[ \t]++[A-Z][\w.]*+(?:[ \t]++[\w.]++){0,2}+){0,2}+(?:,[ \t]++\d{4})?"
    r"(?:[ \t]*+\([^()\n]{1,40}+\))?[ \t]*+[-\u2013\u2014]{1,2}+[ \t]++(?=[A-Z\"\u201c])")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.-])[\w-]++(?:\.[\w-]++)*\.[a-z]{2,6}(?:/\S*)?", re.I)
_DATE_LINE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d\d-\d\d)"
    r"(?:\s*+(?:[,|]\s*+)?\d{1,2}:\d\d\s*+(?:[ap]\.?m\.?\s*+)?(?:[a-z]{2,4})?)?",
    re.I,
)
# A page's date and time in any of its layouts ("Thu, 10 Nov 2011 02:45 PM", "11/10/11
# 02:39 PM ET", "11 November 2011 Last updated at 12:41 GMT"): numbers and these words only.
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    """mon tue tues wed thu thur thurs fri sat sun am pm a m p st nd rd th on at
    posted updated published modified edited last first time date hrs story article created""".split()
)
_CALENDAR_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d\d")
MAX_DATE_LINE_TOKENS = 16
MIN_PROSE_WORDS = 8
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d\s*+[AaPp]\.?[Mm]\b|\d{1,2}:\d\d\b")


def _is_date_line(text: str) -> bool:
    tokens = _CALENDAR_TOKEN.findall(text)
    if len(tokens) > MAX_DATE_LINE_TOKENS or not any(token.isdigit() for token in tokens):
        return False
    words = [token for token in tokens if not token.isdigit()]
    if words and tokens[0] == words[0] and words[0][:1].isupper() and _CLOCK.search(text):
        words = words[1:]  # the outlet before a time stamp: "Reuters Sep 18, 2013, 02.16PM IST"
    while words and tokens[0] == words[0] and words[0].isupper():
        # The place of a dateline, in capitals: "WASHINGTON, DC, April 28, 2009".
        tokens, words = tokens[1:], words[1:]
    # A time zone is a short word in capitals (EST, GMT, ET).
    if not all(word.lower() in _CALENDAR_WORDS or (word.isupper() and len(word) <= 4) for word in words):
        return False
    return any(word.lower() in MONTHS for word in words) or _NUMERIC_DATE.search(text) is not None


# Words of page furniture: counters, banners and link lists rather than reporting.
_FURNITURE_WORDS = frozenset(
    "views view comments commented share shares newsshare advertisement subscribe "
    "related reference references sponsored newsletter login sign-up signup".split()
)
# "About Acme Mission Critical Facilities, Inc.": the heading of a release's boilerplate.
MAX_ABOUT_WORDS = 8
# "By Owen Latimer, Analysis Desk, The Provincial Review - Friday, March 7": a byline.
MAX_BYLINE_WORDS = 14
# A label and a number on their own: "Dial-in number: +1 877 268 9324", "Conference ID: 24256919".
_LABELLED_NUMBER = re.compile(
    r"(?<![\w-])[A-Za-z][\w-]*+(?:[ \t][A-Za-z][\w-]*+){0,2}:[ \t]*+[+(]?\d[\d \t().-]*+")
# A law firm's byline: "On behalf of Jane Roe, Esq. posted in Accidents on ...".
_LATER_POSTED = re.compile(r"posted\s++(?:in|on)\b", re.IGNORECASE)
# Time stamps of a web page: "Posted: ...", "Last updated ...", also after a date line's
# separator ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT").
# A link to more of the site: "More from GlobalPost: ...", "Related: ...".
_MORE_FROM = re.compile(r"(?:more\s+from|related|see\s+also|read\s+more|watch)\b[^:]{0,40}:", re.IGNORECASE)
_STAMP = re.compile(r"(?:(?:last|first)\s+)?(?:posted|updated|published|modified|released)\b", re.I)
_LATER_STAMP = re.compile(
    r"(?:\||--|[\u2013\u2014])\s*(?:Last\s+|First\s+)?(?:Posted|Updated|Published|Modified)\b"
)
# A credit in parentheses on its own: "(CNN News Article)", "(Reuters)".
_ASIDE = re.compile(r"\([^()]*\)[\s.]*")
# A pointer for the reader to more elsewhere: "You can follow the saga on ...", "For more
# information, check out ...", "Follow politics on our blog at ...".
_FOR_THE_READER = re.compile(
    r"(?:to\s+[a-z]+(?:\s+(?:it|this|them))?,\s*)?"  # "To apply it, click the icon ..."
    r"(?:you\s+can\s+(?:also\s+)?(?:check\s+out|follow|view|read|watch|see|find|listen\s+to|visit)"
    r"|for\s+more\s+(?:information|details|coverage|news)|follow\s+(?:us|[\w.'\u2019-]+\s+(?:on|at))"
    r"|click\s|read\s+more\b|scroll\s+(?:down|up)\b|(?:have|take)\s+a\s+look\b|hit\s+the\s+jump\b"
    r"|leave\s+(?:your|a)\s+(?:thoughts|comments?)\b)",
    re.IGNORECASE)
# Pointers anywhere in a sentence: "The fix is available from this link.", "We've got more
# details on the release here.", "For a quick look at the features, have a look here."
MAX_POINTER_WORDS = 14
MIN_ASIDE_SENTENCE_WORDS = 8
_POINTER = re.compile(
    r"\bavailable\s+(?:at|from|on)\s+(?:https?://|www\.)|\b(?:this|the\s+following)\s+link\b|\b(?:look|details|coverage)\s+(?:[\w'\u2019-]+\s+){0,6}?here\W*$",
    re.IGNORECASE)
_VERBISH = frozenset(
    "is are was were be been being am has have had will would can could may might must "
    "shall should do does did says said say tells told announces announced reports "
    "reported plans planned agrees agreed warns warned calls called seeks wants needs "
    "gets got makes made takes took gives gave becomes became faces faced".split()
)
_TERMINAL = ("." , "!", "?", "\u2026", '"', "\u201d", "'", "\u2019", ")")
_YEAR = re.compile(r"\d{4}(?!\d)")
# A closing quotation mark some copies set off with a space ('It's unfair. "').
_SPACED_CLOSE = re.compile(r"(?<![ \t])[ \t]++[\"\u201d](?=\s|$)")
# '"Where should we go?" Roe said.': the speaker of a question or an exclamation in
# quotation marks, in the same sentence.
_SPEAKER_AFTER = re.compile(
    r"(?<![\w.'\u2019-])[A-Z][\w.'\u2019-]*+[ \t]++(?:[\w.'\u2019-]++[ \t]++){0,5}"
    r"(?:said|says|asked|asks|questioned|wondered|added|told|wrote|tweeted|shouted|yelled|cried|"
    r"replied|explained|insisted|exclaimed|thundered|declared|screamed|shrieked|snapped|quipped|joked|"
    r"fumed|demanded|pleaded|urged|warned|recalled|remarked|responded|answered|noted|continued)\b"
)



@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    end: int
    text: str
    is_bullet: bool
    is_heading: bool
    words: tuple[str, ...]  # read once: the body, furniture and verb tests all need them


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = start
    # Straight double quotes seen so far: an odd count means a quotation is open.
    quotes, counted = 0, start
    for match in _BOUNDARY.finditer(text, start, end):
        punct_end = match.end()
        quotes += text.count('"', counted, punct_end)
        counted = punct_end
        spaced = _SPACED_CLOSE.match(text, punct_end, end)
        if spaced and quotes % 2 == 1:
            punct_end = spaced.end()
        if quotes % 2 == 1 and _ELLIPSIS.fullmatch(text, match.start(), punct_end):
            continue  # '"IBM is No. 1 now... HP is a real player," Roe said': a pause in a quotation
        if _is_boundary(text, match.start(), punct_end, end):
            spans.append((sentence_start, punct_end))
            sentence_start = punct_end
    spans.append((sentence_start, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_boundary(text: str, punct_start: int, punct_end: int, limit: int) -> bool:
    # Indexes, not slices of the rest of the line: a slice per mark is quadratic on a long line.
    after = _skip(text, punct_end, limit, str.isspace)
    if after == limit:
        return True
    first = text[after]
    if not (first.isupper() or first.isdigit() or first in "\"'\u201c\u2018([*-"):
        return False
    if first.isdigit() and not _YEAR.match(text, after, limit):
        # Newspapers spell out a number that opens a sentence, years apart: "loaded. 38-caliber
        # revolver", "lend? 22.4bn" are copies that lost a character ("." of .38, "\u00a3").
        return False
    closes_aside = ")" in text[punct_start:punct_end]
    if text[punct_start] in "?!" and closes_aside and _mid_sentence_aside(text, punct_start):
        return False  # "I did a double-take (or was it a triple?) when I saw him"
    if text[punct_start] == "!" and punct_start >= 1 and text[punct_start - 1].isupper() and \
            (punct_start == 1 or not text[punct_start - 2].isalnum()):
        return False  # a name with its mark: "he told E! News"
    if text[punct_start] in "?!" and text[punct_end - 1] in "\"\u201d" and \
            _SPEAKER_AFTER.match(text, after, limit):
        return False  # after a full stop, a quotation ends its sentence: "...," Roe said
    if text[punct_start] == "\u2026" or text.startswith("..", punct_start):
        # An ellipsis set off by spaces is a pause ("the next host is ... Jane Roe."), as is
        # one in a Title Case headline ("Checks Out Of Rehab... To Check Into Another").
        return not text[punct_start - 1:punct_start].isspace() and not _in_headline(text, punct_start)
    if text[punct_start] != ".":
        return True
    word = _word_before(text, punct_start)
    lowered = word.lower()
    if lowered in _NEVER_END:
        return False
    next_word = _WORD.match(text, _skip(text, after, limit, "\"'\u201c\u2018([".__contains__), limit)
    opener = next_word is not None and next_word.group().lower() in _OPENERS
    if lowered.replace("/", "-").rsplit("-", 1)[-1] in _NAME_TITLES:
        return opener  # a title that begins a name joined to another: "the Aoraki-Mt. Cook park"
    if lowered in _MAY_END:
        return opener and not _in_headline(text, punct_start)
    if lowered in _STATES and first == "-":
        return False
    # Of "Wittman/P.J." the name after the slash.
    tail = word.replace("/", "-").rsplit("-", 1)[-1]
    if len(tail) == 1 and word[-1].isalpha():
        # An initial, as in "John F. Kennedy"; "a. 357 Magnum" is a gun lost to a bad copy;
        # "(D-W. Va.)" is a party and a state.
        return False
    if "." in tail and all(len(part) <= 2 for part in tail.split(".")):
        return opener and not _in_headline(text, punct_start)  # "U.S." ends one only before an opener
    return True


# A line this short whose words nearly all start with a capital is a headline.
HEADLINE_MAX_WORDS = 20
HEADLINE_CAPITALS = 0.8


# How far back the bracket of an aside may open.
ASIDE_CHARS = 80


def _mid_sentence_aside(text: str, index: int) -> bool:
    """Whether the mark at ``index`` ends an aside in brackets that opened after a word of
    the sentence, not one that stands as a sentence of its own ("(Why?) He left.")."""
    opening = text.rfind("(", max(0, index - ASIDE_CHARS), index)
    if opening < 1 or any(mark in text[opening:index] for mark in ".!?)"):
        return False
    before = text[max(0, opening - 2):opening]
    return len(before) == 2 and before[1].isspace() and (before[0].isalnum() or before[0] in ",;:")


def _in_headline(text: str, index: int) -> bool:
    """Whether ``index`` lies in a Title Case line, where a capitalised opener after an
    abbreviation says nothing ("Arcade Joseph Comeaux Jr. On The Lam in Texas")."""
    start, end = text.rfind("\n", 0, index) + 1, text.find("\n", index)
    words = [word for word in text[start:end if end >= 0 else len(text)].split() if word[0].isalpha()]
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return False
    return sum(word[0].isupper() for word in words) >= HEADLINE_CAPITALS * len(words)


def _skip(text: str, index: int, limit: int, skipped: Callable[[str], bool]) -> int:
    while index < limit and skipped(text[index]):
        index += 1
    return index


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"\u201c":
        start -= 1
    return text[start:index].rstrip(".")


def _lines(text: str) -> list[_Line]:
    """The text's paragraphs: its lines, with the lines of a hard-wrapped sentence joined."""
    runs: list[list[_Line]] = []
    for line in _physical_lines(text):
        if runs and _continues(runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return [run[0] if len(run) == 1 else _joined(text, run) for run in runs]


def _joined(text: str, run: list[_Line]) -> _Line:
    first, last = run[0], run[-1]
    return _Line(number=first.number, start=first.start, end=last.end, text=text[first.start:last.end],
                 is_bullet=first.is_bullet, is_heading=False,
                 words=tuple(word for line in run for word in line.words))


_QUOTES = "\"'\u201c\u2018"
# A line this short that ends with a colon leads in to the quotation under it ("Jane Roe told
# the conference:"); a longer one states something of its own first.
MAX_LEAD_IN = 12
_CLOSING = " \"'\u201d\u2019)"
# A line that ends with one of these may end its sentence.
_SENTENCE_END = (".", "!", "?", ":", ";", "\u2026")
# A line shorter than this with no verb is a title when the next line starts in lower case.
MIN_WRAPPED_WORDS = 10


# A line of fewer words is no sentence of its own (it would be dropped).
FRAGMENT_WORDS = 3


def _ends_with_title(text: str) -> bool:
    """Whether a line stops on a title that begins a name ("Const.", "Dr."): no sentence ends
    there, so the name is on the next line."""
    last = text.rsplit(None, 1)[-1]
    # Not "St.", "Mt.", "Ft.": at the end of a line they are mostly a street, a mount, feet.
    return last.endswith(".") and last[:-1].lower() in _NAME_TITLES - {"st", "mt", "ft"}


_LABELLED_ITEM = re.compile(
    r"(?<![\w'\u2019&/-])[A-Z][\w'\u2019&/-]*+(?:[ \t]++[\w'\u2019&/-]++){0,5}?:[ \t]")
_ANNOUNCES_LIST = re.compile(r"\b(?:following|as\s+follows|these|several|include|including)\b", re.IGNORECASE)
# A lead-in of fewer words ("UPDATE:", "Limited:") is a label, not half a sentence.
MIN_COLON_LEAD_WORDS = 3


def _continues(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` left open: "... the council" /
    "said on Monday." A line in lower case after one without a full stop, or a quotation after
    a comma or a colon ("Roe said:" / "We will ..."); not a date line under a headline ("on
    Apr 12 2007"), nor after a Title Case one."""
    before, after = previous.text.rstrip(), line.text.lstrip()
    if not before or not after or previous.is_heading or line.is_heading or line.is_bullet:
        return False
    lead_in = before.endswith(",") or before.endswith(":") and len(previous.words) <= MAX_LEAD_IN
    if after[0] in _QUOTES and lead_in:
        return not is_furniture_line(line, in_headline_block=True)  # "Roe said:" / "We will ..."
    if before.endswith(":") and after[0] not in _QUOTES and len(previous.words) >= MIN_COLON_LEAD_WORDS \
            and not _is_title_case(previous.words) and not all(word[:1].isupper() for word in previous.words):
        # "The results were disastrous:" / "Critics panned the format ...": what it announces;
        # not the items of a list ("... several key areas:" / "Trade: ...", "the following:").
        return not is_furniture_line(line, in_headline_block=True) and not line.text.rstrip().endswith(":") \
            and not _LABELLED_ITEM.match(after) and not _ANNOUNCES_LIST.search(before)
    if after[0].isupper() and _ends_with_title(before):
        return True  # "... city police spokesman Const." / "Tim Fanning said ..."
    if len(line.words) < FRAGMENT_WORDS and before.rsplit(None, 1)[-1].rstrip(".").lower() in _MAY_END:
        return True  # "... at around 9:40 p.m." / "Friday night.": the time goes on
    if before.endswith(";") and after[0].islower():
        return True  # "... was shocked at this;" / "he had guarded the secret ...": one sentence
    if before.rstrip(_CLOSING).endswith(_SENTENCE_END) or not after[0].islower():
        return False
    if len(previous.words) < MIN_WRAPPED_WORDS and not _has_verb(previous.words):
        return False  # a short title ("Farewell to another piece of history"), not a wrapped line
    return not _is_title_case(previous.words) and not is_furniture_line(line, in_headline_block=True)


def _physical_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        markup = _LEAD_MARKUP.match(raw)
        content_start = markup.end() if markup else 0
        marker = raw[:content_start].strip()
        label = _BOLD_LABEL.match(raw, content_start) or _DATELINE.match(raw, content_start)
        content_start = label.end() if label else content_start
        symbols = _LEAD_SYMBOLS.match(raw, content_start)
        opened = symbols.group() if symbols else ""
        content_start = symbols.end() if symbols else content_start
        content = raw[content_start:].rstrip()
        emphasis = opened[len(opened.rstrip("*_")):]
        if emphasis and emphasis in content.rstrip("*_"):
            # "**Four times** the limit ...": the emphasis closes within the line, and both
            # of its marks are in the span or neither is.
            content_start -= len(emphasis)
            content = raw[content_start:].rstrip()
        elif emphasis:
            # "*By the Northline Daily newsdesk.*": the emphasis closes where the line ends.
            content = content.rstrip("*_")
        lines.append(
            _Line(
                number=number,
                start=offset + content_start,
                end=offset + content_start + len(content),
                text=content,
                is_bullet=marker[:1] in ("-", "*", "+", "\u2022") or marker[:1].isdigit(),
                is_heading=marker.startswith("#"),
                words=tuple(_words(content)),
            )
        )
        offset += len(raw) + 1
    return lines


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` has ``count`` words: stops there rather than read them all."""
    return len(list(islice(_WORD.finditer(text, start, end), count))) == count


# Words that deny a whole statement on their own: "Nobody died."
_DENYING_SUBJECTS = frozenset("nobody none nothing".split())


def _is_short_denial(sentence: str) -> bool:
    """A two-word sentence that denies ("Nobody died.", "None survived."): a fact, though
    most two-word sentences are labels or asides ("Trust me.", "Power cut")."""
    words = _WORD.findall(sentence)
    return len(words) == 2 and words[0].lower() in _DENYING_SUBJECTS and words[1].islower() and \
        sentence.rstrip().endswith(".")


def is_body_line(line: _Line) -> bool:
    return len(line.words) >= 8 and line.text.endswith(_TERMINAL)


def _has_verb(words: Sequence[str]) -> bool:
    return any(
        word.lower() in _VERBISH or (index > 0 and word.islower() and word.endswith("ed"))
        for index, word in enumerate(words)
    )


def is_furniture_line(line: _Line, *, in_headline_block: bool) -> bool:
    """Bylines, counters, banners, bare links, date lines, link lists and headings."""
    text = line.text
    words = line.words
    if not words:
        return True
    stripped = text.strip(" \t.:;|")
    if _URL.fullmatch(stripped) or _DATE_LINE.fullmatch(stripped):
        return True
    if len(words) <= MAX_DATE_LINE_TOKENS and (_is_date_line(stripped) or _MORE_FROM.match(stripped)):
        return True
    if stripped.lower().startswith(("http://", "https://")):
        return True  # a link, even one a text export broke up with spaces
    if words[0] == "By" and _names_a_writer(words[1:]) and len(words) <= MAX_BYLINE_WORDS and \
            not _has_verb(words):
        return True  # "By Dana Whitcombe, Courier staff - Thursday, March 6", "By the newsdesk."
    if text.startswith("On behalf of ") and _LATER_POSTED.search(text):
        return True  # "On behalf of Jane Roe, Esq. posted in Accidents on Wednesday, ...": a byline
    if (_STAMP.match(text) or _LATER_STAMP.search(text)) and len(words) <= 20 and \
            sum(w.isdigit() for w in words) >= 2:
        return True  # "Updated 11/27/2005 3:41 PM", "Posted: Nov 27, 2005"
    terminal = text.endswith(_TERMINAL)
    if len(words) <= 4 and not terminal:
        return not (in_headline_block and len(words) >= 3 and _has_verb(words))
    if len(words) <= 6 and not _FURNITURE_WORDS.isdisjoint(word.lower() for word in words):
        return True
    if text.endswith(":") and len(words) <= 4:
        return True
    if line.is_bullet and _is_title_case(words) and not text.endswith("."):
        return True  # a related-article link
    if _LABELLED_NUMBER.fullmatch(stripped) or (
            words[0] == "About" and len(words) <= MAX_ABOUT_WORDS and all(w[:1].isupper() for w in words)):
        return True  # "Dial-in number: +1 877 268 9324", "About Acme Inc.": a release's furniture
    if not terminal and not in_headline_block:
        return len(words) <= 14 and not _has_verb(words) and \
            (text.endswith(":") or not _reads_as_prose(words))
    return False


def _names_a_writer(words: tuple[str, ...]) -> bool:
    """After "By": a name or a desk ("Dana Whitcombe", "the Northline Daily newsdesk"), not
    a time ("By Friday") nor a phrase ("By all indications")."""
    name = words[1:2] if words[:1] == ("the",) else words[:1]
    return bool(name) and name[0][:1].isupper() and name[0].lower() not in MONTHS and \
        name[0].lower() not in WEEKDAYS


def _reads_as_prose(words: Sequence[str]) -> bool:
    """A line mostly in lower case, long enough to be a sentence that lost its full stop
    ("The line also includes both USB 2.0 and USB 3.0 support"), not a subheading."""
    return len(words) >= MIN_PROSE_WORDS and 2 * sum(word.islower() for word in words) > len(words)


def _is_pointer(sentence: str) -> bool:
    """A short sentence that sends the reader to a link ("The fix is available from this
    link."), or frames what follows ("Here is how they describe the device:", "Official PR
    text follows below."); a longer one also tells something ("... register at this link")."""
    if len(_words(sentence)) > MAX_POINTER_WORDS:
        return False
    lowered = sentence.lower().rstrip()
    return _POINTER.search(sentence) is not None or lowered.endswith(("follows below.", "follows:")) or (
        lowered.startswith(("here is ", "here's ", "here\u2019s ", "here are ")) and lowered.endswith(":"))


def _is_credit(sentence: str) -> bool:
    """A parenthesis standing alone with no verb: where the text came from, not a claim."""
    bare = sentence.lstrip("\"'\u201c\u201d \t")
    # A long one is a sentence set in parentheses, whatever its verb ("(And Roe and Doe now run
    # the studio's film division.)").
    return _ASIDE.fullmatch(bare) is not None and not _has_verb(words := _words(bare)) and \
        len(words) < MIN_ASIDE_SENTENCE_WORDS


def _is_title_case(words: Sequence[str]) -> bool:
    long_words = [word for word in words[1:] if len(word) >= 4 and word[0].isalpha()]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return capitalised / len(long_words) >= 0.6


# The attribution reader looks at a sentence's whole paragraph, and before each speech verb
# at every word back to the clause's start: fine for real paragraphs (a few thousand
# characters at most), quadratic on a megabyte pasted without line breaks or punctuation.
# Past these sizes a sentence is read on its own, or only for its certainty.
MAX_PARAGRAPH = 20_000
MAX_SENTENCE = 2_000


def _read(text: str, line: _Line, start: int, end: int,
          quotes: tuple[tuple[int, int], ...]) -> tuple[Attribution, Certainty]:
    if end - start > MAX_SENTENCE:
        return Attribution(), certainty_of(text[start:end], in_quote=in_quotation(text, start, end, quotes))
    if line.end - line.start > MAX_PARAGRAPH:
        sentence = text[start:end]
        return read_sentence(sentence, 0, len(sentence), quote_spans(sentence))
    return read_sentence(text, start, end, quotes)


def _is_question(sentence: str) -> bool:
    ending = sentence.rstrip(" \"'\u201d\u2019")
    opening = max(ending.rfind('"'), ending.rfind("\u201c"))
    if ending != sentence.rstrip() and opening > 0 and any(char.isalnum() for char in ending[:opening]):
        return False  # 'They all had the same reaction: "Who is he?"': a statement that quotes one
    # "... opening day.?": a quotation mark lost in a copy, after the sentence's full stop.
    return ending.endswith("?") and not ending.endswith((".?", ",?")) and not _has_question_tag(ending)


# A statement of this many words or more, and a question tag of a few words after it.
MIN_TAGGED_WORDS = 8
MAX_TAG_WORDS = 3
# Words that open a question: "who's counting?", "isn't it?", "right?".
_QUESTION_OPENERS = frozenset(
    """who who's whom whose what what's which where when why how is isn't are aren't was wasn't
    were weren't do does did don't doesn't didn't can can't could couldn't will won't would
    wouldn't should shouldn't has hasn't have haven't had right eh""".split())


def _has_question_tag(sentence: str) -> bool:
    """ "He now has 2,029 points in 106 games, but who's counting?": a statement with a
    question tagged on after a comma, not the writer's question."""
    head, comma, tag = sentence.rpartition(",")
    if not comma:
        return False
    head_words = _words(head)
    tag_words = [word.lower() for word in _words(tag)]
    if tag_words[:1] in (["but"], ["and"], ["or"]):
        tag_words = tag_words[1:]
    return len(head_words) >= MIN_TAGGED_WORDS and head_words[0].lower() not in _QUESTION_OPENERS and \
        0 < len(tag_words) <= MAX_TAG_WORDS and tag_words[0] in _QUESTION_OPENERS


def extract_claims(source: Source) -> list[Claim]:
    """Every claim of one source, in reading order, with its exact span."""
    text = source.text
    claims: list[Claim] = []
    in_headline_block = True
    quotes = quote_spans(text)
    for line in _lines(text):
        if not line.text.strip():
            continue
        if is_body_line(line):
            in_headline_block = False
        if is_furniture_line(line, in_headline_block=in_headline_block):
            continue
        # A sentence may start on a later line of a hard-wrapped paragraph.
        number, counted = line.number, line.start
        for start, end in split_sentences(text, line.start, line.end):
            if not (_has_words(text, start, end, 3) or _is_short_denial(text[start:end])) or \
                    _is_credit(text[start:end]) or \
                    _FOR_THE_READER.match(text, start, end) or _is_pointer(text[start:end]):
                continue
            attribution, certainty = _read(text, line, start, end, quotes)
            if certainty is not Certainty.QUOTED and _is_question(text[start:end]):
                continue  # the writer's own question ("But why did Acme buy it?") asserts nothing
            number, counted = number + text.count("\n", counted, start), start
            claims.append(
                Claim(source=source.path, line=number, start=start, end=end, text=text[start:end],
                      attribution=attribution, certainty=certainty)
            )
    return claims


# A clause: a stretch of a claim between commas or semicolons. One of fewer words than this
# is part of its neighbour ("Tessaby, a village"; "Jon Stewart, Ellen DeGeneres").
CLAUSE_WORDS = 3
_CLAUSE_BREAK = re.compile(r"[,;]\s+")


def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans in ``text`` of the clauses of a claim that states several things ("A train
    derailed on Tuesday, sending 37 people to hospital"); () for a claim of one clause."""
    spans: list[list[int]] = []
    start, short, after_semicolon = 0, False, False
    for found in [*_CLAUSE_BREAK.finditer(text), None]:
        end = found.start() if found else len(text)
        was_short, short = short, _word_count(text, start, end) < CLAUSE_WORDS
        # A semicolon parts two statements even when a list follows it ("...a tiara set with
        # 212 stones; a necklace, a bracelet and two brooches were also taken").
        if spans and (short or was_short) and not after_semicolon:
            spans[-1][1] = end
        elif end > start:
            spans.append([start, end])
        start = found.end() if found else len(text)
        after_semicolon = found is not None and found.group().startswith(";")
    return tuple((first, last) for first, last in spans) if len(spans) > 1 else ()


def _word_count(text: str, start: int, end: int) -> int:
    return sum(1 for _ in islice(_WORD.finditer(text, start, end), CLAUSE_WORDS))
