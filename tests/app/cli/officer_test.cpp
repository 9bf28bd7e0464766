// SPDX-License-Identifier: MIT
// `officer` and `patrol-mark` on a temporary copy of the sample project.
#include "sample_project.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>

namespace {

QJsonObject officerNamed(const QString &project, const QString &name)
{
    const CliResult r = runCli({ QStringLiteral("officer"), project, QStringLiteral("list"), QStringLiteral("--format"),
        QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue &o : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("officers")).toArray())
        if (o[QStringLiteral("name")].toString() == name)
            return o.toObject();
    return {};
}

/// Most cells planned for @p officer on one day of a week from 3 June 2024.
int busiestDay(const QString &project, const QString &officer)
{
    const CliResult r = runCli({ QStringLiteral("plan"), project, QStringLiteral("--start"),
        QStringLiteral("2024-06-03"), QStringLiteral("--days"), QStringLiteral("7"), QStringLiteral("--today"),
        QStringLiteral("2024-06-01"), QStringLiteral("--format"), QStringLiteral("json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    std::map<QString, int> perDay;
    for (const QJsonValue &v :
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("visits")).toArray())
        if (v[QStringLiteral("officer")].toString() == officer)
            ++perDay[v[QStringLiteral("date")].toString()];
    int most = 0;
    for (const auto &[day, cells] : perDay)
        most = std::max(most, cells);
    return most;
}

} // namespace

TEST_CASE("cli officer add then list shows it, an unknown township or cell exits 3 naming it", "[cli][officer]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString cell = officerNamed(project, QStringLiteral("王明"))[QStringLiteral("cells")].toArray()[0].toString();
    REQUIRE_FALSE(cell.isEmpty());
    const CliResult add = runCli({ QStringLiteral("officer"), project, QStringLiteral("add"), QStringLiteral("赵六"),
        QStringLiteral("--township"), QStringLiteral("石城镇"), QStringLiteral("--capacity"), QStringLiteral("4"),
        QStringLiteral("--max-km"), QStringLiteral("12.5"), QStringLiteral("--holidays"),
        QStringLiteral("2024-06-10,2024-06-11"), QStringLiteral("--cells"), cell });
    INFO(add.out.toStdString() << add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject added = officerNamed(project, QStringLiteral("赵六"));
    CHECK(added[QStringLiteral("township")].toString() == QStringLiteral("石城镇"));
    CHECK(added[QStringLiteral("max_cells")].toInt() == 4);
    CHECK(added[QStringLiteral("max_km")].toDouble() == 12.5);
    CHECK(added[QStringLiteral("cells")].toArray() == QJsonArray { cell });
    CHECK(added[QStringLiteral("holidays")].toArray() == QJsonArray { QStringLiteral("2024-06-10"), QStringLiteral("2024-06-11") });
    CHECK(added[QStringLiteral("base")].toArray()[0].toDouble() != 0); // placed at its cell, not at the origin

    CHECK(runCli({ QStringLiteral("officer"), project, QStringLiteral("add"), QStringLiteral("赵六"),
              QStringLiteral("--township"), QStringLiteral("石城镇"), QStringLiteral("--capacity"), QStringLiteral("4") })
              .exitCode == 3); // already there
    const CliResult badTownship = runCli({ QStringLiteral("officer"), project, QStringLiteral("add"),
        QStringLiteral("钱七"), QStringLiteral("--township"), QStringLiteral("无此镇"), QStringLiteral("--capacity"),
        QStringLiteral("4") });
    CHECK(badTownship.exitCode == 3);
    CHECK(badTownship.err.contains(QStringLiteral("无此镇")));
    const CliResult badCell = runCli({ QStringLiteral("officer"), project, QStringLiteral("update"),
        QStringLiteral("赵六"), QStringLiteral("--cells"), QStringLiteral("NO-SUCH-CELL") });
    CHECK(badCell.exitCode == 3);
    CHECK(badCell.err.contains(QStringLiteral("NO-SUCH-CELL")));
    CHECK(officerNamed(project, QStringLiteral("钱七")).isEmpty());
    CHECK(runCli({ QStringLiteral("officer"), project, QStringLiteral("add"), QStringLiteral("钱七") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("officer"), project, QStringLiteral("update"), QStringLiteral("赵六"),
              QStringLiteral("--capacity"), QStringLiteral("many") })
              .exitCode == 2);
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
}

TEST_CASE("cli officer update --capacity: the next plan keeps that officer within it", "[cli][officer]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString officer = QStringLiteral("王明");
    const QJsonObject before = officerNamed(project, officer);
    REQUIRE(busiestDay(project, officer) > 2); // so the new capacity has something to cut
    const CliResult update = runCli({ QStringLiteral("officer"), project, QStringLiteral("update"), officer,
        QStringLiteral("--capacity"), QStringLiteral("2") });
    INFO(update.err.toStdString());
    REQUIRE(update.exitCode == 0);
    const QJsonObject after = officerNamed(project, officer);
    CHECK(after[QStringLiteral("max_cells")].toInt() == 2);
    // Nothing else changed, the cells given through villages included.
    for (const char *key : { "township", "base", "max_km", "cells", "villages", "holidays" })
        CHECK(after[QString::fromLatin1(key)] == before[QString::fromLatin1(key)]);
    CHECK(busiestDay(project, officer) == 2);
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);
}

TEST_CASE("cli patrol-mark: the visit counts for coverage in its period only, the log stays intact", "[cli][officer]")
{
    QTemporaryDir dir;
    const QString project = sampleProjectCopy(dir);
    const QString cell = officerNamed(project, QStringLiteral("王明"))[QStringLiteral("cells")].toArray()[0].toString();
    REQUIRE_FALSE(cell.isEmpty());
    auto coverage = [&](const char *from, const char *to) {
        const CliResult r = runCli({ QStringLiteral("coverage"), project, QStringLiteral("--from"),
            QString::fromLatin1(from), QStringLiteral("--to"), QString::fromLatin1(to) });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    const QString juneBefore = coverage("2024-06-01", "2024-06-30");
    const CliResult mark = runCli({ QStringLiteral("patrol-mark"), project, QStringLiteral("--officer"),
        QStringLiteral("王明"), QStringLiteral("--cell"), cell, QStringLiteral("--date"), QStringLiteral("2024-06-05") });
    INFO(mark.out.toStdString() << mark.err.toStdString());
    REQUIRE(mark.exitCode == 0);
    const QString june = coverage("2024-06-01", "2024-06-30");
    CHECK(june.contains(QStringLiteral("王明: 1 of 1 cells covered, 100.0% of")));
    CHECK_FALSE(juneBefore.contains(QStringLiteral("王明: 1 of 1 cells covered")));
    CHECK_FALSE(coverage("2024-07-01", "2024-07-31").contains(QStringLiteral("王明:")));
    CHECK(runCli({ QStringLiteral("verify-log"), project }).exitCode == 0);

    const CliResult badCell = runCli({ QStringLiteral("patrol-mark"), project, QStringLiteral("--officer"),
        QStringLiteral("王明"), QStringLiteral("--cell"), QStringLiteral("NO-SUCH-CELL") });
    CHECK(badCell.exitCode == 3);
    CHECK(badCell.err.contains(QStringLiteral("NO-SUCH-CELL")));
    CHECK(runCli({ QStringLiteral("patrol-mark"), project, QStringLiteral("--officer"), QStringLiteral("无名"),
              QStringLiteral("--cell"), cell })
              .exitCode == 3);
    CHECK(runCli({ QStringLiteral("patrol-mark"), project, QStringLiteral("--cell"), cell }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("patrol-mark"), project, QStringLiteral("--officer"), QStringLiteral("王明"),
              QStringLiteral("--cell"), cell, QStringLiteral("--date"), QStringLiteral("June 5") })
              .exitCode == 2);
}
