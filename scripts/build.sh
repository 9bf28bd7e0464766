#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs missing packages, then configures and builds FarmGuard (Release, build/, all cores).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/install-deps.sh"

BUILD_DIR="${FARMGUARD_BUILD_DIR:-$ROOT/build}"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DFARMGUARD_WERROR="${FARMGUARD_WERROR:-$werror}" "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
