// SPDX-License-Identifier: MIT
// SqlProjectStore: incidents and the parties they name.
#include "gis/store/sql/sql_project_store.h"

#include "core/store_errors.h"
#include "gis/io/sha256.h"
#include "gis/store/log_replay.h"
#include "gis/store/sql/sql_log_value_p.h"
#include "gis/store/sql/sql_rows_p.h"
#include "gis/usecases/case_json.h"

#include <QHash>

#include <vector>

namespace fg::gis {

namespace {

const QString kIncidentColumns = QStringLiteral(
    "incident_id, source, discovery_date, township, village, party, violation_type, description, area_m2, "
    "basic_farmland_m2, cultivated_m2, cultivated_outside_m2, basic_farmland_mu, cultivated_mu, verdict, "
    "area_method");

/// The columns of schema 8 (the party's ID number, net of 田坎), read after the geometry.
const QString kIdentityColumns = QStringLiteral("party_id_number, cultivated_net_m2, cultivated_outside_net_m2");

/// The 3 values of kIdentityColumns: NULL for an unknown ID number or net figure.
SqlParams identityValues(const IncidentRecord &incident)
{
    const IncidentMeasures &m = incident.measures;
    const bool net = m.measured && m.netKnown;
    return { incident.partyIdNumber.isEmpty() ? QVariant() : QVariant(incident.partyIdNumber),
        net ? QVariant(m.cultivatedNetM2) : QVariant(), net ? QVariant(m.cultivatedOutsideNetM2) : QVariant() };
}

/// Reads kIdentityColumns from @p first on (NULLs on an older schema).
void readIdentity(IncidentRecord &incident, const SqlRows &row, int first)
{
    incident.partyIdNumber = row.text(first);
    IncidentMeasures &m = incident.measures;
    m.netKnown = m.measured && !row.isNull(first + 1);
    m.cultivatedNetM2 = m.netKnown ? row.real(first + 1) : 0;
    m.cultivatedOutsideNetM2 = m.netKnown ? row.real(first + 2) : 0;
}

QString verdictCode(const IncidentMeasures &measures)
{
    if (!measures.measured)
        return {};
    return measures.accountability ? QStringLiteral("accountability") : QStringLiteral("below");
}

/// The incident's INSERT for the backend's geometry parameter, with the identity columns or
/// without: written once per pair and thread (an import runs it once per incident).
QString incidentInsert(const QString &geometry, bool identity)
{
    struct Built
    {
        QString geometry;
        bool identity;
        QString sql;
    };
    thread_local std::vector<Built> built;
    for (const Built &b : built) {
        if (b.identity == identity && b.geometry == geometry)
            return b.sql;
    }
    built.push_back({ geometry, identity,
        QStringLiteral("INSERT INTO incidents (geom, %1, revision, changed_by, changed_at%3) "
                       "VALUES (%2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                       "?15, ?16, ?17, 1, ?18, ?19%4) RETURNING fid")
            .arg(kIncidentColumns, geometry, identity ? QStringLiteral(", ") + kIdentityColumns : QString(),
                identity ? QStringLiteral(", ?20, ?21, ?22") : QString()) });
    return built.back().sql;
}

/// The 16 values of kIncidentColumns, in order.
SqlParams incidentValues(const IncidentRecord &incident)
{
    const IncidentMeasures &m = incident.measures;
    const auto figure = [&m](double value) { return m.measured ? QVariant(value) : QVariant(); };
    return { incident.id, incidentSourceCode(incident.source),
        incident.discoveryDate.isValid() ? QVariant(incident.discoveryDate.toString(Qt::ISODate)) : QVariant(),
        incident.township, incident.village, incident.party, core::violationTypeCode(incident.violationType),
        incident.description, figure(m.areaM2), figure(m.basicFarmlandM2), figure(m.cultivatedM2),
        figure(m.cultivatedOutsideBasicFarmlandM2), figure(m.basicFarmlandMu), figure(m.cultivatedMu),
        m.measured ? QVariant(verdictCode(m)) : QVariant(), m.measured ? QVariant(m.method) : QVariant() };
}

/// Reads fid, the 16 columns, revision, changed_by, changed_at (columns 0–19).
IncidentRecord incidentRow(const SqlRows &row)
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
    incident.revision = row.integer(17);
    incident.changedBy = row.text(18);
    incident.changedAt = sql_rows::storedTime(row.text(19));
    return incident;
}

QString sha256Hex(const QByteArray &bytes)
{
    return Sha256::hex(bytes); // QCryptographicHash's digest, by the CPU's SHA instructions
}

/// The ISO WKB of a geometry as both backends store it (a Polygon promoted to MultiPolygon), so
/// every geometry_sha256 of an incident hashes the same form: create, and both sides of an edit.
QByteArray storedWkb(const GEOSGeometry *geometry)
{
    return geometry ? toWkb(toMultiPolygon(geometry).get()) : QByteArray();
}

/// What a geometry edit changes, as the audit log keeps it on both sides.
QJsonObject shapeJson(const IncidentRecord &incident, const QByteArray &wkb)
{
    const QJsonObject all = incident.attributesJson();
    QJsonObject shape;
    for (const char *key : { "township", "village", "measures" }) {
        if (all.contains(QLatin1String(key)))
            shape.insert(QLatin1String(key), all.value(QLatin1String(key)));
    }
    shape.insert(QStringLiteral("geometry_wkt"), toWkt(incident.geometry.get(), 3));
    shape.insert(QStringLiteral("geometry_sha256"), sha256Hex(wkb));
    return shape;
}

} // namespace

PreparedIncident prepareIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase)
{
    PreparedIncident prepared;
    prepared.incidentId = incident.id;
    prepared.created = incident.attributesJson();
    prepared.created.insert(QStringLiteral("geometry_sha256"), sha256Hex(storedWkb(incident.geometry.get())));
    if (openCase)
        prepared.caseOpened = sql_log::loggedValue(CaseJson::caseFile(*openCase));
    return prepared;
}

qint64 SqlProjectStore::addIncident(const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase)
{
    return addIncident(incident, openCase, prepareIncident(incident, openCase));
}

qint64 SqlProjectStore::addIncident(
    const IncidentRecord &incident, const std::optional<core::CaseFile> &openCase, const PreparedIncident &prepared)
{
    const auto guard = lock();
    requireWritable();
    if (incident.id.trimmed().isEmpty())
        throw core::InputError(location(), tr("an incident needs an id"));
    if (!incident.geometry)
        throw core::InputError(location(), tr("an incident needs a polygon"), incident.id);
    if (openCase && !openCase->incidentIds().contains(incident.id))
        throw core::InputError(location(), tr("the case opened with an incident must list it"), openCase->id());
    if (prepared.incidentId != incident.id || prepared.caseOpened.has_value() != openCase.has_value())
        throw core::InputError(location(), tr("the incident's prepared values are another incident's"), incident.id);
    SqlTransaction transaction(*m_db);
    if (m_db->query(QStringLiteral("SELECT 1 FROM incidents WHERE incident_id = ?1"), { incident.id })->next())
        throw core::InputError(location(), tr("the project already has an incident with this id"), incident.id);
    const QVariant geometry = geometryValue(incident.geometry.get());
    SqlParams params = incidentValues(incident);
    params.insert(params.begin(), geometry);
    params.push_back(m_operator.name);
    params.push_back(core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()));
    // An older schema (below 8) has no place for the ID number and the net figures.
    const SqlParams identity = incidentIdentity() ? identityValues(incident) : SqlParams {};
    params.insert(params.end(), identity.begin(), identity.end());
    auto inserted = m_db->query(incidentInsert(geometryParam(1), incidentIdentity()), params);
    inserted->next();
    const qint64 fid = inserted->integer(0);
    inserted.reset();
    wrote(QStringLiteral("incidents"));
    if (!incident.party.isEmpty())
        partyId(incident.party);
    QJsonObject created = prepared.created;
    created.insert(QStringLiteral("fid"), fid);
    appendEvent(QStringLiteral("incident"), incident.id, QStringLiteral("create"), QJsonValue(), created);
    if (openCase)
        insertCase(*openCase, *prepared.caseOpened);
    transaction.commit();
    return fid;
}

std::vector<IncidentRecord> SqlProjectStore::selectIncidents(
    bool withGeometry, const QString &where, const SqlParams &params) const
{
    auto rows = m_db->query(QStringLiteral("SELECT fid, %1, revision, changed_by, changed_at, %2, %4 FROM incidents %3 "
                                           "ORDER BY fid")
                                .arg(kIncidentColumns,
                                    withGeometry ? geometrySelect(QStringLiteral("geom")) : QStringLiteral("NULL"), where,
                                    incidentIdentity() ? kIdentityColumns : QStringLiteral("NULL, NULL, NULL")),
        params);
    std::vector<IncidentRecord> result;
    while (rows->next()) {
        result.push_back(incidentRow(*rows));
        readIdentity(result.back(), *rows, 21);
        if (withGeometry)
            result.back().geometry = geometryFrom(rows->blob(20));
    }
    return result;
}

std::vector<IncidentRecord> SqlProjectStore::incidents(bool withGeometry, const FeatureQuery &query) const
{
    const auto guard = lock();
    if (query.empty())
        return selectIncidents(withGeometry, QString(), {});
    // The boxes go through the spatial index; envelopes are then checked exactly.
    std::vector<qint64> fids = sql_rows::selectedFids(query, [this](const std::vector<QRectF> &boxes) {
        return fidsInBoxes(QStringLiteral("incidents"), boxes);
    });
    std::vector<IncidentRecord> result;
    for (const std::vector<qint64> &chunk : sql_rows::chunks(fids)) {
        SqlParams params(chunk.begin(), chunk.end());
        std::vector<IncidentRecord> part = selectIncidents(true,
            QStringLiteral("WHERE fid IN (%1)").arg(sql_rows::placeholders(1, int(chunk.size()))), params);
        for (IncidentRecord &incident : part) {
            if (!query.boxes.empty() && !sql_rows::meetsAny(incident.geometry.get(), query.boxes))
                continue;
            if (!withGeometry)
                incident.geometry.reset();
            result.push_back(std::move(incident));
        }
    }
    return result;
}

void SqlProjectStore::updateIncidentGeometry(const IncidentRecord &reshaped, qint64 expectedRevision)
{
    const auto guard = lock();
    requireWritable();
    if (!reshaped.geometry)
        throw core::InputError(location(), tr("an incident needs a polygon"), reshaped.id);
    SqlTransaction transaction(*m_db);
    std::vector<IncidentRecord> found
        = selectIncidents(true, QStringLiteral("WHERE incident_id = ?1"), { reshaped.id });
    if (found.empty())
        throw core::InputError(location(), tr("the project has no incident with this id"), reshaped.id);
    IncidentRecord &before = found.front();
    if (expectedRevision != kAnyRevision && before.revision != expectedRevision)
        throw core::ConflictError(location(), reshaped.id, before.changedBy, before.changedAt);
    IncidentRecord after;
    after.id = before.id;
    after.township = reshaped.township;
    after.village = reshaped.village;
    after.measures = reshaped.measures;
    after.geometry = cloneGeometry(reshaped.geometry.get());
    const SqlParams values = incidentValues(after);
    // Dense parameters: PostgreSQL refuses a statement that leaves one unused.
    SqlParams params { geometryValue(after.geometry.get()), values[3], values[4] };
    params.insert(params.end(), values.begin() + 8, values.end());
    params.insert(params.end(), { m_operator.name, core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()),
                                    before.fid, before.revision });
    if (incidentIdentity()) {
        const SqlParams identity = identityValues(after);
        params.insert(params.end(), identity.begin() + 1, identity.end()); // the net figures follow the shape
    }
    const qint64 changed = m_db->execute(
        QStringLiteral("UPDATE incidents SET geom = %1, township = ?2, village = ?3, area_m2 = ?4, "
                       "basic_farmland_m2 = ?5, cultivated_m2 = ?6, cultivated_outside_m2 = ?7, "
                       "basic_farmland_mu = ?8, cultivated_mu = ?9, verdict = ?10, area_method = ?11, "
                       "revision = revision + 1, changed_by = ?12, changed_at = ?13%2 WHERE fid = ?14 AND revision = ?15")
            .arg(geometryParam(1),
                incidentIdentity() ? QStringLiteral(", cultivated_net_m2 = ?16, cultivated_outside_net_m2 = ?17")
                                   : QString()),
        params);
    if (changed != 1)
        throw core::ConflictError(location(), reshaped.id, before.changedBy, before.changedAt);
    wrote(QStringLiteral("incidents"));
    appendEvent(QStringLiteral("incident"), reshaped.id, QStringLiteral("geometry"),
        shapeJson(before, storedWkb(before.geometry.get())), shapeJson(after, storedWkb(after.geometry.get())));
    transaction.commit();
}

QList<core::PartyIncident> SqlProjectStore::partyIncidents() const
{
    const auto guard = lock();
    // An incident taken up again in a later case counts with the newest case's status. The
    // links are read once (a subquery per incident scanned case_incidents, which has no index
    // by incident, once per incident: quadratic in the project's incidents).
    QHash<qint64, std::pair<qint64, QString>> newest; // incident fid → (opened_seq, status)
    for (auto links = m_db->query(QStringLiteral("SELECT ci.incident_fid, c.opened_seq, c.status FROM case_incidents ci "
                                                 "JOIN cases c ON c.id = ci.case_id"));
         links->next();) {
        auto it = newest.find(links->integer(0));
        if (it == newest.end())
            newest.insert(links->integer(0), { links->integer(1), links->text(2) });
        else if (links->integer(1) > it->first)
            *it = { links->integer(1), links->text(2) };
    }
    auto rows = m_db->query(QStringLiteral("SELECT i.fid, i.incident_id, i.party, i.discovery_date, i.violation_type, "
                                           "%1 FROM incidents i ORDER BY i.fid")
                                .arg(incidentIdentity() ? QStringLiteral("i.party_id_number") : QStringLiteral("NULL")));
    QList<core::PartyIncident> result;
    while (rows->next()) {
        core::PartyIncident incident { rows->text(1), rows->text(2), std::nullopt };
        if (const auto it = newest.constFind(rows->integer(0)); it != newest.constEnd())
            incident.caseStatus = core::caseStatusFromCode(it->second);
        incident.date = QDate::fromString(rows->text(3), Qt::ISODate);
        incident.occupation = core::isOccupation(core::violationTypeFromCode(rows->text(4)));
        incident.partyIdNumber = rows->text(5);
        result.append(incident);
    }
    return result;
}

void SqlProjectStore::restoreIncidentIdentity()
{
    const DataRows derived = LogReplay::derive(events());
    const auto value = [](const QString &text, bool real) {
        return text.isEmpty() ? QVariant() : real ? QVariant(text.toDouble()) : QVariant(text);
    };
    for (const auto &[key, fields] : derived.rows()) {
        const QString id = fields.value(QStringLiteral("party_id_number"));
        const QString net = fields.value(QStringLiteral("cultivated_net_m2"));
        const QString outside = fields.value(QStringLiteral("cultivated_outside_net_m2"));
        if (key.first != QLatin1String("incidents") || (id.isEmpty() && net.isEmpty() && outside.isEmpty()))
            continue;
        m_db->execute(QStringLiteral("UPDATE incidents SET party_id_number = ?1, cultivated_net_m2 = ?2, "
                                     "cultivated_outside_net_m2 = ?3 WHERE incident_id = ?4"),
            { value(id, false), value(net, true), value(outside, true), key.second });
    }
}

} // namespace fg::gis
