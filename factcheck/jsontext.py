"""JSON text as ``json.dumps(value, indent=2, ensure_ascii=False)`` writes it, faster.

With an indent, the standard library encodes in pure Python through nested generators; a
report of a large corpus holds millions of values, and that encoder was most of the time of
``render_json``. This writer handles only what a result holds (dicts with string keys,
lists, strings, ints, floats, booleans, None) and gives the same text to the byte:
tests/test_jsontext.py compares the two on arbitrary values. A float that is not finite is
refused, where ``json.dumps`` would write ``NaN``, which is not JSON.
"""

from __future__ import annotations

from json.encoder import encode_basestring

INDENT = "  "


def dumps(value: object) -> str:
    parts: list[str] = []
    _write(value, "\n", parts)
    return "".join(parts)


def _write(value: object, newline: str, parts: list[str]) -> None:
    # ``newline`` is the line break and indent of the current level.
    kind = type(value)
    if kind is str:
        parts.append(encode_basestring(value))
    elif kind is dict:
        _write_dict(value, newline, parts)
    elif kind is list or kind is tuple:
        _write_list(value, newline, parts)
    else:
        parts.append(_scalar(value))


def _write_dict(value: dict, newline: str, parts: list[str]) -> None:
    if not value:
        parts.append("{}")
        return
    inner = newline + INDENT
    separator = "{" + inner
    append = parts.append
    for key, item in value.items():
        if type(key) is not str:
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        kind = type(item)
        head = separator + encode_basestring(key) + ": "
        # Most values are strings, numbers and empty lists: each written with its key in one
        # piece, without a call per value.
        if kind is str:
            append(head + encode_basestring(item))
        elif kind is int:
            append(head + int.__repr__(item))
        elif item is None:
            append(head + "null")
        elif kind is list and not item:
            append(head + "[]")
        else:
            append(head)
            _write(item, inner, parts)
        separator = "," + inner
    append(newline + "}")


def _write_list(value: list | tuple, newline: str, parts: list[str]) -> None:
    if not value:
        parts.append("[]")
        return
    inner = newline + INDENT
    if all(type(item) is str for item in value):
        parts.append("[" + inner + ("," + inner).join(map(encode_basestring, value)) + newline + "]")
        return
    separator = "[" + inner
    for item in value:
        parts.append(separator)
        if type(item) is dict:  # records, such as claims: one call fewer each
            _write_dict(item, inner, parts)
        else:
            _write(item, inner, parts)
        separator = "," + inner
    parts.append(newline + "]")


def _scalar(value: object) -> str:
    if isinstance(value, str):  # a StrEnum member, say
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float value for JSON: {value!r}")
        return float.__repr__(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
