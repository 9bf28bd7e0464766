// SPDX-License-Identifier: MIT
#include "cli_runner.h"
#include "sample_project.h"
#include "square_grid.h"

#include "core/cases/case_file.h"
#include "core/cases/deadline_countdown.h"
#include "gis/store/project_stores.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

namespace {

QStringList sampleLayers(const QString &project)
{
    const QDir sample(QStringLiteral(FG_SAMPLE_DIR));
    return { QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--basic-farmland"),
        sample.filePath(QStringLiteral("basic_farmland.shp")), QStringLiteral("--cultivated"),
        sample.filePath(QStringLiteral("landuse.shp")), QStringLiteral("--boundaries"),
        sample.filePath(QStringLiteral("townships.shp")), QStringLiteral("--operator"), QStringLiteral("测试员"),
        QStringLiteral("--role"), QStringLiteral("county officer") };
}

} // namespace

TEST_CASE("project CLI: create, import, list, advance with refusal, verify-log", "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("county.gpkg"));
    const CliResult created = runCli(sampleLayers(project));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("EPSG:4547")));
    CHECK(runCli(sampleLayers(project)).exitCode == 3); // never overwrites a project

    const CliResult imported = runCli({ QStringLiteral("project"), QStringLiteral("import-incidents"), project,
        QStringLiteral(FG_SAMPLE_DIR "/incidents.shp"), QStringLiteral("--id-field"), QStringLiteral("BH") });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.count(QStringLiteral("committed ")) == 39);

    const CliResult refused = runCli({ QStringLiteral("project"), QStringLiteral("advance"), project,
        QStringLiteral("PS2024-001"), QStringLiteral("close"), QStringLiteral("--actor"), QStringLiteral("李"),
        QStringLiteral("--role"), QStringLiteral("所长") });
    CHECK(refused.exitCode == 5);
    CHECK_FALSE(refused.err.isEmpty());
    const CliResult verified = runCli({ QStringLiteral("project"), QStringLiteral("advance"), project,
        QStringLiteral("PS2024-001"), QStringLiteral("verify"), QStringLiteral("--actor"), QStringLiteral("李"),
        QStringLiteral("--role"), QStringLiteral("所长"), QStringLiteral("--date"), QStringLiteral("2025-01-02T10:00:00") });
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    const CliResult listed = runCli({ QStringLiteral("project"), QStringLiteral("cases"), project,
        QStringLiteral("--status"), QStringLiteral("verified"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--now"), QStringLiteral("2025-01-20T00:00:00") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray cases = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().toObject().value(QStringLiteral("id")).toString() == QLatin1String("PS2024-001"));
    // Verified on 2 January, the stop order was due three working days later: overdue on the 20th.
    // The verification itself came late (the clue is from 2024) and stays on the list.
    QStringList late;
    for (const QJsonValue &o : cases.first().toObject().value(QStringLiteral("late")).toArray())
        late << o.toObject().value(QStringLiteral("rule")).toString() + QLatin1Char(':') + o.toObject().value(QStringLiteral("state")).toString();
    CHECK(late == QStringList { QStringLiteral("verify_clue:met_late"), QStringLiteral("stop:overdue") });
    const CliResult overdue = runCli({ QStringLiteral("project"), QStringLiteral("cases"), project,
        QStringLiteral("--overdue"), QStringLiteral("--now"), QStringLiteral("2025-01-03T00:00:00"), QStringLiteral("--format"),
        QStringLiteral("json") });
    CHECK(QJsonDocument::fromJson(overdue.out.toUtf8()).object().value(QStringLiteral("cases")).toArray().size() == 38);
    // The table says how late in days and the threshold flag in words, never its storage code.
    const CliResult table = runCli({ QStringLiteral("project"), QStringLiteral("cases"), project,
        QStringLiteral("--status"), QStringLiteral("verified"), QStringLiteral("--now"), QStringLiteral("2025-01-20T00:00:00") },
        "zh_CN");
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(fg::core::DeadlineCountdown::tr("%n day(s) overdue", nullptr, 13))); // due 7 January
    CHECK(table.out.contains(fg::core::thresholdFlagName(fg::core::ThresholdFlag::Below))); // 4.99 mu
    for (const char *code : { "reached", "below", "not_assessed" })
        CHECK_FALSE(table.out.contains(QLatin1String(code)));
    const CliResult one = runCli({ QStringLiteral("project"), QStringLiteral("case"), project, QStringLiteral("PS2024-001"),
        QStringLiteral("--now"), QStringLiteral("2025-01-06T09:00:00") }, "zh_CN");
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.contains(fg::core::DeadlineCountdown::tr("%n day(s) left", nullptr, 1))); // stop due the 7th

    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
    {
        const auto storeOpened = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project), { QStringLiteral("x"), QStringLiteral("y") });
        fg::gis::ProjectStore &store = *storeOpened;
        CHECK(store.caseFile(QStringLiteral("PS2024-001"))->steps().last().actor.name == QStringLiteral("李"));
    }
}

TEST_CASE("verify-log exits 4 and names the first broken event of a tampered project", "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), project }).exitCode == 0);
    REQUIRE(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
    // Flip one byte of a value inside the file, as a hex editor would: no SQL, no triggers.
    QFile file(project);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("\"PS2024-012\"");
    REQUIRE(at > 0);
    bytes[at + 9] = '9'; // PS2024-012 → PS2024-092 in the first event that names it
    file.seek(0);
    file.write(bytes);
    file.close();
    const CliResult result = runCli({ QStringLiteral("verify-log"), project });
    CHECK(result.exitCode == 4);
    CHECK(result.out.contains(QStringLiteral("event")));
}

TEST_CASE("SIGKILL in the middle of a big import's writes leaves none of its incidents and a project verify-log passes",
    "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("county.gpkg"));
    REQUIRE(runCli(sampleLayers(project)).exitCode == 0);
    const QString wal = project + QStringLiteral("-wal");
    SquareGrid grid { QStringLiteral("G"), 3000 };
    grid.parties = 50;
    const QString incidents = writeSquareGrid(dir.filePath(QStringLiteral("many.geojson")), grid);

    QProcess child;
    // The grid reaches past the county's edge in places: the tolerance lets every square in.
    child.start(QStringLiteral(FG_CLI_PATH),
        { QStringLiteral("project"), QStringLiteral("import-incidents"), project, incidents,
            QStringLiteral("--outside-tolerance"), QStringLiteral("20000") });
    // The file is one transaction: its rows spill into the WAL (SQLite's page cache is 2 MB) before
    // the commit. Killed once 1 MB of them is there and nothing was printed committed: mid-write.
    QByteArray printed;
    while (child.state() != QProcess::NotRunning && QFileInfo(wal).size() < (1 << 20)) {
        child.waitForReadyRead(2);
        printed += child.readAllStandardOutput();
    }
    const qint64 walBytes = QFileInfo(wal).size();
    REQUIRE(child.state() == QProcess::Running); // killed mid-import, not after it
    child.kill(); // SIGKILL
    child.waitForFinished();
    printed += child.readAllStandardOutput();
    INFO("killed with " << walBytes << " bytes in the WAL");
    REQUIRE_FALSE(printed.contains("committed "));

    const auto check = fg::gis::ProjectStores::verify(fg::gis::ProjectLocation::parse(project));
    CHECK(check.integrity == QLatin1String("ok"));
    CHECK(check.passed());
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
    {
        const auto store = fg::gis::ProjectStores::open(
            fg::gis::ProjectLocation::parse(project), { QStringLiteral("x"), QStringLiteral("y") });
        CHECK(store->incidents().empty()); // none of the file's 3,000: the project as before the import
        CHECK(store->cases().isEmpty());
    }
    // The same file again, not killed: every incident with its case, each printed committed after the commit.
    const CliResult again = runCli({ QStringLiteral("project"), QStringLiteral("import-incidents"), project,
        incidents, QStringLiteral("--outside-tolerance"), QStringLiteral("20000") });
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.count(QStringLiteral("committed ")) == 3000);
    const auto store = fg::gis::ProjectStores::open(
        fg::gis::ProjectLocation::parse(project), { QStringLiteral("x"), QStringLiteral("y") });
    CHECK(store->incidents().size() == 3000);
    CHECK(store->cases().size() == 3000);
}

TEST_CASE("analyze --project accumulates per party only incidents whose cases are not yet dealt with", "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), project }).exitCode == 0);
    const CliResult result = runCli({ QStringLiteral("analyze"), QStringLiteral("--project"), project,
        QStringLiteral("--format"), QStringLiteral("json") });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("incidents")).toArray().size() == 39); // every incident is measured
    QMap<QString, QJsonArray> parties;
    for (const QJsonValue &party : json.value(QStringLiteral("parties")).toArray())
        parties.insert(party.toObject().value(QStringLiteral("party")).toString(), party.toObject().value(QStringLiteral("incidents")).toArray());
    // 冯金锁: 007 stopped and 008 without a case both still accumulate.
    CHECK(parties.value(QStringLiteral("冯金锁")).size() == 2);
    // 段俊峰's case (002) is closed and 杨永强's (015) dismissed: neither accumulates.
    CHECK_FALSE(parties.contains(QStringLiteral("段俊峰")));
    CHECK_FALSE(parties.contains(QStringLiteral("杨永强")));
}

TEST_CASE("project CLI: a step based on a stale revision exits 5 naming who changed the case, a URI is a project too",
    "[cli][project]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const CliResult shown = runCli({ QStringLiteral("project"), QStringLiteral("case"), project,
        QStringLiteral("PS2024-020"), QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(shown.exitCode == 0);
    const qint64 revision = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("revision")).toInteger();
    REQUIRE(revision >= 1);
    const QStringList verify { QStringLiteral("project"), QStringLiteral("advance"), project, QStringLiteral("PS2024-020"),
        QStringLiteral("verify"), QStringLiteral("--actor"), QStringLiteral("张一"), QStringLiteral("--role"),
        QStringLiteral("所长"), QStringLiteral("--revision"), QString::number(revision) };
    CHECK(runCli(verify).exitCode == 0);
    // A second desk that read the same revision is refused: nothing is written.
    QStringList stale { QStringLiteral("project"), QStringLiteral("advance"), project, QStringLiteral("PS2024-020"),
        QStringLiteral("dismiss"), QStringLiteral("--actor"), QStringLiteral("李二"), QStringLiteral("--role"),
        QStringLiteral("科员"), QStringLiteral("--revision"), QString::number(revision) };
    const CliResult refused = runCli(stale);
    CHECK(refused.exitCode == 5);
    CHECK(refused.err.contains(QStringLiteral("张一")));
    const CliResult after = runCli({ QStringLiteral("project"), QStringLiteral("case"), project,
        QStringLiteral("PS2024-020"), QStringLiteral("--format"), QStringLiteral("json") });
    CHECK(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("status")).toString()
        == QLatin1String("verified"));
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);

    // Every command that takes a project takes a PostGIS URI; a server nobody runs is named.
    const QString uri = QStringLiteral("postgresql://fg@127.0.0.1:1/county?schema=pingshun&connect_timeout=2");
    for (const QStringList &args : { QStringList { QStringLiteral("project"), QStringLiteral("cases"), uri },
             QStringList { QStringLiteral("verify-log"), uri },
             QStringList { QStringLiteral("analyze"), QStringLiteral("--project"), uri },
             QStringList { QStringLiteral("officer"), uri, QStringLiteral("list") } }) {
        const CliResult r = runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("cannot reach the FarmGuard server at 127.0.0.1:1")));
    }
}
