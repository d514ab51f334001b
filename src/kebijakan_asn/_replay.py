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

import contextlib
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ._batch import Prototype, _shared_fields
from ._decision import Outcome
from ._errors import KebijakanError
from ._model import Employee
from ._resolver import Resolver
from ._serial import RecordEncoder, employee_json, employee_parts, json_string, link_json

__all__ = ["Replay"]

_DATE = b',"date":"'
_EMPLOYEE = b',"employee":{'
_FINGERPRINT = b',"fingerprint":"'
_DRAFTS = b'"options":{"include_drafts":true}'
_CHAIN = b',"chain":{'
_CONDITIONS = b'},"conditions":'


# (state, head, tail, mid, end, end without its line break), UTF-8: a record is
# head + employee + mid + hex digest + end (see RecordEncoder).
_Entry = tuple[Any, bytes, bytes, bytes, bytes, bytes]


class _Kind:
    """The employees alike in every field but their id and NIP (what outcomes depend
    on): the shared text of their records by date, without and with drafts."""

    __slots__ = ("drafts", "plain")

    def __init__(self) -> None:
        self.plain: dict[bytes, _Entry | None] = {}
        self.drafts: dict[bytes, _Entry | None] = {}


class _Employee:
    """An employee read from a record: the object, its JSON bytes and its kind."""

    __slots__ = ("employee", "json_bytes", "kind", "size")

    def __init__(self, employee: Employee, json_bytes: bytes, kind: _Kind) -> None:
        self.employee = employee
        self.json_bytes = json_bytes
        self.size = len(json_bytes)
        self.kind = kind


class _Proto:
    """The first employee read of a kind, and its JSON cut where the id and NIP go."""

    __slots__ = ("kind", "maker", "parts")

    def __init__(self, employee: Employee, kind: _Kind, parts: tuple[bytes, ...]) -> None:
        self.maker = Prototype(employee)
        self.kind = kind
        self.parts = parts


_ID = b'"id":'
_NIP = b',"nip":'


def _value(raw: bytes, key: bytes, start: int) -> tuple[int, int, str | None] | None:
    """Where the value after *key* is in *raw* (from *start* on) and what it is, if it is
    ``null`` or a JSON string of up to 64 printable ASCII characters without escapes."""
    at = raw.find(key, start)
    if at < 0:
        return None
    at += len(key)
    if raw.startswith(b"null", at):
        return at, at + 4, None
    end = raw.find(b'"', at + 1)
    if raw[at:at + 1] != b'"' or end < 0 or end - at > 65:
        return None
    value = raw[at + 1:end]
    if not value.isascii() or b"\\" in value:
        return None
    text = value.decode("ascii")
    return (at, end + 1, text) if text.isprintable() else None


def _identity(raw: bytes) -> tuple[bytes, str | None, str | None] | None:
    """*raw* without the values of its id and NIP (the JSON every employee of its kind
    shares), the id and the NIP; ``None`` if they are not plain text (or null)."""
    ident = _value(raw, _ID, 0)
    nip = _value(raw, _NIP, ident[1]) if ident is not None else None
    if ident is None or nip is None:
        return None
    return raw[:ident[0]] + raw[ident[1]:nip[0]] + raw[nip[1]:], ident[2], nip[2]


def _match(line: bytes, entry: _Entry, who: _Employee) -> str | None:
    """The hex digest of *who*'s record in *entry* if *line* is that record (with or
    without its line break)."""
    state, head, tail, mid, end, end_open = entry
    h = state.copy()
    h.update(who.json_bytes)
    h.update(tail)
    digest: str = h.hexdigest()
    if line == b"".join((head, who.json_bytes, mid, digest.encode("ascii"),
                         end if line.endswith(b"\n") else end_open)):
        return digest
    return None


class Replay:
    """Replays decision records on *resolver*, one line (bytes) at a time."""

    def __init__(self, resolver: Resolver, max_employees: int = 10_000,
                 max_entries: int = 200_000) -> None:
        self._resolver = resolver
        self._encoder = RecordEncoder()
        self._employees: dict[bytes, _Employee | None] = {}
        self._protos: dict[bytes, _Proto] = {}
        self._kinds: dict[tuple[object, ...], _Kind] = {}
        self._entries = 0
        self._dates: dict[bytes, dt.date] = {}
        self._max = max_employees
        self._max_entries = max_entries
        self._last: _Employee | None = None
        self._day: bytes | None = None  # the date of the last line, if it was _last's
        self._following: dict[bytes, bytes] = {}  # the date after each date in the file
        # The guessed next line: the shared text, the employee, the date, the kind's texts.
        self._guess: tuple[_Entry, bytes, bytes, dict[bytes, _Entry | None]] | None = None

    def _employee(self, raw: bytes) -> _Employee | None:
        if raw in self._employees:
            return self._employees[raw]
        cut = _identity(raw)
        proto = self._protos.get(cut[0]) if cut is not None else None
        made: _Employee | None = None
        if cut is not None and proto is not None:  # a known kind: only the id and NIP new
            _, ident, nip = cut
            a, b, c = proto.parts
            employee = proto.maker.with_identity(ident, nip)
            if employee is not None and raw == b"".join((
                    a, json_string(ident).encode(), b, json_string(nip).encode(), c)):
                made = _Employee(employee, raw, proto.kind)
        if made is None:
            made = self._read_employee(raw)
            if made is not None and cut is not None:
                parts = employee_parts(made.employee)
                if parts is not None and b"".join(p.encode() for p in parts) == cut[0]:
                    if len(self._protos) >= self._max:
                        self._protos.clear()
                    self._protos[cut[0]] = _Proto(made.employee, made.kind,
                                                  tuple(p.encode() for p in parts))
        if len(self._employees) >= self._max:
            self._employees.clear()
        self._employees[raw] = made
        return made

    def _read_employee(self, raw: bytes) -> _Employee | None:
        """The employee whose canonical JSON is *raw*, read the ordinary way."""
        try:
            text = raw.decode("utf-8")
            employee = Employee.from_dict(json.loads(text))
        except (ValueError, TypeError, AttributeError, KebijakanError):
            return None  # (UnicodeDecodeError is a ValueError)
        if employee_json(employee) != text:  # not the canonical text of that employee
            return None
        shared = _shared_fields(employee)
        kind = self._kinds.get(shared)
        if kind is None:
            if len(self._kinds) >= self._max_entries:
                self._forget()
            kind = self._kinds[shared] = _Kind()
        return _Employee(employee, raw, kind)

    def _forget(self) -> None:
        """Drop every kind and shared text (memory stays bounded)."""
        self._kinds.clear()
        self._employees.clear()
        self._protos.clear()
        self._last = None
        self._entries = 0

    def _date(self, raw: bytes) -> dt.date | None:
        day = self._dates.get(raw)
        if day is None:
            try:
                day = dt.date.fromisoformat(raw.decode("ascii"))
            except ValueError:
                return None
            if len(self._dates) >= 4_096:
                self._dates.clear()
            self._dates[raw] = day
        return day

    def _entry(self, who: _Employee, date: bytes, drafts: bool) -> _Entry | None:
        """The shared bytes of the records of employees of *who*'s kind on *date*; made
        with those of the dates that followed *date* in the file so far (the same
        span for most employees), so the lines after this one are guessed."""
        table = who.kind.drafts if drafts else who.kind.plain
        if date in table:
            return table[date]
        dates = [date]
        if not drafts:  # the chain of dates after this one, as far as it is new here
            following = self._following.get(date)
            while following is not None and following not in table and \
                    following not in dates and len(dates) < 64:
                dates.append(following)
                following = self._following.get(following)
        found = [self._date(d) for d in dates]
        days = [d for d in found if d is not None]
        outcomes: list[Outcome | None] | None = None
        if len(days) == len(dates):
            with contextlib.suppress(KebijakanError):  # (kept here, not in the resolver)
                outcomes = list(self._resolver.outcomes(who.employee, days,
                                                        include_drafts=drafts))
        if outcomes is None:  # one of them is refused, or not a date: this one alone
            dates, found, outcomes = dates[:1], found[:1], [None]
            first = found[0]
            if first is not None:
                with contextlib.suppress(KebijakanError):
                    outcomes[0] = self._resolver.outcomes(who.employee, (first,),
                                                          include_drafts=drafts)[0]
        if self._entries + len(dates) > self._max_entries:
            for kind in self._kinds.values():
                kind.plain.clear()
                kind.drafts.clear()
            self._entries = 0
        self._entries += len(dates)
        ref, texts_of = self._resolver.ruleset_ref, self._encoder.texts_of
        for raw, day, outcome in zip(dates, found, outcomes, strict=True):
            # shared by every kind deciding the same
            table[raw] = None if day is None or outcome is None else texts_of(
                who.employee, day, outcome, ref, drafts)
        return table[date]

    def digest(self, line: bytes) -> str | None:
        """The hex digest of the record *line*'s fingerprint when deciding again
        renders exactly the bytes *line* (with or without its line break) as a
        record without a chain link; ``None`` otherwise.  Nothing is decoded but
        the employee of a line unlike the one before.

        A file lists each employee's dates together, in the same order for every
        employee: the record after one of an employee on a date is first tried as
        that employee's on the date that followed it before (one comparison
        tells whether to hash), and only then read from its bytes."""
        count, found = self.prefix((line,))
        return found if count else None

    def prefix(self, lines: Sequence[bytes], start: int = 0, limit: int | None = None
               ) -> tuple[int, str]:
        """How many of *lines* from *start* on (at most *limit*) reproduce one after
        the other, as :meth:`digest` says, and the hex digest of the last of them
        (``""`` when none does): a block of lines checked in one call."""
        stop = len(lines) if limit is None else min(len(lines), start + limit)
        following_of = self._following
        guess = self._guess
        i, found = start, ""
        while i < stop:
            line = lines[i]
            if guess is not None:  # (what _match does, inline: this is the common case)
                (state, head, tail, mid, close, close_open), emp, day, table = guess
                if line.startswith(emp, len(head)):  # the same employee (else no hash)
                    h = state.copy()
                    h.update(emp)
                    h.update(tail)
                    digest: str = h.hexdigest()
                    if line == b"".join((head, emp, mid, digest.encode("ascii"),
                                         close if line.endswith(b"\n") else close_open)):
                        self._day = day
                        following = following_of.get(day)
                        entry = None if following is None else table.get(following)
                        guess = self._guess = None if entry is None or following is None \
                            else (entry, emp, following, table)
                        found = digest
                        i += 1
                        continue
            read = self._read(line)
            if read is None:
                break
            found = read
            guess = self._guess
            i += 1
        return i - start, found

    def _read(self, line: bytes) -> str | None:
        """:meth:`digest` of a line that is not the guessed next one."""
        who = self._last
        at = line.find(_DATE)
        start = line.find(_EMPLOYEE, at + 20)
        end = line.find(_FINGERPRINT, start)
        if at < 0 or start < 0 or end < 0:
            return None
        if who is None or end - start - 12 != who.size or not line.startswith(who.json_bytes,
                                                                              start + 12):
            who = self._last = self._employee(line[start + 12:end])
            self._day = self._guess = None  # a guess is of _last's kind
            if who is None:
                return None
        date = line[at + 9:at + 19]
        entry = who.kind.plain.get(date)
        drafts = False
        while True:
            if entry is None:
                entry = self._entry(who, date, drafts)
            if entry is not None:
                found = _match(line, entry, who)
                if found is not None:
                    if drafts:
                        self._guess = None
                    else:
                        if self._day is not None:  # the same employee as the line before
                            if len(self._following) >= 4_096:
                                self._following.clear()
                            self._following[self._day] = date
                        self._went(who, date)
                    return found
            if drafts or _DRAFTS not in line:  # the option is in the bytes
                return None
            drafts, entry = True, None

    def _went(self, who: _Employee, date: bytes) -> None:
        """The line just read was *who*'s record on *date*: guess the next."""
        self._day = date
        following = self._following.get(date)
        entry = None if following is None else who.kind.plain.get(following)
        if entry is None or following is None:
            self._guess = None
        else:
            self._guess = (entry, who.json_bytes, following, who.kind.plain)

    def reproduces(self, line: bytes) -> dict[str, Any] | None:
        """The record *line*'s ``fingerprint`` (and ``chain`` link, if it has one) when
        deciding again renders exactly the bytes *line* (with or without its line
        break); ``None`` otherwise."""
        digest = self.digest(line)
        if digest is not None:
            return {"fingerprint": "sha256:" + digest}
        at = line.find(_DATE)
        chain = line.find(_CHAIN, 0, at)
        if at < 0 or chain < 0:
            return None
        start = line.find(_EMPLOYEE, at + 20)
        end = line.find(_FINGERPRINT, start)
        who = self._employee(line[start + 12:end]) if start >= 0 and end >= 0 else None
        return None if who is None else self._chained(line, at, start, end, who)

    def _chained(self, line: bytes, at: int, start: int, end: int, who: _Employee
                 ) -> dict[str, Any] | None:
        first = line.find(_CHAIN)
        last = line.find(_CONDITIONS, first)
        day = self._date(line[at + 9:at + 19])
        if last < 0 or day is None:
            return None
        try:
            link = line[first + len(_CHAIN) - 1:last + 1].decode("utf-8")
            emp = who.json_bytes.decode("utf-8")
        except ValueError:
            return None
        chain = _link(link)
        if chain is None:
            return None
        for drafts in (False, True):
            try:
                decision = self._resolver.decide(who.employee, day, include_drafts=drafts)
            except KebijakanError:
                return None
            done = self._encoder.chained(who.employee, day, decision.outcome,
                                         decision.ruleset, drafts, emp, who.json_bytes, link)
            if done is not None:
                text = done[0].encode("utf-8")
                if text == line or text[:-1] == line:
                    return {"fingerprint": done[1], "chain": chain}
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

