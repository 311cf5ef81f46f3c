"""The cheap tests that let most sentences skip the attribution and hedge patterns.

Each must let through every sentence its patterns could match, in any case the patterns
accept: the examples below are decided only by the full patterns, and the properties
compare the shortcuts with the patterns run on everything.
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import attribution
from factcheck.attribution import _HEDGE_RE, _MONTH_MAY, _NOT_HEDGED, attribute, certainty_of, hedge_words
from factcheck.models import AttributionKind, Certainty

# re.IGNORECASE takes these for ASCII letters where lower() does not.
ODD = {"i": ("\u0130", "\u0131"), "s": ("\u017f",), "k": ("\u212a",)}

CERTAINTIES = [
    ("They were without any possibility of escape.", Certainty.ASSERTED),
    ("They were w\u0131thout any possibility of escape.", Certainty.ASSERTED),
    ("They were W\u0130THOUT any possibility of escape.", Certainty.ASSERTED),
    ("The vote may be delayed.", Certainty.HEDGED),
    ("The vote is set for May 5 in the capital.", Certainty.ASSERTED),
    ("The launch, due May 5may, slipped.", Certainty.HEDGED),  # "5" goes, "may" stays
    ("The mayor opened the bridge.", Certainty.ASSERTED),
]


@pytest.mark.parametrize(("sentence", "expected"), CERTAINTIES)
def test_certainty_with_odd_letters(sentence, expected):
    assert certainty_of(sentence, in_quote=False) is expected


ATTRIBUTIONS = [
    ("It was said to be the largest fire in decades.", AttributionKind.ANONYMOUS),
    ("It was \u017faid to be the largest fire in decades.", AttributionKind.ANONYMOUS),
    ("It was \u017fAID to be the largest fire in decades.", AttributionKind.ANONYMOUS),
    ("The fire was the largest in decades.", AttributionKind.NONE),
    ("The fire was the largest in decades, Jane Roe said.", AttributionKind.NAMED),
    ("The fire was the largest in decades, Jane Roe said on condition of anonymity.",
     AttributionKind.ANONYMOUS),
    ("The fire was the largest in decades, Jane Roe said. She declined to be \u0131dentified.",
     AttributionKind.ANONYMOUS),
    ("The fire was the largest in decades, Jane Roe said. She a\u017fked not to be NAMED.",
     AttributionKind.ANONYMOUS),
]


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTIONS)
def test_attribution_with_odd_letters(sentence, expected):
    assert attribute(sentence).kind is expected


def _hedges_by_patterns(sentence: str) -> tuple[str, ...]:
    """hedge_words without its shortcuts."""
    text = _NOT_HEDGED.sub(" ", _MONTH_MAY.sub(" ", sentence))
    lowered = " ".join(text.lower().split())
    return tuple(dict.fromkeys(m.group() for m in _HEDGE_RE.finditer(lowered)))


def _odd_spellings(word: str) -> list[str]:
    spellings = [word, word.upper(), word.capitalize()]
    for letter, odd in ODD.items():
        spellings += [word.replace(letter, char) for char in odd if letter in word]
    return spellings


CUES = ("said", "says", "according", "to", "reportedly", "it", "was", "is", "thought", "saying",
        "would", "could", "not", "without", "possibility", "likely", "than", "as", "expected",
        "May", "5", "may", "might", "appears", "Jane", "Roe", "police", "told", "Reuters", "and")
TOKEN = st.one_of(
    st.sampled_from([spelling for word in CUES for spelling in _odd_spellings(word)]),
    st.sampled_from((" ", " ", ", ", ". ", "-", "'", '"', "\u201c", "\u201d", "\n", "x", "5")),
)
SENTENCE = st.lists(TOKEN, max_size=16).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(SENTENCE)
def test_hedge_shortcuts_agree_with_the_patterns(sentence):
    assert hedge_words(sentence) == _hedges_by_patterns(sentence)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(SENTENCE)
def test_attribution_shortcut_agrees_with_the_full_reading(sentence):
    quick = attribution._read_span.__wrapped__(sentence, 0, len(sentence))
    with mock.patch.object(attribution, "_has_cue", lambda _sentence: True):
        full = attribution._read_span.__wrapped__(sentence, 0, len(sentence))
    assert quick == full
