// SPDX-License-Identifier: MIT
// The outlines of one target's pieces, as PieceSums and the grouping of the union path read them:
// boxes, rings, and the proofs that two pieces share no interior and meet only end to end.
#pragma once

#include "gis/geos_context.h"

#include <vector>

namespace fg::gis::outlines {

/// A piece's box in the working CRS.
struct Box
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    bool meets(const Box &o) const { return x0 <= o.x1 && o.x0 <= x1 && y0 <= o.y1 && o.y0 <= y1; }
    bool contains(const Box &o) const { return x0 <= o.x0 && o.x1 <= x1 && y0 <= o.y0 && o.y1 <= y1; }
    bool operator==(const Box &o) const { return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1; }
};

Box boxOf(const GEOSGeometry *g);
std::vector<Box> boxesOf(const std::vector<const GEOSGeometry *> &geometries);

/// A piece's vertices, ring by ring (x, y pairs; each ring closed: its last vertex is its first).
using Rings = std::vector<std::vector<double>>;

Rings ringsOf(const GEOSGeometry *g);

// A vertex this close to another piece's edge touches it (generous: a false alarm only costs the
// overlay); one this close to an end of the edge is that end (a few ulps of GK coordinates: the
// same clip point computed from both sides of a shared edge).
constexpr double kTouch = 1e-6;
constexpr double kSameVertex = 5e-9;

/// Proven: a and b share no interior (boxes apart; two simple polygons whose outlines prove it,
/// ringsApart(); or relate's interior–interior cell empty). False also when GEOS cannot tell
/// (an error): the caller then takes the overlay path. Uses the calling thread's GEOS context.
bool interiorsApart(const GEOSGeometry *a, const Box &boxA, const Rings &ringsA, const GEOSGeometry *b,
    const Box &boxB, const Rings &ringsB);

/// interiorsApart() for every pair.
bool pairwiseApart(
    const std::vector<const GEOSGeometry *> &g, const std::vector<Box> &boxes, const std::vector<Rings> &rings);

/// True when a vertex of `a` lies within kTouch of an edge of `b` other than at its ends (a
/// T-junction).
bool anyVertexSplits(const Rings &a, const Rings &b, const Box &boxB);

/// Proven: the pieces' edges meet only end to end, so the unions and the difference are made of
/// the very edges of the pieces. Why it matters: the ellipsoidal method densifies each edge to
/// ≤ 70 m and is second-order in edge length (trapezoid_series.h), so an edge split at another
/// piece's vertex (a T-junction) measures differently from the whole edge — ~1e-3 m² per edge —
/// and the sum of the pieces would then not be the union's figure within 1e-6 m².
bool edgesMeetEndToEnd(const std::vector<const Rings *> &rings, const std::vector<Box> &boxes);

} // namespace fg::gis::outlines
