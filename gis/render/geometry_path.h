// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geometry/geometry_box.h" // geometryEnvelope, used with the paths
#include "gis/geos_context.h"

#include <QPainterPath>
#include <QRectF>

namespace fg::gis {

class MapTransform;

/// Turns GEOS geometries into QPainterPaths in a view's pixel coordinates, simplified to a pixel.
/// Thread affinity: one builder per thread (it uses the calling thread's GEOS context and a buffer).
class GeometryPathBuilder
{
public:
    /// tolerancePx: a vertex closer than this (logical px) to the previously kept vertex is dropped;
    /// rings that collapse below three vertices are left out. pointRadius: size of point symbols.
    GeometryPathBuilder(const MapTransform &transform, double tolerancePx, double pointRadius = 3.0);

    /// Appends polygons (odd-even rings), lines and points of any GEOS geometry type.
    void append(QPainterPath &path, const GEOSGeometry *geometry);
    /// The path of one geometry (fill rule odd-even, so holes stay open).
    QPainterPath path(const GEOSGeometry *geometry);

private:
    void appendSequence(QPainterPath &path, const GEOSCoordSequence *sequence, bool closed);

    double m_scale;
    double m_offsetX;
    double m_offsetY;
    double m_toleranceSquared;
    double m_pointRadius;
    std::vector<double> m_buffer;
};

} // namespace fg::gis
