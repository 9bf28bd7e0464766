// SPDX-License-Identifier: MIT
// Not a test: grabs the patrol and shared-project screens for docs/screenshots. Hidden ([.]);
// run `farmguard_app_tests "[screenshots]"` with FG_SCREENSHOT_DIR set (and FARMGUARD_LANG).
#include "memory_project_window.h"

#include "app/patrol/patrol_controller.h"
#include "app/patrol/plan_patrols_dialog.h"
#include "app/project/session_watcher.h"
#include "app/project/shared_project_dialog.h"
#include "gis/store/patrol_records.h"

#include <QDir>
#include <QPainter>
#include <QStatusBar>

namespace {

/// The window as a desktop shows it: its title above its content (the offscreen and bare X
/// platforms draw no frame).
QImage framed(QWidget &window)
{
    const QPixmap content = window.grab();
    QImage image(content.width(), content.height() + 28, QImage::Format_RGB32);
    image.fill(QColor(0x3c, 0x3f, 0x41));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = window.font();
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, image.width(), 28), Qt::AlignCenter, window.windowTitle());
    painter.drawPixmap(0, 28, content);
    return image;
}

/// Saves a small PNG: 256 colours are plenty for a screen.
bool save(const QImage &image, const QString &path)
{
    return image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AutoColor).save(path);
}

} // namespace

TEST_CASE("Screenshots of planning, the shared project dialog and a change from another desk", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("FG_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    fg::app::test::MemoryProjectWindow fixture;
    fixture.window->resize(1280, 760);
    fixture.window->show();

    fg::app::PlanPatrolsDialog plan(QDate::currentDate(), fixture.window.get());
    plan.show();
    QTest::qWait(200);
    CHECK(save(plan.grab().toImage(), QDir(out).filePath(QStringLiteral("plan-patrols-dialog.png"))));
    plan.hide();

    fg::app::SharedProjectDialog shared(fixture.window.get());
    shared.setUri(QStringLiteral("postgresql://zhang@gis.pingshun.gov/farmguard?schema=pingshun"));
    shared.setIdentity({ QStringLiteral("张伟"), QStringLiteral("township land officer") });
    shared.show();
    QTest::qWait(200);
    CHECK(save(shared.grab().toImage(), QDir(out).filePath(QStringLiteral("open-shared-project-dialog.png"))));
    shared.hide();

    fg::app::PatrolController &patrol = *fixture.window->patrol();
    QSignalSpy finished(&patrol, &fg::app::PatrolController::jobFinished);
    fg::gis::PatrolPlanRequest request;
    request.today = QDate::currentDate();
    request.options.start = request.today.addDays(8 - request.today.dayOfWeek()); // next Monday: routes to show
    REQUIRE(patrol.plan(request));
    REQUIRE(finished.wait(60000));
    QTest::qWait(800); // the map renders; the note in the status bar stays
    CHECK(save(framed(*fixture.window), QDir(out).filePath(QStringLiteral("plan-patrols-shown.png"))));

    const auto wang = fixture.otherDesk({ QStringLiteral("王明"), QStringLiteral("township land officer") });
    const QString caseId = QStringLiteral("PS2024-007");
    fg::gis::CaseFacts facts;
    facts.declaredMajor = true;
    wang->setCaseFacts(caseId, facts, fixture.session().caseFile(caseId)->revision());
    REQUIRE(fixture.projects().watcher()->pollNow());
    QTest::qWait(800);
    CHECK(save(framed(*fixture.window), QDir(out).filePath(QStringLiteral("change-from-another-desk.png"))));

    fg::gis::StoreRights township;
    township.scope = fg::gis::StoreRights::Scope::Township;
    township.township = QStringLiteral("龙溪镇");
    QSignalSpy opened(&fixture.projects(), &fg::app::ProjectController::openFinished);
    REQUIRE(fixture.projects().openStore(
        fixture.otherDesk({ QStringLiteral("张伟"), QStringLiteral("township land officer") }, township)));
    REQUIRE(opened.wait(60000));
    QTest::qWait(800);
    CHECK(save(framed(*fixture.window), QDir(out).filePath(QStringLiteral("township-login.png"))));
}
