#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs missing packages, builds, starts a throwaway PostGIS cluster (scripts/postgis-up.sh)
# for the PostGIS tests, runs every test (ctest) and stops the cluster again.
# A FARMGUARD_TEST_PG already set is used as it is (and left running).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/build.sh"
BUILD_DIR="${FARMGUARD_BUILD_DIR:-$ROOT/build}"

if [ -z "${FARMGUARD_TEST_PG:-}" ]; then
  PG_DIR="${FARMGUARD_PG_DIR:-$BUILD_DIR/pgtest}"
  # Run as root, the server runs as postgres, which may not reach a checkout under /root.
  if [ "$(id -u)" -eq 0 ] && [ -z "${FARMGUARD_PG_DIR:-}" ] && ! runuser -u postgres -- test -x "$BUILD_DIR"; then
    PG_DIR="/tmp/farmguard-pgtest-$(printf '%s' "$BUILD_DIR" | md5sum | cut -c1-12)"
  fi
  if uri="$("$ROOT/scripts/postgis-up.sh" "$PG_DIR" | tail -1)"; then
    export FARMGUARD_TEST_PG="$uri"
    trap '"$ROOT/scripts/postgis-down.sh" "$PG_DIR" >/dev/null || true' EXIT
    echo "test.sh: PostGIS tests on $FARMGUARD_TEST_PG"
  elif [ "${CI:-}" = "true" ]; then
    # In CI a skipped PostGIS suite would pass without testing the shared store: fail instead.
    echo "test.sh: could not start the PostGIS test cluster" >&2
    exit 1
  else
    echo "test.sh: could not start the PostGIS test cluster: the PostGIS tests will say they are skipped" >&2
  fi
fi

cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" "$@"
