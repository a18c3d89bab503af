"""Load test for ``newslint serve``: N concurrent clients for D seconds on 127.0.0.1.

Starts the real server (``python -m newslint serve`` on a free loopback port), waits for
/healthz, then runs N client threads, each posting real articles from
../shared/data/news/news-dev.jsonl (read at run time, never copied) to /v1/lint (CMS fields:
headline + body) in a closed loop over one keep-alive connection, until the duration is over.
Prints requests per second, latency percentiles and errors, and exits 1 when there were errors.

    python benchmarks/load.py                 # 50 clients, 60 s, builtin backend
    python benchmarks/load.py --clients 10 --duration 5 --workers 2 --limit 200
    python benchmarks/load.py --warmup 1000    # steady state: 1,000 other articles first, then measure

``--warmup N`` posts the first N articles once before the clock starts and measures with the others, so
the server's per-word caches are as warm as in a service that has been running for a while, while no
measured text has been seen before.

Bounded: every loop ends at the deadline; the server is stopped at the end (or on Ctrl-C).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "news" / "news-dev.jsonl"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load_articles(limit: int) -> list[bytes]:
    bodies = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            bodies.append(json.dumps({"headline": row.get("header") or "", "body": row.get("article") or ""}).encode())
            if limit and len(bodies) >= limit:
                break
    return bodies


def _warm_up(port: int, bodies: list[bytes], workers: int) -> int:
    """Post every body once over ``workers`` connections; return the number of failed requests."""
    failures = [0]

    def post(part: list[bytes]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for body in part:
            try:
                connection.request("POST", "/v1/lint", body=body, headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                failures[0] += response.status != 200
            except (OSError, http.client.HTTPException):
                failures[0] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.close()

    threads = [threading.Thread(target=post, args=(bodies[n::workers],), daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures[0]


def process_tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by ``root`` and its descendants (Linux /proc; 0.0 elsewhere)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total = 0.0
    for pid, seconds in times.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += seconds
    return total


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    parser.add_argument("--threads", type=int, default=4, help="server lint threads per process")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles (0: all)")
    parser.add_argument("--warmup", type=int, default=0,
                        help="post the first N articles once before measuring, and measure with the rest")
    parser.add_argument("--nlp", default="builtin")
    parser.add_argument("--select", help="code prefixes (e.g. NL0 measures the HTTP layer without rule work)")
    args = parser.parse_args(argv)
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return 0
    bodies = load_articles(args.limit)
    warmup, bodies = bodies[:args.warmup], bodies[args.warmup:]
    if not bodies:
        print("nothing left to measure: --warmup must be smaller than the number of articles")
        return 2
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "newslint", "serve", "--host", "127.0.0.1", "--port", str(port), "--nlp", args.nlp,
         "--workers", str(args.workers), "--threads", str(args.threads), "--queue", str(max(64, args.clients * 2)),
         "--max-bytes", "5000000", *(["--select", args.select] if args.select else [])],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={key: value for key, value in os.environ.items() if key != "NEWSLINT_TOKEN"})
    try:
        started = time.monotonic()
        while True:
            if server.poll() is not None:
                print(server.stderr.read())
                return 2
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                probe.request("GET", "/healthz")
                if probe.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() - started > 120:
                print("server did not start")
                return 2
            time.sleep(0.2)
        print(f"server up in {time.monotonic() - started:.1f} s; {len(bodies)} articles "
              f"(mean {statistics.mean(map(len, bodies)) / 1000:.1f} kB JSON); {args.clients} clients for {args.duration:g} s; "
              f"{args.workers} worker process(es) x {args.threads} lint threads; {os.cpu_count()} CPUs")
        warm_errors = _warm_up(port, warmup, workers=2 * args.workers)
        if warmup:
            print(f"warm-up: {len(warmup)} other articles posted before the clock started ({warm_errors} errors)")
        latencies: list[float] = []
        errors: list[str] = []
        findings = [0]
        lock = threading.Lock()
        deadline = time.monotonic() + args.duration

        def client(number: int) -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            index = number
            while time.monotonic() < deadline:
                body = bodies[index % len(bodies)]
                index += args.clients
                began = time.perf_counter()
                try:
                    connection.request("POST", "/v1/lint", body=body, headers={"Content-Type": "application/json"})
                    response = connection.getresponse()
                    data = response.read()
                    elapsed = time.perf_counter() - began
                    with lock:
                        if response.status == 200:
                            latencies.append(elapsed)
                            findings[0] += len(json.loads(data)["findings"])
                        else:
                            errors.append(f"HTTP {response.status}: {data[:200]!r}")
                except (OSError, http.client.HTTPException) as error:
                    with lock:
                        errors.append(f"{type(error).__name__}: {error}")
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.close()

        threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(args.clients)]
        server_cpu, client_cpu = process_tree_cpu(server.pid), time.process_time()
        wall = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.duration + 60)
        wall = time.monotonic() - wall
        server_cpu, client_cpu = process_tree_cpu(server.pid) - server_cpu, time.process_time() - client_cpu
        total = len(latencies) + len(errors)
        print(f"requests: {total} in {wall:.1f} s = {total / wall:.1f} req/s; findings returned: {findings[0]}")
        if total:
            # CPU per request does not depend on how busy the machine is: with C cores the server can answer at
            # most C / (server CPU per request) requests per second, and 50 closed-loop clients wait 50 / that.
            print(f"CPU per request: server {server_cpu / total * 1000:.1f} ms, load generator "
                  f"{client_cpu / total * 1000:.1f} ms; the server alone could answer at most "
                  f"{os.cpu_count() * total / max(server_cpu, 1e-9):.0f} req/s on {os.cpu_count()} CPUs")
        if latencies:
            ms = [value * 1000 for value in latencies]
            print(f"latency ms: p50 {percentile(ms, 0.50):.1f}  p90 {percentile(ms, 0.90):.1f}  "
                  f"p99 {percentile(ms, 0.99):.1f}  max {max(ms):.1f}  mean {statistics.mean(ms):.1f}")
        print(f"errors: {len(errors)}")
        for error in sorted(set(errors))[:5]:
            print(f"  {error}")
        return 1 if errors else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
