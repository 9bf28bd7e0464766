// SPDX-License-Identifier: MIT
#include "app/patrol/patrol_controller.h"

#include "app/map/map_canvas.h"
#include "app/map/map_status_widgets.h"
#include "app/map/map_workspace.h"
#include "app/patrol/make_grid_dialog.h"
#include "app/patrol/officers_dialog.h"
#include "app/patrol/patrol_job.h"
#include "app/patrol/patrol_view.h"
#include "app/patrol/plan_patrols_dialog.h"
#include "app/project/project_controller.h"
#include "app/project/project_rights.h"
#include "app/project/project_session.h"
#include "app/project/session_watcher.h"
#include "core/input_error.h"
#include "gis/store/patrol_records.h"
#include "gis/usecases/project_grid.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace fg::app {

PatrolController::PatrolController(QMenu *menu, MapWorkspace *workspace, ProjectController *projects)
    : QObject(menu)
    , m_workspace(workspace)
    , m_projects(projects)
    , m_job(new PatrolJob(this))
{
    menu->setToolTipsVisible(true); // disabled actions say why
    m_actions.show = menu->addAction(tr("Show Patrol &Plan"), this, &PatrolController::show);
    m_actions.show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_actions.plan = menu->addAction(tr("Plan &Patrols…"), this, &PatrolController::askPlan);
    m_actions.plan->setObjectName(QStringLiteral("actionPlanPatrols"));
    m_actions.makeGrid = menu->addAction(tr("Make &Grid…"), this, &PatrolController::askMakeGrid);
    m_actions.makeGrid->setObjectName(QStringLiteral("actionMakeGrid"));
    menu->addAction(tr("&Next Day"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight), this, [this] { step(1); });
    menu->addAction(tr("P&revious Day"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), this, [this] { step(-1); });
    menu->addSeparator();
    auto *group = new QActionGroup(this);
    const std::pair<QString, PatrolColouring> modes[] = { { tr("Colour Grid by &Risk"), PatrolColouring::Risk },
        { tr("Colour Grid by &Overdue"), PatrolColouring::Overdue },
        { tr("Colour Grid by O&fficer"), PatrolColouring::Officer } };
    for (const auto &[text, mode] : modes) {
        QAction *action = group->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == PatrolColouring::Risk);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            if (m_view) {
                m_view->setColouring(mode);
                emit m_workspace->message(m_view->summary());
            }
        });
        menu->addAction(action);
    }
    menu->addSeparator();
    menu->addAction(tr("&Hide Patrol"), this, &PatrolController::hide);
    menu->addSeparator();
    m_actions.officers = menu->addAction(tr("Grid &Officers…"), this, &PatrolController::showOfficers);
    connect(m_job, &PatrolJob::progress, this, [this](double fraction) {
        if (auto *status = m_workspace->canvas()->window()->findChild<MapStatusWidgets *>())
            status->setProgress(fraction, m_jobWhat);
    });
    connect(m_job, &PatrolJob::finished, this, &PatrolController::onJobFinished);
    connect(m_workspace->actions().cancelWork, &QAction::triggered, m_job, &PatrolJob::cancel);
    // The job works on the session's store: it ends before the session goes.
    connect(m_projects, &ProjectController::sessionAboutToChange, m_job, &PatrolJob::cancelAndWait);
    connect(m_projects, &ProjectController::sessionChanged, this, [this] {
        if (m_view && m_workspace->canvas()->tool() == m_view)
            m_workspace->canvas()->setTool(nullptr); // the view showed the previous project
        applyRights();
    });
    m_projects->watcher()->addBusy([this] { return m_job->isBusy(); });
    // Another desk stored a plan, a track or a visit: the plan on the map follows, on the same day.
    connect(m_projects->watcher(), &SessionWatcher::changedElsewhere, this, [this] {
        ProjectSession *session = m_projects->session();
        if (!m_view || !session || m_workspace->canvas()->tool() != m_view)
            return;
        const QDate day = m_view->day();
        try {
            m_view->load(session->store());
            m_view->setDay(day);
        } catch (const core::InputError &) {
            hide(); // e.g. the grid went: the next Show Patrol Plan says why
        }
    });
}

void PatrolController::applyRights()
{
    ProjectSession *session = m_projects->session();
    if (!session)
        return;
    const gis::StoreRights rights = session->store().rights();
    ProjectRights::apply(m_actions.plan, ProjectRights::Capability::ManagePatrol, rights);
    ProjectRights::apply(m_actions.makeGrid, ProjectRights::Capability::ManagePatrol, rights);
    ProjectRights::apply(m_actions.officers, ProjectRights::Capability::EditOfficers, rights);
}

void PatrolController::information(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_workspace->canvas()->window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool PatrolController::requireGrid(const QString &title)
{
    ProjectSession *session = m_projects->session();
    if (session->store().patrol().hasGrid())
        return true;
    QMessageBox box(QMessageBox::Information, title,
        tr("The project has no patrol grid yet. Make one now from the project's townships and farmland?"),
        QMessageBox::Cancel, m_workspace->canvas()->window());
    QPushButton *make = box.addButton(tr("Make Grid…"), QMessageBox::AcceptRole);
    make->setEnabled(m_actions.makeGrid->isEnabled());
    make->setToolTip(m_actions.makeGrid->toolTip());
    box.exec();
    if (box.clickedButton() == make)
        askMakeGrid();
    return false;
}

void PatrolController::askPlan()
{
    if (!m_projects->session()) {
        information(tr("Plan patrols"), tr("Open a project first (File → Open Project)."));
        return;
    }
    if (!requireGrid(tr("Plan patrols")))
        return;
    PlanPatrolsDialog dialog(QDate::currentDate(), m_workspace->canvas()->window());
    if (dialog.exec() == QDialog::Accepted)
        plan(dialog.request());
}

void PatrolController::askMakeGrid()
{
    ProjectSession *session = m_projects->session();
    if (!session) {
        information(tr("Make grid"), tr("Open a project first (File → Open Project)."));
        return;
    }
    MakeGridDialog dialog(session->store().patrol().hasGrid(), m_workspace->canvas()->window());
    if (dialog.exec() == QDialog::Accepted)
        makeGrid(dialog.options(), dialog.perVillage());
}

bool PatrolController::plan(const gis::PatrolPlanRequest &request)
{
    ProjectSession *session = m_projects->session();
    if (session && !session->store().patrol().hasGrid()) {
        emit m_workspace->message(tr("The project has no patrol grid yet: make one first (Patrol → Make Grid…)."));
        return false;
    }
    m_showAfterJob = true;
    return startJob(tr("Planning patrols"), [request](gis::ProjectStore &store, const std::function<bool(double)> &progress) {
        const gis::PatrolPlanOutcome outcome = gis::PatrolPlanning::run(store, request, progress);
        QString text = tr("Stored the patrol plan %1 to %2: %3 visits, %4 intervals it cannot keep.")
                           .arg(outcome.plan.start.toString(Qt::ISODate), outcome.plan.end.toString(Qt::ISODate))
                           .arg(outcome.plan.visits.size())
                           .arg(outcome.plan.shortfalls.size());
        if (outcome.keptBefore.isValid())
            text += QLatin1Char(' ') + tr("Days before %1 kept as planned.").arg(outcome.keptBefore.toString(Qt::ISODate));
        if (outcome.teamCreated)
            text += QLatin1Char(' ') + tr("The project had no officers; one per township was stored.");
        return text;
    });
}

bool PatrolController::makeGrid(const gis::GridOptions &options, bool perVillage)
{
    m_showAfterJob = false;
    return startJob(tr("Making the patrol grid"),
        [options, perVillage](gis::ProjectStore &store, const std::function<bool(double)> &progress) {
            const gis::PatrolGrid grid = gis::ProjectGrid::make(store, options, perVillage, progress);
            return tr("Stored the patrol grid: %1 cells in %2 townships.")
                .arg(grid.cells.size())
                .arg(gis::ProjectGrid::totals(grid).size());
        });
}

bool PatrolController::startJob(
    const QString &what, std::function<QString(gis::ProjectStore &, const std::function<bool(double)> &)> work)
{
    ProjectSession *session = m_projects->session();
    if (!session || m_job->isBusy()) {
        emit m_workspace->message(session ? tr("A patrol job is running; wait for it or cancel it.")
                                          : tr("Open a project first (File → Open Project)."));
        return false;
    }
    gis::ProjectStore *store = &session->store();
    auto result = std::make_shared<QString>();
    m_jobResult = result;
    m_jobWhat = what;
    m_actions.plan->setEnabled(false);
    m_actions.makeGrid->setEnabled(false);
    m_job->start([store, result, work = std::move(work)](const gis::StoreProgress &progress) {
        *result = work(*store, progress);
    });
    if (auto *status = m_workspace->canvas()->window()->findChild<MapStatusWidgets *>())
        status->setProgress(0, what);
    return true;
}

void PatrolController::onJobFinished(const JobOutcome &outcome)
{
    if (auto *status = m_workspace->canvas()->window()->findChild<MapStatusWidgets *>())
        status->setProgress(-1, {});
    applyRights();
    ProjectSession *session = m_projects->session();
    if (session)
        session->reload(); // our own change: the watcher need not announce it
    if (outcome.cancelled)
        emit m_workspace->message(tr("%1 cancelled; the project is as it was.").arg(m_jobWhat));
    else if (!outcome.error.isEmpty())
        QMessageBox::warning(m_workspace->canvas()->window(), m_jobWhat, outcome.error);
    else if (m_showAfterJob && session)
        show();
    if (outcome.ok() && m_jobResult)
        emit m_workspace->message(*m_jobResult + QLatin1Char(' ') + (m_view && m_showAfterJob ? m_view->summary() : QString()));
    emit jobFinished(outcome.ok());
}

void PatrolController::showOfficers()
{
    ProjectSession *session = m_projects->session();
    QWidget *window = m_workspace->canvas()->window();
    if (!session) {
        QMessageBox::information(window, tr("Grid Officers"), tr("Open a project first (File → Open Project)."));
        return;
    }
    try {
        OfficersDialog(session->store(), window).exec();
        session->reload();
    } catch (const core::InputError &error) {
        QMessageBox::warning(window, tr("Grid Officers"), error.message());
    }
}

void PatrolController::show()
{
    ProjectSession *session = m_projects->session();
    if (!session) {
        information(tr("Patrol plan"), tr("Open a project first (File → Open Project)."));
        return;
    }
    try {
        if (!requireGrid(tr("Patrol plan")))
            return;
        if (!m_view)
            m_view = new PatrolView(m_workspace->canvas());
        m_view->load(session->store());
    } catch (const core::InputError &error) {
        QMessageBox::warning(m_workspace->canvas()->window(), tr("Patrol plan"), error.message());
        return;
    }
    m_workspace->canvas()->setTool(m_view);
    m_workspace->canvas()->zoomToExtent(m_view->extent().adjusted(-800, -800, 800, 800));
    emit m_workspace->message(m_view->summary());
}

void PatrolController::step(int days)
{
    if (!m_view)
        return;
    m_view->setDay(m_view->day().addDays(days));
    emit m_workspace->message(m_view->summary());
}

void PatrolController::hide()
{
    if (m_view && m_workspace->canvas())
        m_workspace->canvas()->setTool(nullptr);
}

} // namespace fg::app
