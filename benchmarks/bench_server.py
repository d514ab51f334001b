"""Benchmark: the HTTP service under a bounded load on the loopback address.

Run::

    pip install -e ".[server]" ./plugins/*/ httpx
    python benchmarks/bench_server.py            # the pinned definition (about a minute)
    python benchmarks/bench_server.py --quick    # seconds

It starts ``kebijakan-asn serve`` on a free port of 127.0.0.1 in its own
process, then:

* **single decisions**: a fixed number of ``GET /v1/decide`` requests, spread
  over several client processes, each with one keep-alive ``httpx.Client``
  making its requests one after the other; every answer is checked (status 200,
  a decision record).  Requests/s is the number of requests over the wall time
  from the first to the last; p50 and p99 are of the per-request latencies.
* **batch**: one ``POST /v1/decide/batch`` of a synthetic workforce over a range
  of days, its answer read as it streams; records/s against the command line's
  ``decide --input … --output FILE`` on the same file and range, in this process
  (the library imported, the rule set loaded inside the clock).

It stops when the requests are done: nothing is open-ended.  Speed is never
asserted in a unit test; figures go to ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from kebijakan_asn import Resolver, _cli
from kebijakan_asn.synthetic import workforce

SEED = 20251203
SINGLE_DAYS = [dt.date(2025, 3, 17) + dt.timedelta(days=i) for i in range(20)]
BATCH_FROM, BATCH_TO = dt.date(2025, 12, 1), dt.date(2025, 12, 20)  # Tahap II rotation


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def serving(workers: int) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kebijakan_asn", "serve", "--port",
                             str(port), "--workers", str(workers), "--log-level", "warning"],
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/v1/health", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("kebijakan-asn serve did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


def _client(args: tuple[str, list[dict[str, str]]]) -> list[float]:
    url, queries = args
    latencies = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for query in queries:
            start = time.perf_counter()
            response = client.get("/v1/decide", params=query)
            latencies.append(time.perf_counter() - start)
            if response.status_code != 200 or not response.content.startswith(b'{"arrange'):
                raise SystemExit(f"bad answer {response.status_code}: {response.text[:200]}")
    return latencies


def single(url: str, people: list[dict[str, Any]], requests: int, clients: int
           ) -> dict[str, float]:
    queries = []
    for i in range(requests):
        p = people[i % len(people)]
        query = {k: str(v).lower() if isinstance(v, bool) else str(v)
                 for k, v in p.items() if v not in (None, False) and k != "facts"}
        query["date"] = SINGLE_DAYS[i % len(SINGLE_DAYS)].isoformat()
        queries.append(query)
    shares = [(url, queries[i::clients]) for i in range(clients)]
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        pool.map(_client, [(url, q[:50]) for _, q in shares])  # warm-up, not counted
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
        print(f"load: {requests:,} GET /v1/decide from {args.clients} keep-alive clients; "
              f"batch of {employees:,} employees × {days} days; server workers: "
              f"{args.workers}")
        with serving(args.workers) as url:
            s = single(url, people, requests, args.clients)
            batch_rate, count = batch(url, path)
        cli_rate = cli_batch(path)
    ratio = batch_rate / cli_rate
    met = s["rps"] >= 1500 and s["p99"] < 20
    print()
    print("| figure | value | target | verdict |")
    print("|---|---|---|---|")
    print(f"| single decisions, keep-alive ({s['n']:,} requests, {args.clients} clients) "
          f"| {s['rps']:,.0f} /s, p50 {s['p50']:.2f} ms, p99 {s['p99']:.2f} ms "
          f"| ≥ 1,500 /s at p99 < 20 ms | {'met' if met else '**NOT MET**'} |")
    print(f"| streamed batch ({count:,} records) | {batch_rate:,.0f} records/s "
          f"| ≥ 50% of the CLI | {ratio:.0%} of the CLI: "
          f"{'met' if ratio >= 0.5 else '**NOT MET**'} |")
    print(f"| CLI `decide --input` on the same file | {cli_rate:,.0f} records/s |  |  |")


if __name__ == "__main__":
    main()
