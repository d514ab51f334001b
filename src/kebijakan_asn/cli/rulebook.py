"""``kebijakan-asn rulebook``: the rule set as a readable document."""

from __future__ import annotations

import argparse
import sys

from .._errors import ValidationError
from .._explain import LANGS
from . import _common


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rb = sub.add_parser("rulebook", help="the rule set as a readable document")
    rb.add_argument("--jurisdiction", action="append",
                    help="only this instansi (repeatable; default: all)")
    rb.add_argument("--format", choices=("md", "html"), default="md")
    rb.add_argument("--lang", choices=LANGS, default="id")


def run(args: argparse.Namespace) -> int:
    from .._rulebook import render_rulebook

    resolver = _common.make_resolver(args)
    rs = resolver.ruleset
    for code in args.jurisdiction or ():
        if code not in rs.jurisdictions:
            raise ValidationError.invalid("--jurisdiction", code, rs.jurisdictions)
    sys.stdout.write(render_rulebook(resolver, args.jurisdiction, args.lang, args.format))
    return 0
