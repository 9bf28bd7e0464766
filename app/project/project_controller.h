// SPDX-License-Identifier: MIT
#pragma once

#include "app/project/project_session.h"
#include "core/approvals/approval.h"
#include "gis/store/project_store.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace fg::gis {
struct ProjectSources;
}

namespace fg::app {

class CaseListDock;
class CasePanel;
class LogWarningBar;
class MapWorkspace;
class MapStatusWidgets;
class PartyPanel;
class SelectionLink;
class ProjectCreator;
class ProjectOpener;
class SessionWatcher;
struct CreatedProject;
struct MapAnalysis;
struct OpenedProject;
class IncidentDrawTool;
class IncidentEditTool;

/// The project side of the main window: File → Open / New / Save a copy, the operator prompt,
/// the project's layers on the map (incidents coloured by verdict), the case list, case and
/// party panels, the overdue list and new incidents (typed coordinates or drawn). Owns the open
/// session. Opening and building a new project run in the background with progress and cancel
/// in the status bar; the open session stays as it was until the new one is read. UI thread only.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    ProjectController(QMainWindow *window, MapWorkspace *workspace);
    ~ProjectController() override;

    struct Actions
    {
        QAction *open, *openShared, *create, *saveCopy, *overdue, *newByCoordinates, *drawIncident, *editIncident,
            *importIncidents, *importApprovals;
    };
    const Actions &actions() const { return m_actions; }
    /// Imports an approvals layer into the open project (gis::ApprovalImporter, all or nothing;
    /// rows naming no kind take @p kind), then reads the map's approvals and incidents again and
    /// says what moved. False (the reasons shown) when refused or failed.
    bool importApprovals(const QString &path, std::optional<core::ApprovalKind> kind);
    QList<QDockWidget *> docks() const;

    /// Asks for the operator, then starts opening; false when the operator cancels or an open
    /// is already running.
    bool openProjectAsking(const QString &path);
    /// Starts opening @p path for @p who in the background; false (with a message) while another
    /// open runs. openFinished() follows; a failure shows a message box and keeps the open session.
    bool openProject(const QString &path, const gis::OperatorIdentity &who);
    bool isOpening() const;
    /// Shows a store that is open already (another backend, a test's in-memory store), read in
    /// the background as openProject() reads one; openFinished() follows.
    bool openStore(std::unique_ptr<gis::ProjectStore> store);
    /// Polls the open project for other users' changes (SessionWatcher).
    SessionWatcher *watcher() const { return m_watcher; }
    /// The status bar's note of the last change another user made (stays until the next one).
    QLabel *changeNotice() const { return m_changeNotice; }
    /// The red bar shown while the open project failed its audit log check.
    LogWarningBar *logWarning() const { return m_logWarning; }
    /// Starts building a new project at @p path from @p sources for @p who in the background, then
    /// opens it; false (with a message) while an open or another build runs. createFinished()
    /// follows. A failed or cancelled build shows a message (failure only), removes the partial
    /// file and keeps the open session.
    bool createProject(const QString &path, const gis::ProjectSources &sources, const gis::OperatorIdentity &who);
    bool isCreating() const;
    /// Shows a project whose store is open already (one opened elsewhere; the tests' in-memory
    /// store): reads its incidents, cases and map layers on the calling thread, then replaces the
    /// open session as a finished open does. Throws core::InputError when the store cannot be read.
    void showStore(std::unique_ptr<gis::ProjectStore> store);
    /// Stops a running open or build (the session open before stays) and a running party measurement.
    void cancelWork();
    ProjectSession *session() const { return m_session.get(); }
    CaseListDock *caseList() const { return m_caseList; }
    CasePanel *casePanel() const { return m_casePanel; }
    PartyPanel *partyPanel() const { return m_partyPanel; }
    SelectionLink *selectionLink() const { return m_link; }
    IncidentDrawTool *drawTool() const { return m_drawTool; }
    IncidentEditTool *editTool() const { return m_editTool; }
    /// The map layer id of the incidents (empty before a project is open).
    QString incidentLayerId() const { return m_incidentLayerId; }
    /// Selects (outlines) the incidents of cases with an overdue step on the map; returns their ids.
    QStringList markOverdueIncidents();
    /// Re-reads the incidents layer into the map after an edit and refreshes the party totals;
    /// warns about parties a new incident pushed over a threshold.
    void incidentsChanged();
    /// After F5: the open project's cases were judged again from their figures on the analysis's
    /// worker (@p analysis.judging, gis::ProjectAnalysisJob: each changed flag logged with its
    /// figures); the session reloads and the status bar says what changed.
    void rejudgeCases(const fg::app::MapAnalysis &analysis);

signals:
    void message(const QString &text);
    /// The open started by openProject() ended: @p opened is false when it failed or was cancelled.
    void openFinished(bool opened);
    /// The open session is about to be replaced: stop using its store.
    void sessionAboutToChange();
    /// A new session is shown (rights applied, title set).
    void sessionChanged(fg::app::ProjectSession *session);
    /// The build started by createProject() ended: @p opened is true when the new project is open.
    void createFinished(bool opened);

private:
    void createActions();
    void onOpened(const std::shared_ptr<OpenedProject> &result);
    void onCreated(const std::shared_ptr<CreatedProject> &result);
    /// Shows a project a worker read; false (with a message) when it failed or was cancelled.
    bool showOpened(const std::shared_ptr<OpenedProject> &result, const QString &title, const QString &cancelled);
    /// Open and New are refused while either runs in the background.
    void setBusy(bool busy);
    void showSession(std::unique_ptr<ProjectSession> session, const QString &path, const gis::OperatorIdentity &who);
    void onPartiesRefreshed(const QStringList &newlyOver);
    /// The status bar's progress bar (0..1; negative hides it), when the window has one.
    void setProgress(double fraction, const QString &what);
    void askOpen();
    void askOpenShared();
    /// Enables the incident actions the login's rights allow and shows them in the title.
    void applyRights(const QString &path, const gis::OperatorIdentity &who);
    /// Another user changed the project: re-read the incident layer, keep the selection, say what.
    void onChangedElsewhere(const ProjectSession::Poll &poll);
    /// Re-reads the incident map layer (after any change to incidents).
    void reloadIncidentLayer();
    void askCreate();
    void askSaveCopy();
    void showOverdue();
    void newIncidentByCoordinates();
    /// Asks for a new incident's attributes; an empty ring asks for its coordinates too.
    void askIncident(const QList<QPointF> &drawnRing);
    void startDrawing();
    /// Edits the selected incident's vertices; false (with a message) when none is selected.
    bool startEditing();
    void askImportIncidents();
    /// Asks for an approvals layer and the kind of its rows without one, then importApprovals().
    void askImportApprovals();
    void showProjectLayers();
    void styleIncidents();
    void onIncidentSelected(const QString &incidentId);
    void zoomToIncident(const QString &incidentId);
    /// Row of an incident in the map's incident layer, -1 when absent.
    int incidentRow(const QString &incidentId) const;
    void failed(const QString &title, const QString &text);

    QMainWindow *m_window;
    MapWorkspace *m_workspace;
    std::unique_ptr<ProjectSession> m_session;
    ProjectOpener *m_opener;
    SessionWatcher *m_watcher;
    QLabel *m_changeNotice;
    LogWarningBar *m_logWarning;
    ProjectCreator *m_creator;
    CaseListDock *m_caseList;
    CasePanel *m_casePanel;
    SelectionLink *m_link;
    PartyPanel *m_partyPanel;
    IncidentDrawTool *m_drawTool;
    IncidentEditTool *m_editTool;
    QString m_selectedIncident;
    QString m_incidentLayerId;
    bool m_warnNewlyOver = false; ///< the running party measurement follows an edit
    Actions m_actions{};
};

} // namespace fg::app
