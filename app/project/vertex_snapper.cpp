// SPDX-License-Identifier: MIT
#include "app/project/vertex_snapper.h"

#include "gis/io/vector_layer.h"

#include <QLineF>
#include <QRectF>

#include <cmath>
#include <functional>
#include <limits>

namespace fg::app {

namespace {

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QPointF closestOnSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    if (lengthSquared <= 0)
        return a;
    const double t = std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0);
    return a + t * ab;
}

/// Calls @p visit with each ring's vertices of a (multi)polygon.
void forEachRing(GEOSContextHandle_t ctx, const GEOSGeometry *geometry, const std::function<void(const std::vector<QPointF> &)> &visit)
{
    const int parts = GEOSGetNumGeometries_r(ctx, geometry);
    for (int i = 0; i < parts; ++i) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(ctx, geometry, i);
        if (GEOSGeomTypeId_r(ctx, part) != GEOS_POLYGON)
            continue;
        const int holes = GEOSGetNumInteriorRings_r(ctx, part);
        for (int r = -1; r < holes; ++r) {
            const GEOSGeometry *ring = r < 0 ? GEOSGetExteriorRing_r(ctx, part) : GEOSGetInteriorRingN_r(ctx, part, r);
            const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, ring);
            unsigned int size = 0;
            if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size))
                continue;
            std::vector<QPointF> points(size);
            for (unsigned int k = 0; k < size; ++k) {
                double x = 0, y = 0;
                GEOSCoordSeq_getXY_r(ctx, sequence, k, &x, &y);
                points[k] = QPointF(x, y);
            }
            visit(points);
        }
    }
}

} // namespace

VertexSnapper::VertexSnapper(std::vector<std::shared_ptr<const gis::VectorLayer>> layers)
    : m_layers(std::move(layers))
{
}

VertexSnapper::Snap VertexSnapper::snap(const QPointF &point, double tolerance) const
{
    GEOSContextHandle_t ctx = gis::geosContext();
    const QRectF window(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
    double bestVertex = std::numeric_limits<double>::infinity();
    double bestEdge = bestVertex;
    Snap vertex, edge;
    for (const auto &layer : m_layers) {
        for (int row : layer->query(window)) {
            forEachRing(ctx, layer->geometry(row), [&](const std::vector<QPointF> &ring) {
                for (size_t k = 0; k < ring.size(); ++k) {
                    const double dv = distance(point, ring[k]);
                    if (dv <= tolerance && dv < bestVertex) {
                        bestVertex = dv;
                        vertex = { ring[k], Kind::Vertex };
                    }
                    if (k + 1 < ring.size()) {
                        const QPointF onEdge = closestOnSegment(point, ring[k], ring[k + 1]);
                        const double de = distance(point, onEdge);
                        if (de <= tolerance && de < bestEdge) {
                            bestEdge = de;
                            edge = { onEdge, Kind::Edge };
                        }
                    }
                }
            });
        }
    }
    if (vertex.kind != Kind::None)
        return vertex;
    if (edge.kind != Kind::None)
        return edge;
    return { point, Kind::None };
}

} // namespace fg::app
