#!/usr/bin/env bash
# HTTP load on one server, the load host (tests/OncologyBilling.LoadHost: the API's own services and middleware plus
# one endpoint that answers with a ready-made claim). In each round, one after the other:
#   health      GET  /health/live
#   scrub       POST /api/v1/claims/scrub               the five-administration encounter
#   ready-made  POST /load/ready-made-claim             same body in, the scrub endpoint's own answer out (captured
#                                                       from scrub before the run), serialised per request by the
#                                                       same JSON options and result type; no reading, validating
#                                                       or scrubbing
#   bytes       POST /load/ready-made-bytes             the same answer as stored bytes: the transport's ceiling
#   compact     POST /api/v1/claims/scrub?detail=compact  only when the server accepts the option
# Prints requests/s, p50/p99 latency and errors (non-2xx + socket errors) per endpoint and, per round, the ratios
# scrub/health (target >= 0.35, ceiling about 0.45) and scrub/ready-made (target >= 0.80).
# Usage: tests/load/run.sh     env: DURATION (default 20s), ROUNDS (2), CONNECTIONS (32), THREADS (1), PORT (5080)
set -euo pipefail
export PUBLISH_DIR="${PUBLISH_DIR:-$(cd "$(dirname "$0")" && pwd)/bin/loadhost}"
export PUBLISH_PROJECT="${PUBLISH_PROJECT:-$(cd "$(dirname "$0")/../OncologyBilling.LoadHost" && pwd)}"
export SERVER_DLL=OncologyBilling.LoadHost.dll
source "$(dirname "$0")/common.sh"

DURATION="${DURATION:-20s}"
ROUNDS="${ROUNDS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"

require wrk jq curl

WORK="$(mktemp -d)"
trap 'stop_api; rm -rf "$WORK"' EXIT
publish_api
start_api
# start_api set its own EXIT trap; put back the one that also removes the work folder.
trap 'stop_api; rm -rf "$WORK"' EXIT
wait_for /health/live >/dev/null

export BODY_FILE="$WORK/body.json" REPORT_LUA="$ROOT/tests/load/wrk-report.lua" LOAD_API_KEY
jq -c . "$ROOT/tests/load/encounters/five-administrations.json" > "$BODY_FILE"

post() { # post PATH OUTPUT -> HTTP status
  curl -s -o "$2" -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H "X-Api-Key: $LOAD_API_KEY" \
    --data-binary @"$BODY_FILE" "$BASE_URL$1"
}

status=$(post /api/v1/claims/scrub "$WORK/claim.json")
[ "$status" = "200" ] || { echo "scrub answered $status before the run; aborting" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' -H "X-Api-Key: $LOAD_API_KEY" \
  --data-binary @"$WORK/claim.json" "$BASE_URL/load/ready-made-claim")
[ "$status" = "204" ] || { echo "storing the ready-made claim answered $status; aborting" >&2; exit 1; }
for yardstick in claim bytes; do
  status=$(post "/load/ready-made-$yardstick" "$WORK/ready-made-$yardstick.json")
  cmp -s "$WORK/claim.json" "$WORK/ready-made-$yardstick.json" \
    || { echo "ready-made $yardstick ($status) differs from scrub's answer" >&2; exit 1; }
done
endpoints="health scrub ready-made bytes"
# The compact option (issue 14) is measured when this server has it: a 200 that is smaller than the full answer.
if [ "$(post '/api/v1/claims/scrub?detail=compact' "$WORK/compact.json")" = "200" ] \
  && [ "$(stat -c %s "$WORK/compact.json")" -lt "$(stat -c %s "$WORK/claim.json")" ]; then
  endpoints="$endpoints compact"
else
  rm -f "$WORK/compact.json"
fi

url_for() {
  case $1 in
    health) echo "$BASE_URL/health/live" ;;
    scrub) echo "$BASE_URL/api/v1/claims/scrub" ;;
    ready-made) echo "$BASE_URL/load/ready-made-claim" ;;
    bytes) echo "$BASE_URL/load/ready-made-bytes" ;;
    compact) echo "$BASE_URL/api/v1/claims/scrub?detail=compact" ;;
  esac
}
lua_for() { if [ "$1" = health ]; then echo health.lua; else echo scrub.lua; fi; }

measure() { # measure NAME DURATION -> NAME rps p50 p99 errors
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$ROOT/tests/load/$(lua_for "$1")" "$(url_for "$1")" | grep '^RESULT')
  echo "$out" | awk -v name="$1" '{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "%s %.0f %.2f %.2f %d\n", name, v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000, v["p99_us"] / 1000, v["non2xx"] + v["socket"]
  }'
}

# Warm-up (JIT, tiered compilation, connection pools), not reported.
for name in $endpoints; do measure "$name" 5s >/dev/null; done

machine_line
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION; server: load host (the API + /load/ready-made-claim), Release,"
echo "ASPNETCORE_ENVIRONMENT=Production, logs to /dev/null; response bytes: scrub $(stat -c %s "$WORK/claim.json"),"\
" ready-made $(stat -c %s "$WORK/ready-made-claim.json")$([ -f "$WORK/compact.json" ] && echo ", compact $(stat -c %s "$WORK/compact.json")")"
errors=0
for round in $(seq "$ROUNDS"); do
  echo "round $round"
  printf '  %-10s %10s %9s %9s %7s\n' endpoint 'req/s' 'p50 ms' 'p99 ms' errors
  declare -A rps=()
  for name in $endpoints; do
    result=$(measure "$name" "$DURATION")
    printf '  %-10s %10s %9s %9s %7s\n' $result
    read -r _ r _ _ e <<<"$result"
    rps[$name]=$r
    errors=$(( errors + e ))
  done
  awk -v s="${rps[scrub]}" -v h="${rps[health]}" -v m="${rps[ready-made]}" 'BEGIN {
    printf "  ratio scrub/health: %.2f (target >= 0.35)   scrub/ready-made: %.2f (target >= 0.80)\n", s / h, s / m }'
  awk -v m="${rps[ready-made]}" -v b="${rps[bytes]}" -v h="${rps[health]}" 'BEGIN {
    printf "  ratio ready-made/health: %.2f   bytes/health: %.2f\n", m / h, b / h }'
  if [ -n "${rps[compact]:-}" ]; then
    awk -v c="${rps[compact]}" -v h="${rps[health]}" 'BEGIN { printf "  ratio compact/health: %.2f\n", c / h }'
  fi
  unset rps
done
echo "errors: $errors (target 0)"
