// SPDX-License-Identifier: MIT
// Private to gis/store: making and finishing GeoPackage project files. GDAL's GPKG driver
// creates the file and each feature table (gpkg_* metadata, R-tree with its triggers), so QGIS
// and ogrinfo read a project as any GeoPackage; rows go in through SQLite afterwards.
#pragma once

#include "gis/io/vector_layer.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fg::gis {

class SqlConnection;

class GpkgFile
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GpkgFile)

public:
    /// The fields of the incidents layer (after fid and geom), as GDAL creates them.
    static std::vector<FieldDefinition> incidentFields();

    /// Creates the empty GeoPackage @p path (must not exist).
    static void create(const QString &path);
    /// Adds an empty MultiPolygon table in EPSG:@p epsg with an R-tree and @p fields; its
    /// gpkg_contents description is @p description ("farmguard:reference", "farmguard:incidents").
    /// No other connection may hold the file open for writing meanwhile.
    static void addLayer(const QString &path, const QString &table, int epsg, const std::vector<FieldDefinition> &fields,
        const QString &description);
    /// Sets gpkg_contents' extent and last_change of @p table (QGIS reads the extent from
    /// there): from the R-tree after an edit, from the geometries themselves (@p finished, also
    /// setting GDAL's feature count) after a bulk write. Needs the ST_ functions
    /// (registerGpkgFunctions).
    static void refreshExtent(SqlConnection &db, const QString &table, bool finished = false);
    /// What refreshExtent(db, table, true) sets, from figures the caller kept while writing
    /// the rows: @p extent (minX, maxX, minY, maxY of the rows' envelopes; null: no row has
    /// one) and @p features rows.
    static void setExtent(SqlConnection &db, const QString &table, const double *extent, qint64 features);
    /// A value of a field of @p type as GDAL stores it in a GeoPackage (dates as ISO text).
    static QVariant storedValue(const QVariant &value, FieldType type);
    /// Removes @p path with SQLite's side files (-journal, -wal, -shm).
    static void discard(const QString &path);
};

} // namespace fg::gis
