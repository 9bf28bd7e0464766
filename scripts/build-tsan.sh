#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds the ThreadSanitizer build in build-tsan/ (FARMGUARD_TSAN=ON,
# RelWithDebInfo compiled at -O1 -g: line numbers in the reports; no bench). scripts/test.sh
# runs its threaded tests (FARMGUARD_TSAN, see README); docs/design/thread-safety.md says which.
# Expects the packages of scripts/install-deps.sh (scripts/build.sh installs them).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TSAN_DIR="${FARMGUARD_TSAN_BUILD_DIR:-$ROOT/build-tsan}"
# catch_discover_tests runs each test executable at build time: it must meet the same options.
# shellcheck source=scripts/tsan.sh
. "$ROOT/scripts/tsan.sh"

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# No -Werror: GCC's flow warnings give false positives under -fsanitize (as build-asan.sh).
cmake -S "$ROOT" -B "$TSAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DFARMGUARD_TSAN=ON -DFARMGUARD_BUILD_BENCH=OFF -DFARMGUARD_WERROR=OFF "${launcher[@]}" >/dev/null
cmake --build "$TSAN_DIR" --parallel "$(nproc)"
