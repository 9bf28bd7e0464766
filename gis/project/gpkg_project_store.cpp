// SPDX-License-Identifier: MIT
#include "gis/project/gpkg_project_store.h"

#include "core/cases/hash_chain.h"
#include "core/input_error.h"
#include "gis/project/audit_log_p.h"
#include "gis/project/gpkg_geometry_p.h"
#include "gis/project/project_schema_p.h"
#include "gis/project/sqlite_db_p.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace fg::gis {

namespace {

constexpr int kGeoPackageApplicationId = 0x47504B47; // "GPKG"

const QString kIncidentColumns = QStringLiteral(
    "incident_id, source, discovery_date, township, village, party, violation_type, description, area_m2, "
    "basic_farmland_m2, cultivated_m2, cultivated_outside_m2, basic_farmland_mu, cultivated_mu, verdict, "
    "area_method");

QString verdictCode(const IncidentMeasures &measures)
{
    if (!measures.measured)
        return {};
    return measures.accountability ? QStringLiteral("accountability") : QStringLiteral("below");
}

void bindIncident(SqliteStatement &insert, const IncidentRecord &incident)
{
    const IncidentMeasures &m = incident.measures;
    const auto figure = [&m](double value) { return m.measured ? QVariant(value) : QVariant(); };
    insert.bind(2, incident.id)
        .bind(3, incidentSourceCode(incident.source))
        .bind(4, incident.discoveryDate.isValid() ? QVariant(incident.discoveryDate.toString(Qt::ISODate)) : QVariant())
        .bind(5, incident.township)
        .bind(6, incident.village)
        .bind(7, incident.party)
        .bind(8, core::violationTypeCode(incident.violationType))
        .bind(9, incident.description)
        .bind(10, figure(m.areaM2))
        .bind(11, figure(m.basicFarmlandM2))
        .bind(12, figure(m.cultivatedM2))
        .bind(13, figure(m.cultivatedOutsideBasicFarmlandM2))
        .bind(14, figure(m.basicFarmlandMu))
        .bind(15, figure(m.cultivatedMu))
        .bind(16, m.measured ? QVariant(verdictCode(m)) : QVariant())
        .bind(17, m.measured ? QVariant(m.method) : QVariant());
}

IncidentRecord incidentRow(const SqliteStatement &row)
{
    IncidentRecord incident;
    incident.fid = row.integer(0);
    incident.id = row.text(1);
    incident.source = incidentSourceFromText(row.text(2));
    incident.discoveryDate = QDate::fromString(row.text(3), Qt::ISODate);
    incident.township = row.text(4);
    incident.village = row.text(5);
    incident.party = row.text(6);
    incident.violationType = core::violationTypeFromCode(row.text(7));
    incident.description = row.text(8);
    IncidentMeasures &m = incident.measures;
    m.measured = !row.isNull(15);
    m.areaM2 = row.real(9);
    m.basicFarmlandM2 = row.real(10);
    m.cultivatedM2 = row.real(11);
    m.cultivatedOutsideBasicFarmlandM2 = row.real(12);
    m.basicFarmlandMu = row.real(13);
    m.cultivatedMu = row.real(14);
    m.accountability = row.text(15) == QLatin1String("accountability");
    m.method = row.text(16);
    return incident;
}

/// Keeps the layer's extent in gpkg_contents true to its R-tree, as QGIS reads it from there.
void refreshIncidentExtent(const SqliteDb &db)
{
    db.exec(QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                           "min_x = (SELECT MIN(minx) FROM rtree_incidents_geom), "
                           "max_x = (SELECT MAX(maxx) FROM rtree_incidents_geom), "
                           "min_y = (SELECT MIN(miny) FROM rtree_incidents_geom), "
                           "max_y = (SELECT MAX(maxy) FROM rtree_incidents_geom) WHERE table_name = 'incidents'"));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// What a geometry edit changes, as the audit log keeps it on both sides.
QJsonObject shapeJson(const IncidentRecord &incident, const QByteArray &blob)
{
    const QJsonObject all = incident.attributesJson();
    QJsonObject shape;
    for (const char *key : { "township", "village", "measures" }) {
        if (all.contains(QLatin1String(key)))
            shape.insert(QLatin1String(key), all.value(QLatin1String(key)));
    }
    shape.insert(QStringLiteral("geometry_wkt"), toWkt(incident.geometry.get(), 3));
    shape.insert(QStringLiteral("geometry_sha256"), sha256Hex(blob));
    return shape;
}

/// True when the file has the incidents layer a project builder made (not any GeoPackage that
/// happens to have a table of that name).
bool isProjectLayout(const SqliteDb &db)
{
    SqliteStatement query(db, QStringLiteral("SELECT description FROM gpkg_contents WHERE table_name = 'incidents'"));
    return query.next() && query.text(0) == QLatin1String("farmguard:incidents");
}

} // namespace

GpkgProjectStore::GpkgProjectStore(const QString &path, OperatorIdentity who)
    : m_operator(std::move(who))
{
    if (m_operator.name.trimmed().isEmpty())
        throw core::InputError(path, tr("the operator's name is required: every change records who made it"));
    if (!QFileInfo(path).isFile())
        throw core::InputError(path, tr("no such project file"));
    refuseForeignFile(path);
    m_db = std::make_unique<SqliteDb>(path);
    registerGpkgFunctions(m_db->handle());
    upgrade();
    SqliteStatement srs(*m_db, QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'incidents'"));
    m_srsId = srs.next() ? int(srs.integer(0)) : 0;
    recordOfficer();
}

GpkgProjectStore::~GpkgProjectStore() = default;

void GpkgProjectStore::refuseForeignFile(const QString &path)
{
    // Look read-only first: opening read-write switches the file to WAL, and a file we refuse
    // (someone's own GeoPackage, a newer project) must be left byte-for-byte as it was.
    const SqliteDb probe(path, false, true);
    SqliteStatement application(probe, QStringLiteral("PRAGMA application_id"));
    if (!application.next() || application.integer(0) != kGeoPackageApplicationId)
        throw core::InputError(path, tr("not a GeoPackage, so not a FarmGuard project"));
    const int version = ProjectSchema::version(probe);
    ProjectSchema::checkReadable(probe, version);
    if (version == 0 && !isProjectLayout(probe))
        throw core::InputError(path, tr("not a FarmGuard project (create one with 'farmguard-cli project create')"));
}

void GpkgProjectStore::upgrade()
{
    const int version = ProjectSchema::version(*m_db);
    ProjectSchema::checkReadable(*m_db, version);
    if (version == 0 && !isProjectLayout(*m_db))
        throw core::InputError(m_db->path(),
            tr("not a FarmGuard project (create one with 'farmguard-cli project create')"));
    for (int step = version + 1; step <= ProjectSchema::kCurrentVersion; ++step) {
        SqliteTransaction transaction(*m_db);
        ProjectSchema::applyStep(*m_db, step);
        const QJsonObject to { { QStringLiteral("schema_version"), step } };
        if (step == 1)
            AuditLog::append(*m_db, m_operator, QStringLiteral("project"), QFileInfo(m_db->path()).completeBaseName(),
                QStringLiteral("create"), QJsonValue(), to);
        else
            AuditLog::append(*m_db, m_operator, QStringLiteral("project"), QFileInfo(m_db->path()).completeBaseName(),
                QStringLiteral("migrate"), QJsonObject { { QStringLiteral("schema_version"), step - 1 } }, to);
        transaction.commit();
    }
}

void GpkgProjectStore::recordOfficer()
{
    SqliteStatement insert(*m_db, QStringLiteral("INSERT OR IGNORE INTO officers (name, role, first_seen) VALUES (?, ?, ?)"));
    insert.bind(1, m_operator.name)
        .bind(2, m_operator.role)
        .bind(3, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()))
        .run();
}

ProjectInfo GpkgProjectStore::info() const
{
    return ProjectInfo { m_db->path(), ProjectSchema::version(*m_db), m_srsId,
        QFileInfo(m_db->path()).completeBaseName() };
}

qint64 GpkgProjectStore::partyId(const QString &name)
{
    SqliteStatement insert(*m_db, QStringLiteral("INSERT OR IGNORE INTO parties (name) VALUES (?)"));
    insert.bind(1, name).run();
    SqliteStatement query(*m_db, QStringLiteral("SELECT id FROM parties WHERE name = ?"));
    query.bind(1, name);
    query.next();
    return query.integer(0);
}

qint64 GpkgProjectStore::addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase)
{
    if (incident.id.trimmed().isEmpty())
        throw core::InputError(m_db->path(), tr("an incident needs an id"));
    if (!incident.geometry)
        throw core::InputError(m_db->path(), tr("an incident needs a polygon"), incident.id);
    SqliteTransaction transaction(*m_db);
    SqliteStatement existing(*m_db, QStringLiteral("SELECT 1 FROM incidents WHERE incident_id = ?"));
    existing.bind(1, incident.id);
    if (existing.next())
        throw core::InputError(m_db->path(), tr("the project already has an incident with this id"), incident.id);
    const QByteArray blob = gpkgBlobFromGeos(incident.geometry.get(), m_srsId);
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO incidents (geom, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kIncidentColumns));
    insert.bind(1, blob);
    bindIncident(insert, incident);
    insert.run();
    const qint64 fid = sqlite3_last_insert_rowid(m_db->handle());
    refreshIncidentExtent(*m_db);
    if (!incident.party.isEmpty())
        partyId(incident.party);
    QJsonObject created = incident.attributesJson();
    created.insert(QStringLiteral("fid"), fid);
    created.insert(QStringLiteral("geometry_sha256"), sha256Hex(blob));
    AuditLog::append(*m_db, m_operator, QStringLiteral("incident"), incident.id, QStringLiteral("create"), QJsonValue(), created);
    if (openCase)
        insertCase(*openCase);
    transaction.commit();
    return fid;
}

void GpkgProjectStore::updateIncidentGeometry(const IncidentRecord &reshaped)
{
    if (!reshaped.geometry)
        throw core::InputError(m_db->path(), tr("an incident needs a polygon"), reshaped.id);
    SqliteTransaction transaction(*m_db);
    SqliteStatement query(*m_db,
        QStringLiteral("SELECT fid, %1, geom FROM incidents WHERE incident_id = ?").arg(kIncidentColumns));
    query.bind(1, reshaped.id);
    if (!query.next())
        throw core::InputError(m_db->path(), tr("the project has no incident with this id"), reshaped.id);
    IncidentRecord before = incidentRow(query);
    const QByteArray oldBlob = query.blob(17);
    before.geometry = geosFromGpkgBlob(oldBlob);
    IncidentRecord after = incidentRow(query);
    after.township = reshaped.township;
    after.village = reshaped.village;
    after.measures = reshaped.measures;
    after.geometry = cloneGeometry(reshaped.geometry.get());
    const QByteArray blob = gpkgBlobFromGeos(after.geometry.get(), m_srsId);
    SqliteStatement update(*m_db,
        QStringLiteral("UPDATE incidents SET geom = ?1, township = ?5, village = ?6, area_m2 = ?10, "
                       "basic_farmland_m2 = ?11, cultivated_m2 = ?12, cultivated_outside_m2 = ?13, "
                       "basic_farmland_mu = ?14, cultivated_mu = ?15, verdict = ?16, area_method = ?17 "
                       "WHERE fid = ?18"));
    update.bind(1, blob);
    bindIncident(update, after);
    update.bind(18, before.fid).run();
    refreshIncidentExtent(*m_db);
    AuditLog::append(*m_db, m_operator, QStringLiteral("incident"), reshaped.id, QStringLiteral("geometry"),
        shapeJson(before, oldBlob), shapeJson(after, blob));
    transaction.commit();
}

std::vector<IncidentRecord> GpkgProjectStore::incidents(bool withGeometry) const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT fid, %1, geom FROM incidents ORDER BY fid").arg(kIncidentColumns));
    std::vector<IncidentRecord> result;
    while (query.next()) {
        result.push_back(incidentRow(query));
        if (withGeometry)
            result.back().geometry = geosFromGpkgBlob(query.blob(17));
    }
    return result;
}

QList<core::PartyIncident> GpkgProjectStore::partyIncidents() const
{
    // An incident taken up again in a later case counts with the newest case's status.
    SqliteStatement query(*m_db,
        QStringLiteral("SELECT i.incident_id, i.party, (SELECT c.status FROM case_incidents ci JOIN cases c ON "
                       "c.id = ci.case_id WHERE ci.incident_fid = i.fid ORDER BY c.opened_seq DESC LIMIT 1) "
                       "FROM incidents i ORDER BY i.fid"));
    QList<core::PartyIncident> result;
    while (query.next()) {
        core::PartyIncident incident { query.text(0), query.text(1), std::nullopt };
        if (!query.isNull(2))
            incident.caseStatus = core::caseStatusFromCode(query.text(2));
        result.append(incident);
    }
    return result;
}

QString GpkgProjectStore::addAttachment(const QString &fileName, const QString &mediaType, const QByteArray &content)
{
    const QString id = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    SqliteTransaction transaction(*m_db);
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT OR IGNORE INTO attachments (id, file_name, media_type, size, content, added_at, added_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM officers WHERE name = ? AND role = ?))"));
    insert.bind(1, id)
        .bind(2, fileName)
        .bind(3, mediaType)
        .bind(4, qint64(content.size()))
        .bind(5, content)
        .bind(6, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()))
        .bind(7, m_operator.name)
        .bind(8, m_operator.role)
        .run();
    if (sqlite3_changes(m_db->handle()) > 0)
        AuditLog::append(*m_db, m_operator, QStringLiteral("attachment"), id, QStringLiteral("add"), QJsonValue(),
            QJsonObject { { QStringLiteral("file_name"), fileName }, { QStringLiteral("media_type"), mediaType },
                { QStringLiteral("size"), qint64(content.size()) } });
    transaction.commit();
    return id;
}

QByteArray GpkgProjectStore::attachment(const QString &id) const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"));
    query.bind(1, id);
    if (!query.next())
        throw core::InputError(m_db->path(), tr("no attachment with this id"), id);
    return query.blob(0);
}

QString GpkgProjectStore::setting(const QString &key) const
{
    SqliteStatement query(*m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(1, key);
    return query.next() ? query.text(0) : QString();
}

void GpkgProjectStore::setSetting(const QString &key, const QString &value)
{
    const QString old = setting(key);
    SqliteTransaction transaction(*m_db);
    SqliteStatement statement(*m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    statement.bind(1, key).bind(2, value).run();
    AuditLog::append(*m_db, m_operator, QStringLiteral("setting"), key, QStringLiteral("update"),
        old.isNull() ? QJsonValue() : QJsonValue(old), value);
    transaction.commit();
}

QList<core::AuditEvent> GpkgProjectStore::events() const
{
    return AuditLog::read(*m_db);
}

core::ChainReport GpkgProjectStore::verifyLog() const
{
    return AuditLog::verify(*m_db);
}

GpkgProjectStore::LogCheck GpkgProjectStore::verifyFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw core::InputError(path, tr("no such project file"));
    const SqliteDb db(path, false, true);
    const int version = ProjectSchema::version(db);
    ProjectSchema::checkReadable(db, version);
    if (version == 0)
        throw core::InputError(path, tr("not a FarmGuard project: it has no audit log"));
    const QList<core::AuditEvent> events = AuditLog::read(db);
    QStringList integrity;
    SqliteStatement check(db, QStringLiteral("PRAGMA integrity_check"));
    while (check.next())
        integrity << check.text(0);
    return { core::HashChain::verify(events, AuditLog::anchor(db)), events.size(), integrity.join(QLatin1Char('\n')) };
}

void GpkgProjectStore::saveCopy(const QString &path) const
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(target);
        throw core::InputError(path, tr("cannot create the copy"));
    }
    // The online backup copies a consistent snapshot page by page while this connection stays usable.
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db->handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        rc = sqlite3_backup_finish(backup) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(path);
        throw core::InputError(path, tr("cannot write the copy: %1").arg(message));
    }
}

} // namespace fg::gis
