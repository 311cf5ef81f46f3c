"""Properties over arbitrary text: no crash, exact spans, every file reported, same output.

The core is fed text as the loader hands it over (decoded, line endings normalised); the
loader is tested on its own with arbitrary bytes. Articles are built from a few shared
sentences, so that some facts are found in several files, mixed with arbitrary Unicode.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.api import analyse_sources, compare
from factcheck.errors import InputError
from factcheck.load import decode
from factcheck.models import ConflictKind, Result, Source
from factcheck.render import render_json, render_markdown

# Not characters a file can hold once decoded (the loader refuses them).
ANY_CHAR = st.characters(exclude_categories=("Cs",))
WORDS = ("The", "the", "council", "mayor", "said", "approved", "budget", "bridge", "not", "never",
         "first", "second", "will", "open", "on", "Tuesday", "April", "10", "11", "2020", "$5",
         "million", "1,000", "about", "more", "than", "reportedly", "could", "Jane", "Roe", "U.S.",
         "officials", "told", "Reuters", "\u201cWe", "won\u2019t\u201d", '"yes,"', "Mr.", "e.g.", "(AP)")
GLUE = (" ", " ", " ", "\n", "\r\n", "\r", "\n\n", "\t", ". ", "! ", "? ", "...", ", ", " - ",
        "\u2026", "\u00a0", "\u2028", "\u200b", "\x00", "\x0b", "\x1b", "\ufeff", "# ", "> ", "1. ",
        "| ", "*", "`", "\u0301")
TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(GLUE),
                  st.text(ANY_CHAR, max_size=4))
SENTENCE = st.lists(TOKEN, max_size=24).map("".join)
ONE_PATH = ("a.txt", "b.md", "c/d.txt")
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def articles(draw) -> list[str]:
    """Two or three articles drawing on one pool of sentences, with arbitrary bits between."""
    pool = draw(st.lists(SENTENCE, min_size=1, max_size=6))
    count = draw(st.integers(2, 3))
    texts = []
    for _ in range(count):
        parts = draw(st.lists(st.one_of(st.sampled_from(pool), SENTENCE, st.sampled_from(GLUE)),
                              max_size=12))
        texts.append("".join(parts))
    return texts


def _sources(texts: list[str]) -> list[Source]:
    # As the loader hands text over: an explicit encoding lets NUL bytes through.
    return [Source(path, decode(text.encode("utf-8"), path, encoding="utf-8"),
                   hashlib.sha256(text.encode("utf-8")).hexdigest())
            for path, text in zip(ONE_PATH, texts, strict=False)]


def _analyse(sources: list[Source]) -> Result:
    return analyse_sources(sources, jobs=1)


@SETTINGS
@given(articles())
def test_claims_are_exact_slices_and_every_file_is_reported(texts):
    sources = _sources(texts)
    result = _analyse(sources)
    text_of = {source.path: source.text for source in sources}
    for claim in result.claims:
        text = text_of[claim.source]
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        assert claim.line == text.count("\n", 0, claim.start) + 1
        # A hard-wrapped sentence spans lines, never a blank one (a paragraph break).
        assert claim.text == claim.text.strip() and all(part.strip() for part in claim.text.split("\n"))
    grouped = {claim.key for cluster in result.clusters for claim in cluster.claims}
    assert grouped == {claim.key for claim in result.claims}  # each claim in a group
    # ... or in several when it states several facts: groups of several files that share no
    # other claim.
    for claim in result.claims:
        facts = result.facts_of(claim)
        if len(facts) > 1:
            assert all(len(fact.files) > 1 for fact in facts)
            others = [{c.key for c in fact.claims} - {claim.key} for fact in facts]
            assert all(not x & y for x, y in combinations(others, 2))

    markdown = render_markdown(result)
    data = json.loads(render_json(result))
    assert [s["path"] for s in data["sources"]] == [s.path for s in sources]
    assert [s["claims"] for s in data["sources"]] == [len(result.claims_of(s.path)) for s in sources]
    for source in sources:
        assert f"| `{source.path}`" in markdown
    for claim in result.claims:
        assert f"`{claim.location}`" in markdown


@SETTINGS
@given(articles())
def test_output_is_the_same_twice_and_whatever_the_order_of_the_sources(texts):
    sources = _sources(texts)
    first = _analyse(sources)
    again = _analyse(sources)
    backwards = _analyse(sources[::-1])
    for render in (render_markdown, render_json):
        assert render(first) == render(again)
        assert render(backwards) == render(first)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.binary(max_size=200) | st.text(ANY_CHAR, max_size=60).map(lambda t: t.encode("utf-8")),
       st.sampled_from([None, "utf-8", "latin-1", "utf-16", "cp1252", "ascii"]))
def test_the_loader_decodes_or_says_why(raw, encoding):
    try:
        text = decode(raw, "a.txt", encoding=encoding)
    except InputError as err:
        assert str(err).startswith("a.txt: ")
        return
    assert "\r" not in text and not text.startswith("\ufeff")
    text.encode("utf-8")  # a report can be written in it


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.text(ANY_CHAR, max_size=60), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_saved_with_a_bom_or_as_utf8_reads_back(text, encoding, newline):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = text.replace("\n", newline).encode(encoding)
    if encoding == "utf-8" and "\x00" in text:
        return  # NUL bytes without a byte-order mark: refused as binary, tested elsewhere
    # A ZERO WIDTH NO-BREAK SPACE first in the text reads as a byte-order mark.
    assert decode(raw, "a.txt") == text.removeprefix("\ufeff")


def test_utf8_with_nul_is_refused_as_binary():
    try:
        decode(codecs.encode("a\x00b", "utf-8"), "a.txt")
    except InputError as err:
        assert str(err).startswith("a.txt: binary file (contains NUL bytes at byte 1)")
    else:
        raise AssertionError("NUL bytes accepted")


# One measure in two units: a value and its conversion, rounded as a writer rounds it, agree;
# the same number in the other unit is another value.
UNIT_PAIRS = [("km", "miles", 1 / 1.609344), ("metres", "feet", 1 / 0.3048), ("kg", "lbs", 1 / 0.45359237),
              ("hectares", "acres", 2.4710538), ("mph", "km/h", 1.609344)]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.integers(min_value=3, max_value=50_000), st.sampled_from(UNIT_PAIRS), st.booleans())
def test_a_measure_and_its_conversion_agree(number, units, decimal):
    first, second, factor = units
    converted = f"{number * factor:,.1f}" if decimal else f"{round(number * factor):,}"
    sentence = "The survey office said the figure for the Harlow site was {} {} in its report."
    a, b = sentence.format(f"{number:,}", first), sentence.format(converted, second)
    found = compare(a, b)
    assert found.same_fact and found.conflict is None, (a, b)
    if abs(factor - 1) > 0.2:  # the same number in the other unit: another value
        other = compare(a, sentence.format(f"{number:,}", second))
        assert other.conflict is not None and other.conflict.kind is ConflictKind.NUMBER, (a, second)
