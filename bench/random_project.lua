-- wrk script: GET /simple/<project>/ for a random project each time, with pip's headers.
-- Names come from the file BENCH_NAMES (one normalized name per line); every thread draws its own sequence.
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  names = {}
  for line in io.lines(os.getenv("BENCH_NAMES")) do
    names[#names + 1] = line
  end
  math.randomseed(os.time() * 1000 + id)
  wrk.headers["Accept"] = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01"
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  return wrk.format("GET", "/simple/" .. names[math.random(#names)] .. "/")
end
