"""``kebijakan-asn check``: decide every kind of employee on every working day."""

from __future__ import annotations

import argparse

from .._errors import ValidationError
from .._explain import LANGS
from . import _common
from ._common import dump, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ck = sub.add_parser("check", help="decide every kind of employee on every working day: "
                                      "conflicts, policies that never fire, useless exemptions")
    ck.add_argument("--jurisdiction", help="only this instansi (default: all)")
    ck.add_argument("--year", type=int,
                    help="only this year (default: every year a policy is in force)")
    ck.add_argument("--json", action="store_true")
    ck.add_argument("--lang", choices=LANGS, default="id")


def run(args: argparse.Namespace) -> int:
    from .._check import check_ruleset, render_report

    resolver = _common.make_resolver(args)
    if args.year is not None and not 1946 <= args.year <= 2100:
        raise ValidationError("--year", args.year, "expected a year from 1946 to 2100")
    if args.jurisdiction is not None and args.jurisdiction not in resolver.ruleset.jurisdictions:
        raise ValidationError.invalid("--jurisdiction", args.jurisdiction,
                                      resolver.ruleset.jurisdictions)
    report = check_ruleset(resolver, jurisdictions=args.jurisdiction, years=args.year)
    if args.json:
        dump(report.to_dict())
    else:
        out(render_report(report, args.lang))
    return 0 if report.ok else 1
