-- GET /health/live with the same headers as scrub.lua, so the two runs differ only in the work behind them.
wrk.headers["X-Api-Key"] = os.getenv("LOAD_API_KEY")

dofile(os.getenv("REPORT_LUA"))
