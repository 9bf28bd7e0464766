// SPDX-License-Identifier: MIT
#include "gis/store/pg/pg_project_store.h"

#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/io/crs_detection.h"
#include "gis/io/layer_reader.h"
#include "gis/store/new_project_p.h"
#include "gis/store/pg/pg_connection_p.h"
#include "gis/store/pg/pg_layers_p.h"
#include "gis/store/pg/pg_schema_p.h"
#include "gis/store/project_tables.h"

namespace fg::gis {

namespace {

std::unique_ptr<PgConnection> connect(const ProjectLocation &location)
{
    PgSchema::checkName(location.display(), location.schema());
    return std::make_unique<PgConnection>(location.conninfo(), location.schema(), location.display());
}

void requireOperator(const ProjectLocation &location, const OperatorIdentity &who)
{
    if (who.name.trimmed().isEmpty())
        throw core::InputError(location.display(),
            PgProjectStore::tr("the operator's name is required: every change records who made it"));
}

/// What a login may do, for the messages of refused writes.
QString rightsText(const StoreRights &rights)
{
    switch (rights.scope) {
    case StoreRights::Scope::Township:
        return PgProjectStore::tr("it acts for the township %1: it reads the county's layers and reads and writes "
                                  "only the incidents, cases and patrols of %1")
            .arg(rights.township);
    case StoreRights::Scope::Department:
        return PgProjectStore::tr("it acts for the department %1: it reads the cases transferred to it and adds its "
                                  "replies")
            .arg(rights.department);
    case StoreRights::Scope::All:
        break;
    }
    return PgProjectStore::tr("it acts for the bureau");
}

} // namespace

PgProjectStore::PgProjectStore(std::unique_ptr<PgConnection> connection, const OperatorIdentity &who, ProjectInfo info,
    StoreRights rights, bool readOnly)
    : SqlProjectStore(std::move(connection), who, std::move(info), readOnly)
    , m_rights(std::move(rights))
{
    m_rights.readOnly = readOnly;
}

PgProjectStore::~PgProjectStore() = default;

const PgConnection &PgProjectStore::pg() const
{
    return static_cast<const PgConnection &>(db());
}

std::unique_ptr<PgProjectStore> PgProjectStore::open(
    const ProjectLocation &location, const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key)
{
    requireOperator(location, who);
    std::unique_ptr<PgProjectStore> store = connectStore(location, who, mode == OpenMode::ReadOnly);
    // Every area, verdict and map of the project depends on it: nothing can work without it.
    if (const QString crs = store->workingCrsProblem(); !crs.isEmpty())
        throw core::ProjectReadOnly(store->info().location, crs);
    store->setLogKey(key);
    // The open check first: nothing is written on a project whose record fails it.
    if (store->checkOnOpen() && mode == OpenMode::ReadWrite) {
        store->upgrade();
        store->recordOperator();
    }
    return store;
}

LogCheck PgProjectStore::verify(const ProjectLocation &location, const LogCheckOptions &options)
{
    const std::unique_ptr<PgProjectStore> store
        = connectStore(location, { tr("verify-log"), QStringLiteral("verify") }, true);
    if (!store->seesWholeLog())
        throw core::PermissionDenied(location.display(),
            tr("the login %1 may not read the whole audit log: checking it is the bureau's right").arg(store->pg().login()));
    return store->checkLog(options);
}

void PgProjectStore::upgrade()
{
    for (int step = info().schemaVersion + 1; step <= PgSchema::kVersion; ++step) {
        if (!PgSchema::hasStep(step))
            continue;
        const int previous = info().schemaVersion;
        SqlTransaction transaction(db());
        if (!PgSchema::upgrade(static_cast<PgConnection &>(db()), step))
            return;
        if (step == kIncidentIdentityVersion)
            restoreIncidentIdentity();
        appendEvent(QStringLiteral("project"), info().name, QStringLiteral("migrate"),
            QJsonObject { { QStringLiteral("schema_version"), previous } },
            QJsonObject { { QStringLiteral("schema_version"), step } });
        // The layers were loaded under an older version: hash them once, now.
        if (step == kLayerHashesVersion)
            recordLayerHashes();
        transaction.commit();
        setSchemaVersion(step);
    }
}

std::unique_ptr<PgProjectStore> PgProjectStore::connectStore(
    const ProjectLocation &location, const OperatorIdentity &who, bool readOnly)
{
    std::unique_ptr<PgConnection> connection = connect(location);
    if (!PgSchema::isProject(*connection))
        throw core::InputError(location.display(),
            tr("no FarmGuard project in the schema %1 (create one with 'farmguard-cli project create' or copy one "
               "there with 'farmguard-cli project copy')")
                .arg(location.schema()));
    const StoreRights rights = PgRights::rights(*connection);
    const int version = PgSchema::version(*connection);
    if (version > PgSchema::kVersion)
        throw core::InputError(location.display(),
            tr("the project was written by a newer FarmGuard (schema version %1; this version reads up to %2)")
                .arg(version)
                .arg(PgSchema::kVersion));
    const ProjectInfo info { location.display(), location.name(), true, version, PgSchema::workingEpsg(*connection) };
    connection->setRightsText(rightsText(rights));
    return std::unique_ptr<PgProjectStore>(new PgProjectStore(std::move(connection), who, info, rights, readOnly));
}

std::unique_ptr<PgProjectStore> PgProjectStore::create(
    const ProjectLocation &location, const NewProject &spec, const OperatorIdentity &who, const StoreProgress &progress)
{
    requireOperator(location, who);
    std::unique_ptr<PgConnection> connection = connect(location);
    {
        // Schema, roles, policies and layers in one transaction: a cancel leaves nothing.
        SqlTransaction transaction(*connection);
        PgSchema::create(*connection, spec.workingEpsg);
        for (size_t i = 0; i < spec.layers.size(); ++i) {
            const double share = 0.9 / double(spec.layers.size());
            PgLayers::load(*connection, spec.layers[i].table, *spec.layers[i].layer, spec.workingEpsg,
                [&progress, share, i](double fraction) {
                    return !progress || progress(share * (double(i) + fraction));
                });
        }
        transaction.commit();
    }
    connection.reset();
    try {
        std::unique_ptr<PgProjectStore> store = open(location, who, OpenMode::ReadWrite, spec.logKey);
        {
            SqlTransaction transaction(store->db());
            store->appendEvent(QStringLiteral("project"), location.name(), QStringLiteral("create"), QJsonValue(),
                QJsonObject { { QStringLiteral("schema_version"), PgSchema::kVersion } });
            // The layers are loaded: their content hashes are fixed with the creation's edit.
            store->recordLayerHashes();
            transaction.commit();
        }
        completeNewProject(*store, spec, progress);
        return store;
    } catch (...) {
        auto cleanup = connect(location);
        PgSchema::drop(*cleanup);
        throw;
    }
}

StoreRights PgProjectStore::rights() const
{
    StoreRights rights = m_rights;
    addOpenState(rights);
    return rights;
}

bool PgProjectStore::seesWholeLog() const
{
    return m_rights.scope == StoreRights::Scope::All;
}

QString PgProjectStore::integrity(const LogCheckOptions &options) const
{
    Q_UNUSED(options);
    // The server's own check: every event's seq was accepted in order by the chain trigger, so
    // a row count that disagrees with the numbers means rows were removed behind its back.
    auto count = db().query(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM event_log"));
    count->next();
    return count->integer(0) == count->integer(1)
        ? QStringLiteral("ok")
        : tr("%1 events stored, numbered up to %2").arg(count->integer(0)).arg(count->integer(1));
}

core::ChainReport PgProjectStore::verifyLog() const
{
    if (m_rights.scope != StoreRights::Scope::All)
        throw core::PermissionDenied(location(),
            tr("the login %1 sees only the events of its records: checking the whole audit log is the bureau's right")
                .arg(pg().login()));
    return SqlProjectStore::verifyLog();
}

VectorLayer PgProjectStore::readReference(const QString &table, const FeatureQuery &query, const StoreProgress &progress) const
{
    const auto guard = lock();
    bool reference = false;
    for (const char *name : ProjectTables::kReference)
        reference = reference || table == QLatin1String(name);
    if (!reference || !hasTable(table))
        throw core::InputError(location(), tr("the project has no reference layer '%1'").arg(table));
    return PgLayers::read(pg(), table, query, progress, workingCrs());
}

QString PgProjectStore::geometryParam(int n) const
{
    return QStringLiteral("ST_GeomFromWKB(?%1, %2)").arg(n).arg(info().workingEpsg);
}

QVariant PgProjectStore::geometryValue(const GEOSGeometry *geometry) const
{
    return pgMultiPolygonWkb(geometry);
}

QString PgProjectStore::geometrySelect(const QString &column) const
{
    return QStringLiteral("ST_AsBinary(%1)").arg(column);
}

GeosGeometryPtr PgProjectStore::geometryFrom(const QByteArray &stored) const
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GeosGeometryPtr geometry(GEOSWKBReader_read_r(
        ctx, reader, reinterpret_cast<const unsigned char *>(stored.constData()), size_t(stored.size())));
    GEOSWKBReader_destroy_r(ctx, reader);
    return geometry;
}

std::vector<qint64> PgProjectStore::fidsInBoxes(const QString &table, const std::vector<QRectF> &boxes) const
{
    std::vector<qint64> fids;
    if (boxes.empty())
        return fids;
    // Each box is a GiST index scan, all of them in one statement (PgLayers::selectSql's way).
    FeatureQuery query;
    query.boxes = boxes;
    for (auto rows = db().query(QStringLiteral("SELECT s.fid FROM unnest(?1::float8[], ?2::float8[], ?3::float8[], "
                                               "?4::float8[]) AS b(x1, y1, x2, y2) JOIN %1 s ON s.geom && "
                                               "ST_MakeEnvelope(b.x1, b.y1, b.x2, b.y2, %2)")
                                    .arg(pg().identifier(table))
                                    .arg(info().workingEpsg),
             PgLayers::selectParams(query));
         rows->next();)
        fids.push_back(rows->integer(0));
    return fids;
}

std::vector<FieldDefinition> PgProjectStore::referenceFields(const QString &table) const
{
    return PgSchema::fields(pg(), table);
}

bool PgProjectStore::hasTable(const QString &table) const
{
    return db().query(QStringLiteral("SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = ?1 AND c.relname = ?2 AND c.relkind = 'r'"),
                   { pg().schema(), table })
        ->next();
}

QRectF PgProjectStore::tableExtent(const QString &table) const
{
    // ST_Extent reads every row (70 ms for 150k parcels) and an import asks three times.
    const auto known = m_extents.find(table);
    if (known != m_extents.end())
        return known->second;
    auto rows = db().query(QStringLiteral("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                          "(SELECT ST_Extent(geom) AS e FROM %1) x")
                               .arg(pg().identifier(table)));
    QRectF extent;
    if (rows->next() && !rows->isNull(0))
        extent = QRectF(QPointF(rows->real(0), rows->real(1)), QPointF(rows->real(2), rows->real(3)));
    m_extents[table] = extent;
    return extent;
}

std::optional<core::ChainAnchor> PgProjectStore::lockLogHead() const
{
    auto rows = db().query(QStringLiteral("SELECT seq, hash FROM fg_lock_log_head()"));
    if (!rows->next() || rows->isNull(0))
        return std::nullopt;
    return core::ChainAnchor { rows->integer(0), rows->text(1) };
}

CrsDecision PgProjectStore::workingCrs() const
{
    if (!m_crs)
        m_crs = identifyCrs(QStringLiteral("EPSG:%1").arg(info().workingEpsg), tr("the project's working CRS"));
    return *m_crs;
}

} // namespace fg::gis
