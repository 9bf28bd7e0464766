#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds the AddressSanitizer + UndefinedBehaviorSanitizer build in build-asan/
# (FARMGUARD_SANITIZE=ON, Debug at -O1 -g1: assertions on, line numbers in the reports, tests fast
# enough to run in CI; no bench). scripts/test.sh runs its tests (FARMGUARD_ASAN, see README).
# Expects the packages of scripts/install-deps.sh (scripts/build.sh installs them).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ASAN_DIR="${FARMGUARD_ASAN_BUILD_DIR:-$ROOT/build-asan}"
# catch_discover_tests runs each test executable at build time: it must meet the same options.
# shellcheck source=scripts/sanitizers.sh
. "$ROOT/scripts/sanitizers.sh"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# No -Werror here: GCC's flow warnings (-Wmaybe-uninitialized, -Wstringop-*) give false positives
# under -fsanitize; the Release build (scripts/build.sh, -Werror in CI) holds the warning line.
cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
      -DFARMGUARD_SANITIZE=ON -DFARMGUARD_BUILD_BENCH=OFF -DFARMGUARD_WERROR=OFF "${launcher[@]}" >/dev/null
cmake --build "$ASAN_DIR" --parallel "$(nproc)"
