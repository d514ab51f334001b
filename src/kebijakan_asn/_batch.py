"""The batch engine of ``decide --input``: every employee × every date of a span
as decision records, byte for byte :meth:`Decision.to_json`, at batch speed.

* :class:`Batch` decides once per employee *key* (every field but the id and
  the NIP) and date span, and renders each record from the shared text
  of its outcome (:class:`~kebijakan_asn._serial.RecordEncoder`) with the
  employee's own JSON spliced in: no per-record :class:`Decision`.  A chained
  record (``--chain``) is rendered the same way with its link (the fingerprint
  of the record before it) spliced in, in order.
* With a roster (``Batch(..., roster=...)``, ``decide --input --roster``), the days an
  employee has no row share the outcomes and templates of the employee's key (the
  records carry the roster without a row); only the rostered days are decided one by
  one through :meth:`Resolver.decide`, their records made from templates of their own
  (the row's line spliced in), and the text is the same as deciding every day so.
* :class:`EmployeeCache` turns input rows into employees, validating each
  distinct row *but* its id and NIP once; the rows after it get the cached
  employee's fields and their own id and NIP, checked as :class:`Employee`
  checks them, and may stay :data:`Pending` (the prototype of their kind, the
  id and the NIP) until an :class:`Employee` is needed: :meth:`Batch.results`
  renders them from the shared text of the prototype's kind.
* :class:`BlockWriter` writes the text in blocks of about 256 KiB.
* :func:`record_blocks` runs a :class:`Batch` over lists of input items, in this
  process or on *jobs* worker processes (chunks of employees, results in input
  order): the same text either way.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import multiprocessing
import operator
import os
import re
import signal
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import IO, TYPE_CHECKING, Any

import attrs
from typing_extensions import TypeIs

from ._audit import Chainer
from ._codes import Status
from ._decision import Decision, Outcome, RosterRef, RuleSetRef
from ._errors import KebijakanError
from ._model import Employee
from ._resolver import Resolver
from ._serial import (
    ROW_LINE,
    RecordEncoder,
    _RowTemplate,
    employee_json,
    employee_parts,
    json_string,
    link_json,
)

if TYPE_CHECKING:
    from .roster import Roster

__all__ = ["Batch", "BlockWriter", "Decided", "EmployeeCache", "Failed", "Pending",
           "employee_of", "record_blocks"]

_Key = tuple[object, ...]
Decided = tuple[int, Any, Any, "bytes | Failed | None"]
"""An input row and its result: ``(line, item, raw, records text or refusal)``."""


_SHARED = tuple(f.name for f in attrs.fields(Employee) if f.name not in ("id", "nip"))
_shared_fields = operator.attrgetter(*_SHARED)


def _key(employee: Employee) -> _Key:
    """Every field of *employee* but its id and NIP: what its outcomes and the JSON
    around its id and NIP depend on."""
    return _shared_fields(employee)


def _cut(employee: Employee) -> tuple[str, str, str] | None:
    """The JSON of *employee* cut where its id and NIP go, as :func:`employee_parts`
    cuts it: ``a + json_string(id) + b + json_string(nip) + c`` is the JSON of an
    employee equal to it but for those two (``None`` if the cut fails).

    The cut is found in the employee's own JSON: the members ``,"id":ID,`` and
    ``,"nip":NIP,`` (its own id and NIP; other members follow both) occur there
    once each, at the top level — a fact's value is true or false, and a quote
    inside a text is escaped — so the cut is where they are; where either is
    not found exactly once, :func:`employee_parts` (checked against the JSON)."""
    text = employee_json(employee)
    ident, nip = json_string(employee.id), json_string(employee.nip)
    i, n = f',"id":{ident},', f',"nip":{nip},'
    if text.count(i) == 1 and text.count(n) == 1 and text.index(i) < text.index(n):
        a = text.index(i) + 6
        b = text.index(n) + 7
        return text[:a], text[a + len(ident):b], text[b + len(nip):]
    parts = employee_parts(employee)
    if parts is not None and parts[0] + ident + parts[1] + nip + parts[2] != text:
        return None
    return parts


@attrs.frozen
class Failed:
    """An employee the resolver refused: the error's message."""

    message: str


@attrs.frozen
class _Digests:
    """The hex digests of an employee's records, as a worker sends them back."""

    value: bytes


@attrs.frozen
class _Shared:
    """What the employees of one key share over the dates of a batch."""

    outcomes: tuple[Outcome, ...]
    ref: RuleSetRef
    parts: tuple[str, str, str] | None  # their JSON, cut where the id and NIP go
    plan: list[tuple[Any, bytes, bytes, bytes, bytes]]  # per day, see RecordEncoder.plan


class Batch:
    """Decision records of employees over the dates *days*, one employee at a time."""

    def __init__(self, resolver: Resolver, days: list[Any], *, include_drafts: bool = False,
                 max_keys: int = 50_000, roster: Roster | None = None) -> None:
        self._resolver = resolver
        self._days = list(days)
        self._drafts = include_drafts
        self._encoder = RecordEncoder()
        self._shared: dict[_Key, _Shared] = {}
        self._kinds: dict[Prototype, _Shared] = {}  # the same, by the prototype of a kind
        self._max = max_keys
        self._roster = roster
        # What a record made with the roster carries on a day without a row.
        self._no_row = RosterRef(roster.fingerprint) if roster is not None else None
        # The record templates of rostered days, by employee key, date and arrangement.
        self._row_templates: dict[tuple[object, ...], _RowTemplate | None] = {}

    @property
    def days(self) -> list[Any]:
        """The dates of the batch."""
        return self._days

    def _of(self, employee: Employee) -> _Shared:
        key = _key(employee)
        shared = self._shared.get(key)
        if shared is None:
            no_row = self._no_row
            if no_row is None:  # kept here, not in the resolver's memo as well
                outcomes = self._resolver.outcomes(employee, self._days,
                                                   include_drafts=self._drafts)
            else:
                outcomes = tuple(self._resolver.decide(
                    employee, d, include_drafts=self._drafts, roster=no_row).outcome
                    for d in self._days)
            parts = _cut(employee)
            ref = self._resolver.ruleset_ref
            if len(self._shared) >= self._max:
                self._shared.clear()
                self._kinds.clear()
            shared = self._shared[key] = _Shared(
                outcomes, ref, parts,
                self._encoder.plan(employee, self._days, outcomes, ref, self._drafts,
                                   roster=no_row))
        return shared

    def _marks(self, employee: Employee) -> list[bool]:
        """Per day, whether *employee* has a roster row; empty when it has none in the
        span (or there is no roster)."""
        roster, ident = self._roster, employee.id
        if roster is None or ident is None:
            return []
        marks = [roster.row(ident, d) is not None for d in self._days]
        return marks if any(marks) else []

    def _rows(self, employee: Employee) -> list[Decision | None]:
        """With a roster: per day, the decision of a day *employee* has a row (through
        :meth:`Resolver.decide`, with the row's line), ``None`` for a day without one.
        Empty without a roster or when the employee has no row in the span."""
        marks = self._marks(employee)
        if not marks:
            return []
        decide, drafts, roster = self._resolver.decide, self._drafts, self._roster
        return [decide(employee, d, include_drafts=drafts, roster=roster) if mark else None
                for d, mark in zip(self._days, marks, strict=True)]

    def _exactly(self, employee: Employee) -> list[Decision | None]:
        """:meth:`_rows` after :meth:`_of`, or, where either refuses the employee, the
        refusal of the first date that refuses it (as deciding date by date would)."""
        try:
            self._of(employee)
            return self._rows(employee)
        except KebijakanError:
            for d in self._days:  # the same error as the per-record path, date by date
                self._resolver.decide(employee, d, include_drafts=self._drafts,
                                      roster=self._roster)
            raise

    def digests(self, employee: Employee) -> _Digests | bytes:
        """The hex digests of *employee*'s records, one after the other (what a worker
        process sends back: the costly part of a record, and small), or the
        records themselves where they take the ordinary path."""
        shared = self._of(employee)
        if not shared.plan:
            return self.render(employee)
        if self._marks(employee):
            # A refusal of a rostered day is the worker's to report; the records of those
            # days are made where the digests are put together (from their templates).
            self._exactly(employee)
        emp_bytes = self._emp(employee, shared).encode("utf-8")
        out = []
        for state, _, tail, _, _ in shared.plan:
            h = state.copy()
            h.update(emp_bytes)
            h.update(tail)
            out.append(h.hexdigest())
        return _Digests("".join(out).encode("ascii"))

    @staticmethod
    def _emp(employee: Employee, shared: _Shared) -> str:
        parts = shared.parts
        if parts is not None:
            return (parts[0] + json_string(employee.id) + parts[1] + json_string(employee.nip)
                    + parts[2])
        return employee_json(employee)

    def render(self, employee: Employee, chain: Chainer | None = None,
               digests: bytes | None = None) -> bytes:
        """The records of *employee* on every date, in date order (linked into
        *chain* if given), as UTF-8 bytes.  Raises :class:`KebijakanError` as
        ``decide`` does.  *digests* are those :meth:`digests` computed for the
        same employee (in another process)."""
        rows = self._exactly(employee) if self._roster is not None else []
        shared = self._of(employee)
        emp = self._emp(employee, shared)
        emp_bytes = emp.encode("utf-8")
        if rows:
            return self._with_rows(employee, shared, rows, emp, emp_bytes, chain, digests)
        if chain is not None:
            return self._chained(employee, shared.outcomes, shared.ref, emp, emp_bytes,
                                 chain).encode("utf-8")
        if not shared.plan:  # the ordinary path, record by record
            record, drafts, no_row = self._encoder.record, self._drafts, self._no_row
            return "".join([record(employee, day, o, shared.ref, drafts, emp, emp_bytes,
                                   roster=no_row)
                            for day, o in zip(self._days, shared.outcomes, strict=True)]
                           ).encode("utf-8")
        text: list[bytes] = []
        extend = text.extend
        if digests is not None:
            for i, (_, head, _, mid, end) in enumerate(shared.plan):
                extend((head, emp_bytes, mid, digests[64 * i:64 * i + 64], end))
            return b"".join(text)
        for state, head, tail, mid, end in shared.plan:
            h = state.copy()
            h.update(emp_bytes)
            h.update(tail)
            extend((head, emp_bytes, mid, h.hexdigest().encode("ascii"), end))
        return b"".join(text)

    def _with_rows(self, employee: Employee, shared: _Shared, rows: list[Decision | None],
                   emp: str, emp_bytes: bytes, chain: Chainer | None,
                   digests: bytes | None = None) -> bytes:
        """The records of an employee with roster rows: the rostered days' own decisions
        (their records from row templates), the other days from the shared outcomes and
        templates (around *digests* where a worker computed them)."""
        line, record, no_row = self._encoder.line, self._encoder.record, self._no_row
        out: list[bytes] = []
        for i, (day, outcome) in enumerate(zip(self._days, shared.outcomes, strict=True)):
            decision = rows[i]
            if decision is not None:
                out.append((line(chain.link(decision)) if chain is not None
                            else self._rostered(employee, decision, emp)).encode("utf-8"))
            elif chain is not None:
                out.append(self._chained(employee, (outcome,), shared.ref, emp, emp_bytes,
                                         chain, [day]).encode("utf-8"))
            elif shared.plan:
                state, head, tail, mid, end = shared.plan[i]
                if digests is not None:
                    digest = digests[64 * i:64 * i + 64]
                else:
                    h = state.copy()
                    h.update(emp_bytes)
                    h.update(tail)
                    digest = h.hexdigest().encode("ascii")
                out.append(b"".join((head, emp_bytes, mid, digest, end)))
            else:
                out.append(record(employee, day, outcome, shared.ref, self._drafts, emp,
                                  emp_bytes, roster=no_row).encode("utf-8"))
        return b"".join(out)

    def _rostered(self, employee: Employee, decision: Decision, emp: str) -> str:
        """The record of a rostered day: from the template of the employees like
        *employee* on that day with a row for that arrangement (their outcome is the same
        but for the row's line), or the slow way where there is none."""
        row = decision.roster
        assert row is not None
        assert row.line is not None
        assert row.arrangement is not None
        key = (_key(employee), decision.date, row.arrangement)
        if key in self._row_templates:
            tpl = self._row_templates[key]
        else:
            probe = self._resolver.decide(employee, decision.date, include_drafts=self._drafts,
                                          roster=RosterRef(row.fingerprint, ROW_LINE,
                                                           row.arrangement))
            tpl = self._encoder.row_template(probe, decision)
            if len(self._row_templates) >= self._max:
                self._row_templates.clear()
            self._row_templates[key] = tpl
        if tpl is None:
            return self._encoder.line(decision)
        return tpl.render(decision.date, emp, row.line)

    def _chained(self, employee: Employee, outcomes: tuple[Outcome, ...], ref: RuleSetRef,
                 emp: str, emp_bytes: bytes, chain: Chainer,
                 days: list[Any] | None = None) -> str:
        lines = []
        no_row = self._no_row
        for day, outcome in zip(self._days if days is None else days, outcomes, strict=True):
            done = self._encoder.chained(employee, day, outcome, ref, self._drafts, emp,
                                         emp_bytes, link_json(chain.index, chain.head),
                                         roster=no_row)
            if done is None:  # the ordinary path
                lines.append(self._encoder.line(chain.link(Decision(
                    employee, day, outcome, ref, self._drafts, roster=no_row))))
                continue
            lines.append(done[0])
            chain.index += 1
            chain.head = done[1]
        return "".join(lines)

    def result(self, employee: Employee, chain: Chainer | None = None) -> bytes | Failed:
        """:meth:`render`, or the refusal as :class:`Failed`."""
        try:
            return self.render(employee, chain)
        except KebijakanError as exc:
            return Failed(str(exc))

    def results(self, rows: Iterable[tuple[int, Any, Any]], chain: Chainer | None = None
                ) -> list[Decided]:
        """``(line, item, raw, result)`` for each row, *result* being :meth:`result` of
        an employee item (:class:`Employee`, or :data:`Pending`: made here) and
        ``None`` for any other: the records of an employee without roster rows made
        here from the shared text of its key (as :meth:`render` makes them), any
        other through :meth:`result`.  A pending employee stays pending in the
        result where its records were made here; the shared text of its kind is
        found by its prototype."""
        out: list[Decided] = []
        append = out.append
        shared_get, key_of, result = self._shared.get, _shared_fields, self.result
        kinds = self._kinds
        fast = chain is None and self._roster is None
        for line, item, raw in rows:
            kind = type(item)
            if kind is tuple and fast:
                proto, ident, nip = item
                shared = kinds.get(proto)
                if shared is None:
                    made = proto.make(ident, nip)
                    try:
                        shared = self._of(made)
                    except KebijakanError as exc:
                        append((line, made, raw, Failed(str(exc))))
                        continue
                    if len(kinds) >= self._max:
                        kinds.clear()
                    kinds[proto] = shared
            elif kind is Employee and fast:
                ident, nip = item.id, item.nip
                shared = shared_get(key_of(item))
                if shared is None:
                    try:
                        shared = self._of(item)
                    except KebijakanError as exc:
                        append((line, item, raw, Failed(str(exc))))
                        continue
            else:
                item = employee_of(item)
                append((line, item, raw, result(item, chain)
                        if isinstance(item, Employee) else None))
                continue
            plan, parts = shared.plan, shared.parts
            if not plan or parts is None:
                item = employee_of(item)
                append((line, item, raw, result(item)))
                continue
            emp = (f"{parts[0]}{'null' if ident is None else _quote(ident)}{parts[1]}"
                   f"{'null' if nip is None else _quote(nip)}{parts[2]}").encode()
            text: list[bytes] = []
            extend = text.extend
            for state, head, tail, mid, end in plan:
                h = state.copy()
                h.update(emp)
                h.update(tail)
                extend((head, emp, mid, h.hexdigest().encode("ascii"), end))
            append((line, item, raw, b"".join(text)))
        return out


_quote: Callable[[str], str] = getattr(json.encoder, "c_encode_basestring", None) or \
    json.encoder.py_encode_basestring
"""A text as a JSON string: what :func:`~kebijakan_asn._serial.json_string` writes."""


def _plain(value: object) -> TypeIs[str | None]:
    """Nothing, or a short printable ASCII text: an id or NIP whose only checks are
    ``Employee``'s (anything else goes through the whole of ``build``)."""
    return value is None or (type(value) is str and len(value) <= 64 and value.isascii()
                             and value.isprintable())


class EmployeeCache:
    """``build(row, **options)``, remembered by the row's values but its ``id`` and
    ``nip`` (and by the options).

    The first row of each distinct rest goes through *build* (every check,
    every error message); a later row equal to it but for its id and NIP gets
    that employee's fields and its own id and NIP (stripped, blank as none),
    checked by :class:`Employee`'s own validators for those fields and its NIP
    rule.  Only ids and NIPs of up to 64 printable ASCII characters take the
    shortcut; any other row (values of another type, other characters, a check
    that fails) goes through *build*, so errors read exactly as without the cache.
    :meth:`pending` gives such an employee before it is made.
    """

    def __init__(self, build: Callable[..., Employee], max_rows: int = 50_000) -> None:
        self._build = build
        self._protos: dict[Hashable, Prototype] = {}
        self._max = max_rows

    def __call__(self, row: Mapping[str, Any], **options: Any) -> Employee:
        """``build(row, **options)``; rows are remembered with their *options*."""
        rest = dict(row)
        ident, nip = rest.pop("id", None), rest.pop("nip", None)
        # (options in another order are another key: a miss, never a wrong employee)
        return self.keyed((tuple(rest.items()), tuple(options.items())), ident, nip,
                          lambda: row, **options)

    def keyed(self, key: Hashable, ident: object, nip: object,
              row: Callable[[], Mapping[str, Any]], **options: Any) -> Employee:
        """``build(row(), **options)`` for a row whose id and NIP are *ident* and *nip*
        and whose other values and *options* are *key*: a caller that has them at
        hand (the CSV reader: a tuple of its cells) need not make the row unless it
        is built.  Equal keys must mean equal rows but for the id and NIP, and a
        caller's keys must differ from the pairs :meth:`__call__` makes (another
        length of tuple)."""
        try:
            made = self.hit(key, ident, nip)
            known = made is not None or key in self._protos
        except TypeError:  # a value that cannot be a key (a list, an object)
            return self._build(row(), **options)
        if made is not None:
            return made
        employee = self._build(row(), **options)  # raises for a bad row: nothing cached
        if not known and _plain(ident) and _plain(nip):
            if len(self._protos) >= self._max:
                self._protos.clear()
            self._protos[key] = Prototype(employee)
        return employee

    def hit(self, key: Hashable, ident: object, nip: object) -> Employee | None:
        """What :meth:`keyed` gives for a row with this *key* (hashable), *ident* and
        *nip* where :meth:`pending` takes it; ``None``: call :meth:`keyed` (for the
        employee or its error)."""
        made = self.pending(key, ident, nip)
        return None if made is None else made[0].make(made[1], made[2])

    def pending(self, key: Hashable, ident: object, nip: object) -> Pending | None:
        """The employee :meth:`keyed` gives for a row with this *key* (hashable),
        *ident* and *nip*, not made yet (:func:`employee_of` makes it), where the
        row was seen the like of, its id and NIP are each nothing or up to 64
        printable ASCII characters (:func:`_plain`), and the NIP passes the
        shortcut of its status's rule (:meth:`Prototype.with_plain_identity`);
        ``None``: call :meth:`keyed` (for the employee or its error)."""
        proto = self._protos.get(key)
        if proto is None:
            return None
        if ident is not None:  # _plain(ident), then stripped (a blank one is none)
            if type(ident) is not str or len(ident) > 64 or not ident.isascii() or \
                    not ident.isprintable():
                return None
            ident = ident.strip() or None
        if nip is not None:
            if type(nip) is not str or len(nip) > 64 or not nip.isascii() or \
                    not nip.isprintable():
                return None
            nip = nip.strip() or None
            if nip is not None and (proto.nip_ok is None or not proto.nip_ok(nip)):
                return None
        return proto, ident, nip


Pending = tuple["Prototype", str | None, str | None]
"""An employee checked but not made: the prototype of its kind, its id and its NIP
(:meth:`EmployeeCache.pending`)."""


def employee_of(item: Any) -> Any:
    """*item*, or the employee it stands for if it is :data:`Pending`."""
    return item[0].make(item[1], item[2]) if type(item) is tuple else item


_ID_FIELD = attrs.fields(Employee).id
_NIP_FIELD = attrs.fields(Employee).nip
_SLOTS = vars(Employee)  # the slots' own setters: what object.__setattr__ ends in
_SETTERS = tuple(_SLOTS[name].__set__ for name in _SHARED)
_SET_ID, _SET_NIP = _SLOTS["id"].__set__, _SLOTS["nip"].__set__


class Prototype:
    """An employee whose fields but the id and NIP others take: its values ready to set."""

    __slots__ = ("employee", "nip_ok", "values")

    def __init__(self, employee: Employee) -> None:
        self.employee = employee
        self.values: tuple[object, ...] = _shared_fields(employee)
        # The NIP rule of its status, where a shortcut for it is known.
        self.nip_ok: Callable[[str], bool] | None = {
            Status.PNS: pns_nip_ok, Status.PPPK: pppk_number_ok}.get(employee.status)

    def with_identity(self, ident: str | None, nip: str | None) -> Employee | None:
        """An employee equal to this one but for its *ident* and *nip*, checked by
        :class:`Employee`'s own validators of those two fields and its NIP rule, as
        ``attrs.evolve`` would but without checking the other fields again; ``None``
        when a check fails (build it the ordinary way to get the error)."""
        try:
            for field, value in ((_ID_FIELD, ident), (_NIP_FIELD, nip)):
                if field.validator is not None:
                    field.validator(None, field, value)
        except KebijakanError:
            return None
        return self.with_plain_identity(ident, nip)

    def with_plain_identity(self, ident: str | None, nip: str | None) -> Employee | None:
        """:meth:`with_identity` of an *ident* and *nip* that are each nothing or a
        stripped non-empty printable ASCII text (what :meth:`EmployeeCache.hit`
        passes): such a text always passes the validators of the two fields (a
        non-empty text that is UTF-8), so what is left is
        ``Employee.__attrs_post_init__``, the NIP rule, which runs except for a NIP
        its status's shortcut accepts (:func:`pns_nip_ok`, :func:`pppk_number_ok`).
        A new check of :class:`Employee` on these fields must be added here:
        ``tests/test_fast_batch.py`` compares with ``Employee`` itself."""
        made = self.make(ident, nip)
        if nip is not None and not (self.nip_ok is not None and self.nip_ok(nip)):
            try:
                made.__attrs_post_init__()  # the NIP rule itself (it raises what fails)
            except KebijakanError:
                return None
        return made

    def make(self, ident: str | None, nip: str | None) -> Employee:
        """This employee with *ident* and *nip*, unchecked (they were checked as
        :meth:`with_plain_identity` checks them)."""
        made = object.__new__(Employee)
        for set_, value in zip(_SETTERS, self.values, strict=True):
            set_(made, value)
        _SET_ID(made, ident)
        _SET_NIP(made, nip)
        return made


_BIRTHS: set[str] = set()  # NIPs' first 8 digits that are a real date
# 18 ASCII digits: the 13th-14th a month, the 15th the sex, the last three not 000
_PNS_NIP = re.compile("[0-9]{12}(?:0[1-9]|1[0-2])[12](?!000)[0-9]{3}")


def pns_nip_ok(value: str) -> bool:
    """Whether :func:`~kebijakan_asn._nip.parse_nip` accepts *value*: the same checks,
    with the birth dates already seen looked up (``False``: call it for the error).
    The TMT (digits 9-14, YYYYMM) and the birth year and month (digits 1-6) are
    compared as text: six digits each, so as their numbers."""
    if _PNS_NIP.fullmatch(value) is None or value[8:14] <= value[:6]:
        return False
    if value[:8] not in _BIRTHS:
        try:
            dt.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
        except ValueError:
            return False
        if len(_BIRTHS) >= 100_000:
            _BIRTHS.clear()
        _BIRTHS.add(value[:8])
    return True


def pppk_number_ok(value: str) -> bool:
    """Whether :func:`~kebijakan_asn._nip.check_pppk_number` accepts *value*."""
    return len(value) == 18 and value.isascii() and value.isdigit()


class BlockWriter:
    """Collects text (``str``, or UTF-8 ``bytes``) and writes it to the text stream
    *out* in blocks of about *size* bytes, to its binary buffer where it has one."""

    def __init__(self, out: IO[str], size: int = 1 << 18) -> None:
        self._out = out
        self._binary: IO[bytes] | None = getattr(out, "buffer", None)
        self._parts: list[bytes] = []
        self._size = 0
        self._limit = size

    def write(self, text: str | bytes) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        self._parts.append(data)
        self._size += len(data)
        if self._size >= self._limit:
            self.flush()

    def write_all(self, texts: list[bytes]) -> None:
        """:meth:`write` of each of *texts* (UTF-8 bytes)."""
        self._parts += texts
        self._size += sum(map(len, texts))
        if self._size >= self._limit:
            self.flush()

    def flush(self) -> None:
        if not self._parts:
            return
        block = b"".join(self._parts)
        self._parts.clear()
        self._size = 0
        if self._binary is not None:
            self._out.flush()  # whatever went through the text layer comes first
            self._binary.write(block)
        else:
            self._out.write(block.decode("utf-8"))


# --------------------------------------------------------------------------- processes

_WORKER: list[Batch] = []


def _work(chunk: list[Employee | None]) -> list[_Digests | bytes | Failed | None]:
    batch = _WORKER[0]
    out: list[_Digests | bytes | Failed | None] = []
    for employee in chunk:
        if employee is None:
            out.append(None)
            continue
        try:
            out.append(batch.digests(employee))
        except KebijakanError as exc:
            out.append(Failed(str(exc)))
    return out


CHUNK = 256
"""Employees per task sent to a worker process."""
WARMUP = 2_000
"""Input items decided in this process before any worker starts (a small input
never pays for the processes; the workers inherit warm caches)."""


def record_blocks(batch: Batch, blocks: Iterable[list[tuple[int, Any, Any]]], *,
                  jobs: int = 1, chain: Chainer | None = None) -> Iterator[list[Decided]]:
    """``(line, item, raw, result)`` for each input item of *blocks* (lists of items), in
    order and in lists (:meth:`Batch.results`): *result* is the records text of an
    employee item, :class:`Employee` or :data:`Pending` (:class:`Failed` if
    refused) and ``None`` for any other item (an input error, passed through).

    With *jobs* > 1 and no *chain*, after the first :data:`WARMUP` items the employees
    go to *jobs* worker processes in chunks of :data:`CHUNK`.  A worker computes
    the records' SHA-256 digests (the costly part) and sends back only those;
    this process puts each record together around its digest from the same
    shared text, in input order, so the text is the same as in one process.  A chained batch
    stays in this process: each record's link is the fingerprint before it, and its
    items come one list each (the caller links an error record in its place before
    the next item is decided).
    """
    if chain is not None:
        for items in blocks:
            for entry in items:
                yield batch.results((entry,), chain)
        return
    step = max(1, RECORDS // len(batch.days))
    if jobs <= 1 or not can_fork():
        for items in blocks:
            for part in _parts(items, step):
                yield batch.results(part)
        return
    it = itertools.chain.from_iterable(blocks)
    for part in _parts(list(itertools.islice(it, WARMUP)), step):
        yield batch.results(part)
    following = next(it, None)
    if following is None:  # all decided here: no process started
        return
    it = itertools.chain([following], it)
    block: list[tuple[int, Any, Any]] = []
    window: collections.deque[tuple[list[tuple[int, Any, Any]], Future[Any]]] = (
        collections.deque())
    _WORKER[:] = [batch]  # inherited by the forked workers
    # ProcessPoolExecutor, not multiprocessing.Pool: a worker that dies (killed,
    # out of memory) makes .result() raise BrokenProcessPool instead of waiting forever.
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                             initializer=_quiet_worker) as pool:
        # The workers are forked at the first submit, with SIGTERM and SIGINT
        # blocked: a signal between the fork and _quiet_worker waits for it.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            pool.submit(int).result()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        def send(entries: list[tuple[int, Any, Any]]) -> None:
            employees = [item if isinstance(item, Employee) else None for _, item, _ in entries]
            window.append((entries, pool.submit(_work, employees)))

        for entry in it:
            if type(entry[1]) is tuple:  # a worker is sent the employee itself
                entry = entry[0], employee_of(entry[1]), entry[2]
            block.append(entry)
            if len(block) >= CHUNK:
                send(block)
                block = []
                while len(window) > 2 * jobs:  # a bounded window: memory stays flat
                    yield from _settle(batch, window.popleft(), step)
        if block:
            send(block)
        while window:
            yield from _settle(batch, window.popleft(), step)


RECORDS = 256
"""Records made into one list at most (input items × days): the text held at once
stays small whatever the span (an item's records are never split)."""


def _parts(items: list[Any], step: int) -> Iterator[list[Any]]:
    """*items* in lists of up to *step*."""
    if len(items) <= step:
        if items:
            yield items
        return
    for i in range(0, len(items), step):
        yield items[i:i + step]


_SIGNALS = frozenset({signal.SIGTERM, signal.SIGINT})


def _quiet_worker() -> None:
    """A worker leaves signals to this process: SIGTERM ends it at once (the
    handler it inherits would raise in it and print a traceback), and Ctrl-C, sent
    to the whole process group, is handled here, which then stops the workers.
    The worker starts with both signals blocked (see :func:`records`)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)


def can_fork() -> bool:
    """Whether worker processes may be forked from this process: the platform
    forks, and no other thread runs here.  A child forked while another thread
    holds a lock (an embedding server's, a thread pool's) can wait on it forever;
    such a process decides in one process instead, with the same output."""
    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def _settle(batch: Batch, sent: tuple[list[tuple[int, Any, Any]], Future[Any]], step: int
            ) -> Iterator[list[Decided]]:
    entries, pending = sent
    results = pending.result()
    for start in range(0, len(entries), step):
        out: list[Decided] = []
        for (line, item, raw), result in zip(entries[start:start + step],
                                             results[start:start + step], strict=True):
            if isinstance(result, _Digests):  # the records around the worker's digests
                result = batch.render(item, digests=result.value)
            out.append((line, item, raw, result))
        yield out


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
