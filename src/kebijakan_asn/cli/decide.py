"""``kebijakan-asn decide``: one employee-day, or every employee of a file × every date."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import IO

from .. import _batch
from .._audit import Chainer
from .._errors import ValidationError
from .._explain import LANGS
from .._resolver import as_date
from . import _common
from ._common import PROG, UsageError, employee_from_args, employee_options, one_line, out
from ._input import atomic_output, employee_from_row, error_record, read_employees


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("decide", help="decide one employee-day, or a whole input file")
    employee_options(d)
    d.add_argument("--date", help="YYYY-MM-DD")
    d.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies (the decision says so)")
    d.add_argument("--json", action="store_true", help="print the JSON decision record")
    d.add_argument("--lang", choices=LANGS, default="id", help="explanation language")
    d.add_argument("--input", help="batch: a .csv or .jsonl file of employees")
    d.add_argument("--from", dest="date_from", help="batch: first date")
    d.add_argument("--to", dest="date_to", help="batch: last date")
    d.add_argument("--output", help="batch: JSON Lines output file (default: stdout)")
    d.add_argument("--chain", action="store_true",
                   help="batch: link the decision records into a tamper-evident chain")
    d.add_argument("--jobs", type=int, metavar="N",
                   help="batch: worker processes (default: all cores; the output is the "
                        "same for any N)")


def run(args: argparse.Namespace) -> int:
    if args.input:
        return run_batch(args)
    if args.chain:
        raise UsageError("decide: --chain links the records of a batch; it needs --input")
    _common.require(args, "jurisdiction", "agency", "position", "date")
    employee = employee_from_args(args)
    resolver = _common.make_resolver(args)
    decision = resolver.decide(employee, as_date(args.date, "--date"),
                               include_drafts=args.include_drafts)
    if args.json:
        out(json.dumps(decision.to_dict(), ensure_ascii=False, sort_keys=True, indent=2))
    else:
        out(decision.explain(args.lang))
    return 0


def _dates(args: argparse.Namespace) -> list[dt.date]:
    if not args.date_from or not args.date_to:
        raise UsageError("decide --input needs --from and --to dates")
    start, end = _common.date_range(args)
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def run_batch(args: argparse.Namespace) -> int:
    days = _dates(args)
    resolver = _common.make_resolver(args)
    path = Path(args.input)
    bad = 0
    written = 0
    chain = Chainer() if args.chain else None
    jobs = args.jobs if args.jobs is not None else _batch.default_jobs()
    if jobs < 1:
        raise UsageError(f"decide: --jobs {jobs}: expected a number of processes from 1")
    batch = _batch.Batch(resolver, days, include_drafts=args.include_drafts)
    progress = _Progress(sys.stderr)
    with atomic_output(args.output) as stream:
        out = _batch.BlockWriter(stream)
        items = read_employees(path, build=_batch.EmployeeCache(employee_from_row))
        for line, item, raw, result in _batch.records(batch, items, jobs=jobs, chain=chain):
            progress.update(line, written)
            if isinstance(item, ValidationError):
                bad += 1
                progress.clear()
                sys.stderr.write(f"{PROG}: {one_line(str(item))}\n")
                out.write(error_record(line, str(item), raw))
                continue
            if isinstance(result, _batch.Failed):
                bad += 1
                message = f"{path}:{line}: {result.message}"
                progress.clear()
                sys.stderr.write(f"{PROG}: {one_line(message)}\n")
                out.write(error_record(line, message, raw))
                continue
            if result is not None:
                out.write(result)
                written += len(days)
        out.flush()
    progress.clear()
    head = f"; chain head {chain.head or 'none'}" if chain is not None else ""
    sys.stderr.write(f"{PROG}: {written} decisions written, {bad} invalid input records"
                     f"{head}\n")
    return 1 if bad else 0


class _Progress:
    """A one-line progress indicator, shown only when *stream* is a terminal."""

    def __init__(self, stream: IO[str], every: float = 0.2) -> None:
        self._stream = stream
        self._on = bool(getattr(stream, "isatty", lambda: False)())
        self._every = every
        self._last = -every  # the first update shows at once
        self._shown = False

    def update(self, line: int, written: int) -> None:
        if not self._on:
            return
        now = time.monotonic()
        if now - self._last < self._every:
            return
        self._last = now
        self._stream.write(f"\r{PROG}: input line {line}, {written} decisions written…")
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the progress line (before a message, and at the end)."""
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()
            self._shown = False


