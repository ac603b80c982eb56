#!/usr/bin/env bash
# Shared by run.sh, batch.sh and startup.sh: publish the API in Release, start it on a loopback port, wait for
# readiness, stop it. Sourced, not run. Console logs go to /dev/null as a production container's would leave the
# process (request logging stays on; only where the bytes land differs).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Under a bin/ folder so .gitignore already covers it.
PUBLISH_DIR="${PUBLISH_DIR:-$ROOT/tests/load/bin/api}"
# What is published and started: the API itself, or (run.sh) the load host, which is the API plus one endpoint.
PUBLISH_PROJECT="${PUBLISH_PROJECT:-$ROOT/src/OncologyBilling.Api}"
SERVER_DLL="${SERVER_DLL:-OncologyBilling.Api.dll}"
PORT="${PORT:-5080}"
BASE_URL="http://127.0.0.1:$PORT"
# A throwaway key for the API-key check; only its SHA-256 goes into the server's configuration.
LOAD_API_KEY="${LOAD_API_KEY:-load-test-key-not-a-secret}"
SERVER_PID=""

# require TOOL...: installs each missing command-line tool from its Debian package of the same name (a fresh machine
# has the .NET SDK only).
require() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null; then
      echo "installing $tool" >&2
      (apt-get install -y "$tool" >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y "$tool" >/dev/null)) >&2
    fi
  done
}

publish_api() {
  if [ "${SKIP_PUBLISH:-0}" != "1" ]; then
    echo "publishing Release build to $PUBLISH_DIR" >&2
    dotnet publish "$PUBLISH_PROJECT" -c Release -o "$PUBLISH_DIR" --nologo -v quiet >&2
  fi
}

api_key_hash() {
  printf '%s' "$LOAD_API_KEY" | sha256sum | cut -d' ' -f1
}

# start_api [extra VAR=value ...]: starts the published API in the background, sets SERVER_PID.
# Production settings except: one API key (scopes scrub and read) whose per-minute budget the load cannot exhaust,
# and no HTTPS redirect, since the load stays on plain HTTP over loopback.
start_api() {
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE_URL" DOTNET_NOLOGO=1 \
    ApiKeys__Keys__0__Name=load-test ApiKeys__Keys__0__Sha256="$(api_key_hash)" \
    ApiKeys__Keys__0__Scopes__0=scrub ApiKeys__Keys__0__Scopes__1=read ApiKeys__Keys__0__PermitsPerMinute=1000000000 \
    Transport__HttpsRedirection=false "$@" \
    dotnet "$PUBLISH_DIR/$SERVER_DLL" >/dev/null 2>&1 &
  SERVER_PID=$!
  trap stop_api EXIT
}

# wait_for PATH [timeout seconds]: polls PATH every 10 ms until it answers 200; prints the milliseconds it took.
wait_for() {
  local path=$1 timeout_ms=$(( ${2:-60} * 1000 )) start now
  start=$(date +%s%3N)
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL$path" || true)" = "200" ]; then
      now=$(date +%s%3N); echo $(( now - start )); return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server exited before it was ready" >&2; return 1; fi
    now=$(date +%s%3N)
    if [ $(( now - start )) -gt "$timeout_ms" ]; then echo "not ready after ${timeout_ms} ms" >&2; return 1; fi
    sleep 0.01
  done
}

stop_api() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# Peak resident memory (VmHWM) of the server so far, in MB.
peak_rss_mb() {
  awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM; load average:$(uptime | awk -F'load average:' '{print $2}'); $(date -u +%Y-%m-%dT%H:%MZ)"
}
