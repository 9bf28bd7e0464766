// SPDX-License-Identifier: MIT
#include "gis/io/geometry_repair.h"

#include "gis/io/validity_reason.h"
#include <cmath>

namespace fg::gis {

namespace {

/// The polygonal parts of a (possibly nested) collection as one MultiPolygon, or null when none.
GeosGeometryPtr polygonalParts(const GEOSGeometry *g)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GEOSGeometry *> parts;
    const int n = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(ctx, g, i);
        const int type = GEOSGeomTypeId_r(ctx, part);
        if (type == GEOS_POLYGON) {
            if (!GEOSisEmpty_r(ctx, part))
                parts.push_back(GEOSGeom_clone_r(ctx, part));
        } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
            GeosGeometryPtr inner = type == GEOS_MULTIPOLYGON ? cloneGeometry(part) : polygonalParts(part);
            for (int j = 0; inner && j < GEOSGetNumGeometries_r(ctx, inner.get()); ++j)
                parts.push_back(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, inner.get(), j)));
        }
    }
    if (parts.empty())
        return {};
    return GeosGeometryPtr(GEOSGeom_createCollection_r(
        ctx, GEOS_MULTIPOLYGON, parts.data(), static_cast<unsigned>(parts.size())));
}

GeosGeometryPtr makeValidPolygonal(const GEOSGeometry *g)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSMakeValidParams *params = GEOSMakeValidParams_create_r(ctx);
    GEOSMakeValidParams_setMethod_r(ctx, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0);
    GeosGeometryPtr fixed(GEOSMakeValidWithParams_r(ctx, g, params));
    GEOSMakeValidParams_destroy_r(ctx, params);
    if (fixed && geometryKindOf(fixed.get()) != GeometryKind::Polygon && !GEOSisEmpty_r(ctx, fixed.get()))
        fixed = polygonalParts(fixed.get());
    return fixed;
}

bool sequenceIsFinite(GEOSContextHandle_t ctx, const GEOSCoordSequence *sequence)
{
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size))
        return true;
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        if (GEOSCoordSeq_getXY_r(ctx, sequence, i, &x, &y) && !(std::isfinite(x) && std::isfinite(y)))
            return false;
    }
    return true;
}

} // namespace

bool hasNonFiniteCoordinates(const GEOSGeometry *g)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!g || GEOSisEmpty_r(ctx, g) == 1)
        return false;
    switch (GEOSGeomTypeId_r(ctx, g)) {
    case GEOS_POINT:
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        return !sequenceIsFinite(ctx, GEOSGeom_getCoordSeq_r(ctx, g));
    case GEOS_POLYGON: {
        if (hasNonFiniteCoordinates(GEOSGetExteriorRing_r(ctx, g)))
            return true;
        const int holes = GEOSGetNumInteriorRings_r(ctx, g);
        for (int i = 0; i < holes; ++i)
            if (hasNonFiniteCoordinates(GEOSGetInteriorRingN_r(ctx, g, i)))
                return true;
        return false;
    }
    default:
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            if (hasNonFiniteCoordinates(GEOSGetGeometryN_r(ctx, g, i)))
                return true;
        return false;
    }
}

GeometryKind geometryKindOf(const GEOSGeometry *g)
{
    if (!g)
        return GeometryKind::Unknown;
    switch (GEOSGeomTypeId_r(geosContext(), g)) {
    case GEOS_POINT:
    case GEOS_MULTIPOINT:
        return GeometryKind::Point;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
    case GEOS_MULTILINESTRING:
        return GeometryKind::Line;
    case GEOS_POLYGON:
    case GEOS_MULTIPOLYGON:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::Unknown;
    }
}

GeometryVerdict checkAndRepair(GeosGeometryPtr &geometry, GeometryKind kind, QString *reason)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!geometry || GEOSisEmpty_r(ctx, geometry.get()))
        return GeometryVerdict::Empty;
    if (hasNonFiniteCoordinates(geometry.get()))
        return GeometryVerdict::NonFinite;
    GeometryKind actual = geometryKindOf(geometry.get());
    if (kind == GeometryKind::Polygon && actual == GeometryKind::Unknown) {
        // Collections (e.g. a MultiPatch read as TINs and polygons) keep their polygonal parts.
        GeosGeometryPtr parts = polygonalParts(geometry.get());
        if (!parts)
            return GeometryVerdict::WrongKind;
        geometry = std::move(parts);
        actual = GeometryKind::Polygon;
    }
    if (kind != GeometryKind::Unknown && actual != kind)
        return GeometryVerdict::WrongKind;
    if (actual != GeometryKind::Polygon || GEOSisValid_r(ctx, geometry.get()) == 1)
        return GeometryVerdict::Valid;
    if (reason) {
        char *text = GEOSisValidReason_r(ctx, geometry.get());
        *reason = validityReasonText(QString::fromUtf8(text ? text : ""));
        GEOSFree_r(ctx, text);
    }
    GeosGeometryPtr fixed = makeValidPolygonal(geometry.get());
    if (!fixed || GEOSisEmpty_r(ctx, fixed.get())) {
        geometry.reset();
        return GeometryVerdict::Collapsed;
    }
    geometry = std::move(fixed);
    return GeometryVerdict::Repaired;
}

} // namespace fg::gis
