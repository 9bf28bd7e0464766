// SPDX-License-Identifier: MIT
// A proof that a parcel is a valid polygon, cheaper than GEOS's IsValid (docs/design/overlay-sixth.md).
#pragma once

#include "gis/geos_context.h"

#include <vector>

namespace fg::gis {

/// True when it is proven that the closed ring `xy` (x, y pairs, the last vertex the first) is
/// simple: at least three edges, finite coordinates, no edge of length zero, no vertex twice,
/// two consecutive edges meeting only at their common vertex (no fold back), and any two other
/// edges apart (boxes apart or certain orientation signs: `edgesApart`). False when not proven —
/// a self-intersecting ring (a bowtie), a ring touching itself, or signs floating point cannot
/// tell. Why: the overlay asked GEOS's IsValid of every parcel a target meets (4 % of
/// `analyze --project`'s CPU); a polygon without holes whose shell is simple is valid for GEOS,
/// so where this proves it the answer is the same.
bool provenSimpleRing(const std::vector<double> &xy);
/// The same over @p size doubles at @p xy (x, y pairs); allocates nothing once a thread has met
/// its longest ring.
bool provenSimpleRing(const double *xy, size_t size);

/// True when @p geometry is a polygon without holes (or a multipolygon of one such part) whose
/// shell provenSimpleRing() proves simple, hence GEOS IsValid would say valid. False when not proven (the caller asks GEOS).
bool provenValidPolygon(GEOSContextHandle_t ctx, const GEOSGeometry *geometry);

} // namespace fg::gis
