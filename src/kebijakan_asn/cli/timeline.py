"""``kebijakan-asn timeline``: an employee's days in runs of days decided alike."""

from __future__ import annotations

import argparse

from .._audit import timeline
from .._explain import LANGS
from . import _common
from ._common import dump, employee_from_args, employee_options, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    t = sub.add_parser("timeline", help="an employee's days from D1 to D2, in runs of "
                                        "days decided alike")
    employee_options(t)
    t.add_argument("--from", dest="date_from", help="first date")
    t.add_argument("--to", dest="date_to", help="last date")
    t.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies")
    t.add_argument("--json", action="store_true")
    t.add_argument("--lang", choices=LANGS, default="id")


def run(args: argparse.Namespace) -> int:
    _common.require(args, "jurisdiction", "agency", "position", "date-from", "date-to")
    resolver = _common.make_resolver(args)
    employee = employee_from_args(args, resolver)
    start, end = _common.date_range(args, resolver)
    line = timeline(resolver, employee, start, end, include_drafts=args.include_drafts)
    if args.json:
        dump(line.to_dict())
    else:
        out(line.explain(args.lang))
    return 0
