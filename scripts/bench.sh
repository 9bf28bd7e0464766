#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# FarmGuard against its peers on generated counties (issue 15), one table.
#   scripts/bench.sh [SIZE...]          sizes like 10k 150k 500k 1m (default: 150k)
# Environment: RUNS (default 3) timed runs of every command, interleaved (peer, FarmGuard, next
# job, … then the next run), so that load on a shared machine hits both sides alike: the ratio
# of one run is what counts. BENCH_DIR (default /tmp/farmguard-bench): counties (generated with
# ../shared/tools/gen_county.py when missing; never committed), projects, results. CLI (default
# build/app/farmguard-cli). BENCH_QGIS=install lets the script apt-get install qgis and
# python3-qgis for itself (never needed by the tests); without them the render row has no peer.
#
# Jobs, FarmGuard vs the best peer of ../shared/PERF.md (its commands as in run_anchors.sh):
#   analyze            analyze from the shapefiles, × basic farmland and × cultivated
#                      vs the OGR SQLite dialect (tuned form), × basic then × cultivated
#   analyze --project  on the GeoPackage project vs the PostGIS query of both overlays (jit off)
#   project create     three layers, spatial index vs ogr2ogr into PostGIS (+GiST) and ANALYZE
#   import-incidents   the 2,000 incidents into a copy of the new project (no peer)
#   render             farmguard_bench_render's full-extent and zoomed figures (one run, its own
#                      medians) vs qgis_render_bench.py (QGIS 3.22), when both are there
# PostGIS runs in a throwaway cluster of the bench's own (scripts/postgis-up.sh), stopped at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="$ROOT/../shared/tools"
BENCH_DIR="${BENCH_DIR:-/tmp/farmguard-bench}"
RUNS="${RUNS:-3}"
CLI="${CLI:-$ROOT/build/app/farmguard-cli}"
RENDER_BENCH="${RENDER_BENCH:-$ROOT/build/bench/farmguard_bench_render}"
PY=/usr/bin/python3 # Debian's: the one python3-gdal and python3-qgis belong to
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(150k)
export FARMGUARD_LANG=en QT_QPA_PLATFORM=offscreen

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$CLI" ] || die "no $CLI: build first (cmake --build build)"
[ -f "$TOOLS/gen_county.py" ] || die "no $TOOLS/gen_county.py (../shared/tools beside the repository)"
command -v ogr2ogr >/dev/null || die "ogr2ogr missing: apt-get install gdal-bin"
$PY -c 'import osgeo, numpy' 2>/dev/null || die "$PY lacks osgeo or numpy: apt-get install python3-gdal python3-numpy"

parcels() { # 150k -> 150000, 1m -> 1000000
  case "$1" in
    *k) echo $(( ${1%k} * 1000 )) ;;
    *m) echo $(( ${1%m} * 1000000 )) ;;
    *[!0-9]*|'') die "size '$1' is not like 150k or 1m" ;;
    *) echo "$1" ;;
  esac
}

if ! $PY -c 'import qgis.core' 2>/dev/null; then
  if [ "${BENCH_QGIS:-}" = install ]; then
    echo "bench: installing qgis and python3-qgis from Debian for the render comparison (BENCH_QGIS=install)" >&2
    apt-get install -y --no-install-recommends qgis python3-qgis qgis-providers >"$BENCH_DIR.apt.log" 2>&1 \
      || die "apt-get install qgis failed, see $BENCH_DIR.apt.log"
  else
    echo "bench: QGIS (python3-qgis) is not installed: the render row has no peer (BENCH_QGIS=install adds it)" >&2
  fi
fi
HAVE_QGIS=0
$PY -c 'import qgis.core' 2>/dev/null && HAVE_QGIS=1

mkdir -p "$BENCH_DIR/results"
RESULTS="$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ).jsonl"
PGDIR="$BENCH_DIR/pg"
PGURI="$("$ROOT/scripts/postgis-up.sh" "$PGDIR" | tail -1)"
trap '"$ROOT/scripts/postgis-down.sh" "$PGDIR" >/dev/null 2>&1 || true' EXIT
PSQL=(psql -X -q -v ON_ERROR_STOP=1 "$PGURI")
PGCONN="$($PY -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]);
print(f"host={p.hostname} port={p.port} dbname={p.path[1:]} user={p.username}")' "$PGURI")"
"${PSQL[@]}" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null

# time LABEL SIZE TOOL -- COMMAND...: one timed run appended to the results.
timed() {
  local job=$1 size=$2 tool=$3; shift 4
  $PY "$TOOLS/bench.py" --label "$job|$size|$tool" --runs 1 --out "$RESULTS" -- "$@" >/dev/null
}

sql_tuned() { # the OGR SQLite dialect's tuned overlay (PERF.md §7 c)
  echo "WITH inc AS MATERIALIZED (SELECT rowid AS rid, JCBH, geometry AS g FROM incidents)
SELECT inc.JCBH AS JCBH, SUM(ST_Area(ST_Intersection(inc.g, b.geometry))) AS ia
FROM $1 b CROSS JOIN idx_incidents_GEOMETRY r CROSS JOIN inc
WHERE r.xmax >= MbrMinX(b.geometry) AND r.xmin <= MbrMaxX(b.geometry)
  AND r.ymax >= MbrMinY(b.geometry) AND r.ymin <= MbrMaxY(b.geometry)
  AND inc.rid = r.pkid AND ST_Intersects(inc.g, b.geometry)
GROUP BY inc.JCBH"
}

for size in "${SIZES[@]}"; do
  n=$(parcels "$size")
  D="$BENCH_DIR/p$size"
  O="$BENCH_DIR/out/p$size"
  if [ ! -f "$D/manifest.json" ]; then
    echo "bench: generating a county of $n parcels in $D" >&2
    $PY "$TOOLS/gen_county.py" "$D" --parcels "$n" >"$D.gen.log" 2>&1 || die "gen_county.py failed, see $D.gen.log"
  fi
  mkdir -p "$O"
  P="$O/project.gpkg"
  layers=(--basic-farmland "$D/basic_farmland.shp" --cultivated "$D/cultivated.shp" --boundaries "$D/townships.shp")
  pg_load="for L in incidents basic_farmland cultivated; do ogr2ogr -f PostgreSQL 'PG:$PGCONN' $D/\$L.shp \
-nln \${L}_p$size -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST -overwrite || exit 1; \
done && psql -X -q '$PGURI' -c 'ANALYZE incidents_p$size; ANALYZE basic_farmland_p$size; ANALYZE cultivated_p$size'"
  pg_query=() # one -c per overlay: a \copy must be a command of its own, on one line
  for L in basic_farmland cultivated; do
    pg_query+=(-c "\\copy (SELECT i.jcbh, SUM(ST_Area(ST_Intersection(i.geom, b.geom))) FROM incidents_p$size i \
JOIN ${L}_p$size b ON ST_Intersects(i.geom, b.geom) GROUP BY i.jcbh) TO '/dev/null' CSV")
  done
  for run in $(seq "$RUNS"); do
    echo "bench: p$size run $run of $RUNS" >&2
    timed create "$size" peer -- sh -c "$pg_load"
    rm -f "$P" "$P-wal" "$P-shm"
    timed create "$size" farmguard -- "$CLI" project create "$P" "${layers[@]}"
    cp "$P" "$O/empty.gpkg"
    timed import "$size" farmguard -- "$CLI" project import-incidents "$P" "$D/incidents.shp" \
      --id-field JCBH --type-field TBLX --date-field JCSJ
    timed analyze "$size" peer -- sh -c "rm -f $O/sq_basic.csv $O/sq_cultivated.csv && \
ogr2ogr -f CSV $O/sq_basic.csv $D -dialect SQLite -sql \"$(sql_tuned basic_farmland)\" && \
ogr2ogr -f CSV $O/sq_cultivated.csv $D -dialect SQLite -sql \"$(sql_tuned cultivated)\""
    timed analyze "$size" farmguard -- sh -c "'$CLI' analyze --incidents $D/incidents.shp \
--basic-farmland $D/basic_farmland.shp --cultivated $D/cultivated.shp --id-field JCBH --format json > $O/analyze.json"
    timed project "$size" peer -- env PGOPTIONS="-c jit=off" psql -X -q -v ON_ERROR_STOP=1 "$PGURI" "${pg_query[@]}"
    timed project "$size" farmguard -- "$CLI" analyze --project "$P" --format json
  done
  if [ -x "$RENDER_BENCH" ]; then
    FG_BENCH_COUNTY="$D" "$RENDER_BENCH" >"$O/render.txt" 2>&1 || echo "bench: farmguard_bench_render failed, see $O/render.txt" >&2
  fi
  if [ "$HAVE_QGIS" = 1 ]; then
    XDG_RUNTIME_DIR="$BENCH_DIR/xdg" $PY "$TOOLS/qgis_render_bench.py" "$D" >"$O/qgis_render.json" 2>/dev/null \
      || echo "bench: qgis_render_bench.py failed" >&2
  fi
done

$PY - "$RESULTS" "$BENCH_DIR" "${SIZES[@]}" <<'EOF'
import json, re, statistics, sys
results, bench_dir, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
runs = {}
for line in open(results):
    r = json.loads(line)
    job, size, tool = r["label"].split("|")
    runs.setdefault((job, size, tool), []).append((r["wall_s"], r["maxrss_mb"], r["rc"]))
names = {"analyze": ("analyze (shapefiles, × basic + × cultivated)", "OGR SQLite dialect, tuned"),
         "project": ("analyze --project", "PostGIS query, jit off"),
         "create": ("project create", "PostGIS load + GiST + ANALYZE"),
         "import": ("project import-incidents (2,000)", "—")}
def cell(xs):
    w = sorted(x[0] for x in xs)
    return f"{statistics.median(w):.2f} ({w[0]:.2f}–{w[-1]:.2f})", statistics.median(w)
print("| job | size | peer | peer s | FarmGuard s | ratio | FarmGuard peak MB |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for size in sizes:
    for job in ("analyze", "project", "create", "import"):
        fg = runs.get((job, size, "farmguard"))
        if not fg:
            continue
        failed = [x for x in fg + runs.get((job, size, "peer"), []) if x[2] != 0]
        # A failed run times an error, not the job: left out of the figures, said in the row.
        fg = [x for x in fg if x[2] == 0] or fg
        fg_text, fg_med = cell(fg)
        peer = [x for x in runs.get((job, size, "peer"), []) if x[2] == 0]
        peer_text, ratio = "—", "—"
        if peer:
            peer_text, peer_med = cell(peer)
            ratio = f"{fg_med / peer_med:.2f}"
        mem = statistics.median(x[1] for x in fg)
        note = f" ({len(failed)} failed run(s) left out)" if failed else ""
        print(f"| {names[job][0]}{note} | {size} | {names[job][1]} | {peer_text} | {fg_text} | {ratio} | {mem:.0f} |")
    render = f"{bench_dir}/out/p{size}/render.txt"
    qgis = f"{bench_dir}/out/p{size}/qgis_render.json"
    try:
        text = open(render).read()
        full = re.search(r"full extent via canvas.*?([\d.]+) ms", text)
        zoom = re.search(r"zoom 1/50.*?([\d.]+) ms \(median of (\d+)", text)
        q = {}
        try:
            q = json.loads(open(qgis).read().strip().splitlines()[-1])
        except (OSError, ValueError, IndexError):
            pass
        for label, m, key in (("render full extent 1920×1080 (canvas)", full, "render_full2"),
                              ("render zoomed 1/50 (one thread)", zoom, "render_zoom")):
            if m:
                fg_s = float(m.group(1)) / 1000
                peer = q.get(key)
                ratio = f"{fg_s / peer:.2f}" if peer else "—"
                peer_text = f"{peer:.3f}" if peer else "— (no QGIS)"
                runs_text = m.group(2) if m.lastindex and m.lastindex >= 2 else "3"
                print(f"| {label} | {size} | QGIS 3.22 | {peer_text} | {fg_s:.4f} (median of {runs_text}) | {ratio} | |")
        # Open the two layers -> first full-extent picture: QGIS's layer load + first full render
        # (its own run when installed, else the figure of issue 15's table, said in the row).
        first = re.search(r"open 2 layers -> first picture.*?([\d.]+) s \(median of (\d+)", text)
        if first:
            fg_s = float(first.group(1))
            if q.get("load") is not None and q.get("render_full") is not None:
                peer, peer_text = q["load"] + q["render_full"], f"{q['load'] + q['render_full']:.3f}"
            else:
                peer = {"150k": 0.07 + 1.10, "500k": 0.08 + 3.4}.get(size)
                peer_text = f"{peer:.2f} (issue 15, no QGIS here)" if peer else "— (no QGIS)"
            ratio = f"{fg_s / peer:.2f}" if peer else "—"
            print(f"| open 2 layers → first full-extent picture 1920×1080 | {size} | QGIS 3.22 | {peer_text} "
                  f"| {fg_s:.3f} (median of {first.group(2)}) | {ratio} | |")
    except OSError:
        pass
print(f"\n{len(sys.argv) and 'results: ' + results}")
EOF
