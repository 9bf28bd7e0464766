// SPDX-License-Identifier: MIT
// Issue 13, item 1 in the GUI: a project whose audit log check failed opens read-only under a red
// warning bar that says why; an intact project shows none.
#include "tests/app/project/project_fixture.h"

#include "app/project/log_warning_bar.h"

using namespace fg;

TEST_CASE(
    "A project whose log check failed shows the red warning bar with the reason", "[project-gui][evidence]")
{
    auto intact = fg::test::memorySampleProject(QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
    gis::StoreRights rights;
    rights.readOnly = true;
    rights.logBroken = true;
    rights.readOnlyReason = QStringLiteral("the audit log was cut after event 12");
    auto broken = std::make_unique<fg::test::MemoryProjectStore>(intact->project(),
        gis::OperatorIdentity { QStringLiteral("测试员"), QStringLiteral("county officer") }, rights);

    app::MainWindow window;
    app::ProjectController &projects = *window.projects();
    const app::LogWarningBar *bar = projects.logWarning();
    CHECK(bar->isHidden());
    projects.showStore(std::move(broken));
    REQUIRE(QTest::qWaitFor([&projects] { return !projects.partyPanel()->isBusy(); }, 60000));
    CHECK_FALSE(bar->isHidden());
    CHECK(bar->text().contains(QStringLiteral("the audit log was cut after event 12")));

    projects.showStore(std::move(intact));
    REQUIRE(QTest::qWaitFor([&projects] { return !projects.partyPanel()->isBusy(); }, 60000));
    CHECK(bar->isHidden());
    CHECK(bar->text().isEmpty());
}
