"""``kebijakan-asn verify``: replay decision records and check fingerprints, chain and seal.

The checking itself is :class:`kebijakan_asn._verify.LogVerifier`; this module
reads the file (any bytes) and reports.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .._seal import load_trusted_key
from .._verify import LogVerifier, Verdict, verify_record
from . import _common
from ._common import PROG, UsageError, one_line, out
from .roster import read_roster

__all__ = ["verify_record"]

MAX_RECORD = 1 << 20
"""Bytes in one line of a file to verify; a longer line is unreadable (and skipped)."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    v = sub.add_parser("verify", help="replay decision records and check their fingerprints")
    v.add_argument("file", help="a JSON Lines file of decision records")
    v.add_argument("--json", action="store_true", help="one JSON report per record")
    v.add_argument("--head", metavar="FINGERPRINT",
                   help="a chained file must end at this record fingerprint "
                        "(the head printed by 'decide --chain')")
    v.add_argument("--trust", metavar="PUBLIC_KEY",
                   help="the file must carry a seal signed by this key "
                        "(PATH.pub of 'kebijakan-asn keygen PATH')")
    v.add_argument("--roster", metavar="FILE",
                   help="the roster the decisions were made with: each record must cite "
                        "its fingerprint and the employee's row of that day")


BLOCK = 1 << 17
"""Bytes read at a time."""


def _blocks(fh: IO[bytes], path: Path) -> Iterator[list[bytes]]:
    """The lines of *fh*, a list per block of :data:`BLOCK` bytes read; a line over
    :data:`MAX_RECORD` bytes is cut there (and unreadable), the rest of it dropped
    as it is read, so memory stays flat."""
    rest = b""
    cut = False  # the line being read was cut: the rest of it is dropped
    while True:
        try:
            block = fh.read(BLOCK)
        except OSError as exc:
            raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
        if not block:
            if rest and not cut:
                yield [rest]
            return
        lines = io.BytesIO(block).readlines()  # split in C
        if rest:  # the line the last block ended in (only it is copied, not the block)
            lines[0] = rest + lines[0]
        rest = b"" if lines[-1].endswith(b"\n") else lines.pop()
        if cut:
            if not lines:  # no line break yet: still the line that was cut
                rest = b""
                continue
            cut = False
            del lines[0]
        if len(rest) > MAX_RECORD:
            lines.append(rest[:MAX_RECORD])
            rest, cut = b"", True
        if lines and max(map(len, lines)) > MAX_RECORD + 1:  # with its line break
            lines = [line if len(line) <= MAX_RECORD + 1 else line[:MAX_RECORD]
                     for line in lines]
        yield lines


def run(args: argparse.Namespace) -> int:
    trust = load_trusted_key(args.trust) if args.trust else None
    resolver = _common.make_resolver(args)
    path = Path(args.file)
    try:
        if path.is_dir():
            raise UsageError(f"{path}: is a directory; expected a JSON Lines file")
        fh = path.open("rb")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    roster = read_roster(args.roster)[0] if args.roster else None
    checker = LogVerifier(resolver, trust=trust, head=args.head, roster=roster)
    shown = one_line(str(path))

    def report(v: Verdict) -> None:
        if args.json:  # ASCII: nothing from the file can break the line (U+2028, U+0085…)
            out(json.dumps(v.to_dict(), ensure_ascii=True, sort_keys=True,
                           separators=(",", ":")))
        elif v.verdict not in ("reproduced", "sealed"):
            out(f"{shown}:{v.line}: {v.verdict}: " + one_line("; ".join(v.details)))

    with fh:
        for verdict in checker.run_blocks(_blocks(fh, path), reproduced=args.json):
            report(verdict)
    counts = checker.counts
    chain = checker.chain
    total = sum(n for k, n in counts.items() if k not in ("sealed", "seal-broken"))
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    links = ""
    if chain.chained:
        state = f"{chain.broken} broken" if chain.broken else "intact"
        links = f"; chain: {chain.links} links, {state}, head {chain.head or 'none'}"
    # The head comes from the file: escaped like everything else quoted from it.
    sys.stderr.write(one_line(f"{PROG}: {total} records: {summary or 'none'}{links}") + "\n")
    return 1 if checker.problems or total == 0 else 0
