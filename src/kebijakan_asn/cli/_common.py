"""What every command shares: the usage error, option parsing helpers, the resolver
factory (tests replace :func:`make_resolver`), and output helpers."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
from typing import Any, NoReturn

import holidays

from .._codes import Grant, Position
from .._errors import ValidationError
from .._model import UNIT_MAX, Employee
from .._resolver import Resolver, as_date
from .._verify import ERROR_SCHEMA as ERROR_SCHEMA  # where the commands have it from

PROG = "kebijakan-asn"


class UsageError(Exception):
    """A command-line usage problem (exit status 2)."""


_TRUE = {"true", "1", "ya", "yes", "y", "benar"}
_FALSE = {"false", "0", "tidak", "no", "n", "salah", ""}


def parse_bool(value: object, field: str) -> bool:
    """``true/false``, ``1/0``, ``ya/tidak``, ``yes/no`` (case-insensitive)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    if not field.isprintable():  # a fact name from the input: keep the message on one line
        field = repr(field)
    raise ValidationError(field, value, "expected true or false (also 1/0, ya/tidak, yes/no)")


def one_line(text: str) -> str:
    """*text* with line breaks and other unprintable characters escaped (``\\r``,
    ``\\x85``), so that an error quoting raw input stays on one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def fact_arg(text: str) -> tuple[str, bool]:
    name, sep, value = text.partition("=")
    if not sep:
        raise ValidationError("--fact", text, "expected NAME=VALUE, e.g. office_access_cut=true")
    return name.strip(), parse_bool(value, f"--fact {name.strip()}")


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are :class:`UsageError` (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def employee_options(p: argparse.ArgumentParser) -> None:
    """The employee options of ``decide``, for ``explain`` and ``timeline``."""
    p.add_argument("--jurisdiction", help="instansi code, e.g. kab-bekasi")
    p.add_argument("--agency", help="agency code, e.g. bappeda")
    p.add_argument("--position", help="jabatan: " + ", ".join(x.value for x in Position))
    p.add_argument("--status", default="pns", help="pns (default), pppk or non-asn")
    p.add_argument("--direct-service", action="store_true",
                   help="the employee's own duties are direct public service")
    p.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE",
                   help="a fact about the employee, e.g. office_access_cut=true")
    p.add_argument("--rotation-group", help="rotation group, e.g. A")
    p.add_argument("--unit", help="the employee's unit inside the agency (bidang, "
                                  "subbagian…), for quotas counted per unit")
    p.add_argument("--id", help="employee id")
    p.add_argument("--nip", help="18-digit NIP (PNS) or NI PPPK")


_OPTION_OF = {
    "jurisdiction": "--jurisdiction", "agency": "--agency", "position": "--position",
    "status": "--status", "id": "--id", "nip": "--nip", "direct_service": "--direct-service",
    "rotation_group": "--rotation-group", "facts": "--fact", "unit": "--unit",
}
"""The option of :func:`employee_options` that sets each :class:`Employee` field."""


def employee_from_args(args: argparse.Namespace, resolver: Resolver | None = None
                       ) -> Employee:
    """The employee of the options (checked against *resolver*'s rule set when given).
    A bad value is reported under the option the user typed (``--rotation-group``, not
    the field ``rotation_group``), saying what is wrong with a free text."""
    try:
        employee = Employee(
            jurisdiction=args.jurisdiction, agency=args.agency, position=args.position,
            status=args.status, id=args.id, nip=args.nip, direct_service=args.direct_service,
            rotation_group=args.rotation_group, facts=dict(fact_arg(f) for f in args.fact),
            unit=args.unit,
        )
        if resolver is not None:
            resolver.check(employee)
    except ValidationError as err:
        option = _OPTION_OF.get(err.field)
        if option is None or err.where:
            raise
        flaw = _flaw(err.value, ascii_alnum=option == "--rotation-group",
                     limit=UNIT_MAX if option == "--unit" else None)
        raise ValidationError(option, err.value, flaw + err.expected) from None
    return employee


def _flaw(value: object, *, ascii_alnum: bool = False, limit: int | None = None) -> str:
    """What is wrong with the free text *value* of ``--unit`` or ``--rotation-group``
    (``""`` for a value that is not free text, or whose fault the field's message says)."""
    if not isinstance(value, str) or not (ascii_alnum or limit):
        return ""
    if not value:
        return "it is empty; "
    if not value.strip():
        return "it is only spaces; "
    for c in value:
        if not c.isprintable():
            return f"it holds the unprintable character {c!r}; "
        if ascii_alnum and not (c.isascii() and c.isalnum()):
            return f"it holds {c!r}, not an ASCII letter or digit; "
    if limit is not None and len(value) > limit:
        return f"it is {len(value)} characters long; "
    return ""


def make_resolver(args: argparse.Namespace) -> Resolver:
    allow = args.plugins.split(",") if args.plugins is not None else None
    return Resolver(allow=allow)


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def dump(value: Any) -> None:
    out(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


def require(args: argparse.Namespace, *names: str) -> None:
    for name in names:
        if getattr(args, name.replace("-", "_")) in (None, ""):
            option = "from" if name == "date-from" else "to" if name == "date-to" else name
            raise UsageError(f"{args.command}: --{option} is required "
                             f"(see '{PROG} {args.command} --help')")


def coverage(resolver: Resolver) -> tuple[dt.date, dt.date]:
    """The dates the rule set covers: from the first day a national work week
    (baseline) policy is in force to its last, and within the years the holiday
    calendar (the ``holidays`` package) knows for Indonesia."""
    baselines = [period for p in resolver.ruleset.policies.values()
                 if p.jurisdiction == "nasional"
                 and any(v.grant is Grant.BASELINE for v in p.provisions)
                 for period in p.periods]
    first, last = _calendar_years()
    start = max(min((x.start for x in baselines), default=dt.date.max), dt.date(first, 1, 1))
    ends = [x.end or dt.date.max for x in baselines]
    end = min(max(ends, default=dt.date.min), dt.date(last, 12, 31))
    return start, end


@functools.cache
def _calendar_years() -> tuple[int, int]:
    calendar = holidays.country_holidays("ID")
    return int(calendar.start_year), int(calendar.end_year)


def covered_date(resolver: Resolver, value: object, field: str) -> dt.date:
    """*value* as a date the rule set covers (see :func:`coverage`), or a usage error."""
    day = as_date(value, field)  # type: ignore[arg-type]
    start, end = coverage(resolver)
    if not start <= day <= end:
        raise UsageError(f"{field} {day.isoformat()}: outside the dates the rule set covers, "
                         f"{start.isoformat()} to {end.isoformat()} (the national work week "
                         f"and the holiday calendar); expected a date in that range")
    return day


def date_range(args: argparse.Namespace, resolver: Resolver | None = None
               ) -> tuple[dt.date, dt.date]:
    """``--from``/``--to`` as dates, checked to run forwards (and, given *resolver*,
    to lie in the dates it covers and to span at most ``--max-days`` days)."""
    start, end = as_date(args.date_from, "--from"), as_date(args.date_to, "--to")
    if end < start:
        raise ValidationError("--to", args.date_to,
                              f"the range runs backwards; expected a date on or after "
                              f"{start.isoformat()}")
    if resolver is not None:
        covered_date(resolver, start, "--from")
        covered_date(resolver, end, "--to")
    limit = getattr(args, "max_days", None)
    days = (end - start).days + 1
    if limit and days > limit:
        raise UsageError(f"--from {start.isoformat()} --to {end.isoformat()}: {days} days, "
                         f"more than the limit of {limit}; give --max-days {days} (or "
                         "--max-days 0 for no limit) to decide them all")
    return start, end


def max_days_option(p: argparse.ArgumentParser) -> None:
    """``--max-days N``: the range limit of a batch (0 lifts it)."""
    p.add_argument("--max-days", type=_count, default=MAX_DAYS, metavar="N",
                   help=f"batch: refuse a --from/--to range of more than N days "
                        f"(default {MAX_DAYS}; 0: no limit)")


MAX_DAYS = 3660
"""The default range limit of a batch: ten years."""


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0 or len(text) > 9:
        raise argparse.ArgumentTypeError(f"invalid value {text!r}; expected a whole number of "
                                         "days from 0")
    return value
