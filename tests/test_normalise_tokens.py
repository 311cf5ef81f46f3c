"""Facts each token carries, worked out once per word, and the extractor's skip of plain words."""

from __future__ import annotations

import pytest

from factcheck import lexicon
from factcheck.normalise import AliasTable, Context, _Extractor, tokenize

ALIASES = AliasTable()

WORDS = [
    # word, number, day, plain (no value can start at it)
    ("1,500", 1500.0, None, False),
    ("2.5", 2.5, None, False),
    ("10th", None, 10, False),
    ("1990s", None, None, True),
    ("1.5th", None, None, True),
    ("April", None, None, False),
    ("Monday", None, None, False),
    ("third", None, None, False),
    ("twenty", None, None, False),
    ("$", None, None, False),
    ("dollars", None, None, False),
    ("largest", None, None, False),
    ("biggest", None, None, False),  # a synonym of "largest"
    ("summit", None, None, True),
    ("Jane", None, None, True),
    ("percent", None, None, True),  # read after a number, never the start of a value
]


@pytest.mark.parametrize(("word", "number", "day", "plain"), WORDS)
def test_token_facts(word, number, day, plain):
    (token,) = tokenize(word, ALIASES)
    assert (token.number, token.day, token.plain) == (number, day, plain)


# Every word the extractor knows, each beside ordinary words, in several sentences.
KNOWN = sorted({
    *lexicon.MONTHS, *lexicon.WEEKDAYS, *lexicon.ORDINALS, *lexicon.UNITS, *lexicon.SCALES,
    *lexicon.DURATIONS, *lexicon.SUPERLATIVES, *lexicon.CURRENCIES, *lexicon.APPROXIMATE,
    *lexicon.TITLES, "ever", "old", "per", "cent", "between", "and", "to", "of", "the",
})
SENTENCES = [
    " ".join(f"the {word.capitalize()} {word} 10 people" for word in KNOWN),
    "More than 300 people attended the rally on the 10th of April 2024.",
    "Between 10 and 20 percent of the $30 billion went to 54,000 US troops in the 1990s.",
    "The third-largest quake in over six decades hit on Monday, killing about 1,000 people.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_step_at_a_plain_token_only_moves_on(sentence):
    """What lets the extractor skip plain tokens without stepping at them."""
    tokens = tokenize(sentence, ALIASES)
    plain = [index for index, token in enumerate(tokens) if token.plain]
    assert plain
    for index in plain:
        context = Context(year=2024, month=4)
        extractor = _Extractor(tokens, context)
        assert extractor._step(index) == index + 1
        assert (extractor.quantities, extractor.dates, extractor.ordinals, extractor.used) == ([], [], [], set())
        assert (context.year, context.month) == (2024, 4)
