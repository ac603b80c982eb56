#!/usr/bin/env bash
# Startup: milliseconds from launching the published API to the first 200 from /health/ready, RUNS times (default 3),
# with the embedded reference data and, when REFDATA (default ../shared/refdata beside the repository) exists, with
# the full CMS files through ReferenceData:Path. Peak memory after ready is printed too.
set -euo pipefail
source "$(dirname "$0")/common.sh"

RUNS="${RUNS:-3}"
REFDATA="${REFDATA:-$ROOT/../shared/refdata}"

publish_api
machine_line
measure_startup() { # measure_startup LABEL [VAR=value ...]
  local label=$1; shift
  for run in $(seq "$RUNS"); do
    start_api "$@"
    ms=$(wait_for /health/ready 120)
    echo "$label run $run: ready in $ms ms, peak RSS $(peak_rss_mb) MB"
    stop_api
  done
}

measure_startup "embedded data"
if [ -d "$REFDATA" ]; then
  measure_startup "full CMS files ($REFDATA)" ReferenceData__Path="$(cd "$REFDATA" && pwd)"
else
  echo "no $REFDATA: full-file startup not measured"
fi
