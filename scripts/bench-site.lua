-- wrk script for scripts/bench-site.sh: GET every path of a file in turn, round and round for the
-- whole run, with one Accept header; thread k of T starts at the k-th path and takes every T-th.
--   wrk ... -s scripts/bench-site.lua URL -- PATHS_FILE ACCEPT THREADS
-- Requests are formatted once in init(): building them per request would cost more than the server.

local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

function init(args)
  local file, accept = args[1], args[2]
  local threads = tonumber(args[3])
  requests = {}
  for path in io.lines(file) do
    requests[#requests + 1] = wrk.format("GET", path, { ["Accept"] = accept })
  end
  step = threads
  position = id + 1
end

function request()
  local r = requests[position]
  position = position + step
  if position > #requests then
    position = position - #requests
  end
  return r
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f errors_status=%d errors_socket=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
