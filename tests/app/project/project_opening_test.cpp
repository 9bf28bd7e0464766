// SPDX-License-Identifier: MIT
#include "tests/app/project/project_fixture.h"
#include "tests/app/project/pool_blocker.h"

#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_table_model.h"
#include "app/project/party_panel.h"
#include "app/project/project_opener.h"

#include <QAction>
#include <QProgressBar>
#include <QStatusBar>
#include <QTreeWidget>

using namespace fg;
using fg::app::test::PoolBlocker;
using fg::app::test::SampleProjectWindow;

namespace {

QProgressBar *progressBar(const app::MainWindow &window)
{
    QProgressBar *bar = window.statusBar()->findChild<QProgressBar *>();
    REQUIRE(bar);
    return bar;
}

/// A second copy of the sample county in another file, so the session's path tells which project
/// the window shows.
QString secondProject(const SampleProjectWindow &fixture)
{
    const QString path = fixture.dir.filePath(QStringLiteral("second.gpkg"));
    gis::SampleProject::create(gis::ProjectLocation::parse(path), QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
    return path;
}

} // namespace

TEST_CASE("Opening a project runs in the background with progress and swaps the session only when read", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::ProjectController &projects = fixture.projects();
    const QString second = secondProject(fixture);
    app::ProjectSession *before = projects.session();
    auto *opener = projects.findChild<app::ProjectOpener *>();
    REQUIRE(opener);
    QSignalSpy progress(opener, &app::ProjectOpener::progress);
    QSignalSpy finished(&projects, &app::ProjectController::openFinished);
    {
        PoolBlocker blocker;
        REQUIRE(projects.openProject(second, { QStringLiteral("测试员"), QString() }));
        // Returned at once: the window still shows the open project, the progress bar runs and
        // a second open is refused.
        CHECK(projects.isOpening());
        CHECK(projects.session() == before);
        CHECK(projects.session()->path() == fixture.path);
        CHECK_FALSE(progressBar(*fixture.window)->isHidden());
        CHECK_FALSE(projects.actions().open->isEnabled());
        CHECK_FALSE(projects.openProject(second, { QStringLiteral("测试员"), QString() }));
        blocker.release();
        REQUIRE(finished.wait(60000));
    }
    CHECK(finished.first().first().toBool());
    CHECK_FALSE(projects.isOpening());
    CHECK(projects.session()->path() == second);
    CHECK(projects.actions().open->isEnabled());
    CHECK(progressBar(*fixture.window)->isHidden());
    // One report a table at least, each fraction in 0..1 and never going back.
    REQUIRE(progress.size() >= 5);
    double last = 0;
    for (const QList<QVariant> &report : progress) {
        const double fraction = report.at(0).toDouble();
        CHECK(fraction >= last);
        CHECK(fraction <= 1.0);
        last = fraction;
    }
    CHECK(last > 0.9);
    // The party totals of the new session follow in the background too.
    REQUIRE(QTest::qWaitFor([&projects] { return !projects.partyPanel()->isBusy(); }, 60000));
    CHECK(projects.partyPanel()->tree()->topLevelItemCount() > 0);
}

TEST_CASE("Cancelling an open leaves the project that was open as it was", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::ProjectController &projects = fixture.projects();
    const QString second = secondProject(fixture);
    app::ProjectSession *before = projects.session();
    const app::MapLayerSet &layers = *fixture.window->workspace()->layers();
    const size_t layerCount = layers.layers().size();
    const QString incidentLayer = projects.incidentLayerId();
    const QString title = fixture.window->windowTitle();
    const int rows = projects.caseList()->model()->rowCount();
    const int parties = projects.partyPanel()->tree()->topLevelItemCount();
    REQUIRE(parties > 0);
    QSignalSpy finished(&projects, &app::ProjectController::openFinished);
    {
        PoolBlocker blocker;
        REQUIRE(projects.openProject(second, { QStringLiteral("测试员"), QString() }));
        // The status bar's cancel button triggers the workspace's Cancel action.
        fixture.window->workspace()->actions().cancelWork->trigger();
        blocker.release();
        REQUIRE(finished.wait(60000));
    }
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(projects.session() == before);
    CHECK(projects.session()->path() == fixture.path);
    CHECK(layers.layers().size() == layerCount);
    CHECK(projects.incidentLayerId() == incidentLayer);
    CHECK(layers.layer(incidentLayer) != nullptr);
    CHECK(fixture.window->windowTitle() == title);
    CHECK(projects.caseList()->model()->rowCount() == rows);
    CHECK(projects.partyPanel()->tree()->topLevelItemCount() == parties);
    CHECK(progressBar(*fixture.window)->isHidden());
    CHECK(projects.actions().open->isEnabled());
    // The window can open again afterwards.
    REQUIRE(SampleProjectWindow::open(projects, second));
    CHECK(projects.session()->path() == second);
}

TEST_CASE("A cancelled refresh of the party totals keeps the totals shown", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::PartyPanel &panel = *fixture.projects().partyPanel();
    const int parties = panel.tree()->topLevelItemCount();
    REQUIRE(parties > 0);
    const QString first = panel.tree()->topLevelItem(0)->text(0);
    QSignalSpy cancelled(&panel, &app::PartyPanel::refreshCancelled);
    QSignalSpy refreshed(&panel, &app::PartyPanel::refreshed);
    {
        PoolBlocker blocker;
        panel.refresh();
        CHECK(panel.isBusy());
        fixture.window->workspace()->actions().cancelWork->trigger();
        blocker.release();
        REQUIRE(cancelled.wait(60000));
    }
    CHECK(refreshed.isEmpty());
    CHECK_FALSE(panel.isBusy());
    CHECK(panel.tree()->topLevelItemCount() == parties);
    CHECK(panel.tree()->topLevelItem(0)->text(0) == first);
    // Two refreshes in a row: the first is superseded, only the second is shown.
    panel.refresh();
    panel.refresh();
    REQUIRE(refreshed.wait(60000));
    REQUIRE(QTest::qWaitFor([&panel] { return !panel.isBusy(); }, 60000));
    CHECK(refreshed.size() == 1);
    CHECK(refreshed.first().first().toStringList().isEmpty()); // nobody newly over: nothing changed
    CHECK(panel.tree()->topLevelItemCount() == parties);
}
