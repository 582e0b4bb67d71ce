-- POST /api/determinations with a rotation of exports (both regimes, several dates, items, end uses, end users).
-- The API key comes from the environment (CLEARANCE_KEY); every request is audited by the server.
local bodies = {
  '{"from":"JP","to":"KR","item":"3C002","date":"2019-07-10","consignee":"Acme","quantity":5,"value":1000,"currency":"USD"}',
  '{"from":"JP","to":"US","item":"2B001","date":"2020-01-15"}',
  '{"from":"KR","to":"JP","item":"3C002","date":"2019-10-01"}',
  '{"from":"JP","to":"CN","item":"NONE","date":"2023-05-01","endUse":"wmd","hs":"8471"}',
  '{"from":"JP","to":"KR","item":"1C350","date":"2023-08-01"}',
  '{"from":"KR","to":"CN","item":"3A001","date":"2021-06-30","endUser":"Acme Trading GmbH"}',
  '{"from":"JP","to":"RU","item":"NONE","date":"2024-02-01","endUse":"unknown","endUser":"Rosoboronexport"}',
  '{"from":"KR","to":"US","item":"5A002","date":"2023-05-01"}',
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("CLEARANCE_KEY")
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, "/api/determinations", nil, bodies[i])
end
local shown = 0
response = function(status, headers, body)
  if status >= 300 and shown < 3 then
    shown = shown + 1
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
