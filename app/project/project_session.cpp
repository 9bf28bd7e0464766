// SPDX-License-Identifier: MIT
#include "app/project/project_session.h"

#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/project/project_layers.h"

namespace fg::app {

std::vector<ProjectMapLayer> readProjectMapLayers(
    const QString &path, const std::function<bool(double, const QString &)> &progress)
{
    using gis::ProjectLayers;
    const QStringList present = gis::listLayers(path);
    QStringList tables;
    for (const char *table : { ProjectLayers::kLandUse, ProjectLayers::kBasicFarmland, ProjectLayers::kVillages,
             ProjectLayers::kTownships, ProjectLayers::kIncidents }) {
        if (present.contains(QString::fromLatin1(table)))
            tables << QString::fromLatin1(table);
    }
    std::vector<ProjectMapLayer> result;
    for (int i = 0; i < tables.size(); ++i) {
        const QString &name = tables[i];
        gis::ReadOptions options;
        options.layerName = name;
        if (progress)
            options.progress = [&progress, &name, i, n = tables.size()](double f) { return progress((i + f) / n, name); };
        auto layer = std::make_shared<gis::VectorLayer>(gis::readLayer(path, options));
        layer->buildIndex();
        result.push_back({ name, std::move(layer) });
    }
    return result;
}

ProjectSession::ProjectSession(std::unique_ptr<gis::ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_info(m_store->info())
{
    m_incidents = m_store->incidents();
    m_cases = m_store->cases();
}

ProjectSession::ProjectSession(std::unique_ptr<gis::ProjectStore> store, std::vector<gis::IncidentRecord> incidents,
    QList<core::CaseFile> cases, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_info(m_store->info())
    , m_incidents(std::move(incidents))
    , m_cases(std::move(cases))
{
}

ProjectSession::~ProjectSession() = default;

std::optional<core::CaseFile> ProjectSession::caseForIncident(const QString &incidentId) const
{
    for (const core::CaseFile &file : m_cases) {
        if (file.incidentIds().contains(incidentId))
            return file;
    }
    return std::nullopt;
}

std::optional<core::CaseFile> ProjectSession::caseFile(const QString &caseId) const
{
    for (const core::CaseFile &file : m_cases) {
        if (file.id() == caseId)
            return file;
    }
    return std::nullopt;
}

QList<core::Obligation> ProjectSession::lateObligations(const QDateTime &now) const
{
    return m_workflow.tracker().overdue(m_cases, now);
}

core::TransitionResult ProjectSession::advance(const QString &caseId, const core::CaseStep &step)
{
    const core::TransitionResult result = m_store->advanceCase(caseId, step, m_workflow);
    if (result.accepted)
        reload();
    return result;
}

void ProjectSession::addTransfer(const QString &caseId, const core::CaseTransfer &transfer)
{
    m_store->addTransfer(caseId, transfer);
    reload();
}

std::shared_ptr<gis::VectorLayer> ProjectSession::mapLayer(const QString &table) const
{
    for (const ProjectMapLayer &layer : m_mapLayers) {
        if (layer.table == table)
            return layer.layer;
    }
    return nullptr;
}

void ProjectSession::reload()
{
    m_incidents = m_store->incidents();
    m_cases = m_store->cases();
    emit changed();
}

} // namespace fg::app
