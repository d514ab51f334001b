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
from .._canonical import canonical_json
from .._errors import ValidationError
from .._explain import LANGS
from .._resolver import Resolver
from .._seal import load_signer, seal_record
from . import _common
from ._common import PROG, UsageError, employee_from_args, employee_options, one_line, out
from ._input import (
    atomic_output,
    blocks_of,
    check_output,
    employee_from_row,
    error_body,
    read_employees,
)
from .roster import read_roster


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("decide", help="decide one employee-day, or a whole input file")
    employee_options(d)
    d.add_argument("--date", help="the day, YYYY-MM-DD (batch: decide every employee of "
                                  "--input on this one day, as --from D --to D)")
    d.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies (the decision says so)")
    d.add_argument("--json", action="store_true", help="print the JSON decision record")
    d.add_argument("--lang", choices=LANGS, default="id", help="explanation language")
    d.add_argument("--input", help="batch: a .csv or .jsonl file of employees, decided on "
                                   "--date or on every day from --from to --to")
    d.add_argument("--from", dest="date_from", help="batch: first date (or --date for one "
                                                    "day)")
    d.add_argument("--to", dest="date_to", help="batch: last date")
    d.add_argument("--output", help="batch: JSON Lines output file (default: stdout)")
    d.add_argument("--chain", action="store_true",
                   help="batch: link the records into a tamper-evident chain ending in a "
                        "seal record")
    d.add_argument("--sign", metavar="KEY",
                   help="batch with --chain: sign the seal with this private key "
                        "(from 'kebijakan-asn keygen KEY')")
    d.add_argument("--roster", metavar="FILE",
                   help="a unit roster (.csv or .jsonl rows id,date,arrangement): decide "
                        "from it (employees matched by --id or the id column)")
    _common.max_days_option(d)
    d.add_argument("--jobs", type=int, metavar="N",
                   help="batch: worker processes (default: all cores; the output is the "
                        "same for any N)")


def run(args: argparse.Namespace) -> int:
    if args.date is not None and (args.date_from is not None or args.date_to is not None):
        option = "--from" if args.date_from is not None else "--to"
        raise UsageError(f"decide: --date and {option} both give the dates; give --date D for "
                         "one day or --from D1 --to D2 for a range, not both")
    if args.input:
        return run_batch(args)
    if args.chain or args.sign:
        option = "--chain" if args.chain else "--sign"
        raise UsageError(f"decide: {option} seals the records of a batch; it needs --input")
    _common.require(args, "jurisdiction", "agency", "position", "date")
    if args.roster and not args.id:
        raise UsageError("decide --roster matches the employee by id; give --id")
    resolver = _common.make_resolver(args)
    employee = employee_from_args(args, resolver)
    roster, broken = read_roster(args.roster) if args.roster else (None, 0)
    decision = resolver.decide(employee, _common.covered_date(resolver, args.date, "--date"),
                               include_drafts=args.include_drafts, roster=roster)
    if args.json:
        out(json.dumps(decision.to_dict(), ensure_ascii=False, sort_keys=True, indent=2))
    else:
        out(decision.explain(args.lang))
    return 1 if broken else 0


def _dates(args: argparse.Namespace, resolver: Resolver) -> list[dt.date]:
    """The days of a batch: ``--date D`` (the one day D, as ``--from D --to D``) or
    ``--from D1 --to D2``."""
    if args.date is not None:
        return [_common.covered_date(resolver, args.date, "--date")]
    if not args.date_from or not args.date_to:
        raise UsageError("decide --input needs the dates: --date D for one day, or --from D1 "
                         "--to D2")
    start, end = _common.date_range(args, resolver)
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def run_batch(args: argparse.Namespace) -> int:
    if args.sign and not args.chain:
        raise UsageError("decide: --sign seals a chained batch; add --chain")
    check_output(args.output, args.input, args.sign, args.roster)
    signer = load_signer(args.sign) if args.sign else None
    resolver = _common.make_resolver(args)
    days = _dates(args, resolver)
    path = Path(args.input)
    roster, bad = read_roster(args.roster) if args.roster else (None, 0)
    jobs = args.jobs if args.jobs is not None else _batch.default_jobs()
    if jobs < 1:
        raise UsageError(f"decide: --jobs {jobs}: expected a number of processes from 1")
    ids: set[str] = set()
    written = 0
    chain = Chainer() if args.chain else None
    progress = _Progress(sys.stderr)

    def invalid(out: _batch.BlockWriter, line: int, message: str, raw: object) -> None:
        """One error record in place of the input record (a link of the chain too)."""
        progress.clear()
        sys.stderr.write(f"{PROG}: {one_line(message)}\n")
        body = error_body(line, message, raw)
        out.write(canonical_json(chain.link_record(body) if chain is not None else body)
                  + "\n")

    with atomic_output(args.output) as stream:
        out = _batch.BlockWriter(stream)
        # The engine: shared evaluation, records from templates, --jobs.  With a roster,
        # the days without a row share them too; the rostered days are decided one by one.
        batch = _batch.Batch(resolver, days, include_drafts=args.include_drafts,
                             roster=roster)
        items = read_employees(path, build=_batch.EmployeeCache(employee_from_row))
        for block in _batch.record_blocks(batch, blocks_of(items), jobs=jobs, chain=chain):
            progress.update(block[0][0], written)
            done: list[bytes] = []  # the records of the block, up to an error
            for line, item, raw, result in block:
                if type(result) is bytes:
                    done.append(result)
                    if roster is not None and item.id is not None:
                        ids.add(item.id)
                    continue
                out.write_all(done)
                written += len(days) * len(done)
                done = []
                if isinstance(item, ValidationError):
                    bad += 1
                    invalid(out, line, str(item), raw)
                    continue
                if roster is not None and item.id is not None:
                    ids.add(item.id)
                if isinstance(result, _batch.Failed):
                    bad += 1
                    invalid(out, line, f"{path}:{line}: {result.message}", raw)
            out.write_all(done)
            written += len(days) * len(done)
        if chain is not None:
            out.write(canonical_json(seal_record(chain.index, chain.head, signer)) + "\n")
        out.flush()
    progress.clear()
    if roster is not None:  # rows naming no employee of the input: one line each
        for row in roster:
            if row.id not in ids:
                bad += 1
                sys.stderr.write(f"{PROG}: {args.roster}:{row.line}: id: unknown employee "
                                 f"{row.id!r}; not in {path}\n")
    head = ""
    if chain is not None:
        head = f"; chain head {chain.head or 'none'}, sealed" + (
            f" with key {signer.key_id}" if signer is not None else "")
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


