"""Canonical JSON: the one byte serialisation fingerprints are taken over.

Keys sorted, no insignificant white space, UTF-8, no floats, dates in ISO
8601, fractions as ``"1/2"``, sets as sorted lists, enums as their codes.  The same
object gives the same bytes in any process, hash seed, time zone or locale.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from enum import Enum
from fractions import Fraction
from typing import Any

import attrs

__all__ = ["canonical_json", "sha256", "to_plain"]


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
