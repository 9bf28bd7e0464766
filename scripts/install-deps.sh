#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package FarmGuard needs to build, test and run.
# Idempotent: when everything is present it only checks and returns.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache
  # Qt 6 (widgets, svg, PDF output via QtGui, translations)
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  # GIS stack
  libgdal-dev gdal-bin gdal-data libgeos-dev libproj-dev proj-data proj-bin
  # project storage and tests
  libsqlite3-dev sqlite3 catch2
  # SHA-256 of the provenance (libcrypto)
  libssl-dev
  # the allocator (tcmalloc, cmake/Allocator.cmake)
  libtcmalloc-minimal4
  # the shared PostGIS store: libpq to build, a throwaway cluster for tests (scripts/postgis-up.sh)
  libpq-dev postgresql-15 postgresql-15-postgis-3 postgresql-client-15
  # reports: CJK font, PDF inspection; headless GUI
  fonts-noto-cjk poppler-utils xvfb xauth
  # generating the sample data and benchmarks
  python3-gdal
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "install-deps: need root to install packages (${missing[*]});" \
       "run as root or give this user password-less sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
