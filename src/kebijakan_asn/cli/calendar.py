"""``kebijakan-asn calendar``: holidays and cuti bersama of a year."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from .. import _labels as W
from .._canonical import to_plain
from .._errors import ValidationError
from .._labels import LANGS
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
    """The holidays, the days set as holidays then revoked, and the number of working
    days of *year*, as JSON values."""
    if not 1946 <= year <= 2100:
        raise ValidationError(field, year, "expected a year from 1946 to 2100")
    holidays = resolver.holidays(jurisdiction, year)
    working = resolver.working_days(jurisdiction, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return {"jurisdiction": jurisdiction, "year": year, "working_days": len(working),
            "holidays": to_plain(list(holidays)),
            "revoked": to_plain(list(resolver.revoked_holidays(jurisdiction, year)))}


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    summary = calendar_summary(resolver, args.jurisdiction, args.year)
    if args.json:
        dump(summary)
        return 0
    holidays = resolver.holidays(args.jurisdiction, args.year)
    lang = args.lang
    headers = [W.word("date", lang), W.word("kind", lang), W.word("holiday", lang)]
    rows = [[W.format_date(h.date, lang),
             W.holiday_kind(h.kind, lang)
             + (f" ({W.word('estimated', lang)})" if h.estimated else ""),
             h.name(lang)] for h in holidays]
    lines = W.table(headers, rows)
    out(lines[0])
    basis = W.word("basis", lang)
    for line, h in zip(lines[1:], holidays, strict=True):
        out(line)
        if h.citations:  # the instruments that set the day
            out(f"    {basis}: " + "; ".join(W.cite(c, lang) for c in h.citations))
    _revoked_section(resolver, args.jurisdiction, args.year, lang)
    place = W.register(resolver.ruleset).government(args.jurisdiction)
    word = "hari kerja" if lang == "id" else "working days"
    out(f"{W.number(summary['working_days'], lang)} {word} ({place}, {args.year})")
    return 0


def _revoked_section(resolver: Resolver, jurisdiction: str, year: int, lang: str) -> None:
    """The days set as holidays, then revoked (working days), each with both citations."""
    revoked = resolver.revoked_holidays(jurisdiction, year)
    if not revoked:
        return
    out("")
    out(W.word("revoked", lang))
    headers = [W.word("date", lang), W.word("kind", lang), W.word("holiday", lang)]
    lines = W.table(headers, [[W.format_date(r.date, lang), W.holiday_kind(r.kind, lang),
                               r.name(lang)] for r in revoked])
    out(lines[0])
    for line, r in zip(lines[1:], revoked, strict=True):
        out(line)
        out(f"    {W.word('set_by', lang)}: " + "; ".join(W.cite(c, lang) for c in r.set_by))
        out(f"    {W.word('revoked_by', lang)}: "
            + W.cite(r.revoked_by, lang, dated=r.revoked_by.signed is not None))
    out("")
