// SPDX-License-Identifier: MIT
// F5 and the party panel on an open project: the project analysis use case (the project's rules,
// accumulation by case status), in the background with progress and cancel. In-memory projects.
#include "tests/app/project/pool_blocker.h"
#include "tests/app/project/project_fixture.h"

#include "app/map/analysis_runner.h"
#include "app/map/map_layer_set.h"
#include "app/map/map_workspace.h"
#include "app/map/map_canvas.h"
#include "app/map/message_bar.h"
#include "gis/usecases/case_judgement.h"
#include "gis/usecases/project_analysis_job.h"
#include "gis/usecases/project_rules.h"

#include <QAction>
#include <QProgressBar>
#include <QStatusBar>

using namespace fg;
using fg::app::test::MemorySampleWindow;

namespace {

const QString kJudged = QStringLiteral("PS2024-009"); // notice: reaches 10 mu cultivated; judicial: below
const QString kJudgedParty = QStringLiteral("平顺县泰峰养殖专业合作社");

/// Presses F5 and waits for the analysis it started.
app::MapAnalysis pressF5(const MemorySampleWindow &fixture)
{
    app::MapWorkspace &workspace = *fixture.window->workspace();
    std::optional<app::MapAnalysis> result;
    const QMetaObject::Connection connection = QObject::connect(workspace.analysisRunner(),
        &app::AnalysisRunner::finished, [&result](const app::MapAnalysis &analysis) { result = analysis; });
    REQUIRE(workspace.actions().runAnalysis->shortcut() == QKeySequence(Qt::Key_F5));
    workspace.actions().runAnalysis->trigger();
    const bool done = QTest::qWaitFor([&result] { return result.has_value(); }, 60000);
    QObject::disconnect(connection);
    REQUIRE(done);
    return *result;
}

qint64 fidOf(const app::ProjectSession &session, const QString &id)
{
    for (const gis::IncidentRecord &record : session.incidents())
        if (record.id == id)
            return record.fid;
    FAIL("no incident " << id.toStdString());
    return 0;
}

gis::VerdictClass mapVerdict(const MemorySampleWindow &fixture, qint64 fid)
{
    const app::MapLayer *layer
        = fixture.window->workspace()->layers()->layer(fixture.projects().incidentLayerId());
    REQUIRE(layer);
    REQUIRE(layer->style.verdicts);
    return layer->style.verdicts->value(fid, gis::VerdictClass::NotAnalysed);
}

/// F5's figures are the use case's (the CLI's), by incident row id.
void checkCliFigures(const app::MapAnalysis &result, const gis::ProjectAnalysisResult &expected)
{
    REQUIRE(result.figures.size() == qsizetype(expected.incidents.size()));
    for (size_t i = 0; i < expected.incidents.size(); ++i) {
        const app::IncidentFigures f = result.figures.value(expected.incidents[i].fid);
        INFO(expected.report.incidents[i].id.toStdString());
        CHECK(f.basicFarmlandMu == expected.report.incidents[i].verdict.basicFarmlandMu);
        CHECK(f.cultivatedMu == expected.report.incidents[i].verdict.cultivatedMu);
        CHECK(f.partyVerdict == expected.incidents[i].partyAccountability);
        CHECK((f.verdict == gis::VerdictClass::Accountability) == expected.reaches(i));
    }
}

void setJudicial(gis::ProjectStore &store)
{
    core::Rules rules;
    rules.setReading(core::Reading::Judicial);
    gis::ProjectRules::write(store, rules);
}

} // namespace

TEST_CASE(
    "F5 with a project open runs the project analysis: its figures, accumulation by case status, on the map",
    "[project-gui][analysis]")
{
    MemorySampleWindow fixture;
    const app::MapAnalysis result = pressF5(fixture);
    REQUIRE(result.error.isEmpty());
    CHECK(result.project);
    CHECK(result.incidentLayerId == fixture.projects().incidentLayerId());
    CHECK(result.rules.reading() == core::Reading::Notice);
    // The same figures as the use case gives the CLI, by incident row id.
    const gis::ProjectAnalysisResult expected = gis::ProjectAnalysis::run(*fixture.reader());
    checkCliFigures(result, expected);
    // 冯金锁's 007 (stopped) and 008 (no case) reach the threshold only together: the stored
    // verdict of 008 alone is below, the analysis colours it by its party's total.
    const qint64 together = fidOf(fixture.session(), QStringLiteral("PS2024-008"));
    CHECK(result.figures.value(together).partyVerdict);
    CHECK(mapVerdict(fixture, together) == gis::VerdictClass::Accountability);
    CHECK(mapVerdict(fixture, fidOf(fixture.session(), kJudged)) == gis::VerdictClass::Accountability);
    CHECK(fixture.projects().partyPanel()->partiesOver().contains(kJudgedParty));
    // The summary stays in the message bar (a redraw's status line used to wipe it at once).
    const QStringList shown = fixture.window->workspace()->messageBar()->texts();
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.front().contains(QString::number(result.figures.size())));
    fixture.window->workspace()->canvas()->refresh();
    QCoreApplication::processEvents();
    CHECK(fixture.window->workspace()->messageBar()->texts() == shown);
}

TEST_CASE("A project whose rules say judicial is judged so by F5 and by the party panel",
    "[project-gui][analysis][rules]")
{
    MemorySampleWindow fixture(setJudicial);
    // The party panel measured on opening, with the project's rules.
    CHECK_FALSE(fixture.projects().partyPanel()->partiesOver().contains(kJudgedParty));
    CHECK(fixture.projects().partyPanel()->partiesOver().contains(
        QStringLiteral("冯金锁"))); // basic farmland: same in both
    const app::MapAnalysis result = pressF5(fixture);
    REQUIRE(result.error.isEmpty());
    CHECK(result.rules.reading() == core::Reading::Judicial);
    const qint64 judged = fidOf(fixture.session(), kJudged);
    CHECK_FALSE(result.figures.value(judged).ownVerdict);
    CHECK(result.figures.value(judged).cultivatedMu == Approx(7.00)); // outside basic farmland only
    CHECK(mapVerdict(fixture, judged) == gis::VerdictClass::BelowThreshold);
}

TEST_CASE("F5 on a project shows progress in the status bar and the status bar's cancel stops it",
    "[project-gui][analysis]")
{
    MemorySampleWindow fixture;
    app::MapWorkspace &workspace = *fixture.window->workspace();
    QProgressBar *bar = fixture.window->statusBar()->findChild<QProgressBar *>();
    REQUIRE(bar);
    std::optional<app::MapAnalysis> result;
    QObject::connect(workspace.analysisRunner(), &app::AnalysisRunner::finished,
        [&result](const app::MapAnalysis &analysis) { result = analysis; });
    {
        app::test::PoolBlocker blocker;
        REQUIRE(workspace.runAnalysis());
        CHECK(workspace.analysisRunner()->isBusy());
        CHECK_FALSE(bar->isHidden());
        CHECK_FALSE(workspace.runAnalysis()); // one at a time
        workspace.actions().cancelWork->trigger();
        blocker.release();
        REQUIRE(QTest::qWaitFor([&result] { return result.has_value(); }, 60000));
    }
    CHECK(result->cancelled);
    CHECK(result->project);
    CHECK(bar->isHidden());
}

TEST_CASE("Opening another project while F5 runs ends the run before the old store closes",
    "[project-gui][analysis]")
{
    MemorySampleWindow fixture;
    app::MapWorkspace &workspace = *fixture.window->workspace();
    app::test::PoolBlocker blocker;
    REQUIRE(workspace.runAnalysis());
    // The running analysis reads the open store: showing another project cancels and waits for it.
    fixture.projects().showStore(fg::test::memorySampleLayers(QStringLiteral(FG_SAMPLE_DIR)));
    CHECK_FALSE(workspace.analysisRunner()->isBusy());
    blocker.release();
    CHECK(fixture.projects().session()->incidents().empty());
    REQUIRE(QTest::qWaitFor([&fixture] { return !fixture.projects().partyPanel()->isBusy(); }, 60000));
}

TEST_CASE("F5 measures each incident once for the analysis and the judging, as the CLI, with the CLI's figures",
    "[project-gui][analysis][memo]")
{
    MemorySampleWindow fixture;
    const app::MapAnalysis result = pressF5(fixture);
    REQUIRE(result.error.isEmpty());
    // What `analyze --project` runs (gis::ProjectAnalysisJob): its analysis, then the judging of
    // every case not dismissed with the analysis's memo and reads. F5 measures what that path
    // measures — the judging adds only the unions of cases of several incidents — and not every
    // incident a second time (39 more misses). ±1: the two overlay workers may both miss one
    // polygon that repeats within a run (a party's union equal to its one incident).
    const auto reader = fixture.reader();
    gis::ProjectAnalysisJob cli;
    const gis::ProjectAnalysisResult expected = cli.analyse(*reader);
    REQUIRE_FALSE(expected.incidents.empty());
    const int analysisHits = cli.memo().hits();
    QStringList judged;
    for (const core::CaseFile &file : reader->cases())
        if (file.status() != core::CaseStatus::Dismissed)
            judged << file.id();
    gis::OverlayMemo memo;
    gis::StoreReads reads;
    gis::ProjectAnalysisOptions analysis;
    analysis.memo = &memo;
    analysis.reads = &reads;
    gis::ProjectAnalysis::run(*reader, analysis);
    gis::CaseJudgementOptions judging;
    judging.memo = &memo;
    judging.reads = &reads;
    gis::CaseJudgement::judge(*reader, judged, judging);
    CHECK(result.measured <= memo.misses() + 1);
    CHECK(result.measured + 1 >= memo.misses());
    CHECK(result.measured < cli.memo().misses() + int(expected.incidents.size()) / 2);
    CHECK(result.reusedMeasurements > analysisHits);
    checkCliFigures(result, expected);
    // The judging ran on the worker (the store's flags are the sample's figures: none changed).
    REQUIRE(result.judging);
    REQUIRE(result.judging->rejudged);
    CHECK(result.judging->notJudged.isEmpty());
    CHECK(result.judging->rejudged->changed.empty());
    CHECK(result.judging->rejudged->conflicts.isEmpty());
}
