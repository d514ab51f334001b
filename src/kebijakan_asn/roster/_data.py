"""A roster as data (SPEC §8): rows ``id, date, arrangement``, one per employee-day
away from the office, read from CSV or JSON Lines and fingerprinted."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .._canonical import canonical_json, sha256
from .._codes import Arrangement
from .._decision import Decision, RosterRef
from .._errors import ValidationError
from .._model import parse_code
from .._resolver import as_date

__all__ = ["ROSTER_COLUMNS", "ROSTER_SCHEMA", "Roster", "RosterRow"]

ROSTER_SCHEMA = "kebijakan-asn/roster/1"
"""The schema named inside a roster's fingerprinted form."""

ROSTER_COLUMNS = ("id", "date", "arrangement")
"""The columns of a roster file (others, such as ``nama``, are ignored)."""

_AWAY = (Arrangement.WFH, Arrangement.WFA)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a roster's many small, acyclic objects
    (rows, keys) are made: otherwise its passes over the growing heap take about half
    the time of planning 100,000 employees.  Restored as it was, even on an error."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _row_id(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip() or not value.isprintable():
        raise ValidationError("id", value, "expected the employee's id (as in the employee "
                              "file), a non-empty printable text")


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _away(value: object) -> Arrangement:
    arrangement = parse_code(Arrangement, value, "arrangement")
    if arrangement not in _AWAY:
        raise ValidationError("arrangement", value, "a roster lists the days away from the "
                              "office; expected wfh or wfa")
    return arrangement


def _line(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("line", value, "expected a line number (0: not from a file)")


@attrs.frozen
class RosterRow:
    """One employee-day away from the office: ``id``, ``date`` and ``arrangement``
    (``wfh`` or ``wfa``).  ``line`` is where the row was read: its line in the file, or,
    in a roster built in Python, the line it has in :meth:`Roster.to_csv` (its position
    plus one, after the header)."""

    id: str = attrs.field(converter=_strip, validator=_row_id)
    date: dt.date = attrs.field(converter=as_date)
    arrangement: Arrangement = attrs.field(default=Arrangement.WFH, converter=_away)
    line: int = attrs.field(default=0, validator=_line)

    @classmethod
    def _trusted(cls, id: str, date: dt.date, arrangement: Arrangement, line: int
                ) -> RosterRow:
        """A row from values already valid (a planner's output), without checking them."""
        row = _new(cls)
        _SET_ID(row, id)
        _SET_DATE(row, date)
        _SET_ARRANGEMENT(row, arrangement)
        _SET_LINE(row, line)
        return row

    def to_dict(self) -> dict[str, str]:
        """The row as plain JSON values (without its line)."""
        return {"id": self.id, "date": self.date.isoformat(),
                "arrangement": self.arrangement.value}


# The slots' own setters, for RosterRow.trusted (a frozen class refuses setattr).
_new = object.__new__
_SET_ID, _SET_DATE, _SET_ARRANGEMENT, _SET_LINE = (
    RosterRow.__dict__[name].__set__ for name in ("id", "date", "arrangement", "line"))


def _numbered(rows: Iterable[RosterRow]) -> tuple[RosterRow, ...]:
    """The rows, each without a line numbered as in its CSV file (after the header)."""
    out = []
    for i, row in enumerate(rows, 2):
        if not isinstance(row, RosterRow):
            raise ValidationError("rows", row, "expected RosterRow objects")
        out.append(row if row.line else RosterRow._trusted(row.id, row.date, row.arrangement, i))
    return tuple(out)


@attrs.frozen
class Roster:
    """A unit's roster: who is away from the office on which working day (SPEC §8).

    ``Roster.read(path)`` reads a CSV or JSON Lines file; ``Roster(rows)`` builds one
    in Python.  The :attr:`fingerprint` is ``sha256:`` over the canonical JSON of
    ``{"schema": "kebijakan-asn/roster/1", "rows": [[id, date, arrangement], …]}``, the
    rows sorted, so it does not depend on the order of the file; a decision made with
    the roster records it with the employee's row (its line).
    """

    rows: tuple[RosterRow, ...] = attrs.field(converter=_numbered)
    source: str = attrs.field(default="roster", eq=False)
    """Where the rows come from (a file name), for messages."""
    fingerprint: str = attrs.field(init=False)
    _index: Mapping[tuple[str, dt.date], RosterRow] = attrs.field(
        init=False, eq=False, repr=False)
    _ids: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        with gc_paused():
            self._derive()

    def _derive(self) -> None:
        index = {(r.id, r.date): r for r in self.rows}
        if len(index) != len(self.rows):
            seen: dict[tuple[str, dt.date], RosterRow] = {}
            for row in self.rows:
                first = seen.setdefault((row.id, row.date), row)
                if first is not row:
                    raise _duplicate(row, first).at(f"{self.source}:{row.line}")
        isos: dict[dt.date, str] = {}
        plain = sorted([r.id, isos.get(r.date) or isos.setdefault(r.date, r.date.isoformat()),
                        str(r.arrangement)] for r in self.rows)
        object.__setattr__(self, "fingerprint", sha256({"schema": ROSTER_SCHEMA,
                                                        "rows": plain}))
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_ids", frozenset(r.id for r in self.rows))

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[RosterRow]:
        return iter(self.rows)

    @property
    def ids(self) -> frozenset[str]:
        """The employee ids the roster names."""
        return self._ids

    def row(self, employee_id: str | None, day: dt.date) -> RosterRow | None:
        """The row of *employee_id* on *day*, if any."""
        if employee_id is None:
            return None
        return self._index.get((employee_id, day))

    def ref_for(self, employee_id: str | None, day: dt.date) -> RosterRef:
        """What a decision of *employee_id* on *day* records of this roster."""
        row = self.row(employee_id, day)
        if row is None:
            return RosterRef(self.fingerprint)
        return RosterRef(self.fingerprint, row.line, row.arrangement)

    # -- files ---------------------------------------------------------------

    @classmethod
    def read(cls, path: str | Path) -> tuple[Roster, tuple[ValidationError, ...]]:
        """Read a ``.csv`` or ``.jsonl`` roster, row by row: the valid rows, and one
        error per bad row (located ``FILE:LINE``) while every other row is still read.

        A problem with the file itself (unreadable, wrong type, no ``id``/``date``/
        ``arrangement`` columns, not UTF-8) raises :class:`ValidationError`.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".jsonl"):
            raise ValidationError("roster", str(path), "expected a .csv or .jsonl roster file")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError("roster", str(path),
                                  f"not UTF-8 text ({exc.reason}); save it as UTF-8") from None
        except OSError as exc:
            raise ValidationError("roster", str(path),
                                  f"cannot read: {exc.strerror or exc}") from None
        return cls.parse(text, str(path), jsonl=suffix == ".jsonl")

    @classmethod
    def parse(cls, text: str, source: str = "roster", *, jsonl: bool = False
              ) -> tuple[Roster, tuple[ValidationError, ...]]:
        """Like :meth:`read`, from the text of a file."""
        with gc_paused():
            return cls._parse(text, source, jsonl)

    @classmethod
    def _parse(cls, text: str, source: str, jsonl: bool
               ) -> tuple[Roster, tuple[ValidationError, ...]]:
        rows: list[RosterRow] = []
        errors: list[ValidationError] = []
        seen: dict[tuple[str, dt.date], RosterRow] = {}
        for line, record in (_jsonl(text) if jsonl else _csv(text, source)):
            if type(record) is tuple:  # a CSV row
                ident, when, what = record
                quick = _quick(ident, when, what, line)
                if quick is not None and (quick.id, quick.date) not in seen:
                    rows.append(quick)
                    seen[(quick.id, quick.date)] = quick
                    continue
                record = dict(zip(ROSTER_COLUMNS, record, strict=True))
            try:
                if not isinstance(record, Mapping):
                    raise ValidationError("record", type(record).__name__,
                                          "expected a JSON object per line")
                if isinstance(record.get("__error__"), ValidationError):
                    raise record["__error__"]
                row = _row(record, line)
                first = seen.setdefault((row.id, row.date), row)
                if first is not row:
                    raise _duplicate(row, first)
            except ValidationError as exc:
                errors.append(exc.at(f"{source}:{line}"))
                continue
            rows.append(row)
        return cls(rows, source), tuple(errors)

    def to_csv(self) -> str:
        """The roster as a CSV file (``id,date,arrangement``), rows in their order."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(ROSTER_COLUMNS)
        isos: dict[dt.date, str] = {}
        writer.writerows((r.id, isos.get(r.date) or isos.setdefault(r.date, r.date.isoformat()),
                          str(r.arrangement)) for r in self.rows)
        return buffer.getvalue()

    def to_jsonl(self) -> str:
        """The roster as JSON Lines, one canonical object per row."""
        return "".join(canonical_json(r.to_dict()) + "\n" for r in self.rows)


def _duplicate(row: RosterRow, first: RosterRow) -> ValidationError:
    return ValidationError("date", row.date.isoformat(),
                           f"{row.id} is already rostered on this day at line {first.line}; "
                           "expected one row per employee and day")


def _row(record: Mapping[str, Any], line: int) -> RosterRow:
    values: dict[str, Any] = {}
    for name in ROSTER_COLUMNS:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValidationError(name, value, "this field is required")
        values[name] = value
    ident = values["id"]
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    quick = _quick(ident, values["date"], values["arrangement"], line)
    if quick is not None:
        return quick
    row = RosterRow(ident, values["date"], values["arrangement"], line)
    if isinstance(values["date"], str) and len(_DATES) < 4096:
        _DATES[values["date"]] = row.date
    return row


_DATES: dict[str, dt.date] = {}
"""Dates already parsed from their text (a roster repeats a month's few dates)."""
_CODES: dict[str, Arrangement] = {a.value: a for a in _AWAY}


def _quick(ident: object, when: object, what: object, line: int) -> RosterRow | None:
    """The row, when its values are the common case that needs no further check (a plain
    id, the text of a date already parsed, a lowercase code); else ``None``, and the
    validating constructor gives the row or its error."""
    if not (isinstance(ident, str) and isinstance(when, str) and isinstance(what, str)):
        return None
    date, arrangement = _DATES.get(when), _CODES.get(what)
    if (date is None or arrangement is None or not ident or not ident.isprintable()
            or ident != ident.strip()):
        return None
    return RosterRow._trusted(ident, date, arrangement, line)


def _jsonl(text: str) -> Iterator[tuple[int, Any]]:
    for line, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            yield line, json.loads(raw)
        except json.JSONDecodeError as exc:
            yield line, {"__error__": ValidationError(
                "json", raw.strip()[:40], f"not valid JSON: {exc.msg} at column {exc.colno}")}


def _csv(text: str, source: str) -> Iterator[tuple[int, tuple[str, str, str]]]:
    head = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=head.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise ValidationError("header", "", "the roster is empty; expected a header row "
                                  "id,date,arrangement").at(source)
        names = [h.strip().lower() for h in header]
        missing = [c for c in ROSTER_COLUMNS if c not in names]
        if missing:
            raise ValidationError("header", ",".join(h.strip() for h in header),
                                  f"missing column {missing[0]!r}; expected the columns "
                                  "id,date,arrangement").at(f"{source}:1")
        i, d, a = (names.index(c) for c in ROSTER_COLUMNS)
        for cells in reader:
            if not "".join(cells).strip():
                continue
            if len(cells) < len(names):
                cells = cells + [""] * (len(names) - len(cells))
            yield reader.line_num, (cells[i], cells[d], cells[a])
    except csv.Error as exc:
        raise ValidationError("roster", source, f"broken CSV: {exc}") from None


def roster_mismatch(roster: Roster, record: Mapping[str, Any]) -> list[str]:
    """How a decision *record* disagrees with *roster* (``verify --roster``): made
    without it, with another roster, or citing a row the roster does not have that day."""
    decision = Decision.from_dict(record)
    used = decision.roster
    if used is None:
        return [f"made without a roster; expected roster {roster.fingerprint}"]
    if used.fingerprint != roster.fingerprint:
        return [f"made with roster {used.fingerprint}, not {roster.fingerprint}"]
    row = roster.row(decision.employee.id, decision.date)
    has_row = (row.line, row.arrangement) if row is not None else (None, None)
    if has_row != (used.line, used.arrangement):
        cited = f"line {used.line} ({used.arrangement})" if used.line else "no row"
        has = f"line {row.line} ({row.arrangement})" if row else "no row"
        return [f"cites {cited} for {decision.employee.id} on {decision.date.isoformat()}; "
                f"the roster has {has}"]
    return []
