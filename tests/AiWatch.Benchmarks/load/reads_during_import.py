#!/usr/bin/env python3
"""Read latency with and without a bulk import running, in alternating windows, against a running app.

    python3 tests/AiWatch.Benchmarks/load/reads_during_import.py --base http://127.0.0.1:5098 \
        [--pairs 3] [--seconds 5] [--connections 2] -- nice -n 19 aiwatch ingest DIR --threads 0 --db ...

Starts the import command, then for each path of paths.txt runs wrk (Debian package `wrk`) PAIRS times in
alternating windows: the import stopped (SIGSTOP), then the import running (SIGCONT). Stops the import with
SIGTERM at the end. Each path is first requested for 2 s, not counted. The two conditions share the same minutes, so the machine's own noise (this project's build
machine loses up to 40 % of a window to other virtual machines: the "steal" column) falls on both alike; one
idle pass followed by one import pass compares whichever minutes were quieter.

Prints per path each window's p95 (ms) and CPU steal (%), the median p95 of each condition and their ratio;
then the errors (socket errors, timeouts, non-2xx answers) of all windows and the articles the import stored.
"""
import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = re.compile(r"requests=(\d+) p50=([\d.]+)ms p95=([\d.]+)ms .* errors=(\d+) non2xx=(\d+)")


def cpu_times():
    with open("/proc/stat") as f:
        return [int(x) for x in f.readline().split()[1:9]]


def window(base, path, seconds, connections):
    """One wrk run: (p95 ms, errors, steal %)."""
    before = cpu_times()
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", os.path.join(HERE, "report.lua"), base + path],
        capture_output=True, text=True, check=True).stdout
    after = cpu_times()
    spent = [b - a for a, b in zip(before, after)]
    match = WINDOW.search(out)
    if match is None:
        sys.exit(f"wrk printed no summary for {path}:\n{out}")
    return float(match[3]), int(match[4]) + int(match[5]), 100 * spent[7] // max(sum(spent), 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:5098")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("import_command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.import_command[1:] if args.import_command[:1] == ["--"] else args.import_command
    if not command:
        parser.error("give the import command after --")
    with open(os.path.join(HERE, "paths.txt")) as f:
        paths = [line.strip() for line in f if line.strip()]

    log = tempfile.TemporaryFile(mode="w+")
    importer = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    errors = 0
    try:
        for path in paths:
            results = {"idle": [], "import": []}
            window(args.base, path, 2, args.connections)  # warm-up, not counted: a page's first requests compile code
            for _ in range(args.pairs):
                for condition, sig in (("idle", signal.SIGSTOP), ("import", signal.SIGCONT)):
                    importer.send_signal(sig)
                    p95, failed, steal = window(args.base, path, args.seconds, args.connections)
                    results[condition].append((p95, steal))
                    errors += failed
            idle = statistics.median(p95 for p95, _ in results["idle"])
            busy = statistics.median(p95 for p95, _ in results["import"])
            print(f"{path:<50} idle p95 {[p for p, _ in results['idle']]} steal {[s for _, s in results['idle']]} | "
                  f"import p95 {[p for p, _ in results['import']]} steal {[s for _, s in results['import']]} | "
                  f"median {idle:.1f} → {busy:.1f} ms = {busy / idle:.2f}×", flush=True)
    finally:
        importer.send_signal(signal.SIGCONT)
        importer.terminate()
        importer.wait()
    log.seek(0)
    stored = sum(1 for line in log if line.startswith("ingested"))
    print(f"errors and non-2xx answers in all windows: {errors}; articles the import stored: {stored}; its exit code {importer.returncode}")
    if importer.returncode not in (0, -signal.SIGTERM, 143):
        sys.exit("the import failed before the measurement ended")


if __name__ == "__main__":
    main()
