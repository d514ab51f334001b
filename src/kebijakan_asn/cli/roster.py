"""``kebijakan-asn roster plan`` and ``roster check``: rosters under a quota (SPEC §8)."""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from .. import _labels as W
from .._errors import ValidationError
from .._explain import LANGS
from .._model import Employee
from .._resolver import Resolver, as_date
from ..roster import Roster, RosterPlan, check_roster, plan_roster
from ..roster._data import gc_paused, roster_mismatch
from . import _common
from ._common import PROG, UsageError, one_line, out
from ._input import atomic_output, read_employees

__all__ = ["plan_summary", "read_roster", "read_workforce", "roster_mismatch"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = sub.add_parser("roster", help="plan or check a unit roster under a policy's quota")
    commands = r.add_subparsers(dest="roster_command", metavar="SUBCOMMAND",
                                parser_class=_common.Parser)
    plan = commands.add_parser(
        "plan", help="build a fair roster: every unit at its quota on every working day")
    plan.add_argument("--input", help="employees: a .csv or .jsonl file (with id and, for "
                                      "quotas counted per unit, unit)")
    plan.add_argument("--policy", help="the policy whose quota to plan, e.g. "
                                       "prov-jabar/2025-wfh-tahap-2")
    plan.add_argument("--from", dest="date_from", help="first date (default: the policy's)")
    plan.add_argument("--to", dest="date_to", help="last date (default: the policy's)")
    plan.add_argument("--share", help="plan to a lower share than the quota's, e.g. 1/3")
    plan.add_argument("--output", help="roster file to write, .csv or .jsonl (default: CSV "
                                       "on stdout, the summary on stderr)")
    plan.add_argument("--include-drafts", action="store_true", help="also apply drafts")
    plan.add_argument("--lang", choices=LANGS, default="id", help="summary language")
    check = commands.add_parser(
        "check", help="check a roster: one line per violation, exit 1 on any")
    check.add_argument("--input", help="employees: a .csv or .jsonl file")
    check.add_argument("--roster", help="the roster: a .csv or .jsonl file of "
                                        "id,date,arrangement rows")
    check.add_argument("--include-drafts", action="store_true", help="also apply drafts")
    check.add_argument("--lang", choices=LANGS, default="id", help="message language")


def _warn(message: str) -> None:
    sys.stderr.write(f"{PROG}: {one_line(message)}\n")


def read_workforce(path: Path, resolver: Resolver) -> tuple[list[Employee], int]:
    """The valid employees of *path* (checked against the rule set, ids unique) and the
    number of bad lines, each reported on stderr."""
    with gc_paused():
        return _read_workforce(path, resolver)


def _read_workforce(path: Path, resolver: Resolver) -> tuple[list[Employee], int]:
    staff: list[Employee] = []
    first: dict[str, int] = {}
    bad = 0
    for line, item, _ in read_employees(path):
        try:
            if isinstance(item, ValidationError):
                raise item
            try:
                resolver.check(item)
            except ValidationError as exc:
                raise exc.at(f"{path}:{line}") from None
            if item.id is not None:
                if item.id in first:
                    raise ValidationError("id", item.id, f"already used at line "
                                          f"{first[item.id]}; a roster names employees by "
                                          "id, so ids must be unique").at(f"{path}:{line}")
                first[item.id] = line
        except ValidationError as exc:
            bad += 1
            _warn(str(exc))
            continue
        staff.append(item)
    return staff, bad


def read_roster(path: str) -> tuple[Roster, int]:
    """The valid rows of the roster *path* and the number of bad rows (reported)."""
    try:
        roster, errors = Roster.read(path)
    except ValidationError as exc:
        raise UsageError(str(exc)) from None
    for error in errors:
        _warn(str(error))
    return roster, len(errors)


def run(args: argparse.Namespace) -> int:
    if args.roster_command == "plan":
        return _plan(args)
    if args.roster_command == "check":
        return _check(args)
    raise UsageError(f"roster: expected a subcommand, plan or check (see '{PROG} roster "
                     "--help')")


def _plan(args: argparse.Namespace) -> int:
    args.command = "roster plan"
    _common.require(args, "input", "policy")
    resolver = _common.make_resolver(args)
    if args.policy not in resolver.ruleset.policies:
        raise ValidationError.invalid("--policy", args.policy, resolver.ruleset.policies,
                                      "unknown policy; expected")
    start = as_date(args.date_from, "--from") if args.date_from else None
    end = as_date(args.date_to, "--to") if args.date_to else None
    if start is not None and end is not None and end < start:
        raise ValidationError("--to", args.date_to, "the range runs backwards; expected a "
                              f"date on or after {start.isoformat()}")
    output = args.output
    if output not in (None, "-") and Path(output).suffix.lower() not in (".csv", ".jsonl"):
        raise UsageError(f"{output}: expected a .csv or .jsonl roster file to write")
    staff, bad = read_workforce(Path(args.input), resolver)
    plan = plan_roster(resolver, staff, args.policy, start=start, end=end,
                       share=args.share, include_drafts=args.include_drafts)
    jsonl = output is not None and Path(output).suffix.lower() == ".jsonl"
    with atomic_output(output) as fh:
        fh.write(plan.roster.to_jsonl() if jsonl else plan.roster.to_csv())
    lines = plan_summary(resolver, plan, args.lang)
    summary = "\n".join(lines)
    if output in (None, "-"):
        sys.stderr.write(summary + "\n")
    else:
        out(summary)
    return 1 if bad else 0


def plan_summary(resolver: Resolver, plan: RosterPlan, lang: str) -> list[str]:
    """The lines ``roster plan`` prints: the policy by its formal citation and its quota in
    words, the period written out, the counts, then the per-unit table."""
    en = lang == "en"
    n = functools.partial(W.number, lang=lang)
    q = plan.quota
    policy = resolver.ruleset.policies[plan.policy]
    period = W.date_range(plan.start, plan.end, lang)
    lines = [
        f"{W.cite(policy.citation, lang)}: {W.arrangement(q.arrangement)} "
        f"{q.describe(lang)}",
        (f"{period}: {n(len(plan.days))} working days, {n(len(plan.roster))} roster rows "
         f"({plan.roster.fingerprint})") if en else
        (f"{period}: {n(len(plan.days))} hari kerja, {n(len(plan.roster))} baris jadwal "
         f"({plan.roster.fingerprint})"),
        "",
        plan.table(lang),
    ]
    if plan.without_id:
        lines.append(f"{n(plan.without_id)} employees without an id were not rostered" if en
                     else f"{n(plan.without_id)} pegawai tanpa id tidak dijadwalkan")
    return lines


def _check(args: argparse.Namespace) -> int:
    args.command = "roster check"
    _common.require(args, "input", "roster")
    resolver = _common.make_resolver(args)
    staff, bad = read_workforce(Path(args.input), resolver)
    roster, broken = read_roster(args.roster)
    report = check_roster(resolver, staff, roster, include_drafts=args.include_drafts)
    for v in report.violations:
        out(v.message(args.lang, args.roster))
    if report.units:
        out(report.table(args.lang))
    en = args.lang == "en"
    n = functools.partial(W.number, lang=args.lang)
    sys.stderr.write(
        f"{PROG}: {n(report.rows)} rows, {n(len(report.violations))} violations"
        f"{f', {n(broken)} unreadable rows' if broken else ''}"
        f"{f', {n(bad)} invalid employee records' if bad else ''}"
        f"; roster {report.fingerprint}\n" if en else
        f"{PROG}: {n(report.rows)} baris, {n(len(report.violations))} pelanggaran"
        f"{f', {n(broken)} baris tidak terbaca' if broken else ''}"
        f"{f', {n(bad)} data pegawai tidak sah' if bad else ''}"
        f"; jadwal {report.fingerprint}\n")
    return 1 if report.violations or broken or bad else 0
