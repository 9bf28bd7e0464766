// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_workflow.h"
#include "core/cases/obligation.h"
#include "gis/store/project_store.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fg::gis {
class VectorLayer;
struct CaseFigures;
struct CaseJudgements;
}

namespace fg::app {

/// One reference or incident layer of an open project, read through its store.
struct ProjectMapLayer
{
    QString table; ///< gis::ProjectTables table name ("incidents", "townships", ...)
    std::shared_ptr<gis::VectorLayer> layer; ///< in the working CRS, spatial index built
};

/// Reads a project's map layers (bottom to top: land use, basic farmland, villages, townships,
/// approvals when it has any, incidents) from @p store: the reference layers it has and its incidents
/// (gis::IncidentLayer). progress(fraction 0..1, table) returning false cancels
/// (gis::ReadCancelled). Throws core::InputError naming the project. Any thread the store may
/// be used on.
std::vector<ProjectMapLayer> readProjectMapLayers(
    const gis::ProjectStore &store, const std::function<bool(double, const QString &)> &progress = {});
/// The approvals map layer of @p store (gis::ApprovalLayer), index built; empty when none.
std::shared_ptr<gis::VectorLayer> readApprovalMapLayer(const gis::ProjectStore &store);
/// The incidents map layer of @p store, index built.
std::shared_ptr<gis::VectorLayer> readIncidentMapLayer(const gis::ProjectStore &store);

/// An open project as the GUI works on it: the store (opened for the operator), the case
/// workflow, and a cache of incidents and cases refreshed after every edit. Every edit goes
/// through the store, so the file is the truth and the cache never diverges from it for long.
/// UI thread only.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(std::unique_ptr<gis::ProjectStore> store, QObject *parent = nullptr);
    /// Takes incidents and cases already read from @p store (by a worker, ProjectOpener).
    ProjectSession(std::unique_ptr<gis::ProjectStore> store, std::vector<gis::IncidentRecord> incidents,
        QList<core::CaseFile> cases, QObject *parent = nullptr);
    ~ProjectSession() override;

    gis::ProjectStore &store() const { return *m_store; }
    const core::CaseWorkflow &workflow() const { return m_workflow; }
    /// The project's location for messages and titles: the file path or the URI (no password).
    QString path() const { return m_info.location; }
    int workingEpsg() const { return m_info.workingEpsg; }

    const std::vector<gis::IncidentRecord> &incidents() const { return m_incidents; }
    const QList<core::CaseFile> &cases() const { return m_cases; }
    /// The case that lists @p incidentId, if any.
    std::optional<core::CaseFile> caseForIncident(const QString &incidentId) const;
    std::optional<core::CaseFile> caseFile(const QString &caseId) const;
    /// The one verdict of every case and incident (gis::CaseJudgement::judge of the whole
    /// project, incidents without a case included): judged on first use after each change and
    /// kept until the next, so the lists, panels and map of the session all show the same.
    const gis::CaseJudgements &judgements() const;
    /// The figures @p incidentId is shown with (its case's, else its own); null when not judged.
    const gis::CaseFigures *judgedIncident(const QString &incidentId) const;
    /// Why the project could not be judged (judgements() is then empty); empty when it was.
    QString judgementError() const;
    /// Late obligations (overdue or met late) of every case at @p now, earliest due first.
    QList<core::Obligation> lateObligations(const QDateTime &now) const;

    /// Applies one step (gis::CaseActions::advance) to the case as it was at @p revision (the one
    /// the user saw); a refusal changes nothing and carries the reasons. Throws
    /// core::ConflictError when someone changed the case since (the session reloads first, so the
    /// panel shows the news).
    core::TransitionResult advance(const QString &caseId, const core::CaseStep &step, qint64 revision);
    /// Runs one change of a case use case (gis::CaseActions, gis::CaseFlags) on the store: reloads
    /// after it (accepted or not: a refusal may follow a re-judged flag) and on a conflict (then
    /// rethrows core::ConflictError); a core::StepRefused from the store becomes a refusal.
    core::TransitionResult edit(const std::function<core::TransitionResult(gis::ProjectStore &)> &change);
    /// Records a transfer through the store. Throws core::InputError when refused (ConflictError
    /// as advance()).
    void addTransfer(const QString &caseId, const core::CaseTransfer &transfer, qint64 revision);
    /// The project's map layers as last read (readProjectMapLayers()); shared with the map.
    void setMapLayers(std::vector<ProjectMapLayer> layers) { m_mapLayers = std::move(layers); }
    const std::vector<ProjectMapLayer> &mapLayers() const { return m_mapLayers; }
    /// The map layer of a table, null when the project lacks it.
    std::shared_ptr<gis::VectorLayer> mapLayer(const QString &table) const;

    /// Re-reads incidents and cases from the store and emits changed(); the log's head as it is
    /// then counts as seen (call it after an edit made through the store directly, too).
    void reload();

    /// What pollChanges() found.
    struct Poll
    {
        bool moved = false; ///< the log's head moved since the last read: incidents and cases were re-read
        qint64 events = 0; ///< how many events were appended meanwhile
        QStringList changes; ///< other users' changes to incidents and cases, in words (SessionChanges)
    };
    /// Asks the store for its log head (one tiny query on either backend); when it moved since the
    /// last read, re-reads incidents and cases (changed() follows) and says what others changed.
    Poll pollChanges();
    /// The log's head as of the last read of incidents and cases.
    const std::optional<core::ChainAnchor> &seenHead() const { return m_head; }

signals:
    /// Incidents, cases or transfers changed (after an edit, reload() or a poll that found news).
    void changed();

private:
    std::unique_ptr<gis::ProjectStore> m_store;
    gis::ProjectInfo m_info;
    core::CaseWorkflow m_workflow;
    std::vector<gis::IncidentRecord> m_incidents;
    QList<core::CaseFile> m_cases;
    std::vector<ProjectMapLayer> m_mapLayers;
    std::optional<core::ChainAnchor> m_head;
    mutable std::unique_ptr<gis::CaseJudgements> m_judgements; ///< null until asked after a change
    mutable QString m_judgementError;
};

} // namespace fg::app
Q_DECLARE_METATYPE(fg::app::ProjectSession::Poll)
