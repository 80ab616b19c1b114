-- wrk script for bench/opinions.sh: posts the opinion form with one session's cookie and CSRF token and
-- counts the answers that are a redirect to the receipt page (an accepted opinion), keeping each receipt number;
-- done() writes them to OPINION_RECEIPTS (one per line) so that the script can look each one up in the database.
-- OPINION_SESSIONS: "cookie token" pairs, one per line; requests take them in turn (submitters with their own sessions)
local path = os.getenv("OPINION_PATH")
local sessions = {}
for line in string.gmatch(os.getenv("OPINION_SESSIONS"), "[^\n]+") do
  local cookie, token = string.match(line, "(%S+) (%S+)")
  table.insert(sessions, {cookie = cookie, token = token})
end
local threads = {}
local n = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  accepted, other, receipts = 0, 0, {}
end

function request()
  n = n + 1
  local s = sessions[(n + math.random(#sessions)) % #sessions + 1]
  local body = "_csrf=" .. s.token .. "&submitterType=individual&address=%E6%9D%B1%E4%BA%AC%E9%83%BD%E4%B8%89%E9%B7%B9%E5%B8%82"
    .. "&name=%E8%B2%A0%E8%8D%B7%E8%A9%A6%E9%A8%93&phone=0422-45-1151&planId=" .. os.getenv("OPINION_PLAN")
    .. "&opinion=bench+" .. n
  return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = s.cookie}, body)
end

function response(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  local number = string.match(location, "/receipt%?number=(PC%-[%w%-]+)")
  if status == 302 and number then
    accepted = accepted + 1
    receipts[accepted] = number
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, o = 0, 0
  local out = io.open(os.getenv("OPINION_RECEIPTS"), "w")
  for _, t in ipairs(threads) do
    a = a + t:get("accepted")
    o = o + t:get("other")
    for _, number in ipairs(t:get("receipts")) do
      out:write(number, "\n")
    end
  end
  out:close()
  print(string.format("ACCEPTED %d", a))
  print(string.format("OTHER %d", o))
end
