// SPDX-License-Identifier: MIT
// Private to gis/store: GeoPackage geometry blobs (GPKG spec §2.1.3) written without GDAL, so
// an incident, its case and its audit event commit in one SQLite transaction.
#pragma once

#include "gis/geos_context.h"

#include <QByteArray>

struct sqlite3;

namespace fg::gis {

/// The GeoPackage blob of @p geometry (promoted to MultiPolygon when it is a Polygon) with its
/// XY envelope, little endian, in @p srsId. Throws std::runtime_error when GEOS cannot write it.
QByteArray gpkgBlobFromGeos(const GEOSGeometry *geometry, int srsId);

/// The GeoPackage blob of ISO WKB @p wkb, the bytes kept as they are (a restored copy stores
/// what its source stored), with the XY envelope measured from them.
QByteArray gpkgBlobFromWkb(const QByteArray &wkb, int srsId);

/// The GeoPackage blob of @p wkb with the envelope given (minX, maxX, minY, maxY, as GEOS gives
/// it), or flagged empty when @p envelope is null: the bytes gpkgBlobFromGeos() writes for the
/// geometry @p wkb encodes, without GEOS.
QByteArray gpkgBlobWithEnvelope(const QByteArray &wkb, const double *envelope, int srsId);

/// Decodes a GeoPackage blob; null when it is not one.
GeosGeometryPtr geosFromGpkgBlob(const QByteArray &blob);

/// The WKB inside a GeoPackage blob, verbatim; empty when it is not one.
QByteArray wkbFromGpkgBlob(const QByteArray &blob);

/// Registers ST_MinX/MaxX/MinY/MaxY and ST_IsEmpty on @p db: the R-tree triggers GDAL puts on
/// every feature table call them, so a plain SQLite connection cannot insert features without.
void registerGpkgFunctions(sqlite3 *db);

} // namespace fg::gis
