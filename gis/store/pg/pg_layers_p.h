// SPDX-License-Identifier: MIT
// Private to gis/store/pg: reference layers in and out of PostGIS, fast (COPY in, a streamed
// binary read out, boxes answered by the GiST index).
#pragma once

#include "gis/io/vector_layer.h"
#include "gis/store/project_dump.h"
#include "gis/store/sql/sql_connection_p.h"
#include "gis/store/store_types.h"

#include <QCoreApplication>

#include <functional>

namespace fg::gis {

class PgConnection;

/// One row of `COPY … FROM STDIN` text format: values in column order by their dump kind,
/// geometries (ISO WKB) sent as hex EWKB in @p srid.
QByteArray pgCopyLine(const std::vector<QVariant> &values, const std::vector<DumpKind> &kinds, int srid);
/// Hex EWKB (SRID set) of ISO WKB @p wkb, the coordinates' bytes as they are.
QByteArray pgHexEwkb(const QByteArray &wkb, int srid);
/// ISO WKB (2D, little endian) of @p geometry, a Polygon promoted to MultiPolygon.
QByteArray pgMultiPolygonWkb(const GEOSGeometry *geometry);

class PgLayers
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PgLayers)

public:
    /// Creates @p table with @p layer's fields, copies its features in (COPY; fids 1…n in the
    /// layer's order, as a GeoPackage numbers them),
    /// then builds the GiST index and statistics. @p progress gets 0..1 and may cancel.
    static void load(PgConnection &connection, const QString &table, const VectorLayer &layer, int srid,
        const StoreProgress &progress = {});
    /// Reads the features of @p table that @p query selects, in fid order: boxes through the
    /// GiST index (one query for all boxes), then checked exactly against the envelopes; rows
    /// streamed in binary (WKB straight to GEOS). @p progress may cancel (ReadCancelled).
    static VectorLayer read(const PgConnection &connection, const QString &table, const FeatureQuery &query,
        const StoreProgress &progress, const CrsDecision &crs);
    /// The SQL read() runs (for EXPLAIN in the benchmark).
    static QString selectSql(const PgConnection &connection, const QString &table,
        const std::vector<FieldDefinition> &fields, const FeatureQuery &query, int srid);
    /// The parameters of selectSql().
    static SqlParams selectParams(const FeatureQuery &query);
};

} // namespace fg::gis
