// SPDX-License-Identifier: MIT
// The coverage use case gives the figures `farmguard-cli coverage` printed before it existed: the
// sample county built for a fixed day, its stored track and a visit marked by hand, measured
// over the plan's two weeks. GOLDEN is the output of the CLI as it was (commit 3056b34), with one
// more overdue cell since issue 16 put the sample's split-plot group (three incidents) in
// G1000-450-4002: its risk, and so its revisit interval, changed.
#include "cli_runner.h"

#include "core/units.h"
#include "gis/store/patrol_records.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/project_coverage.h"
#include "gis/usecases/sample_project.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

namespace {

const char *const GOLDEN = R"(Track sample_patrol_20240603.gpx (王明, 2024-06-03T00:30:00Z): 387 points, 0 gaps
Patrol records: 11
Period 2024-06-03 to 2024-06-16
Coverage per officer:
  王明: 1 of 11 cells covered, 26.2% of 8168.23 mu farmland seen
Coverage per township:
  石城镇: 0 of 27 cells covered, 9.9% of 14224.84 mu farmland seen
  龙溪镇: 1 of 29 cells covered, 4.8% of 15163.14 mu farmland seen
Cells overdue on 2024-06-16: 8
  G1000-447-4002 (龙溪镇) due by 2024-06-09, 7 days overdue
  G1000-450-4002 (龙溪镇) due by 2024-06-09, 7 days overdue
  G1000-449-4003 (龙溪镇) due by 2024-06-09, 7 days overdue
  G1000-450-4003 (龙溪镇) due by 2024-06-09, 7 days overdue
  G1000-451-4005 (龙溪镇) due by 2024-06-09, 7 days overdue
  G1000-454-4005 (石城镇) due by 2024-06-09, 7 days overdue
  G1000-447-4007 (龙溪镇) due by 2024-06-09, 7 days overdue
  G1000-453-4007 (石城镇) due by 2024-06-09, 7 days overdue
)";

QString rowText(const fg::core::CoverageRow &r)
{
    return QStringLiteral("  %1: %2 of %3 cells covered, %4% of %5 mu farmland seen")
        .arg(r.group)
        .arg(r.coveredCells)
        .arg(r.cells)
        .arg(r.share() * 100, 0, 'f', 1)
        .arg(fg::core::squareMetresToMu(r.farmlandM2), 0, 'f', 2);
}

} // namespace

TEST_CASE("Coverage figures of the use case equal what farmguard-cli coverage printed before", "[cli][coverage]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.gpkg"));
    fg::gis::SampleProject::create(fg::gis::ProjectLocation::parse(project), QStringLiteral(FG_SAMPLE_DIR),
        QDateTime(QDate(2024, 6, 5), QTime(9, 0)));
    QString cell;
    {
        const auto store = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project),
            { QStringLiteral("核对员"), QStringLiteral("test") }, fg::gis::OpenMode::ReadOnly);
        const fg::gis::PatrolGrid grid = store->patrol().grid();
        REQUIRE(grid.cells.size() > 10);
        cell = grid.cells[10].cell.id; // one the track did not see
    }
    REQUIRE(runCli({ QStringLiteral("patrol-mark"), project, QStringLiteral("--officer"), QStringLiteral("王明"),
                QStringLiteral("--cell"), cell, QStringLiteral("--date"),
                QStringLiteral("2024-06-07") })
                .exitCode
        == 0);
    const CliResult printed = runCli({ QStringLiteral("coverage"), project, QStringLiteral("--from"),
        QStringLiteral("2024-06-03"), QStringLiteral("--to"), QStringLiteral("2024-06-16") });
    REQUIRE(printed.exitCode == 0);
    const QString golden = QString::fromUtf8(GOLDEN);
    INFO(printed.out.toStdString()); // the text printed, to compare by eye
    CHECK(printed.out == golden);

    const auto store = fg::gis::ProjectStores::open(fg::gis::ProjectLocation::parse(project),
        { QStringLiteral("核对员"), QStringLiteral("test") }, fg::gis::OpenMode::ReadOnly);
    const fg::gis::CoverageSummary summary
        = fg::gis::ProjectCoverage::run(*store, QDate(2024, 6, 3), QDate(2024, 6, 16));
    CHECK(golden.contains(QStringLiteral("Patrol records: %1\n").arg(summary.records.size())));
    REQUIRE_FALSE(summary.byOfficer.empty());
    for (const auto &row : summary.byOfficer)
        CHECK(golden.contains(rowText(row) + QLatin1Char('\n')));
    for (const auto &row : summary.byTownship)
        CHECK(golden.contains(rowText(row) + QLatin1Char('\n')));
    CHECK(golden.contains(QStringLiteral("Cells overdue on 2024-06-16: %1\n").arg(summary.overdue.size())));
    for (const auto &o : summary.overdue)
        CHECK(golden.contains(QStringLiteral("  %1 (%2) due by %3, %4 days overdue\n")
                                  .arg(o.cellId, o.township, o.dueBy.toString(Qt::ISODate))
                                  .arg(o.daysOverdue)));
}
