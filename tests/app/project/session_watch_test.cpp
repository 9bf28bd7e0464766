// SPDX-License-Identifier: MIT
// The open session picks up other users' changes without a restart: another desk's store on
// the same project (the in-memory store's second connection) changes a case; one poll of the
// log head re-reads incidents and cases, keeps the selection and says who changed what. An edit
// based on an old revision still reloads through the conflict.
#include "memory_project_window.h"

#include "app/project/case_list_dock.h"
#include "app/project/session_watcher.h"
#include "core/store_errors.h"

#include <QLabel>
#include <QStatusBar>
#include <QTableView>

using fg::app::test::MemoryProjectWindow;

namespace {

const fg::gis::OperatorIdentity kWang { QStringLiteral("王明"), QStringLiteral("township land officer") };
const QString kCase = QStringLiteral("PS2024-020"); // a clue just recorded in the sample

qint64 revisionOf(const fg::app::ProjectSession &session, const QString &caseId)
{
    const auto file = session.caseFile(caseId);
    return file ? file->revision() : -1;
}

fg::gis::CaseFacts majorFacts()
{
    fg::gis::CaseFacts facts;
    facts.thresholdFlag = fg::core::ThresholdFlag::Reached;
    facts.declaredMajor = true;
    return facts;
}

} // namespace

TEST_CASE("A session sees another desk's change to a case within one poll, without reopening", "[app][session][watch]")
{
    MemoryProjectWindow fixture;
    fg::app::ProjectSession &session = fixture.session();
    fg::app::SessionWatcher &watcher = *fixture.projects().watcher();
    CHECK_FALSE(watcher.pollNow()); // nothing changed yet
    fixture.projects().caseList()->selectIncident(QStringLiteral("PS2024-007"));
    const qint64 revision = revisionOf(session, kCase);
    REQUIRE(revision > 0);

    const auto wang = fixture.otherDesk(kWang);
    wang->setCaseFacts(kCase, majorFacts(), revision);

    QSignalSpy changed(&watcher, &fg::app::SessionWatcher::changedElsewhere);
    REQUIRE(changed.wait(fg::app::SessionWatcher::defaultInterval() + 5000)); // the next tick
    const auto poll = changed.first().first().value<fg::app::ProjectSession::Poll>();
    CHECK(poll.moved);
    CHECK(poll.events == 1);
    REQUIRE(poll.changes.size() == 1);
    CHECK(poll.changes.first().contains(QStringLiteral("王明")));
    CHECK(poll.changes.first().contains(kCase));
    CHECK(revisionOf(session, kCase) > revision);
    CHECK(session.caseFile(kCase)->declaredMajor());
    const QString message = fixture.window->statusBar()->currentMessage();
    CHECK(message.contains(QStringLiteral("王明")));
    CHECK(message.contains(kCase));
    CHECK_FALSE(fixture.projects().changeNotice()->isHidden());
    CHECK(fixture.projects().changeNotice()->text().contains(QStringLiteral("王明")));
    const QModelIndex current = fixture.projects().caseList()->view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.siblingAtColumn(0).data().toString() == QStringLiteral("PS2024-007")); // selection kept
    CHECK_FALSE(watcher.pollNow());
}

TEST_CASE("Our own edits are not announced as someone else's", "[app][session][watch]")
{
    MemoryProjectWindow fixture;
    fg::app::ProjectSession &session = fixture.session();
    fg::core::CaseStep step;
    step.action = fg::core::CaseAction::Verify;
    step.when = QDateTime::currentDateTime();
    step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    REQUIRE(session.advance(kCase, step, revisionOf(session, kCase)).accepted);
    CHECK_FALSE(fixture.projects().watcher()->pollNow());
}

TEST_CASE("An edit based on a revision another desk changed meanwhile reloads and says who", "[app][session][watch]")
{
    MemoryProjectWindow fixture;
    fg::app::ProjectSession &session = fixture.session();
    const qint64 seen = revisionOf(session, kCase);
    fixture.otherDesk(kWang)->setCaseFacts(kCase, majorFacts(), seen);
    fg::core::CaseStep step;
    step.action = fg::core::CaseAction::Verify;
    step.when = QDateTime::currentDateTime();
    step.actor = { QStringLiteral("测试员"), QStringLiteral("county officer") };
    try {
        session.advance(kCase, step, seen);
        FAIL("the stale edit was written");
    } catch (const fg::core::ConflictError &conflict) {
        CHECK(conflict.changedBy() == QStringLiteral("王明"));
    }
    CHECK(revisionOf(session, kCase) > seen); // reloaded
    CHECK_FALSE(fixture.projects().watcher()->pollNow()); // the reload saw the head too
}
