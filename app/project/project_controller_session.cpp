// SPDX-License-Identifier: MIT
// ProjectController's session work: shared projects, an already open store, the login's rights,
// other users' changes picked up while the project is open, and Save a copy.
#include "app/project/project_controller.h"

#include "app/project/selection_link.h"

#include "app/map/map_canvas.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/case_list_dock.h"
#include "app/project/log_warning_bar.h"
#include "app/project/party_panel.h"
#include "app/project/project_creator.h"
#include "app/project/project_opener.h"
#include "app/project/project_rights.h"
#include "app/project/session_changes.h"
#include "app/project/shared_project_dialog.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/case_flags.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QTime>
#include <QMainWindow>

namespace fg::app {

void ProjectController::askOpenShared()
{
    SharedProjectDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        openProject(dialog.uri(), dialog.identity());
}

bool ProjectController::openStore(std::unique_ptr<gis::ProjectStore> store)
{
    const QString name = store->info().name;
    if (m_creator->isBusy() || !m_opener->open(std::move(store))) {
        emit message(tr("A project is already being opened."));
        return false;
    }
    setBusy(true);
    setProgress(0, tr("Opening the project: %1").arg(name));
    return true;
}

void ProjectController::applyRights(const QString &path, const gis::OperatorIdentity &who)
{
    const gis::StoreRights rights = m_session->store().rights();
    m_logWarning->showFor(rights.logBroken, rights.readOnlyReason);
    m_actions.saveCopy->setEnabled(true);
    m_actions.overdue->setEnabled(true);
    for (QAction *action :
        { m_actions.newByCoordinates, m_actions.drawIncident, m_actions.editIncident, m_actions.importIncidents })
        ProjectRights::apply(action, ProjectRights::Capability::EditIncidents, rights);
    ProjectRights::apply(m_actions.importApprovals, ProjectRights::Capability::ManageApprovals, rights);
    const gis::ProjectInfo info = m_session->store().info();
    const QString name = info.shared ? info.name : QFileInfo(path).fileName();
    m_window->setWindowTitle(
        tr("%1 — %2 — %3 (%4) — FarmGuard").arg(name, ProjectRights::scopeLabel(rights), who.name, who.role));
}

void ProjectController::onChangedElsewhere(const ProjectSession::Poll &poll)
{
    if (!m_session)
        return;
    // Keep what the user was looking at: the incident in the case list and the map's selection.
    const QString selected = m_selectedIncident;
    QStringList selectedIds;
    if (const MapLayer *layer = m_workspace->layers()->layer(m_incidentLayerId)) {
        const int idField = layer->data->fieldIndex(QStringLiteral("incident_id"));
        for (int row : m_workspace->layers()->selection(m_incidentLayerId))
            if (idField >= 0 && row < layer->data->featureCount())
                selectedIds << layer->data->value(row, idField).toString();
    }
    reloadIncidentLayer();
    QSet<int> rows;
    for (const QString &id : selectedIds)
        if (const int row = incidentRow(id); row >= 0)
            rows.insert(row);
    m_workspace->layers()->setSelection(m_incidentLayerId, rows);
    m_link->setMapFollow(SelectionLink::MapFollow::Nothing); // the user's view and selection stay
    if (!selected.isEmpty() && incidentRow(selected) >= 0)
        m_caseList->selectIncident(selected);
    m_link->setMapFollow(SelectionLink::MapFollow::SelectAndZoom);
    m_partyPanel->refresh();
    const QString text = poll.changes.isEmpty()
        ? tr("The project was changed elsewhere (%1 new log events); incidents and cases are up to date.")
              .arg(poll.events)
        : SessionChanges::summary(poll.changes);
    // The map's own messages soon replace this one: the note beside it stays until the next change.
    m_changeNotice->setText(QStringLiteral("%1 %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")), text));
    m_changeNotice->setToolTip(poll.changes.join(QLatin1Char('\n')));
    m_changeNotice->show();
    emit message(text);
}

void ProjectController::askSaveCopy()
{
    if (!m_session)
        return;
    const bool shared = m_session->store().info().shared;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a copy of the project"),
        shared ? QDir::homePath() : QFileInfo(m_session->path()).absolutePath(), tr("FarmGuard project (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!shared && QFileInfo(path).absoluteFilePath() == QFileInfo(m_session->path()).absoluteFilePath()) {
        failed(tr("Save a copy"), tr("Choose another file than the open project."));
        return;
    }
    try {
        const gis::ProjectLocation to = gis::ProjectLocation::parse(path);
        // The file dialog asked before replacing a file; the copy itself never replaces one.
        if (gis::ProjectStores::exists(to))
            gis::ProjectStores::discard(to);
        gis::ProjectStores::copy(m_session->store(), to);
        emit message(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)));
    } catch (const core::InputError &error) {
        failed(tr("Save a copy"), error.message());
    }
}

void ProjectController::rejudgeCases(const MapAnalysis &analysis)
{
    // A run of a project no longer open (its store was closed after the run ended) judged that one.
    if (!m_session || !analysis.judging || analysis.incidentLayerId != m_incidentLayerId)
        return;
    const gis::ProjectJudging &judging = *analysis.judging;
    if (!judging.rejudged) {
        emit message(tr("The cases' flags were not judged again: %1").arg(judging.notJudged));
        return;
    }
    if (judging.rejudged->changed.empty()) {
        styleIncidents(); // the map shows the cases' verdicts, not the analysis' per incident
        return;
    }
    m_session->reload();
    QStringList changes;
    for (const gis::FlagChange &c : judging.rejudged->changed)
        changes << tr("%1 %2 → %3").arg(c.caseId, core::thresholdFlagCode(c.from), core::thresholdFlagCode(c.to));
    emit message(tr("Threshold flags judged again: %1").arg(changes.join(QStringLiteral(", "))));
}

} // namespace fg::app
