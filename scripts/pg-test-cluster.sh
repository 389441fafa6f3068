#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` creates one in DIR (initdb,
# trust auth, fsync off), listening on 127.0.0.1 only at a free port and on a socket in
# DIR, and writes its URI to DIR/uri; `stop DIR` stops it and removes DIR. CTest runs
# start/stop as the setup/cleanup of the "postgres" fixture (tests/CMakeLists.txt).
# NEWSDESK_PG_DURABLE=1 keeps fsync and full-page writes on (benchmarks: bench/workers_bench.cc);
# commits are still not waited for (synchronous_commit off, as SQLite's WAL with
# synchronous=NORMAL: a crash loses the last commits, never the database's consistency).
#
# As root (CI), the server runs as `nobody`: initdb and postgres refuse root.
# Without the server binaries, `start` writes DIR/skip with the reason and succeeds, and
# the tests that need the cluster skip with that message.
set -euo pipefail

cmd=${1:?usage: pg-test-cluster.sh start|stop DIR}
dir=${2:?usage: pg-test-cluster.sh start|stop DIR}

# NEWSDESK_PG_BINDIR picks the server binaries (e.g. another major version); by default
# the newest /usr/lib/postgresql/*/bin that has them.
bindir=""
for d in ${NEWSDESK_PG_BINDIR:-/usr/lib/postgresql/*/bin}; do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir=$d; fi  # the newest wins
done

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

stop_cluster() {
  if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

case "$cmd" in
  stop)
    stop_cluster
    rm -rf "$dir"
    exit 0
    ;;
  start) ;;
  *)
    echo "usage: pg-test-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac

stop_cluster  # a cluster left by a killed run
rm -rf "$dir"
mkdir -p "$dir"
if [ -z "$bindir" ]; then
  echo "PostgreSQL server binaries not found (no initdb and pg_ctl in" \
    "${NEWSDESK_PG_BINDIR:-/usr/lib/postgresql/*/bin}); scripts/install-deps.sh installs them" \
    >"$dir/skip"
  echo "pg-test-cluster: $(cat "$dir/skip")"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then chown nobody "$dir"; fi

as_server "$bindir/initdb" -D "$dir/data" -U newsdesk --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}

# A free port can be taken between the probe and the start: try a few.
for attempt in 1 2 3 4 5; do
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir"
  opts+=" -c synchronous_commit=off -c max_connections=60"
  if [ "${NEWSDESK_PG_DURABLE:-0}" != 1 ]; then opts+=" -c fsync=off -c full_page_writes=off"; fi
  if as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 30 start \
    >/dev/null 2>&1; then
    echo "postgresql://newsdesk@127.0.0.1:$port/postgres" >"$dir/uri"
    echo "pg-test-cluster: $(cat "$dir/uri") (server $("$bindir/postgres" --version))"
    exit 0
  fi
  echo "pg-test-cluster: start on port $port failed (attempt $attempt)" >&2
done
cat "$dir/server.log" >&2
exit 1
