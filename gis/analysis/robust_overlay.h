// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <stdexcept>
#include <vector>

namespace fg::gis {

/// GEOS could not compute an overlay even on the 0.1 mm precision grid.
struct OverlayFailure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// Grid of the fallback fixed-precision overlay, in working-CRS metres (0.1 mm).
constexpr double kOverlayGridSize = 1e-4;

/// Overlay operations that check their own result and fall back to a fixed-precision overlay.
///
/// Why not snap everything to the grid up front: moving each vertex by up to 0.05 mm shifts a
/// parcel-sized piece's area by ~1e-3 m², which sums to more than the 0.01 m² a report prints.
/// So the exact (floating) overlay runs first and its area is checked against bounds that any
/// correct answer must satisfy (a union is at least its largest piece and at most the sum of
/// its pieces; A − B is at most A and at least A − B's area). Only a GEOS error or a result
/// outside the bounds (the near-coincident-edge failures PERF.md note 7 describes) triggers the
/// snapped overlay, and the caller is told (`snapped`) so it can say so in a warning.
/// All functions use the calling thread's GEOS context; inputs are not modified.
namespace robust {

/// The polygonal part of a geometry (polygons of a collection; lines and points dropped, as an
/// overlay of two polygons can return them along shared edges). Null when there is none.
GeosGeometryPtr polygonalPart(GeosGeometryPtr geometry);

/// Planar area of a possibly null geometry, in working-CRS units².
double planarArea(const GEOSGeometry *geometry);

/// Union of polygonal pieces; null for no pieces. Throws OverlayFailure.
GeosGeometryPtr unionOf(std::vector<GeosGeometryPtr> pieces, bool *snapped);

/// a − b (either may be null: null a gives null, null b gives a copy of a). Throws OverlayFailure.
GeosGeometryPtr difference(const GEOSGeometry *a, const GEOSGeometry *b, bool *snapped);

/// target ∩ other, polygonal part only (null when they share no area). Throws OverlayFailure.
GeosGeometryPtr intersection(const GEOSGeometry *target, const GEOSGeometry *other, bool *snapped);

} // namespace robust

} // namespace fg::gis
