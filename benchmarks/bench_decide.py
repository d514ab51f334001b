"""Benchmark: single decisions, batches, columns, the command line, cold start,
and the Kab. Bekasi Lebaran-WFA rule decided by OpenFisca and by Cedar.

Run::

    pip install -e . ./plugins/*/ ".[frame]" -r benchmarks/requirements.txt
    python benchmarks/bench_decide.py            # the pinned definition (a few minutes)
    python benchmarks/bench_decide.py --quick    # a small population (seconds)

Outside the test run on purpose: speed is measured here, never asserted in a
unit test.  Every figure comes from this one run, on one synthetic population
(``kebijakan_asn.synthetic``, seeded), over one range of dates; ratios compare
figures of the same run.  The script prints its pinned definition first, then
a Markdown table (paste it into ``docs/benchmarks.md``), then the profile of
the columnar path.

Warm and cold: *cold start* is a fresh interpreter importing the library and
loading every plugin; *cold* batch figures use a fresh resolver (rule set
loaded, nothing decided yet); *warm* ones repeat the same batch on the same
resolver (its memo filled).  Medians of several repetitions where a run is
short.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kebijakan_asn import Employee, Resolver
from kebijakan_asn._serial import RecordEncoder
from kebijakan_asn.synthetic import columns, workforce

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SEED = 20251202
POPULATION = 50_000
QUICK_POPULATION = 2_000
FIRST, DAYS = dt.date(2025, 3, 17), 20  # 17 March - 5 April 2025: Lebaran WFA, holidays
POLICY_ID = "kab-bekasi/2025-wfa-lebaran"


# --------------------------------------------------------------------------- helpers


def revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True, cwd=HERE).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True, cwd=HERE).stdout
        return rev + ("+dirty" if dirty.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def median_s(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def median_ns(fn: Callable[[], object], repeat: int, inner: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter_ns()
        for _ in range(inner):
            fn()
        samples.append((time.perf_counter_ns() - t) / inner)
    return statistics.median(samples)


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} /s"


def write_csv(path: Path, cols: dict[str, list[Any]], rows: int) -> None:
    keys = list(cols)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(keys)
        for i in range(rows):
            w.writerow(["" if v is None else "true" if v is True else "false" if v is False
                        else v for v in (cols[k][i] for k in keys)])


def cli_run(args: list[str], stdout: Any) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one ``kebijakan-asn`` run in a fresh process."""
    # VmHWM (peak RSS of this process image); ru_maxrss would carry the parent's
    # peak over fork and exec.
    code = ("import re, sys, time; from kebijakan_asn._cli import main; "
            "t = time.perf_counter(); rc = main(sys.argv[1:]); "
            "s = time.perf_counter() - t; "
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
            "sys.stderr.write(f'\\nBENCH {s} {hwm}\\n'); sys.exit(rc)")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, check=True)
    wall = time.perf_counter() - t
    line = [x for x in done.stderr.splitlines() if x.startswith("BENCH ")][-1]
    return wall, int(line.split()[2])


# --------------------------------------------------------------------------- the run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help=f"{QUICK_POPULATION:,} employees instead of {POPULATION:,}")
    args = ap.parse_args()
    n = QUICK_POPULATION if args.quick else POPULATION
    days = [FIRST + dt.timedelta(days=i) for i in range(DAYS)]
    cells = n * len(days)

    # Cold start: a fresh interpreter, import and load every plugin.
    starts = []
    for _ in range(3 if args.quick else 7):
        done = subprocess.run(
            [sys.executable, "-c", "import time; t=time.perf_counter(); import kebijakan_asn; "
             "kebijakan_asn.Resolver(); print(time.perf_counter()-t)"],
            capture_output=True, text=True, check=True)
        starts.append(float(done.stdout.strip()))
    start_s = statistics.median(starts)

    t = time.perf_counter()
    resolver = Resolver()
    load_s = time.perf_counter() - t
    rs = resolver.ruleset
    people = workforce(n, seed=SEED, ruleset=resolver)
    cols = columns(n, seed=SEED, ruleset=resolver)

    # Single decisions.
    one = Employee(jurisdiction="kab-bekasi", agency="bappeda", position="pelaksana",
                   id="E1")
    resolver.decide(one, dt.date(2025, 3, 25))
    warm_ns = median_ns(lambda: resolver.decide(one, dt.date(2025, 3, 25)), 25, 2_000)
    fresh = Resolver(ruleset=rs, cache_size=1)
    k = iter(range(10**9))
    cold_ns = median_ns(lambda: fresh.decide(people[next(k) % n], days[next(k) % DAYS]),
                        15, 200)

    # decide_many: full Decision objects.
    many = Resolver(ruleset=rs)
    t = time.perf_counter()
    count = sum(1 for _ in many.decide_many(people, days))
    many_cold_s = time.perf_counter() - t
    assert count == cells
    many_warm_s = median_s(lambda: sum(1 for _ in many.decide_many(people, days)), 3)

    def with_prints() -> None:
        encoder = RecordEncoder()
        for d in many.decide_many(people, days):
            encoder.fingerprint(d)

    prints_s = median_s(with_prints, 1 if not args.quick else 3)

    # Columnar.
    import pandas as pd

    from kebijakan_asn.frame import decide_frame

    frame = pd.DataFrame(cols)
    cold_frame = Resolver(ruleset=rs)
    t = time.perf_counter()
    result = decide_frame(cold_frame, frame, days, fingerprints=False)
    frame_cold_s = time.perf_counter() - t
    frame_warm_s = median_s(lambda: decide_frame(cold_frame, frame, days,
                                                  fingerprints=False), 9)
    frame_fp_s = median_s(lambda: decide_frame(cold_frame, frame, days), 1 if not args.quick
                          else 3)
    ours = result["policies"].astype(str).str.contains(POLICY_ID, regex=False)
    ours_matrix = ours.to_numpy().reshape(n, len(days))

    # The peers, on the same population and dates.
    peers: dict[str, dict[str, Any]] = {}
    try:
        from comparators import OpenFiscaRule

        rule = OpenFiscaRule(resolver)
        decided = rule.decide(frame, days)
        peers["OpenFisca"] = {
            "seconds": median_s(lambda: rule.decide(frame, days), 9),
            "agree": bool((decided == ours_matrix).all()),
            "version": version("openfisca-core"),
        }
    except ImportError as exc:
        peers["OpenFisca"] = {"unavailable": f"{type(exc).__name__}: {exc}"}
    try:
        from comparators import CedarRule

        cedar = CedarRule(resolver)
        decided, spent, parse_s = cedar.decide(frame, days)
        peers["Cedar"] = {"seconds": spent, "parse": parse_s,
                          "agree": bool((decided == ours_matrix).all()),
                          "version": version("cedarpy")}
    except ImportError as exc:
        peers["Cedar"] = {"unavailable": f"{type(exc).__name__}: {exc}"}

    # The command line, in fresh processes: to /dev/null (the CLI's own speed),
    # to a file (the disk too), and memory at three sizes.
    cli: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted({max(1, n // 10), n // 2, n})
        for size in sizes:
            write_csv(Path(tmp) / f"p{size}.csv", cols, size)
        base = ["decide", "--from", days[0].isoformat(), "--to", days[-1].isoformat()]
        with open(os.devnull, "w") as null:
            for size in sizes:
                cli[size] = cli_run([*base, "--input", str(Path(tmp) / f"p{size}.csv")], null)
        out = Path(tmp) / "out.jsonl"
        cli["file"] = cli_run([*base, "--input", str(Path(tmp) / f"p{n}.csv"),
                               "--output", str(out)], subprocess.DEVNULL)
        sample = Path(tmp) / "sample.jsonl"
        with out.open(encoding="utf-8") as fh, sample.open("w", encoding="utf-8") as dst:
            for _, text in zip(range(2_000), fh, strict=False):
                dst.write(text)
        cli["record_bytes"] = out.stat().st_size // cells
        cli["verify"] = subprocess.run(
            [sys.executable, "-m", "kebijakan_asn", "verify", str(sample)],
            capture_output=True, text=True, check=False).returncode

    # ------------------------------------------------------------------ report
    definition = {
        "revision": revision(), "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "ruleset": rs.fingerprint[:19], "plugins": [f"{p.name} {p.version}" for p in rs.plugins],
        "population": n, "seed": SEED, "generator": "kebijakan_asn.synthetic.columns/workforce",
        "dates": f"{days[0]}..{days[-1]} ({len(days)} days)", "employee_days": cells,
        "libraries": {d: version(d) for d in ("pandas", "numpy", "pyarrow", "openfisca-core",
                                              "cedarpy")},
    }
    print("## Pinned definition\n")
    print("```json\n" + json.dumps(definition, indent=1) + "\n```\n")

    rows: list[tuple[str, str, str, str, str]] = []

    def row(name: str, value: str, target: str = "", ratio: str = "",
            ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("met" if ok else "**NOT MET**")
        rows.append((name, value, target, ratio, verdict))

    row("cold start: import + load all plugins (fresh process, median)",
        f"{start_s * 1000:.0f} ms", "< 300 ms", "", start_s < 0.3)
    row("load the rule set (in process)", f"{load_s * 1000:.0f} ms")
    row("warm single `decide` (median)", f"{warm_ns / 1000:.2f} µs", "< 20 µs", "",
        warm_ns / 1000 < 20)
    row("cold single `decide`, memo off (median)", f"{cold_ns / 1000:.1f} µs")
    many_rate = cells / many_cold_s
    cedar = peers["Cedar"]
    if "seconds" in cedar:
        cedar_rate = cells / cedar["seconds"]
        ratio = many_rate / cedar_rate
        row("`decide_many`, Decision objects, cold resolver", rate(cells, many_cold_s),
            "≥ 10× Cedar", f"{ratio:.0f}× Cedar", ratio >= 10)
        row("`decide_many`, Decision objects, warm", rate(cells, many_warm_s), "",
            f"{cells / many_warm_s / cedar_rate:.0f}× Cedar")
    else:
        row("`decide_many`, Decision objects, cold resolver", rate(cells, many_cold_s),
            "≥ 10× Cedar", f"Cedar unavailable: {cedar['unavailable']}", None)
        row("`decide_many`, Decision objects, warm", rate(cells, many_warm_s))
    row("`decide_many` + record fingerprint (`RecordEncoder`), warm", rate(cells, prints_s))
    openfisca = peers["OpenFisca"]
    if "seconds" in openfisca:
        of_rate = cells / openfisca["seconds"]
        row("columnar `decide_frame`, policy ids, cold resolver", rate(cells, frame_cold_s),
            "", f"{cells / frame_cold_s / of_rate:.2f}× OpenFisca")
        ratio = cells / frame_warm_s / of_rate
        row("columnar `decide_frame`, policy ids, warm (median)", rate(cells, frame_warm_s),
            "≥ 2× OpenFisca", f"{ratio:.2f}× OpenFisca", ratio >= 2)
        row("columnar `decide_frame` + fingerprints, warm", rate(cells, frame_fp_s), "",
            f"{cells / frame_fp_s / of_rate:.2f}× OpenFisca")
    else:
        row("columnar `decide_frame`, policy ids, warm (median)", rate(cells, frame_warm_s),
            "≥ 2× OpenFisca", f"OpenFisca unavailable: {openfisca['unavailable']}", None)
    wall = cli[n][0]
    row(f"CLI `decide --input` → JSONL on stdout (/dev/null), {cells:,} records",
        rate(cells, wall), "≥ 100,000 /s", "", cells / wall >= 100_000)
    wall_f, _ = cli["file"]
    row(f"CLI `decide --input --output FILE` (written, fsynced), {cells:,} records",
        rate(cells, wall_f), "", f"{cli['record_bytes']:,} bytes/record")
    sizes = [s for s in cli if isinstance(s, int)]
    peaks = ", ".join(f"{s * len(days):,} rows: {cli[s][1] / 1024:.0f} MiB" for s in sizes)
    flat = cli[sizes[-1]][1] <= cli[sizes[0]][1] * 1.5
    row("CLI peak memory (max RSS) by rows written", peaks, "flat in rows", "", flat)
    for name, peer in peers.items():
        if "seconds" in peer:
            extra = (f"; entity parsing {peer['parse']:.1f} s not counted"
                     if "parse" in peer else "")
            row(f"{name} {peer['version']}: the Lebaran-WFA rule only",
                rate(cells, peer["seconds"]),
                "", f"agrees with kebijakan-asn: {'yes' if peer['agree'] else 'NO'}{extra}")
        else:
            row(f"{name}: the Lebaran-WFA rule", "unavailable", "", peer["unavailable"])

    print("## Figures\n")
    print("| figure | value | target | ratio / note | verdict |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")

    # The profile of the columnar path (warm), stage by stage.
    from kebijakan_asn import frame as F

    stages: list[tuple[str, float]] = []

    def stage(name: str, fn: Callable[[], Any]) -> Any:
        stages.append((name, median_s(fn, 7)))
        return fn()

    keys = stage("read and check key columns (factorise, group rows, rule-set codes)",
                 lambda: F._keys(frame, cold_frame))
    ids = stage("id column (as strings, none blank)", lambda: F._text_column(frame, "id"))
    nips = stage("nip column (as strings, none blank)", lambda: F._text_column(frame, "nip"))
    stage("check NIPs (vectorised)", lambda: F._check_nips(frame.index, nips, keys.cols[3]))
    table, outcomes = stage("decide: per date × jurisdiction × plan group",
                            lambda: F._decide_groups(cold_frame, keys, days, False))
    width = len(days)
    stage("output: id column (each id repeated, Arrow buffers)",
          lambda: F._repeat_text(ids, width))
    summaries = [F._summary(o) for o in outcomes]
    stage("output: 4 categorical columns",
          lambda: [F._categorical([s[i] for s in summaries], table, keys.group)
                   for i in range(4)])
    stage("output: dates, index", lambda: (F._repeat_dates(days, n),
                                          F._repeat_index(frame.index, width)))
    print(f"\n## Profile: columnar `decide_frame`, warm, {cells:,} rows "
          f"({len(outcomes)} distinct outcomes)\n")
    print("| stage | median |")
    print("|---|---|")
    for name, seconds in stages:
        print(f"| {name} | {seconds * 1000:.1f} ms |")
    print(f"| whole `decide_frame` (median) | {frame_warm_s * 1000:.1f} ms |")
    if "seconds" in openfisca:
        print(f"| OpenFisca, whole (median) | {openfisca['seconds'] * 1000:.1f} ms |")
    print("\n`kebijakan-asn verify` on the first 2,000 records the CLI wrote: "
          + ("all reproduced" if cli["verify"] == 0 else "**REJECTED**"))


if __name__ == "__main__":
    main()
