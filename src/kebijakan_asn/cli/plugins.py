"""``kebijakan-asn plugins``: the installed plugins and the rule-set fingerprint."""

from __future__ import annotations

import argparse
from typing import Any

from .._resolver import Resolver
from . import _common
from ._common import dump, out

__all__ = ["plugins_summary"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pl = sub.add_parser("plugins", help="the installed plugins and the rule-set fingerprint")
    pl.add_argument("--json", action="store_true")


def plugins_summary(resolver: Resolver) -> dict[str, Any]:
    """The rule-set fingerprint and each plugin's version, instansi and policy count."""
    rs = resolver.ruleset
    return {
        "fingerprint": rs.fingerprint,
        "plugins": [
            {"name": p.name, "version": p.version,
             "jurisdictions": [j for j in rs.jurisdictions
                               if rs.origin("jurisdiction", j) == p.name],
             "policies": sum(1 for pid in rs.policies if rs.origin("policy", pid) == p.name)}
            for p in rs.plugins
        ],
    }


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    rs = resolver.ruleset
    data = plugins_summary(resolver)
    if args.json:
        dump(data)
        return 0
    for p in data["plugins"]:
        count = p["policies"]
        out(f"{p['name']} {p['version']}: {', '.join(p['jurisdictions']) or '-'} "
             f"({count} {'policy' if count == 1 else 'policies'})")
    out(f"ruleset {rs.fingerprint}")
    return 0
