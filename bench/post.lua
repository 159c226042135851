-- wrk script for bench/run: POSTs the files named in BENCH_BODIES (comma-separated) in turn, with
-- the Authorization header in BENCH_AUTH, and prints one line of JSON when done.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")

local bodies = {}
for path in string.gmatch(os.getenv("BENCH_BODIES"), "[^,]+") do
    local file = assert(io.open(path, "rb"))
    table.insert(bodies, file:read("*a"))
    file:close()
end

-- Formatted in init: only then do wrk.host and wrk.path hold the target's.
local prepared = {}
init = function(args)
    for _, body in ipairs(bodies) do
        table.insert(prepared, wrk.format(nil, nil, nil, body))
    end
end

local next = 0
request = function()
    next = next % #prepared + 1
    return prepared[next]
end

done = function(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        'BENCH_JSON {"requests":%d,"durationUs":%d,"non2xx":%d,"socketErrors":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d}\n',
        summary.requests, summary.duration, errors.status,
        errors.connect + errors.read + errors.write + errors.timeout,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
