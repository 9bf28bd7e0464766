// SPDX-License-Identifier: MIT
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

QString sample(const char *name)
{
    return QStringLiteral(FG_SAMPLE_DIR "/%1").arg(QLatin1String(name));
}

/// A 1000 m grid over two sample townships, written into @p dir.
QString makeGrid(const QTemporaryDir &dir)
{
    const QString grid = dir.filePath(QStringLiteral("grid.gpkg"));
    const CliResult r
        = runCli({ QStringLiteral("grid"), QStringLiteral("--boundaries"), sample("townships.shp"),
            QStringLiteral("--landuse"), sample("landuse.shp"), QStringLiteral("--basic-farmland"),
            sample("basic_farmland.shp"), QStringLiteral("--townships"), QStringLiteral("石城镇,龙溪镇"),
            QStringLiteral("--cell-size"), QStringLiteral("1000"), QStringLiteral("--output"), grid });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("石城镇: ")));
    CHECK(r.out.contains(QStringLiteral("龙溪镇: ")));
    CHECK_FALSE(r.out.contains(QStringLiteral("青羊镇"))); // not chosen
    return grid;
}

} // namespace

TEST_CASE("cli grid then plan: JSON routes within capacity, only on working days")
{
    QTemporaryDir dir;
    const QString grid = makeGrid(dir);
    const CliResult r = runCli({ QStringLiteral("plan"), QStringLiteral("--grid"), grid,
        QStringLiteral("--start"), QStringLiteral("2024-06-03"), QStringLiteral("--days"),
        QStringLiteral("14"), QStringLiteral("--capacity"), QStringLiteral("5"), QStringLiteral("--holidays"),
        QStringLiteral("2024-06-10"), QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray routes = plan.value(QStringLiteral("routes")).toArray();
    REQUIRE(!routes.isEmpty());
    for (const QJsonValue &v : routes) {
        const QDate date = QDate::fromString(v[QStringLiteral("date")].toString(), Qt::ISODate);
        CHECK(date.dayOfWeek() <= 5);
        CHECK(date != QDate(2024, 6, 10)); // Dragon Boat Festival, given as a holiday
        CHECK(v[QStringLiteral("cells")].toArray().size() <= 5);
    }
    for (const QJsonValue &v : plan.value(QStringLiteral("visits")).toArray())
        CHECK_FALSE(v[QStringLiteral("reason")].toString().isEmpty());
}

TEST_CASE("cli plan and grid refuse bad command lines with exit 2 and a missing grid with exit 3")
{
    QTemporaryDir dir;
    CHECK(runCli({ QStringLiteral("plan"), QStringLiteral("--grid"), dir.filePath(QStringLiteral("x.gpkg")) })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("plan"), QStringLiteral("--grid"), dir.filePath(QStringLiteral("x.gpkg")),
                     QStringLiteral("--start"), QStringLiteral("2024-06-03") })
              .exitCode
        == 3);
    CHECK(runCli({ QStringLiteral("grid"), QStringLiteral("--boundaries"), sample("townships.shp"),
                     QStringLiteral("--cell-size"), QStringLiteral("-5"), QStringLiteral("--output"),
                     dir.filePath(QStringLiteral("g.gpkg")) })
              .exitCode
        == 2);
}

TEST_CASE("cli coverage flags the gap of a GPX track and reports covered farmland")
{
    QTemporaryDir dir;
    const QString grid = makeGrid(dir);
    const QString gpx = dir.filePath(QStringLiteral("walk.gpx"));
    QFile file(gpx);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Across 石城镇 (≈113.46–113.50°E, 36.16–36.18°N here), with 40 minutes without a fix.
    file.write("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" "
               "xmlns=\"http://www.topografix.com/GPX/1/1\">"
               "<trk><trkseg>"
               "<trkpt lat=\"36.170\" lon=\"113.470\"><time>2024-06-04T08:00:00Z</time></trkpt>"
               "<trkpt lat=\"36.170\" lon=\"113.474\"><time>2024-06-04T08:06:00Z</time></trkpt>"
               "<trkpt lat=\"36.171\" lon=\"113.477\"><time>2024-06-04T08:46:00Z</time></trkpt>"
               "</trkseg></trk></gpx>");
    file.close();
    const CliResult r
        = runCli({ QStringLiteral("coverage"), QStringLiteral("--grid"), grid, QStringLiteral("--landuse"),
            sample("landuse.shp"), QStringLiteral("--officer"), QStringLiteral("王明"), gpx });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("1 gaps")));
    CHECK(r.out.contains(QStringLiteral("time hole after point 2")));
    CHECK(r.out.contains(QStringLiteral("Coverage per township:")));
}
