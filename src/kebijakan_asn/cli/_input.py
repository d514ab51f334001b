"""Batch input and output shared by the commands that read employee files and write
JSON Lines: :func:`read_employees`, :func:`atomic_output`, error records."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .._canonical import canonical_json, to_plain
from .._errors import ValidationError
from .._model import Employee
from ._common import ERROR_SCHEMA, UsageError, parse_bool

__all__ = ["atomic_output", "error_record", "parse_jsonl_line", "read_employees"]


def employee_from_row(row: dict[str, Any]) -> Employee:
    facts: dict[str, bool] = {}
    fields: dict[str, Any] = {}
    for key, value in row.items():
        if key is None:
            raise ValidationError("row", value, "more values than header columns")
        key = key.strip()
        if key.startswith("fact:"):
            if value not in (None, ""):
                facts[key[5:]] = parse_bool(value, key)
        elif key == "facts":
            if not isinstance(value, dict):
                raise ValidationError("facts", value, "expected an object of NAME: true/false")
            facts.update({str(k): parse_bool(v, f"facts.{k}") for k, v in value.items()})
        else:
            fields[key] = value
    allowed = {"id", "nip", "jurisdiction", "agency", "position", "status",
               "direct_service", "rotation_group", "unit"}
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValidationError.invalid("column", unknown[0], allowed | {"fact:NAME"},
                                      "unknown field; expected")
    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
    clean = {k: v for k, v in clean.items() if v not in (None, "")}
    if "direct_service" in clean:
        clean["direct_service"] = parse_bool(clean["direct_service"], "direct_service")
    for required in ("jurisdiction", "agency", "position"):
        if required not in clean:
            raise ValidationError(required, None, "this field is required")
    for text_field in ("id", "nip", "rotation_group", "unit"):
        if text_field in clean and not isinstance(clean[text_field], str):
            clean[text_field] = str(clean[text_field])
    return Employee(**clean, facts=facts)  # type: ignore[arg-type]


def parse_jsonl_line(text: str) -> tuple[Employee | ValidationError, Any]:
    """One JSON Lines employee record: ``(employee or error, raw record)``.  The error
    is not yet located (``error.at(where)`` adds the file and line)."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return ValidationError("json", text.strip()[:40],
                               f"not valid JSON: {exc.msg} at column {exc.colno}"), text
    if not isinstance(record, dict):
        return ValidationError("record", type(record).__name__,
                               "expected a JSON object per line"), record
    try:
        return employee_from_row(record), record
    except ValidationError as exc:
        return exc, record


def read_employees(path: Path) -> Iterator[tuple[int, Employee | ValidationError, Any]]:
    """Stream ``(line number, employee or error, raw record)`` from a CSV or JSONL file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise UsageError(f"{path}: unsupported input type {suffix or '(none)'!r}; "
                         "expected a .csv or .jsonl file")
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read input: {exc.strerror or exc}") from None
    with fh:
        try:
            if suffix == ".csv":
                reader = csv.DictReader(fh)
                if not reader.fieldnames:
                    raise UsageError(f"{path}: the CSV file is empty; expected a header row "
                                     "id,nip,jurisdiction,agency,position,status,...")
                for row in reader:
                    line = reader.line_num
                    try:
                        yield line, employee_from_row(dict(row)), row
                    except ValidationError as exc:
                        yield line, exc.at(f"{path}:{line}"), row
            else:
                for line, text in enumerate(fh, 1):
                    if not text.strip():
                        continue
                    item, raw = parse_jsonl_line(text)
                    if isinstance(item, ValidationError):
                        item = item.at(f"{path}:{line}")
                    yield line, item, raw
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path}: not UTF-8 text ({exc.reason}); save it as UTF-8"
                             ) from None
        except csv.Error as exc:
            raise UsageError(f"{path}: broken CSV: {exc}") from None


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Write to *path* atomically (a temporary file renamed on success), or stdout."""
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
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _plain_input(raw: Any) -> Any:
    """A bad input record as canonical JSON values: a JSON number with a fraction (which
    canonical JSON refuses) is kept as its text."""
    if isinstance(raw, float):
        return json.dumps(raw)
    if isinstance(raw, dict):
        return {str(k): _plain_input(v) for k, v in raw.items()}
    if isinstance(raw, list):
        return [_plain_input(v) for v in raw]
    return to_plain(raw)


def error_record(line: int, message: str, raw: Any) -> str:
    """The ``kebijakan-asn/error/1`` line written in place of an invalid input record."""
    return canonical_json({"schema": ERROR_SCHEMA, "line": line, "error": message,
                           "input": _plain_input(raw)}) + "\n"
