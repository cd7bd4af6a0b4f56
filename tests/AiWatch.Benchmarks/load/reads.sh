#!/usr/bin/env bash
# Read latency of the pages and searches issue 6 names (paths.txt), with wrk (Debian package `wrk`), against a running app.
#   tests/AiWatch.Benchmarks/load/reads.sh http://127.0.0.1:5099 [seconds per URL, default 10] [connections, default 2]
# One line per URL: requests, p50/p95/p99/max and errors (socket errors, timeouts, non-2xx/3xx answers).
set -euo pipefail
base=${1:?usage: reads.sh BASE_URL [SECONDS] [CONNECTIONS]}
seconds=${2:-10}
connections=${3:-2}
here=$(dirname "$0")
mapfile -t paths < "$here/paths.txt"
for path in "${paths[@]}"; do
  printf '%-50s ' "$path"
  wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/report.lua" "$base$path" | tail -1
done
