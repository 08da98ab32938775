-- wrk script: POSTs each pre-minted OIDC token to /_/oidc/mint-token exactly once.
-- Tokens come from tokens.txt (one per line); thread i takes every n-th line starting at i.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  local i = 0
  local total = tonumber(os.getenv("BENCH_THREADS") or "2")
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if i % total == (id - 1) then
      tokens[#tokens + 1] = line
    end
    i = i + 1
  end
  next_token = 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local t = tokens[next_token]
  next_token = next_token + 1
  if t == nil then
    t = tokens[1] -- out of fresh tokens: a replay, which the server refuses (shows as non-2xx)
  end
  return wrk.format(nil, nil, nil, '{"token":"' .. t .. '"}')
end
