// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QMenu;
class QAction;

namespace fg::app {

class MapWorkspace;
class PatrolView;
class ProjectController;

/// The Patrol menu: shows the open project's patrol plan on the map (PatrolView), colours the
/// grid by risk, overdue or officer, and steps through the plan's days. UI thread only.
class PatrolController : public QObject
{
    Q_OBJECT

public:
    /// Fills @p menu (and is owned by it).
    PatrolController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects);

private:
    void show();
    void step(int days);
    void hide();

    MapWorkspace *m_workspace;
    ProjectController *m_projects;
    PatrolView *m_view = nullptr;
};

} // namespace fg::app
