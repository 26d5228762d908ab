-- wrk script for scripts/bench-site.sh: POST one SPARQL query (form-encoded) over and over.
--   wrk ... -s scripts/bench-sparql.lua URL -- QUERY_FILE
function init(args)
  local f = assert(io.open(args[1], "r"))
  local query = f:read("*a")
  f:close()
  local encoded = query:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end)
  request_text = wrk.format("POST", nil, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/sparql-results+json",
  }, "query=" .. encoded)
end

function request()
  return request_text
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.1f errors_status=%d errors_socket=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
