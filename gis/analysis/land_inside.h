// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <vector>

namespace fg::gis {

/// The land of @p parcels that lies inside @p area, as one geometry: each parcel clipped to the
/// area, then the pieces unioned, so parcels that overlap (real survey layers do) count once.
/// Invalid parcels are measured as GEOS MakeValid repairs them. Null when no parcel reaches inside. Robust
/// overlays (gis::robust). Working-CRS geometries; uses the calling thread's GEOS context; inputs are not
/// modified.
GeosGeometryPtr landInside(const std::vector<const GEOSGeometry *> &parcels, const GEOSGeometry *area);

} // namespace fg::gis
