// SPDX-License-Identifier: MIT
// Private to gis/store: a new reference layer's R-tree built once, after its rows, instead of
// one trigger-driven insert per row (docs/design/performance.md, project create).
#pragma once

#include <QString>

#include <vector>

namespace fg::gis {

class SqliteConnection;

/// The R-tree (rtree_TABLE_geom, as GDAL's GPKG driver creates it with its triggers) of a new
/// feature table filled in bulk: withoutInsertTrigger() runs the rows' inserts with the R-tree's
/// insert trigger set aside, then pack() writes every row's box into the empty R-tree's shadow
/// tables in one pass (sort-tile-recursive packing: full nodes, neighbours together) and the
/// trigger is put back as it was, so later edits keep the index as GDAL's triggers do.
/// The boxes are the trigger's (ST_MinX … ST_MaxY of each non-empty geometry, rounded outward to
/// 32-bit floats as SQLite's rtree module rounds them), so a query finds the same rows; SQLite's
/// rtreecheck() passes (tests/gis/store/gpkg/rtree_bulk_test.cpp). Both need the ST_ functions
/// (registerGpkgFunctions) and run inside the caller's transaction.
class GpkgRtree
{
public:
    /// Calls @p insertRows with the insert trigger of @p table's R-tree dropped, then packs the
    /// R-tree (which must be empty) and recreates the trigger.
    template <typename Rows>
    static void withoutInsertTrigger(SqliteConnection &db, const QString &table, Rows &&insertRows)
    {
        const QString trigger = dropInsertTrigger(db, table);
        insertRows();
        pack(db, table);
        restoreTrigger(db, trigger);
    }

    /// Removes the R-tree's insert trigger of @p table; returns its SQL (empty when it had none).
    static QString dropInsertTrigger(SqliteConnection &db, const QString &table);
    /// Fills the empty R-tree of @p table from the table's rows.
    static void pack(SqliteConnection &db, const QString &table);
    /// A row's box as the trigger takes it from the geometry (ST_MinX … ST_MaxY), in doubles.
    struct Box
    {
        qint64 fid = 0;
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
    };
    /// The same from the boxes of every non-empty row, known by the caller that wrote them (the
    /// tree is the one pack(db, table) builds from the rows).
    static void pack(SqliteConnection &db, const QString &table, const std::vector<Box> &boxes);
    /// Creates the trigger @p sql (from dropInsertTrigger) again.
    static void restoreTrigger(SqliteConnection &db, const QString &sql);
};

} // namespace fg::gis
