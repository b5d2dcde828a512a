-- wrk script for bench/load.py: POST pre-encoded JSON bodies to /v1/annotate in rotation, and print
-- the run's figures as one JSON line when it ends. The body files are named, ";"-separated, in the
-- environment variable SCANNABLE_BENCH_BODIES.
local requests = {}
local count = 0
local turn = 0

init = function(args)
  for path in string.gmatch(os.getenv("SCANNABLE_BENCH_BODIES") or "", "[^;]+") do
    local f = assert(io.open(path, "rb"))
    local body = f:read("*a")
    f:close()
    count = count + 1
    requests[count] = wrk.format("POST", "/v1/annotate", {["Content-Type"] = "application/json"}, body)
  end
end

request = function()
  turn = turn % count + 1
  return requests[turn]
end

done = function(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, ' ..
    '"status_errors": %d, "timeouts": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
