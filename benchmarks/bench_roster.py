"""Benchmark: ``roster plan`` and ``roster check`` for 100,000 employees over a month.

Run::

    pip install -e . ./plugins/*/
    python benchmarks/bench_roster.py            # the pinned definition (about a minute)
    python benchmarks/bench_roster.py --quick    # 5,000 employees (seconds)

Outside the test run on purpose: speed is measured here, never asserted in a unit
test.  Each phase runs in a fresh interpreter (so its peak memory is its own): the
workforce is drawn (``kebijakan_asn.synthetic``, seeded, Pemprov Jawa Barat only) and,
for the checks, the roster planned, before the clock starts.  Library phases time
``plan_roster`` and ``check_roster`` alone; command-line phases time ``kebijakan-asn
roster plan`` / ``roster check`` in process, reading the employee CSV (and the
roster) and writing the roster.  Peak memory is the phase process's maximum resident
set (``ru_maxrss``), setup included.  The script prints a Markdown table with the
targets of issue #9 (plan under 10 s, check under 5 s, memory under 1 GiB) and a
verdict for each row; paste it into ``docs/benchmarks.md``.

The ``cli-decide`` phase times ``kebijakan-asn decide --input … --roster`` on the planned
roster over the whole of December (one process, ``--jobs 1``; no target: it is measured
to compare the roster path with the batch engine's).  ``--phases`` runs some phases only
(``cli-decide`` needs the roster ``cli-plan`` writes, so it runs that first).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SEED = 20251202
POPULATION = 100_000
QUICK_POPULATION = 5_000
POLICY = "prov-jabar/2025-wfh-tahap-2"
TARGETS = {"plan": 10.0, "check": 5.0}
DECIDE_FROM, DECIDE_TO = "2025-12-01", "2025-12-31"
PHASES = ("plan", "check", "cli-plan", "cli-check", "cli-decide")
MEMORY_TARGET_MIB = 1024.0


def _staff(n: int) -> list[Any]:
    from kebijakan_asn import Resolver
    from kebijakan_asn.synthetic import workforce

    return workforce(n, seed=SEED, ruleset=Resolver(), jurisdictions=["prov-jabar"])


def _write_csv(n: int, path: Path) -> None:
    from kebijakan_asn import Resolver
    from kebijakan_asn.synthetic import columns

    data = columns(n, seed=SEED, ruleset=Resolver(), jurisdictions=["prov-jabar"])
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(data)
        for row in zip(*data.values(), strict=True):
            writer.writerow("" if v is None else v for v in row)


def phase(name: str, n: int, work: Path) -> dict[str, Any]:
    """Run one phase in this process; return its figures."""
    from kebijakan_asn import Resolver, check_roster, plan_roster
    from kebijakan_asn.cli import main

    result: dict[str, Any] = {"phase": name}
    if name in ("plan", "check"):
        resolver = Resolver()
        staff = _staff(n)
        if name == "plan":
            start = time.perf_counter()
            plan = plan_roster(resolver, staff, POLICY)
            result["seconds"] = time.perf_counter() - start
            result["rows"] = len(plan.roster)
            result["days"] = len(plan.days)
            result["fingerprint"] = plan.roster.fingerprint
        else:
            plan = plan_roster(resolver, staff, POLICY)
            start = time.perf_counter()
            report = check_roster(resolver, staff, plan.roster)
            result["seconds"] = time.perf_counter() - start
            result["rows"] = report.rows
            result["violations"] = len(report.violations)
    else:
        staff_csv, roster_csv = work / "pegawai.csv", work / "jadwal.csv"
        output = work / "keputusan.jsonl"
        argv = {"cli-plan": ["roster", "plan", "--input", str(staff_csv), "--policy", POLICY,
                             "--output", str(roster_csv)],
                "cli-check": ["roster", "check", "--input", str(staff_csv), "--roster",
                              str(roster_csv)],
                "cli-decide": ["decide", "--input", str(staff_csv), "--from", DECIDE_FROM,
                               "--to", DECIDE_TO, "--roster", str(roster_csv), "--output",
                               str(output), "--jobs", "1"]}[name]
        sink = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            code = main(argv)
        result["seconds"] = time.perf_counter() - start
        result["exit"] = code
        # rows: the roster's (without its header), or the decision records written
        counted, header = (output, 0) if name == "cli-decide" else (roster_csv, 1)
        with counted.open("rb") as fh:
            result["rows"] = sum(1 for _ in fh) - header
    result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _run(name: str, n: int, work: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--phase", name, "-n", str(n),
                           "--work", str(work)], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help=f"{QUICK_POPULATION:,} employees")
    p.add_argument("-n", type=int, help="employees (default: the pinned 100,000)")
    p.add_argument("--phases", default=",".join(PHASES),
                   help=f"comma-separated phases to run (default: all of {', '.join(PHASES)})")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--work", help=argparse.SUPPRESS)
    args = p.parse_args()
    n = args.n or (QUICK_POPULATION if args.quick else POPULATION)
    if args.phase:
        print(json.dumps(phase(args.phase, n, Path(args.work))))
        return
    from kebijakan_asn import Resolver, __version__

    print("## Pinned definition\n")
    print("| item | value |\n|---|---|")
    print(f"| kebijakan-asn | {__version__}, rule set "
          f"`{Resolver().ruleset.fingerprint[:19]}` |")
    print(f"| machine | {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()} |")
    print(f"| population | {n:,} employees of Pemprov Jawa Barat, `kebijakan_asn.synthetic` "
          f"seed {SEED} |")
    print(f"| policy | `{POLICY}` (at most 1/2 of each perangkat daerah), 2–31 December "
          "2025 |")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _write_csv(n, work / "pegawai.csv")
        wanted = [x.strip() for x in args.phases.split(",") if x.strip()]
        unknown = sorted(set(wanted) - set(PHASES))
        if unknown:
            p.error(f"unknown phase {', '.join(unknown)}; expected some of {', '.join(PHASES)}")
        if "cli-decide" in wanted and "cli-plan" not in wanted:
            wanted.insert(wanted.index("cli-decide"), "cli-plan")  # it writes the roster
        rows = [_run(name, n, work) for name in PHASES if name in wanted]
    print("\n## Results\n")
    print("| phase | what is timed | rows | time | target | peak memory | verdict |")
    print("|---|---|---:|---:|---:|---:|---|")
    what = {"plan": "`plan_roster`", "check": "`check_roster` (no violation)",
            "cli-plan": "`roster plan`: read CSV, plan, write CSV",
            "cli-check": "`roster check`: read both CSVs, check",
            "cli-decide": f"`decide --input --roster`, {DECIDE_FROM[:7]} (records)"}
    for r in rows:
        if r["phase"] == "cli-decide":
            print(f"| {r['phase']} | {what[r['phase']]} | {r['rows']:,} | {r['seconds']:.2f} s "
                  f"| — | {r['peak_mib']:.0f} MiB | exit {r['exit']} |")
            continue
        target = TARGETS["plan" if r["phase"].endswith("plan") else "check"]
        ok = r["seconds"] < target and r["peak_mib"] < MEMORY_TARGET_MIB
        print(f"| {r['phase']} | {what[r['phase']]} | {r['rows']:,} | {r['seconds']:.2f} s | "
              f"< {target:.0f} s | {r['peak_mib']:.0f} MiB | "
              f"{'met' if ok else 'NOT met'} |")
    by = {r["phase"]: r for r in rows}
    if "plan" in by:
        print(f"\nPlanned: {by['plan']['days']} working days, roster "
              f"{by['plan']['fingerprint'][:19]}….")
    if "check" in by:
        print(f"Check found {by['check']['violations']} violations.")
    exits = [f"{r['phase']} {r['exit']}" for r in rows if "exit" in r]
    if exits:
        print("Command-line exit statuses: " + ", ".join(exits) + ".")


if __name__ == "__main__":
    main()
