#!/usr/bin/env bash
# Sets a desk up from nothing and plays it with load_desk (README.md beside this file).
#   load_desk.sh sqlite [load_desk options…]   one server on a fresh SQLite file
#   load_desk.sh pg     [load_desk options…]   a throwaway PostgreSQL cluster, two servers on
#                                              one database, users split across them
# Environment: IZDESK_BIN (folder with izdesk-server and load_desk; default build/ci/bin),
# LOAD_DESK_PATIENTS (generated population size, default 20000), LOAD_DESK_KEEP=1 keeps the
# work folder (logs, database, report.json) and prints its path.
# The JSON report goes to stdout; the exit code is load_desk's (0: no error, nothing lost).
set -euo pipefail

mode=${1:?usage: load_desk.sh sqlite|pg [load_desk options…]}
shift
here=$(cd "$(dirname "$0")" && pwd)
bin=${IZDESK_BIN:-$here/../../build/ci/bin}
server=$bin/izdesk-server
[ -x "$server" ] && [ -x "$bin/load_desk" ] || { echo "load_desk.sh: no izdesk-server/load_desk in $bin (set IZDESK_BIN)" >&2; exit 2; }
case "$mode" in sqlite) instances=1 ;; pg) instances=2 ;; *) echo "load_desk.sh: mode is sqlite or pg, not $mode" >&2; exit 2 ;; esac

# The account counts load_desk will sign in with (same defaults and rounding as load_desk).
users=50 share=0.1 prefix=desk
args=("$@")
for ((i = 0; i < ${#args[@]} - 1; i++)); do
    case "${args[i]}" in
        --users) users=${args[i + 1]} ;;
        --supervisors) share=${args[i + 1]} ;;
        --user-prefix) prefix=${args[i + 1]} ;;
    esac
done
supervisors=$(awk -v u="$users" -v s="$share" 'BEGIN { n = int(u * s + 0.5); if (s > 0 && n < 1) n = 1; print n }')

work=$(mktemp -d /tmp/load_desk.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "$mode" = pg ]; then "$here/../pg/pg-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; fi
    if [ "${LOAD_DESK_KEEP:-0}" = 1 ]; then echo "load_desk.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT
log() { echo "load_desk.sh: $*" >&2; }

if [ "$mode" = pg ]; then
    chmod 755 "$work" # the cluster runs as the postgres user
    "$here/../pg/pg-cluster.sh" start "$work/pg" >&2
    database=$(cat "$work/pg/url")
else
    database="sqlite:$work/desk.sqlite"
fi

log "generating and importing ${LOAD_DESK_PATIENTS:-20000} patients"
"$server" generate --patients "${LOAD_DESK_PATIENTS:-20000}" --seed 7 --out "$work/gen" >&2
"$server" import --patients "$work/gen/patients.csv" --immunizations "$work/gen/immunizations.csv" \
    --database "$database" | tail -n 1 >&2

log "adding $supervisors supervisors and $((users - supervisors)) specialists"
umask 077
head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/password"
echo >> "$work/password"
for ((i = 1; i <= users; i++)); do
    if ((i <= supervisors)); then
        name=$(printf '%ssup%02d' "$prefix" "$i") role=supervisor
    else
        name=$(printf '%sspec%02d' "$prefix" $((i - supervisors))) role=specialist
    fi
    "$server" staff add "$name" --role "$role" --display-name "Desk $role $i" --password-stdin \
        --database "$database" < "$work/password" >/dev/null
done

urls=""
for ((n = 1; n <= instances; n++)); do
    "$server" --database "$database" --listen 127.0.0.1:0 --environment training \
        > "$work/server$n.out" 2> "$work/server$n.log" &
    pids+=($!)
    for _ in $(seq 1 300); do
        url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$work/server$n.out")
        [ -n "$url" ] && break
        kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/server$n.log" >&2; exit 1; }
        sleep 0.1
    done
    [ -n "$url" ] || { log "server $n did not start"; exit 1; }
    log "server $n (pid ${pids[-1]}) on $url"
    urls="${urls:+$urls,}$url"
done

status=0
"$bin/load_desk" --url "$urls" --server-pid "$(IFS=,; echo "${pids[*]}")" --patients "$work/gen/patients.csv" \
    --password-file "$work/password" --out "$work/report.json" "$@" || status=$?
exit $status
