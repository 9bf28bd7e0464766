// SPDX-License-Identifier: MIT
// MemoryProjectStore: opening, reference layers, incidents, attachments, settings and the log.
// Cases are in memory_store_cases.cpp, the dump in memory_dump.cpp.
#include "memory_project_store.h"

#include "core/cases/hash_chain.h"
#include "core/input_error.h"
#include "gis/io/crs_detection.h"
#include "gis/io/layer_reader.h"
#include "gis/patrol/cell_probes.h"
#include "gis/store/project_tables.h"
#include "memory_assessment_records.h"
#include "memory_patrol_records.h"
#include "memory_rows.h"

#include <algorithm>

namespace fg::test {

namespace {

constexpr int kSchemaVersion = 5;

/// A private copy of a reference layer as a project keeps it: fids 1…n, MultiPolygons.
std::shared_ptr<const gis::VectorLayer> referenceCopy(const QString &table, const gis::VectorLayer &source)
{
    auto copy = std::make_shared<gis::VectorLayer>();
    copy->name = table;
    copy->driver = QStringLiteral("Memory");
    copy->geometryKind = gis::GeometryKind::Polygon;
    copy->geometryTypeName = QStringLiteral("Multi Polygon");
    copy->fields = source.fields;
    for (int row = 0; row < source.featureCount(); ++row) {
        std::vector<QVariant> values;
        for (size_t k = 0; k < source.fields.size(); ++k)
            values.push_back(source.value(row, int(k)));
        const SharedGeometry geometry = rows::multiPolygon(source.geometry(row));
        copy->addFeature(row + 1, std::move(values), geometry ? gis::cloneGeometry(geometry.get()) : nullptr);
    }
    return copy;
}

std::vector<MemoryReference> referenceCopies(const gis::NewProject &spec, const QString &location)
{
    std::vector<MemoryReference> result;
    for (const gis::ProjectLayer &layer : spec.layers) {
        const auto known = std::find_if(std::begin(gis::ProjectTables::kReference),
            std::end(gis::ProjectTables::kReference),
            [&](const char *table) { return layer.table == QLatin1String(table); });
        if (known == std::end(gis::ProjectTables::kReference) || !layer.layer)
            throw core::InputError(
                location, MemoryProjectStore::tr("not a reference layer of a project"), layer.table);
        for (const gis::ProjectLayer &other : spec.layers)
            if (&other != &layer && other.table == layer.table)
                throw core::InputError(
                    location, MemoryProjectStore::tr("the layer is given twice"), layer.table);
    }
    for (const char *table : gis::ProjectTables::kReference)
        for (const gis::ProjectLayer &layer : spec.layers)
            if (layer.table == QLatin1String(table))
                result.push_back({ layer.table, referenceCopy(layer.table, *layer.layer) });
    return result;
}

void birth(MemoryState &state, const gis::NewProject &spec, const MemorySession &session)
{
    const QDateTime now = MemorySession::now();
    session.log(state, now, QStringLiteral("project"), session.project->name(), QStringLiteral("create"),
        QJsonValue(), QJsonObject { { QStringLiteral("schema_version"), kSchemaVersion } });
    for (const auto &[key, value] : spec.settings) {
        const auto old = state.settings.find(key);
        const QJsonValue before = old == state.settings.end() ? QJsonValue() : QJsonValue(old->second);
        state.settings[key] = value;
        session.log(state, now, QStringLiteral("setting"), key, QStringLiteral("update"), before, value);
    }
}

} // namespace

std::unique_ptr<MemoryProjectStore> MemoryProjectStore::create(
    const gis::NewProject &spec, const gis::OperatorIdentity &who, const QString &name)
{
    const QString location = QStringLiteral("memory:") + name;
    if (spec.workingEpsg <= 0)
        throw core::InputError(location, tr("a project needs its working CRS"));
    if (who.name.trimmed().isEmpty())
        throw core::InputError(
            location, tr("the operator's name is required: every change records who made it"));
    auto project = std::make_shared<MemoryProject>(name, spec.workingEpsg, referenceCopies(spec, location));
    const MemorySession session { project, who, MemoryRights({}, location, who.name) };
    project->write([&](MemoryState &state) { birth(state, spec, session); });
    return std::make_unique<MemoryProjectStore>(project, who);
}

MemoryProjectStore::MemoryProjectStore(
    std::shared_ptr<MemoryProject> project, gis::OperatorIdentity who, gis::StoreRights rights)
    : m_session { project, who, MemoryRights(rights, project->location(), who.name) }
    , m_patrol(std::make_unique<MemoryPatrolRecords>(m_session))
    , m_assessment(std::make_unique<MemoryAssessmentRecords>(m_session))
{
    if (who.name.trimmed().isEmpty())
        throw core::InputError(
            m_session.location(), tr("the operator's name is required: every change records who made it"));
    if (!rights.readOnly)
        m_session.project->write(
            [&](MemoryState &state) { officerRowId(state, who.name, who.role, MemorySession::now()); });
}

MemoryProjectStore::~MemoryProjectStore() = default;

std::unique_ptr<MemoryProjectStore> MemoryProjectStore::openAgain(
    const gis::OperatorIdentity &who, const gis::StoreRights &rights) const
{
    return std::make_unique<MemoryProjectStore>(m_session.project, who, rights);
}

gis::ProjectInfo MemoryProjectStore::info() const
{
    const MemoryProject &p = *m_session.project;
    return gis::ProjectInfo { p.location(), p.name(), false, kSchemaVersion, p.workingEpsg() };
}

std::vector<gis::ReferenceLayerInfo> MemoryProjectStore::referenceLayers() const
{
    std::vector<gis::ReferenceLayerInfo> result;
    for (const MemoryReference &r : m_session.project->reference())
        result.push_back({ r.table, r.layer->featureCount(), r.layer->extent(), r.layer->fields, QString() });
    return result;
}

gis::VectorLayer MemoryProjectStore::readReference(
    const QString &table, const gis::FeatureQuery &query, const gis::StoreProgress &progress) const
{
    const auto &all = m_session.project->reference();
    const auto it
        = std::find_if(all.begin(), all.end(), [&](const MemoryReference &r) { return r.table == table; });
    if (it == all.end())
        throw core::InputError(
            m_session.location(), tr("the project has no reference layer of this name"), table);
    const gis::VectorLayer &source = *it->layer;
    gis::VectorLayer layer;
    layer.name = table;
    layer.sourcePath = m_session.location();
    layer.driver = source.driver;
    layer.geometryKind = source.geometryKind;
    layer.geometryTypeName = source.geometryTypeName;
    layer.fields = source.fields;
    // As the GeoPackage and PostGIS stores give it: the full decision, so transformToWorkingCrs
    // and the reports read the layer as known to be in the working CRS.
    layer.crs = gis::identifyCrs(
        QStringLiteral("EPSG:%1").arg(m_session.project->workingEpsg()), QStringLiteral("the project's working CRS"));
    for (int row = 0; row < source.featureCount(); ++row) {
        if (progress && row % 256 == 0 && !progress(double(row) / source.featureCount()))
            throw gis::ReadCancelled();
        if (!rows::selects(query, source.fid(row), gis::envelopeOf(source.geometry(row))))
            continue;
        std::vector<QVariant> values;
        for (size_t k = 0; k < source.fields.size(); ++k)
            values.push_back(source.value(row, int(k)));
        layer.addFeature(source.fid(row), std::move(values), gis::cloneGeometry(source.geometry(row)));
    }
    if (progress)
        progress(1.0);
    return layer;
}

qint64 MemoryProjectStore::addIncident(
    const gis::IncidentRecord &incident, const std::optional<core::CaseFile> &openCase)
{
    if (incident.id.trimmed().isEmpty())
        throw core::InputError(m_session.location(), tr("an incident needs an id"));
    if (!rows::multiPolygon(incident.geometry.get()))
        throw core::InputError(m_session.location(), tr("an incident needs a polygon"), incident.id);
    m_session.rights.requireTownship(incident.township, incident.id);
    if (openCase && !openCase->incidentIds().contains(incident.id))
        throw core::InputError(
            m_session.location(), tr("the case opened with an incident must list it"), openCase->id());
    return m_session.project->write([&](MemoryState &state) {
        if (rows::findIncident(state, incident.id))
            throw core::InputError(
                m_session.location(), tr("the project already has an incident with this id"), incident.id);
        const QDateTime now = MemorySession::now();
        IncidentRow row = rows::incidentRow(incident);
        row.fid = ++state.lastIncidentFid;
        row.revision = 1;
        row.changedBy = m_session.who.name;
        row.changedAt = now;
        if (!row.party.isEmpty())
            rows::partyId(state, row.party);
        QJsonObject created = incident.attributesJson();
        created.insert(QStringLiteral("fid"), row.fid);
        created.insert(QStringLiteral("geometry_sha256"), rows::sha256Hex(gis::toWkb(row.geometry.get())));
        state.incidents.push_back(row);
        m_session.log(state, now, QStringLiteral("incident"), incident.id, QStringLiteral("create"),
            QJsonValue(), created);
        if (openCase)
            insertCase(state, *openCase, now);
        return row.fid;
    });
}

qint64 MemoryProjectStore::addIncident(const gis::IncidentRecord &incident,
    const std::optional<core::CaseFile> &openCase, const gis::PreparedIncident &prepared)
{
    if (prepared.incidentId != incident.id || prepared.caseOpened.has_value() != openCase.has_value())
        throw core::InputError(
            m_session.location(), tr("the incident's prepared values are another incident's"), incident.id);
    return addIncident(incident, openCase); // the double makes its own values: the contract is the rows
}

std::vector<gis::IncidentRecord> MemoryProjectStore::incidents(
    bool withGeometry, const gis::FeatureQuery &query) const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<gis::IncidentRecord> result;
        for (const IncidentRow &row : state.incidents)
            if (m_session.rights.readsIncident(state, row)
                && rows::selects(query, row.fid, gis::envelopeOf(row.geometry.get())))
                result.push_back(rows::incidentRecord(row, withGeometry));
        return result;
    });
}

void MemoryProjectStore::updateIncidentGeometry(const gis::IncidentRecord &reshaped, qint64 expectedRevision)
{
    const SharedGeometry geometry = rows::multiPolygon(reshaped.geometry.get());
    if (!geometry)
        throw core::InputError(m_session.location(), tr("an incident needs a polygon"), reshaped.id);
    m_session.project->write([&](MemoryState &state) {
        auto it = std::find_if(state.incidents.begin(), state.incidents.end(),
            [&](const IncidentRow &row) { return row.incidentId == reshaped.id; });
        if (it == state.incidents.end() || !m_session.rights.readsIncident(state, *it))
            throw core::InputError(
                m_session.location(), tr("the project has no incident with this id"), reshaped.id);
        m_session.rights.requireTownship(it->township, reshaped.id);
        m_session.rights.requireTownship(reshaped.township, reshaped.id);
        checkRevision(
            m_session.location(), reshaped.id, expectedRevision, it->revision, it->changedBy, it->changedAt);
        const IncidentRow before = *it;
        const QDateTime now = MemorySession::now();
        it->geometry = geometry;
        it->township = reshaped.township;
        it->village = reshaped.village;
        it->measures = reshaped.measures;
        it->revision += 1;
        it->changedBy = m_session.who.name;
        it->changedAt = now;
        m_session.log(state, now, QStringLiteral("incident"), reshaped.id, QStringLiteral("geometry"),
            rows::shapeJson(before), rows::shapeJson(*it));
    });
}

QList<core::PartyIncident> MemoryProjectStore::partyIncidents() const
{
    return m_session.project->read([&](const MemoryState &state) {
        QList<core::PartyIncident> result;
        for (const IncidentRow &row : state.incidents) {
            if (!m_session.rights.readsIncident(state, row))
                continue;
            core::PartyIncident incident { row.incidentId, row.party, std::nullopt, row.partyIdNumber,
                row.discoveryDate, core::isOccupation(row.violationType) };
            qint64 newest = -1; // an incident taken up again counts with its newest case
            for (const CaseIncidentRow &link : state.caseIncidents) {
                const CaseRow *c = link.incidentFid == row.fid ? rows::findCase(state, link.caseId) : nullptr;
                if (c && c->openedSeq > newest) {
                    newest = c->openedSeq;
                    incident.caseStatus = c->status;
                }
            }
            result.append(incident);
        }
        return result;
    });
}

QString MemoryProjectStore::addAttachment(
    const QString &fileName, const QString &mediaType, const QByteArray &content)
{
    m_session.rights.requireWritable();
    const QString id = rows::sha256Hex(content);
    return m_session.project->write([&](MemoryState &state) {
        for (const AttachmentRow &row : state.attachments)
            if (row.id == id)
                return id; // the same bytes: one copy, nothing new to log
        const QDateTime now = MemorySession::now();
        const qint64 by = officerRowId(state, m_session.who.name, m_session.who.role, now);
        state.attachments.push_back(
            { id, fileName, mediaType, content, core::AuditEvent::timestamp(now), by });
        m_session.log(state, now, QStringLiteral("attachment"), id, QStringLiteral("add"), QJsonValue(),
            QJsonObject { { QStringLiteral("file_name"), fileName },
                { QStringLiteral("media_type"), mediaType },
                { QStringLiteral("size"), qint64(content.size()) } });
        return id;
    });
}

QByteArray MemoryProjectStore::attachment(const QString &id) const
{
    return m_session.project->read([&](const MemoryState &state) {
        for (const AttachmentRow &row : state.attachments)
            if (row.id == id)
                return row.content;
        throw core::InputError(m_session.location(), tr("no attachment with this id"), id);
    });
}

QString MemoryProjectStore::setting(const QString &key) const
{
    return m_session.project->read([&](const MemoryState &state) {
        const auto it = state.settings.find(key);
        return it == state.settings.end() ? QString() : it->second;
    });
}

void MemoryProjectStore::setSetting(const QString &key, const QString &value)
{
    m_session.rights.requireBureau(key);
    if (isStoreSetting(key) || key.trimmed().isEmpty())
        throw core::InputError(
            m_session.location(), tr("this setting is the store's own and cannot be set"), key);
    m_session.project->write([&](MemoryState &state) {
        const auto old = state.settings.find(key);
        const QJsonValue before = old == state.settings.end() ? QJsonValue() : QJsonValue(old->second);
        state.settings[key] = value;
        m_session.log(state, MemorySession::now(), QStringLiteral("setting"), key, QStringLiteral("update"),
            before, value);
    });
}

gis::PatrolRecords &MemoryProjectStore::patrol()
{
    return *m_patrol;
}

const gis::PatrolRecords &MemoryProjectStore::patrol() const
{
    return *m_patrol;
}

gis::AssessmentRecords &MemoryProjectStore::assessment()
{
    return *m_assessment;
}

const gis::AssessmentRecords &MemoryProjectStore::assessment() const
{
    return *m_assessment;
}

QList<core::AuditEvent> MemoryProjectStore::events() const
{
    return m_session.project->read([&](const MemoryState &state) {
        QList<core::AuditEvent> result;
        for (const core::AuditEvent &event : state.events)
            if (m_session.rights.readsEvent(state, event))
                result.append(event);
        return result;
    });
}

std::optional<core::ChainAnchor> MemoryProjectStore::logHead() const
{
    return m_session.project->read([](const MemoryState &state) -> std::optional<core::ChainAnchor> {
        if (state.events.isEmpty())
            return std::nullopt;
        return core::ChainAnchor { state.events.last().seq, state.events.last().hash };
    });
}

core::ChainReport MemoryProjectStore::verifyLog() const
{
    return m_session.project->read(
        [](const MemoryState &state) { return core::HashChain::verify(state.events, recordedHead(state)); });
}

} // namespace fg::test
