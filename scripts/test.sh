#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs missing packages, builds, starts a throwaway PostGIS cluster (scripts/postgis-up.sh)
# for the PostGIS tests, runs every test (ctest) and stops the cluster again.
# A FARMGUARD_TEST_PG already set is used as it is (and left running).
# FARMGUARD_ASAN=1 then also builds the ASan + UBSan build (scripts/build-sanitized.sh asan, build-asan/)
# and runs the tests there on the same cluster, failing on any sanitizer finding; =only runs just
# that one; =0 skips it. Default 1 in CI (CI=true), 0 elsewhere. In CI the sanitizer run keeps to
# a time budget (FARMGUARD_CI_BUDGET_MIN, default 85 of CI's 90 minutes, counted from this
# script's start): it starts only when its build and tests can still fit, and a build that overruns
# its share is stopped and reported as skipped, so a slow machine never fails the whole run on time.
# FARMGUARD_TSAN=1 also builds the ThreadSanitizer build (build-tsan/) and runs its threaded tests
# (tests/tsan-tests.txt), failing on any unsuppressed report; default 0, in CI too.
# Extra arguments go to both ctests.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
asan="${FARMGUARD_ASAN:-}"
if [ -z "$asan" ]; then
  if [ "${CI:-}" = "true" ]; then asan=1; else asan=0; fi
fi
budget_min="${FARMGUARD_CI_BUDGET_MIN:-85}"
# The sanitized tests take ~13 min at -j2 on a loaded 2-core machine: keep twice that for them.
asan_tests_reserve_min=26
case "$asan" in
  0|1|only) ;;
  *) echo "test.sh: FARMGUARD_ASAN is 0, 1 or only, not '$asan'" >&2; exit 2 ;;
esac

if [ "$asan" = only ]; then
  "$ROOT/scripts/install-deps.sh"
else
  "$ROOT/scripts/build.sh"
fi
BUILD_DIR="${FARMGUARD_BUILD_DIR:-$ROOT/build}"
ASAN_DIR="${FARMGUARD_ASAN_BUILD_DIR:-$ROOT/build-asan}"

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

if [ "$asan" != only ]; then
  (cd "$BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc)" "$@")
fi

if [ "${FARMGUARD_TSAN:-0}" = 1 ]; then
  # Not in CI by default: its cold build does not fit CI's budget (docs/design/thread-safety.md).
  echo "test.sh: ThreadSanitizer build and threaded tests (scripts/build-sanitized.sh tsan, scripts/tsan-tests.sh)"
  start=$SECONDS
  "$ROOT/scripts/build-sanitized.sh" tsan
  "$ROOT/scripts/tsan-tests.sh"
  echo "test.sh: ThreadSanitizer build and tests took $((SECONDS - start)) s"
fi

if [ "$asan" != 0 ]; then
  echo "test.sh: ASan + UBSan build in $ASAN_DIR"
  start=$SECONDS
  build_limit=()
  if [ "${CI:-}" = "true" ]; then
    build_min=$((budget_min - SECONDS / 60 - asan_tests_reserve_min))
    if [ "$build_min" -lt 5 ]; then
      echo "test.sh: ASan + UBSan run skipped: $((SECONDS / 60)) of CI's $budget_min minutes used, too few left for it" >&2
      exit 0
    fi
    build_limit=(timeout "$((build_min * 60))")
  fi
  build_status=0
  "${build_limit[@]}" "$ROOT/scripts/build-sanitized.sh" asan || build_status=$?
  if [ "$build_status" -eq 124 ]; then
    echo "test.sh: ASan + UBSan run skipped: its build did not finish in the $build_min minutes CI's budget left it" >&2
    exit 0
  fi
  [ "$build_status" -eq 0 ] || exit "$build_status"
  echo "test.sh: ASan + UBSan build took $((SECONDS - start)) s"
  # ASan and LSan reports go to files (and fail their process, exit 86): a finding in a child
  # process whose exit status no test judges still fails the run here. UBSan reports stay on
  # stderr (GCC's runtime ignores UBSan's log_path next to ASan); they stop the process with 86.
  reports="$ASAN_DIR/sanitizer-reports"
  rm -rf "$reports" && mkdir -p "$reports"
  start=$SECONDS
  status=0
  test_limit=()
  if [ "${CI:-}" = "true" ]; then
    test_min=$((budget_min - SECONDS / 60))
    test_limit=(timeout "$((test_min * 60))")
  fi
  (
    # shellcheck source=scripts/sanitizers.sh
    . "$ROOT/scripts/sanitizers.sh"
    export ASAN_OPTIONS="$ASAN_OPTIONS:log_path=$reports/asan"
    cd "$ASAN_DIR" && "${test_limit[@]}" ctest --output-on-failure --parallel "$(nproc)" "$@"
  ) || status=$?
  echo "test.sh: ASan + UBSan tests took $((SECONDS - start)) s"
  if [ "$status" -eq 124 ]; then
    # The Release suite above passed whole; ASan/LSan reports of the tests that ran are judged below.
    echo "test.sh: ASan + UBSan tests cut at CI's budget after $test_min min: only the tests that ran are judged" >&2
    status=0
  fi
  # shellcheck source=scripts/sanitizer-reports.sh
  . "$ROOT/scripts/sanitizer-reports.sh"
  if ! fail_on_reports "$reports" "" test.sh; then
    [ "$status" -ne 0 ] || status=1
  fi
  exit "$status"
fi
