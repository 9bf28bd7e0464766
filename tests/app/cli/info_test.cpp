// SPDX-License-Identifier: MIT
// `farmguard-cli info` as a user runs it: output, exit codes, one-line errors.
#include "cli/cli_runner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QString kSynthetic = QStringLiteral(FG_SHARED_DATA_DIR "/synthetic-small/");

/// Copies a synthetic shapefile set into dir under the name "set".
QString copySet(const QTemporaryDir &dir, const QString &base)
{
    for (const QString &ext : { QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
             QStringLiteral("prj"), QStringLiteral("cpg") }) {
        const QString to = dir.filePath(QStringLiteral("set.") + ext);
        REQUIRE(QFile::copy(kSynthetic + base + QLatin1Char('.') + ext, to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return dir.filePath(QStringLiteral("set.shp"));
}

} // namespace

TEST_CASE("info describes a GBK parcel layer: driver, count, CRS and how, encoding and evidence, attributes")
{
    const CliResult r = runCli({ QStringLiteral("info"), kSynthetic + QStringLiteral("cultivated.shp") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(QStringLiteral("Driver: ESRI Shapefile")));
    CHECK(r.out.contains(QStringLiteral("Features: 2000")));
    CHECK(r.out.contains(QStringLiteral("Geometry: Polygon")));
    CHECK(r.out.contains(QStringLiteral("CRS: EPSG:4547 CGCS2000 / 3-degree Gauss-Kruger CM 114E")));
    CHECK(r.out.contains(QStringLiteral("decided: from the .prj file")));
    CHECK(r.out.contains(
        QStringLiteral("Extent: 442914.166792, 4004333.214868 - 449315.281255, 4011395.269696")));
    CHECK(r.out.contains(QStringLiteral("Encoding: GB18030")));
    CHECK(r.out.contains(QStringLiteral(".cpg says \"GBK\"")));
    CHECK(r.out.contains(QStringLiteral("0 invalid")));
    CHECK(r.out.contains(QStringLiteral("DLMC (String)")));
    CHECK(r.out.contains(QStringLiteral("TBMJ (Real)")));
    CHECK(r.out.contains(QStringLiteral("DLMC = 旱地")));
    CHECK(r.out.contains(QStringLiteral("ZLDWMC = 下邱沟村")));
    CHECK(r.out.contains(QStringLiteral("Working CRS: EPSG:4547")));
    CHECK_FALSE(r.out.contains(QChar(0xFFFD)));
}

TEST_CASE("info in Chinese shows the decoded values too")
{
    const CliResult r
        = runCli({ QStringLiteral("info"), kSynthetic + QStringLiteral("townships.shp") }, "zh_CN");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("XZQMC = 青龙镇")));
}

TEST_CASE("info --encoding overrides detection and says so")
{
    const CliResult r = runCli({ QStringLiteral("info"), QStringLiteral("--encoding"),
        QStringLiteral("UTF-8"), kSynthetic + QStringLiteral("townships.shp") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Encoding: UTF-8 (given with --encoding)")));
    CHECK(r.out.contains(QChar(0xFFFD)));
}

TEST_CASE("info on a truncated shapefile: exit 3, one stderr line naming the file and the problem")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("townships"));
    QFile file(shp);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(file.size() / 2));
    file.close();
    const CliResult r = runCli({ QStringLiteral("info"), shp });
    CHECK(r.exitCode == 3);
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(shp));
    CHECK(r.err.contains(QStringLiteral("truncated")));
    CHECK(r.out.isEmpty());
}

TEST_CASE("info on a shapefile without .shx offers the restore, --restore-shx reads a copy")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("townships"));
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("set.shx"))));
    const CliResult refused = runCli({ QStringLiteral("info"), shp });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("--restore-shx")));
    const CliResult restored = runCli({ QStringLiteral("info"), QStringLiteral("--restore-shx"), shp });
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("Features: 12")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("set.shx"))));
}

TEST_CASE("info with a good and a missing file prints the good one and exits 3")
{
    const CliResult r = runCli({ QStringLiteral("info"), kSynthetic + QStringLiteral("county.shp"),
        QStringLiteral("/nonexistent/dltb.shp") });
    CHECK(r.exitCode == 3);
    CHECK(r.out.contains(QStringLiteral("Features: 1")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(QStringLiteral("/nonexistent/dltb.shp")));
    CHECK(r.err.contains(QStringLiteral("not found")));
}

TEST_CASE("info usage errors exit 2")
{
    CHECK(runCli({ QStringLiteral("info") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("info"), QStringLiteral("--expect"), QStringLiteral("circle"),
                     kSynthetic + QStringLiteral("county.shp") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("info"), QStringLiteral("--working-crs"), QStringLiteral("EPSG:3857"),
                     kSynthetic + QStringLiteral("county.shp") })
              .exitCode
        == 2);
    CHECK(runCli({ QStringLiteral("info"), QStringLiteral("--encoding") }).exitCode == 2);
}

TEST_CASE("info --expect refuses a layer of the wrong kind with exit 3")
{
    const CliResult r = runCli({ QStringLiteral("info"), QStringLiteral("--expect"), QStringLiteral("line"),
        kSynthetic + QStringLiteral("county.shp") });
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("polygon layer")));
}
