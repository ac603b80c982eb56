#!/usr/bin/env bash
# HTTP load: POST /api/v1/claims/scrub (the five-administration encounter) and GET /health/live, measured one after
# the other against the same Release server in one run. Prints requests/s for both, their ratio, p50/p99 latency and
# errors (non-2xx responses + socket errors). Target: scrub >= 0.7 x health with zero errors.
# Usage: tests/load/run.sh            env: DURATION (default 20s), CONNECTIONS (32), THREADS (1), PORT (5080)
set -euo pipefail
source "$(dirname "$0")/common.sh"

DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"

if ! command -v wrk >/dev/null; then
  echo "installing wrk" >&2
  (apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null)) >&2
fi

publish_api
start_api
wait_for /health/live >/dev/null

export BODY_FILE REPORT_LUA="$ROOT/tests/load/wrk-report.lua" LOAD_API_KEY
BODY_FILE="$(mktemp)"
jq -c . "$ROOT/tests/load/encounters/five-administrations.json" > "$BODY_FILE"

status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H "X-Api-Key: $LOAD_API_KEY" \
  --data-binary @"$BODY_FILE" "$BASE_URL/api/v1/claims/scrub")
[ "$status" = "200" ] || { echo "scrub answered $status before the run; aborting" >&2; exit 1; }

measure() { # measure NAME LUA URL DURATION -> NAME rps p50 p99 errors
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s "$ROOT/tests/load/$2" "$3" | grep '^RESULT')
  echo "$out" | awk -v name="$1" '{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %.0f %.2f %.2f %d\n", name, v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, v["non2xx"] + v["socket"]
  }'
}

# Warm-up (JIT, tiered compilation, connection pools), not reported.
measure warmup health.lua "$BASE_URL/health/live" 5s >/dev/null
measure warmup scrub.lua "$BASE_URL/api/v1/claims/scrub" 5s >/dev/null

health=$(measure health health.lua "$BASE_URL/health/live" "$DURATION")
scrub=$(measure scrub scrub.lua "$BASE_URL/api/v1/claims/scrub" "$DURATION")
rm -f "$BODY_FILE"

machine_line
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION; server: Release, ASPNETCORE_ENVIRONMENT=Production, logs to /dev/null"
printf '%-8s %10s %9s %9s %7s\n' endpoint 'req/s' 'p50 ms' 'p99 ms' errors
printf '%-8s %10s %9s %9s %7s\n' $health
printf '%-8s %10s %9s %9s %7s\n' $scrub
read -r _ health_rps _ _ health_errors <<<"$health"
read -r _ scrub_rps _ _ scrub_errors <<<"$scrub"
awk -v s="$scrub_rps" -v h="$health_rps" 'BEGIN { printf "ratio scrub/health: %.2f (target >= 0.70)\n", s / h }'
echo "errors: $(( health_errors + scrub_errors )) (target 0)"
