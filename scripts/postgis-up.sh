#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts a throwaway PostgreSQL 15 + PostGIS cluster for development and tests, and prints its URI.
#   scripts/postgis-up.sh [DIR]     DIR: $FARMGUARD_PG_DIR, else build/pgtest under the repository
# The cluster is its own: data folder DIR/data, its own port (55432 or the next free one, kept
# in DIR/port), listening on 127.0.0.1 only with trust authentication, its unix socket in DIR.
# It never touches another cluster (the distribution's "main" one stays as it is). Run as root,
# the server runs as the `postgres` user. Idempotent: a running cluster is only reported.
# Last line of stdout: postgresql://postgres@127.0.0.1:PORT/farmguard (also written to DIR/uri).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN=/usr/lib/postgresql/15/bin
DIR="${1:-${FARMGUARD_PG_DIR:-$ROOT/build/pgtest}}"

if [ ! -x "$BIN/initdb" ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "postgis-up: PostgreSQL 15 and PostGIS are not installed (run scripts/install-deps.sh)" >&2
  exit 1
fi

AS=()
if [ "$(id -u)" -eq 0 ]; then
  AS=(runuser -u postgres --)
fi
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
if [ ${#AS[@]} -gt 0 ]; then
  chown postgres: "$DIR"
  if ! "${AS[@]}" test -w "$DIR"; then
    echo "postgis-up: the postgres user cannot reach $DIR (a parent folder is closed to it);" \
         "give another folder: scripts/postgis-up.sh /tmp/farmguard-pg" >&2
    exit 1
  fi
fi
DATA="$DIR/data"
run() { "${AS[@]}" "$@"; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ ! -f "$DATA/PG_VERSION" ]; then
  run "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    exit 1
  }
fi

# pg_ctl status trusts the pid file; a killed postmaster may linger as a zombie a moment.
running() {
  run "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 || return 1
  local pid
  pid="$(head -1 "$DATA/postmaster.pid" 2>/dev/null)" || return 1
  ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null
}

if ! running; then
  # A server that died leaves postmaster.pid and its socket's lock file behind.
  rm -f "$DATA/postmaster.pid"
  for lock in "$DIR"/.s.PGSQL.*.lock; do
    [ -e "$lock" ] || continue
    pid="$(head -1 "$lock")"
    if [ ! -e "/proc/$pid" ] || grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null; then
      rm -f "$lock" "${lock%.lock}"
    fi
  done
  PORT="$(cat "$DIR/port" 2>/dev/null || echo 55432)"
  while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
  echo "$PORT" >"$DIR/port"
  # A throwaway cluster: durability off, which makes the tests' many small commits fast.
  start() {
    run "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 30 start -o \
      "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$DIR' -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  }
  # One retry: a postmaster killed a moment ago may still hold its socket.
  start || { sleep 1 && rm -f "$DATA/postmaster.pid" && start; } || {
    tail -20 "$DIR/server.log" >&2
    exit 1
  }
fi
PORT="$(cat "$DIR/port")"
for _ in $(seq 50); do
  "$BIN/pg_isready" -q -h "$DIR" -p "$PORT" && break
  sleep 0.2
done

psql_() { run "$BIN/../bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres "$@"; }
if [ "$(psql_ -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'farmguard'")" != 1 ]; then
  psql_ -d postgres -c "CREATE DATABASE farmguard"
fi
psql_ -d farmguard -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis"

URI="postgresql://postgres@127.0.0.1:$PORT/farmguard"
echo "$URI" >"$DIR/uri"
echo "$URI"
