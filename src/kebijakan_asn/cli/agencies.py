"""``kebijakan-asn agencies``: the agency catalog of an instansi."""

from __future__ import annotations

import argparse

from .._canonical import to_plain
from .._errors import ValidationError
from . import _common
from ._common import dump, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ag = sub.add_parser("agencies", help="the agency catalog of an instansi")
    ag.add_argument("--jurisdiction", required=True)
    ag.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    rs = resolver.ruleset
    if args.jurisdiction not in rs.jurisdictions:
        raise ValidationError.invalid("--jurisdiction", args.jurisdiction, rs.jurisdictions)
    agencies = rs.agencies_of(args.jurisdiction)
    if args.json:
        dump(to_plain(agencies))
        return 0
    for a in agencies:
        flags = ["pelayanan-langsung"] if a.direct_service else []
        flags += sorted(a.tags)
        parent = f" < {a.parent}" if a.parent else ""
        out(f"{a.code:<28} {a.kind:<12} {a.name}{parent}"
             + (f"  [{', '.join(flags)}]" if flags else ""))
    return 0
