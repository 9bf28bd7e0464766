// SPDX-License-Identifier: MIT
// The CLI contract on a temporary copy of the sample project.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>

namespace {

/// The sample project (grid, three officers, a plan, one track), built once per run, copied per test.
QString sampleCopy(const QTemporaryDir &dir)
{
    static QTemporaryDir templates;
    const QString original = templates.filePath(QStringLiteral("sample.gpkg"));
    if (!QFile::exists(original)) {
        const CliResult r = runCli({ QStringLiteral("project"), QStringLiteral("create-sample"), original,
            QStringLiteral("--sample-dir"), QStringLiteral(FG_SAMPLE_DIR) });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QString copy = dir.filePath(QStringLiteral("county.gpkg"));
    REQUIRE(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

QJsonObject planJson(const QString &project, const QString &start, const QString &today)
{
    const CliResult r = runCli({ QStringLiteral("plan"), project, QStringLiteral("--start"), start,
        QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--today"), today, QStringLiteral("--format"),
        QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("cli grid PROJECT then plan PROJECT: stored, within capacity, nobody on a weekend")
{
    QTemporaryDir dir;
    const QString project = sampleCopy(dir);
    const CliResult grid = runCli({ QStringLiteral("grid"), project, QStringLiteral("--cell-size"),
        QStringLiteral("1500"), QStringLiteral("--townships"), QStringLiteral("石城镇") });
    INFO(grid.err.toStdString());
    REQUIRE(grid.exitCode == 0);
    CHECK(grid.out.contains(QStringLiteral("1500 m squares")));
    const QJsonObject plan = planJson(project, QStringLiteral("2024-06-03"), QStringLiteral("2024-06-01"));
    const QJsonArray visits = plan.value(QStringLiteral("visits")).toArray();
    REQUIRE(!visits.isEmpty());
    std::map<QString, int> perDay;
    for (const QJsonValue &v : visits) {
        const QDate date = QDate::fromString(v[QStringLiteral("date")].toString(), Qt::ISODate);
        CHECK(date.dayOfWeek() <= 5);
        CHECK(v[QStringLiteral("cell")].toString().startsWith(QStringLiteral("G1500-"))); // the new grid
        CHECK_FALSE(v[QStringLiteral("reason")].toString().isEmpty());
        ++perDay[v[QStringLiteral("officer")].toString() + date.toString(Qt::ISODate)];
    }
    for (const auto &[day, cells] : perDay)
        CHECK(cells <= 6); // the sample officers' capacity
}

TEST_CASE("cli plan PROJECT again keeps the days before --today as stored")
{
    QTemporaryDir dir;
    const QString project = sampleCopy(dir);
    const QJsonObject first = planJson(project, QStringLiteral("2024-06-03"), QStringLiteral("2024-06-01"));
    const QJsonObject second = planJson(project, QStringLiteral("2024-06-03"), QStringLiteral("2024-06-06"));
    auto before = [](const QJsonObject &plan, const QString &day) {
        QStringList keys;
        for (const QJsonValue &v : plan.value(QStringLiteral("visits")).toArray())
            if (v[QStringLiteral("date")].toString() < day)
                keys << v[QStringLiteral("date")].toString() + v[QStringLiteral("officer")].toString()
                        + QString::number(v[QStringLiteral("order")].toInt()) + v[QStringLiteral("cell")].toString();
        return keys;
    };
    REQUIRE(!before(first, QStringLiteral("2024-06-06")).isEmpty());
    CHECK(before(second, QStringLiteral("2024-06-06")) == before(first, QStringLiteral("2024-06-06")));
}

TEST_CASE("cli patrol-import then coverage PROJECT shows the covered share, the same track twice is refused")
{
    QTemporaryDir dir;
    const QString project = sampleCopy(dir);
    const QString gpx = dir.filePath(QStringLiteral("walk.gpx"));
    QFile file(gpx);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Across 石城镇 on 4 June 2024, with 40 minutes without a fix.
    file.write("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
               "<trk><trkseg>"
               "<trkpt lat=\"36.170\" lon=\"113.470\"><time>2024-06-04T08:00:00Z</time></trkpt>"
               "<trkpt lat=\"36.170\" lon=\"113.474\"><time>2024-06-04T08:06:00Z</time></trkpt>"
               "<trkpt lat=\"36.171\" lon=\"113.477\"><time>2024-06-04T08:46:00Z</time></trkpt>"
               "</trkseg></trk></gpx>");
    file.close();
    const QStringList import { QStringLiteral("patrol-import"), project, QStringLiteral("--officer"),
        QStringLiteral("王明"), gpx };
    const CliResult imported = runCli(import);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1 gaps")));
    const QRegularExpression seen(QStringLiteral("Cells seen: (\\d+)"));
    const auto match = seen.match(imported.out);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() > 0);
    CHECK(runCli(import).exitCode == 3);

    const CliResult coverage = runCli({ QStringLiteral("coverage"), project, QStringLiteral("--from"),
        QStringLiteral("2024-06-01"), QStringLiteral("--to"), QStringLiteral("2024-06-30") });
    INFO(coverage.out.toStdString() << coverage.err.toStdString());
    REQUIRE(coverage.exitCode == 0);
    CHECK(coverage.out.contains(QStringLiteral("walk.gpx (王明")));
    CHECK(coverage.out.contains(QStringLiteral("Patrol records: %1").arg(match.captured(1))));
    // 王明's line: the cells it saw, a share above zero.
    const QRegularExpression officer(QStringLiteral("王明: (\\d+) of (\\d+) cells covered, ([0-9.]+)% of"));
    const auto row = officer.match(coverage.out);
    REQUIRE(row.hasMatch());
    CHECK(row.captured(2).toInt() == match.captured(1).toInt());
    CHECK(row.captured(3).toDouble() > 0);
    CHECK(runCli({ QStringLiteral("coverage"), project }).exitCode == 2);
}

TEST_CASE("cli plan PROJECT --format json lists each village's daily patrol, the village without a patroller is a shortfall")
{
    QTemporaryDir dir;
    const QString project = sampleCopy(dir);
    const QJsonObject plan = planJson(project, QStringLiteral("2024-06-03"), QStringLiteral("2024-06-01"));
    for (const char *key : { "routes", "visits", "shortfalls", "unassigned_cells", "village_patrols", "village_shortfalls" })
        CHECK(plan.contains(QString::fromLatin1(key)));
    std::map<QString, std::map<QString, int>> perVillageDay;
    for (const QJsonValue &v : plan.value(QStringLiteral("village_patrols")).toArray()) {
        ++perVillageDay[v[QStringLiteral("village")].toString()][v[QStringLiteral("date")].toString()];
        CHECK_FALSE(v[QStringLiteral("patroller")].toString().isEmpty());
        CHECK_FALSE(v[QStringLiteral("cells")].toArray().isEmpty());
        CHECK_FALSE(v[QStringLiteral("reason")].toString().isEmpty());
    }
    REQUIRE(perVillageDay.size() >= 2); // the sample staffs most villages of 石城镇 and 龙溪镇
    for (const auto &[village, days] : perVillageDay) {
        INFO(village.toStdString());
        CHECK(days.size() == 14); // every day, weekends included
        for (const auto &[day, count] : days)
            CHECK(count == 1);
    }
    const QJsonArray unstaffed = plan.value(QStringLiteral("village_shortfalls")).toArray();
    REQUIRE(unstaffed.size() == 1);
    CHECK(perVillageDay.count(unstaffed[0][QStringLiteral("village")].toString()) == 0);
    CHECK(unstaffed[0][QStringLiteral("from")].toString() == QStringLiteral("2024-06-03"));
    CHECK(unstaffed[0][QStringLiteral("to")].toString() == QStringLiteral("2024-06-16"));
    CHECK(unstaffed[0][QStringLiteral("reason")].toString().contains(QStringLiteral("no village patroller")));
}
