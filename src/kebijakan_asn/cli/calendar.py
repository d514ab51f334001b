"""``kebijakan-asn calendar``: holidays and cuti bersama of a year."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from .._canonical import to_plain
from .._errors import ValidationError
from .._explain import LANGS, format_date
from .._resolver import Resolver
from . import _common
from ._common import dump, out

__all__ = ["calendar_summary"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cal = sub.add_parser("calendar", help="holidays and cuti bersama of a year")
    cal.add_argument("--jurisdiction", required=True)
    cal.add_argument("--year", required=True, type=int)
    cal.add_argument("--json", action="store_true")
    cal.add_argument("--lang", choices=LANGS, default="id")


def calendar_summary(resolver: Resolver, jurisdiction: str, year: int,
                     field: str = "--year") -> dict[str, Any]:
    """The holidays and the number of working days of *year*, as JSON values."""
    if not 1946 <= year <= 2100:
        raise ValidationError(field, year, "expected a year from 1946 to 2100")
    holidays = resolver.holidays(jurisdiction, year)
    working = resolver.working_days(jurisdiction, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return {"jurisdiction": jurisdiction, "year": year, "working_days": len(working),
            "holidays": to_plain(list(holidays))}


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    summary = calendar_summary(resolver, args.jurisdiction, args.year)
    if args.json:
        dump(summary)
        return 0
    holidays = resolver.holidays(args.jurisdiction, args.year)
    for h in holidays:
        kind = {"libur-nasional": "libur nasional", "cuti-bersama": "cuti bersama",
                "libur-daerah": "libur daerah"}[h.kind]
        out(f"{h.date.isoformat()}  {format_date(h.date, args.lang):<28} {kind:<15} "
             f"{h.name(args.lang)}")
    word = "hari kerja" if args.lang == "id" else "working days"
    out(f"{summary['working_days']} {word} ({args.jurisdiction}, {args.year})")
    return 0
