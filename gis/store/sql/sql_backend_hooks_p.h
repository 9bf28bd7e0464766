// SPDX-License-Identifier: MIT
// Private to gis/store: what a backend (GeoPackage, PostGIS) tells SqlProjectStore about its own
// SQL — geometry to and from SQL, the spatial index, table facts, row order, the integrity check.
#pragma once

#include "gis/geos_context.h"
#include "gis/io/vector_layer.h"
#include "gis/store/log_check.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace fg::gis {

class SqlConnection;

/// The backend hooks of SqlProjectStore that need none of its state; a backend overrides them.
/// The hooks that do (the lock of the log head, what follows a write) stay in SqlProjectStore.
class SqlBackendHooks
{
public:
    virtual ~SqlBackendHooks() = default;

protected:
    /// SQL that turns parameter ?@p n, bound to geometryValue(), into the stored geometry.
    virtual QString geometryParam(int n) const = 0;
    /// The value bound for a geometry (polygonal, working CRS): a GeoPackage blob or ISO WKB.
    virtual QVariant geometryValue(const GEOSGeometry *geometry) const = 0;
    /// The same from ISO WKB as a dump carries it (bytes kept as they are).
    virtual QVariant geometryValueFromWkb(const QByteArray &wkb) const = 0;
    /// SQL reading geometry column @p column so geometryFrom()/wkbFrom() decode it.
    virtual QString geometrySelect(const QString &column) const = 0;
    virtual GeosGeometryPtr geometryFrom(const QByteArray &stored) const = 0;
    /// The ISO WKB of a stored geometry, verbatim (for dumps).
    virtual QByteArray wkbFrom(const QByteArray &stored) const = 0;
    /// Feature ids of @p table whose envelope may meet any of @p boxes (normalized), through the
    /// spatial index; false positives and repeats allowed, the caller sorts and filters them.
    /// All boxes at once: on a server, one round trip instead of one per box (an analysis asks
    /// for the approvals near each of 2,000 incidents).
    virtual std::vector<qint64> fidsInBoxes(const QString &table, const std::vector<QRectF> &boxes) const = 0;
    /// The fields of a reference layer after fid and geom, as created.
    virtual std::vector<FieldDefinition> referenceFields(const QString &table) const = 0;
    /// True when the project has @p table.
    virtual bool hasTable(const QString &table) const = 0;
    /// The extent of a feature table as the backend keeps it (null when empty).
    virtual QRectF tableExtent(const QString &table) const = 0;
    /// The expression giving a table's insertion order where no key does (event_log, transfers).
    virtual QString rowOrder() const = 0;
    /// The working CRS as a reference layer carries it.
    virtual CrsDecision workingCrs() const = 0;
    /// A sort key of a dump as SQL: PostgreSQL sorts text by byte (COLLATE "C") as SQLite does.
    virtual QString orderTerm(const QString &column) const { return column; }
    /// The backend's integrity check inside the caller's read transaction: "ok", or what is
    /// wrong (GeoPackage: PRAGMA quick_check, or integrity_check when options.fullIntegrity,
    /// of the record's tables only when options.recordTablesOnly).
    virtual QString integrity(const LogCheckOptions &options) const = 0;
    /// A read-only connection of its own to the same database, for reads beside the store's
    /// connection (reference layers, written once); nullptr when the backend has none.
    virtual std::unique_ptr<SqlConnection> readerConnection() const { return nullptr; }
    /// False when row-level security hides part of the log from the operator (a township's
    /// login on a shared project): the chain and the data are then the bureau's to check.
    virtual bool seesWholeLog() const { return true; }
};

} // namespace fg::gis
