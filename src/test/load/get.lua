-- wrk script: GET requests with invitation bearers, one diagnostic per thread (use -t = -c).
-- Env: ODM_TARGETS (lines "<diagnostic id> <token> ..."), ODM_PATH (a path with {id}, e.g. /api/diagnostics/{id}).
local targets = {}
local counter = 0

function setup(thread)
  if #targets == 0 then
    local f = assert(io.open(os.getenv("ODM_TARGETS"), "r"))
    for line in f:lines() do
      local id, token = string.match(line, "^(%S+) (%S+)")
      if id then targets[#targets + 1] = { id, token } end
    end
    f:close()
  end
  counter = counter + 1
  local t = targets[((counter - 1) % #targets) + 1]
  thread:set("diag", t[1])
  thread:set("token", t[2])
end

function init(args)
  local path = string.gsub(os.getenv("ODM_PATH"), "{id}", diag)
  req = wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function request()
  return req
end

function done(summary, latency, requests)
  report(summary, latency)
end

dofile(os.getenv("ODM_LOAD_DIR") .. "/report.lua")
