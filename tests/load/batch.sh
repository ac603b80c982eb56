#!/usr/bin/env bash
# Batch throughput: COUNT (default 100000) copies of the five-administration encounter, each with its own
# encounterId, as one NDJSON request to POST /api/v1/claims/scrub/batch, streamed by curl from a file.
# Prints encounters/s, the result counts and the server's peak resident memory (VmHWM) before and after.
# Targets: >= 20,000 encounters/s, peak memory < 300 MB.   Usage: tests/load/batch.sh [COUNT]
set -euo pipefail
source "$(dirname "$0")/common.sh"

COUNT="${1:-100000}"
WORK="$(mktemp -d)"
trap 'stop_api; rm -rf "$WORK"' EXIT

jq -c . "$ROOT/tests/load/encounters/five-administrations.json" \
  | awk -v n="$COUNT" '{ for (i = 0; i < n; i++) { line = $0; sub(/LOAD-FIVE-ADMIN/, sprintf("LOAD-%07d", i), line); print line } }' \
  > "$WORK/batch.ndjson"
echo "request: $COUNT encounters, $(( $(stat -c %s "$WORK/batch.ndjson") / 1024 / 1024 )) MB of NDJSON" >&2

publish_api
# The 100,000-encounter body fits the default batch body limit (RequestLimits:MaxBatchBodyBytes, 256 MiB).
start_api
wait_for /health/live >/dev/null
# One small batch first so JIT and first-use costs are not in the figure.
head -n 100 "$WORK/batch.ndjson" | curl -sf -X POST -H 'Content-Type: application/x-ndjson' -H "X-Api-Key: $LOAD_API_KEY" \
  --data-binary @- "$BASE_URL/api/v1/claims/scrub/batch" -o /dev/null
before=$(peak_rss_mb)

seconds=$(curl -sf -X POST -H 'Content-Type: application/x-ndjson' -H "X-Api-Key: $LOAD_API_KEY" -T "$WORK/batch.ndjson" \
  "$BASE_URL/api/v1/claims/scrub/batch" -o "$WORK/results.ndjson" -w '%{time_total}')
after=$(peak_rss_mb)

entries=$(wc -l < "$WORK/results.ndjson")
ok=$(grep -c '^{"index":[0-9]*,"status":200,' "$WORK/results.ndjson" || true)
machine_line
echo "curl -T batch.ndjson (streamed) -> POST /api/v1/claims/scrub/batch; server: Release, Production, logs to /dev/null"
echo "encounters: $COUNT  result lines: $entries  status 200: $ok  response: $(( $(stat -c %s "$WORK/results.ndjson") / 1024 / 1024 )) MB"
awk -v n="$COUNT" -v s="$seconds" 'BEGIN { printf "time: %.2f s  throughput: %.0f encounters/s (target >= 20000)\n", s, n / s }'
echo "server peak RSS (VmHWM): ${before} MB after warm-up, ${after} MB after the batch (target < 300 MB)"
