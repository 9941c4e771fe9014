#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the pg test label.
#   pg-cluster.sh start DIR   initdb into DIR/data, start on a free 127.0.0.1 port with a private
#                             unix socket folder, write the admin URL to DIR/url
#   pg-cluster.sh stop DIR    shut it down and remove DIR
#   pg-cluster.sh halt DIR    stop the server (fast shutdown), keep DIR: a database outage
#   pg-cluster.sh resume DIR  start it again on the same port and socket folder
# Safe to re-run: start first clears a stale DIR left by an interrupted run.
set -euo pipefail

cmd=${1:?usage: pg-cluster.sh start|stop|halt|resume DIR}
dir=${2:?usage: pg-cluster.sh start|stop|halt|resume DIR}
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

pgbin=${IZDESK_PG_BIN:-}
if [ -z "$pgbin" ]; then
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -x "$pgbin/initdb" ] || { echo "pg-cluster: no PostgreSQL binaries found (set IZDESK_PG_BIN)" >&2; exit 1; }

# initdb refuses to run as root: run the server as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg "$pgbin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
        # Still there (pg_ctl failed): stop the postmaster named in the pid file.
        if [ -f "$dir/data/postmaster.pid" ]; then
            pid=$(head -n 1 "$dir/data/postmaster.pid" || true)
            if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null \
                && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
                kill -INT "$pid" 2>/dev/null || true
                for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            fi
        fi
    fi
    rm -rf "$dir"
}

start_server() {
    # The postmaster outlives this script: it must not keep any descriptor the caller had
    # open (a `flock FILE ctest …` lock would stay held for as long as the cluster runs).
    (
        for fd in $(ls /proc/$BASHPID/fd); do
            [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
        done
        as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" start >/dev/null
    )
}

start_cluster() {
    stop_cluster
    mkdir -p "$dir/data" "$dir/socket"
    password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$password" > "$dir/pwfile"
    chmod 700 "$dir/data" "$dir/socket"
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres: "$dir"
    fi
    as_pg "$pgbin/initdb" -D "$dir/data" -U izdesk --pwfile="$dir/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"

    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        printf '%s\n' "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" > "$dir/options"
        if start_server; then
            # Ready means accepting connections, not only "started".
            for _ in $(seq 1 100); do
                if as_pg "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
                    printf 'postgresql://izdesk:%s@127.0.0.1:%s/postgres\n' "$password" "$port" > "$dir/url.tmp"
                    mv "$dir/url.tmp" "$dir/url"
                    echo "pg-cluster: started on 127.0.0.1:$port ($dir)"
                    return 0
                fi
                sleep 0.1
            done
        fi
        echo "pg-cluster: start attempt $attempt on port $port failed" >&2
        tail -n 5 "$dir/server.log" >&2 || true
    done
    exit 1
}

case "$cmd" in
    start) start_cluster ;;
    stop) stop_cluster; echo "pg-cluster: stopped ($dir)" ;;
    halt) as_pg "$pgbin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null ;;
    resume) start_server ;;
    *) echo "usage: pg-cluster.sh start|stop|halt|resume DIR" >&2; exit 2 ;;
esac
