#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Stops the throwaway cluster scripts/postgis-up.sh started.
#   scripts/postgis-down.sh [DIR] [--purge]    --purge also removes its folder
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN=/usr/lib/postgresql/15/bin
PURGE=0
ARGS=()
for a in "$@"; do
  if [ "$a" = --purge ]; then PURGE=1; else ARGS+=("$a"); fi
done
DIR="${ARGS[0]:-${FARMGUARD_PG_DIR:-$ROOT/build/pgtest}}"
DATA="$DIR/data"
if [ ! -f "$DATA/PG_VERSION" ]; then
  echo "postgis-down: no cluster in $DIR"
  exit 0
fi
AS=()
if [ "$(id -u)" -eq 0 ]; then
  AS=(runuser -u postgres --)
fi
if "${AS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  "${AS[@]}" "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
  echo "postgis-down: stopped the cluster in $DIR"
else
  echo "postgis-down: the cluster in $DIR was not running"
fi
if [ "$PURGE" -eq 1 ]; then
  rm -rf "$DIR"
  echo "postgis-down: removed $DIR"
fi
