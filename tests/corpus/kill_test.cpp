// SPDX-License-Identifier: MIT
// Issue 13, item 5: SIGKILL at random moments of imports and case steps. After every kill the
// project passes its integrity check and verify-log, every incident the import printed as
// committed is stored with its case, and a step the CLI reported done is recorded.
#include "cli_runner.h"
#include "sample_project.h"
#include "square_grid.h"

#include "gis/store/project_stores.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <random>

namespace {

/// @p count 30 m squares 200 m apart across the sample county, ids PREFIX-i.
QString writeSquares(const QString &path, const QString &prefix, int count)
{
    SquareGrid grid { prefix + QLatin1Char('-'), count };
    grid.columns = 40;
    grid.originX = 446000;
    grid.originY = 4004000;
    grid.step = 200;
    grid.side = 30;
    return writeSquareGrid(path, grid);
}

/// Starts farmguard-cli, SIGKILLs it after @p delayMs unless it ended first; its stdout, and
/// whether it finished with exit 0 before the kill.
struct Killed
{
    QString out;
    bool finishedOk = false;
};

Killed runAndKill(const QStringList &args, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(FG_CLI_PATH), args);
    Killed k;
    if (process.waitForFinished(delayMs)) {
        k.finishedOk = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    } else {
        process.kill(); // SIGKILL
        process.waitForFinished();
    }
    k.out = QString::fromUtf8(process.readAllStandardOutput());
    return k;
}

/// How long an unkilled run of @p args takes, in ms (at least 1): the kill moments are drawn
/// inside it, so nearly every kill lands while the command works.
int durationOf(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return std::max<int>(1, static_cast<int>(timer.elapsed()));
}

/// Integrity check and the log (chain, head, data against the log) after a kill.
void checkProject(const QString &project)
{
    const fg::gis::LogCheck check = fg::gis::ProjectStores::verify(fg::gis::ProjectLocation::parse(project));
    CHECK(check.integrity == QLatin1String("ok"));
    CHECK(check.passed());
}

std::unique_ptr<fg::gis::ProjectStore> openStore(const QString &project)
{
    return fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project),
        { QStringLiteral("checker"), QStringLiteral("test") }, fg::gis::OpenMode::ReadOnly);
}

} // namespace

TEST_CASE(
    "SIGKILL at random moments of imports and case steps leaves a valid project and every printed commit",
    "[corpus][kill]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const unsigned seed = std::random_device {}();
    INFO("seed " << seed); // a failing run names the moments it killed at
    std::mt19937 random(seed);
    const auto moment = [&random](int durationMs) {
        return std::uniform_int_distribution<int>(durationMs / 20, durationMs * 4 / 5)(random);
    };
    int kills = 0;

    // 15 imports killed at moments drawn within an unkilled import's time: while reading,
    // measuring or committing.
    const auto import = [&](const QString &layer) {
        return QStringList { QStringLiteral("project"), QStringLiteral("import-incidents"), project, layer,
            QStringLiteral("--outside-tolerance"), QStringLiteral("20000") };
    };
    const int importMs = durationOf(
        import(writeSquares(dir.filePath(QStringLiteral("warm.geojson")), QStringLiteral("W"), 320)));
    QSet<QString> committed;
    for (int round = 0; round < 15; ++round) {
        const QString layer = writeSquares(dir.filePath(QStringLiteral("round%1.geojson").arg(round)),
            QStringLiteral("R%1").arg(round), 320);
        const int delay = moment(importMs);
        INFO("import round " << round << " killed after " << delay << " of " << importMs << " ms");
        const Killed k = runAndKill(import(layer), delay);
        kills += k.finishedOk ? 0 : 1;
        for (const QString &line : k.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("committed ")))
                committed.insert(line.mid(10));
        checkProject(project);
    }
    {
        const auto store = openStore(project);
        QSet<QString> stored;
        for (const auto &incident : store->incidents())
            stored.insert(incident.id);
        CHECK(stored.contains(committed));
        QSet<QString> withCase;
        for (const auto &file : store->cases())
            for (const QString &id : file.incidentIds())
                withCase.insert(id);
        for (const QString &id : stored)
            if (id.startsWith(QLatin1Char('R')))
                CHECK(withCase.contains(id)); // an incident and its case are one commit
        // A file is one commit: each round stored all its 320 squares or none.
        QMap<QString, int> perRound;
        for (const QString &id : stored)
            if (id.startsWith(QLatin1Char('R')))
                ++perRound[id.section(QLatin1Char('-'), 0, 0)];
        for (auto it = perRound.cbegin(); it != perRound.cend(); ++it) {
            INFO("round " << it.key().toStdString());
            CHECK(it.value() == 320);
        }
    }

    // Case steps: open a case on a stored incident, then verify it on site, each killed at random.
    REQUIRE(
        runCli(import(writeSquares(dir.filePath(QStringLiteral("nocase.geojson")), QStringLiteral("NC"), 11))
            << QStringLiteral("--no-cases"))
            .exitCode
        == 0);
    const auto openCase = [&project](const QString &caseId, const QString &incident) {
        return QStringList { QStringLiteral("project"), QStringLiteral("open-case"), project, caseId,
            incident };
    };
    const auto verifyStep = [&project](const QString &caseId) {
        return QStringList { QStringLiteral("project"), QStringLiteral("advance"), project, caseId,
            QStringLiteral("verify"), QStringLiteral("--actor"), QStringLiteral("李"),
            QStringLiteral("--role"), QStringLiteral("所长") };
    };
    const int openMs = durationOf(openCase(QStringLiteral("KC-warm"), QStringLiteral("NC-10")));
    const int stepMs = durationOf(verifyStep(QStringLiteral("KC-warm")));
    for (int i = 0; i < 10; ++i) {
        const QString caseId = QStringLiteral("KC-%1").arg(i);
        const int openDelay = moment(openMs);
        INFO("case " << caseId.toStdString() << " open killed after " << openDelay << " of " << openMs
                     << " ms");
        const Killed opened = runAndKill(openCase(caseId, QStringLiteral("NC-%1").arg(i)), openDelay);
        kills += opened.finishedOk ? 0 : 1;
        checkProject(project);
        auto file = openStore(project)->caseFile(caseId);
        CHECK((!opened.finishedOk || file));
        if (!file) // killed before its commit: open it for the step
            REQUIRE(runCli(openCase(caseId, QStringLiteral("NC-%1").arg(i))).exitCode == 0);
        file = openStore(project)->caseFile(caseId);
        REQUIRE(file);
        const int steps = static_cast<int>(file->steps().size());
        const int stepDelay = moment(stepMs);
        INFO("verify step killed after " << stepDelay << " of " << stepMs << " ms");
        const Killed stepped = runAndKill(verifyStep(caseId), stepDelay);
        kills += stepped.finishedOk ? 0 : 1;
        checkProject(project);
        file = openStore(project)->caseFile(caseId);
        REQUIRE(file);
        const int after = static_cast<int>(file->steps().size());
        CHECK((after == steps || after == steps + 1));
        CHECK((!stepped.finishedOk || after == steps + 1));
    }
    INFO(kills << " processes killed");
    CHECK(kills >= 28); // of 35 runs: the moments lie inside a run's time, a few may end first
}
