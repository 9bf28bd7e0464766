// SPDX-License-Identifier: MIT
#include "cli/cli_runner.h"

#include <catch2/catch.hpp>

TEST_CASE("farmguard-cli without a command is a usage error")
{
    const CliResult r = runCli({});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Usage")));
}

TEST_CASE("farmguard-cli with an unknown command is a usage error naming it")
{
    const CliResult r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("every subcommand answers --help with exit 0")
{
    const CliResult list = runCli({QStringLiteral("--help")});
    REQUIRE(list.exitCode == 0);
    const QStringList commands { QStringLiteral("info"), QStringLiteral("make-sample"), QStringLiteral("analyze"),
        QStringLiteral("project"), QStringLiteral("verify-log"), QStringLiteral("report"), QStringLiteral("grid"),
        QStringLiteral("plan"), QStringLiteral("coverage"), QStringLiteral("officer"), QStringLiteral("patrol-mark") };
    for (const QString &command : commands) {
        const CliResult r = runCli({command, QStringLiteral("--help")});
        INFO(command.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Usage: farmguard-cli ") + command));
        CHECK(list.out.contains(command));
    }
}

TEST_CASE("info on a missing file names the file on one stderr line and exits 3")
{
    const CliResult r = runCli({QStringLiteral("info"), QStringLiteral("/nonexistent/parcels.shp")});
    CHECK(r.exitCode == 3);
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(QStringLiteral("/nonexistent/parcels.shp")));
}

TEST_CASE("info with an unknown option is a usage error")
{
    const CliResult r = runCli({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("x.shp")});
    CHECK(r.exitCode == 2);
}

TEST_CASE("info on the bundled sample's parcel layer decodes GBK without a .cpg into Chinese")
{
    const CliResult r = runCli({ QStringLiteral("info"), QStringLiteral(FG_SAMPLE_DIR "/landuse.shp") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Driver: ESRI Shapefile")));
    CHECK(r.out.contains(QStringLiteral("CRS: EPSG:4547")));
    CHECK(r.out.contains(QStringLiteral("Encoding: GB18030")));
    CHECK(r.out.contains(QStringLiteral("no .cpg")));
    // The first parcel's class name and village, as the generator wrote them in GBK.
    CHECK(r.out.contains(QStringLiteral("DLMC = 乔木林地")));
    CHECK(r.out.contains(QStringLiteral("ZLDWMC = 柳岭村")));
    CHECK_FALSE(r.out.contains(QChar(0xFFFD)));
}
