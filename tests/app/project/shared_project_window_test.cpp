// SPDX-License-Identifier: MIT
// The GUI on a shared PostGIS project: opened by its URI, the title names the schema and the
// login's rights, and another connection's change shows within one poll of the log head (whose
// cost is printed). Needs FARMGUARD_TEST_PG (scripts/postgis-up.sh); WARNs and skips without it.
#include "app/main_window.h"
#include "app/project/operator_dialog.h"
#include "app/project/project_controller.h"
#include "app/project/project_rights.h"
#include "app/project/project_session.h"
#include "app/project/session_watcher.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/sample_project.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

/// The sample county copied into a schema of its own on the test server, dropped at the end.
struct SharedSample
{
    QString uri;
    explicit SharedSample(const QString &server)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sample.gpkg"));
        fg::gis::SampleProject::create(
            fg::gis::ProjectLocation::parse(file), QStringLiteral(FG_SAMPLE_DIR), QDateTime::currentDateTime());
        uri = server + QStringLiteral("?schema=fggui_%1").arg(QRandomGenerator::global()->generate64() % 1000000000);
        fg::gis::ProjectStores::copy(fg::gis::ProjectLocation::parse(file), fg::gis::ProjectLocation::parse(uri));
    }
    ~SharedSample()
    {
        try {
            fg::gis::ProjectStores::discard(fg::gis::ProjectLocation::parse(uri));
        } catch (const std::exception &error) {
            WARN("could not drop " << uri.toStdString() << ": " << error.what());
        }
    }
};

} // namespace

TEST_CASE("The GUI opens a PostGIS project by its URI and sees another connection's change", "[app][session][pg]")
{
    const QString server = qEnvironmentVariable("FARMGUARD_TEST_PG");
    if (server.isEmpty()) {
        WARN("PostGIS part skipped: FARMGUARD_TEST_PG is not set (scripts/postgis-up.sh prints a server URI; "
             "scripts/test.sh sets it)");
        return;
    }
    SharedSample shared(server);
    const fg::gis::ProjectLocation location = fg::gis::ProjectLocation::parse(shared.uri);
    auto window = std::make_unique<fg::app::MainWindow>();
    fg::app::ProjectController &projects = *window->projects();
    QSignalSpy finished(&projects, &fg::app::ProjectController::openFinished);
    // What `farmguard --project URI` does: ask who works on it, then open in the background.
    QTimer::singleShot(0, [] {
        if (!QTest::qWaitFor([] { return qobject_cast<fg::app::OperatorDialog *>(QApplication::activeModalWidget()); }, 10000))
            return;
        auto *dialog = qobject_cast<fg::app::OperatorDialog *>(QApplication::activeModalWidget());
        dialog->findChild<QLineEdit *>(QStringLiteral("operatorName"))->setText(QStringLiteral("测试员"));
        dialog->accept();
    });
    REQUIRE(window->openProject(shared.uri));
    REQUIRE(finished.wait(120000));
    REQUIRE(finished.first().first().toBool());
    fg::app::ProjectSession &session = *projects.session();
    CHECK(session.store().info().shared);
    const QString title = window->windowTitle();
    CHECK(title.contains(location.schema()));
    CHECK(title.contains(fg::app::ProjectRights::scopeLabel(session.store().rights())));
    CHECK(title.contains(QStringLiteral("测试员")));

    // The poll's query, measured: it runs on the UI thread every few seconds.
    std::vector<double> ms;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer clock;
        clock.start();
        (void)session.store().logHead();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    WARN("logHead() on PostGIS: median " << ms[100] << " ms, 95th percentile " << ms[190] << " ms, max " << ms.back()
                                         << " ms (200 calls)");

    const auto wang = fg::gis::ProjectStores::open(location, { QStringLiteral("王明"), QStringLiteral("township land officer") });
    const QString caseId = session.cases().last().id();
    const qint64 revision = session.cases().last().revision();
    fg::gis::CaseFacts facts = fg::gis::CaseFacts::of(session.cases().last()); // only the declaration changes
    facts.declaredMajor = true;
    wang->setCaseFacts(caseId, facts, revision);
    REQUIRE(projects.watcher()->pollNow());
    CHECK(session.caseFile(caseId)->revision() > revision);
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("王明")));
    CHECK(window->statusBar()->currentMessage().contains(caseId));
    WARN("the poll that found the change (head + incidents + cases): " << projects.watcher()->lastPollMs() << " ms");
    CHECK_FALSE(projects.watcher()->pollNow());
    WARN("a quiet poll: " << projects.watcher()->lastPollMs() << " ms");
    window.reset(); // closes the session's connection before the schema goes
}
