// SPDX-License-Identifier: MIT
#include "gis/store/gpkg/gpkg_project_store.h"

#include "core/cases/hash_chain.h"
#include "core/store_errors.h"
#include "gis/io/crs_detection.h"
#include "gis/store/gpkg/gpkg_file_p.h"
#include "gis/store/gpkg/gpkg_geometry_p.h"
#include "gis/store/gpkg/gpkg_schema_p.h"
#include "gis/store/gpkg/sqlite_connection_p.h"
#include "gis/store/project_location.h"

#include <QFileInfo>

namespace fg::gis {

namespace {

constexpr int kGeoPackageApplicationId = 0x47504B47; // "GPKG"

/// True when the file has the incidents layer a project builder made (not any GeoPackage that
/// happens to have a table of that name).
bool isProjectLayout(const SqlConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT description FROM gpkg_contents WHERE table_name = 'incidents'"));
    return rows->next() && rows->text(0) == QLatin1String("farmguard:incidents");
}

int workingEpsgOf(const SqlConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'incidents'"));
    return rows->next() ? int(rows->integer(0)) : 0;
}

FieldType fieldTypeOf(const QString &declared)
{
    const QString type = declared.trimmed().toUpper();
    if (type == QLatin1String("INTEGER") || type == QLatin1String("INT") || type == QLatin1String("MEDIUMINT")
        || type == QLatin1String("SMALLINT") || type == QLatin1String("TINYINT") || type == QLatin1String("BOOLEAN"))
        return FieldType::Integer;
    if (type == QLatin1String("REAL") || type == QLatin1String("DOUBLE") || type == QLatin1String("FLOAT"))
        return FieldType::Real;
    if (type == QLatin1String("DATE"))
        return FieldType::Date;
    if (type == QLatin1String("DATETIME"))
        return FieldType::DateTime;
    if (type.startsWith(QLatin1String("TEXT")))
        return FieldType::Text;
    return FieldType::Other;
}

} // namespace

GpkgProjectStore::GpkgProjectStore(
    std::unique_ptr<SqliteConnection> connection, const OperatorIdentity &who, ProjectInfo info, bool readOnly)
    : SqlProjectStore(std::move(connection), who, std::move(info), readOnly)
{
}

GpkgProjectStore::~GpkgProjectStore() = default;

void GpkgProjectStore::refuseForeignFile(const QString &path)
{
    // Look read-only first: opening read-write switches the file to WAL, and a file we refuse
    // (someone's own GeoPackage, a newer project) must be left byte-for-byte as it was.
    const SqliteConnection probe(path, SqliteConnection::Mode::ReadOnly);
    auto application = probe.query(QStringLiteral("PRAGMA application_id"));
    if (!application->next() || application->integer(0) != kGeoPackageApplicationId)
        throw core::InputError(path, tr("not a GeoPackage, so not a FarmGuard project"));
    application.reset();
    const int version = ProjectSchema::version(probe);
    ProjectSchema::checkReadable(path, version);
    if (version == 0 && !isProjectLayout(probe))
        throw core::InputError(path, tr("not a FarmGuard project (create one with 'farmguard-cli project create')"));
}

std::unique_ptr<GpkgProjectStore> GpkgProjectStore::open(
    const QString &path, const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key)
{
    return openAt(path, path, who, mode, key);
}

std::unique_ptr<GpkgProjectStore> GpkgProjectStore::openAt(const QString &path, const QString &shownPath,
    const OperatorIdentity &who, OpenMode mode, const std::optional<core::LogKey> &key,
    std::map<QString, std::pair<qint64, QString>> knownHashes)
{
    if (who.name.trimmed().isEmpty())
        throw core::InputError(shownPath, tr("the operator's name is required: every change records who made it"));
    if (!QFileInfo(path).isFile())
        throw core::InputError(shownPath, tr("no such project file"));
    refuseForeignFile(path);
    // A file nobody may write (its permissions, or a read-only folder) is read, never refused.
    const bool fileReadOnly = mode == OpenMode::ReadWrite && !SqliteConnection::writable(path);
    const bool readOnly = mode == OpenMode::ReadOnly || fileReadOnly;
    auto connection = std::make_unique<SqliteConnection>(
        path, readOnly ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::ReadWrite);
    registerGpkgFunctions(connection->handle());
    // An edit opens a savepoint per store call (an import: one per incident), and each keeps the
    // pages it changes in a sub-journal. SQLite moves that journal to a temporary file past 64 KiB:
    // 86,000 pwrite calls for one import of 2,000 incidents. In memory it is the same journal,
    // rolled back the same way; it lives only until its savepoint is released.
    if (!readOnly)
        connection->script(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const int version = ProjectSchema::version(*connection);
    if (readOnly && version < ProjectSchema::kReadableVersion)
        throw core::InputError(shownPath,
            tr("the project was written by an older FarmGuard (schema version %1): open it once for editing to "
               "upgrade it")
                .arg(version));
    const ProjectLocation location = ProjectLocation::parse(shownPath);
    ProjectInfo info { location.display(), location.name(), false, version, workingEpsgOf(*connection) };
    std::unique_ptr<GpkgProjectStore> store(new GpkgProjectStore(std::move(connection), who, info, readOnly));
    // Every area, verdict and map of the project depends on it: nothing can work without it.
    if (const QString crs = store->workingCrsProblem(); !crs.isEmpty())
        throw core::ProjectReadOnly(store->info().location, crs);
    store->setLogKey(key);
    if (fileReadOnly)
        store->restrictToReading(tr("the project file is read-only (its permissions or its folder's): it was opened "
                                    "for reading"),
            false);
    // The open check runs before anything is written (an upgrade, the operator's first visit),
    // so a project whose record fails it is never written.
    const bool passed = version == 0 || store->checkOnOpen();
    if (passed && !readOnly) {
        store->knowLayerHashes(std::move(knownHashes));
        store->upgrade(version);
        store->setSchemaVersion(ProjectSchema::kCurrentVersion);
        store->recordOperator();
    }
    return store;
}

void GpkgProjectStore::upgrade(int from)
{
    int previous = from;
    for (int step = from + 1; step <= ProjectSchema::kCurrentVersion; ++step) {
        if (!ProjectSchema::hasStep(step))
            continue;
        SqlTransaction transaction(db());
        ProjectSchema::applyStep(db(), step);
        if (step == kIncidentIdentityVersion && from > 0)
            restoreIncidentIdentity();
        const QJsonObject to { { QStringLiteral("schema_version"), step } };
        if (step == 1)
            appendEvent(QStringLiteral("project"), info().name, QStringLiteral("create"), QJsonValue(), to);
        else
            appendEvent(QStringLiteral("project"), info().name, QStringLiteral("migrate"),
                QJsonObject { { QStringLiteral("schema_version"), previous } }, to);
        // New or migrated alike, the layers are in the file by now: hash them once, here.
        if (step == kLayerHashesVersion)
            recordLayerHashes();
        transaction.commit();
        previous = step;
    }
}

LogCheck GpkgProjectStore::verify(const QString &path, const LogCheckOptions &options)
{
    if (!QFileInfo(path).isFile())
        throw core::InputError(path, tr("no such project file"));
    auto connection = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::ReadOnly);
    registerGpkgFunctions(connection->handle());
    const int version = ProjectSchema::version(*connection);
    ProjectSchema::checkReadable(path, version);
    if (version == 0)
        throw core::InputError(path, tr("not a FarmGuard project: it has no audit log"));
    const ProjectLocation location = ProjectLocation::parse(path);
    const ProjectInfo info { location.display(), location.name(), false, version, workingEpsgOf(*connection) };
    const std::unique_ptr<GpkgProjectStore> store(new GpkgProjectStore(
        std::move(connection), { tr("verify-log"), QStringLiteral("verify") }, info, true));
    return store->checkLog(options);
}

QString GpkgProjectStore::integrity(const LogCheckOptions &options) const
{
    QStringList checks;
    if (options.recordTablesOnly) {
        // Attachments are left to verify-log too: their content (photos) can be large.
        static const char *const kRecord[] = { "event_log", "settings", "incidents", "cases", "case_incidents",
            "case_events", "transfers", "accountability", "parties", "officers", "receipts", "approvals", "layer_hashes" };
        for (const char *table : kRecord) {
            if (static_cast<const SqliteConnection &>(db()).hasTable(QLatin1String(table)))
                checks << QStringLiteral("PRAGMA quick_check(%1)").arg(QLatin1String(table));
        }
    } else {
        checks << (options.fullIntegrity ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    }
    QStringList problems;
    for (const QString &sql : checks) {
        try {
            for (auto check = db().query(sql); check->next();) {
                // SQLite heads its list with the database's name: not a problem in itself.
                QString text = check->text(0);
                text.remove(QStringLiteral("*** in database main ***\n"));
                if (text != QLatin1String("ok"))
                    problems << text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            }
        } catch (const core::ProjectReadOnly &) {
            problems << tr("the check stopped where the file is damaged");
        }
    }
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char('\n'));
}

QString GpkgProjectStore::geometryParam(int n) const
{
    return QStringLiteral("?%1").arg(n);
}

QVariant GpkgProjectStore::geometryValue(const GEOSGeometry *geometry) const
{
    return gpkgBlobFromGeos(geometry, info().workingEpsg);
}

QVariant GpkgProjectStore::geometryValueFromWkb(const QByteArray &wkb) const
{
    return gpkgBlobFromWkb(wkb, info().workingEpsg);
}

GeosGeometryPtr GpkgProjectStore::geometryFrom(const QByteArray &stored) const
{
    return geosFromGpkgBlob(stored);
}

QByteArray GpkgProjectStore::wkbFrom(const QByteArray &stored) const
{
    return wkbFromGpkgBlob(stored);
}

std::vector<qint64> GpkgProjectStore::fidsInBoxes(const QString &table, const std::vector<QRectF> &boxes) const
{
    const QString rtree = QStringLiteral("rtree_%1_geom").arg(table);
    // An import asks for thousands of boxes: the R-tree's presence once per table, not per box.
    auto known = m_rtrees.find(table);
    if (known == m_rtrees.end())
        known = m_rtrees.insert(table, static_cast<const SqliteConnection &>(db()).hasTable(rtree));
    // The R-tree keeps float boxes rounded outwards: a superset, checked exactly by the caller.
    const QString sql = known.value()
        ? QStringLiteral("SELECT id FROM \"%1\" WHERE minx <= ?1 AND maxx >= ?2 AND miny <= ?3 AND maxy >= ?4").arg(rtree)
        : QStringLiteral("SELECT fid FROM \"%1\" WHERE ST_MinX(geom) <= ?1 AND ST_MaxX(geom) >= ?2 "
                         "AND ST_MinY(geom) <= ?3 AND ST_MaxY(geom) >= ?4")
              .arg(table);
    std::vector<qint64> fids;
    for (const QRectF &box : boxes) // in process: a statement per box costs no round trip
        for (auto rows = db().query(sql, { box.right(), box.left(), box.bottom(), box.top() }); rows->next();)
            fids.push_back(rows->integer(0));
    return fids;
}

std::vector<FieldDefinition> GpkgProjectStore::referenceFields(const QString &table) const
{
    std::vector<FieldDefinition> fields;
    for (auto rows = db().query(QStringLiteral("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid"), { table });
         rows->next();) {
        const QString name = rows->text(0);
        if (name == QLatin1String("fid") || name == QLatin1String("geom"))
            continue;
        fields.push_back({ name, fieldTypeOf(rows->text(1)) });
    }
    return fields;
}

bool GpkgProjectStore::hasTable(const QString &table) const
{
    return db().query(QStringLiteral("SELECT 1 FROM gpkg_contents WHERE table_name = ?1"), { table })->next();
}

QRectF GpkgProjectStore::tableExtent(const QString &table) const
{
    auto rows = db().query(
        QStringLiteral("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?1"), { table });
    if (!rows->next() || rows->isNull(0))
        return {};
    return QRectF(QPointF(rows->real(0), rows->real(1)), QPointF(rows->real(2), rows->real(3)));
}

std::unique_ptr<SqlConnection> GpkgProjectStore::readerConnection() const
{
    // The same file as the store's connection, opened the same way for reading (a read-only
    // file immutable as before), with the same SQL functions.
    auto reader = std::make_unique<SqliteConnection>(db().location(), SqliteConnection::Mode::ReadOnly);
    registerGpkgFunctions(reader->handle());
    return reader;
}

void GpkgProjectStore::afterWrite(const QString &table)
{
    GpkgFile::refreshExtent(db(), table);
}

CrsDecision GpkgProjectStore::workingCrs() const
{
    if (!m_crs)
        m_crs = identifyCrs(QStringLiteral("EPSG:%1").arg(info().workingEpsg), tr("the project's working CRS"));
    return *m_crs;
}

} // namespace fg::gis
