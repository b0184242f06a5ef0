-- wrk script: POST the article to /v1/check as JSON; prints one RESULT line that run.sh parses.
-- ARTICLE (path of a UTF-8 text file) and API_KEY (optional) come from the environment.
local path = os.getenv("ARTICLE") or "article-3000.txt"
local f = assert(io.open(path, "rb"))
local text = f:read("*a")
f:close()

local function escape(s)
  return (s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"'
    elseif c == '\\' then return '\\\\'
    elseif c == '\n' then return '\\n'
    elseif c == '\r' then return '\\r'
    elseif c == '\t' then return '\\t'
    else return string.format('\\u%04x', c:byte()) end
  end))
end

wrk.method = "POST"
wrk.body = '{"text":"' .. escape(text) .. '","documentDate":"2026-11-20","dataId":"loadtest"}'
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("API_KEY")
if key and key ~= "" then
  wrk.headers["X-Api-Key"] = key
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.3f p99_ms=%.3f connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
