-- wrk script: one line per run with the percentiles wrk does not print by default, and the errors.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("requests=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms errors=%d non2xx=%d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status))
end
