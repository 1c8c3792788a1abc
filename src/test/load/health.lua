-- wrk script: the reference, /q/health/live (no database, no authentication).
function done(summary, latency, requests)
  report(summary, latency)
end

dofile(os.getenv("ODM_LOAD_DIR") .. "/report.lua")
