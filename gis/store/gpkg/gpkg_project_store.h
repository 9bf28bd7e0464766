// SPDX-License-Identifier: MIT
// Private to gis/store (ProjectStores opens it): the GeoPackage backend of ProjectStore.
#pragma once

#include "gis/store/project_stores.h"
#include "gis/store/sql/sql_project_store.h"

#include <QHash>

namespace fg::gis {

class SqliteConnection;

/// A project in one GeoPackage file (QGIS opens it too): the reference layers, incidents and
/// grid cells as GeoPackage feature tables with R-trees, the rest as SQLite tables, all on one
/// connection so an incident, its case and its audit event commit in one transaction. WAL
/// journal, synchronous=FULL, foreign keys on. Several stores (processes) may open one file:
/// writes are serialised by SQLite's lock (BEGIN IMMEDIATE, 5 s busy timeout), so appends to
/// the log need no lock of their own.
class GpkgProjectStore : public SqlProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::GpkgProjectStore)

public:
    /// Opens an existing project for @p who. The open check (SqlProjectStore::checkOnOpen) runs
    /// first; a project that fails it, or a file nobody may write, opens read-only with the
    /// reason in rights(). Otherwise ReadWrite upgrades an older schema (one audited step per
    /// version) and records the operator; ReadOnly writes nothing, leaves no -wal/-shm file
    /// behind and refuses a schema older than kReadableVersion. @p key is the office key of a
    /// keyed log. Throws core::InputError when the file is missing, not a FarmGuard project or
    /// from a newer version, or @p who has no name.
    static std::unique_ptr<GpkgProjectStore> open(const QString &path, const OperatorIdentity &who, OpenMode mode,
        const std::optional<core::LogKey> &key = {});
    /// The same for the file at @p path shown (and named in the log) as @p shownPath: a project
    /// being built under a temporary name.
    /// @p knownHashes: the reference layers' hashes a create computed while writing them
    /// (SqlProjectStore::knowLayerHashes), taken by schema step 11 instead of hashing the rows.
    static std::unique_ptr<GpkgProjectStore> openAt(const QString &path, const QString &shownPath,
        const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key,
        std::map<QString, std::pair<qint64, QString>> knownHashes = {});
    ~GpkgProjectStore() override;

    /// Checks the log, the data against it and SQLite's integrity (checkLog) without opening the
    /// project for editing; any schema version with a log.
    static LogCheck verify(const QString &path, const LogCheckOptions &options);

protected:
    QString geometryParam(int n) const override;
    QVariant geometryValue(const GEOSGeometry *geometry) const override;
    QVariant geometryValueFromWkb(const QByteArray &wkb) const override;
    QString geometrySelect(const QString &column) const override { return column; }
    GeosGeometryPtr geometryFrom(const QByteArray &stored) const override;
    QByteArray wkbFrom(const QByteArray &stored) const override;
    std::vector<qint64> fidsInBoxes(const QString &table, const std::vector<QRectF> &boxes) const override;
    std::vector<FieldDefinition> referenceFields(const QString &table) const override;
    bool hasTable(const QString &table) const override;
    QRectF tableExtent(const QString &table) const override;
    void afterWrite(const QString &table) override;
    QString rowOrder() const override { return QStringLiteral("rowid"); }
    CrsDecision workingCrs() const override;
    QString integrity(const LogCheckOptions &options) const override;
    std::unique_ptr<SqlConnection> readerConnection() const override;

private:
    GpkgProjectStore(std::unique_ptr<SqliteConnection> connection, const OperatorIdentity &who, ProjectInfo info,
        bool readOnly);
    void upgrade(int from);
    static void refuseForeignFile(const QString &path);

    mutable std::optional<CrsDecision> m_crs;
    /// Whether each table has its R-tree (fidsInBoxes): asked once per table, not per box. FarmGuard
    /// never drops an R-tree; one built after the answer "none" is left unused by this connection
    /// (the scan of the table's envelopes gives the same rows).
    mutable QHash<QString, bool> m_rtrees;
};

} // namespace fg::gis
