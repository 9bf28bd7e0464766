// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::gis {

/// Checks a shapefile set (.shp, .shx, .dbf) before GDAL opens it, so that each broken file gets
/// one clear message instead of a GDAL failure or a silently short layer: empty or truncated .shp,
/// bad file code, missing or truncated .shx, missing or truncated .dbf, record counts that differ.
/// When the .shx is missing and allowMissingShx is false the message says how to let GDAL rebuild
/// it on a copy. Reads only. Throws core::InputError naming the offending file.
void checkShapefileSet(const QString &shpPath, bool allowMissingShx);

} // namespace fg::gis
