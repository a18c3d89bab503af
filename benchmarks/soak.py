"""Soak test of ``newslint serve``: ``python benchmarks/soak.py --minutes 10``.

Starts the server as a subprocess on a free port of 127.0.0.1 (never anything else), then, until
the time is up, keeps ``--clients`` client threads busy with a mix of requests: corpus articles
through ``/v1/lint`` (text and CMS fields) and ``/v2/check``, plus hostile ones (malformed JSON,
wrong types, oversized bodies, deeply nested JSON, lone surrogates) and, every ``--burst-every``
seconds, a burst of ``--burst`` simultaneous connections. Every loop is bounded by the deadline;
the server is stopped at the end.

Reported (stdout and ``--report`` JSON): requests and answers per status, errors (5xx answers and
connection failures, by kind), latency percentiles of the valid requests, and the server's
resident memory (VmRSS) after warm-up, at the end, and its maximum. The expected statuses of
the hostile requests are checked (503 is accepted for every request: the server sheds load when
saturated): anything else, any other 5xx and any connection failure count as errors.
"""
from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def corpus_texts() -> list[tuple[str, str]]:
    texts = [(p.read_text(encoding="utf-8"), p.name) for p in sorted((REPO / "corpus").glob("*"))
             if p.suffix in (".txt", ".md")]
    return texts or [("Der Kanzler sagte eigentlich, dass 3 Millionen Euro fehlen.\n", "a.txt")]


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statuses: dict[str, int] = {}
        self.errors: dict[str, int] = {}
        self.latencies: list[float] = []
        self.requests = 0

    def record(self, kind: str, status: int, expected: tuple[int, ...], latency: float | None = None) -> None:
        expected = (*expected, 503)  # load shedding (pool or connection limit saturated) is a clean answer
        with self.lock:
            self.requests += 1
            key = f"{kind}:{status}"
            self.statuses[key] = self.statuses.get(key, 0) + 1
            if status not in expected:
                self.errors[key] = self.errors.get(key, 0) + 1
            elif latency is not None and status == 200:
                self.latencies.append(latency)


def request(port: int, method: str, path: str, body: bytes | None, headers: dict[str, str],
            timeout: float = 60) -> int:
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        return 0  # connection failure
    finally:
        connection.close()


def client(port: int, deadline: float, stats: Stats, seed: int, max_bytes: int) -> None:
    rng = random.Random(seed)
    texts = corpus_texts()
    json_headers = {"Content-Type": "application/json"}
    form_headers = {"Content-Type": "application/x-www-form-urlencoded"}
    while time.monotonic() < deadline:
        choice = rng.random()
        text, name = rng.choice(texts)
        if choice < 0.55:
            kind, path, body, headers, expected = "lint", "/v1/lint", json.dumps({"text": text, "filename": name}), \
                json_headers, (200, 503)
        elif choice < 0.65:
            paragraphs = text.split("\n\n")
            kind, path, body, headers, expected = "fields", "/v1/lint", json.dumps(
                {"headline": paragraphs[0], "body": "\n\n".join(paragraphs[1:])}), json_headers, (200, 503)
        elif choice < 0.75:
            kind, path, body, headers, expected = "lt", "/v2/check", urlencode({"text": text, "language": "de-DE"}), \
                form_headers, (200, 503)
        elif choice < 0.80:
            kind, path, body, headers, expected = "malformed", "/v1/lint", "{\"text\": ", json_headers, (400,)
        elif choice < 0.85:
            kind, path, body, headers, expected = "wrongtype", "/v1/lint", json.dumps(
                {"text": rng.choice([1, None, [], {}, True])}), json_headers, (422,)
        elif choice < 0.90:
            kind, path, body, headers, expected = "oversized", "/v1/lint", json.dumps({"text": "x" * (max_bytes + 10)}), \
                json_headers, (413,)
        elif choice < 0.95:
            kind, path, body, headers, expected = "nested", "/v1/lint", "[" * 20000 + "]" * 20000, json_headers, (400, 422)
        else:
            kind, path, body, headers, expected = "surrogate", "/v1/lint", json.dumps(  # \ud800 escapes
                {"text": "Das ist \ud800 eigentlich \udfff " + text[:300]}), json_headers, (200, 422, 503)
        started = time.perf_counter()
        status = request(port, "POST", path, body.encode("utf-8"), headers)
        stats.record(kind, status, expected, time.perf_counter() - started)


async def _burst(port: int, count: int) -> list[int]:
    payload = json.dumps({"text": "Das ist eigentlich ein Fehlerwort. " * 20}).encode()
    head = (f"POST /v1/lint HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode()

    async def one() -> int:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), 60)
            writer.write(head + payload)
            await writer.drain()
            line = await asyncio.wait_for(reader.read(12), 120)
            writer.close()
            return int(line[9:12]) if line.startswith(b"HTTP/1.1 ") else 0
        except (OSError, asyncio.TimeoutError, ValueError):
            return 0

    return await asyncio.gather(*(one() for _ in range(count)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--burst", type=int, default=1000, help="connections opened at once in each burst")
    parser.add_argument("--burst-every", type=float, default=60.0, help="seconds between bursts")
    parser.add_argument("--max-bytes", type=int, default=200_000)
    parser.add_argument("--server-option", action="append", default=[], help="extra option for newslint serve")
    parser.add_argument("--report", type=Path, default=REPO / "benchmarks" / "results" / "soak.json")
    args = parser.parse_args(argv)

    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="newslint-soak-"))
    environment = {key: value for key, value in os.environ.items() if key != "NEWSLINT_TOKEN"}
    server = subprocess.Popen(
        [sys.executable, "-m", "newslint", "serve", "--host", HOST, "--port", str(port), "--max-bytes",
         str(args.max_bytes), *args.server_option], cwd=workdir, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log_lines: list[str] = []
    threading.Thread(target=lambda: log_lines.extend(server.stdout), daemon=True).start()
    try:
        start_deadline = time.monotonic() + 120
        while request(port, "GET", "/healthz", None, {}, timeout=5) != 200:
            if server.poll() is not None or time.monotonic() > start_deadline:
                print("server did not start:\n" + "".join(log_lines[-40:]), file=sys.stderr)
                return 2
            time.sleep(0.2)
        texts = corpus_texts()
        for text, name in texts:  # warm-up: every article once
            request(port, "POST", "/v1/lint", json.dumps({"text": text, "filename": name}).encode(),
                    {"Content-Type": "application/json"})
        rss_before = rss_kib(server.pid)
        stats = Stats()
        started = time.monotonic()
        deadline = started + args.minutes * 60
        workers = [threading.Thread(target=client, args=(port, deadline, stats, seed, args.max_bytes), daemon=True)
                   for seed in range(args.clients)]
        for worker in workers:
            worker.start()
        rss_samples = [rss_before]
        bursts: list[dict[str, int]] = []
        next_burst = started + min(args.burst_every, args.minutes * 30)
        while time.monotonic() < deadline:
            time.sleep(min(5.0, max(0.0, deadline - time.monotonic())))
            rss_samples.append(rss_kib(server.pid))
            if server.poll() is not None:
                stats.errors["server-exited"] = 1
                break
            if time.monotonic() >= next_burst and time.monotonic() < deadline - 10:
                statuses = asyncio.run(_burst(port, args.burst))
                counts = {str(s): statuses.count(s) for s in sorted(set(statuses))}
                bursts.append(counts)
                for status in statuses:
                    stats.record("burst", status, (200, 503))
                print(f"[{time.monotonic() - started:6.0f}s] burst of {args.burst}: {counts}", flush=True)
                next_burst = time.monotonic() + args.burst_every
            print(f"[{time.monotonic() - started:6.0f}s] {stats.requests} requests, "
                  f"{sum(stats.errors.values())} errors, RSS {rss_samples[-1] / 1024:.1f} MiB", flush=True)
        for worker in workers:
            worker.join(timeout=120)
        elapsed = time.monotonic() - started
        healthy = request(port, "GET", "/healthz", None, {}, timeout=10) == 200 and server.poll() is None
        rss_after = rss_kib(server.pid)
        latencies = sorted(stats.latencies)

        def percentile(q: float) -> float | None:
            return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000, 1) if latencies else None

        summary = {
            "minutes": round(elapsed / 60, 2),
            "clients": args.clients,
            "requests": stats.requests,
            "requests_per_second": round(stats.requests / elapsed, 1),
            "errors": sum(stats.errors.values()),
            "errors_by_kind": stats.errors,
            "answers_by_kind_and_status": dict(sorted(stats.statuses.items())),
            "bursts": bursts,
            "latency_ms_valid_200": {"p50": percentile(0.5), "p90": percentile(0.9), "p99": percentile(0.99),
                                     "median": round(statistics.median(latencies) * 1000, 1) if latencies else None},
            "rss_mib": {"after_warmup": round(rss_before / 1024, 1), "end": round(rss_after / 1024, 1),
                        "max": round(max(rss_samples + [rss_after]) / 1024, 1)},
            "server_healthy_at_end": healthy,
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    summary["server_log_tail"] = [line.rstrip() for line in log_lines[-20:]]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "server_log_tail"}, indent=2))
    return 0 if summary["errors"] == 0 and summary["server_healthy_at_end"] else 1


if __name__ == "__main__":
    sys.exit(main())
