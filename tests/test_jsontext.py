"""factcheck.jsontext writes what json.dumps(indent=2, ensure_ascii=False) writes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import jsontext
from factcheck.models import ConflictKind, Status

scalars = st.none() | st.booleans() | st.integers() | st.text() | \
    st.floats(allow_nan=False, allow_infinity=False)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=30,
)


@given(values)
def test_same_text_as_the_standard_library(value):
    assert jsontext.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("value", [
    {}, [], "", {"a": []}, {"a": {}}, [[], {}], {"é\n\"": "\u2028\x00"}, -0.0, 1e300, 10**30,
    {"tuple": (1, "two")}, {"enums": [Status.CORROBORATED, ConflictKind.DATE]}, [True, False, None],
])
def test_edge_cases(value):
    assert jsontext.dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("value, error", [
    (float("nan"), ValueError), (float("inf"), ValueError), ({1: "a"}, TypeError), (object(), TypeError),
])
def test_refuses_what_is_not_json(value, error):
    with pytest.raises(error):
        jsontext.dumps(value)
