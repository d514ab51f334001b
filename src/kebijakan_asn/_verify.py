"""``verify`` at decide speed: a record is reproduced when deciding its employee
on its date again renders exactly its bytes.

:class:`Replay` reads the inputs of a decision record from its text — the
date, the employee, the ``include_drafts`` option and its chain link if it
has one, at the places canonical JSON puts them — decides again and renders
the record with :class:`~kebijakan_asn._serial.RecordEncoder`.  Equal bytes
prove the record is the canonical record of that decision today, fingerprint
included: nothing is parsed or compared field by field.  A chained record is
rendered with the link it carries, and the caller checks that link against
the record before it.  Anything else (another byte, text the reading does
not understand) gets ``None``, and the caller parses the record and diffs it
to say what differs.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ._errors import KebijakanError
from ._model import Employee
from ._resolver import Resolver
from ._serial import RecordEncoder, employee_json, link_json

__all__ = ["Replay"]

_DATE = ',"date":"'
_EMPLOYEE = ',"employee":{'
_FINGERPRINT = ',"fingerprint":"'
_DRAFTS = '"options":{"include_drafts":true}'
_CHAIN = ',"chain":{'
_CONDITIONS = '},"conditions":'


class Replay:
    """Replays decision records on *resolver*, one line of text at a time."""

    def __init__(self, resolver: Resolver, max_employees: int = 10_000) -> None:
        self._resolver = resolver
        self._encoder = RecordEncoder()
        self._employees: dict[str, tuple[Employee, bytes] | None] = {}
        self._dates: dict[str, dt.date] = {}
        self._max = max_employees

    def _employee(self, text: str) -> tuple[Employee, bytes] | None:
        if text in self._employees:
            return self._employees[text]
        found: tuple[Employee, bytes] | None = None
        try:
            employee = Employee.from_dict(json.loads(text))
        except (ValueError, TypeError, AttributeError, KebijakanError):
            pass
        else:
            if employee_json(employee) == text:  # the canonical text of that employee
                found = (employee, text.encode("utf-8"))
        if len(self._employees) >= self._max:
            self._employees.clear()
        self._employees[text] = found
        return found

    def _date(self, text: str) -> dt.date | None:
        day = self._dates.get(text)
        if day is None:
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                return None
            if len(self._dates) >= 4_096:
                self._dates.clear()
            self._dates[text] = day
        return day

    def reproduces(self, line: str) -> dict[str, Any] | None:
        """The record *line*'s ``fingerprint`` (and ``chain`` link, if it has one) when
        deciding again renders exactly *line* (with or without its line break);
        ``None`` otherwise."""
        at = line.find(_DATE)
        start = line.find(_EMPLOYEE, at)
        end = line.find(_FINGERPRINT, start)
        if at < 0 or start < 0 or end < 0 or line[at + 19:at + 20] != '"':
            return None
        link: str | None = None
        if line.find(_CHAIN, 0, at) >= 0:
            first = line.find(_CHAIN)
            last = line.find(_CONDITIONS, first)
            if last < 0:
                return None
            link = line[first + len(_CHAIN) - 1:last + 1]
            chain = _link(link)
            if chain is None:
                return None
        day = self._date(line[at + 9:at + 19])
        emp = line[start + 12:end]
        found = self._employee(emp)
        if day is None or found is None:
            return None
        employee, emp_bytes = found
        for drafts in (False, True):  # the option is in the text: the bytes settle it
            try:
                decision = self._resolver.decide(employee, day, include_drafts=drafts)
            except KebijakanError:
                return None
            if link is None:
                again: str | None = self._encoder.record(
                    employee, day, decision.outcome, decision.ruleset, drafts, emp, emp_bytes)
            else:
                done = self._encoder.chained(employee, day, decision.outcome, decision.ruleset,
                                             drafts, emp, emp_bytes, link)
                again = done[0] if done is not None else None
            if again is not None and (again == line or again[:-1] == line):
                fingerprint = line[end + 16:end + 87]
                if link is None:
                    return {"fingerprint": fingerprint}
                return {"fingerprint": fingerprint, "chain": chain}
            if _DRAFTS not in line:
                break
        return None


def _link(text: str) -> dict[str, Any] | None:
    """The chain link *text* as a mapping, if it is the canonical JSON of a link."""
    try:
        link = json.loads(text)
    except ValueError:
        return None
    if not isinstance(link, dict) or set(link) != {"index", "previous"}:
        return None
    index, previous = link["index"], link["previous"]
    if type(index) is not int or not (previous is None or type(previous) is str):
        return None
    return link if link_json(index, previous) == text else None

