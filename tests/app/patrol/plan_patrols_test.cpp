// SPDX-License-Identifier: MIT
// Patrol → Plan Patrols… and Make Grid… on the sample county in memory: the use cases run on a
// worker, the plan is stored and shown; Cancel leaves the project as it was.
#include "memory_project_window.h"

#include "../project/pool_blocker.h"
#include "app/map/map_canvas.h"
#include "app/map/map_workspace.h"
#include "app/patrol/make_grid_dialog.h"
#include "app/patrol/patrol_controller.h"
#include "app/patrol/patrol_job.h"
#include "app/patrol/patrol_view.h"
#include "app/patrol/plan_patrols_dialog.h"
#include "app/project/project_rights.h"
#include "app/project/session_watcher.h"
#include "gis/store/patrol_records.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QTimer>

using fg::app::test::MemoryProjectWindow;

namespace {

const fg::gis::OperatorIdentity kChecker { QStringLiteral("核对员"), QStringLiteral("test") };

/// Accepts the next modal dialog of type D once it shows, after @p fill has set it up.
template <class D> void acceptNextDialog(std::function<void(D &)> fill = {})
{
    QTimer::singleShot(0, [fill] {
        if (!QTest::qWaitFor([] { return qobject_cast<D *>(QApplication::activeModalWidget()) != nullptr; }, 10000))
            return;
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            if (fill)
                fill(*dialog);
            dialog->accept();
        }
    });
}

} // namespace

TEST_CASE("Patrol → Plan Patrols… stores a new plan on a worker and shows it on the map", "[app][patrol][plan]")
{
    MemoryProjectWindow fixture;
    fg::app::PatrolController &patrol = *fixture.window->patrol();
    REQUIRE(patrol.actions().plan->isEnabled());
    const QDate today = QDate::currentDate();
    const auto checker = fixture.otherDesk(kChecker);
    const auto before = checker->patrol().currentPlan();
    REQUIRE(before);

    QSignalSpy finished(&patrol, &fg::app::PatrolController::jobFinished);
    acceptNextDialog<fg::app::PlanPatrolsDialog>([today](fg::app::PlanPatrolsDialog &dialog) {
        fg::gis::PatrolPlanRequest request = dialog.request();
        request.options.start = today.addDays(7);
        request.options.days = 7;
        dialog.setRequest(request);
    });
    patrol.actions().plan->trigger();
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    CHECK(finished.first().first().toBool());

    const auto after = checker->patrol().currentPlan();
    REQUIRE(after);
    CHECK(after->start == today.addDays(7));
    CHECK(after->end == today.addDays(13));
    CHECK_FALSE(after->visits.empty());
    fg::app::MapCanvas *canvas = fixture.window->workspace()->canvas();
    REQUIRE(patrol.view());
    CHECK(canvas->tool() == patrol.view());
    CHECK(patrol.view()->day() >= after->start);
    CHECK(fixture.window->statusBar()->currentMessage().contains(after->start.toString(Qt::ISODate)));
    CHECK(checker->verifyLog().intact());

    // Another desk plans again: the next poll brings its plan to the map, on the day shown.
    const QDate shown = patrol.view()->day();
    fg::gis::PatrolPlanRequest again;
    again.options.start = today.addDays(14);
    again.options.days = 7;
    again.today = today;
    fg::gis::PatrolPlanning::run(*checker, again);
    REQUIRE(fixture.projects().watcher()->pollNow());
    CHECK(canvas->tool() == patrol.view());
    CHECK(patrol.view()->day() >= again.options.start); // snapped into the new plan's range
    CHECK(shown < again.options.start);
}

TEST_CASE("Cancel in the status bar stops a patrol plan: the stored plan stays", "[app][patrol][plan]")
{
    MemoryProjectWindow fixture;
    fg::app::PatrolController &patrol = *fixture.window->patrol();
    const auto checker = fixture.otherDesk(kChecker);
    const auto head = checker->logHead();
    QSignalSpy finished(&patrol, &fg::app::PatrolController::jobFinished);
    {
        fg::app::test::PoolBlocker blocker;
        fg::gis::PatrolPlanRequest request;
        request.options.start = QDate::currentDate();
        request.today = QDate::currentDate();
        REQUIRE(patrol.plan(request));
        CHECK(patrol.job()->isBusy());
        CHECK_FALSE(patrol.actions().plan->isEnabled());
        fixture.window->workspace()->actions().cancelWork->trigger();
    }
    REQUIRE((finished.count() > 0 || finished.wait(60000)));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(checker->logHead()->seq == head->seq);
    CHECK(patrol.actions().plan->isEnabled());
}

TEST_CASE("Make Grid… replaces the project's grid on a worker", "[app][patrol][grid]")
{
    MemoryProjectWindow fixture;
    fg::app::PatrolController &patrol = *fixture.window->patrol();
    QSignalSpy finished(&patrol, &fg::app::PatrolController::jobFinished);
    fg::gis::GridOptions options;
    options.cellSizeM = 3000;
    REQUIRE(patrol.makeGrid(options, false));
    REQUIRE(finished.wait(120000));
    CHECK(finished.first().first().toBool());
    const fg::gis::PatrolGrid grid = fixture.otherDesk(kChecker)->patrol().grid();
    CHECK(grid.cellSizeM == 3000);
    CHECK(fixture.window->statusBar()->currentMessage().contains(QString::number(grid.cells.size())));
}

TEST_CASE("A township or department login sees the actions its rights refuse disabled, with the reason", "[app][patrol][rights]")
{
    MemoryProjectWindow fixture;
    fg::app::ProjectController &projects = fixture.projects();
    fg::app::PatrolController &patrol = *fixture.window->patrol();
    CHECK(fixture.window->windowTitle().contains(fg::app::ProjectRights::scopeLabel({})));

    fg::gis::StoreRights township;
    township.scope = fg::gis::StoreRights::Scope::Township;
    township.township = QStringLiteral("龙溪镇");
    QSignalSpy opened(&projects, &fg::app::ProjectController::openFinished);
    REQUIRE(projects.openStore(fixture.otherDesk({ QStringLiteral("张伟"), QStringLiteral("township land officer") }, township)));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    CHECK(fixture.window->windowTitle().contains(QStringLiteral("龙溪镇")));
    CHECK(fixture.window->windowTitle().contains(QStringLiteral("张伟")));
    CHECK_FALSE(patrol.actions().plan->isEnabled());
    CHECK(patrol.actions().plan->toolTip().contains(QStringLiteral("龙溪镇")));
    CHECK_FALSE(patrol.actions().makeGrid->isEnabled());
    CHECK(patrol.actions().officers->isEnabled());
    CHECK(projects.actions().drawIncident->isEnabled());

    fg::gis::StoreRights department;
    department.scope = fg::gis::StoreRights::Scope::Department;
    department.department = QStringLiteral("public_security");
    opened.clear();
    REQUIRE(projects.openStore(fixture.otherDesk({ QStringLiteral("李警官"), QStringLiteral("department head") }, department)));
    REQUIRE(opened.wait(60000));
    REQUIRE(opened.first().first().toBool());
    const QString police = fg::app::ProjectRights::scopeLabel(department);
    CHECK(fixture.window->windowTitle().contains(police));
    CHECK_FALSE(projects.actions().drawIncident->isEnabled());
    CHECK(projects.actions().drawIncident->toolTip().contains(police));
    CHECK_FALSE(projects.actions().importIncidents->isEnabled());
    CHECK_FALSE(patrol.actions().officers->isEnabled());
}
