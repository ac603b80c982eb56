#!/usr/bin/env bash
# Startup: milliseconds from launching the published API to the first 200 from /health/ready, RUNS times (default 3),
# with the shipped release files (the default) and, when REFDATA (default ../shared/refdata beside the repository)
# exists, with that folder as ReferenceData:Path (its files replace the shipped ones). Peak memory after ready is printed too.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require curl

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

measure_startup "shipped files (default)"
if [ -d "$REFDATA" ]; then
  measure_startup "ReferenceData:Path $REFDATA" ReferenceData__Path="$(cd "$REFDATA" && pwd)"
else
  echo "no $REFDATA: ReferenceData:Path startup not measured"
fi
