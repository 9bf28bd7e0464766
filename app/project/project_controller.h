// SPDX-License-Identifier: MIT
#pragma once

#include "gis/project/project_store.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;

namespace fg::app {

class CaseListDock;
class CasePanel;
class MapWorkspace;
class PartyPanel;
class ProjectSession;
class IncidentDrawTool;
class IncidentEditTool;

/// The project side of the main window: File → Open / New / Save a copy, the operator prompt,
/// the project's layers on the map (incidents coloured by verdict), the case list, case and
/// party panels, the overdue list and new incidents (typed coordinates or drawn). Owns the open
/// session. UI thread only.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    ProjectController(QMainWindow *window, MapWorkspace *workspace);
    ~ProjectController() override;

    struct Actions
    {
        QAction *open, *create, *saveCopy, *overdue, *newByCoordinates, *drawIncident, *editIncident, *importIncidents;
    };
    const Actions &actions() const { return m_actions; }
    QList<QDockWidget *> docks() const;

    /// Asks for the operator, then opens; false (with a message) on failure or cancel.
    bool openProjectAsking(const QString &path);
    /// Opens @p path for @p who and shows it; false with a message box on failure.
    bool openProject(const QString &path, const gis::OperatorIdentity &who);
    ProjectSession *session() const { return m_session.get(); }
    CaseListDock *caseList() const { return m_caseList; }
    CasePanel *casePanel() const { return m_casePanel; }
    PartyPanel *partyPanel() const { return m_partyPanel; }
    IncidentDrawTool *drawTool() const { return m_drawTool; }
    IncidentEditTool *editTool() const { return m_editTool; }
    /// The map layer id of the incidents (empty before a project is open).
    QString incidentLayerId() const { return m_incidentLayerId; }
    /// Selects (outlines) the incidents of cases with an overdue step on the map; returns their ids.
    QStringList markOverdueIncidents();
    /// Re-reads the incidents layer into the map after an edit and refreshes the party totals;
    /// warns about parties a new incident pushed over a threshold.
    void incidentsChanged();

signals:
    void message(const QString &text);

private:
    void createActions();
    void askOpen();
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
    CaseListDock *m_caseList;
    CasePanel *m_casePanel;
    PartyPanel *m_partyPanel;
    IncidentDrawTool *m_drawTool;
    IncidentEditTool *m_editTool;
    QString m_selectedIncident;
    QString m_incidentLayerId;
    Actions m_actions{};
};

} // namespace fg::app
