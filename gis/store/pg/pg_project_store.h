// SPDX-License-Identifier: MIT
// Private to gis/store (ProjectStores opens it): the PostGIS backend of ProjectStore.
#pragma once

#include "gis/store/project_location.h"
#include "gis/store/project_stores.h"
#include "gis/store/sql/sql_project_store.h"

#include <map>

namespace fg::gis {

class PgConnection;

/// A project in a schema of a PostgreSQL + PostGIS server: the county's shared record. The
/// domain logic is SqlProjectStore's (the same as the GeoPackage's); this class supplies the
/// connection (search_path = the project's schema, then public) and the PostGIS hooks. The
/// server keeps the audit chain (fg_lock_log_head() serialises appends of every user) and the
/// rights (row-level security per township and department; rights() says which).
/// Reference layers are read with one streamed query whatever the number of boxes.
class PgProjectStore : public SqlProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::PgProjectStore)

public:
    /// Opens the project at @p location for @p who. Throws core::InputError when the server
    /// cannot be reached, the schema holds no FarmGuard project or a newer one, or @p who has no
    /// name; core::PermissionDenied when the login has no rights on the project.
    static std::unique_ptr<PgProjectStore> open(const ProjectLocation &location, const OperatorIdentity &who,
        OpenMode mode, const std::optional<core::LogKey> &key = {});
    /// checkLog() on a read-only store without the open check (the bureau's right).
    static LogCheck verify(const ProjectLocation &location, const LogCheckOptions &options);
    /// Creates the schema with @p spec's layers, opens it for @p who, logs the creation and
    /// records the settings. A failed or cancelled create leaves nothing behind.
    static std::unique_ptr<PgProjectStore> create(const ProjectLocation &location, const NewProject &spec,
        const OperatorIdentity &who, const StoreProgress &progress);
    ~PgProjectStore() override;

    StoreRights rights() const override;
    /// The whole log is the bureau's to check: others see only the events of their records.
    core::ChainReport verifyLog() const override;
    VectorLayer readReference(
        const QString &table, const FeatureQuery &query = {}, const StoreProgress &progress = {}) const override;

protected:
    QString geometryParam(int n) const override;
    QVariant geometryValue(const GEOSGeometry *geometry) const override;
    QVariant geometryValueFromWkb(const QByteArray &wkb) const override { return wkb; }
    QString geometrySelect(const QString &column) const override;
    GeosGeometryPtr geometryFrom(const QByteArray &stored) const override;
    QByteArray wkbFrom(const QByteArray &stored) const override { return stored; }
    std::vector<qint64> fidsInBoxes(const QString &table, const std::vector<QRectF> &boxes) const override;
    std::vector<FieldDefinition> referenceFields(const QString &table) const override;
    bool hasTable(const QString &table) const override;
    QRectF tableExtent(const QString &table) const override;
    std::optional<core::ChainAnchor> lockLogHead() const override;
    QString rowOrder() const override { return QStringLiteral("row_no"); }
    CrsDecision workingCrs() const override;
    QString integrity(const LogCheckOptions &options) const override;
    bool seesWholeLog() const override;

private:
    PgProjectStore(std::unique_ptr<PgConnection> connection, const OperatorIdentity &who, ProjectInfo info,
        StoreRights rights, bool readOnly);
    const PgConnection &pg() const;
    /// Connects and builds the store (rights, schema version checked); no check, no write.
    static std::unique_ptr<PgProjectStore> connectStore(
        const ProjectLocation &location, const OperatorIdentity &who, bool readOnly);
    /// Schema steps up to PgSchema::kVersion when the login may (PgSchema::upgrade), each logged.
    void upgrade();

    StoreRights m_rights;
    mutable std::optional<CrsDecision> m_crs;
    /// Each reference layer's extent, read once: the layers are whole before any store opens the
    /// project (create() and a copy load them first) and no store writes them.
    mutable std::map<QString, QRectF> m_extents;
};

} // namespace fg::gis
