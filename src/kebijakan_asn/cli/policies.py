"""``kebijakan-asn policies``: the policies of the rule set."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from .._canonical import to_plain
from .._errors import ValidationError
from .._explain import LANGS
from .._model import Citation, Policy
from .._resolver import Resolver, as_date
from . import _common
from ._common import dump, out

__all__ = ["policy_summary"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pol = sub.add_parser("policies", help="list the policies of the rule set")
    pol.add_argument("--jurisdiction", help="national policies and those of this instansi")
    pol.add_argument("--on", help="only policies in force on this date")
    pol.add_argument("--json", action="store_true")
    pol.add_argument("--lang", choices=LANGS, default="id")


def _policy_rows(resolver: Resolver, jurisdiction: str | None, on: dt.date | None
                 ) -> list[Policy]:
    rs = resolver.ruleset
    if jurisdiction is not None and jurisdiction not in rs.jurisdictions:
        raise ValidationError.invalid("--jurisdiction", jurisdiction, rs.jurisdictions)
    policies = rs.in_scope(jurisdiction) if jurisdiction else list(rs.policies.values())
    if on is not None:
        policies = [p for p in policies if p.period_on(on) is not None]
    return policies


def policy_summary(resolver: Resolver, policy: Policy) -> dict[str, Any]:
    """A policy with its exemptions, rank rules and legal parents, as JSON values."""
    rs = resolver.ruleset
    return {
        "policy": to_plain(policy),
        "plugin": rs.origin("policy", policy.id),
        "exemptions": [to_plain(e) for e in resolver.exemptions_of(policy.id)],
        "rank_rules": [to_plain(r) for r in resolver.rank_rules_of(policy.id)],
        "parents": [
            {"policy": pid, "citation": rs.policies[pid].citation.label}
            for pid in policy.citation.derived_from
        ],
    }


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    on = as_date(args.on, "--on") if args.on else None
    policies = _policy_rows(resolver, args.jurisdiction, on)
    if args.json:
        dump([policy_summary(resolver, p) for p in policies])
        return 0
    lang = args.lang
    rs = resolver.ruleset
    for p in policies:
        c = p.citation_on(on) if on is not None else p.citation
        periods = ", ".join(x.label() for x in p.periods)
        draft = " [RANCANGAN/DRAFT]" if p.is_draft else ""
        out(f"{p.id}{draft}")
        out(f"  {p.title(lang)}")
        out(f"  {c.label} — {c.issuer}"
             f"{', ' + c.signed.isoformat() if c.signed else ''} ({c.provenance.value}: "
             f"{_sources(c)})")
        out(f"  {'periode' if lang == 'id' else 'period'}: {periods}")
        for v in p.provisions:
            out(f"  {v.grant.value} {v.arrangement.value}"
                 + (f" — {v.label(lang)}" if v.label else ""))
        for pid in c.derived_from:
            word = "turunan dari" if lang == "id" else "derived from"
            out(f"  {word}: {pid} ({rs.policies[pid].citation.label})")
        inherited = "diwarisi dari" if lang == "id" else "inherited from"
        for e in resolver.exemptions_of(p.id):
            who = e.agency or e.agency_kind or e.agency_tag or "pelayanan-langsung"
            word = "pengecualian" if lang == "id" else "exemption"
            origin = f" ({inherited} {e.policy})" if e.policy != p.id else ""
            out(f"  {word}: {who} — {e.reason(lang)}{origin}")
        for r in resolver.rank_rules_of(p.id):
            word = "jabatan" if lang == "id" else "positions"
            origin = f" ({inherited} {r.policy})" if r.policy != p.id else ""
            out(f"  {word} ({r.effect}): {', '.join(sorted(x.value for x in r.positions))}"
                 f"{origin}")
        out("")
    return 0


def _sources(c: Citation) -> str:
    """Where the text was read: the outlets and dates of ``sources`` (the legacy
    free-text ``source`` when a plugin gives no ``sources``)."""
    if not c.sources:
        return c.source
    return "; ".join(s.label for s in c.sources)
