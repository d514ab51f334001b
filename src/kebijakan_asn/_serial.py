"""Decision records at batch speed: the exact bytes of :meth:`Decision.to_json`.

A record is canonical JSON with sorted keys, so its text is the text of the
part shared by every employee the rules cannot tell apart (the *outcome*,
the rule set, the options), with the date, the employee and the fingerprint
spliced in at fixed places: ``…"date":D,…,"employee":E,"fingerprint":F,…``.
The fingerprint is sha256 over the same record without it, so the hash of the
text before the employee is computed once per outcome and date and copied.

:class:`RecordEncoder` builds those parts from the slow path itself
(:meth:`Decision.to_json` with markers in place of the per-record values), so
the two cannot drift apart, and it checks the first record of every outcome
against the slow path.  Anything it is not sure of — a decision carrying a
field beyond the five it knows (such as a chain link), a subclass, a part
that did not check — goes through :meth:`Decision.to_json` unchanged.  A roster
without a row that day (``RosterRef(fingerprint)``: the same in every record made with
that roster) is part of the shared text, keyed with the outcome.  A day with a roster
row has its own template (:meth:`RecordEncoder.row_template`): the row's line, which
stands in the trace and in ``options.roster``, is spliced in as well.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

import attrs

from ._canonical import canonical_json
from ._decision import ChainLink, Decision, Outcome, RosterRef, RuleSetRef
from ._model import Employee

__all__ = ["ROW_LINE", "RecordEncoder", "employee_json", "employee_parts", "json_string",
           "link_json"]

_E = "\x00kebijakan-asn:employee\x00"
_D = "\x00kebijakan-asn:date\x00"
_F = "\x00kebijakan-asn:fingerprint\x00"
_C = "\x00kebijakan-asn:chain\x00"
_KNOWN = ("employee", "date", "outcome", "ruleset", "include_drafts", "roster")
_PROBE_PREVIOUS = "sha256:" + "0" * 64
_encode_str: Any = getattr(json.encoder, "c_encode_basestring", None) or \
    json.encoder.py_encode_basestring


def _extra_defaults() -> tuple[tuple[str, Any], ...]:
    """Fields of :class:`Decision` beyond the known five, with their defaults."""
    out = []
    for f in attrs.fields(Decision):
        if f.name in _KNOWN:
            continue
        default = f.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            return (("", attrs.NOTHING),)  # cannot compare cheaply: never fast
        out.append((f.name, default))
    return tuple(out)


_EXTRA = _extra_defaults()


def employee_json(employee: Employee) -> str:
    """The canonical JSON of the employee part of a record."""
    return canonical_json(employee.to_dict())


_ID = "\x00kebijakan-asn:id\x00"
_NIP = "\x00kebijakan-asn:nip\x00"


def employee_parts(rep: Employee) -> tuple[str, str, str] | None:
    """The canonical JSON of *rep*'s employee part, cut where the id and NIP go:
    ``a + json_string(id) + b + json_string(nip) + c`` is the JSON of an employee
    equal to *rep* but for its id and NIP (``None`` if the cut fails)."""
    data = rep.to_dict()
    data["id"], data["nip"] = _ID, _NIP
    text = canonical_json(data)
    qi, qn = json_string(_ID), json_string(_NIP)
    if text.count(qi) != 1 or text.count(qn) != 1 or text.index(qi) > text.index(qn):
        return None
    a, _, rest = text.partition(qi)
    b, _, c = rest.partition(qn)
    return a, b, c


def _split(text: str, markers: tuple[str, ...]) -> list[str] | None:
    """*text* cut at each marker (in the given order), or ``None`` if that fails."""
    parts = []
    rest = text
    for marker in markers:
        quoted = json.dumps(marker, ensure_ascii=False)
        if text.count(quoted) != 1:
            return None
        head, sep, rest = rest.partition(quoted)
        if not sep:
            return None
        parts.append(head)
    parts.append(rest)
    return parts


class _Parts:
    """Record text cut at the per-record values: the body (without the
    fingerprint) and the record, and the text after the employee."""

    __slots__ = ("body", "end", "mid", "outcome", "record", "ruleset", "tail_body")

    def __init__(self, outcome: Outcome, ruleset: RuleSetRef, body: list[str],
                 record: list[str]) -> None:
        self.outcome = outcome
        self.ruleset = ruleset
        self.body = body
        self.record = record
        self.tail_body = body[-1].encode("utf-8")  # the body after the employee
        self.mid = record[-2] + '"sha256:'  # between the employee and the hex digest
        self.end = '"' + record[-1] + "\n"


class _Template(_Parts):
    """The shared text of the records of one outcome (rule set, options):
    body ``b0 D b1 E b2``, record ``r0 D r1 E r2 F r3``."""

    __slots__ = ("bytes_days", "days", "text_days")

    def __init__(self, outcome: Outcome, ruleset: RuleSetRef, body: list[str],
                 record: list[str]) -> None:
        super().__init__(outcome, ruleset, body, record)
        self.days: dict[dt.date, tuple[Any, str]] = {}
        self.bytes_days: dict[dt.date, tuple[Any, bytes, bytes, bytes, bytes]] = {}
        self.text_days: dict[dt.date, tuple[Any, bytes, bytes, bytes, bytes, bytes]] = {}

    def encoded(self, day: dt.date) -> tuple[Any, bytes, bytes, bytes, bytes]:
        """``(state, head, tail, mid, end)`` of :meth:`RecordEncoder.plan` for *day*,
        one shared tuple per day."""
        cached = self.bytes_days.get(day)
        if cached is None:
            state, head = self.day(day)
            cached = self.bytes_days[day] = (state, head.encode("utf-8"), self.tail_body,
                                             self.mid.encode("utf-8"),
                                             self.end.encode("utf-8"))
        return cached

    def texts(self, day: dt.date) -> tuple[Any, bytes, bytes, bytes, bytes, bytes]:
        """:meth:`encoded` and the end without its line break: ``(state, head, tail,
        mid, end, end without its line break)`` (one shared tuple per day)."""
        cached = self.text_days.get(day)
        if cached is None:
            state, head, tail, mid, end = self.encoded(day)
            cached = self.text_days[day] = (state, head, tail, mid, end, end[:-1])
        return cached

    def day(self, day: dt.date) -> tuple[Any, str]:
        """The sha256 state over the body up to the employee, and the record head."""
        cached = self.days.get(day)
        if cached is None:
            d = '"' + day.isoformat() + '"'
            state = hashlib.sha256((self.body[0] + d + self.body[1]).encode("utf-8"))
            cached = (state, self.record[0] + d + self.record[1])
            self.days[day] = cached
        return cached


class _ChainTemplate(_Parts):
    """The shared text of the chained records of one outcome: body ``b0 C b1 D b2 E
    b3``, record ``r0 C r1 D r2 E r3 F r4``.  The link goes first (``chain`` sorts
    before ``date``), so only the text before it is hashed once."""

    __slots__ = ("days", "head", "state")

    def __init__(self, outcome: Outcome, ruleset: RuleSetRef, body: list[str],
                 record: list[str]) -> None:
        super().__init__(outcome, ruleset, body, record)
        self.state = hashlib.sha256(body[0].encode("utf-8"))
        self.head = record[0]
        self.days: dict[dt.date, tuple[bytes, str]] = {}

    def render(self, link: str, day: dt.date, emp: str, emp_bytes: bytes) -> tuple[str, str]:
        """The record line and its fingerprint's hex digest."""
        cached = self.days.get(day)
        if cached is None:
            d = '"' + day.isoformat() + '"'
            cached = self.days[day] = ((self.body[1] + d + self.body[2]).encode("utf-8"),
                                       self.record[1] + d + self.record[2])
        h = self.state.copy()
        h.update(link.encode("utf-8"))
        h.update(cached[0])
        h.update(emp_bytes)
        h.update(self.tail_body)
        digest = h.hexdigest()
        return "".join((self.head, link, cached[1], emp, self.mid, digest, self.end)), digest


ROW_LINE = 987_654_321_987
"""The roster line a row template is made with (no roster file has one so long): the
template's text is cut where it stands."""
_ROW_SLOTS = 4  # the date, the employee, the row's line, the fingerprint
_ROW_D, _ROW_E, _ROW_L, _ROW_F = range(_ROW_SLOTS)


class _RowTemplate:
    """The text of the records of one outcome with a roster row (a ``rostered`` day),
    cut at the date, the employee, the fingerprint and the row's line (which stands in
    the trace and in ``options.roster``): lists of text and slot numbers."""

    __slots__ = ("body", "record")

    def __init__(self, body: list[str | int], record: list[str | int]) -> None:
        self.body = body
        self.record = record

    def render(self, day: dt.date, emp: str, line: int) -> str:
        """The record line of the employee whose JSON is *emp*, on *day*, at *line*."""
        fill: list[str] = ['"' + day.isoformat() + '"', emp, str(line), ""]
        body = "".join([x if isinstance(x, str) else fill[x] for x in self.body])
        fill[_ROW_F] = '"sha256:' + hashlib.sha256(body.encode("utf-8")).hexdigest() + '"'
        return "".join([x if isinstance(x, str) else fill[x] for x in self.record]) + "\n"


def _cut(text: str, slots: dict[str, int], lines: int) -> list[str | int] | None:
    """*text* cut at each of *slots* (marker text -> slot number), or ``None`` unless
    each marker stands exactly once and the row's line exactly *lines* times."""
    pattern = re.compile("(" + "|".join(re.escape(m) for m in slots) + ")")
    pieces = pattern.split(text)
    found = [slots[m] for m in pieces[1::2]]
    if any(found.count(n) != (lines if n == _ROW_L else 1) for n in slots.values()):
        return None
    return [p if i % 2 == 0 else slots[p] for i, p in enumerate(pieces)]


def link_json(index: int, previous: str | None) -> str:
    """The canonical JSON of a chain link (``ChainLink(index, previous).to_dict()``)."""
    return f'{{"index":{index},"previous":{json_string(previous)}}}'


class RecordEncoder:
    """Turns decisions into their JSON record lines and fingerprints, fast.

    ``encoder.line(d)`` is ``d.to_json() + "\\n"`` and ``encoder.fingerprint(d)``
    is ``d.fingerprint``, byte for byte.  The encoder keeps the shared parts
    of at most *max_templates* outcomes; create one per batch.  The first
    *checks* templates are rendered both ways and compared; a difference
    turns the fast path off for good (every record then takes the slow path).
    """

    def __init__(self, max_templates: int = 20_000, checks: int = 16) -> None:
        self._templates: dict[tuple[int, int, bool, RosterRef | None], _Template | None] = {}
        self._chained: dict[tuple[int, int, bool, RosterRef | None],
                            _ChainTemplate | None] = {}
        self._max = max_templates
        self._last_employee: Employee | None = None
        self._last_json = ("", b"")
        self._checks = checks
        self._broken = False
        self._row_templates: dict[tuple[object, ...], _RowTemplate | None] = {}
        self._row_checks = checks
        self._rows_broken = False

    # -- parts ----------------------------------------------------------------

    def _fast(self, decision: Decision) -> bool:
        if self._broken or type(decision) is not Decision:
            return False
        if decision.roster is not None and decision.roster.line is not None:
            return False  # a roster row: its line is the record's own
        return all(getattr(decision, name) == default for name, default in _EXTRA)

    def _template(self, decision: Decision) -> _Template | None:
        outcome, ruleset = decision.outcome, decision.ruleset
        key = (id(outcome), id(ruleset), decision.include_drafts, decision.roster)
        if key in self._templates:
            tpl = self._templates[key]
            if tpl is None or (tpl.outcome is outcome and tpl.ruleset is ruleset):
                return tpl
        made = self._build(decision)
        if len(self._templates) >= self._max:
            self._templates.clear()
        self._templates[key] = made
        return made

    @staticmethod
    def _marked(decision: Decision) -> tuple[str, str] | None:
        """*decision*'s record and its body (the record without its fingerprint) with
        markers in place of the date, the employee and the fingerprint."""
        body = decision._body()
        body["employee"], body["date"], body["fingerprint"] = _E, _D, _F
        record = canonical_json(body)
        item = ',"fingerprint":' + json.dumps(_F, ensure_ascii=False)
        if record.count(item) != 1:
            return None
        return record, record.replace(item, "")

    def _build(self, decision: Decision) -> _Template | None:
        marked = self._marked(decision)
        if marked is None:
            return None
        record, text = marked
        body_parts = _split(text, (_D, _E))
        record_parts = _split(record, (_D, _E, _F))
        if body_parts is None or record_parts is None:
            return None
        tpl = _Template(decision.outcome, decision.ruleset, body_parts, record_parts)
        if self._checks > 0:  # the first templates are checked against the slow path,
            self._checks -= 1  # for the decision and for a probe with another identity
            step = dt.timedelta(days=1 if decision.date < dt.date.max else -1)  # no overflow
            probe = attrs.evolve(decision, date=decision.date + step,
                                 employee=attrs.evolve(decision.employee,
                                                       id="kebijakan-asn-probe", nip=None))
            for d in (decision, probe):
                fingerprint, line = self._render(tpl, d.date, *self._employee(d.employee))
                if line != d.to_json() + "\n" or fingerprint != d.fingerprint:
                    self._checks = 0
                    self._broken = True
                    return None
        return tpl

    @staticmethod
    def _employee(employee: Employee) -> tuple[str, bytes]:
        text = employee_json(employee)
        return text, text.encode("utf-8")

    def _employee_cached(self, employee: Employee) -> tuple[str, bytes]:
        if employee is not self._last_employee:
            self._last_employee = employee
            self._last_json = self._employee(employee)
        return self._last_json

    @staticmethod
    def _render(tpl: _Template, day: dt.date, emp: str, emp_bytes: bytes) -> tuple[str, str]:
        state, head = tpl.day(day)
        h = state.copy()
        h.update(emp_bytes)
        h.update(tpl.tail_body)
        digest = h.hexdigest()
        return "sha256:" + digest, "".join((head, emp, tpl.mid, digest, tpl.end))

    # -- public ---------------------------------------------------------------

    def line(self, decision: Decision) -> str:
        """``decision.to_json() + "\\n"``."""
        if self._fast(decision):
            tpl = self._template(decision)
            if tpl is not None:
                employee = decision.employee
                if employee is not self._last_employee:
                    self._last_employee = employee
                    self._last_json = self._employee(employee)
                emp, emp_bytes = self._last_json
                state, head = tpl.day(decision.date)
                h = state.copy()
                h.update(emp_bytes)
                h.update(tpl.tail_body)
                return "".join((head, emp, tpl.mid, h.hexdigest(), tpl.end))
        return decision.to_json() + "\n"

    def record(self, employee: Employee, day: dt.date, outcome: Outcome, ruleset: RuleSetRef,
               include_drafts: bool, emp: str, emp_bytes: bytes, *,
               roster: RosterRef | None = None) -> str:
        """``Decision(employee, day, outcome, ruleset, include_drafts, roster=roster)
        .to_json() + "\\n"``, without the decision, given the employee's canonical JSON
        *emp* (and its UTF-8 *emp_bytes*)."""
        if not self._broken and (roster is None or roster.line is None):
            key = (id(outcome), id(ruleset), include_drafts, roster)
            tpl = self._templates.get(key)
            stale = tpl is not None and (tpl.outcome is not outcome or tpl.ruleset is not ruleset)
            if stale or (tpl is None and key not in self._templates):
                tpl = self._template(Decision(employee, day, outcome, ruleset, include_drafts,
                                              roster=roster))
            if tpl is not None:
                state, head = tpl.day(day)
                h = state.copy()
                h.update(emp_bytes)
                h.update(tpl.tail_body)
                return "".join((head, emp, tpl.mid, h.hexdigest(), tpl.end))
        return Decision(employee, day, outcome, ruleset, include_drafts,
                        roster=roster).to_json() + "\n"

    def plan(self, employee: Employee, days: list[dt.date], outcomes: tuple[Outcome, ...],
             ruleset: RuleSetRef, include_drafts: bool, *, roster: RosterRef | None = None
             ) -> list[tuple[Any, bytes, bytes, bytes, bytes]]:
        """For each day, the hash state and the UTF-8 text of the records of
        employees like *employee* on that day, ``(state, head, tail, mid, end)``
        (an empty list where only the slow path is safe): a record line is
        ``head + emp + mid + hex + end``, where *emp* is the employee's JSON and
        *hex* the digest of ``state.copy()`` updated with *emp* and then *tail*."""
        if self._broken:
            return []
        out = []
        for day, outcome in zip(days, outcomes, strict=True):
            tpl = self._known(employee, day, outcome, ruleset, include_drafts, roster)
            if tpl is None:
                return []
            out.append(tpl.encoded(day))
        return out

    def texts(self, decision: Decision) -> tuple[Any, bytes, bytes, bytes, bytes, bytes] | None:
        """The shared UTF-8 text of the records of employees like *decision*'s on its
        date (see ``_Template.texts``); ``None`` where only the slow path is safe."""
        tpl = self._template(decision) if self._fast(decision) else None
        return None if tpl is None else tpl.texts(decision.date)

    def texts_of(self, employee: Employee, day: dt.date, outcome: Outcome,
                 ruleset: RuleSetRef, include_drafts: bool
                 ) -> tuple[Any, bytes, bytes, bytes, bytes, bytes] | None:
        """:meth:`texts` of ``Decision(employee, day, outcome, ruleset,
        include_drafts)`` (no roster, no other field), found without making the
        decision where its template is known."""
        if self._broken:
            return None
        tpl = self._known(employee, day, outcome, ruleset, include_drafts, None)
        return None if tpl is None else tpl.texts(day)

    def _known(self, employee: Employee, day: dt.date, outcome: Outcome, ruleset: RuleSetRef,
               include_drafts: bool, roster: RosterRef | None) -> _Template | None:
        """:meth:`_template` of that decision, found without making it where the
        template of its outcome is known."""
        tpl = self._templates.get((id(outcome), id(ruleset), include_drafts, roster))
        if tpl is not None and tpl.outcome is outcome and tpl.ruleset is ruleset:
            return tpl
        return self._template(Decision(employee, day, outcome, ruleset, include_drafts,
                                       roster=roster))

    def chained(self, employee: Employee, day: dt.date, outcome: Outcome, ruleset: RuleSetRef,
                include_drafts: bool, emp: str, emp_bytes: bytes, link: str, *,
                roster: RosterRef | None = None) -> tuple[str, str] | None:
        """The record line and fingerprint of ``Decision(employee, day, outcome, ruleset,
        include_drafts, roster=roster)`` carrying the chain link whose canonical JSON is
        *link* (see :func:`link_json`); ``None`` where only the slow path is safe."""
        if self._broken:
            return None
        key = (id(outcome), id(ruleset), include_drafts, roster)
        tpl = self._chained.get(key)
        stale = tpl is not None and (tpl.outcome is not outcome or tpl.ruleset is not ruleset)
        if stale or (tpl is None and key not in self._chained):
            tpl = self._build_chained(Decision(employee, day, outcome, ruleset, include_drafts,
                                               roster=roster))
            if len(self._chained) >= self._max:
                self._chained.clear()
            self._chained[key] = tpl
        if tpl is None:
            return None
        line, digest = tpl.render(link, day, emp, emp_bytes)
        return line, "sha256:" + digest

    def _build_chained(self, decision: Decision) -> _ChainTemplate | None:
        if not self._fast(decision):
            return None
        body = decision._body()
        body["chain"], body["employee"], body["date"], body["fingerprint"] = _C, _E, _D, _F
        record = canonical_json(body)
        item = ',"fingerprint":' + json.dumps(_F, ensure_ascii=False)
        if record.count(item) != 1:
            return None
        body_parts = _split(record.replace(item, ""), (_C, _D, _E))
        record_parts = _split(record, (_C, _D, _E, _F))
        if body_parts is None or record_parts is None:
            return None
        tpl = _ChainTemplate(decision.outcome, decision.ruleset, body_parts, record_parts)
        if self._checks > 0:  # checked against the slow path, as for unchained records
            self._checks -= 1
            probe = attrs.evolve(decision, date=decision.date + dt.timedelta(days=1),
                                 employee=attrs.evolve(decision.employee,
                                                       id="kebijakan-asn-probe", nip=None))
            for d in (decision.with_chain(ChainLink(0, None)),
                      probe.with_chain(ChainLink(7, _PROBE_PREVIOUS))):
                assert d.chain is not None
                emp, emp_bytes = self._employee(d.employee)
                line, digest = tpl.render(link_json(d.chain.index, d.chain.previous), d.date,
                                          emp, emp_bytes)
                if line != d.to_json() + "\n" or "sha256:" + digest != d.fingerprint:
                    self._checks = 0
                    self._broken = True
                    return None
        return tpl

    def row_template(self, probe: Decision, decision: Decision) -> _RowTemplate | None:
        """The template of the records of *decision* (a day with a roster row) and of
        every decision with the same outcome but for the row's line, made from *probe*:
        the same decision with the row's line :data:`ROW_LINE` (as
        ``Resolver.decide(…, roster=RosterRef(fingerprint, ROW_LINE, arrangement))``
        gives it).  ``None`` where only the slow path is safe.  Templates are shared by
        value, and the first ones are checked against *decision*'s slow path."""
        roster = probe.roster
        if (self._rows_broken or type(probe) is not Decision or probe.chain is not None
                or roster is None or roster.line != ROW_LINE):
            return None
        key = (probe.outcome, probe.ruleset, probe.include_drafts, roster)
        if key in self._row_templates:
            tpl = self._row_templates[key]
        else:
            tpl = self._build_row(probe)
            if len(self._row_templates) >= self._max:
                self._row_templates.clear()
            self._row_templates[key] = tpl
        if tpl is not None and self._row_checks > 0 and decision.roster is not None \
                and decision.roster.line is not None:
            self._row_checks -= 1
            if tpl.render(decision.date, employee_json(decision.employee),
                          decision.roster.line) != decision.to_json() + "\n":
                self._rows_broken = True
                self._row_templates.clear()
                return None
        return tpl

    def _build_row(self, probe: Decision) -> _RowTemplate | None:
        marked = self._marked(probe)
        if marked is None:
            return None
        record, text = marked
        slots = {json.dumps(_D, ensure_ascii=False): _ROW_D,
                 json.dumps(_E, ensure_ascii=False): _ROW_E, str(ROW_LINE): _ROW_L}
        # The line stands in options.roster and in each step the row made "rostered".
        lines = 1 + sum(1 for step in probe.outcome.trace if step.reason == "rostered")
        body_parts = _cut(text, slots, lines)
        record_parts = _cut(record, {**slots, json.dumps(_F, ensure_ascii=False): _ROW_F},
                            lines)
        if body_parts is None or record_parts is None:
            return None
        return _RowTemplate(body_parts, record_parts)

    def fingerprint(self, decision: Decision) -> str:
        """``decision.fingerprint``."""
        if self._fast(decision):
            tpl = self._template(decision)
            if tpl is not None:
                emp_bytes = self._employee_cached(decision.employee)[1]
                state = tpl.day(decision.date)[0].copy()
                state.update(emp_bytes)
                state.update(tpl.tail_body)
                return "sha256:" + str(state.hexdigest())
        return decision.fingerprint

    def hasher(self, decision: Decision) -> tuple[Any, bytes] | None:
        """For columnar use: the sha256 state of *decision*'s record up to its
        employee, and the bytes after it; ``None`` where only the slow path
        is safe.  ``state.copy()`` updated with an employee's JSON bytes and
        then the tail gives that employee's fingerprint on the same day."""
        if not self._fast(decision):
            return None
        tpl = self._template(decision)
        if tpl is None:
            return None
        return tpl.day(decision.date)[0], tpl.tail_body


def json_string(value: str | None) -> str:
    """A JSON string (or ``null``) exactly as canonical JSON writes it."""
    return "null" if value is None else str(_encode_str(value))
