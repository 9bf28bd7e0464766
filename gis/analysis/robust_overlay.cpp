// SPDX-License-Identifier: MIT
#include "gis/analysis/robust_overlay.h"

#include <algorithm>
#include <cmath>

namespace fg::gis::robust {

namespace {

// Bounds are checked with a slack far below the 0.01 m² a report prints but far above the
// floating-point noise of an exact overlay of parcel-sized polygons.
double slack(double scale)
{
    return 1e-4 + 1e-9 * std::fabs(scale);
}

void collectPolygons(GEOSContextHandle_t ctx, const GEOSGeometry *g, std::vector<GEOSGeometry *> *out)
{
    switch (GEOSGeomTypeId_r(ctx, g)) {
    case GEOS_POLYGON:
        if (!GEOSisEmpty_r(ctx, g))
            out->push_back(GEOSGeom_clone_r(ctx, g));
        break;
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION:
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            collectPolygons(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
        break;
    default:
        break;
    }
}

[[noreturn]] void fail(const char *operation)
{
    const QString why = takeGeosError();
    throw OverlayFailure(std::string(operation) + " failed even on the 0.1 mm grid: " + why.toStdString());
}

} // namespace

GeosGeometryPtr polygonalPart(GeosGeometryPtr geometry)
{
    if (!geometry)
        return nullptr;
    GEOSContextHandle_t ctx = geosContext();
    const int type = GEOSGeomTypeId_r(ctx, geometry.get());
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return GEOSisEmpty_r(ctx, geometry.get()) ? nullptr : std::move(geometry);
    std::vector<GEOSGeometry *> polygons;
    collectPolygons(ctx, geometry.get(), &polygons);
    if (polygons.empty())
        return nullptr;
    if (polygons.size() == 1)
        return GeosGeometryPtr(polygons.front());
    return GeosGeometryPtr(GEOSGeom_createCollection_r(
        ctx, GEOS_MULTIPOLYGON, polygons.data(), static_cast<unsigned>(polygons.size())));
}

double planarArea(const GEOSGeometry *geometry)
{
    double area = 0;
    if (geometry && !GEOSArea_r(geosContext(), geometry, &area))
        return 0;
    return area;
}

GeosGeometryPtr unionOf(std::vector<GeosGeometryPtr> pieces, bool *snapped)
{
    pieces.erase(std::remove(pieces.begin(), pieces.end(), nullptr), pieces.end());
    if (pieces.empty())
        return nullptr;
    if (pieces.size() == 1)
        return std::move(pieces.front());
    double sum = 0, largest = 0;
    std::vector<GEOSGeometry *> raw;
    raw.reserve(pieces.size());
    for (auto &piece : pieces) {
        const double a = planarArea(piece.get());
        sum += a;
        largest = std::max(largest, a);
        raw.push_back(piece.release());
    }
    GEOSContextHandle_t ctx = geosContext();
    const GeosGeometryPtr collection(GEOSGeom_createCollection_r(
        ctx, GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size())));
    auto plausible = [&](const GeosGeometryPtr &u) {
        const double a = planarArea(u.get());
        return u && a >= largest - slack(sum) && a <= sum + slack(sum);
    };
    GeosGeometryPtr result = polygonalPart(GeosGeometryPtr(GEOSUnaryUnion_r(ctx, collection.get())));
    if (plausible(result))
        return result;
    takeGeosError();
    result = polygonalPart(GeosGeometryPtr(GEOSUnaryUnionPrec_r(ctx, collection.get(), kOverlayGridSize)));
    if (!result)
        fail("union");
    *snapped = true;
    return result;
}

GeosGeometryPtr difference(const GEOSGeometry *a, const GEOSGeometry *b, bool *snapped)
{
    if (!a)
        return nullptr;
    if (!b)
        return cloneGeometry(a);
    GEOSContextHandle_t ctx = geosContext();
    const double areaA = planarArea(a);
    const double areaB = planarArea(b);
    auto plausible = [&](const GeosGeometryPtr &d) {
        if (!d)
            return false;
        const double area = planarArea(d.get());
        return area <= areaA + slack(areaA) && area >= areaA - areaB - slack(areaA);
    };
    GeosGeometryPtr raw(GEOSDifference_r(ctx, a, b));
    // An empty difference is a valid answer (a inside b); keep it apart from a GEOS error.
    if (raw && plausible(raw))
        return polygonalPart(std::move(raw));
    takeGeosError();
    raw.reset(GEOSDifferencePrec_r(ctx, a, b, kOverlayGridSize));
    if (!raw)
        fail("difference");
    *snapped = true;
    return polygonalPart(std::move(raw));
}

GeosGeometryPtr intersection(const GEOSGeometry *target, const GEOSGeometry *other, bool *snapped)
{
    GEOSContextHandle_t ctx = geosContext();
    const double bound = std::min(planarArea(target), planarArea(other));
    GeosGeometryPtr raw(GEOSIntersection_r(ctx, target, other));
    if (raw && planarArea(raw.get()) <= bound + slack(bound))
        return polygonalPart(std::move(raw));
    takeGeosError();
    raw.reset(GEOSIntersectionPrec_r(ctx, target, other, kOverlayGridSize));
    if (!raw)
        fail("intersection");
    *snapped = true;
    return polygonalPart(std::move(raw));
}

} // namespace fg::gis::robust
