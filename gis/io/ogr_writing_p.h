// SPDX-License-Identifier: MIT
// Private to gis/: the pieces every GDAL layer writer needs (project layers, sample layers).
#pragma once

#include "gis/geos_context.h"
#include "gis/io/gdal_handles_p.h"
#include "gis/io/vector_layer.h"

namespace fg::gis {

/// The OGR field type FarmGuard writes for @p type: Integer as 64-bit, Text and Other as strings.
OGRFieldType ogrFieldType(FieldType type);

/// A spatial reference for EPSG:@p epsg with x = easting/longitude (traditional GIS axis order).
OgrSrsPtr ogrSrsForEpsg(int epsg);

/// @p geometry converted through WKB; forced to MultiPolygon when @p multi. The caller owns the result
/// (null when the geometry cannot be converted). Uses this thread's GEOS context.
OGRGeometryH ogrGeometryFromGeos(const GEOSGeometry *geometry, bool multi);

} // namespace fg::gis
