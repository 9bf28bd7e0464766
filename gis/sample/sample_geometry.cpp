// SPDX-License-Identifier: MIT
#include "gis/sample/sample_geometry.h"

#include <stdexcept>

namespace fg::gis::sample {

namespace {

GeosGeometryPtr checked(GEOSGeometry *geometry, const char *what)
{
    if (!geometry)
        throw std::runtime_error(
            std::string("sample generator: GEOS ") + what + " failed: " + takeGeosError().toStdString());
    return GeosGeometryPtr(geometry);
}

GEOSGeometry *makeRing(const Ring &ring)
{
    GEOSContextHandle_t ctx = geosContext();
    const auto n = static_cast<unsigned>(ring.size());
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i) {
        const Point &p = ring[i % n];
        GEOSCoordSeq_setXY_r(ctx, seq, i, p.x, p.y);
    }
    return GEOSGeom_createLinearRing_r(ctx, seq);
}

} // namespace

Point lerp(const Point &a, const Point &b, double t)
{
    return { a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t };
}

GeosGeometryPtr makePolygon(const Ring &shell, const std::vector<Ring> &holes)
{
    if (shell.size() < 3)
        throw std::runtime_error("sample generator: polygon shell with fewer than 3 points");
    std::vector<GEOSGeometry *> holeRings;
    for (const Ring &hole : holes)
        holeRings.push_back(makeRing(hole));
    return checked(GEOSGeom_createPolygon_r(geosContext(), makeRing(shell), holeRings.data(),
                       static_cast<unsigned>(holeRings.size())),
        "polygon");
}

GeosGeometryPtr makeRectangle(double x0, double y0, double x1, double y1)
{
    return makePolygon({ { x0, y0 }, { x1, y0 }, { x1, y1 }, { x0, y1 } });
}

GeosGeometryPtr makeMultiPolygon(std::vector<GeosGeometryPtr> polygons)
{
    std::vector<GEOSGeometry *> raw;
    for (GeosGeometryPtr &p : polygons)
        raw.push_back(p.release());
    return checked(GEOSGeom_createCollection_r(
                       geosContext(), GEOS_MULTIPOLYGON, raw.data(), static_cast<unsigned>(raw.size())),
        "multipolygon");
}

GeosGeometryPtr unionAll(const std::vector<const GEOSGeometry *> &geometries)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GEOSGeometry *> clones;
    for (const GEOSGeometry *g : geometries)
        clones.push_back(GEOSGeom_clone_r(ctx, g));
    GeosGeometryPtr collection = checked(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION,
                                             clones.data(), static_cast<unsigned>(clones.size())),
        "collection");
    return checked(GEOSUnaryUnion_r(ctx, collection.get()), "union");
}

GeosGeometryPtr unite(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return checked(GEOSUnion_r(geosContext(), a, b), "union");
}

GeosGeometryPtr intersect(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return checked(GEOSIntersection_r(geosContext(), a, b), "intersection");
}

GeosGeometryPtr subtract(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return checked(GEOSDifference_r(geosContext(), a, b), "difference");
}

GeosGeometryPtr buffer(const GEOSGeometry *geometry, double distance)
{
    return checked(GEOSBuffer_r(geosContext(), geometry, distance, 8), "buffer");
}

double planarArea(const GEOSGeometry *geometry)
{
    double area = 0;
    if (!GEOSArea_r(geosContext(), geometry, &area))
        throw std::runtime_error("sample generator: GEOS area failed");
    return area;
}

bool within(const GEOSGeometry *inner, const GEOSGeometry *outer)
{
    return GEOSWithin_r(geosContext(), inner, outer) == 1;
}

bool intersects(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return GEOSIntersects_r(geosContext(), a, b) == 1;
}

Point interiorPoint(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = geosContext();
    GeosGeometryPtr p = checked(GEOSPointOnSurface_r(ctx, geometry), "point on surface");
    Point result;
    GEOSGeomGetX_r(ctx, p.get(), &result.x);
    GEOSGeomGetY_r(ctx, p.get(), &result.y);
    return result;
}

double solveIncreasing(const std::function<double(double)> &f, double low, double high, double target)
{
    if (!(f(low) <= target && target <= f(high)))
        throw std::runtime_error("sample generator: area target not bracketed");
    // 200 halvings exhaust the doubles between any two finite bounds; stop once they meet.
    for (int i = 0; i < 200; ++i) {
        const double mid = low + (high - low) / 2;
        if (mid <= low || mid >= high)
            break;
        (f(mid) < target ? low : high) = mid;
    }
    return high;
}

} // namespace fg::gis::sample
