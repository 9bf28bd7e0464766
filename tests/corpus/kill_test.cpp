// SPDX-License-Identifier: MIT
// Issue 13, item 5: SIGKILL at random moments of imports and case steps. After every kill the
// project passes its integrity check and verify-log, every incident the import printed as
// committed is stored with its case, and a step the CLI reported done is recorded.
#include "cli_runner.h"
#include "sample_project.h"
#include "square_grid.h"

#include "gis/store/project_stores.h"

#include <QSet>
#include <QTemporaryDir>
#include <QThread>

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
    int kills = 0;

    // 15 imports killed between 0.1 s and 2.5 s: while reading, measuring or committing.
    QSet<QString> committed;
    for (int round = 0; round < 15; ++round) {
        const QString layer = writeSquares(dir.filePath(QStringLiteral("round%1.geojson").arg(round)),
            QStringLiteral("R%1").arg(round), 320);
        const int delay = std::uniform_int_distribution<int>(100, 2500)(random);
        INFO("import round " << round << " killed after " << delay << " ms");
        const Killed k
            = runAndKill({ QStringLiteral("project"), QStringLiteral("import-incidents"), project, layer,
                             QStringLiteral("--outside-tolerance"), QStringLiteral("20000") },
                delay);
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
    }

    // Case steps: open a case on a stored incident, then verify it on site, each killed at random.
    REQUIRE(runCli({ QStringLiteral("project"), QStringLiteral("import-incidents"), project,
                       writeSquares(dir.filePath(QStringLiteral("nocase.geojson")), QStringLiteral("NC"), 10),
                       QStringLiteral("--no-cases"), QStringLiteral("--outside-tolerance"),
                       QStringLiteral("20000") })
                .exitCode
        == 0);
    for (int i = 0; i < 10; ++i) {
        const QString caseId = QStringLiteral("KC-%1").arg(i);
        const int openDelay = std::uniform_int_distribution<int>(0, 400)(random);
        INFO("case " << caseId.toStdString() << " open killed after " << openDelay << " ms");
        const Killed opened = runAndKill({ QStringLiteral("project"), QStringLiteral("open-case"), project,
                                             caseId, QStringLiteral("NC-%1").arg(i) },
            openDelay);
        kills += opened.finishedOk ? 0 : 1;
        checkProject(project);
        auto file = openStore(project)->caseFile(caseId);
        CHECK((!opened.finishedOk || file));
        if (!file)
            continue;
        const int steps = static_cast<int>(file->steps().size());
        const int stepDelay = std::uniform_int_distribution<int>(0, 400)(random);
        INFO("verify step killed after " << stepDelay << " ms");
        const Killed stepped
            = runAndKill({ QStringLiteral("project"), QStringLiteral("advance"), project, caseId,
                             QStringLiteral("verify"), QStringLiteral("--actor"), QStringLiteral("李"),
                             QStringLiteral("--role"), QStringLiteral("所长") },
                stepDelay);
        kills += stepped.finishedOk ? 0 : 1;
        checkProject(project);
        file = openStore(project)->caseFile(caseId);
        REQUIRE(file);
        const int after = static_cast<int>(file->steps().size());
        CHECK((after == steps || after == steps + 1));
        CHECK((!stepped.finishedOk || after == steps + 1));
    }
    INFO(kills << " processes killed");
    CHECK(kills >= 15); // most moments land inside a run
}
