// SPDX-License-Identifier: MIT
#include "tests/app/project/pool_blocker.h"
#include "tests/app/project/project_fixture.h"
#include "tests/gis/store/gpkg/store_fixture.h"

#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/project/case_list_dock.h"
#include "app/project/case_table_model.h"
#include "app/project/project_creator.h"
#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/usecases/project_builder.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QStatusBar>

using namespace fg;
using fg::app::test::PoolBlocker;
using fg::app::test::SampleProjectWindow;
using fg::gis::test::sampleSources;
using fg::gis::test::tester;

namespace {

bool progressShown(const app::MainWindow &window)
{
    const QProgressBar *bar = window.statusBar()->findChild<QProgressBar *>();
    return bar && !bar->isHidden();
}

/// Fractions in 0..1, never going back; returns the last one.
double checkFractions(const std::vector<double> &fractions)
{
    double last = 0;
    for (const double fraction : fractions) {
        CHECK(fraction >= last);
        CHECK(fraction <= 1.0);
        last = fraction;
    }
    return last;
}

} // namespace

TEST_CASE("ProjectBuilder reports progress and a cancel removes the file it had started", "[project]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a complete build reports every layer up to 1")
    {
        const QString path = dir.filePath(QStringLiteral("whole.gpkg"));
        std::vector<double> fractions;
        QStringList what;
        auto created = gis::ProjectBuilder::create(gis::ProjectLocation::parse(path), sampleSources(), tester(), [&](double fraction, const QString &step) {
            fractions.push_back(fraction);
            what << step;
            return true;
        });
        CHECK(created.store);
        CHECK(QFile::exists(path));
        CHECK(fractions.size() >= 8); // four layers read, four reprojected, writing, settings
        CHECK(checkFractions(fractions) == 1.0);
        for (const char *source : { "basic_farmland.shp", "landuse.shp", "townships.shp", "villages.shp" })
            CHECK(what.contains(QString::fromLatin1(source)));
    }
    SECTION("cancelled once the file is written: no file remains")
    {
        const QString path = dir.filePath(QStringLiteral("partial.gpkg"));
        bool sawFile = false;
        auto cancelAfterWriting = [&](double fraction, const QString &) {
            // 0.95 is reported after the layers are in the file, before the settings are.
            if (fraction < 0.95)
                return true;
            // Built under a hidden temporary name beside it; the project's own name comes last.
            const QStringList building = QDir(dir.path()).entryList(
                { QStringLiteral(".partial.gpkg.building-*") }, QDir::Files | QDir::Hidden);
            sawFile = !building.isEmpty() && !QFile::exists(path);
            return false;
        };
        CHECK_THROWS_AS(gis::ProjectBuilder::create(gis::ProjectLocation::parse(path), sampleSources(), tester(), cancelAfterWriting), gis::ReadCancelled);
        CHECK(sawFile);
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
        CHECK(QDir(dir.path()).entryList({ QStringLiteral(".partial.gpkg*") }, QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("cancelled at once: nothing is written")
    {
        const QString path = dir.filePath(QStringLiteral("never.gpkg"));
        CHECK_THROWS_AS(gis::ProjectBuilder::create(gis::ProjectLocation::parse(path), sampleSources(), tester(), [](double, const QString &) { return false; }),
            gis::ReadCancelled);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("an existing file is refused and left alone")
    {
        const QString path = dir.filePath(QStringLiteral("taken.gpkg"));
        QFile taken(path);
        REQUIRE(taken.open(QIODevice::WriteOnly));
        taken.write("someone's file");
        taken.close();
        CHECK_THROWS_AS(gis::ProjectBuilder::create(gis::ProjectLocation::parse(path), sampleSources(), tester()), core::InputError);
        CHECK(QFile::exists(path));
    }
}

TEST_CASE("New project builds in the background and ends with the new project open", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::ProjectController &projects = fixture.projects();
    const QString path = fixture.dir.filePath(QStringLiteral("new.gpkg"));
    auto *creator = projects.findChild<app::ProjectCreator *>();
    REQUIRE(creator);
    std::vector<double> fractions;
    QObject::connect(creator, &app::ProjectCreator::progress, [&fractions](double fraction) { fractions.push_back(fraction); });
    QSignalSpy finished(&projects, &app::ProjectController::createFinished);
    {
        PoolBlocker blocker;
        REQUIRE(projects.createProject(path, sampleSources(), tester()));
        // Returned at once: the open project stays shown, the progress bar runs, Open and New wait.
        CHECK(projects.isCreating());
        CHECK(projects.session()->path() == fixture.path);
        CHECK(progressShown(*fixture.window));
        CHECK_FALSE(projects.actions().create->isEnabled());
        CHECK_FALSE(projects.actions().open->isEnabled());
        CHECK_FALSE(projects.createProject(path, sampleSources(), tester()));
        CHECK_FALSE(projects.openProject(fixture.path, tester()));
        blocker.release();
        REQUIRE(finished.wait(60000));
    }
    CHECK(finished.first().first().toBool());
    CHECK_FALSE(projects.isCreating());
    CHECK(projects.session()->path() == path);
    CHECK(projects.session()->incidents().empty()); // a new project starts without incidents
    CHECK(projects.session()->mapLayer(QStringLiteral("townships")) != nullptr);
    CHECK(fixture.window->workspace()->layers()->layer(projects.incidentLayerId()) != nullptr);
    CHECK(projects.actions().create->isEnabled());
    CHECK_FALSE(progressShown(*fixture.window));
    CHECK(fractions.size() >= 10); // building and reading back, a report per layer at least
    CHECK(checkFractions(fractions) > 0.9);
}

TEST_CASE("Cancelling New project removes the file and keeps the open project", "[project-gui]")
{
    SampleProjectWindow fixture;
    app::ProjectController &projects = fixture.projects();
    const QString path = fixture.dir.filePath(QStringLiteral("cancelled.gpkg"));
    app::ProjectSession *before = projects.session();
    const QString incidentLayer = projects.incidentLayerId();
    const size_t layerCount = fixture.window->workspace()->layers()->layers().size();
    const QString title = fixture.window->windowTitle();
    const int rows = projects.caseList()->model()->rowCount();
    QSignalSpy finished(&projects, &app::ProjectController::createFinished);
    {
        PoolBlocker blocker;
        REQUIRE(projects.createProject(path, sampleSources(), tester()));
        fixture.window->workspace()->actions().cancelWork->trigger();
        blocker.release();
        REQUIRE(finished.wait(60000));
    }
    CHECK_FALSE(finished.first().first().toBool());
    CHECK_FALSE(QFile::exists(path));
    CHECK(projects.session() == before);
    CHECK(projects.session()->path() == fixture.path);
    CHECK(projects.incidentLayerId() == incidentLayer);
    CHECK(fixture.window->workspace()->layers()->layers().size() == layerCount);
    CHECK(fixture.window->windowTitle() == title);
    CHECK(projects.caseList()->model()->rowCount() == rows);
    CHECK_FALSE(progressShown(*fixture.window));
    CHECK(projects.actions().create->isEnabled());
    CHECK(projects.actions().open->isEnabled());
    // The same file can be built afterwards.
    REQUIRE(projects.createProject(path, sampleSources(), tester()));
    REQUIRE(finished.wait(60000));
    CHECK(finished.last().first().toBool());
    CHECK(projects.session()->path() == path);
}
