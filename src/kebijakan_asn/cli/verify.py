"""``kebijakan-asn verify``: replay decision records and check fingerprints and chain."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .._audit import ChainChecker
from .._canonical import canonical_json
from .._decision import Decision
from .._errors import KebijakanError, ValidationError
from .._resolver import Resolver
from . import _common
from ._common import ERROR_SCHEMA, PROG, UsageError, out

__all__ = ["verify_line", "verify_record"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    v = sub.add_parser("verify", help="replay decision records and check their fingerprints")
    v.add_argument("file", help="a JSON Lines file of decision records")
    v.add_argument("--json", action="store_true", help="one JSON report per record")
    v.add_argument("--head", metavar="FINGERPRINT",
                   help="a chained file must end at this record fingerprint "
                        "(the head printed by 'decide --chain')")


def _diff(a: Any, b: Any, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for k in sorted(set(a) | set(b)):
            out += _diff(a.get(k), b.get(k), f"{path}.{k}" if path else k)
        return out
    if a != b:
        return [f"{path}: recorded {canonical_json(a)[:80]}, now {canonical_json(b)[:80]}"]
    return []


def verify_record(resolver: Resolver, record: Any) -> tuple[str, list[str]]:
    """Check one record: ``reproduced``, ``altered``, ``different`` or ``other-ruleset``."""
    try:
        decision = Decision.from_dict(record)
    except (TypeError, AttributeError, KeyError) as exc:  # a field missing or of a wrong type
        raise ValidationError("record", type(exc).__name__,
                              f"not a decision record: {exc}") from None
    if record.get("fingerprint") != decision.fingerprint:
        return "altered", [f"fingerprint: recorded {record.get('fingerprint')}, "
                           f"content hashes to {decision.fingerprint}"]
    again = resolver.decide(decision.employee, decision.date,
                            include_drafts=decision.include_drafts).with_chain(decision.chain)
    if again.fingerprint == decision.fingerprint:
        return "reproduced", []
    fresh = again.to_dict()
    recorded, current = record.get("ruleset", {}), fresh["ruleset"]

    def body(r: dict[str, Any], *skip: str) -> dict[str, Any]:
        return {k: v for k, v in r.items() if k not in ("fingerprint", *skip)}

    if recorded.get("fingerprint") != current["fingerprint"]:
        was = {p["name"]: p["version"] for p in recorded.get("plugins", [])}
        has = {p["name"]: p["version"] for p in current["plugins"]}
        changes = [f"{n}: {was.get(n, 'absent')} -> {has.get(n, 'absent')}"
                   for n in sorted(set(was) | set(has)) if was.get(n) != has.get(n)]
        detail = changes or ["same plugin versions, different rule content"]
        return "other-ruleset", detail + _diff(body(record, "ruleset"), body(fresh, "ruleset"))
    return "different", _diff(body(record), body(fresh))


def verify_line(resolver: Resolver, chain: ChainChecker, line: int, text: str
                ) -> list[tuple[str, list[str]]]:
    """The verdicts on line *line* of a records file: the record's own verdict, then
    ``chain-broken`` where the line breaks the chain *chain* checks."""
    broken: list[str] = []
    try:
        record = json.loads(text)
        if isinstance(record, dict) and record.get("schema") == ERROR_SCHEMA:
            verdict, details = "input-error", [str(record.get("error"))]
        else:
            if isinstance(record, dict):
                broken = chain.check(line, record)
            else:
                chain.unreadable(line)
            verdict, details = verify_record(resolver, record)
    except json.JSONDecodeError as exc:
        chain.unreadable(line)
        verdict, details = "unreadable", [f"not valid JSON: {exc.msg}"]
    except (ValidationError, KebijakanError) as exc:
        verdict, details = "unreadable", [str(exc)]
    return [(verdict, details)] + ([("chain-broken", broken)] if broken else [])


def run(args: argparse.Namespace) -> int:
    resolver = _common.make_resolver(args)
    path = Path(args.file)
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    counts: dict[str, int] = {}
    chain = ChainChecker()

    def report(line: int, verdict: str, details: list[str]) -> None:
        if args.json:
            out(canonical_json({"line": line, "verdict": verdict, "details": details}))
        elif verdict != "reproduced":
            out(f"{path}:{line}: {verdict}: " + "; ".join(details))

    last = 0
    with fh:
        for line, text in enumerate(fh, 1):
            last = line
            if not text.strip():
                continue
            (verdict, details), *breaks = verify_line(resolver, chain, line, text)
            counts[verdict] = counts.get(verdict, 0) + 1
            report(line, verdict, details)
            for link in breaks:
                report(line, *link)
    if args.head:
        broken = chain.check_head(args.head)
        if broken:
            chain.broken += 1
            report(chain.last_line or last, "chain-broken", broken)
    total = sum(counts.values())
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    links = ""
    if chain.chained:
        state = f"{chain.broken} broken" if chain.broken else "intact"
        links = f"; chain: {chain.links} links, {state}, head {chain.head or 'none'}"
    sys.stderr.write(f"{PROG}: {total} records: {summary or 'none'}{links}\n")
    problems = total - counts.get("reproduced", 0) + chain.broken
    return 1 if problems or total == 0 else 0


