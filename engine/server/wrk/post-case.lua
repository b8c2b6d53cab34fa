-- wrk script: POST one case file (CASE, default examples/acme-retail.yaml) to /api/v1/assessments.
wrk.method = "POST"
local path = os.getenv("CASE") or "examples/acme-retail.yaml"
local f = assert(io.open(path, "rb"))
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = path:match("%.json$") and "application/json" or "application/yaml"
wrk.path = "/api/v1/assessments" .. (os.getenv("QUERY") or "")

-- A run where some answers were not 200 measures errors, not assessments: say so at the end.
local non200 = 0
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
