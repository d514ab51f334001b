"""Canonical JSON: the one byte serialisation fingerprints are taken over.

Keys sorted, no insignificant white space, UTF-8, no floats, dates in ISO
8601, fractions as ``"1/2"``, sets as sorted lists, enums as their codes.  The same
object gives the same bytes in any process, hash seed, time zone or locale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from enum import Enum
from fractions import Fraction
from typing import Any

import attrs

__all__ = ["ESCAPED_SURROGATE", "MAX_DEPTH", "MAX_INT_DIGITS", "canonical_json", "encodable",
           "parse_json_line", "sha256", "to_plain"]

MAX_DEPTH = 8
"""Nesting of a JSON line :func:`parse_json_line` accepts (an employee object with a
``facts`` object needs 2, a decision record 4)."""
MAX_INT_DIGITS = 30
"""Digits of a JSON integer :func:`parse_json_line` accepts (an 18-digit NIP fits)."""


def to_plain(obj: object) -> Any:
    """Turn model objects into JSON values (dicts, lists, str, int, bool, None)."""
    if obj is None or isinstance(obj, (bool, int, str)):
        return obj
    if isinstance(obj, float):
        raise TypeError(f"floats are not canonical: {obj!r}")
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Fraction):
        return f"{obj.numerator}/{obj.denominator}"
    if isinstance(obj, dt.date) and not isinstance(obj, dt.datetime):
        return obj.isoformat()
    if attrs.has(type(obj)):
        out = {"type": type(obj).__name__}
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
            out[field.name] = to_plain(getattr(obj, field.name))
        return out
    if isinstance(obj, Mapping):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (frozenset, set)):
        return sorted((to_plain(v) for v in obj), key=canonical_json)
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    raise TypeError(f"cannot serialise {type(obj).__name__} canonically")


def canonical_json(value: Any) -> str:
    """The canonical JSON text of plain *value*."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def sha256(value: Any) -> str:
    """``sha256:<hex>`` over the canonical JSON of plain *value*."""
    return "sha256:" + hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


class _TooBig(ValueError):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _TooBig(f"an integer of {len(text.lstrip('-'))} digits (at most "
                      f"{MAX_INT_DIGITS})")
    return int(text)


def _no_constant(name: str) -> Any:
    raise _TooBig(f"{name} is not a JSON number")


ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
"""A JSON escape :func:`json.loads` may turn into a lone surrogate; a line without one
holds none (the canonical form never escapes them)."""


def encodable(value: object) -> bool:
    """Whether the JSON value *value* can be written as UTF-8 (holds no lone surrogate)."""
    try:
        canonical_json(value).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\[\]|\{\}")


def _deeper_than(text: str, limit: int) -> bool:
    """Whether the arrays and objects of the JSON *text* nest deeper than *limit*
    (strings skipped; text that does not balance is left to the parser)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    for _ in range(limit):  # each pass removes one level: the innermost pairs
        if not brackets:
            return False
        fewer = _INNERMOST.sub("", brackets)
        if fewer == brackets:
            return False
        brackets = fewer
    return bool(brackets)


def parse_json_line(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """One JSON value, bounded: nesting (*max_depth*), integer digits.  Raises
    ``ValueError`` (with a message for people) for anything else than a JSON value."""
    if text.count("[") + text.count("{") > max_depth and _deeper_than(text, max_depth):
        raise ValueError(f"nested deeper than {max_depth} levels")
    try:
        return json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    except (_TooBig, RecursionError) as exc:
        raise ValueError(f"not accepted: {exc or 'nested too deep'}") from None
