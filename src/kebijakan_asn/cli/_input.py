"""Batch input and output shared by the commands that read employee files and write
JSON Lines: :func:`read_employees`, :func:`atomic_output`, :func:`check_output`,
error records.

Input is read as bytes and decoded one line at a time, so that one line that is
not UTF-8, holds a lone surrogate, nests too deep, carries an integer of
thousands of digits or an over-long field becomes one error record for that
line while every other line is still read.  Problems of the file as a whole
(UTF-16, an empty file, a header without a required column) are one
:class:`~kebijakan_asn.cli._common.UsageError`, raised before any record.
"""

from __future__ import annotations

import array
import collections
import contextlib
import csv
import errno
import itertools
import json
import operator
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from .._batch import EmployeeCache, Pending, employee_of
from .._canonical import ESCAPED_SURROGATE, canonical_json, parse_json_line, to_plain
from .._errors import ValidationError
from .._model import Employee
from ._common import ERROR_SCHEMA, PROG, UsageError, one_line, parse_bool

__all__ = [
    "MAX_FIELD",
    "MAX_LINE",
    "EmployeeRows",
    "atomic_output",
    "blocks_of",
    "check_output",
    "error_body",
    "error_record",
    "raw_record",
    "read_employees",
]

MAX_LINE = 64 * 1024
"""Bytes in one input line; a longer line is one error record (and skipped)."""
MAX_FIELD = 256
"""Characters in one input value (an id, a code, a fact name)."""

_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a bad byte
_SURROGATE = re.compile("[\ud800-\udfff]")
_FACT_PREFIX = "fact:"
_REQUIRED = ("jurisdiction", "agency", "position")
_DELIMITERS = (",", ";", "\t")
_TEXT_FIELDS = ("id", "nip", "rotation_group", "unit")


def input_fields() -> frozenset[str]:
    """The fields an input record may carry: every field of :class:`Employee`
    (so a new one, such as ``unit``, is accepted as soon as the model has it)."""
    return frozenset(f.name for f in attrs.fields(Employee))


def _expected() -> str:
    return ", ".join(sorted(input_fields() - {"facts"})) + ", fact:NAME (CSV) or facts (JSONL)"


def _check_text(field: str, value: object) -> None:
    """Over-long values and lone surrogates are refused before the model sees them."""
    if not isinstance(value, str):
        return
    if len(value) > MAX_FIELD:
        raise ValidationError(field, value[:40] + "…",
                              f"longer than {MAX_FIELD} characters; expected a code or an id")
    if _SURROGATE.search(value):
        raise ValidationError(field, _printable(value),
                              "holds a lone surrogate (broken UTF-16 text); expected text")


def _check_texts(row: Mapping[str, Any]) -> None:
    """:func:`_check_text` on every key and text value of *row* (and of its facts)."""
    for key, value in row.items():
        _check_text(key, key)
        _check_text(key, value)
        if key == "facts" and isinstance(value, dict):
            for k in value:
                _check_text(f"facts.{k}", k)


def _suspect(text: str) -> bool:
    """Whether the line *text* may hold an over-long value or (once parsed) a lone
    surrogate; most lines do not, and skip :func:`_check_texts`."""
    return len(text) > MAX_FIELD or ESCAPED_SURROGATE.search(text) is not None


def _printable(value: str) -> str:
    """*value* with what cannot be written as UTF-8 shown as an escape."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def employee_from_row(row: Mapping[str, Any], check: bool = True) -> Employee:
    """An employee from a record whose keys are input fields, ``fact:NAME`` columns or
    ``facts``; other keys must have been removed by the caller (they are ignored).
    *check* (for a record from a line :func:`_suspect` passes, leave it on) refuses
    over-long values and lone surrogates."""
    if check:
        _check_texts(row)
    facts: dict[str, bool] = {}
    clean: dict[str, Any] = {}
    for key, value in row.items():
        if key.startswith(_FACT_PREFIX):
            if value not in (None, ""):
                facts[key[len(_FACT_PREFIX):]] = parse_bool(value, key)
        elif key == "facts":
            if value is None:
                continue
            if not isinstance(value, dict):
                raise ValidationError("facts", value, "expected an object of NAME: true/false")
            for k, v in value.items():
                facts[k] = parse_bool(v, f"facts.{k}")
        else:
            if isinstance(value, str):
                value = value.strip()
            if value in (None, ""):
                continue
            if key == "direct_service":
                value = parse_bool(value, "direct_service")
            elif key in _TEXT_FIELDS and isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # an id or a NIP exported as a number
            clean[key] = value
    for required in _REQUIRED:
        if required not in clean:
            raise ValidationError(required, None, "this field is required")
    return Employee(**clean, facts=facts)


# ---------------------------------------------------------------------------- lines


class _Lines:
    """The physical lines of a binary file, numbered from 1 and decoded with
    ``surrogateescape`` (a byte that is not UTF-8 shows as U+DC80..U+DCFF).

    The file is read in blocks of :data:`_BLOCK` bytes, split at ``\\n`` in C.
    Lines longer than :data:`MAX_LINE` are skipped (and listed in
    :attr:`skipped`); the lines handed out since :meth:`mark` are kept so a
    broken CSV row can be read again from its second line.  :meth:`clean`
    hands out a run of lines the CSV fast path may take whole.
    """

    def __init__(self, fh: IO[bytes], path: Path) -> None:
        # what is there, up to a block (a pipe is read as it comes)
        self._read1: Callable[[int], bytes] = getattr(fh, "read1", fh.read)
        self._path = path
        self.number = 0
        self.pending: list[tuple[int, str]] = []
        self.replay: collections.deque[tuple[int, str]] = collections.deque()
        self.skipped: list[tuple[int, str]] = []
        self._pieces: list[bytes] = []  # the block's lines, each with its b"\n" but the last
        self._at = 0  # the next of them
        self._ok: list[bool] | None = None  # which are clean, once a run was not
        self._tail = b""  # the start of a line the block cut
        self._eof = False

    def __iter__(self) -> Iterator[str]:
        return self

    def _fill(self) -> bool:
        """The next block's lines in :attr:`_pieces`; ``False`` at the end of the file."""
        while self._at >= len(self._pieces):
            if self._eof:
                return False
            try:
                data = self._read1(_BLOCK)
            except OSError as exc:
                raise UsageError(f"{self._path}: cannot read input: {exc.strerror or exc}"
                                 ) from None
            self._at, self._ok = 0, None
            if not data:
                self._eof = True
                self._pieces = [self._tail] if self._tail else []
                self._tail = b""
                continue
            data = self._tail + data
            cut = data.rfind(b"\n") + 1
            # a line that long is skipped whole: more of it than this is never kept
            self._tail = data[cut:cut + MAX_LINE + 2]
            pieces = data[:cut].split(b"\n")
            pieces.pop()
            self._pieces = [piece + b"\n" for piece in pieces]
        return True

    def _read(self) -> tuple[int, str]:
        while True:
            if not self._fill():
                raise StopIteration
            raw = self._pieces[self._at]
            self._at += 1
            self.number += 1
            if len(raw) - raw.endswith(b"\n") > MAX_LINE:
                self.skipped.append((self.number, f"line longer than {MAX_LINE} bytes"))
                continue
            text = raw.decode("utf-8", "surrogateescape")
            if self.number == 1 and text.startswith("\ufeff"):
                text = text[1:]
            return self.number, text

    def __next__(self) -> str:
        item = self.replay.popleft() if self.replay else self._read()
        self.pending.append(item)
        return item[1]

    def mark(self) -> list[tuple[int, str]]:
        """The lines handed out since the last mark (one row's lines)."""
        lines, self.pending = self.pending, []
        return lines

    def again(self, lines: list[tuple[int, str]]) -> None:
        """Hand *lines* out again before any new line."""
        self.replay.extendleft(reversed(lines))

    def clean(self, for_csv: bool = True) -> tuple[int, list[str]] | None:
        """The number of the next line and the text (without ``\\n``) of it and of the
        lines after it, up to the end of the block, that are clean: UTF-8, ending
        in ``\\n`` (``\\r\\n``), no longer than :data:`MAX_LINE` and, *for_csv*,
        without a quote, a NUL or another ``\\r``, when nothing is pending, replayed
        or skipped (``None``: read the next line the ordinary way)."""
        if self.replay or self.pending or self.skipped or self.number < 1 or \
                not self._fill():
            return None
        pieces, start = self._pieces, self._at
        end = len(pieces) - (not pieces[-1].endswith(b"\n"))  # a last line without one
        text = None
        if self._ok is None:
            joined = b"".join(pieces[start:end])
            if (not for_csv or _clean_bytes(joined)) and \
                    max(map(len, pieces[start:end]), default=0) <= MAX_LINE + 1:
                with contextlib.suppress(UnicodeDecodeError):
                    text = joined.decode("utf-8")
            if text is None:  # a line that is not: find it (and the others) line by line
                self._ok = [_clean_line(piece, for_csv) for piece in pieces]
        if text is None:
            ok, stop = self._ok, start
            assert ok is not None
            while stop < end and ok[stop]:
                stop += 1
            end = stop
            text = b"".join(pieces[start:end]).decode("utf-8")
        if end == start:
            return None
        first = self.number + 1
        self._at, self.number = end, self.number + end - start
        texts = text.split("\n")
        texts.pop()
        return first, texts


_BLOCK = 1 << 16
"""Bytes read at once."""


def _clean_bytes(data: bytes) -> bool:
    """Whether *data* holds no quote, no NUL and no ``\\r`` but before ``\\n``."""
    return b'"' not in data and b"\0" not in data and \
        data.count(b"\r") == data.count(b"\r\n")


def _clean_line(piece: bytes, for_csv: bool) -> bool:
    """The test of :meth:`_Lines.clean` for one line (with its ``\\n``)."""
    if len(piece) > MAX_LINE + 1 or not piece.endswith(b"\n") or \
            (for_csv and not _clean_bytes(piece)):
        return False
    try:
        piece.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _not_utf8(where: str, text: str) -> ValidationError:
    found = _NOT_UTF8.search(text)
    column = found.start() + 1 if found else 0
    byte = ord(found.group()) - 0xDC00 if found else 0
    return ValidationError("line", _shown(text), f"byte 0x{byte:02x} at column {column} is "
                           "not UTF-8; save the file as UTF-8").at(where)


def _shown(text: str, limit: int = 200) -> str:
    """A raw line for an error record: bad bytes as ``\\xff``, cut at *limit*."""
    shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    shown = shown.rstrip("\r\n")
    return shown if len(shown) <= limit else shown[:limit] + "…"


def _refuse_encoding(path: Path, head: bytes) -> None:
    """UTF-16 and UTF-32 files are refused once, before any record."""
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and len(head) >= 4:
        # ASCII text written as UTF-16 without a byte order mark: every other byte is NUL
        utf16 = head[1::2].count(0) >= len(head[1::2]) * 0.8 or \
            head[0::2].count(0) >= len(head[0::2]) * 0.8
    if utf16:
        raise UsageError(f"{path}: the file is UTF-16 (or UTF-32) text; save it as UTF-8 "
                         "(in a spreadsheet: 'CSV UTF-8')")


Note = Callable[[str], None]


def _stderr_note(text: str) -> None:
    sys.stderr.write(f"{PROG}: {one_line(text)}\n")


Build = Callable[..., Employee]
"""Turns a record into an employee: :func:`employee_from_row` or a cache of it."""


def read_employees(path: Path, note: Note | None = None, build: Build | None = None
                   ) -> EmployeeRows:
    """Stream ``(line number, employee or error, raw record)`` from a CSV or JSONL file.

    Every line that cannot be decoded, parsed or validated is one
    :class:`ValidationError` located at ``FILE:LINE``; the other lines are read
    on.  A second record with the same ``id`` is an error (the first is kept).
    Fields that are not input fields are ignored and named once through
    *note* (default: a line on stderr).  *build* makes each employee (default
    :func:`employee_from_row`; ``decide`` passes a cache of it).  Problems of the
    whole file raise :class:`UsageError` (when the rows are first asked for).
    The rows come one by one, or in the lists they are read in
    (:meth:`EmployeeRows.blocks`).
    """
    return EmployeeRows(path, note or _stderr_note, build or employee_from_row)


EmployeeRow = tuple[int, Employee | ValidationError, Any]
"""A row of :func:`read_employees`: ``(line, employee or error, raw record)``."""
Row = tuple[int, Employee | ValidationError | Pending, Any]
"""A row of :meth:`EmployeeRows.blocks`: the employee may be pending, the raw record
not made yet."""


def raw_record(raw: Any) -> Any:
    """The raw record of a row of :meth:`EmployeeRows.blocks`: a CSV row's cells under
    their column names, made only when asked for, or the record as read.  Such a
    row carries ``(names, cells)`` or ``(names, line, delimiter)`` (its line's text,
    parsed here); no record read from a file is a tuple."""
    if type(raw) is not tuple:
        return raw
    cells = raw[1] if len(raw) == 2 else next(csv.reader((raw[1],), delimiter=raw[2]), [])
    return dict(zip(raw[0], cells, strict=False))


class EmployeeRows:
    """What :func:`read_employees` returns: an iterator of its rows, each with its raw
    record, or, through :meth:`blocks` (once, instead), the same rows in lists."""

    def __init__(self, path: Path, note: Note, make: Build) -> None:
        self._path, self._note, self._make = path, note, make
        self._rows: Iterator[EmployeeRow] | None = None

    def __iter__(self) -> Iterator[EmployeeRow]:
        return self

    def __next__(self) -> EmployeeRow:
        if self._rows is None:
            self._rows = ((line, employee_of(item), raw_record(raw))
                          for block in self.blocks() for line, item, raw in block)
        return next(self._rows)

    def blocks(self) -> Iterator[list[Row]]:
        """The rows in non-empty lists, as they are read (the rows of a run of plain CSV
        lines are one list).
        An employee the cache (:class:`~kebijakan_asn._batch.EmployeeCache`) has seen
        the like of may come :data:`~kebijakan_asn._batch.Pending` (made by
        :func:`~kebijakan_asn._batch.employee_of`), and a CSV row's raw record is made
        by :func:`raw_record` when asked for."""
        path, note, make = self._path, self._note, self._make
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".jsonl"):
            raise UsageError(f"{path}: unsupported input type {suffix or '(none)'!r}; "
                             "expected a .csv or .jsonl file")
        try:
            if path.is_dir():
                raise UsageError(f"{path}: is a directory; expected a .csv or .jsonl file")
            fh = path.open("rb")
        except OSError as exc:
            raise UsageError(f"{path}: cannot read input: {exc.strerror or exc}") from None
        with fh:
            try:
                head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
            except OSError as exc:
                raise UsageError(f"{path}: cannot read input: {exc.strerror or exc}"
                                 ) from None
            _refuse_encoding(path, head)
            lines = _Lines(fh, path)
            blocks = (_csv_blocks(path, lines, note, make) if suffix == ".csv"
                      else _in_blocks(_jsonl_rows(path, lines, note, make)))
            seen = _SeenIds()
            for block in blocks:
                seen.check(block, path)
                yield block


def _in_blocks(rows: Iterator[EmployeeRow], size: int = 256) -> Iterator[list[Row]]:
    """*rows* in lists of up to *size*."""
    while True:
        block: list[Row] = [*itertools.islice(rows, size)]
        if not block:
            return
        yield block


def blocks_of(rows: Iterable[EmployeeRow]) -> Iterator[list[Row]]:
    """The rows of :func:`read_employees` in lists (:meth:`EmployeeRows.blocks`), or the
    rows of any other iterable in lists of up to 256."""
    return rows.blocks() if isinstance(rows, EmployeeRows) else _in_blocks(iter(rows))


class _SeenIds:
    """The ids read so far, each with the line it was first on, in little memory
    (about 40 bytes an id, where a dict of them took about 145): the ids' UTF-8
    bytes one after another in one :class:`bytearray`, where each ends and its
    line in arrays, and an open-addressing table (at most half full) of 4-byte
    slots: the id's number and the low 32 bits of its ``hash()``.  A table hit
    is confirmed on the id's bytes, so the answer is exact (and the same
    whatever the hash seed)."""

    def __init__(self) -> None:
        self._ids = bytearray()
        self._ends = array.array("I")  # 4 bytes each, 8 from 4 GiB of ids or 2**32 lines on
        self._lines = array.array("I")
        self._mask = 0
        self._slots = self._keys = array.array("I")
        self._table(1 << 10)

    def _table(self, size: int) -> None:
        self._mask = size - 1
        self._slots = array.array("I", bytes(4 * size))  # 1 + the id's number; 0: empty
        self._keys = array.array("I", bytes(4 * size))  # its hash()'s low 32 bits

    def first(self, ident: str, line: int) -> int:
        """The line *ident* was first on: *line* for an id not seen before."""
        key, data = hash(ident) & 0xFFFFFFFF, ident.encode("utf-8", "surrogatepass")
        slots, keys, mask = self._slots, self._keys, self._mask
        i = key & mask
        while slot := slots[i]:
            if keys[i] == key and self._ids[
                    self._ends[slot - 2] if slot > 1 else 0:self._ends[slot - 1]] == data:
                return self._lines[slot - 1]
            i = (i + 1) & mask
        ids = self._ids
        ids += data
        self._ends = _appended(self._ends, len(ids))
        self._lines = lines = _appended(self._lines, line)
        slots[i] = count = len(lines)
        keys[i] = key
        if count * 2 > mask:
            self._grow()
        return line

    def check(self, rows: list[Row], path: Path) -> None:
        """Each employee of *rows* (or :data:`~kebijakan_asn._batch.Pending` one) whose
        id was read before becomes the error saying so, in place."""
        first = self.first
        for i, (line, item, raw) in enumerate(rows):
            if isinstance(item, tuple):
                ident = item[1]
            elif isinstance(item, Employee):
                ident = item.id
            else:
                continue
            if ident is not None:
                earlier = first(ident, line)
                if earlier != line:
                    rows[i] = line, ValidationError(
                        "id", ident, f"duplicate employee id (first on line {earlier}); "
                        "expected one record per employee").at(f"{path}:{line}"), raw

    def _grow(self) -> None:
        old = zip(self._slots, self._keys, strict=True)
        self._table(2 * (self._mask + 1))
        slots, keys, mask = self._slots, self._keys, self._mask
        for slot, key in old:
            if slot:
                i = key & mask
                while slots[i]:
                    i = (i + 1) & mask
                slots[i], keys[i] = slot, key


def _appended(numbers: array.array[int], value: int) -> array.array[int]:
    """*numbers* with *value* appended: the same array, or one of 8-byte items where
    *value* does not fit the 4 bytes of its items."""
    try:
        numbers.append(value)
    except OverflowError:
        numbers = array.array("Q", numbers)
        numbers.append(value)
    return numbers


def _skipped(path: Path, lines: _Lines) -> list[EmployeeRow]:
    """The lines skipped since the last call, as errors."""
    out: list[EmployeeRow] = [(number, ValidationError("line", f"({reason})", "expected one "
                                               "employee per line").at(f"{path}:{number}"),
                       f"({reason})") for number, reason in lines.skipped]
    lines.skipped.clear()
    return out


# ---------------------------------------------------------------------------- JSON Lines


def _jsonl_rows(path: Path, lines: _Lines, note: Note, make: Build = employee_from_row
                ) -> Iterator[EmployeeRow]:
    known = input_fields()
    ignored: set[str] = set()

    def row(line: int, text: str) -> EmployeeRow:
        where = f"{path}:{line}"
        try:
            record = parse_json_line(text)
        except ValueError as exc:
            return line, ValidationError("json", _shown(text, 40), str(exc)).at(where), \
                _shown(text)
        if not isinstance(record, dict):
            return line, ValidationError("record", type(record).__name__,
                                         "expected a JSON object per line").at(where), record
        extra = sorted(k for k in record if k not in known and not k.startswith(_FACT_PREFIX))
        new = [k for k in extra if k not in ignored]
        if new:
            ignored.update(new)
            note(f"{where}: ignoring field{'s' if len(new) > 1 else ''} "
                 f"{', '.join(_printable(k)[:40] for k in new)} (not an input field; "
                 f"input fields are {_expected()})")
        try:
            item: Employee | ValidationError = make(
                {k: v for k, v in record.items() if k in known or k.startswith(_FACT_PREFIX)},
                check=_suspect(text))
        except ValidationError as exc:
            item = exc.at(where)
        return line, item, record

    while True:
        fast = lines.clean(for_csv=False)
        if fast is not None:  # UTF-8 lines of a block, decoded at once
            number, texts = fast
            for i, text in enumerate(texts):
                if text.strip():
                    yield row(number + i, text + "\n")
            continue
        try:
            text = next(lines)
        except StopIteration:
            break
        line = lines.mark()[0][0]
        yield from _skipped(path, lines)
        if not text.strip():
            continue
        if _NOT_UTF8.search(text):
            yield line, _not_utf8(f"{path}:{line}", text), _shown(text)
            continue
        yield row(line, text)
    yield from _skipped(path, lines)


# ---------------------------------------------------------------------------- CSV


def _delimiter(header: str) -> str:
    """``,`` ``;`` or tab: the one the header line uses most (``,`` when none)."""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _columns(path: Path, header: list[str], note: Note) -> list[str | None]:
    """The input field of each column (``None``: ignored), checked once."""
    known = input_fields() - {"facts"}
    out: list[str | None] = []
    ignored: list[str] = []
    for cell in header:
        name = cell.strip()
        if _NOT_UTF8.search(name):
            raise UsageError(f"{path}:1: the header is not UTF-8 text; save the file as UTF-8")
        low = name.lower()
        if low.startswith(_FACT_PREFIX):
            fact = low[len(_FACT_PREFIX):].strip()
            if not fact:
                raise UsageError(f"{path}:1: a column 'fact:' names no fact; expected "
                                 "fact:NAME, e.g. fact:office_access_cut")
            out.append(_FACT_PREFIX + fact)
        elif low.replace(" ", "_") in known:
            out.append(low.replace(" ", "_"))
        else:
            out.append(None)
            ignored.append(name or "(empty)")
    named = [c for c in out if c is not None]
    twice = sorted({c for c in named if named.count(c) > 1})
    if twice:
        raise UsageError(f"{path}:1: column {twice[0]!r} appears twice in the header; "
                         "expected each column once")
    missing = [r for r in _REQUIRED if r not in named]
    if missing:
        raise UsageError(f"{path}:1: the header has no column {', '.join(missing)}; expected "
                         f"a header row with {', '.join(_REQUIRED)} (input fields: "
                         f"{_expected()})")
    if ignored:
        note(f"{path}:1: ignoring column{'s' if len(ignored) > 1 else ''} "
             f"{', '.join(one_line(x)[:40] for x in ignored)} (not an input field)")
    return out


def _csv_blocks(path: Path, lines: _Lines, note: Note, make: Build = employee_from_row
                ) -> Iterator[list[Row]]:
    """The rows of a CSV file in lists: the rows of a run of plain lines
    (:meth:`_Lines.clean`) together, any other row on its own."""
    first = next((t for t in lines if t.strip()), None)
    if first is None:
        raise UsageError(f"{path}: the CSV file is empty; expected a header row "
                         "id,nip,jurisdiction,agency,position,status,...")
    header_lines = lines.mark()
    lines.again(header_lines[-1:])
    delimiter = _delimiter(first)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise UsageError(f"{path}:{header_lines[-1][0]}: broken CSV header: {exc}") from None
    if len(lines.mark()) > 1:
        raise UsageError(f"{path}:{header_lines[-1][0]}: a quote in the header is never "
                         "closed; expected a header row of column names")
    columns = _columns(path, header, note)
    record = _Record(path, header, columns, delimiter, make)
    while True:
        fast = lines.clean()
        if fast is not None:
            number, texts = fast
            block = record.block(number, texts)
            if block is None:  # the C parser refused a line: line by line
                lines.again([(number + i, text + "\n") for i, text in enumerate(texts)])
            elif block:  # (none if every line was blank)
                yield block
            continue
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # a field over the csv module's size limit
            taken = lines.mark()
            if skipped := _skipped(path, lines):
                yield [*skipped]
            start = taken[0][0] if taken else lines.number
            yield [(start, ValidationError("csv", _shown(taken[0][1], 40) if taken else "",
                                           f"broken CSV ({exc}); a quote opened on this "
                                           "line is probably never closed"
                                           ).at(f"{path}:{start}"),
                    _shown(taken[0][1]) if taken else "")]
            lines.again(taken[1:])
            reader = csv.reader(lines, delimiter=delimiter)
            continue
        taken = lines.mark()
        if skipped := _skipped(path, lines):
            yield [*skipped]
        if not taken:
            continue
        line = taken[0][0]
        text = "".join(t for _, t in taken)
        if len(taken) > 1:
            # A quoted value ran over a line break: a quote never closed (the reader
            # went on to the end of the file or to the next stray quote).  The lines
            # after this one are read again as rows of their own, so none is lost.
            closed = "never closed" if text.count('"') % 2 else \
                f"closed only on line {taken[-1][0]}"
            yield [(line, ValidationError("csv", _shown(taken[0][1], 40),
                                          f"a quote opened on this line is {closed}; "
                                          "expected every quoted value to end on its own "
                                          "line").at(f"{path}:{line}"), _shown(taken[0][1]))]
            lines.again(taken[1:])
            reader = csv.reader(lines, delimiter=delimiter)
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        if _NOT_UTF8.search(text):
            yield [(line, _not_utf8(f"{path}:{line}", text), _shown(text))]
            continue
        yield [record(line, row, _suspect(text))]
    if skipped := _skipped(path, lines):
        yield [*skipped]


class _Record:
    """The row of one CSV line as ``(line, employee or error, raw record)``: what
    both the line-by-line reader and the fast path of :func:`_csv_blocks` make.
    With :class:`~kebijakan_asn._batch.EmployeeCache` as the build, a full row is
    looked up by the tuple of its cells but the id and NIP (and the columns and
    the check), and its record made only when it is built.  In a block of plain
    lines whose first columns are the id (and the NIP), a row is looked up by the
    text of the line after them instead (see :meth:`block`)."""

    def __init__(self, path: Path, header: list[str], columns: list[str | None],
                 delimiter: str, make: Build) -> None:
        self._path, self._columns, self._delimiter, self._make = \
            path, columns, delimiter, make
        self._names = [c or f"column {i + 1}" for i, c in enumerate(header)]
        kept = [i for i, c in enumerate(columns) if c is not None]
        self._kept = [c for c in columns if c is not None]
        self._take = operator.itemgetter(*kept)  # three or more: the required columns
        self._cache = make if isinstance(make, EmployeeCache) else None
        self._id = columns.index("id") if "id" in columns else None
        self._nip = columns.index("nip") if "nip" in columns else None
        rest = [i for i in kept if i not in (self._id, self._nip)]
        self._rest = operator.itemgetter(*rest)
        self._token = tuple(columns[i] for i in rest)  # in a 3-tuple key, with the cells
        # The cells a line's text is cut into before the rest of it: the id, the NIP.
        self._lead = 2 if (self._id, self._nip) == (0, 1) else \
            1 if (self._id, self._nip) == (0, None) else 0

    def block(self, number: int, texts: list[str]) -> list[Row] | None:
        """The rows (blank ones left out) of the plain lines *texts* (see
        :meth:`_Lines.clean`), the first on line *number*, as :meth:`__call__` makes
        them one by one; ``None`` if the C parser refuses one (read them line by line).

        With the cache, a row the cache has seen the like of is made here
        (:meth:`EmployeeCache.hit`).  Where the id (and the NIP) are the first
        columns and no line is suspect (:func:`_suspect`), a line is not parsed
        but cut after them, and looked up by the text of the rest: a plain line
        (no quote, no carriage return but at its end) is its cells joined by the
        delimiter, so equal rests are equal cells.  The raw record of such a row
        is its text, parsed when asked for (:func:`raw_record`)."""
        longest = max(map(len, texts))
        suspect = longest >= MAX_FIELD or \
            ESCAPED_SURROGATE.search("\n".join(texts)) is not None
        if self._lead and self._cache is not None and not suspect and \
                longest < csv.field_size_limit():
            return self._cut(number, texts)
        try:
            rows = list(csv.reader(texts, delimiter=self._delimiter))
        except csv.Error:  # (a field over a lowered size limit)
            return None
        if len(rows) != len(texts):
            return None
        out: list[Row] = []
        append = out.append
        if suspect:
            for i, row in enumerate(rows):  # some line is suspect: each on its own
                if row and (row[0].strip() or any(cell.strip() for cell in row)):
                    text = texts[i]
                    append(self(number + i, row, len(text) >= MAX_FIELD or
                                ESCAPED_SURROGATE.search(text) is not None))
            return out
        if self._cache is None:
            for i, row in enumerate(rows):
                if row and (row[0].strip() or any(cell.strip() for cell in row)):
                    append(self(number + i, row, False))
            return out
        pending, token, rest, names = self._cache.pending, self._token, self._rest, self._names
        width, id_at, nip_at = len(self._columns), self._id, self._nip
        for i, row in enumerate(rows):
            if len(row) == width and (row[0].strip() or any(cell.strip() for cell in row)):
                made = pending((token, rest(row), False), None if id_at is None else row[id_at],
                           None if nip_at is None else row[nip_at])
                if made is not None:
                    append((number + i, made, (names, row)))
                    continue
            if row and (row[0].strip() or any(cell.strip() for cell in row)):
                append(self(number + i, row, False))
        return out

    def _cut(self, number: int, texts: list[str]) -> list[Row]:
        """:meth:`block` for lines cut after the id (and the NIP)."""
        assert self._cache is not None
        pending, token, names, delimiter = self._cache.pending, self._token, self._names, \
            self._delimiter
        lead = self._lead
        out: list[Row] = []
        append = out.append
        for i, text in enumerate(texts):
            cut = text.split(delimiter, lead)
            if len(cut) > lead and cut[0].strip():
                key = (token, cut[lead])
                made = pending(key, cut[0], cut[1] if lead == 2 else None)
                if made is not None:
                    append((number + i, made, (names, text, delimiter)))
                    continue
            else:
                key = None
            row = next(csv.reader((text,), delimiter=delimiter), [])
            if row and (row[0].strip() or any(cell.strip() for cell in row)):
                append(self(number + i, row, False, key))
        return out

    def __call__(self, line: int, row: list[str], suspect: bool,
                 key: tuple[object, ...] | None = None) -> Row:
        """The row of *line*, parsed as *row*; *key*: what :meth:`_cut` looks it up by."""
        columns = self._columns
        raw = (self._names, row)  # made a record by raw_record when asked for
        try:
            if len(row) == len(columns):
                if self._cache is not None:
                    item: Employee | ValidationError = self._cache.keyed(
                        (self._token, self._rest(row), suspect) if key is None else key,
                        None if self._id is None else row[self._id],
                        None if self._nip is None else row[self._nip],
                        lambda: dict(zip(self._kept, self._take(row), strict=True)),
                        check=suspect)
                    return line, item, raw
                values = dict(zip(self._kept, self._take(row), strict=True))
            elif len(row) > len(columns):
                raise ValidationError("row", f"{len(row)} values",
                                      f"more values than the {len(columns)} header columns; "
                                      f"check the delimiter ({self._delimiter!r}) and quoting")
            else:
                values = {c: v for c, v in zip(columns, row, strict=False) if c is not None}
            item = self._make(values, check=suspect)
        except ValidationError as exc:
            item = exc.at(f"{self._path}:{line}")
        return line, item, raw


# ---------------------------------------------------------------------------- output


def check_output(path: str | None, *inputs: str | None) -> None:
    """Refuse an output that would destroy something: the same file as an input, a
    directory, a device or pipe, a symbolic link (exit status 2, before anything is
    decided)."""
    if path is None or path == "-":
        return
    target = Path(path)
    try:
        info = target.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UsageError(f"{path}: cannot write output: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        raise UsageError(f"{path}: the output is a symbolic link; refusing to replace it "
                         "(name the file it points to, or another file)")
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{path}: the output is a directory; expected a file name")
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{path}: the output is not a regular file (a device or a pipe); "
                         "expected a file name, or leave --output out for stdout")
    for other in inputs:
        if other is None:
            continue
        with contextlib.suppress(OSError):
            if os.path.samefile(other, target):
                raise UsageError(f"{path}: the output is the input file {other}; "
                                 "refusing to overwrite it (choose another --output)")


_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Write to *path* atomically (a temporary file renamed on success), or stdout.

    Whatever stops the writing — an error, Ctrl-C, SIGTERM, a full disk — the
    temporary file is removed and a previous *path* is left as it was.  A write
    that fails (a full disk) is a :class:`UsageError` saying so.
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write output: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=1 << 16) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; a normal file follows the umask
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        full = " (the disk is full)" if exc.errno in _FULL else ""
        raise UsageError(f"{path}: cannot write output: {exc.strerror or exc}{full}; "
                         f"nothing was written, a previous {target.name} is unchanged"
                         ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _plain_input(raw: Any) -> Any:
    """A bad input record as canonical JSON values: a JSON number with a fraction (which
    canonical JSON refuses) is kept as its text, text that is not UTF-8 as escapes."""
    if isinstance(raw, float):
        return json.dumps(raw)
    if isinstance(raw, str):
        return _printable(raw)
    if isinstance(raw, dict):
        return {_printable(str(k)): _plain_input(v) for k, v in raw.items()}
    if isinstance(raw, list):
        return [_plain_input(v) for v in raw]
    return to_plain(raw)


def error_body(line: int, message: str, raw: Any) -> dict[str, Any]:
    """The ``kebijakan-asn/error/1`` record of an invalid input record (no chain link);
    *raw* as a row carries it (see :func:`raw_record`)."""
    return {"schema": ERROR_SCHEMA, "line": line, "error": _printable(message),
            "input": _plain_input(raw_record(raw))}


def error_record(line: int, message: str, raw: Any) -> str:
    """The ``kebijakan-asn/error/1`` line written in place of an invalid input record."""
    return canonical_json(error_body(line, message, raw)) + "\n"
