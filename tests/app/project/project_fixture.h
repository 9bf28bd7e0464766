// SPDX-License-Identifier: MIT
// The sample county as a project, opened in a main window, for the project GUI tests.
#pragma once

#include "app/main_window.h"
#include "app/project/party_panel.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "gis/project/sample_project.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace fg::app::test
