"""JSON Schemas (draft 2020-12) of the records kebijakan-asn writes.

``decision`` describes the decision record (``kebijakan-asn/decision/1``),
``error`` the error record a batch writes in place of an invalid input line
(``kebijakan-asn/error/1``).  The files ship with the package
(``kebijakan_asn/schemas/decision-1.json``, ``error-1.json``) for systems that
validate records in another language.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["FILES", "load"]

FILES: dict[str, str] = {"decision": "decision-1.json", "error": "error-1.json"}
"""The schema files by name."""


@cache
def _text(name: str) -> str:
    if name not in FILES:
        raise KeyError(f"no schema {name!r}; expected one of {', '.join(sorted(FILES))}")
    return resources.files(__name__).joinpath(FILES[name]).read_text(encoding="utf-8")


def load(name: str) -> dict[str, Any]:
    """The JSON Schema *name* (``"decision"`` or ``"error"``) as a fresh dict."""
    value: dict[str, Any] = json.loads(_text(name))
    return value
