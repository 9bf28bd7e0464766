// SPDX-License-Identifier: MIT
// The sample county as a project, opened in a main window, for the project GUI tests.
#pragma once

#include "app/main_window.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "gis/project/sample_project.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTemporaryDir>

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
        gis::SampleProject::create(path, QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
        window = std::make_unique<MainWindow>();
        REQUIRE(window->projects()->openProject(path, { QStringLiteral("测试员"), QStringLiteral("county officer") }));
    }
    ProjectController &projects() const { return *window->projects(); }
    ProjectSession &session() const { return *window->projects()->session(); }
};

} // namespace fg::app::test
