"""Benchmark: single decisions, batches, columns, the command line and ``verify``
against the floor of the record format, cold start, and the Kab. Bekasi
Lebaran-WFA rule decided by OpenFisca and by Cedar.

Run::

    pip install -e . ./plugins/*/ ".[frame]" -r benchmarks/requirements.txt
    python benchmarks/bench_decide.py            # the pinned definition (several minutes)
    python benchmarks/bench_decide.py --quick    # a small population, fewer pairs (seconds)

Outside the test run on purpose: speed is measured here, never asserted in a
unit test.  Every figure comes from this one run, on one synthetic population
(``kebijakan_asn.synthetic``, seeded), over one range of dates.

Ratios are *paired*: the two sides of a ratio run alternately (A, B, A, B…,
at least nine pairs in the pinned run), each pair gives one ratio, and the
table reports the median of those ratios with their range.  Both sides of a
pair see the same load on a shared machine, so the ratio stays meaningful
when the absolute figures move.

Warm and cold: *cold start* is a fresh interpreter importing the library and
loading every plugin; *cold* batch figures use a fresh resolver (rule set
loaded, nothing decided yet); *warm* ones repeat the same batch on the same
resolver (its memo filled).  Command-line figures are timed inside the
process, from ``main()`` to its return (loading the rule set, reading the
input, deciding, writing): the interpreter's own start is the cold-start
figure.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.metadata
import itertools
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
DAILY = 100_000  # the daily shape: distinct employees, one date
QUICK_DAILY = 5_000
DAILY_DATE = dt.date(2025, 3, 25)  # a day of the Lebaran WFA
PAIRS, QUICK_PAIRS = 9, 3
SCALING = (10_000, 100_000, 1_000_000, 5_000_000)  # employee-days
QUICK_SCALING = (10_000, 40_000)
POLICY_ID = "kab-bekasi/2025-wfa-lebaran"
FLOOR_SAMPLE = 20_000  # records the floor loop cycles through

# The floor: the same record bytes, hashed with SHA-256 and written one by one
# by the smallest loop Python allows (argv: sample file, records, out path).
FLOOR = """
import hashlib, sys, time
lines = open(sys.argv[1], "rb").readlines()
n = int(sys.argv[2])
sha = hashlib.sha256
t = time.perf_counter()
with open(sys.argv[3], "wb", buffering=1 << 16) as out:
    write = out.write
    k = len(lines)
    for i in range(n):
        line = lines[i % k]
        sha(line).hexdigest()
        write(line)
print(time.perf_counter() - t)
"""

# One kebijakan-asn command in a fresh process, timed from main() to its end;
# VmHWM is the peak RSS of this process image (ru_maxrss would carry the
# parent's peak over fork and exec).
CLI = ("import re, sys, time; from kebijakan_asn._cli import main; "
       "t = time.perf_counter(); rc = main(sys.argv[1:]); "
       "s = time.perf_counter() - t; "
       "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
       "sys.stderr.write(f'\\nBENCH {s} {hwm}\\n'); sys.exit(rc)")


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


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def median_s(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(fn) for _ in range(repeat))


def median_ns(fn: Callable[[], object], repeat: int, inner: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter_ns()
        for _ in range(inner):
            fn()
        samples.append((time.perf_counter_ns() - t) / inner)
    return statistics.median(samples)


class Paired:
    """Alternating runs of two sides; ``ratio`` is B's seconds over A's (how many
    times A's rate B's is, when both do the same work)."""

    def __init__(self, a: Callable[[], float], b: Callable[[], float], pairs: int) -> None:
        self.a: list[float] = []
        self.b: list[float] = []
        for _ in range(pairs):
            self.a.append(a())
            self.b.append(b())
        self.ratios = sorted(y / x for x, y in zip(self.a, self.b, strict=True))
        self.ratio = statistics.median(self.ratios)
        self.a_s = statistics.median(self.a)
        self.b_s = statistics.median(self.b)

    def text(self, unit: str) -> str:
        low, high = self.ratios[0], self.ratios[-1]
        return (f"{self.ratio:.2f}{unit} (median of {len(self.ratios)} pairs, "
                f"{low:.2f}–{high:.2f})")


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


def cli_run(args: list[str], stdout: Any = subprocess.DEVNULL, check: bool = True
            ) -> tuple[float, int]:
    """Seconds inside ``main()`` and peak RSS (KiB) of one ``kebijakan-asn`` run."""
    done = subprocess.run([sys.executable, "-c", CLI, *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, check=False)
    if check and done.returncode != 0:
        raise RuntimeError(f"kebijakan-asn {' '.join(args)} failed: {done.stderr[-500:]}")
    line = [x for x in done.stderr.splitlines() if x.startswith("BENCH ")][-1]
    return float(line.split()[1]), int(line.split()[2])


def floor_run(sample: Path, records: int) -> float:
    done = subprocess.run([sys.executable, "-c", FLOOR, str(sample), str(records),
                           os.devnull], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def peer(name: str, resolver: Resolver) -> tuple[Any, str]:
    """The peer *name* of ``comparators`` on *resolver*'s rule set, or why not."""
    try:
        import comparators

        return getattr(comparators, name)(resolver), ""
    except ImportError as exc:  # the peer's library is not installed
        return None, f"{type(exc).__name__}: {exc}"


def head_lines(src: Path, dst: Path, count: int) -> None:
    with src.open("rb") as fh, dst.open("wb") as out:
        for _, text in zip(range(count), fh, strict=False):
            out.write(text)


# --------------------------------------------------------------------------- the run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help=f"{QUICK_POPULATION:,} employees instead of {POPULATION:,}, "
                         f"{QUICK_PAIRS} pairs instead of {PAIRS}")
    args = ap.parse_args()
    quick = args.quick
    n = QUICK_POPULATION if quick else POPULATION
    pairs = QUICK_PAIRS if quick else PAIRS
    daily = QUICK_DAILY if quick else DAILY
    days = [FIRST + dt.timedelta(days=i) for i in range(DAYS)]
    cells = n * len(days)

    rows: list[tuple[str, str, str, str, str]] = []

    def row(name: str, value: str, target: str = "", ratio: str = "",
            ok: bool | None = None) -> None:
        verdict = "" if ok is None else ("met" if ok else "**NOT MET**")
        rows.append((name, value, target, ratio, verdict))
        print("| " + " | ".join(rows[-1]) + " |", file=sys.stderr, flush=True)  # progress

    # Cold start: a fresh interpreter, import and load every plugin.
    starts = []
    for _ in range(3 if quick else 7):
        done = subprocess.run(
            [sys.executable, "-c", "import time; t=time.perf_counter(); import kebijakan_asn; "
             "kebijakan_asn.Resolver(); print(time.perf_counter()-t)"],
            capture_output=True, text=True, check=True)
        starts.append(float(done.stdout.strip()))
    start_s = statistics.median(starts)
    row("cold start: import + load all plugins (fresh process, median)",
        f"{start_s * 1000:.0f} ms", "< 300 ms", "", start_s < 0.3)

    t = time.perf_counter()
    resolver = Resolver()
    load_s = time.perf_counter() - t
    row("load the rule set (in process)", f"{load_s * 1000:.0f} ms")
    rs = resolver.ruleset
    people = workforce(n, seed=SEED, ruleset=resolver)
    cols = columns(n, seed=SEED, ruleset=resolver)

    # Single decisions: one repeated key, distinct keys (warm), memo off (cold).
    one = Employee(jurisdiction="kab-bekasi", agency="bappeda", position="pelaksana",
                   id="E1")
    resolver.decide(one, dt.date(2025, 3, 25))
    warm_ns = median_ns(lambda: resolver.decide(one, dt.date(2025, 3, 25)), 25, 2_000)
    row("warm single `decide`, one repeated key (median)", f"{warm_ns / 1000:.2f} µs",
        "< 20 µs", "", warm_ns / 1000 < 20)
    pool = [(p, d) for p in people[:1_000] for d in days]
    for p, d in pool:
        resolver.decide(p, d)
    cursor = iter(range(10**12))
    distinct_ns = median_ns(lambda: resolver.decide(*pool[next(cursor) % len(pool)]), 15,
                            len(pool) // 15)
    row(f"warm single `decide`, {len(pool):,} distinct employee-days in turn (median)",
        f"{distinct_ns / 1000:.2f} µs", "< 20 µs", "", distinct_ns / 1000 < 20)
    fresh = Resolver(ruleset=rs, cache_size=1)
    k = iter(range(10**9))
    cold_ns = median_ns(lambda: fresh.decide(people[next(k) % n], days[next(k) % DAYS]),
                        15, 200)
    row("cold single `decide`, memo off (median)", f"{cold_ns / 1000:.1f} µs")

    # The peers' inputs.
    import pandas as pd

    from kebijakan_asn.frame import decide_frame

    frame = pd.DataFrame(cols)
    cedar, cedar_error = peer("CedarRule", resolver)
    openfisca, openfisca_error = peer("OpenFiscaRule", resolver)

    # decide_many: full Decision objects; Cedar on the same employee-days.
    many = Resolver(ruleset=rs)
    many_cold_s = timed(lambda: sum(1 for _ in many.decide_many(people, days)))
    if cedar is not None:
        verdict_cedar, _, parse_s = cedar.decide(frame, days)
        # Paired on a tenth of the population (Cedar takes seconds per 100,000).
        part = max(1, n // 10)
        sub_people, sub_frame = people[:part], frame.iloc[:part]
        store = cedar.entities(sub_frame)
        requests = list(cedar.requests(sub_frame, days, 50_000))
        cedar_many = Paired(lambda: timed(lambda: sum(1 for _ in many.decide_many(sub_people,
                                                                                   days))),
                            lambda: cedar.timed(store, requests)[0], pairs)
        row("`decide_many`, Decision objects, cold resolver", rate(cells, many_cold_s))
        row(f"`decide_many`, Decision objects, warm ({part * len(days):,} employee-days)",
            rate(part * len(days), cedar_many.a_s), "≥ 10× Cedar",
            cedar_many.text("× Cedar's call"), cedar_many.ratio >= 10)
    else:
        many_warm_s = median_s(lambda: sum(1 for _ in many.decide_many(people, days)), 3)
        row("`decide_many`, Decision objects, cold resolver", rate(cells, many_cold_s))
        row("`decide_many`, Decision objects, warm", rate(cells, many_warm_s), "≥ 10× Cedar",
            f"Cedar unavailable: {cedar_error}")

    def with_prints() -> None:
        encoder = RecordEncoder()
        for d in many.decide_many(people, days):
            encoder.fingerprint(d)

    row("`decide_many` + record fingerprint (`RecordEncoder`), warm",
        rate(cells, median_s(with_prints, 1 if not quick else 3)))

    # Columnar, paired with OpenFisca.
    cold_frame = Resolver(ruleset=rs)
    t = time.perf_counter()
    result = decide_frame(cold_frame, frame, days, fingerprints=False)
    frame_cold_s = time.perf_counter() - t
    # The rule lets the employee work from anywhere: it is among the policies the
    # decision rests on (an exempt agency's decision cites it too) and wfa is permitted.
    ours = (result["policies"].astype(str).str.contains(POLICY_ID, regex=False)
            & result["permitted"].astype(str).str.contains("wfa", regex=False))
    ours_matrix = ours.to_numpy().reshape(n, len(days))
    row("columnar `decide_frame`, policy ids, cold resolver", rate(cells, frame_cold_s))
    def columnar() -> float:
        return timed(lambda: decide_frame(cold_frame, frame, days, fingerprints=False))

    frame_fp_s = median_s(lambda: decide_frame(cold_frame, frame, days), 1 if not quick else 3)
    if openfisca is not None:
        of_agree = bool((openfisca.decide(frame, days) == ours_matrix).all())
        of_pair = Paired(columnar, lambda: timed(lambda: openfisca.decide(frame, days)),
                         pairs * 3)
        row("columnar `decide_frame`, policy ids, warm", rate(cells, of_pair.a_s),
            "≥ 2× OpenFisca", of_pair.text("× OpenFisca"), of_pair.ratio >= 2)
        row("columnar `decide_frame` + fingerprints, warm", rate(cells, frame_fp_s), "",
            f"{of_pair.b_s / frame_fp_s:.2f}× OpenFisca (median figures)")
        row(f"OpenFisca {version('openfisca-core')}: the Lebaran-WFA rule only",
            rate(cells, of_pair.b_s), "", f"agrees with kebijakan-asn: "
            f"{'yes' if of_agree else 'NO'}")
    else:
        frame_warm_s = median_s(columnar, 9)
        row("columnar `decide_frame`, policy ids, warm", rate(cells, frame_warm_s),
            "≥ 2× OpenFisca", f"OpenFisca unavailable: {openfisca_error}")
        row("columnar `decide_frame` + fingerprints, warm", rate(cells, frame_fp_s))
    if cedar is not None:
        call_s, eval_s = cedar.timed(store, requests)
        sub = len(requests[0]) if len(requests) == 1 else sum(len(r) for r in requests)
        row(f"Cedar {version('cedarpy')}: the Lebaran-WFA rule only, cedarpy's call",
            rate(sub, call_s), "", f"agrees with kebijakan-asn on all {cells:,}: "
            f"{'yes' if (verdict_cedar == ours_matrix).all() else 'NO'}; entity parsing "
            f"{parse_s:.1f} s not counted")
        row("Cedar: its evaluation alone (`authz_duration_micros`, summed)",
            rate(sub, eval_s), "", f"{call_s / eval_s:.1f}× less time than the call")

    # The command line and verify, in fresh processes, against the floor.
    scaling: list[tuple[int, float, int, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        period = ["--from", days[0].isoformat(), "--to", days[-1].isoformat()]
        period_csv = tmpdir / "period.csv"
        write_csv(period_csv, cols, n)
        records = tmpdir / "period.jsonl"
        with records.open("wb") as fh:
            cli_run(["decide", *period, "--input", str(period_csv), "--jobs", "1"], fh)
        sample = tmpdir / "sample.jsonl"
        head_lines(records, sample, FLOOR_SAMPLE)
        record_bytes = records.stat().st_size / cells

        def cli(jobs: int) -> float:
            with open(os.devnull, "wb") as null:
                return cli_run(["decide", *period, "--input", str(period_csv), "--jobs",
                                str(jobs)], null)[0]

        floor_pair = Paired(lambda: cli(1), lambda: floor_run(sample, cells), pairs)
        row(f"CLI `decide --input --jobs 1` → JSONL (/dev/null), {cells:,} records",
            rate(cells, floor_pair.a_s), "≥ 70% of the floor",
            floor_pair.text("× the floor"), floor_pair.ratio >= 0.7)
        row("the floor: the same bytes hashed (SHA-256) and written by a minimal loop",
            rate(cells, floor_pair.b_s), "", f"{record_bytes:,.0f} bytes/record")
        jobs_s = median_s(lambda: cli(os.cpu_count() or 1), 3)
        row(f"CLI `decide --input` (default `--jobs`: {os.cpu_count()} cores), "
            f"{cells:,} records", rate(cells, jobs_s), "",
            f"{floor_pair.a_s / jobs_s:.2f}× `--jobs 1` (machine shared)")
        verify_pair = Paired(lambda: cli_run(["verify", str(records)])[0], lambda: cli(1),
                             pairs)
        row(f"`verify` the {cells:,} records", rate(cells, verify_pair.a_s),
            "≥ 80% of decide", verify_pair.text("× decide's rate (`--jobs 1`)"),
            verify_pair.ratio >= 0.8)

        # The daily shape: distinct employees, one date.
        dcols = columns(daily, seed=SEED + 1, ruleset=resolver)
        daily_csv = tmpdir / "daily.csv"
        write_csv(daily_csv, dcols, daily)
        one_day = ["--from", DAILY_DATE.isoformat(), "--to", DAILY_DATE.isoformat()]
        daily_out = tmpdir / "daily.jsonl"
        with daily_out.open("wb") as fh:
            cli_run(["decide", *one_day, "--input", str(daily_csv), "--jobs", "1"], fh)
        daily_sample = tmpdir / "daily-sample.jsonl"
        head_lines(daily_out, daily_sample, FLOOR_SAMPLE)

        def daily_cli() -> float:
            with open(os.devnull, "wb") as null:
                return cli_run(["decide", *one_day, "--input", str(daily_csv), "--jobs",
                                "1"], null)[0]

        daily_floor = Paired(daily_cli, lambda: floor_run(daily_sample, daily), pairs)
        row(f"daily shape: CLI `--jobs 1`, {daily:,} employees × 1 day",
            rate(daily, daily_floor.a_s), "≥ 70% of the floor",
            daily_floor.text("× the floor"), daily_floor.ratio >= 0.7)
        if cedar is not None:
            dframe = pd.DataFrame(dcols)
            dstore = cedar.entities(dframe)
            drequests = list(cedar.requests(dframe, [DAILY_DATE], 50_000))
            daily_cedar = Paired(daily_cli, lambda: cedar.timed(dstore, drequests)[0], pairs)
            row("daily shape: CLI against Cedar's call on the same requests",
                rate(daily, daily_cedar.a_s), "≥ 5× Cedar",
                daily_cedar.text("× Cedar's call"), daily_cedar.ratio >= 5)

        # Scaling: time and peak memory by rows, decide and verify.
        for size in QUICK_SCALING if quick else SCALING:
            count = size // len(days)
            source = tmpdir / "scale.csv"
            write_csv(source, columns(count, seed=SEED + 2, ruleset=resolver)
                      if count > n else cols, count)
            target = tmpdir / "scale.jsonl"
            decide = ["decide", *period, "--input", str(source), "--jobs", "1"]
            with target.open("wb") as fh:  # the file verify reads (not timed: the disk's)
                cli_run(decide, fh)
            with open(os.devnull, "wb") as null:
                d_s, d_kib = cli_run(decide, null)
            v_s, v_kib = cli_run(["verify", str(target)])
            scaling.append((size, d_s, d_kib, v_s, v_kib))
            print(f"scaling {size:,}: decide {d_s:.2f} s {d_kib} KiB, verify {v_s:.2f} s "
                  f"{v_kib} KiB", file=sys.stderr, flush=True)
            target.unlink()
    # Flat: the caches (the resolver's memo, the shared texts) fill within the
    # first million rows; from the last size but one to the last (5× the rows)
    # the peak grows by less than a quarter.
    low, high = scaling[-2], scaling[-1]
    peaks = ", ".join(f"{s:,}: {d / 1024:.0f}/{v / 1024:.0f} MiB" for s, _, d, _, v in scaling)
    row("peak memory (max RSS) by employee-days, decide/verify", peaks,
        "flat in rows (< +25% for the last ×4–5 rows)", "",
        high[2] <= low[2] * 1.25 and high[4] <= low[4] * 1.25)
    # Linear: the cost of each further employee-day (between consecutive sizes)
    # stays the same; the first size is mostly the fixed cost of a run.
    steps = [((d2 - d1) / (s2 - s1), (v2 - v1) / (s2 - s1))
             for (s1, d1, _, v1, _), (s2, d2, _, v2, _) in itertools.pairwise(scaling)]
    row("time per further employee-day, size to size (decide/verify)",
        ", ".join(f"{a * 1e6:.2f}/{b * 1e6:.2f} µs" for a, b in steps), "linear in rows",
        "", len(steps) < 2 or all(max(x) <= 1.5 * min(x) for x in zip(*steps[-2:], strict=True)))

    # ------------------------------------------------------------------ report
    definition = {
        "revision": revision(), "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "ruleset": rs.fingerprint[:19], "plugins": [f"{p.name} {p.version}" for p in rs.plugins],
        "population": n, "seed": SEED, "generator": "kebijakan_asn.synthetic.columns/workforce",
        "dates": f"{days[0]}..{days[-1]} ({len(days)} days)", "employee_days": cells,
        "daily shape": f"{daily:,} employees (seed {SEED + 1}) on {DAILY_DATE}",
        "pairs": pairs,
        "libraries": {d: version(d) for d in ("pandas", "numpy", "pyarrow", "openfisca-core",
                                              "cedarpy")},
    }
    print("## Pinned definition\n")
    print("```json\n" + json.dumps(definition, indent=1) + "\n```\n")
    print("## Figures\n")
    print("| figure | value | target | ratio / note | verdict |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print("\n## Scaling (fresh processes, `--jobs 1`, one run each; decide to /dev/null, "
          "verify the file it wrote)\n")
    print("| employee-days | decide | decide peak RSS | verify | verify peak RSS |")
    print("|---|---|---|---|---|")
    for size, d_s, d_kib, v_s, v_kib in scaling:
        print(f"| {size:,} | {d_s:.2f} s ({size / d_s:,.0f} /s) | {d_kib / 1024:.0f} MiB | "
              f"{v_s:.2f} s ({size / v_s:,.0f} /s) | {v_kib / 1024:.0f} MiB |")
    profile(frame, cold_frame, days, n)


def profile(frame: Any, resolver: Resolver, days: list[dt.date], n: int) -> None:
    """The columnar path (warm), stage by stage."""
    from kebijakan_asn import frame as F

    stages: list[tuple[str, float]] = []

    def stage(name: str, fn: Callable[[], Any]) -> Any:
        stages.append((name, median_s(fn, 7)))
        return fn()

    keys = stage("read and check key columns (factorise, group rows, rule-set codes)",
                 lambda: F._keys(frame, resolver))
    ids = stage("id column (as strings, none blank)", lambda: F._text_column(frame, "id"))
    nips = stage("nip column (as strings, none blank)", lambda: F._text_column(frame, "nip"))
    stage("check NIPs (vectorised)", lambda: F._check_nips(frame.index, nips, keys.cols[3]))
    table, outcomes = stage("decide: per date × jurisdiction × plan group",
                            lambda: F._decide_groups(resolver, keys, days, False))
    width = len(days)
    stage("output: id column (each id repeated, Arrow buffers)",
          lambda: F._repeat_text(ids, width))
    summaries = [F._summary(o) for o in outcomes]
    stage("output: 4 categorical columns",
          lambda: [F._categorical([s[i] for s in summaries], table, keys.group)
                   for i in range(4)])
    stage("output: dates, index", lambda: (F._repeat_dates(days, n),
                                          F._repeat_index(frame.index, width)))
    stage("fingerprints (only with `fingerprints=True`)",
          lambda: F._fingerprints(resolver, keys, days, False, table, outcomes,
                                   ids.to_numpy(dtype=object, na_value=None),
                                   nips.to_numpy(dtype=object, na_value=None)))
    print(f"\n## Profile: columnar `decide_frame`, warm, {n * width:,} rows "
          f"({len(outcomes)} distinct outcomes)\n")
    print("| stage | median |")
    print("|---|---|")
    for name, seconds in stages:
        print(f"| {name} | {seconds * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
