// SPDX-License-Identifier: MIT
// The sample county in an in-memory store (tests/support), open in a main window: for the app
// tests that need the record but no file.
#pragma once

#include "app/main_window.h"
#include "app/project/party_panel.h"
#include "app/project/project_controller.h"
#include "app/project/project_session.h"
#include "support/memory_sample.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace fg::app::test {

struct MemoryProjectWindow
{
    std::shared_ptr<fg::test::MemoryProject> project;
    std::unique_ptr<MainWindow> window;

    explicit MemoryProjectWindow(const QDateTime &now = QDateTime::currentDateTime())
    {
        std::unique_ptr<fg::test::MemoryProjectStore> store = fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), now);
        project = store->project();
        window = std::make_unique<MainWindow>();
        QSignalSpy finished(window->projects(), &ProjectController::openFinished);
        REQUIRE(window->projects()->openStore(std::move(store)));
        REQUIRE(finished.wait(60000));
        REQUIRE(finished.first().first().toBool());
        REQUIRE(QTest::qWaitFor([this] { return !window->projects()->partyPanel()->isBusy(); }, 60000));
    }
    /// Another connection to the same project: another desk, another user.
    std::unique_ptr<fg::test::MemoryProjectStore> otherDesk(
        const gis::OperatorIdentity &who, const gis::StoreRights &rights = {}) const
    {
        return std::make_unique<fg::test::MemoryProjectStore>(project, who, rights);
    }
    ProjectController &projects() const { return *window->projects(); }
    ProjectSession &session() const { return *window->projects()->session(); }
};

} // namespace fg::app::test
