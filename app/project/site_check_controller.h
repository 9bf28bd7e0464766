// SPDX-License-Identifier: MIT
#pragma once

#include "app/project/site_check_dialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace fg::app {

class IncidentDrawTool;
class MapWorkspace;
class ProjectController;

/// The 选址核查 action (issue 16 item 2): opens the site check dialog on the open project and,
/// when the user wants to draw the site, a draw tool on the map (the incident draw tool, snapping
/// to parcels; double-click finishes) whose polygon goes back to the dialog. Enabled while a
/// project is open. UI thread only.
class SiteCheckController : public QObject
{
    Q_OBJECT

public:
    /// Adds its action to @p menu; owned by @p projects.
    SiteCheckController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects);

    QAction *action() const { return m_action; }
    /// The open dialog; null when none is open.
    SiteCheckDialog *dialog() const { return m_dialog; }
    /// Opens (or raises) the dialog; false without an open project.
    bool open();

private:
    void startDrawing();
    void updateAction();

    MapWorkspace *m_workspace;
    ProjectController *m_projects;
    QAction *m_action;
    IncidentDrawTool *m_drawTool;
    QPointer<SiteCheckDialog> m_dialog;
};

} // namespace fg::app
