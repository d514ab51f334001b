"""``kebijakan-asn calendar``: holidays and cuti bersama of a year."""

from __future__ import annotations

import argparse
import datetime as dt

from .._canonical import to_plain
from .._errors import ValidationError
from .._explain import LANGS, format_date
from . import _common
from ._common import dump, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cal = sub.add_parser("calendar", help="holidays and cuti bersama of a year")
    cal.add_argument("--jurisdiction", required=True)
    cal.add_argument("--year", required=True, type=int)
    cal.add_argument("--json", action="store_true")
    cal.add_argument("--lang", choices=LANGS, default="id")


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    if not 1946 <= args.year <= 2100:
        raise ValidationError("--year", args.year, "expected a year from 1946 to 2100")
    holidays = resolver.holidays(args.jurisdiction, args.year)
    working = resolver.working_days(args.jurisdiction, dt.date(args.year, 1, 1),
                                    dt.date(args.year, 12, 31))
    if args.json:
        dump({"jurisdiction": args.jurisdiction, "year": args.year,
               "working_days": len(working), "holidays": to_plain(list(holidays))})
        return 0
    for h in holidays:
        kind = {"libur-nasional": "libur nasional", "cuti-bersama": "cuti bersama",
                "libur-daerah": "libur daerah"}[h.kind]
        out(f"{h.date.isoformat()}  {format_date(h.date, args.lang):<28} {kind:<15} "
             f"{h.name(args.lang)}")
        if h.citations:
            out(f"{'':12}{'; '.join(c.label for c in h.citations)}")
    word = "hari kerja" if args.lang == "id" else "working days"
    out(f"{len(working)} {word} ({args.jurisdiction}, {args.year})")
    return 0
