#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the threaded tests (tests/tsan-tests.txt) of the ThreadSanitizer build (build-tsan/,
# scripts/build-sanitized.sh tsan) and fails on any unsuppressed report: each test executable's reports go
# to files under build-tsan/tsan-reports (a report in a child process, farmguard-cli run by a
# test, counts too), and any file there fails the run, after printing it. The PostGIS tests need
# FARMGUARD_TEST_PG (scripts/test.sh sets it); without it they say they are skipped.
set -euo pipefail
# An argument names another list of the same form (a part of it, by hand).
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TSAN_DIR="${FARMGUARD_TSAN_BUILD_DIR:-$ROOT/build-tsan}"
# shellcheck source=scripts/tsan.sh
. "$ROOT/scripts/tsan.sh"
# shellcheck source=scripts/sanitizer-reports.sh
. "$ROOT/scripts/sanitizer-reports.sh"
reports="$TSAN_DIR/tsan-reports"
rm -rf "$reports" && mkdir -p "$reports"
export TSAN_OPTIONS="$TSAN_OPTIONS:log_path=$reports/tsan"
export QT_QPA_PLATFORM=offscreen
status=0
while read -r exe spec; do
  case "$exe" in ''|'#'*) continue ;; esac
  echo "tsan-tests.sh: $exe $spec"
  start=$SECONDS
  # The language ctest gives it: English for the gis and store tests, the app tests' own
  # default (zh_CN, tests/app/main.cpp) for theirs.
  lang=en
  case "$exe" in app/*) lang="" ;; esac
  # Each from its own folder, as ctest runs it (relative fixture paths).
  (cd "$TSAN_DIR/tests/$(dirname "$exe")" && FARMGUARD_LANG="$lang" "./$(basename "$exe")" -# "$spec" --warn NoTests >"$reports/out.$(basename "$exe").$start" 2>&1) \
    || { status=$?; tail -20 "$reports/out.$(basename "$exe").$start" >&2; }
  echo "tsan-tests.sh: $((SECONDS - start)) s, exit $status so far"
done < "${1:-$ROOT/tests/tsan-tests.txt}"
if ! fail_on_reports "$reports" tsan. tsan-tests.sh; then
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
