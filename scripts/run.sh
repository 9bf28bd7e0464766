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

OUT="${FARMGUARD_OUTPUT_DIR:-${FARMGUARD_BUILD_DIR:-$ROOT/build}/sample-output}"
mkdir -p "$OUT"
echo
echo "== Case report (案件图斑分析报告) of the sample's PS2024-002 =="
"$BIN/farmguard-cli" report case \
  --incidents "$SAMPLE/incidents.shp" \
  --basic-farmland "$SAMPLE/basic_farmland.shp" \
  --cultivated "$SAMPLE/landuse.shp" \
  --boundaries "$SAMPLE/townships.shp" --boundaries "$SAMPLE/villages.shp" \
  --case PS2024-002 --id-field BH \
  --output "$OUT/PS2024-002_case_report.pdf"
echo "PDF: $OUT/PS2024-002_case_report.pdf"
cat <<MSG
== To see the map window: run scripts/run.sh on a desktop session, or under a virtual display:
   xvfb-run -a -s "-screen 0 1600x1000x24" scripts/run.sh   (then take a screenshot)
MSG
