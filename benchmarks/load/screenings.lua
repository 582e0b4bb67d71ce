-- POST /api/screenings with a rotation of parties: listed names (hits), near misses and clean names.
-- The API key comes from the environment (CLEARANCE_KEY); every request is audited by the server.
local names = {
  '{"name":"Usama bin Laden"}',
  '{"name":"Acme Trading GmbH","country":"DE"}',
  '{"name":"Ivan Petrov","country":"RU","dob":"1970"}',
  '{"name":"Rosoboronexport","country":"RU"}',
  '{"name":"Maria Gonzalez","country":"ES"}',
  '{"name":"Korea Mining Development Trading Corporation"}',
  '{"name":"Tanaka Seiki Co Ltd","country":"JP"}',
  '{"name":"Bank Melli Iran"}',
  '{"name":"Oceanic Shipping Ltd","type":"organization"}',
  '{"name":"Li Wei","country":"CN","dob":"1980-03-02"}',
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("CLEARANCE_KEY")
request = function()
  i = i % #names + 1
  return wrk.format(nil, "/api/screenings", nil, names[i])
end
-- Non-2xx answers are counted by wrk ("Non-2xx or 3xx responses"); print the first few to see why.
local shown = 0
response = function(status, headers, body)
  if status >= 300 and shown < 3 then
    shown = shown + 1
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
