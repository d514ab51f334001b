"""``kebijakan-asn policies``: the policies of the rule set."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from .. import _labels as W
from .._canonical import to_plain
from .._codes import Status
from .._errors import ValidationError
from .._labels import LANGS
from .._model import Policy
from .._resolver import Resolver, as_date
from .._rulebook import exclusions, periods_text, provision_texts
from . import _common
from ._common import dump, out

__all__ = ["policy_lines", "policy_summary"]


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


_WORDS = {
    "id": {"basis": "Dasar hukum", "period": "Masa berlaku", "what": "Pengaturan",
           "parents": "Melaksanakan", "amends": "Mengubah atau memperpanjang",
           "not": "Tidak berlaku bagi", "who": "Berlaku bagi",
           "draft": "RANCANGAN (belum berlaku)"},
    "en": {"basis": "Legal basis", "period": "In force", "what": "Arrangement",
           "parents": "Implements", "amends": "Amends or extends",
           "not": "Does not cover", "who": "Covers", "draft": "DRAFT (not in force)"},
}


def policy_lines(resolver: Resolver, p: Policy, lang: str = "id",
                 on: dt.date | None = None) -> list[str]:
    """The text block of *p*: its code on the first line (to type in other commands),
    then words only."""
    rs = resolver.ruleset
    w = _WORDS[lang]
    c = p.citation_on(on) if on is not None else p.citation
    lines = [p.id + (f"  [{w['draft']}]" if p.is_draft else ""), f"  {p.title(lang)}",
             f"  {w['basis']}: {W.cite(c, lang)}",
             f"  {w['period']}: {periods_text(p, lang)}"]
    lines += [f"  {w['what']}: {x}" for x in provision_texts(p, lang, W.register(rs))]
    lines.append(f"  {w['who']}: " + W.join(
        (W.status(s, lang) for s in sorted(p.statuses, key=list(Status).index)), lang))
    if c.derived_from:
        lines.append(f"  {w['parents']}: " + W.join(
            (W.cite(rs.policies[d].citation, lang) for d in c.derived_from), lang))
    if p.amends:
        lines.append(f"  {w['amends']}: {W.cite(rs.policies[p.amends].citation, lang)}")
    lines += [f"  {w['not']}: {x}" for x in exclusions(resolver, p, lang)]
    return lines


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    on = as_date(args.on, "--on") if args.on else None
    policies = _policy_rows(resolver, args.jurisdiction, on)
    if args.json:
        dump([policy_summary(resolver, p) for p in policies])
        return 0
    for p in policies:
        for line in policy_lines(resolver, p, args.lang, on):
            out(line)
        out("")
    return 0

