-- Shared by the wrk scripts: one line per scenario that run.sh collects (times in milliseconds).
function report(summary, latency)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %s requests=%d rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f socket_errors=%d non2xx=%d\n",
    os.getenv("ODM_LABEL") or "?", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
