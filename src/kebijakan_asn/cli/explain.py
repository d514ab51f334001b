"""``kebijakan-asn explain``: a decision explained, or why an arrangement was not given."""

from __future__ import annotations

import argparse
import json

from .._audit import why_not
from .._codes import Arrangement
from .._explain import LANGS
from .._model import parse_code
from . import _common
from ._common import dump, employee_from_args, employee_options, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    x = sub.add_parser("explain", help="explain a decision, or why an arrangement was not "
                                      "given (--why-not)")
    employee_options(x)
    x.add_argument("--date", help="YYYY-MM-DD")
    x.add_argument("--why-not", metavar="ARRANGEMENT",
                   help="wfo, wfh, wfa or libur: which policies kept it from the employee")
    x.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies")
    x.add_argument("--json", action="store_true")
    x.add_argument("--lang", choices=LANGS, default="id")


def run(args: argparse.Namespace) -> int:
    _common.require(args, "jurisdiction", "agency", "position", "date")
    resolver = _common.make_resolver(args)
    employee = employee_from_args(args, resolver)
    day = _common.covered_date(resolver, args.date, "--date")
    if args.why_not is None:
        decision = resolver.decide(employee, day, include_drafts=args.include_drafts)
        out(json.dumps(decision.to_dict(), ensure_ascii=False, sort_keys=True, indent=2)
             if args.json else decision.explain(args.lang))
        return 0
    target = parse_code(Arrangement, args.why_not, "--why-not")
    answer = why_not(resolver, employee, day, target, include_drafts=args.include_drafts)
    if args.json:
        dump(answer.to_dict())
    else:
        out(answer.explain(args.lang))
    return 0
