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

from ._batch import _shared_fields
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


class _Employee:
    """An employee read from a record: the object, its JSON bytes, and a small
    number standing for every field but its id and NIP (what its outcomes
    depend on)."""

    __slots__ = ("employee", "json_bytes", "kind")

    def __init__(self, employee: Employee, json_bytes: bytes, kind: int) -> None:
        self.employee = employee
        self.json_bytes = json_bytes
        self.kind = kind


# (state, head, tail, mid, end, end without its line break): a record is
# head + employee + mid + hex digest + end (see RecordEncoder).
_Entry = tuple[Any, str, bytes, str, str, str]


class Replay:
    """Replays decision records on *resolver*, one line of text at a time."""

    def __init__(self, resolver: Resolver, max_employees: int = 10_000,
                 max_entries: int = 200_000) -> None:
        self._resolver = resolver
        self._encoder = RecordEncoder()
        self._employees: dict[str, _Employee | None] = {}
        self._kinds: dict[tuple[object, ...], int] = {}
        self._entries: dict[tuple[int, str, bool], _Entry | None] = {}
        self._dates: dict[str, dt.date] = {}
        self._max = max_employees
        self._max_entries = max_entries
        self._last: tuple[str, _Employee] | None = None

    def _employee(self, text: str) -> _Employee | None:
        if text in self._employees:
            return self._employees[text]
        made: _Employee | None = None
        try:
            employee = Employee.from_dict(json.loads(text))
        except (ValueError, TypeError, AttributeError, KebijakanError):
            pass
        else:
            if employee_json(employee) == text:  # the canonical text of that employee
                if len(self._kinds) >= self._max_entries:  # kinds number the entries
                    self._kinds.clear()
                    self._entries.clear()
                kind = self._kinds.setdefault(_shared_fields(employee), len(self._kinds))
                made = _Employee(employee, text.encode("utf-8"), kind)
        if len(self._employees) >= self._max:
            self._employees.clear()
        self._employees[text] = made
        return made

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

    def _entry(self, who: _Employee, date: str, drafts: bool) -> _Entry | None:
        """The shared text of the records of employees of *who*'s kind on *date*."""
        key = (who.kind, date, drafts)
        if key in self._entries:
            return self._entries[key]
        entry: _Entry | None = None
        day = self._date(date)
        if day is not None:
            try:
                decision = self._resolver.decide(who.employee, day, include_drafts=drafts)
            except KebijakanError:
                decision = None
            if decision is not None:  # shared by every kind deciding the same
                entry = self._encoder.texts(who.employee, day, decision.outcome,
                                            decision.ruleset, drafts)
        if len(self._entries) >= self._max_entries:
            self._entries.clear()
        self._entries[key] = entry
        return entry

    def reproduces(self, line: str) -> dict[str, Any] | None:
        """The record *line*'s ``fingerprint`` (and ``chain`` link, if it has one) when
        deciding again renders exactly *line* (with or without its line break);
        ``None`` otherwise."""
        at = line.find(_DATE)
        start = line.find(_EMPLOYEE, at)
        end = line.find(_FINGERPRINT, start)
        if at < 0 or start < 0 or end < 0 or line[at + 19:at + 20] != '"':
            return None
        last = self._last
        if last is not None and end - start - 12 == len(last[0]) and line.startswith(last[0],
                                                                                     start + 12):
            who: _Employee | None = last[1]  # the employee of the record before (files
        else:                                 # list each employee's dates together)
            text = line[start + 12:end]
            who = self._employee(text)
            self._last = (text, who) if who is not None else None
        if who is None:
            return None
        if line.find(_CHAIN, 0, at) >= 0:
            return self._chained(line, at, start, end, who)
        date = line[at + 9:at + 19]
        for drafts in (False, True):  # the option is in the text: the bytes settle it
            entry = self._entry(who, date, drafts)
            if entry is not None:
                state, head, tail, mid, tail_text, tail_open = entry
                h = state.copy()
                h.update(who.json_bytes)
                h.update(tail)
                digest = h.hexdigest()
                # line == head + employee + mid + digest + end, piece by piece
                rest = len(line) - (end + len(mid) + 64)
                if (len(head) == start + 12 and line.startswith(head)
                        and line.startswith(mid, end) and line.startswith(digest, end + len(mid))
                        and ((rest == len(tail_text) and line.endswith(tail_text))
                             or (rest == len(tail_open) and line.endswith(tail_open)))):
                    return {"fingerprint": "sha256:" + digest}
            if _DRAFTS not in line:
                break
        return None

    def _chained(self, line: str, at: int, start: int, end: int, who: _Employee
                 ) -> dict[str, Any] | None:
        first = line.find(_CHAIN)
        last = line.find(_CONDITIONS, first)
        if last < 0:
            return None
        link = line[first + len(_CHAIN) - 1:last + 1]
        chain = _link(link)
        day = self._date(line[at + 9:at + 19])
        if chain is None or day is None:
            return None
        emp = line[start + 12:end]
        for drafts in (False, True):
            try:
                decision = self._resolver.decide(who.employee, day, include_drafts=drafts)
            except KebijakanError:
                return None
            done = self._encoder.chained(who.employee, day, decision.outcome,
                                         decision.ruleset, drafts, emp, who.json_bytes, link)
            if done is not None and (done[0] == line or done[0][:-1] == line):
                return {"fingerprint": line[end + 16:end + 87], "chain": chain}
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

