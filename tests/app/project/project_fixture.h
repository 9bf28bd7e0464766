// SPDX-License-Identifier: MIT
// The sample county as a project, opened in a main window, for the project GUI tests: in a file
// (SampleProjectWindow) where a test needs one, else in memory (MemorySampleWindow).
#pragma once

#include "app/main_window.h"
#include "app/project/party_panel.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "gis/usecases/sample_project.h"
#include "support/memory_sample.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace fg::app::test {

struct SampleProjectWindow
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;

    SampleProjectWindow()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("sample.gpkg"));
        gis::SampleProject::create(gis::ProjectLocation::parse(path), QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
        window = std::make_unique<MainWindow>();
        REQUIRE(open(*window->projects(), path));
    }
    /// Opens @p file in the background and waits for it and for the party totals that follow;
    /// false when the open failed, was cancelled or took too long.
    static bool open(ProjectController &projects, const QString &file)
    {
        QSignalSpy finished(&projects, &ProjectController::openFinished);
        if (!projects.openProject(file, { QStringLiteral("测试员"), QStringLiteral("county officer") }))
            return false;
        if (!finished.wait(60000) || !finished.first().first().toBool())
            return false;
        return QTest::qWaitFor([&projects] { return !projects.partyPanel()->isBusy(); }, 60000);
    }
    ProjectController &projects() const { return *window->projects(); }
    ProjectSession &session() const { return *window->projects()->session(); }
};

/// The sample county as an in-memory project (gis::SampleProject in a MemoryProjectStore) shown
/// in a main window: for the tests that need the project's record but no file.
struct MemorySampleWindow
{
    QTemporaryDir dir; ///< for the files a test writes (attachments, layers to import)
    std::shared_ptr<fg::test::MemoryProject> project;
    std::unique_ptr<MainWindow> window;

    /// @p prepare runs on the project before the window shows it (settings, extra records).
    explicit MemorySampleWindow(const std::function<void(gis::ProjectStore &)> &prepare = {})
    {
        REQUIRE(dir.isValid());
        auto store = fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
        if (prepare)
            prepare(*store);
        project = store->project();
        window = std::make_unique<MainWindow>();
        window->projects()->showStore(std::move(store));
        REQUIRE(QTest::qWaitFor([this] { return !projects().partyPanel()->isBusy(); }, 60000));
    }
    /// Another connection on the project, read-only (another desk looking at what the GUI wrote).
    std::unique_ptr<fg::test::MemoryProjectStore> reader() const
    {
        gis::StoreRights rights;
        rights.readOnly = true;
        return std::make_unique<fg::test::MemoryProjectStore>(project, gis::OperatorIdentity { QStringLiteral("checker"), QString() }, rights);
    }
    ProjectController &projects() const { return *window->projects(); }
    ProjectSession &session() const { return *window->projects()->session(); }
};

} // namespace fg::app::test
