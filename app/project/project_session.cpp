// SPDX-License-Identifier: MIT
#include "app/project/project_session.h"

#include "app/project/session_changes.h"
#include "core/input_error.h"
#include "core/store_errors.h"
#include "gis/io/layer_reader.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/approval_layer.h"
#include "gis/usecases/case_actions.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/incident_layer.h"

namespace fg::app {

std::vector<ProjectMapLayer> readProjectMapLayers(
    const gis::ProjectStore &store, const std::function<bool(double, const QString &)> &progress)
{
    QStringList tables;
    for (const gis::ReferenceLayerInfo &layer : store.referenceLayersUncounted())
        tables << layer.table;
    tables << QString::fromLatin1(gis::ProjectTables::kIncidents);
    std::vector<ProjectMapLayer> result;
    for (int i = 0; i < tables.size(); ++i) {
        const QString &name = tables[i];
        gis::StoreProgress step;
        if (progress)
            step = [&progress, &name, i, n = tables.size()](double f) { return progress((i + f) / n, name); };
        if (i + 1 == tables.size()) {
            if (step && !step(0))
                throw gis::ReadCancelled();
            result.push_back({ name, readIncidentMapLayer(store) });
            if (step && !step(1))
                throw gis::ReadCancelled();
            continue;
        }
        auto layer = std::make_shared<gis::VectorLayer>(store.readReference(name, {}, step));
        layer->buildIndex();
        result.push_back({ name, std::move(layer) });
    }
    // The approvals (issue 16 item 1) between the reference layers and the incidents, when any.
    if (auto approvals = readApprovalMapLayer(store); approvals->featureCount() > 0)
        result.insert(result.end() - 1, { QStringLiteral("approvals"), std::move(approvals) });
    return result;
}

std::shared_ptr<gis::VectorLayer> readApprovalMapLayer(const gis::ProjectStore &store)
{
    auto layer = std::make_shared<gis::VectorLayer>(gis::ApprovalLayer::read(store));
    layer->buildIndex();
    return layer;
}

std::shared_ptr<gis::VectorLayer> readIncidentMapLayer(const gis::ProjectStore &store)
{
    auto layer = std::make_shared<gis::VectorLayer>(gis::IncidentLayer::read(store));
    layer->buildIndex();
    return layer;
}

ProjectSession::ProjectSession(std::unique_ptr<gis::ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_info(m_store->info())
{
    reload();
}

ProjectSession::ProjectSession(std::unique_ptr<gis::ProjectStore> store, std::vector<gis::IncidentRecord> incidents,
    QList<core::CaseFile> cases, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_info(m_store->info())
    , m_incidents(std::move(incidents))
    , m_cases(std::move(cases))
    , m_head(m_store->logHead())
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

core::TransitionResult ProjectSession::advance(const QString &caseId, const core::CaseStep &step, qint64 revision)
{
    return edit([&](gis::ProjectStore &store) { return gis::CaseActions::advance(store, caseId, step, revision); });
}

core::TransitionResult ProjectSession::edit(const std::function<core::TransitionResult(gis::ProjectStore &)> &change)
{
    core::TransitionResult result;
    try {
        result = change(*m_store);
    } catch (const core::ConflictError &) {
        reload(); // show what the other user did
        throw;
    } catch (const core::StepRefused &refusal) {
        result.reasons.append(refusal.problem());
    }
    reload();
    return result;
}

void ProjectSession::addTransfer(const QString &caseId, const core::CaseTransfer &transfer, qint64 revision)
{
    try {
        m_store->addTransfer(caseId, transfer, revision);
    } catch (const core::ConflictError &) {
        reload();
        throw;
    }
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
    // The head first: a change that lands while reading shows at the next poll, never lost.
    m_head = m_store->logHead();
    m_incidents = m_store->incidents();
    m_cases = m_store->cases();
    m_judgements.reset(); // judged again on first use: after every change, never a stale verdict
    emit changed();
}

const gis::CaseJudgements &ProjectSession::judgements() const
{
    if (!m_judgements) {
        m_judgementError.clear();
        try {
            m_judgements = std::make_unique<gis::CaseJudgements>(gis::CaseJudgement::judge(*m_store));
        } catch (const core::InputError &error) {
            m_judgementError = error.message();
            m_judgements = std::make_unique<gis::CaseJudgements>();
        }
    }
    return *m_judgements;
}

const gis::CaseFigures *ProjectSession::judgedIncident(const QString &incidentId) const
{
    return judgements().ofIncident(incidentId);
}

QString ProjectSession::judgementError() const
{
    judgements();
    return m_judgementError;
}

ProjectSession::Poll ProjectSession::pollChanges()
{
    Poll poll;
    const std::optional<core::ChainAnchor> head = m_store->logHead();
    const auto seq = [](const std::optional<core::ChainAnchor> &a) { return a ? a->seq : 0; };
    if (seq(head) == seq(m_head) && (!head || (m_head && head->hash == m_head->hash)))
        return poll;
    poll.moved = true;
    poll.events = seq(head) - seq(m_head);
    const std::vector<gis::IncidentRecord> incidents = std::move(m_incidents); // move-only rows; reload() refills
    const QList<core::CaseFile> cases = m_cases;
    reload();
    poll.changes = SessionChanges::describe(incidents, m_incidents, cases, m_cases, m_store->operatorIdentity().name);
    return poll;
}

} // namespace fg::app
