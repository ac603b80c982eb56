#!/usr/bin/env bash
# Batch throughput: COUNT (default 100000) copies of the five-administration encounter, each with its own
# encounterId, as one NDJSON request to POST /api/v1/claims/scrub/batch, streamed by curl from a file.
# First a warm-up batch of WARMUP (default 10000) encounters, timed and reported on its own, so the figure is the
# steady-state rate after JIT and tiered compilation; then the measured batch. Prints encounters/s, the result
# counts and the server's peak resident memory (VmHWM) after the warm-up and after the batch.
# DETAIL=compact measures the compact form (?detail=compact).
# Targets (issue 14): >= 12,000 encounters/s after a warm-up, peak memory < 300 MB.   Usage: tests/load/batch.sh [COUNT]
set -euo pipefail
source "$(dirname "$0")/common.sh"
require jq curl

COUNT="${1:-100000}"
WARMUP="${WARMUP:-10000}"
DETAIL="${DETAIL:-full}"
WORK="$(mktemp -d)"
trap 'stop_api; rm -rf "$WORK"' EXIT
ROUTE="$BASE_URL/api/v1/claims/scrub/batch?detail=$DETAIL"

jq -c . "$ROOT/tests/load/encounters/five-administrations.json" \
  | awk -v n="$COUNT" '{ for (i = 0; i < n; i++) { line = $0; sub(/LOAD-FIVE-ADMIN/, sprintf("LOAD-%07d", i), line); print line } }' \
  > "$WORK/batch.ndjson"
head -n "$WARMUP" "$WORK/batch.ndjson" > "$WORK/warmup.ndjson"
echo "request: $COUNT encounters, $(( $(stat -c %s "$WORK/batch.ndjson") / 1024 / 1024 )) MB of NDJSON; warm-up $(wc -l < "$WORK/warmup.ndjson")" >&2

publish_api
# The 100,000-encounter body fits the default batch body limit (RequestLimits:MaxBatchBodyBytes, 256 MiB).
start_api
wait_for /health/live >/dev/null

# send FILE OUT: streams FILE to the batch endpoint, prints curl's total time in seconds.
send() {
  curl -sf -X POST -H 'Content-Type: application/x-ndjson' -H "X-Api-Key: $LOAD_API_KEY" -T "$1" "$ROUTE" -o "$2" -w '%{time_total}'
}

warm_seconds=$(send "$WORK/warmup.ndjson" /dev/null)
before=$(peak_rss_mb)
seconds=$(send "$WORK/batch.ndjson" "$WORK/results.ndjson")
after=$(peak_rss_mb)

entries=$(wc -l < "$WORK/results.ndjson")
ok=$(grep -c '^{"index":[0-9]*,"status":200,' "$WORK/results.ndjson" || true)
machine_line
echo "curl -T batch.ndjson (streamed) -> POST /api/v1/claims/scrub/batch?detail=$DETAIL; server: Release, Production, logs to /dev/null"
awk -v n="$(wc -l < "$WORK/warmup.ndjson")" -v s="$warm_seconds" 'BEGIN { printf "warm-up batch: %d encounters in %.2f s, %.0f encounters/s (not the figure)\n", n, s, n / s }'
echo "encounters: $COUNT  result lines: $entries  status 200: $ok  response: $(( $(stat -c %s "$WORK/results.ndjson") / 1024 / 1024 )) MB"
awk -v n="$COUNT" -v s="$seconds" 'BEGIN { printf "steady state: %.2f s, %.0f encounters/s (target >= 12000)\n", s, n / s }'
echo "server peak RSS (VmHWM): ${before} MB after the warm-up batch, ${after} MB after the batch (target < 300 MB)"
