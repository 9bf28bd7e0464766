// SPDX-License-Identifier: MIT
#include "gis/render/geometry_path.h"

#include "gis/render/map_transform.h"

namespace fg::gis {

GeometryPathBuilder::GeometryPathBuilder(const MapTransform &transform, double tolerancePx, double pointRadius)
    : m_scale(1.0 / transform.unitsPerPixel())
    , m_toleranceSquared(tolerancePx * tolerancePx)
    , m_pointRadius(pointRadius)
{
    const QPointF origin = transform.toPixel(QPointF(0, 0));
    m_offsetX = origin.x();
    m_offsetY = origin.y();
}

QPainterPath GeometryPathBuilder::path(const GEOSGeometry *geometry)
{
    QPainterPath p;
    p.setFillRule(Qt::OddEvenFill);
    append(p, geometry);
    return p;
}

void GeometryPathBuilder::append(QPainterPath &path, const GEOSGeometry *geometry)
{
    if (!geometry)
        return;
    GEOSContextHandle_t ctx = geosContext();
    switch (GEOSGeomTypeId_r(ctx, geometry)) {
    case GEOS_POINT: {
        double x = 0, y = 0;
        if (!GEOSisEmpty_r(ctx, geometry) && GEOSGeomGetX_r(ctx, geometry, &x) && GEOSGeomGetY_r(ctx, geometry, &y))
            path.addEllipse(QPointF(x * m_scale + m_offsetX, m_offsetY - y * m_scale), m_pointRadius, m_pointRadius);
        break;
    }
    case GEOS_LINESTRING:
        appendSequence(path, GEOSGeom_getCoordSeq_r(ctx, geometry), false);
        break;
    case GEOS_LINEARRING:
        appendSequence(path, GEOSGeom_getCoordSeq_r(ctx, geometry), true);
        break;
    case GEOS_POLYGON: {
        if (GEOSisEmpty_r(ctx, geometry))
            break;
        appendSequence(path, GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, geometry)), true);
        const int holes = GEOSGetNumInteriorRings_r(ctx, geometry);
        for (int i = 0; i < holes; ++i)
            appendSequence(path, GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, geometry, i)), true);
        break;
    }
    case GEOS_MULTIPOINT:
    case GEOS_MULTILINESTRING:
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION: {
        const int parts = GEOSGetNumGeometries_r(ctx, geometry);
        for (int i = 0; i < parts; ++i)
            append(path, GEOSGetGeometryN_r(ctx, geometry, i));
        break;
    }
    default: break;
    }
}

void GeometryPathBuilder::appendSequence(QPainterPath &path, const GEOSCoordSequence *sequence, bool closed)
{
    GEOSContextHandle_t ctx = geosContext();
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size) || size < 2)
        return;
    m_buffer.resize(size_t(size) * 2);
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, sequence, m_buffer.data(), 0, 0))
        return;
    // Simplify to a pixel: consecutive vertices inside the tolerance add nothing visible.
    QPolygonF kept;
    kept.reserve(int(size));
    for (unsigned int i = 0; i < size; ++i) {
        const QPointF p(m_buffer[2 * i] * m_scale + m_offsetX, m_offsetY - m_buffer[2 * i + 1] * m_scale);
        if (!kept.isEmpty() && i + 1 < size) {
            const QPointF d = p - kept.back();
            if (d.x() * d.x() + d.y() * d.y() < m_toleranceSquared)
                continue;
        }
        kept.append(p);
    }
    if (closed) {
        if (kept.size() < 4)  // first == last: fewer than three distinct vertices
            return;
        path.addPolygon(kept);
        path.closeSubpath();
    } else if (kept.size() >= 2) {
        path.addPolygon(kept);
    }
}

} // namespace fg::gis
