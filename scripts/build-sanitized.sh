#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds one sanitizer build, named by the argument:
#   asan  AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ (FARMGUARD_SANITIZE=ON,
#         Debug at -O1 -g1: assertions on, line numbers in the reports, tests fast enough for CI);
#         scripts/test.sh runs its tests (FARMGUARD_ASAN, see README).
#   tsan  ThreadSanitizer in build-tsan/ (FARMGUARD_TSAN=ON, RelWithDebInfo at -O1 -g);
#         scripts/tsan-tests.sh runs its threaded tests (docs/design/thread-safety.md).
# FARMGUARD_ASAN_BUILD_DIR / FARMGUARD_TSAN_BUILD_DIR choose another folder. No bench.
# Expects the packages of scripts/install-deps.sh (scripts/build.sh installs them).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
case "${1:-}" in
  asan)
    dir="${FARMGUARD_ASAN_BUILD_DIR:-$ROOT/build-asan}"
    options="$ROOT/scripts/sanitizers.sh"
    flags=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DFARMGUARD_SANITIZE=ON) ;;
  tsan)
    dir="${FARMGUARD_TSAN_BUILD_DIR:-$ROOT/build-tsan}"
    options="$ROOT/scripts/tsan.sh"
    flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DFARMGUARD_TSAN=ON) ;;
  *)
    echo "usage: build-sanitized.sh asan|tsan" >&2
    exit 2 ;;
esac
# catch_discover_tests runs each test executable at build time: it must meet the same options.
# shellcheck source=/dev/null
. "$options"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# No -Werror here: GCC's flow warnings (-Wmaybe-uninitialized, -Wstringop-*) give false positives
# under -fsanitize; the Release build (scripts/build.sh, -Werror in CI) holds the warning line.
cmake -S "$ROOT" -B "$dir" -G Ninja "${flags[@]}" \
      -DFARMGUARD_BUILD_BENCH=OFF -DFARMGUARD_WERROR=OFF "${launcher[@]}" >/dev/null
cmake --build "$dir" --parallel "$(nproc)"
