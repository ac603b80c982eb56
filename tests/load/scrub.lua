-- POST the five-administration encounter (BODY_FILE, compact JSON) to the scrub endpoint.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = os.getenv("LOAD_API_KEY")

dofile(os.getenv("REPORT_LUA"))
