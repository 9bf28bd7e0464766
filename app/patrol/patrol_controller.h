// SPDX-License-Identifier: MIT
#pragma once

#include "gis/patrol/grid_builder.h"
#include "gis/usecases/patrol_planning.h"

#include <QObject>

#include <functional>

class QMenu;
class QAction;

namespace fg::gis {
class ProjectStore;
}

namespace fg::app {

class MapWorkspace;
class PatrolJob;
class PatrolView;
class ProjectController;
class ProjectSession;
struct JobOutcome;

/// The Patrol menu: makes the project's grid and plans the patrols (gis::ProjectGrid,
/// gis::PatrolPlanning, on a worker with progress and Cancel in the status bar), shows the plan
/// on the map (PatrolView), colours the grid by risk, overdue or officer, steps through the
/// plan's days, and opens the grid officers. Actions the login's rights do not allow are
/// disabled with the reason. UI thread only.
class PatrolController : public QObject
{
    Q_OBJECT

public:
    /// Fills @p menu (and is owned by it).
    PatrolController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects);

    struct Actions
    {
        QAction *show, *plan, *makeGrid, *officers;
    };
    const Actions &actions() const { return m_actions; }
    PatrolView *view() const { return m_view; }
    PatrolJob *job() const { return m_job; }

    /// Starts planning the open project with @p request in the background; false (with a
    /// message) when no project is open, it has no grid, or a job runs. The new plan is shown
    /// when it is stored; jobFinished() follows either way.
    bool plan(const gis::PatrolPlanRequest &request);
    /// Starts making the open project's grid in the background; false as plan().
    bool makeGrid(const gis::GridOptions &options, bool perVillage);

signals:
    /// A plan or grid job ended: @p stored is true when its result is in the project.
    void jobFinished(bool stored);

private:
    void askPlan();
    void askMakeGrid();
    /// True when the project has a grid; otherwise offers Make Grid… (false).
    bool requireGrid(const QString &title);
    bool startJob(const QString &what, std::function<QString(gis::ProjectStore &, const std::function<bool(double)> &)> work);
    void onJobFinished(const JobOutcome &outcome);
    void applyRights();
    void show();
    void step(int days);
    void hide();
    void showOfficers();
    void information(const QString &title, const QString &text);

    MapWorkspace *m_workspace;
    ProjectController *m_projects;
    PatrolView *m_view = nullptr;
    PatrolJob *m_job;
    Actions m_actions {};
    QString m_jobWhat; ///< the running job, for the status bar
    std::shared_ptr<QString> m_jobResult; ///< what the finished job says
    bool m_showAfterJob = false;
};

} // namespace fg::app
