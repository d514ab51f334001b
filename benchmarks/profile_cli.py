"""Where ``decide --input`` spends its time, stage by stage, in CPU time per record.

Run::

    python benchmarks/profile_cli.py FILE.csv FROM TO
    python benchmarks/profile_cli.py RECORDS.jsonl      # verify's stages

Each stage runs alone over the whole input, in this process, timed with
``time.process_time`` (CPU time: less disturbed than wall time by other work
on a shared machine; the garbage collector off, see :func:`cpu`): loading
the rule set; reading the CSV (``csv.DictReader``
alone, then the blocks of :func:`read_employees` with the validation cache
``decide`` uses); rendering the records of every employee, block by block
(:meth:`~kebijakan_asn._batch.Batch.results`; cold: a fresh
:class:`~kebijakan_asn._batch.Batch`; warm: the same batch again); writing
the text in blocks to ``/dev/null``; and the floor, the same bytes hashed
with SHA-256 and written by a minimal loop.  For a JSON Lines file of records,
the stages of ``verify``: reading the lines (bytes, in blocks), the replay of
each record compared with its bytes (cold: a fresh resolver and
:class:`~kebijakan_asn._replay.Replay`; warm: the same again), and the whole
check of :class:`~kebijakan_asn._verify.LogVerifier` (counts, chain).
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import hashlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kebijakan_asn import Resolver, ValidationError, _batch
from kebijakan_asn.cli._input import employee_from_row, read_employees


def cpu(fn: Callable[[], Any]) -> tuple[float, Any]:
    """The CPU time of *fn* (and its value), with the garbage collector off: a stage
    keeps everything it makes for the next, which the command, streaming, does not,
    and collections over it would be this script's cost, not the command's."""
    gc.collect()
    gc.disable()
    try:
        t = time.process_time()
        value = fn()
        return time.process_time() - t, value
    finally:
        gc.enable()


def verify(path: Path) -> None:
    from kebijakan_asn._verify import LogVerifier
    from kebijakan_asn.cli.verify import _blocks

    with path.open("rb") as fh:  # in blocks, as verify reads (nothing kept)
        read, _ = cpu(lambda: sum(len(block) for block in _blocks(fh, path)))
    with path.open("rb") as fh:  # kept for the stages below
        blocks = list(_blocks(fh, path))
    lines = [line for block in blocks for line in block]
    resolver = Resolver()
    replay = LogVerifier(resolver)._replay
    # A block of lines at a time, as verify checks them (Replay.prefix).
    cold, found = cpu(lambda: [replay.prefix(block) for block in blocks])
    warm, _ = cpu(lambda: [replay.prefix(block) for block in blocks])
    checker = LogVerifier(resolver)
    run, _ = cpu(lambda: list(checker.run_blocks(blocks, reproduced=False)))
    records = len(lines)
    print(f"{records:,} records, {sum(n for n, _ in found):,} reproduced by the replay\n")
    print("| stage | CPU µs per record | CPU s |")
    print("|---|---|---|")
    for name, seconds in (("read the lines (bytes, in blocks)", read),
                          ("replay and compare, cold (fresh resolver)", cold),
                          ("replay and compare, warm", warm),
                          ("the whole check (`LogVerifier.run_blocks`), fresh replay, "
                           "warm resolver", run)):
        print(f"| {name} | {seconds / records * 1e6:.2f} | {seconds:.3f} |")


def main() -> None:
    if sys.argv[1].endswith(".jsonl"):
        verify(Path(sys.argv[1]))
        return
    path, start, end = Path(sys.argv[1]), dt.date.fromisoformat(sys.argv[2]), \
        dt.date.fromisoformat(sys.argv[3])
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    load, resolver = cpu(Resolver)
    with path.open(encoding="utf-8", newline="") as fh:
        parse, rows = cpu(lambda: list(csv.DictReader(fh)))
    read, blocks = cpu(lambda: list(read_employees(
        path, build=_batch.EmployeeCache(employee_from_row)).blocks()))
    people = [[row for row in block if not isinstance(row[1], ValidationError)]
              for block in blocks]  # employees, some pending (made by the batch)
    batch = _batch.Batch(resolver, days)
    # Each block's records are dropped as the command drops them once written: a stage
    # that kept the whole output (1.5 GB for the pinned period) would time the memory.
    cold, _ = cpu(lambda: [len(batch.results(block)) for block in people])
    warm, _ = cpu(lambda: [len(batch.results(block)) for block in people])
    done = [batch.results(block) for block in people]  # (untimed) for the stages below
    texts = [[r for *_, r in block if isinstance(r, bytes)] for block in done]

    def write_all() -> None:
        with open(os.devnull, "w", encoding="utf-8") as null:
            out = _batch.BlockWriter(null)
            for block in texts:
                out.write_all(block)
            out.flush()

    write, _ = cpu(write_all)
    lines = [line for block in texts for t in block for line in t.splitlines(keepends=True)]

    def floor() -> None:
        with open(os.devnull, "wb", buffering=1 << 16) as null:
            for line in lines:
                hashlib.sha256(line).hexdigest()
                null.write(line)

    floor_s, _ = cpu(floor)
    records = len(lines)
    print(f"{len(rows):,} input rows, {records:,} records, {len(days)} days\n")
    print("| stage | CPU µs per record | CPU s |")
    print("|---|---|---|")
    for name, seconds in (("load the rule set", load),
                          ("parse the CSV (`csv.DictReader` alone)", parse),
                          ("read and validate (`read_employees` blocks, with the cache)", read),
                          ("decide and render, cold batch", cold),
                          ("decide and render, warm batch", warm),
                          ("write in blocks to /dev/null", write),
                          ("the floor: SHA-256 and write of each record", floor_s)):
        print(f"| {name} | {seconds / records * 1e6:.2f} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
