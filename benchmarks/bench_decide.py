"""Benchmark: single decisions, streaming batches and cold start.

Run:  python benchmarks/bench_decide.py [--quick]

Pinned definition (printed with the figures): the git revision, the rule set
fingerprint, the synthetic population (seeded), the dates, warm or cold.
Outside the test run on purpose: speed is measured here, never asserted in a
unit test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from kebijakan_asn import Employee, Resolver

SEED = 20251202
POSITIONS = ["pelaksana"] * 6 + ["fungsional"] * 3 + ["pengawas", "administrator",
                                                       "jpt-pratama"]


def population(resolver: Resolver, n: int, seed: int = SEED) -> list[Employee]:
    rng = random.Random(seed)
    rs = resolver.ruleset
    agencies = [a for a in rs.agencies.values() if a.jurisdiction != "nasional"]
    out = []
    for i in range(n):
        a = rng.choice(agencies)
        status = rng.choices(["pns", "pppk", "non-asn"], [70, 25, 5])[0]
        out.append(Employee(
            jurisdiction=a.jurisdiction, agency=a.code, position=rng.choice(POSITIONS),
            status=status, id=f"E{i:07d}", direct_service=rng.random() < 0.1,
            rotation_group=rng.choice([None, "A", "B"]) if a.jurisdiction == "prov-jabar"
            else None,
            facts={"office_access_cut": True} if rng.random() < 0.02 else {},
        ))
    return out


def median_ns(fn: Callable[[], object], repeat: int, inner: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter_ns()
        for _ in range(inner):
            fn()
        samples.append((time.perf_counter_ns() - t) / inner)
    return statistics.median(samples)


def revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller population")
    args = ap.parse_args()
    n = 1_000 if args.quick else 10_000
    days = [dt.date(2025, 12, 1) + dt.timedelta(days=i) for i in range(31)]

    t = time.perf_counter()
    resolver = Resolver()
    load_s = time.perf_counter() - t
    people = population(resolver, n)
    one = people[0]
    resolver.decide(one, days[1])
    warm = median_ns(lambda: resolver.decide(one, days[1]), 25, 2_000)

    fresh = Resolver(ruleset=resolver.ruleset, cache_size=1)
    k = iter(range(10**9))
    cold = median_ns(lambda: fresh.decide(people[next(k) % n], days[next(k) % 31]), 15, 200)

    many = Resolver(ruleset=resolver.ruleset)
    t = time.perf_counter()
    count = sum(1 for _ in many.decide_many(people, days))
    many_s = time.perf_counter() - t

    t = time.perf_counter()
    fps = sum(len(d.fingerprint) for d in many.decide_many(people[: n // 10], days))
    fp_s = time.perf_counter() - t
    fp_rate = (n // 10) * len(days) / fp_s
    del fps

    cold_start = subprocess.run(
        [sys.executable, "-c", "import time; t=time.perf_counter(); import kebijakan_asn; "
         "kebijakan_asn.Resolver(); print(time.perf_counter()-t)"],
        capture_output=True, text=True, check=True)
    start_s = float(cold_start.stdout.strip())

    rows = [
        ("warm single decide (median)", f"{warm / 1000:.2f} µs", "< 20 µs",
         warm / 1000 < 20),
        ("cold single decide, memo off (median)", f"{cold / 1000:.1f} µs", "-", None),
        ("decide_many, decision objects", f"{count / many_s:,.0f} /s", "-", None),
        ("decide_many + record fingerprint", f"{fp_rate:,.0f} /s", "-", None),
        ("import + load all plugins (subprocess)", f"{start_s * 1000:.0f} ms", "< 300 ms",
         start_s < 0.3),
        ("load rule set (in process)", f"{load_s * 1000:.0f} ms", "-", None),
    ]
    print(json.dumps({
        "revision": revision(), "python": platform.python_version(),
        "machine": platform.machine(), "ruleset": resolver.ruleset.fingerprint[:19],
        "plugins": [f"{p.name} {p.version}" for p in resolver.ruleset.plugins],
        "population": n, "seed": SEED, "dates": f"{days[0]}..{days[-1]}",
    }, indent=1))
    width = max(len(r[0]) for r in rows)
    for name, figure, target, ok in rows:
        verdict = "" if ok is None else ("  met" if ok else "  NOT MET")
        print(f"{name:<{width}}  {figure:>14}  target {target}{verdict}")


if __name__ == "__main__":
    main()
