#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs missing packages, builds, then opens FarmGuard on the bundled sample county.
# Without a display it runs the headless main job on the sample instead.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
"$ROOT/scripts/build.sh"
BIN="${FARMGUARD_BUILD_DIR:-$ROOT/build}/app"
SAMPLE="$ROOT/data/sample"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$BIN/farmguard" --sample "$SAMPLE"
fi

echo "== FarmGuard: no display found; running the headless analysis of the sample county =="
"$BIN/farmguard-cli" analyze \
  --incidents "$SAMPLE/incidents.shp" \
  --basic-farmland "$SAMPLE/basic_farmland.shp" \
  --cultivated "$SAMPLE/landuse.shp" \
  --id-field BH --party-field DSR
cat <<MSG
== To see the map window: run scripts/run.sh on a desktop session, or under a virtual display:
   xvfb-run -a -s "-screen 0 1600x1000x24" scripts/run.sh   (then take a screenshot)
MSG
