#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs missing packages, builds, then runs every test (ctest).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/build.sh"
cd "${FARMGUARD_BUILD_DIR:-$ROOT/build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
