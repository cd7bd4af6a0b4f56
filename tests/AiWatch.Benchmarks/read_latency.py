#!/usr/bin/env python3
"""Sequential read latency of the web app's pages, one keep-alive connection, after a warm-up.

    python3 tests/AiWatch.Benchmarks/read_latency.py [--base http://127.0.0.1:5080] [--requests 200]
        [--warmup 10] [--pid PID] [PATH ...]

Prints p50, p95 and max in milliseconds per path (time to the last byte of the body), then the resident
memory (VmRSS, VmHWM) of the process --pid names. With --pid, also the CPU time the server spent per request
(user + system, from /proc/PID/stat): on a machine shared with other work, wall-clock latency grows with the
load, CPU time much less. Without paths, the pages of issue 6's read targets.
"""
import argparse
import http.client
import os
import time
import urllib.parse

DEFAULT_PATHS = [
    "/search?q=intelligence",
    "/search?q=%22intelligence+artificielle%22",
    "/search?q=OpenAI&actor=elon-musk",
    "/api/search?q=intelligence",
    "/",
    "/actors/elon-musk",
    "/actors/openai",
    "/actors/greg-brockman",
    "/timeline",
    "/timeline?actor=elon-musk",
    "/timeline?type=lawsuit&from=2024-01-01&to=2024-12-31",
]


def percentile(sorted_values, fraction):
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def measure(connection, path, requests, warmup):
    times = []
    size = 0
    for i in range(warmup + requests):
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        if i >= warmup:
            times.append(elapsed)
            size = len(body)
    times.sort()
    return percentile(times, 0.5), percentile(times, 0.95), times[-1], size


def cpu_ms(pid):
    if not pid:
        return 0.0
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    return ticks * 1000.0 / os.sysconf("SC_CLK_TCK")


def memory(pid):
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) // 1024
    return values


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:5080")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--pid", type=int)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    base = urllib.parse.urlsplit(args.base)
    connection = http.client.HTTPConnection(base.hostname, base.port or 80, timeout=300)
    print(f"{'path':60} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu ms':>8} {'bytes':>9}")
    for path in args.paths or DEFAULT_PATHS:
        before = cpu_ms(args.pid)
        p50, p95, worst, size = measure(connection, path, args.requests, args.warmup)
        cpu = (cpu_ms(args.pid) - before) / (args.requests + args.warmup)
        print(f"{path:60} {p50:8.1f} {p95:8.1f} {worst:8.1f} {cpu:8.1f} {size:9}", flush=True)
    if args.pid:
        rss = memory(args.pid)
        print(f"RSS {rss.get('VmRSS')} MB, peak {rss.get('VmHWM')} MB")


if __name__ == "__main__":
    main()
