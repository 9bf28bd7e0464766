// SPDX-License-Identifier: MIT
#include "gis/analysis/land_inside.h"

#include "gis/analysis/robust_overlay.h"
#include "gis/io/geometry_repair.h"

namespace fg::gis {

GeosGeometryPtr landInside(const std::vector<const GEOSGeometry *> &parcels, const GEOSGeometry *area)
{
    if (!area)
        return nullptr;
    std::vector<GeosGeometryPtr> pieces;
    const GeosPreparedPtr prepared(GEOSPrepare_r(geosContext(), area));
    bool snapped = false;
    for (const GEOSGeometry *given : parcels) {
        if (!given || GEOSPreparedIntersects_r(geosContext(), prepared.get(), given) != 1)
            continue;
        // Survey layers carry invalid rings (self-touching, bow-ties): an overlay with one fails,
        // so such a parcel is measured as GEOS MakeValid repairs it, as the analysis reads it.
        GeosGeometryPtr repaired;
        const GEOSGeometry *parcel = given;
        if (GEOSisValid_r(geosContext(), given) != 1) {
            repaired = cloneGeometry(given);
            if (checkAndRepair(repaired, GeometryKind::Polygon) != GeometryVerdict::Repaired)
                continue;
            parcel = repaired.get();
        }
        // Inside entirely: no overlay needed (most parcels of a township are).
        if (GEOSPreparedContains_r(geosContext(), prepared.get(), parcel) == 1)
            pieces.push_back(repaired ? std::move(repaired) : cloneGeometry(parcel));
        else if (GeosGeometryPtr piece = robust::intersection(parcel, area, &snapped))
            pieces.push_back(std::move(piece));
    }
    return robust::unionOf(std::move(pieces), &snapped);
}

} // namespace fg::gis
