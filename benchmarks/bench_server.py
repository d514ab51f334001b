"""Benchmark: the HTTP service under a bounded load on the loopback address.

Run::

    pip install -e ".[server]" ./plugins/*/ httpx
    python benchmarks/bench_server.py            # the pinned definition (about a minute)
    python benchmarks/bench_server.py --quick    # seconds

It starts ``kebijakan-asn serve`` on a free port of 127.0.0.1 in its own
process (``kebijakan_asn.testing.serving``), then:

* **single decisions**: a fixed number of ``GET /v1/decide`` requests (a synthetic
  workforce over 20 days), spread over several client processes, each with one
  keep-alive connection (``http.client``) making its requests one after the
  other; every answer is checked (status 200, a decision record).  Requests/s is
  the number of requests over the wall time from the first to the last; p50 and
  p99 are of the per-request latencies.  ``--client httpx`` uses one keep-alive
  ``httpx.Client`` per process instead (a heavier client: on two cores it
  measures mostly itself).
* **batch**: one ``POST /v1/decide/batch`` of a synthetic workforce over a range
  of days, its answer read as it streams (``httpx``); records/s against the command line's
  ``decide --input … --output FILE`` on the same file and range, in this process
  (the library imported, the rule set loaded inside the clock).

It stops when the requests are done: nothing is open-ended.  Speed is never
asserted in a unit test; figures go to ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import json
import multiprocessing
import os
import platform
import statistics
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any

import httpx

from kebijakan_asn import Resolver, _cli
from kebijakan_asn.synthetic import workforce
from kebijakan_asn.testing import serving

SEED = 20251203
SINGLE_DAYS = [dt.date(2025, 3, 17) + dt.timedelta(days=i) for i in range(20)]
BATCH_FROM, BATCH_TO = dt.date(2025, 12, 1), dt.date(2025, 12, 20)  # Tahap II rotation


def _client(args: tuple[int, list[str], str]) -> list[float]:
    """One keep-alive connection making its requests one after the other (the standard
    library's HTTP client: the lightest real client, so the figures are the server's)."""
    port, paths, kind = args
    latencies = []
    if kind == "httpx":
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for path in paths:
                start = time.perf_counter()
                answer = client.get(path)
                latencies.append(time.perf_counter() - start)
                _check(answer.status_code, answer.content)
        return latencies
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        for path in paths:
            start = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            latencies.append(time.perf_counter() - start)
            _check(response.status, body)
    finally:
        conn.close()
    return latencies


def _check(status: int, body: bytes) -> None:
    if status != 200 or not body.startswith(b'{"arrange'):
        raise SystemExit(f"bad answer {status}: {body[:200]!r}")


def single(url: str, people: list[dict[str, Any]], requests: int, clients: int,
           kind: str) -> dict[str, float]:
    paths = []
    for i in range(requests):
        p = people[i % len(people)]
        query = {k: str(v).lower() if isinstance(v, bool) else str(v)
                 for k, v in p.items() if v not in (None, False) and k != "facts"}
        query["date"] = SINGLE_DAYS[i % len(SINGLE_DAYS)].isoformat()
        paths.append("/v1/decide?" + urllib.parse.urlencode(query))
    port = int(url.rsplit(":", 1)[1])
    shares = [(port, paths[i::clients], kind) for i in range(clients)]
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        pool.map(_client, [(port, p[:50], kind) for _, p, _ in shares])  # warm-up
        start = time.perf_counter()
        results = pool.map(_client, shares)
        wall = time.perf_counter() - start
    latencies = sorted(x for r in results for x in r)
    return {"rps": len(latencies) / wall,
            "p50": statistics.median(latencies) * 1000,
            "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
            "n": len(latencies)}


def batch(url: str, path: Path) -> tuple[float, int]:
    days = (BATCH_TO - BATCH_FROM).days + 1
    with httpx.Client(base_url=url, timeout=600) as client:
        start = time.perf_counter()
        count = 0
        with client.stream("POST", "/v1/decide/batch", content=path.read_bytes(),
                           params={"from": BATCH_FROM.isoformat(),
                                   "to": BATCH_TO.isoformat()}) as response:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                count += chunk.count(b"\n")
        wall = time.perf_counter() - start
    if count == 0 or count % days:
        raise SystemExit(f"the batch answered {count} lines, not a multiple of {days} days")
    return count / wall, count


def cli_batch(path: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        with open(os.devnull, "w") as null, contextlib.redirect_stderr(null):
            code = _cli.main(["decide", "--input", str(path), "--from", BATCH_FROM.isoformat(),
                              "--to", BATCH_TO.isoformat(), "--output", str(out)])
        wall = time.perf_counter() - start
        count = sum(1 for _ in out.open(encoding="utf-8"))
    assert code == 0, code
    return count / wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a small load (seconds)")
    ap.add_argument("--requests", type=int, help="single decisions (default 20,000)")
    ap.add_argument("--clients", type=int, default=4, help="client processes (default 4)")
    ap.add_argument("--workers", type=int, default=1, help="server workers (default 1)")
    ap.add_argument("--client", choices=("stdlib", "httpx"), default="stdlib",
                    help="load client: http.client (default) or httpx")
    ap.add_argument("--employees", type=int, help="batch employees (default 5,000)")
    args = ap.parse_args()
    requests = args.requests or (2_000 if args.quick else 20_000)
    employees = args.employees or (500 if args.quick else 5_000)
    resolver = Resolver()
    people = [e.to_dict() for e in workforce(employees, seed=SEED, ruleset=resolver)]
    days = (BATCH_TO - BATCH_FROM).days + 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "staff.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in people), encoding="utf-8")
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
              f"{platform.python_version()}; rule set {resolver.ruleset.fingerprint[:19]}")
        print(f"load: {requests:,} GET /v1/decide from {args.clients} keep-alive {args.client} "
              "connections; "
              f"batch of {employees:,} employees × {days} days; server workers: "
              f"{args.workers}")
        with serving("--workers", str(args.workers)) as url:
            s = single(url, people, requests, args.clients, args.client)
            batch_rate, count = batch(url, path)
        cli_rate = cli_batch(path)
    ratio = batch_rate / cli_rate
    met = s["rps"] >= 1500 and s["p99"] < 20
    print()
    print("| figure | value | target | verdict |")
    print("|---|---|---|---|")
    print(f"| single decisions, keep-alive ({s['n']:,} requests, {args.clients} "
          f"{args.client} clients) "
          f"| {s['rps']:,.0f} /s, p50 {s['p50']:.2f} ms, p99 {s['p99']:.2f} ms "
          f"| ≥ 1,500 /s at p99 < 20 ms | {'met' if met else '**NOT MET**'} |")
    print(f"| streamed batch ({count:,} records) | {batch_rate:,.0f} records/s "
          f"| ≥ 50% of the CLI | {ratio:.0%} of the CLI: "
          f"{'met' if ratio >= 0.5 else '**NOT MET**'} |")
    print(f"| CLI `decide --input` on the same file | {cli_rate:,.0f} records/s |  |  |")


if __name__ == "__main__":
    main()
