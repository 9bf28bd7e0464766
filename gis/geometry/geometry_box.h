// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"

#include <QRectF>

namespace fg::gis {

/// An axis-aligned box in the geometry's own coordinates.
struct GeometryBox
{
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
};

/// Reads @p geometry's bounding box into @p box (GEOS keeps it with the geometry, so this is cheap).
/// Returns false, leaving @p box as it was, for a null or empty geometry or when GEOS gives none.
bool geometryBox(const GEOSGeometry *geometry, GeometryBox *box);

/// The same box as a QRectF in map units; false, leaving @p envelope as it was, where geometryBox is.
bool geometryEnvelope(const GEOSGeometry *geometry, QRectF *envelope);

} // namespace fg::gis
