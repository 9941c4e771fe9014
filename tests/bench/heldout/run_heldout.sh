#!/usr/bin/env bash
# Held-out evaluation end to end: generate a registry, import it into a fresh SQLite store,
# make sure duplicate candidates exist, start the server on loopback, run the search
# evaluation for the three URL encodings and the duplicate evaluation, stop the server.
#
#   tests/bench/heldout/run_heldout.sh SERVER_BINARY PEOPLE SEED WORKDIR
#
# The JSON figures go to stdout (one object per line); progress and logs go to stderr and to
# files in WORKDIR. Environment: HELDOUT_QUERIES (default 1000), HELDOUT_FORCE_SCAN=1 (run
# `duplicates scan` even when the import already recorded candidates), HELDOUT_STEP_TIMEOUT
# (seconds per step, default 3600), HELDOUT_REUSE_REGISTRY=1 (keep WORKDIR/registry when it
# exists: the same registry for two server builds).
set -euo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 SERVER_BINARY PEOPLE SEED WORKDIR" >&2
    exit 2
fi
SERVER=$(readlink -f "$1")
PEOPLE=$2
SEED=$3
WORK=$4
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
QUERIES=${HELDOUT_QUERIES:-1000}
STEP=${HELDOUT_STEP_TIMEOUT:-3600}

[ -x "$SERVER" ] || { echo "run_heldout: $SERVER is not an executable" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
REG="$WORK/registry"
DB="$WORK/heldout.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm" "$WORK/misses.jsonl"
# Keep whatever the server writes to its application data folder inside WORKDIR.
export XDG_DATA_HOME="$WORK/xdg-data" XDG_CONFIG_HOME="$WORK/xdg-config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

log() { echo "run_heldout: $*" >&2; }

SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

count_candidates() {
    python3 - "$DB" <<'PY'
import sqlite3, sys, urllib.parse, os
con = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(os.path.abspath(sys.argv[1])), uri=True)
print(con.execute("SELECT COUNT(*) FROM duplicate_candidates").fetchone()[0])
PY
}

if [ "${HELDOUT_REUSE_REGISTRY:-0}" = "1" ] && [ -f "$REG/patients.csv" ] && [ -f "$WORK/generate.json" ]; then
    log "reusing the registry in $REG"
else
    log "generating $PEOPLE people (seed $SEED)"
    timeout "$STEP" python3 "$HERE/make_registry.py" --people "$PEOPLE" --seed "$SEED" --queries "$QUERIES" \
        --out "$REG" >"$WORK/generate.json"
fi
cat "$WORK/generate.json" >&2

log "importing"
start=$(date +%s)
timeout "$STEP" "$SERVER" import --patients "$REG/patients.csv" --database "sqlite:$DB" >"$WORK/import.log" 2>&1 || {
    log "import failed:"; tail -n 30 "$WORK/import.log" >&2; exit 1; }
import_seconds=$(( $(date +%s) - start ))
tail -n 2 "$WORK/import.log" >&2

candidates=$(count_candidates)
scan_seconds=null
if [ "$candidates" = "0" ] || [ "${HELDOUT_FORCE_SCAN:-0}" = "1" ]; then
    log "running duplicates scan ($candidates candidates after the import)"
    start=$(date +%s)
    timeout "$STEP" "$SERVER" duplicates scan --database "sqlite:$DB" >"$WORK/scan.log" 2>&1 || {
        log "scan failed:"; tail -n 30 "$WORK/scan.log" >&2; exit 1; }
    scan_seconds=$(( $(date +%s) - start ))
    tail -n 1 "$WORK/scan.log" >&2
    candidates=$(count_candidates)
fi
echo "{\"step\": \"load\", \"import_seconds\": $import_seconds, \"scan_seconds\": $scan_seconds, \"candidates\": $candidates}"

log "starting the server (demo accounts are seeded into the empty staff table)"
"$SERVER" --database "sqlite:$DB" --listen 127.0.0.1:0 --environment training --seed demo \
    >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
URL=""
for _ in $(seq 1 600); do
    URL=$(grep -o 'listening on http://[^ ]*' "$WORK/server.log" 2>/dev/null | head -n 1 | sed 's/^listening on //') || true
    [ -n "$URL" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { log "the server exited:"; tail -n 30 "$WORK/server.log" >&2; exit 1; }
    sleep 0.2
done
[ -n "$URL" ] || { log "the server did not start listening within 120 s"; exit 1; }
case "$URL" in
    http://127.0.0.1:*) ;;
    *) log "unexpected listen address $URL"; exit 1 ;;
esac
log "server at $URL"

timeout "$STEP" python3 "$HERE/eval_search.py" --base-url "$URL" --username specialist --password izdesk-specialist \
    --dir "$REG" --sqlite "$DB" --encoding all --limit 5 --misses "$WORK/misses.jsonl"
timeout "$STEP" python3 "$HERE/eval_duplicates.py" --sqlite "$DB" --dir "$REG" >"$WORK/duplicates.json"
cat "$WORK/duplicates.json"
log "misses: $WORK/misses.jsonl; logs: $WORK/*.log"
