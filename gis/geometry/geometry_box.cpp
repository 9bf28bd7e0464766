// SPDX-License-Identifier: MIT
#include "gis/geometry/geometry_box.h"

namespace fg::gis {

bool geometryBox(const GEOSGeometry *geometry, GeometryBox *box)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!geometry || GEOSisEmpty_r(ctx, geometry) != 0)
        return false;
    GeometryBox read;
    if (!GEOSGeom_getXMin_r(ctx, geometry, &read.minX) || !GEOSGeom_getYMin_r(ctx, geometry, &read.minY)
        || !GEOSGeom_getXMax_r(ctx, geometry, &read.maxX) || !GEOSGeom_getYMax_r(ctx, geometry, &read.maxY))
        return false;
    *box = read;
    return true;
}

bool geometryEnvelope(const GEOSGeometry *geometry, QRectF *envelope)
{
    GeometryBox box;
    if (!geometryBox(geometry, &box))
        return false;
    *envelope = QRectF(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
    return true;
}

} // namespace fg::gis
