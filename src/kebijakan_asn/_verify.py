"""Checking a file of decision records: replay, canonical bytes, chain and seal.

:func:`verify_record` replays one decision record; :func:`canonical_mismatch`
compares a line's bytes with the canonical serialisation (a record with other
spacing, key order, duplicate or unknown keys is *altered*, even when its
fingerprint still matches its content); :class:`LogVerifier` checks a whole
file line by line — any byte sequence — with its chain links and seal.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._audit import ChainChecker
from ._canonical import (
    ESCAPED_SURROGATE,
    MAX_DEPTH,
    canonical_json,
    encodable,
    parse_json_line,
    sha256,
)
from ._decision import Decision
from ._errors import KebijakanError, ValidationError
from ._replay import Replay
from ._resolver import Resolver
from ._seal import SEAL_SCHEMA, TrustedKey, check_seal
from .roster._data import Roster, roster_mismatch

__all__ = [
    "ERROR_SCHEMA",
    "LogVerifier",
    "Verdict",
    "canonical_mismatch",
    "error_fingerprint",
    "verify_record",
]

ERROR_SCHEMA = "kebijakan-asn/error/1"
_ERROR_FIELDS = frozenset({"schema", "line", "error", "input", "chain", "fingerprint"})


@attrs.frozen
class Verdict:
    """What :class:`LogVerifier` found on one line of a file."""

    line: int
    verdict: str
    """``reproduced``, ``altered``, ``different``, ``other-ruleset``, ``input-error``,
    ``unreadable``, ``chain-broken``, ``sealed`` or ``seal-broken``."""
    details: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "verdict": self.verdict, "details": list(self.details)}


def canonical_mismatch(text: str, expected: str) -> str | None:
    """Why the line *text* is not the canonical record *expected* (``None`` if it is)."""
    if text == expected:
        return None
    at = next((i for i, (a, b) in enumerate(zip(text, expected, strict=False)) if a != b),
              min(len(text), len(expected)))
    return (f"not the canonical record (spacing, key order, escapes, duplicate or unknown "
            f"keys): it differs from the canonical serialisation at column {at + 1}")


def error_fingerprint(record: Mapping[str, Any]) -> str:
    """``sha256:`` over the canonical error record without its fingerprint."""
    return sha256({k: v for k, v in record.items() if k != "fingerprint"})


def _diff(a: Any, b: Any, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for k in sorted(set(a) | set(b)):
            out += _diff(a.get(k), b.get(k), f"{path}.{k}" if path else k)
        return out
    if a != b:
        return [f"{path}: recorded {canonical_json(a)[:80]}, now {canonical_json(b)[:80]}"]
    return []


def verify_record(resolver: Resolver, record: Any, text: str | None = None
                  ) -> tuple[str, list[str]]:
    """Check one record: ``reproduced``, ``altered``, ``different`` or ``other-ruleset``.

    With *text* (the line the record was read from), a line that is not the
    canonical serialisation of the record is ``altered``.
    """
    decision = Decision.from_dict(record)
    if record.get("fingerprint") != decision.fingerprint:
        return "altered", [f"fingerprint: recorded {record.get('fingerprint')}, "
                           f"content hashes to {decision.fingerprint}"]
    if text is not None:
        problem = canonical_mismatch(text, decision.to_json())
        if problem is not None:
            return "altered", [problem]
    again = resolver.decide(decision.employee, decision.date,
                            include_drafts=decision.include_drafts,
                            roster=decision.roster).with_chain(decision.chain)
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


def _check_error_record(record: Mapping[str, Any], text: str) -> tuple[str, list[str]]:
    unknown = sorted(set(record) - _ERROR_FIELDS)
    if unknown:
        return "altered", [f"unknown field {unknown[0]!r} in an error record"]
    if "fingerprint" in record and record["fingerprint"] != error_fingerprint(record):
        return "altered", [f"fingerprint: recorded {record.get('fingerprint')}, content "
                           f"hashes to {error_fingerprint(record)}"]
    if "chain" in record and "fingerprint" not in record:
        return "altered", ["a chained error record without its fingerprint"]
    problem = canonical_mismatch(text, canonical_json(record))
    if problem is not None:
        return "altered", [problem]
    return "input-error", [str(record.get("error"))]


class LogVerifier:
    """Checks a file of records line by line; see ``kebijakan-asn verify``.

    Feed it every line (bytes, without or with the line break) with
    :meth:`feed`, then call :meth:`finish`.  Each returns the verdicts of
    what it found.  *trust* requires a seal signed by that key; *head*
    requires the chain to end at that fingerprint; *roster* requires every record
    to cite that roster and the employee's row of the day (``roster-mismatch``).
    """

    def __init__(self, resolver: Resolver, *, trust: TrustedKey | None = None,
                 head: str | None = None, roster: Roster | None = None) -> None:
        self.resolver = resolver
        self.roster = roster
        self._replay = Replay(resolver)
        self.trust = trust
        self.head = head
        self.chain = ChainChecker()
        self.counts: dict[str, int] = {}
        self.problems = 0
        self._seal_line: int | None = None
        self._last = 0

    def _count(self, verdict: Verdict) -> Verdict:
        self.counts[verdict.verdict] = self.counts.get(verdict.verdict, 0) + 1
        if verdict.verdict not in ("reproduced", "sealed"):
            self.problems += 1
        return verdict

    def feed(self, line: int, raw: bytes) -> list[Verdict]:
        """Check the line numbered *line*."""
        self._last = line
        if self._seal_line is None and self.roster is None:
            done = self._fast(line, raw, True)
            if done is not None:
                return list(done)
        return self._read(line, raw)

    def _fast(self, line: int, raw: bytes, reproduced: bool) -> tuple[Verdict, ...] | None:
        """The fast path: the bytes decided again and compared, nothing decoded or
        parsed; ``None`` when they do not reproduce.  With *reproduced* false, a
        ``reproduced`` verdict is counted but not given."""
        replayed = self._replay.reproduces(raw)
        if replayed is None:
            return None
        self.counts["reproduced"] = self.counts.get("reproduced", 0) + 1
        out: tuple[Verdict, ...] = (Verdict(line, "reproduced", ()),) if reproduced else ()
        broken = self.chain.check(line, replayed)
        if broken:
            self.problems += 1
            out += (Verdict(line, "chain-broken", tuple(broken)),)
        return out

    def _read(self, line: int, raw: bytes) -> list[Verdict]:
        """:meth:`feed` for a line the fast path does not reproduce: decoded, parsed,
        and diffed to say what differs."""
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.chain.unreadable(line)
            return [self._count(Verdict(line, "unreadable", (
                f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1} is not UTF-8",)))]
        text = text[:-1] if text.endswith("\n") else text
        if not text.strip():
            return []
        if self._seal_line is not None:
            return [self._count(Verdict(line, "seal-broken", (
                f"a line after the seal on line {self._seal_line} (appended?)",)))]
        try:
            record = parse_json_line(text, MAX_DEPTH + 1)  # an error record holds an input
        except ValueError as exc:
            self.chain.unreadable(line)
            return [self._count(Verdict(line, "unreadable", (str(exc),)))]
        if ESCAPED_SURROGATE.search(text) and not encodable(record):
            self.chain.unreadable(line)
            return [self._count(Verdict(line, "unreadable", (
                "a text holds a lone surrogate (an escape such as \\ud800); not a record",)))]
        if not isinstance(record, dict):
            self.chain.unreadable(line)
            return [self._count(Verdict(line, "unreadable", (
                f"expected a JSON object per line, found {type(record).__name__}",)))]
        schema = record.get("schema")
        if schema == SEAL_SCHEMA:
            return self._seal(line, record, text)
        broken = self.chain.check(line, record)
        if schema == ERROR_SCHEMA:
            verdict, details = _check_error_record(record, text)
        else:
            try:
                verdict, details = verify_record(self.resolver, record, text)
                if self.roster is not None and verdict == "reproduced":
                    details = roster_mismatch(self.roster, record)
                    verdict = "roster-mismatch" if details else verdict
            except (ValidationError, KebijakanError) as exc:
                verdict, details = "unreadable", [str(exc)]
        out = [self._count(Verdict(line, verdict, tuple(details)))]
        if broken:
            out.append(Verdict(line, "chain-broken", tuple(broken)))
            self.problems += 1
        return out

    def _seal(self, line: int, record: dict[str, Any], text: str) -> list[Verdict]:
        self._seal_line = line
        problems = check_seal(record, self.chain.links, self.chain.head, self.trust)
        mismatch = canonical_mismatch(text, canonical_json(record))
        if mismatch is not None:
            problems.insert(0, mismatch)
        if problems:
            return [self._count(Verdict(line, "seal-broken", tuple(problems)))]
        signed = isinstance(record.get("signature"), str)
        detail = ("signed by the trusted key" if self.trust is not None else
                  "signed; the signature is checked with --trust KEY.pub" if signed else
                  "not signed")
        return [self._count(Verdict(line, "sealed", (detail,)))]

    def finish(self) -> list[Verdict]:
        """What can only be told at the end: a missing seal, a head that differs."""
        out: list[Verdict] = []
        at = self.chain.last_line or self._last
        if self.head is not None:
            broken = self.chain.check_head(self.head)
            if broken:
                self.chain.broken += 1
                self.problems += 1
                out.append(Verdict(at, "chain-broken", tuple(broken)))
        if self._seal_line is None and (self.trust is not None or self.chain.chained):
            why = ("the file has no seal; expected one made by 'decide --chain --sign'"
                   if self.trust is not None else
                   "the chain has no seal record at its end (the file was cut short?)")
            out.append(self._count(Verdict(at, "seal-broken", (why,))))
        return out

    def run(self, lines: Iterable[bytes], *, reproduced: bool = True) -> Iterator[Verdict]:
        """Every verdict of the file whose lines are *lines*; with *reproduced* false,
        ``reproduced`` verdicts are counted but not given (a report that shows only
        problems, at less cost per record).  :attr:`counts` and :attr:`chain` are
        complete when the verdicts are."""
        return self.run_blocks(_blocks_of(lines), reproduced=reproduced)

    def run_blocks(self, blocks: Iterable[Sequence[bytes]], *, reproduced: bool = True
                   ) -> Iterator[Verdict]:
        """:meth:`run` of the lines of *blocks*, one after the other: a reader that
        has its lines in blocks (``verify`` reads the file in blocks) need not hand
        them over one by one."""
        prefix, chain, counts = self._replay.prefix, self.chain, self.counts
        pending, found, number = 0, "", 0  # records reproduced since the last settle
        one = 1 if reproduced else None  # verdicts given line by line, or counted at once

        def settle(last: int) -> None:
            counts["reproduced"] = counts.get("reproduced", 0) + pending
            chain.unlinked(pending, last, "sha256:" + found)

        fast = self._seal_line is None and self.roster is None and not chain.chained
        try:
            for block in blocks:
                i, size = 0, len(block)
                while i < size:
                    if fast:  # records without a link, nothing decoded or parsed
                        n, hexdigest = prefix(block, i, one)
                        if n:
                            pending, found, number, i = pending + n, hexdigest, number + n, i + n
                            if reproduced:
                                yield Verdict(number, "reproduced", ())
                            continue
                    raw = block[i]
                    i += 1
                    number += 1
                    if pending:
                        settle(number - 1)  # the line before was the last reproduced
                        pending = 0
                    for verdict in self.feed(number, raw):
                        if reproduced or verdict.verdict != "reproduced":
                            yield verdict
                    fast = self._seal_line is None and self.roster is None and not chain.chained
        finally:
            if pending:
                settle(number)
        if number:
            self._last = number
        yield from self.finish()


def _blocks_of(lines: Iterable[bytes], size: int = 1024) -> Iterator[list[bytes]]:
    """*lines* in lists of up to *size*, read as they come (a stream stays a stream)."""
    it = iter(lines)
    while block := list(itertools.islice(it, size)):
        yield block
