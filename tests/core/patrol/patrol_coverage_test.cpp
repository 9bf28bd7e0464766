// SPDX-License-Identifier: MIT
#include "core/patrol/patrol_coverage.h"

#include <catch2/catch.hpp>

using namespace fg::core;

namespace {

const QDate kDay(2024, 6, 3);

std::vector<PatrolCell> threeCells()
{
    std::vector<PatrolCell> cells(3);
    const char *townships[] = { "青羊镇", "青羊镇", "龙溪镇" };
    for (int i = 0; i < 3; ++i) {
        cells[size_t(i)].id = QStringLiteral("c%1").arg(i);
        cells[size_t(i)].township = QString::fromUtf8(townships[i]);
        cells[size_t(i)].areaM2 = 1e6;
        cells[size_t(i)].cultivatedM2 = 1000;
    }
    return cells;
}

} // namespace

TEST_CASE("coverage per township takes each cell's best share in the period")
{
    const std::vector<PatrolCell> cells = threeCells();
    const std::vector<CellCoverage> records {
        { QStringLiteral("c0"), QStringLiteral("A"), kDay, 1000, 300 },
        { QStringLiteral("c0"), QStringLiteral("B"), kDay.addDays(1), 1000, 800 },
        { QStringLiteral("c1"), QStringLiteral("A"), kDay.addDays(30), 1000, 1000 }, // outside the period
    };
    const auto rows = PatrolCoverage::byTownship(records, cells, kDay, kDay.addDays(6), 0.5);
    REQUIRE(rows.size() == 2);
    const CoverageRow &qingyang = rows[0].group == QStringLiteral("青羊镇") ? rows[0] : rows[1];
    CHECK(qingyang.cells == 2);
    CHECK(qingyang.coveredCells == 1);
    // (800 + 0) of (1000 + 1000) m²
    CHECK(qingyang.share() == Approx(0.4));
    const auto officers = PatrolCoverage::byOfficer(records, cells, kDay, kDay.addDays(6), 0.5);
    REQUIRE(officers.size() == 2);
    CHECK(officers[0].group == QStringLiteral("A"));
    CHECK(officers[0].coveredCells == 0);
    CHECK(officers[1].coveredCells == 1);
}

TEST_CASE("cells not covered within their interval are overdue, most overdue first")
{
    std::vector<PatrolCell> cells = threeCells();
    cells[2].lastPatrol = kDay.addDays(-40); // normal class: due 30 days later
    const std::vector<CellCoverage> records {
        { QStringLiteral("c0"), QStringLiteral("A"), kDay.addDays(-5), 1000, 900 },
        { QStringLiteral("c1"), QStringLiteral("A"), kDay.addDays(-5), 1000, 100 }, // below the threshold
    };
    const RiskModel risk;
    const auto overdue = PatrolCoverage::overdue(records, cells, risk, kDay.addDays(-60), kDay, 0.5);
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].cellId == QStringLiteral("c1")); // never: due 30 days after the day before "since"
    CHECK(overdue[0].daysOverdue == 31);
    CHECK(overdue[1].cellId == QStringLiteral("c2"));
    CHECK(overdue[1].dueBy == kDay.addDays(-10));
    CHECK(overdue[1].daysOverdue == 10);
}
