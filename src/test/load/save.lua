-- wrk script: answer saves (PATCH /api/diagnostics/{id}/answers) with invitation bearers.
-- Every wrk thread (use -t = -c, one connection per thread) takes one line of the targets file:
--   <diagnostic id> <invitation token> <question id> <option,option,...>
-- and keeps its own state: the diagnostic's ETag (mode "if-match") or the answer's revision (mode "revision"), the
-- option it last wrote, and how many saves were acknowledged (2xx). Each save changes the answer (next option), so
-- every acknowledged save is one revision and one history row. done() writes what was acknowledged to ODM_ACKS so
-- that the driver can check that the database holds every acknowledged write.
--
-- Env: ODM_TARGETS (targets file), ODM_MODE (if-match | revision), ODM_ACKS (output file).

local targets = {}
local threads = {}
local counter = 0

local function split(s, sep)
  local out = {}
  for part in string.gmatch(s, "([^" .. sep .. "]+)") do out[#out + 1] = part end
  return out
end

local function load_targets()
  local f = assert(io.open(os.getenv("ODM_TARGETS"), "r"))
  for line in f:lines() do
    local p = split(line, " ")
    if #p >= 4 then targets[#targets + 1] = p end
  end
  f:close()
end

function setup(thread)
  if #targets == 0 then load_targets() end
  counter = counter + 1
  local t = targets[((counter - 1) % #targets) + 1]
  thread:set("diag", t[1])
  thread:set("token", t[2])
  thread:set("question", t[3])
  thread:set("options", t[4])
  thread:set("mode", os.getenv("ODM_MODE") or "if-match")
  thread:set("index", counter)
  threads[#threads + 1] = thread
end

-- Per-thread globals (thread:set/get reach globals only): diag, token, question, options, mode come from setup.
local etag, revision = nil, nil
local choice = 1
local pending = nil      -- the option index sent in the request in flight
local sent_patch = false
acks, conflicts, others, last_version, last_ack_option = 0, 0, 0, "?", "-"

function init(args)
  option_list = split(options, ",")
end

local function header(headers, name)
  return headers[name] or headers[string.lower(name)] or headers[string.upper(name)]
end

function request()
  local path = "/api/diagnostics/" .. diag
  local auth = { ["Authorization"] = "Bearer " .. token }
  if (mode == "if-match" and etag == nil) or (mode == "revision" and revision == nil) then
    sent_patch = false
    return wrk.format("GET", path, auth)
  end
  local next_choice = (choice % #option_list) + 1
  pending = next_choice
  sent_patch = true
  local entry = '{"question":"' .. question .. '","value":"' .. option_list[next_choice] .. '"'
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if mode == "if-match" then
    headers["If-Match"] = etag
  else
    entry = entry .. ',"revision":' .. revision
  end
  return wrk.format("PATCH", path .. "/answers", headers, '{"answers":[' .. entry .. "}]}")
end

-- The revision and value of our question in a diagnostic's JSON (a small scan, no JSON library in wrk).
local function our_answer(body)
  local at = string.find(body, '"question":"' .. question .. '"', 1, true)
  if at == nil then return 0, nil end
  local rest = string.sub(body, at)
  local stop = string.find(rest, "}", 1, true) or #rest
  local object = string.sub(rest, 1, stop)
  local value = string.match(object, '"value":"([^"]*)"')
  local rev = tonumber(string.match(object, '"revision":(%d+)')) or 0
  return rev, value
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    etag = header(headers, "ETag") or etag
    if etag ~= nil then last_version = string.gsub(etag, '"', "") end
    local rev, value = our_answer(body)
    revision = rev
    if sent_patch then
      acks = acks + 1
      choice = pending
      last_ack_option = option_list[pending]
    else
      for i, o in ipairs(option_list) do if o == value then choice = i end end
    end
  elseif status == 409 or status == 412 then
    conflicts = conflicts + 1
    etag, revision = nil, nil -- read again
  else
    others = others + 1
    etag, revision = nil, nil
  end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("ODM_ACKS"), "w")
  for _, t in ipairs(threads) do
    out:write(string.format("%s %s %s %s %s %s %s\n", t:get("diag"), t:get("question"), t:get("acks"),
      t:get("conflicts"), t:get("others"), t:get("last_version"), t:get("last_ack_option")))
  end
  out:close()
  report(summary, latency)
end

dofile(os.getenv("ODM_LOAD_DIR") .. "/report.lua")
