"""The ``kebijakan-asn`` command line (also ``python -m kebijakan_asn``).

Exit status: 0 success; 1 verification mismatches or some input records
invalid (all others still processed and written); 2 usage error or
unreadable input.  Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from ._audit import ChainChecker, Chainer, timeline, why_not
from ._canonical import canonical_json, to_plain
from ._codes import Arrangement, Position
from ._decision import Decision
from ._errors import KebijakanError, ValidationError
from ._explain import LANGS, format_date
from ._model import Employee, Policy, parse_code
from ._resolver import Resolver, as_date
from ._serial import RecordEncoder
from ._version import __version__

__all__ = ["main"]

PROG = "kebijakan-asn"
ERROR_SCHEMA = "kebijakan-asn/error/1"


class UsageError(Exception):
    """A command-line usage problem (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


_TRUE = {"true", "1", "ya", "yes", "y", "benar"}
_FALSE = {"false", "0", "tidak", "no", "n", "salah", ""}


def parse_bool(value: object, field: str) -> bool:
    """``true/false``, ``1/0``, ``ya/tidak``, ``yes/no`` (case-insensitive)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    if not field.isprintable():  # a fact name from the input: keep the message on one line
        field = repr(field)
    raise ValidationError(field, value, "expected true or false (also 1/0, ya/tidak, yes/no)")


def one_line(text: str) -> str:
    """*text* with line breaks and other unprintable characters escaped (``\\r``,
    ``\\x85``), so that an error quoting raw input stays on one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _fact_arg(text: str) -> tuple[str, bool]:
    name, sep, value = text.partition("=")
    if not sep:
        raise ValidationError("--fact", text, "expected NAME=VALUE, e.g. office_access_cut=true")
    return name.strip(), parse_bool(value, f"--fact {name.strip()}")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Keputusan sistem kerja ASN (WFO/WFH/WFA/libur) "
                "dengan dasar hukumnya. Decisions on how Indonesian civil servants work, "
                "with their legal basis.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--plugins", metavar="NAMES",
                   help="comma-separated allow-list of plugins to load "
                        "(default: all installed, or $KEBIJAKAN_ASN_PLUGINS)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    d = sub.add_parser("decide", help="decide one employee-day, or a whole input file")
    _employee_options(d)
    d.add_argument("--date", help="YYYY-MM-DD")
    d.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies (the decision says so)")
    d.add_argument("--json", action="store_true", help="print the JSON decision record")
    d.add_argument("--lang", choices=LANGS, default="id", help="explanation language")
    d.add_argument("--input", help="batch: a .csv or .jsonl file of employees")
    d.add_argument("--from", dest="date_from", help="batch: first date")
    d.add_argument("--to", dest="date_to", help="batch: last date")
    d.add_argument("--output", help="batch: JSON Lines output file (default: stdout)")
    d.add_argument("--chain", action="store_true",
                   help="batch: link the decision records into a tamper-evident chain")

    v = sub.add_parser("verify", help="replay decision records and check their fingerprints")
    v.add_argument("file", help="a JSON Lines file of decision records")
    v.add_argument("--json", action="store_true", help="one JSON report per record")
    v.add_argument("--head", metavar="FINGERPRINT",
                   help="a chained file must end at this record fingerprint "
                        "(the head printed by 'decide --chain')")

    x = sub.add_parser("explain", help="explain a decision, or why an arrangement was not "
                                      "given (--why-not)")
    _employee_options(x)
    x.add_argument("--date", help="YYYY-MM-DD")
    x.add_argument("--why-not", metavar="ARRANGEMENT",
                   help="wfo, wfh, wfa or libur: which policies kept it from the employee")
    x.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies")
    x.add_argument("--json", action="store_true")
    x.add_argument("--lang", choices=LANGS, default="id")

    t = sub.add_parser("timeline", help="an employee's days from D1 to D2, in runs of "
                                        "days decided alike")
    _employee_options(t)
    t.add_argument("--from", dest="date_from", help="first date")
    t.add_argument("--to", dest="date_to", help="last date")
    t.add_argument("--include-drafts", action="store_true",
                   help="also apply draft policies")
    t.add_argument("--json", action="store_true")
    t.add_argument("--lang", choices=LANGS, default="id")

    pol = sub.add_parser("policies", help="list the policies of the rule set")
    pol.add_argument("--jurisdiction", help="national policies and those of this instansi")
    pol.add_argument("--on", help="only policies in force on this date")
    pol.add_argument("--json", action="store_true")
    pol.add_argument("--lang", choices=LANGS, default="id")

    cal = sub.add_parser("calendar", help="holidays and cuti bersama of a year")
    cal.add_argument("--jurisdiction", required=True)
    cal.add_argument("--year", required=True, type=int)
    cal.add_argument("--json", action="store_true")
    cal.add_argument("--lang", choices=LANGS, default="id")

    ag = sub.add_parser("agencies", help="the agency catalog of an instansi")
    ag.add_argument("--jurisdiction", required=True)
    ag.add_argument("--json", action="store_true")

    rb = sub.add_parser("rulebook", help="the rule set as a readable document")
    rb.add_argument("--jurisdiction", action="append",
                    help="only this instansi (repeatable; default: all)")
    rb.add_argument("--format", choices=("md", "html"), default="md")
    rb.add_argument("--lang", choices=LANGS, default="id")

    pl = sub.add_parser("plugins", help="the installed plugins and the rule-set fingerprint")
    pl.add_argument("--json", action="store_true")

    ck = sub.add_parser("check", help="decide every kind of employee on every working day: "
                                      "conflicts, policies that never fire, useless exemptions")
    ck.add_argument("--jurisdiction", help="only this instansi (default: all)")
    ck.add_argument("--year", type=int,
                    help="only this year (default: every year a policy is in force)")
    ck.add_argument("--json", action="store_true")
    ck.add_argument("--lang", choices=LANGS, default="id")
    return p


def _employee_options(p: argparse.ArgumentParser) -> None:
    """The employee options of ``decide``, for ``explain`` and ``timeline``."""
    p.add_argument("--jurisdiction", help="instansi code, e.g. kab-bekasi")
    p.add_argument("--agency", help="agency code, e.g. bappeda")
    p.add_argument("--position", help="jabatan: " + ", ".join(x.value for x in Position))
    p.add_argument("--status", default="pns", help="pns (default), pppk or non-asn")
    p.add_argument("--direct-service", action="store_true",
                   help="the employee's own duties are direct public service")
    p.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE",
                   help="a fact about the employee, e.g. office_access_cut=true")
    p.add_argument("--rotation-group", help="rotation group, e.g. A")
    p.add_argument("--id", help="employee id")
    p.add_argument("--nip", help="18-digit NIP (PNS) or NI PPPK")


def _employee_from_args(args: argparse.Namespace) -> Employee:
    return Employee(
        jurisdiction=args.jurisdiction, agency=args.agency, position=args.position,
        status=args.status, id=args.id, nip=args.nip, direct_service=args.direct_service,
        rotation_group=args.rotation_group, facts=dict(_fact_arg(f) for f in args.fact),
    )


def _resolver(args: argparse.Namespace) -> Resolver:
    allow = [x.strip() for x in args.plugins.split(",") if x.strip()] if args.plugins else None
    return Resolver(allow=allow)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _dump(value: Any) -> None:
    _out(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


# ---------------------------------------------------------------------------- decide


def _require(args: argparse.Namespace, *names: str) -> None:
    for name in names:
        if getattr(args, name.replace("-", "_")) in (None, ""):
            option = "from" if name == "date-from" else "to" if name == "date-to" else name
            raise UsageError(f"{args.command}: --{option} is required "
                             f"(see '{PROG} {args.command} --help')")


def cmd_decide(args: argparse.Namespace) -> int:
    if args.input:
        return cmd_decide_batch(args)
    if args.chain:
        raise UsageError("decide: --chain links the records of a batch; it needs --input")
    _require(args, "jurisdiction", "agency", "position", "date")
    employee = Employee(
        jurisdiction=args.jurisdiction, agency=args.agency, position=args.position,
        status=args.status, id=args.id, nip=args.nip, direct_service=args.direct_service,
        rotation_group=args.rotation_group, facts=dict(_fact_arg(f) for f in args.fact),
    )
    resolver = _resolver(args)
    decision = resolver.decide(employee, as_date(args.date, "--date"),
                               include_drafts=args.include_drafts)
    if args.json:
        _out(json.dumps(decision.to_dict(), ensure_ascii=False, sort_keys=True, indent=2))
    else:
        _out(decision.explain(args.lang))
    return 0


def _employee_from_row(row: dict[str, Any]) -> Employee:
    facts: dict[str, bool] = {}
    fields: dict[str, Any] = {}
    for key, value in row.items():
        if key is None:
            raise ValidationError("row", value, "more values than header columns")
        key = key.strip()
        if key.startswith("fact:"):
            if value not in (None, ""):
                facts[key[5:]] = parse_bool(value, key)
        elif key == "facts":
            if not isinstance(value, dict):
                raise ValidationError("facts", value, "expected an object of NAME: true/false")
            facts.update({str(k): parse_bool(v, f"facts.{k}") for k, v in value.items()})
        else:
            fields[key] = value
    allowed = {"id", "nip", "jurisdiction", "agency", "position", "status",
               "direct_service", "rotation_group"}
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValidationError.invalid("column", unknown[0], allowed | {"fact:NAME"},
                                      "unknown field; expected")
    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
    clean = {k: v for k, v in clean.items() if v not in (None, "")}
    if "direct_service" in clean:
        clean["direct_service"] = parse_bool(clean["direct_service"], "direct_service")
    for required in ("jurisdiction", "agency", "position"):
        if required not in clean:
            raise ValidationError(required, None, "this field is required")
    for text_field in ("id", "nip", "rotation_group"):
        if text_field in clean and not isinstance(clean[text_field], str):
            clean[text_field] = str(clean[text_field])
    return Employee(**clean, facts=facts)  # type: ignore[arg-type]


def read_employees(path: Path) -> Iterator[tuple[int, Employee | ValidationError, Any]]:
    """Stream ``(line number, employee or error, raw record)`` from a CSV or JSONL file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise UsageError(f"{path}: unsupported input type {suffix or '(none)'!r}; "
                         "expected a .csv or .jsonl file")
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read input: {exc.strerror or exc}") from None
    with fh:
        try:
            if suffix == ".csv":
                reader = csv.DictReader(fh)
                if not reader.fieldnames:
                    raise UsageError(f"{path}: the CSV file is empty; expected a header row "
                                     "id,nip,jurisdiction,agency,position,status,...")
                for row in reader:
                    line = reader.line_num
                    try:
                        yield line, _employee_from_row(dict(row)), row
                    except ValidationError as exc:
                        yield line, exc.at(f"{path}:{line}"), row
            else:
                for line, text in enumerate(fh, 1):
                    if not text.strip():
                        continue
                    try:
                        record = json.loads(text)
                    except json.JSONDecodeError as exc:
                        yield line, ValidationError("json", text.strip()[:40],
                                                    f"not valid JSON: {exc.msg} at column "
                                                    f"{exc.colno}").at(f"{path}:{line}"), text
                        continue
                    if not isinstance(record, dict):
                        yield line, ValidationError("record", type(record).__name__,
                                                    "expected a JSON object per line"
                                                    ).at(f"{path}:{line}"), record
                        continue
                    try:
                        yield line, _employee_from_row(record), record
                    except ValidationError as exc:
                        yield line, exc.at(f"{path}:{line}"), record
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path}: not UTF-8 text ({exc.reason}); save it as UTF-8"
                             ) from None
        except csv.Error as exc:
            raise UsageError(f"{path}: broken CSV: {exc}") from None


def _dates(args: argparse.Namespace) -> list[dt.date]:
    if not args.date_from or not args.date_to:
        raise UsageError("decide --input needs --from and --to dates")
    start, end = as_date(args.date_from, "--from"), as_date(args.date_to, "--to")
    if end < start:
        raise ValidationError("--to", args.date_to,
                              f"the range runs backwards; expected a date on or after "
                              f"{start.isoformat()}")
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


@contextlib.contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Write to *path* atomically (a temporary file renamed on success), or stdout."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write output: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", buffering=1 << 16) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; a normal file follows the umask
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _plain_input(raw: Any) -> Any:
    """A bad input record as canonical JSON values: a JSON number with a fraction (which
    canonical JSON refuses) is kept as its text."""
    if isinstance(raw, float):
        return json.dumps(raw)
    if isinstance(raw, dict):
        return {str(k): _plain_input(v) for k, v in raw.items()}
    if isinstance(raw, list):
        return [_plain_input(v) for v in raw]
    return to_plain(raw)


def cmd_decide_batch(args: argparse.Namespace) -> int:
    days = _dates(args)
    resolver = _resolver(args)
    path = Path(args.input)
    bad = 0
    written = 0
    chain = Chainer() if args.chain else None
    records = RecordEncoder()  # exactly to_json(), built from shared parts when unchained
    progress = _Progress(sys.stderr)
    with atomic_output(args.output) as out:
        for line, item, raw in read_employees(path):
            progress.update(line, written)
            if isinstance(item, ValidationError):
                bad += 1
                progress.clear()
                sys.stderr.write(f"{PROG}: {one_line(str(item))}\n")
                out.write(canonical_json({"schema": ERROR_SCHEMA, "line": line,
                                          "error": str(item), "input": _plain_input(raw)}) + "\n")
                continue
            try:
                decisions = [resolver.decide(item, d, include_drafts=args.include_drafts)
                             for d in days]
            except KebijakanError as exc:
                bad += 1
                message = f"{path}:{line}: {exc}"
                progress.clear()
                sys.stderr.write(f"{PROG}: {one_line(message)}\n")
                out.write(canonical_json({"schema": ERROR_SCHEMA, "line": line,
                                          "error": message, "input": _plain_input(raw)}) + "\n")
                continue
            for decision in decisions:
                if chain is not None:
                    decision = chain.link(decision)
                out.write(records.line(decision))
                written += 1
    progress.clear()
    head = f"; chain head {chain.head or 'none'}" if chain is not None else ""
    sys.stderr.write(f"{PROG}: {written} decisions written, {bad} invalid input records"
                     f"{head}\n")
    return 1 if bad else 0


class _Progress:
    """A one-line progress indicator, shown only when *stream* is a terminal."""

    def __init__(self, stream: IO[str], every: float = 0.2) -> None:
        self._stream = stream
        self._on = bool(getattr(stream, "isatty", lambda: False)())
        self._every = every
        self._last = -every  # the first update shows at once
        self._shown = False

    def update(self, line: int, written: int) -> None:
        if not self._on:
            return
        now = time.monotonic()
        if now - self._last < self._every:
            return
        self._last = now
        self._stream.write(f"\r{PROG}: input line {line}, {written} decisions written…")
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the progress line (before a message, and at the end)."""
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()
            self._shown = False


# ---------------------------------------------------------------------------- verify


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


def cmd_verify(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    path = Path(args.file)
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    counts: dict[str, int] = {}
    chain = ChainChecker()

    def report(line: int, verdict: str, details: list[str]) -> None:
        if args.json:
            _out(canonical_json({"line": line, "verdict": verdict, "details": details}))
        elif verdict != "reproduced":
            _out(f"{path}:{line}: {verdict}: " + "; ".join(details))

    last = 0
    with fh:
        for line, text in enumerate(fh, 1):
            last = line
            if not text.strip():
                continue
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
            counts[verdict] = counts.get(verdict, 0) + 1
            report(line, verdict, details)
            if broken:
                report(line, "chain-broken", broken)
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


# ---------------------------------------------------------------------------- listings


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


def cmd_policies(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    on = as_date(args.on, "--on") if args.on else None
    policies = _policy_rows(resolver, args.jurisdiction, on)
    if args.json:
        _dump([policy_summary(resolver, p) for p in policies])
        return 0
    lang = args.lang
    rs = resolver.ruleset
    for p in policies:
        c = p.citation_on(on) if on is not None else p.citation
        periods = ", ".join(x.label() for x in p.periods)
        draft = " [RANCANGAN/DRAFT]" if p.is_draft else ""
        _out(f"{p.id}{draft}")
        _out(f"  {p.title(lang)}")
        _out(f"  {c.label} — {c.issuer}"
             f"{', ' + c.signed.isoformat() if c.signed else ''} ({c.provenance.value}: "
             f"{c.source})")
        _out(f"  {'periode' if lang == 'id' else 'period'}: {periods}")
        for v in p.provisions:
            _out(f"  {v.grant.value} {v.arrangement.value}"
                 + (f" — {v.label(lang)}" if v.label else ""))
        for pid in c.derived_from:
            word = "turunan dari" if lang == "id" else "derived from"
            _out(f"  {word}: {pid} ({rs.policies[pid].citation.label})")
        inherited = "diwarisi dari" if lang == "id" else "inherited from"
        for e in resolver.exemptions_of(p.id):
            who = e.agency or e.agency_kind or e.agency_tag or "pelayanan-langsung"
            word = "pengecualian" if lang == "id" else "exemption"
            origin = f" ({inherited} {e.policy})" if e.policy != p.id else ""
            _out(f"  {word}: {who} — {e.reason(lang)}{origin}")
        for r in resolver.rank_rules_of(p.id):
            word = "jabatan" if lang == "id" else "positions"
            origin = f" ({inherited} {r.policy})" if r.policy != p.id else ""
            _out(f"  {word} ({r.effect}): {', '.join(sorted(x.value for x in r.positions))}"
                 f"{origin}")
        _out("")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    if not 1946 <= args.year <= 2100:
        raise ValidationError("--year", args.year, "expected a year from 1946 to 2100")
    holidays = resolver.holidays(args.jurisdiction, args.year)
    working = resolver.working_days(args.jurisdiction, dt.date(args.year, 1, 1),
                                    dt.date(args.year, 12, 31))
    if args.json:
        _dump({"jurisdiction": args.jurisdiction, "year": args.year,
               "working_days": len(working), "holidays": to_plain(list(holidays))})
        return 0
    for h in holidays:
        kind = {"libur-nasional": "libur nasional", "cuti-bersama": "cuti bersama",
                "libur-daerah": "libur daerah"}[h.kind]
        _out(f"{h.date.isoformat()}  {format_date(h.date, args.lang):<28} {kind:<15} "
             f"{h.name(args.lang)}")
    word = "hari kerja" if args.lang == "id" else "working days"
    _out(f"{len(working)} {word} ({args.jurisdiction}, {args.year})")
    return 0


def cmd_agencies(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    rs = resolver.ruleset
    if args.jurisdiction not in rs.jurisdictions:
        raise ValidationError.invalid("--jurisdiction", args.jurisdiction, rs.jurisdictions)
    agencies = rs.agencies_of(args.jurisdiction)
    if args.json:
        _dump(to_plain(agencies))
        return 0
    for a in agencies:
        flags = ["pelayanan-langsung"] if a.direct_service else []
        flags += sorted(a.tags)
        parent = f" < {a.parent}" if a.parent else ""
        _out(f"{a.code:<28} {a.kind:<12} {a.name}{parent}"
             + (f"  [{', '.join(flags)}]" if flags else ""))
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    rs = resolver.ruleset
    data: dict[str, Any] = {
        "fingerprint": rs.fingerprint,
        "plugins": [
            {"name": p.name, "version": p.version,
             "jurisdictions": [j for j in rs.jurisdictions
                               if rs.origin("jurisdiction", j) == p.name],
             "policies": sum(1 for pid in rs.policies if rs.origin("policy", pid) == p.name)}
            for p in rs.plugins
        ],
    }
    if args.json:
        _dump(data)
        return 0
    for p in data["plugins"]:
        count = p["policies"]
        _out(f"{p['name']} {p['version']}: {', '.join(p['jurisdictions']) or '-'} "
             f"({count} {'policy' if count == 1 else 'policies'})")
    _out(f"ruleset {rs.fingerprint}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    _require(args, "jurisdiction", "agency", "position", "date")
    employee = _employee_from_args(args)
    resolver = _resolver(args)
    day = as_date(args.date, "--date")
    if args.why_not is None:
        decision = resolver.decide(employee, day, include_drafts=args.include_drafts)
        _out(json.dumps(decision.to_dict(), ensure_ascii=False, sort_keys=True, indent=2)
             if args.json else decision.explain(args.lang))
        return 0
    target = parse_code(Arrangement, args.why_not, "--why-not")
    answer = why_not(resolver, employee, day, target, include_drafts=args.include_drafts)
    if args.json:
        _dump(answer.to_dict())
    else:
        _out(answer.explain(args.lang))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    _require(args, "jurisdiction", "agency", "position", "date-from", "date-to")
    employee = _employee_from_args(args)
    resolver = _resolver(args)
    start, end = as_date(args.date_from, "--from"), as_date(args.date_to, "--to")
    if end < start:
        raise ValidationError("--to", args.date_to,
                              f"the range runs backwards; expected a date on or after "
                              f"{start.isoformat()}")
    line = timeline(resolver, employee, start, end, include_drafts=args.include_drafts)
    if args.json:
        _dump(line.to_dict())
    else:
        _out(line.explain(args.lang))
    return 0


def cmd_rulebook(args: argparse.Namespace) -> int:
    from ._rulebook import render_rulebook

    resolver = _resolver(args)
    rs = resolver.ruleset
    for code in args.jurisdiction or ():
        if code not in rs.jurisdictions:
            raise ValidationError.invalid("--jurisdiction", code, rs.jurisdictions)
    sys.stdout.write(render_rulebook(resolver, args.jurisdiction, args.lang, args.format))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ._check import check_ruleset, render_report

    resolver = _resolver(args)
    if args.year is not None and not 1946 <= args.year <= 2100:
        raise ValidationError("--year", args.year, "expected a year from 1946 to 2100")
    if args.jurisdiction is not None and args.jurisdiction not in resolver.ruleset.jurisdictions:
        raise ValidationError.invalid("--jurisdiction", args.jurisdiction,
                                      resolver.ruleset.jurisdictions)
    report = check_ruleset(resolver, jurisdictions=args.jurisdiction, years=args.year)
    if args.json:
        _dump(report.to_dict())
    else:
        _out(render_report(report, args.lang))
    return 0 if report.ok else 1


COMMANDS = {
    "decide": cmd_decide,
    "verify": cmd_verify,
    "explain": cmd_explain,
    "timeline": cmd_timeline,
    "policies": cmd_policies,
    "calendar": cmd_calendar,
    "agencies": cmd_agencies,
    "plugins": cmd_plugins,
    "rulebook": cmd_rulebook,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return COMMANDS[args.command](args)
    except UsageError as exc:
        sys.stderr.write(f"{PROG}: error: {one_line(str(exc))}\n")
        return 2
    except (KebijakanError, ValidationError) as exc:
        sys.stderr.write(f"{PROG}: error: {one_line(str(exc))}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout.close()
        return 0

