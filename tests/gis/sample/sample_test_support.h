// SPDX-License-Identifier: MIT
// Helpers for the sample county tests: read a committed layer, union the parcels an incident
// touches, measure. They use the reader and GEOS directly, not the generator's own code.
#pragma once

#include "core/units.h"
#include "gis/geometry/area_calculator.h"
#include "gis/io/layer_reader.h"

#include <QDir>

#include <functional>
#include <vector>

namespace fg::gis::test {

inline QString sampleDir()
{
    return QStringLiteral(FG_SAMPLE_DIR);
}

inline VectorLayer readSampleLayer(const QString &dir, const QString &name)
{
    return readLayer(QDir(dir).filePath(name + QStringLiteral(".shp")));
}

/// Union of the rows that intersect `near` and pass `keep` (all rows when `near` is null).
inline GeosGeometryPtr unionOfRows(
    const VectorLayer &layer, const GEOSGeometry *near, const std::function<bool(int)> &keep = {})
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GEOSGeometry *> parts;
    const std::vector<int> rows = near ? layer.query(near) : [&] {
        std::vector<int> all(static_cast<size_t>(layer.featureCount()));
        for (int r = 0; r < layer.featureCount(); ++r)
            all[static_cast<size_t>(r)] = r;
        return all;
    }();
    for (int row : rows) {
        const GEOSGeometry *g = layer.geometry(row);
        if (g && (!keep || keep(row)) && (!near || GEOSIntersects_r(ctx, g, near) == 1))
            parts.push_back(GEOSGeom_clone_r(ctx, g));
    }
    GeosGeometryPtr collection(GEOSGeom_createCollection_r(
        ctx, GEOS_GEOMETRYCOLLECTION, parts.data(), static_cast<unsigned>(parts.size())));
    return GeosGeometryPtr(GEOSUnaryUnion_r(ctx, collection.get()));
}

inline GeosGeometryPtr intersection(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return GeosGeometryPtr(GEOSIntersection_r(geosContext(), a, b));
}

inline double planarArea(const GEOSGeometry *g)
{
    double area = 0;
    GEOSArea_r(geosContext(), g, &area);
    return area;
}

/// Ellipsoidal area in 亩.
inline double ellipsoidalMu(const AreaCalculator &calculator, const GEOSGeometry *g)
{
    return core::squareMetresToMu(calculator.area(g, AreaMethod::Ellipsoidal));
}

inline int rowWhere(const VectorLayer &layer, const QString &field, const QString &value)
{
    const int f = layer.fieldIndex(field);
    for (int r = 0; r < layer.featureCount(); ++r)
        if (layer.value(r, f).toString() == value)
            return r;
    return -1;
}

} // namespace fg::gis::test
