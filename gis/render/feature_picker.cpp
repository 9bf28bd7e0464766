// SPDX-License-Identifier: MIT
#include "gis/render/feature_picker.h"

#include "gis/io/vector_layer.h"

#include <algorithm>

namespace fg::gis {

std::vector<int> featuresAt(const VectorLayer &layer, QPointF point, double tolerance)
{
    GEOSContextHandle_t ctx = geosContext();
    const QRectF probe(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
    GeosGeometryPtr p(GEOSGeom_createPointFromXY_r(ctx, point.x(), point.y()));
    std::vector<std::pair<double, int>> hits;
    for (int row : layer.query(probe)) {
        const GEOSGeometry *g = layer.geometry(row);
        double distance = 0;
        if (!g || !GEOSDistance_r(ctx, g, p.get(), &distance))
            continue;
        if (distance <= tolerance)
            hits.emplace_back(distance, row);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<int> rows;
    rows.reserve(hits.size());
    for (const auto &hit : hits)
        rows.push_back(hit.second);
    return rows;
}

std::vector<int> featuresIn(const VectorLayer &layer, const QRectF &rect)
{
    GEOSContextHandle_t ctx = geosContext();
    const QRectF r = rect.normalized();
    GeosGeometryPtr box(GEOSGeom_createRectangle_r(ctx, r.left(), r.top(), r.right(), r.bottom()));
    GeosPreparedPtr prepared(GEOSPrepare_r(ctx, box.get()));
    std::vector<int> rows;
    for (int row : layer.query(r)) {
        const GEOSGeometry *g = layer.geometry(row);
        if (g && GEOSPreparedIntersects_r(ctx, prepared.get(), g) == 1)
            rows.push_back(row);
    }
    return rows;
}

} // namespace fg::gis
