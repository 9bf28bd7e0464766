// SPDX-License-Identifier: MIT
// Private to gis/store: GDAL's feature-count triggers of a GeoPackage table set aside while a new
// reference layer is written in bulk (docs/design/create-proof.md).
#pragma once

#include <QStringList>

namespace fg::gis {

class SqlConnection;

/// GDAL's `trigger_insert_feature_count_<table>` runs `UPDATE gpkg_ogr_contents … + 1` after every
/// insert (a sub-program and a scan of gpkg_ogr_contents per row: a fifth of SQLite's work when a
/// layer is written), though GpkgFile::setExtent sets the count once the rows are in. These
/// drop @p table's feature-count triggers (insert and delete, so that they come back in the
/// order GDAL made them) and put them back as they were, SQL for SQL.
namespace GpkgCountTriggers {

/// Drops @p table's feature-count triggers; returns their SQL in the order they were made (none
/// when the table has none). Inside the caller's transaction.
QStringList setAside(SqlConnection &db, const QString &table);
/// Recreates @p triggers (setAside's answer) in that order.
void restore(SqlConnection &db, const QStringList &triggers);

} // namespace GpkgCountTriggers

} // namespace fg::gis
