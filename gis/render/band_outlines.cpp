// SPDX-License-Identifier: MIT
#include "gis/render/band_outlines.h"

#include "gis/geos_context.h"
#include "gis/io/vector_layer.h"
#include "gis/render/feature_boxes.h"
#include "gis/render/map_transform.h"

#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <cmath>

namespace fg::gis {

int BandOutlines::bandOf(double unitsPerPixel)
{
    return int(std::floor(std::log2(unitsPerPixel)));
}

double BandOutlines::bandUnitsPerPixel(int band)
{
    return std::ldexp(1.0, band);
}

BandOutlines::BandOutlines(const VectorLayer &layer, const FeatureBoxes &boxes, double bandUnitsPerPixel,
                           double tolerance, double minPixels)
    : m_origin(boxes.extent().topLeft())
    , m_unitsPerPixel(bandUnitsPerPixel)
    , m_hasRow(size_t(layer.featureCount()), false)
    , m_rowFirstRing(size_t(layer.featureCount()) + 1, 0)
{
    std::vector<double> buffer;
    const double minSize = minPixels * bandUnitsPerPixel;
    for (int row = 0; row < layer.featureCount(); ++row) {
        m_rowFirstRing[size_t(row)] = uint32_t(m_ringClosed.size());
        QRectF box;
        if (boxes.box(row, &box) && std::max(box.width(), box.height()) >= minSize
            && layer.geometryKind != GeometryKind::Point) {
            appendGeometry(layer.geometry(row), tolerance * tolerance, buffer);
            m_hasRow[size_t(row)] = true;
        }
    }
    m_rowFirstRing.back() = uint32_t(m_ringClosed.size());
}

void BandOutlines::appendGeometry(const void *handle, double toleranceSquared, std::vector<double> &buffer)
{
    const auto *geometry = static_cast<const GEOSGeometry *>(handle);
    GEOSContextHandle_t ctx = geosContext();
    if (!geometry || GEOSisEmpty_r(ctx, geometry))
        return;
    switch (GEOSGeomTypeId_r(ctx, geometry)) {
    case GEOS_LINESTRING: appendRing(GEOSGeom_getCoordSeq_r(ctx, geometry), false, toleranceSquared, buffer); break;
    case GEOS_LINEARRING: appendRing(GEOSGeom_getCoordSeq_r(ctx, geometry), true, toleranceSquared, buffer); break;
    case GEOS_POLYGON: {
        appendRing(GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, geometry)), true, toleranceSquared, buffer);
        const int holes = GEOSGetNumInteriorRings_r(ctx, geometry);
        for (int i = 0; i < holes; ++i)
            appendRing(GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, geometry, i)), true, toleranceSquared,
                       buffer);
        break;
    }
    case GEOS_MULTILINESTRING:
    case GEOS_MULTIPOLYGON:
    case GEOS_GEOMETRYCOLLECTION: {
        const int parts = GEOSGetNumGeometries_r(ctx, geometry);
        for (int i = 0; i < parts; ++i)
            appendGeometry(GEOSGetGeometryN_r(ctx, geometry, i), toleranceSquared, buffer);
        break;
    }
    default: break; // points are drawn from their boxes
    }
}

void BandOutlines::appendRing(const void *handle, bool closed, double toleranceSquared, std::vector<double> &buffer)
{
    const auto *sequence = static_cast<const GEOSCoordSequence *>(handle);
    GEOSContextHandle_t ctx = geosContext();
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size) || size < 2)
        return;
    buffer.resize(size_t(size) * 2);
    if (!GEOSCoordSeq_copyToBuffer_r(ctx, sequence, buffer.data(), 0, 0))
        return;
    // The same rule as GeometryPathBuilder, in band pixels: a vertex within the tolerance of the
    // last kept one adds nothing visible; the last vertex always stays (it closes the ring).
    const size_t first = m_xy.size();
    double lastX = 0, lastY = 0;
    for (unsigned int i = 0; i < size; ++i) {
        const double x = (buffer[2 * i] - m_origin.x()) / m_unitsPerPixel;
        const double y = (buffer[2 * i + 1] - m_origin.y()) / m_unitsPerPixel;
        if (m_xy.size() > first && i + 1 < size
            && (x - lastX) * (x - lastX) + (y - lastY) * (y - lastY) < toleranceSquared)
            continue;
        m_xy.push_back(float(x));
        m_xy.push_back(float(y));
        lastX = x;
        lastY = y;
    }
    const size_t kept = (m_xy.size() - first) / 2;
    if (closed ? kept < 4 : kept < 2) { // a ring needs three distinct vertices (first == last)
        m_xy.resize(first);
        return;
    }
    m_ringStart.push_back(uint32_t(m_xy.size() / 2));
    m_ringClosed.push_back(closed);
}

bool BandOutlines::has(int row) const
{
    return row >= 0 && size_t(row) < m_hasRow.size() && m_hasRow[size_t(row)];
}

bool BandOutlines::draw(QPainter &painter, int row, const MapTransform &view) const
{
    const uint32_t first = m_rowFirstRing[size_t(row)], last = m_rowFirstRing[size_t(row) + 1];
    if (first == last)
        return false;
    // band pixel (bx, by) -> map (origin + b × bandUpp) -> view pixel
    const double k = m_unitsPerPixel / view.unitsPerPixel();
    const QPointF o = view.toPixel(m_origin);
    QVarLengthArray<QPointF, 64> points;
    const auto ring = [&](uint32_t r) {
        points.clear();
        for (uint32_t i = m_ringStart[r]; i < m_ringStart[r + 1]; ++i)
            points.append(QPointF(o.x() + m_xy[2 * i] * k, o.y() - m_xy[2 * i + 1] * k));
    };
    if (last - first == 1) { // one ring: no QPainterPath to build
        ring(first);
        if (m_ringClosed[first])
            painter.drawPolygon(points.constData(), int(points.size()), Qt::OddEvenFill);
        else
            painter.drawPolyline(points.constData(), int(points.size()));
        return true;
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (uint32_t r = first; r < last; ++r) {
        ring(r);
        path.addPolygon(QPolygonF(points.begin(), points.end()));
        if (m_ringClosed[r])
            path.closeSubpath();
    }
    painter.drawPath(path);
    return true;
}

std::vector<std::vector<QPointF>> BandOutlines::rings(int row) const
{
    std::vector<std::vector<QPointF>> out;
    for (uint32_t r = m_rowFirstRing[size_t(row)]; r < m_rowFirstRing[size_t(row) + 1]; ++r) {
        out.emplace_back();
        for (uint32_t i = m_ringStart[r]; i < m_ringStart[r + 1]; ++i)
            out.back().push_back(QPointF(m_origin.x() + m_xy[2 * i] * m_unitsPerPixel,
                                         m_origin.y() + m_xy[2 * i + 1] * m_unitsPerPixel));
    }
    return out;
}

} // namespace fg::gis
